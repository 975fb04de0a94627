"""武夷山报, 武夷山市融媒体中心 (武夷山市, 南平市, 福建省), 2026-02-27 (a Friday): a county-level city paper page.
Features: a series label (`茶旅融合看武夷`); a kicker over a title (`春茶生产早谋划` /
`今年全市计划新建和改造生态茶园…`); a paragraph broken after a comma (`…推广茶园绿色防控技术8万亩，` |
`并将于下周一起对全市326家茶企…`) with a court item and its after-body headline between; a winners list in label-colon
lines (`五夫镇：`, `兴田镇：`, `武夷街道：`, `市立医院：`, names in layout spaces); two captions credited to an
institution and a person (`市融媒体中心 郑 凯 摄`, `黄 丽 萍 摄`); a headline with another article and a caption between
it and its body (`“最美茶乡巾帼”下周三颁奖`); two items without headline; many headlines after their bodies. Bodies
written short resolve with the city (`市茶业局`, `市人民法院`, `市文体旅局`, `市委宣传部`, `市文明办`,
`市公安局交警大队`, `团市委`, `市人大常委会`, `市人民检察院`, `市妇联`, `市医保局`…).
Relative dates: `昨日`/`昨日上午` = 02-26, `本月X日`, `本月21日至22日`, `本月23日至25日`, `本月上旬`,
`春节假期（2月15日至23日）`, `下周一` = 03-02 (twice), `下周二（3月3日）` = `元宵节` = 03-03 with `当晚`/`当日`,
`下周三` = 03-04 (three times, once in a title), `当日` (a job fair's day), `去年`, `2025年度`, `2026年度`. A year
inside an event's or report's name, a season as a descriptor, `本月以来` and a commemorative day used as a reference
point (`“三八”国际妇女节前夕`) are optional.

Written at main commit b411d97, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, span, up, xun, year

PAPER = "武夷山报"
PUBLISHED = "2026-02-27"
HOME = {"county": "武夷山市", "city": "南平市", "province": "福建省"}

LAYOUT = [
    ("茶旅融合看武夷", "label", "A0"),
    ("春茶生产早谋划", "headline", "A0"),                     # kicker
    ("今年全市计划新建", "headline", "A0"),
    ("本报讯（记者 陈 雅 琴 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（通讯员 游 海 燕）本月24日", "body", "A1"),
    ("擅用地理标志商标", "headline", "A1"),                   # after its body
    ("并将于下周一起", "body", "A0"),                         # the rest of A0's paragraph
    ("星村镇茶农在茶园", "caption", "P0"),                    # 市融媒体中心 郑 凯 摄
    ("本报讯（记者 林 晓 峰）记者从市文体旅局", "body", "A2"),
    ("春节假期景区接待", "headline", "A2"),                   # after its body
    ("2025年度“武夷茶乡好人”名单", "headline", "A3"),
    ("本报讯（通讯员 吴 建 华）本月25日，市委宣传部", "body", "A3"),
    ("五夫镇：", "body", "A3"),
    ("兴田镇：", "body", "A3"),
    ("武夷街道：", "body", "A3"),
    ("市立医院：", "body", "A3"),
    ("本报讯（记者 陈 雅 琴）下周二", "body", "A4"),
    ("元宵晚会下周二举行", "headline", "A4"),                 # after its body
    ("“春风行动”专场招聘会", "headline", "A5"),
    ("本报讯（记者 林 晓 峰）昨日上午", "body", "A5"),
    ("本报讯（通讯员 黄 丽 萍）本月21日", "body", "A6"),
    ("青年志愿者守护", "headline", "A6"),                     # after its body
    ("本报讯（通讯员 游 海 燕）为保障", "body", "A7"),
    ("开学前校园食堂", "headline", "A7"),                     # after its body
    ("本报讯（记者 陈 雅 琴）本月25日", "body", "A8"),
    ("茶旅融合示范园项目签约", "headline", "A8"),             # after its body
    ("市人大常委会召开", "headline", "A9"),
    ("本报讯（通讯员 吴 建 华）本月25日，市人大", "body", "A9"),
    ("“最美茶乡巾帼”下周三", "headline", "A11"),             # its body comes after A10 and its caption
    ("本报讯（通讯员 黄 丽 萍）本月20日", "body", "A10"),      # no headline
    ("消防指战员在桐木村", "caption", "P1"),                  # 黄 丽 萍 摄
    ("本报讯（记者 陈 雅 琴）记者昨日从市妇联", "body", "A11"),
    ("本报讯（记者 林 晓 峰）2026年度", "body", "A12"),        # no headline
    ("本报讯（通讯员 游 海 燕）本月上旬", "body", "A13"),
    ("耕地地力保护补贴发放", "headline", "A13"),              # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["陈雅琴"], correspondents=["吴建华"])),
    "A1": dict(byline=byline(correspondents=["游海燕"])),
    "A2": dict(byline=byline(reporters=["林晓峰"])),
    "A3": dict(byline=byline(correspondents=["吴建华"])),
    "A4": dict(byline=byline(reporters=["陈雅琴"])),
    "A5": dict(byline=byline(reporters=["林晓峰"])),
    "A6": dict(byline=byline(correspondents=["黄丽萍"])),
    "A7": dict(byline=byline(correspondents=["游海燕"])),
    "A8": dict(byline=byline(reporters=["陈雅琴"])),
    "A9": dict(byline=byline(correspondents=["吴建华"])),
    "A10": dict(byline=byline(correspondents=["黄丽萍"])),
    "A11": dict(byline=byline(reporters=["陈雅琴"])),
    "A12": dict(byline=byline(reporters=["林晓峰"])),
    "A13": dict(byline=byline(correspondents=["游海燕"])),
}
JOINS = [("本报讯（记者 陈 雅 琴 通讯员", "并将于下周一起")]
PHOTOS = {
    "P0": dict(photographers=["郑凯"], article="A0"),
    "P1": dict(photographers=["黄丽萍"], article="A10"),
}

D26, D25 = day("2026-02-26"), day("2026-02-25")
MON, TUE, WED = day("2026-03-02"), day("2026-03-03"), day("2026-03-04")
SPRING = (span("2026-03-01", "2026-05-31"), "season")
SPRING_FEST = day("2026-02-15", "2026-02-23")
Y26, Y25 = year(2026), year(2025)
DATES = [
    D("\n[[今年]]全市计划新建和改造", Y26),
    D("）[[昨日]]，市茶业局", D26),
    D("部署[[今年]]茶园管理", Y26),
    D("介绍，[[今年]]全市计划", Y26),
    D("）[[本月24日]]，市人民法院", day("2026-02-24")),
    D("并将于[[下周一]]起", MON),
    D("。[[去年]]，全市茶叶", Y25),
    D("开展[[春季]]修剪", SPRING, OPT),                          # a season as a descriptor
    D("获悉，[[春节假期（2月15日至23日）]]，武夷山", SPRING_FEST),
    D("\n[[春节假期]]景区", SPRING_FEST),
    D("\n[[2025年度]]“武夷茶乡好人”名单", Y25, OPT),              # a year inside an award's name
    D("）[[本月25日]]，市委宣传部", D25),
    D("联合召开[[2025年度]]“武夷茶乡好人”发布会", Y25, OPT),
    D("）[[下周二（3月3日）]]是", TUE),
    D("是[[元宵节]]，当晚", TUE),
    D("，[[当晚]]19时至22时", TUE),
    D("提醒，[[当日]]18时", TUE),
    D("\n[[元宵]]晚会", TUE, OPT),                               # a festival naming the gala
    D("晚会[[下周二]]举行", TUE),
    D("）[[昨日上午]]，市人社局", D26),
    D("，[[当日]]达成", D26),
    D("）[[本月21日至22日]]，团市委", day("2026-02-21", "2026-02-22")),
    D("保障[[春季]]开学", SPRING, OPT),
    D("，[[本月23日至25日]]，市市场", day("2026-02-23", "2026-02-25")),
    D("将于[[下周一]]正式开学", MON),
    D("）[[本月25日]]，市政府与", D25),
    D("）[[本月25日]]，市人大", D25),
    D("关于[[2025年]]国民经济", Y25, OPT),                       # a year inside a report's name
    D("巾帼”[[下周三]]颁奖", WED),
    D("）[[本月20日]]，市消防", day("2026-02-20")),
    D("记者[[昨日]]从市妇联", D26),
    D("，[[“三八”国际妇女节]]前夕", day("2026-03-08"), OPT),      # a reference point (前夕)
    D("将于[[下周三]]在市文化馆", WED),
    D("。[[本月以来]]，全市各级", VAGUE, OPT),
    D("）[[2026年度]]城乡居民", Y26),
    D("将于[[下周三]]截止", WED),
    D("截至[[本月25日]]，全市已有", D25),
    D("提醒，[[今年]]个人缴费", Y26),
    D("）[[本月上旬]]，市农业", xun(2026, 2, 0)),
    D("发放[[2025年度]]耕地", Y25),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
FY = ["武夷山市人民法院"]
WTL = ["武夷山市文化体育和旅游局", "武夷山市文体旅局"]
RD = ["武夷山市人民代表大会常务委员会", "武夷山市人大常委会"]
ZF = ["武夷山市人民政府"]
FL = ["武夷山市妇女联合会"]
ORGS = [
    O("）昨日，[[市茶业局]]在", ["武夷山市茶业局"], G),
    O("）本月24日，[[市人民法院]]公开", FY, G),
    O("修剪。 [[市融媒体中心]] 郑", ["武夷山市融媒体中心"], IN),
    O("记者从[[市文体旅局]]获悉", WTL, G),
    O("，[[武夷山风景名胜区]]累计", ["武夷山风景名胜区管理委员会", "武夷山风景名胜区"], G,
      OPT),  # a scenic area, a place
    O("）本月25日，[[市委宣传部]]、", ["中共武夷山市委宣传部"], PA),
    O("、[[市文明办]]联合", ["武夷山市精神文明建设委员会办公室", "中共武夷山市委精神文明建设办公室",
                         "武夷山市精神文明建设办公室", "武夷山市文明办"], PA),
    O("\n[[武夷街道]]：", ["武夷山市武夷街道"], G, OPT),                   # a street in a winners list, read as a place
    O("\n[[市立医院]]：", ["武夷山市立医院"], IN),
    O("，[[市文体旅局]]将在", WTL, G),
    O("。[[市公安局交警大队]]提醒", ["武夷山市公安局交通警察大队", "武夷山市公安局交警大队"], G),
    O("，[[市人社局]]在", ["武夷山市人力资源和社会保障局"], G),
    O("在[[市人力资源市场]]举办", ["武夷山市人力资源市场"], IN, OPT),        # a venue
    O("，[[团市委]]组织", ["共青团武夷山市委员会"], PE),
    O("在[[武夷山北站]]开展", ["武夷山北站"], IN, OPT),                      # a station, a site
    O("，[[市市场监管局]]联合", ["武夷山市市场监督管理局"], G),
    O("联合[[市教育局]]对", ["武夷山市教育局"], G),
    O("）本月25日，[[市政府]]与", ZF, G),
    O("与[[福建武夷山水茶业集团有限公司]]签订", ["福建武夷山水茶业集团有限公司"], CO),
    O("\n[[市人大常委会]]召开", RD, G),
    O("）本月25日，[[市人大常委会]]召开", RD, G),
    O("听取[[市政府]]关于", ZF, G),
    O("审议[[市人民检察院]]关于", ["武夷山市人民检察院"], G),
    O("，[[市消防救援大队]]在", ["武夷山市消防救援大队"], G),
    O("在[[星村镇桐木村]]开展", ["武夷山市星村镇桐木村"], CM, OPT),          # a village
    O("\n消防指战员在[[桐木村]]开展", ["武夷山市星村镇桐木村"], CM, OPT),
    O("记者昨日从[[市妇联]]获悉", FL, PE),
    O("前夕，[[市妇联]]将于", FL, PE),
    O("在[[市文化馆]]举办", ["武夷山市文化馆"], IN, OPT),                    # a venue
    O("。[[市医保局]]提醒", ["武夷山市医疗保障局"], G),
    O("通过[[“闽政通”APP]]缴纳", ["闽政通"], IN, OPT),                       # a platform
    O("，[[市农业农村局]]向", ["武夷山市农业农村局"], G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
STATS = [
    S("改造生态茶园[[1.2万亩]]\n", "12000", "亩", A, "exact", "新建和改造生态茶园"),
    S("提升生态茶园[[1.2万亩]]，", "12000", "亩", A, "exact", "新建和改造提升生态茶园"),
    S("绿色防控技术[[8万亩]]", "80000", "亩", A, "exact", "推广茶园绿色防控技术"),
    S("共计[[8.5万元]]。", "85000", "元", M, "exact", "赔偿原告经济损失及合理开支", currency=CNY),
    S("被判赔[[8.5万元]]\n", "85000", "元", M, "exact", "判赔金额", currency=CNY),
    S("全市[[326家]]茶企", "326", "家", C, "exact", "检查的茶企"),
    S("茶叶产量[[2.6万吨]]", "26000", "吨", W, "exact", "全市茶叶产量"),
    S("总产值[[突破140亿元]]", "14000000000", "元", M, "over", "涉茶产业总产值", currency=CNY),
    S("累计接待游客[[46.3万人次]]", "463000", "人次", C, "exact", "景区接待游客"),
    S("同比增长[[12.8%]]", "12.8", "%", P, "exact", "景区接待游客", change=up("上年同期")),
    S("旅游收入[[4.1亿元]]", "410000000", "元", M, "exact", "旅游收入", currency=CNY),
    S("竹筏游接待游客[[9.6万人次]]", "96000", "人次", C, "exact", "九曲溪竹筏游接待游客"),
    S("最高接待游客[[2.1万人次]]", "21000", "人次", C, "exact", "天游峰景区单日最高接待游客"),
    S("景区接待游客[[46.3万人次]]\n", "463000", "人次", C, "exact", "景区接待游客"),
    S("对[[12名]]身边好人", "12", "名", C, "exact", "受表彰的身边好人"),
    S("花灯[[120余组]]", "120", "组", C, "over", "展出花灯"),
    S("提供岗位[[1650个]]\n", "1650", "个", C, "exact", "招聘会提供岗位"),
    S("，[[78家]]企业", "78", "家", C, "exact", "参加招聘会企业"),
    S("等岗位[[1650个]]，", "1650", "个", C, "exact", "招聘会提供岗位"),
    S("就业意向[[430人]]", "430", "人", C, "exact", "达成初步就业意向"),
    S("组织[[68名]]青年志愿者", "68", "名", C, "exact", "青年志愿者"),
    S("返程旅客[[3200余人次]]", "3200", "人次", C, "over", "服务返程旅客"),
    S("全市[[47所]]中小学校", "47", "所", C, "exact", "检查的中小学校、幼儿园食堂"),
    S("问题隐患[[21处]]", "21", "处", C, "exact", "发现问题隐患"),
    S("总投资[[3.6亿元]]", "360000000", "元", M, "exact", "示范园项目计划总投资", currency=CNY),
    S("年接待游客[[20万人次]]", "200000", "人次", C, "exact", "示范园预计年接待游客"),
    S("消防车[[8辆]]", "8", "辆", C, "exact", "出动消防车"),
    S("指战员[[65名]]", "65", "名", C, "exact", "出动指战员"),
    S("无人机[[4架]]", "4", "架", C, "exact", "出动无人机"),
    S("演练历时[[3小时]]", "3", "小时", T, "exact", "演练时长"),
    S("全市[[30名]]“最美", "30", "名", C, "exact", "获颁奖的“最美茶乡巾帼”"),
    S("志愿服务活动[[56场]]", "56", "场", C, "exact", "巾帼志愿服务活动"),
    S("惠及群众[[4100余人次]]", "4100", "人次", C, "over", "惠及群众"),
    S("已有[[17.8万人]]完成", "178000", "人", C, "exact", "完成参保缴费人数"),
    S("参保率达[[96.4%]]", "96.4", "%", P, "exact", "城乡居民医保参保率"),
    S("每人[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency=CNY),
    S("全市[[1.86万户]]农户", "18600", "户", C, "exact", "领取补贴的农户"),
    S("补贴[[1120万元]]", "11200000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    S("每亩[[105元]]", "105", "元", M, "exact", "耕地地力保护补贴标准", currency=CNY),
]

EVENTS = [
    E("召开全市春茶生产动员会", "meeting", "召开", D26, location="星村镇", organizers=["市茶业局"]),
    E("对全市326家茶企开展春茶质量安全专项检查", "inspection", "检查", MON, organizers=["市茶业局"],
      participants=["326家茶企"]),
    E("公开开庭审理一起侵害", "legal", "审理", day("2026-02-24"), organizers=["市人民法院"]),
    E("法院当庭判决其停止侵权", "legal", "判决", day("2026-02-24"), opt=True),         # the same case told again
    E("累计接待游客46.3万人次", "other", "接待", SPRING_FEST, location="武夷山风景名胜区",
      opt=True),  # a holiday figure
    E("对12名身边好人予以表彰", "award", "表彰", D25, organizers=["市委宣传部", "市文明办"],
      participants=["12名身边好人"], theme="武夷茶乡好人"),
    E("举办“茶乡闹元宵”民俗文艺晚会", "activity", "举办", TUE, location="武夷宫广场", organizers=["市文体旅局"],
      theme="茶乡闹元宵"),
    E("展出各式花灯120余组", "exhibition", "展出", TUE, location="武夷宫广场", organizers=["市文体旅局"],
      opt=True),                                                                   # a display inside the gala
    E("路段将实施交通管制", "traffic", "交通管制", TUE, location="武夷宫至度假区大桥路段",
      organizers=["市公安局交警大队"]),
    E("举办“春风行动”专场招聘会", "recruitment", "招聘会", D26, location="市人力资源市场",
      organizers=["市人社局"], participants=["78家企业"], theme="春风行动"),
    E("开展“温暖返程路”志愿服务", "activity", "志愿服务", day("2026-02-21", "2026-02-22"), location="武夷山北站",
      organizers=["团市委"], participants=["68名青年志愿者"], theme="温暖返程路"),
    E("食堂开展专项检查", "inspection", "检查", day("2026-02-23", "2026-02-25"),
      organizers=["市市场监管局", "市教育局"], participants=["47所中小学校、幼儿园"]),
    E("全市中小学将于下周一正式开学", "schedule", "开学", MON),
    E("签订战略合作协议", "signing", "签订", D25, organizers=["市政府"], participants=["福建武夷山水茶业集团有限公司"]),
    E("召开第三十一次会议，听取", "meeting", "召开", D25, organizers=["市人大常委会"]),
    E("开展森林火灾扑救综合演练", "training", "演练", day("2026-02-20"), location="星村镇桐木村",
      organizers=["市消防救援大队"]),
    E("在桐木村开展森林火灾扑救演练", "training", "演练", None, location="桐木村", opt=True),   # the caption of A10
    E("举办“巾帼心向党 建功新武夷”主题宣讲活动", "training", "宣讲", WED, location="市文化馆",
      organizers=["市妇联"], theme="巾帼心向党 建功新武夷"),
    E("为全市30名“最美茶乡巾帼”颁奖", "award", "颁奖", WED, location="市文化馆", organizers=["市妇联"],
      participants=["30名“最美茶乡巾帼”"]),
    E("已开展巾帼志愿服务活动56场", "activity", "志愿服务", None, opt=True),          # a summary since the month began
    E("集中缴费将于下周三截止", "registration", "缴费", WED, organizers=["市医保局"]),
    E("发放2025年度耕地地力保护补贴", "payout", "发放", xun(2026, 2, 0), organizers=["市农业农村局"],
      participants=["1.86万户农户"]),
]
