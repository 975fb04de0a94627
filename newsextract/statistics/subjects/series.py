"""A series with 分别 (`A、B分别增长12.1%和15.3%`): how many figures it has, and the items
listed before 分别, a short item sharing the head of the last."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ... import lexicon
from ...text.dictionary import dictionary
from ...text.numerals import NUMERAL_START
from ...text.precompiled import compile_pattern
from ...text.rules import HAN
from ..vocabulary import alternation
from ..windows import CLAUSE_END, WINDOW
from .phrases import noun_before
from .pieces import NOUN, Subject, join, span

SERIES = "分别"
_SUMMARY = compile_pattern(rf"{NUMERAL_START}+[大个项类][{HAN}]{{0,4}}$")  # `两大产业`: the list's summary
_ITEM_SEPARATORS = compile_pattern("[、和及与]")
_SERIES_AHEAD = compile_pattern(rf"[和、及与](?={NUMERAL_START})")


def series_length(text: str, end: int) -> int:
    """How many figures a series has from the one ending at `end` (`12.1%和15.3%` → 2)."""
    count, pos = 1, end
    limit = min(len(text), end + 2 * WINDOW)
    while pos < limit:
        joiner = _SERIES_AHEAD.search(text, pos, limit)
        stop = next((k for k in range(pos, joiner.start() if joiner else limit) if text[k] in "。;,:\n"), None)
        if joiner is None or stop is not None:
            break
        count += 1
        pos = joiner.end()
        while pos < limit and text[pos] not in "、和及与。;,:\n":
            pos += 1
    return count


@functools.cache
def _compared_before_series() -> re.Pattern:
    """A change measure (`同比`, `环比`, `按年`) or a baseline (`较2017年`, `比上年同期`) that
    ends the words before 分别."""
    measures = alternation(lexicon.words("change_measures"))
    return compile_pattern(rf"(?:(?:较|比)[^{re.escape(CLAUSE_END)}、]{{1,8}}?(?:同期)?)?(?:{measures})?$")


def series_items(text: str, at: int, begin: int, claimed: Sequence[tuple[int, int]]) -> list[Subject]:
    """The items listed before 分别, which starts at `at`: `装备制造、生物医药两大产业分别` →
    [装备制造, 生物医药]. `begin` is the sentence's last clause start before them."""
    lo = begin
    for _, e in claimed:
        if lo < e <= at:
            lo = e
    compared = _compared_before_series().search(text, lo, at)
    if compared is not None:  # `同比分别增长`, `较2017年分别压减`: how the change is measured, no item
        at = compared.start()
    segment = text[lo:at]
    measured = _measured_summary(text, lo, at, claimed)
    if measured is not None:
        return measured
    summary = _SUMMARY.search(segment)
    stop_at = at - (len(summary.group()) if summary else 0)
    return _sharing_head(text, _items(text, lo, stop_at, claimed, _ITEM_SEPARATORS))


def _items(text: str, lo: int, end_at: int, claimed: Sequence[tuple[int, int]],
           separators: re.Pattern) -> list[Subject]:
    items: list[Subject] = []
    start = lo
    for sep in [*separators.finditer(text, lo, end_at), None]:
        end = sep.start() if sep else end_at
        s, e, _ = noun_before(text, end, start, claimed)
        if e - s >= NOUN:
            items.append(span(s, e))
        start = sep.end() if sep else end
    return items


# `电子信息、装备制造两大产业增加值`: a summary with its noun and the measure after it (not one
# that opens an item itself: `一类、二类、三类地区月最低工资标准`)
_MEASURED_SUMMARY = compile_pattern(
    rf"(?<![、和及与])(?P<count>[两二三四五])[大个类](?P<noun>[{HAN}]{{2}})(?P<measure>[{HAN}]{{2,8}})$")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_LIST_MARK = compile_pattern("、")


def _measured_summary(text: str, lo: int, at: int, claimed: Sequence[tuple[int, int]]) -> list[Subject] | None:
    """`汽车及零部件、新材料两大产业增加值分别增长…`: each item is a kind the summary counts, measured as
    the words after it say: `汽车及零部件产业增加值`, `新材料产业增加值` (the 、 list gives as many
    items as the summary counts; 及 then joins inside an item). None when the words before
    分别 end in no such summary."""
    found = _MEASURED_SUMMARY.search(text, lo, at)
    if found is None:
        return None
    items = _items(text, lo, found.start(), claimed, _LIST_MARK)
    if len(items) != _COUNTS[found["count"]]:
        return None
    return [join(item, found.span("noun"), found.span("measure")) for item in items]


_PREFIX = 2  # `我市进口`: a place before the item's word


def _sharing_head(text: str, items: list[Subject]) -> list[Subject]:
    """`城镇和农村居民人均可支配收入分别为`, `进口、出口整体通关时间分别为`: a short item whose
    word stands for the first word of the last item shares that item's head (`城镇` →
    `城镇居民人均可支配收入`). An item that is long (`全市生产总值`) or ends as the last
    item does (`工业投资、基础设施投资`) is whole already."""
    spans = [piece for item in items for piece in item.pieces if isinstance(piece, tuple)]
    if len(items) < 2 or len(spans) != len(items) or any(len(item.pieces) != 1 for item in items):
        return items
    ls, le = spans[-1]
    words = dictionary().cut(text[ls:le])
    if len(words) < 3:
        return items
    first, last_word = words[0], words[-1]
    shared: list[Subject] = []
    for item, (s, e) in zip(items[:-1], spans[:-1], strict=True):
        own = text[s:e]
        word = len(dictionary().cut(own)[-1])  # `城镇` stands for `农村` of `农村居民…`
        if NOUN <= word <= len(first) and e - s <= word + _PREFIX and not own.endswith(last_word):
            item = join(item, (ls + word, le))
        shared.append(item)
    return [*shared, items[-1]]
