"""A table of a data file's rows kept as strings, each made into its object when first read.

A page reads a few dozen of the thousands of divisions, division names and place names;
thousands of objects made at once on the first call kept the garbage collector busy (and set
off a full collection, ~15 ms, in a fresh process). Strings are not tracked by it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, KeysView, Mapping
from typing import Any, TypeVar

_V = TypeVar("_V")


class LazyTable(Mapping[str, _V]):
    """A read-only mapping whose values are kept as strings (or row numbers) and made into
    objects the first time they are read."""

    __slots__ = ("_raw", "_make", "_made")

    def __init__(self, raw: dict[str, Any], make: Callable[[Any], _V]):
        self._raw, self._make = raw, make
        self._made: dict[str, _V] = {}

    def __getitem__(self, key: str) -> _V:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._make(self._raw[key])
        return made

    def get(self, key: str, default=None):
        made = self._made.get(key)
        if made is None:
            raw = self._raw.get(key)
            if raw is None:
                return default
            made = self._made[key] = self._make(raw)
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def keys(self) -> KeysView[str]:
        """The keys as the dictionary's own view (a membership test in C)."""
        return self._raw.keys()
