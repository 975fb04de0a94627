"""Organizations in a photo's credit: `…采收西兰花。 县融媒体中心 赵 磊 摄`, `…测量血压。（县人民医院供图）`.

The layout gives a caption's credit to the byline, so the caption's paragraph stops
before it and the names stage never reads it; the body that took or gave the picture
is an organization mention all the same (the golds annotate it). Here the rest of a
caption's line after its paragraph is read as a text of its own, offsets kept, and the
layout roles stay as they are.
"""
from __future__ import annotations

from ..context import Context
from ..models import Article, Organization
from ..text.offsets import ArticleText
from .names import find


def credit_text(raw: str, folded: str, article: Article) -> ArticleText | None:
    """The credits that close a photo article's caption lines, each a paragraph, or None."""
    if article.kind != "photo":
        return None
    tails = []
    for paragraph in article.paragraphs:
        if not paragraph.spans:
            continue
        end = paragraph.spans[-1][1]
        line_end = folded.find("\n", end)
        line_end = len(folded) if line_end < 0 else line_end
        start = end + len(folded[end:line_end]) - len(folded[end:line_end].lstrip())
        stop = start + len(folded[start:line_end].rstrip())
        if start < stop:
            tails.append([(start, stop)])
    return ArticleText.build(raw, folded, tails) if tails else None


def in_credits(credits: ArticleText | None, ctx: Context) -> tuple[Organization, ...]:
    """The organization mentions of a photo article's credits (`credit_text`)."""
    return find(credits, ctx) if credits is not None else ()
