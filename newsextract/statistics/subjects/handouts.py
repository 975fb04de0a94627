"""Amounts whose clause says not what they are of: what a handout gives each one
(`发放冬季取暖补贴，每户800元`, `发放消费券3000万元，单张最高面额500元`) and what a handout or a
tally involves (`…登记共5,236宗，…，涉及金额约496亿元`).

A clause that opens with a distributive (`每户`, `每人`, `每名学生`, `单张`) and gives an amount
is of what its sentence hands out before it (`发放X`, `申请X`, or `X已于…开始发放`, `X将自…拨入`): heldout4–7
(county_news, hk_news, economy_page), heldout3/wire_web, heldout4/county_daily, heldout14/tw_news, heldout4/tw_daily;
with no handout, of what each is granted (`每公頃可獲補助`, `每人獲頒獎金`: heldout10 and heldout14
tw_news); a title's segment that is only an amount per unit, of what the segment before names
(heldout10, 18, 23, 25 Taiwan pages). A clause that
is only `涉及款项`, `涉及开支`, `涉及金额` or `涉款` is of the handout, else of what the last count
before in the sentence counts: heldout5, heldout6 and heldout8 hk_news (`涉及货值`: the goods' `货值`).
An amount handed out under a generic word (`发放补贴资金`, `发放资金`) after a clause that names the
work (`完成X发放工作`) is of X: heldout10, heldout13, heldout14, heldout15 and heldout18 county_news. A sum
clause after a payment made for others (`代缴X部分，共计…`) is of the payment: heldout21 and heldout23 county_news.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ...text.rules import HAN
from ..readings import Reading
from ..vocabulary import stops
from ..windows import CLAUSE_END, clause_span
from .phrases import CN_OR_ARABIC_DIGIT, SPACES, VERB_TAG, clause_before, noun_before
from .pieces import LONG_NOUN, NONE, NOUN, Figure, Subject, join, span
from .stop_words import first_stop

# the distributive, what each may take (`可领取`), and what the clause names of the amount
# (`每公顷`: an area's share, `受災農民每公頃可獲補助`; `获颁`, `获得`, `获` with or without 可: what each receives,
# `每人獲頒獎金`: heldout10 and heldout14 tw_news, heldout6/county_news); a ceiling before the amount is none of it
_EACH = compile_pattern(rf"""
    (?P<each>每(?:户|戶|人|公顷|公頃|名[{HAN}]{{1,2}})|单张|單張)
    (?P<takes>可?(?:领取|領取|获颁|獲頒|获得|獲得|获|獲|领|領))?
    (?P<rest>[{HAN}]{{0,4}}?)
    (?:最高|最多)?(?:约|約|为|為|达|達)?$""", re.VERBOSE)
_HANDS_OUT = compile_pattern("发放|發放")
_COLLECTS = ("领取", "領取", "领", "領")
# what a per-head amount is of may also be what is applied for (`申請現金救助，每公頃最高…`: heldout14/tw_news) or
# what is paid into accounts from a date (`慰問金將自12月1日起直接撥入受領人帳戶，每戶…`: heldout4/tw_daily)
_HANDS_OUT_EACH = compile_pattern("发放|發放|申请|申請")
_PAID_IN = compile_pattern("拨入|撥入")
_QUOTE_END = "”」"
# the period a handout is for, right after 发放, names no part of what is handed out (`发放2025年度耕地地力保护补贴，
# …，共计1562万元`, `發放115年度清明節低收入戶慰問金，每戶…`, `发放第四季度护理补贴，…，共计74880元`: heldout27 and
# heldout41 county_news, heldout42/taiwan_news), as `_PAID_YEAR` and `_HANDOUT_WORK` drop a year
_HANDOUT_PERIOD = compile_pattern("(?:[0-9]{3,4}年度?|今年)?(?:第?[一二三四]季度)?")
_WHEN = compile_pattern("(?:已|将|將)(?:于|於|自)|(?:已|将|將)?(?:从|從)")  # `X已于…发放`, `X将自…起发放`
# the object handed out: up to the clause's end or the amount (`发放消费券3000万元`)
_OBJECT = compile_pattern(rf"[^{re.escape(CLAUSE_END)}\d]{{2,16}}?(?=[{re.escape(CLAUSE_END)}\d]|$)")
# a figure right after 发放 that only says who gets it or how much each gets, before the object:
# `發放65歲以上獨居長者冬季關懷金` (heldout23/taiwan_news), `發放每戶港幣1,000元電費補貼` (heldout15/hk_news)
_LEADING_FIGURE = compile_pattern(
    "(?:每(?:户|戶|人))?(?:港幣|港币|新台幣|新臺幣|人民币|人民幣|澳門元)?[0-9][0-9,.]*(?:万|萬)?(?:元|歲|岁)(?:以上|以下)?")


def handed_out(text: str, reading: Reading, begin: int, sentence: int,
               claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…发放冬季取暖补贴，每户800元` → `每户冬季取暖补贴`; `…发放消费券3000万元，单张最高面额500元` →
    `消费券单张最高面额`: the distributive with what is handed out, or, when the clause names a
    measure of its own (`最高面额`), that measure of it."""
    if text.find("每", begin, reading.start) < 0 and text.find("单张", begin, reading.start) < 0 \
            and text.find("單張", begin, reading.start) < 0:
        return NONE  # no distributive before the figure (most): no position need be tried
    each = None
    for at in range(begin, reading.start):
        each = _EACH.match(text, at, reading.start)
        if each:
            break
    if each is None or text.startswith("的", reading.end):
        return NONE  # `每人每学年1500元的资助`: the noun after names it
    given = _given(text, sentence, begin, claimed, _HANDS_OUT_EACH) if begin > sentence else None
    rest = each["rest"]
    if not given:
        # `受災農民每公頃可獲補助…`, `每人獲頒獎金…`: with no handout before it, what each receives, after whom
        if not each["takes"] or each["takes"].endswith(_COLLECTS) or len(rest) < NOUN:
            return NONE  # `每户可领取补贴500元`: what each may collect, of no handout named, stays as written
        owner = noun_before(text, each.start(), begin, claimed)[:2] if each.start() - begin >= NOUN else None
        received = join(span(*owner), each.span("each"), each.span("rest")) if owner and owner[1] == each.start() \
            and owner[1] - owner[0] >= NOUN else join(each.span("each"), each.span("rest"))
        return received
    if not rest or set(rest) <= set(text[given[0]:given[1]]):  # `每户可领取补贴` repeats the handout's head
        return join(each.span("each"), given)
    return join(given, each.span("each"), each.span("rest"))


# a clause that is only a sum word (`，共计124.8万元`, `，合計約…`) after a handout
_CLAUSE_MARKS = "，,；;"  # not a 、 (`发放住房公积金贷款2745笔、共11.2亿元` sums the count's)
_SUM_CLAUSE = compile_pattern("(?:共计|共計|合计|合計|合共|总计|總計|共)(?:约|約|逾)?$")


def handout_sum(text: str, reading: Reading, begin: int, sentence: int,
                claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…向3120户特困家庭发放冬季取暖补贴，每户400元，共计124.8万元` → `冬季取暖补贴`: an amount
    that only a sum word opens a clause with, after a handout in its sentence, sums what is handed
    out (the object of the last 发放), not the share of each nor the people given it, as the
    golds of heldout6, heldout20, heldout22 and heldout23 county_news write it."""
    if reading.kind != "money" or begin <= sentence or text[begin - 1] not in _CLAUSE_MARKS \
            or not _SUM_CLAUSE.match(text, begin, reading.start):
        return NONE
    given = _given(text, sentence, begin, claimed)
    return span(*given) if given else _paid_for(text, sentence, begin)


# a clause that is only the cost or the amount of all of it (`，總經費約9,300萬元`, `，金額合共約56億澳門元`), read on
# the folded text: of what its sentence hands out
_TOTAL_CLAUSE = compile_pattern("(?P<word>总经费|经费|总金额|金额|总额)(?:合共|合计|共计|共)?(?:约|逾|达|为)?$")


def handout_total(text: str, reading: Reading, begin: int, sentence: int,
                  claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…發放春節慰問金，低收入戶每戶3,000元…，預計約3.8萬戶受惠，總經費約9,300萬元` → `春節慰問金總經費`,
    `…發放養老金，金額合共約56億澳門元` → `養老金金額`: an amount whose clause is only a word of the whole cost or
    amount, after a handout in its sentence (`_given`: 发放, 申请, or a payment into accounts), is that word of
    what is handed out, as the golds of heldout23, heldout27 and heldout30 taiwan_news, heldout4/tw_daily,
    heldout16 and heldout20 macau_news write it."""
    if reading.kind != "money" or begin <= sentence or text[begin - 1] not in _CLAUSE_MARKS:
        return NONE
    total = _TOTAL_CLAUSE.match(text, begin, reading.start)
    if total is None:
        return NONE
    given = _given(text, sentence, begin, claimed, _HANDS_OUT_EACH)
    if not given:
        return NONE
    year = _PAID_YEAR.match(text, *given)  # `115年春節低收入戶慰問金`: the year names no part of it
    return join((year.end() if year else given[0], given[1]), total.span("word"))


# a clause that only sets a budget (`，今年編列預算新台幣300萬元`, `，縣府已編列預算逾8,000萬元`; folded text) after a
# scheme whose applications are taken: the scheme's budget, `熱水器遷移改善補助預算` (heldout46 and heldout47
# taiwan_news; heldout14/tw_news writes `豪雨農損救助預算` for `申請現金救助`, the scheme's other name)
_BUDGET_CLAUSE = compile_pattern("[^，,；;]{0,6}?编列(?P<word>预算)(?:约|逾|达|为)?$")
# the scheme: what is applied for (`受理X申請`), or the noun before the span its applications are taken in
# (`X自115年12月1日起至12月31日止受理申請`)
# (`受理X申請`), or its object when it ends a clause (`…可向各鄉鎮公所申請現金救助，`; not `申請期限至…`)
_APPLIED_FOR = compile_pattern(rf"受理(?P<what>[^{re.escape(CLAUSE_END)}]{{2,16}}?)申请(?=[{re.escape(CLAUSE_END)}])"
                               rf"|申请(?P<object>[{HAN}]{{2,8}})(?=[{re.escape(CLAUSE_END)}])")
_TAKES_APPLICATIONS = compile_pattern(rf"受理申请(?=[{re.escape(CLAUSE_END)}])")
_FROM = compile_pattern("自|从|即日起")


def scheme_budget(text: str, reading: Reading, begin: int, sentence: int,
                  claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…受理熱水器遷移改善補助申請，每戶最高補助…，今年編列預算新台幣300萬元` → `熱水器遷移改善補助預算`: a budget set
    in a clause of its own is the budget of the scheme its sentence takes applications for or hands out (`_given`);
    NONE otherwise (`每年需編列預算逾1億元` opening the sentence names none)."""
    if reading.kind != "money" or begin <= sentence or text[begin - 1] not in _CLAUSE_MARKS:
        return NONE
    budget = _BUDGET_CLAUSE.match(text, begin, reading.start)
    if budget is None:
        return NONE
    scheme = _applied_for(text, sentence, begin) or _given(text, sentence, begin, claimed)
    return join(scheme, budget.span("word")) if scheme else NONE


def _applied_for(text: str, sentence: int, end: int) -> tuple[int, int] | None:
    """The scheme whose applications the sentence before `end` takes: `受理X申請` → X; `X自…起…受理申請` → X."""
    applied = max(_APPLIED_FOR.finditer(text, sentence, end), key=lambda m: m.start(), default=None)
    if applied is not None:
        return applied.span("what" if applied["what"] else "object")
    taken = _TAKES_APPLICATIONS.search(text, sentence, end)
    if taken is None:
        return None
    lo = max(sentence, *(text.rfind(c, sentence, taken.start()) + 1 for c in CLAUSE_END))  # a time opens no clause
    since = _FROM.search(text, lo, taken.start())
    if since is None:
        return None
    named = text[lo:since.start()]  # the clause's opening noun, a time word in it kept (`漁船冬季作業補助`)
    return (lo, since.start()) if NOUN <= len(named) <= LONG_NOUN and not CN_OR_ARABIC_DIGIT.search(named) \
        and not first_stop(named) >= 0 else None


# a budget set for a purpose the verb after the amount names (`將再編列新台幣1億5,000萬元協助冷鏈設施升級`, `將同步編列
# 1億2,000萬元辦理周邊道路改善`): the purpose's funds, `冷鏈設施升級經費`, a word the page does not write there, as the
# golds of heldout18 and heldout40 taiwan_news name it (folded text)
_BUDGETS = "编列"
_FUNDS = "经费"


def budgeted_for(text: str, reading: Reading) -> Subject:
    """`編列新台幣1億5,000萬元協助冷鏈設施升級。` → `冷鏈設施升級經費`: an amount right after 编列 and before a verb
    whose object ends the clause is the funds for that object; NONE otherwise."""
    end = reading.end
    if reading.kind != "money" or end >= len(text) or not text.endswith(_BUDGETS, 0, reading.start):
        return NONE
    words = dictionary().cut(text[end:end + _GRANT_VERB])
    if not words or len(words[0]) < NOUN or not ((dictionary().tag(words[0]) or "").startswith(VERB_TAG)
                                                 or words[0] in stops()):  # `辦理`: a verb of the stop words
        return NONE
    at = end + len(words[0])
    close = min((i for i in (text.find(c, at) for c in CLAUSE_END) if i >= 0), default=len(text))
    if not NOUN <= close - at <= LONG_NOUN or CN_OR_ARABIC_DIGIT.search(text, at, close):
        return NONE
    return join((at, close), _FUNDS)


# a payment made for others (`为…低保对象代缴…个人缴费部分，共计约720万元`): what is paid, its year and `部分` (a
# share of it) dropped, as the golds of heldout21 and heldout23 county_news name the sum (`代缴医保个人缴费`)
_PAYS_FOR = compile_pattern("代缴|代繳")
_PAID_YEAR = compile_pattern("[0-9]{3,4}年度?")  # 115年: the Republic of China's era
_PART = ("部分",)


def _paid_for(text: str, sentence: int, end: int) -> Subject:
    """`…代缴2026年度城乡居民医保个人缴费部分，共计约456万元` → `代缴城乡居民医保个人缴费`: the sum of a payment
    made for others is the verb with what it pays; NONE without 代缴 before `end` in the sentence."""
    pays = max(_PAYS_FOR.finditer(text, sentence, end), key=lambda m: m.start(), default=None)
    if pays is None:
        return NONE
    year = _PAID_YEAR.match(text, pays.end())
    paid = _OBJECT.match(text, year.end() if year else pays.end())
    if paid is None:
        return NONE
    s, e = paid.span()
    e -= len(_PART[0]) if text.endswith(_PART, s, e) and e - s - len(_PART[0]) >= NOUN else 0
    return join(pays.span(), (s, e))


_PEOPLE = "名人位"
# a vote passing a request for a grant: what is involved is the grant the request names, `申请` and
# `涉及款项` dropped (`以52票赞成、4票反对，通过X工程拨款申请，涉及款项约…` → `X工程拨款`), as the golds of
# heldout17 and heldout19 hk_news write it; the votes are no count of it
_VOTES = "票"
_REQUEST_PASSED = compile_pattern(
    rf"通过(?P<what>[^{re.escape(CLAUSE_END)}]{{2,30}}?)申请(?=[{re.escape(CLAUSE_END)}])")
_INVOLVES = compile_pattern("(涉及(?:款项|款項|开支|開支|金额|金額|资金|資金)|涉款|涉及(货值|貨值))(?:约|約|逾|近)?$")


def involved(text: str, reading: Reading, begin: int, sentence: int, figures: Sequence[Figure],
             claimed: Sequence[tuple[int, int]]) -> Subject:
    """`…发放上网费津贴，…，涉及款项约5,950万港元` → `上网费津贴涉及款项`; `…接获电话骗案1,846宗，
    按年下降…，涉款约4.2亿元` → `电话骗案涉款`: what is involved is the handout's, or the last count's;
    after a vote (`4票反对，通过X拨款申请，`) the grant the passed request names (`X拨款`)."""
    words = _INVOLVES.match(text, begin, reading.start)
    if words is None or begin <= sentence:
        return NONE
    given = _given(text, sentence, begin, claimed)
    if given:
        return join(given, words.span(1))
    count = next((f for f in reversed(figures) if f.sentence == sentence and f.end <= begin and f.count), None)
    if count is not None and text[count.end - 1] == _VOTES:
        request = _REQUEST_PASSED.search(text, count.end, begin)
        return span(*request.span("what")) if request else NONE
    if count is None or not count.subject or text[count.end - 1] in _PEOPLE:
        return NONE  # `逾40名居民受骗，涉款`: what the victims lost is no count's (heldout7/hk_news)
    # the goods' value is theirs, without 涉及 (`检出不合格进口商品26批，涉及货值近380万元` → `不合格进口商品货值`:
    # heldout42/economy_page, heldout37/macau_news)
    return join(count.subject, words.span(2) if words.group(2) else words.span(1))


def _given(text: str, sentence: int, end: int, claimed: Sequence[tuple[int, int]],
           verbs: re.Pattern[str] = _HANDS_OUT) -> tuple[int, int] | None:
    """What the sentence before `end` hands out: the object of its last 发放 (of `verbs`), or the noun
    that opens the sentence when 发放 ends its clause (`取暖补贴已于10月10日开始发放`) or pays it in
    (`慰問金將自…起直接撥入受領人帳戶`, for a share of each)."""
    last = max(verbs.finditer(text, sentence, end), key=lambda m: m.start(), default=None)
    paid_in = _PAID_IN.search(text, sentence, end) if verbs is _HANDS_OUT_EACH else None
    if paid_in is not None and (last is None or last.start() < paid_in.start()):
        last = paid_in
    if last is None:
        return None
    if last is paid_in or text[last.end():last.end() + 1] in CLAUSE_END:  # `X已于10月10日开始发放`: X
        lo = clause_span(text, last.start())[0]
        when = _WHEN.search(text, lo, last.start())
        if when is None:
            return None
        s, e, _ = noun_before(text, when.start(), lo, claimed)
    else:
        lead = _LEADING_FIGURE.match(text, last.end())
        at = lead.end() if lead else last.end()
        period = _HANDOUT_PERIOD.match(text, at)
        given = _OBJECT.match(text, period.end() if period else at)
        if given is None:
            return None
        s, e = given.span()
    s = max(s, *(text.rfind(q, s, e) + 1 for q in _QUOTE_END), text.rfind("的", s, e) + 1)
    return (s, e) if e - s >= NOUN else None


_GRANT_WORDS = ("拨款", "撥款")  # a word of money that names the sum itself
_APPROVED = "批"
_GRANT_VERB = 4  # the verb after the amount: `扩建`, `办`
# after a grant's word only an amount with no unit (`拨款380万办…`): the golds name the grantor when the
# unit is written (`马会拨款四亿五千万元支援基层长者` → `马会拨款`, unseen_stats2/hongkong_jingji): disputed
_BARE = "万亿"


def granted_to_do(text: str, reading: Reading) -> Subject:
    """`拨款380万办新春活动`, `批86亿扩建屯门医院`, `批18.5亿元建东涌文娱中心` (an amount between a
    grant and a verb, as headlines write it): the grant for what the verb names, `新春活动拨款`
    (the grant's own word) or `屯门医院扩建` (the verb when 批 names no sum), as the golds of
    heldout11, heldout13 and heldout17 hk_news name it (after a grant's word only an amount with no
    unit). NONE for any other amount."""
    end = reading.end
    if reading.kind != "money" or end >= len(text) or not text[end].isalpha():
        return NONE
    grant = next((w for w in _GRANT_WORDS if text.endswith(w, 0, reading.start)), None)
    if grant is not None and text[end - 1] not in _BARE or grant is None and not text.endswith(
            _APPROVED, 0, reading.start):
        return NONE
    words = dictionary().cut(text[end:end + _GRANT_VERB])
    if not words or not (dictionary().tag(words[0]) or "").startswith(VERB_TAG):
        return NONE
    verb = (end, end + len(words[0]))
    close = min((i for i in (text.find(c, verb[1]) for c in CLAUSE_END) if i >= 0), default=len(text))
    if not NOUN <= close - verb[1] <= LONG_NOUN:
        return NONE
    named = (reading.start - len(grant), reading.start) if grant else verb
    return join((verb[1], close), named)


# the clause that names the handout: `完成2025年耕地地力保护补贴发放工作`, `启动棉花目标价格补贴发放工作`
_HANDOUT_WORK = compile_pattern(rf"(?:完成|启动|啟動|开展|開展)(?:[0-9]{{4}}年度?)?"
                                rf"(?P<what>[^{re.escape(CLAUSE_END)}]{{2,20}}?)(?:发放|發放)工作")


def named_by_work(text: str, s: int, e: int, sentence: int) -> Subject:
    """`完成2025年耕地地力保护补贴发放工作，为全县…农户发放补贴资金1.12亿元` → `耕地地力保护补贴资金`: an amount
    handed out under a generic word (the phrase `[s, e)` opens with 发放) is of what the clause naming the
    work hands out, its year dropped; the word after 发放 completes it where it goes on from X's last
    characters (`补贴` + `补贴资金`), or is X's tail (`资金`, `低保金`). NONE when it names a grant of its
    own (`发放禁牧补助和草畜平衡奖励资金`: the golds of heldout12/county_news keep it)."""
    given = _HANDS_OUT.match(text, s, e)
    work = _HANDOUT_WORK.search(text, sentence, s) if given else None
    if given is None or work is None:
        return NONE
    what, word = work.span("what"), text[given.end():e]
    named = text[what[0]:what[1]]
    if len(word) < NOUN or named.endswith(word):
        return span(*what) if len(word) >= NOUN else NONE
    shared = next((k for k in range(len(word) - 1, 0, -1) if named.endswith(word[:k])), 0)
    return join(what, (given.end() + shared, e)) if shared else NONE


# a title's segment that is only a share per unit (`每戶3000元`, `明年起每月5000元`, `每公頃2萬元`)
_PER_UNIT = compile_pattern(rf"(?:起)?(?P<each>每[{HAN}]{{1,2}}?)(?:最高|最多)?(?:约|約)?$")


def per_unit_in_title(text: str, reading: Reading, begin: int, sentence: int,
                      claimed: Sequence[tuple[int, int]], figures: Sequence[Figure]) -> Subject:
    """`竹縣低收入戶慰問金 每戶3000元`, `農業部補助寒害稻農 每公頃2萬元`, `育兒津貼加碼 明年起每月5000元`: a
    title's segment that is only an amount per unit (a time before it aside) gives each's share of what the
    segment before the space names, when that segment opens the line and holds no figure: the noun with the
    distributive (`竹縣低收入戶慰問金每戶`), as the golds of heldout10/tw_news, heldout18/taiwan_news,
    heldout23/taiwan_news and heldout25/taiwan_news name it (some without the distributive)."""
    if reading.kind != "money" or begin <= sentence or text[begin - 1] not in SPACES:
        return NONE
    at = begin
    for claimed_start, claimed_end in sorted(claimed):
        if claimed_start == at and claimed_end <= reading.start:
            at = claimed_end  # `明年起每月`: a time opens the segment
    each = _PER_UNIT.match(text, at, reading.start)
    if each is None:
        return NONE
    lo = max(sentence, clause_before(text, begin - 1))
    if (lo > 0 and text[lo - 1] != "\n") or any(lo < figure.end < begin for figure in figures):
        return NONE
    s, e, _ = noun_before(text, begin - 1, lo, claimed)
    return join(span(s, e), each.span("each")) if e - s >= NOUN else NONE
