"""Dates written in Latin script inside Chinese text: `March 5, 2025`, `5 Mar 2025`,
`on 12 October` (a wire story quoting an English source, a caption's credit line).

dateparser reads them (`dateparser.search.search_dates`, English, absolute readings that
name a day and a month), but only on runs of Latin letters, digits and spaces that hold
an English month name: it never sees the Chinese text, which it misreads (`3月12日` as
"3 months 12 days ago"), and a page without such a run never imports it (the import
loads its language data, ~0.3 s). The run's offsets map dateparser's substring back
into the text, trimmed to the month name and the numbers (dateparser's match may take in
a word around them: `on March 5 the`). A date without a year is placed like `3月5日`.
"""
from __future__ import annotations

import functools
import re

from ..text.precompiled import compile_pattern
from .grammar import A_YEAR, PartialDate

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# a run of Latin words, numbers, spaces and the punctuation of an English date
_RUN = compile_pattern(r"[A-Za-z0-9][A-Za-z0-9 ,.\-]*[A-Za-z0-9]")
_HAS_MONTH = compile_pattern(rf"(?<![A-Za-z]){_MONTH}(?![A-Za-z])", re.IGNORECASE)
# what a date's words are: a month name or a number (the trim keeps the span between the first and last)
_DATE_WORD = compile_pattern(rf"(?<![A-Za-z]){_MONTH}\.?(?![A-Za-z])|\d+", re.IGNORECASE)
# a Latin word that is a month name, found where one starts (its first letter, no letter before it):
# `re` skips to a month's initial with its fast scan, where a lookbehind first would enter the matcher at
# every character of a Chinese text; ASCII, so that `ſ` or the Kelvin sign never reads as a letter
_MONTH_NAME_WORD = compile_pattern(rf"[JFMASONDjfmasond](?<![A-Za-z].)(?<=(?={_MONTH}(?![A-Za-z])).)",
                                   re.IGNORECASE | re.ASCII)
_YEAR = compile_pattern(rf"(?<!\d){A_YEAR}(?!\d)")
SETTINGS = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False}


@functools.cache
def _search():
    """dateparser's search, imported on first use."""
    from dateparser.search import search_dates

    return search_dates


def latin_dates(text: str) -> list[tuple[int, int, PartialDate]]:
    """(start, end, partial date) of each English date in `text`'s Latin-script runs."""
    if not _MONTH_NAME_WORD.search(text):
        return []  # the common case: no Latin word (`GDP`) is a month name
    out = []
    for run in _RUN.finditer(text):
        words = run.group()
        if not _HAS_MONTH.search(words) or not any(c.isdigit() for c in words):
            continue
        pos = 0
        for found, when in _search()(words, languages=["en"], settings=SETTINGS) or ():
            k = words.find(found, pos)
            if k < 0:
                continue
            pos = k + len(found)
            parts = list(_DATE_WORD.finditer(found))
            if not parts or not any(_HAS_MONTH.fullmatch(p.group().rstrip(".")) for p in parts):
                continue  # a reading without a month name (`5 2025`) is not ours to take
            start, end = run.start() + k + parts[0].start(), run.start() + k + parts[-1].end()
            year = {"year": when.year} if _YEAR.search(found) else {}
            out.append((start, end, PartialDate(**year, month=when.month, day=when.day)))
    return out
