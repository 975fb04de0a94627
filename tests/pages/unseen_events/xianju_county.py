"""今日仙居 (仙居县融媒体中心, 浙江省台州市), 2025-05-14 (a Wednesday): a county paper, so the county
is the home (`县委常委会` → 中共仙居县委员会常务委员会, `县法院` → 仙居县人民法院, `省委` → 中共浙江省委员会,
`市委` → 中共台州市委员会), written to measure the events stage on text it was never tuned on: a
meeting with a deadline inspection and a drill told as its demands (`要在5月底前完成…排查`,
`县应急管理局要牵头组织…演练`), construction (`集中开工仪式…举行`, `二季度，全县还将陆续开工…`),
production (`杨梅开始采摘上市`), training without a date but with a named body (`县农业农村局组织农技人员
…指导果农…`) and with places listed as the subject (`白塔镇、田市镇等地也相继开展了…培训`), a festival
opening (`杨梅节将于6月上旬在…开幕`), legal acts (`公开开庭审理`, a verdict told by `县人民法院审理后当庭宣判`,
`该局近日成功破获`, `人民调解委员会…调解`), signing and a competition whose organizers are `两校`,
an exam with traffic control during it (`考试期间…实行临时交通管制`), payout as a cumulative statement
with months and a named bank (`1至4月，X累计…发放…`) and as a ceremony (`举行…集中授信仪式`), a
facility opened (`共享书房…正式开放`: launch), a service from a festival on (`从端午节开始…推出…项目`),
a discount window (policy), a visit on a commemorative day (`当天上午…走访慰问`) and a payout after it
with the date carried, inspection (`专项抽检`, `6月底前完成…快速检测`), a drill and a lecture told
after `随后`, a plan with `陆续` and `本月`, an award ceremony hosted `由县妇联主办的…`, a road closure
behind a cause clause that holds a construction word (`因雨污管网改造施工需要，…实行全封闭施工`:
traffic), a utility outage (`暂停供水`: other), a registration window with a year in its object
(`受理2025年上半年…申报`) and a payout planned for `7月下旬`.
Layout: a kicker over a main title, a column label (`法治仙居`), four headlines after their bodies,
a caption before its body, a paragraph broken mid-word (`立案调|查`) with another article between.

Written at commit 4c25fc8 before any tuning on it."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, xun, year

PAPER = "今日仙居"
PUBLISHED = "2025-05-14"
HOME = {"county": "仙居县", "city": "台州市", "province": "浙江省"}

LAYOUT = [
    ("县委常委会召开会议", "headline", "X0"),
    ("本报讯（记者 吴 昊）5月12日下午", "body", "X0"),
    ("会议指出，我县即将", "body", "X0"),
    ("奋战二季度", "headline", "X1"),                  # kicker
    ("我县12个重大项目", "headline", "X1"),
    ("本报讯（记者 吴 昊 通讯员 李 强）", "body", "X1"),
    ("横溪镇大棚杨梅开摘", "headline", "X2"),
    ("5月10日，横溪镇下陈村果农", "caption", "P0"),
    ("本报讯（记者 林 晓 通讯员 应 丽）", "body", "X2"),
    ("连日来，县农业农村局", "body", "X2"),
    ("据悉，第十六届", "body", "X2"),
    ("法治仙居", "label", "X3"),
    ("县法院公开审理", "headline", "X3"),
    ("本报讯（通讯员 张 维", "body", "X3"),
    ("本报讯（记者 吴 昊 通讯员 陈 洁）", "body", "X4"),
    ("今年以来，全县各级", "body", "X4"),
    ("县公安局破获", "headline", "X4"),               # after its body
    ("城关中学与横溪中学", "headline", "X5"),
    ("本报讯（记者 林 晓）5月9日", "body", "X5"),
    ("2025年我县中考", "headline", "X6"),
    ("本报讯（记者 林 晓）记者从县教育局", "body", "X6"),
    ("为保障考试顺利进行", "body", "X6"),
    ("“杨梅贷”为果农", "headline", "X7"),
    ("本报讯（记者 应 丽 通讯员 王 婷）", "body", "X7"),
    ("县农业农村局相关负责人", "body", "X7"),
    ("本报讯（记者 吴 昊）5月10日", "body", "X8"),
    ("县城首个“共享书房”", "headline", "X8"),         # after its body
    ("神仙居景区端午起", "headline", "X9"),
    ("本报讯（记者 应 丽）记者从县文化", "body", "X9"),
    ("本报讯（记者 林 晓）5月12日是", "body", "X10"),
    ("县领导节日慰问", "headline", "X10"),            # after its body
    ("县市场监管局开展", "headline", "X11"),
    ("本报讯（记者 吴 昊 通讯员 徐 敏）", "body", "X11"),  # breaks mid-word: 立案调|查
    ("城北社区开展", "headline", "X12"),
    ("本报讯（记者 应 丽 通讯员 朱 磊）", "body", "X12"),
    ("查。下一步", "body", "X11"),
    ("30户家庭获评", "headline", "X13"),
    ("本报讯（记者 林 晓）5月11日", "body", "X13"),
    ("环城东路部分路段", "headline", "X14"),
    ("本报讯（记者 吴 昊）记者从县公安局", "body", "X14"),
    ("受施工影响", "body", "X14"),
    ("灵活就业人员社保补贴", "headline", "X15"),
    ("本报讯（记者 应 丽）5月15日", "body", "X15"),
]

ARTICLES = {
    "X0": dict(byline=byline(reporters=["吴昊"])),
    "X1": dict(byline=byline(reporters=["吴昊"], correspondents=["李强"])),
    "X2": dict(byline=byline(reporters=["林晓"], correspondents=["应丽"])),
    "X3": dict(byline=byline(reporters=["吴昊"], correspondents=["张维"])),
    "X4": dict(byline=byline(reporters=["吴昊"], correspondents=["陈洁"])),
    "X5": dict(byline=byline(reporters=["林晓"])),
    "X6": dict(byline=byline(reporters=["林晓"])),
    "X7": dict(byline=byline(reporters=["应丽"], correspondents=["王婷"])),
    "X8": dict(byline=byline(reporters=["吴昊"])),
    "X9": dict(byline=byline(reporters=["应丽"])),
    "X10": dict(byline=byline(reporters=["林晓"])),
    "X11": dict(byline=byline(reporters=["吴昊"], correspondents=["徐敏"])),
    "X12": dict(byline=byline(reporters=["应丽"], correspondents=["朱磊"])),
    "X13": dict(byline=byline(reporters=["林晓"])),
    "X14": dict(byline=byline(reporters=["吴昊"])),
    "X15": dict(byline=byline(reporters=["应丽"])),
}
JOINS = [("本报讯（记者 吴 昊 通讯员 徐 敏）", "查。下一步")]
PHOTOS = {"P0": dict(photographers=["林晓"], article="X2")}

Y25 = year(2025)
D8, D9, D10, D11, D12, D13, D17 = (day(f"2025-05-{d:02d}") for d in (8, 9, 10, 11, 12, 13, 17))
Q2 = quarter(2025, 2)
DUANWU = day("2025-05-31")
EXAM = day("2025-06-14", "2025-06-16")

DATES = [
    D("[[5月12日下午]]，县委常委会", D12),
    D("即将进入[[梅雨期]]", VAGUE),
    D("要在[[5月底前]]完成", xun(2025, 5, 2), OPT),
    D("《仙居县[[2025年]]防汛防台", Y25, OPT),            # in a document's title
    D("奋战[[二季度]]", Q2),
    D("[[5月13日上午]]，仙居县", D13),
    D("仙居县[[2025年]]第二批", Y25, OPT),               # in the ceremony's name
    D("[[同日]]开工", D13),
    D("预计[[明年底]]建成投产", month(2026, 12), OPT),
    D("。[[二季度]]，全县还将", Q2),
    D("[[5月10日]]，横溪镇下陈村果农", D10),
    D("应 丽）[[5月10日]]，横溪镇", D10),
    D("该村[[今年]]种植", Y25),
    D("[[连日来]]，县农业农村局", VAGUE),
    D("将于[[6月上旬]]在神仙居广场", xun(2025, 6, 0)),
    D("[[届时]]将举办杨梅擂台赛", xun(2025, 6, 0), OPT),
    D("吴 昊）[[5月8日]]，县人民法院", D8),
    D("陈 洁）[[5月9日]]，县公安局", D9),
    D("该局[[近日]]成功破获", VAGUE),
    D("[[今年以来]]，全县各级", Y25, OPT),
    D("。[[5月10日]]，安洲街道", D10),
    D("林 晓）[[5月9日]]，县城关中学", D9),
    D("[[本月下旬]]，两校", xun(2025, 5, 2)),
    D("[[2025年]]我县中考", Y25, OPT),
    D("我县中考[[6月14日]]开考", day("2025-06-14")),
    D("获悉，[[2025年]]仙居县初中", Y25, OPT),            # in the exam's name
    D("将于[[6月14日至16日]]举行", EXAM),
    D("可于[[6月10日至12日]]登录", day("2025-06-10", "2025-06-12")),
    D("[[考试期间]]，县公安局", EXAM, OPT),
    D("王 婷）[[1至4月]]，浙江", months(2025, 1, 4)),
    D("[[5月13日]]，该行又在", D13),
    D("介绍，[[今年]]我县还将", Y25),
    D("将于[[9月底前]]发放到位", xun(2025, 9, 2), OPT),
    D("吴 昊）[[5月10日]]，仙居县首个", D10),
    D("书房[[每天]]开放", VAGUE),
    D("景区[[端午]]起推出", DUANWU),
    D("从[[端午节]]开始", DUANWU),
    D("[[每周五至周日]]开放至22时", VAGUE),
    D("[[5月20日至6月20日]]，全国游客", day("2025-05-20", "2025-06-20")),
    D("林 晓）[[5月12日]]是国际护士节", D12),
    D("5月12日是[[国际护士节]]", D12, OPT),
    D("[[当天上午]]，县委副书记", D12),
    D("徐 敏）[[5月6日至10日]]", day("2025-05-06", "2025-05-10")),
    D("朱 磊）[[5月12日上午]]", D12),
    D("也将在[[本月]]陆续开展", month(2025, 5)),
    D("在[[6月底前]]完成对全县", xun(2025, 6, 2), OPT),
    D("林 晓）[[5月11日]]，由县妇联", D11),
    D("主办的[[2025年]]仙居县“最美家庭”", Y25, OPT),      # in the ceremony's name
    D("[[5月16日至25日]]，环城东路", day("2025-05-16", "2025-05-25")),
    D("[[5月17日夜间]]，县城东片区", D17),
    D("应 丽）[[5月15日至6月15日]]", day("2025-05-15", "2025-06-15")),
    D("受理[[2025年上半年]]灵活就业", months(2025, 1, 6), OPT),  # the object's period
    D("预计[[7月下旬]]发放", xun(2025, 7, 2)),
]

G, IN, CO, PE, PA, CM, SO = "government", "institution", "company", "people", "party", "community", "social"
CHANGWEI = ["中共仙居县委员会常务委员会", "中共仙居县委常委会", "仙居县委常委会"]
YJJ = ["仙居县应急管理局", "台州市仙居县应急管理局"]
NYJ = ["仙居县农业农村局", "台州市仙居县农业农村局"]
COURT = ["仙居县人民法院", "台州市仙居县人民法院"]
GAJ = ["仙居县公安局", "台州市仙居县公安局"]
CGZX = ["仙居县城关中学", "县城关中学", "台州市仙居县城关中学"]
HXZX = ["仙居县横溪中学", "横溪中学", "台州市仙居县横溪中学"]
JJDD = ["仙居县公安局交通警察大队", "台州市仙居县公安局交通警察大队"]
BANK = ["浙江仙居农村商业银行股份有限公司"]
SJJ = ["仙居县市场监督管理局", "台州市仙居县市场监督管理局"]
AZ = ["仙居县安洲街道", "安洲街道", "台州市仙居县安洲街道"]
CB = ["仙居县安洲街道城北社区", "仙居县城北社区", "城北社区"]
ORGS = [
    O("[[县委常委会]]召开会议研究", CHANGWEI, PA),
    O("下午，[[县委常委会]]召开会议", CHANGWEI, PA),
    O("传达学习[[省委]]、", ["中共浙江省委员会", "中共浙江省委", "浙江省委"], PA),
    O("、[[市委]]有关会议", ["中共台州市委员会", "中共台州市委", "台州市委"], PA),
    O("[[县应急管理局]]要牵头", YJJ, G),
    O("横溪镇[[下陈村]]果农", ["仙居县横溪镇下陈村", "下陈村"], CM, OPT),        # a village
    O("[[横溪镇下陈村]]的大棚", ["仙居县横溪镇下陈村", "横溪镇下陈村"], CM, OPT),
    O("连日来，[[县农业农村局]]组织", NYJ, G),
    O("[[县法院]]公开审理", COURT, G),
    O("5月8日，[[县人民法院]]公开开庭", COURT, G),
    O("。[[县人民法院]]审理后", COURT, G),
    O("[[县人大]]代表", ["仙居县人民代表大会", "仙居县人大"], G, OPT),           # a deputy's title
    O("5月9日，[[县公安局]]通报", GAJ, G),
    O("，[[安洲街道人民调解委员会]]经过", ["仙居县安洲街道人民调解委员会", "安洲街道人民调解委员会"], SO),
    O("[[县公安局]]破获一起", GAJ, G),
    O("[[城关中学]]与横溪中学结对", CGZX, IN),
    O("城关中学与[[横溪中学]]结对", HXZX, IN),
    O("5月9日，[[县城关中学]]与", CGZX, IN),
    O("县城关中学与[[横溪中学]]签订", HXZX, IN),
    O("记者从[[县教育局]]获悉", ["仙居县教育局", "台州市仙居县教育局"], G),
    O("登录[[“仙居教育”微信公众号]]", "“仙居教育”微信公众号", IN, OPT),           # a platform
    O("考试期间，[[县公安局交通警察大队]]将在", JJDD, G),
    O("[[浙江仙居农村商业银行股份有限公司]]累计", BANK, CO),
    O("[[县农业农村局]]相关负责人", NYJ, G),
    O("在[[南峰街道丰溪社区]]正式开放", ["仙居县南峰街道丰溪社区", "南峰街道丰溪社区", "仙居县丰溪社区"], CM),
    O("记者从[[县文化和广电旅游体育局]]获悉", ["仙居县文化和广电旅游体育局", "台州市仙居县文化和广电旅游体育局"], G),
    O("，[[神仙居景区]]将推出", "神仙居景区", CO, OPT),                          # a scenic area
    O("[[县委]]副书记、县长", ["中共仙居县委员会", "中共仙居县委", "仙居县委"], PA, OPT),  # a title
    O("走访慰问[[县人民医院]]、", ["仙居县人民医院", "台州市仙居县人民医院"], IN),
    O("、[[县中医院]]一线", ["仙居县中医院", "台州市仙居县中医院", "仙居县中医医院"], IN),
    O("[[县总工会]]为医护人员", ["仙居县总工会", "台州市仙居县总工会"], PE),
    O("[[县市场监管局]]开展农贸", SJJ, G),
    O("10日，[[县市场监督管理局]]对全县", SJJ, G),
    O("[[城北社区]]开展地质灾害应急", CB, CM),
    O("上午，[[县应急管理局]]联合安洲街道", YJJ, G),
    O("联合[[安洲街道]]在城北社区", AZ, G),
    O("安洲街道在[[城北社区]]开展", CB, CM),
    O("随后，[[县应急管理局]]工作人员", YJJ, G),
    O("下一步，[[县市场监督管理局]]将联合", SJJ, G),
    O("将联合[[县农业农村局]]，在6月底前", NYJ, G),
    O("由[[县妇联]]主办", ["仙居县妇女联合会", "仙居县妇联", "台州市仙居县妇女联合会"], PE),
    O("记者从[[县公安局交通警察大队]]获悉", JJDD, G),
    O("[[县公交公司]]3路", ["仙居县公交公司"], CO),
    O("，[[县人力资源和社会保障局]]集中受理", ["仙居县人力资源和社会保障局", "台州市仙居县人力资源和社会保障局"], G),
    O("到[[县人力资源市场服务大厅]]办理", "仙居县人力资源市场服务大厅", IN, OPT),     # a hall
    O("通过[[“浙里办”APP]]线上", "“浙里办”APP", IN, OPT),                        # a platform
]

C, P, M, T, A, W = "count", "percent", "money", "duration", "area", "weight"
CNY = "CNY"
STATS = [
    S("我县[[12个]]重大项目", "12", "个", C, "exact", "重大项目"),
    S("举行，[[12个]]项目同日", "12", "个", C, "exact", "项目"),
    S("总投资[[46.8亿元]]", "4680000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("总投资[[15亿元]]的医药", "1500000000", "元", M, "exact", "医药化工产业升级项目总投资", currency=CNY),
    S("重大项目[[8个]]", "8", "个", C, "exact", "重大项目"),
    S("售价达[[160元]]", "160", "元", M, "exact", "首批杨梅每公斤售价", currency=CNY),
    S("大棚杨梅[[320亩]]", "320", "亩", A, "exact", "大棚杨梅"),
    S("产量[[9万公斤]]", "90000", "公斤", W, "exact", "产量"),
    S("河砂[[1.2万余吨]]", "12000", "吨", W, "over", "非法开采河砂"),
    S("有期徒刑[[一年六个月]]", "1.5", "年", T, "exact", "有期徒刑", OPT),
    S("罚金[[8万元]]", "80000", "元", M, "exact", "罚金", currency=CNY),
    S("群众代表[[40余人]]", "40", "人", C, "over", "县人大代表、政协委员及群众代表"),
    S("犯罪嫌疑人[[5名]]", "5", "名", C, "exact", "犯罪嫌疑人"),
    S("涉案资金[[37万元]]", "370000", "元", M, "exact", "涉案资金", currency=CNY),
    S("矛盾纠纷[[1386件]]", "1386", "件", C, "exact", "调解矛盾纠纷"),
    S("成功率达[[98.6%]]", "98.6", "%", P, "exact", "调解成功率"),
    S("经过[[三个多小时]]", "3", "个小时", T, "over", "调解时长", OPT),
    S("共有[[4380名]]考生", "4380", "名", C, "exact", "考生"),
    S("横溪[[2个]]考区", "2", "个", C, "exact", "考区"),
    S("[[15个]]考点", "15", "个", C, "exact", "考点"),
    S("“杨梅贷”[[2.6亿元]]", "260000000", "元", M, "exact", "“杨梅贷”", currency=CNY),
    S("种植户[[3100余户]]", "3100", "户", C, "over", "种植户"),
    S("为[[56户]]种植大户", "56", "户", C, "exact", "种植大户"),
    S("授信[[1800万元]]", "18000000", "元", M, "exact", "授信", currency=CNY),
    S("每亩[[2000元]]补助", "2000", "元", M, "exact", "新建标准化杨梅基地每亩补助", currency=CNY),
    S("书房面积[[260平方米]]", "260", "平方米", A, "exact", "书房面积"),
    S("藏书[[6000余册]]", "6000", "册", C, "over", "藏书"),
    S("全县[[1600余名]]护理工作者", "1600", "名", C, "over", "护理工作者"),
    S("价值[[3万元]]", "30000", "元", M, "exact", "慰问品", currency=CNY),
    S("全县[[36家]]农贸市场", "36", "家", C, "exact", "农贸市场"),
    S("样品[[580批次]]", "580", "批次", C, "exact", "抽检样品"),
    S("合格率为[[99.1%]]", "99.1", "%", P, "exact", "合格率"),
    S("不合格的[[5批次]]产品", "5", "批次", C, "exact", "抽检不合格的产品"),
    S("[[200余名]]居民", "200", "名", C, "over", "居民"),
    S("[[30户]]家庭获评县级“最美家庭”\n", "30", "户", C, "exact", "家庭"),
    S("举行，[[30户]]家庭获评", "30", "户", C, "exact", "获评县级“最美家庭”的家庭"),
    S("[[10户]]家庭获评", "10", "户", C, "exact", "获评“书香家庭”的家庭"),
]

COURT_W = ["县人民法院"]
EVENTS = [
    E("5月12日下午，县委常委会召开会议", "meeting", "召开", D12, organizers=["县委常委会"]),
    E("各乡镇（街道）要在5月底前完成山塘水库、地质灾害隐患点排查", "inspection", "排查", xun(2025, 5, 2)),
    E("县应急管理局要牵头组织一次全县防汛应急演练", "training", "演练", organizers=["县应急管理局"]),
    E("会议审议通过了《仙居县2025年防汛防台工作方案》", "policy", "审议通过", D12,
      organizers=["县委常委会"], opt=True),
    E("仙居县2025年第二批重大项目集中开工仪式在现代工业园区举行", "construction", "开工", D13,
      location="现代工业园区"),
    E("12个项目同日开工", "construction", "开工", D13, opt=True),
    E("预计明年底建成投产", "construction", "建成投产", month(2026, 12), opt=True),
    E("全县还将陆续开工重大项目8个", "construction", "开工", Q2),
    E("果农在大棚里采摘杨梅", "production", "采摘", D10, opt=True),                  # the caption
    E("横溪镇下陈村的大棚杨梅开始采摘上市", "production", "采摘", D10, location="横溪镇下陈村"),
    E("该村今年种植大棚杨梅320亩", "production", "种植", Y25, opt=True),
    E("县农业农村局组织农技人员分赴各杨梅主产乡镇，指导果农做好疏果", "training", "指导",
      organizers=["县农业农村局"]),
    E("白塔镇、田市镇等地也相继开展了杨梅品质提升技术培训", "training", "培训", location="白塔镇、田市镇"),
    E("第十六届仙居杨梅节将于6月上旬在神仙居广场开幕", "activity", "开幕", xun(2025, 6, 0),
      location="神仙居广场"),
    E("届时将举办杨梅擂台赛、采摘游等活动", "activity", "举办", xun(2025, 6, 0), opt=True),
    E("县人民法院公开开庭审理一起非法采矿案", "legal", "审理", D8, organizers=COURT_W),
    E("县人民法院审理后当庭宣判", "legal", "宣判", D8, organizers=COURT_W),
    E("县公安局通报", "announcement", "通报", D9, organizers=["县公安局"], opt=True),
    E("该局近日成功破获一起电信网络诈骗案", "legal", "破获", organizers=["县公安局"]),
    E("在浙江、福建两地抓获犯罪嫌疑人5名", "legal", "抓获", opt=True),
    E("全县各级人民调解组织共调解矛盾纠纷1386件", "legal", "调解", Y25, opt=True),
    E("安洲街道人民调解委员会经过三个多小时耐心调解", "legal", "调解", D10,
      organizers=["安洲街道人民调解委员会"]),
    E("县城关中学与横溪中学签订城乡学校共同体结对协议", "signing", "签订", D9,
      organizers=["县城关中学"], participants=["横溪中学"]),
    E("两校将在课程建设、教研活动、教师培训等方面开展深度合作", "activity", "开展", opt=True),
    E("两校将联合举办青年教师课堂教学比武", "competition", "比武", xun(2025, 5, 2),
      organizers=["县城关中学", "横溪中学"]),
    E("2025年仙居县初中学业水平考试将于6月14日至16日举行", "exam", "考试", EXAM),
    E("考生可于6月10日至12日登录“仙居教育”微信公众号查询考点安排", "announcement", "查询",
      day("2025-06-10", "2025-06-12"), opt=True),
    E("县公安局交通警察大队将在各考点周边实行临时交通管制", "traffic", "交通管制", EXAM,
      organizers=["县公安局交通警察大队"]),
    E("浙江仙居农村商业银行股份有限公司累计向全县果农发放“杨梅贷”2.6亿元", "payout", "发放",
      months(2025, 1, 4), organizers=BANK),
    E("该行又在田市镇举行“杨梅贷”集中授信仪式", "payout", "授信", D13, location="田市镇",
      organizers=BANK),
    E("今年我县还将对新建标准化杨梅基地给予每亩2000元补助", "payout", "补助", Y25, opt=True),
    E("补助资金将于9月底前发放到位", "payout", "发放", xun(2025, 9, 2)),
    E("仙居县首个城市“共享书房”在南峰街道丰溪社区正式开放", "launch", "开放", D10,
      location="南峰街道丰溪社区"),
    E("书房每天开放时间为8:30至21:00", "schedule", "开放", opt=True),
    E("神仙居景区将推出“夜游神仙居”项目", "launch", "推出", DUANWU, location="神仙居景区"),
    E("每周五至周日开放至22时", "schedule", "开放", DUANWU, opt=True),
    E("全国游客凭本人身份证可享受门票半价优惠", "policy", "优惠", day("2025-05-20", "2025-06-20")),
    E("县委副书记、县长王立新带队走访慰问县人民医院、县中医院一线护理人员", "visit", "走访慰问", D12,
      participants=["一线护理人员"]),
    E("县总工会为医护人员送去了价值3万元的慰问品", "payout", "送去", D12, organizers=["县总工会"]),
    E("县市场监督管理局对全县36家农贸市场开展食品安全专项抽检", "inspection", "抽检",
      day("2025-05-06", "2025-05-10"), organizers=["县市场监督管理局"]),
    E("共抽检蔬菜、水产品、肉类等样品580批次", "inspection", "抽检", opt=True),
    E("已依法下架并立案调", "legal", "立案", opt=True),
    E("在6月底前完成对全县杨梅收购点的农药残留快速检测", "inspection", "检测", xun(2025, 6, 2),
      organizers=["县市场监督管理局", "县农业农村局"]),
    E("县应急管理局联合安洲街道在城北社区开展地质灾害避险转移应急演练", "training", "演练", D12,
      location="城北社区", organizers=["县应急管理局", "安洲街道"], participants=["居民"]),
    E("县应急管理局工作人员向居民讲解了汛期防灾避险知识", "training", "讲解", D12,
      organizers=["县应急管理局"]),
    E("全县各乡镇（街道）也将在本月陆续开展防灾减灾宣传活动", "activity", "开展", month(2025, 5)),
    E("2025年仙居县“最美家庭”表彰大会在县行政中心举行", "award", "表彰", D11, location="县行政中心",
      organizers=["县妇联"]),
    E("举行，30户家庭获评县级", "award", "获评", D11, opt=True),
    E("环城东路（八都大道至城北路段）将实行全封闭施工", "traffic", "封闭施工",
      day("2025-05-16", "2025-05-25"), location="环城东路"),
    E("过往车辆请绕行仙居大道", "traffic", "绕行", day("2025-05-16", "2025-05-25"), opt=True),
    E("县公交公司3路、7路公交车将临时调整行驶线路", "traffic", "调整", day("2025-05-16", "2025-05-25"),
      opt=True),
    E("县城东片区将暂停供水", "other", "暂停供水", D17, location="县城东片区"),
    E("县人力资源和社会保障局集中受理2025年上半年灵活就业人员社会保险补贴申报", "registration", "申报",
      day("2025-05-15", "2025-06-15"), organizers=["县人力资源和社会保障局"]),
    E("也可通过“浙里办”APP线上申请", "registration", "申请", opt=True),
    E("补贴资金预计7月下旬发放", "payout", "发放", xun(2025, 7, 2)),
]
