"""One benchmark run: speed, fresh process, workers, page size, accuracy, peers, targets."""
from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass

from newsextract import extract

from . import extras
from . import peers as _peers
from . import report as _report
from .bench_parse import measure_scaling
from .cold import measure_cold
from .fresh import first_call_breakdown, measure_fresh, measure_fresh_pages
from .pages import ROOT, BenchPage
from .scoring import score
from .stages import jieba_lcut, measure_page
from .timing import machine
from .workers import measure_workers


@dataclass(frozen=True)
class Settings:
    """How hard a run measures; `QUICK` is the smoke run."""

    runs: int = 20
    page_budget_s: float = 20.0
    cold_runs: int = 9  # each on a copy of the page from other years, the memos emptied
    fresh_runs: int = 3  # fresh processes on the example page
    fresh_page_runs: int = 1  # fresh processes on every page
    worker_seconds: float = 4.0  # single-worker work to aim at, so start-up is amortised
    min_worker_pages: int = 40
    scale_factors: tuple[int, ...] = (1, 10, 100)
    scale_timeout_s: float = 120.0
    peer_runs: int = 5
    peer_budget_s: float = 15.0
    quick: bool = False


FULL = Settings()
QUICK = Settings(runs=3, page_budget_s=3.0, cold_runs=2, fresh_runs=1, fresh_page_runs=0, worker_seconds=0.5,
                 min_worker_pages=6, scale_factors=(1, 10), scale_timeout_s=60.0, peer_runs=1, peer_budget_s=5.0,
                 quick=True)


def _guarded(what: str, fn: Callable[[], dict], say) -> dict:
    """Run one section; a failure becomes `{"error": ...}` so the rest of the run still reports."""
    try:
        return fn()
    except Exception as err:
        say(f"{what}: failed ({type(err).__name__}: {err})")
        return {"error": f"{type(err).__name__}: {err}"}


def run(pages: list[BenchPage], settings: Settings = FULL, *, peers: tuple = _peers.PEERS,
        with_extras: bool = True, say: Callable[[str], None] = lambda line: None) -> dict:
    """Measure `pages` (the first is the reference page for the fresh process and scaling)."""
    if not pages:
        raise ValueError("benchmarks: no page to measure")
    report: dict = {"machine": machine(ROOT), "quick": settings.quick}
    lcut = jieba_lcut()
    report["pages"] = []
    for page in pages:
        say(f"page {page.name}: extract, stages, jieba.lcut × {settings.runs}")
        figures = _guarded(f"page {page.name}", lambda page=page: measure_page(
            page.text, page.published, runs=settings.runs, budget_s=settings.page_budget_s, lcut=lcut), say)
        if "error" not in figures:
            figures["cold"] = _guarded(f"cold {page.name}", lambda page=page: measure_cold(
                page, runs=settings.cold_runs, lcut=lcut, budget_s=settings.page_budget_s / 2), say)
        report["pages"].append({"name": page.name, **figures})

    report["accuracy"] = {}
    for page in pages:
        if page.gold is not None:
            scores = _guarded(f"scoring {page.name}", lambda page=page: score(
                extract(page.text, published=page.published).model_dump(mode="json"), page.gold, page.text,
                segmentation=True), say)
            if scores and "error" not in scores:
                report["accuracy"][page.name] = scores

    first = pages[0]
    say("fresh process: import + first extract + peak RSS")
    if first.path is not None:
        report["fresh_process"] = _guarded("fresh process", lambda: measure_fresh(
            first.path, first.published, runs=settings.fresh_runs), say)
        say("fresh process: what the first call is made of")
        report["first_call"] = _guarded("first call", lambda: first_call_breakdown(first.path, first.published), say)
    else:
        report["fresh_process"] = {"error": "the first page has no file"}
    if settings.fresh_page_runs:
        report["fresh_pages"] = _guarded("fresh process per page", lambda: measure_fresh_pages(
            pages, runs=settings.fresh_page_runs, say=say), say)

    measured = [p for p in report["pages"] if "extract" in p]
    median_s = measured[0]["extract"]["median_ms"] / 1000 if measured else 0.05
    n_pages = max(settings.min_worker_pages, min(2000, math.ceil(settings.worker_seconds / max(median_s, 1e-4))))
    say(f"workers: {n_pages} pages through 1 and 2 processes")
    report["workers"] = _guarded("workers", lambda: measure_workers(
        [(p.text, p.published) for p in pages], n_pages), say)

    report["scaling"] = {}
    for stage in ("parse", "extract"):
        say(f"page size: {stage} at " + ", ".join(f"{f}×" for f in settings.scale_factors))
        result = _guarded(f"scaling {stage}", lambda stage=stage: measure_scaling(
            first.text, first.published, stage=stage, factors=settings.scale_factors, runs=settings.runs,
            timeout_s=settings.scale_timeout_s), say)
        if "error" not in result:
            report["scaling"][stage] = result

    say("peers: " + ", ".join(p.name for p in peers) if peers else "peers: none")
    report["peers"] = _peers.run_peers(pages, runs=settings.peer_runs, budget_s=settings.peer_budget_s,
                                       peers=peers, say=say)
    report["extras"] = extras.run_extras(settings.quick, say) if with_extras else {}
    report["targets"] = _report.judge(report)
    report["machine_end_loadavg"] = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    return report
