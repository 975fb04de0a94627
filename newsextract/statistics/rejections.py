"""What only looks like a quantity, judged from the text around a reading: ordinals,
enumerations, sessions, codes, and numbers inside names (quoted terms, titles, idioms).

The grammar rejects what its own groups show (`grammar.read`); these need the text
before or after the match. Idioms are data: `data/idioms.tsv`.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..text.numerals import NUMERAL_START
from ..text.overlaps import Claimed
from .readings import Reading
from .vocabulary import alternation
from .windows import clause_before


@functools.cache
def _idiom_pattern() -> re.Pattern:
    """All idioms in one alternation. Every branch starts with a plain character, so
    the engine skips ahead in C to the characters that can start one."""
    return re.compile(alternation(lexicon.words("idioms")))


# Short quoted terms and document titles are names, not quantities:
# `“12345”党建工程`, `“两个覆盖”`, `《十条措施》`, `“1+N”`.
_QUOTED = re.compile(r"“[^“”\n]{1,12}”|‘[^‘’\n]{1,12}’|\"[^\"\n]{1,12}\"|《[^《》\n]{1,60}》|「[^「」\n]{1,12}」")
# A code or address goes on from a letter or digit: `G5`, `No.3`, `0351-12345`.
# (Not `:`, the folded Chinese colon of `参与人数:3000人`.)
_CODE_BEFORE = re.compile(r"[A-Za-z0-9_./@#&=-]")


_SESSION = re.compile(r"(?:全体会议|会议|全会|大会)")
_CN_OR_ARABIC_DIGIT = re.compile(NUMERAL_START)


def rejected_by_context(text: str, reading: Reading) -> bool:
    """Ordinals, enumerations and codes around a match."""
    start, end = reading.start, reading.end
    before = text[start - 1] if start else ""
    if before == "第":
        return True  # `第47个植树节`, `第十九中`
    if before == "、" and start >= 2 and _CN_OR_ARABIC_DIGIT.match(text[start - 2]):
        return True  # `一、二类苗`: an enumeration of grades, not two of them
    if reading.unit == "次" and _SESSION.match(text, end) and "届" in clause_before(text, start):
        return True  # `十四届全国人大三次会议`: the third session
    return bool(before) and bool(_CODE_BEFORE.match(before))


def names(text: str) -> Claimed:
    """Quoted terms, titles and idioms: where a number is part of a name."""
    return Claimed([q.span() for q in _QUOTED.finditer(text)]
                   + [i.span() for i in _idiom_pattern().finditer(text)])
