"""今日沭阳, 沭阳县融媒体中心 (沭阳县, 宿迁市, 江苏省), 2025-12-10 (a Wednesday): a county paper page.
Features: a series label (`民生实事进行时`); a kicker over a title (`赛技能 展风采` / `全县职业院校学生技能大赛
结果揭晓`); a winners list in two label-colon lines (`一等奖：吴 佳 怡（沭阳县中等专业学校）、…`, units as
organizations, a town school resolved with the county); a 通告 closing with two issuing bodies on their own lines
and a date line (`自2025年12月15日起至2026年1月31日止…实行半幅封闭交通管制`: traffic); a caption credited to the
county media centre and a person (`县融媒体中心 周 海 峰 摄`) and one credited to an institution only
(`（县市场监管局供图）`); a paragraph broken after a comma (`…拉网式排查，` | `对排查出的隐患…`) with another
article, its headline and a caption between; a paragraph broken mid-word (`问题隐|患56个`) with a caption between;
four headlines after their bodies. County bodies resolve with the county (`县人社局` → 沭阳县人力资源和社会保障局,
`县教育局`, `县市场监管局`, `县法院`, `县人大常委会`, `团县委`, `县妇联`, `县医保局`, `县商务局`). Relative dates:
`昨天下午`, `昨天`, `截至昨天` = 12-09, `当天` (after `本月8日`), `下周四` = 12-18, `下周二` = 12-16, `下周一` = 12-15
(`开幕首日` the same day), `本月N日`, `本月6日至7日`, `本月17日至19日`, `本月20日前`, `本月上旬`, `明年1月下旬`;
`日前`, `今年以来`, a year in an exam's, subsidy's or insurance year's name optional. Events of many types (meeting,
recruitment, competition, award, traffic, inspection, legal, announcement, exam, payout, training, activity in
quotes, registration); plans and parts of one happening are optional.

Written at main commit c5283ce, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, xun, year

PAPER = "今日沭阳"
PUBLISHED = "2025-12-10"
HOME = {"county": "沭阳县", "city": "宿迁市", "province": "江苏省"}

LAYOUT = [
    ("民生实事进行时", "label", "A0"),
    ("县政府部署", "headline", "A0"),
    ("本报讯（记者 孙 立 新）昨天下午", "body", "A0"),       # breaks after a comma
    ("本报讯（通讯员 钱 晓 雯）本月8日", "body", "A1"),
    ("63家企业送来", "headline", "A1"),                      # after its body
    ("12月8日，求职者", "caption", "P0"),                    # 县融媒体中心 周 海 峰 摄
    ("对排查出的隐患", "body", "A0"),                        # the rest of A0's paragraph
    ("赛技能 展风采", "headline", "A2"),                     # kicker
    ("全县职业院校", "headline", "A2"),
    ("本报讯（通讯员 钱 晓 雯）本月6日至7日", "body", "A2"),
    ("一等奖：", "body", "A2"),
    ("二等奖：", "body", "A2"),
    ("关于G205国道", "headline", "A3"),
    ("因G205国道", "body", "A3"),
    ("沭阳县公安局交通警察大队", "body", "A3"),
    ("沭阳县交通运输局", "body", "A3"),
    ("2025年12月9日", "body", "A3"),
    ("本报讯（记者 孙 立 新）本月上旬", "body", "A4"),       # breaks mid-word
    ("执法人员在县实验小学", "caption", "P1"),               # （县市场监管局供图）
    ("患56个", "body", "A4"),                                # the rest of A4's paragraph
    ("校园食品安全专项检查", "headline", "A4"),               # after its body
    ("县法院宣判", "headline", "A5"),
    ("本报讯（通讯员 蔡 文 静）县人民法院", "body", "A5"),
    ("本报讯（通讯员 蔡 文 静）县教育局日前", "body", "A6"),
    ("县公开招聘教师笔试", "headline", "A6"),                # after its body
    ("8.6万户稻农", "headline", "A7"),
    ("本报讯（记者 许 晨）昨天，县农业", "body", "A7"),
    ("本报讯（通讯员 钱 晓 雯）本月9日", "body", "A8"),
    ("家庭医生集中", "headline", "A8"),                      # after its body
    ("县人大常委会视察", "headline", "A9"),
    ("本报讯（记者 许 晨）本月5日", "body", "A9"),
    ("“花乡暖冬”志愿服务走进", "headline", "A10"),
    ("本报讯（记者 孙 立 新）本月7日", "body", "A10"),
    ("城乡居民医保集中缴费", "headline", "A11"),
    ("本报讯（记者 许 晨）县医疗保障局", "body", "A11"),
    ("第五届沭阳花木年货节", "headline", "A12"),
    ("本报讯（通讯员 蔡 文 静）记者从", "body", "A12"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["孙立新"])),
    "A1": dict(byline=byline(correspondents=["钱晓雯"])),
    "A2": dict(byline=byline(correspondents=["钱晓雯"])),
    "A3": dict(),
    "A4": dict(byline=byline(reporters=["孙立新"])),
    "A5": dict(byline=byline(correspondents=["蔡文静"])),
    "A6": dict(byline=byline(correspondents=["蔡文静"])),
    "A7": dict(byline=byline(reporters=["许晨"])),
    "A8": dict(byline=byline(correspondents=["钱晓雯"])),
    "A9": dict(byline=byline(reporters=["许晨"])),
    "A10": dict(byline=byline(reporters=["孙立新"])),
    "A11": dict(byline=byline(reporters=["许晨"])),
    "A12": dict(byline=byline(correspondents=["蔡文静"])),
}
JOINS = [("本报讯（记者 孙 立 新）昨天下午", "对排查出的隐患"), ("本报讯（记者 孙 立 新）本月上旬", "患56个")]
PHOTOS = {
    "P0": dict(photographers=["周海峰"], article="A1"),
    "P1": dict(photographers=[], article="A4"),
}

D5, D7, D8, D9 = day("2025-12-05"), day("2025-12-07"), day("2025-12-08"), day("2025-12-09")
MON, TUE, THU = day("2025-12-15"), day("2025-12-16"), day("2025-12-18")
D20 = day("2025-12-20")
D6_7 = day("2025-12-06", "2025-12-07")

DATES = [
    D("[[昨天下午]]，县政府", D9),
    D("通报[[今年以来]]全县", year(2025), OPT),
    D("[[岁末年初]]安全防范", VAGUE),
    D("[[岁末年初]]安全生产工作\n", VAGUE),
    D("会议要求，[[本月20日]]前完成", D20),
    D("）[[本月8日]]，县人社局", D8),
    D("[[当天]]，现场达成", D8),
    D("[[下周四]]，县人社局", THU),
    D("[[12月8日]]，求职者", D8),
    D("）[[本月6日至7日]]，由县", D6_7),
    D("自[[2025年12月15日起至2026年1月31日]]止", day("2025-12-15", "2026-01-31")),
    D("交通运输局\n[[2025年12月9日]]", D9),
    D("）[[本月上旬]]，县市场", xun(2025, 12, 0)),
    D("截至[[昨天]]，已检查", D9),
    D("县人民法院[[昨天]]公开", D9),
    D("。[[今年以来]]，县人民法院", year(2025), OPT),
    D("县教育局[[日前]]发布", VAGUE),
    D("，[[2026年]]沭阳县公开", year(2026), OPT),                 # in the exam's name
    D("笔试定于[[本月20日]]在", D20),
    D("笔试[[本月20日]]举行", D20),
    D("可于[[本月17日至19日]]登录", day("2025-12-17", "2025-12-19")),
    D("（记者 许 晨）[[昨天]]，县农业", D9),
    D("发放[[2025年度]]稻谷", year(2025), OPT),                   # in the subsidy's name
    D("。[[今年]]全县水稻", year(2025)),
    D("）[[本月9日]]，县卫生", D9),
    D("）[[本月5日]]，县人大", D5),
    D("）[[本月7日]]，团县委", D7),
    D("医保集中缴费[[本月31日]]截止", day("2025-12-31")),
    D("县医疗保障局[[昨天]]发布", D9),
    D("，[[2026年度]]城乡居民", year(2026), OPT),                 # the insurance year, in a name
    D("将于[[本月31日]]截止", day("2025-12-31")),
    D("截至[[本月8日]]，全县", D8),
    D("提醒，[[下周二]]起", TUE),
    D("年货节[[下周一]]开幕", MON),
    D("将于[[下周一]]在沭阳", MON),
    D("持续至[[明年1月下旬]]", xun(2026, 1, 2)),
    D("开幕[[首日]]，前100名", MON),
]

G, PA, PE, IN, CO = "government", "party", "people", "institution", "company"
RSJ = ["沭阳县人力资源和社会保障局", "沭阳县人社局"]
JYJ = ["沭阳县教育局"]
SJJ = ["沭阳县市场监督管理局", "沭阳县市场监管局"]
FY = ["沭阳县人民法院"]
RD = ["沭阳县人民代表大会常务委员会", "沭阳县人大常委会"]
ZZ = ["沭阳县中等专业学校"]
KD = ["沭阳开放大学", "沭阳县开放大学"]
WZ = ["沭阳县卫生职业学校"]
ZYY = ["沭阳县中医院"]
YB = ["沭阳县医疗保障局", "沭阳县医保局"]
ZF = ["沭阳县人民政府"]
ORGS = [
    O("[[县政府]]部署岁末", ZF, G),
    O("昨天下午，[[县政府]]召开", ZF, G),
    O("本月8日，[[县人社局]]在", RSJ, G),
    O("在[[县人力资源市场]]举办", ["沭阳县人力资源市场"], IN, OPT),      # a market place
    O("下周四，[[县人社局]]还将", RSJ, G),
    O("在[[沭城街道]]举办", ["沭阳县沭城街道", "沭城街道"], G, OPT),     # a place here
    O("[[县融媒体中心]] 周", ["沭阳县融媒体中心"], IN),
    O("由[[县教育局]]、县人社局", JYJ, G),
    O("县教育局、[[县人社局]]联合", RSJ, G),
    O("在[[县中等专业学校]]举行", ZZ, IN),
    O("（[[沭阳县中等专业学校]]）", ZZ, IN),
    O("陈 浩（[[县开放大学]]）", KD, IN),
    O("刘 子 涵（[[县卫生职业学校]]）", WZ, IN),
    O("王 磊（[[县中等专业学校]]）", ZZ, IN),
    O("张 雨 欣（[[县开放大学]]）", KD, IN),
    O("李 俊（[[县卫生职业学校]]）", WZ, IN),
    O("赵 敏（[[县中等专业学校]]）", ZZ, IN),
    O("（[[扎下镇职业技术学校]]）", ["沭阳县扎下镇职业技术学校", "扎下镇职业技术学校"], IN),
    O("[[沭阳县公安局交通警察大队]]", ["沭阳县公安局交通警察大队"], G),
    O("[[沭阳县交通运输局]]", ["沭阳县交通运输局"], G),
    O("本月上旬，[[县市场监管局]]联合", SJJ, G),
    O("联合[[县教育局]]开展", JYJ, G),
    O("在[[县实验小学]]食堂", ["沭阳县实验小学"], IN),
    O("（[[县市场监管局]]供图）", SJJ, G),
    O("[[县法院]]宣判", FY, G),
    O("）[[县人民法院]]昨天", FY, G),
    O("，[[县人民法院]]共审结", FY, G),
    O("）[[县教育局]]日前", JYJ, G),
    O("在[[县建设中学]]举行", ["沭阳县建设中学"], IN),
    O("登录[[县教育局网站]]", ["沭阳县教育局网站"], G, OPT),               # a website
    O("，[[县农业农村局]]通过", ["沭阳县农业农村局"], G),
    O("，[[县卫生健康局]]在", ["沭阳县卫生健康局"], G),
    O("在[[县中医院]]举办", ZYY, IN),
    O("。[[县中医院]]专家", ZYY, IN),
    O("[[县人大常委会]]视察", RD, G),
    O("，[[县人大常委会]]组织", RD, G),
    O("来到[[县第二人民医院]]新院区", ["沭阳县第二人民医院"], IN),
    O("[[团县委]]、县妇联", ["共青团沭阳县委员会"], PE),
    O("、[[县妇联]]在", ["沭阳县妇女联合会"], PE),
    O("在[[韩山镇新时代文明实践所]]开展", ["沭阳县韩山镇新时代文明实践所", "韩山镇新时代文明实践所"], IN),
    O("）[[县医疗保障局]]昨天", YB, G),
    O("。[[县医保局]]提醒", YB, G),
    O("，各镇（街道）[[便民服务中心]]将", ["沭阳县各镇（街道）便民服务中心"], IN, OPT),   # generic, many
    O("记者从[[县商务局]]获悉", ["沭阳县商务局"], G),
]

C, P, M, T, A, W = "count", "percent", "money", "duration", "area", "weight"
CNY = "CNY"
STATS = [
    S("负责人[[80余人]]参加", "80", "人", C, "over", "参加会议负责人"),
    S("，[[63家]]企业提供", "63", "家", C, "exact", "提供岗位企业"),
    S("等岗位[[1500余个]]", "1500", "个", C, "over", "提供岗位"),
    S("求职者[[2100余人次]]", "2100", "人次", C, "over", "进场求职者"),
    S("就业意向[[412人]]", "412", "人", C, "exact", "现场达成就业意向"),
    S("[[63家]]企业送来", "63", "家", C, "exact", "企业"),
    S("送来岗位[[1500余个]]", "1500", "个", C, "over", "岗位"),
    S("来自[[4所]]职业院校", "4", "所", C, "exact", "职业院校"),
    S("的[[126名]]学生", "126", "名", C, "exact", "参赛学生"),
    S("中式烹饪等[[6个]]项目", "6", "个", C, "exact", "比赛项目"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[5名]]", "5", "名", C, "exact", "二等奖"),
    S("学校食堂[[138家]]", "138", "家", C, "exact", "已检查学校食堂"),
    S("校外供餐单位[[12家]]", "12", "家", C, "exact", "已检查校外供餐单位"),
    S("\n患[[56个]]", "56", "个", C, "exact", "督促整改问题隐患"),
    S("立案查处[[2起]]", "2", "起", C, "exact", "立案查处"),
    S("整改隐患[[56个]]", "56", "个", C, "exact", "整改隐患"),
    S("银行卡[[6张]]", "6", "张", C, "exact", "出售银行卡"),
    S("转移资金[[280余万元]]", "2800000", "元", M, "over", "帮助转移资金", currency=CNY),
    S("有期徒刑[[一年六个月]]", "1.5", "年", T, "exact", "有期徒刑", OPT),        # a sentence
    S("罚金[[2万元]]", "20000", "元", M, "exact", "罚金", currency=CNY),
    S("此类案件[[37件]]", "37", "件", C, "exact", "审结此类案件"),
    S("招聘教师[[260名]]", "260", "名", C, "exact", "计划招聘教师"),
    S("共有[[3180人]]报名", "3180", "人", C, "exact", "报名人数"),
    S("资格审查[[2946人]]", "2946", "人", C, "exact", "资格审查符合条件人数"),
    S("[[8.6万户]]稻农领到", "86000", "户", C, "exact", "稻农"),
    S("全县[[8.6万户]]稻农发放", "86000", "户", C, "exact", "稻农"),
    S("生产者补贴[[6120万元]]", "61200000", "元", M, "exact", "稻谷生产者补贴", currency=CNY),
    S("每亩[[68元]]", "68", "元", M, "exact", "补贴标准", currency=CNY),
    S("种植面积达[[90万亩]]", "900000", "亩", A, "exact", "全县水稻种植面积"),
    S("总产量[[47.5万吨]]", "475000", "吨", W, "exact", "水稻总产量"),
    S("同比增长[[1.6%]]", "1.6", "%", P, "exact", "水稻总产量", change=up()),
    S("全县[[40个]]镇", "40", "个", C, "exact", "镇（街道）卫生院"),
    S("的[[210名]]家庭医生", "210", "名", C, "exact", "参加培训家庭医生"),
    S("改造工程等[[5个]]项目", "5", "个", C, "exact", "视察项目"),
    S("，[[60余名]]志愿者", "60", "名", C, "over", "志愿者"),
    S("宣传资料[[1000余份]]", "1000", "份", C, "over", "发放宣传资料"),
    S("为[[15户]]困难家庭", "15", "户", C, "exact", "困难家庭"),
    S("每人每年[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency=CNY),
    S("已有[[121.6万人]]完成", "1216000", "人", C, "exact", "完成参保缴费人数"),
    S("参保率达[[93.5%]]", "93.5", "%", P, "exact", "参保率"),
    S("盆景展销等[[10项]]活动", "10", "项", C, "exact", "年货节活动"),
    S("参展商户[[300余家]]", "300", "家", C, "over", "参展商户"),
    S("前[[100名]]游客", "100", "名", C, "exact", "免费领取多肉盆栽游客", OPT),   # a cut-off rank
    S("多肉盆栽[[一盆]]", "1", "盆", C, "exact", "多肉盆栽", OPT),
]

EVENTS = [
    E("县政府召开全县冬季安全生产工作会议", "meeting", "召开", D9, organizers=["县政府"]),
    E("本月20日前完成全县危化品企业、建筑工地、人员密集场所拉网式排查", "inspection", "排查", D20, opt=True),  # a plan
    E("举办“就业援助月”专场招聘会", "recruitment", "招聘会", D8, location="县人力资源市场",
      organizers=["县人社局"], theme="就业援助月"),
    E("在沭城街道举办退役军人专场招聘会", "recruitment", "招聘会", THU, location="沭城街道",
      organizers=["县人社局"]),
    E("技能大赛在县中等专业学校举行", "competition", "举行", D6_7, location="县中等专业学校",
      organizers=["县教育局", "县人社局"]),
    E("共评出一等奖3名", "award", "评出", D6_7, organizers=["县教育局", "县人社局"]),
    E("对G205国道新河镇至庙头镇路段实行半幅封闭交通管制", "traffic", "交通管制",
      day("2025-12-15", "2026-01-31"), location="G205国道新河镇至庙头镇路段",
      organizers=["沭阳县公安局交通警察大队", "沭阳县交通运输局"]),
    E("因G205国道沭阳段路面改造施工需要", "construction", "施工", opt=True),          # the cause, told once
    E("开展冬季校园食品安全专项检查", "inspection", "检查", xun(2025, 12, 0),
      organizers=["县市场监管局", "县教育局"]),
    E("立案查处2起", "legal", "立案查处", opt=True),                                    # part of the check
    E("县人民法院昨天公开宣判一起帮助信息网络犯罪活动案", "legal", "宣判", D9, organizers=["县人民法院"]),
    E("县教育局日前发布公告", "announcement", "发布", organizers=["县教育局"]),
    E("笔试定于本月20日在县建设中学举行", "exam", "笔试", D20, location="县建设中学", organizers=["县教育局"]),
    E("发放2025年度稻谷生产者补贴6120万元", "payout", "发放", D9, organizers=["县农业农村局"],
      participants=["稻农"]),
    E("举办家庭医生签约服务能力提升培训班", "training", "培训班", D9, location="县中医院",
      organizers=["县卫生健康局"]),
    E("组织部分县人大代表视察全县重点民生实事项目推进情况", "inspection", "视察", D5,
      organizers=["县人大常委会"]),
    E("开展“花乡暖冬”志愿服务活动", "activity", "开展", D7, location="韩山镇新时代文明实践所",
      organizers=["团县委", "县妇联"], theme="花乡暖冬"),
    E("为15户困难家庭送去", "visit", "送去", D7, opt=True),                             # part of the activity
    E("县医疗保障局昨天发布通知", "announcement", "发布", D9, organizers=["县医疗保障局"]),
    E("集中缴费将于本月31日截止", "registration", "缴费", day("2025-12-31"), organizers=["县医疗保障局"]),
    E("便民服务中心将开设缴费专窗", "launch", "开设", TUE, opt=True),                  # part of the window
    E("年货节将于下周一在沭阳花木大世界开幕", "exhibition", "开幕", MON,
      location="沭阳花木大世界"),  # 县商务局 is the source
    E("举办直播带货大赛、盆景展销等10项活动", "activity", "举办", opt=True),            # parts of the fair
]
