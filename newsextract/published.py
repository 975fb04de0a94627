"""The publication date a caller passes, in any common form.

`published` anchors a page's relative dates, so it must be one calendar day, given with
a year, a month and a day. Read in this order, the first reading wins:

1. a `date` or `datetime` (its own date, whatever its time zone);
2. ISO 8601 (`2025-03-13`, `2025-03-13 10:32`, `2025-03-13T10:32:00+08:00`): the standard
   library, no other parser called;
3. Chinese script and Chinese numeric forms (`2025年3月13日`, `二〇二五年三月十三日 星期四`,
   `2025/3/13` as year/month/day): the library's own date grammar, when it reads the
   whole value as one absolute day;
4. anything else (`13 March 2025`, `March 13, 2025`, `Thu, 13 Mar 2025`): dateparser,
   Chinese first, then English, year/month/day order, absolute readings only.

A relative or partial value (`昨天`, `3月12日`, `2025年3月`, `next Friday`) and a numeric
date whose day and month could be swapped (`3/4/2025`) raise a `ValueError` naming it:
a reference date that silently depends on today or on a guess would move every date of
the page.
"""
from __future__ import annotations

import datetime as _dt

from .dates.grammar import PartialDate, partial_dates
from .text.folding import fold
from .text.precompiled import compile_pattern

_EXAMPLES = "e.g. '2025-03-13', '2025年3月13日', '2025/3/13', '13 March 2025' or a datetime.date"
# `3/4/2025`: day-first in Europe, month-first in the US; `13/3/2025` can only be one.
_YEAR_LAST = compile_pattern(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*\d{4}\s*$")
# The fields of a partial date that are set on an absolute day (`2025年3月13日`), and the
# harmless extras (a weekday written after it, a part of the day, a clock time).
_DAY_FIELDS = ("year", "month", "day")
_EXTRAS = ("part_of_day", "time", "clock", "weekday")


def _iso(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _grammar(text: str) -> _dt.date | None:
    """The one absolute day the library's date grammar reads as the whole value."""
    readings = list(partial_dates(text))
    if len(readings) != 1:
        return None
    start, end, partial = readings[0]
    if start != 0 or text[end:].strip():
        return None
    set_fields = {name for name, value in zip(PartialDate._fields, partial, strict=False)
                  if value not in (None, False)}
    if set_fields - set(_EXTRAS) != set(_DAY_FIELDS):
        return None
    if partial.year is None or partial.month is None or partial.day is None:  # (implied by the test above)
        return None
    try:
        return _dt.date(partial.year, partial.month, partial.day)
    except ValueError:
        return None


def _dateparser(text: str) -> _dt.date | None:
    """dateparser's absolute reading of a complete date, or None. It is read against two
    different "todays": a reading that moves with them is relative and refused."""
    import dateparser  # here only: its import loads language data (~0.2 s)

    settings = {"DATE_ORDER": "YMD", "PREFER_DATES_FROM": "past", "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    readings = set()
    for base in (_dt.datetime(2000, 1, 1), _dt.datetime(2020, 6, 15)):
        found = dateparser.parse(text, languages=["zh", "en"], settings={**settings, "RELATIVE_BASE": base})
        if found is None:
            return None
        readings.add(found.date())
    return readings.pop() if len(readings) == 1 else None


def coerce_published(published: str | _dt.date | None) -> _dt.date | None:
    """The publication date from a `date`, a `datetime` or a string in a common form
    (see the module docstring); None passes through."""
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    if not isinstance(published, str):
        raise TypeError(f"newsextract: published must be a str, date or None, got {type(published).__name__}")
    text = fold(published).strip()
    found = _iso(text)
    if found is None and text:
        swappable = _YEAR_LAST.match(text)
        if swappable and swappable.group(1) != swappable.group(2) and max(map(int, swappable.groups())) <= 12:
            raise ValueError(f"newsextract: published {published!r} is ambiguous: its day and month could be "
                             f"either number; write it year first ({_EXAMPLES})")
        found = _grammar(text) or _dateparser(text)
    if found is None:
        raise ValueError(f"newsextract: published {published!r} is not a date with a year, month and day "
                         f"({_EXAMPLES})")
    return found
