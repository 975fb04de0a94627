"""Numerals: Arabic (thousands separators, decimals), Chinese (positional and
digit-by-digit) and mixed (`32.5万`), shared by the dates and statistics grammars.

The pattern pieces here only say what a number looks like; which numbers are
quantities is the statistics grammar's business. Chinese numerals are converted
with cn2an, but only on spans these pieces already recognised: cn2an's
`transform` on running text rewrites idioms (`一线` → `1线`).

Stable API: `ARABIC`, `CHINESE`, `MULTIPLIER`, `NUMBER`, `NUMERAL_START` (regex source strings to
embed in bigger patterns), `NUMBER_RE` (compiled), `parse_number`,
`chinese_to_int`, `digit_pair`, `is_digit_sequence`, `multiplier`.
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from .offsets import fold

# Arabic digits, with a thousands separator only where groups of three follow
# (`129,941`); a lone comma is punctuation (folded `，`), never a separator.
ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
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
NUMBER_RE = re.compile(NUMBER)

_DIGIT_VALUE = {c: k for k, c in enumerate("〇一二三四五六七八九")}
_DIGIT_VALUE.update({"零": 0, "两": 2})
_PAIRED = frozenset(_DIGIT_VALUE) - {"〇", "零"}  # the digits a vague pair is made of (`三四`)
_MULTIPLIER_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10 ** 4, "亿": 10 ** 8}
_ARABIC_RE = re.compile(rf"({ARABIC})({MULTIPLIER})?")
_CACHE_SIZE = 4096  # numerals kept converted: a page repeats few (`一`, `两`, `2024`)



@functools.cache
def _cn2an():
    """cn2an's converter, imported on first use: the import costs ~80 ms and most
    pages write their amounts in Arabic digits."""
    import cn2an

    return cn2an.cn2an

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

    Positional numerals go through cn2an (`一万二千` → 12000, `两千` → 2000,
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
        value = _cn2an()(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if isinstance(value, int) or float(value).is_integer() else None


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
