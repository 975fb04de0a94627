"""`extract()` on a page the process has never seen, next to `jieba.lcut` on the same text.

A batch over an archive meets a new page every call, and its dates fall in many years.
Each run here takes the page with its years shifted to ones not used before (the
publication date too, so `今年`, `春节`, `冬至` land in that year) and empties the
memos first (`caches.clear("memo")`: festival days per year, numeral values), so the
festival, solar-term and holiday-break lookups and the numerals are computed as for a
new page. Data files, compiled patterns and the dictionary rows read so far stay loaded: that is
the first call's cost, timed apart in a fresh process (`fresh.py`).
"""
from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable

from newsextract import extract

from . import caches
from .pages import BenchPage, shift_years
from .timing import summarise

OLDEST = 1900  # the shifts stay in the years the calendar table covers
STEP = 4  # years between runs: a multiple of four keeps 29 February a real day (1900 and 2100 aside)


def shifts(published: str | None, runs: int) -> list[int]:
    """Year shifts for `runs` runs: back in steps of four from the page's year, never before 1900.

    Past 1900 the shifts start over; the memos are emptied before each run, so a
    year met twice is computed afresh all the same."""
    try:
        year = _dt.date.fromisoformat((published or "")[:10]).year
    except ValueError:
        year = 2025
    available = max(1, (year - OLDEST) // STEP)
    return [-STEP * (1 + k % available) for k in range(runs)]


def measure_cold(page: BenchPage, *, runs: int, lcut: Callable[[str], list[str]],
                 budget_s: float | None = None) -> dict:
    """Median time of `extract()` on never-seen copies of the page, and of `jieba.lcut` on each copy.

    They take turns (extract cold, lcut, next copy), so both see the same machine load; jieba
    has no per-text memo and is warm, the yardstick the warm ratio uses too.
    """
    wall: dict[str, list[float]] = {"extract": [], "jieba_lcut": []}
    cpu: dict[str, list[float]] = {"extract": [], "jieba_lcut": []}
    spent = 0.0
    for k, years in enumerate(shifts(page.published, runs)):
        copy = shift_years(page, years)
        caches.clear("memo")
        for name in ("extract", "jieba_lcut"):
            t0, c0 = time.perf_counter(), time.process_time()
            if name == "extract":
                extract(copy.text, published=copy.published)
            else:
                lcut(copy.text)
            w, c = time.perf_counter() - t0, time.process_time() - c0
            wall[name].append(w)
            cpu[name].append(c)
            spent += w
        if budget_s is not None and k >= 2 and spent > budget_s:
            break
    result = {name: summarise(wall[name], cpu[name]) for name in wall}
    result["extract_over_lcut"] = result["extract"]["median_ms"] / result["jieba_lcut"]["median_ms"]
    result["shifts"] = shifts(page.published, len(wall["extract"]))
    return result
