"""The grammar of Chinese date expressions: named productions that read what a text
says about a date into a `PartialDate`, before anything is anchored.

Each production (`PRODUCTIONS`) is a pattern built from small named pieces
(`year_piece`, `month_piece`, `day_piece`, …) and a builder. One scan of the article
(`_locator`) finds where some production matches; each production's own pattern then
reads its match there, giving exactly what its `finditer` would. Where productions
overlap, `choose` keeps the longest, then the leftmost, then the earlier rule.
Anchoring (which year, which day `当日` means) is `dates.resolve`.

Vocabulary is data: `data/date_words.tsv` (relative, anaphoric and vague words,
parts of a year or month, times of day), `data/date_cues.tsv`, `data/festivals.tsv`,
`data/tagged_days.tsv`.
The `re` module is used (it is several times faster than `regex` here), so every
group name is unique: pieces take a suffix naming the form they belong to.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from typing import NamedTuple, cast

from ..lexicon import LexiconError, rows
from ..models import Grain, PartOfDay
from ..text.dictionary import dictionary
from ..text.numerals import chinese_to_int, digit_pair
from ..text.overlaps import choose
from ..text.precompiled import compile_pattern
from ..text.rules import HAN
from ..text.words import tag, words_around
from . import calendar as _calendar
from .clock import Clock, read_clock

# ------------------------------------------------------------------ vocabulary


# guards that stand before a date word are lookbehinds, which `re` wants of one width: one character each
GUARDS_BEFORE = ("before_sentence_year", "before_first_months", "before_week_unit", "before_vague",
                 "before_relative_year", "before_day_from", "before_day_bare", "before_period_anaphor",
                 "before_week_recurring", "before_recurring_once", "before_bare_year_part")
GUARDS_AFTER = ("after_year", "after_bare_republic_year", "after_sentence_year", "after_quarter_sentence",
                "after_month_part", "after_month_edge",
                "after_bare_day", "after_part_of_day", "after_week_unit", "after_strict_day", "after_anaphor",
                "after_day_from", "after_day_bare", "after_season_this", "after_relative_day",
                "after_record")

# The loader checks the closed columns of these files (roles, calendars, standings, guard
# names: lexicon.CLOSED) when they load, naming the file and line.


@functools.cache
def _date_words() -> dict[str, dict[str, str]]:
    """`data/date_words.tsv`: role → word → value."""
    by_role: dict[str, dict[str, str]] = {}
    for word, role, value in rows("date_words", 3):
        by_role.setdefault(role, {})[word] = value
    return by_role


def _words(role: str) -> dict[str, str]:
    """`data/date_words.tsv` rows of one role: word → value."""
    return _date_words().get(role, {})


@functools.cache
def _date_cues() -> dict[str, frozenset[str]]:
    """`data/date_cues.tsv`: role → its words (a word may carry several roles)."""
    by_role: dict[str, set[str]] = {}
    for word, roles in rows("date_cues", 2):
        for role in roles.split(","):
            by_role.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in by_role.items()}


def week_units() -> str:
    """The words for week (`周`, `星期`, `礼拜`) as one pattern."""
    return _alt(_words("week_unit"))


def _not_after_week_unit() -> str:
    """Lookbehinds: not right after a word for week (one per word: a lookbehind has one width)."""
    return "".join(f"(?<!{re.escape(w)})" for w in sorted(_words("week_unit")))


def cue_words(role: str) -> frozenset[str]:
    """`data/date_cues.tsv` words that carry `role`."""
    return _date_cues().get(role, frozenset())


TAGGED = "tagged"  # the standing of a `data/tagged_days.tsv` day: a date only after the tag that writes its day


@functools.cache
def _festivals() -> dict[str, tuple[str, str, str]]:
    """`data/festivals.tsv`: name → (calendar, lunar-python key, standing); and the days of
    `data/tagged_days.tsv` as fixed days read only with their tag (`“5·19”中国旅游日`)."""
    tagged = {name: ("fixed", day, TAGGED) for name, day in rows("tagged_days", 2)}
    return tagged | {name: (cal, key, standing) for name, cal, key, standing in rows("festivals", 4)}


@functools.cache
def _eras() -> dict[str, tuple[int, int | None]]:
    """`data/eras.tsv`: reign era → (its first year, its last year or None when open)."""
    return {era: (int(first), None if last == "-" else int(last)) for era, first, last in rows("eras", 3)}


@functools.cache
def _span_units() -> dict[str, Grain]:
    """`data/span_units.tsv`: the unit of a count from the reference day (`近五年`) → its grain
    (a closed column, checked at load: `lexicon.CLOSED`)."""
    return {unit: cast(Grain, grain) for unit, grain in rows("span_units", 2)}


@functools.cache
def _period_edges() -> dict[str, tuple[str, str]]:
    """`data/period_edges.tsv`: word → (its years in a century, its years in a decade)."""
    return {word: (century, decade) for word, century, decade in rows("period_edges", 3)}


@functools.cache
def _guards() -> dict[str, tuple[str, ...]]:
    """`data/date_guards.tsv`: guard → the words that block a date reading where it stands."""
    out = {guard: tuple(w.strip() for w in words.split(",")) for guard, words, _examples in rows("date_guards", 3)}
    for guard in GUARDS_BEFORE:
        if any(len(w) != 1 for w in out.get(guard, ())):
            raise LexiconError(f"data/date_guards.tsv: {guard!r} stands before a date word: one character a word")
    missing = set(GUARDS_BEFORE + GUARDS_AFTER) - set(out)
    if missing:
        raise LexiconError(f"data/date_guards.tsv: no row for {', '.join(sorted(missing))}")
    return out


def not_after(guard: str) -> str:
    """A lookahead: none of the guard's words follows."""
    return f"(?!{_alt(_guards()[guard])})"


def guard_chars(guard: str) -> str:
    """The characters of a `before` guard, for a lookbehind's character class."""
    return "".join(re.escape(w) for w in _guards()[guard])


def _alt(words) -> str:
    """The words as one regex, factored into a trie (`元(?:旦节?|宵节?)`): the
    longest reading wins, and the engine does not retry every word at every position."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie(root) or "(?!)"


def _trie(node: dict) -> str:
    children = sorted((c, k) for c, k in node.items() if c)
    leaves = [re.escape(c) for c, k in children if list(k) == [""]]
    branches = [re.escape(c) + _trie(k) for c, k in children if list(k) != [""]]
    if leaves:
        branches.append(leaves[0] if len(leaves) == 1 else "[" + "".join(leaves) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
    return body + ("?" if "" in node else "")


@functools.cache
def cue_pattern(role: str) -> re.Pattern:
    """The `data/date_cues.tsv` words of one role as a pattern."""
    return compile_pattern(_alt(cue_words(role)))


def _firsts(*groups) -> str:
    """The characters a production's match can start with (a cheap guard before it)."""
    return "".join(sorted({w[0] for words in groups for w in words}))


# ------------------------------------------------------------------ numerals
CN = "一二三四五六七八九"
CN_FROM_TWO = CN[1:]  # 二…九: `前一个月` is the month just before, not the year's first month
A_YEAR = r"(?:1[89]|20)\d{2}"
A_YEAR_FIRSTS = "12"  # what a year in digits starts with (1800–2099)
C_YEAR = r"[一二][〇零一二三四五六七八九]{3}"  # 二〇二五: digit by digit
A_MONTH = r"(?:1[0-2]|0?[1-9])"
C_MONTH = rf"(?:十[一二]?|[{CN}])"
A_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
C_DAY = rf"(?:三十一?|二十[{CN}]?|十[{CN}]?|廿[{CN}]?|卅一?|[{CN}])"  # 廿 = 二十, 卅 = 三十
# Not inside a number or right after another date part (the `12日` of `3月12日`).
NOT_INSIDE = r"(?<![\d.\-/年月日号〇零一二三四五六七八九十两廿卅])"


_OLD_TENS = str.maketrans({"廿": "二十", "卅": "三十"})


def _number(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    return chinese_to_int(text.translate(_OLD_TENS) if text[0] in "廿卅" else text)


def strict_start() -> str:
    """Where a strict date word (`前日`, `下年`: also a part of other words, `目前日均`,
    `以下年份`) may start: at a clause start, or after a `strict_before` word (`于前日`)."""
    return rf"(?: (?<! [{HAN}] ) | (?<= [{''.join(sorted(cue_words('strict_before')))}] ) )"


RANGE_JOINER = r"(?:至|到|—{1,2}|–|-|~|～)"

# ------------------------------------------------------------------ pattern pieces
# Each piece names its groups with the suffix of the form it belongs to (see
# HEAD_SUFFIXES, TAIL_SUFFIXES), so one pattern reads `3月11日至12日` in one match.
# The pieces are written for re.VERBOSE (`PATTERN_FLAGS`): whitespace is layout and
# `#` starts a comment, so a layout space of the text is written `[ ]`.
PATTERN_FLAGS = re.VERBOSE


def year_piece(s: str = "") -> str:
    """`2024年`, `2024年度`, `二〇二五年`, a span `2025—2027年`, or a relative year `今年`/`去年`."""
    span_start = rf"(?: (?P<yfrom{s}>{A_YEAR}) [ ]? {RANGE_JOINER} [ ]? )?" if s in HEAD_SUFFIXES else ""
    return rf"""(?:
        {span_start}                                     # 2025—2027年: the first year of a span
        (?P<year{s}> {A_YEAR} | {C_YEAR} ) [ ]? 年
        {not_after('after_year')}                        # not 1990年代, 2024年级
        (?P<fiscal{s}> 度 )?                             # 2024年度
      | (?<! [{guard_chars('before_relative_year')}] )  # not 建成后年发电量
        (?! (?<= [\d{CN}十百千两几多余半个来] ) 年内 )      # not 10年内, 三年内: a count of years
        (?P<relyear{s}> {_alt(_words('year'))} )        # 今年, 去年
        (?: 度 (?! 过 ) )?                                # 明年度, 今年度 (a budget's year); not 今年度过
        (?: 以来 (?= [^\d年月{CN}十] | $ ) )?            # 今年以来: the mention runs to 以来 (the value stays the year)
      | {strict_start()} (?P<stryear{s}> {_alt(_words('year_strict'))} )  # 下年: not 以下年份
        {not_after('after_sentence_year')}
      | (?P<era{s}> {_alt(_eras())} ) [ ]?               # 民国114年, 乾隆五十年, 光绪年间
        (?:   (?P<eranum{s}> 元 | \d{{1,3}} | [{CN}十百〇零]{{1,5}} ) [ ]? 年 {not_after('after_year')}
            | (?P<eraspan{s}> {_alt(_words('era_span'))} ) )
      | (?<! [\d.第] ) (?<! \d, )                        # 115年1月4日, 115年度, 自116年起: a year of the
                                                         # (after a clause's comma, `宣布，115年度`; not `1,115年`)
        (?P<rocyear{s}> 1[01]\d ) 年                      # Republic (Taiwan) without 民國, only before a
        (?: (?= [ ]? (?: {A_MONTH} [ ]? (?: {RANGE_JOINER} [ ]? {A_MONTH} [ ]? )? 月 | 度 | 底 ) )  # month (or
          # months: 114年1至11月, heldout14/tw_news, heldout18/taiwan_news, heldout25/taiwan_news), 度 or 底,
          # or after a word that starts a time
          | (?<= [{''.join(sorted(cue_words('roc_year_before')))}] \d{{3}} 年 ) )
        (?P<rocfiscal{s}> 度 )?
      | (?<! [\d.第] ) (?<! \d, )                        # 114年 alone (`較113年成長`, `，115年招商目標`): a
        (?P<rocbare{s}> 1[01]\d ) 年                     # Republic year only on a Taiwan paper (`partial_dates`
        {not_after('after_bare_republic_year')}          # drops it elsewhere); not 110年来, 110年历史
      | {strict_start()}                                 # 16年3月, 九七年,: a year in two digits, only before
        (?: (?<! [{HAN}] ) | (?<= [{''.join(sorted(cue_words('short_year_before')))}] )  # a month, a part of
            | (?= (?: \d{{2}} | [〇零{CN}]{{2}} ) [ ]? 年 [ ]? (?! , ) ) )  # the year or (after 于, 在) a comma
        (?P<yy{s}> \d{{2}} | [〇零{CN}]{{2}} ) [ ]? 年
        (?= [ ]? (?: (?: {A_MONTH} | {C_MONTH} ) [ ]? 月 | {_alt(_words('year_part'))} | [底初末,] ) )
        {not_after('after_month_part')}
      | (?P<anayear{s}> {_alt(_words('year_anaphor'))} )  # 同年, 次年
      | (?<! [{guard_chars('before_sentence_year')}] )  # not 马上年底
        (?P<senyear{s}> {_alt(_words('year_sentence'))} )  # 上年: the year before the one just named
        {not_after('after_sentence_year')}               # not 上年纪, 上一年级 (first grade)
    )"""


def month_piece(s: str = "") -> str:
    """`3月`, `三月份`, `十二月`, a span of months `1—2月`/`1-11月`, or a relative month `本月`/`上月`."""
    # not a weekday's numeral: `本周五至1月27日` is a weekday and a day, not May to January
    first = rf"{_not_after_week_unit()} (?P<mfrom{s}> {A_MONTH} | {C_MONTH} )"
    span_start = rf"(?: {first} [ ]? {RANGE_JOINER} [ ]? )?" if s in HEAD_SUFFIXES else ""
    return rf"""(?:
        {span_start}                                     # 1—2月: the first month of a span
        (?P<month{s}> {A_MONTH} | {C_MONTH} ) [ ]? 月份?
      | (?P<relmonth{s}> {_alt(_words('month'))} )      # 本月, 上月
        (?: 内 (?! [容外地部] ) )?                         # 本月内: within the month, the same month
    )"""


def day_piece(s: str = "") -> str:
    return rf"(?P<day{s}> {A_DAY} | {C_DAY} ) [ ]? [日号]"


def nth_weekday_piece(s: str = "") -> str:
    """`第一个星期一` after a month (`九月的第三个星期六`, `5月第二个周日`)."""
    return rf"""的? [ ]? 第 (?P<nth{s}> [1-5] | [一二三四五] ) 个 [ ]? (?: {week_units()} )
        (?P<nwd{s}> [一二三四五六日天] )"""


def unmarked_day_piece(s: str = "") -> str:
    """A day after a month with no 日 (`十月二十`, `3月15`), where nothing follows but a
    clause end or a time word: not `3月15家企业`."""
    return rf"""(?P<dayn{s}> {A_DAY} (?! \d ) | {C_DAY} (?! [{CN}十百千万] ) )
        (?= [ ]? (?: [,。;、)!?\n] | $ | {_alt(cue_words('unmarked_day_follower'))}
                   | {_alt(_words('part_of_day'))} ) )"""


def xun_piece(s: str = "") -> str:
    """A part of a month after the month: 上旬/中旬/下旬/初/底/末 (`月初` stands alone)."""
    return rf"(?P<xun{s}> {_alt(w for w in _words('xun') if not w.startswith('月'))} ) {not_after('after_month_part')}"


def year_edge_piece(s: str = "") -> str:
    """`底`/`末`/`初` right after a year (`2024年底`, `今年初`) mean 年底/年末/年初."""
    return rf"(?P<yedge{s}> {_alt(w for w in _words('xun') if len(w) == 1)} ) {not_after('after_month_part')}"


def year_part_piece(s: str = "") -> str:
    return rf"(?P<ypart{s}> {_alt(_year_parts())} )"


def school_break_words() -> frozenset[str]:
    """`暑假`, `暑期` (`data/date_words.tsv` role school_break)."""
    return frozenset(_words("school_break"))


def _year_parts() -> dict[str, str]:
    """The parts of a year (`data/date_words.tsv` roles year_part and school_break): word → `months grain`."""
    return {**_words("year_part"), **_words("school_break")}


def first_months_piece(s: str = "") -> str:
    """`前两个月`, `前4个月`, `前10月`, `首十月`: the year's first months (2 to 11); not
    `提前两个月`, `此前4个月`, `较前两个月` (the months just before)."""
    return rf"""
        (?: (?<! [{guard_chars('before_first_months')}] ) 前   # not 提前, 此前, 较前
          | 首 )                                              # 首九个月 (Hong Kong, Taiwan)
        (?P<fmon{s}> 1[01] | [2-9] | 两 | [{CN_FROM_TWO}] | 十一? ) 个? 月   # 前10月 (headlines, Taiwan)
    """


def bare_year_part_piece() -> str:
    """A part of a year standing alone (`一季度`, `上半年`, `年底`); not a season or
    `全年`, which without a year are mostly not about the calendar
    (counterexamples: `发放春季种子`, `全年GDP`); not the 年初 of `岁末年初`, the turn of the year."""
    return rf"(?<! [{guard_chars('before_bare_year_part')}] ) (?P<bpart> {_alt(_bare_year_parts())} )"


def _bare_year_parts() -> list[str]:
    """A school holiday stands alone (`暑假期間`): unlike `春季` or `全年` it names nothing but its time."""
    parts = [w for w, v in _words("year_part").items() if not v.endswith(("season", "year"))]
    return parts + list(_words("school_break"))


def _month_xuns() -> list[str]:
    """The parts of a month that stand alone (`月底`): the others follow a month (`3月上旬`)."""
    return [w for w in _words("xun") if w.startswith("月")]


def _bare_xuns() -> list[str]:
    """`上旬`, `中旬`, `下旬` said alone (`补贴资金已于上旬发放`, `上旬，县人社局…举办`): a part of the
    publication month on the county pages of heldout17, 19, 22, 23 and 24."""
    return [w for w in _words("xun") if w.endswith("旬")]


def weekday_suffix() -> str:
    """`(星期三)` or ` 星期四` after a day, as in a masthead."""
    return rf"(?: [ ]? \(? (?: {week_units()} ) [一二三四五六日天] \)? )?"


def clock_point() -> str:
    """A clock time: `9:00`, `9时`, `九点半`, `9时30分`, `10点一刻`, `8点钟`, `9时许` (read by `clock.py`)."""
    clock_number = rf"(?: \d{{1,2}} | [{CN}十两]{{1,3}} )"
    midnight = r"(?: 零 | 〇 ) 时"  # 凌晨零時 (heldout11/hk_news, heldout17/hk_news); not 零点五, a number
    return rf"""(?:
        \d{{1,2}} : \d{{2}}                                    # 9:00
      | {midnight}                                             # 零時
      | {clock_number} [时点]                                  # 9时, 九点
        (?: {clock_number} 分 | 半 | [一三]刻 | 整 )? 钟?       # 9时30分, 九点半, 8点钟
    ) (?: {_alt(cue_words('clock_approx'))} )?                # 9时许, 10点左右
    """


def time_of_day(s: str = "") -> str:
    """`上午`, `清晨`, `9:00`, `9时30分`, `上午9时`, `上午9时至下午5时`: kept in the mention."""
    pod_words = _alt(_words('part_of_day'))
    pod = rf"""(?P<pod{s}> {pod_words} )                     # 上午, 清晨
        {not_after('after_part_of_day')}                     # not a word that starts with one: 晚会, 晚报
    """
    return rf"""(?: [ ]? {pod} )?
        (?: [ ]? (?P<clock{s}> {clock_point()}
            (?: [ ]? {RANGE_JOINER} [ ]? (?: (?P<podend{s}> {pod_words} ) [ ]? )? {clock_point()} )?  # 至11时
        ) )?
    """


# The forms of a point; each names its groups with its own suffix (the `re` module
# wants unique names): the start of a date or range ("", "b"), a range's end ("2"-"4").
HEAD_SUFFIXES = ("", "b")
TAIL_SUFFIXES = ("2", "3", "4")


def point_piece(head: bool = True) -> str:
    """A calendar point with any of its leading parts elided (a range's end: `至12日`)."""
    year_led, month_led = HEAD_SUFFIXES if head else TAIL_SUFFIXES[:2]
    y, m, d, x = year_piece(year_led), month_piece(year_led), day_piece(year_led), xun_piece(year_led)
    mb, db, xb = month_piece(month_led), day_piece(month_led), xun_piece(month_led)
    forms = [
        rf"""{y}                                             # a year…
        (?:   [ ]? {m} (?: [ ]? {d} | [ ]? {x} | [ ]? {nth_weekday_piece(year_led)} )?  # …a month, a day…
            | [ ]? {year_part_piece(year_led)}               # …and a part of the year: 2024年一季度
            | {year_edge_piece(year_led)}                    # …and its edge: 2024年底
            | [ ]? {first_months_piece(year_led)}            # …and its first months: 今年前两个月
        )?
        """,
        rf"""{mb}                                            # a month…
        (?:   [ ]? {db} | [ ]? {xb}                         # …and a day or a part of the month
            | [ ]? {nth_weekday_piece(month_led)}            # …or its n-th weekday: 十一月第四个星期四
            | {unmarked_day_piece(month_led)}                # …or a day with no 日: 十月二十
            # …or alone, before no numeral: `一月一通报` is "once a month"
            | (?! [{CN}十两次] )
        )
        """,
    ]
    if head:
        forms.append(bare_year_part_piece())
        forms.append(first_months_piece(month_led))
        forms.append(rf"""
            (?P<bxun> {_alt(_month_xuns())}                  # 月底前完成: a part of the publication month
                | (?<! [上中下] ) {_alt(_bare_xuns())} )     # 上旬已启动; not 中下旬 (of a month named before)
            {not_after('after_month_edge')}
        """)
        forms.append(rf"""
            (?P<bday> {A_DAY} ) [ ]? 日                     # a day of the month alone: only in digits…
            {not_after('after_bare_day')}                    # …and not a duration (3日游, 7日内),
            (?: (?! \d ) | (?= \d{{1,2}} (?: 时 | 点 (?! \d ) ) ) )  # nor a number after it but an hour (11日10时)
          | {strict_start()} (?P<bhao> {A_DAY} ) [ ]? 号     # 25号: only before a clause end or a time word,
            (?= [ ]? (?: [,。;、)!?\n] | $ | {_alt(cue_words('unmarked_day_follower'))}  # not 3号线, 1号文件
                       | {_alt(_words('part_of_day'))} ) )
        """)
    else:
        forms.append(day_piece("4"))
        forms.append(rf"(?P<xun4> {_alt(w for w in _words('xun') if w.endswith('旬'))} )")
    return "(?:" + "\n|".join(forms) + "\n)"


def calendar_pattern() -> str:
    head = point_piece()
    tail = rf"""(?:
        {point_piece(head=False)} {time_of_day('2')}        # 3月11日至12日, 上午9时至11时
      | (?P<now> 今 )                                       # 2020年至今
    )"""
    return rf"""{NOT_INSIDE} {head}
        {weekday_suffix()} {time_of_day()}
        (?: [ ]? {RANGE_JOINER} [ ]? {tail} )?               # a range's end
    """


def numeric_pattern() -> str:
    """`2025.3.12`, `2025-03-12`, `2025/3/12`: the same separator twice, a real year; or
    the year last (`21.3.2024`, `4/6/2018`, `12/25/86`: `build_numeric_year_last`)."""
    return rf"""
        (?:   (?<! [\d.] ) (?P<year> {A_YEAR} ) (?P<sep> [./-] ) (?P<month> {A_MONTH} )
              (?P=sep) (?P<day> {A_DAY} ) (?! [\d.] )
            | {numeric_year_last_pattern()} )
        {weekday_suffix()} {time_of_day()}
    """


def festival_pattern() -> str:
    """A festival, solar term or commemorative day (`2024年冬至`, `“3·15”国际消费者权益日`).

    The name is matched first; its year and `“3·15”` tag are read backwards from it
    (`festival_prefix`), so the pattern does not start at every numeral of the text."""
    return rf"""
        (?P<fest> {_alt(_festivals())} )
        (?P<fq> [”"」』] )?                                   # “五一”假期: the name quoted
        (?P<brk> {_alt(cue_words('festival_break'))} )?      # 清明假期: the official break
        (?:   (?P<during> 期间 )                             # 国庆节期间: the break too
            | (?P<fday> {_alt(cue_words('festival_day'))} )  # 清明节当天: the day
            | {time_of_day()}
        )
    """


@functools.cache
def festival_prefix() -> re.Pattern:
    """What may stand right before a festival name: a year and a month·day tag (`“3·15”`,
    `“三八”`), or the opening quote of a quoted name (`“五一”假期`)."""
    tag = rf"""(?: “? {A_MONTH} [·.•・] {A_DAY} ”? [ ]?         # “3·15”
                 | “ [{CN}十]{{2,3}} ” [ ]?                   # “三八”
                 | [“"「『] )                                   # the opening quote of “五一”
    """
    return compile_pattern(rf"(?<! [\d.] ) (?: {year_piece()} [ ]? )? (?: {tag} )? \Z", PATTERN_FLAGS)


FESTIVAL_REACH = 12  # the longest prefix: `二〇二四年 “12·31”`
FOLLOWER_REACH = 4  # how far after a festival name the word showing it is a date is looked for (`这一天`)


def lunar_pattern() -> str:
    """`正月十五`, `腊月二十三`, `农历八月十五`, `五月初五`, `大年初一`.

    Matched from its 月 (or 大年); the month, 农历 and the year are read backwards
    (`lunar_prefix`), so the pattern does not start at every numeral of the text."""
    lunar_day = rf"(?: 初[{CN}十] | 廿[{CN}] | 二十[{CN}]? | 三十 | 十[{CN}]? )"
    return rf"(?: 月 | (?P<danian> 大年 ) ) (?P<lday> {lunar_day} ) (?! [日号\d{CN}十] )"


@functools.cache
def lunar_prefix(with_month: bool) -> re.Pattern:
    """What stands before a lunar day's 月 (year, 农历, the month) or before 大年 (a year)."""
    month = rf"""
        (?: (?P<nongli> 农历 ) [ ]? )?
        (?P<lmonth> {_alt(_words('lunar_month'))} | {C_MONTH} | {A_MONTH} ) [ ]?   # 腊月, 八月
    """ if with_month else ""
    return compile_pattern(rf"(?<! [\d.] ) (?: {year_piece()} [ ]? )? {month} \Z", PATTERN_FLAGS)


LUNAR_REACH = 16  # the longest prefix: `二〇二四年 农历 十二`
LUNAR_MONTH_DAYS = 30  # the longest lunar month


def strict_day_start() -> str:
    """Where a strict day word (`前日`) may start: where `strict_start` allows, right after a
    `strict_day_subject`, a body that acts on the day it names (`警方前日在葵涌…`, `海關前日在…`),
    or anywhere the day of the month follows it in brackets, which no `目前日均` has
    (`…協調局前日（2日）公布`: heldout7/hk_news; `…區議會前日（1日）舉行`, `…委員會前日（1日）通過`:
    heldout13/hk_news), or before a `strict_day_follower`, a word of what was done that day
    (`長官前日在…會見`, `記者前日從…獲悉`, `中心前日公布`)."""
    subjects = "".join(f"| (?<= {word} ) " for word in sorted(cue_words("strict_day_subject")))
    bodies = rf"| (?<= [{''.join(sorted(_body_ends()))}] )"
    bracketed = rf"| (?= {_alt(_words('day_strict'))} [（(] [ ]? \d{{1,2}} [ ]? 日 [ ]? [）)] )"
    followed = rf"| (?= {_alt(_words('day_strict'))} {_alt(sorted(cue_words('strict_day_follower')))} )"
    return rf"(?: {strict_start()} {subjects} {bodies} {bracketed} {followed})"


# The kinds and classes of `data/org_suffixes.tsv` whose last character ends the name of a body
# that acts on a day (`…局`, `…處`, `…委員會`, `…調查科`), and the characters that also close a
# common word before 前 (`大前日`, `行前`, `心前`, `站前`, `关前`), left out.
_BODY_CLASSES = frozenset({("government", "unit"), ("government", "dept"), ("government", "attached"),
                           ("party", "unit"), ("party", "dept"), ("party", "attached"),
                           ("people", "unit"), ("people", "attached"), ("institution", "attached")})
_NOT_BODY_ENDS = frozenset("大行道心站关")


@functools.cache
def _body_ends() -> frozenset[str]:
    """Last characters of the names of bodies (`data/org_suffixes.tsv`) after which the strict day
    word 前日 names the day the body acted: `司法警察局前日通報` (heldout16/macau_news), `勞工處前日起巡查`
    (heldout19/hk_news), `中級法院前日裁定` (heldout20/macau_news), `小組委員會前日通過` (heldout26/hongkong_news);
    no `目前日均`, `以前日子` ends so."""
    ends = {suffix[-1] for suffix, kind, cls, *_ in rows("org_suffixes", 3)
            if (kind, cls) in _BODY_CLASSES}
    return frozenset(ends - _NOT_BODY_ENDS)


def relative_day_pattern() -> str:
    """`昨天`, `明晚`; a strict word (`前日`, `听日`) only where `strict_day_start` allows."""
    return rf"""(?:   (?P<relday> {_alt(_words('day'))} ) {not_after('after_relative_day')}
            | {strict_day_start()} (?P<strday> {_alt(_words('day_strict'))} ) {not_after('after_strict_day')}
            | (?P<parday> [{''.join(sorted(_day_word_heads()))}] )   # 昨（16）日 (Taiwan)
              [（(] [ ]? \d{{1,2}} [ ]? [）)] 日
        ) {time_of_day()}
        | (?<! [{guard_chars('before_day_from')}] )                # 今起, 明起: not 如今起, 说明起草
          (?P<fromday> {_alt(_words('day_from'))} ) (?= 起 {not_after('after_day_from')} )"""


def bare_day_pattern() -> str:
    """`縣府昨與…簽署`, `博覽會今登場`: 昨/今/明 alone between a subject and its verb (`data/date_words.tsv`
    role day_bare); `build_bare_day` reads the words around it."""
    return rf"""(?<= [{HAN}] ) (?<! [{guard_chars('before_day_bare')}] )
        (?P<bareday> {_alt(_bare_day_words())} ) (?= [{HAN}] ) {not_after('after_day_bare')}"""


def _bare_day_words() -> dict[str, str]:
    """昨, 今, 明: the day_bare words and those of day_from (`今起`), which stand alone too."""
    return {**_words("day_from"), **_words("day_bare")}


# jieba's rarest entries (a count under 5) are mostly fragments and names (`季明`, `昨在`, `建明`), which
# a bare day word may stand in (`耶誕季明點燈`, `黑鮪魚昨在東港`); a word counted this often or more is
# one it belongs to (`今年`, `明显`, `说明`, `如今`, `明春`)
COMMON_WORD_COUNT = 5
WORD_SPAN = 4  # the longest word read around a bare day word
COMMON_SURNAMES = 100  # the first rows of data/surnames.tsv: the most frequent surnames, most frequent first


def build_bare_day(m, text: str) -> PartialDate | None:
    """A bare day word, unless the dictionary holds it in a common word with its neighbours or it ends a
    name: after a common surname (`吳明開始`), or after a surname two characters back that ends no word
    (`黃坤明在`, `李明華`; not `中華隊今`)."""
    at = m.start("bareday")
    words = dictionary()
    for first in range(max(0, at - WORD_SPAN + 1), at + 1):
        for end in range(max(at + 1, first + 2), min(len(text), first + WORD_SPAN) + 1):
            if (words.get(text[first:end]) or 0) >= COMMON_WORD_COUNT:
                return None
    ranked = _surname_ranks()
    if ranked.get(text[at - 1], COMMON_SURNAMES) < COMMON_SURNAMES:
        return None
    if at >= 2 and text[at - 2] in ranked and not (at >= 3 and words.get(text[at - 3:at - 1])):
        return None
    return PartialDate(day_offset=int(_bare_day_words()[m.group("bareday")]), bare_day=True)


@functools.cache
def _surname_ranks() -> dict[str, int]:
    return {row[0]: k for k, row in enumerate(rows("surnames"))}


def _day_word_heads() -> set[str]:
    """The first characters of the one-character-plus-日 day words (`昨日`, `今日`, `明日`, `前日`),
    which Taiwan papers write around the day of the month: `昨（16）日`, `今（17）日`."""
    words = _words("day") | _words("day_strict")
    return {w[0] for w in words if len(w) == 2 and w.endswith("日")}


def week_pattern() -> str:
    """`上周五`, `周三`, `星期三`, `本周`, `下周末`; not `一周`, `每周三`, `逢周一`, `3周`."""
    weekday = r"(?P<wd> [一二三四五六日天末] )"
    unit = week_units()
    # 下周一至周三; 本週六、日 (a list of two days in a row: heldout18/taiwan_news)
    until = rf"(?: (?: [ ]? {RANGE_JOINER} [ ]? (?: {unit} ) | (?P<wlist> 、 ) ) (?P<wd2> [一二三四五六日天] ) )?"
    return rf"""
        # not after a count (一周, 3周, 每周) nor, without a week word, after 至/到: in `每周一至周五`
        # the second day belongs to a schedule, not a date; `下周一至下周三` names two days
        # nor after 逢 (`逢週一休館`, `每逢星期二`: a day every week) unless 逢 closes 适逢/恰逢 (it fell on one day)
        (?:   (?<! [一二三四五六七八九十两{guard_chars('before_week_unit')}\d] )
              (?P<wrel> {_alt(_words('week'))} )            # 上, 本, 下个
            | (?<! [一二三四五六七八九十两{guard_chars('before_week_unit')}\d至到~\-—] )
              (?<! (?<! [{guard_chars('before_recurring_once')}] ) [{guard_chars('before_week_recurring')}] ) )
        (?P<wunit> {unit} )
        (?:   {weekday} {until}                              # 周三, 周末
            | {not_after('after_week_unit')}                 # the week alone: not 周年, 周边, 周至
        )
        {time_of_day()}
    """


class Period(NamedTuple):
    """A decade or a century, or a part of one, as years: `first`..`last` counted as
    `base` says: `absolute` (the years themselves: `20世纪80年代` 1980-1989), `century`
    (from the first year of the reference year's century: `上世纪70年代` -30..-21), or
    `decade` (the latest such decade that began by the reference year: `80年代` 80..89)."""

    base: str
    first: int
    last: int
    grain: Grain


YEARS_A_CENTURY = 100
YEARS_A_DECADE = 10


def period_pattern() -> str:
    """`20世纪80年代`, `上世纪70年代`, `19世纪末`, `本世纪初`, `八十年代`, `1990年代`, `80年代末`."""
    century = rf"""(?: (?P<cent> \d{{1,2}} | 二十一 | 二十 | 十[一二三四五六七八九]? | [{CN}] ) 世纪
                     | (?P<relcent> {_alt(_words('century'))} ) )"""
    decade_number = rf"(?: (?P<dec4> (?: 1[89] | 20 ) \d0 ) | (?P<dec> [1-9]0 | [{CN_FROM_TWO}]十 ) )"
    decade_ahead = rf"(?= [ ]? 的? [ ]? (?: (?: 1[89] | 20 ) \d0 | [1-9]0 | [{CN_FROM_TWO}]十 ) [ ]? 年代 )"
    some = rf"""(?= (?: \d{{1,2}} | [{CN}十]{{1,3}} ) 世纪 | {_alt(_words('century'))}
                   | (?: (?: 1[89] | 20 ) \d0 | [1-9]0 | [{CN_FROM_TWO}]十 ) [ ]? 年代 )"""
    return rf"""(?<! [\d{CN}十] ) {some}                         # a century or a decade at least
        (?: {century} (?: {decade_ahead} [ ]? 的? [ ]? )? )?   # 20世纪(的)…
        (?: {decade_number} [ ]? 年代 )?                       # …80年代: one of them at least (see build)
        (?P<pedge> {_alt(_period_edges())} )?
    """


def build_period(m) -> PartialDate | None:
    g = m.groupdict()
    if not (g["cent"] or g["relcent"] or g["dec"] or g["dec4"]):
        return None
    edge = _period_edges().get(g["pedge"] or "")
    decade = int(g["dec"]) if g["dec"] and g["dec"].isdigit() else (_number(g["dec"]) if g["dec"] else None)
    if g["dec4"]:
        base, first = "absolute", int(g["dec4"])
    elif g["cent"]:
        century = _number(g["cent"])
        if century is None:
            return None
        base, first = "absolute", (century - 1) * YEARS_A_CENTURY
    elif g["relcent"]:
        base, first = "century", int(_words("century")[g["relcent"]]) * YEARS_A_CENTURY
    else:
        base, first = "decade", 0
    if decade is not None and not g["dec4"]:
        first += decade
    is_decade = decade is not None or g["dec4"]
    if is_decade:
        last, grain = first + YEARS_A_DECADE - 1, "decade"
        if edge:
            if edge[1] == "-":
                return None  # 80年代中叶: not said of a decade
            lo, hi = _months(edge[1])
            first, last, grain = first + lo, first + hi, "year"
    else:
        last, grain = first + YEARS_A_CENTURY - 1, "century"
        if edge:
            years, grain = edge[0].split()
            lo, hi = _months(years)
            first, last = first + lo, first + hi
    return PartialDate(period=Period(base, first, last, cast(Grain, grain)))


def counted_pattern() -> str:
    """`近五年(来)`, `过去两年`, `未来三天`, `最近一个月`, `前3周`: whole units counted back or
    forward from the reference day (`mentions._resolve_counted`); `前` only at a clause start
    and before weeks or days (`前两个月` is the year's first months, `开幕前3天` a time
    before another event)."""
    units = _alt(_span_units())
    return rf"""
        (?:   (?P<cdir> {_alt(cue_words('span_back') | cue_words('span_ahead'))} )
            | {strict_start()} (?P<cfront> 前 ) (?= [ ]? [\d{CN}十两]{{1,3}} [ ]? (?: 周 | 个?星期 | 天 | 日 ) ) )
        [ ]? (?P<cn> \d{{1,3}} | [{CN}十两]{{1,3}} | 几 ) [ ]? (?P<cu> {units} )
        (?! (?: 以来 | 来 )? {_alt(_guards()['after_record'])} )   # 创近5年新高: a record, no date
        (?: 以来 | 来 | 里 | 间 | 之内 | 以内 | 内 )?
    """


def build_counted(m) -> PartialDate | None:
    number = m.group("cn")
    if number == "几":
        return PartialDate(vague=True)  # 近几年
    n = _number(number)
    if not n:
        return None
    ahead = m.group("cdir") in cue_words("span_ahead")
    if ahead and _span_units()[m.group("cu")] == "year":
        # `未来三年将投入…`, `未來5年`: a plan's horizon in years is how long it runs, no date (GUIDELINES §2:
        # durations); unmarked in heldout7, heldout10, heldout13, heldout22, heldout35, heldout47, heldout49,
        # heldout50 and unseen_stats2, optional with no value in heldout6, heldout17, wenzhou_p3, xiangyang_economy
        return None
    return PartialDate(counted=(n if ahead else -n, _span_units()[m.group("cu")]))


def anaphor_pattern() -> str:
    return rf"(?P<ana> {_alt(_words('anaphor'))} ) {not_after('after_anaphor')} {time_of_day()}"


def quarter_sentence_pattern() -> str:
    """`上季度`, `上季`, `上一季`: the quarter before the one the sentence named (`data/date_words.tsv`
    role quarter_sentence); not 上季节, 上季军."""
    return rf"(?P<senquarter> {_alt(_words('quarter_sentence'))} ) {not_after('after_quarter_sentence')}"


def build_quarter_sentence(m) -> PartialDate:
    return PartialDate(quarter_before_mentioned=int(_words("quarter_sentence")[m.group("senquarter")]))


def period_anaphor_pattern() -> str:
    """`同期`, `同月`, `当月`: the period the sentence or paragraph named (`data/date_words.tsv` role
    period_anaphor); not `创同期新高`, `创历史同期新高`, `創近10年同期新高` (a record: guard after_record)."""
    return (rf"(?<! [{guard_chars('before_period_anaphor')}] ) (?P<perana> {_alt(_words('period_anaphor'))} )"
            rf" {not_after('after_record')}")


def build_period_anaphor(m) -> PartialDate:
    return PartialDate(period_anaphor=period_anaphor_kind(m.group("perana")))


def period_anaphor_kind(word: str) -> str | None:
    """`period` (the period named, at its grain) or `month` (the month it ends in) for a word of role
    period_anaphor (`同期`, `同月`); None for any other word."""
    return _words("period_anaphor").get(word)


def season_this_pattern() -> str:
    """`今冬`, `今冬明春`: this season (`data/date_words.tsv` role season_this)."""
    return rf"(?P<thisseason> {_alt(_words('season_this'))} ) {not_after('after_season_this')}"


def build_season_this(m, text: str) -> PartialDate | None:
    """This season, unless its last character starts a common word with the next (`送今冬衣`: 冬衣,
    heldout25/county_news; 冬装, 冬瓜)."""
    word = text[m.end() - 1:m.end() + 1]
    if (dictionary().get(word) or 0) >= COMMON_WORD_COUNT:
        return None
    return PartialDate(year_part=_season_this_months(_words("season_this")[m.group("thisseason")]), season_this=True)


def _season_this_months(value: str) -> tuple[int, int, Grain]:
    """A season_this word's months: those of the part of the year it names (`冬季`), or its own (`12-17 season`:
    `今冬明春`, this winter and the spring after it, December to May)."""
    if value in _year_parts():
        return _year_part(value)
    months, grain = value.split()
    first, last = _months(months)
    return first, last, cast(Grain, grain)


def bare_clock_pattern() -> str:
    """A time of day with no date: `下午3:30`, `晚8点`, `凌晨2点左右`.

    A time needs a part of the day before it: a bare `6时30分` or `18:00` on a news page
    is nearly always a schedule (`每日开放时间提前至6时30分`), which places nothing on the
    calendar; so is a time whose sentence speaks of a habit (`工作日上午8:30—11:30`:
    `build_bare_clock`)."""
    return rf"""(?<! [\d:.] ) (?= {_alt(_words('part_of_day'))} [ ]? [\d{CN}十两零〇] )   # a part of the day, a clock
        {time_of_day()}"""


def vague_pattern() -> str:
    """`近日`, `目前`; not the 目前 of `节目前`, `项目前期`."""
    return rf"(?: (?<! [{guard_chars('before_vague')}] ) (?= 目 ) | (?! 目 ) ) (?P<vague> {_alt(_words('vague'))} )"


# ------------------------------------------------------------------ partial dates


class PartialDate(NamedTuple):
    """What an expression says about a date before it is anchored; None = not said.

    An immutable named tuple rather than a frozen dataclass: one is built for every
    candidate and `_replace`d for every year a reading tries, and a frozen dataclass
    costs about five times as much to build (each field set through `object.__setattr__`).
    """

    year: int | None = None
    year_two_digits: int | None = None  # 16年3月: the year's last two digits, its century inferred
    year_offset: int | None = None  # 今年 0, 去年 -1
    year_after_last: int | None = None  # 同年 0, 次年 1: years after the article's last date
    fiscal: bool = False  # 2024年度
    month: int | None = None
    month_offset: int | None = None  # 本月 0, 上月 -1
    day: int | None = None
    day_offset: int | None = None  # 今天 0, 昨日 -1
    xun: tuple[int, int] | None = None  # first, last day of a month part (31 = month end)
    year_part: tuple[int, int, Grain] | None = None  # first, last month, grain
    running: bool = False  # `前11个月`: a sum of the months from January, reported once they are over
    festival: tuple[str, str] | None = None  # calendar, key
    holiday_break: bool = False  # `清明假期`: the festival's official break, not its day
    glued: bool = False  # `冬至送温暖`: a festival name with a word right after it, a date only in a title
    region: str | None = None  # a festival's region (`TW`: `calendar_table.REGIONS`), set from the paper's home
    year_before_mentioned: int | None = None  # 上年 -1: years from the year the sentence last named
    quarter_before_mentioned: int | None = None  # 上季度 -1: quarters from the quarter the sentence last named
    season_this: bool = False  # 今冬: the season the reference day lies in, else the coming one
    period_anaphor: str | None = None  # 同期 `period`, 同月 `month`: the period the sentence or paragraph named
    lunar: tuple[int, int] | None = None  # lunar month, day
    week_offset: int | None = None
    weekday: int | None = None  # 0 Monday … 6 Sunday; 7 the weekend
    anaphor: int | None = None  # days after the last date
    time_only: bool = False  # a time of day with no date (`下午3点`): placed like `当天`
    period: Period | None = None  # a decade or a century (`上世纪70年代`)
    nth_weekday: tuple[int, int] | None = None  # 十一月第四个星期四: (1, 0 Monday), in the month
    counted: tuple[int, Grain] | None = None  # 近五年: (-5, "year"), 未来三天: (3, "day"): whole units from the ref.
    vague: bool = False
    bare_republic: bool = False  # 114年 alone: a year of the Republic only on a Taiwan paper
    bare_day: bool = False  # 昨/今/明 alone before a verb: a day only on a Taiwan, Hong Kong or Macau paper
    until: PartialDate | None = None  # a range's end, its elided parts unknown
    until_now: bool = False  # 至今
    part_of_day: PartOfDay | None = None
    time: str | None = None  # the clock time as written
    clock: Clock | None = None  # …read into 24-hour time


def _time_fields(g: dict, s: str = "", implied: str | None = None) -> dict:
    """Part of day and clock time from a match's groups (`g` = `match.groupdict()`);
    `implied`: the part of the day a word before them names (`今晚8点`: evening)."""
    pod, text, pod_end = g.get(f"pod{s}"), g.get(f"clock{s}"), g.get(f"podend{s}")
    names = _words("part_of_day")
    part = names[pod] if pod else implied
    clock = read_clock(text, part, names[pod_end] if pod_end else None, cue_words("clock_approx")) if text else None
    return {"part_of_day": part, "time": text or None, "clock": clock}


def _months(value: str) -> tuple[int, int]:
    first, last = value.split("-")
    return int(first), int(last)


def _parts(m: re.Match) -> tuple[dict, dict]:
    """A match's non-empty groups by name without suffix: (the point or range start, a range's end)."""
    head: dict = {}
    tail: dict = {}
    names = _GROUP_NAMES.get(id(m.re)) or _group_names(m.re)
    groups = m.groups()
    # a calendar match has some fifty groups and sets a handful: skip the rest in C
    for (base, in_tail), text in zip(compress(names, groups), filter(None, groups), strict=False):
        (tail if in_tail else head)[base] = text
    return head, tail


_UNSUFFIXED = frozenset({"bday", "bhao", "bpart", "bxun"})


# id of a compiled pattern → its group names (hashing a Pattern rehashes its source: slow)
_GROUP_NAMES: dict[int, tuple[tuple[str, bool], ...]] = {}


def _group_names(pattern: re.Pattern) -> tuple[tuple[str, bool], ...]:
    """For each group of a pattern: its name without suffix, and whether it is in a range's end.

    Only patterns compiled once and kept (cached) come here, so their ids stay theirs."""
    names = {index: name for name, index in pattern.groupindex.items()}
    out = []
    for index in range(1, pattern.groups + 1):
        name = names.get(index, "")
        base = name if name in _UNSUFFIXED else name.rstrip("".join(HEAD_SUFFIXES + TAIL_SUFFIXES))
        out.append((base, name[len(base):] in TAIL_SUFFIXES))
    _GROUP_NAMES[id(pattern)] = tuple(out)
    return _GROUP_NAMES[id(pattern)]


def _point_fields(parts: dict) -> dict | None:
    """`PartialDate` fields from a point's groups (named without suffix)."""
    fields: dict = {}
    for base, text in parts.items():
        if base == "year":
            fields["year"] = _number(text)
            fields["fiscal"] = bool(parts.get("fiscal"))
        elif base == "relyear":
            fields["year_offset"] = int(_words("year")[text])
        elif base == "era":
            first, last = _eras()[text]
            number = parts.get("eranum")
            if number:
                n = 1 if number == "元" else _number(number)
                fields["year"] = first + n - 1 if n else None
            else:  # 光绪年间: the whole era (民国时期: 1912-1949, the mainland's count)
                fields["year"] = first
                fields["until_year"] = last or REPUBLIC_ON_THE_MAINLAND_ENDS
        elif base == "rocyear":
            fields["year"] = _eras()[REPUBLIC_ERA][0] + int(text) - 1  # three digits, by the pattern
            fields["fiscal"] = bool(parts.get("rocfiscal"))
        elif base == "rocbare":
            fields["year"] = _eras()[REPUBLIC_ERA][0] + int(text) - 1
            fields["bare_republic"] = True
        elif base == "yy":
            pair = digit_pair(text)
            if pair is not None and int(pair[1]) == int(pair[0]) + 1:
                return None  # 七八年: seven or eight years
            fields["year_two_digits"] = _number(text) if text.isdigit() else int(
                "".join(str(_number(c)) for c in text))
        elif base == "stryear":
            fields["year_offset"] = int(_words("year_strict")[text])
        elif base == "anayear":
            fields["year_after_last"] = int(_words("year_anaphor")[text])
        elif base == "senyear":
            fields["year_before_mentioned"] = int(_words("year_sentence")[text])
        elif base == "fmon":  # `前两个月`: January to the n-th month
            fields["year_part"] = (1, _number(text), "month")
            fields["running"] = True
        elif base == "month":
            fields["month"] = _number(text)
        elif base == "relmonth":
            fields["month_offset"] = int(_words("month")[text])
        elif base == "nth":
            fields["nth_weekday"] = (_number(text), WEEKDAYS[parts["nwd"]])
        elif base in ("day", "bday", "bhao", "dayn"):
            fields["day"] = _number(text)
        elif base == "xun":
            fields["xun"] = _months(_words("xun")[text])
        elif base == "bxun":  # `月底`: of the publication month
            fields["month_offset"] = 0
            fields["xun"] = _months(_words("xun")[text])
        elif base == "yedge":
            fields.update(_year_part_fields("年" + text))
        elif base in ("ypart", "bpart"):
            fields.update(_year_part_fields(text))
    if fields.get("year", 0) is None or fields.get("month", 0) is None or fields.get("day", 0) is None \
            or fields.get("year_two_digits", 0) is None:
        return None  # a numeral `_number` cannot read
    return fields


def _year_part_fields(word: str) -> dict:
    """A part of the year as `PartialDate` fields: a span of months (`上半年`), or, at grain xun,
    the last third of its month (`年底` = 12月下旬, as `月底` is of a month)."""
    first, last, grain = _year_part(word)
    if grain == "xun":
        return {"month": last, "xun": _months(_words("xun")[LAST_XUN])}
    return {"year_part": (first, last, grain)}


LAST_XUN = "下旬"  # the xun word whose days are a month's last third


def _year_part(word: str) -> tuple[int, int, Grain]:
    months, grain = _year_parts()[word].split()
    first, last = _months(months)
    return first, last, cast(Grain, grain)  # a grain of data/date_words.tsv (`1-3 quarter`)


def build_calendar(m) -> PartialDate | None:
    head_parts, tail_parts = _parts(m)
    head = _point_fields(head_parts)
    if head is None:
        return None
    head.update(_time_fields(head_parts))
    if "until_year" in head:  # 光绪年间: from the era's first year to its last
        last = head.pop("until_year")
        return PartialDate(**head, until=PartialDate(year=last))
    if head_parts.get("yfrom"):  # `2025—2027年`: a range of years
        first = _number(head_parts["yfrom"])
        if head.get("year") is None or first >= head["year"]:
            return None
        return PartialDate(year=first, until=PartialDate(**head))
    if head_parts.get("mfrom"):  # `1—2月`: the months' span, as a range of months
        first = _number(head_parts["mfrom"])
        if first is None or first >= head["month"]:
            return None
        until = PartialDate(month=head["month"], day=head.pop("day", None), xun=head.pop("xun", None))
        return PartialDate(**{**head, "month": first, "until": until})
    if head_parts.get("now"):
        return PartialDate(**head, until_now=True)
    if tail_parts:
        tail = _point_fields(tail_parts)
        if tail is None:
            return None
        return PartialDate(**head, until=PartialDate(**tail, **_time_fields(tail_parts)))
    return PartialDate(**head)


def numeric_year_last_pattern() -> str:
    """`21.3.2024`, `4/6/2018`, `12/25/86`: day or month first, the year last (two digits
    only with `/`)."""
    return rf"""
        (?<! [\d./\-] ) (?P<na> \d{{1,2}} ) (?P<nsep> [./\-] ) (?P<nb> \d{{1,2}} ) (?P=nsep)
        (?P<ny> {A_YEAR} | (?<= / ) \d{{2}} ) (?! [\d./\-] )
    """


MONTHS = 12


def build_numeric_year_last(m) -> PartialDate | None:
    """Which number is the month: the one that can be (`21.3.2024`: 21 is no month); when
    both can, `/` puts the month first (`3/4/2025` is March 4, as in the US and in
    Duckling) and `.`/`-` the day first (`3.4.2025` is 3 April, as in Europe)."""
    a, b, year = int(m.group("na")), int(m.group("nb")), m.group("ny")
    if a > MONTHS and b > MONTHS or 0 in (a, b):
        return None
    month_first = b > MONTHS or (a <= MONTHS and m.group("nsep") == "/")
    month, day = (a, b) if month_first else (b, a)
    four = len(year) == 4
    return PartialDate(year=int(year) if four else None, year_two_digits=None if four else int(year),
                       month=month, day=day, **_time_fields(m.groupdict()))


def build_numeric(m) -> PartialDate | None:
    if m.group("na"):
        return build_numeric_year_last(m)
    return PartialDate(year=int(m.group("year")), month=int(m.group("month")), day=int(m.group("day")),
                       **_time_fields(m.groupdict()))


def build_festival(m, text: str) -> tuple[int, PartialDate] | None:
    name = m.group("fest")
    if name[0] in NUMERAL_CHARS and m.start() and text[m.start() - 1] in NUMERAL_CHARS + "第":
        return None  # `五四` inside `二十五四`, `六一` inside `第六一`: a number, not a day
    cal, key, standing = _festivals()[name]
    # no prefix at all when a digit stands right before the name (`4冬至`): then none is read
    prefix = festival_prefix().search(text, max(0, m.start() - FESTIVAL_REACH), m.start())
    if standing == TAGGED and not _tag_writes(text[prefix.start():m.start()] if prefix else "", key):
        return None  # `国际电影节` alone, `“8·6”` of another day: the name is no date without its own tag
    parts = _parts(prefix)[0] if prefix else {}
    has_year = bool(parts.get("year") or parts.get("relyear") or parts.get("anayear"))
    glued = False
    if not has_year and not m.group("brk") and not _festival_used_as_date(text, m.end("fq") if m.group("fq")
                                                                          else m.end("fest"), standing):
        if standing == "cue" or m.group("fq") or m.end() != m.end("fest"):
            return None
        glued = True  # `冬至送温暖`: a date only in a title that names no other (`partial_dates`)
    if m.group("fq") and prefix and not text[prefix.start():m.start()].endswith(("“", '"', "「", "『")):
        return None  # a closing quote after the name closes a quotation that began elsewhere
    head = _point_fields(parts) or {}  # nothing from an unreadable year
    start = prefix.start() if prefix else m.start()
    # `清明假期`, `国庆节期间`: the official break, for a festival that has one
    # (on the mainland or in Taiwan, Hong Kong or Macao: which one, the paper's region says when it is resolved)
    brk = bool(m.group("brk") or m.group("during")) and _calendar.has_any_break(key)
    return start, PartialDate(**head, festival=(cal, key), holiday_break=brk, glued=glued,
                              **_time_fields(m.groupdict()))


_TAG = compile_pattern(rf"(?<! \d ) ({A_MONTH}) [·.•・] ({A_DAY}) ”? [ ]? \Z", PATTERN_FLAGS)


def _tag_writes(prefix: str, day: str) -> bool:
    """The month·day tag ending `prefix` writes `day` (`M-D`): `“5·19”` before 中国旅游日."""
    tag = _TAG.search(prefix)
    return tag is not None and f"{int(tag.group(1))}-{int(tag.group(2))}" == day


def _festival_used_as_date(text: str, end: int, standing: str) -> bool:
    """A festival name without a year is a date only before punctuation or a time word.

    Counterexample: `送上冬至慰问品`, `植树节倡议书` — the name is an attribute.
    A `cue` name (`大雪`, `清明`, `五一`) is also an ordinary word, so it needs the time word.
    """
    after = text[end:end + FOLLOWER_REACH]
    if cue_pattern("festival_follower").match(after):
        return True
    if standing == "cue":
        return False
    return not after or not _WORD_CHAR.match(after)


_WORD_CHAR = compile_pattern(f"[{HAN}A-Za-z0-9]")


def build_lunar(m, text: str) -> tuple[int, PartialDate] | None:
    danian = bool(m.group("danian"))
    prefix = lunar_prefix(not danian).search(text, max(0, m.start() - LUNAR_REACH), m.start())
    if prefix is None:
        return None  # a 月 with no month before it
    g = prefix.groupdict()
    named_months = _words("lunar_month")  # 正月, 冬月, 腊月: only lunar months have these names
    month_text, day_text = g.get("lmonth"), m.group("lday")
    if month_text is None:
        month: int | None = 1  # 大年初一: the first lunar month
    else:
        month = int(named_months[month_text]) if month_text in named_months else _number(month_text)
    if not (g.get("nongli") or month_text is None or month_text in named_months or day_text[0] in "初廿"):
        return None  # `三月十五` without 农历 is left to the Gregorian grammar
    if danian and day_text[0] != "初":
        return None  # 大年 is only followed by 初一…初十
    day = _number(day_text.lstrip("初").replace("廿", "二十")) if day_text != "初十" else 10
    if not month or not day or day > LUNAR_MONTH_DAYS:
        return None
    head = _point_fields(_parts(prefix)[0]) or {}
    return prefix.start(), PartialDate(**head, lunar=(month, day))


def build_relative_day(m) -> PartialDate:
    if m.group("fromday"):
        return PartialDate(day_offset=int(_words("day_from")[m.group("fromday")]))
    word = m.group("relday") or (m.group("parday") + "日" if m.group("parday") else None)
    offset = int(({**_words("day_strict"), **_words("day")})[word]) if word \
        else int(_words("day_strict")[m.group("strday")])
    evening = _words("part_of_day")["晚"] if word and word.endswith("晚") else None  # 今晚, 昨晚
    return PartialDate(day_offset=offset, **_time_fields(m.groupdict(), implied=evening))


SUNDAY, WEEKEND = 6, 7  # `PartialDate.weekday`: 0 Monday … 6 Sunday, 7 the weekend
WEEKDAYS = {c: k for k, c in enumerate("一二三四五六")} | {"日": SUNDAY, "天": SUNDAY, "末": WEEKEND}


def build_week(m) -> PartialDate | None:
    rel, unit, wd = m.group("wrel"), m.group("wunit"), m.group("wd")
    if not rel and not wd:
        return None  # a bare 周/星期 is a unit (`两周`), not a date
    if unit == "周" and wd == "天":
        return None  # `周天` is not a weekday name
    if wd == "末" and not rel:
        return None  # a bare 周末 is any weekend (`在周末开设专病门诊`); 本周末 is a date
    offset = int(_words("week")[rel]) if rel else None
    until = None
    if m.group("wd2"):
        last = WEEKDAYS[m.group("wd2")]
        if wd == "末" or last <= WEEKDAYS[wd] or (m.group("wlist") and last != WEEKDAYS[wd] + 1):
            return None  # `周一、三、五`: a schedule's days, no range
        until = PartialDate(week_offset=offset, weekday=last)
    return PartialDate(week_offset=offset, weekday=WEEKDAYS[wd] if wd else None, until=until,
                       **_time_fields(m.groupdict()))


def build_anaphor(m, text: str) -> PartialDate | None:
    if _after_joiner(m, text) and _habitual(m, text):
        return None  # `每晚10時至翌日清晨5時`, `每日22時至翌日6時`: the end of a nightly slot, not a date
    word = m.group("ana")
    evening = _words("part_of_day")["晚"] if word.endswith("晚") else None  # 当晚
    return PartialDate(anaphor=int(_words("anaphor")[word]), **_time_fields(m.groupdict(), implied=evening))


HABIT_REACH = 40  # how far back in its sentence a bare time looks for a word of habit (`每`, `工作日`)
_SENTENCE_TAIL = compile_pattern(r"[^。!?;\n]*\Z")


def _habitual(m, text: str) -> bool:
    """Whether the sentence before the match speaks of a habit (`每`, `工作日`)."""
    tail = _SENTENCE_TAIL.search(text, max(0, m.start() - HABIT_REACH), m.start())
    return bool(tail and cue_pattern("habitual_before").search(tail.group()))


_JOINER_BEFORE = compile_pattern(rf"{RANGE_JOINER} [ ]? \Z", re.VERBOSE)


def _after_joiner(m, text: str) -> bool:
    """Whether the match ends a stretch of time: it stands right after `至`, `到`."""
    return bool(_JOINER_BEFORE.search(text, max(0, m.start() - 3), m.start()))


def build_bare_clock(m, text: str) -> PartialDate | None:
    g = m.groupdict()
    if _habitual(m, text):
        return None  # `每周六9:00至11:00`, `工作日上午8:30`: a schedule, not a date
    if _after_joiner(m, text):
        return None  # `延長營運至凌晨2時`, `延長開放時間至晚上9時`: until when, on no day of its own
    if not g.get("pod") or not g.get("clock"):
        return None  # a part of the day alone (`上午`) is no mention; see `time_of_day`
    fields = _time_fields(g)
    if fields["clock"] is None:
        return None  # `25时`: no time of day
    return PartialDate(anaphor=0, time_only=True, **fields)


def build_vague(m) -> PartialDate:
    return PartialDate(vague=True)


@dataclass(frozen=True)
class Production:
    """A named rule: its pattern source and how a match becomes a partial date."""

    name: str
    pattern: Callable[[], str]
    first: Callable[[], str]  # the characters a match can start with
    # a match → its partial date, or (a start further left, partial date), or None to drop it
    build: Callable[..., PartialDate | tuple[int, PartialDate] | None]
    needs_text: bool = False
    # a lookahead looser than the pattern that the locator tries first, where failing is cheaper
    opening: Callable[[], str] | None = None


DIGITS = "0123456789"
REPUBLIC_ERA = "民国"  # `民國115年`, and in Taiwan `115年` alone
REPUBLIC_ON_THE_MAINLAND_ENDS = 1949  # `民国时期`: the era as the mainland counts it
NUMERAL_CHARS = DIGITS + "〇零一二三四五六七八九十两百千万"


def _calendar_words() -> tuple:
    """The words a calendar head may start with (`今年`, `本月`, `一季度`, `月底`, `民国`)."""
    return (_words("year"), _words("year_anaphor"), _words("year_sentence"), _words("month"),
            _bare_year_parts(), _month_xuns(), _bare_xuns(), _words("year_strict"), _eras())


CALENDAR_NUMERALS = DIGITS + "〇零" + CN + "十"


def _calendar_firsts() -> str:
    """What a calendar head starts with: a numeral in digits, a Chinese year (`二〇二五`) or
    month (`十二月`), 前 (`前两个月`), or a word (`今年`, `本月`, `一季度`, `月底`, `中旬`). Not
    `全`, `春` (a year part or month part that only follows a year or month):
    each character here is a place where the whole calendar pattern is tried."""
    return CALENDAR_NUMERALS + "前首" + _firsts(*_calendar_words())


def _calendar_opening() -> str:
    """What the text at a calendar head's start reads, checked before the whole pattern
    (which costs about half a microsecond to fail, at hundreds of places a page): a
    numeral of at most four characters before 年, 月, 日, 号 or a range joiner (`2025年`,
    `十二月`, `25号`, `1—2月`), 前 or 首 (`前两个月`), or a calendar word. A looser reading
    of the head's forms (`point_piece(head=True)`), never a stricter one; first, as the
    pattern does, not inside a number or right after another date part (`NOT_INSIDE`)."""
    joiner_firsts = "至到—–\\-~～"  # RANGE_JOINER's first characters
    return (rf"{NOT_INSIDE} (?: [{CALENDAR_NUMERALS}]{{1,4}} [ ]? [年月日号{joiner_firsts}] | [前首]"
            rf" | {_alt(w for words in _calendar_words() for w in words)} )")


PRODUCTIONS: tuple[Production, ...] = (
    Production("numeric", numeric_pattern, lambda: DIGITS, build_numeric),
    Production("festival", festival_pattern, lambda: _firsts(_festivals()),
               build_festival, needs_text=True),
    Production("lunar", lunar_pattern, lambda: "月大", build_lunar, needs_text=True),
    Production("calendar", calendar_pattern,
               _calendar_firsts, build_calendar, opening=_calendar_opening),
    Production("relative_day", relative_day_pattern,
               lambda: _firsts(_words("day"), _words("day_strict"), _words("day_from")),
               build_relative_day),
    Production("bare_day", bare_day_pattern, lambda: _firsts(_bare_day_words()), build_bare_day, needs_text=True),
    Production("week", week_pattern, lambda: _firsts(_words("week"), _words("week_unit")), build_week),
    Production("anaphor", anaphor_pattern, lambda: _firsts(_words("anaphor")), build_anaphor, needs_text=True),
    Production("vague", vague_pattern, lambda: _firsts(_words("vague")), build_vague),
    Production("counted", counted_pattern,
               lambda: "前" + _firsts(cue_words("span_back"), cue_words("span_ahead")), build_counted),
    Production("period", period_pattern, lambda: DIGITS + CN + "十" + _firsts(_words("century")), build_period),
    Production("quarter_sentence", quarter_sentence_pattern, lambda: _firsts(_words("quarter_sentence")),
               build_quarter_sentence),
    Production("period_anaphor", period_anaphor_pattern, lambda: _firsts(_words("period_anaphor")),
               build_period_anaphor),
    Production("season_this", season_this_pattern, lambda: _firsts(_words("season_this")), build_season_this,
               needs_text=True),
    Production("bare_clock", bare_clock_pattern, lambda: _firsts(_words("part_of_day")),
               build_bare_clock, needs_text=True),
)


@functools.cache
def _sources() -> tuple[tuple[str, str], ...]:
    """Each production's first characters (sorted) and pattern source, built once for both
    `compiled_productions` and `_locator` (building them reads the data files and factors
    the word lists)."""
    return tuple(("".join(sorted(set(production.first()))), production.pattern()) for production in PRODUCTIONS)


@functools.cache
def compiled_productions() -> tuple[re.Pattern, ...]:
    """Every production's pattern, compiled once; a pattern matching '' is a bug."""
    out = []
    for production, (first, source) in zip(PRODUCTIONS, _sources(), strict=True):
        pattern = compile_pattern(f"(?=[{re.escape(first)}])(?:{source}\n)", PATTERN_FLAGS)
        if pattern.fullmatch(""):
            raise ValueError(f"date production {production.name!r} matches the empty string")
        out.append(pattern)
    return tuple(out)


# ------------------------------------------------------------------ locating matches


_REGEX_TOKEN = compile_pattern(r"""
    \\.                               # an escaped character: `\d`, `\(`, `\#`
  | \[ (?: \\. | [^\]\\] )* \]        # a character class, whole (it may hold `(` or `#`)
  | \(\?P< (?P<named> \w+ ) >         # a named group opens
  | \(\?P= (?P<ref> \w+ ) \)          # a back-reference
  | \# [^\n]*                         # a comment of a VERBOSE pattern (it may hold anything)
  | [()]                              # any other group opens or closes
""", re.VERBOSE)


# `_REGEX_TOKEN`'s tokens again, but all but a named group's opening taken in runs, so that
# `_anonymous` of a source without back-references is one `sub` with a callback per group
_NAMED_OPENING = compile_pattern(r"""
    (?P<other> (?: \\. | \[ (?: \\. | [^\]\\] )* \] | \# [^\n]* | [^\\\[\#(] | \( (?! \?P< \w+ > ) )+ )
  | \(\?P< \w+ >
""", re.VERBOSE)


def _anonymous(source: str) -> str:
    """A pattern source without named groups: each becomes `(?:…)`, a back-reference
    `(?P=sep)` the group's own pattern (so it matches wherever the source does, or more)."""
    if "(?P=" not in source:
        return _NAMED_OPENING.sub(lambda token: token["other"] or "(?:", source)
    return _anonymous_by_tokens(source)


def _anonymous_by_tokens(source: str) -> str:
    """`_anonymous` a token at a time, groups matched up: what a back-reference needs."""
    bodies: dict[str, str] = {}
    opened: list[tuple[str | None, int]] = []
    for token in _REGEX_TOKEN.finditer(source):
        if token["named"] or token.group() == "(":
            opened.append((token["named"], token.end()))
        elif token.group() == ")":
            name, start = opened.pop()
            if name:
                bodies[name] = source[start:token.start()]

    def rewrite(token: re.Match) -> str:
        if token["named"]:
            return "(?:"
        if token["ref"]:
            return "(?:" + _anonymous_by_tokens(bodies[token["ref"]]) + ")"
        return token.group()

    return _REGEX_TOKEN.sub(rewrite, source)


@functools.cache
def _locator() -> tuple[re.Pattern, dict[str, tuple[int, ...]]]:
    """One pattern that stops wherever some production matches, and the rules to try
    at a stop, by its first character.

    `re` skips ahead with its fast first-character scan only when a pattern opens with
    a plain character class. A production opens with a lookahead guard and often a
    lookbehind (`NOT_INSIDE`), so its own `finditer` enters the matcher at every
    character, and eight of them read an article eight times. The locator reads it
    once: it consumes a character some production starts with and then, looking back
    at it, asks the productions in turn whether one matches there:
    `[firsts](?<=[firsts₀](?<=(?=production₀).)|[firsts₁](?<=…)|…)` — the engine skips
    a branch at once when the character is not among its firsts. Productions go in
    without their groups (a lookbehind may not hold a back-reference), so a stop is
    only a candidate: `_matches` confirms it with each production's own pattern."""
    branches = []
    rules_by_first: dict[str, list[int]] = {}
    for rule, (production, (first, source)) in enumerate(zip(PRODUCTIONS, _sources(), strict=True)):
        for char in first:
            rules_by_first.setdefault(char, []).append(rule)
        opening = f"(?={production.opening()})" if production.opening else ""
        branches.append(f"[{re.escape(first)}](?<={opening}(?={_anonymous(source)}\n).)")
    every_first = re.escape("".join(sorted(rules_by_first)))
    locator = compile_pattern(f"[{every_first}](?<={'|'.join(branches)})", re.DOTALL | PATTERN_FLAGS)
    return locator, {char: tuple(rules) for char, rules in rules_by_first.items()}


def _matches(text: str):
    """(rule, match) for every match that each production's `finditer` would give,
    from one scan of the text."""
    locator, rules_by_first = _locator()
    patterns = compiled_productions()
    resume = [0] * len(patterns)  # where each production's `finditer` would search on from
    for stop in locator.finditer(text):
        start = stop.start()
        for rule in rules_by_first[text[start]]:
            if start >= resume[rule] and (m := patterns[rule].match(text, start)):
                resume[rule] = m.end()
                yield rule, m


class MatchGroups(NamedTuple):
    """What a production's `build` reads of a match, without the match: its pattern and
    its groups. Hashable, so that a build can be kept for its groups (`_built`)."""

    re: re.Pattern
    values: tuple[str | None, ...]

    def group(self, name: str) -> str | None:
        return self.values[self.re.groupindex[name] - 1]

    def groups(self) -> tuple[str | None, ...]:
        return self.values

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.values[index - 1] for name, index in self.re.groupindex.items()}


@functools.lru_cache(maxsize=4096)  # a memo (benchmarks/caches.py empties it for cold pages)
def _built(rule: int, groups: tuple[str | None, ...]) -> PartialDate | tuple[int, PartialDate] | None:
    """A production's partial date for a match with these groups. A production that reads
    only its match's groups (not `needs_text`) builds the same partial date from the same
    groups, and a page names the same dates (`今年`, `3月5日`, `近日`) again and again, as do
    the pages of an archive: looking one up costs a hash of its groups, building it ~10 µs."""
    return PRODUCTIONS[rule].build(MatchGroups(compiled_productions()[rule], groups))


# ------------------------------------------------------------------ overlaps


def partial_dates(text: str, republic: bool = False, terse: bool = False,
                  title_end: int = 0) -> list[tuple[int, int, PartialDate]]:
    """Every date expression of `text` as (start, end, partial date), in text order.

    `republic`: the text is a Taiwan paper's, where a three-digit year alone (`較113年成長`)
    is one of the Republic; elsewhere such a year needs a month, 度 or 底 after it, or a
    word before it that starts a time (`自116年起`), and `110年` alone is a count of years.
    `terse`: the text is a Taiwan, Hong Kong or Macau paper's, where 昨/今/明 alone before a verb
    name a day (`縣府昨與…簽署`); elsewhere they do not (`一簇明黄`, `艾力更·依明巴海`).
    `title_end`: where the article's title ends, before which a festival name glued to the word after it
    may be a date (`_titled_festivals`)."""
    candidates = []
    for rule, m in _matches(text):
        production = PRODUCTIONS[rule]
        partial = production.build(m, text) if production.needs_text else _built(rule, m.groups())
        if partial is None:
            continue
        if not republic and _bare_republic(partial):
            continue
        if not terse and isinstance(partial, PartialDate) and partial.bare_day:
            continue
        if isinstance(partial, PartialDate):
            candidates.append((m.start(), m.end(), rule, partial))
        else:  # (a start further left, the partial date)
            candidates.append((partial[0], m.end(), rule, partial[1]))
    glued = [c for c in candidates if c[3].glued]
    found = [(s, e, p) for s, e, _, p in choose([c for c in candidates if not c[3].glued] if glued else candidates)]
    return _titled_festivals(text, found, [(s, e, p) for s, e, _, p in glued], title_end) if glued else found


def _titled_festivals(text: str, found: list[tuple[int, int, PartialDate]], glued: list[tuple[int, int, PartialDate]],
                      title_end: int) -> list[tuple[int, int, PartialDate]]:
    """A festival name glued to the word after it (`冬至送温暖`, `湄江龙舟赛端午开锣`, `港鐵端午節加密東鐵綫班次`)
    is the day a title announces when the title line names no other date (heldout36, heldout40, heldout42-44,
    heldout46 county_news; heldout45/hongkong_news, heldout49/macau_news, heldout50/taiwan_news). Where the line
    names one it is the name of what is held (`中秋綵燈會下周一亮燈`, `端午龙舟邀请赛本周五开赛`: heldout39/
    hongkong_news, heldout45/county_news), after a verb the attribute of its object (`運輸署公布除夕交通安排`:
    heldout22/hongkong_news; `举办冬至关怀活动`: heldout16/macau_news), and in the body an attribute
    (`送上冬至慰问品`, `植树节倡议书`)."""
    dated_lines = {_line(text, s) for s, _, _ in found}
    titled = [(s, e, p) for s, e, p in glued
              if s < title_end and _line(text, s) not in dated_lines and not _after_verb(text, s, e)]
    return sorted(found + titled, key=lambda item: item[0]) if titled else found


def _line(text: str, at: int) -> tuple[int, int]:
    """Where the line holding `at` starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _after_verb(text: str, start: int, end: int) -> bool:
    """Whether the dictionary's cut puts a verb right before `text[start:end]` (jieba's tags `v…`, not the
    verbal noun `vn`)."""
    for _word_start, word_end, word in words_around(text, start, end):
        if word_end == start:
            word_tag = tag(word) or ""
            return word_tag.startswith("v") and word_tag != "vn"
    return False


def _bare_republic(partial: PartialDate | tuple[int, PartialDate]) -> bool:
    """Whether a reading rests on a Republic year written alone (`114年`, `至115年`)."""
    p = partial if isinstance(partial, PartialDate) else partial[1]
    return p.bare_republic or (p.until is not None and p.until.bare_republic)
