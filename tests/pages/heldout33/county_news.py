"""今日桐庐, 桐庐县融媒体中心 (桐庐县, 杭州市, 浙江省), 2026-04-16 (a Thursday): a county paper page.
Features: a column label (`乡村振兴`); a kicker over a title (`春茶采摘进入旺季` / `全县春茶鲜叶交易额…`); a paragraph
broken after a comma (`…同比增长11.3%，` | `其中名优茶交易额占比超过六成。…`) with another article and its after-body
headline between; a road-works article closed by its 通告 (`特此通告。`, two issuing bodies and a date line); two
captions credited to an institution and a person (`县融媒体中心 何 丽 娟 摄`, `县消防救援大队 孙 浩 摄`), one standing
between its body and its headline; a compound surname in layout spaces (`申 屠 晓 燕`); two items without headline; many
headlines after their bodies. Bodies written short resolve with the county (`县农业农村局` ×3, `县人民医院` ×2,
`县中医院`, `团县委` ×2, `县青年志愿者协会`, `县交通运输局`, `县市场监管局`, `县人民法院` ×2, `县人力社保局`, `县政府`
×3, `县文化和广电旅游体育局`, `县民政局`, `县消防救援大队` ×3, `县教育局`, `县融媒体中心`). Relative dates:
`昨天`/`昨天上午`/ `昨天下午`/`截至昨天` = 04-15, `当天` (the 义诊's, the festival's), `本周日` = 04-19 (also in a
title) with `农历三月初三` = 04-19, `本周一` = 04-13, `本周二` = 04-14, `本月X日`, `4月下旬` ×2, `4月底`, `3月中旬`,
`一季度` ×2, a solar term (`谷雨` = 04-20). The festival's name (`“三月三”`) is an optional date.

Written at main commit 40e7628, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, quarter, up, xun, year

PAPER = "今日桐庐"
PUBLISHED = "2026-04-16"
HOME = {"county": "桐庐县", "city": "杭州市", "province": "浙江省"}

LAYOUT = [
    ("乡村振兴", "label", "T0"),
    ("春茶采摘进入旺季", "headline", "T0"),                   # kicker
    ("全县春茶鲜叶交易额", "headline", "T0"),
    ("本报讯（记者 方 晓 蕾 通讯员", "body", "T0"),          # breaks after a comma
    ("本报讯（通讯员 申 屠 晓 燕）", "body", "T1"),
    ("县人民医院送医", "headline", "T1"),                     # after its body
    ("其中名优茶", "body", "T0"),                             # the rest of T0's paragraph
    ("采茶工在钟山乡", "caption", "P0"),                      # 县融媒体中心 何 丽 娟 摄
    ("本报讯（记者 姚 宇 航）本周日", "body", "T2"),
    ("畲乡“三月三”", "headline", "T2"),                       # after its body
    ("本报讯（通讯员 林 佳）本月13日", "body", "T3"),
    ("青年志愿者护美", "headline", "T3"),                     # after its body
    ("富春路部分路段", "headline", "T4"),
    ("本报讯（记者 姚 宇 航）记者从县交通", "body", "T4"),
    ("为保障施工安全", "body", "T4"),                         # the notice closing the article
    ("特此通告。", "body", "T4"),
    ("桐庐县公安局交通警察大队", "body", "T4"),
    ("桐庐县交通运输局", "body", "T4"),
    ("2026年4月15日", "body", "T4"),
    ("本报讯（通讯员 徐 立 新）本周一", "body", "T5"),
    ("春茶质量安全专项抽检启动", "headline", "T5"),           # after its body
    ("县人民法院宣判", "headline", "T6"),
    ("本报讯（通讯员 钟 敏）本月14日", "body", "T6"),
    ("本报讯（记者 方 晓 蕾）记者从县人力社保局", "body", "T7"),   # no headline
    ("县政府召开第十五次", "headline", "T8"),
    ("本报讯（记者 姚 宇 航）本周二", "body", "T8"),
    ("本报讯（通讯员 俞 建 平）本月10日", "body", "T9"),
    ("困难群众救助金", "headline", "T9"),                     # after its body
    ("本报讯（通讯员 钟 敏）昨天下午", "body", "T10"),
    ("消防员在演练中", "caption", "P1"),                      # 县消防救援大队 孙 浩 摄
    ("县消防救援大队开展", "headline", "T10"),                # after its body and caption
    ("本报讯（记者 方 晓 蕾）本月13日", "body", "T11"),
    ("瑶琳仙境提升项目", "headline", "T11"),                  # after its body
    ("本报讯（通讯员 林 佳）县教育局", "body", "T12"),         # no headline
    ("本报讯（通讯员 徐 立 新）谷雨", "body", "T13"),
    ("早稻育秧有序推进", "headline", "T13"),                  # after its body
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["方晓蕾"], correspondents=["俞建平"])),
    "T1": dict(byline=byline(correspondents=["申屠晓燕"])),
    "T2": dict(byline=byline(reporters=["姚宇航"])),
    "T3": dict(byline=byline(correspondents=["林佳"])),
    "T4": dict(byline=byline(reporters=["姚宇航"])),
    "T5": dict(byline=byline(correspondents=["徐立新"])),
    "T6": dict(byline=byline(correspondents=["钟敏"])),
    "T7": dict(byline=byline(reporters=["方晓蕾"])),
    "T8": dict(byline=byline(reporters=["姚宇航"])),
    "T9": dict(byline=byline(correspondents=["俞建平"])),
    "T10": dict(byline=byline(correspondents=["钟敏"])),
    "T11": dict(byline=byline(reporters=["方晓蕾"])),
    "T12": dict(byline=byline(correspondents=["林佳"])),
    "T13": dict(byline=byline(correspondents=["徐立新"])),
}
JOINS = [("本报讯（记者 方 晓 蕾 通讯员", "其中名优茶")]
PHOTOS = {
    "P0": dict(photographers=["何丽娟"], article="T0"),
    "P1": dict(photographers=["孙浩"], article="T10"),
}

D15, D13, D14, D19 = day("2026-04-15"), day("2026-04-13"), day("2026-04-14"), day("2026-04-19")
LATE_APR = xun(2026, 4, 2)
Q1 = quarter(2026, 1)
DATES = [
    D("）[[眼下]]正值", VAGUE, OPT),
    D("记者[[昨天]]从县农业", D15),
    D("，[[今年]]全县茶园", year(2026)),
    D("自[[3月中旬]]开采", xun(2026, 3, 1)),
    D("）[[昨天上午]]，县人民医院", D15),
    D("[[当天]]共服务群众", D15),
    D("介绍，[[4月下旬]]起", LATE_APR),
    D("）[[本周日]]是", D19),
    D("是[[农历三月初三]]，", D19),
    D("畲族“[[三月三]]”民俗", D19, OPT),                          # the festival's name
    D("[[当天]]将举行", D19),
    D("畲乡“[[三月三]]”本周日", D19, OPT),
    D("”[[本周日]]开幕", D19),
    D("）[[本月13日]]，团县委", D13),
    D("表示，[[今年]]此类活动", year(2026)),
    D("富春路部分路段[[4月20日]]起", day("2026-04-20")),
    D("自[[2026年4月20日起至5月29日]]止", day("2026-04-20", "2026-05-29")),
    D("\n[[2026年4月15日]]\n", D15),
    D("）[[本周一]]，县市场", D13),
    D("在[[4月底]]前", LATE_APR),
    D("截至[[昨天]]，已完成", D15),
    D("）[[本月14日]]，县人民法院", D14),
    D("，[[2026年]]桐庐县“春风行动”", year(2026), OPT),            # a year inside the fair's name
    D("将于[[4月下旬]]在县人力", LATE_APR),
    D("，[[目前]]已有73家", VAGUE, OPT),
    D("）[[本周二]]，县政府", D14),
    D("关于[[一季度]]全县旅游", Q1),
    D("）[[本月10日]]，县民政局", day("2026-04-10")),
    D("完成[[一季度]]困难群众", Q1),
    D("）[[昨天下午]]，县消防", D15),
    D("）[[本月13日]]，县政府与", D13),
    D("预计[[每年]]新增游客", VAGUE, OPT),
    D("，[[2026年]]桐庐县初中", year(2026), OPT),                  # a year inside the exam's name
    D("将于[[4月25日至26日]]在县体育中心", day("2026-04-25", "2026-04-26")),
    D("）[[谷雨]]将至", day("2026-04-20")),
    D("截至[[本月15日]]，全县", D15),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
NYJ = ["桐庐县农业农村局"]
YY = ["桐庐县人民医院"]
TXW = ["共青团桐庐县委员会"]
JTJ = ["桐庐县交通运输局"]
FY = ["桐庐县人民法院"]
ZF = ["桐庐县人民政府"]
XF = ["桐庐县消防救援大队"]
ORGS = [
    O("记者昨天从[[县农业农村局]]获悉", NYJ, G),
    O("，[[县人民医院]]联合", YY, IN),
    O("联合[[县中医院]]在", ["桐庐县中医院"], IN),
    O("\n[[县人民医院]]送医", YY, IN),
    O("。[[县农业农村局]]相关负责人", NYJ, G),
    O("春茶。 [[县融媒体中心]] 何", ["桐庐县融媒体中心"], IN),
    O("畲族乡[[中门民族村]]开幕", ["中门民族村"], "community", OPT),              # a village
    O("，[[团县委]]联合", TXW, PE),
    O("联合[[县青年志愿者协会]]在", ["桐庐县青年志愿者协会"], SO),
    O("。[[团县委]]相关负责人", TXW, PE),
    O("记者从[[县交通运输局]]获悉", JTJ, G),
    O("\n[[桐庐县公安局交通警察大队]]\n", ["桐庐县公安局交通警察大队"], G),
    O("\n[[桐庐县交通运输局]]\n", JTJ, G),
    O("，[[县市场监管局]]启动", ["桐庐县市场监督管理局"], G),
    O("\n[[县人民法院]]宣判", FY, G),
    O("，[[县人民法院]]公开", FY, G),
    O("记者从[[县人力社保局]]获悉", ["桐庐县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["桐庐县人力资源市场"], IN, OPT),                # a venue
    O("\n[[县政府]]召开", ZF, G),
    O("）本周二，[[县政府]]召开", ZF, G),
    O("听取[[县文化和广电旅游体育局]]关于", ["桐庐县文化和广电旅游体育局"], G),
    O("，[[县民政局]]完成", ["桐庐县民政局"], G),
    O("，[[县消防救援大队]]在", XF, G),
    O("在[[桐庐经济开发区]]一家", ["桐庐经济开发区管理委员会", "桐庐经济开发区"], G, OPT),   # a zone, a place
    O("水带。 [[县消防救援大队]] 孙", XF, G),
    O("\n[[县消防救援大队]]开展", XF, G),
    O("，[[县政府]]与浙江", ZF, G),
    O("与[[浙江瑶琳文旅发展有限公司]]签订", ["浙江瑶琳文旅发展有限公司"], CO),
    O("）[[县教育局]]提醒", ["桐庐县教育局"], G),
    O("在[[县体育中心]]举行", ["桐庐县体育中心"], IN, OPT),                         # a venue
    O("，[[县农业农村局]]组派", NYJ, G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
STATS = [
    S("交易额突破[[1.6亿元]]\n", "160000000", "元", M, "over", "春茶鲜叶交易额", currency=CNY),
    S("面积达[[12.6万亩]]", "126000", "亩", A, "exact", "全县茶园面积"),
    S("已突破[[1.6亿元]]", "160000000", "元", M, "over", "春茶鲜叶交易额", currency=CNY),
    S("同比增长[[11.3%]]", "11.3", "%", P, "exact", "春茶鲜叶交易额", change=up("上年同期")),
    S("，[[20余名]]医护人员", "20", "名", C, "over", "参加义诊的医护人员"),
    S("服务群众[[460余人次]]", "460", "人次", C, "over", "服务群众"),
    S("占比[[超过六成]]", "0.6", "成", P, "over", "名优茶交易额占比", OPT),            # X成
    S("等[[12项]]活动", "12", "项", C, "exact", "文化节活动"),
    S("游客[[1.5万人次以上]]", "15000", "人次", C, "over", "预计吸引游客"),
    S("组织[[86名]]青年志愿者", "86", "名", C, "exact", "青年志愿者"),
    S("江岸垃圾[[1.2吨]]", "1.2", "吨", W, "exact", "清理江岸垃圾"),
    S("开展[[不少于10次]]", "10", "次", C, "over", "今年此类活动"),
    S("工期[[约40天]]", "40", "天", T, "about", "封闭施工工期"),
    S("总投资[[约2800万元]]", "28000000", "元", M, "about", "雨污分流改造工程总投资", currency=CNY),
    S("茶叶样品[[80批次]]", "80", "批次", C, "exact", "计划抽检茶叶样品"),
    S("全县[[35家]]茶叶", "35", "家", C, "exact", "覆盖的茶叶生产企业"),
    S("和[[12个]]茶叶交易市场", "12", "个", C, "exact", "覆盖的茶叶交易市场"),
    S("已完成抽检[[32批次]]", "32", "批次", C, "exact", "已完成抽检"),
    S("银行卡[[4张]]", "4", "张", C, "exact", "出租银行卡"),
    S("涉诈资金[[78万余元]]", "780000", "元", M, "over", "帮助转移的涉诈资金", currency=CNY),
    S("有期徒刑[[十个月]]", "10", "个月", T, "exact", "有期徒刑", OPT),                # a sentence
    S("罚金[[1.5万元]]", "15000", "元", M, "exact", "罚金", currency=CNY),
    S("已有[[73家]]企业", "73", "家", C, "exact", "报名参会企业"),
    S("岗位[[1600余个]]", "1600", "个", C, "over", "提供岗位"),
    S("全县[[2140户]]低保", "2140", "户", C, "exact", "获救助的低保、低边家庭"),
    S("救助金[[896万元]]", "8960000", "元", M, "exact", "发放救助金", currency=CNY),
    S("其中为[[82户]]因病", "82", "户", C, "exact", "因病致困家庭"),
    S("临时救助金[[41.3万元]]", "413000", "元", M, "exact", "临时救助金", currency=CNY),
    S("消防车[[8辆]]", "8", "辆", C, "exact", "出动消防车"),
    S("指战员[[46名]]", "46", "名", C, "exact", "出动指战员"),
    S("企业员工[[300余人]]", "300", "人", C, "over", "参与疏散演练的企业员工"),
    S("总投资[[约5.6亿元]]", "560000000", "元", M, "about", "瑶琳仙境提升项目总投资", currency=CNY),
    S("新增游客[[30万人次]]", "300000", "人次", C, "exact", "每年新增游客"),
    S("考生[[3900余人]]", "3900", "人", C, "over", "全县考生"),
    S("早稻播种[[1.8万亩]]", "18000", "亩", A, "exact", "已完成早稻播种"),
    S("面积的[[九成以上]]", "0.9", "成", P, "over", "早稻播种占计划面积比例", OPT),     # X成
    S("组派[[42名]]农技人员", "42", "名", C, "exact", "下田指导的农技人员"),
]

EVENTS = [
    E("开展夏秋茶园管护技术指导", "training", "技术指导", LATE_APR, organizers=["县农业农村局"]),
    E("开展“健康进乡村”义诊活动", "activity", "义诊", D15, location="江南镇",
      organizers=["县人民医院", "县中医院"], participants=["20余名医护人员"], theme="健康进乡村"),
    E("民俗文化节将在莪山畲族乡中门民族村开幕", "activity", "开幕", D19, location="莪山畲族乡中门民族村"),
    E("开展“护美富春江”志愿服务活动", "activity", "志愿服务", D13, location="富春江沿岸",
      organizers=["团县委", "县青年志愿者协会"], participants=["86名青年志愿者"], theme="护美富春江"),
    E("该路段将实行全封闭施工", "traffic", "封闭施工", day("2026-04-20", "2026-05-29"), opt=True),   # told again below
    E("实行全封闭施工，禁止机动车通行", "traffic", "封闭施工", day("2026-04-20", "2026-05-29"),
      location="富春路（迎春南路至白云源路段）", organizers=["桐庐县公安局交通警察大队", "桐庐县交通运输局"]),
    E("启动春茶质量安全专项抽检", "inspection", "抽检", D13, organizers=["县市场监管局"],
      participants=["35家茶叶生产企业", "12个茶叶交易市场"]),
    E("公开开庭审理一起帮助信息网络犯罪活动案", "legal", "审理", D14, organizers=["县人民法院"]),
    E("当庭被判处有期徒刑十个月", "legal", "判处", D14, opt=True),                       # the same case
    E("专场招聘会将于4月下旬在县人力资源市场举办", "recruitment", "招聘会", LATE_APR, location="县人力资源市场",
      organizers=["县人力社保局"], participants=["73家企业"], theme="春风行动"),
    E("县政府召开第十五次常务会议，研究", "meeting", "召开", D14, organizers=["县政府"]),
    E("完成一季度困难群众救助资金发放", "payout", "发放", day("2026-04-10"), organizers=["县民政局"],
      participants=["2140户低保、低边家庭"]),
    E("开展仓储火灾扑救实战演练", "training", "演练", D15, location="桐庐经济开发区",
      organizers=["县消防救援大队"], participants=["企业员工"]),
    E("消防员在演练中铺设水带", "training", "演练", None, opt=True),                     # the caption of T10
    E("签订战略合作协议", "signing", "签订", D13, organizers=["县政府"],
      participants=["浙江瑶琳文旅发展有限公司"]),
    E("现场考试将于4月25日至26日在县体育中心举行", "exam", "考试", day("2026-04-25", "2026-04-26"),
      location="县体育中心", organizers=["县教育局"]),
    E("已完成早稻播种1.8万亩", "production", "播种", D15, location="全县"),
    E("组派42名农技人员下田指导", "training", "指导", None, organizers=["县农业农村局"], opt=True),
]
