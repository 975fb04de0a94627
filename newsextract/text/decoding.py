"""Bytes → text: UTF-8 (with or without a BOM), UTF-16 with a BOM, GB18030, Big5-HKSCS.

A byte order mark decides. Else UTF-8 is tried first: Chinese text in another encoding
is almost never valid UTF-8. GB18030 then reads almost any bytes, Big5 too, so the two
readings are compared by how plausible their Chinese is: the mean log frequency of their
characters (`data/han_frequency.tsv`, traditional folded to simplified first). A wrong
reading is a string of rare characters, a right one mostly common characters. Bytes that
no encoding reads, or whose best reading is still implausible, give a `ValueError`:
never garbage.
"""
from __future__ import annotations

import codecs
import functools
import math
import unicodedata

from .. import lexicon
from .folding import folds
from .precompiled import compile_pattern

# The multi-byte Chinese encodings, in the order a tie is given: mainland pages are most.
CHINESE = ("gb18030", "big5hkscs")
NAMES = {"utf-8": "UTF-8", "utf-16": "UTF-16", "gb18030": "GB18030", "big5hkscs": "Big5-HKSCS"}
# names every encoding tried; "neither UTF-8 nor GB18030" is what callers matched before Big5
UNDECODABLE = ("newsextract: the page bytes are neither UTF-8 nor GB18030 nor Big5-HKSCS text (tried UTF-8, "
               "UTF-16 with a byte order mark, GB18030 and Big5-HKSCS: none reads them as Chinese text); "
               "decode them yourself and pass a str")

_UNKNOWN = math.log(1e-6)  # a Han character outside the table: rarer than its rarest entry
_STRANGE = math.log(1e-8)  # not Chinese writing at all (private use, Hangul, Latin-1 symbols…)
_PLAIN = math.log(1e-3)  # punctuation and full-width forms: common in any Chinese text
# The least mean log frequency a reading must reach: a real text of a few characters of
# rare names scores about -9, the wrong reading of a sentence about -12 (tests/test_decoding.py).
PLAUSIBLE = -10.5
# Characters scored at most: the verdict on the first 1,000 non-ASCII characters (looked
# for in the first 20,000) holds for the rest.
_SAMPLE = 1000
_LOOK = 20_000
_NON_ASCII = compile_pattern("[^\x00-\x7f]+")


class UndecodableError(ValueError):
    """The bytes are not text in a supported encoding. `reading` is the most plausible
    clean reading there was (e.g. a binary file that GB18030 happens to read), or None."""

    def __init__(self, message: str, reading: str | None = None):
        super().__init__(message)
        self.reading = reading


@functools.cache
def _log_frequency() -> dict[str, float]:
    return {ch: math.log(int(per_million) * 1e-6) for ch, (per_million, *_) in lexicon.mapping("han_frequency").items()}


def _is_han(cp: int) -> bool:
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF


def _is_plain(cp: int) -> bool:
    """Punctuation and symbols of Chinese text: CJK punctuation, full-width forms, general
    punctuation (`—`, `…`, `“”`), `·`, `°`, `×`, box and shape marks (`■`, `○`)."""
    return (0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F or 0x2100 <= cp <= 0x21FF
            or 0x2460 <= cp <= 0x27BF or cp in (0xB7, 0xB0, 0xD7, 0xF7, 0xA7))


def plausibility(text: str) -> float:
    """The mean log frequency of the text's non-ASCII characters (0.0 when it has none)."""
    freq = _log_frequency()
    mapping = folds()[0]
    sample = "".join(_NON_ASCII.findall(text, 0, _LOOK))[:_SAMPLE]
    total = 0.0
    for ch in sample:
        cp = ord(ch)
        if _is_han(cp):
            total += freq.get(mapping.get(ch, ch), _UNKNOWN)
        elif _is_plain(cp):
            total += _PLAIN
        else:
            total += _STRANGE
    return total / len(sample) if sample else 0.0


def _bom(raw: bytes) -> tuple[str, bytes] | None:
    """The encoding a byte order mark names, and the bytes after it."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8", raw[len(codecs.BOM_UTF8):]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", raw  # the codec reads the mark and drops it
    return None


def decode_bytes(raw: bytes) -> str:
    """The text of `raw`, in the encoding that reads it cleanly and most plausibly."""
    marked = _bom(raw)
    if marked is not None:
        encoding, body = marked
        try:
            return _decoded(body, encoding)
        except UnicodeDecodeError:
            if encoding != "utf-8":
                raise UndecodableError(f"newsextract: the page bytes open with a {NAMES[encoding]} byte order mark "
                                       f"but are not {NAMES[encoding]}; decode them yourself and pass a str") from None
    try:
        text = _decoded(raw, "utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _stray_utf8(text):
            return text
        chinese = _chinese_reading(raw)  # a few GB18030 characters that happen to be valid UTF-8
        return chinese[2] if chinese is not None and chinese[0] >= PLAUSIBLE else text
    best = _chinese_reading(raw)
    if best is not None and best[0] >= PLAUSIBLE:
        return best[2]
    raise UndecodableError(UNDECODABLE, best[2] if best is not None else None)


# what each codec says of bytes that stop inside a character
_CUT = ("unexpected end of data", "incomplete multibyte sequence", "truncated data")


def _decoded(raw: bytes, encoding: str) -> str:
    """`raw` in `encoding`. Bytes cut inside their last character (a file or a buffer cut at a
    byte count, most often inside a Chinese character's two to four bytes) lose that
    character: what stands before it is the page."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        if error.end == len(raw) and error.reason in _CUT:
            return raw[:error.start].decode(encoding)
        raise


def _stray_utf8(text: str) -> bool:
    """Whether a valid UTF-8 reading is letters of no written language: no Han character, no
    Latin-1 letter (`café`), and letters of more than one script (GB18030 `签訂` read as UTF-8 is
    `ǩӆ`, Latin and Cyrillic) or only letters that stand alone, with no letter beside them (GB18030
    `幕8,25` read as UTF-8 is `Ļ8,25`); a word of one script (`Привет`, `Ελλάδα`, `Ļoti`) is that
    language's."""
    scripts: set[str] = set()
    alone = True
    for run in _NON_ASCII.finditer(text, 0, _LOOK):
        for c in run.group():
            cp = ord(c)
            if _is_han(cp) or _is_plain(cp) or cp <= 0xFF:
                return False
            scripts.add(unicodedata.name(c, "?").split()[0])
        start, end = run.span()
        if end - start > 1 or any(0 <= i < len(text) and text[i].isascii() and text[i].isalpha()
                                  for i in (start - 1, end)):
            alone = False
    return len(scripts) > 1 or (bool(scripts) and alone)


def _chinese_reading(raw: bytes) -> tuple[float, int, str] | None:
    """The most plausible clean reading of `raw` in a multi-byte Chinese encoding, with its score."""
    readings: list[tuple[float, int, str]] = []
    for order, encoding in enumerate(CHINESE):
        try:
            text = _decoded(raw, encoding)
        except UnicodeDecodeError:
            continue
        readings.append((plausibility(text), -order, text))
    return max(readings) if readings else None


def decode(data: str | bytes | bytearray) -> str:
    """The page as `str`: text passes through, bytes are decoded (`decode_bytes`)."""
    if isinstance(data, str):
        return data
    if isinstance(data, (bytes, bytearray)):
        return decode_bytes(bytes(data))
    raise TypeError(f"newsextract: expected the page text as str or bytes, got {type(data).__name__}")
