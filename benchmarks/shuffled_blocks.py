"""Gold pages with their articles moved: how brittle is the page reading to a new arrangement?

    python -m benchmarks.shuffled_blocks [--variants 5] [--seed 0] [--folder heldout30] [--errors] [--json OUT]

New pages keep breaking the layout stage in new arrangements of the same kinds of lines
(issue 18). This makes such arrangements from the gold pages instead of waiting for them: an
article of a gold page with a headline whose lines stand in one block (its headline, labels,
bylines, body and its photos' captions, with no other article's line and no join to another
article between them) can move as a whole. A variant keeps the page's top (the lines above the first article:
masthead, section label) and every line outside a movable block in place and deals the blocks
out again over the places blocks held, in a seeded order. The gold follows the lines, so the
variant's expected segmentation is the gold's line → article map moved with them; the page
reading (`parse_page`) is scored against it with the shared scorer (`score.py`): pairwise
segmentation F1 and headline accuracy.

Output: one line per variant below a perfect score (with `--errors`, the gold articles it split
or merged and the headlines it missed), the distribution of variant F1, and the MEAN line.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import random
import statistics
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from newsextract.pipeline import parse_page

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
ALL_FOLDERS = ("seed", "", "unseen_a", "unseen_layout", "unseen_stats", "unseen_events", "unseen_events2",
               "unseen", "unseen_stats2") + tuple(f"heldout{n}" for n in range(3, 45))


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclasses.dataclass(frozen=True)
class GoldPage:
    name: str
    text: str
    gold: dict


def gold_pages(folders: tuple[str, ...] = ALL_FOLDERS) -> Iterator[GoldPage]:
    """The seed page (`seed`: `../shared/pages/` with `../shared/gold/`) and the fixture pages
    of each folder (`fixtures/<folder>/` with `tests/pages/<folder>/`), in name order."""
    for folder in folders:
        if folder == "seed":
            for page in sorted((SHARED / "pages").glob("*.txt")):
                gold = SHARED / "gold" / f"{page.stem}.json"
                if gold.exists():
                    yield GoldPage(page.stem, page.read_text(encoding="utf-8"), json.loads(gold.read_text("utf-8")))
            continue
        for gold in sorted((ROOT / "tests" / "pages" / folder).glob("*.json")):
            if gold.stem == "known_differences":
                continue
            page = ROOT / "fixtures" / folder / f"{gold.stem}.txt"
            yield GoldPage((folder + "/" if folder else "") + gold.stem, page.read_text(encoding="utf-8"),
                           json.loads(gold.read_text("utf-8")))


def squeeze(text: str) -> str:
    return "".join(text.split())


def line_owners(gold: dict, lines: list[str]) -> dict[int, str]:
    """Which article each line belongs to: its own lines, its photos' captions, and a label
    line below the page's top that names one of its labels (and no other article's); the top
    (what stands above the first article's own line: masthead, section label) is no article's."""
    owner = {row["line"]: row["article"] for row in gold["lines"] if row["article"] is not None}
    for photo in gold["photos"]:
        if photo.get("article"):
            owner.setdefault(photo["line"], photo["article"])
    top = min(owner, default=len(lines))
    labels: dict[str, set[str]] = {}
    for article in gold["articles"]:
        for label in article.get("labels") or ():
            labels.setdefault(squeeze(label["text"]), set()).add(article["id"])
    for row in gold["lines"]:
        if row["role"] == "label" and row["article"] is None and row["line"] > top:
            ids = labels.get(squeeze(lines[row["line"]]), set())
            if len(ids) == 1:
                owner.setdefault(row["line"], next(iter(ids)))
    return owner


def movable_blocks(gold: dict, lines: list[str]) -> list[tuple[int, int]]:
    """The blocks (first line, last line + 1) of the articles whose lines stand together: between
    an article's first and last line only its own lines and blank lines, and no join leaving it.

    An article without a headline stays where it is: a brief of a column (`财经简讯`, a district's
    name and a colon) is told from the paragraph above it by its place under the column's label
    and among its like, which a move would take away from any reader."""
    owner = line_owners(gold, lines)
    where: dict[str, list[int]] = {}
    for line, article in owner.items():
        where.setdefault(article, []).append(line)
    joined = {owner.get(a) for join in gold["joins"] for a in join if owner.get(join[0]) != owner.get(join[1])}
    untitled = {a["id"] for a in gold["articles"] if not a["headline"]}
    top = min(owner) if owner else len(lines)
    blocks = []
    for article, at in where.items():
        first, last = min(at), max(at)
        if article in joined or article in untitled or first < top:
            continue
        if all(owner.get(n) == article or (n not in owner and not lines[n].strip()) for n in range(first, last + 1)):
            blocks.append((first, last + 1))
    return sorted(blocks)


@dataclasses.dataclass(frozen=True)
class Variant:
    name: str
    text: str
    gold: dict
    order: tuple[int, ...]     # which original block stands in each block place


def variants(page: GoldPage, count: int = 5, seed: int = 0) -> list[Variant]:
    """Up to `count` distinct seeded rearrangements of the page's movable blocks (none when
    fewer than two can move)."""
    lines = page.text.split("\n")
    blocks = movable_blocks(page.gold, lines)
    if len(blocks) < 2:
        return []
    rng = random.Random(f"{seed}:{page.name}")
    seen = {tuple(range(len(blocks)))}
    out = []
    for _ in range(count * 20):
        if len(out) == count:
            break
        order = list(range(len(blocks)))
        rng.shuffle(order)
        if tuple(order) in seen:
            continue
        seen.add(tuple(order))
        out.append(rearrange(page, lines, blocks, tuple(order), len(out)))
    return out


def rearrange(page: GoldPage, lines: list[str], blocks: list[tuple[int, int]], order: tuple[int, ...],
              index: int) -> Variant:
    """The page with block `order[k]` in the place of block k, and its gold moved with the lines."""
    start_of = {b[0]: k for k, b in enumerate(blocks)}
    new_of: dict[int, int] = {}
    out: list[str] = []
    n = 0
    while n < len(lines):
        if n in start_of:
            k = start_of[n]
            first, end = blocks[order[k]]
            for old in range(first, end):
                new_of[old] = len(out)
                out.append(lines[old])
            n = blocks[k][1]
            continue
        new_of[n] = len(out)
        out.append(lines[n])
        n += 1
    gold = json.loads(json.dumps(page.gold))
    for row in gold["lines"]:
        row["line"] = new_of[row["line"]]
    gold["lines"].sort(key=lambda row: row["line"])
    gold["joins"] = [[new_of[a], new_of[b]] for a, b in gold["joins"]]
    for photo in gold["photos"]:
        photo["line"] = new_of[photo["line"]]
    for article in gold["articles"]:
        article["lines"] = [new_of[n] for n in article["lines"]]
        if "headline_lines" in article:
            article["headline_lines"] = [new_of[n] for n in article["headline_lines"]]
        if article.get("headline_line") is not None:
            article["headline_line"] = new_of[article["headline_line"]]
    return Variant(f"{page.name}#{index}", "\n".join(out), gold, order)


@dataclasses.dataclass(frozen=True)
class Result:
    name: str
    seg: float
    head: float
    join_precision: float
    errors: tuple[str, ...]


def score(variant: Variant, score_module: ModuleType | None = None) -> Result:
    """The page reading of the variant against its moved gold (the shared scorer's figures), and
    what went wrong: gold articles split over or merged into predicted ones, headlines missed."""
    s = score_module or scorer()
    _, articles = parse_page(variant.text)
    pred = [a.model_dump(mode="json") for a in articles]
    table = s.line_table(variant.text)
    seg = s.score_segmentation(pred, variant.gold, table)
    return Result(variant.name, seg["pairwise_f1"], seg["headline_accuracy"], seg["joins_precision"],
                  tuple(diagnose(variant, pred, table, s)))


def diagnose(variant: Variant, pred: list[dict], table: list, s: ModuleType) -> Iterator[str]:
    lines = variant.text.split("\n")

    def holder(line: int) -> int | None:
        ls, le = table[line]
        best, cover = None, 0
        for k, art in enumerate(pred):
            c = sum(max(0, min(e, le) - max(b, ls)) for b, e in s.paragraph_spans(art))
            if c > cover:
                best, cover = k, c
        return best

    gold_of = {}
    for article in variant.gold["articles"]:
        for n in article["lines"]:
            gold_of[n] = article["id"]
    held = {n: holder(n) for n in gold_of}
    for article in variant.gold["articles"]:
        ks = {held[n] for n in article["lines"]}
        if len(ks) > 1:
            yield f"split {article['id']} over {len(ks)}: " + " | ".join(
                lines[n][:18] for n in article["lines"] if held[n] != held[article["lines"][0]])[:120]
        k = held[article["lines"][0]] if article["lines"] else None
        others = sorted({gold_of[n] for n, h in held.items() if h == k and h is not None} - {article["id"]})
        if others and article["id"] < others[0]:
            yield f"merged {article['id']}+{'+'.join(others)}: " + lines[article["lines"][0]][:18]
        if article["headline"] and k is not None and squeeze(pred[k].get("headline") or "") != squeeze(
                article["headline"]):
            read = (pred[k].get("headline") or "")[:20]
            yield f"headline {article['id']}: {article['headline'][:20]!r} read {read!r}"
        elif article["headline"] and k is None:
            yield f"headline {article['id']}: {article['headline'][:20]!r} with no article"


def run(folders: tuple[str, ...] = ALL_FOLDERS, count: int = 5, seed: int = 0) -> list[Result]:
    s = scorer()
    return [score(v, s) for page in gold_pages(folders) for v in variants(page, count, seed)]


def distribution(results: list[Result]) -> str:
    segs = [r.seg for r in results]
    if not segs:
        return "no variant"
    bins = [(1.0, 1.01), (0.95, 1.0), (0.9, 0.95), (0.8, 0.9), (0.0, 0.8)]
    counts = ", ".join(f"{'=1' if lo == 1 else f'[{lo:.2f},{hi:.2f})'} {sum(lo <= x < hi for x in segs)}"
                       for lo, hi in bins)
    return (f"seg F1 of {len(segs)} variants: mean {statistics.fmean(segs):.4f} median {statistics.median(segs):.4f} "
            f"min {min(segs):.3f}; {counts}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.shuffled_blocks", description=__doc__.splitlines()[0])
    ap.add_argument("--variants", type=int, default=5, help="variants per page (default 5)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folder", action="append", help="a folder of ALL_FOLDERS ('' for fixtures/); default all")
    ap.add_argument("--errors", action="store_true", help="say what each imperfect variant got wrong")
    ap.add_argument("--json", type=Path, help="write every variant's figures as JSON")
    args = ap.parse_args(argv)
    folders = tuple(args.folder) if args.folder else ALL_FOLDERS
    results = run(folders, args.variants, args.seed)
    for r in results:
        if r.seg < 1 or r.head < 1 or r.join_precision < 1:
            print(f"{r.name:40s} seg {r.seg:.3f} head {r.head:.3f} jP {r.join_precision:.2f}")
            if args.errors:
                for e in r.errors:
                    print(f"    {e}")
    pages = {r.name.split("#")[0] for r in results}
    print(distribution(results))
    if results:
        print(f"MEAN over {len(results)} variants of {len(pages)} pages: "
              f"seg {statistics.fmean(r.seg for r in results):.4f} "
              f"head {statistics.fmean(r.head for r in results):.4f} "
              f"perfect {sum(r.seg == 1 and r.head == 1 for r in results)}/{len(results)}; "
              f"jP<1: {sum(r.join_precision < 1 for r in results)}")
    if args.json:
        write_json(args.json, results)
    return 0


def write_json(path: Path, rows: list) -> None:
    """Each row (a dataclass) of a run as JSON, for a later look."""
    path.write_text(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
