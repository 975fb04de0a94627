"""`data/calendar.tsv` (written by scripts/build_calendar.py) agrees with the libraries it came from.

For a sample of years (30 drawn with a fixed seed, the edges 1900 and 2100, and every year
chinese-calendar has official breaks for), the table reader `dates/calendar_table.py` gives
the same day as `dates/calendar_library.py` (which asks lunar-python and chinese-calendar) for every
festival of `data/festivals.tsv`, every solar term and every official break; lunar dates and
the solar terms (by another route than the script's: the day's own term) are checked on the
random years and the edges, the breaks against chinese-calendar directly on every year it
covers. A table that drifts from the libraries fails here. So does `data/regional_breaks.tsv`, the breaks of
Taiwan, Hong Kong and Macao, checked against the `holidays` package (a pinned test dependency).
"""
from __future__ import annotations

import datetime as dt
import functools
import random

import chinese_calendar
import pytest
from lunar_python import Solar

from newsextract import lexicon
from newsextract.dates import calendar, calendar_library, calendar_table

SEED = 21


def _holiday_years() -> list[int]:
    years = []
    for year in range(calendar_table.FIRST_YEAR, calendar_table.LAST_YEAR + 1):
        try:
            chinese_calendar.is_workday(dt.date(year, 6, 1))
        except NotImplementedError:
            continue
        years.append(year)
    return years


HOLIDAY_YEARS = _holiday_years()
EDGES = (calendar_table.FIRST_YEAR, calendar_table.LAST_YEAR)
OTHER_YEARS = [y for y in range(EDGES[0], EDGES[1] + 1) if y not in HOLIDAY_YEARS and y not in EDGES]
RANDOM_YEARS = sorted(random.Random(SEED).sample(OTHER_YEARS, 30))
SAMPLE = sorted({calendar_table.FIRST_YEAR, calendar_table.LAST_YEAR, *RANDOM_YEARS, *HOLIDAY_YEARS})
FESTIVALS = sorted({(cal, key) for _name, cal, key, *_ in lexicon.rows("festivals", 3)})
BREAKS = [key for key, *_ in lexicon.rows("holiday_breaks", 4)]
CALENDAR_OF = dict((key, cal) for cal, key in FESTIVALS)


def test_the_sample_holds_the_edges_and_every_year_with_official_breaks():
    assert HOLIDAY_YEARS and HOLIDAY_YEARS[0] <= 2024 <= HOLIDAY_YEARS[-1]
    assert {1900, 2100} <= set(SAMPLE) and len(SAMPLE) == 2 + 30 + len(HOLIDAY_YEARS)


@pytest.mark.parametrize("year", SAMPLE)
def test_every_festival_and_term_is_the_day_calendar_py_gives(year):
    for cal, key in FESTIVALS:
        assert calendar_table.festival(cal, key, year) == calendar_library.festival(cal, key, year), (cal, key, year)
    for name in calendar_library.SOLAR_TERMS:
        assert calendar_table.solar_term(name, year) == calendar_library.solar_term(name, year), (name, year)
    assert calendar_table.lunar_new_year_eve(year) == calendar_library.lunar_new_year_eve(year)


@pytest.mark.parametrize("year", SAMPLE)
def test_every_break_is_the_one_calendar_py_gives(year):
    for key in BREAKS:
        cal = CALENDAR_OF[key]
        expected = calendar_library.holiday_break(cal, key, year)
        assert calendar_table.holiday_break(cal, key, year) == expected, (key, year)
    assert calendar_table.has_break("春节") and not calendar_table.has_break("元宵节")
    assert calendar_table.holiday_break("lunar", "元宵节", year) is None


@pytest.mark.parametrize("year", [*EDGES, *RANDOM_YEARS])
def test_lunar_dates_are_the_days_calendar_py_gives(year):
    # the first and the thirtieth day of every month (a month of 29 days has none), and of the leap
    # month (negative) if any; a leap month the year lacks and day 31 are none
    leap = [m for m in calendar_table._year(year).month_starts if m < 0]
    lacking = next(-m for m in range(1, 13) if -m not in leap)
    days = {month: (1, 30) for month in [*range(1, 13), *leap]}
    days[lacking] = (1,)
    days[1] = (1, 29, 30, 31)
    for month, month_days in days.items():
        for day in month_days:
            assert calendar_table.lunar_date(year, month, day) == calendar_library.lunar_date(year, month, day), \
                (year, month, day)
    if year > calendar_table.FIRST_YEAR:  # 腊八: lunar year Y, else Y - 1
        assert calendar_table.lunar_in_year(12, 8, year) == calendar_library.lunar_in_year(12, 8, year)


@pytest.mark.parametrize("year", [*EDGES, *RANDOM_YEARS])
def test_each_term_is_the_day_lunar_python_names_so(year):
    """Another route than the script's: the day's own term, as lunar-python names it (NOTES.md: the
    Chinese key `冬至` of a lunar year's table is the previous December's)."""
    for i, name in enumerate(calendar_table.SOLAR_TERMS):
        day = calendar_table.solar_term(name, year)
        assert day.year == year and day.month == i // 2 + 1, (name, day)
        assert Solar.fromYmd(day.year, day.month, day.day).getLunar().getJieQi() == name, (name, day)
    for name in ("小寒", "冬至"):  # the table's ends: no day earlier is the term
        before = calendar_table.solar_term(name, year) - dt.timedelta(days=1)
        assert Solar.fromYmd(before.year, before.month, before.day).getLunar().getJieQi() != name


@pytest.mark.parametrize("year", HOLIDAY_YEARS)
def test_each_official_break_is_a_run_of_days_off_that_chinese_calendar_marks(year):
    for key, holiday, *_ in lexicon.rows("holiday_breaks", 4):
        found = calendar_table._year(year).breaks[key]
        if found is None:
            continue
        first, last = found
        days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
        assert not any(chinese_calendar.is_workday(d) for d in days), (key, found)
        assert any(chinese_calendar.get_holiday_detail(d) == (True, holiday) for d in days), (key, found)
        for edge in (first - dt.timedelta(days=1), last + dt.timedelta(days=1)):
            assert chinese_calendar.is_workday(edge), (key, found, edge)


@pytest.mark.parametrize("name, year, day", [
    ("冬至", 2024, "2024-12-21"),  # the trap of NOTES.md: not 2023-12-22
    ("冬至", 2023, "2023-12-22"),
    ("小寒", 2025, "2025-01-05"),
    ("清明", 2025, "2025-04-04"),
])
def test_known_terms(name, year, day):
    assert calendar_table.solar_term(name, year) == dt.date.fromisoformat(day)


@pytest.mark.parametrize("cal, key, year, first, last", [
    ("term", "清明", 2025, "2025-04-04", "2025-04-06"),
    ("solar", "国庆节", 2025, "2025-10-01", "2025-10-08"),  # merged with 中秋
    ("solar", "元旦节", 2024, "2023-12-30", "2024-01-01"),  # begins the year before
    ("lunar", "春节", 2030, "2030-02-02", "2030-02-09"),  # past chinese-calendar: the usual 8 days from 除夕
])
def test_known_breaks(cal, key, year, first, last):
    assert calendar_table.holiday_break(cal, key, year) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("call", [
    lambda: calendar_table.solar_term("冬至", 1899),
    lambda: calendar_table.festival("lunar", "春节", 2101),
    lambda: calendar_table.lunar_date(1899, 1, 1),
    lambda: calendar_table.holiday_break("lunar", "春节", 2101),
    lambda: calendar_table.festival("lunar", "寒衣节", 2025),  # a key the table was not built with
    lambda: calendar_table.festival("solar", "no such day", 2025),
    lambda: calendar_table.solar_term("春节", 2025),
])
def test_what_the_table_cannot_answer_is_not_in_table(call):
    with pytest.raises(calendar_table.NotInTable):
        call()


def test_the_table_covers_every_festival_and_break_the_library_names():
    _, years, solar, week = calendar_table._table()
    assert sorted(years) == list(range(calendar_table.FIRST_YEAR, calendar_table.LAST_YEAR + 1))
    row = calendar_table._year(2025)
    for cal, key in FESTIVALS:
        if cal in ("lunar", "eve"):
            assert key in row.festivals, key
        elif cal == "solar":
            assert key in solar, key
        elif cal == "week":
            assert key in week, key
    assert set(row.breaks) == set(BREAKS)


def test_the_source_line_names_the_libraries_and_their_versions():
    from importlib import metadata

    first = (lexicon.resources.files("newsextract") / "data" / "calendar.tsv").read_text(encoding="utf-8")
    source = first.splitlines()[0]
    assert source.startswith("# source: lunar-python ") and "chinese-calendar " in source
    assert "scripts/build_calendar.py" in source
    for package in ("lunar_python", "chinese_calendar"):
        assert metadata.version(package).split(".")[0] in source


@pytest.mark.parametrize("new_year, leap, lengths", [
    (dt.date(2025, 1, 29), 6, "101001010111"),  # a leap year needs thirteen months
    (dt.date(2024, 2, 10), 0, "0100101101101"),  # a common year twelve
])
def test_a_malformed_lunar_year_is_refused(new_year, leap, lengths):
    with pytest.raises(ValueError):
        calendar_table._lunar_months(new_year, leap, lengths)


@pytest.mark.parametrize("terms", ["0520 0318", "0520 0318 0520 0420 0521 0521 0722 0723 0723 0823 0722 072"])
def test_malformed_terms_are_refused(terms):
    with pytest.raises(ValueError):
        calendar_table._terms(2025, terms)


# ------------------------------------------------------------------ calendar.py: the table, else the libraries
@pytest.mark.parametrize("year", [1850, 1899, 1900, 2024, 2100, 2101, 2150])
def test_calendar_py_gives_the_library_day_inside_the_table_and_outside_it(year):
    for cal, key in FESTIVALS:
        assert calendar.festival(cal, key, year) == calendar_library.festival(cal, key, year), (cal, key, year)
    for key in BREAKS:
        cal = CALENDAR_OF[key]
        assert calendar.holiday_break(cal, key, year) == calendar_library.holiday_break(cal, key, year), (key, year)
    for name in calendar.SOLAR_TERMS:
        assert calendar.solar_term(name, year) == calendar_library.solar_term(name, year), (name, year)
    for month, day in ((1, 1), (12, 8), (-4, 1), (12, 30), (1, 31), (0, 1), (13, 1)):
        assert calendar.lunar_date(year, month, day) == calendar_library.lunar_date(year, month, day), (month, day)
    assert calendar.lunar_new_year_eve(year) == calendar_library.lunar_new_year_eve(year)


@pytest.mark.parametrize("call", [
    lambda: calendar.solar_term("春眠", 2025),
    lambda: calendar.festival("lunar", "没有这个节", 2025),
    lambda: calendar.festival("solar", "没有这个节", 1850),
    lambda: calendar.festival("moon", "春节", 2025),
])
def test_an_unknown_key_or_calendar_is_a_calendar_error(call):
    with pytest.raises(calendar.CalendarError):
        call()


def test_lunar_python_is_imported_only_for_a_year_outside_the_table():
    import subprocess
    import sys

    code = ("import sys, newsextract\n"
            "from newsextract.dates import calendar\n"
            "calendar.festival('lunar', '春节', 2025); calendar.holiday_break('lunar', '春节', 2025)\n"
            "print('lunar_python' in sys.modules, 'chinese_calendar' in sys.modules)\n"
            "calendar.festival('lunar', '春节', 2150)\n"
            "print('lunar_python' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True"]


def test_every_year_row_decodes():
    """Year rows are decoded on first use (`_year`), so a malformed one would fail only then: decode all."""
    _, years, _, _ = calendar_table._table()
    for year in years:
        decoded = calendar_table._year(year)
        assert decoded.year == year and len(decoded.terms) == 24 and decoded.new_year.year == year


# ------------------------------------------------------------------ regional breaks (data/regional_breaks.tsv)
REGIONAL = [row for row in lexicon.rows("regional_breaks", 3)]
REGIONAL_HOLIDAYS = {key: (names.split(";"), day, tuple(categories.split(",")))
                     for key, names, day, categories in lexicon.rows("regional_holidays", 4)}


@functools.cache
def _package_calendar(country: str, categories: tuple[str, ...]):
    """The holidays package's calendar of a region over the table's years and one on each side."""
    import holidays

    first, last = (int(row[0].rsplit(":", 1)[1]) for row in (REGIONAL[0], REGIONAL[-1]))
    return holidays.country_holidays(country, years=range(first - 1, last + 2), categories=categories,
                                     language="en_US")


def test_the_regional_table_names_the_installed_holidays_version_and_every_row_of_its_source():
    from importlib import metadata

    source = (lexicon.resources.files("newsextract") / "data" / "regional_breaks.tsv").read_text(encoding="utf-8")
    assert source.startswith(f"# source: holidays {metadata.version('holidays')} (python-holidays")
    assert "MIT" in source.splitlines()[0] and "scripts/build_calendar.py" in source.splitlines()[0]
    years = sorted({int(row[0].rsplit(":", 1)[1]) for row in REGIONAL})
    assert years == list(range(years[0], years[-1] + 1)) and years[0] <= 2025 <= 2030 <= years[-1]
    assert {row[0].rsplit(":", 1)[0] for row in REGIONAL} == set(REGIONAL_HOLIDAYS)
    assert len(REGIONAL) == len(years) * len(REGIONAL_HOLIDAYS)


@pytest.mark.parametrize("region", sorted({key.split(":")[0] for key in REGIONAL_HOLIDAYS}))
def test_each_regional_break_is_a_run_of_days_off_that_the_holidays_package_names(region):
    """Another route than the script's: every day of a break is off (a holiday of the region's
    categories, or a Saturday or Sunday that is no make-up workday), the days around it are not, and
    a day of it carries one of the festival's names; a year with no break has no day with one."""
    checked = 0
    for key, day, found in REGIONAL:
        if not key.startswith(region + ":"):
            continue
        festival, year = key.rsplit(":", 1)
        names, kind, categories = REGIONAL_HOLIDAYS[festival]
        package = _package_calendar(region, categories)
        make_up = set(package.weekend_workdays)

        def off(d: dt.date) -> bool:
            return d in package or (d.weekday() >= 5 and d not in make_up)  # noqa: B023

        def named(d: dt.date) -> bool:
            return any(n.removesuffix(" (observed)") in names for n in package.get_list(d))  # noqa: B023

        carrying = [d for d in package if d.year == int(year) and named(d)]
        if found == "-":
            assert not carrying, key
            continue
        first, last = (dt.date.fromisoformat(x) for x in found.split("/"))
        days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
        assert all(off(d) for d in days), key
        assert not off(first - dt.timedelta(days=1)) and not off(last + dt.timedelta(days=1)), key
        assert min(carrying) in days, key
        if kind == "holiday":
            assert day == min(d for d in carrying if names[0] in package.get_list(d)).strftime("%m%d"), key
        else:
            assert day == "-", key
        checked += 1
    assert checked


@pytest.mark.parametrize("region, key, year, first, last", [
    ("TW", "春节", 2026, "2026-02-14", "2026-02-22"),  # heldout27, heldout30 taiwan_news
    ("TW", "春节", 2025, "2025-01-25", "2025-02-02"),  # with the bridge day 1月27日 (made up on 2月8日)
    ("TW", "2-28", 2026, "2026-02-27", "2026-03-01"),  # heldout32/taiwan_news
    ("TW", "端午节", 2026, "2026-06-19", "2026-06-21"),  # heldout35/taiwan_news
    ("TW", "国庆节", 2026, "2026-10-09", "2026-10-11"),  # heldout40/taiwan_news
    ("HK", "清明", 2026, "2026-04-03", "2026-04-07"),  # heldout33/hk_news, with Easter
])
def test_known_regional_breaks(region, key, year, first, last):
    assert calendar.regional_break(region, key, year) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_taiwans_national_day_is_its_own_and_a_year_outside_the_regional_table_is_not_in_it():
    assert calendar.regional_day("TW", "国庆节", 2026) == dt.date(2026, 10, 10)
    assert calendar.regional_day("HK", "国庆节", 2026) is None  # lunar-python's 10月1日, as on the mainland
    assert calendar.regional_day(None, "国庆节", 2026) is None
    with pytest.raises(calendar_table.NotInTable):
        calendar.regional_break("TW", "春节", 1990)
    with pytest.raises(calendar_table.NotInTable):
        calendar.regional_break("TW", "圣诞节", 2026)


def test_tagged_days_are_what_the_script_writes_from_lunar_python():
    """`data/tagged_days.tsv` is `scripts/build_tagged_days.py`'s output for the installed lunar-python,
    and every day in it is the day lunar-python gives its name."""
    import importlib.util
    import pathlib

    from lunar_python.util import SolarUtil

    path = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "build_tagged_days.py"
    spec = importlib.util.spec_from_file_location("build_tagged_days", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    committed = (lexicon.resources.files("newsextract") / "data" / "tagged_days.tsv").read_text(encoding="utf-8")
    assert committed == script.render(), "run scripts/build_tagged_days.py"
    listed = {name: key for key, names in {**SolarUtil.FESTIVAL, **SolarUtil.OTHER_FESTIVAL}.items()
              for name in ([names] if isinstance(names, str) else names)}
    festivals = {row[0] for row in lexicon.rows("festivals", 4)}
    for name, day in lexicon.rows("tagged_days", 2):
        assert name not in festivals and listed[name] == day, name
