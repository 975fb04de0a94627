"""Cue words around event triggers (`data/event_cues.tsv`): role → words, compiled once.

A role names what a word signals to the event readers: `place_cue` (在, 于), `link` (与, 联合),
`cutoff` (截至), `source` (记者从…获悉) and the others listed in the data file.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType

import ahocorasick

from .. import lexicon
from ..text.precompiled import compile_pattern

#: A name that starts so names a data file instead of a cue role (`file:place_nouns`).
FILE = "file:"
_NOTHING = "(?!)"  # the alternation of no words matches nowhere (an empty pattern would match everywhere)

#: The roles the event readers ask for; data/event_cues.tsv describes each.
ROLES = frozenset({
    "lead", "source", "link", "partner", "counterpart", "plan", "cutoff", "adverb", "host", "anaphor", "cumulative",
    "decision_verb", "day_head", "contest_head", "hold_verb", "baseline", "place_cue", "place_tail", "not_place",
    "not_place_cue",
    "clause_verb", "community_head",
    "back_reference", "time_tail", "described", "zone", "total", "scope", "venue_head", "builder",
    "inventory", "name_link", "each", "time_edge", "around", "group_count", "place_count", "building_number",
    "level", "county_end",
    "cause_open", "cause_close", "participation", "follow_up", "schedule_cue", "phase", "tally", "bare_head",
    "received", "window_open", "window_close", "recurring", "future", "prospective", "completion",
    "opening", "open_before", "opening_hours", "team_head", "not_team", "sector_head", "not_sector", "in_turn",
    "continuation",
    "issuing", "in_force", "starts_from", "during", "scene", "through", "day_list", "deadline", "dateline_close",
    "window_during", "lasts_to", "generic_happening",
    "added_service", "added_facility", "manner_move", "rule_verb", "from_verb", "ruling", "case_count", "case_head",
    "route_link",
    "section_head", "line_head",
    "port_route", "seat_head",
    "agency", "post_held",
    "apply_to", "takes_applications", "window_named", "ongoing", "sum_of_one", "goal", "exhibits", "raise_verb",
    "edition_head", "at_happening", "passing", "funding", "hearing", "offering", "own_object", "ended",
    "own_subject", "service_run", "commitment",
    "made_notice", "rule_opening", "period_within", "season_now", "announcing", "published_results",
    "survey_findings", "entering", "rule_document",
    "then", "admission", "done", "frequency", "finish", "window_noun", "document_head",
})


def by_role(rows: Iterable[Sequence[str]]) -> Mapping[str, frozenset[str]]:
    """Role → words of `(word, role[, second role])` rows; a role no reader asks for is a typo,
    refused with the word that has it."""
    found: dict[str, set[str]] = {}
    for word, role, *more in rows:
        for name in (role, *(m for m in more if m)):  # 打造 clause_verb host: two roles
            if name not in ROLES:
                raise lexicon.LexiconError(f"data/event_cues.tsv: {word!r} has role {name!r}; "
                                           f"use one of {', '.join(sorted(ROLES))}")
            found.setdefault(name, set()).add(word)
    found.setdefault("link", set()).update(found.get("partner", ()))  # X联合Y chains like X、Y
    return MappingProxyType({role: frozenset(words) for role, words in found.items()})


@functools.cache
def cues_by_role() -> Mapping[str, frozenset[str]]:
    """Role → words of data/event_cues.tsv."""
    return by_role(lexicon.rows("event_cues", columns=2))


@functools.cache
def cue_words(role: str) -> frozenset[str]:
    """The words of one role; a role the data does not name has none (cached: the readers ask
    for a role's words thousands of times a page)."""
    if role not in ROLES:
        raise ValueError(f"newsextract.events: no cue role {role!r}; the roles are in cues.ROLES")
    return cues_by_role().get(role, frozenset())


def _words(name: str) -> frozenset[str]:
    """The words of a data file (`file:place_nouns`), or of one cue role or several, data files
    among them (`a|b`, `lead|file:item_openers`)."""
    return frozenset().union(*(lexicon.words(part[len(FILE):]) if part.startswith(FILE) else cue_words(part)
                               for part in name.split("|")))


def pattern_of(words: frozenset[str]) -> str:
    """The words as one alternation, longest first; no words match nowhere."""
    if not words:
        return _NOTHING
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def alternation(name: str) -> re.Pattern[str]:
    """One compiled alternation, longest word first, for a cue role or a data file."""
    return compile_pattern(pattern_of(_words(name)))


@functools.cache
def _automaton(name: str) -> ahocorasick.Automaton | None:
    """An automaton of the words of a cue role or a data file, each stored with its length."""
    words = _words(name)
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def longest_words(text: str, lo: int, hi: int, name: str) -> list[tuple[int, int]]:
    """(start, end) of the longest word of a cue role or a data file that starts at each position
    of [lo, hi) and ends by `hi`, in the order of their ends: what the longest-first alternation
    finds when tried at every position (`regex`'s overlapped finditer), in one automaton pass
    (the alternation, tried at each of a place's 30 characters, cost several times more)."""
    automaton = _automaton(name)
    hi = min(hi, len(text))  # pyahocorasick reads past the text for a window that starts at its end
    if automaton is None or hi <= lo:
        return []
    longest: dict[int, int] = {}
    for last, length in automaton.iter(text, lo, hi):
        start = last + 1 - length
        if longest.get(start, -1) <= last:
            longest[start] = last + 1
    return list(longest.items())


@functools.cache
def _cue_matcher(roles: str) -> tuple[frozenset[str], Callable[[str, int], re.Match[str] | None] | None, int]:
    """The words' first characters, `match` of the longest-first alternation of one role's words
    (or of `a|b` roles' together) and its longest word's length: a cue lookup is a set lookup at
    most positions (no word starts there) and one C-level match at the others, not a slice per
    length. A plain tuple, unpacked in one step: `cue_at` runs some 600 times a page."""
    words = _words(roles)
    if not words:
        return frozenset(), None, 0
    return frozenset(w[0] for w in words), compile_pattern(pattern_of(words)).match, max(map(len, words))


def cue_at(text: str, pos: int, role: str) -> int:
    """End of the longest `role` cue word starting at `pos`, or -1; `role` may name several
    roles as `a|b|c` (the longest word of any of them)."""
    initials, match, longest = _cue_matcher(role)
    if text[pos:pos + 1] not in initials or pos < 0 or match is None:
        return -1
    m = match(text, pos)
    if m is None:
        return -1
    end = m.end()
    # a word that ends the text reports pos + the longest word's length, as the slice-and-lookup
    # reading always did (text[pos:pos + n] is the whole tail for every n past it)
    return end if end < len(text) else pos + longest


def cue_may_start(text: str, lo: int, hi: int, role: str) -> bool:
    """Whether a `role` cue word may start somewhere in [lo, hi]: one search of the window, a
    necessary condition for `cue_at` at any position there (a caller spares the reading that
    finds the position when no word is near)."""
    _, match, longest = _cue_matcher(role)
    return match is not None and alternation(role).search(text, lo, hi + longest) is not None


@functools.cache
def _lengths(name: str) -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The words of a cue role (or roles, `a|b`) or a data file, their lengths longest first, and
    their last characters."""
    words = _words(name)
    return words, tuple(sorted({len(w) for w in words}, reverse=True)), frozenset(w[-1] for w in words if w)


def cue_start_before(text: str, pos: int, name: str, lo: int = 0) -> int:
    """Start of the longest word of a cue role (roles `a|b`, or a data file `file:place_nouns`)
    that ends at `pos` and starts at or after `lo`, or -1: a slice and a set lookup per word length,
    after one lookup of the character before `pos` among the words' last ones (most say no word)."""
    words, lengths, finals = _lengths(name)
    last = text[pos - 1:pos] if pos > 0 else ""
    if last and last not in finals:
        return -1
    for n in lengths:
        if pos - n >= lo and text[pos - n:pos] in words:
            return pos - n
    return -1


def cue_ends_at(text: str, pos: int, name: str, lo: int = 0) -> bool:
    """Whether a word of a cue role (or of a data file, `file:place_nouns`) ends at `pos`,
    starting at or after `lo` (`截至` + 3月4日)."""
    return cue_start_before(text, pos, name, lo) >= 0
