"""The edges of a subject: what the phrase rules read up to the figure is trimmed to its noun
phrase, or dropped when no noun is left (a database is better served by no subject than by a
fragment of the sentence: issue 19, evidence from the People's Daily articles of 2019-02 in
`shared/dev` and from the gold pages).

A phrase read leftwards from the figure (`X达N`, `XN`, `X反而增加N`) may end in what stands between
the noun and the number, and one read rightwards (`N X`) may run into a predicate:

- punctuation debris: a quotation, a bracket or a title mark the phrase opens or closes without its
  pair (`“我国国内生产总值`, `”距离他的小菜店`, `全会精神⑤）`; after the figure a short note closing soon after is
  kept whole, `39个县（市、区）`), an ellipsis or a colon inside it (`世界第一……近年来`, `编者按：`), a bracketed
  label opening it (`【故事】北京313路公交车全程`): the side next to the figure is kept;
- function words at the figure's side, by jieba's tags (`text/dictionary.py`): an adverb, a
  preposition, a conjunction or a modal verb ends no noun (`清洁能源使用率几乎`, `订单总量能`,
  `国内市场营业额反而`, `经过`, `平均每`), nor a time word (`春笋以前`; `新中国成立后` is a clause of time), nor
  a word that stresses the figure (`短短两个月`), nor the verb of a level reached (`上限提至`, `队伍扩充至`);
  an adverb after a noun opens its predicate (`班里就只剩`, `中东国家消费者就买走`, `3个港口全部实行`), unless
  it begins a word with what follows (`就地转化`);
- the place a distance is measured from (`阜平县城向西40公里`, `位于喀土穆以南550公里`, `距离…不足600米`);
- a phrase after a duration that opens with a time word (`40年前我初到…`, `6年多来砥砺前行`, `10年后主导`):
  the figure is a time, no count of what follows (`两名前…职员` is a count).

What is left names a thing (some word that jieba tags as no verb, adverb, adjective, pronoun, numeral,
time or function word) or is no subject. A subject built of several pieces, or one read elsewhere than
next to the figure, is the work of a rule that named it and is kept as it is.
"""
from __future__ import annotations

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import ChangeReading, Reading
from .pieces import NONE, NOUN, Subject, join, span

_OPENERS = "“‘「『（(【《〈["
_CLOSERS = "”’」』）)】》〉]"
_PAIRS = dict(zip(_OPENERS, _CLOSERS, strict=True))
_CUTS = ("……", "…", "：", ":")  # an ellipsis or a colon: what stands across it is another phrase
_LABEL = ("【", "】")  # `【故事】`: a label opening the phrase is no word of it
_NOTE = 12  # `（市、区）`: a note in brackets is short
_SEPARATORS = "·•—-－/"  # a figure inside a title's name (`（…五周年·河北篇）`): no count of what follows

# jieba's tags of the words that end no noun at the figure's side: adverbs, prepositions and
# conjunctions (`几乎`, `反而`, `经过`); jieba tags some nouns so (`进度`, `批次`, `一次性补贴`, 比 of `占比`)
_FUNCTION_TAGS = frozenset({"d", "ad", "p", "c"})
_NOT_FUNCTION = frozenset({"进度", "批次", "一次性", "比", "反对", "一期", "二期", "三期", "既有"})
# `有望`, `可望`: a forecast of the figure, no word of what reaches it (`全年出口额有望`, `全年出口可望`: heldout17
# wire_news, heldout21/taiwan_economy, unseen_stats2/hongkong_jingji)
_MODALS = frozenset({"能", "要", "可", "会", "能够", "可以", "需要", "需", "应", "应该", "将", "想", "有望", "可望"})
_LINKS = " 　达達到为為约約共逾超过過近有了是"  # what may stand between a phrase and its figure
_DURATION = "duration"
_EACH = "每"  # a distributive left by itself (`平均每5分钟`)
_TO = frozenset({"至", "到"})  # `上限提至500万元`: the verb of a level reached is no word of what reached it
# the time a phrase cannot end in (before the figure) nor open with (after it)
_TIME_WORDS = frozenset({"前", "后", "以前", "以后", "之前", "之后", "以来", "来", "多来", "年来", "多年来"})
_DIRECTIONS = frozenset("东西南北")
_TOWARDS = "以向往朝"  # `以南`, `向西`: one word of jieba's, or two
_DISTANCE_FROM = frozenset({"距", "距离", "离"})
_FROM = _DISTANCE_FROM | {"向", "往", "朝"}
# what opens no noun (jieba's tags aside: `直接经济损失`, `特别国债`, `已建成标准厂房`, `通过诉前调解化解`)
_OPENING_WORDS = frozenset({"随着", "经过", "历经", "据", "根据", "按照", "依照", "沿着", "由于", "因为",
                            "就", "也", "又", "还", "仅", "都", "才", "却", "便", "再", "已经", "曾经", "一直",
                            "始终", "同样"})
# adverbs that open a predicate after its topic (`班里就只剩`, `港口全部实行`)
_PREDICATE_ADVERBS = frozenset({"就", "也", "又", "还", "仅", "都", "只", "才", "却", "已经", "仍", "便", "再"})
_PREDICATE_AFTER = _PREDICATE_ADVERBS | {"全部", "基本", "一起"}  # jieba's nouns, adverbs after a count
# jieba's tags of words that name no thing: a phrase of these alone is no noun (its `z`, `zg` and
# `ng` hold nouns: `民事纠纷`, `湿地`, `稻农`)
_NOT_NOMINAL = frozenset({"v", "d", "ad", "p", "c", "r", "m", "f", "t", "q", "uj", "ul", "ud", "uz", "ug",
                          "uv", "y", "e", "o", "i", "b", "a"})


def trimmed(text: str, reading: Reading, found: Subject, change: ChangeReading | None = None) -> Subject:
    """`found` without the debris at its edges, or NONE when no noun is left (see the module); a
    phrase before a change (`营业额反而增加20%`) ends at the change's words."""
    if len(found.pieces) != 1 or not isinstance(found.pieces[0], tuple):
        return found
    s, e = found.pieces[0]
    if (every := _EVERY_CHECKPOINT.match(text, s, e)) and every.end() < e:
        return _through_every_checkpoint(text, every.end(), e)
    before = reading.start if change is None or not s < change.start <= reading.start else change.start
    if e <= before and not text[e:before].strip(_LINKS):
        return _before(text, s, e, found)
    if s >= reading.end and not text[reading.end:s].strip(" 　的"):
        return _after(text, reading, s, e, found)
    return found


# through every checkpoint (`經各管制站`, `經各口岸`): all of those crossing, no kind of them (one checkpoint named,
# `經港珠澳大橋`, says which and stays)
_EVERY_CHECKPOINT = compile_pattern("(?:经|經)各(?:管制站|口岸)")
_OF = "的"


def _through_every_checkpoint(text: str, s: int, e: int) -> Subject:
    """`經各管制站出入境的旅客` → `出入境旅客`: the travellers through every checkpoint are all of them, named by
    the crossing, as the golds of heldout26/hongkong_news, heldout33 and heldout36 hk_news and heldout29/macau_news
    write it (`經各口岸入境旅客` → `入境旅客`)."""
    of = text.rfind(_OF, s, e)
    return join((s, of), (of + 1, e)) if s < of < e - 1 else span(s, e)


def _before(text: str, s: int, e: int, found: Subject) -> Subject:
    """A phrase read leftwards from the figure: its start may hold debris, its end function words."""
    s0, e0 = s, e
    s, e = _punctuation(text, s, e, left=True)
    words = _words(text, s, e)
    if words and _points(words[-1][0], words[-2][0] if len(words) >= 2 else ""):
        return NONE  # `阜平县城向西40公里`, `位于喀土穆以南550公里`: a distance from a place
    if words and words[0][0] in _DISTANCE_FROM:
        return NONE  # `距离他的小菜店不足600米处`: a distance from a place
    _pop_function_words(words)
    cut = next((k for k, (word, _, at) in enumerate(words) if word in _PREDICATE_ADVERBS
                and k and dictionary().get(text[at:at + len(word) + 1]) is None), None)  # not `就地取材`
    if cut is not None and any(tag == "v" for _, tag, _ in words[cut:]):
        if cut and len(words[cut - 1][0]) >= NOUN and words[cut - 1][1] not in _NOT_NOMINAL:
            del words[cut:]  # `班里就只剩`, `中东国家消费者就买走`: the adverb opens the predicate
            _pop_function_words(words)
        elif not _names_a_thing(words[:cut]):
            return NONE  # `今明两年每年都要完成`: a time and a predicate
    _pop_openers(words)
    return _kept(s0, e0, words, found)


def _pop_openers(words: list[tuple[str, str, int]]) -> None:
    """Drops the words opening a phrase that open no noun: `随着学前教育`, `的电力输送能力`, a conjunction
    (`另外`, `但建一个大棚`, `并疏散住户`), a preposition that hands the noun to its verb (`把政策利率`, `给…带来`,
    `从…来到`), an adverb of the predicate (`就能`, `都叫来`) and a modal or a copula before more
    (`要保证`, `是…`); the prepositions of whom or where (对, 为, 向, 在, 以, 用, 通过: `对东盟进出口`, `以美元计价
    出口额`, `通过诉前调解化解`) and the adverbs of manner (`擅自开采`, `初步达成`) stay, as the golds write them."""
    while words:
        word, tag, _ = words[0]
        if word in _NOT_FUNCTION or len(words) == 1 and tag not in ("uj", "c"):
            return
        if word == _NOMINALIZER and len(words) > 1 and words[1][1] == "v":
            return  # `所需资金`, `所需經費`: 所 makes the verb after it a noun, no conjunction
        if not (word in _OPENING_WORDS or word in _PREDICATE_ADVERBS or word in _OPENING_MODALS
                or tag in ("uj", "c") or tag == "p" and word in _HANDING):
            return
        words.pop(0)


# 所 before a verb names what the verb takes (`所需资金` → not `需资金`: heldout51/county_news, unseen/taiwan_news)
_NOMINALIZER = "所"
_HANDING = frozenset("把给給从從同")  # prepositions that hand their noun to the verb after it
_OPENING_MODALS = frozenset({"要", "能", "会", "是"})  # a modal or the copula opening the predicate


def only_function_words(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] holds nothing but the words that end no noun (`但仍较…低`: a conjunction and an
    adverb opening a change's clause, whose subject is then the figure before's)."""
    words = _words(text, s, e)
    _pop_function_words(words)
    return not words


def _pop_function_words(words: list[tuple[str, str, int]]) -> None:
    """Drops the words at the end of a phrase before its figure that end no noun; a clause of time
    (`新中国成立后30年`) is none at all."""
    while words:
        if words[-1][0] in _TIME_WORDS and len(words) >= 2 and words[-2][1] == "v":
            words.clear()
            return
        word, tag, _ = words[-1]
        if word in _TO and len(words) >= 2 and words[-2][1] == "v" and len(words) > 2:
            del words[-2:]  # `产假薪酬上限提至`, `养老护理员队伍扩充至`
        elif word in _NOT_FUNCTION:
            return
        elif tag in _FUNCTION_TAGS or word in _MODALS or word in _TIME_WORDS or word == _EACH and len(words) > 1 \
                or word in _PREDICATE_ADVERBS \
                or len(word) == 2 and word[0] == word[1]:  # `短短两个月`, `整整3年`: the figure stressed
            words.pop()
        else:
            return


def _after(text: str, reading: Reading, s: int, e: int, found: Subject) -> Subject:
    """A phrase read rightwards from the figure: one that opens with a time follows a time."""
    if text[s] in _SEPARATORS:
        return NONE  # `五周年·河北篇）`
    s0, e0 = s, e
    s, e = _punctuation(text, s, e, left=False)
    words = _words(text, s, e)
    if reading.kind == _DURATION and words and (words[0][0] in _TIME_WORDS or text.startswith(("多来", "年来"), s)):
        return NONE  # `40年前我初到广东`, `6年多来砥砺前行` (`两名前…职员` is a count)
    cut = next((k for k, (word, _, _) in enumerate(words) if k and word in _PREDICATE_AFTER), None)
    if cut is not None:
        del words[cut:]  # `3个港口全部实行…`, `55户贫困户全部脱贫`
    _pop_openers(words)
    return _kept(s0, e0, words, found)


def _kept(s0: int, e0: int, words: list[tuple[str, str, int]], found: Subject) -> Subject:
    """The words left as a subject (the phrase once was [s0, e0)); NONE without a noun."""
    if not words:
        return NONE
    lead, end = words[0][2], words[-1][2] + len(words[-1][0])
    if (lead, end) == (s0, e0):
        return found
    if not _names_a_thing(words):
        return NONE
    return span(lead, end)


def _points(word: str, before: str) -> bool:
    """A direction from a place: `以南`, `向西`, or `西` after `向`."""
    return word[-1:] in _DIRECTIONS and (len(word) == 2 and word[0] in _TOWARDS or word in _DIRECTIONS
                                         and before in _FROM)


def _names_a_thing(words: list[tuple[str, str, int]]) -> bool:
    return any(tag not in _NOT_NOMINAL and word != _EACH for word, tag, _ in words)


def _words(text: str, s: int, e: int) -> list[tuple[str, str, int]]:
    """jieba's words of text[s:e], with their tags and where each starts."""
    out, at = [], s
    for word in dictionary().cut(text[s:e]):
        if word.strip():
            out.append((word, dictionary().tag(word) or "", at))
        at += len(word)
    return out


def _punctuation(text: str, s: int, e: int, *, left: bool) -> tuple[int, int]:
    """[s, e) without its punctuation debris; for a phrase before the figure (`left`) the end is kept."""
    for cut in _CUTS:
        at = text.rfind(cut, s, e) if left else text.find(cut, s, e)
        if at >= 0:
            s, e = (at + len(cut), e) if left else (s, at)
    if text.startswith(_LABEL[0], s) and (close := text.find(_LABEL[1], s, e)) > 0:
        s = close + 1  # `【故事】北京313路公交车全程`
    open_at: list[int] = []
    for at in range(s, e):
        char = text[at]
        if char in _PAIRS:
            open_at.append(at)
        elif char in _CLOSERS:
            if open_at and _PAIRS[text[open_at[-1]]] == char:
                open_at.pop()
            elif left:
                s, open_at = at + 1, []  # `”距离他的小菜店`: what closed before is another phrase
            else:
                e = at  # `全会精神⑤）`
                break
    if open_at:
        if left:  # `“我国国内生产总值`: a quotation going on past the figure
            s = open_at[-1] + 1
        else:  # `39个县（市、区）`: a note the phrase stopped inside; `三套汤（鸡鸭肉…`: a restatement
            close = text.find(_PAIRS[text[open_at[0]]], e, open_at[0] + _NOTE)
            e = close + 1 if close >= 0 and len(open_at) == 1 and not any(
                mark in text[e:close] for mark in "，,。；;\n") else open_at[0]
    while s < e and text[s] in _SEPARATORS + " 　":
        s += 1
    while e > s and (text[e - 1] in " 　" or "①" <= text[e - 1] <= "⑳"):  # `全会精神⑤`: a part's number
        e -= 1
    return s, e
