"""岳西报, 岳西县融媒体中心 (岳西县, 安庆市, 安徽省), 2026-06-16 (a Tuesday): a county paper page.
Features: a kicker over a title (`小茭白撬动大产业` / `岳西首批高山茭白上市…`); a paragraph broken after a comma
(`…预计总产量12万吨，` | `全年产值超8亿元。…`) with another article and its after-body headline between; a caption
credited to an institution and a person (`县融媒体中心 胡 晓 峰 摄`); a winners list in label-colon lines (`包家乡：`,
`姚河乡：`, `五河镇：`, names in layout spaces); a 通告 closing with two issuing bodies and a date line (traffic);
headlines after their bodies (six) and before them; three items without headline. Bodies written short resolve with
the county (`县农业农村局`, `县残联`, `县融媒体中心`, `县委网信办`, `县文化旅游体育局`, `县教育局`, `县应急管理局`,
`县市场监管局`, `县人社局`, `县政府`, `县气象局`); towns and villages (`来榜镇枯井村`, `石关乡石关村`: villages
optional).
Relative dates: `前天一早`/`前天` = 06-14, `昨天` = 06-15, `本周五` = `端午节` = 06-19 (also in a title), `当天` (the
race's day), `芒种当天` = 06-05, `6月下旬` (twice, once as a deadline), `本月下旬` (a title too), `本月X日`,
`6月7日至10日` (the 高考), `6月19日至21日`, `今年`, `上年`.

Written at main commit 46fb0b9, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, xun, year

PAPER = "岳西报"
PUBLISHED = "2026-06-16"
HOME = {"county": "岳西县", "city": "安庆市", "province": "安徽省"}

LAYOUT = [
    ("小茭白撬动大产业", "headline", "C0"),                  # kicker
    ("岳西首批高山茭白上市", "headline", "C0"),
    ("本报讯（记者 储 文 杰 通讯员", "body", "C0"),          # breaks after a comma
    ("本报讯（通讯员 刘 敏）本月12日", "body", "C1"),
    ("县残联为86名", "headline", "C1"),                       # after its body
    ("全年产值超8亿元。", "body", "C0"),                      # the rest of C0's paragraph
    ("来榜镇枯井村种植户", "caption", "P0"),                  # 县融媒体中心 胡 晓 峰 摄
    ("本报讯（记者 汪 涛）芒种当天", "body", "C2"),
    ("农技人员蹲点", "headline", "C2"),                       # after its body
    ("本报讯（通讯员 储 丽 娟）本周五", "body", "C3"),
    ("端午龙舟邀请赛", "headline", "C3"),                     # after its body
    ("本报讯（记者 王 晓 丽）6月7日", "body", "C4"),
    ("志愿填报公益讲座", "headline", "C4"),                   # after its body
    ("全县首届“最美茶农”", "headline", "C5"),
    ("本报讯（记者 储 文 杰）本月10日", "body", "C5"),
    ("包家乡：", "body", "C5"),
    ("姚河乡：", "body", "C5"),
    ("五河镇：", "body", "C5"),
    ("本报讯（通讯员 方 圆）本月11日", "body", "C6"),
    ("县委网信办举办", "headline", "C6"),                     # after its body
    ("关于司空山景区", "headline", "C7"),
    ("为保障节日期间", "body", "C7"),
    ("一、6月19日", "body", "C7"),
    ("二、社会车辆", "body", "C7"),
    ("岳西县公安局交通管理大队", "body", "C7"),
    ("岳西县文化旅游体育局", "body", "C7"),
    ("2026年6月15日", "body", "C7"),
    ("本报讯（通讯员 方 圆）本月13日", "body", "C8"),         # no headline
    ("本报讯（通讯员 储 丽 娟）本月9日", "body", "C9"),       # no headline
    ("本报讯（记者 汪 涛）前天", "body", "C10"),
    ("节前抽检粽子", "headline", "C10"),                      # after its body
    ("“职等你来”专场招聘会", "headline", "C11"),
    ("本报讯（通讯员 刘 敏）记者从", "body", "C11"),
    ("天峡康养度假项目签约", "headline", "C12"),
    ("本报讯（记者 汪 涛）昨天", "body", "C12"),
    ("本报讯（记者 储 文 杰）本月15日", "body", "C13"),       # no headline
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["储文杰"], correspondents=["王晓丽"])),
    "C1": dict(byline=byline(correspondents=["刘敏"])),
    "C2": dict(byline=byline(reporters=["汪涛"])),
    "C3": dict(byline=byline(correspondents=["储丽娟"])),
    "C4": dict(byline=byline(reporters=["王晓丽"])),
    "C5": dict(byline=byline(reporters=["储文杰"])),
    "C6": dict(byline=byline(correspondents=["方圆"])),
    "C7": dict(),
    "C8": dict(byline=byline(correspondents=["方圆"])),
    "C9": dict(byline=byline(correspondents=["储丽娟"])),
    "C10": dict(byline=byline(reporters=["汪涛"])),
    "C11": dict(byline=byline(correspondents=["刘敏"])),
    "C12": dict(byline=byline(reporters=["汪涛"])),
    "C13": dict(byline=byline(reporters=["储文杰"])),
}
JOINS = [("本报讯（记者 储 文 杰 通讯员", "全年产值超8亿元。")]
PHOTOS = {
    "P0": dict(photographers=["胡晓峰"], article="C0"),
}

D14, D15, D19 = day("2026-06-14"), day("2026-06-15"), day("2026-06-19")
LATE_JUNE = xun(2026, 6, 2)
DATES = [
    D("）[[前天一早]]，来榜镇", D14),
    D("。[[今年]]全县茭白", year(2026)),
    D("比[[上年]]增加3000亩", year(2025)),
    D("）[[本月12日]]，县残联", day("2026-06-12")),
    D("介绍，[[今年]]将为", year(2026)),
    D("较[[去年同期]]上涨", year(2025), OPT),
    D("，[[6月下旬]]将进入", LATE_JUNE),
    D("）[[芒种当天]]，县农业", day("2026-06-05")),
    D("。[[截至目前]]，全县已完成", VAGUE),
    D("）[[本周五]]是端午节", D19),
    D("本周五是[[端午节]]，", D19),
    D("。[[当天]]，赛场周边", D19),
    D("邀请赛[[本周五]]开赛", D19),
    D("）[[6月7日至10日]]，全县", day("2026-06-07", "2026-06-10")),
    D("将于[[本月下旬]]在县图书馆", LATE_JUNE),
    D("讲座[[本月下旬]]开讲", LATE_JUNE),
    D("）[[本月10日]]，县茶叶", day("2026-06-10")),
    D("）[[本月11日]]，县委网信办", day("2026-06-11")),
    D("为保障[[节日期间]]游客", VAGUE),
    D("一、[[6月19日至21日]]每日", day("2026-06-19", "2026-06-21")),
    D("至21日[[每日]]8时", VAGUE),                              # a recurring slot
    D("\n[[2026年6月15日]]\n", D15),
    D("）[[本月13日]]，县应急", day("2026-06-13")),
    D("）[[本月9日]]，县人民医院", day("2026-06-09")),
    D("）[[前天]]，县市场监管局", D14),
    D("开展[[节前]]专项抽检", VAGUE),
    D("\n[[节前]]抽检粽子", VAGUE),
    D("招聘会[[本月24日]]举行", day("2026-06-24")),
    D("将于[[本月24日]]在县人力", day("2026-06-24")),
    D("）[[昨天]]，县政府与", D15),
    D("）[[本月15日]]，县政府召开", D15),
    D("要在[[6月下旬]]前完成", LATE_JUNE),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NYJ = ["岳西县农业农村局"]
CL = ["岳西县残疾人联合会", "岳西县残联"]
RM = ["岳西县融媒体中心"]
WXB = ["中共岳西县委网络安全和信息化委员会办公室", "中共岳西县委网信办", "岳西县委网信办"]
WLJ = ["岳西县文化旅游体育局"]
YJJ = ["岳西县应急管理局"]
XZF = ["岳西县人民政府"]
ORGS = [
    O("，[[来榜镇枯井村]]的茭白", ["岳西县来榜镇枯井村"], CM, OPT),                 # a village
    O("）本月12日，[[县残联]]在", CL, PE),
    O("在[[天堂镇残疾人之家]]开展", ["岳西县天堂镇残疾人之家"], IN, OPT),           # a venue
    O("。[[县残联]]相关负责人", CL, PE),
    O("\n[[县残联]]为86名", CL, PE),
    O("据[[县农业农村局]]介绍", NYJ, G),
    O("高山茭白。 [[县融媒体中心]] 胡", RM, IN),
    O("芒种当天，[[县农业农村局]]在", NYJ, G),
    O("，[[县文化旅游体育局]]将在", WLJ, G),
    O("在[[岳西中学]]、", ["安徽省岳西中学", "岳西中学"], IN),
    O("、[[店前中学]]2个", ["岳西县店前中学", "店前中学"], IN),
    O("。[[县教育局]]将于", ["岳西县教育局"], G),
    O("在[[县图书馆]]举办", ["岳西县图书馆"], IN, OPT),                             # a venue
    O("，[[县茶叶产业发展中心]]公布", ["岳西县茶叶产业发展中心"], IN),
    O("）本月11日，[[县委网信办]]联合", WXB, PA),
    O("联合[[县融媒体中心]]举办", RM, IN),
    O("\n[[县委网信办]]举办", WXB, PA),
    O("\n[[岳西县公安局交通管理大队]]\n", ["岳西县公安局交通管理大队"], G),
    O("\n[[岳西县文化旅游体育局]]\n", WLJ, G),
    O("）本月13日，[[县应急管理局]]在", YJJ, G),
    O("）本月9日，[[县人民医院]]组织", ["岳西县人民医院"], IN),
    O("走进[[石关乡石关村]]开展", ["岳西县石关乡石关村"], CM, OPT),                 # a village
    O("）前天，[[县市场监管局]]对", ["岳西县市场监督管理局"], G),
    O("记者从[[县人社局]]获悉", ["岳西县人力资源和社会保障局"], G),
    O("在[[县人力资源服务中心]]举行", ["岳西县人力资源服务中心"], IN, OPT),         # a venue
    O("）昨天，[[县政府]]与", XZF, G),
    O("与[[安徽天峡旅游开发有限公司]]签订", ["安徽天峡旅游开发有限公司"], CO),
    O("）本月15日，[[县政府]]召开", XZF, G),
    O("，[[县气象局]]要加密", ["岳西县气象局"], G),
    O("，[[县应急管理局]]要在", YJJ, G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
STATS = [
    S("全年产值预计[[超8亿元]]", "800000000", "元", M, "over", "茭白全年产值", currency=CNY),
    S("种植面积达[[6.2万亩]]", "62000", "亩", A, "exact", "全县茭白种植面积"),
    S("增加[[3000亩]]", "3000", "亩", A, "exact", "茭白种植面积", change=up("上年")),
    S("总产量[[12万吨]]", "120000", "吨", W, "exact", "茭白预计总产量"),
    S("为[[86名]]残疾人免费", "86", "名", C, "exact", "适配辅具的残疾人"),
    S("辅具[[120件]]", "120", "件", C, "exact", "发放辅具"),
    S("价值[[约9.6万元]]", "96000", "元", M, "about", "发放辅具价值", currency=CNY),
    S("适配辅具[[600件以上]]", "600", "件", C, "over", "今年计划适配辅具"),
    S("县残联为[[86名]]残疾人适配", "86", "名", C, "exact", "适配辅具的残疾人"),
    S("\n全年产值[[超8亿元]]。", "800000000", "元", M, "over", "茭白全年产值", currency=CNY),
    S("每公斤[[6元左右]]", "6", "元", M, "about", "首批茭白收购价", currency=CNY),
    S("上涨[[约15%]]", "15", "%", P, "about", "茭白收购价", change=up("去年同期")),
    S("合作社[[46家]]", "46", "家", C, "exact", "茭白专业合作社"),
    S("带动农户[[1.1万户]]", "11000", "户", C, "exact", "带动增收农户"),
    S("农技人员[[32名]]", "32", "名", C, "exact", "蹲点指导的农技人员"),
    S("全县[[24个]]乡镇", "24", "个", C, "exact", "蹲点指导的乡镇"),
    S("水稻栽插[[18.5万亩]]", "185000", "亩", A, "exact", "已完成水稻栽插面积"),
    S("计划面积的[[92%]]", "92", "%", P, "exact", "水稻栽插完成比例"),
    S("全县[[16支]]代表队", "16", "支", C, "exact", "龙舟代表队"),
    S("[[320余名]]选手", "320", "名", C, "over", "参赛选手"),
    S("全县[[2316名]]考生", "2316", "名", C, "exact", "高考考生"),
    S("店前中学[[2个]]考点", "2", "个", C, "exact", "高考考点"),
    S("，[[10名]]茶农", "10", "名", C, "exact", "获评“最美茶农”的茶农"),
    S("每人奖励[[5000元]]", "5000", "元", M, "exact", "每人奖励", currency=CNY),
    S("工作人员[[110余人]]", "110", "人", C, "over", "参加培训的网信工作人员"),
    S("救援人员[[150人]]", "150", "人", C, "exact", "出动救援人员"),
    S("车辆[[22台]]", "22", "台", C, "exact", "出动车辆"),
    S("转移群众[[300余人]]", "300", "人", C, "over", "转移群众"),
    S("历时[[约2小时]]", "2", "小时", T, "about", "演练历时"),
    S("药品价值[[1.3万元]]", "13000", "元", M, "exact", "赠送药品价值", currency=CNY),
    S("服务群众[[260余人次]]", "260", "人次", C, "over", "义诊服务群众"),
    S("城区[[32家]]粽子", "32", "家", C, "exact", "抽检的粽子生产经营单位"),
    S("抽检样品[[48批次]]", "48", "批次", C, "exact", "抽检样品"),
    S("不合格样品[[2批次]]", "2", "批次", C, "exact", "不合格样品"),
    S("抽检粽子[[48批次]]", "48", "批次", C, "exact", "抽检粽子样品"),
    S("届时[[45家]]企业", "45", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[860余个]]", "860", "个", C, "over", "提供岗位"),
    S("月薪最高达[[1.2万元]]", "12000", "元", M, "exact", "最高月薪", currency=CNY),
    S("投资[[3.5亿元]]", "350000000", "元", M, "exact", "康养度假项目投资", currency=CNY),
    S("客房[[420间]]", "420", "间", C, "exact", "新建客房"),
    S("接待游客[[50万人次以上]]", "500000", "人次", C, "over", "每年接待游客"),
    S("完成[[136处]]", "136", "处", C, "exact", "地质灾害隐患点"),
]

EVENTS = [
    E("种植户们正忙着采收首批高山茭白", "production", "采收", D14, location="来榜镇枯井村"),
    E("开展辅助器具适配服务", "activity", "开展", day("2026-06-12"), location="天堂镇残疾人之家",
      organizers=["县残联"], participants=["86名残疾人"]),
    E("免费发放轮椅、助行器等辅具120件", "payout", "发放", day("2026-06-12"), opt=True),    # inside the service
    E("种植户采收高山茭白", "production", "采收", None, opt=True),                          # the caption of C0
    E("启动水稻机插秧技术指导服务", "activity", "启动", day("2026-06-05"), location="主簿镇",
      organizers=["县农业农村局"], participants=["农技人员"]),
    E("已完成水稻栽插18.5万亩", "production", "栽插", None, opt=True),                      # a running total
    E("在衙前河举办第八届龙舟邀请赛", "competition", "邀请赛", D19, location="衙前河",
      organizers=["县文化旅游体育局"], participants=["16支代表队"]),
    E("还将举办非遗展演、岳西翠兰品鉴等活动", "activity", "举办", D19, location="赛场周边",
      organizers=["县文化旅游体育局"]),
    E("2个考点参加高考", "exam", "高考", day("2026-06-07", "2026-06-10"), location="岳西中学、店前中学",
      participants=["2316名考生"]),
    E("举办高考志愿填报公益讲座", "training", "讲座", LATE_JUNE, location="县图书馆", organizers=["县教育局"]),
    E("公布首届“最美茶农”评选结果", "award", "评选", day("2026-06-10"), organizers=["县茶叶产业发展中心"],
      participants=["10名茶农"]),
    E("举办全县网络安全和网络文明培训班", "training", "培训班", day("2026-06-11"),
      organizers=["县委网信办", "县融媒体中心"], participants=["网信工作人员"]),
    E("禁止大型客货车辆通行", "traffic", "禁止", day("2026-06-19", "2026-06-21"),
      location="S209线（店前镇至司空山景区段）", organizers=["岳西县公安局交通管理大队", "岳西县文化旅游体育局"]),
    E("开展山洪地质灾害应急演练", "training", "演练", day("2026-06-13"), location="响肠镇",
      organizers=["县应急管理局"]),
    E("开展“健康义诊进万家”活动", "activity", "义诊", day("2026-06-09"), location="石关乡石关村",
      organizers=["县人民医院"], theme="健康义诊进万家"),
    E("赠送药品价值1.3万元", "payout", "赠送", day("2026-06-09"), opt=True),                 # inside the clinic
    E("开展节前专项抽检", "inspection", "抽检", D14, organizers=["县市场监管局"],
      participants=["32家粽子生产经营单位"]),
    E("已依法立案查处", "legal", "立案查处", None, opt=True),
    E("招聘会将于本月24日在县人力资源服务中心举行", "recruitment", "招聘会", day("2026-06-24"),
      location="县人力资源服务中心", organizers=["县人社局"], participants=["45家企业"], theme="职等你来"),
    E("签订合作协议", "signing", "签订", D15, organizers=["县政府"], participants=["安徽天峡旅游开发有限公司"]),
    E("召开全县防汛工作会议", "meeting", "召开", D15, organizers=["县政府"]),
    E("完成136处地质灾害隐患点的巡查", "inspection", "巡查", LATE_JUNE, opt=True),             # a task set
]
