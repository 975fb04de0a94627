"""Overlapping ranges → properly nested HTML elements, every character written once.

Lines, event clauses and the mentions inside them overlap: a clause contains dates
and organizations, a mention may run past the end of a line. HTML elements must
nest, so `render` opens ranges in a fixed order (by start, then outer layers
first, then longer first) and, where a range runs past the end of the element it
sits in, closes it there and reopens the rest as a continuation fragment. Ranges
that nest (the usual case) come out as exactly one element each.
"""
from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mark:
    """Something drawn over `text[start:end]`; a lower `layer` is drawn outside a higher one."""

    start: int
    end: int
    layer: int
    payload: Any


OpenTag = Callable[[Mark, int, int, bool], str]  # (mark, start, end, first fragment?) → "<…>"
CloseTag = Callable[[Mark], str]
Escape = Callable[[str], str]


def render(text: str, lo: int, hi: int, marks: Iterable[Mark], open_tag: OpenTag, close_tag: CloseTag,
           escape: Escape) -> str:
    """`text[lo:hi]` escaped, with every mark (clipped to [lo, hi)) as an element around its text."""
    heap: list[tuple[int, int, int, int, int, Mark, bool]] = []
    for seq, mark in enumerate(marks):
        start, end = max(mark.start, lo), min(mark.end, hi)
        empty_here = mark.start == mark.end and (lo <= mark.start < hi or mark.start == hi == len(text))
        if start < end or empty_here:
            heap.append((start, mark.layer, -end, seq, end, mark, start == mark.start))
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[tuple[int, Mark]] = []
    cursor = lo

    def close_until(position: int) -> None:
        nonlocal cursor
        while stack and stack[-1][0] <= position:
            end, mark = stack.pop()
            if cursor < end:
                out.append(escape(text[cursor:end]))
                cursor = end
            out.append(close_tag(mark))

    while heap:
        start, layer, _, seq, end, mark, first = heapq.heappop(heap)
        close_until(start)
        if stack and end > stack[-1][0]:  # runs past its container: split, reopen the rest later
            heapq.heappush(heap, (stack[-1][0], layer, -end, seq, end, mark, False))
            end = stack[-1][0]
        if cursor < start:
            out.append(escape(text[cursor:start]))
            cursor = start
        out.append(open_tag(mark, start, end, first))
        stack.append((end, mark))
    close_until(hi)
    if cursor < hi:
        out.append(escape(text[cursor:hi]))
    return "".join(out)
