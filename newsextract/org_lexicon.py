"""The organization vocabulary: suffixes, aliases, prefixes and stop words from
`data/org_*.tsv`, and the one Aho-Corasick automaton that finds suffixes and aliases.

Loaded once on first use; the grammar in `organizations.py` looks words up here
instead of reading the data files itself.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import ahocorasick
import regex

from . import lexicon
from . import regions as _regions


@dataclass(frozen=True)
class Suffix:
    """A word that ends an organization name (`data/org_suffixes.tsv`)."""

    word: str
    kind: str
    cls: str  # unit, attached, dept, place, shape
    bare: str  # local, named or "-": how a name without region or parent reads
    full: str

    @property
    def local(self) -> bool:
        return self.bare == "local"


@dataclass(frozen=True)
class Prefix:
    """A relative region prefix (`市`, `我省`, `中共`) and the template it is filled into."""

    word: str
    role: str
    template: str


@dataclass(frozen=True)
class Alias:
    """A name known as a whole (`农行`) and its canonical template."""

    word: str
    kind: str
    template: str


@dataclass(frozen=True)
class Vocabulary:
    """The word lists the grammar looks up around a suffix, loaded once."""

    automaton: "ahocorasick.Automaton"  # suffixes and aliases: the only words searched for
    false_overlaps: dict  # suffix word → ((offset, width, false words), …) that cancel it
    region_ends: frozenset  # last characters of region names and prefixes
    strict: frozenset  # boundary words
    names: frozenset  # ordinary words that keep a one-character boundary (和平)
    generic: frozenset
    honours: frozenset
    classifiers: frozenset
    prefixes: dict  # word → Prefix
    award: "regex.Pattern"
    title: "regex.Pattern"


def _overlaps(suffix: str, word: str) -> list[int]:
    """Offsets (word start − suffix start) at which `word` contains `suffix` and more.

    Only a word that holds the whole suffix cancels it: `局面` cancels `局` but not the
    `教育局` of `教育局面向社会`."""
    out = []
    for offset in range(-(len(word) - len(suffix)), 1):
        if len(word) == len(suffix):
            continue
        if all(suffix[i] == word[i - offset] for i in range(max(0, offset), min(len(suffix), offset + len(word)))):
            out.append(offset)
    return out


@functools.cache
def vocabulary() -> Vocabulary:
    """The data files read once; false overlaps are precomputed per suffix so that
    checking a suffix hit is constant work."""
    suffixes: dict[str, Suffix] = {}
    for word, kind, cls, *rest in lexicon.rows("org_suffixes", columns=3):
        bare = rest[0] if rest else "-"
        full = rest[1] if len(rest) > 1 else ""
        suffixes[word] = Suffix(word, kind, cls, bare, full)
    aliases = {word: Alias(word, kind, template) for word, kind, template in lexicon.rows("org_aliases", columns=3)}
    auto = ahocorasick.Automaton()
    for word in suffixes.keys() | aliases.keys():
        auto.add_word(word, (word, suffixes.get(word), aliases.get(word)))
    auto.make_automaton()
    stops: dict[str, set[str]] = {}
    for word, why in lexicon.rows("org_stop", columns=2):
        stops.setdefault(why, set()).add(word)
    false_words = stops.get("false", set()) | stops.get("site", set())
    false_overlaps = {}
    for suffix in suffixes:
        groups: dict[tuple[int, int], set[str]] = {}
        for word in false_words:
            for offset in _overlaps(suffix, word):
                groups.setdefault((offset, len(word)), set()).add(word)
        for word in stops.get("post", set()) | stops.get("tail", set()):
            # `全国社会工作部长会议`, `市公安局长`: a post that starts on the suffix's last
            # character; `各县农业农村部门`: a common noun that does (no `农业农村部` there)
            if word[0] == suffix[-1] and len(word) > 1:
                groups.setdefault((len(suffix) - 1, len(word)), set()).add(word)
        if groups:
            false_overlaps[suffix] = tuple((offset, width, frozenset(words))
                                           for (offset, width), words in sorted(groups.items()))
    boundaries: dict[str, set[str]] = {}
    for word, kind in lexicon.rows("org_boundaries", columns=2):
        boundaries.setdefault(kind, set()).add(word)

    def alternation(words: set[str]) -> "regex.Pattern":
        return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")

    prefixes = {word: Prefix(word, role, template) for word, role, template in lexicon.rows("org_prefixes", columns=3)}
    return Vocabulary(
        automaton=auto, false_overlaps=false_overlaps,
        region_ends=frozenset(name[-1] for name in [*_regions.by_name(), *prefixes]),
        strict=frozenset(boundaries.get("strict", ())), names=frozenset(boundaries.get("name", ())),
        generic=frozenset(stops.get("generic", ())), honours=frozenset(stops.get("honour", ())),
        classifiers=frozenset(stops.get("classifier", ())),
        prefixes=prefixes,
        award=alternation(stops.get("award", set())), title=alternation(stops.get("title", set())))
