"""The one loader of the package's language data (`newsextract/data/*.tsv`).

Each file starts with a `# source:` line saying where its words come from; other
`#` lines are comments; rows are tab-separated. Loading validates: a missing
source line, a short row, a duplicate key or a value outside a column's closed set
(`CLOSED`: an organization kind, a unit's role, an event type…) is a `LexiconError`
naming the file and line when the file loads, not a silent wrong answer or a pydantic
error inside `extract` later. Results are cached and immutable. `data/README.md` lists
every file with its columns, source and licence.
"""
from __future__ import annotations

import functools
import marshal
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from types import MappingProxyType
from typing import get_args

from .models import Approx, Byline, EventType, Grain, OrgKind, PlaceKind, StatKind
from .text.precompiled import compile_pattern


class LexiconError(ValueError):
    """A data file is malformed: the message names the file and the line."""


@dataclass(frozen=True)
class Closed:
    """A column whose every value must be one of `values`."""

    column: int                      # counted from 1, as the file's header lists its columns
    name: str                        # what the header calls it
    values: frozenset[str]
    optional: bool = False           # may be empty or missing (the code then takes a default)
    separator: str | None = None     # a cell holds several values joined by it (`ahead_before,ahead_after`)


def _literal(alias) -> frozenset[str]:
    """The values of a `Literal` of models.py: the data agrees with the result models by construction."""
    return frozenset(get_args(alias))


ORG_KINDS = _literal(OrgKind)
#: GUIDELINES §5: the closed list of event types (models.EventType; also ../shared/eval/score.py's EVENT_TYPES).
GUIDELINE_EVENT_TYPES = _literal(EventType)
TRIGGER_KINDS = frozenset({"word", "verb", "noun", "move"})
_LEVELS = frozenset({"province", "city", "county"})

#: The columns that take a closed set of values, by data file: each is checked on every row when
#: the file loads. The sets are those the code reads (the models' Literals, or the words a reader
#: compares against); a new value means a code change here and where it is read.
CLOSED: Mapping[str, tuple[Closed, ...]] = MappingProxyType({
    "units": (Closed(2, "kind", _literal(StatKind)),
              Closed(5, "role", frozenset({"classifier", "noun", "measure", "rate"})),
              Closed(7, "approximation", _literal(Approx), optional=True)),
    "currencies": (Closed(3, "script", frozenset({"zh", "en", "code"})),),
    "numeral_names": (Closed(2, "kind", frozenset({"division", "short form", "head"})),),
    "approx_words": (Closed(2, "position", frozenset({"before", "inside", "after"})),
                     Closed(3, "approximation", _literal(Approx))),
    "change_words": (Closed(2, "direction", frozenset({"up", "down"})),
                     Closed(3, "what follows", frozenset({"baseline follows", "verb follows"}), optional=True)),
    "subject_stops": (Closed(4, "topic", frozenset({"topic"}), optional=True),
                      Closed(5, "class", frozenset({"function"}), optional=True)),
    "byline_roles": (Closed(2, "bucket", frozenset({*Byline.model_fields, "-"})),),
    "date_words": (Closed(2, "role", frozenset({
        "day", "year", "year_anaphor", "year_sentence", "quarter_sentence", "period_anaphor", "season_this", "month",
        "week", "week_unit", "anaphor",
        "vague", "xun", "year_part", "part_of_day", "lunar_month", "day_strict", "day_from", "day_bare", "year_strict",
        "century", "era_span", "school_break"})),),
    "span_units": (Closed(2, "grain", _literal(Grain)),),
    "date_cues": (Closed(2, "roles", frozenset({
        "ahead_before", "ahead_after", "behind_before", "behind_after", "neutral_after",
        "festival_follower", "festival_break", "festival_day", "year_target_before", "clock_approx",
        "roc_year_before", "same_period_after", "noun_modifier",
        "festival_ordinal", "strict_before", "strict_day_subject", "strict_day_follower", "short_year_before",
        "range_from", "habitual_before",
        "between_joiner", "between_close",
        "exclusive_after", "exclusive_close", "span_back", "span_ahead",
        "unmarked_day_follower", "bound_before", "bound_after", "mainland_break"}), separator=","),),
    "date_guards": (Closed(1, "guard", frozenset({
        "before_sentence_year", "before_relative_year", "before_first_months", "before_week_unit", "after_year",
        "after_sentence_year", "after_quarter_sentence", "after_bare_republic_year",
        "after_month_part", "before_bare_year_part", "after_month_edge", "after_bare_day", "after_part_of_day",
        "after_week_unit",
        "after_strict_day", "after_anaphor", "before_vague", "before_day_from", "after_day_from",
        "before_day_bare", "after_day_bare", "before_period_anaphor", "after_season_this",
        "after_relative_day", "before_week_recurring", "before_recurring_once", "after_record"})),),
    "jump_markers": (Closed(2, "role", frozenset({"from", "to", "page"})),),
    "predicate_openers": (Closed(2, "place", frozenset({"predicate", "before", "preposition"})),),
    "web_metadata": (Closed(2, "role", frozenset({"date", "source", "author", "reporter", "editor", "page", "title",
                                                  "button"})),),
    "dispatch_words": (Closed(2, "role", frozenset({"reported", "agency_in_parentheses", "paper_dispatch",
                                                    "bracketed_dispatch"})),),
    "credit_grammar": (Closed(2, "kind", frozenset({"bracket", "separator", "colon", "own_outlet", "outlet_end",
                                                    "picture_word", "provided"})),),
    "notice_titles": (Closed(2, "position", frozenset({"opens", "ends", "ends_bare"})),),
    "festivals": (Closed(2, "calendar", frozenset({"solar", "lunar", "term", "eve", "week", "fixed"})),
                  Closed(4, "standing", frozenset({"name", "cue"}))),
    "org_suffixes": (Closed(2, "kind", ORG_KINDS),
                     Closed(3, "class", frozenset({"unit", "attached", "dept", "place"})),
                     Closed(4, "bare", frozenset({"local", "named", "-"}), optional=True)),
    "org_aliases": (Closed(2, "kind", ORG_KINDS),),
    "org_gazetteer": (Closed(3, "kind", ORG_KINDS),
                      Closed(4, "scope", frozenset({"national", "international", "foreign", "hk", "mo", "tw"}))),
    "org_prefixes": (Closed(2, "role", frozenset({
        "party", "people", "national", "home-province", "home-city", "home-county", "home-zone", "taiwan"})),),
    "org_boundaries": (Closed(2, "kind", frozenset({"strict", "name"})),),
    "org_function_words": (Closed(2, "class", frozenset({"adverb", "conjunction", "preposition", "pronoun", "verb"})),),
    "org_stop": (Closed(2, "why", frozenset({
        "false", "generic", "post", "tail", "honour", "site", "classifier", "award", "title"})),),
    "divisions": (Closed(4, "level", _LEVELS),),
    "place_names": (Closed(2, "kind", _literal(PlaceKind)),),
    "place_shapes": (Closed(2, "role", frozenset({"noun", "generic", "work", "cue"})),
                     Closed(3, "kind", _literal(PlaceKind), optional=True)),
    "division_aliases": (Closed(3, "kind", frozenset({"abbreviation", "abbreviation_verb", "nickname", "former"})),),
    "event_vocabulary": (Closed(2, "type", GUIDELINE_EVENT_TYPES),
                         Closed(3, "kind", TRIGGER_KINDS),
                         Closed(4, "source", frozenset({"cedict", "head", "guidelines", "review", "issue17"}),
                                separator="+")),
})


def _check_closed(name: str, number: int, fields: tuple[str, ...]) -> None:
    """Raise LexiconError naming the file and line when a closed column holds another value."""
    for closed in CLOSED.get(name, ()):
        cell = fields[closed.column - 1] if len(fields) >= closed.column else ""
        if not cell:
            if closed.optional:
                continue
            raise LexiconError(f"data/{name}.tsv:{number}: column {closed.column} ({closed.name}) is missing; "
                               f"use one of {', '.join(sorted(closed.values))}")
        for value in cell.split(closed.separator) if closed.separator else (cell,):
            if value not in closed.values:
                raise LexiconError(f"data/{name}.tsv:{number}: column {closed.column} ({closed.name}) is {value!r}; "
                                   f"use one of {', '.join(sorted(closed.values))}")


def _check_closed_columns(name: str, out: list[tuple[str, ...]], seen: dict[str, int]) -> None:
    """`_check_closed` over every row, a column at a time (sets, not a call per row): only a
    file with a bad value goes row by row, for the error that names its first bad line."""
    if not _closed_columns_hold(name, out):
        _check_closed_before(name, out, seen)


def _closed_columns_hold(name: str, out: list[tuple[str, ...]]) -> bool:
    """Whether every closed column of every row holds an allowed value."""
    return _closed_cells_hold(name, lambda column: {fields[column] if len(fields) > column else "" for fields in out})


def _closed_cells_hold(name: str, cells_of: Callable[[int], set[str]]) -> bool:
    """`_closed_columns_hold`, given the set of cells of a column (counted from 0)."""
    for closed in CLOSED[name]:
        column = closed.column - 1
        cells = cells_of(column)
        if "" in cells:
            if not closed.optional:
                return False
            cells.discard("")
        values = {v for cell in cells for v in cell.split(closed.separator)} if closed.separator else cells
        if not values <= closed.values:
            return False
    return True


def _check_closed_before(name: str, out: list[tuple[str, ...]], seen: dict[str, int]) -> None:
    for fields in out if name in CLOSED else ():
        _check_closed(name, seen[fields[0]], fields)


# Whitespace that `rows` strips: around a field, on a line of nothing else, or a line
# break other than `\n` (which `splitlines` also splits at). A file without any reads
# its fields as they stand.
_PADDED = compile_pattern(r"[^\S\t\n]\t|\t[^\S\t\n]|^[^\S\t\n]|[^\S\t\n]$|^[^\S\n]+$"
                     "|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", re.MULTILINE)
# `_PADDED` in parts that run in C: a space (not tab or newline) before a tab or a line
# end, after a tab, at a line start, or an odd line break. The ASCII space, common inside
# fields (`ordinary_words.tsv` separates its words by it), by substring tests; the other
# spaces, rare, by searches that open with a character class (`re` skips to one in C
# instead of trying every branch of `_PADDED` at every position). A line of tabs alone
# (then `\t\n` or a final tab) is left to `_PADDED` itself.
_PADDED_PARTS = tuple(compile_pattern(p, re.MULTILINE) for p in (
    r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", r"\t[^\S\t\n ]", r"[^\S\t\n ](?=\t|$)",
    r"[^\S\t\n ](?<![^\n][^\S\t\n ])"))
_PADDED_SPACE = (" \t", "\t ", " \n", "\n ")
# What every part holds: one scan, nearly always empty. `[^\S\t\n ]` written out (the
# characters `str.isspace` calls space, less tab, newline and space: tests/test_lexicon.py
# checks): a class of ranges scans ~2× faster than one of categories (1.1 MB of
# `ordinary_words.tsv` on the first call: ~5 → ~2.5 ms).
_OTHER_SPACE = compile_pattern("[\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _padded(text: str) -> bool:
    """`_PADDED.search(text) is not None`, faster."""
    if text.startswith(" ") or text.endswith(" ") or any(pair in text for pair in _PADDED_SPACE):
        return True
    if _OTHER_SPACE.search(text) is not None and any(part.search(text) for part in _PADDED_PARTS):
        return True
    # what is left is a line of tabs alone: it starts a line with a tab and ends one with a
    # tab (a file with an empty last field, `divisions.tsv`, has only the second)
    return (("\t\n" in text or text.endswith("\t")) and ("\n\t" in text or text.startswith("\t"))
            and _PADDED.search(text) is not None)


@functools.cache
def rows(name: str, columns: int = 1) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/<name>.tsv`, each with at least `columns` fields.

    Keys (first fields) must be unique; the columns of `CLOSED[name]` hold their allowed values.
    """
    path = resources.files("newsextract") / "data" / f"{name}.tsv"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# source:"):
        raise LexiconError(f"data/{name}.tsv: the first line must be '# source: …'")
    closed = name in CLOSED
    padded = _padded(text)  # else every field is stripped already
    if not padded:  # nearly every file: the rows in one comprehension, checked as a whole
        out = [tuple(line.split("\t")) for line in lines if line and line[0] != "#"]
        keys = {fields[0] for fields in out}
        if ((not out or min(map(len, out)) >= columns) and "" not in keys and len(keys) == len(out)
                and (not closed or _closed_columns_hold(name, out))):
            return tuple(out)
    # a padded file, or one with an error: line by line, raising at the first bad line
    out = []
    seen: dict[str, int] = {}
    strip = str.strip
    for number, line in enumerate(lines, start=1):
        if not line or line[0] == "#" or (padded and not line.strip()):
            continue
        fields = tuple(map(strip, line.split("\t"))) if padded else tuple(line.split("\t"))
        if len(fields) < columns or not fields[0] or fields[0] in seen:
            _check_closed_before(name, out, seen)  # an earlier line's bad value is the first error
        if len(fields) < columns or not fields[0]:
            raise LexiconError(f"data/{name}.tsv:{number}: expected {columns} tab-separated fields, got {line!r}")
        if fields[0] in seen:
            raise LexiconError(f"data/{name}.tsv:{number}: duplicate key {fields[0]!r} "
                               f"(first at line {seen[fields[0]]})")
        seen[fields[0]] = number
        out.append(fields)
    if closed:
        _check_closed_columns(name, out, seen)
    return tuple(out)


@functools.cache
def columns(name: str, count: int, required: int | None = None) -> tuple[tuple[str, ...], ...]:
    """The first `count` fields of the rows of `data/<name>.tsv`, a tuple per column ("" where
    a row has fewer fields; each row needs `required` fields, by default `count`): `rows`,
    checked alike, without a tuple per row. A large file's thousands of row tuples (27,000 on
    a first call) set off dozens of garbage collections in a fresh process."""
    required = count if required is None else required
    text = source_text(name)
    lines = [line for line in text.splitlines() if line and line[0] != "#"]
    tabs = set(map(str.count, lines, repeat("\t")))
    if len(tabs) == 1 and not _padded(text):  # every row as wide: one split, no statement per row
        width = tabs.pop() + 1
        fields = "\t".join(lines).split("\t")
        keys = set(fields[0::width])
        if (width >= required and "" not in keys and len(keys) == len(lines)
                and (name not in CLOSED or _closed_cells_hold(
                    name, lambda column: set(fields[column::width]) if column < width else {""}))):
            empty = ("",) * len(lines)
            return tuple(tuple(fields[column::width]) if column < width else empty for column in range(count))
    # rows of several widths, a padded file or one with an error: `rows`, turned
    table = rows(name, required)
    return tuple(tuple(row[column] if len(row) > column else "" for row in table) for column in range(count))


@functools.cache
def source_text(name: str) -> str:
    """`data/<name>.tsv`'s text, its source line checked: for a reader that indexes a large
    generated file itself (`places.gazetteer`: 38,000 townships, of which a page names a
    few). `rows` checks every row of every file in tests/test_lexicon.py."""
    text = (resources.files("newsextract") / "data" / f"{name}.tsv").read_text(encoding="utf-8")
    if not text.startswith("# source:"):
        raise LexiconError(f"data/{name}.tsv: the first line must be '# source: …'")
    return text


@functools.cache
def source_bytes(name: str) -> bytes:
    """`data/<name>.tsv`'s bytes, its source line checked: for a reader that searches a large
    generated file for a few rows and decodes only those (`places.gazetteer.townships_named`:
    decoding the 1.1 MB of `townships.tsv` was ~7 ms of a first call, reading it ~0.3 ms)."""
    data = (resources.files("newsextract") / "data" / f"{name}.tsv").read_bytes()
    if not data.startswith(b"# source:"):
        raise LexiconError(f"data/{name}.tsv: the first line must be '# source: …'")
    return data


#: The file next to a keyed table that indexes it (`keyed_index`).
INDEX_SUFFIX = ".index.bin"


@functools.cache
def keyed_lines(name: str) -> Mapping[str, bytes]:
    """`data/<name>.tsv` as key → the rest of its line, undecoded and not split into
    fields: for the large generated tables (`dictionary.tsv`: 349,045 words on 11,773
    rows), whose reader decodes and parses only the rows it asks for. Keys must be
    unique, as in `rows`. Where `data/<name>.index.bin` (`keyed_index`, written with the
    table by its build script) fits the file, no line is split: a row is cut out of the
    file's bytes when asked for."""
    folder = resources.files("newsextract") / "data"
    data = (folder / f"{name}.tsv").read_bytes()
    if not data.startswith(b"# source:"):
        raise LexiconError(f"data/{name}.tsv: the first line must be '# source: …'")
    indexed = _indexed_lines(data, folder / f"{name}{INDEX_SUFFIX}")
    if indexed is not None:
        return indexed
    return _keyed_lines_split(name, data)


def keyed_index(name: str, data: bytes) -> bytes:
    """The index of a keyed table's bytes (`keyed_lines`): its length, its keys in code-point
    order joined by newlines, and where the rest of each key's line starts and ends, as one
    marshal'd blob. Built at packaging time (`scripts/build_dictionary.py`); the
    tests and the script's `--check` rebuild it from the table and compare."""
    lines = dict(_keyed_lines_split(name, data))
    keys = sorted(lines)
    offsets = array("Q")
    at = 0
    spans: dict[str, tuple[int, int]] = {}
    for line in data.split(b"\n"):
        if line and line[0] != 35:
            tab = line.find(b"\t")
            spans[line[:tab].decode("utf-8")] = (at + tab + 1, at + len(line))
        at += len(line) + 1
    for key in keys:
        offsets.extend(spans[key])
    return marshal.dumps((len(data), "\n".join(keys), offsets.tobytes()))


class IndexedLines(Mapping[str, bytes]):
    """`keyed_lines` of a table with its index: key → the rest of its line, cut from the
    file's bytes on each ask (no object per row; the keys are found by bisection)."""

    def __init__(self, data: bytes, keys: list[str], offsets: array) -> None:
        self._data, self._keys, self._offsets = data, keys, offsets

    def _at(self, key: str) -> int:
        at = bisect_left(self._keys, key)
        return at if at < len(self._keys) and self._keys[at] == key else -1

    def __getitem__(self, key: str) -> bytes:
        at = self._at(key) if isinstance(key, str) else -1
        if at < 0:
            raise KeyError(key)
        return self._data[self._offsets[2 * at]:self._offsets[2 * at + 1]]

    def get(self, key: str, default=None):
        """`Mapping.get`, without its exception for a key not there."""
        at = self._at(key)
        return default if at < 0 else self._data[self._offsets[2 * at]:self._offsets[2 * at + 1]]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._at(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _indexed_lines(data: bytes, index_path) -> IndexedLines | None:
    """The table read through its index, or None when there is none or it was built for
    other bytes (another length; a key whose line does not start where the index says)."""
    try:
        size, keys_text, offset_bytes = marshal.loads(index_path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    offsets = array("Q")
    offsets.frombytes(offset_bytes)
    keys = keys_text.split("\n") if keys_text else []
    if size != len(data) or len(offsets) != 2 * len(keys):
        return None
    for at in {0, len(keys) - 1} if keys else ():  # the first and last keys stand where indexed
        start = offsets[2 * at]
        key = keys[at].encode("utf-8")
        if data[start - len(key) - 2:start] != b"\n" + key + b"\t":
            return None
    return IndexedLines(data, keys, offsets)


def _keyed_lines_split(name: str, data: bytes) -> Mapping[str, bytes]:
    """`keyed_lines` by splitting the file into its lines."""
    # a list of lines, their first tabs and one decode of all keys: no Python statement per
    # row, and no tuple per row (26,000 of them set off ~70 garbage collections in a fresh
    # process); a bad line sends the file to the checked reader, for its error
    lines = [line for line in data.split(b"\n") if line and line[0] != 35]  # 35: `#`
    tabs = [line.find(b"\t") for line in lines]
    if lines and min(tabs) > 0:
        keys = b"\n".join([line[:tab] for line, tab in zip(lines, tabs, strict=True)]).decode("utf-8")
        out = dict(zip(keys.split("\n"), [line[tab + 1:] for line, tab in zip(lines, tabs, strict=True)],
                       strict=True))
        if len(out) == len(lines):
            return MappingProxyType(out)
    return _keyed_lines_checked(name, data)


def _keyed_lines_checked(name: str, data: bytes) -> Mapping[str, bytes]:
    """`keyed_lines` a line at a time, raising LexiconError at the first bad line."""
    out: dict[str, bytes] = {}
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line or line[0] == 35:  # `#`: a comment
            continue
        tab = line.find(b"\t")
        if tab <= 0:
            raise LexiconError(f"data/{name}.tsv:{number}: expected a key, a tab and the row")
        key = line[:tab].decode("utf-8")
        if key in out:
            raise LexiconError(f"data/{name}.tsv:{number}: duplicate key {key!r}")
        out[key] = line[tab + 1:]
    return MappingProxyType(out)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The first column of `data/<name>.tsv` as a set."""
    return frozenset(columns(name, 1)[0])


@functools.cache
def mapping(name: str) -> Mapping[str, tuple[str, ...]]:
    """`data/<name>.tsv` as key → the remaining fields (at least one)."""
    return MappingProxyType({row[0]: row[1:] for row in rows(name, columns=2)})


def available() -> tuple[str, ...]:
    """Names of all data files, for the test that loads every one."""
    folder = resources.files("newsextract") / "data"
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv")))
