"""Events: typed records of what happened, when, where and who, linked to mentions.

An event is stated by a trigger word in a clause (`开展…活动`, `召开`, `赔付`); its
arguments come from that clause and the part of its sentence before it (the subject
often stands a clause earlier: `当日,X、Y在龙潭公园,开展了…活动`). The trigger
vocabulary and its matcher are in `event_triggers` (callers add their own with
`Triggers.default().extended(rows)` and pass them as `find(..., triggers=...)`), the cue
words in `event_cues`, the readers of each argument in `event_arguments`; this module
finds the candidates, groups them into records and assembles the events.

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
from typing import Callable, Sequence

from ..context import Context
from .arguments import ArgumentReader, Party
from .cues import alternation, cue_at, cue_ends_at
from .triggers import EVENT_TYPES, TRIGGER_KINDS, Trigger, Triggers
from ..models import Article, DateMention, Event, Organization, Statistic
from ..text.offsets import ArticleText

__all__ = ["EVENT_TYPES", "TRIGGER_KINDS", "Trigger", "Triggers", "find", "without_retold_captions"]

_MERGE_LOOKBACK = 8  # how many records back a merge is sought: every step stays constant-time
_EACH = "分别"  # X与Y分别开展: each organizer on its own


@functools.cache
def _name_part() -> Callable[[str, int], "re.Match[str] | None"]:
    """Matches a place noun or an organizer suffix: after an event noun they make it a name."""
    return re.compile(alternation("file:place_nouns").pattern + "|"
                      + alternation("file:organizer_suffixes").pattern).match


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
    organizers: list[Party] = field(default_factory=list)

    @property
    def lead(self) -> _Candidate:
        for c in self.candidates:
            if not c.move:
                return c
        return self.candidates[0]


class _Reader(ArgumentReader):
    """Reads the events of one article: trigger clauses → candidates → records → events."""

    # -------------------------------------------------------------- candidates
    def candidates(self) -> list[_Candidate]:
        body_start = self.article.body_start
        # a headline announces what the body reports: the body's clause is the event (a line
        # break ends the headline, and no trigger word holds one, so the body is scanned alone)
        hits = self.triggers.scan(self.text, body_start)
        if not hits:
            self.trigger_clauses = frozenset()
            return []  # no trigger word: the layout and the mentions are never read
        layout, in_org, text = self.layout, self.in_org, self.text
        shielded, clause_starts = layout.shielded, layout.clause_starts
        name_part = _name_part()
        by_clause: dict[int, list[tuple[int, int, Trigger]]] = {}
        for hit in hits:
            start, end, trig = hit
            if shielded[start] or in_org[start]:
                continue  # 《关于开展…的工作方案》, 太原市培训中心: not stated events
            if trig.kind == "noun" and name_part(text, end):
                continue  # 徐州国际会议中心, 文化活动中心: part of a name
            by_clause.setdefault(bisect.bisect_right(clause_starts, start) - 1, []).append(hit)
        out = []
        for clause, hits in by_clause.items():  # in clause order: the hits come in text order
            cand = self._resolve(clause, hits)
            if cand is not None and not self._summary(cand):
                out.append(cand)
        self.trigger_clauses = frozenset(c.clause for c in out)
        return out

    def _resolve(self, clause: int, hits: list[tuple[int, int, Trigger]]) -> _Candidate | None:
        """One candidate per clause: a verb typed by its nearest event noun, else a word (typed
        by an event noun after it), else a move; a bare `activity` yields to a more specific
        word of the clause (集中签约活动在…举行 is a signing)."""
        kinds = {h[2].kind for h in hits}
        if not ("word" in kinds or "move" in kinds or {"verb", "noun"} <= kinds):
            return None  # a verb with no event noun, or a noun no verb acts on: a third of the clauses
        _, _, sentence = self.layout.clauses[clause]
        typed: list[tuple[int, int, Trigger]] = []
        verbs: list[tuple[int, int, Trigger]] = []
        words: list[tuple[int, int, Trigger]] = []
        for h in hits:  # one pass: a clause has a hit or two
            kind = h[2].kind
            if kind == "verb":
                verbs.append(h)
            elif kind == "noun" or kind == "word":
                typed.append(h)
                # 新签约项目23个, 车间改造项目总投资: the word names a kind of project, no act told
                if kind == "word" and cue_at(self.text, h[1], "described") < 0:
                    words.append(h)
        first = hits[0][0]
        cand, noun_at = None, -1
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
        text = self.text
        if alternation("cumulative").search(text, start, end) is not None:
            return True
        if alternation("inventory").search(text, start, cand.first_hit):
            return True  # 设有岗位推介、技能培训等功能区: what a place holds, not what happened
        if cue_ends_at(text, cand.trigger_start, "total", start):
            return True  # 共签约29个项目: a total; not 共同签约 (the word must touch the trigger)
        # 截至3月4日,已向…发放贷款1.2亿元: a count up to a day, in its clause or the one before
        before = self.layout.clauses[cand.clause - 1] if cand.clause > 0 else None
        lo = before[0] if before is not None and before[2] == sentence else start
        return alternation("cutoff").search(text, lo, end) is not None

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

    def _event(self, rec: _Record, previous: _Record | None) -> Event | None:
        article, raw = self.article, self.article.raw
        lead = rec.lead
        date = self.date_of(rec)
        value = self._value(date) if date is not None else None
        subject = self.subject(rec)
        hosts = self.hosts(rec)
        place, hosting = self._location(rec, subject)
        organizers: list[Party] = []
        participants: list[Party] = []
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
                organizers = [Party(host[0].start, host[0].end, host[0])]
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
        page_start, page_end, spans = article.locate(start, end)
        theme = self.theme(rec)
        used_orgs = sorted({p.org.index for p in organizers + participants if p.org is not None})
        names = lambda items: list(dict.fromkeys(p.name or raw[p.start:p.end] for p in items))  # noqa: E731
        groups = [raw[s:e] for s, e in self.participants(rec)]
        return Event(
            type=lead.type,
            trigger=lead.trigger.word,
            start=page_start,
            end=page_end,
            spans=spans,
            date=value,
            location=raw[place[0]:place[1]] if place else None,
            organizers=names(organizers),
            participants=list(dict.fromkeys([*names(participants), *groups])),
            theme=raw[theme[0]:theme[1]] if theme else None,
            date_mention=date.index if date is not None else None,
            organization_mentions=used_orgs,
            statistic_mentions=self.stats_within(rec.start, rec.stat_limit),
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
        return start == lead.first_hit or cue_at(self.text, start, "back_reference") > 0


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
