"""Holidays, lunar dates and solar terms as Gregorian days, computed by lunar-python.

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

from lunar_python import Lunar, Solar
from lunar_python.util import LunarUtil, SolarUtil

SOLAR_TERMS: tuple[str, ...] = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
     "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至")


class CalendarError(ValueError):
    """A festival key that lunar-python does not know: fix `data/festivals.tsv`."""


def _invert(table: dict) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for key, names in table.items():
        month, day = (int(x) for x in key.split("-"))
        for name in ([names] if isinstance(names, str) else names):
            out.setdefault(name, (month, day))
    return out


@functools.cache
def _solar_festivals() -> dict[str, tuple[int, int]]:
    """lunar-python's Gregorian festivals and commemorative days: name → (month, day)."""
    out = _invert(SolarUtil.FESTIVAL)
    for name, md in _invert(SolarUtil.OTHER_FESTIVAL).items():
        out.setdefault(name, md)
    return out


@functools.cache
def _lunar_festivals() -> dict[str, tuple[int, int]]:
    """lunar-python's lunar festivals: name → (lunar month, lunar day)."""
    out = _invert(LunarUtil.FESTIVAL)
    for name, md in _invert(LunarUtil.OTHER_FESTIVAL).items():
        out.setdefault(name, md)
    return out


def _date(solar: Solar) -> _dt.date:
    return _dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


@functools.lru_cache(maxsize=512)
def solar_term(name: str, year: int) -> _dt.date:
    """The day of solar term `name` (e.g. `冬至`) in Gregorian `year`."""
    if name not in SOLAR_TERMS:
        raise CalendarError(f"unknown solar term {name!r}; use one of {', '.join(SOLAR_TERMS)}")
    # The table of the lunar year around mid-year spans from the previous December
    # to the next March; each term appears once or twice (Chinese and pinyin keys).
    table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()
    index = _TERM_ORDER.index(name)
    for key, solar in table.items():
        if _TERM_ORDER_BY_KEY.get(key) == index and solar.getYear() == year:
            return _date(solar)
    raise CalendarError(f"lunar-python has no {name} in {year}")  # pragma: no cover


# lunar-python names each term by Chinese name and, for the ones repeated at the
# table's ends, by pinyin; both map onto the term's index here.
_TERM_ORDER = SOLAR_TERMS
_PINYIN = {"DONG_ZHI": "冬至", "XIAO_HAN": "小寒", "DA_HAN": "大寒", "LI_CHUN": "立春", "YU_SHUI": "雨水",
           "JING_ZHE": "惊蛰", "DA_XUE": "大雪"}
_TERM_ORDER_BY_KEY = {**{n: k for k, n in enumerate(SOLAR_TERMS)},
                      **{p: SOLAR_TERMS.index(n) for p, n in _PINYIN.items()}}


@functools.lru_cache(maxsize=512)
def lunar_date(year: int, month: int, day: int) -> _dt.date | None:
    """Lunar `year`-`month`-`day` as a Gregorian day; None when that lunar month is shorter."""
    try:
        return _date(Lunar.fromYmd(year, month, day).getSolar())
    except Exception:  # lunar-python raises a bare Exception for a day the month lacks
        return None


def lunar_in_year(month: int, day: int, year: int) -> _dt.date | None:
    """Lunar `month`-`day` falling in Gregorian `year` (腊八 of 2025 is lunar 2024-12-08)."""
    for lunar_year in (year, year - 1):
        found = lunar_date(lunar_year, month, day)
        if found is not None and found.year == year:
            return found
    return None


def lunar_new_year_eve(year: int) -> _dt.date:
    """除夕 in Gregorian `year`: the day before that year's 春节."""
    return lunar_date(year, 1, 1) - _dt.timedelta(days=1)


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
    raise CalendarError(f"unknown calendar {calendar!r}: use solar, lunar, term or eve")


def _known(table: dict[str, tuple[int, int]], key: str) -> tuple[int, int]:
    if key not in table:
        raise CalendarError(f"lunar-python does not know the festival {key!r}")
    return table[key]
