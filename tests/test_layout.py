"""Line roles, credits, jump markers, datelines and join clues, one table row per case."""
import ast
import pathlib

import pytest
from support import read_cases

from newsextract import lexicon
from newsextract.layout import bylines, joins, web
from newsextract.layout import roles as layout
from newsextract.text import Line, fold


def _line(text: str, start: int = 0) -> Line:
    return Line(0, start, start + len(text), fold(text))


def _names(cell: str) -> tuple[str, ...]:
    return tuple(n for n in cell.split("|") if n)


@pytest.mark.parametrize("row", read_cases("layout"), ids=lambda r: r["text"][:20])
def test_line_role(row):
    (info,) = layout.classify_page((_line(row["text"]),))  # a line alone on a page
    assert info.role == row["role"]


@pytest.mark.parametrize("raw, names", [
    ("（記者 何 志 強 攝）", ("何志強",)),
    ("記者 梁 國 雄 通訊員 陳 家 豪", ("梁國雄", "陳家豪")),
    ("记者 王 敏", ("王敏",)),  # simplified text: as read
])
def test_credit_names_are_quoted_from_the_raw_text(raw, names):
    folded = fold(raw)
    credit = bylines.parse(folded)
    quoted = bylines.quoted(credit, folded, raw)
    assert tuple(n for b in bylines.BUCKETS for n in getattr(quoted, b)) == names


@pytest.mark.parametrize("text, expected", [
    ("今年还将组织获奖教师送教下乡，", True),        # a comma
    ("一批批新鲜柑橘通过电商平台发往各地的", True),  # a dangling 的
    ("全年执行到位金额2.3", True),                    # a numeral
    ("重点项目主要集中在", True),                    # a preposition left open
    ("活动将由县文化馆和", True),                    # a conjunction left open
    ("展期自", True),                                # a preposition left open (`自|下月起`)
    ("这是此次活动的目的", False),                    # 的 ends the word 目的
    ("会议要求各部门抓好落实。", False),
    ("一批项目加快建设", False),
])
def test_open_end(text, expected):
    assert joins.open_end(fold(text)) is expected


@pytest.mark.parametrize("left, right, expected", [
    ("为农户发放奖补", "金共计48万元", True),        # 奖补金: a word jieba lacks
    ("会议研究部署", "春耕备耕工作", False),          # 部署 is a word: the head ends whole
    ("为农户发放奖补", "在全县推广", False),          # 在 opens sentences
    ("活动将由县文化馆和", "县图书馆承办", False),    # 和 is a conjunction: an open end, not a split word
])
def test_split_word(left, right, expected):
    assert joins.split_word(fold(left), fold(right)) is expected


@pytest.mark.parametrize("text, expected", [
    ("关于做好2025年春季森林防火工作的通告", True),
    ("关于开展城区违法建设专项整治的公告", True),
    ("关于举办读书月活动", False),          # no notice word at its end: a headline
    ("县政府发布森林防火通告", False),      # a story about a notice
    ("城固县人民政府关于做好秋季防汛工作的通告", True),   # the issuer before 关于
    ("县城区部分路段临时交通管制的通告", True),         # no 关于: the notice word after 的
    ("市场监管局发出消费提示", False),      # no notice word
    ("全县通报表扬一批先进集体的决定下发", False),  # a story: the notice word inside it
    ("2025年度全县“优秀农技员”名单", True),   # a roster's title: 名单 alone, after what the list is of
    ("第三批市级非物质文化遗产代表性项目名单", True),
    ("获奖名单", False),                    # too bare: a section of the story above
    ("表彰名单", False),
    ("名单公布后接受群众监督", False),      # 名单 not at its end
])
def test_notice_title(text, expected):
    assert layout.is_notice_title(fold(text)) is expected


@pytest.mark.parametrize("text, date, source, authors, editor", [
    ("2025-04-08 16:20 来源：张家界日报", "2025-04-08 16:20", "张家界日报", (), False),
    ("发布时间：2025-04-07 09:15  来源：桑植县融媒体中心  作者：向 阳", "2025-04-07 09:15", "桑植县融媒体中心",
     ("向阳",), False),
    ("来源：湖南日报客户端 | 2025年04月06日 18:02", "2025年04月06日 18:02", "湖南日报客户端", (), False),
    ("2025/4/6 08:30", "2025/4/6 08:30", None, (), False),
    ("责任编辑：田 甜 审核：覃 勇", None, None, (), True),
    ("【编辑：李 想】", None, None, (), True),
    # issue 18: a government site's line (信息来源, a view counter, the font size control)
    ("发布日期：2025-04-16　信息来源：市统计局　浏览次数：1203", "2025-04-16", "市统计局", (), False),
    ("发布时间：2025-03-02 10:00 来源：县人民政府 【字号：大 中 小】", "2025-03-02 10:00", "县人民政府", (), False),
    # the page's furniture alone: metadata that neither opens nor closes an item
    ("【打印】【关闭】", None, None, (), False),
    ("【打印本页】 【关闭窗口】", None, None, (), False),
    ("点击数：56", None, None, (), False),
    # a reprint's original title (no headline), the outlet of a reprinted text
    ("原标题：高铁新站今日启用 日均发送旅客2万人次", None, None, (), False),
    ("(本文来源：岳阳日报)", None, "岳阳日报", (), False),
])
def test_web_metadata_line(text, date, source, authors, editor):
    folded = fold(text)
    meta = web.metadata(folded)
    assert meta is not None
    assert (folded[slice(*meta.date)] if meta.date else None) == (fold(date) if date else None)
    assert (folded[slice(*meta.source)] if meta.source else None) == source
    assert (meta.credit.authors if meta.credit else ()) == authors
    assert meta.editor is editor and meta.opens is (date is not None or source is not None)


@pytest.mark.parametrize("text, source, reporters", [
    # issue 18: a site names the item's reporter (`记者：…`) among its fields, before or after its date
    ("来源：湘江网  记者：周 全  发布时间：2025-04-09 10:12  责任编辑：彭 程", "湘江网", ("周全",)),
    ("来源：衡阳日报客户端  发布时间：2025-04-09 17:40  记者：欧 明 月", "衡阳日报客户端", ("欧明月",)),
])
def test_web_metadata_line_names_its_reporter(text, source, reporters):
    folded = fold(text)
    meta = web.metadata(folded)
    assert meta is not None and meta.credit is not None
    assert (folded[slice(*meta.source)] if meta.source else None, meta.credit.reporters) == (source, reporters)


@pytest.mark.parametrize("text", [
    "记者：周 全",                      # a reporter's line alone: a byline, no metadata
    "2025年9月8日",                    # a notice's date
    "时间：2025年5月3日上午9时",         # an event notice's time
    "作者：向 阳",                      # a byline
    "2025年全市中学生运动会闭幕",         # a title that opens with a year
    "来源：本报记者在采访中了解到，今年全市新增岗位3000个。",  # a sentence
    "【本报讯】",                        # a dateline in brackets, no control
    "【打印】今天我们去了图书馆",          # a control's word before a sentence
    "【关注】【热点】",                    # bracketed words that are no controls: column labels
    "原标题：",                          # a key with nothing after it
])
def test_no_web_metadata_line(text):
    assert web.metadata(fold(text)) is None


def test_blank_line_has_no_role():
    assert layout.classify(_line(" \u3000 ")) is None


@pytest.mark.parametrize("row", read_cases("bylines"), ids=lambda r: r["text"])
def test_byline_split(row):
    credit = bylines.parse(fold(row["text"]))
    if row["reporters"] == "-":
        assert credit is None
        return
    assert credit is not None
    assert credit.reporters == _names(row["reporters"])
    assert credit.correspondents == _names(row["correspondents"])
    assert credit.photographers == _names(row["photographers"])
    assert credit.authors == _names(row["authors"])


@pytest.mark.xfail(strict=True, reason="a four-character name padded with a space reads as two names")
def test_spaced_compound_surname_name():
    assert bylines.parse("(记者 欧阳 娜娜)").reporters == ("欧阳娜娜",)


@pytest.mark.parametrize("row", read_cases("jumps"), ids=lambda r: r["text"])
def test_jump_marker(row):
    marker = layout.jump_marker(fold(row["text"]))
    if row["direction"] == "-":
        assert marker is None
    else:
        assert marker == layout.Jump(row["direction"], row["page"])


@pytest.mark.parametrize("row", read_cases("datelines"), ids=lambda r: r["text"][:16])
def test_dateline(row):
    found = layout.dateline(fold(row["text"]))
    if row["dateline"] == "-":
        assert found is None
        return
    assert found is not None and found.text == row["dateline"]
    credit = found.credit or bylines.Credit()
    assert credit.reporters == _names(row["reporters"])
    assert credit.correspondents == _names(row["correspondents"])


@pytest.mark.parametrize("row", read_cases("joins"), ids=lambda r: r["left"][-6:] + "|" + r["right"][:4])
def test_join_clues(row):
    left, right = fold(row["left"]), fold(row["right"])
    assert joins.word_across(left, right) == (row["across"] == "yes")
    assert joins.orphaned(left, right) == (row["orphan"] == "yes")


@pytest.mark.parametrize("text, expected", [
    ("学到了不少", False),
    ("发展加速度。", True),
    ("“政策真金白银,企业干劲更足了”。", True),
    ("好政策!”", True),
    ("印发《工作规则》", False),  # ends with a closer but no final mark
    ("义务植树的尽责方式有哪些?", True),
    ("", False),
])
def test_ends_sentence(text, expected):
    assert layout.ends_sentence(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("活”。针对这一情况", True),  # closes a quote it never opened
    (",助力县域经济", True),
    ("》等文件", True),
    ("“大家快拿着,早点回家”", False),
    ("会商会共签约29个项目", False),  # a normal start: the join decides, not the start
    ("(上接第1版)", False),
    ("與。男子組冠軍由本澳跑手奪得", True),  # a sentence of one character: the last of a word broken before it
    ("查。下一步，县市场监管局将", True),
    ("本；安排专项债券资金", True),
    ("好的，我们马上处理。", False),  # counterexamples: a word before the comma or the full stop
    ("是啊。今年的收成确实不错", False),
])
def test_starts_midsentence(text, expected):
    assert layout.starts_midsentence(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("了不少市民前来参观", True),
    ("了解到,今年", False),  # 了解 is a word
    ("的确如此", False),
    ("着力推动基层减负", False),  # 着力 is a word
])
def test_opens_with_enclitic(text, expected):
    assert joins.opens_with_enclitic(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("同比增长12.4%。", True),        # the figure it qualifies stands before the break
    ("环比下降0.6个百分点，", True),
    ("同比数据显示，今年全县…", False),  # no change word in its clause
    ("同时，县里还组织…", False),       # no comparison adverb
    ("比去年同期提高1.2个百分点。", False),  # `比` alone: `opens_with_comparison`, a stronger clue
])
def test_opens_with_compared_change(text, expected):
    assert joins.opens_with_compared_change(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("比上年同期提高1.2个百分点。", True),  # `比` alone, a change word in its clause
    ("比重比上年同期提高2.4个百分点。", True),  # a bare measure of change before it (data/compared_measures.tsv)
    ("增速比上月加快0.5个百分点。", True),
    ("跌幅比上周扩大1.2个百分点，", True),
    ("比赛当天，县体育馆座无虚席。", False),  # counterexamples: `比赛` is a word
    ("比重大幅提高，结构持续优化。", False),  # `比重` alone is no comparison
    ("增速放缓，但总量仍居全省首位。", False),
    ("全市比上年增加新能源汽车1.2万辆。", False),  # a subject that names its owner opens a paragraph
])
def test_opens_with_comparison(text, expected):
    assert joins.opens_with_comparison(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("每天可处理生活垃圾600吨，", True),  # a frequency word, then a modal glued to its verb (`可处理`)
    ("届时将在城东广场设置咨询台。", True),  # a word of time, then an adverb before a preposition
    ("將持續推動產業轉型，", True),  # folded: `将|持续|推动`
    ("并于本月底前完成验收。", True),
    ("还将在春节期间开放夜场。", True),  # one such adverb before another
    ("必须在3日内整改到位。", True),
    ("将全区宣传工作纳入年度考核。", False),  # counterexamples: `将` before a noun is `把`: the clause's object
    ("可市民却不这么看。", False),  # `可` before a noun: a conjunction
    ("可见，这项政策效果明显。", False),  # words of their own: `可见`, `还有`, `会议`
    ("还有部分商户尚未登记。", False),
    ("会议指出，今年全县…", False),
    ("会前，与会人员参观了产业园。", False),  # `会` is no row: it also opens `会前`, `会后`
    ("并不是所有项目都能按期开工。", False),  # `并` before a negation may open a sentence
    ("沿线客流增速比预期加快，", False),  # a subject of its own
    ("同时，县里还组织志愿者上门服务。", False),
    ("按年平均汇率折算约2.3万美元。", True),  # a preposition phrase running to the sentence's end: no subject
    ("以英國及新加坡居多。", True),
    ("按市委统一部署，全市开展安全生产大检查。", False),  # counterexamples: set off by a comma before its subject
    ("经评委现场打分，大赛共评出一等奖3名。", False),  # `经` takes a clause of its own: no row
    ("按规定执行。", False),  # `按规定` is a word of the dictionary, no preposition standing alone
    ("以赛促学 以学促教", False),  # a title: no sentence's end
    ("建成后可带动周边果农就近销售。", True),  # a verb and 后 run on into its clause: `opens_after_its_event`
    ("落成後將提供約500張病床。", True),
    ("建成后年发电量可达3亿千瓦时。", True),
    ("开通后，全县乡村旅游专线将覆盖12个景点。", False),  # counterexamples: set off by a comma before its subject
    ("会后将形成工作清单。", False),  # `会后`, `今后`: words of time, no verb
    ("今后将继续加大投入。", False),
    # known gap: `将` as `把` before a verbal noun (`宣传` is tagged a verb) reads as the adverb
    pytest.param("将宣传工作纳入年度考核。", False, marks=pytest.mark.xfail(strict=True)),
])
def test_opens_without_subject(text, expected):
    assert joins.opens_without_subject(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("消防處亦會加派人手在場戒備，", True),  # folded: a subject, `亦`, then its modal: goes on the text above
    ("县交通局还安排专人疏导车辆。", True),
    ("区教育局也将组织教师培训。", True),
    ("该校还在校内设立服务点。", False),  # counterexamples: a pronoun subject
    ("金管局另公布，上月存款增加1.2%。", False),  # `另公布`: a brief of its own, no adverb of addition
    ("立法會昨日亦通過兩項撥款。", False),  # a day between subject and adverb: a clause of its own
    ("市体育运动学校还举办了冬令营。", False),  # a subject longer than `ADDED_SUBJECT`
    ("还将在春节期间开放夜场。", False),  # no subject: `opens_without_subject`
    ("今年也是全市项目建设年。", False),  # a word of time, no noun subject; `是` is no such predicate here
])
def test_opens_with_addition(text, expected):
    assert joins.opens_with_addition(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("卫生署昨日公布，上周共录得流感个案420宗。", True),  # who, the day, what it did: an item's first sentence
    ("县府农业处今(12)日起发放冬季补助，每户3,000元。", True),  # a Taiwan paper's day in parentheses
    ("海事处前日(9日)在青衣对开海面进行演习，", True),  # a day written twice
    ("市气象局8日发布寒潮蓝色预警，", True),
    ("区人社局本月3日举办招聘会，", True),
    ("将于21日起实施，届时全县中小学放假。", False),  # counterexamples: no actor, the subject stands before the break
    ("活动将在本月13日举行。", False),  # a preposition before the day: the clause goes on a subject before it
    ("目前日均客流约3万人次。", False),  # `目前|日均`: no day word
    ("预计每日可额外提供800个名额。", False),  # `每日` is no day of a report
    ("并于今年上半年推出新平台。", False),
    ("比赛为期两个月，共有48支球队参加。", False),
    ("居民可自今日起到社区服务中心申领补贴。", False),  # `自`, a preposition, before the day: no actor
    ("果农可自今(9)日起向乡公所申请救助，", False),
    ("經濟部昨（9）日舉行投資簽約儀式，", True),  # an actor that opens with a word, not with the opener `经`
    ("经济部水利署第二河川分署昨日在溪畔举行防汛演练，", True),
    ("经县政府同意，今(9)日起实施。", False),  # counterexample: `经` as a preposition opens the sentence
])
def test_opens_dated_report(text, expected):
    assert joins.opens_dated_report(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("2025年，全市固定资产投资比上年增长5.3%，其中制造业投资增长12.6%。", True),  # a year's brief (heldout29)
    ("今年以来，全市新增减税降费及退税缓费31.6亿元。", True),
    ("1至12月，全市规模以上工业增加值2218.6亿元，同比增长8.4%。", True),
    ("前三季度，全县社会消费品零售总额212.6亿元，增长5.3%；", True),
    ("今年，县财政发放耕地地力保护补贴2860万元。", True),
    ("5月份，全市新登记经营主体1.2万户。", True),
    ("2025年我市地区生产总值突破8800亿元", False),  # counterexamples: no comma after the period (a title)
    ("11月单月集装箱吞吐量达11.8万标箱，创历史新高。", False),  # a rest (heldout11/economy_page)
    ("前三季度实现出口额2.8亿元，同比增长18.6%。", False),  # a rest (heldout24/county_news)
    ("2025年，比上年增长5.3%。", False),  # no subject after the comma: a comparison
    ("今年，将持续推进老旧小区改造。", False),  # …or a predicate
    ("3月12日，市图书馆开展读书活动。", False),  # a day, not a period (`_OPENS_WITH_DAY` reads it under titles)
])
def test_opens_with_period(text, expected):
    assert joins.opens_with_period(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("市市场监管局日前公布抽检结果，共抽检样品900批次。", True),  # a body and a recent day
    ("縣府環保局上月針對工業區執行稽查，", True),
    ("宁海海关今年以来共检出不合格商品12批，", True),  # a body and its period
    ("江北国际机场1至5月完成旅客吞吐量36万人次，", True),
    ("截至5月底，全县累计发放贷款2.6亿元，", True),  # clauses before the subject
    ("受寒潮影响，省交通运输厅发布出行提示，", True),
    ("另外，县图书馆将于下周闭馆盘点。", True),
    ("记者从县农业农村局获悉，全县春播已完成八成，", True),
    ("将于本月中旬在县城举办招聘会。", False),  # counterexamples: a predicate goes on the subject before the break
    ("同比增长5.2%，其中出口增长8.1%。", False),
    ("全市1至5月完成旅客吞吐量36万人次，", False),  # `全市` names no body
    ("截至目前已完成投资3亿元。", False),  # no comma closes the clause: the rest of a sentence
    ("记者在现场看到，", False),
])
def test_opens_report_clause(text, expected):
    assert joins.opens_report_clause(fold(text)) is expected




@pytest.mark.parametrize("text, expected", [
    ("昨天，全市第三批重大项目集中签约活动在龙湾区举行。", True),  # a brief's opening (heldout39/economy_page)
    ("9月14日，龙湾区智能电气产业园二期项目开工。", True),
    ("9月14日上午，全市举行重大项目开工仪式。", True),  # the part of the day before the comma
    ("当天，市红十字会举办应急救护培训班。", True),
    ("14日，全市举办招聘会。", True),
    ("昨天召开的会议提出，", False),  # counterexamples: no comma after the day, the day heads a phrase
    ("两大行业合计拉动全市规上工业增长3.1个百分点。", False),  # a rest (heldout39/economy_page)
    ("占全区出口总额的六成以上。", False),  # a rest (heldout40/economy_page)
    ("每天，", False),  # no day of a report
])
def test_opens_with_day(text, expected):
    assert joins.opens_with_day(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("禅城区前三季度建筑陶瓷产量2.86亿平方米，同比下降3.2%。", True),  # heldout40/economy_page
    ("龙湾区前8个月新增市场主体1.26万户。", True),  # heldout39/economy_page
    ("永嘉县今年新增规上企业36家。", True),
    ("南头镇、东凤镇上半年家电产量1280万台，同比增长7.5%。", True),  # places listed (heldout44/economy_page)
    ("李庄古镇今年接待游客120万人次。", True),  # a town (heldout19/economy_page, under its dateline)
    ("南头镇、东凤镇等地家电产量1280万台。", False),  # counterexample: no period after the places
    ("全市前8个月出口总值1896.4亿元。", False),  # counterexamples: `全市`, `我县` name no place of their own
    ("我县上半年实现地区生产总值86.2亿元。", False),
    ("南海区铝型材产业提质扩容", False),  # no period after the place
    ("城区15日起实行交通管制。", False),  # a day, not a period
])
def test_opens_place_period(text, expected):
    assert joins.opens_place_period(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("經濟及科技發展局公布，首四個月本澳新設立公司1,286間。", True),  # heldout43/macau_news
    ("國營臺灣鐵路公司宣布，本月14日至16日將加開南迴線自強號。", True),  # heldout44/taiwan_news
    ("省文化和旅游厅发布，前两个月全省接待国内游客1.42亿人次。", True),
    ("据市统计局公布，上半年全市GDP增长5.1%。", False),  # counterexamples: attributed with `据`
    ("欧盟委员会当天宣布，将拨款29亿欧元。", False),  # a word pointing back to the day above
    ("将于下月公布，", False),  # no body's name before the verb
    ("市统计局表示，", False),  # a verb of saying: `opens_body_saying`'s
])
def test_opens_body_publishing(text, expected):
    assert joins.opens_body_publishing(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("縣府社會處表示，即日起可申請育兒津貼。", True),  # a headless item's opening (heldout42/taiwan_news)
    ("市统计局相关负责人表示，下一步将加强经济运行监测。", True),  # a later paragraph's: its subject is its own
    ("县农业农村局提醒，农户购买农资时要认准正规门店。", True),
    ("醫院管理局表示，已預留額外病床。", True),
    ("县人社局还表示，将继续开展招聘活动。", False),  # counterexamples: an adverb adds to the text above
    ("局长在会上表示，今年将新建学校3所。", False),  # no body named in full, and `会上` points back
    ("据市统计局介绍，前两个月全市工业增长6%。", False),  # attributed: `据`
    ("他表示，活动将持续到月底。", False),  # no body's name
    ("市商务局举办招商推介会，", False),  # no verb of saying ends the first clause
    ("单船上限由180人提高至240人。", False),  # a rest (heldout42/taiwan_news)
])
def test_opens_body_saying(text, expected):
    assert joins.opens_body_saying(fold(text)) is expected


@pytest.mark.parametrize("text, body, authors", [
    ("此次活动不仅让参与者感受到劳动的乐趣。(周利芳)", "此次活动不仅让参与者感受到劳动的乐趣。", ("周利芳",)),
    ("今年以来,该院已在辖区开展巡回审判24场。(叶 青)", "今年以来,该院已在辖区开展巡回审判24场。", ("叶青",)),
    # a collective pen name spaced out like a person's (a place's short form and the unit's), no surname
    ("这是县一中学生近5年来第3次获得一等奖。(屏 宣)", "这是县一中学生近5年来第3次获得一等奖。", ("屏宣",)),
    ("全市口岸通关时间进一步压缩。(甬 关)", "全市口岸通关时间进一步压缩。", ("甬关",)),
    # counterexamples: two role words spaced apart, and a pen name written without its space
    ("本版稿件由县融媒体中心提供。(图 文)", "本版稿件由县融媒体中心提供。(图 文)", ()),
    ("这是县一中学生第3次获得一等奖。(屏宣)", "这是县一中学生第3次获得一等奖。(屏宣)", ()),
    # a Hong Kong brief signed with one character of its writer's name (the page must sign more so)
    ("高等法院上诉法庭昨日驳回上诉,维持原判。(芷)", "高等法院上诉法庭昨日驳回上诉,维持原判。", ("芷",)),
    ("运输署呼吁驾驶人士预留充裕时间。(朗)", "运输署呼吁驾驶人士预留充裕时间。", ("朗",)),
    # counterexamples: a serial's part or end, a jump word, a role word, a part's number: no one named
    ("这是系列报道的第二篇。(下)", "这是系列报道的第二篇。(下)", ()),
    ("全文到此结束。(完)", "全文到此结束。(完)", ()),
    ("本报将继续关注。(续)", "本报将继续关注。(续)", ()),
    ("本版稿件由县融媒体中心提供。(图)", "本版稿件由县融媒体中心提供。(图)", ()),
    ("这是第三部分的内容。(三)", "这是第三部分的内容。(三)", ()),
    # counterexample: the parenthesis stands before the full stop: it is text
    ("内容包括社会工作实务(高级)。", "内容包括社会工作实务(高级)。", ()),
    # counterexample: no full stop before it: a sentence that goes on
    ("活动现场,他对记者说,这是我们共同的心愿(王 强)", "活动现场,他对记者说,这是我们共同的心愿(王 强)", ()),
])
def test_closing_credit_is_cut_from_the_paragraph(text, body, authors):
    info = layout.classify(_line(text, start=10))
    assert info.role == "body"
    assert text[info.body_start - 10:info.body_end - 10] == body == info.body_text
    assert (info.credit.authors if info.credit else ()) == authors


@pytest.mark.parametrize("text, body, page, direction", [
    ("(上接第1版)会商会共签约29个项目。", "会商会共签约29个项目。", "第1版", "from"),
    ("全市新设民营企业1.26万户。(下转第3版)", "全市新设民营企业1.26万户。", "第3版", "to"),
])
def test_inline_jump_markers_are_cut(text, body, page, direction):
    info = layout.classify(_line(text))
    assert info.body_text == body
    marker = info.jump_from if direction == "from" else info.jump_to
    assert marker == layout.Jump(direction, page)


def test_leading_byline_is_marked():
    texts = ["牡丹文化节志愿者招募启动", "本报记者 王芳", "3月12日,记者从团市委获悉,招募工作启动。"]
    lines = [Line(n, 0, 0, t) for n, t in enumerate(texts)]
    infos = layout.classify_page(tuple(lines))
    assert [i.role for i in infos] == ["headline", "byline", "body"]
    assert infos[1].leading_credit


def test_role_words_load_with_known_buckets():
    roles = bylines._roles()
    assert roles["记者"] == "reporters" and roles["通讯员"] == "correspondents" and roles["摄"] == "photographers"


def test_merged_credit_keeps_a_known_name_in_its_role():
    dateline = bylines.parse("(记者 李 明)")
    closing = bylines.parse("(李 明)")
    both = dateline.merged(closing)
    assert both.reporters == ("李明",) and both.authors == ()
    assert bylines.parse("记者 张 慧").merged(bylines.parse("通讯员 李 敏")).correspondents == ("李敏",)


def test_photographer_line_next_to_a_caption_credits_it():
    texts = ["(新华社记者 张三 摄)", "图为游客在黄山风景区观赏云海。", "黄山迎来春季旅游旺季"]
    infos = layout.classify_page(tuple(Line(n, 0, 0, t) for n, t in enumerate(texts)))
    assert infos[0].photo_credit and infos[1].role == "caption"
    assert infos[1].credit.photographers == ("张三",)


def test_caption_credit_goes_to_the_byline_not_the_text():
    text = "3月12日清晨,市民在盆景公园晨练健身,享受春光。 张谢宏 摄"
    info = layout.classify(_line(text))
    assert info.role == "caption" and info.credit.photographers == ("张谢宏",)
    assert info.body_text == "3月12日清晨,市民在盆景公园晨练健身,享受春光。"


def test_jump_words_and_photo_marks_load():
    words = layout._jump_words()
    assert "上接" in words["from"] and "下转" in words["to"] and "版" in words["page"]
    assert bylines._photo_marks() == ("供图", "摄影", "摄")
    assert layout._openers()["”"] == "“" and '"' not in layout._openers()


def test_a_typo_in_a_jump_role_fails_when_the_file_loads(tmp_path, monkeypatch):
    folder = tmp_path / "newsextract" / "data"
    folder.mkdir(parents=True)
    (folder / "jump_markers.tsv").write_text("# source: test\n上接\tfrom\n下转\tot\n", encoding="utf-8")
    monkeypatch.setattr(lexicon.resources, "files", lambda package: tmp_path / "newsextract")
    lexicon.rows.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"jump_markers.tsv:3: column 2 \(role\) is 'ot'"):
            lexicon.rows("jump_markers", 2)
    finally:
        lexicon.rows.cache_clear()


def test_a_photo_mark_that_is_no_photographers_word_fails_when_it_loads(monkeypatch):
    real = lexicon.words
    monkeypatch.setattr(lexicon, "words", lambda n: frozenset({"摄", "拍"}) if n == "photo_marks" else real(n))
    bylines._photo_marks.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="photo_marks.tsv"):
            bylines._photo_marks()
    finally:
        monkeypatch.undo()
        bylines._photo_marks.cache_clear()


# ------------------------------------------------------------------ the shape of the packages
PACKAGE = pathlib.Path(bylines.__file__).resolve().parent.parent


def _module_graph(package: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The modules of `newsextract.<package>`: what each imports of the package, and the
    classes each defines (by the `ast` of its source)."""
    imports: dict[str, set[str]] = {}
    classes: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / package).glob("*.py")):
        name = path.stem
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports[name] = set()
        classes[name] = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:  # `from . import x`, `from .x import y`
                imports[name] |= {node.module} if node.module else {a.name for a in node.names}
    return imports, classes


def _in_cycle(imports: dict[str, set[str]]) -> list[str]:
    """The modules from which an import chain leads back to themselves."""
    def reaches(start: str, goal: str, seen: frozenset[str]) -> bool:
        return any(d == goal or (d not in seen and reaches(d, goal, seen | {d})) for d in imports.get(start, ()))

    return [m for m in imports if reaches(m, m, frozenset())]


@pytest.mark.parametrize("package", ["layout", "dates"])
def test_no_import_cycle_and_no_inheritance_across_files(package):
    imports, classes = _module_graph(package)
    imports.pop("__init__")  # the package's entry imports its modules, none imports it
    assert _in_cycle(imports) == []
    for name in imports:
        for node in ast.walk(ast.parse((PACKAGE / package / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                foreign = {other for other, defined in classes.items() if other != name and bases & defined}
                assert not foreign, f"{package}/{name}.py: {node.name} inherits from a class of {foreign}"


@pytest.mark.parametrize("imports, cycle", [
    ({"a": {"b"}, "b": {"a"}}, ["a", "b"]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, ["a", "b", "c"]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
])
def test_the_cycle_check_can_fail(imports, cycle):
    assert _in_cycle(imports) == cycle


@pytest.mark.parametrize("text, reporters", [
    ("房屋署昨日表示，今年首季共編配公屋單位4,200個。 記者 周 子 謙", ("周子谦",)),  # after the full stop and a space
    ("市民毋須預先登記，即場可獲面試。 本報記者 梁 詠 詩", ("梁咏诗",)),
    ("旅客在機場大樓排隊登機。 記者 何 家 樂 攝", None),  # photographers only: a caption's credit
    ("本報記者會同警方巡查多個工地。", None),              # a sentence, no credit after it
    ("區議員表示將跟進事件 記者 周 子 謙", None),           # no full stop before it: a title's words
    # behind the square Hong Kong papers set before a credit
    ("被告須完成240小時社會服務令。■記者 馮 子 健", ("冯子健",)),
    ("渡輪服務將於周日恢復。■ 本報記者 岑 美 華", ("岑美华",)),
    ("展覽廳內展出逾百件文物。■陳 偉 傑攝", None),           # photographers only: a caption's credit
    ("市民可致電查詢■記者 馮 子 健", None),                  # no full stop before the square
])
def test_a_bare_credit_after_the_last_full_stop_closes_a_paragraph(text, reporters):
    found = bylines.bare_trailing(fold(text))
    assert (found[1].reporters if found else None) == reporters


@pytest.mark.parametrize("text, closes", [
    ("每日可處理約1.5萬個包裹。（港島晨報報道）", True),
    ("抽驗的300個蔬菜樣本全部合格。（東區日報報道）", True),
    ("抽驗的300個蔬菜樣本全部合格。（綜合報道）", False),        # names no paper
    ("抽驗的300個蔬菜樣本全部合格。（記者 何 家 樂報道）", False),  # a reporter's credit, read as one
    ("（港島晨報報道）的內容如下", False),                      # not at the end
])
def test_a_paper_tag_closes_its_item(text, closes):
    assert (bylines.paper_tag(fold(text)) is not None) == closes


@pytest.mark.parametrize("text, expected", [
    ("二、收购点每日8时至18时开放，售粮农户请携带身份证。", True),  # a notice's item (join traps)
    ("（三）咨询电话：0000-1234567。", True),
    ("西岭镇：夏粮收购量1.2万吨，收购价格保持稳定。", True),  # a brief under a column's label
    ("答：尽量避开午后外出，外出时做好防晒。", True),  # an answer
    ("一季度全县夏粮收购量1.2万吨。", False),  # counterexamples: a period, not a section number
    ("5.6万吨夏粮已入库。", False),  # a figure, not `5.`
    ("收购价格保持稳定，农户售粮积极性较高。", False),  # a rest
    ("全县夏粮收购情况如下：", False),  # a colon at the line's end announces a list; nothing after it
])
def test_opens_listed(text, expected):
    assert joins.opens_listed(fold(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("据县粮食和物资储备局统计，今年全县夏粮总产量比去年增加4%。", True),  # join traps
    ("据介绍，收购点每日8时至18时开放。", True),
    ("另据市商务局统计，全市跨境电商进出口增长12%。", True),
    ("据了解的情况看，今年收购价格稳定。", True),  # an attributed clause, however long, up to its comma
    ("据此，县里调整了收购计划。", True),
    ("据悉", False),  # counterexamples: no comma ends the clause
    ("收购价格据市场行情确定，每斤1.3元。", False),  # `据` inside the clause, not its first word
    ("据县粮食局统计今年全县夏粮总产量比去年增加4%和全省其他各县的情况。", False),  # no comma in the first 20
])
def test_opens_attributed(text, expected):
    assert joins.opens_attributed(fold(text)) is expected
