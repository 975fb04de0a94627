"""太原晚报 (太原市, 山西省), 2026-06-09 (a Tuesday): a `国内国际` wire page.
Features: a column label; 新华社 items (Beijing ×4, Taiyuan ×4 one with two reporters `（记者 乔 雪 峰、贾 文 博）` and
one with no reporter, Seoul, Paris datelined 6月7日, Washington, Berlin) and 中新社 items (Taiyuan ×2, Beijing); a join
after a comma (`…开幕式现场集中签约项目32个，` | `签约总金额156.8亿元，…`) with the Seoul item between; headlines after
their bodies and one before (`太原启动夏季夜间消费活动`); eight items without headline. Province-level bodies written
short (`省文化和旅游厅` ×2, `省教育厅` ×2, `省商务厅`, `省交通运输厅`) resolve with 山西省. Foreign money with
conversions (`4.5万亿韩元（约合238亿元人民币）`, `12亿欧元（约合94亿元人民币）`, `1.2亿美元（约合8.6亿元人民币）`,
`5亿美元（约合36亿元人民币）`). Dates: datelines `6月8日` (and `6月7日`), `8日`, `当天` ×2 (the dateline's day), `同日`,
`上周末（6日至7日）` and `上周末` (06-06..06-07), `今年前5个月` ×4, `5月份` and `上月` (April, the month before the one
just named), `6月下旬`, `本月下旬`, `6月12日至8月31日`, `7月1日`, `6月7日至10日`, `今年底`, `到2030年`.

Written at main commit 8df73af, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "太原晚报"
PUBLISHED = "2026-06-09"
HOME = {"city": "太原市", "province": "山西省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京6月8日电（记者 戴", "body", "W0"),
    ("前5个月我国外贸", "headline", "W0"),                     # after its body
    ("新华社太原6月8日电（记者 乔 雪 峰、", "body", "W1"),     # breaks after a comma
    ("新华社首尔", "body", "W2"),                               # no headline
    ("签约总金额", "body", "W1"),                               # the rest of W1's paragraph
    ("能源装备博览会", "headline", "W1"),                       # after its body
    ("中新社太原6月8日电（记者 闫 静 雯）记者8日", "body", "W3"),
    ("上周末山西景区", "headline", "W3"),                       # after its body
    ("新华社巴黎", "body", "W4"),                               # no headline
    ("太原启动夏季", "headline", "W5"),
    ("中新社太原6月8日电（记者 闫 静 雯）太原市商务局", "body", "W5"),
    ("新华社北京6月8日电（记者 钟 一 鸣）记者8日", "body", "W6"),   # no headline
    ("新华社太原6月8日电（记者 贾", "body", "W7"),             # no headline
    ("新华社华盛顿", "body", "W8"),
    ("世行预计", "headline", "W8"),                             # after its body
    ("新华社太原6月8日电（记者 乔 雪 峰）", "body", "W9"),      # no headline
    ("中新社北京", "body", "W10"),                              # no headline
    ("新华社太原6月8日电  记者8日", "body", "W11"),             # no reporter
    ("太忻高速", "headline", "W11"),                            # after its body
    ("新华社北京6月8日电（记者 钟 一 鸣）应急管理部", "body", "W12"),   # no headline
    ("新华社柏林", "body", "W13"),                              # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["戴晓岚"])),
    "W1": dict(byline=byline(reporters=["乔雪峰", "贾文博"])),
    "W2": dict(byline=byline(reporters=["孙一然"])),
    "W3": dict(byline=byline(reporters=["闫静雯"])),
    "W4": dict(byline=byline(reporters=["罗晨"])),
    "W5": dict(byline=byline(reporters=["闫静雯"])),
    "W6": dict(byline=byline(reporters=["钟一鸣"])),
    "W7": dict(byline=byline(reporters=["贾文博"])),
    "W8": dict(byline=byline(reporters=["许嘉宁"])),
    "W9": dict(byline=byline(reporters=["乔雪峰"])),
    "W10": dict(byline=byline(reporters=["庞书琪"])),
    "W11": dict(),
    "W12": dict(byline=byline(reporters=["钟一鸣"])),
    "W13": dict(byline=byline(reporters=["田野"])),
}
JOINS = [("新华社太原6月8日电（记者 乔 雪 峰、", "签约总金额")]
PHOTOS = {}

D08, D07 = day("2026-06-08"), day("2026-06-07")
JAN_MAY = months(2026, 1, 5)
WEEKEND = day("2026-06-06", "2026-06-07")
LATE_JUNE = xun(2026, 6, 2)
DATELINES = ["北京6月8日电（记者 戴", "太原6月8日电（记者 乔 雪 峰、", "首尔", "太原6月8日电（记者 闫 静 雯）记者",
             "太原6月8日电（记者 闫 静 雯）太原市", "北京6月8日电（记者 钟 一 鸣）记者", "太原6月8日电（记者 贾",
             "华盛顿", "太原6月8日电（记者 乔 雪 峰）", "北京6月8日电（记者 庞", "太原6月8日电  记者",
             "北京6月8日电（记者 钟 一 鸣）应急", "柏林"]


def dateline(place_ctx):
    """The dateline's day inside `新华社/中新社<place>6月8日电…`."""
    if "6月8日" in place_ctx:
        return place_ctx.replace("6月8日", "[[6月8日]]", 1)
    return place_ctx + "[[6月8日]]电"


DATES = [D("社" + dateline(c), D08) for c in DATELINES] + [
    D("巴黎[[6月7日]]电", D07),
    D("海关总署[[8日]]发布", D08),
    D("数据，[[今年前5个月]]，我国", JAN_MAY),
    D("。[[5月份]]，我国进出口", month(2026, 5)),
    D("增速比[[上月]]加快", month(2026, 4)),
    D("\n[[前5个月]]我国外贸", JAN_MAY),
    D("博览会[[8日]]在山西", D08),
    D("[[当天]]，开幕式现场", D08),
    D("韩国政府[[8日]]宣布", D08),
    D("显示，[[今年前5个月]]韩国", JAN_MAY),
    D("记者[[8日]]从省文化和旅游厅", D08),
    D("，[[上周末（6日至7日）]]，全省", WEEKEND),
    D("将于[[6月下旬]]启动", LATE_JUNE),
    D("\n[[上周末]]山西景区", WEEKEND),
    D("法国政府[[7日]]宣布", D07),
    D("计划到[[2030年]]完成", year(2030)),
    D("太原市商务局[[8日]]介绍", D08),
    D("”[[夏季]]夜间消费", (span("2026-06-01", "2026-08-31"), "season"), OPT),     # a season naming the campaign
    D("\n太原启动[[夏季]]夜间", (span("2026-06-01", "2026-08-31"), "season"), OPT),
    D("将于[[6月12日至8月31日]]举行", day("2026-06-12", "2026-08-31")),
    D("记者[[8日]]从中国国家铁路", D08),
    D("，[[上周末]]全国铁路", WEEKEND),
    D("。[[7月1日]]起，全国铁路", day("2026-07-01")),
    D("，[[2026年]]普通高考", year(2026), OPT),                                    # a year inside the exam's name
    D("于[[6月7日至10日]]举行", day("2026-06-07", "2026-06-10")),
    D("预计于[[本月下旬]]公布", LATE_JUNE),
    D("世界银行[[8日]]发布", D08),
    D("预计[[2026年]]全球经济", year(2026)),
    D("较[[1月]]预测", month(2026, 1)),
    D("[[同日]]，世界银行执董会", D08),
    D("世行预计[[今年]]全球", year(2026)),
    D("记者[[8日]]从省商务厅", D08),
    D("获悉，[[今年前5个月]]，山西省", JAN_MAY),
    D("国家邮政局[[8日]]发布", D08),
    D("数据，[[5月份]]全国快递", month(2026, 5)),
    D("；[[今年前5个月]]，全国快递", JAN_MAY),
    D("记者[[8日]]从省交通运输厅", D08),
    D("主线[[当天]]全线贯通", D08),
    D("计划[[今年底]]建成", xun(2026, 12, 2)),
    D("应急管理部[[8日]]召开", D08),
    D("部署[[“七下八上”]]防汛", (span("2026-07-21", "2026-08-10"), "xun"), OPT),    # a season's nickname
    D("。据统计，[[入汛以来]]全国", VAGUE, OPT),
    D("德国联邦统计局[[8日]]公布", D08),
    D("公布，[[今年4月]]德国", month(2026, 4)),
    D("有望在[[下半年]]支撑", (span("2026-07-01", "2026-12-31"), "quarter"), OPT),  # a half-year
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
WL = ["山西省文化和旅游厅"]
JYT = ["山西省教育厅"]
WB = ["世界银行"]
ORGS = [O(f"\n[[新华社]]{c}", XH, IN, OPT) for c in (
    "北京6月8日电（记者 戴", "太原6月8日电（记者 乔 雪 峰、", "首尔", "巴黎", "北京6月8日电（记者 钟 一 鸣）记者",
    "太原6月8日电（记者 贾", "华盛顿", "太原6月8日电（记者 乔 雪 峰）", "太原6月8日电  记者",
    "北京6月8日电（记者 钟 一 鸣）应急", "柏林")] + [
    O(f"\n[[中新社]]{c}", ZX, IN, OPT) for c in (
    "太原6月8日电（记者 闫 静 雯）记者", "太原6月8日电（记者 闫 静 雯）太原市", "北京")] + [
    O("）[[海关总署]]8日", ["中华人民共和国海关总署", "海关总署"], G),
    O("在[[山西潇河国际会展中心]]开幕", ["山西潇河国际会展中心"], IN, OPT),              # a venue
    O("）[[韩国政府]]8日", ["韩国政府", "大韩民国政府"], G),
    O("。[[韩国关税厅]]数据", ["韩国关税厅"], G),
    O("记者8日从[[省文化和旅游厅]]获悉", WL, G),
    O("。[[省文化和旅游厅]]将于", WL, G),
    O("）[[法国政府]]7日", ["法国政府"], G),
    O("）[[太原市商务局]]8日", ["太原市商务局"], G),
    O("从[[中国国家铁路集团有限公司]]获悉", ["中国国家铁路集团有限公司"], CO),
    O("记者从[[省教育厅]]获悉", JYT, G),
    O("。[[省教育厅]]表示", JYT, G),
    O("）[[世界银行]]8日", WB, IN),
    O("同日，[[世界银行执董会]]批准", ["世界银行执行董事会", "世界银行执董会"], IN),
    O("记者8日从[[省商务厅]]获悉", ["山西省商务厅"], G),
    O("）[[国家邮政局]]8日", ["国家邮政局"], G),
    O("记者8日从[[省交通运输厅]]获悉", ["山西省交通运输厅"], G),
    O("）[[应急管理部]]8日", ["中华人民共和国应急管理部", "应急管理部"], G),
    O("）[[德国联邦统计局]]8日", ["德国联邦统计局"], G),
    O("。[[德国经济部]]表示", ["德国联邦经济部", "德国经济部"], G),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY, USD, EUR, KRW = "CNY", "USD", "EUR", "KRW"
YOY = up("上年同期")
STATS = [
    S("进出口总值[[18.62万亿元]]", "18620000000000", "元", M, "exact", "货物贸易进出口总值", currency=CNY),
    S("同比增长[[3.4%]]。", "3.4", "%", P, "exact", "货物贸易进出口总值", change=YOY),
    S("出口[[10.71万亿元]]", "10710000000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[5.6%]]", "5.6", "%", P, "exact", "出口", change=YOY),
    S("进口[[7.91万亿元]]", "7910000000000", "元", M, "exact", "进口", currency=CNY),
    S("增长[[0.5%]]", "0.5", "%", P, "exact", "进口", change=YOY),
    S("进出口[[3.96万亿元]]", "3960000000000", "元", M, "exact", "5月份进出口", currency=CNY),
    S("同比增长[[4.1%]]", "4.1", "%", P, "exact", "5月份进出口", change=YOY),
    S("加快[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "进出口增速", change=up("上月")),
    S("进出口增长[[3.4%]]\n", "3.4", "%", P, "exact", "外贸进出口", change=YOY),
    S("来自[[18个]]国家", "18", "个", C, "exact", "参展国家和地区"),
    S("的[[860余家]]企业", "860", "家", C, "over", "参展企业"),
    S("展览面积达[[6.5万平方米]]", "65000", "平方米", A, "exact", "展览面积"),
    S("签约项目[[32个]]", "32", "个", C, "exact", "集中签约项目"),
    S("签约总金额[[156.8亿元]]", "15680000000", "元", M, "exact", "签约项目总金额", currency=CNY),
    S("外资项目[[5个]]", "5", "个", C, "exact", "外资项目"),
    S("合同外资[[1.2亿美元]]", "120000000", "美元", M, "exact", "合同外资", currency=USD),
    S("（[[约合8.6亿元人民币]]）", "860000000", "元", M, "about", "合同外资", currency=CNY),
    S("在未来[[5年]]投入", "5", "年", T, "exact", "投入期限"),
    S("投入[[4.5万亿韩元]]", "4500000000000", "韩元", M, "exact", "半导体先进封装产线支持资金", currency=KRW),
    S("（[[约合238亿元人民币]]）", "23800000000", "元", M, "about", "半导体先进封装产线支持资金", currency=CNY),
    S("出口额达[[682亿美元]]", "68200000000", "美元", M, "exact", "韩国半导体出口额", currency=USD),
    S("同比增长[[19.3%]]", "19.3", "%", P, "exact", "韩国半导体出口额", change=YOY),
    S("全省[[112家]]", "112", "家", C, "exact", "重点监测A级旅游景区"),
    S("接待游客[[386.4万人次]]", "3864000", "人次", C, "exact", "景区接待游客"),
    S("同比增长[[9.7%]]", "9.7", "%", P, "exact", "景区接待游客", change=YOY),
    S("门票收入[[1.86亿元]]", "186000000", "元", M, "exact", "门票收入", currency=CNY),
    S("消费券[[2000万元]]", "20000000", "元", M, "exact", "文旅消费券", currency=CNY),
    S("接待游客[[386万人次]]\n", "3860000", "人次", C, "exact", "山西景区接待游客"),
    S("投入[[12亿欧元]]", "1200000000", "欧元", M, "exact", "老旧校舍节能改造投入", currency=EUR),
    S("（[[约合94亿元人民币]]）", "9400000000", "元", M, "about", "老旧校舍节能改造投入", currency=CNY),
    S("完成[[约3000所]]", "3000", "所", C, "about", "改造学校"),
    S("柳巷等[[12个]]", "12", "个", C, "exact", "夜间消费集聚区"),
    S("促销活动[[300余场]]", "300", "场", C, "over", "促销活动"),
    S("带动消费[[超15亿元]]", "1500000000", "元", M, "over", "带动消费", currency=CNY),
    S("发送旅客[[3860万人次]]", "38600000", "人次", C, "exact", "全国铁路发送旅客"),
    S("日均[[1930万人次]]", "19300000", "人次", C, "exact", "日均发送旅客"),
    S("旅客列车[[126列]]", "126", "列", C, "exact", "新增开行旅客列车"),
    S("共有[[29.6万名]]考生", "296000", "名", C, "exact", "高考报名考生"),
    S("设考点[[182个]]", "182", "个", C, "exact", "高考考点"),
    S("考场[[9870个]]", "9870", "个", C, "exact", "高考考场"),
    S("全球经济增长[[2.6%]]，", "2.6", "%", P, "exact", "2026年全球经济增长", change=up()),
    S("下调[[0.1个百分点]]", "0.1", "个百分点", P, "exact", "全球经济增长预测", change=down("1月预测")),
    S("提供[[5亿美元]]", "500000000", "美元", M, "exact", "优惠贷款", currency=USD),
    S("（[[约合36亿元人民币]]）", "3600000000", "元", M, "about", "优惠贷款", currency=CNY),
    S("经济增长[[2.6%]]\n", "2.6", "%", P, "exact", "今年全球经济增长", change=up()),
    S("零售总额[[3412.6亿元]]", "341260000000", "元", M, "exact", "山西省社会消费品零售总额", currency=CNY),
    S("同比增长[[5.3%]]", "5.3", "%", P, "exact", "社会消费品零售总额", change=YOY),
    S("零售量[[4.12万辆]]", "41200", "辆", C, "exact", "新能源汽车零售量"),
    S("增长[[28.6%]]", "28.6", "%", P, "exact", "新能源汽车零售量", change=YOY),
    S("升至[[47.5%]]", "47.5", "%", P, "exact", "新能源汽车占新车零售量的比重"),
    S("业务量完成[[182.6亿件]]", "18260000000", "件", C, "exact", "5月份全国快递业务量"),
    S("同比增长[[13.8%]]", "13.8", "%", P, "exact", "快递业务量", change=YOY),
    S("累计完成[[845.3亿件]]", "84530000000", "件", C, "exact", "前5个月快递业务量"),
    S("业务收入[[约6120亿元]]", "612000000000", "元", M, "about", "快递业务收入", currency=CNY),
    S("全长[[约76公里]]", "76", "公里", L, "about", "改扩建项目全长"),
    S("总投资[[约128亿元]]", "12800000000", "元", M, "about", "改扩建项目总投资", currency=CNY),
    S("已有[[23个]]省份", "23", "个", C, "exact", "出现强降雨过程的省份"),
    S("避险群众[[41.6万人次]]", "416000", "人次", C, "exact", "转移避险群众"),
    S("环比下降[[0.9%]]", "0.9", "%", P, "exact", "德国工业产出", change=down("上月")),
    S("同比下降[[2.3%]]", "2.3", "%", P, "exact", "德国工业产出", change=down("上年同期")),
]

EVENTS = [
    E("海关总署8日发布数据", "announcement", "发布", D08, organizers=["海关总署"]),
    E("博览会8日在山西潇河国际会展中心开幕", "exhibition", "博览会", D08, location="山西潇河国际会展中心"),
    E("开幕式现场集中签约项目32个", "signing", "签约", D08, location="山西潇河国际会展中心"),
    E("将在未来5年投入4.5万亿韩元", "policy", "投入", D08, organizers=["韩国政府"]),
    E("将于6月下旬启动“晋享夏日”文旅消费季", "activity", "启动", LATE_JUNE, organizers=["省文化和旅游厅"],
      theme="晋享夏日"),
    E("发放文旅消费券2000万元", "payout", "发放", LATE_JUNE, opt=True),  # a handout inside the season
    E("将投入12亿欧元", "policy", "投入", D07, organizers=["法国政府"]),
    E("夏季夜间消费活动将于6月12日至8月31日举行", "activity", "举行", day("2026-06-12", "2026-08-31"),
      location="钟楼街、柳巷", organizers=["太原市商务局"], theme="龙城夜未央"),
    E("全国铁路将实行新的列车运行图", "traffic", "实行", day("2026-07-01")),
    E("普通高考于6月7日至10日举行", "exam", "高考", day("2026-06-07", "2026-06-10")),
    E("高考成绩预计于本月下旬公布", "announcement", "公布", LATE_JUNE, organizers=["省教育厅"]),
    E("世界银行8日发布新一期《全球经济展望》报告", "announcement", "发布", D08, organizers=["世界银行"]),
    E("批准向埃塞俄比亚提供5亿美元", "payout", "提供", D08, organizers=["世界银行执董会"],
      participants=["埃塞俄比亚"]),
    E("国家邮政局8日发布数据", "announcement", "发布", D08, organizers=["国家邮政局"]),
    E("改扩建工程主线当天全线贯通", "construction", "贯通", D08, location="太原至忻州"),
    E("计划今年底建成通车", "construction", "建成", xun(2026, 12, 2), opt=True),            # a plan
    E("应急管理部8日召开全国防汛工作视频会议", "meeting", "召开", D08, organizers=["应急管理部"]),
    E("累计转移避险群众41.6万人次", "other", "转移", None, opt=True),  # a summary since the season began
    E("德国联邦统计局8日公布", "announcement", "公布", D08, organizers=["德国联邦统计局"]),
]
