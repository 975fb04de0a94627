"""Paragraphs broken by a column break, rejoined.

Text pulled out of a page layout cuts a paragraph where a column ends, even in the
middle of a word, and puts its rest lines or articles later (`…与6家全省性行业协` …
`会商会共签约29个项目…`). A pair (head, tail) is a candidate when the head ends
mid-sentence and the tail is a body line that could continue it (not a dateline,
not the first line under a title). Its clues:

- the join makes a dictionary word across the break (`协|会` → `行业协会`);
- the tail's first character is an orphan that only the join makes a word
  (`题1860余个` after `…等难`);
- the tail cannot open a paragraph (`活”。针对…` closes a quote it never opened;
  `了不少…` opens with a particle);
- the tail's text shares the head's article's words, more than those of the line
  standing above it;
- nothing but captions stands between them.

A pair needs the first or the third clue and two clues in all; the best pairs win,
one to one. Only lines ending mid-sentence are heads and only the next `WINDOW`
lines are looked at, so the work is linear in the page; jieba cuts at most eight
characters per pair, and only when a dictionary word can span the break at all.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

from .. import lexicon
from ..text.rules import is_han
from ..text.words import tokenizer
from . import roles
from .roles import LineInfo

WINDOW = 24  # lines after a head where its rest may stand (seen: 4 to 8)
ON_TOPIC = 0.15  # the tail shares this much of the head's article's words…
NEAR_TOPIC = ON_TOPIC / 2  # …or this much, and more by NEIGHBOUR_MARGIN than the line above it
NEIGHBOUR_MARGIN = 1.5
MIN_CLUES = 2  # clues a join needs (the first or the third among them)
_EDGE = 4  # characters on each side of the break that jieba reads


def _tokenizer():
    """The private jieba tokenizer (`text/words.py`), shared with the organizations."""
    return tokenizer()


def word_across(left: str, right: str, starts: list[str] | None = None) -> bool:
    """Does a dictionary word span the break between `left` and `right`?

    `全省性行业协` + `会商会共签约` cuts as `行业协会|商会`: yes. `学到了不少` +
    `基层强则` cuts as `不少|基层`: no. `starts`: `word_starts(left)`, when the
    caller tries one head against many tails.
    """
    left, right = left[-_EDGE:], right[:_EDGE]
    if not left or not right:
        return False
    tokenizer = _tokenizer()
    if starts is None:
        starts = word_starts(left)
    if not _any_word_across(tokenizer.FREQ, starts, right):  # cheap test first
        return False
    pos = 0
    for token in tokenizer.lcut(left + right, HMM=False):
        if pos < len(left) < pos + len(token):
            return True
        pos += len(token)
    return False


def word_starts(left: str) -> list[str]:
    """The ends of `left` (up to `_EDGE` characters) that some dictionary word starts with.

    jieba's prefix dictionary holds every prefix of every word (with frequency 0): an
    end that is no key cannot be the start of a word across the break.
    """
    freq = _tokenizer().FREQ
    left = left[-_EDGE:]
    return [left[-i:] for i in range(1, len(left) + 1) if left[-i:] in freq]


def _any_word_across(freq: dict[str, int], starts: list[str], right: str) -> bool:
    """Is any string across the break (one of `starts` + a start of `right`) a word?

    Once `start + right[:j]` is no key of the prefix dictionary, no longer string from
    that start is a word.
    """
    for start in starts:
        for j in range(1, len(right) + 1):
            found = freq.get(start + right[:j])
            if found is None:
                break
            if found:
                return True
    return False


def _lone_first(window: str) -> bool:
    """Does jieba cut the window's first character off as a word of its own?"""
    return len(_tokenizer().lcut(window, HMM=False)[0]) == 1


@functools.cache
def _enclitics() -> frozenset[str]:
    return lexicon.words("enclitics")


def opens_with_enclitic(text: str) -> bool:
    """Does the text start with a particle standing alone (`了不少…`), not a word (`了解`)?"""
    window = text[:_EDGE]
    if not window or window[0] not in _enclitics():
        return False
    return _lone_first(window)


@functools.cache
def _openers() -> frozenset[str]:
    return lexicon.words("sentence_openers")


def orphaned(left: str, right: str) -> bool:
    """Is the first character of `right` a word piece that only the join makes whole?

    `题1860余个` alone starts with a lone `题`, which `等难` + `题` makes `难题`; `在瑞安市`
    starts with a lone `在` too, but `在` opens sentences (data/sentence_openers.tsv).
    """
    return _opens_with_orphan(right) and word_across(left, right)


def _opens_with_orphan(right: str) -> bool:
    """`orphaned` without the join: the first character of `right` stands alone."""
    window = right[:_EDGE]
    if not window or window[0] in _openers() or not is_han(window[0]):
        return False
    return _lone_first(window)


def find(infos: list[LineInfo], topic: Callable[[int, int], float]) -> dict[int, int]:
    """Index of head line → index of the line that continues it (indices into `infos`).

    `topic(a, b)` says how much of the text from line b on shares the words of the
    article around line a.
    """
    tails = [t for t in range(len(infos)) if _can_continue(infos, t)]

    # how a tail opens does not depend on the head: work it out once per tail line,
    # not once per pair (the jieba cuts behind it are the cost of finding joins)
    @functools.cache
    def midsentence(t: int) -> bool:
        text = infos[t].body_text
        return roles.starts_midsentence(text) or opens_with_enclitic(text)

    @functools.cache
    def opens_with_orphan(t: int) -> bool:
        return _opens_with_orphan(infos[t].body_text)

    scored: list[tuple[float, int, int]] = []
    for h, head in enumerate(infos):
        if head.role != "body" or head.jump_to or head.credit or roles.ends_sentence(head.body_text):
            continue
        candidates = tails[bisect.bisect_right(tails, h):bisect.bisect_right(tails, h + WINDOW)]
        if not candidates:
            continue
        left = head.body_text
        starts = word_starts(left)  # once per head, not once per pair
        captions_end = h + 1  # a tail up to here has nothing but captions between it and the head
        while captions_end < len(infos) and infos[captions_end].role == "caption":
            captions_end += 1
        for t in candidates:
            adjacent = t <= captions_end
            score = _score(left, infos[t].body_text, starts, midsentence(t), functools.partial(opens_with_orphan, t),
                           functools.partial(topic, h, t),
                           (lambda: 0.0) if adjacent else functools.partial(topic, t - 1, t), adjacent)
            if score > 0:
                scored.append((-score, h, t))
    scored.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, h, t in scored:
        if h in out or t in used:
            continue
        out[h] = t
        used.add(t)
    return out


def _can_continue(infos: list[LineInfo], t: int) -> bool:
    """A body line that does not open an article and does not stand under a title
    (a headline is followed by a paragraph's start, not by the rest of one)."""
    tail = infos[t]
    if tail.role != "body" or tail.dateline or tail.jump_from:
        return False
    return t == 0 or infos[t - 1].role not in ("headline", "subheading", "label", "continuation") \
        and not infos[t - 1].leading_credit


def _score(head: str, tail: str, starts: list[str], midsentence: bool, opens_with_orphan: Callable[[], bool],
           with_head_of: Callable[[], float], with_neighbour_of: Callable[[], float], adjacent: bool) -> float:
    """0 when the pair is no join; else higher for a surer one.

    `starts`: `word_starts(head)`; `midsentence`: the tail cannot open a paragraph; `opens_with_orphan`: its first
    character stands alone (`orphaned` once a word spans the break).
    `with_head`: how much the tail's text shares the head's article; `with_neighbour`:
    how much it shares the line standing above it. The rest of a broken paragraph
    is about its head's topic, more than about the article it happens to stand in.
    """
    across = word_across(head, tail, starts)
    if not (across or midsentence):
        return 0.0
    with_head = with_head_of()
    # the neighbour's share decides only a middling one: the topic of the lines above is
    # read for those pairs alone
    on_topic = with_head >= ON_TOPIC or (with_head >= NEAR_TOPIC and with_head > NEIGHBOUR_MARGIN * with_neighbour_of())
    orphan = across and opens_with_orphan()
    clues = across + orphan + midsentence + on_topic + adjacent
    if clues < MIN_CLUES:
        return 0.0
    return clues + with_head
