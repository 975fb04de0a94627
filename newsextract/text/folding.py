"""Folding: the text the grammars read, one character for one, so that positions in the
folded text are positions in the caller's text.

Three folds in one table: full-width ASCII forms to ASCII (`２０２５` → `2025`, `（` → `(`),
the ideographic space to a space, and traditional characters to simplified ones
(`後天` → `后天`, `衞生署` → `卫生署`, `萬` → `万`), from OpenCC's character table
(`data/traditional.tsv`, built by `scripts/build_traditional.py`). Line breaks of every
kind become `\\n`. Mentions quote the caller's characters (`ArticleText.raw`), so a
traditional page gives traditional mention texts.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon, prebuilt
from .precompiled import compile_pattern

# Full-width ASCII block U+FF01..U+FF5E folds onto U+0021..U+007E; ideographic space
# onto a space. Chinese punctuation without an ASCII twin (。、“”《》) stays as it is.
WIDTH = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
WIDTH["\u3000"] = " "

# The line breaks of `str.splitlines` other than `\n`: `\r` alone (old Mac files), `\v`, `\f`,
# the file, group and record separators, NEL, U+2028 and U+2029. The `\r` of a `\r\n` pair
# stays (`split_lines` leaves it out of the line), so the pair is one break.
_BREAK_CHARS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LONE_CR = compile_pattern("\r(?!\n)")
_OTHER_BREAK = compile_pattern(f"\r(?!\n)|[{_BREAK_CHARS}]")

# A text where more than this share of the characters fold is translated whole
# (`str.translate`); below it, replacing the matches is faster.
_DENSE = 0.2


def fold_breaks(text: str) -> str:
    """Every line break as `\\n`, one character for one (a `\\r\\n` pair is left as it is):
    each stage that reads lines, sentences or the page knows one break."""
    # nearly every page has none: eight `in` tests are ~4× faster than one search for a class
    if not any(ch in text for ch in _BREAK_CHARS) and ("\r" not in text or _LONE_CR.search(text) is None):
        return text
    return _OTHER_BREAK.sub("\n", text)


def _char_class(chars: str) -> str:
    """A regex character class for `chars`, runs of consecutive code points as ranges."""
    points = sorted(set(map(ord, chars)))
    parts: list[str] = []
    k = 0
    while k < len(points):
        j = k
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = chr(points[k]), chr(points[j])
        parts.append(re.escape(first) if j == k else f"{re.escape(first)}-{re.escape(last)}")
        k = j + 1
    return "[" + "".join(parts) + "]"


@functools.cache
def folds() -> tuple[dict[str, str], re.Pattern]:
    """The fold as a mapping and as a pattern that finds the characters it changes. Built
    on first use: the loader reads `traditional.tsv` once."""
    traditional, simplified, changed = prebuilt.value("traditional", traditional_table)
    mapping = dict(WIDTH)
    mapping.update(zip(traditional, simplified, strict=True))
    return mapping, compile_pattern(changed)


def traditional_table() -> tuple[str, str, str]:
    """`data/traditional.tsv`'s characters, checked (one BMP character for one), as two
    strings of the same length, and the character class of every character the fold
    changes: built at packaging time (`prebuilt`)."""
    column_from, column_to = lexicon.columns("traditional", 2)
    for traditional, simplified in zip(column_from, column_to, strict=True):
        if len(traditional) != 1 or len(simplified) != 1 or max(ord(traditional), ord(simplified)) > 0xFFFF:
            raise lexicon.LexiconError(
                f"data/traditional.tsv: {traditional!r} → {simplified!r} is not one BMP character for one")
    changed = {**WIDTH, **dict(zip(column_from, column_to, strict=True))}
    return "".join(column_from), "".join(column_to), _char_class("".join(changed))


@functools.cache
def _translate_table() -> str:
    """The fold as a `str.translate` table: a string of the 65,536 BMP characters folded,
    faster than a dict (characters beyond the BMP are not folded and fall outside it).
    Built only for a page that needs it (a traditional-script page): ~5 ms."""
    points = list(map(chr, range(0x10000)))
    for char, folded in folds()[0].items():
        points[ord(char)] = folded
    return "".join(points)


@functools.cache
def simplified_forms() -> re.Pattern:
    """The characters some traditional character folds to (`发` for `發`): in a text written in
    traditional script nearly all of them stand in their traditional form."""
    return compile_pattern(prebuilt.value("simplified_forms", simplified_class))


def simplified_class() -> str:
    """The character class of `simplified_forms`: built at packaging time (`prebuilt`), as
    building it took ~1.7 ms of a first call."""
    traditional, simplified, _ = prebuilt.value("traditional", traditional_table)
    return _char_class("".join(s for t, s in zip(traditional, simplified, strict=True) if t != s))


def tables() -> tuple[dict[str, str], str, re.Pattern]:
    """The fold as a mapping, as a `str.translate` table and as a pattern (`folds`,
    `_translate_table`)."""
    mapping, pattern = folds()
    return mapping, _translate_table(), pattern


def fold(text: str) -> str:
    """Full-width forms to ASCII, traditional characters to simplified and line breaks
    to `\\n`, one character for one (offsets unchanged).

    Most pages hold few or no such characters, so replacing the matches is several times
    faster than `str.translate` walking every character of the page; a page made mostly
    of them (a traditional-script page) is translated.
    """
    text = fold_breaks(text)
    mapping, pattern = folds()
    found = pattern.findall(text)
    if not found:
        return text
    if len(found) > _DENSE * len(text):
        return text.translate(_translate_table())
    return pattern.sub(lambda m: mapping[m.group()], text)
