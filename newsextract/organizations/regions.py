"""The division gazetteer as the organizations stage reads it: `places.gazetteer`.

Organizations use it to see where a name's region prefix ends, to complete a name
(`万柏林区…` → `太原市万柏林区…`), and the home region (`home.py`) to read a masthead and
count the places a page names. The data and its lookups live in the places stage.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from ..places.gazetteer import (
    Division,
    Level,
    Region,
    by_name,
    city_of,
    counties_by_short,
    county_short_mentions,
    home_county,
    is_own_city,
    mentions,
    page_mentions,
    parent,
    pick,
    province_of,
)
from ..places.gazetteer import divisions as regions

__all__ = ["Division", "Level", "Region", "by_name", "city_of", "counties_by_short", "county_by_short",
           "county_short_mentions", "home_county", "is_own_city", "mentions",
           "page_mentions", "parent", "pick", "province_of", "regions"]


@functools.cache
def _county_shorts() -> Mapping[str, tuple[Division, ...]]:
    out: dict[str, list[Division]] = {}
    for region in regions().values():
        if region.level == "county" and region.short:
            out.setdefault(region.short, []).append(region)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def county_by_short(short: str) -> Division | None:
    """The one county or district with this short form anywhere (`清徐` → 清徐县), or
    None when there is none or more than one (`朝阳`): a home passed by its short name."""
    found = _county_shorts().get(short, ())
    return found[0] if len(found) == 1 else None
