"""The named work a demonstrative points back to: `该工程`, `该项目`, `该公路`, `该桥` after a sentence that
named it (`光华路雨污管网改造施工…。…该工程投资1260万元` → `雨污管网改造工程投资`), as the golds of heldout12, 14, 22,
33, 35, 38, 41, 45, 47, 48 and 50 write it (unseen_stats2/anji_jingji leaves it bare: a known difference); and the
work a bare `工程` before its investment means, named before in the same sentence (`…二期工程开工，工程总投资`:
heldout31, heldout33 county_news, heldout34/wire_news)."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ..windows import CLAUSE_END, sentence_start
from .phrases import SPACES, clause_before, noun_before
from .pieces import NONE, NOUN, Figure, Subject, join, span

_DEMONSTRATIVES = "该該"
# a demonstrative's noun and the words a name of the same work ends in, its own first: the name is written again
# with the demonstrative's noun (`…改扩建工程。该项目` → `改扩建项目`)
_SAME_WORK = {
    "工程": ("工程", "项目", "項目", "施工"),  # `因X施工，…该工程`: the works under way
    "项目": ("项目", "工程", "項目"),
    "項目": ("項目", "工程", "项目"),
    "公路": ("公路",),
    "桥": ("桥",),
    "橋": ("橋",),
}
_REACH = 200  # a name is looked for no further back, in the same paragraph
_ACT_TAGS = ("v", "d")  # jieba's verbs and adverbs: words that name no work (`实施封闭施工`)
_PREPOSITION_TAG = "p"
_PHASE = "期"  # `三期扩建工程`: a phase of the work, read as a count, is a word of its name
_NAME = 6  # the name's last words up to this length (`太原至忻州高速公路改扩建工程` → `改扩建`): its head
# a work's word opening a clause before its investment, no demonstrative: the work the sentence named before
# (`…防洪治理二期工程开工，工程总投资`); `项目` alone stays bare (`…项目一期投产，项目总投资`, as the golds write it)
_BARE_WORK = "工程"
_INVESTMENTS = ("总投资", "總投資", "投资", "投資")
_CLAUSE_OPENERS = "，,；;：:"


def demonstrated_work(text: str, at: int) -> str | None:
    """The work noun that a demonstrative right before `at` points with (`该工程` → `工程`), or None."""
    if at < 1 or text[at - 1] not in _DEMONSTRATIVES:
        return None
    return next((noun for noun in _SAME_WORK if text.startswith(noun, at)), None)


def bare_work(text: str, at: int) -> str | None:
    """The work's word `工程` opening a clause at `at` right before an investment (`，工程总投资`), or None."""
    if at < 1 or text[at - 1] not in _CLAUSE_OPENERS or not text.startswith(_BARE_WORK, at):
        return None
    return _BARE_WORK if text.startswith(_INVESTMENTS, at + len(_BARE_WORK)) else None


def named_work(text: str, at: int, noun: str, figures: Sequence[Figure],
               claimed: Sequence[tuple[int, int]], floor: int = 0) -> Subject:
    """The name of the work `该<noun>` at `at` points back to: the nearest earlier name in the paragraph ending in a
    word of the same work, as its head (its last words, up to `_NAME` characters, a figure and an actor before them
    left out) and the noun written at `at` (`该项目` after `…改扩建工程` → `改扩建项目`). A word of the work alone
    (`…开工，项目占地`), a word that goes on (`总工程量`) and one inside an actor's name (`中铁大桥局`) name none;
    no name is looked for before `floor`."""
    floor = max(floor, text.rfind("\n", 0, at) + 1, at - _REACH)
    for words in ((noun,), _SAME_WORK[noun][1:]):  # its own word first (`…项目主体工程。该项目`)
        end = at - 1
        while end > floor:
            head, word = max((text.rfind(word, floor, end), word) for word in words)
            if head < 0:
                break
            end = head
            if not _ends_name(text, head, head + len(word), claimed) or text[head - 1] in _DEMONSTRATIVES:
                continue
            s, e = _head_words(text, head, figures, claimed)
            if e - s >= NOUN:
                return join((s, e), (at, at + len(noun)))
    return NONE


def _ends_name(text: str, start: int, end: int, claimed: Sequence[tuple[int, int]]) -> bool:
    """Whether a work's word at `start:end` ends a name: not one that goes on (`工程量`, `工程师`) nor one inside an
    actor (`中铁大桥局`)."""
    if end < len(text) and dictionary().tag(text[start:end + 1]) is not None:
        return False
    return not any(s < end <= e for s, e in claimed)


def _phase(text: str, end: int) -> bool:
    """Whether a figure ending at `end` is a phase of the work named on (`机场三期扩建工程`): `期` with a word of the
    name after it, no clause mark between."""
    return text.endswith(_PHASE, 0, end) and end < len(text) and text[end] not in CLAUSE_END


def _head_words(text: str, head: int, figures: Sequence[Figure],
                claimed: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The last words of the name ending right before the work's word at `head`, up to `_NAME` characters, read
    back in its clause past no actor, time, stop word, figure (`年产30万台新能源汽车电驱系统项目` → `电驱系统`) or
    bracket."""
    lo = max([clause_before(text, head), *(f.end for f in figures if f.end <= head and not _phase(text, f.end))])
    lo = max([lo, *(text.rfind(mark, lo, head) + len(mark) for mark in ("——", "）", ")", "的", *SPACES))])
    s, e, _ = noun_before(text, head, lo, claimed)
    if e != head or any(c in CLAUSE_END for c in text[s:e]):
        return head, head
    words = dictionary().cut(text[s:e])
    if all((dictionary().tag(word) or "").startswith(_ACT_TAGS) for word in words):
        return head, head  # `实施封闭施工`: an act, no work named
    start, kept = e, []
    for word in reversed(words):
        if e - (start - len(word)) > _NAME:
            break
        start -= len(word)
        kept.append(word)
    while kept and dictionary().tag(kept[-1]) == _PREPOSITION_TAG:  # `长沙至赣州…`: a name opens with no 至
        start += len(kept.pop())
    return start, e


def resolved(text: str, found: Subject, figures: Sequence[Figure], claimed: Sequence[tuple[int, int]]) -> Subject:
    """A subject that opens with a demonstrative's work noun (`该工程投资` → `工程投资`), the work named before in its
    stead (`雨污管网改造工程投资`); unchanged when no name is found."""
    first = found.pieces[0] if found else None
    if not isinstance(first, tuple):
        return found
    noun = demonstrated_work(text, first[0])
    named = named_work(text, first[0], noun, figures, claimed) if noun else NONE
    bare = None if noun else bare_work(text, first[0])
    if bare:  # `…二期工程开工，工程总投资`: the work named before in the same sentence
        named = named_work(text, first[0], bare, figures, claimed, sentence_start(text, first[0]))
    if not named:
        return found
    return join(*named.pieces[:-1], span(first[0], first[1]), *found.pieces[1:])

