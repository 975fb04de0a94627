"""Patterns tried only near their hints: what `pattern.finditer(text)` gives, for a
pattern that opens with an optional group or an alternation (`中共十五大`, `居全市第二位`),
which `re` enters at every character of a page. Each match holds a hint, a short literal
(`届`, `全市`) found in C, a bounded distance after its start; the pattern is tried only
in that window before each hint.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def matches_near(pattern: re.Pattern, text: str, hints: Iterable[int], reach: int) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, where every match starts at most `reach` characters before
    one of `hints` (ascending positions) and not after it. The leftmost match found from
    `pos` has a hint at or after `pos`, so the window before the first such hint holds it,
    or no match starts before that hint."""
    pos = 0
    for hint in hints:
        if hint < pos:
            continue
        for start in range(max(pos, hint - reach), hint + 1):
            match = pattern.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = hint + 1


def occurrences(word: str, text: str) -> Iterator[int]:
    """Where `word` starts in `text`, in order."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
