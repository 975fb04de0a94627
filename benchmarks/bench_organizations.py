"""Our organizations against jieba posseg's `nt` (organization) tags, in one run.

    python -m benchmarks.bench_organizations [PAGE.txt] [--quick]
    python -m benchmarks.bench_organizations --suite ../shared/dev/orgs_peoples_daily.jsonl

Both read the same text (the whole page as one article, so no parser is involved);
each is timed warm and scored with `shared/eval/score.py` (overlap matching, one to
one). jieba runs through a private `POSTokenizer(Tokenizer())`, never the global one;
its `nt` words become mentions with their offsets in the page.

`--suite` scores a suite of organization spans (the common suite format of
`shared/eval/suites.py`, which does the scoring) instead: `extract` as the suite
runs it, the organizations stage alone (`find_organizations`), and jieba's `nt`
words, each case timed warm, in ms per 1,000 characters. LAC (Baidu's neural
tagger) would be a third peer, but `pip install lac` does not build on this Python
(it needs paddlepaddle): the suite's notes give LAC's figures.
"""
from __future__ import annotations

import sys
from pathlib import Path

from newsextract import organizations
from newsextract.context import Context

from .area import measure_area, page_arguments, table
from .pages import EXAMPLE, SHARED
from .peers import quiet
from .stages import whole_page_text


def ours():
    """`organizations.find` over the page as one article, the home inferred from the page."""
    def run(text: str, published: str | None) -> dict:
        article = whole_page_text(text)
        ctx = Context(published=None, published_inferred=False,
                      home=organizations.resolve_home(None, article.text), page=article.text)
        return {"organizations": organizations.find(article, ctx)}
    return run


def jieba_nt():
    """Words that jieba posseg tags `nt` (机构团体), as mentions; POS-tagging the whole page."""
    import jieba
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tagger.initialize()

    def run(text: str, published: str | None) -> dict:
        found, pos = [], 0
        for pair in tagger.cut(text):
            word = pair.word
            if pair.flag == "nt":
                found.append({"text": word, "start": pos, "end": pos + len(word),
                              "canonical": word, "kind": "institution"})
            pos += len(word)
        return {"organizations": found}
    return run


PEERS = (("jieba posseg nt", jieba_nt),)
SUITE = SHARED / "dev" / "orgs_peoples_daily.jsonl"  # the organization suite of issue 16


def measure(quick: bool = False, path: Path = EXAMPLE) -> dict:
    """Median time and the scorer's organization figures for ours and jieba's `nt`; on a
    full run, also the organization suite (`SUITE`) when it is there."""
    result = measure_area("organizations", ours(), PEERS, path, quick)
    if not quick and SUITE.exists():
        result["suite"] = measure_suite(SUITE)
    return result


def _cells(record: dict, ours: dict) -> list[str]:
    o, nan = record.get("organizations", {}), float("nan")
    return [str(record["found"]), f"{o.get('precision', nan):.3f}", f"{o.get('recall', nan):.3f}",
            f"{o.get('f1', nan):.3f}", f"{o.get('exact_f1', nan):.3f}", f"{record['cpu_ms']:.2f}",
            f"{record['cpu_ms'] / ours['cpu_ms']:.1f}×"]


def markdown(result: dict) -> str:
    page = table(result, f"Organizations on `{result['page']}` (whole page as one text; warm median CPU time)",
                 "newsextract organizations", ["found", "precision", "recall", "F1", "exact-span F1", "CPU ms",
                  "time vs ours"], _cells)
    return page + ("\n\n" + suite_markdown(result["suite"]) if result.get("suite") else "")


def _suites_module():
    """`shared/eval/suites.py` as a module (it reads suites and scores them)."""
    import importlib.util

    path = SHARED / "eval" / "suites.py"
    spec = importlib.util.spec_from_file_location("newsextract_eval_suites", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jieba_page():
    """jieba's `nt` words of a case as a page of one article (the suite's contract)."""
    run = jieba_nt()

    def extract(text: str, published: str | None = None) -> dict:
        return {"articles": [{"organizations": run(text, published)["organizations"]}]}
    return extract


def _stage_page(text: str, published: str | None = None) -> dict:
    """The organizations stage alone: `find_organizations` over the case's text."""
    from newsextract import find_organizations

    found = find_organizations(text, published=published)
    return {"articles": [{"organizations": [o.model_dump(mode="json") for o in found]}]}


def measure_suite(path: Path) -> list[dict]:
    """Precision, recall, F1 (overlap), exact-span F1 and speed of each extractor on the suite."""
    from newsextract import extract

    suites = _suites_module()
    header, cases = suites.read_suite(str(path))
    rows = []
    for name, make in (("newsextract extract", lambda: extract), ("newsextract find_organizations",
                       lambda: _stage_page), ("jieba posseg nt", _jieba_page)):
        try:
            with quiet():
                run = make()
                results, elapsed, crashes = suites.run_library(cases, run)
        except Exception as err:  # a peer that is not installed
            rows.append({"name": name, "skipped": f"{type(err).__name__}: {err}"})
            continue
        _, lines, last, _ = suites.score_organizations(header, cases, results)
        p, r, exact, f1 = (float(x) for x in _figures(last))
        chars = sum(len(c["text"]) for c in cases)
        rows.append({"name": name, "precision": p, "recall": r, "f1": f1, "exact_f1": exact,
                     "ms_per_1000": elapsed * 1e6 / chars, "crashes": crashes, "suite": header["suite"],
                     "cases": len(cases), "chars": chars, "counts": lines[0].strip()})
    return rows


def _figures(last: str) -> tuple[str, str, str, str]:
    """P, R, exact-F1 and F1 from the scorer's last line (`… P 0.77 R 0.37 exact-F1 0.41 F1 = 0.50`)."""
    words = last.split()
    return words[words.index("P") + 1], words[words.index("R") + 1], words[words.index("exact-F1") + 1], words[-1]


def suite_markdown(rows: list[dict]) -> str:
    first = next(row for row in rows if "skipped" not in row)
    out = [f"Organizations on the suite `{first['suite']}` ({first['cases']} cases, {first['chars']:,} characters; "
           "overlap matching, one to one, by `shared/eval/suites.py`; warm, ms per 1,000 characters)", "",
           "| extractor | precision | recall | F1 | exact-span F1 | ms / 1,000 chars |", "|---|---|---|---|---|---|"]
    for row in rows:
        if "skipped" in row:
            out.append(f"| {row['name']} | skipped: {row['skipped']} | | | | |")
        else:
            out.append(f"| {row['name']} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
                       f"{row['exact_f1']:.3f} | {row['ms_per_1000']:.2f} |")
    out.append("| LAC (Baidu, neural) | not installable here (`pip install lac` needs paddlepaddle); the issue "
               "measured F1 0.73 on this suite | | | | |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--suite" in argv:
        at = argv.index("--suite")
        suite = Path(argv[at + 1])
        if not suite.exists():
            print(f"bench_organizations: no suite at {suite}", file=sys.stderr)
            return 0
        print(suite_markdown(measure_suite(suite)))
        return 0
    args = page_arguments("bench_organizations", __doc__.splitlines()[0], argv)
    if args is None:
        return 0
    result = measure(quick=args.quick, path=args.page)
    print(markdown(result))
    peer = result["peers"].get("jieba posseg nt", {})
    if "cpu_ms" in peer:
        print(f"\njieba posseg / ours time ratio: {peer['cpu_ms'] / result['ours']['cpu_ms']:.1f}× CPU, "
              f"{peer['median_ms'] / result['ours']['median_ms']:.1f}× wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
