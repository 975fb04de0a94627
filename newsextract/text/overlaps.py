"""The package's one rule for competing readings: longest, then leftmost, then rule order.

Dates and organizations both find candidates that overlap (`2024年` inside
`2024年冬至`, `农业农村部` inside a longer name); one shared helper decides, so every
extractor resolves overlaps the same way and in linear time.
"""
from __future__ import annotations

from operator import itemgetter

_start = itemgetter(0)


def choose(candidates: list[tuple[int, int, int, object]]) -> list[tuple[int, int, int, object]]:
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


def _disjoint(in_order: list[tuple[int, int, int, object]]) -> bool:
    """Candidates sorted by start that are all non-empty and never overlap."""
    end = -1
    for candidate in in_order:
        if candidate[0] < end or candidate[0] >= candidate[1]:
            return False
        end = candidate[1]
    return True
