"""`data/prebuilt.bin` (`newsextract.prebuilt`) holds what its data files give now, and a
value whose files changed is built from them instead."""
from __future__ import annotations

import marshal
from importlib import resources

from newsextract import prebuilt
from newsextract.places import gazetteer
from newsextract.text import folding


def test_packaged_file_matches_the_data_files():
    packaged = (resources.files("newsextract") / "data" / prebuilt.FILE).read_bytes()
    assert marshal.loads(packaged) == marshal.loads(prebuilt.build()), "run scripts/build_prebuilt.py"


def test_every_value_is_packaged_for_the_files_as_they_are():
    for key, (sources, _) in prebuilt.VALUES.items():
        assert prebuilt._table()[key][0] == prebuilt.sizes(sources), key


def test_a_value_of_changed_files_is_built_from_them(monkeypatch):
    monkeypatch.setattr(prebuilt, "sizes", lambda sources: (-1,) * len(sources))
    assert prebuilt.value("townships", lambda: "built") == "built"


def test_values_read_as_the_sources_give_them():
    assert gazetteer._townships() == gazetteer.township_table()
    assert folding.folds()[0] == {**folding.WIDTH, **dict(zip(*folding.traditional_table()[:2], strict=True))}
