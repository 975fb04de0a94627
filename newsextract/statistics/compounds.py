"""A duration written in two units (`5年2个月`, `一年六个月`, `2小时20分钟`) is one
statistic: the grammar reads each part, so the larger part is dropped and the smaller one
is widened over it, its value counted in the smaller unit (`2小时20分钟` → 140 分钟), as
the golds of sentences and travel times write it.

Only a part with its own classifier joins (`个月`, `分钟`): `9年6月` stays as read, as
`6月` may be a month.
"""
from __future__ import annotations

from decimal import Decimal

from ..text.numerals import NUMBER, parse_number
from ..text.precompiled import compile_pattern
from .readings import Reading

# larger unit → (the smaller unit written after it, how many of it make one)
_PARTS = {"年": ("个月", 12), "小时": ("分钟", 60)}
_SMALLER = {smaller: (larger, factor) for larger, (smaller, factor) in _PARTS.items()}
_SMALLER_AFTER = compile_pattern(rf"{NUMBER}(?:{'|'.join(s for s, _ in _PARTS.values())})")
_LARGER_BEFORE = {larger: compile_pattern(rf"(?P<num>{NUMBER}){larger}$") for larger in _PARTS}
_REACH = 12  # the longest larger part looked back at (`一千二百五十年`)


def is_larger_part(text: str, reading: Reading) -> bool:
    """`5年` of `5年2个月`: the smaller part after it takes the whole."""
    return (reading.kind == "duration" and reading.unit in _PARTS and reading.value_max is None
            and _SMALLER_AFTER.match(text, reading.end) is not None)


def widened(text: str, reading: Reading) -> Reading:
    """`2个月` of `5年2个月` → the reading from `5` with value 62: the larger part right
    before it joins (an approximation before the larger part is not read)."""
    if reading.kind != "duration" or reading.unit not in _SMALLER or reading.value_max is not None:
        return reading
    larger, factor = _SMALLER[reading.unit]
    m = _LARGER_BEFORE[larger].search(text, max(0, reading.start - _REACH), reading.start)
    value = parse_number(m.group("num")) if m else None
    if m is None or value is None:
        return reading
    reading.start = m.start()
    reading.value = value * Decimal(factor) + reading.value
    return reading
