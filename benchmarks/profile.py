"""Where `extract()` spends its time: cProfile (or pyinstrument) over warm runs on one page.

    python -m benchmarks.profile [PAGE.txt] [--runs 20] [--scale 1] [--stage extract|parse] [--pyinstrument]
    python -m benchmarks.profile [PAGE.txt] --first-call [--sort cumulative]

`--first-call` profiles `import newsextract` and the first extract in a fresh process instead
(cProfile slows Python code more than C code: `benchmarks/fresh.py` times the parts unprofiled).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import subprocess
import sys
from pathlib import Path

from .bench_parse import _stage, scaled
from .pages import EXAMPLE, ROOT, load

_FIRST_CALL = r"""
import cProfile, io, pstats, sys
prof = cProfile.Profile()
prof.enable()
import newsextract
newsextract.extract(open(sys.argv[1], encoding="utf-8").read(), published=sys.argv[2] or None)
prof.disable()
out = io.StringIO()
pstats.Stats(prof, stream=out).strip_dirs().sort_stats(sys.argv[3]).print_stats(int(sys.argv[4]))
print(out.getvalue())
"""


def first_call(path: Path, published: str | None, *, sort: str = "cumulative", limit: int = 40) -> str:
    """cProfile of `import newsextract` + the first extract of the page, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _FIRST_CALL, str(path), published or "", sort, str(limit)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip()[-500:])
    return out.stdout


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
    ap.add_argument("--first-call", action="store_true", help="import + first extract in a fresh process")
    args = ap.parse_args(argv)
    page = load(args.page)
    if args.first_call:
        sort = args.sort if args.sort != "tottime" else "cumulative"
        print(first_call(args.page, args.published or page.published, sort=sort))
        return 0
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
