"""The theme of an event: the quoted words a frame like `以“…”为主题` names
(`data/event_themes.tsv`)."""
from __future__ import annotations

import functools

import regex

from .. import lexicon
from ..text.precompiled import compile_regex
from .types import Span

_QUOTED = "“…”"  # in a frame: the theme, in quotation marks
_GAP = "…"  # in a frame, outside the quotation marks: a few Han characters (“…”植树节主题活动)
_THEME_RUN = 40  # the longest theme read
_GAP_RUN = 8  # the most Han characters a gap stands for


def _compile(frame: str) -> regex.Pattern[str]:
    """A frame as a pattern whose group 1 is the theme."""
    before, quoted, after = frame.partition(_QUOTED)
    if not quoted or _QUOTED in after:
        raise lexicon.LexiconError(f"data/event_themes.tsv: frame {frame!r} must hold {_QUOTED} once")
    pieces = [regex.escape(piece) for piece in (before, after)]
    gap = rf"\p{{Han}}{{0,{_GAP_RUN}}}?"
    theme = rf"“([^“”\n]{{1,{_THEME_RUN}}})”"
    return compile_regex(pieces[0].replace(regex.escape(_GAP), gap) + theme
                         + pieces[1].replace(regex.escape(_GAP), gap))


@functools.cache
def frames() -> tuple[tuple[regex.Pattern[str], ...], tuple[str, ...]]:
    """The frames of data/event_themes.tsv, compiled (see `compiled`)."""
    return compiled([row[0] for row in lexicon.rows("event_themes")])


def compiled(written: list[str]) -> tuple[tuple[regex.Pattern[str], ...], tuple[str, ...]]:
    """The frames as patterns, in the order written, and the words at least one of which every
    span with a theme holds (`主题`): one `str.find` each spares most events the patterns."""
    patterns = tuple(_compile(frame) for frame in written)
    longest = {max(_literals(frame), key=len) for frame in written}
    needed = tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))
    return patterns, needed


def _literals(frame: str) -> list[str]:
    """The words written in a frame outside its quoted theme and gaps."""
    words = [w for w in frame.replace(_QUOTED, _GAP).split(_GAP) if w]
    if not words:
        raise lexicon.LexiconError(f"data/event_themes.tsv: frame {frame!r} needs a word of its own")
    return words


def theme(text: str, lo: int, hi: int) -> Span | None:
    """The span of the theme said in `text[lo:hi]`, or None."""
    patterns, needed = frames()
    if not any(text.find(word, lo, hi) >= 0 for word in needed):
        return None
    for pattern in patterns:
        m = pattern.search(text, lo, hi)
        if m is not None:
            return Span(*m.span(1))
    return None
