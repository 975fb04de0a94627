"""Numerals read the way a newspaper writes them; table in tests/cases/numbers.tsv."""
from decimal import Decimal

import pytest

from newsextract.text import numerals as numbers
from support import read_cases

CASES = read_cases("numbers")


def _expected(text: str):
    return None if text == "None" else Decimal(text)


@pytest.mark.parametrize("row", CASES, ids=[f"{r['function']}:{r['text']}" for r in CASES])
def test_numeral(row):
    if row["function"] == "P":
        assert numbers.parse_number(row["text"] or "") == _expected(row["expected"])
    else:
        got = numbers.chinese_to_int(row["text"] or "")
        expected = _expected(row["expected"])
        assert got == (None if expected is None else int(expected))


@pytest.mark.parametrize("text, span", [
    ("共有2080个", "2080"), ("金额32.5万余元", "32.5万"), ("达129,941次", "129,941"),
    ("一万二千人", "一万二千"), ("十二个", "十二"), ("增长1.2亿", "1.2亿"),
])
def test_number_pattern_finds_the_numeral(text, span):
    assert numbers.NUMBER_RE.search(text).group() == span


def test_number_pattern_does_not_start_at_a_bare_position():
    # `近千` needs the approximation word: a bare 千 in 千方百计 is no numeral
    assert numbers.NUMBER_RE.search("千方百计") is None


def test_parse_number_never_raises_on_junk():
    for junk in ["点", "十点", "亿亿亿", "1..2", "万万", "〇点", ",,,"]:
        numbers.parse_number(junk)


def test_values_are_plain_decimals():
    assert str(numbers.parse_number("32.5万")) == "325000"
    assert str(numbers.parse_number("1.2亿")) == "120000000"


def test_cn2an_is_only_given_recognised_numerals():
    # cn2an's `transform` rewrites idioms in running text; we never call it, and a
    # word that merely contains a numeral is no number to us
    import cn2an
    assert cn2an.transform("奔忙在一线") == "奔忙在1线"
    assert numbers.parse_number("一线") is None
    assert numbers.parse_number("焕然一新") is None
