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
    home_county,
    mentions,
    page_mentions,
    parent,
    pick,
    province_of,
)
from ..places.gazetteer import divisions as regions

__all__ = ["Division", "Level", "Region", "by_name", "city_of", "home_county", "mentions", "page_mentions",
           "parent", "pick", "province_of", "regions"]
