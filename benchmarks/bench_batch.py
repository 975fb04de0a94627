"""`newsextract batch` at archive scale: throughput with 1 and 2 workers, flat memory,
JSON Lines and Parquet agreeing.

    python benchmarks/bench_batch.py                 # 2,000 pages (the issue's figures)
    python benchmarks/bench_batch.py --pages 400     # a quicker look

The pages are the example page and `fixtures/*.txt`, replicated under distinct ids
into one JSON Lines input. Every run is the real command in a fresh process;
pages/s is the command's own figure (pool start-up included, interpreter start-up
not), peak RSS is sampled over the whole process tree (the command and its workers).
Standalone: needs only the package with its `parquet` extra, and psutil.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import resource
import subprocess
import sys
import tempfile
import time

import psutil
import pyarrow.parquet as pq

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "pages" / "000_a7e4e0ea92e49081.txt"
TABLES = ("pages", "articles", "dates", "organizations", "statistics", "events", "places")
_RATE = re.compile(r"([\d.]+) pages/s")


def write_input(path: pathlib.Path, n: int) -> pathlib.Path:
    """`n` records cycling over the example page and the fixtures, each under its own id."""
    sources = [EXAMPLE, *sorted((ROOT / "fixtures").glob("*.txt"))]
    texts = [(p.stem, p.read_text(encoding="utf-8"), "2025-03-13" if p == EXAMPLE else None)
             for p in sources if p.exists()]
    with open(path, "w", encoding="utf-8") as out:
        for k in range(n):
            stem, text, published = texts[k % len(texts)]
            out.write(json.dumps({"id": f"{stem}#{k:06d}", "text": text, "published": published},
                                 ensure_ascii=False) + "\n")
    return path


def run_batch(source: pathlib.Path, output: pathlib.Path, workers: int, fmt: str = "jsonl") -> dict:
    """One `newsextract batch` run: its pages/s, wall time and peak tree RSS."""
    command = [sys.executable, "-m", "newsextract", "batch", str(source), "-o", str(output),
               "--format", fmt, "--workers", str(workers), "--no-progress"]
    load_before = os.getloadavg()[0]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak_tree = peak_main = 0
    while proc.poll() is None:
        try:
            family = [root, *root.children(recursive=True)]
            sizes = [p.memory_info().rss for p in family]
            peak_tree = max(peak_tree, sum(sizes))
            peak_main = max(peak_main, sizes[0])
        except psutil.Error:
            pass
        time.sleep(0.02)
    stderr = proc.stderr.read()
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before  # the command and its workers, which it reaped
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}): {stderr}")
    rate = _RATE.findall(stderr)
    return {"workers": workers, "format": fmt, "pages_per_s": float(rate[-1]) if rate else float("nan"),
            "wall_s": wall, "peak_tree_mb": peak_tree / 2**20, "peak_main_mb": peak_main / 2**20,
            "cpu_s": cpu, "load": max(load_before, os.getloadavg()[0])}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def jsonl_counts(path: pathlib.Path) -> dict[str, int]:
    """Rows each table should have, counted from the JSON Lines output."""
    counts = dict.fromkeys(TABLES, 0)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            counts["pages"] += 1
            for article in record["articles"]:
                counts["articles"] += 1
                for table in TABLES[2:]:
                    counts[table] += len(article[table])
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--small", type=int, default=200, help="the page count memory is compared against")
    parser.add_argument("--repeat", type=int, default=2, help="runs per throughput figure (best counts)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        tmp = pathlib.Path(tmp)
        big, small = write_input(tmp / "big.jsonl", args.pages), write_input(tmp / "small.jsonl", args.small)

        rates = {}
        for workers in (1, 2):
            runs = [run_batch(big, tmp / f"w{workers}.jsonl", workers) for _ in range(args.repeat)]
            best = max(runs, key=lambda r: r["pages_per_s"])
            rates[workers] = best
            each = ", ".join(f"{r['pages_per_s']:.1f}" for r in runs)
            print(f"{args.pages} pages, {workers} worker(s): {best['pages_per_s']:.1f} pages/s "
                  f"(runs: {each}; wall {best['wall_s']:.1f} s; CPU {best['cpu_s']:.1f} s; "
                  f"load average {best['load']:.1f} on {os.cpu_count()} cores)")
        speedup = rates[2]["pages_per_s"] / rates[1]["pages_per_s"]
        print(f"speed-up 2 vs 1 workers: {speedup:.2f}x (target >= 1.7x) -> {'ok' if speedup >= 1.7 else 'MISSED'}")
        # On a shared machine the wall clock measures the neighbours; CPU seconds do not:
        # what 2 workers spend beyond 1 worker's CPU is the cost of running in parallel.
        overhead = rates[2]["cpu_s"] / rates[1]["cpu_s"]
        print(f"CPU 2 workers / 1 worker: {overhead:.2f} -> with 2 idle cores the speed-up would be "
              f"about {2 / overhead:.2f}x")

        parquet = run_batch(big, tmp / "tables", 2, fmt="parquet")
        expected = jsonl_counts(tmp / "w2.jsonl")
        got = {t: pq.read_metadata(tmp / "tables" / f"{t}.parquet").num_rows for t in TABLES}
        agree = expected == got
        print(f"parquet run: {parquet['pages_per_s']:.1f} pages/s (extraction), wall {parquet['wall_s']:.1f} s")
        print("row counts JSONL vs Parquet: " + ", ".join(f"{t} {expected[t]}/{got[t]}" for t in TABLES)
              + f" -> {'agree' if agree else 'DIFFER'}")

        memory = {n: run_batch(src, tmp / f"m{n}.jsonl", 2) for n, src in ((args.small, small), (args.pages, big))}
        ratio = memory[args.pages]["peak_tree_mb"] / memory[args.small]["peak_tree_mb"]
        for n, m in memory.items():
            print(f"peak RSS at {n} pages (2 workers): tree {m['peak_tree_mb']:.0f} MB, "
                  f"main process {m['peak_main_mb']:.0f} MB")
        print(f"peak RSS {args.pages} vs {args.small} pages: {ratio:.3f} (target <= 1.20) -> "
              f"{'ok' if ratio <= 1.2 else 'MISSED'}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
