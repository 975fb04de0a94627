"""Holidays, lunar dates and solar terms as Gregorian days, computed by lunar-python and
chinese-calendar: what `calendar.py` asks for a year outside its table (1900–2100), and what
`scripts/build_calendar.py` and the table's tests compare against. Imported only then, so
`import newsextract` does not load lunar-python.

Our data file (`data/festivals.tsv`) only says which calendar a name lives in and
its key in lunar-python's own tables (`元旦` → solar `元旦节`, `端午节` → lunar
`端午节`, `清明节` → term `清明`); the days themselves always come from the
library, never from a table we typed.

Trap (NOTES.md): `getJieQiTable()` of one lunar year holds two 冬至 — the Chinese key
is the previous December's, the pinyin key `DONG_ZHI` this December's. We pick, among
all keys of a term, the day that falls in the Gregorian year asked for.
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import TypeVar

from lunar_python import Lunar, Solar
from lunar_python.util import LunarUtil, SolarUtil

from .calendar_table import has_break, in_gregorian_year, nth_weekday, shifted, usual_breaks

# The 24 solar terms in the order they fall in a Gregorian year (小寒 … 冬至), from
# lunar-python's own table, which starts at 冬至.
SOLAR_TERMS: tuple[str, ...] = (*Lunar.JIE_QI[1:], Lunar.JIE_QI[0])


_CACHED_DAYS = 512  # days computed per function, kept: a page names few festivals
_MID_YEAR = (6, 1)  # the lunar year around this Gregorian day holds all of that year's terms
_Row = TypeVar("_Row")  # a festival table's value: (month, day) or (month, n, weekday)


class CalendarError(ValueError):
    """A festival key that lunar-python does not know: fix `data/festivals.tsv`."""


def _invert(table: dict) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for key, names in table.items():
        month, day = (int(x) for x in key.split("-"))
        for name in ([names] if isinstance(names, str) else names):
            out.setdefault(name, (month, day))
    return out


def _festivals(util) -> dict[str, tuple[int, int]]:
    """A lunar-python table's festivals, then its other days: name → (month, day)."""
    out = _invert(util.FESTIVAL)
    for name, md in _invert(util.OTHER_FESTIVAL).items():
        out.setdefault(name, md)
    return out


@functools.cache
def _solar_festivals() -> dict[str, tuple[int, int]]:
    """lunar-python's Gregorian festivals and commemorative days: name → (month, day)."""
    return _festivals(SolarUtil)


@functools.cache
def _lunar_festivals() -> dict[str, tuple[int, int]]:
    """lunar-python's lunar festivals: name → (lunar month, lunar day)."""
    return _festivals(LunarUtil)


def _date(solar: Solar) -> _dt.date:
    return _dt.date(solar.getYear(), solar.getMonth(), solar.getDay())



@functools.lru_cache(maxsize=_CACHED_DAYS)
def solar_term(name: str, year: int) -> _dt.date:
    """The day of solar term `name` (e.g. `冬至`) in Gregorian `year`."""
    if name not in SOLAR_TERMS:
        raise CalendarError(f"unknown solar term {name!r}; use one of {', '.join(SOLAR_TERMS)}")
    # The table of the lunar year around mid-year spans from the previous December
    # to the next March; each term appears once or twice (Chinese and pinyin keys).
    table = Solar.fromYmd(year, *_MID_YEAR).getLunar().getJieQiTable()
    index = _TERM_ORDER.index(name)
    for key, solar in table.items():
        if _TERM_ORDER_BY_KEY.get(key) == index and solar.getYear() == year:
            return _date(solar)
    raise CalendarError(f"lunar-python has no {name} in {year}")  # pragma: no cover


# lunar-python names each term of a year's table by its Chinese name and, for the ones
# repeated at the table's ends, by pinyin: `JIE_QI_IN_USE` lists the keys in order,
# the previous 大雪 (`DA_XUE`) first, then 冬至 … 大雪, then `DONG_ZHI` … `JING_ZHE`,
# so the key at position i is the term `JIE_QI[(i - 1) % 24]`. Both map onto the
# term's index here.
_TERM_ORDER = SOLAR_TERMS
_TERM_ORDER_BY_KEY = {key: SOLAR_TERMS.index(Lunar.JIE_QI[(i - 1) % len(Lunar.JIE_QI)])
                      for i, key in enumerate(Lunar.JIE_QI_IN_USE)}


@functools.lru_cache(maxsize=_CACHED_DAYS)
def lunar_date(year: int, month: int, day: int) -> _dt.date | None:
    """Lunar `year`-`month`-`day` as a Gregorian day; None when that lunar month is shorter."""
    try:
        return _date(Lunar.fromYmd(year, month, day).getSolar())
    except Exception:  # lunar-python raises a bare Exception for a day the month lacks
        return None


def lunar_in_year(month: int, day: int, year: int) -> _dt.date | None:
    """Lunar `month`-`day` falling in Gregorian `year` (腊八 of 2025 is lunar 2024-12-08)."""
    return in_gregorian_year(lunar_date, month, day, year)


def lunar_new_year_eve(year: int) -> _dt.date | None:
    """除夕 in Gregorian `year`: the day before that year's 春节 (None for a year
    lunar-python cannot place, like year 0 or 10000)."""
    new_year = lunar_date(year, 1, 1)
    return shifted(new_year, -1) if new_year is not None else None


def festival(calendar: str, key: str, year: int) -> _dt.date | None:
    """The day of a festival in Gregorian `year`."""
    if calendar == "solar":
        month, day = _known(_solar_festivals(), key)
        return _dt.date(year, month, day)
    if calendar == "lunar":
        month, day = _known(_lunar_festivals(), key)
        return lunar_in_year(month, day, year)
    if calendar == "term":
        return solar_term(key, year)
    if calendar == "eve":
        return lunar_new_year_eve(year)
    if calendar == "week":
        return nth_weekday(*_known(_week_festivals(), key), year)
    if calendar == "fixed":  # a day lunar-python does not list (澳门回归纪念日): the key is `12-20`
        month, day = (int(x) for x in key.split("-"))
        return _dt.date(year, month, day)
    raise CalendarError(f"unknown calendar {calendar!r}: use solar, lunar, term, eve, week or fixed")


@functools.cache
def _week_festivals() -> dict[str, tuple[int, int, int]]:
    """lunar-python's festivals on the n-th weekday of a month (母亲节: May, 2nd, Sunday):
    name → (month, n, weekday with 0 = Sunday, as lunar-python counts)."""
    out: dict[str, tuple[int, int, int]] = {}
    for key, name in SolarUtil.WEEK_FESTIVAL.items():
        month, nth, weekday = (int(x) for x in key.split("-"))
        out.setdefault(name, (month, nth, weekday))
    return out



def _known(table: dict[str, _Row], key: str) -> _Row:
    if key not in table:
        raise CalendarError(f"lunar-python does not know the festival {key!r}")
    return table[key]


# ------------------------------------------------------------------ official breaks


@functools.lru_cache(maxsize=_CACHED_DAYS)
def holiday_break(calendar: str, key: str, year: int) -> tuple[_dt.date, _dt.date] | None:
    """The official break around a public holiday (`清明假期` 2025 → 4月4日–6日).

    The State Council fixes each year's break late in the previous year, so no rule
    computes it: the `chinese-calendar` package holds the published arrangements and we
    walk from the festival day over the days it marks as that holiday. For a year it
    does not know yet (or without the package) we approximate from
    `data/holiday_breaks.tsv` (the festival day, a usual first-day offset and length).
    None for a festival without a break (`元宵节`).
    """
    if not has_break(key):
        return None
    name, first_offset, length = usual_breaks()[key]
    day = festival(calendar, key, year)
    if day is None:
        return None
    official = _official_break(name, day)
    if official is not None:
        return official
    first = shifted(day, first_offset)
    last = shifted(day, first_offset + length - 1)
    return (first, last) if first is not None and last is not None else None


def _official_break(name: str, day: _dt.date) -> tuple[_dt.date, _dt.date] | None:
    """The run of days off around `day` that holds a day chinese-calendar names `name`.

    The run includes the weekend days the State Council counts in (端午 2024: 6月8日–10日,
    where only the 10th is marked) and a neighbouring holiday merged into one break
    (国庆 and 中秋 2025: 10月1日–8日)."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - the package is a dependency
        return None
    one = _dt.timedelta(days=1)
    try:
        # the festival day itself may be a workday of the break's edge (除夕 before 2025)
        near = (shifted(day, k) for k in (0, 1, -1))
        seed = next((d for d in near if d is not None and chinese_calendar.get_holiday_detail(d) == (True, name)),
                    None)
        if seed is None:
            return None
        first = last = seed
        while not chinese_calendar.is_workday(first - one):
            first -= one
        while not chinese_calendar.is_workday(last + one):
            last += one
    except NotImplementedError:  # a year the package has no arrangement for
        return None
    return first, last
