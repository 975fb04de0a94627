"""The targets of issues 7 and 21 judged on a run's figures, and the run as Markdown."""
from __future__ import annotations

import statistics as _st

from .stages import STAGES

WARM_GOAL = 0.5  # issue 21: warm extract in at most half the time of jieba.lcut, median over the pages
COLD_GOAL = 0.7  # issue 21: the same for a page the process has never seen
SCALE_GOAL = 110.0  # issue 21: the 100× page in at most 110× the time of the 1× page
FIRST_CALL_GOAL_S = 0.3  # issue 21: import + first extract
RSS_GOAL_MB = 200  # issue 7

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


def ratio_summary(report: dict, which: str) -> dict | None:
    """`extract / jieba.lcut` over the pages, warm (`which="warm"`) or cold: median, worst, example page."""
    pages = measured_pages(report)
    if which == "warm":
        ratios = [(p["extract_over_lcut"], p["name"]) for p in pages]
    else:
        ratios = [(p["cold"]["extract_over_lcut"], p["name"]) for p in pages
                  if isinstance(p.get("cold"), dict) and "extract_over_lcut" in p["cold"]]
    if not ratios:
        return None
    worst, where = max(ratios)
    return {"median": _st.median(r for r, _ in ratios), "worst": worst, "worst_page": where,
            "first": ratios[0][0], "first_page": ratios[0][1], "pages": len(ratios)}


def _ratio_target(report: dict, which: str, goal: float) -> dict:
    name = f"{which} extract vs jieba.lcut (median over pages)"
    r = ratio_summary(report, which)
    if r is None:
        return _target(name, f"≤ {goal}×", "not measured", None)
    return _target(name, f"≤ {goal}×", f"median {r['median']:.2f}× over {r['pages']} pages, worst {r['worst']:.2f}× "
                   f"({r['worst_page']}), {r['first']:.2f}× on {r['first_page']}", r["median"] <= goal)


def judge(report: dict) -> list[dict]:
    """Each target of issues 7 and 21: the figure measured in this run and met / missed (None: not measured)."""
    targets = [_ratio_target(report, "warm", WARM_GOAL), _ratio_target(report, "cold", COLD_GOAL)]

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
        cpu = scaling.get("max_cpu_ratio")
        targets.append(_target("100× page vs 1× page (extract)", f"≤ {SCALE_GOAL:.0f}×",
                               f"{scaling['max_ratio']:.1f}× wall" + (f", {cpu:.1f}× CPU time" if cpu else ""),
                               scaling["max_ratio"] <= SCALE_GOAL))
    else:
        why = "not run at 100×" if scaling and scaling.get("max_factor") != 100 else "no ratio (error or timeout)"
        targets.append(_target("100× page vs 1× page (extract)", f"≤ {SCALE_GOAL:.0f}×", why,
                               None if not scaling or scaling.get("max_factor") != 100 else False))

    fresh = report.get("fresh_process") or {}
    per_page = report.get("fresh_pages") or {}
    if "import_plus_first_s" in fresh:
        also = (f"; median over {len(per_page['per_page'])} pages {per_page['median_import_plus_first_s']:.2f} s"
                if per_page.get("median_import_plus_first_s") is not None else "")
        if per_page.get("median_import_plus_first_cpu_s") is not None:
            also += f" ({per_page['median_import_plus_first_cpu_s']:.2f} s CPU)"
        cpu = (f", {fresh['import_plus_first_cpu_s']:.2f} s CPU time"
               if fresh.get("import_plus_first_cpu_s") is not None else "")
        targets.append(_target("import + first extract (fresh process)", f"≤ {FIRST_CALL_GOAL_S} s",
                               f"{fresh['import_plus_first_s']:.2f} s ({fresh['import_s']:.2f} + "
                               f"{fresh['first_extract_s']:.2f}){cpu} on the example page" + also,
                               fresh["import_plus_first_s"] <= FIRST_CALL_GOAL_S))
        peak = max(fresh["peak_rss_mb"], per_page.get("peak_rss_mb") or 0)
        targets.append(_target("peak RSS (fresh process, its own)", f"≤ {RSS_GOAL_MB} MB", f"{peak:.0f} MB",
                               peak <= RSS_GOAL_MB))
    else:
        for name, goal in (("import + first extract (fresh process)", f"≤ {FIRST_CALL_GOAL_S} s"),
                           ("peak RSS (fresh process, its own)", f"≤ {RSS_GOAL_MB} MB")):
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


def _stage_shares(pages: list[dict]) -> dict[str, float] | None:
    """Each stage's share of `extract()` (and the rest's), median over the pages."""
    per: dict[str, list[float]] = {stage: [] for stage in (*STAGES, "rest")}
    for p in pages:
        parts = [_median(p["stages"].get(stage)) for stage in STAGES]
        if any(x is None for x in parts) or not p["extract"]["median_ms"]:
            continue
        whole = p["extract"]["median_ms"]
        for stage, x in zip(STAGES, parts, strict=True):
            per[stage].append(x / whole)
        per["rest"].append((whole - sum(parts)) / whole)
    if not per["rest"]:
        return None
    return {k: _st.median(v) for k, v in per.items()}


def _rest(page: dict) -> str:
    """What `extract()` spends beyond its stages timed one by one (result models, caches cold between stages)."""
    parts = [_median(page["stages"].get(stage)) for stage in STAGES]
    if any(x is None for x in parts):
        return "–"
    return f"{page['extract']['median_ms'] - sum(parts):.2f}"


def _cold_cells(cold: dict | None) -> list[str]:
    if not isinstance(cold, dict) or "extract" not in cold:
        return ["–", "–", "–", "–"]
    return [_ms(cold["extract"]), _ms(cold["jieba_lcut"]), f"{cold['extract_over_lcut']:.2f}×",
            str(cold["extract"]["runs"])]


_PEAK_NOTE = ("Peak RSS is each child's own high-water mark (`VmHWM` in `/proc/self/status`, read just before it "
              "exits), not `ru_maxrss`, which in a child started by the benchmark carries the parent's high point.")


def _fresh_sections(report: dict) -> list[str]:
    """The fresh-process tables: example page, what its first call is made of, every page."""
    out = []
    fresh = report.get("fresh_process") or {}
    out += ["## Fresh process (example page)", ""]
    if "import_s" in fresh:
        out += _table(["import s", "first extract s", "import + first s", "same, CPU time s", "process wall s",
                       "peak RSS MB", "runs"],
                      [[_f(fresh["import_s"], ".2f"), _f(fresh["first_extract_s"], ".2f"),
                        _f(fresh["import_plus_first_s"], ".2f"), _f(fresh.get("import_plus_first_cpu_s"), ".2f"),
                        _f(fresh["process_wall_s"], ".2f"), _f(fresh["peak_rss_mb"], ".0f"), fresh["runs"]]])
        out += [_PEAK_NOTE, ""]
    else:
        out += [f"not measured: {fresh.get('error', 'skipped')}", ""]

    first = report.get("first_call") or {}
    if "import" in first:
        out += ["### What the import and the first call are made of (example page, one fresh process)", ""]
        parts = sorted({*first["import"]["parts"], *first["first_extract"]["parts"]})
        rows = []
        for phase, label in (("import", "`import newsextract`"), ("first_extract", "first `extract()`")):
            whole = first[phase]["seconds"]
            rows.append([f"**{label}**", f"{whole:.3f}", "100%", ""])
            for part in parts:
                sec = first[phase]["parts"].get(part)
                if sec:
                    rows.append([f"{label}: {part}", f"{sec:.3f}", f"{sec / whole:.0%}",
                                 first[phase]["calls"].get(part, "")])
            rest = whole - sum(first[phase]["parts"].get(p, 0.0) for p in parts)
            rows.append([f"{label}: the rest (newsextract's own Python, data files)", f"{rest:.3f}",
                         f"{rest / whole:.0%}", ""])
        rows.append(["second `extract()` of the same page", f"{first['second_extract_s']:.3f}", "", ""])
        for name, sec in first.get("pre_imports", {}).items():
            rows.append([f"`{name}` (done before the import above, to time its parts)", f"{sec:.3f}", "", ""])
        out += _table(["part", "seconds", "share", "calls"], rows)
        out += ["Timers wrap each part's entry points (`text.dictionary.Dictionary`'s methods, "
                "`re`'s compiler, `regex`'s compile when it misses its cache, pydantic's `BaseModel.__init__`/"
                "`model_validate`, `dates.calendar`'s lookups); no profiler, so the seconds are unprofiled. "
                "`python -m benchmarks.profile --first-call` gives the cProfile view.", ""]
        packages = first.get("import_packages") or {}
        if packages.get("packages_s"):
            rows = [["newsextract's own modules (self time: module-level code)",
                     _f(packages["newsextract_modules_self_s"], ".3f")]]
            rows += [[f"`{name}`", f"{sec:.3f}"] for name, sec in packages["packages_s"].items()]
            rows.append(["other packages", _f(packages.get("other_packages_s"), ".3f")])
            rows.append(["**`import newsextract`** (`-X importtime`, another fresh process)",
                         _f(packages["total_s"], ".3f")])
            out += ["### The import, by package (`python -X importtime -c 'import newsextract'`)", ""]
            out += _table(["imported by newsextract", "seconds"], rows)
    elif first.get("error"):
        out += [f"first call breakdown failed: {first['error']}", ""]

    per_page = report.get("fresh_pages") or {}
    if per_page.get("per_page"):
        out += ["## Fresh process per page", ""]
        rows = [[name, _f(f["import_s"], ".2f"), _f(f["first_extract_s"], ".2f"), _f(f["import_plus_first_s"], ".2f"),
                 _f(f.get("import_plus_first_cpu_s"), ".2f"), _f(f["peak_rss_mb"], ".0f"), f["runs"]]
                for name, f in per_page["per_page"].items()]
        out += _table(["page", "import s", "first extract s", "import + first s", "same, CPU time s", "peak RSS MB",
                       "runs"], rows)
        out += [f"Median import + first extract over the pages: {per_page['median_import_plus_first_s']:.2f} s; "
                f"worst {per_page['worst_import_plus_first_s']:.2f} s ({per_page['worst_page']}).", ""]
    elif per_page.get("error"):
        out += [f"fresh process per page failed: {per_page['error']}", ""]
    return out


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
           "- when the first call was timed, the package's modules were "
           + ("compiled beforehand (as an installed package's are)" if m.get("bytecode")
              else "not compiled beforehand: the first call compiled them"),
           f"- CPU: {m['cpu']} × {m['cores']} cores; load average at start {m['loadavg']}"
           + (f", at end {report['machine_end_loadavg']}" if report.get("machine_end_loadavg") else ""),
           f"- commit: `{m.get('commit') or 'unknown'}`" + (" + uncommitted changes" if m.get("dirty") else ""),
           "- times are warm medians in ms with the interquartile range in brackets; every ratio is "
           "taken within this one run.", ""]

    out += ["## Targets (issues 7 and 21)", ""]
    out += _table(["target", "goal", "measured", "status"],
                  [[t["name"], t["goal"], t["measured"], status(t["met"])] for t in report["targets"]])

    pages = measured_pages(report)
    out += ["## Speed per page: warm and cold", ""]
    out += _table(["page", "chars", "articles", "extract ms", "jieba.lcut ms", "extract / lcut",
                   "same, CPU time", "runs", "cold extract ms", "jieba.lcut ms (same copies)", "cold / lcut",
                   "cold runs"],
                  [[p["name"], p["chars"], p["articles"], _ms(p["extract"]), _ms(p["jieba_lcut"]),
                    f"{p['extract_over_lcut']:.2f}×", f"{_f(p.get('extract_over_lcut_cpu'), '.2f')}×",
                    p["extract"]["runs"]] + _cold_cells(p.get("cold")) for p in pages])
    for which in ("warm", "cold"):
        r = ratio_summary(report, which)
        if r:
            out += [f"- {which}: extract / jieba.lcut median {r['median']:.2f}× over {r['pages']} pages, "
                    f"worst {r['worst']:.2f}× ({r['worst_page']})"]
    out += ["",
            "Warm: the same page again and again in one process. Cold: a page the process has never seen: "
            "each run takes the page with its years (and its publication date) shifted back by a multiple of four "
            "years, so its festivals, solar terms and holiday breaks fall in other years, and empties the "
            "memos first (`benchmarks/caches.py`: festival days, numeral values); data files, patterns and "
            "the dictionary rows read so far stay loaded (their cost is the fresh process's, below). "
            "`extract()` and `jieba.lcut` take turns run by run, on the same text, so both see the same "
            "machine load; jieba has no per-text memo, so its warm time is its cold time.", ""]
    out += [f"- {p['name']}: failed: {p['error']}" for p in report["pages"] if "error" in p]
    out += [f"- {p['name']}: cold run failed: {p['cold']['error']}" for p in pages
            if isinstance(p.get("cold"), dict) and "error" in p["cold"]]

    if pages:
        out += ["## Stages (warm median ms; per-article stages summed over the page's articles)", ""]
        header = ["page"] + [f"`{stage}`" for stage in STAGES] + ["rest", "**`extract()`**", "`jieba.lcut`",
                                                                    "`dates.find`, page as one article"]
        rows = [[p["name"]] + [_f(_median(p["stages"].get(stage)), ".2f") for stage in STAGES]
                + [_rest(p), _f(p["extract"]["median_ms"], ".2f"), _f(p["jieba_lcut"]["median_ms"], ".2f"),
                   _f(_median(p.get("dates_whole_page")), ".2f")] for p in pages]
        shares = _stage_shares(pages)
        if shares:
            rows.append(["**share of `extract()`, median over pages**"]
                        + [f"{shares[stage]:.0%}" for stage in STAGES] + [f"{shares['rest']:.0%}", "100%", "", ""])
        out += _table(header, rows)
        out += ["Each stage is timed on its own, fed the output of the stages before it, with an empty per-page "
                "memo; rest = `extract()` − the sum of the stages (building the result models, decoding, "
                "`entities`, and what the stages share through the memo when run together).", ""]

    out += _fresh_sections(report)

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
                    + [f"{s['max_ratio']:.1f}×" if s.get("max_ratio") else "–"]
                    + [f"{s['max_cpu_ratio']:.1f}×" if s.get("max_cpu_ratio") else "–"])
    if rows:
        factors = next(iter(report["scaling"].values()))["factors"]
        out += _table(["stage"] + [f"{f}× ms" for f in factors] + [f"{factors[-1]}× / 1×", "same, CPU time"], rows)

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
    lines = ["targets of issues 7 and 21:"]
    for t in report["targets"]:
        lines.append(f"  [{status(t['met']):^12}] {t['name']}: {t['measured']} (goal {t['goal']})")
    return "\n".join(lines)
