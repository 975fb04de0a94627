"""Headless briefs: the brief decision (`newsextract/layout/briefs.py`) against every development page's gold.

    python -m benchmarks.headless_briefs [--errors] [--folder heldout49]

Why: on new pages, items with no title and no dateline set one under another were run into the item
above (issue 18: five economy and Macao pages at first sight). A rule that splits them is worth only
what it costs on the stories of several paragraphs, whose later paragraphs also open with a body and
its news; a rule tried on a few pages and reverted (lay70) said as much. So the decision is read here
at every boundary of the gold pages where it could apply: a plain paragraph (no dateline, no credit,
not the rest of a broken one, not a line that stands whole) under an item's paragraph that ended its
sentence, with nothing but captions, credit lines or that item's own titles between. The boundary
`goes on` when the gold has both lines in one article or the lower one goes on an article further up
(the top of another column), `splits` when the lower one is the first line of an article whose
headline, if any, stands after it. The decision sees what the walk sees: the
item's titles above its text and its paragraphs down to the boundary.

Output: the right splits, the wrong splits (the item goes on), the missed splits, and the boundaries
that go on; with `--errors`, each wrong and missed split with its two lines. tests/test_headless_briefs.py
pins the figures.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Iterator

from newsextract.layout import articles, briefs, joins, roles
from newsextract.text.folding import fold
from newsextract.text.offsets import split_lines

from . import shuffled_blocks as _sb

FOLDERS = _sb.ALL_FOLDERS + tuple(f"heldout{n}" for n in range(45, 53))
_BETWEEN = ("caption", "byline", "headline", "label", "subheading", "continuation")


@dataclasses.dataclass(frozen=True)
class Boundary:
    page: str
    above: int  # the item's paragraph line
    line: int  # the plain paragraph under it
    splits: bool  # the gold starts an article at `line`
    decided: bool  # the decision splits


def boundaries(page: _sb.GoldPage) -> Iterator[Boundary]:
    """The page's boundaries where the brief decision applies, with the gold's answer and the decision's."""
    gold = page.gold
    infos = roles.classify_page(split_lines(fold(page.text)))
    at = {info.number: n for n, info in enumerate(infos)}
    reading = articles.Page(infos)
    role = {row["line"]: row["role"] for row in gold["lines"]}
    owner = {row["line"]: row["article"] for row in gold["lines"]}
    rests = {tail for _, tail in gold["joins"]}
    by_id = {a["id"]: a for a in gold["articles"]}
    order = sorted(role)
    for n, line in enumerate(order):
        if role[line] != "body" or line in rests or line not in at:
            continue
        info = infos[at[line]]
        if info.role != "body" or info.dateline or info.lead or info.jump_from or info.whole or info.credit:
            continue
        j = n - 1
        while j >= 0 and role[order[j]] in _BETWEEN:
            j -= 1
        if j < 0 or role[order[j]] != "body" or order[j] not in at:
            continue
        above = order[j]
        item = owner.get(above)
        if item is None or owner.get(line) is None:
            continue
        if any(role[k] in ("headline", "label", "subheading") and owner.get(k) != item for k in order[j + 1:n]):
            continue  # another item's title between: not a paragraph run into the item above
        if not (roles.ends_sentence(infos[at[above]].body_text) and not joins.can_break(infos[at[above]])):
            continue
        article = by_id[item]
        splits = owner[line] != item
        if splits:
            lower = by_id[owner[line]]
            first = min((k for k in lower["lines"] if role.get(k) == "body"), default=None)
            titles = lower.get("headline_lines") or ([lower["headline_line"]] if lower.get("headline_line") else [])
            if first == line and any(t < line for t in titles):
                continue  # an item titled above its text: no headless one
            # a paragraph of an article above (the top of another column) goes on that one: no split either
            splits = first == line
        lines = [k for k in article["lines"] if k < line and k in at]
        titles = article.get("headline_lines") or ([article["headline_line"]] if article.get("headline_line") else [])
        heads = [k for k in titles if lines and k in at and _right_above(role, order, k, lines[0])]
        text = "".join(infos[at[k]].body_text for k in [*heads, *lines])
        grams = frozenset().union(*(reading.grams[at[k]] for k in [*heads, *lines]))
        paragraphs = sum(1 for k in lines if k not in rests and briefs.counts_as_paragraph(infos[at[k]]))
        title_grams = frozenset().union(*(reading.grams[at[k]] for k in heads))
        # a list of places, under a title of its own or standing alone (`articles._lists_places`)
        listed = len(lines) >= articles.LIST_ROWS and all(briefs.place_row(infos[at[k]]) for k in lines)
        decided = briefs.opens_brief(info.body_text, reading.grams[at[line]],
                                     briefs.Above(text, title_grams, grams, paragraphs,
                                                  opened=bool(lines and infos[at[lines[0]]].dateline),
                                                  titled_after=any(k in titles for k in order[j + 1:n]),
                                                  listed=listed), reading.topic)
        yield Boundary(page.name, above, line, splits, decided)


def _right_above(role: dict[int, str], order: list[int], title: int, first: int) -> bool:
    """Does title `title` stand right above line `first`, past titles and credit lines only (as the walk sees
    an item's titles when it reads its text: a headline set far from its text is found later)?"""
    between = order[order.index(title) + 1:order.index(first)] if title < first else None
    return between is not None and all(role[k] in ("headline", "label", "subheading", "byline") for k in between)


@dataclasses.dataclass(frozen=True)
class Counts:
    right: int
    wrong: int
    missed: int
    goes_on: int

    def line(self) -> str:
        return (f"TOTAL splits right {self.right} wrong {self.wrong} missed {self.missed} "
                f"(of {self.right + self.missed}); boundaries that go on {self.goes_on}")


def count(found: list[Boundary]) -> Counts:
    return Counts(right=sum(b.splits and b.decided for b in found),
                  wrong=sum(not b.splits and b.decided for b in found),
                  missed=sum(b.splits and not b.decided for b in found),
                  goes_on=sum(not b.splits for b in found))


def run(folders: tuple[str, ...] = FOLDERS) -> list[Boundary]:
    return [b for page in _sb.gold_pages(folders) for b in boundaries(page)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folder", action="append", help="a folder of FOLDERS ('' for fixtures/); default all")
    ap.add_argument("--errors", action="store_true", help="list each wrong and missed split")
    args = ap.parse_args(argv)
    found = run(tuple(args.folder) if args.folder else FOLDERS)
    if args.errors:
        texts = {p.name: p.text.split("\n") for p in _sb.gold_pages(tuple(args.folder) if args.folder else FOLDERS)}
        for b in found:
            if b.decided != b.splits:
                kind = "WRONG" if b.decided else "missed"
                print(f"{kind:6s} {b.page}:{b.above}>{b.line}  {texts[b.page][b.above][-20:]} | "
                      f"{texts[b.page][b.line][:30]}")
    print(count(found).line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
