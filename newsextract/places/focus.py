"""Where an article is about: the division its places, organizations and dateline point to.

Each piece of evidence points to one division: a place mention of a division (a township
counts for its county), an organization whose canonical name opens with divisions
(`太原市万柏林区市场监督管理局` → 万柏林区), and the place of the dateline (`新华社长春6月11日电`).
A piece counts for its division and every division above it, so that two districts of one
city make the city the focus. The focus is the deepest division that holds at least half
of all pieces (ties: the most pieces, then the lowest code): a small model, and every
count is in the result.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Literal, cast

from ..models import Focus, Home, Organization, Place
from ..text.folding import fold
from . import gazetteer

FocusLevel = Literal["province", "city", "county"]
_OWNERS = ("中共", "共青团", "中国共产党")  # a party's prefix before the division of its committee
_DEPTH = {"province": 0, "city": 1, "county": 2}
_SHARE = 0.5  # the focus holds at least this share of the evidence
_REACH = 24  # the characters of a canonical name read for its divisions (内蒙古自治区呼和浩特市赛罕区…)


def _place_division(place: Place) -> str | None:
    if place.kind != "division" or not place.code or place.level == "country":
        return None
    if len(place.code) == 9:
        return place.code[:6] if gazetteer.division(place.code[:6]) else None
    return place.code


def _leading_division(name: str, home: Home) -> str | None:
    """The deepest division of the chain a name opens with (`山西省太原市万柏林区…`)."""
    for owner in _OWNERS:
        if name.startswith(owner):
            name = name[len(owner):]
            break
    found = None
    pos = 0
    spans = gazetteer.mentions(name[:_REACH])
    while True:
        here = [(end, word) for start, end, word in spans if start == pos]
        if not here:
            return found
        end, word = max(here)  # 太原市, not 太原
        division = gazetteer.pick(word, home)
        if division is None:
            return found
        found, pos = gazetteer.current(division).code, end


def _ancestors(code: str) -> list[str]:
    out = []
    division = gazetteer.division(code)
    while division is not None:
        out.append(division.code)
        division = gazetteer.parent(division)
    return out


def focus(places: Sequence[Place], organizations: Sequence[Organization], dateline: str | None,
          home: Home) -> Focus | None:
    """The division the article is about, with the evidence counted; None without evidence."""
    pieces: list[tuple[str, str]] = []  # (source, division code)
    pieces += [("places", code) for place in places if (code := _place_division(place))]
    leading: dict[str, str | None] = {}  # an article names one body many times (`县委`, `县政府`)
    for org in organizations:
        name = fold(org.canonical)  # a traditional-script article writes it in its own script
        code = leading[name] if name in leading else leading.setdefault(name, _leading_division(name, home))
        if code:
            pieces.append(("organizations", code))
    if dateline:
        for _, _, word in gazetteer.mentions(dateline)[:1]:
            division = gazetteer.pick(word, home)
            if division is not None:
                pieces.append(("dateline", gazetteer.current(division).code))
    if not pieces:
        return None
    within: dict[str, Counter] = {}
    ancestors: dict[str, list[str]] = {}  # an article names a few divisions many times
    for source, code in pieces:
        above_all = ancestors.get(code)
        if above_all is None:
            above_all = ancestors[code] = _ancestors(code)
        for above in above_all:
            counts = within.get(above)
            if counts is None:
                counts = within[above] = Counter()
            counts[source] += 1
    total = len(pieces)
    table = gazetteer.divisions()
    eligible = [code for code, counts in within.items() if counts.total() >= _SHARE * total]
    if not eligible:
        return None  # the evidence is spread over several provinces: no one division
    best = min(eligible, key=lambda code: (-_DEPTH[table[code].level], -within[code].total(), code))
    division, counts = table[best], within[best]
    level = cast(FocusLevel, division.level)  # a division's level is one of the three (lexicon.CLOSED)
    return Focus(canonical=division.name, code=division.code, level=level, places=counts["places"],
                 organizations=counts["organizations"], dateline=counts["dateline"], total=total)
