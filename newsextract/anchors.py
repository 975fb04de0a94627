"""One scan of an article for the fixed words several stages look for.

Why: the organizations stage read every article for its suffixes and aliases (an
Aho-Corasick automaton), and the places stage read it twice more, for division names and
for its other place names (`text.name_ends`): three C-level passes over the same text,
~0.46 ms a page in `extract`. One automaton of all these words reads it once, ~0.31 ms
with the Python that hands each stage its words (`Anchors`), made once per article
(`ArticleText.anchors`).

The automaton reads the text backwards, so that the organizations stage gets its words in
the order it reads them (by start, the last first; at one start the longest first), and
each character as the two bytes of its UTF-16 unit: pyahocorasick looks a character up
among a node's children one by one, and ~9,600 words start with some 1,500 characters,
where no byte has more than ~250 children and most far fewer (four UTF-32 bytes a character,
as `events.triggers` reads, made twice the nodes and a slower scan here: ~0.41 ms). A
match that does not end on a unit's second byte spans two units' bytes and is skipped;
every other one is a word of the text (a character past U+FFFF is two units, which no
word's match can split). Each word is stored as an int (its index in `words` and the
stages that look for it, `ORGANIZATION`…), which keeps the pickled automaton small.
"""
from __future__ import annotations

import functools
import pickle
from typing import Any

import ahocorasick

from . import prebuilt

ORGANIZATION = 1  # a suffix or alias of `organizations.vocabulary` (`Vocabulary.searched`)
DIVISION = 2  # a name of `places.gazetteer.by_name`
PLACE_NAME = 4  # a name of `places.vocabulary.named`
_KIND_BITS = 3


def table() -> dict[str, Any]:
    """The words and the pickled automaton, built from the stages' data files at packaging
    time (`prebuilt`): building it was ~16 ms of a fresh process's first call."""
    from .organizations import vocabulary as org_vocabulary
    from .places import gazetteer
    from .places import vocabulary as place_vocabulary

    kinds: dict[str, int] = {}
    for kind, words in ((ORGANIZATION, org_vocabulary.parts()["searched"]),
                        (DIVISION, gazetteer.division_tables()["names"]),
                        (PLACE_NAME, place_vocabulary.named())):
        for word in words:
            kinds[word] = kinds.get(word, 0) | kind
    words = tuple(sorted(kinds))  # the same bytes each build
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for index, word in enumerate(words):
        automaton.add_word(_units(word[::-1]), index << _KIND_BITS | kinds[word])
    automaton.make_automaton()
    return {"words": words, "automaton": pickle.dumps(automaton)}


@functools.cache
def _scanner() -> tuple[ahocorasick.Automaton, tuple[str, ...]]:
    made = prebuilt.value("anchors", table)
    return pickle.loads(made["automaton"]), made["words"]


def _units(text: str) -> str:
    """The text as UTF-16 (big-endian) bytes, one Latin-1 character a byte."""
    return text.encode("utf-16-be").decode("latin-1")


class Anchors:
    """The words of one text that the stages look for, found in one scan (`of`).

    `organization_words`: (start, word) of every suffix and alias, overlaps included, by
    start from the last, the longest first at one start. `division_names`, `place_names`:
    (start, end) of the longest name ending at each place, in the order of their ends (what
    `NameEnds.find` gives)."""

    __slots__ = ("organization_words", "division_names", "place_names")

    def __init__(self, organization_words: list[tuple[int, str]], division_names: list[tuple[int, int]],
                 place_names: list[tuple[int, int]]):
        self.organization_words = organization_words
        self.division_names = division_names
        self.place_names = place_names

    @classmethod
    def of(cls, text: str) -> Anchors:
        automaton, words = _scanner()
        backwards = text[::-1]
        units = _units(backwards)
        # the character each UTF-16 unit belongs to, where one past U+FFFF takes two (rare)
        owner = None if len(units) == 2 * len(text) else _owners(backwards)
        last = len(text) - 1
        organizations: list[tuple[int, str]] = []
        divisions: dict[int, int] = {}  # end → start of the longest name ending there
        places: dict[int, int] = {}
        for at, value in automaton.iter(units) if text else ():
            if not at & 1:
                continue  # the bytes of two units
            start = last - (at >> 1 if owner is None else owner[at >> 1])
            word = words[value >> _KIND_BITS]
            if value & ORGANIZATION:
                organizations.append((start, word))
            if value & DIVISION:  # a later match that ends there starts earlier: the longer name
                divisions[start + len(word)] = start
            if value & PLACE_NAME:
                places[start + len(word)] = start
        return cls(organizations, [(start, end) for end, start in sorted(divisions.items())],
                   [(start, end) for end, start in sorted(places.items())])


def _owners(text: str) -> list[int]:
    """The index in `text` of the character each of its UTF-16 units belongs to."""
    return [k for k, ch in enumerate(text) for _ in range(2 if ch > "\uffff" else 1)]
