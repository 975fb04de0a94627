"""The text around a number that its readers look at: the clause that ends at it, the
words after it, the start of its sentence. Windows are bounded (`WINDOW` characters), so
reading the context of a figure is constant work however long the paragraph is."""
from __future__ import annotations

import re

from ..text.precompiled import compile_pattern
from ..text.rules import PHRASE_END, SENTENCE_END

CLAUSE_END = PHRASE_END  # a number's clause window stops at any phrase end (text/rules.py)
WINDOW = 24  # a clause before or after a number, as far as its readers look
SENTENCE_WINDOW = 4 * WINDOW  # how far back a sentence start is looked for
_THROUGH_LAST_BOUNDARY = compile_pattern(rf"(?s).*[{re.escape(CLAUSE_END)}]")
_UP_TO_BOUNDARY = compile_pattern(rf"[^{re.escape(CLAUSE_END)}]*")


def clause_span(text: str, start: int) -> tuple[int, int]:
    """Where the clause that ends at `start` begins and ends. A number's clause is read
    by its change, its subject and its noun: `find` takes its span once."""
    lo = max(0, start - WINDOW)
    end = start
    while end > lo and text[end - 1] == ":":
        end -= 1  # `参与人数:3000人`: a label before its figure
    last = _THROUGH_LAST_BOUNDARY.match(text, lo, end)
    return (last.end() if last else lo), end


def clause_before(text: str, start: int, floor: int = 0, span: tuple[int, int] | None = None) -> str:
    """The clause that ends at `start` (its `span`, when known), never reaching back before `floor`."""
    begin, end = span or clause_span(text, start)
    return text[max(begin, floor):end]


def clause_after(text: str, end: int) -> str:
    """The words after `end` up to the next phrase end."""
    words = _UP_TO_BOUNDARY.match(text, end, min(len(text), end + WINDOW))
    return words.group() if words else ""  # `[^…]*` always matches


# `.*[…]` matched over [lo, start) ends just after the last of those characters: one
# backtracking step per character, in C, instead of one `rfind` per character kind.
_THROUGH_SENTENCE_END = compile_pattern(rf"(?s).*[{re.escape(SENTENCE_END)}]")


def sentence_start(text: str, start: int) -> int:
    """Where the sentence that holds `start` begins (looking back `SENTENCE_WINDOW` at most)."""
    lo = max(0, start - SENTENCE_WINDOW)
    last = _THROUGH_SENTENCE_END.match(text, lo, start)
    return last.end() if last else lo
