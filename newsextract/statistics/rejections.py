"""What only looks like a quantity, judged from the text around a reading: ordinals,
enumerations, sessions, codes, and numbers inside names (quoted terms, titles, idioms, place
names: `data/numeral_names.tsv` and the shape numeral + classifier + place head, `四门塔`).

The grammar rejects what its own groups show (`grammar.read`); these need the text
before or after the match. Idioms and sessions are data: `data/idioms.tsv`,
`data/session_words.tsv`.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..text.numerals import NUMERAL_START
from ..text.overlaps import Claimed
from ..text.precompiled import compile_pattern
from .readings import Reading
from .vocabulary import alternation
from .windows import clause_before


@functools.cache
def _idiom_pattern() -> re.Pattern:
    """All idioms in one alternation. Every branch starts with a plain character, so
    the engine skips ahead in C to the characters that can start one."""
    return compile_pattern(alternation(lexicon.words("idioms")))


# Short quoted terms and document titles are names, not quantities:
# `“12345”党建工程`, `“两个覆盖”`, `《十条措施》`, `“1+N”`.
_QUOTED_TERM = 12  # the longest quoted term that is a name (a longer quotation is speech)
_TITLE = 60  # the longest document title
_QUOTED = compile_pattern(rf"""
      “[^“”\n]{{1,{_QUOTED_TERM}}}”
    | ‘[^‘’\n]{{1,{_QUOTED_TERM}}}’
    | "[^"\n]{{1,{_QUOTED_TERM}}}"
    | 「[^「」\n]{{1,{_QUOTED_TERM}}}」
    | 《[^《》\n]{{1,{_TITLE}}}》
""", re.VERBOSE)


# ------------------------------------------------------------------ around a reading
# Each predicate's counterexample is a negative row of tests/cases/statistics.tsv.


def _ordinal(text: str, reading: Reading) -> bool:
    """`第47个植树节`, `第十九中学`: after 第 a number is an ordinal."""
    return reading.start > 0 and text[reading.start - 1] == "第"


# a numeral (or a grade, `一类`) and an enumeration comma right before the reading
_ENUMERATED = compile_pattern(f"(?<={NUMERAL_START}、)|(?<={NUMERAL_START}类、)")


def _enumeration(text: str, reading: Reading) -> bool:
    """`一、二类苗`, `一类、二类苗`, `一类、二类、三类地区`: an enumeration of grades, not two
    of them."""
    return _ENUMERATED.match(text, reading.start) is not None


# 二 alone before a classifier of order: a count says 两 (`分两期建设`), a phase says 二
_PHASE = compile_pattern(f"(?<!{NUMERAL_START})二期")


# a phase that names a work (`机场三期扩建工程`, `二期改造项目`): 78 such on the development pages, none a gold figure;
# split into phases (`分三期建设`, `分三期，扩建…`) it is a count
_PHASE_OF_WORK = compile_pattern(f"(?<!{NUMERAL_START})(?<!分)[一二三四五六七八九]期(?=扩建|改造|工程|项目)")


def _phase(text: str, reading: Reading) -> bool:
    """`物流港二期`, `15号线二期`, `二期稻作`, `三期扩建工程`: a phase or crop, not two or three of them."""
    return reading.end - reading.start == 2 and (_PHASE.match(text, reading.start) is not None
                                                  or _PHASE_OF_WORK.match(text, reading.start) is not None)


@functools.cache
def _session_pattern() -> re.Pattern:
    return compile_pattern(alternation(lexicon.words("session_words")))


def _session(text: str, reading: Reading) -> bool:
    """`十四届全国人大三次会议`: the third session of a congress, not three meetings
    (a meeting of `data/session_words.tsv` after N次, 届 before it in the clause)."""
    return (reading.unit == "次" and _session_pattern().match(text, reading.end) is not None
            and "届" in clause_before(text, reading.start))


# A code or address goes on from a letter or digit: `G5`, `No.3`, `0351-12345`.
# (Not `:`, the folded Chinese colon of `参与人数:3000人`.)
_CODE_BEFORE = compile_pattern(r"[A-Za-z0-9_./@#&=-]")


def _code(text: str, reading: Reading) -> bool:
    """`G5服务平台`, `K7次列车`, `No.3个`: a number that goes on from a letter or digit."""
    return reading.start > 0 and _CODE_BEFORE.match(text, reading.start - 1) is not None


@functools.cache
def _place_heads() -> tuple[str, ...]:
    """Heads of place names: `data/place_nouns.tsv` and the `head` rows of `data/numeral_names.tsv`."""
    heads = set(lexicon.words("place_nouns"))
    heads.update(name for name, (kind, *_) in lexicon.mapping("numeral_names").items() if kind == "head")
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


# Classifiers that count places: `新建两座桥`, `开设三家店` are counts, not names.
_PLACE_CLASSIFIERS = frozenset("座个处条所家间栋幢片块层")
_CHINESE_NUMERAL = compile_pattern(f"{NUMERAL_START}")


def _place_name(text: str, reading: Reading) -> bool:
    """`三门海镇`, `四门塔`, `五台山`: a place name of the gazetteer that holds the reading
    (`data/numeral_names.tsv`), or a Chinese numeral and a classifier that counts no place
    right before the head of a place name."""
    if text[reading.start].isdigit():
        return False
    if _in_numeral_name(text, reading):
        return True
    if reading.end - reading.start > 3 or reading.unit in _PLACE_CLASSIFIERS:
        return False
    if len(reading.unit) != 1 or not text.endswith(reading.unit, reading.start, reading.end):
        return False
    return text.startswith(_place_heads(), reading.end)


CONTEXT_REJECTIONS = (_ordinal, _enumeration, _phase, _session, _code, _place_name)


def rejected_by_context(text: str, reading: Reading) -> bool:
    """Whether the text around a reading shows it is no quantity (`CONTEXT_REJECTIONS`)."""
    if _none_can_reject(text, reading):
        return False
    for rejected in CONTEXT_REJECTIONS:
        if rejected(text, reading):
            return True
    return False


def _none_can_reject(text: str, reading: Reading) -> bool:
    """The common figure, Arabic digits after a Han character or Chinese punctuation (`共有220个`),
    misses a necessary condition of every rejection: 第 (`_ordinal`) or 、 (`_enumeration`) or a
    Latin letter, digit or sign (`_code`) before it, 二 (`_phase`) or no digit (`_place_name`) at its
    start, the unit 次 (`_session`). Asking each of them costs a call apiece for most figures."""
    before = text[reading.start - 1:reading.start]
    return (before not in "第、" and not before.isascii() and text[reading.start].isdigit()
            and reading.unit != "次")


@functools.cache
def _numeral_names() -> dict[str, tuple[tuple[str, int], ...]]:
    """What the grammar reads inside each place name of `data/numeral_names.tsv` (`三门` in
    `三门海镇`) → the names and where in them it starts: a reading is looked up, the text is
    never scanned for the names."""
    from .grammar import grammar, read  # the grammar reads the names once, at first use

    table: dict[str, list[tuple[str, int]]] = {}
    for name, (kind, *_) in lexicon.mapping("numeral_names").items():
        if kind == "head":
            continue
        for m in grammar().finditer(name):
            reading = read(m, name)
            if reading is not None:
                table.setdefault(name[reading.start:reading.end], []).append((name, reading.start))
    return {key: tuple(value) for key, value in table.items()}


def _in_numeral_name(text: str, reading: Reading) -> bool:
    """`三门海镇`, `北五十家子镇`: the reading lies inside a place name of the gazetteer."""
    for name, offset in _numeral_names().get(text[reading.start:reading.end], ()):
        if text.startswith(name, reading.start - offset):
            return True
    return False


def names(text: str) -> Claimed:
    """Quoted terms, titles and idioms: where a number is part of a name."""
    return Claimed([q.span() for q in _QUOTED.finditer(text)]
                   + [i.span() for i in _idiom_pattern().finditer(text)])
