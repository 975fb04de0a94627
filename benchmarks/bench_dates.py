"""Our dates against JioNLP `extract_time` and dateparser `search_dates(languages=["zh"])`.

    python -m benchmarks.bench_dates [PAGE.txt] [--quick]

All three read the same text (the whole page as one article, so no parser is
involved) in the same run; each is timed warm and scored with `shared/eval/score.py`.
A peer that is not installed (`pip install -e '.[bench]'`) is reported and skipped;
the benchmark still exits 0.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import statistics
import sys
import time
from pathlib import Path

from newsextract import dates
from newsextract.context import Context
from newsextract.models import Home

from .pages import EXAMPLE, load
from .peers import dateparser_search, jionlp_time, quiet
from .scoring import pooled_prediction, score
from .stages import whole_page_text

PEERS = (("JioNLP extract_time", jionlp_time), ("dateparser search_dates (zh)", dateparser_search))


def ours():
    """Our `dates.find` over the page as one article (raw text in, typed mentions out), in the
    peers' calling convention; the mentions become contract dicts only for scoring."""
    def run(text: str, published: str | None) -> dict:
        article = whole_page_text(text)  # folds the text and maps offsets
        day = _dt.date.fromisoformat(published) if published else dates.infer_published(article.text)
        ctx = Context(published=day, published_inferred=published is None, home=Home())
        return {"dates": dates.find(article, ctx)}
    return run


def _contract(found: dict) -> dict:
    """Mentions as contract dicts (ours are models; the peers' adapters give dicts already)."""
    return {area: [m.model_dump(mode="json") if hasattr(m, "model_dump") else m for m in mentions]
            for area, mentions in found.items()}


def _timed(fn, runs: int, budget_s: float = 20.0) -> dict:
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


def _figures(run, page, runs: int) -> dict:
    with quiet():
        run(page.text, page.published)  # first call: whatever loads lazily
    with quiet():
        record = _timed(lambda: run(page.text, page.published), runs)
    if page.gold is not None:
        prediction = pooled_prediction(**_contract(run(page.text, page.published)))
        result = score(prediction, page.gold, page.text, areas=("dates",))
        if result is not None:
            record["dates"] = result["dates"]
    return record


def measure(quick: bool = False, path: Path = EXAMPLE) -> dict:
    """Median time and the scorer's dates figures for ours and each peer that loads."""
    page = load(path)
    runs = 5 if quick else 30
    out = {"page": page.name, "ours": _figures(ours(), page, runs), "peers": {}}
    for name, make in PEERS:
        try:
            with quiet():
                adapter = make()
        except Exception as err:  # not installed: say so, go on
            out["peers"][name] = {"skipped": f"{type(err).__name__}: {err}"}
            continue
        try:
            out["peers"][name] = _figures(adapter, page, max(3, runs // 5))
        except Exception as err:
            out["peers"][name] = {"error": f"{type(err).__name__}: {err}"}
    return out


def _row(name: str, record: dict, ours: dict) -> str:
    if "skipped" in record:
        return f"| {name} | skipped: not installed (`pip install -e '.[bench]'`) | | | | | |"
    if "error" in record:
        return f"| {name} | failed: {record['error']} | | | | | |"
    d = record.get("dates", {})
    nan = float("nan")
    return (f"| {name} | {record['cpu_ms']:.2f} | {record['median_ms']:.2f} | "
            f"{record['cpu_ms'] / ours['cpu_ms']:.1f}× / {record['median_ms'] / ours['median_ms']:.1f}× | "
            f"{d.get('f1', nan):.3f} | {d.get('value_accuracy', nan):.3f} | {d.get('exact_f1', nan):.3f} |")


def markdown(result: dict) -> str:
    ours = result["ours"]
    lines = [f"Dates on `{result['page']}` (whole page as one text; warm medians of CPU and wall time)", "",
             "| extractor | CPU ms | wall ms | time vs ours (CPU / wall) | dates F1 | value accuracy "
             "| exact-span F1 |",
             "|---|---|---|---|---|---|---|", _row("newsextract dates", ours, ours)]
    lines += [_row(name, record, ours) for name, record in result["peers"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_dates", description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", type=Path, default=EXAMPLE)
    ap.add_argument("--quick", action="store_true", help="few repetitions")
    args = ap.parse_args(argv)
    if not args.page.exists():
        print(f"bench_dates: no page at {args.page}", file=sys.stderr)
        return 0
    result = measure(quick=args.quick, path=args.page)
    print(markdown(result))
    for name, record in result["peers"].items():
        if "skipped" in record:
            print(f"\npeer {name} is not installed ({record['skipped']}); install the bench extra to compare.")
    jio = result["peers"].get("JioNLP extract_time", {})
    if "median_ms" in jio:
        ours = result["ours"]
        print(f"\nJioNLP / ours time ratio: {jio['cpu_ms'] / ours['cpu_ms']:.1f}× CPU, "
              f"{jio['median_ms'] / ours['median_ms']:.1f}× wall (target ≥ 10×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
