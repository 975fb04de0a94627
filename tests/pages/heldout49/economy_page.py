"""扬州日报 (扬州市, 江苏省), 2026-12-11 (a Friday): the economy page of a city daily, dense with statistics.
Features: the page opens with a jump marker (`（上接第1版）`) and the rest of a front-page story (no headline); a
series label (`数读扬州`) over a kicker and a title (`外贸稳中提质 结构持续优化` / `1至11月全市外贸进出口增长9.7%`); a
paragraph broken after a comma (`…较上年同期提高2.1个百分点，` | `跨境电商进出口增长28.6%。`) with a labelled list of
seven `▲` briefs between (`经济简讯`: no headline, no byline); a caption `通讯员 顾 小 兵 摄`; a byline on its own
line at the end (`■通讯员 刘 彦 希`); two headlines after their bodies, three before; four more items without
headline. Statistics for January–November 2026 (industry, trade, airport, port, power, loans, retail, jobs, tourism,
high-tech); `高于全省平均水平1.6个百分点`, `高于全省平均水平4.2个百分点`, `较上年同期提高2.1个百分点`,
`增速比各项贷款高6.3个百分点`, `比上年提高2.4个百分点`, `分别增长6.3%和7.9%`, shares (`占比达63.5%`, `比重达52.4%`,
`占比约68%`); bounds 近, 逾, 超, 突破, 以上, 以内, 约, 左右, 百余; classifiers 个, 家, 批次, 亩, 吨, 标箱, 班, 人次,
千瓦时, 千伏安. Bodies written short resolve with 扬州市 (`市市场监管局`, `市工信局`, `市商务局`, `市人社局`). Dates:
`昨日` = 12-10 (×4), `本周六` = 12-12 (×2, once in a title), `下周一` = 12-14, `明年春节` = 2027-02-06, `本月以来`,
`11月末`, `12月1日至10日`, `1至11月` (×9).

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, month, months, quarter, span, up, xun, year

PAPER = "扬州日报"
PUBLISHED = "2026-12-11"
HOME = {"city": "扬州市", "province": "江苏省"}

LAYOUT = [
    ("（上接第1版）", "continuation", "E0"),
    ("12月8日，全市第四季度", "body", "E0"),                  # no headline on this page
    ("数读扬州", "label", "E1"),
    ("外贸稳中提质", "headline", "E1"),                       # kicker
    ("1至11月全市外贸", "headline", "E1"),
    ("本报讯（记者 孙 明 远 通讯员", "body", "E1"),             # breaks after a comma
    ("经济简讯", "label", "E2"),
    ("▲仪征市", "body", "E2"),                               # briefs: no headline, no byline
    ("▲12月9日", "body", "E3"),
    ("▲市市场监管局", "body", "E4"),
    ("▲本月以来", "body", "E5"),
    ("▲昨日", "body", "E6"),
    ("▲国家税务总局", "body", "E7"),
    ("▲12月8日", "body", "E8"),
    ("跨境电商进出口", "body", "E1"),                          # the rest of E1's paragraph
    ("集装箱货轮", "caption", "P0"),                          # 通讯员 顾 小 兵 摄
    ("本报讯（记者 陈 雅 文）1至11月", "body", "E9"),
    ("扬州港吞吐量", "headline", "E9"),                        # after its body
    ("国网扬州供电公司", "body", "E10"),                       # no headline
    ("人民银行扬州市分行", "body", "E11"),                     # no headline
    ("“冬日暖扬”消费季本周六", "headline", "E12"),
    ("本报讯（记者 孙 明 远）记者昨日", "body", "E12"),
    ("本报讯（记者 陈 雅 文）12月9日", "body", "E13"),
    ("电力装备产业推介会", "headline", "E13"),                 # after its body
    ("市人社局将于", "body", "E14"),                           # no headline
    ("1至11月，全市接待", "body", "E15"),                      # no headline
    ("高新区新增", "headline", "E16"),
    ("今年以来，扬州高新", "body", "E16"),
    ("■通讯员 刘 彦 希", "byline", "E16"),                     # a byline on its own line
]

ARTICLES = {
    "E0": dict(continued_from="第1版"),
    "E1": dict(byline=byline(reporters=["孙明远"], correspondents=["阮海轩"])),
    "E2": dict(), "E3": dict(), "E4": dict(), "E5": dict(), "E6": dict(), "E7": dict(), "E8": dict(),
    "E9": dict(byline=byline(reporters=["陈雅文"])),
    "E10": dict(), "E11": dict(),
    "E12": dict(byline=byline(reporters=["孙明远"])),
    "E13": dict(byline=byline(reporters=["陈雅文"])),
    "E14": dict(), "E15": dict(),
    "E16": dict(byline=byline(correspondents=["刘彦希"])),
}
JOINS = [("本报讯（记者 孙 明 远 通讯员", "跨境电商进出口")]
PHOTOS = {"P0": dict(photographers=["顾小兵"], article="E9")}

JAN_NOV = months(2026, 1, 11)
D10, D09, D08 = day("2026-12-10"), day("2026-12-09"), day("2026-12-08")
SAT = day("2026-12-12")
Y25 = year(2025)
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DATES = [
    D("\n[[12月8日]]，全市第四季度", D08),
    D("全市[[第四季度]]重大项目", quarter(2026, 4), OPT),                  # inside the works' name
    D("亿元。[[1至11月]]，全市规上", JAN_NOV),
    D("\n[[1至11月]]全市外贸", JAN_NOV),
    D("获悉，[[1至11月]]，全市外贸", JAN_NOV),
    D("较[[上年同期]]提高2.1", Y25, OPT),                                  # a baseline
    D("产业园项目[[昨日]]开工", D10),
    D("▲[[12月9日]]，扬州泰州", D09),
    D("4班。[[1至11月]]，该机场", JAN_NOV),
    D("市场监管局[[12月1日至10日]]开展", day("2026-12-01", "2026-12-10")),
    D("开展[[冬季]]食品安全", WINTER, OPT),                                # a descriptor
    D("▲[[本月]]以来", month(2026, 12)),
    D("进入[[冬季]]采挖", WINTER, OPT),
    D("▲[[昨日]]，江苏银行", D10),
    D("税务局[[12月9日]]举办", D09),
    D("▲[[12月8日]]，工业和信息化部", D08),
    D("公布[[2026年度]]国家级", year(2026), OPT),                          # inside the list's name
    D("）[[1至11月]]，扬州港", JAN_NOV),
    D("8.9%。[[昨日]]，扬州港务", D10),
    D("显示，[[1至11月]]，全市全社会", JAN_NOV),
    D("68%。[[12月8日]]，江都", D08),
    D("显示，[[11月末]]，全市本外币", xun(2026, 11, 2)),
    D("消费季[[本周六]]启动", SAT),
    D("记者[[昨日]]从市商务局", D10),
    D("获悉，[[1至11月]]，全市社会", JAN_NOV),
    D("将于[[本周六]]启动", SAT),
    D("持续至[[明年春节]]", day("2027-02-06")),
    D("陈 雅 文）[[12月9日]]，扬州（上海）", D09),
    D("将于[[下周一]]在扬州", day("2026-12-14")),
    D("“迎[[新春]]·稳就业”", day("2027-02-06"), OPT),                       # inside a theme
    D("以上。[[1至11月]]，全市城镇", JAN_NOV),
    D("\n[[1至11月]]，全市接待", JAN_NOV),
    D("\n[[今年以来]]，扬州高新", year(2026), OPT),
    D("比[[上年]]提高2.4", Y25, OPT),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
JC = ["扬州泰州国际机场"]
PORT = ["扬州港"]
GX = ["扬州高新技术产业开发区管理委员会", "扬州高新技术产业开发区"]
ORGS = [
    O("记者从[[扬州海关]]获悉", ["中华人民共和国扬州海关", "扬州海关"], G),
    O("，[[扬州泰州国际机场]]开通", JC, CO),
    O("。1至11月，[[该机场]]旅客", JC, CO, OPT),                            # a pronoun, no name
    O("▲[[市市场监管局]]12月1日", ["扬州市市场监督管理局"], G),
    O("，[[江苏银行扬州分行]]与", ["江苏银行股份有限公司扬州分行", "江苏银行扬州分行"], CO),
    O("与[[市工信局]]签署", ["扬州市工业和信息化局"], G),
    O("▲[[国家税务总局扬州市税务局]]12月9日", ["国家税务总局扬州市税务局"], G),
    O("，[[工业和信息化部]]公布", ["中华人民共和国工业和信息化部", "工业和信息化部"], G),
    O("，[[扬州港]]完成", PORT, CO, OPT),                                   # a port, a site as much as an operator
    O("，[[扬州港务集团]]新开通", ["扬州港务集团有限公司", "扬州港务集团"], CO),
    O("\n[[扬州港]]吞吐量", PORT, CO, OPT),
    O("\n[[国网扬州供电公司]]数据", ["国网江苏省电力有限公司扬州供电分公司", "国网扬州供电公司"], CO),
    O("\n[[人民银行扬州市分行]]数据", ["中国人民银行扬州市分行"], G),
    O("记者昨日从[[市商务局]]获悉", ["扬州市商务局"], G),
    O("\n[[市人社局]]将于", ["扬州市人力资源和社会保障局"], G),
    O("在[[扬州人力资源市场]]举办", ["扬州人力资源市场"], IN, OPT),          # a venue
    O("\n[[高新区]]新增", GX, G, OPT),                                      # a zone, a place
    O("，[[扬州高新技术产业开发区]]新增", GX, G, OPT),
]

C, P, M, T, W, A, EN, O_ = "count", "percent", "money", "duration", "weight", "area", "energy", "other"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("，[[32个]]项目", "32", "个", C, "exact", "同日开工项目"),
    S("总投资[[286.5亿元]]", "28650000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "规上工业增加值", change=up(YOY)),
    S("平均水平[[1.6个百分点]]", "1.6", "个百分点", P, "exact", "规上工业增加值增速",
      change=up("全省平均水平")),
    S("工业投资增长[[11.2%]]", "11.2", "%", P, "exact", "工业投资", change=up(YOY)),
    S("比重达[[52.4%]]", "52.4", "%", P, "exact", "技改投资占工业投资比重"),
    S("进出口增长[[9.7%]]\n", "9.7", "%", P, "exact", "全市外贸进出口", change=up(YOY)),
    S("外贸进出口[[1186.3亿元]]", "118630000000", "元", M, "exact", "全市外贸进出口", currency=CNY),
    S("同比增长[[9.7%]]，", "9.7", "%", P, "exact", "全市外贸进出口", change=up(YOY)),
    S("平均水平[[4.2个百分点]]", "4.2", "个百分点", P, "exact", "全市外贸增速", change=up("全省平均水平")),
    S("出口[[892.5亿元]]", "89250000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[12.1%]]", "12.1", "%", P, "exact", "出口", change=up(YOY)),
    S("进口[[293.8亿元]]", "29380000000", "元", M, "exact", "进口", currency=CNY),
    S("增长[[3.0%]]", "3.0", "%", P, "exact", "进口", change=up(YOY)),
    S("进出口[[近520亿元]]", "52000000000", "元", M, "under", "对共建“一带一路”国家进出口", currency=CNY),
    S("占比达[[63.5%]]", "63.5", "%", P, "exact", "民营企业进出口占比"),
    S("提高[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "民营企业进出口占比", change=up(YOY)),
    S("总投资[[约45亿元]]", "4500000000", "元", M, "about", "产业园项目总投资", currency=CNY),
    S("年产值[[逾80亿元]]", "8000000000", "元", M, "over", "产业园建成后年产值", currency=CNY),
    S("每周执飞[[4班]]", "4", "班", C, "exact", "扬州至吉隆坡航线每周航班"),
    S("吞吐量[[381.6万人次]]", "3816000", "人次", C, "exact", "扬州泰州国际机场旅客吞吐量"),
    S("同比增长[[14.5%]]", "14.5", "%", P, "exact", "机场旅客吞吐量", change=up(YOY)),
    S("抽检样品[[326批次]]", "326", "批次", C, "exact", "抽检样品"),
    S("合格率[[98.8%]]", "98.8", "%", P, "exact", "抽检合格率"),
    S("宝应县[[12万亩]]", "120000", "亩", A, "exact", "宝应县荷藕"),
    S("采挖量[[超500吨]]", "500", "吨", W, "over", "荷藕日均采挖量"),
    S("未来[[三年]]", "3", "年", T, "exact", "授信期限", OPT),                                  # a horizon
    S("意向授信[[200亿元]]", "20000000000", "元", M, "exact", "意向授信", currency=CNY),
    S("全市[[300余家]]", "300", "家", C, "over", "参加宣讲会外贸企业"),
    S("我市[[7家]]企业", "7", "家", C, "exact", "入选国家级绿色工厂企业"),
    S("总数达[[31家]]", "31", "家", C, "exact", "国家级绿色工厂总数"),
    S("跨境电商进出口增长[[28.6%]]", "28.6", "%", P, "exact", "跨境电商进出口", change=up(YOY)),
    S("货物吞吐量[[1.16亿吨]]", "116000000", "吨", W, "exact", "扬州港货物吞吐量"),
    S("同比增长[[5.2%]]", "5.2", "%", P, "exact", "扬州港货物吞吐量", change=up(YOY)),
    S("集装箱吞吐量[[71.3万标箱]]", "713000", "标箱", C, "exact", "扬州港集装箱吞吐量"),
    S("增长[[8.9%]]", "8.9", "%", P, "exact", "集装箱吞吐量", change=up(YOY)),
    S("每月开行[[4班]]", "4", "班", C, "exact", "越南海防航线每月班次"),
    S("吞吐量突破[[1.1亿吨]]", "110000000", "吨", W, "over", "扬州港货物吞吐量"),
    S("用电量[[约352亿千瓦时]]", "35200000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("用电量占比[[约68%]]", "68", "%", P, "about", "工业用电量占比"),
    S("江都[[220千伏]]变电站", "220", "千伏", O_, "exact", "变电站电压等级", OPT),               # inside a name
    S("变电容量[[36万千伏安]]", "360000", "千伏安", O_, "exact", "新增变电容量"),
    S("贷款余额[[1.08万亿元]]", "1080000000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[9.1%]]", "9.1", "%", P, "exact", "本外币各项贷款余额", change=up(YOY)),
    S("贷款余额[[2386亿元]]", "238600000000", "元", M, "exact", "制造业贷款余额", currency=CNY),
    S("增长[[15.4%]]", "15.4", "%", P, "exact", "制造业贷款余额", change=up(YOY)),
    S("高[[6.3个百分点]]", "6.3", "个百分点", P, "exact", "制造业贷款增速", change=up("各项贷款增速")),
    S("贷款余额[[1426亿元]]", "142600000000", "元", M, "exact", "普惠小微贷款余额", currency=CNY),
    S("增长[[18.2%]]", "18.2", "%", P, "exact", "普惠小微贷款余额", change=up(YOY)),
    S("零售总额[[1612.4亿元]]", "161240000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[5.6%]]", "5.6", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("消费券[[3000万元]]", "30000000", "元", M, "exact", "市级财政安排消费券", currency=CNY),
    S("签约项目[[18个]]", "18", "个", C, "exact", "现场签约项目"),
    S("总投资[[约126亿元]]", "12600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("其中[[超10亿元]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),   # a threshold
    S("亿元项目[[5个]]", "5", "个", C, "exact", "超10亿元项目"),
    S("推介会签约[[126亿元]]", "12600000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("，[[百余家]]企业", "100", "家", C, "over", "参加招聘会企业"),
    S("提供岗位[[4000个以上]]", "4000", "个", C, "over", "招聘会提供岗位"),
    S("新增就业[[6.82万人]]", "68200", "人", C, "exact", "城镇新增就业"),
    S("目标的[[113.7%]]", "113.7", "%", P, "exact", "年度就业目标完成率"),
    S("控制在[[4.5%以内]]", "4.5", "%", P, "under", "城镇调查失业率"),
    S("国内外游客[[9126.5万人次]]", "91265000", "人次", C, "exact", "接待国内外游客"),
    S("旅游总收入[[约1382亿元]]", "138200000000", "元", M, "about", "旅游总收入", currency=CNY),
    S("分别增长[[6.3%]]", "6.3", "%", P, "exact", "接待国内外游客", change=up(YOY)),
    S("和[[7.9%]]；", "7.9", "%", P, "exact", "旅游总收入", change=up(YOY)),
    S("入境游客[[约28万人次]]", "280000", "人次", C, "about", "入境游客"),
    S("同比增长[[42.6%]]", "42.6", "%", P, "exact", "入境游客", change=up(YOY)),
    S("停留[[1.8天左右]]", "1.8", "天", T, "about", "过夜游客人均停留"),
    S("高新技术企业[[126家]]\n", "126", "家", C, "exact", "高新区新增高新技术企业"),
    S("高新技术企业[[126家]]，", "126", "家", C, "exact", "高新区新增高新技术企业"),
    S("总数达[[682家]]", "682", "家", C, "exact", "高新技术企业总数"),
    S("比重达[[58.3%]]", "58.3", "%", P, "exact", "高新技术产业产值占规上工业产值比重"),
    S("提高[[2.4个百分点]]", "2.4", "个百分点", P, "exact", "高新技术产业产值占比", change=up("上年")),
]

EVENTS = [
    E("重大项目集中开工仪式在广陵区举行", "construction", "开工", D08, location="广陵区"),
    E("产业园项目昨日开工", "construction", "开工", D10, location="仪征市"),
    E("扬州泰州国际机场开通扬州至吉隆坡国际航线", "launch", "开通", D09, organizers=["扬州泰州国际机场"]),
    E("开展冬季食品安全专项抽检", "inspection", "抽检", day("2026-12-01", "2026-12-10"),
      organizers=["市市场监管局"]),
    E("进入冬季采挖高峰", "production", "采挖", month(2026, 12), location="宝应县"),
    E("签署制造业专项融资合作协议", "signing", "签署", D10, organizers=["江苏银行扬州分行"],
      participants=["市工信局"]),
    E("举办出口退税政策宣讲会", "training", "宣讲会", D09, organizers=["国家税务总局扬州市税务局"],
      participants=["300余家外贸企业"]),
    E("名单，我市7家企业入选", "award", "入选", D08, organizers=["工业和信息化部"], participants=["7家企业"]),
    E("新开通至越南海防的外贸集装箱班轮航线", "launch", "开通", D10, organizers=["扬州港务集团"]),
    E("国网扬州供电公司数据显示", "announcement", "数据显示", None, organizers=["国网扬州供电公司"], opt=True),
    E("变电站扩建工程投运", "construction", "投运", D08, location="江都"),
    E("人民银行扬州市分行数据显示", "announcement", "数据显示", None, organizers=["人民银行扬州市分行"],
      opt=True),
    E("消费季将于本周六启动", "activity", "启动", SAT, theme="冬日暖扬"),
    E("安排消费券3000万元", "payout", "安排", SAT, opt=True),                                  # part of the campaign
    E("招商推介会在上海举行", "meeting", "推介会", D09, location="上海"),
    E("现场签约项目18个", "signing", "签约", D09, location="上海"),
    E("举办“迎新春·稳就业”专场招聘会", "recruitment", "招聘会", day("2026-12-14"), location="扬州人力资源市场",
      organizers=["市人社局"], participants=["百余家企业"], theme="迎新春·稳就业"),
]
