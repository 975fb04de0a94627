"""The values the event readers pass to each other: mentions located in the article, the
parties of an event, the subject of a clause, and the candidates and records of events.

They live here, apart from the readers, so that `records` (which builds candidates and
records) and the argument readers (`when`, `where`, `who`, `themes`) import them from one
place and never from each other. The classes have slots: a page builds hundreds of them,
and the readers read them field by field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .triggers import Trigger


class Span(NamedTuple):
    """A stretch of the article's text at local offsets: a place, a theme, a group of people."""

    start: int
    end: int


class Located(NamedTuple):
    """Another extractor's mention at local offsets, with its index in the article's list
    (a tuple: an article locates hundreds of them, and text order is tuple order)."""

    start: int
    end: int
    mention_index: int
    mention: Any  # a DateMention, an Organization or a Statistic


@dataclass(slots=True)
class Party:
    """An organizer or participant: its span, the organization mention it is, and the name to
    report when the text only points at it (`该院` → 洛阳市中心医院)."""

    start: int
    end: int
    org: Located | None = None
    name: str | None = None


@dataclass(slots=True)
class Subject:
    """Who the clause says acts, and where that phrase starts."""

    parties: list[Party]
    start: int  # where the subject phrase starts (after dates and 本报讯)
    group: bool  # `X的志愿者们`: X are participants, not organizers
    implicit: bool = False  # `与X联合印发`: X are co-organizers of an unnamed subject
    source: list[Party] = field(default_factory=list)  # `记者从团市委获悉`: organizers by default


@dataclass(slots=True)
class Candidate:
    """A clause that states an event, before arguments are read."""

    clause: int
    sentence: int
    trigger: Trigger  # the word reported as the trigger
    trigger_at: int  # where that word stands: the event quotes the caller's text there
    type: str
    first_hit: int  # where the clause's first trigger word starts
    trigger_start: int
    move: bool
    span_start: int = 0
    place_after: Span | None = None  # the place a move goes to (来到天鑫花园小区)
    noun: str | None = None  # the event noun that typed it (交易会, 博览会)
    cumulative: bool = False  # 累计发放…, 每周举办…: an event only with a date and a named actor
    tally: bool = False  # 新登记经营主体5.6万户: a count whose actor must be named in its own clause
    counted: bool = False  # 今年以来,X累计发放…: many acts done, told by a cumulative word (a year dates them)
    purpose: bool = False  # a move typed by what its sentence says it was for (来到…,实地检查…)
    introduces: bool = False  # 運輸署公布，…: a notice that only introduces what its sentence tells next
    window: bool = False  # …前向…提出申請: an application window, told in its own clause (`_applied_for`)
    item_window: Located | None = None  # 施工时间：…至… on the notice's item line after it (`_without_window_items`)


@dataclass(slots=True)
class Record:
    """One happening: the candidates that tell it and the span from its subject to its last clause."""

    candidates: list[Candidate]
    start: int
    end: int
    stat_limit: int = 0
    organizers: list[Party] = field(default_factory=list)
    date: Located | None = None  # the date read for the event, once it is told
    anchored: bool = False  # whether that date anchors it (a day, a xun, a month… said in its span)
    place: Span | None = None  # where it happened, once it is told (a signing at its scene takes it)

    @property
    def lead(self) -> Candidate:
        """The first candidate that is not a move (来到…公园,开展…活动 is told by 开展)."""
        for c in self.candidates:
            if not c.move:
                return c
        return self.candidates[0]
