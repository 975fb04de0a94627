"""The brief decision (`newsextract/layout/briefs.py`) against the gold pages (`benchmarks.headless_briefs`).

At every boundary where a plain paragraph stands under an item's last sentence, the decision must never split an
item that goes on (no wrong split), and keeps at least today's right splits. The full run, with each wrong and
missed split, is `python -m benchmarks.headless_briefs --errors`.
"""
from __future__ import annotations

from benchmarks import headless_briefs as hb

# lay72: over the 220 development pages, 485 boundaries where a headless item starts and 442 where the item
# goes on (or the paragraph goes on a story further up); the rule splits 177 of the first and none of the
# second (the rest are split, or not, by the walk's other readings: a title, a page of briefs, a credit).
# A change may raise `right`, never add a wrong split. lay75: 473 and 442 (main had moved to 178 right); 204
# once a subject's months (`…商品城前10个月…`), a body's recent day (`省经信厅日前…`) and an event to come
# (`市人社局将于下周…`) open a report of its own, and a paragraph past the last row of a titled list of places
# opens an item.
# lay76: heldout51/52 read too (499 and 453, 217 right); a list of places standing alone ends at its last row.
FLOOR = {"right": 217, "wrong": 0}


def test_no_wrong_split_and_the_right_ones_kept() -> None:
    counts = hb.count(hb.run())
    assert counts.wrong <= FLOOR["wrong"], counts.line()
    assert counts.right >= FLOOR["right"], counts.line()
    assert counts.goes_on > 0 and counts.right + counts.missed > 0
