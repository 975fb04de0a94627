"""Repeated wall-clock timing and the machine a figure was measured on."""
from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def summarise(seconds: list[float], cpu_seconds: list[float] | None = None) -> dict:
    """Median and spread (quartiles, min, max) of wall timings in ms, and the median CPU time.

    CPU time (`process_time`) is what a call costs this process; on a busy machine
    preemption inflates the wall time of a short call, so both are kept.
    """
    ms = sorted(s * 1000 for s in seconds)
    if len(ms) >= 2:
        q1, _, q3 = statistics.quantiles(ms, n=4, method="inclusive")
    else:
        q1 = q3 = ms[0]
    out = {"runs": len(ms), "median_ms": statistics.median(ms), "q1_ms": q1, "q3_ms": q3,
           "min_ms": ms[0], "max_ms": ms[-1]}
    if cpu_seconds:
        out["cpu_median_ms"] = statistics.median(cpu_seconds) * 1000
    return out


def _timed_call(fn: Callable[[], object]) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def repeat(fn: Callable[[], object], runs: int, *, warmup: int = 1, budget_s: float | None = None) -> dict:
    """Time `fn()` `runs` times after `warmup` untimed calls.

    With a `budget_s`, stop early once the budget is spent (after at least three
    runs), so one slow stage cannot eat the whole benchmark; `runs` in the result
    tells how many were made.
    """
    return alternate({"fn": fn}, runs, warmup=warmup, budget_s=budget_s)["fn"]


def alternate(fns: dict[str, Callable[[], object]], runs: int, *, warmup: int = 1,
              budget_s: float | None = None) -> dict[str, dict]:
    """Time several calls taking turns (a, b, a, b, …), so a change in the machine's
    load falls on all of them alike and their ratio stays fair."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    wall: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    spent = 0.0
    for k in range(runs):
        for name, fn in fns.items():
            w, c = _timed_call(fn)
            wall[name].append(w)
            cpu[name].append(c)
            spent += w
        if budget_s is not None and k >= 2 and spent > budget_s:
            break
    return {name: summarise(wall[name], cpu[name]) for name in fns}


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what `platform` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _git(root: Path, *args: str) -> str | None:
    """A read-only git query, None where git or the repo is missing."""
    try:
        out = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10)
        return out.stdout.strip() if out.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


def _bytecode_cached(root: Path) -> bool:
    """Whether every module of the package has its compiled file: a fresh process that must
    compile them (a source checkout with PYTHONDONTWRITEBYTECODE) pays ~0.1-0.2 s more on its
    first call than an installed package, whose installer compiles them."""
    import importlib.util

    sources = list((root / "newsextract").rglob("*.py"))
    return bool(sources) and all(Path(importlib.util.cache_from_source(str(p))).exists() for p in sources)


def machine(root: Path) -> dict:
    """Where and when the run happened."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (None, None, None)
    return {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "platform": platform.platform(), "python": sys.version.split()[0],
            "cpu": cpu_model(), "cores": os.cpu_count(), "loadavg": [round(x, 2) for x in load],
            "bytecode": _bytecode_cached(root),
            "commit": _git(root, "rev-parse", "--short", "HEAD"),
            # the run's own output, rewritten by every run, does not make the code dirty
            "dirty": bool(_git(root, "status", "--porcelain", "--untracked-files=no", "--", ".",
                               ":(exclude)docs/benchmarks.md"))}
