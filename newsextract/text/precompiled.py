"""Regular expressions compiled ahead of time: `compile_pattern` is `re.compile` without
the wait.

The grammars are big (the dates grammar alone is 40,000 characters, its Han classes
reach past the Basic Multilingual Plane), and `re` compiles them in pure Python: about
0.3 s of a fresh process's first `extract`, against a few milliseconds to hand `_sre`
the finished code. `data/precompiled_patterns.bin` holds that code for the patterns
the package compiles, built by `scripts/build_precompiled_patterns.py` for one CPython
version. A pattern whose source is not in the table (the data changed since the build),
or a table built by another interpreter, is compiled by `re` as before: the table only
ever saves time, and `tests/test_precompiled.py` says when it needs a rebuild.
"""
from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine: no stub
import functools
import marshal
import re
import sys
from array import array
from importlib import resources

__all__ = ["compile_pattern", "interpreter", "TABLE"]

TABLE = "precompiled_patterns.bin"


def interpreter() -> tuple:
    """What the compiled code depends on: a table built by another interpreter is ignored."""
    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


@functools.cache
def _table() -> dict[tuple[str, int], tuple[int, bytes, int, dict[str, int]]]:
    """(source, flags) → (the compiled flags, the code as 32-bit words, the group count, the group names)."""
    try:
        blob = (resources.files("newsextract") / "data" / TABLE).read_bytes()
        built_for, table = marshal.loads(blob)  # stored uncompressed: inflating it cost more than reading it
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if tuple(built_for) != interpreter() or array("I").itemsize != _sre.CODESIZE:
        return {}
    return table


def _fallback(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the precompiled table when it holds the pattern."""
    entry = _table().get((source, int(flags)))
    if entry is None:
        return _fallback(source, flags)
    compiled_flags, code_bytes, groups, groupindex = entry
    code = array("I")
    code.frombytes(code_bytes)
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    try:
        return _sre.compile(source, compiled_flags, code.tolist(), groups, groupindex, tuple(indexgroup))
    except (RuntimeError, TypeError, ValueError):  # code `_sre` rejects: compile it afresh
        return _fallback(source, flags)
