"""The README's `pycon` examples (any text: a headline, a sentence, a traditional-script
paragraph as Big5 bytes) run and print what the README shows."""
import doctest
import pathlib
import re

import pytest

README = (pathlib.Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```pycon\n(.*?)```", README, re.S)


def test_the_readme_has_pycon_examples_of_every_finder():
    joined = "".join(BLOCKS)
    for name in ("extract(", "find_dates(", "find_organizations(", "find_statistics(", "find_events(", "big5hkscs"):
        assert name in joined, name


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{k}" for k in range(len(BLOCKS))])
def test_readme_pycon_example_prints_what_it_shows(block):
    test = doctest.DocTestParser().get_doctest(block, {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} README example(s) print something else (see the output above)"
