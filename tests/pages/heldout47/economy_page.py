"""南通日报 (南通市, 江苏省), 2026-12-05 (a Saturday): the economy page, dense with statistics.
Features: the page opens on a caption (`记者 许 丛 军 摄`) and the headless port brief it illustrates; a kicker over a
title (`冲刺全年目标 稳住增长势头` / `1至10月全市规上工业增加值增长8.3%`) with a byline line of its own
(`本报记者 陈 晓 宁  通讯员 顾 海 波`); the lead's paragraph broken mid-word (`…有关负责人表` | `示，12月是…`) with
another item's headline and a whole brief between, ending at `（下转第3版）`; a headline five lines above its body
(`南通赴港签约23个项目`); a headline after its body with the lead's rest between (`前10月外贸进出口增长7.6%`); a
column label (`数说南通`) over a headless item; a district roundup in label-colon lines (`崇川区：`, `海门区：`,
`如皋市：`, `启东市：`: places, not organizations) under its title; seven briefs without headline or byline.
Statistics for January–October 2026 (port, industry, trade, retail, construction, loans, power, farming):
`增幅比全国沿海港口平均水平高4.2个百分点`, `高于全省平均水平1.2个百分点`, `较上年同期提高1.6个百分点`,
`拉动全市出口增长2.8个百分点`, `增速比社零总额高13.3个百分点`, `分别增长14.6%、6.2%和11.8%`, `比上年末净增486家`,
shares (`占进出口总额的67.6%`, `比重达28.4%`, `完成计划的98.5%`); bounds 约, 逾, 超, 以上, 约合; classifiers 吨,
标箱, 家, 个, 户, 条, 批次, 台（套）, 亩, 千瓦, 千瓦时; 港元 and 美元 with `约合X亿元人民币`. Events: a first sailing,
a promotion meeting in Hong Kong with a signing at its scene, a consumption campaign ahead, a contract signed
abroad, a loan paid out, a fair ahead, an industrial park opened, a job fair ahead, a wind farm connected, wheat
sown, a policy issued, a product check.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, up, xun, year

PAPER = "南通日报"
PUBLISHED = "2026-12-05"
HOME = {"city": "南通市", "province": "江苏省"}

LAYOUT = [
    ("通州湾港区集装箱码头", "caption", "P0"),                  # 记者 许 丛 军 摄
    ("南通港口集团消息", "body", "K1"),                          # no headline, no byline
    ("冲刺全年目标", "headline", "K0"),                          # kicker
    ("1至10月全市规上工业", "headline", "K0"),
    ("本报记者 陈 晓 宁", "byline", "K0"),                       # a byline line of its own
    ("记者昨日从市统计局", "body", "K0"),                        # breaks mid-word (表|示)
    ("南通赴港签约", "headline", "K7"),                          # five lines above its body
    ("本报讯（记者 吴 佳 怡）", "body", "K2"),
    ("示，12月是", "body", "K0"),                                # the rest of K0's paragraph
    ("（下转第3版）", "continuation", "K0"),
    ("前10月外贸", "headline", "K2"),                            # after its body
    ("本报讯（记者 陈 晓 宁）", "body", "K7"),
    ("数说南通", "label", "K5"),
    ("1至10月，全市实现", "body", "K5"),                         # no headline
    ("本报讯（通讯员 钱 卫 东）", "body", "K3"),
    ("江海建工签下", "headline", "K3"),                          # after its body
    ("人民银行南通市分行", "body", "K6"),                        # no headline
    ("县市区经济速递", "headline", "K4"),
    ("崇川区：", "body", "K4"),
    ("海门区：", "body", "K4"),
    ("如皋市：", "body", "K4"),
    ("启东市：", "body", "K4"),
    ("市人社局将于", "body", "K8"),                              # no headline
    ("国网南通供电公司", "body", "K9"),                          # no headline
    ("11月下旬以来", "body", "K10"),                             # no headline
    ("市政府办公室", "body", "K11"),                             # no headline
    ("市市场监管局", "body", "K12"),                             # no headline
]

ARTICLES = {
    "K0": dict(byline=byline(reporters=["陈晓宁"], correspondents=["顾海波"]), continued_to="第3版"),
    "K1": dict(),
    "K2": dict(byline=byline(reporters=["吴佳怡"])),
    "K3": dict(byline=byline(correspondents=["钱卫东"])),
    "K4": dict(),
    "K5": dict(),
    "K6": dict(),
    "K7": dict(byline=byline(reporters=["陈晓宁"])),
    "K8": dict(), "K9": dict(), "K10": dict(), "K11": dict(), "K12": dict(),
}
JOINS = [("记者昨日从市统计局", "示，12月是")]
PHOTOS = {
    "P0": dict(photographers=["许丛军"], article="K1"),
}

JAN_OCT = months(2026, 1, 10)
D01, D03, D04 = day("2026-12-01"), day("2026-12-03"), day("2026-12-04")
D12 = day("2026-12-12")
Y25, Y26 = year(2025), year(2026)
DATES = [
    D("集团消息，[[1至10月]]，南通港", JAN_OCT),
    D("。[[12月1日]]，通州湾", D01),
    D("冲刺[[全年]]目标 稳住", Y26, OPT),                                 # 全年 of a target
    D("\n[[1至10月]]全市规上工业", JAN_OCT),
    D("记者[[昨日]]从市统计局", D04),
    D("获悉，[[1至10月]]，全市规模", JAN_OCT),
    D("较[[上年同期]]提高", Y25, OPT),
    D("比[[上年末]]净增", xun(2025, 12, 2), OPT),                         # a baseline
    D("统计，[[1至10月]]，全市进出口", JAN_OCT),
    D("示，[[12月]]是冲刺", month(2026, 12)),
    D("冲刺[[全年]]目标的", Y26, OPT),
    D("\n[[前10月]]外贸", JAN_OCT),
    D("）[[12月3日]]，南通（香港）", D03),
    D("\n[[1至10月]]，全市实现", JAN_OCT),
    D("将于[[12月12日]]启动", D12),
    D("）[[1至10月]]，全市建筑业", JAN_OCT),
    D("。[[11月28日]]，江苏江海", day("2026-11-28")),
    D("，[[10月末]]全市本外币", xun(2026, 10, 2)),
    D("。[[12月1日]]，全市首笔", D01),
    D("崇川区：[[1至10月]]一般", JAN_OCT),
    D("将于[[12月10日至12日]]在", day("2026-12-10", "2026-12-12")),
    D("如皋市：[[前10个月]]新签约", JAN_OCT),
    D("产业园[[12月2日]]开园", day("2026-12-02")),
    D("将于[[下周六]]在南通", D12),
    D("显示，[[1至10月]]全社会", JAN_OCT),
    D("。[[11月30日]]，如东", day("2026-11-30")),
    D("\n[[11月下旬]]以来", xun(2026, 11, 2)),
    D("截至[[12月3日]]，全市小麦", D03),
    D("办公室[[日前]]印发", VAGUE),
    D("监管局[[昨日]]公布", D04),
    D("公布[[11月]]电动自行车", month(2026, 11)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
SWJ = ["南通市商务局"]
JH = ["江苏江海建工集团有限公司"]
ORGS = [
    O("\n[[南通港口集团]]消息", ["南通港口集团有限公司", "南通港口集团"], CO),
    O("，[[南通港]]完成", ["南通港"], CO, OPT),                                       # a port, a site here
    O("从[[市统计局]]获悉", ["南通市统计局"], G),
    O("。[[市工信局]]有关", ["南通市工业和信息化局"], G),
    O("据[[南通海关]]统计", ["中华人民共和国南通海关", "南通海关"], G),
    O("由[[市商务局]]、", SWJ, G),
    O("、[[市投资促进中心]]联合", ["南通市投资促进中心"], IN),
    O("。[[市商务局]]将于", SWJ, G),
    O("，[[江苏江海建工集团有限公司]]在", JH, CO),
    O("\n[[江海建工]]签下", JH, CO),
    O("\n[[人民银行南通市分行]]数据", ["中国人民银行南通市分行"], G),
    O("，[[中国银行南通分行]]向", ["中国银行股份有限公司南通分行", "中国银行南通分行"], CO),
    O("在[[叠石桥国际家纺城]]举办", ["叠石桥国际家纺城"], CO, OPT),                     # a market, the venue
    O("启东市：[[吕四港经济开发区]]生物", ["吕四港经济开发区", "江苏启东吕四港经济开发区"], G, OPT),  # a zone
    O("\n[[市人社局]]将于", ["南通市人力资源和社会保障局"], G),
    O("在[[南通国际会展中心]]举办", ["南通国际会展中心"], IN, OPT),                     # a venue
    O("\n[[国网南通供电公司]]数据", ["国网江苏省电力有限公司南通供电分公司", "国网南通供电公司"], CO),
    O("，[[市农业农村局]]组织", ["南通市农业农村局"], G),
    O("\n[[市政府办公室]]日前", ["南通市人民政府办公室"], G),
    O("\n[[市市场监管局]]昨日", ["南通市市场监督管理局"], G),
]

C, P, M, T, W, EN, A, O_ = "count", "percent", "money", "duration", "weight", "energy", "area", "other"
CNY, USD, HKD = "CNY", "USD", "HKD"
YOY = "上年同期"
STATS = [
    S("吞吐量[[约2.87亿吨]]", "287000000", "吨", W, "about", "南通港货物吞吐量"),
    S("同比增长[[5.1%]]", "5.1", "%", P, "exact", "南通港货物吞吐量", change=up(YOY)),
    S("吞吐量[[253.6万标箱]]", "2536000", "标箱", C, "exact", "南通港集装箱吞吐量"),
    S("增长[[12.7%]]", "12.7", "%", P, "exact", "集装箱吞吐量", change=up(YOY)),
    S("平均水平高[[4.2个百分点]]", "4.2", "个百分点", P, "exact", "集装箱吞吐量增幅",
      change=up("全国沿海港口平均水平")),
    S("增加值增长[[8.3%]]\n", "8.3", "%", P, "exact", "全市规上工业增加值", change=up(YOY)),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "全市规模以上工业增加值", change=up(YOY)),
    S("全省平均水平[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "规上工业增加值增速",
      change=up("全省平均水平")),
    S("信息技术[[三大]]产业", "3", "大", C, "exact", "产业", OPT),                     # a count in a name
    S("分别增长[[14.6%]]", "14.6", "%", P, "exact", "船舶海工产业增加值", change=up(YOY)),
    S("、[[6.2%]]和", "6.2", "%", P, "exact", "高端纺织产业增加值", change=up(YOY)),
    S("和[[11.8%]]；", "11.8", "%", P, "exact", "新一代信息技术产业增加值", change=up(YOY)),
    S("比重达[[28.4%]]", "28.4", "%", P, "exact", "高技术制造业增加值占规上工业比重"),
    S("提高[[1.6个百分点]]", "1.6", "个百分点", P, "exact", "高技术制造业增加值占比", change=up(YOY)),
    S("企业达[[7320家]]", "7320", "家", C, "exact", "全市规上工业企业"),
    S("净增[[486家]]", "486", "家", C, "exact", "规上工业企业净增", change=up("上年末")),
    S("赴港签约[[23个]]项目", "23", "个", C, "exact", "赴港签约项目"),
    S("进出口总额[[3218.5亿元]]", "321850000000", "元", M, "exact", "全市进出口总额", currency=CNY),
    S("同比增长[[7.6%]]", "7.6", "%", P, "exact", "全市进出口总额", change=up(YOY)),
    S("出口[[2174.2亿元]]", "217420000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[9.3%]]", "9.3", "%", P, "exact", "出口", change=up(YOY)),
    S("总额的[[67.6%]]", "67.6", "%", P, "exact", "出口占进出口总额比重"),
    S("进口[[1044.3亿元]]", "104430000000", "元", M, "exact", "进口", currency=CNY),
    S("，增长[[4.2%]]。", "4.2", "%", P, "exact", "进口", change=up(YOY)),
    S("出口增长[[31.5%]]", "31.5", "%", P, "exact", "船舶出口", change=up(YOY)),
    S("出口增长[[2.8个百分点]]", "2.8", "个百分点", P, "exact", "船舶出口拉动全市出口增长", change=up()),
    S("进出口增长[[7.6%]]\n", "7.6", "%", P, "exact", "前10月外贸进出口", change=up(YOY)),
    S("签约项目[[23个]]，", "23", "个", C, "exact", "现场签约项目"),
    S("总投资[[约156亿元]]", "15600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("港资项目[[9个]]", "9", "个", C, "exact", "港资项目"),
    S("投资额[[约48亿港元]]", "4800000000", "港元", M, "about", "港资项目协议投资额", currency=HKD),
    S("（[[约合43.7亿元人民币]]）", "4370000000", "元", M, "about", "港资项目协议投资额", currency=CNY),
    S("零售总额[[约3460亿元]]", "346000000000", "元", M, "about", "全市社会消费品零售总额", currency=CNY),
    S("同比增长[[5.6%]]", "5.6", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("零售额增长[[18.9%]]", "18.9", "%", P, "exact", "限上单位网上零售额", change=up(YOY)),
    S("总额高[[13.3个百分点]]", "13.3", "个百分点", P, "exact", "网上零售额增速", change=up("社零总额增速")),
    S("消费券[[3000万元]]", "30000000", "元", M, "exact", "市级财政安排消费券", currency=CNY),
    S("总产值[[约9120亿元]]", "912000000000", "元", M, "about", "全市建筑业总产值", currency=CNY),
    S("同比增长[[3.9%]]", "3.9", "%", P, "exact", "建筑业总产值", change=up(YOY)),
    S("占比[[超六成]]", "6", "成", P, "over", "省外产值占比", OPT),                          # X成
    S("合同额[[约3.6亿美元]]", "360000000", "美元", M, "about", "住宅工程总承包合同额", currency=USD),
    S("（[[约合25.9亿元人民币]]）", "2590000000", "元", M, "about", "住宅工程总承包合同额", currency=CNY),
    S("贷款余额[[约2.46万亿元]]", "2460000000000", "元", M, "about", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[10.2%]]", "10.2", "%", P, "exact", "本外币各项贷款余额", change=up(YOY)),
    S("余额增长[[23.4%]]", "23.4", "%", P, "exact", "制造业中长期贷款余额", change=up(YOY)),
    S("发放贷款[[1.2亿元]]", "120000000", "元", M, "exact", "船舶海工订单贷", currency=CNY),
    S("预算收入[[86.4亿元]]", "8640000000", "元", M, "exact", "崇川区一般公共预算收入", currency=CNY),
    S("同比增长[[4.6%]]", "4.6", "%", P, "exact", "崇川区一般公共预算收入", change=up(YOY)),
    S("经营主体[[1.36万户]]", "13600", "户", C, "exact", "崇川区新增经营主体"),
    S("参展商[[逾1200家]]", "1200", "家", C, "over", "家纺博览会参展商"),
    S("新签约[[亿元以上]]项目", "100000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),  # a threshold
    S("项目[[58个]]", "58", "个", C, "exact", "如皋市新签约亿元以上项目"),
    S("总投资[[约412亿元]]", "41200000000", "元", M, "about", "新签约项目总投资", currency=CNY),
    S("入驻企业[[16家]]", "16", "家", C, "exact", "首批入驻企业"),
    S("企业[[300家以上]]", "300", "家", C, "over", "招聘会参会企业"),
    S("提供岗位[[超8000个]]", "8000", "个", C, "over", "招聘会提供岗位"),
    S("用电量[[约498亿千瓦时]]", "49800000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[7.3%]]", "7.3", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("用电量增长[[11.2%]]", "11.2", "%", P, "exact", "第三产业用电量", change=up(YOY)),
    S("装机容量[[40万千瓦]]", "400000", "千瓦", O_, "exact", "H15海上风电项目装机容量"),
    S("发电量[[约12亿千瓦时]]", "1200000000", "千瓦时", EN, "about", "海上风电项目年发电量"),
    S("农机[[1.2万台（套）]]", "12000", "台（套）", C, "exact", "组织农机"),
    S("播种面积[[约326万亩]]", "3260000", "亩", A, "about", "全市小麦播种面积"),
    S("计划的[[98.5%]]", "98.5", "%", P, "exact", "小麦播种计划完成率"),
    S("提出[[26条]]举措", "26", "条", C, "exact", "支持民营经济举措"),
    S("抽查[[68批次]]", "68", "批次", C, "exact", "抽查电动自行车及充电器产品"),
    S("不合格[[5批次]]", "5", "批次", C, "exact", "不合格产品"),
]

EVENTS = [
    E("外贸集装箱航线首航", "launch", "首航", D01, location="通州湾港区"),
    E("南通（香港）投资合作交流会在香港举行", "meeting", "交流会", D03, location="香港",
      organizers=["市商务局", "市投资促进中心"]),
    E("现场签约项目23个", "signing", "签约", D03, location="香港"),
    E("启动“暖冬惠购”消费季", "activity", "启动", D12, organizers=["市商务局"], theme="暖冬惠购"),
    E("安排消费券3000万元", "payout", "安排", D12, opt=True),                                # part of the campaign
    E("签下一项住宅工程总承包合同", "signing", "签下", day("2026-11-28"), location="沙特阿拉伯利雅得",
      organizers=["江苏江海建工集团有限公司"]),
    E("人民银行南通市分行数据显示", "announcement", "数据显示", None, organizers=["人民银行南通市分行"],
      opt=True),
    E("发放贷款1.2亿元", "payout", "发放", D01, location="如东", organizers=["中国银行南通分行"],
      participants=["当地一家船舶配套企业"]),
    E("江海家纺博览会将于12月10日至12日在叠石桥国际家纺城举办", "exhibition", "博览会",
      day("2026-12-10", "2026-12-12"), location="叠石桥国际家纺城"),
    E("新签约亿元以上项目58个", "signing", "签约", JAN_OCT, opt=True),                        # a period summary
    E("生物医药产业园12月2日开园", "launch", "开园", day("2026-12-02"), location="吕四港经济开发区"),
    E("举办“冬日暖心”就业专场招聘会", "recruitment", "招聘会", D12, location="南通国际会展中心",
      organizers=["市人社局"], theme="冬日暖心"),
    E("国网南通供电公司数据显示", "announcement", "数据显示", None, organizers=["国网南通供电公司"], opt=True),
    E("海上风电项目全容量并网", "construction", "并网", day("2026-11-30"), location="如东"),
    E("抢播冬小麦", "production", "抢播", xun(2026, 11, 2), organizers=["市农业农村局"]),
    E("印发《南通市支持民营经济高质量发展若干措施》", "policy", "印发", None, organizers=["市政府办公室"]),
    E("共抽查68批次", "inspection", "抽查", month(2026, 11), organizers=["市市场监管局"]),
    E("已责令生产企业限期整改", "legal", "责令", D04, opt=True),                               # the check's outcome
]
