#!/usr/bin/env python3
"""Build `newsextract/data/calendar.tsv`: lunar months, solar terms, festivals and official
holiday breaks of 1900–2100, which `newsextract.dates.calendar_table` reads instead of
computing them per call (`dates/calendar_table.py` describes the columns); and
`newsextract/data/regional_breaks.tsv`: the holiday breaks of Taiwan, Hong Kong and Macao,
which a paper of those regions means (`春節連假`, `國慶連假` on a Taiwan page is not the mainland's).

Sources, both MIT-licensed dependencies of newsextract:

- **lunar-python** (6tail/lunar-python): the lunar months of each lunar year
  (`LunarYear.getMonthsInYear`), the solar terms (`getJieQiTable` of the lunar year around
  1 June, every key of a term, Chinese or pinyin, read: the Chinese `冬至` of a table is the
  previous December's, `DONG_ZHI` this December's), the lunar festivals as lunar month-days
  (`LunarUtil.FESTIVAL`, then `OTHER_FESTIVAL`) placed in each Gregorian year as
  `calendar.lunar_in_year` does (lunar year Y first, then Y − 1), and the fixed-day and
  weekday festivals (`SolarUtil.FESTIVAL`, `OTHER_FESTIVAL`, `WEEK_FESTIVAL`);
- **chinese-calendar** (LKI/chinese-calendar): the official breaks, walked from the festival
  day (or the day after or before it) over the days off that it marks as that holiday, as
  `calendar._official_break` does; `-` for a year it does not know.

Which festivals and breaks: those `data/festivals.tsv` and `data/holiday_breaks.tsv` name.

    python scripts/build_calendar.py [--check]

`--check` writes nothing and exits 1 when the file differs from what the installed
libraries give. The output is deterministic.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import pathlib
import sys
from importlib import metadata

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsextract.dates.calendar_table import (  # noqa: E402
    BREAK_PREFIX,
    FIRST_YEAR,
    LAST_YEAR,
    NO_DAY,
    SOLAR_TERMS,
    YEAR_COLUMNS,
)

DATA = ROOT / "newsextract" / "data"
OUT = DATA / "calendar.tsv"
REGIONAL_OUT = DATA / "regional_breaks.tsv"
REGIONAL_YEARS = range(2000, 2036)  # the years the regional table holds; the mainland's calendar outside them
SATURDAY = 5
ONE_DAY = _dt.timedelta(days=1)


def _tsv(name: str) -> list[list[str]]:
    """The rows of a data file (comments and blank lines skipped)."""
    lines = (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _festival_keys() -> dict[str, list[str]]:
    """calendar → the lunar-python keys `festivals.tsv` uses, in file order, each once."""
    out: dict[str, list[str]] = {}
    for _name, calendar, key, *_ in _tsv("festivals"):
        if key not in out.setdefault(calendar, []):
            out[calendar].append(key)
    return out


def _month_days(table: dict) -> dict[str, tuple[int, ...]]:
    """A lunar-python festival table (`"5-5": "端午节"`, a name or a list) as name → numbers, first key wins."""
    out: dict[str, tuple[int, ...]] = {}
    for key, names in table.items():
        for name in [names] if isinstance(names, str) else names:
            out.setdefault(name, tuple(int(x) for x in key.split("-")))
    return out


def _date(solar) -> _dt.date:
    return _dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def lunar_year(year: int) -> tuple[_dt.date, int, str]:
    """正月初一, the leap month (0: none) and the month lengths (`1`: 30 days) of lunar year `year`."""
    from lunar_python import LunarYear, Solar

    lunar = LunarYear.fromYear(year)
    months = lunar.getMonthsInYear()
    order = [m.getMonth() for m in months]
    leap = lunar.getLeapMonth()
    expected = [m for k in range(1, 13) for m in ((k, -k) if k == leap else (k,))]
    if order != expected:
        raise SystemExit(f"lunar year {year}: months {order}, expected {expected}")
    lengths = "".join({29: "0", 30: "1"}[m.getDayCount()] for m in months)
    return _date(Solar.fromJulianDay(months[0].getFirstJulianDay())), leap, lengths


def solar_terms(year: int) -> list[_dt.date]:
    """The day of each of the 24 terms in Gregorian `year`, in `SOLAR_TERMS` order."""
    from lunar_python import Lunar, Solar

    # JIE_QI_IN_USE lists a table's keys in order: the previous 大雪 (pinyin), 冬至 … 大雪, then the
    # next 冬至 … 惊蛰 in pinyin; the key at position i is the term JIE_QI[(i - 1) % 24]
    name_of = {key: Lunar.JIE_QI[(i - 1) % len(Lunar.JIE_QI)] for i, key in enumerate(Lunar.JIE_QI_IN_USE)}
    found: dict[str, set[_dt.date]] = {}
    for key, solar in Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable().items():
        day = _date(solar)
        if day.year == year:
            found.setdefault(name_of[key], set()).add(day)
    out = []
    for i, name in enumerate(SOLAR_TERMS):
        days = found.get(name, set())
        if len(days) != 1:
            raise SystemExit(f"{year}: {name} on {sorted(days)}, expected one day")
        (day,) = days
        if day.month != i // 2 + 1:  # two terms a month, 小寒 and 大寒 in January
            raise SystemExit(f"{year}: {name} on {day}, expected in month {i // 2 + 1}")
        out.append(day)
    return out


def lunar_festival(month: int, day: int, year: int) -> _dt.date | None:
    """Lunar `month`-`day` in Gregorian `year`: lunar year `year` first, then `year - 1`."""
    from lunar_python import Lunar

    for lunar in (year, year - 1):
        try:
            found = _date(Lunar.fromYmd(lunar, month, day).getSolar())
        except Exception:  # lunar-python raises a bare Exception for a day the month lacks
            continue
        if found.year == year:
            return found
    return None


def official_break(holiday: str, day: _dt.date) -> tuple[_dt.date, _dt.date] | None:
    """chinese-calendar's break holding a day it names `holiday`, found at `day`, the day after or before."""
    import chinese_calendar

    try:
        seed = next((d for d in (day, day + ONE_DAY, day - ONE_DAY)
                     if chinese_calendar.get_holiday_detail(d) == (True, holiday)), None)
        if seed is None:
            return None
        first = last = seed
        while not chinese_calendar.is_workday(first - ONE_DAY):
            first -= ONE_DAY
        while not chinese_calendar.is_workday(last + ONE_DAY):
            last += ONE_DAY
    except NotImplementedError:  # a year it has no arrangement for
        return None
    return first, last


def build() -> list[str]:
    """The file's lines, from the installed lunar-python and chinese-calendar."""
    from lunar_python import Lunar
    from lunar_python.util import LunarUtil, SolarUtil

    keys = _festival_keys()
    unknown = set(keys) - {"solar", "lunar", "term", "eve", "week", "fixed"}  # fixed: the key is the day
    if unknown:
        raise SystemExit(f"festivals.tsv: unknown calendars {sorted(unknown)}")
    if set(SOLAR_TERMS) != set(Lunar.JIE_QI):
        raise SystemExit("calendar_table.SOLAR_TERMS are not lunar-python's 24 terms")
    lunar_days = _month_days(LunarUtil.FESTIVAL)
    for name, md in _month_days(LunarUtil.OTHER_FESTIVAL).items():
        lunar_days.setdefault(name, md)
    solar_days = _month_days(SolarUtil.FESTIVAL)
    for name, md in _month_days(SolarUtil.OTHER_FESTIVAL).items():
        solar_days.setdefault(name, md)
    week_days = _month_days(SolarUtil.WEEK_FESTIVAL)
    for calendar, table in (("lunar", lunar_days), ("solar", solar_days), ("week", week_days)):
        missing = [k for k in keys.get(calendar, []) if k not in table]
        if missing:
            raise SystemExit(f"festivals.tsv: lunar-python has no {calendar} festival {missing}")
    missing_terms = [k for k in keys.get("term", []) if k not in SOLAR_TERMS]
    if missing_terms:
        raise SystemExit(f"festivals.tsv: no solar term {missing_terms}")
    breaks = [(key, holiday) for key, holiday, *_ in _tsv("holiday_breaks")]
    calendar_of = {key: calendar for calendar, ks in keys.items() for key in ks}
    festival_columns = keys.get("lunar", []) + keys.get("eve", [])

    header = [*YEAR_COLUMNS, *festival_columns, *(BREAK_PREFIX + key for key, _ in breaks)]
    versions = {name: metadata.version(name) for name in ("lunar_python", "chinese_calendar")}
    known = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if _covered(y)]
    lines = [
        f"# source: lunar-python {versions['lunar_python']} (6tail/lunar-python, MIT) for lunar months, solar "
        f"terms and festival days, chinese-calendar {versions['chinese_calendar']} (LKI/chinese-calendar, MIT) "
        f"for the official breaks ({known[0]}–{known[-1]}); generated by scripts/build_calendar.py, do not edit",
        "# one row per Gregorian year (columns: the header row `year`; dates/calendar_table.py describes them),",
        "# then one row per fixed-day festival: lunar-python key, solar (MM-DD) or week (month-n-weekday, 0 = Sunday)",
        "\t".join(header),
    ]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        new_year, leap, lengths = lunar_year(year)
        terms = solar_terms(year)
        groups = " ".join(f"{terms[2 * m].day:02d}{terms[2 * m + 1].day:02d}" for m in range(12))
        days: dict[str, _dt.date | None] = {}
        for key in festival_columns:
            if calendar_of[key] == "eve":
                days[key] = new_year - ONE_DAY
            else:
                days[key] = lunar_festival(*lunar_days[key], year)
        cells = [str(year), new_year.strftime("%m%d"), str(leap), lengths, groups]
        cells += [d.strftime("%m%d") if d else NO_DAY for d in days.values()]
        for key, holiday in breaks:
            day = _festival_day(calendar_of[key], key, year, lunar_days, solar_days, terms, new_year)
            found = official_break(holiday, day) if day is not None else None
            cells.append(f"{found[0].isoformat()}/{found[1].isoformat()}" if found else NO_DAY)
        lines.append("\t".join(cells))
    for key in keys.get("solar", []):
        month, day = solar_days[key]
        lines.append(f"{key}\tsolar\t{month:02d}-{day:02d}")
    for key in keys.get("week", []):
        month, nth, weekday = week_days[key]
        lines.append(f"{key}\tweek\t{month}-{nth}-{weekday}")
    return lines


def _covered(year: int) -> bool:
    import chinese_calendar

    try:
        chinese_calendar.is_workday(_dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def _festival_day(calendar: str, key: str, year: int, lunar_days, solar_days, terms, new_year) -> _dt.date | None:
    """The festival day a break is found around."""
    if calendar == "solar":
        return _dt.date(year, *solar_days[key])
    if calendar == "lunar":
        return lunar_festival(*lunar_days[key], year)
    if calendar == "term":
        return terms[SOLAR_TERMS.index(key)]
    if calendar == "eve":
        return new_year - ONE_DAY
    raise SystemExit(f"holiday_breaks.tsv: no break rule for a {calendar} festival ({key})")


def regional_break(country: str, names: frozenset[str], categories: tuple[str, ...], year: int,
                   day_name: str | None = None) -> tuple[_dt.date | None, tuple[_dt.date, _dt.date] | None]:
    """The day `day_name` first falls on in `year` (None when not asked for or absent), and the break:
    the run of days off around the first day of `year` that carries one of `names`."""
    import holidays

    calendar = holidays.country_holidays(country, years=range(year - 1, year + 2), categories=categories,
                                         language="en_US")
    make_up = set(calendar.weekend_workdays)  # Taiwan's 補班: a Saturday worked for a bridge day off

    def named(day: _dt.date) -> set[str]:
        return {name.removesuffix(" (observed)") for name in calendar.get_list(day)}

    def off(day: _dt.date) -> bool:
        return day in calendar or (day.weekday() >= SATURDAY and day not in make_up)

    days = sorted(d for d in calendar if d.year == year)
    seed = next((d for d in days if named(d) & names), None)
    own = next((d for d in days if day_name is not None and day_name in calendar.get_list(d)), None)
    if seed is None:
        return own, None
    first = last = seed
    while off(first - ONE_DAY):
        first -= ONE_DAY
    while off(last + ONE_DAY):
        last += ONE_DAY
    return own, (first, last)


def build_regional() -> list[str]:
    """`regional_breaks.tsv`'s lines, from the installed holidays package."""
    lines = [
        f"# source: holidays {metadata.version('holidays')} (python-holidays, vacanza/holidays, MIT) for the public "
        f"holidays of Taiwan, Hong Kong and Macao that regional_holidays.tsv names, {REGIONAL_YEARS[0]}–"
        f"{REGIONAL_YEARS[-1]}; generated by scripts/build_calendar.py, do not edit",
        "# region:festival key:year	the festival's day there (MMDD; `-`: lunar-python's, as on the mainland)	"
        "the break (first/last; `-`: none that year)",
    ]
    for key, names, day, categories in _tsv("regional_holidays"):
        country, festival = key.split(":", 1)
        wanted = names.split(";")
        for year in REGIONAL_YEARS:
            own, found = regional_break(country, frozenset(wanted), tuple(categories.split(",")), year,
                                        wanted[0] if day == "holiday" else None)
            lines.append("\t".join((f"{country}:{festival}:{year}", own.strftime("%m%d") if own else NO_DAY,
                                    f"{found[0].isoformat()}/{found[1].isoformat()}" if found else NO_DAY)))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files instead of writing them")
    args = ap.parse_args(argv)
    status = 0
    for out, lines in ((OUT, build), (REGIONAL_OUT, build_regional)):
        text = "\n".join(lines()) + "\n"
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == text
            print(f"{out.relative_to(ROOT)}: {'up to date' if same else 'differs from the libraries'}")
            status |= 0 if same else 1
            continue
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(text.splitlines())} lines, {len(text.encode('utf-8')):,} bytes")
    return status


if __name__ == "__main__":
    sys.exit(main())
