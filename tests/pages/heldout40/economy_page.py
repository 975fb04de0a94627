"""佛山日报 (佛山市, 广东省), 2026-10-21 (a Wednesday): a city economy page dense with statistics.
Features: a column label (`经济周刊`); a kicker over a title (`制造业当家 跑出加速度` / `前三季度我市规上工业…`); a
join after a comma (`…家电出口额约98亿美元（约合697亿元人民币），` | `占全区出口总额的六成以上。…`) with a headless
brief between; headlines after their bodies and before them; six briefs without headline or byline. Districts
(`顺德区`, `南海区`, `禅城区`) as places. Statistics: first three quarters 2026 figures of manufacturing, home
appliances (`1650万台`, `近1100万台`, `超620万台`, `800万台`), ceramics (`2.86亿平方米`), exports and credit;
`高于全省1.5个百分点`, `比上年同期提高1.9个百分点`, `降幅较上半年收窄1.4个百分点`, `比上半年加快2.1个百分点`,
`较上季度提高0.8个百分点`, `高于各项贷款平均水平9.2个百分点`, `比年初净增486家`, `比去年增加2家`; bounds 逾, 近, 超,
超过, 突破, 以内, 以上, 约, 左右, 最高不超过; classifiers 家, 个, 项, 台, 件, 批, 批次, 列, 辆, 标箱, 人次; 美元/欧元
with `约合X亿元人民币`. Events: an investment promotion meeting abroad with a signing at its scene and a memorandum
signed the same day, a quality check and its results made public, a fund handed down, a construction start, a
ceramics fair, figures made public, a payout and a training. Dates: `昨日` = 10-20 (×3), `前三季度` ×10, `上半年` ×2
(H1, quarter grain), `第三季度`, `上季度`, `9月末`, `去年`, `当天`, `同期` (the first three quarters).

Written at main commit eb78676, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, quarter, span, up, xun, year

PAPER = "佛山日报"
PUBLISHED = "2026-10-21"
HOME = {"city": "佛山市", "province": "广东省"}

LAYOUT = [
    ("经济周刊", "label", "F0"),
    ("制造业当家", "headline", "F0"),                         # kicker
    ("前三季度我市规上工业", "headline", "F0"),
    ("本报讯（记者 陈 嘉 敏）记者昨日", "body", "F0"),
    ("本报讯（记者 梁 振 华）前三季度", "body", "F1"),        # breaks after a comma
    ("禅城区前三季度", "body", "F2"),                         # a headless brief
    ("占全区出口总额", "body", "F1"),                         # the rest of F1's paragraph
    ("顺德家电前三季度", "headline", "F1"),                   # after its body
    ("南海区铝型材产业", "headline", "F3"),
    ("本报讯（通讯员 何 晓 婷）", "body", "F3"),
    ("本报讯（记者 梁 振 华）10月19日", "body", "F4"),
    ("佛山赴欧推介", "headline", "F4"),                       # after its body
    ("本报讯（记者 陈 嘉 敏）据佛山海关", "body", "F5"),      # no headline
    ("10月20日，市市场监管局", "body", "F6"),                 # a brief
    ("市工业和信息化局", "body", "F7"),                       # a brief
    ("智能家电产业园二期", "headline", "F8"),
    ("本报讯（通讯员 黄 泽 宇）", "body", "F8"),
    ("人民银行佛山市分行", "body", "F9"),                     # a brief
    ("本报讯（记者 冯 志 坚）", "body", "F10"),
    ("陶博会吸引", "headline", "F10"),                        # after its body
    ("前三季度，佛山港", "body", "F11"),                      # a brief
    ("市人社局发布数据", "body", "F12"),                      # a brief
    ("前三季度，全市社会消费品", "body", "F13"),
    ("新能源汽车零售占比", "headline", "F13"),                # after its body
]

ARTICLES = {
    "F0": dict(byline=byline(reporters=["陈嘉敏"])),
    "F1": dict(byline=byline(reporters=["梁振华"])),
    "F2": dict(),
    "F3": dict(byline=byline(correspondents=["何晓婷"])),
    "F4": dict(byline=byline(reporters=["梁振华"])),
    "F5": dict(byline=byline(reporters=["陈嘉敏"])),
    "F6": dict(), "F7": dict(),
    "F8": dict(byline=byline(correspondents=["黄泽宇"])),
    "F9": dict(),
    "F10": dict(byline=byline(reporters=["冯志坚"])),
    "F11": dict(), "F12": dict(), "F13": dict(),
}
JOINS = [("本报讯（记者 梁 振 华）前三季度", "占全区出口总额")]
PHOTOS = {}

D20, D19 = day("2026-10-20"), day("2026-10-19")
Q1_3 = (span("2026-01-01", "2026-09-30"), "quarter")
H1 = (span("2026-01-01", "2026-06-30"), "quarter")
DATES = [
    D("\n[[前三季度]]我市规上", Q1_3),
    D("记者[[昨日]]从市统计局", D20),
    D("获悉，[[前三季度]]，我市规模", Q1_3),
    D("比[[年初]]净增486家", VAGUE, OPT),
    D("比[[上年同期]]提高1.9个", year(2025), OPT),
    D("）[[前三季度]]，顺德区", Q1_3),
    D("禅城区[[前三季度]]建筑", Q1_3),
    D("降幅较[[上半年]]收窄", H1),
    D("比[[去年]]增加2家", year(2025)),
    D("顺德家电[[前三季度]]产值", Q1_3),
    D("）[[前三季度]]，南海区", Q1_3),
    D("）[[10月19日]]，2026佛山", D19),
    D("，[[2026]]佛山（欧洲）", year(2026), OPT),                     # a year inside the meeting's name
    D("[[当天]]，市商务局", D19),
    D("统计，[[前三季度]]，我市货物", Q1_3),
    D("增速比[[上半年]]加快", H1),
    D("\n[[10月20日]]，市市场监管局", D20),
    D("公布[[第三季度]]工业产品", quarter(2026, 3)),
    D("较[[上季度]]提高", quarter(2026, 2)),
    D("信息化局[[昨日]]下达", D20),
    D("下达[[2026年]]第二批", year(2026), OPT),                        # a year inside the fund's name
    D("）[[10月20日]]，广东科朗", D20),
    D("分行[[昨日]]发布", D20),
    D("截至[[9月末]]，全市", xun(2026, 9, 2)),
    D("比[[年初]]增加612亿元", VAGUE, OPT),
    D("）[[10月18日]]，第27届", day("2026-10-18")),
    D("\n[[前三季度]]，佛山港", Q1_3),
    D("数据，[[前三季度]]全市城镇", Q1_3),
    D("。[[同期]]开展", Q1_3),
    D("\n[[前三季度]]，全市社会消费品", Q1_3),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
ORGS = [
    O("从[[市统计局]]获悉", ["佛山市统计局"], G),
    O("，[[市商务局]]与", ["佛山市商务局"], G),
    O("与[[德国巴伐利亚州经济部]]签署", ["德国巴伐利亚州经济部"], G),
    O("据[[佛山海关]]统计", ["佛山海关", "中华人民共和国佛山海关"], G),
    O("对[[欧盟]]出口", ["欧洲联盟", "欧盟"], G, OPT),                                # a market here
    O("，[[市市场监管局]]公布", ["佛山市市场监督管理局"], G),
    O("\n[[市工业和信息化局]]昨日", ["佛山市工业和信息化局"], G),
    O("，[[广东科朗智能家电有限公司]]顺德", ["广东科朗智能家电有限公司"], CO),
    O("\n[[人民银行佛山市分行]]昨日", ["中国人民银行佛山市分行"], G),
    O("在[[潭洲国际会展中心]]闭幕", ["潭洲国际会展中心"], IN, OPT),                  # a venue
    O("，[[佛山港]]完成", ["佛山港"], CO, OPT),                                        # a port, a site
    O("\n[[市人社局]]发布", ["佛山市人力资源和社会保障局"], G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = up("上年同期")
STATS = [
    S("工业增加值增长[[6.8%]]\n", "6.8", "%", P, "exact", "规上工业增加值", change=YOY),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "规模以上工业增加值", change=YOY),
    S("高于全省[[1.5个百分点]]", "1.5", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省")),
    S("企业达[[1.12万家]]", "11200", "家", C, "exact", "规上工业企业"),
    S("净增[[486家]]", "486", "家", C, "exact", "规上工业企业", change=up("年初")),
    S("增加值增长[[9.3%]]", "9.3", "%", P, "exact", "先进制造业增加值", change=YOY),
    S("比重的[[52.7%]]", "52.7", "%", P, "exact", "先进制造业占规上工业比重"),
    S("提高[[1.9个百分点]]", "1.9", "个百分点", P, "exact", "先进制造业占规上工业比重", change=YOY),
    S("发明专利[[2860件]]", "2860", "件", C, "exact", "企业授权发明专利"),
    S("增长[[12%左右]]", "12", "%", P, "about", "企业授权发明专利", change=YOY),
    S("产值[[3860亿元]]，", "386000000000", "元", M, "exact", "顺德区家电产业产值", currency=CNY),
    S("同比增长[[7.4%]]", "7.4", "%", P, "exact", "顺德区家电产业产值", change=YOY),
    S("空调产量达[[1650万台]]", "16500000", "台", C, "exact", "家用空调产量"),
    S("冰箱产量[[近1100万台]]", "11000000", "台", C, "under", "冰箱产量"),
    S("洗衣机产量[[超620万台]]", "6200000", "台", C, "over", "洗衣机产量"),
    S("出口额[[约98亿美元]]", "9800000000", "美元", M, "about", "顺德区家电出口额", currency=USD),
    S("（[[约合697亿元人民币]]）", "69700000000", "元", M, "about", "顺德区家电出口额", currency=CNY),
    S("陶瓷产量[[2.86亿平方米]]", "286000000", "平方米", A, "exact", "禅城区建筑陶瓷产量"),
    S("同比下降[[3.2%]]", "3.2", "%", P, "exact", "建筑陶瓷产量", change=down("上年同期")),
    S("收窄[[1.4个百分点]]", "1.4", "个百分点", P, "exact", "建筑陶瓷产量降幅", change=down("上半年")),
    S("陶瓷出口额[[4.7亿美元]]", "470000000", "美元", M, "exact", "陶瓷出口额", currency=USD),
    S("增长[[11.6%]]", "11.6", "%", P, "exact", "陶瓷出口额", change=YOY),
    S("出口总额的[[六成以上]]", "0.6", "成", P, "over", "家电出口占全区出口总额比重", OPT),   # X成
    S("营收[[超百亿元]]的", "10000000000", "元", M, "over", "家电企业营收门槛", OPT, currency=CNY),  # a threshold
    S("家电企业达[[9家]]", "9", "家", C, "exact", "营收超百亿元的家电企业"),
    S("增加[[2家]]", "2", "家", C, "exact", "营收超百亿元的家电企业", change=up("去年")),
    S("压缩至[[7天以内]]", "7", "天", T, "under", "骨干企业订单交付周期"),
    S("产值[[3860亿元]]\n", "386000000000", "元", M, "exact", "顺德家电前三季度产值", currency=CNY),
    S("铝型材产量[[约312万吨]]", "3120000", "吨", W, "about", "南海区铝型材产量"),
    S("同比增长[[5.1%]]", "5.1", "%", P, "exact", "南海区铝型材产量", change=YOY),
    S("产值突破[[1200亿元]]", "120000000000", "元", M, "over", "南海区铝型材产值", currency=CNY),
    S("中小企业[[47家]]", "47", "家", C, "exact", "新增“专精特新”中小企业"),
    S("累计达[[568家]]", "568", "家", C, "exact", "累计“专精特新”中小企业"),
    S("技改投资增长[[23.6%]]", "23.6", "%", P, "exact", "工业技改投资", change=YOY),
    S("技改项目[[逾400项]]", "400", "项", C, "over", "完成技改项目"),
    S("签约项目[[42个]]，", "42", "个", C, "exact", "现场签约项目"),
    S("总投资[[约15.8亿欧元]]", "1580000000", "欧元", M, "about", "签约项目总投资", currency=EUR),
    S("（[[约合128亿元人民币]]）", "12800000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("制造业项目[[31个]]", "31", "个", C, "exact", "制造业项目"),
    S("占比[[73.8%]]", "73.8", "%", P, "exact", "制造业项目占比"),
    S("签约[[42个]]项目", "42", "个", C, "exact", "签约项目"),
    S("进出口总值[[5128亿元]]", "512800000000", "元", M, "exact", "货物进出口总值", currency=CNY),
    S("同比增长[[8.2%]]", "8.2", "%", P, "exact", "货物进出口总值", change=YOY),
    S("出口[[3716亿元]]", "371600000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[10.5%]]", "10.5", "%", P, "exact", "出口", change=YOY),
    S("进口[[1412亿元]]", "141200000000", "元", M, "exact", "进口", currency=CNY),
    S("增长[[2.6%]]", "2.6", "%", P, "exact", "进口", change=YOY),
    S("欧盟出口[[486亿元]]", "48600000000", "元", M, "exact", "对欧盟出口", currency=CNY),
    S("增长[[14.3%]]", "14.3", "%", P, "exact", "对欧盟出口", change=YOY),
    S("加快[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "对欧盟出口增速", change=up("上半年")),
    S("进出口[[超320亿元]]", "32000000000", "元", M, "over", "跨境电商进出口", currency=CNY),
    S("增长[[近三成]]", "0.3", "成", P, "under", "跨境电商进出口", OPT, change=YOY),             # X成
    S("等产品[[860批次]]", "860", "批次", C, "exact", "抽查产品"),
    S("合格率[[96.4%]]", "96.4", "%", P, "exact", "抽查合格率"),
    S("提高[[0.8个百分点]]", "0.8", "个百分点", P, "exact", "抽查合格率", change=up("上季度")),
    S("检出的[[31批]]", "31", "批", C, "exact", "不合格产品"),
    S("专项资金[[1.35亿元]]", "135000000", "元", M, "exact", "制造业数字化转型专项资金", currency=CNY),
    S("企业项目[[120个以上]]", "120", "个", C, "over", "支持的企业项目"),
    S("最高不超过[[300万元]]", "3000000", "元", M, "under", "单个项目补助上限", currency=CNY),
    S("总投资[[约45亿元]]", "4500000000", "元", M, "about", "产业园二期项目总投资", currency=CNY),
    S("压缩机[[800万台]]", "8000000", "台", C, "exact", "达产后高端空调压缩机年产能"),
    S("年产值[[约60亿元]]", "6000000000", "元", M, "about", "达产后年产值", currency=CNY),
    S("岗位[[2000个左右]]", "2000", "个", C, "about", "新增就业岗位"),
    S("贷款余额[[2.41万亿元]]", "2410000000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[7.6%]]", "7.6", "%", P, "exact", "本外币各项贷款余额", change=YOY),
    S("中长期贷款余额[[4380亿元]]", "438000000000", "元", M, "exact", "制造业中长期贷款余额", currency=CNY),
    S("增加[[612亿元]]", "61200000000", "元", M, "exact", "制造业中长期贷款余额", change=up("年初"), currency=CNY),
    S("平均水平[[9.2个百分点]]", "9.2", "个百分点", P, "exact", "制造业中长期贷款增速",
      change=up("各项贷款平均水平")),
    S("。[[4天]]展会", "4", "天", T, "exact", "展会时长"),
    S("参展企业[[960家]]", "960", "家", C, "exact", "参展企业"),
    S("专业观众[[逾15万人次]]，", "150000", "人次", C, "over", "专业观众"),
    S("境外采购商[[近8000人]]", "8000", "人", C, "under", "境外采购商"),
    S("采购额[[约36亿元]]", "3600000000", "元", M, "about", "意向采购额", currency=CNY),
    S("专业观众[[逾15万人次]]\n", "150000", "人次", C, "over", "陶博会专业观众"),
    S("吞吐量[[386万标箱]]", "3860000", "标箱", C, "exact", "佛山港集装箱吞吐量"),
    S("同比增长[[6.5%]]", "6.5", "%", P, "exact", "集装箱吞吐量", change=YOY),
    S("占比[[约58%]]", "58", "%", P, "about", "外贸集装箱占比"),
    S("发运[[126列]]", "126", "列", C, "exact", "中欧班列发运"),
    S("货值[[约4.2亿美元]]", "420000000", "美元", M, "about", "中欧班列货值", currency=USD),
    S("同比增长[[19.8%]]", "19.8", "%", P, "exact", "中欧班列货值", change=YOY),
    S("新增就业[[5.36万人]]", "53600", "人", C, "exact", "城镇新增就业"),
    S("向[[1.8万家]]企业", "18000", "家", C, "exact", "获稳岗返还资金企业"),
    S("返还资金[[2.1亿元]]", "210000000", "元", M, "exact", "稳岗返还资金", currency=CNY),
    S("产业工人[[3.2万人次]]", "32000", "人次", C, "exact", "培训产业工人"),
    S("零售总额[[2856亿元]]", "285600000000", "元", M, "exact", "全市社会消费品零售总额", currency=CNY),
    S("同比增长[[4.3%]]", "4.3", "%", P, "exact", "社会消费品零售总额", change=YOY),
    S("零售额增长[[15.6%]]", "15.6", "%", P, "exact", "家用电器和音像器材类零售额", change=YOY),
    S("零售量[[约9.6万辆]]", "96000", "辆", C, "about", "新能源汽车零售量"),
    S("首次[[超过50%]]", "50", "%", P, "over", "新能源汽车占汽车零售量比重"),
    S("首超[[五成]]", "0.5", "成", P, "over", "新能源汽车零售占比", OPT),                        # X成
]

EVENTS = [
    E("投资推介会在德国慕尼黑举行", "meeting", "推介会", D19, location="德国慕尼黑"),
    E("现场签约项目42个", "signing", "签约", D19, location="德国慕尼黑"),
    E("签署经贸合作备忘录", "signing", "签署", D19, organizers=["市商务局"], participants=["德国巴伐利亚州经济部"]),
    E("公布第三季度工业产品质量监督抽查结果", "announcement", "公布", D20, organizers=["市市场监管局"]),
    E("共抽查家电、陶瓷等产品860批次", "inspection", "抽查", quarter(2026, 3), organizers=["市市场监管局"]),
    E("已责令企业整改", "legal", "责令", None, opt=True),
    E("下达2026年第二批制造业数字化转型专项资金", "payout", "下达", D20, organizers=["市工业和信息化局"]),
    E("顺德产业园二期项目开工", "construction", "开工", D20, location="顺德",
      organizers=["广东科朗智能家电有限公司"]),
    E("人民银行佛山市分行昨日发布数据", "announcement", "发布", D20, organizers=["人民银行佛山市分行"]),
    E("国际陶瓷及卫浴博览会在潭洲国际会展中心闭幕", "exhibition", "博览会", day("2026-10-18"),
      location="潭洲国际会展中心"),
    E("达成意向采购额约36亿元", "signing", "达成", day("2026-10-18"), opt=True),            # intent, not contracts
    E("完成技改项目逾400项", "construction", "完成", Q1_3, opt=True),                       # a period summary
    E("中欧班列（佛山）发运126列", "traffic", "发运", Q1_3, opt=True),                      # a period summary
    E("市人社局发布数据", "announcement", "发布", None, organizers=["市人社局"]),
    E("发放稳岗返还资金2.1亿元", "payout", "发放", Q1_3, organizers=["市人社局"], participants=["1.8万家企业"]),
    E("开展“佛山智造工匠”技能提升行动", "training", "技能提升", Q1_3, organizers=["市人社局"],
      participants=["产业工人"], theme="佛山智造工匠"),
]
