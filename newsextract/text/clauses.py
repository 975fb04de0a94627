"""Sentences and clauses of an article's text, and where quotations and titles are.

A clause ends at `,` `:` or a sentence end (`。!?;` or a paragraph break) that is not
inside a bracket pair, a clock time (`9:30`) or a digit group (`5,000`), so
`以“履行植树义务,共建美丽山西”为主题` stays one clause and a question inside a quotation
(`“感谢国家好政策!”3月12日,…`) ends no sentence. Brackets are matched within a paragraph; an
unmatched one shields nothing.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from .precompiled import compile_pattern
from .rules import CLAUSE_END, DIGIT_GROUP_COMMA, SENTENCE_END

# Brackets whose inside is shielded: no clause break, no trigger, no subject inside a
# quotation or a document title (`以“履行植树义务,共建美丽山西”为主题` is one clause).
_OPENERS = {"“": "”", "‘": "’", "《": "》", "「": "」", "(": ")", "〈": "〉", "【": "】", "〔": "〕"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_SENTENCE_END = frozenset(SENTENCE_END)
_CLAUSE_END = frozenset(CLAUSE_END)
_MARKED_DEPTH = 3  # an unclosed “ around a closed 《…》 still leaves the title shielded
_BRACKETS = compile_pattern("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "\n]")
_BREAKS = compile_pattern("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")
_start = re.Match.start  # where a break is: one C call per break, no bound-method lookup


class Layout(NamedTuple):
    """Sentences and clauses of an article, and where quotations and titles are (a tuple: built
    once per article, it costs no per-field set-up)."""

    clauses: tuple[tuple[int, int, int], ...]  # (start, end, sentence index)
    clause_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    shielded: bytes  # 1 inside a bracket pair
    titled: bytes  # 1 inside 《》
    closing: Mapping[int, int]  # opener position → closer position

    @classmethod
    def of(cls, text: str) -> Layout:
        """One pass over the brackets, one over the breaks: linear in the text."""
        n = len(text)
        shielded, titled = bytearray(n), bytearray(n)
        closing: dict[int, int] = {}
        stack: list[tuple[str, int]] = []
        titles = 0  # open 《 on the stack
        for m in _BRACKETS.finditer(text):
            ch, i = m.group(), m.start()
            if ch == "\n":
                stack.clear()
                titles = 0
            elif ch in _OPENERS:
                stack.append((ch, i))
                titles += ch == "《"
            elif stack and stack[-1][0] == _CLOSERS[ch]:
                opener, at = stack.pop()
                closing[at] = i
                if len(stack) < _MARKED_DEPTH:  # deeper pairs lie inside one already marked
                    shielded[at + 1:i] = b"\x01" * (i - at - 1)
                if opener == "《":
                    titles -= 1
                    if not titles:
                        titled[at + 1:i] = b"\x01" * (i - at - 1)
        clauses: list[tuple[int, int, int]] = []
        clause_starts: list[int] = []
        sentences: list[tuple[int, int]] = []
        clause_start = sentence_start = sentence = 0
        digit_group = DIGIT_GROUP_COMMA.match
        for i in map(_start, _BREAKS.finditer(text)):
            if shielded[i]:
                continue  # inside brackets
            ch = text[i]
            if ch == ",":
                if text[i - 1:i].isdigit() and digit_group(text, i):
                    continue  # a digit group (政府將撥款港幣5,000萬元 is one clause); a digit must precede
            elif ch == ":" and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue  # a clock time (定于5月16日9:30在…举办 is one clause)
            clauses.append((clause_start, i, sentence))
            clause_starts.append(clause_start)
            clause_start = i + 1
            if ch in _SENTENCE_END:
                sentences.append((sentence_start, i if ch == "\n" else i + 1))
                sentence_start = i + 1
                sentence += 1
        clauses.append((clause_start, n, sentence))
        clause_starts.append(clause_start)
        sentences.append((sentence_start, n))
        return cls(tuple(clauses), tuple(clause_starts), tuple(sentences),
                   bytes(shielded), bytes(titled), MappingProxyType(closing))

    def clause_of(self, pos: int) -> int:
        """Index of the clause that holds `pos`."""
        return bisect.bisect_right(self.clause_starts, pos) - 1
