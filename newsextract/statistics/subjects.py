"""Subjects: the noun a figure counts or measures.

After a classifier the counted noun follows (`2080个暖“新”驿站`); before a measure or a
rate the measured noun precedes (`全市…覆盖率达80.33%`); a change's subject is the noun
before the change words plus the verb (`游客人数` + `增长`). Nouns end at stop words
(`data/subject_stops.tsv`: verbs, prepositions, particles) and lose the link words they
end with (`data/subject_links.tsv`: `达`, `为`, `总计`).
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..text.numerals import NUMERAL_START
from ..text.rules import HAN
from .readings import ChangeReading, Reading
from .vocabulary import alternation, stops, subject_openers
from .windows import CLAUSE_END, WINDOW, clause_after, clause_before, clause_span, sentence_start

_CN_OR_ARABIC_DIGIT = re.compile(NUMERAL_START)
_NOUN = 2  # the shortest noun: `人数`, `企业` (one character alone is a stray word)
_LONG_NOUN = 12  # `全市居民人均可支配收入` is still one noun
_HEAD = 6  # a longer compound is named by its head: `考试报名人数`
_SHORT_ATTRIBUTE = 4  # `销售额`, `营业收入`: an attribute needs the topic before its verb
_PLACE_OR_VERB = 2  # `河南`, `流转`: no more than a place or a verb before a measure
_POSSESSOR = 3  # a relative clause before 的 is longer (`金融组织要求出具的`)


def _stop_alternation(*, topics: bool) -> str:
    """The stop words as one alternation that matches where one stands as a word of its own.

    At a position the longest stop word is read (`覆盖到`, not `覆盖`: hence the
    `(?!到)`); when a neighbour makes it part of another word (its `not_preceded_by`,
    `not_followed_by` characters) no shorter one is tried. With `topics=False`, a
    topic verb followed by a short noun is no stop: `重点商贸企业实现销售额` stays
    whole (`实现地区生产总值` is still cut). The words are grouped by first character
    (`覆(?:盖到|盖(?!到))`), so that the engine tries one group per position.
    """
    all_stops = stops()
    words = sorted(all_stops, key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for word in words:
        stop = all_stops[word]
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
    gate = "(?=[" + re.escape("".join(sorted({w[0] for w in stops()}))) + "])"
    return (re.compile(f"(?s:{_stop_alternation(topics=True)})"),
            re.compile(rf"(?s).*{gate}({kept})"),
            re.compile(rf"(?s).*{gate}({kept})(?=.{{{_NOUN}}})"))


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
    if len(phrase) - last.end(1) >= _NOUN:
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


@functools.cache
def _before_noun() -> re.Pattern:
    """What comes before the noun (`data/subject_openers.tsv`): a demonstrative, then up
    to the last time phrase, which ends where the noun begins (`一季度全市新设民营企业`,
    `春运期间铁路部门加开旅客列车`). One match, both parts optional."""
    demonstratives, time_words = subject_openers()
    return re.compile(rf"""
        (?:{alternation(demonstratives)})?                       # `该`, `其中`
        (?:.*(?:\d{{4}}年度?|{alternation(time_words)})(?=.{{{_NOUN}}}))?  # `2024年`, `今年`, `期间`: the last one
    """, re.VERBOSE)


# The words after a quantity up to the clause end, read in one match: a 的 that links
# them (`328人的“共享儿女”志愿服务队`), a bracketed gloss of the unit (`17.6万台(套)`;
# an unclosed bracket leaves no noun), then the noun up to the next quantity's digits
# (`60岁以上老年人2351人`).
_AFTER_QUANTITY = re.compile(rf"""
    的?                                       # `328人的…志愿服务队`
    (?:\([^){re.escape(CLAUSE_END)}]*\)        # `17.6万台(套)`: a gloss of the unit
    |  (?P<unclosed>\()                       # an unclosed bracket: no noun
    )?
    (?P<noun>[^{re.escape(CLAUSE_END)}\d]*)    # up to the clause end or the next digits
""", re.VERBOSE)


def _noun_after(text: str, end: int) -> str:
    """The counted noun after a classifier: `2080个暖“新”驿站` → `暖“新”驿站`."""
    if text[end:end + 1] in lexicon.words("series_conjunctions"):
        # 和 joins nouns inside a subject (`工作人员和志愿者`), but after a quantity it starts
        # the next item: `职责事项11项和协助服务事项40项`
        return ""
    after = _AFTER_QUANTITY.match(text, end, end + WINDOW)
    if after is None or after["unclosed"]:  # (every part is optional: it always matches)
        return ""
    phrase = after["noun"]
    stop = _first_stop(phrase)
    if stop >= 0:
        phrase = phrase[:stop]
    verb = _VERB_ADJECTIVE.search(phrase) if "化" in phrase else None
    if verb:
        phrase = phrase[:verb.start()]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head - 1 >= _NOUN:
        if _CN_OR_ARABIC_DIGIT.match(phrase, head + 1):
            phrase = phrase[:head]  # `22所中职学校的680余名选手`: another quantity follows
        elif head <= _POSSESSOR:
            phrase = phrase[:head]  # `8个专业的专家`, `28个赛项的角逐`: a bare noun owns what follows
        else:
            phrase = phrase[head + 1:]  # `18项金融组织要求出具的证明事项`: the head follows the relative clause
    return phrase[:_LONG_NOUN].removesuffix("的")


def _noun_before(text: str, start: int, *, floor: int = 0,
                 clause: tuple[int, int] | None = None) -> tuple[str, bool]:
    """The measured noun before a number (`全市…覆盖率达80.33%` → `全市…覆盖率`), and
    whether a verb stands right before the number.

    With such a verb (`发放一万元慰问金`), a measure's noun is not before it. `floor`
    is the end of the quantity before, which the phrase must not reach back over
    (`160余个经营主体授信2.3亿元` → `经营主体授信`); `clause` is the span of the
    clause that ends at `start`, when the caller has it.
    """
    begin, end = clause or clause_span(text, start)
    phrase = _strip_links(text[max(begin, floor):end])
    if floor > begin and phrase[:1] in lexicon.words("series_conjunctions"):
        phrase = phrase[1:]  # `小学12所和初中5所`: 和 right after a count starts the next item
    last, cut = _last_stops(phrase)
    verb_final = last == len(phrase)
    if cut >= 0:
        phrase = phrase[cut:]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head - 1 >= _NOUN:
        phrase = phrase[head + 1:]  # `打造像这样的暖“新”驿站已有2080个`
    before_noun = _before_noun().match(phrase)  # both parts optional: it always matches
    phrase = phrase[before_noun.end() if before_noun else 0:]
    return (phrase if len(phrase) >= _NOUN else ""), verb_final


def subject(text: str, reading: Reading, change: ChangeReading | None, previous: tuple[int, str] | None,
            floor: int = 0, clause: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """The subject of a quantity, and the bare noun a following change may refer to."""
    if change is not None:
        noun = _noun_before(text, change.start, floor=floor)[0]
        if not noun and previous and previous[0] >= sentence_start(text, reading.start):
            noun = _head(previous[1])  # `报名人数为11257人,较2023年增长9%`: the last quantity's noun
        return ((noun + change.verb) if noun else None), noun
    if reading.role == "rate":
        noun = _noun_before(text, reading.start, floor=floor, clause=clause)[0]
        share = _share(noun, clause_after(text, reading.end)) if noun else None
        if share:
            return share, noun
        return noun or None, noun
    after = _noun_after(text, reading.end)
    if reading.role == "measure":
        # `总投资1.2亿元`: 投资 is the noun; but `河南8500多万亩小麦`, `流转的1600亩小麦`:
        # after no more than a place or a verb, the noun right after the unit is measured
        # (not for a duration: `春运40天全国铁路发送旅客`); after a verb
        # (`发放一万元慰问金`) the noun is not before the number
        noun, verb_final = _noun_before(text, reading.start, floor=floor, clause=clause)
        before = "" if verb_final else noun
        if len(after) >= _NOUN and len(before) <= _PLACE_OR_VERB and reading.kind != "duration":
            return after, after
        noun = before or (after if len(after) >= _NOUN else "") or noun
        return noun or None, noun
    if len(after) >= _NOUN:
        return after, after
    noun = _noun_before(text, reading.start, floor=floor, clause=clause)[0]
    if reading.role == "noun" and (not noun or clause_before(text, reading.start, span=clause).endswith("等")):
        return reading.unit, reading.unit  # `宣传部等10部门`: the number sums up a list
    return noun or None, noun


def _share(whole: str, after: str) -> str | None:
    """The part a rate is the share of, in its whole: `成员90%以上为共产党员` →
    `成员中的共产党员`, `受访市民中65%是女性` → `受访市民中的女性` (中 written or not).
    `after` is the clause after the rate; the part follows 为 or 是."""
    copula, part = after[:1], after[1:]
    if copula not in ("为", "是") or len(part) < _NOUN:
        return None
    return f"{whole.removesuffix('中')}中的{part[:_LONG_NOUN]}"


_PARENTHESIS = re.compile(r"\([^()]*\)")


def _head(noun: str) -> str:
    """A long compound's head is at its end (`…职业资格考试报名人数` → `考试报名人数`).

    A gloss in brackets is no part of it: `细颗粒物(PM2.5)平均浓度`.
    """
    noun = _PARENTHESIS.sub("", noun)
    return noun if len(noun) <= _LONG_NOUN else noun[-_HEAD:]
