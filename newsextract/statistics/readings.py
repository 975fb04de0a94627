"""The types the statistics modules share: one reading of the grammar (`grammar.read`
gives it; the subject, change and scope readers take it) and a change found before it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from ..models import Change


@dataclass(slots=True)
class Reading:
    """What one grammar match states: where it is, its value (and a range's upper
    value), the unit reported, its kind and role, and how exact it is."""

    start: int
    end: int
    value: Decimal
    unit: str
    kind: str
    role: str  # the unit's role: classifier | noun | measure | rate
    approx: str
    value_max: Decimal | None = None
    doubling: bool = False  # `翻一番`: a change by itself
    currency: str | None = None  # ISO 4217, when the unit names it (`美元`, `港元`)


class ChangeReading(NamedTuple):
    """A change before a quantity: the `Change`, where its words start in the text, its
    verb, and where its baseline starts in the text (None: no baseline)."""

    change: Change
    start: int
    verb: str
    baseline_at: int | None = None
