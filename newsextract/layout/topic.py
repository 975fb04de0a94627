"""How much two pieces of a page talk about the same thing.

A headline and its body, the two halves of a broken paragraph, a caption and the
article it illustrates share words. Chinese has no spaces, so a word is
approximated by a character bigram (`植树`, `宣讲`), and a figure counts as a word
(`3年`, `6.3%`); terms every line of the page uses (`社区` on a page about
communities) weigh little, rare ones much (an inverse document frequency over the
page's lines).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import chain

from ..text.precompiled import compile_pattern
from ..text.rules import HAN

# `re` has no `\p{Han}`, and one `re` scan that reads each pair of Han characters ahead is
# the cheapest way to the bigrams (this is the page's largest cost).
# a Han character followed by another, the pair read ahead: one character taken per
# match, so the scan tries each position once
_HAN_PAIR = compile_pattern(f"(?=([{HAN}]{{2}}))[{HAN}]")


# a figure with its units, read whole: digits, then a `%` or the Han character after them (the
# unit: `6.3%`, `1688亿`, `36班`), as often as they chain (`1月17日`, `3年2月`); a range's
# `至`/`到` is no unit, so each end is a figure of its own (`1月17日至19日`, `114年1至11月`).
# It starts only where a chain of digits does: a match from inside one
# would be a part of the match from its start, and tried at every digit a run with no unit after
# it costs its length squared (`1111…`)
_FIGURE = compile_pattern(f"(?<![0-9])(?<![0-9][.,])(?:[0-9]+(?:[.,][0-9]+)*(?:%|(?![至到])[{HAN}]))+")


# a title's pairs, without those that open with a date's unit (`日登` of `学测1月17日登场`): in a
# short title such a pair outweighs the date itself, a word no paragraph uses; a body keeps
# them (the rests of broken paragraphs are found with them: without them
# unseen_stats/jiujiang_minsheng loses its join), and a unit that is a word goes on counting
# (`浓度` of `PM2.5浓度`, `职缺` of `1650职缺`)
_TITLE_PAIR = compile_pattern(f"(?:(?<![0-9])|(?![年月日号]))(?=([{HAN}]{{2}}))[{HAN}]")


# a character's word: one Han character, or a run of Latin letters (`LPR`, `TEU`, `MOU`), which no
# bigram of Han characters reads
_CHARACTER = compile_pattern(f"[{HAN}]|[A-Za-z]{{2,}}")


def characters(text: str) -> frozenset[str]:
    """The text's distinct Han characters and Latin words: what a title abbreviating its text still
    shares with it when no bigram is left (`研考本周六开考` over `…硕士研究生招生考试…`: 研, 考;
    `1月LPR保持不变` over `…报价利率（LPR）…均与上月持平`: LPR, 持)."""
    return frozenset(_CHARACTER.findall(text))


def bigrams(text: str) -> frozenset[str]:
    """The distinct Chinese character bigrams of the text (not across punctuation)."""
    return frozenset(_HAN_PAIR.findall(text))


def terms(text: str, title: bool = False) -> frozenset[str]:
    """The text's bigrams and its figures with their units (`3年2月`, `6.3%`): a headline often
    shares with its paragraph little more than a date or an amount (`学测1月17日登场` over
    `大考中心提醒，…学科能力测验将于明年1月17日至19日举行`, `2025年我县中考6月14日开考`), and
    a figure is as rare on a page as a rare word, so it weighs as one. `title`: the text is a
    title (`_TITLE_PAIR`)."""
    return frozenset((_TITLE_PAIR if title else _HAN_PAIR).findall(text)) | frozenset(_FIGURE.findall(text))


class Topic:
    """Term weights of one page: rare on the page → heavy."""

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
        """The summed weight of the bigrams. `math.fsum`, exactly rounded: a plain sum in the
        set's order differs in its last bits from one process to the next (string hashes are
        salted), and two shares that tie exactly must tie in every process. Two `map`s rather
        than a generator: this runs for every comparison of two pieces of the page
        (`Counter` lookups give 0 for a bigram no line uses)."""
        return math.fsum(map(self._by_count.__getitem__, map(self._df.__getitem__, grams)))

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
