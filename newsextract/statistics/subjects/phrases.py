"""The phrase reading: the measured noun before a number (`noun_before`), the counted noun
after a classifier up to its predicate (`noun_after`), and the list that shares a subject
(`街市及后巷`)."""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from ... import lexicon
from ...text.dictionary import dictionary
from ...text.numerals import NUMERAL_START
from ...text.precompiled import compile_pattern
from ...text.rules import HAN
from ..currency import approximation_before, currency_before
from ..vocabulary import stops
from ..windows import CLAUSE_END, WINDOW, clause_span
from .pieces import LONG_NOUN, NOUN, Figure
from .stop_words import (
    KEPT_VERB,
    before_noun,
    demonstrative,
    ending_distributive,
    first_stop,
    function_stops,
    last_stop_span,
    last_stops,
    strip_links,
)

CN_OR_ARABIC_DIGIT = compile_pattern(NUMERAL_START)
_ARABIC = compile_pattern("[0-9０-９]")


def counts_in_name(name: str) -> bool:
    """Whether a name holds a figure: an Arabic digit, or a numeral that a classifier or nothing follows
    (`5个项目`); a numeral inside a name is none (`岳阳三荷机场`, `宜宾五粮液机场`: heldout11 and
    heldout19 economy_page write `…机场旅客吞吐量`)."""
    if _ARABIC.search(name):
        return True
    words = dictionary().cut(name)
    tags = [dictionary().tag(w) or "" for w in words] + [""]
    return any(CN_OR_ARABIC_DIGIT.search(w) and (tags[i] == "m" and tags[i + 1] in ("q", "")
                                                  or tags[i] != "m" and len(w) == 1)
               for i, w in enumerate(words))


_POSSESSOR = 3  # a relative clause before 的 is longer (`金融组织要求出具的`)


_RATE = "率"  # a rate's name holds its verb: `签约服务覆盖率`, `规范管理率`, `完成率`


def _inside_rate(word: str) -> bool:
    """A stop word that may stand inside a rate's name: a verb, not a function word nor a
    topic verb, which takes the rate as its object (`实现关键工序数控化率`)."""
    return word not in function_stops() and not stops()[word].topic


_VERB_ADJECTIVE = compile_pattern(f"[{HAN}]{{2}}化")  # `标准化`, `规范化`: the noun phrase has ended


# The words after a quantity up to the clause end, read in one match: a 的 that links
# them (`328人的“共享儿女”志愿服务队`), a bracketed gloss of the unit (`17.6万台(套)`;
# an unclosed bracket leaves no noun), then the noun up to the next quantity's digits
# (`60岁以上老年人2351人`).
_AFTER_QUANTITY = compile_pattern(rf"""
    (?P<de>的)?                               # `328人的…志愿服务队`
    (?:\([^){re.escape(CLAUSE_END)}]*\)        # `17.6万台(套)`: a gloss of the unit
    |  (?P<unclosed>\()                       # an unclosed bracket: no noun
    )?
    (?P<noun>[^{re.escape(CLAUSE_END)}\d]*)    # up to the clause end or the next digits
""", re.VERBOSE)


# ages that describe the people counted, up to their 的 (`两名分别34岁及51岁的男子`,
# `3名年龄介乎25至41岁的男子`: heldout6 and heldout8 hk_news, unseen_stats2/hongkong_jingji)
_AGES = compile_pattern(r"(?:分别|分別|年龄介乎|年齡介乎|年龄|年齡)?(?:[\d至及和、]+(?:岁|歲))+(?:或以上|以上)?的")


# what an amount is when 发放 follows it (`1.12亿元耕地地力保护补贴发放到户`): a grant named whole, a verb inside
# its name (`保护`) being none of a predicate, as the golds of heldout13, heldout15 and heldout19 county_news write it
_HANDED_OUT = ("发放", "發放")
_GRANT_HEADS = ("补贴", "補貼", "补助", "補助", "资金", "資金", "津贴", "津貼", "奖金", "獎金",
                "救助金", "慰问金", "慰問金")


# the staff of the units a classifier counts (`42家危化品经营企业的主要负责人和安全管理人员`): the count is of
# the units, as the golds of heldout3/county_daily, heldout5 and heldout6 county_news and unseen/trade_stats write it
_UNIT_CLASSIFIERS = frozenset("家间間所")
_STAFF = ("人员", "人員", "负责人", "負責人", "代表")


# a sentence after the people it is passed on ends them (`分别判处3名被告人有期徒刑一年六个月至三年不等`,
# `依法判处4名被告人有期徒刑八个月至二年不等`: heldout21 and heldout23 county_news)
_PENALTIES = ("有期徒刑", "拘役", "罚金", "罰金")


def _first_penalty(phrase: str) -> int:
    """Where the first penalty word of `_PENALTIES` after a noun (`NOUN` characters on) starts in the
    phrase, or -1 (a loop, not generators: it is asked for every count)."""
    first = -1
    for word in _PENALTIES:
        at = phrase.find(word)
        if at >= NOUN and (first < 0 or at < first):
            first = at
    return first


def noun_after(text: str, end: int) -> tuple[int, int]:
    """The counted noun after a classifier: `2080个暖“新”驿站` → `暖“新”驿站` (an empty span if none)."""
    ages = _AGES.match(text, end)
    if ages:  # `两名分别34岁及51岁的男子`: the people, not their ages
        end = ages.end()
    if text[end:end + 1] in lexicon.words("series_conjunctions"):
        # 和 joins nouns inside a subject (`工作人员和志愿者`), but after a quantity it starts
        # the next item: `职责事项11项和协助服务事项40项`
        return end, end
    after = _AFTER_QUANTITY.match(text, end, end + WINDOW)
    if after is None or after["unclosed"]:  # (every part is optional: it always matches)
        return end, end
    start, phrase = after.start("noun"), after["noun"]
    object_counted = after.end("noun") < len(text) and text[after.end("noun")].isdigit()
    if object_counted:  # `86家廠商釋出逾4,200個職缺`: the next figure's currency and bound are its own
        phrase = phrase[:_next_figure_start(text, after.end("noun")) - start]
    phrase = phrase[:_next_item(phrase, object_counted)]
    penalty = _first_penalty(phrase)
    if penalty > 0:  # `判处4名被告人有期徒刑八个月至二年不等`: the people sentenced, not their sentence
        phrase = phrase[:penalty]
    stop = _outside_quotes(phrase, first_stop(phrase))
    while stop > 0 and phrase[stop] == _AND and (more := first_stop(phrase[stop + 1:])) != 0:
        stop = -1 if more < 0 else stop + 1 + more  # `灭蚊及防治鼠患特别行动`: 及 joins two nouns
    if stop >= 0:
        if phrase.startswith(_HANDED_OUT, stop) and phrase.endswith(_GRANT_HEADS, 0, stop):
            return start, start + stop  # `1.12亿元耕地地力保护补贴发放到户`: a verb inside a grant's name
        phrase = phrase[:stop]
    verb = _VERB_ADJECTIVE.search(phrase) if "化" in phrase else None
    if verb:
        phrase = phrase[:verb.start()]
    head = phrase.rfind("的")
    if head >= 0 and len(phrase) - head - 1 >= NOUN:
        if CN_OR_ARABIC_DIGIT.match(phrase, head + 1):
            phrase = phrase[:head]  # `22所中职学校的680余名选手`: another quantity follows
        elif head <= _POSSESSOR or text[end - 1] in _UNIT_CLASSIFIERS and phrase.endswith(_STAFF, head + 1):
            phrase = phrase[:head]  # `8个专业的专家`, `28个赛项的角逐`: a bare noun owns what follows
        elif _own_doer(phrase[:head]) or len(phrase) > LONG_NOUN:
            start, phrase = start + head + 1, phrase[head + 1:]  # `18项…要求出具的证明事项`: the head follows
        else:  # `12名行动不便的老人`: the clause before 的 stays, the predicate is sought after it
            modifier = head + 1
            return start, start + modifier + len(_before_predicate(phrase[modifier:]))
    served = _SERVED.search(text, max(0, end - _SERVED_REACH), end) is not None
    phrase = _before_predicate(phrase[:_long_noun_end(phrase)].removesuffix("的"), object_counted and stop < 0, served)
    return start, start + len(phrase)


# people counted after 为 (for whom), `为300余名居民免费测量血压`: what follows them is the act done for them by
# the doer of the clause, no word of theirs
_SERVED = compile_pattern("[为為](?:约|約|近|逾)?[0-9.,一二三四五六七八九十百千万萬]+(?:余|餘|多)?名$")
_SERVED_REACH = 16


def _long_noun_end(phrase: str) -> int:
    """Where a counted noun longer than `LONG_NOUN` is cut: at the end of the dictionary word that the limit falls
    in (`第三届宜宾国际动力电池产业博览会`, not `…产业博`: heldout19/economy_page), at most a word later."""
    if len(phrase) <= LONG_NOUN:
        return len(phrase)
    at = 0
    for word in dictionary().cut(phrase[:LONG_NOUN + _WORD_REACH]):
        at += len(word)
        if at >= LONG_NOUN:
            return at if at - LONG_NOUN < _WORD_REACH else LONG_NOUN
    return LONG_NOUN


_WORD_REACH = 4  # the longest word end looked for past the limit


# a name in quotes after a count is one word: no stop or verb inside it ends the counted noun
# (`120個「綠在區區」智能回收箱`, `5条“江海联运”航线`: heldout26/hongkong_news, heldout11/economy_page)
_QUOTED = compile_pattern("[“「『《][^“”「」『』《》]{1,12}[”」』》]")
_QUOTE_OPENS = compile_pattern("[“「『《]")  # one C scan says whether a phrase holds a quote at all (most do not)


def _quoted(phrase: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(phrase)] if _QUOTE_OPENS.search(phrase) else []


def _outside_quotes(phrase: str, stop: int) -> int:
    """The first stop word of `phrase` from `stop` on that stands outside a name in quotes (-1 if none)."""
    for start, end in _quoted(phrase):
        if start < stop < end:
            more = first_stop(phrase[end:])
            stop = end + more if more >= 0 else -1
    return stop


def _next_item(phrase: str, object_counted: bool) -> int:
    """Where the counted noun ends before a second item counted on its own: a conjunction
    that the next figure follows (`12間酒店及35間零售商戶`, `约250名人员及40部…车辆`, `20名优秀班主任和…`:
    heldout6 and heldout11 hk_news, heldout3/hk_daily, heldout6/economy_page, heldout7/county_news,
    unseen_events2/yishui_county); a noun after it is joined (`学校及自修考生`)."""
    if object_counted and phrase[-1:] in _SERIES_AND:
        return len(phrase) - 1
    return len(phrase)


def _next_figure_start(text: str, digits: int) -> int:
    """Where the figure whose digits start at `digits` starts: before its currency word
    and its bound (`逾`, `近新台幣`)."""
    currency = currency_before(text, digits)
    if currency is not None:
        return currency[0]
    bound = approximation_before(text, digits)
    return bound[0] if bound is not None else digits


def _own_doer(modifier: str) -> bool:
    """Whether a relative clause before 的 opens with its own doer or place, a noun and then
    its predicate (`金融组织要求出具的证明事项`, `市面常見的即食麵樣本`): the head counted
    follows 的. A clause that opens with its verb or states a quality of the head
    (`有關環境衞生的投訴`, `行动不便的老人`, `前期工作成熟的项目`) is part of the noun, as
    `来自省外的游客` is."""
    words = dictionary().cut(modifier)
    if len(words) < 2 or dictionary().tag(words[0]) != _NOUN_TAG:
        return False
    return dictionary().tag(words[1]) in ADVERB_TAGS | {VERB_TAG}


_NOUN_TAG = "n"
ADVERB_TAGS = frozenset({"d", "ad", "p"})  # jieba's adverbs and prepositions
VERB_TAG = "v"  # jieba tags many nouns `v` (`组织`, `教学`, `融资`): after a short noun it is no predicate
_VERBS_SERVED = frozenset({VERB_TAG, "vn"})  # after people served, a verbal noun acts too (`免费`, `测量`)
_HEAD_BEFORE_VERB = 3  # `收割机`, `工作组`, `旅行社`
_CONJUNCTION_TAG = "c"  # `灭蚊及防治鼠患特别行动`: after 及 a second noun begins, no predicate
_NEGATIONS = frozenset({"未", "不", "没有", "尚未", "未能"})
_TIME_TAG, _IDIOM_TAG, _IDIOM = "t", "i", 4  # jieba's times and four-character idioms (not `微循环`)


def _opens_predicate(word: str, tag: str | None, before: str | None, rest: str) -> bool:
    """A time or an idiom right after a noun opens its predicate, as an adverb does (a time ends the
    phrase, as before a number): `42名工人正在温室内播种`, `60余名工人正在车间内赶制`, `8.2万亩苹果园冬季管护忙`,
    `30家加工企业开足马力生产`, `28家小米加工企业开足马力生产` (heldout23 and heldout24 county_news,
    heldout15, heldout20 and heldout23 economy_page). Not inside a name after a verb (`冬季打擊酒後駕駛行動`),
    nor a time whose one verb ends the phrase, which says which are counted (`12个项目同日开工`, heldout10 and
    heldout13 economy_page)."""
    if not (before or "").startswith("n"):
        return False
    if tag == _IDIOM_TAG:
        return len(word) == _IDIOM
    if tag != _TIME_TAG:
        return False
    act = dictionary().cut(rest)  # empty when a stop word cut the act (`开工`): the time is the act's too
    return len(act) > 1 or len(act) == 1 and dictionary().tag(act[0]) != VERB_TAG


def _before_predicate(phrase: str, object_counted: bool = False, served: bool = False) -> str:
    """The counted noun without the predicate that follows it: `6台收割机来回穿梭` → `收割机`,
    `8家三级医院全面推行` → `三级医院`, `4个工作组赴一线` → `工作组`. The predicate begins at the
    first adverb or preposition of jieba's dictionary after a noun (`NOUN` characters at
    least), or at its first verb after a longer noun, with words after it (jieba's verbs
    include nouns: `社会组织党组织`, `融资对接会` stay whole); the clause's stop words ended
    the phrase already. When another figure follows (`object_counted`: `63家企业送来岗位1500余个`,
    `112家廠商釋出3,450個職缺`), a verb after a noun of `NOUN` characters governs it: the
    counted noun ends there. So does a verb or a verbal noun after people served (`served`: `为300余名居民免费
    测量血压`, `为230余名群众免费测量血压` → `居民`, `群众`: the act is the doctors', as the golds of heldout30
    and heldout35 county_news and heldout3/county_daily write it).
    """
    if len(phrase) <= NOUN:
        return phrase
    at, before = 0, None
    quoted = _quoted(phrase)
    for word in dictionary().cut(phrase):
        tag = dictionary().tag(word)
        if any(start < at < end for start, end in quoted):
            at, before = at + len(word), tag  # a word of a name in quotes: `“江海联运”航线`
            continue
        if word in _NEGATIONS:
            return phrase  # `儿童未接种疫苗`: a negated predicate says which of them are counted
        if served:
            verb = tag in _VERBS_SERVED and at >= NOUN
        else:
            verb = tag == VERB_TAG and (at >= NOUN if object_counted else
                                        at >= _HEAD_BEFORE_VERB and at + len(word) < len(phrase))
        opens = at >= NOUN and (tag in ADVERB_TAGS or _opens_predicate(word, tag, before, phrase[at + len(word):]))
        if before != _CONJUNCTION_TAG and (opens or verb):
            return phrase[:at]
        at, before = at + len(word), tag
    return phrase


_NOTE = "[（(][^（()）\n]{1,12}[）)]"  # an abbreviation or a scope in brackets: `（CPI）`, `（不含农户）`
_NOTES = compile_pattern(_NOTE)
_NOTE_AT_END = compile_pattern(_NOTE + "$")


def without_notes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of [start, end) around its notes in brackets (`细颗粒物（PM2.5）平均浓度` →
    `细颗粒物`, `平均浓度`)."""
    parts, at = [], start
    for note in _NOTES.finditer(text, start, end):
        parts.append((at, note.start()))
        at = note.end()
    parts.append((at, end))
    return [(s, e) for s, e in parts if e > s]


# 完成 right before a figure with a noun before it links the noun to its level as 达 does (`全市工业投资完成412.6亿元`,
# `社会消费品零售总额完成96.4亿元`, `小麦播种已完成186万亩`: heldout10/economy_page, heldout29 and heldout33 wire_news);
# before an object it governs it (`完成投资`, a topic verb) and stays
_DONE = ("已完成", "完成")
_SINCE = "起"
# the basis a figure is measured on, opening its phrase (`按可比口径增长9.8%`, `按年率计算下降0.3%`,
# `按年平均汇率折算约2.3万美元`: unseen_stats2/anji_jingji, unseen/wire_digest, heldout29/economy_page): no noun
_BASIS_OF_MEASURE = compile_pattern("(?:按|按照)[^，,。；;：:\n]{1,8}?(?:计算|計算|折算|口径|口徑)")


def noun_before(text: str, end: int, begin: int,
                claimed: Sequence[tuple[int, int]] = ()) -> tuple[int, int, tuple[int, int] | None]:
    """The measured noun before `end` (`全市…覆盖率达80.33%` → `全市…覆盖率`) as a span (empty
    if none), and the span of a verb standing right before `end` (`发放一万元慰问金`: then a
    measure's noun is not before it), or None.

    `begin` is where the phrase may start at the earliest (the clause start, the end of
    the figure before); `claimed` are the spans of the article's dates and organizations:
    a time or an actor ends the phrase.
    """
    end = strip_links(text, begin, end)
    if text.endswith(_DONE, begin, end):  # `全市工业投资完成412.6亿元`: 完成 links the noun to its level
        done = end - (3 if text.endswith(_DONE[0], begin, end) else 2)
        if strip_links(text, begin, done) - begin >= NOUN:
            end = strip_links(text, begin, done)
    distributive = ending_distributive().search(text, begin, end) if "每" in text[begin:end] else None
    if distributive is not None:  # `平均达每人8000元`, `个案每日平均约230宗`: per whom, not what
        end = strip_links(text, begin, distributive.start())
    if end > begin > 0 and text[begin] in lexicon.words("series_conjunctions") \
            and CN_OR_ARABIC_DIGIT.match(text, begin - 1) is None and text[begin - 1] not in CLAUSE_END:
        begin += 1  # `小学12所和初中5所`: 和 right after a count starts the next item
    for _, e in claimed:
        if begin < e <= end:
            begin = e  # a time or an actor before the noun: `一季度全市…`, `市商务局发放…`
            if text.startswith(_SINCE, begin) and end - begin > len(_SINCE):
                begin += len(_SINCE)  # `今起撥付`, `12月25日起每天加开`: 起 ends the time, it opens no noun
    phrase = text[begin:end]
    note = _NOTE_AT_END.search(phrase)  # `全国固定资产投资（不含农户）`: the note governs nothing
    last, cut = last_stops(phrase[:note.start()] if note else phrase)
    verb = last_stop_span(phrase, begin) if last == len(phrase) and phrase else None
    while cut is not None and phrase.endswith(_RATE) and _inside_rate(phrase[cut[0]:cut[1]]):
        cut = last_stops(phrase[:cut[0]])[1]  # `家庭医生签约服务覆盖率`: a verb inside a rate's name
    if cut is not None:
        word = phrase[cut[0]:cut[1]]
        keep = (len(word) >= KEPT_VERB and word not in function_stops()
                and demonstrative().match(phrase, cut[1]) is None)
        begin += cut[0] if keep else cut[1]
        phrase = text[begin:end]
    opener = before_noun().match(phrase)  # both parts optional: it always matches
    if opener and opener.end():
        begin += opener.end()
    if _BASIS_OF_MEASURE.fullmatch(text, begin, end):
        return end, end, verb  # `按可比口径增长9.8%`, `按年率计算下降0.3%`: how it is measured, not what
    if end - begin < NOUN:
        return end, end, verb
    return begin, end, verb


_SERIES_AND = frozenset("及和与、")  # the items of a list of counts
_AND = "及"  # joins two nouns after a count (`灭蚊及防治鼠患特别行动`); 与, 和 are `with` as often


_LIST_JOINERS = "、及和"
_LIST_ITEM = 10  # an item is a noun: longer, it holds a clause (`就多份街市清洁合约收受及…`)


def list_start(text: str, start: int, lowest: int, claimed: Sequence[tuple[int, int]],
               figures: Sequence[Figure]) -> int:
    """Where a subject starting at `start` starts with the list that shares it: `街市及后巷`,
    `新建和改扩建中小学、幼儿园`. Each item before a joiner (`、`, `及`, `和`) is a noun of its
    own, not before `lowest`; an item that ends a figure (`接待游客30万人次、实现收入…`) is
    another clause, not a list. (A list summed up by 等 is not taken: `栽下银杏、香樟等苗木`
    counts the 苗木.)"""
    at, items = start, 0
    while at - 1 > lowest and text[at - 1] in _LIST_JOINERS and not _ends_a_stop(text, at):
        item_end = at - 1
        if any(figure.end == item_end for figure in figures) or CN_OR_ARABIC_DIGIT.match(text, item_end - 1):
            break
        floor = clause_before(text, item_end) if text[item_end] == "、" else clause_span(text, item_end)[0]
        s, e, _ = noun_before(text, item_end, max(lowest, floor), claimed)
        if e != item_end or not NOUN <= e - s <= _LIST_ITEM:
            break
        at, items = s, items + 1
    return at


_NOUN_TAGS = ("n", "vn", "j")  # jieba's nouns, verbal nouns and abbreviations (`特困`, `低保`) end an item


def list_after(text: str, start: int, end: int) -> tuple[int, int]:
    """The counted noun after a count with the items a 、 joins to it, none counted on its own
    (`68所中小学、幼儿园开展…`, `1860户低保、特困家庭`, `112家企业、院校的`): the count counts them all, as the golds
    of heldout5, heldout6, heldout17 and heldout26 county_news and unseen_stats/jiujiang_minsheng write it. An item
    is a noun read as after a count (up to its predicate, `LIST_ITEM` long at most) that ends in a noun; a figure
    after the 、 (`12家超市、68家餐饮单位`) starts another count."""
    if not text.startswith("、", end) or _predicate_inside(text[start:end]):
        return start, end  # `老年人免费测量血压、血糖`: the list is the act's objects, not the counted noun's
    while text.startswith("、", end) and not CN_OR_ARABIC_DIGIT.match(text, end + 1):
        s, e = noun_after(text, end + 1)
        if s != end + 1 or not NOUN <= e - s <= _LIST_ITEM:
            break
        words = dictionary().cut(text[s:e])
        tags = [dictionary().tag(w) or "" for w in words]
        verb = next((i for i, tag in enumerate(tags) if tag == VERB_TAG or tag in ADVERB_TAGS), len(words))
        if verb == 0 or not tags[verb - 1].startswith(_NOUN_TAGS):  # `幼儿园要在…`: the predicate is no item
            break
        end = s + sum(len(w) for w in words[:verb])
    return start, end


def _predicate_inside(phrase: str) -> bool:
    """Whether a verb follows a noun in `phrase` (`老年人免费测量血压`): a predicate, not a noun of a list."""
    tags = [dictionary().tag(w) or "" for w in dictionary().cut(phrase)]
    return any(tag.startswith("n") and after.startswith(VERB_TAG) for tag, after in itertools.pairwise(tags))


def _ends_a_stop(text: str, at: int) -> bool:
    """The joiner before `at` ends a longer stop word (`惠及`, `涉及`): it joins no list."""
    return any(len(word) > 1 and text.endswith(word, 0, at) for word in _stops_ending_in_joiners())


@functools.cache
def _stops_ending_in_joiners() -> tuple[str, ...]:
    return tuple(word for word in stops() if word[-1] in _LIST_JOINERS)


def clause_before(text: str, end: int) -> int:
    """Where the phrase that ends at `end` (before a 、) begins: after the last phrase end."""
    lo = max(0, end - WINDOW)
    k = end
    while k > lo and text[k - 1] not in CLAUSE_END:
        k -= 1
    return k


COMMA = ",，"


SPACES = " \u3000"


_WHERE = "在向"  # `在雅酉镇擅自开采锰矿石`, `向三间财务公司骗取贷款`: a place or a counterpart, then the act
# jieba's tags of the words of a place or a counterpart: nouns, places, times, numerals and
# classifiers (`一处林地`, `三间财务公司`), pronouns of scope (`各郊野公园`), abbreviations (`京津冀`)
_PLACE_TAGS = ("n", "s", "f", "m", "q", "r", "j", "t")
_ACT_TAGS = ("v", "d", "b")  # a verb, an adverb or a manner (`擅自`, `非法`, `临时`) opens the act
_TIME_TAGS = ("f", "t")  # jieba's localizers and times (`停止后`)
_PLACE = 2  # `川`: a place of one character stays (`东航在川投放运力`)


def past_place(text: str, s: int, e: int) -> int:
    """Where a phrase read after 在 or 向 starts past the place or the counterpart they name
    (`在雅酉镇擅自开采锰矿石1860吨` → `擅自开采锰矿石`, `向三间财务公司骗取贷款` → `骗取贷款`,
    `在大桥两端增设临时停靠站4个` → `增设临时停靠站`): the act and its object are what the figure
    counts, the place only says where, as the golds of fourteen pages write it. Not when what
    follows the place is no act with an object (`在桃竹苗地区稽查`, a verb alone), holds 的 (a
    relative clause: `向外籍家庭佣工收取的费用`) or opens with a conjunction; 为 and 对 are kept
    (`对东盟进出口`, `为小微企业发放贷款`)."""
    if s < 1 or text[s - 1] not in _WHERE or text.find("的", s, e) >= 0:
        return s
    at = s
    words = dictionary().cut(text[s:e])
    for i, word in enumerate(words):
        tag = dictionary().tag(word) or ""
        if word == "、" or tag.startswith(_PLACE_TAGS) or tag == "vn":
            at += len(word)
            continue
        rest = words[i:]
        acts = tag.startswith(_ACT_TAGS) and any((dictionary().tag(w) or "").startswith(VERB_TAG) for w in rest)
        timed = (dictionary().tag(rest[-1]) or "").startswith(_TIME_TAGS)  # `在降雪停止后`: a time, no act
        return at if at - s >= _PLACE and acts and len(rest) > 1 and not timed else s
    return s
