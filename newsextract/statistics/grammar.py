"""The grammar of a stated quantity: one compiled pattern (`grammar`) and the reader of
its matches (`read`), which gives a `Reading` or rejects what only looks like a quantity
(`三年级`, `千方百计`, `2024年`, `今年前两个月`).

Vocabulary is data: `data/units.tsv` (units and classifiers, the multiplier they carry,
their role) and `data/approx_words.tsv` (approximation words and where they stand).
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal

from ..text.numerals import (
    ARABIC,
    CHINESE,
    CN_DIGITS,
    CN_POSITIONS,
    MULTIPLIER,
    chinese_to_int,
    is_digit_sequence,
    multiplier,
    parse_number,
)
from .readings import Reading
from .vocabulary import Unit, alternation_by_first_char, approx_words, units

# Grammar pieces. A number (Arabic sums like `48+15`, Chinese, or a bare 百/千/万
# that only counts after an approximation word: `近千个`, `上百名`).
# A number never starts inside a run of digits: with the lookbehinds a run of n
# digits costs O(n) once, not once per position (`1111…` must not hang).
_ARABIC_START = rf"(?<![\d.+]){ARABIC}"
_CHINESE_START = rf"(?<![{CN_DIGITS}{CN_POSITIONS}]){CHINESE}"
_CORE = rf"(?:{_ARABIC_START}(?:\+{ARABIC}){{0,5}}|{_CHINESE_START}|[百千万])"
_DASH = r"(?:至|到|-|—|–|~|－)"
_FRACTION = rf"(?P<den>{_CHINESE_START}|{_ARABIC_START})分之(?P<nom>{CHINESE}|{ARABIC})"
_PERCENT_WORDS = rf"(?P<per>[百千])分之(?P<pnum>{CHINESE}|{ARABIC}|百)"
_DOUBLING = r"翻(?:了)?(?P<fan>[一两二三四五六七八九十]|\d+)番"


# `全年接待游客1200万,`: 万/亿 closing a clause stand for a count whose unit is implied.
_CLAUSE_AHEAD = r"(?=[,，。;；、!?！？)）\s]|$)"
_IMPLICIT = Unit("other", Decimal(1), "", "measure", "")


def _quantity(units_alt: str) -> str:
    """`NUMBER [[万亿] UNIT] dash NUMBER] [余多来] (UNIT | 万亿 [余多] UNIT)`: the common shape.

    A unit is tried before a multiplier, so `3.6千米` is 3.6 千米, not 3600 米. A
    range may write its unit twice (`5000元至8000元`, `16℃至25℃`, `3万元至5万元`):
    then the end must repeat the start's multiplier and unit, or it is no range.
    """
    first = (rf"(?P<num>{_CORE})(?:(?P<mult1>{MULTIPLIER})?(?P<u1>{units_alt})?{_DASH}(?P<num2>{_CORE}))?"
             rf"(?P<in1>余|多|来)?")
    last = (rf"(?:(?P<unit>{units_alt})|(?P<mult>{MULTIPLIER})(?P<in2>余|多)?"
            rf"(?:(?P<unit2>{units_alt})|{_CLAUSE_AHEAD}))")
    repeated = r"(?(mult1)(?P=mult1))(?P=u1)"
    return rf"{first}(?(u1){repeated}|{last})(?:/(?P<per_unit>{units_alt}))?"


def _written_multiple(unit: str) -> bool:
    """`万元`, `亿美元`: a multiplier written before another unit (`成` scales by itself)."""
    return unit[0] in "万亿" and unit[1:] in units()


@functools.cache
def grammar() -> re.Pattern:
    """The one pattern of a stated quantity, compiled on first use."""
    words = approx_words()
    before = alternation_by_first_char(w for w, a in words.items() if a.position == "before")
    after = alternation_by_first_char(w for w, a in words.items() if a.position == "after")
    # Written multiples (`万元`, `万亩`) are read as multiplier + unit, so that `2650万亩次`
    # is 万 + 亩次 and not 万亩 + a stray 次; tests check each row reads so.
    plain = alternation_by_first_char(u for u in units() if not _written_multiple(u))
    body = "|".join([_PERCENT_WORDS, _FRACTION, _DOUBLING, _quantity(plain)])
    # Most positions of a text start no quantity: a one-character lookahead over
    # every possible first character rejects them before any alternation is tried.
    first = {w[0] for w, a in words.items() if a.position == "before"} | set(CN_DIGITS + "十百千万翻")
    gate = "(?=[\\d" + re.escape("".join(sorted(first))) + "])"
    pattern = re.compile(rf"{gate}(?P<pre>{before})?(?P<below_zero>零下)?(?:{body})(?P<post>{after})?")
    if tuple(pattern.groupindex) != _GROUPS:
        raise ValueError(f"grammar groups {tuple(pattern.groupindex)} are not in `_GROUPS` order")
    return pattern



_YEAR_NUMBER = re.compile(r"(?:1[5-9]|20|21)\d\d")



def _value(text: str) -> Decimal | None:
    """The value of a number, canonical like `parse_number`'s (see `_scaled`)."""
    if "+" in text:  # `48+15项`: a sum, written as its parts
        parts = [parse_number(p) for p in text.split("+")]
        return None if any(p is None for p in parts) else _canonical(sum(parts, Decimal(0)))
    return parse_number(text)


def _combine(approxes: list[str]) -> str:
    """`近…余` (under and over) is `about`; otherwise the strongest word wins."""
    if len(approxes) == 1:
        return approxes[0]  # the common case: only the unit's own (`exact`, or 多 of `个多月`)
    kinds = set(approxes) - {"exact"}
    if {"over", "under"} <= kinds or "about" in kinds:
        return "about"
    return kinds.pop() if kinds else "exact"



# The grammar's groups in pattern order: `_read` unpacks `m.groups()` once instead of
# looking eighteen names up (`grammar` checks the order when it compiles).
_GROUPS = ("pre", "below_zero", "per", "pnum", "den", "nom", "fan", "num", "mult1", "u1", "num2", "in1",
           "unit", "mult", "in2", "unit2", "per_unit", "post")


def read(m: re.Match, text: str) -> Reading | None:
    """The value, unit and approximation of one grammar match, or None to reject it."""
    words = approx_words()
    start, end = m.start(), m.end()
    approxes: list[str] = []
    (pre, below_zero, per, pnum, den, nom, fan, num, mult1, u1, num2, in1,
     unit_text, mult, in2, unit2, per_unit, post) = m.groups()
    if pre:
        before_char = text[start - 1] if start else ""
        bare = num in ("百", "千", "万")
        if before_char and before_char in words[pre].not_preceded_by or (pre == "上" and not bare):
            start += len(pre)  # `签约29个`: 约 belongs to 签约; `上3个` is no approximation
        else:
            approxes.append(words[pre].approx)
    if post:
        approxes.append(words[post].approx)
    if fan:
        value = parse_number(fan) if fan != "两" else Decimal(2)
        if value is None:
            return None
        return Reading(start, end, value, "番", "other", "rate", _combine(approxes), doubling=True)
    if per:
        value = parse_number(pnum)
        unit = "%" if per == "百" else "‰"
        return None if value is None else Reading(start, end, value, unit, "percent", "rate", _combine(approxes))
    if den:
        den, nom = parse_number(den), parse_number(nom)
        if not den or nom is None:
            return None
        value = (nom / den).quantize(Decimal("0.0001")).normalize()
        return Reading(start, end, value, "分之", "percent", "rate", _combine(approxes))
    unit_text = unit_text or unit2 or u1
    mult = mult or (mult1 if u1 else "") or ""
    first_mult = (mult1 or "") if (mult1 or u1) else mult
    unit = units()[unit_text] if unit_text else _IMPLICIT
    unit_end = end - len(post) if post else end
    after_char = text[unit_end:unit_end + 1]
    if after_char and after_char in unit.not_followed_by:
        return None  # `三年级` is a grade, `五台山` a mountain, `3部分` a part
    if num in ("百", "千", "万") and not approxes:
        return None  # `千方百计`, `万人空巷`: a bare position is a number only after 近/上/逾
    if num in ("零", "〇"):
        return None  # `零部件`: 零 alone is no count
    if num == "一" and not approxes and not mult and not num2 and not in1 and not in2:
        return None  # `一支328人的服务队`, `一场活动`: 一 is an article, not a count
    value_max = None
    value = _value(num)
    if value is None and is_digit_sequence(num) and len(num) == 2:
        low, high = chinese_to_int(num[0]), chinese_to_int(num[1])
        if high != low + 1:
            return None
        value, value_max = Decimal(low), Decimal(high)  # `三四个`, `一两次`: a vague range
        approxes.append("about")
    elif value is None or is_digit_sequence(num):
        return None  # `二〇七所社区`: digits read one by one are a code or a year
    if unit_text == "年" and (_YEAR_NUMBER.fullmatch(num) or is_digit_sequence(num)):
        return None  # `2024年`, `二〇二五年`: a year, not a duration
    if unit.kind == "duration" and _time_frame(text, num, pre, start, end):
        return None  # `今年前两个月`, `近三年来`, `未来五年`: when, not how long
    if num2:
        value_max = _value(num2)
        if value_max is None:
            return None
    for inside in (in1, in2):
        if inside:
            approxes.append(words[inside].approx)
    approxes.append(unit.approx)
    value = _scaled(value, unit.multiplier * multiplier(first_mult) if first_mult else unit.multiplier)
    if below_zero:  # `零下5摄氏度`
        value = -value
    if value_max is not None:
        value_max = _scaled(value_max, unit.multiplier * multiplier(mult) if mult else unit.multiplier)
    if per_unit:  # `1.2万元/平方米`, `35微克/立方米`: a price or a concentration
        per = units()[per_unit].reported
        kind = "money" if unit.kind == "money" else "other"
        return Reading(start, end, value, f"{unit.reported}/{per}", kind, "measure", _combine(approxes), value_max)
    return Reading(start, end, value, unit.reported, unit.kind, unit.role, _combine(approxes), value_max)


# A duration in Chinese numerals framed by these words names a period of time
# (`今年前两个月`, `近三年来`, `三个月内`), not a measured length; `提前两天` and
# `连续三年` stay statistics, and so do Arabic ones (`最近3年`).
_FRAME_BEFORE = re.compile(r"(?:(?<!提)前|未来|过去|今后|最近|这)$")
_FRAME_AFTER = re.compile(r"来|内|以来")
_CHINESE_NUMBER = re.compile(CHINESE)


def _time_frame(text: str, num: str, pre: str | None, start: int, end: int) -> bool:
    if not _CHINESE_NUMBER.fullmatch(num):
        return False
    return (pre == "近" or bool(_FRAME_BEFORE.search(text, max(0, start - 2), start))
            or bool(_FRAME_AFTER.match(text, end)))


def _scaled(value: Decimal, factor: Decimal) -> Decimal:
    """`value × factor`, canonical. Values come canonical from `_value`, so the
    common factor 1 (no multiplier, a unit of its own) leaves them as they are."""
    return value if factor == 1 else _canonical(value * factor)


def _canonical(value: Decimal) -> Decimal:
    """An integer without exponent (`3E+2` → `300`), any other value normalised."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()

