"""宁城报 (宁城县融媒体中心, 内蒙古自治区赤峰市), 2025-10-15 (a Wednesday): a county paper, so the
county is home (`县委` → 中共宁城县委员会, `县政府` → 宁城县人民政府, `县农牧局`, `县人民法院`,
`天义镇农机服务站` → 宁城县天义镇农机服务站). Features: a series label (`乡村振兴进行时`) and a kicker
over the main title; a caption credited to an institution and a person (`县融媒体中心 韩 丽 摄`);
a winners list with label-colon lines (`一等奖：…`), its headline after the list; a 通告 with its
issuing body and date on their own lines (`自2025年10月15日起至12月31日止…禁止露天焚烧…`: policy);
an inspection paragraph broken after a comma with another article between its halves; a headline
after its body (`巡回审判进村 以案释法入心`); a column label over a headline-less item (`便民信息`);
relative dates (`昨天` = 10-14, `当天`, `开馆当天`, `下周` (a week: no grain, optional), `下周二`, `下周一起`, `明天`
= 世界粮食日 10-16). Events of many closed-list types: meeting, inspection (a meeting's demand with
`11月中旬`), competition and award, policy, announcement, registration, legal (审理, 破获), activity,
signing, construction, payout, visit, a standing committee's session and the congress it fixes for
`12月下旬`, a free clinic (`义诊`), (a delegation `来我县考察学习`), training (演练, 培训班), launch
(`开馆`), exhibition (`开展`), production (`采收`), traffic (`恢复原线路运行`), recruitment, exam.
Plans, forecasts and year summaries are optional, as are parts of one happening told twice.

Written at main commit 233e5fa, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, xun, year

PAPER = "宁城报"
PUBLISHED = "2025-10-15"
HOME = {"county": "宁城县", "city": "赤峰市", "province": "内蒙古自治区"}

LAYOUT = [
    ("乡村振兴进行时", "label", "B0"),
    ("秋收秋储两不误", "headline", "B0"),                # kicker
    ("我县召开秋季农业生产", "headline", "B0"),
    ("本报讯（记者 孙 晓 峰 通讯员 韩 丽）10月13日", "body", "B0"),
    ("会议要求", "body", "B0"),
    ("会上，八里罕镇", "body", "B0"),
    ("10月13日，与会人员", "caption", "P0"),           # 县融媒体中心 韩 丽 摄
    ("本报讯（记者 李 佳）10月12日", "body", "B1"),
    ("一等奖：", "body", "B1"),
    ("二等奖：", "body", "B1"),
    ("三等奖：", "body", "B1"),
    ("第三届“宁城工匠”职业技能大赛获奖名单揭晓", "headline", "B1"),   # after its body
    ("关于禁止秸秆露天焚烧的通告", "headline", "B2"),
    ("为改善空气质量", "body", "B2"),
    ("一、自2025年", "body", "B2"),
    ("二、对违反", "body", "B2"),
    ("特此通告。", "body", "B2"),
    ("宁城县人民政府", "body", "B2"),
    ("2025年10月14日", "body", "B2"),
    ("校园食品安全专项检查", "headline", "B3"),
    ("本报讯（通讯员 张 颖）", "body", "B3"),           # breaks after a comma
    ("全民健身运动会18日开幕", "headline", "B4"),
    ("本报讯（记者 李 佳）全县第十届", "body", "B4"),
    ("发现并整改问题隐患23处", "body", "B3"),           # the rest of B3's paragraph
    ("本报讯（通讯员 宁 法）", "body", "B5"),
    ("另讯 县公安局", "body", "B5"),
    ("巡回审判进村", "headline", "B5"),                 # after its body
    ("我县与风电企业签约", "headline", "B6"),
    ("本报讯（记者 孙 晓 峰）10月10日", "body", "B6"),
    ("冬季取暖补贴开始发放", "headline", "B7"),
    ("本报讯（记者 赵 雪）", "body", "B7"),
    ("10月14日，县领导来到", "body", "B7"),
    ("应急演练筑牢防火墙", "headline", "B8"),
    ("本报讯（通讯员 韩 丽）10月11日", "body", "B8"),
    ("县图书馆新馆开馆", "headline", "B9"),
    ("本报讯（记者 王 蕊）昨天", "body", "B9"),
    ("另悉，宁城县文化馆", "body", "B9"),
    ("县十八届人大常委会召开", "headline", "B15"),
    ("本报讯（记者 王 蕊）10月14日", "body", "B15"),
    ("送医下乡暖民心", "headline", "B16"),
    ("本报讯（通讯员 宁 卫）", "body", "B16"),
    ("大城子镇苹果梨喜获丰收", "headline", "B10"),
    ("本报讯（通讯员 刘 畅）", "body", "B10"),
    ("世界粮食日 爱粮节粮在行动", "headline", "B11"),
    ("明天是第45个世界粮食日", "body", "B11"),
    ("朝阳市考察团来我县", "headline", "B12"),
    ("本报讯（记者 孙 晓 峰）10月9日", "body", "B12"),
    ("便民信息", "label", "B13"),
    ("因铁东街改造工程", "body", "B13"),
    ("我县公开招聘社区工作者50名", "headline", "B14"),
    ("本报讯（记者 王 蕊）县人力资源", "body", "B14"),
]

ARTICLES = {
    "B0": dict(byline=byline(reporters=["孙晓峰"], correspondents=["韩丽"])),
    "B1": dict(byline=byline(reporters=["李佳"])),
    "B2": dict(),
    "B3": dict(byline=byline(correspondents=["张颖"])),
    "B4": dict(byline=byline(reporters=["李佳"])),
    "B5": dict(byline=byline(correspondents=["宁法"])),
    "B6": dict(byline=byline(reporters=["孙晓峰"])),
    "B7": dict(byline=byline(reporters=["赵雪"])),
    "B8": dict(byline=byline(correspondents=["韩丽"])),
    "B9": dict(byline=byline(reporters=["王蕊"])),
    "B10": dict(byline=byline(correspondents=["刘畅"])),
    "B11": dict(),
    "B12": dict(byline=byline(reporters=["孙晓峰"])),
    "B13": dict(),
    "B14": dict(byline=byline(reporters=["王蕊"])),
    "B15": dict(byline=byline(reporters=["王蕊"])),
    "B16": dict(byline=byline(correspondents=["宁卫"])),
}
JOINS = [("本报讯（通讯员 张 颖）", "发现并整改问题隐患23处")]
PHOTOS = {"P0": dict(photographers=["韩丽"], article="B0")}

Y24, Y25, Y26 = year(2024), year(2025), year(2026)
O8, O9, O10, O12, O13, O14, O16, O18, O20, O21 = (
    day(f"2025-10-{d:02d}") for d in (8, 9, 10, 12, 13, 14, 16, 18, 20, 21))
END10 = xun(2025, 10, 2)
BAN = day("2025-10-15", "2025-12-31")
VISIT = day("2025-10-09", "2025-10-10")

DATES = [
    D("韩 丽）[[10月13日]]，县委", O13),
    D("要在[[10月底前]]完成秋粮", END10, OPT),
    D("要在[[11月中旬]]组织", xun(2025, 11, 1)),
    D("据了解，[[今年]]全县农作物", Y25),
    D("力争[[今冬明春]]新增", VAGUE),
    D("确保[[明年]]粮食", Y26),
    D("[[10月13日]]，与会人员", O13),
    D("李 佳）[[10月12日]]，由县总工会", O12),
    D("自[[2025年10月15日起至12月31日]]止", BAN),
    D("[[2025年10月14日]]\n", O14),
    D("张 颖）[[10月8日至11日]]", day("2025-10-08", "2025-10-11")),
    D("全民健身运动会[[18日]]开幕", O18),
    D("将于[[10月18日]]在县体育场", O18),
    D("截止日期为[[10月16日]]", O16),
    D("开幕式将于[[18日上午9时]]举行", O18),
    D("[[下周]]，县市场监督管理局", VAGUE),                   # a week: no grain for it (as 港都日報's 下週)
    D("宁 法）[[昨天]]，县人民法院", O14),
    D("[[今年以来]]，县人民法院", Y25, OPT),
    D("天义派出所[[日前]]破获", VAGUE),
    D("孙 晓 峰）[[10月10日]]，宁城县", O10),
    D("[[当天]]，总投资2.6亿元", O10),
    D("计划[[明年6月底前]]建成", xun(2026, 6, 2), OPT),
    D("赵 雪）[[昨天]]从县民政局", O14),
    D("我县[[2025年冬季]]取暖补贴", VAGUE),
    D("已于[[10月10日]]开始发放", O10),
    D("预计[[10月底前]]全部发放", END10, OPT),
    D("[[今年]]补贴标准较", Y25),
    D("补贴标准较[[去年]]提高", Y24),
    D("[[10月14日]]，县领导来到", O14),
    D("韩 丽）[[10月11日]]，县应急", day("2025-10-11")),
    D("[[下周二]]，县卫生健康委员会", O21),
    D("王 蕊）[[昨天]]，宁城县图书馆", O14),
    D("开馆[[当天]]，馆内", O14),
    D("开放时间为[[每周二至周日]]", VAGUE),
    D("，[[每周一]]闭馆", VAGUE),
    D("作品展于[[10月12日]]开展", O12),
    D("展期至[[11月10日]]", day("2025-11-10")),
    D("王 蕊）[[10月14日]]，县十八届", O14),
    D("关于[[2025年上半年]]国民经济", months(2025, 1, 6), OPT),     # in a report's title
    D("五次会议于[[12月下旬]]召开", xun(2025, 12, 2)),
    D("宁 卫）[[10月12日]]，县中医医院", O12),
    D("刘 畅）[[连日来]]", VAGUE),
    D("[[今年]]全镇苹果梨", Y25),
    D("较[[去年]]增加0.5万吨", Y24),
    D("[[世界粮食日]] 爱粮节粮在行动", O16, OPT),           # the occasion, in a headline
    D("[[明天]]是第45个", O16),
    D("第45个[[世界粮食日]]，县发展", O16, OPT),
    D("孙 晓 峰）[[10月9日至10日]]", VISIT),
    D("将于[[下周一]]起恢复", O20),
    D("社会保障局[[昨天]]发布公告", O14),
    D("我县[[今年]]面向社会", Y25),
    D("报名时间为[[10月20日至24日]]", day("2025-10-20", "2025-10-24")),
    D("笔试定于[[11月2日]]在", day("2025-11-02")),
]

G, IN, CO, PE, PA, SO = "government", "institution", "company", "people", "party", "social"
XW = ["中共宁城县委员会", "中共宁城县委", "宁城县委"]
XZF = ["宁城县人民政府"]
RSJ = ["宁城县人力资源和社会保障局"]
SJJ = ["宁城县市场监督管理局"]
FY = ["宁城县人民法院"]
ZX = ["宁城县中心医院"]
YZ = ["宁城县第一中学"]
RD = ["宁城县人民代表大会常务委员会", "宁城县人大常委会"]
MZJ = ["宁城县民政局"]
ZJZX = ["宁城县职业教育中心"]
TSG = ["宁城县图书馆"]

ORGS = [
    O("10月13日，[[县委]]、县政府在八里罕镇", XW, PA),
    O("县委、[[县政府]]在八里罕镇", XZF, G),
    O("，[[县农牧局]]要在", ["宁城县农牧局"], G),
    O("[[县融媒体中心]] 韩 丽 摄", ["宁城县融媒体中心"], IN, OPT),
    O("由[[县总工会]]、", ["宁城县总工会"], PE),
    O("县总工会、[[县人力资源和社会保障局]]联合主办", RSJ, G),
    O("在[[宁城县职业教育中心]]落下帷幕", ZJZX, IN),
    O("王 建 军（[[宁城县职业教育中心]]）", ZJZX, IN),
    O("刘 春 梅（[[宁城县中心医院]]）", ZX, IN),
    O("（[[天义镇农机服务站]]）", ["宁城县天义镇农机服务站", "天义镇农机服务站"], IN),
    O("（[[宁城县自来水公司]]）", ["宁城县自来水公司"], CO),
    O("（[[八里罕镇卫生院]]）", ["宁城县八里罕镇卫生院", "八里罕镇卫生院"], IN),
    O("周 鹏（[[宁城县第一中学]]）", YZ, IN),
    O("[[宁城县人民政府]]\n\n2025年10月14日", XZF, G),
    O("10月8日至11日，[[县市场监督管理局]]联合", SJJ, G),
    O("联合[[县教育局]]开展", ["宁城县教育局"], G),
    O("下周，[[县市场监督管理局]]将对", SJJ, G),
    O("昨天，[[县人民法院]]在大城子镇", FY, G),
    O("今年以来，[[县人民法院]]共开展", FY, G),
    O("另讯 [[县公安局天义派出所]]", ["宁城县公安局天义派出所"], G),
    O("10月10日，[[宁城县人民政府]]与", XZF, G),
    O("与[[内蒙古风禾新能源有限公司]]签订", ["内蒙古风禾新能源有限公司"], CO),
    O("总投资2.6亿元的[[宁城县第二污水处理厂]]开工", ["宁城县第二污水处理厂"], IN, OPT),   # the project
    O("昨天从[[县民政局]]获悉", MZJ, G),
    O("到位。[[县民政局]]相关负责人", MZJ, G),
    O("10月11日，[[县应急管理局]]在", ["宁城县应急管理局"], G),
    O("，[[县消防救援大队]]、", ["宁城县消防救援大队"], G),
    O("、[[县林业和草原局]]等8个单位", ["宁城县林业和草原局"], G),
    O("下周二，[[县卫生健康委员会]]将在", ["宁城县卫生健康委员会"], G),
    O("将在[[宁城县中心医院]]举办", ZX, IN),
    O("[[县图书馆]]新馆开馆", TSG, IN),
    O("昨天，[[宁城县图书馆]]新馆正式开馆", TSG, IN),
    O("另悉，[[宁城县文化馆]]举办", ["宁城县文化馆"], IN),
    O("粮食日，[[县发展和改革委员会]]将在", ["宁城县发展和改革委员会"], G),
    O("[[县十八届人大常委会]]召开第二十六次会议\n", RD, G),
    O("10月14日，[[县十八届人大常委会]]召开", RD, G),
    O("审议了[[县人民政府]]关于", XZF, G),
    O("10月12日，[[县中医医院]]组织", ["宁城县中医医院"], IN),
    O("参观了八里罕镇设施农业园区和[[宁城县蔬菜产业协会]]育苗基地", ["宁城县蔬菜产业协会"], SO),
    O("并在[[县政府]]召开座谈会", XZF, G),
    O("[[县人力资源和社会保障局]]昨天发布公告", RSJ, G),
    O("在[[宁城县第一中学]]举行", YZ, IN),
]

C, P, M, T, A, W, X = "count", "percent", "money", "duration", "area", "weight", "other"
CNY = "CNY"
STATS = [
    S("示范田等[[5个]]现场", "5", "个", C, "exact", "观摩现场"),
    S("组织[[一次]]农机", "1", "次", C, "exact", "农机安全生产大检查", OPT),
    S("播种面积达[[156万亩]]", "1560000", "亩", A, "exact", "全县农作物播种面积"),
    S("设施农业面积[[8.2万亩]]", "82000", "亩", A, "exact", "设施农业面积"),
    S("粮食总产量[[16.5亿斤]]", "1650000000", "斤", W, "exact", "粮食总产量"),
    S("同比增长[[3.4%]]", "3.4", "%", P, "exact", "粮食总产量", change={"direction": "up", "baseline": None}),
    S("天义镇等[[4个]]乡镇", "4", "个", C, "exact", "作典型发言的乡镇"),
    S("高标准农田[[5万亩]]", "50000", "亩", A, "exact", "新增高标准农田"),
    S("稳定在[[150万亩以上]]", "1500000", "亩", A, "over", "明年粮食播种面积"),
    S("一等奖[[1名]]", "1", "名", C, "exact", "一等奖"),
    S("二等奖[[2名]]", "2", "名", C, "exact", "二等奖"),
    S("三等奖[[3名]]", "3", "名", C, "exact", "三等奖"),
    S("发现隐患[[23处]]", "23", "处", C, "exact", "校园食品安全隐患"),
    S("学校食堂[[46家]]", "46", "家", C, "exact", "检查学校食堂"),
    S("托管机构[[12家]]", "12", "家", C, "exact", "校外托管机构"),
    S("拔河等[[8个]]比赛项目", "8", "个", C, "exact", "比赛项目"),
    S("的[[1200余名]]运动员", "1200", "名", C, "over", "参赛运动员"),
    S("为期[[3天]]", "3", "天", T, "exact", "运动会会期"),
    S("问题隐患[[23处]]。", "23", "处", C, "exact", "发现并整改的问题隐患"),
    S("[[300余名]]群众", "300", "名", C, "over", "旁听群众"),
    S("巡回审判[[56场次]]", "56", "场次", C, "exact", "巡回审判"),
    S("矛盾纠纷[[210件]]", "210", "件", C, "exact", "就地化解矛盾纠纷"),
    S("犯罪嫌疑人[[3名]]", "3", "名", C, "exact", "犯罪嫌疑人"),
    S("挽回损失[[6.8万元]]", "68000", "元", M, "exact", "为群众挽回损失", currency=CNY),
    S("计划投资[[18亿元]]", "1800000000", "元", M, "exact", "风电项目计划投资", currency=CNY),
    S("装机容量[[30万千瓦]]", "300000", "千瓦", X, "exact", "风电场装机容量"),
    S("总投资[[2.6亿元]]", "260000000", "元", M, "exact", "宁城县第二污水处理厂总投资", currency=CNY),
    S("污水能力达[[4万吨]]", "40000", "吨", W, "exact", "日处理污水能力"),
    S("发电量可达[[9亿千瓦时]]", "900000000", "千瓦时", "energy", "exact", "风电项目年发电量"),
    S("标准煤[[27万吨]]", "270000", "吨", W, "exact", "每年节约标准煤"),
    S("全县[[1.3万户]]", "13000", "户", C, "exact", "城乡低保和特困家庭"),
    S("领取补贴[[800元]]", "800", "元", M, "exact", "每户取暖补贴", currency=CNY),
    S("提高[[100元]]", "100", "元", M, "exact", "取暖补贴标准", change={"direction": "up", "baseline": "去年"},
      currency=CNY),
    S("等[[8个]]单位", "8", "个", C, "exact", "参演单位"),
    S("的[[150余人]]参加", "150", "人", C, "over", "参演人员"),
    S("用时[[40分钟]]", "40", "分钟", T, "exact", "演练用时"),
    S("建筑面积[[6500平方米]]", "6500", "平方米", A, "exact", "新馆建筑面积"),
    S("藏书[[28万册]]", "280000", "册", C, "exact", "新馆藏书"),
    S("自习室等[[6个]]功能区", "6", "个", C, "exact", "功能区"),
    S("容纳读者[[600人]]", "600", "人", C, "exact", "可同时容纳读者"),
    S("展出作品[[120余幅]]", "120", "幅", C, "over", "展出作品"),
    S("组织[[20名]]医务人员", "20", "名", C, "exact", "义诊医务人员"),
    S("血糖[[400余人次]]", "400", "人次", C, "over", "免费测量血压、血糖"),
    S("发放价值[[1.2万元]]", "12000", "元", M, "exact", "发放常用药品价值", currency=CNY),
    S("大城子镇[[2.3万亩]]", "23000", "亩", A, "exact", "苹果梨"),
    S("产量预计达[[4.6万吨]]", "46000", "吨", W, "exact", "全镇苹果梨产量"),
    S("增加[[0.5万吨]]", "5000", "吨", W, "exact", "全镇苹果梨产量",
      change={"direction": "up", "baseline": "去年"}),
    S("全国[[20多个]]省份", "20", "个", C, "over", "鲜果销往省份"),
    S("一行[[20人]]", "20", "人", C, "exact", "朝阳市考察团"),
    S("社区工作者[[50名]]\n", "50", "名", C, "exact", "公开招聘社区工作者"),
    S("社区工作者[[50名]]。", "50", "名", C, "exact", "公开招聘社区工作者"),
    S("[[35周岁以下]]、具有", "35", "周岁", X, "under", "招聘对象年龄", OPT),
    S("其中[[10个]]岗位", "10", "个", C, "exact", "面向退役军人定向招聘岗位"),
]

EVENTS = [
    # B0: the meeting
    E("县委、县政府在八里罕镇召开全县秋季农业生产现场推进会", "meeting", "召开", O13, location="八里罕镇",
      organizers=["县委", "县政府"]),
    E("与会人员实地观摩了八里罕镇设施农业园区", "visit", "观摩", O13, opt=True),      # part of the meeting
    E("各乡镇要在10月底前完成秋粮收储工作", "production", "收储", END10, opt=True),     # a demand, no one named
    E("县农牧局要在11月中旬组织一次农机安全生产大检查", "inspection", "检查", xun(2025, 11, 1),
      organizers=["县农牧局"]),
    E("力争今冬明春新增高标准农田5万亩", "construction", "新增", opt=True),              # a plan
    E("与会人员在八里罕镇设施农业园区观摩", "visit", "观摩", O13, opt=True),              # the caption
    # B1: contest and winners
    E("第三届“宁城工匠”职业技能大赛在宁城县职业教育中心落下帷幕", "competition", "大赛", O12,
      location="宁城县职业教育中心", organizers=["县总工会", "县人力资源和社会保障局"], theme="宁城工匠"),
    E("经过理论考试和实操比拼", "exam", "考试", O12, opt=True),                          # part of the contest
    E("共评出一等奖1名、二等奖2名、三等奖3名", "award", "评出", O12),
    E("获奖名单揭晓", "announcement", "揭晓", opt=True),
    # B2: the notice
    E("全县行政区域内禁止露天焚烧农作物秸秆", "policy", "禁止", BAN, organizers=["宁城县人民政府"]),
    E("特此通告", "announcement", "通告", O14, opt=True),
    # B3: inspection, broken across columns
    E("县市场监督管理局联合县教育局开展校园食品安全专项检查", "inspection", "检查",
      day("2025-10-08", "2025-10-11"), organizers=["县市场监督管理局", "县教育局"]),
    E("县市场监督管理局将对检查情况进行全县通报", "announcement", "通报", None,
      organizers=["县市场监督管理局"]),
    # B4: sports meeting
    E("全县第十届全民健身运动会将于10月18日在县体育场开幕", "competition", "运动会", O18, location="县体育场"),
    E("各参赛单位报名截止日期为10月16日", "registration", "报名", O16),
    E("开幕式将于18日上午9时举行", "competition", "开幕式", O18, opt=True),               # told twice
    # B5: court, police
    E("县人民法院在大城子镇公开开庭审理一起拖欠农民工工资案件", "legal", "审理", O14, location="大城子镇",
      organizers=["县人民法院"]),
    E("法官现场开展普法宣传", "activity", "开展", O14),
    E("县人民法院共开展巡回审判56场次", "legal", "巡回审判", Y25, opt=True),            # a year summary
    E("县公安局天义派出所日前破获一起电信网络诈骗案", "legal", "破获", organizers=["县公安局天义派出所"]),
    E("抓获犯罪嫌疑人3名", "legal", "抓获", opt=True),
    # B6: signing, construction
    E("宁城县人民政府与内蒙古风禾新能源有限公司签订风电项目合作协议", "signing", "签订", O10,
      organizers=["宁城县人民政府"], participants=["内蒙古风禾新能源有限公司"]),
    E("总投资2.6亿元的宁城县第二污水处理厂开工建设", "construction", "开工", O10),
    E("第二污水处理厂计划明年6月底前建成投用", "construction", "建成", xun(2026, 6, 2), opt=True),  # a plan
    # B7: payout, visit
    E("冬季取暖补贴已于10月10日开始发放", "payout", "发放", O10, organizers=["县民政局"]),
    E("补贴资金通过“一卡通”直接发放到户", "payout", "发放", opt=True),                   # told twice
    E("县领导来到小城子镇，走访慰问了困难群众和老党员", "visit", "走访慰问", O14, location="小城子镇",
      participants=["困难群众", "老党员"]),
    # B8: drill, training class
    E("县应急管理局在必斯营子镇组织开展森林草原防火应急演练", "training", "演练", day("2025-10-11"),
      location="必斯营子镇", organizers=["县应急管理局"], participants=["县消防救援大队", "县林业和草原局"]),
    E("县卫生健康委员会将在宁城县中心医院举办基层医生急救技能培训班", "training", "培训班", O21,
      location="宁城县中心医院", organizers=["县卫生健康委员会"]),
    # B9: library, exhibition
    E("宁城县图书馆新馆正式开馆", "launch", "开馆", O14),
    E("馆内举办了“书香宁城”读书分享会", "activity", "举办", O14, theme="书香宁城"),
    E("新馆开放时间为每周二至周日9时至17时", "schedule", "开放时间", opt=True),
    E("“大美宁城”书画摄影作品展于10月12日开展", "exhibition", "开展", O12, organizers=["宁城县文化馆"],
      theme="大美宁城"),
    E("展期至11月10日", "exhibition", "展期", day("2025-11-10"), opt=True),
    # B15: the standing committee
    E("10月14日，县十八届人大常委会召开第二十六次会议", "meeting", "召开", O14, organizers=["县十八届人大常委会"]),
    E("县十八届人大五次会议于12月下旬召开", "meeting", "召开", xun(2025, 12, 2)),
    # B16: free clinic
    E("开展“送医下乡”义诊活动", "activity", "义诊", O12, location="一肯中乡", organizers=["县中医医院"],
      theme="送医下乡"),
    # B10: harvest
    E("果农们抢抓晴好天气组织采收", "production", "采收", location="大城子镇"),
    # B11: World Food Day
    E("县发展和改革委员会将在县城人民广场开展“爱粮节粮”主题宣传活动", "activity", "开展", O16,
      location="县城人民广场", organizers=["县发展和改革委员会"], theme="爱粮节粮"),
    # B12: delegation
    E("辽宁省朝阳市考察团一行20人来我县考察学习设施农业发展经验", "visit", "考察", VISIT,
      organizers=["辽宁省朝阳市考察团"]),
    E("先后参观了八里罕镇设施农业园区", "visit", "参观", VISIT, opt=True),               # the same visit
    E("并在县政府召开座谈会", "meeting", "座谈会", VISIT, location="县政府"),
    # B13: bus lines
    E("因铁东街改造工程已完工", "construction", "完工", opt=True),
    E("县城公交1路、3路将于下周一起恢复原线路运行", "traffic", "恢复", O20),
    # B14: recruitment
    E("县人力资源和社会保障局昨天发布公告", "announcement", "发布", O14, organizers=["县人力资源和社会保障局"]),
    E("我县今年面向社会公开招聘社区工作者50名", "recruitment", "招聘", Y25),
    E("报名时间为10月20日至24日", "registration", "报名", day("2025-10-20", "2025-10-24")),
    E("笔试定于11月2日在宁城县第一中学举行", "exam", "笔试", day("2025-11-02"), location="宁城县第一中学"),
    E("面试时间另行通知", "exam", "面试", opt=True),
]
