"""昆明日报 (昆明市, 云南省), 2026-06-23 (a Tuesday): a `国内国际` wire page.
Features: a column label; twelve 新华社 items (Beijing ×4 one with no reporter, Kunming ×5 one with two reporters
`杨 静、庄 琳 琳`, Vientiane, Geneva, Phnom Penh) and three 中新社 items (Bangkok, Kunming, Beijing); a join after a
comma (`…举办跨境电商供需对接会，` | `预计邀请南亚东南亚国家采购商400家以上。`) with the Vientiane item between;
headlines after their bodies and one before (`端午假期云南接待游客…`); nine items without headline. Province-level
bodies written short (`省商务厅`, `省文化和旅游厅`, `省公安厅交通管理局`, `省农业农村厅`) resolve with the home
province. Foreign money with conversions (美元, 老挝基普, 泰铢 `约合X元人民币`). Dates: datelines `6月22日`, `22日`,
`当地时间22日` = 06-22, `同日` ×2, `截至21日`, `23日至25日`, `今年1月1日至6月21日`, `端午假期` = 06-19..06-21 (×3),
`7月1日起` ×3, `7月中旬` ×2, `上半年`, `二季度`, `1至5月`, `前5个月`, `上年` ×2.

Written at main commit 8df73af, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, month, months, quarter, span, up, xun, year

PAPER = "昆明日报"
PUBLISHED = "2026-06-23"
HOME = {"city": "昆明市", "province": "云南省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京6月22日电（记者 戴", "body", "W0"),
    ("5月份全社会用电量", "headline", "W0"),                  # after its body
    ("新华社昆明6月22日电（记者 杨", "body", "W1"),           # breaks after a comma
    ("新华社万象", "body", "W2"),                             # no headline
    ("预计邀请南亚", "body", "W1"),                           # the rest of W1's paragraph
    ("云南前5个月", "headline", "W1"),                        # after its body
    ("中新社曼谷", "body", "W3"),                             # no headline
    ("新华社昆明6月22日电（记者 岳", "body", "W4"),
    ("中老铁路累计", "headline", "W4"),                       # after its body
    ("新华社北京6月22日电（记者 于", "body", "W5"),           # no headline
    ("中新社昆明", "body", "W6"),
    ("昆明国际花卉展开幕", "headline", "W6"),                 # after its body
    ("端午假期云南", "headline", "W7"),                       # before its body
    ("新华社昆明6月22日电（记者 林", "body", "W7"),
    ("新华社昆明6月22日电（记者 陈 聪", "body", "W8"),        # no headline
    ("新华社日内瓦", "body", "W9"),                           # no headline
    ("中新社北京", "body", "W10"),                            # no headline
    ("新华社北京6月22日电（记者 彭", "body", "W11"),
    ("新版医保目录", "headline", "W11"),                      # after its body
    ("新华社昆明6月22日电（记者 字", "body", "W12"),          # no headline
    ("新华社金边", "body", "W13"),                            # no headline
    ("新华社北京6月22日电  中国人民银行", "body", "W14"),      # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["戴小河"])),
    "W1": dict(byline=byline(reporters=["杨静", "庄琳琳"])),
    "W2": dict(byline=byline(reporters=["章建华"])),
    "W3": dict(byline=byline(reporters=["李映民"])),
    "W4": dict(byline=byline(reporters=["岳冉冉"])),
    "W5": dict(byline=byline(reporters=["于文静"])),
    "W6": dict(byline=byline(reporters=["缪超"])),
    "W7": dict(byline=byline(reporters=["林碧锋"])),
    "W8": dict(byline=byline(reporters=["陈聪"])),
    "W9": dict(byline=byline(reporters=["陈斌杰"])),
    "W10": dict(byline=byline(reporters=["刘亮"])),
    "W11": dict(byline=byline(reporters=["彭韵佳"])),
    "W12": dict(byline=byline(reporters=["字强"])),
    "W13": dict(byline=byline(reporters=["吴长伟"])),
    "W14": dict(),
}
JOINS = [("新华社昆明6月22日电（记者 杨", "预计邀请南亚")]
PHOTOS = {}

D22 = day("2026-06-22")
JAN_MAY = months(2026, 1, 5)
DUANWU = day("2026-06-19", "2026-06-21")
JUL1 = day("2026-07-01")
MID_JUL = xun(2026, 7, 1)
DATELINES = ["新华社北京6月22日电（记者 戴", "新华社昆明6月22日电（记者 杨", "新华社万象6月22日电",
             "中新社曼谷6月22日电", "新华社昆明6月22日电（记者 岳", "新华社北京6月22日电（记者 于",
             "中新社昆明6月22日电", "新华社昆明6月22日电（记者 林", "新华社昆明6月22日电（记者 陈 聪",
             "新华社日内瓦6月22日电", "中新社北京6月22日电", "新华社北京6月22日电（记者 彭",
             "新华社昆明6月22日电（记者 字", "新华社金边6月22日电", "新华社北京6月22日电  中国人民银行"]


DATES = [D(p.replace("6月22日", "[[6月22日]]", 1), D22) for p in DATELINES] + [
    D("国家能源局[[22日]]发布", D22),
    D("数据，[[5月份]]全社会", month(2026, 5)),
    D("；[[1至5月]]，全社会", JAN_MAY),
    D("\n[[5月份]]全社会用电量", month(2026, 5)),
    D("获悉，[[1至5月]]，云南", JAN_MAY),
    D("将于[[7月中旬]]在昆明", MID_JUL),
    D("老挝国家银行[[22日]]公布", D22),
    D("，[[今年前5个月]]老挝", JAN_MAY),
    D("。[[同日]]，老挝政府", D22),
    D("自[[7月1日]]起将全国", JUL1),
    D("\n云南[[前5个月]]对东盟", JAN_MAY),
    D("体育部[[当地时间22日]]公布", D22),
    D("，[[今年1月1日至6月21日]]，泰国", day("2026-01-01", "2026-06-21")),
    D("截至[[21日]]，中老铁路", day("2026-06-21")),
    D("。[[端午假期]]3天，中老", DUANWU),
    D("农业农村部[[22日]]联合", D22),
    D("较[[上年]]增加0.6亿元", year(2025)),
    D("花卉展[[22日]]在斗南", D22),
    D("。[[同日]]，主办方", D22),
    D("\n[[端午假期]]云南接待", DUANWU),
    D("文化和旅游厅[[22日]]发布", D22),
    D("数据，[[端午假期]]全省", DUANWU),
    D("。[[假期]]3天，石林", DUANWU, OPT),                         # the holiday named by its word alone
    D("交通管理局[[22日]]发布", D22),
    D("，[[23日至25日]]，昭通", day("2026-06-23", "2026-06-25")),
    D("世界贸易组织[[当地时间22日]]发布", D22),
    D("在[[二季度]]保持", quarter(2026, 2)),
    D("海关总署[[22日]]公布", D22),
    D("，[[前5个月]]我国", JAN_MAY),
    D("国家医保局[[22日]]表示", D22),
    D("将于[[7月1日]]起正式实施", JUL1),
    D("预计[[今年]]可为", year(2026)),
    D("\n新版医保目录[[7月1日]]起", JUL1),
    D("比[[上年]]增产2.4%", year(2025)),
    D("将于[[7月中旬]]发布", MID_JUL),
    D("发布[[上半年]]全国夏粮", (span("2026-01-01", "2026-06-30"), "quarter")),
    D("运输部[[22日]]说", D22),
    D("中国人民银行[[22日]]公布", D22),
    D("公布，[[6月]]贷款市场", month(2026, 6)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["云南省商务厅"]
ASEAN = ["东南亚国家联盟", "东盟"]
ZLTL = ["老中铁路有限公司", "中老铁路"]
ORGS = [O(p.replace("新华社", "[[新华社]]", 1) if p.startswith("新华社") else p.replace("中新社", "[[中新社]]", 1),
          XH if p.startswith("新华社") else ZX, IN, OPT) for p in DATELINES] + [
    O("）[[国家能源局]]22日", ["国家能源局"], G),
    O("记者从[[云南省商务厅]]获悉", SWT, G),
    O("云南对[[东盟]]进出口总值", ASEAN, G, OPT),                     # a bloc as a trade area
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[老挝国家银行]]22日", ["老挝国家银行"], G),
    O("。同日，[[老挝政府]]宣布", ["老挝政府", "老挝人民民主共和国政府"], G),
    O("前5个月对[[东盟]]进出口", ASEAN, G, OPT),
    O("）[[泰国旅游和体育部]]当地时间", ["泰国旅游和体育部"], G),
    O("记者从[[中国铁路昆明局集团有限公司]]获悉", ["中国铁路昆明局集团有限公司"], CO),
    O("截至21日，[[中老铁路]]累计", ZLTL, CO, OPT),                   # a railway line
    O("3天，[[中老铁路]]国内段", ZLTL, CO, OPT),
    O("\n[[中老铁路]]累计发送", ZLTL, CO, OPT),
    O("）[[财政部]]、", ["中华人民共和国财政部", "财政部"], G),
    O("、[[农业农村部]]22日", ["中华人民共和国农业农村部", "农业农村部"], G),
    O("在[[斗南国际花卉产业园]]开幕", ["斗南国际花卉产业园"], IN, OPT),   # a venue
    O("）[[省文化和旅游厅]]22日", ["云南省文化和旅游厅"], G),
    O("，[[省公安厅交通管理局]]22日", ["云南省公安厅交通管理局"], G),
    O("）[[世界贸易组织]]当地时间", ["世界贸易组织"], G),
    O("）[[海关总署]]22日", ["中华人民共和国海关总署", "海关总署"], G),
    O("其中对[[东盟]]进出口3.1", ASEAN, G, OPT),
    O("，[[东盟]]继续保持", ASEAN, G, OPT),
    O("）[[国家医保局]]22日", ["国家医疗保障局", "国家医保局"], G),
    O("记者从[[省农业农村厅]]获悉", ["云南省农业农村厅"], G),
    O("。[[国家统计局]]将于", ["国家统计局"], G),
    O("）[[柬埔寨公共工程和运输部]]22日", ["柬埔寨公共工程和运输部"], G),
    O("  [[中国人民银行]]22日", ["中国人民银行"], G),
]

C, P, M, T, W, L, A, EN, O_ = "count", "percent", "money", "duration", "weight", "length", "area", "energy", "other"
CNY, USD, LAK, THB = "CNY", "USD", "LAK", "THB"
YOY = up("上年同期")
STATS = [
    S("用电量[[8426亿千瓦时]]", "842600000000", "千瓦时", EN, "exact", "5月份全社会用电量"),
    S("同比增长[[5.6%]]；", "5.6", "%", P, "exact", "5月份全社会用电量", change=YOY),
    S("累计[[4.12万亿千瓦时]]", "4120000000000", "千瓦时", EN, "exact", "1至5月全社会用电量"),
    S("同比增长[[5.9%]]", "5.9", "%", P, "exact", "1至5月全社会用电量", change=YOY),
    S("用电量增长[[9.3%]]", "9.3", "%", P, "exact", "第三产业用电量", change=YOY),
    S("同比增长[[5.6%]]\n", "5.6", "%", P, "exact", "5月份全社会用电量", change=YOY),
    S("进出口总值[[698.4亿元]]", "69840000000", "元", M, "exact", "云南对东盟进出口总值", currency=CNY),
    S("同比增长[[14.6%]]", "14.6", "%", P, "exact", "云南对东盟进出口总值", change=YOY),
    S("外贸总值的[[41.2%]]", "41.2", "%", P, "exact", "对东盟进出口占全省外贸总值比重"),
    S("直接投资[[9.6亿美元]]", "960000000", "美元", M, "exact", "老挝吸引外商直接投资", currency=USD),
    S("（[[约合69亿元人民币]]）", "6900000000", "元", M, "about", "老挝吸引外商直接投资", currency=CNY),
    S("同比增长[[18%]]", "18", "%", P, "exact", "老挝吸引外商直接投资", change=YOY),
    S("每月[[250万老挝基普]]", "2500000", "老挝基普", M, "exact", "老挝全国最低月工资", currency=LAK),
    S("（[[约合830元人民币]]）", "830", "元", M, "about", "老挝全国最低月工资", currency=CNY),
    S("采购商[[400家以上]]", "400", "家", C, "over", "预计邀请采购商"),
    S("进出口增长[[14.6%]]\n", "14.6", "%", P, "exact", "云南对东盟进出口", change=YOY),
    S("外国游客[[1650万人次]]", "16500000", "人次", C, "exact", "泰国接待外国游客"),
    S("中国游客[[约262万人次]]", "2620000", "人次", C, "about", "泰国接待中国游客"),
    S("旅游收入[[约7900亿泰铢]]", "790000000000", "泰铢", M, "about", "泰国旅游收入", currency=THB),
    S("（[[约合1580亿元人民币]]）", "158000000000", "元", M, "about", "泰国旅游收入", currency=CNY),
    S("发送旅客[[突破5200万人次]]，", "52000000", "人次", C, "over", "中老铁路累计发送旅客"),
    S("运输货物[[超6500万吨]]", "65000000", "吨", W, "over", "中老铁路累计运输货物"),
    S("跨境货物[[逾1500万吨]]", "15000000", "吨", W, "over", "跨境货物"),
    S("端午假期[[3天]]，中老", "3", "天", T, "exact", "端午假期天数"),
    S("旅客列车[[84列]]", "84", "列", C, "exact", "日均开行旅客列车"),
    S("发送旅客[[突破5200万人次]]\n", "52000000", "人次", C, "over", "中老铁路累计发送旅客"),
    S("救灾资金[[48.5亿元]]", "4850000000", "元", M, "exact", "农业防灾减灾和水利救灾资金", currency=CNY),
    S("云南获得[[3.2亿元]]", "320000000", "元", M, "exact", "云南获得救灾资金", currency=CNY),
    S("增加[[0.6亿元]]", "60000000", "元", M, "exact", "云南获得救灾资金", change=up("上年"), currency=CNY),
    S("展期[[4天]]", "4", "天", T, "exact", "花卉展展期"),
    S("来自[[18个]]国家", "18", "个", C, "exact", "参展国家和地区"),
    S("的[[430余家]]企业", "430", "家", C, "over", "参展企业"),
    S("展览面积[[3.5万平方米]]", "35000", "平方米", A, "exact", "展览面积"),
    S("与[[5家]]境外采购商", "5", "家", C, "exact", "签约境外采购商"),
    S("合同金额[[约2.6亿元]]", "260000000", "元", M, "about", "鲜切花采购协议合同金额", currency=CNY),
    S("接待游客[[1386.2万人次]]\n", "13862000", "人次", C, "exact", "端午假期云南接待游客"),
    S("累计接待游客[[1386.2万人次]]", "13862000", "人次", C, "exact", "端午假期全省接待游客"),
    S("总花费[[128.7亿元]]", "12870000000", "元", M, "exact", "端午假期旅游总花费", currency=CNY),
    S("分别增长[[8.2%]]", "8.2", "%", P, "exact", "接待游客", change=YOY),
    S("和[[9.6%]]。", "9.6", "%", P, "exact", "旅游总花费", change=YOY),
    S("假期[[3天]]，石林", "3", "天", T, "exact", "假期天数"),
    S("接待游客[[超过420万人次]]", "4200000", "人次", C, "over", "A级旅游景区接待游客"),
    S("指数为[[101.8]]", "101.8", "", O_, "exact", "货物贸易晴雨表指数", OPT),            # a bare index
    S("高于[[100]]的基准值", "100", "", O_, "exact", "晴雨表基准值", OPT),
    S("进出口总值[[18.6万亿元]]", "18600000000000", "元", M, "exact", "全国货物贸易进出口总值", currency=CNY),
    S("同比增长[[3.8%]]", "3.8", "%", P, "exact", "全国货物贸易进出口总值", change=YOY),
    S("进出口[[3.1万亿元]]", "3100000000000", "元", M, "exact", "对东盟进出口", currency=CNY),
    S("增长[[7.9%]]", "7.9", "%", P, "exact", "对东盟进出口", change=YOY),
    S("新增药品[[91种]]", "91", "种", C, "exact", "医保目录新增药品"),
    S("肿瘤用药[[26种]]", "26", "种", C, "exact", "新增肿瘤用药"),
    S("减负[[超过300亿元]]", "30000000000", "元", M, "over", "为患者减负", currency=CNY),
    S("已完成[[95%]]", "95", "%", P, "exact", "夏粮收获进度"),
    S("总产量[[约185万吨]]", "1850000", "吨", W, "about", "夏粮总产量"),
    S("增产[[2.4%]]", "2.4", "%", P, "exact", "夏粮总产量", change=up("上年")),
    S("总工程量的[[62%]]", "62", "%", P, "exact", "高速公路项目完成工程量"),
    S("全长[[约135公里]]", "135", "公里", L, "about", "金边至巴域高速公路全长"),
    S("总投资[[约16亿美元]]", "1600000000", "美元", M, "about", "高速公路项目总投资", currency=USD),
    S("（[[约合115亿元人民币]]）", "11500000000", "元", M, "about", "高速公路项目总投资", currency=CNY),
    S("不变，[[1年期]]LPR", "1", "年", T, "exact", "贷款期限", OPT),                   # a product's name
    S("LPR为[[3%]]", "3", "%", P, "exact", "1年期LPR"),
    S("，[[5年期以上]]LPR", "5", "年", T, "over", "贷款期限", OPT),
    S("LPR为[[3.5%]]", "3.5", "%", P, "exact", "5年期以上LPR"),
]

EVENTS = [
    E("国家能源局22日发布数据", "announcement", "发布", D22, organizers=["国家能源局"]),
    E("在昆明举办跨境电商供需对接会", "meeting", "对接会", MID_JUL, location="昆明", organizers=["省商务厅"]),
    E("老挝国家银行22日公布", "announcement", "公布", D22, organizers=["老挝国家银行"]),
    E("自7月1日起将全国最低工资上调", "policy", "上调", JUL1, location="老挝", organizers=["老挝政府"]),
    E("泰国旅游和体育部当地时间22日公布", "announcement", "公布", D22, organizers=["泰国旅游和体育部"]),
    E("联合下达农业防灾减灾和水利救灾资金", "payout", "下达", D22, organizers=["财政部", "农业农村部"]),
    E("昆明国际花卉展22日在斗南国际花卉产业园开幕", "exhibition", "花卉展", D22, location="斗南国际花卉产业园"),
    E("签订鲜切花采购协议", "signing", "签订", D22, organizers=["主办方"], participants=["5家境外采购商"]),
    E("省文化和旅游厅22日发布数据", "announcement", "发布", D22, organizers=["省文化和旅游厅"]),
    E("实施临时交通管制", "traffic", "交通管制", day("2026-06-23", "2026-06-25"), location="昭通、怒江",
      organizers=["省公安厅交通管理局"]),
    E("发布最新一期货物贸易晴雨表", "announcement", "发布", D22, organizers=["世界贸易组织"]),
    E("海关总署22日公布", "announcement", "公布", D22, organizers=["海关总署"]),
    E("将于7月1日起正式实施", "policy", "实施", JUL1, organizers=["国家医保局"]),
    E("全省夏粮收获已完成95%", "production", "收获", None, opt=True),                     # progress, no date
    E("将于7月中旬发布上半年全国夏粮产量数据", "announcement", "发布", MID_JUL, organizers=["国家统计局"]),
    E("已完成总工程量的62%", "construction", "完成", None, opt=True),                     # progress of works
    E("中国人民银行22日公布", "announcement", "公布", D22, organizers=["中国人民银行"]),
]
