"""The currency of an amount of money (ISO 4217).

Four places say it, in this order: the unit (`200万港元`, `3.2亿欧元`, `45億日圓`; every
Chinese currency name of `data/currencies.tsv` is a money unit; a word several currencies share,
`先令`, `马纳特`, `比索`, names the currency of the country the article names: `shared_currency`),
a currency word written before the amount (`港幣5,000萬元`, `人民币58.2亿元`, `USD 2 million`: the mention takes it
in, with an approximation word before it, `逾港幣120萬元`, `约合人民币184万元`), a currency
name that opens the noun phrase the amount measures, after a time at most
(`人民幣存款餘額為9,320億元`, `11月末人民幣存款餘額為312.6萬億元` on Hong Kong and Macao
pages: renminbi deposits are counted in renminbi; `currency_opening`), and else the paper's
own currency, from its home (`home_currency`): a plain `元` is a renminbi yuan on the
mainland, a Hong Kong dollar in Hong Kong, a New Taiwan dollar in Taiwan, a pataca in Macao.

When the home is inferred or unknown and names no such region, an article in traditional
script takes the currency of the region the page names most (`page_currency`: its places,
the 民国 era and the region's own currency names, `data/currency_regions.tsv`), if that is
evident: a mainland page quoting `新台币` in simplified script keeps the renminbi.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence

from .. import lexicon
from ..models import Home
from ..text.precompiled import compile_pattern
from ..text.rules import HAN
from .vocabulary import alternation, approx_words, currencies, shared_currency_words

MAINLAND = "CNY"
# Where a home's province or city names one of the regions with a currency of their own
# (`organizations/regions.py` names them so; a SAR is both, a Taiwan city's province is 台湾省).
_REGIONS = (("香港", "HKD"), ("澳门", "MOP"), ("台湾", "TWD"))


def home_currency(home: Home | None) -> str:
    """The currency of a paper whose home is `home`: HKD for Hong Kong, MOP for Macao, TWD
    for Taiwan, CNY for the mainland and for an unknown home."""
    if home is None:
        return MAINLAND
    for field in (home.province, home.city):
        if field:
            for region, code in _REGIONS:
                if field.startswith(region):
                    return code
    return MAINLAND


_REGION_CODES = frozenset(code for _, code in _REGIONS)
_EVIDENCE = 3  # the region named at least this often, and more often than any other
_TRADITIONAL_SHARE = 0.05  # traditional script: at least this share of the Han characters folded
_HAN = compile_pattern(f"[{HAN}]")


def home_is_evident(home: Home) -> bool:
    """The caller named the home: its currency stands, whatever the page's script."""
    return not home.inferred and bool(home.city or home.province)


@functools.cache
def _region_markers() -> tuple[re.Pattern, dict[str, str]]:
    """The words that name Taiwan, Hong Kong or Macao (`data/currency_regions.tsv` and the
    regions' own currency names of `data/currencies.tsv`) as one pattern, and their codes."""
    markers = {row[0]: row[1] for row in lexicon.rows("currency_regions", columns=2)}
    for code in markers.values():
        if code not in _REGION_CODES:
            raise lexicon.LexiconError(f"data/currency_regions.tsv: {code!r} is no region's currency")
    for word, (code, script) in currencies().items():
        if script == "zh" and code in _REGION_CODES:
            markers.setdefault(word, code)
    return compile_pattern(alternation(markers)), markers


def page_currency(page: str) -> str | None:
    """The currency of the region a (folded) page names most (`台中`, `民国`, `新台币`), when it
    is named at least `_EVIDENCE` times and more than any other region; else None."""
    pattern, markers = _region_markers()
    counts = Counter(markers[m.group()] for m in pattern.finditer(page))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _EVIDENCE or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def traditional(raw: str, folded: str) -> bool:
    """Whether a text is written in traditional script: folding changed at least
    `_TRADITIONAL_SHARE` of its Han characters (`raw` and `folded` align one for one)."""
    if len(raw) != len(folded):
        raise ValueError("the folded text does not align with the raw one")
    han = 0  # counted (in C) at the first folded Han character: a mainland text shows none
    changed = 0
    for at in range(0, len(raw), _CHUNK):  # a chunk that folds to itself is compared in C
        written_chunk, read_chunk = raw[at:at + _CHUNK], folded[at:at + _CHUNK]
        if written_chunk == read_chunk:
            continue
        # width folding changes the punctuation of almost every chunk: only its Han characters count
        changed += len(_HAN.findall("".join([w for w, r in zip(written_chunk, read_chunk, strict=True) if w != r])))
        if changed:
            han = han or len(_HAN.findall(raw))
            if changed >= _TRADITIONAL_SHARE * han:
                return True  # a traditional text shows it long before its end
    return False


_CHUNK = 64


@functools.cache
def _before_words() -> tuple[dict[str, str], tuple[int, ...], frozenset[str]]:
    """The words that may stand before an amount (Chinese names, ISO codes, symbols), their
    lengths longest first, and their last characters (most figures have none before them)."""
    words = {word: code for word, (code, script) in currencies().items() if script in ("zh", "code")}
    return words, tuple(sorted({len(w) for w in words}, reverse=True)), frozenset(w[-1] for w in words)


@functools.cache
def _approximations() -> tuple[dict[str, str], tuple[int, ...]]:
    words = {w: a.approx for w, a in approx_words().items() if a.position == "before"}
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def currency_before(text: str, start: int) -> tuple[int, int, str, str | None] | None:
    """A currency word ending at `start` (a space between allowed after a Latin code:
    `USD 2 million`): where the mention then starts, where the currency word starts, the
    ISO code, and the approximation of a word right before the currency word (`逾`, `约合`),
    or None when no currency word is there."""
    words, lengths, last_chars = _before_words()
    end = start
    if end and text[end - 1] == " " and end > 1 and text[end - 2].isascii():
        end -= 1
    if not end or text[end - 1] not in last_chars:
        return None
    for size in lengths:
        word = text[end - size:end] if size <= end else ""
        code = words.get(word)
        if code is None or (word.isascii() and word[0].isalpha() and end - size > 0
                            and text[end - size - 1].isascii() and text[end - size - 1].isalpha()):
            continue
        begin = end - size
        approximation = approximation_before(text, begin)
        if approximation is not None:
            return approximation[0], begin, code, approximation[1]
        return begin, begin, code, None
    return None


def approximation_before(text: str, begin: int) -> tuple[int, str] | None:
    """An approximation word (`逾`, `约合`) ending at `begin`: where it starts and what it says."""
    approximations, sizes = _approximations()
    for length in sizes:
        if length <= begin and text[begin - length:begin] in approximations:
            return begin - length, approximations[text[begin - length:begin]]
    return None


def currency_opening(text: str, clause_start: int, start: int, times: Sequence[tuple[int, int]]) -> str | None:
    """The currency a clause's noun phrase opens with (`人民币存款余额为N元`), after times
    (`11月末`, spans of `times`, sorted) and spaces, with no other figure and no exchange
    (`兑`) between it and the amount at `start`: the amount is counted in it. None when the
    clause opens otherwise (a currency word right before the amount is `currency_before`'s)."""
    at = clause_start
    moved = True
    while moved and at < start:
        moved = False
        while at < start and text[at].isspace():
            at, moved = at + 1, True
        k = bisect.bisect_right(times, (at, start)) - 1
        if k >= 0 and times[k][0] == at and times[k][1] <= start:
            at, moved = times[k][1], True
    words, lengths, _ = _before_words()
    for size in lengths:
        word = text[at:at + size]
        code = words.get(word)
        if code is None or at + size > start or word[-1] not in _NAME_ENDS:
            continue  # `大洋洲`, `普拉提`: a currency's other name opens other words too
        between = text[at + size:start]
        if not between or not _HAN.match(between[0]) or _FIGURE.search(between):
            return None  # `人民币30亿元` is read before the amount; `港元兑…` restates none
        return code
    return None


_FIGURE = compile_pattern(r"\d|[兑对]")
_NAME_ENDS = "元币圆镑"  # `人民币`, `港元`, `日圆`, `英镑`: a Chinese name that says it is money


def shared_currency(text: str, start: int, word: str) -> str | None:
    """The currency of an amount at `start` written in a word several currencies share (`先令`, `马纳特`,
    `比索`: `vocabulary.shared_currency_words`): that of the country of the place named last before it in the
    article, among the countries with a currency of that name; a country (`阿塞拜疆政府…批准…追加拨款3.4亿马纳特`
    → AZN, heldout42/wire_news; `菲律宾政府…1200亿比索` → PHP, heldout39) or a foreign city (the dateline's
    `新华社内罗毕…电`, `…总投资约46亿先令` → KES, heldout41). None when the article names none."""
    pattern, codes = _shared_places(word)
    names = [m.group() for m in pattern.finditer(text, 0, start)]
    return codes[names[-1]] if names else None


@functools.cache
def _shared_places(word: str) -> tuple[re.Pattern, dict[str, str]]:
    """The countries and foreign cities (`data/place_names.tsv`) of the countries with a currency named `word`,
    as one pattern, and the currency each names."""
    by_country = shared_currency_words()[word]
    codes = {row[0]: by_country[row[2]] for row in lexicon.rows("place_names", columns=3)
             if row[1] in ("country", "foreign_city") and row[2] in by_country}
    return compile_pattern(alternation(codes)), codes


SCALE = "摄氏"


def scale_before(text: str, start: int) -> tuple[int, str | None] | None:
    """`约摄氏19度`: the temperature scale written before the number, and an approximation
    word before it; where the mention then starts, and the approximation (or None)."""
    if not text.endswith(SCALE, 0, start):
        return None
    begin = start - len(SCALE)
    approximation = approximation_before(text, begin)
    return approximation if approximation is not None else (begin, None)
