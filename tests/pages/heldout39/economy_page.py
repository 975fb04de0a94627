"""温州日报 (温州市, 浙江省), 2026-09-16 (a Wednesday): a city economy page dense with statistics.
Features: a column label (`经济视点`); a kicker over a title (`工业经济稳中向好 民营企业挑起大梁` / `前8个月全市规上…`);
a join after a comma (`…制鞋业增长5.2%，` | `两大行业合计拉动…`) with a headless signing brief between, whose headline
comes after the rest; five headlines after their bodies, two before them; eleven short briefs without byline (eight
of them without headline). Statistics on January–August 2026: industry, private firms, exports (footwear `4.82亿双`,
household electrical appliances, clothing), 乐清市's electrical industry, 瑞安市, 龙湾区, 永嘉县; `高于全省1.2个百分点`,
`拉动…3.1个百分点`, `较上年同期提高2.4个百分点`, `较上年下降1.8个百分点`, `比上年末净增412家`, `比年初增加1562亿元`,
`比上月回落0.2个百分点`; bounds 逾, 近, 超, 超过, 以内, 以上, 左右, 不到, 约; classifiers 家, 个, 项, 台, 双, 批, 亿件,
户, 标箱, 条, 亩; 美元 and 欧元 with `约合X亿元人民币`; a signing told twice (`集中签约活动…举行，共签约项目26个，总投资
418.6亿元`: one event, the total named `签约项目总投资`). Thresholds inside descriptions (`100亿元以上项目`), `X成` and
a cap (`最高不超过1000万元`) are optional.

Written at main commit eb78676, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "温州日报"
PUBLISHED = "2026-09-16"
HOME = {"city": "温州市", "province": "浙江省"}

LAYOUT = [
    ("经济视点", "label", "E0"),
    ("工业经济稳中向好", "headline", "E0"),                   # kicker
    ("前8个月全市规上", "headline", "E0"),
    ("本报讯（记者 周 晓 蕾）记者从市统计局", "body", "E0"),   # breaks after a comma
    ("昨天，全市2026年", "body", "E1"),                       # a brief
    ("两大行业合计", "body", "E0"),                           # the rest of E0's paragraph
    ("第三批重大项目集中签约", "headline", "E1"),             # after its body
    ("温州鞋服出口", "headline", "E2"),
    ("本报讯（记者 陈 建 伟 通讯员", "body", "E2"),
    ("本报讯（通讯员 郑 磊）", "body", "E3"),
    ("乐清电气产值", "headline", "E3"),                       # after its body
    ("本报讯（记者 周 晓 蕾）9月12日", "body", "E4"),          # no headline
    ("龙湾区前8个月", "body", "E5"),                          # brief, no headline
    ("永嘉县泵阀", "body", "E6"),                             # brief, no headline
    ("市市场监管局近日", "body", "E7"),                       # brief, no headline
    ("9月14日，龙湾区", "body", "E8"),                        # brief
    ("智能电气产业园二期开工", "headline", "E8"),             # after its body
    ("9月10日至12日", "body", "E9"),                          # brief
    ("米兰鞋展", "headline", "E9"),                           # after its body
    ("本报讯（记者 陈 建 伟）前8个月", "body", "E10"),         # no headline
    ("1至8月，温州港", "body", "E11"),                        # brief, no headline
    ("9月11日，市经信局", "body", "E12"),                     # brief, no headline
    ("1至8月，全市全社会", "body", "E13"),                    # brief, no headline
    ("截至8月末", "body", "E14"),                             # brief, no headline
    ("8月份，全市居民", "body", "E15"),                       # brief, no headline
    ("本报讯（通讯员 林 婷）9月13日", "body", "E16"),
    ("制造业专场招聘会", "headline", "E16"),                  # after its body
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["周晓蕾"])),
    "E1": dict(),
    "E2": dict(byline=byline(reporters=["陈建伟"], correspondents=["林婷"])),
    "E3": dict(byline=byline(correspondents=["郑磊"])),
    "E4": dict(byline=byline(reporters=["周晓蕾"])),
    "E5": dict(), "E6": dict(), "E7": dict(), "E8": dict(), "E9": dict(),
    "E10": dict(byline=byline(reporters=["陈建伟"])),
    "E11": dict(), "E12": dict(), "E13": dict(), "E14": dict(), "E15": dict(),
    "E16": dict(byline=byline(correspondents=["林婷"])),
}
JOINS = [("本报讯（记者 周 晓 蕾）记者从市统计局", "两大行业合计")]
PHOTOS = {}

JAN_AUG = months(2026, 1, 8)
Y25 = year(2025)
DATES = [
    D("\n[[前8个月]]全市规上", JAN_AUG),
    D("获悉，[[1至8月]]，全市规模", JAN_AUG),
    D("\n[[昨天]]，全市", day("2026-09-15")),
    D("全市[[2026年]]第三批", year(2026), OPT),                       # inside the activity's name
    D("比[[上年末]]净增", xun(2025, 12, 2)),
    D("统计，[[前8个月]]，全市出口", JAN_AUG),
    D("较[[上年同期]]提高", Y25, OPT),
    D("）[[前8个月]]，乐清市", JAN_AUG),
    D("。[[今年以来]]，全市电气", year(2026), OPT),
    D("）[[9月12日]]，瑞安市", day("2026-09-12")),
    D("。[[前8个月]]，瑞安市", JAN_AUG),
    D("龙湾区[[前8个月]]新增", JAN_AUG),
    D("泵阀产业[[前8个月]]实现", JAN_AUG),
    D("市市场监管局[[近日]]公布", VAGUE, OPT),
    D("较[[上年]]下降1.8个", Y25),
    D("\n[[9月14日]]，龙湾区", day("2026-09-14")),
    D("\n[[9月10日至12日]]，我市", day("2026-09-10", "2026-09-12")),
    D("）[[前8个月]]，全市跨境", JAN_AUG),
    D("\n[[1至8月]]，温州港", JAN_AUG),
    D("\n[[9月11日]]，市经信局", day("2026-09-11")),
    D("下达[[2026年]]第二批", year(2026), OPT),                        # inside the fund's name
    D("\n[[1至8月]]，全市全社会", JAN_AUG),
    D("截至[[8月末]]，全市", xun(2026, 8, 2)),
    D("比[[年初]]增加1562亿元", VAGUE, OPT),
    D("\n[[8月份]]，全市居民", month(2026, 8)),
    D("涨幅比[[上月]]回落", month(2026, 7)),
    D("）[[9月13日]]，市人力社保局", day("2026-09-13")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
ORGS = [
    O("记者从[[市统计局]]获悉", ["温州市统计局"], G),
    O("据[[温州海关]]统计", ["温州海关", "中华人民共和国温州海关"], G),
    O("）9月12日，[[瑞安市政府]]与", ["瑞安市人民政府"], G),
    O("在[[瑞安经济开发区]]投资", ["瑞安经济开发区管理委员会", "瑞安经济开发区"], G, OPT),   # a zone, a place
    O("\n[[市市场监管局]]近日", ["温州市市场监督管理局"], G),
    O("，[[温州港]]完成", ["温州港"], CO, OPT),                                          # a port, a site
    O("，[[市经信局]]下达", ["温州市经济和信息化局"], G),
    O("，[[市人力社保局]]在", ["温州市人力资源和社会保障局"], G),
    O("在[[温州人力资源市场]]举办", ["温州人力资源市场"], IN, OPT),                      # a venue
]

C, P, M, T, W, A, EN = "count", "percent", "money", "duration", "weight", "area", "energy"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = up("上年同期")
STATS = [
    S("增加值增长[[7.6%]]\n", "7.6", "%", P, "exact", "全市规上工业增加值", change=YOY),
    S("工业增加值[[1486.3亿元]]", "148630000000", "元", M, "exact", "全市规模以上工业增加值", currency=CNY),
    S("同比增长[[7.6%]]，增速", "7.6", "%", P, "exact", "规模以上工业增加值", change=YOY),
    S("高于全省[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省")),
    S("增加值增长[[8.4%]]", "8.4", "%", P, "exact", "民营企业增加值", change=YOY),
    S("规上工业的[[91.3%]]", "91.3", "%", P, "exact", "民营企业占规上工业比重"),
    S("制造业增长[[10.7%]]", "10.7", "%", P, "exact", "电气机械和器材制造业增加值", change=YOY),
    S("制鞋业增长[[5.2%]]", "5.2", "%", P, "exact", "制鞋业增加值", change=YOY),
    S("签约项目[[26个]]", "26", "个", C, "exact", "签约项目"),
    S("，总投资[[418.6亿元]]，其中", "41860000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("其中[[100亿元以上]]项目", "10000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),  # a threshold
    S("以上项目[[2个]]", "2", "个", C, "exact", "100亿元以上项目"),
    S("、[[10亿元以上]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),     # a threshold
    S("以上项目[[11个]]", "11", "个", C, "exact", "10亿元以上项目"),
    S("占比[[超六成]]", "0.6", "成", P, "over", "先进制造业项目占比", OPT),                        # X成
    S("工业增长[[3.1个百分点]]", "3.1", "个百分点", P, "exact", "两大行业拉动规上工业增长"),
    S("企业达[[8326家]]", "8326", "家", C, "exact", "全市规上工业企业"),
    S("净增[[412家]]", "412", "家", C, "exact", "规上工业企业", change=up("上年末")),
    S("控制在[[9%以内]]", "9", "%", P, "under", "企业亏损面"),
    S("总投资[[418.6亿元]]\n", "41860000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("出口总值[[1896.4亿元]]", "189640000000", "元", M, "exact", "全市出口总值", currency=CNY),
    S("同比增长[[9.3%]]", "9.3", "%", P, "exact", "全市出口总值", change=YOY),
    S("鞋类出口[[4.82亿双]]", "482000000", "双", C, "exact", "鞋类出口量"),
    S("出口额[[412.7亿元]]", "41270000000", "元", M, "exact", "鞋类出口额", currency=CNY),
    S("增长[[6.8%]]", "6.8", "%", P, "exact", "鞋类出口额", change=YOY),
    S("家用电器出口额[[68.3亿元]]", "6830000000", "元", M, "exact", "家用电器出口额", currency=CNY),
    S("增长[[14.9%]]", "14.9", "%", P, "exact", "家用电器出口额", change=YOY),
    S("服装出口额[[186.5亿元]]", "18650000000", "元", M, "exact", "服装出口额", currency=CNY),
    S("下降[[2.1%]]", "2.1", "%", P, "exact", "服装出口额", change=down("上年同期")),
    S("出口占比达[[53.6%]]", "53.6", "%", P, "exact", "对共建“一带一路”国家出口占比"),
    S("提高[[2.4个百分点]]", "2.4", "个百分点", P, "exact", "对共建“一带一路”国家出口占比",
      change=up("上年同期")),
    S("产值[[逾1460亿元]]", "146000000000", "元", M, "over", "乐清市电气产业产值", currency=CNY),
    S("同比增长[[11.5%]]", "11.5", "%", P, "exact", "乐清市电气产业产值", change=YOY),
    S("产量[[超28亿件]]", "2800000000", "件", C, "over", "低压电器产量"),
    S("出口额[[约9.6亿美元]]", "960000000", "美元", M, "about", "新能源配套电气设备出口额", currency=USD),
    S("（[[约合68.4亿元人民币]]）", "6840000000", "元", M, "about", "新能源配套电气设备出口额", currency=CNY),
    S("工业机器人[[1260台]]", "1260", "台", C, "exact", "新增工业机器人"),
    S("发明专利[[2150项]]", "2150", "项", C, "exact", "新增发明专利"),
    S("电气产值[[超1460亿元]]", "146000000000", "元", M, "over", "乐清电气产值", currency=CNY),
    S("投资[[1.2亿欧元]]", "120000000", "欧元", M, "exact", "智能制动系统生产基地投资", currency=EUR),
    S("（[[约合9.5亿元人民币]]）", "950000000", "元", M, "about", "智能制动系统生产基地投资", currency=CNY),
    S("年产值[[约25亿元]]", "2500000000", "元", M, "about", "达产后年产值", currency=CNY),
    S("出口额达[[8.7亿美元]]", "870000000", "美元", M, "exact", "瑞安市汽摩配产业出口额", currency=USD),
    S("增长[[12.6%]]", "12.6", "%", P, "exact", "瑞安市汽摩配产业出口额", change=YOY),
    S("市场主体[[1.26万户]]", "12600", "户", C, "exact", "龙湾区新增市场主体"),
    S("新设企业[[4380家]]", "4380", "家", C, "exact", "新设企业"),
    S("同比增长[[15.2%]]", "15.2", "%", P, "exact", "新设企业", change=YOY),
    S("上市企业[[2家]]", "2", "家", C, "exact", "新增上市企业"),
    S("总数达[[12家]]", "12", "家", C, "exact", "龙湾区上市公司总数"),
    S("产值[[近420亿元]]", "42000000000", "元", M, "under", "永嘉县泵阀产业产值", currency=CNY),
    S("同比增长[[8.9%]]", "8.9", "%", P, "exact", "永嘉县泵阀产业产值", change=YOY),
    S("泵阀企业达[[386家]]", "386", "家", C, "exact", "规上泵阀企业"),
    S("出口额[[约5.3亿美元]]", "530000000", "美元", M, "about", "永嘉县泵阀出口额", currency=USD),
    S("（[[约合37.7亿元人民币]]）", "3770000000", "元", M, "about", "永嘉县泵阀出口额", currency=CNY),
    S("等产品[[186批]]", "186", "批", C, "exact", "抽查电器产品"),
    S("不合格[[12批]]", "12", "批", C, "exact", "不合格电器产品"),
    S("发现率[[6.5%]]", "6.5", "%", P, "exact", "不合格发现率"),
    S("下降[[1.8个百分点]]", "1.8", "个百分点", P, "exact", "不合格发现率", change=down("上年")),
    S("，总投资[[32亿元]]", "3200000000", "元", M, "exact", "产业园二期项目总投资", currency=CNY),
    S("用地[[约260亩]]", "260", "亩", A, "about", "规划用地"),
    S("电气企业[[40家以上]]", "40", "家", C, "over", "可引进电气企业"),
    S("年产值[[超80亿元]]", "8000000000", "元", M, "over", "产业园二期建成后年产值", currency=CNY),
    S("组织[[56家]]鞋企", "56", "家", C, "exact", "参展鞋企"),
    S("成交额[[约2300万欧元]]", "23000000", "欧元", M, "about", "鞋展现场意向成交额", currency=EUR),
    S("（[[约合1.82亿元人民币]]）", "182000000", "元", M, "about", "鞋展现场意向成交额", currency=CNY),
    S("增长[[近三成]]", "0.3", "成", P, "under", "意向成交额", OPT, change=up("上届")),      # X成
    S("进出口额[[182.4亿元]]", "18240000000", "元", M, "exact", "全市跨境电商进出口额", currency=CNY),
    S("同比增长[[21.6%]]", "21.6", "%", P, "exact", "跨境电商进出口额", change=YOY),
    S("包裹出口[[近1.5亿件]]", "150000000", "件", C, "under", "跨境电商包裹出口"),
    S("海外仓[[47个]]", "47", "个", C, "exact", "已建成海外仓"),
    S("总面积[[超过60万平方米]]", "600000", "平方米", A, "over", "海外仓总面积"),
    S("吞吐量[[102.3万标箱]]", "1023000", "标箱", C, "exact", "温州港集装箱吞吐量"),
    S("同比增长[[16.4%]]", "16.4", "%", P, "exact", "集装箱吞吐量", change=YOY),
    S("外贸航线[[3条]]", "3", "条", C, "exact", "新开通外贸航线"),
    S("总数达[[21条]]", "21", "条", C, "exact", "外贸航线总数"),
    S("专项资金[[3.65亿元]]", "365000000", "元", M, "exact", "第二批制造业高质量发展专项资金", currency=CNY),
    S("支持项目[[214个]]", "214", "个", C, "exact", "支持项目"),
    S("最高不超过[[1000万元]]", "10000000", "元", M, "under", "单个项目补助上限", OPT, currency=CNY),  # a cap
    S("用电量[[423.6亿千瓦时]]", "42360000000", "千瓦时", EN, "exact", "全社会用电量"),
    S("同比增长[[6.2%]]", "6.2", "%", P, "exact", "全社会用电量", change=YOY),
    S("工业用电量增长[[5.7%]]", "5.7", "%", P, "exact", "工业用电量", change=YOY),
    S("保持在[[80%左右]]", "80", "%", P, "about", "重点企业产能利用率"),
    S("贷款余额[[2.16万亿元]]", "2160000000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[9.4%]]", "9.4", "%", P, "exact", "各项贷款余额", change=YOY),
    S("增加[[1562亿元]]", "156200000000", "元", M, "exact", "各项贷款余额", change=up("年初"), currency=CNY),
    S("贷款余额[[近1.02万亿元]]", "1020000000000", "元", M, "under", "民营企业贷款余额", currency=CNY),
    S("缩短至[[不到60天]]", "60", "天", T, "under", "中小微企业平均账款回收期"),
    S("同比上涨[[0.8%]]", "0.8", "%", P, "exact", "居民消费价格", change=YOY),
    S("回落[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "居民消费价格涨幅", change=down("上月")),
    S("价格下降[[1.3%]]", "1.3", "%", P, "exact", "食品价格", change=down("上年同期")),
    S("，[[120家]]企业", "120", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[3600余个]]", "3600", "个", C, "over", "提供岗位"),
    S("就业意向[[860人]]", "860", "人", C, "exact", "现场达成就业意向"),
    S("招聘会揽才[[860人]]", "860", "人", C, "exact", "招聘会揽才"),
]

EVENTS = [
    E("第三批重大项目集中签约活动在龙湾区举行", "signing", "签约", day("2026-09-15"), location="龙湾区"),
    E("签订投资协议", "signing", "签订", day("2026-09-12"), organizers=["瑞安市政府"],
      participants=["德国一家汽车零部件企业"]),
    E("公布电器产品质量监督抽查结果", "announcement", "公布", None, organizers=["市市场监管局"]),
    E("共抽查电热水壶", "inspection", "抽查", None, organizers=["市市场监管局"]),
    E("二期项目开工", "construction", "开工", day("2026-09-14"), location="龙湾区"),
    E("参加国际鞋展", "exhibition", "鞋展", day("2026-09-10", "2026-09-12"), location="意大利米兰",
      participants=["56家鞋企"]),
    E("新开通外贸航线3条", "launch", "开通", JAN_AUG, opt=True),                         # a period summary
    E("下达2026年第二批制造业高质量发展专项资金", "payout", "下达", day("2026-09-11"), organizers=["市经信局"]),
    E("举办制造业专场招聘会", "recruitment", "招聘会", day("2026-09-13"), location="温州人力资源市场",
      organizers=["市人力社保局"], participants=["120家企业"]),
]
