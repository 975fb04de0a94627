"""Dates: every temporal expression of an article, resolved against the publication date.

Two steps, kept apart (ctparse's productions and its `Time` with unknown fields):
1. `date_grammar.partial_dates` reads each expression into a `PartialDate` — what the
   text says, with the year, month or anchor possibly unknown.
2. `resolve(partial, ctx, anchor, toward)` anchors it, in text order: absolute parts
   as written, relative words to the publication date, anaphors (`当日`, `次日`,
   `同年`) to the last date of the same article, a missing year to the year that puts
   the date nearest the publication date on the side the clause implies
   (`direction`). Festivals and solar terms come from lunar-python (`calendar.py`).

dateparser is not used: on Chinese it reads `3月12日` as "3 months 12 days ago" and
`32.5` as a date (NOTES.md), and nothing here needs it.
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
from ..models import DateMention, DateValue, Grain, Home, Resolution
from ..text.numerals import chinese_to_int
from ..text.offsets import ArticleText
from ..text.overlaps import choose
from ..text.rules import CLAUSE_END, CLAUSE_END_CHAR, SENTENCE_END_CHAR
from . import calendar as _calendar
from .calendar import DAYS_A_WEEK
from .grammar import (
    A_DAY,
    A_MONTH,
    A_YEAR,
    SUNDAY,
    WEEKDAYS,
    WEEKEND,
    PartialDate,
    cue_pattern,
    cue_words,
    partial_dates,
    week_units,
)

__all__ = ["find", "infer_published", "resolve", "direction", "PartialDate", "partial_dates", "choose"]


# ------------------------------------------------------------------ direction


DIRECTION_BEFORE = 8  # characters of the clause before a date read for its direction (`报名从`, `将于`)
DIRECTION_AFTER = 16  # …and after it (`前已完成了`)
MONTHS_A_YEAR = 12
SATURDAY = 5
AROUND = (-1, 0, 1)  # a date without a year, month: the one before, the same, the one after the reference
ONWARD = (0, 1)  # the same month (year) as the one before, or the next: a later date, never an earlier one
REPORTING_LAG = _dt.timedelta(days=1)  # a daily reports the day before its date

_CLAUSE_END = CLAUSE_END_CHAR
# the end of the text before a date that lies in the date's own clause
_CLAUSE_TAIL = re.compile("[^" + re.escape(CLAUSE_END) + r"]*\Z")


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
            span = _calendar.holiday_break(p.festival[0], p.festival[1], year)
            return (span[0], span[1], "day") if span else None
        if p.festival:
            day = _calendar.festival(p.festival[0], p.festival[1], year)
            return (day, day, "day") if day else None
        if p.lunar:
            day = _calendar.lunar_date(year, *p.lunar)
            return (day, day, "day") if day else None
        if p.month is not None and p.day is not None:
            day = _dt.date(year, p.month, p.day)
            return day, day, "day"
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


def _distance(span: tuple[_dt.date, _dt.date, Grain], ref: _dt.date) -> int:
    """Days from `ref` to the nearer end of the span; 0 inside it."""
    return max((span[0] - ref).days, (ref - span[1]).days, 0)


# A paper is written a day or more before it is dated, and a deadline may just have
# passed: `3月12日前完成` in the paper of 3月13日 is this year's, not next year's.
DIRECTION_SLACK = _dt.timedelta(days=7)
_SLACK_DAYS = DIRECTION_SLACK.days


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
    best, best_distance = None, 0
    for span in pool:
        distance = _distance(span, ref)
        if best is None or distance < best_distance:
            best, best_distance = span, distance
    return best


def _value(first: _dt.date, last: _dt.date) -> DateValue:
    return DateValue(start=first, end=last)


class Anchor(NamedTuple):
    """What earlier mentions of the article leave for later ones (rebuilt at every mention:
    a named tuple, cheap to build)."""

    last_day: DateValue | None = None  # for 当日/次日 and a bare `12日`
    last_any: DateValue | None = None  # for 同年/次年
    narrative: DateValue | None = None  # a day or month with a year written out, for `5月` after `2024年3月`
    # the last date of the current sentence and its grain, for `上年` and `比上月` (reset at 。!?;)
    sentence: tuple[DateValue, Grain | None] | None = None


NO_ANCHOR = Anchor()  # nothing said yet: relative dates resolve against the publication day


def resolve(p: PartialDate, ctx: Context, anchor: Anchor = NO_ANCHOR, toward: str | None = None) -> Resolved:
    """Anchor a partial date: absolute parts as written, relative words to the
    publication date, anaphors to the article's last day, a missing year to the
    year that puts the date nearest the publication date on the side `toward`."""
    ref = ctx.published
    if p.vague:
        return Resolved(None, None, "vague")
    if p.anaphor is not None:
        base = anchor.last_day.start if anchor.last_day else ref
        if base is None:
            return Resolved(None, "day", "anaphoric")
        day = _calendar.shifted(base, p.anaphor)
        how: Resolution = "anaphoric" if anchor.last_day else "relative"
        return Resolved(_value(day, day) if day else None, "day", how)
    if p.day_offset is not None:
        if ref is None:
            return Resolved(None, "day", "relative")
        day = _calendar.shifted(ref, p.day_offset)
        return Resolved(_value(day, day) if day else None, "day", "relative")
    if p.week_offset is not None or p.weekday is not None:
        return _resolve_week(p, ref, toward)
    if p.year_part is not None and p.year_part[2] == "month" and p.year_part[0] == 1 < p.year_part[1]:
        toward = "behind"  # `前三个月` sums months already over: never next year's
    head = _resolve_point(p, ref, anchor, toward)
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


def _resolve_week(p: PartialDate, ref: _dt.date | None, toward: str | None) -> Resolved:
    """Weeks and weekdays in days from `ref`'s Monday; a week past the calendar's ends
    (a page of 9999-12-31 and its `下周`) has no value."""
    if ref is None:
        return Resolved(None, "day", "relative")
    monday = DAYS_A_WEEK * (p.week_offset or 0) - ref.weekday()
    if p.weekday is None:
        first, last = monday, monday + SUNDAY
    elif p.weekday == WEEKEND:
        first, last = monday + SATURDAY, monday + SUNDAY
    else:
        first = monday + p.weekday
        if p.week_offset is None:  # a bare 周三: this week's, unless the clause points the other way
            if toward == "behind" and first > 0:
                first -= DAYS_A_WEEK
            elif toward == "ahead" and first < 0:
                first += DAYS_A_WEEK
        last = first + p.until.weekday - p.weekday if p.until and p.until.weekday is not None else first  # 下周一至周三
    day, end = _calendar.shifted(ref, first), _calendar.shifted(ref, last)
    return Resolved(_value(day, end) if day and end else None, "day", "relative")


def _resolve_point(p: PartialDate, ref: _dt.date | None, anchor: Anchor, toward: str | None) -> Resolved:
    if p.year is not None:
        span = _lunar_in_lunar_year(p, p.year) if p.lunar else _in_year(p, p.year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, "absolute")
    if p.year_before_mentioned is not None:
        # `去年亩产4500斤,较上年提高`: the year before the one the sentence named, else before this one
        named = anchor.sentence[0].start.year if anchor.sentence else (ref.year if ref else None)
        if named is None:
            return Resolved(None, None, "relative")
        span = _in_year(p, named + p.year_before_mentioned)
        how: Resolution = "anaphoric" if anchor.sentence else "relative"
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, how)
    offset = p.year_offset if p.year_offset is not None else p.year_after_last
    if offset is not None:
        base = anchor.last_any.start if p.year_after_last is not None and anchor.last_any else ref
        how = "anaphoric" if p.year_after_last is not None and anchor.last_any else "relative"
        if base is None:
            return Resolved(None, None, how)
        year = base.year + offset
        span = _lunar_in_lunar_year(p, year) if p.lunar else _in_year(p, year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, how)
    if p.month_offset is not None:
        base, how = ref, "relative"
        if p.month_offset < 0 and p.xun is None and p.day is None and anchor.sentence \
                and anchor.sentence[1] == "month":
            # `3月份,失业率5.1%,比上月下降`: the month before the one the sentence named
            base, how = anchor.sentence[0].start, "anaphoric"
        if base is None:
            return Resolved(None, None, "relative")
        year, month = _add_months(base.year, base.month, p.month_offset)
        span = _in_year(p._replace(month=month), year)
        return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, how)
    if p.month is None and p.day is not None:
        return _resolve_bare_day(p, ref, anchor, toward)
    if p.month is None and p.year_part is None and not p.festival and not p.lunar:
        return Resolved(None, None, "vague")  # nothing to place (cannot happen with the grammar)
    narrative = anchor.narrative
    if narrative is not None and (ref is None or narrative.start.year != ref.year):
        # `2024年3月…；5月…`: a story told in a past year keeps its year while it moves forward
        span = _in_year(p, narrative.start.year)
        if span and span[0] >= narrative.start and (ref is None or span[1] <= ref):
            return Resolved(_value(span[0], span[1]), span[2], "inferred_year")
    if ref is None:
        return Resolved(None, None, "inferred_year")
    spans = [(_lunar_in_lunar_year(p, ref.year + k) if p.lunar else _in_year(p, ref.year + k)) for k in AROUND]
    span = _nearest(spans, ref, toward)
    return Resolved(_value(span[0], span[1]) if span else None, span[2] if span else None, "inferred_year")


def _lunar_in_lunar_year(p: PartialDate, year: int) -> tuple[_dt.date, _dt.date, Grain] | None:
    day = _calendar.lunar_date(year, *p.lunar) if p.lunar else None
    return (day, day, "day") if day else None


def _resolve_bare_day(p: PartialDate, ref, anchor: Anchor, toward) -> Resolved:
    """`12日`: the month of the article's last day, else of the publication date."""
    if anchor.last_day is not None:
        base = anchor.last_day.start
        for offset in ONWARD:
            year, month = _add_months(base.year, base.month, offset)
            span = _in_year(p._replace(month=month), year)
            if span and span[0] >= base:
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
            p.year_after_last is not None:
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


def _advance(anchor: Anchor, p: PartialDate, r: Resolved) -> Anchor:
    if r.value is None:
        return anchor
    narrative = r.value if r.resolution == "absolute" and p.year is not None and \
        r.grain in ("day", "month", "xun") else anchor.narrative
    # `比上年提高…,比上年增加`: both read from the year the sentence named, not the second from the first
    sentence = (r.value, r.grain) if p.year_before_mentioned is None and (p.month_offset or 0) >= 0 \
        else anchor.sentence
    return Anchor(last_day=r.value if r.grain == "day" else anchor.last_day, last_any=r.value,
                  narrative=narrative, sentence=sentence)


# ------------------------------------------------------------------ entry points


def find(article: ArticleText, ctx: Context) -> tuple[DateMention, ...]:
    """Every temporal expression of the article, in text order, resolved."""
    text = article.text
    out = []
    anchor = Anchor()
    previous_end = 0
    for start, end, partial in partial_dates(text):
        if anchor.sentence and _SENTENCE_END.search(text, previous_end, start):
            anchor = anchor._replace(sentence=None)
        previous_end = end
        toward = direction(text, start, end) if _reads_direction(partial) else None
        resolved = resolve(partial, ctx, anchor, toward)
        if resolved.value is None and resolved.resolution == "absolute":
            continue  # no such day (`2025年2月29日`): a misprint or not a date
        anchor = _advance(anchor, partial, resolved)
        out.append(DateMention(**article.mention_fields(start, end), value=resolved.value,
                               grain=resolved.grain, resolution=resolved.resolution,
                               part_of_day=partial.part_of_day, time=partial.time))
    return tuple(out)


def _reads_direction(p: PartialDate) -> bool:
    """Whether `resolve` looks at `toward` for this date: only for a date without a year
    of its own (`5月24日`, a bare `12日`) or a bare weekday. The others skip `direction`,
    a handful of pattern searches around the mention. Keep in step with `resolve`."""
    if p.vague or p.anaphor is not None or p.day_offset is not None:
        return False
    if p.week_offset is not None or p.weekday is not None:
        return p.week_offset is None
    return p.year is None and p.year_before_mentioned is None and p.year_offset is None \
        and p.year_after_last is None and p.month_offset is None


_SENTENCE_END = SENTENCE_END_CHAR


@functools.cache
def _masthead() -> re.Pattern:
    """A masthead's date: `2025年3月13日 星期四`."""
    return re.compile(rf"""
        (?P<year> {A_YEAR} ) [ ]? 年 [ ]? (?P<month> {A_MONTH} ) [ ]? 月 [ ]? (?P<day> {A_DAY} ) [ ]? 日
        [ ]? \(? (?: {week_units()} ) (?P<wd> [一二三四五六日天] )          # 星期四, (周四)
    """, re.VERBOSE)


@functools.cache
def _ordinal_festival() -> tuple[re.Pattern, dict[str, int]]:
    """`第47个植树节`, `第十个全民国家安全教育日`: an ordinal before a day first held in a known year."""
    firsts = {name: int(year) for name, year in rows("festival_firsts", 2)}
    names = "|".join(sorted(map(re.escape, firsts), key=len, reverse=True))
    measure = "|".join(map(re.escape, sorted(cue_words("festival_ordinal"))))
    return re.compile(rf"""
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
