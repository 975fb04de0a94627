"""Cue words around event triggers (`data/event_cues.tsv`): role → words, compiled once.

A role names what a word signals to the event readers: `place_cue` (在, 于), `link` (与, 联合),
`cutoff` (截至), `source` (记者从…获悉) and the others listed in the data file.
"""
from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import Callable, Mapping

import regex

from .. import lexicon


@functools.cache
def cues_by_role() -> Mapping[str, frozenset[str]]:
    """Role → words of data/event_cues.tsv."""
    by_role: dict[str, set[str]] = {}
    for word, role, *more in lexicon.rows("event_cues", columns=2):
        for name in (role, *(m for m in more if m)):  # 打造 clause_verb host: two roles
            by_role.setdefault(name, set()).add(word)
    by_role.setdefault("link", set()).update(by_role.get("partner", ()))  # X联合Y chains like X、Y
    return MappingProxyType({role: frozenset(words) for role, words in by_role.items()})


@functools.cache
def cue_words(role: str) -> frozenset[str]:
    """The words of one role; a role the data does not name has none (cached: the readers ask
    for a role's words thousands of times a page)."""
    return cues_by_role().get(role, frozenset())


@functools.cache
def alternation(name: str) -> "re.Pattern[str]":
    """One compiled alternation, longest word first, for a cue role or a data file."""
    words = lexicon.words(name[5:]) if name.startswith("file:") else cue_words(name)
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


@functools.cache
def overlapping(name: str) -> "regex.Pattern[str]":
    """The same alternation for the `regex` module, whose finditer can report overlapping words."""
    return regex.compile(alternation(name).pattern)


@functools.cache
def trailing_words() -> frozenset[str]:
    """Words that may end a subject phrase without being part of a place (迅速, 现场, 春季)."""
    return cue_words("adverb") | cue_words("place_tail") | cue_words("time_tail")


@functools.cache
def _cue_matcher(roles: str) -> tuple[Callable[[str, int], "re.Match[str] | None"], int] | None:
    """`match` of the longest-first alternation of one role's words (or of `a|b` roles' together)
    and its longest word: a cue lookup is one C-level match, not a slice per word length."""
    words = frozenset().union(*(cue_words(role) for role in roles.split("|")))
    if not words:
        return None
    pattern = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(pattern).match, max(map(len, words))


def cue_at(text: str, pos: int, role: str) -> int:
    """End of the longest `role` cue word starting at `pos`, or -1; `role` may name several
    roles as `a|b|c` (the longest word of any of them)."""
    matcher = _cue_matcher(role)
    m = matcher[0](text, pos) if matcher is not None and pos >= 0 else None
    if m is None:
        return -1
    end = m.end()
    # a word that ends the text reports pos + the longest word's length, as the slice-and-lookup
    # reading always did (text[pos:pos + n] is the whole tail for every n past it)
    return end if end < len(text) else pos + matcher[1]


@functools.cache
def _lengths(name: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """The words of a cue role or a data file, and their lengths longest first."""
    words = lexicon.words(name[5:]) if name.startswith("file:") else cue_words(name)
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def cue_ends_at(text: str, pos: int, name: str, lo: int = 0) -> bool:
    """Whether a word of a cue role (or of a data file, `file:place_nouns`) ends at `pos`,
    starting at or after `lo` (`截至` + 3月4日): a slice and a set lookup per word length."""
    words, lengths = _lengths(name)
    for n in lengths:
        if pos - n >= lo and text[pos - n:pos] in words:
            return True
    return False
