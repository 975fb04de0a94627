"""One self-contained HTML file for a page: the raw text line by line, each line tinted
by its article, beside the articles in reading order, every mention highlighted with
its value on hover and on keyboard focus.

Reads only the public models and the raw text. The stylesheet and the script are
package files (`style.css`, `script.js`) inlined into the page; nothing is fetched.
"""
from __future__ import annotations

import base64
import bisect
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .areas import AREAS, LAID_OUT, Area, field, label, mentions, pieces, plain, tip, uses
from .nesting import Mark, render

TINTS = 10  # article tint classes .t0 … .t9 in style.css
NEARBY = 40  # a line is attributed by its text only to an article owning a line this close
_LINE, _CLAUSE, _MENTION = -1, 0, 1  # layers: lines outside clauses outside mentions

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "\0": "&#xFFFD;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                               "\r": "&#13;", "\n": "&#10;", "\0": "&#xFFFD;"})


def escape_text(text: str) -> str:
    """Page text as HTML text: markup characters escaped; a carriage return kept as a
    character reference, since HTML parsers turn a literal one into a newline."""
    return text.translate(_TEXT_ESCAPES)


def escape_attr(value: Any) -> str:
    return str(value).translate(_ATTR_ESCAPES)


@cache
def asset(name: str) -> str:
    """A package file of the view (style.css, script.js)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _tag(name: str, attrs: list[tuple[str, Any]]) -> str:
    parts = [name, *(f'{key}="{escape_attr(value)}"' for key, value in attrs if value is not None)]
    return "<" + " ".join(parts) + ">"


@dataclass(frozen=True)
class _Mention:
    key: str  # unique on the page: "a1:dates:0"
    area: Area
    pieces: tuple[tuple[int, int], ...]
    tip: str
    uses: str  # keys of the mentions it points at, space-separated


class _Known:
    """The characters a Page records itself (paragraph pieces, headlines), addressed by
    page offset: what the article pane can show when the raw text was not given."""

    def __init__(self, page: Any) -> None:
        found: dict[int, tuple[int, str]] = {}
        for article in page.articles:
            for paragraph in article.paragraphs:
                pos = 0
                for start, end in paragraph.spans:
                    found[start] = (end, paragraph.text[pos:pos + end - start])
                    pos += end - start
            span, headline = article.headline_span, article.headline
            if span and headline and len(headline) == span[1] - span[0]:
                found[span[0]] = (span[1], headline)
        self._starts = sorted(found)
        self._pieces = [found[s] for s in self._starts]
        self._length = max((end for end, _ in self._pieces), default=0)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, where: slice) -> str:
        i = bisect.bisect_right(self._starts, where.start) - 1
        if i < 0:
            return ""
        base, (_, text) = self._starts[i], self._pieces[i]
        return text[where.start - base:where.stop - base]


class _View:
    """The page, its text and the mentions with their keys, pieces and tooltips."""

    def __init__(self, page: Any, text: str | None, prefix: str) -> None:
        self.page = page
        self.articles = list(page.articles)
        self.has_raw = text is not None
        self.text: Any = text if text is not None else _Known(page)
        self.prefix = prefix
        self.ranges = [self._article_ranges(a) for a in self.articles]
        self.starts = self._lines() if text is not None else []
        if text is not None:
            self._check(text)
        self.mentions: list[list[_Mention]] = [self._mentions(i, a) for i, a in enumerate(self.articles)]
        self.counts = {area.name: sum(len(mentions(a, area)) for a in self.articles) for area in AREAS}

    # -- the model ---------------------------------------------------------------------

    @staticmethod
    def _article_ranges(article: Any) -> list[tuple[int, int]]:
        ranges = [tuple(span) for p in article.paragraphs for span in p.spans]
        if article.headline_span:
            ranges.append(tuple(article.headline_span))
        return sorted((int(s), int(e)) for s, e in ranges if e > s)

    def _check(self, text: str) -> None:
        for article in self.articles:
            for paragraph in article.paragraphs:
                if "".join(text[s:e] for s, e in paragraph.spans) != paragraph.text:
                    raise ValueError(f"render_html: article {article.id}'s paragraph {paragraph.text[:20]!r}… is not "
                                     f"at its offsets in this text; pass the text the page was extracted from")
            for area in AREAS:
                for m in mentions(article, area):
                    for start, end in pieces(m):
                        if not 0 <= start <= end <= len(text):
                            raise ValueError(f"render_html: a {area.singular} of article {article.id} lies at "
                                             f"{start}–{end}, outside this text of {len(text)} characters; "
                                             f"pass the text the page was extracted from")

    def _clip(self, start: int, end: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The parts of [start, end) inside the article's own text (a clause that runs
        across a column break without listing its pieces)."""
        return [(max(s, start), min(e, end)) for s, e in self._overlapping(start, end, ranges)
                if min(e, end) > max(s, start)]

    def _mentions(self, index: int, article: Any) -> list[_Mention]:
        out = []
        for area in AREAS:
            for k, m in enumerate(mentions(article, area)):
                spans = pieces(m)
                if not field(m, "spans") and spans[0][1] > spans[0][0]:
                    spans = self._clip(*spans[0], self.ranges[index]) or spans
                used = " ".join(f"{article.id}:{a.name}:{i}" for a, i in uses(m, AREAS)
                                if i < len(mentions(article, a)))
                out.append(_Mention(f"{article.id}:{area.name}:{k}", area, tuple(spans), tip(m, area), used))
        return out

    def marks(self, index: int) -> Iterator[Mark]:
        for m in self.mentions[index]:
            for n, (start, end) in enumerate(m.pieces):
                yield Mark(start, end, _CLAUSE if m.area.clause else _MENTION, (m, n))

    def mention_tag(self, mark: Mark, start: int, end: int, first: bool, offsets: bool) -> str:
        m, n = mark.payload
        attrs: list[tuple[str, Any]] = [("class", "m clause" if m.area.clause else "m"), ("data-area", m.area.name),
                                        ("data-m", m.key)]
        if offsets:
            attrs += [("data-start", start), ("data-end", end)]
        if len(m.pieces) > 1:
            attrs.append(("data-piece", f"{n + 1}/{len(m.pieces)}"))
        if not first:
            attrs.append(("data-frag", ""))
        if m.uses:
            attrs.append(("data-uses", m.uses))
        attrs.append(("data-tip", m.tip))
        if first and n == 0:
            attrs.append(("tabindex", 0))
        return _tag("mark", attrs)

    # -- the raw page --------------------------------------------------------------------

    def _lines(self) -> list[int]:
        """Where each line starts; a line runs up to and with its newline."""
        text, starts, pos = self.text, [0] if self.text else [], 0
        while text:
            pos = text.find("\n", pos) + 1
            if not pos or pos >= len(text):
                break
            starts.append(pos)
        return starts

    def raw_pane(self, starts: list[int], owner: list[int | None], guessed: list[bool]) -> str:
        text = self.text
        ends = starts[1:] + [len(text)]
        joins: dict[int, list[tuple[str, int]]] = {}
        for article in self.articles:
            for paragraph in article.paragraphs:
                for (_, a_end), (b_start, _) in zip(paragraph.spans, paragraph.spans[1:], strict=False):
                    here = bisect.bisect_right(starts, max(a_end - 1, 0)) - 1
                    there = bisect.bisect_right(starts, b_start) - 1
                    joins.setdefault(here, []).append(("join", there))
                    joins.setdefault(there, []).append(("join back", here))

        def open_tag(mark: Mark, start: int, end: int, first: bool) -> str:
            if mark.layer != _LINE:
                return self.mention_tag(mark, start, end, first, offsets=True)
            n = mark.payload
            classes = ["ln"]
            if not text[start:end].strip():
                classes.append("blank")
            attrs: list[tuple[str, Any]] = [("id", f"{self.prefix}-L{n + 1}"), ("data-n", n + 1)]
            if owner[n] is not None:
                classes.append(f"t{owner[n] % TINTS}")
                attrs.append(("data-a", self.articles[owner[n]].id))
                if guessed[n]:
                    classes.append("guess")
            tag = _tag("div", [("class", " ".join(classes)), *attrs])
            for kind, other in joins.get(n, ()):
                word = "continues at" if kind == "join" else "continued from"
                tag += _tag("a", [("class", kind), ("href", f"#{self.prefix}-L{other + 1}"), ("data-to", other + 1),
                                  ("title", f"paragraph {word} line {other + 1}"),
                                  ("aria-label", f"paragraph {word} line {other + 1}")]) + "</a>"
            return tag

        def close_tag(mark: Mark) -> str:
            return "</div>" if mark.layer == _LINE else "</mark>"

        lines = [Mark(s, e, _LINE, n) for n, (s, e) in enumerate(zip(starts, ends, strict=False))]
        marks = [*lines, *(mark for i in range(len(self.articles)) for mark in self.marks(i))]
        body = render(text, 0, len(text), marks, open_tag, close_tag, escape_text)
        return (f'<section class="nx-pane" aria-label="the page as extracted"><h2>The page as extracted, '
                f'{len(starts)} lines</h2><div class="nx-raw" lang="zh">{body}</div></section>')

    def _owners(self, starts: list[int]) -> tuple[list[int | None], list[bool]]:
        """Each line's article: by the offsets of its paragraphs and headline, else (for
        bylines, labels, datelines) by its text, from an article owning a line nearby."""
        owner: list[int | None] = [None] * len(starts)
        for index, ranges in enumerate(self.ranges):
            for s, e in ranges:
                first = bisect.bisect_right(starts, s) - 1
                last = bisect.bisect_right(starts, max(s, e - 1)) - 1
                for n in range(max(first, 0), last + 1):
                    if owner[n] is None:
                        owner[n] = index
        guessed = [False] * len(starts)
        if not self.has_raw:
            return owner, guessed
        ids = {a.id for a in self.articles}  # `illustrates: a2` names an article, not a line
        words = [sorted(set(_strings(a)) - ids, key=len, reverse=True) for a in self.articles]
        placed = list(owner)
        for n, (s, e) in enumerate(zip(starts, starts[1:] + [len(self.text)], strict=False)):
            line = self.text[s:e].strip()
            if placed[n] is not None or not line:
                continue
            for index in _nearby(placed, n):
                if any(w in line for w in words[index]):
                    owner[n], guessed[n] = index, True
                    break
        return owner, guessed

    @staticmethod
    def _first_lines(owner: list[int | None]) -> dict[int, int]:
        first: dict[int, int] = {}
        for n, index in enumerate(owner):
            if index is not None:
                first.setdefault(index, n)
        return first

    # -- the articles -------------------------------------------------------------------

    def _buckets(self, index: int) -> dict[tuple[int, int], list[Mark]]:
        """The article's marks by the range of its own text (paragraph piece, headline)
        they fall on, so each range is drawn with its own marks only."""
        ranges = self.ranges[index]
        buckets: dict[tuple[int, int], list[Mark]] = {r: [] for r in ranges}
        for mark in self.marks(index):
            for r in self._overlapping(mark.start, mark.end, ranges):
                buckets[r].append(mark)
        return buckets

    @staticmethod
    def _overlapping(start: int, end: int, ranges: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """The ranges (sorted, disjoint) that [start, end) overlaps; an empty range, the one it is in."""
        i = max(bisect.bisect_right(ranges, (start, start)) - 1, 0)
        for r in ranges[i:]:
            if start < end and r[0] < end and start < r[1] or start == end and r[0] <= start < r[1]:
                yield r
            elif r[0] >= end:
                break

    def stretch(self, index: int, start: int, end: int, buckets: dict) -> str:
        """`text[start:end]` with the article's mentions drawn on it."""
        return render(self.text, start, end, buckets.get((start, end), ()),
                      lambda mark, s, e, first: self.mention_tag(mark, s, e, first, offsets=False),
                      lambda mark: "</mark>", escape_text)

    def article_card(self, index: int, first_line: int | None) -> str:
        article = self.articles[index]
        buckets = self._buckets(index)
        aid = escape_attr(article.id)
        target = f' href="#{self.prefix}-L{first_line + 1}"' if first_line is not None else ""
        span = article.headline_span
        if span and (self.has_raw or article.headline):
            headline = f"<h3>{self.stretch(index, span[0], span[1], buckets)}</h3>"
        elif article.headline:
            headline = f"<h3>{escape_text(article.headline)}</h3>"
        else:
            headline = '<h3 class="none">no headline</h3>'
        tally = "".join(f'<span data-area="{a.name}" '
                        f'title="{len(mentions(article, a))} {escape_attr(a.label.lower())}">'
                        f"{len(mentions(article, a))}</span>" for a in AREAS if mentions(article, a))
        rows = "".join(f"<dt>{escape_text(name)}</dt><dd>{escape_text(value)}</dd>" for name, value in _meta(article))
        meta = f'<dl class="nx-meta">{rows}</dl>' if rows else ""
        paragraphs = []
        for paragraph in article.paragraphs:
            parts = []
            for k, (s, e) in enumerate(paragraph.spans):
                if k:
                    line = bisect.bisect_right(self.starts, s) - 1 if self.has_raw else None
                    href = f' href="#{self.prefix}-L{line + 1}"' if line is not None else ""
                    parts.append(f'<a class="seam"{href} title="joined across a column break'
                                 f'{f", continues at line {line + 1}" if line is not None else ""}"></a>')
                parts.append(self.stretch(index, s, e, buckets))
            paragraphs.append(f'<p class="nx-para">{"".join(parts)}</p>')
        return (f'<article class="nx-article t{index % TINTS}" id="{self.prefix}-{aid}" data-article="{aid}">'
                f'<header><a class="nx-aid"{target}>{escape_text(article.id)}</a>'
                f'<span class="nx-kind">{escape_text(str(article.kind))}</span>{headline}'
                f'<span class="nx-tally">{tally}</span></header>'
                f'{meta}{"".join(paragraphs)}</article>')

    def articles_pane(self, first_lines: dict[int, int]) -> str:
        cards = "".join(self.article_card(i, first_lines.get(i)) for i in range(len(self.articles)))
        if not cards:
            cards = '<p class="nx-note">No articles were found on this page.</p>'
        return (f'<section class="nx-pane" aria-label="articles in reading order" lang="zh">'
                f'<h2 lang="en">Articles in reading order, {len(self.articles)}</h2>{cards}</section>')

    # -- the whole view ------------------------------------------------------------------

    def header(self, title: str) -> str:
        page = self.page
        facts = []
        if getattr(page, "published", None):
            facts.append(f"published {plain(page.published)}" + (" (inferred)" if page.published_inferred else ""))
        home = getattr(page, "home", None)
        if home is not None and (home.city or home.province):
            facts.append("home " + " ".join(filter(None, (home.city, home.province)))
                         + (" (inferred)" if home.inferred else ""))
        facts.append(f"{len(self.articles)} articles")
        legend = "".join(
            f'<li><label><input type="checkbox" checked data-filter="{a.name}" aria-label="show {a.label.lower()}">'
            f'<span class="nx-swatch" data-area="{a.name}"></span>{escape_text(a.label)} '
            f'<span class="nx-count">{self.counts[a.name]}</span></label></li>' for a in AREAS)
        chips = "".join(f'<li><a class="t{i % TINTS}" href="#{self.prefix}-{escape_attr(a.id)}">{escape_text(a.id)} '
                        f'{escape_text((a.headline or "")[:14])}</a></li>' for i, a in enumerate(self.articles))
        if self.has_raw:
            note = ("Hover over or focus (Tab) a highlight to see its value. Left: the page as extracted, lines "
                    "numbered from 1 and tinted by article (dashed: attributed by its text, such as a byline); "
                    "⤷ links the pieces of a paragraph rejoined across a column break. Right: the articles.")
        else:
            note = ("Articles only: a Page does not keep the text it was extracted from. "
                    "newsextract.render_html(page, text) shows the page line by line as well.")
        return (f'<header class="nx-head"><h1>{escape_text(title)}</h1>'
                f'<p class="nx-facts">{escape_text(" · ".join(facts))}'
                f'</p><ul class="nx-legend" aria-label="areas">{legend}</ul>'
                f'<ul class="nx-chips" lang="zh" aria-label="articles">{chips}</ul>'
                f'<p class="nx-note">{escape_text(note)}</p></header>')

    def body(self, title: str) -> str:
        if self.has_raw:
            owner, guessed = self._owners(self.starts)
            panes = self.raw_pane(self.starts, owner, guessed) + self.articles_pane(self._first_lines(owner))
            layout = "nx-panes"
        else:
            panes, layout = self.articles_pane({}), "nx-panes one"
        return self.header(title) + f'<div class="{layout}">{panes}</div>'


def _nearby(owner: list[int | None], n: int) -> Iterator[int]:
    """Articles owning a line within NEARBY lines of line n, nearest first."""
    seen = set()
    for distance in range(1, NEARBY + 1):
        for m in (n - distance, n + distance):
            if 0 <= m < len(owner) and (k := owner[m]) is not None and k not in seen:
                seen.add(k)
                yield k


def _strings(value: Any, top: bool = True) -> Iterator[str]:
    """The words an article's own fields give (byline names, labels, dateline…) that
    identify its lines outside its paragraphs."""
    if top:
        names = [n for n in type(value).model_fields if n not in LAID_OUT and n not in {a.name for a in AREAS}]
        if not value.headline_span:
            names.append("headline")
        for name in names:
            yield from _strings(getattr(value, name, None), top=False)
    elif isinstance(value, str):
        if len(value.strip()) >= 2:
            yield value.strip()
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item, top=False)
    elif hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            yield from _strings(getattr(value, name, None), top=False)


def _meta(article: Any) -> Iterator[tuple[str, str]]:
    """The article's fields other than those laid out and the mentions, generically:
    labels, subheadings, byline roles, dateline, continuation, and any field added later."""
    areas = {a.name for a in AREAS}
    for name in type(article).model_fields:
        if name in LAID_OUT or name in areas:
            continue
        value: Any = getattr(article, name, None)
        if hasattr(type(value), "model_fields"):  # a nested model: one row per filled field (byline roles)
            for sub in type(value).model_fields:
                text = plain(getattr(value, sub, None))
                if text:
                    yield label(sub), text
            continue
        if value is False:
            continue
        text = plain(value)
        if text:
            yield label(name), text


def _area_css() -> str:
    return "\n".join(f'.nx-view [data-area="{a.name}"] {{ --c: {a.colour}; }}' for a in AREAS)


def render_html(page: Any, text: str | None = None, *, title: str | None = None, fragment: bool = False) -> str:
    """The page as one self-contained HTML document (inline CSS and JS, nothing fetched).

    `text` is the text `page` was extracted from (`str`); without it the view shows the
    articles only. `fragment=True` gives a `<div>` to embed (a notebook) instead of a
    document. Raises `ValueError` when the page's offsets do not fit `text`.
    """
    if text is not None and not isinstance(text, str):
        raise TypeError(f"render_html: text must be the page as str (decode bytes as extract did), "
                        f"got {type(text).__name__}")
    if not hasattr(page, "articles"):
        raise TypeError(f"render_html: page must be a newsextract Page, got {type(page).__name__}")
    # a notebook fragment's ids must not clash with another view of the same page in the
    # notebook, so they are random; a whole document (fragment=False) is deterministic
    prefix = f"nx-{os.urandom(4).hex()}" if fragment else "nx"
    view = _View(page, text, prefix)
    title = title or ("newsextract view" + (f" · {plain(page.published)}" if getattr(page, "published", None) else ""))
    style = asset("style.css") + "\n" + _area_css()
    # the script finds its view from itself: a notebook may run it before the view is in the document
    script = asset("script.js") + ('\nnewsextractView('
                                   '(document.currentScript && document.currentScript.closest(".nx-view"))'
                                   f' || document.getElementById("{prefix}"));\n')
    body = view.body(title)
    if fragment:
        return (f'<div class="nx-view" id="{prefix}"><style>{style}</style>{body}<script>{script}</script></div>')
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"
    return ("<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f"<title>{escape_text(title)}</title><style>body {{ margin: 0; }}\n{style}</style></head>"
            f'<body><div class="nx-view" id="{prefix}">{body}<script>{script}</script></div></body></html>\n')
