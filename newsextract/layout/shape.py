"""Plain text or a page? Text without page layout is one article.

A headline, a sentence or a few paragraphs pasted from anywhere have none of the marks
of a newspaper page: no dateline (`本报讯`), byline or closing credit, caption, jump
marker (`(下转第3版)`), column label or second title. Such text is one article, so its
dates, organizations and statistics are found even when it is a single line without
final punctuation (`国务院常务会议部署促进消费若干举措`), which the page reading would
take for a headline with no body. A first line that reads as a title and is followed by
paragraphs is the article's headline; a text of one title-like line is a headline alone.

The decision reads the lines in order and stops at the first mark of a page, so on a page
it costs the classification of a few lines.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..models import Article, Paragraph
from ..text.offsets import Line
from . import roles
from .roles import LineInfo

_TITLE_ROLES = ("headline", "label", "subheading")
INDENT = "  "  # two spaces (a full-width `\u3000\u3000` once folded) open a paragraph of set text
MIN_INDENTED = 0.8  # the share of paragraph lines indented in text set as one article
MIN_PARAGRAPHS = 2


def _infos(lines: tuple[Line, ...]) -> Iterator[LineInfo]:
    for line in lines:
        info = roles.classify(line)
        if info is not None:
            yield info


def _page_mark(info: LineInfo, first: bool) -> bool:
    """Does this line show page layout? `first`: it is the text's first non-empty line."""
    if info.role in _TITLE_ROLES:
        return not first  # only the first line may be a title: a second one heads another part
    if info.role != "body":  # a byline, caption or jump marker
        return True
    return bool(info.dateline or info.jump_from or info.jump_to or info.credit)


def is_plain(lines: tuple[Line, ...], infos: list[LineInfo] | None = None) -> bool:
    """True when the text has no page layout: at most one title, on its first line, no
    dateline, byline, credit, caption or jump marker anywhere, and no column of briefs (two
    paragraphs or more opened by run-in titles, `消防處隧道演習　消防處聯同…`). `infos`: the
    lines' `roles.classify_lines`, when already read."""
    leads = 0
    for k, info in enumerate(_infos(lines) if infos is None else infos):
        if _page_mark(info, first=k == 0):
            return False
        leads += info.lead
        if leads >= MIN_LEADS:
            return False
    return True


MIN_LEADS = 2  # run-in titles that make a column of briefs: one alone may open a paragraph of plain text


def plain_article(raw: str, lines: tuple[Line, ...], headline: bool = True) -> list[Article]:
    """The whole text as one article, a paragraph per non-empty line; with `headline`, a
    first line that reads as a title (short, no final punctuation) is its headline.
    Nothing for a blank text.

    Every line is read as text here, whatever its shape (`extract(..., layout=False)`
    passes text with datelines or bylines too): only the first line's shape counts.
    """
    spans: list[tuple[Line, int, int]] = []  # each non-empty line without its outer spaces
    for line in lines:
        text = line.text.strip()
        if text:
            start = line.start + len(line.text) - len(line.text.lstrip())
            spans.append((line, start, start + len(text)))
    if not spans:
        return []
    first = roles.classify(spans[0][0]) if headline else None
    title = spans[0][1:] if first is not None and first.role in _TITLE_ROLES else None
    body = spans[1:] if title is not None else spans
    truncated = bool(body) and not roles.ends_sentence(body[-1][0].text)
    return [Article(
        id="a0",
        headline=raw[title[0]:title[1]] if title else None,
        headline_span=title,
        truncated=truncated,
        paragraphs=[Paragraph(text=raw[s:e], spans=[(s, e)]) for _, s, e in body],
        dates=[], organizations=[], statistics=[], events=[],
    )]


def set_as_one_article(lines: tuple[Line, ...], infos: list[LineInfo]) -> bool:
    """True for the text of one article as a site or a print edition sets it: its paragraphs
    indented by two full-width spaces, its titles (headline, rubric, section titles) not,
    and at most one dateline. A page read line by line has no indentation, and its stories
    open with their own datelines; in set text, every short title after the first is a
    section title (`subheadings`) and a dateline after a summary lead continues the text."""
    paragraphs = [info for info in infos if info.role == "body"]
    if len(paragraphs) < MIN_PARAGRAPHS or sum(bool(info.dateline) for info in infos) > 1:
        return False
    indented = sum(lines[info.number].text.startswith(INDENT) for info in paragraphs)
    return indented >= MIN_INDENTED * len(paragraphs)
