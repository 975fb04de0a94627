"""`organizations.hints.matches_near` gives what `finditer` gives for the patterns tried near
their hints (congresses, plenums, sessions, terms, `全市` in a ranking), and `_HAS_SCORE`
says what `_SCORE` says of a whole text."""
from __future__ import annotations

import random

from newsextract.organizations import home, productions
from newsextract.organizations.hints import matches_near, occurrences

_ALPHABET = "全市第二位居列高于低于平均比较占十五大中共中国共产党届次全国代表大会人大常委会政协省县区三一九，。"


def _texts() -> list[str]:
    rng = random.Random(21)
    made = ["中共十五大以来", "党的十九大精神", "十二大行业", "市第十五届人民代表大会第三次会议", "九届全国政协",
            "中国共产党第二十次全国代表大会", "居全市第二位", "高于全市平均水平", "全市平均", "全市今年新建学校", ""]
    return made + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(3000)]


def _same(pattern, text: str, hints, reach: int) -> None:
    assert [m.span() for m in matches_near(pattern, text, hints, reach)] == [
        m.span() for m in pattern.finditer(text)], text


def test_productions_near_their_hints_find_what_finditer_finds():
    for text in _texts():
        hints = (hint.start() for hint in productions._CONGRESS_HINT.finditer(text))
        _same(productions._CONGRESS, text, hints, productions._CONGRESS_REACH)
        for pattern in (productions._PLENUM, productions._SESSION, productions._TERM):
            _same(pattern, text, occurrences(productions._TERM_WORD, text), productions._TERM_REACH)


def test_rankings_near_whole_city_find_what_finditer_finds():
    reach = max(map(len, home._home_words()["rank_before"]))
    for text in _texts():
        _same(home._ranking_pattern(), text, occurrences(home._WHOLE_CITY, text), reach)


def test_has_score_says_what_score_says():
    rng = random.Random(1)
    for _ in range(3000):
        text = "".join(rng.choice("12３٣∶:比a 。") for _ in range(rng.randint(0, 12)))
        assert bool(productions._HAS_SCORE.search(text)) == bool(productions._SCORE.search(text)), text
