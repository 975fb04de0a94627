"""What the event readers know of one article: its text and clause layout, the mentions the
other extractors found (at local offsets, read on first use), and the lookups every reader
shares (the mentions in a range, the start of a clause's subject past its lead words).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar, overload

import regex

from ..dates.grammar import period_anaphor_kind
from ..models import DateMention, Organization, Place, Statistic
from ..text.clauses import Layout
from ..text.offsets import ArticleText
from ..text.precompiled import compile_pattern, compile_regex
from .cues import alternation, cue_at, cue_ends_at, cue_start_before
from .triggers import Hit, Triggers
from .types import Located

# Characters a place or a fallback organizer name may hold (二〇七所社区, 龙城幼教——凯森幼儿园).
NAME_CHARS = compile_regex(r"[\p{Han}A-Za-z0-9“”‘’—·]+")
_REGISTRATION = "registration"  # a window a cutoff word right after it closes (`closes_registration`)
_HAN_RUN = compile_regex(r"\p{Han}+")

# How a place mention was read when it is no name of its own: a home word or a name + place noun.
_UNNAMED_PLACES = frozenset({"home", "shape"})

# `新华社北京3月5日电`, `本报洛阳3月12日讯`: who sent the story, not who acted.
_DATELINE_PLACE = 10  # the longest agency and place written before the date
_DATELINE = compile_regex(rf"""
    \p{{Han}}{{0,{_DATELINE_PLACE}}}?   # 新华社北京, 本报洛阳
    [0-9]{{1,2}}月[0-9]{{1,2}}日        # the day the story was sent
    [电讯]                              # the dateline's closing word
""", regex.VERBOSE)
# A dateline's 月 stands within its place and a two-digit month: `str.find` spares most clause
# starts the regex.
_DATELINE_MONTH_WITHIN = _DATELINE_PLACE + len("12月")
# A paper's own dateline with no date and no brackets (香港文匯報訊（記者 X）, 紫荊日報訊, 府城日報訊):
# a run of Han characters ending in 报讯 or 专讯 that opens a clause. Plain finds, no pattern.
_PAPER_DATELINE = "讯"
_PAPER_DATELINE_KINDS = "报专"
# A Taiwan reporter's dateline with no brackets (記者吳 家 豪／花蓮報導　花蓮縣議會…: heldout14/tw_news,
# heldout18/taiwan_news, heldout21/taiwan_economy, heldout23/taiwan_news): who wrote the story, not who acted;
# asked only where 记者 opens the clause.
_REPORTER = "记者"
_REPORTER_DATELINE = compile_regex(r"记者[\p{Han} ]{1,8}?[／/]\p{Han}{1,5}?报[导道]")
# Marks whose span a clause start skips whole (“…”3月12日, (记者 王芳), 【本報訊】, 【記者 X／臺南報導】,
# 〔記者 X／台中報導〕).
_SKIPPED_OPENERS = "“(【〔"
# Words a clause start skips before its subject: a dateline's 本报讯, the opener of a further item
# inside an article (另讯 县公安局…, `data/item_openers.tsv`), 当日, 同时, 将.
_LEAD_WORDS = "lead|anaphor|adverb|file:item_openers"
# Quotation marks around a name (开展“清河行动”, 「夜繽紛」): not 《》 titles or parentheses.
_NAME_QUOTES = "“「"
_TOLD_GAP = 8  # the most characters of dates and adverbs between a subject body and its trigger word
_NAME_GAP = 6  # the most Han characters between a quoted name and the event noun it names (“海上花园”系列文旅活动)

R = TypeVar("R")


@functools.cache
def _name_suffix() -> Callable[[str, int], re.Match[str] | None]:
    """Matches a name suffix of an organization (部, 中心, 委员会…): after a trigger word inside a
    mention it makes the word part of the name."""
    return compile_pattern(alternation("file:organizer_suffixes").pattern + "|"
                           + alternation("file:org_suffixes").pattern).match


class _read_once(Generic[R]):
    """`functools.cached_property` without its per-instance lock (Python 3.11 takes an RLock on
    every first read; the facts belong to one call of one thread): a fact of the article is
    computed on first use and then stored on the instance like a plain attribute."""

    def __init__(self, compute: Callable[[Any], R]):
        self.compute = compute
        self.name = ""  # the attribute's name, given by the class (a function compiled by mypyc has no `__name__`)
        self.__doc__ = getattr(compute, "__doc__", None)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, facts: None, owner: Any = None) -> _read_once[R]: ...
    @overload
    def __get__(self, facts: object, owner: Any = None) -> R: ...

    def __get__(self, facts: Any, owner: Any = None) -> R | _read_once[R]:
        if facts is None:
            return self
        value = facts.__dict__[self.name] = self.compute(facts)
        return value


def locate(article: ArticleText, mentions: Sequence) -> list[Located]:
    """The mentions that fall in the article, at local offsets, in text order."""
    new = tuple.__new__  # a tuple made in C: `Located`'s own `__new__` is a frame
    out = []
    for k, (m, local) in enumerate(zip(mentions, article.to_locals(mentions), strict=True)):
        if local is not None:
            out.append(new(Located, (*local, k, m)))
    out.sort()  # by start, then end, then index (unique): the mention itself is never compared
    return out


def within(items: list[Located], starts: list[int], lo: int, hi: int) -> list[Located]:
    """Items that start in [lo, hi) and end by hi."""
    k = bisect.bisect_left(starts, lo)
    out = []
    while k < len(items) and items[k].start < hi:
        if items[k].end <= hi:
            out.append(items[k])
        k += 1
    return out


class ArticleFacts:
    """One article's text, layout and mentions, as the event readers share them.

    Everything is read on first use: an article without a trigger word needs none of it,
    one without an event no statistics.
    """

    def __init__(self, article: ArticleText, dates: Sequence[DateMention],
                 organizations: Sequence[Organization], statistics: Sequence[Statistic],
                 triggers: Triggers, places: Sequence[Place] = ()):
        self.article = article
        self._places = places
        self.text = article.text
        self.triggers = triggers
        self._dates = dates
        self._organizations = organizations
        self._statistics = statistics
        self._leads: dict[tuple[int, int], int] = {}  # (pos, limit) → `skip_lead`: a third of the asks repeat

    @_read_once
    def body_hits(self) -> list[Hit]:
        """The trigger words of the body (a headline announces what the body reports)."""
        return self.triggers.scan(self.text, self.article.body_start)

    @_read_once
    def body_hit_ends(self) -> list[int]:
        return [h.end for h in self.body_hits]

    @_read_once
    def layout(self) -> Layout:
        return Layout.of(self.text)

    @_read_once
    def dates(self) -> list[Located]:
        """The date mentions; one inside a document title dates the document (《2024年工作要点》),
        not an event, and one right after a comparison word (`baseline`: 較去年增加, 比上年, 较去年同期)
        is a change's baseline, no day of anything told; nor is a period restated (`同期`, `当月`: the
        period of the figures before it, unseen_a/hongkong_news, heldout30/taiwan_news)."""
        titled, text = self.layout.titled, self.text
        return [d for d in locate(self.article, self._dates) if not titled[d.start]
                and not cue_ends_at(text, d.start, "baseline", max(0, d.start - 2))
                and period_anaphor_kind(text[d.start:d.end]) is None]

    @_read_once
    def date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    @_read_once
    def date_by_index(self) -> dict[int, Located]:
        return {d.mention_index: d for d in self.dates}

    @_read_once
    def last_dated(self) -> list[int]:
        """Index of the last mention with a value, up to each."""
        out, last = [], -1
        for k, d in enumerate(self.dates):
            last = k if d.mention.value is not None else last
            out.append(last)
        return out

    @_read_once
    def orgs(self) -> list[Located]:
        """The organization mentions, each cut before a trigger word it swallowed (区法院受理后裁定…:
        the name ends before 受理); one that opens with such a word is no subject (组织巡回宣讲团)."""
        out = []
        for org in locate(self.article, self._organizations):
            end = self._name_end(org.start, org.end)
            if end > org.start:
                out.append(org if end == org.end else Located(org.start, end, org.mention_index, org.mention))
        return out

    def _name_end(self, start: int, end: int) -> int:
        """Where an organization's name ends: at its end, or before the first trigger word or
        generic verb inside it that no name suffix follows (组织部, 培训中心, 调解委员会 are names).
        A name in the body that no trigger word of the body's one scan overlaps holds none (a word
        inside it would start a body hit or lie inside one): most names cost a bisect, not a scan."""
        if self.holds_no_trigger(start, end):
            return end
        name_part = _name_suffix()
        for hit_start, hit_end, trigger in self.triggers.scan(self.text, start, end):
            if trigger.kind in ("word", "verb") and hit_end < end and not name_part(self.text, hit_end):
                return hit_start
        return end

    def holds_no_trigger(self, start: int, end: int) -> bool:
        """Whether `start:end` lies in the body and no trigger word of the body's one scan overlaps
        it: then a scan of that stretch alone finds none either (a word inside it would start a body
        hit or lie inside one), and a bisect spares the scan."""
        if start < self.article.body_start:
            return False
        k = bisect.bisect_right(self.body_hit_ends, start)
        return k == len(self.body_hits) or self.body_hits[k].start >= end

    @_read_once
    def named_places(self) -> list[Located]:
        """The place mentions read by name (a division, a foreign city, a river: 在昆明举办, 在伦敦举行),
        not by a home word (全市) or a shape (a name + 公园: the place nouns find those)."""
        return [p for p in locate(self.article, self._places)
                if p.mention.resolution not in _UNNAMED_PLACES]

    @_read_once
    def named_place_starts(self) -> list[int]:
        return [p.start for p in self.named_places]

    @_read_once
    def org_starts(self) -> list[int]:
        return [o.start for o in self.orgs]

    @_read_once
    def in_org(self) -> bytearray:
        in_org = bytearray(len(self.text))
        for o in self.orgs:
            in_org[o.start:o.end] = b"\x01" * (o.end - o.start)
        return in_org

    @_read_once
    def stats_by_page(self) -> tuple[list[int], list[int]]:
        """The statistics' page starts, sorted, and their indices in that order: an event asks for
        the few in its span, so only those are converted to local offsets, not all of them."""
        starts = [s.start for s in self._statistics]
        order = sorted(range(len(starts)), key=starts.__getitem__)
        return [starts[k] for k in order], order

    @_read_once
    def sources(self) -> list[int]:
        """Where the source cues (记者从X获悉) start."""
        return [m.start() for m in alternation("source").finditer(self.text)]

    @_read_once
    def opening_date(self) -> Located | None:
        """The day the article's first sentence names (its dateline, `本报讯 3月12日，…`), or None."""
        first = self.article.body_start
        _, end = self.layout.sentences[self.layout.clauses[self.layout.clause_of(first)][2]]
        for d in self.dates_in(first, end):
            if d.mention.value is not None and d.mention.grain == "day":
                return d
        return None

    @_read_once
    def name_quotes(self) -> dict[int, int]:
        """Closing mark → opening mark of each quotation (“…”, 「…」) of the article."""
        text = self.text
        return {closer: opener for opener, closer in self.layout.closing.items() if text[opener] in _NAME_QUOTES}

    @_read_once
    def name_quote_openers(self) -> list[int]:
        return sorted(self.name_quotes.values())

    def quote_opener(self, closer: int) -> int:
        """The opening mark of the quotation that closes at `closer`, or -1."""
        return self.name_quotes.get(closer, -1)

    def quote_after(self, pos: int, end: int) -> int:
        """The opening mark of the first quotation that opens and closes inside [pos, end), or -1."""
        openers = self.name_quote_openers
        k = bisect.bisect_left(openers, pos)
        if k < len(openers) and openers[k] < end and self.layout.closing[openers[k]] < end:
            return openers[k]
        return -1

    def quote_before(self, pos: int) -> int:
        """The opening mark of a quotation that closes a few Han characters before `pos`
        (“海上花园”系列文旅活动), or -1."""
        text, quotes = self.text, self.name_quotes
        k = pos - 1
        while k >= 0 and pos - k <= _NAME_GAP + 1:
            if k in quotes:
                return quotes[k]
            if not ("\u4e00" <= text[k] <= "\u9fff"):
                return -1
            k -= 1
        return -1

    def told_by_body(self, hit) -> bool:
        """Whether an organization mention is the subject right before a trigger word, with only
        dates and adverbs between (东盟秘书处当天发布的数据: a release told, though 的 follows it)."""
        k = bisect.bisect_right(self.org_starts, hit.start) - 1
        while k >= 0 and self.orgs[k].end > hit.start:
            k -= 1
        if k < 0 or hit.start - self.orgs[k].end > _TOLD_GAP:
            return False
        pos = self.orgs[k].end
        while pos < hit.start:
            j = bisect.bisect_left(self.date_starts, pos)
            if j < len(self.dates) and self.dates[j].start == pos:
                pos = self.dates[j].end
                continue
            end = cue_at(self.text, pos, "adverb")
            if end < 0:
                return False
            pos = end
        return pos == hit.start

    def in_date(self, pos: int) -> bool:
        """Whether `pos` is inside a date mention (植树节, 开学季: a trigger word in a date's name)."""
        k = bisect.bisect_right(self.date_starts, pos) - 1
        return k >= 0 and self.dates[k].start <= pos < self.dates[k].end

    def date_starting(self, pos: int) -> bool:
        """Whether a date mention starts at `pos`."""
        k = bisect.bisect_left(self.date_starts, pos)
        return k < len(self.dates) and self.dates[k].start == pos

    def closes_registration(self, cutoff: int) -> bool:
        """Whether the cutoff word (截至) at `cutoff` stands right after a registration word or noun, or
        after its window noun (`window_noun`: 时间, 日期): 报名截至本周四 (heldout39/county_news), 申领时间截至明年
        1月下旬 (heldout9/economy_page) close the window, a deadline, where 截至3月4日，已登记… ends a count."""
        named = cue_start_before(self.text, cutoff, "window_noun")
        at = named if named >= 0 else cutoff
        k = bisect.bisect_left(self.body_hit_ends, at)
        return k < len(self.body_hits) and self.body_hits[k].end == at and \
            self.body_hits[k].trigger.type == _REGISTRATION

    def dates_in(self, lo: int, hi: int) -> list[Located]:
        """The date mentions inside [lo, hi)."""
        return within(self.dates, self.date_starts, lo, hi)

    def org_starting(self, lo: int, hi: int) -> Located | None:
        """The first organization mention that starts in [lo, hi)."""
        k = bisect.bisect_left(self.org_starts, lo)
        if k < len(self.orgs) and self.orgs[k].start < hi:
            return self.orgs[k]
        return None

    def stats_within(self, lo: int, hi: int) -> list[int]:
        """Indices of the statistics inside local [lo, hi) (as `within` reads them), in text order:
        a statistic starts in the range only if its page start is in a page span of the range."""
        starts, order = self.stats_by_page
        stats, to_local = self._statistics, self.article.to_local
        found: set[tuple[int, int, int]] = set()  # a set: page spans of two pieces may overlap
        for page_lo, page_hi in self.article.page_spans(lo, hi):
            k = bisect.bisect_left(starts, page_lo)
            while k < len(starts) and starts[k] < page_hi:
                stat = stats[order[k]]
                local = to_local(stat.start, stat.end)
                if local is not None and lo <= local[0] < hi and local[1] <= hi:
                    found.add((*local, order[k]))
                k += 1
        return [index for _, _, index in sorted(found)]

    def money_at(self, pos: int) -> bool:
        """Whether a money statistic starts at local `pos` (将投入25亿英镑: the sum a plan commits)."""
        spans = self.article.page_spans(pos, pos + 1)
        if not spans:
            return False
        starts, order = self.stats_by_page
        page_pos = spans[0][0]
        k = bisect.bisect_left(starts, page_pos)
        return k < len(starts) and starts[k] == page_pos and self._statistics[order[k]].kind == "money"

    def _paper_dateline_end(self, pos: int, limit: int) -> int:
        """End of `香港文汇报讯` (a paper's name and 报讯/专讯, no date) at `pos`, else -1."""
        text = self.text
        k = text.find(_PAPER_DATELINE, pos + 1, min(limit, pos + _DATELINE_PLACE + 1))
        if k < 0 or text[k - 1] not in _PAPER_DATELINE_KINDS or not _HAN_RUN.fullmatch(text, pos, k):
            return -1
        return k + len(_PAPER_DATELINE)

    def skip_lead(self, pos: int, limit: int) -> int:
        """Past `本报讯`, an item opener (`另讯`), dates, `当日`, `同时`, `将`, a quotation or a
        parenthesis at a clause start: where the clause's subject starts. Read once per range: the
        subject, place and candidate readers ask for the same clause heads."""
        key = (pos, limit)
        found = self._leads.get(key)
        if found is None:
            found = self._leads[key] = self._read_lead(pos, limit)
        return found

    def _read_lead(self, pos: int, limit: int) -> int:
        text, date_starts, dates, closing = self.text, self.date_starts, self.dates, self.layout.closing
        while pos < limit:
            if text[pos].isspace():
                pos += 1
                continue
            k = bisect.bisect_left(date_starts, pos)
            if k < len(dates) and dates[k].start == pos:
                pos = dates[k].end
                continue
            end = cue_at(text, pos, _LEAD_WORDS)
            if text.find("月", pos, min(limit, pos + _DATELINE_MONTH_WITHIN)) >= 0:
                dateline = _DATELINE.match(text, pos, limit)
                end = max(end, dateline.end() if dateline else -1)
            if text.find(_PAPER_DATELINE, pos + 1, min(limit, pos + _DATELINE_PLACE + 1)) >= 0:
                end = max(end, self._paper_dateline_end(pos, limit))  # 香港文匯報訊: most clause starts have no 讯
            if text.startswith(_REPORTER, pos):
                reporter = _REPORTER_DATELINE.match(text, pos, limit)  # 記者吳 家 豪／花蓮報導
                end = max(end, reporter.end() if reporter else -1)
            if end > 0:
                pos = end
                continue
            if pos in closing and text[pos] in _SKIPPED_OPENERS:
                pos = closing[pos] + 1
                continue
            break
        return pos
