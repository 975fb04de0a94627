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
from .pieces import NOUN, Piece, Subject, join, span

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
    items = _items(text, lo, stop_at, claimed, _ITEM_SEPARATORS)
    if items and _CATEGORY in _text(text, items[-1]):  # `非洲等市场出口`: the category is no head to share
        return _sharing_tail(text, items)
    shared = _sharing_head(text, items)
    return shared if shared != items else _sharing_tail(text, items)


def _text(text: str, item: Subject) -> str:
    return "".join(text[p[0]:p[1]] if isinstance(p, tuple) else p for p in item.pieces)


def _items(text: str, lo: int, end_at: int, claimed: Sequence[tuple[int, int]],
           separators: re.Pattern) -> list[Subject]:
    items: list[Subject] = []
    start = lo
    for sep in [*separators.finditer(text, lo, end_at), None]:
        end = sep.start() if sep else end_at
        s, e, _ = noun_before(text, end, start, claimed)
        if sep is None and s > start and text[s - 1] == _CATEGORY:  # `食品等支柱产业增加值`: one item
            s2, e2, _ = noun_before(text, s - 1, start, claimed)
            s = s2 if e2 == s - 1 and e2 - s2 >= NOUN else s
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
    if len(words) < 2:  # `第二、第三产业增加值`, `对越南、老挝进出口`: two words are enough
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


_CATEGORY = "等"  # `石化、食品等支柱产业增加值`: what the list is summed up as, then its measure
_PER_HEAD = compile_pattern("人均|户均|戶均|每人")  # `…经费人均财政补助标准`: a per-head measure opens the tail


def _measure_heads() -> tuple[str, ...]:
    return tuple(lexicon.words("measure_heads"))


def _tail_start(text: str, first: tuple[int, int], last: tuple[int, int]) -> int | None:
    """Where the noun the last item shares with the others starts, or None: after 等 (the
    category stays: `食品等支柱产业增加值` → `支柱产业增加值`), after the first character in it
    that ends the first item too (`白酒制造业、电力生产供应业增加值`, `汽车类、家用电器类商品零售额`),
    at a per-head word (`人均财政补助标准`), else the last word when it ends in a measure head
    (`新能源汽车、智能家电零售额` → `零售额`)."""
    ls, le = last
    at = text.find(_CATEGORY, ls + 1, le - NOUN)
    if at >= 0:
        return at + 1
    ending = text.find(text[first[1] - 1], ls + 1, le - NOUN)
    if ending >= 0:
        return ending + 1
    per_head = _PER_HEAD.search(text, ls + NOUN, le - NOUN)
    if per_head is not None:
        return per_head.start()
    words = dictionary().cut(text[ls:le])
    if len(words) >= 2 and len(words[-1]) >= NOUN and words[-1].endswith(_measure_heads()):
        return le - len(words[-1])
    return None


def _sharing_tail(text: str, items: list[Subject]) -> list[Subject]:
    """`新能源汽车、智能家电零售额分别增长`: the items before the last name only a kind, and the
    last one's tail is the noun they all measure (`新能源汽车零售额`, `智能家电零售额`). Not when
    an earlier item names a measure of its own (`社会消费品零售总额、外贸进出口额`); a 对 before
    the list is each item's (`对越南、老挝进出口` → `对越南进出口`)."""
    spans = [piece for item in items for piece in item.pieces if isinstance(piece, tuple)]
    if len(items) < 2 or len(spans) != len(items) or any(len(item.pieces) != 1 for item in items):
        return items
    if any(text[s:e].endswith(_measure_heads()) for s, e in spans[:-1]):
        return items
    ls, le = spans[-1]
    tail = _tail_start(text, spans[0], spans[-1])
    if tail is None:
        return items
    own_end = tail - 1 if text[tail - 1] == _CATEGORY else tail
    towards = text[spans[0][0] - 1] == _TOWARDS if spans[0][0] > 0 else False
    before: tuple[Piece, ...] = ((spans[0][0] - 1, spans[0][0]),) if towards else ()
    shared = [join(*before, (s, e), (tail, le)) for s, e in spans[:-1]]
    last = join((ls, own_end), (tail, le)) if own_end < tail else items[-1]
    return [*shared, join(*before, last)]


_TOWARDS = "对"
