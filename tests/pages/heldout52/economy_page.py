"""马鞍山日报 (马鞍山市, 安徽省), 2026-12-12 (a Saturday): a city economy page dense with statistics.
Features: the page opens with the district roundup's title (`县区经济速览`), its label-colon lines (`当涂县：`,
`含山县：`, `博望区：`, `郑蒲港新区：`, `雨山区：`: counties, districts and a new area are places, not organizations)
standing after the whole lead article; a series label (`稳增长·一线观察`) and a kicker over the lead's title; the lead
ends with a jump marker (`（下转第6版）`); a paragraph broken mid-word (`…机电产品出口占出口总` | `值的61.7%。`) with
another brief and its after-body headline between; a paragraph broken after a comma (`…新能源汽车零售额增长42.3%，` |
`为进一步激发消费活力…`) with another article's body between, that article's headline standing before the first
half; a caption credited to a correspondent (`通讯员 许 诺 摄`); four headlines after their bodies; six briefs
without byline or headline. Statistics for January–November 2026 (industry, trade, port, deposits and loans,
retail, power, tourism, jobs, revenue, patents): `高于全省平均水平1.9个百分点`, `高于全省增速3.5个百分点`,
`增速高出各项贷款14.1个百分点`, `比上年同期提高2.8个百分点`, `较上年同期提高1.6个百分点`, `比年初净增93家`,
`比年初增加372.5亿元`, `按年上升12.5%`, `较2025年全年增长约15%`, `分别增长8.3%和9.7%`, shares (`占…比重达52.3%`,
`占比约27%`, `占比为76.8%`, `出口总值的61.7%`), bounds 逾, 近, 超, 突破, 以上, 约, 左右; classifiers 辆, 家, 个,
标箱, 吨, 千瓦时, 人次, 件; 港元 with `约合X亿元人民币`. Dates: `昨日` = 12-11 (×4), `下周二` = 12-15, `本月`,
`12月8日`/`12月9日`/`12月10日` (×2), `12月18日` and `18日` (a title), `11月末`, `今年上半年`, `明年6月`,
`明年2月底`, `元旦`, `2025年全年`, `今年`, `1至11月`/`今年前11个月`/`前11个月` (×10).

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, up, xun, year

PAPER = "马鞍山日报"
PUBLISHED = "2026-12-12"
HOME = {"city": "马鞍山市", "province": "安徽省"}

LAYOUT = [
    ("县区经济速览", "headline", "E1"),                        # its lines after the lead
    ("稳增长·一线观察", "label", "E0"),
    ("高新技术产业增加值占比过半", "headline", "E0"),          # kicker
    ("前11个月我市规上工业", "headline", "E0"),
    ("本报讯（记者 戴 文 静 通讯员", "body", "E0"),
    ("（下转第6版）", "continuation", "E0"),
    ("当涂县：", "body", "E1"),
    ("含山县：", "body", "E1"),
    ("博望区：", "body", "E1"),
    ("郑蒲港新区：", "body", "E1"),
    ("雨山区：", "body", "E1"),
    ("马鞍山海关12月10日", "body", "E2"),                      # no headline; breaks mid-word (总|值)
    ("市港航管理中心", "body", "E3"),
    ("马鞍山港货物吞吐量", "headline", "E3"),                  # after its body
    ("值的61.7%", "body", "E2"),                               # the rest of E2's paragraph
    ("人民银行马鞍山市分行", "body", "E4"),                    # no headline
    ("港资冷链物流枢纽", "headline", "E5"),                    # its body after the next line
    ("1至11月，全市社会消费品", "body", "E8"),                 # breaks after a comma
    ("本报讯（记者 戴 文 静）昨日", "body", "E5"),
    ("为进一步激发", "body", "E8"),                            # the rest of E8's paragraph
    ("“诗城暖冬惠购季”18日", "headline", "E8"),                # after its body
    ("慈湖高新区一家", "caption", "P0"),                       # 通讯员 许 诺 摄
    ("本报讯（通讯员 许 诺）", "body", "E6"),
    ("新能源汽车底盘部件", "headline", "E6"),                  # after its body
    ("市文化和旅游局统计", "body", "E11"),
    ("前11个月游客", "headline", "E11"),                       # after its body
    ("国网马鞍山供电公司", "body", "E7"),                      # no headline
    ("市人社局消息", "body", "E9"),                            # no headline
    ("市财政局数据显示", "body", "E10"),                       # no headline
    ("市科技局昨日", "body", "E12"),                           # no headline
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["戴文静"], correspondents=["许诺"]), continued_to="第6版"),
    "E1": dict(),
    "E2": dict(),
    "E3": dict(),
    "E4": dict(),
    "E5": dict(byline=byline(reporters=["戴文静"])),
    "E6": dict(byline=byline(correspondents=["许诺"])),
    "E7": dict(), "E8": dict(), "E9": dict(), "E10": dict(), "E11": dict(), "E12": dict(),
}
JOINS = [("马鞍山海关12月10日", "值的61.7%"), ("1至11月，全市社会消费品", "为进一步激发")]
PHOTOS = {"P0": dict(photographers=["许诺"], article="E6")}

JAN_NOV = months(2026, 1, 11)
JAN_NOV_25 = months(2025, 1, 11)
D11 = day("2026-12-11")
D18 = day("2026-12-18")
DATES = [
    D("\n[[前11个月]]我市规上", JAN_NOV),
    D("市统计局[[昨日]]发布", D11),
    D("数据，[[1至11月]]，全市规模", JAN_NOV),
    D("比[[上年同期]]提高2.8", JAN_NOV_25, OPT),
    D("比[[年初]]净增", VAGUE),                                        # a baseline, the start of the year
    D("当涂县：[[1至11月]]固定", JAN_NOV),
    D("；[[12月8日]]举办", day("2026-12-08")),
    D("工程于[[12月9日]]开工", day("2026-12-09")),
    D("马鞍山海关[[12月10日]]发布", day("2026-12-10")),
    D("，[[今年前11个月]]，全市外贸", JAN_NOV),
    D("显示，[[1至11月]]，马鞍山港", JAN_NOV),
    D("分行[[昨日]]召开", D11),
    D("通报，[[11月末]]，全市", xun(2026, 11, 2)),
    D("比[[年初]]增加", VAGUE),
    D("\n[[1至11月]]，全市社会消费品", JAN_NOV),
    D("）[[昨日]]，马鞍山经济", D11),
    D("预计[[明年6月]]开工", month(2027, 6)),
    D("集团[[今年上半年]]营业额", months(2026, 1, 6)),
    D("将于[[12月18日]]启动", D18),
    D("持续至[[明年2月底]]", xun(2027, 2, 2)),
    D("”[[18日]]启动", D18),
    D("）[[12月10日]]，慈湖", day("2026-12-10")),
    D("统计，[[1至11月]]，全市接待", JAN_NOV),
    D("较[[2025年全年]]增长", year(2025)),
    D("[[元旦]]起，景区", day("2027-01-01")),
    D("\n[[前11个月]]游客", JAN_NOV),
    D("供电公司[[本月]]起", month(2026, 12)),
    D("统计，[[1至11月]]，全市全社会", JAN_NOV),
    D("消息，[[今年以来]]全市城镇", year(2026), OPT),
    D("。[[下周二]]，市人社局", day("2026-12-15")),
    D("“[[岁末]]送岗”", VAGUE),                                        # inside a theme
    D("显示，[[1至11月]]，全市一般", JAN_NOV),
    D("较[[上年同期]]提高1.6", JAN_NOV_25, OPT),
    D("市科技局[[昨日]]公示", D11),
    D("，[[今年]]我市新认定", year(2026)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
PORT = ["马鞍山港"]
JKQ = ["马鞍山经济技术开发区管理委员会", "马鞍山经济技术开发区"]
HJ = ["香港恒骏投资集团有限公司"]
RSJ = ["马鞍山市人力资源和社会保障局"]
ORGS = [
    O("）[[市统计局]]昨日", ["马鞍山市统计局"], G),
    O("\n[[马鞍山海关]]12月10日", ["中华人民共和国马鞍山海关", "马鞍山海关"], G),
    O("\n[[市港航管理中心]]数据", ["马鞍山市港航管理中心"], IN),
    O("，[[马鞍山港]]完成", PORT, CO, OPT),                                 # a port, a site as much as an operator
    O("\n[[马鞍山港]]货物", PORT, CO, OPT),
    O("\n[[人民银行马鞍山市分行]]昨日", ["中国人民银行马鞍山市分行"], G),
    O("落户[[经开区]]\n", JKQ, G, OPT),                                     # a zone
    O("，[[马鞍山经济技术开发区]]与", JKQ, G, OPT),
    O("与[[香港恒骏投资集团有限公司]]签署", HJ, CO),
    O("。[[恒骏集团]]今年", HJ, CO),
    O("，[[市商务局]]将于", ["马鞍山市商务局"], G),
    O("慈湖高新区[[安弘汽车零部件有限公司]]年产", ["安弘汽车零部件有限公司", "慈湖高新区安弘汽车零部件有限公司"], CO),
    O("\n[[市文化和旅游局]]统计", ["马鞍山市文化和旅游局"], G),
    O("\n[[国网马鞍山供电公司]]本月", ["国网安徽省电力有限公司马鞍山供电公司", "国网马鞍山供电公司"], CO),
    O("据[[该公司]]统计", ["国网安徽省电力有限公司马鞍山供电公司", "国网马鞍山供电公司"], CO, OPT),   # an anaphor
    O("\n[[市人社局]]消息", RSJ, G),
    O("，[[市人社局]]将在", RSJ, G),
    O("在[[市人力资源市场]]举办", ["马鞍山市人力资源市场"], IN, OPT),        # a venue
    O("\n[[市财政局]]数据", ["马鞍山市财政局"], G),
    O("\n[[市科技局]]昨日", ["马鞍山市科学技术局"], G),
]

C, P, M, T, W, EN = "count", "percent", "money", "duration", "weight", "energy"
CNY, HKD = "CNY", "HKD"
YOY = "上年同期"
STATS = [
    S("增加值占比[[过半]]", "50", "%", P, "over", "高新技术产业增加值占比", OPT),                   # a word for a share
    S("工业增加值增长[[8.6%]]\n", "8.6", "%", P, "exact", "规上工业增加值", change=up(YOY)),
    S("同比增长[[8.6%]]，高于", "8.6", "%", P, "exact", "全市规模以上工业增加值", change=up(YOY)),
    S("平均水平[[1.9个百分点]]", "1.9", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省平均水平")),
    S("增加值增长[[14.2%]]", "14.2", "%", P, "exact", "高新技术产业增加值", change=up(YOY)),
    S("比重达[[52.3%]]", "52.3", "%", P, "exact", "高新技术产业增加值占规上工业比重"),
    S("提高[[2.8个百分点]]", "2.8", "个百分点", P, "exact", "高新技术产业增加值占比", change=up(YOY)),
    S("产量[[12.7万辆]]", "127000", "辆", C, "exact", "新能源汽车产量"),
    S("，增长[[36.5%]]", "36.5", "%", P, "exact", "新能源汽车产量", change=up(YOY)),
    S("企业达[[1486家]]", "1486", "家", C, "exact", "规上工业企业"),
    S("净增[[93家]]", "93", "家", C, "exact", "规上工业企业", change=up("年初")),
    S("营业收入[[超百亿元]]", "10000000000", "元", M, "over", "企业营业收入门槛", OPT, currency=CNY),   # a threshold
    S("企业有[[6家]]", "6", "家", C, "exact", "营业收入超百亿元的企业"),
    S("投资增长[[7.4%]]", "7.4", "%", P, "exact", "当涂县固定资产投资", change=up(YOY)),
    S("新签约[[亿元以上]]项目", "100000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),      # a threshold
    S("项目[[41个]]", "41", "个", C, "exact", "当涂县新签约亿元以上项目"),
    S("总投资[[约236亿元]]", "23600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("增加值增长[[10.8%]]", "10.8", "%", P, "exact", "含山县规上工业增加值", change=up(YOY)),
    S("零售额[[近9.6亿元]]", "960000000", "元", M, "under", "含山县农产品网络零售额", currency=CNY),
    S("产值[[逾148亿元]]", "14800000000", "元", M, "over", "博望区高端数控机床产业集群产值", currency=CNY),
    S("同比增长[[18.2%]]", "18.2", "%", P, "exact", "博望区高端数控机床产业集群产值", change=up(YOY)),
    S("签约项目[[9个]]", "9", "个", C, "exact", "对接会现场签约项目"),
    S("完成[[21.3万标箱]]", "213000", "标箱", C, "exact", "郑蒲港新区港口集装箱吞吐量"),
    S("，增长[[23.1%]]", "23.1", "%", P, "exact", "郑蒲港新区港口集装箱吞吐量", change=up(YOY)),
    S("收入增长[[9.1%]]", "9.1", "%", P, "exact", "雨山区规上服务业营业收入", change=up(YOY)),
    S("企业[[57家]]", "57", "家", C, "exact", "雨山区新增“四上”企业"),
    S("进出口总值[[412.6亿元]]", "41260000000", "元", M, "exact", "全市外贸进出口总值", currency=CNY),
    S("同比增长[[11.4%]]", "11.4", "%", P, "exact", "全市外贸进出口总值", change=up(YOY)),
    S("增速[[3.5个百分点]]", "3.5", "个百分点", P, "exact", "全市外贸进出口增速", change=up("全省增速")),
    S("出口[[287.9亿元]]", "28790000000", "元", M, "exact", "出口", currency=CNY),
    S("，增长[[15.2%]]", "15.2", "%", P, "exact", "出口", change=up(YOY)),
    S("\n值的[[61.7%]]", "61.7", "%", P, "exact", "机电产品出口占出口总值比重"),
    S("吞吐量[[1.18亿吨]]", "118000000", "吨", W, "exact", "马鞍山港货物吞吐量"),
    S("同比增长[[4.6%]]", "4.6", "%", P, "exact", "马鞍山港货物吞吐量", change=up(YOY)),
    S("吞吐量[[38.4万标箱]]", "384000", "标箱", C, "exact", "马鞍山港集装箱吞吐量"),
    S("，增长[[12.9%]]", "12.9", "%", P, "exact", "马鞍山港集装箱吞吐量", change=up(YOY)),
    S("占比[[约27%]]", "27", "%", P, "about", "外贸集装箱占比"),
    S("突破[[1.1亿吨]]", "110000000", "吨", W, "over", "马鞍山港货物吞吐量"),
    S("存款余额[[5236.8亿元]]", "523680000000", "元", M, "exact", "本外币各项存款余额", currency=CNY),
    S("同比增长[[9.3%]]", "9.3", "%", P, "exact", "本外币各项存款余额", change=up(YOY)),
    S("贷款余额[[4418.2亿元]]", "441820000000", "元", M, "exact", "各项贷款余额", currency=CNY),
    S("，增长[[10.6%]]", "10.6", "%", P, "exact", "各项贷款余额", change=up(YOY)),
    S("增加[[372.5亿元]]", "37250000000", "元", M, "exact", "各项贷款余额", change=up("年初"), currency=CNY),
    S("余额增长[[24.7%]]", "24.7", "%", P, "exact", "制造业中长期贷款余额", change=up(YOY)),
    S("各项贷款[[14.1个百分点]]", "14.1", "个百分点", P, "exact", "制造业中长期贷款增速",
      change=up("各项贷款增速")),
    S("零售总额[[868.4亿元]]", "86840000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[5.7%]]", "5.7", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("零售额增长[[42.3%]]", "42.3", "%", P, "exact", "限额以上单位新能源汽车零售额", change=up(YOY)),
    S("投资[[5亿港元]]", "500000000", "港元", M, "exact", "冷链物流枢纽项目投资", currency=HKD),
    S("（[[约合4.6亿元人民币]]）", "460000000", "元", M, "about", "冷链物流枢纽项目投资", currency=CNY),
    S("按年上升[[12.5%]]", "12.5", "%", P, "exact", "恒骏集团上半年营业额", change=up(YOY)),
    S("消费券[[1200万元]]", "12000000", "元", M, "exact", "市县两级安排消费券", currency=CNY),
    S("年产[[80万套]]", "800000", "套", C, "exact", "项目年产能", OPT),                    # a capacity in the name
    S("总投资[[6.8亿元]]", "680000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("年产值[[约15亿元]]", "1500000000", "元", M, "about", "达产后年产值", currency=CNY),
    S("岗位[[500个左右]]", "500", "个", C, "about", "新增就业岗位"),
    S("国内游客[[3862.4万人次]]", "38624000", "人次", C, "exact", "接待国内游客"),
    S("旅游收入[[约412亿元]]", "41200000000", "元", M, "about", "旅游收入", currency=CNY),
    S("分别增长[[8.3%]]", "8.3", "%", P, "exact", "接待国内游客", change=up(YOY)),
    S("和[[9.7%]]", "9.7", "%", P, "exact", "旅游收入", change=up(YOY)),
    S("游客[[逾260万人次]]", "2600000", "人次", C, "over", "采石矶景区接待游客"),
    S("增长[[约15%]]", "15", "%", P, "about", "采石矶景区接待游客", change=up("2025年全年")),
    S("接待量[[超3800万人次]]", "38000000", "人次", C, "over", "前11个月游客接待量"),
    S("用电量[[约213.5亿千瓦时]]", "21350000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[6.9%]]", "6.9", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("用电量[[约148亿千瓦时]]", "14800000000", "千瓦时", EN, "about", "工业用电量"),
    S("占比[[近七成]]", "7", "成", P, "under", "工业用电量占比", OPT),                    # X成
    S("新增就业[[5.36万人]]", "53600", "人", C, "exact", "城镇新增就业"),
    S("目标的[[112.4%]]", "112.4", "%", P, "exact", "年度就业目标完成率"),
    S("，[[120余家]]企业", "120", "家", C, "over", "参加招聘会企业"),
    S("岗位[[3500个以上]]", "3500", "个", C, "over", "招聘会提供岗位"),
    S("预算收入[[216.7亿元]]", "21670000000", "元", M, "exact", "全市一般公共预算收入", currency=CNY),
    S("同比增长[[4.2%]]", "4.2", "%", P, "exact", "全市一般公共预算收入", change=up(YOY)),
    S("占比为[[76.8%]]", "76.8", "%", P, "exact", "税收收入占比"),
    S("提高[[1.6个百分点]]", "1.6", "个百分点", P, "exact", "税收收入占比", change=up(YOY)),
    S("高新技术企业[[218家]]", "218", "家", C, "exact", "新认定高新技术企业"),
    S("总数突破[[1100家]]", "1100", "家", C, "over", "高新技术企业总数"),
    S("拥有量达[[8960件]]", "8960", "件", C, "exact", "有效发明专利拥有量"),
    S("拥有量[[约16.8件]]", "16.8", "件", C, "about", "每万人口高价值发明专利拥有量"),
]

EVENTS = [
    E("市统计局昨日发布数据", "announcement", "发布", D11, organizers=["市统计局"]),
    E("新签约亿元以上项目41个", "signing", "签约", JAN_NOV, opt=True),                          # a period summary
    E("12月8日举办产业链供需对接会", "meeting", "对接会", day("2026-12-08"), location="博望区"),
    E("现场签约项目9个", "signing", "签约", day("2026-12-08"), location="博望区"),
    E("二期集装箱码头工程于12月9日开工", "construction", "开工", day("2026-12-09"), location="郑蒲港新区"),
    E("马鞍山海关12月10日发布数据", "announcement", "发布", day("2026-12-10"), organizers=["马鞍山海关"]),
    E("市港航管理中心数据显示", "announcement", "数据显示", None, organizers=["市港航管理中心"], opt=True),
    E("召开金融支持制造业发展座谈会", "meeting", "座谈会", D11, organizers=["人民银行马鞍山市分行"]),
    E("会上通报", "announcement", "通报", D11, opt=True),                                       # inside the meeting
    E("签署合作协议", "signing", "签署", D11, organizers=["马鞍山经济技术开发区"],
      participants=["香港恒骏投资集团有限公司"]),
    E("预计明年6月开工", "construction", "开工", month(2027, 6), opt=True),                      # an expectation
    E("启动“诗城暖冬惠购季”活动", "activity", "启动", D18, organizers=["市商务局"], theme="诗城暖冬惠购季"),
    E("安排消费券1200万元", "payout", "安排", D18, opt=True),                                   # part of the campaign
    E("底盘部件项目建成投产", "construction", "建成投产", day("2026-12-10"), location="慈湖高新区",
      organizers=["安弘汽车零部件有限公司"]),
    E("市文化和旅游局统计", "announcement", "统计", None, organizers=["市文化和旅游局"], opt=True),
    E("景区将推出“诗城夜游”项目", "launch", "推出", day("2027-01-01"), location="采石矶景区", theme="诗城夜游"),
    E("开展迎峰度冬特巡", "inspection", "特巡", month(2026, 12), organizers=["国网马鞍山供电公司"]),
    E("举办“岁末送岗”专场招聘会", "recruitment", "招聘会", day("2026-12-15"), location="市人力资源市场",
      organizers=["市人社局"], participants=["120余家企业"], theme="岁末送岗"),
    E("市财政局数据显示", "announcement", "数据显示", None, organizers=["市财政局"], opt=True),
    E("公示第二批拟认定高新技术企业名单", "announcement", "公示", D11, organizers=["市科技局"]),
    E("今年我市新认定高新技术企业218家", "award", "认定", year(2026), opt=True),                # a year summary
]
