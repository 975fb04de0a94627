"""Does a paragraph say that it goes on the text above it (`另外，…`, `据介绍，…`, `县人社局还将…`, `二、…`)?

The words of sequence, addition, attribution and pointing back are data (data/paragraph_links.tsv); the
articles stage reads them to keep a paragraph with the item above, and `briefs` to deny a paragraph an
opening of its own.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping

from .. import lexicon
from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern
from . import joins as _joins
from . import roles

# a paragraph opened by a short label and a colon (`说明:…`, `主旨:…`): a part of a form, a notice
LABELLED_PART = compile_pattern(r"[^\W\d_]{1,4}:")


@functools.cache
def _links() -> Mapping[str, tuple[str, ...]]:
    return lexicon.mapping("paragraph_links")


# a place named in full, a word ending in its administrative unit (`烟台市`, `台南市`, `广东省`; not `全市`,
# `城区`): a source of figures named with it opens a brief of its own
_NAMED_PLACE = compile_pattern(r"[^\W\d_]{2,}[省市县区]")


def goes_on_above(text: str) -> bool:
    """Does the paragraph say that it goes on the text above it? It opens with a word of sequence or
    addition (`另外，…`, `据统计，…`, `当天，…`) or a further item's word (`另悉，…`), the first clause
    has an adverb of addition or a word pointing back to the day or meeting above after its subject
    (`金管局又指`, `法院昨日也就…宣判`, `省农业农村厅当天派出…`, `局長在會上表示`) or ends with a verb
    of saying (`社署发言人表示，`) or of counting (`劳工局统计，`: the source of what the text above reported;
    a source named in full with its place, `人民银行烟台市分行统计，`, opens a brief of its own), or it is
    a numbered part (`二、…`) or a labelled part (`说明:…`) of a structured text."""
    return cue(text) is not None


def attribution(text: str) -> str:
    """The word attributing the paragraph to a source that opens it (`据`, `另据`), or ''."""
    return max((w for w, (place,) in _links().items() if place == "attributes" and text.startswith(w)),
               key=len, default="")


def cue(text: str) -> str | None:
    """What says that the paragraph goes on the text above (`goes_on_above`): `part` (a numbered,
    labelled or further part, or a part of what it counted, `其中…`), `opens`, `attributes`, `refers` or `adverb`
    (a word of data/paragraph_links.tsv), or only `says` (its first clause ends with a verb of saying or counting);
    None when nothing does."""
    if roles.is_numbered(text) or _joins.opens_item(text) or LABELLED_PART.match(text):
        return "part"
    links = _links()
    for word, (place,) in links.items():
        if place in ("opens", "part", "attributes", "refers") and text.startswith(word):
            return place
    clause = text[:min((i for i in map(text.find, ",;。:") if i >= 0), default=len(text))]
    tokens = dictionary().cut(clause)
    if not tokens:
        return None
    last = links.get(tokens[-1], ("",))[0]
    if last == "counts" and any(_NAMED_PLACE.fullmatch(t) for t in tokens[:-1]):
        return None
    for t in tokens[1:]:
        if links.get(t, ("",))[0] in ("adverb", "refers"):
            return links[t][0]
    return "says" if last in ("says", "counts") else None
