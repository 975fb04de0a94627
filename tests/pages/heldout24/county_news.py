"""鄄城报, 鄄城县融媒体中心 (鄄城县, 菏泽市, 山东省), 2025-12-16 (a Tuesday): a county paper page.
Features: a series label (`乡村振兴看鄄城`); a kicker over a title (`小发制品闯出大市场` / `什集镇发制品产业园…`);
a paragraph broken after a comma (`…带动周边群众就业3200余人，` | `前三季度实现出口额2.8亿元…`) with another article,
its headline after its body, between; a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, schools
with student names in layout spaces); a 通告 on a road closure with numbered articles, two issuing bodies and a date
line (traffic); a paragraph broken mid-word (`常态化监|管`) with a caption between; two captions credited to an
institution and a person (`县融媒体中心 郭 振 摄`, `县市场监督管理局 周 凯 摄`); headlines after their bodies and before
them. County bodies resolve with the county (`县政府`, `县人社局`, `县教育局`, `团县委`,
`县市场监督管理局`/`县市场监管局`, `县法院`/`县人民法院`, `县民政局`, `县文化和旅游局`, `县人大常委会`, `县农业农村局`,
`县医疗保障局`). Relative dates: `昨天上午`/`昨天` = 12-15, `本月12日`, `本月下旬`, `明年1月底`, `本月14日` and its
`当天`, `下周三` = 12-24, `下周六` = 12-27 (twice, once in a title), `本月上旬`, bare `上旬`, `12月13日` and its `当天`,
`明年1月上旬`, `本月15日`, `本月31日`, `本月底` (a title), `今年`, `明年`, `前三季度`, `2026年度`; `全年`, `今冬明春`,
`近日`, `目前`, `当前` optional.
Events: production (twice), meeting, recruitment (twice, one `“暖心送岗·就在鄄城”`), award, traffic (the notice),
inspection (twice), legal, exam, payout, activity (`“黄河滩区·文化暖冬”`), training, launch, registration (a payment
window). Plans, a caption repeating its article, a performance inside an activity, wages paid after a ruling and the
second telling of a payout are optional.

Written at main commit 3299cc7, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, span, up, xun, year

PAPER = "鄄城报"
PUBLISHED = "2025-12-16"
HOME = {"county": "鄄城县", "city": "菏泽市", "province": "山东省"}

LAYOUT = [
    ("乡村振兴看鄄城", "label", "A0"),
    ("小发制品闯出大市场", "headline", "A0"),                 # kicker
    ("什集镇发制品产业园出口额", "headline", "A0"),
    ("本报讯（记者 孟 庆 阳", "body", "A0"),                  # breaks after a comma
    ("本报讯（记者 田 雨 萱）本月12日", "body", "A1"),
    ("县政府部署", "headline", "A1"),                         # after its body
    ("前三季度实现出口额", "body", "A0"),                     # the rest of A0's paragraph
    ("工人在什集镇", "caption", "P0"),                        # 县融媒体中心 郭 振 摄
    ("县人社局举办“暖心送岗", "headline", "A2"),
    ("本报讯（记者 田 雨 萱）本月14日", "body", "A2"),
    ("全县第二届", "headline", "A3"),
    ("本报讯（通讯员 王 璐）12月11日", "body", "A3"),
    ("一等奖：", "body", "A3"),
    ("二等奖：", "body", "A3"),
    ("三等奖：", "body", "A3"),
    ("关于董口路", "headline", "A4"),
    ("因董口路", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、过往车辆", "body", "A4"),
    ("三、对违反", "body", "A4"),
    ("鄄城县交通运输局", "body", "A4"),
    ("鄄城县公安局交通警察大队", "body", "A4"),
    ("2025年12月15日", "body", "A4"),
    ("本报讯（通讯员 赵 明 轩）本月上旬", "body", "A5"),     # breaks mid-word
    ("12月9日，执法人员", "caption", "P1"),                   # 县市场监督管理局 周 凯 摄
    ("管，守护师生", "body", "A5"),                           # the rest of A5's paragraph
    ("县市场监管局开展", "headline", "A5"),                   # after its body
    ("县法院审结", "headline", "A6"),
    ("本报讯（通讯员 韩 冬）昨天", "body", "A6"),
    ("本报讯（记者 孟 庆 阳）记者从县教育局", "body", "A7"),
    ("高中学业水平合格考试下周六", "headline", "A7"),         # after its body
    ("本报讯（通讯员 王 璐）近日", "body", "A8"),
    ("2860户困难家庭", "headline", "A8"),                     # after its body
    ("“黄河滩区", "headline", "A9"),
    ("本报讯（记者 田 雨 萱）12月13日", "body", "A9"),
    ("本报讯（通讯员 赵 明 轩）12月10日", "body", "A10"),
    ("县人社局举办家政", "headline", "A10"),                  # after its body
    ("县人大常委会视察", "headline", "A11"),
    ("本报讯（记者 孟 庆 阳）12月8日", "body", "A11"),
    ("“高效办成一件事”专区", "headline", "A12"),
    ("本报讯（通讯员 韩 冬）本月15日", "body", "A12"),
    ("42万亩小麦", "headline", "A13"),
    ("本报讯（通讯员 刘 晓 静）", "body", "A13"),
    ("本报讯（记者 田 雨 萱）县医疗保障局", "body", "A14"),
    ("居民医保集中缴费", "headline", "A14"),                  # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["孟庆阳"], correspondents=["刘晓静"])),
    "A1": dict(byline=byline(reporters=["田雨萱"])),
    "A2": dict(byline=byline(reporters=["田雨萱"])),
    "A3": dict(byline=byline(correspondents=["王璐"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["赵明轩"])),
    "A6": dict(byline=byline(correspondents=["韩冬"])),
    "A7": dict(byline=byline(reporters=["孟庆阳"])),
    "A8": dict(byline=byline(correspondents=["王璐"])),
    "A9": dict(byline=byline(reporters=["田雨萱"])),
    "A10": dict(byline=byline(correspondents=["赵明轩"])),
    "A11": dict(byline=byline(reporters=["孟庆阳"])),
    "A12": dict(byline=byline(correspondents=["韩冬"])),
    "A13": dict(byline=byline(correspondents=["刘晓静"])),
    "A14": dict(byline=byline(reporters=["田雨萱"])),
}
JOINS = [("本报讯（记者 孟 庆 阳 通讯员", "前三季度实现出口额"), ("本报讯（通讯员 赵 明 轩）本月上旬", "管，守护师生")]
PHOTOS = {
    "P0": dict(photographers=["郭振"], article="A0"),
    "P1": dict(photographers=["周凯"], article="A5"),
}

D15, D14, D13 = day("2025-12-15"), day("2025-12-14"), day("2025-12-13")
X0 = xun(2025, 12, 0)
DATES = [
    D("）[[昨天上午]]，记者走进", D15),
    D("园区[[今年]]入驻", year(2025)),
    D("）[[本月12日]]，县政府", day("2025-12-12")),
    D("部署[[今冬明春]]水利", VAGUE, OPT),
    D("要在[[本月下旬]]完成", xun(2025, 12, 2)),
    D("，[[明年1月底]]前完成", xun(2026, 1, 2)),
    D("\n[[前三季度]]实现", (span("2025-01-01", "2025-09-30"), "quarter")),
    D("预计[[全年]]出口额", year(2025), OPT),
    D("园区计划[[明年]]新建", year(2026)),
    D("）[[本月14日]]，县人社局", D14),
    D("，[[当天]]达成就业意向", D14),
    D("将于[[下周三]]举办", day("2025-12-24")),
    D("）[[12月11日]]，由县教育局", day("2025-12-11")),
    D("自[[2025年12月20日起至2026年1月20日]]止", day("2025-12-20", "2026-01-20")),
    D("\n[[2025年12月15日]]\n", D15),
    D("）[[本月上旬]]，县市场", X0),
    D("\n[[12月9日]]，执法人员", day("2025-12-09")),
    D("）[[昨天]]，县人民法院", D15),
    D("[[目前]]，涉案工资", VAGUE, OPT),
    D("定于[[下周六]]举行", day("2025-12-27")),
    D("合格考试[[下周六]]开考", day("2025-12-27")),
    D("）[[近日]]，县民政局", VAGUE, OPT),
    D("已于[[上旬]]全部打卡", X0),
    D("）[[12月13日]]，县文化和旅游局", D13),
    D("持续至[[明年1月上旬]]", xun(2026, 1, 0)),
    D("[[当天]]，县豫剧团", D13),
    D("）[[12月10日至12日]]，县人社局", day("2025-12-10", "2025-12-12")),
    D("）[[12月8日]]，县人大常委会", day("2025-12-08")),
    D("[[今年]]全县实施重点项目", year(2025)),
    D("）[[本月15日]]，县政务服务中心", D15),
    D("[[当前]]正值冬小麦", VAGUE, OPT),
    D("截至[[本月14日]]，全县已完成", D14),
    D("[[2026年度]]城乡居民", year(2026)),
    D("将于[[本月31日]]截止", day("2025-12-31")),
    D("截至[[本月14日]]，全县已有", D14),
    D("集中缴费[[本月底]]截止", xun(2025, 12, 2)),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["鄄城县人力资源和社会保障局"]
JYJ = ["鄄城县教育局"]
SJJ = ["鄄城县市场监督管理局"]
FY = ["鄄城县人民法院"]
RD = ["鄄城县人民代表大会常务委员会", "鄄城县人大常委会"]
YQ = ["鄄城县什集镇发制品产业园", "什集镇发制品产业园"]
JS = ["鄄城县箕山镇中学"]
ORGS = [
    O("\n[[什集镇发制品产业园]]出口额", YQ, IN, OPT),                 # an industrial park: a site as much as a body
    O("记者走进[[什集镇发制品产业园]]", YQ, IN, OPT),
    O("）本月12日，[[县政府]]召开", ["鄄城县人民政府"], G),
    O("\n[[县政府]]部署", ["鄄城县人民政府"], G),
    O("工人在[[什集镇发制品产业园]]车间", YQ, IN, OPT),
    O("[[县融媒体中心]] 郭", ["鄄城县融媒体中心"], IN),
    O("\n[[县人社局]]举办“暖心", RSJ, G),
    O("）本月14日，[[县人社局]]在", RSJ, G),
    O("在[[县人力资源服务中心]]举办", ["鄄城县人力资源服务中心"], IN, OPT),   # a venue
    O("[[县人社局]]还将", RSJ, G),
    O("由[[县教育局]]、团县委", JYJ, G),
    O("、[[团县委]]主办", ["共青团鄄城县委员会"], PE),
    O("一等奖：[[鄄城县第一中学]]", ["鄄城县第一中学"], IN),
    O("；[[鄄城县实验小学]]", ["鄄城县实验小学"], IN),
    O("二等奖：[[鄄城县第二实验小学]]", ["鄄城县第二实验小学"], IN),
    O("；[[鄄城县第三中学]]", ["鄄城县第三中学"], IN),
    O("三等奖：[[鄄城县箕山镇中学]]", JS, IN),
    O("；[[鄄城县红船镇中学]]", ["鄄城县红船镇中学"], IN),
    O("\n[[鄄城县交通运输局]]\n", ["鄄城县交通运输局"], G),
    O("\n[[鄄城县公安局交通警察大队]]\n", ["鄄城县公安局交通警察大队"], G),
    O("，[[县市场监督管理局]]联合", SJJ, G),
    O("联合[[县教育局]]对全县", JYJ, G),
    O("执法人员在[[鄄城县箕山镇中学]]检查", JS, IN),
    O("后厨。 [[县市场监督管理局]] 周", SJJ, G),
    O("\n[[县市场监管局]]开展", SJJ, G),
    O("\n[[县法院]]审结", FY, G),
    O("，[[县人民法院]]对一起", FY, G),
    O("记者从[[县教育局]]获悉", JYJ, G),
    O("考点5个。[[县教育局]]提醒", JYJ, G),
    O("，[[县民政局]]向全县", ["鄄城县民政局"], G),
    O("，[[县文化和旅游局]]在李进士堂镇", ["鄄城县文化和旅游局"], G),
    O("，[[县豫剧团]]为群众", ["鄄城县豫剧团"], IN),
    O("\n[[县人社局]]举办家政", RSJ, G),
    O("县人社局在[[县职业中等专业学校]]举办", ["鄄城县职业中等专业学校"], IN),
    O("12日，[[县人社局]]在县职业", RSJ, G),
    O("\n[[县人大常委会]]视察", RD, G),
    O("，[[县人大常委会]]组织", RD, G),
    O("来到[[鄄城经济开发区]]高端纺织", ["鄄城经济开发区管理委员会", "鄄城经济开发区"], G, OPT),   # a zone, a place
    O("、[[县人民医院]]新院区", ["鄄城县人民医院"], IN),
    O("，[[县政务服务中心]]“高效", ["鄄城县政务服务中心"], IN),
    O("，[[县农业农村局]]组织", ["鄄城县农业农村局"], G),
    O("）[[县医疗保障局]]提醒", ["鄄城县医疗保障局"], G),
]

C, P, M, T, L, A = "count", "percent", "money", "duration", "length", "area"
CNY = "CNY"
STATS = [
    S("出口额将突破[[3亿元]]\n", "300000000", "元", M, "over", "什集镇发制品产业园出口额", currency=CNY),
    S("，[[60余名]]工人", "60", "名", C, "over", "赶制出口订单的工人"),
    S("入驻企业达[[46家]]", "46", "家", C, "exact", "园区入驻企业"),
    S("就业[[3200余人]]", "3200", "人", C, "over", "带动周边群众就业"),
    S("[[12条]]沟渠", "12", "条", C, "exact", "清淤沟渠"),
    S("出口额[[2.8亿元]]", "280000000", "元", M, "exact", "园区前三季度出口额", currency=CNY),
    S("同比增长[[18.6%]]", "18.6", "%", P, "exact", "园区出口额", change=up("上年同期")),
    S("出口额将突破[[3亿元]]。", "300000000", "元", M, "over", "园区全年出口额", currency=CNY),
    S("厂房[[5万平方米]]", "50000", "平方米", A, "exact", "新建标准化厂房"),
    S("引进企业[[10家以上]]", "10", "家", C, "over", "引进企业"),
    S("，[[82家]]企业", "82", "家", C, "exact", "参会企业"),
    S("岗位[[2600余个]]", "2600", "个", C, "over", "提供岗位"),
    S("就业意向[[630人]]", "630", "人", C, "exact", "达成就业意向"),
    S("共有[[38名]]学生", "38", "名", C, "exact", "获奖学生"),
    S("全县[[86所]]学校", "86", "所", C, "exact", "检查的学校食堂"),
    S("问题隐患[[23处]]", "23", "处", C, "exact", "发现问题隐患"),
    S("支付[[41名]]农民工", "41", "名", C, "exact", "被拖欠工资的农民工"),
    S("共计[[58.6万元]]，被", "586000", "元", M, "exact", "拒不支付的农民工工资", currency=CNY),
    S("有期徒刑[[一年六个月]]", "1.5", "年", T, "exact", "有期徒刑", OPT),            # a sentence
    S("罚金[[2万元]]", "20000", "元", M, "exact", "罚金", currency=CNY),
    S("考生[[6300余人]]", "6300", "人", C, "over", "全县考生"),
    S("设考点[[5个]]", "5", "个", C, "exact", "考点"),
    S("全县[[2860户]]困难家庭", "2860", "户", C, "exact", "领取取暖补贴的困难家庭"),
    S("每户[[300元]]", "300", "元", M, "exact", "每户取暖补贴", currency=CNY),
    S("共计[[85.8万元]]", "858000", "元", M, "exact", "冬季取暖补贴", currency=CNY),
    S("\n[[2860户]]困难家庭", "2860", "户", C, "exact", "领到取暖补贴的困难家庭"),
    S("演出[[120场次]]", "120", "场次", C, "exact", "计划演出"),
    S("观众[[1500余人]]", "1500", "人", C, "over", "观众"),
    S("，[[120名]]农村妇女", "120", "名", C, "exact", "参加培训的农村妇女"),
    S("等[[8个]]项目现场", "8", "个", C, "exact", "视察的项目"),
    S("重点项目[[64个]]", "64", "个", C, "exact", "全县实施重点项目"),
    S("完成投资[[71.3亿元]]", "7130000000", "元", M, "exact", "重点项目完成投资", currency=CNY),
    S("等[[13项]]集成服务", "13", "项", C, "exact", "首批上线集成服务"),
    S("平均减少[[60%]]", "60", "%", P, "exact", "群众办事跑腿次数", change=down()),
    S("\n[[42万亩]]小麦", "420000", "亩", A, "exact", "完成冬灌的小麦"),
    S("组织[[32名]]农技人员", "32", "名", C, "exact", "农技人员"),
    S("小麦冬灌[[42万亩]]", "420000", "亩", A, "exact", "小麦冬灌面积"),
    S("的[[八成以上]]", "0.8", "成", P, "over", "冬灌面积占小麦播种面积", OPT),          # X成
    S("每人每年[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency=CNY),
    S("已有[[52.6万人]]", "526000", "人", C, "exact", "完成缴费人数"),
    S("缴费率达[[81.2%]]", "81.2", "%", P, "exact", "缴费率"),
]

EVENTS = [
    E("60余名工人正在车间内赶制出口订单", "production", "赶制", D15,
      location="什集镇发制品产业园", participants=["工人"]),
    E("园区计划明年新建标准化厂房", "construction", "新建", year(2026), opt=True),       # a plan
    E("县政府召开全县冬春农田水利建设工作会议", "meeting", "召开", day("2025-12-12"), organizers=["县政府"]),
    E("在本月下旬完成小型水库安全检查", "inspection", "检查", xun(2025, 12, 2), opt=True),  # a task set
    E("举办“暖心送岗·就在鄄城”专场招聘会", "recruitment", "招聘会", D14, location="县人力资源服务中心",
      organizers=["县人社局"], participants=["82家企业"], theme="暖心送岗·就在鄄城"),
    E("于下周三举办返乡人员专场招聘会", "recruitment", "招聘会", day("2025-12-24"), organizers=["县人社局"]),
    E("中小学生书法大赛举行颁奖仪式", "award", "颁奖", day("2025-12-11"), organizers=["县教育局", "团县委"],
      participants=["38名学生"]),
    E("董口路雷泽湖段实行全封闭施工，禁止一切车辆通行", "traffic", "封闭施工", day("2025-12-20", "2026-01-20"),
      location="董口路雷泽湖段", organizers=["鄄城县交通运输局", "鄄城县公安局交通警察大队"]),
    E("开展食品安全专项检查", "inspection", "检查", X0, organizers=["县市场监督管理局", "县教育局"]),
    E("执法人员在鄄城县箕山镇中学检查食堂后厨", "inspection", "检查", day("2025-12-09"),
      location="鄄城县箕山镇中学", opt=True),                                            # the caption of A5
    E("进行公开宣判", "legal", "宣判", D15, organizers=["县人民法院"]),
    E("被判处有期徒刑一年六个月", "legal", "判处", D15, opt=True),                       # the ruling told again
    E("涉案工资已全部发放到位", "payout", "发放", VAGUE, opt=True),
    E("合格考试定于下周六举行", "exam", "考试", day("2025-12-27")),
    E("向全县2860户困难家庭发放冬季取暖补贴", "payout", "发放", X0, organizers=["县民政局"],
      participants=["2860户困难家庭"]),
    E("全部打卡发放到户", "payout", "发放", X0, opt=True),                               # the same payout
    E("启动“黄河滩区·文化暖冬”送戏下乡活动", "activity", "启动", D13, location="李进士堂镇",
      organizers=["县文化和旅游局"], theme="黄河滩区·文化暖冬"),
    E("县豫剧团为群众演出了《穆桂英挂帅》", "activity", "演出", D13, opt=True),           # part of the activity
    E("举办家政服务员技能培训班", "training", "培训班", day("2025-12-10", "2025-12-12"),
      location="县职业中等专业学校", organizers=["县人社局"], participants=["120名农村妇女"]),
    E("视察全县重点项目建设情况", "inspection", "视察", day("2025-12-08"), organizers=["县人大常委会"],
      participants=["人大代表"]),
    E("专区正式启用", "launch", "启用", D15, organizers=["县政务服务中心"], theme="高效办成一件事"),
    E("指导群众开展冬灌镇压", "production", "冬灌", VAGUE, organizers=["县农业农村局"]),
    E("集中缴费将于本月31日截止", "registration", "缴费", day("2025-12-31"), organizers=["县医疗保障局"]),
]
