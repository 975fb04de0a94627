"""The area a figure covers, when its clause says it: `全市共有220个…` → `全市`
(`data/scope_words.tsv`: a determiner and an area)."""
from __future__ import annotations

import functools
import re

from ..text.precompiled import compile_pattern
from ..text.rules import SENTENCE_END
from .vocabulary import alternation, scope_words
from .windows import WINDOW

# A scope is read back to the last sentence end, comma or colon (not 、:
# `全省小麦一、二类苗占比` keeps 全省).
_BOUNDARY = re.escape(SENTENCE_END + ",，:：")


@functools.cache
def _scope_in_clause() -> re.Pattern:
    """A determiner and an area (`data/scope_words.tsv`) after the last boundary."""
    determiners, areas = scope_words()
    return compile_pattern(rf"""
        (?>(?:.*[{_BOUNDARY}])?)     # past the last boundary; atomic: `.*` stays there, one try per figure
        .*?(?P<scope>(?:{alternation(determiners)})(?:{alternation(areas)}))  # the first scope word after it
    """, re.VERBOSE | re.DOTALL)


def scope_span(text: str, start: int) -> tuple[int, int] | None:
    """`全市共有220个…` → the span of `全市`: the area a figure covers, when the clause says it."""
    found = _scope_in_clause().match(text, max(0, start - WINDOW), start)
    return found.span("scope") if found else None


def scope(text: str, start: int) -> str | None:
    """`全市共有220个…` → `全市`."""
    span = scope_span(text, start)
    return text[span[0]:span[1]] if span else None
