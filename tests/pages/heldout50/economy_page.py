"""湖州日报 (湖州市, 浙江省), 2026-12-08 (a Tuesday): the city paper's economy page, dense with statistics.
Features: a headless, bylineless brief first on the page; a kicker over a title (`绿色智造挑大梁` /
`前10个月全市规上工业增加值增长8.1%`) whose article runs to a jump marker on a line of its own (`（下转第3版）`); a
paragraph broken mid-word (`…获得优惠贷` | `款，累计节约…`) with a headless brief between, its headline after the
rest; a series label (`数读湖州`) over a roundup title (`区县经济速览`) and five label-colon lines (`吴兴区：`,
`南浔区：`, `德清县：`, `长兴县：`, `安吉县：`: districts and counties are places, not organizations); three headlines
after their bodies, four before; eight briefs without headline or byline. Statistics for January–October and
January–November 2026 (power, industry, green loans, parcels, exports, investment, tourism, customs):
`高于全社会用电量3.4个百分点`, `高于全省平均水平1.6个百分点`, `比各项贷款增速高13.5个百分点`,
`比上年同期提高2.4个百分点`, `高于全区出口增速2.1个百分点`, `对欧盟出口增速高于全市出口增速3.8个百分点`,
`分别增长21.7%和15.3%`, `分别增长6.9%和8.2%`,
shares (`比重达71.2%`, `比重为36.8%`, `占进出口总额的83.4%`); bounds 逾, 近, 超, 突破, 以上, 以内, 约, 左右; money in
人民币, 美元 and 欧元 (`约合24.6亿元人民币`); classifiers 千瓦时, 条, 家, 个, 件, 户, 辆, 班, 标箱, 人次, 平方米. Bodies
written short resolve with the city (`市统计局`, `市邮政管理局`, `市商务局`, `市文化广电旅游局`, `市人力社保局`,
`市政府办公室`). Dates: `昨日` = 12-07 (×4), `本周六` = 12-12 (body and a title), `下周二` = 12-15 (a title),
`1—10月`/`前10个月`, `1—11月`, `11月末`, `明年2月底`, `12月15日至17日`, `到2028年`.

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "湖州日报"
PUBLISHED = "2026-12-08"
HOME = {"city": "湖州市", "province": "浙江省"}

LAYOUT = [
    ("据国网湖州供电公司", "body", "E0"),                      # no headline, no byline
    ("绿色智造挑大梁", "headline", "E1"),                      # kicker
    ("前10个月全市规上", "headline", "E1"),
    ("本报讯（记者 沈 雨 桐", "body", "E1"),
    ("（下转第3版）", "continuation", "E1"),
    ("本报讯（记者 潘 一 鸣）", "body", "E2"),                 # breaks mid-word (…贷 | 款…)
    ("市邮政管理局数据显示", "body", "E3"),                    # no headline
    ("款，累计节约", "body", "E2"),                            # the rest of E2's paragraph
    ("绿色贷款余额突破", "headline", "E2"),                    # after its body
    ("数读湖州", "label", "E4"),
    ("区县经济速览", "headline", "E4"),
    ("吴兴区：", "body", "E4"),
    ("南浔区：", "body", "E4"),
    ("德清县：", "body", "E4"),
    ("长兴县：", "body", "E4"),
    ("安吉县：", "body", "E4"),
    ("南浔集中签约", "headline", "E5"),
    ("本报讯（记者 吴 佳 琪）", "body", "E5"),
    ("市商务局昨日", "body", "E6"),
    ("暖冬消费季本周六", "headline", "E6"),                    # after its body
    ("1—10月，全市接待", "body", "E7"),                        # no headline
    ("长兴绿驰新能源", "body", "E8"),
    ("长兴固态电池", "headline", "E8"),                        # after its body
    ("昨日，湖州港", "body", "E9"),                            # no headline
    ("绿色家居博览会", "headline", "E10"),
    ("2026中国（安吉）", "body", "E10"),
    ("据湖州海关统计", "body", "E11"),                         # no headline
    ("市人力社保局提醒", "body", "E12"),                       # no headline
    ("工业和信息化部日前", "body", "E13"),                     # no headline
    ("市政府办公室", "body", "E14"),                           # no headline
]

ARTICLES = {
    "E0": dict(),
    "E1": dict(byline=byline(reporters=["沈雨桐"], correspondents=["钱立新"]), continued_to="第3版"),
    "E2": dict(byline=byline(reporters=["潘一鸣"])),
    "E3": dict(), "E4": dict(),
    "E5": dict(byline=byline(reporters=["吴佳琪"])),
    "E6": dict(), "E7": dict(), "E8": dict(), "E9": dict(), "E10": dict(), "E11": dict(), "E12": dict(),
    "E13": dict(), "E14": dict(),
}
JOINS = [("本报讯（记者 潘 一 鸣）", "款，累计节约")]
PHOTOS = {}

JAN_OCT, JAN_NOV = months(2026, 1, 10), months(2026, 1, 11)
D07, D12 = day("2026-12-07"), day("2026-12-12")
Y26, Y25 = year(2026), year(2025)
DATES = [
    D("统计，[[1—11月]]，全市全社会", JAN_NOV),
    D("。[[入冬以来]]，该公司", VAGUE),
    D("\n[[前10个月]]全市规上", JAN_OCT),
    D("记者[[昨日]]从市统计局", D07),
    D("获悉，[[1—10月]]，全市规模", JAN_OCT),
    D("比[[上年同期]]提高2.4", Y25, OPT),
    D("截至[[11月末]]，全市绿色", xun(2026, 11, 2)),
    D("。[[昨日]]，人民银行", D07),
    D("。[[今年以来]]，全市已有", Y26, OPT),
    D("显示，[[1—11月]]，全市快递", JAN_NOV),
    D("。[[12月1日]]起，南浔", day("2026-12-01")),
    D("吴兴区：[[1—10月]]，织里", JAN_OCT),
    D("南浔区：[[1—11月]]，木地板", JAN_NOV),
    D("地理信息产业[[前10个月]]营业", JAN_OCT),
    D("）[[12月6日]]，南浔区", day("2026-12-06")),
    D("市商务局[[昨日]]发布", D07),
    D("，[[2026]]湖州“暖冬", Y26, OPT),                                 # a year inside the campaign's name
    D("将于[[本周六]]启动，", D12),
    D("持续至[[明年2月底]]", xun(2027, 2, 2)),
    D("消费季[[本周六]]启动\n", D12),
    D("\n[[1—10月]]，全市接待", JAN_OCT),
    D("。[[12月5日]]，市文化", day("2026-12-05")),
    D("发布[[冬季]]精品线路", (span("2026-12-01", "2027-02-28"), "season"), OPT),   # a descriptor
    D("项目一期[[12月5日]]在长兴", day("2026-12-05")),
    D("\n[[昨日]]，湖州港", D07),
    D("博览会[[下周二]]开幕", day("2026-12-15")),
    D("\n[[2026]]中国（安吉）", Y26, OPT),                              # a year inside the expo's name
    D("将于[[12月15日至17日]]在安吉", day("2026-12-15", "2026-12-17")),
    D("统计，[[1—11月]]，全市货物", JAN_NOV),
    D("提醒，[[2026年度]]失业保险", Y26, OPT),                          # a year inside the refund's name
    D("将于[[12月25日]]截止", day("2026-12-25")),
    D("。[[今年]]全市已向", Y26),
    D("工业和信息化部[[日前]]公布", VAGUE),
    D("公布[[2026年度]]智能制造", Y26, OPT),                            # a year inside the list's name
    D("市政府办公室[[12月3日]]印发", day("2026-12-03")),
    D("行动方案（[[2026—2028年]]）", (span("2026-01-01", "2028-12-31"), "year"), OPT),   # inside a document's title
    D("提出到[[2028年]]全市", year(2028)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
GW = ["国网浙江省电力有限公司湖州供电公司", "国网湖州供电公司"]
ORGS = [
    O("据[[国网湖州供电公司]]统计", GW, CO),
    O("，[[该公司]]已对", GW, CO, OPT),                                  # an anaphor, no name
    O("从[[市统计局]]获悉", ["湖州市统计局"], G),
    O("，[[人民银行湖州市分行]]召开", ["中国人民银行湖州市分行", "人民银行湖州市分行"], G),
    O("\n[[市邮政管理局]]数据", ["湖州市邮政管理局"], G),
    O("\n[[市商务局]]昨日", ["湖州市商务局"], G),
    O("，[[市文化广电旅游局]]在", ["湖州市文化广电旅游局"], G),
    O("\n[[长兴绿驰新能源科技有限公司]]年产", ["长兴绿驰新能源科技有限公司"], CO),
    O("在[[长兴经济技术开发区]]投产", ["长兴经济技术开发区管理委员会", "长兴经济技术开发区"], G, OPT),  # a zone
    O("，[[湖州港]]至宁波", ["湖州港"], CO, OPT),                         # ports, sites as much as operators
    O("至[[宁波舟山港]]“海河", ["宁波舟山港"], CO, OPT),
    O("在[[安吉国际会展中心]]举办", ["安吉国际会展中心"], IN, OPT),       # a venue
    O("据[[湖州海关]]统计", ["中华人民共和国湖州海关", "湖州海关"], G),
    O("，对[[欧盟]]出口", ["欧洲联盟", "欧盟"], G, OPT),                  # a trading partner, a place here
    O("\n[[市人力社保局]]提醒", ["湖州市人力资源和社会保障局"], G),
    O("\n[[工业和信息化部]]日前", ["中华人民共和国工业和信息化部", "工业和信息化部"], G),
    O("\n[[市政府办公室]]12月3日", ["湖州市人民政府办公室"], G),
]

C, P, M, T, A, EN = "count", "percent", "money", "duration", "area", "energy"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = "上年同期"
STATS = [
    S("用电量[[约412.6亿千瓦时]]", "41260000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[6.4%]]", "6.4", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("用电量增长[[9.8%]]", "9.8", "%", P, "exact", "第三产业用电量", change=up(YOY)),
    S("用电量[[3.4个百分点]]", "3.4", "个百分点", P, "exact", "第三产业用电量增速", change=up("全社会用电量")),
    S("全市[[186条]]重要线路", "186", "条", C, "exact", "特巡重要线路"),
    S("增加值增长[[8.1%]]\n", "8.1", "%", P, "exact", "规上工业增加值", change=up(YOY)),
    S("增加值[[1268.4亿元]]", "126840000000", "元", M, "exact", "规模以上工业增加值", currency=CNY),
    S("同比增长[[8.1%]]，", "8.1", "%", P, "exact", "规模以上工业增加值", change=up(YOY)),
    S("平均水平[[1.6个百分点]]", "1.6", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省平均水平")),
    S("分别增长[[21.7%]]", "21.7", "%", P, "exact", "新能源汽车及关键零部件制造业增加值", change=up(YOY)),
    S("和[[15.3%]]；", "15.3", "%", P, "exact", "数字经济核心产业制造业增加值", change=up(YOY)),
    S("比重达[[71.2%]]", "71.2", "%", P, "exact", "高新技术产业增加值占规上工业比重"),
    S("提高[[2.4个百分点]]", "2.4", "个百分点", P, "exact", "高新技术产业增加值占比", change=up(YOY)),
    S("贷款余额[[4120.6亿元]]", "412060000000", "元", M, "exact", "绿色贷款余额", currency=CNY),
    S("同比增长[[24.3%]]", "24.3", "%", P, "exact", "绿色贷款余额", change=up(YOY)),
    S("增速高[[13.5个百分点]]", "13.5", "个百分点", P, "exact", "绿色贷款增速", change=up("各项贷款增速")),
    S("比重为[[36.8%]]", "36.8", "%", P, "exact", "绿色贷款占各项贷款余额比重"),
    S("涉及项目[[126个]]", "126", "个", C, "exact", "转型金融支持项目"),
    S("融资需求[[约385亿元]]", "38500000000", "元", M, "about", "转型金融项目融资需求", currency=CNY),
    S("已有[[57家]]企业", "57", "家", C, "exact", "获得优惠贷款企业"),
    S("业务量完成[[14.8亿件]]", "1480000000", "件", C, "exact", "快递业务量"),
    S("同比增长[[16.2%]]", "16.2", "%", P, "exact", "快递业务量", change=up(YOY)),
    S("占比[[近四成]]", "4", "成", P, "under", "织里童装寄递量占比", OPT),              # X成
    S("新建的[[2个]]快递", "2", "个", C, "exact", "快递共配中心"),
    S("融资成本[[逾1.2亿元]]", "120000000", "元", M, "over", "节约融资成本", currency=CNY),
    S("余额突破[[4000亿元]]", "400000000000", "元", M, "over", "绿色贷款余额", currency=CNY),
    S("销售额[[约486亿元]]", "48600000000", "元", M, "about", "织里童装电商销售额", currency=CNY),
    S("同比增长[[12.7%]]", "12.7", "%", P, "exact", "织里童装电商销售额", change=up(YOY)),
    S("经营主体[[1.3万户]]", "13000", "户", C, "exact", "新增电商经营主体"),
    S("出口额[[5.6亿美元]]", "560000000", "美元", M, "exact", "南浔区木地板出口额", currency=USD),
    S("，增长[[8.3%]]", "8.3", "%", P, "exact", "木地板出口额", change=up(YOY)),
    S("出口增速[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "木地板出口增速", change=up("全区出口增速")),
    S("营业收入[[超520亿元]]", "52000000000", "元", M, "over", "德清县地理信息产业营业收入", currency=CNY),
    S("集聚企业[[近1200家]]", "1200", "家", C, "under", "地理信息企业"),
    S("汽车产量[[12.6万辆]]", "126000", "辆", C, "exact", "长兴县新能源汽车产量"),
    S("电池产值[[约910亿元]]", "91000000000", "元", M, "about", "长兴县动力电池产值", currency=CNY),
    S("出口额[[约3.1亿欧元]]", "310000000", "欧元", M, "about", "安吉县椅业出口额", currency=EUR),
    S("（[[约合24.6亿元人民币]]）", "2460000000", "元", M, "about", "安吉县椅业出口额", currency=CNY),
    S("竹产业产值[[约248亿元]]", "24800000000", "元", M, "about", "安吉县竹产业产值", currency=CNY),
    S("签约[[18个]]项目", "18", "个", C, "exact", "集中签约项目"),
    S("签约项目[[18个]]，", "18", "个", C, "exact", "签约项目"),
    S("总投资[[152.6亿元]]", "15260000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("其中[[10亿元以上]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),   # a threshold
    S("以上项目[[5个]]", "5", "个", C, "exact", "10亿元以上项目"),
    S("消费券[[3000万元]]", "30000000", "元", M, "exact", "消费券", currency=CNY),
    S("带动消费[[超15亿元]]", "1500000000", "元", M, "over", "带动消费", currency=CNY),
    S("游客[[1.26亿人次]]", "126000000", "人次", C, "exact", "接待国内外游客"),
    S("旅游总收入[[约1420亿元]]", "142000000000", "元", M, "about", "旅游总收入", currency=CNY),
    S("分别增长[[6.9%]]", "6.9", "%", P, "exact", "接待国内外游客", change=up(YOY)),
    S("和[[8.2%]]；", "8.2", "%", P, "exact", "旅游总收入", change=up(YOY)),
    S("入住率[[65%左右]]", "65", "%", P, "about", "莫干山民宿客房平均入住率"),
    S("精品线路[[10条]]", "10", "条", C, "exact", "冬季精品线路"),
    S("年产[[20吉瓦时]]固态", "20", "吉瓦时", EN, "exact", "固态电池项目年产能", OPT),   # inside the project's name
    S("总投资[[约65亿元]]", "6500000000", "元", M, "about", "固态电池项目总投资", currency=CNY),
    S("可达[[120亿元以上]]", "12000000000", "元", M, "over", "达产后年产值", currency=CNY),
    S("开行[[4班]]", "4", "班", C, "exact", "航线每周开行班次"),
    S("控制在[[36小时以内]]", "36", "小时", T, "under", "全程运输时间"),
    S("节约物流成本[[约300元]]", "300", "元", M, "about", "每标箱节约物流成本", currency=CNY),
    S("参展企业[[超600家]]", "600", "家", C, "over", "参展企业"),
    S("展览面积[[约8万平方米]]", "80000", "平方米", A, "about", "展览面积"),
    S("进出口总额[[1586.3亿元]]", "158630000000", "元", M, "exact", "全市货物贸易进出口总额", currency=CNY),
    S("，同比增长[[6.9%]]；其中出口", "6.9", "%", P, "exact", "货物贸易进出口总额", change=up(YOY)),
    S("出口[[1322.7亿元]]", "132270000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[7.4%]]", "7.4", "%", P, "exact", "出口", change=up(YOY)),
    S("总额的[[83.4%]]", "83.4", "%", P, "exact", "出口占进出口总额比重"),
    S("全市出口增速[[3.8个百分点]]", "3.8", "个百分点", P, "exact", "对欧盟出口增速", change=up("全市出口增速")),
    S("已向[[1.6万家]]企业", "16000", "家", C, "exact", "获得稳岗返还企业"),
    S("返还资金[[约2.3亿元]]", "230000000", "元", M, "about", "稳岗返还资金", currency=CNY),
    S("我市[[3家]]企业入选", "3", "家", C, "exact", "入选智能制造示范工厂企业"),
    S("规模突破[[300亿元]]", "30000000000", "元", M, "over", "低空经济产业规模", currency=CNY),
]

EVENTS = [
    E("对全市186条重要线路开展特巡", "inspection", "特巡", None, organizers=["国网湖州供电公司"]),
    E("人民银行湖州市分行召开全市绿色金融改革推进会", "meeting", "召开", D07,
      organizers=["人民银行湖州市分行"]),
    E("发布转型金融支持项目清单", "announcement", "发布", D07, organizers=["人民银行湖州市分行"],
      opt=True),                                                                                  # inside the meeting
    E("凭“碳效码”获得优惠贷", "payout", "贷", Y26, opt=True),                                     # a year summary
    E("快递共配中心投入使用", "launch", "投入使用", day("2026-12-01"), location="南浔、德清"),
    E("举行重大产业项目集中签约仪式", "signing", "签约", day("2026-12-06"), location="南浔区"),
    E("市商务局昨日发布消息", "announcement", "发布", D07, organizers=["市商务局"], opt=True),      # a report verb
    E("“暖冬消费季”活动将于本周六启动", "activity", "启动", D12, organizers=["市商务局"],
      theme="暖冬消费季"),
    E("发放消费券3000万元", "payout", "发放", D12, opt=True),  # part of the campaign
    E("举办“冬游湖州”推介会", "meeting", "推介会", day("2026-12-05"), location="南太湖新区",
      organizers=["市文化广电旅游局"], theme="冬游湖州"),
    E("发布冬季精品线路10条", "launch", "发布", day("2026-12-05"), opt=True),  # inside the conference
    E("在长兴经济技术开发区投产", "construction", "投产", day("2026-12-05"), location="长兴经济技术开发区",
      organizers=["长兴绿驰新能源科技有限公司"]),
    E("集装箱新航线首航", "launch", "首航", D07, location="湖州港"),
    E("绿色家居博览会将于12月15日至17日", "exhibition", "博览会", day("2026-12-15", "2026-12-17"),
      location="安吉国际会展中心"),
    E("稳岗返还申报将于12月25日截止", "registration", "申报", day("2026-12-25"), organizers=["市人力社保局"]),
    E("全市已向1.6万家企业返还资金", "payout", "返还", Y26, opt=True),                              # a year summary
    E("日前公布", "announcement", "公布", None, organizers=["工业和信息化部"], opt=True),
    E("我市3家企业入选", "award", "入选", None, organizers=["工业和信息化部"], participants=["3家企业"]),
    E("市政府办公室12月3日印发", "policy", "印发", day("2026-12-03"), organizers=["市政府办公室"]),
]
