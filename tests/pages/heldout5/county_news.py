"""今日桃源 (桃源县融媒体中心, 湖南省常德市), 2025-11-20 (a Thursday): a county paper, so the county
is home (`县农业农村局` → 桃源县农业农村局, `县教育局` → 桃源县教育局, `县人民法院`, `县委` → 中共桃源县委员会,
`县经济开发区管委会` → 桃源县经济开发区管理委员会). Features: a series label (`乡村振兴擂台赛`) and a kicker
over the main title; a winners list in label-colon lines (`一等奖：…`, `二等奖：…`); a 通告 closing with
its two issuing bodies on one line and a date line (`自2025年12月1日起…禁止垂钓`: policy); a caption
credited to an institution and a person (`县融媒体中心 熊 伟 摄`) and one to a reporter
(`（记者 高 翔 摄）`); a school-safety paragraph broken after a comma with another article between its
halves; a paragraph broken mid-word (`精深加|工基地`) with a caption between; a column label
(`便民信息`) over a headline-less item; a headline after its body (`巡回审判到田间`, `油菜播种正当时`);
relative dates (`昨天` = 11-19, `当天`, `同日`, `下周二` = 11-25, `本月28日前`, `本月30日`,
`本月25日`, `本周五` = 11-21, `下周一至下周三` = 11-24..26, `明年1月上旬`; `下周` in a headline is a
week: optional, no value). Events of many closed-list types: competition, award, policy, meeting,
inspection, training, activity, signing, construction, legal, payout, announcement, recruitment,
registration, exam, launch, exhibition, traffic, production. Plans without date or organizer, year
summaries and parts of one happening told twice are optional.

Written at main commit cab2a43, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, up, xun, year

PAPER = "今日桃源"
PUBLISHED = "2025-11-20"
HOME = {"county": "桃源县", "city": "常德市", "province": "湖南省"}

LAYOUT = [
    ("乡村振兴擂台赛", "label", "B0"),
    ("产业兴旺看今朝", "headline", "B0"),                 # kicker
    ("我县举办首届农民丰收技能大赛", "headline", "B0"),
    ("本报讯（记者 向 红 梅 通讯员 熊 伟）11月18日", "body", "B0"),
    ("一等奖：", "body", "B0"),
    ("二等奖：", "body", "B0"),
    ("11月18日，选手在", "caption", "P0"),               # 县融媒体中心 熊 伟 摄
    ("关于黄石水库库区禁止垂钓的通告", "headline", "B1"),
    ("为保障饮用水", "body", "B1"),
    ("一、自2025年12月1日起", "body", "B1"),
    ("二、违反本通告的", "body", "B1"),
    ("特此通告。", "body", "B1"),
    ("桃源县人民政府 桃源县水利局", "body", "B1"),
    ("2025年11月19日", "body", "B1"),
    ("校园安全 警钟长鸣", "headline", "B2"),
    ("本报讯（通讯员 曾 琳）", "body", "B2"),             # breaks after a comma
    ("健康义诊进乡村", "headline", "B3"),
    ("本报讯（通讯员 卜 玲）", "body", "B3"),
    ("并于下周二统一组织", "body", "B2"),                 # the rest of B2's paragraph
    ("我县签约两个产业项目", "headline", "B4"),
    ("本报讯（记者 高 翔）11月17日", "body", "B4"),       # breaks mid-word: 精深加|工
    ("11月17日，签约仪式现场", "caption", "P1"),
    ("工基地。当天", "body", "B4"),
    ("本报讯（通讯员 桃 法）", "body", "B5"),
    ("巡回审判到田间", "headline", "B5"),                 # after its body
    ("冬季救助金发放到户", "headline", "B6"),
    ("本报讯（记者 向 红 梅）记者昨天", "body", "B6"),
    ("我县公开招聘教师120名", "headline", "B7"),
    ("本报讯（记者 高 翔）县人力资源", "body", "B7"),
    ("桃花源游客中心启用", "headline", "B8"),
    ("本报讯（通讯员 陶 然）", "body", "B8"),
    ("便民信息", "label", "B9"),
    ("因沅水大桥桥面维修", "body", "B9"),
    ("连日来，盘塘镇", "body", "B10"),
    ("油菜播种正当时", "headline", "B10"),                # after its body
    ("县人大常委会召开第三十一次会议", "headline", "B11"),
    ("本报讯（记者 向 红 梅）11月19日，县十八届", "body", "B11"),
    ("省农业农村厅调研组", "headline", "B12"),
    ("本报讯（通讯员 熊 伟）", "body", "B12"),
    ("志愿服务暖人心", "headline", "B13"),
    ("本报讯（通讯员 周 敏）", "body", "B13"),
    ("消防安全进企业", "headline", "B14"),
    ("本报讯（通讯员 邓 超）", "body", "B14"),
    ("冬季招聘会下周举行", "headline", "B15"),
    ("本报讯（记者 高 翔）本月25日", "body", "B15"),
    ("县委召开理论学习中心组学习会", "headline", "B16"),
    ("本报讯（记者 向 红 梅）11月19日，中共", "body", "B16"),
]

ARTICLES = {
    "B0": dict(byline=byline(reporters=["向红梅"], correspondents=["熊伟"])),
    "B1": dict(),
    "B2": dict(byline=byline(correspondents=["曾琳"])),
    "B3": dict(byline=byline(correspondents=["卜玲"])),
    "B4": dict(byline=byline(reporters=["高翔"])),
    "B5": dict(byline=byline(correspondents=["桃法"])),
    "B6": dict(byline=byline(reporters=["向红梅"])),
    "B7": dict(byline=byline(reporters=["高翔"])),
    "B8": dict(byline=byline(correspondents=["陶然"])),
    "B9": dict(),
    "B10": dict(),
    "B11": dict(byline=byline(reporters=["向红梅"])),
    "B12": dict(byline=byline(correspondents=["熊伟"])),
    "B13": dict(byline=byline(correspondents=["周敏"])),
    "B14": dict(byline=byline(correspondents=["邓超"])),
    "B15": dict(byline=byline(reporters=["高翔"])),
    "B16": dict(byline=byline(reporters=["向红梅"])),
}
JOINS = [("本报讯（通讯员 曾 琳）", "并于下周二统一组织"),
         ("本报讯（记者 高 翔）11月17日", "工基地。当天")]
PHOTOS = {"P0": dict(photographers=["熊伟"], article="B0"),
          "P1": dict(photographers=["高翔"], article="B4")}

Y24, Y25 = year(2024), year(2025)
N15, N16, N17, N18, N19, N21, N25, N28, N30 = (
    day(f"2025-11-{d:02d}") for d in (15, 16, 17, 18, 19, 21, 25, 28, 30))

DATES = [
    D("熊 伟）[[11月18日]]，由县农业", N18),
    D("[[11月18日]]，选手在", N18),
    D("一、自[[2025年12月1日]]起", day("2025-12-01")),
    D("[[2025年11月19日]]\n", N19),
    D("曾 琳）[[昨天]]，县教育局", N19),
    D("要在[[本月28日前]]完成", N28),
    D("卜 玲）[[11月19日]]，县人民医院", N19),
    D("[[当天]]为群众免费诊疗", N19),
    D("并于[[下周二]]统一组织", N25),
    D("高 翔）[[11月17日]]，桃源县人民政府", N17),
    D("[[11月17日]]，签约仪式现场", N17),
    D("工基地。[[当天]]，桃源县", N17),
    D("铝型材项目[[同日]]开工", N17),
    D("桃 法）[[昨天下午]]，县人民法院", N19),
    D("[[今年以来]]，县人民法院", Y25, OPT),
    D("记者[[昨天]]从县民政局", N19),
    D("我县[[今年]]冬季临时", Y25),
    D("已于[[11月15日]]开始发放", N15),
    D("比[[去年]]提高50元", Y24),
    D("联合县教育局[[昨天]]发布公告", N19),
    D("我县[[今年]]公开招聘", Y25),
    D("报名时间为[[11月24日至27日]]", day("2025-11-24", "2025-11-27")),
    D("笔试定于[[本月30日]]在", N30),
    D("陶 然）[[昨天]]，桃花源景区", N19),
    D("[[同日]]，桃源县博物馆", N19),
    D("维修，[[下周一至下周三]]每天", day("2025-11-24", "2025-11-26")),
    D("下周三[[每天9时至17时]]", VAGUE),
    D("[[连日来]]，盘塘镇", VAGUE),
    D("梅）[[11月19日]]，县十八届", N19),
    D("关于[[2025年度]]财政预算", year(2025), OPT),            # in a report's title
    D("六次会议于[[明年1月上旬]]召开", xun(2026, 1, 0)),
    D("熊 伟）[[11月17日至18日]]，湖南省", day("2025-11-17", "2025-11-18")),
    D("据了解，[[今年]]全县茶园", Y25),
    D("周 敏）[[11月16日]]，漳江街道", N16),
    D("。[[当天]]，共青团", N16),
    D("邓 超）[[本周五]]，县消防", N21),
    D("冬季招聘会[[下周]]举行", VAGUE),                          # a week: no grain
    D("高 翔）[[本月25日]]，县人力", N25),
    D("[[今年1至10月]]，全县城镇", months(2025, 1, 10)),
    D("梅）[[11月19日]]，中共桃源县委", N19),
]

G, IN, CO, PE, PA, SO, CM = "government", "institution", "company", "people", "party", "social", "community"
NYJ = ["桃源县农业农村局"]
JYJ = ["桃源县教育局"]
SLJ = ["桃源县水利局"]
XZF = ["桃源县人民政府"]
FY = ["桃源县人民法院"]
RSJ = ["桃源县人力资源和社会保障局"]
RD = ["桃源县人民代表大会常务委员会", "桃源县人大常委会"]
CYXH = ["桃源县茶叶协会"]
XW = ["中共桃源县委员会", "中共桃源县委", "桃源县委"]

ORGS = [
    O("由[[县农业农村局]]、县总工会", NYJ, G),
    O("、[[县总工会]]联合主办", ["桃源县总工会"], PE),
    O("在[[漳江街道]]白洋河广场", ["桃源县漳江街道"], CM, OPT),          # part of a venue
    O("彭 小 兰（[[桃源县茶叶协会]]）", CYXH, SO),
    O("（[[桃源县农机服务中心]]）", ["桃源县农机服务中心"], IN),
    O("[[县融媒体中心]] 熊 伟 摄", ["桃源县融媒体中心"], IN, OPT),
    O("由[[县水利局]]、县农业农村局依法", SLJ, G),
    O("县水利局、[[县农业农村局]]依法", NYJ, G),
    O("[[桃源县人民政府]] 桃源县水利局", XZF, G),
    O("桃源县人民政府 [[桃源县水利局]]", SLJ, G),
    O("昨天，[[县教育局]]在", JYJ, G),
    O("在[[桃源县第一中学]]召开", ["桃源县第一中学"], IN),
    O("11月19日，[[县人民医院]]组织", ["桃源县人民医院"], IN),
    O("11月17日，[[桃源县人民政府]]与", XZF, G),
    O("与[[湖南沅澧茶业有限公司]]在县城", ["湖南沅澧茶业有限公司"], CO),
    O("当天，[[桃源县经济开发区管委会]]与", ["桃源县经济开发区管理委员会", "桃源县经济开发区管委会"], G),
    O("与[[常德恒昌新材料有限公司]]签约", ["常德恒昌新材料有限公司"], CO),
    O("昨天下午，[[县人民法院]]在", FY, G),
    O("今年以来，[[县人民法院]]已审结", FY, G),
    O("昨天从[[县民政局]]获悉", ["桃源县民政局"], G),
    O("高 翔）[[县人力资源和社会保障局]]联合", RSJ, G),
    O("联合[[县教育局]]昨天发布", JYJ, G),
    O("在[[桃源县职业中专]]举行", ["桃源县职业中专"], IN),
    O("昨天，[[桃花源景区游客服务中心]]正式", ["桃花源景区游客服务中心"], IN, OPT),   # a facility
    O("同日，[[桃源县博物馆]]“武陵山水”", ["桃源县博物馆"], IN),
    O("[[县人大常委会]]召开第三十一次会议\n", RD, G),
    O("11月19日，[[县十八届人大常委会]]召开", RD, G),
    O("审议了[[县人民政府]]关于", XZF, G),
    O("[[省农业农村厅]]调研组来我县", ["湖南省农业农村厅"], G),
    O("18日，[[湖南省农业农村厅]]调研组", ["湖南省农业农村厅"], G),
    O("5家茶叶企业和[[桃源县茶叶协会]]", CYXH, SO),
    O("并在[[县政府]]召开座谈会", XZF, G),
    O("11月16日，[[漳江街道白云社区]]组织", ["桃源县漳江街道白云社区"], CM),
    O("当天，[[共青团桃源县委员会]]还在", ["共青团桃源县委员会"], PE),
    O("本周五，[[县消防救援大队]]将在", ["桃源县消防救援大队"], G),
    O("将在[[桃源县经济开发区]]举办", ["桃源县经济开发区"], G, OPT),        # a place here
    O("本月25日，[[县人力资源和社会保障局]]将在", RSJ, G),
    O("在[[桃源县人力资源市场]]举办", ["桃源县人力资源市场"], IN, OPT),      # a venue
    O("[[县委]]召开理论学习中心组学习会\n", XW, PA),
    O("11月19日，[[中共桃源县委]]召开", XW, PA),
    O("会上，[[县委宣传部]]、", ["中共桃源县委宣传部", "桃源县委宣传部"], PA),
    O("、[[县发展和改革局]]等5个单位", ["桃源县发展和改革局"], G),
]

C, P, M, T, A, W = "count", "percent", "money", "duration", "area", "weight"
CNY = "CNY"
STATS = [
    S("全县[[28个]]乡镇（街道）", "28", "个", C, "exact", "乡镇（街道）"),
    S("的[[36支]]代表队", "36", "支", C, "exact", "代表队"),
    S("[[280余名]]选手", "280", "名", C, "over", "参赛选手"),
    S("茶叶炒制等[[6个]]项目", "6", "个", C, "exact", "比赛项目"),
    S("一等奖[[2名]]", "2", "名", C, "exact", "一等奖"),
    S("二等奖[[4名]]", "4", "名", C, "exact", "二等奖"),
    S("为期[[一个月]]的", "1", "个月", T, "exact", "校园安全隐患大排查期限"),
    S("全县[[126所]]中小学", "126", "所", C, "exact", "中小学、幼儿园"),
    S("组织[[15名]]专家", "15", "名", C, "exact", "义诊专家"),
    S("免费诊疗[[320余人次]]", "320", "人次", C, "over", "免费诊疗群众"),
    S("药品价值[[8000余元]]", "8000", "元", M, "over", "发放药品价值", currency=CNY),
    S("我县签约[[两个]]产业项目", "2", "个", C, "exact", "签约产业项目"),
    S("项目总投资[[5.2亿元]]", "520000000", "元", M, "exact", "茶叶精深加工项目总投资", currency=CNY),
    S("年产茶叶[[3000吨]]", "3000", "吨", W, "exact", "精深加工基地年产茶叶"),
    S("总投资[[3.8亿元]]的铝型材", "380000000", "元", M, "exact", "铝型材项目总投资", currency=CNY),
    S("民事案件[[2150件]]", "2150", "件", C, "exact", "审结民事案件"),
    S("全县[[4200户]]困难家庭", "4200", "户", C, "exact", "困难家庭"),
    S("救助金[[600元]]", "600", "元", M, "exact", "每户临时救助金", currency=CNY),
    S("提高[[50元]]", "50", "元", M, "exact", "临时救助金标准", change=up("去年"), currency=CNY),
    S("招聘教师[[120名]]\n", "120", "名", C, "exact", "公开招聘教师"),
    S("中小学教师[[120名]]", "120", "名", C, "exact", "公开招聘中小学教师"),
    S("建筑面积[[4600平方米]]", "4600", "平方米", A, "exact", "游客服务中心建筑面积"),
    S("展出作品[[150余幅]]", "150", "幅", C, "over", "展出书画作品"),
    S("油菜播种[[2.6万亩]]", "26000", "亩", A, "exact", "完成油菜播种"),
    S("计划面积的[[85%]]", "85", "%", P, "exact", "油菜播种完成计划面积的比例"),
    S("一行[[8人]]", "8", "人", C, "exact", "湖南省农业农村厅调研组"),
    S("茶庵铺镇[[5家]]茶叶企业", "5", "家", C, "exact", "走访茶叶企业"),
    S("茶园面积达[[21万亩]]", "210000", "亩", A, "exact", "全县茶园面积"),
    S("综合产值[[46.8亿元]]", "4680000000", "元", M, "exact", "茶叶综合产值", currency=CNY),
    S("同比增长[[7.5%]]", "7.5", "%", P, "exact", "茶叶综合产值", change=up()),
    S("组织[[30余名]]志愿者", "30", "名", C, "over", "志愿者"),
    S("卫生死角[[40多处]]", "40", "处", C, "over", "清理卫生死角"),
    S("冬衣[[260件]]", "260", "件", C, "exact", "捐赠冬衣"),
    S("全县[[60余家]]规模以上企业", "60", "家", C, "over", "参训规模以上企业"),
    S("预计[[52家]]企业", "52", "家", C, "exact", "参会企业"),
    S("就业岗位[[1300余个]]", "1300", "个", C, "over", "就业岗位"),
    S("岗位占[[四成左右]]", "40", "成", P, "about", "技术类岗位占比", OPT),     # X成
    S("城镇新增就业[[5860人]]", "5860", "人", C, "exact", "城镇新增就业"),
    S("目标任务的[[106%]]", "106", "%", P, "exact", "城镇新增就业完成年度目标任务的比例"),
    S("等[[5个]]单位", "5", "个", C, "exact", "交流发言单位"),
]

EVENTS = [
    # B0: contest and winners
    E("首届农民丰收技能大赛在漳江街道白洋河广场举行", "competition", "大赛", N18,
      location="漳江街道白洋河广场", organizers=["县农业农村局", "县总工会"]),
    E("大赛共评出一等奖2名、二等奖4名", "award", "评出", N18),
    E("选手在茶叶炒制项目中比拼手艺", "competition", "比拼", N18, opt=True),            # the caption
    # B1: the notice
    E("黄石水库库区及一级保护区范围内禁止垂钓", "policy", "禁止", day("2025-12-01"),
      location="黄石水库", organizers=["桃源县人民政府", "桃源县水利局"]),
    E("由县水利局、县农业农村局依法查处", "legal", "查处", opt=True),                   # a rule, not a case
    E("特此通告", "announcement", "通告", N19, opt=True),
    # B2: school safety, broken across columns
    E("县教育局在桃源县第一中学召开全县冬季校园安全工作会议", "meeting", "召开", N19,
      location="桃源县第一中学", organizers=["县教育局"]),
    E("部署开展为期一个月的校园安全隐患大排查", "inspection", "排查", organizers=["县教育局"]),
    E("要在本月28日前完成消防设施检查", "inspection", "检查", N28),
    E("统一组织学生开展应急疏散演练", "training", "演练", N25),
    # B3: free clinic
    E("县人民医院组织15名专家在陬市镇开展“健康下乡”义诊活动", "activity", "义诊", N19, location="陬市镇",
      organizers=["县人民医院"], theme="健康下乡"),
    # B4: signings, construction
    E("桃源县人民政府与湖南沅澧茶业有限公司在县城签订合作协议", "signing", "签订", N17, location="县城",
      organizers=["桃源县人民政府"], participants=["湖南沅澧茶业有限公司"]),
    E("桃源县经济开发区管委会与常德恒昌新材料有限公司签约", "signing", "签约", N17,
      organizers=["桃源县经济开发区管委会"], participants=["常德恒昌新材料有限公司"]),
    E("铝型材项目同日开工", "construction", "开工", N17),
    E("签约仪式现场", "signing", "签约", N17, opt=True),                                # the caption
    # B5: court
    E("县人民法院在理公港镇公开开庭审理一起土地承包合同纠纷案件", "legal", "审理", N19,
      location="理公港镇", organizers=["县人民法院"]),
    E("经法官调解", "legal", "调解", N19, opt=True),                                    # the same case
    E("县人民法院已审结各类民事案件2150件", "legal", "审结", Y25, opt=True),            # a year summary
    # B6: payout
    E("冬季临时救助金已于11月15日开始发放", "payout", "发放", N15, organizers=["县民政局"]),
    # B7: recruitment
    E("县人力资源和社会保障局联合县教育局昨天发布公告", "announcement", "发布", N19,
      organizers=["县人力资源和社会保障局", "县教育局"]),
    E("我县今年公开招聘中小学教师120名", "recruitment", "招聘", Y25),
    E("报名时间为11月24日至27日", "registration", "报名", day("2025-11-24", "2025-11-27")),
    E("笔试定于本月30日在桃源县职业中专举行", "exam", "笔试", N30, location="桃源县职业中专"),
    # B8: launch, exhibition
    E("桃花源景区游客服务中心正式投入使用", "launch", "投入使用", N19),
    E("“武陵山水”书画作品展开展", "exhibition", "开展", N19, organizers=["桃源县博物馆"], theme="武陵山水"),
    # B9: bridge
    E("大桥实行单向交通管制", "traffic", "交通管制", day("2025-11-24", "2025-11-26"), location="沅水大桥"),
    # B10: sowing
    E("盘塘镇抢抓晴好天气播种油菜", "production", "播种", location="盘塘镇"),
    # B11: the standing committee
    E("县十八届人大常委会召开第三十一次会议", "meeting", "召开", N19, organizers=["县十八届人大常委会"]),
    E("县十八届人大六次会议于明年1月上旬召开", "meeting", "召开", xun(2026, 1, 0)),
    # B12: provincial survey
    E("湖南省农业农村厅调研组一行8人来我县调研茶产业发展", "inspection", "调研",
      day("2025-11-17", "2025-11-18"), organizers=["湖南省农业农村厅调研组"]),
    E("先后走访了茶庵铺镇5家茶叶企业", "visit", "走访", day("2025-11-17", "2025-11-18"), opt=True),
    E("并在县政府召开座谈会", "meeting", "座谈会", day("2025-11-17", "2025-11-18"), location="县政府"),
    # B13: volunteers, donation
    E("开展“清洁家园”志愿服务活动", "activity", "志愿服务", N16, organizers=["漳江街道白云社区"],
      theme="清洁家园"),
    E("为困难儿童捐赠冬衣260件", "payout", "捐赠", N16, organizers=["共青团桃源县委员会"],
      participants=["困难儿童"], theme="青春暖冬"),
    # B14: fire-safety class
    E("县消防救援大队将在桃源县经济开发区举办企业消防安全培训班", "training", "培训班", N21,
      location="桃源县经济开发区", organizers=["县消防救援大队"]),
    # B15: job fair
    E("在桃源县人力资源市场举办冬季专场招聘会", "recruitment", "招聘会", N25, location="桃源县人力资源市场",
      organizers=["县人力资源和社会保障局"]),
    # B16: party study session
    E("11月19日，中共桃源县委召开理论学习中心组学习会", "meeting", "召开", N19, organizers=["中共桃源县委"]),
]
