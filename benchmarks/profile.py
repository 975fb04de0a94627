"""Where `extract()` spends its time: cProfile (or pyinstrument) over warm runs on one page.

    python -m benchmarks.profile [PAGE.txt] [--runs 20] [--scale 1] [--stage extract|parse] [--pyinstrument]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

from .bench_parse import _stage, scaled
from .pages import EXAMPLE, load


def profile(text: str, published: str | None, *, stage: str = "extract", runs: int = 20,
            sort: str = "tottime", limit: int = 30) -> str:
    """The top `limit` functions of `runs` warm calls of the stage, as pstats prints them."""
    fn = _stage(stage, published)
    fn(text)  # warm: compiled patterns, loaded data
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(runs):
        fn(text)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats(sort).print_stats(limit)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", type=Path, default=EXAMPLE)
    ap.add_argument("--published", default=None)
    ap.add_argument("--stage", choices=("extract", "parse"), default="extract")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--scale", type=int, default=1, help="concatenate the page with itself this many times")
    ap.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, …)")
    ap.add_argument("--pyinstrument", action="store_true", help="a call tree from pyinstrument instead")
    args = ap.parse_args(argv)
    page = load(args.page)
    text = scaled(page.text, args.scale)
    published = args.published or page.published
    if args.pyinstrument:
        from pyinstrument import Profiler

        fn = _stage(args.stage, published)
        fn(text)
        with Profiler(interval=0.0005) as prof:
            for _ in range(args.runs):
                fn(text)
        print(prof.output_text(unicode=True, color=False, show_all=False))
        return 0
    print(profile(text, published, stage=args.stage, runs=args.runs, sort=args.sort))
    return 0


if __name__ == "__main__":
    sys.exit(main())
