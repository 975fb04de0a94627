"""The pages a run measures: the example page, the pages in `fixtures/` and `fixtures/unseen_a/`
(the pages of the accuracy tables), their gold, and copies with their years shifted."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "pages" / "000_a7e4e0ea92e49081.txt"
FIXTURES = ROOT / "fixtures"
#: The fixture folders the accuracy tables read (tests/test_pages.py); `fixtures/unseen/` is held out.
FIXTURE_FOLDERS = ("", "unseen_a")


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
    folder = _fixture_folder(path)
    pinned = ROOT / "tests" / "pages" / folder / f"{path.stem}.json" if folder is not None else None
    for candidate in (SHARED / "gold" / f"{path.stem}.json", pinned, ROOT / "tests" / "pages" / f"{path.stem}.json",
                      path.with_suffix(".gold.json"), path.with_suffix(".json")):
        if candidate is None:
            continue
        data = _load_json(candidate) if candidate.exists() else None
        if data is None:
            continue
        if published is None and isinstance(data.get("published"), str):
            published = data["published"]
        if gold is None and _is_gold(data):
            gold = data
    name = f"{folder}/{path.name}" if folder else path.name
    return BenchPage(name=name, text=text, published=published, gold=gold, path=path)


def _fixture_folder(path: Path) -> str | None:
    """The fixture folder a page stands in (`""` for `fixtures/` itself), None for any other page."""
    try:
        rel = path.resolve().parent.relative_to(FIXTURES.resolve())
    except ValueError:
        return None
    folder = rel.as_posix()
    return "" if folder == "." else folder


def discover(extra: list[Path] = ()) -> list[BenchPage]:
    """The example page first, then `fixtures/*.txt` and `fixtures/unseen_a/*.txt` in name order, then `extra`."""
    paths = [EXAMPLE] if EXAMPLE.exists() else []
    for folder in FIXTURE_FOLDERS:
        if (FIXTURES / folder).is_dir():
            paths += sorted((FIXTURES / folder).glob("*.txt"))
    paths += [Path(p) for p in extra]
    return [load(p) for p in paths]


def is_fixture(page: BenchPage) -> bool:
    return page.path is not None and _fixture_folder(page.path) is not None


# ------------------------------------------------------------------ pages from other years
# A year written in digits (`2025年`, `2025-03-13`, `2025.3`) or in Chinese numerals (`二〇二五年`).
_DIGIT_YEAR = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?=\s*年|[-/.]\d)")
_CN_DIGITS = "〇一二三四五六七八九"
_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")


def _shift_cn(match: re.Match, years: int) -> str:
    digits = match.group().replace("零", "〇")
    value = int("".join(str(_CN_DIGITS.index(c)) for c in digits)) + years
    return "".join(_CN_DIGITS[int(c)] for c in f"{value:04d}") if 1000 <= value <= 9999 else match.group()


def _shift_day(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def shift_years(page: BenchPage, years: int) -> BenchPage:
    """The page as if printed `years` later: its publication date and every year written on it
    moved, so its festivals, solar terms and holiday breaks fall in other years.

    Years keep their length (four digits, four numerals), so the page keeps its shape; weekdays
    written beside a date no longer agree with it, which costs a date reader nothing more.
    """
    text = _DIGIT_YEAR.sub(lambda m: str(int(m.group()) + years), page.text)
    text = _CN_YEAR.sub(lambda m: _shift_cn(m, years), text)
    published = page.published
    if published:
        try:
            published = _shift_day(_dt.date.fromisoformat(published[:10]), years).isoformat()
        except ValueError:
            pass
    return dataclasses.replace(page, name=f"{page.name} {years:+d} years", text=text, published=published,
                               gold=None)
