"""How much two pieces of a page talk about the same thing.

A headline and its body, the two halves of a broken paragraph, a caption and the
article it illustrates share words. Chinese has no spaces, so a word is
approximated by a character bigram (`植树`, `宣讲`); bigrams every line of the page
uses (`社区` on a page about communities) weigh little, rare ones much (an inverse
document frequency over the page's lines).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from typing import Iterable


# The Han script as code point ranges: `re` has no `\p{Han}`, and one `re` scan that
# reads each pair of Han characters ahead is the cheapest way to the bigrams (this is
# the page's largest cost). Whole blocks rather than the assigned characters, so that
# a new Unicode version (a new CJK extension in plane 2 or 3) needs no edit: plane 2
# and plane 3 up to the Small Seal script (U+3D000, Unicode 17). tests/test_articles.py
# checks that they hold every character the installed `regex` calls Han, and besides
# them only unassigned code points.
_HAN = ("\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
        "\U00016fe2-\U00016fe3\U00016ff0-\U00016fff\U00020000-\U0003cfff")
# a Han character followed by another, the pair read ahead: one character taken per
# match, so the scan tries each position once
_HAN_PAIR = re.compile(f"(?=([{_HAN}]{{2}}))[{_HAN}]")


def bigrams(text: str) -> frozenset[str]:
    """The distinct Chinese character bigrams of the text (not across punctuation)."""
    return frozenset(_HAN_PAIR.findall(text))


class Topic:
    """Bigram weights of one page: rare on the page → heavy."""

    def __init__(self, documents: Iterable[frozenset[str]]):
        documents = list(documents)
        df: Counter[str] = Counter(chain.from_iterable(documents))  # one count over all lines
        n = max(len(documents), 1)
        self._df = df
        # the weight depends only on how many lines use a bigram (at most all n): one log per count
        self._by_count = [math.log(1 + n / (1 + count)) for count in range(n + 1)]
        self._mass: dict[frozenset[str], float] = {}

    def weight(self, gram: str) -> float:
        return self._by_count[self._df.get(gram, 0)]

    def _total(self, grams: frozenset[str]) -> float:
        """The summed weight of the bigrams, in the set's order. Two `map`s rather than
        a generator: this runs for every comparison of two pieces of the page
        (`Counter` lookups give 0 for a bigram no line uses)."""
        return sum(map(self._by_count.__getitem__, map(self._df.__getitem__, grams)))

    def mass(self, grams: frozenset[str]) -> float:
        found = self._mass.get(grams)
        if found is None:
            found = self._mass[grams] = self._total(grams)
        return found

    def share(self, part: frozenset[str], whole: frozenset[str]) -> float:
        """The weighted fraction of `part`'s bigrams that `whole` uses (0..1)."""
        if not part:
            return 0.0
        return self._total(part & whole) / self.mass(part)
