"""Every `functools` cache of the loaded newsextract modules, and a way to empty them.

Two kinds, told apart by their size limit:

- **memos** (`lru_cache(maxsize=N)`): answers kept per input, such as a festival's day in a
  year (`dates.calendar.solar_term`) or a numeral's value (`text.numerals.parse_number`).
  A page with new dates or numbers finds them empty, so emptying them between runs is how a
  benchmark times a page the process has never seen.
- **loads** (`functools.cache`, no limit): data files read and patterns compiled once
  per process. Emptying them as well (`clear("all")`, with the `re`/`regex` pattern caches and
  the dictionary rows of `text.dictionary`) costs what a first call costs, less the import.

A module-level dict used as a cache is not found here; `found()` lists what is.
"""
from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterator
from typing import Literal

Kind = Literal["memo", "all"]
PACKAGE = "newsextract"


def _cached_functions() -> Iterator[tuple[str, object]]:
    """(qualified name, function) of every functools-cached function or method in a loaded module."""
    for name, module in sorted(sys.modules.items()):
        if module is None or not (name == PACKAGE or name.startswith(PACKAGE + ".")):
            continue
        for attr, obj in list(vars(module).items()):
            if getattr(obj, "__module__", None) != name:
                continue
            if hasattr(obj, "cache_clear") and hasattr(obj, "cache_parameters"):
                yield f"{name}.{attr}", obj
            elif inspect.isclass(obj):
                for member, value in vars(obj).items():
                    fn = getattr(value, "__func__", value)
                    if hasattr(fn, "cache_clear") and hasattr(fn, "cache_parameters"):
                        yield f"{name}.{attr}.{member}", fn


def found() -> list[dict]:
    """What `clear` would empty: name, kind and entries held now."""
    out = []
    for name, fn in _cached_functions():
        maxsize = fn.cache_parameters()["maxsize"]
        out.append({"name": name, "kind": "load" if maxsize is None else "memo", "maxsize": maxsize,
                    "entries": fn.cache_info().currsize})
    return out


def clear(kind: Kind = "memo") -> int:
    """Empty the memos (`"memo"`) or every cache (`"all"`); the number of caches emptied."""
    if kind not in ("memo", "all"):
        raise ValueError(f"kind must be 'memo' or 'all', not {kind!r}")
    n = 0
    for _, fn in _cached_functions():
        if kind == "all" or fn.cache_parameters()["maxsize"] is not None:
            fn.cache_clear()
            n += 1
    if kind == "all":
        re.purge()
        regex = sys.modules.get("regex")
        if regex is not None:
            regex.purge()
    return n
