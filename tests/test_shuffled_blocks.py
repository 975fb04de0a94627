"""The gold pages with their movable articles dealt out again (`benchmarks.shuffled_blocks`).

The generator must move lines and gold together and nothing else; the page reading of one
seeded variant of every gold page must stay above today's bar (issue 18: new arrangements of
the same kinds of lines). The full run (5 variants a page, what each got wrong) is
`python -m benchmarks.shuffled_blocks --errors`.
"""
from __future__ import annotations

import statistics
from collections import Counter

import pytest

from benchmarks import shuffled_blocks as sb

PAGES = list(sb.gold_pages())
# one variant (seed 0) of each page: 196 variants, seg 0.9593, head 0.9886, 167 perfect when the generator
# came; 0.9695, 0.9886, 168 once a sure break joins under another item's closing title (lay64); a change
# to the page reading may raise these, not lower them; head 0.9892, 169 once a title under an opened item
# that can head no line below is that item's (lay65); seg 0.9718, 171 once a numbered part (`二、…`) of a
# notice is no broken paragraph's rest (lay70)
FLOOR = {"seg": 0.9715, "head": 0.989, "perfect": 171}


def test_every_gold_page_has_blocks_to_move() -> None:
    assert len(PAGES) >= 196
    assert all(len(sb.movable_blocks(p.gold, p.text.split("\n"))) >= 2 for p in PAGES)


@pytest.mark.parametrize("page", PAGES[::15], ids=lambda p: p.name)
def test_the_identity_order_gives_the_page_back(page: sb.GoldPage) -> None:
    lines = page.text.split("\n")
    blocks = sb.movable_blocks(page.gold, lines)
    same = sb.rearrange(page, lines, blocks, tuple(range(len(blocks))), 0)
    assert same.text == page.text
    assert same.gold == page.gold


@pytest.mark.parametrize("page", PAGES[::15], ids=lambda p: p.name)
def test_a_variant_moves_lines_and_gold_together(page: sb.GoldPage) -> None:
    lines = page.text.split("\n")
    owners = sb.line_owners(page.gold, lines)
    top = min(owners)
    for variant in sb.variants(page, count=2, seed=0):
        moved = variant.text.split("\n")
        assert Counter(moved) == Counter(lines)                  # the same lines, in another order
        assert moved[:top] == lines[:top]                        # the top stays
        assert variant.order != tuple(range(len(variant.order)))
        old = {a["id"]: [lines[n] for n in a["lines"]] for a in page.gold["articles"]}
        new = {a["id"]: [moved[n] for n in a["lines"]] for a in variant.gold["articles"]}
        assert new == old                                        # each article keeps its lines
        assert [[moved[a], moved[b]] for a, b in variant.gold["joins"]] == [
            [lines[a], lines[b]] for a, b in page.gold["joins"]]


def test_the_seeded_variants_stay_above_the_bar() -> None:
    s = sb.scorer()
    results = [sb.score(v, s) for p in PAGES for v in sb.variants(p, count=1, seed=0)]
    assert len(results) == len(PAGES)
    seg = statistics.fmean(r.seg for r in results)
    head = statistics.fmean(r.head for r in results)
    perfect = sum(r.seg == 1 and r.head == 1 for r in results)
    worst = sorted(results, key=lambda r: (r.seg, r.head))[:5]
    assert seg >= FLOOR["seg"] and head >= FLOOR["head"] and perfect >= FLOOR["perfect"], (
        seg, head, perfect, [(r.name, r.seg, r.head, r.errors[:2]) for r in worst])
