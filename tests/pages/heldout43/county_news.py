"""今日郏县, 郏县融媒体中心 (郏县, 平顶山市, 河南省), 2026-05-12 (a Tuesday): a county paper page.
Features: a kicker over a title (`三夏备战早谋划` / `全县46.8万亩小麦进入灌浆期`); a paragraph broken after a comma
(`…作业32万亩，` | `并统筹调度联合收割机…`) with another article and its after-body headline between; a road-works
article closed by a notice (`特此通告。`, the issuing body and a date line); a caption credited to an institution and a
person (`县融媒体中心 杨 帆 摄`); a winners list in label-colon lines (`薛店镇：`, `安良镇：`, `姚庄回族乡：`, names in
layout spaces); two items without headline (one without byline); headlines after their bodies. Bodies written short
resolve with the county (`县农业农村局`, `县妇联`, `县住建局`, `县卫健委`, `县工商联`, `县融媒体中心`, `团县委`,
`县委宣传部`…); a town's bodies (`薛店镇党委`, `镇政府`) with the town; towns and villages are places. Relative dates:
`前天` = 05-10 (twice; once `前天恰逢母亲节`), `母亲节` = 05-10, `昨天`/`昨天上午`/`昨天晚上` = 05-11, `本周六` = 05-16
(four times, twice in titles), `当天` (a court day), `当晚`, `立夏` = 05-05 (the solar term), `5月下旬` ×2, `5月上旬`,
`6月底`, `今年1至4月`.

Written at main commit 3aa6f9e, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, up, xun, year

PAPER = "今日郏县"
PUBLISHED = "2026-05-12"
HOME = {"county": "郏县", "city": "平顶山市", "province": "河南省"}

LAYOUT = [
    ("三夏备战早谋划", "headline", "A0"),                     # kicker
    ("全县46.8万亩小麦", "headline", "A0"),
    ("本报讯（记者 韩 立 新 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（通讯员 崔 艳 丽）前天", "body", "A1"),
    ("母亲节义诊送健康", "headline", "A1"),                   # after its body
    ("并统筹调度", "body", "A0"),                             # the rest of A0's paragraph
    ("龙山大道部分路段", "headline", "A2"),
    ("本报讯（记者 韩 立 新）本周六起", "body", "A2"),
    ("自2026年5月16日", "body", "A2"),                        # the notice closing A2
    ("特此通告。", "body", "A2"),
    ("郏县公安局交通管理大队", "body", "A2"),                 # issuing body
    ("2026年5月11日", "body", "A2"),                          # date line
    ("“苏轼文化研学季”在", "headline", "A3"),
    ("本报讯（通讯员 贾 冰）昨天上午", "body", "A3"),
    ("学生在三苏园景区", "caption", "P0"),                    # 县融媒体中心 杨 帆 摄
    ("第三届“十佳红牛", "headline", "A4"),
    ("本报讯（通讯员 王 珂）5月8日", "body", "A4"),
    ("薛店镇：", "body", "A4"),                               # winners in label-colon lines
    ("安良镇：", "body", "A4"),
    ("姚庄回族乡：", "body", "A4"),
    ("据介绍，目前", "body", "A4"),
    ("本报讯（记者 苏 蕊）记者昨天", "body", "A5"),
    ("适龄女生可免费", "headline", "A5"),                     # after its body
    ("县工商联召开", "headline", "A6"),
    ("本报讯（通讯员 崔 艳 丽）昨天", "body", "A6"),
    ("本报讯（通讯员 李 航）", "body", "A7"),
    ("巡回审判进村庄", "headline", "A7"),                     # after its body
    ("本报讯（通讯员 贾 冰）5月上旬", "body", "A8"),          # no headline
    ("本报讯（记者 苏 蕊）县人社局", "body", "A9"),
    ("本周六 专场招聘会", "headline", "A9"),                  # after its body
    ("团县委组织青年", "headline", "A10"),
    ("本报讯（通讯员 王 珂）5月7日", "body", "A10"),
    ("本报讯（记者 韩 立 新）5月6日", "body", "A11"),
    ("红牛深加工项目", "headline", "A11"),                    # after its body
    ("“村BA”在薛店镇", "headline", "A12"),
    ("本报讯（通讯员 牛 晓 燕）", "body", "A12"),
    ("本报讯 5月11日", "body", "A13"),                        # no headline, no byline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["韩立新"], correspondents=["牛晓燕"])),
    "A1": dict(byline=byline(correspondents=["崔艳丽"])),
    "A2": dict(byline=byline(reporters=["韩立新"])),
    "A3": dict(byline=byline(correspondents=["贾冰"])),
    "A4": dict(byline=byline(correspondents=["王珂"])),
    "A5": dict(byline=byline(reporters=["苏蕊"])),
    "A6": dict(byline=byline(correspondents=["崔艳丽"])),
    "A7": dict(byline=byline(correspondents=["李航"])),
    "A8": dict(byline=byline(correspondents=["贾冰"])),
    "A9": dict(byline=byline(reporters=["苏蕊"])),
    "A10": dict(byline=byline(correspondents=["王珂"])),
    "A11": dict(byline=byline(reporters=["韩立新"])),
    "A12": dict(byline=byline(correspondents=["牛晓燕"])),
    "A13": dict(),
}
JOINS = [("本报讯（记者 韩 立 新 通讯员", "并统筹调度")]
PHOTOS = {
    "P0": dict(photographers=["杨帆"], article="A3"),
}

D11, D10, D16, D09 = day("2026-05-11"), day("2026-05-10"), day("2026-05-16"), day("2026-05-09")
LATE_MAY = xun(2026, 5, 2)
DATES = [
    D("记者[[前天]]从县农业", D10),
    D("，[[今年]]全县小麦", year(2026)),
    D("，[[目前]]已全面", VAGUE, OPT),
    D("预计[[5月下旬]]陆续", LATE_MAY),
    D("赶在[[立夏]]前", day("2026-05-05")),                          # the solar term, 05-05
    D("）[[前天]]恰逢", D10),
    D("恰逢[[母亲节]]，", D10),
    D("\n[[母亲节]]义诊", D10),
    D("。[[目前]]，全县已储备", VAGUE, OPT),
    D("路段[[本周六]]起封闭", D16),
    D("）[[本周六]]起，龙山", D16),
    D("自[[2026年5月16日起至6月30日]]止", day("2026-05-16", "2026-06-30")),
    D("\n[[2026年5月11日]]\n", D11),
    D("）[[昨天上午]]，县文化", D11),
    D("持续至[[6月底]]", xun(2026, 6, 2)),
    D("，[[今年1至4月]]，三苏园", months(2026, 1, 4)),
    D("）[[5月8日]]，县畜牧", day("2026-05-08")),
    D("，[[目前]]全县红牛", VAGUE, OPT),
    D("，[[去年]]出栏", year(2025)),
    D("记者[[昨天]]从县卫健委", D11),
    D("工作[[近日]]启动", VAGUE, OPT),
    D("计划[[5月下旬]]完成", LATE_MAY),
    D("）[[昨天]]，县工商联", D11),
    D("总结[[去年]]工作", year(2025)),
    D("部署[[今年]]任务", year(2026)),
    D("）[[5月9日]]，县人民法院", D09),
    D("双方[[当天]]达成", D09),
    D("被告[[每月]]支付", VAGUE, OPT),                                # a recurring slot
    D("）[[5月上旬]]，县市场", xun(2026, 5, 0)),
    D("将于[[本周六]]在县人力", D16),
    D("\n[[本周六]] 专场", D16),
    D("）[[5月7日至9日]]，团县委", day("2026-05-07", "2026-05-09")),
    D("）[[5月6日]]，位于", day("2026-05-06")),
    D("）[[昨天晚上]]，由薛店镇", D11),
    D("持续至[[5月24日]]", day("2026-05-24")),
    D("开幕[[当晚]]", D11),
    D("本报讯 [[5月11日]]，县委", D11),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
NYJ = ["郏县农业农村局"]
GSL = ["郏县工商业联合会", "郏县总商会"]
WJW = ["郏县卫生健康委员会"]
TXW = ["共青团郏县委员会"]
RMT = ["郏县融媒体中心"]
SSY = ["郏县三苏园景区", "三苏园景区"]
ORGS = [
    O("记者前天从[[县农业农村局]]获悉", NYJ, G),
    O("。[[县农业农村局]]组织", NYJ, G),
    O("，[[县妇联]]联合", ["郏县妇女联合会"], PE),
    O("联合[[县人民医院]]在", ["郏县人民医院"], IN),
    O("。[[县住建局]]提醒", ["郏县住房和城乡建设局"], G),
    O("。[[县公安局交通管理大队]]同步", ["郏县公安局交通管理大队"], G),
    O("\n[[郏县公安局交通管理大队]]\n", ["郏县公安局交通管理大队"], G),
    O("，[[县文化广电和旅游局]]在", ["郏县文化广电和旅游局"], G),
    O("在[[三苏园景区]]启动", SSY, IN, OPT),                              # a site
    O("，[[三苏园景区]]累计", SSY, IN, OPT),
    O("技艺。 [[县融媒体中心]] 杨", RMT, IN),
    O("，[[县畜牧发展中心]]公布", ["郏县畜牧发展中心"], IN),
    O("记者昨天从[[县卫健委]]获悉", WJW, G),
    O("。[[县卫健委]]已在", WJW, G),
    O("“[[健康郏县]]”小程序", ["健康郏县"], IN, OPT),                     # a platform
    O("\n[[县工商联]]召开", GSL, PE),
    O("，[[县工商联]]召开", GSL, PE),
    O("与[[县农商银行]]签订", ["郏县农村商业银行", "河南郏县农村商业银行股份有限公司", "郏县农商银行"], CO),
    O("，[[县人民法院]]在", ["郏县人民法院"], G),
    O("，[[县市场监管局]]联合", ["郏县市场监督管理局"], G),
    O("联合[[县教育局]]对", ["郏县教育局"], G),
    O("）[[县人社局]]将于", ["郏县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["郏县人力资源市场"], IN, OPT),          # a venue
    O("\n[[团县委]]组织青年", TXW, PE),
    O("，[[团县委]]组织32名", TXW, PE),
    O("的[[郏县瑞丰牧业有限公司]]红牛", ["郏县瑞丰牧业有限公司"], CO),
    O("由[[薛店镇党委]]、", ["中共郏县薛店镇委员会", "中共薛店镇委员会", "薛店镇党委"], PA),
    O("、[[镇政府]]主办", ["郏县薛店镇人民政府", "薛店镇人民政府"], G),
    O("，[[县委宣传部]]、", ["中共郏县县委宣传部", "中共郏县委员会宣传部"], PA),
    O("、[[县融媒体中心]]联合", RMT, IN),
]

C, P, M, T, W, A, O_ = "count", "percent", "money", "duration", "weight", "area", "other"
CNY = "CNY"
STATS = [
    S("\n全县[[46.8万亩]]小麦", "468000", "亩", A, "exact", "小麦种植面积"),
    S("种植面积[[46.8万亩]]", "468000", "亩", A, "exact", "小麦种植面积"),
    S("作业[[32万亩]]", "320000", "亩", A, "exact", "“一喷三防”作业"),
    S("，[[20余名]]医护人员", "20", "名", C, "over", "义诊医护人员"),
    S("为[[300多名]]女性", "300", "名", C, "over", "义诊女性群众"),
    S("健康手册[[1000余份]]", "1000", "份", C, "over", "发放健康手册"),
    S("联合收割机[[1260台]]", "1260", "台", C, "exact", "调度联合收割机"),
    S("烘干机组[[38套]]", "38", "套", C, "exact", "烘干机组"),
    S("农用柴油[[1800吨]]", "1800", "吨", W, "exact", "储备农用柴油"),
    S("机手[[430名]]", "430", "名", C, "exact", "跨区作业机手"),
    S("工期[[约45天]]", "45", "天", T, "about", "封闭施工工期"),
    S("总投资[[2860万元]]", "28600000", "元", M, "exact", "雨污分流改造总投资", currency=CNY),
    S("许昌市的[[16所]]学校", "16", "所", C, "exact", "首批研学学校"),
    S("[[1400余名]]中小学生", "1400", "名", C, "over", "参加研学的中小学生"),
    S("课程[[12门]]", "12", "门", C, "exact", "研学课程"),
    S("接待游客[[38.6万人次]]", "386000", "人次", C, "exact", "三苏园景区接待游客"),
    S("同比增长[[21.3%]]", "21.3", "%", P, "exact", "三苏园景区接待游客", change=up("上年同期")),
    S("，[[10户]]养殖户", "10", "户", C, "exact", "获评养殖户"),
    S("存栏[[5.2万头]]", "52000", "头", C, "exact", "全县红牛存栏"),
    S("肉牛[[2.1万头]]", "21000", "头", C, "exact", "去年出栏肉牛"),
    S("全县[[约3100名]]", "3100", "名", C, "about", "可预约接种的在校女生"),
    S("3100名[[13周岁]]在校", "13", "周岁", O_, "exact", "接种女生年龄", OPT),          # an age
    S("接种点[[16个]]", "16", "个", C, "exact", "接种点"),
    S("会上，[[7家]]民营企业", "7", "家", C, "exact", "签订授信协议的民营企业"),
    S("授信总额[[1.35亿元]]", "135000000", "元", M, "exact", "授信总额", currency=CNY),
    S("，[[150余名]]村民", "150", "名", C, "over", "旁听村民"),
    S("赡养费[[600元]]", "600", "元", M, "exact", "每月赡养费", currency=CNY),
    S("全县[[86所]]中小学", "86", "所", C, "exact", "检查的中小学、幼儿园食堂"),
    S("隐患[[23处]]", "23", "处", C, "exact", "发现问题隐患"),
    S("将有[[62家]]企业", "62", "家", C, "exact", "参加招聘会企业"),
    S("就业岗位[[1850个]]", "1850", "个", C, "exact", "提供就业岗位"),
    S("月薪最高[[8000元]]", "8000", "元", M, "exact", "最高月薪", currency=CNY),
    S("组织[[32名]]青年志愿者", "32", "名", C, "exact", "青年志愿者"),
    S("，[[3天]]累计", "3", "天", T, "exact", "直播带货时长"),
    S("农产品[[4.6万单]]", "46000", "单", C, "exact", "销售农产品"),
    S("销售额[[超过68万元]]", "680000", "元", M, "over", "直播销售额", currency=CNY),
    S("总投资[[3.2亿元]]", "320000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("肉牛[[3万头]]", "30000", "头", C, "exact", "年可屠宰加工肉牛"),
    S("等[[8个]]村", "8", "个", C, "exact", "带动的村"),
    S("[[1200余户]]农户", "1200", "户", C, "over", "带动养牛增收的农户"),
    S("全镇[[18支]]村级球队", "18", "支", C, "exact", "参赛村级球队"),
    S("，[[2000余名]]群众", "2000", "名", C, "over", "到场观赛群众"),
    S("从[[186件]]参赛作品", "186", "件", C, "exact", "参赛作品"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[6名]]", "6", "名", C, "exact", "二等奖"),
]

EVENTS = [
    E("预计5月下旬陆续开镰", "production", "开镰", LATE_MAY, opt=True),                  # a forecast
    E("赶在立夏前完成“一喷三防”作业32万亩", "production", "作业", None, organizers=["县农业农村局"]),
    E("开展“健康送妈妈”义诊活动", "activity", "义诊", D10, location="县城东湖广场",
      organizers=["县妇联", "县人民医院"], theme="健康送妈妈"),
    E("将封闭施工", "traffic", "封闭施工", D16, location="龙山大道（文化路至广阔路段）", opt=True),  # told again
    E("同步发布通告", "announcement", "发布", None, organizers=["县公安局交通管理大队"], opt=True),
    E("禁止机动车通行", "traffic", "禁止机动车通行", day("2026-05-16", "2026-06-30"),
      location="龙山大道（文化路至广阔路段）", organizers=["郏县公安局交通管理大队"]),
    E("启动“苏轼文化研学季”活动", "activity", "启动", D11, location="三苏园景区",
      organizers=["县文化广电和旅游局"], theme="苏轼文化研学季"),
    E("学生在三苏园景区体验拓印技艺", "activity", "体验", None, opt=True),                 # the caption of A3
    E("公布第三届“十佳红牛养殖户”评选结果", "award", "评选", day("2026-05-08"),
      organizers=["县畜牧发展中心"], participants=["10户养殖户"], theme="十佳红牛养殖户"),
    E("免费接种工作近日启动", "activity", "接种", None, organizers=["县卫健委"]),
    E("首剂接种计划5月下旬完成", "activity", "接种", LATE_MAY, opt=True),                   # a plan
    E("昨天，县工商联召开", "meeting", "召开", D11, organizers=["县工商联"]),
    E("签订授信协议", "signing", "签订", D11, organizers=["7家民营企业"], participants=["县农商银行"]),
    E("开展巡回审判，公开审理一起赡养纠纷案", "legal", "审理", D09, location="茨芭镇苏庄村",
      organizers=["县人民法院"]),
    E("双方当天达成调解协议", "legal", "调解", D09, opt=True),                              # the same case
    E("开展食品安全专项检查", "inspection", "检查", xun(2026, 5, 0), organizers=["县市场监管局", "县教育局"],
      participants=["86所中小学、幼儿园食堂"]),
    E("举办“民营企业招聘月”专场招聘会", "recruitment", "招聘会", D16, location="县人力资源市场",
      organizers=["县人社局"], participants=["62家企业"], theme="民营企业招聘月"),
    E("开展“青春助农”直播带货活动", "activity", "开展", day("2026-05-07", "2026-05-09"),
      location="冢头镇、黄道镇", organizers=["团县委"], participants=["32名青年志愿者"], theme="青春助农"),
    E("精深加工项目一期投产", "construction", "投产", day("2026-05-06"), location="堂街镇",
      organizers=["郏县瑞丰牧业有限公司"]),
    E("篮球联赛在下宋村文化广场开赛", "competition", "开赛", D11, location="下宋村文化广场",
      organizers=["薛店镇党委", "镇政府"], participants=["全镇18支村级球队"], theme="村BA"),
    E("联合举办“郏县好故事”短视频大赛颁奖仪式", "award", "颁奖", D11,
      organizers=["县委宣传部", "县融媒体中心"], theme="郏县好故事"),
]
