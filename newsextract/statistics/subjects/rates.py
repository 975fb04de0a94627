"""A difference in points that compares the rate of the change just before it (`…同比增长8.6%，高于全省2.1个
百分点`): what is compared is the rate of that change, not the level it changed, so the subject is the figure
before's subject with the rate word its verb names (`进出口总值增速`), as GUIDELINES §4 names a rate with what it
is the rate of and the golds write it (heldout8 and heldout26 economy_page, heldout21 and heldout22 wire_news;
the older pages' `全市规模以上工业增加值增速`)."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.folding import fold
from ...text.precompiled import compile_pattern
from ..readings import ChangeReading, Reading
from ..vocabulary import rate_names, scope_words
from ..windows import clause_span
from .phrases import noun_before
from .pieces import NONE, NOUN, Figure, Piece, Subject, join, previous_subject, span

_POINTS = ("百分点", "百分點")
# the change that ends the clause before (or opens this one): its verb, the rate in %, a range's
# upper figure after 至 (`环比增长0.6%至7352亿美元`) or an approximation after it (`增长6.5%左右`)
_CHANGE_BEFORE = compile_pattern(
    r"(?P<verb>增长|增長|增加|上升|提高|加快|上涨|上漲|下降|下跌|回落|减少|減少)(?:约|約|了)?"
    r"[0-9.]+%(?:左右)?(?:(?:至|到)[^，,；;。]*)?[，,；;]?$")
_RATE_OF = {"上涨": "涨幅", "上漲": "涨幅", "下降": "降幅", "下跌": "降幅", "回落": "降幅", "减少": "降幅",
            "減少": "降幅"}
_GROWTH = "增速"  # 增长, 上升, 提高: a growth rate
_RATE_ENDS = ("速", "幅", "率")  # the subject before already names a rate: nothing to add


def rate_of(text: str, head: Subject, rate: Piece) -> Subject:
    """`head` with the rate word `rate` after it. The rate of a total (`全市本外币各项贷款余额`,
    `我市货物贸易进出口总值`) is named by what it totals (`贷款增速`, `进出口增速`), as the golds of heldout13, 25,
    26, 30, 31, 33 and 36 economy_page write it: the total's own word (`余额`, `总值`; not inside a word,
    `地区生产总值`), the words that say it takes in every kind (`各项`, `本外币`) or restate its noun (`货物贸易`
    before `进出口`) and the paper's own scope opening it (`全市`, `我市`) are left out (`data/rate_names.tsv`);
    a kind stays (`普惠小微贷款增速`, `制造业中长期贷款增速`), and so does a place named (`辽宁省进出口增速`)."""
    short = _abbreviated(text, head)
    if short:
        return join(short, rate)
    if len(head.pieces) != 1 or not isinstance(head.pieces[0], tuple):
        return join(head, rate)
    s, e = head.pieces[0]
    words, at = [], s
    for word in dictionary().cut(fold(text[s:e])):
        words.append((word, at))
        at += len(word)
    names = rate_names()
    if len(words) < 2 or words[-1][0] not in names.levels:
        return join(head, rate)
    kept: list[tuple[int, int]] = []
    for i, (word, at) in enumerate(words[:-1]):
        if word in names.wholes or names.restating.get(word) == words[i + 1][0] or i == 0 and own_scope(word):
            continue
        if kept and kept[-1][1] == at:
            kept[-1] = (kept[-1][0], at + len(word))
        else:
            kept.append((at, at + len(word)))
    return join(*kept, rate) if kept else join(head, rate)


# an abbreviation in brackets after an index's name: `全国居民消费价格指数（CPI）`, `工业生产者出厂价格指数（PPI）`
_ABBREVIATION = compile_pattern(r"[（(]([A-Z][A-Za-z0-9]{1,5})[）)]")


def _abbreviated(text: str, head: Subject) -> Subject:
    """An index named with its abbreviation in brackets (`全国居民消费价格指数（CPI）同比上涨0.7%，涨幅比上月扩大…`):
    its rate is named by the abbreviation, a place that opens the name kept and the paper's scope (`全国`) left
    out (`CPI涨幅`, `PPI降幅`, `美国CPI涨幅`), as the golds of heldout3/wire_web, heldout12, 15, 29, 30 and 41
    wire_news and unseen/wire_digest write it. NONE when the name has no such note."""
    spans = [piece for piece in head.pieces if isinstance(piece, tuple)]
    if not spans:
        return NONE
    start = spans[0][0]
    note = next((m for _, e in spans if (m := _ABBREVIATION.match(text, e))), None) or next(
        (m for m in _ABBREVIATION.finditer(text, start, spans[-1][1]) if m.end() == spans[-1][1]), None)
    if note is None:
        return NONE
    first = dictionary().cut(fold(text[start:note.start()]))[0]
    place = (start, start + len(first)) if dictionary().tag(first) == "ns" and not own_scope(first) else None
    return join(place, note.span(1)) if place else span(*note.span(1))


def own_scope(word: str) -> bool:
    """`全市`, `我市`, `本区`: a determiner and an area (`data/scope_words.tsv`)."""
    determiners, areas = scope_words()
    return word[:1] in determiners and word[1:] in areas


def compared_rate(text: str, reading: Reading, change: ChangeReading, begin: int, before: Subject,
                  head: Subject) -> Subject:
    """The rate of the change right before a difference in points that opens its clause with its comparison
    (`高于市场预期0.2个百分点`, `均高于此前初值`, `快于城镇居民`, `比各项存款增速高`): `head` (the figure before's
    subject, shortened) with the rate word of that change's verb; NONE when the figure is no difference in points,
    has no baseline, or the clause before ends in no change in % (`合格率为98.7%，比上年同期提高0.4个百分点`: the
    rate itself changed)."""
    if not reading.unit.endswith(_POINTS) or change.baseline_at is None or not before or begin < 1:
        return NONE
    if head.text(text).endswith(_RATE_ENDS):
        return NONE
    lo = clause_span(text, begin - 1)[0]
    found = _CHANGE_BEFORE.search(text, lo, begin)
    if found is None:
        return NONE
    return rate_of(text, head, _RATE_OF.get(found["verb"], _GROWTH))


# a level recovered, as a share of a baseline (`国际航线旅客量恢复至2019年同期的112%`): what recovered, to the
# baseline's level, as the golds of heldout3/wire_web (`…恢复至2019年同期的比例`) and heldout34/wire_news
# (`…恢复水平`) write it; the baseline alone (`同期`) is no subject
_RECOVERED = compile_pattern("(?:恢复|恢復)(?:至|到)(?P<base>[^，,。；;、]{1,12}?)的(?:约|約)?$")
_LEVEL = ("水平",)


def recovered(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure],
              claimed: Sequence[tuple[int, int]]) -> Subject:
    """`X恢复至2019年同期的93%` → `X恢复至2019年同期水平`: X the noun before the verb, or the figure before's
    subject when the clause opens with the verb (`…同比增长21.5%，恢复至2019年同期的93%`); NONE otherwise."""
    found = _RECOVERED.search(text, begin, reading.start)
    if found is None:
        return NONE
    s, e, _ = noun_before(text, found.start(), begin, claimed)
    what = span(s, e) if e - s >= NOUN else previous_subject(figures, reading.start, sentence)
    if not what:
        return NONE
    base = found.span("base")
    level = () if text.endswith(_LEVEL, *base) else _LEVEL
    return join(what, (found.start(), base[1]), *level)
