"""金华日报 (金华市, 浙江省), 2026-12-03 (a Thursday): a city economy page dense with statistics.
Features: a column label (`经济纵横`) over a kicker (`工业经济稳中有进 新动能加快集聚`) and a title; a lead that
jumps to page 3 (`（下转第3版）` on a line of its own); a paragraph broken mid-word (`…占全省出口总` |
`值的比重为19.7%。…`) with another article's headline and body between; a series label (`项目攻坚年`) over a
title and a byline line of its own (`记者 王 梓 涵`); a list of signed projects in label-colon lines (`智能制造：`,
`光伏储能：`, `现代物流：`, `影视文旅：`); a caption with `本报记者 陈 栋 摄`; headlines after their bodies (two);
nine briefs without headline or byline. Statistics (January–October 2026): industry, trade, retail, cross-border
e-commerce, small-business loans, projects, power (`千瓦时`), tourism, markets; `高于全省平均水平1.8个百分点`,
`比全省平均水平高0.9个百分点`, `比各项贷款增速高6.2个百分点`, `比上年同期提高2.1个百分点`,
`较年初下降0.31个百分点`, `分别增长21.6%、14.2%和12.8%`, `比上年同期增加37家`/`多21个`; shares (`占…比重达66.4%`,
`占全省出口总值的比重为19.7%`, `占…的67.9%`); bounds 突破, 超, 超过, 逾, 近, 以上, 以内, 约, 左右. `市统计局`,
`市市场监管局`, `市发改委`, `市商务局`, `市政府` resolve with 金华市, `省经信厅` with 浙江省.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, months, quarter, up, xun, year

PAPER = "金华日报"
PUBLISHED = "2026-12-03"
HOME = {"city": "金华市", "province": "浙江省"}

LAYOUT = [
    ("经济纵横", "label", "E1"),
    ("工业经济稳中有进", "headline", "E1"),                    # kicker
    ("前10个月全市规上", "headline", "E1"),
    ("本报讯（记者 叶 青 青", "body", "E1"),
    ("（下转第3版）", "continuation", "E1"),
    ("外贸进出口总值突破", "headline", "E2"),
    ("据金华海关统计", "body", "E2"),                          # breaks mid-word (出口总|值)
    ("社零总额增长", "headline", "E3"),
    ("前10个月，我市实现", "body", "E3"),
    ("值的比重为", "body", "E2"),                              # the rest of E2's paragraph
    ("1至10月，全市跨境电商", "body", "E4"),                   # no headline
    ("据人民银行金华市分行", "body", "E5"),
    ("普惠小微贷款余额", "headline", "E5"),                    # after its body
    ("项目攻坚年", "label", "E6"),                             # series label
    ("我市集中签约", "headline", "E6"),
    ("记者 王 梓 涵", "byline", "E6"),                          # a byline line of its own
    ("昨日，全市第四季度", "body", "E6"),
    ("智能制造：", "body", "E6"),
    ("光伏储能：", "body", "E6"),
    ("现代物流：", "body", "E6"),
    ("影视文旅：", "body", "E6"),
    ("签约仪式现场", "caption", "P0"),                         # 本报记者 陈 栋 摄
    ("市发改委数据显示", "body", "E7"),                        # no headline
    ("永康市五金", "body", "E8"),                              # no headline
    ("横店影视城1至10月", "body", "E9"),                       # no headline
    ("本报讯（通讯员 楼 晓 燕）", "body", "E10"),
    ("智能装备产业园一期开工", "headline", "E10"),              # after its body
    ("首届浙中年货", "body", "E11"),                           # no headline
    ("市商务局提醒", "body", "E12"),                           # no headline
    ("义乌中国小商品城", "body", "E13"),                       # no headline
    ("省经信厅日前", "body", "E14"),                           # no headline
    ("金华海关昨日", "body", "E15"),                           # no headline
]

ARTICLES = {
    "E1": dict(byline=byline(reporters=["叶青青"], correspondents=["邵敏"]), continued_to="第3版"),
    "E2": dict(), "E3": dict(), "E4": dict(), "E5": dict(),
    "E6": dict(byline=byline(reporters=["王梓涵"])),
    "E7": dict(), "E8": dict(), "E9": dict(),
    "E10": dict(byline=byline(correspondents=["楼晓燕"])),
    "E11": dict(), "E12": dict(), "E13": dict(), "E14": dict(), "E15": dict(),
}
JOINS = [("据金华海关统计", "值的比重为")]
PHOTOS = {"P0": dict(photographers=["陈栋"], article="E6")}

JAN_OCT = months(2026, 1, 10)
D02 = day("2026-12-02")
Y25 = year(2025)
DATES = [
    D("\n[[前10个月]]全市规上", JAN_OCT),
    D("市统计局[[昨日]]发布", D02),
    D("显示，[[1至10月]]全市规模", JAN_OCT),
    D("比[[上年同期]]提高2.1", Y25, OPT),
    D("统计，[[1至10月]]，全市进出口", JAN_OCT),
    D("\n[[前10个月]]，我市实现", JAN_OCT),
    D("将于[[12月12日]]启动", day("2026-12-12")),
    D("将于[[本月中旬]]开展", xun(2026, 12, 1)),
    D("\n[[1至10月]]，全市跨境电商", JAN_OCT),
    D("比[[上年同期]]增加37家", Y25, OPT),
    D("，[[10月末]]全市普惠", xun(2026, 10, 2)),
    D("较[[年初]]下降", VAGUE),
    D("\n[[昨日]]，全市第四季度", D02),
    D("全市[[第四季度]]重大", quarter(2026, 4), OPT),                       # inside the activity's name
    D("数据显示，[[1至10月]]，全市全社会", JAN_OCT),
    D("五金产业[[前10个月]]实现", JAN_OCT),
    D("横店影视城[[1至10月]]接待", JAN_OCT),
    D("比[[上年同期]]多21个", Y25, OPT),
    D("。[[12月5日至6日]]，第三届", day("2026-12-05", "2026-12-06")),
    D("）[[昨日]]，由金华", D02),
    D("将于[[本月18日至22日]]在", day("2026-12-18", "2026-12-22")),
    D("提醒，[[2027年度]]外贸", year(2027), OPT),                            # a year inside the fund's name
    D("将于[[12月7日至25日]]进行", day("2026-12-07", "2026-12-25")),
    D("小商品城[[前10个月]]实现", JAN_OCT),
    D("。[[12月1日]]，义乌", day("2026-12-01")),
    D("省经信厅[[日前]]认定", VAGUE),
    D("认定[[2026年度]]浙江省", year(2026), OPT),                            # a year inside the honour's name
    D("金华海关[[昨日]]通报", D02),
    D("，[[今年以来]]共查获", year(2026), OPT),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
HG = ["中华人民共和国金华海关", "金华海关"]
HZ = ["金华国际会展中心"]
HD = ["横店影视城有限公司", "横店影视城"]
ORGS = [
    O("）[[市统计局]]昨日", ["金华市统计局"], G),
    O("据[[金华海关]]统计", HG, G),
    O("，[[市市场监管局]]将于", ["金华市市场监督管理局"], G),
    O("据[[人民银行金华市分行]]统计", ["中国人民银行金华市分行"], G),
    O("活动在[[金华国际会展中心]]举行", HZ, CO, OPT),                             # a venue
    O("，[[市政府]]还与", ["金华市人民政府"], G),
    O("与[[浙江大学]]签署", ["浙江大学"], IN),
    O("共建[[金华研究院]]合作", ["浙江大学金华研究院", "金华研究院"], IN, OPT),      # to be built, in the deal's name
    O("落户[[金华经济技术开发区]]", ["金华经济技术开发区"], G, OPT),               # a zone, a place here
    O("\n[[市发改委]]数据", ["金华市发展和改革委员会", "金华市发改委"], G),
    O("\n[[横店影视城]]1至10月", HD, CO),
    O("在[[横店影视城]]举行", HD, CO, OPT),                                       # a venue here
    O("由[[金华金义新区建设投资集团有限公司]]投资", ["金华金义新区建设投资集团有限公司"], CO),
    O("在[[金华国际会展中心]]举办", HZ, CO, OPT),
    O("\n[[市商务局]]提醒", ["金华市商务局"], G),
    O("通过“[[浙里办]]”平台", ["浙里办"], G, OPT),                                # a platform
    O("\n[[义乌中国小商品城]]前10个月", ["浙江中国小商品城集团股份有限公司", "义乌中国小商品城"], CO, OPT),  # a market
    O("，[[义乌国际商贸城]]六区", ["义乌国际商贸城"], CO, OPT),                    # a market, a site
    O("\n[[省经信厅]]日前", ["浙江省经济和信息化厅", "浙江省经信厅"], G),
    O("\n[[金华海关]]昨日", HG, G),
]

C, P, M, EN, A = "count", "percent", "money", "energy", "area"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("增加值增长[[9.3%]]\n", "9.3", "%", P, "exact", "前10个月全市规上工业增加值", change=up(YOY)),
    S("增加值[[1586.2亿元]]", "158620000000", "元", M, "exact", "全市规模以上工业增加值", currency=CNY),
    S("同比增长[[9.3%]]，", "9.3", "%", P, "exact", "全市规模以上工业增加值", change=up(YOY)),
    S("平均水平[[1.8个百分点]]", "1.8", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省平均水平")),
    S("分别增长[[21.6%]]", "21.6", "%", P, "exact", "新能源汽车及零部件制造业增加值", change=up(YOY)),
    S("、[[14.2%]]和", "14.2", "%", P, "exact", "光伏制造业增加值", change=up(YOY)),
    S("和[[12.8%]]；", "12.8", "%", P, "exact", "数字经济核心制造业增加值", change=up(YOY)),
    S("比重达[[66.4%]]", "66.4", "%", P, "exact", "高新技术产业增加值占规上工业比重"),
    S("提高[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "高新技术产业增加值占比", change=up(YOY)),
    S("利润总额[[约392亿元]]", "39200000000", "元", M, "about", "规上工业企业利润总额", currency=CNY),
    S("同比增长[[11.5%]]", "11.5", "%", P, "exact", "规上工业企业利润总额", change=up(YOY)),
    S("利润率为[[5.6%左右]]", "5.6", "%", P, "about", "营业收入利润率"),
    S("总值突破[[6000亿元]]", "600000000000", "元", M, "over", "外贸进出口总值", currency=CNY),
    S("进出口总值[[6128.5亿元]]", "612850000000", "元", M, "exact", "全市进出口总值", currency=CNY),
    S("同比增长[[12.6%]]", "12.6", "%", P, "exact", "全市进出口总值", change=up(YOY)),
    S("出口[[5487.3亿元]]", "548730000000", "元", M, "exact", "全市出口", currency=CNY),
    S("，增长[[13.9%]]", "13.9", "%", P, "exact", "全市出口", change=up(YOY)),
    S("总额增长[[5.7%]]\n", "5.7", "%", P, "exact", "社零总额", change=up(YOY)),
    S("零售总额[[2189.6亿元]]", "218960000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[5.7%]]，", "5.7", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("平均水平高[[0.9个百分点]]", "0.9", "个百分点", P, "exact", "社会消费品零售总额增速",
      change=up("全省平均水平")),
    S("零售额增长[[近三成]]", "30", "成", P, "under", "新能源汽车零售额", OPT, change=up(YOY)),   # X成
    S("消费券[[3000万元]]", "30000000", "元", M, "exact", "市、区两级财政安排消费券", currency=CNY),
    S("比重为[[19.7%]]", "19.7", "%", P, "exact", "全市出口占全省出口总值的比重"),
    S("义乌市进出口[[4902.6亿元]]", "490260000000", "元", M, "exact", "义乌市进出口", currency=CNY),
    S("增长[[15.1%]]", "15.1", "%", P, "exact", "义乌市进出口", change=up(YOY)),
    S("贡献率[[超过八成]]", "80", "成", P, "over", "义乌对全市进出口增长的贡献率", OPT),           # X成
    S("进出口额[[约1320亿元]]", "132000000000", "元", M, "about", "全市跨境电商进出口额", currency=CNY),
    S("同比增长[[18.5%]]", "18.5", "%", P, "exact", "跨境电商进出口额", change=up(YOY)),
    S("电商主体[[超4.6万家]]", "46000", "家", C, "over", "在营跨境电商主体"),
    S("交易额[[超亿元]]的", "100000000", "元", M, "over", "企业年交易额门槛", OPT, currency=CNY),  # a threshold
    S("企业达[[286家]]", "286", "家", C, "exact", "年交易额超亿元的跨境电商企业"),
    S("增加[[37家]]", "37", "家", C, "exact", "年交易额超亿元的跨境电商企业", change=up(YOY)),
    S("贷款余额为[[3268亿元]]", "326800000000", "元", M, "exact", "普惠小微贷款余额", currency=CNY),
    S("同比增长[[16.4%]]，", "16.4", "%", P, "exact", "普惠小微贷款余额", change=up(YOY)),
    S("增速高[[6.2个百分点]]", "6.2", "个百分点", P, "exact", "普惠小微贷款增速", change=up("各项贷款增速")),
    S("利率为[[4.12%]]", "4.12", "%", P, "exact", "普惠小微贷款平均利率"),
    S("下降[[0.31个百分点]]", "0.31", "个百分点", P, "exact", "普惠小微贷款平均利率", change=down("年初")),
    S("控制在[[1.2%以内]]", "1.2", "%", P, "under", "普惠小微贷款不良率"),
    S("同比增长[[16.4%]]\n", "16.4", "%", P, "exact", "普惠小微贷款余额", change=up(YOY)),
    S("集中签约[[16个]]重大", "16", "个", C, "exact", "集中签约重大产业项目"),
    S("签约项目[[16个]]", "16", "个", C, "exact", "现场签约项目"),
    S("，总投资[[312亿元]]", "31200000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("其中[[超10亿元]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),  # a threshold
    S("项目[[9个]]", "9", "个", C, "exact", "超10亿元项目"),
    S("年产[[50万台]]新能源", "500000", "台", C, "exact", "驱动电机项目年产能", OPT),            # in the project's name
    S("总投资[[38亿元]]", "3800000000", "元", M, "exact", "新能源汽车驱动电机项目总投资", currency=CNY),
    S("总投资[[56亿元]]", "5600000000", "元", M, "exact", "光伏组件及储能电池项目总投资", currency=CNY),
    S("总投资[[24.5亿元]]", "2450000000", "元", M, "exact", "多式联运枢纽项目总投资", currency=CNY),
    S("总投资[[18亿元]]", "1800000000", "元", M, "exact", "数字制作基地扩建项目总投资", currency=CNY),
    S("用电量[[约574亿千瓦时]]", "57400000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[8.2%]]", "8.2", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("工业用电量[[389.6亿千瓦时]]", "38960000000", "千瓦时", EN, "exact", "工业用电量"),
    S("，增长[[7.6%]]", "7.6", "%", P, "exact", "工业用电量", change=up(YOY)),
    S("用电量的[[67.9%]]", "67.9", "%", P, "exact", "工业用电量占全社会用电量比重"),
    S("出口额[[约486亿元]]", "48600000000", "元", M, "about", "永康市五金产业出口额", currency=CNY),
    S("同比增长[[9.8%]]", "9.8", "%", P, "exact", "永康五金出口额", change=up(YOY)),
    S("均在[[15%以上]]", "15", "%", P, "over", "电动工具、保温杯等产品出口增速"),
    S("游客[[近2100万人次]]", "21000000", "人次", C, "under", "横店影视城接待游客"),
    S("同比增长[[6.3%]]", "6.3", "%", P, "exact", "横店影视城接待游客", change=up(YOY)),
    S("旅游收入[[约216亿元]]", "21600000000", "元", M, "about", "横店旅游收入", currency=CNY),
    S("剧组[[218个]]", "218", "个", C, "exact", "接待剧组"),
    S("多[[21个]]", "21", "个", C, "exact", "接待剧组", change=up(YOY)),
    S("该项目总投资[[45亿元]]", "4500000000", "元", M, "exact", "智能装备产业园一期项目总投资", currency=CNY),
    S("占地[[约580亩]]", "580", "亩", A, "about", "项目占地"),
    S("年产值[[超80亿元]]", "8000000000", "元", M, "over", "项目建成后年产值", currency=CNY),
    S("就业[[3000人以上]]", "3000", "人", C, "over", "吸纳就业"),
    S("展位[[1200个左右]]", "1200", "个", C, "about", "年货博览会展位"),
    S("采购商[[逾3万人次]]", "30000", "人次", C, "over", "吸引采购商"),
    S("山区[[26县]]", "26", "县", C, "exact", "山区县", OPT),                                    # a name (山区26县)
    S("成交额[[约2380亿元]]", "238000000000", "元", M, "about", "义乌中国小商品城市场成交额", currency=CNY),
    S("同比增长[[10.4%]]", "10.4", "%", P, "exact", "市场成交额", change=up(YOY)),
    S("客商[[超过22万人次]]", "220000", "人次", C, "over", "日均入市客商"),
    S("境外客商[[约1.6万人次]]", "16000", "人次", C, "about", "日均入市境外客商"),
    S("商位[[约2600个]]", "2600", "个", C, "about", "新增商位"),
    S("我市[[186家]]企业", "186", "家", C, "exact", "获评专精特新中小企业"),
    S("案件[[126起]]", "126", "起", C, "exact", "查获侵权出口商品案件"),
    S("货值[[约3800万元]]", "38000000", "元", M, "about", "侵权案件涉案货值", currency=CNY),
]

EVENTS = [
    E("市统计局昨日发布的数据", "announcement", "发布", D02, organizers=["市统计局"]),
    E("据金华海关统计", "announcement", "统计", None, organizers=["金华海关"], opt=True),         # a source
    E("“金华暖冬消费季”将于12月12日启动", "activity", "启动", day("2026-12-12"), theme="金华暖冬消费季"),
    E("市、区两级财政安排消费券3000万元", "payout", "安排", day("2026-12-12"), opt=True),         # in the campaign
    E("开展年货市场专项检查", "inspection", "检查", xun(2026, 12, 1), organizers=["市市场监管局"]),
    E("据人民银行金华市分行统计", "announcement", "统计", None, organizers=["人民银行金华市分行"],
      opt=True),
    E("重大产业项目集中签约活动在金华国际会展中心举行", "signing", "签约", D02, location="金华国际会展中心"),
    E("市政府还与浙江大学签署共建金华研究院合作协议", "signing", "签署", D02, location="金华国际会展中心",
      organizers=["市政府"], participants=["浙江大学"]),
    E("市发改委数据显示", "announcement", "数据显示", None, organizers=["市发改委"], opt=True),
    E("第三届横店短剧产业大会将在横店影视城举行", "meeting", "大会", day("2026-12-05", "2026-12-06"),
      location="横店影视城"),
    E("智能装备产业园一期工程开工", "construction", "开工", D02,
      organizers=["金华金义新区建设投资集团有限公司"]),
    E("首届浙中年货博览会将于本月18日至22日在金华国际会展中心举办", "exhibition", "博览会",
      day("2026-12-18", "2026-12-22"), location="金华国际会展中心"),
    E("外贸发展专项资金项目申报将于12月7日至25日进行", "registration", "申报", day("2026-12-07", "2026-12-25"),
      organizers=["市商务局"]),
    E("义乌国际商贸城六区二期市场试营业", "launch", "试营业", day("2026-12-01"), location="义乌国际商贸城"),
    E("日前认定2026年度浙江省专精特新中小企业，我市186家企业获评", "award", "获评", None,
      organizers=["省经信厅"], participants=["186家企业"]),
    E("金华海关昨日通报", "announcement", "通报", D02, organizers=["金华海关"]),
    E("共查获侵权出口商品案件126起", "legal", "查获", year(2026), opt=True),                     # a year summary
]
