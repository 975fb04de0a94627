"""Dates: every temporal expression of an article, resolved against the publication date.

Two steps, kept apart (ctparse's productions and its `Time` with unknown fields):
1. `grammar.partial_dates` reads each expression into a `PartialDate` — what the
   text says, with the year, month or anchor possibly unknown.
2. `resolve(partial, ctx, anchor, toward, dateline)` anchors it, in text order: absolute
   parts as written; relative words to the reference day — the article's dateline day
   (`datelines.py`) or else the publication date; anaphors (`当日`, `次日`, `同年`) to the
   last date of the same article; a time with no date like `当天`. Festivals and solar
   terms come from lunar-python (`calendar.py`).

NEAREST, the news rule for what the text leaves open (one rule, here): a date without
a year (`5月24日`, `国庆节`, `腊八`), a day without a month (`12日`) and a weekday without
a week (`周三`) is the occurrence nearest the reference day, before or after it — a news
report speaks of what has just happened or is about to. When its clause points one way
(`将于`, `定于`; `举行了`, `已于`: `direction`), the nearest occurrence on that side (a
week's slack for deadlines just past). Not the future-leaning reading of Duckling and
most assistants (`周一` on a Tuesday is yesterday, not next Monday).

dateparser is not used on Chinese: it reads `3月12日` as "3 months 12 days ago" and
`32.5` as a date (NOTES.md); it reads Latin-script dates only (`latin.py`).
"""
from __future__ import annotations

import calendar as _monthdays
import datetime as _dt
import functools
import re
from collections import Counter
from typing import NamedTuple

from ..context import Context
from ..lexicon import rows
from ..models import ClockTime, DateMention, DateValue, Grain, Home, Resolution
from ..text.dictionary import BLOCK_CHARS, dictionary
from ..text.numerals import chinese_to_int
from ..text.offsets import ArticleText
from ..text.overlaps import choose
from ..text.precompiled import compile_pattern
from ..text.rules import CLAUSE_END, CLAUSE_END_CHAR, SENTENCE_END_CHAR
from . import calendar as _calendar
from .calendar import DAYS_A_WEEK
from .datelines import dateline_text
from .grammar import (
    A_DAY,
    A_MONTH,
    A_YEAR,
    RANGE_JOINER,
    SUNDAY,
    WEEKDAYS,
    WEEKEND,
    YEARS_A_CENTURY,
    PartialDate,
    Period,
    _alt,
    cue_pattern,
    cue_words,
    partial_dates,
    period_anaphor_kind,
    school_break_words,
    week_units,
)
from .latin import latin_dates

__all__ = ["noun_modifiers", "find", "infer_published", "resolve", "direction", "PartialDate", "partial_dates",
           "choose"]


# ------------------------------------------------------------------ direction


DIRECTION_BEFORE = 8  # characters of the clause before a date read for its direction (`报名从`, `将于`)
DIRECTION_AFTER = 16  # …and after it (`前已完成了`)
MONTHS_A_YEAR = 12
SATURDAY = 5
HALF_A_WEEK = 3  # a bare weekday lies at most three days from the reference day
AROUND = (-1, 0, 1)  # a date without a year, month: the one before, the same, the one after the reference
ONWARD = (0, 1)  # the same month (year) as the one before, or the next: a later date, never an earlier one
REPORTING_LAG = _dt.timedelta(days=1)  # a daily reports the day before its date


def noun_modifiers() -> frozenset[str]:
    """Date words that also modify the noun after them (`开业首日客流`, `年内完成投资`,
    `data/date_cues.tsv` role `noun_modifier`): dates, but the statistics and events stages read past them."""
    return cue_words("noun_modifier")


_CLAUSE_END = CLAUSE_END_CHAR
# the end of the text before a date that lies in the date's own clause
_CLAUSE_TAIL = compile_pattern("[^" + re.escape(CLAUSE_END) + r"]*\Z")


def direction(text: str, start: int, end: int) -> str | None:
    """`ahead`, `behind` or None: what the clause around a yearless date implies.

    `将于5月24日` and `定于11月16日` lie ahead; `5月10日举行了` lies behind.
    """
    tail = _CLAUSE_TAIL.search(text, max(0, start - DIRECTION_BEFORE), start)
    before = tail.group() if tail else ""
    after = text[end:end + DIRECTION_AFTER]
    stop = _CLAUSE_END.search(after)
    after = after[:stop.start()] if stop else after
    ahead_before, behind_before, behind_after, ahead_after, neutral_after = _direction_cues()
    if ahead_before.search(before):
        return "ahead"
    if behind_before.search(before):
        return "behind"
    if behind_after.search(after):  # `12月31日前已完成了`: done, whatever 前 says
        return "behind"
    if ahead_after.match(after) and not neutral_after.match(after):
        return "ahead"
    return None


@functools.cache
def _direction_cues() -> tuple[re.Pattern, ...]:
    return tuple(cue_pattern(role) for role in
                 ("ahead_before", "behind_before", "behind_after", "ahead_after", "neutral_after"))


# ------------------------------------------------------------------ resolution


class Resolved(NamedTuple):
    """A partial date anchored: one per mention (a named tuple: cheap to build)."""

    value: DateValue | None
    grain: Grain | None
    resolution: Resolution


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # by month from 1, February of a common year


def _month_end(year: int, month: int) -> int:
    """The last day of a month; ValueError for a month that does not exist.

    Not `calendar.monthrange`, which also computes the month's first weekday."""
    if not 1 <= month <= MONTHS_A_YEAR:
        raise ValueError(f"no month {month}")
    return 29 if month == 2 and _monthdays.isleap(year) else _DAYS_IN_MONTH[month]


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    k = year * MONTHS_A_YEAR + month - 1 + offset
    return k // MONTHS_A_YEAR, k % MONTHS_A_YEAR + 1


def _in_year(p: PartialDate, year: int) -> tuple[_dt.date, _dt.date, Grain] | None:
    """The span and grain of a yearless point placed in `year`; None when impossible."""
    try:
        if p.festival and p.holiday_break:
            span = _holiday_break(p.festival, p.region, year)
            if span:
                return span[0], span[1], "day"
        if p.festival:  # a festival without a break that year (聖誕 on the mainland): its day
            day = _calendar.regional_day(p.region, p.festival[1], year) or \
                _calendar.festival(p.festival[0], p.festival[1], year)
            return (day, day, "day") if day else None
        if p.lunar:
            day = _calendar.lunar_date(year, *p.lunar)
            return (day, day, "day") if day else None
        if p.month is not None and p.day is not None:
            day = _dt.date(year, p.month, p.day)
            return day, day, "day"
        if p.month is not None and p.nth_weekday is not None:  # 十一月第四个星期四
            n, weekday = p.nth_weekday
            day = _calendar.nth_weekday(p.month, n, (weekday + 1) % DAYS_A_WEEK, year)
            return (day, day, "day") if day.month == p.month else None
        if p.month is not None and p.xun is not None:
            last = min(p.xun[1], _month_end(year, p.month))
            return _dt.date(year, p.month, p.xun[0]), _dt.date(year, p.month, last), "xun"
        if p.month is not None:
            return _dt.date(year, p.month, 1), _dt.date(year, p.month, _month_end(year, p.month)), "month"
        if p.year_part is not None:
            first, last, grain = p.year_part
            ly, lm = _add_months(year, last, 0)
            return _dt.date(year, first, 1), _dt.date(ly, lm, _month_end(ly, lm)), grain
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31), "year"
    except (ValueError, _calendar.CalendarError):
        return None


def _holiday_break(festival: tuple[str, str], region: str | None, year: int) -> tuple[_dt.date, _dt.date] | None:
    """The festival's break in the paper's region (`data/regional_breaks.tsv`: Taiwan's 春節連假 2026 is
    2月14日–22日, the mainland's 15日–23日), the mainland's where the regional table does not say."""
    if region is not None:
        try:
            return _calendar.regional_break(region, festival[1], year)
        except _calendar.NotInTable:
            pass
    return _calendar.holiday_break(festival[0], festival[1], year)


def _distance(span: tuple[_dt.date, _dt.date, Grain], ref: _dt.date) -> int:
    """Days from `ref` to the nearer end of the span; 0 inside it."""
    return max((span[0] - ref).days, (ref - span[1]).days, 0)


# A paper is written a day or more before it is dated, and a deadline may just have
# passed: `3月12日前完成` in the paper of 3月13日 is this year's, not next year's.
DIRECTION_SLACK = _dt.timedelta(days=7)
_SLACK_DAYS = DIRECTION_SLACK.days
# how long after a sum of months is over a paper still reports it (a quarter): `1至12月` in February is last
# year's; `一至3月` in January, ten months after last year's, is this year's, under way
REPORT_LAG_DAYS = 92


def _nearest(spans: list[tuple[_dt.date, _dt.date, Grain] | None], ref: _dt.date,
             toward: str | None) -> tuple[_dt.date, _dt.date, Grain] | None:
    """The span nearest `ref` (the first of equals), among those on the side `toward`
    implies when there are any."""
    pool = [s for s in spans if s is not None]
    # in day numbers: `ref - DIRECTION_SLACK` does not exist for a page of 0001-01-03
    if toward == "ahead":
        pool = [s for s in pool if s[1].toordinal() >= ref.toordinal() - _SLACK_DAYS] or pool
    elif toward == "behind":
        pool = [s for s in pool if s[0].toordinal() <= ref.toordinal() + _SLACK_DAYS] or pool
    elif toward == "over":  # over by the reference day, lately enough to be reported on it; else as `behind`
        pool = [s for s in pool if 0 <= ref.toordinal() - s[1].toordinal() <= REPORT_LAG_DAYS] \
            or [s for s in pool if s[0].toordinal() <= ref.toordinal() + _SLACK_DAYS] or pool
    best, best_distance = None, 0
    for span in pool:
        distance = _distance(span, ref)
        if best is None or distance < best_distance:
            best, best_distance = span, distance
    return best


@functools.lru_cache(maxsize=4096)
def _value(first: _dt.date, last: _dt.date) -> DateValue:
    """The range of days as a `DateValue`, built once for each range while it stays in use: a
    page names the same few days again and again, validating one costs a few microseconds,
    and a frozen model is safe to share."""
    return DateValue(start=first, end=last)


class Anchor(NamedTuple):
    """What earlier mentions of the article leave for later ones (rebuilt at every mention:
    a named tuple, cheap to build)."""

    last_day: DateValue | None = None  # for 当日/次日 and a bare `12日`
    last_any: DateValue | None = None  # for 同年/次年
    narrative: DateValue | None = None  # a day or month with a year written out, for `5月` after `2024年3月`
    # the last date of the current sentence and its grain, for `上年` and `比上月` (reset at 。!?;)
    sentence: tuple[DateValue, Grain | None] | None = None
    # the period an earlier sentence of the paragraph named, for `上年同期` after it (`1至10月，…。其中，
    # …比上年同期提高`: heldout10/economy_page, heldout14/economy_page); reset at a new paragraph
    paragraph: tuple[DateValue, Grain | None] | None = None
    # the year a mention of the paragraph named (`2025年`, `去年`), for `上年` in a later sentence that
    # names none (`2025年全市…增长6.3%。…比上年增加`: heldout27/economy_page, heldout28/economy_page)
    paragraph_year: int | None = None
    # the last day that bounds no span, for 当天/同日/次日: a span's ends (`9月16日至17日`, `截至8月10日`,
    # `持续至本月15日`, `自12月24日起`) are no day an event took place on (see `_bounds_span`)
    event_day: DateValue | None = None
    # the holiday break the article last named (`國慶連假（9日至11日）`), for a bare `連假`, `連假首日` after it
    last_break: DateValue | None = None


NO_ANCHOR = Anchor()  # nothing said yet: relative dates resolve against the publication day
TAIWAN = "台湾省"  # the province of a Taiwan paper's home (`organizations/home.py`)
# the homes whose papers write 昨/今/明 alone before a verb as a day (`grammar.bare_day_pattern`)
TERSE_PRESS = frozenset({TAIWAN, "香港特别行政区", "澳门特别行政区"})


def resolve(p: PartialDate, ctx: Context, anchor: Anchor = NO_ANCHOR, toward: str | None = None,
            dateline: _dt.date | None = None) -> Resolved:
    """Anchor a partial date: absolute parts as written, relative words to the
    publication date (to the article's `dateline` day when it has one: resolution
    `dateline`), anaphors to the article's last day, a missing year to the year that
    puts the date nearest that reference day on the side `toward`."""
    ref = dateline or ctx.published
    rel: Resolution = "dateline" if dateline else "relative"
    if p.vague:
        return Resolved(None, None, "vague")
    if p.period_anaphor in BREAK_ANAPHORS:
        return _named_break(p.period_anaphor, anchor)
    if p.period_anaphor is not None:
        return _named_period(p.period_anaphor, anchor)
    if p.anaphor is not None:
        # 当天/同日: the last day no span's end, else the dateline's day (`新华社华盛顿8月12日电 …将于9月16日至
        # 17日举行…。当天`: heldout3/wire_web), else a span's end (`3月11日至12日，开展培训。当日`), else the
        # publication day; 次日/翌日 count from the last day, a span's end too (`13日至14日晚上11時至翌日早上6時`)
        told = anchor.event_day or (None if dateline else anchor.last_day) if p.anaphor == 0 else anchor.last_day
        base = told.start if told else ref
        if base is None:
            return Resolved(None, "day", "anaphoric")
        day = _calendar.shifted(base, p.anaphor)
        how: Resolution = "time_only" if p.time_only else "anaphoric" if told else rel
        return Resolved(_value(day, day) if day else None, "day", how)
    if p.day_offset is not None:
        if ref is None:
            return Resolved(None, "day", rel)
        day = _calendar.shifted(ref, p.day_offset)
        return Resolved(_value(day, day) if day else None, "day", rel)
    if p.week_offset is not None or p.weekday is not None:
        return _resolve_week(p, ref, toward, rel)
    if p.period is not None:
        return _resolve_period(p.period, ref, rel)
    if p.counted is not None:
        return _resolve_counted(p.counted, ref, rel)
    if p.year_two_digits is not None:
        if ref is None:
            return Resolved(None, None, "inferred_year")
        year = _two_digit_year(p.year_two_digits, ref.year)
        until = p.until._replace(year=_two_digit_year(p.until.year_two_digits, ref.year), year_two_digits=None) \
            if p.until is not None and p.until.year_two_digits is not None else p.until
        return resolve(p._replace(year=year, year_two_digits=None, until=until), ctx, anchor, toward,
                       dateline)._replace(resolution="inferred_year")
    if p.quarter_before_mentioned is not None:
        return _resolve_quarter(p.quarter_before_mentioned, ref, anchor, rel)
    running = _running_sum(p)
    if running is not None:
        # `前11个月`, `1至11月`, `前三季度`: a sum of the months from January, reported once they are over: the
        # last such sum over by the reference day (within `REPORT_LAG_DAYS`), not one that has barely begun
        # (`前11个月` in a paper of 2025-12-29, heldout25/economy_page; `1至12月` in one of 2026-02-10,
        # heldout29/economy_page)
        p, toward = running, "over"
    elif (p.year_part is not None and p.year_part[0] == 1) or (
            p.month == 1 and p.day is None and p.until is not None and (p.until.month or 0) > 1
            and p.until.day is None):
        # `一季度`, `上半年` have begun, and a bare 年初 has come (`较年初下降`, `对照年初确定的`): never next year's
        toward = "behind"
    head = _resolve_point(p, ref, anchor, toward, rel)
    if head.value is None or not (p.until or p.until_now):
        return head
    if p.until_now:
        if ref is None or ref < head.value.start:
            return head
        return Resolved(_value(head.value.start, ref), head.grain, head.resolution)
    tail = _resolve_tail(p.until, head.value.start, ref, anchor) if p.until else None
    if tail is None or tail.end < head.value.start:
        return head
    return Resolved(_value(head.value.start, tail.end), head.grain, head.resolution)


QUARTER_MONTHS = 3


def _running_sum(p: PartialDate) -> PartialDate | None:
    """A sum of the months from January with no year (`前11个月`, `首十月`, `前三季度`, `1至11月`), as
    one part of the year; None for anything else, and for a single part (`一季度`, `上半年`), which
    a paper also names while it lasts (`一季度` in a paper of 2026-03-18: heldout42/economy_page)."""
    if p.year_part is not None:
        first, last, grain = p.year_part
        summed = p.running or (grain == "quarter" and last - first + 1 > QUARTER_MONTHS)
        return p if first == 1 and summed and p.until is None else None
    until_month = p.until.month if p.until is not None else None
    if p.month == 1 and p.day is None and not p.xun and until_month is not None and until_month > 1 \
            and p.until == PartialDate(month=until_month):
        return p._replace(month=None, until=None, year_part=(1, until_month, "month"))
    return None


BREAK_ANAPHORS = ("break", "break_first")  # `data/date_words.tsv` period_anaphor values: 連假, 連假首日


def _named_break(kind: str, anchor: Anchor) -> Resolved:
    """`連假`, `連假期間`: the holiday break the article last named (`國慶連假（9日至11日）…3天連假`:
    heldout40/taiwan_news); `連假首日` its first day (heldout32, heldout35 taiwan_news). No value when the
    article named none: `find` drops it."""
    named = anchor.last_break
    if named is None:
        return Resolved(None, "day", "anaphoric")
    if kind == "break_first":
        return Resolved(_value(named.start, named.start), "day", "anaphoric")
    return Resolved(named, "day", "anaphoric")



def _named_period(kind: str, anchor: Anchor) -> Resolved:
    """`同期`, `同月`, `当月`: the period the sentence named (`法国第三季度…；同期失业率`), else the one an
    earlier sentence of the paragraph named (`英国10月…。同期英国对欧盟出口额`), never a day or a whole year
    (`11日公布`: the day of the report); `month` is the month that period ends in (`10月底…。同月`).
    No value when nothing was named: `find` drops it."""
    named = anchor.sentence if anchor.sentence is not None and anchor.sentence[1] not in (None, "day", "year") \
        else None
    named = named or anchor.paragraph
    if named is None:
        return Resolved(None, None, "anaphoric")
    value, grain = named
    if kind == "month":
        last = value.end
        value, grain = _value(last.replace(day=1), last.replace(day=_month_end(last.year, last.month))), "month"
    return Resolved(value, grain, "anaphoric")



def _resolve_quarter(offset: int, ref: _dt.date | None, anchor: Anchor, rel: Resolution) -> Resolved:
    """`较上季度提高`: `offset` quarters from the quarter of the date the sentence last named (of its
    last day: `截至今年9月底…較上季縮短` is the second quarter), else of the period the paragraph
    named (`第三季度…；同期…比上季度上升`), else of the reference day. A year named is no quarter's."""
    named = anchor.sentence if anchor.sentence is not None and anchor.sentence[1] != "year" else None
    named = named or anchor.paragraph
    base, how = (named[0].end, "anaphoric") if named else (ref, rel)
    if base is None:
        return Resolved(None, "quarter", rel)
    year, month = _add_months(base.year, (base.month - 1) // QUARTER_MONTHS * QUARTER_MONTHS + 1,
                              QUARTER_MONTHS * offset)
    last_year, last_month = _add_months(year, month, QUARTER_MONTHS - 1)
    try:
        first, last = _dt.date(year, month, 1), _dt.date(last_year, last_month, _month_end(last_year, last_month))
    except ValueError:  # past the calendar's ends
        return Resolved(None, "quarter", how)
    return Resolved(_value(first, last), "quarter", how)


TWO_DIGIT_YEARS_AHEAD = 10  # `35年` in a paper of 2025 is 2035; `36年` is 1936


def _two_digit_year(last_two: int, ref_year: int) -> int:
    """The year ending in `last_two` that lies at most ten years after the reference year
    and less than ninety before it (`九七年` → 1997, `16年` → 2016 in a paper of 2025)."""
    year = ref_year - ref_year % YEARS_A_CENTURY + last_two
    return year - YEARS_A_CENTURY if year > ref_year + TWO_DIGIT_YEARS_AHEAD else year


def _resolve_counted(counted: tuple[int, Grain], ref: _dt.date | None, rel: Resolution) -> Resolved:
    """`近五年`, `未来三天`: the whole units before (or after) the reference day's own unit —
    `近五年` in 2025 is 2020–2024, `过去两个月` in March is January–February, `未来三天` the
    three days after the reference day, `前3周` the three weeks before its week."""
    n, grain = counted
    if ref is None:
        return Resolved(None, grain, rel)
    try:
        if grain == "day":
            day = ref.toordinal()
            first, last = (day + n, day - 1) if n < 0 else (day + 1, day + n)
            span = (_dt.date.fromordinal(first), _dt.date.fromordinal(last))
        elif grain == "week":
            monday = ref.toordinal() - ref.weekday()
            first, last = (monday + DAYS_A_WEEK * n, monday - 1) if n < 0 else \
                (monday + DAYS_A_WEEK, monday + DAYS_A_WEEK * (n + 1) - 1)
            span = (_dt.date.fromordinal(first), _dt.date.fromordinal(last))
        elif grain == "month":
            (y1, m1), (y2, m2) = (_add_months(ref.year, ref.month, n), _add_months(ref.year, ref.month, -1)) if n < 0 \
                else (_add_months(ref.year, ref.month, 1), _add_months(ref.year, ref.month, n))
            span = (_dt.date(y1, m1, 1), _dt.date(y2, m2, _month_end(y2, m2)))
        else:
            y1, y2 = (ref.year + n, ref.year - 1) if n < 0 else (ref.year + 1, ref.year + n)
            span = (_dt.date(y1, 1, 1), _dt.date(y2, 12, 31))
    except ValueError:  # past the calendar's ends
        return Resolved(None, grain, rel)
    return Resolved(_value(*span), grain, rel)


def _resolve_period(period: Period, ref: _dt.date | None, rel: Resolution) -> Resolved:
    """A decade or a century (`grammar.Period`) as the days from its first year to its last."""
    if period.base == "absolute":
        how: Resolution = "absolute"
        first, last = period.first, period.last
    elif ref is None:
        return Resolved(None, period.grain, rel if period.base == "century" else "inferred_year")
    else:
        century = ref.year - ref.year % YEARS_A_CENTURY
        if period.base == "decade" and century + period.first > ref.year:
            century -= YEARS_A_CENTURY  # 80年代 in 2025: the 1980s
        first, last = century + period.first, century + period.last
        how = rel if period.base == "century" else "inferred_year"
    if not (_dt.MINYEAR <= first <= last <= _dt.MAXYEAR):
        return Resolved(None, period.grain, how)
    return Resolved(_value(_dt.date(first, 1, 1), _dt.date(last, 12, 31)), period.grain, how)


def _resolve_week(p: PartialDate, ref: _dt.date | None, toward: str | None, rel: Resolution) -> Resolved:
    """Weeks and weekdays in days from `ref`'s Monday; a week past the calendar's ends
    (a page of 9999-12-31 and its `下周`) has no value."""
    if ref is None:
        return Resolved(None, "week" if p.weekday is None else "day", rel)
    monday = DAYS_A_WEEK * (p.week_offset or 0) - ref.weekday()
    grain: Grain = "day"
    if p.weekday is None:
        first, last, grain = monday, monday + SUNDAY, "week"  # 上周: a week
    elif p.weekday == WEEKEND:
        first, last = monday + SATURDAY, monday + SUNDAY
    else:
        first = monday + p.weekday
        if p.week_offset is None:  # a bare 周三: the nearest one (NEAREST), on the side the clause points to
            first = (p.weekday - ref.weekday() + HALF_A_WEEK) % DAYS_A_WEEK - HALF_A_WEEK
            if toward == "behind" and first > 0:
                first -= DAYS_A_WEEK
            elif toward == "ahead" and first < 0:
                first += DAYS_A_WEEK
        last = first + p.until.weekday - p.weekday if p.until and p.until.weekday is not None else first  # 下周一至周三
    day, end = _calendar.shifted(ref, first), _calendar.shifted(ref, last)
    return Resolved(_value(day, end) if day and end else None, grain, rel)


def _resolve_point(p: PartialDate, ref: _dt.date | None, anchor: Anchor, toward: str | None,
                   rel: Resolution = "relative") -> Resolved:
    if p.year is not None:
        span = _lunar_in_lunar_year(p, p.year) if p.lunar else _in_year(p, p.year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, "absolute")
    if p.year_before_mentioned is not None:
        # `去年亩产4500斤,较上年提高`: the year before the one the sentence named, else the one an earlier
        # sentence of the paragraph named when it is a year the report is about (this year or the last:
        # `2025年全市…。…比上年增加` in January 2026 is 2024; `该厂2019年建成投产。产值比上年增长` is not
        # 2018), else before this one
        earlier = anchor.paragraph_year if anchor.paragraph_year is not None and ref is not None \
            and ref.year - 1 <= anchor.paragraph_year <= ref.year else None
        named = anchor.sentence[0].start.year if anchor.sentence else \
            earlier if earlier is not None else (ref.year if ref else None)
        if named is None:
            return Resolved(None, None, rel)
        span = _in_year(p, named + p.year_before_mentioned)
        how: Resolution = "anaphoric" if anchor.sentence or earlier is not None else rel
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, how)
    offset = p.year_offset if p.year_offset is not None else p.year_after_last
    if offset is not None:
        base = anchor.last_any.start if p.year_after_last is not None and anchor.last_any else ref
        how = "anaphoric" if p.year_after_last is not None and anchor.last_any else rel
        if base is None:
            return Resolved(None, None, how)
        year = base.year + offset
        if p.month_offset is not None:  # 明年本月底: this month of next year
            p = p._replace(month=_add_months(base.year, base.month, p.month_offset)[1], month_offset=None)
        span = _lunar_in_lunar_year(p, year) if p.lunar else _in_year(p, year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, how)
    if p.month_offset is not None:
        base, how = ref, rel
        if p.month_offset < 0 and p.day is None and anchor.sentence and anchor.sentence[1] in ("month", "xun"):
            # `3月份,失业率5.1%,比上月下降`, `7月末…较上月末增加` (heldout3/wire_web), `11月底外匯存底…較上月增加`
            # (heldout21/taiwan_economy): the month before the one the sentence named
            base, how = anchor.sentence[0].start, "anaphoric"
        if base is None:
            return Resolved(None, None, rel)
        year, month = _add_months(base.year, base.month, p.month_offset)
        span = _in_year(p._replace(month=month), year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, how)
    if p.month is None and p.day is not None:
        return _resolve_bare_day(p, ref, anchor, toward, dated=rel == "dateline")
    if p.month is None and p.year_part is None and not p.festival and not p.lunar:
        return Resolved(None, None, "vague")  # nothing to place (cannot happen with the grammar)
    if p.year_part == YEAR_START and anchor.sentence is not None and not (p.festival or p.lunar or p.until):
        # `截至11月末，…比年初增加` (heldout10, 12-14, 18-26 economy_page), `截至2025年末，…比年初增加` in
        # a paper of 2026 (heldout27, 29, 30 economy_page): the start of the year the sentence reports on
        span = _in_year(p, anchor.sentence[0].end.year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, "anaphoric")
    narrative = anchor.narrative
    if narrative is not None and (ref is None or narrative.start.year != ref.year):
        # `2024年3月…；5月…`: a story told in a past year keeps its year while it moves forward
        span = _in_year(p, narrative.start.year)
        if span and span[0] >= narrative.start and (ref is None or span[1] <= ref):
            return Resolved(_value(span[0], span[1]), span[2], "inferred_year")
    if ref is None:
        return Resolved(None, None, "inferred_year")
    spans = [(_lunar_in_lunar_year(p, ref.year + k) if p.lunar else _in_year(p, ref.year + k)) for k in AROUND]
    span = _nearest(spans, ref, "ahead" if p.season_this else toward)  # 今冬: this winter, else the coming one
    return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, "inferred_year")


YEAR_START = (1, 1, "month")  # 年初 (`data/date_words.tsv`): January


def _lunar_in_lunar_year(p: PartialDate, year: int) -> tuple[_dt.date, _dt.date, Grain] | None:
    day = _calendar.lunar_date(year, *p.lunar) if p.lunar else None
    return (day, day, "day") if day else None


def _resolve_bare_day(p: PartialDate, ref, anchor: Anchor, toward, dated: bool = False) -> Resolved:
    """`12日`: the month of the article's last day, else of the publication date. When
    the last day is the dispatch's own (`dated`: `本报北京2月13日电 … 12日在北京落幕`), the
    day nearest it, before or after, as for the publication date: a dispatch reports
    what has just happened or is about to."""
    last = anchor.last_day
    if last is not None and last == anchor.last_break and last.start < last.end:
        # after a holiday break of several days, the day nearest it, before it or inside it as well as after:
        # `春節連假期間…；台南車站並自12日起` in a paper of 2月7日 is 2月12日, before the break (heldout30/taiwan_news);
        # `清明假期前期…，5日至6日有一次降雨` is inside it (ganzhou_p2)
        spans = [_in_year(p._replace(month=month), year)
                 for year, month in (_add_months(last.start.year, last.start.month, k) for k in AROUND)]
        span = _nearest(spans, last.start, toward)
        return Resolved(_value(span[0], span[1]) if span else None, "day", "anaphoric")
    if anchor.last_day is not None and not (dated and anchor.last_day == _value(ref, ref)):
        base = anchor.last_day.start
        same_month = _in_year(p._replace(month=base.month), base.year)
        for offset in ONWARD:
            year, month = _add_months(base.year, base.month, offset)
            span = _in_year(p._replace(month=month), year)
            if span and span[0] >= base:
                if offset and same_month and ref is not None and same_month[0] <= ref \
                        and (span[0] - ref).days > _SLACK_DAYS and anchor.sentence is None:
                    # `19日起封闭施工。… 17日发布通告` in the paper of the 18th: in a new sentence,
                    # after a day that lay ahead, a report of a day already past, not next month's
                    # (`3月30日报名开始,2日截止` in one sentence runs on to April)
                    return Resolved(_value(same_month[0], same_month[1]), "day", "anaphoric")
                return Resolved(_value(span[0], span[1]), "day", "anaphoric")
        return Resolved(None, "day", "anaphoric")
    if ref is None:
        return Resolved(None, "day", "inferred_year")
    spans = []
    for offset in AROUND:
        year, month = _add_months(ref.year, ref.month, offset)
        spans.append(_in_year(p._replace(month=month), year))
    span = _nearest(spans, ref, toward)
    return Resolved(_value(span[0], span[1]) if span else None, "day", "inferred_year")


def _resolve_tail(p: PartialDate, head_start: _dt.date, ref, anchor: Anchor) -> DateValue | None:
    """A range's end: parts it leaves out are the start's; it never ends before the start."""
    if p.year is not None or p.year_offset is not None or p.month_offset is not None or \
            p.year_after_last is not None or p.year_two_digits is not None:
        resolved = _resolve_point(p, ref, anchor, None)
        return resolved.value
    if p.month is None and p.day is not None:
        for offset in ONWARD:
            year, month = _add_months(head_start.year, head_start.month, offset)
            span = _in_year(p._replace(month=month), year)
            if span and span[1] >= head_start:
                return _value(span[0], span[1])
        return None
    if p.month is None and p.xun is not None:
        p = p._replace(month=head_start.month)
    for year in (head_start.year + k for k in ONWARD):
        span = _in_year(p, year)
        if span and span[1] >= head_start:
            return _value(span[0], span[1])
    return None


def _same_period(text: str, end: int, p: PartialDate, anchor: Anchor) -> tuple[int, Resolved] | None:
    """`上年同期`, `去年同期` after a period the sentence named (`前10月`, `前三季度`): that
    period a year earlier, at its grain (a word of date_cues.tsv role same_period_after).
    None when the word is no year before, or the sentence named no period shorter than a year."""
    if (anchor.sentence or anchor.paragraph) is None or not (p.year_offset == -1 or p.year_before_mentioned == -1):
        return None
    if p.month is not None or p.year_part is not None or p.day is not None:
        return None
    word = next((w for w in sorted(cue_words("same_period_after"), key=len, reverse=True)
                 if text.startswith(w, end)), None)
    period, grain = anchor.sentence or anchor.paragraph or (None, None)
    if word is None or period is None or grain in (None, "year"):
        return None
    if period_anaphor_kind(word) == "month":  # `去年同月`: the month the period ends in
        period, grain = _named_period("month", Anchor(sentence=(period, grain))).value, "month"
    first = _shift_year(period.start, -1) if period else None
    last = _shift_year(period.end, -1) if period else None
    if first is None or last is None:
        return None
    return len(word), Resolved(_value(first, last), grain, "anaphoric")


def _compared_month(text: str, start: int, p: PartialDate, anchor: Anchor) -> Anchor:
    """`1月份，CPI…比上月扩大…；PPI…，降幅比上月收窄`: 上月 compared with (比/较 right before it) after a
    clause break still counts from the month the paragraph named (heldout12, heldout22, heldout29, heldout30
    wire_news); the anchor unchanged otherwise (`5月出口增长3%。上月全市用电量下降`: the month before this one)."""
    if (p.month_offset or 0) >= 0 or anchor.sentence is not None or anchor.paragraph is None \
            or anchor.paragraph[1] not in ("month", "xun") or text[start - 1:start] not in COMPARED_BEFORE:
        return anchor
    return anchor._replace(sentence=anchor.paragraph)


COMPARED_BEFORE = ("比", "较", "較")  # the words right before 上月 that compare with it


def _period(named: tuple[DateValue, Grain | None]) -> tuple[DateValue, Grain | None] | None:
    """What a finished sentence leaves its paragraph for `上年同期`: a period (`1至10月`, `前三季度`),
    never a day (`截至11月20日`) or a whole year."""
    return named if named[1] not in (None, "day", "year") else None


def _shift_year(day: _dt.date, years: int) -> _dt.date | None:
    """The same day `years` later; the month's last day when it has no such day (2月29日)."""
    year = day.year + years
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        return None
    return _dt.date(year, day.month, min(day.day, _month_end(year, day.month)))


def _advance(anchor: Anchor, p: PartialDate, r: Resolved, bound: bool = False) -> Anchor:
    if r.value is None:
        return anchor
    narrative = r.value if r.resolution == "absolute" and p.year is not None and \
        r.grain in ("day", "month", "xun") else anchor.narrative
    # `比上年提高…,比上年增加`: both read from the year the sentence named, not the second from the first
    sentence = (r.value, r.grain) if p.year_before_mentioned is None and p.quarter_before_mentioned is None \
        and (p.month_offset or 0) >= 0 else anchor.sentence
    named_year = r.value.start.year if (p.year is not None or p.year_offset is not None) \
        and r.value.start.year == r.value.end.year else anchor.paragraph_year
    return Anchor(last_day=r.value if r.grain == "day" else anchor.last_day, last_any=r.value,
                  narrative=narrative, sentence=sentence, paragraph=anchor.paragraph, paragraph_year=named_year,
                  event_day=r.value if r.grain == "day" and not bound else anchor.event_day,
                  last_break=r.value if p.festival is not None and p.holiday_break else anchor.last_break)


# ------------------------------------------------------------------ entry points


def find(article: ArticleText, ctx: Context, dateline: str | None = None) -> tuple[DateMention, ...]:
    """Every temporal expression of the article, in text order, resolved.

    `dateline` is the article's dateline as the layout read it (`新华社北京6月11日电`,
    `2025-03-05 10:32 来源：人民网`); without one, a dateline at the head of the text is
    looked for. Its day anchors the article's relative dates (`datelines.py`), and an
    anaphor (`当天`) looks back only within its own paragraph, else to that day."""
    text = article.text
    out: list[DateMention] = []
    found: list[Found] = []
    anchor = Anchor()
    previous_end = 0
    bound = False  # whether the last mention bounds a span
    source = dateline_text(dateline, text)
    day = _source_day(source, ctx) if source is not None else None
    republic = ctx.home.province == TAIWAN  # a Taiwan paper: `114年` alone is a year of the Republic
    terse = ctx.home.province in TERSE_PRESS  # …and `縣府昨與…簽署`: 昨 alone is yesterday
    region = _calendar.REGIONS.get(ctx.home.province or "")  # whose holidays the paper means
    for start, end, partial in _with_latin(text, partial_dates(text, republic, terse, article.body_start)):
        if region is not None and partial.festival is not None and not _mainland_break(text, start, end):
            partial = partial._replace(region=region)
        if _inside_words(text, start, end):
            continue  # `全国网上年货节`: 上年 across 网上 and 年货, no date
        if anchor.sentence and _SENTENCE_END.search(text, previous_end, start):
            anchor = anchor._replace(sentence=None, paragraph=_period(anchor.sentence) or anchor.paragraph)
        if (anchor.paragraph or anchor.paragraph_year is not None or (day and anchor.last_day)) \
                and text.find("\n", previous_end, start) >= 0:
            # a new paragraph; of a dated dispatch, it forgets the last day too
            anchor = anchor._replace(paragraph=None, paragraph_year=None, last_day=None if day else anchor.last_day,
                                     event_day=None if day else anchor.event_day)
        if partial.period_anaphor is not None and found and start <= previous_end:
            continue  # `上年同期` (read with 上年), `上周同期`: part of the date before it
        bracketed = text[previous_end:start] in ("（", "(")
        gloss = bound and bracketed  # `至元宵节（3月3日）`: the bound's gloss
        explained = found[-1] if bracketed and found and found[-1].resolved.value is not None else None
        previous_end = end
        toward = direction(text, start, end) if _reads_direction(partial) else None
        if toward is None and start < article.body_start and partial.weekday is not None:
            toward = "ahead"  # a headline's bare weekday announces (`…週六登場`, `周日開跑`): the coming one
        if explained is not None and explained.resolved.value is not None and _bare_days(partial):
            # `國慶連假（9日至11日）`, `本週末（17日至18日）`: bracketed days give the days of what they explain,
            # the month nearest its start, never the month after the day the article last named
            # (heldout40/taiwan_news: not 11月9日 after `昨（16）日`; heldout22/hongkong_news)
            resolved = resolve(partial, ctx, NO_ANCHOR, None, explained.resolved.value.start)._replace(
                resolution="anaphoric")
        else:
            resolved = resolve(partial, ctx, _compared_month(text, start, partial, anchor), toward, day)
        if partial.period_anaphor is not None and resolved.value is None:
            continue  # `同期` with no period named before it
        same = _same_period(text, end, partial, anchor)
        if same is not None:  # `前10月…比上年同期提高`: the sentence's period, a year back
            end, resolved = end + same[0], same[1]
            anchor = _advance(anchor, partial, resolved)._replace(sentence=anchor.sentence)
            found.append(Found(start, end, partial, resolved, None))
            previous_end, bound = end, False
            continue
        ahead = resolved.value is not None and resolved.value.start > (day or ctx.published or resolved.value.start)
        bound = _bounds_span(text, start, end, partial, ahead) or gloss
        # no such day (`2025年2月29日`, `4月31日`): a mention with no value, never a wrong day
        named = anchor.sentence
        anchor = _advance(anchor, partial, resolved, bound)
        if named is not None and text[start - 1:start] in COMPARED_BEFORE:
            # `截至11月末…较10月末上升…。当月`: a baseline compared with is not the period the sentence
            # speaks of (heldout7/wire_news)
            anchor = anchor._replace(sentence=named)
        if explained is not None and resolved.value is not None and explained.partial.holiday_break \
                and _near_break(explained, resolved):
            anchor = anchor._replace(last_break=resolved.value)  # the break's days as the article gives them
        found.append(Found(start, end, partial, resolved, clock_time(partial)))
    source = source if day else None
    at = text.find(source, article.body_start) if source else -1
    told = article.body_start if at < 0 else at + len(source or "")  # the body's story, past its dateline
    for f in join_ranges(text, _title_anaphors(found, article.body_start, told, ctx, day)):
        # `model_validate` of one dict: the same validation as `DateMention(**…)`, without merging keywords
        fields = article.mention_fields(f.start, f.end)
        fields.update(value=f.resolved.value, grain=f.resolved.grain, resolution=f.resolved.resolution,
                      part_of_day=f.partial.part_of_day, time=f.partial.time, clock=f.clock)
        out.append(DateMention.model_validate(fields))
    return tuple(out)


def _mainland_break(text: str, start: int, end: int) -> bool:
    """A break named by a word that always means the mainland's (`國慶黃金周`, `data/date_cues.tsv`
    mainland_break), whichever region the paper is of."""
    return any(word in text[start:end] for word in cue_words("mainland_break"))


def _title_anaphors(found: list[Found], body_start: int, told: int, ctx: Context,
                    day: _dt.date | None) -> list[Found]:
    """An anaphor in the title with no day before it (`…文博会在宁开幕 首日签约156亿元`: heldout11/wire_news;
    `万达广场二期开业首日客流12.6万人次`: heldout13/economy_page; `湾区夜市开街 首日客流…`: heldout4/city_economy)
    names the day the body tells of, its first day after the dateline (`told`), not the publication day."""
    first = next((f.resolved.value for f in found
                  if f.start >= told and f.resolved.grain == "day" and f.resolved.value), None)
    if first is None:
        return found
    return [f._replace(resolved=resolve(f.partial, ctx, Anchor(last_day=first, event_day=first), None, day))
            if f.start < body_start and f.partial.anaphor is not None and f.resolved.resolution != "anaphoric"
            else f for f in found]


BOUND_REACH = 2  # characters before or after a day read for a word that makes it a span's end
_GLOSS = compile_pattern(r"[（(][^（()）\n]{1,12}[)）]")  # `下週一（15日）`: the day again, in brackets


def _bounds_span(text: str, start: int, end: int, p: PartialDate, ahead: bool) -> bool:
    """Whether a day opens or closes a span rather than names a day something happened on: a range
    (`9月16日至17日`, `12月25日至明年1月15日`), a day after 至/截至 (`截至8月10日`, `持续至本月15日`,
    `展期至5月18日`), or a day still `ahead` before 起 (`自12月24日起生效`, `将自下週一（15日）起上線`: a
    start to come; `昨日起展開…行動，首日…` is the day reported). 当天/同日 after one name the day
    reported before it: heldout3/wire_web, heldout19/economy_page, heldout21/taiwan_economy,
    heldout23/wire_news, heldout24/wire_news, heldout30/county_news, heldout30/wire_news, unseen/district_events."""
    if p.until is not None or p.until_now:
        return True
    before = text[max(0, start - BOUND_REACH):start]
    if any(before.endswith(w) for w in cue_words("bound_before")):
        return True
    gloss = _GLOSS.match(text, end)
    after = text[gloss.end() if gloss else end:][:BOUND_REACH + 1].lstrip(")）")
    return any(after.startswith(w) for w in cue_words("bound_after") if w != "起" or ahead)


WORD_REACH = 4  # characters either side of a date word that the dictionary's cut reads
_HAN_ONLY = compile_pattern(r"[\u4e00-\u9fff]{2,}")
# what the dictionary's cut reads as one block (jieba's `re_han_default`): any other character is
# a token of its own, so a date word next to one cannot be split from it
_IN_BLOCK = compile_pattern(f"[{BLOCK_CHARS}]")


def _inside_words(text: str, start: int, end: int) -> bool:
    """A date word (`上年`, `年初`) split between two words of the dictionary's cut, each running
    on into the text around it: `全国网上年货节` (网上|年货, heldout28/wire_news), `全年初步数字`
    (全年|初步, heldout6/hk_news): no date. Only for words of Han characters: a number is no word."""
    if not _HAN_ONLY.fullmatch(text, start, end):
        return False
    if (start == 0 or end >= len(text) or _IN_BLOCK.match(text, start - 1) is None
            or _IN_BLOCK.match(text, end) is None):
        return False  # a character no word holds (a mark, a space) stands on one side: the cut ends there
    lo = max(0, start - WORD_REACH)
    edges, at = {lo}, lo
    for word in dictionary().cut(text[lo:end + WORD_REACH]):
        at += len(word)
        edges.add(at)
    return start not in edges and end not in edges and any(start < edge < end for edge in edges)


def _with_latin(text: str, found: list[tuple[int, int, PartialDate]]) -> list[tuple[int, int, PartialDate]]:
    """The grammar's dates and the Latin-script ones (`latin.py`), in text order; where
    they overlap, the longer reading wins (`choose`)."""
    latin = latin_dates(text)
    if not latin:
        return found
    candidates = [(s, e, k, p) for k, (s, e, p) in enumerate(found)]
    candidates += [(s, e, len(found) + k, p) for k, (s, e, p) in enumerate(latin)]
    return [(s, e, p) for s, e, _, p in choose(candidates)]


class Found(NamedTuple):
    """A date expression of the article, resolved, before neighbours are joined."""

    start: int
    end: int
    partial: PartialDate
    resolved: Resolved
    clock: ClockTime | None


@functools.cache
def _joins() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """What stands between two dates that makes them one expression, and after the second."""
    # 今晚20时至明天早上8时, 11月17日起至12月31日
    return (compile_pattern(rf"[ ]?(?:(?:{_alt(cue_words('range_from'))})[ ]?)?{RANGE_JOINER}[ ]?\Z"),
            compile_pattern(rf"[ ]?(?:{_alt(cue_words('between_joiner'))})[ ]?\Z"),  # 2010年与2015年(之间)
            compile_pattern(rf"(?:{_alt(cue_words('exclusive_after'))})[ ]?\Z"),    # 2010年之后2015年(之前)
            compile_pattern(r"[ ]?[,、]?[ ]?\Z"))                                  # 星期五, 三月七号


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """Neighbouring dates that make one expression, joined (`data/date_cues.tsv`):
    - `A至B` (`今晚20时至明天早上8时`, `下周一到月底`, `11月17日起至12月31日`): from A's start to
      B's end;
    - `A与B之间`: the same, the span running to 之间;
    - `A之后B之前`: the days strictly between them;
    - `A及B` of two days in a row (`本週六(20日)及週日(21日)`): from A to B;
    - a day and a time of day right after it (`本週六(20日)上午9時`): the day;
    - a weekday and the day it names, either way round (`星期五, 三月七号`), or one in
      brackets after the other (`本周六(18日)`, `明日(周五)`, a range's last day:
      `本週六(6日)至週日(7日)`): one day.
    A joined expression may join its next neighbour again (`下週二(23日)至週三(24日)`). A weekday
    and its bracketed day are joined first, so that ranges see whole days. Last, a festival's
    break and the days it runs in brackets right after it (`春节假期（2月15日至23日）`,
    `聖誕假期（本月24日至28日）`) are one mention, of the days the brackets give."""
    return _glossed_breaks(text, _join(text, _join(text, found, days_only=True)))


# how far the days in brackets after a break may lie from the break the calendar gives
# (`聖誕假期（本月24日至28日）`: the 25th's break, four days after it)
_BREAK_GLOSS_REACH = 7


def _glossed_breaks(text: str, found: list[Found]) -> list[Found]:
    """A festival's break (`清明節假期`) or a relative period of days (`本週末`, `本周五至下周一`, `連假`)
    followed by its days in brackets, joined into one mention with the bracketed days' value; the
    brackets say which days the break or period ran (`本週末（17日至18日）`: heldout40/taiwan_news;
    `本周五至下周一（19日至22日）`: heldout22/hongkong_news; `暑假（7月1日至8月31日）`: heldout38/taiwan_news)."""
    out: list[Found] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        if (b is not None and (_names_break(text, a) or _relative_days(a) or _names_school_break(text, a))
                and text[a.end:b.start] in ("(", "（")
                and text[b.end:b.end + 1] in (")", "）") and _near_break(a, b.resolved)):
            out.append(Found(a.start, b.end + 1, b.partial, b.resolved, b.clock or a.clock))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _names_break(text: str, f: Found) -> bool:
    """`春节假期`, `聖誕假期`: a festival named with a word of its break (`data/date_cues.tsv`,
    festival_break), whether or not the calendar knows an official one."""
    return f.partial.festival is not None and text[f.start:f.end].endswith(tuple(cue_words("festival_break")))


def _names_school_break(text: str, f: Found) -> bool:
    """`暑假`, `今年暑假`: a school holiday, whose days a school or a body may give in brackets."""
    return text[f.start:f.end].endswith(tuple(school_break_words()))


def _bare_days(p: PartialDate) -> bool:
    """Days said by their number alone (`17日`, `9日至11日`), no month, year or weekday with them."""
    return p.day is not None and p.month is None and p.month_offset is None and p.year is None \
        and p.year_offset is None and p.year_two_digits is None and p.weekday is None and p.day_offset is None


def _relative_days(f: Found) -> bool:
    """A period of more than one day said without a month or a year (`本週末`, `下周`, `連假`), which
    days in brackets after it may give."""
    p, value = f.partial, f.resolved.value
    return value is not None and value.start < value.end and p.year is None and p.month is None \
        and p.day is None and p.festival is None and f.resolved.grain in ("day", "week")


def _near_break(a: Found, b: Resolved) -> bool:
    """B's days lie around the break A (`春节假期（2月15日至23日）`), not a date of another matter."""
    va, vb = a.resolved.value, b.value
    if va is None or vb is None:
        return False
    return (abs((vb.start - va.start).days) <= _BREAK_GLOSS_REACH
            and abs((vb.end - va.end).days) <= _BREAK_GLOSS_REACH)


def _bracketed_weekday(text: str, f: Found) -> bool:
    """`下周三(19日)`: a weekday said with its day in brackets, a day named in full."""
    return f.partial.weekday is not None and text[f.end - 1:f.end] == ")"


def _join(text: str, found: list[Found], days_only: bool = False) -> list[Found]:
    out: list[Found] = []
    k = 0
    to, between, exclusive, beside = _joins()
    to_weekday = _to_weekday()
    pending: Found | None = None  # the last joined expression, which may join again
    while k < len(found) or pending is not None:
        a = pending if pending is not None else found[k]
        if pending is None:
            k += 1
        pending = None
        b = found[k] if k < len(found) else None
        joined = None
        if b is not None and b.start - a.end <= MAX_GAP and a.resolved.value is not None \
                and b.resolved.value is not None:
            gap = text[a.end:b.start]
            after = text[b.end:b.end + MAX_CLOSER]
            if days_only:
                pass
            elif to.fullmatch(gap) and b.resolved.value.end >= a.resolved.value.start \
                    and not (_bracketed_weekday(text, a) and _bracketed_weekday(text, b)):
                # two days named in full (`下周一(17日)至下周三(19日)`) stay two mentions
                joined = _range(a, b, b.end, a.resolved.value.start, b.resolved.value.end)
            elif to_weekday.fullmatch(gap) and after.startswith(")") \
                    and 0 < (b.resolved.value.end - a.resolved.value.start).days < DAYS_A_WEEK:
                joined = _range(a, b, b.end + 1, a.resolved.value.start, b.resolved.value.end)
            elif between.fullmatch(gap) and (close := cue_pattern("between_close").match(after)):
                first, last = sorted((a.resolved.value, b.resolved.value), key=lambda v: v.start)
                joined = _range(a, b, b.end + close.end(), first.start, max(first.end, last.end))
            elif (between.fullmatch(gap) or (gap == LIST_MARK and _numbered(a) and _numbered(b))) \
                    and _next_day(a.resolved.value, b.resolved.value):
                # `20日及21日`, `本月16、17日` (heldout34/taiwan_news): two days in a row, one range; two
                # weekdays listed stay two (`本週六、週日兩天`: unseen/taiwan_news)
                joined = _range(a, b, b.end, a.resolved.value.start, b.resolved.value.end)
            elif exclusive.fullmatch(gap) and (close := cue_pattern("exclusive_close").match(after)):
                after_a, before_b = a.resolved.value.end.toordinal() + 1, b.resolved.value.start.toordinal() - 1
                if after_a <= before_b:
                    joined = _range(a, b, b.end + close.end(), _dt.date.fromordinal(after_a),
                                    _dt.date.fromordinal(before_b))
            if joined is None and (beside.fullmatch(gap) or (gap.endswith("(") and after.startswith(")"))) \
                    and _agree(a, b) and not (b.partial.anaphor is not None and "," in gap):
                # an anaphor after a comma opens a clause of its own (`是元宵节，当晚19时至22时`:
                # heldout32/county_news), not the day said again
                day = b if a.partial.weekday is not None and a.partial.week_offset is None else a
                end = b.end + (1 if gap.endswith("(") else 0)
                joined = Found(a.start, end, day.partial, day.resolved, a.clock or b.clock)
            elif joined is None and not days_only:
                if not gap and b.partial.time_only:
                    # `本週六(20日)上午9時`: the time of the day just named, not a date of its own
                    joined = Found(a.start, b.end, a.partial, a.resolved, b.clock or a.clock)
                elif after.startswith(")") and _ends_on(a, b) and (gap.endswith("(") or _lists_range(gap, a)):
                    # `至週日(7日)`; `本週六、日(6、7日)`: the range's days listed in brackets (heldout18/taiwan_news)
                    joined = Found(a.start, b.end + 1, a.partial, a.resolved, a.clock or b.clock)
        if joined is None:
            out.append(a)
        else:
            pending = joined
            k += 1
    return out


LIST_MARK = "、"  # between two days of a list (`16、17日`)
_LISTED_FIRST_DAY = compile_pattern(r"\([ ]?(\d{1,2})[ ]?、[ ]?\Z")  # `(6、` before a range's last day


def _lists_range(gap: str, a: Found) -> bool:
    """`(6、` between a two-day range A and its last day: the bracket lists A's days."""
    m = _LISTED_FIRST_DAY.search(gap)
    value = a.resolved.value
    return m is not None and value is not None and m.start() == 0 and int(m.group(1)) == value.start.day \
        and (value.end - value.start).days == 1


def _numbered(f: Found) -> bool:
    """A day said by its number (`17日`, `本月16`), not a weekday."""
    return f.partial.day is not None and f.partial.weekday is None


def _next_day(a: DateValue, b: DateValue) -> bool:
    """B is the day after A (`20日及21日`: a range, not two dates)."""
    return a.start == a.end and b.start == b.end and (b.start - a.end).days == 1


def _ends_on(a: Found, b: Found) -> bool:
    """A is a range of days whose last day is B, said again in brackets (`至週日(7日)`)."""
    va, vb = a.resolved.value, b.resolved.value
    return va is not None and vb is not None and va.start < va.end and vb.start == vb.end == va.end


@functools.cache
def _to_weekday() -> re.Pattern:
    """`至週日(` between a day and the bracketed last day of its range (`本週六(6日)至週日(7日)`):
    the weekday after 至 is no date of its own (`week_pattern`), the bracketed day says which."""
    return compile_pattern(rf"[ ]?(?:(?:{_alt(cue_words('range_from'))})[ ]?)?{RANGE_JOINER}[ ]?"
                           rf"(?:{week_units()})[一二三四五六日天][ ]?\(\Z")


MAX_CLOSER = 2  # the longest word that closes a joined expression (`之间`)
MAX_GAP = 6  # the longest text between two dates that join (` 至 `, `之后`, `, `, `至星期日(`)


def _range(a: Found, b: Found, end: int, first: _dt.date, last: _dt.date) -> Found:
    """A and B as one range from `first` to `last`; times of day from A's start to B's end."""
    clock = None
    if a.clock or b.clock:
        start_clock = a.clock.start if a.clock else None
        end_clock = (b.clock.end or b.clock.start) if b.clock else None
        if start_clock:
            clock = ClockTime(start=start_clock, end=end_clock,
                              approx=bool((a.clock and a.clock.approx) or (b.clock and b.clock.approx)))
    resolved = Resolved(_value(first, last), a.resolved.grain, a.resolved.resolution)
    return Found(a.start, end, a.partial, resolved, clock)


def _agree(a: Found, b: Found) -> bool:
    """One day said twice: the same day, or a bare weekday and a day that falls on it."""
    va, vb = a.resolved.value, b.resolved.value
    if va is None or vb is None:
        return False
    if va.start != va.end or vb.start != vb.end:
        return False
    for weekday, day in ((a, vb), (b, va)):
        p = weekday.partial
        if p.weekday is not None and p.week_offset is None and p.until is None and p.weekday < WEEKEND:
            return day.start.weekday() == p.weekday
    return va == vb


def clock_time(p: PartialDate) -> ClockTime | None:
    """The mention's time of day: its own clock, ended by its range end's clock
    (`3月11日上午9时至12日下午3时`: 09:00 on the 11th to 15:00 on the 12th)."""
    tail = p.until.clock if p.until is not None else None
    if p.clock is None:
        return None
    if tail is None:
        return ClockTime(start=p.clock.start, end=p.clock.end, approx=p.clock.approx)
    return ClockTime(start=p.clock.start, end=tail.end or tail.start, approx=p.clock.approx or tail.approx)


def dateline_day(dateline: str | None, text: str, ctx: Context) -> _dt.date | None:
    """The day an article is dated (`datelines.py`): its dateline's first day, resolved
    against the publication date on the side behind it; None without one."""
    source = dateline_text(dateline, text)
    return _source_day(source, ctx) if source is not None else None


def _source_day(source: str, ctx: Context) -> _dt.date | None:
    """`dateline_day` of the dateline's text (`datelines.dateline_text`)."""
    for _start, _end, partial in partial_dates(source):
        resolved = resolve(partial, ctx, toward="behind")
        if resolved.value is not None and resolved.grain == "day" and resolved.value.start == resolved.value.end:
            return resolved.value.start
    return None


def _reads_direction(p: PartialDate) -> bool:
    """Whether `resolve` looks at `toward` for this date: only for a date without a year
    of its own (`5月24日`, a bare `12日`) or a bare weekday. The others skip `direction`,
    a handful of pattern searches around the mention. Keep in step with `resolve`."""
    if p.vague or p.anaphor is not None or p.day_offset is not None or p.period_anaphor is not None \
            or p.season_this:
        return False
    if p.week_offset is not None or p.weekday is not None:
        return p.week_offset is None
    return p.year is None and p.year_before_mentioned is None and p.quarter_before_mentioned is None \
        and p.year_offset is None \
        and p.year_after_last is None and p.month_offset is None


_SENTENCE_END = SENTENCE_END_CHAR


@functools.cache
def _masthead() -> re.Pattern:
    """A masthead's date: `2025年3月13日 星期四`."""
    return compile_pattern(rf"""
        (?P<year> {A_YEAR} ) [ ]? 年 [ ]? (?P<month> {A_MONTH} ) [ ]? 月 [ ]? (?P<day> {A_DAY} ) [ ]? 日
        [ ]? \(? (?: {week_units()} ) (?P<wd> [一二三四五六日天] )          # 星期四, (周四)
    """, re.VERBOSE)


@functools.cache
def _ordinal_festival() -> tuple[re.Pattern, dict[str, int]]:
    """`第47个植树节`, `第十个全民国家安全教育日`: an ordinal before a day first held in a known year."""
    firsts = {name: int(year) for name, year in rows("festival_firsts", 2)}
    names = "|".join(sorted(map(re.escape, firsts), key=lambda w: (-len(w), w)))
    measure = "|".join(map(re.escape, sorted(cue_words("festival_ordinal"))))
    return compile_pattern(rf"""
        第 (?P<n> \d{{1,3}} | [一二三四五六七八九十百零〇]{{1,5}} )   # 第47, 第十: the ordinal
        (?: {measure} )                                              # 个, 届
        “? (?P<name> {names} )                                       # 植树节
    """, re.VERBOSE), firsts


def _ordinal_festival_years(page: str) -> list[int]:
    """The years that ordinal commemorations of the page name (`第47个植树节` → 2025)."""
    pattern, firsts = _ordinal_festival()
    out = []
    for m in pattern.finditer(page):
        n = int(m.group("n")) if m.group("n").isdigit() else chinese_to_int(m.group("n"))
        if n:
            out.append(firsts[m.group("name")] + n - 1)
    return out


def infer_published(page: str) -> _dt.date | None:
    """A reference date read from the page when the caller gave none.

    A masthead (`2025年3月13日 星期四`, the weekday checked) wins. Else the year is the
    latest year written out (not a target after 到/至) — or, on a page that writes no
    year, the year an ordinal commemoration names (`第十个全民国家安全教育日` → 2025) —
    and the day the month-day the
    page names most often (ties: the latest) in that year; else the latest full date.
    A daily reports the day before it is dated, so the most named day plus one is
    the estimate (five of the six pages we checked). None when the page names no year.
    """
    for m in _masthead().finditer(page):
        try:
            day = _dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        except ValueError:
            continue
        if day.weekday() == WEEKDAYS[m.group("wd")]:
            return day
    years: list[int] = []
    full: list[_dt.date] = []
    month_days: Counter = Counter()
    empty = Context(published=None, published_inferred=False, home=Home())
    targets = tuple(cue_words("year_target_before"))  # `到2027年`: a target, not the page's year
    for start, _end, p in partial_dates(page):
        if p.year is not None and not p.lunar and not p.festival:
            if not page.endswith(targets, 0, start):
                years.append(p.year)
            if p.month is not None and p.day is not None:
                r = resolve(p, empty)
                if r.value:
                    full.append(r.value.start)
        elif p.year is None and p.year_offset is None and p.year_after_last is None and p.month and p.day \
                and not p.until:
            month_days[(p.month, p.day)] += 1
    if not years:
        years = _ordinal_festival_years(page)
    if not years:
        return None
    year = max(years)
    if month_days:
        best = max(month_days.items(), key=lambda kv: (kv[1], kv[0]))[0]
        try:
            return _dt.date(year, *best) + REPORTING_LAG
        except ValueError:
            pass
    return max(full) if full else None
