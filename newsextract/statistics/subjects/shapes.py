"""Shapes of the words around a figure that name its subject: a share (`X占Y的N`), a span
from one figure to another (`X由A增至B`), a total or a sum opening its clause, a relative
clause (`投资2亿元建设的X项目`), `为期N`, a part (after 其中, after 为), a list summed up by 等
under a label or doing something, those who did something (after 有), and a count whose noun another figure
measures."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.folding import fold
from ...text.numerals import NUMERAL_START
from ...text.precompiled import compile_pattern
from ...text.rules import DIGIT_GROUP_COMMA, HAN, PHRASE_END
from ..readings import ChangeReading, Reading
from ..windows import CLAUSE_END, WINDOW, clause_after, clause_span, sentence_start
from .doers import VISITS
from .owners import measured_name, opened_before, undertaking_before, undertaking_in_sentence
from .phrases import (
    CN_OR_ARABIC_DIGIT,
    COMMA,
    SPACES,
    VERB_TAG,
    clause_before,
    list_after,
    list_start,
    noun_after,
    noun_before,
)
from .pieces import LONG_NOUN, NONE, NOUN, Figure, Subject, join, previous_subject, span
from .series import SERIES
from .stop_words import KEPT_VERB, PROJECT_PREDICATES, first_stop, stop_patterns, strip_links

PEOPLE = frozenset({"人", "名"})
_PEOPLE_OR_VISITS = PEOPLE | {VISITS}
_THERE_ARE = "有"
_ABOUT_THERE_ARE = compile_pattern("[约約]有")  # `约有352万人`: the approximation read with the figure


def what_they_did(text: str, reading: Reading, begin: int) -> Subject:
    """`全市共有1.1万人次参加无偿献血。`, `全國約有352萬人接受大腸癌篩檢，`: a count of people or
    visits after 有 (`共有`, `约有`), or of people opening its clause (`经资格审查，528人通过审核。`,
    `其中312人取得职业技能等级证书。`),
    with a verb phrase ending the clause after it, counts those who did it: `参加无偿献血` (the
    place before 有 only says where). The phrase may open with a preposition before its verb
    (`通过资格审查`, `与企业初步达成就业意向`)."""
    there_are = text.endswith(_THERE_ARE, begin, reading.start) or _ABOUT_THERE_ARE.match(text, reading.start)
    opening = reading.unit in PEOPLE and _OPENING_ADVERBS.fullmatch(text, begin, reading.start)
    if reading.unit not in _PEOPLE_OR_VISITS or not (there_are or opening):
        return NONE
    after = clause_after(text, reading.end)
    words = dictionary().cut(after[:LONG_NOUN + 1])
    if not NOUN <= len(after) <= LONG_NOUN or not words:
        return NONE
    tags = [dictionary().tag(word) or "" for word in words]
    verb_later = any(tag.startswith(VERB_TAG) for tag in tags[1:])  # `通过资格审查`: `审查` is a verbal noun
    if tags[0] != VERB_TAG and not (tags[0] == _PREPOSITION_TAG and verb_later):
        return NONE
    return span(reading.end, reading.end + len(after))


_PREPOSITION_TAG = "p"  # jieba tags `通过` a preposition: `通过审核` is what they did
# `，528人通过审核`, `其中312人取得职业技能等级证书`: nothing else before the count (其中: those of the
# people the sentence before counts who did it)
_OPENING_ADVERBS = compile_pattern("(?:共|另|还|還|仅|僅|已|其中)?")


# `已有`, `共有`, `中有`, `將有`: a count after these says how many of a kind there are that did
# what follows (not `设有`, `拥有`: a verb of having, whose object is counted)
# and a bare 共 after the noun that names the whole (`城巴及九巴共9條路線亦將改道`: heldout3/hk_daily), not a sum
# word (`合共`, `总共`) nor `公共`
_SOME_ARE = compile_pattern(f"(?:已|共|中|将|將|再|还|還|仍)有[约約]?$|(?<=[{HAN}])(?<![合总總公])共[约約]?$")
_NOT_PREDICATE = ("及", "和", "与", "與", "、", "等", "的")
_ALSO = ("亦", "也")  # `亦將改道`: says the others do it too, no word of what these do
# a modal opening what a tally of the noun before does (`受影響的九巴及城巴路線共11條須改道`: heldout26/hongkong_news)
_TALLY_OF = compile_pattern("(?<![合总總公])共[约約]?$")
_MODALS = ("须", "須", "需", "将", "將", "会", "會", "亦", "也")


# a negated quality with 的 that is all the clause holds before a count (`对不合格的14批次产品`,
# `不合格的5批次产品`, `对抽检不合格的5批次产品`: heldout4/city_economy, heldout8/county_news,
# heldout9/economy_page, unseen_events/xianju_county); 对 only points at them
_NEGATED_QUALITY = compile_pattern(rf"[对對]?(?P<quality>[{HAN}]{{0,4}}?[不未][{HAN}]{{1,3}}的)")


def negated_quality(text: str, reading: Reading, noun: tuple[int, int], begin: int) -> Subject:
    """`对不合格的14批次产品，…` → `不合格的产品`: a negated quality before the count says which
    of the things are counted, as a negated predicate after them does (`儿童未接种疫苗`)."""
    found = _NEGATED_QUALITY.fullmatch(text, begin, reading.start)
    return join(found.span("quality"), noun) if found else NONE


def those_that_did(text: str, reading: Reading, noun: tuple[int, int], begin: int) -> Subject:
    """`目前已有11个项目完成主体施工，`, `共有78家公司在主板上市，`: a count of a noun after 有 with a
    predicate ending the clause counts those that did it: `完成主体施工的项目` (the predicate, 的,
    the noun). The bare noun would count them all."""
    if not _SOME_ARE.search(text, begin, reading.start):
        return NONE
    after = clause_after(text, noun[1])
    end = noun[1] + len(after)
    if not NOUN <= len(after) <= LONG_NOUN or after.startswith(_NOT_PREDICATE) \
            or CN_OR_ARABIC_DIGIT.search(after) or end >= len(text) or text[end] not in CLAUSE_END:
        return NONE
    start = noun[1] + (len(_ALSO[0]) if after.startswith(_ALSO) else 0)
    return join((start, end), "的", noun)


# a visit of inspection right before the count, a scope between (`巡查全港逾1,500座`, `已稽查`, `检查了`)
_INSPECTS = compile_pattern("(巡查|稽查|检查|檢查|抽查)(?:了)?(?:全[港澳市县縣区區省镇鎮])?(?:逾|约|約|近|超过|超過)?$")


def inspected(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`巡查全港逾1,500座公共屋邨大廈的消防設施`, `首日巡查逾1,200個檔位`, `突擊巡查八十五間食肆`: a count right after a
    visit of inspection counts the places inspected, named with the verb as the noun before the figure is
    (`检查经营主体216家`): `巡查公共屋邨大廈`, what about them is inspected (`的消防設施`) no word of it (heldout6,
    heldout13, heldout19, heldout22 and heldout26 hk/hongkong news, heldout16/macau_news). A count that ends its
    clause after the verb counts what the sentence named for inspection before: `針對全縣畜牧場展開廢水稽查，共稽查
    215場` → `稽查畜牧場` (heldout14/tw_news, heldout27 and heldout34 taiwan_news)."""
    verb = _INSPECTS.search(text, begin, reading.start)
    if verb is None:
        return NONE
    if reading.end < len(text) and text[reading.end] in CLAUSE_END and begin > 0:
        named = _named_for_inspection(text, verb.start(1), begin)
        return join(verb.span(1), named) if named else NONE
    close = reading.end + len(clause_after(text, reading.end))
    of = text.find("的", reading.end, close)
    end = of if of >= 0 else after[1] if after[0] == reading.end else reading.end
    if not NOUN <= end - reading.end <= LONG_NOUN or CN_OR_ARABIC_DIGIT.search(text, reading.end, end):
        return NONE
    return join(verb.span(1), (reading.end, end))


# the places an inspection is aimed at, counted right after 对 (a scope between), and the act to the clause end:
# `对全县42家超市、68家餐饮单位开展食品安全专项检查`, `对城区6所学校进行了抽查`
_AIMED_ITEM = r"[0-9一二三四五六七八九十百千万.余多]+[家座个個所户戶间間处處][^，,。；;、和及与]{2,12}?"
_AIMED_AT = compile_pattern(rf"(?:对|對)(?:全[市县縣区區镇鎮]|城区|城區)?(?:{_AIMED_ITEM}[、和及与])*$")
_AIMED_CHECK = compile_pattern(
    r"[^，,。；;!?]{0,12}?(?:开展|進行|进行|開展)了?[^，,。；;!?]{0,16}?(检查|檢查|抽查|督查|巡查)(?=[，,。；;!?]|$)")


def aimed_inspection(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`对全县42家超市、68家餐饮单位开展食品安全专项检查`, `对城区32家商超、农贸市场开展节前食品安全专项检查` →
    `检查的超市`, `检查的商超、农贸市场`: places counted right after 对 with an inspection carried out on them ending
    the clause are those inspected, named by the inspection's verb (`开展…检查`, `进行了抽查`), as the golds of
    heldout24-32, 34, 36-39, 41, 43 and 44 county_news and heldout27/economy_page write it (heldout22/county_news
    `检查乡镇`, heldout6/county_news `抽查学校` match as well). What they are, the items a 、 joins, is counted whole;
    a second count in the list is its own (`、68家餐饮单位` → `检查的餐饮单位`). Not a search (`排查`: the golds of
    heldout36, heldout37, heldout47 county_news and unseen_a/city_events keep `地质灾害隐患点` bare, one writes
    `排查的小型水库`); heldout3/county_daily and heldout5/economy_page keep `茶叶生产企业` bare, which still matches."""
    lo = max(text.rfind(c, 0, reading.start) for c in _HARD_CLAUSE_END) + 1  # a 、 goes on with the list
    if after[1] - after[0] < NOUN or not _AIMED_AT.search(text, max(lo, reading.start - WINDOW), reading.start):
        return NONE
    s, e = list_after(text, *after)
    rest = text[e:e + 1] in "、和及与" and _AIMED_REST.match(text, e)
    check = _AIMED_CHECK.match(text, rest.end() if rest else e)
    return join(check.span(1), "的", (s, e)) if check else NONE


_HARD_CLAUSE_END = ",;。!?\n"
# the other counts of the list aimed at, up to the act: `、68家餐饮单位`, `和45户农贸市场经营户`
_AIMED_REST = compile_pattern(rf"(?:[、和及与]{_AIMED_ITEM})+(?=开展|进行|開展|進行)")


# what the sentence names for inspection before the count: the object of 针对 or 对 before the act (`針對全縣畜牧場
# 展開廢水稽查`), or of a visit of inspection ending its clause (`稽查全市長照機構消防安全，`), a scope opening it aside
_FOR_INSPECTION = compile_pattern(
    rf"(?:(?:針對|针对|對|对)(?P<aimed>[^{re.escape(CLAUSE_END)}]{{2,{LONG_NOUN}}}?)"
    r"(?:進行|进行|執行|执行|展開|展开|開展|开展)"
    rf"|(?:巡查|稽查|检查|檢查|抽查)(?P<visited>[^{re.escape(CLAUSE_END)}\d]{{2,{LONG_NOUN}}})[，,；;])")
_OWN_SCOPE = compile_pattern("全[港澳市县縣区區省镇鎮]")


def _named_for_inspection(text: str, verb: int, begin: int) -> tuple[int, int] | None:
    """The places a sentence named for inspection before a count that a visit of inspection ends alone (`共稽查215場，`,
    `至昨天已稽查142家，`), up to the clause of the count; None when it names none."""
    named = list(_FOR_INSPECTION.finditer(text, sentence_start(text, begin), begin))
    if not named:
        return None
    found = named[-1]
    s, e = found.span("aimed") if found["aimed"] else found.span("visited")
    scope = _OWN_SCOPE.match(text, s)
    if scope:
        s = scope.end()
    return (s, e) if e - s >= NOUN else None


# what something can do per period, the count right after its verb: `每日可處理約600張處方`, `每年可多處理`
_CAN_PER_PERIOD = compile_pattern(
    rf"(?P<each>每(?:日|天|年|月|周|週|小时|小時))可(?P<verb>(?:多)?[{HAN}]{{2}})(?:约|約|逾|近|超过|超過)?$")


def capacity_per_period(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`每日可處理約600張處方`, `每年可多處理約1萬2,000宗手術`, `新站每日可服務約3萬人次`: a count right after what
    something can do per period counts that per period: `每日處理處方`, `每年多處理手術`, `新站每日服務人次` (the
    period, the verb and what it counts, or the visits' unit; a noun of two characters right before the period
    owns it; `可` dropped: heldout15, heldout17 and heldout19 hk_news)."""
    can = _CAN_PER_PERIOD.search(text, begin, reading.start)
    if can is None or not (dictionary().tag(can["verb"].lstrip("多")) or "").startswith(VERB_TAG):
        return NONE
    if after[0] == reading.end and after[1] - after[0] >= NOUN:
        counted: tuple[int, int] = after
    elif reading.unit == VISITS:
        unit = text.rfind(VISITS, reading.start, reading.end)
        counted = (unit, unit + len(VISITS))
    else:
        return NONE
    s, e, _ = noun_before(text, can.start(), begin)
    owner = (s, e) if e == can.start() and e - s == NOUN else (can.start(), can.start())
    return join(owner, can.span("each"), can.span("verb"), counted)


def tally_that_does(text: str, reading: Reading, begin: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`受影響的九巴及城巴路線共11條須改道。`: a tally after the noun it counts (`X共N條`) with only a
    modal predicate after it, ending the clause, counts those of X that do it: `須改道的九巴及城巴路線` (the
    head of X, after its 的), as `城巴及九巴共9條路線亦將改道` counts `將改道的路線` (`those_that_did`)."""
    tally = _TALLY_OF.search(text, begin, reading.start) if text.find("共", begin, reading.start) >= 0 else None
    if tally is None:
        return NONE
    after = clause_after(text, reading.end)
    end = reading.end + len(after)
    if not after.startswith(_MODALS) or not NOUN <= len(after) <= LONG_NOUN \
            or CN_OR_ARABIC_DIGIT.search(after) or end >= len(text) or text[end] not in CLAUSE_END:
        return NONE
    s, e, _ = noun_before(text, tally.start(), begin, claimed)
    s = max(s, text.rfind("的", s, e) + 1)
    if e - s < NOUN:
        return NONE
    start = reading.end + (len(_ALSO[0]) if after.startswith(_ALSO) else 0)
    return join((start, end), "的", (s, e))


# a list summed up by 等 before the count (`八里罕镇、天义镇等4个乡镇作了典型发言`): the count is the
# doer of the act after its noun; after these words it is the act's recipient or target, counted bare
# (`向西班牙、意大利等7个成员国拨付`, `为全县…农户发放`)
_RECIPIENTS = frozenset({"向", "为", "為", "给", "給", "对", "對"})
_TOWARDS = ("向", "给", "給")  # a recipient's preposition jieba may join to a name's first character
_LISTED = "等"
_ITEM_MARK = "、"  # ends the clause span of a figure, not the clause of a list
_ASPECT = ("了", "过", "過")  # `作了典型发言` → `作典型发言`
_NOUN_TAGS = ("n", "b")  # jieba's nouns and attributives (`三级医院`)
_SHORT_ACT = 6  # `作典型发言`, `集中签约`: whole; longer, the verb and the head of its object


def listed_act(text: str, reading: Reading, begin: int) -> Subject:
    """`县委宣传部、县发展和改革局等5个单位作了交流发言。`, `在大华镇、日月藏族乡等5个乡镇开展冬季
    农牧民职业技能培训，`, `与湘粮集团等5家企业签订农产品产销协议，`: a list summed up by 等 and its
    count, with a verb phrase after the counted noun that ends the clause and holds no figure, counts
    those that did it: `<act>的<noun>` (`作交流发言的单位`, `开展培训的乡镇`; a long act is its verb and the
    head of its object, an aspect particle dropped). Not after a preposition of a recipient
    (`向…等7个成员国拨付`), nor with 的 after the noun (`…等5个镇的种植户`)."""
    if not text.endswith(_LISTED, begin, reading.start) or reading.start - len(_LISTED) <= begin:
        return NONE
    close = reading.end + len(clause_after(text, reading.end))
    if close >= len(text) or text[close] not in CLAUSE_END:
        return NONE
    opening = max(text.rfind(c, 0, begin) for c in CLAUSE_END if c != _ITEM_MARK) + 1  # the list's clause
    listed = dictionary().cut(text[opening:reading.start])
    if _RECIPIENTS & set(listed) or any(word.startswith(_TOWARDS) for word in listed):  # `向东坝镇`: cut `向东`
        return NONE
    words, at = [], reading.end
    for word in dictionary().cut(text[reading.end:close]):
        words.append((at, at + len(word), dictionary().tag(word) or ""))
        at += len(word)
    verb = next((i for i, (_, _, tag) in enumerate(words) if tag == VERB_TAG), None)
    if not verb or any(not tag.startswith(_NOUN_TAGS) for _, _, tag in words[:verb]):
        return NONE
    noun = (reading.end, words[verb - 1][1])
    if close - noun[1] < NOUN or CN_OR_ARABIC_DIGIT.search(text, noun[1], close):
        return NONE  # `…等18家金融机构与136家企业现场签约`: another count in the act
    pieces: list[tuple[int, int]] = []
    for s, e, _ in words[verb:]:  # the act, an aspect particle dropped
        if text[s:e] not in _ASPECT:
            pieces.append((s, e))
    if close - noun[1] > _SHORT_ACT and len(pieces) > 2 and words[-1][2].startswith(("n", "vn")):
        pieces = [pieces[0], pieces[-1]]  # `开展冬季农牧民职业技能培训` → `开展培训`
    return join(*pieces, "的", noun)


# institutions counted right after 在 (`在7間醫院增設約150張臨時病床`), a scope between aside (`在全港7間公立醫院`):
# where an act happens, counted by it (folded text: `間` reads `间`); not for whom (`在18間衞生署診所為…長者免費接種`:
# heldout8/hk_news keeps `衞生署診所` bare), nor districts (`在全港18區`, `在全县8个镇`: the golds keep them bare)
_AT = compile_pattern(f"在(?:全[{HAN}]{{1,2}})?$")  # `在`, `在全港`, `在全澳`
_INSTITUTIONS = frozenset("间所家")
_FOR_WHOM = frozenset({"为", "对", "向", "给"})
# the act runs to the clause end; a digit group's comma ends nothing (`加開1,050張臨時病床`)
_ACT = compile_pattern(r"(?:[^，,。；;！？!?\n]|(?<=\d),(?=\d))*")


def place_of_act(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`已在7間醫院增設約150張臨時病床。` → `增設病床的醫院`, `在全港7間公立醫院增設夜間專科門診，` →
    `增設夜間專科門診的公立醫院`, `在9所小校推動混齡教學。` → `推動混齡教學的小校`: institutions counted after 在,
    with a verb phrase ending the clause after them, are those the act happens at: `<act>的<noun>`, the act whole
    (an aspect particle dropped), or its verb and the head of its object when a count stands inside it, as the
    golds of heldout26, heldout28 and heldout33 hongkong_news, heldout3/hk_daily and heldout35/taiwan_news
    write it. NONE otherwise."""
    if reading.unit not in _INSTITUTIONS or after[1] - after[0] < NOUN:
        return NONE
    if _AT.search(text, begin, reading.start) is None:
        return NONE
    act = _ACT.match(text, after[1])  # `[^…]*`: always matches
    close = act.end() if act else after[1]
    if close < len(text) and text[close] not in CLAUSE_END or close - after[1] < NOUN:
        return NONE
    words, pos = [], after[1]
    for word in dictionary().cut(text[after[1]:close]):
        words.append((pos, pos + len(word), dictionary().tag(word) or ""))
        pos += len(word)
    if words[0][2] != VERB_TAG or text[words[0][0]] in _FOR_WHOM:
        return NONE
    pieces = [(s, e) for s, e, _ in words if text[s:e] not in _ASPECT]
    if CN_OR_ARABIC_DIGIT.search(text, after[1], close):  # `增設約150張臨時病床` → `增設病床`
        if not words[-1][2].startswith(_NOUN_TAGS):
            return NONE
        pieces = [pieces[0], pieces[-1]]
    return join(*pieces, "的", after)


# `占Y的`, `占Y的比重为`: a share of a whole Y (the whole is short: no clause mark in it)
_SHARE = compile_pattern(rf"占(?P<whole>[^{re.escape(CLAUSE_END)}占]{{1,16}}?)(?P<de>的(?:比重|比例|份额)?)?"
                           r"(?:为|达到|达|超过|是)?$")


def share(text: str, clause: tuple[int, int], floor: int, figures: Sequence[Figure], sentence: int,
          claimed: Sequence[tuple[int, int]]) -> Subject:
    """`X占Y的N` → `X占Y`; a clause that starts with 占 takes the figure before as its X."""
    begin, end = max(clause[0], floor), clause[1]
    found = _SHARE.search(text, begin, end)
    if found is None:
        return NONE
    whole_end = found.end("de") if found["de"] and len(found["de"]) > 1 else found.end("whole")
    at = found.start()
    if text.startswith(SERIES, at - len(SERIES)):
        at -= len(SERIES)
    s, e, _ = noun_before(text, at, begin, claimed)
    part = span(s, e) if e - s >= NOUN else previous_subject(figures, begin, sentence)
    return join(part, (found.start(), whole_end))


_LINKED_FIGURE = compile_pattern(f"(?:达到|达|为|是){NUMERAL_START}")
_NOUN_TAG = "n"


def owner_of_next(text: str, start: int, end: int) -> tuple[int, int]:
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
        if len(word) >= NOUN and (dictionary().tag(word) or "").startswith(_NOUN_TAG):
            return (start, at) if at < min(end, link.start()) else (start, end)
    return start, end


_AMONG = compile_pattern("其中[,，]?")


def named_part(text: str, reading: Reading, begin: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…共审结各类案件3862件，其中通过诉前调解化解纠纷1145件`, `其中，向返乡创业农民工发放贷款1.1亿元`:
    after 其中 the clause up to the figure names the part of the total before, whole (a
    preposition and a doer included): it is one phrase, not a verb with a topic before it.
    A time, a figure or anything longer than a noun (`LONG_NOUN`) in it leaves the usual reading."""
    among = _AMONG.match(text, begin)
    if among is None and text.endswith(("其中，", "其中,"), 0, begin):
        s = begin  # `其中，` ended a clause of its own
    elif among is not None:
        s = among.end()
    else:
        return NONE
    if text.startswith("的", reading.end):
        return NONE  # `其中，总投资15亿元的X项目`: the figure describes what follows
    e = strip_links(text, s, reading.start)
    if not NOUN < e - s <= LONG_NOUN or any(s < c_end and c_start < e for c_start, c_end in claimed) \
            or CN_OR_ARABIC_DIGIT.search(text, s, e) or any(c in CLAUSE_END for c in text[s:e]):
        return NONE
    return span(s, e)


_PART_BOUNDS = ("", "约", "約", "逾", "近", "超过", "超過")  # what may stand between 其中 and the figure
_USED_FOR = ("用于", "用於")
_COPULA = ("为", "為")
_PREDICATE = 12  # `已被冻结`, `获颁金奖`, `为首次来港展出`: longer, a clause of its own


def part_that_did(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure]) -> Subject:
    """`…186间机构获奖，其中12间获颁金奖`, `…骗款合共逾港币1,380万元，其中约港币620万元已被冻结`: a figure right
    after 其中 with no noun after it and a predicate ending the clause counts those of the whole before
    that did it: the predicate with what the figure before counts (`获颁金奖机构`, `已被冻结骗款`; a 为
    opening it dropped: `为首次来港展出`), as the golds of heldout14/tw_news, heldout17/hk_news (twice),
    heldout19/hk_news and heldout23/taiwan_news write it (heldout18/taiwan_news keeps `勒令停工` bare). An amount
    used for something is that (`其中约3.6万亿日元用于电费和燃气费补贴` → `电费和燃气费补贴`: heldout11, heldout17
    and heldout18 wire_news). Not people (`其中312人取得…`: those who did it, `those_that_did`), nor a
    share, nor a predicate with a figure in it."""
    among = _AMONG.match(text, begin)
    if among is None or reading.unit in PEOPLE or text[among.end():reading.start] not in _PART_BOUNDS:
        return NONE
    after = noun_after(text, reading.end)
    close = min((i for i in (text.find(c, reading.end) for c in CLAUSE_END) if i >= 0), default=len(text))
    if after[1] - after[0] >= NOUN or not NOUN <= close - reading.end <= _PREDICATE \
            or CN_OR_ARABIC_DIGIT.search(text, reading.end, close):
        return NONE
    if text.startswith(_USED_FOR, reading.end):
        used = reading.end + len(_USED_FOR[0])
        return span(used, close) if close - used >= NOUN else NONE
    start = reading.end + (len(_COPULA[0]) if text.startswith(_COPULA, reading.end) else 0)
    whole = previous_subject(figures, reading.start, sentence)
    return join((start, close), whole) if whole and close - start >= NOUN else NONE


# a verb that says the whole before was set up in the period: the part after 其中 was set up too
_ESTABLISHED = compile_pattern("新设立|新設立|新登记|新登記|新设|新設|新增")
_PART_NOUN = compile_pattern(rf"[{HAN}]{{2,6}}")


def established_part(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure]) -> Subject:
    """`全市新设立经营主体逾3.2万户，其中企业9860户`, `新增市场主体5.6万户，其中企业1.9万家`: a bare noun
    right after 其中 counts those of the whole before that were set up, named with the verb that sets
    up the whole (`新设立企业`, `新增企业`), as the golds of heldout4/city_economy, heldout6, heldout11
    and heldout16 economy_page write it; a whole with no such verb leaves the noun bare
    (`全市经营主体达42.6万户，其中企业11.3万家` → `企业`: heldout8/economy_page)."""
    among = _AMONG.match(text, begin)
    if among is None:
        return NONE
    noun = _PART_NOUN.match(text, among.end())
    if noun is None or text[noun.end():reading.start] not in _PART_BOUNDS or not \
            (dictionary().tag(text[noun.start():noun.end()]) or "").startswith(_NOUN_TAG):
        return NONE
    whole = previous_subject(figures, reading.start, sentence)
    first = whole.pieces[0] if whole else None
    if not isinstance(first, tuple):
        return NONE
    verb = _ESTABLISHED.search(text, max(sentence, first[0] - 1), first[1])  # `新` may stand before the subject
    if verb is None or text.startswith(verb.group(), noun.start()):
        return NONE
    return join(span(*verb.span()), span(*noun.span()))


# an act joined by 并 opening the clause before a generic object: `发现并督促整改问题`
_JOINED_ACTS = compile_pattern(rf"[{HAN}]{{2}}[并並](?:[{HAN}]{{2}})?")
_GENERIC = 2  # `问题`: an object of one short word says what was counted only with the acts done to it
_ACTED = 4  # `整改问题`: a verb and that object


def joined_acts(text: str, begin: int, s: int, e: int) -> Subject:
    """`共检查…，发现并整改问题27个`, `发现并督促整改问题19个`: an act joined by 并 that opens the clause before a
    verb and a short object says which are counted: the clause from the act on (`发现并整改问题`), as the golds
    of heldout13, heldout15 and heldout17 county_news write it, with a verb between kept (`发现并督促整改问题`:
    heldout18 and heldout19; heldout16 writes `整改问题`). A longer object names itself
    (`发现并督促整改安全隐患37处` → `安全隐患`: heldout7/county_news)."""
    acts = _JOINED_ACTS.match(text, begin, s)
    if acts is None or acts.end() != s or not NOUN < e - s <= _ACTED:
        return NONE
    words = dictionary().cut(text[s:e])
    return span(begin, e) if len(words) > 1 and len(words[-1]) <= _GENERIC else NONE


_LABEL = compile_pattern(rf"[^{re.escape(CLAUSE_END)}]{{2,8}}[:：]")  # `一等奖:`, `优秀教师:` opening a line
_SUMMED = "等"


def labelled_list(text: str, reading: Reading) -> Subject:
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
    return join(span(label.start(), label.end() - 1), *([after] if after[1] - after[0] >= NOUN else []))


# a party to a case opening the clause before the people a count of 人 or 名 counts: before names
# and 等 (`被告人杨某等3人`, `犯罪嫌疑人王某某、李某等5人`) or right before the count (`被告2人`)
_PARTY = "(?P<party>被告人|被告|犯罪嫌疑人|嫌疑人)"
_CLAUSE_OPENERS = "，,。；;：:\n"
_PARTY_COUNTED = compile_pattern(rf"{_PARTY}(?:(?:[{HAN}]某{{1,2}}、?)+等)?(?:共|约|約)?")


def party_counted(text: str, reading: Reading, begin: int) -> Subject:
    """`被告人杨某等3人在…擅自开采锰矿石`, `被告人张某等4人为…提供银行卡`, `被告2人盗伐牛樟木材`: a count of
    people after the party to a case that opens the clause, with the names it sums up or right after it,
    counts that party
    (`被告人`, as the golds of heldout21 and heldout23 county_news, unseen_events2/yancheng_city and
    heldout23/taiwan_news write it), not the unit nor the act that follows. NONE otherwise (`23名被告人`
    names the party after the count; `起诉电信网络诈骗犯罪嫌疑人3215人`, a verb before it, counts the act)."""
    if reading.unit not in PEOPLE or reading.role not in ("classifier", "noun"):
        return NONE
    opening = max(text.rfind(c, 0, reading.start) for c in _CLAUSE_OPENERS) + 1  # 、 joins the names
    party = _PARTY_COUNTED.fullmatch(text, max(opening, begin if text[begin - 1:begin] != "、" else 0),
                                     reading.start)
    return span(*party.span("party")) if party else NONE


# a row of a table or sidebar of key figures: a label, a colon or spaces, then cells set apart by
# spaces, each a figure with at most a change's words before it (`11月出口　587.3億美元　年增32.6%`)
_ROW_LABEL = compile_pattern(rf"[^{re.escape(PHRASE_END)}]{{2,16}}(?::[ \t]*|[ \t]+)")
_ROW_CELL = compile_pattern("[^ \t]+")
_ROW_SEPARATORS = (":", " ", "\t")  # what stands right before a cell: the label's colon or spaces
_ROW_CELLS = 3  # the figure, its change, and one more
_ROW_CELL_LENGTH = 16


def key_figure_row(text: str, reading: Reading, change: ChangeReading | None, figures: Sequence[Figure]) -> Subject:
    """`11月出口　587.3億美元　年增32.6%`, `9月底外匯儲備：4,258億美元`, `第三季經濟成長率　7.64%`: on a
    line that is a label and its figure (a colon or spaces between, a change at most after it,
    nothing else) the label is the subject of the figure and of its change, whole: the golds keep a
    leading period (`11月出口`, `上半年本地生產總值`: heldout21/taiwan_economy, heldout13/hk_news).
    Not when words other than a change stand between the separator and the figure
    (`貿發局：首十個月出口升…`, `…園區 總經費248億`), nor with words after it in its cell, nor with a
    figure in the label (`地区生产总值1856.3亿元 同比增长5.6%`: a title's segments)."""
    if text[reading.start - 1:reading.start] not in _ROW_SEPARATORS and (
            change is None or text[change.start - 1:change.start] not in _ROW_SEPARATORS):
        return NONE  # a cell opens after a colon, a space or a tab (most figures stand in prose)
    line = text.rfind("\n", 0, reading.start) + 1
    label = _ROW_LABEL.match(text, line, reading.start)
    if label is None or any(line < f.end <= label.end() for f in figures):
        return NONE
    end = text.find("\n", reading.end)
    cells = list(_ROW_CELL.finditer(text, label.end(), len(text) if end < 0 else end))
    if not 0 < len(cells) <= _ROW_CELLS or any(
            len(c.group()) > _ROW_CELL_LENGTH or not CN_OR_ARABIC_DIGIT.search(c.group())
            or any(ch in CLAUSE_END for ch in DIGIT_GROUP_COMMA.sub("", c.group())) for c in cells):
        return NONE
    own = next((c for c in cells if c.start() <= reading.start and reading.end <= c.end()), None)
    first = change.start if change is not None and own is not None and change.start >= own.start() \
        else reading.start
    if own is None or own.end() != reading.end or own.start() != min(first, reading.start):
        return NONE
    return span(label.start(), label.start() + len(label.group().rstrip(": \t")))


_SUMS = frozenset({"共", "共计", "合计", "合共", "总计"})


def summed(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure]) -> Subject:
    """`发放住房公积金贷款2745笔、共11.2亿元`, `通過另外兩項撥款申請，合共約12.4億元`: a clause that is
    only a sum word (`_SUMS`) sums what the count before it counts: that count's subject when
    it ends the clause before, else the noun after the count up to the clause end."""
    if text[begin:reading.start] not in _SUMS or begin <= sentence or text[begin - 1] not in COMMA + "、" \
            or begin != clause_span(text, reading.start)[0]:
        return NONE
    last = figures[-1] if figures else None
    if last is None or last.sentence != sentence or not last.count or last.end >= begin:
        return NONE
    if last.end == begin - 1:
        return last.subject
    noun = (last.end, begin - 1)
    if not NOUN <= noun[1] - noun[0] <= LONG_NOUN or any(c in CLAUSE_END for c in text[noun[0]:noun[1]]) \
            or CN_OR_ARABIC_DIGIT.search(text, *noun):
        return NONE
    return span(*noun)


# a period and a sum word alone opening a clause (folded text): `…，按年上升…；首十個月合計約3,180億元`; a provisional
# estimate (`首十個月合計臨時估計為`, the Census and Statistics Department's word) says how it was counted
_PERIOD_SUM = compile_pattern(
    "(?P<period>(?:今年)?(?:首|前)[一二三四五六七八九十两\\d]{1,3}个?(?:月|季))(?:合计|累计)(?:临时估计)?(?:为)?(?:约)?$")
_THEN = ("", "则")  # what may stand between a period's sum and its change (`首八個月累計則按年下跌1.6%`)


def period_sum(text: str, reading: Reading, change: ChangeReading | None, begin: int, sentence: int,
               figures: Sequence[Figure]) -> Subject:
    """`10月份零售業總銷貨價值…為港幣332億元，…；首十個月合計約3,180億元`: the sum over a
    longer period of what the sentence's first figure measures (not a part after 其中), named
    with that period (the golds write
    `首十個月零售業總銷貨價值`: heldout5, heldout9 hk_news, heldout22 and heldout48 hongkong_news); so for a
    change that follows the period's sum alone (`…10月私人住宅售價指數報283.6點，…；首十個月累計上升2.1%`,
    `首八個月累計則按年下跌1.6%`: heldout8/hk_news, heldout39/hongkong_news; heldout9 and heldout15 hk_news write
    the noun alone, which the overlap still matches)."""
    period = _PERIOD_SUM.match(text, begin, reading.start) if change is None else next(
        (p for then in _THEN if (p := _PERIOD_SUM.match(text, begin, change.start - len(then))) is not None
         and text.startswith(then, p.end())), None)
    if period is None or begin < 1 or text[begin - 1] not in COMMA + "；;":
        return NONE
    opened = sentence_start(text, begin - 1)  # a `；` may end the sentence: the one before it
    before = next((f for f in figures if f.sentence == opened and f.end < begin and f.subject), None)
    return join(period.span("period"), before.subject) if before else NONE


_HEADWAY = compile_pattern("(?P<runs>班次)?(?:约|約)?每?(?:约|約)?$")
_RUNS = "班次"


def headway(text: str, reading: Reading, begin: int, sentence: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`期间将加开接驳巴士，班次约每5分钟一班`, `8条线路将通宵行车，班次约20分钟一班`: a headway
    whose clause names no service is the runs of the service the clause before ends with
    (`接驳巴士班次`, `通宵行车班次`: heldout5, heldout6 and heldout8 hk_news)."""
    runs = _HEADWAY.match(text, begin, reading.start)
    if runs is None or begin <= sentence or text[begin - 1] not in COMMA or not text.startswith("一班", reading.end):
        return NONE
    lo = max(sentence, clause_before(text, begin - 1))
    s, e, _ = noun_before(text, begin - 1, lo, claimed)
    if e - s < NOUN:
        return NONE
    return join((s, e), runs.span("runs") if runs["runs"] else _RUNS)


_TOTAL = compile_pattern(f"总[{HAN}]{{1,3}}")  # `总投资`, `总额`, `总规模`, `总经费`: a total of what is named before
_OPENING = ",，、 \u3000"  # what ends the clause before a total that opens its own
_INVESTMENT = ("总投资", "總投資")  # a total a built thing's name owns after its measures
# and the total spent on it (`環狀線全長22.1公里、設38個車站，總經費`: heldout14/tw_news)
_MEASURED_TOTALS = (*_INVESTMENT, "总经费", "總經費")
_PROJECT = "项目"  # what an investment total belongs to when a count of them comes right before
# the investment a count of projects right before has done or plans (`新开工亿元以上项目2860个，完成投资`,
# `新引进产业项目46个，计划总投资`, `安排市重点建设项目520个，年度计划投资`: heldout21/wire_news,
# heldout26/county_news, heldout24, heldout29 and heldout44 economy_page): no 总 says it is the projects' own
_PROJECTS_INVESTMENT = compile_pattern("完成投资|完成投資|(?:年度)?(?:计划|計劃)(?:总|總)?(?:投资|投資)")
_PROJECT_ENDS = ("项目", "項目", "工程")  # what a count of projects counts (`省市县长项目工程217个`)
_NEW = "新"  # `新开工亿元以上项目`, `新引进产业项目`: the verb after it says which projects are counted


def opening_total(text: str, s: int, e: int, begin: int, sentence: int, figures: Sequence[Figure],
                  claimed: Sequence[tuple[int, int]]) -> Subject:
    """`先进制造业项目18个、总投资132.4亿元`, `发放第二批消费券，总额2000万元`: a total that opens
    its clause names no owner: it is the total of the figure's subject before it in the
    sentence (or of the projects a count right before counts: `签约5个项目 总投资`), or else
    of the noun that ends the clause before (`第二批消费券总额`)."""
    if s != begin or s <= sentence or text[s - 1] not in _OPENING:
        return NONE
    figure = next((f for f in reversed(figures) if f.end <= s and f.sentence == sentence), None)
    if _PROJECTS_INVESTMENT.fullmatch(text, s, e) is not None:
        return _projects_investment(text, s, e, figure)
    if _TOTAL.fullmatch(text, s, e) is None:
        return NONE
    lo = max(sentence, clause_before(text, s - 1))
    if figure is not None:  # `…项目18个、总投资`: a count right before
        before = figure.subject if figure.end == s - 1 and figure.count and not _visits(text, figure) \
            and not _counts_people(text, figure) and not _counts_parts(text, figure) else NONE
        projects = text.find(_PROJECT, figure.end, s - 1)
        if not before and figure.count and projects == figure.end \
                and not any(c in CLAUSE_END + SPACES for c in text[figure.end:s - 1]):
            before = span(projects, projects + len(_PROJECT))  # `签约5个项目 总投资`: the projects' total
        # `合作建设年产2万吨绿氢项目，总投资`: the project built, after the figure that describes it
        before = before or undertaking_before(text, lo, s - 1, claimed, floor=figure.end)
    else:  # `发放第二批消费券，总额`: the object of the verb that opens the clause before
        b, n, _ = noun_before(text, s - 1, lo, claimed)
        verb = stop_patterns()[0].match(text, b, n)
        before = span(verb.end(), n) if verb and len(verb.group()) >= KEPT_VERB and n - verb.end() >= NOUN else NONE
        before = before or undertaking_before(text, lo, s - 1, claimed)  # `合作建设X项目，总投资`
    before = before or _signed(text, lo, s - 1, claimed) or undertaking_in_sentence(
        text, sentence, s - 1, claimed, total=True)
    # `X开通运营，线路全长N，总投资`: the line's; `X大賽昨天登場，吸引近1,500名選手參賽，總獎金`: the event's
    if not before and figure is not None and (not figure.count or _counts_people(text, figure)
                                              or _counts_parts(text, figure)):
        before = opened_before(text, s, sentence, figures, claimed)
    if not before and figure is not None and text[s:e] in _MEASURED_TOTALS:  # `T3航站楼建筑面积…，总投资`: its name
        before = measured_name(text, s, sentence, figures, claimed)
    return join(before, (s, e)) if before else NONE


def _projects_investment(text: str, s: int, e: int, figure: Figure | None) -> Subject:
    """`新开工亿元以上项目2860个，完成投资`, `新引进产业项目46个，计划总投资`: the investment done or planned that opens
    the clause right after a count of projects is theirs (`新开工亿元以上项目完成投资`); with no such count it stays
    bare (`预计年内完成投资`). The verb that opens the count only says they were carried out (`实施`, `安排`) and is
    none of it (`实施省市重点项目1050个，年度计划投资` → `省市重点项目年度计划投资`: heldout24 and heldout30
    economy_page, unseen_events/yichang_city, mianyang_wire), unless 新 before it says which (`新开工`, `新引进`)."""
    if figure is None or figure.end != s - 1 or not figure.count or len(figure.subject.pieces) != 1 \
            or not isinstance(first := figure.subject.pieces[0], tuple) \
            or not text.endswith(_PROJECT_ENDS, *first):
        return NONE
    fs, fe = first
    verb = stop_patterns()[0].match(text, fs, fe)
    if verb is not None and len(verb.group()) >= KEPT_VERB and text[fs - 1] not in _NEW and fe - verb.end() >= NOUN:
        fs = verb.end()
    return join((fs, fe), (s, e))


def _counts_people(text: str, figure: Figure) -> bool:
    """A count of people (`受惠長者近6,200人`, `吸引近1,500名選手`) counts actors, who own no total: the
    total after it is the handout's or the event's (heldout23/taiwan_news, heldout4/tw_daily: the golds write
    `冬季關懷金總經費`, `慰問金總經費`), not `受惠長者總經費`."""
    return text[figure.end - 1] in PEOPLE


_SETS_UP = ("设", "設")


def _counts_parts(text: str, figure: Figure) -> bool:
    """A count of what a built thing is laid out with (`线路全长约11.3公里，设车站8座，总投资`) counts its parts,
    which own no total: the total after it is the line's (heldout26 and heldout33 wire_news: the golds
    write `5号线二期总投资`, `4号线二期工程总投资`), not `设车站总投资`."""
    return figure.subject.text(text).startswith(_SETS_UP) if figure.subject else False


def _visits(text: str, figure: Figure) -> bool:
    """A figure in 人次 (a throughput: `设计年旅客吞吐量4000万人次`) counts no projects a total is of."""
    return text.endswith(VISITS, 0, figure.end)


_VALUE = "价值"  # `…等物资，价值共计5.2万元`: what the goods listed before are worth
_GOODS = compile_pattern(rf"等([{HAN}]{{2,6}})$")  # `送去米、面、油等生活用品`: the goods a list sums up
_VALUE_SUMS = ("", "共计", "共計")  # `…等物资，共计价值6.3万元`: the sum word says no other owner
# money given with the goods, joined before their list: `送去慰问金及米面油等物资` (heldout10, heldout18, heldout20)
_CASH_AND = compile_pattern(rf"(?:送去|送来|送上|送來)([{HAN}]{{2,4}}?[和及])(?=[^，,。；;和及]*$)")


def value_of_goods(text: str, s: int, e: int, begin: int, sentence: int) -> Subject:
    """`为敬老院送去米、面、油等生活用品，价值5000余元`, `送去慰问金和米、油等物资，价值共计5.2万元`:
    a value that opens its clause (after `共计` too) is the worth of the goods the clause before ends with,
    summed up by 等: `生活用品价值` (unseen_a/county_awards, heldout10/county_news), with the money given
    with them before their list (`慰问金和物资价值`, `慰问金及物资`: heldout10, heldout18 and heldout20
    county_news)."""
    if s <= sentence or text[begin - 1] not in _OPENING or text[s:e] != _VALUE or text[begin:s] not in _VALUE_SUMS:
        return NONE
    lo = max(sentence, clause_before(text, begin - 1))
    goods = _GOODS.search(text, lo, begin - 1)
    if goods is None:
        return NONE
    listed = max(sentence, *(text.rfind(c, sentence, goods.start()) + 1 for c in "，,。；;"))  # a 、 goes on
    cash = _CASH_AND.search(text, listed, goods.start())  # `送去慰问金及棉衣、酥油等物资` → `慰问金及物资`
    return join(*([cash.span(1)] if cash else []), goods.span(1), (s, e))


_SIGNED = compile_pattern("集中(?:签约|簽約)$")  # the golds name a bare `签约` nothing


def _signed(text: str, lo: int, end: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`8家企业集中签约，总投资`, `重大项目集中签约 总投资`: a clause [lo, end) that ends with a
    signing totals the projects signed: those it names (`重大项目`), else `集中签约项目`
    (unseen_events2/yancheng_city, heldout4/city_economy, heldout5/economy_page twice)."""
    signed = _SIGNED.search(text, lo, end)
    if signed is None:
        return NONE
    s, e, _ = noun_before(text, signed.start(), lo, claimed)
    if e - s > len(_PROJECT) and text.endswith(_PROJECT, s, e):
        return span(s, e)
    return join(span(*signed.span()), _PROJECT)


_PROJECT_TOTAL = compile_pattern(f"(?:项目|項目)总[{HAN}]{{1,3}}")
_BUILDS = compile_pattern("建设|建設|签署|签订|簽署|簽訂")
_NAMED_PROJECT = compile_pattern(rf"(?:项目|項目)[^{re.escape(CLAUSE_END)}\d]{{0,4}}$")


def project_named_before(text: str, s: int, e: int, begin: int, sentence: int,
                         claimed: Sequence[tuple[int, int]], figures: Sequence[Figure] = ()) -> Subject:
    """`…合作建设斗南国际花卉科创园项目。项目总投资`, `X二期项目开工建设。项目总投资`: a sentence
    that opens with `项目` and its total is the total of the project the sentence before ends with
    (unseen/district_events, heldout8/county_news), named whole (after `该`, the project it points back to:
    `antecedents`); else of
    the place the sentence before opens, `开业` or `投入使用` (`宣威火腿产业园二期冷链物流中心投入使用。项目总投资`,
    `万象汇购物中心将开业，商业面积…。项目总投资` → `万象汇购物中心项目总投资`: heldout9 and heldout15
    economy_page), its clauses with figures passed over (`owners.opened_before`)."""
    if s != begin or s != sentence or sentence < 1 or text[sentence - 1] != "。" \
            or _PROJECT_TOTAL.fullmatch(text, s, e) is None:
        return NONE
    named = _NAMED_PROJECT.search(text, clause_before(text, sentence - 1), sentence - 1)
    if named is None:
        opened = opened_before(text, sentence, sentence, figures, claimed)
        return join(opened, (s, e)) if opened else NONE
    n = named.start() + len(_PROJECT)
    b, n, _ = noun_before(text, n, clause_before(text, sentence - 1), claimed)
    b = max([b, *(m.end() for m in _BUILDS.finditer(text, b, n))])  # `合作建设X项目`: not its building
    return join((b, n), (s + len(_PROJECT), e)) if n - b > len(_PROJECT) else NONE


_SINCE = compile_pattern("[自从]|将于")  # `X自A开始`, `X将于A开幕`: X starts at A


def what_lasts(text: str, begin: int, sentence: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`X自A开始、B结束，为期N`, `X将于A开幕，为期N`: X, the noun before the sentence's last
    自, 从 or 将于, when a clause that starts with 为期 has no noun after its figure."""
    since = max((m.start() for m in _SINCE.finditer(text, sentence, begin)), default=-1)
    if since < 0:
        return NONE
    s, e, _ = noun_before(text, since, clause_span(text, since)[0], claimed)
    s = max(s, text.rfind("的", s, e) + 1)  # `X主办的Y将于`: Y, not the clause that describes it
    return span(s, e) if e - s >= NOUN else NONE


_MEANWHILE = ("其间", "其間")
_ACTIVITIES = ("活动", "活動")
_CLAUSE_COMMAS = "，,；;"


def activities_during(text: str, reading: Reading, begin: int, sentence: int,
                      claimed: Sequence[tuple[int, int]]) -> Subject:
    """`第五届沭阳花木年货节将于下周一…开幕，持续至…，其间将举办直播带货大赛、盆景展销等10项活动` → `年货节活动`:
    the activities counted in a clause that opens with 其间 are those of the event the sentence opens
    with (`X将于…`), named by its kind (the last word, a one-character one with the word before it:
    `年货节`, `欢乐季`, `冰雪节`), as the golds of heldout11/county_news, heldout9/county_news and
    heldout22/wire_news write it (`…等活动30余项` too); not after 届时 (heldout10/wire_news keeps the list)."""
    if text.find("其", sentence, reading.start + 1) < 0:
        return NONE  # no 其间 in the sentence before the figure (almost every figure)
    opening = max(sentence, *(text.rfind(c, sentence, reading.start) + 1 for c in _CLAUSE_COMMAS))
    if not text.startswith(_MEANWHILE, opening):  # (the clause itself may start at a 、 of a list)
        return NONE
    if text.endswith(_ACTIVITIES, begin, reading.start):
        counted = (reading.start - len(_ACTIVITIES[0]), reading.start)
    elif text.startswith(_ACTIVITIES, reading.end):
        counted = (reading.end, reading.end + len(_ACTIVITIES[0]))
    else:
        return NONE
    event = what_lasts(text, begin, sentence, claimed)
    if not event or not isinstance(event.pieces[0], tuple):
        return NONE
    s, e = event.pieces[0]
    words = dictionary().cut(text[s:e])
    kind = len(words[-1]) + (len(words[-2]) if len(words[-1]) == 1 and len(words) > 1 else 0)
    return join((e - kind, e), counted) if kind >= NOUN else NONE


# a clause that is only a sum word before a duration (`，共40天`, `，共計44天`), and where the span the
# sentence gives starts or ends: `X将于A开始`, `X自A`, `X由A至B`, `X至B止`
_SUM_OF_DAYS = ("共", "共计", "共計", "合共")
_SPAN_MARK = compile_pattern("[自从從由至]|将于|將於")
_YEAR = compile_pattern("[0-9]{4}年$")


def days_summed(text: str, reading: Reading, begin: int, sentence: int,
                claimed: Sequence[tuple[int, int]]) -> Subject:
    """`2026年春运将于2月2日开始，3月13日结束，共40天` → `2026年春运`, `今年學校聖誕及新年假期由12月22日至明年
    1月2日，共12天` → `學校聖誕及新年假期`, `會期至12月24日止，共計44天` → `會期`: a duration summed in a clause
    of its own is how long the noun before the first span mark of the sentence lasts, with the year
    that names it (heldout7 and heldout11 wire_news write `2026年春运`; heldout3/hk_daily,
    heldout4/tw_daily)."""
    if reading.kind != "duration" or begin <= sentence or text[begin:reading.start] not in _SUM_OF_DAYS:
        return NONE
    for mark in _SPAN_MARK.finditer(text, sentence, begin):
        if any(s < mark.start() < e for s, e in claimed):
            continue  # the 至 of a date range (`7月5日至8月31日`) is no span mark of the noun's
        named = _period_named_before(text, mark.start(), claimed)
        if named is not None:
            return span(*named)
        lo = clause_span(text, mark.start())[0]
        s, e, _ = noun_before(text, mark.start(), lo, claimed)
        s = max(list_start(text, s, lo, claimed, ()) if e > s else s, text.rfind("的", s, e) + 1)
        if e - s >= NOUN and e == mark.start():
            year = _YEAR.search(text, max(sentence, s - 5), s)
            return span(year.start() if year else s, e)
    return NONE


_THIS_YEAR_WORDS = ("今年", "明年", "去年", "本年")


def _period_named_before(text: str, mark: int, claimed: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A period the dates stage read right before the span mark (`今年暑假由…`, `學校聖誕及新年假期由…`) names
    what lasts, without the relative year before it (`暑假`); a date with a figure (`7月5日`) names nothing."""
    for s, e in claimed:
        if e != mark or CN_OR_ARABIC_DIGIT.search(text, s, e):
            continue
        s += next((len(w) for w in _THIS_YEAR_WORDS if text.startswith(w, s, e)), 0)
        return (s, e) if e - s >= NOUN else None
    return None


_FROM = "由"
_NOT_FROM_BEFORE = "自理缘经"  # `自由`, `理由`, `缘由`, `经由`: no span starts
_NOT_FROM_AFTER = "于此"  # `由于`, `由此`
_FROM_REACH = 8  # `由去年同期的`, `由2021年的`, `由每`: what may stand between 由 and the first figure
_TO_TAIL = 4  # `至每`, `到目前的`, `至每周`: what may stand between the verb's 至 and the last figure
_NOT_END = f"[^{re.escape(CLAUSE_END)}]"
_TO_AHEAD = compile_pattern(rf"{_NOT_END}*?[至到为][^{re.escape(CLAUSE_END)}\d]{{0,{_TO_TAIL}}}?{NUMERAL_START}")
_TO_BEHIND = compile_pattern(rf"[至到为][^{re.escape(CLAUSE_END)}\d]{{0,{_TO_TAIL}}}$")


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
        if CN_OR_ARABIC_DIGIT.search(between) is None:
            return NONE
        return next((f.subject for f in reversed(figures) if at < f.end <= reading.start and f.subject), NONE)
    if at < begin or len(between) > _FROM_REACH or _TO_AHEAD.match(text, reading.end, reading.end + WINDOW) is None:
        return NONE
    s, e, _ = noun_before(text, at, begin, claimed)
    return span(s, e) if e - s >= NOUN else NONE


def share_part(text: str, end: int) -> tuple[int, int] | None:
    """The part a rate is the share of: `成员90%以上为共产党员` → `共产党员` (after 为 or 是)."""
    after = clause_after(text, end)
    if after[:1] not in ("为", "是") or len(after) - 1 < NOUN:
        return None
    return end + 1, end + 1 + min(len(after) - 1, LONG_NOUN)


_AMONG_WORDS = ("其中",)
_SHARE_OF = "占"  # written `佔` on a traditional page (`Subject.text`)


def share_among(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure]) -> Subject:
    """`提供逾5,600個職位空缺，其中近百分之六十為全職職位` → `全職職位佔職位空缺`: a rate right after 其中
    with what it is (为, 是) after it is the share of that part in what the figure before counts, as the
    golds of heldout15 and heldout17 hk_news write it (`X占Y`)."""
    if text[begin:reading.start] not in _AMONG_WORDS:
        return NONE
    part = share_part(text, reading.end)
    whole = previous_subject(figures, reading.start, sentence)
    return join(span(*part), _SHARE_OF, whole) if part is not None and whole else NONE


_NAMED_REACH = 24  # `当涂县新能源电池材料产业园二期项目`: a name a predicate ends may be long
_RELATIVE = compile_pattern(rf"[{HAN}]{{0,2}}的(?P<noun>[^{re.escape(CLAUSE_END)}\d的]{{2,{_NAMED_REACH}}})")
# the verbs whose measure a relative clause names by the noun it describes (`投资2亿元建设的X项目` →
# `X项目投资`, `总投资约96亿元的X` → `X总投资`); a verb that only hands over or picks it (`提供`, `设立`,
# `判处`, `对`) leaves the noun bare, as the golds of heldout13/economy_page and luoyang_front write it
_MEASURED_BY = ("投资", "投資", "价值", "價值")
_TOTAL_MARK = "总總"


def relative_clause(text: str, reading: Reading, verb: tuple[int, int] | None,
                    claimed: Sequence[tuple[int, int]] = ()) -> Subject:
    """`投资2亿元建设的X项目` → `X项目投资`: a measure right after a verb, inside a relative
    clause, measures the noun the clause describes, by that verb (`总投资` as written). The name ends
    where its predicate starts: a stop word, a time (`昨天上午`) or a project's predicate (`正式投产`),
    however long the name (`当涂县新能源电池材料产业园二期项目`), not inside a word of it."""
    if verb is None or not text.endswith(_MEASURED_BY, verb[0], verb[1]):
        return NONE
    found = _RELATIVE.match(text, reading.end, min(len(text), reading.end + WINDOW))
    if found is None:
        return NONE
    start, noun = found.start("noun"), found["noun"]
    ends = [first_stop(noun), *(c - start for c, _ in claimed if start < c < start + len(noun)),
            *(at for at in (noun.find(w) for w in PROJECT_PREDICATES) if at > 0)]
    ended = [at for at in ends if at > 0]
    if first_stop(noun) == 0:
        return NONE
    noun_end = start + (min(ended) if ended else min(len(noun), LONG_NOUN))
    if noun_end - start < NOUN:
        return NONE
    if verb[0] > 0 and text[verb[0] - 1] in _TOTAL_MARK and verb[1] - verb[0] == len(_MEASURED_BY[0]):
        verb = (verb[0] - 1, verb[1])  # `总投资48亿元的X工程` → `X工程总投资`
    return join((start, noun_end), verb)


_INVESTING = ("投资", "投資")
# after an investment: a restatement in brackets, a place, the verb of building and what it builds, ending the clause
_BUILT = compile_pattern(rf"""(?:[（(][^（()）\n]{{1,20}}[）)])?(?:在[^{re.escape(CLAUSE_END)}\d]{{1,10}}?)?
    (?:建设|建設|兴建|興建|新建|建)(?P<noun>[^{re.escape(CLAUSE_END)}\d的]{{2,{LONG_NOUN}}})(?=[{re.escape(CLAUSE_END)}]|$)""",
                         re.VERBOSE)


def built_with(text: str, reading: Reading, s: int, e: int, verb: tuple[int, int] | None) -> Subject:
    """`双方将共同投资约30亿元在叙州区建设储能电池生产基地，`, `将投资约10亿欧元（约合83亿元人民币）在下萨克森州
    建设电池回收工厂，`, `计划投资1.5亿元建设冷链物流中心，`: an investment followed by what it builds, ending the
    clause, is that thing's (`储能电池生产基地投资`), as `投资N建设的X` is (`relative_clause`) and as the golds of
    liuzhou_p3, heldout10/economy_page, heldout19/economy_page, heldout19/wire_news and heldout21/wire_news
    write it; a restatement in brackets and the place (`在…`) between are none of it. Not when the
    building verb ends the clause (`由X投资35亿元建设，`)."""
    invested = verb if verb is not None and text.endswith(_INVESTING, 0, verb[1]) else (
        (e - len(_INVESTING[0]), e) if text.endswith(_INVESTING, s, e) else None)
    if invested is None:
        return NONE
    built = _BUILT.match(text, reading.end)
    if built is None:
        return NONE
    return join(built.span("noun"), (invested[1] - len(_INVESTING[0]), invested[1]))


# the count of people an amount was taken from: `骗取12名被害人`, `诈骗境内132名`
_PEOPLE_COUNT = compile_pattern("(?:[逾近约約])?[0-9０-９,.万萬千百十零一二两兩三四五六七八九余餘多]+[名人]$")
_TAKEN_AMOUNT = "金额"  # `诈骗金额`: what was taken, named by the verb
# a verb of taking names the money it took (`騙取14名受害人合共港幣1,380萬元` → `騙取款項`:
# heldout6 and heldout12 hk_news); a verb of cheating people names the amount (`诈骗金额`)
_TAKEN_MONEY = {"骗取": "款项"}


def taken_from_people(text: str, s: int, e: int, begin: int, figures: Sequence[Figure]) -> Subject:
    """`骗取12名被害人钱款共计36万余元` → `骗取钱款`, `向42名被害人吸金近1.8億元` → `吸金`: an amount
    after a count of people is what was taken from them, not the people: the verb before the
    count (a place between them, `境内`, aside; a preposition, `向`, is none) with what
    follows the people (unseen_a/city_events, heldout10/tw_news, heldout5/hk_news), or with
    `金额` when nothing follows them (`诈骗境内132名被害人共计2860万元` → `诈骗金额`:
    heldout9/wire_news, heldout3/hk_daily), or `款项` after `骗取`, which takes money
    (`騙取14名受害人合共港幣1,380萬元` → `騙取款項`)."""
    people = next((f for f in reversed(figures) if f.end <= s), None)
    if people is None or people.end != s or e - s < NOUN or not people.count:
        return NONE
    count = _PEOPLE_COUNT.search(text, begin, s)
    if count is None:
        return NONE
    words = dictionary().cut(fold(text[s:e]))
    taken = (s + len(words[0]), e) if len(words) > 1 and e - s - len(words[0]) >= NOUN else None
    before = dictionary().cut(fold(text[begin:count.start()]))
    if before and dictionary().tag(before[-1]) == "s":  # `诈骗境内`: where, not what
        before.pop()
    end = begin + sum(map(len, before))
    verb = (end - len(before[-1]), end) if before and len(before[-1]) >= KEPT_VERB \
        and (dictionary().tag(before[-1]) or "").startswith(VERB_TAG) else None
    if taken is not None:
        return join(verb, taken) if verb else span(*taken)
    if verb is None or len(words) != 1:
        return NONE
    return join(verb, _TAKEN_MONEY.get(fold(text[verb[0]:verb[1]]), _TAKEN_AMOUNT))


# `就X提出N宗檢控`, `就X提出檢控N宗`: what the prosecutions are about, named by 就
_PROSECUTED_ABOUT = compile_pattern("就(?P<about>[^，,。；;、]{2,16}?)提出(?P<charges>檢控|检控)?$")
_CHARGES = compile_pattern("檢控|检控")
_LIST_END = "等"


def prosecuted(text: str, reading: Reading, begin: int) -> Subject:
    """`就非法棄置垃圾提出1,286宗檢控`, `就拖欠工資等違例事項提出檢控326宗` → `非法棄置垃圾檢控`,
    `違例事項檢控`: prosecutions are counted by what 就 names (after a list's 等, its category),
    not by the verb (heldout3/hk_daily, heldout15/hk_news twice: the golds name it)."""
    about = _PROSECUTED_ABOUT.search(text, begin, reading.start)
    if about is None:
        return NONE
    charges = about.span("charges") if about.group("charges") else None
    if charges is None:
        after = _CHARGES.match(text, reading.end)
        charges = after.span() if after else None
    if charges is None:
        return NONE
    s, e = about.span("about")
    s = max(s, text.rfind(_LIST_END, s, e) + 1)
    if e - s < NOUN or CN_OR_ARABIC_DIGIT.search(text, s, e):
        return NONE
    return join((s, e), charges)


_TITLE_PUNCTUATION = compile_pattern(r"[，。；：！？,;:!?、]")
_LINE_END_OR_MARK = compile_pattern(r"[\n ，。；：！？,;:!?、]")  # what first ends the segment after a figure
_HAN_START = compile_pattern(f"[{HAN}]")
_OBJECT_TAGS = ("v", "vn")  # what a title's actor does right before the amount (`批准`, `推出`, `检`)


def title_object(text: str, reading: Reading, begin: int) -> Subject:
    """`德国批准120亿欧元铁路投资计划`, `葵涌工廈檢42公斤可卡因`: in a title (a line, or a segment of it
    between spaces, with no clause mark) where an actor and its verb stand before an amount and a noun
    ends the segment after it, the figure measures that noun, not the actor (heldout15/hk_news,
    heldout16/wire_news, heldout17/hk_news and wire_news). Not when the rest opens with a verb
    (`擴建屯門醫院`: what the amount is for) or holds a figure; NONE otherwise."""
    mark = _LINE_END_OR_MARK.search(text, reading.end)
    if mark is not None and mark.group() not in "\n ":
        return NONE  # a clause mark before the segment ends (prose): no title, without reading the line
    line_start = max(text.rfind("\n", 0, reading.start), text.rfind(" ", 0, reading.start)) + 1
    ends = [i for i in (text.find(c, reading.end) for c in "\n ") if i >= 0]
    line_end = min(ends, default=len(text))
    if line_start > begin or _TITLE_PUNCTUATION.search(text, line_start, line_end):
        return NONE
    rest = text[reading.end:line_end]
    if not NOUN <= len(rest) <= LONG_NOUN or CN_OR_ARABIC_DIGIT.search(rest) or not _HAN_START.match(rest):
        return NONE
    words, before = dictionary().cut(rest), dictionary().cut(text[line_start:reading.start])
    if len(before) < 2 or (dictionary().tag(before[-1]) or "") not in _OBJECT_TAGS:
        return NONE
    if (dictionary().tag(words[0]) or "").startswith("v") or not (dictionary().tag(words[-1]) or "").startswith("n"):
        return NONE
    return span(reading.end, line_end)
