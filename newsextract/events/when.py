"""When an event happened: the date mention of a record, read from the dates the dates
extractor found in its span."""
from __future__ import annotations

import bisect
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from ..models import DateValue
from .cues import cue_at, cue_ends_at, cue_words
from .facts import ArticleFacts
from .types import Located, Record

_UNREAD = object()  # a date whose value `value` has not read yet
# Grains from the finest: a record's date is the most precise one said.
_GRAIN_ORDER = {"day": 0, "xun": 1, "month": 2, "quarter": 3, "season": 4, "year": 5}
_UNKNOWN_GRAIN = len(_GRAIN_ORDER)  # coarser than every grain
_UNKNOWN_DAYS = 10 ** 6  # a date with no value is longer than any that has one
# A date anchors an event when it names a day, a part of a month or a month; `今年` does not
# (`学校今年还将与瑞安市签约` is a plan, not a happening).
_ANCHORING_GRAINS = ("day", "xun", "month")
_ANCHORING_DAYS = 31
_SCHEDULED = "于"  # 将于5月24日至25日进行: the date the clause schedules


class _Precision(NamedTuple):
    """How precise a date is: its grain's rank (day first), then how many days it spans."""

    grain: int
    days: int


class DateReader:
    """Reads the dates of the event records of one article."""

    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self._values: dict[int, DateValue | None] = {}  # date index → `value`, read once per date

    def value(self, d: Located) -> DateValue | None:
        """A mention's value; `当日` left unresolved takes the value of the date before it; a
        time before or after a date (`今年年底前`, `今年春节后`) is no date of an event."""
        value = self._values.get(d.mention_index, _UNREAD)
        if value is _UNREAD:
            value = self._values[d.mention_index] = self._read_value(d)
        return value  # type: ignore[return-value]  # never _UNREAD here

    def _read_value(self, d: Located) -> DateValue | None:
        facts, text = self.facts, self.facts.text
        if (cue_ends_at(text, d.end, "time_edge") or cue_at(text, d.end, "time_edge") > 0) \
                and cue_at(text, d.end, "around") < 0:
            return None  # 今年年底前, 今年春节后: a bound, not a day (植树节前后 is one: around it)
        if cue_ends_at(text, d.start, "cutoff"):
            return None  # 截至3月4日: the end of a count, not a day something happened
        value = d.mention.value
        if value is None and d.mention.text in cue_words("anaphor"):
            k = bisect.bisect_left(facts.date_starts, d.start) - 1
            if k >= 0 and facts.last_dated[k] >= 0:
                return facts.dates[facts.last_dated[k]].mention.value
        return value

    def clause_value(self, clause: int) -> DateValue | None:
        """The value of the finest date of a clause."""
        start, end, _ = self.facts.layout.clauses[clause]
        best = self.finest([d for d in self.facts.dates_in(start, end) if self.value(d) is not None])
        return self.value(best) if best else None

    def _precision(self, d: Located) -> _Precision:
        value = self.value(d)
        days = (value.end - value.start).days if value else _UNKNOWN_DAYS
        return _Precision(_GRAIN_ORDER.get(d.mention.grain or "", _UNKNOWN_GRAIN), days)

    def finest(self, found: list[Located]) -> Located | None:
        """The most precise dated mention (5月24日至25日 over 2025年度)."""
        dated = [d for d in found if self.value(d) is not None]
        return min(dated, key=self._precision) if dated else None

    def _reported(self, d: Located, trigger_start: int) -> bool:
        """`3月12日,记者从X获悉,…`: a source cue between the date and the trigger makes it the
        day of the report, which is the event's date only when nothing better is said."""
        if d.end >= trigger_start:
            return False
        sources = self.facts.sources
        k = bisect.bisect_left(sources, d.end)
        return k < len(sources) and sources[k] < trigger_start

    def date_of(self, rec: Record, trigger_clauses: AbstractSet[int]) -> Located | None:
        """The event's date mention.

        A date scheduled in the trigger's clause wins (`将于5月24日至25日进行`); else the most
        precise grain among the clause's dates before the trigger, the nearest date before the
        clause in the span (`12日上午,2025年一季度…签约活动…举行`) and the clause's dates after
        the trigger (`报名时间为3月14日至3月25日`), in that order on ties (`3月11日上午,…开展
        “3·15”…宣传活动`); else the last date of the sentence before the trigger, even the day
        of the report or a vague `近日` (then None), unless another event's clause
        (`trigger_clauses`) holds it.
        """
        facts, text = self.facts, self.facts.text
        lead = rec.candidates[0]
        trigger_start = rec.lead.trigger_start
        first_hit = lead.first_hit
        start, end, _ = facts.layout.clauses[lead.clause]
        in_clause = facts.dates_in(start, end)
        found = [d for d in in_clause if self.value(d) is not None and not self._reported(d, trigger_start)]
        for d in found:
            if d.start > first_hit and text.endswith(_SCHEDULED, 0, d.start):
                return d
        before = [d for d in facts.dates_in(rec.start, start) if not self._reported(d, trigger_start)]
        if before and any(self.value(d) is None and d.mention.value is None
                          for d in in_clause if d.start < first_hit and d.end <= first_hit):
            before = []  # 清明节临近,市民政局日前发出…倡议: the clause's own time is vague
        options = [self.finest([d for d in found if d.start < first_hit]),
                   before[-1] if before and self.value(before[-1]) is not None else None,
                   self.finest([d for d in found if d.start >= first_hit])]
        dated = [d for d in options if d is not None]
        if dated:
            return min(dated, key=lambda d: self._precision(d).grain)
        if in_clause:
            return None  # 四川片区春季巡护工作日前全面启动: the clause's own time is vague
        sent_start, _ = facts.layout.sentences[lead.sentence]
        k = bisect.bisect_left(facts.date_starts, trigger_start) - 1
        last = facts.dates[k] if k >= 0 else None
        if last is None or last.start < sent_start or last.end > trigger_start or \
                facts.layout.clause_of(last.start) in trigger_clauses - {lead.clause}:
            return None  # 今年牡丹文化节将于4月上旬开幕,团市委…招募…: that date is the other event's
        return last

    def anchors(self, d: Located | None, rec: Record) -> bool:
        """Whether the date is said in the event's span, names a day, a xun or a month, and is
        no deadline (`今年年底前`)."""
        if d is None or d.start < rec.start:
            return False
        value = self.value(d)
        return value is not None and (d.mention.grain in _ANCHORING_GRAINS
                                      or (value.end - value.start).days < _ANCHORING_DAYS)
