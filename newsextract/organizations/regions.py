"""The division gazetteer as the organizations stage reads it: `places.gazetteer`.

Organizations use it to see where a name's region prefix ends, to complete a name
(`万柏林区…` → `太原市万柏林区…`), and the home region (`home.py`) to read a masthead and
count the places a page names. The data and its lookups live in the places stage.
"""
from __future__ import annotations

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
    township_mentions,
    townships_named,
)
from ..places.gazetteer import divisions as regions

__all__ = ["Division", "Level", "Region", "by_name", "city_of", "counties_by_short", "county_by_short",
           "county_short_mentions", "home_county", "is_county_city", "is_own_city", "mentions",
           "page_mentions", "parent", "pick", "province_of", "regions", "township_mentions", "townships_named"]


def county_by_short(short: str) -> Division | None:
    """The one county or district with this short form anywhere (`清徐` → 清徐县), or
    None when there is none or more than one (`朝阳`): a home passed by its short name."""
    found = counties_by_short(short)
    return found[0] if len(found) == 1 else None


# How a county-level city's name ends (`海伦市`, `醴陵市`): every county-level division of the
# division data named so is one (codes XXXX81–88, and those a province or autonomous prefecture
# holds directly: `仙桃市`, `延吉市`); a county (`县`), district (`区`) or banner never is.
_CITY_END = "市"


def is_county_city(region: Division | None) -> bool:
    """A county-level city (县级市): a city in its own right, whose bodies are named after it
    alone (`醴陵市商务局`, never `株洲市醴陵市商务局`) and whose paper's `市委`, `市X局` are its own."""
    return region is not None and region.level == "county" and region.name.endswith(_CITY_END)
