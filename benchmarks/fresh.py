"""Import, first `extract()` and peak memory, each in a fresh interpreter of its own.

Every figure comes from a new `subprocess` that runs one page and reports itself:

- times: `import newsextract`, then the first `extract()`;
- peak memory: the child's own high-water mark, `VmHWM` of `/proc/self/status`, read just
  before it exits. Not `getrusage(RUSAGE_SELF).ru_maxrss`: on Linux a child started by
  fork/vfork + exec keeps the parent's high point in it (a benchmark parent holding jieba
  and the peers made a 108 MB child read 185 MB). Where /proc is missing, `ru_maxrss`
  read by a clean intermediate process (`RUSAGE_CHILDREN` of a child that only waits for
  its own child) stands in.

Each child runs with compiled bytecode, as an installed package has it (`pip install` writes
`.pyc` files): `PYTHONDONTWRITEBYTECODE` is dropped from its environment and its bytecode goes
to a cache of this run's own (`PYTHONPYCACHEPREFIX`), written by one warm-up process that is
not counted. Without it (this machine sets `PYTHONDONTWRITEBYTECODE=1`) every fresh process
compiles the package's ~90 modules from source, ~0.15 s that no user pays twice.

`first_call_breakdown` splits the import and the first call (in a fresh process of its own,
timers around each part's entry points) into what they are made of: the dictionary
(`text.dictionary`), regex compilation, pydantic, the calendar libraries, the rest; and the import into the
packages it pulls in (`-X importtime`). `python -m benchmarks.profile --first-call` gives the
cProfile view of the same.
"""
from __future__ import annotations

import atexit
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .pages import ROOT

# Runs in the child: times `import newsextract` and the first extract, then its own peak RSS.
_CHILD = r"""
import json, sys, time
c0, t0 = time.process_time(), time.perf_counter()
import newsextract
c1, t1 = time.process_time(), time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
published = sys.argv[2] or None
c2, t2 = time.process_time(), time.perf_counter()
newsextract.extract(text, published=published)
c3, t3 = time.process_time(), time.perf_counter()
hwm_kb = None
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            hwm_kb = int(line.split()[1])
except OSError:
    pass
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t3 - t2, "import_plus_first_cpu_s": (c1 - c0) + (c3 - c2),
                  "peak_rss_mb": hwm_kb / 1024 if hwm_kb is not None else None}))
"""

# Where /proc is missing: a clean process that starts the measuring child and reads the
# child's peak from RUSAGE_CHILDREN (its own small footprint is the only other process counted).
_INTERMEDIATE = r"""
import json, resource, subprocess, sys
out = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)
sys.stderr.write(out.stderr)
figures = json.loads(out.stdout.strip().splitlines()[-1])
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
if figures["peak_rss_mb"] is None:
    figures["peak_rss_mb"] = rss / 2**20 if sys.platform == "darwin" else rss / 1024
print(json.dumps(figures))
sys.exit(out.returncode)
"""


@functools.cache
def _child_env() -> dict[str, str]:
    """The children's environment: bytecode written to and read from a cache of this run's own,
    filled by one warm-up import that no figure counts."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache = tempfile.mkdtemp(prefix="newsextract-bench-pyc-")
    atexit.register(shutil.rmtree, cache, True)
    subprocess.run([sys.executable, "-c", "import newsextract"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)
    return env


def _run(args: list[str], timeout_s: float) -> dict:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, *args], cwd=ROOT, env=_child_env(), capture_output=True, text=True,
                         timeout=timeout_s)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(f"fresh process failed: {out.stderr.strip()[-500:]}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = wall
    return figures


def fresh_once(path: Path, published: str | None, timeout_s: float = 120.0) -> dict:
    """One child process: its own figures plus the parent's wall time (interpreter start included)."""
    if Path("/proc/self/status").exists():
        figures = _run(["-c", _CHILD, str(path), published or ""], timeout_s)
    else:  # pragma: no cover - not Linux
        figures = _run(["-c", _INTERMEDIATE, _CHILD, str(path), published or ""], timeout_s)
    figures["import_plus_first_s"] = figures["import_s"] + figures["first_extract_s"]
    return figures


# wall seconds, and the child's own CPU seconds (which other processes on the machine do not add to)
_KEYS = ("import_s", "first_extract_s", "import_plus_first_s", "import_plus_first_cpu_s", "process_wall_s")


def measure_fresh(path: Path, published: str | None = None, *, runs: int = 3) -> dict:
    """The median of `runs` fresh processes for each figure (peak RSS: the largest)."""
    samples = [fresh_once(path, published) for _ in range(runs)]
    result = {key: statistics.median(s[key] for s in samples) for key in _KEYS}
    result["peak_rss_mb"] = max(s["peak_rss_mb"] for s in samples)
    result["runs"] = runs
    return result


def measure_fresh_pages(pages, *, runs: int = 1, say=lambda line: None) -> dict:
    """A fresh process per page (and per run): import + first extract and peak RSS of each page."""
    per_page = {}
    for page in pages:
        if page.path is None:
            continue
        say(f"fresh process: {page.name}")
        per_page[page.name] = measure_fresh(page.path, page.published, runs=runs)
    firsts = [p["import_plus_first_s"] for p in per_page.values()]
    cpu = [p["import_plus_first_cpu_s"] for p in per_page.values()]
    return {"per_page": per_page,
            "median_import_plus_first_s": statistics.median(firsts) if firsts else None,
            "median_import_plus_first_cpu_s": statistics.median(cpu) if cpu else None,
            "worst_import_plus_first_s": max(firsts) if firsts else None,
            "worst_page": max(per_page, key=lambda n: per_page[n]["import_plus_first_s"]) if per_page else None,
            "peak_rss_mb": max(p["peak_rss_mb"] for p in per_page.values()) if per_page else None}


# ------------------------------------------------------------------ what the first call is made of
# Runs in the child: wraps the entry points of each part in a timer (no profiler: cProfile slows
# Python code far more than C code and so distorts the shares), imports newsextract, runs the
# first extract, and prints the seconds each phase spent in each part. A part entered again
# from inside itself is not counted twice. `import regex` is done (and timed) before the
# import of newsextract, so its compiler can be wrapped.
_PARTS_CHILD = r"""
import json, re, sys, time
from collections import defaultdict

spent = defaultdict(float)
calls = defaultdict(int)
inside = set()

def timed(part, fn, counts=None):
    def wrapper(*args, **kwargs):
        if part in inside:
            return fn(*args, **kwargs)
        inside.add(part)
        before = counts() if counts else None
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            dt = time.perf_counter() - t0
            inside.discard(part)
            if counts is None or counts() != before:  # regex: only calls that compiled (the cache grew)
                spent[part] += dt
                calls[part] += 1
    wrapper.__wrapped__ = fn
    return wrapper

def wrap_member(cls, name, part):
    member = vars(cls)[name]
    if isinstance(member, (staticmethod, classmethod)):
        setattr(cls, name, type(member)(timed(part, member.__func__)))
    else:
        setattr(cls, name, timed(part, member))

pre = {}
t0 = time.perf_counter(); import regex; pre["import regex"] = time.perf_counter() - t0

_compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
_compiler.compile = timed("regex compilation (re)", _compiler.compile)
_main = sys.modules.get("regex._main") or sys.modules.get("regex.regex")
_main._compile = timed("regex compilation (regex)", _main._compile, counts=lambda: len(_main._cache))

def phase():
    out = {k: round(v, 6) for k, v in spent.items()}
    n = dict(calls)
    spent.clear(); calls.clear()
    return out, n

t0 = time.perf_counter()
import newsextract
import_s = time.perf_counter() - t0
import_parts, import_calls = phase()

import pydantic
wrap_member(pydantic.BaseModel, "__init__", "pydantic validation")
wrap_member(pydantic.BaseModel, "model_validate", "pydantic validation")
wrap_member(pydantic.BaseModel, "model_construct", "pydantic model_construct")
from newsextract.text import dictionary as _dictionary
for name in ("__init__", "cut", "get", "__contains__", "tag"):  # its rows are read and parsed inside these
    wrap_member(_dictionary.Dictionary, name, "dictionary: rows read on first use, and cutting")
from newsextract.dates import calendar as _calendar
for name in ("festival", "holiday_break", "lunar_date", "solar_term"):
    if hasattr(_calendar, name):
        setattr(_calendar, name, timed("calendar lookups (table, libraries outside 1900–2100)",
                                       getattr(_calendar, name)))

text = open(sys.argv[1], encoding="utf-8").read()
published = sys.argv[2] or None
t0 = time.perf_counter()
newsextract.extract(text, published=published)
first_s = time.perf_counter() - t0
first_parts, first_calls = phase()
t0 = time.perf_counter()
newsextract.extract(text, published=published)
second_s = time.perf_counter() - t0
print(json.dumps({"pre_imports": pre, "import": {"seconds": import_s, "parts": import_parts, "calls": import_calls},
                  "first_extract": {"seconds": first_s, "parts": first_parts, "calls": first_calls},
                  "second_extract_s": second_s}))
"""

# `python -X importtime -c "import newsextract"`: the packages the import pulls in.
_IMPORTS_CHILD = "import newsextract"


def first_call_breakdown(path: Path, published: str | None, timeout_s: float = 300.0) -> dict:
    """Import and first extract of one page in a fresh process, split into parts.

    Parts: the dictionary (`text.dictionary`: its rows read on first use, and cutting), regex
    compilation (`re`, `regex`),
    pydantic validation, the calendar lookups (`dates.calendar`: lunar-python and
    chinese-calendar); the rest is newsextract's own Python. Timers wrap each part's entry
    points, so the figures are unprofiled seconds. The second extract of the same page,
    timed in the same process, says what was one-off.
    """
    out = subprocess.run([sys.executable, "-c", _PARTS_CHILD, str(path), published or ""],
                         cwd=ROOT, env=_child_env(), capture_output=True, text=True, timeout=timeout_s)
    if out.returncode != 0:
        raise RuntimeError(f"instrumented fresh process failed: {out.stderr.strip()[-500:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["import_packages"] = import_packages(timeout_s)
    return result


def import_packages(timeout_s: float = 120.0, top: int = 8) -> dict:
    """`-X importtime` of `import newsextract`: the packages it imports itself (cumulative seconds, the
    first time each is imported, with what they import; a package's modules imported later, such as
    pydantic's while a model class is built, are added to it), and newsextract's own modules (self
    time: their module-level code, which compiles patterns and builds the pydantic models)."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", _IMPORTS_CHILD], cwd=ROOT, env=_child_env(),
                         capture_output=True, text=True, timeout=timeout_s)
    if out.returncode != 0:
        raise RuntimeError(f"import timing failed: {out.stderr.strip()[-500:]}")
    lines: list[tuple[int, str, float, float]] = []  # depth, module, self s, cumulative s
    for line in out.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        try:
            self_us, cumulative_us, name = line[len("import time:"):].split("|")
            lines.append(((len(name) - len(name.lstrip())) // 2, name.strip(), int(self_us) / 1e6,
                          int(cumulative_us) / 1e6))
        except ValueError:
            continue  # the header line
    root = next((i for i, (d, m, _, _) in enumerate(lines) if d == 0 and m == "newsextract"), None)
    if root is None:
        return {"error": "no `import newsextract` line"}
    first = root
    while first > 0 and lines[first - 1][0] > 0:  # importtime prints a module's imports before it
        first -= 1
    subtree = lines[first:root + 1]
    packages: dict[str, float] = {}
    own = 0.0
    for i, (depth, module, self_s, cumulative_s) in enumerate(subtree):
        package = module.split(".")[0]
        if package == "newsextract":
            own += self_s
            continue
        # the importer: the next line one level up
        parent = next((m for d, m, _, _ in subtree[i + 1:] if d == depth - 1), "newsextract")
        if parent.split(".")[0] == "newsextract":
            packages[package] = packages.get(package, 0.0) + cumulative_s
    biggest = dict(sorted(packages.items(), key=lambda kv: -kv[1])[:top])
    return {"total_s": lines[root][3], "newsextract_modules_self_s": own, "packages_s": biggest,
            "other_packages_s": sum(packages.values()) - sum(biggest.values())}
