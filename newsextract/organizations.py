"""Organizations: a name grammar (region prefix, body, suffix chain) and canonical names."""
from __future__ import annotations

from typing import Sequence

from .context import Context
from .models import DateMention, Home, Organization
from .text import ArticleText


def resolve_home(home: "str | Home | dict | None", page: str) -> Home:
    """The paper's home city and province: as given by the caller, else inferred (not built yet)."""
    if isinstance(home, Home):
        return home
    if isinstance(home, dict):
        return Home(**home)
    if isinstance(home, str):
        return Home(city=home)
    return Home()


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = ()) -> tuple[Organization, ...]:
    """Every organization mention of the article, in text order (not built yet)."""
    return ()
