"""Statistics: numbers with units, approximations, subjects and changes."""
from __future__ import annotations

from typing import Sequence

from .context import Context
from .models import DateMention, Organization, Statistic
from .text import ArticleText


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = ()) -> tuple[Statistic, ...]:
    """Every stated quantity of the article, in text order (not built yet)."""
    return ()
