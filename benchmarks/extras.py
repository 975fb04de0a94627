"""Benchmarks that other modules of `benchmarks/` bring (dates, organizations, decoding), run if present."""
from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

from .pages import ROOT

HERE = Path(__file__).resolve().parent
EXTRAS = ("bench_dates", "bench_organizations", "bench_decoding")


def _call_measure(fn, quick: bool):
    """Call a module's `measure` with the options it declares (`quick`), nothing else."""
    params = inspect.signature(fn).parameters
    return fn(quick=quick) if "quick" in params else fn()


def run_extra(name: str, quick: bool, timeout_s: float = 120.0) -> dict | None:
    """One extra benchmark: its `measure()` result if it has one, else its printed output."""
    if not (HERE / f"{name}.py").exists():
        return None
    try:
        module = importlib.import_module(f"benchmarks.{name}")
    except Exception as err:
        return {"error": f"import failed: {type(err).__name__}: {err}"}
    measure = getattr(module, "measure", None)
    if callable(measure):
        try:
            result = _call_measure(measure, quick)
        except Exception as err:
            return {"error": f"{type(err).__name__}: {err}"}
        render = getattr(module, "markdown", None) or getattr(module, "render", None)
        record = {"result": result}
        if callable(render):
            try:
                record["markdown"] = render(result)
            except Exception as err:
                record["error"] = f"render failed: {type(err).__name__}: {err}"
        else:
            record["output"] = str(result)
        return record
    args = [sys.executable, "-m", f"benchmarks.{name}"]
    if quick and "--quick" in (HERE / f"{name}.py").read_text(encoding="utf-8"):
        args.append("--quick")
    try:
        out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout_s:.0f} s"}
    record = {"output": out.stdout}
    if out.returncode != 0:
        record["error"] = f"exit {out.returncode}: {out.stderr.strip()[-300:]}"
    return record


def run_extras(quick: bool, say=lambda line: None) -> dict:
    records = {}
    for name in EXTRAS:
        record = run_extra(name, quick)
        if record is None:
            say(f"{name}: not present, skipped")
            continue
        records[name] = record
        say(f"{name}: " + ("failed: " + record["error"] if "error" in record else "done"))
    return records
