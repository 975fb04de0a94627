"""What the subject rules pass around: a subject as pieces of the article text, the figures
already read in the article, and how long a noun is."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

NOUN = 2  # the shortest noun: `人数`, `企业` (one character alone is a stray word)
LONG_NOUN = 14  # `全市居民人均可支配收入` is still one noun


Piece = tuple[int, int] | str  # a span of the article text, or a literal joiner


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject as pieces of the article text (and literal joiners)."""

    pieces: tuple[Piece, ...]
    doer: tuple[int, int] | None = None  # a throughput's doer (`宁波舟山港` of `…完成货物吞吐量`)

    def text(self, source: str) -> str:
        return "".join(source[p[0]:p[1]] if isinstance(p, tuple) else p for p in self.pieces)

    def __bool__(self) -> bool:
        return bool(self.pieces)


NONE = Subject(())


def span(start: int, end: int) -> Subject:
    """A subject of one span of the text; NONE when the span is empty."""
    return Subject(((start, end),)) if end - start > 0 else NONE


def join(*parts: Subject | Piece) -> Subject:
    """One subject of the pieces of `parts` in order (`X`, `中的`, `Y`)."""
    pieces: list[Piece] = []
    for part in parts:
        pieces.extend(part.pieces if isinstance(part, Subject) else (part,))
    return Subject(tuple(pieces))


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure already read in the article: where it ends, its subject, its sentence start."""

    end: int
    subject: Subject
    sentence: int
    count: bool = False  # a classifier or a noun counts it (`项目18个`), not a measure


def previous_subject(figures: Sequence[Figure], start: int, sentence: int) -> Subject:
    """The subject of the last figure before `start` in the same sentence."""
    for figure in reversed(figures):
        if figure.end <= start and figure.sentence == sentence and figure.subject:
            return figure.subject
    return NONE
