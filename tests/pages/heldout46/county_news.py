"""今日武功, 武功县融媒体中心 (武功县, 咸阳市, 陕西省), 2026-12-01 (a Tuesday): a county paper page.
Features: a series label (`冬季攻势·项目一线`); a kicker over a title (`守护“舌尖上的安全”` / `县市场监管局开展…`);
a paragraph broken after a comma (`…预计12月中旬投入试运行，` | `建成后可带动周边…`) with another article and its
after-body headline between; a winners list in label-colon lines (`长宁镇：`, `游凤镇：`, `贞元镇：`,
`县第二高级中学：`, names in layout spaces); a 公告 closing with `特此公告。`, its issuing body and a date line in
Chinese numerals (`二〇二六年十一月三十日`); two captions (`县融媒体中心 李 航 摄`, `（杨 帆 摄）`); three items
without headline; three headlines after their bodies. Bodies written short resolve with the county (`县委政法委`,
`县市场监管局`, `县公安局`, `县人社局`, `县妇联`, `县交通运输局`, `县气象局`, `县法院`/`县人民法院`, `县民政局`,
`团县委`, `县农业农村局`, `县消防救援大队`, `县卫健局`, `县医保局`, `县税务局`). Relative dates: `昨日` = 11-30
(×4), `下周四` = 12-10 (twice, once in a title), `次日` = 11-29, `12月中旬` (×2), `本月下旬`, `11月下旬以来`, `大雪`
= 12-07, `冬至` = 12-22 (a title, `冬至当天`, and inside a theme), `今冬`, `今年1至10月`, `2027年度` (an insurance
year). Seasons as descriptors are optional.

Written at main commit 46fb0b9, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, months, span, xun, year

PAPER = "今日武功"
PUBLISHED = "2026-12-01"
HOME = {"county": "武功县", "city": "咸阳市", "province": "陕西省"}

LAYOUT = [
    ("冬季攻势·项目一线", "label", "A0"),
    ("猕猴桃冷链仓储项目主体完工", "headline", "A0"),
    ("本报讯（记者 王 嘉 宁 通讯员", "body", "A0"),           # breaks after a comma
    ("本报讯（通讯员 张 璐）", "body", "A1"),
    ("全县平安建设推进会召开", "headline", "A1"),              # after its body
    ("建成后可带动", "body", "A0"),                            # the rest of A0's paragraph
    ("工人在冷链仓储", "caption", "P0"),                       # 县融媒体中心 李 航 摄
    ("守护“舌尖上的安全”", "headline", "A2"),                  # kicker
    ("县市场监管局开展", "headline", "A2"),
    ("本报讯（通讯员 赵 敏）", "body", "A2"),
    ("本报讯（记者 马 骁）", "body", "A3"),
    ("下周四举办", "headline", "A3"),                          # after its body
    ("县妇联表彰", "headline", "A4"),
    ("本报讯（通讯员 郭 蕾）", "body", "A4"),
    ("长宁镇：", "body", "A4"),
    ("游凤镇：", "body", "A4"),
    ("贞元镇：", "body", "A4"),
    ("县第二高级中学：", "body", "A4"),
    ("本报讯（通讯员 何 静）昨日", "body", "A5"),               # no headline
    ("县法院巡回审判", "headline", "A6"),
    ("本报讯（通讯员 杨 帆）", "body", "A6"),
    ("本报讯（通讯员 冯 雪）", "body", "A7"),
    ("“村BA”篮球赛", "headline", "A7"),                       # after its body
    ("冬至送温暖", "headline", "A8"),
    ("本报讯（记者 王 嘉 宁）记者从县民政局", "body", "A8"),
    ("本报讯（通讯员 刘 涛）", "body", "A9"),                   # no headline
    ("县消防救援大队进校园", "headline", "A10"),
    ("本报讯（通讯员 何 静）11月25日", "body", "A10"),
    ("师生有序疏散", "caption", "P1"),                         # （杨 帆 摄）
    ("本报讯（通讯员 孙 瑶）", "body", "A11"),                 # no headline
    ("关于延长2027年度", "headline", "A12"),
    ("根据省、市", "body", "A12"),
    ("特此公告", "body", "A12"),
    ("武功县医疗保障局", "body", "A12"),                       # issuing body
    ("二〇二六年", "body", "A12"),                             # date line
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["王嘉宁"], correspondents=["刘涛"])),
    "A1": dict(byline=byline(correspondents=["张璐"])),
    "A2": dict(byline=byline(correspondents=["赵敏"])),
    "A3": dict(byline=byline(reporters=["马骁"])),
    "A4": dict(byline=byline(correspondents=["郭蕾"])),
    "A5": dict(byline=byline(correspondents=["何静"])),
    "A6": dict(byline=byline(correspondents=["杨帆"])),
    "A7": dict(byline=byline(correspondents=["冯雪"])),
    "A8": dict(byline=byline(reporters=["王嘉宁"])),
    "A9": dict(byline=byline(correspondents=["刘涛"])),
    "A10": dict(byline=byline(correspondents=["何静"])),
    "A11": dict(byline=byline(correspondents=["孙瑶"])),
    "A12": dict(),
}
JOINS = [("本报讯（记者 王 嘉 宁 通讯员", "建成后可带动")]
PHOTOS = {
    "P0": dict(photographers=["李航"], article="A0"),
    "P1": dict(photographers=["杨帆"], article="A10"),
}

D30 = day("2026-11-30")
MID_DEC = xun(2026, 12, 1)
NEXT_THU = day("2026-12-10")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DONGZHI = day("2026-12-22")
DATES = [
    D("[[冬季]]攻势·项目一线", WINTER, OPT),                          # inside a campaign's name
    D("）[[昨日]]，长宁镇", D30),
    D("预计[[12月中旬]]投入", MID_DEC),
    D("）[[11月27日]]，县委政法委", day("2026-11-27")),
    D("通报，[[今年1至10月]]全县", months(2026, 1, 10)),
    D("开展[[冬季]]食品安全专项检查\n", WINTER, OPT),                # a descriptor
    D("）[[11月下旬]]以来", xun(2026, 11, 2)),
    D("开展[[冬季]]食品安全专项检查，", WINTER, OPT),
    D("“[[冬季]]送岗位", WINTER, OPT),                                # inside a theme
    D("将于[[下周四]]在县", NEXT_THU),
    D("\n[[下周四]]举办", NEXT_THU),
    D("举办[[冬季]]专场", WINTER, OPT),
    D("表彰[[2026年度]]“最美家庭”\n", year(2026), OPT),              # a year inside an honour's name
    D("）[[昨日]]，县妇联", D30),
    D("召开[[2026年度]]“最美家庭”表彰会", year(2026), OPT),
    D("）[[昨日]]，县交通运输局", D30),
    D("启动[[冬季]]道路", WINTER, OPT),
    D("[[大雪]]前后", day("2026-12-07")),
    D("出现[[今冬]]首次", WINTER),
    D("）[[11月26日]]，县人民法院", day("2026-11-26")),
    D("。[[今年以来]]，县人民法院", year(2026), OPT),
    D("）[[11月28日]]，武功县", day("2026-11-28")),
    D("[[次日]]，小组赛", day("2026-11-29")),
    D("将于[[12月6日]]举行", day("2026-12-06")),
    D("\n[[冬至]]送温暖", DONGZHI),
    D("，[[冬至当天]]，县民政局", DONGZHI),
    D("开展“[[冬至]]暖冬”", DONGZHI, OPT),                           # inside a theme
    D("。[[本月下旬]]起", xun(2026, 12, 2)),
    D("）[[11月24日至26日]]，县农业", day("2026-11-24", "2026-11-26")),
    D("。[[目前]]，全县", VAGUE),
    D("开展[[冬季]]消防安全", WINTER, OPT),
    D("）[[11月25日]]，县消防", day("2026-11-25")),
    D("县卫健局[[昨日]]在", D30),
    D("启动“[[冬季]]送医下乡”", WINTER, OPT),
    D("计划于[[12月中旬]]前", MID_DEC),
    D("，[[首日]]义诊", D30, OPT),
    D("关于延长[[2027年度]]城乡", year(2027), OPT),                   # inside the notice's title
    D("决定，[[2027年度]]城乡", year(2027)),
    D("延长至[[12月31日]]", day("2026-12-31")),
    D("截至[[11月29日]]", day("2026-11-29")),
    D("\n[[二〇二六年十一月三十日]]", D30),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
SCJ = ["武功县市场监督管理局"]
FY = ["武功县人民法院"]
MZJ = ["武功县民政局"]
XF = ["武功县消防救援大队"]
YBJ = ["武功县医疗保障局"]
FL = ["武功县妇女联合会"]
ORGS = [
    O("长宁镇[[武功县秦果冷链物流有限公司]]年储", ["武功县秦果冷链物流有限公司"], CO),
    O("设备。 [[县融媒体中心]] 李", ["武功县融媒体中心"], IN),
    O("）11月27日，[[县委政法委]]召开", ["中共武功县委政法委员会", "武功县委政法委"], PA),
    O("\n[[县市场监管局]]开展", SCJ, G),
    O("以来，[[县市场监管局]]联合", SCJ, G),
    O("联合[[县公安局]]在", ["武功县公安局"], G),
    O("记者从[[县人社局]]获悉", ["武功县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举行", ["武功县人力资源市场"], IN, OPT),          # a venue
    O("\n[[县妇联]]表彰", FL, PE),
    O("）昨日，[[县妇联]]召开", FL, PE),
    O("\n[[县第二高级中学]]：", ["武功县第二高级中学"], IN),
    O("）昨日，[[县交通运输局]]启动", ["武功县交通运输局"], G),
    O("。[[县气象局]]预计", ["武功县气象局"], G),
    O("\n[[县法院]]巡回", FY, G),
    O("）11月26日，[[县人民法院]]在", FY, G),
    O("以来，[[县人民法院]]共开展", FY, G),
    O("在[[县体育馆]]开幕", ["武功县体育馆"], IN, OPT),                      # a venue
    O("记者从[[县民政局]]获悉", MZJ, G),
    O("冬至当天，[[县民政局]]将联合", MZJ, G),
    O("联合[[团县委]]在", ["共青团武功县委员会"], PE),
    O("在[[县社会福利院]]开展", ["武功县社会福利院"], IN),
    O("起，[[县民政局]]还将", MZJ, G),
    O("，[[县农业农村局]]在武功镇", ["武功县农业农村局"], G),
    O("\n[[县消防救援大队]]进校园", XF, G),
    O("）11月25日，[[县消防救援大队]]在", XF, G),
    O("在[[武功县职业教育中心]]开展", ["武功县职业教育中心"], IN),
    O("）[[县卫健局]]昨日", ["武功县卫生健康局"], G),
    O("组织[[县人民医院]]、", ["武功县人民医院"], IN),
    O("、[[县中医医院]]专家", ["武功县中医医院"], IN),
    O("经[[县医保局]]、", YBJ, G),
    O("、[[县税务局]]研究", ["国家税务总局武功县税务局", "武功县税务局"], G),
    O("\n[[武功县医疗保障局]]\n", YBJ, G),
]

C, P, M, T, W, A, V = "count", "percent", "money", "duration", "weight", "area", "volume"
CNY = "CNY"
STATS = [
    S("年储[[5万吨]]猕猴桃", "50000", "吨", W, "exact", "冷链仓储项目年储能力", OPT),     # inside the project's name
    S("总投资[[2.3亿元]]", "230000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("气调冷库[[12座]]", "12", "座", C, "exact", "气调冷库"),
    S("周边[[3000余户]]果农", "3000", "户", C, "over", "带动果农"),
    S("户均年增收[[约1.5万元]]", "15000", "元", M, "about", "果农户均年增收", currency=CNY),
    S("同比下降[[14.6%]]", "14.6", "%", P, "exact", "刑事案件发案数", change=down("上年同期")),
    S("满意度达[[98.2%]]", "98.2", "%", P, "exact", "群众安全感满意度"),
    S("负责人[[60余人]]", "60", "人", C, "over", "参加会议人员"),
    S("餐饮单位[[286家]]", "286", "家", C, "exact", "检查餐饮单位"),
    S("销售门店[[154家]]", "154", "家", C, "exact", "检查食品销售门店"),
    S("抽检样品[[120批次]]", "120", "批次", C, "exact", "抽检样品"),
    S("发现问题[[43个]]", "43", "个", C, "exact", "发现问题"),
    S("立案查处[[5起]]", "5", "起", C, "exact", "立案查处案件"),
    S("罚没款[[2.7万元]]", "27000", "元", M, "exact", "罚没款", currency=CNY),
    S("届时[[48家]]企业", "48", "家", C, "exact", "参加招聘会企业"),
    S("等岗位[[1260余个]]", "1260", "个", C, "over", "提供岗位"),
    S("月薪最高[[8000元]]", "8000", "元", M, "under", "最高月薪", OPT, currency=CNY),     # a cap
    S("对[[32户]]家庭", "32", "户", C, "exact", "受表彰家庭"),
    S("奖励金[[1000元]]", "1000", "元", M, "exact", "每户奖励金", currency=CNY),
    S("融雪剂[[320吨]]", "320", "吨", W, "exact", "储备融雪剂"),
    S("防滑料[[1500立方米]]", "1500", "立方米", V, "exact", "储备防滑料"),
    S("抢险队伍[[8支]]", "8", "支", C, "exact", "应急抢险队伍"),
    S("共[[126人]]", "126", "人", C, "exact", "应急抢险队伍人员"),
    S("涉案金额[[18.5万元]]", "185000", "元", M, "exact", "涉案金额", currency=CNY),
    S("巡回审判[[67场次]]", "67", "场次", C, "exact", "巡回审判"),
    S("结案率达[[71.4%]]", "71.4", "%", P, "exact", "调解结案率"),
    S("来自全县[[8个]]镇", "8", "个", C, "exact", "镇（街道）", OPT),                   # the county's towns
    S("的[[16支]]球队参赛", "16", "支", C, "exact", "参赛球队"),
    S("，[[8支]]球队晋级", "8", "支", C, "exact", "晋级淘汰赛球队"),
    S("为[[128名]]集中供养", "128", "名", C, "exact", "集中供养特困人员"),
    S("全县[[4316户]]低保", "4316", "户", C, "exact", "领取生活补贴的低保家庭"),
    S("每户[[300元]]", "300", "元", M, "exact", "每户一次性生活补贴", currency=CNY),
    S("培训班[[4期]]", "4", "期", C, "exact", "举办培训班"),
    S("农技人员[[350余人次]]", "350", "人次", C, "over", "培训种植大户和农技人员"),
    S("技术资料[[2000余份]]", "2000", "份", C, "over", "发放技术资料"),
    S("全县[[38.6万亩]]冬小麦", "386000", "亩", A, "exact", "冬小麦"),
    S("消防车[[3辆]]", "3", "辆", C, "exact", "出动消防车"),
    S("指战员[[24名]]", "24", "名", C, "exact", "出动指战员"),
    S("全校[[1800余名]]师生", "1800", "名", C, "over", "参加演练的师生"),
    S("专家[[22名]]", "22", "名", C, "exact", "义诊专家"),
    S("走遍全县[[8个]]镇", "8", "个", C, "exact", "镇（街道）", OPT),
    S("义诊群众[[430余人次]]", "430", "人次", C, "over", "首日义诊群众"),
    S("每人[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency=CNY),
    S("已缴费[[24.6万人]]", "246000", "人", C, "exact", "已缴费人数"),
    S("参保率[[86.3%]]", "86.3", "%", P, "exact", "参保率"),
]

EVENTS = [
    E("项目主体工程完工", "construction", "完工", D30, location="长宁镇",
      organizers=["武功县秦果冷链物流有限公司"]),
    E("预计12月中旬投入试运行", "launch", "投入试运行", MID_DEC, opt=True),                 # an expectation
    E("召开全县平安建设工作推进会", "meeting", "召开", day("2026-11-27"), organizers=["县委政法委"],
      participants=["各镇（街道）政法委员", "县直政法单位负责人"]),
    E("会议通报", "announcement", "通报", day("2026-11-27"), opt=True),                      # inside the meeting
    E("开展冬季食品安全专项检查，共检查", "inspection", "检查", xun(2026, 11, 2),
      organizers=["县市场监管局", "县公安局"]),
    E("立案查处5起", "legal", "立案查处", xun(2026, 11, 2), opt=True),                      # the check's outcome
    E("专场招聘会将于下周四在县人力资源市场举行", "recruitment", "招聘会", NEXT_THU, location="县人力资源市场",
      organizers=["县人社局"], participants=["48家企业"], theme="冬季送岗位 就业暖人心"),
    E("召开2026年度“最美家庭”表彰会", "award", "表彰", D30, organizers=["县妇联"], participants=["32户家庭"]),
    E("每户发放奖励金1000元", "payout", "发放", D30, opt=True),                             # part of the award
    E("启动冬季道路冰雪灾害应急预案", "policy", "启动", D30, organizers=["县交通运输局"]),
    E("县气象局预计", "announcement", "预计", None, organizers=["县气象局"], opt=True),      # a forecast
    E("巡回审理一起民间借贷纠纷案", "legal", "审理", day("2026-11-26"), location="游凤镇",
      organizers=["县人民法院"]),
    E("经法官调解", "legal", "调解", day("2026-11-26"), opt=True),                          # the same case
    E("共开展巡回审判67场次", "legal", "审判", year(2026), opt=True),                        # a year summary
    E("农民篮球赛在县体育馆开幕", "competition", "篮球赛", day("2026-11-28"), location="县体育馆",
      participants=["16支球队"]),
    E("决赛将于12月6日举行", "competition", "决赛", day("2026-12-06"), opt=True),            # the same contest
    E("开展“冬至暖冬”志愿服务活动", "activity", "志愿服务", DONGZHI, location="县社会福利院",
      organizers=["县民政局", "团县委"], participants=["128名集中供养特困人员"], theme="冬至暖冬"),
    E("发放一次性生活补贴", "payout", "发放", xun(2026, 12, 2), organizers=["县民政局"],
      participants=["4316户低保家庭"]),
    E("举办冬小麦冬前管理技术培训班4期", "training", "培训班", day("2026-11-24", "2026-11-26"), location="武功镇",
      organizers=["县农业农村局"], participants=["种植大户和农技人员"]),
    E("开展冬季消防安全应急疏散演练", "training", "演练", day("2026-11-25"), location="武功县职业教育中心",
      organizers=["县消防救援大队"]),
    E("启动“冬季送医下乡”巡回义诊活动", "activity", "义诊", D30, location="南仁镇", organizers=["县卫健局"],
      participants=["县人民医院", "县中医医院"], theme="冬季送医下乡"),
    E("集中缴费期延长至12月31日", "registration", "缴费", day("2026-12-31"), organizers=["县医保局", "县税务局"]),
    E("特此公告", "announcement", "公告", D30, organizers=["武功县医疗保障局"], opt=True),  # the notice itself
]
