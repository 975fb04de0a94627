"""西宁晚报 (西宁市, 青海省), 2026-02-11 (a Wednesday): a `综合新闻` wire page.
Features: a column label; thirteen 新华社 items (Beijing ×4 one with no reporter, Xining ×3 one with two reporters,
Golmud, Tokyo, London, Seoul, Berlin, New York; two datelined 2月9日), two 中新网 items datelined Xining, one web item
with its title above a metadata line (`来源：中新网  发布时间：2026-02-10 19:36  编辑：马 晓 丽`); a join after a comma
(`…启动“青货过大年” 年货节，` | `组织省内120余家企业…`) with the Tokyo item between; six headlines after their bodies;
nine items without headline. Province-level bodies written short (`省商务厅` ×2, `省生态环境厅`, `省公安厅交通管理局`,
`省教育厅`) resolve with the home province; `青海省文化和旅游厅` is written in full. Foreign money with conversions
(日元, 英镑, 欧元 `约合X亿元人民币`; 美元 without). Dates: `10日` = 02-10 in the 2月10日 items, `9日` = 02-09 in the
2月9日 ones; `上月` after `1月份` is December, `上月` in a 2月10日 item is January; `同日` (Tokyo 02-10, London 02-09),
`本周五` = 02-13, `本周六` = 02-14, `本周四至周五` = 02-12..02-13, `本月28日`, `上月10日`, `去年12月`,
`2025年第四季度`/`去年四季度`, `4月`, `当天` (New York's day), `2月2日` ×2, `截至9日`.

Written at main commit 7f7a76b, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, quarter, span, up, year

PAPER = "西宁晚报"
PUBLISHED = "2026-02-11"
HOME = {"city": "西宁市", "province": "青海省"}

LAYOUT = [
    ("综合新闻", "label", "W0"),
    ("新华社北京2月10日电（记者 王 希", "body", "W0"),
    ("1月份CPI", "headline", "W0"),                          # after its body
    ("新华社西宁2月10日电（记者 李 占", "body", "W1"),        # breaks after a comma
    ("新华社东京", "body", "W2"),                             # no headline
    ("组织省内120余家", "body", "W1"),                        # the rest of W1's paragraph
    ("青海上月社零", "headline", "W1"),                       # after its body
    ("中新网西宁2月10日电（记者 孙", "body", "W3"),           # no headline
    ("新华社伦敦", "body", "W4"),
    ("英国去年四季度", "headline", "W4"),                     # after its body
    ("曹家堡机场春运以来", "headline", "W5"),
    ("来源：中新网", "byline", "W5"),                         # metadata line
    ("记者10日从西宁", "body", "W5"),
    ("新华社北京2月10日电（记者 申", "body", "W6"),           # no headline
    ("新华社首尔", "body", "W7"),                             # no headline
    ("新华社柏林", "body", "W8"),                             # no headline
    ("新华社西宁2月10日电（记者 何", "body", "W9"),
    ("青海空气质量", "headline", "W9"),                       # after its body
    ("中新网西宁2月10日电（记者 李 江", "body", "W10"),       # no headline
    ("新华社格尔木", "body", "W11"),
    ("锂盐项目在格尔木", "headline", "W11"),                  # after its body
    ("新华社北京2月10日电（记者 胡", "body", "W12"),          # no headline
    ("新华社西宁2月10日电（记者 王 大", "body", "W13"),       # no headline
    ("新华社纽约", "body", "W14"),                            # no headline
    ("新华社北京2月10日电  国务院", "body", "W15"),            # no reporter
    ("国新办介绍", "headline", "W15"),                        # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["王希然"])),
    "W1": dict(byline=byline(reporters=["李占轶", "张龙"])),
    "W2": dict(byline=byline(reporters=["钱铮"])),
    "W3": dict(byline=byline(reporters=["孙睿"])),
    "W4": dict(byline=byline(reporters=["郑博非"])),
    "W5": dict(),
    "W6": dict(byline=byline(reporters=["申铖"])),
    "W7": dict(byline=byline(reporters=["陆睿"])),
    "W8": dict(byline=byline(reporters=["褚怡"])),
    "W9": dict(byline=byline(reporters=["何伟"])),
    "W10": dict(byline=byline(reporters=["李江宁"])),
    "W11": dict(byline=byline(reporters=["张龙"])),
    "W12": dict(byline=byline(reporters=["胡浩"])),
    "W13": dict(byline=byline(reporters=["王大千"])),
    "W14": dict(byline=byline(reporters=["刘亚南"])),
    "W15": dict(),
}
JOINS = [("新华社西宁2月10日电（记者 李 占", "组织省内120余家")]
PHOTOS = {}

D10, D09, D02 = day("2026-02-10"), day("2026-02-09"), day("2026-02-02")
JAN, DEC = month(2026, 1), month(2025, 12)
Y25, Y24 = year(2025), year(2024)
LINES10 = ["王 希", "李 占", "钱", "孙", "申", "陆", "褚", "何", "李 江", "张", "胡", "王 大"]
DATES = [D(f"[[2月10日]]电（记者 {c}", D10) for c in LINES10] + [
    D("[[2月10日]]电  国务院", D10),
    D("[[2月9日]]电（记者 郑", D09),
    D("[[2月9日]]电（记者 刘", D09),
    D("国家统计局[[10日]]发布", D10),
    D("数据，[[1月份]]全国", JAN),
    D("涨幅比[[上月]]扩大", DEC),                                    # the month before 1月份
    D("降幅比[[上月]]收窄", DEC),
    D("\n[[1月份]]CPI", JAN),
    D("获悉，[[上月]]青海", JAN),
    D("将于[[本周五]]在", day("2026-02-13")),
    D("日本财务省[[10日]]公布", D10),
    D("，[[2025年]]日本贸易", Y25),
    D("；[[同日]]公布", D10),
    D("，[[去年12月]]日本", DEC),
    D("持续至[[2月22日]]", day("2026-02-22")),
    D("青海[[上月]]社零", JAN),
    D("旅游厅[[10日]]发布", D10),
    D("，[[今冬]]青海冰雪", (span("2025-12-01", "2026-02-28"), "season"), OPT),   # inside the season's name
    D("自[[上月10日]]启动", day("2026-01-10")),
    D("英国国家统计局[[9日]]公布", D09),
    D("，[[2025年第四季度]]英国", quarter(2025, 4)),
    D("英国政府[[同日]]宣布", D09),
    D("将于[[4月]]起", month(2026, 4)),
    D("英国[[去年四季度]]GDP", quarter(2025, 4)),
    D("曹家堡机场[[春运以来]]", VAGUE, OPT),
    D("发布时间：[[2026-02-10]] 19", D10),
    D("记者[[10日]]从西宁", D10),
    D("获悉，[[2月2日]]春运", D02),
    D("，[[本周六]]将迎来", day("2026-02-14")),
    D("迎来[[节前]]客流", VAGUE, OPT),
    D("应急管理部[[10日]]紧急", D10),
    D("资源部[[10日]]公布", D10),
    D("，[[1月]]韩国出口额", JAN),
    D("创[[历年同期]]新高", VAGUE, OPT),
    D("联邦统计局[[10日]]公布", D10),
    D("，[[2025年]]德国出口", Y25),
    D("比[[上年]]下降1.2%", Y24),
    D("获悉，[[2025年]]青海省", Y25),
    D("比[[上年]]提高0.9", Y24),
    D("交通管理局[[10日]]发布", D10),
    D("，[[本周四至周五]]，京藏", day("2026-02-12", "2026-02-13")),
    D("项目[[10日]]在格尔木", D10),
    D("教育部[[10日]]印发", D10),
    D("部署[[春季学期]]开学", VAGUE, OPT),
    D("将于[[本月28日]]开考", day("2026-02-28")),
    D("三大股指[[9日]]涨跌", D09),
    D("截至[[当天]]收盘", D09),
    D("比[[前一交易日]]上涨", VAGUE, OPT),
    D("办公室[[10日]]举行", D10),
    D("，介绍[[春运前期]]运行情况。", VAGUE, OPT),
    D("情况。[[2月2日]]春运", D02),
    D("截至[[9日]]，全社会", D09),
    D("国新办介绍[[春运前期]]", VAGUE, OPT),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZXW = ["中国新闻网", "中新网"]
SWT = ["青海省商务厅"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京2月10日电（记者 王", "西宁2月10日电（记者 李", "东京", "伦敦", "北京2月10日电（记者 申", "首尔", "柏林",
    "西宁2月10日电（记者 何", "格尔木", "北京2月10日电（记者 胡", "西宁2月10日电（记者 王", "纽约",
    "北京2月10日电  国务院")] + [
    O("\n[[中新网]]西宁2月10日电（记者 孙", ZXW, CO, OPT),                          # a website in a dateline
    O("来源：[[中新网]]", ZXW, CO, OPT),
    O("\n[[中新网]]西宁2月10日电（记者 李", ZXW, CO, OPT),
    O("）[[国家统计局]]10日", ["国家统计局"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[日本财务省]]10日", ["日本财务省"], G),
    O("）[[青海省文化和旅游厅]]10日", ["青海省文化和旅游厅"], G),
    O("）[[英国国家统计局]]9日", ["英国国家统计局"], G),
    O("。[[英国政府]]同日", ["英国政府"], G),
    O("向[[国民医疗服务体系]]追加", ["英国国民医疗服务体系", "国民医疗服务体系"], IN, OPT),   # a service system
    O("从[[西宁曹家堡国际机场]]获悉", ["西宁曹家堡国际机场"], CO),
    O("）[[财政部]]、", ["中华人民共和国财政部", "财政部"], G),
    O("、[[应急管理部]]10日", ["中华人民共和国应急管理部", "应急管理部"], G),
    O("）[[韩国产业通商资源部]]10日", ["韩国产业通商资源部"], G),
    O("）[[德国联邦统计局]]10日", ["德国联邦统计局"], G),
    O("记者从[[省生态环境厅]]获悉", ["青海省生态环境厅"], G),
    O("，[[省公安厅交通管理局]]10日", ["青海省公安厅交通管理局"], G),
    O("）[[青海柴达木锂业科技有限公司]]年产", ["青海柴达木锂业科技有限公司"], CO),
    O("在[[格尔木工业园]]投产", ["格尔木工业园管理委员会", "格尔木工业园"], G, OPT),       # a zone, a place
    O("）[[教育部]]10日", ["中华人民共和国教育部", "教育部"], G),
    O("记者从[[省教育厅]]获悉", ["青海省教育厅"], G),
    O("  [[国务院新闻办公室]]10日", ["中华人民共和国国务院新闻办公室", "国务院新闻办公室"], G),
    O("\n[[国新办]]介绍", ["中华人民共和国国务院新闻办公室", "国务院新闻办公室"], G),
]

C, P, M, T, W, O_ = "count", "percent", "money", "duration", "weight", "other"
CNY, JPY, GBP, EUR, USD = "CNY", "JPY", "GBP", "EUR", "USD"
YOY = "上年同期"
STATS = [
    S("同比上涨[[0.8%]]，涨幅", "0.8", "%", P, "exact", "全国居民消费价格指数", change=up(YOY)),
    S("扩大[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "CPI涨幅", change=up("上月")),
    S("同比下降[[1.4%]]", "1.4", "%", P, "exact", "全国工业生产者出厂价格指数", change=down(YOY)),
    S("收窄[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "PPI降幅", change=down("上月")),
    S("CPI同比上涨[[0.8%]]\n", "0.8", "%", P, "exact", "1月份CPI", change=up(YOY)),
    S("零售总额完成[[96.4亿元]]", "9640000000", "元", M, "exact", "青海全省社会消费品零售总额", currency=CNY),
    S("同比增长[[5.2%]]。", "5.2", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("逆差为[[2.65万亿日元]]", "2650000000000", "日元", M, "exact", "日本贸易逆差", currency=JPY),
    S("（[[约合1240亿元人民币]]）", "124000000000", "元", M, "about", "日本贸易逆差", currency=CNY),
    S("顺差[[1.87万亿日元]]", "1870000000000", "日元", M, "exact", "日本经常项目顺差", currency=JPY),
    S("省内[[120余家]]企业", "120", "家", C, "over", "参加年货节企业"),
    S("、[[2000多种]]特色商品", "2000", "种", C, "over", "展销特色商品"),
    S("社零总额同比增长[[5.2%]]", "5.2", "%", P, "exact", "青海社会消费品零售总额", change=up(YOY)),
    S("接待游客[[318.6万人次]]", "3186000", "人次", C, "exact", "冰雪旅游季接待游客"),
    S("旅游收入[[26.3亿元]]", "2630000000", "元", M, "exact", "冰雪旅游季旅游收入", currency=CNY),
    S("分别增长[[12.4%]]", "12.4", "%", P, "exact", "接待游客", change=up(YOY)),
    S("和[[15.1%]]。", "15.1", "%", P, "exact", "旅游收入", change=up(YOY)),
    S("环比增长[[0.2%]]。", "0.2", "%", P, "exact", "英国国内生产总值", change=up("上季度")),
    S("追加拨款[[15亿英镑]]", "1500000000", "英镑", M, "exact", "国民医疗服务体系追加拨款", currency=GBP),
    S("（[[约合146亿元人民币]]）", "14600000000", "元", M, "about", "追加拨款", currency=CNY),
    S("GDP环比增长[[0.2%]]\n", "0.2", "%", P, "exact", "英国GDP", change=up("上季度")),
    S("运送旅客[[超42万人次]]", "420000", "人次", C, "over", "曹家堡机场春运以来运送旅客"),
    S("起降[[3216架次]]", "3216", "架次", C, "exact", "保障航班起降"),
    S("运送旅客[[42.7万人次]]", "427000", "人次", C, "exact", "运送旅客"),
    S("同比增长[[8.9%]]", "8.9", "%", P, "exact", "运送旅客", change=up(YOY)),
    S("有望突破[[2.6万人次]]", "26000", "人次", C, "over", "单日旅客吞吐量"),
    S("救灾资金[[1.2亿元]]", "120000000", "元", M, "exact", "预拨中央自然灾害救灾资金", currency=CNY),
    S("青海获得[[5500万元]]", "55000000", "元", M, "exact", "青海获得救灾资金", currency=CNY),
    S("出口额为[[612亿美元]]", "61200000000", "美元", M, "exact", "韩国1月出口额", currency=USD),
    S("同比增长[[9.3%]]", "9.3", "%", P, "exact", "韩国出口额", change=up(YOY)),
    S("出口额达[[142亿美元]]", "14200000000", "美元", M, "exact", "半导体出口额", currency=USD),
    S("出口总额[[约1.56万亿欧元]]", "1560000000000", "欧元", M, "about", "德国出口总额", currency=EUR),
    S("（[[约合12.3万亿元人民币]]）", "12300000000000", "元", M, "about", "德国出口总额", currency=CNY),
    S("下降[[1.2%]]", "1.2", "%", P, "exact", "德国出口总额", change=down("上年")),
    S("降幅[[超过9%]]", "9", "%", P, "over", "对华出口", change=down("上年")),
    S("天数比例为[[96.8%]]", "96.8", "%", P, "exact", "空气质量优良天数比例"),
    S("提高[[0.9个百分点]]", "0.9", "个百分点", P, "exact", "空气质量优良天数比例", change=up("上年")),
    S("浓度降至[[19微克／立方米]]", "19", "微克/立方米", O_, "exact", "细颗粒物平均浓度"),
    S("天数比例达[[96.8%]]", "96.8", "%", P, "exact", "青海空气质量优良天数比例"),
    S("年产[[3万吨]]电池级", "30000", "吨", W, "exact", "碳酸锂项目年产能", OPT),        # inside the project's name
    S("总投资[[46.5亿元]]", "4650000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("年产值[[约36亿元]]", "3600000000", "元", M, "about", "达产后年产值", currency=CNY),
    S("岗位[[800余个]]", "800", "个", C, "over", "就业岗位"),
    S("报考人数为[[6238人]]", "6238", "人", C, "exact", "艺术类统考报考人数"),
    S("设考点[[4个]]", "4", "个", C, "exact", "考点"),
    S("上涨[[0.4%]]", "0.4", "%", P, "exact", "道琼斯工业平均指数", change=up("前一交易日")),
    S("标准普尔[[500种]]股票", "500", "种", C, "exact", "指数成分股", OPT),               # inside the index's name
    S("下跌[[0.1%]]", "0.1", "%", P, "exact", "标准普尔500种股票指数", change=down("前一交易日")),
    S("累计[[18.6亿人次]]", "1860000000", "人次", C, "exact", "全社会跨区域人员流动量"),
    S("日均[[2.3亿人次]]", "230000000", "人次", C, "exact", "日均跨区域人员流动量"),
]

EVENTS = [
    E("国家统计局10日发布数据", "announcement", "发布", D10, organizers=["国家统计局"]),
    E("启动“青货过大年”年货节", "exhibition", "年货节", day("2026-02-13", "2026-02-22"),
      location="西宁市中心广场", organizers=["省商务厅"], participants=["省内120余家企业"], theme="青货过大年"),
    E("日本财务省10日公布", "announcement", "公布", D10, organizers=["日本财务省"]),
    E("青海省文化和旅游厅10日发布消息", "announcement", "发布", D10, organizers=["青海省文化和旅游厅"]),
    E("冰雪旅游季自上月10日启动", "activity", "启动", day("2026-01-10"), opt=True),      # told in passing
    E("英国国家统计局9日公布", "announcement", "公布", D09, organizers=["英国国家统计局"]),
    E("将于4月起向国民医疗服务体系追加拨款", "payout", "拨款", month(2026, 4), organizers=["英国政府"],
      participants=["国民医疗服务体系"]),
    E("紧急预拨中央自然灾害救灾资金1.2亿元", "payout", "预拨", D10, organizers=["财政部", "应急管理部"]),
    E("韩国产业通商资源部10日公布", "announcement", "公布", D10, organizers=["韩国产业通商资源部"]),
    E("德国联邦统计局10日公布", "announcement", "公布", D10, organizers=["德国联邦统计局"]),
    E("10日发布提示", "announcement", "发布", D10, organizers=["省公安厅交通管理局"], opt=True),   # tells the closure
    E("部分路段将视路况实施临时交通管制", "traffic", "交通管制", day("2026-02-12", "2026-02-13"),
      location="京藏高速西宁至湟源段", organizers=["省公安厅交通管理局"]),
    E("项目10日在格尔木工业园投产", "construction", "投产", D10, location="格尔木工业园",
      organizers=["青海柴达木锂业科技有限公司"]),
    E("教育部10日印发通知", "policy", "印发", D10, organizers=["教育部"]),
    E("完成校园安全隐患排查", "inspection", "排查", None, opt=True),                     # a requirement
    E("统一考试将于本月28日开考", "exam", "考试", day("2026-02-28"), organizers=["省教育厅"]),
    E("举行新闻发布会", "announcement", "新闻发布会", D10, organizers=["国务院新闻办公室"]),
]
