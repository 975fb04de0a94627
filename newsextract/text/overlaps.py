"""The package's one rule for competing readings: longest, then leftmost, then rule order.

Dates and organizations both find candidates that overlap (`2024年` inside
`2024年冬至`, `农业农村部` inside a longer name); one shared helper decides, so every
extractor resolves overlaps the same way and in linear time.

A span that is already claimed is no competitor: a mention another stage found (a
date, an organization) or a name (a quoted term, a title, an idiom) wins over any
candidate that overlaps it, however long. `Claimed` answers that question.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import TypeVar

_start = itemgetter(0)
_Payload = TypeVar("_Payload")


def choose(candidates: list[tuple[int, int, int, _Payload]]) -> list[tuple[int, int, int, _Payload]]:
    """Non-overlapping candidates (start, end, rule, payload): longest, then leftmost,
    then earlier rule wins; returned in text order.

    A map of taken characters keeps this linear: a mention is a few dozen characters,
    so checking and marking its span is constant work."""
    if not candidates:
        return []
    in_order = sorted(candidates, key=_start)
    if _disjoint(in_order):
        return in_order  # the common case: nothing competes, so nothing to decide
    taken = bytearray(max(c[1] for c in candidates))
    kept = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        start, end = cand[0], cand[1]
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(cand)
    kept.sort(key=_start)
    return kept


def _disjoint(in_order: Sequence[tuple[int, int, int, object]]) -> bool:
    """Candidates sorted by start that are all non-empty and never overlap."""
    end = -1
    for candidate in in_order:
        if candidate[0] < end or candidate[0] >= candidate[1]:
            return False
        end = candidate[1]
    return True


class Claimed:
    """Spans that are already claimed (sorted, possibly overlapping [start, end) ranges),
    and whether a candidate overlaps one: a candidate that does gives way, whatever its length.

    Not `choose`: these spans are decided before the candidates are read (another stage's
    mentions, names), so they are never dropped for a longer candidate. `二〇七所社区`,
    an organization, keeps `二〇七所` from being a count; `“12345”党建工程` is a name.
    Each test is a bisection over the starts and a running maximum of the ends.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ranges = sorted(span for span in spans if span[0] < span[1])
        self._starts = [start for start, _ in ranges]
        self._reach = list(itertools.accumulate([end for _, end in ranges], max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a claimed span."""
        k = bisect.bisect_left(self._starts, end) - 1
        return k >= 0 and self._reach[k] > start
