"""`newsextract batch`: JSON Lines and Parquet agree, nothing is lost, a killed run resumes
with every page exactly once, and Dask gives the same records as the local run."""
from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from dask import distributed

from newsextract import Page
from newsextract.batch import junk_reason, published_from_name, recover
from newsextract.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "pages" / "000_a7e4e0ea92e49081.txt"
SOURCES = [EXAMPLE, *sorted((ROOT / "fixtures").glob("*.txt"))]
TABLES = ("pages", "articles", "dates", "organizations", "statistics", "events")


def pages(n: int) -> list[dict]:
    """`n` records cycling over the example page and the fixtures, each under its own id."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in SOURCES if p.exists()]
    published = {EXAMPLE.stem: "2025-03-13"}
    return [{"id": f"{stem}#{k}", "text": text, "published": published.get(stem)}
            for k, (stem, text) in ((k, texts[k % len(texts)]) for k in range(n))]


def write_jsonl(path: pathlib.Path, records: list[dict]) -> pathlib.Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def batch(*args: str) -> int:
    return main(["batch", *map(str, args), "--no-progress"])


# ---------------------------------------------------------------- JSON Lines and Parquet

def test_jsonl_and_parquet_have_the_same_rows(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", pages(12))
    assert batch(source, "-o", tmp_path / "out.jsonl", "--workers", "2") == 0
    assert batch(source, "-o", tmp_path / "tables", "--format", "parquet", "--workers", "1") == 0

    records = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == [r["id"] for r in pages(12)]
    for record in records:  # each line is a page in the contract plus its id
        Page.model_validate({k: v for k, v in record.items() if k != "id"})
    articles = [a for r in records for a in r["articles"]]
    expected = {"pages": len(records), "articles": len(articles),
                **{t: sum(len(a[t]) for a in articles) for t in TABLES[2:]}}
    assert expected["articles"] > len(records)
    tables = {t: pq.read_table(tmp_path / "tables" / f"{t}.parquet") for t in TABLES}
    assert {t: tables[t].num_rows for t in TABLES} == expected
    assert sorted(tables["pages"].column("page_id").to_pylist()) == sorted(r["id"] for r in records)
    keys = set(zip(tables["articles"].column("page_id").to_pylist(), tables["articles"].column("article_id").to_pylist()))
    assert keys == {(r["id"], a["id"]) for r in records for a in r["articles"]}
    for t in TABLES[2:]:  # every mention row points at an article
        rows = tables[t]
        assert set(zip(rows.column("page_id").to_pylist(), rows.column("article_id").to_pylist())) <= keys
    assert not (tmp_path / "tables" / "errors.jsonl").read_text()


def test_parquet_values_follow_the_records(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", pages(3))
    assert batch(source, "-o", tmp_path / "t", "--format", "parquet", "--workers", "1") == 0
    record = {r["id"]: r for r in read_jsonl(tmp_path / "t" / "pages.jsonl")}
    stats = pq.read_table(tmp_path / "t" / "statistics.parquet").to_pylist()
    for row in stats:
        mention = next(a for a in record[row["page_id"]]["articles"] if a["id"] == row["article_id"])
        mention = mention["statistics"][row["index"]]
        assert (row["text"], row["start"], row["end"], row["value_exact"], row["unit"]) == \
               (mention["text"], mention["start"], mention["end"], mention["value"], mention["unit"])
        assert row["value"] == pytest.approx(float(mention["value"]))
    published = pq.read_table(tmp_path / "t" / "pages.parquet").to_pylist()
    assert {str(r["published"]) for r in published if r["page_id"].startswith(EXAMPLE.stem)} == {"2025-03-13"}


# ---------------------------------------------------------------- nothing lost

def test_corrupt_inputs_land_in_the_errors_file(tmp_path):
    good = pages(len(SOURCES))
    folder = tmp_path / "archive"
    (folder / "2025").mkdir(parents=True)
    for k, record in enumerate(good):
        data = record["text"].encode("gb18030" if k % 2 else "utf-8")
        (folder / "2025" / f"{k:02d}_2025-03-{k + 10:02d}.txt").write_bytes(data)
    bad = {
        "junk.txt": bytes(range(256)) * 8,  # binary: fails UTF-8 and GB18030
        "png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 200,  # binary that decodes
        "gb_broken.txt": "本报讯 3月12日".encode("gb18030") + b"\x81\x30\xff\xfe",  # invalid GB18030 bytes
        "empty.txt": b"",
        "blank.txt": "\u3000\r\n \n".encode(),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    lines = tmp_path / "more.jsonl"
    lines.write_text(json.dumps({"id": "ok-line", "text": good[0]["text"]}, ensure_ascii=False) + "\n"
                     + '{"id": "cut-off", "text": "本报讯\n' + json.dumps({"id": "no-text"}) + "\n"
                     + json.dumps({"id": "bad-date", "text": good[0]["text"], "published": "13/03/2025"}) + "\n",
                     encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = batch(folder, lines, tmp_path / "missing.txt", "-o", out, "--errors", tmp_path / "errors.jsonl",
                 "--workers", "2", "--published-from-name", r"(\d{4}-\d{2}-\d{2})")
    assert code == 0
    written = {r["id"]: r for r in read_jsonl(out)}
    errors = {r["id"]: r["reason"] for r in read_jsonl(tmp_path / "errors.jsonl")}
    good_ids = {str(folder / "2025" / f"{k:02d}_2025-03-{k + 10:02d}.txt") for k in range(len(good))}
    assert set(written) == good_ids | {"ok-line"}
    assert {written[i]["published"] for i in good_ids} == {f"2025-03-{k + 10:02d}" for k in range(len(good))}
    assert set(errors) == {str(folder / n) for n in bad} | {f"{lines}:2", "no-text", "bad-date",
                                                          str(tmp_path / "missing.txt")}
    assert "binary" in errors[str(folder / "png.txt")]
    assert "undecodable" in errors[str(folder / "junk.txt")]
    assert "undecodable" in errors[str(folder / "gb_broken.txt")]
    assert errors[str(folder / "empty.txt")] == errors[str(folder / "blank.txt")] == "empty page"
    assert "JSON" in errors[f"{lines}:2"]
    assert "published" in errors["bad-date"]


def test_a_repeated_id_is_reported_not_written_twice(tmp_path):
    record = pages(1)[0]
    source = write_jsonl(tmp_path / "in.jsonl", [record, record])
    assert batch(source, "-o", tmp_path / "out.jsonl", "--workers", "1") == 0
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [record["id"]]
    assert "duplicate id" in read_jsonl(tmp_path / "out.jsonl.errors.jsonl")[0]["reason"]


# ---------------------------------------------------------------- interrupted runs

def test_a_killed_run_resumes_with_every_page_exactly_once(tmp_path):
    records = pages(60)
    records[7] = {"id": "broken#7", "text": "\x00\x01binary"}
    source = write_jsonl(tmp_path / "all.jsonl", records)
    fifo = tmp_path / "stream.jsonl"  # the first run reads a stream that stops halfway, then is killed
    os.mkfifo(fifo)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    run = subprocess.Popen([sys.executable, "-m", "newsextract", "batch", str(fifo), "-o", str(out),
                            "--errors", str(errors), "--workers", "2"],
                           cwd=ROOT, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        with _open_writer(fifo, run) as stream:
            stream.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:30]))
            stream.flush()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and run.poll() is None:
                if out.exists() and out.read_bytes().count(b"\n") >= 24:
                    break
                time.sleep(0.05)
            os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, mid-stream
            run.wait()
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    first = out.read_bytes()
    assert run.returncode == -signal.SIGKILL and first.count(b"\n") >= 24
    with open(out, "ab") as handle:  # as if the kill had struck in the middle of a write
        handle.write(b'{"id":"' + records[40]["id"].encode() + b'","schema_version":"1","artic')

    assert batch(source, "-o", out, "--errors", errors, "--workers", "2", "--resume") == 0
    ids = [r["id"] for r in read_jsonl(out)]
    failed = [r["id"] for r in read_jsonl(errors)]
    assert sorted(ids + failed) == sorted(r["id"] for r in records)  # each page exactly once
    assert failed == ["broken#7"]
    assert out.read_bytes().startswith(first)  # what the first run wrote is kept, not redone


def _open_writer(fifo: pathlib.Path, run: subprocess.Popen):
    """The write end of the stream, once the run has opened it (fails instead of hanging)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:  # ENXIO: nobody reads yet
            assert run.poll() is None and time.monotonic() < deadline, "the batch never opened its input"
            time.sleep(0.05)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "w", encoding="utf-8")


def test_resume_after_a_complete_run_does_nothing(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", pages(4))
    assert batch(source, "-o", tmp_path / "out.jsonl", "--workers", "1") == 0
    before = (tmp_path / "out.jsonl").read_bytes()
    assert batch(source, "-o", tmp_path / "out.jsonl", "--workers", "1", "--resume") == 0
    assert (tmp_path / "out.jsonl").read_bytes() == before


def test_parquet_resume_rebuilds_the_tables_from_every_page(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", pages(4))
    assert batch(write_jsonl(tmp_path / "half.jsonl", pages(2)), "-o", tmp_path / "t", "--format", "parquet",
                 "--workers", "1") == 0
    assert pq.read_table(tmp_path / "t" / "pages.parquet").num_rows == 2
    before = (tmp_path / "t" / "pages.jsonl").read_bytes()
    assert batch(source, "-o", tmp_path / "t", "--format", "parquet", "--workers", "1", "--resume") == 0
    assert (tmp_path / "t" / "pages.jsonl").read_bytes().startswith(before)
    assert sorted(pq.read_table(tmp_path / "t" / "pages.parquet").column("page_id").to_pylist()) == \
           sorted(r["id"] for r in pages(4))
    assert not list((tmp_path / "t").glob("*.tmp"))


def test_recover_drops_a_half_written_last_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id":"a","x":1}\n{"id":"b\xe6\x9c","x"')
    assert recover(path) == {"a"}
    assert path.read_bytes() == b'{"id":"a","x":1}\n'


# ---------------------------------------------------------------- small pieces

@pytest.mark.parametrize("pattern, name, date", [
    (r"(\d{4}-\d{2}-\d{2})", "archive/taiyuan_2025-03-13_p01.txt", "2025-03-13"),
    (r"(\d{8})", "tyrb/20250313/01.txt", "2025-03-13"),
    (r"(\d{4})/(\d{1,2})/(\d{1,2})/", "tyrb/2025/3/9/01.txt", "2025-03-09"),
    (r"\d{4}_\d{2}_\d{2}", "p_2024_12_31.txt", "2024-12-31"),
    (r"(\d{4}-\d{2}-\d{2})", "page-without-date.txt", None),  # no match: inferred from the page
])
def test_published_from_name(pattern, name, date):
    assert published_from_name(pattern)(name) == date


@pytest.mark.parametrize("text, reason", [
    ("", "empty page"),
    (" \u3000\n", "empty page"),
    ("本报讯\x00\x00", "binary content: NUL bytes"),
    ("\x01\x02\x03本报讯" * 3, "binary content: 9 control characters"),
    ("本报讯\t记者\f张慧\r\n报道", None),  # counterexample: tabs and form feeds from OCR are layout
])
def test_junk_reason(text, reason):
    assert junk_reason(text) == reason


# ---------------------------------------------------------------- Dask

def test_dask_local_cluster_gives_the_local_records(tmp_path):
    from newsextract.distributed import extract_bag, is_error, is_page, records_bag, write_parquet

    records = pages(8) + [{"id": "junk", "text": "\x00\x00"}]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    # The local run in a fresh interpreter too, so both runs import the same code.
    subprocess.run([sys.executable, "-m", "newsextract", "batch", str(source), "-o", str(tmp_path / "local"),
                    "--format", "parquet", "--workers", "1", "--no-progress"],
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    local = {r["id"]: r for r in read_jsonl(tmp_path / "local" / "pages.jsonl")}

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        results = extract_bag(records_bag([str(source)], partition_size=3))
        computed = results.compute()
        counts = write_parquet(results, tmp_path / "dask")
    assert {r["id"]: r for r in computed if is_page(r)} == local
    assert [r["id"] for r in computed if is_error(r)] == ["junk"]
    for table in TABLES:
        assert pq.read_table(tmp_path / "dask" / table).num_rows == \
               pq.read_table(tmp_path / "local" / f"{table}.parquet").num_rows == counts[table]
    assert counts["errors"] == 1
