"""Statistics: numbers with units, approximations, subjects and changes.

One `finditer` pass of one compiled grammar over an article finds candidate
quantities (`近3000余次`, `32.5万余元`, `90%以上`, `三分之一`, `翻一番`); filters
drop what only looks like a quantity (dates, ordinals, codes, names, idioms);
small windows around each survivor give its subject, scope and change. The
vocabulary (units, approximation words, idioms, subject stops, change verbs)
lives in `data/*.tsv`.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from .. import lexicon
from ..context import Context
from ..models import Change, DateMention, Organization, Statistic
from ..text.numerals import (ARABIC, CHINESE, CN_DIGITS, CN_POSITIONS, MULTIPLIER, chinese_to_int, is_digit_sequence,
                      multiplier, parse_number)
from ..text.offsets import ArticleText
from ..text.rules import HAN, PHRASE_END, SENTENCE_END

@dataclass(frozen=True)
class Unit:
    """A unit or classifier: its kind, the multiplier it carries (`万元`), the unit reported."""

    kind: str
    multiplier: Decimal
    reported: str
    role: str  # classifier | noun | measure | rate
    not_followed_by: str
    approx: str = "exact"  # `个多月` carries its own 多


@dataclass(frozen=True)
class ApproxWord:
    position: str  # before | inside | after
    approx: str
    not_preceded_by: str


@dataclass(frozen=True)
class Boundary:
    """A subject stop word and the neighbours that make it part of another word."""

    not_preceded_by: str
    not_followed_by: str
    topic: bool = False  # `实现`, `完成`: `重点商贸企业实现销售额` keeps its topic


def _field(row: tuple[str, ...], k: int) -> str:
    return row[k] if len(row) > k else ""


@functools.cache
def units() -> dict[str, Unit]:
    return {row[0]: Unit(row[1], Decimal(row[2]), row[3], row[4], _field(row, 5), _field(row, 6) or "exact")
            for row in lexicon.rows("units", columns=5)}


@functools.cache
def approx_words() -> dict[str, ApproxWord]:
    return {row[0]: ApproxWord(row[1], row[2], _field(row, 3)) for row in lexicon.rows("approx_words", columns=3)}


@functools.cache
def _stops() -> dict[str, Boundary]:
    return {row[0]: Boundary(_field(row, 1), _field(row, 2), _field(row, 3) == "topic")
            for row in lexicon.rows("subject_stops")}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _alternation_by_first_char(words) -> str:
    """`_alternation` with the words that share a first character in one branch
    (`个(?:工作日|百分点|月|)`): at each position the engine tries one branch, not
    every word. Words with other first characters cannot match where these do, and
    within a branch the order stays longest first, so the matches are the same."""
    branches: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        branches.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" if rests != [""] else re.escape(first)
                    for first, rests in branches.items())


# Grammar pieces. A number (Arabic sums like `48+15`, Chinese, or a bare 百/千/万
# that only counts after an approximation word: `近千个`, `上百名`).
# A number never starts inside a run of digits: with the lookbehinds a run of n
# digits costs O(n) once, not once per position (`1111…` must not hang).
_ARABIC_START = rf"(?<![\d.+]){ARABIC}"
_CHINESE_START = rf"(?<![{CN_DIGITS}{CN_POSITIONS}]){CHINESE}"
_CORE = rf"(?:{_ARABIC_START}(?:\+{ARABIC}){{0,5}}|{_CHINESE_START}|[百千万])"
_DASH = r"(?:至|到|-|—|–|~|－)"
_FRACTION = rf"(?P<den>{_CHINESE_START}|{_ARABIC_START})分之(?P<nom>{CHINESE}|{ARABIC})"
_PERCENT_WORDS = rf"(?P<per>[百千])分之(?P<pnum>{CHINESE}|{ARABIC}|百)"
_DOUBLING = r"翻(?:了)?(?P<fan>[一两二三四五六七八九十]|\d+)番"


# `全年接待游客1200万,`: 万/亿 closing a clause stand for a count whose unit is implied.
_CLAUSE_AHEAD = r"(?=[,，。;；、!?！？)）\s]|$)"
_IMPLICIT = Unit("other", Decimal(1), "", "measure", "")


def _quantity(units_alt: str) -> str:
    """`NUMBER [[万亿] UNIT] dash NUMBER] [余多来] (UNIT | 万亿 [余多] UNIT)`: the common shape.

    A unit is tried before a multiplier, so `3.6千米` is 3.6 千米, not 3600 米. A
    range may write its unit twice (`5000元至8000元`, `16℃至25℃`, `3万元至5万元`):
    then the end must repeat the start's multiplier and unit, or it is no range.
    """
    first = (rf"(?P<num>{_CORE})(?:(?P<mult1>{MULTIPLIER})?(?P<u1>{units_alt})?{_DASH}(?P<num2>{_CORE}))?"
             rf"(?P<in1>余|多|来)?")
    last = (rf"(?:(?P<unit>{units_alt})|(?P<mult>{MULTIPLIER})(?P<in2>余|多)?"
            rf"(?:(?P<unit2>{units_alt})|{_CLAUSE_AHEAD}))")
    repeated = r"(?(mult1)(?P=mult1))(?P=u1)"
    return rf"{first}(?(u1){repeated}|{last})(?:/(?P<per_unit>{units_alt}))?"


def _written_multiple(unit: str) -> bool:
    """`万元`, `亿美元`: a multiplier written before another unit (`成` scales by itself)."""
    return unit[0] in "万亿" and unit[1:] in units()


@functools.cache
def grammar() -> re.Pattern:
    """The one pattern of a stated quantity, compiled on first use."""
    words = approx_words()
    before = _alternation_by_first_char(w for w, a in words.items() if a.position == "before")
    after = _alternation_by_first_char(w for w, a in words.items() if a.position == "after")
    # Written multiples (`万元`, `万亩`) are read as multiplier + unit, so that `2650万亩次`
    # is 万 + 亩次 and not 万亩 + a stray 次; tests check each row reads so.
    plain = _alternation_by_first_char(u for u in units() if not _written_multiple(u))
    body = "|".join([_PERCENT_WORDS, _FRACTION, _DOUBLING, _quantity(plain)])
    # Most positions of a text start no quantity: a one-character lookahead over
    # every possible first character rejects them before any alternation is tried.
    first = {w[0] for w, a in words.items() if a.position == "before"} | set(CN_DIGITS + "十百千万翻")
    gate = "(?=[\\d" + re.escape("".join(sorted(first))) + "])"
    pattern = re.compile(rf"{gate}(?P<pre>{before})?(?P<below_zero>零下)?(?:{body})(?P<post>{after})?")
    if tuple(pattern.groupindex) != _GROUPS:
        raise ValueError(f"grammar groups {tuple(pattern.groupindex)} are not in `_GROUPS` order")
    return pattern


@functools.cache
def _idiom_pattern() -> re.Pattern:
    """All idioms in one alternation. Every branch starts with a plain character, so
    the engine skips ahead in C to the characters that can start one."""
    return re.compile(_alternation(lexicon.words("idioms")))


# Short quoted terms and document titles are names, not quantities:
# `“12345”党建工程`, `“两个覆盖”`, `《十条措施》`, `“1+N”`.
_QUOTED = re.compile(r"“[^“”\n]{1,12}”|‘[^‘’\n]{1,12}’|\"[^\"\n]{1,12}\"|《[^《》\n]{1,60}》|「[^「」\n]{1,12}」")
# A code or address goes on from a letter or digit: `G5`, `No.3`, `0351-12345`.
# (Not `:`, the folded Chinese colon of `参与人数:3000人`.)
_CODE_BEFORE = re.compile(r"[A-Za-z0-9_./@#&=-]")
_YEAR_NUMBER = re.compile(r"(?:1[5-9]|20|21)\d\d")


class _Intervals:
    """Sorted, possibly overlapping [start, end) ranges with an overlap test."""

    def __init__(self, ranges):
        ranges = [r for r in ranges if r[0] < r[1]]
        ranges.sort()
        self._starts = [start for start, _ in ranges]
        self._reach = list(itertools.accumulate([end for _, end in ranges], max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end) - 1
        return k >= 0 and self._reach[k] > start


def _value(text: str) -> Decimal | None:
    """The value of a number, canonical like `parse_number`'s (see `_scaled`)."""
    if "+" in text:  # `48+15项`: a sum, written as its parts
        parts = [parse_number(p) for p in text.split("+")]
        return None if any(p is None for p in parts) else _canonical(sum(parts, Decimal(0)))
    return parse_number(text)


def _combine(approxes: list[str]) -> str:
    """`近…余` (under and over) is `about`; otherwise the strongest word wins."""
    if len(approxes) == 1:
        return approxes[0]  # the common case: only the unit's own (`exact`, or 多 of `个多月`)
    kinds = set(approxes) - {"exact"}
    if {"over", "under"} <= kinds or "about" in kinds:
        return "about"
    return kinds.pop() if kinds else "exact"


@dataclass(slots=True)
class _Reading:
    start: int
    end: int
    value: Decimal
    unit: str
    kind: str
    role: str
    approx: str
    value_max: Decimal | None = None
    doubling: bool = False


# The grammar's groups in pattern order: `_read` unpacks `m.groups()` once instead of
# looking eighteen names up (`grammar` checks the order when it compiles).
_GROUPS = ("pre", "below_zero", "per", "pnum", "den", "nom", "fan", "num", "mult1", "u1", "num2", "in1",
           "unit", "mult", "in2", "unit2", "per_unit", "post")


def _read(m: re.Match, text: str) -> _Reading | None:
    """The value, unit and approximation of one grammar match, or None to reject it."""
    words = approx_words()
    start, end = m.start(), m.end()
    approxes: list[str] = []
    (pre, below_zero, per, pnum, den, nom, fan, num, mult1, u1, num2, in1,
     unit_text, mult, in2, unit2, per_unit, post) = m.groups()
    if pre:
        before_char = text[start - 1] if start else ""
        bare = num in ("百", "千", "万")
        if before_char and before_char in words[pre].not_preceded_by or (pre == "上" and not bare):
            start += len(pre)  # `签约29个`: 约 belongs to 签约; `上3个` is no approximation
        else:
            approxes.append(words[pre].approx)
    if post:
        approxes.append(words[post].approx)
    if fan:
        value = parse_number(fan) if fan != "两" else Decimal(2)
        if value is None:
            return None
        return _Reading(start, end, value, "番", "other", "rate", _combine(approxes), doubling=True)
    if per:
        value = parse_number(pnum)
        unit = "%" if per == "百" else "‰"
        return None if value is None else _Reading(start, end, value, unit, "percent", "rate", _combine(approxes))
    if den:
        den, nom = parse_number(den), parse_number(nom)
        if not den or nom is None:
            return None
        value = (nom / den).quantize(Decimal("0.0001")).normalize()
        return _Reading(start, end, value, "分之", "percent", "rate", _combine(approxes))
    unit_text = unit_text or unit2 or u1
    mult = mult or (mult1 if u1 else "") or ""
    first_mult = (mult1 or "") if (mult1 or u1) else mult
    unit = units()[unit_text] if unit_text else _IMPLICIT
    unit_end = end - len(post) if post else end
    after_char = text[unit_end:unit_end + 1]
    if after_char and after_char in unit.not_followed_by:
        return None  # `三年级` is a grade, `五台山` a mountain, `3部分` a part
    if num in ("百", "千", "万") and not approxes:
        return None  # `千方百计`, `万人空巷`: a bare position is a number only after 近/上/逾
    if num in ("零", "〇"):
        return None  # `零部件`: 零 alone is no count
    if num == "一" and not approxes and not mult and not num2 and not in1 and not in2:
        return None  # `一支328人的服务队`, `一场活动`: 一 is an article, not a count
    value_max = None
    value = _value(num)
    if value is None and is_digit_sequence(num) and len(num) == 2:
        low, high = chinese_to_int(num[0]), chinese_to_int(num[1])
        if high != low + 1:
            return None
        value, value_max = Decimal(low), Decimal(high)  # `三四个`, `一两次`: a vague range
        approxes.append("about")
    elif value is None or is_digit_sequence(num):
        return None  # `二〇七所社区`: digits read one by one are a code or a year
    if unit_text == "年" and (_YEAR_NUMBER.fullmatch(num) or is_digit_sequence(num)):
        return None  # `2024年`, `二〇二五年`: a year, not a duration
    if unit.kind == "duration" and _time_frame(text, num, pre, start, end):
        return None  # `今年前两个月`, `近三年来`, `未来五年`: when, not how long
    if num2:
        value_max = _value(num2)
        if value_max is None:
            return None
    for inside in (in1, in2):
        if inside:
            approxes.append(words[inside].approx)
    approxes.append(unit.approx)
    value = _scaled(value, unit.multiplier * multiplier(first_mult) if first_mult else unit.multiplier)
    if below_zero:  # `零下5摄氏度`
        value = -value
    if value_max is not None:
        value_max = _scaled(value_max, unit.multiplier * multiplier(mult) if mult else unit.multiplier)
    if per_unit:  # `1.2万元/平方米`, `35微克/立方米`: a price or a concentration
        per = units()[per_unit].reported
        kind = "money" if unit.kind == "money" else "other"
        return _Reading(start, end, value, f"{unit.reported}/{per}", kind, "measure", _combine(approxes), value_max)
    return _Reading(start, end, value, unit.reported, unit.kind, unit.role, _combine(approxes), value_max)


# A duration in Chinese numerals framed by these words names a period of time
# (`今年前两个月`, `近三年来`, `三个月内`), not a measured length; `提前两天` and
# `连续三年` stay statistics, and so do Arabic ones (`最近3年`).
_FRAME_BEFORE = re.compile(r"(?:(?<!提)前|未来|过去|今后|最近|这)$")
_FRAME_AFTER = re.compile(r"来|内|以来")
_CHINESE_NUMBER = re.compile(CHINESE)


def _time_frame(text: str, num: str, pre: str | None, start: int, end: int) -> bool:
    if not _CHINESE_NUMBER.fullmatch(num):
        return False
    return (pre == "近" or bool(_FRAME_BEFORE.search(text, max(0, start - 2), start))
            or bool(_FRAME_AFTER.match(text, end)))


def _scaled(value: Decimal, factor: Decimal) -> Decimal:
    """`value × factor`, canonical. Values come canonical from `_value`, so the
    common factor 1 (no multiplier, a unit of its own) leaves them as they are."""
    return value if factor == 1 else _canonical(value * factor)


def _canonical(value: Decimal) -> Decimal:
    """An integer without exponent (`3E+2` → `300`), any other value normalised."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


_SESSION = re.compile(r"(?:全体会议|会议|全会|大会)")
_CN_OR_ARABIC_DIGIT = re.compile(rf"[\d{CN_DIGITS}十]")


def _rejected_by_context(text: str, reading: _Reading) -> bool:
    """Ordinals, enumerations and codes around a match."""
    start, end = reading.start, reading.end
    before = text[start - 1] if start else ""
    if before == "第":
        return True  # `第47个植树节`, `第十九中`
    if before == "、" and start >= 2 and _CN_OR_ARABIC_DIGIT.match(text[start - 2]):
        return True  # `一、二类苗`: an enumeration of grades, not two of them
    if reading.unit == "次" and _SESSION.match(text, end) and "届" in _clause_before(text, start):
        return True  # `十四届全国人大三次会议`: the third session
    return bool(before) and bool(_CODE_BEFORE.match(before))


def _names(text: str) -> _Intervals:
    """Quoted terms, titles and idioms: where a number is part of a name."""
    return _Intervals([q.span() for q in _QUOTED.finditer(text)]
                      + [i.span() for i in _idiom_pattern().finditer(text)])


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = ()) -> tuple[Statistic, ...]:
    """Every stated quantity of the article, in text order."""
    text = article.text
    names = taken = None  # built at the first reading: a fifth of the articles state no quantity
    found: list[Statistic] = []
    previous_subject: tuple[int, str] | None = None
    last_end, last, floor = -1, None, 0
    for m in grammar().finditer(text):
        reading = _read(m, text)
        if reading is None or _rejected_by_context(text, reading):
            continue
        if names is None:
            names, taken = _names(text), _Intervals([(n.start, n.end) for n in [*dates, *organizations]])
        if names.overlaps(reading.start, reading.end):
            continue
        fields = article.mention_fields(reading.start, reading.end)
        if taken.overlaps(fields["start"], fields["end"]):
            continue  # dates (`3月12日`) and names (`二〇七所社区`) found by the other extractors
        clause = _clause_span(text, reading.start)
        change = _change(text[clause[0]:clause[1]], reading)
        if change is None and last is not None and last.change and text[last_end:reading.start] in _SERIES:
            # `分别同比增长12.1%和14.6%`: the second figure shares the first one's change
            subject, noun, change = last.subject, "", (last.change, reading.start, "")
        else:
            subject, noun = _subject(text, reading, change, previous_subject, floor=floor, clause=clause)
        if noun:
            previous_subject = (reading.end, noun)
        fields.update(value=reading.value, value_max=reading.value_max, unit=reading.unit, kind=reading.kind,
                      approx=reading.approx, subject=subject, scope=_scope(text, reading.start),
                      change=change and change[0])
        found.append(_validated(fields))
        last_end, last = reading.end, found[-1]
        # a count owns the noun after it (`160余个经营主体授信2.3亿元`); an age or a
        # measure describes the next one's noun (`60岁以上老年人2351人`)
        floor = reading.end if reading.role in ("classifier", "noun") else floor
    return tuple(found)


_SERIES = frozenset({"和", "、", "及", "与"})
# `Statistic.model_validate` without its per-call keyword handling: the same validation of
# the fields dict, with no `**` repacking (a page has dozens of statistics).
_validated = Statistic.__pydantic_validator__.validate_python


# ---- context: clause windows, subject, scope, change -------------------------------------

_CLAUSE_END = PHRASE_END  # a number's clause window stops at any phrase end (text/rules.py)
_SENTENCE_END = SENTENCE_END
_WINDOW = 24
_THROUGH_LAST_BOUNDARY = re.compile(rf"(?s).*[{re.escape(_CLAUSE_END)}]")
_UP_TO_BOUNDARY = re.compile(rf"[^{re.escape(_CLAUSE_END)}]*")


def _clause_span(text: str, start: int) -> tuple[int, int]:
    """Where the clause that ends at `start` begins and ends. A number's clause is read
    by its change, its subject and its noun: `find` takes its span once."""
    lo = max(0, start - _WINDOW)
    end = start
    while end > lo and text[end - 1] == ":":
        end -= 1  # `参与人数:3000人`: a label before its figure
    last = _THROUGH_LAST_BOUNDARY.match(text, lo, end)
    return (last.end() if last else lo), end


def _clause_before(text: str, start: int, floor: int = 0, span: tuple[int, int] | None = None) -> str:
    """The clause that ends at `start` (its `span`, when known), never reaching back before `floor`."""
    begin, end = span or _clause_span(text, start)
    return text[max(begin, floor):end]


def _clause_after(text: str, end: int) -> str:
    return _UP_TO_BOUNDARY.match(text, end, min(len(text), end + _WINDOW)).group()


def _stop_alternation(*, topics: bool) -> str:
    """The stop words as one alternation that matches where one stands as a word of its own.

    At a position the longest stop word is read (`覆盖到`, not `覆盖`: hence the
    `(?!到)`); when a neighbour makes it part of another word (its `not_preceded_by`,
    `not_followed_by` characters) no shorter one is tried. With `topics=False`, a
    topic verb followed by a short noun is no stop: `重点商贸企业实现销售额` stays
    whole (`实现地区生产总值` is still cut). The words are grouped by first character
    (`覆(?:盖到|盖(?!到))`), so that the engine tries one group per position.
    """
    stops = _stops()
    words = sorted(stops, key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for word in words:
        stop = stops[word]
        branch = re.escape(word[1:])
        longer = [w[len(word):] for w in words if w != word and w.startswith(word)]
        if longer:
            branch += f"(?!{'|'.join(map(re.escape, longer))})"
        if stop.not_preceded_by:  # `[…]word` must not end here; at the phrase start it cannot
            branch += f"(?<![{re.escape(stop.not_preceded_by)}]{re.escape(word)})"
        if stop.not_followed_by:
            branch += f"(?![{re.escape(stop.not_followed_by)}])"
        if stop.topic and not topics:
            branch += f"(?=.{{{_SHORT_ATTRIBUTE + 1}}})"
        groups.setdefault(word[0], []).append(branch)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(branches)})" for first, branches in groups.items())


@functools.cache
def _stop_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The first stop word (topics cut), the last one and the last one with two or more
    characters after it (topics kept). The last ones are found by `.*` backtracking
    from the end; a one-character look-ahead skips the positions no stop word starts at.
    Run them on the phrase itself: the neighbour checks must not see beyond it."""
    kept = _stop_alternation(topics=False)
    gate = "(?=[" + re.escape("".join(sorted({w[0] for w in _stops()}))) + "])"
    return (re.compile(f"(?s:{_stop_alternation(topics=True)})"),
            re.compile(rf"(?s).*{gate}({kept})"),
            re.compile(rf"(?s).*{gate}({kept})(?=..)"))


def _first_stop(phrase: str) -> int:
    """Where the first stop word of `phrase` starts, -1 if none: the noun after a number ends there."""
    found = _stop_patterns()[0].search(phrase)
    return found.start() if found else -1


def _last_stops(phrase: str) -> tuple[int, int]:
    """The ends of the last stop word of `phrase` and of the last one that leaves at
    least two characters after it (-1 if none): the noun before a number begins there."""
    _, last_pattern, cut_pattern = _stop_patterns()
    last = last_pattern.match(phrase)
    if last is None:
        return -1, -1
    if len(phrase) - last.end(1) >= 2:
        return last.end(1), last.end(1)
    cut = cut_pattern.match(phrase)
    return last.end(1), (cut.end(1) if cut else -1)


@functools.cache
def _links() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The link words, their lengths longest first (a set lookup per length is cheaper
    than trying every word's `endswith`), and their last characters: a phrase that ends
    in none of these, the common case, has nothing to strip."""
    words = frozenset(lexicon.words("subject_links"))
    return words, tuple(sorted({len(w) for w in words}, reverse=True)), frozenset(w[-1] for w in words)


def _strip_links(phrase: str) -> str:
    """The phrase without the link words it ends with, longest first, repeatedly."""
    words, lengths, last_chars = _links()
    while phrase[-1:] in last_chars:
        for size in lengths:
            if size <= len(phrase) and phrase[-size:] in words:
                phrase = phrase[:-size]
                break
        else:
            break
    return phrase


_VERB_ADJECTIVE = re.compile(f"[{HAN}]{{2}}化")  # `标准化`, `规范化`: the noun phrase has ended
_DEMONSTRATIVE = r"(?:该|此|这|本|其中|其)"
# A time phrase ends where the noun begins: `一季度全市新设民营企业`,
# `窑埠古镇夜间消费街区今年五一假期日均客流`, `春运期间铁路部门加开旅客列车`.
_LEADING_DATE = r".*(?:\d{4}年度?|今年|去年|明年|当年|全年|季度|上半年|下半年|期间|假期|以来|当天|当日)(?=..)"
# What comes before the noun: a demonstrative, then a time phrase (one match, both optional).
_BEFORE_NOUN = re.compile(rf"{_DEMONSTRATIVE}?(?:{_LEADING_DATE})?")


# 和 joins nouns inside a subject (`工作人员和志愿者`, `国家和地区`) but after a
# quantity it starts the next item.
_CONJUNCTIONS = frozenset("和及与")
_POSSESSOR = 3  # a relative clause before 的 is longer (`金融组织要求出具的`)


# The words after a quantity up to the clause end, read in one match: a 的 that links
# them (`328人的“共享儿女”志愿服务队`), a bracketed gloss of the unit (`17.6万台(套)`;
# an unclosed bracket leaves no noun), then the noun up to the next quantity's digits
# (`60岁以上老年人2351人`).
_AFTER_QUANTITY = re.compile(
    rf"的?(?:\([^){re.escape(_CLAUSE_END)}]*\)|(?P<unclosed>\())?(?P<noun>[^{re.escape(_CLAUSE_END)}\d]*)")


def _noun_after(text: str, end: int) -> str:
    """The counted noun after a classifier: `2080个暖“新”驿站` → `暖“新”驿站`."""
    if text[end:end + 1] in _CONJUNCTIONS:
        return ""  # `职责事项11项和协助服务事项40项`: the next item, not this one's noun
    after = _AFTER_QUANTITY.match(text, end, end + _WINDOW)
    if after["unclosed"]:
        return ""
    phrase = after["noun"]
    stop = _first_stop(phrase)
    if stop >= 0:
        phrase = phrase[:stop]
    verb = _VERB_ADJECTIVE.search(phrase) if "化" in phrase else None
    if verb:
        phrase = phrase[:verb.start()]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head > 2:
        if _CN_OR_ARABIC_DIGIT.match(phrase, head + 1):
            phrase = phrase[:head]  # `22所中职学校的680余名选手`: another quantity follows
        elif head <= _POSSESSOR:
            phrase = phrase[:head]  # `8个专业的专家`, `28个赛项的角逐`: a bare noun owns what follows
        else:
            phrase = phrase[head + 1:]  # `18项金融组织要求出具的证明事项`: the head follows the relative clause
    return phrase[:12].removesuffix("的")


_LONG_NOUN = 12  # `全市居民人均可支配收入` is still one noun
_SHORT_ATTRIBUTE = 4  # `销售额`, `营业收入`: an attribute needs the topic before its verb


def _noun_before(text: str, start: int, *, floor: int = 0,
                 clause: tuple[int, int] | None = None) -> tuple[str, bool]:
    """The measured noun before a number (`全市…覆盖率达80.33%` → `全市…覆盖率`), and
    whether a verb stands right before the number.

    With such a verb (`发放一万元慰问金`), a measure's noun is not before it. `floor`
    is the end of the quantity before, which the phrase must not reach back over
    (`160余个经营主体授信2.3亿元` → `经营主体授信`); `clause` is the span of the
    clause that ends at `start`, when the caller has it.
    """
    begin, end = clause or _clause_span(text, start)
    phrase = _strip_links(text[max(begin, floor):end])
    last, cut = _last_stops(phrase)
    verb_final = last == len(phrase)
    if cut >= 0:
        phrase = phrase[cut:]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head > 2:
        phrase = phrase[head + 1:]  # `打造像这样的暖“新”驿站已有2080个`
    phrase = phrase[_BEFORE_NOUN.match(phrase).end():]
    return (phrase if len(phrase) >= 2 else ""), verb_final


def _subject(text: str, reading: _Reading, change, previous: tuple[int, str] | None,
             floor: int = 0, clause: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """The subject of a quantity, and the bare noun a following change may refer to."""
    if change is not None:
        noun = _noun_before(text, change[1], floor=floor)[0]
        if not noun and previous and previous[0] >= _sentence_start(text, reading.start):
            noun = _head(previous[1])  # `报名人数为11257人,较2023年增长9%`: the last quantity's noun
        return ((noun + change[2]) if noun else None), noun
    if reading.role == "rate":
        noun = _noun_before(text, reading.start, floor=floor, clause=clause)[0]
        share = _clause_after(text, reading.end)
        if noun and share[:1] in ("为", "是") and len(share) > 2:
            return f"{noun}中的{share[1:13]}", noun  # `成员90%以上为共产党员`: the share of a population
        return noun or None, noun
    after = _noun_after(text, reading.end)
    if reading.role == "measure":
        # `总投资1.2亿元`: 投资 is the noun; but `河南8500多万亩小麦`, `流转的1600亩小麦`:
        # after no more than a place or a verb, the noun right after the unit is measured
        # (not for a duration: `春运40天全国铁路发送旅客`); after a verb
        # (`发放一万元慰问金`) the noun is not before the number
        noun, verb_final = _noun_before(text, reading.start, floor=floor, clause=clause)
        before = "" if verb_final else noun
        if len(after) >= 2 and len(before) <= 2 and reading.kind != "duration":
            return after, after
        noun = before or (after if len(after) >= 2 else "") or noun
        return noun or None, noun
    if len(after) >= 2:
        return after, after
    noun = _noun_before(text, reading.start, floor=floor, clause=clause)[0]
    if reading.role == "noun" and (not noun or _clause_before(text, reading.start, span=clause).endswith("等")):
        return reading.unit, reading.unit  # `宣传部等10部门`: the number sums up a list
    return noun or None, noun


_PARENTHESIS = re.compile(r"\([^()]*\)")


def _head(noun: str) -> str:
    """A long compound's head is at its end (`…职业资格考试报名人数` → `考试报名人数`).

    A gloss in brackets is no part of it: `细颗粒物(PM2.5)平均浓度`.
    """
    noun = _PARENTHESIS.sub("", noun)
    return noun if len(noun) <= _LONG_NOUN else noun[-6:]


# `.*[…]` matched over [lo, start) ends just after the last of those characters: one
# backtracking step per character, in C, instead of one `rfind` per character kind.
_THROUGH_SENTENCE_END = re.compile(rf"(?s).*[{re.escape(_SENTENCE_END)}]")


def _sentence_start(text: str, start: int) -> int:
    lo = max(0, start - 4 * _WINDOW)
    last = _THROUGH_SENTENCE_END.match(text, lo, start)
    return last.end() if last else lo


_SCOPE = r"(?:全|我|本)(?:国|省|市|区|县|州|盟|旗|镇|乡|街道|社区|村)"
# The first scope word after the last scope boundary (`全省小麦一、二类苗占比`: not cut
# at 、): the atomic group keeps `.*` at that boundary, one match per figure.
_SCOPE_IN_CLAUSE = re.compile(rf"(?s)(?>(?:.*[{re.escape(_SENTENCE_END + ',，:：')}])?).*?(?P<scope>{_SCOPE})")


def _scope(text: str, start: int) -> str | None:
    """`全市共有220个…` → `全市`: the area a figure covers, when the clause says it."""
    found = _SCOPE_IN_CLAUSE.match(text, max(0, start - _WINDOW), start)
    return found["scope"] if found else None


_MEASURE_AT_END = re.compile(r"(?:同比|环比)$")


_BASELINE_FOLLOWS = "baseline follows"
_VERB_FOLLOWS = "verb follows"
_NOT_CLAUSE = r"[^,，。;；、\n]"


@functools.cache
def _change_patterns() -> tuple[re.Pattern, ...]:
    """Three shapes of a change, tried in order, each ending where the number starts.

    `由68天缩短至` (from a baseline to the figure), `高于全省平均水平` (a comparative
    before its baseline), `较上年同期增长` / `同比下降` / `比全国高` (a verb after),
    `较去年同期多开行` (多/少 and a short verb).
    """
    rows = lexicon.rows("change_words", columns=2)
    verbs = _alternation(row[0] for row in rows if _field(row, 2) != _BASELINE_FOLLOWS)  # 多, 少 too
    comparatives = _alternation(row[0] for row in rows if _field(row, 2) == _BASELINE_FOLLOWS)
    # `按可比口径`: 比 after 可 is no baseline
    baseline = rf"(?:较|(?<!可)比|相比|相较)(?P<baseline>{_NOT_CLAUSE}{{1,10}}?(?:同期)?)(?:相比)?"
    adverbs = _alternation(row[0] for row in rows if _field(row, 2) == _VERB_FOLLOWS)
    return (re.compile(rf"(?:由|从)(?P<baseline>{_NOT_CLAUSE}{{1,12}}?)(?P<verb>{verbs})(?:至|到)$"),
            re.compile(rf"(?P<verb>{comparatives})(?P<baseline>{_NOT_CLAUSE}{{1,12}})$"),
            re.compile(rf"(?:{baseline})?(?P<measure>同比|环比)?(?P<verb>{verbs})了?$"),
            re.compile(rf"{baseline}(?P<verb>{adverbs})[{HAN}]{{1,2}}$"))


# Most clauses before a number hold no change at all, and the last two shapes start with
# an optional or look-behind part, which a search tries from every position of the clause.
# So each shape is searched only when the clause has what it needs: `由…至`/`…到` at the
# end, a change verb at the end (`全市共有` has none), 较/比 for a baseline.
@functools.cache
def _verb_last_chars() -> frozenset[str]:
    return frozenset(row[0][-1] for row in lexicon.rows("change_words", columns=2)
                     if _field(row, 2) != _BASELINE_FOLLOWS)


def _may_end_in_verb(clause: str) -> bool:
    """`…增长` or `…增长了`: the clause could end in a change verb."""
    last_chars = _verb_last_chars()
    return clause[-1:] in last_chars or clause.endswith("了") and clause[-2:-1] in last_chars


@functools.cache
def _change_cues() -> tuple[frozenset[str], re.Pattern]:
    """The last characters a change can end its clause with (至/到 of from-to, 了, a change
    verb's last character), and the characters it may hold anywhere (较/比 before a baseline,
    a comparative's first character)."""
    rows = lexicon.rows("change_words", columns=2)
    comparatives = {row[0][0] for row in rows if _field(row, 2) == _BASELINE_FOLLOWS}
    anywhere = "".join(sorted(comparatives | {"较", "比"}))
    return _verb_last_chars() | {"至", "到", "了"}, re.compile(f"[{re.escape(anywhere)}]")


def _may_change(clause: str) -> bool:
    """Whether any change shape could match: most clauses before a number hold no change
    (`全市共有`), and two plain checks rule that out before any shape is searched."""
    last_chars, anywhere = _change_cues()
    return clause[-1:] in last_chars or anywhere.search(clause) is not None


def _change_match(clause: str) -> re.Match | None:
    """The first change shape that ends the clause."""
    if not _may_change(clause):
        return None  # `全市共有`: no shape can match
    from_to, comparative, verb_after, adverb_verb = _change_patterns()
    found = clause.endswith(("至", "到")) and from_to.search(clause)
    found = found or comparative.search(clause)
    found = found or _may_end_in_verb(clause) and verb_after.search(clause)
    found = found or ("较" in clause or "比" in clause) and adverb_verb.search(clause)
    return found or None


def _change(clause: str, reading: _Reading):
    """(Change, local start of the change words, verb) when the quantity is a growth or decline;
    `clause` is the text of the clause that ends at the quantity."""
    if reading.doubling:
        measure = _MEASURE_AT_END.search(clause)
        start = reading.start - (len(measure.group()) if measure else 0)
        return Change(direction="up", measure=measure and measure.group()), start, "翻番"
    m = _change_match(clause)
    if not m or (len(m.group("verb")) == 1 and not m.group("baseline") and not m.group("measure")):
        return None  # `新增7家企业`: a bare 增 is no growth rate without 同比 or a baseline
    direction = lexicon.mapping("change_words")[m.group("verb")][0]
    baseline = m.group("baseline")
    start = reading.start - len(clause) + m.start()
    measure = m.groupdict().get("measure")
    return Change(direction=direction, baseline=baseline or None, measure=measure), start, m.group("verb")
