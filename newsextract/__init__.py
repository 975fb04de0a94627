"""newsextract: raw text of a Chinese newspaper page → typed articles, dates,
organizations, statistics and events, with offsets into the text you passed."""
from .models import (SCHEMA_VERSION, Article, Byline, Change, DateMention, DateValue, Entity, Event,
                     Home, Organization, Page, Paragraph, Statistic)
from .pipeline import extract
from .view import render_html

__all__ = ["extract", "render_html", "SCHEMA_VERSION", "Page", "Article", "Paragraph", "Byline", "DateMention",
           "DateValue", "Organization", "Statistic", "Change", "Event", "Entity", "Home"]
__version__ = "0.1.0"
