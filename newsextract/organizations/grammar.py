"""The name grammar: organization names read right to left from their suffixes.

A name is an optional region chain (gazetteer names, relative prefixes such as
`市`/`省`/`我市`, `中共`), then one or more links `body + suffix` (`万柏林区` +
`市场监督管理局` + `社儿坪` `中队`). One Aho-Corasick pass over the article finds
every suffix and alias (`Article`); the `Reader` then extends each suffix to the
left, one step at a time, looking up regions, boundary and stop words around it,
until a boundary (a function word or verb, punctuation, a digit) or a region ends
the name. Which of the names read are kept is `names.py`'s business.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from .. import lexicon
from ..anchors import Anchors
from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern
from ..text.rules import is_han
from . import regions as _regions
from .parsed import Link, Parsed, RegionToken
from .vocabulary import OWN_NAMED, TAIWAN_SHORT, Alias, Prefix, Suffix, vocabulary

MAX_BODY = 12  # characters of one link's body; longer means the scan ran into a clause
MAX_NAME = 40  # characters of a whole name, its region chain and every link
# Heads read before a link: a name has at most seven links (`山西省` `…局` `…分局`
# `…中队` has three); deeper is a run of suffixes (`局局局…`), read no further.
_MAX_HEAD_DEPTH = 6
# one-character suffixes inside a body that fail to own it (`局` of `邮局`); more means a
# run of suffixes (`局局局…`), read no further
_MAX_FAILED_HEADS = 2
# A quoted name before its suffix (`“共享儿女”志愿服务队`): its opening quote is at most
# this far before the suffix, so at most 14 characters stand between the quotes.
_QUOTE_REACH = 16
# The part of a name before `和` (`规划和自然资源局`) has two to four characters, of a government
# department's up to eight (`文化体育广播电视和旅游局`, `工业信息化和商务局`).
_AND = "和"
# `与` joins two names, except inside a foreign body's name after its country (`法国国家统计与经济
# 研究所` heldout15, heldout19 wire_news; the gazetteer's `美国电影艺术与科学学院`)
_WITH = "与"
# `及` joins two names, except inside a department of a Hong Kong, Macao or Taiwan government
# written after it (`縣府社會及勞動處` heldout50/taiwan_news, `縣府交通及觀光發展處` heldout44/taiwan_news),
# whose own names use it as the mainland's use `和` (`勞工及福利局`)
_ALSO = "及"
_ALSO_SCOPES = frozenset(("hk", "mo", "tw"))
_AND_PART_WIDTHS = range(2, 5)
_DEPARTMENT_AND_PART_WIDTHS = range(2, 9)
# Ordinary words that protect a one-character boundary inside them (`和平`) have two to
# four characters.
_NAME_WORD_WIDTHS = range(2, 5)
# A level word right after a one-character prefix (`市级`, `市里`) has two characters.
_LEVEL_WORD_WIDTH = 2
# A unit suffix of up to two characters without a full form (`社区`, `中心`) after a bare
# region is a common noun (`太原市社区`); longer ones (`人民医院`) make a name.
_COMMON_NOUN_WIDTH = 2
# A division (`统计处` of `財政部統計處`, `重案组` of `新界南總區重案組`) is read only as a unit
# of a body before it.
_DIVISION = "处"
_TEAM = "组"  # a team is one only under a known name (`新界南總區` + `重案組`), not a generic `党委中心组`
_DIVISIONS = frozenset((_DIVISION, _TEAM, "系"))
# A school's department (`经济系` of `复旦大学经济系`) is a division; a word of two characters that
# ends in it is no department (`大学关系`, `学院体系`, `大学派系`: the dictionary's last word).
_SCHOOL_DEPARTMENT = "系"
_DEPARTMENT_WINDOW = 8
# two-character words in `系` that are no department, ending a longer word (`中韩关系`, `教育体系`)
_SYSTEM_WORDS = frozenset(("关系", "体系", "联系", "派系", "水系", "星系", "语系", "谱系", "维系", "院系"))
_DASHES = "—–-"  # one joins two places into one body's name (`巴西—中国友好协会`)
# a place before a dash whose prefix is one of these joins it (a country's, a nation's own name)
_OWN_OR_NATIONAL = (*OWN_NAMED, "national")

# how a post that heads a body ends (`部长`, `局长`: the head of a `部`, a `局`)
_HEAD_POST_END = "长"
# A one-character head right before the rest of a foreign given name and its dot (`科` of
# `科菲·安南`, `联合国秘书长科菲·安南`) is that name's first syllable, no section of a body.
_TRANSLITERATED = compile_pattern(r"[\u4e00-\u9fff]{1,3}[·・•]")

# `太原市第十九中` names a school by its number, as a `中学`.
_SHAPE_SCHOOL = Suffix("中", "institution", "shape", "local", "中学")


@functools.cache
def _numbered_school() -> re.Pattern:
    """`第十九中`: `其中`, `初中` do not start with 第; `第十中心`, `第三中队` go on into
    another word (`data/org_words.tsv`, role not_numbered_school)."""
    head = _SHAPE_SCHOOL.word
    others = vocabulary().not_numbered_school
    wrong = [word for word in others if not word.startswith(head) or word == head]
    if wrong:
        raise lexicon.LexiconError(f"data/org_words.tsv: not_numbered_school words must go on after {head!r}: {wrong}")
    overrunning = vocabulary().overrunning

    def goes_on(word: str) -> str:
        # `中学` goes on after 第十九中, unless it is the start of a common noun (`中学子`: `学子`)
        rest = word[len(head):]
        nouns = sorted(w[len(rest) - 1 + 1:] for w in overrunning if w.startswith(rest) and len(w) > len(rest))
        return re.escape(rest) + (f"(?!{'|'.join(map(re.escape, nouns))})" if nouns else "")

    ahead = "|".join(goes_on(word) for word in others)
    return compile_pattern(rf"""
        (?: 第 [〇零一二三四五六七八九十百\d]{{1,4}}  # an ordinal number: 第十九, 第3
          | (?<![〇零一二三四五六七八九十百第]) [一二三四五六七八九十]{{1,3}} )  # 县一中: after a region (`Article`)
        {re.escape(head)}                        # the school's head
        {f"(?!{ahead})" if ahead else ""}    # not 中心, 中队, …
    """, re.VERBOSE)
# what every numbered school holds (`九中`, `3中`): a numeral right before its head; the
# school's own pattern opens with an alternation, which `re` enters at every character
_NUMBERED_HEAD = compile_pattern(rf"[〇零一二三四五六七八九十百\d]{re.escape(_SHAPE_SCHOOL.word)}")
# 《…》 is a title: names inside belong to the title (`《太原市村(社区)标识牌…》`); a
# `《` with no `》` on its line within this many characters opens none.
_LONGEST_TITLE = 80
_TITLE = compile_pattern(rf"《[^》\n]{{0,{_LONGEST_TITLE}}}》")


@functools.cache
def name_part_ends() -> frozenset[str]:
    """The characters an `Article`'s suffixes and aliases end with (`Vocabulary.searched`,
    the numbered school's head): every link of a name, and a known name before a link,
    ends with one."""
    return frozenset(word[-1] for word in vocabulary().searched) | {_SHAPE_SCHOOL.word[-1]}


@functools.cache
def _deciding_ends() -> frozenset[str]:
    """The characters where a step before `_one_more` may decide (`Reader._link`): a
    region's, a boundary word's or a mark's (`”`, `和`) last character."""
    vocab = vocabulary()
    return frozenset(vocab.region_ends) | frozenset(vocab.strict_widths) | frozenset(vocab.short_forms) | {
        "”", _AND, _WITH, _ALSO}


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


# The CJK Unified Ideographs block, where most characters of a name lie: a comparison
# with its ends is cheaper than asking `is_han`, which a body asks at every character.
_COMMON_HAN_FIRST, _COMMON_HAN_LAST = "\u4e00", "\u9fff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_latin_letter(ch: str) -> bool:
    """A letter or digit of a Latin name, half- or full-width (`IBM`, `ＳＫ`)."""
    return ch.isalnum() and (ch.isascii() or "\uff10" <= ch <= "\uff5a")


def _latin_bounded(text: str, start: int, end: int) -> bool:
    """A Latin acronym (`WHO`, `G20`) stands as a word of its own: no letter or digit
    touches it (`WHOLE`, `IMF2`)."""
    if not _is_latin(text[start]) and not _is_latin(text[end - 1]):
        return True
    return not ((start > 0 and _is_latin(text[start - 1]) and _is_latin(text[start]))
                or (end < len(text) and _is_latin(text[end]) and _is_latin(text[end - 1])))


def _is_name_char(ch: str) -> bool:
    """A Han character (`text/rules.py`): anything else ends a name on its left."""
    return _COMMON_HAN_FIRST <= ch <= _COMMON_HAN_LAST or is_han(ch)


# A township's head after a short listed name makes it the township's name (`清华镇`
# heldout39/county_news, `三星鄉` heldout40/taiwan_news): there, and wherever else its article
# writes it (`三星蔥`, `／三星報導`), it is that place, no `清华大学` or `三星公司`.
_TOWNSHIP_HEADS = frozenset("镇乡")


class Article:
    """The words of one article: where suffixes and aliases end, its 《…》 titles, and
    lookups of the words around a position (constant work per position, memoised)."""

    def __init__(self, text: str, scope: str | None = None, function_word_ends: dict[str, int] | None = None,
                 anchors: Anchors | None = None, date_ends: frozenset[int] = frozenset()):
        """`scope`: the home's scope (`hk`, `mo`, `tw`; None on the mainland), which says
        what a form read only at home names (`立法会`, `vocabulary.local_forms`).
        `function_word_ends`: `names._name_start`'s memo of a body's cut (its text → where
        its last function word ends, from its start), kept for the whole page when given.
        `anchors`: the text's one scan (`ArticleText.anchors`), made here when not given.
        `date_ends`: where the article's date mentions end (`is_edge`)."""
        self.text = text
        self.scope = scope
        self.date_ends = date_ends
        self.function_word_ends: dict[str, int] = {} if function_word_ends is None else function_word_ends
        self.vocabulary = vocab = vocabulary()
        self.aliases: list[tuple[int, int, Alias]] = []
        # where a post starts on a name's last character (`外交部长`, `市公安局长`): the
        # name's end → whether the post is one person's (True), or no body ends there: a
        # class of posts (`全国组织部长会议`, `部长级`), or a post that starts before that
        # character (`代表团团长`, `外经贸部副部长`: the name ends before `团长`, `副部长`) (False)
        self.titled: dict[int, bool] = {}
        self.alias_at: dict[int, Parsed] = {}  # `农行` of `农行洛阳分行`, by where it ends
        # the longest gazetteer name ending at each place, where it is longer than `alias_at`'s
        # (`欧洲中央银行` over `中央银行`, `中国东方航空` over `东方航空`)
        self.longer_listed: dict[int, Parsed] = {}
        self._regions: dict[int, RegionToken | None] = {}
        self._edges: dict[int, bool] = {}
        self._countries: dict[str, bool] = {}  # `names_country`, by country
        # the longest suffix starting at each place: `社` is no suffix where `社区` starts
        # at the same place (`“友好社区”`, `老龄化社区`)
        longest: dict[int, tuple[int, Suffix]] = {}
        # every suffix and alias, overlaps included, by start from the end of the article
        # (the article's one scan, `anchors.Anchors`)
        entries, entry = vocab.entries, vocab.entry
        for start, word in (anchors if anchors is not None else Anchors.of(text)).organization_words:
            end = start + len(word)
            suffix, alias, false = entries.get(word) or entry(word)
            if suffix is not None and (start not in longest or longest[start][0] < end):
                # `干部` (not `部`), `驿站`, `大学生`, `便民服务大厅`, `开元社区中心花园`: part of an
                # ordinary word that overlaps the suffix without lying inside it
                if (false is None or false.match(text, start) is None) and not (
                        end - start == 1 and _TRANSLITERATED.match(text, end)):
                    longest[start] = (end, suffix)
                    if text[end - 1] in vocab.titles:
                        self._title_after(end)
            if alias is not None and alias.local:
                # the home scope's body, else the mainland's where the form names one (`市政府`)
                by_scope = dict(alias.local)
                alias = by_scope.get(scope or "", by_scope.get(""))
            if alias is not None and _other_region_form(alias, scope, text):
                # `勞工處` on a Taiwan page is no Hong Kong department: the home's own, if any
                form = vocab.local_forms.get(word)
                alias = dict(form.local).get(scope or "") if form is not None else None
            if alias is not None:
                if alias.listed and not _latin_bounded(text, start, end):
                    continue  # `WHO` of `WHOLE`
                self.aliases.append((start, end, alias))
                known = self.alias_at.get(end)
                if known is None or known.start < start:  # the shortest alias ending there
                    self.alias_at[end] = Parsed(start, end, (), (), alias)
                if alias.listed and (end not in self.longer_listed or self.longer_listed[end].start > start):
                    self.longer_listed[end] = Parsed(start, end, (), (), alias)
        self._join_owned_listed()
        for start, end, alias in self.aliases:
            if alias.listed:
                # `西门子公司`: `子公司` starts inside the known name and runs past it; `公司` is its suffix
                for inside in range(start + 1, end):
                    if inside in longest and longest[inside][0] > end:
                        del longest[inside]
        if _NUMBERED_HEAD.search(text):
            for match in _numbered_school().finditer(text):
                start, end = match.span()
                if text[start] != "第" and self.region_at(start) is None:
                    continue  # `一中` names a school after a region only (`县一中`, `太原五中`)
                if start not in longest or longest[start][0] < end:
                    longest[start] = (end, _SHAPE_SCHOOL)
        # the suffixes by where they end: (start, suffix), longest first
        self.suffixes: dict[int, list[tuple[int, Suffix]]] = _by_end(longest)
        self.title_spans = [(m.start(), m.end()) for m in _TITLE.finditer(text)] if "《" in text else []
        self._has_award: bool | None = None

    def _join_owned_listed(self) -> None:
        """Two listed names that overlap, where the first's canonical opens the second's, are
        the second written with its owner: `香港特区政府` + `政府统计处` share `政府` in
        `香港特区政府统计处` (heldout20/macau_news, heldout47, heldout49 and heldout50/wire_news),
        one name, the department's."""
        listed = [(start, end, alias) for start, end, alias in self.aliases if alias.listed]
        by_end: dict[int, list[tuple[int, Alias]]] = {}
        for start, end, alias in listed:
            by_end.setdefault(end, []).append((start, alias))
        for start, end, alias in listed:
            for inside in range(start + 1, end):
                for first_start, first in by_end.get(inside, ()):
                    if first_start < start and alias.template.startswith(first.template) \
                            and len(alias.template) > len(first.template):
                        self.aliases.append((first_start, end, alias))
                        if end not in self.longer_listed or self.longer_listed[end].start > first_start:
                            self.longer_listed[end] = Parsed(first_start, end, (), (), alias)

    def _title_after(self, end: int) -> None:
        """Note a post that starts on the last character of a suffix ending at `end`."""
        text, vocab = self.text, self.vocabulary
        for rest in vocab.titles[text[end - 1]]:
            if text.startswith(rest, end):
                head = end - 1  # where the post starts
                opened = end >= 2 and text[end - 2] == text[head]  # `代表团团长`: 团 ends 代表团
                opened = opened or any(text.endswith(word, 0, head) for word in vocab.post_prefixes)
                # `部长`, `局长` head the body their first character ends (`农林部长`); a member's
                # post (`委员`, `院士`) heads none: `法律委员会副主任委员`, `中国工程院外籍院士`
                # name the body before it, no `委`/`院` of their own
                member = not rest.endswith(_HEAD_POST_END)
                self.titled[end] = not opened and not member and not text.startswith(
                    vocab.post_classes, end + len(rest))
                return

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
        if found is not None and found.prefix is not None and found.prefix.role == TAIWAN_SHORT and (
                self.scope != _TAIWAN):
            found = None  # `高市` is Kaohsiung on a Taiwan paper only (`提高市场`)
        if found is not None and self._coordinated_prefix(found):
            found = None  # `乡镇和县直学校`: `和` + the relative `县`, not the county 和县
        if found is None and text[q - 1] in words:  # a one-character prefix: `市`
            found = RegionToken(q - 1, q, text[q - 1], words[text[q - 1]])
        self._regions[q] = found
        return found

    def _coordinated_prefix(self, token: RegionToken) -> bool:
        """Whether a county named by a coordinator or a verb that governs a name and a
        relative prefix (`和县`, `会同县`) is that word and prefix: right after a word with no
        edge or region before it (`乡镇和县直学校` unseen_a/county_awards, `书记王志东和县委一班人`
        real 20190210-01-02, `县委和县政府`; `县应急管理局会同县市场监管局` heldout14 and
        heldout50/county_news), a second name opens with its own `县`; after an edge or a
        region it is the county (`在和县沈巷镇`, `，和县蔬菜` heldout8/economy_page)."""
        start, text, vocab = token.start, self.text, self.vocabulary
        word = text[start:token.end - 1]
        if (token.prefix is not None or start == 0 or text[token.end - 1] not in vocab.regions
                or not (word in vocab.coordinators or (len(word) > 1 and word in vocab.strict))):
            return False
        return _is_name_char(text[start - 1]) and not self.region_edge(start) and self.region_at(start) is None

    def short_form_at(self, q: int, end: int) -> RegionToken | None:
        """`俄` of `俄外交部`, `以` of `以国防部`: a country's one-character short form ending at
        q, before a state's organ ending at `end`. Chinese news names a country in full before
        it shortens it, and the one character is an ordinary word elsewhere (`日`, `美`, `以`),
        so it is the country only in an article that names the country in full, where no word
        runs into it from the left (`今日外务省`: `今日`), and, for a form that is also a
        preposition, outside that preposition's frame (`以国防部名义`)."""
        text, vocab = self.text, self.vocabulary
        at = q - 1
        country = vocab.short_forms.get(text[at]) if at >= 0 else None
        if country is None or not self.names_country(country):
            return None
        if at > 0 and _is_name_char(text[at - 1]) and not self.is_edge(at):
            return None
        if any(text.startswith(name, at) for name in vocab.country_starts.get(text[at], ())):
            return None  # `韩国会在…通过`: `韩国` + `会`, not `韩` + `国会`
        if text[at] in vocab.strict and text.startswith(vocab.frame_ends, end + (text.startswith("的", end))):
            return None
        return RegionToken(at, q, text[at], Prefix(text[at], "country", country))

    def names_country(self, country: str) -> bool:
        """Whether the article names `country` in full somewhere (`俄罗斯`, not `白俄罗斯`)."""
        found = self._countries.get(country)
        if found is None:
            found = False
            at = self.text.find(country)
            while at >= 0 and not found:
                token = self.region_at(at + len(country))
                found = token is not None and token.start == at
                at = self.text.find(country, at + 1)
            self._countries[country] = found
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
        """Whether a generic word (`各地`, `一些`) ends at q."""
        if q <= 0:
            return False
        generic, text = self.vocabulary.generic, self.text
        for width in self.vocabulary.generic_ends.get(text[q - 1], ()):
            if width <= q and text[q - width:q] in generic:
                return True
        return False

    def honour_at(self, pos: int) -> bool:
        """Whether an honour title (`文明单位`…) starts at pos."""
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

    @functools.cached_property
    def township_names(self) -> frozenset[str]:
        """The two characters before every township head of the article (`清华` of `清华镇`,
        `三星` of `三星乡`): `names._listed_stands` reads a short listed name written so as
        that place. One pass, on first use."""
        text = self.text
        return frozenset(text[at - 2:at] for at, ch in enumerate(text) if ch in _TOWNSHIP_HEADS and at >= 2)

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

    def region_edge(self, q: int) -> bool:
        """Whether a name may start at the region that starts at `q`: where any name may
        (`is_edge`), or right after a date, which ends there as a clause would: `中秋假期` +
        `县博物馆` (heldout39/county_news), `10月份` + `香港國際機場` (unseen_stats2/hongkong_jingji,
        `1月份` heldout31/hongkong_news). A date inside a name with no region after it stays (`五月花饭店`)."""
        return q in self.date_ends or self.is_edge(q)

    def _boundary_word_before(self, q: int, widths: tuple[int, ...]) -> bool:
        text, strict = self.text, self.vocabulary.strict
        for width in widths:
            if width <= q and text[q - width:q] in strict and not self.protected(q - 1):
                return True
        return False

    def protected(self, at: int) -> bool:
        """A boundary inside an ordinary word (`和` of `和平`, `组织` of `社会组织`) is no boundary."""
        names, text = self.vocabulary.names, self.text
        if text[at] not in self.vocabulary.name_chars:
            return False
        for width in _NAME_WORD_WIDTHS:
            for start in range(max(0, at - width + 1), at + 1):
                if text[start:start + width] in names:
                    return True
        return False


class _Reading:
    """One link being read leftwards: its suffix at [suffix_start, end) and the body
    read so far, [q, suffix_start), `body` characters. The steps move it (`move_to`)
    and count the failed heads."""

    __slots__ = ("suffix_start", "end", "suffix", "depth", "q", "body", "failed_heads", "body_optional")

    def __init__(self, start: int, end: int, suffix: Suffix, depth: int):
        self.suffix_start, self.end, self.suffix, self.depth = start, end, suffix, depth
        self.q, self.body = start, 0
        self.failed_heads = 0
        # a department (`组织部`), a body attached to a region (`市` + `委`) or a numbered
        # school is a link even with nothing before its suffix
        self.body_optional = suffix.cls in ("dept", "attached", "shape")

    def move_to(self, q: int) -> None:
        """Read the body on from `q`."""
        self.q, self.body = q, self.suffix_start - q

    def link(self, start: int | None = None) -> Link:
        """The link with its body read from `start` (default: as far as read)."""
        return Link(self.q if start is None else start, self.suffix_start, self.end, self.suffix)


class _Step(NamedTuple):
    """What a step of the reading decides: read on from `resume`, or (`resume` None)
    stop with `name` (None: no name ends with this suffix). A step that has nothing to
    say returns None instead, and the next step is asked."""

    name: Parsed | None = None
    resume: int | None = None


_NO_NAME = _Step()


def _stop(name: Parsed | None) -> _Step:
    return _Step(name)


def _read_on(q: int) -> _Step:
    return _Step(None, q)


# the longest body between a country's short form and its organ's head (`俄联邦安全局`)
_SHORT_FORM_BODY = 4
_CHINA = "中国"
_CHINA_SHORT = "中"  # China's one-character form (`法中委员会`: France and China)
# the longest foreign place or body between a country and the head of its state's body
# (`匈牙利` `布达佩斯` `市政府`, `韩国` `企划` `财政部`)
_FOREIGN_PLACE = 6
# a company's brand before the place in its name (`中车`, `东风`) has two characters, and is no
# word of the dictionary or one of its nouns (n…) or abbreviations (j)
_BRAND = 2
_BRAND_TAGS = ("n", "j")
# the prefixes that name a region relative to the home (`市`, `区`, `本县`)
_RELATIVE = ("home-province", "home-city", "home-county")


def _department_word(text: str, end: int) -> bool:
    """Whether `系` ending at `end` stands alone or ends a department's word (`经济系`,
    `航空航天` + `系`) rather than a word of two characters (`关系`, `体系`)."""
    words = dictionary()
    last = words.cut(text[max(0, end - _DEPARTMENT_WINDOW):end], hmm=True)[-1]
    return last == _SCHOOL_DEPARTMENT or (len(last) > 2 and last[-2:] not in _SYSTEM_WORDS)


class Reader:
    """Reads the names of an `Article` leftwards from its suffixes.

    `parse` reads one link at a time: at each position it asks the steps below, in this
    order, and the first that decides wins (each step's docstring says why it is there):

    1. `_text_start`   the article starts: the name has no region
    2. `_head_link`    another suffix ends here: the name so far is a link of a longer name
    3. `_alias_head`   a known name (`农行`) ends here and owns the link
    4. `_region`       a region name or prefix ends here: it opens the name, or is its body
    5. `_quoted_name`  `“…”` right before the suffix is the body        } asked only at their
    6. `_and_in_name`  `和` inside a department name (`规划和自然资源局`)  } character (`_marked`)
    7. `_boundary`     a boundary word or punctuation: the name starts here
    8. `_one_more`     else the body takes one more character, up to MAX_BODY

    A dash is a boundary like other punctuation: `老朋友——清华大学` names `清华大学`, the
    part before the dash is an apposition, not a brand that owns the name.
    """

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self._memo: dict[tuple[int, str], Parsed | None] = {}
        # plain functions, called with the reader: bound methods here would tie the reader to itself
        # in a loop only the garbage collector frees (hundreds of readers a page)
        self._marks = {"”": Reader._quoted_name, _AND: Reader._and_in_name, _WITH: Reader._and_in_name,
                       _ALSO: Reader._also_in_department}
        self._strict_ends = article.vocabulary.strict_widths
        self._deciding_ends = _deciding_ends()

    def parse(self, start: int, end: int, suffix: Suffix, depth: int = 0) -> Parsed | None:
        """The name whose last link has `suffix` at [start, end), read leftwards.

        Memoised per (position, suffix); names are parsed left to right, so a head is
        usually known already and a run of suffixes (`局局局…`) costs constant work
        per position."""
        key = (start, suffix.word)
        if key not in self._memo:
            self._memo[key] = self._link(_Reading(start, end, suffix, depth))
        return self._memo[key]

    def _link(self, reading: _Reading) -> Parsed | None:
        """Read the body leftwards, asking the steps in order at each position.

        Most of a body is common Han characters where no step but the last decides: no
        suffix, known name, region, mark or boundary word ends there. There the body takes
        the character (`_one_more`) without asking the others."""
        text, suffixes, alias_at = self.text, self.article.suffixes, self.article.alias_at
        deciding = self._deciding_ends
        dept = reading.suffix.cls == "dept"
        division = reading.suffix.word in _DIVISIONS
        if division and reading.end in alias_at:
            return None  # `房屋署聯消防處`: a known body (`消防處`) ends there, no division of the one before
        if division and reading.suffix.word != _DIVISION:
            if reading.end < len(text) and text[reading.end - 1:reading.end + 1] in dictionary() \
                    and not self.article.vocabulary.post.match(text, reading.end):
                return None  # `组织`, `组成`, `系统`: the head opens a word with what follows (not `系` + `主任`)
            if reading.suffix.word == _SCHOOL_DEPARTMENT and not _department_word(text, reading.end):
                return None
        while True:
            q = reading.q
            if q > 0 and text[q - 1] not in deciding and _COMMON_HAN_FIRST <= text[q - 1] <= _COMMON_HAN_LAST \
                    and q not in suffixes and q not in alias_at and not (dept and reading.body == 0):
                if reading.body + 1 > MAX_BODY:
                    return None
                reading.move_to(q - 1)
                continue
            step = (self._text_start(reading) or self._head_link(reading) or self._alias_head(reading)
                    or self._region(reading) or self._marked(reading) or self._latin_body(reading)
                    or self._boundary(reading) or self._one_more(reading))
            if step.resume is None:
                if division and step.name is not None and len(step.name.links) == 1 and step.name.alias is None:
                    return None  # `北京处`, `办公处`: a division is one only under a body before it
                if reading.suffix.word == _TEAM and step.name is not None and step.name.alias is None:
                    return None  # `村民小组`, `党委中心组`
                return step.name
            reading.move_to(step.resume)

    # ------------------------------------------------------------ the steps
    def _text_start(self, reading: _Reading) -> _Step | None:
        """The article starts before the body: nothing more can belong to the name."""
        return _stop(_close(reading.link(), ())) if reading.q <= 0 else None

    def _head_link(self, reading: _Reading) -> _Step | None:
        """Another suffix ends where the body starts (`管理局` before `社儿坪中队`): read
        as a name of its own, it owns this link. A suffix that owns nothing is part of
        the body (`局` of `邮局`), or shows the body is generic."""
        hits = self.article.suffixes.get(reading.q) if reading.depth < _MAX_HEAD_DEPTH else None
        if hits is None:
            return None
        if self.article.generic_before(reading.q) and hits[0][1].cls == "place":
            return _stop(_close(reading.link(), ()))  # `乡镇综治中心`: `乡镇` is any township, no owner
        for head_start, head_suffix in hits:
            if _is_own_body(reading, head_suffix):
                continue
            if head_suffix.cls == "place" and self._zone_at(reading.q, head_start):
                continue  # `高新区管委会`: the home city's zone, read as a region below
            head = self.parse(head_start, reading.q, head_suffix, reading.depth + 1)
            if head is not None and _can_own(head):
                listed = self.article.longer_listed.get(reading.q) if reading.body > 0 else None
                if listed is not None and listed.start < head.start:
                    # `欧洲中央银行执行委员会`, `澳门特区政府统计暨普查局`: the gazetteer's whole name
                    # owns the link, not the name read inside it (`中央银行`, `区政府`)
                    head = listed
                if self.text[reading.q:reading.suffix_start] in self.article.vocabulary.people:
                    return _NO_NAME  # `县一中学子敬老院`: the school's students, not a unit of it
                start = self._after_clause(reading.q, reading.suffix_start)
                if start > reading.q:
                    # `甲公司宣布收购乙公司`, `甲公司和乙公司`: a verb or a coordinator after a
                    # whole name starts another name, not a unit of the first
                    return _stop(_close(reading.link(start), ()))
                return _stop(_extend(head, reading.link()))
            if _ownerless_head(reading, head_suffix):
                return _NO_NAME  # `依托社区党群服务中心`: a generic `社区` with no name of its own
            reading.failed_heads += 1
            if reading.failed_heads > _MAX_FAILED_HEADS:
                return _NO_NAME  # `局局局…`: a body made of suffixes that own nothing is no body
        return None

    def _alias_head(self, reading: _Reading) -> _Step | None:
        """A known name ends where the body starts: `农行` owns `洛阳分行`. A unit right
        after a hand-written alias with no body between is no link of it: the alias's own
        name ends in that unit already (`国家电网公司` is not `国家电网有限公司` + `公司`), or
        the unit names no one branch (`农行支行`). After a gazetteer name it is the
        body's own unit (`东盟秘书处`)."""
        alias = self.article.alias_at.get(reading.q)
        longer = self.article.longer_listed.get(reading.q)
        if alias is not None and longer is not None and longer.start < alias.start:
            alias = longer  # `中国东方航空` + `集团有限公司`, not `东方航空` + …
        if alias is None or (reading.body == 0 and reading.suffix.cls == "unit" and not (
                alias.alias is not None and alias.alias.listed and not alias.alias.short
                and len(reading.suffix.word) > 1 and reading.suffix.word not in self.article.vocabulary.branches)):
            return None  # but `东盟秘书处`, `西门子公司`: a listed name's own unit or legal form
        own = self.article.alias_at.get(reading.end)
        if own is not None and own.start == reading.q and own.alias is not None and own.alias.listed \
                and not _unit_of(alias, own):
            return _NO_NAME  # `中办国办`: two known names side by side, not a unit of the first
        national = self._china_before(alias)
        if national is not None:
            # `中国宝武钢铁集团有限公司` (heldout21/economy_page): `中国` opens the company's own
            # name, which holds the known name (`宝武钢铁`) as its body
            return _stop(_close(reading.link(alias.start), (national,)))
        return _stop(_extend(alias, reading.link()))

    def _china_before(self, alias: Parsed) -> RegionToken | None:
        """`中国` right before a company's known name that does not hold it (`宝武钢铁`)."""
        if alias.alias is None or alias.alias.kind != "company" or alias.start == 0:
            return None
        token = self.article.region_at(alias.start)
        if token is None or token.word != _CHINA or token.prefix is None or token.prefix.role != "national":
            return None
        return token

    def _region(self, reading: _Reading) -> _Step | None:
        """A region name or a relative prefix ends where the body starts; a country's
        one-character short form right before a state's organ (`俄外交部`, `俄政府`)."""
        if reading.suffix.kind == "government" and self._short_form_body(reading):
            short = self.article.short_form_at(reading.q, reading.end)
            if short is not None and self.article.region_at(reading.q) is None:
                return _stop(_close(reading.link(), (short,)))
        if self.text[reading.q - 1] not in self.article.vocabulary.region_ends:
            return None  # no region ends with most characters
        token = self.article.region_at(reading.q)
        if token is None:
            return None
        if reading.suffix.kind == "government" and token.prefix is not None and token.prefix.role in _RELATIVE:
            country = self._foreign_place(token.start)
            if country is not None:
                # `法国巴黎大区政府`, `匈牙利布达佩斯市政府`, `日本熊本县政府`: the `区`, `市`, `本县`
                # of a foreign place, no relative prefix of the home
                return _stop(_close(reading.link(country.end), (country,)))
        if token.prefix is None or token.end - token.start > 1:
            return self._region_word(reading, token)
        return self._one_character_prefix(reading, token)

    def _short_form_body(self, reading: _Reading) -> bool:
        """Whether a country's short form may stand before this organ: right before a head of
        two characters or more (`外交部`, `政府`; `法院` is no `法国` + `院`), or before a short
        body (`韩统一部`, `柬宪法委员会`) that it makes no word with (`以南大部地区`: `以南`) and
        that opens with no other state (`法中委员会` is a body of two)."""
        if reading.body == 0:
            return len(reading.suffix.word) > 1
        q, text = reading.q, self.text
        if text[q] in self.article.vocabulary.short_forms or text[q] == _CHINA_SHORT:
            return False  # `法中委员会`, `美墨…工作组`: a body of two states
        return reading.body <= _SHORT_FORM_BODY and q >= 1 and text[q - 1:q + 1] not in dictionary()

    def _region_word(self, reading: _Reading, token: RegionToken) -> _Step:
        """A gazetteer name (`太原市`) or a prefix of two characters or more (`我市`,
        `中共`) always ends the reading: it is the name's body, its region, or the
        region of a branch of the name before it."""
        if reading.body == 0 and reading.suffix.cls == "unit" and self._names_body(token):
            # `朝阳社区`, `山西大学`, `中国银行`: a short name is the body; the name starts
            # there unless a region precedes it (`调入武汉电视台`: `调入` is no part of it)
            at, article = token.start, self.article
            if (article.region_at(at) is not None or article.is_edge(at) or at in article.suffixes
                    or at in article.alias_at):
                return _read_on(at)  # …or a parent precedes it (`中国银行太原分行`)
            return _stop(_close(reading.link(token.start), ()))
        chain = self._region_chain(token)
        parent = self._parent_before(chain[0].start, reading.depth)
        if parent is not None:
            # `…股份有限公司太原市分公司`, `绵阳市公安局游仙区分局`: a region between two
            # links names the branch
            return _stop(_extend(parent, reading.link(chain[0].start)))
        brand = self._brand_before(reading, chain)
        if brand is not None:
            return _stop(_close(reading.link(brand), ()))
        return _stop(_close(reading.link(), chain))

    def _brand_before(self, reading: _Reading, chain: tuple[RegionToken, ...]) -> int | None:
        """Where a company's brand starts right before the place its name holds: `中车` of
        `中车株洲电力机车有限公司` (heldout34/economy_page), `东风` of `东风柳州汽车有限公司`
        (liuzhou_p3). The brand is a word of its own (a name of the dictionary or none of
        its words: no verb, time or pronoun) between an edge and the place, which then
        is part of the company's name, not its region."""
        place = chain[0]
        if (reading.suffix.kind != "company" or reading.body == 0 or len(chain) > 1
                or place.prefix is not None):
            return None
        start, article, text = place.start, self.article, self.text
        brand = start - _BRAND
        if brand < 0 or not all(_is_name_char(ch) for ch in text[brand:start]):
            return None
        if article.region_edge(start) or not article.is_edge(brand):
            return None  # `在株洲…`, `记者从株洲…`: a boundary before the place
        for q in range(brand + 1, start + 1):
            if q in article.suffixes or q in article.alias_at or article.region_at(q) is not None:
                return None
        word = text[brand:start]
        words = dictionary()
        if word in article.vocabulary.verbs or (word in words and not (words.tag(word) or "").startswith(_BRAND_TAGS)):
            return None  # `今年株洲…`, `该市…`: a time, a pronoun
        return brand

    def _one_character_prefix(self, reading: _Reading, token: RegionToken) -> _Step | None:
        """`市` of `市委`, `区` of `区市场监督管理局`: the region of a name that stands
        alone there, right before a link that may lack a body or after a boundary;
        elsewhere it is a character of the body (`城市管理局`)."""
        if self._lone_prefix(token) and (
                (reading.body == 0 and reading.body_optional) or self.article.region_edge(token.start)):
            return _stop(_close(reading.link(), self._region_chain(token)))
        return None

    def _marked(self, reading: _Reading) -> _Step | None:
        """Steps 5 and 6, each asked only where its character (`”`, `和`) ends the body."""
        step = self._marks.get(self.text[reading.q - 1])
        return step(self, reading) if step is not None else None

    def _quoted_name(self, reading: _Reading) -> _Step | None:
        """`“共享儿女”志愿服务队`: a quoted name right before its suffix is its body. A
        quote that does not open near enough, or opens on another line, is no name's:
        the name is the suffix alone."""
        q = reading.q
        if reading.body > 0:
            return None
        opening = self.text.rfind("“", max(0, q - _QUOTE_REACH), q - 1)
        if opening < 0 or "\n" in self.text[opening:q]:
            return _stop(_close(reading.link(), ()))
        return _read_on(opening)

    def _and_in_name(self, reading: _Reading) -> _Step | None:
        """`规划和自然资源局`: `和` inside a department name is read on, where a short name
        part with a region before it stands before it (`太原市规划和…`; a government
        department's part may be longer, `县文化广播电视和…`, and what follows `和` may be a
        department's whole name, `县农牧和科技局`); elsewhere `和` joins two names and is a
        boundary, as it is after a whole name (`中共中央和国务院`, `县农业农村局和水利局`).
        `与` is read on the same way after a country only (`法国国家统计与经济研究所`)."""
        q = reading.q
        if reading.body == 0 and reading.suffix.cls != "dept":
            return None
        with_country = self.text[q - 1] == _WITH
        if with_country and reading.suffix.kind == "company":
            return None  # `德国大众与宝马公司`: two companies
        department = reading.suffix.kind == "government" and not with_country
        widths = _DEPARTMENT_AND_PART_WIDTHS if department else _AND_PART_WIDTHS
        if self.article.protected(q - 1) or not self._and_inside(q, widths, countries_only=with_country):
            return None
        if (q - 1) in self.article.suffixes or (q - 1) in self.article.alias_at:
            return None  # `中共中央和国务院`, `北京大学和清华大学`: a whole name before `和`, two names
        if self._common_noun_before(q - 1):
            return None  # `县直部门和商务局`: the county's departments and a bureau, no one name
        return _read_on(q - 1)

    def _also_in_department(self, reading: _Reading) -> _Step | None:
        """`縣府社會及勞動處`: `及` inside a department's name is read on where a short part
        stands between it and a government of Hong Kong, Macao or Taiwan written before
        it (`縣府`, `警務處`); elsewhere it joins two names (`縣府及鄉公所`, `社會局及勞動處`)."""
        q = reading.q
        if reading.body == 0 or reading.suffix.kind != "government" or (q - 1) in self.article.suffixes \
                or (q - 1) in self.article.alias_at or self.article.protected(q - 1):
            return None
        for width in _DEPARTMENT_AND_PART_WIDTHS:
            r = q - 1 - width
            if r < 1 or not all(_is_name_char(c) for c in self.text[r:q - 1]):
                return None
            owner = self.article.alias_at.get(r)
            if owner is not None and owner.alias is not None and owner.alias.kind == "government" \
                    and owner.alias.scope in _ALSO_SCOPES:
                return _read_on(q - 1)
            if r in self.article.suffixes or self.article.is_edge(r):
                return None
        return None

    def _common_noun_before(self, q: int) -> bool:
        """Whether a word that ends like a body but names none (`部门`, `干部`: org_stop.tsv's
        false and tail words) ends at q."""
        overrunning = self.article.vocabulary.overrunning
        return any(self.text[q - width:q] in overrunning for width in _AND_PART_WIDTHS if width <= q)

    def _latin_body(self, reading: _Reading) -> _Step | None:
        """A company named in Latin letters right before its legal form (`IBM公司`, `SK集团`):
        the run of letters and digits is its body. One letter after Han characters is part
        of a Han name (`红桃K集团`), read on; one letter alone is a placeholder (`A公司`)."""
        text, q = self.text, reading.q
        if reading.body > 0 or reading.suffix.kind != "company" or not _is_latin_letter(text[q - 1]):
            return None
        r = q - 1
        while r > 0 and _is_latin_letter(text[r - 1]):
            r -= 1
        if not any(ch.isalpha() for ch in text[r:q]):
            return None  # `2公司`: a count or a number
        if q - r == 1:
            return _read_on(r) if r > 0 and _is_name_char(text[r - 1]) else None
        return _stop(_close(reading.link(r), ()))

    def _boundary(self, reading: _Reading) -> _Step | None:
        """A boundary before the body (punctuation, a function word or verb): the name
        starts here. A department name with no body stands alone unless a region or a
        parent precedes it (`各地教育局` is `教育局` after a generic word)."""
        if reading.body == 0 and reading.suffix.cls == "dept":
            country = self._foreign_place(reading.q) if reading.suffix.kind == "government" else None
            if country is not None:
                return _stop(_close(reading.link(country.end), (country,)))  # `韩国企划财政部`
            return _stop(_close(reading.link(), ()))
        # `is_edge`, asked only where it may hold: most of a body is common Han
        # characters that end no boundary word, where it is false
        ch = self.text[reading.q - 1]
        may_end = ch in self._strict_ends or not _COMMON_HAN_FIRST <= ch <= _COMMON_HAN_LAST
        if may_end and self.article.is_edge(reading.q):
            return _stop(_close(reading.link(), ()))
        return None

    @staticmethod
    def _one_more(reading: _Reading) -> _Step:
        """Nothing decides here: the character is the body's, unless the body is longer
        than any name's (the reading ran into a clause)."""
        if reading.body + 1 > MAX_BODY:
            return _NO_NAME
        return _read_on(reading.q - 1)

    # ------------------------------------------------------------ what the steps ask
    def _parent_before(self, q: int, depth: int) -> Parsed | None:
        """A complete name ending at q that can own the link after it."""
        if depth >= _MAX_HEAD_DEPTH:
            return None
        alias = self.article.alias_at.get(q)
        for head_start, hit in self.article.suffixes.get(q, ()):
            if hit.cls in ("place", "attached"):
                continue
            head = self.parse(head_start, q, hit, depth + 1)
            if head is not None and _can_own(head) and len(hit.word) > 1:
                # `中国人民银行温州市分行`: the whole name, not the alias `人民银行` inside it
                return head if alias is None or head.start < alias.start else alias
        return alias

    def _after_clause(self, q: int, limit: int) -> int:
        """Where a body at [q, limit) goes on after the verbs (`宣布收购`, `买下`:
        `data/org_function_words.tsv`) and coordinators (`和`, `与`) it opens with; q if
        it opens with neither, or holds nothing else."""
        text, vocab, pos = self.text, self.article.vocabulary, q
        while pos < limit:
            width = next((w for w in vocab.verb_starts.get(text[pos], ()) if text[pos:pos + w] in vocab.verbs), 0)
            if not width and text[pos] in vocab.coordinators:
                width = 1
            if not width:
                break
            pos += width
        return pos if pos < limit else q

    def _zone_at(self, q: int, start: int) -> bool:
        """Whether a development-zone prefix (`高新区`) covers the place suffix [start, q)."""
        token = self.article.region_at(q)
        return (token is not None and token.prefix is not None and token.prefix.role == "home-zone"
                and token.start <= start)

    def _lone_prefix(self, token: RegionToken) -> bool:
        """A one-character prefix (`市`, `区`) that is not part of a list of levels or
        a generic word: `各县区委组织部`, `省市县三级`, `市级三甲医院` name no one body."""
        if self.article.generic_after(token.start, token.start + _LEVEL_WORD_WIDTH) > token.start:
            return False  # `市级三甲医院`, `市里大医院`
        if token.start == 0:
            return True
        before = self.text[token.start - 1]
        return not (before in self.article.vocabulary.prefixes and len(before) == 1)

    @staticmethod
    def _names_body(token: RegionToken) -> bool:
        """A short region name (`朝阳`, `山西`) or `中国` right before a suffix is the
        name itself; a full one (`涪城区人民法院`) is its region."""
        if token.prefix is not None:
            return token.prefix.role == "national"
        return not any(r.name == token.word for r in _regions.by_name().get(token.word, ()))

    def _foreign_place(self, q: int) -> RegionToken | None:
        """The country that opens a foreign body's name whose place or body runs from the
        country's end to q: `法国` of `法国巴黎大区政府`, `韩国` of `韩国企划财政部`. Chinese news
        writes a foreign state's body after its country; the short run between is one word of
        the name (no boundary, suffix or known name ends inside it), so what follows (`区`,
        `市`, `本县` of `熊本县`, `财政部`) is that place's or that state's, never the home's."""
        article, text = self.article, self.text
        for p in range(q - 1, max(0, q - _FOREIGN_PLACE) - 1, -1):
            if not _is_name_char(text[p]) or (p + 1 < q and (
                    article.is_edge(p + 1) or (p + 1) in article.suffixes or (p + 1) in article.alias_at)):
                return None
            token = article.region_at(p)
            if token is not None and token.prefix is not None and token.prefix.role == "country" and (
                    token.word in article.vocabulary.countries):
                return token
        return None

    def _and_inside(self, q: int, widths: range, countries_only: bool = False) -> bool:
        """`和` at q-1 inside a department name (`规划和自然资源局`): a short name part
        with a region right before it, as in `太原市规划和…` (`countries_only`: a country, as
        in `法国国家统计与…`)."""
        for width in widths:
            r = q - 1 - width
            if r < 0:
                break
            if not all(_is_name_char(c) for c in self.text[r:q - 1]):
                break
            token = self.article.region_at(r)
            if token is not None and (not countries_only or (
                    token.prefix is not None and token.word in self.article.vocabulary.countries
                    and self.article.vocabulary.post.search(self.text, r, q - 1) is None)):
                return True  # (`美国总统与…`: a post and another party, no name part)
        return False

    def _region_chain(self, token: RegionToken) -> tuple[RegionToken, ...]:
        """The region and the regions right before it (`山西省` `太原市`, `中共` `太原市`),
        and a place joined to the first by one dash (`巴西—中国友好协会`: a body of both;
        two dashes, `——`, set off an apposition)."""
        chain = [token]
        q = token.start
        while True:
            before = self.article.region_at(q) or self._dashed_place(q)
            if before is None or before.end - before.start == 1:
                break  # a one-character prefix (`市`) chains to no region before it
            chain.insert(0, before)
            q = before.start
        return tuple(chain)

    def _dashed_place(self, q: int) -> RegionToken | None:
        """`巴西—` before a place at q: the place before one dash, written with its dash."""
        text = self.text
        if q < 3 or text[q - 1] not in _DASHES or text[q - 2] in _DASHES:
            return None
        place = self.article.region_at(q - 1)
        if place is None or place.end - place.start < 2 or (
                place.prefix is not None and place.prefix.role not in _OWN_OR_NATIONAL):
            return None
        word = text[place.start:q]
        return RegionToken(place.start, q, word, Prefix(word, "country", word))


# ---------------------------------------------------------------- building names
def _close(link: Link, chain: tuple[RegionToken, ...]) -> Parsed | None:
    """The name made of `chain` (possibly none) and `link`, unless it names no one."""
    if _names_no_one(link, chain):
        return None
    return Parsed(chain[0].start if chain else link.start, link.end, chain, (link,))


def _extend(head: Parsed, link: Link) -> Parsed | None:
    """`head` with `link` after it, unless the whole is longer than any name."""
    if link.end - head.start > MAX_NAME:
        return None
    return Parsed(head.start, link.end, head.regions, head.links + (link,), head.alias)


def _names_no_one(link: Link, chain: tuple[RegionToken, ...]) -> bool:
    """A link with no body names no one unless a region owns it: `银行网点`,
    `社区工作人员` (a head with no name), `党委` alone (whose?). After a region, a short
    common noun names no one either: `市中心`, `太原市社区` (but `县人民医院`, `任城区法院`,
    `襄阳市中院` are names)."""
    suffix = link.suffix
    if (chain and chain[-1].prefix is not None and chain[-1].prefix.role in OWN_NAMED and suffix.cls == "attached"
            and len(suffix.word) == 1):
        return True  # `斯里兰卡首都科伦坡`: a section (`科`) hangs off a unit, never off a country
    if link.start != link.suffix_start:
        return False
    if chain and chain[-1].prefix is not None and chain[-1].prefix.role in OWN_NAMED:
        # `美国政府`, `日本外务省` name the state's organ; `美国公司`, `美国大学` a class of bodies
        return suffix.kind not in ("government", "party")
    if suffix.cls == "unit":
        return not chain or (len(suffix.word) <= _COMMON_NOUN_WIDTH and suffix.bare != "named" and not suffix.full)
    return suffix.cls == "attached" and not chain


def _can_own(head: Parsed) -> bool:
    """Whether a parsed name can own the next link. A head of one link with neither a
    region nor a parent cannot when it is a unit with no body, a one-character unit
    (`社` of `社儿坪中队`, `所` of `二〇七所社区`) or an attached body (`西南科技大学`:
    `科` is no department of `西南`)."""
    if head.regions or len(head.links) > 1:
        return True
    last = head.links[-1]
    suffix = last.suffix
    if suffix.cls == "unit":
        return last.start != last.suffix_start and len(suffix.word) > 1
    return suffix.cls != "attached"


def _is_own_body(reading: _Reading, head_suffix: Suffix) -> bool:
    """A one-character suffix right before a link that needs a body is a character of
    that body, not the head of a name: `乡卫生院`, `村合作社`, `村部` (a township's or a
    village's generic unit) name no one."""
    return reading.body == 0 and not reading.body_optional and len(head_suffix.word) == 1


def _ownerless_head(reading: _Reading, head_suffix: Suffix) -> bool:
    """A suffix of two characters or more inside the body that owns no name shows the
    body is a generic phrase: `依托社区党群服务中心` (`社区` + `党群服务`)."""
    return reading.body > 0 and len(head_suffix.word) > 1 and head_suffix.cls != "place"


# Hong Kong's and Macao's gazetteer rows, some named without the region's name (`劳工处`),
# with the name that opens a form naming the region.
_REGION_NAMES = {"hk": "香港", "mo": "澳门"}
_TAIWAN = "tw"


def _other_region_form(alias: Alias, scope: str | None, text: str) -> bool:
    """A Hong Kong or Macao body's form without its region's name on a Taiwan paper, in an
    article that never names that region: a Taiwan paper's `勞工處` is a department of a
    Taiwan city (`新竹市政府勞工處`), not Hong Kong's Labour Department; but `統計暨普查局`
    after `澳門特別行政區政府統計暨普查局` is Macao's. (Hong Kong and Macao share many
    names: a Macao paper's `消委會` is its own, as the Hong Kong row's form reads it.)"""
    region = _REGION_NAMES.get(alias.scope)
    return (region is not None and scope == _TAIWAN
            and not alias.word.startswith(region) and region not in text)


def _unit_of(owner: Parsed, unit: Parsed) -> bool:
    """Whether a known name's body is a unit of the known name before it: a Taiwan city's
    department after its government (`市府農業局`: `{city}政府农业局` under `{city}政府`)."""
    first, second = owner.alias, unit.alias
    return (first is not None and second is not None
            and second.template.startswith(first.template) and second.template != first.template)
