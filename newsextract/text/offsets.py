"""Lines and the one offset map of the library (decoding is `decoding`, folding `folding`).

Folding is one character for one (full-width forms to ASCII, traditional characters
to simplified, every line break `str.splitlines` knows to `\\n`), so positions in the
folded text are positions in the caller's text. The only place where offsets change
is `ArticleText`, which glues an article's paragraph pieces together and maps
positions in the glued text back to the page.
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..models import Span
from .folding import fold, fold_breaks

if TYPE_CHECKING:
    from ..anchors import Anchors


def check_surrogates(text: str, what: str = "text") -> None:
    """ValueError when `text` holds a lone surrogate (U+D800..U+DFFF), which no UTF
    encoding can write, so the result's JSON could not be written either.

    Such a str comes from bytes decoded with `errors="surrogateescape"` or from broken
    JSON; bytes given to `extract` never produce one. The message names `what` was
    given, the first one's offset and the remedy."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")  # one pass in C, ~3× faster than a regex search
    except UnicodeEncodeError as err:
        raise ValueError(
            f"newsextract: the {what} holds a lone surrogate {text[err.start]!r} at offset {err.start}, "
            "which cannot be written as UTF-8 or JSON; decode the bytes with errors='replace' "
            "(or pass the bytes themselves) and call extract again") from None


class Line(NamedTuple):
    """One line of the page: its number, its offsets in the page, its folded text.

    A tuple of atoms, so the garbage collector stops tracking it: a 10 MB page has
    hundreds of thousands of lines, and tracked objects make collections grow with them.
    """

    number: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(folded: str) -> tuple[Line, ...]:
    """The page's lines with their offsets: a line ends at any break of `str.splitlines`
    (a `\\r\\n` pair is one), and its `end` leaves the break out. A page whose breaks are
    all `\\n` has the lines of `text.split("\\n")`, which the gold annotation numbers."""
    lines = []
    pos = 0
    for number, chunk in enumerate(fold_breaks(folded).split("\n")):
        end = pos + len(chunk)
        if chunk.endswith("\r"):
            chunk = chunk[:-1]
        lines.append(Line(number, pos, pos + len(chunk), chunk))
        pos = end + 1
    return tuple(lines)


@dataclass(frozen=True)
class ArticleText:
    """An article's paragraphs glued into one string, with a map back to the page.

    Paragraphs are separated by a newline, so no pattern matches across them; the
    pieces of one rejoined paragraph are glued with nothing between them, so a word
    broken by a column break reads whole.
    """

    text: str  # folded: what the grammars read
    raw: str  # the same characters as the caller wrote them: what mentions quote
    # (local start, page start, length) of each piece, sorted by local start
    pieces: tuple[tuple[int, int, int], ...]
    paragraph_starts: tuple[int, ...] = ()
    piece_starts: tuple[int, ...] = ()
    body_start: int = 0  # local offset where the body begins (after a headline, if glued in)

    @classmethod
    def build(cls, raw_page: str, folded_page: str, paragraphs: list[list[Span]],
              headline: Span | None = None, kicker: Span | None = None) -> ArticleText:
        """Glue the spans of each paragraph; paragraphs are separated by a newline.

        A `headline` span goes first, as a paragraph of its own, so that the dates and
        names of a title are found too, after its `kicker` (引题, whose `上半年` or
        `前三季度` dates the article as much as its title); `body_start` says where the body begins.
        """
        titles = [[span] for span in (kicker, headline) if span is not None] if headline is not None else []
        paragraphs = [*titles, *paragraphs]
        folded_parts: list[str] = []
        raw_parts: list[str] = []
        pieces: list[tuple[int, int, int]] = []
        starts: list[int] = []
        local = 0
        for k, spans in enumerate(paragraphs):
            if k:
                folded_parts.append("\n")
                raw_parts.append("\n")
                local += 1
            starts.append(local)
            for s, e in spans:
                folded_parts.append(folded_page[s:e])
                raw_parts.append(raw_page[s:e])
                pieces.append((local, s, e - s))
                local += e - s
        body_start = starts[len(titles)] if titles and len(starts) > len(titles) else (local if titles else 0)
        return cls("".join(folded_parts), "".join(raw_parts), tuple(pieces), tuple(starts),
                   tuple(p[0] for p in pieces), body_start)

    @classmethod
    def of_lines(cls, raw: str) -> ArticleText:
        """The whole text as one article, a paragraph per non-empty line: how tests and
        benchmarks run an extractor on text that was never parsed into articles."""
        folded = fold(raw)
        paragraphs = [[(line.start, line.end)] for line in split_lines(folded) if line.text.strip()]
        return cls.build(raw, folded, paragraphs)

    def page_spans(self, start: int, end: int) -> list[Span]:
        """The page spans covered by the local range [start, end), in order."""
        k = max(0, bisect.bisect_right(self.piece_starts, start) - 1)
        local, page, length = self.pieces[k] if self.pieces else (0, 0, 0)
        if local <= start < end <= local + length:  # the common case: no join inside the mention
            return [(page + start - local, page + end - local)]
        out: list[Span] = []
        while k < len(self.pieces) and self.pieces[k][0] < end:
            local, page, length = self.pieces[k]
            s, e = max(start, local), min(end, local + length)
            if s < e:
                out.append((page + s - local, page + e - local))
            k += 1
        return out

    def locate(self, start: int, end: int) -> tuple[int, int, list[Span] | None]:
        """Page `start`, `end` and, when the range crosses a join, its pieces.

        Across a join, `start`/`end` are those of the first and last character when the
        pieces stand in page order (a column's rest lies below its head); where a piece
        stands earlier on the page than the one before it, they bound all the pieces,
        so that `start <= end` always holds."""
        if self.pieces:  # the common case, inline: every mention of every extractor comes here
            local, page, length = self.pieces[max(0, bisect.bisect_right(self.piece_starts, start) - 1)]
            if local <= start < end <= local + length:
                return page + start - local, page + end - local, None
        spans = self.page_spans(start, end)
        if not spans:
            raise ValueError(f"local range {start}:{end} covers no page text")
        if len(spans) == 1:
            return spans[0][0], spans[0][1], None
        return min(s for s, _ in spans), max(e for _, e in spans), spans

    def mention_fields(self, start: int, end: int) -> dict:
        """`text`, `start`, `end`, `spans` of a mention at local [start, end).

        The one place extractors turn their local offsets into page offsets.
        """
        page_start, page_end, spans = self.locate(start, end)
        return {"text": self.raw[start:end], "start": page_start, "end": page_end, "spans": spans}

    @functools.cached_property
    def anchors(self) -> Anchors:
        """The words of `text` that several stages look for, found in one scan (`anchors`)
        when the first stage asks, and kept with the article."""
        from ..anchors import Anchors
        return Anchors.of(self.text)

    @functools.cached_property
    def _pieces_by_page(self) -> tuple[tuple[tuple[int, int, int], ...], tuple[int, ...]]:
        """The pieces as (page, local, length) sorted by page offset, and their page
        starts alone: bisecting plain ints is several times cheaper than tuples."""
        by_page = tuple(sorted((page, local, length) for local, page, length in self.pieces))
        return by_page, tuple(p[0] for p in by_page)

    def to_local(self, start: int, end: int) -> tuple[int, int] | None:
        """Local [start, end) of a page range inside this article (another extractor's
        mention), or None when the range is not in the article.
        """
        by_page, page_starts = self._pieces_by_page
        k = bisect.bisect_right(page_starts, start) - 1
        j = bisect.bisect_left(page_starts, end) - 1
        if k < 0 or j < 0:
            return None
        page, local, length = by_page[k]
        page_end, local_end, length_end = by_page[j]
        if not (page <= start < page + length and page_end < end <= page_end + length_end):
            return None
        first, last = local + start - page, local_end + end - page_end
        return (first, last) if first <= last else None

    def to_locals(self, mentions: Sequence[Any]) -> list[tuple[int, int] | None]:
        """`to_local` of each mention's `start`/`end`, in one loop: a reader that converts all the
        mentions of an article at once spares a call per mention."""
        by_page, page_starts = self._pieces_by_page
        right, left = bisect.bisect_right, bisect.bisect_left
        out: list[tuple[int, int] | None] = []
        for m in mentions:
            start, end = m.start, m.end
            k, j = right(page_starts, start) - 1, left(page_starts, end) - 1
            if k < 0 or j < 0:
                out.append(None)
                continue
            page, local, length = by_page[k]
            page_end, local_end, length_end = by_page[j]
            first, last = local + start - page, local_end + end - page_end
            inside = page <= start < page + length and page_end < end <= page_end + length_end
            out.append((first, last) if inside and first <= last else None)
        return out

    def paragraph_of(self, local: int) -> int:
        """Index of the paragraph that holds local offset `local`."""
        return max(0, bisect.bisect_right(self.paragraph_starts, local) - 1)
