"""Subjects: the noun phrase a figure measures, as the page writes it.

The rule
--------
The subject of a statistic is the noun phrase that the figure counts or measures, with its
modifiers up to the nearest verb, time or actor, read on the side the grammar gives:

- **`X达N`, `X为N`, `XN`** (a measure, a rate, or a count with nothing counted after it):
  X, read leftwards from the number past its link word (`达`, `为`, `共`, `总计`). The phrase
  stops at the clause's start, at a time (`一季度`, `今年`, a date the date extractor
  found), at an actor (an organization mention; `据…统计`, `…获悉` end at a clause mark)
  and at a verb or preposition (`data/subject_stops.tsv`). A verb of two or more
  characters that governs the noun right after it is part of the phrase: the figure
  counts what it did (`接待游客8650万人次` → `接待游客`, `新增公办学位1.26万个` → `新增公办学位`);
  a function word is not (`为`, `在`, `累计`). A topic verb (`完成`, `实现`: the
  `topic` column of the stop words) before a measure of up to five characters keeps the
  topic before it (`沿海港口完成货物吞吐量`, `重点商贸企业实现销售额`): alone the measure
  says not whose it is; a longer one names itself (`实现地区生产总值` → from the verb).
  A modifier with 的 stays (`来自省外的游客`), a demonstrative does not (`像这样的`, `该`).
- **`N X`** (a classifier and the noun it counts): X, read rightwards up to the first verb,
  particle or the next figure (`2080个暖“新”驿站`, `由15名律师组成` → `律师`).
- **`V N 的 X`** (a measure inside a relative clause: `投资2亿元建设的X项目`, `价值1600万欧元的X合同`):
  X with the verb before the number: `X项目投资`.
- **`X占Y的N`** (a share): `X占Y`, with `的比重` when written (`高标准农田占耕地面积的比重`); X is
  the noun before 占, or the subject of the figure before when the clause starts with 占
  (`…42.6万亩，占计划的96%`). A bare share word (`占比`, `比重`, `比例`) is the share of
  the figure before (`…426万人次，占比22.9%` → `来自省外的游客占比`).
- **A change** (`X同比增长N`, `X较上年下降N`, `由A缩短至N`) and **a comparison**
  (`增速高于全省0.3个百分点`, `X比全省平均水平高出N`): the subject is what changed or is compared (X, without the
  verb, 同比 or the baseline, which go to `change`). When the clause starts with the
  change (`…8650万人次，较上年增长9%`), it is the subject of the figure before it in the
  sentence. A comparative whose baseline ends in 的 (`远高于国际最低要求的8%`,
  `低于阻断病毒传播所需的95%`) states the baseline's own value: no change, and the
  baseline is the subject (not for a difference of rates, `个百分点`, nor a time,
  `低于去年同期的88%`: `statistics/changes.py`). A name that opens the clause right before the time that
  cut the changed noun owns it (`醴陵陶瓷一季度出口额同比增长18%` → `醴陵陶瓷出口额`,
  `欧元区二季度经济环比增长` → `欧元区经济`): a time ends the phrase, it does not start it.
- **A rate of change opening a clause** (`增速`, `增幅`, `涨幅`, `降幅`) and compared
  (`…同比增长5.6%，增速高于全国0.3个百分点`, `涨幅比6月扩大0.1个百分点`): the rate of the
  figure before in the sentence, named with that figure's subject (`辽宁省地区生产总值增速`),
  as GUIDELINES §4 names a rate with what it is the rate of (`全市新业态企业党组织覆盖率`).
  A comparison that follows in the sentence (`、高于全国0.7个百分点`) compares the same rate.
- **A change opening a title's segment** (`前三季觀光人次 成長百分之六點七`), with no figure
  before it: the noun that ends the segment before the space (`觀光人次`), when that
  segment opens the line.
  With no figure before, the bare word (`增速高于全省0.5个百分点` → `增速`).
- **A change opening its clause after a level that is no statistic** (`租金指數報194.3點，按年上升4.1%`,
  an index in points; `集装箱吞吐量620万标准箱，同比增长5.3%`, a unit not read): what stands at
  that level, the noun right before its number (and before 报, as Hong Kong writes an index).
- **`为期N` opening a clause** with nothing after it (`X自A开始、B结束，为期40天`): X,
  the noun before the sentence's last 自 or 从.
- **A clause that is only 达** (`X出现在国庆日，达N`, `X占比最高，达N`): the topic of the
  clause before, from its start up to its first stop word (a governing verb kept).
- **A clause that is only a sum word** (`共`, `合共`, `合计`: `发放住房公积金贷款2745笔、共11.2亿元`,
  `通過另外兩項撥款申請，合共約12.4億元`): what the count before it counts, its subject when it
  ends the clause before, else the noun after it up to the clause end (`撥款申請`).
- **A span from one figure to another** (`X由A增至B`, `X由每A一班加密至每B一班`,
  `X由2021年的A增加到目前的B`): both figures measure X, the noun before 由, whatever time,
  distributive (`每`) or 的 stands between 由 and the figure; the comma of a digit group
  (`由4,195元上调至4,345元`) ends no span.
- **A series with 分别** (`A、B分别增长12.1%和15.3%`, `…X…，…Y…，分别增长12.4%和15.1%`):
  the k-th figure takes the k-th item of the list before 分别 (a summary such as `两大产业`
  dropped), or, when nothing stands before 分别, the subject of the k-th of the figures
  just before. How the change is measured is no item (`…，同比分别增长11%和16%`,
  `环比分别上涨`, `较2017年分别压减`). A short item that stands for the first word of the last item
  shares that item's head (`城镇和农村居民人均可支配收入` → `城镇居民人均可支配收入`; `进口、出口整体
  通关时间` → `进口整体通关时间`); a long item, or one that ends as the last does (`工业投资、
  基础设施投资`), is whole already.
- **A total opening its clause** (`总投资`, `总额`, `总规模`: 总 and up to three characters,
  after a comma, a 、 or a space): the total of the count right before it
  (`签约文旅项目16个，总投资48.2亿元` → `文旅项目总投资`; a count of projects whose noun follows it,
  `集中签约5个项目 总投资`, `5个项目现场签约，总投资` → `项目总投资`), or, with no figure before in the
  sentence, of the object of the verb that opens the clause before
  (`发放家电消费券，总额500万元` → `家电消费券总额`). After a measure (`全长12.5公里，总投资`)
  or a clause with no such verb (`牵头建设，总投资`) the total stands alone.
- **A throughput** (a count in `人次`, a measure ending in `量`) whose subject opens with the
  verb that governs it (`接待游客`, `完成旅客运输量`) or with a tally adverb (`累计`, `共`):
  the doer right before the verb, when the clause names one in up to eight characters,
  is part of it (`南湖景区共接待游客` → `南湖景区接待游客`; `全国铁路累计发送旅客` keeps the
  adverb, `发送` being no stop word). A time or an actor before the doer is not; other
  objects stand alone (`用人单位提供岗位3000个` → `提供岗位`). A throughput clause that opens
  with its verb keeps the doer of the throughput before it, up to a full stop (a `;` is
  none): `宁波舟山港完成货物吞吐量…；完成集装箱吞吐量N` → `宁波舟山港完成集装箱吞吐量`.
- **`X吸引N人次V`** (a visit, `参观`, `观赏`, `参与`, `到访`, `入场`, ending the clause): the
  visits to X, `X参观`; X is the noun before 吸引 or, when the clause opens with 吸引
  (`预计吸引`), the topic of the clause before with no figure in it (`举办跨年晚会，` → its
  object; `跨年晚会将于…举行，` → its opening noun). With none, the visit alone (`到访`).
- **`N X` and a predicate**: the counted noun ends at the first adverb or preposition of
  jieba's dictionary after two characters, or at its first verb after three with words
  after it (`6台收割机来回穿梭` → `收割机`, `3个工作组赴现场` → `工作组`). A negated
  predicate keeps the phrase (`儿童未接种疫苗`: it says which are counted), and so does
  a word after 及 (a second noun).
- **`N X` taking part** (`约350名人员参与。`, `42个项目入选，`, `420家企业报名参展。`): a verb
  of taking part (`参加`, `参与`, `入选`, `报名`) that ends the clause right after the counted
  noun says which of them are counted: `X参与` (`人员参与`: the people who took part, not all
  the people). With an object after the verb (`12名选手参加比赛`) the noun stays alone.
- **A noun phrase after a count that a link word and another figure follow** (`15个国控断面水质优良
  比例为100%`, `1300余家民宿平均入住率达92%`): the phrase is that figure's subject; the count
  counts its first noun (`国控断面`, `民宿`).
- **A count of people after `X的` with a verb of taking part ending the clause**
  (`…等8个单位的150余人参加。`): not X (units do not take part) but the people, named by the verb:
  `参加人员`.
- **A count of people or visits after 有** (`全市共有1.1万人次参加无偿献血。`, `全國約有352萬人接受
  大腸癌篩檢，`) with a verb phrase ending the clause after it: those who did it, the verb
  phrase (`参加无偿献血`); the place before 有 only says where.
- **A part after 其中** (`…共审结各类案件3862件，其中通过诉前调解化解纠纷1145件`, `其中，向返乡创业
  农民工发放贷款1.1亿元`): the clause from 其中 to the figure, whole (a preposition and a doer
  kept), when it is a noun's length and holds no time or figure.
- **A bare measure opening its clause** (up to four characters ending in a measure's last
  characters, `data/measure_heads.tsv`: `建筑面积`, `合格率`, `年发电量`), with nothing but a
  time or an opener before it, says not whose it is: the owner is named before it, as
  GUIDELINES §4 names a rate's owner (`全市新业态企业党组织覆盖率`). It is the noun of a
  title's segment before the space (`冬令食品抽檢 合格率` → `冬令食品抽檢合格率`), or the
  topic of the nearest clause before in the sentence with no figure in it: its opening
  noun when the clause opens, completes or shows it (`投入使用`, `开幕`, `建成`:
  `…游客服务中心正式投入使用，建筑面积` → `景区游客服务中心建筑面积`), or the object of
  `公布…结果` (`公布第三季度食品安全监督抽检结果，…，合格率` → `食品安全监督抽检合格率`).
  The owner is its last words up to eight characters; a person, a pronoun, a time or an
  actor owns nothing. Other topics stay out: the older golds write the bare measure
  after a clause that only acts (`市场监管部门抽检食品…，合格率`).
- **A share of a part** (`成员中90%以上为党员`): `成员中的党员`.
- **A labelled list of names summed up by 等** (`一等奖:张敏 李强 等5名选手`,
  `优秀教师:赵刚 钱敏 等60名`): the label, with the noun after the count (`一等奖选手`).

The subject is sliced from the caller's text (`ArticleText.raw`: folding is one character
for one), so a traditional page gives a traditional subject. Each piece of it is a span of
the article text, or a literal joiner (`中的`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..text.dictionary import dictionary
from ..text.numerals import NUMERAL_START
from ..text.precompiled import compile_pattern
from ..text.rules import DIGIT_GROUP_COMMA, HAN
from .readings import ChangeReading, Reading
from .vocabulary import alternation, stops, subject_openers, units
from .windows import CLAUSE_END, WINDOW, clause_after, clause_span, sentence_start

_CN_OR_ARABIC_DIGIT = re.compile(NUMERAL_START)
_NOUN = 2  # the shortest noun: `人数`, `企业` (one character alone is a stray word)
_LONG_NOUN = 14  # `全市居民人均可支配收入` is still one noun
_SHORT_ATTRIBUTE = 5  # `销售额`, `营业收入`, `货物吞吐量`: an attribute needs the topic before its verb
_PLACE_OR_VERB = 2  # `河南`, `流转`: no more than a place or a verb before a measure
_POSSESSOR = 3  # a relative clause before 的 is longer (`金融组织要求出具的`)
_KEPT_VERB = 2  # a governing verb kept in the subject has at least this many characters

Piece = tuple[int, int] | str  # a span of the article text, or a literal joiner


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject as pieces of the article text (and literal joiners)."""

    pieces: tuple[Piece, ...]
    doer: tuple[int, int] | None = None  # a throughput's doer (`宁波舟山港` of `…完成货物吞吐量`)

    def text(self, source: str) -> str:
        return "".join(source[p[0]:p[1]] if isinstance(p, tuple) else p for p in self.pieces)

    def __bool__(self) -> bool:
        return bool(self.pieces)


NONE = Subject(())


def _span(start: int, end: int) -> Subject:
    return Subject(((start, end),)) if end - start > 0 else NONE


def _join(*parts: Subject | Piece) -> Subject:
    pieces: list[Piece] = []
    for part in parts:
        pieces.extend(part.pieces if isinstance(part, Subject) else (part,))
    return Subject(tuple(pieces))


# ------------------------------------------------------------------ stop words
def _stop_alternation(*, topics: bool) -> str:
    """The stop words as one alternation that matches where one stands as a word of its own.

    At a position the longest stop word is read (`覆盖到`, not `覆盖`: hence the
    `(?!到)`); when a neighbour makes it part of another word (its `not_preceded_by`,
    `not_followed_by` characters) no shorter one is tried. With `topics=False`, a
    topic verb followed by a short noun is no stop: `重点商贸企业实现销售额` stays
    whole (`实现地区生产总值` is still cut). The words are grouped by first character
    (`覆(?:盖到|盖(?!到))`), so that the engine tries one group per position.
    """
    all_stops = stops()
    words = sorted(all_stops, key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for word in words:
        stop = all_stops[word]
        branch = re.escape(word[1:])
        longer = [w[len(word):] for w in words if w != word and w.startswith(word)]
        if longer:
            branch += f"(?!{'|'.join(map(re.escape, longer))})"
        if stop.not_preceded_by:  # `[…]word` must not end here; at the phrase start it cannot
            branch += f"(?<![{re.escape(stop.not_preceded_by)}]{re.escape(word)})"
        if stop.not_followed_by:
            branch += f"(?![{re.escape(stop.not_followed_by)}])"
        if stop.topic and not topics:
            branch += f"(?=.{{{_SHORT_ATTRIBUTE + 1}}})"
        groups.setdefault(word[0], []).append(branch)
    return "|".join(f"{re.escape(first)}(?:{'|'.join(branches)})" for first, branches in groups.items())


@functools.cache
def _stop_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The first stop word (topics cut), the last one and the last one with two or more
    characters after it (topics kept). The last ones are found by `.*` backtracking
    from the end; a one-character look-ahead skips the positions no stop word starts at.
    Run them on the phrase itself: the neighbour checks must not see beyond it."""
    kept = _stop_alternation(topics=False)
    gate = "(?=[" + re.escape("".join(sorted({w[0] for w in stops()}))) + "])"
    return (compile_pattern(f"(?s:{_stop_alternation(topics=True)})"),
            compile_pattern(rf"(?s).*{gate}({kept})"),
            compile_pattern(rf"(?s).*{gate}({kept})(?=.{{{_NOUN}}})"))


def _first_stop(phrase: str) -> int:
    """Where the first stop word of `phrase` starts, -1 if none: the noun after a number ends there."""
    found = _stop_patterns()[0].search(phrase)
    return found.start() if found else -1


def _last_stops(phrase: str) -> tuple[int, tuple[int, int] | None]:
    """The end of the last stop word of `phrase` (-1 if none), and the span of the last one
    that leaves at least two characters after it (None if none): the noun before a number
    begins there."""
    _, last_pattern, cut_pattern = _stop_patterns()
    last = last_pattern.match(phrase)
    if last is None:
        return -1, None
    if len(phrase) - last.end(1) >= _NOUN:
        return last.end(1), last.span(1)
    cut = cut_pattern.match(phrase)
    return last.end(1), (cut.span(1) if cut else None)


@functools.cache
def _links() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The link words, their lengths longest first, and their last characters: a phrase
    that ends in none of these, the common case, has nothing to strip."""
    words = frozenset(lexicon.words("subject_links"))
    return words, tuple(sorted({len(w) for w in words}, reverse=True)), frozenset(w[-1] for w in words)


def _strip_links(text: str, begin: int, end: int) -> int:
    """Where the phrase [begin, end) ends without the link words it ends with, longest first, repeatedly."""
    words, lengths, last_chars = _links()
    while end > begin and text[end - 1] in last_chars:
        for size in lengths:
            if size <= end - begin and text[end - size:end] in words:
                end -= size
                break
        else:
            break
    return end


_PER_WORDS = ("日", "月", "学年")  # measure words of a distributive that are no unit of their own


@functools.cache
def _distributive() -> re.Pattern:
    """`每人`, `每日`, `每人每月`: a distributive (每 and a unit or a time word of `data/units.tsv`)
    that ends a phrase (`每节长` is no distributive: 长 follows)."""
    return compile_pattern(rf"(?:每(?:{alternation([*units(), *_PER_WORDS])}))+$")


_RATE = "率"  # a rate's name holds its verb: `签约服务覆盖率`, `规范管理率`, `完成率`
def _inside_rate(word: str) -> bool:
    """A stop word that may stand inside a rate's name: a verb, not a function word nor a
    topic verb, which takes the rate as its object (`实现关键工序数控化率`)."""
    return word not in _function_stops() and not stops()[word].topic


_VERB_ADJECTIVE = re.compile(f"[{HAN}]{{2}}化")  # `标准化`, `规范化`: the noun phrase has ended


@functools.cache
def _before_noun() -> re.Pattern:
    """What comes before the noun (`data/subject_openers.tsv`): a demonstrative, then up
    to the last time phrase, which ends where the noun begins (`一季度全市新设民营企业`,
    `春运期间铁路部门加开旅客列车`). One match, both parts optional."""
    demonstratives, time_words = subject_openers()
    return compile_pattern(rf"""
        (?:{alternation(demonstratives)})?                       # `该`, `其中`, `像这样的`
        (?:.*(?:\d{{4}}年度?|{alternation(time_words)})(?=.{{{_NOUN}}}))?  # `2024年`, `今年`, `期间`: the last one
    """, re.VERBOSE | re.DOTALL)


@functools.cache
def _function_stops() -> frozenset[str]:
    """Stop words that are no verb of their own (`data/subject_stops.tsv` column 5): never kept."""
    return frozenset(row[0] for row in lexicon.rows("subject_stops") if len(row) > 4 and row[4] == "function")


# ------------------------------------------------------------------ the two sides
# The words after a quantity up to the clause end, read in one match: a 的 that links
# them (`328人的“共享儿女”志愿服务队`), a bracketed gloss of the unit (`17.6万台(套)`;
# an unclosed bracket leaves no noun), then the noun up to the next quantity's digits
# (`60岁以上老年人2351人`).
_AFTER_QUANTITY = re.compile(rf"""
    (?P<de>的)?                               # `328人的…志愿服务队`
    (?:\([^){re.escape(CLAUSE_END)}]*\)        # `17.6万台(套)`: a gloss of the unit
    |  (?P<unclosed>\()                       # an unclosed bracket: no noun
    )?
    (?P<noun>[^{re.escape(CLAUSE_END)}\d]*)    # up to the clause end or the next digits
""", re.VERBOSE)


def noun_after(text: str, end: int) -> tuple[int, int]:
    """The counted noun after a classifier: `2080个暖“新”驿站` → `暖“新”驿站` (an empty span if none)."""
    if text[end:end + 1] in lexicon.words("series_conjunctions"):
        # 和 joins nouns inside a subject (`工作人员和志愿者`), but after a quantity it starts
        # the next item: `职责事项11项和协助服务事项40项`
        return end, end
    after = _AFTER_QUANTITY.match(text, end, end + WINDOW)
    if after is None or after["unclosed"]:  # (every part is optional: it always matches)
        return end, end
    start, phrase = after.start("noun"), after["noun"]
    stop = _first_stop(phrase)
    while stop > 0 and phrase[stop] == _AND and (more := _first_stop(phrase[stop + 1:])) != 0:
        stop = -1 if more < 0 else stop + 1 + more  # `灭蚊及防治鼠患特别行动`: 及 joins two nouns
    if stop >= 0:
        phrase = phrase[:stop]
    verb = _VERB_ADJECTIVE.search(phrase) if "化" in phrase else None
    if verb:
        phrase = phrase[:verb.start()]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head - 1 >= _NOUN:
        if _CN_OR_ARABIC_DIGIT.match(phrase, head + 1):
            phrase = phrase[:head]  # `22所中职学校的680余名选手`: another quantity follows
        elif head <= _POSSESSOR:
            phrase = phrase[:head]  # `8个专业的专家`, `28个赛项的角逐`: a bare noun owns what follows
        else:
            start, phrase = start + head + 1, phrase[head + 1:]  # `18项…要求出具的证明事项`: the head follows
    phrase = _before_predicate(phrase[:_LONG_NOUN].removesuffix("的"))
    return start, start + len(phrase)


_ADVERB_TAGS = frozenset({"d", "ad", "p"})  # jieba's adverbs and prepositions
_VERB_TAG = "v"  # jieba tags many nouns `v` (`组织`, `教学`, `融资`): after a short noun it is no predicate
_HEAD_BEFORE_VERB = 3  # `收割机`, `工作组`, `旅行社`
_CONJUNCTION_TAG = "c"  # `灭蚊及防治鼠患特别行动`: after 及 a second noun begins, no predicate
_NEGATIONS = frozenset({"未", "不", "没有", "尚未", "未能"})


def _before_predicate(phrase: str) -> str:
    """The counted noun without the predicate that follows it: `6台收割机来回穿梭` → `收割机`,
    `8家三级医院全面推行` → `三级医院`, `4个工作组赴一线` → `工作组`. The predicate begins at the
    first adverb or preposition of jieba's dictionary after a noun (`_NOUN` characters at
    least), or at its first verb after a longer noun, with words after it (jieba's verbs
    include nouns: `社会组织党组织`, `融资对接会` stay whole); the clause's stop words ended
    the phrase already."""
    if len(phrase) <= _NOUN:
        return phrase
    at, before = 0, None
    for word in dictionary().cut(phrase):
        tag = dictionary().tag(word)
        if word in _NEGATIONS:
            return phrase  # `儿童未接种疫苗`: a negated predicate says which of them are counted
        verb = tag == _VERB_TAG and at >= _HEAD_BEFORE_VERB and at + len(word) < len(phrase)
        if before != _CONJUNCTION_TAG and ((at >= _NOUN and tag in _ADVERB_TAGS) or verb):
            return phrase[:at]
        at, before = at + len(word), tag
    return phrase


def noun_before(text: str, end: int, begin: int,
                claimed: Sequence[tuple[int, int]] = ()) -> tuple[int, int, tuple[int, int] | None]:
    """The measured noun before `end` (`全市…覆盖率达80.33%` → `全市…覆盖率`) as a span (empty
    if none), and the span of a verb standing right before `end` (`发放一万元慰问金`: then a
    measure's noun is not before it), or None.

    `begin` is where the phrase may start at the earliest (the clause start, the end of
    the figure before); `claimed` are the spans of the article's dates and organizations:
    a time or an actor ends the phrase.
    """
    end = _strip_links(text, begin, end)
    distributive = _distributive().search(text, begin, end) if "每" in text[begin:end] else None
    if distributive is not None:  # `平均达每人8000元`, `个案每日平均约230宗`: per whom, not what
        end = _strip_links(text, begin, distributive.start())
    if end > begin > 0 and text[begin] in lexicon.words("series_conjunctions") \
            and _CN_OR_ARABIC_DIGIT.match(text, begin - 1) is None and text[begin - 1] not in CLAUSE_END:
        begin += 1  # `小学12所和初中5所`: 和 right after a count starts the next item
    for _, e in claimed:
        if begin < e <= end:
            begin = e  # a time or an actor before the noun: `一季度全市…`, `市商务局发放…`
    phrase = text[begin:end]
    last, cut = _last_stops(phrase)
    verb = _last_stop_span(phrase, begin) if last == len(phrase) and phrase else None
    while cut is not None and phrase.endswith(_RATE) and _inside_rate(phrase[cut[0]:cut[1]]):
        cut = _last_stops(phrase[:cut[0]])[1]  # `家庭医生签约服务覆盖率`: a verb inside a rate's name
    if cut is not None:
        word = phrase[cut[0]:cut[1]]
        keep = (len(word) >= _KEPT_VERB and word not in _function_stops()
                and _demonstrative().match(phrase, cut[1]) is None)
        begin += cut[0] if keep else cut[1]
        phrase = text[begin:end]
    opener = _before_noun().match(phrase)  # both parts optional: it always matches
    if opener and opener.end():
        begin += opener.end()
    if end - begin < _NOUN:
        return end, end, verb
    return begin, end, verb


def _last_stop_span(phrase: str, offset: int) -> tuple[int, int]:
    """The span (in the text) of the stop word that ends `phrase`."""
    last = _stop_patterns()[1].match(phrase)
    assert last is not None
    return offset + last.start(1), offset + last.end(1)


@functools.cache
def _demonstrative() -> re.Pattern:
    return re.compile(alternation(subject_openers()[0]))


# ------------------------------------------------------------------ shapes
_SHARE_WORDS = ("占比", "比重", "比例")
_RATE_WORDS = ("增速", "增幅", "涨幅", "降幅")  # a rate of change of the figure before, opening a clause
_LASTING = "为期"
# a verb of taking part that ends the clause right after the counted noun names the group
_TAKING_PART = re.compile(rf"(参加|参与|入选|报名参展|报名)(?:了)?(?=[{re.escape(CLAUSE_END)}]|$)")
_PEOPLE = frozenset({"人", "名"})
_THERE_ARE = "有"
_ABOUT_THERE_ARE = re.compile("[约約]有")  # `约有352万人`: the approximation read with the figure


def _what_they_did(text: str, reading: Reading, begin: int) -> Subject:
    """`全市共有1.1万人次参加无偿献血。`, `全國約有352萬人接受大腸癌篩檢，`: a count of people or
    visits after 有 (`共有`, `约有`), with a verb phrase ending the clause after it, counts
    those who did it: `参加无偿献血` (the place before 有 only says where)."""
    there_are = text.endswith(_THERE_ARE, begin, reading.start) or _ABOUT_THERE_ARE.match(text, reading.start)
    if reading.unit not in (*_PEOPLE, _VISITS) or not there_are:
        return NONE
    after = clause_after(text, reading.end)
    words = dictionary().cut(after[:_LONG_NOUN + 1])
    if not _NOUN <= len(after) <= _LONG_NOUN or not words or dictionary().tag(words[0]) != _VERB_TAG:
        return NONE
    return _span(reading.end, reading.end + len(after))
_PARTICIPANTS = "人员"  # the people a count of 人 after `X的` counts, named by what they take part in
_AND = "及"  # joins two nouns after a count (`灭蚊及防治鼠患特别行动`); 与, 和 are `with` as often
_VALUE_WORDS = ("总额", "价值", "总值", "金额")
# `占Y的`, `占Y的比重为`: a share of a whole Y (the whole is short: no clause mark in it)
_SHARE = re.compile(rf"占(?P<whole>[^{re.escape(CLAUSE_END)}占]{{1,16}}?)(?P<de>的(?:比重|比例|份额)?)?"
                    r"(?:为|达到|达|超过|是)?$")
_SERIES = "分别"
_SUMMARY = re.compile(rf"{NUMERAL_START}+[大个项类][{HAN}]{{0,4}}$")  # `两大产业`: the list's summary
_ITEM_SEPARATORS = re.compile("[、和及与]")
_SERIES_AHEAD = re.compile(rf"[和、及与](?={NUMERAL_START})")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure already read in the article: where it ends, its subject, its sentence start."""

    end: int
    subject: Subject
    sentence: int
    count: bool = False  # a classifier or a noun counts it (`项目18个`), not a measure


def _previous(figures: Sequence[Figure], start: int, sentence: int) -> Subject:
    """The subject of the last figure before `start` in the same sentence."""
    for figure in reversed(figures):
        if figure.end <= start and figure.sentence == sentence and figure.subject:
            return figure.subject
    return NONE


def series_length(text: str, end: int) -> int:
    """How many figures a series has from the one ending at `end` (`12.1%和15.3%` → 2)."""
    count, pos = 1, end
    limit = min(len(text), end + 2 * WINDOW)
    while pos < limit:
        joiner = _SERIES_AHEAD.search(text, pos, limit)
        stop = next((k for k in range(pos, joiner.start() if joiner else limit) if text[k] in "。;,:\n"), None)
        if joiner is None or stop is not None:
            break
        count += 1
        pos = joiner.end()
        while pos < limit and text[pos] not in "、和及与。;,:\n":
            pos += 1
    return count


@functools.cache
def _compared_before_series() -> re.Pattern:
    """A change measure (`同比`, `环比`, `按年`) or a baseline (`较2017年`, `比上年同期`) that
    ends the words before 分别."""
    measures = alternation(lexicon.words("change_measures"))
    return re.compile(rf"(?:(?:较|比)[^{re.escape(CLAUSE_END)}、]{{1,8}}?(?:同期)?)?(?:{measures})?$")


def series_items(text: str, at: int, begin: int, claimed: Sequence[tuple[int, int]]) -> list[Subject]:
    """The items listed before 分别, which starts at `at`: `装备制造、生物医药两大产业分别` →
    [装备制造, 生物医药]. `begin` is the sentence's last clause start before them."""
    lo = begin
    for _, e in claimed:
        if lo < e <= at:
            lo = e
    compared = _compared_before_series().search(text, lo, at)
    if compared is not None:  # `同比分别增长`, `较2017年分别压减`: how the change is measured, no item
        at = compared.start()
    segment = text[lo:at]
    summary = _SUMMARY.search(segment)
    stop_at = at - (len(summary.group()) if summary else 0)
    items: list[Subject] = []
    start = lo
    for sep in [*_ITEM_SEPARATORS.finditer(text, lo, stop_at), None]:
        end = sep.start() if sep else stop_at
        s, e, _ = noun_before(text, end, start, claimed)
        if e - s >= _NOUN:
            items.append(_span(s, e))
        start = sep.end() if sep else end
    return _sharing_head(text, items)


_PREFIX = 2  # `我市进口`: a place before the item's word


def _sharing_head(text: str, items: list[Subject]) -> list[Subject]:
    """`城镇和农村居民人均可支配收入分别为`, `进口、出口整体通关时间分别为`: a short item whose
    word stands for the first word of the last item shares that item's head (`城镇` →
    `城镇居民人均可支配收入`). An item that is long (`全市生产总值`) or ends as the last
    item does (`工业投资、基础设施投资`) is whole already."""
    spans = [piece for item in items for piece in item.pieces if isinstance(piece, tuple)]
    if len(items) < 2 or len(spans) != len(items) or any(len(item.pieces) != 1 for item in items):
        return items
    ls, le = spans[-1]
    words = dictionary().cut(text[ls:le])
    if len(words) < 3:
        return items
    first, last_word = words[0], words[-1]
    shared: list[Subject] = []
    for item, (s, e) in zip(items[:-1], spans[:-1], strict=True):
        own = text[s:e]
        word = len(dictionary().cut(own)[-1])  # `城镇` stands for `农村` of `农村居民…`
        if _NOUN <= word <= len(first) and e - s <= word + _PREFIX and not own.endswith(last_word):
            item = _join(item, (ls + word, le))
        shared.append(item)
    return [*shared, items[-1]]


def share(text: str, clause: tuple[int, int], floor: int, figures: Sequence[Figure], sentence: int,
          claimed: Sequence[tuple[int, int]]) -> Subject:
    """`X占Y的N` → `X占Y`; a clause that starts with 占 takes the figure before as its X."""
    begin, end = max(clause[0], floor), clause[1]
    found = _SHARE.search(text, begin, end)
    if found is None:
        return NONE
    whole_end = found.end("de") if found["de"] and len(found["de"]) > 1 else found.end("whole")
    at = found.start()
    if text.startswith(_SERIES, at - len(_SERIES)):
        at -= len(_SERIES)
    s, e, _ = noun_before(text, at, begin, claimed)
    part = _span(s, e) if e - s >= _NOUN else _previous(figures, begin, sentence)
    return _join(part, (found.start(), whole_end))


def subject(text: str, reading: Reading, change: ChangeReading | None, figures: Sequence[Figure],
            floor: int = 0, clause: tuple[int, int] | None = None,
            claimed: Sequence[tuple[int, int]] = ()) -> tuple[Subject, Subject]:
    """The subject of a figure, and the bare noun a following change or share may refer to."""
    labelled = _labelled_list(text, reading)
    if labelled:
        return labelled, NONE
    clause = clause or clause_span(text, reading.start)
    sentence = sentence_start(text, reading.start)
    begin = max(clause[0], floor)
    lowest = max(floor, sentence)
    spanned = from_to(text, reading, begin, claimed, figures, sentence) or _topic_before(
        text, reading, begin, sentence, claimed, figures) or _summed(
        text, reading, begin, sentence, figures) or _attracted(
        text, reading, begin, sentence, claimed, figures)
    if spanned:
        return spanned, spanned
    if change is not None:
        s, e, _ = noun_before(text, change.start, begin, claimed)
        if s == begin and text[s:e] in _RATE_WORDS and (before := _previous(figures, reading.start, sentence)):
            rate = _join(_head(before), (s, e))  # `…同比增长5.6%，增速高于全国0.3个百分点`
            return rate, rate
        noun = _span(_listed(text, s, lowest, claimed, figures), e) if e - s >= _NOUN else NONE
        noun = _owner_before_time(text, begin, s, claimed, noun)
        before = noun or _head(_previous(figures, reading.start, sentence))
        return (before or _segment_before(text, begin, sentence, claimed, figures)
                or _unread_level(text, begin, sentence, claimed, figures)), noun
    if reading.role == "rate":
        shared = share(text, clause, floor, figures, sentence, claimed)
        if shared:
            return shared, NONE
        s, e, _ = noun_before(text, reading.start, begin, claimed)
        if text[s:e] in _SHARE_WORDS:  # `…426万人次，占比22.9%`: the share of the figure before
            before = _previous(figures, reading.start, sentence)
            return (_join(before, (s, e)) if before else _span(s, e)), NONE
        part = _part(text, reading.end) if e > s else None
        if part is not None:  # `受访市民中65%为女性` → `受访市民中的女性`
            return _join(_span(s, e), "的" if text[s:e].endswith("中") else "中的", part), _span(s, e)
        s = _listed(text, s, lowest, claimed, figures) if e > s else s
        return _owned(text, _span(s, e), begin, sentence, figures, claimed), _span(s, e)
    after = noun_after(text, reading.end)
    named = _named_part(text, reading, begin, claimed) if after[1] - after[0] < _NOUN else NONE
    if named:
        return named, named
    if reading.role == "measure":
        s, e, verb = noun_before(text, reading.start, begin, claimed)
        if text.endswith(_LASTING, begin, reading.start) and after[1] - after[0] >= _NOUN:
            return _span(*after), _span(*after)  # `为期三个月的“清河行动”`: how long the event after lasts
        if reading.start - len(_LASTING) == begin and (lasting := _lasting(text, begin, sentence, claimed)):
            return lasting, lasting  # `春运自1月14日开始、2月22日结束，为期40天`: how long the event before lasts
        relative = _relative(text, reading, verb)
        if relative:
            return relative, relative
        total = _total(text, s, e, begin, sentence, figures, claimed)
        if total:
            return total, total
        if text[s:e].endswith(_VALUE_WORDS) and text.startswith("的", reading.end) and after[1] - after[0] >= _NOUN:
            return _join(after, (s, e)), _span(*after)  # `总额6500万美元的紧急援助`: the value of what follows
        if verb is not None and after[1] - after[0] < _NOUN and _strip_links(text, begin, verb[0]) < verb[0]:
            s2, e2, _ = noun_before(text, verb[0], begin, claimed)
            if e2 - s2 >= _NOUN:  # `家电以旧换新补贴已发放2.1亿元`: the topic before the verb
                return _span(s2, e2), _span(s2, e2)
        topic = (s, e) if verb is None and e > s else None
        if after[1] - after[0] >= _NOUN and (topic is None or topic[1] - topic[0] <= _PLACE_OR_VERB) \
                and reading.kind != "duration":
            return _span(*after), _span(*after)
        if after[1] - after[0] >= _NOUN and topic is None:
            return _span(*after), _span(*after)
        s = _listed(text, s, lowest, claimed, figures) if e > s else s
        doer = _with_doer(text, s, e, begin, claimed, reading, figures)
        return _owned(text, doer, begin, sentence, figures, claimed), doer
    if after[1] - after[0] >= _NOUN:
        after = _owner_of_next(text, *after)
        taking_part = _TAKING_PART.match(text, after[1])
        if taking_part:  # `约350名人员参与。`: the people counted by what they take part in
            return _join(_span(*after), taking_part.span(1)), _span(*after)
        return _span(*after), _span(*after)
    doing = _what_they_did(text, reading, begin)
    if doing:
        return doing, doing
    if reading.unit in _PEOPLE and text.endswith("的", begin, reading.start) \
            and (taking_part := _TAKING_PART.match(text, reading.end)):
        people = _join(taking_part.span(1), _PARTICIPANTS)  # `…等8个单位的150余人参加。`: no unit takes part
        return people, people
    s, e, _ = noun_before(text, reading.start, begin, claimed)
    if reading.role == "noun" and (e <= s or text[begin:reading.start].endswith("等")):
        at = text.rfind(reading.unit, reading.start, reading.end)
        unit = _span(at, at + len(reading.unit)) if at >= 0 else Subject((reading.unit,))
        return unit, unit  # `宣传部等10部门`: the number sums up a list
    if text[s:e] in _SHARE_WORDS:
        before = _previous(figures, reading.start, sentence)
        return (_join(before, (s, e)) if before else _span(s, e)), NONE
    s = _listed(text, s, lowest, claimed, figures) if e > s else s
    doer = _with_doer(text, s, e, begin, claimed, reading, figures)
    return doer, doer


_LINKED_FIGURE = re.compile(f"(?:达到|达|为|是){NUMERAL_START}")
_NOUN_TAG = "n"


def _owner_of_next(text: str, start: int, end: int) -> tuple[int, int]:
    """`15个国控断面水质优良比例为100%`, `1300余家民宿平均入住率达92%`: a noun phrase after a
    count that a link word and another figure follow is that figure's subject; the count
    counts the phrase's first noun (`国控断面`, `民宿`): up to its first dictionary noun of
    two characters or more."""
    clause_end = start + len(clause_after(text, start))
    link = _LINKED_FIGURE.search(text, start, clause_end)
    if link is None:
        return start, end
    at = start
    for word in dictionary().cut(text[start:link.start()]):
        at += len(word)
        if len(word) >= _NOUN and (dictionary().tag(word) or "").startswith(_NOUN_TAG):
            return (start, at) if at < min(end, link.start()) else (start, end)
    return start, end


_AMONG = re.compile("其中[,，]?")


def _named_part(text: str, reading: Reading, begin: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…共审结各类案件3862件，其中通过诉前调解化解纠纷1145件`, `其中，向返乡创业农民工发放贷款1.1亿元`:
    after 其中 the clause up to the figure names the part of the total before, whole (a
    preposition and a doer included): it is one phrase, not a verb with a topic before it.
    A time, a figure or anything longer than a noun (`_LONG_NOUN`) in it leaves the usual reading."""
    among = _AMONG.match(text, begin)
    if among is None and text.endswith(("其中，", "其中,"), 0, begin):
        s = begin  # `其中，` ended a clause of its own
    elif among is not None:
        s = among.end()
    else:
        return NONE
    if text.startswith("的", reading.end):
        return NONE  # `其中，总投资15亿元的X项目`: the figure describes what follows
    e = _strip_links(text, s, reading.start)
    if not _NOUN < e - s <= _LONG_NOUN or any(s < c_end and c_start < e for c_start, c_end in claimed) \
            or _CN_OR_ARABIC_DIGIT.search(text, s, e) or any(c in CLAUSE_END for c in text[s:e]):
        return NONE
    return _span(s, e)


_DOER = 8  # `香港國際機場`, `雁荡山景区` are doers; longer, the words before the verb are a clause


_TALLY = frozenset({"累计", "共", "共计", "合计", "总计", "合共"})  # adverbs that sum up a throughput
_VISITS = "人次"  # a count of visits or trips: a place's or a carrier's throughput
_VOLUME = "量"  # `旅客运输量`, `货物吞吐量`: a volume handled


def _with_doer(text: str, s: int, e: int, begin: int, claimed: Sequence[tuple[int, int]],
               reading: Reading, figures: Sequence[Figure] = ()) -> Subject:
    """`雁荡山景区接待游客5.2万人次`, `徐闻港累计运送旅客86.3万人次`, `民航共完成旅客运输量`: a
    throughput (a count of visits or trips, a volume) whose subject opens with the verb
    that governs it names whose it is: the doer right before the verb, when the clause
    names one (an adverb such as `共`, `累计`, `将` between them dropped, kept before a
    verb that is no stop word: `全国铁路累计发送旅客`; a time or an actor before the doer is
    no part of it). Other objects stand alone: `提供岗位`. A clause that opens with the verb
    (`…，完成货物吞吐量`, `；完成集装箱吞吐量`) keeps the doer of the throughput before it in
    the sentence (a `;` does not end it): `_carried_doer`."""
    throughput = reading.unit == _VISITS or text.endswith(_VOLUME, s, e)
    if not throughput or e - s <= _NOUN:
        return _span(s, e)
    verb = _stop_patterns()[0].match(text, s, e)
    kept = _stop_patterns()[0].search(text, s, e) if verb is None else None
    if kept is not None and stops()[kept.group()].topic and _NOUN <= kept.start() - s <= _DOER:
        return Subject(_span(s, e).pieces, (s, kept.start()))  # `宁波舟山港完成货物吞吐量`: a topic kept
    at, adverbs = s, False
    if verb is None or len(verb.group()) < _KEPT_VERB or verb.group() in _function_stops():
        adverb = _stop_patterns()[1].match(text, begin, s)  # `累计运送旅客`: the verb follows an adverb
        if adverb is None or adverb.end(1) != s or adverb.group(1) not in _TALLY:
            return _span(s, e)
        adverbs = True  # no verb of the list: the adverb stays (`我市累计降雨量`)
    while (adverb := _stop_patterns()[1].match(text, begin, at)) is not None and adverb.end(1) == at \
            and adverb.group(1) in _function_stops():
        at = adverb.start(1)
    lo = begin
    for _, claimed_end in claimed:
        if lo < claimed_end <= at:
            lo = claimed_end
    opener = _before_noun().match(text, lo, at)
    lo = opener.end() if opener else lo
    doer = text[lo:at]
    if at == begin and (carried := _carried_doer(text, begin, figures)) is not None:
        return Subject(_join(carried, (s, e)).pieces, carried)
    if not _NOUN <= len(doer) <= _DOER or _first_stop(doer) >= 0 or _CN_OR_ARABIC_DIGIT.search(doer) \
            or any(c in CLAUSE_END for c in doer):
        return _span(s, e)
    return Subject((_join((lo, at), (s, e)) if at < s and not adverbs else _span(lo, e)).pieces, (lo, at))


_FULL_STOP = re.compile(r"(?s).*[。!?\n]")  # a sentence end that `;` is not


def _carried_doer(text: str, begin: int, figures: Sequence[Figure]) -> tuple[int, int] | None:
    """The doer of the last throughput before `begin`, when a clause mark (or a `;`) and no
    full stop stands between: `宁波舟山港完成货物吞吐量7.02亿吨，同比增长3.6%；完成集装箱吞吐量`."""
    if begin == 0 or text[begin - 1] not in CLAUSE_END:
        return None
    stop = _FULL_STOP.match(text, max(0, begin - 4 * WINDOW), begin)
    full = stop.end() if stop else max(0, begin - 4 * WINDOW)
    for figure in reversed(figures):
        if figure.end <= full:
            break
        if figure.end <= begin and figure.subject.doer is not None:
            return figure.subject.doer
    return None


_LABEL = re.compile(rf"[^{re.escape(CLAUSE_END)}]{{2,8}}[:：]")  # `一等奖:`, `优秀教师:` opening a line
_SUMMED = "等"


def _labelled_list(text: str, reading: Reading) -> Subject:
    """`一等奖:张敏 李强 王芳 等5名选手`, `优秀教师:赵刚 钱敏 等60名`: a count that sums up a
    list of names on a line opened by a label counts the label's kind: the label, with the
    noun after the count when there is one (`一等奖选手`, `优秀教师`)."""
    if reading.role not in ("classifier", "noun") or not text.endswith(_SUMMED, 0, reading.start):
        return NONE
    line = text.rfind("\n", 0, reading.start) + 1
    label = _LABEL.match(text, line, reading.start)
    if label is None:
        return NONE
    after = noun_after(text, reading.end)
    return _join(_span(label.start(), label.end() - 1), *([after] if after[1] - after[0] >= _NOUN else []))


_LIST_JOINERS = "、及和"
_LIST_ITEM = 10  # an item is a noun: longer, it holds a clause (`就多份街市清洁合约收受及…`)


def _listed(text: str, start: int, lowest: int, claimed: Sequence[tuple[int, int]],
            figures: Sequence[Figure]) -> int:
    """Where a subject starting at `start` starts with the list that shares it: `街市及后巷`,
    `新建和改扩建中小学、幼儿园`. Each item before a joiner (`、`, `及`, `和`) is a noun of its
    own, not before `lowest`; an item that ends a figure (`接待游客30万人次、实现收入…`) is
    another clause, not a list. (A list summed up by 等 is not taken: `栽下银杏、香樟等苗木`
    counts the 苗木.)"""
    at, items = start, 0
    while at - 1 > lowest and text[at - 1] in _LIST_JOINERS and not _ends_a_stop(text, at):
        item_end = at - 1
        if any(figure.end == item_end for figure in figures) or _CN_OR_ARABIC_DIGIT.match(text, item_end - 1):
            break
        floor = _clause_before(text, item_end) if text[item_end] == "、" else clause_span(text, item_end)[0]
        s, e, _ = noun_before(text, item_end, max(lowest, floor), claimed)
        if e != item_end or not _NOUN <= e - s <= _LIST_ITEM:
            break
        at, items = s, items + 1
    return at


def _ends_a_stop(text: str, at: int) -> bool:
    """The joiner before `at` ends a longer stop word (`惠及`, `涉及`): it joins no list."""
    return any(len(word) > 1 and text.endswith(word, 0, at) for word in _stops_ending_in_joiners())


@functools.cache
def _stops_ending_in_joiners() -> tuple[str, ...]:
    return tuple(word for word in stops() if word[-1] in _LIST_JOINERS)


def _clause_before(text: str, end: int) -> int:
    """Where the phrase that ends at `end` (before a 、) begins: after the last phrase end."""
    lo = max(0, end - WINDOW)
    k = end
    while k > lo and text[k - 1] not in CLAUSE_END:
        k -= 1
    return k


_COMMA = ",，"
_REACHES = ("达", "达到", "高达", "已达")  # the link words of a clause that is nothing else


def _topic_before(text: str, reading: Reading, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
                  figures: Sequence[Figure]) -> Subject:
    """`X出现在国庆日，达N`, `X占比最高，达N`: a clause that is only 达 (`_REACHES`) before its
    figure measures the topic of the clause before: its noun from the start up to the first
    stop word (a time or `其中` dropped), when no figure stands in that clause."""
    if text[begin:reading.start] not in _REACHES or begin != clause_span(text, reading.start)[0] \
            or begin <= sentence or text[begin - 1] not in _COMMA:
        return NONE
    lo = _clause_before(text, begin - 1)
    if lo < sentence or any(lo < figure.end < begin for figure in figures):
        return NONE
    return _opening_topic(text, lo, begin, claimed)


def _owner_before_time(text: str, begin: int, s: int, claimed: Sequence[tuple[int, int]], noun: Subject) -> Subject:
    """`醴陵陶瓷一季度出口额同比增长18%`, `欧元区二季度经济环比增长0.1%`: a name that opens the clause
    right before the time that cut the changed noun owns it: `醴陵陶瓷出口额` (no stop word in
    the name, no longer than a doer)."""
    if not noun:
        return noun
    time = next(((c, e) for c, e in claimed if e == s and begin + _NOUN <= c), None)
    if time is None or time[0] - begin > _DOER:
        return noun
    name = text[begin:time[0]]
    if _first_stop(name) >= 0 or _CN_OR_ARABIC_DIGIT.search(name) or any(c in CLAUSE_END for c in name):
        return noun
    return _join(_span(begin, time[0]), noun)


_SUMS = frozenset({"共", "共计", "合计", "合共", "总计"})


def _summed(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure]) -> Subject:
    """`发放住房公积金贷款2745笔、共11.2亿元`, `通過另外兩項撥款申請，合共約12.4億元`: a clause that is
    only a sum word (`_SUMS`) sums what the count before it counts: that count's subject when
    it ends the clause before, else the noun after the count up to the clause end."""
    if text[begin:reading.start] not in _SUMS or begin <= sentence or text[begin - 1] not in _COMMA + "、" \
            or begin != clause_span(text, reading.start)[0]:
        return NONE
    last = figures[-1] if figures else None
    if last is None or last.sentence != sentence or not last.count or last.end >= begin:
        return NONE
    if last.end == begin - 1:
        return last.subject
    noun = (last.end, begin - 1)
    if not _NOUN <= noun[1] - noun[0] <= _LONG_NOUN or any(c in CLAUSE_END for c in text[noun[0]:noun[1]]) \
            or _CN_OR_ARABIC_DIGIT.search(text, *noun):
        return NONE
    return _span(*noun)


def _opening_topic(text: str, lo: int, begin: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """The noun that opens the clause [lo, begin): from its start up to the first stop word."""
    for claimed_start, claimed_end in claimed:
        if lo <= claimed_start and claimed_end < begin and claimed_end - lo <= _NOUN + 2:
            lo = claimed_end  # `今年X…`: a time opens the clause
    stop_at = next((c for c, _ in claimed if lo < c < begin), begin - 1)  # a time ends the topic
    opener = _before_noun().match(text[lo:stop_at])
    start = lo + (opener.end() if opener else 0)
    phrase, at, end = text[start:stop_at], 0, stop_at
    while (stop := _stop_patterns()[0].search(phrase, at)) is not None:
        word = stop.group()
        if len(word) < _KEPT_VERB or word in _function_stops():
            end = start + stop.start()
            break
        at = stop.end()  # `全市接待游客`: a verb that governs the noun after it opens the topic
        if stop.start() > 0:
            start, phrase, at = start + stop.start(), phrase[stop.start():], len(word)
    end = _strip_links(text, start, min(end, start + _LONG_NOUN))
    return _span(start, end) if end - start >= _NOUN else NONE


_ATTRACTS = re.compile("吸引了?$")
# a visit that names what a count of visits counts: `吸引逾1萬人次參觀`
_ATTENDING = re.compile(rf"(参与|参加|参观|观赏|到访|入场)(?=[{re.escape(CLAUSE_END)}]|$)")
_VERB_TAGS = frozenset({"v", "vn", "d"})  # `预计吸引`: a verb or an adverb names no topic


def _attracted(text: str, reading: Reading, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
               figures: Sequence[Figure]) -> Subject:
    """`X吸引N人次参观`: a count of visits right after 吸引, with the visit after it ending the
    clause, counts the visits to X: `X参观` (`中臺灣元宵燈會共吸引約620萬人次觀賞` →
    `中臺灣元宵燈會觀賞`). X is the noun before 吸引, or, when the clause opens with it
    (`預計吸引`), the topic of the clause before with no figure in it: the object that ends
    it (`舉辦跨年晚會，`) or else the noun that opens it (`跨年晚會將於…舉行，`). With no X, the
    visit alone (`到訪`)."""
    if reading.unit != _VISITS:
        return NONE
    pulled = _ATTRACTS.search(text, begin, reading.start)
    visit = _ATTENDING.match(text, reading.end)
    if pulled is None or visit is None:
        return NONE
    s, e, _ = noun_before(text, pulled.start(), begin, claimed)
    if text.startswith("的", s) and e - s > _NOUN:
        s += 1  # `今年的元宵灯会`: the time went, its 的 goes too
    topic = _span(s, e) if e - s >= _NOUN and dictionary().tag(text[s:e]) not in _VERB_TAGS else NONE
    if not topic and begin > sentence and text[begin - 1] in _COMMA:
        lo = max(sentence, _clause_before(text, begin - 1))
        if not any(lo < figure.end < begin for figure in figures):
            b, n, verb = noun_before(text, begin - 1, lo, claimed)
            opens = _stop_patterns()[0].match(text, b, n) if verb is None and n - b >= _NOUN else None
            if opens is not None and len(opens.group()) >= _KEPT_VERB and n - opens.end() >= _NOUN:
                topic = _span(opens.end(), n)  # `市府將於…舉辦跨年晚會，`: the object
            else:
                topic = _opening_topic(text, lo, begin - 1, claimed)
    return _join(topic, visit.span(1)) if topic else _span(*visit.span(1))


_SPACES = " \u3000"


def _segment_before(text: str, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
                    figures: Sequence[Figure]) -> Subject:
    """`前三季觀光人次 成長百分之六點七`: a change that opens a title's segment with no figure
    before it changes the noun that ends the segment before the space, when that segment
    opens the line (a later one may be a predicate: `全市经济 持续向好 同比增长5%`)."""
    if begin <= sentence or text[begin - 1] not in _SPACES:
        return NONE
    lo = max(sentence, _clause_before(text, begin - 1))
    if (lo > 0 and text[lo - 1] != "\n") or any(lo < figure.end < begin for figure in figures):
        return NONE
    s, e, _ = noun_before(text, begin - 1, lo, claimed)
    return _span(s, e) if e - s >= _NOUN else NONE


def _unread_level(text: str, begin: int, sentence: int, claimed: Sequence[tuple[int, int]],
                  figures: Sequence[Figure]) -> Subject:
    """`私人住宅售價指數報291.6點，按月上升0.9%`: a change that opens its clause, after a clause
    whose level is no statistic (an index in points, `报N点`; a unit not read, `620万标准箱`), changes
    what stands at that level: the noun right before its number (and 报, as Hong Kong writes an
    index: `租金指數報194.3點，按年上升4.1%`)."""
    if begin <= sentence or text[begin - 1] not in _COMMA:
        return NONE
    lo = max(sentence, _clause_before(text, begin - 1))
    if figures and figures[-1].end > lo:  # the figures read so far, in order: the last one is enough
        return NONE
    level = next((m for m in _LEVEL.finditer(text, lo, begin - 1)
                  if not any(c <= m.end() < e for c, e in claimed)), None)  # a date's digits are no level
    if level is None:
        return NONE
    s, e, _ = noun_before(text, level.start(), lo, claimed)
    return _span(s, e) if e - s >= _NOUN else NONE


_LEVEL = re.compile(r"[报報]?(?=\d)")  # `指数报291.6点`, `吞吐量620万标准箱`: a level, not read


_TOTAL = re.compile(f"总[{HAN}]{{1,3}}")  # `总投资`, `总额`, `总规模`, `总经费`: a total of what is named before
_OPENING = ",，、 \u3000"  # what ends the clause before a total that opens its own
_PROJECT = "项目"  # what an investment total belongs to when a count of them comes right before


def _total(text: str, s: int, e: int, begin: int, sentence: int, figures: Sequence[Figure],
           claimed: Sequence[tuple[int, int]]) -> Subject:
    """`先进制造业项目18个、总投资132.4亿元`, `发放第二批消费券，总额2000万元`: a total that opens
    its clause names no owner: it is the total of the figure's subject before it in the
    sentence (or of the projects a count right before counts: `签约5个项目 总投资`), or else
    of the noun that ends the clause before (`第二批消费券总额`)."""
    if s != begin or s <= sentence or text[s - 1] not in _OPENING or _TOTAL.fullmatch(text, s, e) is None:
        return NONE
    figure = next((f for f in reversed(figures) if f.end <= s and f.sentence == sentence), None)
    if figure is not None:  # `…项目18个、总投资`: a count right before
        before = figure.subject if figure.end == s - 1 and figure.count else NONE
        projects = text.find(_PROJECT, figure.end, s - 1)
        if not before and figure.count and projects == figure.end \
                and not any(c in CLAUSE_END + _SPACES for c in text[figure.end:s - 1]):
            before = _span(projects, projects + len(_PROJECT))  # `签约5个项目 总投资`: the projects' total
    else:  # `发放第二批消费券，总额`: the object of the verb that opens the clause before
        b, n, _ = noun_before(text, s - 1, max(sentence, _clause_before(text, s - 1)), claimed)
        verb = _stop_patterns()[0].match(text, b, n)
        before = _span(verb.end(), n) if verb and len(verb.group()) >= _KEPT_VERB and n - verb.end() >= _NOUN else NONE
    return _join(before, (s, e)) if before else NONE


_SINCE = re.compile("[自从]")


def _lasting(text: str, begin: int, sentence: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`X自A开始、B结束，为期N`: X, the noun before the sentence's last 自 or 从, when a
    clause that starts with 为期 has no noun after its figure."""
    since = max((m.start() for m in _SINCE.finditer(text, sentence, begin)), default=-1)
    if since < 0:
        return NONE
    s, e, _ = noun_before(text, since, clause_span(text, since)[0], claimed)
    return _span(s, e) if e - s >= _NOUN else NONE


_FROM = "由"
_NOT_FROM_BEFORE = "自理缘经"  # `自由`, `理由`, `缘由`, `经由`: no span starts
_NOT_FROM_AFTER = "于此"  # `由于`, `由此`
_FROM_REACH = 8  # `由去年同期的`, `由2021年的`, `由每`: what may stand between 由 and the first figure
_TO_TAIL = 4  # `至每`, `到目前的`, `至每周`: what may stand between the verb's 至 and the last figure
_NOT_END = f"[^{re.escape(CLAUSE_END)}]"
_TO_AHEAD = re.compile(rf"{_NOT_END}*?[至到为][^{re.escape(CLAUSE_END)}\d]{{0,{_TO_TAIL}}}?{NUMERAL_START}")
_TO_BEHIND = re.compile(rf"[至到为][^{re.escape(CLAUSE_END)}\d]{{0,{_TO_TAIL}}}$")


def from_to(text: str, reading: Reading, begin: int, claimed: Sequence[tuple[int, int]],
            figures: Sequence[Figure], sentence: int) -> Subject:
    """`X由A增至B`: X for A (the noun before 由) and for B (A's subject), or NONE when the
    figure stands in no such span."""
    at = text.rfind(_FROM, max(sentence, reading.start - WINDOW), reading.start)
    if at <= sentence or text[at - 1] in _NOT_FROM_BEFORE or text[at + 1:at + 2] in _NOT_FROM_AFTER:
        return NONE
    between = text[at + 1:reading.start]
    if any(c in CLAUSE_END for c in DIGIT_GROUP_COMMA.sub("", between)):  # `由4,195元上调至`: no end
        return NONE
    if _TO_BEHIND.search(between):  # the last figure: the first one stands between
        if _CN_OR_ARABIC_DIGIT.search(between) is None:
            return NONE
        return next((f.subject for f in reversed(figures) if at < f.end <= reading.start and f.subject), NONE)
    if at < begin or len(between) > _FROM_REACH or _TO_AHEAD.match(text, reading.end, reading.end + WINDOW) is None:
        return NONE
    s, e, _ = noun_before(text, at, begin, claimed)
    return _span(s, e) if e - s >= _NOUN else NONE


_HEAD = 6  # a long compound is named by its head: `…职业资格考试报名人数` → `考试报名人数`


def _head(subject: Subject) -> Subject:
    """The head of a long one-piece subject, for a change that refers back to it."""
    if len(subject.pieces) == 1 and isinstance(subject.pieces[0], tuple):
        start, end = subject.pieces[0]
        if end - start > _LONG_NOUN:
            return _span(end - _HEAD, end)
    return subject


def _part(text: str, end: int) -> tuple[int, int] | None:
    """The part a rate is the share of: `成员90%以上为共产党员` → `共产党员` (after 为 or 是)."""
    after = clause_after(text, end)
    if after[:1] not in ("为", "是") or len(after) - 1 < _NOUN:
        return None
    return end + 1, end + 1 + min(len(after) - 1, _LONG_NOUN)


_RELATIVE = re.compile(rf"[{HAN}]{{0,2}}的(?P<noun>[^{re.escape(CLAUSE_END)}\d的]{{2,{_LONG_NOUN}}})")


def _relative(text: str, reading: Reading, verb: tuple[int, int] | None) -> Subject:
    """`投资2亿元建设的X项目` → `X项目投资`: a measure right after a verb, inside a relative
    clause, measures the noun the clause describes, by that verb."""
    if verb is None:
        return NONE
    found = _RELATIVE.match(text, reading.end, min(len(text), reading.end + WINDOW))
    if found is None:
        return NONE
    stop = _first_stop(found["noun"])
    if stop == 0:
        return NONE
    noun_end = found.start("noun") + (stop if stop > 0 else len(found["noun"]))
    if noun_end - found.start("noun") < _NOUN:
        return NONE
    return _join((found.start("noun"), noun_end), verb)


# ------------------------------------------------------------------ a measure's owner
_BARE_MEASURE = 4  # `建筑面积`, `合格率`, `涉款`: a longer name says whose it is (`优良天数比例`)
_OWNER = 8  # `国际咖啡博览会`, `景区游客服务中心`: the owner's head, not its place or its edition
_NO_OWNER_TAGS = frozenset({"nr", "r", "t"})  # a person, a pronoun or a time owns no measure
_BRACKETS = re.compile("[（）()“”「」]")  # `2025中国（昆明）国际咖啡博览会`: the head is after them
_PERSONS = "们"  # `志愿者们`: people do, they own no measure
# a clause that opens, completes or shows its topic: what the measures after it are of
_OPENED = re.compile("(?:投入使用|投用|开幕|開幕|闭幕|閉幕|开业|開業|落成|竣工|建成|启用|啟用|开通|開通|举行|舉行)了?$")
_RESULTS = re.compile("公布(?P<what>[^，,。；;]{2,24}?)(?:结果|結果)")


@functools.cache
def _measure_heads() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("measure_heads"), key=len, reverse=True))


def _bare_measure(text: str, s: int, e: int) -> bool:
    """`建筑面积`, `涉及開支`, `实现销售额`: the subject is only a measure (a governing verb
    before it aside), with no noun that says whose."""
    return _NOUN <= e - s <= _BARE_MEASURE and text[s:e].endswith(_measure_heads())


def _owner_head(text: str, s: int, e: int) -> Subject:
    """The owner's last words, up to `_OWNER` characters (`桃花源景区游客服务中心` →
    `景区游客服务中心`); none when it is a person, a pronoun or a time."""
    words = dictionary().cut(text[s:e])
    while words and dictionary().tag(words[-1]) in _ADVERB_TAGS:  # `…服务中心正式投入使用`
        e -= len(words.pop())
    if not words or dictionary().tag(words[-1]) in _NO_OWNER_TAGS or text.endswith(_PERSONS, s, e):
        return NONE
    start = e
    for word in reversed(words):
        if e - (start - len(word)) > _OWNER or _BRACKETS.search(word):
            break
        start -= len(word)
    start = start if start < e else e - _OWNER
    return _span(start, e) if e - start >= _NOUN else NONE


def _owned(text: str, subject: Subject, begin: int, sentence: int, figures: Sequence[Figure],
           claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…游客服务中心正式投入使用，建筑面积4600平方米` → `游客服务中心建筑面积`: a subject that
    is only a measure, opening its clause, is the measure of the thing the sentence is
    about: a title's segment before the space (`冬令食品抽檢 合格率`); the thing counted
    just before (`接獲電話騙案1,846宗，按年下降…，涉款` → `電話騙案涉款`); or the topic of
    the nearest clause before with no figure in it (its opening noun; the object of
    `公布…结果` when an actor opens it)."""
    if len(subject.pieces) != 1 or not isinstance(subject.pieces[0], tuple):
        return subject
    s, e = subject.pieces[0]
    if not _bare_measure(text, s, e) or not _opens(text, begin, s, claimed):
        return subject
    owner = _segment_before(text, begin, sentence, claimed, figures) if text[begin - 1:begin] in _SPACES else NONE
    owner = owner or _clause_topic(text, begin, sentence, figures, claimed)
    return _join(owner, subject) if owner else subject


def _opens(text: str, begin: int, s: int, claimed: Sequence[tuple[int, int]]) -> bool:
    """Nothing but a time, a demonstrative or an adverb stands between the clause start and `s`."""
    for claimed_start, claimed_end in claimed:
        if begin <= claimed_start < s and claimed_end <= s:
            begin = max(begin, claimed_end)
    opener = _before_noun().match(text, begin, s)
    at = opener.end() if opener else begin
    return at == s or _opening_topic(text, at, s, claimed) == NONE and _first_stop(text[at:s]) == 0


def _clause_topic(text: str, begin: int, sentence: int, figures: Sequence[Figure],
                  claimed: Sequence[tuple[int, int]]) -> Subject:
    """The topic of the nearest clause before `begin`, in the sentence, with no figure in it."""
    end = begin - 1
    while end > sentence and text[end] in _COMMA:
        lo = max(sentence, _clause_before(text, end))
        if not any(lo < figure.end <= end for figure in figures):
            s, e = _first_noun(text, lo, end, claimed)
            if e - s >= _NOUN and not any(cs < e and s < ce for cs, ce in claimed) \
                    and _OPENED.search(text, e, end) is not None:
                return _owner_head(text, s, e)
            results = _RESULTS.search(text, lo, end)
            if results is not None:
                s, e, _ = noun_before(text, results.end("what"), results.start("what"), claimed)
                return _owner_head(text, s, e) if e - s >= _NOUN else NONE
            return NONE
        end = lo - 1
    return NONE


def _first_noun(text: str, lo: int, end: int, claimed: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The noun that opens the clause [lo, end), after a time or an opener, up to its first
    stop word (`桃花源景区游客服务中心正式投入使用` → `桃花源景区游客服务中心`)."""
    for claimed_start, claimed_end in claimed:
        if lo <= claimed_start and claimed_end < end and claimed_end - lo <= _NOUN + 2:
            lo = claimed_end  # `昨天，`, `今年X…`: a time opens the clause
    opener = _before_noun().match(text, lo, end)
    start = opener.end() if opener else lo
    stop = _stop_patterns()[0].search(text, start, end)
    stop_at = min([stop.start() if stop else end, *(c for c, _ in claimed if start < c < end)])
    return start, _strip_links(text, start, stop_at)
