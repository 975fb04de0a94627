"""株洲日报 (株洲市, 湖南省), 2026-05-06 (a Wednesday): a city economy page dense with statistics.
Features: a column label (`经济视点`); two kickers over titles (`假日经济持续升温` / `“五一”假期我市接待游客…`,
`“中国动力谷”订单再添新成员` / `24列城际动车组将驶向欧洲`); a paragraph broken after a comma (`…炎陵神农谷景区客流超
12万人次，` | `全市A级景区门票收入…`) with another article and its after-body headline between; a headline standing
after a headless brief that follows its body (`外贸进出口增长16.2%`); three more headlines after their bodies; a label
over a run of briefs (`财经简讯`); eleven short items without headline and byline. Statistics: January–April industry,
trade, consumption, investment, credit, power, registrations, housing; the 五一 holiday (visitors, spending, rail
passengers, a car show); `高于全省1.2个百分点`, `比一季度加快0.4个百分点`, `比上年同期提高2.6个百分点`,
`降幅比一季度收窄3.1个百分点`, `比年初增加47家`/`316亿元`; bounds 逾, 近, 超, 以内, 以上, 左右, 约; classifiers 家, 个,
项, 台, 列, 户, 人次; 欧元 and 美元 with `约合X亿元人民币`; cumulative statements (`截至4月底，全市累计发放…`,
`今年以来，该公司已累计…`); thresholds inside descriptions (`亿元以上项目`, optional). Dates: `“五一”假期` =
05-01..05-05, `假期` (optional), `昨日` = 05-05, `1至4月`, `前4个月`, `一季度`, `4月份`, `4月底`/`4月末`, `5月1日`,
`5月1日至5日`, `4月28日至5月5日`, `5月4日`, `5月5日`, `本月15日`, `本月10日`, `2027年10月`, `2026年度`; `年初`,
`上年同期`, `今年以来`, `近日` and years/seasons inside names (`2026株洲春季车展`) optional.

Written at main commit 40e7628, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "株洲日报"
PUBLISHED = "2026-05-06"
HOME = {"city": "株洲市", "province": "湖南省"}

LAYOUT = [
    ("经济视点", "label", "E0"),
    ("假日经济持续升温", "headline", "E0"),                   # kicker
    ("“五一”假期我市接待", "headline", "E0"),
    ("本报讯（记者 彭 晓 雯）", "body", "E0"),                # breaks after a comma
    ("本报讯（记者 易 志 刚）市统计局", "body", "E1"),
    ("规上工业增加值", "headline", "E1"),                     # after its body
    ("全市A级景区", "body", "E0"),                            # the rest of E0's paragraph
    ("株洲站、株洲西站", "body", "E0"),
    ("“中国动力谷”", "headline", "E2"),                       # kicker
    ("24列城际动车组", "headline", "E2"),
    ("本报讯（记者 谭 海 燕 通讯员", "body", "E2"),
    ("本报讯（通讯员 陈 思 远）", "body", "E3"),
    ("1至4月，全市社会消费品", "body", "E4"),                 # no headline, no byline
    ("外贸进出口增长", "headline", "E3"),                     # E3's, after E4
    ("5月1日至5日，", "body", "E5"),                          # no headline, no byline
    ("本报讯（记者 易 志 刚）4月28日", "body", "E6"),
    ("第二轮汽车消费券", "headline", "E6"),                   # after its body
    ("1至4月，全市固定资产", "body", "E7"),                   # no headline, no byline
    ("本报讯（记者 谭 海 燕）5月5日", "body", "E8"),           # no headline
    ("本报讯（通讯员 刘 婷）", "body", "E9"),
    ("稳岗返还资金惠及", "headline", "E9"),                   # after its body
    ("财经简讯", "label", "E10"),
    ("5月4日，市人民政府", "body", "E10"),                    # briefs: no headline, no byline
    ("截至4月底", "body", "E11"),
    ("醴陵市陶瓷", "body", "E12"),
    ("截至4月末", "body", "E13"),
    ("4月份，全市全社会", "body", "E14"),
    ("1至4月，全市新登记", "body", "E15"),
    ("1至4月，全市商品房", "body", "E16"),
    ("全市早稻", "body", "E17"),
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["彭晓雯"])),
    "E1": dict(byline=byline(reporters=["易志刚"])),
    "E2": dict(byline=byline(reporters=["谭海燕"], correspondents=["罗琳"])),
    "E3": dict(byline=byline(correspondents=["陈思远"])),
    "E4": dict(), "E5": dict(),
    "E6": dict(byline=byline(reporters=["易志刚"])),
    "E7": dict(),
    "E8": dict(byline=byline(reporters=["谭海燕"])),
    "E9": dict(byline=byline(correspondents=["刘婷"])),
    "E10": dict(), "E11": dict(), "E12": dict(), "E13": dict(), "E14": dict(), "E15": dict(), "E16": dict(),
    "E17": dict(),
}
JOINS = [("本报讯（记者 彭 晓 雯）", "全市A级景区")]
PHOTOS = {}

JAN_APR = months(2026, 1, 4)
Q1 = quarter(2026, 1)
MAYDAY = day("2026-05-01", "2026-05-05")
APR_END = xun(2026, 4, 2)
DATES = [
    D("\n[[“五一”假期]]我市接待", MAYDAY),
    D("获悉，[[“五一”假期]]，全市", MAYDAY),
    D("市统计局[[昨日]]发布", day("2026-05-05")),
    D("数据，[[1至4月]]，全市规模", JAN_APR),
    D("比[[一季度]]加快0.4", Q1),
    D("比[[年初]]增加47家", VAGUE, OPT),
    D("株洲西站[[假期]]累计", MAYDAY, OPT),                        # the holiday named before
    D("，其中[[5月1日]]单日", day("2026-05-01")),
    D("）[[近日]]，中车", VAGUE, OPT),
    D("计划于[[2027年10月]]交付", month(2027, 10)),
    D("。[[今年以来]]，该公司", year(2026), OPT),
    D("数据显示，[[1至4月]]，全市外贸", JAN_APR),
    D("\n[[1至4月]]，全市社会消费品", JAN_APR),
    D("比[[一季度]]加快0.5", Q1),
    D("\n[[5月1日至5日]]，", MAYDAY),
    D("，[[2026]]株洲春季车展", year(2026), OPT),                  # a year inside the show's name
    D("株洲[[春季]]车展", (span("2026-03-01", "2026-05-31"), "season"), OPT),   # a season inside the name
    D("）[[4月28日至5月5日]]，市商务局", day("2026-04-28", "2026-05-05")),
    D("\n[[1至4月]]，全市固定资产", JAN_APR),
    D("比[[上年同期]]提高2.6", year(2025), OPT),
    D("）[[5月5日]]，株洲高新区", day("2026-05-05")),
    D("市人社局[[近日]]下达", VAGUE, OPT),
    D("下达[[2026年度]]第一批", year(2026)),
    D("将于[[本月15日]]前", day("2026-05-15")),
    D("\n[[5月4日]]，市人民政府", day("2026-05-04")),
    D("截至[[4月底]]，全市累计", APR_END),
    D("陶瓷产业[[前4个月]]实现", JAN_APR),
    D("截至[[4月末]]，全市本外币", APR_END),
    D("比[[年初]]增加316亿元", VAGUE, OPT),
    D("\n[[4月份]]，全市全社会", month(2026, 4)),
    D("\n[[1至4月]]，全市新登记", JAN_APR),
    D("\n[[1至4月]]，全市商品房", JAN_APR),
    D("比[[一季度]]收窄", Q1),
    D("预计[[本月10日]]前", day("2026-05-10")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
RSJ = ["株洲市人力资源和社会保障局"]
ORGS = [
    O("记者从[[市文化旅游广电体育局]]获悉", ["株洲市文化旅游广电体育局"], G),
    O("其中，[[株洲方特欢乐世界]]接待", ["株洲方特欢乐世界"], CO, OPT),               # a theme park, a site
    O("）[[市统计局]]昨日", ["株洲市统计局"], G),
    O("，[[中车株洲电力机车有限公司]]与", ["中车株洲电力机车有限公司"], CO),
    O("）[[株洲海关]]数据", ["中华人民共和国株洲海关", "株洲海关"], G),
    O("在[[株洲国际会展中心]]举行", ["株洲国际会展中心"], IN, OPT),                     # a venue
    O("，[[市商务局]]发放", ["株洲市商务局"], G),
    O("，[[株洲高新区]]与", ["株洲高新技术产业开发区管理委员会", "株洲高新区"], G, OPT),  # a zone, a place
    O("）[[市人社局]]近日", RSJ, G),
    O("，[[市人民政府]]召开", ["株洲市人民政府"], G),
]

C, P, M, T, W, A, EN, O_ = "count", "percent", "money", "duration", "weight", "area", "energy", "other"
CNY, USD, EUR = "CNY", "USD", "EUR"
STATS = [
    S("我市接待游客[[412.6万人次]]", "4126000", "人次", C, "exact", "“五一”假期接待游客"),
    S("共接待游客[[412.6万人次]]", "4126000", "人次", C, "exact", "“五一”假期接待游客"),
    S("同比增长[[11.8%]]", "11.8", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("旅游收入[[36.4亿元]]", "3640000000", "元", M, "exact", "旅游收入", currency=CNY),
    S("增长[[13.5%]]", "13.5", "%", P, "exact", "旅游收入", change=up("上年同期")),
    S("人均消费[[约882元]]", "882", "元", M, "about", "游客人均消费", currency=CNY),
    S("欢乐世界接待游客[[28.7万人次]]", "287000", "人次", C, "exact", "株洲方特欢乐世界接待游客"),
    S("神农城景区接待游客[[近46万人次]]", "460000", "人次", C, "under", "神农城景区接待游客"),
    S("客流[[超12万人次]]", "120000", "人次", C, "over", "炎陵神农谷景区客流"),
    S("同比增长[[7.6%]]", "7.6", "%", P, "exact", "规模以上工业增加值", change=up("上年同期")),
    S("高于全省[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省")),
    S("加快[[0.4个百分点]]", "0.4", "个百分点", P, "exact", "规上工业增加值增速", change=up("一季度")),
    S("增加值增长[[14.3%]]", "14.3", "%", P, "exact", "轨道交通装备产业增加值", change=up("上年同期")),
    S("航空动力产业增长[[11.7%]]", "11.7", "%", P, "exact", "航空动力产业增加值", change=up("上年同期")),
    S("硬质合金产业增长[[6.9%]]", "6.9", "%", P, "exact", "硬质合金产业增加值", change=up("上年同期")),
    S("企业达[[2186家]]", "2186", "家", C, "exact", "规上工业企业"),
    S("增加[[47家]]", "47", "家", C, "exact", "规上工业企业", change=up("年初")),
    S("增加值增长[[7.6%]]\n", "7.6", "%", P, "exact", "规上工业增加值", change=up("上年同期")),
    S("门票收入同比增长[[9.6%]]", "9.6", "%", P, "exact", "A级景区门票收入", change=up("上年同期")),
    S("入住率达[[87%以上]]", "87", "%", P, "over", "乡村民宿平均入住率"),
    S("发送旅客[[38.6万人次]]", "386000", "人次", C, "exact", "株洲站、株洲西站假期发送旅客"),
    S("同比增长[[7.2%]]", "7.2", "%", P, "exact", "假期发送旅客", change=up("上年同期")),
    S("单日发送旅客[[9.4万人次]]", "94000", "人次", C, "exact", "5月1日单日发送旅客"),
    S("\n[[24列]]城际动车组", "24", "列", C, "exact", "出口城际动车组"),
    S("提供[[24列]]城际动车组", "24", "列", C, "exact", "城际动车组"),
    S("合同金额[[约4.6亿欧元]]", "460000000", "欧元", M, "about", "供货合同金额", currency=EUR),
    S("（[[约合36.3亿元人民币]]）", "3630000000", "元", M, "about", "供货合同金额", currency=CNY),
    S("海外订单[[11项]]", "11", "项", C, "exact", "今年以来海外订单"),
    S("新签合同额[[逾80亿元]]", "8000000000", "元", M, "over", "新签合同额", currency=CNY),
    S("进出口总值[[286.3亿元]]", "28630000000", "元", M, "exact", "外贸进出口总值", currency=CNY),
    S("同比增长[[16.2%]]", "16.2", "%", P, "exact", "外贸进出口总值", change=up("上年同期")),
    S("出口[[213.5亿元]]", "21350000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[18.7%]]", "18.7", "%", P, "exact", "出口", change=up("上年同期")),
    S("对欧盟出口增长[[24.1%]]", "24.1", "%", P, "exact", "对欧盟出口", change=up("上年同期")),
    S("压缩至[[20小时以内]]", "20", "小时", T, "under", "进口整体通关时间"),
    S("零售总额[[587.4亿元]]", "58740000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[6.3%]]", "6.3", "%", P, "exact", "社会消费品零售总额", change=up("上年同期")),
    S("加快[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "社会消费品零售总额增速", change=up("一季度")),
    S("零售额增长[[32.6%]]", "32.6", "%", P, "exact", "限额以上单位新能源汽车零售额", change=up("上年同期")),
    S("零售额增长[[21.4%]]", "21.4", "%", P, "exact", "通讯器材类零售额", change=up("上年同期")),
    S("进出口增长[[16.2%]]\n", "16.2", "%", P, "exact", "外贸进出口", change=up("上年同期")),
    S("，[[126个]]汽车品牌", "126", "个", C, "exact", "参展汽车品牌"),
    S("吸引观众[[8.2万人次]]", "82000", "人次", C, "exact", "车展观众"),
    S("成交车辆[[1630台]]", "1630", "台", C, "exact", "现场成交车辆"),
    S("成交金额[[约2.9亿元]]", "290000000", "元", M, "about", "车展成交金额", currency=CNY),
    S("核销消费券[[1200万元]]", "12000000", "元", M, "exact", "核销消费券", currency=CNY),
    S("拉动汽车消费[[超3亿元]]", "300000000", "元", M, "over", "拉动汽车消费", currency=CNY),
    S("企业达[[58家]]", "58", "家", C, "exact", "参与活动的汽车销售企业"),
    S("拉动消费[[超3亿元]]\n", "300000000", "元", M, "over", "拉动消费", currency=CNY),
    S("固定资产投资同比增长[[5.2%]]", "5.2", "%", P, "exact", "固定资产投资", change=up("上年同期")),
    S("工业投资增长[[10.8%]]", "10.8", "%", P, "exact", "工业投资", change=up("上年同期")),
    S("比重为[[38.4%]]", "38.4", "%", P, "exact", "工业投资占全部投资比重"),
    S("提高[[2.6个百分点]]", "2.6", "个百分点", P, "exact", "工业投资占全部投资比重", change=up("上年同期")),
    S("新开工[[亿元以上]]项目", "100000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),   # a threshold
    S("项目[[93个]]", "93", "个", C, "exact", "新开工亿元以上项目"),
    S("其中[[10亿元以上]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),   # a threshold
    S("项目[[12个]]。", "12", "个", C, "exact", "10亿元以上项目"),
    S("投资[[1.2亿美元]]", "120000000", "美元", M, "exact", "电驱系统生产基地投资", currency=USD),
    S("（[[约合8.6亿元人民币]]）", "860000000", "元", M, "about", "电驱系统生产基地投资", currency=CNY),
    S("年产值[[约15亿元]]", "1500000000", "元", M, "about", "达产后年产值", currency=CNY),
    S("就业岗位[[600个左右]]", "600", "个", C, "about", "新增就业岗位"),
    S("返还资金[[4860万元]]", "48600000", "元", M, "exact", "第一批稳岗返还资金", currency=CNY),
    S("惠及企业[[3120家]]", "3120", "家", C, "exact", "惠及企业"),
    S("职工[[9.6万人]]", "96000", "人", C, "exact", "惠及职工"),
    S("惠及[[3120家]]企业", "3120", "家", C, "exact", "惠及企业"),
    S("签约项目[[42项]]", "42", "项", C, "exact", "集中签约项目"),
    S("总投资[[318亿元]]", "31800000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("先进制造业项目[[27项]]", "27", "项", C, "exact", "先进制造业项目"),
    S("创业担保贷款[[3.86亿元]]", "386000000", "元", M, "exact", "累计发放创业担保贷款", currency=CNY),
    S("扶持创业[[4120人]]", "4120", "人", C, "exact", "扶持创业"),
    S("带动就业[[1.1万人以上]]", "11000", "人", C, "over", "带动就业"),
    S("出口额[[1.35亿美元]]", "135000000", "美元", M, "exact", "醴陵陶瓷出口额", currency=USD),
    S("（[[约合9.7亿元人民币]]）", "970000000", "元", M, "about", "醴陵陶瓷出口额", currency=CNY),
    S("同比增长[[7.4%]]", "7.4", "%", P, "exact", "醴陵陶瓷出口额", change=up("上年同期")),
    S("国家和地区达[[56个]]", "56", "个", C, "exact", "产品出口国家和地区"),
    S("贷款余额[[5682亿元]]", "568200000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("增加[[316亿元]]", "31600000000", "元", M, "exact", "各项贷款余额", change=up("年初"), currency=CNY),
    S("同比增长[[9.1%]]", "9.1", "%", P, "exact", "各项贷款余额", change=up("上年同期")),
    S("贷款余额[[612亿元]]", "61200000000", "元", M, "exact", "制造业中长期贷款余额", currency=CNY),
    S("增长[[19.3%]]", "19.3", "%", P, "exact", "制造业中长期贷款余额", change=up("上年同期")),
    S("用电量[[16.8亿千瓦时]]", "1680000000", "千瓦时", EN, "exact", "全社会用电量"),
    S("同比增长[[8.9%]]", "8.9", "%", P, "exact", "全社会用电量", change=up("上年同期")),
    S("工业用电量增长[[10.2%]]", "10.2", "%", P, "exact", "工业用电量", change=up("上年同期")),
    S("经营主体[[2.36万户]]", "23600", "户", C, "exact", "新登记经营主体"),
    S("同比增长[[4.8%]]", "4.8", "%", P, "exact", "新登记经营主体", change=up("上年同期")),
    S("新登记企业[[6512家]]", "6512", "家", C, "exact", "新登记企业"),
    S("压缩至[[0.5个工作日以内]]", "0.5", "个工作日", T, "under", "平均开办时间"),
    S("销售面积[[118.6万平方米]]", "1186000", "平方米", A, "exact", "商品房销售面积"),
    S("同比下降[[6.4%]]", "6.4", "%", P, "exact", "商品房销售面积", change=down("上年同期")),
    S("收窄[[3.1个百分点]]", "3.1", "个百分点", P, "exact", "商品房销售面积降幅", change=down("一季度")),
    S("栽插面积达[[132.6万亩]]", "1326000", "亩", A, "exact", "早稻栽插面积"),
    S("完成计划的[[96%左右]]", "96", "%", P, "about", "早稻栽插完成计划比例"),
]

EVENTS = [
    E("市统计局昨日发布数据", "announcement", "发布", day("2026-05-05"), organizers=["市统计局"]),
    E("创历史新高", "other", "创历史新高", day("2026-05-01"), location="株洲站、株洲西站", opt=True),
    E("签订供货合同", "signing", "签订", None, organizers=["中车株洲电力机车有限公司"],
      participants=["奥地利一家铁路运营商"]),
    E("首列车计划于2027年10月交付", "other", "交付", month(2027, 10), opt=True),              # a plan
    E("春季车展在株洲国际会展中心举行", "exhibition", "车展", MAYDAY, location="株洲国际会展中心",
      participants=["126个汽车品牌"]),
    E("发放第二轮汽车消费券", "payout", "发放", day("2026-04-28", "2026-05-05"), organizers=["市商务局"],
      participants=["汽车销售企业"]),
    E("新开工亿元以上项目93个", "construction", "开工", JAN_APR, opt=True),                   # a running total
    E("与德国一家汽车零部件企业签约", "signing", "签约", day("2026-05-05"), organizers=["株洲高新区"],
      participants=["德国一家汽车零部件企业"]),
    E("下达2026年度第一批稳岗返还资金", "payout", "下达", None, organizers=["市人社局"],
      participants=["企业3120家、职工9.6万人"]),
    E("全部拨付到位", "payout", "拨付", day("2026-05-15"), opt=True),                         # the same funds
    E("召开全市重点项目建设推进会", "meeting", "召开", day("2026-05-04"), organizers=["市人民政府"]),
    E("会上集中签约项目42项", "signing", "签约", day("2026-05-04"), organizers=["市人民政府"]),
    E("累计发放创业担保贷款", "payout", "发放", None, opt=True),                                # a running total
    E("全面完成栽插", "production", "栽插", day("2026-05-10"), opt=True),                       # a forecast
]
