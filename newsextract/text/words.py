"""Words of a dictionary: jieba's, through a private tokenizer built on first use.

The layout rejoins a paragraph where a dictionary word spans a column break
(`layout/joins.py`); the organizations read a short name (`北大`, `民建`) only where
it is a word of its sentence, not the middle of two (`人民建议`). Both ask here, so
the dictionary is read once.
"""
from __future__ import annotations

import functools

_REACH = 4  # characters read on each side of a span to cut it in its context


@functools.cache
def tokenizer():
    """A private jieba tokenizer (never the global one), built on first use.

    Its prefix dictionary is built here rather than by `initialize()`, which logs to
    stderr and writes a cache file to the temp folder: a library call does neither.
    """
    import jieba

    found = jieba.Tokenizer()
    found.FREQ, found.total = found.gen_pfdict(found.get_dict_file())
    found.initialized = True
    return found


def cut_at_both_ends(text: str, start: int, end: int) -> bool:
    """Does the dictionary cut `text[start:end]` off from its neighbours (a few
    characters each side)? `北大` in `在北大任教` is a word; in `东北大学` it is not."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    cuts, pos = {lo}, lo
    for token in tokenizer().lcut(text[lo:hi], HMM=False):
        pos += len(token)
        cuts.add(pos)
    return start in cuts and end in cuts
