"""Festivals, solar terms, lunar months and holiday breaks of 1900–2100, read from a table.

`data/calendar.tsv` is written by `scripts/build_calendar.py` from lunar-python and
chinese-calendar; a lookup here answers what `calendar.py` asks those libraries, without
their astronomy (about 3 ms for each new festival and year). The functions have the
signatures of `calendar.py`'s. A question the table cannot answer (a year outside
1900–2100, a festival key it was not built with) raises `NotInTable`, and the caller asks
the libraries instead.

The table, one row per Gregorian year Y (its header row, keyed `year`, names the columns):

- `new_year`: the Gregorian day (MMDD, in Y) of 正月初一 of lunar year Y;
- `leap`: the lunar month after which Y has a leap month (0: none);
- `months`: the lunar months of lunar year Y in order, the leap one after its month, `1`
  for 30 days and `0` for 29;
- `terms`: the day of each solar term in Y, 小寒 … 冬至, two terms a month, as twelve
  groups of four digits (`0520` in the first group: 小寒 on 1月5日, 大寒 on 1月20日);
- one column per lunar festival (and 除夕) that `data/festivals.tsv` names: its Gregorian
  day in Y (MMDD) as `calendar.festival` gives it, `-` when it has none in Y;
- one column per official break of `data/holiday_breaks.tsv` (`break:春节`): the break
  chinese-calendar gives, `YYYY-MM-DD/YYYY-MM-DD`, or `-` where it gives none (years it
  does not cover yet), for which the usual arrangement of `holiday_breaks.tsv` stands in,
  as in `calendar.holiday_break`.

After the years, one row per fixed-day festival: key, `solar` and `MM-DD`, or key, `week`
and `M-N-W` (the N-th weekday W of month M, 0 = Sunday), from lunar-python's tables.

`data/regional_breaks.tsv` (the same script, from the `holidays` package) holds the breaks of
Taiwan, Hong Kong and Macao, which a paper of those regions means (`春節連假`, `國慶連假`): one
row per region, festival and year, `TW:国庆节:2026`, with the festival's day there when it is
not lunar-python's (Taiwan's 國慶: 10月10日) and the break.
"""
from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import rows

FIRST_YEAR = 1900
LAST_YEAR = 2100
DAYS_A_WEEK = 7
MONTHS_A_YEAR = 12
LUNAR_MONTH_DAYS = (29, 30)  # a `months` digit 0 or 1
NO_DAY = "-"
BREAK_PREFIX = "break:"
#: The 24 solar terms in the order they fall in a Gregorian year, two a month.
SOLAR_TERMS: tuple[str, ...] = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至")
#: The first columns of a year row; the festival and break columns follow, as the header row names them.
YEAR_COLUMNS = ("year", "new_year", "leap", "months", "terms")


class NotInTable(LookupError):
    """The table has no answer (a year outside 1900–2100, a key it was not built with): ask the libraries."""


@dataclass(frozen=True)
class Year:
    """One row of the table."""

    year: int
    new_year: _dt.date  # 正月初一 of lunar year `year`
    month_starts: dict[int, tuple[_dt.date, int]]  # lunar month (negative: leap) → first day, days
    terms: tuple[_dt.date, ...]  # in SOLAR_TERMS order
    festivals: dict[str, _dt.date | None]  # lunar-python key → day in this Gregorian year
    breaks: dict[str, tuple[_dt.date, _dt.date] | None]  # lunar-python key → official break


def _mmdd(year: int, text: str) -> _dt.date:
    return _dt.date(year, int(text[:2]), int(text[2:]))


def _lunar_months(new_year: _dt.date, leap: int, lengths: str) -> dict[int, tuple[_dt.date, int]]:
    order = [m for k in range(1, MONTHS_A_YEAR + 1) for m in ((k, -k) if k == leap else (k,))]
    if len(order) != len(lengths):
        raise ValueError(f"{len(lengths)} month lengths for {len(order)} months")
    out: dict[int, tuple[_dt.date, int]] = {}
    first = new_year
    for month, bit in zip(order, lengths, strict=True):
        days = LUNAR_MONTH_DAYS[int(bit)]
        out[month] = (first, days)
        first += _dt.timedelta(days=days)
    return out


def _terms(year: int, text: str) -> tuple[_dt.date, ...]:
    groups = text.split()
    if len(groups) != MONTHS_A_YEAR or any(len(g) != 4 for g in groups):
        raise ValueError(f"terms: expected twelve groups of four digits, got {text!r}")
    return tuple(_dt.date(year, month, int(g[k:k + 2])) for month, g in enumerate(groups, start=1) for k in (0, 2))


def _break(text: str) -> tuple[_dt.date, _dt.date] | None:
    if text == NO_DAY:
        return None
    first, last = text.split("/")
    return _dt.date.fromisoformat(first), _dt.date.fromisoformat(last)


@functools.cache
def _table() -> tuple[tuple[str, ...], dict[int, tuple[str, ...]], dict[str, tuple[int, int]],
                      dict[str, tuple[int, int, int]]]:
    """The header row, each year's row as read, the solar festivals (key → month, day) and the weekday
    festivals (key → month, n, weekday). A year's row is decoded by `_year` when it is first asked for:
    a page names a few years, not 201."""
    header: tuple[str, ...] | None = None
    years: dict[int, tuple[str, ...]] = {}
    solar: dict[str, tuple[int, int]] = {}
    week: dict[str, tuple[int, int, int]] = {}
    for row in rows("calendar", 3):
        if row[0] == "year":
            header = row
            continue
        if row[1] == "solar":
            month, day = (int(x) for x in row[2].split("-"))
            solar[row[0]] = (month, day)
            continue
        if row[1] == "week":
            month, nth, weekday = (int(x) for x in row[2].split("-"))
            week[row[0]] = (month, nth, weekday)
            continue
        if header is None or len(row) != len(header):
            raise ValueError(f"data/calendar.tsv: year row {row[0]} does not match the header row")
        years[int(row[0])] = row
    return header or (), years, solar, week


@functools.lru_cache(maxsize=256)  # a memo (benchmarks/caches.py empties it for cold pages): every year fits
def _year(year: int) -> Year:
    header, years, _, _ = _table()
    row = years.get(year)
    if row is None:
        raise NotInTable(f"the calendar table covers {FIRST_YEAR}–{LAST_YEAR}, not {year}")
    cells = dict(zip(header, row, strict=True))
    new_year = _mmdd(year, cells["new_year"])
    return Year(
        year=year, new_year=new_year,
        month_starts=_lunar_months(new_year, int(cells["leap"]), cells["months"]),
        terms=_terms(year, cells["terms"]),
        festivals={k: (None if v == NO_DAY else _mmdd(year, v)) for k, v in cells.items()
                   if k not in YEAR_COLUMNS and not k.startswith(BREAK_PREFIX)},
        breaks={k[len(BREAK_PREFIX):]: _break(v) for k, v in cells.items() if k.startswith(BREAK_PREFIX)})


def covers(year: int) -> bool:
    """Whether the table holds Gregorian (and lunar) year `year`."""
    return year in _table()[1]


def shifted(day: _dt.date, days: int) -> _dt.date | None:
    """`day` moved by `days`, or None past the ends of Python's calendar (as `calendar.shifted`)."""
    ordinal = day.toordinal() + days
    return _dt.date.fromordinal(ordinal) if 1 <= ordinal <= _dt.date.max.toordinal() else None


# ------------------------------------------------------------------ what calendar.py asks
def solar_term(name: str, year: int) -> _dt.date:
    """The day of solar term `name` (e.g. `冬至`) in Gregorian `year`."""
    if name not in SOLAR_TERMS:
        raise NotInTable(f"no solar term {name!r}")
    return _year(year).terms[SOLAR_TERMS.index(name)]


def lunar_date(year: int, month: int, day: int) -> _dt.date | None:
    """Lunar `year`-`month`-`day` (a negative month: the leap month) as a Gregorian day; None when
    that lunar year has no such month or the month is shorter."""
    found = _year(year).month_starts.get(month)
    if found is None or not 1 <= day <= found[1]:
        return None
    return found[0] + _dt.timedelta(days=day - 1)


def lunar_in_year(month: int, day: int, year: int) -> _dt.date | None:
    """Lunar `month`-`day` falling in Gregorian `year` (腊八 of 2025 is lunar 2024-12-08)."""
    return in_gregorian_year(lunar_date, month, day, year)


def in_gregorian_year(lunar_date: Callable[[int, int, int], _dt.date | None],
                      month: int, day: int, year: int) -> _dt.date | None:
    """Lunar `month`-`day` falling in Gregorian `year`, by the table's `lunar_date` or the library's:
    lunar year Y first, then Y − 1 (a late lunar month falls in the next Gregorian year)."""
    for lunar_year in (year, year - 1):
        found = lunar_date(lunar_year, month, day)
        if found is not None and found.year == year:
            return found
    return None


def lunar_new_year_eve(year: int) -> _dt.date | None:
    """除夕 in Gregorian `year`: the day before that year's 春节."""
    return shifted(_year(year).new_year, -1)


def nth_weekday(month: int, nth: int, weekday: int, year: int) -> _dt.date:
    """The `nth` `weekday` (0 = Sunday) of `month` in `year`."""
    first = _dt.date(year, month, 1)
    shift = (weekday - (first.weekday() + 1) % DAYS_A_WEEK) % DAYS_A_WEEK
    day = shifted(first, shift + DAYS_A_WEEK * (nth - 1))
    if day is None:
        raise ValueError(f"no {nth}th weekday {weekday} of {year}-{month}")
    return day


def festival(calendar: str, key: str, year: int) -> _dt.date | None:
    """The day of a festival in Gregorian `year`."""
    _, _, solar, week = _table()
    if calendar == "solar":
        if key not in solar:
            raise NotInTable(f"no solar festival {key!r} in the table")
        return _dt.date(year, *solar[key])
    if calendar == "week":
        if key not in week:
            raise NotInTable(f"no weekday festival {key!r} in the table")
        return nth_weekday(*week[key], year)
    if calendar == "term":
        return solar_term(key, year)
    if calendar in ("lunar", "eve"):
        festivals = _year(year).festivals
        if key not in festivals:
            raise NotInTable(f"no lunar festival {key!r} in the table")
        return festivals[key]
    if calendar == "fixed":  # a day lunar-python does not list (澳门回归纪念日): the key is `12-20`, as in calendar.py
        month, day = (int(x) for x in key.split("-"))
        return _dt.date(year, month, day)
    raise NotInTable(f"unknown calendar {calendar!r}")


@functools.cache
def usual_breaks() -> dict[str, tuple[str, int, int]]:
    """`data/holiday_breaks.tsv`: festival key → (chinese-calendar's name of the holiday, first day
    in days from the festival day, length); read here for the table and the library alike."""
    return {key: (name, int(first), int(length)) for key, name, first, length in rows("holiday_breaks", 4)}


def has_break(key: str) -> bool:
    """Whether the festival `key` (lunar-python's) is a public holiday with an official break."""
    return key in usual_breaks()


#: the home province of a paper (`organizations/home.py`) → its region in `data/regional_breaks.tsv`
REGIONS = {"台湾省": "TW", "香港特别行政区": "HK", "澳门特别行政区": "MO"}


@functools.cache
def _regional() -> dict[tuple[str, str, int], tuple[_dt.date | None, tuple[_dt.date, _dt.date] | None]]:
    """`data/regional_breaks.tsv`: (region, festival key, year) → (the festival's day there when it is
    not lunar-python's, the break)."""
    out = {}
    for key, day, found in rows("regional_breaks", 3):
        region, festival, year = key.rsplit(":", 2)
        out[(region, festival, int(year))] = (None if day == NO_DAY else _mmdd(int(year), day), _break(found))
    return out


@functools.cache
def regional_keys() -> frozenset[tuple[str, str]]:
    """The (region, festival key) pairs the regional table has breaks for."""
    return frozenset((region, key) for region, key, _ in _regional())


def regional_break(region: str, key: str, year: int) -> tuple[_dt.date | None, tuple[_dt.date, _dt.date] | None]:
    """The festival's day in `region` when it is not lunar-python's (None) and the region's break (None: none
    that year); NotInTable for a region, festival or year the table does not hold."""
    found = _regional().get((region, key, year))
    if found is None:
        raise NotInTable(f"no {region} break of {key!r} in {year} in the regional table")
    return found


def holiday_break(calendar: str, key: str, year: int) -> tuple[_dt.date, _dt.date] | None:
    """The official break around a public holiday (`清明假期` 2025 → 4月4日–6日): chinese-calendar's
    where it has one, else the usual arrangement of `holiday_breaks.tsv` around the festival day."""
    if key not in usual_breaks():
        return None
    breaks = _year(year).breaks
    if key not in breaks:
        raise NotInTable(f"no break column for {key!r} in the table")
    day = festival(calendar, key, year)
    if day is None:
        return None
    if breaks[key] is not None:
        return breaks[key]
    _name, first_offset, length = usual_breaks()[key]
    first, last = shifted(day, first_offset), shifted(day, first_offset + length - 1)
    return (first, last) if first is not None and last is not None else None
