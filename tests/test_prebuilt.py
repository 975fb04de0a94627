"""`data/prebuilt.bin` (`newsextract.prebuilt`) holds what its data files give now, and a
value whose files changed is built from them instead."""
from __future__ import annotations

import pickle
from importlib import resources
from pathlib import Path

from newsextract import anchors, prebuilt
from newsextract.organizations import vocabulary
from newsextract.places import gazetteer
from newsextract.text import folding


def test_packaged_file_matches_the_data_files():
    packaged = (resources.files("newsextract") / "data" / prebuilt.FILE).read_bytes()
    assert prebuilt.comparable(packaged) == prebuilt.comparable(prebuilt.build()), "run scripts/build_prebuilt.py"


def test_every_value_is_packaged_for_the_files_as_they_are():
    for key, (sources, _) in prebuilt.VALUES.items():
        assert prebuilt._table()[key][0] == prebuilt.sizes(sources), key


def test_a_value_of_changed_files_is_built_from_them(monkeypatch):
    monkeypatch.setattr(prebuilt, "sizes", lambda sources: (-1,) * len(sources))
    assert prebuilt.value("townships", lambda: "built") == "built"


def test_values_read_as_the_sources_give_them():
    assert gazetteer._townships() == gazetteer.township_table()
    assert folding.folds()[0] == {**folding.WIDTH, **dict(zip(*folding.traditional_table()[:2], strict=True))}


def test_packaged_automaton_finds_what_a_fresh_one_finds():
    packaged, words = anchors._scanner()
    made = anchors.table()  # built from the data files now
    fresh = pickle.loads(made["automaton"])
    assert made["words"] == words
    pages = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("*/*.txt"))[:12]
    assert pages
    for page in pages:
        backwards = anchors._units(page.read_text(encoding="utf-8")[::-1])
        assert list(packaged.iter(backwards)) == list(fresh.iter(backwards)), page.name
    assert sorted(packaged.items()) == sorted(fresh.items())


def test_vocabulary_from_the_packaged_parts_is_the_one_built_from_the_files(monkeypatch):
    packaged = vocabulary.vocabulary()
    monkeypatch.setattr(prebuilt, "sizes", lambda sources: (-1,) * len(sources))
    for cached in (vocabulary._parts, vocabulary.vocabulary, vocabulary.gazetteer, vocabulary.local_forms,
                   vocabulary.company_forms):
        monkeypatch.setattr(vocabulary, cached.__name__, cached.__wrapped__)
    built = vocabulary.vocabulary()
    for field in ("strict", "generic", "regions", "region_pairs", "titles", "words_after", "aliases",
                  "prefixes", "countries", "party_prefixes"):
        assert getattr(built, field) == getattr(packaged, field), field
    assert dict(built.suffixes) == dict(packaged.suffixes)
    assert {word: pattern.pattern for word, pattern in built.false_overlaps.items()} == \
        {word: pattern.pattern for word, pattern in packaged.false_overlaps.items()}
