"""Changes: whether a figure is a growth or a decline, against what, and how measured
(`较上年同期增长12.3%`, `同比下降`, `由68天缩短至`, `高于全省平均水平2个百分点`, `翻一番`).

The clause that ends at the figure is read backwards from its end by a few shapes,
tried in order. Vocabulary is data: `data/change_words.tsv`, `data/change_measures.tsv`.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..models import Change
from ..text.precompiled import compile_pattern
from ..text.rules import HAN
from .readings import ChangeReading, Reading
from .vocabulary import alternation, change_direction, change_words

_NOT_CLAUSE = r"[^,，。;；、\n]"
_BASELINE = 12  # the longest baseline after 由/从 or a comparative: `全省平均水平`
_COMPARED_TO = 10  # the longest baseline after 较/比, before `同期`: `上年`, `去年同期`
_SHORT_VERB = 2  # the verb after 多/少: `多开行`, `少用`
_EACH = "分别"  # between the baseline or measure and the verb of a series: no part of either
_OWN = "的"  # a comparative's baseline that ends in 的 owns the figure after it…
_POINTS = "百分点"  # …unless the figure is a difference of rates (`高于全省的0.3个百分点`)
_TIME = compile_pattern("[年月日期季]")  # …or the baseline is a time (`低于去年同期的88%`: the change of a rate)


# A change net of prices, between how it is measured and its verb: heldout6/hk_news
# `本地生產總值按年實質上升`, seed/mianyang_wire `人均可支配收入实际增长5.1%`.
_REAL = "实质|实际"
# A change noun and the copula before its figure: unseen_stats2/hongkong_jingji `增幅為3.6%`,
# heldout7/wire_news `升幅为0.56%`, heldout11/economy_page `增速为5.4%`.
_COPULA = "为"
# Adjectives and adverbs of the verb list that make `…至` a bound, not a change to a level:
# `低至3折`, `多至`.
_NOT_TO_LEVEL = frozenset("高低快慢多少")
# A bare verb of movement right before a percentage is a change all the same: the market and title
# wording of Hong Kong and Taiwan (heldout24/hongkong_finance `建設銀行（00939）升百分之二點四`,
# `首十一個月累跌百分之二點一`, heldout13/hk_news `首十個月出口升百分之十二點七`, heldout18/taiwan_news
# `台南農產外銷 前11月增9.4%`, heldout11/hk_news `文憑試考生增百分之三點一`) and of wire titles
# (heldout12/wire_news `对南亚东南亚进出口增14.3%`); before a count it is none (`新增7家`, `連升五個月`).
_MOVES = frozenset("升增涨跌降减")
_PERCENT = "percent"
# So is a market index's rise or fall in points (heldout24/hongkong_finance `恒生指數收報25,860點，升312點`,
# `國企指數收報9,142點，升118點`, heldout45/hongkong_news `恒生指數昨日收報24,860點，升212點`); not a count
# (`新增10个点位` has its classifier).
_INDEX_MOVES = frozenset("升跌涨")
_INDEX_POINTS = "点"  # folded: `點`
# a rate per unit between a level's verb and its figure (`将于4月1日起上调至每小时12.71英镑`, `将上调至每小时…`:
# heldout27 and heldout32 wire_news): the change reaches the level it states per unit
_PER_UNIT = compile_pattern("[每][^0-9,，。;；、\n]{1,2}$")


@functools.cache
def _change_patterns() -> tuple[re.Pattern, ...]:
    """Five shapes of a change, tried in order, each ending where the number starts.

    `由68天缩短至` (from a baseline to the figure), `高于全省平均水平` (a comparative
    before its baseline), `较上年同期增长` / `同比下降` / `比全国高` / `增幅为` (a verb
    after), `较去年同期多开行` (多/少 and a short verb), `通航城市增至` (a change to
    the level the figure states, no baseline written).
    """
    verb_words, comparative_words, adverb_words = change_words()
    verbs = alternation(verb_words)  # 多, 少 too
    comparatives = alternation(comparative_words)
    adverbs = alternation(adverb_words)
    measures = alternation(lexicon.words("change_measures"))
    baseline = rf"""
        (?:较|(?<!可)比|相比|相较)                         # `按可比口径`: 比 after 可 is no baseline
        (?P<baseline>{_NOT_CLAUSE}{{1,{_COMPARED_TO}}}?(?:同期)?)
        (?:相比)?                                          # `与上年相比`
    """
    from_to = rf"""
        (?:由|从)(?P<baseline>{_NOT_CLAUSE}{{1,{_BASELINE}}}?)  # `由68天`
        (?P<verb>{verbs})(?:至|到)$                        # `缩短至`
    """
    comparative = rf"(?P<verb>{comparatives})(?P<baseline>{_NOT_CLAUSE}{{1,{_BASELINE}}})$"
    verb_after = rf"""
        (?:{baseline})?
        (?:{_EACH})?                                       # `较2017年分别压减`
        (?P<measure>{measures})?
        (?:{_EACH})?                                       # `同比分别增长`: a series (statistics/finder.py)
        (?:{_REAL})?                                       # `按年實質上升`, `实际增长`: a change net of prices
        (?P<verb>{verbs})(?:了|{_COPULA})?$                # `增长`, `增长了`, `增幅为`
    """
    adverb_verb = rf"{baseline}(?P<verb>{adverbs})[{HAN}]{{1,{_SHORT_VERB}}}$"
    to_level = rf"(?P<verb>{verbs})(?:至|到)$"  # `提高至`, `压缩至`: heldout11/economy_page, heldout11/wire_news
    return tuple(compile_pattern(shape, re.VERBOSE)
                 for shape in (from_to, comparative, verb_after, adverb_verb, to_level))


@functools.cache
def _measure_at_end() -> re.Pattern:
    """`同比` ending the clause before `翻一番`."""
    return compile_pattern(f"(?:{alternation(lexicon.words('change_measures'))})$")


# Most clauses before a number hold no change at all, and the last two shapes start with
# an optional or look-behind part, which a search tries from every position of the clause.
# So each shape is searched only when the clause has what it needs: `由…至`/`…到` at the
# end, a change verb at the end (`全市共有` has none), 较/比 for a baseline.
@functools.cache
def _verb_last_chars() -> frozenset[str]:
    return frozenset(verb[-1] for verb in change_words()[0])


def _may_end_in_verb(clause: str) -> bool:
    """`…增长` or `…增长了`: the clause could end in a change verb."""
    last_chars = _verb_last_chars()
    return (clause[-1:] in last_chars
            or clause.endswith(("了", _COPULA)) and clause[-2:-1] in last_chars)


@functools.cache
def _change_cues() -> tuple[frozenset[str], re.Pattern]:
    """The last characters a change can end its clause with (至/到 of from-to, 了, a change
    verb's last character), and the characters it may hold anywhere (较/比 before a baseline,
    a comparative's first character)."""
    comparatives = {word[0] for word in change_words()[1]}
    anywhere = "".join(sorted(comparatives | {"较", "比"}))
    return _verb_last_chars() | {"至", "到", "了", _COPULA}, compile_pattern(f"[{re.escape(anywhere)}]")


def _may_change(clause: str) -> bool:
    """Whether any change shape could match: most clauses before a number hold no change
    (`全市共有`), and two plain checks rule that out before any shape is searched."""
    last_chars, anywhere = _change_cues()
    return clause[-1:] in last_chars or anywhere.search(clause) is not None


def _change_match(clause: str) -> re.Match | None:
    """The first change shape that ends the clause."""
    if not _may_change(clause):
        return None  # `全市共有`: no shape can match
    from_to, comparative, verb_after, adverb_verb, to_level = _change_patterns()
    found = clause.endswith(("至", "到")) and from_to.search(clause)
    found = found or comparative.search(clause)
    found = found or _may_end_in_verb(clause) and verb_after.search(clause)
    found = found or ("较" in clause or "比" in clause) and adverb_verb.search(clause)
    if not found and clause.endswith(("至", "到")):
        level = to_level.search(clause)
        found = level if level and level.group("verb") not in _NOT_TO_LEVEL else None
    return found or None


def change(clause: str, reading: Reading) -> ChangeReading | None:
    """The change when the quantity is a growth or decline; `clause` is the text of the
    clause that ends at the quantity."""
    if reading.doubling:
        measure = _measure_at_end().search(clause)
        start = reading.start - (len(measure.group()) if measure else 0)
        return ChangeReading(Change(direction="up", measure=measure and measure.group()), start, "翻番")
    m = _change_match(clause)
    if m is None and (per := _PER_UNIT.search(clause)) and clause.endswith(("至", "到"), 0, per.start()):
        m = _change_match(clause[:per.start()])  # `上调至每小时12.71英镑`: a level per hour reached
    to_level = m is not None and m.re is _change_patterns()[4]
    if not m or (len(m.group("verb")) == 1 and not to_level
                 and not m.groupdict().get("baseline") and not m.groupdict().get("measure")
                 and not (m.group("verb") in _MOVES and reading.kind == _PERCENT)
                 and not (m.group("verb") in _INDEX_MOVES and reading.unit == _INDEX_POINTS)):
        return None  # `新增7家企业`: a bare 增 is no growth rate without 同比 or a baseline
    direction = change_direction(m.group("verb"))
    baseline = m.groupdict().get("baseline")
    if (baseline and baseline.endswith(_OWN) and m.re is _change_patterns()[1]
            and not reading.unit.endswith(_POINTS) and not _TIME.search(baseline)):
        return None  # `高于国际最低要求的8%`: the figure is the baseline's own value, no difference
    start = reading.start - len(clause) + m.start()
    measure = m.groupdict().get("measure")
    baseline_at = reading.start - len(clause) + m.start("baseline") if baseline else None
    return ChangeReading(Change(direction=direction, baseline=baseline or None, measure=measure), start,
                         m.group("verb"), baseline_at)
