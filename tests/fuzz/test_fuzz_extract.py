"""A fuzz target for `extract`: news-like pages from the library's vocabularies
(tests/strategies.py), then mutated with arbitrary characters, given as str or bytes.

CI runs a few examples, the same ones each time. To fuzz longer, name how many examples
(each run then explores new ground, and a failure prints the text and a
`@reproduce_failure` blob):

    NEWSEXTRACT_FUZZ_EXAMPLES=200000 python3 -m pytest tests/fuzz -x
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import page, published
from support import assert_spans

from newsextract import extract
from newsextract.text import decode

EXAMPLES = int(os.environ.get("NEWSEXTRACT_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=EXAMPLES or 60, derandomize=not EXAMPLES, database=None, deadline=None,
                print_blob=True, suppress_health_check=list(HealthCheck))

# Anything a page pulled from a PDF may hold: every plane of Unicode but lone surrogates
# (which extract refuses with a ValueError, tested in test_api), control characters included.
junk = st.text(st.characters(codec="utf-8"), min_size=1, max_size=8)


@st.composite
def mutated(draw) -> str:
    """A generated page with arbitrary characters put in, replaced or cut out at a few places."""
    raw, _ = draw(page())
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(raw)))
        k = draw(st.integers(0, 2))
        if k == 0:
            raw = raw[:at] + draw(junk) + raw[at:]
        elif k == 1:
            raw = raw[:at] + draw(junk) + raw[at + draw(st.integers(1, 4)):]
        else:
            raw = raw[:at] + raw[at + draw(st.integers(1, 40)):]
    return raw


@FUZZ
@given(mutated(), published, st.sampled_from(["str", "utf-8", "gb18030"]),
       st.sampled_from([None, "太原市", {"province": "山西省"}, "清徐县"]))
def test_extract_keeps_its_contract_on_anything(raw, published_on, given_as, home):
    data = raw if given_as == "str" else raw.encode(given_as)
    result = extract(data, published=published_on, home=home)
    assert_spans(decode(data), result)  # bytes: offsets into the decoded text (a BOM dropped)
    result.model_dump_json()
