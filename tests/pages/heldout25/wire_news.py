"""石家庄日报's `国内国际` wire page (home 石家庄市, 河北省), 2025-12-23 (a Tuesday).
Features: a column label (`国内国际`); fourteen 新华社 items with `新华社X地12月X日电（记者 X X）` datelines (Beijing
×3, Shijiazhuang ×4 one with no reporter, Tokyo, Berlin, Washington, Guangzhou, Harbin, Zhengzhou, Jakarta; one with two
reporters) and two 中新网 items under `来源：中国新闻网  发布时间：2025-12-22 HH:MM  编辑：X X` metadata lines (a byline
line: the editor is no writer; one under its headline, one with its headline after its body); a paragraph broken after a
comma (`…完成投资3260亿元，` | `占年度计划的102.4%…`) with another item between; headlines after their bodies; eight
items with no headline; one item in two paragraph lines. 省-level bodies written short resolve with the home province
(`省发展改革委`, `省人力资源社会保障厅`, `省市场监管局`, `省生态环境厅`), except in the Zhengzhou item, where
`省农业农村厅` is Henan's. Currencies: 日元, 欧元, 美元 with `约合人民币X亿元`, 万亿元. Dates: dateline days,
`22日上午8时`, `2026年元旦假期`, `12月31日起至明年1月4日`, `元旦假期首日`, `第三季度`/`第二季度`,
`2022年3月至2024年5月`, `20日至21日`, `明年1月10日`, `12月25日至29日`, `今年前11个月`, `明年1月5日`, `当天`,
`第四季度`/`四季度`, metadata dates; years in names (`2026财年预算案`, `2025粤港澳…博览会`,
`2026年全国硕士研究生招生考试`), `本财年`, `上年同期` optional. Events (18 required): traffic, announcement ×3 (a press
conference, GDP figures, fund figures), policy (a budget passed by a cabinet), payout (chip subsidies announced),
launch, legal, exhibition, signing, exam ×2, recruitment, registration, activity (a festival's opening), inspection ×2,
construction (a plant put into production).

Written at main commit 5a6f50a, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, months, quarter, span, up, year

PAPER = "石家庄日报"
PUBLISHED = "2025-12-23"
HOME = {"city": "石家庄市", "province": "河北省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("元旦假期全国铁路", "headline", "W0"),
    ("新华社北京12月22日电（记者 齐", "body", "W0"),
    ("新华社石家庄12月22日电（记者 范", "body", "W1"),           # breaks after a comma
    ("新华社东京", "body", "W2"),                                # no headline
    ("占年度计划的", "body", "W1"),                              # the rest of W1's paragraph
    ("全省重点项目提前", "headline", "W1"),                      # after its body
    ("新华社柏林", "body", "W3"),
    ("德国52亿欧元", "headline", "W3"),                          # after its body
    ("石邢城际铁路", "headline", "W4"),
    ("来源：中国新闻网  发布时间：2025-12-22 11", "byline", "W4"),
    ("中新网石家庄", "body", "W4"),
    ("新华社华盛顿", "body", "W5"),                              # no headline
    ("新华社北京12月22日电（记者 王", "body", "W6"),             # no headline
    ("新华社广州", "body", "W7"),
    ("低空经济博览会广州", "headline", "W7"),                    # after its body
    ("新华社北京12月22日电（记者 徐", "body", "W8"),             # no headline
    ("新华社石家庄12月22日电（记者 杨", "body", "W9"),
    ("河北事业单位", "headline", "W9"),                          # after its body
    ("来源：中国新闻网  发布时间：2025-12-22 16", "byline", "W10"),
    ("中新网北京", "body", "W10"),
    ("前11个月医保", "headline", "W10"),                         # after its body
    ("新华社哈尔滨", "body", "W11"),                             # no headline
    ("新华社郑州", "body", "W12"),                               # no headline
    ("省农业农村厅当天", "body", "W12"),                         # W12's second paragraph
    ("新华社石家庄12月22日电（记者 高", "body", "W13"),
    ("河北四季度", "headline", "W13"),                           # after its body
    ("新华社石家庄12月22日电 记者从", "body", "W14"),            # no headline, no reporter
    ("新华社雅加达", "body", "W15"),
    ("中企承建印尼", "headline", "W15"),                         # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["齐中熙"])),
    "W1": dict(byline=byline(reporters=["范世辉", "曹国厂"])),
    "W2": dict(byline=byline(reporters=["钱铮"])),
    "W3": dict(byline=byline(reporters=["张远"])),
    "W4": dict(),
    "W5": dict(byline=byline(reporters=["熊茂伶"])),
    "W6": dict(byline=byline(reporters=["王鹏"])),
    "W7": dict(byline=byline(reporters=["孔祥鑫"])),
    "W8": dict(byline=byline(reporters=["徐壮"])),
    "W9": dict(byline=byline(reporters=["杨帆"])),
    "W10": dict(),
    "W11": dict(byline=byline(reporters=["杨思琪"])),
    "W12": dict(byline=byline(reporters=["刘金辉"])),
    "W13": dict(byline=byline(reporters=["高博"])),
    "W14": dict(),
    "W15": dict(byline=byline(reporters=["汪子旺"])),
}
JOINS = [("新华社石家庄12月22日电（记者 范", "占年度计划的")]
PHOTOS = {}

D22, D21 = day("2025-12-22"), day("2025-12-21")
NY = day("2026-01-01", "2026-01-03")
JAN_NOV = months(2025, 1, 11)
DATELINES = ["北京12月22日电（记者 齐", "石家庄12月22日电（记者 范", "东京12月22日电", "柏林12月21日电",
             "石家庄12月22日电 22日", "华盛顿12月22日电", "北京12月22日电（记者 王", "广州12月22日电",
             "北京12月22日电（记者 徐", "石家庄12月22日电（记者 杨", "北京12月22日电 国家", "哈尔滨12月22日电",
             "郑州12月22日电", "石家庄12月22日电（记者 高", "石家庄12月22日电 记者", "雅加达12月21日电"]


def dateline(ctx):
    city, rest = ctx.split("12月", 1)
    return D(f"{city}[[12月{rest[:3]}]]{rest[3:]}", D21 if rest.startswith("21") else D22)


DATES = [dateline(c) for c in DATELINES] + [
    D("\n[[元旦假期]]全国铁路", NY),
    D("记者[[22日]]从国铁集团", D22),
    D("，[[2026年元旦假期]]铁路运输", NY),
    D("自[[12月31日起至明年1月4日]]止", day("2025-12-31", "2026-01-04")),
    D("[[元旦假期首日]]车票", day("2026-01-01")),
    D("已于[[12月17日]]开售", day("2025-12-17")),
    D("省发展改革委[[22日]]举行", D22),
    D("[[今年1至11月]]，河北省", JAN_NOV),
    D("日本政府[[22日]]召开", D22),
    D("通过[[2026财年]]预算案", (span("2026-04-01", "2027-03-31"), "year"), OPT),   # in a document's name
    D("比[[本财年]]增加", (span("2025-04-01", "2026-03-31"), "year"), OPT),
    D("德国联邦经济部[[21日]]宣布", D21),
    D("发布时间：[[2025-12-22]] 11", D22),
    D("电 [[22日上午8时]]，石邢", D22),
    D("美国商务部[[22日]]公布", D22),
    D("美国[[第三季度]]实际", quarter(2025, 3)),
    D("比[[第二季度]]放缓", quarter(2025, 2)),
    D("人民法院[[22日]]一审", D22),
    D("查明，[[2022年3月至2024年5月]]，", (span("2022-03-01", "2024-05-31"), "month")),
    D("[[2025]]粤港澳", year(2025), OPT),                                     # in the fair's name
    D("博览会[[22日]]在广州", D22),
    D("。[[首日]]现场签约", D22, OPT),
    D("）[[2026年]]全国硕士", year(2026), OPT),                               # in the exam's name
    D("初试于[[20日至21日]]举行", day("2025-12-20", "2025-12-21")),
    D("比[[上年]]增加约8万人", year(2024), OPT),                               # the last exam's year
    D("社会保障厅[[22日]]发布", D22),
    D("事业单位[[明年]]计划", year(2026)),
    D("笔试定于[[明年1月10日]]", day("2026-01-10")),
    D("报名时间为[[12月25日至29日]]", day("2025-12-25", "2025-12-29")),
    D("发布时间：[[2025-12-22]] 16", D22),
    D("国家医保局[[22日]]对外", D22),
    D("，[[今年前11个月]]，全国医保", JAN_NOV),
    D("\n[[前11个月]]医保", JAN_NOV),
    D("将于[[明年1月5日]]开幕", day("2026-01-05")),
    D("截至[[22日]]，河南", D22),
    D("省农业农村厅[[当天]]派出", D22),
    D("省市场监管局[[22日]]通报", D22),
    D("，[[第四季度]]全省共抽检", quarter(2025, 4)),
    D("比[[上年同期]]提高0.4", quarter(2024, 4), OPT),
    D("河北[[四季度]]食品", quarter(2025, 4)),
    D("获悉，[[今年1至11月]]，全省PM", JAN_NOV),
    D("水电站[[21日]]全面投产", D21),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
XH = ["新华通讯社", "新华社"]
WEB = ("石家庄12月22日电 22日", "北京12月22日电 国家")   # the 中新网 items
ORGS = [O(f"[[新华社]]{c}", XH, IN, OPT) for c in DATELINES if c not in WEB] + [
    O("记者22日从[[国铁集团]]获悉", ["中国国家铁路集团有限公司"], CO),
    O("）[[省发展改革委]]22日", ["河北省发展和改革委员会"], G),
    O("）[[日本政府]]22日", ["日本政府"], G),
    O("）[[德国联邦经济部]]21日", ["德国联邦经济和能源部", "德国联邦经济部"], G),
    O("来源：[[中国新闻网]]  发布时间：2025-12-22 11", ["中国新闻网"], CO, OPT),   # a website
    O("\n[[中新网]]石家庄", ["中国新闻网"], CO, OPT),
    O("）[[美国商务部]]22日", ["美国商务部"], G),
    O("）[[北京市第二中级人民法院]]22日", ["北京市第二中级人民法院"], G),
    O("）[[省人力资源社会保障厅]]22日", ["河北省人力资源和社会保障厅"], G),
    O("来源：[[中国新闻网]]  发布时间：2025-12-22 16", ["中国新闻网"], CO, OPT),
    O("\n[[中新网]]北京", ["中国新闻网"], CO, OPT),
    O("电 [[国家医保局]]22日", ["国家医疗保障局"], G),
    O("\n[[省农业农村厅]]当天", ["河南省农业农村厅"], G),                          # Henan's: the item is from Zhengzhou
    O("）[[省市场监管局]]22日", ["河北省市场监督管理局"], G),
    O("记者从[[省生态环境厅]]获悉", ["河北省生态环境厅"], G),
]

C, P, M, T, L, A, V, EN = "count", "percent", "money", "duration", "length", "area", "volume", "energy"
CNY, JPY, EUR, USD = "CNY", "JPY", "EUR", "USD"
STATS = [
    S("预计发送旅客[[7200万人次]]\n", "72000000", "人次", C, "exact", "元旦假期全国铁路预计发送旅客"),
    S("为期[[5天]]", "5", "天", T, "exact", "元旦假期铁路运输"),
    S("预计发送旅客[[7200万人次]]，", "72000000", "人次", C, "exact", "全国铁路预计发送旅客"),
    S("日均[[1440万人次]]", "14400000", "人次", C, "exact", "日均发送旅客"),
    S("旅客列车[[830列]]", "830", "列", C, "exact", "加开旅客列车"),
    S("河北省[[680个]]省重点项目", "680", "个", C, "exact", "省重点项目"),
    S("完成投资[[3260亿元]]", "326000000000", "元", M, "exact", "省重点项目完成投资", currency=CNY),
    S("总额达[[122.3万亿日元]]", "122300000000000", "日元", M, "exact", "2026财年预算案总额", currency=JPY),
    S("（[[约合人民币5.6万亿元]]）", "5600000000000", "元", M, "about", "2026财年预算案总额", currency=CNY),
    S("防卫费达[[8.7万亿日元]]", "8700000000000", "日元", M, "exact", "防卫费", currency=JPY),
    S("增加[[9.4%]]", "9.4", "%", P, "exact", "防卫费", change=up("本财年")),
    S("年度计划的[[102.4%]]", "102.4", "%", P, "exact", "省重点项目完成投资占年度计划"),
    S("序时进度[[6.1个百分点]]", "6.1", "个百分点", P, "exact", "投资完成进度", change=up("序时进度")),
    S("新开工项目[[214个]]", "214", "个", C, "exact", "新开工项目"),
    S("竣工投产项目[[157个]]", "157", "个", C, "exact", "竣工投产项目"),
    S("补贴共计[[52亿欧元]]", "5200000000", "欧元", M, "exact", "芯片工厂补贴", currency=EUR),
    S("（[[约合人民币428亿元]]）", "42800000000", "元", M, "about", "芯片工厂补贴", currency=CNY),
    S("投资[[超过160亿欧元]]", "16000000000", "欧元", M, "over", "带动投资", currency=EUR),
    S("德国[[52亿欧元]]补贴", "5200000000", "欧元", M, "exact", "德国芯片工厂补贴", currency=EUR),
    S("线路全长[[48.6公里]]", "48.6", "公里", L, "exact", "线路全长"),
    S("设车站[[6座]]", "6", "座", C, "exact", "车站"),
    S("时速[[250公里]]", "250", "公里", "other", "exact", "最高设计时速"),
    S("压缩至[[23分钟]]", "23", "分钟", T, "exact", "石家庄至赵县最快旅行时间", change=down()),
    S("增长[[3.1%]]", "3.1", "%", P, "exact", "美国第三季度实际国内生产总值", change=up()),
    S("放缓[[0.7个百分点]]", "0.7", "个百分点", P, "exact", "美国GDP增速", change=down("第二季度")),
    S("有期徒刑[[十二年]]", "12", "年", T, "exact", "主犯有期徒刑", OPT),                # a sentence
    S("罚金[[800万元]]", "8000000", "元", M, "exact", "罚金", currency=CNY),
    S("违法所得[[1.6亿元]]", "160000000", "元", M, "exact", "追缴违法所得", currency=CNY),
    S("资金流水[[逾42亿元]]", "4200000000", "元", M, "over", "涉案资金流水", currency=CNY),
    S("吸引[[560家]]企业", "560", "家", C, "exact", "参展企业"),
    S("展期[[4天]]", "4", "天", T, "exact", "展期"),
    S("签约项目[[27个]]", "27", "个", C, "exact", "首日现场签约项目"),
    S("签约金额[[183亿元]]", "18300000000", "元", M, "exact", "签约金额", currency=CNY),
    S("报考人数[[约388万人]]", "3880000", "人", C, "about", "研究生招生考试报考人数"),
    S("增加[[约8万人]]", "80000", "人", C, "about", "报考人数", change=up("上年")),
    S("招聘工作人员[[1.26万名]]", "12600", "名", C, "exact", "事业单位计划招聘工作人员"),
    S("将招[[1.26万人]]", "12600", "人", C, "exact", "河北事业单位招聘"),
    S("结算支出[[2.43万亿元]]，", "2430000000000", "元", M, "exact", "医保基金结算支出", currency=CNY),
    S("同比增长[[4.8%]]", "4.8", "%", P, "exact", "医保基金结算支出", change=up("上年同期")),
    S("提高到[[44.1%]]", "44.1", "%", P, "exact", "门诊结算支出占比"),
    S("结算支出[[2.43万亿元]]\n", "2430000000000", "元", M, "exact", "前11个月医保基金结算支出", currency=CNY),
    S("总面积[[100万平方米]]", "1000000", "平方米", A, "exact", "冰雪大世界园区总面积"),
    S("用冰用雪量[[约32万立方米]]", "320000", "立方米", V, "about", "用冰用雪量"),
    S("播种面积达[[8530万亩]]", "85300000", "亩", A, "exact", "河南省冬小麦播种面积"),
    S("占比[[超九成]]", "0.9", "成", P, "over", "已出苗麦田占比", OPT),                 # X成
    S("派出[[18个]]工作组", "18", "个", C, "exact", "工作组"),
    S("食品样品[[1.86万批次]]", "18600", "批次", C, "exact", "抽检食品样品"),
    S("合格率为[[98.7%]]", "98.7", "%", P, "exact", "食品抽检总体合格率"),
    S("提高[[0.4个百分点]]", "0.4", "个百分点", P, "exact", "食品抽检合格率", change=up("上年同期")),
    S("抽检合格率[[98.7%]]", "98.7", "%", P, "exact", "河北四季度食品抽检合格率"),
    S("平均浓度为[[35.2微克/立方米]]", "35.2", "微克/立方米", "other", "exact", "全省PM2.5平均浓度"),
    S("同比下降[[5.9%]]", "5.9", "%", P, "exact", "PM2.5平均浓度", change=down("上年同期")),
    S("比例达[[70.3%]]", "70.3", "%", P, "exact", "优良天数比例"),
    S("总投资[[约18亿美元]]", "1800000000", "美元", M, "about", "水电站项目总投资", currency=USD),
    S("（[[约合人民币127亿元]]）", "12700000000", "元", M, "about", "水电站项目总投资", currency=CNY),
    S("发电量[[约31亿千瓦时]]", "3100000000", "千瓦时", EN, "about", "年均发电量"),
    S("满足当地[[约200万户]]", "2000000", "户", C, "about", "用电家庭"),
]

EVENTS = [
    E("计划加开旅客列车830列", "traffic", "加开", day("2025-12-31", "2026-01-04"), organizers=["国铁集团"]),
    E("首日车票已于12月17日开售", "other", "开售", day("2025-12-17"), opt=True),
    E("省发展改革委22日举行新闻发布会", "announcement", "新闻发布会", D22, organizers=["省发展改革委"]),
    E("召开内阁会议，通过2026财年预算案", "policy", "通过", D22, organizers=["日本政府"]),
    E("将向萨克森州的两座芯片工厂提供补贴", "payout", "补贴", None, location="萨克森州",
      organizers=["德国联邦经济部"]),
    E("正定至赵县段开通运营，线路", "launch", "开通运营", D22),
    E("美国商务部22日公布", "announcement", "公布", D22, organizers=["美国商务部"]),
    E("一审公开宣判一起特大网络赌博案", "legal", "宣判", D22, organizers=["北京市第二中级人民法院"]),
    E("判处主犯有期徒刑十二年", "legal", "判处", D22, opt=True),                          # the same ruling
    E("博览会22日在广州开幕", "exhibition", "博览会", D22, location="广州", participants=["560家企业"]),
    E("首日现场签约项目27个", "signing", "签约", D22, location="广州"),
    E("招生考试初试于20日至21日举行", "exam", "考试", day("2025-12-20", "2025-12-21")),
    E("社会保障厅22日发布公告", "announcement", "发布", D22, organizers=["省人力资源社会保障厅"], opt=True),
    E("明年计划公开招聘工作人员1.26万名", "recruitment", "招聘", year(2026),
      organizers=["省人力资源社会保障厅"]),
    E("统一笔试定于明年1月10日举行", "exam", "笔试", day("2026-01-10"), organizers=["省人力资源社会保障厅"]),
    E("报名时间为12月25日至29日", "registration", "报名", day("2025-12-25", "2025-12-29"),
      organizers=["省人力资源社会保障厅"]),
    E("国家医保局22日对外发布", "announcement", "发布", D22, organizers=["国家医保局"]),
    E("冰雪节将于明年1月5日开幕", "activity", "开幕", day("2026-01-05")),
    E("冬小麦播种面积达8530万亩", "production", "播种", D22, location="河南省", opt=True),   # a state, not a happening
    E("派出18个工作组，分赴各地开展冬前麦田管理督导", "inspection", "督导", D22, organizers=["省农业农村厅"]),
    E("省市场监管局22日通报", "announcement", "通报", D22, organizers=["省市场监管局"],
      opt=True),  # told with the checks
    E("共抽检食品样品1.86万批次", "inspection", "抽检", quarter(2025, 4), organizers=["省市场监管局"]),
    E("对不合格产品已全部依法处置", "legal", "处置", None, opt=True),
    E("水电站21日全面投产发电", "construction", "投产", D21, location="印度尼西亚北苏门答腊"),
]
