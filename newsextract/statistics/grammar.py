"""The grammar of a stated quantity: named productions, each a pattern piece and the
reader of its groups, joined into one compiled pattern (`grammar`).

A production (`PRODUCTIONS`) reads its match into a `Reading` (value, unit,
approximation), or rejects what only looks like a quantity. Every rejection is a named
predicate whose docstring gives its counterexample, a negative row of
`tests/cases/statistics.tsv` (`三年级`, `千方百计`, `2024年`, `今年前两个月`). What the
text around a match shows (ordinals, codes, names) is `rejections.py`.

Vocabulary is data: `data/units.tsv` (units and classifiers, the multiplier they carry,
their role), `data/approx_words.tsv` (approximation words and where they stand) and
`data/time_frames.tsv` (words that make a duration a period of time).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from ..text.dictionary import dictionary
from ..text.numerals import (
    ARABIC,
    ARABIC_POSITIONAL,
    CHINESE,
    CN_DIGITS,
    CN_POSITIONS,
    MULTIPLIER,
    arabic_positional,
    digit_pair,
    is_digit_sequence,
    multiplier,
    parse_number,
)
from ..text.precompiled import compile_pattern
from .currency import currency_before
from .readings import Reading
from .vocabulary import (
    Unit,
    alternation,
    alternation_by_first_char,
    approx_words,
    currencies,
    lasting_words,
    money_cues,
    time_frames,
    unit_currency,
    units,
)

# ------------------------------------------------------------------ numbers

# A number never starts inside a run of digits: with the lookbehinds a run of n
# digits costs O(n) once, not once per position (`1111…` must not hang).
ARABIC_START = rf"(?<![\d.+]){ARABIC}"
CHINESE_START = rf"(?<![{CN_DIGITS}{CN_POSITIONS}]){CHINESE}"
# A bare position is a number only after an approximation word: `近千个`, `上百名`.
BARE_POSITIONS = ("百", "千", "万")
SUM_TERMS = 6  # `48+15项`: a sum written as its parts, at most this many
RANGE_DASH = r"(?:至|到|-|—|–|~|－)"
# `全年接待游客1200万,`: 万/亿 closing a clause stand for a count whose unit is implied.
CLAUSE_AHEAD = r"(?=[,，。;；、!?！？)）\s]|$)"
# `批86亿扩建…`, `拨款380万办…`: 万/亿 before a word are a sum of money only after a word of money
# and before a verb (`_amount_before_verb`); `15万企业受惠` counts, as before.
WORD_AHEAD = r"(?=[^\W\d_])"
_IMPLICIT = Unit("other", Decimal(1), "", "measure", "")
# `骗2,360万`, `投资65亿`: 万/亿 with no unit after a word of money (`data/money_cues.tsv`)
# is an amount in the paper's currency, reported as 元.
_IMPLIED_MONEY = Unit("money", Decimal(1), "元", "measure", "")
# a distributive between the word of money and the amount (`津貼 每校25萬`, heldout17/hk_news)
_EACH = compile_pattern(r"\s?每[^\W\d]$")
_EACH_WIDTH = 3


# `1亿2000万元`, `8萬2,315人次`, `1萬2千元`, `1萬零5百元`, `1兆7600億元`: a number written in two
# parts, the larger position first (the Taiwan, Hong Kong and Macau style, and a mainland one): the
# head part, then Arabic digits with their smaller positions (`numerals.ARABIC_POSITIONAL`). 兆 is
# 10**12 only as such a head (Taiwan's trillion: `3兆1,254億元`); `300兆瓦` is a unit.
MIXED_HEAD = r"(?<![\d.+])\d{1,4}[兆亿万](?=零?\d)"
_MIXED = compile_pattern(r"(\d{1,4})([兆亿万])(.+)")
_HEAD_VALUE = {"兆": 10 ** 12, "亿": 10 ** 8, "万": 10 ** 4}
# `半小時`, `不到半天`, `半個月`: half a unit of time. Not after a word it ends (`上半年`, `下半年`,
# `大半年`, `过半`, `一半`, `好半天`) nor 每 (`每半年複查一次`: how often) nor a whole part (`9年半`,
# `4个半小时`: four and a half hours, not half of one).
HALF = "半"
_HALF_NOT_AFTER = "上下前后大多过一每老好夜年个"
# `9年半`, `三年半`, `两天半`, `4个半小时`, `两个半月`: a whole number of a unit of time and a half
# (heldout10/tw_news, heldout20/macau_news, heldout8/hk_news). 半 follows these units, and comes
# between 个 and the rest of a unit written with 个 (`个小时`, `个月`); it is no half where it starts
# a word (`3年半数企业`, `半导体`, `2024年半年报`).
HALF_AFTER = ("年", "天", "周", "小时")
_HALF_STARTS_A_WORD = "数价径岛导场途球成夜山年月日"


@functools.cache
def half_units() -> dict[str, str]:
    """A unit written with its half (`年半`, `个半小时`) → the unit it is a half of."""
    table = {}
    for name in units():
        unit = units()[name]
        if unit.kind != "duration" or unit.approx != "exact":
            continue
        written = f"{name}{HALF}" if name in HALF_AFTER else f"个{HALF}{name[1:]}" if name[:1] == "个" else None
        if written is not None:
            table[written] = name
    return table


def unit_piece() -> str:
    """A unit or classifier as written: one with its half first (`年半`, unless 半 starts a word:
    then `3年` of `3年半数`), then the others."""
    halves = alternation(half_units())
    others = alternation_by_first_char(u for u in units() if not _written_multiple(u))
    return rf"(?:(?:{halves})(?![{_HALF_STARTS_A_WORD}])|{others})"


def number_piece() -> str:
    """A number: Arabic (a sum `48+15` too, a two-part `1亿2000`, `1萬2千`), Chinese, a bare
    百/千/万 (`近千个`), or 半 before a unit of time (`半小时`)."""
    durations = alternation(u for u, unit in units().items() if unit.kind == "duration")
    return (rf"(?:{MIXED_HEAD}{ARABIC_POSITIONAL}|{ARABIC_START}(?:\+{ARABIC}){{0,{SUM_TERMS - 1}}}"
            rf"|{CHINESE_START}|[{''.join(BARE_POSITIONS)}]|(?<![{_HALF_NOT_AFTER}]){HALF}(?={durations}))")


def _two_part(num: str, first_mult: str) -> Decimal | None:
    """`1亿2000` of `1亿2000万元`, `1萬2千` of `1萬2千元`: the head's position, then the rest, in units
    of the multiplier written after it (`first_mult`, the unit's); None where the parts do not add up
    (`3万5000万`)."""
    mixed = _MIXED.fullmatch(num)
    if mixed is None:
        return None
    position = _HEAD_VALUE[mixed[2]]
    head, rest = Decimal(mixed[1]) * position, arabic_positional(mixed[3])
    if rest is not None and position < multiplier(first_mult or "") and rest < position:
        return _canonical(head + rest)  # `1萬9,560億元`: 19,560 of the multiplier after it
    if rest is None or multiplier(first_mult or "") * (rest or 1) >= position:
        return None
    return _canonical(head / multiplier(first_mult) + rest) if first_mult else _canonical(head + rest)


def _value(text: str) -> Decimal | None:
    """The value of a number, canonical like `parse_number`'s (see `_scaled`)."""
    if "+" in text:  # `48+15项`: a sum, written as its parts
        parts = [parse_number(p) for p in text.split("+")]
        if any(p is None for p in parts):
            return None
        return _canonical(sum((p for p in parts if p is not None), Decimal(0)))
    return parse_number(text)


def _scaled(value: Decimal, factor: Decimal) -> Decimal:
    """`value × factor`, canonical. Values come canonical from `_value`, so the
    common factor 1 (no multiplier, a unit of its own) leaves them as they are."""
    return value if factor == 1 else _canonical(value * factor)


def _canonical(value: Decimal) -> Decimal:
    """An integer without exponent (`3E+2` → `300`), any other value normalised."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _combine(approxes: list[str]) -> str:
    """`近…余` (under and over) is `about`; otherwise the strongest word wins."""
    if len(approxes) == 1:
        return approxes[0]  # the common case: only the unit's own (`exact`, or 多 of `个多月`)
    kinds = set(approxes) - {"exact"}
    if {"over", "under"} <= kinds or "about" in kinds:
        return "about"
    return kinds.pop() if kinds else "exact"


class Groups(NamedTuple):
    """The grammar's groups in pattern order (`grammar` checks it when it compiles):
    `read` unpacks `m.groups()` once instead of looking eighteen names up."""

    pre: str | None  # an approximation word before the number: 近, 约, 超过
    below_zero: str | None  # 零下
    per: str | None  # percent words: 百 or 千 of 百分之/千分之
    pnum: str | None
    den: str | None  # fraction: `三分之一`
    nom: str | None
    fan: str | None  # doubling: `翻一番`
    num: str | None  # quantity: the number
    mult1: str | None  # a range's start: its multiplier and unit (`3万元至5万元`)
    u1: str | None
    num2: str | None  # a range's end
    in1: str | None  # an approximation word after the number: 余, 多, 来
    unit: str | None
    mult: str | None  # a multiplier after Arabic digits: 万, 亿
    in2: str | None  # an approximation word after the multiplier: `32.5万余元`
    unit2: str | None
    per_unit: str | None  # `1.2万元/平方米`
    enum: str | None  # an English amount: `3.5 billion yuan`, `USD 2 million`
    escale: str | None
    ecur: str | None
    post: str | None  # an approximation word after the unit: 以上, 左右


# ------------------------------------------------------------------ productions
# Each reader takes the groups, the span (after the approximation word before it, if
# that is taken), the approximations read so far, and the text.
Reader = Callable[[Groups, int, int, list[str], str], Reading | None]


def percent_words_piece() -> str:
    """`百分之三十`, `千分之五`, `百分之百`: a rate written in words."""
    return rf"(?P<per>[百千])分之(?P<pnum>{CHINESE}|{ARABIC}|百)"


def read_percent_words(g: Groups, start: int, end: int, approxes: list[str], text: str) -> Reading | None:
    value = parse_number(g.pnum or "")
    unit = "%" if g.per == "百" else "‰"
    return None if value is None else Reading(start, end, value, unit, "percent", "rate", _combine(approxes))


FRACTION_PLACES = Decimal("0.0001")  # `三分之一` → 0.3333


def fraction_piece() -> str:
    """`三分之一`, `4分之3`: a share."""
    return rf"(?P<den>{CHINESE_START}|{ARABIC_START})分之(?P<nom>{CHINESE}|{ARABIC})"


def read_fraction(g: Groups, start: int, end: int, approxes: list[str], text: str) -> Reading | None:
    den, nom = parse_number(g.den or ""), parse_number(g.nom or "")
    if not den or nom is None:
        return None  # `零分之一`: no share
    value = (nom / den).quantize(FRACTION_PLACES).normalize()
    return Reading(start, end, value, "分之", "percent", "rate", _combine(approxes))


def doubling_piece() -> str:
    """`翻一番`, `翻了两番`: a change by a power of two, its own statistic."""
    return r"翻(?:了)?(?P<fan>[一两二三四五六七八九十]|\d+)番"


def read_doubling(g: Groups, start: int, end: int, approxes: list[str], text: str) -> Reading | None:
    value = parse_number(g.fan or "")
    if value is None:
        return None
    return Reading(start, end, value, "番", "other", "rate", _combine(approxes), doubling=True)


def _written_multiple(unit: str) -> bool:
    """`万元`, `亿美元`: a multiplier written before another unit (`成` scales by itself)."""
    return unit[0] in "万亿" and unit[1:] in units()


def quantity_piece() -> str:
    """`NUMBER [[万亿] UNIT] dash NUMBER] [余多来] (UNIT | 万亿 [余多] UNIT)`: the common shape
    (余/多/来: the `inside` words of approx_words.tsv; 来 only right after the number).

    A unit is tried before a multiplier, so `3.6千米` is 3.6 千米, not 3600 米. A
    range may write its unit twice (`5000元至8000元`, `16℃至25℃`, `3万元至5万元`):
    then the end must repeat the start's multiplier and unit, or it is no range.
    Written multiples (`万元`, `万亩`) are read as multiplier + unit, so that `2650万亩次`
    is 万 + 亩次 and not 万亩 + a stray 次; tests check each row reads so.
    """
    number = number_piece()
    unit = unit_piece()
    inside = [w for w, a in approx_words().items() if a.position == "inside"]
    after_number = alternation(inside)  # `20余个`, `十来岁`
    after_multiplier = alternation(w for w in inside if approx_words()[w].only != "number")  # `32.5万余元`
    return rf"""
        (?P<num>{number})
        (?:                                         # a range: `3至5个`, `5000元至8000元`
            (?P<mult1>{MULTIPLIER})?(?P<u1>{unit})?
            {RANGE_DASH}(?P<num2>{number})
        )?
        (?P<in1>{after_number})?
        (?(u1)(?(mult1)(?P=mult1))(?P=u1)           # the start wrote its unit: the end repeats it
        |   (?:(?P<unit>{unit})                     # `126个`
            |  (?P<mult>{MULTIPLIER})(?P<in2>{after_multiplier})?  # `1200万,`: the unit implied
               (?:(?P<unit2>{unit})|{CLAUSE_AHEAD}|{WORD_AHEAD})
            )
        )
        (?:/(?P<per_unit>{unit}))?                  # `1.2万元/平方米`: a price or a concentration
    """


def _implicit_unit(g: Groups, start: int, text: str) -> Unit:
    """The unit of `1200万,` (none written): a sum of money after a word of money (`骗款1,860万`,
    `投资逾65亿`), else a plain count or measure."""
    if not g.mult:
        return _IMPLICIT
    head = start - len(g.pre) if g.pre and text.endswith(g.pre, 0, start) else start
    # `AI津貼 每校25萬`: the cue names what each one gets (at most 3 characters, so only those are read:
    # a search from the text's start would read the whole text before every figure)
    each = _EACH.search(text, max(0, head - _EACH_WIDTH), head)
    head = each.start() if each else head
    return _IMPLIED_MONEY if text.endswith(money_cues(), 0, head) else _IMPLICIT


# 批 (approve) is a word of money only before such an amount and a verb (`财委会批47亿扩建…`:
# heldout13/hk_news, heldout17/hk_news); after a numeral or a demonstrative it is a batch (`首批`)
_APPROVED = "批"
_BATCH_BEFORE = compile_pattern(rf"[\d{CN_DIGITS}首第分该这此每各同一整]$")


def _amount_before_verb(text: str, g: Groups, start: int, end: int, implied: Unit) -> Unit | None:
    """`拨款380万办新春活动`, `批86亿扩建屯门医院`: 万/亿 with no unit and a word after it
    (not the end of a clause) are a sum of money when a word of money (`data/money_cues.tsv`, or
    批 as the grant's verb) ends right before and a verb follows; else no number (`15万企业受惠`).
    `implied` is the unit read when the clause ends there (`1200万,`)."""
    if end >= len(text) or not re.match(WORD_AHEAD, text[end]):
        return implied
    head = start - len(g.pre) if g.pre and text.endswith(g.pre, 0, start) else start
    before = head - len(_APPROVED)
    approved = text.endswith(_APPROVED, 0, head) and not _BATCH_BEFORE.search(text, max(0, before - 1), before)
    if implied is not _IMPLIED_MONEY and not approved:
        return None
    words = dictionary().cut(text[end:end + _VERB_WINDOW])
    return _IMPLIED_MONEY if words and (dictionary().tag(words[0]) or "").startswith(_VERB_TAG) else None


_VERB_WINDOW = 6
_HALF_VALUE = Decimal("0.5")
_VERB_TAG = "v"


def read_quantity(g: Groups, start: int, end: int, approxes: list[str], text: str) -> Reading | None:
    num = g.num or ""
    unit_text = g.unit or g.unit2 or g.u1
    mult = g.mult or (g.mult1 if g.u1 else "") or ""
    first_mult = (g.mult1 or "") if (g.mult1 or g.u1) else mult
    half = half_units().get(unit_text or "")
    unit_text = half or unit_text  # `9年半`: read as 年, and a half added below
    unit = units()[unit_text] if unit_text else _implicit_unit(g, start, text)
    if g.mult and not unit_text:
        bare = _amount_before_verb(text, g, start, end - len(g.post or ""), unit)
        if bare is None:
            return None
        unit = bare
    if (_unit_starts_a_word(unit, text, end - len(g.post or "")) or _bare_position_alone(num, approxes)
            or _zero_alone(num) or half is None and _one_as_article(g, mult, approxes, unit, text, start)
            or _digit_before_inside(g) or _clock_time(unit_text, num)):
        return None
    value: Decimal | None
    value_max: Decimal | None = None
    pair = digit_pair(num)
    if pair is not None:  # `三四个`, `一两次`: a vague range
        if _no_vague_range(pair):
            return None
        value, value_max = Decimal(pair[0]), Decimal(pair[1])
        approxes.append("about")
    elif _MIXED.fullmatch(num) is not None and "+" not in num:
        value = _two_part(num, first_mult)  # `1亿2000万元`, `1萬2千元`
        if value is None:
            return None
    elif num == HALF:
        if unit.kind != "duration":
            return None
        value = Decimal("0.5")  # `半小时`
    else:
        value = _value(num)
        if value is None or _digits_one_by_one(num):
            return None
    if _year_not_duration(unit_text, num) or unit.kind == "duration" and _time_frame(text, g, start,
                                                                                     end - len(g.post or "")):
        return None
    if g.num2:  # `1萬2千元至3萬5千元`: the end read as the start is
        value_max = _two_part(g.num2, mult) if _MIXED.fullmatch(g.num2) else _value(g.num2)
        if value_max is None:
            return None
    if half is not None:  # `4个半小时` → 4.5 个小时; `3至4年半`: the end's half
        if value_max is not None:
            value_max += _HALF_VALUE
        else:
            value += _HALF_VALUE
    for inside in (g.in1, g.in2):
        if inside:
            approxes.append(approx_words()[inside].approx)
    approxes.append(unit.approx)
    value = _scaled(value, unit.multiplier * multiplier(first_mult) if first_mult else unit.multiplier)
    if g.below_zero:  # `零下5摄氏度`
        value = -value
    if value_max is not None:
        value_max = _scaled(value_max, unit.multiplier * multiplier(mult) if mult else unit.multiplier)
    if g.per_unit:  # `1.2万元/平方米`, `35微克/立方米`: a price or a concentration
        per = units()[g.per_unit].reported
        kind = "money" if unit.kind == "money" else "other"
        return Reading(start, end, value, f"{unit.reported}/{per}", kind, "measure", _combine(approxes), value_max,
                       currency=unit_currency().get(unit_text or ""))
    return Reading(start, end, value, unit.reported, unit.kind, unit.role, _combine(approxes), value_max,
                   currency=unit_currency().get(unit_text or ""))


ENGLISH_SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "mn": 10 ** 6, "billion": 10 ** 9, "bn": 10 ** 9,
                  "trillion": 10 ** 12}


def english_piece() -> str:
    """`3.5 billion yuan`, `2 million US dollars`, `USD 2 million` (the code before is read by
    `currency.currency_before`): an amount of money written in English (`data/currencies.tsv`)."""
    scales = alternation(ENGLISH_SCALES)
    names = alternation_by_first_char(w for w, (_, script) in currencies().items() if script == "en")
    return rf"""
        (?<![\d.+])(?=[\d,.]{{1,40}}\s?[A-Za-z])        # a Latin word follows (most numbers: no),
                                                     # sought once per number, never far (`1111…`)
        (?P<enum>{ARABIC_START})
        (?=\s?(?i:{scales}|{names})(?![A-Za-z]))         # a scale or a currency must follow
        (?:\s?(?P<escale>(?i:{scales}))(?![A-Za-z]))?
        (?:\s?(?P<ecur>(?i:{names}))(?![A-Za-z]))?
    """


def read_english(g: Groups, start: int, end: int, approxes: list[str], text: str) -> Reading | None:
    value = parse_number(g.enum or "")
    if value is None:
        return None
    if g.escale:
        value = _canonical(value * ENGLISH_SCALES[g.escale.lower()])
    if g.ecur:
        code = currencies()[g.ecur.lower()][0] if g.ecur.lower() in currencies() else None
        return Reading(start, end, value, g.ecur, "money", "measure", _combine(approxes or ["exact"]),
                       currency=code)
    before = currency_before(text, start)
    if before is None:
        return None  # `2 million` alone: no amount this grammar reads
    new_start, word_start, code, approx = before
    word = text[word_start:start].strip()
    return Reading(new_start, end, value, word, "money", "measure", _combine([*approxes, approx or "exact"]),
                   currency=code)


class Production(NamedTuple):
    name: str
    key: str  # the group that is set when this production matched
    firsts: str  # the characters a match may start with, besides an Arabic digit
    piece: Callable[[], str]
    read: Reader


PRODUCTIONS = (
    Production("percent_words", "per", "百千", percent_words_piece, read_percent_words),
    Production("fraction", "den", CN_DIGITS + "十", fraction_piece, read_fraction),
    Production("doubling", "fan", "翻", doubling_piece, read_doubling),
    Production("quantity", "num", CN_DIGITS + "十" + "".join(BARE_POSITIONS) + HALF, quantity_piece, read_quantity),
    Production("english", "enum", "", english_piece, read_english),
)


# The production that matched is the one whose key group is set (exactly one is): looked
# up by index, the common quantity first.
_DISPATCH = tuple((Groups._fields.index(p.key), p.read) for p in reversed(PRODUCTIONS))


@functools.cache
def grammar() -> re.Pattern:
    """The one pattern of a stated quantity, compiled on first use."""
    words = approx_words()
    before = alternation_by_first_char(w for w, a in words.items() if a.position == "before")
    after = alternation_by_first_char(w for w, a in words.items() if a.position == "after")
    body = "|".join(production.piece() for production in PRODUCTIONS)
    # Most positions of a text start no quantity: a one-character lookahead over
    # every possible first character rejects them before any alternation is tried.
    firsts = {w[0] for w, a in words.items() if a.position == "before"}
    firsts.update(*(production.firsts for production in PRODUCTIONS))
    firsts.add("零")
    gate = "(?=[\\d" + re.escape("".join(sorted(firsts))) + "])"
    pattern = compile_pattern(rf"""
        {gate}
        (?P<pre>{before})?          # 近, 约, 超过
        (?P<below_zero>零下)?        # `零下5摄氏度`
        (?:{body})                  # one production
        (?P<post>{after})?          # 以上, 左右
    """, re.VERBOSE)
    if tuple(pattern.groupindex) != Groups._fields:
        raise ValueError(f"grammar groups {tuple(pattern.groupindex)} are not in `Groups` order")
    return pattern


def read(m: re.Match, text: str) -> Reading | None:
    """The reading of one grammar match by the production that matched, or None to reject it."""
    g = Groups._make(m.groups())
    start, approxes = m.start(), []
    if g.pre:
        if _not_approximating(g, start, text):
            start += len(g.pre)
        else:
            approxes.append(approx_words()[g.pre].approx)
    post = approx_words()[g.post] if g.post else None
    if post is not None and post.only != "measure":
        approxes.append(post.approx)
    for key, read_production in _DISPATCH:
        if g[key]:
            reading = read_production(g, start, m.end(), approxes, text)
            if reading is not None and post is not None and post.only == "measure":
                if reading.kind in _BOUNDED_BY_INSIDE:
                    reading.approx = _combine([reading.approx, post.approx])
                else:  # `3项内容`: 内 bounds only a time or a distance (`5分钟内`, `3公里内`)
                    reading.end -= len(g.post or "")
            return reading
    return None


_BOUNDED_BY_INSIDE = ("duration", "length")


# ------------------------------------------------------------------ rejections
# What only looks like a quantity, as the groups of a match show it. Each predicate's
# counterexample is a negative row of tests/cases/statistics.tsv.


def _not_approximating(g: Groups, start: int, text: str) -> bool:
    """The word before the number is no approximation (the quantity starts after it):
    `签约29个` (约 belongs to 签约, a `not_preceded_by` character of approx_words.tsv);
    `上3个` (上 approximates only a bare position, `上百名`: its `only` is `bare`)."""
    before_char = text[start - 1] if start else ""
    word = approx_words()[g.pre or ""]
    return (bool(before_char) and before_char in word.not_preceded_by
            or word.only == "bare" and g.num not in BARE_POSITIONS)


def _unit_starts_a_word(unit: Unit, text: str, unit_end: int) -> bool:
    """`三年级` is a grade, `五台山` a mountain, `3部分` a part: the unit is the first
    character of another word (its `not_followed_by` characters in units.tsv)."""
    after_char = text[unit_end:unit_end + 1]
    return bool(after_char) and after_char in unit.not_followed_by


def _bare_position_alone(num: str, approxes: list[str]) -> bool:
    """`千方百计`, `万人空巷`: a bare 百/千/万 is a number only after 近/上/逾."""
    return num in BARE_POSITIONS and not approxes


def _zero_alone(num: str) -> bool:
    """`零部件`, `零增长`: 零 alone is no count."""
    return num in ("零", "〇")


@functools.cache
def _lasting_pattern() -> tuple[re.Pattern, int]:
    """A word of `data/lasting_words.tsv` ending where a number starts, and how far back it reaches."""
    return compile_pattern(f"(?:{alternation(lasting_words())})$"), max(map(len, lasting_words()))


def _one_as_article(g: Groups, mult: str, approxes: list[str], unit: Unit, text: str, start: int) -> bool:
    """`一支充满活力的队伍`, `一场活动`, `新的一年`: a bare 一 is an article, not a count (it counts
    with an approximation, a multiplier, a range or 余/多: `一万元`, `一两次`; and before a unit of
    time after a word that says how long something lasts, `data/lasting_words.tsv`: `为期一个月`,
    `展期一个月`, `判处有期徒刑一年`, `缓刑一年`)."""
    if g.num != "一" or approxes or mult or g.num2 or g.in1 or g.in2:
        return False
    if unit.kind != "duration":
        return True
    lasting, reach = _lasting_pattern()
    return lasting.search(text, max(0, start - reach), start) is None

# `8点`, `下午3点`: 点 after an hour is a time of the clock. It is an index's points (`指數報291.6點`,
# `收報25,860點，升312點`, `下降0.6点`) only after an Arabic number that no clock shows: with a decimal point or a
# thousands separator, or above 24 (the unit is a measure of units.tsv, `scripts/build_units.py`'s MEASURES).
_POINTS = "点"
_CLOCK_HOURS = 24
_ARABIC_NUMBER = compile_pattern(r"[\d,.]+")


def _clock_time(unit_text: str | None, num: str) -> bool:
    """`3点`, `20点`, `三点`: an hour, no points; `88.4点`, `25,860點`, `312點` are points."""
    if unit_text != _POINTS:
        return False
    if not _ARABIC_NUMBER.fullmatch(num):
        return True  # `一點二` of `百分之一點二`, `三点`: a decimal point or a clock time
    return "." not in num and "," not in num and int(num) <= _CLOCK_HOURS


def _digit_before_inside(g: Groups) -> bool:
    """`港九多條道路`, `统一多个部门`: 多, 余 and 来 between a Chinese numeral and its unit follow a
    round number (`十多个`, `三十余名`, `二十来岁`; one says `三个多月`, not `三多个月`); after a
    digit the numeral ends another word (港九, 统一)."""
    return bool(g.in1) and (g.num2 or g.num or "")[-1:] in CN_DIGITS


def _no_vague_range(pair: tuple[int, int]) -> bool:
    """`三三两两`: two digits side by side are a vague range only when the second is
    the next number (`三四个`, `一两次`)."""
    low, high = pair
    return high != low + 1


def _digits_one_by_one(num: str) -> bool:
    """`二〇七所社区`: digits read one by one are a code or a year, not an amount."""
    return is_digit_sequence(num)


_YEAR_NUMBER = compile_pattern(r"(?:1[5-9]|20|21)\d\d")  # a year from 1500 to 2199


def _year_not_duration(unit_text: str | None, num: str) -> bool:
    """`1998年成立`, `二〇二五年`: a year, not a duration of years."""
    return unit_text == "年" and (_YEAR_NUMBER.fullmatch(num) is not None or is_digit_sequence(num))


_CHINESE_NUMBER = compile_pattern(CHINESE)


@functools.cache
def _frame_patterns() -> tuple[re.Pattern, int, re.Pattern]:
    """The frame words before a number (ending where it starts), how far back they reach
    (the longest one), and the frame words after its unit (`data/time_frames.tsv`)."""
    frames = time_frames()
    before = "|".join(f"(?<![{re.escape(frames.before[word])}]){re.escape(word)}" if frames.before[word]
                      else re.escape(word) for word in sorted(frames.before, key=lambda w: (-len(w), w)))
    return (compile_pattern(f"(?:{before})$"), max(map(len, frames.before)),
            compile_pattern(alternation(frames.after)))


def _time_frame(text: str, g: Groups, start: int, end: int) -> bool:
    """`今年前两个月`, `近五年来`, `未来两年`, `两个月内`: when, not how long. A duration in
    Chinese numerals framed by a word of `data/time_frames.tsv` names a period of time;
    `提前两天` and `连续三年` stay statistics, and so do Arabic ones (`最近3年`); 半 is a Chinese
    numeral here (`未来半年`, `半年来`)."""
    if g.num != HALF and not _CHINESE_NUMBER.fullmatch(g.num or ""):
        return False
    before, reach, after = _frame_patterns()
    return (g.pre in time_frames().approximations or bool(before.search(text, max(0, start - reach), start))
            or bool(after.match(text, end)))
