"""平江报, 平江县融媒体中心 (平江县, 岳阳市, 湖南省), 2026-02-26 (a Thursday): a county paper page two days after the
Spring Festival holiday. Features: a series label (`春耕备耕进行时`); a kicker over a title (`抢抓农时不误春` /
`全县早稻集中育秧工作全面铺开`); a paragraph broken after a comma (`…可满足18万亩早稻大田用秧需求，` |
`集中育秧面积比去年 增加8%。…`) with another article and its after-body headline between; a 通告 closing roads for the
Lantern Festival with numbered articles, `特此通告。`, two issuing bodies and a date line (traffic); two captions
(`吴 志 刚 摄`, `通讯员 彭 丽 华 摄`), one standing above its article's body; headlines after their bodies and before
them, one (`汨罗江…开工`) right after another article's after-body headline; four items without headline. Bodies written
short resolve with the county (`县农业农村局`, `县委组织部`, `县委党校`, `县委宣传部`, `县妇联`, `县人社局`,
`县人民医院`, `县市场监督管理局`, `县人民法院`, `县教育局`, `县消防救援大队`, `县水利局`, `县红十字会`).
Relative dates: `昨日` = 02-25 (×4), `本月X日`, `本月X日至Y日`, `本月28日至下月5日`, `当天` (the job fair's day),
`下周一` = 03-02 (×3, once in a title), `下周二晚` = 03-03, `下周五` = 03-06 (×2), `本周六` = 02-28 (a title),
`元宵节` = 03-03, `“三八”国际妇女节` = 03-08, `春节假期（2月15日至23日）`, `今年5月底`, `去年`.

Written at main commit b411d97, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "平江报"
PUBLISHED = "2026-02-26"
HOME = {"county": "平江县", "city": "岳阳市", "province": "湖南省"}

LAYOUT = [
    ("春耕备耕进行时", "label", "A0"),
    ("抢抓农时不误春", "headline", "A0"),                     # kicker
    ("全县早稻集中育秧", "headline", "A0"),
    ("本报讯（记者 李 湘 君 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 方 晓 燕）本月24日", "body", "A1"),
    ("村（社区）干部全员轮训", "headline", "A1"),             # after its body
    ("集中育秧面积比去年", "body", "A0"),                     # the rest of A0's paragraph
    ("三市镇集中育秧中心内", "caption", "P0"),                # 吴 志 刚 摄
    ("关于元宵节期间", "headline", "A2"),
    ("为确保2026年", "body", "A2"),
    ("一、2026年3月3日", "body", "A2"),
    ("二、执行任务", "body", "A2"),
    ("特此通告", "body", "A2"),
    ("平江县公安局交通警察大队", "body", "A2"),               # issuing bodies
    ("平江县文化旅游广电体育局", "body", "A2"),
    ("2026年2月25日", "body", "A2"),                          # date line
    ("本报讯（通讯员 钟 敏）", "body", "A3"),
    ("县妇联下周五", "headline", "A3"),                       # after its body
    ("县人民医院专家在长寿镇", "caption", "P1"),              # 通讯员 彭 丽 华 摄, above its article
    ("本报讯（通讯员 彭 丽 华）", "body", "A4"),
    ("专家义诊进乡村", "headline", "A4"),                     # after its body
    ("本报讯（记者 方 晓 燕）本月24日至25日", "body", "A5"),
    ("休闲食品企业节后", "headline", "A5"),                   # after its body
    ("“春风行动”首场", "headline", "A6"),
    ("本报讯（记者 黄 佳 慧）昨日", "body", "A6"),
    ("本报讯（通讯员 余 婷）", "body", "A7"),                  # no headline
    ("本报讯（记者 李 湘 君）记者从县委宣传部", "body", "A8"),
    ("“欢乐平江·闹元宵”活动本周六", "headline", "A8"),        # after its body
    ("县文化旅游广电体育局昨日", "body", "A9"),               # no headline
    ("本报讯（通讯员 陈 刚）", "body", "A10"),
    ("开学前安全大检查", "headline", "A10"),                  # after its body
    ("本报讯（记者 黄 佳 慧）本月13日", "body", "A11"),
    ("15亿元休闲食品", "headline", "A11"),                    # after its body
    ("汨罗江防洪治理二期", "headline", "A12"),                # right after A11's headline
    ("本报讯（通讯员 吴 志 刚）本月24日", "body", "A12"),
    ("县红十字会昨日", "body", "A13"),                        # no headline
    ("县教育局、县人社局日前", "body", "A14"),                 # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["李湘君"], correspondents=["吴志刚"])),
    "A1": dict(byline=byline(reporters=["方晓燕"])),
    "A2": dict(),
    "A3": dict(byline=byline(correspondents=["钟敏"])),
    "A4": dict(byline=byline(correspondents=["彭丽华"])),
    "A5": dict(byline=byline(reporters=["方晓燕"])),
    "A6": dict(byline=byline(reporters=["黄佳慧"])),
    "A7": dict(byline=byline(correspondents=["余婷"])),
    "A8": dict(byline=byline(reporters=["李湘君"])),
    "A9": dict(),
    "A10": dict(byline=byline(correspondents=["陈刚"])),
    "A11": dict(byline=byline(reporters=["黄佳慧"])),
    "A12": dict(byline=byline(correspondents=["吴志刚"])),
    "A13": dict(),
    "A14": dict(),
}
JOINS = [("本报讯（记者 李 湘 君 通讯员", "集中育秧面积比去年")]
PHOTOS = {
    "P0": dict(photographers=["吴志刚"], article="A0"),
    "P1": dict(photographers=["彭丽华"], article="A4"),
}

D25, D24, D0302, D0303, D0306 = (day("2026-02-25"), day("2026-02-24"), day("2026-03-02"), day("2026-03-03"),
                                  day("2026-03-06"))
Y26 = year(2026)
DATES = [
    D("）[[昨日]]，县农业农村局在三市镇", D25),
    D("。[[今年]]，全县计划", Y26),
    D("）[[本月24日]]，县委组织部", D24),
    D("。[[今年]]全县将分4期", Y26),
    D("将于[[下周一]]在县委党校", D0302),
    D("轮训[[下周一]]开班", D0302),
    D("面积比[[去年]]增加8%", year(2025)),
    D("关于[[元宵节]]期间", D0303),
    D("为确保[[2026年元宵节]]焰火", D0303),
    D("一、[[2026年3月3日18时至23时]]，", D0303),
    D("\n[[2026年2月25日]]\n", D25),
    D("为迎接[[“三八”国际妇女节]]，", day("2026-03-08")),
    D("将于[[下周五]]在天岳广场", D0306),
    D("县妇联[[下周五]]举办", D0306),
    D("举办“[[三八]]”主题活动", day("2026-03-08"), OPT),                # a festival inside a name
    D("。[[本月以来]]，县妇联", month(2026, 2), OPT),               # like 今年以来
    D("）[[本月21日至22日]]，县人民医院", day("2026-02-21", "2026-02-22")),
    D("）[[本月24日至25日]]，县市场", day("2026-02-24", "2026-02-25")),
    D("企业开展[[节后]]复工", VAGUE, OPT),
    D("企业[[节后]]复产检查", VAGUE, OPT),
    D("）[[昨日]]，由县人社局", D25),
    D("主办的[[2026年]]“春风行动”", Y26, OPT),                      # a year inside an event's name
    D("[[当天]]，进场求职者", D25),
    D("）[[本月12日]]，县人民法院", day("2026-02-12")),
    D("将于[[本月28日至下月5日]]举行", day("2026-02-28", "2026-03-05")),
    D("，[[元宵]]焰火晚会定于", D0303, OPT),                          # a festival as a descriptor
    D("定于[[下周二晚]]举行", D0303),
    D("闹元宵”活动[[本周六]]启幕", day("2026-02-28")),
    D("体育局[[昨日]]发布数据", D25),
    D("，[[春节假期（2月15日至23日）]]，全县", day("2026-02-15", "2026-02-23")),
    D("中小学将于[[下周一]]正式开学", D0302),
    D("。[[本月10日至13日]]，县教育局", day("2026-02-10", "2026-02-13")),
    D("）[[本月13日]]，湖南平江", day("2026-02-13")),
    D("）[[本月24日]]，由县水利局", D24),
    D("计划[[今年5月底]]前完成", xun(2026, 5, 2)),
    D("县红十字会[[昨日]]向", D25),
    D("县人社局[[日前]]联合", VAGUE, OPT),
    D("《平江县[[2026年]]公开招聘", Y26, OPT),                      # a year inside a document's title
    D("时间为[[3月9日至13日]]", day("2026-03-09", "2026-03-13")),
    D("定于[[4月11日]]举行", day("2026-04-11")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
NY = ["平江县农业农村局"]
FL = ["平江县妇女联合会"]
RS = ["平江县人力资源和社会保障局"]
YY = ["平江县人民医院"]
JY = ["平江县教育局"]
WL = ["平江县文化旅游广电体育局"]
ORGS = [
    O("）昨日，[[县农业农村局]]在三市镇", NY, G),
    O("目前，[[县农业农村局]]已向", NY, G),
    O("，[[县财政]]安排", ["平江县财政局"], G, OPT),                    # county finance, hardly a body's name
    O("）本月24日，[[县委组织部]]召开", ["中共平江县委组织部"], PA),
    O("在[[县委党校]]开班", ["中共平江县委党校"], IN),
    O("\n[[三市镇集中育秧中心]]内", ["平江县三市镇集中育秧中心"], IN, OPT),  # a facility
    O("\n[[平江县公安局交通警察大队]]\n", ["平江县公安局交通警察大队"], G),
    O("\n[[平江县文化旅游广电体育局]]\n", WL, G),
    O("，[[县妇联]]将于", FL, PE),
    O("\n[[县妇联]]下周五", FL, PE),
    O("本月以来，[[县妇联]]联合", FL, PE),
    O("联合[[县人社局]]举办", RS, G),
    O("\n[[县人民医院]]专家在", YY, IN),
    O("）本月21日至22日，[[县人民医院]]组织", YY, IN),
    O("，[[县市场监督管理局]]对", ["平江县市场监督管理局"], G),
    O("由[[县人社局]]主办", RS, G),
    O("在[[县人力资源市场]]举行", ["平江县人力资源市场"], IN, OPT),        # a venue
    O("，[[县人民法院]]在瓮江镇", ["平江县人民法院"], G),
    O("记者从[[县委宣传部]]获悉", ["中共平江县委宣传部"], PA),
    O("\n[[县文化旅游广电体育局]]昨日", WL, G),
    O("其中[[石牛寨景区]]接待", ["石牛寨景区"], IN, OPT),                  # a scenic site
    O("，[[县教育局]]联合县消防", JY, G),
    O("联合[[县消防救援大队]]对", ["平江县消防救援大队"], G),
    O("，[[湖南平江高新技术产业园区管委会]]与",
      ["湖南平江高新技术产业园区管理委员会", "湖南平江高新技术产业园区管委会"], G),
    O("与[[湖南味之源食品有限公司]]签订", ["湖南味之源食品有限公司"], CO),
    O("，由[[县水利局]]实施", ["平江县水利局"], G),
    O("\n[[县红十字会]]昨日", ["平江县红十字会"], PE),
    O("\n[[县教育局]]、县人社局", JY, G),
    O("、[[县人社局]]日前", RS, G),
]

C, P, M, T, W, A, L = "count", "percent", "money", "duration", "weight", "area", "length"
CNY = "CNY"
STATS = [
    S("集中育秧点[[46个]]", "46", "个", C, "exact", "计划建设集中育秧点"),
    S("育秧面积[[1.2万亩]]", "12000", "亩", A, "exact", "集中育秧面积"),
    S("可满足[[18万亩]]早稻", "180000", "亩", A, "exact", "早稻大田用秧面积"),
    S("将分[[4期]]对", "4", "期", C, "exact", "轮训期数"),
    S("对[[1100余名]]村", "1100", "名", C, "over", "轮训的村（社区）干部"),
    S("增加[[8%]]。", "8", "%", P, "exact", "集中育秧面积", change=up("去年")),
    S("早稻种子[[3.5万公斤]]", "35000", "公斤", W, "exact", "调运早稻种子"),
    S("化肥[[600吨]]", "600", "吨", W, "exact", "调运化肥"),
    S("补贴资金[[1200万元]]", "12000000", "元", M, "exact", "春耕生产补贴资金", currency=CNY),
    S("三八红旗手”[[10名]]", "10", "名", C, "exact", "表彰的“三八红旗手”"),
    S("最美家庭”[[20户]]", "20", "户", C, "exact", "表彰的“最美家庭”"),
    S("招聘会[[3场]]", "3", "场", C, "exact", "女性专场招聘会"),
    S("帮助[[520名]]妇女", "520", "名", C, "exact", "实现就业的妇女"),
    S("组织[[30名]]医疗专家", "30", "名", C, "exact", "义诊医疗专家"),
    S("血糖[[1800余人次]]", "1800", "人次", C, "over", "测量血压、血糖的群众"),
    S("药品价值[[4.6万元]]", "46000", "元", M, "exact", "免费发放药品价值", currency=CNY),
    S("全县[[112家]]休闲食品", "112", "家", C, "exact", "检查的休闲食品生产企业"),
    S("抽检产品[[86批次]]", "86", "批次", C, "exact", "抽检产品"),
    S("合格率[[97.7%]]", "97.7", "%", P, "exact", "抽检合格率"),
    S("对[[2家]]企业立案", "2", "家", C, "exact", "立案调查的企业"),
    S("，[[128家]]企业提供", "128", "家", C, "exact", "参加招聘会的企业"),
    S("提供岗位[[4600余个]]", "4600", "个", C, "over", "提供岗位"),
    S("求职者达[[6000余人次]]", "6000", "人次", C, "over", "进场求职者"),
    S("，[[1350人]]达成", "1350", "人", C, "exact", "达成就业意向的求职者"),
    S("，[[三名]]子女", "3", "名", C, "exact", "签订协议的子女"),
    S("赡养费[[800元]]", "800", "元", M, "exact", "每人每月赡养费", currency=CNY),
    S("等活动[[20余场]]", "20", "场", C, "over", "灯会、舞龙舞狮等活动"),
    S("接待游客[[68.3万人次]]", "683000", "人次", C, "exact", "春节假期全县接待游客"),
    S("同比增长[[12.6%]]", "12.6", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("综合收入[[5.9亿元]]", "590000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("景区接待游客[[14.2万人次]]", "142000", "人次", C, "exact", "石牛寨景区接待游客"),
    S("全县[[236所]]中小学校", "236", "所", C, "exact", "检查的中小学校、幼儿园"),
    S("整改隐患[[47处]]", "47", "处", C, "exact", "排查整改隐患"),
    S("检查排查隐患[[47处]]", "47", "处", C, "exact", "排查隐患"),
    S("总投资[[15亿元]]的", "1500000000", "元", M, "exact", "产业园项目总投资", currency=CNY),
    S("\n[[15亿元]]休闲食品", "1500000000", "元", M, "exact", "休闲食品产业园项目投资", currency=CNY),
    S("年产值可达[[30亿元]]", "3000000000", "元", M, "exact", "达产后年产值", currency=CNY),
    S("就业岗位[[1500个]]", "1500", "个", C, "exact", "新增就业岗位"),
    S("工程总投资[[2.3亿元]]", "230000000", "元", M, "exact", "防洪治理二期工程总投资", currency=CNY),
    S("加固堤防[[12.6公里]]", "12.6", "公里", L, "exact", "新建加固堤防"),
    S("安定镇[[120户]]困难家庭", "120", "户", C, "exact", "困难家庭"),
    S("每户[[1000元]]", "1000", "元", M, "exact", "每户救助金", currency=CNY),
    S("共计[[12万元]]", "120000", "元", M, "exact", "救助金", currency=CNY),
    S("招聘教师[[150名]]", "150", "名", C, "exact", "计划招聘教师"),
]

EVENTS = [
    E("召开全县早稻集中育秧现场推进会", "meeting", "召开", D25, location="三市镇", organizers=["县农业农村局"]),
    E("县财政安排春耕生产补贴资金", "payout", "安排", None, organizers=["县财政"], opt=True),   # no date
    E("召开全县村（社区）“两委”干部能力提升培训动员会", "meeting", "召开", D24, organizers=["县委组织部"]),
    E("首期培训班将于下周一在县委党校开班", "training", "培训班", D0302, location="县委党校",
      organizers=["县委组织部"]),
    E("焰火晚会安全有序举行", "activity", "举行", D0303, opt=True),                       # told again below
    E("天岳大道（环城路至汉昌大桥段）实行交通管制", "traffic", "交通管制", D0303,
      location="天岳大道（环城路至汉昌大桥段）",
      organizers=["平江县公安局交通警察大队", "平江县文化旅游广电体育局"]),
    E("举办“巾帼心向党 建功新时代”主题活动", "activity", "举办", D0306, location="天岳广场",
      organizers=["县妇联"], theme="巾帼心向党 建功新时代"),
    E("届时将表彰“三八红旗手”10名", "award", "表彰", D0306, organizers=["县妇联"]),
    E("举办女性专场招聘会3场", "recruitment", "招聘会", month(2026, 2), organizers=["县妇联", "县人社局"],
      opt=True),                                                                          # a month summary
    E("县人民医院专家在长寿镇为群众义诊", "activity", "义诊", None, opt=True),              # the caption of A4
    E("开展“春暖平江 健康同行”义诊活动", "activity", "义诊", day("2026-02-21", "2026-02-22"),
      location="加义镇、长寿镇", organizers=["县人民医院"], theme="春暖平江 健康同行"),
    E("开展节后复工复产食品安全检查", "inspection", "检查", day("2026-02-24", "2026-02-25"),
      organizers=["县市场监督管理局"], participants=["112家休闲食品生产企业"]),
    E("对2家企业立案调查", "legal", "立案调查", day("2026-02-24", "2026-02-25"), opt=True),
    E("大型招聘会在县人力资源市场举行", "recruitment", "招聘会", D25, location="县人力资源市场",
      organizers=["县人社局"], participants=["128家企业"], theme="春风行动"),
    E("开庭审理一起赡养纠纷案", "legal", "审理", day("2026-02-12"), location="瓮江镇", organizers=["县人民法院"]),
    E("经法官现场调解", "legal", "调解", day("2026-02-12"), opt=True),                   # the same case told again
    E("系列活动将于本月28日至下月5日举行", "activity", "举行", day("2026-02-28", "2026-03-05"),
      location="天岳广场、汉昌古街", theme="欢乐平江·闹元宵"),
    E("元宵焰火晚会定于下周二晚举行", "activity", "举行", D0303),
    E("县文化旅游广电体育局昨日发布数据", "announcement", "发布", D25, organizers=["县文化旅游广电体育局"]),
    E("全县中小学将于下周一正式开学", "schedule", "开学", D0302),
    E("开展开学前安全大检查", "inspection", "检查", day("2026-02-10", "2026-02-13"),
      organizers=["县教育局", "县消防救援大队"], participants=["236所中小学校、幼儿园"]),
    E("签订投资协议", "signing", "签订", day("2026-02-13"), organizers=["湖南平江高新技术产业园区管委会"],
      participants=["湖南味之源食品有限公司"]),
    E("平江段防洪治理二期工程开工", "construction", "开工", D24, location="汨罗江平江段", organizers=["县水利局"]),
    E("向伍市镇、安定镇120户困难家庭发放救助金", "payout", "发放", D25, location="伍市镇、安定镇",
      organizers=["县红十字会"], participants=["120户困难家庭"]),
    E("联合发布《平江县2026年公开招聘中小学教师公告》", "announcement", "发布", None,
      organizers=["县教育局", "县人社局"]),
    E("计划招聘教师150名", "recruitment", "招聘", None, opt=True),                        # the plan the notice makes
    E("报名时间为3月9日至13日", "registration", "报名", day("2026-03-09", "2026-03-13"),
      organizers=["县教育局", "县人社局"]),
    E("笔试定于4月11日举行", "exam", "笔试", day("2026-04-11"), organizers=["县教育局", "县人社局"]),
]
