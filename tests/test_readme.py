"""The README's Python example runs as written, and its first two commands are what CI runs."""
import os
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_install_and_test_commands():
    first_block = re.search(r"```bash\n(.*?)```", README, re.S).group(1).splitlines()
    assert first_block[0].startswith("python3 -m pip install -e . && newsextract extract ")
    assert first_block[1] == "python3 -m pip install -e '.[test]' && python3 -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[test]'" in ci and "python3 -m pytest" in ci


@pytest.mark.skipif(not (ROOT.parent / "shared" / "pages").exists(), reason="the example page lives in ../shared")
@pytest.mark.parametrize("block", re.findall(r"```python\n(.*?)```", README, re.S))
def test_readme_python_example_runs(block, capsys):
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(here)
    assert "a0" in capsys.readouterr().out
