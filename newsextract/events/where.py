"""Where an event happened: the place after a place cue (`在龙潭公园`, `来到天鑫花园小区`), or
the subject when it is a place (`二〇七所社区开设的公益课堂`)."""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from ..text.precompiled import compile_pattern
from .cues import (
    alternation,
    cue_at,
    cue_ends_at,
    cue_start_before,
    cue_words,
    longest_words,
)
from .facts import NAME_CHARS, ArticleFacts, within
from .types import Record, Span, Subject

_PLACE_RUN = 30  # the longest place read: every step stays constant-time
_PLACE_LIST = "、"  # 在重庆两江新区、成都东部新区: one location
_CLOSING_QUOTE = "”"  # 东岗社区“幸福驿站”: a place noun ends the name inside the quotation
_SECTION_OPEN, _SECTION_CLOSE = "(", ")"  # 迎晖路（朝阳楼至西门段）: a road's section in brackets (folded text)
_OF = "的"  # 赛道沿线的迎春路、…: a modifier of the places listed ends with it
_ETC = "等"  # 白塔镇、田市镇等地: the list ends before it
_BARE_PLACE_MIN, _BARE_PLACE_RUN = 2, 12  # a place named with no place noun: 横琴 … 港珠澳大桥香港口岸
_SITED = "位于"  # 位于屯门的…: where the subject stands (`_sited_place`)
_UNDER = "下"  # 在X带领下, 在X支持下: the frame of a condition
_SUMMED_RUN = 3  # the most characters after 等 that sum up a list (等地, 等道路)
_COUNTED_NOUN_RUN = 6  # the longest words from a count's classifier to its place noun (等12个易拥堵路段)
_TRAFFIC = "traffic"
_CONSTRUCTION = "construction"
_WHOLE_LINE = "全线"  # 高速公路工程全线开工: works along a whole line (`_works_line`)
_WHOLE = "全"  # 滨河路全段: the whole section of a road
_COUNT = compile_pattern(r"[0-9]+")  # 全县8个镇: the number of places counted (`_after_count`)
_PLACES_COUNTED = "place_count|group_count"  # 8个镇, 3所学校 (个 is a group_count word: one role per word)
_ON = "对"  # 对沁河大桥实行全封闭交通管制: what traffic control is put on (`_controlled_place`)
#: What is built, opened or reached at a place named first in its subject (`leading_place`).
_SITE_TYPES = frozenset({"construction", "launch", "other"})
_PRODUCTION = "production"  # farm work whose crop is told by where it grows (`_grown_place`)
_LAUNCH = "launch"  # a route launched (兰州至合作高速铁路…开通运营) is what is launched, not where (`_route`)
# Words that may end a subject phrase without being part of a place (迅速, 现场, 春季).
_TRAILING = "adverb|place_tail|time_tail"


@functools.cache
def _place_digits() -> re.Pattern[str]:
    """Digits inside a place only as a number of a building (3号楼), not `布局5个教学实践基地`."""
    return compile_pattern(rf"[0-9]+(?![0-9]*(?:{alternation('building_number').pattern}))")


class _CuedPlace(NamedTuple):
    """A place after a place cue (在, 于, 来到): where the cue starts, and the place."""

    cue: int
    place: Span
    bare: bool  # no place noun ends it (`PlaceReader.bare_place_at`)


class PlaceReader:
    """Reads the places of the event records of one article."""

    def __init__(self, facts: ArticleFacts):
        self.facts = facts

    def _place_ends(self, lo: int, hi: int) -> list[int]:
        """Ends of place nouns after `lo` up to `hi`, and of places named there (在昆明举办), last first."""
        facts = self.facts
        ends = {end for start, end in longest_words(facts.text, lo, hi, "file:place_nouns") if start > lo}
        named = within(facts.named_places, facts.named_place_starts, lo, hi)
        ends.update(p.end for p in named if not facts.in_org[p.start])
        return sorted(ends, reverse=True)

    def place_at(self, pos: int, limit: int) -> Span | None:
        """The place named from `pos` on (`龙潭公园` in 在龙潭公园活动现场), or None; places
        listed with `、` or `和` make one location (在重庆两江新区和成都东部新区同步举行)."""
        text = self.facts.text
        summed = self._summed_list(pos, limit)
        if summed is not None:
            return summed
        counted = self._after_count(pos, limit)
        if counted >= 0:  # 在全县8个镇举办: the places counted, with their number
            places = self.place_at(counted, limit)
            noun = cue_at(text, counted, "file:place_nouns")
            if places is None and noun > 0 and self._may_follow_place(noun):
                places = Span(counted, noun)  # 8个镇: the place noun alone
            return Span(pos, places.end) if places is not None else None
        run = NAME_CHARS.match(text, pos, min(limit, pos + _PLACE_RUN))
        if run is None or text[pos] in cue_words("not_place") or text[pos].isdigit():
            return None  # 在全市; 将于5月24日至25日进行
        stop = _place_digits().search(text, pos, run.end())
        run_end = stop.start() if stop is not None else run.end()
        if not self.facts.holds_no_trigger(pos, run_end):
            for s, _, trig in self.facts.triggers.scan(text[pos:run_end]):
                if trig.kind != "noun":
                    run_end = pos + s  # 在国际大都会社区开展的公益课堂上: the place ends before 开展
                    break
        for end in self._place_ends(pos, run_end):
            if self.facts.dates_in(pos, end):
                continue
            if end == run.end() or self._may_follow_place(end):
                if text.startswith(_PLACE_LIST, end):
                    more = self.place_at(end + len(_PLACE_LIST), limit)
                    if more is not None:
                        return Span(pos, more.end)
                return Span(pos, end)
        return None  # 在社区工作人员的带领下: 社区 is not where it happens

    def _summed_list(self, pos: int, limit: int) -> Span | None:
        """`在沈海高速福州段等12个易拥堵路段` (heldout39 wire), `在台9線、台11線等6處易壅塞路段` (heldout35 taiwan),
        `在大华镇、日月藏族乡等5个乡镇` (heldout12 county): places listed before 等 and a count of places that
        sums them up; the count's place noun says what they are, though no place noun ends an item (a
        road's section, a road's number). The location is the places named; None if no such count follows."""
        text = self.facts.text
        hi = min(limit, pos + _PLACE_RUN)
        etc = text.find(_ETC, pos + _BARE_PLACE_MIN, hi)
        if etc < 0 or text[pos] in cue_words("not_place"):
            return None
        counted = self._after_count(etc + len(_ETC), limit)
        if counted < 0:
            return None  # 在心血管内科、神经外科等6个专科: no count of places follows
        tail = min(limit, counted + _COUNTED_NOUN_RUN + 1)
        trigger = self.facts.triggers.scan(text[counted:tail])
        tail = min([tail, *(counted + s for s, _, trig in trigger if trig.kind != "noun")])
        if not any(end > counted for _, end in longest_words(text, counted, tail, "file:place_nouns")):
            return None  # 等13个“一件事”事项: the things counted are no places
        if any(NAME_CHARS.fullmatch(text, s, e) is None or not self._plain(s, e, numbered=True)
               for s, e in _items(text, pos, etc)):
            return None
        if not self.facts.holds_no_trigger(pos, etc) and any(
                trig.kind != "noun" for _, _, trig in self.facts.triggers.scan(text[pos:etc])):
            return None  # 在一个窗口办理开办餐饮店、…等13个事项: an act, no place, before 等
        return Span(pos, etc)

    def _after_count(self, pos: int, limit: int) -> int:
        """Where the places counted from `pos` start (`全县8个镇`, `全省21个地级以上市`, `23个高速公路收费站`:
        a jurisdiction, then a number and a classifier of places), or -1: the places with their number
        are one location (heldout5, heldout10, heldout20)."""
        text = self.facts.text
        scope = cue_at(text, pos, "scope")
        digits = _COUNT.match(text, pos if scope < 0 else scope, limit)
        if digits is None:
            return -1
        end = cue_at(text, digits.end(), _PLACES_COUNTED)
        return end if 0 <= end < limit else -1

    def counted(self, place: Span) -> bool:
        """Whether the place is a count of places (`全市7个县市区`): it tells where an event told
        otherwise happens, but does not make an undated plan an event (今年将在全市7个县市区开设…)."""
        return self._after_count(place.start, place.end) >= 0

    def bare_place_at(self, pos: int, limit: int) -> Span | None:
        """The place named from `pos` to the event's verb when no place noun ends it (`place_at`
        found none): `在维多利亚港举办`, `在横琴签署`, `在葵涌一个工业大厦单位破获`."""
        text = self.facts.text
        run = NAME_CHARS.match(text, pos, min(limit, pos + _PLACE_RUN))
        if run is None or text[pos] in cue_words("not_place") or self.facts.holds_no_trigger(pos, run.end()):
            return None
        for s, _, trig in self.facts.triggers.scan(text[pos:run.end()]):
            if trig.kind != "noun":
                ends = self._place_ends(pos, pos + s)  # 在街道便民服务中心查询: the place noun still ends it
                end = ends[0] if ends else pos + s
                return Span(pos, end) if self._bare_place(pos, end) else None
        return None

    def _bare_place(self, start: int, end: int) -> bool:
        """`在维多利亚港举办`, `在横琴签署`, `在葵涌一个工业大厦单位破获`: a short plain name between the cue
        and the event's verb is the place though no place noun ends it (names of Hong Kong, Macao and
        Taiwan places the gazetteer does not hold); not a modifier (在X的带领下, 在X带领下), an
        organization, a time or place word (在会上, 在此期间), a place noun alone (在中心开展: the one
        named before). An organization is a place here only by the seat it sits in (在县政府召开座谈会)."""
        text = self.facts.text
        return (_BARE_PLACE_MIN <= end - start <= _BARE_PLACE_RUN and text.find(_OF, start, end) < 0
                and not text.endswith(_UNDER, start, end)  # 在馆长带领下开展: a condition, not a place
                and (not self.facts.in_org[start] or cue_ends_at(text, end, "seat_head", start + 1))
                and cue_start_before(text, end, _TRAILING) < 0
                and cue_start_before(text, end, "file:place_nouns") != start  # 在中心开展: the one named before
                and self._plain(start, end))

    def _may_follow_place(self, pos: int) -> bool:
        """What may follow a place: a trigger, a place word (现场, 内), an adverb (也), a list comma."""
        text = self.facts.text
        return (text.startswith(_PLACE_LIST, pos) or cue_at(text, pos, "place_tail|adverb") > 0
                or self.facts.triggers.starts_at(text, pos))

    def _places(self, lo: int, hi: int) -> list[_CuedPlace]:
        """The places of each `在X`/`于X`/`来到X` in [lo, hi)."""
        out = []
        shielded = self.facts.layout.shielded
        for m in alternation("place_cue").finditer(self.facts.text, lo, hi):
            start, end = m.span()
            if shielded[start] or self._false_cue(start, end):
                continue
            place = self.place_at(end, hi)
            if place is not None:
                out.append(_CuedPlace(start, place, False))
            elif (bare := self.bare_place_at(end, hi)) is not None:
                out.append(_CuedPlace(start, bare, True))
        return out

    def _false_cue(self, start: int, end: int) -> bool:
        """`对于`, `由于`, `达到`, `正在`: the cue character is part of another word."""
        text, words = self.facts.text, cue_words("not_place_cue")
        return text[max(0, start - 1):end] in words or text[start:end + 1] in words

    def location(self, rec: Record, subject: Subject) -> tuple[Span | None, bool, bool]:
        """The place, whether it hosts the event (在X开展: X may be the organizer) and whether it is
        bare (no place noun ends it: it names where an event told otherwise happens, but does not
        make a clause an event)."""
        for cand in rec.candidates:
            if cand.place_after is not None:
                return cand.place_after, False, False
        layout = self.facts.layout
        trigger_clauses = {c.clause for c in rec.candidates}
        places = self._places(rec.start, rec.end)
        inside = [p for p in places if layout.clause_of(p.cue) in trigger_clauses]
        chosen = inside[0] if inside else (places[-1] if places else None)
        if chosen is not None:
            clause_start, _, _ = layout.clauses[layout.clause_of(chosen.cue)]
            at_head = self.facts.skip_lead(clause_start, chosen.cue) == chosen.cue  # not 推介会在X举行
            return chosen.place, at_head and not chosen.bare, chosen.bare
        return self._controlled_place(rec) or self._sited_place(rec) or self._subject_place(rec, subject) \
            or self._grown_place(rec, subject), False, False

    def _sited_place(self, rec: Record) -> Span | None:
        """`位于屯门的首个简约公屋项目已…落成`, `位于张湾区的十堰万达广场二期正式开业`: the place the
        subject is sited in, from 位于 to 的 before the trigger (a plain find in the lead's clause)."""
        lead, text = rec.lead, self.facts.text
        clause_start, _, _ = self.facts.layout.clauses[lead.clause]
        at = text.find(_SITED, clause_start, lead.first_hit)
        if at < 0:
            return None
        start = at + len(_SITED)
        of = text.find(_OF, start, min(lead.first_hit, start + _BARE_PLACE_RUN + 1))
        if of - start < _BARE_PLACE_MIN or NAME_CHARS.fullmatch(text, start, of) is None \
                or text[start] in cue_words("not_place") or not self._plain(start, of):
            return None
        return Span(start, of)

    def _controlled_place(self, rec: Record) -> Span | None:
        """`对沁河大桥实行全封闭交通管制`, `对S302线东岗至漫江段实施半幅通行管制`: the road or bridge that
        traffic control is put on is where it happens (a plain find in the lead's clause)."""
        lead = rec.lead
        if lead.type != _TRAFFIC:
            return None
        text = self.facts.text
        clause_start, _, _ = self.facts.layout.clauses[lead.clause]
        on = text.rfind(_ON, clause_start, lead.first_hit)
        return self.place_at(on + len(_ON), lead.first_hit) if on >= 0 else None

    def _listed_places(self, start: int, end: int) -> Span | None:
        """`白塔镇、田市镇等地也相继开展了…`, `赛道沿线的迎春路、鼓楼南路、东进路等道路将实行…`: places
        listed as the subject (after a modifier ending in 的, before 等 and what it sums up) are
        the location, when each ends in a place noun and none is an organization."""
        facts, text = self.facts, self.facts.text
        if text.find(_PLACE_LIST, start, end) < 0:
            return None  # one item at most (most subjects): no list
        end = self._trimmed_end(start, end)
        of = text.rfind(_OF, start, end)
        start = of + len(_OF) if of >= 0 else start
        etc = text.find(_ETC, start, end)
        if etc >= 0 and etc + len(_ETC) + _SUMMED_RUN >= end:
            end = etc
        items, pos = [], start
        while pos < end:
            comma = text.find(_PLACE_LIST, pos, end)
            item_end = comma if comma >= 0 else end
            items.append((pos, item_end))
            pos = item_end + len(_PLACE_LIST)
        if len(items) < 2 or any(
                e <= s or NAME_CHARS.fullmatch(text, s, e) is None or facts.in_org[s]
                or text[s] in cue_words("not_place") or not cue_ends_at(text, e, "file:place_nouns", s + 1)
                or not self._plain(s, e) for s, e in items):
            return None  # 学校今年还将与瑞安市、苍南县等地签约: a partner, not where
        return Span(items[0][0], items[-1][1])

    def _plain(self, start: int, end: int, numbered: bool = False) -> bool:
        """Whether `start:end` may be a place name: no number but a building's (any, when `numbered`: a
        road's number, 台9線, in a list a count of places sums up), no place cue, adverb, link (but inside
        a name: 和) or date (4月中旬起在各县举办, 学校今年还将与瑞安市签约)."""
        facts, text = self.facts, self.facts.text
        return not ((not numbered and _place_digits().search(text, start, end))
                    or alternation("place_cue").search(text, start, end)
                    or alternation("adverb").search(text, start, end)
                    or any(m.group() not in cue_words("name_link")
                           for m in alternation("link").finditer(text, start, end))
                    or facts.dates_in(start, end))

    def _subject_place(self, rec: Record, subject: Subject) -> Span | None:
        """`二〇七所社区开设的公益课堂`, `万柏林区虎胜东街进行…改造`, `X学院举办讲座`: the subject is
        the place — unless it is an organization that is neither a community nor a venue (市司法局开展…)."""
        facts, text = self.facts, self.facts.text
        lead = rec.candidates[0]
        start = subject.start
        if subject.implicit or len(subject.parties) > 1 or not start < lead.first_hit \
                or facts.layout.clause_of(start) != lead.clause:
            return None
        if lead.type == _LAUNCH and self._route(start, lead.first_hit):
            return self._route_origin(start, lead.first_hit)
        if lead.type == _CONSTRUCTION and (line := self._works_line(start, lead.clause)) is not None:
            return line
        listed = self._listed_places(start, lead.first_hit)
        if listed is not None:
            return listed
        end = self._trimmed_end(start, lead.first_hit)
        name_end = self._before_section(start, end)
        named = name_end - len(_CLOSING_QUOTE) if text.endswith(_CLOSING_QUOTE, 0, name_end) else name_end
        counted = self._after_count(start, name_end)
        if counted >= 0:  # 全省23个高速公路收费站实施临时交通管制: the places counted
            places = self.place_at(counted, lead.first_hit)
            return Span(start, places.end) if places is not None and places.end == end else None
        if text[start] in cue_words("not_place") or NAME_CHARS.fullmatch(text, start, name_end) is None:
            return None
        # the cheap tests first: each is pure, so their order does not change the answer
        party = subject.parties[0] if subject.parties else None
        if party is not None and party.end == end:
            kind = getattr(party.org.mention, "kind", None) if party.org else None
            venue = cue_ends_at(text, end, "venue_head", start)
            if kind is not None and kind != "community" and not venue:
                return None  # 市工商联开展…: a body, not a place; but 济宁学院还举办了…讲座 is at the college
            if kind is None and not cue_ends_at(text, end, "community_head", start):
                return None
        stem = self._section_stem(start, named)
        if stem > start and text.find(_ON, start, stem) < 0 and self._plain(start, stem) \
                and (self._routed(start, stem) or cue_ends_at(text, stem, "file:place_nouns", start + 1)):
            return Span(start, end)  # 兄弟河县城段实行全面禁捕; not 决定对相关路段实施…: 对X is `_controlled_place`
        if not self._plain(start, name_end) \
                or not cue_ends_at(text, named, "file:place_nouns", start + 1):  # a place noun ends it
            return None  # 4月中旬起在各县举办, 学校今年还将与瑞安市签约, 选手将代表我市参加: no place
        return Span(start, end)

    def leading_place(self, rec: Record, subject: Subject) -> Span | None:
        """`烟台蓬莱国际机场年旅客吞吐量突破…`, `芝罘湾港区集装箱码头三期工程开工`, `海伦经济开发区北纯…公司
        年产10万吨…项目正式投产`: a works built, a venue opened or a milestone reached is at the place its
        subject names first, a plain name ending in a place noun before what is built or counted (golds of
        heldout25, heldout26 economy_page; heldout26 wire, county). Asked only for a told event with no
        place of its own; a route launched (桂林至吉隆坡国际航线) names no place it is at."""
        lead = rec.candidates[0]
        start = subject.start
        if lead.type not in _SITE_TYPES or subject.implicit or len(subject.parties) > 1 \
                or not start < lead.first_hit or self.facts.layout.clause_of(start) != lead.clause:
            return None
        facts, text = self.facts, self.facts.text
        end = self._trimmed_end(start, lead.first_hit)
        of = text.rfind(_OF, start, end)  # 由中国企业投资…建设的印尼苏拉威西镍冶炼二期项目: the name after 的
        start = of + len(_OF) if of >= 0 else start
        if start >= end or text[start] in cue_words("not_place") \
                or (lead.type == _LAUNCH and self._route(start, end)):
            return None
        for place_end in self._place_ends(start, end):
            if place_end < end and NAME_CHARS.fullmatch(text, start, place_end) is not None \
                    and self._plain(start, place_end) \
                    and all(o.end == place_end for o in within(facts.orgs, facts.org_starts, start, place_end)):
                return Span(start, place_end)  # not 县总工会职工服务站瓦拉干分站: a body's unit, no place
        return None

    def _grown_place(self, rec: Record, subject: Subject) -> Span | None:
        """`石门县11.6万亩柑橘近日进入采摘旺季`, `横溪镇下陈村的大棚杨梅开始采摘上市`: the crop of a
        farm work is told by where it grows, a place then its area or 的; the place is where the work is
        (heldout14 economy_page, unseen_events yichang_city and xianju_county)."""
        lead = rec.candidates[0]
        start = subject.start
        if lead.type != _PRODUCTION or subject.implicit or not start < lead.first_hit \
                or self.facts.layout.clause_of(start) != lead.clause:
            return None
        text = self.facts.text
        for end in self._place_ends(start, lead.first_hit):
            if (text[end].isdigit() or text.startswith(_OF, end)) and self._plain(start, end):
                return Span(start, end)
        return None

    def _before_section(self, start: int, end: int) -> int:
        """Where a road's name ends when a section in brackets follows it (县城迎晖路（朝阳楼至西门段）,
        开放大道（人民路至青年路段）将实行全封闭施工): the place is the road and its section; else `end`."""
        text = self.facts.text
        if not text.endswith(_SECTION_CLOSE, 0, end):
            return end
        opener = text.rfind(_SECTION_OPEN, start, end)
        inside = (opener + len(_SECTION_OPEN), end - len(_SECTION_CLOSE))
        if opener <= start or NAME_CHARS.fullmatch(text, *inside) is None \
                or not cue_ends_at(text, inside[1], "section_head", inside[0]):
            return end
        return opener

    def _works_line(self, start: int, clause: int) -> Span | None:
        """`总投资48亿元的包头南绕城高速公路工程全线开工`, `榆林至靖边高速公路改扩建工程全线开工`: a line
        whose works start along its whole length is where they are, named before its road word
        (heldout20/economy_page, heldout21/economy_page); a works with no line (技术改造工程) is none.
        全线 may follow the first trigger word (改扩建…全线开工), so it is found in the whole clause."""
        text = self.facts.text
        _, clause_end, _ = self.facts.layout.clauses[clause]
        end = text.find(_WHOLE_LINE, start, clause_end)
        if end < 0 or not self.facts.triggers.starts_at(text, end + len(_WHOLE_LINE)):
            return None
        of = text.rfind(_OF, start, end)
        name = of + len(_OF) if of >= 0 else start
        road = alternation("line_head").search(text, name, end)
        if road is None or road.start() - name < _BARE_PLACE_MIN or text[name] in cue_words("not_place") \
                or NAME_CHARS.fullmatch(text, name, road.start()) is None or not self._plain(name, road.start()):
            return None
        return Span(name, road.start())

    def _section_stem(self, start: int, end: int) -> int:
        """Where the road or river ends before its section word (`兄弟河县城` of 兄弟河县城段, `滨河路` of
        滨河路全段), or -1 when `start:end` is no section (早高峰时段, 试点阶段: no place or route before)."""
        text = self.facts.text
        head = cue_start_before(text, end, "section_head")
        if head <= start:
            return -1
        return head - len(_WHOLE) if text.endswith(_WHOLE, start, head) else head

    def _routed(self, start: int, end: int) -> bool:
        """Whether a route link joins two places inside `start:end` (石家庄至邢台, 人民路口至民族路口),
        not numbers (6号至10号)."""
        text = self.facts.text
        return any(at > start and not text[at - 1].isdigit() for at in
                   (text.find(link, start + 1, end) for link in cue_words("route_link")))

    def _route(self, start: int, end: int) -> bool:
        """`兰州至合作高速铁路`, `曲靖北站至富源县城的城际公交线路`: a line between two places named as the
        subject of a launch is what opened; a section (`…至…段`) or numbered berths (`6号至10号泊位`) are
        places."""
        text = self.facts.text  # plain finds, no pattern: asked once per launch record
        for link in cue_words("route_link"):
            at = text.find(link, start + 1, end)
            if at > 0 and not text[at - 1].isdigit() and \
                    not any(text.find(head, at, end) >= 0 for head in cue_words("section_head")):
                return True
        return False

    def _route_origin(self, start: int, end: int) -> Span | None:
        """`桂林至吉隆坡国际航线16日首航`, `南通兴东国际机场至河内全货机航线首航`: a ship's or plane's route
        opens at its first end, the port or airport named before the route link; a railway or bus line
        (兰州至合作高速铁路) names no place it opened at (`_route`). The route word may be the first
        trigger word read (航线…首航), so it is looked for up to its own end."""
        text = self.facts.text  # plain finds: asked once per launch record whose subject is a route
        if not any(text.find(head, start, end + len(head)) >= 0 for head in cue_words("port_route")):
            return None
        for link in cue_words("route_link"):
            at = text.find(link, start + 1, end)
            if at - start >= _BARE_PLACE_MIN and NAME_CHARS.fullmatch(text, start, at) is not None \
                    and text[start] not in cue_words("not_place") and not self.facts.in_org[start] \
                    and self._plain(start, at):
                return Span(start, at)
        return None

    def _trimmed_end(self, start: int, end: int) -> int:
        """The subject phrase `start:end` without the dates and time or manner words that end it
        (四川片区春季巡护, 社儿坪中队迅速现场走访): what is left may name a place."""
        facts = self.facts
        trimmed = True
        while trimmed and end > start:
            trimmed = False
            k = bisect.bisect_left(facts.date_starts, end) - 1
            if k >= 0 and facts.dates[k].end == end and facts.dates[k].start > start:
                end, trimmed = facts.dates[k].start, True  # 四川片区春季巡护
                continue
            word = cue_start_before(facts.text, end, _TRAILING)
            if word >= 0:
                end, trimmed = word, True  # 社儿坪中队迅速现场走访
        return end


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list `start:end` separated by `、` (empty ones included, so the caller refuses them)."""
    items, pos = [], start
    while pos <= end:
        comma = text.find(_PLACE_LIST, pos, end)
        item_end = comma if comma >= 0 else end
        items.append((pos, item_end))
        if comma < 0:
            break
        pos = item_end + len(_PLACE_LIST)
    return items
