"""Simplified text written in traditional script, for tests: the fold's own table inverted
where it is one to one (a simplified character that exactly one traditional character
folds to), so that `fold(to_traditional(text)) == fold(text)` by construction."""
from __future__ import annotations

import collections
import functools

from newsextract import lexicon


@functools.cache
def _inverse() -> dict[int, str]:
    sources: dict[str, list[str]] = collections.defaultdict(list)
    for traditional, (simplified, *_) in lexicon.mapping("traditional").items():
        sources[simplified].append(traditional)
    return {ord(s): ts[0] for s, ts in sources.items() if len(ts) == 1}


def to_traditional(text: str) -> str:
    """`text` with each simplified character that has one traditional form written in it."""
    return text.translate(_inverse())
