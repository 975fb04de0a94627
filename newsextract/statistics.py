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
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from . import lexicon
from .context import Context
from .models import Change, DateMention, Organization, Statistic
from .numbers import (ARABIC, CHINESE, CN_DIGITS, CN_POSITIONS, MULTIPLIER, chinese_to_int, is_digit_sequence,
                      multiplier, parse_number)
from .text import ArticleText

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
    before = _alternation(w for w, a in words.items() if a.position == "before")
    after = _alternation(w for w, a in words.items() if a.position == "after")
    # Written multiples (`万元`, `万亩`) are read as multiplier + unit, so that `2650万亩次`
    # is 万 + 亩次 and not 万亩 + a stray 次; tests check each row reads so.
    plain = _alternation(u for u in units() if not _written_multiple(u))
    body = "|".join([_PERCENT_WORDS, _FRACTION, _DOUBLING, _quantity(plain)])
    # Most positions of a text start no quantity: a one-character lookahead over
    # every possible first character rejects them before any alternation is tried.
    first = {w[0] for w, a in words.items() if a.position == "before"} | set(CN_DIGITS + "十百千万翻")
    gate = "(?=[\\d" + re.escape("".join(sorted(first))) + "])"
    return re.compile(rf"{gate}(?P<pre>{before})?(?P<below_zero>零下)?(?:{body})(?P<post>{after})?")


@functools.cache
def _idiom_pattern() -> re.Pattern:
    idioms = lexicon.words("idioms")
    gate = "(?=[" + re.escape("".join(sorted({w[0] for w in idioms}))) + "])"
    return re.compile(gate + "(?:" + _alternation(idioms) + ")")


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
        self._ranges = sorted(r for r in ranges if r[0] < r[1])
        self._starts = [r[0] for r in self._ranges]
        self._reach = []
        reach = -1
        for _, end in self._ranges:
            reach = max(reach, end)
            self._reach.append(reach)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end) - 1
        return k >= 0 and self._reach[k] > start


def _value(text: str) -> Decimal | None:
    if "+" in text:  # `48+15项`: a sum, written as its parts
        parts = [parse_number(p) for p in text.split("+")]
        return None if any(p is None for p in parts) else sum(parts, Decimal(0))
    return parse_number(text)


def _combine(approxes: list[str]) -> str:
    """`近…余` (under and over) is `about`; otherwise the strongest word wins."""
    kinds = set(approxes) - {"exact"}
    if {"over", "under"} <= kinds or "about" in kinds:
        return "about"
    return kinds.pop() if kinds else "exact"


@dataclass
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


def _read(m: re.Match, text: str) -> _Reading | None:
    """The value, unit and approximation of one grammar match, or None to reject it."""
    words = approx_words()
    start, end = m.start(), m.end()
    approxes: list[str] = []
    pre = m.group("pre")
    if pre:
        before_char = text[start - 1] if start else ""
        bare = m.group("num") in ("百", "千", "万") if m.group("num") else False
        if before_char and before_char in words[pre].not_preceded_by or (pre == "上" and not bare):
            start += len(pre)  # `签约29个`: 约 belongs to 签约; `上3个` is no approximation
        else:
            approxes.append(words[pre].approx)
    post = m.group("post")
    if post:
        approxes.append(words[post].approx)
    if m.group("fan"):
        value = parse_number(m.group("fan")) if m.group("fan") != "两" else Decimal(2)
        if value is None:
            return None
        return _Reading(start, end, value, "番", "other", "rate", _combine(approxes), doubling=True)
    if m.group("per"):
        value = parse_number(m.group("pnum"))
        unit = "%" if m.group("per") == "百" else "‰"
        return None if value is None else _Reading(start, end, value, unit, "percent", "rate", _combine(approxes))
    if m.group("den"):
        den, nom = parse_number(m.group("den")), parse_number(m.group("nom"))
        if not den or nom is None:
            return None
        value = (nom / den).quantize(Decimal("0.0001")).normalize()
        return _Reading(start, end, value, "分之", "percent", "rate", _combine(approxes))
    num, unit_text = m.group("num"), m.group("unit") or m.group("unit2") or m.group("u1")
    mult = m.group("mult") or (m.group("mult1") if m.group("u1") else "") or ""
    first_mult = (m.group("mult1") or "") if (m.group("mult1") or m.group("u1")) else mult
    unit = units()[unit_text] if unit_text else _IMPLICIT
    after_char = text[end - len(post or "")] if end - len(post or "") < len(text) else ""
    if after_char and after_char in unit.not_followed_by:
        return None  # `三年级` is a grade, `五台山` a mountain, `3部分` a part
    if num in ("百", "千", "万") and not approxes:
        return None  # `千方百计`, `万人空巷`: a bare position is a number only after 近/上/逾
    if num in ("零", "〇"):
        return None  # `零部件`: 零 alone is no count
    if num == "一" and not approxes and not mult and not m.group("num2") \
            and not m.group("in1") and not m.group("in2"):
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
    if unit.kind == "duration" and _time_frame(text, m, start, end):
        return None  # `今年前两个月`, `近三年来`, `未来五年`: when, not how long
    if m.group("num2"):
        value_max = _value(m.group("num2"))
        if value_max is None:
            return None
    for inside in (m.group("in1"), m.group("in2")):
        if inside:
            approxes.append(words[inside].approx)
    approxes.append(unit.approx)
    factor = unit.multiplier * multiplier(mult)
    value = _scaled(value, unit.multiplier * multiplier(first_mult))
    if m.group("below_zero"):  # `零下5摄氏度`
        value = -value
    if value_max is not None:
        value_max = _scaled(value_max, factor)
    if m.group("per_unit"):  # `1.2万元/平方米`, `35微克/立方米`: a price or a concentration
        per = units()[m.group("per_unit")].reported
        kind = "money" if unit.kind == "money" else "other"
        return _Reading(start, end, value, f"{unit.reported}/{per}", kind, "measure", _combine(approxes), value_max)
    return _Reading(start, end, value, unit.reported, unit.kind, unit.role, _combine(approxes), value_max)


# A duration in Chinese numerals framed by these words names a period of time
# (`今年前两个月`, `近三年来`, `三个月内`), not a measured length; `提前两天` and
# `连续三年` stay statistics, and so do Arabic ones (`最近3年`).
_FRAME_BEFORE = re.compile(r"(?:(?<!提)前|未来|过去|今后|最近|这)$")
_FRAME_AFTER = re.compile(r"来|内|以来")
_CHINESE_NUMBER = re.compile(CHINESE)


def _time_frame(text: str, m: re.Match, start: int, end: int) -> bool:
    if not _CHINESE_NUMBER.fullmatch(m.group("num")):
        return False
    return (m.group("pre") == "近" or bool(_FRAME_BEFORE.search(text, max(0, start - 2), start))
            or bool(_FRAME_AFTER.match(text, end)))


def _scaled(value: Decimal, factor: Decimal) -> Decimal:
    value = value * factor
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


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = ()) -> tuple[Statistic, ...]:
    """Every stated quantity of the article, in text order."""
    text = article.text
    taken = _Intervals([(m.start, m.end) for m in [*dates, *organizations]])
    names = _Intervals([(q.start(), q.end()) for q in _QUOTED.finditer(text)]
                       + [(i.start(), i.end()) for i in _idiom_pattern().finditer(text)])
    found: list[Statistic] = []
    previous_subject: tuple[int, str] | None = None
    last_end, last, floor = -1, None, 0
    for m in grammar().finditer(text):
        reading = _read(m, text)
        if reading is None or _rejected_by_context(text, reading):
            continue
        if names.overlaps(reading.start, reading.end):
            continue
        fields = article.mention_fields(reading.start, reading.end)
        if taken.overlaps(fields["start"], fields["end"]):
            continue  # dates (`3月12日`) and names (`二〇七所社区`) found by the other extractors
        change = _change(text, reading)
        if change is None and last is not None and last.change and text[last_end:reading.start] in _SERIES:
            # `分别同比增长12.1%和14.6%`: the second figure shares the first one's change
            subject, noun, change = last.subject, "", (last.change, reading.start, "")
        else:
            subject, noun = _subject(text, reading, change, previous_subject, floor=floor)
        if noun:
            previous_subject = (reading.end, noun)
        found.append(Statistic(**fields, value=reading.value, value_max=reading.value_max, unit=reading.unit,
                               kind=reading.kind, approx=reading.approx, subject=subject,
                               scope=_scope(text, reading.start), change=change and change[0]))
        last_end, last = reading.end, found[-1]
        # a count owns the noun after it (`160余个经营主体授信2.3亿元`); an age or a
        # measure describes the next one's noun (`60岁以上老年人2351人`)
        floor = reading.end if reading.role in ("classifier", "noun") else floor
    return tuple(found)


_SERIES = frozenset({"和", "、", "及", "与"})


# ---- context: clause windows, subject, scope, change -------------------------------------

_CLAUSE_END = ",，。;；:：!！?？、\n\t "  # a space too: headlines separate phrases with one
_SENTENCE_END = "。;；!！?？\n"
_WINDOW = 24
_THROUGH_LAST_BOUNDARY = re.compile(rf"(?s).*[{re.escape(_CLAUSE_END)}]")
_UP_TO_BOUNDARY = re.compile(rf"[^{re.escape(_CLAUSE_END)}]*")


def _clause_before(text: str, start: int, floor: int = 0) -> str:
    """The clause that ends at `start`, never reaching back before `floor`."""
    lo = max(0, floor, start - _WINDOW)
    segment = text[lo:start].rstrip(":")  # `参与人数:3000人`: a label before its figure
    last = _THROUGH_LAST_BOUNDARY.match(segment)
    return segment[last.end():] if last else segment


def _clause_after(text: str, end: int) -> str:
    return _UP_TO_BOUNDARY.match(text, end, min(len(text), end + _WINDOW)).group()


@functools.cache
def _stops_by_first_char() -> dict[str, tuple[str, ...]]:
    """Stop words keyed by their first character, longest first."""
    index: dict[str, list[str]] = {}
    for word in sorted(_stops(), key=len, reverse=True):
        index.setdefault(word[0], []).append(word)
    return {char: tuple(words) for char, words in index.items()}


def _stop_positions(phrase: str, *, topics: bool = True) -> list[tuple[int, int]]:
    """Where stop words stand in `phrase`, skipping those that are part of a longer word.

    With `topics=False`, a topic verb followed by a short noun is no stop:
    `重点商贸企业实现销售额` stays whole (`实现地区生产总值` is still cut).
    """
    out = []
    index, stops = _stops_by_first_char(), _stops()
    for k, char in enumerate(phrase):
        words = index.get(char)
        if words is None:
            continue
        word = next((w for w in words if phrase.startswith(w, k)), None)
        if word is None:
            continue
        stop = stops[word]
        end = k + len(word)
        if k and phrase[k - 1] in stop.not_preceded_by:
            continue
        if end < len(phrase) and phrase[end] in stop.not_followed_by:
            continue
        if not topics and stop.topic and len(phrase) - end <= _SHORT_ATTRIBUTE:
            continue
        out.append((k, end))
    return out


@functools.cache
def _links() -> tuple[frozenset[str], tuple[int, ...]]:
    """The link words, and their lengths longest first (a set lookup per length is
    cheaper than trying every word's `endswith`)."""
    words = frozenset(lexicon.words("subject_links"))
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def _strip_links(phrase: str) -> str:
    """The phrase without the link words it ends with, longest first, repeatedly."""
    words, lengths = _links()
    changed = True
    while changed and phrase:
        changed = False
        for size in lengths:
            if size <= len(phrase) and phrase[-size:] in words:
                phrase = phrase[:-size]
                changed = True
                break
    return phrase


_DIGIT = re.compile(r"\d")
_VERB_ADJECTIVE = re.compile(r"[\u4e00-\u9fff]{2}化")  # `标准化`, `规范化`: the noun phrase has ended
_DEMONSTRATIVE = re.compile(r"^(?:该|此|这|本|其中|其)")
# A time phrase ends where the noun begins: `一季度全市新设民营企业`,
# `窑埠古镇夜间消费街区今年五一假期日均客流`, `春运期间铁路部门加开旅客列车`.
_LEADING_DATE = re.compile(r"^.*(?:\d{4}年度?|今年|去年|明年|当年|全年|季度|上半年|下半年|期间|假期|以来|当天|当日)(?=..)")


# 和 joins nouns inside a subject (`工作人员和志愿者`, `国家和地区`) but after a
# quantity it starts the next item.
_CONJUNCTIONS = frozenset("和及与")
_POSSESSOR = 3  # a relative clause before 的 is longer (`金融组织要求出具的`)


def _noun_after(text: str, end: int) -> str:
    """The counted noun after a classifier: `2080个暖“新”驿站` → `暖“新”驿站`."""
    phrase = _clause_after(text, end)
    if phrase[:1] in _CONJUNCTIONS:
        return ""  # `职责事项11项和协助服务事项40项`: the next item, not this one's noun
    if phrase.startswith("的"):
        phrase = phrase[1:]  # `328人的“共享儿女”志愿服务队`
    if phrase.startswith("("):
        phrase = phrase[phrase.find(")") + 1:] if ")" in phrase else ""  # `17.6万台(套)`
    digit = _DIGIT.search(phrase)
    if digit:
        phrase = phrase[:digit.start()]  # `60岁以上老年人2351人`: the next quantity begins
    stops = _stop_positions(phrase)
    if stops:
        phrase = phrase[:stops[0][0]]
    verb = _VERB_ADJECTIVE.search(phrase)
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


def _noun_before(text: str, start: int, *, verb_final: bool = False, floor: int = 0) -> str:
    """The measured noun before a number: `全市…覆盖率达80.33%` → `全市…覆盖率`.

    With `verb_final`, a verb right before the number (`发放一万元慰问金`) means
    the noun is not before it: the result is empty. `floor` is the end of the
    quantity before, which the phrase must not reach back over
    (`160余个经营主体授信2.3亿元` → `经营主体授信`).
    """
    phrase = _strip_links(_clause_before(text, start, floor))
    positions = _stop_positions(phrase, topics=False)
    if verb_final and positions and positions[-1][1] == len(phrase):
        return ""
    stops = [e for s, e in positions if len(phrase) - e >= 2]
    if stops:
        phrase = phrase[stops[-1]:]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head > 2:
        phrase = phrase[head + 1:]  # `打造像这样的暖“新”驿站已有2080个`
    phrase = _DEMONSTRATIVE.sub("", phrase)
    phrase = _LEADING_DATE.sub("", phrase)
    return phrase if len(phrase) >= 2 else ""


def _subject(text: str, reading: _Reading, change, previous: tuple[int, str] | None,
             floor: int = 0) -> tuple[str | None, str]:
    """The subject of a quantity, and the bare noun a following change may refer to."""
    noun_before = functools.partial(_noun_before, floor=floor)
    if change is not None:
        noun = noun_before(text, change[1])
        if not noun and previous and previous[0] >= _sentence_start(text, reading.start):
            noun = _head(previous[1])  # `报名人数为11257人,较2023年增长9%`: the last quantity's noun
        return ((noun + change[2]) if noun else None), noun
    if reading.role == "rate":
        noun = noun_before(text, reading.start)
        share = _clause_after(text, reading.end)
        if noun and share[:1] in ("为", "是") and len(share) > 2:
            return f"{noun}中的{share[1:13]}", noun  # `成员90%以上为共产党员`: the share of a population
        return noun or None, noun
    clause = _clause_before(text, reading.start)
    after = _noun_after(text, reading.end)
    if reading.role == "measure":
        # `总投资1.2亿元`: 投资 is the noun; but `河南8500多万亩小麦`, `流转的1600亩小麦`:
        # after no more than a place or a verb, the noun right after the unit is measured
        # (not for a duration: `春运40天全国铁路发送旅客`)
        before = noun_before(text, reading.start, verb_final=True)
        if len(after) >= 2 and len(before) <= 2 and reading.kind != "duration":
            return after, after
        noun = before or (after if len(after) >= 2 else "") or noun_before(text, reading.start)
        return noun or None, noun
    if len(after) >= 2:
        return after, after
    if reading.role == "noun" and (clause.endswith("等") or not noun_before(text, reading.start)):
        return reading.unit, reading.unit  # `宣传部等10部门`: the number sums up a list
    noun = noun_before(text, reading.start)
    return noun or None, noun


_PARENTHESIS = re.compile(r"\([^()]*\)")


def _head(noun: str) -> str:
    """A long compound's head is at its end (`…职业资格考试报名人数` → `考试报名人数`).

    A gloss in brackets is no part of it: `细颗粒物(PM2.5)平均浓度`.
    """
    noun = _PARENTHESIS.sub("", noun)
    return noun if len(noun) <= _LONG_NOUN else noun[-6:]


def _sentence_start(text: str, start: int) -> int:
    lo = max(0, start - 4 * _WINDOW)
    segment = text[lo:start]
    return lo + max(segment.rfind(c) for c in _SENTENCE_END) + 1


_SCOPE = re.compile(r"(?:全|我|本)(?:国|省|市|区|县|州|盟|旗|镇|乡|街道|社区|村)")


def _scope(text: str, start: int) -> str | None:
    """`全市共有220个…` → `全市`: the area a figure covers, when the clause says it."""
    lo = max(0, start - _WINDOW)
    segment = text[lo:start]
    segment = segment[max(segment.rfind(c) for c in _SENTENCE_END + ",，:：") + 1:]  # `全省小麦一、二类苗占比`
    found = _SCOPE.search(segment)
    return found.group() if found else None


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
            re.compile(rf"{baseline}(?P<verb>{adverbs})[\u4e00-\u9fff]{{1,2}}$"))


def _change(text: str, reading: _Reading):
    """(Change, local start of the change words, verb) when the quantity is a growth or decline."""
    clause = _clause_before(text, reading.start)
    if reading.doubling:
        measure = _MEASURE_AT_END.search(clause)
        start = reading.start - (len(measure.group()) if measure else 0)
        return Change(direction="up", measure=measure and measure.group()), start, "翻番"
    m = next(filter(None, (p.search(clause) for p in _change_patterns())), None)
    if not m or (len(m.group("verb")) == 1 and not m.group("baseline") and not m.group("measure")):
        return None  # `新增7家企业`: a bare 增 is no growth rate without 同比 or a baseline
    direction = lexicon.mapping("change_words")[m.group("verb")][0]
    baseline = m.group("baseline")
    start = reading.start - len(clause) + m.start()
    measure = m.groupdict().get("measure")
    return Change(direction=direction, baseline=baseline or None, measure=measure), start, m.group("verb")
