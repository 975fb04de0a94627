"""The article's one scan (`newsextract.anchors`) finds what each stage's own search finds:
every suffix and alias of the organization vocabulary, overlaps included, in the order the
organizations stage reads them, and the longest division name and place name ending at each
place (what `text.name_ends.NameEnds` finds), on texts whose UTF-16 bytes could match a word
across two units, with characters past U+FFFF, Latin letters, and on the fixture pages."""
from __future__ import annotations

import pathlib

import ahocorasick
import pytest

from newsextract.anchors import Anchors
from newsextract.organizations.vocabulary import vocabulary
from newsextract.places import gazetteer
from newsextract.places.vocabulary import named
from newsextract.text.name_ends import NameEnds

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _organization_words(text: str) -> list[tuple[int, str]]:
    """The organizations stage's own reading: a plain automaton of the words spelled backwards."""
    mirror = ahocorasick.Automaton()
    for word in vocabulary().searched:
        mirror.add_word(word[::-1], word)
    mirror.make_automaton()
    last = len(text) - 1
    return [(last - at, word) for at, word in mirror.iter(text[::-1])]


def _names(text: str, names) -> list[tuple[int, int]]:
    return NameEnds(names).find(text, names)


def _expected(text: str) -> tuple[list, list, list]:
    return (_organization_words(text), _names(text, set(gazetteer.by_name().keys())),
            _names(text, set(named().keys())))


def _found(text: str) -> tuple[list, list, list]:
    anchors = Anchors.of(text)
    return anchors.organization_words, anchors.division_names, anchors.place_names


TEXTS = [
    ("", "empty"),
    ("北京市朝阳区人民政府", "nested names: 北京 and 北京市 end at different places"),
    ("山西省太原市小店区教育局和市公安局", "divisions and suffixes side by side"),
    ("𠀀北京市𠀀朝阳区人民政府𠀀", "characters past U+FFFF (two UTF-16 units) before and between names"),
    ("𡘙𠮷中国人民银行𠮷", "a name right after two such characters"),
    ("WHO和世界卫生组织WHOLE", "Latin letters: an alias in Latin, and inside a longer word"),
    ("乌鲁木齐市\n伊犁哈萨克自治州", "a name on each line"),
    ("\u3f00\u9c65\u4e5e政府", "bytes across three characters spell 政府's units, then 政府 itself"),
    ("日本东京和美国纽约", "place names that are no division"),
    ("没有任何名称的一句话。", "a negative: no word at all"),
]


@pytest.mark.parametrize("text, why", TEXTS, ids=[why for _, why in TEXTS])
def test_one_scan_finds_what_each_stage_found(text, why):
    assert _found(text) == _expected(text), why


def test_bytes_across_units_are_no_word():
    """U+3F00 U+9C65 U+4E5E read backwards are the bytes 4E 5E 9C 65 3F 00, whose middle four
    are 政府's units backwards (5E9C 653F): the automaton matches them, the scan skips them."""
    from newsextract import anchors
    text = "\u3f00\u9c65\u4e5e"
    automaton, words = anchors._scanner()
    assert any(not at & 1 and words[value >> anchors._KIND_BITS] == "政府"
               for at, value in automaton.iter(anchors._units(text[::-1])))
    assert _found(text) == ([], [], [])


def test_a_text_without_words_has_no_anchors():
    assert _found("没有任何名称的一句话。") == ([], [], [])


def test_one_scan_finds_on_the_fixture_pages_what_each_stage_found():
    pages = sorted((ROOT / "fixtures").glob("*/*.txt"))[:12]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert _found(text) == _expected(text), page.name
