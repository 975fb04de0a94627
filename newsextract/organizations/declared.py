"""Short forms a page declares in brackets right after a name, and their later mentions.

A report gives a body's full name once with the short form it will use after it
(`華晶半導體製造股份有限公司（華晶）` heldout21/taiwan_economy, then `華晶董事會`, `華晶同日公布`;
`南亚区域合作联盟（南盟）`, `巴勒斯坦人民阵线（人阵）`, `…委员会（以下简称X）` in the
People's Daily suite), and the short form names no body anywhere else. So the short form is
a name in that article only, from its declaration on, with the full name's canonical.

The short form must be read off the full name (its characters in order: `華晶` of
`華晶半導體…`), unless the page says so in words (`以下简称`, `下称`): a bracket after a name
holds other things too (`（02567）`, a stock code; `（右）`, a place in a photo).
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from ..models import OrgKind
from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern

# `（華晶）`, `（以下简称“南关办理处”）`: a bracket right after the name, the words that declare
# a short form if any, the short form of two to eight characters, maybe quoted
_DECLARATION = compile_pattern(
    r"[（(](?P<said>以下简称|以下簡稱|以下称|简称|簡稱|下称|下稱)?[“「『\"]?"
    r"(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”」』\"]?[）)]")
_EDGE_REACH = 2  # characters either side of a later mention that may make one word with its edge


class Named(NamedTuple):
    """A name the article already has: its span, canonical name and kind."""

    start: int
    end: int
    canonical: str
    kind: OrgKind


def _read_off(short: str, name: str) -> bool:
    """Whether `short` is `name`'s characters in order, and shorter (`國發會` of `國家發展委員會`)."""
    if len(short) >= len(name):
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def declarations(page: str, reach: int) -> Iterator[tuple[int, str, bool]]:
    """Where a bracket that may declare a short form opens, the short form, and whether the
    page says so in words: the brackets whose short form may be read off the `reach`
    characters before them (the name is parsed there only for these)."""
    for match in _DECLARATION.finditer(page):
        at, short, said = match.start(), match.group("short"), bool(match.group("said"))
        if said or _read_off(short, page[max(0, at - reach):at]):
            yield at, short, said


# jieba's tags of function words (pronouns, conjunctions…) and words that point back (`本`, `该`): a
# bracket that calls a body so (`（本行）`, `（下称“该公司”）`) gives no short form to look for
# elsewhere, where the word means any body
_FUNCTION_TAGS = frozenset(("r", "c", "p", "d", "m", "f"))
_POINTING = frozenset("本该此其我")


def declares(short: str, said: bool, name: str) -> bool:
    """Whether a bracket after `name` declares `short` its short form: not its head alone
    (`（下称“公司”）` after `…有限公司`), which is any body's."""
    if short[0] in _POINTING or name.endswith(short) or dictionary().tag(short) in _FUNCTION_TAGS:
        return False
    return said or _read_off(short, name)


def declared(text: str, names: Sequence[Named], on_page: Mapping[str, tuple[str, OrgKind]] = {}) -> list[Named]:
    """The mentions of the short forms that `names` declare (the bracketed one included), and
    of those the page declares elsewhere (`on_page`: short form → canonical and kind; a photo's
    credit, `圖／華晶提供`, is an article of its own), where no name of `names` is already:
    each a word of its sentence, not the middle of a longer one (`人阵` in `敌人阵地`). In text
    order."""
    shorts: dict[str, tuple[str, OrgKind]] = {}  # short form → canonical, kind
    for name in names:
        match = _DECLARATION.match(text, name.end)
        if match is not None and match.group("short") not in shorts and declares(
                match.group("short"), bool(match.group("said")), text[name.start:name.end]):
            shorts[match.group("short")] = (name.canonical, name.kind)
    for short, (canonical, kind) in on_page.items():
        if short not in shorts and short in text:
            shorts[short] = (canonical, kind)
    return mentions_of(text, shorts, names)


def mentions_of(text: str, shorts: Mapping[str, tuple[str, OrgKind]], names: Sequence[Named]) -> list[Named]:
    """Each mention of a short form (→ canonical, kind) that stands as a word of its sentence
    where no name of `names` is already, in text order."""
    taken = [(n.start, n.end) for n in names]
    found: list[Named] = []
    for short, (canonical, kind) in shorts.items():
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if not any(s < end and at < e for s, e in taken) and _stands(text, at, end):
                found.append(Named(at, end, canonical, kind))
                taken.append((at, end))
            at = text.find(short, end)
    return sorted(found)


def _stands(text: str, start: int, end: int) -> bool:
    """Whether no word of the dictionary runs over either edge of text[start:end]."""
    words = dictionary()
    return not (words.word_across(text, start, _EDGE_REACH) or words.word_across(text, end, _EDGE_REACH))
