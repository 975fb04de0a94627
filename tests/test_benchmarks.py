"""The benchmark harness runs end to end on a tiny page and reports every figure.

No wall-clock figure is asserted: timings depend on the machine. What is checked is
that each section ran and the report has its keys, that peers are scored through
the shared scorer, and that a missing peer is skipped, not fatal.
"""
from __future__ import annotations

import datetime as dt
import importlib
import json

import pytest

from benchmarks import caches, cold, fresh, identical, pages, peers, report
from benchmarks.bench_parse import scaled
from benchmarks.runner import Settings, run

PAGE = "本报讯 3月5日上午,洛阳市文化广电和旅游局在王城公园开展志愿服务活动,发放宣传资料300余份。\n"
DATE = "3月5日"
TINY = Settings(runs=2, page_budget_s=1.0, cold_runs=2, fresh_runs=1, fresh_page_runs=1, worker_seconds=0.05,
                min_worker_pages=4,
                scale_factors=(1, 3), scale_timeout_s=60.0, peer_runs=1, peer_budget_s=1.0, quick=True)


def tiny_gold() -> dict:
    """A gold file in the shared format for PAGE: one article, one date."""
    start = PAGE.index(DATE)
    return {"page": "tiny.txt", "published": "2025-03-06", "home": {"city": "洛阳市", "province": "河南省"},
            "lines": [{"line": 0, "role": "body", "article": "A0"}], "joins": [], "photos": [],
            "articles": [{"id": "A0", "headline": None, "headline_line": None, "subheadings": [], "lines": [0],
                          "byline": {"reporters": [], "correspondents": [], "photographers": [], "authors": []},
                          "continued_from": None, "continued_to": None, "labels": [], "truncated": False}],
            "dates": [{"text": DATE, "start": start, "end": start + len(DATE), "line": 0,
                       "value": {"start": "2025-03-05", "end": "2025-03-05"}, "grain": "day", "optional": False}],
            "organizations": [], "statistics": [], "events": []}


def stub_dates():
    """A peer that finds exactly the gold date."""
    def find(text, published):
        s = text.index(DATE)
        day = dt.date(2025, 3, 5)
        return {"dates": [peers.date_mention(DATE, s, s + len(DATE), day, day)]}
    return find


STUB = peers.Peer("stub dates", "dates", "stub", stub_dates)
MISSING = peers.Peer("missing peer", "dates", "no_such_peer_module",
                     lambda: importlib.import_module("no_such_peer_module"))


@pytest.fixture(scope="module")
def tiny_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench")
    path = folder / "tiny.txt"
    path.write_text(PAGE, encoding="utf-8")
    (folder / "tiny.json").write_text(json.dumps(tiny_gold(), ensure_ascii=False), encoding="utf-8")
    page = pages.load(path)
    return run([page], TINY, peers=(STUB, MISSING), with_extras=False)


def test_a_page_finds_its_gold_and_publication_date_beside_it(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "tiny.json").write_text(json.dumps(tiny_gold(), ensure_ascii=False), encoding="utf-8")
    page = pages.load(path)
    assert page.published == "2025-03-06"
    assert page.gold["dates"][0]["text"] == DATE


def test_a_sidecar_that_is_not_gold_gives_only_the_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "plain.json").write_text('{"published": "2024-12-01"}', encoding="utf-8")
    page = pages.load(path)
    assert (page.published, page.gold) == ("2024-12-01", None)


def test_scaled_page_repeats_the_text():
    assert scaled(PAGE, 3).count(DATE) == 3
    assert scaled(PAGE, 1) == PAGE


@pytest.mark.parametrize("start, end, grain", [
    ("2025-03-05", "2025-03-05", "day"),
    ("2024-02-01", "2024-02-29", "month"),
    ("2024-01-01", "2024-12-31", "year"),
    ("2025-03-11", "2025-03-12", None),  # two days: no plain grain
])
def test_grain_of_a_peer_range(start, end, grain):
    assert peers.grain_of(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == grain


def test_report_has_every_section(tiny_report):
    assert set(report.REPORT_KEYS) <= set(tiny_report)
    page = tiny_report["pages"][0]
    for key in ("extract", "jieba_lcut", "stages", "dates_whole_page", "extract_over_lcut"):
        assert key in page
    assert set(page["stages"]) == {"parse_page", "make_context", "article_text", "dates", "organizations",
                                   "statistics", "events", "places"}
    assert page["extract"]["runs"] == TINY.runs
    assert page["cold"]["extract"]["runs"] == TINY.cold_runs and page["cold"]["shifts"] == [-4, -8]
    assert {"import_s", "first_extract_s", "peak_rss_mb"} <= set(tiny_report["fresh_process"])
    assert set(tiny_report["fresh_pages"]["per_page"]) == {"tiny.txt"}
    first = tiny_report["first_call"]
    assert {"import", "first_extract", "second_extract_s", "import_packages"} <= set(first)
    assert first["import"]["seconds"] > 0 and "pydantic" in first["import_packages"]["packages_s"]
    assert set(tiny_report["workers"]["runs"]) == {"1", "2"}
    assert all("cpu_share" in w for w in tiny_report["workers"]["runs"].values())
    assert set(tiny_report["scaling"]) == {"parse", "extract"}
    assert tiny_report["scaling"]["parse"]["factors"] == [1, 3]


def test_every_target_is_judged(tiny_report):
    names = [t["name"] for t in tiny_report["targets"]]
    assert len(names) == 7
    assert names[:2] == ["warm extract vs jieba.lcut (median over pages)",
                         "cold extract vs jieba.lcut (median over pages)"]
    # no 100× page in a tiny run: that target is not measured rather than guessed
    assert next(t for t in tiny_report["targets"] if "100×" in t["name"])["met"] is None


def test_peers_are_scored_and_a_missing_one_is_skipped(tiny_report):
    stub, missing = tiny_report["peers"]
    assert stub["scores"]["tiny.txt"]["f1"] == 1.0
    assert "tiny.txt" in stub["per_page"]
    assert "skipped" in missing and "no_such_peer_module" in missing["skipped"]
    assert "tiny.txt" in tiny_report["accuracy"]


def test_markdown_names_the_machine_and_every_target(tiny_report):
    text = report.render(tiny_report)
    assert "platform" in text and "## Targets (issues 7 and 21)" in text
    for section in ("## Speed per page: warm and cold", "## Fresh process per page",
                    "### What the import and the first call are made of"):
        assert section in text
    for target in tiny_report["targets"]:
        assert target["name"] in text
    assert len(report.summary(tiny_report).splitlines()) == 1 + len(tiny_report["targets"])


# ------------------------------------------------------------------ cold pages, caches, fresh processes
def test_shifting_years_moves_every_year_and_keeps_offsets():
    page = pages.BenchPage("p.txt", "2024年冬至，二〇二五年三月二日，2025-03-13；第2025号，共2025人。", "2025-03-13")
    older = pages.shift_years(page, -8)
    assert older.text == "2016年冬至，二〇一七年三月二日，2017-03-13；第2025号，共2025人。"
    assert older.published == "2017-03-13" and len(older.text) == len(page.text)
    leap = pages.shift_years(pages.BenchPage("p.txt", "2024年2月29日", "2024-02-29"), -1)
    assert (leap.text, leap.published) == ("2023年2月29日", "2023-02-28")


def test_cold_shifts_go_back_in_steps_of_four_and_stay_after_1900():
    assert cold.shifts("2025-03-13", 3) == [-4, -8, -12]
    assert all(2025 + k >= 1900 for k in cold.shifts("2025-03-13", 100))
    assert cold.shifts(None, 2) == [-4, -8]


def test_caches_are_found_and_memos_emptied_apart_from_loads():
    from newsextract import extract
    from newsextract.dates import calendar, calendar_table

    extract(PAGE + "今年冬至，市民包饺子。\n", published="2025-03-06")
    found = {c["name"]: c for c in caches.found()}
    memo = found["newsextract.dates.calendar.solar_term"]
    assert memo["kind"] == "memo" and memo["entries"] >= 1
    assert found["newsextract.lexicon.rows"]["kind"] == "load"
    assert calendar.has_break("春节")  # reads data/holiday_breaks.tsv once: a load
    loaded = calendar_table.usual_breaks.cache_info().currsize
    assert loaded == 1
    assert caches.clear("memo") >= 1
    assert calendar.solar_term.cache_info().currsize == 0
    assert calendar_table.usual_breaks.cache_info().currsize == loaded  # a load stays
    with pytest.raises(ValueError):
        caches.clear("some")


def test_peak_rss_is_the_childs_own_not_the_parents(tmp_path):
    """A parent holding 480 MB starts a child that holds far less: the child's figure is its own
    (ru_maxrss read in the child would carry the parent's high point)."""
    path = tmp_path / "tiny.txt"
    path.write_text(PAGE, encoding="utf-8")
    ballast = b"\x01" * (480 * 2**20)  # touched, so resident
    figures = fresh.fresh_once(path, "2025-03-06")
    assert len(ballast) and figures["peak_rss_mb"] < 400


def test_identical_output_is_checked_page_by_page_and_year_by_year():
    page = pages.BenchPage("tiny.txt", PAGE, "2025-03-06")
    before = identical.fingerprints([page])
    assert len(before) == len(identical.SHIFTS) and identical.differences(before, identical.fingerprints([page])) == []
    changed = identical.fingerprints([pages.BenchPage("tiny.txt", PAGE.replace("300余份", "300份"), "2025-03-06")])
    assert identical.differences(before, changed) == [f"differs: tiny.txt {k:+d}" for k in sorted(
        identical.SHIFTS, key=lambda k: f"{k:+d}")]
    assert identical.differences(before, {}) and identical.differences({}, before)[0].startswith("new: ")
