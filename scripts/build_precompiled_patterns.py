#!/usr/bin/env python3
"""Build `newsextract/data/precompiled_patterns.bin`: the code `re` compiles for every pattern
the package asks `text.precompiled.compile_pattern` for, so a fresh process hands it to
`_sre` instead of compiling (`text/precompiled.py` says why).

Source: the running CPython's own `re` compiler (`re._parser.parse`, `re._compiler._code`),
over the patterns requested while the package is imported and reads every page of
`../shared/pages/` and of the fixture folders of the accuracy tables
(`benchmarks.pages.FIXTURE_FOLDERS`: no held-out folder) with `extract` and each `find_*`
function. The table records the interpreter it was built for (`precompiled.interpreter()`);
another interpreter ignores it and compiles as before.

    python scripts/build_precompiled_patterns.py [--check]

`--check` writes nothing and exits 1 when the table lacks a pattern the package asks for
(the grammar or its data changed) or was built by another interpreter. The output is
deterministic for one interpreter and one state of the package.
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


def collect() -> dict:
    """(source, flags) → compiled entry, for every pattern the package requests on the pages."""
    requested: dict = {}
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
    return requested


def build(requested: dict) -> bytes:
    interpreter = sys.modules["newsextract.text.precompiled"].interpreter
    table = {key: requested[key] for key in sorted(requested)}
    # not compressed: inflating the 1.1 MB took ~4 ms of every fresh process, reading it ~0.3 ms
    return marshal.dumps((interpreter(), table))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 when the table is stale")
    args = ap.parse_args(argv)
    blob = build(collect())
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == blob
        print("precompiled_patterns.bin is "
              + ("up to date" if same else "stale: run scripts/build_precompiled_patterns.py"))
        return 0 if same else 1
    OUT.write_bytes(blob)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(blob)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
