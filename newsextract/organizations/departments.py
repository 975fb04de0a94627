"""A Taiwan county's department by its short form, where the article names it in full.

A county government's release, and the paper after it, names a department once with its
county (`縣府工務處`, `屏東縣政府勞動暨青年發展處`, `花蓮縣消防局`) and then by the department
alone or its abbreviation (`工務處並將…`, `勞青處表示`, `消防局表示`): heldout23, heldout34,
heldout40, heldout46, heldout47 and heldout50 (taiwan_news). The short form names that
department in that article only, so it takes the full name's canonical. It is read off the
department's name (its characters in order, the first and the last kept: `勞青處` of
`勞動暨青年發展處`, `工旅處` of `工商旅遊處`), so `旅遊處` is no short form of `工商旅遊處`.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..models import OrgKind
from ..text.precompiled import compile_regex
from .declared import Named, mentions_of

# the county, its government in full or short, then one department (`处`, `局`) and nothing after
# it: not a department's own unit (`县政府警察局罗东分局`)
_DEPARTMENT = compile_regex(r"县(?:政府|府)?(?P<department>[^处局县市]{1,8}[处局])\Z")
_SHORTEST = 3  # `消防局`, `勞青處`: two characters (`工處`) say no department


def _read_off(short: str, department: str) -> bool:
    """Whether `short` keeps `department`'s first and last characters and takes the rest in order."""
    if short[0] != department[0] or short[-1] != department[-1]:
        return False
    rest = iter(department)
    return all(ch in rest for ch in short)


def _shorts_in(text: str, department: str) -> set[str]:
    """The short forms of `department` the text writes (the department itself included)."""
    out: set[str] = set()
    at = text.find(department[0])
    while at >= 0:
        for size in range(len(department), _SHORTEST - 1, -1):
            short = text[at:at + size]
            if len(short) == size and _read_off(short, department):
                out.add(short)
                break
        at = text.find(department[0], at + 1)
    return out


def county_departments(text: str, names: Sequence[Named]) -> list[Named]:
    """The mentions of the county departments that `names` give in full, by their short forms."""
    shorts: dict[str, tuple[str, OrgKind]] = {}
    seen: set[str] = set()
    for name in names:
        match = _DEPARTMENT.search(text[name.start:name.end])
        if match is None or match.group("department") in seen:
            continue
        seen.add(match.group("department"))
        for short in sorted(_shorts_in(text, match.group("department"))):
            shorts.setdefault(short, (name.canonical, name.kind))
    return mentions_of(text, shorts, names) if shorts else []
