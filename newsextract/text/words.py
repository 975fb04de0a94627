"""Words of a dictionary: jieba's (`text/dictionary.py`, read a row at a time).

The layout rejoins a paragraph where a dictionary word spans a column break
(`layout/joins.py`); the organizations read a short name (`北大`, `民建`) only where
it is a word of its sentence, not the middle of two (`人民建议`). Both ask here.
"""
from __future__ import annotations

from .dictionary import dictionary

_REACH = 4  # characters read on each side of a span to cut it in its context


def words_around(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The dictionary's cut of `text[start:end]` in its context (a few characters each side),
    as `(start, end, word)` at offsets of `text`; the first and last words may run past the span."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    out, pos = [], lo
    for token in dictionary().cut(text[lo:hi]):
        out.append((pos, pos + len(token), token))
        pos += len(token)
    return out


def goes_on(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word starts with `text[start:end]` and goes on past `end` (one
    lookup: jieba's prefix dictionary holds `text[start:end + 1]` then): the cheap test before a cut."""
    return end < len(text) and dictionary().starts_word(text[start:end + 1])


def ends_after(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word of a few characters starts before `start` and ends at `end`."""
    is_word = dictionary().is_word
    for lo in range(max(0, start - _REACH + 1), start):  # a plain loop: asked at every generic verb
        if is_word(text[lo:end]):
            return True
    return False


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word (`n`, `vn`, `nz`…), None for no word."""
    return dictionary().tag(word)


def cut_at_both_ends(text: str, start: int, end: int) -> bool:
    """Does the dictionary cut `text[start:end]` off from its neighbours (a few
    characters each side)? `北大` in `在北大任教` is a word; in `东北大学` it is not."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    cuts, pos = {lo}, lo
    for token in dictionary().cut(text[lo:hi]):
        pos += len(token)
        cuts.add(pos)
    return start in cuts and end in cuts


# jieba's tags of proper nouns: places (ns), other proper names (nz), bodies (nt),
# transliterated names (nrt); not abbreviations (j), which are as often a class (`中小`)
PROPER_TAGS = frozenset(("ns", "nz", "nt", "nrt"))
# jieba's tags of words that are no part of a name's body: conjunctions (c), prepositions
# (p), pronouns (r), particles (u, and the aspect particles jieba tags one by one: uz `着`,
# ul `了`, ug `过`: `担任着村党支部委员`; not uv `地`, ud `得`, which are nouns and verbs in a
# name's body too: `台南地院`), and, of two characters or more, place words (f: `国际上`; one
# is part of a name, `中石`, `坂下`) and quantities (m: `几家`, `许多`, `一大批`), but not a
# number or an ordinal, which are part of a name (`三叶`, `第二`)
FUNCTION_TAGS = frozenset(("c", "p", "r", "u", "uz", "ul", "ug", "f", "m"))
_LONG_ONLY = frozenset(("f", "m"))
_NUMBER_STARTS = frozenset("第二三四五六七八九十百千万零〇两0123456789")


def function_word(word: str, tag: str) -> bool:
    """Whether a word of a function tag (`FUNCTION_TAGS`) is one: a place word or a quantity only when long."""
    if tag not in _LONG_ONLY:
        return True
    return len(word) > 1 and not (tag == "m" and word[0] in _NUMBER_STARTS)


def _tag(word: str) -> str | None:
    """jieba's tag of a word when the library asks about it: a proper noun's, or a
    function word's (`_function_word`); None for other words."""
    tag = dictionary().tag(word)
    if tag in PROPER_TAGS or (tag in FUNCTION_TAGS and function_word(word, tag)):
        return tag
    return None


def proper_word_in(text: str, start: int, end: int) -> bool:
    """Whether the dictionary's cut of `text[start:end]` holds a proper noun (`南海` of
    `南海师范`, `鞍钢` of `鞍钢工业`), not only common words (`研发`, `劳工`)."""
    return any(len(word) > 1 and _tag(word) in PROPER_TAGS for word in dictionary().cut(text[start:end]))


def after_function_words(text: str, start: int, end: int) -> int:
    """Where `text[start:end]` goes on after the last function word of its dictionary cut
    (`FUNCTION_TAGS`: `而` of `而上市`, `几家` of `几家汽车`, `该`, `许多`); `start` if it
    has none. The cut guesses unknown words (HMM), so that a name the dictionary
    lacks is one word (`顺丰速运`, not `顺` + …)."""
    pos, after = start, start
    for word in dictionary().cut(text[start:end], hmm=True):
        pos += len(word)
        if _tag(word) in FUNCTION_TAGS:
            after = pos
    return after
