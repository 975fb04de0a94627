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

The layout's and a few other grammars use the `regex` module (`\\p{Han}`, lookbehinds of
several widths), which compiles in pure Python too: ~17 ms of a fresh process's import and
first call for the ~35 patterns a page needs. `compile_regex` hands `_regex` the finished
code from `data/precompiled_regex.bin` in the same way, for the `regex` release it was built
by (`regex_engine()`).
"""
from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine: no stub
import functools
import marshal
import re
import sys
from array import array
from importlib import resources

import regex
from regex import _regex  # the `regex` module's engine

__all__ = ["compile_pattern", "compile_regex", "interpreter", "regex_engine", "TABLE", "REGEX_TABLE"]

TABLE = "precompiled_patterns.bin"
REGEX_TABLE = "precompiled_regex.bin"


def interpreter() -> tuple:
    """What the compiled code depends on: a table built by another interpreter is ignored."""
    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def _load(name: str, built_for_now: tuple) -> dict:
    """A table of `data/`, or an empty one when it is missing, unreadable or was built for
    another engine (`built_for_now`): every pattern is then compiled afresh."""
    try:
        blob = (resources.files("newsextract") / "data" / name).read_bytes()
        built_for, table = marshal.loads(blob)  # stored uncompressed: inflating it cost more than reading it
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if tuple(built_for) == built_for_now else {}


@functools.cache
def _table() -> dict[tuple[str, int], tuple[int, bytes, int, dict[str, int]]]:
    """(source, flags) → (the compiled flags, the code as 32-bit words, the group count, the group names)."""
    if array("I").itemsize != _sre.CODESIZE:
        return {}
    return _load(TABLE, interpreter())


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


def regex_engine() -> tuple:
    """What `regex`'s compiled code depends on: a table built with another release is ignored."""
    return (interpreter(), regex.__version__, _regex.MAGIC, int(regex.DEFAULT_VERSION))


@functools.cache
def _regex_table() -> dict[tuple[str, int], tuple]:
    """(source, flags) → the arguments `regex` hands `_regex.compile` after the source."""
    return _load(REGEX_TABLE, regex_engine())


def _regex_fallback(source: str, flags: int) -> regex.Pattern[str]:
    return regex.compile(source, flags)


def compile_regex(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, from the precompiled table when it holds the pattern."""
    entry = _regex_table().get((source, int(flags)))
    if entry is None:
        return _regex_fallback(source, flags)
    try:
        return _regex.compile(source, *entry)
    except (RuntimeError, TypeError, ValueError):  # code `_regex` rejects: compile it afresh
        return _regex_fallback(source, flags)
