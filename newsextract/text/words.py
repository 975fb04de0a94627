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


# jieba's tags of proper nouns: places (ns), other proper names (nz), bodies (nt),
# transliterated names (nrt); not abbreviations (j), which are as often a class (`中小`)
PROPER_TAGS = frozenset(("ns", "nz", "nt", "nrt"))
# jieba's tags of words that are no part of a name's body: conjunctions (c), prepositions
# (p), pronouns (r), particles (u), and, of two characters or more, place words (f:
# `国际上`; one is part of a name, `中石`, `坂下`) and quantities (m: `几家`, `许多`,
# `一大批`), but not a number or an ordinal, which are part of a name (`三叶`, `第二`)
FUNCTION_TAGS = frozenset(("c", "p", "r", "u", "f", "m"))
_LONG_ONLY = frozenset(("f", "m"))
_NUMBER_STARTS = frozenset("第二三四五六七八九十百千万零〇两0123456789")


def _function_word(word: str, tag: str) -> bool:
    if tag not in _LONG_ONLY:
        return True
    return len(word) > 1 and not (tag == "m" and word[0] in _NUMBER_STARTS)


@functools.cache
def _tags() -> dict[str, str]:
    """jieba's tag of each dictionary word whose tag the library asks about."""
    wanted = PROPER_TAGS | FUNCTION_TAGS
    out = {}
    with tokenizer().get_dict_file() as lines:
        for line in lines:
            parts = line.decode("utf-8").split()
            if len(parts) < 3 or parts[2] not in wanted:
                continue
            if parts[2] in PROPER_TAGS or _function_word(parts[0], parts[2]):
                out[parts[0]] = parts[2]
    return out


def proper_word_in(text: str, start: int, end: int) -> bool:
    """Whether the dictionary's cut of `text[start:end]` holds a proper noun (`南海` of
    `南海师范`, `鞍钢` of `鞍钢工业`), not only common words (`研发`, `劳工`)."""
    tags = _tags()
    return any(len(word) > 1 and tags.get(word) in PROPER_TAGS for word in tokenizer().lcut(text[start:end], HMM=False))


def after_function_words(text: str, start: int, end: int) -> int:
    """Where `text[start:end]` goes on after the last function word of its dictionary cut
    (`FUNCTION_TAGS`: `而` of `而上市`, `几家` of `几家汽车`, `该`, `许多`); `start` if it
    has none. The cut guesses unknown words (HMM), so that a name the dictionary
    lacks is one word (`顺丰速运`, not `顺` + …)."""
    tags, pos, after = _tags(), start, start
    for word in tokenizer().lcut(text[start:end], HMM=True):
        pos += len(word)
        if tags.get(word) in FUNCTION_TAGS:
            after = pos
    return after
