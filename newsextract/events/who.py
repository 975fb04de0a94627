"""Who acted: the subject of an event's clause (`X、Y在龙潭公园开展…`), the hosts
(`由X主办`), the builders of an opened place, and the groups of people taking part.

A party is an organization mention where the organizations extractor found one, else a
name the rules here read (a jurisdiction, a body named by its level, a name ending in an
organizer suffix).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ..organizations import regions
from ..organizations.home import taiwan_place
from ..text.precompiled import compile_pattern, compile_regex
from .cues import alternation, cue_at, cue_ends_at, cue_words, longest_words
from .facts import NAME_CHARS, ArticleFacts
from .types import Candidate, Party, Record, Span, Subject

# Bounds that keep every step constant-time: the longest name read, the widest gap before a
# chained mention (and before 由 in the sentence that names a place again), how many clauses
# back a subject is sought.
_NAME_RUN = 30
_LINK_GAP = 8
_SUBJECT_LOOKBACK = 12
_SHORTEST_REGION = 2  # 南康区; a level character alone names no region
_REGION_RUN = 8  # the longest county or district name tried at a subject (呼和浩特市赛罕区 is a chain)
_BODY_RUN = 12  # 县农业农村局, 市文化广电新闻出版旅游局
_AREA_RUN = 6  # the longest area written before an organization mention (迎泽区 + 老军营街道)

# Function words the readers look for by themselves.
_THIS = "该"  # 该院, 该服务站: the organization or place named before
_TWO = "两"  # 两校: the two organizations named before
# The head after 两 or 该 and the last characters of the names it stands for (两校: 中学, 大学, 学校).
_PAIR_HEADS = {"校": "校学", "院": "院", "局": "局", "馆": "馆", "所": "所", "行": "行"}
_TAIWAN_LEVELS = "市县"  # 臺南 + 市政府…, 宜蘭 + 縣政府…: the level a Taiwan place's body opens with
_BY = "由"  # 由X主办: the hosts follow
_FROM = "从"  # 记者从团市委获悉: the source follows
_ETC = "等"  # X、Y等联合开展: the chain goes on after it
_OF = "的"  # X的主办单位, X的志愿者们
_LISTS = ("、", "，", ",")  # 由X主办、Y承办, 由X主办,Y承办: another host verb follows
# A fallback organizer name stops at 的 (X的志愿者们), a quotation or a number.
_FALLBACK_STOP = compile_pattern(r"[的“”0-9]")
# The cues that end a fallback name: where the clause goes on after its subject.
_NAME_ENDING_ROLES = ("place_cue", "adverb", "link", "host", "source")


@functools.cache
def _group_after() -> re.Pattern[str]:
    """After an organization, what makes it the home of a group, not the actor."""
    return compile_pattern(rf"""
          的                                # X的志愿者们
        | [0-9一二两三四五六七八九十百千]+   # a number (X2名小学生代表, X十余名党员)
          [余多]?                           # said to be over it
          (?:{alternation("group_count").pattern})  # counting people or teams
    """, re.VERBOSE)


@functools.cache
def _area_prefix() -> regex.Pattern[str]:
    """An area written before an organization mention (迎泽区 + 老军营街道): part of its name."""
    return compile_regex(rf"\p{{Han}}{{1,{_AREA_RUN}}}(?:{alternation('level').pattern})")


@functools.cache
def _county_initials() -> frozenset[str]:
    """First characters of the region names a subject may be (南康区, 呼和浩特市赛罕区): most
    clause heads (为, 对, 组织) start none, and then no name length needs to be tried."""
    ends = cue_words("county_end")
    return frozenset(name[0] for name in regions.by_name()
                     if _SHORTEST_REGION <= len(name) <= _REGION_RUN and name[-1] in ends)


@functools.cache
def _unnamed_initials() -> frozenset[str]:
    """The characters a party that is no organization mention may start with, when the page has
    mentions: 该 (该院, `_antecedent`), a bare head (学校, `_bare_antecedent`), a region (南康区,
    `_jurisdiction_at`) or a level (县农业农村局, `_body_at`); a zone is sought in the whole run."""
    return frozenset(_THIS[0]) | {w[0] for w in cue_words("bare_head")} | _county_initials() \
        | {w[0] for w in cue_words("level")}


class _ClauseHead(NamedTuple):
    """A clause looked at for the subject, and where its subject may end: at the trigger in
    the trigger's own clause, at the clause end in an earlier one."""

    clause: int
    start: int
    end: int
    limit: int


class _HeadChain(NamedTuple):
    """The parties at the head of a clause: where the subject phrase starts, whether a link
    opens it (与X联合印发: X only joins), the parties and where their chain ends."""

    start: int
    linked: bool
    parties: list[Party]
    after: int


@dataclass
class _SubjectSearch:
    """What the walk back over a sentence's clauses has found so far."""

    carried: bool = False  # the trigger's clause takes an earlier clause's subject (计划于…开展培训)
    implicit: list[Party] = field(default_factory=list)  # 与X联合印发: co-organizers of an unnamed subject
    source: list[Party] = field(default_factory=list)  # 记者从团市委获悉: who gave the news
    found: Subject | None = None  # the trigger's clause has a subject that is no organization

    def result(self, start: int) -> Subject:
        """The subject when no clause named acting organizations: the co-organizers of an
        unnamed subject, else the subject that is no organization (or none), with the source."""
        if self.implicit:
            return Subject(self.source + self.implicit, start, False, True)
        found = self.found or Subject([], start, False)
        found.source = self.source
        return found


class PartyReader:
    """Reads the organizers and participants of the event records of one article."""

    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self._sourced: dict[int, bool] = {}  # clause → whether a source cue stands in it

    # -------------------------------------------------------------- one party
    def _antecedent(self, pos: int) -> Party | None:
        """`该院`, `该行`: the last organization before whose name ends with that character."""
        text, facts = self.facts.text, self.facts
        head_at = pos + len(_THIS)
        if not text.startswith(_THIS, pos) or head_at >= len(text):
            return None
        head = text[head_at]
        ends = _PAIR_HEADS.get(head, head)  # 该校: 泰州老年大学 too
        k = bisect.bisect_left(facts.org_starts, pos) - 1
        while k >= 0:
            org = facts.orgs[k]
            if text[org.end - 1] in ends:
                return Party(pos, head_at + 1, org, name=facts.article.raw[org.start:org.end])
            k -= 1
        return None

    def _party_at(self, pos: int, limit: int, after_link: bool) -> Party | None:
        """The organization named at `pos`: a mention, else a name ending in an organizer suffix."""
        text, facts = self.facts.text, self.facts
        org = facts.org_starting(pos, min(limit, pos + _LINK_GAP + 1))
        if org is not None and org.end <= limit and cue_at(text, org.end, "post_held") > 0:
            return None  # 县委副书记王立新带队走访: a person who serves there acts, not the body
        if org is not None and org.end <= limit:
            gap = text[pos:org.start]
            if not gap or (after_link and NAME_CHARS.fullmatch(gap)) or _area_prefix().fullmatch(gap):
                return Party(org.start, org.end, org)
            if NAME_CHARS.fullmatch(gap) and (cue_ends_at(text, org.start, "file:place_nouns", pos + 1)
                                              or self._taiwan_before(gap, org.start)):
                # 大熊猫国家公园 + 四川省管理局, 臺南 + 市政府勞工局: a place names the body, one name
                return Party(pos, org.end, org, name=facts.article.raw[pos:org.end])
        agency = self._agency_at(pos, limit, after_link)
        if agency is not None:
            return agency
        if facts.orgs:
            # the organizations extractor has spoken: 建立行业协会商会改革… is no subject; but a
            # jurisdiction (南康区, 济宁高新区) or a level-prefixed body (县农业农村局) may act
            if text[pos:pos + 1] not in _unnamed_initials() and not self._zone_near(pos, limit):
                return None  # half the clause heads (为, 对, 组织): none of the four readers below can read one
            return self._antecedent(pos) or self._bare_antecedent(pos) or self._jurisdiction_at(pos, limit) \
                or self._body_at(pos, limit)
        # no mention on the page: a name ending in an organizer suffix, or a development zone that
        # acts (曲靖经济技术开发区举行…签约活动, 十堰经济技术开发区举行…开工活动)
        # (a county with no mention stays the place: 岳阳楼区启动…补贴)
        return self.fallback_name(pos, limit) or self._jurisdiction_at(pos, limit, zones_only=True)

    def _agency_at(self, pos: int, limit: int, after_link: bool) -> Party | None:
        """`警方上週在…展開`, `警方昨日公布`: a generic agency word that acts, reported as written
        though it is no organization mention; at a clause head a predicate must follow it, past
        adverbs and a date (not 警方表示); after a link it joins the chain (消防處及警方明日…)."""
        text = self.facts.text
        end = cue_at(text, pos, "agency")
        if end < 0 or end > limit:
            return None
        if not after_link and not self._predicate_at(self._past_date(self._past_adverbs(end))):
            return None
        return Party(pos, end, name=self.facts.article.raw[pos:end])

    def _taiwan_before(self, gap: str, org_start: int) -> bool:
        """`臺南` + `市政府勞工局`: a Taiwan city or county the division gazetteer does not list,
        whose level character opens the mention after it."""
        level = self.facts.text[org_start:org_start + 1]
        return level in _TAIWAN_LEVELS and taiwan_place(gap + level) is not None

    def _bare_antecedent(self, pos: int) -> Party | None:
        """`社区还邀请…`, `学校将于…举办`: a bare name head as the subject, with a predicate right
        after it, stands for the last organization named before whose name ends with it."""
        text, facts = self.facts.text, self.facts
        end = cue_at(text, pos, "bare_head")
        if end < 0 or not self._predicate_at(end):
            return None
        head = text[pos:end]
        k = bisect.bisect_left(facts.org_starts, pos) - 1
        while k >= 0:
            org = facts.orgs[k]
            if text.endswith(head, org.start, org.end) and org.end - org.start > len(head):
                return Party(pos, end, org, name=facts.article.raw[org.start:org.end])
            k -= 1
        return None

    def _jurisdiction_at(self, pos: int, limit: int, zones_only: bool = False) -> Party | None:
        """`南康区已组织…`, `济宁高新区召开…`, `高新区将于…举办`: a county, district or development
        zone that acts (a zone only, `zones_only`); a place name needs a predicate right after it
        (not 南康区家具出口额)."""
        text = self.facts.text
        hi = min(limit, pos + _NAME_RUN)
        ends = []
        if self._zone_near(pos, limit):  # most subjects name no zone
            ends = [end for start, end in longest_words(text, pos, hi, "zone")
                    if NAME_CHARS.fullmatch(text, pos, start if start > pos else end)]
        if not zones_only and text[pos:pos + 1] in _county_initials():
            known, county_ends = regions.by_name().keys(), cue_words("county_end")
            ends += [pos + n for n in range(_SHORTEST_REGION, min(_REGION_RUN, hi - pos) + 1)
                     if text[pos + n - 1] in county_ends and text[pos:pos + n] in known]
        for end in sorted(set(ends), reverse=True):
            if self._predicate_at(end):
                return Party(pos, end)
        return None

    def _zone_near(self, pos: int, limit: int) -> bool:
        """Whether a zone word (高新区, 开发区) stands in the name run from `pos`: the one way
        `_jurisdiction_at` reads a name whose first character starts no region's."""
        return alternation("zone").search(self.facts.text, pos, min(limit, pos + _NAME_RUN)) is not None

    def _body_at(self, pos: int, limit: int) -> Party | None:
        """`县农业农村局`, `市体育局` the organizations extractor missed: a level character and a
        short name ending in an organizer suffix, then a predicate."""
        if self.facts.text[pos:pos + 1] not in cue_words("level"):
            return None
        party = self.fallback_name(pos, min(limit, pos + _BODY_RUN))
        return party if party is not None and self._predicate_at(party.end) else None

    def _predicate_at(self, pos: int) -> bool:
        """What may follow a subject: an adverb (已, 将), a link (联合), a place cue (在), a trigger."""
        text = self.facts.text
        return cue_at(text, pos, "adverb|link|place_cue") > 0 or self.facts.triggers.starts_at(text, pos)

    def fallback_name(self, pos: int, limit: int) -> Party | None:
        """No mention here: the longest name up to a boundary that ends in an organizer suffix."""
        text = self.facts.text
        if pos >= limit or text[pos] in cue_words("not_place") or cue_at(text, pos, "clause_verb") > 0:
            return None  # 建立行业协会商会改革发展联席会议制度: a subjectless clause
        run = NAME_CHARS.match(text, pos, min(limit, pos + _NAME_RUN))
        if run is None:
            return None
        end = run.end()
        stop = _FALLBACK_STOP.search(text, pos, end)
        if stop is not None:
            end = stop.start()
        inside_names = cue_words("name_link")
        for role in _NAME_ENDING_ROLES:
            m = alternation(role).search(text, pos, end)
            while m is not None and role == "link" and m.group() in inside_names:
                m = alternation(role).search(text, m.end(), end)  # 太原市规划和自然资源局
            if m is not None and m.start() > pos:
                end = m.start()
        for s, e, _ in self.facts.triggers.scan(text[pos:end]):
            if not alternation("file:organizer_suffixes").match(text, pos + e):
                end = pos + s  # cut at 开展, but 组织部 is a name
                break
        best = None
        for start, suffix_end in longest_words(text, pos, end, "file:organizer_suffixes"):
            if start > pos:
                best = max(best or 0, suffix_end)
        return Party(pos, best) if best else None

    # -------------------------------------------------------------- chains of parties
    def _pair(self, pos: int) -> list[Party]:
        """`两校`, `两院`: the last two organizations named before whose names end in that kind of
        head (县城关中学与横溪中学签订…协议。…两校将联合举办…), as they were written."""
        text, facts = self.facts.text, self.facts
        if not text.startswith(_TWO, pos) or pos + len(_TWO) >= len(text):
            return []
        heads = _PAIR_HEADS.get(text[pos + len(_TWO)])
        if heads is None:
            return []
        found: list[Party] = []
        names: set[str] = set()
        k = bisect.bisect_left(facts.org_starts, pos) - 1
        end = pos + len(_TWO) + 1
        while k >= 0 and len(found) < 2:
            org = facts.orgs[k]
            name = facts.article.raw[org.start:org.end]
            if text[org.end - 1] in heads and name not in names:
                names.add(name)
                found.append(Party(pos, end, org, name=name))
            k -= 1
        return found[::-1] if len(found) == 2 else []

    def _chain(self, pos: int, limit: int) -> tuple[list[Party], int]:
        """`X、Y与Z` / `X联合Y` from `pos` (or `两校`: the two named before): the parties and where
        the chain ends."""
        text = self.facts.text
        pair = self._pair(pos)
        if pair:
            return pair, pair[0].end
        parties: list[Party] = []
        party = self._party_at(pos, limit, after_link=False)
        while party is not None:
            parties.append(party)
            pos = party.end
            if text.startswith(_ETC, pos):
                pos += len(_ETC)
            after = self._past_adverbs(pos)
            dated = self._past_date(after)  # X还将于5月上旬联合Y开展; X11日与Y签署: Y is the other side
            link = cue_at(text, dated, "partner") if dated > after else cue_at(text, after, "link")  # X将联合Y、Z开展
            if link < 0:
                break
            party = self._party_at(link, limit, after_link=True)
            if party is None:
                break
        return parties, pos

    def _past_adverbs(self, pos: int) -> int:
        """Past the adverbs in a row after a party (X还将联合Y开展): the link still joins Y to X."""
        while (adverb := cue_at(self.facts.text, pos, "adverb")) > 0:
            pos = adverb
        return pos

    def _past_date(self, pos: int) -> int:
        """Past a date (after 于 or 在) at `pos` and the adverbs after it, or `pos`: only a partner link
        (联合, 会同) joins a party across one (X还将于5月上旬联合Y开展)."""
        cue = cue_at(self.facts.text, pos, "schedule_cue")
        at = cue if cue > 0 else pos
        if not self.facts.date_starting(at):
            return pos
        return self._past_adverbs(next(d.end for d in self.facts.dates_in(at, len(self.facts.text))
                                       if d.start == at))

    def _source_party(self, start: int, end: int) -> list[Party]:
        """`记者从团市委获悉`, `市工商联相关负责人表示`: who gave the news."""
        k = self.facts.text.find(_FROM, start, end)
        if k >= 0:
            parties, _ = self._chain(k + len(_FROM), end)
            if parties:
                return parties
        parties, _ = self._chain(self.facts.skip_lead(start, end), end)
        return parties

    # -------------------------------------------------------------- the subject
    def subject(self, rec: Record) -> Subject:
        """Who acts: the organizations at the head of the trigger's clause, else of an earlier
        clause of the span (`当日,X、Y在龙潭公园,开展了…`); the source of the news
        (`记者从团市委获悉`) stands in when no organization is the subject. A trigger clause that
        opens with a plan verb (`计划于…开展培训`) or names the event as its subject (`赛事志愿者
        招募将于…启动`) has the earlier clause's subject, without that clause's partners."""
        text = self.facts.text
        lead = rec.candidates[0]
        sent_start, sent_end = self.facts.layout.sentences[lead.sentence]
        sourced = self._source_between(sent_start, sent_end)  # most sentences cite no source: no clause asks
        search = _SubjectSearch()
        for head in self._heads(lead, sent_start):
            if sourced and self._told_source(head):
                search.source = search.source or self._source_party(head.start, head.end)
                continue
            if search.found is not None or (head.end < rec.start and not search.implicit):
                # a subject that is no organization stands; or the clause is before the span: so
                # every earlier clause, and only a source cue there may still count
                if search.source or not sourced or not self._source_between(sent_start, head.start):
                    break
                continue
            chain = self._head_chain(head, sent_start)
            if chain.parties and chain.linked and not search.implicit:
                search.implicit = chain.parties  # 与市委组织部联合印发, 将联合X开展: someone else leads
            elif chain.parties:
                return self._acting(chain, head, search)
            elif search.implicit and cue_at(text, chain.start, "scope") > 0:
                break  # 全市将安排资金…,同时联合X推出: the city leads, not who told the news
            elif head.clause == lead.clause and not search.implicit:
                if self._elided(chain.start, lead) or self._decided(chain.start, head.start):
                    search.carried = True  # also when the clause opens with the event: 赛事志愿者招募将于…
                elif chain.start < head.limit:
                    search.found = Subject([], chain.start, False)  # a subject that is no organization
        return search.result(rec.start)

    def _told_source(self, head: _ClauseHead) -> bool:
        """Whether a source cue (记者从…获悉) stands in the clause; asked once a clause, though every
        record of a sentence walks back over its clauses."""
        told = self._sourced.get(head.clause)
        if told is None:
            told = self._sourced[head.clause] = alternation("source").search(
                self.facts.text, head.start, head.end) is not None
        return told

    def _source_between(self, lo: int, hi: int) -> bool:
        """Whether a source cue starts in [lo, hi): no cue word holds a clause break, so a clause
        holds one (`_told_source`) only if a cue of the article's one scan starts in it."""
        sources = self.facts.sources
        k = bisect.bisect_left(sources, lo)
        return k < len(sources) and sources[k] < hi

    def _heads(self, lead: Candidate, sent_start: int) -> Iterator[_ClauseHead]:
        """The clauses of the lead's sentence from the trigger's back, no more than
        `_SUBJECT_LOOKBACK`: the subject often stands a clause or two before the trigger."""
        clauses = self.facts.layout.clauses
        clause = lead.clause
        while clause >= 0 and lead.clause - clause <= _SUBJECT_LOOKBACK:
            start, end, _ = clauses[clause]
            if end < sent_start:
                break
            yield _ClauseHead(clause, start, end, lead.first_hit if clause == lead.clause else end)
            clause -= 1

    def _head_chain(self, head: _ClauseHead, sent_start: int) -> _HeadChain:
        """The parties at the head of a clause, past its lead words (本报讯, dates) and a link
        that opens it (与X联合印发)."""
        text = self.facts.text
        start = self.facts.skip_lead(max(head.start, sent_start), head.limit)
        link = cue_at(text, start, "link")
        parties, after = self._chain(link if link > 0 else start, head.limit)
        return _HeadChain(start, link > 0, parties, after)

    def _acting(self, chain: _HeadChain, head: _ClauseHead, search: _SubjectSearch) -> Subject:
        """The subject a clause names: a group's home (X的志愿者们) when a group follows; when
        the trigger's clause carried this subject, without the partners that only join this
        clause's own act (X联合Y组建团队,…计划于…开展培训)."""
        parties = chain.parties
        if search.carried and not self._event_follows(chain.after, head.end):
            parties = self._before_partners(parties)
        group = _group_after().match(self.facts.text, chain.after) is not None
        return Subject(parties + search.implicit, chain.start, group)

    def _elided(self, pos: int, lead: Candidate) -> bool:
        """`计划于3月中旬…开展培训`, `赛事志愿者招募将于9月上旬启动`: the clause's subject is the
        sentence's, not written here."""
        text = self.facts.text
        if cue_at(text, pos, "plan") > 0:
            return True
        after = lead.trigger_start + len(lead.trigger.word)
        return lead.trigger.kind == "word" and text.startswith(lead.trigger.word, lead.trigger_start) and \
            cue_at(text, after, "adverb|place_cue") > 0

    def _decided(self, pos: int, clause_start: int) -> bool:
        """`立法会财务委员会昨日以39票赞成、2票反对,通过…拨款`: a clause that opens with a decision
        verb has the sentence's subject; not after a lead word (其中通过诉前调解化解…: a means)."""
        return pos == clause_start and cue_at(self.facts.text, pos, "decision_verb") > 0

    def _event_follows(self, pos: int, end: int) -> bool:
        """Whether the chain ending at `pos` is followed by an event's verb, a place or the clause
        end (X联合Y走进社区,开展…), not by a predicate of its own (X将联合Y组建团队,…)."""
        text = self.facts.text
        while (past := cue_at(text, pos, "adverb")) > 0:
            pos = past
        return pos >= end or self.facts.triggers.starts_at(text, pos) or cue_at(text, pos, "place_cue") > 0

    def _before_partners(self, parties: list[Party]) -> list[Party]:
        """The parties before the first one joined by a partner link (联合, 会同)."""
        partners = alternation("partner")
        for k in range(1, len(parties)):
            if partners.search(self.facts.text, parties[k - 1].end, parties[k].start):
                return parties[:k]
        return parties

    def counterparts(self, parties: list[Party]) -> tuple[list[Party], list[Party]]:
        """`X、Y与Z签订…`: the parties before the first counterpart link (与) sign as organizers, those
        after it are the other side (participants; the lead's decision)."""
        links = alternation("counterpart")
        for k in range(1, len(parties)):
            if links.search(self.facts.text, parties[k - 1].end, parties[k].start):
                return parties[:k], parties[k:]
        return parties, []

    # -------------------------------------------------------------- hosts and builders
    def hosts(self, rec: Record) -> list[Party]:
        """`由X主办`, `由X、Y联合承办`, `由X主办、Y承办`, `由X组织`: the organizers named by host verbs
        in the record's span. A clause of its own whose subject comes before 由 (`联赛由X、Y联合主办,
        …运动员报名参赛`) says who hosts that subject, not the record's happening."""
        facts = self.facts
        k = facts.text.find(_BY, rec.start, rec.end)
        if k >= 0:
            clause = facts.layout.clause_of(k)
            clause_start, _, _ = facts.layout.clauses[clause]
            if all(c.clause != clause for c in rec.candidates) and facts.skip_lead(clause_start, k) != k:
                return []
        return self._hosts_in(rec.start, rec.end)

    def _next_sentence(self, rec: Record) -> tuple[int, int] | None:
        """Where the sentence after the record's opens past its lead (a date, a connective)
        and where it ends; None after the last sentence."""
        facts = self.facts
        nxt = rec.candidates[-1].sentence + 1
        if nxt >= len(facts.layout.sentences):
            return None
        lo, hi = facts.layout.sentences[nxt]
        return facts.skip_lead(lo, hi), hi

    def next_hosts(self, rec: Record) -> list[Party]:
        """The hosts the next sentence names when it names the event again before 由 (…阅读季在市
        图书馆启动。阅读季由A、B主办,C承办; 本次比赛由X承办): organizers besides the subject."""
        facts, text = self.facts, self.facts.text
        nxt = rec.candidates[-1].sentence + 1
        if nxt >= len(facts.layout.sentences) or text.find(_BY, *facts.layout.sentences[nxt]) < 0:
            return []  # no 由 in the next sentence (most): its lead need not be read
        after = self._next_sentence(rec)
        if after is None:
            return []
        pos, hi = after
        pos = max(pos, cue_at(text, pos, "back_reference"))
        k = text.find(_BY, pos, min(hi, pos + _LINK_GAP + 1))
        if k <= pos or facts.layout.clause_of(k) != facts.layout.clause_of(pos):
            return []
        named = text[pos:k]
        if not NAME_CHARS.fullmatch(named) or text.find(named, rec.start, rec.end) < 0:
            return []  # 展厅由宜昌博物馆布置: another thing than the event
        return self._hosts_in(k, hi)

    def builders(self, rec: Record, place: Span) -> list[Party]:
        """`X社区“家门口”就业服务站正式揭牌运行。服务站由Y联合Z共同打造`: the next sentence names the
        place the subject is again (its last characters, or 该 + them) and who runs it."""
        text = self.facts.text
        after = self._next_sentence(rec)
        if after is None:
            return []
        pos, hi = after
        if text.startswith(_THIS, pos):
            pos += len(_THIS)
        k = text.find(_BY, pos, min(hi, pos + _LINK_GAP + 1))
        named = text[pos:k]
        if k <= pos or not text.endswith(named, place.start, place.end):
            return []
        return self._hosts_in(k, hi, "builder")

    def _hosts_in(self, lo: int, hi: int, role: str = "host") -> list[Party]:
        """The parties of the first `由X…主办` in [lo, hi) whose chain ends in a `role` verb."""
        text = self.facts.text
        k = text.find(_BY, lo, hi)
        while k >= 0:
            found: list[Party] = []
            pos = k + len(_BY)
            while True:
                parties, after = self._chain(pos, hi)
                host = self._host_at(after, role)
                if not parties or host < 0:
                    break
                found.extend(parties)
                if not text.startswith(_LISTS, host):
                    break
                pos = host + 1  # each mark is one character
            if found:
                return found
            k = text.find(_BY, k + len(_BY), hi)
        return []

    def _host_at(self, pos: int, role: str = "host") -> int:
        """End of `(联合)主办` / `的主办` at `pos`, or -1. A partner word before the host verb
        joins the chain's parties in hosting (`由X、Y联合主办的…大赛`), it names no new party."""
        text = self.facts.text
        while (past := cue_at(text, pos, "adverb|partner")) > 0:
            pos = past
        if text.startswith(_OF, pos):
            pos += len(_OF)
        return cue_at(text, pos, "host|" + role)  # the longer of a host and a `role` word

    @functools.cached_property
    def signers(self) -> list[Party]:
        """The bodies that sign a notice (`特此通告。¶桃源县人民政府 桃源县水利局¶2025年11月19日`): the
        paragraphs before a closing date paragraph that hold organization mentions and nothing else (one
        body a line: heldout26, heldout20, heldout9 county); a notice's rules (`自…起,…禁止垂钓`, and its
        traffic rules, `…禁止货车通行`) are theirs when no clause names who acts."""
        facts, text = self.facts, self.facts.text
        starts = facts.article.paragraph_starts
        if len(starts) < 3:
            return []
        date_start = starts[-1]
        closing = text[date_start:].strip()
        dated = facts.dates_in(date_start, len(text))
        if not closing or len(dated) != 1 or text[dated[0].start:dated[0].end] != closing:
            return []
        found: list[Party] = []
        end = date_start
        for k in range(len(starts) - 2, 0, -1):  # one body a line (…交通警察大队¶…交通运输局¶2025年12月9日)
            signers = self._only_orgs(starts[k], end)
            if not signers:
                break
            found[:0] = signers
            end = starts[k]
        return found

    def _only_orgs(self, start: int, end: int) -> list[Party]:
        """The organization mentions of a paragraph that holds nothing else, or none."""
        facts, text = self.facts, self.facts.text
        signers = [o for o in facts.orgs if start <= o.start and o.end <= end]
        rest = text[start:end]
        for org in signers:
            rest = rest.replace(text[org.start:org.end], "", 1)
        if not signers or rest.strip():
            return []
        return [Party(o.start, o.end, o) for o in signers]

    # -------------------------------------------------------------- groups of people
    def participants(self, rec: Record) -> list[Span]:
        """The groups of people named in the record's span (市民, 志愿者们), outside quotations,
        titles and organization names."""
        facts, found = self.facts, []
        for m in alternation("file:participant_words").finditer(facts.text, rec.start, rec.stat_limit):
            if not facts.layout.shielded[m.start()] and not facts.in_org[m.start()]:
                found.append(Span(m.start(), m.end()))
        return found
