"""Organizations: a name grammar read right to left from a suffix.

A name is an optional region chain (gazetteer names, relative prefixes such as
`市`/`省`/`我市`, `中共`), then one or more links `body + suffix` (`万柏林区` +
`市场监督管理局` + `社儿坪` `中队`). One Aho-Corasick pass over the article finds
every suffix and alias (`org_lexicon.py`); each suffix then extends to the left,
looking up regions, boundary and stop words around it, until a boundary (a function
word or verb, punctuation, a digit). The names found are spelled out in full by
`org_canonical.py`.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Sequence

from . import regions as _regions
from ..context import Context
from ..text.overlaps import choose
from ..models import DateMention, Home, Organization
from .canonical import canonical_name, canonical_names, opens_with_place, page_places
from .parsed import Link, Parsed, RegionToken
from .vocabulary import Alias, Suffix, vocabulary
from ..text.offsets import ArticleText
from ..text.rules import SENTENCE_END, SENTENCE_END_CHAR

MAX_BODY = 12  # characters of one link's body; longer means the scan ran into a clause
MAX_NAME = 40
# one-character suffixes inside a body that fail to own it (`局` of `邮局`); more means a
# run of suffixes (`局局局…`), read no further
_MAX_FAILED_HEADS = 2


# `太原市第十九中` names a school by its number; `其中`, `初中` do not start with 第.
_NUMBERED_SCHOOL = re.compile(r"第[〇零一二三四五六七八九十百\d]{1,4}中(?![学心国央队])")
_SHAPE_SCHOOL = Suffix("中", "institution", "shape", "local", "中学")
# 《…》 is a title: names inside belong to the title (`《太原市村(社区)标识牌…》`).
_TITLE = re.compile(r"《[^》\n]{0,80}》")
_CLAUSE_END = SENTENCE_END  # a name's reach stops at a sentence end (text/rules.py)
_CLAUSE_END_CHAR = SENTENCE_END_CHAR
_AWARD_REACH = 40


def _by_end(longest: dict[int, tuple[int, Suffix]]) -> dict[int, list[tuple[int, Suffix]]]:
    """The suffix hits, given as start → (end, suffix), by where they end: (start,
    suffix) ordered by start (longest first)."""
    out: dict[int, list[tuple[int, Suffix]]] = {}
    for start, (end, suffix) in longest.items():
        if end in out:
            out[end].append((start, suffix))
        else:
            out[end] = [(start, suffix)]
    for hits in out.values():
        if len(hits) > 1:
            hits.sort()  # by start: one hit per start, so the suffixes are never compared
    return out


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "〇"


class _Article:
    """The suffixes of one article, the parser that reads leftwards from them, and
    lookups of the words around them (constant work per position)."""

    def __init__(self, text: str):
        self.text = text
        self.vocabulary = vocab = vocabulary()
        self.aliases: list[tuple[int, int, Alias]] = []
        self.alias_at: dict[int, Parsed] = {}  # `农行` of `农行洛阳分行`, by where it ends
        self._memo: dict[tuple[int, str], Parsed | None] = {}
        self._regions: dict[int, RegionToken | None] = {}
        self._edges: dict[int, bool] = {}
        self.owned: dict[tuple[int, int], str] = {}  # a short name → the full one the page gives
        # the longest suffix starting at each place: `社` is no suffix where `社区` starts
        # at the same place (`“友好社区”`, `老龄化社区`)
        longest: dict[int, tuple[int, Suffix]] = {}
        # every suffix and alias, overlaps included, read from the end of the article
        # (`Vocabulary.mirror`): a word ending at reversed index `at` starts at `last - at`
        last = len(text) - 1
        for at, (width, suffix, alias, false) in vocab.mirror.iter(text[::-1]):
            start = last - at
            end = start + width
            if suffix is not None and (start not in longest or longest[start][0] < end):
                # `干部` (not `部`), `驿站`, `大学生`, `便民服务大厅`, `开元社区中心花园`: part of an
                # ordinary word that overlaps the suffix without lying inside it
                if false is None or false.match(text, start) is None:
                    longest[start] = (end, suffix)
            if alias is not None:
                self.aliases.append((start, end, alias))
                known = self.alias_at.get(end)
                if known is None or known.start < start:  # the shortest alias ending there
                    self.alias_at[end] = Parsed(start, end, (), (), alias)
        if "中" in text:
            for match in _NUMBERED_SCHOOL.finditer(text):
                start, end = match.span()
                if start not in longest or longest[start][0] < end:
                    longest[start] = (end, _SHAPE_SCHOOL)
        self.suffixes: dict[int, list[tuple[int, Suffix]]] = _by_end(longest)
        self.title_spans = [(m.start(), m.end()) for m in _TITLE.finditer(text)] if "《" in text else []
        self._has_award: bool | None = None

    def region_at(self, q: int) -> RegionToken | None:
        """The longest region name or name prefix ending at q."""
        if q in self._regions:
            return self._regions[q]
        if q <= 0 or self.text[q - 1] not in self.vocabulary.region_ends:
            return None
        text, words = self.text, self.vocabulary.regions
        found = None
        for width in self.vocabulary.region_pairs.get(text[q - 2:q], ()) if q >= 2 else ():
            if width <= q and text[q - width:q] in words:
                found = RegionToken(q - width, q, text[q - width:q], words[text[q - width:q]])
                break
        if found is None and text[q - 1] in words:  # a one-character prefix: `市`
            found = RegionToken(q - 1, q, text[q - 1], words[text[q - 1]])
        self._regions[q] = found
        return found

    def generic_after(self, pos: int, limit: int) -> int:
        """The end of the longest generic word starting at pos and ending by limit, else pos."""
        if pos >= limit:
            return pos
        generic, text = self.vocabulary.generic, self.text
        for width in self.vocabulary.generic_starts.get(text[pos], ()):
            if width <= limit - pos and text[pos:pos + width] in generic:
                return pos + width
        return pos

    def generic_before(self, q: int) -> bool:
        if q <= 0:
            return False
        generic, text = self.vocabulary.generic, self.text
        for width in self.vocabulary.generic_ends.get(text[q - 1], ()):
            if width <= q and text[q - width:q] in generic:
                return True
        return False

    def honour_at(self, pos: int) -> bool:
        text = self.text
        if pos >= len(text):
            return False
        honours = self.vocabulary.honours
        for width in self.vocabulary.honour_starts.get(text[pos], ()):
            if text[pos:pos + width] in honours:
                return True
        return False

    def in_title(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a 《…》 title. Titles do not overlap, so
        only the last one starting by `start` can hold it."""
        k = bisect.bisect_right(self.title_spans, (start, len(self.text) + 1)) - 1
        return k >= 0 and end <= self.title_spans[k][1]

    def has_award(self) -> bool:
        """Whether the article uses an award word at all (`获评`), looked up once on first use."""
        if self._has_award is None:
            self._has_award = self.vocabulary.award.search(self.text) is not None
        return self._has_award

    # ------------------------------------------------------------ boundaries
    def is_edge(self, q: int) -> bool:
        """Whether a name may start at `q`: text start, punctuation, or a boundary word before it.

        The word lookups are memoised: every suffix reads up to MAX_BODY characters
        leftwards, so a run of suffixes (`局局局…`) asks about each position a dozen times."""
        if q <= 0:
            return True
        last = self.text[q - 1]
        if not _is_name_char(last):
            return True
        widths = self.vocabulary.strict_widths.get(last)
        if widths is None:
            return False  # no boundary word ends with this character
        found = self._edges.get(q)
        if found is None:
            found = self._edges[q] = self._boundary_word_before(q, widths)
        return found

    def _boundary_word_before(self, q: int, widths: tuple[int, ...]) -> bool:
        text, strict = self.text, self.vocabulary.strict
        for width in widths:
            if width <= q and text[q - width:q] in strict and not (width == 1 and self._protected(q - 1)):
                return True
        return False

    def _protected(self, at: int) -> bool:
        """A one-character boundary inside an ordinary word (`和` of `和平`) is no boundary."""
        names, text = self.vocabulary.names, self.text
        if text[at] not in self.vocabulary.name_chars:
            return False
        for width in range(2, 5):
            for start in range(max(0, at - width + 1), at + 1):
                if text[start:start + width] in names:
                    return True
        return False

    # ------------------------------------------------------------ parsing
    def parse(self, start: int, suffix: Suffix, depth: int = 0) -> Parsed | None:
        """The name whose last link has `suffix` at [start, …), read leftwards.

        Memoised per (position, suffix); names are parsed left to right, so a head is
        usually known already and a run of suffixes (`局局局…`) costs constant work
        per position."""
        key = (start, suffix.word)
        if key not in self._memo:
            end = start + len(suffix.word) if suffix.cls != "shape" else None
            self._memo[key] = self._link(start, end, suffix, depth)
        return self._memo[key]

    def _link(self, s: int, e: int | None, suffix: Suffix, depth: int) -> Parsed | None:
        text = self.text
        if e is None:  # a shape suffix (第十九中): its match is the whole link
            e = s + 1
            while e < len(text) and text[e - 1] != "中":
                e += 1
        q, n, failed = s, 0, 0
        empty_ok = suffix.cls in ("dept", "attached", "shape")
        suffixes, alias_at, region_ends = self.suffixes, self.alias_at, self.vocabulary.region_ends
        strict_ends = self.vocabulary.strict_widths
        while True:
            if q <= 0:
                return self._close(q, s, e, suffix, ())
            # another link ends here: `管理局` before `社儿坪中队`
            if depth < 6 and q in suffixes:
                for hs, hit in suffixes[q]:
                    if not (n > 0 or empty_ok or len(hit.word) > 1):
                        continue
                    if hit.cls == "place" and self._zone_at(q, hs):
                        continue  # `高新区管委会`: the home city's zone, read as a region below
                    head = self.parse(hs, hit, depth + 1)
                    if head is not None and self._valid_head(head, hit):
                        return self._extend(head, Link(q, s, e, suffix))
                    if len(hit.word) > 1 and hit.cls != "place" and n > 0:
                        # `依托社区党群服务中心`: a generic `社区` with no name of its own
                        return None
                    failed += 1
                    if failed > _MAX_FAILED_HEADS:
                        # `局局局…`: a body made of suffixes that own nothing is no body
                        return None
            if q in alias_at and (n > 0 or suffix.cls != "unit"):
                return self._extend(alias_at[q], Link(q, s, e, suffix))
            ch = text[q - 1]
            token = self.region_at(q) if ch in region_ends else None  # no region ends with most characters
            if token is not None:
                width = token.end - token.start
                if token.prefix is None or width > 1:
                    if n == 0 and suffix.cls == "unit" and self._names_body(token):
                        # `朝阳社区`, `山西大学`, `中国银行`: a short name is the body
                        q, n = token.start, n + width
                        continue
                    chain = self._region_chain(token)
                    parent = self._parent_before(chain[0].start, depth)
                    if parent is not None:
                        # `…股份有限公司太原市分公司`, `绵阳市公安局游仙区分局`: a region
                        # between two links names the branch
                        return self._extend(parent, Link(chain[0].start, s, e, suffix))
                    return self._close(q, s, e, suffix, chain)
                if self._lone_prefix(token) and ((n == 0 and empty_ok) or self.is_edge(token.start)):
                    return self._close(q, s, e, suffix, self._region_chain(token))
            if ch == "”" and n == 0:
                # `“共享儿女”志愿服务队`: a quoted name right before its suffix
                opening = text.rfind("“", max(0, q - 16), q - 1)
                if opening < 0 or "\n" in text[opening:q]:
                    return self._close(q, s, e, suffix, ())
                q, n = opening, n + (q - opening)
                continue
            if ch == "—" and n > 0 and suffix.kind in ("institution", "company"):
                brand = self._brand_before(q)
                if brand is not None:
                    return self._close(brand, s, e, suffix, ())
            if ch == "和" and n > 0 and not self._protected(q - 1) and self._and_inside(q):
                q, n = q - 1, n + 1  # `规划和自然资源局`: 和 inside a department name
                continue
            # `is_edge`, asked only where it may hold: most of a body is common Han
            # characters that end no boundary word, where it is false
            if (n == 0 and suffix.cls == "dept") or (
                    (ch in strict_ends or not "\u4e00" <= ch <= "\u9fff") and self.is_edge(q)):
                # a department name stands alone unless a region or a parent precedes
                # it (`各地教育局` is `教育局` after a generic word)
                return self._close(q, s, e, suffix, ())
            q, n = q - 1, n + 1
            if n > MAX_BODY:
                return None

    def _parent_before(self, q: int, depth: int) -> Parsed | None:
        """A complete name ending at q that can own the link after it."""
        if depth >= 6:
            return None
        alias = self.alias_at.get(q)
        for hs, hit in self.suffixes.get(q, ()):
            if hit.cls in ("place", "attached"):
                continue
            head = self.parse(hs, hit, depth + 1)
            if head is not None and self._valid_head(head, hit) and len(hit.word) > 1:
                # `中国人民银行温州市分行`: the whole name, not the alias `人民银行` inside it
                return head if alias is None or head.start < alias.start else alias
        return alias

    def _zone_at(self, q: int, start: int) -> bool:
        """Whether a development-zone prefix (`高新区`) covers the place suffix [start, q)."""
        token = self.region_at(q)
        return (token is not None and token.prefix is not None and token.prefix.role == "home-zone"
                and token.start <= start)

    def _lone_prefix(self, token: RegionToken) -> bool:
        """A one-character prefix (`市`, `区`) that is not part of a list of levels or
        a generic word: `各县区委组织部`, `省市县三级`, `市级三甲医院` name no one body."""
        if self.generic_after(token.start, token.start + 2) > token.start:
            return False  # `市级三甲医院`, `市里大医院`
        if token.start == 0:
            return True
        before = self.text[token.start - 1]
        return not (before in self.vocabulary.prefixes and len(before) == 1)

    def _names_body(self, token: RegionToken) -> bool:
        """A short region name (`朝阳`, `山西`) or `中国` right before a suffix is the
        name itself; a full one (`涪城区人民法院`) is its region."""
        if token.prefix is not None:
            return token.prefix.role == "national"
        return not any(r.name == token.word for r in _regions.by_name().get(token.word, ()))

    def _brand_before(self, q: int) -> int | None:
        """`龙城幼教——凯森幼儿园`: a short brand joined by a dash to the name it owns.
        The brand must stand alone (a boundary before it); `他说——XX小学` has none."""
        if q < 2 or self.text[q - 2:q] != "——":
            return None
        r = q - 2
        while r > 0 and q - 2 - r < 7 and _is_name_char(self.text[r - 1]) and not self.is_edge(r):
            r -= 1
        width = q - 2 - r
        if 2 <= width <= 6 and self.is_edge(r) and not self.is_edge(q - 2):
            return r
        return None

    def _and_inside(self, q: int) -> bool:
        """`和` at q-1 inside a department name (`规划和自然资源局`): a short name part
        with a region right before it, as in `太原市规划和…`."""
        for width in range(2, 5):
            r = q - 1 - width
            if r < 0:
                break
            if not all(_is_name_char(c) for c in self.text[r:q - 1]):
                break
            if self.region_at(r) is not None:
                return True
        return False

    def _region_chain(self, token: RegionToken) -> tuple[RegionToken, ...]:
        """The region and the regions right before it (`山西省` `太原市`, `中共` `太原市`)."""
        chain = [token]
        q = token.start
        while True:
            before = self.region_at(q)
            if before is None or before.end - before.start < 2:
                break
            chain.insert(0, before)
            q = before.start
        return tuple(chain)

    def _close(self, q: int, s: int, e: int, suffix: Suffix, chain: tuple[RegionToken, ...]) -> Parsed | None:
        if q == s and suffix.cls == "unit" and (
                not chain or (len(suffix.word) < 3 and suffix.bare != "named" and not suffix.full)):
            # `银行网点`, `社区工作人员`: a head with no name; `市中心`, `太原市社区`:
            # a place and a common noun (`县人民医院`, `任城区法院`, `襄阳市中院` are names)
            return None
        if suffix.cls == "attached" and not chain and q == s:
            return None  # `党委` alone: whose?
        return Parsed(chain[0].start if chain else q, e, chain, (Link(q, s, e, suffix),))

    @staticmethod
    def _extend(head: Parsed, link: Link) -> Parsed | None:
        if link.end - head.start > MAX_NAME:
            return None
        return Parsed(head.start, link.end, head.regions, head.links + (link,), head.alias)

    def _valid_head(self, head: Parsed, suffix: Suffix) -> bool:
        """Whether a parsed name can own the next link. A one-character head (`社` of
        `社儿坪中队`, `所` of `二〇七所社区`) needs a region or a parent of its own."""
        last = head.links[-1]
        if suffix.cls == "unit" and last.start == last.suffix_start and not head.regions and len(head.links) == 1:
            return False
        if len(suffix.word) == 1 and suffix.cls == "unit" and not head.regions and len(head.links) == 1:
            return False
        if suffix.cls == "attached" and not head.regions and len(head.links) == 1:
            return False  # `西南科技大学`: `科` is no department of `西南`
        return True


def _find_candidates(doc: _Article, owner: "Callable[[str], str | None] | None" = None) -> list[Parsed]:
    """Every parse that reads as a name. `owner` gives the full name the page writes a
    short one under (`弋矶山医院` → `皖南医学院弋矶山医院`); such names go to `doc.owned`."""
    out: list[Parsed] = []
    for end, hits in sorted(doc.suffixes.items()):
        # only the longest suffix: `组建志愿服务队` is no `服务队` named `志愿`
        start, suffix = hits[0]
        if suffix.cls == "place":
            continue
        parsed = doc.parse(start, suffix)
        if parsed is None:
            continue
        # where a name with no region or alias starts once generic words are dropped
        name_start = _name_start(doc, parsed) if not parsed.regions and parsed.alias is None else parsed.start
        if _acceptable(doc, parsed, name_start):
            out.append(_trim_generic(parsed, name_start))
        elif owner is not None and _acceptable(doc, parsed, name_start, owned=True):
            trimmed = _trim_generic(parsed, name_start)
            full = owner(doc.text[trimmed.start:trimmed.end])
            if full is not None:
                out.append(trimmed)
                doc.owned[(trimmed.start, trimmed.end)] = full
    parsed_spans = {(p.start, p.end) for p in out}
    for start, end, alias in doc.aliases:
        # `人保财险` after a boundary; `全国人大` in `十四届全国人大` where the grammar read it too
        if doc.is_edge(start) or doc.region_at(start) is not None or (start, end) in parsed_spans:
            out.append(Parsed(start, end, (), (), alias))
    return out


def _first_body(parsed: Parsed) -> tuple[int, int]:
    link = parsed.links[0]
    return link.start, link.suffix_start


_NUMERALS = frozenset("0123456789零〇一二两三四五六七八九十百千万")


def _name_start(doc: _Article, parsed: Parsed) -> int:
    """Where the first body starts once a measure word after a number (`6家…`) and
    generic words (`全省性行业…`, `一些`) are dropped."""
    pos, body_end = _first_body(parsed)
    text = doc.text
    digits = pos
    while digits < body_end and text[digits] in _NUMERALS:
        digits += 1
    # `两所大学` counts schools; `二〇七所社区` is named after a number (three digits)
    counted = digits - pos <= 2 and (digits > pos or (pos > 0 and text[pos - 1] in _NUMERALS))
    if counted and digits < len(text) and text[digits] in doc.vocabulary.classifiers:
        pos = digits + 1
    while True:
        after = doc.generic_after(pos, body_end)
        if after == pos:
            break
        pos = after
    return pos


def _trim_generic(parsed: Parsed, pos: int) -> Parsed:
    """`一些社区` is no name; `全市XX医院` is `XX医院` (`pos`: its `_name_start`)."""
    if parsed.regions or parsed.alias is not None or pos == parsed.start:
        return parsed
    first = parsed.links[0]._replace(start=pos)
    return parsed._replace(start=pos, links=(first,) + parsed.links[1:])


def _acceptable(doc: _Article, parsed: Parsed, name_start: int, owned: bool = False) -> bool:
    """Whether a parse is a named organization rather than a generic group, a title or an honour.

    `name_start`: its `_name_start` (for a name with no region or alias).
    `owned`: the page names it under a parent elsewhere, so a generic-looking head is a name."""
    if parsed.end - parsed.start > MAX_NAME:
        return False
    if doc.title_spans and doc.in_title(parsed.start, parsed.end):
        return False  # inside 《…》
    first = parsed.links[0]
    if not parsed.regions and parsed.alias is None:
        if first.suffix.cls == "attached":
            return False
        body = first.suffix_start - name_start
        if first.suffix.cls == "unit" and body < 2:
            return False  # `各社区`, `市级行业党委`, `进社区`
        if doc.generic_before(parsed.start):
            return False  # `各地教育局`
        if first.suffix.cls == "dept" and len(parsed.links) == 1 and not doc.is_edge(parsed.start):
            return False  # `各县区委组织部`: a department of an owner that is no name
        if (not owned and len(parsed.links) == 1 and first.suffix.bare == "-" and doc.text[first.start] != "“"
                and not opens_with_place(doc.text[first.start:first.suffix_start], None)):
            # `研发中心`, `三级医院`, `问题办`: a generic head needs a region (`襄阳中院`),
            # a parent or a quoted name
            return False
        text = doc.text
        if parsed.start > 0 and text[parsed.start - 1] == "“" and parsed.end < len(text) and text[parsed.end] == "”":
            return False  # `打造“友好社区”`: a quoted slogan, not a name
    if doc.honour_at(parsed.start):
        return False
    if doc.has_award() and _awarded(doc, parsed):
        return False
    return True


def _awarded(doc: _Article, parsed: Parsed) -> bool:
    """`获得全国文明巾帼志愿服务阳光站…等荣誉称号`: a title given to a body is no body
    (asked only in an article that uses an award word, `_Article.has_award`)."""
    text = doc.text
    # the clause around the name, at most 40 characters either side
    floor = max(0, parsed.start - _AWARD_REACH)
    lo = max(floor, 1 + max(text.rfind(ch, floor, parsed.start) for ch in _CLAUSE_END))
    ceiling = min(len(text), parsed.end + _AWARD_REACH)
    end = _CLAUSE_END_CHAR.search(text, parsed.end, ceiling)
    hi = end.start() if end is not None else ceiling
    vocab = doc.vocabulary
    return bool(vocab.award.search(text, lo, parsed.start) and vocab.title.search(text, parsed.end, hi))


def _resolve_overlaps(candidates: list[Parsed]) -> list[Parsed]:
    """Longest first, then leftmost, then a known alias; a kept name blocks any overlapping
    one (the package's one overlap rule, `choose`). In text order."""
    return [kept[3] for kept in choose([(c.start, c.end, c.alias is None, c) for c in candidates])]


_OWNER_LOOKS = 3  # occurrences of a short name searched for its parent
_OWNER_BUDGET = 16  # short names per article looked up on the page: each lookup reads the page


def _owner_lookup(ctx: Context) -> "Callable[[str], str | None]":
    """`_owner_on_page` for one article, with a budget so that a page of many distinct
    generic heads (`甲研发中心`, `乙研发中心`, …) is not searched once per head."""
    budget = [_OWNER_BUDGET]

    def owner(name: str) -> str | None:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        return ctx.once(("owner", name), lambda: _owner_on_page(ctx.page, ctx.home, name))
    return owner


def _owner_on_page(page: str, home: Home, name: str) -> str | None:
    """The canonical name of a longer name that ends with `name` as its last link,
    somewhere on the page: `皖南医学院弋矶山医院` for `弋矶山医院`. Only a window before
    each of the first few occurrences is read, so a page full of `医院` stays linear."""
    at, looks = page.find(name), 0
    while at >= 0 and looks < _OWNER_LOOKS:
        looks += 1
        lo = max(0, at - MAX_NAME)
        doc = _Article(page[lo:at + len(name)])
        for parsed in _resolve_overlaps(_find_candidates(doc)):
            if (parsed.end == len(doc.text) and len(parsed.links) > 1 and parsed.links[-1].start == at - lo
                    and parsed.start < at - lo):
                return canonical_name(doc.text, parsed, home, None)
        at = page.find(name, at + len(name))
    return None


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = ()) -> tuple[Organization, ...]:
    """Every organization mention of the article, in text order."""
    doc = _Article(article.text)
    names = _resolve_overlaps(_find_candidates(doc, _owner_lookup(ctx) if ctx.page else None))
    if not names:
        return ()
    places = ctx.once("page_places", lambda: page_places(
        ctx.page, ctx.home.city, ctx.home.province,
        _regions.page_mentions(ctx.page) if ctx.page_regions is None else ctx.page_regions)) if ctx.page else None
    out = []
    for parsed, canonical, kind in canonical_names(doc.text, names, ctx.home, places, doc.owned):
        fields = article.mention_fields(parsed.start, parsed.end)
        out.append(Organization(**fields, canonical=canonical, kind=kind))
    return tuple(out)
