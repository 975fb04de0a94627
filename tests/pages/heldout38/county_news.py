"""安吉新闻, 安吉县融媒体中心 (安吉县, 湖州市, 浙江省), 2026-07-21 (a Tuesday): a county paper page.
Features: a series label (`两山理念·安吉实践`); a kicker over a title (`白茶产业再添新动能` /
`安吉白茶数字化加工中心…`); a paragraph broken after a comma (`…年加工干茶能力达800吨，` |
`可带动周边1.2万余户茶农增收。…`) with another article and its after-body headline between; a caption credited to an
institution and a person (`县融媒体中心 陈 立 摄`); a winners list in label-colon lines (`天荒坪镇：`, `孝丰镇：`,
`递铺街道：`, `县电子商务协会：`, names in layout spaces); a notice closing an article (`现将有关事项通告如下：` …
`特此通告。`, two issuing bodies and a date line) whose headline comes after the date line; six headlines after their
bodies; three items without headline. Bodies written short resolve with the county (`县文旅集团`, `团县委`,
`县文广旅体局`, `县农业农村局`, `县气象局`, `县人社局`, `县市场监管局`, `县卫健局`, `县总工会`, `县委宣传部`,
`县文明办`, `县林业局`, `县教育局`…). Relative dates: `昨天上午`/`昨天` = 07-20, `次日` = 07-19 (after `7月18日`),
`入伏当天` = 07-15 (2026's 初伏 starts on the third 庚 day after 夏至 06-21), `下周三` = 07-29 (twice, once in a title,
matching the notice's `2026年7月29日`), `7月下旬` (twice), `12月底`, `8月上旬`, `上半年`. `入伏以来`, `今年以来`,
`连日来`, `暑期` as a descriptor and a year inside an award's name are optional.

Written at main commit c7584fc, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, quarter, span, up, xun, year

PAPER = "安吉新闻"
PUBLISHED = "2026-07-21"
HOME = {"county": "安吉县", "city": "湖州市", "province": "浙江省"}

LAYOUT = [
    ("两山理念·安吉实践", "label", "A0"),
    ("白茶产业再添新动能", "headline", "A0"),                 # kicker
    ("安吉白茶数字化加工中心在", "headline", "A0"),
    ("本报讯（记者 潘 晓 燕 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（通讯员 许 静）7月18日", "body", "A1"),
    ("260余名大学生来安吉", "headline", "A1"),                # after its body
    ("可带动周边", "body", "A0"),                             # the rest of A0's paragraph
    ("工作人员在加工中心", "caption", "P0"),                  # 县融媒体中心 陈 立 摄
    ("我县多举措应对高温", "headline", "A2"),
    ("本报讯（记者 吴 佳 琪）入伏当天", "body", "A2"),
    ("县“最美巾帼创业之星”", "headline", "A3"),
    ("本报讯（通讯员 郑 丽 华）昨天", "body", "A3"),
    ("天荒坪镇：", "body", "A3"),
    ("孝丰镇：", "body", "A3"),
    ("递铺街道：", "body", "A3"),
    ("县电子商务协会：", "body", "A3"),
    ("本报讯（记者 吴 佳 琪）记者从县交通运输局", "body", "A4"),
    ("自2026年7月29日起", "body", "A4"),                      # the notice
    ("特此通告。", "body", "A4"),
    ("安吉县交通运输局", "body", "A4"),
    ("安吉县公安局交通警察大队", "body", "A4"),
    ("2026年7月20日", "body", "A4"),
    ("灵峰大道改造工程", "headline", "A4"),                   # after its body and notice
    ("本报讯（通讯员 许 静）县人社局", "body", "A5"),
    ("“百企千岗”招聘会", "headline", "A5"),                  # after its body
    ("本报讯（记者 潘 晓 燕）7月14日", "body", "A6"),
    ("民宿食品安全专项检查", "headline", "A6"),               # after its body
    ("本报讯（通讯员 郑 丽 华）7月19日", "body", "A7"),        # no headline
    ("夏送清凉 情暖一线", "headline", "A8"),
    ("本报讯（通讯员 钟 一 鸣）连日来", "body", "A8"),
    ("本报讯（记者 吴 佳 琪）7月20日", "body", "A9"),          # no headline
    ("本报讯（通讯员 许 静）7月16日", "body", "A10"),
    ("12亿元储能项目", "headline", "A10"),                    # after its body
    ("本报讯（记者 吴 佳 琪）记者从县林业局", "body", "A11"),
    ("上半年竹产业", "headline", "A11"),                      # after its body
    ("本报讯（记者 潘 晓 燕）县教育局", "body", "A12"),        # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["潘晓燕"], correspondents=["钟一鸣"])),
    "A1": dict(byline=byline(correspondents=["许静"])),
    "A2": dict(byline=byline(reporters=["吴佳琪"])),
    "A3": dict(byline=byline(correspondents=["郑丽华"])),
    "A4": dict(byline=byline(reporters=["吴佳琪"])),
    "A5": dict(byline=byline(correspondents=["许静"])),
    "A6": dict(byline=byline(reporters=["潘晓燕"])),
    "A7": dict(byline=byline(correspondents=["郑丽华"])),
    "A8": dict(byline=byline(correspondents=["钟一鸣"])),
    "A9": dict(byline=byline(reporters=["吴佳琪"])),
    "A10": dict(byline=byline(correspondents=["许静"])),
    "A11": dict(byline=byline(reporters=["吴佳琪"])),
    "A12": dict(byline=byline(reporters=["潘晓燕"])),
}
JOINS = [("本报讯（记者 潘 晓 燕 通讯员", "可带动周边")]
PHOTOS = {
    "P0": dict(photographers=["陈立"], article="A0"),
}

D20, D15, D29 = day("2026-07-20"), day("2026-07-15"), day("2026-07-29")
Y26 = year(2026)
H1 = (span("2026-01-01", "2026-06-30"), "quarter")
LATE_JULY = xun(2026, 7, 2)
SUMMER = (span("2026-07-01", "2026-08-31"), "season")
DATES = [
    D("）[[昨天上午]]，位于溪龙乡", D20),
    D("）[[7月18日]]，团县委", day("2026-07-18")),
    D("启动“青春助力乡村行”[[暑期]]社会", SUMMER, OPT),               # a descriptor
    D("。[[次日]]，首批40名", day("2026-07-19")),
    D("来安吉开展[[暑期]]实践", SUMMER, OPT),
    D("介绍，[[今年]]全县白茶", Y26),
    D("）[[入伏当天]]，县城", D15),
    D("为[[今年以来]]最高", Y26, OPT),
    D("预计，[[7月下旬]]我县", LATE_JULY),
    D("，[[入伏以来]]已救治", VAGUE, OPT),
    D("）[[昨天]]，县妇联", D20),
    D("将于[[下周三]]开工", D29),
    D("计划[[12月底]]完工", xun(2026, 12, 2)),
    D("自[[2026年7月29日起至2026年12月31日]]止", day("2026-07-29", "2026-12-31")),
    D("\n[[2026年7月20日]]\n", D20),
    D("改造工程[[下周三]]开工", D29),
    D("县人社局[[昨天]]发布", D20),
    D("“百企千岗”[[暑期]]专场", SUMMER, OPT),
    D("将于[[7月下旬]]在县人力", LATE_JULY),
    D("招聘会[[7月下旬]]举行", LATE_JULY),
    D("）[[7月14日至17日]]，县市场", day("2026-07-14", "2026-07-17")),
    D("）[[7月19日]]，县卫健局", day("2026-07-19")),
    D("）[[连日来]]，县总工会", VAGUE, OPT),
    D("）[[7月20日]]，县委宣传部", D20),
    D("获评[[2026年第二季度]]“安吉好人”", quarter(2026, 2), OPT),     # inside the award's name
    D("）[[7月16日]]，安吉经济", day("2026-07-16")),
    D("获悉，[[上半年]]我县竹产业", H1),
    D("将于[[8月上旬]]举办", xun(2026, 8, 0)),
    D("\n[[上半年]]竹产业", H1),
    D("县教育局[[昨天]]公布", D20),
    D("将于[[8月31日]]开学", day("2026-08-31")),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
JT = ["安吉县交通运输局"]
LY = ["安吉县林业局"]
ORGS = [
    O("由[[县文旅集团]]与", ["安吉县文旅集团", "安吉县文化旅游发展集团有限公司"], CO),
    O("与[[浙江茗禾茶业有限公司]]合作", ["浙江茗禾茶业有限公司"], CO),
    O("）7月18日，[[团县委]]联合", ["共青团安吉县委员会"], PE),
    O("联合[[县文广旅体局]]在", ["安吉县文化和广电旅游体育局"], G),
    O("天荒坪镇[[余村]]启动", ["安吉县天荒坪镇余村", "余村"], CM, OPT),               # a village
    O("走进[[大溪村]]，", ["安吉县天荒坪镇大溪村", "大溪村"], CM, OPT),              # a village
    O("。[[县农业农村局]]相关", ["安吉县农业农村局"], G),
    O("设备。 [[县融媒体中心]] 陈", ["安吉县融媒体中心"], IN),
    O("。[[县气象局]]预计", ["安吉县气象局"], G),
    O("。[[县应急管理局]]已启动", ["安吉县应急管理局"], G),
    O("；[[县人民医院]]开通", ["安吉县人民医院"], IN),
    O("，[[县妇联]]公布", ["安吉县妇女联合会"], PE),
    O("\n[[递铺街道]]：", ["安吉县递铺街道"], G),
    O("\n[[县电子商务协会]]：", ["安吉县电子商务协会"], SO),
    O("记者从[[县交通运输局]]获悉", JT, G),
    O("\n[[安吉县交通运输局]]\n", JT, G),
    O("\n[[安吉县公安局交通警察大队]]\n", ["安吉县公安局交通警察大队"], G),
    O("）[[县人社局]]昨天", ["安吉县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举行", ["安吉县人力资源市场"], IN, OPT),                 # a venue
    O("，[[县市场监管局]]对", ["安吉县市场监督管理局"], G),
    O("，[[县卫健局]]组织", ["安吉县卫生健康局"], G),
    O("组织[[县中医医院]]等", ["安吉县中医医院"], IN),
    O("，[[县总工会]]开展", ["安吉县总工会"], PE),
    O("，[[县委宣传部]]、", ["中共安吉县委宣传部"], PA),
    O("、[[县文明办]]在", ["安吉县精神文明建设指导委员会办公室", "安吉县文明办"], PA),
    O("在[[昌硕文化中心]]举行", ["安吉县昌硕文化中心", "昌硕文化中心"], IN, OPT),     # a venue
    O("，[[安吉经济开发区]]与", ["安吉经济开发区管理委员会", "安吉经济开发区"], G),   # the signing's actor
    O("记者从[[县林业局]]获悉", LY, G),
    O("。[[县林业局]]将于", LY, G),
    O("）[[县教育局]]昨天", ["安吉县教育局"], G),
    O("新建的[[安吉县昌硕小学]]届时", ["安吉县昌硕小学"], IN),
]

C, P, M, T, W, L, TE = "count", "percent", "money", "duration", "weight", "length", "temperature"
CNY, USD = "CNY", "USD"
STATS = [
    S("总投资[[1.35亿元]]", "135000000", "元", M, "exact", "加工中心总投资", currency=CNY),
    S("全自动生产线[[4条]]", "4", "条", C, "exact", "全自动生产线"),
    S("能力达[[800吨]]", "800", "吨", W, "exact", "年加工干茶能力"),
    S("省内[[12所]]高校", "12", "所", C, "exact", "参加实践的高校"),
    S("高校的[[260余名]]大学生", "260", "名", C, "over", "参加暑期实践的大学生"),
    S("为期[[20天]]", "20", "天", T, "exact", "调研和志愿服务时长"),
    S("首批[[40名]]大学生", "40", "名", C, "exact", "首批走进大溪村的大学生"),
    S("\n[[260余名]]大学生来安吉", "260", "名", C, "over", "参加暑期实践的大学生"),
    S("周边[[1.2万余户]]茶农", "12000", "户", C, "over", "带动增收的茶农"),
    S("白茶产量[[2150吨]]", "2150", "吨", W, "exact", "全县白茶产量"),
    S("产值[[31.6亿元]]", "3160000000", "元", M, "exact", "白茶产值", currency=CNY),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "白茶产值", change=up("上年同期")),
    S("气温达[[38.6℃]]", "38.6", "℃", TE, "exact", "县城最高气温"),
    S("可达[[40℃]]", "40", "℃", TE, "exact", "局地最高气温"),
    S("纳凉点[[46个]]", "46", "个", C, "exact", "防暑纳凉点"),
    S("中暑患者[[17人]]", "17", "人", C, "exact", "救治中暑患者"),
    S("，[[6名]]女性创业者", "6", "名", C, "exact", "获评女性创业者"),
    S("全长[[2.8公里]]", "2.8", "公里", L, "exact", "改造工程全长"),
    S("总投资[[9600万元]]", "96000000", "元", M, "exact", "改造工程总投资", currency=CNY),
    S("届时[[85家]]企业", "85", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[2300余个]]", "2300", "个", C, "over", "提供岗位"),
    S("占比[[约40%]]", "40", "%", P, "about", "大专及以上学历岗位占比"),
    S("全县[[132家]]农家乐", "132", "家", C, "exact", "检查的农家乐和民宿"),
    S("问题隐患[[57处]]", "57", "处", C, "exact", "发现问题隐患"),
    S("责令整改[[23家]]", "23", "家", C, "exact", "责令整改"),
    S("立案查处[[2起]]", "2", "起", C, "exact", "立案查处"),
    S("发现隐患[[57处]]", "57", "处", C, "exact", "发现问题隐患"),
    S("等[[5家]]医疗机构", "5", "家", C, "exact", "参加义诊的医疗机构"),
    S("的[[30余名]]医生", "30", "名", C, "over", "义诊医生"),
    S("服务群众[[420余人次]]", "420", "人次", C, "over", "服务群众"),
    S("一线岗位[[38个]]", "38", "个", C, "exact", "走访一线岗位"),
    S("为[[2600余名]]户外", "2600", "名", C, "over", "受慰问户外劳动者"),
    S("价值[[42万元]]", "420000", "元", M, "exact", "防暑降温物资价值", currency=CNY),
    S("，[[12名（组）]]身边好人", "12", "名（组）", C, "exact", "获评“安吉好人”", OPT),   # two classifiers
    S("项目总投资[[12亿元]]", "1200000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("年产值[[20亿元]]", "2000000000", "元", M, "exact", "达产后年产值", currency=CNY),
    S("年税收[[超1.1亿元]]", "110000000", "元", M, "over", "年税收", currency=CNY),
    S("\n[[12亿元]]储能项目", "1200000000", "元", M, "exact", "储能项目投资", currency=CNY),
    S("总产值[[96.3亿元]]，", "9630000000", "元", M, "exact", "竹产业总产值", currency=CNY),
    S("同比增长[[4.5%]]", "4.5", "%", P, "exact", "竹产业总产值", change=up("上年同期")),
    S("出口企业[[11家]]", "11", "家", C, "exact", "新增竹制品出口企业"),
    S("出口额达[[1.86亿美元]]", "186000000", "美元", M, "exact", "竹制品出口额", currency=USD),
    S("总产值[[96.3亿元]]\n", "9630000000", "元", M, "exact", "竹产业总产值", currency=CNY),
    S("学位[[1620个]]", "1620", "个", C, "exact", "昌硕小学学位"),
]

EVENTS = [
    E("加工中心正式投入使用", "launch", "投入使用", D20, location="溪龙乡"),
    E("启动“青春助力乡村行”暑期社会实践活动", "activity", "启动", day("2026-07-18"), location="天荒坪镇余村",
      organizers=["团县委", "县文广旅体局"], participants=["260余名大学生"], theme="青春助力乡村行"),
    E("协助开展民宿服务质量提升调研", "inspection", "调研", day("2026-07-19"), location="大溪村",
      participants=["首批40名大学生"]),
    E("启动高温防御Ⅳ级应急响应", "policy", "启动", None, organizers=["县应急管理局"]),
    E("开通中暑急救绿色通道", "launch", "开通", None, organizers=["县人民医院"]),
    E("公布第五届“最美巾帼创业之星”评选结果", "award", "评选", D20, organizers=["县妇联"],
      participants=["6名女性创业者"], theme="最美巾帼创业之星"),
    E("提升改造工程将于下周三开工", "construction", "开工", D29, location="灵峰大道（天目路至昌硕路段）",
      organizers=["县交通运输局"]),
    E("施工期间该路段实行半幅通行", "traffic", "半幅通行", None, opt=True),              # told again by the notice
    E("禁止大型货车通行", "traffic", "禁止大型货车通行", day("2026-07-29", "2026-12-31"),
      location="灵峰大道（天目路至昌硕路段）", organizers=["安吉县交通运输局", "安吉县公安局交通警察大队"]),
    E("专场招聘会将于7月下旬在县人力资源市场举行", "recruitment", "招聘会", LATE_JULY, location="县人力资源市场",
      organizers=["县人社局"], participants=["85家企业"], theme="百企千岗"),
    E("开展食品安全专项检查", "inspection", "检查", day("2026-07-14", "2026-07-17"), organizers=["县市场监管局"],
      participants=["132家农家乐和民宿"]),
    E("立案查处2起", "legal", "立案查处", day("2026-07-14", "2026-07-17"), opt=True),    # part of the check
    E("开展“健康送下乡”义诊活动", "activity", "义诊", day("2026-07-19"), location="杭垓镇",
      organizers=["县卫健局"], participants=["县中医医院"], theme="健康送下乡"),
    E("开展“夏送清凉”慰问活动", "visit", "慰问", None, organizers=["县总工会"], participants=["户外劳动者"],
      theme="夏送清凉"),
    E("举行“安吉好人”发布仪式，12名（组）身边好人获评", "award", "获评", D20, location="昌硕文化中心",
      organizers=["县委宣传部", "县文明办"], theme="安吉好人"),
    E("签订投资协议", "signing", "签订", day("2026-07-16"), organizers=["安吉经济开发区"],
      participants=["上海一家新能源企业"]),
    E("举办竹产业招商推介会", "meeting", "推介会", xun(2026, 8, 0), organizers=["县林业局"]),
    E("县教育局昨天公布", "announcement", "公布", D20, organizers=["县教育局"], opt=True),  # the schedule told
    E("新学期将于8月31日开学", "schedule", "开学", day("2026-08-31"), organizers=["县教育局"]),
    E("届时投入使用", "launch", "投入使用", day("2026-08-31")),
]
