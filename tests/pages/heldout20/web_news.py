"""A page of web articles copied from news sites (no paper, no home), compiled 2025-12-06 (a Saturday).
Features: seven articles from Zhejiang, Sichuan, Guangdong, Jiangsu, Shandong, Yunnan and Henan, each a title line and
metadata lines in varied site styles (`来源：浙江在线  作者：周 立 群  发布时间：2025-12-05 09:30`,
`2025年12月04日 10:12 来源：四川日报`, `发布时间：… 来源：南方网  阅读量：3562`,
`大众网 2025-12-03 18:20 记者 王 晓 东`, `【来源：云南网】【作者： 杨 帆】【时间：…】`,
`2025-12-06 07:45:12 来源：河南日报客户端 编辑：赵 明`: byline lines; an editor is no writer, `作者` an author),
`责任编辑：李 婷` closing an article (byline role, no writer), page chrome (`【字体：大 中 小】`, `分享到：`, a
standalone `阅读量：2816`) and `（原标题：…）` as optional labels, two `相关阅读` labels with their link lines (optional
labels; their dates and figures optional), two captions (one with no credit, one `云南网记者 杨 帆 摄`); paragraphs not
broken.
No home: organizations are written with full names (`杭州市地铁集团有限责任公司`, `四川省人力资源和社会保障厅`,
`中共四川省委组织部`, `深圳市商务局`, `江苏省商务厅`, `山东省高级人民法院`, `云南省人民政府`, `河南省交通运输厅`,
central `文化和旅游部`, `中国民用航空局`); `深圳海关` canonical `中华人民共和国深圳海关`; the news sites and venues
optional. Relative dates resolve against each article's own 发布时间: `今日`/`今天` (12-05 in Hangzhou, 12-06 in Henan),
`昨天` (12-03 in Sichuan and Jiangsu, 12-02 in Shandong), `下周一` (12-08 from Thursday 12-04), `明天` (12-07),
`开幕当天`, `同期` (the 前10个月 just named), `本月中旬`; `今年以来`, `目前`, `开通首月`, `下周一前后`, `去年同期` of a
span up to now, years inside names and `上年` against a 2026 recruitment (2025, optional) optional. Currencies CNY (bare
元) and USD (`18.6亿美元`). Events: launch, fare policy, announcement (three), registration, exam, meeting and signing
at a matchmaking fair, payout, exhibition and signing, traffic control.

Written at main commit a6791c8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, months, span, up, xun, year

PAPER = None
PUBLISHED = "2025-12-06"
HOME = None

LAYOUT = [
    ("杭州地铁12号线一期今日", "headline", "W0"),
    ("来源：浙江在线", "byline", "W0"),                       # metadata: author
    ("【字体：", "label", "W0", OPT),                          # page chrome
    ("记者从杭州市地铁", "body", "W0"),
    ("开通后，杭州地铁", "body", "W0"),
    ("图为杭州地铁", "caption", "P0"),                         # no credit
    ("分享到：", "label", "W0", OPT),                          # page chrome
    ("四川2026年度", "headline", "W1"),
    ("2025年12月04日 10:12", "byline", "W1"),                  # metadata: no writer
    ("（原标题：", "label", "W1", OPT),
    ("昨天，四川省", "body", "W1"),
    ("报名时间为", "body", "W1"),
    ("责任编辑：", "byline", "W1"),                            # an editor: no writer
    ("深圳前10个月", "headline", "W2"),
    ("发布时间：2025-12-05 16:45", "byline", "W2"),            # metadata: no writer
    ("据深圳海关统计", "body", "W2"),
    ("12月4日，深圳市商务局", "body", "W2"),
    ("相关阅读", "label", "W2"),
    ("深圳跨境电商进出口", "label", "W2", OPT),                # a link
    ("前三季度深圳", "label", "W2", OPT),                      # a link
    ("江苏今年已发放", "headline", "W3"),
    ("来源：交汇点新闻", "byline", "W3"),                      # metadata: no writer
    ("记者昨天从江苏省", "body", "W3"),
    ("江苏省商务厅表示", "body", "W3"),
    ("阅读量：2816", "label", "W3", OPT),                      # page chrome
    ("山东法院前10个月", "headline", "W4"),
    ("大众网 2025-12-03", "byline", "W4"),                     # metadata: a reporter
    ("昨天，山东省高级", "body", "W4"),
    ("发布会上，", "body", "W4"),
    ("2025中国国际旅游交易会在昆明", "headline", "W5"),
    ("【来源：云南网】", "byline", "W5"),                      # metadata: author
    ("12月5日，由文化和旅游部", "body", "W5"),
    ("开幕当天，", "body", "W5"),
    ("滇池国际会展中心内", "caption", "P1"),                   # 云南网记者 杨 帆 摄
    ("河南多条高速", "headline", "W6"),
    ("2025-12-06 07:45:12", "byline", "W6"),                   # metadata: an editor, no writer
    ("受降雪天气影响", "body", "W6"),
    ("据河南省气象台", "body", "W6"),
    ("相关阅读", "label", "W6"),
    ("河南启动", "label", "W6", OPT),                          # a link
    ("郑州今冬", "label", "W6", OPT),                          # a link
]

ARTICLES = {
    "W0": dict(byline=byline(authors=["周立群"])),
    "W1": dict(),
    "W2": dict(),
    "W3": dict(),
    "W4": dict(byline=byline(reporters=["王晓东"])),
    "W5": dict(byline=byline(authors=["杨帆"])),
    "W6": dict(),
}
JOINS = []
PHOTOS = {
    "P0": dict(photographers=[], article="W0"),
    "P1": dict(photographers=["杨帆"], article="W5"),
}

D05, D04, D03, D06 = day("2025-12-05"), day("2025-12-04"), day("2025-12-03"), day("2025-12-06")
M1_10 = months(2025, 1, 10)
Y25 = year(2025)
DATES = [
    # W0, published 2025-12-05
    D("一期[[今日]]开通", D05),
    D("发布时间：[[2025-12-05]] 09", D05),
    D("工程[[今天上午10时]]正式", D05),
    D("12号线开通[[首月]]，", VAGUE),
    D("宣布，自[[今天起至12月31日]]，", day("2025-12-05", "2025-12-31")),
    # W1, published 2025-12-04
    D("\n四川[[2026年度]]公务员招录", year(2026), OPT),                     # in the recruitment's name
    D("招录报名[[下周一]]开始", day("2025-12-08")),
    D("\n[[2025年12月04日]] 10", D04),
    D("\n[[昨天]]，四川省", D03),
    D("《四川省[[2026年度]]考试录用", year(2026), OPT),                    # in a document title
    D("比[[上年]]增加412名", year(2025), OPT),                             # the previous recruitment year
    D("报名时间为[[12月8日至12月14日]]", day("2025-12-08", "2025-12-14")),
    D("笔试定于[[2026年1月10日至11日]]举行", day("2026-01-10", "2026-01-11")),
    D("提醒，[[今年]]首次实行", Y25),
    D("截止时间为[[12月16日17时]]", day("2025-12-16")),
    # W2, published 2025-12-05
    D("\n深圳[[前10个月]]进出口", M1_10),
    D("发布时间：[[2025-12-05]] 16", D05),
    D("统计，[[今年前10个月]]，深圳市", M1_10),
    D("。[[同期]]，深圳对东盟", M1_10),
    D("\n[[12月4日]]，深圳市商务局", D04),
    D("举办[[2025]]跨境电商", Y25, OPT),                                  # in the fair's name
    D("。[[1至10月]]，深圳实际", M1_10),
    D("\n[[前三季度]]深圳GDP", (span("2025-01-01", "2025-09-30"), "quarter"), OPT),  # in a link
    # W3, published 2025-12-04
    D("江苏[[今年]]已发放", Y25),
    D("发布时间：[[2025-12-04]] 15", D04),
    D("记者[[昨天]]从江苏省", D03),
    D("获悉，[[今年以来]]，江苏", Y25, OPT),                               # a span up to now
    D("将于[[本月中旬]]下达", xun(2025, 12, 1)),
    D("持续至[[12月31日]]。", day("2025-12-31")),
    # W4, published 2025-12-03
    D("\n山东法院[[前10个月]]审结", M1_10),
    D("大众网 [[2025-12-03]] 18", D03),
    D("\n[[昨天]]，山东省高级", day("2025-12-02")),
    D("通报[[今年以来]]全省法院", Y25, OPT),
    D("。[[1至10月]]，全省法院", M1_10),
    D("全省法院[[今年]]已为", Y25),
    D("“绿色通道”，[[今年以来]]涉企", Y25, OPT),
    D("比[[去年同期]]缩短", year(2024), OPT),                               # the same span last year
    # W5, published 2025-12-05
    D("\n[[2025]]中国国际旅游交易会在昆明开幕", Y25, OPT),                 # in the fair's name
    D("【时间：[[2025-12-05]] 11", D05),
    D("\n[[12月5日]]，由文化", D05),
    D("共同主办的[[2025]]中国", Y25, OPT),
    D("开幕[[当天]]，云南省", D05),
    D("统计，[[今年1至10月]]，云南省", M1_10),
    # W6, published 2025-12-06
    D("\n[[2025-12-06]] 07", D06),
    D("交通运输厅[[今天早上6时]]发布", D06),
    D("。[[目前]]，全省已出动", VAGUE),
    D("预报，[[明天]]起全省", day("2025-12-07")),
    D("但[[下周一前后]]部分", day("2025-12-08"), OPT),                     # an approximate day
    D("郑州[[今冬]]首场", VAGUE),                                          # in a link
]

G, PA, IN, CO = "government", "party", "institution", "company"
HZM = ["杭州市地铁集团有限责任公司"]
SZHG = ["中华人民共和国深圳海关", "深圳海关"]
JSSW = ["江苏省商务厅"]
SDGY = ["山东省高级人民法院"]
HNJT = ["河南省交通运输厅"]
ORGS = [
    O("来源：[[浙江在线]]", ["浙江在线"], CO, OPT),                                      # a news site
    O("记者从[[杭州市地铁集团有限责任公司]]获悉", HZM, CO),
    O("。[[杭州市交通运输局]]表示", ["杭州市交通运输局"], G),
    O("14条。[[杭州市地铁集团有限责任公司]]同时", HZM, CO),
    O("来源：[[四川日报]]", ["四川日报"], CO, OPT),                                      # a source paper
    O("昨天，[[四川省人力资源和社会保障厅]]、", ["四川省人力资源和社会保障厅"], G),
    O("、[[中共四川省委组织部]]联合", ["中共四川省委组织部"], PA),
    O("登录[[四川人事考试网]]进行", ["四川人事考试网"], IN, OPT),                        # a website
    O("。[[四川省人事考试中心]]提醒", ["四川省人事考试中心"], IN),
    O("来源：[[南方网]]", ["南方网"], CO, OPT),
    O("据[[深圳海关]]统计", SZHG, G),
    O("。[[深圳海关]]表示", SZHG, G),
    O("，[[深圳市商务局]]在", ["深圳市商务局"], G),
    O("在[[深圳会展中心]]举办", ["深圳会展中心"], IN, OPT),                              # a venue
    O("来源：[[交汇点新闻]]", ["交汇点新闻"], CO, OPT),
    O("昨天从[[江苏省商务厅]]获悉", JSSW, G),
    O("\n[[江苏省商务厅]]表示", JSSW, G),
    O("\n[[大众网]] 2025", ["大众网"], CO, OPT),
    O("昨天，[[山东省高级人民法院]]举行", SDGY, G),
    O("发布会上，[[山东省高级人民法院]]发布", SDGY, G),
    O("【来源：[[云南网]]】", ["云南网"], CO, OPT),
    O("由[[文化和旅游部]]、", ["中华人民共和国文化和旅游部", "文化和旅游部"], G),
    O("、[[中国民用航空局]]和", ["中国民用航空局"], G),
    O("和[[云南省人民政府]]共同", ["云南省人民政府"], G),
    O("在[[昆明滇池国际会展中心]]开幕", ["昆明滇池国际会展中心"], IN, OPT),              # a venue
    O("当天，[[云南省文化和旅游厅]]与", ["云南省文化和旅游厅"], G),
    O("\n[[滇池国际会展中心]]内", ["昆明滇池国际会展中心", "滇池国际会展中心"], IN, OPT),
    O("[[云南网]]记者 杨", ["云南网"], CO, OPT),
    O("来源：[[河南日报客户端]]", ["河南日报客户端"], CO, OPT),
    O("影响，[[河南省交通运输厅]]今天", HNJT, G),
    O("。[[河南省交通运输厅]]要求", HNJT, G),
    O("据[[河南省气象台]]预报", ["河南省气象台"], IN),
]

C, P, M, T, A, L, W, TE, X = ("count", "percent", "money", "duration", "area", "length", "weight",
                             "temperature", "other")
CNY, USD = "CNY", "USD"
Y = "去年同期"
STATS = [
    S("全长[[约38.4公里]]", "38.4", "公里", L, "about", "12号线一期线路全长"),
    S("设车站[[22座]]", "22", "座", C, "exact", "车站"),
    S("换乘站[[7座]]", "7", "座", C, "exact", "换乘站"),
    S("运行时速[[100公里]]", "100", "公里", X, "exact", "最高运行时速", OPT),           # a speed, 最高 apart
    S("总投资[[约312亿元]]", "31200000000", "元", M, "about", "12号线一期工程总投资", currency=CNY),
    S("将达到[[约562公里]]", "562", "公里", L, "about", "杭州地铁运营总里程"),
    S("预计[[突破450万人次]]", "4500000", "人次", C, "over", "线网日均客运量"),
    S("优化调整[[14条]]", "14", "条", C, "exact", "优化调整公交线路"),
    S("享受[[八折]]优惠", "8", "折", P, "exact", "乘车优惠", OPT),                     # X折
    S("招录公务员[[9860名]]）", "9860", "名", C, "exact", "计划招录公务员", OPT),      # in the 原标题 line
    S("招录公务员[[9860名]]，", "9860", "名", C, "exact", "计划招录公务员"),
    S("增加[[412名]]", "412", "名", C, "exact", "计划招录公务员", change=up("上年")),
    S("共设[[21个]]考区", "21", "个", C, "exact", "考区"),
    S("进出口总额[[3.79万亿元]]\n", "3790000000000", "元", M, "exact", "深圳前10个月进出口总额", currency=CNY),
    S("进出口总额[[3.79万亿元]]，", "3790000000000", "元", M, "exact", "深圳市进出口总额", currency=CNY),
    S("同比增长[[5.2%]]", "5.2", "%", P, "exact", "深圳市进出口总额", change=up(Y)),
    S("出口[[2.36万亿元]]", "2360000000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[4.6%]]", "4.6", "%", P, "exact", "出口", change=up(Y)),
    S("进口[[1.43万亿元]]", "1430000000000", "元", M, "exact", "进口", currency=CNY),
    S("增长[[6.1%]]", "6.1", "%", P, "exact", "进口", change=up(Y)),
    S("东盟进出口[[6126亿元]]", "612600000000", "元", M, "exact", "深圳对东盟进出口", currency=CNY),
    S("外贸总值的[[16.2%]]", "16.2", "%", P, "exact", "对东盟进出口占全市外贸总值"),
    S("全国的[[300余家]]", "300", "家", C, "over", "参会跨境电商企业"),
    S("签约项目[[23个]]", "23", "个", C, "exact", "现场签约项目"),
    S("签约金额[[约48亿元]]", "4800000000", "元", M, "about", "现场签约项目签约金额", currency=CNY),
    S("外资[[18.6亿美元]]", "1860000000", "美元", M, "exact", "深圳实际使用外资", currency=USD),
    S("同比增长[[9.7%]]", "9.7", "%", P, "exact", "深圳实际使用外资", change=up(Y)),
    S("连续[[五年]]居", "5", "年", T, "exact", "连续居全国前列", OPT),                 # in a link
    S("同比增长[[5.3%]]", "5.3", "%", P, "exact", "前三季度深圳GDP", OPT, change=up(Y)),  # in a link
    S("补贴资金[[超120亿元]]\n", "12000000000", "元", M, "over", "江苏今年已发放以旧换新补贴资金",
      currency=CNY),
    S("补贴资金[[超120亿元]]，", "12000000000", "元", M, "over", "消费品以旧换新补贴资金", currency=CNY),
    S("销售额[[逾1260亿元]]", "126000000000", "元", M, "over", "带动汽车、家电等商品销售额", currency=CNY),
    S("消费者[[约980万人次]]", "9800000", "人次", C, "about", "惠及消费者"),
    S("补贴申请达[[38.6万份]]", "386000", "份", C, "exact", "汽车报废更新和置换更新补贴申请"),
    S("阅读量：[[2816]]", "2816", "", C, "exact", "阅读量", OPT),                     # page chrome
    S("阅读量：[[3562]]", "3562", "", C, "exact", "阅读量", OPT),
    S("审结涉企案件[[31.2万件]]\n", "312000", "件", C, "exact", "山东法院前10个月审结涉企案件"),
    S("民商事案件[[31.2万件]]", "312000", "件", C, "exact", "审结涉企民商事案件"),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "审结涉企民商事案件", change=up(Y)),
    S("息诉率达[[91.5%]]", "91.5", "%", P, "exact", "一审服判息诉率"),
    S("发布了[[10起]]", "10", "起", C, "exact", "典型案例"),
    S("已为[[1860家]]中小微企业", "1860", "家", C, "exact", "办理信用修复的中小微企业"),
    S("冻结资金[[约26亿元]]", "2600000000", "元", M, "about", "解除冻结资金", currency=CNY),
    S("缩短至[[52天]]", "52", "天", T, "exact", "涉企案件平均审理周期"),
    S("缩短[[9天]]", "9", "天", T, "exact", "涉企案件平均审理周期", change=down(Y)),
    S("为期[[3天]]", "3", "天", T, "exact", "展会展期"),
    S("展览面积[[约8万平方米]]", "80000", "平方米", A, "about", "展览面积"),
    S("展商[[逾2000家]]", "2000", "家", C, "over", "境内外展商"),
    S("来自[[62个]]国家", "62", "个", C, "exact", "境外展商来自国家和地区"),
    S("与[[12家]]国内外", "12", "家", C, "exact", "签约旅行商"),
    S("海外游客[[约286万人次]]", "2860000", "人次", C, "about", "云南省接待海外游客"),
    S("同比增长[[38.6%]]", "38.6", "%", P, "exact", "云南省接待海外游客", change=up(Y)),
    S("全省[[23个]]高速", "23", "个", C, "exact", "实施临时交通管制的高速公路收费站"),
    S("除雪车辆[[1200余台次]]", "1200", "台次", C, "over", "出动除雪车辆"),
    S("人员[[3800余人次]]", "3800", "人次", C, "over", "出动人员"),
    S("融雪剂[[约560吨]]", "560", "吨", W, "about", "撒布融雪剂"),
    S("实行[[24小时]]值守", "24", "小时", T, "exact", "值守", OPT),                     # a rule's name
    S("可降至[[零下8℃左右]]", "-8", "℃", TE, "about", "最低气温"),
]

EVENTS = [
    E("一期工程今天上午10时正式开通初期运营", "launch", "开通", D05, organizers=["杭州市地铁集团有限责任公司"]),
    E("沿线公交线路将同步优化调整14条", "traffic", "优化调整", None, organizers=["杭州市交通运输局"],
      opt=True),                                                                      # a plan, undated
    E("乘坐12号线可享受八折优惠", "policy", "享受八折优惠", day("2025-12-05", "2025-12-31"),
      organizers=["杭州市地铁集团有限责任公司"]),
    E("联合发布《四川省2026年度考试录用公务员公告》", "announcement", "发布", D03,
      organizers=["四川省人力资源和社会保障厅", "中共四川省委组织部"]),
    E("报名时间为12月8日至12月14日", "registration", "报名", day("2025-12-08", "2025-12-14"),
      location="四川人事考试网"),
    E("笔试定于2026年1月10日至11日举行", "exam", "笔试", day("2026-01-10", "2026-01-11")),
    E("考生缴费截止时间为12月16日17时", "registration", "缴费", day("2025-12-16"), opt=True),  # part of the window
    E("举办2025跨境电商出海对接会", "meeting", "对接会", D04, location="深圳会展中心",
      organizers=["深圳市商务局"], participants=["跨境电商企业"]),
    E("现场签约项目23个", "signing", "签约", D04, location="深圳会展中心"),
    E("江苏累计发放消费品以旧换新补贴资金", "payout", "发放", Y25, opt=True),               # a year summary
    E("补贴资金将于本月中旬下达各设区市", "payout", "下达", xun(2025, 12, 1), organizers=["江苏省商务厅"],
      participants=["各设区市"]),
    E("全省家电以旧换新活动将持续至12月31日", "activity", "活动", span("2025-12-04", "2025-12-31"), opt=True),
    E("山东省高级人民法院举行新闻发布会", "announcement", "新闻发布会", day("2025-12-02"),
      organizers=["山东省高级人民法院"]),
    E("全省法院共审结涉企民商事案件", "legal", "审结", M1_10, opt=True),                   # a summary
    E("发布了10起依法平等保护民营企业产权典型案例", "announcement", "发布", day("2025-12-02"),
      organizers=["山东省高级人民法院"], opt=True),                                    # at the same conference
    E("旅游交易会在昆明滇池国际会展中心开幕", "exhibition", "交易会", day("2025-12-05", "2025-12-07"),
      location="昆明滇池国际会展中心", organizers=["文化和旅游部", "中国民用航空局", "云南省人民政府"]),
    E("签订入滇客源合作协议", "signing", "签订", D05, organizers=["云南省文化和旅游厅"],
      participants=["12家国内外旅行商"]),
    E("观众在东南亚展区参观", "visit", "参观", D05, location="滇池国际会展中心", opt=True),  # a caption
    E("今天早上6时发布消息", "announcement", "发布", D06, organizers=["河南省交通运输厅"],
      opt=True),  # tells of the control
    E("高速公路收费站实施临时交通管制", "traffic", "交通管制", D06, location="全省23个高速公路收费站",
      organizers=["河南省交通运输厅"]),
    E("全省已出动除雪车辆1200余台次", "activity", "出动", None, opt=True),                   # a running total
    E("要求各地加强路面巡查", "inspection", "巡查", None, organizers=["河南省交通运输厅"], opt=True),  # a directive
]
