"""The values a parse of an organization name is made of.

The grammar (`grammar.py`) builds them and the canonical names (`canonical.py`) read
them; both import them from here, so neither imports the other.

They are named tuples: immutable like frozen dataclasses, and about twice as fast to
build, which counts since the parser builds a few dozen per article.
"""
from __future__ import annotations

from typing import NamedTuple

from .vocabulary import Alias, Prefix, Suffix


class RegionToken(NamedTuple):
    """A region word before a name's first link: a gazetteer name (`太原市`) or a
    relative prefix (`市`, `我省`, `中共`)."""

    start: int
    end: int
    word: str
    prefix: Prefix | None  # None: a gazetteer name


class Link(NamedTuple):
    """One `body + suffix` of a name: `万柏林区` + `市场监督管理局`; the body may be
    empty (`市` + `委`: the region is all the name it has)."""

    start: int  # where the body starts
    suffix_start: int
    end: int
    suffix: Suffix


class Parsed(NamedTuple):
    """A whole name: its region chain, then its links left to right; or a known
    alias (`农行`), possibly with links after it (`农行洛阳分行`)."""

    start: int
    end: int
    regions: tuple[RegionToken, ...]
    links: tuple[Link, ...]
    alias: Alias | None = None
