"""The command line: every user error is one line on stderr with exit status 2 that names
the argument or file, with the program's name once; Ctrl-C is one line and 130."""
from __future__ import annotations

import json
import os
import pathlib

import pytest

from newsextract import cli
from newsextract.archive.batch import default_workers
from newsextract.cli import main

PAGE = "本报讯 昨日，市民政局召开会议，10余名志愿者参加活动。\n"


@pytest.fixture
def files(tmp_path, monkeypatch):
    """A folder with a page, a JSON Lines input and a plain file, as the working directory."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": PAGE}, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    (tmp_path / "plain").write_text("not a folder", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return tmp_path


def _full() -> list[str]:
    return ["/dev/full"] if os.path.exists("/dev/full") else []


# (arguments, words the one line must hold)
USER_ERRORS = [
    # extract
    (["extract", "missing.txt"], ["newsextract extract: ", "missing.txt", "No such file"]),
    (["extract", "folder"], ["folder", "directory"]),
    (["extract", "page.txt", "-o", "nowhere/out.json"], ["-o nowhere/out.json", "cannot write"]),
    (["extract", "page.txt", "-o", "plain/out.json"], ["-o plain/out.json", "cannot write"]),
    (["extract", "page.txt", "-o", "folder"], ["-o folder", "cannot write"]),
    *[(["extract", "page.txt", "-o", path], ["-o /dev/full", "No space left"]) for path in _full()],
    (["extract", "page.txt", "--published", "3/4/2025"], ["--published", "3/4/2025", "ambiguous"]),
    (["extract", "page.txt", "--published", "2025-02-30"], ["--published", "2025-02-30"]),
    (["extract"], ["newsextract extract: ", "required", "page"]),
    # schema
    (["schema", "-o", "nowhere/schema.json"], ["newsextract schema: ", "-o nowhere/schema.json"]),
    *[(["schema", "-o", path], ["newsextract schema: ", "/dev/full"]) for path in _full()],
    # batch
    (["batch", "in.jsonl"], ["newsextract batch: ", "-o/--output"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--workers", "0"], ["--workers 0"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--workers", str(default_workers() + 1)],
     [f"--workers {default_workers() + 1}", "--force"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--workers", "many"], ["--workers", "many"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--published-from-name", "("], ["--published-from-name"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--root", "nowhere"], ["--root nowhere"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--max-bytes", "0"], ["--max-bytes 0"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--page-timeout", "-1"], ["--page-timeout -1"]),
    (["batch", "in.jsonl", "-o", "in.jsonl"], ["-o in.jsonl", "input"]),
    (["batch", "in.jsonl", "-o", "out.jsonl", "--errors", "out.jsonl"], ["--errors out.jsonl", "-o out.jsonl"]),
    (["batch", "in.jsonl", "-o", "plain/out.jsonl"], ["-o plain/out.jsonl", "cannot write"]),
    (["batch", "in.jsonl", "-o", "folder", "--workers", "1"], ["-o folder", "cannot write"]),
    (["batch", "in.jsonl", "-o", "plain", "--format", "parquet"], ["-o plain", "not a directory"]),
    *[(["batch", "in.jsonl", "-o", path, "--workers", "1"], ["-o /dev/full", "No space left"]) for path in _full()],
    # view
    (["view", "missing.txt"], ["newsextract view: ", "missing.txt", "No such file"]),
    (["view", "page.txt", "-o", "nowhere/page.html"], ["-o nowhere/page.html", "cannot write"]),
    (["view", "page.txt", "--published", "3/4/2025"], ["--published", "3/4/2025", "ambiguous"]),
    # no command, an unknown one
    ([], ["newsextract: ", "command"]),
    (["show", "x"], ["newsextract: ", "show"]),
]


@pytest.mark.parametrize("argv, words", USER_ERRORS, ids=[" ".join(a) or "(none)" for a, _ in USER_ERRORS])
def test_a_user_error_is_one_line_with_status_2(files, capsys, argv, words):
    assert main([*argv, *(["--no-progress"] if argv[:1] == ["batch"] else [])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    prog = "newsextract " + argv[0] if argv and argv[0] in ("extract", "schema", "batch", "view") else "newsextract"
    assert err.startswith(prog + ": ") and not err[len(prog) + 2:].startswith("newsextract"), err
    for word in words:
        assert word in err


def test_the_library_prefix_is_not_repeated(files, capsys):
    (files / "gb.txt").write_bytes(b"\x81\x30\xff\xfe\x80\x80")  # neither UTF-8 nor GB18030 nor Big5
    assert main(["extract", "gb.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsextract extract: gb.txt: ") and err.count("newsextract") == 1, err


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_extreme_published_dates_work_or_are_one_line(files, capsys, published):
    """`昨日` on 0001-01-01 is before year 1: the library either answers or says so, the
    command line never shows a traceback."""
    code = main(["extract", "page.txt", "--published", published, "-o", "out.json"])
    err = capsys.readouterr().err
    assert code in (0, 2)
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("newsextract extract: --published "), err
    else:
        assert json.loads((files / "out.json").read_text(encoding="utf-8"))["published"] == published


def test_good_commands_still_work(files, capsys):
    assert main(["extract", "page.txt", "--published", "2025-03-13", "-o", "out.json"]) == 0
    assert json.loads((files / "out.json").read_text(encoding="utf-8"))["published"] == "2025-03-13"
    assert main(["schema", "-o", "schema.json"]) == 0
    assert json.loads((files / "schema.json").read_text(encoding="utf-8"))["title"] == "Page"
    assert capsys.readouterr().err == ""


def test_ctrl_c_is_one_line_and_status_130(files, capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cmd_extract", interrupted)
    assert main(["extract", "page.txt"]) == 130
    assert capsys.readouterr().err == "newsextract extract: interrupted\n"


def test_batch_nothing_to_do_is_status_3(files, capsys):
    (files / "empty").mkdir()
    assert main(["batch", "empty", "nothing-*.txt", "-o", "out.jsonl", "--no-progress"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing to do" in err


def test_workers_above_the_cores_run_with_force(files):
    assert main(["batch", "in.jsonl", "-o", "out.jsonl", "--workers", str(default_workers() + 1), "--force",
                 "--no-progress"]) == 0
    assert [json.loads(line)["id"] for line in (files / "out.jsonl").read_text(encoding="utf-8").splitlines()] == ["a"]


def test_input_is_untouched_when_output_names_it(files):
    before = (files / "in.jsonl").read_bytes()
    assert main(["batch", "in.jsonl", "-o", "in.jsonl", "--no-progress"]) == 2
    assert (files / "in.jsonl").read_bytes() == before
    assert not pathlib.Path("in.jsonl.errors.jsonl").exists()
