"""Times of day: a clock time as written (`晚8点`, `下午3:30`, `9时30分许`, `上午9时至11时`)
read into 24-hour `HH:MM`.

The date grammar finds the clock text and the part of the day before it (`grammar.time_of_day`);
`read_clock` turns them into a `Clock`. A 12-hour dial is read by its part of the day:
`下午3点` is 15:00, `晚8点` 20:00, `凌晨2点` 02:00, `中午1点` 13:00; a written 24-hour time
(`20时`) stays as it is. `许`, `左右`, `多` after the time make it approximate. A range
(`9时至11时`, `9:00—11:30`) has an end; the end's own part of the day (`上午9时至下午5时`)
else the start's reads it. Midnight at the end of an evening (`晚上12点`) is `24:00`.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..text.numerals import chinese_to_int
from ..text.precompiled import compile_pattern

MINUTES_AN_HOUR = 60
NOON = 12
MIDNIGHT = 24  # `晚上12点`: the end of the day, ISO 8601's 24:00
# part of the day → the hours written on a 12-hour dial that it moves by 12 (`下午3点` → 15)
AFTERNOON_HOURS = {
    "noon": range(1, 6),          # 中午1点 → 13:00; 中午12点 stays
    "afternoon": range(1, 12),    # 下午3点 → 15:00
    "evening": range(5, 12),      # 晚8点 → 20:00; 晚上1点 is past midnight
    "night": range(6, 12),        # 夜里10点 → 22:00; 深夜2点 stays
}
LATE_MIDNIGHT = {"evening", "night"}  # where 12点 is the day's end (24:00)
EARLY_MIDNIGHT = {"early_morning"}   # where 12点 is the day's start (凌晨12点 → 00:00)
FRACTIONS = {"半": 30, "一刻": 15, "三刻": 45, "整": 0}

_POINT = compile_pattern(r"""
    (?P<hour> \d{1,2} | [〇零一二两三四五六七八九十]{1,3} )
    (?: : (?P<colon> \d{2} )                                      # 9:30
      | [时点] (?: (?P<minute> \d{1,2} | [〇零一二三四五六七八九十]{1,3} ) 分
                 | (?P<fraction> 半 | 一刻 | 三刻 | 整 ) )? )     # 9时30分, 九点半
""", re.VERBOSE)


class Clock(NamedTuple):
    """A time of day as `HH:MM` (24-hour), a range's end, and whether it is approximate."""

    start: str
    end: str | None = None
    approx: bool = False


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_to_int(text)


def _hhmm(point: re.Match, part_of_day: str | None) -> str | None:
    """One clock point in 24-hour time, or None when it names no time of day (`25时`)."""
    hour = _number(point["hour"])
    minute: int | None
    if point["colon"]:
        minute = int(point["colon"])
    elif point["minute"]:
        minute = _number(point["minute"])
    else:
        minute = FRACTIONS.get(point["fraction"] or "整", 0)
    if hour is None or minute is None or not 0 <= minute < MINUTES_AN_HOUR:
        return None
    if part_of_day in AFTERNOON_HOURS and hour in AFTERNOON_HOURS[part_of_day]:
        hour += NOON
    elif hour == NOON and part_of_day in LATE_MIDNIGHT:
        hour = MIDNIGHT
    elif hour == NOON and part_of_day in EARLY_MIDNIGHT:
        hour = 0
    if not 0 <= hour <= MIDNIGHT or (hour == MIDNIGHT and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


def read_clock(text: str, part_of_day: str | None, end_part_of_day: str | None,
               approx_words: frozenset[str]) -> Clock | None:
    """The clock time `text` writes (`9时30分许`, `9时至11时`), read with the part of
    the day before it; None when it names no time of day."""
    points = list(_POINT.finditer(text))
    if not points:
        return None
    start = _hhmm(points[0], part_of_day)
    if start is None:
        return None
    end = _hhmm(points[-1], end_part_of_day or part_of_day) if len(points) > 1 else None
    approx = any(word in text for word in approx_words)
    return Clock(start, end, approx)
