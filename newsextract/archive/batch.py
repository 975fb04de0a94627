"""Batch extraction: many pages in, one JSON Lines record per page out.

Archives are large, so every stage streams: inputs are listed and read lazily,
at most a few chunks of pages are in flight between the reader and the worker
processes, and each result is written as one whole line as soon as it is in.
Nothing is lost: a page that cannot be read or extracted becomes a line in the
errors file, and an interrupted run resumes where it stopped, so every page ends
up exactly once in the output or in the errors file.

Safety rules: outputs never overwrite inputs and are never each other
(`check_paths`); a JSON Lines `path` record is read only below a root folder; a
page is read up to a size cap (`max_bytes`); in worker processes a page has a
time limit, past which its worker is replaced and the page becomes an error
record. A page under the limit runs to the end undisturbed, so its result never
depends on timing.

The per-page function `extract_record` is the same here and on a Dask cluster
(`newsextract.archive.distributed`).
"""
from __future__ import annotations

import collections
import fnmatch
import glob
import json
import multiprocessing
import multiprocessing.connection
import os
import pathlib
import queue
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TextIO, cast

from ..pipeline import extract
from ..text.decoding import UndecodableError, decode

# Records read from a JSON Lines input: `{"id", "text", "published", "home", ...}`.
Record = Mapping[str, object]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_PAGE_SUFFIX = ".txt"  # any case: `P01.TXT` is a page too
_GLOB_CHARS = re.compile(r"[*?\[]")

# Control characters other than layout whitespace, and the replacement character:
# text pages have next to none, binary files decoded by accident are full of them.
# Counterexample: a page with a stray form feed or tab from OCR is still a page.
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_BINARY_SHARE = 0.01

# A lone surrogate: what `json.loads` makes of `"\ud800"` and Python of an undecodable
# file name; such a str cannot be written as UTF-8.
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # the escapes read by `re`: no lone surrogate in the source

DEFAULT_MAX_BYTES = 8 * 2**20
"""The size cap of one page in bytes (8 MiB; a newspaper page is some 10-100 KB)."""

DEFAULT_PAGE_TIMEOUT = 60.0
"""The time limit of one page in a worker process, in seconds."""

# A JSON line may spell each byte of its text as a 6-byte `\\uXXXX` escape.
_JSON_GROWTH = 6
_JSON_SLACK = 65536


class Outcome(NamedTuple):
    """One page's result: its output line (the page with its id) or its error record."""

    id: str
    line: str | None
    error: dict | None


class PathConflict(ValueError):
    """An output that is an input, would be read as one, or is another output."""


def printable(text: str) -> str:
    """`text` with lone surrogates spelled `\\udc81`, so it can be written as UTF-8."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if _SURROGATE.search(text) else text


def _surrogate_reason(field: str, value: str) -> str | None:
    match = _SURROGATE.search(value)
    if match is None:
        return None
    return (f"the {field} holds a lone surrogate U+{ord(match.group()):04X} at character {match.start()}, "
            "which is not Unicode text")


# ---------------------------------------------------------------- inputs

def published_from_name(pattern: str | re.Pattern[str]) -> Callable[[str], str | None]:
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


def _is_page_file(path: pathlib.Path) -> bool:
    """A `*.txt` file in any case of the extension; a broken link counts, so that it
    becomes an error record instead of vanishing."""
    return path.name.lower().endswith(_PAGE_SUFFIX) and (path.is_file() or (path.is_symlink() and not path.exists()))


def _expand(item: str) -> Iterator[pathlib.Path]:
    """The files an input names: itself, the `*.txt` below a directory, or a glob's matches."""
    path = pathlib.Path(item)
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if _is_page_file(p))
    elif path.exists() or path.is_symlink() or not _GLOB_CHARS.search(item):
        yield path  # a missing plain path becomes an error record, not a silent skip
    else:
        for match in sorted(glob.iglob(item, recursive=True)):
            candidate = pathlib.Path(match)
            if candidate.is_dir():
                yield from _expand(match)
            elif candidate.is_file() or (candidate.is_symlink() and not candidate.exists()):
                yield candidate


def _capped_lines(handle, cap: int) -> Iterator[bytes | None]:
    """The lines of a binary file, each read only up to `cap` bytes: a longer line is
    skipped without being held in memory and given as None."""
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # the rest of the long line, a block at a time
            line = handle.readline(1 << 20)
        yield None


def _within(path: str, root: str) -> bool:
    real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _jsonl_records(path: pathlib.Path | None, *, root: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[dict]:
    """The records of a JSON Lines file (None: standard input), one at a time; a broken
    line, an id that is not Unicode text and a `path` outside `root` (default: the
    file's folder) are error records."""
    if path is None:
        handle, shown = open(sys.stdin.fileno(), "rb", closefd=False), "<stdin>"
        folder = os.getcwd()
    else:
        shown = str(path)
        folder = os.path.dirname(os.path.abspath(path))
        try:
            handle = open(path, "rb")
        except OSError as err:
            name = printable(str(path))
            yield {"id": name, "source": name, "invalid": f"unreadable file: {printable(str(err))}"}
            return
    root = os.path.realpath(root if root is not None else folder)
    cap = _JSON_GROWTH * max_bytes + _JSON_SLACK
    with handle:
        for number, raw in enumerate(_capped_lines(handle, cap), 1):
            source = printable(f"{shown}:{number}")
            if raw is None:
                yield {"id": source, "source": source,
                       "invalid": f"line longer than {cap} bytes: the page is over the size cap of {max_bytes} bytes"}
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError("the line is not a JSON object")
            except ValueError as err:
                yield {"id": source, "source": source, "invalid": f"unreadable JSON line: {printable(str(err))}"}
                continue
            rid = record.get("id")
            rid = source if rid is None or rid == "" else str(rid)
            reason = _surrogate_reason("id", rid)
            if reason:  # the id cannot be written, so the line's place stands in for it
                yield {"id": source, "source": source, "invalid": reason}
                continue
            record["id"] = rid
            record.setdefault("source", source)
            if record.get("text") is None and record.get("path"):
                where = str(record["path"])
                reason = _surrogate_reason("path", where)
                if reason is None and not _within(where, root):
                    reason = f"path {where!r} is outside the root folder {printable(root)} (name another with --root)"
                if reason:
                    record["invalid"] = reason
            yield record


def _file_record(path: pathlib.Path) -> dict:
    """A page file's record; a file name that is not UTF-8 is shown with `\\xNN` escapes."""
    name = str(path)
    shown = os.fsencode(name).decode("utf-8", "backslashreplace") if _SURROGATE.search(name) else name
    return {"id": shown, "path": name, "source": shown}


def iter_records(inputs: Iterable[str], *, date_from_name: Callable[[str], str | None] | None = None,
                 root: str | os.PathLike[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> Iterator[dict]:
    """Records for files, directories, globs and JSON Lines files, lazily and in order.

    A text file gives `{"id": path, "path": path}` (read by the worker, so the
    reader stays light); a JSON Lines file, or `-` for standard input, gives its
    records. A JSON Lines `path` record is read only below `root` (default: the
    folder of its JSON Lines file; for standard input, the working directory).
    Where a record has no `published`, `date_from_name` reads one from the path or the id.
    """
    for item in inputs:
        for path in _expand(item) if item != "-" else [None]:
            if path is None or path.suffix.lower() in _JSONL_SUFFIXES:
                records = _jsonl_records(path, root=None if root is None else os.fspath(root), max_bytes=max_bytes)
            else:
                records = iter([_file_record(path)])
            for record in records:
                if date_from_name is not None and not record.get("published") and "invalid" not in record:
                    record["published"] = date_from_name(str(record.get("path") or record["id"]))
                yield record


# ---------------------------------------------------------------- the rules for output paths

def _same(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _glob_matches(pattern: str, path: str) -> bool:
    """Whether `glob(pattern, recursive=True)` would list `path` once it exists."""
    wanted = os.path.abspath(pattern).split(os.sep)
    parts = os.path.abspath(path).split(os.sep)

    def match(i: int, j: int) -> bool:
        if i == len(wanted):
            return j == len(parts)
        if wanted[i] == "**":
            return any(match(i + 1, k) for k in range(j, len(parts) + 1))
        return (j < len(parts) and fnmatch.fnmatchcase(parts[j], wanted[i])
                and (not parts[j].startswith(".") or wanted[i].startswith(".")) and match(i + 1, j + 1))

    return match(0, 0)


def _read_as_input(item: str, output: str) -> str | None:
    """How the input `item` would read `output`, or None when it would not."""
    def under_folder(folder: str) -> bool:
        return _within(output, os.path.realpath(folder)) and output.lower().endswith(_PAGE_SUFFIX)

    path = pathlib.Path(item)
    if path.is_dir():
        return f"is a page file inside the input folder {item}" if under_folder(item) else None
    if path.exists() or not _GLOB_CHARS.search(item):
        return f"is the input {item}" if path.exists() and _same(item, output) else None
    if _glob_matches(item, output):  # a pattern reads every file it matches
        return f"matches the input pattern {item}"
    for match in glob.iglob(item, recursive=True):
        if os.path.isdir(match) and under_folder(match):
            return f"is a page file inside the input folder {match}"
        if _same(match, output):
            return f"matches the input pattern {item}"
    return None


def check_paths(inputs: Iterable[str], outputs: Mapping[str, str | os.PathLike[str]]) -> None:
    """Refuse a run whose outputs would overwrite an input or each other.

    `outputs` maps the option that names each output file (`-o`, `--errors`,
    `-o (table articles.parquet)`) to its path. Files are compared by resolved
    path and, where both exist, by identity (hard links, bind mounts); a folder
    input reads every `*.txt` below it, a pattern every file it matches.
    Raises `PathConflict` naming the option and the path.
    """
    named = [(option, os.fspath(path)) for option, path in outputs.items()]
    for k, (option, path) in enumerate(named):
        for other, other_path in named[:k]:
            if _same(path, other_path):
                raise PathConflict(f"{option} {path} is the same file as {other} {other_path}; "
                                   "outputs must be different files")
    for item in inputs:
        if item == "-":
            continue
        for option, path in named:
            how = _read_as_input(item, path)
            if how:
                raise PathConflict(f"{option} {path} {how}; an output never overwrites an input")


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
    rid = printable(str(record.get("id")))
    return Outcome(rid, None, {"id": rid, "source": printable(str(record.get("source", rid))),
                               "reason": printable(reason)})


def page_line(rid: str, page_json: str) -> str:
    """The output line: the page's contract JSON with `id` as its first key."""
    return '{"id":' + json.dumps(rid, ensure_ascii=False) + "," + page_json[1:]


def _too_large(size: int, max_bytes: int) -> str:
    return f"page too large: {size} bytes, over the size cap of {max_bytes} bytes (--max-bytes)"


def _text_size(text: str, max_bytes: int) -> int:
    """The UTF-8 size of `text`; a text too short to reach the cap is not encoded."""
    if 4 * len(text) <= max_bytes:
        return len(text)  # at most 4 bytes a character: under the cap whatever its size
    return len(text.encode("utf-8", "surrogatepass"))


def _read_page(path: str, max_bytes: int) -> bytes | str:
    """The bytes of a page file, never more than `max_bytes` + 1 of them (so `/dev/zero`
    cannot grow memory), or the reason it cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as err:
        if os.path.islink(path):
            return f"broken symbolic link to {printable(os.readlink(path))}"
        return f"unreadable file: {printable(str(err))}"
    except OSError as err:
        return f"unreadable file: {printable(str(err))}"
    if len(data) > max_bytes:
        return f"page too large: over the size cap of {max_bytes} bytes (--max-bytes)"
    return data


def extract_record(record: Record, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Extract one record's page; any failure becomes its error record, never an exception.

    A page over `max_bytes` (UTF-8 bytes of its text, or bytes of its file) is an
    error record; so is a record whose strings are not Unicode text (lone surrogates).
    """
    if "invalid" in record:
        return _error(record, str(record["invalid"]))
    try:
        for field in ("id", "published", "home"):
            value = record.get(field)
            reason = _surrogate_reason(field, value) if isinstance(value, str) else None
            if reason:
                return _error(record, reason)
        if record.get("text") is not None:
            data = record["text"]
        elif record.get("path"):
            data = _read_page(str(record["path"]), max_bytes)
            if isinstance(data, str):
                return _error(record, data)
        else:
            return _error(record, "record has neither text nor path")
        if not isinstance(data, (str, bytes)):
            return _error(record, f"text must be a string, got {type(data).__name__}")
        size = _text_size(data, max_bytes) if isinstance(data, str) else len(data)
        if size > max_bytes:
            return _error(record, _too_large(size, max_bytes))
        if isinstance(data, str):
            reason = _surrogate_reason("text", data)
            if reason:
                return _error(record, reason)
        try:
            text = decode(data)
        except UndecodableError as err:
            # bytes that an encoding reads, but not as Chinese, may be a binary file: say so
            reason = junk_reason(err.reading) if err.reading is not None else None
            return _error(record, reason or f"undecodable bytes: {err}")
        reason = junk_reason(text)
        if reason:
            return _error(record, reason)
        # any JSON value, as it came: `extract` checks the types, and its error is the record's reason
        published: Any = record.get("published") or None
        home: Any = record.get("home") or None
        page = extract(text, published=published, home=home)
        line = page_line(str(record["id"]), page.model_dump_json())
        reason = _surrogate_reason("page's JSON", line)  # a last guard: a line is always UTF-8
        if reason:
            return _error(record, reason)
        return Outcome(str(record["id"]), line, None)
    except Exception as err:  # noqa: BLE001 - one bad page must not stop an archive
        return _error(record, f"{type(err).__name__}: {err}")


def extract_chunk(records: Sequence[Record], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Outcome]:
    """`extract_record` over a chunk: one task per few pages keeps the pipes quiet."""
    return [extract_record(record, max_bytes=max_bytes) for record in records]


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
    """Appends whole lines and flushes them, so a killed run leaves at most one partial line.

    A failed write (a full disk, `/dev/full`) raises `OSError` naming the file."""

    def __init__(self, path: pathlib.Path, *, append: bool):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._handle: TextIO = open(path, "a" if append else "w", encoding="utf-8", newline="\n")
        except OSError as err:
            raise self._failed(err) from err

    def _failed(self, err: OSError) -> OSError:
        return OSError(err.errno, f"cannot write: {err.strerror or err}", str(self.path))

    def write(self, line: str) -> None:
        try:
            self._handle.write(line + "\n")
        except OSError as err:
            raise self._failed(err) from err

    def flush(self) -> None:
        try:
            self._handle.flush()
        except OSError as err:
            raise self._failed(err) from err

    def close(self) -> None:
        try:
            self._handle.close()
        except OSError as err:
            raise self._failed(err) from err


# ---------------------------------------------------------------- the run

@dataclass
class Summary:
    """What a run did: pages written, errors recorded, pages skipped because already done
    (`failed_before` of them are in the errors file), whether Ctrl-C stopped it."""

    written: int = 0
    errors: int = 0
    skipped: int = 0
    failed_before: int = 0
    seconds: float = 0.0
    interrupted: bool = False

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


def _read_ahead(chunks: Iterator[list[dict]], size: int) -> queue.Queue:
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
    """Load what extraction loads on first use (the lexicons; the dictionary rows, which
    only a page with a column break reaches), so a worker's first page is not charged
    for it against the time limit."""
    from ..layout.joins import word_across

    extract("本报讯 3月12日,市民政局召开会议。", published="2025-03-13")
    word_across("全省性行业协", "会商会共签约")


_READY = "ready"


def _work(conn, parent: int, max_bytes: int) -> None:
    """A worker process: warm up, say so, then answer each chunk it is sent page by page."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch process's to handle
    _watch_parent(parent)
    _warm()
    conn.send(_READY)
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for record in chunk:
            conn.send(extract_record(record, max_bytes=max_bytes))


def _context():
    """Fork where it is safe (Linux): workers start warm and at once. Elsewhere the default."""
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


class _Worker:
    """One worker process, the pages it was sent and has not answered, and the time its
    current page started (from the parent's clock: the last answer or the hand-over)."""

    def __init__(self, max_bytes: int):
        ctx = _context()
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_work, args=(child, os.getpid(), max_bytes),
                                   name="newsextract-batch-worker", daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.seq = -1
        self.pages: collections.deque[tuple[int, dict]] = collections.deque()
        self.since = time.monotonic()

    def send(self, seq: int, pages: list[tuple[int, dict]]) -> None:
        self.seq, self.pages = seq, collections.deque(pages)
        self.since = time.monotonic()
        self.conn.send([record for _, record in pages])

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _in_processes(chunks: Iterator[list[dict]], workers: int, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  page_timeout: float | None = None) -> Generator[list[Outcome], None, None]:
    """Chunks through `workers` worker processes, in input order, with at most 3 chunks per
    worker between the reader and the writer.

    A worker is handed a chunk only when it is idle (so no pipe can block both ends)
    and answers page by page, so the parent always knows which page each worker is on.
    A page over `page_timeout` seconds becomes an error record and its worker is
    killed and replaced; the rest of its chunk goes to the new worker. A worker that
    dies (a crash in native code, the out-of-memory killer) is replaced and its page
    is tried once more; a page that kills two workers becomes an error record.
    """
    window = 3 * workers
    if _context().get_start_method() == "fork":
        _warm()  # once here: every worker, a replacement too, is forked warm
    pool = [_Worker(max_bytes) for _ in range(workers)]  # forked now, before the reader thread exists
    ahead = _read_ahead(chunks, window)
    todo: collections.deque[tuple[int, list[tuple[int, dict]]]] = collections.deque()
    slots: dict[int, list[Outcome | None]] = {}
    left: dict[int, int] = {}
    died_once: set[tuple[int, int]] = set()
    next_seq = emitted = 0
    exhausted = False

    def answer(seq: int, index: int, outcome: Outcome) -> None:
        slots[seq][index] = outcome
        left[seq] -= 1

    def lost(k: int, worker: _Worker, reason: str | None) -> None:
        """Worker `k` is gone: its current page gets `reason` (None: a second try), the rest is redone."""
        if worker.pages:
            index, record = worker.pages[0]
            rest = list(worker.pages)
            if reason is None:
                if (worker.seq, index) in died_once:
                    code = worker.process.exitcode
                    how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
                    reason = f"a worker process died on this page twice ({how})"
                else:
                    died_once.add((worker.seq, index))
            if reason is not None:
                answer(worker.seq, index, _error(record, reason))
                rest = rest[1:]
            if rest:
                todo.appendleft((worker.seq, rest))
        if not worker.ready:
            raise RuntimeError(f"a batch worker process failed to start (exit status {worker.process.exitcode})")
        pool[k] = _Worker(max_bytes)

    finished = False
    try:
        while True:
            while not exhausted and next_seq - emitted < window and len(todo) < workers:
                busy = emitted < next_seq
                try:  # wait for input only when nothing is in flight, else the workers' answers wait
                    chunk = ahead.get(block=not busy)
                except queue.Empty:
                    break
                if chunk is _END:
                    exhausted = True
                elif isinstance(chunk, BaseException):
                    raise chunk
                else:
                    slots[next_seq], left[next_seq] = [None] * len(chunk), len(chunk)
                    todo.append((next_seq, list(enumerate(chunk))))
                    next_seq += 1
            for worker in pool:
                if worker.ready and not worker.pages and todo:
                    try:
                        worker.send(*todo[0])
                        todo.popleft()
                    except OSError:  # it died while idle: found below by its end of file
                        worker.pages.clear()
            while emitted < next_seq and left[emitted] == 0:
                yield cast(list[Outcome], slots.pop(emitted))  # every slot filled: left[emitted] == 0
                del left[emitted]
                emitted += 1
            if exhausted and emitted == next_seq:
                finished = True
                return
            now = time.monotonic()  # wake for an answer, for a page's time limit, or to look for input
            wait = None if exhausted or next_seq - emitted >= window or len(todo) >= workers else 0.02
            if page_timeout is not None:
                for worker in pool:
                    if worker.ready and worker.pages:
                        due = max(0.0, worker.since + page_timeout - now)
                        wait = due if wait is None else min(wait, due)
            ready = multiprocessing.connection.wait([w.conn for w in pool], wait)
            for k, worker in enumerate(pool):
                if worker.conn not in ready:
                    continue
                try:
                    while worker.conn.poll():
                        message = worker.conn.recv()
                        if message == _READY:
                            worker.ready = True
                        else:
                            index, _ = worker.pages.popleft()
                            answer(worker.seq, index, message)
                        worker.since = time.monotonic()
                except (EOFError, OSError):
                    worker.process.join()
                    worker.conn.close()
                    lost(k, worker, None)
            if page_timeout is not None:
                now = time.monotonic()
                for k, worker in enumerate(pool):
                    if worker.ready and worker.pages and now - worker.since >= page_timeout:
                        worker.process.kill()
                        worker.process.join()
                        try:  # answers that were already on their way still count
                            while worker.pages and worker.conn.poll():
                                outcome = worker.conn.recv()
                                answer(worker.seq, worker.pages.popleft()[0], outcome)
                        except (EOFError, OSError):
                            pass
                        worker.conn.close()
                        lost(k, worker, f"took longer than the time limit of {page_timeout:g} s a page "
                                        "(--page-timeout); its worker process was replaced")
    finally:
        for worker in pool:
            if not worker.conn.closed:
                worker.stop(kill=not finished)


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


def run(records: Iterable[dict], output: str | os.PathLike[str], errors: str | os.PathLike[str], *,
        workers: int | None = None, resume: bool = False, retry_errors: bool = False, progress: bool = False,
        chunk_size: int = 4, max_bytes: int = DEFAULT_MAX_BYTES, page_timeout: float | None = None) -> Summary:
    """Extract every record into the JSON Lines file `output`, failures into `errors`.

    With `resume`, ids already in either file are skipped and a half-written last
    line is dropped first; without it both files are started afresh. With
    `retry_errors`, ids in the output are skipped and the errors file is started
    afresh, so the pages that failed before are run again and the errors file
    lists only what still fails. Pages go through `workers` processes and come out
    in input order; with one worker and no `page_timeout` they run in this process.
    A page over `max_bytes` or (in worker processes) over `page_timeout` seconds is
    an error record. Ctrl-C stops the run with every line written whole and the
    summary marked `interrupted`. Memory stays flat but for the set of ids already
    seen (some 100 bytes a page).
    """
    output, errors = pathlib.Path(output), pathlib.Path(errors)
    summary = Summary()
    done = recover(output) if resume or retry_errors else set()
    failed = recover(errors) - done if resume and not retry_errors else set()
    out = LineWriter(output, append=resume or retry_errors)
    err = LineWriter(errors, append=resume and not retry_errors)
    bar = _Progress(progress)
    workers = workers or default_workers()
    started = time.perf_counter()
    seen: set[str] = set()

    def fresh() -> Iterator[dict]:
        for record in records:
            rid = str(record["id"])
            if rid in done or rid in failed:
                summary.skipped += 1
                summary.failed_before += rid in failed
            elif rid in seen:
                yield {"id": rid, "source": record.get("source", rid),
                       "invalid": "duplicate id: a page with this id was already processed in this run"}
            else:
                seen.add(rid)
                yield record

    chunks = _chunks(fresh(), chunk_size)
    if workers > 1 or page_timeout is not None:
        results = _in_processes(chunks, workers, max_bytes=max_bytes, page_timeout=page_timeout)
    else:
        results = (extract_chunk(chunk, max_bytes) for chunk in chunks)
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
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        try:
            results.close()  # stops the workers
        finally:
            try:
                out.close()
            finally:
                err.close()
                bar.close()
                summary.seconds = time.perf_counter() - started
    return summary
