"""The targets of issue 7 judged on a run's figures, and the run as Markdown."""
from __future__ import annotations

import statistics as _st

from .stages import STAGES

REPORT_KEYS = ("machine", "quick", "pages", "fresh_process", "workers", "scaling", "accuracy", "peers",
               "extras", "targets")


def measured_pages(report: dict) -> list[dict]:
    """The pages whose measurement ran (a page whose extract failed carries only its error)."""
    return [p for p in report.get("pages", []) if "extract" in p]


def _median(timing: dict | None) -> float | None:
    return timing.get("median_ms") if isinstance(timing, dict) else None


def _target(name: str, goal: str, measured: str, met: bool | None) -> dict:
    return {"name": name, "goal": goal, "measured": measured, "met": met}


def dates_against_jionlp(report: dict) -> dict:
    """Speed of our dates (the page read as one article) over JioNLP's, and both F1s on gold pages."""
    jio = next((p for p in report.get("peers", []) if p["name"] == "JioNLP extract_time"), None)
    if not jio or "skipped" in jio or not jio.get("per_page"):
        return {"available": False}
    ours_ms = theirs_ms = 0.0
    for page in measured_pages(report):
        mine, theirs = _median(page.get("dates_whole_page")), _median(jio["per_page"].get(page["name"]))
        if mine is not None and theirs is not None:
            ours_ms, theirs_ms = ours_ms + mine, theirs_ms + theirs
    ours_f1 = [s["dates"]["f1"] for s in report.get("accuracy", {}).values() if "dates" in s]
    their_f1 = list(jio.get("scores", {}).values())
    return {"available": True, "ours_ms": ours_ms, "jionlp_ms": theirs_ms,
            "speedup": theirs_ms / ours_ms if ours_ms else None,
            "ours_f1": _st.mean(ours_f1) if ours_f1 else None,
            "jionlp_f1": _st.mean(s["f1"] for s in their_f1) if their_f1 else None}


def judge(report: dict) -> list[dict]:
    """Each target of issue 7: the figure measured in this run and met / missed (None: not measured)."""
    targets = []
    ratios = [(p["extract_over_lcut"], p["name"]) for p in measured_pages(report)]
    if ratios:
        worst, where = max(ratios)
        first = ratios[0][0]
        targets.append(_target("extract vs jieba.lcut", "≤ 0.5×",
                               f"{first:.2f}× on the example page, worst {worst:.2f}× ({where})", worst <= 0.5))
    else:
        targets.append(_target("extract vs jieba.lcut", "≤ 0.5×", "not measured", None))

    d = dates_against_jionlp(report)
    if d["available"] and d["speedup"] is not None:
        f1_known = d["ours_f1"] is not None and d["jionlp_f1"] is not None
        f1_text = (f"F1 {d['ours_f1']:.3f} vs {d['jionlp_f1']:.3f}" if f1_known else "F1 not scored")
        targets.append(_target("dates vs JioNLP extract_time", "≥ 10× faster, higher F1",
                               f"{d['speedup']:.1f}× faster ({d['ours_ms']:.3f} vs {d['jionlp_ms']:.1f} ms), "
                               + f1_text,
                               d["speedup"] >= 10 and f1_known and d["ours_f1"] > d["jionlp_f1"]))
    else:
        targets.append(_target("dates vs JioNLP extract_time", "≥ 10× faster, higher F1",
                               "JioNLP not installed", None))

    scaling = report.get("scaling", {}).get("extract")
    if scaling and scaling.get("max_ratio") is not None and scaling["max_factor"] == 100:
        targets.append(_target("100× page vs 1× page (extract)", "≤ 120×", f"{scaling['max_ratio']:.1f}×",
                               scaling["max_ratio"] <= 120))
    else:
        why = "not run at 100×" if scaling and scaling.get("max_factor") != 100 else "no ratio (error or timeout)"
        targets.append(_target("100× page vs 1× page (extract)", "≤ 120×", why,
                               None if not scaling or scaling.get("max_factor") != 100 else False))

    fresh = report.get("fresh_process") or {}
    if "import_plus_first_s" in fresh:
        targets.append(_target("import + first extract (fresh process)", "≤ 1.5 s",
                               f"{fresh['import_plus_first_s']:.2f} s ({fresh['import_s']:.2f} + "
                               f"{fresh['first_extract_s']:.2f})", fresh["import_plus_first_s"] <= 1.5))
        targets.append(_target("peak RSS (fresh process)", "≤ 200 MB", f"{fresh['peak_rss_mb']:.0f} MB",
                               fresh["peak_rss_mb"] <= 200))
    else:
        for name, goal in (("import + first extract (fresh process)", "≤ 1.5 s"),
                           ("peak RSS (fresh process)", "≤ 200 MB")):
            targets.append(_target(name, goal, fresh.get("error", "not measured"), None))

    workers = report.get("workers") or {}
    if workers.get("speedup") is not None:
        share = min(w.get("cpu_share", 1.0) for w in workers["runs"].values())
        busy = f" (machine busy: workers got {share:.0%} of their cores)" if share < 0.8 else ""
        targets.append(_target("2 workers vs 1 (pages/s)", "≥ 1.7×", f"{workers['speedup']:.2f}×" + busy,
                               workers["speedup"] >= 1.7))
    else:
        targets.append(_target("2 workers vs 1 (pages/s)", "≥ 1.7×", workers.get("error", "not measured"), None))
    return targets


def status(met: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "not measured"}[met]


# ------------------------------------------------------------------ Markdown
def _ms(timing: dict | None) -> str:
    if not isinstance(timing, dict):
        return "–"
    if "error" in timing:
        return "error"
    return f"{timing['median_ms']:.2f} ({timing['q1_ms']:.2f}–{timing['q3_ms']:.2f})"


def _rest(page: dict) -> str:
    """What `extract()` spends beyond its stages timed one by one (result models, caches cold between stages)."""
    parts = [_median(page["stages"].get(stage)) for stage in STAGES]
    if any(x is None for x in parts):
        return "–"
    return f"{page['extract']['median_ms'] - sum(parts):.2f}"


def _f(x, fmt=".3f") -> str:
    return "–" if x is None else format(x, fmt)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines + [""]


def render(report: dict) -> str:
    """`docs/benchmarks.md`: every figure from the run that writes it."""
    m = report["machine"]
    out = ["# Benchmarks", "",
           f"Generated by `python -m benchmarks{' --quick' if report.get('quick') else ''}` on {m['date']}; "
           "do not edit by hand.", "",
           f"- platform: `{m['platform']}`, Python {m['python']}",
           f"- CPU: {m['cpu']} × {m['cores']} cores; load average at start {m['loadavg']}"
           + (f", at end {report['machine_end_loadavg']}" if report.get("machine_end_loadavg") else ""),
           f"- commit: `{m.get('commit') or 'unknown'}`" + (" + uncommitted changes" if m.get("dirty") else ""),
           "- times are warm medians in ms with the interquartile range in brackets; every ratio is "
           "taken within this one run.", ""]

    out += ["## Targets (issue 7)", ""]
    out += _table(["target", "goal", "measured", "status"],
                  [[t["name"], t["goal"], t["measured"], status(t["met"])] for t in report["targets"]])

    pages = measured_pages(report)
    out += ["## Speed per page", ""]
    out += _table(["page", "chars", "articles", "extract ms", "jieba.lcut ms", "extract / lcut",
                   "same, CPU time", "runs"],
                  [[p["name"], p["chars"], p["articles"], _ms(p["extract"]), _ms(p["jieba_lcut"]),
                    f"{p['extract_over_lcut']:.2f}×", f"{_f(p.get('extract_over_lcut_cpu'), '.2f')}×",
                    p["extract"]["runs"]] for p in pages])
    out += ["`extract()` and `jieba.lcut` take turns run by run, so both see the same machine load.", ""]
    out += [f"- {p['name']}: failed: {p['error']}" for p in report["pages"] if "error" in p]

    if pages:
        out += ["## Stages (median ms; per-article stages summed over the page's articles)", ""]
        names = [p["name"] for p in pages]
        rows = []
        for stage in STAGES:
            rows.append([f"`{stage}`"] + [_ms(p["stages"].get(stage)) for p in pages])
        rows.append(["`dates.find`, page as one article"] + [_ms(p.get("dates_whole_page")) for p in pages])
        rows.append(["rest of `extract()`: extract − sum of stages (result models, caches cold between stages)"] + [_rest(p) for p in pages])
        rows.append(["**`extract()`**"] + [_ms(p["extract"]) for p in pages])
        rows.append(["`jieba.lcut`"] + [_ms(p["jieba_lcut"]) for p in pages])
        out += _table(["stage"] + names, rows)

    fresh = report.get("fresh_process") or {}
    out += ["## Fresh process (example page)", ""]
    if "import_s" in fresh:
        out += _table(["import s", "first extract s", "import + first s", "process wall s", "peak RSS MB", "runs"],
                      [[_f(fresh["import_s"], ".2f"), _f(fresh["first_extract_s"], ".2f"),
                        _f(fresh["import_plus_first_s"], ".2f"), _f(fresh["process_wall_s"], ".2f"),
                        _f(fresh["peak_rss_mb"], ".0f"), fresh["runs"]]])
    else:
        out += [f"not measured: {fresh.get('error', 'skipped')}", ""]

    workers = report.get("workers") or {}
    out += ["## Worker processes", ""]
    if workers.get("runs"):
        out += _table(["workers", "pages", "seconds", "pages/s", "start-up s", "share of cores got"],
                      [[w["workers"], w["pages"], _f(w["seconds"], ".2f"), _f(w["pages_per_s"], ".1f"),
                        _f(w["startup_s"], ".2f"), _f(w.get("cpu_share"), ".0%")] for w in workers["runs"].values()])
        out += [f"Speed-up of 2 workers over 1: {_f(workers.get('speedup'), '.2f')}×.", ""]
    else:
        out += [f"not measured: {workers.get('error', 'skipped')}", ""]

    out += ["## Page size (example page concatenated with itself)", ""]
    rows = []
    for stage, s in (report.get("scaling") or {}).items():
        cells = []
        for factor in s["factors"]:
            size = s["sizes"][str(factor)]
            cells.append(f"{size['median_ms']:.1f}" if "median_ms" in size else size.get("error", "–"))
        rows.append([f"`{'parse_page' if stage == 'parse' else 'extract'}`"] + cells
                    + [f"{s['max_ratio']:.1f}×" if s.get("max_ratio") else "–"])
    if rows:
        factors = next(iter(report["scaling"].values()))["factors"]
        out += _table(["stage"] + [f"{f}× ms" for f in factors] + [f"{factors[-1]}× / 1×"], rows)

    out += ["## Accuracy and speed against the peers", "",
            "Scored with `../shared/eval/score.py` on the pages that have gold. A peer is scored only on the "
            "area its output maps onto; ms/page is its median on that page (newsextract: that area's stage, "
            "summed over the page's articles).", ""]
    peers = report.get("peers", [])
    stage_of = {"dates": "dates", "organizations": "organizations", "statistics": "statistics", "events": "events"}
    for page_name, scores in (report.get("accuracy") or {}).items():
        page = next((p for p in pages if p["name"] == page_name), {"stages": {}})
        rows = []
        seg = scores.get("segmentation")
        if seg:
            rows.append(["segmentation", "newsextract", _f(_median(page["stages"].get("parse_page")), ".2f"),
                         _f(seg["pairwise_precision"]), _f(seg["pairwise_recall"]), _f(seg["pairwise_f1"]),
                         f"headlines {seg['headline_accuracy']:.2f}, bylines {seg['byline_accuracy']:.2f}"])
        for area in ("dates", "organizations", "statistics", "events"):
            s = scores[area]
            rows.append([area, "newsextract", _f(_median(page["stages"].get(stage_of[area])), ".2f"),
                         _f(s["precision"]), _f(s["recall"]), _f(s["f1"]), f"exact F1 {_f(s.get('exact_f1'))}"
                         if "exact_f1" in s else ""])
            for peer in peers:
                if peer["area"] != area or page_name not in peer.get("scores", {}):
                    continue
                ps = peer["scores"][page_name]
                rows.append([area, peer["name"], _f(_median(peer["per_page"].get(page_name)), ".2f"),
                             _f(ps["precision"]), _f(ps["recall"]), _f(ps["f1"]),
                             f"exact F1 {_f(ps.get('exact_f1'))}"])
        out += [f"### {page_name}", ""]
        out += _table(["area", "system", "ms/page", "precision", "recall", "F1", "notes"], rows)
        if "overall" in scores:
            out += [f"newsextract overall score (mean of segmentation and the four F1s): {scores['overall']:.3f}", ""]
    skipped = [p for p in peers if "skipped" in p or "error" in p]
    if skipped:
        out += ["Peers not measured:", ""]
        out += [f"- {p['name']}: {p.get('skipped') or p.get('error')}" for p in skipped] + [""]
    timed = [p for p in peers if p.get("per_page")]
    if timed and pages:
        out += ["### Peer time per page (ms, median)", ""]
        names = [p["name"] for p in pages]
        out += _table(["peer"] + names, [[p["name"]] + [_ms(p["per_page"].get(n)) for n in names] for p in timed])

    for name, extra in (report.get("extras") or {}).items():
        out += [f"## {name}", ""]
        if "error" in extra:
            out += [f"failed: {extra['error']}", ""]
        if extra.get("markdown"):
            out += [extra["markdown"].rstrip(), ""]
        elif extra.get("output"):
            out += ["```", extra["output"].rstrip(), "```", ""]
    return "\n".join(out).rstrip() + "\n"


def summary(report: dict) -> str:
    """The lines printed at the end of a run: each target met or missed."""
    lines = ["targets of issue 7:"]
    for t in report["targets"]:
        lines.append(f"  [{status(t['met']):^12}] {t['name']}: {t['measured']} (goal {t['goal']})")
    return "\n".join(lines)
