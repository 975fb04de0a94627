"""Every data file loads, has a source line and no duplicate keys; malformed files are refused."""
import pytest

from newsextract import lexicon


def test_there_are_data_files():
    assert lexicon.available(), "newsextract/data holds no .tsv files"


@pytest.mark.parametrize("name", lexicon.available())
def test_every_data_file_loads(name):
    rows = lexicon.rows(name)
    assert rows, f"data/{name}.tsv has no rows"


def _write(tmp_path, monkeypatch, text):
    folder = tmp_path / "newsextract" / "data"
    folder.mkdir(parents=True)
    (folder / "broken.tsv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon.resources, "files", lambda package: tmp_path / "newsextract")
    lexicon.rows.cache_clear()


@pytest.mark.parametrize("text, message", [
    ("局\tgovernment\n", "source"),
    ("# source: test\n局\tgovernment\n局\tparty\n", "duplicate key '局'"),
    ("# source: test\n局\n", "expected 2"),
])
def test_malformed_data_is_refused(tmp_path, monkeypatch, text, message):
    _write(tmp_path, monkeypatch, text)
    try:
        with pytest.raises(lexicon.LexiconError, match=message):
            lexicon.rows("broken", columns=2)
    finally:
        lexicon.rows.cache_clear()
