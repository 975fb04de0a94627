"""常州日报 (常州市, 江苏省), 2026-05-13 (a Wednesday): a city economy page dense with statistics.
Features: a column label (`财经视点`); a kicker over a title (`新能源产业挑大梁 工业经济开局稳` / `前4个月全市…`); a
join after a comma (`…光伏产业产值近640亿元，` | `汽车及核心零部件产业产值…`) with a headless brief on 溧阳市 between;
a block of district briefs under a label (`区域简讯`; `金坛区：`, `天宁区：`, `钟楼区：`, `新北区：`, `常州经开区：`,
one item each); headlines after their bodies (`武进光伏产值超300亿元`); eleven items without headline and eleven
without byline. January–April 2026 industry, new-energy batteries (`48.6吉瓦时`, `超260吉瓦时`), photovoltaics
(`1860万块`, `不足9吉瓦`), new-energy vehicles, exports (`“新三样”`, `8.62亿美元（约合61.7亿元人民币）`,
`约3.1亿欧元（约合24.2亿元人民币）`), loans, power use; districts and the county-level city (溧阳市, 武进区, 新北区,
金坛区…). Statistics: `高于全省1.6个百分点`, `比上年同期提高2.4个百分点`, `比年初增加236家`/`1265亿元`,
`高于各项贷款平均增速11.2个百分点`, `比上月提高0.9个百分点`/`增加136户`; bounds 逾, 近, 超, 以内, 以上, 左右, 不足, 约,
最高不超过; classifiers 家, 个, 项, 台, 块, 批, 辆, 户, 吉瓦时, 千瓦时. Events: a battery plant's first phase put into
production, a customs check total, two signings (a district's batch, a development zone's with a German firm), an award
list, figures made public, funds handed down, a job fair, consumption vouchers handed out.

Written at main commit 3aa6f9e, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, up, xun, year

PAPER = "常州日报"
PUBLISHED = "2026-05-13"
HOME = {"city": "常州市", "province": "江苏省"}

LAYOUT = [
    ("财经视点", "label", "E0"),
    ("新能源产业挑大梁", "headline", "E0"),                   # kicker
    ("前4个月全市规上", "headline", "E0"),
    ("本报讯（记者 钱 晓 峰）记者昨天", "body", "E0"),        # breaks after a comma
    ("溧阳市前4个月", "body", "E1"),                          # no headline, no byline
    ("汽车及核心零部件", "body", "E0"),                       # the rest of E0's paragraph
    ("“新三样”出口", "headline", "E2"),
    ("本报讯（记者 周 敏 娟 通讯员", "body", "E2"),
    ("新北区26个", "headline", "E3"),
    ("本报讯（记者 钱 晓 峰）5月11日", "body", "E3"),
    ("本报讯（通讯员 武 宣）", "body", "E4"),
    ("武进光伏产值", "headline", "E4"),                       # after its body
    ("人民银行常州市分行", "body", "E5"),                     # no headline, no byline
    ("我市新能源汽车", "headline", "E6"),
    ("前4个月，全市新能源汽车", "body", "E6"),
    ("本报讯（通讯员 王 工 信）", "body", "E7"),              # no headline
    ("新能源专场招聘会", "headline", "E8"),
    ("本报讯（记者 周 敏 娟）5月9日", "body", "E8"),
    ("本报讯 5月12日", "body", "E9"),                         # no headline, no byline
    ("4月份，全市全社会", "body", "E10"),                     # no headline
    ("五一假期，全市", "body", "E11"),                        # no headline
    ("区域简讯", "label", "E12"),
    ("金坛区：", "body", "E12"),
    ("天宁区：", "body", "E13"),
    ("钟楼区：", "body", "E14"),
    ("新北区：", "body", "E15"),
    ("常州经开区：", "body", "E16"),
]

ARTICLES = {f"E{k}": dict() for k in range(17)}
ARTICLES["E0"] = dict(byline=byline(reporters=["钱晓峰"]))
ARTICLES["E2"] = dict(byline=byline(reporters=["周敏娟"], correspondents=["常海宣"]))
ARTICLES["E3"] = dict(byline=byline(reporters=["钱晓峰"]))
ARTICLES["E4"] = dict(byline=byline(correspondents=["武宣"]))
ARTICLES["E7"] = dict(byline=byline(correspondents=["王工信"]))
ARTICLES["E8"] = dict(byline=byline(reporters=["周敏娟"]))
JOINS = [("本报讯（记者 钱 晓 峰）记者昨天", "汽车及核心零部件")]
PHOTOS = {}

D12 = day("2026-05-12")
JAN_APR, APR, MAR = months(2026, 1, 4), month(2026, 4), month(2026, 3)
END_APR = xun(2026, 4, 2)
DATES = [
    D("\n[[前4个月]]全市规上", JAN_APR),
    D("记者[[昨天]]从市统计局", D12),
    D("获悉，[[1至4月]]，全市", JAN_APR),
    D("比[[上年同期]]提高2.4个", year(2025), OPT),
    D("\n溧阳市[[前4个月]]动力电池", JAN_APR),
    D("。[[5月8日]]，江苏启辰", day("2026-05-08")),
    D("截至[[4月末]]，全市规上", END_APR),
    D("比[[年初]]增加236家", VAGUE, OPT),
    D("统计，[[前4个月]]，我市", JAN_APR),
    D("）[[5月11日]]，新北区", day("2026-05-11")),
    D("举行[[2026年]]第二批", year(2026), OPT),                       # a year inside the activity's name
    D("）[[前4个月]]，武进区", JAN_APR),
    D("较[[去年]]增加5家", year(2025)),
    D("分行[[昨天]]发布", D12),
    D("数据，[[4月末]]，全市本外币", END_APR),
    D("比[[年初]]增加1265亿元", VAGUE, OPT),
    D("\n[[前4个月]]，全市新能源汽车", JAN_APR),
    D("信息化局[[日前]]下达", VAGUE, OPT),
    D("下达[[今年]]第一批", year(2026)),
    D("。[[今年]]全市计划", year(2026)),
    D("）[[5月9日]]，市人社局", day("2026-05-09")),
    D("本报讯 [[5月12日]]，常州经开区", D12),
    D("预计[[2027年底]]建成", xun(2027, 12, 2)),
    D("\n[[4月份]]，全市全社会", APR),
    D("比[[上月]]提高0.9个", MAR),                                    # the month before 4月份
    D("\n[[五一假期]]，全市", day("2026-05-01", "2026-05-05")),
    D("金坛区：[[前4个月]]新签约", JAN_APR),
    D("天宁区：[[一季度]]新增", quarter(2026, 1)),
    D("钟楼区：[[4月份]]新登记", APR),
    D("比[[上月]]增加136户", MAR),
    D("新北区：[[前4个月]]光伏", JAN_APR),
    D("经开区：[[4月份]]完成", APR),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
HG = ["常州海关", "中华人民共和国常州海关"]
ORGS = [
    O("记者昨天从[[市统计局]]获悉", ["常州市统计局"], G),
    O("，[[江苏启辰储能科技有限公司]]年产", ["江苏启辰储能科技有限公司"], CO),
    O("据[[常州海关]]统计", HG, G),
    O("。[[常州海关]]共检验", HG, G),
    O("对[[欧盟]]出口", ["欧洲联盟", "欧盟"], G, OPT),                          # a market, a place here
    O("\n[[人民银行常州市分行]]昨天", ["中国人民银行常州市分行"], G),
    O("）[[市工业和信息化局]]日前", ["常州市工业和信息化局"], G),
    O("，[[市人社局]]在", ["常州市人力资源和社会保障局"], G),
    O("在[[常州人才市场]]举办", ["常州人才市场"], IN, OPT),                    # a venue
    O("，[[常州经开区管委会]]与", ["常州经济开发区管理委员会", "常州经开区管委会"], G),
    O("。[[市商务局]]发放", ["常州市商务局"], G),
]

C, P, M, T, EN, O_, A = "count", "percent", "money", "duration", "energy", "other", "area"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = up("上年同期")
STATS = [
    S("增加值增长[[8.3%]]\n", "8.3", "%", P, "exact", "前4个月规上工业增加值", change=YOY),
    S("增加值同比增长[[8.3%]]", "8.3", "%", P, "exact", "规模以上工业增加值", change=YOY),
    S("高于全省[[1.6个百分点]]", "1.6", "个百分点", P, "exact", "规上工业增加值增速", change=up("全省")),
    S("总产值[[6832.5亿元]]", "683250000000", "元", M, "exact", "规上工业总产值", currency=CNY),
    S("同比增长[[9.1%]]", "9.1", "%", P, "exact", "规上工业总产值", change=YOY),
    S("新能源产业产值[[2316.8亿元]]", "231680000000", "元", M, "exact", "新能源产业产值", currency=CNY),
    S("同比增长[[14.7%]]", "14.7", "%", P, "exact", "新能源产业产值", change=YOY),
    S("总产值的[[33.9%]]", "33.9", "%", P, "exact", "新能源产业产值占规上工业总产值比重"),
    S("提高[[2.4个百分点]]", "2.4", "个百分点", P, "exact", "新能源产业产值占比", change=up("上年同期")),
    S("产值[[逾1100亿元]]", "110000000000", "元", M, "over", "动力电池产业产值", currency=CNY),
    S("产值[[近640亿元]]", "64000000000", "元", M, "under", "光伏产业产值", currency=CNY),
    S("动力电池产量[[48.6吉瓦时]]", "48.6", "吉瓦时", EN, "exact", "溧阳市动力电池产量"),
    S("同比增长[[31.2%]]", "31.2", "%", P, "exact", "溧阳市动力电池产量", change=YOY),
    S("产能已[[超260吉瓦时]]", "260", "吉瓦时", EN, "over", "全市动力电池产能"),
    S("年产[[20吉瓦时]]储能", "20", "吉瓦时", EN, "exact", "储能电池项目年产能", OPT),   # inside the project's name
    S("岗位[[1200个左右]]", "1200", "个", C, "about", "新增就业岗位"),
    S("产业产值[[486.2亿元]]", "48620000000", "元", M, "exact", "汽车及核心零部件产业产值", currency=CNY),
    S("同比增长[[11.3%]]", "11.3", "%", P, "exact", "汽车及核心零部件产业产值", change=YOY),
    S("工业企业[[6821家]]", "6821", "家", C, "exact", "规上工业企业"),
    S("增加[[236家]]", "236", "家", C, "exact", "规上工业企业", change=up("年初")),
    S("出口增长[[23.5%]]\n", "23.5", "%", P, "exact", "“新三样”出口", change=YOY),
    S("进出口总值[[1296.4亿元]]", "129640000000", "元", M, "exact", "进出口总值", currency=CNY),
    S("同比增长[[7.8%]]", "7.8", "%", P, "exact", "进出口总值", change=YOY),
    S("其中出口[[938.7亿元]]", "93870000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[9.6%]]", "9.6", "%", P, "exact", "出口", change=YOY),
    S("进口[[357.7亿元]]", "35770000000", "元", M, "exact", "进口", currency=CNY),
    S("增长[[3.2%]]", "3.2", "%", P, "exact", "进口", change=YOY),
    S("合计出口[[216.3亿元]]", "21630000000", "元", M, "exact", "“新三样”合计出口", currency=CNY),
    S("同比增长[[23.5%]]，", "23.5", "%", P, "exact", "“新三样”出口", change=YOY),
    S("出口总值的[[23%]]", "23", "%", P, "exact", "“新三样”占全市出口总值比重"),
    S("锂电池出口[[8.62亿美元]]", "862000000", "美元", M, "exact", "锂电池出口", currency=USD),
    S("（[[约合61.7亿元人民币]]）", "6170000000", "元", M, "about", "锂电池出口", currency=CNY),
    S("光伏组件[[约3.1亿欧元]]", "310000000", "欧元", M, "about", "对欧盟出口光伏组件", currency=EUR),
    S("（[[约合24.2亿元人民币]]）", "2420000000", "元", M, "about", "对欧盟出口光伏组件", currency=CNY),
    S("锂电池[[2360批]]", "2360", "批", C, "exact", "检验出口锂电池"),
    S("\n新北区[[26个]]重大项目", "26", "个", C, "exact", "集中签约重大项目"),
    S("签约项目[[26个]]", "26", "个", C, "exact", "现场签约项目"),
    S("总投资[[312亿元]]", "31200000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("其中[[10亿元以上]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),   # a threshold
    S("以上项目[[9个]]", "9", "个", C, "exact", "10亿元以上项目"),
    S("外资项目[[7个]]", "7", "个", C, "exact", "外资项目"),
    S("协议外资[[4.6亿美元]]", "460000000", "美元", M, "exact", "协议外资", currency=USD),
    S("占比[[超六成]]", "0.6", "成", P, "over", "新能源及新材料项目占比", OPT),                 # X成
    S("实现产值[[318.6亿元]]", "31860000000", "元", M, "exact", "武进区光伏产业产值", currency=CNY),
    S("同比增长[[6.4%]]", "6.4", "%", P, "exact", "武进区光伏产业产值", change=YOY),
    S("组件产量[[1860万块]]", "18600000", "块", C, "exact", "光伏组件产量"),
    S("出货量[[不足9吉瓦]]", "9", "吉瓦", O_, "under", "电池片出货量"),
    S("区内[[12家]]光伏企业", "12", "家", C, "exact", "入选省级智能工厂的光伏企业"),
    S("增加[[5家]]", "5", "家", C, "exact", "入选省级智能工厂的光伏企业", change=up("去年")),
    S("产值[[超300亿元]]", "30000000000", "元", M, "over", "武进光伏产值", currency=CNY),
    S("贷款余额[[2.18万亿元]]", "2180000000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[9.4%]]", "9.4", "%", P, "exact", "本外币各项贷款余额", change=YOY),
    S("增加[[1265亿元]]", "126500000000", "元", M, "exact", "各项贷款余额", change=up("年初"), currency=CNY),
    S("贷款余额[[3120亿元]]", "312000000000", "元", M, "exact", "制造业中长期贷款余额", currency=CNY),
    S("平均增速[[11.2个百分点]]", "11.2", "个百分点", P, "exact", "制造业中长期贷款增速",
      change=up("各项贷款平均增速")),
    S("产量增长[[26.8%]]\n", "26.8", "%", P, "exact", "新能源汽车产量", change=YOY),
    S("汽车产量[[14.2万辆]]", "142000", "辆", C, "exact", "新能源汽车产量"),
    S("同比增长[[26.8%]]，", "26.8", "%", P, "exact", "新能源汽车产量", change=YOY),
    S("压缩至[[15天以内]]", "15", "天", T, "under", "整车平均交付周期"),
    S("机器人产量[[1.36万台]]", "13600", "台", C, "exact", "工业机器人产量"),
    S("增长[[18.5%]]", "18.5", "%", P, "exact", "工业机器人产量", change=YOY),
    S("集成电路产量[[12.4亿块]]", "1240000000", "块", C, "exact", "集成电路产量"),
    S("增长[[15.1%]]", "15.1", "%", P, "exact", "集成电路产量", change=YOY),
    S("专项资金[[1.86亿元]]", "186000000", "元", M, "exact", "智能化改造和数字化转型专项资金", currency=CNY),
    S("支持项目[[132个]]", "132", "个", C, "exact", "支持项目"),
    S("最高不超过[[500万元]]", "5000000", "元", M, "under", "单个项目补助上限", currency=CNY),
    S("技改项目[[1500项以上]]", "1500", "项", C, "over", "计划实施技改项目"),
    S("技改投资[[600亿元左右]]", "60000000000", "元", M, "about", "计划完成技改投资", currency=CNY),
    S("提供岗位[[8600余个]]\n", "8600", "个", C, "over", "招聘会提供岗位"),
    S("，[[286家]]企业", "286", "家", C, "exact", "参加招聘会企业"),
    S("提供岗位[[8600余个]]，", "8600", "个", C, "over", "招聘会提供岗位"),
    S("占比[[约35%]]", "35", "%", P, "about", "研发技术类岗位占比"),
    S("就业意向[[1920人]]", "1920", "人", C, "exact", "现场达成就业意向"),
    S("投资[[1.2亿欧元]]", "120000000", "欧元", M, "exact", "研发中心投资", currency=EUR),
    S("（[[约合9.4亿元人民币]]）", "940000000", "元", M, "about", "研发中心投资", currency=CNY),
    S("用电量[[52.6亿千瓦时]]", "5260000000", "千瓦时", EN, "exact", "全社会用电量"),
    S("同比增长[[6.2%]]", "6.2", "%", P, "exact", "全社会用电量", change=YOY),
    S("工业用电量[[39.8亿千瓦时]]", "3980000000", "千瓦时", EN, "exact", "工业用电量"),
    S("占比[[75.7%]]", "75.7", "%", P, "exact", "工业用电量占比"),
    S("提高[[0.9个百分点]]", "0.9", "个百分点", P, "exact", "工业用电量占比", change=up("上月")),
    S("销售额[[28.6亿元]]", "2860000000", "元", M, "exact", "重点商贸企业销售额", currency=CNY),
    S("同比增长[[7.3%]]", "7.3", "%", P, "exact", "重点商贸企业销售额", change=YOY),
    S("数字消费券[[2000万元]]", "20000000", "元", M, "exact", "发放数字消费券", currency=CNY),
    S("核销率达[[92.6%]]", "92.6", "%", P, "exact", "消费券核销率"),
    S("拉动消费[[约1.5亿元]]", "150000000", "元", M, "about", "拉动消费", currency=CNY),
    S("新签约[[亿元以上]]项目", "100000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),      # a threshold
    S("项目[[41个]]", "41", "个", C, "exact", "金坛区新签约亿元以上项目"),
    S("计划总投资[[286.5亿元]]", "28650000000", "元", M, "exact", "新签约项目计划总投资", currency=CNY),
    S("新能源项目[[17个]]", "17", "个", C, "exact", "新能源项目"),
    S("中小企业[[312家]]", "312", "家", C, "exact", "新增科技型中小企业"),
    S("同比增长[[17%]]", "17", "%", P, "exact", "高新技术企业申报数量", change=YOY),
    S("经营主体[[2180户]]", "2180", "户", C, "exact", "新登记经营主体"),
    S("增加[[136户]]", "136", "户", C, "exact", "新登记经营主体", change=up("上月")),
    S("出口额[[逾4.2亿美元]]", "420000000", "美元", M, "over", "新北区光伏组件出口额", currency=USD),
    S("同比增长[[8.9%]]", "8.9", "%", P, "exact", "光伏组件出口额", change=YOY),
    S("工业投资[[42.3亿元]]", "4230000000", "元", M, "exact", "经开区工业投资", currency=CNY),
    S("同比增长[[12.6%]]", "12.6", "%", P, "exact", "经开区工业投资", change=YOY),
    S("产业项目[[8个]]", "8", "个", C, "exact", "新开工产业项目"),
]

EVENTS = [
    E("储能电池项目一期在溧阳投产", "construction", "投产", day("2026-05-08"), location="溧阳",
      organizers=["江苏启辰储能科技有限公司"]),
    E("常州海关共检验出口锂电池2360批", "inspection", "检验", JAN_APR, organizers=["常州海关"]),
    E("举行2026年第二批重大项目集中签约活动", "signing", "签约", day("2026-05-11"), location="新北区",
      organizers=["新北区"]),
    E("入选省级智能工厂名单", "award", "入选", None, location="武进区", participants=["12家光伏企业"]),
    E("分行昨天发布数据", "announcement", "发布", D12, organizers=["人民银行常州市分行"]),
    E("下达今年第一批智能化改造和数字化转型专项资金", "payout", "下达", None, organizers=["市工业和信息化局"]),
    E("计划实施技改项目1500项以上", "construction", "实施", year(2026), opt=True),            # a plan
    E("举办新能源产业专场招聘会", "recruitment", "招聘会", day("2026-05-09"), location="常州人才市场",
      organizers=["市人社局"], participants=["286家企业"]),
    E("签署投资协议", "signing", "签署", D12, organizers=["常州经开区管委会"], participants=["德国一家储能系统企业"]),
    E("预计2027年底建成", "construction", "建成", xun(2027, 12, 2), opt=True),                # a plan
    E("市商务局发放数字消费券", "payout", "发放", day("2026-05-01", "2026-05-05"), organizers=["市商务局"]),
    E("新签约亿元以上项目41个", "signing", "签约", JAN_APR, location="金坛区", opt=True),        # a period total
    E("新开工产业项目8个", "construction", "开工", APR, opt=True),                           # a period total
]
