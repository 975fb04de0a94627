"""福州晚报 (福州市, 福建省), 2026-09-17 (a Thursday): a `国内国际` wire page.
Features: a column label; eleven 新华社 items (Beijing ×4 one with no reporter, Fuzhou ×4 one with two reporters,
Manila, Xiamen, Tokyo, Washington) and four 中新社 items (Jakarta, Fuzhou ×3); a join after a comma (`…在福州举办数字
贸易供需对接会，` | `预计邀请境外采购商500家以上。`) with the Manila item between; five headlines after their bodies,
one before its body, ten items without headline. Province-level bodies
written short (`省商务厅` ×2, `省文化和旅游厅`, `省医保局`, `省教育厅`, `省教育考试院`, `省公安厅交通警察总队`)
resolve with 福建省. Foreign money with conversions (美元, 比索, 印尼盾, 日元 `约合X亿元人民币`). Dates: `16日` = 09-16,
`8月份`, `上月` after `8月份` = July, `前8个月` (×4), `本月下旬`, `同日` (×2), `国庆假期（10月1日至7日）`, `国庆假期`
(×2, one in a title), `国庆假期首日（10月1日）`, `10月1日起` (×2), `9月8日至11日`, `本月28日` (×2),
`10月20日至31日`, `去年`, `2030年` (×2).

Written at main commit eb78676, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "福州晚报"
PUBLISHED = "2026-09-17"
HOME = {"city": "福州市", "province": "福建省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京9月16日电（记者 韩", "body", "W0"),
    ("8月份规模以上", "headline", "W0"),                       # after its body
    ("新华社福州9月16日电（记者 许", "body", "W1"),            # breaks after a comma
    ("新华社马尼拉", "body", "W2"),                            # no headline
    ("预计邀请境外", "body", "W1"),                            # the rest of W1's paragraph
    ("福建前8个月", "headline", "W1"),                         # after its body
    ("中新社雅加达", "body", "W3"),                            # no headline
    ("国庆假期小型客车", "headline", "W4"),
    ("新华社北京9月16日电（记者 叶", "body", "W4"),
    ("中新社福州9月16日电（记者 闫", "body", "W5"),            # no headline
    ("新华社福州9月16日电（记者 颜", "body", "W6"),
    ("滨海快线二期开工", "headline", "W6"),                    # after its body
    ("新华社东京", "body", "W7"),                              # no headline
    ("新华社厦门", "body", "W8"),                              # no headline
    ("新华社华盛顿", "body", "W9"),                            # no headline
    ("新华社福州9月16日电（记者 林", "body", "W10"),
    ("长乐机场新航站楼", "headline", "W10"),                   # after its body
    ("新华社福州9月16日电（记者 董", "body", "W11"),           # no headline
    ("中新社福州9月16日电（记者 叶", "body", "W12"),
    ("明年高考报名", "headline", "W12"),                       # after its body
    ("中新社福州9月16日电（记者 龙", "body", "W13"),           # no headline
    ("新华社北京9月16日电（记者 谢", "body", "W14"),           # no headline
    ("新华社北京9月16日电  国务院", "body", "W15"),             # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["韩洁"])),
    "W1": dict(byline=byline(reporters=["许雪毅", "邓倩倩"])),
    "W2": dict(byline=byline(reporters=["刘锴"])),
    "W3": dict(byline=byline(reporters=["李志全"])),
    "W4": dict(byline=byline(reporters=["叶昊鸣"])),
    "W5": dict(byline=byline(reporters=["闫旭"])),
    "W6": dict(byline=byline(reporters=["颜之宏"])),
    "W7": dict(byline=byline(reporters=["钱铮"])),
    "W8": dict(byline=byline(reporters=["付敏"])),
    "W9": dict(byline=byline(reporters=["熊茂伶"])),
    "W10": dict(byline=byline(reporters=["林超"])),
    "W11": dict(byline=byline(reporters=["董建国"])),
    "W12": dict(byline=byline(reporters=["叶秋云"])),
    "W13": dict(byline=byline(reporters=["龙敏"])),
    "W14": dict(byline=byline(reporters=["谢希瑶"])),
    "W15": dict(),
}
JOINS = [("新华社福州9月16日电（记者 许", "预计邀请境外")]
PHOTOS = {}

D16, D15, OCT1 = day("2026-09-16"), day("2026-09-15"), day("2026-10-01")
AUG, JUL = month(2026, 8), month(2026, 7)
JAN_AUG = months(2026, 1, 8)
NATIONAL_DAY = day("2026-10-01", "2026-10-07")
LINES16 = ["韩", "许", "刘", "李", "叶 昊", "闫", "颜", "钱", "付", "林", "董", "叶 秋", "龙", "谢"]
DATES = [D(f"[[9月16日]]电（记者 {c}", D16) for c in LINES16] + [
    D("[[9月16日]]电  国务院", D16),
    D("[[9月15日]]电（记者 熊", D15),
    D("国家统计局[[16日]]发布", D16),
    D("数据，[[8月份]]，全国", AUG),
    D("比[[上月]]加快", JUL),
    D("；[[前8个月]]，全国固定", JAN_AUG),
    D("\n[[8月份]]规模以上", AUG),
    D("获悉，[[前8个月]]，福建", JAN_AUG),
    D("将于[[本月下旬]]在福州", xun(2026, 9, 2)),
    D("菲律宾统计署[[16日]]公布", D16),
    D("，菲律宾[[7月]]出口额", JUL),
    D("菲律宾政府[[同日]]批准", D16),
    D("\n福建[[前8个月]]对东盟", JAN_AUG),
    D("财政部[[16日]]表示", D16),
    D("印尼央行[[同日]]宣布", D16),
    D("\n[[国庆假期]]小型客车", NATIONAL_DAY),
    D("交通运输部[[16日]]发布", D16),
    D("，[[国庆假期（10月1日至7日）]]，全国", NATIONAL_DAY),
    D("预计[[假期]]全社会", NATIONAL_DAY, OPT),                       # the holiday named again
    D("获悉，[[10月1日]]起，福建", OCT1),
    D("。[[国庆假期]]，全省还将", NATIONAL_DAY),
    D("二期工程[[16日]]开工", D16),
    D("预计[[2030年]]建成", year(2030)),
    D("日本财务省[[16日]]公布", D16),
    D("公布，[[8月]]日本出口额", AUG),
    D("获悉，[[9月8日至11日]]举办", day("2026-09-08", "2026-09-11")),
    D("美国商务部[[15日]]公布", D15),
    D("公布，[[8月]]美国零售", AUG),
    D("第二航站楼[[16日]]通过", D16),
    D("将于[[本月28日]]正式", day("2026-09-28")),
    D("新航站楼[[本月28日]]投运", day("2026-09-28")),
    D("获悉，[[10月1日]]起，全省", OCT1),
    D("预计[[每年]]可减轻", VAGUE, OPT),                              # a recurring span
    D("省教育厅[[16日]]发布", D16),
    D("，[[2027年]]福建省普通高考", year(2027), OPT),                  # a year inside the exam's name
    D("将于[[10月20日至31日]]进行", day("2026-10-20", "2026-10-31")),
    D("。[[去年]]全省高考", year(2025)),
    D("\n[[明年]]高考报名", year(2027), OPT),                          # the exam's year, as above
    D("高考报名[[10月20日]]开始", day("2026-10-20")),
    D("获悉，[[国庆假期首日（10月1日）]]全省", OCT1),
    D("商务部[[16日]]公布，前8个月", D16),
    D("公布，[[前8个月]]全国新设立", JAN_AUG),
    D("国务院办公厅[[日前]]印发", VAGUE, OPT),
    D("提出到[[2030年]]培育", year(2030)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZXS = ["中国新闻社", "中新社"]
SWT = ["福建省商务厅"]
XH_AT = ["北京9月16日电（记者 韩", "福州9月16日电（记者 许", "马尼拉", "北京9月16日电（记者 叶",
         "福州9月16日电（记者 颜", "东京", "厦门", "华盛顿", "福州9月16日电（记者 林", "福州9月16日电（记者 董",
         "北京9月16日电（记者 谢", "北京9月16日电  国务院"]
ZXS_AT = ["雅加达", "福州9月16日电（记者 闫", "福州9月16日电（记者 叶", "福州9月16日电（记者 龙"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in XH_AT] + [O(f"[[中新社]]{p}", ZXS, IN, OPT) for p in ZXS_AT] + [
    O("）[[国家统计局]]16日", ["国家统计局"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[菲律宾统计署]]16日", ["菲律宾统计署"], G),
    O("。[[菲律宾政府]]同日", ["菲律宾政府"], G),
    O("）[[印度尼西亚财政部]]16日", ["印度尼西亚财政部"], G),
    O("，[[印尼政府]]将拨款", ["印度尼西亚政府", "印尼政府"], G),
    O("。[[印尼央行]]同日", ["印度尼西亚银行", "印尼央行"], G),
    O("）[[交通运输部]]16日", ["中华人民共和国交通运输部", "交通运输部"], G),
    O("记者从[[省文化和旅游厅]]获悉", ["福建省文化和旅游厅"], G),
    O("记者从[[厦门市商务局]]获悉", ["厦门市商务局"], G),
    O("）[[日本财务省]]16日", ["日本财务省"], G),
    O("）[[美国商务部]]15日", ["美国商务部"], G),
    O("）[[福州长乐国际机场]]第二航站楼", ["福州长乐国际机场"], CO),
    O("记者从[[省医保局]]获悉", ["福建省医疗保障局"], G),
    O("）[[省教育厅]]16日", ["福建省教育厅"], G),
    O("通过[[省教育考试院]]网站", ["福建省教育考试院"], IN, OPT),                   # inside a website's name
    O("记者从[[省公安厅交通警察总队]]获悉", ["福建省公安厅交通警察总队"], G),
    O("）[[商务部]]16日", ["中华人民共和国商务部", "商务部"], G),
    O("  [[国务院办公厅]]日前", ["中华人民共和国国务院办公厅", "国务院办公厅"], G),
]

C, P, M, T, L, A, O_ = "count", "percent", "money", "duration", "length", "area", "other"
CNY, USD, PHP, IDR, JPY = "CNY", "USD", "PHP", "IDR", "JPY"
YOY = up("上年同期")
STATS = [
    S("同比增长[[5.4%]]，比上月", "5.4", "%", P, "exact", "全国规模以上工业增加值", change=YOY),
    S("加快[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "规模以上工业增加值增速", change=up("上月")),
    S("农户）[[34.6万亿元]]", "34600000000000", "元", M, "exact", "全国固定资产投资", currency=CNY),
    S("同比增长[[3.2%]]", "3.2", "%", P, "exact", "全国固定资产投资", change=YOY),
    S("增加值增长[[5.4%]]\n", "5.4", "%", P, "exact", "规模以上工业增加值", change=YOY),
    S("进出口总值[[2386.7亿元]]", "238670000000", "元", M, "exact", "福建对东盟进出口总值", currency=CNY),
    S("同比增长[[9.8%]]，占", "9.8", "%", P, "exact", "福建对东盟进出口总值", change=YOY),
    S("外贸总值的[[26.4%]]", "26.4", "%", P, "exact", "对东盟进出口占全省外贸总值比重"),
    S("出口额达[[68.2亿美元]]", "6820000000", "美元", M, "exact", "菲律宾7月出口额", currency=USD),
    S("（[[约合485亿元人民币]]）", "48500000000", "元", M, "about", "菲律宾7月出口额", currency=CNY),
    S("同比增长[[6.1%]]", "6.1", "%", P, "exact", "菲律宾出口额", change=YOY),
    S("总额[[1200亿比索]]", "120000000000", "比索", M, "exact", "农村道路建设计划总额", currency=PHP),
    S("（[[约合152亿元人民币]]）", "15200000000", "元", M, "about", "农村道路建设计划总额", currency=CNY),
    S("计划在[[3年]]内", "3", "年", T, "under", "计划期限", OPT),                      # a plan's span
    S("乡村道路[[4500公里]]", "4500", "公里", L, "exact", "新建和改造乡村道路"),
    S("采购商[[500家以上]]", "500", "家", C, "over", "邀请境外采购商"),
    S("进出口增长[[9.8%]]\n", "9.8", "%", P, "exact", "福建对东盟进出口", change=YOY),
    S("拨款[[25万亿印尼盾]]", "25000000000000", "印尼盾", M, "exact", "电费补贴拨款", currency=IDR),
    S("（[[约合109亿元人民币]]）", "10900000000", "元", M, "about", "电费补贴拨款", currency=CNY),
    S("全国[[约1800万户]]", "18000000", "户", C, "about", "受补贴的低收入家庭"),
    S("下调[[25个基点]]", "25", "个基点", P, "exact", "基准利率", change=down()),
    S("个基点至[[5.25%]]", "5.25", "%", P, "exact", "基准利率"),
    S("对[[7座以下]]（含7座）", "7", "座", C, "under", "免费通行小型客车座位数", OPT),   # a threshold
    S("将达[[29.5亿人次]]", "2950000000", "人次", C, "exact", "假期跨区域人员流动量"),
    S("日均[[约4.2亿人次]]", "420000000", "人次", C, "about", "日均跨区域人员流动量"),
    S("5A级景区[[10家]]", "10", "家", C, "exact", "首批覆盖5A级景区"),
    S("4A级景区[[108家]]", "108", "家", C, "exact", "首批覆盖4A级景区"),
    S("文旅活动[[1300余场]]", "1300", "场", C, "over", "国庆假期文旅活动"),
    S("全长[[约28.6公里]]", "28.6", "公里", L, "about", "滨海快线二期线路全长"),
    S("设车站[[9座]]", "9", "座", C, "exact", "车站"),
    S("总投资[[约186亿元]]", "18600000000", "元", M, "about", "滨海快线二期总投资", currency=CNY),
    S("同比增长[[4.7%]]", "4.7", "%", P, "exact", "日本出口额", change=YOY),
    S("达[[8.9万亿日元]]", "8900000000000", "日元", M, "exact", "日本8月出口额", currency=JPY),
    S("（[[约合4270亿元人民币]]）", "427000000000", "元", M, "about", "日本8月出口额", currency=CNY),
    S("已连续[[5个月]]", "5", "个月", T, "exact", "出口额同比增长的时长"),
    S("签约项目[[312个]]", "312", "个", C, "exact", "投洽会签约项目"),
    S("总投资[[2468亿元]]", "246800000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("外资项目[[138个]]", "138", "个", C, "exact", "外资项目"),
    S("占比[[44.2%]]", "44.2", "%", P, "exact", "外资项目占比"),
    S("环比增长[[0.6%]]", "0.6", "%", P, "exact", "美国零售销售额", change=up("上月")),
    S("达[[7352亿美元]]", "735200000000", "美元", M, "exact", "美国8月零售销售额", currency=USD),
    S("面积[[约42万平方米]]", "420000", "平方米", A, "about", "新航站楼面积"),
    S("吞吐量[[3600万人次]]", "36000000", "人次", C, "exact", "设计年旅客吞吐量"),
    S("等[[28项]]医疗", "28", "项", C, "exact", "纳入医保支付范围的医疗服务项目"),
    S("负担[[约3.6亿元]]", "360000000", "元", M, "about", "每年减轻参保群众负担", currency=CNY),
    S("人数为[[26.3万人]]", "263000", "人", C, "exact", "去年全省高考报名人数"),
    S("预计达[[210万辆次]]", "2100000", "辆次", C, "exact", "国庆假期首日高速公路车流量"),
    S("平日的[[2倍]]", "2", "倍", O_, "about", "车流量与平日之比", OPT),               # 约 stands apart
    S("等[[12个]]易拥堵", "12", "个", C, "exact", "易拥堵路段"),
    S("外商投资企业[[4.1万家]]", "41000", "家", C, "exact", "新设立外商投资企业"),
    S("同比增长[[11.2%]]", "11.2", "%", P, "exact", "新设立外商投资企业", change=YOY),
    S("外资金额[[5426.7亿元]]", "542670000000", "元", M, "exact", "实际使用外资金额", currency=CNY),
    S("占比达[[36.5%]]", "36.5", "%", P, "exact", "高技术产业占比"),
    S("培育[[10个以上]]", "10", "个", C, "over", "银发经济产业集群"),
]

EVENTS = [
    E("国家统计局16日发布数据", "announcement", "发布", D16, organizers=["国家统计局"]),
    E("在福州举办数字贸易供需对接会", "meeting", "对接会", xun(2026, 9, 2), location="福州",
      organizers=["省商务厅"]),
    E("菲律宾统计署16日公布", "announcement", "公布", D16, organizers=["菲律宾统计署"]),
    E("同日批准一项总额1200亿比索", "policy", "批准", D16, organizers=["菲律宾政府"]),
    E("印尼政府将拨款25万亿印尼盾", "payout", "拨款", None, organizers=["印尼政府"]),
    E("将基准利率下调25个基点", "policy", "下调", D16, organizers=["印尼央行"]),
    E("交通运输部16日发布", "announcement", "发布", D16, organizers=["交通运输部"], opt=True),  # the arrangement told
    E("小型客车免费通行。预计", "traffic", "免费通行", NATIONAL_DAY, organizers=["交通运输部"]),
    E("推行“一码游福建”电子导览服务", "launch", "推行", OCT1, organizers=["省文化和旅游厅"], theme="一码游福建"),
    E("举办各类文旅活动1300余场", "activity", "举办", NATIONAL_DAY),
    E("二期工程16日开工", "construction", "开工", D16, location="福州"),
    E("预计2030年建成通车", "construction", "建成", year(2030), opt=True),                # a plan
    E("日本财务省16日公布", "announcement", "公布", D16, organizers=["日本财务省"]),
    E("举办的第二十六届中国国际投资贸易洽谈会", "exhibition", "洽谈会", day("2026-09-08", "2026-09-11"), opt=True),
    E("共签约项目312个", "signing", "签约", day("2026-09-08", "2026-09-11")),
    E("美国商务部15日公布", "announcement", "公布", D15, organizers=["美国商务部"]),
    E("16日通过竣工验收", "construction", "竣工", D16, location="福州长乐国际机场"),
    E("将于本月28日正式投入运营", "launch", "投入运营", day("2026-09-28"), location="福州长乐国际机场"),
    E("医疗服务项目纳入基本医疗保险支付范围", "policy", "纳入", OCT1, organizers=["省医保局"]),
    E("省教育厅16日发布通知", "announcement", "发布", D16, organizers=["省教育厅"], opt=True),   # the window told
    E("普通高考报名将于10月20日至31日进行", "registration", "报名", day("2026-10-20", "2026-10-31"),
      organizers=["省教育厅"]),
    E("易拥堵路段实施分流管控", "traffic", "分流管控", OCT1, location="沈海高速福州段",
      organizers=["省公安厅交通警察总队"]),
    E("商务部16日公布，前8个月", "announcement", "公布", D16, organizers=["商务部"]),
    E("国务院办公厅日前印发", "policy", "印发", None, organizers=["国务院办公厅"]),
]
