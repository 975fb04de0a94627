"""China's administrative divisions (`data/regions.tsv`).

The gazetteer gives names, short forms and parents of provinces, prefecture cities
and counties/districts; organizations use it to see where a name's region prefix
ends and to complete a name (`万柏林区…` → `太原市万柏林区…`), and the home region
(`home.py`) to read a masthead and count the places a page names.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .. import lexicon
from ..models import Home

Level = str  # "province", "city" or "county"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short: str
    level: Level
    parent: str  # the parent's code, "" for a province


@functools.cache
def regions() -> Mapping[str, Region]:
    """Every region by its administrative code."""
    out = {}
    for row in lexicon.rows("regions", columns=4):
        code, name, short, level = row[:4]
        parent = row[4] if len(row) > 4 else ""
        out[code] = Region(code, name, short, level, parent)
    return MappingProxyType(out)


@functools.cache
def by_name() -> Mapping[str, tuple[Region, ...]]:
    """Full names, and short forms of provinces and cities, → the regions they may name.

    County short forms are left out: too many are ordinary words (和平, 朝阳, 新华).
    """
    names: dict[str, list[Region]] = {}
    for region in regions().values():
        names.setdefault(region.name, []).append(region)
        if region.short and region.level != "county" and region.short != region.name:
            names.setdefault(region.short, []).append(region)
    return MappingProxyType({k: tuple(v) for k, v in names.items()})


@functools.cache
def _county_shorts() -> Mapping[str, tuple[Region, ...]]:
    out: dict[str, list[Region]] = {}
    for region in regions().values():
        if region.level == "county" and region.short:
            out.setdefault(region.short, []).append(region)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def county_by_short(short: str) -> Region | None:
    """The one county or district with this short form anywhere (`清徐` → 清徐县), or
    None when there is none or more than one (`朝阳`)."""
    found = _county_shorts().get(short, ())
    return found[0] if len(found) == 1 else None


def home_county(short: str, home: Home) -> Region | None:
    """The county or district of the home city with this short form (`西工` → 西工区 in a
    Luoyang paper); None elsewhere, where short county names are too often words."""
    if not home.city:
        return None
    for region in _county_shorts().get(short, ()):
        city = city_of(region)
        if city is not None and city.name == home.city:
            return region
    return None


def parent(region: Region) -> Region | None:
    return regions().get(region.parent) if region.parent else None


def city_of(region: Region | None) -> Region | None:
    """The prefecture city a region lies in (itself for a city; a municipality such as
    北京市 for its districts), if any."""
    return _owners()[region.code][0] if region is not None else None


def province_of(region: Region | None) -> Region | None:
    return _owners()[region.code][1] if region is not None else None


@functools.cache
def _owners() -> Mapping[str, tuple[Region | None, Region | None]]:
    """Each region's city and province by its code, walked up the parents once: naming
    an organization or inferring the home asks for them for every place a page names."""
    def city(region: Region | None) -> Region | None:
        while region is not None and region.level == "county":
            region = parent(region)
        if region is not None and region.level == "province" and not region.name.endswith("市"):
            return None
        return region

    def province(region: Region | None) -> Region | None:
        while region is not None and region.level != "province":
            region = parent(region)
        return region

    return MappingProxyType({code: (city(region), province(region)) for code, region in regions().items()})


def pick(name: str, home: Home | None = None) -> Region | None:
    """The region a name most likely means: the one in the home city or province when
    the name is ambiguous (朝阳区 of Beijing or of Changchun), else the highest level."""
    found = by_name().get(name, ())
    if len(found) <= 1:
        return found[0] if found else None
    if home is not None:
        for region in found:
            city = city_of(region) if home.city else None
            if city is not None and city.name == home.city:
                return region
        for region in found:
            province = province_of(region)
            if home.province and province is not None and province.name == home.province:
                return region
    return min(found, key=_rank)


_LEVEL_ORDER = {"province": 0, "city": 1, "county": 2}


def _rank(region: Region) -> tuple[int, str]:
    """Highest level first, then the lowest code: the reading of an ambiguous name."""
    return _LEVEL_ORDER[region.level], region.code


@functools.cache
def _name_ends() -> tuple[re.Pattern, dict[str, tuple[int, ...]]]:
    """Where a gazetteer name may end, found one character early: a character that
    comes second to last in some name, before one some name ends with (县, 区, 市…,
    under 200; `会` of `大会` ends none, and no name ends in `我市`, `的市` or `各县`);
    and the lengths of the names ending with each pair of last characters, longest first.
    Looking only at those places is ~4× faster than an Aho-Corasick automaton, whose
    wide root makes every character of the page costly; asking for both characters
    halves the places, and keying the lengths by the last two characters (every name
    has two) rules out most of the rest with one lookup."""
    lengths: dict[str, set[int]] = {}
    for name in by_name():
        lengths.setdefault(name[-2:], set()).add(len(name))

    def chars(index: int) -> str:
        return "".join(re.escape(ch) for ch in sorted({pair[index] for pair in lengths}))

    # matched at the second to last character: a pattern that opens with a plain
    # class is scanned for in C; the last one is a lookahead, so pairs may overlap
    ends = re.compile(f"[{chars(0)}](?=[{chars(1)}])")
    return ends, {pair: tuple(sorted(found, reverse=True)) for pair, found in lengths.items()}


def mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every gazetteer name in `text`, longest at each end."""
    names = by_name()
    ends, lengths = _name_ends()
    out = []
    for match in ends.finditer(text):
        end = match.end() + 1
        for size in lengths.get(text[end - 2:end], ()):
            if size <= end and text[end - size:end] in names:
                out.append((end - size, end, text[end - size:end]))
                break
    return out


def page_mentions(page: str) -> tuple[tuple[int, int, str], ...]:
    """`mentions` of a whole page: inferring the home region and placing the page's
    streets (`canonical.page_places`) both read them, so the pipeline scans once
    per page and keeps them on the `Context`."""
    return tuple(mentions(page))
