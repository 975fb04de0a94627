"""Events: typed records of what happened, when, where and who, linked to mentions."""
from __future__ import annotations

from typing import Sequence

from .context import Context
from .models import DateMention, Event, Organization, Statistic
from .text import ArticleText


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = (),
         statistics: Sequence[Statistic] = ()) -> tuple[Event, ...]:
    """The events the article reports, in text order (not built yet)."""
    return ()
