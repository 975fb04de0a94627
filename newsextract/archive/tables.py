"""Flat Parquet tables for analysts: pages, articles, dates, organizations, statistics, events, places.

One row per page, per article and per mention, each keyed by `page_id` and
`article_id` (mentions also by `index`, their position in the article's list,
which is what an event's `date_mention` and `*_mentions` point at). The tables
are built from the JSON Lines records `newsextract batch` writes, so they hold
exactly the pages of the JSON Lines file. Needs pyarrow (`newsextract[parquet]`),
imported on first use only.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import pathlib
from collections.abc import Iterable, Iterator, Mapping
from functools import cache

TABLES = ("pages", "articles", "dates", "organizations", "statistics", "events", "places")

_STR, _INT, _BOOL, _DATE, _FLOAT, _STRS, _INTS = "string", "int64", "bool", "date", "float64", "strings", "ints"

# Column name → type, per table. The order is the column order of the file.
COLUMNS: dict[str, dict[str, str]] = {
    "pages": {"page_id": _STR, "schema_version": _STR, "published": _DATE, "published_inferred": _BOOL,
              "home_city": _STR, "home_province": _STR, "home_inferred": _BOOL,
              "articles": _INT, "entities": _INT},
    "articles": {"page_id": _STR, "article_id": _STR, "kind": _STR, "headline": _STR,
                 "headline_start": _INT, "headline_end": _INT, "labels": _STRS, "subheadings": _STRS,
                 "reporters": _STRS, "correspondents": _STRS, "photographers": _STRS, "authors": _STRS,
                 "dateline": _STR, "continued_from": _STR, "continued_to": _STR, "truncated": _BOOL,
                 "illustrates": _STR, "start": _INT, "end": _INT, "paragraphs": _INT, "text": _STR,
                 "dates": _INT, "organizations": _INT, "statistics": _INT, "events": _INT, "places": _INT,
                 "focus_canonical": _STR, "focus_code": _STR, "focus_level": _STR},
    "dates": {"page_id": _STR, "article_id": _STR, "index": _INT, "text": _STR, "start": _INT, "end": _INT,
              "value_start": _DATE, "value_end": _DATE, "grain": _STR, "resolution": _STR,
              "part_of_day": _STR, "time": _STR, "clock_start": _STR, "clock_end": _STR, "clock_approx": _BOOL},
    "organizations": {"page_id": _STR, "article_id": _STR, "index": _INT, "text": _STR, "start": _INT,
                      "end": _INT, "canonical": _STR, "kind": _STR},
    "statistics": {"page_id": _STR, "article_id": _STR, "index": _INT, "text": _STR, "start": _INT,
                   "end": _INT, "value": _FLOAT, "value_max": _FLOAT, "value_exact": _STR,
                   "value_max_exact": _STR, "unit": _STR, "kind": _STR, "approx": _STR, "subject": _STR,
                   "scope": _STR, "change_direction": _STR, "change_baseline": _STR, "change_measure": _STR},
    "events": {"page_id": _STR, "article_id": _STR, "index": _INT, "type": _STR, "trigger": _STR,
               "start": _INT, "end": _INT, "date_start": _DATE, "date_end": _DATE, "location": _STR,
               "organizers": _STRS, "participants": _STRS, "theme": _STR, "date_mention": _INT,
               "organization_mentions": _INTS, "statistic_mentions": _INTS},
    "places": {"page_id": _STR, "article_id": _STR, "index": _INT, "text": _STR, "start": _INT, "end": _INT,
               "canonical": _STR, "code": _STR, "level": _STR, "kind": _STR, "resolution": _STR, "changed": _INT},
}


@cache
def schemas() -> dict:
    """The pyarrow schema of each table."""
    import pyarrow as pa

    types = {_STR: pa.string(), _INT: pa.int64(), _BOOL: pa.bool_(), _DATE: pa.date32(),
             _FLOAT: pa.float64(), _STRS: pa.list_(pa.string()), _INTS: pa.list_(pa.int64())}
    return {name: pa.schema([(column, types[kind]) for column, kind in columns.items()])
            for name, columns in COLUMNS.items()}


def _date(value: object) -> _dt.date | None:
    return _dt.date.fromisoformat(value) if isinstance(value, str) else None


def _number(value: str | None) -> float | None:
    return float(value) if value is not None else None


def _value(range_: Mapping | None, key: str) -> _dt.date | None:
    return _date(range_.get(key)) if range_ else None


def flatten(record: Mapping) -> dict[str, list[dict]]:
    """The rows of one output record (a page in the contract plus its `id`), per table."""
    page_id = str(record["id"])
    home = record.get("home") or {}
    articles = record.get("articles") or []
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["pages"].append({
        "page_id": page_id, "schema_version": record.get("schema_version"),
        "published": _date(record.get("published")), "published_inferred": record.get("published_inferred"),
        "home_city": home.get("city"), "home_province": home.get("province"), "home_inferred": home.get("inferred"),
        "articles": len(articles), "entities": len(record.get("entities") or []),
    })
    for article in articles:
        key = {"page_id": page_id, "article_id": article["id"]}
        byline = article.get("byline") or {}
        paragraphs = article.get("paragraphs") or []
        spans = [span for p in paragraphs for span in p.get("spans") or []]
        headline_span = article.get("headline_span") or (None, None)
        rows["articles"].append({
            **key, "kind": article.get("kind"), "headline": article.get("headline"),
            "headline_start": headline_span[0], "headline_end": headline_span[1],
            "labels": article.get("labels") or [], "subheadings": article.get("subheadings") or [],
            **{role: byline.get(role) or [] for role in ("reporters", "correspondents", "photographers", "authors")},
            "dateline": article.get("dateline"), "continued_from": article.get("continued_from"),
            "continued_to": article.get("continued_to"), "truncated": article.get("truncated"),
            "illustrates": article.get("illustrates"),
            "start": min((s for s, _ in spans), default=None), "end": max((e for _, e in spans), default=None),
            "paragraphs": len(paragraphs), "text": "\n".join(p.get("text", "") for p in paragraphs),
            **{name: len(article.get(name) or []) for name in ("dates", "organizations", "statistics", "events",
                                                                "places")},
            **{f"focus_{field}": (article.get("focus") or {}).get(field) for field in ("canonical", "code", "level")},
        })
        for k, m in enumerate(article.get("dates") or []):
            rows["dates"].append({
                **key, "index": k, "text": m["text"], "start": m["start"], "end": m["end"],
                "value_start": _value(m.get("value"), "start"), "value_end": _value(m.get("value"), "end"),
                "grain": m.get("grain"), "resolution": m.get("resolution"), "part_of_day": m.get("part_of_day"),
                "time": m.get("time"), "clock_start": (m.get("clock") or {}).get("start"),
                "clock_end": (m.get("clock") or {}).get("end"),
                "clock_approx": (m.get("clock") or {}).get("approx") if m.get("clock") else None,
            })
        for k, m in enumerate(article.get("organizations") or []):
            rows["organizations"].append({**key, "index": k, "text": m["text"], "start": m["start"],
                                          "end": m["end"], "canonical": m.get("canonical"), "kind": m.get("kind")})
        for k, m in enumerate(article.get("statistics") or []):
            change = m.get("change") or {}
            rows["statistics"].append({
                **key, "index": k, "text": m["text"], "start": m["start"], "end": m["end"],
                "value": _number(m.get("value")), "value_max": _number(m.get("value_max")),
                "value_exact": m.get("value"), "value_max_exact": m.get("value_max"),
                "unit": m.get("unit"), "kind": m.get("kind"), "approx": m.get("approx"),
                "subject": m.get("subject"), "scope": m.get("scope"), "change_direction": change.get("direction"),
                "change_baseline": change.get("baseline"), "change_measure": change.get("measure"),
            })
        for k, m in enumerate(article.get("events") or []):
            rows["events"].append({
                **key, "index": k, "type": m.get("type"), "trigger": m.get("trigger"),
                "start": m.get("start"), "end": m.get("end"),
                "date_start": _value(m.get("date"), "start"), "date_end": _value(m.get("date"), "end"),
                "location": m.get("location"), "organizers": m.get("organizers") or [],
                "participants": m.get("participants") or [], "theme": m.get("theme"),
                "date_mention": m.get("date_mention"),
                "organization_mentions": m.get("organization_mentions") or [],
                "statistic_mentions": m.get("statistic_mentions") or [],
            })
        for k, m in enumerate(article.get("places") or []):
            rows["places"].append({**key, "index": k, "text": m["text"], "start": m["start"], "end": m["end"],
                                   **{name: m.get(name) for name in ("canonical", "code", "level", "kind",
                                                                    "resolution", "changed")}})
    return rows


def table_paths(directory: str | os.PathLike[str], *, names: Iterable[str] = TABLES,
                suffix: str = ".parquet") -> list[pathlib.Path]:
    """The files of the tables in `directory`."""
    return [pathlib.Path(directory) / f"{name}{suffix}" for name in names]


def _tmp_path(path: pathlib.Path) -> pathlib.Path:
    """Where a table is written before it is renamed into place: a hidden name, which
    dataset readers (pyarrow, pandas, DuckDB globs of `*.parquet`) pass over."""
    return path.with_name(f".{path.name}.tmp")


def remove_stale_tmp(directory: str | os.PathLike[str], *, names: Iterable[str] = TABLES,
                     suffix: str = ".parquet") -> list[pathlib.Path]:
    """Delete the unfinished table files a killed run left in `directory` (ours only:
    `.<table>.parquet.tmp`, and `<table>.parquet.tmp` of older versions); the ones removed."""
    removed = []
    for path in table_paths(directory, names=names, suffix=suffix):
        for stale in (_tmp_path(path), path.with_name(path.name + ".tmp")):
            if stale.is_file():
                stale.unlink()
                removed.append(stale)
    return removed


class TableWriter:
    """Writes the six tables as `DIR/<table>.parquet`, a row group per batch of pages.

    Each table is written under a hidden temporary name (`.<table>.parquet.tmp`) and
    renamed into place on `close`, after all of them are complete, so a reader never
    sees a half-written table. The renames are one per table, not one for the set: a
    process killed between them leaves some tables of the previous run, which the
    next run replaces (the stale temporary files are deleted when a writer starts).
    Memory holds one batch of pages at most.
    """

    def __init__(self, directory: str | os.PathLike[str], *, batch_pages: int = 500,
                 names: Iterable[str] = TABLES, suffix: str = ".parquet"):
        import pyarrow.parquet as pq

        self.directory = pathlib.Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.batch_pages = batch_pages
        self.counts = {name: 0 for name in names}
        remove_stale_tmp(self.directory, names=self.counts, suffix=suffix)
        self._paths = {name: self.directory / f"{name}{suffix}" for name in self.counts}
        self._writers = {name: pq.ParquetWriter(str(_tmp_path(path)), schemas()[name])
                         for name, path in self._paths.items()}
        self._rows: dict[str, list[dict]] = {name: [] for name in self.counts}
        self._pages = 0

    def add(self, record: Mapping) -> None:
        """Add one output record's rows."""
        for name, rows in flatten(record).items():
            self._rows[name].extend(rows)
        self._pages += 1
        if self._pages >= self.batch_pages:
            self._write()

    def _write(self) -> None:
        import pyarrow as pa

        for name, rows in self._rows.items():
            if rows:
                self._writers[name].write_table(pa.Table.from_pylist(rows, schema=schemas()[name]))
                self.counts[name] += len(rows)
                rows.clear()
        self._pages = 0

    def close(self) -> dict[str, int]:
        """Finish the files and move them into place; the row count of each table."""
        self._write()
        for writer in self._writers.values():
            writer.close()
        for path in self._paths.values():  # only once every table is complete
            os.replace(_tmp_path(path), path)
        return dict(self.counts)

    def abort(self) -> None:
        """Drop the unfinished files."""
        for name, writer in self._writers.items():
            writer.close()
            _tmp_path(self._paths[name]).unlink(missing_ok=True)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[dict]:
    """The records of a JSON Lines output file, one at a time."""
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def write_tables(records: Iterable[Mapping], directory: str | os.PathLike[str], *,
                 batch_pages: int = 500, suffix: str = ".parquet") -> dict[str, int]:
    """Write output records as the six tables in `directory`; the row count of each."""
    writer = TableWriter(directory, batch_pages=batch_pages, suffix=suffix)
    try:
        for record in records:
            writer.add(record)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def write_tables_from_jsonl(jsonl: str | os.PathLike[str], directory: str | os.PathLike[str],
                            **options) -> dict[str, int]:
    """The tables of a `newsextract batch` JSON Lines file, streamed a batch at a time."""
    return write_tables(read_jsonl(jsonl), directory, **options)
