"""波密报, 波密县融媒体中心 (波密县, 林芝市, 西藏自治区), 2025-12-11 (a Thursday): a county paper page.
Features: a series label (`民生实事进行时`); a kicker over a title (`冬训不停歇 技能添底气` / `县人社局开展农牧民冬季
技能培训`); a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, a cooperative, a workshop, a school
as organizations), its headline after the list; a 公告 with numbered articles (a hotline number that is no statistic),
two issuing bodies on their own lines and a date line (a ban on outdoor fire from `2025年12月15日至2026年5月31日`:
policy); a caption credited to the county media centre and a person (`县融媒体中心 格 桑 摄`) and one credited to an
institution only (`（县农业农村局供图）`); a paragraph broken after a comma (`…参训农牧民达960余人次，` | `结业考核合格
的812人…`) with another article, its headline and a caption between; a paragraph broken mid-word (`常态化督|导`) with
a caption between; headlines after their bodies. County bodies resolve with the county (`县人社局`, `县教育局`,
`县农业农村局`, `县市场监管局`, `县法院`, `县人大常委会`, `县总工会`, `县司法局`, `县公安局交通警察大队`).
Relative dates: `本月上旬`, `昨天上午`, `昨天` = 12-10 and its `当天`, `下周二` = 12-16, `下周六` = 12-20,
`下周一至下周三` = 12-15..12-17, `本月X日`, `本月X日至Y日`, `明年5月`, `上年`, `今年`; `近日`, `目前`, `本学期`,
`冬春`, a recurring slot (`每天9时至17时`) optional with no value. Events: training, meeting, payout, recruitment
(`“冬日暖心 就业护航”`), competition and award, policy, inspection (twice), legal, exam (twice), schedule,
traffic control, visit, activity (`“冬游波密·暖心之旅”`, `“送法进乡村”`), launch. Plans and parts of one happening
told twice (a caption, `宣判` after `审理`, goods handed out during a visit) are optional.

Written at main commit c7229b8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "波密报"
PUBLISHED = "2025-12-11"
HOME = {"county": "波密县", "city": "林芝市", "province": "西藏自治区"}

LAYOUT = [
    ("民生实事进行时", "label", "B0"),
    ("冬训不停歇", "headline", "B0"),                        # kicker
    ("县人社局开展农牧民", "headline", "B0"),
    ("本报讯（记者 次 仁 央 宗 通讯员", "body", "B0"),      # breaks after a comma
    ("本报讯（记者 扎 西 顿 珠）昨天上午", "body", "B1"),
    ("我县召开冬春", "headline", "B1"),                      # after its body
    ("12月5日，学员", "caption", "P0"),                      # 县融媒体中心 格 桑 摄
    ("结业考核合格", "body", "B0"),                          # the rest of B0's paragraph
    ("本报讯（通讯员 白 玛 卓 嘎）本月6日", "body", "B2"),
    ("一等奖：", "body", "B2"),
    ("二等奖：", "body", "B2"),
    ("三等奖：", "body", "B2"),
    ("获奖选手将由", "body", "B2"),
    ("第二届“雪域匠心”", "headline", "B2"),                  # after its body
    ("关于冬春季", "headline", "B3"),
    ("为切实做好", "body", "B3"),
    ("一、2025年", "body", "B3"),
    ("二、防火期内", "body", "B3"),
    ("三、举报电话", "body", "B3"),
    ("波密县森林草原", "body", "B3"),
    ("波密县林业和草原局", "body", "B3"),
    ("2025年12月10日", "body", "B3"),
    ("本报讯（记者 扎 西 顿 珠）县市场监管局", "body", "B4"),  # breaks mid-word
    ("易贡茶场", "caption", "P1"),                           # （县农业农村局供图）
    ("导，确保", "body", "B4"),                              # the rest of B4's paragraph
    ("县市场监管局开展", "headline", "B4"),                  # after its body
    ("县法院巡回", "headline", "B5"),
    ("本报讯（通讯员 罗 布）县人民法院", "body", "B5"),
    ("全县中小学寒假", "headline", "B6"),
    ("本报讯（通讯员 白 玛 卓 嘎）记者从县教育局", "body", "B6"),
    ("本报讯（记者 次 仁 央 宗）记者从", "body", "B7"),
    ("乡村振兴专干", "headline", "B7"),                      # after its body
    ("县人大常委会视察", "headline", "B8"),
    ("本报讯（通讯员 王 海 涛）本月8日", "body", "B8"),
    ("本报讯（通讯员 罗 布）记者从", "body", "B9"),
    ("国道318线", "headline", "B9"),                         # after its body
    ("本报讯（通讯员 白 玛 卓 嘎）县农业", "body", "B10"),
    ("草原生态补奖", "headline", "B10"),                     # after its body
    ("本报讯（记者 格 桑）本月9日", "body", "B11"),
    ("县总工会走访", "headline", "B11"),                     # after its body
    ("“冬游波密", "headline", "B12"),
    ("本报讯（记者 扎 西 顿 珠）县文化", "body", "B12"),
    ("本报讯（记者 格 桑）昨天", "body", "B13"),
    ("团结村新时代", "headline", "B13"),                     # after its body
]

ARTICLES = {
    "B0": dict(byline=byline(reporters=["次仁央宗"], correspondents=["王海涛"])),
    "B1": dict(byline=byline(reporters=["扎西顿珠"])),
    "B2": dict(byline=byline(correspondents=["白玛卓嘎"])),
    "B3": dict(),
    "B4": dict(byline=byline(reporters=["扎西顿珠"])),
    "B5": dict(byline=byline(correspondents=["罗布"])),
    "B6": dict(byline=byline(correspondents=["白玛卓嘎"])),
    "B7": dict(byline=byline(reporters=["次仁央宗"])),
    "B8": dict(byline=byline(correspondents=["王海涛"])),
    "B9": dict(byline=byline(correspondents=["罗布"])),
    "B10": dict(byline=byline(correspondents=["白玛卓嘎"])),
    "B11": dict(byline=byline(reporters=["格桑"])),
    "B12": dict(byline=byline(reporters=["扎西顿珠"])),
    "B13": dict(byline=byline(reporters=["格桑"])),
}
JOINS = [("本报讯（记者 次 仁 央 宗 通讯员", "结业考核合格"), ("本报讯（记者 扎 西 顿 珠）县市场监管局", "导，确保")]
PHOTOS = {
    "P0": dict(photographers=["格桑"], article="B0"),
    "P1": dict(photographers=[], article=None),
}

D10 = day("2025-12-10")
DATES = [
    D("）[[本月上旬]]，县人社局", xun(2025, 12, 0)),
    D("）[[昨天上午]]，县政府", D10),
    D("县政府召开[[冬春]]森林", VAGUE),                                # a season in a meeting's name
    D("我县召开[[冬春]]森林", VAGUE),
    D("[[12月5日]]，学员", day("2025-12-05")),
    D("，[[下周二]]将在", day("2025-12-16")),
    D("）[[本月6日至7日]]，由县总工会", day("2025-12-06", "2025-12-07")),
    D("参加[[明年5月]]举行", month(2026, 5)),
    D("关于[[冬春季]]森林", VAGUE),
    D("做好[[冬春季]]森林", VAGUE),
    D("一、[[2025年12月15日至2026年5月31日]]为", day("2025-12-15", "2026-05-31")),
    D("草原局\n[[2025年12月10日]]", D10),
    D("县市场监管局[[本月3日至9日]]开展", day("2025-12-03", "2025-12-09")),
    D("县人民法院[[本月9日]]在", day("2025-12-09")),
    D("\n全县中小学寒假[[1月10日]]开始", day("2026-01-10")),
    D("全县中小学[[本学期]]期末", VAGUE),
    D("将于[[下周一至下周三]]进行", day("2025-12-15", "2025-12-17")),
    D("寒假自[[2026年1月10日]]开始", day("2026-01-10")),
    D("，[[2月28日]]开学", day("2026-02-28")),
    D("获悉，[[2025年]]波密县乡村振兴", year(2025), OPT),              # a year in the exam's name
    D("笔试将于[[本月14日上午]]在", day("2025-12-14")),
    D("笔试[[本月14日]]举行", day("2025-12-14")),
    D("可于[[本月12日至13日]]登录", day("2025-12-12", "2025-12-13")),
    D("）[[本月8日]]，县人大", day("2025-12-08")),
    D("截至[[目前]]，全县", VAGUE),
    D("全县[[今年]]实施", year(2025)),
    D("，[[本月15日至24日]]每天", day("2025-12-15", "2025-12-24")),
    D("[[每天9时至17时]]，该路段", VAGUE),                              # a recurring slot
    D("古乡段[[本月15日]]起", day("2025-12-15")),
    D("农业农村局[[近日]]完成", VAGUE),
    D("完成[[2025年]]草原生态", year(2025)),
    D("较[[上年]]增加", year(2024)),
    D("。[[今年]]禁牧", year(2025)),
    D("）[[本月9日至10日]]，县总工会", day("2025-12-09", "2025-12-10")),
    D("活动[[下周六]]启幕", day("2025-12-20")),
    D("将于[[下周六]]在", day("2025-12-20")),
    D("）[[昨天]]，扎木镇", D10),
    D("。[[当天]]，县司法局", D10),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["波密县人力资源和社会保障局"]
NY = ["波密县农业农村局"]
ZF = ["波密县人民政府"]
ZH = ["波密县森林草原防灭火指挥部"]
ZGH = ["波密县总工会"]
ZJ = ["波密县职业技术学校"]
SJJ = ["波密县市场监督管理局"]
JYJ = ["波密县教育局"]
FY = ["波密县人民法院"]
RD = ["波密县人民代表大会常务委员会", "波密县人大常委会"]
SJZ = ["波密县扎木镇团结村新时代文明实践站", "扎木镇团结村新时代文明实践站"]
ORGS = [
    O("[[县人社局]]开展农牧民", RSJ, G),
    O("）本月上旬，[[县人社局]]联合", RSJ, G),
    O("联合[[县农业农村局]]在", NY, G),
    O("）昨天上午，[[县政府]]召开", ZF, G),
    O("，[[县森林草原防灭火指挥部]]各成员", ZH, G),
    O("[[县融媒体中心]] 格", ["波密县融媒体中心"], IN),
    O("，[[县人社局]]按每人", RSJ, G),
    O("。[[县人社局]]表示", RSJ, G),
    O("在[[县人力资源市场]]举办", ["波密县人力资源市场"], IN, OPT),                     # a venue
    O("由[[县总工会]]、县人社局", ZGH, PE),
    O("、[[县人社局]]主办", RSJ, G),
    O("在[[县职业技术学校]]举行", ZJ, IN),
    O("（[[易贡藏家木艺专业合作社]]）", ["波密县易贡藏家木艺专业合作社", "易贡藏家木艺专业合作社"], CO),
    O("（[[倾多镇石锅加工厂]]）", ["波密县倾多镇石锅加工厂", "倾多镇石锅加工厂"], CO),
    O("（[[县职业技术学校]]）", ZJ, IN),
    O("（[[古乡民族服饰合作社]]）", ["波密县古乡民族服饰合作社", "古乡民族服饰合作社"], CO),
    O("（[[松宗镇中心小学]]）", ["波密县松宗镇中心小学", "松宗镇中心小学"], IN),
    O("由[[县总工会]]推荐", ZGH, PE),
    O("[[波密县森林草原防灭火指挥部]]\n", ZH, G),
    O("[[波密县林业和草原局]]", ["波密县林业和草原局"], G),
    O("）[[县市场监管局]]本月3日", SJJ, G),
    O("联合[[县教育局]]对", JYJ, G),
    O("[[易贡茶场]]茶农", ["西藏易贡茶场", "易贡茶场"], CO, OPT),                       # a farm as a site
    O("（[[县农业农村局]]供图）", NY, G),
    O("\n[[县市场监管局]]开展校园", SJJ, G),
    O("[[县法院]]巡回", FY, G),
    O("[[县人民法院]]本月9日", FY, G),
    O("记者从[[县教育局]]获悉", JYJ, G),
    O("。[[县教育局]]要求", JYJ, G),
    O("记者从[[县人社局]]获悉", RSJ, G),
    O("在[[波密县中学]]考点", ["波密县中学"], IN, OPT),                                # an exam site
    O("登录[[林芝市人力资源和社会保障局网站]]", ["林芝市人力资源和社会保障局网站", "林芝市人力资源和社会保障局"],
      IN, OPT),                                                                          # a website
    O("[[县人大常委会]]视察", RD, G),
    O("）本月8日，[[县人大常委会]]组织", RD, G),
    O("深入[[古乡游客服务中心]]", ["波密县古乡游客服务中心", "古乡游客服务中心"], IN, OPT),   # a site
    O("、[[扎木镇污水处理厂]]二期", ["波密县扎木镇污水处理厂", "扎木镇污水处理厂"], IN, OPT),  # a site
    O("记者从[[县公安局交通警察大队]]获悉", ["波密县公安局交通警察大队"], G),
    O("）[[县农业农村局]]近日", NY, G),
    O("，[[县总工会]]负责人", ZGH, PE),
    O("\n[[县总工会]]走访", ZGH, PE),
    O("）[[县文化和旅游局]]将于", ["波密县文化和旅游局"], G),
    O("）昨天，[[扎木镇团结村新时代文明实践站]]正式", SJZ, IN),
    O("\n[[团结村新时代文明实践站]]揭牌", SJZ, IN),
    O("，[[县司法局]]还在", ["波密县司法局"], G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
CNY = "CNY"
STATS = [
    S("等[[5个]]乡镇开展", "5", "个", C, "exact", "开展培训的乡镇"),
    S("培训班[[14期]]", "14", "期", C, "exact", "培训班"),
    S("农牧民达[[960余人次]]", "960", "人次", C, "over", "参训农牧民"),
    S("落实[[24小时]]值班", "24", "小时", T, "exact", "值班制度", OPT),                    # in a rule's name
    S("合格的[[812人]]", "812", "人", C, "exact", "取得职业技能等级证书"),
    S("每天[[80元]]", "80", "元", M, "exact", "误工补贴标准", currency=CNY),
    S("共计[[28.6万元]]", "286000", "元", M, "exact", "误工补贴", currency=CNY),
    S("提供岗位[[650余个]]", "650", "个", C, "over", "专场招聘会提供岗位"),
    S("全县[[8个]]乡镇", "8", "个", C, "exact", "参赛乡镇"),
    S("的[[46名]]工匠", "46", "名", C, "exact", "参赛工匠"),
    S("缝制[[3个]]项目", "3", "个", C, "exact", "比拼项目"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[6名]]", "6", "名", C, "exact", "二等奖"),
    S("三等奖[[9名]]", "9", "名", C, "exact", "三等奖"),
    S("合作社）等[[6人]]", "6", "人", C, "exact", "二等奖"),
    S("小学）等[[9人]]", "9", "人", C, "exact", "三等奖"),
    S("学校食堂[[21家]]", "21", "家", C, "exact", "检查学校食堂"),
    S("经营户[[63家]]", "63", "家", C, "exact", "检查校园周边食品经营户"),
    S("食品样品[[74批次]]", "74", "批次", C, "exact", "抽检食品样品"),
    S("整改问题[[19个]]", "19", "个", C, "exact", "发现并督促整改问题"),
    S("全县[[1.2万余名]]师生", "12000", "名", C, "over", "师生"),
    S("有期徒刑[[十个月]]", "10", "个月", T, "exact", "有期徒刑"),
    S("缓刑[[一年]]", "1", "年", T, "exact", "缓刑"),
    S("罚金[[1万元]]", "10000", "元", M, "exact", "罚金", currency=CNY),
    S("当地群众[[80余人]]", "80", "人", C, "over", "旁听群众"),
    S("计划招录[[32人]]", "32", "人", C, "exact", "计划招录"),
    S("共有[[587人]]报名", "587", "人", C, "exact", "报名人数"),
    S("二期等[[5个]]项目", "5", "个", C, "exact", "视察项目"),
    S("实施的[[38个]]重点项目", "38", "个", C, "exact", "重点项目"),
    S("完成投资[[11.6亿元]]", "1160000000", "元", M, "exact", "重点项目完成投资", currency=CNY),
    S("年度计划的[[92.4%]]", "92.4", "%", P, "exact", "完成年度计划"),
    S("全县[[6270户]]农牧民", "6270", "户", C, "exact", "农牧民"),
    S("发放资金[[2186.4万元]]", "21864000", "元", M, "exact", "草原生态保护补助奖励资金", currency=CNY),
    S("增加[[93.7万元]]", "937000", "元", M, "exact", "草原生态保护补助奖励资金", change=up("上年"),
      currency=CNY),
    S("每亩[[9.5元]]", "9.5", "元", M, "exact", "禁牧补助标准", currency=CNY),
    S("草原面积[[168.3万亩]]", "1683000", "亩", A, "exact", "禁牧草原面积"),
    S("劳动者[[42人]]", "42", "人", C, "exact", "走访慰问困难职工和一线户外劳动者"),
    S("价值[[6.3万元]]", "63000", "元", M, "exact", "慰问金及物资", currency=CNY),
    S("线路[[6条]]", "6", "条", C, "exact", "冬季文化旅游线路"),
    S("功能室[[5间]]", "5", "间", C, "exact", "功能室"),
    S("周边群众[[1800余人]]", "1800", "人", C, "over", "服务周边群众"),
    S("宣传资料[[300余份]]", "300", "份", C, "over", "发放宣传资料"),
]

EVENTS = [
    E("等5个乡镇开展农牧民冬季技能培训", "training", "培训", xun(2025, 12, 0),
      location="扎木镇、倾多镇等5个乡镇", organizers=["县人社局", "县农业农村局"], participants=["农牧民"]),
    E("县政府召开冬春森林草原防灭火工作推进会，", "meeting", "推进会", D10, organizers=["县政府"],
      participants=["县森林草原防灭火指挥部各成员单位负责人"]),
    E("练习藏式木雕技艺", "training", "练习", day("2025-12-05"), location="扎木镇培训点", opt=True),  # a caption
    E("发放误工补贴共计28.6万元", "payout", "发放", xun(2025, 12, 0), organizers=["县人社局"]),
    E("举办“冬日暖心 就业护航”专场招聘会", "recruitment", "招聘会", day("2025-12-16"),
      location="县人力资源市场", organizers=["县人社局"], theme="冬日暖心 就业护航"),
    E("乡村工匠技能大赛在县职业技术学校举行", "competition", "大赛", day("2025-12-06", "2025-12-07"),
      location="县职业技术学校", organizers=["县总工会", "县人社局"], participants=["工匠"]),
    E("大赛共评出一等奖3名", "award", "评出", day("2025-12-06", "2025-12-07"),
      organizers=["县总工会", "县人社局"]),
    E("参加明年5月举行的林芝市职工技能大赛", "competition", "大赛", month(2026, 5), opt=True),   # a plan
    E("现将有关事项公告如下", "announcement", "公告", D10,
      organizers=["波密县森林草原防灭火指挥部", "波密县林业和草原局"], opt=True),          # the notice's own act
    E("全县林区及林缘草地禁止烧荒", "policy", "禁止", day("2025-12-15", "2026-05-31"),
      location="全县林区及林缘草地", organizers=["波密县森林草原防灭火指挥部", "波密县林业和草原局"]),
    E("开展冬季校园食品安全专项检查", "inspection", "检查", day("2025-12-03", "2025-12-09"),
      organizers=["县市场监管局"]),
    E("茶农在茶园开展冬季修剪管护", "production", "修剪管护", None, location="易贡茶场", opt=True),  # a caption
    E("巡回开庭审理一起非法采挖野生植物案", "legal", "审理", day("2025-12-09"), location="倾多镇",
      organizers=["县人民法院"]),
    E("当庭宣判被告人王某", "legal", "宣判", day("2025-12-09"), organizers=["县人民法院"], opt=True),  # the same trial
    E("期末考试将于下周一至下周三进行", "exam", "考试", day("2025-12-15", "2025-12-17")),
    E("寒假自2026年1月10日开始", "schedule", "寒假", day("2026-01-10")),
    E("2月28日开学", "schedule", "开学", day("2026-02-28")),
    E("招录笔试将于本月14日上午在波密县中学考点举行", "exam", "笔试", day("2025-12-14"),
      location="波密县中学考点"),
    E("本次计划招录32人", "recruitment", "招录", None, opt=True),                         # the exam's purpose
    E("登录林芝市人力资源和社会保障局网站打印准考证", "other", "打印准考证", day("2025-12-12", "2025-12-13"),
      opt=True),
    E("组织部分县人大代表视察全县重点项目建设情况", "inspection", "视察", day("2025-12-08"),
      location="古乡游客服务中心、扎木镇污水处理厂二期等5个项目现场", organizers=["县人大常委会"],
      participants=["部分县人大代表"]),
    E("边坡整治施工", "construction", "施工", None, location="国道318线通麦至古乡段", opt=True),  # told in passing
    E("该路段实施单向放行交通管制", "traffic", "交通管制", day("2025-12-15", "2025-12-24"),
      location="国道318线通麦至古乡段", organizers=["县公安局交通警察大队"]),
    E("草原生态保护补助奖励资金发放工作", "payout", "发放", None, organizers=["县农业农村局"],
      participants=["农牧民"]),
    E("走访慰问困难职工和一线户外劳动者42人", "visit", "走访慰问", day("2025-12-09", "2025-12-10"),
      location="易贡乡、八盖乡", organizers=["县总工会"], participants=["困难职工", "一线户外劳动者"]),
    E("送去慰问金及棉衣、酥油等物资", "payout", "送去", day("2025-12-09", "2025-12-10"),
      organizers=["县总工会"], opt=True),                                               # during the visit
    E("举办“冬游波密·暖心之旅”冬季文化旅游活动", "activity", "举办", day("2025-12-20"), location="嘎朗湖景区",
      organizers=["县文化和旅游局"], theme="冬游波密·暖心之旅"),
    E("新时代文明实践站正式揭牌", "launch", "揭牌", D10, location="扎木镇团结村"),
    E("开展了“送法进乡村”普法宣传活动", "activity", "开展", D10,
      location="扎木镇团结村新时代文明实践站", organizers=["县司法局"], theme="送法进乡村"),
]
