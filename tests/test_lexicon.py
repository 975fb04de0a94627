"""Every data file loads and has a source line; malformed files and values outside a closed
column are refused at load with the file and line; data/README.md lists every file."""
import os
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

from newsextract import lexicon

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "newsextract" / "data"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def test_there_are_data_files():
    assert lexicon.available(), "newsextract/data holds no .tsv files"


@pytest.mark.parametrize("name", lexicon.available())
def test_every_data_file_loads(name):
    assert lexicon.rows(name), f"data/{name}.tsv has no rows"


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """A data folder of our own for `lexicon` to read: write files into it with `write`."""
    folder = tmp_path / "newsextract" / "data"
    folder.mkdir(parents=True)
    monkeypatch.setattr(lexicon.resources, "files", lambda package: tmp_path / "newsextract")
    lexicon.rows.cache_clear()

    def write(name, text):
        (folder / f"{name}.tsv").write_text(text, encoding="utf-8")

    yield write
    lexicon.rows.cache_clear()


@pytest.mark.parametrize("text, message", [
    ("局\tgovernment\n", "source"),
    ("# source: test\n局\tgovernment\n局\tparty\n", "duplicate key '局'"),
    ("# source: test\n局\n", "expected 2"),
])
def test_malformed_data_is_refused(data_folder, text, message):
    data_folder("broken", text)
    with pytest.raises(lexicon.LexiconError, match=message):
        lexicon.rows("broken", columns=2)


@pytest.mark.parametrize("body, expected", [
    ("局\tgovernment\n厅\tgovernment\n", (("局", "government"), ("厅", "government"))),  # nothing to strip
    ("局 \t government\n厅\tgovernment \n", (("局", "government"), ("厅", "government"))),  # spaces around fields
    ("局\tgovernment\n \t \n厅\tgovernment\n", (("局", "government"), ("厅", "government"))),  # a blank line
    ("局\tgovernment\r\n厅\tgovernment\r\n", (("局", "government"), ("厅", "government"))),  # CRLF
    ("局\t全 国\n", (("局", "全 国"),)),  # a space inside a field stays
])
def test_fields_are_stripped_only_at_their_edges(data_folder, body, expected):
    data_folder("padded", "# source: test\n" + body)
    assert lexicon.rows("padded", columns=2) == expected


@pytest.mark.parametrize("text, message", [
    ("局\t政府 3 n\n", "source"),
    ("# source: test\n局\t局长 3 n\n局\t局面 3 n\n", "duplicate key '局'"),
    ("# source: test\n局局长\n", "expected a key, a tab"),
    ("# source: test\n局\t局长 3 n\n\t局面 3 n\n", "tsv:3: expected a key, a tab"),  # an empty key
    ("# source: test\n局\t局长 3 n\n\r\n", "tsv:3: expected a key, a tab"),  # a CRLF blank line
])
def test_malformed_keyed_data_is_refused(data_folder, text, message):
    data_folder("broken_keyed", text)
    lexicon.keyed_lines.cache_clear()
    with pytest.raises(lexicon.LexiconError, match=message):
        lexicon.keyed_lines("broken_keyed")


def test_keyed_rows_are_the_lines_after_their_key(data_folder):
    data_folder("keyed", "# source: test\n# a comment\n局\t局长 3 n\t局面 5 n\n\ntotal\t8\n")
    lexicon.keyed_lines.cache_clear()
    assert dict(lexicon.keyed_lines("keyed")) == {"局": "局长 3 n\t局面 5 n".encode(), "total": b"8"}
    lexicon.keyed_lines.cache_clear()


@pytest.mark.parametrize("name", ["dictionary", "dictionary_hmm", "ordinary_words"])
def test_shipped_index_fits_its_table(name):
    """`data/<name>.index.bin` is the one `keyed_index` builds from the table as it is
    (`scripts/build_dictionary.py --index`, `scripts/build_ordinary_words.py` rebuild them), and reading
    through it gives every row the lines split would."""
    folder = lexicon.resources.files("newsextract") / "data"
    data = (folder / f"{name}.tsv").read_bytes()
    assert (folder / f"{name}{lexicon.INDEX_SUFFIX}").read_bytes() == lexicon.keyed_index(name, data)
    lexicon.keyed_lines.cache_clear()
    indexed = lexicon.keyed_lines(name)
    assert isinstance(indexed, lexicon.IndexedLines)
    assert dict(indexed) == dict(lexicon._keyed_lines_split(name, data))
    assert indexed.get("not a key") is None and "not a key" not in indexed


def test_an_index_for_other_bytes_is_ignored(data_folder, tmp_path):
    old = "# source: test\n局\t局长 3 n\t局面 5 n\ntotal\t8\n"
    data_folder("keyed", old)
    index = tmp_path / "newsextract" / "data" / f"keyed{lexicon.INDEX_SUFFIX}"
    index.write_bytes(lexicon.keyed_index("keyed", old.encode()))
    lexicon.keyed_lines.cache_clear()
    assert dict(lexicon.keyed_lines("keyed")) == {"局": "局长 3 n\t局面 5 n".encode(), "total": b"8"}
    data_folder("keyed", "# source: test\n局\t局长 3 n\ntotal\t3\n")  # the table changed, not its index
    lexicon.keyed_lines.cache_clear()
    assert dict(lexicon.keyed_lines("keyed")) == {"局": "局长 3 n".encode(), "total": b"3"}
    lexicon.keyed_lines.cache_clear()


@pytest.mark.parametrize("name", lexicon.available())
def test_columns_are_the_rows_turned(name):
    """`columns` (no tuple per row) gives what `rows` does, column by column, "" past a short row."""
    table = lexicon.rows(name)
    width = max(map(len, table))
    assert lexicon.columns(name, width, required=1) == tuple(
        tuple(row[column] if len(row) > column else "" for row in table) for column in range(width))


@pytest.mark.parametrize("text, message", [
    ("# source: test\n局\t1\n局\t2\n", "duplicate key '局'"),
    ("# source: test\n局\n部\n", "expected 2 tab-separated fields"),
    ("# source: test\n局\t1\n\t2\n", "expected 2 tab-separated fields"),
])
def test_columns_refuse_what_rows_refuse(data_folder, text, message):
    data_folder("broken_columns", text)
    lexicon.source_text.cache_clear()
    lexicon.columns.cache_clear()
    with pytest.raises(lexicon.LexiconError, match=message):
        lexicon.columns("broken_columns", 2)
    lexicon.source_text.cache_clear()
    lexicon.columns.cache_clear()


def test_columns_check_closed_values(data_folder):
    data_folder("jump_markers", "# source: test\n转\tfrom\n接\tsideways\n")
    lexicon.source_text.cache_clear()
    lexicon.columns.cache_clear()
    with pytest.raises(lexicon.LexiconError, match="column 2 \\(role\\) is 'sideways'"):
        lexicon.columns("jump_markers", 2)
    lexicon.source_text.cache_clear()
    lexicon.columns.cache_clear()


# A typo in a closed column, by file: (file, rows after the source line, the line and column named).
BAD_VALUES = [
    ("units", "个\tcount\t1\t个\tclassifier\n亩\taera\t1\t亩\tmeasure\n", 3, "column 2 (kind) is 'aera'"),
    ("units", "个\tcount\t1\t个\tclasifier\n", 2, "column 5 (role) is 'clasifier'"),
    ("units", "余台\tcount\t1\t台\tclassifier\t\tmore\n", 2, "column 7 (approximation) is 'more'"),
    ("approx_words", "约\tbefore\tabout\n左右\tafter\taround\n", 3, "column 3 (approximation) is 'around'"),
    ("approx_words", "约\tbefor\tabout\n", 2, "column 2 (position) is 'befor'"),
    ("change_words", "增长\tup\n下降\tdwon\n", 3, "column 2 (direction) is 'dwon'"),
    ("byline_roles", "记者\treporter\n", 2, "column 2 (bucket) is 'reporter'"),
    ("date_words", "今天\tdays\t0\n", 2, "column 2 (role) is 'days'"),
    ("date_cues", "将于\tahead_before,ahead_afterr\n", 2, "column 2 (roles) is 'ahead_afterr'"),
    ("festivals", "春节\tlunr\t春节\tname\n", 2, "column 2 (calendar) is 'lunr'"),
    ("org_suffixes", "局\tgovernment\tunit\t-\n委\tgoverment\tunit\t-\n", 3, "column 2 (kind) is 'goverment'"),
    ("org_suffixes", "局\tgovernment\tunits\t-\n", 2, "column 3 (class) is 'units'"),
    ("org_aliases", "团市委\tpeoples\t共青团{city}委员会\n", 2, "column 2 (kind) is 'peoples'"),
    ("org_gazetteer", "ADB\t亚洲开发银行\tgovernment\tinternational\nAU\t非洲联盟\tgovernmnet\tinternational\n", 3,
     "column 3 (kind) is 'governmnet'"),
    ("org_gazetteer", "ADB\t亚洲开发银行\tgovernment\tglobal\n", 2, "column 4 (scope) is 'global'"),
    ("org_prefixes", "中共\tparty\t中共\n本市\thome_city\t{city}\n", 3, "column 2 (role) is 'home_city'"),
    ("org_stop", "部门\tfalse\n部长\tposts\n", 3, "column 2 (why) is 'posts'"),
    ("org_boundaries", "在\tstrict\n和平\tnames\n", 3, "column 2 (kind) is 'names'"),
    ("divisions", "110000\t北京市\t北京\tprovence\t\n", 2, "column 4 (level) is 'provence'"),
    ("event_vocabulary", "开展\tactivity\tverb\tguidelines\n签约\tsining\tword\tcedict\n", 3,
     "column 2 (type) is 'sining'"),
    ("event_vocabulary", "开展\tactivity\tverbs\tguidelines\n", 2, "column 3 (kind) is 'verbs'"),
    ("event_vocabulary", "开展\tactivity\n", 2, "column 3 (kind) is missing"),
    # the closed list of GUIDELINES §5: a type name from before issue 17 is refused
    ("event_vocabulary", "讲座\tlecture\tnoun\tcedict\n", 2, "column 2 (type) is 'lecture'"),
    ("event_vocabulary", "讲座\ttraining\tnoun\tcedict+reveiw\n", 2, "column 4 (source) is 'reveiw'"),
]


@pytest.mark.parametrize("name, body, line, message", BAD_VALUES,
                         ids=[f"{name}-{message.split(' is ')[0]}" for name, _, _, message in BAD_VALUES])
def test_a_value_outside_a_closed_column_is_refused_with_file_and_line(data_folder, name, body, line, message):
    data_folder(name, "# source: test\n" + body)
    with pytest.raises(lexicon.LexiconError, match=rf"^data/{name}\.tsv:{line}: {re.escape(message)}; use one of "):
        lexicon.rows(name)


@pytest.mark.parametrize("name, body", [
    ("units", "个\tcount\t1\t个\tclassifier\n余台\tcount\t1\t台\tclassifier\t\tover\n"),  # approximation optional
    ("change_words", "增长\tup\n高于\tup\tbaseline follows\n"),
    ("date_cues", "将于\tahead_before,festival_follower\n"),
    ("org_suffixes", "局\tgovernment\tunit\n"),                                  # bare optional
    ("event_vocabulary", "讲座\ttraining\tnoun\tcedict+guidelines+review\n"),
    ("org_aliases", "".join(f"词{k}\t{kind}\t{{city}}\n" for k, kind in enumerate(sorted(lexicon.ORG_KINDS)))),
])
def test_allowed_values_load(data_folder, name, body):
    data_folder(name, "# source: test\n" + body)
    assert lexicon.rows(name)


def test_every_closed_column_names_a_data_file():
    assert set(lexicon.CLOSED) <= set(lexicon.available())


def test_closed_sets_agree_with_the_code_that_reads_them():
    from newsextract.events import triggers
    from newsextract.layout import bylines

    assert lexicon.GUIDELINE_EVENT_TYPES == triggers.EVENT_TYPES
    assert lexicon.TRIGGER_KINDS == set(triggers.TRIGGER_KINDS)
    assert {c.values for c in lexicon.CLOSED["byline_roles"]} == {frozenset({*bylines.BUCKETS, "-"})}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer lives in ../shared")
def test_the_closed_event_list_is_the_scorers():
    source = SCORER.read_text(encoding="utf-8")
    listed = re.search(r"^EVENT_TYPES = \((.*?)\)", source, re.S | re.M).group(1)
    assert lexicon.GUIDELINE_EVENT_TYPES == set(re.findall(r'"(\w+)"', listed))


def test_a_typo_fails_at_load_not_inside_extract(tmp_path):
    """The same typo before this check reached `extract` as a pydantic ValidationError on
    Statistic.kind; now loading names the file and line. Run on a copy of the package."""
    shutil.copytree(ROOT / "newsextract", tmp_path / "newsextract", ignore=shutil.ignore_patterns("__pycache__"))
    units = tmp_path / "newsextract" / "data" / "units.tsv"
    lines = units.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(k for k, line in enumerate(lines, start=1) if line.startswith("亩\t"))
    lines[number - 1] = lines[number - 1].replace("\tarea\t", "\taera\t", 1)
    units.write_text("".join(lines), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", "from newsextract import extract; extract('耕地面积达到120亩。')"],
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)}, capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        f"newsextract.lexicon.LexiconError: data/units.tsv:{number}: column 2 (kind) is 'aera'; "
        f"use one of {', '.join(sorted(lexicon.CLOSED['units'][0].values))}")


# ------------------------------------------------------------------ data/README.md

def readme_rows() -> dict[str, str]:
    """The files data/README.md's table lists: `| `name.tsv` | …` rows."""
    text = (DATA / "README.md").read_text(encoding="utf-8")
    return {m.group(1): m.group(0) for m in re.finditer(r"^\| `([\w.-]+\.tsv)` \|.*$", text, re.M)}


def test_every_data_file_has_a_row_in_the_readme():
    missing = sorted(f"{name}.tsv" for name in lexicon.available() if f"{name}.tsv" not in readme_rows())
    assert not missing, f"data/README.md has no row for {missing}"


def test_every_readme_row_names_an_existing_file():
    stray = sorted(name for name in readme_rows() if not (DATA / name).exists())
    assert not stray, f"data/README.md lists files that do not exist: {stray}"


def test_the_readme_gives_each_file_a_licence():
    unlicensed = sorted(name for name, row in readme_rows().items()
                        if not re.search(r"MIT|CC BY(-SA)? 4\.0|Apache-2\.0", row))
    assert not unlicensed, f"data/README.md names no licence for {unlicensed}"


def test_other_space_is_every_space_but_tab_newline_and_space():
    """`lexicon._OTHER_SPACE` writes `[^\\S\\t\\n ]` out: the same characters, in this interpreter's Unicode."""
    other = [ch.isspace() and ch not in "\t\n " for ch in map(chr, range(sys.maxunicode + 1))]
    spaces = "".join(chr(cp) for cp, yes in enumerate(other) if yes)
    rest = "".join(chr(cp) for cp, yes in enumerate(other) if not yes)
    assert len(lexicon._OTHER_SPACE.findall(spaces)) == len(spaces)
    assert lexicon._OTHER_SPACE.search(rest) is None


def test_padded_is_the_padded_pattern():
    """`lexicon._padded` is `_PADDED.search(text) is not None` in parts that run in C: over
    every text of up to six characters from tab, newline, space, another space, a line
    break other than `\\n` and a letter (a line of tabs alone, an empty last field, …)."""
    from itertools import product

    alphabet = "\t\n \u3000\ra"
    for size in range(7):
        for chars in product(alphabet, repeat=size):
            text = "".join(chars)
            assert lexicon._padded(text) == (lexicon._PADDED.search(text) is not None), repr(text)
