"""The events stage's CPU time per page, against other worktrees, and what pruning could save.

    python -m benchmarks.events_cost compare /work/wt/ev527 /work/main .   # ratios to the first tree
    python -m benchmarks.events_cost ceiling                                # this tree only

`compare` runs one worker per tree (each imports its own `newsextract`), all on the same
pages (this tree's `pages.discover()`), and asks them in turn, order reversed every round, for
one pass of `extract()` per page: the figure is the CPU time spent inside `events.find`, as
`enrich` calls it, so a shared, busy machine slows every tree alike. The median of the rounds,
and the ratio to the first tree twice: of the medians, and the median of each round's own ratio
(`paired`: the trees of one round run back to back, so a load that comes and goes between
rounds cancels out of it; on a busy machine the two differ, and `paired` is the steadier).

`ceiling` answers "how fast would the stage be if no work went into what emits nothing?": a
first pass notes the clauses that yield no candidate and the records that yield no event; the
timed passes then return None for those at once (the output stays identical; checked). The
gap between the two figures bounds what any necessary condition or filter reordering can win.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .pages import discover

_WORKER = r"""
import json, sys, time
from pathlib import Path
from benchmarks.pages import load
from newsextract import extract, pipeline
pages = [load(Path(p)) for p in json.loads(sys.argv[1])]
find, spent = pipeline._events.find, [0.0]
def timed(*args, **kwargs):
    start = time.process_time()
    try:
        return find(*args, **kwargs)
    finally:
        spent[0] += time.process_time() - start
pipeline._events.find = timed
for page in pages:
    extract(page.text, published=page.published)  # warm
print(len(pages), flush=True)
for _ in sys.stdin:
    spent[0] = 0.0
    for page in pages:
        extract(page.text, published=page.published)
    print(1000 * spent[0] / len(pages), flush=True)
"""


def compare(trees: list[Path], rounds: int) -> dict[str, list[float]]:
    """Events-stage CPU ms per page of each tree, one figure per round."""
    paths = json.dumps([str(p.path.resolve()) for p in discover() if p.path is not None])
    workers = {str(t): subprocess.Popen([sys.executable, "-c", _WORKER, paths], cwd=t, text=True,
                                        env={**os.environ, "PYTHONPATH": str(t.resolve())},
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE) for t in trees}
    for worker in workers.values():
        worker.stdout.readline()  # type: ignore[union-attr]
    out: dict[str, list[float]] = {name: [] for name in workers}
    for k in range(rounds):
        for name in (list(workers) if k % 2 == 0 else list(workers)[::-1]):
            worker = workers[name]
            worker.stdin.write("go\n")  # type: ignore[union-attr]
            worker.stdin.flush()  # type: ignore[union-attr]
            out[name].append(float(worker.stdout.readline()))  # type: ignore[union-attr]
    for worker in workers.values():
        worker.stdin.close()  # type: ignore[union-attr]
        worker.wait()
    return out


def ceiling(rounds: int) -> dict[str, list[float]]:
    """Events-stage CPU ms per page as it is, and with the work on what emits nothing skipped."""
    from newsextract import extract, pipeline
    from newsextract.events import records

    pages = discover()
    calls: list[tuple[tuple, dict]] = []
    find = pipeline._events.find
    pipeline._events.find = lambda *a, **k: calls.append((a, k)) or find(*a, **k)
    try:
        for page in pages:
            extract(page.text, published=page.published)
    finally:
        pipeline._events.find = find
    reader = records._Reader
    event, resolve, summary = reader._event, reader._resolve, reader._summary
    silent_records: set[tuple[str, int, int]] = set()
    silent_clauses: set[tuple[str, int]] = set()

    def noting_event(self, rec, previous):
        out = event(self, rec, previous)
        if out is None:
            silent_records.add((self.facts.text, rec.start, rec.end))
        return out

    def noting_resolve(self, clause, hits):
        out = resolve(self, clause, hits)
        if out is None or summary(self, out):  # `_summary` only marks a candidate it keeps
            silent_clauses.add((self.facts.text, clause))
        return out

    def oracle_event(self, rec, previous):
        return None if (self.facts.text, rec.start, rec.end) in silent_records else event(self, rec, previous)

    def oracle_resolve(self, clause, hits):
        return None if (self.facts.text, clause) in silent_clauses else resolve(self, clause, hits)

    def run() -> list:
        return [find(a[0], dataclasses.replace(a[1], memo={}), **k) for a, k in calls]

    modes = {"as is": (event, resolve), "emitting work only": (oracle_event, oracle_resolve)}
    times: dict[str, list[float]] = {name: [] for name in modes}
    try:
        reader._event, reader._resolve = noting_event, noting_resolve
        expected = run()
        for _ in range(rounds):
            for name, (ev, rs) in modes.items():
                reader._event, reader._resolve = ev, rs
                start = time.process_time()
                got = run()
                times[name].append(1000 * (time.process_time() - start) / len(pages))
                if got != expected:
                    raise AssertionError(f"{name}: the output changed")
    finally:
        reader._event, reader._resolve = event, resolve
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.events_cost", description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("compare", "ceiling"))
    ap.add_argument("trees", nargs="*", type=Path, help="worktrees to compare (the first is the base)")
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args(argv)
    times = compare(args.trees, args.rounds) if args.action == "compare" else ceiling(args.rounds)
    first = next(iter(times.values()))
    base = statistics.median(first)
    for name, runs in times.items():
        median = statistics.median(runs)
        paired = statistics.median(x / b for x, b in zip(runs, first, strict=True))
        print(f"{name:32s} {median:6.3f} ms/page  ×{median / base:4.2f}  paired ×{paired:4.2f}  "
              f"({' '.join(f'{x:.2f}' for x in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
