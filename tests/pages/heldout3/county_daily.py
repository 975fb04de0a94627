"""今日湄潭 (湄潭县融媒体中心, 贵州省遵义市), 2025-10-22 (a Wednesday): a county paper page dense in
events of many closed-list types, written to measure events (issue 17), layout (issue 18) and
statistics (issue 19) on text never tuned on. The county is home (`县委` → 中共湄潭县委员会, `县总工会`,
`县人社局`-like bodies written `县…局`, `县人大常委会`, `湄潭经开区` → 湄潭经济开发区; town bodies and
villages resolved with the county). Features: a kicker over a main title (and a second kicker
`求是湄江 薪火相传`); a meeting with demands (`要在12月中旬组织一次…专项督查`) and `会前…观摩`; a
caption credited to an institution and a person (`县融媒体中心 冉 启 航 摄`); a winners list with
label-colon lines (`一等奖：…`, `二等奖：…`) and a continuation line of two winners without a label;
a series label `金秋丰收季` over a production story broken after a comma (`6台收割机来回穿梭，`)
with another article (its headline after its body) and nothing else between; a 通告 with numbered
items (`一、`…`三、`), `特此通告。`, its issuing body and date on their own lines; relative dates
(`昨天`, `昨天上午`, `当天`, `下周三` = 重阳节 10-29, `周六` = 10-25, `本周内`, `同期`, `届时`); a
training class with an exam, a recruitment notice (announcement, recruitment, registration, exam),
a signing with `投资8亿元的…项目` and a construction start on `当天`; a police case and a court
verdict; a service zone `启用`, a subsidy payout by a named bureau; an exhibition with opening hours;
a 人大常委会 session with a 调研 `会前`; a basketball final (`村BA`) with a fair `届时`; an inspection
with results `将于11月上旬向社会公布` and a `走访` in the same period. Plans without date, place or
organizer, forecasts and year summaries are optional.

Written at commit 5f94ec7, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, span, up, xun, year

PAPER = "今日湄潭"
PUBLISHED = "2025-10-22"
HOME = {"county": "湄潭县", "city": "遵义市", "province": "贵州省"}

LAYOUT = [
    ("稳面积 提品质 强品牌", "headline", "B0"),            # kicker
    ("全县秋冬季茶园管护暨", "headline", "B0"),
    ("本报讯（记者 罗 雪 梅 通讯员 杨 帆）", "body", "B0"),
    ("会议指出", "body", "B0"),
    ("会议强调", "body", "B0"),
    ("会前，与会人员", "body", "B0"),
    ("10月20日，与会人员", "caption", "P0"),              # 县融媒体中心 冉 启 航 摄
    ("第五届湄潭县", "headline", "B1"),
    ("10月18日，由县总工会", "body", "B1"),
    ("一等奖：", "body", "B1"),
    ("二等奖：", "body", "B1"),
    ("赵 敏（", "body", "B1"),                            # 二等奖 continued, no label
    ("金秋丰收季", "label", "B2"),                         # series label
    ("复兴镇五千亩晚稻", "headline", "B2"),
    ("本报讯（通讯员 何 欢）", "body", "B2"),               # breaks after a comma
    ("本报讯（记者 田 甜）10月19日", "body", "B3"),
    ("“敬老月”义诊进社区", "headline", "B3"),              # after its body
    ("金黄的稻谷", "body", "B2"),
    ("10月21日，复兴镇", "caption", "P1"),
    ("关于2025—2026年度", "headline", "B4"),
    ("为有效预防森林火灾", "body", "B4"),
    ("一、", "body", "B4"),
    ("二、", "body", "B4"),
    ("三、", "body", "B4"),
    ("特此通告。", "body", "B4"),
    ("湄潭县森林防灭火指挥部", "body", "B4"),
    ("2025年10月20日", "body", "B4"),
    ("全县危化品企业", "headline", "B5"),
    ("本报讯（通讯员 吴 静）昨天上午", "body", "B5"),
    ("我县公开招聘65名", "headline", "B6"),
    ("本报讯（记者 田 甜）县人力资源", "body", "B6"),
    ("湄潭经开区集中签约", "headline", "B7"),
    ("本报讯（记者 罗 雪 梅）10月16日", "body", "B7"),
    ("当天，总投资3.2亿元", "body", "B7"),
    ("县公安局破获一起", "headline", "B8"),
    ("本报讯（通讯员 湄 公 宣）", "body", "B8"),
    ("据介绍，今年1至9月", "body", "B8"),
    ("另讯 10月17日", "body", "B8"),
    ("“高效办成一件事”专区启用", "headline", "B9"),
    ("本报讯（记者 田 甜）10月20日", "body", "B9"),
    ("另悉，县财政局", "body", "B9"),
    ("求是湄江 薪火相传", "headline", "B10"),              # kicker
    ("浙大西迁办学85周年", "headline", "B10"),
    ("本报讯（通讯员 杨 帆）10月15日", "body", "B10"),
    ("县人大常委会召开", "headline", "B11"),
    ("本报讯（记者 罗 雪 梅）10月17日", "body", "B11"),
    ("“村BA”总决赛", "headline", "B12"),
    ("本报讯（记者 田 甜）记者从", "body", "B12"),
    ("茶叶质量安全专项检查开展", "headline", "B13"),
    ("本报讯（通讯员 吴 静）10月13日", "body", "B13"),
]

ARTICLES = {
    "B0": dict(byline=byline(reporters=["罗雪梅"], correspondents=["杨帆"])),
    "B1": dict(),
    "B2": dict(byline=byline(correspondents=["何欢"])),
    "B3": dict(byline=byline(reporters=["田甜"])),
    "B4": dict(),
    "B5": dict(byline=byline(correspondents=["吴静"])),
    "B6": dict(byline=byline(reporters=["田甜"])),
    "B7": dict(byline=byline(reporters=["罗雪梅"])),
    "B8": dict(byline=byline(correspondents=["湄公宣"])),
    "B9": dict(byline=byline(reporters=["田甜"])),
    "B10": dict(byline=byline(correspondents=["杨帆"])),
    "B11": dict(byline=byline(reporters=["罗雪梅"])),
    "B12": dict(byline=byline(reporters=["田甜"])),
    "B13": dict(byline=byline(correspondents=["吴静"])),
}
JOINS = [("本报讯（通讯员 何 欢）", "金黄的稻谷")]
PHOTOS = {"P0": dict(photographers=["冉启航"], article="B0"),
          "P1": dict(photographers=["何欢"], article="B2")}

Y25 = year(2025)
D14, D15, D16, D17, D18, D19, D20, D21, D23, D25, D29 = (
    day(f"2025-10-{d:02d}") for d in (14, 15, 16, 17, 18, 19, 20, 21, 23, 25, 29))
Q1_3 = (span("2025-01-01", "2025-09-30"), "quarter")
M1_9 = months(2025, 1, 9)
FIRE = day("2025-11-01", "2026-04-30")
FINAL = day("2025-10-25", "2025-10-26")
CHECK = day("2025-10-13", "2025-10-17")
SIGNUP = day("2025-10-27", "2025-10-31")
MID12, EARLY11 = xun(2025, 12, 1), xun(2025, 11, 0)

DATES = [
    D("通讯员 杨 帆）[[10月20日]]，全县", D20),
    D("总结[[前三季度]]茶产业", Q1_3),
    D("会议指出，[[今年以来]]", Y25, OPT),
    D("；[[1至9月]]，全县茶叶", M1_9),
    D("要在[[11月底前]]完成", xun(2025, 11, 2), OPT),
    D("要在[[12月中旬]]组织", MID12),
    D("力争到[[2027年]]全县", year(2027)),
    D("[[10月20日]]，与会人员在", D20),
    D("[[10月18日]]，由县总工会", D18),
    D("何 欢）[[连日来]]", VAGUE),
    D("。[[昨天]]，在复兴镇", D21),
    D("田 甜）[[10月19日]]，县卫生", D19),
    D("另悉，[[下周三]]，县民政局", D29),
    D("庆祝[[重阳节]]文艺汇演", D29, OPT),                  # in the show's name
    D("截至[[10月21日]]，全镇", D21),
    D("预计[[本周内]]全部", day("2025-10-20", "2025-10-26"), OPT),
    D("据了解，[[今年]]全县水稻", Y25),
    D("[[10月21日]]，复兴镇两路口村农机手", D21),
    D("关于[[2025—2026年度]]森林防火期", VAGUE),             # in the notice's title
    D("一、[[2025年11月1日至2026年4月30日]]为", FIRE),
    D("二、[[森林防火期内]]", FIRE, OPT),
    D("[[2025年10月20日]]\n", D20),
    D("吴 静）[[昨天上午]]，县应急", D21),
    D("举办[[2025年]]危险化学品", Y25, OPT),                  # in the class's name
    D("将于[[10月23日]]进行闭卷", D23),
    D("社会保障局[[昨天]]发布公告", D21),
    D("报名时间为[[10月27日至31日]]", SIGNUP),
    D("笔试定于[[11月8日上午]]", day("2025-11-08")),
    D("罗 雪 梅）[[10月16日]]，湄潭经济", D16),
    D("举行[[2025年第四季度]]招商", quarter(2025, 4), OPT),   # in the ceremony's name
    D("预计[[明年6月]]建成", month(2026, 6)),
    D("[[当天]]，总投资3.2亿元", D16),
    D("湄 公 宣）[[10月14日]]", D14),
    D("据介绍，[[今年1至9月]]，县公安局", M1_9),
    D("另讯 [[10月17日]]，县人民法院", D17),
    D("田 甜）[[10月20日]]，县政务服务中心", D20),
    D("县财政局[[近日]]", VAGUE),
    D("发放[[2025年]]耕地地力", Y25, OPT),                   # in the subsidy's name
    D("杨 帆）[[10月15日]]，“求是湄江", D15),
    D("展期至[[12月31日]]", day("2025-12-31")),
    D("开放时间为[[每周二至周日]]", VAGUE),
    D("，[[周一]]闭馆", VAGUE),
    D("[[今年以来]]，陈列馆", Y25, OPT),
    D("较[[去年同期]]增长12%", VAGUE),
    D("罗 雪 梅）[[10月17日]]，县第十八届", D17),
    D("关于[[前三季度]]国民经济", Q1_3, OPT),                # in a report's title
    D("总决赛[[周六]]开打", D25),
    D("将于[[10月25日至26日]]在天城镇", FINAL),
    D("自[[8月]]启动以来", month(2025, 8)),
    D("[[届时]]，现场还将", FINAL, OPT),
    D("吴 静）[[10月13日至17日]]", CHECK),
    D("将于[[11月上旬]]向社会公布", EARLY11),
    D("[[同期]]，县市场监督管理局", CHECK, OPT),
]

G, IN, CO, PE, PA, SO, CM = "government", "institution", "company", "people", "party", "social", "community"
XW = ["中共湄潭县委员会", "中共湄潭县委", "湄潭县委"]
XZF = ["湄潭县人民政府"]
RSJ = ["湄潭县人力资源和社会保障局"]
YJJ = ["湄潭县应急管理局"]
GAJ = ["湄潭县公安局"]
FY = ["湄潭县人民法院"]
ZWZX = ["湄潭县政务服务中心"]
JKQ = ["湄潭经济开发区", "湄潭经开区"]
RDCWH = ["湄潭县人民代表大会常务委员会", "湄潭县人大常委会"]
SCJ = ["湄潭县市场监督管理局"]
ZZ = ["湄潭县中等职业学校"]


def local(written):
    """A body of a town or street office written without the county: canonical with the county first."""
    return [f"湄潭县{written}", written]


ORGS = [
    O("在[[县委党校]]召开", ["中共湄潭县委党校", "湄潭县委党校"], IN, OPT),   # a venue here
    O("。[[县委]]、县政府主要", XW, PA),
    O("县委、[[县政府]]主要", XZF, G),
    O("，[[县农业农村局]]要在", ["湄潭县农业农村局"], G),
    O("、[[湄江街道核桃坝村]]观摩", local("湄江街道核桃坝村"), CM, OPT),     # a village
    O("[[县融媒体中心]] 冉 启 航 摄", ["湄潭县融媒体中心"], IN),
    O("由[[县总工会]]、", ["湄潭县总工会"], PE),
    O("、[[县人力资源和社会保障局]]联合主办", RSJ, G),
    O("大赛在[[湄潭县中等职业学校]]落下", ZZ, IN),
    O("（[[贵州湄潭云雾茶业有限公司]]）", ["贵州湄潭云雾茶业有限公司"], CO),
    O("（[[湄潭县茶叶产业发展中心]]）", ["湄潭县茶叶产业发展中心"], IN),
    O("张 小 芳（[[湄潭县中等职业学校]]）", ZZ, IN),
    O("（[[贵州湄潭翠峰茶业有限公司]]）", ["贵州湄潭翠峰茶业有限公司"], CO),
    O("（[[兴隆镇田家沟村茶叶专业合作社]]）", local("兴隆镇田家沟村茶叶专业合作社"), CO),
    O("（[[鱼泉街道新石村]]）", local("鱼泉街道新石村"), CM, OPT),              # a village
    O("，[[县卫生健康局]]组织", ["湄潭县卫生健康局"], G),
    O("组织[[湄潭县人民医院]]", ["湄潭县人民医院"], IN),
    O("、[[湄潭县中医医院]]的", ["湄潭县中医医院"], IN),
    O("在[[湄江街道金花社区]]开展", local("湄江街道金花社区"), CM),
    O("运往[[镇粮食烘干中心]]", ["湄潭县复兴镇粮食烘干中心", "复兴镇粮食烘干中心"], IN, OPT),  # the town's
    O("，[[县民政局]]将在", ["湄潭县民政局"], G),
    O("在[[县老年活动中心]]举办", ["湄潭县老年活动中心"], IN, OPT),              # a venue
    O("经[[县人民政府]]同意", XZF, G),
    O("[[湄潭县森林防灭火指挥部]]", ["湄潭县森林防灭火指挥部"], G),
    O("昨天上午，[[县应急管理局]]在", YJJ, G),
    O("在[[县政务服务中心]]举办", ZWZX, IN, OPT),                               # a venue here
    O("由[[县应急管理局]]颁发", YJJ, G),
    O("[[县人力资源和社会保障局]]昨天", RSJ, G),
    O("报名地点为[[县就业局]]", ["湄潭县就业局"], G, OPT),                      # a venue
    O("在[[湄潭县湄江中学]]举行", ["湄潭县湄江中学"], IN),
    O("[[湄潭经开区]]集中签约", JKQ, G),
    O("[[湄潭经济开发区]]举行", JKQ, G),
    O("由[[杭州清源生物科技有限公司]]投资", ["杭州清源生物科技有限公司"], CO),
    O("的[[湄潭经济开发区]]标准化厂房", JKQ, G, OPT),                          # in a project's name
    O("[[县公安局]]破获一起", GAJ, G),
    O("10月14日，[[县公安局]]组织警力", GAJ, G),
    O("，[[县公安局]]共破获", GAJ, G),
    O("，[[县人民法院]]公开宣判", FY, G),
    O("[[县政务服务中心]]“高效办成", ZWZX, IN),
    O("[[县财政局]]近日", ["湄潭县财政局"], G),
    O("[[浙大]]西迁办学", ["浙江大学", "浙大"], IN, OPT),                        # in a headline phrase
    O("——[[浙江大学]]西迁湄潭", ["浙江大学"], IN, OPT),                        # inside the show's title
    O("在[[浙江大学西迁历史陈列馆]]开展", ["浙江大学西迁历史陈列馆"], IN),
    O("[[县人大常委会]]召开", RDCWH, G),
    O("10月17日，[[县第十八届人大常委会]]第二十九次", RDCWH, G, OPT),          # in the session's name
    O("审议[[县人民政府]]关于", XZF, G),
    O("、[[县人民检察院]]关于", ["湄潭县人民检察院"], G),
    O("会前，[[县人大常委会]]组织", RDCWH, G),
    O("记者从[[县文体广电旅游局]]获悉", ["湄潭县文体广电旅游局"], G),
    O("，[[县市场监督管理局]]对全县", SCJ, G),
    O("同期，[[县市场监督管理局]]还走访", SCJ, G),
]

C, P, M, T, A, W, L = "count", "percent", "money", "duration", "area", "weight", "length"
CNY, USD = "CNY", "USD"
STATS = [
    # B0
    S("新建标准化茶园[[1.2万亩]]", "12000", "亩", A, "exact", "新建标准化茶园"),
    S("稳定在[[60万亩以上]]", "600000", "亩", A, "over", "茶园总面积"),
    S("茶叶产量达[[6.3万吨]]", "63000", "吨", W, "exact", "全县茶叶产量"),
    S("同比增长[[4.6%]]", "4.6", "%", P, "exact", "全县茶叶产量", change=up()),
    S("综合产值[[突破180亿元]]", "18000000000", "元", M, "over", "茶产业综合产值", currency=CNY),
    S("组织[[一次]]秋冬季", "1", "次", C, "exact", "秋冬季茶园管护专项督查", OPT),
    S("综合产值[[突破200亿元]]、", "20000000000", "元", M, "over", "全县茶产业综合产值", currency=CNY),
    S("出口额达到[[1.5亿美元]]", "150000000", "美元", M, "exact", "茶叶出口额", currency=USD),
    # B1
    S("茶艺[[两个]]项目", "2", "个", C, "exact", "项目"),
    S("全县[[15个]]镇（街道）", "15", "个", C, "exact", "镇（街道）"),
    S("的[[126名]]选手", "126", "名", C, "exact", "参赛选手"),
    S("一等奖[[2名]]", "2", "名", C, "exact", "一等奖"),
    S("二等奖[[4名]]", "4", "名", C, "exact", "二等奖"),
    S("三等奖[[6名]]", "6", "名", C, "exact", "三等奖"),
    # B2
    S("复兴镇[[五千亩]]晚稻", "5000", "亩", A, "exact", "晚稻"),
    S("[[6台]]收割机", "6", "台", C, "exact", "收割机"),
    S("全镇[[5000余亩]]晚稻", "5000", "亩", A, "over", "全镇晚稻"),
    S("已收割[[九成以上]]", "90", "成", P, "over", "已收割晚稻", OPT),
    S("种植面积达[[15.8万亩]]", "158000", "亩", A, "exact", "全县水稻种植面积"),
    S("总产量[[10.5万吨]]", "105000", "吨", W, "exact", "全县水稻预计总产量"),
    # B3
    S("的[[30余名]]医务人员", "30", "名", C, "over", "医务人员"),
    S("为[[200余名]]老年人", "200", "名", C, "over", "老年人"),
    S("宣传资料[[600余份]]", "600", "份", C, "over", "健康宣传资料"),
    # B4
    S("距林缘[[100米]]", "100", "米", L, "exact", "禁止野外用火的林缘范围"),
    # B5
    S("全县[[42家]]危化品", "42", "家", C, "exact", "危化品经营企业"),
    S("共[[150人]]参加", "150", "人", C, "exact", "参加培训人员"),
    S("为期[[2天]]", "2", "天", T, "exact", "培训"),
    # B6
    S("公开招聘[[65名]]公益性", "65", "名", C, "exact", "公益性岗位人员"),
    S("岗位人员[[65名]]。", "65", "名", C, "exact", "城镇公益性岗位人员"),
    # B7
    S("集中签约[[5个]]项目", "5", "个", C, "exact", "签约项目"),
    S("总投资[[23.6亿元]]\n", "2360000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("，[[5个]]项目现场签约", "5", "个", C, "exact", "现场签约项目"),
    S("总投资[[23.6亿元]]，涵盖", "2360000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("投资[[8亿元]]的茶多酚", "800000000", "元", M, "exact", "茶多酚提取及茶食品生产项目投资", currency=CNY),
    S("总投资[[3.2亿元]]的", "320000000", "元", M, "exact", "湄潭经济开发区标准化厂房三期项目总投资",
      currency=CNY),
    S("厂房[[12栋]]", "12", "栋", C, "exact", "厂房"),
    S("建筑面积[[8.6万平方米]]", "86000", "平方米", A, "exact", "建筑面积"),
    # B8
    S("嫌疑人[[6名]]", "6", "名", C, "exact", "犯罪嫌疑人"),
    S("涉案资金[[12.8万元]]", "128000", "元", M, "exact", "冻结涉案资金", currency=CNY),
    S("诈骗案件[[37起]]", "37", "起", C, "exact", "破获电信网络诈骗案件"),
    S("同比上升[[15.6%]]", "15.6", "%", P, "exact", "破获电信网络诈骗案件", change=up()),
    S("经济损失[[260余万元]]", "2600000", "元", M, "over", "为群众挽回经济损失", currency=CNY),
    S("有期徒刑[[1年]]", "1", "年", T, "exact", "有期徒刑"),
    S("罚金[[1万元]]", "10000", "元", M, "exact", "罚金", currency=CNY),
    # B9
    S("等[[13个]]集成服务事项", "13", "个", C, "exact", "集成服务事项"),
    S("由[[3次]]减少", "3", "次", C, "exact", "群众办事平均跑动次数"),
    S("减少至[[1次]]", "1", "次", C, "exact", "群众办事平均跑动次数"),
    S("全县[[3.2万户]]农户", "32000", "户", C, "exact", "农户"),
    S("补贴[[2860万元]]", "28600000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    # B10
    S("办学[[85周年]]纪念展开展", "85", "周年", T, "exact", "浙大西迁办学", OPT),
    S("办学[[85周年]]纪念展”", "85", "周年", T, "exact", "浙江大学西迁湄潭办学", OPT),
    S("历史照片[[200余幅]]", "200", "幅", C, "over", "历史照片"),
    S("实物史料[[80余件]]", "80", "件", C, "over", "实物史料"),
    S("接待游客[[38万人次]]", "380000", "人次", C, "exact", "陈列馆接待游客"),
    S("增长[[12%]]", "12", "%", P, "exact", "陈列馆接待游客", change=up("去年同期")),
    # B12
    S("全县[[56支]]村级代表队", "56", "支", C, "exact", "村级代表队"),
    S("经过[[两个多月]]的角逐", "2", "个月", T, "over", "角逐", OPT),
    S("最终[[8支]]队伍", "8", "支", C, "exact", "晋级总决赛的队伍"),
    # B13
    S("全县[[32家]]茶叶生产企业", "32", "家", C, "exact", "茶叶生产企业"),
    S("茶叶样品[[48批次]]", "48", "批次", C, "exact", "抽检茶叶样品"),
    S("的[[15家]]茶叶加工小作坊", "15", "家", C, "exact", "茶叶加工小作坊"),
]

EVENTS = [
    # B0: the meeting
    E("全县秋冬季茶园管护暨茶产业发展推进会在县委党校召开", "meeting", "召开", D20, location="县委党校"),
    E("各镇（街道）要在11月底前完成茶园深耕", "production", "深耕", xun(2025, 11, 2), opt=True),  # a demand, vague end
    E("县农业农村局要在12月中旬组织一次秋冬季茶园管护专项督查", "inspection", "督查", MID12,
      organizers=["县农业农村局"]),
    E("与会人员先后到永兴镇茶海生态园、湄江街道核桃坝村观摩茶园冬管示范基地", "visit", "观摩", D20,
      location="永兴镇茶海生态园、湄江街道核桃坝村"),
    E("与会人员在永兴镇茶海生态园观摩茶园深耕作业", "visit", "观摩", D20, opt=True),      # the caption
    # B1: the contest and its winners
    E("职业技能大赛在湄潭县中等职业学校落下帷幕", "competition", "大赛", D18,
      location="湄潭县中等职业学校", organizers=["县总工会", "县人力资源和社会保障局"], theme="茶乡工匠"),
    E("共评出一等奖2名", "award", "评出", D18),
    E("现将一等奖、二等奖获奖名单公布如下", "announcement", "公布", opt=True),
    # B2: the harvest
    E("组织农机手和种粮大户开展晚稻抢收", "production", "抢收", location="复兴镇", organizers=["复兴镇"]),
    E("预计本周内全部收割完毕", "production", "收割", day("2025-10-20", "2025-10-26"), opt=True),  # forecast
    E("复兴镇两路口村农机手驾驶收割机收割晚稻", "production", "收割", D21, opt=True),     # the caption
    # B3: free clinic, a show next week
    E("在湄江街道金花社区开展“敬老月”义诊活动", "activity", "义诊", D19, location="湄江街道金花社区",
      organizers=["县卫生健康局"], participants=["湄潭县人民医院", "湄潭县中医医院"], theme="敬老月"),
    E("县民政局将在县老年活动中心举办庆祝重阳节文艺汇演", "activity", "举办", D29,
      location="县老年活动中心", organizers=["县民政局"]),
    # B4: the notice
    E("森林防火期内，禁止在林区及距林缘100米范围内烧荒", "policy", "禁止", FIRE,
      organizers=["湄潭县森林防灭火指挥部"]),
    E("特此通告", "announcement", "通告", D20, opt=True),
    # B5: training and exam
    E("县应急管理局在县政务服务中心举办2025年危险化学品企业安全生产培训班", "training", "培训班", D21,
      location="县政务服务中心", organizers=["县应急管理局"]),
    E("将于10月23日进行闭卷考试", "exam", "考试", D23),
    E("由县应急管理局颁发培训合格证", "award", "颁发", opt=True),                 # conditional
    # B6: recruitment
    E("县人力资源和社会保障局昨天发布公告", "announcement", "发布", D21, organizers=["县人力资源和社会保障局"]),
    E("面向社会公开招聘城镇公益性岗位人员65名", "recruitment", "招聘", organizers=["县人力资源和社会保障局"]),
    E("报名时间为10月27日至31日", "registration", "报名", SIGNUP, location="县就业局一楼大厅"),
    E("笔试定于11月8日上午在湄潭县湄江中学举行", "exam", "笔试", day("2025-11-08"), location="湄潭县湄江中学"),
    # B7: signing, construction
    E("湄潭经济开发区举行2025年第四季度招商引资项目集中签约仪式", "signing", "签约", D16,
      organizers=["湄潭经济开发区"]),
    E("5个项目现场签约", "signing", "签约", D16, opt=True),                              # the same ceremony
    E("预计明年6月建成投产", "construction", "建成投产", month(2026, 6), opt=True),         # a forecast
    E("标准化厂房三期项目开工建设", "construction", "开工", D16),
    # B8: police and court
    E("成功破获一起为电信网络诈骗团伙提供银行卡的“帮信”案", "legal", "破获", D14,
      location="抄乐镇、石莲镇等地", organizers=["县公安局"]),
    E("开展集中收网行动", "legal", "收网", D14, opt=True),                              # the same case
    E("抓获犯罪嫌疑人6名", "legal", "抓获", D14, opt=True),
    E("县公安局共破获电信网络诈骗案件37起", "legal", "破获", M1_9, opt=True),            # a summary
    E("县人民法院公开宣判一起非法占用农用地案", "legal", "宣判", D17, organizers=["县人民法院"]),
    # B9: service zone, subsidy
    E("服务专区正式启用", "launch", "启用", D20, location="县政务服务中心"),
    E("首批上线新生儿出生、企业开办、退休等13个集成服务事项", "launch", "上线", D20, opt=True),
    E("向全县3.2万户农户发放2025年耕地地力保护补贴2860万元", "payout", "发放", organizers=["县财政局"]),
    # B10: exhibition
    E("浙江大学西迁湄潭办学85周年纪念展”在浙江大学西迁历史陈列馆开展", "exhibition", "开展", D15,
      location="浙江大学西迁历史陈列馆", theme="求是湄江——浙江大学西迁湄潭办学85周年纪念展"),
    E("展期至12月31日", "exhibition", "展期", opt=True),
    E("周一闭馆", "schedule", "闭馆", opt=True),
    # B11: the standing committee
    E("县第十八届人大常委会第二十九次会议召开", "meeting", "召开", D17, organizers=["县人大常委会"]),
    E("会议表决通过了有关人事任免事项", "other", "表决", D17, opt=True),
    E("对全县农村饮水安全工作开展专题调研", "inspection", "调研", organizers=["县人大常委会"]),
    # B12: the final, a fair
    E("篮球联赛总决赛将于10月25日至26日在天城镇中心篮球场举行", "competition", "总决赛", FINAL,
      location="天城镇中心篮球场", theme="村BA"),
    E("本届联赛自8月启动以来", "competition", "启动", month(2025, 8), opt=True),
    E("现场还将举办茶乡农特产品展销活动", "exhibition", "展销", FINAL),
    # B13: inspection
    E("县市场监督管理局对全县32家茶叶生产企业开展茶叶质量安全专项检查", "inspection", "检查", CHECK,
      organizers=["县市场监督管理局"]),
    E("抽检茶叶样品48批次", "inspection", "抽检", CHECK, opt=True),
    E("检查结果将于11月上旬向社会公布", "announcement", "公布", EARLY11),
    E("县市场监督管理局还走访了兴隆镇、永兴镇的15家茶叶加工小作坊", "visit", "走访", CHECK,
      location="兴隆镇、永兴镇", organizers=["县市场监督管理局"]),
]
