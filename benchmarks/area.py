"""What bench_dates and bench_organizations share: one area of the contract, ours
against the peers, timed warm on the same text and scored with `shared/eval/score.py`."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from .pages import EXAMPLE, load
from .peers import quiet
from .scoring import pooled_prediction, score


def contract(found: dict) -> dict:
    """Mentions as contract dicts (ours are models; the peers' adapters give dicts already)."""
    return {area: [m.model_dump(mode="json") if hasattr(m, "model_dump") else m for m in mentions]
            for area, mentions in found.items()}


def timed(fn, runs: int, budget_s: float = 20.0) -> dict:
    """Median wall and CPU milliseconds of `fn()`. CPU time (`process_time`) is what the
    call costs; on a busy machine the wall time of a short call is often doubled by
    preemption, so ratios are given on both."""
    wall, cpu, spent = [], [], 0.0
    for k in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
        spent += wall[-1]
        if k >= 2 and spent > budget_s:
            break
    return {"median_ms": statistics.median(wall) * 1000, "cpu_ms": statistics.median(cpu) * 1000,
            "min_ms": min(wall) * 1000, "runs": len(wall)}


def figures(run, page, runs: int, area: str) -> dict:
    """Warm median time of `run` on the page, how many mentions it found, and the scorer's
    figures for `area` where the page has gold."""
    with quiet():
        run(page.text, page.published)  # first call: whatever loads lazily
        record = timed(lambda: run(page.text, page.published), runs)
    found = run(page.text, page.published)
    record["found"] = len(found[area])
    if page.gold is not None:
        result = score(pooled_prediction(**contract(found)), page.gold, page.text, areas=(area,))
        if result is not None:
            record[area] = result[area]
    return record


def measure_area(area: str, ours, peers, path: Path, quick: bool) -> dict:
    """`figures` for ours and each peer that loads; a missing or failing peer is reported."""
    page = load(path)
    runs = 5 if quick else 30
    out = {"page": page.name, "ours": figures(ours, page, runs, area), "peers": {}}
    for name, make in peers:
        try:
            with quiet():
                adapter = make()
        except Exception as err:  # not installed: say so, go on
            out["peers"][name] = {"skipped": f"{type(err).__name__}: {err}"}
            continue
        try:
            out["peers"][name] = figures(adapter, page, max(3, runs // 5), area)
        except Exception as err:
            out["peers"][name] = {"error": f"{type(err).__name__}: {err}"}
    return out


def table(result: dict, title: str, ours_name: str, columns: list[str], cells) -> str:
    """The area's markdown table (`columns` after the extractor's name): our row first,
    named `ours_name`, then one per peer. `cells(record, ours)`
    gives a measured row's cells after the name; a peer that did not load or failed gets
    a note in its row instead."""
    def row(name: str, record: dict) -> str:
        if "skipped" in record:
            body = [f"skipped: {record['skipped']} (`pip install -e '.[bench]'`)"]
        elif "error" in record:
            body = [f"failed: {record['error']}"]
        else:
            body = cells(record, result["ours"])
        body += [""] * (len(columns) - len(body))
        return "| " + " | ".join([name, *body]) + " |"

    lines = [title, "", "| " + " | ".join(["extractor", *columns]) + " |", "|" + "---|" * (len(columns) + 1),
             row(ours_name, result["ours"])]
    return "\n".join(lines + [row(name, record) for name, record in result["peers"].items()])


def page_arguments(prog: str, description: str, argv: list[str] | None) -> argparse.Namespace | None:
    """`[PAGE.txt] [--quick]`, the command line of each area benchmark; None (with a line
    on stderr) when the page is not there, so a checkout without ../shared still exits 0."""
    ap = argparse.ArgumentParser(prog=f"python -m benchmarks.{prog}", description=description)
    ap.add_argument("page", nargs="?", type=Path, default=EXAMPLE)
    ap.add_argument("--quick", action="store_true", help="few repetitions")
    args = ap.parse_args(argv)
    if not args.page.exists():
        print(f"{prog}: no page at {args.page}", file=sys.stderr)
        return None
    return args
