"""The parts credits are built from (`data/credit_grammar.tsv`), shared by the productions that
compose them: an item's opening credit (`openings`) and the credits that close a paragraph or a
caption (`bylines`)."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import regex

from .. import lexicon


@functools.cache
def parts() -> Mapping[str, tuple[str, ...]]:
    """Kind (`bracket`, `separator`, `colon`, `own_outlet`, `outlet_end`, `picture_word`, `provided`)
    → its parts, longest first."""
    by_kind: dict[str, list[str]] = {}
    for part, kind, _closing in lexicon.rows("credit_grammar", 3):
        by_kind.setdefault(kind, []).append(part)
    return MappingProxyType({kind: tuple(sorted(found, key=lambda p: (-len(p), p))) for kind, found in by_kind.items()})


@functools.cache
def brackets() -> Mapping[str, str]:
    """An opening bracket → the one that closes it (`【` → `】`)."""
    return MappingProxyType({part: closing for part, kind, closing in lexicon.rows("credit_grammar", 3)
                             if kind == "bracket"})


def one_of(words: Iterable[str]) -> str:
    """The words as alternatives of a pattern, longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def any_of(kind: str) -> str:
    """A pattern piece: any part of the kind (`separator` → `/`)."""
    return one_of(parts()[kind])


def chars(marks: Iterable[str]) -> str:
    """A pattern piece: a character class of single-character marks."""
    return "[" + "".join(regex.escape(m) for m in marks) + "]"
