"""Is the output byte-identical to a saved run? For speed work that must not change results.

    python -m benchmarks.identical save BEFORE.json     # before the change
    python -m benchmarks.identical check BEFORE.json    # after it: exit 1 and the pages that differ

Pages: every `.txt` under `../shared/pages/` and `fixtures/` (all folders), each as it is and
with its years shifted (`pages.shift_years`: 4, 40 and 100 years back, 20 ahead), so a
change to how festivals, solar terms and holiday breaks are looked up is checked over many
years. What is compared is the SHA-256 of `extract(...).model_dump_json()`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .pages import FIXTURES, ROOT, SHARED, BenchPage, load, shift_years

SHIFTS = (0, -4, -40, -100, 20)


def corpus() -> list[BenchPage]:
    """The pages compared: `../shared/pages/*.txt` and `fixtures/**/*.txt`, in name order."""
    paths = sorted((SHARED / "pages").glob("*.txt")) + sorted(FIXTURES.rglob("*.txt"))
    return [load(p) for p in paths]


def variants(pages: list[BenchPage]) -> Iterator[tuple[str, BenchPage]]:
    for page in pages:
        for years in SHIFTS:
            copy = page if years == 0 else shift_years(page, years)
            yield f"{os.path.relpath(page.path, ROOT) if page.path else page.name} {years:+d}", copy


def fingerprints(pages: list[BenchPage] | None = None) -> dict[str, str]:
    """Page (and shift) → SHA-256 of its JSON output."""
    from newsextract import extract

    out = {}
    for key, page in variants(corpus() if pages is None else pages):
        text = extract(page.text, published=page.published).model_dump_json()
        out[key] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


def differences(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """What changed: pages whose output differs, and pages in only one of the runs."""
    out = [f"differs: {k}" for k in sorted(before.keys() & after.keys()) if before[k] != after[k]]
    out += [f"missing now: {k}" for k in sorted(before.keys() - after.keys())]
    out += [f"new: {k}" for k in sorted(after.keys() - before.keys())]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.identical", description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("file", type=Path)
    args = ap.parse_args(argv)
    now = fingerprints()
    if args.action == "save":
        args.file.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"saved {len(now)} outputs to {args.file}")
        return 0
    changed = differences(json.loads(args.file.read_text(encoding="utf-8")), now)
    for line in changed:
        print(line)
    print(f"{len(now)} outputs: " + ("identical" if not changed else f"{len(changed)} differences"))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
