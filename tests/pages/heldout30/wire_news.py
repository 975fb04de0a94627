"""长沙晚报 (长沙市, 湖南省), 2026-02-12 (a Thursday): a `国内国际` wire page.
Features: a column label; fifteen 新华社 items (Beijing ×6, Changsha ×5 one with two reporters and one dated 12日,
Brussels, Washington, London, Tokyo); a headless Changsha item broken after a comma (`…将于明年6月在长沙举办，` |
`省商务厅将提前谋划招展招商…`) with the Brussels item and its after-body headline between; six headlines after their
bodies, nine items without headline. Province-level bodies written short (`省商务厅` ×2, `省公安厅交通警察总队`,
`省农业农村厅`, `省文化和旅游厅`) resolve with 湖南省. Foreign money with conversions (欧元, 日元 `约合X亿元人民币`,
美元). Dates: `11日`/`10日`/`12日` in and after datelines, `同日` ×2 (Brussels' 10日, Changsha's 11日), `上月` after
`1月份` (December 2025), `上年` after `2025年`, `上周` (optional week), `明年6月` (2027), `本月下旬`, `13日至15日`,
`13日`, `2月24日至25日`, `春运前10天（2月2日至11日）`, `春节假期（2月15日至23日）`, `1月末`, `2025年第四季度`.

Written at main commit 7f7a76b, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, quarter, span, up, xun, year

PAPER = "长沙晚报"
PUBLISHED = "2026-02-12"
HOME = {"city": "长沙市", "province": "湖南省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京2月11日电（记者 陈", "body", "W0"),
    ("1月份CPI", "headline", "W0"),                           # after its body
    ("新华社长沙2月11日电（记者 周", "body", "W1"),           # no headline; breaks after a comma
    ("新华社布鲁塞尔", "body", "W2"),
    ("欧盟预计今年", "headline", "W2"),                       # after its body
    ("省商务厅将提前", "body", "W1"),                         # the rest of W1's paragraph
    ("新华社北京2月11日电（记者 叶", "body", "W3"),
    ("春运前10天跨区域", "headline", "W3"),                   # after its body
    ("新华社长沙2月11日电（记者 苏", "body", "W4"),
    ("湖南发布低温", "headline", "W4"),                       # after its body
    ("新华社长沙2月11日电（记者 刘", "body", "W5"),
    ("湖南安排15.6亿元", "headline", "W5"),                   # after its body
    ("新华社北京2月11日电（记者 王", "body", "W6"),           # no headline
    ("新华社华盛顿", "body", "W7"),                           # no headline
    ("新华社北京2月11日电（记者 吴", "body", "W8"),           # no headline
    ("新华社长沙2月11日电（记者 帅", "body", "W9"),           # no headline
    ("新华社北京2月11日电（记者 魏", "body", "W10"),
    ("中央预算内投资下达", "headline", "W10"),                # after its body
    ("新华社北京2月11日电（记者 董", "body", "W11"),          # no headline
    ("新华社长沙2月12日电", "body", "W12"),                   # no headline
    ("新华社伦敦", "body", "W13"),                            # no headline
    ("新华社东京", "body", "W14"),                            # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["陈炜伟"])),
    "W1": dict(byline=byline(reporters=["周勉", "张格"])),
    "W2": dict(byline=byline(reporters=["赵嫣"])),
    "W3": dict(byline=byline(reporters=["叶昊鸣"])),
    "W4": dict(byline=byline(reporters=["苏晓洲"])),
    "W5": dict(byline=byline(reporters=["刘良恒"])),
    "W6": dict(byline=byline(reporters=["王鹏"])),
    "W7": dict(byline=byline(reporters=["熊茂伶"])),
    "W8": dict(byline=byline(reporters=["吴雨"])),
    "W9": dict(byline=byline(reporters=["帅才"])),
    "W10": dict(byline=byline(reporters=["魏玉坤"])),
    "W11": dict(byline=byline(reporters=["董雪"])),
    "W12": dict(byline=byline(reporters=["阳建"])),
    "W13": dict(byline=byline(reporters=["郑博非"])),
    "W14": dict(byline=byline(reporters=["钱铮"])),
}
JOINS = [("新华社长沙2月11日电（记者 周", "省商务厅将提前")]
PHOTOS = {}

D11, D10, D12 = day("2026-02-11"), day("2026-02-10"), day("2026-02-12")
Y25, Y26 = year(2025), year(2026)
JAN = month(2026, 1)
LINES11 = ["陈", "周", "叶", "苏", "刘", "王", "吴", "帅", "魏", "董", "郑", "钱"]
DATES = [D(f"[[2月11日]]电（记者 {c}", D11) for c in LINES11] + [
    D("[[2月10日]]电（记者 赵", D10),
    D("[[2月10日]]电（记者 熊", D10),
    D("[[2月12日]]电（记者 阳", D12),
    D("国家统计局[[11日]]发布", D11),
    D("数据，[[1月份]]，全国", JAN),
    D("降幅比[[上月]]收窄", month(2025, 12)),
    D("\n[[1月份]]CPI", JAN),
    D("获悉，[[2025年]]湖南", Y25),
    D("将于[[明年6月]]在长沙", month(2027, 6)),
    D("欧盟委员会[[10日]]发布", D10),
    D("发布[[冬季]]经济预测报告", (span("2025-12-01", "2026-02-28"), "season"), OPT),   # inside a report's name
    D("预计[[2026年]]欧元区", Y26),
    D("欧盟[[同日]]宣布", D10),
    D("欧盟预计[[今年]]欧元区", Y26),
    D("获悉，[[春运前10天（2月2日至11日）]]，", day("2026-02-02", "2026-02-11")),
    D("\n[[春运前10天]]跨区域", day("2026-02-02", "2026-02-11")),
    D("湖南省气象台[[11日]]发布", D11),
    D("预计[[13日至15日]]湘北", day("2026-02-13", "2026-02-15")),
    D("交通警察总队[[同日]]表示", D11),
    D("将于[[13日]]起视", day("2026-02-13")),
    D("省农业农村厅[[11日]]介绍", D11),
    D("介绍，[[今年]]湖南", Y26),
    D("将于[[本月下旬]]起", xun(2026, 2, 2)),
    D("我国[[11日]]在酒泉", D11),
    D("美国商务部[[10日]]公布", D10),
    D("公布，[[2025年]]美国", Y25),
    D("较[[上年]]扩大", year(2024)),
    D("中国人民银行[[11日]]公布", D11),
    D("公布，[[1月末]]广义货币", xun(2026, 1, 2)),
    D("；[[1月份]]人民币贷款", JAN),
    D("湖南省高级人民法院[[11日]]召开", D11),
    D("通报[[2025年]]全省法院", Y25),
    D("；[[上周]]，全省法院", day("2026-02-02", "2026-02-08"), OPT),    # a week (no grain of its own)
    D("国家发展改革委[[11日]]表示", D11),
    D("下达[[2026年]]第一批", Y26, OPT),                               # a year inside a budget's name
    D("外交部发言人[[11日]]宣布", D11),
    D("将于[[2月24日至25日]]在长沙", day("2026-02-24", "2026-02-25")),
    D("落实[[2026年]]合作计划", Y26, OPT),                             # a year inside a plan's name
    D("省文化和旅游厅[[12日]]介绍", D12),
    D("介绍，[[春节假期（2月15日至23日）]]期间", day("2026-02-15", "2026-02-23")),
    D("英国国家统计局[[11日]]公布", D11),
    D("公布，[[2025年第四季度]]英国", quarter(2025, 4)),
    D("，[[全年]]增长1.3%", Y25, OPT),
    D("日本财务省[[11日]]公布", D11),
    D("公布，[[2025年]]日本", Y25),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
SWT = ["湖南省商务厅"]
EU = ["欧洲联盟", "欧盟"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京2月11日电（记者 陈", "长沙2月11日电（记者 周", "布鲁塞尔", "北京2月11日电（记者 叶", "长沙2月11日电（记者 苏",
    "长沙2月11日电（记者 刘", "北京2月11日电（记者 王", "华盛顿", "北京2月11日电（记者 吴", "长沙2月11日电（记者 帅",
    "北京2月11日电（记者 魏", "北京2月11日电（记者 董", "长沙2月12日电", "伦敦", "东京")] + [
    O("）[[国家统计局]]11日", ["国家统计局"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("）[[欧盟委员会]]10日", ["欧洲联盟委员会", "欧盟委员会"], G),
    O("。[[欧盟]]同日", EU, G),
    O("\n[[欧盟]]预计今年", EU, G),
    O("\n[[省商务厅]]将提前", SWT, G),
    O("记者从[[交通运输部]]获悉", ["中华人民共和国交通运输部", "交通运输部"], G),
    O("）[[湖南省气象台]]11日", ["湖南省气象台"], IN),
    O("。[[省公安厅交通警察总队]]同日", ["湖南省公安厅交通警察总队"], G),
    O("）[[省农业农村厅]]11日", ["湖南省农业农村厅"], G),
    O("在[[酒泉卫星发射中心]]使用", ["酒泉卫星发射中心"], IN),
    O("）[[美国商务部]]10日", ["美国商务部"], G),
    O("）[[中国人民银行]]11日", ["中国人民银行"], G),
    O("）[[湖南省高级人民法院]]11日", ["湖南省高级人民法院"], G),
    O("）[[国家发展改革委]]11日", ["国家发展和改革委员会", "国家发展改革委"], G),
    O("）[[外交部]]发言人", ["中华人民共和国外交部", "外交部"], G),
    O("）[[省文化和旅游厅]]12日", ["湖南省文化和旅游厅"], G),
    O("）[[英国国家统计局]]11日", ["英国国家统计局"], G),
    O("）[[日本财务省]]11日", ["日本财务省"], G),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY, USD, EUR, JPY = "CNY", "USD", "EUR", "JPY"
STATS = [
    S("（CPI）同比上涨[[0.6%]]", "0.6", "%", P, "exact", "全国居民消费价格指数", change=up("上年同期")),
    S("环比上涨[[0.4%]]", "0.4", "%", P, "exact", "全国居民消费价格指数", change=up("上月")),
    S("同比下降[[1.8%]]", "1.8", "%", P, "exact", "全国工业生产者出厂价格指数", change=down("上年同期")),
    S("收窄[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "PPI降幅", change=down("上月")),
    S("CPI同比上涨[[0.6%]]\n", "0.6", "%", P, "exact", "CPI", change=up("上年同期")),
    S("对非贸易额达[[612.4亿元]]", "61240000000", "元", M, "exact", "湖南对非贸易额", currency=CNY),
    S("同比增长[[14.8%]]", "14.8", "%", P, "exact", "湖南对非贸易额", change=up("上年同期")),
    S("规模连续[[5年]]", "5", "年", T, "exact", "居中西部省份首位的年数"),
    S("参展商[[1800家以上]]", "1800", "家", C, "over", "邀请境外采购商和参展商"),
    S("欧元区经济增长[[1.2%]]，通胀", "1.2", "%", P, "exact", "欧元区经济", change=up("上年")),
    S("回落至[[1.9%]]", "1.9", "%", P, "exact", "欧元区通胀率"),
    S("共计[[145亿欧元]]", "14500000000", "欧元", M, "exact", "复苏基金款项", currency=EUR),
    S("（[[约合1190亿元人民币]]）", "119000000000", "元", M, "about", "复苏基金款项", currency=CNY),
    S("欧元区经济增长[[1.2%]]\n", "1.2", "%", P, "exact", "欧元区经济", change=up("上年")),
    S("累计达[[23.8亿人次]]", "2380000000", "人次", C, "exact", "全社会跨区域人员流动量"),
    S("日均[[约2.38亿人次]]", "238000000", "人次", C, "about", "日均跨区域人员流动量"),
    S("同比增长[[4.6%]]", "4.6", "%", P, "exact", "跨区域人员流动量", change=up("上年同期")),
    S("发送旅客[[1.62亿人次]]", "162000000", "人次", C, "exact", "铁路累计发送旅客"),
    S("流动量[[超23亿人次]]", "2300000000", "人次", C, "over", "跨区域人员流动量"),
    S("积雪深度可达[[5至8厘米]]", "5", "厘米", L, "exact", "积雪深度", OPT),                      # a range
    S("播种面积稳定在[[2000万亩以上]]", "20000000", "亩", A, "over", "早稻播种面积"),
    S("补贴资金[[15.6亿元]]", "1560000000", "元", M, "exact", "春耕生产补贴资金", currency=CNY),
    S("湖南安排[[15.6亿元]]", "1560000000", "元", M, "exact", "春耕生产补贴资金", currency=CNY),
    S("成功将[[2颗]]遥感卫星", "2", "颗", C, "exact", "遥感卫星"),
    S("逆差为[[9184亿美元]]", "918400000000", "美元", M, "exact", "美国货物和服务贸易逆差", currency=USD),
    S("扩大[[0.7%]]", "0.7", "%", P, "exact", "美国贸易逆差", change=up("上年")),
    S("货物贸易逆差[[约1.23万亿美元]]", "1230000000000", "美元", M, "about", "美国货物贸易逆差", currency=USD),
    S("余额[[336.2万亿元]]", "3362000000000000", "元", M, "exact", "广义货币（M2）余额", currency=CNY),
    S("同比增长[[7.1%]]", "7.1", "%", P, "exact", "M2余额", change=up("上年同期")),
    S("贷款增加[[5.12万亿元]]", "5120000000000", "元", M, "exact", "1月份人民币贷款增加", currency=CNY),
    S("同比多增[[3200亿元]]", "320000000000", "元", M, "exact", "人民币贷款增量", change=up("上年同期"),
      currency=CNY),
    S("审执结案件[[98.6万件]]", "986000", "件", C, "exact", "全省法院审执结案件"),
    S("同比增长[[3.2%]]", "3.2", "%", P, "exact", "审执结案件", change=up("上年同期")),
    S("追回欠薪[[2.1亿元]]", "210000000", "元", M, "exact", "为农民工追回欠薪", currency=CNY),
    S("预算内投资[[3200亿元]]，", "320000000000", "元", M, "exact", "第一批中央预算内投资", currency=CNY),
    S("安排湖南省[[118亿元]]", "11800000000", "元", M, "exact", "湖南省获得中央预算内投资", currency=CNY),
    S("等项目[[1260个]]", "1260", "个", C, "exact", "支持项目"),
    S("投资下达[[3200亿元]]\n", "320000000000", "元", M, "exact", "中央预算内投资", currency=CNY),
    S("文旅活动[[2300余场]]", "2300", "场", C, "over", "文旅活动"),
    S("消费券[[5000万元]]", "50000000", "元", M, "exact", "文旅消费券", currency=CNY),
    S("接待游客[[超过4500万人次]]", "45000000", "人次", C, "over", "接待游客"),
    S("环比增长[[0.1%]]", "0.1", "%", P, "exact", "英国国内生产总值", change=up("上季度")),
    S("全年增长[[1.3%]]", "1.3", "%", P, "exact", "英国国内生产总值", change=up("上年")),
    S("顺差达[[31.2万亿日元]]", "31200000000000", "日元", M, "exact", "日本经常项目顺差", currency=JPY),
    S("（[[约合1.48万亿元人民币]]）", "1480000000000", "元", M, "about", "日本经常项目顺差", currency=CNY),
    S("同比增长[[6.4%]]", "6.4", "%", P, "exact", "日本经常项目顺差", change=up("上年同期")),
]

EVENTS = [
    E("国家统计局11日发布数据", "announcement", "发布", D11, organizers=["国家统计局"]),
    E("经贸博览会将于明年6月在长沙举办", "exhibition", "博览会", month(2027, 6), location="长沙"),
    E("将提前谋划招展招商", "other", "招展招商", None, organizers=["省商务厅"], opt=True),   # a plan
    E("10日发布冬季经济预测报告", "announcement", "发布", D10, organizers=["欧盟委员会"]),
    E("拨付新一批复苏基金款项", "payout", "拨付", D10, organizers=["欧盟"], participants=["成员国"]),
    E("11日发布低温雨雪冰冻黄色预警", "announcement", "发布", D11, organizers=["湖南省气象台"]),
    E("实施临时交通管制", "traffic", "交通管制", day("2026-02-13"), location="京港澳高速湖南段",
      organizers=["省公安厅交通警察总队"]),
    E("计划早稻播种面积", "production", "播种", Y26, opt=True),                          # a plan
    E("陆续发放到户", "payout", "发放", xun(2026, 2, 2)),
    E("2颗遥感卫星发射升空", "other", "发射", D11, location="酒泉卫星发射中心"),
    E("美国商务部10日公布", "announcement", "公布", D10, organizers=["美国商务部"]),
    E("中国人民银行11日公布", "announcement", "公布", D11, organizers=["中国人民银行"]),
    E("召开新闻发布会", "announcement", "新闻发布会", D11, organizers=["湖南省高级人民法院"]),
    E("集中开展欠薪案件执行专项行动", "legal", "执行", day("2026-02-02", "2026-02-08"),
      organizers=["全省法院"]),
    E("已下达2026年第一批中央预算内投资", "payout", "下达", D11, organizers=["国家发展改革委"]),
    E("外交部发言人11日宣布", "announcement", "宣布", D11, organizers=["外交部"], opt=True),   # a report verb
    E("高官磋商将于2月24日至25日在长沙举行", "meeting", "磋商", day("2026-02-24", "2026-02-25"),
      location="长沙", organizers=["外交部"]),
    E("推出各类文旅活动2300余场", "activity", "推出", day("2026-02-15", "2026-02-23"),
      organizers=["省文化和旅游厅"]),
    E("发放文旅消费券5000万元", "payout", "发放", day("2026-02-15", "2026-02-23"),
      organizers=["省文化和旅游厅"]),
    E("英国国家统计局11日公布", "announcement", "公布", D11, organizers=["英国国家统计局"]),
    E("日本财务省11日公布", "announcement", "公布", D11, organizers=["日本财务省"]),
]
