"""今日遂昌, 遂昌县融媒体中心 (遂昌县, 丽水市, 浙江省), 2026-01-14 (a Wednesday): a county paper page.
Features: a series label (`山区共富看遂昌`); a kicker over a title (`小竹子撬动大产业` / `竹炭产业园二期项目…`); a
paragraph broken after a comma (`…达产后年产值可达6亿元，` | `每年可消化毛竹原料8万吨…`) with another article and its
after-body headline between; a caption credited to an institution and a person (`县融媒体中心 雷 鸣 摄`) and one to a
correspondent (`通讯员 徐 佳 摄`) standing between its body and its after-body headline; a 义诊 schedule in
date–venue lines (`1月17日（周六）　石练镇卫生院`, full-width space); two headlines stacked over their two bodies
(`冬笋采挖正当时`, `县图书馆首个乡村分馆启用`); four items without headline; many headlines after their bodies. Bodies
written short resolve with the county (`县委组织部`, `县经信局`, `县文化广电旅游体育局`, `县人力社保局`, `县市场监管局`,
`团县委`, `县农商银行`, `县人大常委会`, `县政府`, `县医保局`, `县总工会`…). Relative dates: `昨天上午`/`昨天`/`昨天16时`
= 01-13, `本月X日`, `本月5日至9日`, `当天` (the exhibition's opening day), `下周二` = 01-20 (twice, once in a title),
`下周五（1月23日）`, `本周五至下周一` = 01-16..01-19, `下周六` = 01-24, `本月上旬`, `2月下旬`, `2025年度`, `2026年度`.
Seasons as descriptors (`冬季旅游项目`) and `入冬以来` are optional.

Written at main commit 6651c01, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, span, up, xun, year

PAPER = "今日遂昌"
PUBLISHED = "2026-01-14"
HOME = {"county": "遂昌县", "city": "丽水市", "province": "浙江省"}

LAYOUT = [
    ("山区共富看遂昌", "label", "A0"),
    ("小竹子撬动大产业", "headline", "A0"),                   # kicker
    ("竹炭产业园二期项目在", "headline", "A0"),
    ("本报讯（记者 周 晓 燕 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 毛 丽 君）本月12日", "body", "A1"),
    ("全县组织工作会议召开", "headline", "A1"),               # after its body
    ("每年可消化毛竹", "body", "A0"),                         # the rest of A0's paragraph
    ("竹炭产业园二期项目自动化", "caption", "P0"),            # 县融媒体中心 雷 鸣 摄
    ("本报讯（通讯员 吴 雅 琴）本月10日", "body", "A2"),
    ("迎春民俗文化展开展", "headline", "A2"),                 # after its body
    ("县人民医院专家进山乡", "headline", "A3"),
    ("本报讯（通讯员 郑 晓 雯）为方便", "body", "A3"),
    ("1月17日（周六）", "body", "A3"),                        # schedule lines
    ("1月24日（周六）", "body", "A3"),
    ("1月31日（周六）", "body", "A3"),
    ("县人民法院审结", "headline", "A4"),
    ("本报讯（通讯员 蓝 天 宇）昨天，县人民法院", "body", "A4"),
    ("本报讯（记者 毛 丽 君）记者从县人力社保局", "body", "A5"),
    ("下周二举办", "headline", "A5"),                         # after its body
    ("本报讯（通讯员 叶 建 平）本月上旬", "body", "A6"),
    ("年货市场迎来", "headline", "A6"),                       # after its body
    ("本报讯（记者 周 晓 燕）本月5日", "body", "A7"),
    ("耕地地力保护补贴发放", "headline", "A7"),               # after its body
    ("本报讯（通讯员 吴 雅 琴）本月8日", "body", "A8"),
    ("学员在培训班上", "caption", "P1"),                      # 通讯员 徐 佳 摄
    ("青年电商直播培训班", "headline", "A8"),                 # after its body and caption
    ("县人大常委会召开", "headline", "A9"),
    ("本报讯（记者 毛 丽 君）本月13日", "body", "A9"),
    ("本报讯（通讯员 郑 晓 雯）记者从县教育局", "body", "A10"),  # no headline
    ("本报讯（记者 周 晓 燕）本月6日", "body", "A11"),
    ("南尖岩冬季旅游", "headline", "A11"),                    # after its body
    ("冬笋采挖正当时", "headline", "A12"),                    # its body after A13's headline
    ("县图书馆首个", "headline", "A13"),
    ("本报讯（通讯员 蓝 天 宇）昨天，北界镇", "body", "A12"),
    ("本报讯（通讯员 吴 雅 琴）昨天，县图书馆", "body", "A13"),
    ("本报讯（记者 毛 丽 君）县气象台", "body", "A14"),       # no headline
    ("本报讯（通讯员 郑 晓 雯）下周六", "body", "A15"),       # no headline
    ("本报讯（通讯员 叶 建 平）县医保局", "body", "A16"),     # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["周晓燕"], correspondents=["叶建平"])),
    "A1": dict(byline=byline(reporters=["毛丽君"])),
    "A2": dict(byline=byline(correspondents=["吴雅琴"])),
    "A3": dict(byline=byline(correspondents=["郑晓雯"])),
    "A4": dict(byline=byline(correspondents=["蓝天宇"])),
    "A5": dict(byline=byline(reporters=["毛丽君"])),
    "A6": dict(byline=byline(correspondents=["叶建平"])),
    "A7": dict(byline=byline(reporters=["周晓燕"])),
    "A8": dict(byline=byline(correspondents=["吴雅琴"])),
    "A9": dict(byline=byline(reporters=["毛丽君"])),
    "A10": dict(byline=byline(correspondents=["郑晓雯"])),
    "A11": dict(byline=byline(reporters=["周晓燕"])),
    "A12": dict(byline=byline(correspondents=["蓝天宇"])),
    "A13": dict(byline=byline(correspondents=["吴雅琴"])),
    "A14": dict(byline=byline(reporters=["毛丽君"])),
    "A15": dict(byline=byline(correspondents=["郑晓雯"])),
    "A16": dict(byline=byline(correspondents=["叶建平"])),
}
JOINS = [("本报讯（记者 周 晓 燕 通讯员", "每年可消化毛竹")]
PHOTOS = {
    "P0": dict(photographers=["雷鸣"], article="A0"),
    "P1": dict(photographers=["徐佳"], article="A8"),
}

D13, D12, D10 = day("2026-01-13"), day("2026-01-12"), day("2026-01-10")
WINTER = (span("2025-12-01", "2026-02-28"), "season")
DATES = [
    D("）[[昨天上午]]，浙江遂昌", D13),
    D("）[[本月12日]]，县委组织部", D12),
    D("回顾[[去年]]组织工作", year(2025)),
    D("部署[[今年]]重点任务", year(2026)),
    D("介绍，[[去年]]全县规上", year(2025)),
    D("）[[本月10日]]，由县文化", D10),
    D("持续至[[2月下旬]]", xun(2026, 2, 2)),
    D("。[[当天]]，2000余名", D10),
    D("将于[[本月17日至31日]]组织", day("2026-01-17", "2026-01-31")),
    D("\n[[1月17日（周六）]]", day("2026-01-17")),
    D("\n[[1月24日（周六）]]", day("2026-01-24")),
    D("\n[[1月31日（周六）]]", day("2026-01-31")),
    D("）[[昨天]]，县人民法院", D13),
    D("将于[[下周二]]在县人力", day("2026-01-20")),
    D("\n[[下周二]]举办春风", day("2026-01-20")),
    D("）[[本月上旬]]，县市场监管局", xun(2026, 1, 0)),
    D("）[[本月5日至9日]]，县农业", day("2026-01-05", "2026-01-09")),
    D("发放[[2025年度]]耕地", year(2025)),
    D("）[[本月8日至10日]]，团县委", day("2026-01-08", "2026-01-10")),
    D("）[[本月13日]]，县人大", D13),
    D("关于[[2025年]]国民经济", year(2025), OPT),                 # a year inside a report's title
    D("将于[[下周五（1月23日）]]起", day("2026-01-23")),
    D("寒假，[[2月25日]]开学", day("2026-02-25")),
    D("）[[本月6日]]，县政府与", day("2026-01-06")),
    D("南尖岩景区[[冬季]]旅游", WINTER, OPT),                      # a season as a descriptor
    D("\n南尖岩[[冬季]]旅游项目签约", WINTER, OPT),
    D("）[[昨天]]，北界镇", D13),
    D("，[[入冬以来]]全县", VAGUE, OPT),
    D("）[[昨天]]，县图书馆", D13),
    D("县气象台[[昨天16时]]发布", D13),
    D("预警，[[本周五至下周一]]全县", day("2026-01-16", "2026-01-19")),
    D("）[[下周六]]，由县总工会", day("2026-01-24")),
    D("提醒，[[2026年度]]城乡居民", year(2026)),
    D("将于[[2月28日]]截止", day("2026-02-28")),
    D("截至[[本月12日]]，全县已有", D12),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
WGJ = ["遂昌县文化广电旅游体育局"]
YY = ["遂昌县人民医院"]
FY = ["遂昌县人民法院"]
RD = ["遂昌县人民代表大会常务委员会", "遂昌县人大常委会"]
ZF = ["遂昌县人民政府"]
JYJ = ["遂昌县教育局"]
ORGS = [
    O("项目在[[遂昌工业园区]]投产", ["遂昌工业园区管理委员会", "遂昌工业园区"], G, OPT),   # a zone, a place
    O("）昨天上午，[[浙江遂昌碳源竹业科技有限公司]]竹炭", ["浙江遂昌碳源竹业科技有限公司"], CO),
    O("）本月12日，[[县委组织部]]召开", ["中共遂昌县委组织部", "中共遂昌县委员会组织部"], PA),
    O("据[[县经信局]]介绍", ["遂昌县经济和信息化局"], G),
    O("生产线。 [[县融媒体中心]] 雷", ["遂昌县融媒体中心"], IN),
    O("由[[县文化广电旅游体育局]]主办的“长粽", WGJ, G),
    O("在[[汤显祖纪念馆]]开展", ["遂昌县汤显祖纪念馆", "汤显祖纪念馆"], IN, OPT),          # a venue
    O("\n[[县人民医院]]专家进山乡", YY, IN),
    O("看病，[[县人民医院]]将于", YY, IN),
    O("）　[[石练镇卫生院]]", ["遂昌县石练镇卫生院", "石练镇卫生院"], IN),
    O("）　[[王村口镇卫生院]]", ["遂昌县王村口镇卫生院", "王村口镇卫生院"], IN),
    O("）　[[湖山乡卫生院]]", ["遂昌县湖山乡卫生院", "湖山乡卫生院"], IN),
    O("\n[[县人民法院]]审结", FY, G),
    O("）昨天，[[县人民法院]]公开", FY, G),
    O("。[[法院]]当庭宣判", FY, G, OPT),                                                   # anaphoric
    O("记者从[[县人力社保局]]获悉", ["遂昌县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["遂昌县人力资源市场"], IN, OPT),                          # a venue
    O("，[[县市场监管局]]联合", ["遂昌县市场监督管理局"], G),
    O("联合[[县商务局]]对", ["遂昌县商务局"], G),
    O("，[[县农业农村局]]通过", ["遂昌县农业农村局"], G),
    O("，[[团县委]]联合", ["共青团遂昌县委员会"], PE),
    O("联合[[县农商银行]]在", ["浙江遂昌农村商业银行股份有限公司", "遂昌农商银行", "遂昌县农村商业银行"], CO),
    O("在[[县青少年宫]]举办", ["遂昌县青少年宫"], IN, OPT),                                  # a venue
    O("\n[[县人大常委会]]召开", RD, G),
    O("）本月13日，[[县人大常委会]]召开", RD, G),
    O("审议[[县政府]]关于", ZF, G),
    O("听取[[县人民检察院]]关于", ["遂昌县人民检察院"], G),
    O("记者从[[县教育局]]获悉", JYJ, G),
    O("。[[县教育局]]提醒", JYJ, G),
    O("）本月6日，[[县政府]]与", ZF, G),
    O("与[[杭州云栖文旅发展有限公司]]签订", ["杭州云栖文旅发展有限公司"], CO),
    O("开发[[南尖岩景区]]冬季", ["南尖岩景区"], CO, OPT),                                  # a scenic site
    O("昨天，[[北界镇红星坪村]]的", ["遂昌县北界镇红星坪村", "北界镇红星坪村"], CM, OPT),   # a village
    O("据[[县林业局]]统计", ["遂昌县林业局"], G),
    O("\n[[县图书馆]]首个", ["遂昌县图书馆"], IN),
    O("）昨天，[[县图书馆湖山乡分馆]]正式", ["遂昌县图书馆湖山乡分馆"], IN),
    O("）[[县气象台]]昨天", ["遂昌县气象台"], IN),
    O("由[[县总工会]]、", ["遂昌县总工会"], PE),
    O("、[[县文化广电旅游体育局]]联合主办", WGJ, G),
    O("）[[县医保局]]提醒", ["遂昌县医疗保障局"], G),
]

C, P, M, T, W, A, TE = "count", "percent", "money", "duration", "weight", "area", "temperature"
CNY = "CNY"
STATS = [
    S("总投资[[3.8亿元]]", "380000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("生产线[[5条]]", "5", "条", C, "exact", "新上生产线"),
    S("年产值可达[[6亿元]]", "600000000", "元", M, "exact", "达产后年产值", currency=CNY),
    S("毛竹原料[[8万吨]]", "80000", "吨", W, "exact", "每年可消化毛竹原料"),
    S("周边[[6个]]乡镇", "6", "个", C, "exact", "带动的周边乡镇"),
    S("户均增收[[4000元以上]]", "4000", "元", M, "over", "竹农户均增收", currency=CNY),
    S("同比增长[[7.6%]]", "7.6", "%", P, "exact", "规上工业增加值", change=up("上年同期")),
    S("负责人[[110余人]]", "110", "人", C, "over", "参加会议人员"),
    S("等活动[[30余场]]", "30", "场", C, "over", "穿插活动"),
    S("，[[2000余名]]市民游客", "2000", "名", C, "over", "到场参观的市民游客"),
    S("骨科等[[8个]]科室", "8", "个", C, "exact", "参加义诊的科室"),
    S("建筑用石料[[1.2万吨]]", "12000", "吨", W, "exact", "擅自开采的建筑用石料"),
    S("案值[[46万元]]", "460000", "元", M, "exact", "案值", currency=CNY),
    S("有期徒刑[[一年六个月]]", "1.5", "年", T, "exact", "有期徒刑", OPT),                  # a sentence
    S("罚金[[5万元]]", "50000", "元", M, "exact", "罚金", currency=CNY),
    S("届时[[62家]]企业", "62", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1500余个]]", "1500", "个", C, "over", "提供岗位"),
    S("全县[[43家]]农贸市场", "43", "家", C, "exact", "检查的农贸市场和商超"),
    S("年货样品[[260批次]]", "260", "批次", C, "exact", "抽检年货样品"),
    S("发现问题[[12个]]", "12", "个", C, "exact", "发现问题"),
    S("全县[[1.86万户]]农户", "18600", "户", C, "exact", "领取补贴的农户"),
    S("补贴面积[[14.2万亩]]", "142000", "亩", A, "exact", "补贴面积"),
    S("每亩[[110元]]", "110", "元", M, "exact", "每亩补贴", currency=CNY),
    S("共计[[1562万元]]", "15620000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    S("，[[150名]]返乡青年", "150", "名", C, "exact", "参加培训的返乡青年和农村电商从业者"),
    S("总投资[[2.5亿元]]", "250000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("接待游客[[30万人次以上]]", "300000", "人次", C, "over", "每年接待游客"),
    S("，[[30余名]]笋农", "30", "名", C, "over", "采挖冬笋的笋农"),
    S("采挖冬笋[[1800余吨]]", "1800", "吨", W, "over", "已采挖冬笋"),
    S("产值[[约3600万元]]", "36000000", "元", M, "about", "冬笋产值", currency=CNY),
    S("每公斤[[20元左右]]", "20", "元", M, "about", "冬笋收购价", currency=CNY),
    S("藏书[[1.2万册]]", "12000", "册", C, "exact", "馆内藏书"),
    S("阅览座位[[60个]]", "60", "个", C, "exact", "阅览座位"),
    S("可达[[零下5℃]]", "-5", "℃", TE, "exact", "最低气温"),
    S("，[[16支]]村队", "16", "支", C, "exact", "进入总决赛的村队"),
    S("的[[200余名]]队员", "200", "名", C, "over", "队员"),
    S("已有[[16.3万人]]完成", "163000", "人", C, "exact", "完成参保缴费人数"),
    S("参保率达[[96.5%]]", "96.5", "%", P, "exact", "参保率"),
]

D23 = day("2026-01-23")
EVENTS = [
    E("二期项目正式投产", "construction", "投产", D13, location="遂昌工业园区",
      organizers=["浙江遂昌碳源竹业科技有限公司"]),
    E("召开全县组织工作会议", "meeting", "召开", D12, organizers=["县委组织部"],
      participants=["各乡镇（街道）党（工）委书记", "县直单位组织人事负责人"]),
    E("民俗文化展在汤显祖纪念馆开展", "exhibition", "文化展", D10, location="汤显祖纪念馆",
      organizers=["县文化广电旅游体育局"], theme="长粽飘香·年味遂昌"),
    E("开展“健康进山乡”巡回义诊", "activity", "义诊", day("2026-01-17", "2026-01-31"),
      organizers=["县人民医院"], theme="健康进山乡"),
    E("公开开庭审理一起非法采矿案", "legal", "审理", D13, organizers=["县人民法院"]),
    E("以非法采矿罪判处", "legal", "判处", D13, opt=True),                              # the same case told again
    E("专场招聘会将于下周二在县人力资源市场举办", "recruitment", "招聘会", day("2026-01-20"),
      location="县人力资源市场", organizers=["县人力社保局"], participants=["62家企业"], theme="春风行动·就业援助月"),
    E("开展年货市场专项检查", "inspection", "检查", xun(2026, 1, 0), organizers=["县市场监管局", "县商务局"],
      participants=["43家农贸市场和商超"]),
    E("发放2025年度耕地地力保护补贴", "payout", "发放", day("2026-01-05", "2026-01-09"),
      organizers=["县农业农村局"], participants=["1.86万户农户"]),
    E("举办“青春助农”年货直播培训班", "training", "培训班", day("2026-01-08", "2026-01-10"),
      location="县青少年宫", organizers=["团县委", "县农商银行"], participants=["返乡青年", "农村电商从业者"],
      theme="青春助农"),
    E("学员在培训班上练习直播带货", "training", "培训班", None, opt=True),                 # the caption of A8
    E("召开第二十七次会议，审议", "meeting", "召开", D13, organizers=["县人大常委会"]),
    E("起放寒假", "schedule", "放寒假", D23, organizers=["县教育局"], participants=["全县中小学"]),
    E("2月25日开学", "schedule", "开学", day("2026-02-25"), organizers=["县教育局"], participants=["全县中小学"]),
    E("签订合作协议", "signing", "签订", day("2026-01-06"), organizers=["县政府"],
      participants=["杭州云栖文旅发展有限公司"]),
    E("正忙着采挖冬笋", "production", "采挖", D13, location="北界镇红星坪村", participants=["笋农"]),
    E("分馆正式启用", "launch", "启用", D13, location="湖山乡", organizers=["县图书馆"]),
    E("发布寒潮蓝色预警", "announcement", "发布", D13, organizers=["县气象台"]),
    E("总决赛将在大柘镇体育公园举行", "competition", "总决赛", day("2026-01-24"), location="大柘镇体育公园",
      organizers=["县总工会", "县文化广电旅游体育局"]),
    E("参保登记缴费将于2月28日截止", "registration", "登记", day("2026-02-28"), organizers=["县医保局"]),
]
