"""Numerals: Arabic (thousands separators, decimals), Chinese (positional and
digit-by-digit) and mixed (`32.5万`), shared by the dates and statistics grammars.

The pattern pieces here only say what a number looks like; which numbers are
quantities is the statistics grammar's business. Chinese numerals are converted
as cn2an converts them, but only on spans these pieces already recognised: cn2an's
`transform` on running text rewrites idioms (`一线` → `1线`).

Stable API: `ARABIC`, `CHINESE`, `MULTIPLIER`, `NUMBER`, `NUMERAL_START` (regex source strings to
embed in bigger patterns), `NUMBER_RE` (compiled), `parse_number`,
`chinese_to_int`, `digit_pair`, `is_digit_sequence`, `multiplier`, `ARABIC_POSITIONAL`,
`arabic_positional`.
"""
from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

from .offsets import fold
from .precompiled import compile_pattern

# Arabic digits, with a thousands separator only where groups of three follow
# (`129,941`); a lone comma is punctuation (folded `，`), never a separator. At most six groups
# (below 10**21): a number may start after any comma, so an unbounded chain with nothing after it
# (`123,456,…` over a whole line) was read to its end from each of its commas, its length squared.
ARABIC = r"(?:\d{1,3}(?:,\d{3}){1,6}(?!\d)|\d+)(?:\.\d+)?"
CN_DIGITS = "〇零一二两三四五六七八九"
CN_POSITIONS = "十百千万亿"
# A Chinese numeral starts with a digit or 十 (`十二`); a bare 百/千/万 (`近千`) is
# only a number after an approximation word, which the caller decides.
CHINESE = rf"[{CN_DIGITS}十][{CN_DIGITS}{CN_POSITIONS}]*(?:点[{CN_DIGITS}]+)?"
# Multipliers written after Arabic digits: `32.5万`, `1.2亿`, `3千万`, `2万亿`.
MULTIPLIER = r"(?:万亿|千万|百万|[百千万亿])"
NUMBER = rf"(?:{ARABIC}{MULTIPLIER}?|{CHINESE})"
# A character a numeral can start with (a bare 百/千/万 aside).
NUMERAL_START = rf"[\d{CN_DIGITS}十]"
NUMBER_RE = compile_pattern(NUMBER)
# Arabic digits with the positions below 万 written out, the part of a two-part number after its
# 万/亿 (`1萬2千`, `1萬2千5百`, `1萬零5百`, `8萬2,315`): Hong Kong, Macau and Taiwan papers write them so.
ARABIC_POSITIONAL = rf"零?{ARABIC}(?:[千百](?:零?\d[百十])?)?"

_DIGIT_VALUE = {c: k for k, c in enumerate("〇一二三四五六七八九")}
_DIGIT_VALUE.update({"零": 0, "两": 2})
_PAIRED = frozenset(_DIGIT_VALUE) - {"〇", "零"}  # the digits a vague pair is made of (`三四`)
_MULTIPLIER_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10 ** 4, "亿": 10 ** 8}
_ARABIC_RE = compile_pattern(rf"({ARABIC})({MULTIPLIER})?")
_CACHE_SIZE = 4096  # numerals kept converted: a page repeats few (`一`, `两`, `2024`)



# ------------------------------------------------------------------ positional numerals
# `一万二千` → 12000, read as cn2an 0.5's `cn2an(text, "normal")` reads it (MIT; a reader of our
# own because importing cn2an compiles its grammar, ~0.1 s of a first call, for the few numerals
# a page writes with positions). tests/test_numbers.py compares the two on every numeral of up to
# four characters and thousands of longer ones. The steps are cn2an's: complete the forms its
# writer emits, check the form against its grammar of integers, else read a spoken form
# (`一万二` is 一万二千), then add up the digits times their units.
_ZERO = "零〇"
_NONZERO = "一二两三四五六七八九"
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10 ** 4, "亿": 10 ** 8}
_LOWER_UNIT = {100: "十", 1000: "百", 10 ** 4: "千"}  # a spoken form's missing unit (no entry: no reading)
_ALL_DIGITS = _ZERO + _NONZERO
_ZERO_BEFORE_THOUSAND = compile_pattern(f"(万)零(?=[{_ALL_DIGITS}]千)")
_BIG_UNIT_MISSING_ZERO = compile_pattern(f"([万亿])([{_ALL_DIGITS}][十百])")
_THOUSAND_MISSING_ZERO = compile_pattern(f"(千)([{_ALL_DIGITS}]?十)")
_HUNDRED_MISSING_ONE = compile_pattern("(百)(十)")
_SPOKEN = compile_pattern(f"(?:[{_ALL_DIGITS}]{{0,2}}([{''.join(_UNIT_VALUE)}]))+[{_ALL_DIGITS}]")


def _upto_99(s: str, one: bool = False) -> bool:
    """`D?十D?` (`one`: `D十D?`) or, unless `one`, a lone digit `D`."""
    if len(s) == 1 and not one and s in _NONZERO:
        return True
    i = 1 if s[:1] and s[0] in _NONZERO else 0
    if one and i == 0 or s[i:i + 1] != "十":
        return False
    return len(s) == i + 1 or len(s) == i + 2 and s[i + 1] in _NONZERO


def _hundreds(s: str) -> bool:
    """`D百(零D)?` or `D百D十D?`: 100–999."""
    if len(s) < 2 or s[0] not in _NONZERO or s[1] != "百":
        return False
    rest = s[2:]
    return not rest or len(rest) == 2 and rest[0] in _ZERO and rest[1] in _NONZERO or _upto_99(rest, one=True)


def _upto_999(s: str) -> bool:
    return _hundreds(s) or _upto_99(s)


def _thousands(s: str) -> bool:
    """`D千(零 1–99)?` or `D千 100–999`: 1000–9999."""
    if len(s) < 2 or s[0] not in _NONZERO or s[1] != "千":
        return False
    rest = s[2:]
    return not rest or rest[0] in _ZERO and _upto_99(rest[1:]) or _hundreds(rest)


def _upto_9999(s: str) -> bool:
    return _thousands(s) or _upto_999(s)


def _ten_thousands(s: str) -> bool:
    """`(1–9999)万(零 1–999)?` or `(1–9999)万 1000–9999`."""
    head, unit, rest = s.partition("万")
    if not unit or not _upto_9999(head):
        return False
    return not rest or rest[0] in _ZERO and _upto_999(rest[1:]) or _thousands(rest)


def _upto_10e8(s: str) -> bool:
    return _ten_thousands(s) or _upto_9999(s)


def _integer(s: str) -> bool:
    """cn2an's grammar of a well-formed integer (`零`, up to 16 digits)."""
    if len(s) == 1 and s in _ZERO:
        return True
    head, unit, rest = s.partition("亿")
    if unit and _upto_10e8(head):
        return not rest or rest[0] in _ZERO and _upto_10e8(rest[1:]) or _ten_thousands(rest)
    return _upto_10e8(s)


def _positional(text: str) -> int:
    """A positional numeral of digits and units as cn2an's normal mode reads it; ValueError or
    KeyError where cn2an raises them."""
    text = text.replace("零十", "零一十").replace("零百", "零一百")
    text = _ZERO_BEFORE_THOUSAND.sub(r"\1", text)
    text = _BIG_UNIT_MISSING_ZERO.sub(r"\1零\2", text)
    text = _THOUSAND_MISSING_ZERO.sub(r"\1零\2", text)
    text = _HUNDRED_MISSING_ONE.sub(r"\1一\2", text)
    text = text.replace("零十", "零一十")
    if not _integer(text):
        if all(c in _DIGIT_VALUE for c in text):
            return int("".join(str(_DIGIT_VALUE[c]) for c in text))
        spoken = _SPOKEN.fullmatch(text)
        if len(text) < 3 or spoken is None:
            raise ValueError(f"not a numeral cn2an reads: {text}")
        text += _LOWER_UNIT[_UNIT_VALUE[spoken.group(1)]]
    value, unit, ten_thousands = 0, 1, 1
    for index, char in enumerate(reversed(text)):
        if char in _DIGIT_VALUE:
            value += _DIGIT_VALUE[char] * unit
            continue
        unit = _UNIT_VALUE[char]
        if unit % 10 ** 4 == 0:
            if unit > ten_thousands:
                ten_thousands = unit
            else:  # 万亿
                ten_thousands = unit = unit * ten_thousands
        if unit < ten_thousands:
            unit *= ten_thousands
        if index == len(text) - 1:
            value += unit
    return value


def is_digit_sequence(text: str) -> bool:
    """Chinese digits read one by one (`二〇二五`, `二〇七`): years and codes, not amounts."""
    return len(text) > 1 and not text.strip(CN_DIGITS)


def digit_pair(text: str) -> tuple[int, int] | None:
    """`三四` → (3, 4), `一两` → (1, 2): two Chinese digits side by side, neither 〇 nor
    零, are two numbers (a vague range, "three or four"), not one; else None."""
    if len(text) != 2 or text[0] not in _PAIRED or text[1] not in _PAIRED:
        return None
    return _DIGIT_VALUE[text[0]], _DIGIT_VALUE[text[1]]


def multiplier(text: str) -> int:
    """The factor a written multiplier stands for: `万` → 10000, `千万` → 10**7."""
    value = 1
    for char in text:
        value *= _MULTIPLIER_VALUE[char]
    return value


@functools.lru_cache(maxsize=_CACHE_SIZE)
def chinese_to_int(text: str) -> int | None:
    """A Chinese integer numeral as an int, or None when it is not one.

    Positional numerals are read as cn2an reads them (`一万二千` → 12000, `两千` → 2000,
    `十二` → 12); digit sequences are read digit by digit (`二〇二五` → 2025,
    `〇` → 0); a bare position counts as one of it (`千` → 1000, for `近千`).
    Two digits in a row without 〇 (`三四`) are a vague range, not a number: None.
    """
    if not text:
        return None
    if all(c in _DIGIT_VALUE for c in text):
        if digit_pair(text) is not None:
            return None  # `三四个` is "three or four", not 34
        value = 0
        for char in text:
            value = value * 10 + _DIGIT_VALUE[char]
        return value
    if any(c not in _DIGIT_VALUE and c not in _MULTIPLIER_VALUE for c in text):
        return None
    if text[0] in "百千万亿":
        text = "一" + text
    try:
        return _positional(text)
    except (ValueError, KeyError, IndexError):
        return None


_POSITION_STEP = compile_pattern(r"(零?)(\d)([千百十])")
_SMALL_POSITION = {"千": 1000, "百": 100, "十": 10}


@functools.lru_cache(maxsize=_CACHE_SIZE)
def arabic_positional(text: str) -> Decimal | None:
    """The value of an `ARABIC_POSITIONAL` part: `2千` → 2000, `2千5百` → 2500, `零5百` → 500,
    `2,315` → 2315; None where the positions do not fall (`5百2千`) or a bare digit follows a
    position it cannot fill (`2千5`, which one reads as 2500 or 2005)."""
    text = fold(text)
    if not text:
        return None
    plain = parse_number(text.removeprefix("零"))
    if plain is not None:
        return plain  # `2,315`, `7600`, `3千`, `零5`
    value, position, index = 0, 10 ** 4, 0
    while index < len(text):
        step = _POSITION_STEP.match(text, index)
        if step is None:
            break
        place = _SMALL_POSITION[step[3]]
        if place >= position:
            return None
        value, position, index = value + int(step[2]) * place, place, step.end()
    rest = text[index:]
    if rest.startswith("零") and rest[1:].isdigit() and len(rest) == 2:
        return Decimal(value + int(rest[1]))  # `2千零5`
    return Decimal(value) if not rest else None


def _chinese_decimal(text: str) -> Decimal | None:
    whole, _, fraction = text.partition("点")
    integer = chinese_to_int(whole) if whole else 0
    if integer is None or not fraction or any(c not in _DIGIT_VALUE for c in fraction):
        return None
    return Decimal(f"{integer}.{''.join(str(_DIGIT_VALUE[c]) for c in fraction)}")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def parse_number(text: str) -> Decimal | None:
    """The value of a numeral recognised by `NUMBER` (or a bare `千`), multipliers applied.

    `32.5万` → 325000, `1,234` → 1234, `一万二千` → 12000, `1.2亿` → 120000000,
    `一点五` → 1.5. Anything else gives None, never an exception.
    """
    text = fold(text).strip()
    if not text:
        return None
    arabic = _ARABIC_RE.fullmatch(text)
    if arabic:
        try:
            value = Decimal(arabic.group(1).replace(",", ""))
        except InvalidOperation:
            return None
        if arabic.group(2):
            value *= multiplier(arabic.group(2))
        return _normalize(value)
    if "点" in text:
        decimal = _chinese_decimal(text)
        return None if decimal is None else _normalize(decimal)
    integer = chinese_to_int(text)
    return None if integer is None else Decimal(integer)


def _normalize(value: Decimal) -> Decimal:
    """`325000.0` → `325000`; keeps written decimals (`80.33`), never an exponent."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()
