"""The statistics vocabulary: rows of the data files as typed values, and the regex
alternations the grammar, subject and change readers build from word lists.

Files: `data/units.tsv`, `data/approx_words.tsv`, `data/time_frames.tsv`, `data/lasting_words.tsv` (the grammar);
`data/subject_stops.tsv`, `data/subject_openers.tsv` (subjects); `data/change_words.tsv`,
`data/change_measures.tsv` (changes); `data/scope_words.tsv` (scope); `data/rate_names.tsv` (a rate's name).
Plain word lists (`subject_links`, `idioms`, `session_words`) are read with `lexicon.words` where they are
used. A column that takes a closed set of values is checked when its file loads.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, cast

from .. import lexicon
from ..lazy_table import LazyTable
from ..text.precompiled import compile_pattern


@dataclass(frozen=True)
class Unit:
    """A unit or classifier: its kind, the multiplier it carries (`万元`), the unit reported."""

    kind: str
    multiplier: Decimal
    reported: str
    role: str  # classifier | noun | measure | rate
    not_followed_by: str
    approx: str = "exact"  # `个多月` carries its own 多


@dataclass(frozen=True)
class ApproxWord:
    position: str  # before | inside | after
    approx: str
    not_preceded_by: str
    only: str = ""  # bare: only before a bare 百/千/万 (上); number: only right after the number (来)


@dataclass(frozen=True)
class TimeFrames:
    """Words that frame a duration as a period of time (`data/time_frames.tsv`)."""

    before: dict[str, str]  # word → characters that must not stand right before it
    approximations: frozenset[str]  # the quantity's own approximation word: `近三年`
    after: tuple[str, ...]


@dataclass(frozen=True)
class Boundary:
    """A subject stop word and the neighbours that make it part of another word."""

    not_preceded_by: str
    not_followed_by: str
    topic: bool = False  # `实现`, `完成`: `重点商贸企业实现销售额` keeps its topic


def _field(row: tuple[str, ...], k: int) -> str:
    return row[k] if len(row) > k else ""


def _closed(name: str, rows: tuple[tuple[str, ...], ...], k: int, allowed: Iterable[str]) -> None:
    """Every row's field `k` (0-based; empty counts as its default) is one of `allowed`."""
    allowed = frozenset(allowed)
    for row in rows:
        if _field(row, k) not in allowed:
            raise lexicon.LexiconError(f"data/{name}.tsv: row {row[0]!r}: column {k + 1} is {_field(row, k)!r}, "
                                       f"not one of {sorted(allowed)}")


@functools.cache
def _unit_rows() -> dict[str, str]:
    """Each unit's fields as one string: kind, multiplier, reported unit, role,
    not-followed-by, approximation (`_unit` reads them)."""
    table = {row[0]: "\t".join((row[1], row[2], row[3], row[4], _field(row, 5), _field(row, 6) or "exact"))
             for row in lexicon.rows("units", columns=5)}
    inside = {w for w, a in approx_words().items() if a.position == "inside"}
    for word, (_, script) in currencies().items():
        # `多米尼加比索` would read as 多 + 米: a name that starts with an approximation word
        # (`12多米`) is a currency only before an amount
        if script == "zh" and word[0] not in inside:
            if word in table:
                raise lexicon.LexiconError(f"data/units.tsv: {word!r} is a currency of data/currencies.tsv")
            table[word] = f"money\t1\t{word}\tmeasure\t\texact"
    for word in shared_currency_words():
        table.setdefault(word, f"money\t1\t{word}\tmeasure\t\texact")
    return table


def _unit(row: str) -> Unit:
    kind, multiplier, reported, role, not_followed_by, approx = row.split("\t")
    return Unit(kind, Decimal(multiplier), reported, role, not_followed_by, approx)


@functools.cache
def units() -> LazyTable[Unit]:
    """`data/units.tsv`, and every Chinese currency name of `data/currencies.tsv` as a money
    unit written as itself (`港元`, `日圆`, `澳门元`); each `Unit` is made when first read
    (a page reads a few of the ~430: making them all was work for the first call)."""
    return LazyTable(_unit_rows(), _unit)


@functools.cache
def unit_currency() -> dict[str, str]:
    """A money unit → the ISO code it names: a currency name (`港元`), or a unit that ends
    in one (`元人民币`)."""
    names = {word: code for word, (code, script) in currencies().items() if script == "zh"}
    table = {}
    for unit, row in _unit_rows().items():
        if row.startswith("money\t"):
            code = names.get(unit) or next((c for w, c in names.items() if unit.endswith(w)), None)
            if code:
                table[unit] = code
    return table


_ISO_4217 = compile_pattern(r"[A-Z]{3}")


@functools.cache
def shared_currency_words() -> dict[str, dict[str, str]]:
    """Words that several currencies end in after their country's name (`先令`: 肯尼亚先令, 乌干达先令…; `比索`,
    `马纳特`): word → {ISO 3166 code of a country → ISO 4217 code}, read from the Chinese names of
    `data/currencies.tsv` and the countries of `data/place_names.tsv` (the longest country name that opens a
    currency's name). The currency build leaves them out as names (they name several); an amount written in one
    takes the currency of the country the article names (`currency.shared_currency`). Left out: a word that is a
    currency's name already (`卢比`), and one that opens with a unit, which reads first (`3列伊朗方向班列` is 3列:
    `列伊`, `克朗`)."""
    countries = {row[0]: row[2] for row in lexicon.rows("place_names", columns=3) if row[1] == "country"}
    names = {word: code for word, (code, script) in currencies().items() if script == "zh"}
    plain_units = {row[0] for row in lexicon.rows("units", columns=5)}
    shared: dict[str, dict[str, str]] = {}
    for name, code in names.items():
        country = max((name[:k] for k in range(1, len(name) - 1) if name[:k] in countries), key=len, default="")
        word = name[len(country):]
        if country and word not in names and word[0] not in plain_units:
            shared.setdefault(word, {})[countries[country]] = code
    return {word: by_country for word, by_country in shared.items() if len(set(by_country.values())) > 1}


@functools.cache
def currencies() -> dict[str, tuple[str, str]]:
    """`data/currencies.tsv`: a currency word (folded, as the grammar reads it) → its ISO 4217
    code and script (`zh`, `en`, `code`)."""
    table = {}
    for row in lexicon.rows("currencies", columns=3):
        if not _ISO_4217.fullmatch(row[1]):
            raise lexicon.LexiconError(f"data/currencies.tsv: row {row[0]!r}: {row[1]!r} is no ISO 4217 code")
        table[row[0]] = (row[1], row[2])
    return table


@functools.cache
def approx_words() -> dict[str, ApproxWord]:
    rows = lexicon.rows("approx_words", columns=3)
    _closed("approx_words", rows, 4, ("", "bare", "number", "measure"))
    return {row[0]: ApproxWord(row[1], row[2], _field(row, 3), _field(row, 4)) for row in rows}


@functools.cache
def money_cues() -> tuple[str, ...]:
    """`data/money_cues.tsv`: the words that make `骗2,360万` (万/亿, no unit) a sum of money."""
    return tuple(lexicon.words("money_cues"))


@functools.cache
def time_frames() -> TimeFrames:
    rows = lexicon.rows("time_frames", columns=2)
    _closed("time_frames", rows, 1, ("before", "approximation", "after"))
    return TimeFrames({row[0]: _field(row, 2) for row in rows if row[1] == "before"},
                      frozenset(row[0] for row in rows if row[1] == "approximation"),
                      tuple(row[0] for row in rows if row[1] == "after"))


@functools.cache
def lasting_words() -> tuple[str, ...]:
    """`data/lasting_words.tsv`: the words before a length of time (`为期`, `有期徒刑`) after which
    a bare 一 counts (`为期一个月`)."""
    return tuple(sorted(lexicon.words("lasting_words")))


@functools.cache
def subject_openers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What may open the phrase before a figure and is no part of its noun:
    demonstratives (`该`, `其中`) and time words (`今年`, `期间`)."""
    rows = lexicon.rows("subject_openers", columns=2)
    _closed("subject_openers", rows, 1, ("demonstrative", "time"))
    return (tuple(row[0] for row in rows if row[1] == "demonstrative"),
            tuple(row[0] for row in rows if row[1] == "time"))


@functools.cache
def scope_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The determiners (`全`, `我`, `本`) and areas (`市`, `街道`) a scope is made of."""
    rows = lexicon.rows("scope_words", columns=2)
    _closed("scope_words", rows, 1, ("determiner", "area"))
    return (tuple(row[0] for row in rows if row[1] == "determiner"),
            tuple(row[0] for row in rows if row[1] == "area"))


@dataclass(frozen=True)
class RateNames:
    """How the rate of a total is named (`data/rate_names.tsv`): the total's own words, the words that say it
    takes in every kind, and the words that restate a noun (word → the noun)."""

    levels: frozenset[str]
    wholes: frozenset[str]
    restating: dict[str, str]


@functools.cache
def rate_names() -> RateNames:
    rows = lexicon.rows("rate_names", columns=2)
    _closed("rate_names", rows, 1, ("level", "whole", "restates"))
    return RateNames(frozenset(row[0] for row in rows if row[1] == "level"),
                     frozenset(row[0] for row in rows if row[1] == "whole"),
                     {row[0]: _field(row, 2) for row in rows if row[1] == "restates"})


@functools.cache
def stops() -> dict[str, Boundary]:
    return {row[0]: Boundary(_field(row, 1), _field(row, 2), _field(row, 3) == "topic")
            for row in lexicon.rows("subject_stops")}


_BASELINE_FOLLOWS = "baseline follows"
_VERB_FOLLOWS = "verb follows"


@functools.cache
def change_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The change words: verbs (with 多/少), comparatives whose baseline follows
    (`高于全省平均水平`), and adverbs that take a short verb (`多开行`)."""
    rows = lexicon.rows("change_words", columns=2)
    return (tuple(row[0] for row in rows if _field(row, 2) != _BASELINE_FOLLOWS),
            tuple(row[0] for row in rows if _field(row, 2) == _BASELINE_FOLLOWS),
            tuple(row[0] for row in rows if _field(row, 2) == _VERB_FOLLOWS))


Direction = Literal["up", "down"]  # subscripted once: `Literal[…]` in a call is a typing lookup each time


def change_direction(verb: str) -> Direction:
    """`up` or `down`: the direction a change word states."""
    return cast(Direction, lexicon.mapping("change_words")[verb][0])


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first (then in code point order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def alternation_by_first_char(words: Iterable[str]) -> str:
    """`alternation` with the words that share a first character in one branch
    (`个(?:工作日|百分点|月|)`): at each position the engine tries one branch, not
    every word. Words with other first characters cannot match where these do, and
    within a branch the order stays longest first, so the matches are the same; the
    branches keep the order in which `words` first names their characters, so that a
    caller puts its common words first (`units.tsv` before the rare currency names)."""
    words = list(dict.fromkeys(words))
    branches: dict[str, list[str]] = {}
    for word in words:  # the branches in the order of the words' first characters (common ones first)
        branches.setdefault(word[0], [])
    for word in sorted(words, key=lambda w: (-len(w), w)):
        branches[word[0]].append(re.escape(word[1:]))
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" if rests != [""] else re.escape(first)
                    for first, rests in branches.items())
    if len(branches) <= _GATED:
        return body
    # many branches: one character-class test rejects a position that starts none of them
    return f"(?=[{''.join(re.escape(c) for c in branches)}])(?:{body})"


_GATED = 16  # above this many branches a failing position is cheaper to reject by a class
