"""The one loader of the package's language data (`newsextract/data/*.tsv`).

Each file starts with a `# source:` line saying where its words come from; other
`#` lines are comments; rows are tab-separated. Loading validates: a missing
source line, a short row or a duplicate key is an error at load time, not a
silent wrong answer later. Results are cached and immutable.
"""
from __future__ import annotations

import functools
from importlib import resources
from types import MappingProxyType
from typing import Mapping


class LexiconError(ValueError):
    """A data file is malformed: the message names the file and the line."""


@functools.cache
def rows(name: str, columns: int = 1) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/<name>.tsv`, each with at least `columns` fields.

    Keys (first fields) must be unique.
    """
    path = resources.files("newsextract") / "data" / f"{name}.tsv"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# source:"):
        raise LexiconError(f"data/{name}.tsv: the first line must be '# source: …'")
    out: list[tuple[str, ...]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if len(fields) < columns or not fields[0]:
            raise LexiconError(f"data/{name}.tsv:{number}: expected {columns} tab-separated fields, got {line!r}")
        if fields[0] in seen:
            raise LexiconError(f"data/{name}.tsv:{number}: duplicate key {fields[0]!r} (first at line {seen[fields[0]]})")
        seen[fields[0]] = number
        out.append(fields)
    return tuple(out)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The first column of `data/<name>.tsv` as a set."""
    return frozenset(row[0] for row in rows(name))


@functools.cache
def mapping(name: str) -> Mapping[str, tuple[str, ...]]:
    """`data/<name>.tsv` as key → the remaining fields (at least one)."""
    return MappingProxyType({row[0]: row[1:] for row in rows(name, columns=2)})


def available() -> tuple[str, ...]:
    """Names of all data files, for the test that loads every one."""
    folder = resources.files("newsextract") / "data"
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv")))
