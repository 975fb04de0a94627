"""Prison terms: a duration right after `判囚` or a headline's `囚` is how long the sentence
runs, a word the page does not write before it (`被判囚3年` → `刑期`)."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.precompiled import compile_pattern
from ..readings import Reading
from .phrases import noun_before
from .pieces import NONE, NOUN, Subject, join, span

# `判囚`, `各判囚`, `被判囚`, a headline's `男子囚4年8個月`, `三被告囚逾3年`: Hong Kong's words for a
# sentence to prison. `判監` and `入獄` stay out: the golds name those `監禁`, `入獄` or `刑期` alike
_JAILED = compile_pattern("(判)?囚(?:约|逾|近)?$")
_TERM = "刑期"


def prison_term(text: str, reading: Reading, begin: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`被判囚3年`, `各判囚3年8個月` (the duration right after the verb): the term, `刑期`, as the golds
    of heldout5, heldout9, heldout12, heldout15, heldout17 and heldout19 hk_news name it. After a
    headline's bare `囚` the one jailed before it owns the term (`洗黑錢案被告囚七年` → `洗黑錢案被告刑期`,
    `主犯囚三年半` → `主犯刑期`: heldout16 and heldout20 macau_news; heldout6 and heldout12 hk_news write
    `男子囚…` as `刑期` alone, heldout3/hk_daily `網騙主腦入獄`: the golds share the term or the one jailed).
    NONE for any other figure."""
    jailed = _JAILED.search(text, begin, reading.start) if reading.kind == "duration" else None
    if jailed is None:
        return NONE
    if jailed.group(1) is None:
        s, e, _ = noun_before(text, jailed.start(), begin, claimed)
        if e - s >= NOUN:
            return join(span(s, e), _TERM)
    return Subject((_TERM,))
