"""`newsextract batch`: JSON Lines and Parquet agree, nothing is lost, a killed run resumes
with every page exactly once, and Dask gives the same records as the local run."""
from __future__ import annotations

import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import threading
import time

import pyarrow.parquet as pq
import pytest
from dask import distributed

from newsextract import Page
from newsextract.archive import batch as batch_module
from newsextract.archive.batch import (
    PathConflict,
    check_paths,
    junk_reason,
    page_line,
    published_from_name,
    recover,
    run,
)
from newsextract.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "pages" / "000_a7e4e0ea92e49081.txt"
SOURCES = [EXAMPLE, *sorted((ROOT / "fixtures").glob("*.txt"))]
TABLES = ("pages", "articles", "dates", "organizations", "statistics", "events", "places")


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
    keys = set(zip(tables["articles"].column("page_id").to_pylist(),
                   tables["articles"].column("article_id").to_pylist(), strict=True))
    assert keys == {(r["id"], a["id"]) for r in records for a in r["articles"]}
    for t in TABLES[2:]:  # every mention row points at an article
        rows = tables[t]
        assert set(zip(rows.column("page_id").to_pylist(), rows.column("article_id").to_pylist(), strict=True)) <= keys
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
                     + json.dumps({"id": "bad-date", "text": good[0]["text"], "published": "3月12日"}) + "\n",
                     encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = batch(folder, lines, tmp_path / "missing.txt", "-o", out, "--errors", tmp_path / "errors.jsonl",
                 "--workers", "2", "--published-from-name", r"(\d{4}-\d{2}-\d{2})")
    assert code == 1  # some pages failed
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
    assert batch(source, "-o", tmp_path / "out.jsonl", "--workers", "1") == 1
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

    assert batch(source, "-o", out, "--errors", errors, "--workers", "2", "--resume") == 1  # broken#7 failed
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


# ---------------------------------------------------------------- records that are not Unicode text

def test_a_record_that_is_not_unicode_is_an_error_record_not_the_end(tmp_path):
    text = pages(1)[0]["text"]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in [  # json.dumps spells lone surrogates \ud800
        {"id": "bad\ud800id", "text": text},
        {"id": "bad-text", "text": "本报讯 3月12日\udc81市民政局召开会议。"},
        {"id": "ok", "text": text},
        {"id": "bad-date", "text": text, "published": "2025\udfff"},
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for resume in ([], ["--resume"]):  # the same again: the run no longer stops there every time
        assert batch(source, "-o", out, "--workers", "1", *resume) == 1
        assert [r["id"] for r in read_jsonl(out)] == ["ok"]
        errors = {r["id"]: r["reason"] for r in read_jsonl(tmp_path / "out.jsonl.errors.jsonl")}
        assert set(errors) == {f"{source}:1", "bad-text", "bad-date"}
        assert "id holds a lone surrogate U+D800" in errors[f"{source}:1"]
        assert "text holds a lone surrogate U+DC81" in errors["bad-text"]
        assert "published holds a lone surrogate U+DFFF" in errors["bad-date"]


def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_id(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    name = os.fsdecode(b"\xb1\xa8_p01.txt")  # GBK bytes in a file name: lone surrogates in Python
    try:
        (folder / name).write_text(pages(1)[0]["text"], encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system wants UTF-8 names")
    out = tmp_path / "out.jsonl"
    assert batch(folder, "-o", out, "--workers", "1") == 0
    assert [r["id"] for r in read_jsonl(out)] == [str(folder / "\\xb1\\xa8_p01.txt")]
    assert batch(folder, "-o", out, "--workers", "1", "--resume") == 0
    assert len(read_jsonl(out)) == 1


# ---------------------------------------------------------------- outputs never overwrite inputs

def _tree(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "pg" / "sub").mkdir(parents=True)
    (tmp_path / "pg" / "a.txt").write_text("本报讯", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text("{}\n", encoding="utf-8")
    os.link(tmp_path / "in.jsonl", tmp_path / "hard.jsonl")
    (tmp_path / "soft.jsonl").symlink_to(tmp_path / "in.jsonl")
    return tmp_path


# (inputs, outputs, the conflict's words or None when the run may go ahead)
PATH_RULES = [
    (["in.jsonl"], {"-o": "in.jsonl"}, "-o in.jsonl is the input in.jsonl"),
    (["in.jsonl"], {"-o": "hard.jsonl"}, "is the input"),            # a hard link: the same file
    (["soft.jsonl"], {"-o": "in.jsonl"}, "is the input"),            # a symbolic link to it
    (["pg/a.txt"], {"-o": "out.jsonl", "--errors": "pg/./a.txt"}, "--errors pg/./a.txt is the input"),
    (["pg"], {"-o": "pg/sub/new.txt"}, "inside the input folder pg"),  # would be read as a page
    (["pg"], {"-o": "pg/NEW.TXT"}, "inside the input folder"),
    (["pg/*"], {"-o": "pg/out.jsonl"}, "matches the input pattern"),   # not there yet, but matched
    (["pg/**/*.txt"], {"-o": "pg/sub/deep/x.txt"}, "matches the input pattern"),
    (["p?"], {"-o": "pg/sub/x.txt"}, "inside the input folder pg"),   # a pattern naming a folder
    (["in.jsonl"], {"-o": "out.jsonl", "--errors": "./out.jsonl"}, "--errors ./out.jsonl is the same file as -o"),
    (["in.jsonl"], {"-o": "t/pages.jsonl", "-o (table pages.parquet)": "t/pages.parquet",
                    "--errors": "t/pages.parquet"}, "--errors t/pages.parquet is the same file as -o (table"),
    # counterexamples: outputs a run may write
    (["pg"], {"-o": "pg/out.jsonl", "--errors": "pg/errors.jsonl"}, None),  # a folder reads *.txt only
    (["pg/*.txt"], {"-o": "pg/out.jsonl"}, None),
    (["pg/.hidden/*.txt"], {"-o": "pg/x.txt"}, None),
    (["-", "in.jsonl"], {"-o": "out.jsonl", "--errors": "errors.jsonl"}, None),
]


@pytest.mark.parametrize("inputs, outputs, conflict", PATH_RULES)
def test_outputs_never_overwrite_inputs_or_each_other(tmp_path, monkeypatch, inputs, outputs, conflict):
    monkeypatch.chdir(_tree(tmp_path))
    if conflict is None:
        check_paths(inputs, outputs)
    else:
        with pytest.raises(PathConflict, match=re.escape(conflict)):
            check_paths(inputs, outputs)


def test_output_equal_to_input_leaves_the_input_untouched(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", pages(2))
    before = source.read_bytes()
    assert batch(source, "-o", source) == 2
    assert batch(source, "-o", tmp_path / "out.jsonl", "--errors", tmp_path / "out.jsonl") == 2
    assert batch(source, "-o", tmp_path / "t", "--format", "parquet", "--errors", tmp_path / "t" / "pages.jsonl") == 2
    assert source.read_bytes() == before and not (tmp_path / "out.jsonl").exists()


# ---------------------------------------------------------------- path records: a root, a size cap

def test_path_records_are_read_only_below_the_root(tmp_path):
    text = pages(1)[0]["text"]
    (tmp_path / "in" / "pages").mkdir(parents=True)
    (tmp_path / "in" / "pages" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "link.txt").symlink_to(tmp_path / "secret.txt")
    source = write_jsonl(tmp_path / "in" / "list.jsonl", [
        {"id": "inside", "path": str(tmp_path / "in" / "pages" / "a.txt")},
        {"id": "outside", "path": str(tmp_path / "secret.txt")},
        {"id": "up", "path": str(tmp_path / "in" / ".." / "secret.txt")},
        {"id": "link", "path": str(tmp_path / "in" / "link.txt")},  # a link inside pointing out
        {"id": "system", "path": "/etc/passwd"},
    ])
    out = tmp_path / "out.jsonl"
    assert batch(source, "-o", out, "--workers", "1") == 1
    assert [r["id"] for r in read_jsonl(out)] == ["inside"]
    errors = {r["id"]: r["reason"] for r in read_jsonl(tmp_path / "out.jsonl.errors.jsonl")}
    assert set(errors) == {"outside", "up", "link", "system"}
    assert all("outside the root folder" in reason for reason in errors.values())

    assert batch(source, "-o", out, "--workers", "1", "--root", tmp_path) == 1
    assert [r["id"] for r in read_jsonl(out)] == ["inside", "outside", "up", "link"]
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl.errors.jsonl")] == ["system"]


def test_pages_over_the_size_cap_are_error_records(tmp_path):
    text = pages(1)[0]["text"]
    cap = len(text.encode("utf-8")) - 1
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "text", "text": text},
        {"id": "file", "path": str(tmp_path / "big.txt")},
        {"id": "endless", "path": "/dev/zero"},      # read up to the cap, never more
        {"id": "small", "text": text[:cap // 4]},
        {"id": "long line", "text": "\x01" * (6 * cap + 70_000)},  # not even held as a line
    ])
    out = tmp_path / "out.jsonl"
    assert batch(source, "-o", out, "--workers", "1", "--root", "/", "--max-bytes", cap) == 1
    assert [r["id"] for r in read_jsonl(out)] == ["small"]
    errors = {r["id"]: r["reason"] for r in read_jsonl(tmp_path / "out.jsonl.errors.jsonl")}
    assert set(errors) == {"text", "file", "endless", f"{source}:5"}
    assert all(f"size cap of {cap} bytes" in reason for reason in errors.values())


# ---------------------------------------------------------------- a time limit, workers that die

@pytest.fixture
def scripted_extract(monkeypatch):
    """`extract` in the (forked) workers: a page starting HANG never ends, DIE kills its
    worker, any other page is answered at once with one fixed page."""
    answer = batch_module.extract("本报讯 3月12日,市民政局召开会议。", published="2025-03-13")

    def scripted(text, **_):
        if text.startswith("HANG"):
            threading.Event().wait()
        if text.startswith("DIE"):
            os._exit(3)
        return answer

    monkeypatch.setattr(batch_module, "extract", scripted)
    return answer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers see the patch only when forked")
def test_a_page_over_the_time_limit_is_an_error_and_its_worker_replaced(tmp_path, scripted_extract):
    ids = ["a", "HANG", "b", "c", "DIE", "d", "e"]  # chunks of 4: HANG holds up a, b, c's chunk
    records = [{"id": i, "text": f"{i} 本报讯"} for i in ids]
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = run(records, out, errors, workers=2, page_timeout=2.0)
    assert (summary.written, summary.errors) == (5, 2)
    line = page_line("x", scripted_extract.model_dump_json())
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == \
           [json.loads(line.replace('"x"', json.dumps(i), 1)) for i in "abcde"]
    reasons = {r["id"]: r["reason"] for r in read_jsonl(errors)}
    assert "time limit of 2 s" in reasons["HANG"] and "replaced" in reasons["HANG"]
    assert reasons["DIE"] == "a worker process died on this page twice (exit status 3)"


# ---------------------------------------------------------------- what is read, the exit status, retrying

def test_any_case_of_txt_is_read_and_a_broken_link_is_an_error(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    text = pages(1)[0]["text"]
    for name in ("a.TXT", "b.Txt", "c.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text(text, encoding="utf-8")
    (folder / "d.txt").symlink_to(folder / "gone.txt")
    out = tmp_path / "out.jsonl"
    assert batch(folder, "-o", out, "--workers", "1") == 1
    assert [r["id"] for r in read_jsonl(out)] == [str(folder / n) for n in ("a.TXT", "b.Txt", "c.txt")]
    assert read_jsonl(tmp_path / "out.jsonl.errors.jsonl") == [
        {"id": str(folder / "d.txt"), "source": str(folder / "d.txt"),
         "reason": f"broken symbolic link to {folder / 'gone.txt'}"}]


def test_retry_errors_runs_failed_pages_again_and_keeps_the_errors_file_true(tmp_path):
    text = pages(1)[0]["text"]
    (tmp_path / "ok.txt").write_text(text, encoding="utf-8")
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "ok", "path": str(tmp_path / "ok.txt")},
        {"id": "late", "path": str(tmp_path / "late.txt")},   # missing in the first run
        {"id": "junk", "text": "\x00\x00"},                  # fails every time
    ])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert batch(source, "-o", out, "--errors", errors, "--workers", "1") == 1
    assert [r["id"] for r in read_jsonl(errors)] == ["late", "junk"]
    (tmp_path / "late.txt").write_text(text, encoding="utf-8")  # the cause is fixed
    assert batch(source, "-o", out, "--errors", errors, "--workers", "1", "--resume") == 1
    assert [r["id"] for r in read_jsonl(out)] == ["ok"]  # --resume alone skips failed pages
    assert batch(source, "-o", out, "--errors", errors, "--workers", "1", "--retry-errors") == 1
    assert [r["id"] for r in read_jsonl(out)] == ["ok", "late"]
    assert [r["id"] for r in read_jsonl(errors)] == ["junk"]  # listed once, "late" no longer


def test_the_exit_status_tells_failed_pages_and_nothing_to_do(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", pages(1))
    assert batch(good, "-o", tmp_path / "1.jsonl", "--workers", "1") == 0
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "junk", "text": "\x00"}])
    assert batch(bad, "-o", tmp_path / "2.jsonl", "--workers", "1") == 1  # every page failed
    (tmp_path / "empty").mkdir()
    assert batch(tmp_path / "empty", "-o", tmp_path / "3.jsonl", "--workers", "1") == 3
    assert batch(str(tmp_path / "nothing-*.txt"), "-o", tmp_path / "4.jsonl", "--workers", "1") == 3
    assert batch(tmp_path / "missing.txt", "-o", tmp_path / "5.jsonl", "--workers", "1") == 1  # an error record


# ---------------------------------------------------------------- Ctrl-C, Parquet's temporary files

def test_ctrl_c_ends_with_one_line_status_130_and_no_workers_left(tmp_path):
    fifo = tmp_path / "stream.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    run_ = subprocess.Popen([sys.executable, "-m", "newsextract", "batch", str(fifo), "-o", str(out),
                             "--workers", "2", "--no-progress"],
                            cwd=ROOT, start_new_session=True, stderr=subprocess.PIPE, text=True)
    try:
        with _open_writer(fifo, run_) as stream:
            stream.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pages(12)))
            stream.flush()
            deadline = time.monotonic() + 60
            while run_.poll() is None and time.monotonic() < deadline and \
                    (not out.exists() or out.read_bytes().count(b"\n") < 2):
                time.sleep(0.05)
            os.killpg(run_.pid, signal.SIGINT)  # what Ctrl-C sends: the command and its workers
            stderr = run_.stderr.read()
            run_.wait()
    finally:
        if run_.poll() is None:
            os.killpg(run_.pid, signal.SIGKILL)
            run_.wait()
    assert run_.returncode == 130
    assert stderr.count("\n") == 1 and stderr.startswith("newsextract batch: interrupted: "), stderr
    with pytest.raises(ProcessLookupError):  # the workers were stopped, not left behind
        os.killpg(run_.pid, 0)
    assert all(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())


def test_parquet_temporary_files_are_hidden_and_cleaned_up(tmp_path, monkeypatch):
    from newsextract.archive import tables

    folder = tmp_path / "t"
    assert batch(write_jsonl(tmp_path / "two.jsonl", pages(2)), "-o", folder, "--format", "parquet",
                 "--workers", "1") == 0
    replace = os.replace
    calls = []

    def killed_midway(src, dst):  # as if SIGKILL struck between two renames
        calls.append(dst)
        if len(calls) == 3:
            raise KeyboardInterrupt
        replace(src, dst)

    monkeypatch.setattr(tables.os, "replace", killed_midway)
    with pytest.raises(KeyboardInterrupt):
        tables.write_tables_from_jsonl(folder / "pages.jsonl", folder)
    monkeypatch.setattr(tables.os, "replace", replace)
    left = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
    assert left and all(name.startswith(".") for name in left)  # readers of *.parquet pass over them
    (folder / "pages.parquet.tmp").write_bytes(b"left by an older version")
    assert batch(write_jsonl(tmp_path / "three.jsonl", pages(3)), "-o", folder, "--format", "parquet",
                 "--workers", "1") == 0
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    tables_now = {t: pq.read_table(folder / f"{t}.parquet") for t in TABLES}  # all complete, all of this run
    assert tables_now["pages"].num_rows == 3
    assert set(tables_now["articles"].column("page_id").to_pylist()) == {r["id"] for r in pages(3)}


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
    from newsextract.archive.distributed import extract_bag, is_error, is_page, records_bag, write_parquet

    records = pages(8) + [{"id": "junk", "text": "\x00\x00"}]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    # The local run in a fresh interpreter too, so both runs import the same code.
    local_run = subprocess.run([sys.executable, "-m", "newsextract", "batch", str(source), "-o",
                                str(tmp_path / "local"), "--format", "parquet", "--workers", "1", "--no-progress"],
                               cwd=ROOT, stderr=subprocess.DEVNULL)
    assert local_run.returncode == 1  # the junk page failed
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
