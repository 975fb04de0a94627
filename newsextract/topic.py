"""How much two pieces of a page talk about the same thing.

A headline and its body, the two halves of a broken paragraph, a caption and the
article it illustrates share words. Chinese has no spaces, so a word is
approximated by a character bigram (`植树`, `宣讲`); bigrams every line of the page
uses (`社区` on a page about communities) weigh little, rare ones much (an inverse
document frequency over the page's lines).
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

import regex

_HAN_PAIR = regex.compile(r"\p{Han}{2}")


def bigrams(text: str) -> frozenset[str]:
    """The distinct Chinese character bigrams of the text (not across punctuation)."""
    return frozenset(_HAN_PAIR.findall(text, overlapped=True))


class Topic:
    """Bigram weights of one page: rare on the page → heavy."""

    def __init__(self, documents: Iterable[frozenset[str]]):
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            df.update(doc)
            n += 1
        n = max(n, 1)
        self._df = df
        # the weight depends only on how many lines use a bigram: one log per count
        self._by_count = [math.log(1 + n / (1 + count)) for count in range(max(df.values(), default=0) + 1)]
        self._mass: dict[frozenset[str], float] = {}

    def weight(self, gram: str) -> float:
        return self._by_count[self._df.get(gram, 0)]

    def mass(self, grams: frozenset[str]) -> float:
        found = self._mass.get(grams)
        if found is None:
            df, by_count = self._df, self._by_count
            found = self._mass[grams] = sum(by_count[df.get(g, 0)] for g in grams)
        return found

    def share(self, part: frozenset[str], whole: frozenset[str]) -> float:
        """The weighted fraction of `part`'s bigrams that `whole` uses (0..1)."""
        if not part:
            return 0.0
        df, by_count = self._df, self._by_count
        common = sum(by_count[df.get(g, 0)] for g in part & whole)
        return common / self.mass(part)
