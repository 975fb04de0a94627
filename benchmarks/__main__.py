"""`python -m benchmarks [--quick]`: measure, write `docs/benchmarks.md`, print the targets."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import pages as _pages
from . import report as _report
from .peers import PEERS
from .runner import FULL, QUICK, run

DOCS = _pages.ROOT / "docs" / "benchmarks.md"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: few repetitions, no 100× page, no doc")
    ap.add_argument("--output", type=Path, help=f"where to write the Markdown (default {DOCS} on a full run)")
    ap.add_argument("--json", type=Path, help="also write the raw report as JSON")
    ap.add_argument("--no-peers", action="store_true", help="leave the peers out")
    ap.add_argument("--no-extras", action="store_true", help="leave out bench_dates / bench_organizations")
    ap.add_argument("--page", type=Path, action="append", default=[], help="an extra page to measure")
    args = ap.parse_args(argv)

    pages = _pages.discover(args.page)
    if not pages:
        print("benchmarks: no page found (the example page is ../shared/pages/…)", file=sys.stderr)
        return 2
    if not any(p.path and p.path.parent == _pages.FIXTURES for p in pages):
        print("benchmarks: no fixtures/*.txt yet; measuring the example page only")
    t0 = time.perf_counter()
    report = run(pages, QUICK if args.quick else FULL, peers=() if args.no_peers else PEERS,
                 with_extras=not args.no_extras, say=lambda line: print(line, flush=True))
    report["run_seconds"] = time.perf_counter() - t0

    for p in _report.measured_pages(report):
        cold = p.get("cold") or {}
        cold_text = (f"; cold {cold['extract']['median_ms']:.2f} ms, ratio {cold['extract_over_lcut']:.2f}×"
                     if "extract" in cold else "")
        print(f"{p['name']}: extract {p['extract']['median_ms']:.2f} ms, jieba.lcut "
              f"{p['jieba_lcut']['median_ms']:.2f} ms, ratio {p['extract_over_lcut']:.2f}×" + cold_text)
    output = args.output or (None if args.quick else DOCS)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(_report.render(report), encoding="utf-8")
        print(f"wrote {output}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(_report.summary(report))
    print(f"run took {report['run_seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
