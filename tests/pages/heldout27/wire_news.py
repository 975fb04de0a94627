"""兰州日报 (兰州市, 甘肃省), 2026-01-21 (a Wednesday): a `国内国际` wire page.
Features: a column label; eleven 新华社 items (Beijing ×2, Lanzhou ×4 one with no reporter, Tokyo, Washington dated
1月19日, London, Berlin, Almaty) and five 中新社 items (Lanzhou ×2, Beijing ×2 one with no reporter, Dunhuang); a
新华社 photo caption (`新华社记者 陈 斌 摄`) that illustrates no item; a join after a comma (`…参加境外展会40场以上，` |
`力争全年外贸进出口突破660亿元。`) with the Tokyo item between; headlines after their bodies; ten items without
headline. Province-level bodies written short (`省商务厅` ×2, `省人大常委会`, `省人民政府`, `省文化和旅游厅`) resolve
with 甘肃省. Foreign money with conversions (日元, 英镑, 欧元, 美元 `约合X元人民币`). Dates: `20日` = 01-20, `19日` =
01-19 (the Washington item), `同日`, `上月` twice (after `12月份` it is November; bare it is the publication's last
month, December), `上年` after `2025年` (2024), `本周四至周日` = 01-22..01-25, `本周五至1月27日`, `本周六` = 01-24
(twice, once in a title), `2月2日起至3月13日`, `2月下旬至3月上旬`, `3月上旬`, `1月` (a title).

Written at main commit 6651c01, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, quarter, span, up, xun, year

PAPER = "兰州日报"
PUBLISHED = "2026-01-21"
HOME = {"city": "兰州市", "province": "甘肃省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京1月20日电（记者 李", "body", "W0"),
    ("2025年全国规上", "headline", "W0"),                     # after its body
    ("中新社兰州1月20日电（记者 冯", "body", "W1"),           # breaks after a comma
    ("新华社东京", "body", "W2"),                             # no headline
    ("力争全年外贸", "body", "W1"),                           # the rest of W1's paragraph
    ("甘肃去年外贸", "headline", "W1"),                       # after its body
    ("新华社兰州1月20日电（记者 王", "body", "W3"),           # no headline
    ("1月19日，游客", "caption", "P0"),                       # 新华社记者 陈 斌 摄, no article
    ("新华社北京1月20日电（记者 赵", "body", "W4"),
    ("1月LPR", "headline", "W4"),                             # after its body
    ("新华社兰州1月20日电  记者", "body", "W5"),              # no headline, no reporter
    ("新华社华盛顿", "body", "W6"),                           # no headline
    ("中新社北京1月20日电  记者", "body", "W7"),              # no headline, no reporter
    ("新华社伦敦", "body", "W8"),
    ("英国4月起", "headline", "W8"),                          # after its body
    ("中新社北京1月20日电（记者 陈", "body", "W9"),           # no headline
    ("中新社兰州1月20日电（记者 丁", "body", "W10"),
    ("冬游甘肃文旅", "headline", "W10"),                      # after its body
    ("新华社兰州1月20日电（记者 张", "body", "W11"),          # no headline
    ("新华社柏林", "body", "W12"),                            # no headline
    ("新华社兰州1月20日电（记者 马", "body", "W13"),          # no headline
    ("中新社敦煌", "body", "W14"),
    ("莫高窟数字展示中心本周六", "headline", "W14"),          # after its body
    ("新华社阿拉木图", "body", "W15"),                        # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["李文博"])),
    "W1": dict(byline=byline(reporters=["冯志军"])),
    "W2": dict(byline=byline(reporters=["孙浩"])),
    "W3": dict(byline=byline(reporters=["王鹏程"])),
    "W4": dict(byline=byline(reporters=["赵雨桐"])),
    "W5": dict(),
    "W6": dict(byline=byline(reporters=["刘晨阳"])),
    "W7": dict(),
    "W8": dict(byline=byline(reporters=["周思远"])),
    "W9": dict(byline=byline(reporters=["陈嘉禾"])),
    "W10": dict(byline=byline(reporters=["丁思雨"])),
    "W11": dict(byline=byline(reporters=["张文静"])),
    "W12": dict(byline=byline(reporters=["郭宁"])),
    "W13": dict(byline=byline(reporters=["马立新"])),
    "W14": dict(byline=byline(reporters=["杨晓敏"])),
    "W15": dict(byline=byline(reporters=["韩继业"])),
}
JOINS = [("中新社兰州1月20日电（记者 冯", "力争全年外贸")]
PHOTOS = {
    "P0": dict(photographers=["陈斌"], article=None),
}

D20, D19 = day("2026-01-20"), day("2026-01-19")
Y26, Y25, Y24 = year(2026), year(2025), year(2024)
CHUNYUN = day("2026-02-02", "2026-03-13")
XH20 = ["北京1月20日电（记者 李", "东京", "兰州1月20日电（记者 王", "北京1月20日电（记者 赵", "兰州1月20日电  记者",
        "伦敦", "兰州1月20日电（记者 张", "柏林", "兰州1月20日电（记者 马", "阿拉木图"]
ZX20 = ["兰州1月20日电（记者 冯", "北京1月20日电  记者", "北京1月20日电（记者 陈", "兰州1月20日电（记者 丁", "敦煌"]
DATELINES20 = [f"新华社{p}" for p in ("北京[[1月20日]]电（记者 李", "东京[[1月20日]]电", "兰州[[1月20日]]电（记者 王",
                                        "北京[[1月20日]]电（记者 赵", "兰州[[1月20日]]电  记者", "伦敦[[1月20日]]电",
                                        "兰州[[1月20日]]电（记者 张", "柏林[[1月20日]]电", "兰州[[1月20日]]电（记者 马",
                                        "阿拉木图[[1月20日]]电")] + [
    f"中新社{p}" for p in ("兰州[[1月20日]]电（记者 冯", "北京[[1月20日]]电  记者", "北京[[1月20日]]电（记者 陈",
                          "兰州[[1月20日]]电（记者 丁", "敦煌[[1月20日]]电")]
DATES = [D(ctx, D20) for ctx in DATELINES20] + [
    D("新华社华盛顿[[1月19日]]电", D19),
    D("国家统计局[[20日]]发布", D20),
    D("数据，[[2025年]]全国规模", Y25),
    D("工业增加值比[[上年]]增长", Y24),                           # the year before the year just named
    D("；其中[[12月份]]同比", month(2025, 12)),
    D("比[[上月]]加快", month(2025, 11)),                         # the month before the month just named
    D("。[[全年]]社会消费品", Y25, OPT),                           # the year just named
    D("\n[[2025年]]全国规上", Y25),
    D("记者[[20日]]从省商务厅", D20),
    D("获悉，[[2025年]]甘肃外贸", Y25),
    D("表示，[[今年]]将组织", Y26),
    D("日本政府[[20日]]在内阁", D20),
    D("通过[[2026财年]]预算案", VAGUE, OPT),                       # a fiscal year inside the budget's name
    D("。[[同日]]，日本财务省", D20),
    D("公布，[[2025年]]日本贸易", Y25),
    D("力争[[全年]]外贸", Y26, OPT),
    D("甘肃[[去年]]外贸", Y25),
    D("有限公司[[20日]]介绍", D20),
    D("介绍，[[今年春运]]自", CHUNYUN, OPT),                       # a travel season named before its dates
    D("自[[2月2日起至3月13日]]，共40天", CHUNYUN),
    D("，[[春运期间]]日均", CHUNYUN, OPT),
    D("\n[[1月19日]]，游客", D19),
    D("拆借中心[[20日]]公布", D20),
    D("均与[[上月]]持平", month(2025, 12)),
    D("\n[[1月]]LPR", month(2026, 1)),
    D("将于[[本周四至周日]]在兰州", day("2026-01-22", "2026-01-25")),
    D("国际货币基金组织[[19日]]发布", D19),
    D("报告，将[[2026年]]全球", Y26),
    D("记者[[20日]]从教育部", D20),
    D("获悉，[[2026年上半年]]中小学", (span("2026-01-01", "2026-06-30"), "quarter"), OPT),   # inside the exam's name
    D("报名将于[[本周五至1月27日]]进行", day("2026-01-23", "2026-01-27")),
    D("笔试定于[[3月14日]]举行", day("2026-03-14")),
    D("英国政府[[20日]]宣布", D20),
    D("将于[[4月1日]]起上调", day("2026-04-01")),
    D("\n英国[[4月]]起上调", month(2026, 4)),
    D("国家公务员局[[20日]]公布", D20),
    D("直属机构[[2026年度]]考试", Y26, OPT),                       # a year inside the exam's name
    D("面试将于[[2月下旬至3月上旬]]进行", (span("2026-02-21", "2026-03-10"), "xun")),
    D("文化和旅游厅[[20日]]在兰州", D20),
    D("持续至[[3月上旬]]", xun(2026, 3, 0)),
    D("全省[[2026年一季度]]重大项目", quarter(2026, 1), OPT),     # inside the activity's name
    D("集中开工活动[[20日]]在", D20),
    D("德国联邦统计局[[20日]]公布", D20),
    D("公布，[[2025年]]德国出口", Y25),
    D("比[[上年]]下降1.1%", Y24),
    D("中级人民法院[[20日]]对", D20),
    D("敦煌研究院[[20日]]宣布", D20),
    D("将于[[本周六]]起闭馆", day("2026-01-24")),
    D("维护，[[2月10日]]恢复", day("2026-02-10")),
    D("开放。[[2025年]]莫高窟", Y25),
    D("展示中心[[本周六]]起闭馆维护\n", day("2026-01-24")),
    D("国家铁路公司[[20日]]在", D20),
    D("双方计划[[今年]]开行", Y26),
    D("。[[去年]]中哈贸易额", Y25),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["甘肃省商务厅"]
LZJ = ["中国铁路兰州局集团有限公司"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in XH20 + ["华盛顿"]] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in ZX20] + [
    O("。 [[新华社]]记者 陈", XH, IN, OPT),                                          # a photo credit
    O("）[[国家统计局]]20日", ["国家统计局"], G),
    O("记者20日从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]表示", SWT, G),
    O("）[[日本政府]]20日", ["日本政府"], G),
    O("同日，[[日本财务省]]公布", ["日本财务省"], G),
    O("）[[中国铁路兰州局集团有限公司]]20日介绍", LZJ, CO),
    O("天，[[兰州局]]预计", LZJ, CO),
    O("）[[中国人民银行]]授权", ["中国人民银行"], G),
    O("授权[[全国银行间同业拆借中心]]20日", ["全国银行间同业拆借中心"], IN),
    O("记者从[[省人大常委会]]获悉", ["甘肃省人民代表大会常务委员会", "甘肃省人大常委会"], G),
    O("审议[[省人民政府]]工作报告", ["甘肃省人民政府"], G, OPT),                    # inside the report's title
    O("）[[国际货币基金组织]]19日", ["国际货币基金组织"], IN),
    O("从[[教育部教育考试院]]获悉", ["教育部教育考试院"], IN),
    O("）[[英国政府]]20日", ["英国政府"], G),
    O("）[[国家公务员局]]20日", ["国家公务员局"], G),
    O("）[[省文化和旅游厅]]20日", ["甘肃省文化和旅游厅"], G),
    O("）[[德国联邦统计局]]20日", ["德国联邦统计局"], G),
    O("）[[兰州市中级人民法院]]20日", ["兰州市中级人民法院"], G),
    O("）[[敦煌研究院]]20日", ["敦煌研究院"], IN),
    O("宣布，[[莫高窟数字展示中心]]将于", ["敦煌研究院莫高窟数字展示中心", "莫高窟数字展示中心"], IN),
    O("\n[[莫高窟数字展示中心]]本周六", ["敦煌研究院莫高窟数字展示中心", "莫高窟数字展示中心"], IN),
    O("）[[中国铁路兰州局集团有限公司]]与", LZJ, CO),
    O("与[[哈萨克斯坦国家铁路公司]]20日", ["哈萨克斯坦国家铁路公司"], CO),
]

C, P, M, T = "count", "percent", "money", "duration"
CNY, USD, EUR, JPY, GBP = "CNY", "USD", "EUR", "JPY", "GBP"
STATS = [
    S("比上年增长[[5.9%]]", "5.9", "%", P, "exact", "规模以上工业增加值", change=up("上年")),
    S("同比增长[[6.2%]]", "6.2", "%", P, "exact", "12月份规模以上工业增加值", change=up("上年同期")),
    S("加快[[0.4个百分点]]", "0.4", "个百分点", P, "exact", "12月份规上工业增加值增速", change=up("上月")),
    S("零售总额[[50.2万亿元]]", "50200000000000", "元", M, "exact", "全年社会消费品零售总额", currency=CNY),
    S("，增长[[4.1%]]。", "4.1", "%", P, "exact", "社会消费品零售总额", change=up("上年")),
    S("工业增加值增长[[5.9%]]\n", "5.9", "%", P, "exact", "规上工业增加值", change=up("上年")),
    S("进出口总值[[618.4亿元]]", "61840000000", "元", M, "exact", "甘肃外贸进出口总值", currency=CNY),
    S("同比增长[[9.7%]]", "9.7", "%", P, "exact", "甘肃外贸进出口总值", change=up("上年同期")),
    S("占比达[[68.5%]]", "68.5", "%", P, "exact", "对共建“一带一路”国家进出口占比"),
    S("境外展会[[40场以上]]", "40", "场", C, "over", "组织企业参加境外展会"),
    S("总额[[约122.3万亿日元]]", "122300000000000", "日元", M, "about", "2026财年预算案总额", currency=JPY),
    S("（[[约合5.6万亿元人民币]]）", "5600000000000", "元", M, "about", "2026财年预算案总额", currency=CNY),
    S("贸易逆差[[约2.9万亿日元]]", "2900000000000", "日元", M, "about", "日本贸易逆差", currency=JPY),
    S("进出口突破[[660亿元]]", "66000000000", "元", M, "over", "全年外贸进出口目标", currency=CNY),
    S("外贸进出口增长[[9.7%]]\n", "9.7", "%", P, "exact", "甘肃外贸进出口", change=up("上年")),
    S("共[[40天]]", "40", "天", T, "exact", "春运时长"),
    S("发送旅客[[1180万人次]]", "11800000", "人次", C, "exact", "兰州局预计发送旅客"),
    S("同比增长[[4.2%]]", "4.2", "%", P, "exact", "兰州局预计发送旅客", change=up("上年同期")),
    S("旅客列车[[46对]]", "46", "对", C, "exact", "日均加开旅客列车"),
    S("，[[1年期]]贷款", "1", "年", T, "exact", "LPR期限", OPT),                       # a product's name
    S("报价利率（LPR）为[[3%]]", "3", "%", P, "exact", "1年期贷款市场报价利率"),
    S("，[[5年期以上]]LPR", "5", "年", T, "over", "LPR期限", OPT),                    # a product's name
    S("LPR为[[3.5%]]", "3.5", "%", P, "exact", "5年期以上贷款市场报价利率"),
    S("上调[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "2026年全球经济增长预期", change=up()),
    S("至[[3.3%]]", "3.3", "%", P, "exact", "2026年全球经济增长预期"),
    S("经济增长[[2.4%]]", "2.4", "%", P, "exact", "美国经济增长预期"),
    S("设考区[[31个]]", "31", "个", C, "exact", "考区"),
    S("每小时[[12.71英镑]]", "12.71", "英镑", M, "exact", "每小时最低工资标准", currency=GBP),
    S("（[[约合121元人民币]]）", "121", "元", M, "about", "每小时最低工资标准", currency=CNY),
    S("涨幅[[4.1%]]", "4.1", "%", P, "exact", "最低工资标准", change=up()),
    S("，[[约270万名]]低收入", "2700000", "名", C, "about", "受益低收入劳动者"),
    S("共有[[约371.8万人]]", "3718000", "人", C, "about", "通过资格审查人数"),
    S("计划招录[[3.8万人]]", "38000", "人", C, "exact", "计划招录人数"),
    S("主题活动[[1200余场]]", "1200", "场", C, "over", "主题活动"),
    S("消费券[[1000万元]]", "10000000", "元", M, "exact", "文旅消费券", currency=CNY),
    S("共开工项目[[386个]]", "386", "个", C, "exact", "集中开工项目"),
    S("总投资[[2150亿元]]", "215000000000", "元", M, "exact", "开工项目总投资", currency=CNY),
    S("分会场开工项目[[58个]]", "58", "个", C, "exact", "兰州市分会场开工项目"),
    S("总投资[[426亿元]]", "42600000000", "元", M, "exact", "兰州市分会场开工项目总投资", currency=CNY),
    S("出口额[[约1.56万亿欧元]]", "1560000000000", "欧元", M, "about", "德国出口额", currency=EUR),
    S("（[[约合12.8万亿元人民币]]）", "12800000000000", "元", M, "about", "德国出口额", currency=CNY),
    S("下降[[1.1%]]", "1.1", "%", P, "exact", "德国出口额", change=down("上年")),
    S("连续[[两年]]下降", "2", "年", T, "exact", "德国出口额连续下降年数"),
    S("有期徒刑[[十二年]]", "12", "年", T, "exact", "主犯刑期", OPT),                # a sentence
    S("罚金[[300万元]]", "3000000", "元", M, "exact", "罚金", currency=CNY),
    S("涉案金额[[逾5.2亿元]]", "520000000", "元", M, "over", "涉案金额", currency=CNY),
    S("集资参与人[[2100余名]]", "2100", "名", C, "over", "集资参与人"),
    S("接待游客[[246.8万人次]]", "2468000", "人次", C, "exact", "莫高窟接待游客"),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "莫高窟接待游客", change=up("上年同期")),
    S("班列[[600列以上]]", "600", "列", C, "over", "计划开行兰州方向班列"),
    S("贸易额[[约440亿美元]]", "44000000000", "美元", M, "about", "中哈贸易额", currency=USD),
    S("（[[约合3150亿元人民币]]）", "315000000000", "元", M, "about", "中哈贸易额", currency=CNY),
]

EVENTS = [
    E("国家统计局20日发布数据", "announcement", "发布", D20, organizers=["国家统计局"]),
    E("组织企业参加境外展会40场以上", "exhibition", "展会", Y26, organizers=["省商务厅"], opt=True),   # a plan
    E("在内阁会议上通过2026财年预算案", "policy", "通过", D20, organizers=["日本政府"]),
    E("同日，日本财务省公布", "announcement", "公布", D20, organizers=["日本财务省"]),
    E("日均加开旅客列车46对", "traffic", "加开", CHUNYUN, organizers=["中国铁路兰州局集团有限公司"]),
    E("游客在兰州黄河铁桥附近观赏冰凌景观", "visit", "观赏", D19, location="兰州黄河铁桥", opt=True),  # a photo
    E("同业拆借中心20日公布", "announcement", "公布", D20,
      organizers=["中国人民银行", "全国银行间同业拆借中心"]),
    E("将于本周四至周日在兰州召开", "meeting", "召开", day("2026-01-22", "2026-01-25"), location="兰州"),
    E("国际货币基金组织19日发布", "announcement", "发布", D19, organizers=["国际货币基金组织"]),
    E("网上报名将于本周五至1月27日进行", "registration", "报名", day("2026-01-23", "2026-01-27"),
      organizers=["教育部教育考试院"]),
    E("笔试定于3月14日举行", "exam", "笔试", day("2026-03-14"), organizers=["教育部教育考试院"]),
    E("将于4月1日起上调至每小时12.71英镑", "policy", "上调", day("2026-04-01"), organizers=["英国政府"]),
    E("国家公务员局20日公布", "announcement", "公布", D20, organizers=["国家公务员局"]),
    E("面试将于2月下旬至3月上旬进行", "exam", "面试", (span("2026-02-21", "2026-03-10"), "xun"),
      organizers=["国家公务员局"]),
    E("启动“冬游甘肃·年味陇原”文旅惠民活动", "activity", "启动", D20, location="兰州",
      organizers=["省文化和旅游厅"], theme="冬游甘肃·年味陇原"),
    E("发放文旅消费券1000万元", "payout", "发放", None, opt=True),                     # a handout inside the campaign
    E("重大项目集中开工活动20日在各市州同步举行", "construction", "开工", D20, location="各市州"),
    E("德国联邦统计局20日公布", "announcement", "公布", D20, organizers=["德国联邦统计局"]),
    E("公开宣判", "legal", "宣判", D20, organizers=["兰州市中级人民法院"]),
    E("主犯被判处有期徒刑十二年", "legal", "判处", D20, opt=True),                       # the same case told again
    E("将于本周六起闭馆维护", "schedule", "闭馆", day("2026-01-24"), location="莫高窟数字展示中心",
      organizers=["敦煌研究院"]),
    E("2月10日恢复开放", "schedule", "开放", day("2026-02-10"), location="莫高窟数字展示中心",
      organizers=["敦煌研究院"]),
    E("签署中欧班列运输合作协议", "signing", "签署", D20, location="阿拉木图",
      organizers=["中国铁路兰州局集团有限公司"], participants=["哈萨克斯坦国家铁路公司"]),
]
