"""newsextract: raw text of a Chinese newspaper page → typed articles, dates,
organizations, statistics, events and places, with offsets into the text you passed.

`extract` reads a page (or any text: without page layout it is one article);
`find_dates`, `find_organizations`, `find_statistics`, `find_events` and `find_places` read any text as
one article and return one area's mentions; `render_html` shows a page."""
from typing import TYPE_CHECKING

from .finders import find_dates, find_events, find_organizations, find_places, find_statistics
from .models import (
    SCHEMA_VERSION,
    Article,
    Byline,
    Change,
    ClockTime,
    DateMention,
    DateValue,
    Entity,
    Event,
    Focus,
    Home,
    Organization,
    Page,
    Paragraph,
    Place,
    Statistic,
)
from .pipeline import extract

if TYPE_CHECKING:
    from .view import render_html

__all__ = ["extract", "find_dates", "find_organizations", "find_statistics", "find_events", "find_places",
           "render_html", "SCHEMA_VERSION", "Page", "Article", "Paragraph", "Byline", "DateMention", "DateValue",
           "Organization", "Statistic", "Change", "ClockTime", "Event", "Entity", "Home", "Place", "Focus"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """`render_html` is imported when first asked for: `extract` does not need the view's modules."""
    if name == "render_html":
        from .view import render_html
        return render_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
