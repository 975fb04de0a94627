"""Run the batch on Dask: the same per-page function, Dask's scheduler (`newsextract[dask]`).

    import dask.bag as db
    from dask.distributed import Client
    from newsextract.archive.distributed import extract_bag, records_bag, write_parquet

    client = Client("scheduler:8786")              # or LocalCluster(...), or none: local threads
    records = records_bag(["archive/**/*.txt"], published_from_name=r"(\\d{4}-\\d{2}-\\d{2})")
    # or any bag of {"id", "text", "published"} dicts, e.g. db.read_text("s3://…/*.jsonl").map(json.loads)
    results = extract_bag(records)                 # a bag of output records and error records
    write_parquet(results, "tables/")              # tables/<table>/part-00000.parquet, …, one part per partition
    results.filter(is_page).map(json.dumps).to_textfiles("jsonl/*.jsonl")   # or JSON Lines

A page result is the page in the contract plus its `id` (the line `newsextract
batch` writes); an error result is `{"id", "source", "reason"}`. Records that name
a `path` instead of carrying `text` are read by the worker, so the workers need
the files; send `text` when they do not share a file system.
"""
from __future__ import annotations

import json
import os
import pathlib
from collections.abc import Iterable, Mapping

from .batch import DEFAULT_MAX_BYTES, extract_record, iter_records
from .batch import published_from_name as _date_reader
from .tables import TABLES, write_tables


def is_page(result: Mapping) -> bool:
    """True for a page result, False for an error record."""
    return "reason" not in result


def is_error(result: Mapping) -> bool:
    """True for an error record `{"id", "source", "reason"}`."""
    return "reason" in result


def extract_result(record: Mapping, *, max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """One record → its page result or its error record (never raises); a page over
    `max_bytes` is an error record."""
    outcome = extract_record(record, max_bytes=max_bytes)
    return json.loads(outcome.line) if outcome.line is not None else dict(outcome.error or {})


def extract_bag(records, *, max_bytes: int = DEFAULT_MAX_BYTES):
    """A `dask.bag.Bag` of records `{"id", "text" | "path", "published"?, "home"?}` →
    a bag of page results and error records, partition for partition. (A time limit
    per task is the cluster's to set; this function has none.)"""
    return records.map(extract_result, max_bytes=max_bytes)


def records_bag(inputs: Iterable[str], *, published_from_name: str | None = None,
                partition_size: int = 64, root: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
    """The records of files, directories, globs and JSON Lines files as a bag.

    Text files become `{"id", "path"}` records (cheap to list); JSON Lines records
    carry their text, so list those with `dask.bag.read_text` when they are large.
    JSON Lines `path` records are read only below `root` (default: their file's folder).
    """
    import dask.bag as db

    reader = _date_reader(published_from_name) if published_from_name else None
    records = list(iter_records(inputs, date_from_name=reader, root=root, max_bytes=max_bytes))
    return db.from_sequence(records, partition_size=max(1, partition_size))


def _write_part(results: Iterable[Mapping], directory: str, part: int) -> dict[str, int]:
    """Write one partition's tables as `directory/<table>/part-NNNNN.parquet` and its errors."""
    results = list(results)
    base = pathlib.Path(directory)
    name = f"part-{part:05d}"
    pages = [r for r in results if is_page(r)]
    scratch = base / f".{name}"
    counts = write_tables(pages, scratch)
    for table in TABLES:
        (base / table).mkdir(parents=True, exist_ok=True)
        os.replace(scratch / f"{table}.parquet", base / table / f"{name}.parquet")
    scratch.rmdir()
    errors = [r for r in results if is_error(r)]
    if errors:
        import pyarrow as pa
        import pyarrow.parquet as pq

        (base / "errors").mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist([{k: str(r.get(k)) for k in ("id", "source", "reason")} for r in errors])
        pq.write_table(table, str(base / "errors" / f"{name}.parquet"))
    counts["errors"] = len(errors)
    return counts


def write_parquet(results, directory: str | os.PathLike[str]) -> dict[str, int]:
    """Write a bag of results as Parquet datasets `directory/<table>/part-*.parquet`.

    Each partition is written by the worker that holds it (no data through the
    client); `errors/` gets the error records. Load a table whole with
    `pandas.read_parquet("DIR/articles")` or DuckDB `read_parquet('DIR/articles/*.parquet')`.
    Returns the row count of each table.
    """
    import dask

    parts = [dask.delayed(_write_part)(part, str(directory), k) for k, part in enumerate(results.to_delayed())]
    totals: dict[str, int] = {}
    for counts in dask.compute(*parts):
        for table, n in counts.items():
            totals[table] = totals.get(table, 0) + n
    return totals
