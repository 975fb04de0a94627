"""Numerals read the way a newspaper writes them; table in tests/cases/numbers.tsv."""
from decimal import Decimal

import pytest
from support import read_cases

from newsextract.text import numerals as numbers

CASES = read_cases("numbers")


def _expected(text: str):
    return None if text == "None" else Decimal(text)


@pytest.mark.parametrize("row", CASES, ids=[f"{r['function']}:{r['text']}" for r in CASES])
def test_numeral(row):
    if row["function"] == "P":
        assert numbers.parse_number(row["text"] or "") == _expected(row["expected"])
    elif row["function"] == "A":
        assert numbers.arabic_positional(row["text"] or "") == _expected(row["expected"])
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


# ------------------------------------------------------------------ our positional reader is cn2an's
def _cn2an_value(text: str) -> int | None:
    """What `chinese_to_int` gave when it called cn2an (before issue 21): the reference."""
    import cn2an
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if isinstance(value, int) or float(value).is_integer() else None


def _ours(text: str) -> int | None:
    try:
        return numbers._positional(text)
    except (ValueError, KeyError, IndexError):
        return None


SHORT_ALPHABET = "〇零一二两三九十百千万亿"  # zeros, digits (两 too), every unit


def _short_numerals():
    import itertools
    for n in range(1, 5):
        for chars in itertools.product(SHORT_ALPHABET, repeat=n):
            yield "".join(chars)


def _long_numerals(count: int = 6000, seed: int = 21):
    """Longer numerals: mostly well formed (cn2an's own writer, then spoken and damaged variants), some noise."""
    import random

    import cn2an
    rng = random.Random(seed)
    for _ in range(count):
        n = rng.choice([rng.randrange(10 ** k) for k in range(1, 17)])
        written = cn2an.an2cn(n)
        pick = rng.random()
        if pick < 0.3:
            written = written.replace("二", "两").replace("零", "〇")
        elif pick < 0.5 and len(written) > 2:
            k = rng.randrange(len(written))
            written = written[:k] + written[k + 1:]  # a character dropped: 一万二, 三百四
        elif pick < 0.6:
            written = "".join(rng.choice(SHORT_ALPHABET) for _ in range(rng.randrange(5, 12)))
        yield written


def test_the_positional_reader_gives_cn2an_s_value_for_every_short_numeral():
    differ = [(t, _ours(t), _cn2an_value(t)) for t in _short_numerals() if _ours(t) != _cn2an_value(t)]
    assert not differ, differ[:20]


def test_the_positional_reader_gives_cn2an_s_value_for_long_numerals():
    texts = list(_long_numerals())
    assert sum(_cn2an_value(t) is not None for t in texts) > len(texts) // 2  # the sample reads mostly
    differ = [(t, _ours(t), _cn2an_value(t)) for t in texts if _ours(t) != _cn2an_value(t)]
    assert not differ, differ[:20]


@pytest.mark.parametrize("text, value", [
    ("一万二千", 12000), ("两千", 2000), ("十二", 12), ("一万二", 12000), ("三百四", 340),
    ("一千零一十", 1010), ("一百一", 110), ("一万亿", 10 ** 12), ("二十", 20),
])
def test_the_positional_reader_reads_written_and_spoken_forms(text, value):
    assert numbers.chinese_to_int(text) == value


@pytest.mark.parametrize("text", ["十一十", "一十万万", "亿亿", "三十二十"])
def test_the_positional_reader_refuses_what_cn2an_refuses(text):
    assert numbers.chinese_to_int(text) is None and _cn2an_value(text) is None


def test_import_newsextract_and_reading_a_numeral_do_not_load_cn2an():
    import subprocess
    import sys
    code = ("import sys, newsextract\nfrom newsextract.text import numerals\n"
            "assert numerals.chinese_to_int('一万二千') == 12000\nprint('cn2an' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
