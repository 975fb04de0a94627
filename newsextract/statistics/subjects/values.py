"""Value words and measure names before an amount (`总额`, `装机容量`), and what they value, written
after the amount and its 的 (`总额6500万美元的紧急援助`)."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import Reading
from ..windows import CLAUSE_END
from .owners import measure_heads
from .phrases import ADVERB_TAGS, CN_OR_ARABIC_DIGIT, VERB_TAG, noun_after
from .pieces import NOUN

VALUE_WORDS = ("总额", "价值", "总值", "金额")


_RESTATEMENT = compile_pattern(r"[（(][^（()）\n]{1,20}[）)]")  # `约18.3万亿日元（约合8430亿元人民币）的`
_WHAT_IS_VALUED = 12  # `补充预算案`, `铁路现代化投资计划`: longer, a clause
_BUDGET_YEAR = compile_pattern("(?:[0-9]{4}|本)(?:财|財)?年度?")
_NOUN_TAGS = ("n", "vn")  # jieba's nouns and verbal nouns end a name (`投资计划`, `援助`)


def valued_after(text: str, reading: Reading, s: int, e: int,
                 claimed: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """What a value word before an amount values, written after the amount and its 的: `总额6500万美元的紧急援助`,
    `通过总额约18.3万亿日元（约合8430亿元人民币）的2025财年补充预算案` (a restatement in brackets between),
    `批准一项总额约120亿欧元的铁路现代化投资计划`: the rest of the clause when it is a noun's length ending in
    a noun, with no adverb, preposition or figure in it (a year opening it is none of it), else the counted
    noun after 的; None without 的."""
    at = reading.end
    note = _RESTATEMENT.match(text, at)
    at = note.end() if note else at
    if not text.startswith("的", at):
        return None
    start = next((t for c, t in claimed if c == at + 1), at + 1)
    year = _BUDGET_YEAR.match(text, start)  # `2025财年补充预算案`: the year says when
    start = year.end() if year else start
    close = min((i for i in (text.find(c, start) for c in CLAUSE_END) if i >= 0), default=len(text))
    words = dictionary().cut(text[start:close]) if NOUN <= close - start <= _WHAT_IS_VALUED else []
    tags = [dictionary().tag(w) or "" for w in words]
    if words and tags[-1].startswith(_NOUN_TAGS) and not ADVERB_TAGS.intersection(tags) \
            and not CN_OR_ARABIC_DIGIT.search(text, start, close):
        return start, close  # `铁路现代化投资计划`: a noun to the clause end, a verb inside its name
    after = noun_after(text, at)
    return after if after[1] - after[0] >= NOUN else None


_MEASURE_NAME = 3  # `装机容量`, `建筑面积`: a measure's name of its own; `面积`, `产量` alone say too little


def measure_word(text: str, s: int, e: int) -> tuple[int, int] | None:
    """`建设装机容量20万千瓦的风电项目` → `装机容量`: the measure's name ending [s, e) (its last word, a noun
    ending in a measure's head: `data/measure_heads.tsv`), which measures what the amount's 的 goes on to, as a
    value word does (heldout4/county_daily, heldout34/county_news: `风电场装机容量`, `风电项目装机容量`)."""
    last = (dictionary().cut(text[s:e]) or [""])[-1]
    if len(last) >= _MEASURE_NAME and (dictionary().tag(last) or "").startswith(_NOUN_TAGS) \
            and last.endswith(measure_heads()):
        return e - len(last), e
    return None


def value_word(text: str, s: int, e: int) -> tuple[int, int]:
    """The value word ending [s, e), with the noun before it when no verb or count stands there
    (`签约总额`: `批准一项总额` → `总额`, the thing valued being named after the amount)."""
    word = next(w for w in VALUE_WORDS if text.endswith(w, s, e))
    head = e - len(word)
    before = dictionary().cut(text[s:head])
    if any(dictionary().tag(w) in (VERB_TAG, "m") or CN_OR_ARABIC_DIGIT.match(w) for w in before):
        return head, e
    return s, e
