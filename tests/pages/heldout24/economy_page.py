"""东莞日报 (东莞市, 广东省), 2025-12-22 (a Monday): a city economy page.
Features: a column label (`经济观察`), a kicker over a title (`制造业当家 稳中有进` /
`前11月我市规上工业增加值增长6.8%`); a paragraph broken after a comma (`…全市规上工业企业达1.36万家，` |
`数量居全省首位…`) with another article and its headline between; a caption (`本报记者 何 志 勇 摄`); headlines after
their bodies and items with no headline or byline.
Statistics: `X达N`, `N X`, `X的N`, `X占N`, lists with 等, `投资80亿元建设的松山湖光电显示材料二期项目`,
`集中开工项目46个，总投资316亿元` (the count's subject + 总投资), `高于全省0.3个百分点`, `同比分别增长9.2%和7.5%`
(twice), `比上年提高1.8个百分点`, `比年初增加1020亿元`, `高于各项贷款增速9.6个百分点`; bounds 以内, 不到, 逾, 以上, 约,
左右, 近, 超, 超过; classifiers 标箱, 架次, 辆次, 批次, 户, 家, 人次, 班, 亩, 吨, 千瓦时; numerals in names (`第三届`,
`二期`, `七星光材`, `第四季度重大项目集中开工活动`, `A级景区`); thresholds inside descriptions (`营业收入超百亿元企业`,
`投资超10亿元的项目`, `超亿元项目`) and `X成` optional. Dates: `前11月`, `今年1至11月`, `12月19日`, `12月20日` and its
`当天`, `本月16日`, `今年`, `本月底`, `今年第四季度`, `11月末`, `上周末` (12-20..12-21), `12月17日`, `12月18日` and its
`当天`, `12月21日`, `上年`, `明年`; `今年以来`, `日前`, `近日`, `年初`, `上年同期` optional. Events: production start
(construction), a fair (exhibition) and its signing, a shipping line opened (launch), payouts ×2, a subsidy window
(registration), results made public and the checks behind them, a project groundbreaking (construction), a harvest
(production), a data centre opened (launch), a signing, a supply-demand meeting; year summaries, plans, a caption and
purchase intents optional.

Written at main commit 3299cc7, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, quarter, up, xun, year

PAPER = "东莞日报"
PUBLISHED = "2025-12-22"
HOME = {"city": "东莞市", "province": "广东省"}

LAYOUT = [
    ("经济观察", "label", "E0"),
    ("制造业当家", "headline", "E0"),                         # kicker
    ("前11月我市", "headline", "E0"),
    ("本报讯（记者 钟 晓 彤）记者从市统计局", "body", "E0"),  # breaks after a comma
    ("本报讯（记者 叶 嘉 豪）12月19日", "body", "E1"),
    ("松山湖光电显示", "headline", "E1"),                     # after its body
    ("数量居全省首位", "body", "E0"),                         # the rest of E0's paragraph
    ("12月19日，工人在", "caption", "P0"),                    # 本报记者 何 志 勇 摄
    ("第三届东莞国际", "headline", "E2"),
    ("本报讯（记者 钟 晓 彤 通讯员", "body", "E2"),
    ("本报讯（通讯员 梁 少 华）记者从", "body", "E3"),
    ("东莞港集装箱吞吐量近", "headline", "E3"),               # after its body
    ("前11个月外贸", "headline", "E4"),
    ("本报讯（记者 钟 晓 彤）据东莞海关", "body", "E4"),
    ("东莞空港中心", "body", "E5"),                           # no headline, no byline
    ("本报讯（记者 叶 嘉 豪）市人力", "body", "E6"),
    ("1.82亿元稳岗", "headline", "E6"),                       # after its body
    ("汽车以旧换新补贴累计", "headline", "E7"),
    ("本报讯（通讯员 黄 文 博）今年以来", "body", "E7"),
    ("本报讯（记者 林 思 雅）市市场", "body", "E8"),
    ("食品抽检合格率", "headline", "E8"),                     # after its body
    ("今年前11个月，全市新登记", "body", "E9"),
    ("新登记经营主体", "headline", "E9"),                     # after its body
    ("截至11月末", "body", "E10"),                            # no headline, no byline
    ("本报讯（记者 林 思 雅）上周末", "body", "E11"),         # no headline
    ("本报讯（通讯员 梁 少 华）12月17日", "body", "E12"),
    ("46个重大项目", "headline", "E12"),                      # after its body
    ("本报讯（通讯员 黄 文 博）12月19日", "body", "E13"),     # no headline
    ("洪梅镇2300亩", "body", "E14"),                          # no headline, no byline
    ("东莞数据交易服务中心揭牌", "headline", "E15"),
    ("本报讯（记者 叶 嘉 豪）12月18日", "body", "E15"),
    ("本报讯（记者 何 志 勇）12月21日", "body", "E16"),
    ("新能源汽车产业链对接会", "headline", "E16"),            # after its body
    ("本报讯（记者 何 志 勇）记者从市发展", "body", "E17"),   # no headline
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["钟晓彤"])),
    "E1": dict(byline=byline(reporters=["叶嘉豪"])),
    "E2": dict(byline=byline(reporters=["钟晓彤"], correspondents=["莫丽娟"])),
    "E3": dict(byline=byline(correspondents=["梁少华"])),
    "E4": dict(byline=byline(reporters=["钟晓彤"])),
    "E5": dict(),
    "E6": dict(byline=byline(reporters=["叶嘉豪"])),
    "E7": dict(byline=byline(correspondents=["黄文博"])),
    "E8": dict(byline=byline(reporters=["林思雅"])),
    "E9": dict(),
    "E10": dict(),
    "E11": dict(byline=byline(reporters=["林思雅"])),
    "E12": dict(byline=byline(correspondents=["梁少华"])),
    "E13": dict(byline=byline(correspondents=["黄文博"])),
    "E14": dict(),
    "E15": dict(byline=byline(reporters=["叶嘉豪"])),
    "E16": dict(byline=byline(reporters=["何志勇"])),
    "E17": dict(byline=byline(reporters=["何志勇"])),
}
JOINS = [("本报讯（记者 钟 晓 彤）记者从市统计局", "数量居全省首位")]
PHOTOS = {"P0": dict(photographers=["何志勇"], article="E1")}

JAN_NOV = months(2025, 1, 11)
D19, D20, D18 = day("2025-12-19"), day("2025-12-20"), day("2025-12-18")
Y = year(2025)
DATES = [
    D("\n[[前11月]]我市", JAN_NOV),
    D("，[[今年1至11月]]，我市", JAN_NOV),
    D("比[[上年]]提高", year(2024)),
    D("）[[12月19日]]，投资80亿元", D19),
    D("比[[上年]]增加3家", year(2024)),
    D("\n[[12月19日]]，工人在", D19),
    D("）[[12月20日]]，第三届", D20),
    D("开幕[[当天]]，现场", D20),
    D("获悉，[[今年以来]]东莞港", Y, OPT),
    D("[[本月16日]]，东莞港", day("2025-12-16")),
    D("\n[[前11个月]]外贸", JAN_NOV),
    D("，[[今年前11个月]]，我市外贸", JAN_NOV),
    D("东莞空港中心[[今年]]累计", Y),
    D("市人力资源和社会保障局[[日前]]", VAGUE, OPT),
    D("。[[今年以来]]，我市已累计", Y, OPT),
    D("）[[今年以来]]，我市累计受理", Y, OPT),
    D("[[本月底]]前提交", xun(2025, 12, 2)),
    D("市市场监督管理局[[近日]]", VAGUE, OPT),
    D("公布[[今年第四季度]]食品", quarter(2025, 4)),
    D("\n[[今年前11个月]]，全市新登记", JAN_NOV),
    D("截至[[11月末]]", xun(2025, 11, 2)),
    D("比[[年初]]增加", VAGUE, OPT),
    D("。[[1至11月]]，全市全社会", JAN_NOV),
    D("）[[上周末]]，全市A级", day("2025-12-20", "2025-12-21")),
    D("）[[12月17日]]，我市举行", day("2025-12-17")),
    D("举行[[第四季度]]重大项目", quarter(2025, 4), OPT),                # in an activity's name
    D("，[[今年]]全市共引进", Y),
    D("）[[12月19日]]，市工业", D19),
    D("比[[上年同期]]扩种", year(2024), OPT),
    D("）[[12月18日]]，东莞数据", D18),
    D("[[当天]]，市政府", D18),
    D("）[[12月21日]]，东莞新能源", day("2025-12-21")),
    D("我市[[明年]]计划", year(2026)),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
QX = ["七星光材科技有限公司"]
SJ = ["东莞数据交易服务中心"]
ORGS = [
    O("记者从[[市统计局]]获悉", ["东莞市统计局"], G),
    O("项目由[[七星光材科技有限公司]]投资", QX, CO),
    O("工人在[[七星光材科技有限公司]]生产", QX, CO),
    O("在厚街镇[[广东现代国际展览中心]]开幕", ["广东现代国际展览中心"], IN, OPT),   # a venue
    O("记者从[[东莞港务集团]]获悉", ["东莞港务集团有限公司", "东莞港务集团"], CO),
    O("今年以来[[东莞港]]集装箱", ["东莞港"], CO, OPT),  # a port: a place as much as a body
    O("，[[东莞港]]开通", ["东莞港"], CO, OPT),
    O("\n[[东莞港]]集装箱吞吐量近", ["东莞港"], CO, OPT),
    O("据[[东莞海关]]统计", ["中华人民共和国东莞海关", "东莞海关"], G),
    O("\n[[东莞空港中心]]今年", ["东莞空港中心"], CO, OPT),
    O("）[[市人力资源和社会保障局]]日前", ["东莞市人力资源和社会保障局"], G),
    O("。[[市商务局]]表示", ["东莞市商务局"], G),
    O("）[[市市场监督管理局]]近日", ["东莞市市场监督管理局"], G),
    O("。[[市投资促进局]]介绍", ["东莞市投资促进局"], G),
    O("，[[市工业和信息化局]]向", ["东莞市工业和信息化局"], G),
    O("\n[[东莞数据交易服务中心]]揭牌", SJ, IN),
    O("，[[东莞数据交易服务中心]]在", SJ, IN),
    O("在[[南城街道]]揭牌", ["东莞市南城街道办事处", "南城街道"], CM, OPT),          # a street office used as a place
    O("，[[市政府]]与华南", ["东莞市人民政府"], G),
    O("与[[华南理工大学]]签署", ["华南理工大学"], IN),
    O("记者从[[市发展和改革局]]获悉", ["东莞市发展和改革局"], G),
]

C, P, M, T, L, A, W, EN = "count", "percent", "money", "duration", "length", "area", "weight", "energy"
CNY = "CNY"
STATS = [
    S("工业增加值增长[[6.8%]]", "6.8", "%", P, "exact", "规上工业增加值", change=up()),
    S("工业增加值达[[5218亿元]]", "521800000000", "元", M, "exact", "规模以上工业增加值", currency=CNY),
    S("同比增长[[6.8%]]，高于", "6.8", "%", P, "exact", "规模以上工业增加值", change=up("上年同期")),
    S("高于全省[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "规模以上工业增加值增速", change=up("全省")),
    S("分别增长[[9.2%]]", "9.2", "%", P, "exact", "电子信息制造业增加值", change=up("上年同期")),
    S("9.2%和[[7.5%]]", "7.5", "%", P, "exact", "先进装备制造业增加值", change=up("上年同期")),
    S("增加值的[[42.6%]]", "42.6", "%", P, "exact", "高技术制造业增加值占规上工业增加值比重"),
    S("提高[[1.8个百分点]]", "1.8", "个百分点", P, "exact", "高技术制造业增加值占比", change=up("上年")),
    S("工业企业达[[1.36万家]]", "13600", "家", C, "exact", "全市规上工业企业"),
    S("投资[[80亿元]]建设", "8000000000", "元", M, "exact", "松山湖光电显示材料二期项目投资", currency=CNY),
    S("年产值[[约120亿元]]", "12000000000", "元", M, "about", "项目达产后年产值", currency=CNY),
    S("就业岗位[[2000个左右]]", "2000", "个", C, "about", "新增就业岗位"),
    S("营业收入[[超百亿元]]企业", "10000000000", "元", M, "over", "企业营业收入", OPT, currency=CNY),   # a threshold
    S("企业[[27家]]", "27", "家", C, "exact", "营业收入超百亿元企业"),
    S("增加[[3家]]", "3", "家", C, "exact", "营业收入超百亿元企业", change=up("上年")),
    S("展览面积[[约12万平方米]]", "120000", "平方米", A, "about", "采购节展览面积"),
    S("吸引[[逾800家]]企业", "800", "家", C, "over", "参展企业"),
    S("展期[[4天]]", "4", "天", T, "exact", "展期"),
    S("签约项目[[18个]]", "18", "个", C, "exact", "现场签约项目"),
    S("签约金额[[46.5亿元]]", "4650000000", "元", M, "exact", "现场签约项目签约金额", currency=CNY),
    S("吞吐量达[[398万标箱]]", "3980000", "标箱", C, "exact", "东莞港集装箱吞吐量"),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "东莞港集装箱吞吐量", change=up("上年同期")),
    S("占比[[超过六成]]", "0.6", "成", P, "over", "外贸航线占比", OPT),                               # X成
    S("每周[[2班]]", "2", "班", C, "exact", "新航线每周班次"),
    S("吞吐量[[近400万标箱]]", "4000000", "标箱", C, "under", "东莞港集装箱吞吐量"),
    S("外贸进出口超[[1.2万亿元]]", "1200000000000", "元", M, "over", "外贸进出口", currency=CNY),
    S("进出口总值[[1.24万亿元]]", "1240000000000", "元", M, "exact", "我市外贸进出口总值", currency=CNY),
    S("同比增长[[5.6%]]", "5.6", "%", P, "exact", "我市外贸进出口总值", change=up("上年同期")),
    S("外贸总值的[[15.8%]]", "15.8", "%", P, "exact", "我市外贸占全省外贸总值比重"),
    S("其中出口[[8120亿元]]", "812000000000", "元", M, "exact", "出口", currency=CNY),
    S("进口[[4280亿元]]", "428000000000", "元", M, "exact", "进口", currency=CNY),
    S("分别增长[[11.3%]]", "11.3", "%", P, "exact", "对东盟进出口", change=up("上年同期")),
    S("11.3%和[[6.2%]]", "6.2", "%", P, "exact", "对欧盟进出口", change=up("上年同期")),
    S("进出口额[[约1280亿元]]", "128000000000", "元", M, "about", "跨境电商进出口额", currency=CNY),
    S("同比增长[[21.4%]]", "21.4", "%", P, "exact", "跨境电商进出口额", change=up("上年同期")),
    S("比重[[约10.3%]]", "10.3", "%", P, "about", "跨境电商占全市外贸的比重"),
    S("货运航班[[1860架次]]", "1860", "架次", C, "exact", "东莞空港中心承接货运航班"),
    S("货邮吞吐量[[5.6万吨]]", "56000", "吨", W, "exact", "货邮吞吐量"),
    S("分别增长[[12.4%]]", "12.4", "%", P, "exact", "货运航班", change=up("上年同期")),
    S("12.4%和[[15.1%]]", "15.1", "%", P, "exact", "货邮吞吐量", change=up("上年同期")),
    S("全市[[1260家]]企业", "1260", "家", C, "exact", "获发稳岗返还资金的企业"),
    S("返还资金[[1.82亿元]]", "182000000", "元", M, "exact", "稳岗返还资金", currency=CNY),
    S("惠及职工[[46万人]]", "460000", "人", C, "exact", "惠及职工"),
    S("中小微企业[[1180家]]", "1180", "家", C, "exact", "中小微企业"),
    S("占比[[约93.7%]]", "93.7", "%", P, "about", "中小微企业占比"),
    S("就业补贴[[3.4亿元]]", "340000000", "元", M, "exact", "各类就业补贴", currency=CNY),
    S("\n[[1.82亿元]]稳岗", "182000000", "元", M, "exact", "稳岗资金", currency=CNY),
    S("补贴累计[[超3.2万辆次]]", "32000", "辆次", C, "over", "汽车以旧换新补贴"),
    S("补贴申请[[3.2万辆次]]", "32000", "辆次", C, "exact", "受理汽车以旧换新补贴申请"),
    S("补贴资金[[4.3亿元]]", "430000000", "元", M, "exact", "发放补贴资金", currency=CNY),
    S("汽车消费[[约52亿元]]", "5200000000", "元", M, "about", "带动汽车消费", currency=CNY),
    S("食品样品[[2860批次]]", "2860", "批次", C, "exact", "抽检食品样品"),
    S("合格率为[[98.7%]]", "98.7", "%", P, "exact", "食品安全监督抽检合格率"),
    S("食品抽检合格率[[98.7%]]", "98.7", "%", P, "exact", "食品抽检合格率"),
    S("经营主体[[9.6万户]]，其中", "96000", "户", C, "exact", "新登记经营主体"),
    S("个体工商户[[6.1万户]]", "61000", "户", C, "exact", "新增个体工商户"),
    S("经营主体的[[63.5%]]", "63.5", "%", P, "exact", "个体工商户占新增经营主体比重"),
    S("压缩至[[1个工作日以内]]", "1", "个工作日", T, "under", "企业开办时间"),
    S("，[[不到半天]]即可", "0.5", "天", T, "under", "领取营业执照用时"),
    S("新登记经营主体[[9.6万户]]\n", "96000", "户", C, "exact", "新登记经营主体"),
    S("贷款余额达[[1.68万亿元]]", "1680000000000", "元", M, "exact", "全市本外币各项贷款余额", currency=CNY),
    S("比年初增加[[1020亿元]]", "102000000000", "元", M, "exact", "各项贷款余额", change=up("年初"), currency=CNY),
    S("小微贷款余额[[2890亿元]]", "289000000000", "元", M, "exact", "普惠小微贷款余额", currency=CNY),
    S("同比增长[[18.2%]]", "18.2", "%", P, "exact", "普惠小微贷款余额", change=up("上年同期")),
    S("增速[[9.6个百分点]]", "9.6", "个百分点", P, "exact", "普惠小微贷款增速", change=up("各项贷款增速")),
    S("用电量达[[1012亿千瓦时]]", "101200000000", "千瓦时", EN, "exact", "全社会用电量"),
    S("同比增长[[7.2%]]", "7.2", "%", P, "exact", "全社会用电量", change=up("上年同期")),
    S("接待游客[[约86万人次]]", "860000", "人次", C, "about", "A级景区接待游客"),
    S("旅游收入[[1.9亿元左右]]", "190000000", "元", M, "about", "旅游收入", currency=CNY),
    S("均超过[[5万人次]]", "50000", "人次", C, "over", "观音山、松山湖等景区接待游客"),
    S("集中开工项目[[46个]]", "46", "个", C, "exact", "集中开工项目"),
    S("总投资[[316亿元]]", "31600000000", "元", M, "exact", "集中开工项目总投资", currency=CNY),
    S("投资[[超10亿元]]的项目", "1000000000", "元", M, "over", "项目投资", OPT, currency=CNY),       # a threshold
    S("的项目[[9个]]", "9", "个", C, "exact", "投资超10亿元的项目"),
    S("引进[[超亿元]]项目", "100000000", "元", M, "over", "项目投资", OPT, currency=CNY),             # a threshold
    S("项目[[265个]]", "265", "个", C, "exact", "引进超亿元项目"),
    S("协议投资额[[逾1600亿元]]", "160000000000", "元", M, "over", "协议投资额", currency=CNY),
    S("\n[[46个]]重大项目", "46", "个", C, "exact", "集中开工重大项目"),
    S("首批[[120户]]", "120", "户", C, "exact", "获发贴息的专精特新企业"),
    S("贴息资金[[2860万元]]", "28600000", "元", M, "exact", "贷款贴息资金", currency=CNY),
    S("户均贴息[[约23.8万元]]", "238000", "元", M, "about", "户均贴息", currency=CNY),
    S("洪梅镇[[2300亩]]", "2300", "亩", A, "exact", "冬种蔬菜"),
    S("上市蔬菜[[约45吨]]", "45", "吨", W, "about", "日均上市蔬菜"),
    S("扩种[[约300亩]]", "300", "亩", A, "about", "冬种蔬菜", change=up("上年同期")),
    S("数据产品[[36个]]", "36", "个", C, "exact", "首批上架数据产品"),
    S("，[[35家]]整车", "35", "家", C, "exact", "达成采购意向的整车及零部件企业"),
    S("意向金额[[约21亿元]]", "2100000000", "元", M, "about", "采购意向金额", currency=CNY),
    S("最大订单[[3.6亿元]]", "360000000", "元", M, "exact", "单笔最大订单", currency=CNY),
    S("达成意向[[21亿元]]", "2100000000", "元", M, "exact", "对接会达成意向", currency=CNY),
    S("建设项目[[520个]]", "520", "个", C, "exact", "市重点建设项目"),
    S("计划投资[[约1380亿元]]", "138000000000", "元", M, "about", "市重点建设项目年度计划投资", currency=CNY),
    S("占比达[[55%以上]]", "55", "%", P, "over", "产业类项目占比"),
]

EVENTS = [
    E("二期项目正式投产", "construction", "投产", D19, organizers=["七星光材科技有限公司"]),
    E("工人在七星光材科技有限公司生产车间内调试设备", "production", "调试", D19, opt=True),   # the caption
    E("第三届东莞国际家具采购节在厚街镇广东现代国际展览中心开幕", "exhibition", "开幕",
      day("2025-12-20", "2025-12-23"), location="厚街镇广东现代国际展览中心"),
    E("现场签约项目18个", "signing", "签约", D20, location="厚街镇广东现代国际展览中心"),
    E("东莞港开通至越南海防的集装箱新航线", "launch", "开通", day("2025-12-16"), organizers=["东莞港"]),
    E("向全市1260家企业发放稳岗返还资金", "payout", "发放", VAGUE, organizers=["市人力资源和社会保障局"],
      participants=["1260家企业"]),
    E("已累计发放各类就业补贴", "payout", "发放", Y, opt=True),                                 # a year summary
    E("发放补贴资金4.3亿元", "payout", "发放", Y, opt=True),                                     # a year summary
    E("本月底前提交的申请仍可享受补贴", "registration", "申请", xun(2025, 12, 2), organizers=["市商务局"]),
    E("近日公布今年第四季度食品安全监督抽检结果", "announcement", "公布", VAGUE,
      organizers=["市市场监督管理局"]),
    E("共抽检食品样品2860批次", "inspection", "抽检", quarter(2025, 4), organizers=["市市场监督管理局"]),
    E("举行第四季度重大项目集中开工活动", "construction", "开工", day("2025-12-17")),
    E("今年全市共引进超亿元项目", "other", "引进", Y, opt=True),                                # a year summary
    E("发放贷款贴息资金2860万元", "payout", "发放", D19, organizers=["市工业和信息化局"],
      participants=["首批120户专精特新企业"]),
    E("冬种蔬菜进入采收期", "production", "采收", VAGUE, location="洪梅镇"),
    E("在南城街道揭牌运营", "launch", "揭牌", D18, location="南城街道"),
    E("市政府与华南理工大学签署数字经济战略合作协议", "signing", "签署", D18, organizers=["市政府"],
      participants=["华南理工大学"]),
    E("供需对接会在松山湖举行", "meeting", "对接会", day("2025-12-21"), location="松山湖"),
    E("达成采购意向金额约21亿元", "signing", "达成", day("2025-12-21"), opt=True),  # an intent, not a contract
    E("明年计划安排市重点建设项目520个", "construction", "计划安排", year(2026), opt=True),     # a plan
    E("全市A级景区接待游客约86万人次", "other", "接待", day("2025-12-20", "2025-12-21"), opt=True),
]
