"""今日临朐, 临朐县融媒体中心 (临朐县, 潍坊市, 山东省), 2026-10-20 (a Tuesday): a county paper page.
Features: a series label (`秋收秋种进行时`); a kicker over a title (`抢抓晴好天气 加快收种进度` /
`全县玉米收获进度超九成`); a paragraph broken after a comma (`…冬小麦播种31.2万亩，` | `完成计划的七成以上。…`) with
another article and its after-body headline between; a caption credited to a reporter (`记者 王 海 鹏 摄`); a winners
list in label-colon lines (`一等奖：九山镇 黄 德 胜`, names in layout spaces); a 通告 closing a meeting report
(numbered articles, issuing body, date line); two headlines in a row (one after its body, the next before its own);
headlines after their bodies; two items without headline. Bodies written short resolve with the county (`县妇联`,
`县农业农村局`, `县气象局`, `县人民医院`, `县供销社` ×3, `县人社局`, `县森林防灭火指挥部`, `县自然资源局`,
`县人民法院`, `县民政局`, `县住建局`, `县公安局交警大队`, `县医保局`); a street office acting (`城关街道`); towns as
places (`九山镇`, `冶源镇`, `五井镇`…). Dates: `昨日` = 10-19 (×3), `次日` = 10-20 (the day after the clinic's),
`重阳节当天` = 10-18, `霜降` = 10-23, `10月下旬` ×2, `下周二` = 10-27 (twice, once in a title), `下月` = November (a
title), `11月1日`, `自2026年11月1日起至2027年5月31日止`, `10月22日至11月10日`, `2027年度`, a date line
`2026年10月19日`.

Written at main commit eb78676, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, span, up, xun, year

PAPER = "今日临朐"
PUBLISHED = "2026-10-20"
HOME = {"county": "临朐县", "city": "潍坊市", "province": "山东省"}

LAYOUT = [
    ("秋收秋种进行时", "label", "C0"),
    ("抢抓晴好天气", "headline", "C0"),                       # kicker
    ("全县玉米收获进度", "headline", "C0"),
    ("本报讯（记者 王 海 鹏 通讯员", "body", "C0"),           # breaks after a comma
    ("本报讯（通讯员 张 敏）重阳节", "body", "C1"),
    ("巾帼志愿者重阳节", "headline", "C1"),                   # after its body
    ("完成计划的七成以上", "body", "C0"),                     # the rest of C0's paragraph
    ("九山镇农户在田间", "caption", "P0"),                    # 记者 王 海 鹏 摄
    ("本报讯（通讯员 李 娜）记者从", "body", "C2"),
    ("沂山景区下月起", "headline", "C2"),                     # after its body
    ("县人民医院专家团队", "headline", "C3"),                 # right after C2's headline
    ("本报讯（通讯员 李 娜）昨日", "body", "C3"),
    ("本报讯（记者 王 海 鹏）记者从县供销社", "body", "C4"),
    ("县供销社设立", "headline", "C4"),                       # after its body
    ("高端铝型材项目投产", "headline", "C5"),
    ("本报讯（记者 孙 立 新）10月16日", "body", "C5"),
    ("全县山楂擂台赛", "headline", "C6"),
    ("本报讯（通讯员 刘 晓 燕）10月17日", "body", "C6"),
    ("一等奖：", "body", "C6"),
    ("二等奖：", "body", "C6"),
    ("三等奖：", "body", "C6"),
    ("本报讯（通讯员 赵 雪）县人社局", "body", "C7"),
    ("下周二举办", "headline", "C7"),                         # after its body
    ("县森林防灭火指挥部部署", "headline", "C8"),
    ("本报讯（记者 孙 立 新）昨日", "body", "C8"),
    ("一、自2026年", "body", "C8"),                           # the notice closing the report
    ("二、违反规定的", "body", "C8"),
    ("临朐县森林防灭火指挥部", "body", "C8"),
    ("2026年10月19日", "body", "C8"),
    ("本报讯（通讯员 高 峰）", "body", "C9"),                 # no headline
    ("本报讯（通讯员 张 敏）10月16日", "body", "C10"),
    ("高龄津贴1386万元", "headline", "C10"),                  # after its body
    ("骏马路部分路段", "headline", "C11"),
    ("本报讯（通讯员 赵 雪）因雨污", "body", "C11"),
    ("本报讯（记者 王 海 鹏）县医保局", "body", "C12"),        # no headline
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["王海鹏"], correspondents=["刘晓燕"])),
    "C1": dict(byline=byline(correspondents=["张敏"])),
    "C2": dict(byline=byline(correspondents=["李娜"])),
    "C3": dict(byline=byline(correspondents=["李娜"])),
    "C4": dict(byline=byline(reporters=["王海鹏"])),
    "C5": dict(byline=byline(reporters=["孙立新"])),
    "C6": dict(byline=byline(correspondents=["刘晓燕"])),
    "C7": dict(byline=byline(correspondents=["赵雪"])),
    "C8": dict(byline=byline(reporters=["孙立新"])),
    "C9": dict(byline=byline(correspondents=["高峰"])),
    "C10": dict(byline=byline(correspondents=["张敏"])),
    "C11": dict(byline=byline(correspondents=["赵雪"])),
    "C12": dict(byline=byline(reporters=["王海鹏"])),
}
JOINS = [("本报讯（记者 王 海 鹏 通讯员", "完成计划的七成以上")]
PHOTOS = {"P0": dict(photographers=["王海鹏"], article="C0")}

D19, D16 = day("2026-10-19"), day("2026-10-16")
XUN = xun(2026, 10, 2)
WINTER = (span("2026-12-01", "2027-02-28"), "season")
AUTUMN = (span("2026-09-01", "2026-11-30"), "season")
DATES = [
    D("）[[连日来]]，全县", VAGUE, OPT),
    D("截至[[昨日]]，全县已收获", D19),
    D("）[[重阳节当天]]，县妇联", day("2026-10-18")),
    D("巾帼志愿者[[重阳节]]送温暖", day("2026-10-18")),
    D("确保[[10月下旬]]全面完成", XUN),
    D("提醒，[[霜降]]过后", day("2026-10-23")),
    D("自[[11月1日]]起，景区", day("2026-11-01")),
    D("景区执行[[冬季]]开放时间，", WINTER, OPT),                 # a season as a descriptor
    D("，[[每日]]8:00至", VAGUE, OPT),                           # a recurring slot
    D("沂山景区[[下月]]起", month(2026, 11)),
    D("起执行[[冬季]]开放时间\n", WINTER, OPT),
    D("）[[昨日]]，县人民医院", D19),
    D("[[次日]]，医疗队", day("2026-10-20")),
    D("，[[10月下旬]]起，县供销社", XUN),
    D("。[[今年]]全县山楂", year(2026)),
    D("）[[10月16日]]，山东宏泰", D16),
    D("）[[10月17日]]，县农业农村局", day("2026-10-17")),
    D("举办[[2026年]]临朐县山楂擂台赛", year(2026), OPT),        # a year inside the contest's name
    D("将于[[下周二]]在县人力", day("2026-10-27")),
    D("“[[金秋]]送岗", AUTUMN, OPT),                              # inside a theme
    D("\n[[下周二]]举办金秋", day("2026-10-27")),
    D("举办[[金秋]]专场招聘会\n", AUTUMN, OPT),
    D("指挥部部署[[秋冬季]]防火工作", VAGUE, OPT),               # seasons as descriptors
    D("）[[昨日]]，县森林防灭火", D19),
    D("召开全县[[秋冬季]]森林", VAGUE, OPT),
    D("自[[2026年11月1日起至2027年5月31日]]止", day("2026-11-01", "2027-05-31")),
    D("\n[[2026年10月19日]]\n", D19),
    D("）[[10月15日]]，县人民法院", day("2026-10-15")),
    D("）[[10月16日]]，县民政局", D16),
    D("将于[[10月22日至11月10日]]对", day("2026-10-22", "2026-11-10")),
    D("，[[2027年度]]城乡居民", year(2027)),
    D("将于[[12月31日]]截止", day("2026-12-31")),
    D("截至[[10月18日]]，全县", day("2026-10-18")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
NY = ["临朐县农业农村局"]
YY = ["临朐县人民医院"]
GXS = ["临朐县供销合作社联合社", "临朐县供销合作社"]
FH = ["临朐县森林防灭火指挥部"]
ORGS = [
    O("，[[县妇联]]联合", ["临朐县妇女联合会"], PE),
    O("联合[[城关街道]]开展", ["临朐县城关街道", "临朐县城关街道办事处"], G),
    O("。[[县农业农村局]]组织120名", NY, G),
    O("。[[县气象局]]提醒", ["临朐县气象局"], G),
    O("记者从[[沂山风景区管委会]]获悉", ["沂山风景区管理委员会", "沂山风景区管委会"], G),
    O("\n[[县人民医院]]专家团队", YY, IN),
    O("）昨日，[[县人民医院]]组织", YY, IN),
    O("记者从[[县供销社]]获悉", GXS, G),
    O("起，[[县供销社]]将在", GXS, G),
    O("\n[[县供销社]]设立", GXS, G),
    O("）10月16日，[[山东宏泰新材料有限公司]]年产", ["山东宏泰新材料有限公司"], CO),
    O("在[[临朐经济开发区]]正式", ["临朐经济开发区管理委员会", "临朐经济开发区"], G, OPT),   # a zone, a place
    O("）10月17日，[[县农业农村局]]在", NY, G),
    O("）[[县人社局]]将于", ["临朐县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["临朐县人力资源市场"], IN, OPT),                           # a venue
    O("\n[[县森林防灭火指挥部]]部署", FH, G),
    O("）昨日，[[县森林防灭火指挥部]]召开", FH, G),
    O("由[[县自然资源局]]依法", ["临朐县自然资源局"], G),
    O("\n[[临朐县森林防灭火指挥部]]\n", FH, G),
    O("，[[县人民法院]]在五井镇", ["临朐县人民法院"], G),
    O("，[[县民政局]]向全县", ["临朐县民政局"], G),
    O("，[[县住建局]]将于", ["临朐县住房和城乡建设局"], G),
    O("。[[县公安局交警大队]]提醒", ["临朐县公安局交通警察大队", "临朐县公安局交警大队"], G),
    O("）[[县医保局]]提醒", ["临朐县医疗保障局"], G),
]

C, P, M, W, A, TE = "count", "percent", "money", "weight", "area", "temperature"
CNY = "CNY"
STATS = [
    S("收获进度超[[九成]]", "0.9", "成", P, "over", "玉米收获进度", OPT),                  # X成
    S("已收获玉米[[46.8万亩]]", "468000", "亩", A, "exact", "已收获玉米"),
    S("种植面积的[[92.6%]]", "92.6", "%", P, "exact", "已收获玉米占种植面积比重"),
    S("冬小麦播种[[31.2万亩]]", "312000", "亩", A, "exact", "冬小麦播种"),
    S("，[[60余名]]巾帼志愿者", "60", "名", C, "over", "巾帼志愿者"),
    S("辖区[[8家]]养老机构", "8", "家", C, "exact", "走进的养老机构"),
    S("慰问品价值[[1.5万元]]", "15000", "元", M, "exact", "慰问品价值", currency=CNY),
    S("完成计划的[[七成以上]]", "0.7", "成", P, "over", "冬小麦播种完成计划比例", OPT),  # X成
    S("组织[[120名]]农技人员", "120", "名", C, "exact", "下沉一线的农技人员"),
    S("将降至[[2℃左右]]", "2", "℃", TE, "about", "夜间最低气温"),
    S("，[[60周岁以上]]老年人", "60", "周岁", "other", "over", "免费游览老年人年龄", OPT),    # an age
    S("等[[8个]]科室", "8", "个", C, "exact", "参加义诊的科室"),
    S("的[[15名]]专家", "15", "名", C, "exact", "义诊专家"),
    S("服务群众[[500余人次]]", "500", "人次", C, "over", "服务群众"),
    S("常用药品价值[[1.2万元]]", "12000", "元", M, "exact", "发放常用药品价值", currency=CNY),
    S("山楂收购点[[6处]]", "6", "处", C, "exact", "山楂收购点"),
    S("不低于[[2.4元]]", "2.4", "元", M, "over", "山楂每公斤收购价", currency=CNY),
    S("种植面积达[[12.5万亩]]", "125000", "亩", A, "exact", "全县山楂种植面积"),
    S("总产量[[18万吨]]", "180000", "吨", W, "exact", "山楂预计总产量"),
    S("同比增长[[8%左右]]", "8", "%", P, "about", "山楂总产量", change=up("上年同期")),
    S("设立[[6处]]山楂", "6", "处", C, "exact", "山楂收购点"),
    S("年产[[8万吨]]高端", "80000", "吨", W, "exact", "铝型材项目年产能", OPT),            # inside the project's name
    S("总投资[[9.6亿元]]", "960000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("就业岗位[[360个]]", "360", "个", C, "exact", "新增就业岗位"),
    S("年销售收入[[约22亿元]]", "2200000000", "元", M, "about", "达产后年销售收入", currency=CNY),
    S("全县的[[86个]]参赛样品", "86", "个", C, "exact", "参赛样品"),
    S("一等奖[[1名]]", "1", "名", C, "exact", "一等奖"),
    S("二等奖[[2名]]", "2", "名", C, "exact", "二等奖"),
    S("三等奖[[3名]]", "3", "名", C, "exact", "三等奖"),
    S("届时[[52家]]企业", "52", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1600余个]]", "1600", "个", C, "over", "提供岗位"),
    S("临时检查站[[41处]]", "41", "处", C, "exact", "增设临时检查站"),
    S("退还农户货款[[3.8万元]]", "38000", "元", M, "exact", "退还农户货款", currency=CNY),
    S("赔偿损失[[1.2万元]]", "12000", "元", M, "exact", "赔偿损失", currency=CNY),
    S("全县[[80周岁以上]]老年人", "80", "周岁", "other", "over", "领取高龄津贴老年人年龄", OPT),  # an age
    S("共发放资金[[1386万元]]", "13860000", "元", M, "exact", "高龄津贴发放资金", currency=CNY),
    S("惠及老人[[2.3万人]]", "23000", "人", C, "exact", "惠及老人"),
    S("高龄津贴[[1386万元]]发放", "13860000", "元", M, "exact", "高龄津贴", currency=CNY),
    S("已有[[48.6万人]]完成", "486000", "人", C, "exact", "完成参保缴费人数"),
    S("参保率达[[78.5%]]", "78.5", "%", P, "exact", "参保率"),
]

EVENTS = [
    E("全县已收获玉米46.8万亩", "production", "收获", D19, location="全县"),
    E("分片开展技术指导", "training", "技术指导", None, organizers=["县农业农村局"], opt=True),   # field guidance
    E("开展“孝老敬亲 情暖重阳”志愿服务活动", "activity", "志愿服务", day("2026-10-18"),
      organizers=["县妇联", "城关街道"], participants=["60余名巾帼志愿者"], theme="孝老敬亲 情暖重阳"),
    E("景区执行冬季开放时间", "schedule", "开放", day("2026-11-01"), location="沂山风景区",
      organizers=["沂山风景区管委会"]),
    E("开展“健康进山村”义诊活动", "activity", "义诊", D19, location="九山镇", organizers=["县人民医院"],
      theme="健康进山村"),
    E("转至沂山镇继续巡回义诊", "activity", "义诊", day("2026-10-20"), location="沂山镇"),
    E("设立山楂收购点6处", "launch", "设立", XUN, location="九山镇、冶源镇、寺头镇", organizers=["县供销社"]),
    E("铝型材项目在临朐经济开发区正式投产", "construction", "投产", D16, location="临朐经济开发区",
      organizers=["山东宏泰新材料有限公司"]),
    E("举办2026年临朐县山楂擂台赛", "competition", "擂台赛", day("2026-10-17"), location="九山镇",
      organizers=["县农业农村局"]),
    E("评出一等奖1名", "award", "评出", day("2026-10-17"), organizers=["县农业农村局"]),
    E("专场招聘会，届时", "recruitment", "招聘会", day("2026-10-27"), location="县人力资源市场",
      organizers=["县人社局"], participants=["52家企业"], theme="金秋送岗 就在临朐"),
    E("召开全县秋冬季森林防灭火工作会议", "meeting", "召开", D19, organizers=["县森林防灭火指挥部"]),
    E("增设临时检查站41处", "construction", "增设", None, opt=True),                        # a requirement
    E("会议同时发布通告", "announcement", "发布", D19, organizers=["县森林防灭火指挥部"],
      opt=True),                                                                     # the notice's issue
    E("为全县森林防火期，其间林区内严禁野外吸烟", "policy", "严禁", day("2026-11-01", "2027-05-31"),
      organizers=["临朐县森林防灭火指挥部"]),
    E("巡回审理一起农资买卖合同纠纷案", "legal", "审理", day("2026-10-15"), location="五井镇",
      organizers=["县人民法院"]),
    E("经法官调解", "legal", "调解", day("2026-10-15"), opt=True),                         # the same case told again
    E("发放高龄津贴", "payout", "发放", D16, organizers=["县民政局"], participants=["全县80周岁以上老年人"]),
    E("实行封闭施工", "traffic", "封闭施工", day("2026-10-22", "2026-11-10"),
      location="骏马路（新华路至兴隆路段）", organizers=["县住建局"]),
    E("参保登记将于12月31日截止", "registration", "登记", day("2026-12-31"), organizers=["县医保局"]),
]
