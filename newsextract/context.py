"""What every extractor needs to know about the page besides an article's text."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .models import Home


@dataclass(frozen=True)
class Context:
    """The reference date and home region that relative expressions resolve against.

    `published` is the caller's publication date, or a date inferred from the page
    (then `published_inferred` is true), or None when the page gives no clue.
    `page` is the whole folded page, for extractors that look beyond an article
    (a headline's dateline, the page's most named city).
    """

    published: _dt.date | None
    published_inferred: bool
    home: Home
    page: str = ""
