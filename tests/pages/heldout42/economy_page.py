"""宁波日报 (宁波市, 浙江省), 2026-03-18 (a Wednesday): a city economy page dense with statistics.
Features: a column label (`甬城经济`); a kicker over a title (`港口开门稳 外贸势头好` / `宁波舟山港前两个月…`); a join
after a comma (`…穿山港区完成集装箱吞吐量近260万标箱，` | `占全港的38%左右。…`) with another article and its after-body
headline between; headlines after their bodies; ten short briefs without byline or headline. January–February 2026
figures (`1至2月`/`前两个月`) for the port, foreign trade, industry, retail, credit, new firms and the airport;
districts and county-level cities (`北仑区`, `慈溪市`, `余姚市`, `象山县`, `宁海县`, `鄞州区`, `镇海区`) and their
bodies (`慈溪市商务局`); city bodies written short (`市经信局`, `市政府`, `市商务局`, `市市场监管局`, `市发展改革委`).
Statistics: `高于全国沿海主要港口2.7个百分点`, `高于全省1.1个百分点`, `比去年同期多41家`/`提高2.3个百分点`,
`比年初增加1580亿元`, `同比多增126亿元`, `同比分别增长9.1%和4.2%`; bounds 逾, 近, 超, 以内, 以上, 左右, 突破;
classifiers 家, 个, 项, 艘, 标箱, 亿吨/万吨, 批, 户, 件, 套, 条, 架次; 美元 and 欧元 with `约合X亿元人民币`.
Events: a concentrated signing and a strategic agreement on its day, a supply contract abroad (signing), a
concentrated start of works, a fleet setting out (production), a consumption campaign, figures made public, a
flight season's timetable (traffic).

Written at main commit ed40a5c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, quarter, up, xun, year

PAPER = "宁波日报"
PUBLISHED = "2026-03-18"
HOME = {"city": "宁波市", "province": "浙江省"}

LAYOUT = [
    ("甬城经济", "label", "N0"),
    ("港口开门稳", "headline", "N0"),                           # kicker
    ("宁波舟山港前两个月", "headline", "N0"),
    ("本报讯（记者 周 晓 燕", "body", "N0"),                    # breaks after a comma
    ("本报讯（记者 王 佳 琪）记者从宁波海关", "body", "N1"),
    ("前两个月我市外贸", "headline", "N1"),                     # after its body
    ("占全港的", "body", "N0"),                                 # the rest of N0's paragraph
    ("规上工业开局良好", "headline", "N2"),
    ("本报讯（记者 徐 立 峰）", "body", "N2"),
    ("本报讯（记者 孙 启 明）3月16日", "body", "N3"),
    ("36个“甬商回归”", "headline", "N3"),                      # after its body
    ("慈溪市商务局消息", "body", "N4"),                         # no headline
    ("3月13日，余姚市", "body", "N5"),                          # no headline
    ("北仑一企业", "headline", "N6"),
    ("本报讯（记者 孙 启 明）北仑区", "body", "N6"),
    ("本报讯（记者 王 佳 琪 通讯员 林 芳）", "body", "N7"),
    ("前两个月社零", "headline", "N7"),                         # after its body
    ("人民银行宁波市分行", "body", "N8"),                       # no headline
    ("市市场监管局统计", "body", "N9"),                         # no headline
    ("宁波海关今年以来", "body", "N10"),                        # no headline
    ("3月15日，象山县", "body", "N11"),                         # no headline
    ("宁海县前两个月", "body", "N12"),                          # no headline
    ("鄞州区今年", "body", "N13"),                              # no headline
    ("宁波栎社国际机场", "body", "N14"),                        # no headline
    ("市发展改革委", "body", "N15"),                            # no headline
]

ARTICLES = {
    "N0": dict(byline=byline(reporters=["周晓燕"], correspondents=["陈海波"])),
    "N1": dict(byline=byline(reporters=["王佳琪"])),
    "N2": dict(byline=byline(reporters=["徐立峰"])),
    "N3": dict(byline=byline(reporters=["孙启明"])),
    "N4": dict(), "N5": dict(),
    "N6": dict(byline=byline(reporters=["孙启明"])),
    "N7": dict(byline=byline(reporters=["王佳琪"], correspondents=["林芳"])),
    "N8": dict(), "N9": dict(), "N10": dict(), "N11": dict(), "N12": dict(), "N13": dict(), "N14": dict(),
    "N15": dict(),
}
JOINS = [("本报讯（记者 周 晓 燕", "占全港的")]
PHOTOS = {}

JF = months(2026, 1, 2)
D17 = day("2026-03-17")
Y26, Y25 = year(2026), year(2025)
Q1 = quarter(2026, 1)
DATES = [
    D("\n宁波舟山港[[前两个月]]集装箱", JF),
    D("记者[[昨日]]从宁波舟山港集团", D17),
    D("获悉，[[1至2月]]，宁波舟山港", JF),
    D("获悉，[[前两个月]]，我市进出口", JF),
    D("\n[[前两个月]]我市外贸", JF),
    D("。[[前两个月]]全港新增", JF),
    D("获悉，[[1至2月]]，全市规模", JF),
    D("。[[前两个月]]全市新增规上", JF),
    D("比[[去年同期]]多41家", Y25, OPT),
    D("）[[3月16日]]，我市", day("2026-03-16")),
    D("[[当天]]，市政府还与", day("2026-03-16")),
    D("消息，[[前两个月]]，慈溪家电", JF),
    D("\n[[3月13日]]，余姚市", day("2026-03-13")),
    D("余姚市[[今年]]首批", Y26),
    D("计划[[一季度]]完成", Q1),
    D("企业[[日前]]与德国", VAGUE, OPT),
    D("）[[前两个月]]，全市实现", JF),
    D("表示，[[3月下旬]]起将联合", xun(2026, 3, 2)),
    D("\n[[前两个月]]社零", JF),
    D("显示，[[2月末]]，全市", xun(2026, 2, 2)),
    D("比[[年初]]增加1580亿元", VAGUE, OPT),
    D("统计，[[前两个月]]全市新设", JF),
    D("宁波海关[[今年以来]]共检出", Y26, OPT),
    D("\n[[3月15日]]，象山县", day("2026-03-15")),
    D("象山县[[今年]]首批", Y26),
    D("预计[[全年]]远洋", Y26, OPT),
    D("\n宁海县[[前两个月]]实现", JF),
    D("比[[去年同期]]提高2.3个", Y25, OPT),
    D("\n鄞州区[[今年]]计划", Y26),
    D("，[[一季度]]亏损企业", Q1),
    D("国际机场[[1至2月]]完成", JF),
    D("。[[3月29日]]起，机场", day("2026-03-29")),
    D("执行[[夏秋航季]]航班计划", VAGUE, OPT),                     # an airline season
    D("，[[每周]]计划执行", VAGUE, OPT),                            # a recurring slot
    D("透露，[[今年]]全市安排", Y26),
    D("，[[年度]]计划投资", Y26, OPT),
    D("截至[[3月17日]]已开工", D17),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
GANG = ["宁波舟山港股份有限公司", "宁波舟山港"]
HG = ["宁波海关", "中华人民共和国宁波海关"]
ORGS = [
    O("\n[[宁波舟山港]]前两个月", GANG, CO, OPT),                             # a port, a site as much as an operator
    O("从[[宁波舟山港集团]]获悉", ["宁波舟山港集团有限公司", "宁波舟山港集团"], CO),
    O("，[[宁波舟山港]]完成货物", GANG, CO, OPT),
    O("从[[宁波海关]]获悉", HG, G),
    O("对[[欧盟]]进出口", ["欧洲联盟", "欧盟"], G, OPT),                       # a trading partner, a place
    O("从[[市经信局]]获悉", ["宁波市经济和信息化局"], G),
    O("在[[宁波国际会议中心]]举行", ["宁波国际会议中心"], IN, OPT),           # a venue
    O("，[[市政府]]还与", ["宁波市人民政府"], G),
    O("与[[中国中化控股有限责任公司]]签署", ["中国中化控股有限责任公司"], CO),
    O("\n[[慈溪市商务局]]消息", ["慈溪市商务局"], G),
    O("。[[市商务局]]表示", ["宁波市商务局"], G),
    O("\n[[人民银行宁波市分行]]发布", ["中国人民银行宁波市分行"], G),
    O("\n[[市市场监管局]]统计", ["宁波市市场监督管理局"], G),
    O("\n[[宁波海关]]今年以来", HG, G),
    O("\n[[宁波栎社国际机场]]1至2月", ["宁波栎社国际机场"], CO),
    O("起，[[机场]]将执行", ["宁波栎社国际机场"], CO, OPT),                   # a back-reference
    O("\n[[市发展改革委]]透露", ["宁波市发展和改革委员会"], G),
]

C, P, M, T, W = "count", "percent", "money", "duration", "weight"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = up("上年同期")
STATS = [
    S("吞吐量[[超680万标箱]]", "6800000", "标箱", C, "over", "宁波舟山港前两个月集装箱吞吐量"),
    S("货物吞吐量[[2.18亿吨]]", "218000000", "吨", W, "exact", "宁波舟山港货物吞吐量"),
    S("同比增长[[4.6%]]", "4.6", "%", P, "exact", "货物吞吐量", change=YOY),
    S("吞吐量[[683.5万标箱]]", "6835000", "标箱", C, "exact", "宁波舟山港集装箱吞吐量"),
    S("同比增长[[9.2%]]", "9.2", "%", P, "exact", "集装箱吞吐量", change=YOY),
    S("主要港口[[2.7个百分点]]", "2.7", "个百分点", P, "exact", "集装箱吞吐量增速",
      change=up("全国沿海主要港口")),
    S("吞吐量[[近260万标箱]]", "2600000", "标箱", C, "under", "穿山港区集装箱吞吐量"),
    S("进出口总额[[2198.6亿元]]", "219860000000", "元", M, "exact", "全市进出口总额", currency=CNY),
    S("同比增长[[7.4%]]。", "7.4", "%", P, "exact", "全市进出口总额", change=YOY),
    S("出口[[1463.2亿元]]", "146320000000", "元", M, "exact", "出口", currency=CNY),
    S("进口[[735.4亿元]]", "73540000000", "元", M, "exact", "进口", currency=CNY),
    S("分别增长[[9.1%]]", "9.1", "%", P, "exact", "出口", change=YOY),
    S("和[[4.2%]]。", "4.2", "%", P, "exact", "进口", change=YOY),
    S("对欧盟进出口[[381.7亿元]]", "38170000000", "元", M, "exact", "对欧盟进出口", currency=CNY),
    S("，增长[[11.5%]]", "11.5", "%", P, "exact", "对欧盟进出口", change=YOY),
    S("跨境电商进出口[[126亿元]]", "12600000000", "元", M, "exact", "跨境电商进出口", currency=CNY),
    S("，增长[[18.3%]]", "18.3", "%", P, "exact", "跨境电商进出口", change=YOY),
    S("外贸总额的[[5.7%]]", "5.7", "%", P, "exact", "跨境电商占全市外贸总额比重"),
    S("外贸进出口增长[[7.4%]]", "7.4", "%", P, "exact", "全市外贸进出口", change=YOY),
    S("占全港的[[38%左右]]", "38", "%", P, "about", "穿山港区集装箱吞吐量占全港比重"),
    S("集装箱航线[[7条]]", "7", "条", C, "exact", "新增集装箱航线"),
    S("总数达[[310条]]", "310", "条", C, "exact", "航线总数"),
    S("航线[[逾130条]]", "130", "条", C, "over", "“一带一路”航线"),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "全市规模以上工业增加值", change=YOY),
    S("高于全省[[1.1个百分点]]", "1.1", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省")),
    S("营业收入[[4126亿元]]", "412600000000", "元", M, "exact", "规上工业企业营业收入", currency=CNY),
    S("，增长[[6.8%]]", "6.8", "%", P, "exact", "规上工业企业营业收入", change=YOY),
    S("增加值增长[[10.6%]]", "10.6", "%", P, "exact", "北仑区规上工业增加值", change=YOY),
    S("慈溪市增长[[9.4%]]", "9.4", "%", P, "exact", "慈溪市规上工业增加值", change=YOY),
    S("余姚市增长[[8.9%]]", "8.9", "%", P, "exact", "余姚市规上工业增加值", change=YOY),
    S("规上工业企业[[213家]]", "213", "家", C, "exact", "新增规上工业企业"),
    S("多[[41家]]", "41", "家", C, "exact", "新增规上工业企业", change=up("去年同期")),
    S("签约项目[[36个]]", "36", "个", C, "exact", "现场签约项目"),
    S("总投资[[528亿元]]", "52800000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("，其中[[超10亿元]]项目15个", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),
    S("项目[[15个]]", "15", "个", C, "exact", "超10亿元项目"),
    S("\n[[36个]]“甬商回归”", "36", "个", C, "exact", "集中签约项目"),
    S("出口额达[[18.6亿美元]]", "1860000000", "美元", M, "exact", "慈溪家电出口额", currency=USD),
    S("（[[约合132.4亿元人民币]]）", "13240000000", "元", M, "about", "慈溪家电出口额", currency=CNY),
    S("同比增长[[12.3%]]", "12.3", "%", P, "exact", "慈溪家电出口额", change=YOY),
    S("家电企业[[超2100家]]", "2100", "家", C, "over", "有出口实绩的家电企业"),
    S("出口额[[1亿元以上]]企业", "100000000", "元", M, "over", "出口额门槛", OPT, currency=CNY),
    S("以上企业[[43家]]", "43", "家", C, "exact", "出口额1亿元以上企业"),
    S("首批[[23个]]", "23", "个", C, "exact", "首批集中开工重大产业项目"),
    S("总投资[[186亿元]]", "18600000000", "元", M, "exact", "开工项目总投资", currency=CNY),
    S("投资[[超10亿元]]项目5个", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),
    S("项目[[5个]]", "5", "个", C, "exact", "投资超10亿元项目"),
    S("工业投资[[65亿元左右]]", "6500000000", "元", M, "about", "一季度计划完成工业投资", currency=CNY),
    S("签下[[1.2亿欧元]]订单", "120000000", "欧元", M, "exact", "订单金额", currency=EUR),
    S("合同金额[[1.2亿欧元]]", "120000000", "欧元", M, "exact", "供货合同金额", currency=EUR),
    S("（[[约合9.4亿元人民币]]）", "940000000", "元", M, "about", "供货合同金额", currency=CNY),
    S("供货期[[3年]]", "3", "年", T, "exact", "供货期"),
    S("产能[[约30万套]]", "300000", "套", C, "about", "新增产能"),
    S("零售总额[[932.6亿元]]", "93260000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[5.2%]]；", "5.2", "%", P, "exact", "社会消费品零售总额", change=YOY),
    S("零售额[[52.8亿元]]", "5280000000", "元", M, "exact", "限额以上单位新能源汽车零售额", currency=CNY),
    S("增长[[31.6%]]", "31.6", "%", P, "exact", "新能源汽车零售额", change=YOY),
    S("消费券[[5000万元]]", "50000000", "元", M, "exact", "发放消费券", currency=CNY),
    S("社零总额增长[[5.2%]]", "5.2", "%", P, "exact", "社零总额", change=YOY),
    S("贷款余额[[4.36万亿元]]", "4360000000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("增加[[1580亿元]]", "158000000000", "元", M, "exact", "各项贷款余额", change=up("年初"), currency=CNY),
    S("多增[[126亿元]]", "12600000000", "元", M, "exact", "贷款增量", change=up("上年同期"), currency=CNY),
    S("贷款余额[[6280亿元]]", "628000000000", "元", M, "exact", "制造业中长期贷款余额", currency=CNY),
    S("同比增长[[16.4%]]", "16.4", "%", P, "exact", "制造业中长期贷款余额", change=YOY),
    S("经营主体[[3.82万户]]", "38200", "户", C, "exact", "新设经营主体"),
    S("新设企业[[1.16万家]]", "11600", "家", C, "exact", "新设企业"),
    S("同比增长[[8.7%]]", "8.7", "%", P, "exact", "新设企业", change=YOY),
    S("拥有量达[[6.9万件]]", "69000", "件", C, "exact", "有效发明专利拥有量"),
    S("进口商品[[26批]]", "26", "批", C, "exact", "检出不合格进口商品"),
    S("货值[[近380万元]]", "3800000", "元", M, "under", "不合格商品货值", currency=CNY),
    S("首批[[12艘]]", "12", "艘", C, "exact", "起航远洋渔船"),
    S("捕捞量[[超5万吨]]", "50000", "吨", W, "over", "全年远洋捕捞量"),
    S("产值[[逾8亿元]]", "800000000", "元", M, "over", "远洋渔业产值", currency=CNY),
    S("外贸出口[[76.4亿元]]", "7640000000", "元", M, "exact", "宁海县外贸出口", currency=CNY),
    S("，增长[[6.1%]]", "6.1", "%", P, "exact", "宁海县外贸出口", change=YOY),
    S("占比达[[46.2%]]", "46.2", "%", P, "exact", "对“一带一路”沿线国家出口占比"),
    S("提高[[2.3个百分点]]", "2.3", "个百分点", P, "exact", "对“一带一路”沿线国家出口占比",
      change=up("去年同期")),
    S("技改项目[[120项]]", "120", "项", C, "exact", "计划实施技改项目"),
    S("增长[[10%以上]]", "10", "%", P, "over", "技改投资", change=up()),
    S("力争突破[[300亿元]]", "30000000000", "元", M, "over", "镇海区新能源汽车零部件产业产值", currency=CNY),
    S("控制在[[15%以内]]", "15", "%", P, "under", "一季度亏损企业面"),
    S("旅客吞吐量[[198.3万人次]]", "1983000", "人次", C, "exact", "栎社机场旅客吞吐量"),
    S("同比增长[[13.5%]]", "13.5", "%", P, "exact", "旅客吞吐量", change=YOY),
    S("货邮吞吐量[[2.06万吨]]", "20600", "吨", W, "exact", "货邮吞吐量"),
    S("增长[[7.9%]]", "7.9", "%", P, "exact", "货邮吞吐量", change=YOY),
    S("客运航班[[近2100架次]]", "2100", "架次", C, "under", "每周计划执行客运航班"),
    S("建设项目[[420个]]", "420", "个", C, "exact", "省市重点建设项目"),
    S("计划投资[[1350亿元以上]]", "135000000000", "元", M, "over", "重点建设项目年度计划投资", currency=CNY),
    S("已开工项目[[176个]]", "176", "个", C, "exact", "已开工重点建设项目"),
]

EVENTS = [
    E("新增集装箱航线7条", "launch", "新增", JF, opt=True),                                # a period summary
    E("集中签约活动在宁波国际会议中心举行", "signing", "签约", day("2026-03-16"), location="宁波国际会议中心"),
    E("市政府还与中国中化控股有限责任公司签署战略合作协议", "signing", "签署", day("2026-03-16"),
      organizers=["市政府"], participants=["中国中化控股有限责任公司"]),
    E("重大产业项目集中开工", "construction", "开工", day("2026-03-13"), location="余姚市"),
    E("与德国一家整车企业签订供货合同", "signing", "签订", None, location="北仑区",
      organizers=["北仑区一家汽车零部件企业"], participants=["德国一家整车企业"]),
    E("开展“甬享春光”消费季活动", "activity", "开展", xun(2026, 3, 2), organizers=["市商务局"],
      theme="甬享春光"),
    E("发放消费券5000万元", "payout", "发放", xun(2026, 3, 2), organizers=["市商务局"],
      opt=True),                                                                   # inside the campaign
    E("人民银行宁波市分行发布数据", "announcement", "发布", None, organizers=["人民银行宁波市分行"]),
    E("共检出不合格进口商品26批", "inspection", "检出", Y26, organizers=["宁波海关"], opt=True),      # a year summary
    E("均已依法退运或销毁", "legal", "退运", None, opt=True),
    E("远洋渔船从石浦港起航", "production", "起航", day("2026-03-15"), location="石浦港"),
    E("机场将执行夏秋航季航班计划", "traffic", "执行", day("2026-03-29"), location="宁波栎社国际机场",
      organizers=["宁波栎社国际机场"]),
    E("截至3月17日已开工项目176个", "construction", "开工", D17, opt=True),                 # a running total
]
