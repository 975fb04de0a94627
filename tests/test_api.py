"""The public call: argument checking, bad input, the JSON contract and its committed schema."""
import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import assert_spans

import newsextract
from newsextract import SCHEMA_VERSION, Page, extract
from newsextract.cli import schema_json

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "pages" / "000_a7e4e0ea92e49081.txt"
SAMPLE = ("今年社工考试 3月14日报名\n\n本报讯 3月12日,记者从市委社会工作部获悉,全省2025年度社会工作者职业资格考试"
          "将于5月24日至25日进行,网上报名从3月14日开始。\n\n(张 慧)\n")


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["文本"], {"text": "x"}])
def test_non_text_raises_type_error(bad):
    with pytest.raises(TypeError, match="str or bytes"):
        extract(bad)


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\n", "\u3000\r\n"])
def test_blank_text_gives_an_empty_page(blank):
    page = extract(blank, published="2025-03-13")
    assert page.articles == [] and page.schema_version == SCHEMA_VERSION
    assert page.published == dt.date(2025, 3, 13)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_bytes_are_decoded(encoding):
    assert extract(SAMPLE.encode(encoding), published="2025-03-13") == extract(SAMPLE, published="2025-03-13")


def test_undecodable_bytes_are_rejected_clearly():
    with pytest.raises(ValueError, match="neither UTF-8 nor GB18030"):
        extract(b"\x81\x30\xff\xfe\x80\x80")


@pytest.mark.parametrize("text, offset", [
    ("本报讯 当天\ud800,志愿者参加活动。", 6),
    ("\udcff", 0),
    ("abc\udc80def", 3),  # what errors="surrogateescape" leaves of a byte it could not decode
])
def test_a_lone_surrogate_is_rejected_with_its_offset(text, offset):
    """Issue 12: a lone surrogate gave a Page whose JSON could not be written."""
    with pytest.raises(ValueError, match=f"lone surrogate .* at offset {offset},.*errors='replace'"):
        extract(text)
    fixed = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    extract(fixed).model_dump_json()  # the remedy the message names works


@pytest.mark.parametrize("home", ["\ud800市", {"city": "\udc80市"}])
def test_a_lone_surrogate_in_home_is_rejected(home):
    with pytest.raises(ValueError, match="home holds a lone surrogate"):
        extract(SAMPLE, home=home)


def test_text_with_astral_characters_is_fine():
    text = "本报讯 当天,𠀀𠀁志愿者参加活动。😀"
    extract(text).model_dump_json()


@pytest.mark.parametrize("published, expected", [
    ("2025-03-13", dt.date(2025, 3, 13)),
    (dt.date(2025, 3, 13), dt.date(2025, 3, 13)),
    (dt.datetime(2025, 3, 13, 8, 30), dt.date(2025, 3, 13)),
])
def test_published_accepts_iso_strings_dates_and_datetimes(published, expected):
    assert extract(SAMPLE, published=published).published == expected


def test_bad_published_is_explained():
    with pytest.raises(ValueError, match="'3月12日' is not a date with a year, month and day"):
        extract(SAMPLE, published="3月12日")  # issue 14: `13/03/2025` is read now; a partial date is not
    with pytest.raises(TypeError, match="published"):
        extract(SAMPLE, published=20250313)


def test_the_result_is_the_json_contract():
    page = extract(SAMPLE, published="2025-03-13")
    data = json.loads(page.model_dump_json())
    assert data["schema_version"] == "1" and data["published"] == "2025-03-13"
    for article in data["articles"]:
        for key in ("id", "kind", "headline", "labels", "subheadings", "byline", "continued_from",
                    "continued_to", "truncated", "paragraphs", "dates", "organizations", "statistics", "events"):
            assert key in article
    assert Page.model_validate_json(page.model_dump_json()) == page
    assert_spans(SAMPLE, page)


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("*.txt")), ids=lambda p: p.stem)
def test_every_result_model_survives_revalidation(path):
    """Hot paths may build models without validation (`model_construct`); validating the
    whole page again must give the same models and the same JSON, field types included."""
    page = extract(path.read_text(encoding="utf-8"))
    dumped = page.model_dump_json()
    again = Page.model_validate_json(dumped)
    assert again == page
    assert again.model_dump_json() == dumped
    assert Page.model_validate(page.model_dump()) == page


def test_extract_is_deterministic():
    assert extract(SAMPLE, published="2025-03-13") == extract(SAMPLE, published="2025-03-13")


def test_committed_schema_is_current():
    committed = (ROOT / "docs" / "schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "docs/schema.json is stale: run `newsextract schema -o docs/schema.json`"


def test_package_root_exports_the_api():
    assert {"extract", "SCHEMA_VERSION", "Page"} <= set(newsextract.__all__)


def test_cli_reads_stdin_and_writes_json(tmp_path):
    out = tmp_path / "out.json"
    done = subprocess.run([sys.executable, "-m", "newsextract", "extract", "-", "--published", "2025-03-13",
                           "-o", str(out)], input=SAMPLE.encode("utf-8"), capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(out.read_text(encoding="utf-8"))["published"] == "2025-03-13"


def test_cli_reports_undecodable_input_without_a_traceback(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x81\x30\xff\xfe\x80\x80")
    done = subprocess.run([sys.executable, "-m", "newsextract", "extract", str(junk)], capture_output=True, check=False)
    assert done.returncode == 2 and b"Traceback" not in done.stderr and b"GB18030" in done.stderr


@pytest.mark.parametrize("junk", [
    "。" * 100_000,
    "……" * 50_000,
    "(" * 20_000 + ")" * 20_000,
    "记者 " * 20_000,
    "\n" * 50_000,
    "3月12日至" * 5_000,
    "".join(chr(c) for c in range(0x20, 0x3000, 7)) * 10,
    # the stress run (benchmarks/stress.py): each took its length squared, 200 KB more than 100 s
    "1" * 20_000,      # figures of the topic model and English amounts sought from every digit
    "1," * 10_000,     # English amounts sought again after every comma
    "123," * 5_000,    # a thousands chain read to its end from every comma
])
def test_pathological_pages_finish_and_keep_spans(junk):
    page = extract(junk, published="2025-03-13")
    assert_spans(junk, page)


def test_binary_junk_decoded_as_latin_text_does_not_crash():
    junk = bytes(range(256)).decode("latin-1") * 200
    assert_spans(junk, extract(junk))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("本报讯记者通讯员摄(上接第1版)年月日至上午余万元个%市委局社区街道公司"
                                             ",。“” \n张慧03月12")),
               max_size=300))
def test_extract_never_raises_and_spans_hold(text):
    assert_spans(text, extract(text, published="2025-03-13"))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_extract_never_raises_on_any_str(text):
    assert_spans(text, extract(text))


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the example page lives in ../shared")
def test_example_page_spans_hold():
    raw = EXAMPLE.read_text(encoding="utf-8")
    assert_spans(raw, extract(raw, published="2025-03-13"))


def test_threads_share_the_library_and_get_the_same_result():
    from concurrent.futures import ThreadPoolExecutor

    pages = [SAMPLE * k for k in (1, 2, 3, 4)] * 3
    expected = [extract(p, published="2025-03-13") for p in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda p: extract(p, published="2025-03-13"), pages)) == expected
