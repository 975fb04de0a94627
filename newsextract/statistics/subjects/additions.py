"""A count added to a level the sentence gave before it (`规上工业企业数量达4312家，今年新增236家`),
a count dealt with out of those found before it (`排查安全隐患48处，已整改39处`), or the tally so far of what
was counted before it (`上周錄得3宗本地登革熱個案，今年累計錄得41宗`): the clause names only the verb, and what
was added, dealt with or tallied is what the count before counts."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import Reading
from .phrases import VERB_TAG, noun_after
from .pieces import NONE, NOUN, Figure, Subject, join, span

# the clause before the figure: the verb, with at most a year opening it (`今年新增`)
_ADDED = compile_pattern("(?:今年|全年|年内|年內|当年|當年)?(新增|净增|淨增)(?:了)?")
_COUNT_WORDS = ("数量", "數量", "总数", "總數")  # a level's own word for a count: `企业数量达N家`


def _counted_before(text: str, reading: Reading, begin: int, sentence: int,
                    figures: Sequence[Figure]) -> tuple[int, int] | None:
    """What the count just before this one in the sentence counts, when nothing but a verb
    stands before this figure and no noun follows it: its one plain piece, else None."""
    if begin <= sentence:
        return None
    after = noun_after(text, reading.end)
    if after[1] - after[0] >= NOUN:
        return None
    before = next((f for f in reversed(figures) if f.end <= begin and f.sentence == sentence), None)
    if before is None or not before.count or len(before.subject.pieces) != 1 \
            or not isinstance(before.subject.pieces[0], tuple):
        return None
    return before.subject.pieces[0]


def added_to_level(text: str, reading: Reading, begin: int, sentence: int,
                   figures: Sequence[Figure]) -> Subject:
    """`全市规上工业企业数量达4312家，今年新增236家` → `新增全市规上工业企业`: the verb with what the
    count just before in the sentence counts (its word for a count dropped), as the golds of
    heldout8, heldout18, heldout20 and heldout21 economy_page write it. NONE when the clause
    names more than the verb or a noun follows the figure (`今年新增236家企业`)."""
    added = _ADDED.fullmatch(text, begin, reading.start)
    counted = None if added is None else _counted_before(text, reading, begin, sentence, figures)
    if added is None or counted is None:
        return NONE
    s, e = counted
    e -= next((len(w) for w in _COUNT_WORDS if text.endswith(w, s, e)), 0)
    return join(added.span(1), (s, e)) if e - s >= NOUN else NONE


# the clause before the figure: the verb of fixing, with how or how far (`已整改`, `当场整改`, `已现场整改`), or of
# closing cases taken in (`受理涉海案件3260件，审结2985件` → `审结涉海案件`: heldout5/wire_news, xiangyang_economy)
_FIXED = compile_pattern("(?:已经|已經|已)?(?:当场|當場|现场|現場|全部)?(?:整改|审结|審結|办结|辦結)(?:了|完成|到位)?")


def fixed_of_found(text: str, reading: Reading, begin: int, sentence: int,
                   figures: Sequence[Figure]) -> Subject:
    """`排查安全隐患48处，已整改39处` → `已整改安全隐患`, `发现隐患19处，当场整改15处` → `当场整改隐患`,
    `受理涉海案件3260件，审结2985件` → `审结涉海案件`: the
    clause with what the count just before in the sentence counts, its verb dropped (`排查`, `发现`), as
    the golds of heldout14, heldout20 and heldout21 county_news write it. NONE when the clause names
    more than the verb or a noun follows the figure (`已整改问题15个`)."""
    fixed = _FIXED.fullmatch(text, begin, reading.start)
    found = None if fixed is None else _counted_before(text, reading, begin, sentence, figures)
    if fixed is None or found is None:
        return NONE
    s, e = found
    words = dictionary().cut(text[s:e])
    if len(words) > 1 and (dictionary().tag(words[0]) or "").startswith(VERB_TAG):
        s += len(words[0])  # `排查安全隐患` → `安全隐患`
    return join(fixed.span(), (s, e)) if e - s >= NOUN else NONE


# the clause before the figure: a total's word and its link (`总数达`, `累计达`, `總數增至`)
_TOTAL = compile_pattern("(总数|總數|总量|總量|累计|累計)(?:达到|達到|达|達|增至|增加到|为|為)?")
# a scope and the verb of adding before the counted noun (`全市新认定`, `新建成`)
_NEW = compile_pattern("(?:全[市县縣区區省]|我[市县縣区區省])?(?:全年|今年|年内|年內)?"
                       "(?:新(?:增|建成|建|认定|認定|开通|開通|培育|引进|引進|设立|設立)"
                       "|建成|开通|開通|认定|認定|培育|引进|引進)")


def total_of_counted(text: str, reading: Reading, begin: int, sentence: int,
                     figures: Sequence[Figure]) -> Subject:
    """`全年新增规上工业企业286家，总数达2864家` → `规上工业企业总数`, `新建成5G基站2100个，累计达1.46万个` →
    `5G基站`: a clause that is only a total's word counts all of what the count just before in the sentence
    counts, its verb of adding dropped (the total is not new), with `总数` when written, as the golds of
    heldout16, heldout23 and heldout32 economy_page and unseen/trade_stats write it. NONE when the clause
    names more or a noun follows the figure."""
    total = _TOTAL.fullmatch(text, begin, reading.start)
    counted = None if total is None else _counted_before(text, reading, begin, sentence, figures)
    if total is None or counted is None:
        return NONE
    s, e = counted
    new = _NEW.match(text, s, e)
    s = new.end() if new else s
    if e - s < NOUN:
        return NONE
    word = total.span(1)
    return join((s, e), word) if text[word[0]:word[1]] in ("总数", "總數", "总量", "總量") else span(s, e)


# the clause before the figure: a period, the tally and at most a verb of recording (`今年累计录得`, `今年累计`,
# `前7个月累计完成`; folded text) or the count's own verb
_TALLIED = compile_pattern("累计(?:录得|完成)?")


def tallied_so_far(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure],
                   claimed: Sequence[tuple[int, int]]) -> tuple[Subject, Subject]:
    """`本港上周錄得3宗本地登革熱個案，今年累計錄得41宗` → `今年累計本地登革熱個案`, `上月共錄得3宗輸入性登革熱個案，
    今年累計7宗` → `今年累計輸入性登革熱個案`: a clause that is only a period and its tally counts the tally of what
    the count just before in the sentence counts, named with the period and 累计 (the verb of recording dropped),
    as the golds of heldout39/hongkong_news and heldout43/macau_news write it (the count's own verb after 累计 is
    no more: `首五個月累計編配逾1.06萬個` after `編配公屋單位2,150個`, heldout36/hk_news); a change after it changes
    that noun alone (`按年上升36.7%` → `本地登革熱個案`). NONE twice when the clause names more or a noun follows the
    figure (`今年累計錄得41宗個案`)."""
    period = next(((c, e) for c, e in claimed if c == begin and e < reading.start), None)
    tally = None if period is None else _TALLIED.match(text, period[1], reading.start)
    counted = None if tally is None else _counted_before(text, reading, begin, sentence, figures)
    if period is None or tally is None or counted is None or counted[1] - counted[0] < NOUN:
        return NONE, NONE
    verb = text[tally.end():reading.start]  # `首五個月累計編配` after `編配公屋單位`: the count's own verb
    if verb and not (text.startswith(verb, counted[0]) and counted[1] - counted[0] > len(verb)):
        return NONE, NONE
    return join(period, (tally.start(), tally.start() + 2), counted), span(*counted)
