"""Import time, first `extract()` and peak RSS in a fresh interpreter."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .pages import ROOT

# Runs in the child: times `import newsextract` and the first extract, then reads
# the child's own peak resident set size (ru_maxrss: KiB on Linux, bytes on macOS).
_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import newsextract
t1 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
published = sys.argv[2] or None
t2 = time.perf_counter()
newsextract.extract(text, published=published)
t3 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
mb = rss / 2**20 if sys.platform == "darwin" else rss / 1024
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t3 - t2, "peak_rss_mb": mb}))
"""


def fresh_once(path: Path, published: str | None, timeout_s: float = 120.0) -> dict:
    """One child process: its own figures plus the parent's wall time (interpreter start included)."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), published or ""], cwd=ROOT,
                         capture_output=True, text=True, timeout=timeout_s)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(f"fresh process failed: {out.stderr.strip()[-500:]}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = wall
    figures["import_plus_first_s"] = figures["import_s"] + figures["first_extract_s"]
    return figures


def measure_fresh(path: Path, published: str | None = None, *, runs: int = 3) -> dict:
    """The median of `runs` fresh processes for each figure (peak RSS: the largest)."""
    samples = [fresh_once(path, published) for _ in range(runs)]
    result = {key: statistics.median(s[key] for s in samples)
              for key in ("import_s", "first_extract_s", "import_plus_first_s", "process_wall_s")}
    result["peak_rss_mb"] = max(s["peak_rss_mb"] for s in samples)
    result["runs"] = runs
    return result
