"""Events: typed records of what happened, when, where and who, linked to mentions.

An event is stated by a trigger word in a clause (`开展…活动`, `召开`, `赔付`); its
arguments come from that clause and the part of its sentence before it (the subject
often stands a clause earlier: `当日,X、Y在龙潭公园,开展了…活动`). The vocabulary is
data (`data/event_triggers.tsv`, `event_cues.tsv`, `place_nouns.tsv`,
`participant_words.tsv`, `organizer_suffixes.tsv`); callers add their own triggers
with `Triggers.default().extended(rows)` and pass them as `find(..., triggers=...)`.

Only events with something concrete are emitted: a date, a place or a named
organizer stated in the event's own span. Year-summary actions (`印发《工作规则》`)
and cumulative counts (`累计开展…活动129941次`, `截至3月4日,已发放…`) are left out.
A happening named again later (`揭牌当天`), or shown by a photo caption of the page
(`without_retold_captions`), stays one record.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

import ahocorasick
import regex

from . import lexicon, regions
from .context import Context
from .models import Article, DateMention, DateValue, Event, Organization, Statistic
from .clauses import Layout
from .text import ArticleText

#: The event types of GUIDELINES §5 and of the gold pages; user rows may name others.
EVENT_TYPES = frozenset({
    "activity", "meeting", "exam", "registration", "competition", "award", "policy", "signing",
    "payout", "construction", "lecture", "inspection", "visit", "training", "survey", "launch",
    "announcement", "recruitment", "festival", "opening", "patrol", "trial", "loan", "job_fair",
    "health_check", "campaign", "exhibition", "service",
})
TRIGGER_KINDS = ("word", "verb", "noun", "move")

_TYPE_NAME = regex.compile(r"[a-z][a-z_]*")


# ------------------------------------------------------------------ trigger vocabulary
@dataclass(frozen=True)
class Trigger:
    """A trigger word: the event type it states and how it states it (see event_triggers.tsv)."""

    word: str
    type: str
    kind: str


class Triggers:
    """An immutable trigger vocabulary with its matcher.

    `Triggers.default()` is the package's data; `extended(rows)` returns a new
    vocabulary with the caller's `(word, type, kind)` rows added (a row for a word
    already known replaces it). No global state: pass the value to `find`.
    """

    def __init__(self, rows: Iterable[Sequence[str]]):
        entries: dict[str, Trigger] = {}
        for row in rows:
            if len(row) < 2:
                raise ValueError(f"newsextract.events: a trigger row needs (word, type[, kind]), got {row!r}")
            word, type_ = row[0].strip(), row[1].strip()
            kind = row[2].strip() if len(row) > 2 and row[2].strip() else "word"
            if not word:
                raise ValueError(f"newsextract.events: empty trigger word in {row!r}")
            if not _TYPE_NAME.fullmatch(type_):
                raise ValueError(f"newsextract.events: trigger {word!r} has type {type_!r}; "
                                 "use a lowercase name like 'activity'")
            if kind not in TRIGGER_KINDS:
                raise ValueError(f"newsextract.events: trigger {word!r} has kind {kind!r}; "
                                 f"use one of {', '.join(TRIGGER_KINDS)}")
            entries[word] = Trigger(word, type_, kind)
        self.entries: Mapping[str, Trigger] = MappingProxyType(entries)
        self._lengths = tuple(sorted({len(w) for w in entries}, reverse=True))
        automaton = ahocorasick.Automaton()
        for word, trigger in entries.items():
            automaton.add_word(word, trigger)
        if entries:
            automaton.make_automaton()
        self._automaton = automaton if entries else None

    @classmethod
    def default(cls) -> "Triggers":
        """The package's trigger data (`data/event_triggers.tsv`)."""
        return _default_triggers()

    def extended(self, rows: Iterable[Sequence[str]]) -> "Triggers":
        """A new vocabulary: these triggers plus `rows` of `(word, type, kind)`; kind defaults to 'word'."""
        mine = [(t.word, t.type, t.kind) for t in self.entries.values()]
        return Triggers([*mine, *rows])

    def starts_at(self, text: str, pos: int) -> bool:
        """Whether a trigger word starts at `pos` (a place ends before `开展`)."""
        return any(text[pos:pos + n] in self.entries for n in self._lengths)

    def scan(self, text: str) -> list[tuple[int, int, Trigger]]:
        """Leftmost-longest trigger occurrences in `text`, one pass."""
        if self._automaton is None:
            return []
        return [(end + 1 - len(t.word), end + 1, t) for end, t in self._automaton.iter_long(text)]


@functools.cache
def _default_triggers() -> Triggers:
    return Triggers(lexicon.rows("event_triggers", columns=3))


# ------------------------------------------------------------------ cue words
@functools.cache
def _cues() -> Mapping[str, frozenset[str]]:
    """Role → words of data/event_cues.tsv."""
    by_role: dict[str, set[str]] = {}
    for word, role, *more in lexicon.rows("event_cues", columns=2):
        for name in (role, *(m for m in more if m)):  # 打造 clause_verb host: two roles
            by_role.setdefault(name, set()).add(word)
    by_role.setdefault("link", set()).update(by_role.get("partner", ()))  # X联合Y chains like X、Y
    return MappingProxyType({role: frozenset(words) for role, words in by_role.items()})


def _words(role: str) -> frozenset[str]:
    return _cues().get(role, frozenset())


@functools.cache
def _alternation(name: str) -> "re.Pattern[str]":
    """One compiled alternation, longest word first, for a cue role or a data file."""
    words = lexicon.words(name[5:]) if name.startswith("file:") else _words(name)
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


@functools.cache
def _overlapping(name: str) -> "regex.Pattern[str]":
    """The same alternation for the `regex` module, whose finditer can report overlapping words."""
    return regex.compile(_alternation(name).pattern)


@functools.cache
def _lengths(role: str) -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in _words(role)}, reverse=True))


@functools.cache
def _trailing_words() -> frozenset[str]:
    """Words that may end a subject phrase without being part of a place (迅速, 现场, 春季)."""
    return _words("adverb") | _words("place_tail") | _words("time_tail")


def _cue_at(text: str, pos: int, role: str) -> int:
    """End of the longest `role` cue word starting at `pos`, or -1."""
    words = _words(role)
    for n in _lengths(role):
        if text[pos:pos + n] in words:
            return pos + n
    return -1


# ------------------------------------------------------------------ mentions in local offsets
@dataclass(frozen=True)
class _Located:
    """Another extractor's mention at local offsets, with its index in the article's list."""

    start: int
    end: int
    index: int
    mention: object


def _locate(article: ArticleText, mentions: Sequence) -> list[_Located]:
    out = []
    for k, m in enumerate(mentions):
        local = article.to_local(m.start, m.end)
        if local is not None:
            out.append(_Located(local[0], local[1], k, m))
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _within(items: list[_Located], starts: list[int], lo: int, hi: int) -> list[_Located]:
    """Items that start in [lo, hi) and end by hi."""
    k = bisect.bisect_left(starts, lo)
    out = []
    while k < len(items) and items[k].start < hi:
        if items[k].end <= hi:
            out.append(items[k])
        k += 1
    return out


# ------------------------------------------------------------------ the record being built
@dataclass
class _Candidate:
    """A clause that states an event, before arguments are read."""

    clause: int
    sentence: int
    trigger: Trigger  # the word reported as the trigger
    type: str
    first_hit: int  # where the clause's first trigger word starts
    trigger_start: int
    move: bool
    span_start: int = 0
    place_after: tuple[int, int] | None = None
    noun: str | None = None  # the event noun that typed it (交易会, 博览会)


@dataclass
class _Record:
    """One happening: the candidates that tell it and the span from its subject to its last clause."""

    candidates: list[_Candidate]
    start: int
    end: int
    stat_limit: int = 0
    organizers: list["_Party"] = field(default_factory=list)

    @property
    def lead(self) -> _Candidate:
        for c in self.candidates:
            if not c.move:
                return c
        return self.candidates[0]


@dataclass
class _Party:
    """An organizer or participant: its span, the organization mention it is, and the name to
    report when the text only points at it (`该院` → 洛阳市中心医院)."""

    start: int
    end: int
    org: _Located | None = None
    name: str | None = None


@dataclass
class _Subject:
    """Who the clause says acts, and where that phrase starts."""

    parties: list[_Party]
    start: int  # where the subject phrase starts (after dates and 本报讯)
    group: bool  # `X的志愿者们`: X are participants, not organizers
    implicit: bool = False  # `与X联合印发`: X are co-organizers of an unnamed subject
    source: list["_Party"] = field(default_factory=list)  # `记者从团市委获悉`: organizers by default


_GRAIN_ORDER = {"day": 0, "xun": 1, "month": 2, "quarter": 3, "season": 4, "year": 5}
# A date anchors an event when it names a day, a part of a month or a month; `今年` does not
# (`学校今年还将与瑞安市签约` is a plan, not a happening).
_ANCHORING_DAYS = 31

_THEME_PATTERNS = (
    regex.compile(r"以“([^“”\n]{1,40})”为主题"),  # 以“履行植树义务,共建美丽山西”为主题
    regex.compile(r"主题为“([^“”\n]{1,40})”"),  # 活动主题为“…”
    regex.compile(r"“([^“”\n]{1,40})”\p{Han}{0,8}?主题"),  # “播种绿色 拥抱春天”植树节主题活动
)
# Characters a place or a fallback organizer name may hold (二〇七所社区, 龙城幼教——凯森幼儿园).
_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9“”‘’—·]+")
# Digits inside a place only as a number of a building (3号楼), not `布局5个教学实践基地`.
_PLACE_DIGITS = regex.compile(r"[0-9]+(?![0-9]*[号栋幢层])")
# After an organization, what makes it the home of a group, not the actor: X的志愿者们, X2名小学生代表.
_GROUP_AFTER = regex.compile(r"的|[0-9一二两三四五六七八九十百千]+[余多]?[名位个支批]")
# A fallback organizer name stops at 的 (X的志愿者们), a quotation or a number.
_FALLBACK_STOP = regex.compile(r"[的“”0-9]")
# `新华社北京3月5日电`, `本报洛阳3月12日讯`: who sent the story, not who acted.
_DATELINE = regex.compile(r"\p{Han}{0,10}?[0-9]{1,2}月[0-9]{1,2}日[电讯]")
# An area written before an organization mention (迎泽区 + 老军营街道) belongs to its name.
_AREA_PREFIX = regex.compile(r"\p{Han}{1,6}[省市区县镇乡]")
_EACH = "分别"  # X与Y分别开展: each organizer on its own
# Bounds that keep every step constant-time: the longest place or name read, the widest gap
# before a chained mention, how many records and clauses back a merge or a subject is sought.
_PLACE_RUN = 30
_NAME_RUN = 30
_LINK_GAP = 8
_MERGE_LOOKBACK = 8
_SUBJECT_LOOKBACK = 12
_REGION_RUN = 8  # the longest county or district name tried at a subject (呼和浩特市赛罕区 is a chain)
_BODY_RUN = 12  # 县农业农村局, 市文化广电新闻出版旅游局
_COUNTY_ENDS = frozenset("县区市旗")  # a region acting as subject is a county-level one (not 山东省)
_LEVELS = frozenset("省市县区镇乡")  # 市体育局, 县农业农村局: a body named by its level


class _Reader:
    """Reads the events of one article."""

    def __init__(self, article: ArticleText, dates: Sequence[DateMention],
                 organizations: Sequence[Organization], statistics: Sequence[Statistic],
                 triggers: Triggers):
        self.article = article
        self.text = article.text
        self.layout = Layout.of(self.text)
        self.triggers = triggers
        # A date inside a document title dates the document (《2024年工作要点》), not an event.
        self.dates = [d for d in _locate(article, dates) if not self.layout.titled[d.start]]
        self.date_starts = [d.start for d in self.dates]
        self.date_by_index = {d.index: d for d in self.dates}
        self.last_dated: list[int] = []  # index of the last mention with a value, up to each
        last = -1
        for k, d in enumerate(self.dates):
            last = k if d.mention.value is not None else last
            self.last_dated.append(last)
        self.orgs = _locate(article, organizations)
        self.org_starts = [o.start for o in self.orgs]
        self.stats = _locate(article, statistics)
        self.stat_starts = [s.start for s in self.stats]
        self.in_org = bytearray(len(self.text))
        for o in self.orgs:
            self.in_org[o.start:o.end] = b"\x01" * (o.end - o.start)
        self.sources = [m.start() for m in _alternation("source").finditer(self.text)]

    # -------------------------------------------------------------- candidates
    def candidates(self) -> list[_Candidate]:
        by_clause: dict[int, list[tuple[int, int, Trigger]]] = {}
        for start, end, trig in self.triggers.scan(self.text):
            if start < self.article.body_start:
                continue  # a headline announces what the body reports: the body's clause is the event
            if self.layout.shielded[start] or self.in_org[start]:
                continue  # 《关于开展…的工作方案》, 太原市培训中心: not stated events
            if trig.kind == "noun" and (_alternation("file:place_nouns").match(self.text, end)
                                        or _alternation("file:organizer_suffixes").match(self.text, end)):
                continue  # 徐州国际会议中心, 文化活动中心: part of a name
            by_clause.setdefault(self.layout.clause_of(start), []).append((start, end, trig))
        out = []
        for clause, hits in sorted(by_clause.items()):
            cand = self._resolve(clause, hits)
            if cand is not None and not self._summary(cand):
                out.append(cand)
        self.trigger_clauses = frozenset(c.clause for c in out)
        return out

    def _resolve(self, clause: int, hits: list[tuple[int, int, Trigger]]) -> _Candidate | None:
        """One candidate per clause: a verb typed by its nearest event noun, else a word (typed
        by an event noun after it), else a move; a bare `activity` yields to a more specific
        word of the clause (集中签约活动在…举行 is a signing)."""
        _, _, sentence = self.layout.clauses[clause]
        typed = [h for h in hits if h[2].kind in ("noun", "word")]
        verbs = [h for h in hits if h[2].kind == "verb"]
        words = [h for h in hits if h[2].kind == "word"]
        first = hits[0][0]
        cand, noun_at = None, -1
        # 新签约项目23个, 车间改造项目总投资: the word names a kind of project, no act told
        words = [h for h in words if _cue_at(self.text, h[1], "described") < 0]
        if words and self.text.startswith("的", words[0][1]) and \
                not any(h[2].kind == "noun" and h[0] > words[0][1] for h in hits):
            words = []  # 在伊滨区集中签约的…项目: a project described, not a signing told
        if verbs and typed:
            verb = verbs[0]
            after = [h for h in typed if h[0] >= verb[1]]
            noun = after[0] if after else [h for h in typed if h[1] <= verb[0]][-1]
            shown = noun[2] if noun[2].kind == "word" else verb[2]  # 考试将于…进行: 考试
            cand = _Candidate(clause, sentence, shown, noun[2].type, first, verb[0], False)
            noun_at = noun[0]
            cand.noun = noun[2].word if noun[2].kind == "noun" else None
        elif words:
            word = words[0]
            nouns = [h for h in hits if h[2].kind == "noun" and h[0] >= word[1]]
            # the head of the object is its last noun: 发放涉农贷款 is a loan, 出台…检查若干举措 a policy
            kind = nouns[-1][2].type if nouns else word[2].type
            cand = _Candidate(clause, sentence, word[2], kind, first, word[0], False)
            noun_at = nouns[-1][0] if nouns else -1
            cand.noun = nouns[-1][2].word if nouns else None
        if cand is not None:
            if cand.type == "activity":  # 集中签约活动在…举行 is a signing; 启动…帮扶活动 an activity
                specific = [h for h in typed if h[2].type != "activity" and h[1] == noun_at]
                if specific:
                    cand.type = specific[0][2].type
            return cand
        for move in (h for h in hits if h[2].kind == "move"):
            after = move[1] + 1 if self.text.startswith("了", move[1]) else move[1]  # 来到了…公园
            place = self._place_at(after, self.layout.clauses[clause][1])
            if place is not None:  # 来到天鑫花园小区; not 春天来到
                return _Candidate(clause, sentence, move[2], move[2].type, first, move[0], True,
                                  place_after=place)
        return None

    def _summary(self, cand: _Candidate) -> bool:
        """`累计开展…活动129941次`, `先后获得…称号`, `每周走访企业`: many happenings, not one."""
        start, end, sentence = self.layout.clauses[cand.clause]
        if _alternation("cumulative").search(self.text, start, end) is not None:
            return True
        if _alternation("inventory").search(self.text, start, cand.first_hit):
            return True  # 设有岗位推介、技能培训等功能区: what a place holds, not what happened
        if any(self.text.endswith(w, start, cand.trigger_start) for w in _words("total")):
            return True  # 共签约29个项目: a total; not 共同签约 (the word must touch the trigger)
        # 截至3月4日,已向…发放贷款1.2亿元: a count up to a day, in its clause or the one before
        before = self.layout.clauses[cand.clause - 1] if cand.clause > 0 else None
        lo = before[0] if before is not None and before[2] == sentence else start
        return _alternation("cutoff").search(self.text, lo, end) is not None

    # -------------------------------------------------------------- records
    def records(self) -> list[_Record]:
        cands = self.candidates()
        previous_end: dict[int, int] = {}
        for cand in cands:
            sent_start, _ = self.layout.sentences[cand.sentence]
            cand.span_start = previous_end.get(cand.sentence, sent_start)
            previous_end[cand.sentence] = self.layout.clauses[cand.clause][1] + 1
        records: list[_Record] = []
        for cand in cands:
            same = None
            for rec in records[:-_MERGE_LOOKBACK - 1:-1]:  # 网上报名从3月14日开始,…,进行网上报名
                if rec.candidates[-1].sentence != cand.sentence:
                    break
                if self._same(rec, cand):
                    same = rec
                    break
            if same is not None:
                same.candidates.append(cand)
                same.end = self.layout.clauses[cand.clause][1]
                continue
            records.append(_Record([cand], cand.span_start, self.layout.clauses[cand.clause][1]))
        records.sort(key=lambda r: r.start)
        for k, rec in enumerate(records):
            sentence_end = self.layout.sentences[rec.candidates[-1].sentence][1]
            nxt = records[k + 1].start if k + 1 < len(records) else sentence_end
            rec.stat_limit = min(sentence_end, nxt) if nxt > rec.start else sentence_end
        return records

    def _same(self, rec: _Record, cand: _Candidate) -> bool:
        """One happening told twice in a sentence: same type (or a move joined to what it is for),
        unless both clauses state different dates of their own."""
        lead = rec.lead
        if not (cand.move or all(c.move for c in rec.candidates) or cand.type == lead.type):
            return False
        if cand.noun and lead.noun and cand.noun != lead.noun:
            return False  # 组织企业参加交易会,并将于5月中旬举办博览会: two exhibitions
        mine = self._clause_value(rec.candidates[-1].clause)
        theirs = self._clause_value(cand.clause)
        return mine is None or theirs is None or mine == theirs

    # -------------------------------------------------------------- dates
    def _dates_in(self, lo: int, hi: int) -> list[_Located]:
        return _within(self.dates, self.date_starts, lo, hi)

    def _value(self, d: _Located) -> DateValue | None:
        """A mention's value; `当日` left unresolved takes the value of the date before it; a
        time before or after a date (`今年年底前`, `今年春节后`) is no date of an event."""
        if self.text[d.end - 1:d.end + 1].strip("前后") != self.text[d.end - 1:d.end + 1]:
            return None
        if any(self.text.endswith(w, max(0, d.start - len(w)), d.start) for w in _words("cutoff")):
            return None  # 截至3月4日: the end of a count, not a day something happened
        value = d.mention.value
        if value is None and d.mention.text in _words("anaphor"):
            k = bisect.bisect_left(self.date_starts, d.start) - 1
            if k >= 0 and self.last_dated[k] >= 0:
                return self.dates[self.last_dated[k]].mention.value
        return value

    def _clause_value(self, clause: int) -> DateValue | None:
        start, end, _ = self.layout.clauses[clause]
        best = self._finest([d for d in self._dates_in(start, end) if self._value(d) is not None])
        return self._value(best) if best else None

    def _precision(self, d: _Located) -> tuple[int, int]:
        value = self._value(d)
        days = (value.end - value.start).days if value else 10 ** 6
        return _GRAIN_ORDER.get(d.mention.grain or "", 6), days

    def _finest(self, found: list[_Located]) -> _Located | None:
        """The most precise dated mention (5月24日至25日 over 2025年度)."""
        dated = [d for d in found if self._value(d) is not None]
        return min(dated, key=self._precision) if dated else None

    def _reported(self, d: _Located, trigger_start: int) -> bool:
        """`3月12日,记者从X获悉,…`: a source cue between the date and the trigger makes it the
        day of the report, which is the event's date only when nothing better is said."""
        if d.end >= trigger_start:
            return False
        k = bisect.bisect_left(self.sources, d.end)
        return k < len(self.sources) and self.sources[k] < trigger_start

    def date_of(self, rec: _Record) -> _Located | None:
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
        start, end, _ = self.layout.clauses[lead.clause]
        found = [d for d in self._dates_in(start, end)
                 if self._value(d) is not None and not self._reported(d, trigger_start)]
        for d in found:
            if self.text[max(0, d.start - 1):d.start] == "于" and d.start > lead.first_hit:
                return d
        before = [d for d in self._dates_in(rec.start, start) if not self._reported(d, trigger_start)]
        if any(self._value(d) is None and d.mention.value is None
               for d in self._dates_in(start, lead.first_hit)):
            before = []  # 清明节临近,市民政局日前发出…倡议: the clause's own time is vague
        options = [self._finest([d for d in found if d.start < lead.first_hit]),
                   before[-1] if before and self._value(before[-1]) is not None else None,
                   self._finest([d for d in found if d.start >= lead.first_hit])]
        options = [d for d in options if d is not None]
        if options:
            return min(options, key=lambda d: self._precision(d)[0])
        if self._dates_in(start, end):
            return None  # 四川片区春季巡护工作日前全面启动: the clause's own time is vague
        sent_start = self.layout.sentences[lead.sentence][0]
        k = bisect.bisect_left(self.date_starts, trigger_start) - 1
        last = self.dates[k] if k >= 0 else None
        if last is None or last.start < sent_start or last.end > trigger_start or \
                self.layout.clause_of(last.start) in self.trigger_clauses - {lead.clause}:
            return None  # 今年牡丹文化节将于4月上旬开幕,团市委…招募…: that date is the other event's
        return last

    def _anchors(self, d: _Located | None, rec: _Record) -> bool:
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
        found = _overlapping("file:place_nouns").finditer(self.text, lo, hi, overlapped=True)
        return sorted({m.end() for m in found if m.start() > lo}, reverse=True)

    def _place_at(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The place named from `pos` on (`龙潭公园` in 在龙潭公园活动现场), or None; places
        listed with `、` or `和` make one location (在重庆两江新区和成都东部新区同步举行)."""
        run = _NAME_CHARS.match(self.text, pos, min(limit, pos + _PLACE_RUN))
        if run is None or self.text[pos] in _words("not_place") or self.text[pos].isdigit():
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
        return (self.text[pos:pos + 1] == "、" or _cue_at(self.text, pos, "place_tail") > 0
                or _cue_at(self.text, pos, "adverb") > 0 or self.triggers.starts_at(self.text, pos))

    def _places(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """(cue start, place start, place end) for each `在X`/`于X`/`来到X` in [lo, hi)."""
        out = []
        for m in _alternation("place_cue").finditer(self.text, lo, hi):
            if self.layout.shielded[m.start()] or self._false_cue(m.start(), m.end()):
                continue
            place = self._place_at(m.end(), hi)
            if place is not None:
                out.append((m.start(), *place))
        return out

    def _false_cue(self, start: int, end: int) -> bool:
        """`对于`, `由于`, `达到`, `正在`: the cue character is part of another word."""
        words = _words("not_place_cue")
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
            dateline = _DATELINE.match(self.text, pos, limit)
            end = max(_cue_at(self.text, pos, "lead"), _cue_at(self.text, pos, "anaphor"),
                      _cue_at(self.text, pos, "adverb"), dateline.end() if dateline else -1)
            if end > 0:
                pos = end
                continue
            if pos in self.layout.closing and self.text[pos] in "“(":
                pos = self.layout.closing[pos] + 1
                continue
            break
        return pos

    def _org_starting(self, lo: int, hi: int) -> _Located | None:
        k = bisect.bisect_left(self.org_starts, lo)
        if k < len(self.orgs) and self.orgs[k].start < hi:
            return self.orgs[k]
        return None

    def _antecedent(self, pos: int) -> _Party | None:
        """`该院`, `该行`: the last organization before whose name ends with that character."""
        if not self.text.startswith("该", pos) or pos + 2 > len(self.text):
            return None
        head = self.text[pos + 1]
        k = bisect.bisect_left(self.org_starts, pos) - 1
        while k >= 0:
            org = self.orgs[k]
            if self.text[org.end - 1] == head:
                return _Party(pos, pos + 2, org, name=self.article.raw[org.start:org.end])
            k -= 1
        return None

    def _party_at(self, pos: int, limit: int, after_link: bool) -> _Party | None:
        """The organization named at `pos`: a mention, else a name ending in an organizer suffix."""
        org = self._org_starting(pos, min(limit, pos + _LINK_GAP + 1))
        if org is not None and org.end <= limit:
            gap = self.text[pos:org.start]
            if not gap or (after_link and _NAME_CHARS.fullmatch(gap)) or _AREA_PREFIX.fullmatch(gap):
                return _Party(org.start, org.end, org)
            if _NAME_CHARS.fullmatch(gap) and org.start in self._place_ends(pos, org.start):
                # 大熊猫国家公园 + 四川省管理局: a place names the body, one name
                return _Party(pos, org.end, org, name=self.article.raw[pos:org.end])
        if self.orgs:
            # the organizations extractor has spoken: 建立行业协会商会改革… is no subject; but a
            # jurisdiction (南康区, 济宁高新区) or a level-prefixed body (县农业农村局) may act
            return self._antecedent(pos) or self._jurisdiction_at(pos, limit) or self._body_at(pos, limit)
        return self._fallback_name(pos, limit)

    def _jurisdiction_at(self, pos: int, limit: int) -> _Party | None:
        """`南康区已组织…`, `济宁高新区召开…`, `高新区将于…举办`: a county, district or development
        zone that acts; a place name needs a predicate right after it (not 南康区家具出口额)."""
        hi = min(limit, pos + _NAME_RUN)
        ends = [m.end() for m in _overlapping("zone").finditer(self.text, pos, hi, overlapped=True)
                if _NAME_CHARS.fullmatch(self.text, pos, m.start() if m.start() > pos else m.end())]
        known = regions.by_name()
        ends += [pos + n for n in range(2, min(_REGION_RUN, hi - pos) + 1)
                 if self.text[pos:pos + n] in known and self.text[pos + n - 1] in _COUNTY_ENDS]
        for end in sorted(set(ends), reverse=True):
            if self._predicate_at(end):
                return _Party(pos, end)
        return None

    def _body_at(self, pos: int, limit: int) -> _Party | None:
        """`县农业农村局`, `市体育局` the organizations extractor missed: a level character and a
        short name ending in an organizer suffix, then a predicate."""
        if self.text[pos:pos + 1] not in _LEVELS:
            return None
        party = self._fallback_name(pos, min(limit, pos + _BODY_RUN))
        return party if party is not None and self._predicate_at(party.end) else None

    def _predicate_at(self, pos: int) -> bool:
        """What may follow a subject: an adverb (已, 将), a link (联合), a place cue (在), a trigger."""
        return (_cue_at(self.text, pos, "adverb") > 0 or _cue_at(self.text, pos, "link") > 0
                or _cue_at(self.text, pos, "place_cue") > 0 or self.triggers.starts_at(self.text, pos))

    def _fallback_name(self, pos: int, limit: int) -> _Party | None:
        """No mention here: the longest name up to a boundary that ends in an organizer suffix."""
        if pos >= limit or self.text[pos] in _words("not_place") or _cue_at(self.text, pos, "clause_verb") > 0:
            return None  # 建立行业协会商会改革发展联席会议制度: a subjectless clause
        run = _NAME_CHARS.match(self.text, pos, min(limit, pos + _NAME_RUN))
        if run is None:
            return None
        end = run.end()
        stop = _FALLBACK_STOP.search(self.text, pos, end)
        if stop is not None:
            end = stop.start()
        for role in ("place_cue", "adverb", "link", "host", "source"):
            m = _alternation(role).search(self.text, pos, end)
            while m is not None and role == "link" and m.group() in ("和", "同", "及"):
                m = _alternation(role).search(self.text, m.end(), end)  # 太原市规划和自然资源局
            if m is not None and m.start() > pos:
                end = m.start()
        for s, e, _ in self.triggers.scan(self.text[pos:end]):
            if not _alternation("file:organizer_suffixes").match(self.text, pos + e):
                end = pos + s  # cut at 开展, but 组织部 is a name
                break
        best = None
        for m in _overlapping("file:organizer_suffixes").finditer(self.text, pos, end, overlapped=True):
            if m.start() > pos:
                best = max(best or 0, m.end())
        return _Party(pos, best) if best else None

    def _chain(self, pos: int, limit: int) -> tuple[list[_Party], int]:
        """`X、Y与Z` / `X联合Y` from `pos`: the parties and where the chain ends."""
        parties: list[_Party] = []
        party = self._party_at(pos, limit, after_link=False)
        while party is not None:
            parties.append(party)
            pos = party.end
            if self.text.startswith("等", pos):
                pos += 1
            adverb = _cue_at(self.text, pos, "adverb")
            link = _cue_at(self.text, adverb if adverb > 0 else pos, "link")  # X将联合Y、Z开展
            if link < 0:
                break
            party = self._party_at(link, limit, after_link=True)
            if party is None:
                break
        return parties, pos

    def _source_party(self, start: int, end: int) -> list[_Party]:
        """`记者从团市委获悉`, `市工商联相关负责人表示`: who gave the news."""
        k = self.text.find("从", start, end)
        if k >= 0:
            parties, _ = self._chain(k + 1, end)
            if parties:
                return parties
        parties, _ = self._chain(self._skip_lead(start, end), end)
        return parties

    def subject(self, rec: _Record) -> _Subject:
        """Who acts: the organizations at the head of the trigger's clause, else of an earlier
        clause of the span (`当日,X、Y在龙潭公园,开展了…`); the source of the news
        (`记者从团市委获悉`) stands in when no organization is the subject. A trigger clause that
        opens with a plan verb (`计划于…开展培训`) or names the event as its subject (`赛事志愿者
        招募将于…启动`) has the earlier clause's subject, without that clause's partners."""
        lead = rec.candidates[0]
        carried = False
        implicit: list[_Party] = []
        source: list[_Party] = []
        found: _Subject | None = None
        sent_start = self.layout.sentences[lead.sentence][0]
        clause = lead.clause
        while clause >= 0 and lead.clause - clause <= _SUBJECT_LOOKBACK:
            start, end, _ = self.layout.clauses[clause]
            if end < sent_start:
                break
            limit = lead.first_hit if clause == lead.clause else end
            if _alternation("source").search(self.text, start, end):
                source = source or self._source_party(start, end)
            elif found is None and (end >= rec.start or implicit):
                pos = self._skip_lead(max(start, sent_start), limit)
                link = _cue_at(self.text, pos, "link")
                parties, after = self._chain(link if link > 0 else pos, limit)
                if parties and link > 0 and not implicit:
                    implicit = parties  # 与市委组织部联合印发, 将联合X开展: someone else leads
                elif parties:
                    if carried and not self._event_follows(after, end):
                        parties = self._before_partners(parties)
                    return _Subject(parties + implicit, pos, _GROUP_AFTER.match(self.text, after) is not None)
                elif implicit and _cue_at(self.text, pos, "scope") > 0:
                    break  # 全市将安排资金…,同时联合X推出: the city leads, not who told the news
                elif clause == lead.clause and pos < limit and not implicit:
                    if self._elided(pos, lead):
                        carried = True
                    else:
                        found = _Subject([], pos, False)  # a subject that is no organization
            clause -= 1
        if implicit:
            return _Subject(source + implicit, rec.start, False, True)
        found = found or _Subject([], rec.start, False)
        found.source = source
        return found

    def _elided(self, pos: int, lead: _Candidate) -> bool:
        """`计划于3月中旬…开展培训`, `赛事志愿者招募将于9月上旬启动`: the clause's subject is the
        sentence's, not written here."""
        if _cue_at(self.text, pos, "plan") > 0:
            return True
        after = lead.trigger_start + len(lead.trigger.word)
        return lead.trigger.kind == "word" and self.text.startswith(lead.trigger.word, lead.trigger_start) and \
            (_cue_at(self.text, after, "adverb") > 0 or _cue_at(self.text, after, "place_cue") > 0)

    def _event_follows(self, pos: int, end: int) -> bool:
        """Whether the chain ending at `pos` is followed by an event's verb, a place or the clause
        end (X联合Y走进社区,开展…), not by a predicate of its own (X将联合Y组建团队,…)."""
        while _cue_at(self.text, pos, "adverb") > 0:
            pos = _cue_at(self.text, pos, "adverb")
        return pos >= end or self.triggers.starts_at(self.text, pos) or _cue_at(self.text, pos, "place_cue") > 0

    def _before_partners(self, parties: list[_Party]) -> list[_Party]:
        """The parties before the first one joined by a partner link (联合, 会同)."""
        partners = _alternation("partner")
        for k in range(1, len(parties)):
            if partners.search(self.text, parties[k - 1].end, parties[k].start):
                return parties[:k]
        return parties

    def hosts(self, rec: _Record) -> list[_Party]:
        """`由X主办`, `由X、Y联合承办`, `由X主办、Y承办`: the organizers named by host verbs."""
        return self._hosts_in(rec.start, rec.end)

    def _builders(self, rec: _Record, place: tuple[int, int]) -> list[_Party]:
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

    def _hosts_in(self, lo: int, hi: int, role: str = "host") -> list[_Party]:
        k = self.text.find("由", lo, hi)
        while k >= 0:
            found: list[_Party] = []
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
        while _cue_at(self.text, pos, "adverb") > 0:
            pos = _cue_at(self.text, pos, "adverb")
        if self.text.startswith("的", pos):
            pos += 1
        return max(_cue_at(self.text, pos, "host"), _cue_at(self.text, pos, role))

    def participants(self, rec: _Record) -> list[tuple[int, int]]:
        found = []
        for m in _alternation("file:participant_words").finditer(self.text, rec.start, rec.stat_limit):
            if not self.layout.shielded[m.start()] and not self.in_org[m.start()]:
                found.append((m.start(), m.end()))
        return found

    def theme(self, rec: _Record) -> tuple[int, int] | None:
        for pattern in _THEME_PATTERNS:
            m = pattern.search(self.text, rec.start, rec.stat_limit)
            if m is not None:
                return m.span(1)
        return None

    # -------------------------------------------------------------- assembling
    def _location(self, rec: _Record, subject: _Subject) -> tuple[tuple[int, int] | None, bool]:
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

    def _subject_place(self, rec: _Record, subject: _Subject) -> tuple[int, int] | None:
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
                if self.text[end - n:end] in _trailing_words():
                    end, trimmed = end - n, True  # 社儿坪中队迅速现场走访
                    break
        named = end - 1 if self.text[end - 1:end] == "”" else end  # 东岗社区“幸福驿站”
        if _NAME_CHARS.fullmatch(self.text, start, end) is None or self.text[start] in _words("not_place") \
                or _PLACE_DIGITS.search(self.text, start, end) \
                or named not in self._place_ends(start, named) \
                or _alternation("place_cue").search(self.text, start, end) \
                or _alternation("adverb").search(self.text, start, end) \
                or any(len(m.group()) > 1 or m.group() in "与、" for m in
                       _alternation("link").finditer(self.text, start, end)) or self._dates_in(start, end):
            return None  # 4月中旬起在各县举办, 学校今年还将与瑞安市签约, 选手将代表我市参加: no place
        party = subject.parties[0] if subject.parties else None
        if party is not None and party.end == end:
            kind = getattr(party.org.mention, "kind", None) if party.org else None
            venue = any(self.text.endswith(w, start, end) for w in _words("venue_head"))
            if kind is not None and kind != "community" and not venue:
                return None  # 市工商联开展…: a body, not a place; but 济宁学院还举办了…讲座 is at the college
            if kind is None and not any(self.text.endswith(w, start, end) for w in _words("community_head")):
                return None
        return start, end

    def _event(self, rec: _Record, previous: _Record | None) -> Event | None:
        article, raw = self.article, self.article.raw
        lead = rec.lead
        date = self.date_of(rec)
        value = self._value(date) if date is not None else None
        subject = self.subject(rec)
        hosts = self.hosts(rec)
        place, hosting = self._location(rec, subject)
        organizers: list[_Party] = []
        participants: list[_Party] = []
        if hosts:
            organizers = hosts
        if subject.parties:
            if subject.group or lead.type == "award":
                participants.extend(subject.parties)
            elif not hosts:
                organizers = subject.parties
        if place is not None and not hosts and place[0] == subject.start:
            organizers = self._builders(rec, place) or organizers
        if not organizers and place is not None and hosting:
            host = [o for o in self.orgs if o.start <= place[0] and place[1] <= o.end]
            if host:  # 在国际大都会社区开展的公益课堂
                organizers = [_Party(host[0].start, host[0].end, host[0])]
            elif not self.orgs:
                fb = self._fallback_name(place[0], place[1])
                if fb is not None and fb.end == place[1]:
                    organizers = [fb]
        if not (self._anchors(date, rec) or place is not None or organizers
                or (participants and lead.type == "award")):
            # nothing concrete: a year-summary action; people named alone make an act part of
            # another happening (东岗小学2名小学生代表…发出了…倡议), except the winners of an award
            return None
        if not organizers and previous is not None and \
                previous.candidates[-1].sentence == rec.candidates[0].sentence:
            organizers = previous.organizers  # …开展“银企对接月”活动,4月中旬起…举办10场融资对接会
        if not organizers and subject.source:
            organizers = subject.source  # 3月12日,记者从团市委获悉,…招募工作正式启动
        rec.organizers = organizers
        start, end = rec.start, rec.end
        while start < end and self.text[start].isspace():
            start += 1
        page_start, page_end, _ = article.locate(start, end)
        theme = self.theme(rec)
        used_orgs = sorted({p.org.index for p in organizers + participants if p.org is not None})
        names = lambda items: list(dict.fromkeys(p.name or raw[p.start:p.end] for p in items))  # noqa: E731
        groups = [raw[s:e] for s, e in self.participants(rec)]
        return Event(
            type=lead.type,
            trigger=lead.trigger.word,
            start=page_start,
            end=page_end,
            date=value,
            location=raw[place[0]:place[1]] if place else None,
            organizers=names(organizers),
            participants=list(dict.fromkeys([*names(participants), *groups])),
            theme=raw[theme[0]:theme[1]] if theme else None,
            date_mention=date.index if date is not None else None,
            organization_mentions=used_orgs,
            statistic_mentions=[s.index for s in _within(self.stats, self.stat_starts, rec.start, rec.stat_limit)],
        )

    def events(self) -> tuple[Event, ...]:
        out: list[Event] = []
        previous = None
        for rec in self.records():
            event = self._event(rec, previous)
            if event is None:
                continue
            if out and out[-1].type == event.type and self._refers_back(rec, event):
                out[-1] = _merged(out[-1], event)  # 近日,X开展…活动。活动在Y广场举行: one happening
                continue
            told = _retold(out, event)
            if told is not None:  # …正式揭牌运行。揭牌当天,…: the same happening named again
                out[told] = _merged(out[told], event)
                continue
            out.extend(self._apart(rec, event))
            previous = rec
        return tuple(out)

    def _apart(self, rec: _Record, event: Event) -> list[Event]:
        """`3月5日、3月6日,X与Y分别开展…`: one record per organizer when each has its own day."""
        lead = rec.candidates[0]
        parties = rec.organizers
        if len(parties) < 2 or self.text.find(_EACH, parties[-1].end, lead.first_hit) < 0:
            return [event]
        days = [d for d in self._dates_in(rec.start, parties[0].start) if self._value(d) is not None]
        values = list(dict.fromkeys(self._value(d) for d in days))
        if len(values) != len(parties) or len(days) != len(parties):
            return [event]
        raw = self.article.raw
        return [event.model_copy(update={
            "organizers": [party.name or raw[party.start:party.end]],
            "date": self._value(day), "date_mention": day.index,
            "organization_mentions": [party.org.index] if party.org else []})
            for party, day in zip(parties, days)]

    def _refers_back(self, rec: _Record, event: Event) -> bool:
        """A later sentence that names the event again (`活动在…举行`, `此次…`) with no date
        and no organizer of its own tells more of the happening before it."""
        lead = rec.candidates[0]
        if event.organizers or (event.date_mention is not None and
                                self.date_by_index[event.date_mention].start >= rec.start):
            return False
        start = self._skip_lead(self.layout.clauses[lead.clause][0], lead.first_hit + 1)
        return start == lead.first_hit or _cue_at(self.text, start, "back_reference") > 0


def without_retold_captions(articles: Sequence[Article]) -> list[Article]:
    """The articles with a photo caption's events dropped when a news article of the page tells
    the same happening (`4月2日,X专家在Y医院为群众义诊` under the report of X's 义诊巡诊): a
    caption shows an event, it is not another one. A caption whose event no report tells keeps it."""
    told: dict[tuple, list[frozenset[str]]] = {}  # (type, trigger, day) → the organizers of each report
    for a in articles:
        for e in a.events:
            if a.kind == "news" and e.date is not None:
                told.setdefault((e.type, e.trigger, e.date), []).append(frozenset(e.organizers))
    out = []
    for article in articles:
        if article.kind == "photo" and article.events and told:
            kept = [e for e in article.events
                    if not any(set(e.organizers) <= who for who in told.get((e.type, e.trigger, e.date), ()))]
            if len(kept) != len(article.events):
                article = article.model_copy(update={"events": kept})
        out.append(article)
    return out


def _retold(told: Sequence[Event], event: Event) -> int | None:
    """Index of a recent event that this one tells again: the same type and trigger word on the
    same day, by the same organizers or by none named (`4月1日,X服务站正式揭牌运行。揭牌当天,…`).
    Different organizers or days are different happenings (`3月5日东湖社区开展义诊…西湖社区开展义诊`)."""
    if event.date is None:
        return None
    for k in range(len(told) - 1, max(-1, len(told) - 1 - _MERGE_LOOKBACK), -1):
        other = told[k]
        if other.type == event.type and other.trigger == event.trigger and other.date == event.date \
                and set(event.organizers) <= set(other.organizers):
            return k
    return None


def _merged(first: Event, more: Event) -> Event:
    """The first record with what the later mention adds (a place, a theme, people, numbers)."""
    return first.model_copy(update={
        "location": first.location or more.location,
        "theme": first.theme or more.theme,
        "participants": list(dict.fromkeys(first.participants + more.participants)),
        "statistic_mentions": sorted(set(first.statistic_mentions) | set(more.statistic_mentions)),
    })


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = (),
         statistics: Sequence[Statistic] = (),
         triggers: Triggers | None = None) -> tuple[Event, ...]:
    """The events the article reports, in text order.

    `dates`, `organizations`, `statistics` are the article's mentions found before
    (events point at them by index); `triggers` replaces the default vocabulary,
    e.g. `Triggers.default().extended([("义诊", "activity", "word")])`.
    """
    if not article.text.strip():
        return ()
    return _Reader(article, dates, organizations, statistics, triggers or Triggers.default()).events()
