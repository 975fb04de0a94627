"""抚松报, 抚松县融媒体中心 (抚松县, 白山市, 吉林省), 2025-12-04 (a Thursday): a county paper page.
Features: a series label (`冰雪强县 奋楫争先`); a kicker over a title (`以赛育才 以技兴业` / `全县首届职业技能
大赛决出名次`); a winners list in label-colon lines (`一等奖：赵 德 胜（抚松县第二中学）、…`, six units as
organizations, a town school and a town government resolved with the county); a 通告 with numbered articles,
two issuing bodies on their own lines and a date line (`禁止在头道松花江…冰面上滑冰…` from
`2025年12月5日起至2026年3月20日`: policy); a caption credited to the county media centre and a person
(`县融媒体中心 崔 永 明 摄`) and one credited to an institution only (`（县教育局供图）`); a paragraph broken
after a comma (`…380余家客商参会，` | `现场签约…`) with another article, its headline and a caption between; a
paragraph broken mid-word (`温泉文化展示中|心`) with a caption between; six headlines after their bodies.
County bodies resolve with the county (`县市场监管局` → 抚松县市场监督管理局, `团县委` → 共青团抚松县委员会,
`县法院`, `县人民法院北岗法庭`; `省委` in a session's name, optional). Relative dates: `昨天上午`, `昨天` =
12-03, `当天` (after `昨天上午`), `下周一` = 12-08, `下周三起至本月20日`, `本月1日至2日`, `本月2日`, `本月3日`,
`本月5日`, `本月8日`, `本月13日`, `即日起至本月10日`, `明年5月`, `第四季度`; `今年以来`, `本学期` optional.
Events of many types; plans, year summaries and parts of one happening are optional.

Written at main commit cf4bc70, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, quarter, up, year

PAPER = "抚松报"
PUBLISHED = "2025-12-04"
HOME = {"county": "抚松县", "city": "白山市", "province": "吉林省"}

LAYOUT = [
    ("冰雪强县", "label", "A0"),
    ("第十二届人参节", "headline", "A0"),
    ("本报讯（记者 孙 丽 娜 通讯员", "body", "A0"),        # breaks after a comma
    ("本报讯（记者 王 海 涛）本月2日", "body", "A1"),
    ("县委常委会召开会议部署", "headline", "A1"),           # after its body
    ("12月3日，客商", "caption", "P0"),                     # 县融媒体中心 崔 永 明 摄
    ("现场签约人参", "body", "A0"),                         # the rest of A0's paragraph
    ("以赛育才", "headline", "A2"),                         # kicker
    ("全县首届职业技能", "headline", "A2"),
    ("本报讯（通讯员 朴 春 花）本月1日", "body", "A2"),
    ("一等奖：", "body", "A2"),
    ("二等奖：", "body", "A2"),
    ("关于冬季禁止", "headline", "A3"),
    ("为切实保障", "body", "A3"),
    ("一、自2025年", "body", "A3"),
    ("二、各乡镇", "body", "A3"),
    ("三、对违反", "body", "A3"),
    ("抚松县人民政府", "body", "A3"),
    ("抚松县应急管理局", "body", "A3"),
    ("2025年12月3日", "body", "A3"),
    ("本报讯（通讯员 姜 红）", "body", "A4"),               # breaks mid-word
    ("露水河镇中心小学学生", "caption", "P1"),              # （县教育局供图）
    ("心，计划明年5月", "body", "A4"),                      # the rest of A4's paragraph
    ("仙人桥镇温泉", "headline", "A4"),                     # after its body
    ("“冰雪进校园”活动启动", "headline", "A5"),
    ("本报讯（记者 孙 丽 娜）县教育局", "body", "A5"),
    ("本报讯（记者 王 海 涛）县公安局", "body", "A6"),
    ("S302线", "headline", "A6"),                           # after its body
    ("县法院巡回", "headline", "A7"),
    ("本报讯（通讯员 许 丹）", "body", "A7"),
    ("本报讯（记者 孙 丽 娜）县市场监管局", "body", "A8"),
    ("县市场监管局公布", "headline", "A8"),                 # after its body
    ("65岁以上老人", "headline", "A9"),
    ("本报讯（通讯员 金 哲）", "body", "A9"),
    ("本报讯（记者 王 海 涛）本月3日", "body", "A10"),
    ("团县委县妇联", "headline", "A10"),                    # after its body
    ("县第三届冰雪运动会", "headline", "A11"),
    ("本报讯（通讯员 朴 春 花）抚松县", "body", "A11"),
    ("全县人参产业产值", "headline", "A12"),
    ("本报讯（记者 孙 丽 娜）今年", "body", "A12"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["孙丽娜"], correspondents=["金哲"])),
    "A1": dict(byline=byline(reporters=["王海涛"])),
    "A2": dict(byline=byline(correspondents=["朴春花"])),
    "A3": dict(),
    "A4": dict(byline=byline(correspondents=["姜红"])),
    "A5": dict(byline=byline(reporters=["孙丽娜"])),
    "A6": dict(byline=byline(reporters=["王海涛"])),
    "A7": dict(byline=byline(correspondents=["许丹"])),
    "A8": dict(byline=byline(reporters=["孙丽娜"])),
    "A9": dict(byline=byline(correspondents=["金哲"])),
    "A10": dict(byline=byline(reporters=["王海涛"])),
    "A11": dict(byline=byline(correspondents=["朴春花"])),
    "A12": dict(byline=byline(reporters=["孙丽娜"])),
}
JOINS = [("本报讯（记者 孙 丽 娜 通讯员", "现场签约人参"), ("本报讯（通讯员 姜 红）", "心，计划明年5月")]
PHOTOS = {
    "P0": dict(photographers=["崔永明"], article="A0"),
    "P1": dict(photographers=[], article="A5"),
}

D1, D2, D3 = day("2025-12-01"), day("2025-12-02"), day("2025-12-03")
MON = day("2025-12-08")

DATES = [
    D("[[昨天上午]]，第十二届", D3),
    D("）[[本月2日]]，县委常委会", D2),
    D("[[12月3日]]，客商", D3),
    D("[[当天]]，市场鲜参", D3),
    D("持续至[[本月5日]]", day("2025-12-05")),
    D("）[[本月1日至2日]]，由县", day("2025-12-01", "2025-12-02")),
    D("自[[2025年12月5日起至2026年3月20日]]止", day("2025-12-05", "2026-03-20")),
    D("应急管理局\n[[2025年12月3日]]", D3),
    D("）[[本月2日]]，仙人桥镇", D2),
    D("该镇[[今年以来]]", year(2025), OPT),
    D("[[目前]]，镇里", VAGUE),
    D("计划[[明年5月]]对外", month(2026, 5)),
    D("县教育局[[昨天]]启动", D3),
    D("中小学校[[本学期]]每周", VAGUE),
    D("于[[下周一]]起参加", MON),
    D("交通警察大队[[昨天]]发布", D3),
    D("[[下周三起至本月20日]]", day("2025-12-10", "2025-12-20")),
    D("）[[本月1日]]，县人民法院", D1),
    D("[[今年以来]]，该庭", year(2025), OPT),
    D("县市场监管局[[昨天]]公布", D3),
    D("公布[[第四季度]]人参", quarter(2025, 4)),
    D("县卫生健康局[[近日]]印发", VAGUE),
    D("自[[本月8日]]起", MON),
    D("）[[本月3日]]，团县委", D3),
    D("运动会[[本月13日]]开幕", day("2025-12-13")),
    D("将于[[本月13日]]在县城", day("2025-12-13")),
    D("[[即日起至本月10日]]", day("2025-12-04", "2025-12-10")),
    D("）[[今年]]，全县", year(2025)),
    D("介绍，[[明年]]将重点", year(2026)),
]

G, PA, PE, IN, CO = "government", "party", "people", "institution", "company"
ORGS = [
    O("在[[万良长白山人参市场]]开幕", ["万良长白山人参市场"], CO, OPT),          # a market (a site)
    O("由[[县人民政府]]主办", ["抚松县人民政府"], G),
    O("[[县人参产业发展中心]]承办", ["抚松县人参产业发展中心"], IN),
    O("）本月2日，[[县委常委会]]召开", ["中共抚松县委常委会", "中共抚松县委员会常务委员会"], PA),
    O("传达学习[[省委]]十二届", ["中共吉林省委", "中国共产党吉林省委员会"], PA, OPT),   # in a session's name
    O("[[县委常委会]]召开会议部署", ["中共抚松县委常委会", "中共抚松县委员会常务委员会"], PA),
    O("在[[万良长白山人参市场]]选购", ["万良长白山人参市场"], CO, OPT),
    O("[[县融媒体中心]] 崔", ["抚松县融媒体中心"], IN),
    O("由[[县人力资源和社会保障局]]", ["抚松县人力资源和社会保障局"], G),
    O("、[[县总工会]]联合", ["抚松县总工会"], PE),
    O("在[[县职业教育中心]]举行", ["抚松县职业教育中心"], IN),
    O("（[[抚松县第二中学]]）", ["抚松县第二中学"], IN),
    O("（[[县职业教育中心]]）", ["抚松县职业教育中心"], IN),
    O("（[[抚松长白山大酒店]]）", ["抚松长白山大酒店"], CO),
    O("（[[万良镇中心学校]]）", ["抚松县万良镇中心学校", "万良镇中心学校"], IN),
    O("（[[县人民医院]]）", ["抚松县人民医院"], IN),
    O("（[[泉阳镇人民政府]]）", ["抚松县泉阳镇人民政府", "泉阳镇人民政府"], G),
    O("[[抚松县人民政府]]\n抚松县应急", ["抚松县人民政府"], G),
    O("[[抚松县应急管理局]]", ["抚松县应急管理局"], G),
    O("[[露水河镇中心小学]]学生", ["抚松县露水河镇中心小学", "露水河镇中心小学"], IN),
    O("（[[县教育局]]供图）", ["抚松县教育局"], G),
    O("）[[县教育局]]昨天启动", ["抚松县教育局"], G),
    O("。[[县教育局]]为学校", ["抚松县教育局"], G),
    O("[[县公安局交通警察大队]]昨天", ["抚松县公安局交通警察大队"], G),
    O("[[县法院]]巡回", ["抚松县人民法院"], G),
    O("[[县人民法院北岗法庭]]在北岗镇", ["抚松县人民法院北岗法庭"], G),
    O("）[[县市场监管局]]昨天公布", ["抚松县市场监督管理局"], G),
    O("。[[县市场监管局]]提醒", ["抚松县市场监督管理局"], G),
    O("[[县市场监管局]]公布人参", ["抚松县市场监督管理局"], G),
    O("[[县卫生健康局]]近日", ["抚松县卫生健康局"], G),
    O("[[团县委]]、县妇联", ["共青团抚松县委员会"], PE),
    O("、[[县妇联]]在", ["抚松县妇女联合会"], PE),
    O("[[团县委]]县妇联开展", ["共青团抚松县委员会"], PE),
    O("团县委[[县妇联]]开展", ["抚松县妇女联合会"], PE),
    O("到[[县文化广电和旅游局]]报名", ["抚松县文化广电和旅游局"], G),
    O("。[[县人参产业发展中心]]负责人", ["抚松县人参产业发展中心"], IN),
]

C, P, M, T, A, W = "count", "percent", "money", "duration", "area", "weight"
CNY = "CNY"
STATS = [
    S("全国[[20余个]]省份", "20", "个", C, "over", "省份"),
    S("[[380余家]]客商", "380", "家", C, "over", "参会客商"),
    S("精深加工项目[[6个]]", "6", "个", C, "exact", "现场签约人参精深加工项目"),
    S("签约金额达[[8.6亿元]]", "860000000", "元", M, "exact", "人参精深加工项目签约金额", currency=CNY),
    S("交易量达[[120吨]]", "120", "吨", W, "exact", "市场鲜参交易量"),
    S("成交额[[约1.1亿元]]", "110000000", "元", M, "about", "鲜参成交额", currency=CNY),
    S("为期[[3天]]", "3", "天", T, "exact", "交易会"),
    S("中式烹调[[3个]]赛项", "3", "个", C, "exact", "赛项"),
    S("[[146名]]选手", "146", "名", C, "exact", "参赛选手"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[3名]]", "3", "名", C, "exact", "二等奖"),
    S("总投资[[4.2亿元]]", "420000000", "元", M, "exact", "仙人桥镇温泉康养小镇二期项目总投资", currency=CNY),
    S("占地面积[[约15公顷]]", "15", "公顷", A, "about", "项目占地面积"),
    S("床位[[800张]]", "800", "张", C, "exact", "新增床位"),
    S("就业[[300余人]]", "300", "人", C, "over", "带动周边群众就业"),
    S("温泉游客[[18.6万人次]]", "186000", "人次", C, "exact", "该镇接待温泉游客"),
    S("增长[[23.4%]]", "23.4", "%", P, "exact", "该镇接待温泉游客", change=up()),
    S("全县[[28所]]中小学校", "28", "所", C, "exact", "中小学校"),
    S("不少于[[2节]]", "2", "节", C, "over", "每周冰雪体育课"),
    S("器材[[1200余套]]", "1200", "套", C, "over", "配发器材"),
    S("组织[[42名]]体育教师", "42", "名", C, "exact", "体育教师"),
    S("为期[[5天]]", "5", "天", T, "exact", "冰雪运动教学培训"),
    S("共计[[26.8万元]]", "268000", "元", M, "exact", "货款及违约金", currency=CNY),
    S("案件[[137件]]", "137", "件", C, "exact", "审结涉农纠纷案件"),
    S("制品[[82批次]]", "82", "批次", C, "exact", "抽检人参及制品"),
    S("合格率[[97.6%]]", "97.6", "%", P, "exact", "合格率"),
    S("不合格的[[2批次]]", "2", "批次", C, "exact", "不合格产品"),
    S("[[65岁以上]]老人", "65", "岁", C, "over", "老人", OPT),                 # an age
    S("全县[[14家]]基层", "14", "家", C, "exact", "基层医疗卫生机构"),
    S("为[[65岁以上]]老年人", "65", "岁", C, "over", "老年人", OPT),
    S("接种[[1.5万人次]]", "15000", "人次", C, "exact", "接种流感疫苗"),
    S("[[60余名]]志愿者", "60", "名", C, "over", "志愿者"),
    S("物资[[500余件]]", "500", "件", C, "over", "物资"),
    S("价值[[约4万元]]", "40000", "元", M, "about", "物资价值", currency=CNY),
    S("等[[8个]]项目", "8", "个", C, "exact", "运动会项目"),
    S("限报[[1支]]队伍", "1", "支", C, "exact", "每个单位报名队伍"),
    S("不超过[[15人]]", "15", "人", C, "under", "每队人数"),
    S("产业产值预计达[[120亿元]]", "12000000000", "元", M, "exact", "全县人参产业产值", currency=CNY),
    S("种植面积[[2.3万亩]]", "23000", "亩", A, "exact", "新增人参林下种植面积"),
    S("总产值预计达[[120亿元]]", "12000000000", "元", M, "exact", "人参产业总产值", currency=CNY),
    S("同比增长[[8.2%]]", "8.2", "%", P, "exact", "人参产业总产值", change=up()),
    S("发展到[[186家]]", "186", "家", C, "exact", "人参加工企业"),
    S("规模以上企业[[41家]]", "41", "家", C, "exact", "规模以上企业"),
]

EVENTS = [
    E("冬季交易会在万良长白山人参市场开幕", "exhibition", "开幕", D3, location="万良长白山人参市场",
      organizers=["县人民政府", "县人参产业发展中心"]),
    E("县委常委会召开会议，传达", "meeting", "召开", D2, organizers=["县委常委会"]),
    E("现场签约人参精深加工项目6个", "signing", "签约", D3),
    E("抚松县首届职业技能大赛在县职业教育中心举行", "competition", "举行", day("2025-12-01", "2025-12-02"),
      location="县职业教育中心", organizers=["县人力资源和社会保障局", "县总工会"]),
    E("共评出一等奖3名", "award", "评出", day("2025-12-01", "2025-12-02"),
      organizers=["县人力资源和社会保障局", "县总工会"]),
    E("禁止在头道松花江", "policy", "禁止", day("2025-12-05", "2026-03-20"),
      organizers=["抚松县人民政府", "抚松县应急管理局"]),
    E("要加强巡查", "inspection", "巡查", opt=True),                                     # no date of its own
    E("二期项目开工建设", "construction", "开工", D2, location="仙人桥镇"),
    E("计划明年5月对外开放", "schedule", "对外开放", month(2026, 5), opt=True),            # a plan
    E("县教育局昨天启动“冰雪进校园”活动", "activity", "启动", D3, organizers=["县教育局"],
      theme="冰雪进校园"),
    E("为学校配发滑雪板", "payout", "配发", opt=True),                                   # part of the campaign
    E("参加为期5天的冰雪运动教学培训", "training", "培训", day("2025-12-08", "2025-12-12"),
      organizers=["县教育局"]),
    E("昨天发布通知", "announcement", "发布", D3, organizers=["县公安局交通警察大队"]),
    E("实施半幅通行管制", "traffic", "通行管制", day("2025-12-10", "2025-12-20"),
      location="S302线东岗至漫江段"),
    E("在北岗镇巡回审理", "legal", "审理", D1, location="北岗镇", organizers=["县人民法院北岗法庭"]),
    E("经法官调解", "legal", "调解", D1, opt=True),                                      # the same hearing
    E("已审结涉农纠纷案件137件", "legal", "审结", year(2025), opt=True),                 # a year summary
    E("昨天公布第四季度人参产品质量抽检结果", "announcement", "公布", D3, organizers=["县市场监管局"]),
    E("共抽检人参及制品82批次", "inspection", "抽检", quarter(2025, 4), organizers=["县市场监管局"]),
    E("印发《抚松县冬季流感防控工作方案》", "policy", "印发", organizers=["县卫生健康局"]),
    E("老年人免费接种流感疫苗", "activity", "接种", MON, location="全县14家基层医疗卫生机构",
      organizers=["县卫生健康局"]),
    E("开展“暖冬行动”志愿服务活动", "activity", "开展", D3, location="县城体育广场",
      organizers=["团县委", "县妇联"], theme="暖冬行动"),
    E("送去棉衣", "payout", "送去", D3, opt=True),                                       # part of the activity
    E("冰雪运动会将于本月13日在县城北山滑雪场开幕", "competition", "开幕", day("2025-12-13"),
      location="县城北山滑雪场"),
    E("可到县文化广电和旅游局报名", "registration", "报名", day("2025-12-04", "2025-12-10"),
      location="县文化广电和旅游局", organizers=["县文化广电和旅游局"]),
]
