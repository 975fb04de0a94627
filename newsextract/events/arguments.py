"""Event arguments: the date, place, organizers, participants and theme of an event record.

An `ArgumentReader` holds one article's text, clause layout and the mentions found
before events (dates, organizations, statistics) at local offsets; its readers take a
record (the clauses that tell one happening, see `events`) and return spans or mentions.
The rules and their counterexamples are in the readers' docstrings and comments.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Sequence

import regex

from ..organizations import regions
from ..text.clauses import Layout
from .cues import alternation, cue_at, cue_ends_at, cue_words, overlapping, trailing_words
from .triggers import Triggers
from ..models import DateMention, DateValue, Organization, Statistic
from ..text.offsets import ArticleText

if TYPE_CHECKING:  # the record types are built by events, which imports this module
    from .records import _Candidate, _Record


class Located(NamedTuple):
    """Another extractor's mention at local offsets, with its index in the article's list
    (a tuple: an article locates hundreds of them, and text order is tuple order)."""

    start: int
    end: int
    index: int
    mention: object


def locate(article: ArticleText, mentions: Sequence) -> list[Located]:
    """The mentions that fall in the article, at local offsets, in text order."""
    to_local = article.to_local
    out = []
    for k, m in enumerate(mentions):
        local = to_local(m.start, m.end)
        if local is not None:
            out.append(Located(local[0], local[1], k, m))
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


@dataclass
class Party:
    """An organizer or participant: its span, the organization mention it is, and the name to
    report when the text only points at it (`该院` → 洛阳市中心医院)."""

    start: int
    end: int
    org: Located | None = None
    name: str | None = None


@dataclass
class Subject:
    """Who the clause says acts, and where that phrase starts."""

    parties: list[Party]
    start: int  # where the subject phrase starts (after dates and 本报讯)
    group: bool  # `X的志愿者们`: X are participants, not organizers
    implicit: bool = False  # `与X联合印发`: X are co-organizers of an unnamed subject
    source: list[Party] = field(default_factory=list)  # `记者从团市委获悉`: organizers by default


_UNREAD = object()  # a date whose value `_value` has not read yet
_GRAIN_ORDER = {"day": 0, "xun": 1, "month": 2, "quarter": 3, "season": 4, "year": 5}
# A date anchors an event when it names a day, a part of a month or a month; `今年` does not
# (`学校今年还将与瑞安市签约` is a plan, not a happening).
_ANCHORING_DAYS = 31

_THEME_WORD = "主题"
_THEME_PATTERNS = (  # each holds _THEME_WORD
    regex.compile(r"以“([^“”\n]{1,40})”为主题"),  # 以“履行植树义务,共建美丽山西”为主题
    regex.compile(r"主题为“([^“”\n]{1,40})”"),  # 活动主题为“…”
    regex.compile(r"“([^“”\n]{1,40})”\p{Han}{0,8}?主题"),  # “播种绿色 拥抱春天”植树节主题活动
)
# `re` where no \p{Han} is needed: its calls cost a third of the `regex` module's.
# Characters a place or a fallback organizer name may hold (二〇七所社区, 龙城幼教——凯森幼儿园).
_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9“”‘’—·]+")
# Digits inside a place only as a number of a building (3号楼), not `布局5个教学实践基地`.
_PLACE_DIGITS = re.compile(r"[0-9]+(?![0-9]*[号栋幢层])")
# After an organization, what makes it the home of a group, not the actor: X的志愿者们, X2名小学生代表.
_GROUP_AFTER = re.compile(r"的|[0-9一二两三四五六七八九十百千]+[余多]?[名位个支批]")
# A fallback organizer name stops at 的 (X的志愿者们), a quotation or a number.
_FALLBACK_STOP = re.compile(r"[的“”0-9]")
# `新华社北京3月5日电`, `本报洛阳3月12日讯`: who sent the story, not who acted.
_DATELINE = regex.compile(r"\p{Han}{0,10}?[0-9]{1,2}月[0-9]{1,2}日[电讯]")
# An area written before an organization mention (迎泽区 + 老军营街道) belongs to its name.
_AREA_PREFIX = regex.compile(r"\p{Han}{1,6}[省市区县镇乡]")
# Bounds that keep every step constant-time: the longest place or name read, the widest gap
# before a chained mention, how many clauses back a subject is sought.
_PLACE_RUN = 30
_NAME_RUN = 30
_LINK_GAP = 8
_SUBJECT_LOOKBACK = 12
_REGION_RUN = 8  # the longest county or district name tried at a subject (呼和浩特市赛罕区 is a chain)
_BODY_RUN = 12  # 县农业农村局, 市文化广电新闻出版旅游局
_COUNTY_ENDS = frozenset("县区市旗")  # a region acting as subject is a county-level one (not 山东省)
_LEVELS = frozenset("省市县区镇乡")  # 市体育局, 县农业农村局: a body named by its level


@functools.cache
def _county_initials() -> frozenset[str]:
    """First characters of the region names a subject may be (南康区, 呼和浩特市赛罕区): most
    clause heads (为, 对, 组织) start none, and then no name length needs to be tried."""
    return frozenset(name[0] for name in regions.by_name()
                     if 2 <= len(name) <= _REGION_RUN and name[-1] in _COUNTY_ENDS)


class _read_once:
    """`functools.cached_property` without its per-instance lock (Python 3.11 takes an RLock on
    every first read; a reader belongs to one call of one thread): a fact of the article is
    computed on first use and then stored on the reader like a plain attribute."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, reader, owner=None):
        if reader is None:
            return self
        value = reader.__dict__[self.name] = self.compute(reader)
        return value


class ArgumentReader:
    """Reads the arguments of the event records of one article.

    `events` extends it with the steps that build the records (candidates, merging,
    assembly) and fills `trigger_clauses`; the readers here only read.
    """

    def __init__(self, article: ArticleText, dates: Sequence[DateMention],
                 organizations: Sequence[Organization], statistics: Sequence[Statistic],
                 triggers: Triggers):
        self.article = article
        self.text = article.text
        self.triggers = triggers
        self._mentions = (dates, organizations, statistics)
        self._values: dict[int, DateValue | None] = {}  # date index → `_value`, read once per date
        # the clauses that state an event (a date there is that event's), filled by the event reader
        self.trigger_clauses: frozenset[int] = frozenset()

    # Everything below is read on first use: an article without a trigger word needs none of it,
    # one without an event no statistics.
    @_read_once
    def layout(self) -> Layout:
        return Layout.of(self.text)

    @_read_once
    def dates(self) -> list[Located]:
        # A date inside a document title dates the document (《2024年工作要点》), not an event.
        titled = self.layout.titled
        return [d for d in locate(self.article, self._mentions[0]) if not titled[d.start]]

    @_read_once
    def date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    @_read_once
    def date_by_index(self) -> dict[int, Located]:
        return {d.index: d for d in self.dates}

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
        return locate(self.article, self._mentions[1])

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
        starts = [s.start for s in self._mentions[2]]
        order = sorted(range(len(starts)), key=starts.__getitem__)
        return [starts[k] for k in order], order

    def stats_within(self, lo: int, hi: int) -> list[int]:
        """Indices of the statistics inside local [lo, hi) (as `within` reads them), in text order:
        a statistic starts in the range only if its page start is in a page span of the range."""
        starts, order = self.stats_by_page
        stats, to_local = self._mentions[2], self.article.to_local
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

    @_read_once
    def sources(self) -> list[int]:
        return [m.start() for m in alternation("source").finditer(self.text)]

    # -------------------------------------------------------------- dates
    def _dates_in(self, lo: int, hi: int) -> list[Located]:
        return within(self.dates, self.date_starts, lo, hi)

    def _value(self, d: Located) -> DateValue | None:
        """A mention's value; `当日` left unresolved takes the value of the date before it; a
        time before or after a date (`今年年底前`, `今年春节后`) is no date of an event."""
        value = self._values.get(d.index, _UNREAD)
        if value is _UNREAD:
            value = self._values[d.index] = self._read_value(d)
        return value

    def _read_value(self, d: Located) -> DateValue | None:
        if self.text[d.end - 1:d.end + 1].strip("前后") != self.text[d.end - 1:d.end + 1]:
            return None
        if cue_ends_at(self.text, d.start, "cutoff"):
            return None  # 截至3月4日: the end of a count, not a day something happened
        value = d.mention.value
        if value is None and d.mention.text in cue_words("anaphor"):
            k = bisect.bisect_left(self.date_starts, d.start) - 1
            if k >= 0 and self.last_dated[k] >= 0:
                return self.dates[self.last_dated[k]].mention.value
        return value

    def _clause_value(self, clause: int) -> DateValue | None:
        start, end, _ = self.layout.clauses[clause]
        best = self._finest([d for d in self._dates_in(start, end) if self._value(d) is not None])
        return self._value(best) if best else None

    def _precision(self, d: Located) -> tuple[int, int]:
        value = self._value(d)
        days = (value.end - value.start).days if value else 10 ** 6
        return _GRAIN_ORDER.get(d.mention.grain or "", 6), days

    def _finest(self, found: list[Located]) -> Located | None:
        """The most precise dated mention (5月24日至25日 over 2025年度)."""
        dated = [d for d in found if self._value(d) is not None]
        return min(dated, key=self._precision) if dated else None

    def _reported(self, d: Located, trigger_start: int) -> bool:
        """`3月12日,记者从X获悉,…`: a source cue between the date and the trigger makes it the
        day of the report, which is the event's date only when nothing better is said."""
        if d.end >= trigger_start:
            return False
        k = bisect.bisect_left(self.sources, d.end)
        return k < len(self.sources) and self.sources[k] < trigger_start

    def date_of(self, rec: _Record) -> Located | None:
        """The event's date mention.

        A date scheduled in the trigger's clause wins (`将于5月24日至25日进行`); else the most
        precise grain among the clause's dates before the trigger, the nearest date before the
        clause in the span (`12日上午,2025年一季度…签约活动…举行`) and the clause's dates after
        the trigger (`报名时间为3月14日至3月25日`), in that order on ties (`3月11日上午,…开展
        “3·15”…宣传活动`); else the last date of the sentence before the trigger, even the day
        of the report or a vague `近日` (then None), unless another event's clause holds it.
        """
        lead = rec.candidates[0]
        trigger_start = rec.lead.trigger_start
        first_hit = lead.first_hit
        start, end, _ = self.layout.clauses[lead.clause]
        in_clause = self._dates_in(start, end)
        found = [d for d in in_clause if self._value(d) is not None and not self._reported(d, trigger_start)]
        for d in found:
            if d.start > first_hit and self.text[max(0, d.start - 1):d.start] == "于":
                return d
        before = [d for d in self._dates_in(rec.start, start) if not self._reported(d, trigger_start)]
        if before and any(self._value(d) is None and d.mention.value is None
                          for d in in_clause if d.start < first_hit and d.end <= first_hit):
            before = []  # 清明节临近,市民政局日前发出…倡议: the clause's own time is vague
        options = [self._finest([d for d in found if d.start < first_hit]),
                   before[-1] if before and self._value(before[-1]) is not None else None,
                   self._finest([d for d in found if d.start >= first_hit])]
        options = [d for d in options if d is not None]
        if options:
            return min(options, key=lambda d: self._precision(d)[0])
        if in_clause:
            return None  # 四川片区春季巡护工作日前全面启动: the clause's own time is vague
        sent_start = self.layout.sentences[lead.sentence][0]
        k = bisect.bisect_left(self.date_starts, trigger_start) - 1
        last = self.dates[k] if k >= 0 else None
        if last is None or last.start < sent_start or last.end > trigger_start or \
                self.layout.clause_of(last.start) in self.trigger_clauses - {lead.clause}:
            return None  # 今年牡丹文化节将于4月上旬开幕,团市委…招募…: that date is the other event's
        return last

    def _anchors(self, d: Located | None, rec: _Record) -> bool:
        """Whether the date is said in the event's span, names a day, a xun or a month, and is
        no deadline (`今年年底前`)."""
        if d is None or d.start < rec.start:
            return False
        value = self._value(d)
        return value is not None and (d.mention.grain in ("day", "xun", "month")
                                      or (value.end - value.start).days < _ANCHORING_DAYS)

    # -------------------------------------------------------------- places
    def _place_ends(self, lo: int, hi: int) -> list[int]:
        """Ends of place nouns after `lo` up to `hi`, last first."""
        found = overlapping("file:place_nouns").finditer(self.text, lo, hi, overlapped=True)
        return sorted({m.end() for m in found if m.start() > lo}, reverse=True)

    def _place_at(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The place named from `pos` on (`龙潭公园` in 在龙潭公园活动现场), or None; places
        listed with `、` or `和` make one location (在重庆两江新区和成都东部新区同步举行)."""
        run = _NAME_CHARS.match(self.text, pos, min(limit, pos + _PLACE_RUN))
        if run is None or self.text[pos] in cue_words("not_place") or self.text[pos].isdigit():
            return None  # 在全市; 将于5月24日至25日进行
        stop = _PLACE_DIGITS.search(self.text, pos, run.end())
        run_end = stop.start() if stop is not None else run.end()
        for s, _, trig in self.triggers.scan(self.text[pos:run_end]):
            if trig.kind != "noun":
                run_end = pos + s  # 在国际大都会社区开展的公益课堂上: the place ends before 开展
                break
        for end in self._place_ends(pos, run_end):
            if self._dates_in(pos, end):
                continue
            if end == run.end() or self._may_follow_place(end):
                if self.text[end:end + 1] == "、":
                    more = self._place_at(end + 1, limit)
                    if more is not None:
                        return pos, more[1]
                return pos, end
        return None  # 在社区工作人员的带领下: 社区 is not where it happens

    def _may_follow_place(self, pos: int) -> bool:
        """What may follow a place: a trigger, a place word (现场, 内), an adverb (也), a list comma."""
        return (self.text[pos:pos + 1] == "、" or cue_at(self.text, pos, "place_tail|adverb") > 0
                or self.triggers.starts_at(self.text, pos))

    def _places(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """(cue start, place start, place end) for each `在X`/`于X`/`来到X` in [lo, hi)."""
        out = []
        shielded = self.layout.shielded
        for m in alternation("place_cue").finditer(self.text, lo, hi):
            start, end = m.span()
            if shielded[start] or self._false_cue(start, end):
                continue
            place = self._place_at(end, hi)
            if place is not None:
                out.append((start, *place))
        return out

    def _false_cue(self, start: int, end: int) -> bool:
        """`对于`, `由于`, `达到`, `正在`: the cue character is part of another word."""
        words = cue_words("not_place_cue")
        return self.text[max(0, start - 1):end] in words or self.text[start:end + 1] in words

    # -------------------------------------------------------------- who
    def _skip_lead(self, pos: int, limit: int) -> int:
        """Past `本报讯`, dates, `当日`, `同时`, `将`, a quotation or a parenthesis at a clause start."""
        while pos < limit:
            if self.text[pos].isspace():
                pos += 1
                continue
            k = bisect.bisect_left(self.date_starts, pos)
            if k < len(self.dates) and self.dates[k].start == pos:
                pos = self.dates[k].end
                continue
            # a dateline has its 月 within 13 characters: `str.find` spares most clause starts the regex
            month = self.text.find("月", pos, min(limit, pos + 13))
            dateline = _DATELINE.match(self.text, pos, limit) if month >= 0 else None
            end = max(cue_at(self.text, pos, "lead|anaphor|adverb"), dateline.end() if dateline else -1)
            if end > 0:
                pos = end
                continue
            if pos in self.layout.closing and self.text[pos] in "“(":
                pos = self.layout.closing[pos] + 1
                continue
            break
        return pos

    def _org_starting(self, lo: int, hi: int) -> Located | None:
        k = bisect.bisect_left(self.org_starts, lo)
        if k < len(self.orgs) and self.orgs[k].start < hi:
            return self.orgs[k]
        return None

    def _antecedent(self, pos: int) -> Party | None:
        """`该院`, `该行`: the last organization before whose name ends with that character."""
        if not self.text.startswith("该", pos) or pos + 2 > len(self.text):
            return None
        head = self.text[pos + 1]
        k = bisect.bisect_left(self.org_starts, pos) - 1
        while k >= 0:
            org = self.orgs[k]
            if self.text[org.end - 1] == head:
                return Party(pos, pos + 2, org, name=self.article.raw[org.start:org.end])
            k -= 1
        return None

    def _party_at(self, pos: int, limit: int, after_link: bool) -> Party | None:
        """The organization named at `pos`: a mention, else a name ending in an organizer suffix."""
        org = self._org_starting(pos, min(limit, pos + _LINK_GAP + 1))
        if org is not None and org.end <= limit:
            gap = self.text[pos:org.start]
            if not gap or (after_link and _NAME_CHARS.fullmatch(gap)) or _AREA_PREFIX.fullmatch(gap):
                return Party(org.start, org.end, org)
            if _NAME_CHARS.fullmatch(gap) and cue_ends_at(self.text, org.start, "file:place_nouns", pos + 1):
                # 大熊猫国家公园 + 四川省管理局: a place names the body, one name
                return Party(pos, org.end, org, name=self.article.raw[pos:org.end])
        if self.orgs:
            # the organizations extractor has spoken: 建立行业协会商会改革… is no subject; but a
            # jurisdiction (南康区, 济宁高新区) or a level-prefixed body (县农业农村局) may act
            return self._antecedent(pos) or self._jurisdiction_at(pos, limit) or self._body_at(pos, limit)
        return self._fallback_name(pos, limit)

    def _jurisdiction_at(self, pos: int, limit: int) -> Party | None:
        """`南康区已组织…`, `济宁高新区召开…`, `高新区将于…举办`: a county, district or development
        zone that acts; a place name needs a predicate right after it (not 南康区家具出口额)."""
        hi = min(limit, pos + _NAME_RUN)
        ends = []
        if alternation("zone").search(self.text, pos, hi) is not None:  # most subjects name no zone
            ends = [m.end() for m in overlapping("zone").finditer(self.text, pos, hi, overlapped=True)
                    if _NAME_CHARS.fullmatch(self.text, pos, m.start() if m.start() > pos else m.end())]
        if self.text[pos:pos + 1] in _county_initials():
            known = regions.by_name()
            ends += [pos + n for n in range(2, min(_REGION_RUN, hi - pos) + 1)
                     if self.text[pos + n - 1] in _COUNTY_ENDS and self.text[pos:pos + n] in known]
        for end in sorted(set(ends), reverse=True):
            if self._predicate_at(end):
                return Party(pos, end)
        return None

    def _body_at(self, pos: int, limit: int) -> Party | None:
        """`县农业农村局`, `市体育局` the organizations extractor missed: a level character and a
        short name ending in an organizer suffix, then a predicate."""
        if self.text[pos:pos + 1] not in _LEVELS:
            return None
        party = self._fallback_name(pos, min(limit, pos + _BODY_RUN))
        return party if party is not None and self._predicate_at(party.end) else None

    def _predicate_at(self, pos: int) -> bool:
        """What may follow a subject: an adverb (已, 将), a link (联合), a place cue (在), a trigger."""
        return cue_at(self.text, pos, "adverb|link|place_cue") > 0 or self.triggers.starts_at(self.text, pos)

    def _fallback_name(self, pos: int, limit: int) -> Party | None:
        """No mention here: the longest name up to a boundary that ends in an organizer suffix."""
        if pos >= limit or self.text[pos] in cue_words("not_place") or cue_at(self.text, pos, "clause_verb") > 0:
            return None  # 建立行业协会商会改革发展联席会议制度: a subjectless clause
        run = _NAME_CHARS.match(self.text, pos, min(limit, pos + _NAME_RUN))
        if run is None:
            return None
        end = run.end()
        stop = _FALLBACK_STOP.search(self.text, pos, end)
        if stop is not None:
            end = stop.start()
        for role in ("place_cue", "adverb", "link", "host", "source"):
            m = alternation(role).search(self.text, pos, end)
            while m is not None and role == "link" and m.group() in ("和", "同", "及"):
                m = alternation(role).search(self.text, m.end(), end)  # 太原市规划和自然资源局
            if m is not None and m.start() > pos:
                end = m.start()
        for s, e, _ in self.triggers.scan(self.text[pos:end]):
            if not alternation("file:organizer_suffixes").match(self.text, pos + e):
                end = pos + s  # cut at 开展, but 组织部 is a name
                break
        best = None
        for m in overlapping("file:organizer_suffixes").finditer(self.text, pos, end, overlapped=True):
            if m.start() > pos:
                best = max(best or 0, m.end())
        return Party(pos, best) if best else None

    def _chain(self, pos: int, limit: int) -> tuple[list[Party], int]:
        """`X、Y与Z` / `X联合Y` from `pos`: the parties and where the chain ends."""
        parties: list[Party] = []
        party = self._party_at(pos, limit, after_link=False)
        while party is not None:
            parties.append(party)
            pos = party.end
            if self.text.startswith("等", pos):
                pos += 1
            adverb = cue_at(self.text, pos, "adverb")
            link = cue_at(self.text, adverb if adverb > 0 else pos, "link")  # X将联合Y、Z开展
            if link < 0:
                break
            party = self._party_at(link, limit, after_link=True)
            if party is None:
                break
        return parties, pos

    def _source_party(self, start: int, end: int) -> list[Party]:
        """`记者从团市委获悉`, `市工商联相关负责人表示`: who gave the news."""
        k = self.text.find("从", start, end)
        if k >= 0:
            parties, _ = self._chain(k + 1, end)
            if parties:
                return parties
        parties, _ = self._chain(self._skip_lead(start, end), end)
        return parties

    def subject(self, rec: _Record) -> Subject:
        """Who acts: the organizations at the head of the trigger's clause, else of an earlier
        clause of the span (`当日,X、Y在龙潭公园,开展了…`); the source of the news
        (`记者从团市委获悉`) stands in when no organization is the subject. A trigger clause that
        opens with a plan verb (`计划于…开展培训`) or names the event as its subject (`赛事志愿者
        招募将于…启动`) has the earlier clause's subject, without that clause's partners."""
        lead = rec.candidates[0]
        carried = False
        implicit: list[Party] = []
        source: list[Party] = []
        found: Subject | None = None
        sent_start = self.layout.sentences[lead.sentence][0]
        clause = lead.clause
        while clause >= 0 and lead.clause - clause <= _SUBJECT_LOOKBACK:
            start, end, _ = self.layout.clauses[clause]
            if end < sent_start:
                break
            limit = lead.first_hit if clause == lead.clause else end
            if alternation("source").search(self.text, start, end):
                source = source or self._source_party(start, end)
            elif found is None and (end >= rec.start or implicit):
                pos = self._skip_lead(max(start, sent_start), limit)
                link = cue_at(self.text, pos, "link")
                parties, after = self._chain(link if link > 0 else pos, limit)
                if parties and link > 0 and not implicit:
                    implicit = parties  # 与市委组织部联合印发, 将联合X开展: someone else leads
                elif parties:
                    if carried and not self._event_follows(after, end):
                        parties = self._before_partners(parties)
                    return Subject(parties + implicit, pos, _GROUP_AFTER.match(self.text, after) is not None)
                elif implicit and cue_at(self.text, pos, "scope") > 0:
                    break  # 全市将安排资金…,同时联合X推出: the city leads, not who told the news
                elif clause == lead.clause and pos < limit and not implicit:
                    if self._elided(pos, lead):
                        carried = True
                    else:
                        found = Subject([], pos, False)  # a subject that is no organization
            clause -= 1
        if implicit:
            return Subject(source + implicit, rec.start, False, True)
        found = found or Subject([], rec.start, False)
        found.source = source
        return found

    def _elided(self, pos: int, lead: _Candidate) -> bool:
        """`计划于3月中旬…开展培训`, `赛事志愿者招募将于9月上旬启动`: the clause's subject is the
        sentence's, not written here."""
        if cue_at(self.text, pos, "plan") > 0:
            return True
        after = lead.trigger_start + len(lead.trigger.word)
        return lead.trigger.kind == "word" and self.text.startswith(lead.trigger.word, lead.trigger_start) and \
            cue_at(self.text, after, "adverb|place_cue") > 0

    def _event_follows(self, pos: int, end: int) -> bool:
        """Whether the chain ending at `pos` is followed by an event's verb, a place or the clause
        end (X联合Y走进社区,开展…), not by a predicate of its own (X将联合Y组建团队,…)."""
        while (past := cue_at(self.text, pos, "adverb")) > 0:
            pos = past
        return pos >= end or self.triggers.starts_at(self.text, pos) or cue_at(self.text, pos, "place_cue") > 0

    def _before_partners(self, parties: list[Party]) -> list[Party]:
        """The parties before the first one joined by a partner link (联合, 会同)."""
        partners = alternation("partner")
        for k in range(1, len(parties)):
            if partners.search(self.text, parties[k - 1].end, parties[k].start):
                return parties[:k]
        return parties

    def hosts(self, rec: _Record) -> list[Party]:
        """`由X主办`, `由X、Y联合承办`, `由X主办、Y承办`: the organizers named by host verbs."""
        return self._hosts_in(rec.start, rec.end)

    def _builders(self, rec: _Record, place: tuple[int, int]) -> list[Party]:
        """`X社区“家门口”就业服务站正式揭牌运行。服务站由Y联合Z共同打造`: the next sentence names the
        place the subject is again (its last characters, or 该 + them) and who runs it."""
        nxt = rec.candidates[-1].sentence + 1
        if nxt >= len(self.layout.sentences):
            return []
        lo, hi = self.layout.sentences[nxt]
        pos = self._skip_lead(lo, hi)
        if self.text.startswith("该", pos):
            pos += 1
        k = self.text.find("由", pos, min(hi, pos + _LINK_GAP + 1))
        named = self.text[pos:k]
        if k <= pos or not self.text.endswith(named, place[0], place[1]):
            return []
        return self._hosts_in(k, hi, "builder")

    def _hosts_in(self, lo: int, hi: int, role: str = "host") -> list[Party]:
        k = self.text.find("由", lo, hi)
        while k >= 0:
            found: list[Party] = []
            pos = k + 1
            while True:
                parties, after = self._chain(pos, hi)
                host = self._host_at(after, role)
                if not parties or host < 0:
                    break
                found.extend(parties)
                if self.text[host:host + 1] != "、":
                    break
                pos = host + 1
            if found:
                return found
            k = self.text.find("由", k + 1, hi)
        return []

    def _host_at(self, pos: int, role: str = "host") -> int:
        """End of `(联合)主办` / `的主办` at `pos`, or -1."""
        while (past := cue_at(self.text, pos, "adverb")) > 0:
            pos = past
        if self.text.startswith("的", pos):
            pos += 1
        return cue_at(self.text, pos, "host|" + role)  # the longer of a host and a `role` word

    def participants(self, rec: _Record) -> list[tuple[int, int]]:
        found = []
        for m in alternation("file:participant_words").finditer(self.text, rec.start, rec.stat_limit):
            if not self.layout.shielded[m.start()] and not self.in_org[m.start()]:
                found.append((m.start(), m.end()))
        return found

    def theme(self, rec: _Record) -> tuple[int, int] | None:
        if self.text.find(_THEME_WORD, rec.start, rec.stat_limit) < 0:
            return None  # every theme pattern says 主题: one `str.find` spares most events three searches
        for pattern in _THEME_PATTERNS:
            m = pattern.search(self.text, rec.start, rec.stat_limit)
            if m is not None:
                return m.span(1)
        return None

    # -------------------------------------------------------------- assembling
    def _location(self, rec: _Record, subject: Subject) -> tuple[tuple[int, int] | None, bool]:
        """The place and whether it hosts the event (在X开展: X may be the organizer)."""
        for cand in rec.candidates:
            if cand.place_after is not None:
                return cand.place_after, False
        trigger_clauses = {c.clause for c in rec.candidates}
        places = self._places(rec.start, rec.end)
        inside = [p for p in places if self.layout.clause_of(p[0]) in trigger_clauses]
        chosen = inside[0] if inside else (places[-1] if places else None)
        if chosen is not None:
            clause_start = self.layout.clauses[self.layout.clause_of(chosen[0])][0]
            at_head = self._skip_lead(clause_start, chosen[0]) == chosen[0]  # not 推介会在X举行
            return (chosen[1], chosen[2]), at_head
        return self._subject_place(rec, subject), False

    def _subject_place(self, rec: _Record, subject: Subject) -> tuple[int, int] | None:
        """`二〇七所社区开设的公益课堂`, `万柏林区虎胜东街进行…改造`, `X学院举办讲座`: the subject is
        the place — unless it is an organization that is neither a community nor a venue (市司法局开展…)."""
        lead = rec.candidates[0]
        start = subject.start
        if subject.implicit or len(subject.parties) > 1 or not start < lead.first_hit \
                or self.layout.clause_of(start) != lead.clause:
            return None
        end = lead.first_hit
        trimmed = True
        while trimmed and end > start:
            trimmed = False
            k = bisect.bisect_left(self.date_starts, end) - 1
            if k >= 0 and self.dates[k].end == end and self.dates[k].start > start:
                end, trimmed = self.dates[k].start, True  # 四川片区春季巡护
                continue
            for n in (2, 1):
                if self.text[end - n:end] in trailing_words():
                    end, trimmed = end - n, True  # 社儿坪中队迅速现场走访
                    break
        named = end - 1 if self.text[end - 1:end] == "”" else end  # 东岗社区“幸福驿站”
        if self.text[start] in cue_words("not_place") or _NAME_CHARS.fullmatch(self.text, start, end) is None:
            return None
        # the cheap tests first: each is pure, so their order does not change the answer
        party = subject.parties[0] if subject.parties else None
        if party is not None and party.end == end:
            kind = getattr(party.org.mention, "kind", None) if party.org else None
            venue = cue_ends_at(self.text, end, "venue_head", start)
            if kind is not None and kind != "community" and not venue:
                return None  # 市工商联开展…: a body, not a place; but 济宁学院还举办了…讲座 is at the college
            if kind is None and not cue_ends_at(self.text, end, "community_head", start):
                return None
        if _PLACE_DIGITS.search(self.text, start, end) \
                or alternation("place_cue").search(self.text, start, end) \
                or alternation("adverb").search(self.text, start, end) \
                or any(len(m.group()) > 1 or m.group() in "与、" for m in
                       alternation("link").finditer(self.text, start, end)) or self._dates_in(start, end) \
                or not cue_ends_at(self.text, named, "file:place_nouns", start + 1):  # a place noun ends it
            return None  # 4月中旬起在各县举办, 学校今年还将与瑞安市签约, 选手将代表我市参加: no place
        return start, end
