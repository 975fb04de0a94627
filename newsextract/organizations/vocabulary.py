"""The organization vocabulary: suffixes, aliases, prefixes, stop words and the words
read by role from `data/org_*.tsv`, and the one Aho-Corasick automaton that finds
suffixes and aliases.

Loaded once on first use; the grammar (`grammar.py`) looks words up here
instead of reading the data files itself. Word sets the grammar probes at a position
come with their widths by last (or first) character, so a probe slices only the
widths a word there can have instead of every width up to the longest word.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from .. import lexicon
from ..lazy_table import LazyTable
from ..models import OrgKind
from ..text.precompiled import compile_pattern
from . import regions as _regions

LONGEST_WORD = 8  # boundary, generic and honour words are shorter
LONGEST_REGION = 12  # longer gazetteer names are not read as a name's region


@dataclass(frozen=True)
class Suffix:
    """A word that ends an organization name (`data/org_suffixes.tsv`)."""

    word: str
    kind: OrgKind
    cls: str  # unit, attached, dept, place, shape
    bare: str  # local, named or "-": how a name without region or parent reads
    full: str

    @property
    def local(self) -> bool:
        return self.bare == "local"


# A prefix role whose place is no Chinese division: a country (`日本`), a Taiwan place in
# full (`台南市`) or short (`高市`, role taiwan: read on a Taiwan paper only). A body of one
# keeps its own name, and only a government or party names one with no other word.
TAIWAN_SHORT = "taiwan"
OWN_NAMED = ("country", TAIWAN_SHORT)


@dataclass(frozen=True)
class Prefix:
    """A relative region prefix (`市`, `我省`, `中共`) and the template it is filled into."""

    word: str
    role: str
    template: str


@dataclass(frozen=True, slots=True)  # slots: no `__dict__` beside each of the ~3,500 (fewer objects for the GC)
class Alias:
    """A name known as a whole (`农行`, `北约`) and its canonical template.

    `scope`: "" for a hand-written alias (`data/org_aliases.tsv`), else the gazetteer
    row's scope (national, international, foreign, hk, mo, tw), or "local" for a form
    that names a body only on a paper of its place (`立法会` on a Hong Kong page):
    `local` then gives the body by the home's scope."""

    word: str
    kind: OrgKind
    template: str
    scope: str = ""
    local: tuple[tuple[str, Alias], ...] = ()
    # a listed body's short form (`丰田` of `丰田公司`): a unit right after it is its full
    # name's own (`阿里巴巴集团`), not a unit of the body
    short: bool = False

    @property
    def listed(self) -> bool:
        """A row of the gazetteer (`data/org_gazetteer.tsv`), not a hand-written alias."""
        return bool(self.scope)


Widths = Mapping[str, tuple[int, ...]]  # a character → widths of the words it ends (starts)


def words_by_role(name: str, roles: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The words of `data/<name>.tsv` (columns: word, role) by role, in file order.
    A role outside `roles` is an error naming the file and the word."""
    found: dict[str, list[str]] = {role: [] for role in roles}
    for word, role, *_ in lexicon.rows(name, columns=2):
        if role not in found:
            raise lexicon.LexiconError(
                f"data/{name}.tsv: {word!r} has the role {role!r}; use one of {', '.join(roles)}")
        found[role].append(word)
    return {role: tuple(words) for role, words in found.items()}


def _taiwan_places() -> tuple[str, ...]:
    """`台南市`, `宜兰县`: the Taiwan places of `data/home_words.tsv` (role taiwan, written in
    full), with either level a body's name writes them with (`花莲市`, the county's seat), and the
    county-administered cities (role taiwan_county_city: `头份市`, `马公市`)."""
    rows = lexicon.rows("home_words", columns=2)
    shorts = dict.fromkeys(word[:-1] for word, role, *_ in rows if role == "taiwan")
    cities = [word for word, role, *_ in rows if role == "taiwan_county_city"]
    return tuple(dict.fromkeys([short + level for short in shorts for level in "市县"] + cities))


ORG_WORD_ROLES = ("branch", "coordinator", "township", "village", "not_numbered_school", "team", "team_word",
                  "congress_next", "post_class", "post_prefix", "market_word", "match_word", "people", "match_verb",
                  "player", "place_word", "frame_end")

# How a Hong Kong or Macao body's own name opens with its place (`香港立法会`, `澳门特区政府`):
# on a paper of that place the form without it names the same body (`立法会`).
# The classes of government heads that name one body of a Hong Kong or Macao page alone
# (`教育局`, `海关`); an attached head (`政府`) names the government of any place.
_OWN_HEAD_CLASSES = ("dept", "unit")
PLACE_OPENINGS = {"hk": ("香港特别行政区", "香港特区", "香港"), "mo": ("澳门特别行政区", "澳门特区", "澳门"),
                  # `新竹地方法院` of `台湾新竹地方法院`, `经济部` of `台湾经济部` on a Taiwan page
                  "tw": ("台湾", "福建")}


@functools.cache
def countries() -> frozenset[str]:
    """Country names and their other forms (`data/countries.tsv`: `美国`, `印尼`)."""
    names = set()
    for name, *others in lexicon.rows("countries"):
        names.add(name)
        names.update(others[0].split() if others else ())
    return frozenset(names)


Columns = tuple[Sequence[str], Sequence[str], Sequence[str], Sequence[str], dict[str, int]]


def _gazetteer_columns() -> Columns:
    return _parts()["gazetteer"]


def _gazetteer_columns_from_files() -> Columns:
    """`data/org_gazetteer.tsv` as columns, and each surface's row (the last row of a surface wins,
    as in a dict of the rows); a Taiwan city's body (`{city}政府文化局`) is a local form, no row."""
    surfaces, canonicals, kinds, scopes = lexicon.columns("org_gazetteer", 4)
    pairs = enumerate(zip(surfaces, canonicals, strict=True))
    row = {surface: at for at, (surface, canonical) in pairs if "{" not in canonical}
    return surfaces, canonicals, kinds, scopes, row


@functools.cache
def gazetteer() -> LazyTable[Alias]:
    """The gazetteer's surfaces with their body's canonical name, kind and scope, each surface's
    `Alias` made when it is first read: a page reads a few dozen of the ~3,200 rows, and making
    them all was ~3,200 objects for the first call to build and for the garbage collector to count."""
    surfaces, canonicals, kinds, scopes, row = _gazetteer_columns()
    return LazyTable(row, lambda at: Alias(surfaces[at], cast(OrgKind, kinds[at]), canonicals[at], scopes[at]))


def own_named_bodies(scope: str) -> tuple[str, ...]:
    """The government bodies of Hong Kong or Macao (`scope` hk, mo) that the gazetteer lists by
    a name without the region's (`政府统计处`, `差饷物业估价署`, `统计暨普查局`), longest first:
    a mainland page writes them after the region (`香港特区政府统计处`), the region's own paper
    alone."""
    surfaces, _canonicals, kinds, scopes, row = _gazetteer_columns()
    names = {surface for surface, at in row.items()
             if scopes[at] == scope and kinds[at] == "government"
             and not surface.startswith(PLACE_OPENINGS.get(scope, ()))}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def gazetteer_scope(surface: str) -> str:
    """The scope of a gazetteer surface's row, without making its `Alias`."""
    *_, scopes, row = _gazetteer_columns()
    return scopes[row[surface]]


@functools.cache
def company_forms() -> Mapping[str, Alias]:
    """Companies named by their name alone (`丰田` of `丰田公司`, `海尔` of `海尔集团`):
    `data/org_company_forms.tsv` (built by `scripts/build_org_company_forms.py`), each
    form with the canonical name, kind and scope of the gazetteer row it names."""
    rows = gazetteer()
    found = {}
    for form, surface in _parts()["company_forms"]:
        row = rows[surface]
        found[form] = Alias(form, row.kind, row.template, row.scope, short=True)
    return found


def _company_form_rows(listed: Mapping[str, int]) -> tuple[tuple[str, ...], ...]:
    """`data/org_company_forms.tsv`'s (form, gazetteer surface) rows, each surface a row of the gazetteer."""
    found = tuple(tuple(fields) for fields in lexicon.rows("org_company_forms", columns=2))
    for form, surface in found:
        if surface not in listed:
            raise lexicon.LexiconError(f"data/org_company_forms.tsv: {form!r} names {surface!r}, "
                                       "which is no row of data/org_gazetteer.tsv")
    return found


@functools.cache
def local_forms() -> LazyTable[Alias]:
    """Forms of Hong Kong, Macao and Taiwan city bodies without their place (`立法会` of `香港立法会`,
    `天文台` of `香港天文台`), each with the body it names by the home's scope: `立法会`
    is Hong Kong's on a Hong Kong page and Macao's on a Macao page, and names neither
    elsewhere. A bare head is no form (`大学` of `香港大学`, `政府`), except a government
    department's or unit's (`教育局` of `香港教育局`, `海关` of `香港海关`): a Hong Kong
    paper's `教育局` is its own region's, as a mainland one's would need a place. Forms
    the gazetteer lists as rows of their own are left to those rows.

    Each form is kept as a string of its (scope, gazetteer row) pairs and made into its
    `Alias` when first read: a page reads a few of the ~330 forms, and making them all
    was ~1,300 objects (with the gazetteer rows they name) for the first call."""
    surfaces, canonicals, kinds, scopes, row = _gazetteer_columns()
    listed = gazetteer()

    def make(spelled: str) -> Alias:
        form, *pairs = spelled.split(";")
        by_scope = []
        for pair in pairs:
            scope, at = pair.split(" ")
            index = int(at)
            # a row of its own surface is the gazetteer's `Alias`; a Taiwan template is not
            surface = surfaces[index]
            body = listed[surface] if row.get(surface) == index else \
                Alias(surface, cast(OrgKind, kinds[index]), canonicals[index], scopes[index])
            by_scope.append((scope, body))
        return Alias(form, by_scope[0][1].kind, "", "local", tuple(sorted(by_scope)))

    return LazyTable(_parts()["local_forms"], make)


def _local_forms_raw(columns: Columns) -> dict[str, str]:
    """Each local form as "form;scope row;scope row", in the order found (the first gives the form's kind)."""
    surfaces, canonicals, kinds, scopes, row = columns
    found: dict[str, dict[str, int]] = {}
    # a Taiwan city's body by its short form (`文化局`, `经发局`, `市府`): the home city's
    for at, canonical in enumerate(canonicals):
        if "{" in canonical:
            found.setdefault(surfaces[at], {})[scopes[at]] = at
    # `政府` or `大学` alone names no one body; `教育局`, `海关` on the region's own page do
    heads = {word for word, kind, cls, *_ in lexicon.rows("org_suffixes", columns=3)
             if kind != "government" or cls not in _OWN_HEAD_CLASSES}
    for surface, at in row.items():
        scope = scopes[at]
        for opening in PLACE_OPENINGS.get(scope, ()):  # `香港特区政府`: `特区政府` and `政府`
            form = surface[len(opening):] if surface.startswith(opening) else ""
            if len(form) >= 2 and form not in row and form not in heads:
                found.setdefault(form, {}).setdefault(scope, at)
    return {form: ";".join([form, *(f"{scope} {at}" for scope, at in by_scope.items())])
            for form, by_scope in found.items()}


def widths_by(words: Iterable[str], index: int | slice, longest: int, shortest: int = 1) -> Widths:
    """The widths (longest first, within [shortest, longest]) of the words whose
    character at `index` (-1: last, 0: first; or a slice: the last two) is each key."""
    # the distinct (key, width) pairs first: a few hundred, of thousands of words
    found: dict[str, set[int]] = {}
    for key, width in {(word[index], len(word)) for word in words if shortest <= len(word) <= longest}:
        found.setdefault(key, set()).add(width)
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # few distinct width tuples: one object each
    return {ch: shared.setdefault(widths, widths)
            for ch, sizes in found.items() for widths in (tuple(sorted(sizes, reverse=True)),)}


@dataclass(frozen=True)
class Vocabulary:
    """The word lists the grammar looks up around a suffix, loaded once."""

    # the suffixes and aliases, the only words searched for: the article's one scan finds
    # them with the other stages' words (`anchors`), and `entry` says what each is
    searched: tuple[str, ...]
    suffixes: LazyTable[Suffix]  # word → Suffix, made when first read
    # word → Alias: the hand-written aliases and the forms, merged; a gazetteer surface
    # none of them gives is read from `gazetteer`, its Alias made when a page has it
    aliases: dict
    gazetteer: LazyTable[Alias]
    local_forms: LazyTable[Alias]  # read after the gazetteer (`local_forms`)
    entries: dict  # word → (suffix, alias, false-overlap pattern), each word's once it is met
    false_overlaps: LazyTable[re.Pattern]  # suffix word → a pattern matching where a word that cancels it overlaps it
    strict: frozenset  # boundary words
    names: frozenset  # ordinary words that keep a one-character boundary (和平)
    generic: frozenset
    honours: frozenset
    classifiers: frozenset
    prefixes: dict  # word → Prefix
    award: re.Pattern
    title: re.Pattern
    post: re.Pattern  # a post (`部长`, `总理`): inside a name's body it ends the name there
    regions: dict  # gazetteer names (→ None) and prefixes (→ Prefix) up to LONGEST_REGION
    region_ends: frozenset  # their last characters
    # widths of those of two characters or more by their last two: `区` alone ends names
    # of every width from 2 to 8, `城区` only a few
    region_pairs: Widths
    strict_widths: Widths  # by last character
    name_chars: frozenset  # characters of `names`: elsewhere a boundary is never protected
    generic_ends: Widths  # by last character
    generic_starts: Widths  # by first character
    honour_starts: Widths  # by first character
    # `data/org_words.tsv`, by role
    branches: frozenset  # a bank's branch (`分行`), whose kind is its bank's
    coordinators: frozenset  # between two names (`、`, `和`): the second shares the first's owner
    townships: tuple  # the levels right below a county (`街道`, `镇`, `乡`), in file order
    villages: tuple  # the levels below a township (`社区`, `村`)
    not_numbered_school: tuple  # words that start with a numbered school's `中` (`中心`)
    party_prefixes: tuple  # prefixes of the role party (`中共`): a name with one is spelled already
    team_heads: frozenset  # the last word of a team's name (`队`, `女篮`)
    team_words: tuple  # words between a team's place and its head (`女子`, `足球`), longest first
    congress_next: tuple  # words that follow a congress named by its number alone (`十五大精神`)
    match_words: tuple  # words of a sentence about a match (`主场`, `进球`): a club is named there (`国安队`)
    people: frozenset  # a group of people between two names (`县一中学子敬老院`): the first is their home
    match_verbs: tuple  # a place right after one plays in the match (`战胜丹麦`)
    players: tuple  # a place right before one is a nationality (`中国选手`)
    place_words: tuple  # a place right after one is a place (`在美国`)
    countries: frozenset  # `data/countries.tsv`: for a body named without its state (`内阁`)
    # `data/country_short_forms.tsv`: a country's one-character form (`俄`) → the country (`俄罗斯`)
    short_forms: Mapping[str, str]
    country_starts: Mapping[str, tuple[str, ...]]  # the countries by first character
    frame_ends: tuple  # what closes a preposition's frame (`以…名义`): `以` there is no `以色列`
    verbs: frozenset  # no name opens with one (`办好社区党校`: `data/org_function_words.tsv`)
    class_nouns: frozenset  # a name of one of these alone names a class of bodies (`保险公司`)
    verb_starts: Widths  # their widths by first character
    country_ends: Widths  # their widths by last character
    # ordinary words that run over the first or last character of a listed name
    # (`农业农村部门` over `农业农村部`): by that character, the part outside the name
    overrunning: frozenset
    # posts that start on a name's last character (`外交部长`, `市公安局长`): by that
    # character, the rest of the post; the name ends before the post (`grammar.Article.titled`)
    titles: Mapping[str, tuple[str, ...]]
    post_classes: tuple  # words after a post that make it a class of posts (`部长会议`, `部长级`)
    market_words: tuple  # after a body of states, a market (`对欧盟出口`)
    weak_heads: frozenset  # one-character heads a proper noun before does not make a name (`所`, `部`)
    post_prefixes: tuple  # words that open a post (`副部长`, `代理署长`): no body ends before them on the post
    words_before: Widths
    words_after: Mapping[str, tuple[str, ...]]
    sites: tuple[str, ...]  # buildings and places named after a body (`大礼堂`, `广场`), longest first

    def entry(self, word: str) -> tuple[Suffix | None, Alias | None, re.Pattern | None]:
        """A word of `searched`: its suffix, its alias, the pattern of words that cancel the suffix."""
        found = self.entries.get(word)
        if found is None:
            alias = self.aliases.get(word)
            if alias is None:
                alias = self.gazetteer[word] if word in self.gazetteer else self.local_forms.get(word)
            found = self.entries[word] = (self.suffixes.get(word), alias, self.false_overlaps.get(word))
        return found


def _suffix(row: str) -> Suffix:
    word, kind, cls, bare, full = row.split("\t")
    return Suffix(word, cast(OrgKind, kind), cls, bare, full)


def _overlaps(suffix: str, word: str) -> list[int]:
    """Offsets (word start − suffix start) at which `word` contains `suffix` and more.

    Only a word that holds the whole suffix cancels it: `局面` cancels `局` but not the
    `教育局` of `教育局面向社会`."""
    if len(word) <= len(suffix):
        return []
    out = []
    at = word.find(suffix)
    while at >= 0:
        out.append(-at)
        at = word.find(suffix, at + 1)
    return out[::-1]


def _overlap_source(groups: Mapping[tuple[int, int], Iterable[str]]) -> str:
    """The source of one pattern that matches, at a suffix's start, wherever one of its false words
    (`干部` for `部`: offset −1) lies over it: the word's part before the suffix as a
    lookbehind, the rest as a lookahead. Matching it is one call instead of a slice and
    a set lookup per (offset, width) group; `re` lookbehinds read before `pos`."""
    branches = []
    for (offset, _), words in sorted(groups.items()):
        for word in sorted(words):
            if offset <= 0:
                before, after = word[:-offset], word[-offset:]
                branches.append((f"(?<={re.escape(before)})" if before else "") + f"(?={re.escape(after)})")
            else:  # a post after the suffix's first characters (`部长` over `组织部`)
                branches.append(f"(?=.{{{offset}}}{re.escape(word)})")
    return "|".join(branches)  # compiled with re.DOTALL


@functools.cache
def _parts() -> dict[str, Any]:
    """`parts()` as packaged in `data/prebuilt.bin`, or built from the data files that changed since."""
    from .. import prebuilt

    return prebuilt.value("org_vocabulary", parts)


def parts() -> dict[str, Any]:
    """The vocabulary's plain values (strings, and sets, tuples and dicts of them),
    built from the data files (`lexicon` checks their closed columns: kinds, classes, roles).
    Packaged in `data/prebuilt.bin` (`scripts/build_prebuilt.py`): reading and deriving them
    was ~30 ms of a fresh process's first call; `vocabulary` makes the few objects from them."""
    columns = _gazetteer_columns_from_files()
    row = columns[4]
    local_raw = _local_forms_raw(columns)
    company_rows = _company_form_rows(row)
    # each suffix's row as one string, its `Suffix` made when a page has it (~440 objects)
    suffix_rows: dict[str, str] = {}
    for word, kind, cls, *rest in lexicon.rows("org_suffixes", columns=3):
        bare = rest[0] if rest else "-"
        full = rest[1] if len(rest) > 1 else ""
        suffix_rows[word] = "\t".join((word, kind, cls, bare, full))
    alias_rows = tuple(tuple(fields) for fields in lexicon.rows("org_aliases", columns=3))
    stops: dict[str, set[str]] = {}
    for word, why in lexicon.rows("org_stop", columns=2):
        stops.setdefault(why, set()).add(word)
    false_words = stops.get("false", set()) | stops.get("site", set()) | _places_ending_like_heads(suffix_rows)
    overlaps = {}
    # the false words by each of their characters, the common nouns by their first: a
    # suffix is read against those that can overlap it
    false_by_char: dict[str, set[str]] = {}
    for word in false_words:
        for char in set(word):
            false_by_char.setdefault(char, set()).add(word)
    nouns_by_first: dict[str, set[str]] = {}
    for word in stops.get("tail", set()) | stops.get("generic", set()):
        if len(word) > 1:
            nouns_by_first.setdefault(word[0], set()).add(word)
    for suffix in suffix_rows:
        groups: dict[tuple[int, int], set[str]] = {}
        for word in false_by_char.get(suffix[0], ()):
            for offset in _overlaps(suffix, word):
                groups.setdefault((offset, len(word)), set()).add(word)
        # `各县农业农村部门`: a common noun that starts on the suffix's last character
        # (no `农业农村部` there), or a group word (`召回部分车辆`: no `召回部`); a post
        # that does is a title (`titles`)
        for word in nouns_by_first.get(suffix[-1], ()):
            groups.setdefault((len(suffix) - 1, len(word)), set()).add(word)
        if groups:
            overlaps[suffix] = _overlap_source(groups)
    # a hand-written alias, a company's form (where neither the gazetteer nor a local form gives it),
    # a gazetteer surface, a local form: every word the automaton finds besides the suffixes
    alias_words = {word for word, *_ in alias_rows} | {
        form for form, _ in company_rows if form not in row and form not in local_raw}
    searched = tuple(sorted(suffix_rows.keys() | alias_words | row.keys() | local_raw.keys()))  # the same each build
    boundaries: dict[str, set[str]] = {}
    for word, kind in lexicon.rows("org_boundaries", columns=2):
        boundaries.setdefault(kind, set()).add(word)
    prefix_rows = tuple(tuple(fields) for fields in lexicon.rows("org_prefixes", columns=3))
    # a gazetteer name wins over a prefix spelled the same; a country opens a foreign
    # body's name (`白俄罗斯外交部`) as a region does a Chinese one, spelled as written
    # (word → "country", "prefix" or "" for a gazetteer name: `vocabulary` makes the `Prefix`)
    region_words: dict[str, str] = {word: "country" for word in countries() if len(word) <= LONGEST_REGION}
    region_words.update((word, "prefix") for word, *_ in prefix_rows if len(word) <= LONGEST_REGION)
    region_words.update((name, "") for name in _regions.by_name() if len(name) <= LONGEST_REGION)
    # Taiwan's municipalities and counties, which the division gazetteer does not list,
    # open a body's name as written (`台南市政府劳工局`, `高雄市政府交通局`)
    region_words.update((word, "country") for word in _taiwan_places())
    # hand-written boundaries, and the function words of jieba's dictionary (`否则`, `这些`)
    function_words, function_classes = lexicon.columns("org_function_words", 2)
    strict = frozenset(boundaries.get("strict", ())) | frozenset(
        word for word, cls in zip(function_words, function_classes, strict=True) if cls != "verb") | _day_words()
    names = frozenset(boundaries.get("name", ()))
    verbs = [word for word, cls in zip(function_words, function_classes, strict=True) if cls == "verb"]
    generic, honours = frozenset(stops.get("generic", ())), frozenset(stops.get("honour", ()))
    roles = words_by_role("org_words", ORG_WORD_ROLES)
    overrunning = false_words | stops.get("tail", set())
    # (`titles`, `words_after`: longest first, then in character order, the same each build)
    # after a listed name only a common noun it starts cancels it (`农业农村部门`); a false
    # word of its last character does not (`党的` of `中国共产党的`)
    runs_on = stops.get("tail", set()) | stops.get("site", set())
    titles: dict[str, set[str]] = {}
    for word in stops.get("post", set()):
        titles.setdefault(word[0], set()).add(word[1:])
    after: dict[str, set[str]] = {}
    for word in runs_on:
        after.setdefault(word[0], set()).add(word[1:])
    return {
        "gazetteer": columns, "local_forms": local_raw, "company_forms": company_rows,
        "suffix_rows": suffix_rows, "alias_rows": alias_rows, "prefix_rows": prefix_rows,
        "searched": searched, "false_overlaps": overlaps, "regions": region_words,
        "award": _alternation(stops.get("award", set())), "title": _alternation(stops.get("title", set())),
        "post": _alternation(stops.get("post", set())),
        # the plain fields of `Vocabulary`, as they are
        "fields": dict(
            strict=strict, names=names, generic=generic, honours=honours,
            classifiers=frozenset(stops.get("classifier", ())),
            region_ends=frozenset(word[-1] for word in region_words),
            region_pairs=widths_by(region_words, slice(-2, None), LONGEST_REGION, shortest=2),
            strict_widths=widths_by(strict, -1, LONGEST_WORD), name_chars=frozenset("".join(names)),
            generic_ends=widths_by(generic, -1, LONGEST_WORD), generic_starts=widths_by(generic, 0, LONGEST_WORD),
            honour_starts=widths_by(honours, 0, LONGEST_WORD, shortest=2),
            branches=frozenset(roles["branch"]), coordinators=frozenset(roles["coordinator"]),
            townships=roles["township"], villages=roles["village"],
            not_numbered_school=roles["not_numbered_school"],
            party_prefixes=tuple(word for word, role in {word: role for word, role, _ in prefix_rows}.items()
                                 if role == "party"),
            team_heads=frozenset(roles["team"]), team_words=tuple(sorted(roles["team_word"], key=len, reverse=True)),
            congress_next=roles["congress_next"], people=frozenset(roles["people"]),
            match_words=roles["match_word"] + roles["match_verb"] + roles["player"],
            match_verbs=roles["match_verb"], players=roles["player"], place_words=roles["place_word"],
            countries=countries(), country_starts=_by_first(countries()),
            short_forms={form: country for form, country, *_ in lexicon.rows("country_short_forms", columns=2)},
            frame_ends=roles["frame_end"], country_ends=widths_by(countries(), -1, LONGEST_REGION, shortest=2),
            verbs=frozenset(verbs), verb_starts=widths_by(verbs, 0, LONGEST_WORD, shortest=2),
            class_nouns=lexicon.words("org_class_nouns"),
            overrunning=frozenset(overrunning),
            titles={ch: tuple(sorted(sorted(rests), key=len, reverse=True)) for ch, rests in titles.items()},
            post_classes=roles["post_class"], post_prefixes=roles["post_prefix"], market_words=roles["market_word"],
            weak_heads=lexicon.words("org_weak_heads"),
            words_before=widths_by(overrunning, -1, LONGEST_WORD, shortest=2),
            words_after={ch: tuple(sorted(sorted(rests), key=len, reverse=True)) for ch, rests in after.items()},
            sites=tuple(sorted(sorted(stops.get("site", ())), key=len, reverse=True))),
    }


def _places_ending_like_heads(suffix_rows: Mapping[str, str]) -> set[str]:
    """Foreign places whose name ends on a head (`data/place_names.tsv`: `莫斯科`, `巴马科`):
    `新华社莫斯科4月20日电` (heldout28, heldout33 wire_news) names the city, no section (`科`) of
    the agency; `联合国秘书长科菲·安南` is a person's name (`_TRANSLITERATED`)."""
    found = set()
    for name, kind, *_ in lexicon.rows("place_names", columns=2):
        if kind in _FOREIGN_PLACES and any(name.endswith(head) and len(name) > len(head) for head in suffix_rows):
            found.add(name)
    return found


_FOREIGN_PLACES = ("foreign_city", "country", "world_region")


def _by_first(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Words by their first character, each character's in sorted order (the same each build)."""
    out: dict[str, list[str]] = {}
    for word in sorted(words):
        out.setdefault(word[0], []).append(word)
    return {first: tuple(group) for first, group in out.items()}


def _day_words() -> frozenset[str]:
    """The dates' day words (`data/date_words.tsv`, roles day and day_strict: `明日`, `今天`,
    `前日`): a name ends before one, as a clause does (`勞工局明日辦就博會` heldout27/taiwan_news,
    `經科局明日辦招聘會` heldout16/macau_news: 辦 is the verb, no unit `明日辦`)."""
    return frozenset(word for word, role, _ in lexicon.rows("date_words", columns=3) if role in ("day", "day_strict"))


def _alternation(words: set[str]) -> str:
    # `re`, not `regex`: a plain alternation of words searches ~2× faster there
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


@functools.cache
def vocabulary() -> Vocabulary:
    """The data files read once, from their packaged parts (`parts`); false overlaps are
    compiled per suffix, when a page first meets the suffix, so that checking a suffix hit is
    one pattern match."""
    plain = _parts()
    suffixes: LazyTable[Suffix] = LazyTable(plain["suffix_rows"], _suffix)
    aliases = {word: Alias(word, cast(OrgKind, kind), template) for word, kind, template in plain["alias_rows"]}
    # the gazetteer's rows, then forms read only on a paper of their place; a hand-written
    # alias wins where both give a surface. A gazetteer row wins over a form; it is read
    # from the gazetteer where no hand-written alias gives its surface (`Vocabulary.entry`)
    # (the forms as a lazy table, beside the dict: `entry` reads the dict, the gazetteer,
    # then the forms, so a form is made only when a page has it)
    listed, local = gazetteer(), local_forms()
    for word, alias in company_forms().items():
        if word not in listed and word not in local:  # a local form wins over a company's
            aliases.setdefault(word, alias)
    for word in local.keys() & aliases.keys():
        written = aliases[word]
        if word not in listed and not written.local:
            # `市政府`: a Taiwan city's own government on its paper, a mainland city's
            # people's government elsewhere (the hand-written alias, under scope "")
            alias = local[word]
            aliases[word] = replace(alias, local=alias.local + (("", written),))
    prefixes = {word: Prefix(word, role, template) for word, role, template in plain["prefix_rows"]}
    regions = {word: (None if role == "" else prefixes[word] if role == "prefix" else Prefix(word, role, word))
               for word, role in plain["regions"].items()}
    return Vocabulary(
        searched=plain["searched"], suffixes=suffixes, aliases=aliases, gazetteer=listed,
        local_forms=local, entries={},
        false_overlaps=LazyTable(plain["false_overlaps"], lambda source: compile_pattern(source, re.DOTALL)),
        prefixes=prefixes, regions=regions,
        award=compile_pattern(plain["award"]), title=compile_pattern(plain["title"]),
        post=compile_pattern(plain["post"]), **plain["fields"])
