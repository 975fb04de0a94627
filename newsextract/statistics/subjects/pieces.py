"""What the subject rules pass around: a subject as pieces of the article text, the figures
already read in the article, and how long a noun is."""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ...text.folding import folds

NOUN = 2  # the shortest noun: `人数`, `企业` (one character alone is a stray word)
LONG_NOUN = 14  # `全市居民人均可支配收入` is still one noun


Piece = tuple[int, int] | str  # a span of the article text, or a literal joiner
_AROUND = 24  # the characters around a subject's spans that tell its script when the spans show none


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject as pieces of the article text (and literal joiners)."""

    pieces: tuple[Piece, ...]
    doer: tuple[int, int] | None = None  # a throughput's doer (`宁波舟山港` of `…完成货物吞吐量`)

    def text(self, source: str) -> str:
        """The subject as the page writes it: a literal joiner (`金额`, `人员`) is written in the
        page's script when its spans are traditional (`騙取金額`, not `騙取金额`)."""
        if not any(isinstance(p, str) for p in self.pieces):  # most subjects: spans alone, no joiner to write
            return "".join([source[p[0]:p[1]] for p in self.pieces])  # type: ignore[index]
        spans = [source[p[0]:p[1]] for p in self.pieces if isinstance(p, tuple)]
        traditional = any(_is_traditional(char) for part in spans for char in part)
        if not traditional and spans:  # `死亡` is written alike in both: the words around it tell (`造成5人死亡`)
            ends = [p for p in self.pieces if isinstance(p, tuple)]
            lo, hi = max(0, ends[0][0] - _AROUND), min(len(source), ends[-1][1] + _AROUND)
            traditional = any(_is_traditional(char) for char in source[lo:hi])
        return "".join(source[p[0]:p[1]] if isinstance(p, tuple) else _in_traditional(p) if traditional else p
                       for p in self.pieces)

    def __bool__(self) -> bool:
        return bool(self.pieces)


NONE = Subject(())


@functools.cache
def _unfolds() -> dict[str, str]:
    """Simplified characters back to the one traditional character that folds to each (a
    character that several fold to, `发` of `發` and `髮`, stays as it is)."""
    back: dict[str, set[str]] = {}
    for traditional, simplified in folds()[0].items():
        if _is_traditional(traditional):
            back.setdefault(simplified, set()).add(traditional)
    unique = {simplified: next(iter(chars)) for simplified, chars in back.items() if len(chars) == 1}
    return unique | _COMMON_UNFOLDS


# a simplified character that several traditional ones fold to, written back as the one that forms the
# joiners' words (`参加` → `參加`; 蔘 is ginseng): `參加招聘會機構` on a Hong Kong page, not `参加招聘會機構`
_COMMON_UNFOLDS = {"参": "參"}


def _is_traditional(char: str) -> bool:
    """A traditional character of the unified ideographs (not a full-width form, which pages of
    both scripts use, nor a compatibility ideograph such as U+F90A for 金)."""
    return "\u3400" <= char < "\ua000" and folds()[0].get(char, char) != char


def _in_traditional(literal: str) -> str:
    return "".join(_unfolds().get(char, char) for char in literal)


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


def previous_subject(figures: Sequence[Figure], start: int, sentence: int, measure: bool = False) -> Subject:
    """The subject of the last figure before `start` in the same sentence (with `measure`, the last that is no
    count: an amount changed is none of the people counted after it)."""
    for figure in reversed(figures):
        if figure.end <= start and figure.sentence == sentence and figure.subject and not (measure and figure.count):
            return figure.subject
    return NONE
