"""凤凰报, 凤凰县融媒体中心 (凤凰县, 湘西土家族苗族自治州, 湖南省), 2026-01-15 (a Thursday): a county paper page.
Features: a series label (`沱江边的新变化`); a kicker over a title (`文旅融合添活力` / `凤凰古城冬游持续升温`); a
paragraph broken after a comma (`…元旦假期接待游客15.8万人次，` | `过夜游客占比提高到46%…`) with another article and its
after-body headline between; a caption credited to an institution and a person (`县融媒体中心 杨 帆 摄`); an honours
list in label-colon lines (`先进集体：`, `先进个人：` with names in layout spaces and townships in brackets); a
recruitment notice with two issuing bodies and a date line; headlines after their bodies and before them; three items
without headline. Bodies written short resolve with the county (`县文化旅游广电局`, `县委宣传部`, `县委`, `县政府` ×2,
`县人民法院`/`县法院`, `县人社局` ×2, `县市场监管局`, `县民政局`, `县慈善总会`, `县医疗保障局`, `县教育局` ×3,
`县消防救援大队`, `县农业农村局` ×2, `县林业局`, `团县委`, `县妇联`, `县人大常委会`, `县人民政府`). Relative dates:
`昨日` = 01-14 (×5), `本月X日`, `本月1日至13日`, `本月10日至14日`, `本月19日至23日`, `本月上旬`, `下周二` = 01-20
(twice, once in a title), `下周五` = 01-23 (twice, once in a title), `当日` = the activity's day, `下月28日`, `下月7日`,
`元旦假期` (01-01..01-03), `去年`/`今年`, `2025年度`, `2026年度`.

Written at main commit 6651c01, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, xun, year

PAPER = "凤凰报"
PUBLISHED = "2026-01-15"
HOME = {"county": "凤凰县", "city": "湘西土家族苗族自治州", "province": "湖南省"}

LAYOUT = [
    ("沱江边的新变化", "label", "C0"),
    ("文旅融合添活力", "headline", "C0"),                     # kicker
    ("凤凰古城冬游持续升温", "headline", "C0"),
    ("本报讯（记者 龙 晓 燕 通讯员 田 宇）", "body", "C0"),   # breaks after a comma
    ("本报讯（通讯员 麻 建 华）本月13日", "body", "C1"),
    ("全县宣传思想文化工作会议召开", "headline", "C1"),       # after its body
    ("过夜游客占比", "body", "C0"),                           # the rest of C0's paragraph
    ("游客在沱江边", "caption", "P0"),                        # 县融媒体中心 杨 帆 摄
    ("全县乡村振兴工作表彰名单公布", "headline", "C2"),
    ("本报讯（记者 吴 思 远）本月12日", "body", "C2"),
    ("先进集体：", "body", "C2"),
    ("先进个人：", "body", "C2"),
    ("本报讯（通讯员 田 丽）昨日", "body", "C3"),
    ("县法院集中兑付", "headline", "C3"),                     # after its body
    ("“春风行动”招聘会", "headline", "C4"),
    ("本报讯（记者 龙 晓 燕）记者从县人社局", "body", "C4"),
    ("本报讯（通讯员 杨 柳）本月上旬", "body", "C5"),
    ("年货市场食品安全", "headline", "C5"),                   # after its body
    ("本报讯（记者 吴 思 远）本月10日至14日", "body", "C6"),   # no headline
    ("本报讯（记者 吴 思 远）县医疗保障局", "body", "C7"),
    ("全县医保参保率", "headline", "C7"),                     # after its body
    ("本报讯（通讯员 麻 建 华）县教育局", "body", "C8"),
    ("全县中小学本月24日", "headline", "C8"),                 # after its body
    ("古城开展消防实战演练", "headline", "C9"),
    ("本报讯（通讯员 田 丽）本月9日", "body", "C9"),
    ("本报讯（通讯员 田 宇）连日来", "body", "C10"),           # no headline
    ("本报讯（通讯员 杨 柳）本月11日", "body", "C11"),         # no headline
    ("本报讯（记者 吴 思 远）本月8日", "body", "C12"),
    ("南方长城夜游项目签约", "headline", "C12"),              # after its body
    ("县十八届人大五次会议", "headline", "C13"),
    ("本报讯（记者 龙 晓 燕）本月13日", "body", "C13"),
    ("凤凰县2026年公开招聘", "headline", "C14"),
    ("经县人民政府同意", "body", "C14"),
    ("凤凰县教育局", "body", "C14"),
    ("凤凰县人力资源和社会保障局", "body", "C14"),
    ("2026年1月14日", "body", "C14"),
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["龙晓燕"], correspondents=["田宇"])),
    "C1": dict(byline=byline(correspondents=["麻建华"])),
    "C2": dict(byline=byline(reporters=["吴思远"])),
    "C3": dict(byline=byline(correspondents=["田丽"])),
    "C4": dict(byline=byline(reporters=["龙晓燕"])),
    "C5": dict(byline=byline(correspondents=["杨柳"])),
    "C6": dict(byline=byline(reporters=["吴思远"])),
    "C7": dict(byline=byline(reporters=["吴思远"])),
    "C8": dict(byline=byline(correspondents=["麻建华"])),
    "C9": dict(byline=byline(correspondents=["田丽"])),
    "C10": dict(byline=byline(correspondents=["田宇"])),
    "C11": dict(byline=byline(correspondents=["杨柳"])),
    "C12": dict(byline=byline(reporters=["吴思远"])),
    "C13": dict(byline=byline(reporters=["龙晓燕"])),
    "C14": dict(),
}
JOINS = [("本报讯（记者 龙 晓 燕 通讯员 田 宇）", "过夜游客占比")]
PHOTOS = {
    "P0": dict(photographers=["杨帆"], article="C0"),
}

D14, D13, D11 = day("2026-01-14"), day("2026-01-13"), day("2026-01-11")
D20, D23, D24 = day("2026-01-20"), day("2026-01-23"), day("2026-01-24")
Y25, Y26 = year(2025), year(2026)
DATES = [
    D("记者[[昨日]]从县", D14),
    D("，[[本月1日至13日]]，凤凰", day("2026-01-01", "2026-01-13")),
    D("其中，[[元旦假期]]接待", day("2026-01-01", "2026-01-03")),
    D("）[[本月13日]]，县委宣传部", D13),
    D("总结[[去年]]工作", Y25),
    D("部署[[今年]]重点任务", Y26),
    D("较[[去年同期]]提高5.2", Y25, OPT),
    D("据介绍，[[2025年]]全县", Y25),
    D("）[[本月12日]]，县委、", day("2026-01-12")),
    D("对[[2025年度]]30个", Y25),
    D("）[[昨日]]，县人民法院", D14),
    D("据悉，[[去年]]该院", Y25),
    D("招聘会[[下周二]]举行", D20),
    D("，[[2026年]]“春风行动”", Y26, OPT),                       # a year inside the event's name
    D("将于[[下周二]]在县人力", D20),
    D("）[[本月上旬]]，县市场", xun(2026, 1, 0)),
    D("）[[本月10日至14日]]，县民政局", day("2026-01-10", "2026-01-14")),
    D("县医疗保障局[[昨日]]通报", D14),
    D("，[[2026年度]]城乡居民", Y26),
    D("已于[[本月10日]]结束", day("2026-01-10")),
    D("较[[去年]]提高0.6", Y25),
    D("县教育局[[昨日]]发布", D14),
    D("将于[[本月24日]]起放寒假", D24),
    D("，[[下月28日]]开学", day("2026-02-28")),
    D("，[[寒假]]共计35天", day("2026-01-24", "2026-02-27"), OPT),   # the holiday as a subject
    D("全县中小学[[本月24日]]起", D24),
    D("）[[本月9日]]，县消防", day("2026-01-09")),
    D("）[[连日来]]，县农业", VAGUE, OPT),
    D("预计[[今年]]油菜籽", Y26),
    D("）[[本月11日]]，团县委", D11),
    D("“[[新春]]送温暖", VAGUE, OPT),                             # inside a theme
    D("送去[[新年]]礼包", VAGUE, OPT),                             # a descriptor
    D("[[当日]]还组织", D11),
    D("）[[本月8日]]，县政府与", day("2026-01-08")),
    D("五次会议[[下周五]]召开", D23),
    D("）[[本月13日]]，县人大", D13),
    D("于[[下周五]]在县会议中心", D23),
    D("凤凰县[[2026年]]公开招聘", Y26, OPT),                       # a year inside a document title
    D("报名时间为[[本月19日至23日]]", day("2026-01-19", "2026-01-23")),
    D("笔试定于[[下月7日]]举行", day("2026-02-07")),
    D("[[2026年1月14日]]", D14),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
ZF = ["凤凰县人民政府"]
FY = ["凤凰县人民法院"]
RSJ = ["凤凰县人力资源和社会保障局"]
JYJ = ["凤凰县教育局"]
NNJ = ["凤凰县农业农村局"]
RD = ["凤凰县人民代表大会常务委员会", "凤凰县人大常委会"]
ORGS = [
    O("从[[县文化旅游广电局]]获悉", ["凤凰县文化旅游广电局"], G),
    O("，[[县委宣传部]]召开", ["中共凤凰县委宣传部"], PA),
    O("技艺。 [[县融媒体中心]] 杨", ["凤凰县融媒体中心"], IN),
    O("，[[县委]]、县政府", ["中共凤凰县委员会", "中共凤凰县委"], PA),
    O("县委、[[县政府]]召开", ZF, G),
    O("先进集体：[[阿拉营镇人民政府]]", ["凤凰县阿拉营镇人民政府", "阿拉营镇人民政府"], G),
    O("；[[县农业农村局]]；", NNJ, G),
    O("；[[县林业局]]\n", ["凤凰县林业局"], G),
    O("，[[县人民法院]]开展", FY, G),
    O("\n[[县法院]]集中", FY, G),
    O("记者从[[县人社局]]获悉", RSJ, G),
    O("在[[县人力资源市场]]举行", ["凤凰县人力资源市场"], IN, OPT),          # a venue
    O("，[[县市场监管局]]组织", ["凤凰县市场监督管理局"], G),
    O("，[[县民政局]]联合", ["凤凰县民政局"], G),
    O("联合[[县慈善总会]]走访", ["凤凰县慈善总会"], SO),
    O("）[[县医疗保障局]]昨日", ["凤凰县医疗保障局"], G),
    O("）[[县教育局]]昨日发布", JYJ, G),
    O("。[[县教育局]]提醒", JYJ, G),
    O("，[[县消防救援大队]]在", ["凤凰县消防救援大队"], G),
    O("，[[县农业农村局]]组织", NNJ, G),
    O("，[[团县委]]、县妇联", ["共青团凤凰县委员会"], PE),
    O("、[[县妇联]]在千工坪镇", ["凤凰县妇女联合会"], PE),
    O("，[[县政府]]与湖南", ZF, G),
    O("与[[湖南苗疆文化旅游发展有限公司]]签订", ["湖南苗疆文化旅游发展有限公司"], CO),
    O("\n[[县十八届人大]]五次", ["凤凰县人民代表大会"], G, OPT),            # inside a session's name
    O("，[[县人大常委会]]召开", RD, G),
    O("决定[[凤凰县第十八届人民代表大会]]第五次", ["凤凰县人民代表大会"], G, OPT),
    O("在[[县会议中心]]召开", ["凤凰县会议中心"], IN, OPT),                  # a venue
    O("经[[县人民政府]]同意", ZF, G),
    O("，[[县教育局]]、县人社局决定", JYJ, G),
    O("、[[县人社局]]决定", RSJ, G),
    O("\n[[凤凰县教育局]]\n", JYJ, G),
    O("\n[[凤凰县人力资源和社会保障局]]\n", RSJ, G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
STATS = [
    S("累计接待游客[[42.6万人次]]", "426000", "人次", C, "exact", "凤凰古城景区累计接待游客"),
    S("同比增长[[18.6%]]", "18.6", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("综合收入[[3.1亿元]]", "310000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("接待游客[[15.8万人次]]", "158000", "人次", C, "exact", "元旦假期接待游客"),
    S("负责人[[110余人]]", "110", "人", C, "over", "参加会议人员"),
    S("提高到[[46%]]", "46", "%", P, "exact", "过夜游客占比"),
    S("提高[[5.2个百分点]]", "5.2", "个百分点", P, "exact", "过夜游客占比", change=up("去年同期")),
    S("接待游客[[2180万人次]]", "21800000", "人次", C, "exact", "2025年全县接待游客"),
    S("收入突破[[260亿元]]", "26000000000", "元", M, "over", "2025年旅游综合收入", currency=CNY),
    S("2025年度[[30个]]先进集体", "30", "个", C, "exact", "受表彰先进集体"),
    S("和[[50名]]先进个人", "50", "名", C, "exact", "受表彰先进个人"),
    S("为[[86名]]农民工", "86", "名", C, "exact", "获兑付农民工"),
    S("工资款[[213.6万元]]。", "2136000", "元", M, "exact", "兑付工资款", currency=CNY),
    S("涉薪案件[[317件]]", "317", "件", C, "exact", "执结涉薪案件"),
    S("金额[[约2600万元]]", "26000000", "元", M, "about", "执行到位金额", currency=CNY),
    S("农民工工资[[213.6万元]]\n", "2136000", "元", M, "exact", "集中兑付农民工工资", currency=CNY),
    S("届时[[62家]]企业", "62", "家", C, "exact", "参加招聘会企业"),
    S("就业岗位[[1800余个]]", "1800", "个", C, "over", "提供就业岗位"),
    S("协作岗位[[600个]]", "600", "个", C, "exact", "省外劳务协作岗位"),
    S("城区[[28家]]商超", "28", "家", C, "exact", "检查的商超"),
    S("和[[45户]]农贸", "45", "户", C, "exact", "检查的农贸市场经营户"),
    S("样品[[126批次]]", "126", "批次", C, "exact", "抽检样品"),
    S("整改问题[[9个]]", "9", "个", C, "exact", "责令整改问题"),
    S("困难群众[[1260户]]", "1260", "户", C, "exact", "走访慰问困难群众"),
    S("总价值[[约75万元]]", "750000", "元", M, "about", "慰问金及物资总价值", currency=CNY),
    S("参保人数达[[36.2万人]]", "362000", "人", C, "exact", "城乡居民医保参保人数"),
    S("参保率[[97.3%]]，", "97.3", "%", P, "exact", "城乡居民医保参保率"),
    S("提高[[0.6个百分点]]", "0.6", "个百分点", P, "exact", "城乡居民医保参保率", change=up("去年")),
    S("参保率达[[97.3%]]\n", "97.3", "%", P, "exact", "全县医保参保率"),
    S("寒假共计[[35天]]", "35", "天", T, "exact", "寒假天数"),
    S("消防车[[8辆]]", "8", "辆", C, "exact", "出动消防车"),
    S("指战员[[56名]]", "56", "名", C, "exact", "出动指战员"),
    S("志愿者[[200余人]]", "200", "人", C, "over", "参与演练的古城商户及志愿者"),
    S("组织[[45名]]农技人员", "45", "名", C, "exact", "农技人员"),
    S("深入[[13个]]乡镇", "13", "个", C, "exact", "深入的乡镇（街道）"),
    S("全县[[12.6万亩]]油菜", "126000", "亩", A, "exact", "全县油菜面积"),
    S("总产量达[[1.9万吨以上]]", "19000", "吨", W, "over", "预计今年油菜籽总产量"),
    S("为[[320名]]留守儿童", "320", "名", C, "exact", "获赠礼包的留守儿童"),
    S("项目总投资[[4.5亿元]]", "450000000", "元", M, "exact", "夜游项目总投资", currency=CNY),
    S("年接待游客[[80万人次]]", "800000", "人次", C, "exact", "预计年接待游客"),
    S("会期[[3天]]", "3", "天", T, "exact", "会期"),
    S("中小学教师[[85名]]", "85", "名", C, "exact", "公开招聘中小学教师"),
]

EVENTS = [
    E("召开全县宣传思想文化工作会议", "meeting", "召开", D13, organizers=["县委宣传部"],
      participants=["各乡镇（街道）宣传委员", "县直单位分管负责人"]),
    E("召开全县乡村振兴工作总结表彰大会", "award", "表彰", day("2026-01-12"), organizers=["县委", "县政府"],
      participants=["30个先进集体", "50名先进个人"]),
    E("开展涉农民工工资案件集中兑付活动", "payout", "兑付", D14, organizers=["县人民法院"],
      participants=["86名农民工"]),
    E("去年该院共执结涉薪案件317件", "legal", "执结", Y25, opt=True),                     # a year summary
    E("专场招聘会将于下周二在县人力资源市场举行", "recruitment", "招聘会", D20, location="县人力资源市场",
      organizers=["县人社局"], participants=["62家企业"], theme="春风行动"),
    E("开展年货食品安全专项检查", "inspection", "检查", xun(2026, 1, 0), organizers=["县市场监管局"],
      participants=["城区28家商超", "45户农贸市场经营户"]),
    E("走访慰问全县困难群众1260户", "visit", "慰问", day("2026-01-10", "2026-01-14"),
      organizers=["县民政局", "县慈善总会"], participants=["困难群众"]),
    E("县医疗保障局昨日通报", "announcement", "通报", D14, organizers=["县医疗保障局"]),
    E("集中参保缴费期已于本月10日结束", "registration", "参保", day("2026-01-10"), opt=True),   # a window told closed
    E("县教育局昨日发布通知", "announcement", "发布", D14, organizers=["县教育局"], opt=True),  # the schedule told
    E("将于本月24日起放寒假", "schedule", "放寒假", D24, organizers=["县教育局"], participants=["全县中小学"]),
    E("下月28日开学", "schedule", "开学", day("2026-02-28"), organizers=["县教育局"], participants=["全县中小学"]),
    E("开展古建筑群火灾扑救实战演练", "training", "演练", day("2026-01-09"), location="凤凰古城虹桥风雨楼",
      organizers=["县消防救援大队"], participants=["古城商户及志愿者"]),
    E("指导农户开展油菜越冬田间管理", "production", "田间管理", None, organizers=["县农业农村局"],
      participants=["45名农技人员"]),
    E("联合开展“新春送温暖·巾帼暖童心”关爱留守儿童活动", "activity", "开展", D11, location="千工坪镇",
      organizers=["团县委", "县妇联"], participants=["320名留守儿童"], theme="新春送温暖·巾帼暖童心"),
    E("组织志愿者开展课业辅导", "activity", "课业辅导", D11, opt=True),                  # part of the activity
    E("签订合作协议", "signing", "签订", day("2026-01-08"), organizers=["县政府"],
      participants=["湖南苗疆文化旅游发展有限公司"]),
    E("召开第三十二次会议", "meeting", "召开", D13, organizers=["县人大常委会"]),
    E("于下周五在县会议中心召开", "meeting", "召开", D23, location="县会议中心"),
    E("公开招聘中小学教师85名", "recruitment", "招聘", None, organizers=["县教育局", "县人社局"]),
    E("报名时间为本月19日至23日", "registration", "报名", day("2026-01-19", "2026-01-23"),
      organizers=["县教育局", "县人社局"]),
    E("笔试定于下月7日举行", "exam", "笔试", day("2026-02-07"), organizers=["县教育局", "县人社局"]),
]
