"""The places vocabulary: named places that are no division (`data/place_names.tsv`), other
names of divisions (`division_aliases.tsv`), and the shape rules' words (`place_shapes.tsv`).

Every name that is read anywhere in a text (countries, foreign cities, rivers, nicknames and
old names of divisions) is found in the article's one scan (`anchors.Anchors.place_names`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .. import lexicon
from ..lazy_table import LazyTable
from ..text.precompiled import compile_pattern


@dataclass(frozen=True)
class Named:
    """A name of the vocabulary: a place that is no division (`code`: a country's ISO code), or
    another name of a division (`division`: its 6-digit code; `year`: a former name's change)."""

    name: str
    kind: str  # a PlaceKind, or "alias"
    code: str = ""
    division: str = ""
    year: int | None = None
    canonical: str = ""


@dataclass(frozen=True)
class Shapes:
    nouns: re.Pattern  # place nouns, longest first (公园, 大道, 路)
    kinds: dict  # noun → PlaceKind
    generic: frozenset[str]  # modifiers that name no place (城市公园)
    work: re.Pattern  # what after a place name makes a title (黄河大合唱)
    cues: frozenset[str]  # words that end right before a place (来到龙潭公园)
    longest_cue: int
    longest_generic: int


@functools.cache
def named() -> Mapping[str, Named]:
    """Every name read anywhere: place_names.tsv and the nicknames and former names of
    division_aliases.tsv."""
    # each name's fields in a string (kind, code, division, year, canonical): the `Named` is
    # made when a page reads the name (a page reads a few of ~1,000)
    out: dict[str, str] = {}
    countries = {row[2]: row[0] for row in lexicon.rows("place_names", columns=2)
                 if row[1] == "country" and len(row) > 3 and row[3] == "cldr"}
    for row in lexicon.rows("place_names", columns=2):
        name, kind = row[0], row[1]
        code = row[2] if len(row) > 2 else ""
        canonical = countries.get(code, name) if kind == "country" else name
        out[name] = f"{name}\t{kind}\t{code}\t\t\t{canonical}"
    for alias, division, kind, *rest in lexicon.rows("division_aliases", columns=3):
        if kind in ("nickname", "former"):
            year = rest[0] if rest and rest[0] else ""
            out[alias] = f"{alias}\talias\t\t{division}\t{year}\t"
    return LazyTable(out, _named_entry)


def _named_entry(fields: str) -> Named:
    name, kind, code, division, year, canonical = fields.split("\t")
    return Named(name, kind, code=code, division=division, year=int(year) if year else None, canonical=canonical)


@functools.cache
def abbreviations() -> tuple[Mapping[str, str], frozenset[str]]:
    """One-character abbreviations → division code, and those also read after a verb of movement."""
    codes, after_verb = {}, set()
    for alias, division, kind, *_ in lexicon.rows("division_aliases", columns=3):
        if kind.startswith("abbreviation"):
            codes[alias] = division
            if kind == "abbreviation_verb":
                after_verb.add(alias)
    return MappingProxyType(codes), frozenset(after_verb)


@functools.cache
def shapes() -> Shapes:
    by_role: dict[str, dict[str, str]] = {"noun": {}, "generic": {}, "work": {}, "cue": {}}
    for row in lexicon.rows("place_shapes", columns=2):
        by_role[row[1]][row[0]] = row[2] if len(row) > 2 else ""

    def alternation(words) -> str:
        return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))

    return Shapes(nouns=compile_pattern(alternation(by_role["noun"])), kinds=dict(by_role["noun"]),
                  generic=frozenset(by_role["generic"]), work=compile_pattern(alternation(by_role["work"])),
                  cues=frozenset(by_role["cue"]), longest_cue=max(map(len, by_role["cue"])),
                  longest_generic=max(map(len, by_role["generic"])))


# jieba's tags of words that name no place before a place noun: verbs, adjectives, adverbs and
# idioms (消费街, 重点景区 hold no name); time words, pronouns, locatives, prepositions and
# quantities (去年城市公园, 一批城市公园, 周边公园); common nouns seen 100 times or more (红色景区,
# 回家路): a road named by one is read only where jieba knows the whole name (东风路, 解放路).
_VERBAL_TAGS = frozenset({"v", "vn", "vd", "a", "an", "ad", "d", "l", "i", "b"})  # b: 非法, 军用
_FUNCTION_TAGS = frozenset({"t", "r", "f", "p", "c", "u", "q"})
_QUANTITY_HEADS = "一两几多每数"  # 一批, 多个 (m) are quantities; 五一 (m) names a square
_CLASSIFIER_ENDS = "个条座批家所处项位名"  # 五条, 三座 (m) are quantities too
_COMMON_NOUN_FREQ = 100


class WordSet:
    """One of the ordinary word sets, read a first character at a time: `data/ordinary_words.tsv`
    has a row per set and first character, and a page asks about ~90 words, not 89,000 (the
    whole sets took ~25 ms of a fresh process's first call, to split and hash)."""

    def __init__(self, rows: Mapping[str, bytes], names: tuple[str, ...]) -> None:
        self._rows = rows
        self._names = names  # the file's sets it joins (`verbal` holds the idioms too)
        self._groups: dict[str, frozenset[str]] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        group = self._groups.get(word[0])
        if group is None:
            group = self._groups[word[0]] = self._group(word[0])
        return word in group

    def _group(self, first: str) -> frozenset[str]:
        found: list[str] = []
        for name in self._names:
            row = self._rows.get(f"{name} {first}")
            if row:
                found += row.decode("utf-8").split(" ")
        return frozenset(found)

    def all(self) -> frozenset[str]:
        """Every word of the set (for the tests)."""
        return frozenset(word for key, row in self._rows.items() if key.split(" ")[0] in self._names
                         for word in row.decode("utf-8").split(" "))


@dataclass(frozen=True)
class OrdinaryWords:
    idioms: WordSet
    verbal: WordSet
    nouns: WordSet
    function: WordSet
    places: WordSet  # jieba's place words (ns): 东路, 南路 end road names


ORDINARY_SETS = ("idioms", "verbal", "nouns", "function", "places")


def ordinary_words_from_dictionary(lines: Iterable[bytes]) -> dict[str, set[str]]:
    """The word sets, read from the lines of jieba's dictionary (`word freq tag`):
    `scripts/build_ordinary_words.py` writes them to `data/ordinary_words.tsv`, and
    tests/test_places.py checks that file against jieba's own dictionary. `verbal` holds
    the idioms too."""
    idioms, verbal, nouns, function, places = set(), set(), set(), set(), set()
    for raw in lines:
        parts = raw.decode("utf-8").split()
        if len(parts) < 3:
            continue
        word, freq, tag = parts[0], int(parts[1]), parts[2]
        if tag in _VERBAL_TAGS:
            verbal.add(word)
            if tag == "i":
                idioms.add(word)
        elif tag == "n" and freq >= _COMMON_NOUN_FREQ:
            nouns.add(word)
        elif tag in _FUNCTION_TAGS or (tag == "m" and (word[0] in _QUANTITY_HEADS
                                                        or word[-1] in _CLASSIFIER_ENDS)):
            function.add(word)
        elif tag == "ns" and len(word) == 2:
            places.add(word)
    return {"idioms": idioms, "verbal": verbal, "nouns": nouns, "function": function, "places": places}


@functools.cache
def ordinary_words() -> OrdinaryWords:
    """Words of jieba's dictionary that name no place, from `data/ordinary_words.tsv`: a row
    per set and first character (`verbal 一`), its words separated by spaces (`verbal` there
    leaves out the idioms, which it holds). Reading jieba's whole dictionary with its tags
    instead took ~0.2–1 s of the first call."""
    rows = lexicon.keyed_lines("ordinary_words")
    return OrdinaryWords(idioms=WordSet(rows, ("idioms",)), verbal=WordSet(rows, ("verbal", "idioms")),
                         nouns=WordSet(rows, ("nouns",)), function=WordSet(rows, ("function",)),
                         places=WordSet(rows, ("places",)))
