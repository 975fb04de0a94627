"""Shared helpers for the tests: the span invariant, marked case rows, one-article runs."""
from __future__ import annotations

import csv
import datetime as dt
import json
import pathlib
import re
import subprocess
import sys

from newsextract import statistics
from newsextract.dates import mentions as dates
from newsextract.dates.datelines import head_dateline
from newsextract.events import records as events
from newsextract.organizations import names as organizations
from newsextract.pipeline import make_context
from newsextract.places import mentions as places
from newsextract.text import ArticleText, fold

CASES = pathlib.Path(__file__).parent / "cases"
SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
MARK = re.compile(r"\[\[(.*?)\]\]")


def mention_text(raw: str, mention) -> str:
    """What the mention's offsets cover in the caller's text (pieces joined)."""
    spans = getattr(mention, "spans", None) or [(mention.start, mention.end)]
    return "".join(raw[s:e] for s, e in spans)


def assert_offsets(raw: str, mention) -> None:
    """`start <= end` inside the text; the pieces of a mention that crosses a join (`spans`,
    two or more) lie between them, and `start`/`end` are their bounds."""
    assert 0 <= mention.start <= mention.end <= len(raw), (mention.start, mention.end, len(raw))
    spans = getattr(mention, "spans", None)
    if spans is not None:
        assert len(spans) > 1, spans
        for s, e in spans:
            assert mention.start <= s < e <= mention.end, (spans, mention.start, mention.end)
        assert (min(s for s, _ in spans), max(e for _, e in spans)) == (mention.start, mention.end), spans


def assert_spans(raw: str, page) -> None:
    """Every paragraph span, mention and event lies inside the text and quotes it exactly:
    a mention's text is what its offsets (or pieces) cover, an event's pieces hold its trigger."""
    for article in page.articles:
        for paragraph in article.paragraphs:
            assert "".join(raw[s:e] for s, e in paragraph.spans) == paragraph.text
            for s, e in paragraph.spans:
                assert 0 <= s <= e <= len(raw)
        for mention in [*article.dates, *article.organizations, *article.statistics]:
            assert_offsets(raw, mention)
            assert mention_text(raw, mention) == mention.text, (mention.text, raw[mention.start:mention.end])
        for event in article.events:
            assert_offsets(raw, event)
            assert event.trigger in mention_text(raw, event), (event.trigger, mention_text(raw, event))


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """`今年[[3月12日]]报名` → the plain text and the spans of the marked parts."""
    plain, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain.append(marked[last:m.start()])
        pos += m.start() - last
        spans.append((pos, pos + len(m.group(1))))
        plain.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    plain.append(marked[last:])
    return "".join(plain), spans


def article_text(raw: str) -> ArticleText:
    """The whole text as one article, a paragraph per non-empty line."""
    return ArticleText.of_lines(raw)


def run(kind: str, raw: str, published: str | None = "2025-03-13", home=None):
    """Run one extractor (and those it depends on) over `raw` as a single article."""
    folded = fold(raw)
    ctx = make_context(folded, dt.date.fromisoformat(published) if published else None, home)
    text = article_text(raw)
    found = {"dates": dates.find(text, ctx)}
    if kind == "dates":
        return found["dates"]
    # a dispatch's own dateline (`新华社南宁3月2日电`) places its relative names, as the pipeline does
    found["organizations"] = organizations.find(text, ctx, dates=found["dates"], dateline=head_dateline(text.text))
    if kind == "organizations":
        return found["organizations"]
    if kind == "places":
        return places.find(text, ctx, organizations=found["organizations"])
    found["statistics"] = statistics.find(text, ctx, dates=found["dates"], organizations=found["organizations"])
    if kind == "statistics":
        return found["statistics"]
    return events.find(text, ctx, **found)


def read_cases(name: str) -> list[dict]:
    """Rows of tests/cases/<name>.tsv as dicts (header row names the columns; # lines skipped)."""
    path = CASES / f"{name}.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def work(call) -> int:
    """How many function calls (Python and C) `call()` makes: a deterministic measure of
    work, so linear-time tests need no wall clock."""
    import sys

    count = 0

    def tally(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(tally)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def assert_linear(make_input, run_one, small: int = 500, factor: int = 4, slack: float = 1.5) -> None:
    """Work on an input `factor` times larger grows at most `factor × slack` times."""
    little, big = work(lambda: run_one(make_input(small))), work(lambda: run_one(make_input(small * factor)))
    assert big <= factor * slack * max(little, 1), f"work grew {big / max(little, 1):.1f}× for a {factor}× input"


def shared_score(raw_path: pathlib.Path, gold_path: pathlib.Path, tmp_path: pathlib.Path) -> dict:
    """The shared scorer's figures (every area) for our extraction of a page, run as the
    scorer's own command line runs it: JSON file in, `--json` figures out."""
    from newsextract import extract

    published = json.loads(gold_path.read_text(encoding="utf-8"))["published"]
    out = tmp_path / "out.json"
    out.write_text(extract(raw_path.read_text(encoding="utf-8"), published=published).model_dump_json(),
                   encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORER), str(out), str(gold_path), "--page", str(raw_path), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)
