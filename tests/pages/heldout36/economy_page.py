"""淄博日报 (淄博市, 山东省), 2026-06-25 (a Thursday): a city economy page dense with statistics.
Features: a column label (`产经聚焦`); a kicker over a title (`工业经济稳中有进` / `1至5月全市规上工业增加值增长7.2%`);
a paragraph broken after a comma (`…新材料产业增加值增长12.3%，` | `比一季度加快1.5个百分点。…`) with a byline-less
brief and its after-body headline between; two headlines in a row (one closing the item above, one opening the item
below); headlines after their bodies; eight short briefs without byline, seven of them without headline. Statistics:
January–May industry, chemicals, ceramics exports, 端午 holiday tourism; `高于全省0.9个百分点`,
`比一季度加快1.5个百分点`, `较去年同期提高6.5个百分点`, `增速比全国高1.3个百分点`, `比年初净增97家`/`增加612亿元`;
bounds 逾, 近, 超, 以内, 以上, 左右, 约; classifiers 家, 个, 项, 台, 批, 人次, 标箱, 份; 欧元 and 美元 with
`约合X元人民币`; a signing ceremony (`现场签约项目26个，总投资318.6亿元`: the total is `签约项目总投资`); capacities
inside project names (`年产20万吨`) and ordinals (`第二批`, `第50列`, `首届`). Dates: `1至5月` ×4, `前5月`, `一季度`,
`5月份` ×2, `5月末`, `端午假期` = 06-19..06-21 (×2), `6月X日`, `6月17日至19日`, `今年` ×4.

Written at main commit 8df73af, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, up, xun, year

PAPER = "淄博日报"
PUBLISHED = "2026-06-25"
HOME = {"city": "淄博市", "province": "山东省"}

LAYOUT = [
    ("产经聚焦", "label", "E0"),
    ("工业经济稳中有进", "headline", "E0"),                   # kicker
    ("1至5月全市规上", "headline", "E0"),
    ("本报讯（记者 孙 立 群）记者从市统计局", "body", "E0"),   # breaks after a comma
    ("6月20日，2026年", "body", "E1"),                        # a brief without byline
    ("重点项目集中签约26个", "headline", "E1"),               # after its body
    ("比一季度加快", "body", "E0"),                           # the rest of E0's paragraph
    ("本报讯（通讯员 路 文 静）6月18日", "body", "E2"),
    ("20万吨高端聚烯烃", "headline", "E2"),                   # after its body
    ("陶瓷出口前5月", "headline", "E3"),                      # before its body
    ("本报讯（记者 孙 立 群）据淄博海关", "body", "E3"),
    ("端午假期接待游客", "headline", "E4"),
    ("本报讯（记者 高 雅 楠）记者从市文化", "body", "E4"),
    ("市商务局6月22日", "body", "E5"),                        # no headline, no byline
    ("本报讯（记者 高 雅 楠）5月份", "body", "E6"),
    ("新能源汽车零售量", "headline", "E6"),                   # after its body
    ("人民银行淄博市分行", "body", "E7"),                     # no headline, no byline
    ("市工业和信息化局", "body", "E8"),                       # no headline, no byline
    ("本报讯（通讯员 路 文 静）6月17日", "body", "E9"),        # no headline
    ("市市场监管局端午节前", "body", "E10"),                  # no headline, no byline
    ("今年以来，市科技局", "body", "E11"),                    # no headline, no byline
    ("本报讯（通讯员 韩 冰）", "body", "E12"),
    ("今年第50列", "headline", "E12"),                        # after its body
    ("6月21日，高青县", "body", "E13"),                       # no headline, no byline
    ("国网淄博供电公司", "body", "E14"),                      # no headline, no byline
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["孙立群"])),
    "E1": dict(),
    "E2": dict(byline=byline(correspondents=["路文静"])),
    "E3": dict(byline=byline(reporters=["孙立群"])),
    "E4": dict(byline=byline(reporters=["高雅楠"])),
    "E5": dict(),
    "E6": dict(byline=byline(reporters=["高雅楠"])),
    "E7": dict(), "E8": dict(),
    "E9": dict(byline=byline(correspondents=["路文静"])),
    "E10": dict(), "E11": dict(),
    "E12": dict(byline=byline(correspondents=["韩冰"])),
    "E13": dict(), "E14": dict(),
}
JOINS = [("本报讯（记者 孙 立 群）记者从市统计局", "比一季度加快")]
PHOTOS = {}

JAN_MAY = months(2026, 1, 5)
MAY = month(2026, 5)
Y26 = year(2026)
D22 = day("2026-06-22")
DUANWU = day("2026-06-19", "2026-06-21")
DATES = [
    D("\n[[1至5月]]全市规上", JAN_MAY),
    D("获悉，[[1至5月]]，全市规模", JAN_MAY),
    D("比[[年初]]净增97家", VAGUE, OPT),
    D("\n[[6月20日]]，2026年", day("2026-06-20")),
    D("，[[2026年]]淄博市重点项目", Y26, OPT),                     # a year inside the ceremony's name
    D("\n比[[一季度]]加快", quarter(2026, 1)),
    D("。[[5月份]]，全市规上", MAY),
    D("）[[6月18日]]，淄博华宇", day("2026-06-18")),
    D("。[[今年以来]]，全市化工", Y26, OPT),
    D("陶瓷出口[[前5月]]增长", JAN_MAY),
    D("统计，[[1至5月]]，全市陶瓷", JAN_MAY),
    D("。[[6月16日]]，淄博金窑", day("2026-06-16")),
    D("，为[[今年]]全市陶瓷", Y26),
    D("\n[[端午假期]]接待游客", DUANWU),
    D("获悉，[[端午假期]]，全市", DUANWU),
    D("较[[去年同期]]提高6.5", year(2025), OPT),
    D("市商务局[[6月22日]]发布", D22),
    D("数据，[[1至5月]]，全市实际", JAN_MAY),
    D("）[[5月份]]，全市限额", MAY),
    D("分行[[6月22日]]发布", D22),
    D("截至[[5月末]]，全市本外币", xun(2026, 5, 2)),
    D("比[[年初]]增加612亿元", VAGUE, OPT),
    D("信息化局[[6月19日]]公布", day("2026-06-19")),
    D("）[[6月17日至19日]]，市人社局", day("2026-06-17", "2026-06-19")),
    D("市市场监管局[[端午节前]]开展", VAGUE, OPT),                  # before the festival, no span given
    D("\n[[今年以来]]，市科技局", Y26, OPT),
    D("）[[6月23日]]，今年第50列", day("2026-06-23")),
    D("6月23日，[[今年]]第50列", Y26),
    D("。[[今年以来]]，该线路", Y26, OPT),
    D("\n[[今年]]第50列中欧班列发车", Y26),
    D("\n[[6月21日]]，高青县", day("2026-06-21")),
    D("显示，[[6月24日]]全市", day("2026-06-24")),
    D("创[[今年]]新高", Y26),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
ZBHG = ["淄博海关", "中华人民共和国淄博海关"]
ORGS = [
    O("记者从[[市统计局]]获悉", ["淄博市统计局"], G),
    O("在[[淄博国际会展中心]]举行", ["淄博国际会展中心"], IN, OPT),                 # a venue
    O("）6月18日，[[淄博华宇新材料有限公司]]年产", ["淄博华宇新材料有限公司"], CO),
    O("在[[齐鲁化学工业园区]]投产", ["齐鲁化学工业园区管理委员会", "齐鲁化学工业园区"], G, OPT),   # a zone, a place
    O("据[[淄博海关]]统计", ZBHG, G),
    O("对[[欧盟]]出口增长", ["欧洲联盟", "欧盟"], G, OPT),                           # a bloc as a market
    O("，[[淄博金窑陶瓷有限公司]]与", ["淄博金窑陶瓷有限公司"], CO),
    O("记者从[[市文化和旅游局]]获悉", ["淄博市文化和旅游局"], G),
    O("、[[齐文化博物馆]]等重点景区", ["齐文化博物馆"], IN, OPT),                     # a museum as a sight
    O("\n[[市商务局]]6月22日", ["淄博市商务局"], G),
    O("\n[[人民银行淄博市分行]]6月22日", ["中国人民银行淄博市分行"], G),
    O("\n[[市工业和信息化局]]6月19日", ["淄博市工业和信息化局"], G),
    O("，[[市人社局]]联合", ["淄博市人力资源和社会保障局"], G),
    O("联合[[淄博职业学院]]举办", ["淄博职业学院"], IN),
    O("\n[[市市场监管局]]端午节前", ["淄博市市场监督管理局"], G),
    O("，[[市科技局]]组织", ["淄博市科学技术局"], G),
    O("从[[淄博国际陆港]]发车", ["淄博国际陆港"], CO, OPT),                           # a logistics hub, a site
    O("据[[淄博海关]]介绍", ZBHG, G),
    O("\n[[国网淄博供电公司]]数据", ["国网山东省电力公司淄博供电公司", "国网淄博供电公司"], CO),
]

C, P, M, T, W, O_ = "count", "percent", "money", "duration", "weight", "other"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = up("上年同期")
STATS = [
    S("规上工业增加值增长[[7.2%]]\n", "7.2", "%", P, "exact", "规上工业增加值", change=YOY),
    S("同比增长[[7.2%]]，高于", "7.2", "%", P, "exact", "规模以上工业增加值", change=YOY),
    S("高于全省[[0.9个百分点]]", "0.9", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省")),
    S("企业达[[3286家]]", "3286", "家", C, "exact", "规上工业企业"),
    S("净增[[97家]]", "97", "家", C, "exact", "规上工业企业", change=up("年初")),
    S("化工产业增加值增长[[8.6%]]", "8.6", "%", P, "exact", "化工产业增加值", change=YOY),
    S("比重的[[31.4%]]", "31.4", "%", P, "exact", "化工产业占规上工业比重"),
    S("新材料产业增加值增长[[12.3%]]", "12.3", "%", P, "exact", "新材料产业增加值", change=YOY),
    S("现场签约项目[[26个]]", "26", "个", C, "exact", "现场签约项目"),
    S("，总投资[[318.6亿元]]，其中", "31860000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("外资项目[[4个]]", "4", "个", C, "exact", "外资项目"),
    S("合同外资[[1.2亿美元]]", "120000000", "美元", M, "exact", "合同外资", currency=USD),
    S("（[[约合8.6亿元人民币]]）", "860000000", "元", M, "about", "合同外资", currency=CNY),
    S("先进制造业项目[[17个]]", "17", "个", C, "exact", "先进制造业项目"),
    S("占比[[65.4%]]", "65.4", "%", P, "exact", "先进制造业项目占比"),
    S("集中签约[[26个]] 总投资", "26", "个", C, "exact", "集中签约项目"),
    S("总投资[[318.6亿元]]\n", "31860000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("加快[[1.5个百分点]]", "1.5", "个百分点", P, "exact", "新材料产业增加值增速", change=up("一季度")),
    S("营业收入[[1186亿元]]", "118600000000", "元", M, "exact", "规上工业营业收入", currency=CNY),
    S("同比增长[[6.1%]]", "6.1", "%", P, "exact", "规上工业营业收入", change=YOY),
    S("利润总额[[超70亿元]]", "7000000000", "元", M, "over", "规上工业利润总额", currency=CNY),
    S("公司年产[[20万吨]]高端", "200000", "吨", W, "exact", "聚烯烃项目年产能", OPT),        # inside the project's name
    S("总投资[[约46亿元]]", "4600000000", "元", M, "about", "聚烯烃项目总投资", currency=CNY),
    S("年产值[[60亿元左右]]", "6000000000", "元", M, "about", "达产后年产值", currency=CNY),
    S("利税[[8亿元以上]]", "800000000", "元", M, "over", "达产后利税", currency=CNY),
    S("投产项目[[23个]]", "23", "个", C, "exact", "化工行业新竣工投产项目"),
    S("技改投资[[逾210亿元]]", "21000000000", "元", M, "over", "化工行业技改投资", currency=CNY),
    S("\n[[20万吨]]高端聚烯烃项目投产", "200000", "吨", W, "exact", "聚烯烃项目年产能", OPT),
    S("前5月增长[[16.7%]]", "16.7", "%", P, "exact", "陶瓷出口", change=YOY),
    S("出口额[[9.8亿元]]", "980000000", "元", M, "exact", "陶瓷产品出口额", currency=CNY),
    S("同比增长[[16.7%]]，其中", "16.7", "%", P, "exact", "陶瓷产品出口额", change=YOY),
    S("日用陶瓷出口[[4.2亿元]]", "420000000", "元", M, "exact", "日用陶瓷出口额", currency=CNY),
    S("欧盟出口增长[[23.5%]]", "23.5", "%", P, "exact", "对欧盟陶瓷出口", change=YOY),
    S("金额达[[850万欧元]]", "8500000", "欧元", M, "exact", "出口合同金额", currency=EUR),
    S("（[[约合6800万元人民币]]）", "68000000", "元", M, "about", "出口合同金额", currency=CNY),
    S("接待游客[[312.6万人次]]\n", "3126000", "人次", C, "exact", "端午假期接待游客"),
    S("共接待游客[[312.6万人次]]", "3126000", "人次", C, "exact", "端午假期接待游客"),
    S("同比增长[[11.8%]]", "11.8", "%", P, "exact", "接待游客", change=YOY),
    S("旅游收入[[26.4亿元]]", "2640000000", "元", M, "exact", "端午假期旅游收入", currency=CNY),
    S("增长[[13.2%]]", "13.2", "%", P, "exact", "旅游收入", change=YOY),
    S("接待游客[[超85万人次]]", "850000", "人次", C, "over", "重点景区接待游客"),
    S("入住率达[[78%]]", "78", "%", P, "exact", "星级酒店平均入住率"),
    S("提高[[6.5个百分点]]", "6.5", "个百分点", P, "exact", "星级酒店平均入住率", change=up("去年同期")),
    S("日均客流[[近6万人次]]", "60000", "人次", C, "under", "八大局便民市场日均客流"),
    S("实际使用外资[[3.6亿美元]]", "360000000", "美元", M, "exact", "实际使用外资", currency=USD),
    S("同比增长[[21.4%]]", "21.4", "%", P, "exact", "实际使用外资", change=YOY),
    S("外商投资企业[[48家]]", "48", "家", C, "exact", "新设外商投资企业"),
    S("进出口总额[[412.3亿元]]", "41230000000", "元", M, "exact", "货物进出口总额", currency=CNY),
    S("增长[[5.2%]]", "5.2", "%", P, "exact", "货物进出口总额", change=YOY),
    S("其中出口[[286.7亿元]]", "28670000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[8.9%]]", "8.9", "%", P, "exact", "出口", change=YOY),
    S("比全国高[[1.3个百分点]]", "1.3", "个百分点", P, "exact", "出口增速", change=up("全国")),
    S("消费品零售额[[86.3亿元]]", "8630000000", "元", M, "exact", "限额以上单位消费品零售额", currency=CNY),
    S("同比增长[[4.7%]]", "4.7", "%", P, "exact", "限额以上单位消费品零售额", change=YOY),
    S("零售量[[6820台]]", "6820", "台", C, "exact", "新能源汽车零售量"),
    S("增长[[37.2%]]，新能源", "37.2", "%", P, "exact", "新能源汽车零售量", change=YOY),
    S("渗透率达[[52.6%]]", "52.6", "%", P, "exact", "新能源汽车渗透率"),
    S("零售量增长[[37.2%]]\n", "37.2", "%", P, "exact", "新能源汽车零售量", change=YOY),
    S("存款余额[[9876亿元]]", "987600000000", "元", M, "exact", "本外币各项存款余额", currency=CNY),
    S("增加[[612亿元]]", "61200000000", "元", M, "exact", "各项存款余额", change=up("年初"), currency=CNY),
    S("贷款余额[[7432亿元]]", "743200000000", "元", M, "exact", "各项贷款余额", currency=CNY),
    S("同比增长[[9.1%]]", "9.1", "%", P, "exact", "各项贷款余额", change=YOY),
    S("高于全省[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "贷款增速", change=up("全省")),
    S("认定企业[[132家]]", "132", "家", C, "exact", "第二批认定的专精特新中小企业"),
    S("总数达[[1046家]]", "1046", "家", C, "exact", "全市专精特新企业总数"),
    S("一线员工[[420人次]]", "420", "人次", C, "exact", "培训企业一线员工"),
    S("合格率[[96%以上]]", "96", "%", P, "over", "考核合格率"),
    S("抽检样品[[480批]]", "480", "批", C, "exact", "抽检节令食品样品"),
    S("合格率[[99.2%]]", "99.2", "%", P, "exact", "抽检合格率"),
    S("不合格样品[[4批]]", "4", "批", C, "exact", "不合格样品"),
    S("获批[[67项]]", "67", "项", C, "exact", "获批省级科技计划项目"),
    S("省级资金[[1.9亿元]]", "190000000", "元", M, "exact", "争取省级资金", currency=CNY),
    S("等货物[[110标箱]]", "110", "标箱", C, "exact", "中欧班列搭载货物"),
    S("货值[[约620万美元]]", "6200000", "美元", M, "about", "班列货值", currency=USD),
    S("（[[约合4460万元人民币]]）", "44600000", "元", M, "about", "班列货值", currency=CNY),
    S("集装箱[[5200余标箱]]", "5200", "标箱", C, "over", "该线路累计发运集装箱"),
    S("压缩至[[6小时以内]]", "6", "小时", T, "under", "跨境电商出口包裹平均通关时间"),
    S("购销协议[[15份]]", "15", "份", C, "exact", "签订购销协议"),
    S("金额[[约3200万元]]", "32000000", "元", M, "about", "购销协议金额", currency=CNY),
    S("负荷达[[812万千瓦]]", "8120000", "千瓦", O_, "exact", "全市最大用电负荷"),
    S("同比增长[[5.3%]]", "5.3", "%", P, "exact", "最大用电负荷", change=YOY),
]

EVENTS = [
    E("重点项目集中签约仪式在淄博国际会展中心举行", "signing", "签约", day("2026-06-20"),
      location="淄博国际会展中心"),
    E("高端聚烯烃项目在齐鲁化学工业园区投产", "construction", "投产", day("2026-06-18"),
      location="齐鲁化学工业园区", organizers=["淄博华宇新材料有限公司"]),
    E("新竣工投产项目23个", "construction", "竣工", Y26, opt=True),                        # a year summary
    E("与意大利客商签订出口合同", "signing", "签订", day("2026-06-16"), organizers=["淄博金窑陶瓷有限公司"],
      participants=["意大利客商"]),
    E("市商务局6月22日发布数据", "announcement", "发布", D22, organizers=["市商务局"]),
    E("人民银行淄博市分行6月22日发布数据", "announcement", "发布", D22, organizers=["人民银行淄博市分行"]),
    E("公布第二批市级“专精特新”中小企业名单", "announcement", "公布", day("2026-06-19"),
      organizers=["市工业和信息化局"]),
    E("共认定企业132家", "award", "认定", day("2026-06-19"), opt=True),                   # the list told again
    E("举办化工安全生产技能培训班", "training", "培训班", day("2026-06-17", "2026-06-19"),
      organizers=["市人社局", "淄博职业学院"], participants=["企业一线员工"]),
    E("开展粽子等节令食品专项抽检", "inspection", "抽检", None, organizers=["市市场监管局"]),
    E("已依法处置", "legal", "处置", None, opt=True),
    E("组织企业申报省级科技计划项目", "registration", "申报", Y26, opt=True),              # a year summary
    E("中欧班列从淄博国际陆港发车", "other", "发车", day("2026-06-23"), location="淄博国际陆港"),
    E("举办首届黄河鲜食玉米产销对接会", "meeting", "对接会", day("2026-06-21"), location="高青县"),
    E("现场签订购销协议15份", "signing", "签订", day("2026-06-21"), location="高青县"),
    E("最大用电负荷达812万千瓦", "other", "达", day("2026-06-24")),
]
