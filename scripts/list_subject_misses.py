"""List the statistics whose subject misses the gold on every development page, one a line:
`page | gold subject | predicted subject | text | sentence` (and the count on stderr).

Run from a checkout: `PYTHONPATH=$PWD python3 scripts/list_subject_misses.py`. Pairs and the
hit test are the scorer's (`../shared/eval/score.py`: Jaccard of characters >= 0.5).
HELD_OUT names a folder to skip while its held-out measurement is pending."""
import json
import pathlib
import sys

ROOT = pathlib.Path.cwd()
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score  # noqa: E402

from newsextract import extract  # noqa: E402

HELD_OUT: set[str] = set()
SENTENCE_END = "。！？\n"


def pages():
    for page in sorted(ROOT.glob("fixtures/*.txt")) + sorted(ROOT.glob("fixtures/*/*.txt")):
        rel = page.relative_to(ROOT / "fixtures")
        gold = ROOT / "tests" / "pages" / rel.with_suffix(".json")
        if rel.parts[0] not in HELD_OUT and gold.exists():
            yield rel, page, gold


def sentence(text, start, end):
    first = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    ends = [i for i in (text.find(c, end) for c in SENTENCE_END) if i >= 0]
    return text[first:min(ends, default=len(text)) + 1].strip()


def matched_pairs():
    """Every gold statistic of the development pages with the prediction the scorer pairs it with:
    `(page, text, gold, predicted)`."""
    for rel, page, gold_path in pages():
        gold, raw = json.loads(gold_path.read_text()), page.read_text()
        found = json.loads(extract(raw, published=gold["published"]).model_dump_json())["articles"]
        _, pairs = score.detection(gold["statistics"], score.pooled(found, "statistics"),
                                   lambda g: (g["start"], g["end"]))
        for g, m in pairs:
            yield rel, raw, g, m


def is_miss(g, m):
    return score.jaccard(m.get("subject"), g["subject"]) < 0.5


def main():
    misses = total = 0
    for rel, raw, g, m in matched_pairs():
        total += 1
        if is_miss(g, m):
            misses += 1
            print(f"{rel.with_suffix('')} | {g['subject']} | {m.get('subject')} | {g['text']} | "
                  f"{sentence(raw, g['start'], g['end'])}")
    print(f"subject misses {misses} of {total} matched", file=sys.stderr)


if __name__ == "__main__":
    main()
