"""Dates: a grammar of Chinese temporal expressions, resolved against the publication date."""
from __future__ import annotations

import datetime as _dt

from .context import Context
from .models import DateMention
from .text import ArticleText


def infer_published(page: str) -> _dt.date | None:
    """A reference date read from the page when the caller gave none (not built yet)."""
    return None


def find(article: ArticleText, ctx: Context) -> tuple[DateMention, ...]:
    """Every temporal expression of the article, in text order (not built yet)."""
    return ()
