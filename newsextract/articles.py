"""Blocks of classified lines → articles (headlines, bylines, joins attached)."""
from __future__ import annotations

from .models import Article
from .text import Line


def parse(raw: str, folded: str, lines: tuple[Line, ...]) -> list[Article]:
    """The page's articles, without mentions (placeholder: one article per non-empty line)."""
    out = []
    for line in lines:
        if line.stripped:
            out.append(Article(id=f"a{len(out)}", paragraphs=[
                {"text": raw[line.start:line.end], "spans": [(line.start, line.end)]}]))
    return out
