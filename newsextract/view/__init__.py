"""The HTML view of an extracted page: `render_html(page, text)` → one self-contained file.

Depends only on the public models (`newsextract.models`) and the raw text.
"""
from .areas import AREAS, Area
from .html import render_html

__all__ = ["render_html", "AREAS", "Area"]
