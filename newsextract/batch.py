"""Batch extraction: many pages in, one JSON Lines record per page out.

Archives are large, so every stage streams: inputs are listed and read lazily,
at most a few chunks of pages are in flight between the reader and the worker
processes, and each result is written as one whole line as soon as it is in.
Nothing is lost: a page that cannot be read or extracted becomes a line in the
errors file, and an interrupted run resumes where it stopped, so every page ends
up exactly once in the output or in the errors file.

The per-page function `extract_record` is the same here and on a Dask cluster
(`newsextract.distributed`).
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import glob
import json
import os
import pathlib
import queue
import re
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, TextIO

from .pipeline import extract
from .text import decode

# Records read from a JSON Lines input: `{"id", "text", "published", "home", ...}`.
Record = Mapping[str, object]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_GLOB_CHARS = re.compile(r"[*?\[]")

# Control characters other than layout whitespace, and the replacement character:
# text pages have next to none, binary files decoded by accident are full of them.
# Counterexample: a page with a stray form feed or tab from OCR is still a page.
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_BINARY_SHARE = 0.01


class Outcome(NamedTuple):
    """One page's result: its output line (the page with its id) or its error record."""

    id: str
    line: str | None
    error: dict | None


# ---------------------------------------------------------------- inputs

def published_from_name(pattern: "str | re.Pattern[str]") -> Callable[[str], str | None]:
    """A function that reads the publication date out of a file name or id.

    The first match of `pattern` counts: with one group it is the date
    (`2025-03-13`, `20250313`, `2025_03_13`), with three groups they are year,
    month and day (`(\\d{4})/(\\d{2})/(\\d{2})/`), without groups the whole match is.
    """
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern

    def read(name: str) -> str | None:
        match = compiled.search(name)
        if match is None:
            return None
        parts = [g for g in match.groups() if g] or [match.group(0)]
        digits = re.findall(r"\d+", "-".join(parts))
        if len(digits) == 1 and len(digits[0]) == 8:
            digits = [digits[0][:4], digits[0][4:6], digits[0][6:]]
        if len(digits) == 3:
            year, month, day = digits
            return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
        return "-".join(parts)  # not a date: extraction reports it as the page's error

    return read


def _expand(item: str) -> Iterator[pathlib.Path]:
    """The files an input names: itself, the `*.txt` below a directory, or a glob's matches."""
    path = pathlib.Path(item)
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
    elif path.exists() or not _GLOB_CHARS.search(item):
        yield path  # a missing plain path becomes an error record, not a silent skip
    else:
        for match in sorted(glob.iglob(item, recursive=True)):
            candidate = pathlib.Path(match)
            if candidate.is_dir():
                yield from _expand(match)
            elif candidate.is_file():
                yield candidate


def _jsonl_records(path: pathlib.Path | None) -> Iterator[dict]:
    """The records of a JSON Lines file (None: standard input), one at a time; a broken
    line is an error record."""
    if path is None:
        handle, path = open(sys.stdin.fileno(), "rb", closefd=False), "<stdin>"
    else:
        try:
            handle = open(path, "rb")
        except OSError as err:
            yield {"id": str(path), "source": str(path), "invalid": f"unreadable file: {err}"}
            return
    with handle:
        for number, raw in enumerate(handle, 1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError("the line is not a JSON object")
            except ValueError as err:
                yield {"id": source, "source": source, "invalid": f"unreadable JSON line: {err}"}
                continue
            rid = record.get("id")
            record["id"] = source if rid is None or rid == "" else str(rid)
            record.setdefault("source", source)
            yield record


def iter_records(inputs: Iterable[str], *, date_from_name: Callable[[str], str | None] | None = None
                 ) -> Iterator[dict]:
    """Records for files, directories, globs and JSON Lines files, lazily and in order.

    A text file gives `{"id": path, "path": path}` (read by the worker, so the
    reader stays light); a JSON Lines file, or `-` for standard input, gives its
    records. Where a record has no `published`, `date_from_name` reads one from
    the path or the id.
    """
    for item in inputs:
        for path in _expand(item) if item != "-" else [None]:
            if path is None or path.suffix.lower() in _JSONL_SUFFIXES:
                records = _jsonl_records(path)
            else:
                records = iter([{"id": str(path), "path": str(path), "source": str(path)}])
            for record in records:
                if date_from_name is not None and not record.get("published") and "invalid" not in record:
                    record["published"] = date_from_name(str(record.get("path") or record["id"]))
                yield record


# ---------------------------------------------------------------- the per-page function

def junk_reason(text: str) -> str | None:
    """Why the decoded text is not a page (empty, binary), or None when it is one."""
    if not text.strip():
        return "empty page"
    if "\x00" in text:
        return "binary content: NUL bytes"
    junk = len(_BINARY_CHARS.findall(text, 0, 100_000))
    if junk > _BINARY_SHARE * min(len(text), 100_000):
        return f"binary content: {junk} control characters"
    return None


def _error(record: Record, reason: str) -> Outcome:
    rid = str(record.get("id"))
    return Outcome(rid, None, {"id": rid, "source": str(record.get("source", rid)), "reason": reason})


def page_line(rid: str, page_json: str) -> str:
    """The output line: the page's contract JSON with `id` as its first key."""
    return '{"id":' + json.dumps(rid, ensure_ascii=False) + "," + page_json[1:]


def extract_record(record: Record) -> Outcome:
    """Extract one record's page; any failure becomes its error record, never an exception."""
    if "invalid" in record:
        return _error(record, str(record["invalid"]))
    try:
        if record.get("text") is not None:
            data = record["text"]
        elif record.get("path"):
            with open(str(record["path"]), "rb") as handle:
                data = handle.read()
        else:
            return _error(record, "record has neither text nor path")
        if not isinstance(data, (str, bytes)):
            return _error(record, f"text must be a string, got {type(data).__name__}")
        try:
            text = decode(data)
        except ValueError:
            return _error(record, "undecodable bytes: neither UTF-8 nor GB18030")
        reason = junk_reason(text)
        if reason:
            return _error(record, reason)
        page = extract(text, published=record.get("published") or None, home=record.get("home") or None)
        return Outcome(str(record["id"]), page_line(str(record["id"]), page.model_dump_json()), None)
    except Exception as err:  # noqa: BLE001 - one bad page must not stop an archive
        return _error(record, f"{type(err).__name__}: {err}")


def extract_chunk(records: list[Record]) -> list[Outcome]:
    """`extract_record` over a chunk: one task per few pages keeps the pipes quiet."""
    return [extract_record(record) for record in records]


# ---------------------------------------------------------------- output files

def _record_id(line: bytes) -> str | None:
    """The id of a written line; our lines start with it, so the page is not parsed."""
    if line.startswith(b'{"id":'):
        try:
            value, _ = json.JSONDecoder().raw_decode(line[6:min(len(line), 4096)].decode("utf-8", "replace"))
            return str(value)
        except ValueError:
            pass
    try:
        return str(json.loads(line)["id"])
    except (ValueError, KeyError, TypeError):
        return None


def recover(path: pathlib.Path) -> set[str]:
    """Ids already written to `path`, after cutting off a half-written last line."""
    if not path.exists():
        return set()
    with open(path, "rb+") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size:
            # Walk back to the last newline: everything after it is an unfinished record.
            step, end = 65536, size
            cut = 0
            while end > 0:
                start = max(0, end - step)
                handle.seek(start)
                block = handle.read(end - start)
                k = block.rfind(b"\n")
                if k >= 0:
                    cut = start + k + 1
                    break
                end = start
            if cut != size:
                handle.truncate(cut)
    done: set[str] = set()
    with open(path, "rb") as handle:
        for line in handle:
            rid = _record_id(line)
            if rid is not None:
                done.add(rid)
    return done


class LineWriter:
    """Appends whole lines and flushes them, so a killed run leaves at most one partial line."""

    def __init__(self, path: pathlib.Path, *, append: bool):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._handle: TextIO = open(path, "a" if append else "w", encoding="utf-8", newline="\n")

    def write(self, line: str) -> None:
        self._handle.write(line + "\n")

    def flush(self) -> None:
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


# ---------------------------------------------------------------- the run

@dataclass
class Summary:
    """What a run did: pages written, errors recorded, pages skipped because already done."""

    written: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return (self.written + self.errors) / self.seconds if self.seconds else 0.0


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    """Worker start-up: exit when the batch process dies, so a killed run leaves no orphans."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="newsextract-parent-watch", daemon=True).start()


def _chunks(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_END = object()


def _read_ahead(chunks: Iterator[list[dict]], size: int) -> "queue.Queue":
    """Chunks read by a thread into a bounded queue, so a slow input (a pipe, a network
    file system) never holds back writing the results already in."""
    ahead: queue.Queue = queue.Queue(maxsize=size)

    def read() -> None:
        try:
            for chunk in chunks:
                ahead.put(chunk)
        except BaseException as err:  # noqa: BLE001 - handed to the writing thread
            ahead.put(err)
        ahead.put(_END)

    threading.Thread(target=read, name="newsextract-batch-reader", daemon=True).start()
    return ahead


def _warm() -> None:
    """Load what extraction loads on first use, while the reader fills the first chunks."""
    extract("本报讯 3月12日,市民政局召开会议。", published="2025-03-13")


def _pool(workers: int) -> cf.ProcessPoolExecutor:
    return cf.ProcessPoolExecutor(workers, initializer=_watch_parent, initargs=(os.getpid(),))


def _in_processes(chunks: Iterator[list[dict]], workers: int) -> Iterator[list[Outcome]]:
    """Chunks through a process pool, in input order, with at most 3 chunks per worker in flight.

    A worker that dies (a crash in native code, the out-of-memory killer) breaks the
    pool and every chunk in flight with it: a fresh pool runs them again once, and
    the pages of a chunk that breaks a pool twice become error records.
    """
    window = 3 * workers
    pool = _pool(workers)
    for _ in range(workers):  # fork the workers now, before the reader thread exists
        pool.submit(_warm)
    ahead = _read_ahead(chunks, window)
    pending: collections.deque[tuple[list[dict], cf.Future, bool]] = collections.deque()
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                try:  # wait for input only when nothing is in flight
                    chunk = ahead.get(block=not pending, timeout=None if not pending else 0.02)
                except queue.Empty:
                    break
                if chunk is _END:
                    exhausted = True
                elif isinstance(chunk, BaseException):
                    raise chunk
                else:
                    pending.append((chunk, pool.submit(extract_chunk, chunk), False))
            if not pending:
                return
            chunk, future, retried = pending[0]
            try:
                outcomes = future.result(timeout=0.05 if not exhausted else None)
            except cf.TimeoutError:
                continue
            except cf.process.BrokenProcessPool as err:
                pending.popleft()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
                again = [(c, r) for c, _, r in pending]
                pending.clear()
                if retried:
                    yield [_error(record, f"a worker process died on this chunk twice: {err}") for record in chunk]
                else:
                    again.insert(0, (chunk, False))
                for c, r in again:
                    pending.append((c, pool.submit(extract_chunk, c), True))
                continue
            pending.popleft()
            yield outcomes
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Progress:
    """Pages and pages per second on stderr: tqdm when installed, else one plain line."""

    def __init__(self, enabled: bool):
        self._bar = None
        self._enabled = enabled
        self._count = 0
        self._start = time.perf_counter()
        self._shown = 0.0
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self._bar = tqdm(unit="page", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int) -> None:
        self._count += n
        if self._bar is not None:
            self._bar.update(n)
        elif self._enabled:
            now = time.perf_counter()
            if now - self._shown >= 1.0:
                self._shown = now
                rate = self._count / max(now - self._start, 1e-9)
                sys.stderr.write(f"\r{self._count} pages, {rate:.1f} pages/s")
                sys.stderr.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._enabled and self._count:
            sys.stderr.write("\n")


def run(records: Iterable[dict], output: "str | os.PathLike[str]", errors: "str | os.PathLike[str]", *,
        workers: int | None = None, resume: bool = False, progress: bool = False,
        chunk_size: int = 4) -> Summary:
    """Extract every record into the JSON Lines file `output`, failures into `errors`.

    With `resume`, ids already in either file are skipped and a half-written last
    line is dropped first; without it both files are started afresh. Pages go
    through `workers` processes (1: this process) and come out in input order.
    Memory stays flat but for the set of ids already seen (some 100 bytes a page).
    """
    output, errors = pathlib.Path(output), pathlib.Path(errors)
    summary = Summary()
    done = (recover(output) | recover(errors)) if resume else set()
    out = LineWriter(output, append=resume)
    err = LineWriter(errors, append=resume)
    bar = _Progress(progress)
    workers = workers or default_workers()
    started = time.perf_counter()
    seen: set[str] = set()

    def fresh() -> Iterator[dict]:
        for record in records:
            rid = str(record["id"])
            if rid in done:
                summary.skipped += 1
            elif rid in seen:
                yield {"id": rid, "source": record.get("source", rid),
                       "invalid": "duplicate id: a page with this id was already processed in this run"}
            else:
                seen.add(rid)
                yield record

    chunks = _chunks(fresh(), chunk_size)
    results = _in_processes(chunks, workers) if workers > 1 else map(extract_chunk, chunks)
    try:
        for outcomes in results:
            for outcome in outcomes:
                if outcome.line is not None:
                    out.write(outcome.line)
                    summary.written += 1
                else:
                    err.write(json.dumps(outcome.error, ensure_ascii=False))
                    summary.errors += 1
            out.flush()
            err.flush()
            bar.update(len(outcomes))
    finally:
        out.close()
        err.close()
        bar.close()
        summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------- the command

def add_arguments(parser) -> None:
    """The `newsextract batch` options (registered by `cli.py`)."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="page files, directories (every *.txt below), globs, or JSON Lines files "
                             "(*.jsonl, or - for standard input) of {\"id\", \"text\", \"published\"} records")
    parser.add_argument("-o", "--output", required=True,
                        help="the JSON Lines file to write (for --format parquet: a directory)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl",
                        help="jsonl: one page per line; parquet: flat tables pages, articles, dates, "
                             "organizations, statistics, events (one file each, plus pages.jsonl)")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes (default: the machine's cores; 1 runs in this process)")
    parser.add_argument("--published-from-name", metavar="REGEX",
                        help="read the publication date from the file name or id, e.g. '(\\d{4}-\\d{2}-\\d{2})'")
    parser.add_argument("--errors", metavar="ERRORS.jsonl",
                        help="where failed pages go (default: OUT.errors.jsonl, or OUT/errors.jsonl)")
    parser.add_argument("--resume", action="store_true",
                        help="keep what an earlier run wrote and skip the ids already done")
    parser.add_argument("--progress", action=_BooleanOptional, default=None,
                        help="show a progress bar on stderr (default: only when stderr is a terminal)")


try:  # Python ≥ 3.9
    from argparse import BooleanOptionalAction as _BooleanOptional
except ImportError:  # pragma: no cover
    _BooleanOptional = "store_true"  # type: ignore[assignment]


def command(args) -> int:
    """Run `newsextract batch` from parsed arguments; the exit status."""
    try:
        date_from_name = published_from_name(args.published_from_name) if args.published_from_name else None
    except re.error as err:
        print(f"newsextract batch: --published-from-name is not a valid regex: {err}", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("newsextract batch: --workers must be at least 1", file=sys.stderr)
        return 2
    out = pathlib.Path(args.output)
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print("newsextract batch: --format parquet needs pyarrow: pip install 'newsextract[parquet]'",
                  file=sys.stderr)
            return 2
        if out.exists() and not out.is_dir():
            print(f"newsextract batch: {out} exists and is not a directory; --format parquet writes "
                  "a directory of tables", file=sys.stderr)
            return 2
        journal, errors = out / "pages.jsonl", pathlib.Path(args.errors or out / "errors.jsonl")
    else:
        journal, errors = out, pathlib.Path(args.errors or f"{out}.errors.jsonl")
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    summary = run(iter_records(args.inputs, date_from_name=date_from_name), journal, errors,
                  workers=args.workers, resume=args.resume, progress=progress)
    tables = ""
    if args.format == "parquet":
        from .tables import write_tables_from_jsonl

        counts = write_tables_from_jsonl(journal, out)
        tables = "; tables: " + ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"newsextract batch: {summary.written} pages written, {summary.errors} errors (in {errors}), "
          f"{summary.skipped} already done; {summary.pages_per_second:.1f} pages/s{tables}", file=sys.stderr)
    return 0
