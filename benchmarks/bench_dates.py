"""Our dates against JioNLP `extract_time` and dateparser `search_dates(languages=["zh"])`.

    python -m benchmarks.bench_dates [PAGE.txt] [--quick]

All three read the same text (the whole page as one article, so no parser is
involved) in the same run; each is timed warm and scored with `shared/eval/score.py`.
A peer that is not installed (`pip install -e '.[bench]'`) is reported and skipped;
the benchmark still exits 0.
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from newsextract.context import Context
from newsextract.dates import mentions as dates
from newsextract.models import Home

from .area import measure_area, page_arguments, table
from .pages import EXAMPLE
from .peers import dateparser_search, jionlp_time
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


def measure(quick: bool = False, path: Path = EXAMPLE) -> dict:
    """Median time and the scorer's dates figures for ours and each peer that loads."""
    return measure_area("dates", ours(), PEERS, path, quick)


def _cells(record: dict, ours: dict) -> list[str]:
    d, nan = record.get("dates", {}), float("nan")
    return [f"{record['cpu_ms']:.2f}", f"{record['median_ms']:.2f}",
            f"{record['cpu_ms'] / ours['cpu_ms']:.1f}× / {record['median_ms'] / ours['median_ms']:.1f}×",
            f"{d.get('f1', nan):.3f}", f"{d.get('value_accuracy', nan):.3f}", f"{d.get('exact_f1', nan):.3f}"]


def markdown(result: dict) -> str:
    return table(result, f"Dates on `{result['page']}` (whole page as one text; warm medians of CPU and wall time)",
                 "newsextract dates", ["CPU ms", "wall ms", "time vs ours (CPU / wall)", "dates F1",
                  "value accuracy", "exact-span F1"], _cells)


LATIN_LINE = "\n路透社伦敦March 5, 2025电 该组织5 Mar 2025发布报告。\n"  # two English dates (dates/latin.py)


def latin_cost(path: Path = EXAMPLE, runs: int = 20) -> dict:
    """What Latin-script dates cost: `dates.find` on the page with one line holding two
    English dates (dateparser's search on that line's Latin runs), against the page alone;
    the first call, which imports dateparser and loads its English data, timed apart.
    Runs in a fresh process, so that the first call is the first."""
    import subprocess

    code = f"""
import datetime as dt, json, time
from pathlib import Path
from benchmarks.bench_dates import LATIN_LINE
from benchmarks.stages import whole_page_text
from newsextract.context import Context
from newsextract.dates import mentions
from newsextract.models import Home
ctx = Context(published=dt.date(2025, 3, 13), published_inferred=False, home=Home())
raw = Path({str(path)!r}).read_text(encoding="utf-8")
plain, latin = whole_page_text(raw), whole_page_text(raw + LATIN_LINE)
mentions.find(plain, ctx)
t = time.process_time(); found = mentions.find(latin, ctx); first = time.process_time() - t
def best(article):
    out = []
    for _ in range(5):
        t = time.process_time()
        for _ in range({runs}):
            mentions.find(article, ctx)
        out.append((time.process_time() - t) / {runs})
    return min(out)
print(json.dumps({{"first_ms": first * 1000, "page_ms": best(plain) * 1000, "with_latin_ms": best(latin) * 1000,
                  "latin_found": [m.text for m in found if m.text.isascii()]}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    import json

    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    args = page_arguments("bench_dates", __doc__.splitlines()[0], argv)
    if args is None:
        return 0
    result = measure(quick=args.quick, path=args.page)
    print(markdown(result))
    for name, record in result["peers"].items():
        if "skipped" in record:
            print(f"\npeer {name} is not installed ({record['skipped']}); install the bench extra to compare.")
    latin = latin_cost(args.page)
    print(f"\nLatin-script dates (dateparser on Latin runs): {latin['page_ms']:.2f} ms for the page, "
          f"{latin['with_latin_ms']:.2f} ms with a line of two English dates {latin['latin_found']}; "
          f"the first such call {latin['first_ms']:.0f} ms (imports dateparser)")
    jio = result["peers"].get("JioNLP extract_time", {})
    if "median_ms" in jio:
        ours = result["ours"]
        print(f"\nJioNLP / ours time ratio: {jio['cpu_ms'] / ours['cpu_ms']:.1f}× CPU, "
              f"{jio['median_ms'] / ours['median_ms']:.1f}× wall (target ≥ 10×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
