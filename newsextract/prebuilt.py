"""Values a fresh process's first call needs, built at packaging time.

Why: deriving them from `data/*.tsv` in every new process (scanning 38,000 township rows
for their names, validating the traditional → simplified table, reading the organization
vocabulary's files and building its automaton and width tables) was ~45 ms of the first call,
for values that change only with the data. `data/prebuilt.bin`, written by
`scripts/build_prebuilt.py`, holds each value with the sizes of the data files it was
built from; a value whose files have another size now is built from them as before, so
the file only ever saves time. `scripts/build_prebuilt.py --check` and
tests/test_prebuilt.py rebuild every value and compare, so the file cannot drift.
"""
from __future__ import annotations

import functools
import marshal
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

FILE = "prebuilt.bin"
T = TypeVar("T")

#: key → (the data files it is built from, `module:function` of its builder, relative to the package).
VALUES: dict[str, tuple[tuple[str, ...], str]] = {
    "townships": (("townships",), "places.gazetteer:township_table"),
    "traditional": (("traditional",), "text.folding:traditional_table"),
    "simplified_forms": (("traditional",), "text.folding:simplified_class"),
    "division_tables": (("divisions", "division_changes"), "places.gazetteer:division_tables"),
    # the organization vocabulary's own files, and the divisions (`regions.by_name`) and Taiwan
    # places (`home_words`) that open a name
    "org_vocabulary": (("org_suffixes", "org_aliases", "org_gazetteer", "org_company_forms", "org_stop",
                        "org_boundaries", "org_prefixes", "org_function_words", "org_words", "org_class_nouns",
                        "org_weak_heads", "countries", "home_words", "divisions", "division_changes",
                        "place_names"),
                       "organizations.vocabulary:parts"),
    # the words the stages find in one scan of an article: the organization vocabulary's,
    # the division names and the places stage's other names
    "anchors": (("org_suffixes", "org_aliases", "org_gazetteer", "org_company_forms", "org_stop",
                 "org_boundaries", "org_prefixes", "org_function_words", "org_words", "org_class_nouns",
                 "org_weak_heads", "countries", "home_words", "divisions", "division_changes",
                 "place_names", "division_aliases"),
                "anchors:table"),
}


#: key → the part of its value that is a pickled Aho-Corasick automaton: its bytes carry the
#: addresses of its nodes and differ from build to build, so `comparable` reads it back
PICKLED = {"anchors": "automaton"}


def sizes(sources: tuple[str, ...]) -> tuple[int, ...] | None:
    """The sizes of `data/<source>.tsv` (None where the package is not plain files)."""
    folder = resources.files("newsextract") / "data"
    if not isinstance(folder, Path):
        return None
    try:
        return tuple((folder / f"{name}.tsv").stat().st_size for name in sources)
    except OSError:
        return None


@functools.cache
def _table() -> dict[str, Any]:
    try:
        table = marshal.loads((resources.files("newsextract") / "data" / FILE).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def value(key: str, build: Callable[[], T]) -> T:
    """The packaged value of `key` when its data files are as it was built from, else `build()`."""
    entry = _table().get(key)
    if entry is not None:
        built_from, packaged = entry
        if built_from is not None and built_from == sizes(VALUES[key][0]):
            return packaged
    return build()


def build() -> bytes:
    """The bytes of `data/prebuilt.bin`, every value built from the data files as they are
    (`scripts/build_prebuilt.py`; the tests compare it with the packaged file)."""
    import importlib

    table = {}
    for key, (sources, builder) in sorted(VALUES.items()):
        module, function = builder.split(":")
        made = getattr(importlib.import_module(f"newsextract.{module}"), function)()
        table[key] = (sizes(sources), made)
    return marshal.dumps(table)


def comparable(blob: bytes) -> dict[str, Any]:
    """The table in `blob` as the tests and `--check` compare it: each pickled automaton as
    the (key, value) pairs it holds."""
    import pickle

    table = marshal.loads(blob)
    for key, part in PICKLED.items():
        if key in table:
            built_from, value = table[key]
            automaton = pickle.loads(value[part])
            table[key] = (built_from, {**value, part: sorted(automaton.items())})
    return table
