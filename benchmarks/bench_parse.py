"""Time parsing (or the whole `extract`) of a page and of the page 10× and 100× its size.

    python -m benchmarks.bench_parse [PAGE.txt] [--stage parse|extract|both] [--check]
    python benchmarks/bench_parse.py      (the same, run as a file)

Linear means the 100× page takes at most 120× the time of one page (issue 2).
Each size runs in a child process with a time limit, so a quadratic stage shows
up as a timeout instead of a hang.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
from collections.abc import Callable
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a file: make the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "benchmarks"

from .timing import repeat  # noqa: E402

LINEAR_LIMIT = 120.0  # 100× the text in at most 120× the time


def scaled(text: str, factor: int) -> str:
    """The page concatenated with itself `factor` times (a newline between copies)."""
    if factor <= 1:
        return text
    return ("\n".join([text.rstrip("\n")] * factor)) + "\n"


def _stage(name: str, published: str | None) -> Callable[[str], object]:
    from newsextract import extract
    from newsextract.pipeline import parse_page

    if name == "parse":
        return parse_page
    if name == "extract":
        return lambda raw: extract(raw, published=published)
    raise ValueError(f"unknown stage {name!r}: use 'parse' or 'extract'")


def runs_for(factor: int, runs: int) -> int:
    """Fewer repetitions for the big pages: 1× `runs`, 10× a quarter, 100× at most three."""
    if factor <= 1:
        return runs
    if factor <= 10:
        return max(2, runs // 4)
    return max(1, min(3, runs // 6))


def _time_in_child(conn, stage: str, published: str | None, text: str, runs: int) -> None:
    try:
        fn = _stage(stage, published)
        conn.send(repeat(lambda: fn(text), runs, warmup=1 if len(text) < 100_000 else 0))
    except Exception as err:  # reported to the parent, which records it
        conn.send({"error": f"{type(err).__name__}: {err}"})
    finally:
        conn.close()


def time_isolated(stage: str, published: str | None, text: str, runs: int, timeout_s: float) -> dict:
    """`repeat` of one stage on `text` in a child process; a timeout ends the child and is reported."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_time_in_child, args=(child, stage, published, text, runs), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout_s):
            return parent.recv()
        return {"error": f"timeout after {timeout_s:.0f} s"}
    except EOFError:
        return {"error": "child process died"}
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(5)
        parent.close()


def measure_scaling(text: str, published: str | None = None, *, stage: str = "parse",
                    factors: tuple[int, ...] = (1, 10, 100), runs: int = 20, timeout_s: float = 120.0) -> dict:
    """Median time per size and its ratio to the 1× page.

    The stage is warmed in this process first, so the children forked for each
    size start warm (lazy loads such as a tokenizer's dictionary are not timed).
    """
    _stage(stage, published)(text)
    sizes: dict[str, dict] = {}
    for factor in factors:
        page = scaled(text, factor)
        result = time_isolated(stage, published, page, runs_for(factor, runs), timeout_s)
        result["chars"] = len(page)
        sizes[str(factor)] = result
    base = sizes.get(str(factors[0]), {}).get("median_ms")
    for factor in factors:
        median = sizes[str(factor)].get("median_ms")
        sizes[str(factor)]["ratio"] = median / base if base and median is not None else None
        cpu, cpu_base = sizes[str(factor)].get("cpu_median_ms"), sizes.get(str(factors[0]), {}).get("cpu_median_ms")
        sizes[str(factor)]["cpu_ratio"] = cpu / cpu_base if cpu_base and cpu is not None else None
    top = sizes[str(factors[-1])]
    # CPU time too: on a busy machine the 1× and the 100× page are timed under different loads,
    # and preemption inflates wall time; the CPU time is the work done
    return {"stage": stage, "factors": list(factors), "sizes": sizes,
            "max_factor": factors[-1], "max_ratio": top.get("ratio"), "max_cpu_ratio": top.get("cpu_ratio")}


def describe(result: dict) -> str:
    """One line: the time per size and the ratio of the largest."""
    cells = []
    for factor in result["factors"]:
        size = result["sizes"][str(factor)]
        cells.append(f"{factor}×: " + (f"{size['median_ms']:.1f} ms" if "median_ms" in size else size["error"]))
    ratio = result["max_ratio"]
    top = result["max_factor"]
    if ratio is None:
        verdict = "no ratio"
    else:
        limit = LINEAR_LIMIT * top / 100
        verdict = f"{ratio:.1f}× ({'met' if ratio <= limit else 'MISSED'}: linear means ≤ {limit:.0f}×)"
    return f"{result['stage']:8} " + "  ".join(cells) + f"  → {top}× page / 1× page = {verdict}"


def main(argv: list[str] | None = None) -> int:
    from .pages import EXAMPLE, load

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", type=Path, default=EXAMPLE)
    ap.add_argument("--published", default=None, help="publication date (default: the page's gold, if any)")
    ap.add_argument("--stage", choices=("parse", "extract", "both"), default="parse")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--check", action="store_true", help="exit 1 when the 100× ratio is over 120×")
    args = ap.parse_args(argv)
    page = load(args.page)
    published = args.published or page.published
    ok = True
    for stage in (("parse", "extract") if args.stage == "both" else (args.stage,)):
        result = measure_scaling(page.text, published, stage=stage, runs=args.runs)
        print(describe(result))
        ok &= result["max_ratio"] is not None and result["max_ratio"] <= LINEAR_LIMIT
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
