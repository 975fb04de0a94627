"""Repeated wall-clock timing and the machine a figure was measured on."""
from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable


def summarise(seconds: list[float]) -> dict:
    """Median and spread (quartiles, min, max) of timings, in milliseconds."""
    ms = sorted(s * 1000 for s in seconds)
    if len(ms) >= 2:
        q1, _, q3 = statistics.quantiles(ms, n=4, method="inclusive")
    else:
        q1 = q3 = ms[0]
    return {"runs": len(ms), "median_ms": statistics.median(ms), "q1_ms": q1, "q3_ms": q3,
            "min_ms": ms[0], "max_ms": ms[-1]}


def repeat(fn: Callable[[], object], runs: int, *, warmup: int = 1, budget_s: float | None = None) -> dict:
    """Time `fn()` `runs` times after `warmup` untimed calls.

    With a `budget_s`, stop early once the budget is spent (after at least three
    runs), so one slow stage cannot eat the whole benchmark; `runs` in the result
    tells how many were made.
    """
    for _ in range(warmup):
        fn()
    seconds: list[float] = []
    spent = 0.0
    for k in range(runs):
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        seconds.append(dt)
        spent += dt
        if budget_s is not None and k >= 2 and spent > budget_s:
            break
    return summarise(seconds)


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


def machine(root: Path) -> dict:
    """Where and when the run happened."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (None, None, None)
    return {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "platform": platform.platform(), "python": sys.version.split()[0],
            "cpu": cpu_model(), "cores": os.cpu_count(), "loadavg": [round(x, 2) for x in load],
            "commit": _git(root, "rev-parse", "--short", "HEAD"),
            "dirty": bool(_git(root, "status", "--porcelain", "--untracked-files=no"))}
