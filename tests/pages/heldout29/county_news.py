"""今日宁都, 宁都县融媒体中心 (宁都县, 赣州市, 江西省), 2026-02-04 (a Wednesday, 立春): a county paper page.
Features: a series label (`春耕春管进行时`); a kicker over a title (`立春时节农事忙` / `全县38.2万亩油菜…`); a paragraph
broken after a comma (`…较上年增加1.6万亩，` | `预计油菜籽总产量可达4.5万吨。…`) with another article and its after-body
headline between; a caption credited to an institution and a person (`县融媒体中心 廖 志 强 摄`) and one credited to a
body alone (`县消防救援大队 供图`, no photographer); a winners list in label-colon lines (`巾帼建功标兵：`,
`最美巾帼志愿者：`, names in layout spaces, towns and units in brackets: towns are places, `县人民医院`/`县第二中学`
organizations); a 通告 closing roads over the Spring Festival holiday with its issuing body and date line (traffic);
headlines after their bodies (one after its body and caption); three items without headline. Bodies written short
resolve with the county (`县农业农村局`, `县委宣传部`, `县妇联` ×3, `县人民检察院`, `县人社局`, `县市场监管局` ×2,
`县交通运输局`, `县消防救援大队` ×3, `县中医院`, `县委组织部`, `县教育局`, `团县委` ×2, `县图书馆`). Relative dates:
`昨日上午`/`昨日` = 02-03, `当天` (the show's day), `本月X日`, `本月1日至3日`, `下周一` = 02-09 (twice, once in a
title), `下周三` = 02-11, `今年`/`上年`, `春节期间` (the official holiday 02-15..02-23), `春运期间（本月2日至3月13日）`
and `春运期间` told again.

Written at main commit 7f7a76b, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, year

PAPER = "今日宁都"
PUBLISHED = "2026-02-04"
HOME = {"county": "宁都县", "city": "赣州市", "province": "江西省"}

LAYOUT = [
    ("春耕春管进行时", "label", "A0"),
    ("立春时节农事忙", "headline", "A0"),                     # kicker
    ("全县38.2万亩油菜", "headline", "A0"),
    ("本报讯（记者 曾 晓 峰 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 黄 文 静）昨日上午", "body", "A1"),
    ("“翠微迎春”新春文艺演出温暖", "headline", "A1"),        # after its body
    ("预计油菜籽总产量", "body", "A0"),                       # the rest of A0's paragraph
    ("田埂上，农技人员", "caption", "P0"),                    # 县融媒体中心 廖 志 强 摄
    ("本报讯（通讯员 刘 慧 敏）本月2日", "body", "A2"),
    ("巾帼暖冬送关爱", "headline", "A2"),                     # after its body
    ("县妇联表彰", "headline", "A3"),
    ("本报讯（通讯员 刘 慧 敏）本月3日", "body", "A3"),
    ("巾帼建功标兵：", "body", "A3"),
    ("最美巾帼志愿者：", "body", "A3"),
    ("关于春节期间", "headline", "A4"),
    ("为确保春节期间", "body", "A4"),
    ("一、2026年", "body", "A4"),
    ("二、执行任务", "body", "A4"),
    ("宁都县公安局交通管理大队", "body", "A4"),
    ("2026年2月3日", "body", "A4"),
    ("本报讯（通讯员 杨 帆）", "body", "A5"),                  # no headline
    ("本报讯（记者 黄 文 静）记者从县人社局", "body", "A6"),
    ("“春风行动”专场招聘会", "headline", "A6"),               # after its body
    ("县市场监管局开展", "headline", "A7"),
    ("本报讯（通讯员 温 丽 萍）本月1日至3日", "body", "A7"),
    ("本报讯（通讯员 钟 建 华）春运期间", "body", "A8"),
    ("春运每日加开", "headline", "A8"),                       # after its body
    ("本报讯（通讯员 钟 建 华）本月3日", "body", "A9"),
    ("消防指战员指导", "caption", "P1"),                      # 县消防救援大队 供图
    ("县消防救援大队进医院", "headline", "A9"),               # after its body and caption
    ("本报讯（记者 曾 晓 峰）本月2日", "body", "A10"),         # no headline
    ("本报讯（通讯员 彭 丽）全县中小学", "body", "A11"),        # no headline
    ("团县委“童心迎春”", "headline", "A12"),
    ("本报讯（通讯员 彭 丽）本月3日", "body", "A12"),
    ("本报讯（记者 黄 文 静）本月1日", "body", "A13"),
    ("脐橙深加工项目竣工", "headline", "A13"),                # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["曾晓峰"], correspondents=["温丽萍"])),
    "A1": dict(byline=byline(reporters=["黄文静"])),
    "A2": dict(byline=byline(correspondents=["刘慧敏"])),
    "A3": dict(byline=byline(correspondents=["刘慧敏"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["杨帆"])),
    "A6": dict(byline=byline(reporters=["黄文静"])),
    "A7": dict(byline=byline(correspondents=["温丽萍"])),
    "A8": dict(byline=byline(correspondents=["钟建华"])),
    "A9": dict(byline=byline(correspondents=["钟建华"])),
    "A10": dict(byline=byline(reporters=["曾晓峰"])),
    "A11": dict(byline=byline(correspondents=["彭丽"])),
    "A12": dict(byline=byline(correspondents=["彭丽"])),
    "A13": dict(byline=byline(reporters=["黄文静"])),
}
JOINS = [("本报讯（记者 曾 晓 峰 通讯员", "预计油菜籽总产量")]
PHOTOS = {
    "P0": dict(photographers=["廖志强"], article="A0"),
    "P1": dict(photographers=[], article="A9"),
}

D03, D02, D01 = day("2026-02-03"), day("2026-02-02"), day("2026-02-01")
D09 = day("2026-02-09")
Y26, Y25 = year(2026), year(2025)
SPRING_FESTIVAL = day("2026-02-15", "2026-02-23")      # the official holiday
CHUNYUN = day("2026-02-02", "2026-03-13")
DATES = [
    D("\n[[立春时节]]农事忙", day("2026-02-04"), OPT),                # a solar term as a descriptor
    D("）[[连日来]]，县农业", VAGUE, OPT),
    D("油菜清沟排渍、追施薹肥等[[春季]]田间", VAGUE, OPT),            # a season as a descriptor
    D("油菜进入[[春季]]田管", VAGUE, OPT),
    D("。[[今年]]全县油菜", Y26),
    D("较[[上年]]增加1.6万亩", Y25),
    D("）[[昨日上午]]，县委宣传部", D03),
    D("“翠微迎春”[[新春]]文艺演出，", VAGUE, OPT),                    # a festival as a descriptor
    D("“翠微迎春”[[新春]]文艺演出温暖", VAGUE, OPT),
    D("[[当天]]，书法志愿者", D03),
    D("县财政[[今年]]安排", Y26),
    D("）[[本月2日]]，县妇联", D02),
    D("县妇联表彰[[2025年度]]“巾帼", Y25),
    D("）[[本月3日]]，县妇联", D03),
    D("，对[[2025年度]]“巾帼", Y25),
    D("关于[[春节期间]]县城", SPRING_FESTIVAL, OPT),                  # inside the notice's title
    D("为确保[[春节期间]]县城", SPRING_FESTIVAL),
    D("一、[[2026年2月15日至2月23日]]，", day("2026-02-15", "2026-02-23")),
    D("，[[每日]]9时至21时", VAGUE, OPT),                             # a recurring slot
    D("\n[[2026年2月3日]]\n", D03),
    D("）[[昨日]]，县人民检察院", D03),
    D("将于[[下周一]]在县人力", D09),
    D("专场招聘会[[下周一]]举办", D09),
    D("开展[[节前]]食品安全检查", VAGUE, OPT),
    D("）[[本月1日至3日]]，县市场", day("2026-02-01", "2026-02-03")),
    D("开展[[节前]]食品安全专项", VAGUE, OPT),
    D("华）[[春运期间（本月2日至3月13日）]]，县交通", CHUNYUN),
    D("预计[[春运期间]]运送", CHUNYUN),
    D("\n[[春运]]每日加开", CHUNYUN, OPT),                            # in a title
    D("）[[本月3日]]，县消防", D03),
    D("）[[本月2日]]，县委组织部", D02),
    D("总结[[2025年]]组织工作", Y25),
    D("部署[[今年]]重点任务", Y26),
    D("将于[[本月7日]]起放寒假", day("2026-02-07")),
    D("起放[[寒假]]，", VAGUE, OPT),
    D("，[[3月2日]]正式开学", day("2026-03-02")),
    D("提醒，[[寒假期间]]家长", VAGUE, OPT),
    D("团县委“童心迎春”[[寒假]]公益课堂启动", VAGUE, OPT),            # a descriptor
    D("）[[本月3日]]，团县委", D03),
    D("启动“童心迎春”[[寒假]]公益课堂，", VAGUE, OPT),
    D("，[[寒假期间]]将开设", VAGUE, OPT),
    D("将于[[下周三]]截止", day("2026-02-11")),
    D("）[[本月1日]]，宁都县", D01),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
FL = ["宁都县妇女联合会"]
SJ = ["宁都县市场监督管理局"]
XF = ["宁都县消防救援大队"]
TX = ["共青团宁都县委员会"]
ORGS = [
    O("，[[县农业农村局]]组织", ["宁都县农业农村局"], G),
    O("，[[县委宣传部]]在", ["中共宁都县委宣传部"], PA),
    O("在[[县文化艺术中心]]举办", ["宁都县文化艺术中心"], IN, OPT),          # a venue
    O("，[[县文艺志愿者协会]]40余名", ["宁都县文艺志愿者协会"], SO),
    O("，[[县财政]]今年", ["宁都县财政局", "宁都县财政"], G, OPT),           # the budget as much as the bureau
    O("要点。 [[县融媒体中心]] 廖", ["宁都县融媒体中心"], IN),
    O("）本月2日，[[县妇联]]在", FL, PE),
    O("\n[[县妇联]]表彰", FL, PE),
    O("）本月3日，[[县妇联]]召开", FL, PE),
    O("（[[县人民医院]]）", ["宁都县人民医院"], IN),
    O("（[[县第二中学]]）", ["宁都县第二中学"], IN),
    O("\n[[宁都县公安局交通管理大队]]\n", ["宁都县公安局交通管理大队"], G),
    O("，[[县人民检察院]]对一起", ["宁都县人民检察院"], G),
    O("记者从[[县人社局]]获悉", ["宁都县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["宁都县人力资源市场"], IN, OPT),          # a venue
    O("\n[[县市场监管局]]开展", SJ, G),
    O("，[[县市场监管局]]对城区", SJ, G),
    O("，[[县交通运输局]]每日", ["宁都县交通运输局"], G),
    O("，[[县消防救援大队]]在", XF, G),
    O("在[[县中医院]]开展", ["宁都县中医院"], IN),
    O("灭火器。 [[县消防救援大队]] 供图", XF, G),
    O("\n[[县消防救援大队]]进医院", XF, G),
    O("，[[县委组织部]]召开", ["中共宁都县委组织部"], PA),
    O("。[[县教育局]]提醒", ["宁都县教育局"], G),
    O("\n[[团县委]]“童心", TX, PE),
    O("，[[团县委]]联合", TX, PE),
    O("联合[[县图书馆]]启动", ["宁都县图书馆"], IN),
    O("，[[宁都县赣源食品有限公司]]年产", ["宁都县赣源食品有限公司"], CO),
    O("在[[宁都工业园区]]竣工", ["宁都工业园区管理委员会", "宁都工业园区"], G, OPT),   # a zone, a place
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
STATS = [
    S("\n全县[[38.2万亩]]油菜", "382000", "亩", A, "exact", "油菜种植面积"),
    S("组织[[120余名]]农技", "120", "名", C, "over", "农技人员"),
    S("全县[[24个]]乡镇", "24", "个", C, "exact", "深入的乡镇"),
    S("面积达[[38.2万亩]]", "382000", "亩", A, "exact", "全县油菜种植面积"),
    S("增加[[1.6万亩]]", "16000", "亩", A, "exact", "油菜种植面积", change=up("上年")),
    S("协会[[40余名]]会员", "40", "名", C, "over", "登台献艺的会员"),
    S("吸引[[600余名]]群众", "600", "名", C, "over", "观看群众"),
    S("春联[[1200余副]]", "1200", "副", C, "over", "赠送春联"),
    S("可达[[4.5万吨]]", "45000", "吨", W, "exact", "油菜籽总产量"),
    S("扶持资金[[860万元]]", "8600000", "元", M, "exact", "油菜生产扶持资金", currency=CNY),
    S("连片种植[[50亩以上]]", "50", "亩", A, "over", "补助种植规模门槛", OPT),   # a threshold
    S("每亩补助[[100元]]", "100", "元", M, "exact", "每亩补助", currency=CNY),
    S("全县[[150户]]困难", "150", "户", C, "exact", "困难妇女家庭"),
    S("慰问金[[15万元]]", "150000", "元", M, "exact", "发放慰问金", currency=CNY),
    S("年货礼包[[300份]]", "300", "份", C, "exact", "年货礼包"),
    S("银行卡[[4张]]", "4", "张", C, "exact", "出租出借银行卡"),
    S("涉诈资金[[83万余元]]", "830000", "元", M, "over", "转移涉诈资金", currency=CNY),
    S("非法获利[[1.2万元]]", "12000", "元", M, "exact", "非法获利", currency=CNY),
    S("届时[[85家]]企业", "85", "家", C, "exact", "参加招聘会企业"),
    S("就业岗位[[3200余个]]", "3200", "个", C, "over", "提供就业岗位"),
    S("城区[[32家]]商超", "32", "家", C, "exact", "检查的商超和农贸市场"),
    S("年货样品[[146批次]]", "146", "批次", C, "exact", "抽检年货样品"),
    S("合格率[[97.3%]]", "97.3", "%", P, "exact", "抽检合格率"),
    S("问题隐患[[11处]]", "11", "处", C, "exact", "问题隐患"),
    S("客运班车[[26班次]]", "26", "班次", C, "exact", "每日加开客运班车"),
    S("运送旅客[[18万人次]]", "180000", "人次", C, "exact", "春运运送旅客"),
    S("同比增长[[6.5%]]", "6.5", "%", P, "exact", "春运运送旅客", change=up("上年同期")),
    S("加开班车[[26班次]]", "26", "班次", C, "exact", "每日加开班车"),
    S("消防车[[3辆]]", "3", "辆", C, "exact", "出动消防车"),
    S("指战员[[21名]]", "21", "名", C, "exact", "出动指战员"),
    S("，[[400余名]]医护", "400", "名", C, "over", "参与疏散的医护人员和患者"),
    S("负责人[[110余人]]", "110", "人", C, "over", "参加会议人员"),
    S("等课程[[16门]]", "16", "门", C, "exact", "开设课程"),
    S("招收学员[[240名]]", "240", "名", C, "exact", "首期招收学员"),
    S("年产[[5000吨]]脐橙", "5000", "吨", W, "exact", "脐橙深加工项目年产能", OPT),  # inside the project's name
    S("总投资[[1.5亿元]]", "150000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("种植户[[1800余户]]", "1800", "户", C, "over", "带动脐橙种植户"),
]

EVENTS = [
    E("指导农户开展油菜清沟排渍、追施薹肥等春季田间管理", "production", "田间管理", None,
      organizers=["县农业农村局"], participants=["120余名农技人员"]),
    E("举办“翠微迎春”新春文艺演出", "activity", "举办", D03, location="县文化艺术中心",
      organizers=["县委宣传部"], participants=["县文艺志愿者协会"], theme="翠微迎春"),
    E("现场书写赠送春联1200余副", "activity", "赠送", D03, opt=True),                  # part of the show
    E("启动“巾帼暖冬·爱心助困”活动", "activity", "启动", D02, location="县城东方红广场",
      organizers=["县妇联"], participants=["150户困难妇女家庭"], theme="巾帼暖冬·爱心助困"),
    E("共发放慰问金15万元", "payout", "发放", D02, organizers=["县妇联"], opt=True),    # a handout inside the activity
    E("召开全县妇女工作会议", "meeting", "召开", D03, organizers=["县妇联"], opt=True),  # the setting of the award
    E("进行表彰", "award", "表彰", D03, organizers=["县妇联"]),
    E("翠微大道（解放路至环城路段）禁止机动车通行", "traffic", "禁止机动车通行",
      day("2026-02-15", "2026-02-23"), location="翠微大道（解放路至环城路段）",
      organizers=["宁都县公安局交通管理大队"]),
    E("依法提起公诉", "legal", "提起公诉", D03, organizers=["县人民检察院"]),
    E("专场招聘会将于下周一在县人力资源市场举办", "recruitment", "招聘会", D09, location="县人力资源市场",
      organizers=["县人社局"], participants=["85家企业"], theme="春风行动"),
    E("开展节前食品安全专项检查", "inspection", "检查", day("2026-02-01", "2026-02-03"),
      organizers=["县市场监管局"], participants=["32家商超和农贸市场"]),
    E("加开宁都至深圳、厦门、广州方向客运班车26班次", "traffic", "加开", CHUNYUN, organizers=["县交通运输局"]),
    E("开展消防应急疏散演练", "training", "演练", D03, location="县中医院", organizers=["县消防救援大队"]),
    E("指导医护人员使用灭火器", "training", "指导", None, opt=True),                    # the caption of A9
    E("召开全县组织工作会议", "meeting", "召开", D02, organizers=["县委组织部"],
      participants=["各乡镇党委书记", "县直单位主要负责人"]),
    E("将于本月7日起放寒假", "schedule", "放寒假", day("2026-02-07"), organizers=["全县中小学"]),
    E("3月2日正式开学", "schedule", "开学", day("2026-03-02"), organizers=["全县中小学"]),
    E("启动“童心迎春”寒假公益课堂", "training", "课堂", D03, organizers=["团县委", "县图书馆"],
      theme="童心迎春"),
    E("报名将于下周三截止", "registration", "报名", day("2026-02-11"), organizers=["团县委"]),
    E("脐橙深加工项目在宁都工业园区竣工投产", "construction", "竣工投产", D01, location="宁都工业园区",
      organizers=["宁都县赣源食品有限公司"]),
]
