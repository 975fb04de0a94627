"""Cue words around event triggers (`data/event_cues.tsv`): role → words, compiled once.

A role names what a word signals to the event readers: `place_cue` (在, 于), `link` (与, 联合),
`cutoff` (截至), `source` (记者从…获悉) and the others listed in the data file.
"""
from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import Mapping

import regex

from . import lexicon


@functools.cache
def cues_by_role() -> Mapping[str, frozenset[str]]:
    """Role → words of data/event_cues.tsv."""
    by_role: dict[str, set[str]] = {}
    for word, role, *more in lexicon.rows("event_cues", columns=2):
        for name in (role, *(m for m in more if m)):  # 打造 clause_verb host: two roles
            by_role.setdefault(name, set()).add(word)
    by_role.setdefault("link", set()).update(by_role.get("partner", ()))  # X联合Y chains like X、Y
    return MappingProxyType({role: frozenset(words) for role, words in by_role.items()})


def cue_words(role: str) -> frozenset[str]:
    """The words of one role; a role the data does not name has none."""
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
def _cue_lengths(role: str) -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in cue_words(role)}, reverse=True))


@functools.cache
def trailing_words() -> frozenset[str]:
    """Words that may end a subject phrase without being part of a place (迅速, 现场, 春季)."""
    return cue_words("adverb") | cue_words("place_tail") | cue_words("time_tail")


def cue_at(text: str, pos: int, role: str) -> int:
    """End of the longest `role` cue word starting at `pos`, or -1."""
    words = cue_words(role)
    for n in _cue_lengths(role):
        if text[pos:pos + n] in words:
            return pos + n
    return -1
