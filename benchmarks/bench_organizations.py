"""Our organizations against jieba posseg's `nt` (organization) tags, in one run.

    python -m benchmarks.bench_organizations [PAGE.txt] [--quick]

Both read the same text (the whole page as one article, so no parser is involved);
each is timed warm and scored with `shared/eval/score.py` (overlap matching, one to
one). jieba runs through a private `POSTokenizer(Tokenizer())`, never the global one;
its `nt` words become mentions with their offsets in the page.
"""
from __future__ import annotations

import sys
from pathlib import Path

from newsextract import organizations
from newsextract.context import Context

from .area import measure_area, page_arguments, table
from .pages import EXAMPLE
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


def measure(quick: bool = False, path: Path = EXAMPLE) -> dict:
    """Median time and the scorer's organization figures for ours and jieba's `nt`."""
    return measure_area("organizations", ours(), PEERS, path, quick)


def _cells(record: dict, ours: dict) -> list[str]:
    o, nan = record.get("organizations", {}), float("nan")
    return [str(record["found"]), f"{o.get('precision', nan):.3f}", f"{o.get('recall', nan):.3f}",
            f"{o.get('f1', nan):.3f}", f"{o.get('exact_f1', nan):.3f}", f"{record['cpu_ms']:.2f}",
            f"{record['cpu_ms'] / ours['cpu_ms']:.1f}×"]


def markdown(result: dict) -> str:
    return table(result, f"Organizations on `{result['page']}` (whole page as one text; warm median CPU time)",
                 "newsextract organizations", ["found", "precision", "recall", "F1", "exact-span F1", "CPU ms",
                  "time vs ours"], _cells)


def main(argv: list[str] | None = None) -> int:
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
