"""雷山县融媒体中心's county paper (雷山县, 黔东南苗族侗族自治州, 贵州省), 2025-12-17 (a Wednesday): a county page.
Features: a series label (`民族团结进步创建在雷山`) over a kicker (`冬游苗寨热度不减`) and a title; a paragraph broken
after a comma (`…实现旅游综合收入3.9亿元，` | `其中入住景区民宿的游客…`) with another article and its after-body
headline between; a winners list in label-colon lines (`刺绣类：`, `银饰类：`, `蜡染类：`, towns and a school with names
in layout spaces); a 通告 on a traffic control with numbered articles, two issuing bodies and a date line; two captions
credited to an institution and a person (`县融媒体中心 李 文 涛 摄`, `县市场监管局 吴 昊 摄`); headlines after their
bodies; three headless briefs (one opening `县农业农村局提醒：`). County bodies written short resolve with the county
(`县委组织部`, `县委党校`, `县人社局`, `县文体广电旅游局`, `县民族宗教事务局`, `县总工会`, `县人民法院`, `县农业农村局`,
`县人大常委会`, `县政府`, `县市场监管局`, `县教育和科技局`, `县人民医院`, `县民政局`, `县综治中心`, `县司法局`,
`县信访局`, `团县委`, `县妇联`). Relative dates: `昨天`/`昨天上午` = 12-16, `本月15日`, `本月下旬`, `元旦假期`
(2026-01-01..03), `12月12日` and its `当天`, `本月14日`, `本月11日`, `本月8日至12日`, `下周五` = 12-26,
`本月18日至22日`, `明年1月上旬`, `本月10日`, `第四季度`, `本月16日`, `本月13日` and its `当天`, `下周二` = 12-23,
`明年1月15日`, `2026年度`, `今年`; `日前`, `近日`, `眼下`, `今年以来` optional. Events (20 required): activity ×2,
training ×2, recruitment ×2, award, visit, legal, production, meeting, inspection, exam ×2, registration ×2, payout,
launch, construction, traffic.

Written at main commit 5a6f50a, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, quarter, up, xun, year

PAPER = "雷山新闻"
PUBLISHED = "2025-12-17"
HOME = {"county": "雷山县", "city": "黔东南苗族侗族自治州", "province": "贵州省"}

LAYOUT = [
    ("民族团结进步创建在雷山", "label", "A0"),
    ("冬游苗寨热度不减", "headline", "A0"),                   # kicker
    ("西江千户苗寨11月", "headline", "A0"),
    ("本报讯（记者 杨 秀 梅 通讯员", "body", "A0"),            # breaks after a comma
    ("本报讯（通讯员 吴 晓 丽）本月15日", "body", "A1"),
    ("县委组织部轮训", "headline", "A1"),                     # after its body
    ("其中入住景区民宿", "body", "A0"),                       # the rest of A0's paragraph
    ("游客在西江千户苗寨", "caption", "P0"),                  # 县融媒体中心 李 文 涛 摄
    ("“春风暖心”送岗", "headline", "A2"),
    ("本报讯（记者 杨 秀 梅）12月12日", "body", "A2"),
    ("本报讯（通讯员 文 婷）由县文体", "body", "A3"),
    ("刺绣类：", "body", "A3"),
    ("银饰类：", "body", "A3"),
    ("蜡染类：", "body", "A3"),
    ("苗绣银饰技能大赛获奖", "headline", "A3"),               # after its body
    ("本报讯（通讯员 吴 晓 丽）本月14日", "body", "A4"),      # no headline
    ("县人民法院巡回审判", "headline", "A5"),
    ("本报讯（通讯员 王 梦 琪）昨天上午", "body", "A5"),
    ("本报讯（记者 杨 秀 梅）眼下", "body", "A6"),
    ("16.8万亩茶园", "headline", "A6"),                       # after its body
    ("本报讯（记者 吴 志 勇）本月11日", "body", "A7"),
    ("县人大常委会召开", "headline", "A7"),                   # after its body
    ("本报讯（通讯员 潘 丽 娜）", "body", "A8"),
    ("执法人员在丹江镇", "caption", "P1"),                    # 县市场监管局 吴 昊 摄
    ("本报讯（记者 吴 志 勇）记者从", "body", "A9"),
    ("合格性考试下周五", "headline", "A9"),                   # after its body
    ("县人民医院招聘", "headline", "A10"),
    ("县人民医院近日", "body", "A10"),
    ("本报讯（通讯员 文 婷）本月10日", "body", "A11"),        # no headline
    ("本报讯（记者 杨 秀 梅）本月16日", "body", "A12"),
    ("县综治中心揭牌", "headline", "A12"),                    # after its body
    ("大永公路", "headline", "A13"),
    ("本报讯（通讯员 潘 国 华）昨天", "body", "A13"),
    ("本报讯（通讯员 王 梦 琪）本月13日", "body", "A14"),     # no headline
    ("县农业农村局提醒", "body", "A15"),                      # no headline
    ("关于丹江大道", "headline", "A16"),
    ("因县城污水管网", "body", "A16"),
    ("一、管制时间", "body", "A16"),
    ("二、管制路段", "body", "A16"),
    ("三、过往车辆", "body", "A16"),
    ("雷山县住房和城乡建设局", "body", "A16"),
    ("雷山县公安局交通管理大队", "body", "A16"),
    ("2025年12月16日", "body", "A16"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["杨秀梅"], correspondents=["潘国华"])),
    "A1": dict(byline=byline(correspondents=["吴晓丽"])),
    "A2": dict(byline=byline(reporters=["杨秀梅"])),
    "A3": dict(byline=byline(correspondents=["文婷"])),
    "A4": dict(byline=byline(correspondents=["吴晓丽"])),
    "A5": dict(byline=byline(correspondents=["王梦琪"])),
    "A6": dict(byline=byline(reporters=["杨秀梅"])),
    "A7": dict(byline=byline(reporters=["吴志勇"])),
    "A8": dict(byline=byline(correspondents=["潘丽娜"])),
    "A9": dict(byline=byline(reporters=["吴志勇"])),
    "A10": dict(),
    "A11": dict(byline=byline(correspondents=["文婷"])),
    "A12": dict(byline=byline(reporters=["杨秀梅"])),
    "A13": dict(byline=byline(correspondents=["潘国华"])),
    "A14": dict(byline=byline(correspondents=["王梦琪"])),
    "A15": dict(),
    "A16": dict(),
}
JOINS = [("本报讯（记者 杨 秀 梅 通讯员", "其中入住景区民宿")]
PHOTOS = {
    "P0": dict(photographers=["李文涛"], article="A0"),
    "P1": dict(photographers=["吴昊"], article="A8"),
}

D16, D13, D12 = day("2025-12-16"), day("2025-12-13"), day("2025-12-12")
DATES = [
    D("西江千户苗寨[[11月]]接待", month(2025, 11)),
    D("记者[[昨天]]从县文体", D16),
    D("，[[11月份]]西江", month(2025, 11)),
    D("）[[本月15日]]，县委组织部", day("2025-12-15")),
    D("景区将于[[本月下旬]]推出", xun(2025, 12, 2)),
    D("预计[[元旦假期]]接待", day("2026-01-01", "2026-01-03")),
    D("）[[12月12日]]，县人社局", D12),
    D("，[[当天]]有286人", D12),
    D("技能大赛[[日前]]评选", VAGUE, OPT),
    D("）[[本月14日]]，县总工会", day("2025-12-14")),
    D("）[[昨天上午]]，县人民法院", D16),
    D("[[今年以来]]，该院", VAGUE, OPT),
    D("）[[眼下]]正值", VAGUE, OPT),
    D("[[今年]]全县茶园", year(2025)),
    D("）[[本月11日]]，县人大", day("2025-12-11")),
    D("）[[本月8日至12日]]，县市场", day("2025-12-08", "2025-12-12")),
    D("考试将于[[下周五]]开考", day("2025-12-26")),
    D("合格性考试[[下周五]]开考", day("2025-12-26")),
    D("县人民医院[[近日]]发布", VAGUE, OPT),
    D("报名时间为[[本月18日至22日]]", day("2025-12-18", "2025-12-22")),
    D("笔试定于[[明年1月上旬]]", xun(2026, 1, 0)),
    D("）[[本月10日]]，县民政局", day("2025-12-10")),
    D("发放[[第四季度]]高龄津贴", quarter(2025, 4)),
    D("）[[本月16日]]，县综治中心", D16),
    D("[[今年以来]]，全县共调处", VAGUE, OPT),
    D("）[[昨天]]，大塘镇", D16),
    D("）[[本月13日]]，团县委", D13),
    D("[[当天]]，40名志愿者", D13),
    D("提醒：[[2026年度]]耕地", year(2026)),
    D("补贴申报[[下周二]]开始", day("2025-12-23")),
    D("至[[明年1月15日]]结束", day("2026-01-15")),
    D("管制时间：[[2025年12月20日至2026年1月10日]]", day("2025-12-20", "2026-01-10")),
    D("\n[[2025年12月16日]]", D16),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
H = "雷山县"
WLJ = [H + "文体广电旅游局"]
ZZB = ["中共雷山县委组织部"]
RSJ = [H + "人力资源和社会保障局"]
FY = [H + "人民法院"]
NY = [H + "农业农村局"]
RD = [H + "人民代表大会常务委员会", H + "人大常委会"]
SJ = [H + "市场监督管理局"]
MZ = [H + "民族中学"]
YY = [H + "人民医院"]
ZZ = [H + "综治中心", H + "社会治安综合治理中心"]
ORGS = [
    O("记者昨天从[[县文体广电旅游局]]获悉", WLJ, G),
    O("）本月15日，[[县委组织部]]在", ZZB, PA),
    O("在[[县委党校]]举办", ["中共雷山县委党校"], IN),
    O("\n[[县委组织部]]轮训", ZZB, PA),
    O("观看芦笙表演。 [[县融媒体中心]]", [H + "融媒体中心"], IN),
    O("，[[县人社局]]在丹江镇", RSJ, G),
    O("。[[县就业服务中心]]工作人员", [H + "就业服务中心"], IN),
    O("由[[县文体广电旅游局]]、", WLJ, G),
    O("、[[县民族宗教事务局]]主办", [H + "民族宗教事务局"], G),
    O("蜡染类：[[雷山县民族中学]]", MZ, IN),
    O("，[[县总工会]]开展", [H + "总工会"], PE),
    O("\n[[县人民法院]]巡回审判", FY, G),
    O("昨天上午，[[县人民法院]]在方祥乡", FY, G),
    O("，[[县农业农村局]]组织28名", NY, G),
    O("，[[县人大常委会]]召开", RD, G),
    O("\n[[县人大常委会]]召开", RD, G),
    O("听取和审议[[县政府]]关于", [H + "人民政府"], G),
    O("，[[县市场监管局]]对全县", SJ, G),
    O("冷冻食品。 [[县市场监管局]] 吴", SJ, G),
    O("记者从[[县教育和科技局]]获悉", [H + "教育和科技局"], G),
    O("将在[[雷山县民族中学]]、", MZ, IN),
    O("、[[雷山县第二中学]]2个", [H + "第二中学"], IN),
    O("\n[[县人民医院]]招聘", YY, IN),
    O("\n[[县人民医院]]近日", YY, IN),
    O("，[[县民政局]]向全县", [H + "民政局"], G),
    O("，[[县综治中心]]正式", ZZ, IN),
    O("整合[[县人民法院]]、", FY, G),
    O("、[[县司法局]]、", [H + "司法局"], G),
    O("、[[县信访局]]等", [H + "信访局"], G),
    O("\n[[县综治中心]]揭牌", ZZ, IN),
    O("，[[团县委]]、", ["共青团雷山县委员会"], PE),
    O("、[[县妇联]]在永乐镇", [H + "妇女联合会"], PE),
    O("\n[[县农业农村局]]提醒", NY, G),
    O("丹江大道[[县人民医院]]路口", YY, IN, OPT),                  # a landmark inside a road section
    O("\n[[雷山县住房和城乡建设局]]\n", [H + "住房和城乡建设局"], G),
    O("\n[[雷山县公安局交通管理大队]]\n", [H + "公安局交通管理大队"], G),
]

C, P, M, T, L, A, W = "count", "percent", "money", "duration", "length", "area", "weight"
CNY = "CNY"
STATS = [
    S("11月接待游客[[41.6万人次]]\n", "416000", "人次", C, "exact", "西江千户苗寨11月接待游客"),
    S("共接待游客[[41.6万人次]]，", "416000", "人次", C, "exact", "西江千户苗寨景区接待游客"),
    S("同比增长[[12.3%]]", "12.3", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("旅游综合收入[[3.9亿元]]", "390000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("全县[[156名]]村", "156", "名", C, "exact", "参训的村（社区）党组织书记"),
    S("为期[[3天]]", "3", "天", T, "exact", "集中轮训"),
    S("游客达[[9.2万人次]]", "92000", "人次", C, "exact", "入住景区民宿的游客"),
    S("等[[12项]]冬季活动", "12", "项", C, "exact", "冬季活动"),
    S("将超过[[5万人次]]", "50000", "人次", C, "over", "元旦假期接待游客"),
    S("，[[37家]]企业", "37", "家", C, "exact", "参加招聘的企业"),
    S("岗位[[1400余个]]", "1400", "个", C, "over", "提供岗位"),
    S("当天有[[286人]]", "286", "人", C, "exact", "达成初步就业意向"),
    S("三等奖[[15名]]", "15", "名", C, "exact", "获奖者"),
    S("环卫工人[[86户]]", "86", "户", C, "exact", "走访慰问的困难职工和一线环卫工人"),
    S("共计[[12.9万元]]", "129000", "元", M, "exact", "慰问金及物资", currency=CNY),
    S("承包费[[2.4万元]]", "24000", "元", M, "exact", "返还原告承包费", currency=CNY),
    S("[[近百名]]村民", "100", "名", C, "under", "旁听庭审的村民"),
    S("巡回审判[[43场次]]", "43", "场次", C, "exact", "巡回审判"),
    S("组织[[28名]]农技人员", "28", "名", C, "exact", "农技人员"),
    S("茶园面积达[[16.8万亩]]", "168000", "亩", A, "exact", "全县茶园面积"),
    S("预计达[[1.1万吨]]", "11000", "吨", W, "exact", "干茶产量"),
    S("\n[[16.8万亩]]茶园", "168000", "亩", A, "exact", "冬管茶园"),
    S("全县[[42家]]超市", "42", "家", C, "exact", "检查的超市"),
    S("、[[68家]]餐饮单位", "68", "家", C, "exact", "检查的餐饮单位"),
    S("食品样品[[120批次]]", "120", "批次", C, "exact", "抽检食品样品"),
    S("整改问题[[13个]]", "13", "个", C, "exact", "责令整改问题"),
    S("，[[1860名]]考生", "1860", "名", C, "exact", "考生"),
    S("第二中学[[2个]]考点", "2", "个", C, "exact", "考点"),
    S("招聘[[25名]]专业", "25", "名", C, "exact", "招聘专业技术人员"),
    S("专业技术人员[[25名]]，", "25", "名", C, "exact", "招聘编外专业技术人员"),
    S("全县[[1235名]]高龄老人", "1235", "名", C, "exact", "领取高龄津贴的老人"),
    S("共计[[37.05万元]]", "370500", "元", M, "exact", "第四季度高龄津贴", currency=CNY),
    S("百岁老人[[11名]]", "11", "名", C, "exact", "百岁老人"),
    S("津贴[[500元]]", "500", "元", M, "exact", "百岁老人每人每月津贴", currency=CNY),
    S("等[[7个]]部门", "7", "个", C, "exact", "整合部门"),
    S("矛盾纠纷[[1260件]]", "1260", "件", C, "exact", "调处矛盾纠纷"),
    S("成功率达[[96.5%]]", "96.5", "%", P, "exact", "调解成功率"),
    S("全长[[23.6公里]]", "23.6", "公里", L, "exact", "公路全长"),
    S("总投资[[1.8亿元]]", "180000000", "元", M, "exact", "公路改扩建工程总投资", currency=CNY),
    S("沿线[[5个]]乡镇", "5", "个", C, "exact", "沿线乡镇"),
    S("[[3.2万名]]群众", "32000", "名", C, "exact", "出行便捷的群众"),
    S("为[[320名]]留守儿童", "320", "名", C, "exact", "留守儿童"),
    S("，[[40名]]志愿者", "40", "名", C, "exact", "志愿者"),
    S("每亩[[96元左右]]", "96", "元", M, "about", "耕地地力保护补贴标准", currency=CNY),
]

EVENTS = [
    E("推出长桌宴、银饰锻制体验等12项冬季活动", "activity", "推出", xun(2025, 12, 2),
      location="西江千户苗寨"),
    E("举办全县村（社区）党组织书记培训班", "training", "培训班", day("2025-12-15"), location="县委党校",
      organizers=["县委组织部"], participants=["156名村（社区）党组织书记"]),
    E("举办“春风暖心·就业帮扶”送岗进村寨招聘活动", "recruitment", "招聘", D12, location="丹江镇",
      organizers=["县人社局"], participants=["37家企业"], theme="春风暖心·就业帮扶"),
    E("在现场讲解了稳岗返还", "training", "讲解", D12, organizers=["县就业服务中心"], opt=True),  # part of the fair
    E("技能大赛日前评选揭晓", "award", "评选", None, organizers=["县文体广电旅游局", "县民族宗教事务局"]),
    E("开展“送温暖”活动，走访慰问困难职工", "visit", "走访慰问", day("2025-12-14"), organizers=["县总工会"],
      participants=["困难职工", "一线环卫工人"], theme="送温暖"),
    E("送去慰问金及物资共计12.9万元", "payout", "送去", day("2025-12-14"), opt=True),      # inside the visits
    E("开庭审理一起林地承包合同纠纷案", "legal", "审理", D16, location="方祥乡格头村", organizers=["县人民法院"]),
    E("当庭判决被告返还", "legal", "判决", D16, opt=True),                                   # the same trial
    E("指导茶农修剪、施肥和防治病虫害", "production", "修剪", None, location="望丰、丹江等茶区",
      organizers=["县农业农村局"]),
    E("召开第二十六次会议，听取", "meeting", "召开", day("2025-12-11"), organizers=["县人大常委会"]),
    E("表决通过了有关人事任免事项", "other", "表决", day("2025-12-11"), opt=True),
    E("开展食品安全专项检查", "inspection", "检查", day("2025-12-08", "2025-12-12"), organizers=["县市场监管局"]),
    E("执法人员在丹江镇一超市检查冷冻食品", "inspection", "检查", None, location="丹江镇", opt=True),  # caption
    E("合格性考试将于下周五开考", "exam", "考试", day("2025-12-26"),
      location="雷山县民族中学、雷山县第二中学"),
    E("县人民医院近日发布公告", "announcement", "发布", None, organizers=["县人民医院"], opt=True),
    E("公开招聘编外专业技术人员25名", "recruitment", "招聘", None, organizers=["县人民医院"]),
    E("报名时间为本月18日至22日", "registration", "报名", day("2025-12-18", "2025-12-22"),
      organizers=["县人民医院"]),
    E("笔试定于明年1月上旬举行", "exam", "笔试", xun(2026, 1, 0), organizers=["县人民医院"]),
    E("发放第四季度高龄津贴共计37.05万元", "payout", "发放", day("2025-12-10"), organizers=["县民政局"],
      participants=["1235名高龄老人"]),
    E("县综治中心正式揭牌运行", "launch", "揭牌", D16, organizers=["县综治中心"]),
    E("共调处各类矛盾纠纷1260件", "legal", "调处", year(2025), opt=True),                    # a year summary
    E("公路改扩建工程全线完工", "construction", "完工", D16, location="大塘镇至永乐镇"),
    E("开展“温暖冬衣”关爱留守儿童志愿服务活动", "activity", "志愿服务", D13, location="永乐镇",
      organizers=["团县委", "县妇联"], participants=["320名留守儿童"], theme="温暖冬衣"),
    E("上了一堂防溺水安全课", "training", "安全课", D13, participants=["40名志愿者"]),
    E("补贴申报下周二开始，至明年1月15日结束", "registration", "申报", day("2025-12-23", "2026-01-15"),
      organizers=["县农业农村局"]),
    E("丹江大道县人民医院路口至雷公山大桥段，禁止机动车通行", "traffic", "禁止机动车通行",
      day("2025-12-20", "2026-01-10"), location="丹江大道县人民医院路口至雷公山大桥段",
      organizers=["雷山县住房和城乡建设局", "雷山县公安局交通管理大队"]),
    E("因县城污水管网改造工程施工需要", "construction", "施工", None, opt=True),                # the cause
]
