"""`published` in any common form (issue 14): ISO without another parser, Chinese through the
library's date grammar, Latin script through dateparser; relative, partial and ambiguous
values refused with the value named. The command line takes the same forms."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from support import read_cases

from newsextract import extract
from newsextract.cli import main
from newsextract.published import coerce_published


def _cases() -> list:
    return [pytest.param(row, id=f"{k}:{row['value']}",
                         marks=[pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else [])
            for k, row in enumerate(read_cases("published"))]


@pytest.mark.parametrize("row", _cases())
def test_published_table(row):
    expected = row["expected"]
    if expected.startswith("error:"):
        with pytest.raises(ValueError) as err:
            coerce_published(row["value"])
        assert expected[len("error:"):].strip() in str(err.value)
        assert repr(row["value"]) in str(err.value)  # the message names the value
    else:
        assert coerce_published(row["value"]) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize("value, expected", [
    (dt.date(2025, 3, 13), dt.date(2025, 3, 13)),
    (dt.datetime(2025, 3, 13, 23, 59), dt.date(2025, 3, 13)),
    (dt.datetime(2025, 3, 13, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))), dt.date(2025, 3, 13)),
    (None, None),
])
def test_dates_datetimes_and_none(value, expected):
    assert coerce_published(value) == expected


@pytest.mark.parametrize("value", [20250313, 2025.0313, b"2025-03-13", ["2025-03-13"]])
def test_a_published_that_is_no_text_or_date_is_a_type_error(value):
    with pytest.raises(TypeError, match="published must be a str, date or None"):
        coerce_published(value)


@pytest.mark.parametrize("value, imports", [
    ("2025-03-13", False),  # the ISO fast path
    ("2025-03-13 10:32", False),
    ("2025年3月13日", False),  # the library's grammar reads Chinese dates
    ("March 13, 2025", True),
])
def test_dateparser_is_imported_only_for_what_the_library_does_not_read(value, imports):
    code = (f"import sys; from newsextract.published import coerce_published; coerce_published({value!r}); "
            "print('dateparser' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == str(imports)


def test_extract_reads_the_same_page_the_same_with_any_form():
    text = "本报讯 昨日,市民政局召开会议。"
    pages = [extract(text, published=p) for p in ("2025-03-13", "2025年3月13日", "13 March 2025",
                                                   dt.date(2025, 3, 13))]
    assert all(page == pages[0] for page in pages)
    assert pages[0].articles[0].dates[0].value.start == dt.date(2025, 3, 12)


@pytest.mark.parametrize("published", ["2025年3月13日", "2025/3/13", "March 13, 2025", "2025-03-13 10:32"])
def test_the_command_line_takes_the_same_forms(tmp_path, monkeypatch, published):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text("本报讯 昨日,市民政局召开会议。\n", encoding="utf-8")
    assert main(["extract", "page.txt", "--published", published, "-o", "out.json"]) == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["published"] == "2025-03-13"


def test_the_command_line_names_a_bad_value_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text("本报讯 昨日,市民政局召开会议。\n", encoding="utf-8")
    code = main(["extract", "page.txt", "--published", "3月12日"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "'3月12日' is not a date" in err, err
