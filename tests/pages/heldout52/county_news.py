"""蒲城时讯, 蒲城县融媒体中心 (蒲城县, 渭南市, 陕西省), 2026-12-15 (a Tuesday): a county paper page.
Features: the page opens with a photo caption (`县融媒体中心 杜 晓 峰 摄`) and a jump marker (`（上接第1版）`)
whose article has no headline on this page; a kicker over a title (`夯实粮食安全根基` / `龙阳镇2.1万亩…`) with the
byline on a line of its own (`记者 韩 冰 通讯员 杜 晓 峰`) and another article's body between that header and its
body; a paragraph broken after a dangling `的` (`…惠及龙阳、党睦两镇的` | `9个村4800余户群众。`) with a series label,
another article and its after-body headline between; a series label (`冬日暖心事`); a bare name in parentheses as a
byline on its own line (`（田 甜）`); a 通告 with label-colon lines (`一、封闭时间：`, `二、封闭路段：`,
`三、绕行路线：`), `特此通告。`, two issuing bodies and a date line; a headline far after its body (the wage
article's title stands after the whole notice); two headlines after their bodies; a caption `（雷 鸣 摄）`; three
briefs without headline or byline. Bodies written short resolve with the county (`县农业农村局` ×2, `县商务局`,
`县十八届人大常委会`/`县人大常委会`, `县政府`, `县人民法院`/`县法院` (one right after `报告和`, not 和县), `县民政局`,
`县教育局`, `团县委` ×2, `县委宣传部`, `县文化和旅游局`, `县博物馆`, `县人社局` ×2, `县住建局`, `县交通运输局`,
`县应急管理局`, `县林业局`, `尧山镇政府`, `县气象局`, `县人民医院`, `县图书馆`, `县市场监管局` ×2; `该局`/`该院`
optional). Dates: `昨日` = 12-14 (×2, once `昨日起`), `当天` = 12-14 after it, `次日` = 12-13 (after 12-12),
`本周五` = 12-18 (×2), `下周三` = 12-23, `本月下旬`, `今年前11个月`, `明年8月底`, `明年3月31日`, `元旦` and
`元旦当天` = 2027-01-01, `今冬明春`, a notice window `2026年12月17日至2027年1月20日` and date line
`2026年12月14日`. Seasons as descriptors (`冬季…`, `今冬取暖补贴`, `冬日`) are optional.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "蒲城时讯"
PUBLISHED = "2026-12-15"
HOME = {"county": "蒲城县", "city": "渭南市", "province": "陕西省"}

LAYOUT = [
    ("罕井镇一家果品合作社内", "caption", "P0"),              # 县融媒体中心 杜 晓 峰 摄
    ("（上接第1版）", "continuation", "A0"),
    ("同时，县农业农村局", "body", "A0"),                      # no headline on this page
    ("县十八届人大常委会召开", "headline", "A1"),
    ("夯实粮食安全根基", "headline", "A2"),                    # kicker
    ("龙阳镇2.1万亩", "headline", "A2"),
    ("记者 韩 冰 通讯员 杜 晓 峰", "byline", "A2"),            # a byline line of its own
    ("本报讯（记者 王 一 帆）12月14日", "body", "A1"),
    ("记者近日在龙阳镇", "body", "A2"),                        # breaks after a dangling 的
    ("冬日暖心事", "label", "A3"),
    ("本报讯（记者 王 一 帆 通讯员 雷 蕾）", "body", "A3"),
    ("今冬取暖补贴", "headline", "A3"),                        # after its body
    ("9个村4800余户", "body", "A2"),                           # the rest of A2's paragraph
    ("本报讯（通讯员 田 甜）", "body", "A4"),
    ("中小学生合唱比赛", "headline", "A4"),                    # after its body
    ("铭记历史", "headline", "A5"),                            # kicker
    ("纪念西安事变", "headline", "A5"),
    ("本报讯 12月12日", "body", "A5"),
    ("（田 甜）", "byline", "A5"),                             # a bare name: authors
    ("县法院集中发放", "headline", "A6"),
    ("本报讯（通讯员 郭 峰）", "body", "A6"),
    ("团县委联合", "body", "A7"),                              # no headline, no byline
    ("本报讯（通讯员 张 慧）", "body", "A8"),
    ("关于尧山大道", "headline", "A9"),
    ("因城市供热", "body", "A9"),
    ("一、封闭时间", "body", "A9"),
    ("二、封闭路段", "body", "A9"),
    ("三、绕行路线", "body", "A9"),
    ("特此通告", "body", "A9"),
    ("蒲城县公安局交通警察大队", "body", "A9"),                # issuing body
    ("蒲城县住房和城乡建设局", "body", "A9"),                  # issuing body
    ("2026年12月14日", "body", "A9"),                          # date line
    ("根治欠薪冬季", "headline", "A8"),                        # far after its body
    ("尧山开展森林", "headline", "A10"),
    ("演练现场", "caption", "P1"),                             # （雷 鸣 摄）
    ("本报讯（通讯员 杜 晓 峰）", "body", "A10"),
    ("县人民医院下周三", "body", "A11"),                       # no headline, no byline
    ("县图书馆自本周五", "body", "A12"),                       # no headline, no byline
    ("县市场监管局开展", "headline", "A13"),
    ("本报讯（通讯员 孙 瑶 瑶）", "body", "A13"),
]

ARTICLES = {
    "A0": dict(continued_from="第1版"),
    "A1": dict(byline=byline(reporters=["王一帆"])),
    "A2": dict(byline=byline(reporters=["韩冰"], correspondents=["杜晓峰"])),
    "A3": dict(byline=byline(reporters=["王一帆"], correspondents=["雷蕾"])),
    "A4": dict(byline=byline(correspondents=["田甜"])),
    "A5": dict(byline=byline(authors=["田甜"])),
    "A6": dict(byline=byline(correspondents=["郭峰"])),
    "A7": dict(),
    "A8": dict(byline=byline(correspondents=["张慧"])),
    "A9": dict(),
    "A10": dict(byline=byline(correspondents=["杜晓峰"])),
    "A11": dict(),
    "A12": dict(),
    "A13": dict(byline=byline(correspondents=["孙瑶瑶"])),
}
JOINS = [("记者近日在龙阳镇", "9个村4800余户")]
PHOTOS = {
    "P0": dict(photographers=["杜晓峰"], article="A0"),
    "P1": dict(photographers=["雷鸣"], article="A10"),
}

D14, D12, D11, D10 = day("2026-12-14"), day("2026-12-12"), day("2026-12-11"), day("2026-12-10")
FRI = day("2026-12-18")
NEW_YEAR = day("2027-01-01")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
DATES = [
    D("，[[今年前11个月]]全县酥梨", months(2026, 1, 11)),
    D("力争[[明年8月底]]前", xun(2027, 8, 2)),
    D("）[[12月14日]]，县十八届", D14),
    D("关于[[2026年]]财政预算", year(2026), OPT),                      # inside a report's title
    D("记者[[近日]]在龙阳镇", VAGUE),
    D("已于[[12月10日]]全面完工", D10),
    D("获悉，[[今冬]]取暖补贴", WINTER, OPT),                          # a descriptor of the subsidy
    D("于[[12月11日]]开始发放", D11),
    D("将于[[本月下旬]]前", xun(2026, 12, 2)),
    D("\n[[今冬]]取暖补贴“打卡", WINTER, OPT),
    D("\n[[冬日]]暖心事", WINTER, OPT),
    D("介绍，[[今冬明春]]我县", WINTER_SPRING),
    D("）[[12月12日]]，由县教育局", D12),
    D("唱响[[冬日]]校园", WINTER, OPT),
    D("本报讯 [[12月12日]]，由县委", D12),
    D("持续至[[明年3月31日]]", day("2027-03-31")),
    D("开展[[首日]]，700余名", D12, OPT),
    D("；[[次日]]起，县博物馆", day("2026-12-13")),
    D("县博物馆[[每天]]安排", VAGUE),                                   # a recurring slot
    D("）[[12月11日]]，县人民法院", D11),
    D("[[今年以来]]，该院", year(2026), OPT),
    D("青年志愿者协会[[昨日]]在", D14),
    D("）[[12月8日]]起，县人社局", day("2026-12-08")),
    D("截至[[目前]]已排查", VAGUE),
    D("，[[元旦]]前后是", NEW_YEAR),
    D("封闭时间：[[2026年12月17日至2027年1月20日]]", day("2026-12-17", "2027-01-20")),
    D("\n[[2026年12月14日]]\n", D14),
    D("根治欠薪[[冬季]]攻坚", WINTER, OPT),
    D("）[[12月10日]]，县应急管理局", D10),
    D("开展[[冬季]]森林防灭火", WINTER, OPT),
    D("预计，[[本周五]]起我县", FRI),
    D("县人民医院[[下周三]]起", day("2026-12-23")),
    D("开设“[[冬季]]呼吸道", WINTER, OPT),                             # inside the clinic's name
    D("自[[本周五]]起执行", FRI),
    D("执行[[冬季]]开放时间", WINTER, OPT),
    D("开放时间，[[周二至周日]]9:00", VAGUE),                          # a recurring slot
    D("开放，[[周一]]闭馆", VAGUE),                                     # a recurring slot
    D("；[[元旦当天]]正常开放", NEW_YEAR),
    D("开展“[[两节]]”食品", VAGUE),                                     # two holidays as a descriptor
    D("为保障[[岁末年初]]群众", VAGUE),
    D("县市场监管局[[昨日]]起抽调", D14),
    D("截至[[当天]]，已检查", D14),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
NYJ = ["蒲城县农业农村局"]
RD = ["蒲城县人民代表大会常务委员会", "蒲城县人大常委会"]
FY = ["蒲城县人民法院"]
MZJ = ["蒲城县民政局"]
TXW = ["共青团蒲城县委员会"]
BWG = ["蒲城县博物馆"]
RSJ = ["蒲城县人力资源和社会保障局"]
ZJJ = ["蒲城县住房和城乡建设局"]
SCJ = ["蒲城县市场监督管理局"]
ORGS = [
    O("酥梨。 [[县融媒体中心]] 杜", ["蒲城县融媒体中心"], IN),
    O("同时，[[县农业农村局]]联合", NYJ, G),
    O("联合[[县商务局]]引导", ["蒲城县商务局"], G),
    O("\n[[县十八届人大常委会]]召开", RD, G),
    O("）12月14日，[[县十八届人大常委会]]第二十三次", RD, G),
    O("听取了[[县政府]]关于", ["蒲城县人民政府"], G),
    O("报告和[[县人民法院]]关于", FY, G),
    O("。[[县人大常委会]]主任", RD, G),
    O("记者从[[县民政局]]获悉", MZJ, G),
    O("。[[该局]]同时开通", MZJ, G, OPT),                               # an anaphor
    O("户群众。[[县农业农村局]]负责人", NYJ, G),
    O("由[[县教育局]]、", ["蒲城县教育局"], G),
    O("、[[团县委]]主办", TXW, PE),
    O("在[[县文化艺术中心]]举行", ["蒲城县文化艺术中心"], IN, OPT),      # a venue
    O("角逐，[[县尧山中学]]、", ["蒲城县尧山中学"], IN),
    O("、[[城关第一小学]]等", ["蒲城县城关第一小学", "城关第一小学"], IN),
    O("由[[县委宣传部]]、", ["中共蒲城县委宣传部", "蒲城县委宣传部"], PA),
    O("、[[县文化和旅游局]]主办", ["蒲城县文化和旅游局"], G),
    O("在[[县博物馆]]开展", BWG, IN, OPT),                               # a venue
    O("次日起，[[县博物馆]]每天", BWG, IN),
    O("\n[[县法院]]集中发放", FY, G),
    O("）12月11日，[[县人民法院]]在椿林镇", FY, G),
    O("，[[该院]]共执结", FY, G, OPT),                                  # an anaphor
    O("\n[[团县委]]联合", TXW, PE),
    O("联合[[县青年志愿者协会]]昨日", ["蒲城县青年志愿者协会"], SO),
    O("在[[城关街道]]开展", ["蒲城县城关街道"], G, OPT),                 # a street office as a place
    O("）12月8日起，[[县人社局]]联合", RSJ, G),
    O("联合[[县住建局]]、", ZJJ, G),
    O("、[[县交通运输局]]对全县", ["蒲城县交通运输局"], G),
    O("。[[县人社局]]提醒", RSJ, G),
    O("拨打[[12345热线]]投诉", ["12345政务服务便民热线", "12345热线"], IN, OPT),   # a hotline, a platform
    O("\n[[蒲城县公安局交通警察大队]]\n", ["蒲城县公安局交通警察大队"], G),
    O("\n[[蒲城县住房和城乡建设局]]\n", ZJJ, G),
    O("）12月10日，[[县应急管理局]]联合", ["蒲城县应急管理局"], G),
    O("联合[[县林业局]]、", ["蒲城县林业局"], G),
    O("、[[尧山镇政府]]在", ["蒲城县尧山镇人民政府", "尧山镇人民政府", "尧山镇政府"], G),
    O("。[[县气象局]]预计", ["蒲城县气象局"], G),
    O("\n[[县人民医院]]下周三", ["蒲城县人民医院"], IN),
    O("\n[[县图书馆]]自本周五", ["蒲城县图书馆"], IN),
    O("\n[[县市场监管局]]开展", SCJ, G),
    O("饮食安全，[[县市场监管局]]昨日", SCJ, G),
]

C, P, M, T, W, L, A, TE = "count", "percent", "money", "duration", "weight", "length", "area", "temperature"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("引导[[32家]]合作社", "32", "家", C, "exact", "开设网店的合作社"),
    S("销售额达[[4.3亿元]]", "430000000", "元", M, "exact", "酥梨线上销售额", currency=CNY),
    S("同比增长[[18.5%]]", "18.5", "%", P, "exact", "酥梨线上销售额", change=up(YOY)),
    S("销售总额的[[三成以上]]", "3", "成", P, "over", "线上销售额占酥梨销售总额", OPT),   # X成
    S("气调库[[8座]]", "8", "座", C, "exact", "新建气调库"),
    S("\n龙阳镇[[2.1万亩]]高标准", "21000", "亩", A, "exact", "高标准农田"),
    S("总投资[[3860万元]]", "38600000", "元", M, "exact", "项目总投资", currency=CNY),
    S("建设高标准农田[[2.1万亩]]，新打", "21000", "亩", A, "exact", "建设高标准农田"),
    S("机井[[46眼]]", "46", "眼", C, "exact", "新打机井"),
    S("管道[[约58公里]]", "58", "公里", L, "about", "铺设地埋管道"),
    S("灌溉面积[[1.6万余亩]]", "16000", "亩", A, "over", "新增和改善灌溉面积"),
    S("党睦[[两镇]]的", "2", "镇", C, "exact", "受益镇", OPT),                          # restates the two towns
    S("\n[[9个]]村4800余户", "9", "个", C, "exact", "受益村"),
    S("村[[4800余户]]群众", "4800", "户", C, "over", "受益群众"),
    S("高标准农田[[3.5万亩]]", "35000", "亩", A, "exact", "计划再建设高标准农田"),
    S("全县[[12146户]]低保", "12146", "户", C, "exact", "领取取暖补贴的低保、特困家庭"),
    S("每户可领取[[600元]]", "600", "元", M, "exact", "每户取暖补贴", currency=CNY),
    S("共计[[728.76万元]]", "7287600", "元", M, "exact", "取暖补贴资金", currency=CNY),
    S("热线，[[24小时]]受理", "24", "小时", T, "exact", "热线受理时段", OPT),          # a service's hours
    S("全县[[21所]]中小学", "21", "所", C, "exact", "参赛中小学"),
    S("中小学的[[26支]]合唱队", "26", "支", C, "exact", "参赛合唱队"),
    S("合唱队、[[1100余名]]学生", "1100", "名", C, "over", "参赛学生"),
    S("等[[8支]]队伍", "8", "支", C, "exact", "获一等奖队伍"),
    S("西安事变[[90周年]]史料展开展", "90", "周年", T, "exact", "纪念周年", OPT),      # inside the show's name
    S("西安事变[[90周年]]史料展在", "90", "周年", T, "exact", "纪念周年", OPT),
    S("历史照片[[210余幅]]", "210", "幅", C, "over", "展出历史照片"),
    S("文献实物[[86件]]", "86", "件", C, "exact", "展出文献实物"),
    S("首日，[[700余名]]", "700", "名", C, "over", "首日参观干部群众和学生"),
    S("志愿讲解[[4场]]", "4", "场", C, "exact", "每天志愿讲解"),
    S("为[[46名]]农民工", "46", "名", C, "exact", "领取案款的农民工"),
    S("工资款[[126.8万元]]", "1268000", "元", M, "exact", "发放被拖欠工资款", currency=CNY),
    S("民生案件[[312件]]", "312", "件", C, "exact", "执结涉民生案件"),
    S("执行到位金额[[2460万元]]", "24600000", "元", M, "exact", "执行到位金额", currency=CNY),
    S("活动，[[52名]]青年", "52", "名", C, "exact", "参加活动的青年志愿者"),
    S("防寒物资[[600余份]]", "600", "份", C, "over", "送去防寒物资"),
    S("排查项目[[37个]]", "37", "个", C, "exact", "排查在建工程项目"),
    S("整改问题[[11个]]", "11", "个", C, "exact", "督促整改问题"),
    S("帮助[[89名]]农民工", "89", "名", C, "exact", "追回工资的农民工"),
    S("追回工资[[152万元]]", "1520000", "元", M, "exact", "追回工资", currency=CNY),
    S("参演人员[[180余人]]", "180", "人", C, "over", "参演人员"),
    S("消防车辆[[12台]]", "12", "台", C, "exact", "出动消防车辆"),
    S("无人机[[4架]]", "4", "架", C, "exact", "出动无人机"),
    S("可达[[零下10摄氏度]]", "-10", "摄氏度", TE, "exact", "最低气温"),
    S("执法人员[[60余名]]", "60", "名", C, "over", "抽调执法人员"),
    S("为期[[30天]]", "30", "天", T, "exact", "食品安全大检查期限"),
    S("经营主体[[127家]]", "127", "家", C, "exact", "检查经营主体"),
    S("责令整改问题[[9个]]", "9", "个", C, "exact", "责令整改问题"),
]

EVENTS = [
    E("新建气调库8座，力争明年8月底前建成投用", "construction", "建成", xun(2027, 8, 2), opt=True),   # a plan
    E("县十八届人大常委会第二十三次会议召开", "meeting", "召开", D14, organizers=["县十八届人大常委会"]),
    E("已于12月10日全面完工", "construction", "完工", D10, location="龙阳镇"),
    E("今冬取暖补贴已于12月11日开始发放", "payout", "发放", D11, organizers=["县民政局"],
      participants=["低保、特困家庭"]),
    E("该局同时开通救助热线", "launch", "开通", None, organizers=["该局"], opt=True),              # no date of its own
    E("计划再建设高标准农田3.5万亩", "construction", "建设", WINTER_SPRING, opt=True),            # a plan
    E("合唱比赛在县文化艺术中心举行", "competition", "比赛", D12, location="县文化艺术中心",
      organizers=["县教育局", "团县委"], participants=["26支合唱队"]),
    E("8支队伍获一等奖", "award", "获一等奖", D12, opt=True),                                    # the contest's results
    E("史料展在县博物馆开展", "exhibition", "开展", D12, location="县博物馆",
      organizers=["县委宣传部", "县文化和旅游局"]),
    E("前来参观", "visit", "参观", D12, opt=True),                                              # the show's visitors
    E("每天安排志愿讲解4场", "activity", "讲解", day("2026-12-13"), organizers=["县博物馆"], opt=True),
    E("开展执行案款集中发放活动", "payout", "发放", D11, location="椿林镇", organizers=["县人民法院"],
      participants=["46名农民工"]),
    E("共执结涉民生案件312件", "legal", "执结", year(2026), opt=True),                           # a year summary
    E("开展“青春暖冬”志愿服务活动", "activity", "志愿服务", D14, location="城关街道",
      organizers=["团县委", "县青年志愿者协会"], participants=["52名青年志愿者", "一线环卫工人"], theme="青春暖冬"),
    E("开展欠薪隐患排查", "inspection", "排查", day("2026-12-08"),
      organizers=["县人社局", "县住建局", "县交通运输局"]),
    E("帮助89名农民工追回工资", "legal", "追回", None, opt=True),                                # the check's outcome
    E("对尧山大道北段实施封闭施工", "traffic", "封闭施工", day("2026-12-17", "2027-01-20"), location="尧山大道北段",
      organizers=["蒲城县公安局交通警察大队", "蒲城县住房和城乡建设局"]),
    E("特此通告", "announcement", "通告", D14, opt=True),                                        # the notice itself
    E("开展冬季森林防灭火应急演练", "training", "演练", D10, location="尧山景区",
      organizers=["县应急管理局", "县林业局", "尧山镇政府"], participants=["参演人员"]),
    E("县气象局预计", "announcement", "预计", None, organizers=["县气象局"], opt=True),           # a forecast
    E("开设“冬季呼吸道疾病联合门诊”", "launch", "开设", day("2026-12-23"), location="门诊楼",
      organizers=["县人民医院"]),
    E("执行冬季开放时间", "schedule", "开放", FRI, organizers=["县图书馆"]),
    E("元旦当天正常开放", "schedule", "开放", NEW_YEAR, opt=True),                               # the same calendar
    E("开展为期30天的食品安全大检查", "inspection", "检查", D14, organizers=["县市场监管局"]),
]
