"""Holidays, lunar dates and solar terms as Gregorian days.

For 1900–2100 the answers come from `data/calendar.tsv` (`calendar_table.py`; written by
`scripts/build_calendar.py` from lunar-python and chinese-calendar, and tested against
them), a lookup instead of about 3 ms of astronomy per new festival and year. For another
year, or a festival key the table was not built with, `calendar_library.py` asks
lunar-python and chinese-calendar themselves; it is imported only then, so neither library
is loaded by `import newsextract` or by a page whose dates fall in the table's years.

Our data file (`data/festivals.tsv`) only says which calendar a name lives in and its key
in lunar-python's own tables (`元旦` → solar `元旦节`, `端午节` → lunar `端午节`, `清明节` →
term `清明`).
"""
from __future__ import annotations

import datetime as _dt
import functools
from types import ModuleType

from . import calendar_table as _table
from .calendar_table import DAYS_A_WEEK, REGIONS, SOLAR_TERMS, NotInTable, has_break, shifted

__all__ = ["DAYS_A_WEEK", "REGIONS", "SOLAR_TERMS", "CalendarError", "NotInTable", "festival", "has_break",
           "has_any_break", "holiday_break", "lunar_date", "lunar_in_year", "lunar_new_year_eve", "nth_weekday",
           "regional_break", "regional_day", "shifted", "solar_term"]

_CACHED_DAYS = 512  # days looked up per function, kept: a page names few festivals


class CalendarError(ValueError):
    """A festival key that lunar-python does not know: fix `data/festivals.tsv`."""


def _library() -> ModuleType:
    """lunar-python and chinese-calendar, through `calendar_library.py`, loaded on first need."""
    from . import calendar_library
    return calendar_library


def _known_error(error: Exception) -> Exception:
    """The library's CalendarError as ours, so callers catch one class."""
    return CalendarError(str(error)) if isinstance(error, _library().CalendarError) else error


@functools.lru_cache(maxsize=_CACHED_DAYS)
def solar_term(name: str, year: int) -> _dt.date:
    """The day of solar term `name` (e.g. `冬至`) in Gregorian `year`."""
    if name not in SOLAR_TERMS:
        raise CalendarError(f"unknown solar term {name!r}; use one of {', '.join(SOLAR_TERMS)}")
    try:
        return _table.solar_term(name, year)
    except NotInTable:
        pass
    try:
        return _library().solar_term(name, year)
    except ValueError as error:
        raise _known_error(error) from error


@functools.lru_cache(maxsize=_CACHED_DAYS)
def lunar_date(year: int, month: int, day: int) -> _dt.date | None:
    """Lunar `year`-`month`-`day` (a negative month: the leap month) as a Gregorian day; None when
    that lunar year has no such month or the month is shorter."""
    try:
        return _table.lunar_date(year, month, day)
    except NotInTable:
        return _library().lunar_date(year, month, day)


def lunar_in_year(month: int, day: int, year: int) -> _dt.date | None:
    """Lunar `month`-`day` falling in Gregorian `year` (腊八 of 2025 is lunar 2024-12-08)."""
    return _table.in_gregorian_year(lunar_date, month, day, year)


def lunar_new_year_eve(year: int) -> _dt.date | None:
    """除夕 in Gregorian `year`: the day before that year's 春节 (None for a year
    lunar-python cannot place, like year 0 or 10000)."""
    new_year = lunar_date(year, 1, 1)
    return shifted(new_year, -1) if new_year is not None else None


def festival(calendar: str, key: str, year: int) -> _dt.date | None:
    """The day of a festival in Gregorian `year`."""
    if calendar == "eve":
        return lunar_new_year_eve(year)
    if calendar == "term":
        return solar_term(key, year)
    if calendar == "fixed":  # a day lunar-python does not list (澳门回归纪念日): the key is `12-20`
        month, day = (int(x) for x in key.split("-"))
        return _dt.date(year, month, day)
    if calendar == "lunar" and not _table.covers(year):
        return _library_festival(calendar, key, year)
    try:
        return _table.festival(calendar, key, year)
    except NotInTable:
        return _library_festival(calendar, key, year)


def _library_festival(calendar: str, key: str, year: int) -> _dt.date | None:
    try:
        return _library().festival(calendar, key, year)
    except ValueError as error:
        raise _known_error(error) from error


def nth_weekday(month: int, nth: int, weekday: int, year: int) -> _dt.date:
    """The `nth` `weekday` (0 = Sunday) of `month` in `year`."""
    return _table.nth_weekday(month, nth, weekday, year)


# ------------------------------------------------------------------ official breaks


@functools.cache
def has_any_break(key: str) -> bool:
    """Whether the festival `key` has an official break on the mainland or in Taiwan, Hong Kong or Macao."""
    return has_break(key) or any(k == key for _region, k in _table.regional_keys())


def regional_break(region: str, key: str, year: int) -> tuple[_dt.date, _dt.date] | None:
    """The break of the festival in `region` (`TW`, `HK`, `MO`: `calendar_table.REGIONS`) in `year` from
    `data/regional_breaks.tsv`, None when the region has no break that year; `NotInTable` when the table
    does not say (another region, festival or year): then the mainland's break stands in."""
    return _table.regional_break(region, key, year)[1]


def regional_day(region: str | None, key: str, year: int) -> _dt.date | None:
    """The festival's day in `region` when it is not lunar-python's (Taiwan's 國慶 is 10月10日), else None."""
    if region is None:
        return None
    try:
        return _table.regional_break(region, key, year)[0]
    except NotInTable:
        return None


@functools.lru_cache(maxsize=_CACHED_DAYS)
def holiday_break(calendar: str, key: str, year: int) -> tuple[_dt.date, _dt.date] | None:
    """The official break around a public holiday (`清明假期` 2025 → 4月4日–6日).

    The State Council fixes each year's break late in the previous year, so no rule
    computes it: the `chinese-calendar` package holds the published arrangements (in the
    table for 1900–2100, asked directly for other years). For a year it does not know yet
    we approximate from `data/holiday_breaks.tsv` (the festival day, a usual first-day
    offset and length). None for a festival without a break (`元宵节`).
    """
    if not has_break(key):
        return None
    if _table.covers(year):
        try:
            return _table.holiday_break(calendar, key, year)
        except NotInTable:
            pass
    try:
        return _library().holiday_break(calendar, key, year)
    except ValueError as error:
        raise _known_error(error) from error
