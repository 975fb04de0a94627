"""Join traps: the gold pages' broken paragraphs with their rest taken away and other lines put after the head.

    python -m benchmarks.join_traps [--errors] [--folder heldout30] [--every N] [--json OUT]

Why: the join decision (`newsextract/layout/joins.py`) is right on every development page, because each
wrong join seen there was fixed once seen; on new pages a head ending with a comma or mid-clause was
joined to another article's line (issue 18: 4 pages of 32 at first sight, mostly economy and Hong Kong
pages). A wrong join is worse than a missed one, and the pages never show the hard case on purpose: a
broken paragraph whose rest is NOT there, with a plausible line after it. This makes that case from every
gold join (head h, tail t) of the development pages:

- `removed`: the tail line taken away (any join of the head is then wrong);
- `far`: the tail moved to the page's end (a join to it there is still right);
- `lead`, `opening`, `caption`, `headline`, `list`, `notice`: a line of another page put right after the
  head: another article's first paragraph, that paragraph under its headline, a photo caption, a headline,
  a list line opened by a label and a colon, a closing notice line (a body's name, a date). Each once with
  the tail kept further down (`+tail`: a join to the inserted line is wrong, and the gold join missed is
  counted) and once with the tail taken away (`-tail`).

The inserted lines come from other pages, drawn with a seed fixed per join and kind, so a run is
deterministic. The page reading (`parse_page`) is read as the shared scorer reads joins (consecutive
spans of one paragraph from different lines). Output: the wrong joins by family (the variant's kind, how
the head ends, how the wrong tail opens), the missed joins by kind, and the TOTAL line; with `--errors`,
each wrong join with its two lines.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsextract.pipeline import parse_page

from . import shuffled_blocks as _sb

FOLDERS = _sb.ALL_FOLDERS + tuple(f"heldout{n}" for n in (45, 46) if f"heldout{n}" not in _sb.ALL_FOLDERS)
INSERTED = ("lead", "opening", "caption", "headline", "list", "notice")
KINDS = ("removed", "far") + tuple(f"{kind}{mode}" for kind in INSERTED for mode in ("+tail", "-tail"))

# a list line: a short label and a colon, then names or figures (`一等奖：张三 李四`, `优秀组织奖：县一中`)
_LIST_LINE = re.compile(r"^[^\s,，。:：;；“”\"]{2,8}[:：](?!$).{1,60}$")
# a closing notice line: a date alone, or a body's name alone (no punctuation, short)
_NOTICE_DATE = re.compile(r"^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年.{1,6}[日号]$")
_NOTICE_BODY = re.compile(r"^[^\s,，。:：;；0-9]{4,20}"
                          r"(?:局|委|委员会|政府|办公室|中心|公司|协会|学校|医院|法院|检察院|办)$")


@dataclasses.dataclass(frozen=True)
class Trap:
    name: str                      # page#head>tail:kind
    kind: str
    text: str
    joins: frozenset[tuple[int, int]]  # the gold joins of the variant
    head: int                      # the head line in the variant
    inserted: tuple[int, ...]      # the lines put in, in the variant


@dataclasses.dataclass(frozen=True)
class Outcome:
    name: str
    kind: str
    wrong: tuple[tuple[int, int, str, str, str], ...]  # (head, tail, family of the tail, head text, tail text)
    missed: tuple[tuple[int, int], ...]


@dataclasses.dataclass(frozen=True)
class Pools:
    """Lines of every page by kind, each with the page it comes from."""
    lines: dict[str, list[tuple[str, tuple[str, ...]]]]


def pools(pages: list[_sb.GoldPage]) -> Pools:
    """Each kind's lines over all pages (`opening` holds a headline with its first paragraph)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {kind: [] for kind in INSERTED}
    for page in pages:
        lines = page.text.split("\n")
        role = {row["line"]: row["role"] for row in page.gold["lines"]}
        in_joins = {n for join in page.gold["joins"] for n in join}
        for article in page.gold["articles"]:
            body = [n for n in article["lines"] if role.get(n) == "body"]
            first = body[0] if body else None
            if first is not None and first not in in_joins and lines[first].strip():
                out["lead"].append((page.name, (lines[first],)))
                title = article.get("headline_line")
                if title is not None and lines[title].strip():
                    out["opening"].append((page.name, (lines[title], lines[first])))
            if article.get("headline_line") is not None:
                out["headline"].append((page.name, (lines[article["headline_line"]],)))
            for n in body:
                text = lines[n].strip()
                if n not in in_joins and _LIST_LINE.match(text):
                    out["list"].append((page.name, (lines[n],)))
                if _NOTICE_DATE.match(text) or _NOTICE_BODY.match(text):
                    out["notice"].append((page.name, (lines[n],)))
        for photo in page.gold["photos"]:
            out["caption"].append((page.name, (lines[photo["line"]],)))
    return Pools(out)


def _moved(joins: list[list[int]], new_of: dict[int, int]) -> frozenset[tuple[int, int]]:
    return frozenset((new_of[a], new_of[b]) for a, b in joins if a in new_of and b in new_of)


def traps(page: _sb.GoldPage, found: Pools, kinds: tuple[str, ...] = KINDS) -> Iterator[Trap]:
    """The variants of each gold join of the page."""
    lines = page.text.split("\n")
    for h, t in page.gold["joins"]:
        for kind in kinds:
            name = f"{page.name}#{h}>{t}:{kind}"
            keep_tail = kind == "far" or kind.endswith("+tail")
            added: tuple[str, ...] = ()
            if kind not in ("removed", "far"):
                pool = [item for item in found.lines[kind[:-5]] if item[0] != page.name]
                if not pool:
                    continue
                added = random.Random(name).choice(pool)[1]
            order = [n for n in range(len(lines)) if n != t or keep_tail]
            if kind == "far":
                order = [n for n in order if n != t] + [t]
            new_of: dict[int, int] = {}
            out: list[str] = []
            inserted: list[int] = []
            for n in order:
                new_of[n] = len(out)
                out.append(lines[n])
                if n == h:
                    for line in added:
                        inserted.append(len(out))
                        out.append(line)
            yield Trap(name, kind, "\n".join(out), _moved(page.gold["joins"], new_of), new_of[h], tuple(inserted))


def predicted_joins(text: str) -> set[tuple[int, int]]:
    """The joins of the page reading, read as `score.py` reads them."""
    _, articles = parse_page(text)
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    out = set()
    for article in articles:
        for paragraph in article.paragraphs:
            at = [_line_of(span[0], starts) for span in paragraph.spans]
            out.update((a, b) for a, b in zip(at, at[1:], strict=False) if a != b)
    return out


def _line_of(offset: int, starts: list[int]) -> int:
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo


_DATELINE = re.compile(r"^(?:本报讯|本報訊|【本[报報][讯訊]】|新华社|新華社|\(?(?:本报|本報)?记者|中新[社网])")
_DAY_COMMA = re.compile(r"^(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}[日号](?:上午|下午|晚)?[,，]"
                        r"|^(?:昨天|今天|昨日|今日|近日|日前)[,，]")


_FAMILIES = (("dateline", _DATELINE.match), ("day+comma", _DAY_COMMA.match), ("label-colon", _LIST_LINE.match),
             ("quote", lambda text: text[:1] in "“\"「"), ("其中", lambda text: text.startswith("其中")))


def family(text: str) -> str:
    """How the wrong tail opens (for the report only): the first family of `_FAMILIES` that fits, else `other`."""
    text = text.strip()
    return next((name for name, fits in _FAMILIES if fits(text)), "other")


def head_end(text: str) -> str:
    last = text.rstrip()[-1:]
    if last in ",，、":
        return "comma"
    if last in ";；":
        return "semicolon"
    if last.isdigit():
        return "numeral"
    return "word"


def check(trap: Trap) -> Outcome:
    lines = trap.text.split("\n")
    pred = predicted_joins(trap.text)
    wrong = tuple(sorted((a, b, ("inserted " if b in trap.inserted else "") + family(lines[b]), lines[a], lines[b])
                         for a, b in pred - trap.joins))
    missed = tuple(sorted(j for j in trap.joins - pred if j[0] == trap.head))
    return Outcome(trap.name, trap.kind, wrong, missed)


def run(folders: tuple[str, ...] = FOLDERS, every: int = 1, kinds: tuple[str, ...] = KINDS) -> list[Outcome]:
    """Every `every`-th gold join's variants over the pages of `folders` (inserted lines from all pages)."""
    every_page = list(_sb.gold_pages(FOLDERS))
    found = pools(every_page)
    pages = every_page if folders == FOLDERS else list(_sb.gold_pages(folders))
    all_traps = [trap for page in pages for trap in traps(page, found, kinds)]
    chosen = [trap for i, trap in enumerate(all_traps) if (i // len(kinds)) % every == 0]
    return [check(trap) for trap in chosen]


def summary(outcomes: list[Outcome]) -> str:
    wrong = sum(len(o.wrong) for o in outcomes)
    pages_wrong = sum(bool(o.wrong) for o in outcomes)
    kept = [o for o in outcomes if o.kind == "far" or o.kind.endswith("+tail")]
    missed = sum(bool(o.missed) for o in kept)
    return (f"TOTAL {len(outcomes)} variants: wrong joins {wrong} in {pages_wrong} variants; "
            f"missed {missed} of {len(kept)} joins whose tail is still there")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.join_traps", description=__doc__.splitlines()[0])
    ap.add_argument("--folder", action="append", help="a folder of FOLDERS ('' for fixtures/); default all")
    ap.add_argument("--every", type=int, default=1, help="every N-th gold join only (default 1: all)")
    ap.add_argument("--errors", action="store_true", help="print each wrong join with its lines")
    ap.add_argument("--json", type=Path, help="write every variant's outcome as JSON")
    args = ap.parse_args(argv)
    outcomes = run(tuple(args.folder) if args.folder else FOLDERS, args.every)
    families = Counter((o.kind, head_end(w[3]), w[2]) for o in outcomes for w in o.wrong)
    for (kind, end, opens), n in families.most_common():
        print(f"wrong {n:4d}  {kind:14s} head ends {end:9s} tail {opens}")
    misses = Counter(o.kind for o in outcomes if o.missed and (o.kind == "far" or o.kind.endswith("+tail")))
    for kind, n in misses.most_common():
        print(f"missed {n:3d}  {kind}")
    if args.errors:
        for o in outcomes:
            for a, b, opens, head, tail in o.wrong:
                print(f"{o.name}  wrong {a}>{b} ({opens})\n    {head[-40:]}\n    {tail[:40]}")
    print(summary(outcomes))
    if args.json:
        _sb.write_json(args.json, outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
