"""Decoding and folding (issue 14): what they cost per page, and how well the encoding is
told on short texts, next to charset-normalizer.

    python -m benchmarks.bench_decoding [--quick]

Cost: `decode(bytes)` and `fold(str)` on the example page (UTF-8 and GB18030 bytes) and
on the traditional-script fixture page (UTF-8 and Big5-HKSCS bytes), median µs.

Detection: excerpts of 5 to 2,000 characters of the fixture pages (simplified), and the
same in traditional script (the fold's table inverted, a form Big5 writes, plus the
traditional fixture page), in UTF-8, UTF-16 with a BOM, GB18030 and Big5-HKSCS; a text
is read right when it decodes to itself.
"""
from __future__ import annotations

import argparse
import collections
import random
import statistics
import sys
import time

from newsextract import lexicon
from newsextract.text.decoding import decode
from newsextract.text.folding import fold

from .pages import EXAMPLE, FIXTURES

TRADITIONAL_PAGE = FIXTURES / "unseen_a" / "hongkong_news.txt"
LENGTHS = (5, 10, 20, 50, 200, 2000)
ENCODINGS = ("utf-8", "utf-16", "gb18030", "big5hkscs")


def _median_us(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e6


def _to_traditional() -> dict[int, str]:
    """Simplified → a traditional form Big5 can write (the fold's table inverted)."""
    sources: dict[str, list[str]] = collections.defaultdict(list)
    for traditional, (simplified, *_) in lexicon.mapping("traditional").items():
        try:
            traditional.encode("big5")
        except UnicodeEncodeError:
            continue
        sources[simplified].append(traditional)
    return {ord(s): min(ts) for s, ts in sources.items()}


def cost(runs: int) -> list[dict]:
    """Median µs of decode and fold on the example page and the traditional page."""
    out = []
    for path, encodings in ((EXAMPLE, ("utf-8", "gb18030")), (TRADITIONAL_PAGE, ("utf-8", "big5hkscs"))):
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        fold_us = _median_us(lambda text=text: fold(text), runs)
        for encoding in encodings:
            data = text.encode(encoding, errors="replace")
            decode_us = _median_us(lambda data=data: decode(data), runs)
            out.append({"page": path.name, "chars": len(text), "encoding": encoding, "decode_us": decode_us,
                        "fold_us": fold_us, "total_us": decode_us + fold_us})
    return out


def _excerpts(pages: list[str], length: int, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    pages = [p for p in pages if len(p) > length + 10]
    while pages and len(out) < count:
        page = rng.choice(pages)
        start = rng.randrange(len(page) - length)
        if "\u4e00" <= page[start] <= "\u9fff":
            out.append(page[start:start + length])
    return out


def detection(per: int) -> dict:
    """Right readings per detector, encoding and length."""
    simplified = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    inverse = _to_traditional()
    traditional = [p.translate(inverse) for p in simplified]
    if TRADITIONAL_PAGE.exists():
        traditional.append(TRADITIONAL_PAGE.read_text(encoding="utf-8"))
    detectors = {"newsextract": decode}
    try:
        import charset_normalizer

        def normalizer(data: bytes) -> str | None:
            best = charset_normalizer.from_bytes(data).best()
            return str(best) if best is not None else None

        detectors["charset-normalizer"] = normalizer
    except ImportError:
        pass
    right: dict = collections.defaultdict(lambda: [0, 0])
    seconds: dict[str, float] = collections.defaultdict(float)
    for length in LENGTHS:
        for script, pages in (("simplified", simplified), ("traditional", traditional)):
            for text in _excerpts(pages, length, per, seed=length):
                for encoding in ENCODINGS:
                    if encoding == "big5hkscs" and script == "simplified":
                        continue
                    try:
                        data = text.encode(encoding)
                    except UnicodeEncodeError:
                        continue
                    for name, read in detectors.items():
                        t0 = time.perf_counter()
                        try:
                            got = read(data)
                        except ValueError:
                            got = None
                        seconds[name] += time.perf_counter() - t0
                        cell = right[(name, encoding, length)]
                        cell[0] += got == text
                        cell[1] += 1
    return {"right": {f"{n}|{e}|{k}": v for (n, e, k), v in right.items()}, "seconds": dict(seconds)}


def measure(quick: bool = False) -> dict:
    return {"cost": cost(runs=50 if quick else 500), "detection": detection(per=10 if quick else 40)}


def markdown(result: dict) -> str:
    lines = ["### Decoding and folding (bench_decoding)", "",
             "| page | chars | bytes | decode µs | fold µs | decode + fold µs |", "|---|---|---|---|---|---|"]
    for row in result["cost"]:
        lines.append(f"| {row['page']} | {row['chars']} | {row['encoding']} | {row['decode_us']:.0f} | "
                     f"{row['fold_us']:.0f} | {row['total_us']:.0f} |")
    right = result["detection"]["right"]
    names = sorted({key.split("|")[0] for key in right})
    lines += ["", "Texts read back right, by length in characters:", "",
              "| detector | encoding | " + " | ".join(str(n) for n in LENGTHS) + " |",
              "|---|---|" + "---|" * len(LENGTHS)]
    for name in names:
        for encoding in ENCODINGS:
            cells = [right.get(f"{name}|{encoding}|{n}") for n in LENGTHS]
            lines.append(f"| {name} | {encoding} | " + " | ".join(f"{c[0]}/{c[1]}" if c else "-" for c in cells) + " |")
    seconds = result["detection"]["seconds"]
    lines += ["", "Time for all the texts: " + ", ".join(f"{n} {s:.2f} s" for n, s in sorted(seconds.items()))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_decoding", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer runs and texts")
    args = ap.parse_args(argv)
    print(markdown(measure(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
