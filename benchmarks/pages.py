"""The pages a run measures: the example page, the pages in `fixtures/`, and their gold."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "pages" / "000_a7e4e0ea92e49081.txt"
FIXTURES = ROOT / "fixtures"


@dataclass(frozen=True)
class BenchPage:
    """A page's text, its publication date when known, and its gold when there is one."""

    name: str
    text: str
    published: str | None = None
    gold: dict | None = None
    path: Path | None = None


def _load_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _is_gold(data: dict | None) -> bool:
    """A gold file in the shared format (what `score.py` reads)."""
    return bool(data) and all(k in data for k in ("dates", "organizations", "statistics", "events"))


def load(path: Path) -> BenchPage:
    """A page file with its gold, found in `shared/gold/`, `tests/pages/` or beside the page.

    A JSON file named after the page gives `published`; when it is in the gold
    format (what `score.py` reads) the page is scored too.
    """
    text = path.read_text(encoding="utf-8")
    gold = None
    published = None
    for candidate in (SHARED / "gold" / f"{path.stem}.json", ROOT / "tests" / "pages" / f"{path.stem}.json",
                      path.with_suffix(".gold.json"), path.with_suffix(".json")):
        data = _load_json(candidate) if candidate.exists() else None
        if data is None:
            continue
        if published is None and isinstance(data.get("published"), str):
            published = data["published"]
        if gold is None and _is_gold(data):
            gold = data
    return BenchPage(name=path.name, text=text, published=published, gold=gold, path=path)


def discover(extra: list[Path] = ()) -> list[BenchPage]:
    """The example page first, then `fixtures/*.txt` in name order, then `extra`."""
    paths = [EXAMPLE] if EXAMPLE.exists() else []
    if FIXTURES.is_dir():
        paths += sorted(FIXTURES.glob("*.txt"))
    paths += [Path(p) for p in extra]
    return [load(p) for p in paths]
