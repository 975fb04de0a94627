"""Event trigger words: the vocabulary (`data/event_triggers.tsv`) and its one-pass matcher.

A caller extends the vocabulary without global state:
`Triggers.default().extended(rows)` returns a new value to pass as `events.find(..., triggers=...)`.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

import ahocorasick
import regex

from .. import lexicon

#: The event types of GUIDELINES §5 and of the gold pages; user rows may name others.
EVENT_TYPES = frozenset({
    "activity", "meeting", "exam", "registration", "competition", "award", "policy", "signing",
    "payout", "construction", "lecture", "inspection", "visit", "training", "survey", "launch",
    "announcement", "recruitment", "festival", "opening", "patrol", "trial", "loan", "job_fair",
    "health_check", "campaign", "exhibition", "service",
})
TRIGGER_KINDS = ("word", "verb", "noun", "move")

_TYPE_NAME = regex.compile(r"[a-z][a-z_]*")


@dataclass(frozen=True)
class Trigger:
    """A trigger word: the event type it states and how it states it (see event_triggers.tsv)."""

    word: str
    type: str
    kind: str


class Hit(NamedTuple):
    """A trigger word found in a text: where it starts and ends, and which trigger it is."""

    start: int
    end: int
    trigger: Trigger


class Triggers:
    """An immutable trigger vocabulary with its matcher.

    `Triggers.default()` is the package's data; `extended(rows)` returns a new
    vocabulary with the caller's `(word, type, kind)` rows added (a row for a word
    already known replaces it). No global state: pass the value to `find`.
    """

    def __init__(self, rows: Iterable[Sequence[str]]):
        entries: dict[str, Trigger] = {}
        for row in rows:
            if len(row) < 2:
                raise ValueError(f"newsextract.events: a trigger row needs (word, type[, kind]), got {row!r}")
            word, type_ = row[0].strip(), row[1].strip()
            kind = row[2].strip() if len(row) > 2 and row[2].strip() else "word"
            if not word:
                raise ValueError(f"newsextract.events: empty trigger word in {row!r}")
            if not _TYPE_NAME.fullmatch(type_):
                raise ValueError(f"newsextract.events: trigger {word!r} has type {type_!r}; "
                                 "use a lowercase name like 'activity'")
            if kind not in TRIGGER_KINDS:
                raise ValueError(f"newsextract.events: trigger {word!r} has kind {kind!r}; "
                                 f"use one of {', '.join(TRIGGER_KINDS)}")
            entries[word] = Trigger(word, type_, kind)
        self.entries: Mapping[str, Trigger] = MappingProxyType(entries)
        self._lengths = tuple(sorted({len(w) for w in entries}, reverse=True))
        automaton = ahocorasick.Automaton()
        for word, trigger in entries.items():
            automaton.add_word(word, trigger)
        if entries:
            automaton.make_automaton()
        self._automaton = automaton if entries else None

    @classmethod
    def default(cls) -> Triggers:
        """The package's trigger data (`data/event_triggers.tsv`)."""
        return _default_triggers()

    def extended(self, rows: Iterable[Sequence[str]]) -> Triggers:
        """A new vocabulary: these triggers plus `rows` of `(word, type, kind)`; kind defaults to 'word'."""
        mine = [(t.word, t.type, t.kind) for t in self.entries.values()]
        return Triggers([*mine, *rows])

    def starts_at(self, text: str, pos: int) -> bool:
        """Whether a trigger word starts at `pos` (a place ends before `开展`)."""
        entries = self.entries
        for n in self._lengths:  # a plain loop: asked at every subject and place end
            if text[pos:pos + n] in entries:
                return True
        return False

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Leftmost-longest trigger occurrences in `text[start:end]`, one pass, at offsets of `text`.

        The window is clamped to the text, and an empty one finds nothing: pyahocorasick's
        `iter_long` raises IndexError for a start at the end of the text (an empty text too)
        or an end past it, where `iter` would find nothing.
        """
        size = len(text)
        start = min(max(start, 0), size)
        end = size if end is None else min(max(end, start), size)
        if self._automaton is None or start == end:
            return []
        return [Hit(last + 1 - len(t.word), last + 1, t) for last, t in self._automaton.iter_long(text, start, end)]


@functools.cache
def _default_triggers() -> Triggers:
    return Triggers(lexicon.rows("event_triggers", columns=3))
