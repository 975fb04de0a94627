"""What the view highlights: one row per mention area, and how a mention's value reads.

Everything here reads the public models by field name with `getattr`, so a field a
later schema adds (`Statistic.currency`, a date's `time`) shows up as soon as it is
named in a row, and a named field that a model does not have yet is simply not shown.
Adding an area (as `Article.places` was) is one row of `AREAS`.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Area:
    """A list of mentions on `Article` and how the view draws it."""

    name: str  # the Article field that lists the mentions, e.g. "dates"
    singular: str  # one mention, e.g. "date"; also names an event's `<singular>_mention(s)` field
    label: str  # the legend's label
    colour: str  # a CSS colour; highlights are tints of it
    fields: tuple[str, ...]  # the mention fields that make up its value, in the order shown
    clause: bool = False  # clause-level: drawn as an underline around the mentions it contains


AREAS: tuple[Area, ...] = (
    Area("dates", "date", "Dates", "#e0a100",
         ("value", "clock", "grain", "resolution", "part_of_day")),
    Area("organizations", "organization", "Organizations", "#2b83d6",
         ("canonical", "kind")),
    Area("statistics", "statistic", "Statistics", "#1f9e5a",
         ("value", "value_max", "unit", "currency", "kind", "approx", "subject", "scope", "change")),
    Area("events", "event", "Events", "#c2389a",
         ("type", "trigger", "date", "time", "location", "organizers", "participants", "theme"), clause=True),
    Area("places", "place", "Places", "#8a5a00",
         ("canonical", "code", "level", "kind", "resolution", "changed")),
)

# Article fields the view lays out itself; every other field is listed generically.
LAID_OUT = frozenset({"id", "kind", "headline", "headline_span", "paragraphs"})


def field(obj: Any, name: str) -> Any:
    """`obj.name`, or None where the model has no such field (yet)."""
    cls: type = type(obj)  # as `type`: mypy does not see `type[Any]` as hashable for the cache
    known = _fields(cls)
    if known is not None and name not in known:
        return None  # cheaper than getattr failing on a pydantic model
    return getattr(obj, name, None)


@cache
def _fields(cls: type) -> frozenset[str] | None:
    """The field names of a model class (None for other objects)."""
    names = getattr(cls, "model_fields", None)
    return frozenset(names) if names is not None else None


def mentions(article: Any, area: Area) -> list:
    """The article's mentions of an area ([] where the model has no such field yet)."""
    return list(field(article, area.name) or ())


def pieces(mention: Any) -> list[tuple[int, int]]:
    """The mention's pieces in the page: its `spans`, else its one range."""
    spans = field(mention, "spans")
    if spans:
        return [(int(s), int(e)) for s, e in spans]
    return [(int(mention.start), int(mention.end))]


def plain(value: Any) -> str:
    """A field value as a reader wants it; '' for nothing to show."""
    if value is None or value == "" or value == [] or value == ():
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if isinstance(start, (_dt.date, _dt.time)) and isinstance(end, (_dt.date, _dt.time)):
        return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
    if isinstance(value, (list, tuple)):
        return "、".join(filter(None, (plain(v) for v in value)))
    if hasattr(type(value), "model_fields"):  # a nested model, e.g. a Change or a ClockTime
        # a flag that is off says nothing (`approx no`)
        parts = ((name, plain(field(value, name))) for name in type(value).model_fields
                 if field(value, name) is not False)
        return ", ".join(f"{label(name)} {text}" for name, text in parts if text)
    return str(value)


def label(field: str) -> str:
    """`part_of_day` → `part of day`."""
    return field.replace("_", " ")


def describe(mention: Any, area: Area) -> list[tuple[str, str]]:
    """The (field, value) pairs that a mention of `area` has, in the row's order."""
    pairs = ((name, plain(field(mention, name))) for name in area.fields)
    return [(label(name), text) for name, text in pairs if text]


def tip(mention: Any, area: Area) -> str:
    """The tooltip: what the mention is, then one `field: value` line per field."""
    text = field(mention, "text")
    head = f"{area.singular} «{text}»" if text else area.singular
    return "\n".join([head, *(f"{name}: {value}" for name, value in describe(mention, area))])


def uses(mention: Any, areas: Iterable[Area]) -> list[tuple[Area, int]]:
    """Mentions of other areas that this one points at by index (an event's
    `date_mention`, `organization_mentions`…), as (area, index) pairs."""
    found = []
    for area in areas:
        for name in (f"{area.singular}_mention", f"{area.singular}_mentions"):
            value = field(mention, name)
            if value is None:
                continue
            for index in (value if isinstance(value, (list, tuple)) else [value]):
                if isinstance(index, int):
                    found.append((area, index))
    return found
