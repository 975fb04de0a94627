"""`extract()` and each of its stages on one page, next to `jieba.lcut` on the same text."""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from newsextract import extract, statistics
from newsextract.context import Context
from newsextract.dates import mentions as dates
from newsextract.events import records as events
from newsextract.organizations import names as organizations
from newsextract.pipeline import article_text, make_context, parse_page
from newsextract.places import mentions as places
from newsextract.text import ArticleText, decode, fold

from .timing import alternate, repeat

STAGES = ("parse_page", "make_context", "article_text", "dates", "organizations", "statistics", "events", "places")


def whole_page_text(raw: str) -> ArticleText:
    """The page as one article, a paragraph per non-empty line: what a peer reads."""
    return ArticleText.of_lines(raw)


def jieba_lcut() -> Callable[[str], list[str]]:
    """`jieba.lcut`, its dictionary loaded (the yardstick every ratio is given against)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # the benchmark process only: keep "Building prefix dict" quiet
    jieba.initialize()
    return jieba.lcut


def fresh(ctx: Context) -> Context:
    """The context as `make_context` returns it, before any extractor has filled its memo."""
    return dataclasses.replace(ctx, memo={})


def _stage_calls(raw: str, published, home=None) -> dict[str, Callable[[], object]]:
    """One callable per stage, each fed the output of the stages before it (computed once).

    Every run of a stage gets the page context with an empty per-page memo, as a call
    of `extract` does: what a stage works out once per page is timed in every run."""
    folded, drafts = parse_page(raw)
    ctx = make_context(folded, published, home)
    texts = [article_text(raw, folded, a) for a in drafts]
    found_dates = [dates.find(t, ctx) for t in texts]
    found_orgs = [organizations.find(t, ctx, dates=d) for t, d in zip(texts, found_dates, strict=True)]
    found_stats = [statistics.find(t, ctx, dates=d, organizations=o)
                   for t, d, o in zip(texts, found_dates, found_orgs, strict=True)]
    return {
        "parse_page": lambda: parse_page(raw),
        "make_context": lambda: make_context(folded, published, home),
        "article_text": lambda: [article_text(raw, folded, a) for a in drafts],
        "dates": lambda: [dates.find(t, c) for c in [fresh(ctx)] for t in texts],
        "organizations": lambda: [organizations.find(t, c, dates=d)
                                  for c in [fresh(ctx)] for t, d in zip(texts, found_dates, strict=True)],
        "statistics": lambda: [statistics.find(t, c, dates=d, organizations=o)
                               for c in [fresh(ctx)] for t, d, o in zip(texts, found_dates, found_orgs, strict=True)],
        "events": lambda: [events.find(t, c, dates=d, organizations=o, statistics=s)
                           for c in [fresh(ctx)]
                           for t, d, o, s in zip(texts, found_dates, found_orgs, found_stats, strict=True)],
        "places": lambda: [places.find(t, c, organizations=o, dateline=a.dateline)
                           for c in [fresh(ctx)] for t, o, a in zip(texts, found_orgs, drafts, strict=True)],
    }


def measure_page(text: str, published: str | None = None, *, runs: int = 20, budget_s: float = 20.0,
                 lcut: Callable[[str], list[str]] | None = None) -> dict:
    """Warm timings of `extract()`, its stages, dates on the whole page, and `jieba.lcut`.

    Every figure comes from the same process and run, so the ratios hold even on a
    busy machine. A stage that fails is reported with its error, not raised.
    """
    raw = decode(text)
    page = extract(raw, published=published)
    result: dict = {"chars": len(raw), "articles": len(page.articles),
                    "mentions": {k: sum(len(getattr(a, k)) for a in page.articles)
                                 for k in ("dates", "organizations", "statistics", "events", "places")},
                    "published": page.published.isoformat() if page.published else None}
    lcut = lcut or jieba_lcut()
    stages: dict[str, dict] = {}
    try:
        calls = _stage_calls(raw, page.published)
    except Exception as err:  # a stage broken by work in progress: report it, keep the run going
        calls = {}
        stages["error"] = {"error": f"{type(err).__name__}: {err}"}
    for name, call in list(calls.items()):
        try:
            call()
        except Exception as err:
            stages[name] = {"error": f"{type(err).__name__}: {err}"}
            del calls[name]
    # extract, its yardstick and the stages take turns, so all see the same load on a busy machine
    # and the stages' sum is comparable with extract
    timed = alternate({"extract": lambda: extract(raw, published=published), "jieba_lcut": lambda: lcut(raw),
                       **{f"stage {name}": call for name, call in calls.items()}}, runs, budget_s=budget_s)
    result["extract"], result["jieba_lcut"] = timed["extract"], timed["jieba_lcut"]
    result["extract_over_lcut"] = timed["extract"]["median_ms"] / timed["jieba_lcut"]["median_ms"]
    result["extract_over_lcut_cpu"] = (timed["extract"]["cpu_median_ms"] / timed["jieba_lcut"]["cpu_median_ms"]
                                       if timed["jieba_lcut"]["cpu_median_ms"] else None)
    for name in calls:
        stages[name] = timed[f"stage {name}"]
    result["stages"] = stages
    try:
        whole = whole_page_text(raw)
        ctx = make_context(fold(raw), page.published, None)
        result["dates_whole_page"] = repeat(lambda: dates.find(whole, ctx), runs, budget_s=budget_s / 4)
    except Exception as err:
        result["dates_whole_page"] = {"error": f"{type(err).__name__}: {err}"}
    return result
