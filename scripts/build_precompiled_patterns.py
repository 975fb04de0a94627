#!/usr/bin/env python3
"""Build `newsextract/data/precompiled_patterns.bin`: the code `re` compiles for every pattern
the package asks `text.precompiled.compile_pattern` for, so a fresh process hands it to
`_sre` instead of compiling (`text/precompiled.py` says why); and
`newsextract/data/precompiled_regex.bin`, the same for the `regex` module's patterns
(`compile_regex`): what `regex` hands `_regex.compile`.

Source: the running CPython's own `re` compiler (`re._parser.parse`, `re._compiler._code`),
over the patterns requested while the package is imported and reads every page of
`../shared/pages/` and of the fixture folders of the accuracy tables
(`benchmarks.pages.FIXTURE_FOLDERS`: no held-out folder) with `extract` and each `find_*`
function. The table records the interpreter it was built for (`precompiled.interpreter()`;
the `regex` table also the `regex` release, `precompiled.regex_engine()`); another
interpreter or release ignores it and compiles as before.

    python scripts/build_precompiled_patterns.py [--check]

`--check` writes nothing and exits 1 when a table lacks a pattern the package asks for
(the grammar or its data changed) or was built by another interpreter. The output is
deterministic for one interpreter and one state of the package, but for the order of the
members of some character sets in `regex`'s code, which follows the addresses of its parser's
objects from run to run: `--check` compares the `regex` table with each pattern's code as a
multiset (`comparable_regex`).
"""
from __future__ import annotations

import argparse
import importlib.util
import marshal
import re
import sys
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsextract" / "data" / "precompiled_patterns.bin"
OUT_REGEX = ROOT / "newsextract" / "data" / "precompiled_regex.bin"


def _recording_compile(requested: dict, real_compile):
    """`re.compile` that notes what `precompiled._fallback` asks for, with its code."""

    def compile(source, flags=0):
        caller = sys._getframe(1).f_code
        if caller.co_name == "_fallback" and caller.co_filename.endswith("precompiled.py") and isinstance(source, str):
            flags = int(flags)
            pattern = real_compile(source, flags)
            code = re._compiler._code(re._parser.parse(source, flags), flags)
            requested[(source, flags)] = (pattern.flags, array("I", code).tobytes(), pattern.groups,
                                          dict(pattern.groupindex))
            return pattern
        return real_compile(source, flags)

    return compile


def _recording_regex_fallback(requested: set, real_fallback):
    """`precompiled._regex_fallback` that notes what it is asked for."""

    def fallback(source, flags):
        requested.add((source, int(flags)))
        return real_fallback(source, flags)

    return fallback


def regex_entry(source: str, flags: int) -> tuple | None:
    """What `regex` hands `_regex.compile` after the source for `regex.compile(source, flags)`,
    read by compiling it afresh (not from `regex`'s cache) with `_regex` watched; None for a
    pattern whose reading depends on the locale."""
    import regex
    from regex import _main

    handed: list[tuple] = []
    engine = _main._regex

    class Watch:
        def __getattr__(self, name):
            return getattr(engine, name)

        def compile(self, *args):
            handed.append(args)
            return engine.compile(*args)

    _main._regex = Watch()
    try:
        _main._compile(source, flags, False, {}, False)
    finally:
        _main._regex = engine
    (args,) = handed
    if int(args[1]) & regex.LOCALE:
        return None
    return (int(args[1]), *args[2:])


def collect() -> tuple[dict, dict]:
    """(source, flags) → compiled entry, for every pattern the package requests on the pages:
    those of `re`, and those of `regex`."""
    requested: dict = {}
    requested_regex: set = set()
    real_compile = re.compile
    # the module first, on its own (it imports nothing of the package), so that its table is
    # bypassed before any module of the package compiles at import
    spec = importlib.util.spec_from_file_location("newsextract.text.precompiled",
                                                  ROOT / "newsextract" / "text" / "precompiled.py")
    assert spec is not None and spec.loader is not None
    precompiled = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = precompiled
    spec.loader.exec_module(precompiled)
    precompiled._table = lambda: {}  # every pattern goes to `_fallback`, where it is recorded
    precompiled._regex_table = lambda: {}  # and every `regex` pattern to `_regex_fallback`
    precompiled._regex_fallback = _recording_regex_fallback(requested_regex, precompiled._regex_fallback)
    re.compile = _recording_compile(requested, real_compile)
    try:
        sys.path.insert(0, str(ROOT))
        import newsextract
        from benchmarks.pages import FIXTURE_FOLDERS, FIXTURES, SHARED, load

        paths = sorted((SHARED / "pages").glob("*.txt"))
        for folder in FIXTURE_FOLDERS:  # the development pages of the accuracy tables, no held-out folder
            paths += sorted((FIXTURES / folder).glob("*.txt"))
        for path in paths:
            page = load(path)
            newsextract.extract(page.text, published=page.published)
            for find in (newsextract.find_dates, newsextract.find_organizations, newsextract.find_statistics,
                         newsextract.find_events, newsextract.find_places):
                find(page.text[:2000], published=page.published)
    finally:
        re.compile = real_compile
    entries = {key: regex_entry(*key) for key in requested_regex}
    return requested, {key: entry for key, entry in entries.items() if entry is not None}


def build(requested: dict) -> bytes:
    interpreter = sys.modules["newsextract.text.precompiled"].interpreter
    table = {key: requested[key] for key in sorted(requested)}
    # not compressed: inflating the 1.1 MB took ~4 ms of every fresh process, reading it ~0.3 ms
    return marshal.dumps((interpreter(), table))


def build_regex(requested: dict) -> bytes:
    regex_engine = sys.modules["newsextract.text.precompiled"].regex_engine
    return marshal.dumps((regex_engine(), {key: requested[key] for key in sorted(requested)}))


def comparable_regex(blob: bytes) -> tuple:
    """The `regex` table as `--check` compares it: the code of each pattern as a multiset (the
    order of a set's members in it differs from build to build, not what it matches)."""
    built_for, table = marshal.loads(blob)
    return built_for, {key: (flags, sorted(code), *rest) for key, (flags, code, *rest) in table.items()}


def _built_for(blob: bytes) -> tuple:
    try:
        return tuple(marshal.loads(blob)[0])
    except (ValueError, EOFError, TypeError, IndexError):
        return ()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 when the table is stale")
    args = ap.parse_args(argv)
    requested, requested_regex = collect()
    blobs = {OUT: build(requested), OUT_REGEX: build_regex(requested_regex)}
    same = {OUT: bytes.__eq__, OUT_REGEX: lambda old, new: comparable_regex(old) == comparable_regex(new)}
    stale = [out.name for out, blob in blobs.items() if not (out.exists() and same[out](out.read_bytes(), blob))]
    if args.check:
        # a table built for another engine (a newer `regex` from PyPI, another Python) is ignored at
        # run time, where every pattern is compiled afresh: it cannot be compared here
        other = {out.name for out, blob in blobs.items()
                 if out.exists() and _built_for(out.read_bytes()) != _built_for(blob)}
        for out in blobs:
            print(f"{out.name} is " + ("built for another engine: ignored here, not checked" if out.name in other
                                       else "stale: run scripts/build_precompiled_patterns.py" if out.name in stale
                                       else "up to date"))
        return 1 if set(stale) - other else 0
    for out, blob in blobs.items():
        if out.name not in stale:  # the regex table's bytes vary from build to build: kept while it holds
            continue
        out.write_bytes(blob)
        print(f"wrote {out.relative_to(ROOT)}: {len(blob)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
