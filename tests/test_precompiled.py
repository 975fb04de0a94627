"""`text.precompiled`: the table of compiled patterns gives the patterns `re.compile` gives,
and holds every pattern the package asks for (else a fresh process compiles again)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from newsextract.text import precompiled

ROOT = Path(__file__).resolve().parent.parent
BUILT_HERE = bool(precompiled._table())


@pytest.mark.skipif(not BUILT_HERE, reason="the table was built by another interpreter: it is ignored")
def test_every_entry_is_what_re_compiles():
    for (source, flags), (_flags, code, _groups, _names) in precompiled._table().items():
        fresh = re.compile(source, flags)
        got = precompiled.compile_pattern(source, flags)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex), source[:80]
        expected = re._compiler._code(re._parser.parse(source, flags), flags)
        assert precompiled.array("I", expected).tobytes() == code, source[:80]


@pytest.mark.skipif(not BUILT_HERE, reason="the table was built by another interpreter: it is ignored")
def test_table_is_up_to_date():
    """A grammar or data change moves pattern sources: rebuild with the script."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_precompiled_patterns.py"), "--check"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_pattern_not_in_the_table_is_compiled():
    source = "(?P<unlikely>[甲乙]{2})未预编译"
    got = precompiled.compile_pattern(source)
    assert got.pattern == source and got.fullmatch("甲乙未预编译")["unlikely"] == "甲乙"


def test_a_table_of_another_interpreter_is_ignored(monkeypatch):
    monkeypatch.setattr(precompiled, "interpreter", lambda: ("otherpython", (0, 0), 0, 0, 0))
    precompiled._table.cache_clear()
    try:
        assert precompiled._table() == {}
        assert precompiled.compile_pattern("[0-9]+年").match("2025年")
    finally:
        monkeypatch.undo()
        precompiled._table.cache_clear()


# ------------------------------------------------------------------ the `regex` module's table
REGEX_BUILT_HERE = bool(precompiled._regex_table())


def _shipped_regex_table() -> dict:
    """The `regex` table as shipped, whichever engine it was built for."""
    import marshal
    return marshal.loads((ROOT / "newsextract" / "data" / precompiled.REGEX_TABLE).read_bytes())[1]


def test_every_regex_entry_is_what_regex_compiles():
    """Each entry gives the pattern `regex.compile` gives: its groups, and (when the table was
    built for this engine) its code up to the order of a set's members, which `regex` itself varies
    from run to run. Under another `regex` release the table is ignored and each pattern is
    compiled afresh: the same pattern either way."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_precompiled_patterns import regex_entry
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    used = precompiled._regex_table()
    assert used in ({}, _shipped_regex_table())
    for (source, flags), entry in _shipped_regex_table().items():
        fresh = regex.compile(source, flags)
        got = precompiled.compile_regex(source, flags)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex), source[:80]
        if not REGEX_BUILT_HERE:
            continue
        expected = regex_entry(source, flags)
        assert expected is not None, source[:80]
        assert (expected[0], sorted(expected[1]), *expected[2:]) == (entry[0], sorted(entry[1]), *entry[2:]), \
            source[:80]


@pytest.mark.parametrize(("source", "flags", "text", "expected"), [
    (r"\p{Han}{2}(?<=(?:^|\s)\p{Han}\p{Han})", 0, "甲乙", "甲乙"),  # a lookbehind of two widths
    (r"(?P<name> \p{Han}+ ) \s* 摄", regex.VERBOSE, "王芳 摄", "王芳 摄"),
])
def test_a_regex_pattern_not_in_the_table_is_compiled(source, flags, text, expected):
    assert (source, flags) not in precompiled._regex_table()
    got = precompiled.compile_regex(source, flags)
    assert got.pattern == source and got.fullmatch(text).group() == expected


def test_a_regex_table_of_another_release_is_ignored(monkeypatch):
    monkeypatch.setattr(precompiled, "regex_engine", lambda: ("otherpython", "0.0", 0, 0))
    precompiled._regex_table.cache_clear()
    try:
        assert precompiled._regex_table() == {}
        assert precompiled.compile_regex(r"\p{Han}+年").match("二〇二五年")
    finally:
        monkeypatch.undo()
        precompiled._regex_table.cache_clear()
