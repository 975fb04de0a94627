"""塔河报, 塔河县融媒体中心 (塔河县, 大兴安岭地区, 黑龙江省), 2025-12-17 (a Wednesday): a county paper page.
Features: a series label (`聚焦民生实事`); a kicker over a title (`冰雪送岗到身边 就业服务暖人心` / `县人社局举办专场
招聘会`); a paragraph broken after a comma (`…现场达成就业意向217人，` | `县人社局还设置政策咨询台…`) with another
article and its headline between; a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, schools
resolved with the county), its headline after the list; a 通告 with numbered articles, two issuing bodies on their own
lines and a date line (a night ban on large coaches `自2025年12月20日至2026年3月15日`: traffic; `七座以上` a threshold,
optional); a paragraph broken mid-word (`监督检|查力度`) with a caption between; two captions credited to an institution
and a person (`县融媒体中心 张 宏 伟 摄`, `县应急管理局 杨 帆 摄`); headlines after their bodies. County bodies resolve
with the county (`县人社局`, `县委`, `县教育局`, `团县委`, `县市场监管局`, `县消防救援大队`, `县法院`/`县人民法院`,
`县医保局`, `县民政局`, `县应急管理局`, `县文化广电和旅游局`, `县公安局交通警察大队`, `县人大常委会`, `县总工会`).
Relative dates: `昨天上午`, `昨天` = 12-16 and its `当天`, `下周二` = 12-23, `下周四至下周五` = 12-25..12-26, `本月X日`,
`本月X日至Y日`, `本月上旬`, `本月下旬`, `本月底` (the last third), `上年`, `2026年2月底`; `近日`, `目前`, `本学期`,
`冬春季节`, a recurring slot (`每日22时至次日6时`) optional with no value. Events: recruitment (`“冬送温暖 岗位到家”`,
`“送岗下乡”`), meeting, competition and award, traffic (twice), inspection (twice), legal, exam, schedule, payout
(twice), registration, training, activity (`“冰雪童话·北极塔河”`), visit, launch. Parts of one happening told twice (a
caption, `判处` after `审理`, a drill closing a training, goods handed out during a visit, `立案查处` after an
inspection) and the notice's own act are optional.

Written at main commit a6791c8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, xun, year

PAPER = "塔河报"
PUBLISHED = "2025-12-17"
HOME = {"county": "塔河县", "city": "大兴安岭地区", "province": "黑龙江省"}

LAYOUT = [
    ("聚焦民生实事", "label", "T0"),
    ("冰雪送岗到身边", "headline", "T0"),                    # kicker
    ("县人社局举办专场", "headline", "T0"),
    ("本报讯（记者 刘 雪 梅 通讯员", "body", "T0"),         # breaks after a comma
    ("本报讯（记者 王 海 峰）本月15日", "body", "T1"),
    ("我县召开森林防火", "headline", "T1"),                  # after its body
    ("县人社局还设置", "body", "T0"),                        # the rest of T0's paragraph
    ("本报讯（通讯员 赵 丽 娜）本月12日", "body", "T2"),
    ("一等奖：", "body", "T2"),
    ("二等奖：", "body", "T2"),
    ("三等奖：", "body", "T2"),
    ("第五届中小学生", "headline", "T2"),                    # after its body
    ("关于加强道路", "headline", "T3"),
    ("为保障全县", "body", "T3"),
    ("一、自2025年", "body", "T3"),
    ("二、冰雪路面", "body", "T3"),
    ("三、对违反", "body", "T3"),
    ("塔河县公安局", "body", "T3"),
    ("塔河县交通运输局", "body", "T3"),
    ("2025年12月16日", "body", "T3"),
    ("本报讯（记者 王 海 峰）本月8日", "body", "T4"),       # breaks mid-word
    ("本月10日，执法人员", "caption", "P0"),                 # 县融媒体中心 张 宏 伟 摄
    ("查力度", "body", "T4"),                                # the rest of T4's paragraph
    ("县市场监管局开展", "headline", "T4"),                  # after its body
    ("县法院审结", "headline", "T5"),
    ("本报讯（通讯员 马 晓 东）昨天", "body", "T5"),
    ("本报讯（记者 刘 雪 梅）记者从县教育局", "body", "T6"),
    ("期末考试下周四", "headline", "T6"),                    # after its body
    ("本报讯（通讯员 孙 志 强）近日", "body", "T7"),
    ("困难群众医疗", "headline", "T7"),                      # after its body
    ("本报讯（记者 张 宏 伟）记者从县医保局", "body", "T8"),
    ("居民医保集中缴费", "headline", "T8"),                  # after its body
    ("县应急管理局开展", "headline", "T9"),
    ("本报讯（记者 王 海 峰）本月上旬", "body", "T9"),
    ("本月9日，扑火队员", "caption", "P1"),                  # 县应急管理局 杨 帆 摄
    ("“冰雪童话", "headline", "T10"),
    ("本报讯（记者 刘 雪 梅）县文化", "body", "T10"),
    ("本报讯（通讯员 马 晓 东）记者从", "body", "T11"),
    ("滨河路本月20日", "headline", "T11"),                   # after its body
    ("县人大常委会视察", "headline", "T12"),
    ("本报讯（通讯员 赵 丽 娜）本月16日", "body", "T12"),
    ("本报讯（记者 张 宏 伟）昨天", "body", "T13"),
    ("县总工会走访", "headline", "T13"),                     # after its body
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["刘雪梅"], correspondents=["孙志强"])),
    "T1": dict(byline=byline(reporters=["王海峰"])),
    "T2": dict(byline=byline(correspondents=["赵丽娜"])),
    "T3": dict(),
    "T4": dict(byline=byline(reporters=["王海峰"])),
    "T5": dict(byline=byline(correspondents=["马晓东"])),
    "T6": dict(byline=byline(reporters=["刘雪梅"])),
    "T7": dict(byline=byline(correspondents=["孙志强"])),
    "T8": dict(byline=byline(reporters=["张宏伟"])),
    "T9": dict(byline=byline(reporters=["王海峰"])),
    "T10": dict(byline=byline(reporters=["刘雪梅"])),
    "T11": dict(byline=byline(correspondents=["马晓东"])),
    "T12": dict(byline=byline(correspondents=["赵丽娜"])),
    "T13": dict(byline=byline(reporters=["张宏伟"])),
}
JOINS = [("本报讯（记者 刘 雪 梅 通讯员", "县人社局还设置"), ("本报讯（记者 王 海 峰）本月8日", "查力度")]
PHOTOS = {
    "P0": dict(photographers=["张宏伟"], article="T4"),
    "P1": dict(photographers=["杨帆"], article="T9"),
}

D16 = day("2025-12-16")
D20 = day("2025-12-20")
DATES = [
    D("）[[昨天上午]]，县人社局", D16),
    D("。[[下周二]]，该局", day("2025-12-23")),
    D("）[[本月15日]]，县委", day("2025-12-15")),
    D("确保[[冬春季节]]不发生", VAGUE),
    D("）[[本月12日]]，由县教育局", day("2025-12-12")),
    D("一、自[[2025年12月20日至2026年3月15日]]，", day("2025-12-20", "2026-03-15")),
    D("盘古段[[每日22时至次日6时]]禁止", VAGUE),                    # a recurring slot
    D("交通运输局\n[[2025年12月16日]]", D16),
    D("）[[本月8日至12日]]，县市场监管局", day("2025-12-08", "2025-12-12")),
    D("\n[[本月10日]]，执法人员", day("2025-12-10")),
    D("马 晓 东）[[昨天]]，县人民法院", D16),
    D("全县中小学[[本学期]]期末", VAGUE),
    D("定于[[下周四至下周五]]举行", day("2025-12-25", "2025-12-26")),
    D("寒假自[[2026年1月10日]]开始", day("2026-01-10")),
    D("期末考试[[下周四]]开考", day("2025-12-25")),
    D("）[[近日]]，县医保局", VAGUE),
    D("比[[上年]]增长", year(2024)),
    D("。[[本月下旬]]，县民政局", xun(2025, 12, 2)),
    D("获悉，[[2026年度]]城乡居民", year(2026)),
    D("缴费期为[[2025年10月1日至12月31日]]", day("2025-10-01", "2025-12-31")),

    D("截至[[本月15日]]，全县", day("2025-12-15")),
    D("集中缴费[[本月底]]截止", xun(2025, 12, 2)),
    D("）[[本月上旬]]，县应急管理局", xun(2025, 12, 0)),
    D("\n[[本月9日]]，扑火队员", day("2025-12-09")),
    D("旅游季[[本月20日]]启幕", D20),
    D("将于[[本月20日]]在", D20),
    D("持续至[[2026年2月底]]", xun(2026, 2, 2)),
    D("需要，[[本月20日8时至16时]]，", D20),
    D("滨河路[[本月20日]]临时", D20),
    D("）[[本月16日]]，县人大", D16),
    D("截至[[目前]]，全县燃煤", VAGUE),
    D("张 宏 伟）[[昨天]]，县总工会", D16),
    D("。[[当天]]，县总工会", D16),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["塔河县人力资源和社会保障局"]
JYJ = ["塔河县教育局"]
SJJ = ["塔河县市场监督管理局"]
FY = ["塔河县人民法院"]
YBJ = ["塔河县医疗保障局"]
YJJ = ["塔河县应急管理局"]
RD = ["塔河县人民代表大会常务委员会", "塔河县人大常委会"]
ZGH = ["塔河县总工会"]
YZ = ["塔河县第一中学"]
DFH = ["塔河县塔河镇东方红社区", "塔河镇东方红社区"]
ORGS = [
    O("\n[[县人社局]]举办专场", RSJ, G),
    O("）昨天上午，[[县人社局]]在", RSJ, G),
    O("在[[县人力资源市场]]举办", ["塔河县人力资源市场"], IN, OPT),                       # a venue
    O("）本月15日，[[县委]]召开", ["中国共产党塔河县委员会", "中共塔河县委"], PA),
    O("\n[[县人社局]]还设置", RSJ, G),
    O("由[[县教育局]]、团县委", JYJ, G),
    O("、[[团县委]]主办", ["共青团塔河县委员会"], PE),
    O("在[[县第一中学]]冰场", YZ, IN),
    O("一等奖：[[县第一中学]]", YZ, IN),
    O("、[[塔河镇第二小学]]", ["塔河县塔河镇第二小学", "塔河镇第二小学"], IN),
    O("二等奖：[[县第二中学]]", ["塔河县第二中学"], IN),
    O("、[[瓦拉干镇中心学校]]", ["塔河县瓦拉干镇中心学校", "瓦拉干镇中心学校"], IN),
    O("、[[县实验小学]]", ["塔河县实验小学"], IN),
    O("三等奖：[[盘古镇中心学校]]", ["塔河县盘古镇中心学校", "盘古镇中心学校"], IN),
    O("\n[[塔河县公安局]]\n", ["塔河县公安局"], G),
    O("\n[[塔河县交通运输局]]\n", ["塔河县交通运输局"], G),
    O("）本月8日至12日，[[县市场监管局]]联合", SJJ, G),
    O("联合[[县消防救援大队]]对", ["塔河县消防救援大队"], G),
    O("。下一步，[[县市场监管局]]将", SJJ, G),
    O("[[县融媒体中心]] 张", ["塔河县融媒体中心"], IN),
    O("\n[[县市场监管局]]开展安全", SJJ, G),
    O("\n[[县法院]]审结", FY, G),
    O("）昨天，[[县人民法院]]公开", FY, G),
    O("立方米，[[法院]]当庭", FY, G, OPT),                                                 # a bare 法院
    O("记者从[[县教育局]]获悉，全县中小学", JYJ, G),
    O("。[[县教育局]]要求", JYJ, G),
    O("）近日，[[县医保局]]向", YBJ, G),
    O("，[[县民政局]]还将", ["塔河县民政局"], G),
    O("记者从[[县医保局]]获悉，2026", YBJ, G),
    O("\n[[县应急管理局]]开展扑火", YJJ, G),
    O("）本月上旬，[[县应急管理局]]组织", YJJ, G),
    O("[[县应急管理局]] 杨", YJJ, G),
    O("）[[县文化广电和旅游局]]将于", ["塔河县文化广电和旅游局"], G),
    O("记者从[[县公安局交通警察大队]]获悉", ["塔河县公安局交通警察大队"], G),
    O("\n[[县人大常委会]]视察", RD, G),
    O("）本月16日，[[县人大常委会]]组织", RD, G),
    O("深入[[县热电厂]]、", ["塔河县热电厂"], CO, OPT),                                    # a site
    O("、[[塔河镇东方红社区]]等地", DFH, CM),
    O("）昨天，[[县总工会]]负责人", ZGH, PE),
    O("。当天，[[县总工会职工服务站瓦拉干分站]]揭牌", ["塔河县总工会职工服务站瓦拉干分站"], IN),
    O("\n[[县总工会]]走访", ZGH, PE),
]

C, P, M, T, A, V, TE = "count", "percent", "money", "duration", "area", "volume", "temperature"
CNY = "CNY"
STATS = [
    S("县内外[[42家]]企业", "42", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[860余个]]", "860", "个", C, "over", "提供岗位"),
    S("就业意向[[217人]]", "217", "人", C, "exact", "现场达成就业意向"),
    S("落实[[24小时]]值班", "24", "小时", T, "exact", "值班制度", OPT),                    # in a rule's name
    S("全县[[14所]]中小学", "14", "所", C, "exact", "参赛中小学"),
    S("的[[620名]]学生", "620", "名", C, "exact", "参赛学生"),
    S("等[[6个]]项目角逐", "6", "个", C, "exact", "比赛项目"),
    S("团体一等奖[[2个]]", "2", "个", C, "exact", "团体一等奖"),
    S("、二等奖[[3个]]", "3", "个", C, "exact", "团体二等奖"),
    S("、三等奖[[4个]]", "4", "个", C, "exact", "团体三等奖"),
    S("中心学校等[[4所]]学校", "4", "所", C, "exact", "三等奖学校"),
    S("禁止[[七座以上]]客运", "7", "座", C, "over", "客运车辆座位", OPT),                  # a threshold
    S("经营场所[[136家]]", "136", "家", C, "exact", "检查经营场所"),
    S("安全隐患[[48处]]", "48", "处", C, "exact", "排查安全隐患"),
    S("已整改[[39处]]", "39", "处", C, "exact", "已整改安全隐患"),
    S("拒不整改的[[2家]]单位", "2", "家", C, "exact", "立案查处单位"),
    S("樟子松[[12株]]", "12", "株", C, "exact", "盗伐樟子松"),
    S("蓄积量[[9.6立方米]]", "9.6", "立方米", V, "exact", "立木蓄积量"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑"),
    S("罚金[[8000元]]", "8000", "元", M, "exact", "罚金", currency=CNY),
    S("补种树木[[60株]]", "60", "株", C, "exact", "补种树木"),
    S("全县[[1862名]]困难群众", "1862", "名", C, "exact", "困难群众"),
    S("共计[[136.5万元]]", "1365000", "元", M, "exact", "医疗救助金", currency=CNY),
    S("增长[[12.3%]]", "12.3", "%", P, "exact", "医疗救助金", change=up("上年")),
    S("每户[[1200元]]", "1200", "元", M, "exact", "每户取暖补贴", currency=CNY),
    S("每人每年[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency=CNY),
    S("已有[[2.36万人]]完成", "23600", "人", C, "exact", "完成缴费"),
    S("参保率达[[91.6%]]", "91.6", "%", P, "exact", "参保率"),
    S("全县[[9支]]专业", "9", "支", C, "exact", "专业扑火队伍"),
    S("的[[186名]]队员", "186", "名", C, "exact", "参训队员"),
    S("为期[[5天]]", "5", "天", T, "exact", "扑火实战培训"),
    S("线路[[8条]]", "8", "条", C, "exact", "冰雪旅游线路"),
    S("储备达[[4.2万吨]]", "42000", "吨", "weight", "exact", "全县燃煤储备"),
    S("供热面积[[186万平方米]]", "1860000", "平方米", A, "exact", "供热面积"),
    S("均达[[18℃以上]]", "18", "℃", TE, "over", "居民室温"),
    S("职工[[56人]]", "56", "人", C, "exact", "走访慰问一线林区职工和困难职工"),
    S("价值[[4.8万元]]", "48000", "元", M, "exact", "慰问金及物资", currency=CNY),
]

EVENTS = [
    E("举办“冬送温暖 岗位到家”专场招聘会", "recruitment", "招聘会", D16, location="县人力资源市场",
      organizers=["县人社局"], theme="冬送温暖 岗位到家"),
    E("开展“送岗下乡”活动", "recruitment", "开展", day("2025-12-23"), location="十八站鄂伦春民族乡",
      organizers=["县人社局"], theme="送岗下乡"),
    E("县委召开全县森林防火暨安全生产工作会议", "meeting", "召开", day("2025-12-15"), organizers=["县委"],
      participants=["县直各部门、各乡镇主要负责人"]),
    E("中小学生冰雪运动会在县第一中学冰场落幕", "competition", "运动会", day("2025-12-12"),
      location="县第一中学冰场", organizers=["县教育局", "团县委"], participants=["学生"]),
    E("大会共评出团体一等奖2个", "award", "评出", day("2025-12-12"), organizers=["县教育局", "团县委"]),
    E("现就有关事项通告如下", "announcement", "通告", D16, organizers=["塔河县公安局", "塔河县交通运输局"],
      opt=True),                                                                      # the notice's own act
    E("禁止七座以上客运车辆通行", "traffic", "禁止", day("2025-12-20", "2026-03-15"),
      location="G331国道塔河至盘古段", organizers=["塔河县公安局", "塔河县交通运输局"]),
    E("开展安全生产大检查，共检查经营场所136家", "inspection", "检查", day("2025-12-08", "2025-12-12"),
      organizers=["县市场监管局", "县消防救援大队"]),
    E("依法立案查处", "legal", "立案查处", day("2025-12-08", "2025-12-12"), opt=True),  # after the inspection
    E("执法人员在塔河镇一家饭店检查燃气管道", "inspection", "检查", day("2025-12-10"),
      location="塔河镇一家饭店", opt=True),                                           # a caption
    E("公开开庭审理一起盗伐林木案", "legal", "审理", D16, organizers=["县人民法院"]),
    E("判处其有期徒刑一年", "legal", "判处", D16, organizers=["县人民法院"], opt=True),  # the same trial
    E("期末考试定于下周四至下周五举行", "exam", "考试", day("2025-12-25", "2025-12-26")),
    E("寒假自2026年1月10日开始", "schedule", "寒假", day("2026-01-10")),
    E("向全县1862名困难群众发放医疗救助金", "payout", "发放", None, organizers=["县医保局"],
      participants=["困难群众"]),
    E("为特困供养人员发放取暖补贴", "payout", "发放", xun(2025, 12, 2), organizers=["县民政局"],
      participants=["特困供养人员"]),
    E("集中缴费期为2025年10月1日至12月31日", "registration", "缴费", day("2025-10-01", "2025-12-31")),
    E("在依西肯乡开展为期5天的扑火实战培训", "training", "培训", xun(2025, 12, 0), location="依西肯乡",
      organizers=["县应急管理局"], participants=["队员"]),
    E("培训结束后进行了综合演练", "training", "演练", xun(2025, 12, 0), opt=True),      # part of the training
    E("扑火队员在依西肯乡进行以水灭火演练", "training", "演练", day("2025-12-09"), location="依西肯乡",
      opt=True),                                                                      # a caption
    E("举办“冰雪童话·北极塔河”冰雪旅游季系列活动", "activity", "举办", D20, location="塔河镇固奇谷景区",
      organizers=["县文化广电和旅游局"], theme="冰雪童话·北极塔河"),
    E("因冰雪汽车越野赛需要", "competition", "越野赛", D20, opt=True),                  # told in passing
    E("塔河镇滨河路全段实施封闭交通管制", "traffic", "交通管制", D20, location="塔河镇滨河路全段",
      organizers=["县公安局交通警察大队"]),
    E("组织部分县人大代表视察全县供热保障工作", "inspection", "视察", D16,
      location="县热电厂、塔河镇东方红社区等地", organizers=["县人大常委会"], participants=["部分县人大代表"]),
    E("走访慰问一线林区职工和困难职工56人", "visit", "走访慰问", D16, location="瓦拉干镇",
      organizers=["县总工会"], participants=["一线林区职工", "困难职工"]),
    E("送去慰问金及米面油等物资", "payout", "送去", D16, organizers=["县总工会"], opt=True),  # during the visit
    E("瓦拉干分站揭牌成立", "launch", "揭牌", D16, location="瓦拉干镇"),
]
