"""The statistics vocabulary: rows of the data files as typed values, and the regex
alternations the grammar, subject and change readers build from word lists.

Files: `data/units.tsv`, `data/approx_words.tsv`, `data/subject_stops.tsv`,
`data/subject_links.tsv`, `data/idioms.tsv`, `data/change_words.tsv`.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from .. import lexicon


@dataclass(frozen=True)
class Unit:
    """A unit or classifier: its kind, the multiplier it carries (`万元`), the unit reported."""

    kind: str
    multiplier: Decimal
    reported: str
    role: str  # classifier | noun | measure | rate
    not_followed_by: str
    approx: str = "exact"  # `个多月` carries its own 多


@dataclass(frozen=True)
class ApproxWord:
    position: str  # before | inside | after
    approx: str
    not_preceded_by: str


@dataclass(frozen=True)
class Boundary:
    """A subject stop word and the neighbours that make it part of another word."""

    not_preceded_by: str
    not_followed_by: str
    topic: bool = False  # `实现`, `完成`: `重点商贸企业实现销售额` keeps its topic


def _field(row: tuple[str, ...], k: int) -> str:
    return row[k] if len(row) > k else ""


@functools.cache
def units() -> dict[str, Unit]:
    return {row[0]: Unit(row[1], Decimal(row[2]), row[3], row[4], _field(row, 5), _field(row, 6) or "exact")
            for row in lexicon.rows("units", columns=5)}


@functools.cache
def approx_words() -> dict[str, ApproxWord]:
    return {row[0]: ApproxWord(row[1], row[2], _field(row, 3)) for row in lexicon.rows("approx_words", columns=3)}


@functools.cache
def stops() -> dict[str, Boundary]:
    return {row[0]: Boundary(_field(row, 1), _field(row, 2), _field(row, 3) == "topic")
            for row in lexicon.rows("subject_stops")}


_BASELINE_FOLLOWS = "baseline follows"
_VERB_FOLLOWS = "verb follows"


@functools.cache
def change_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The change words: verbs (with 多/少), comparatives whose baseline follows
    (`高于全省平均水平`), and adverbs that take a short verb (`多开行`)."""
    rows = lexicon.rows("change_words", columns=2)
    return (tuple(row[0] for row in rows if _field(row, 2) != _BASELINE_FOLLOWS),
            tuple(row[0] for row in rows if _field(row, 2) == _BASELINE_FOLLOWS),
            tuple(row[0] for row in rows if _field(row, 2) == _VERB_FOLLOWS))


def change_direction(verb: str) -> str:
    """`up` or `down`: the direction a change word states."""
    return lexicon.mapping("change_words")[verb][0]


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first (then in code point order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def alternation_by_first_char(words: Iterable[str]) -> str:
    """`alternation` with the words that share a first character in one branch
    (`个(?:工作日|百分点|月|)`): at each position the engine tries one branch, not
    every word. Words with other first characters cannot match where these do, and
    within a branch the order stays longest first, so the matches are the same."""
    branches: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        branches.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" if rests != [""] else re.escape(first)
                    for first, rests in branches.items())
