"""What every extractor needs to know about the page besides an article's text."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .models import Home


@dataclass(frozen=True)
class Context:
    """The reference date and home region that relative expressions resolve against.

    `published` is the caller's publication date, or a date inferred from the page
    (then `published_inferred` is true), or None when the page gives no clue.
    `page` is the whole folded page, for extractors that look beyond an article
    (a headline's dateline, the page's most named city); `page_regions` its gazetteer
    names (`regions.page_mentions`), read once when the home is inferred, or None
    when nobody has read them yet.
    """

    published: _dt.date | None
    published_inferred: bool
    home: Home
    page: str = ""
    page_regions: tuple[tuple[int, int, str], ...] | None = field(default=None, compare=False, repr=False)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def once(self, key: Any, compute: Callable[[], Any]) -> Any:
        """Work on the whole page that several articles need (the page's places, a short
        name's owner), done on first ask and kept with this page only: no cache outlives
        the `extract` call, so a page read twice costs twice, and threads share nothing."""
        try:
            return self.memo[key]
        except KeyError:
            value = self.memo[key] = compute()
            return value
