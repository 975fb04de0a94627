"""城固报 (城固县融媒体中心, 陕西省汉中市), page 2, 2025-09-10: a county paper, so the county is the
home (`县委` → 中共城固县委员会, `县政府` → 城固县人民政府, `县法院` → 城固县人民法院). Its layout:
- a kicker over a main title (`尊师重教 立德树人` / `我县表彰一批优秀教师和先进集体`), both headline
  lines; an award list, one line per honour opening with a label and a colon
  (`优秀教师：赵 刚 钱 敏 孙 梅 等60名`, `先进集体：县第一中学 县第二中学 … 等12个`), body lines with
  their own mentions;
- a paragraph broken after a comma at a column end (`…新增公共停车位1200个，`) with its rest six
  lines later (`其中智能停车位450个，…`) past another article's headline and paragraphs; a paragraph
  broken after a dangling `的` (`…发往全国各地的`) with a photo caption between its two halves; a
  paragraph broken in the middle of a word (`发放案` | `款共计…`) with a whole article between;
- a series label above a byline paragraph whose headline comes after the article's paragraphs
  (`项目建设一线`, then `本报讯…`, then the title); a column label (`法治城固`) over a headline;
- a notice (通告) closing with two issuing bodies and a date, each on its own line
  (`城固县医疗保障局` / `国家税务总局城固县税务局` / `2025年9月8日`), body lines of the notice;
- four captions: credited to an institution and a person (`县融媒体中心 张 伟 摄`), in full-width
  parentheses (`（记者 王 健 摄）`), with two roles (`记者 王 健 通讯员 冯 燕 摄`: both are
  photographers), and in half-width parentheses with an institution (`(县文化馆 李 娜 摄)`); an
  institution in a credit is optional;
- bylines in every shape (`本报讯（记者 … 通讯员 …）`, `本报讯（通讯员 …）`, a closing `（冯 燕）`).

Written at commit 4c25fc8 before any tuning on it."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "城固报"
PUBLISHED = "2025-09-10"
HOME = {"county": "城固县", "city": "汉中市", "province": "陕西省"}

LAYOUT = [
    ("尊师重教 立德树人", "headline", "C0"),            # kicker
    ("我县表彰一批优秀教师", "headline", "C0"),
    ("9月9日，全县庆祝", "caption", "P0"),               # 县融媒体中心 张 伟 摄
    ("本报讯（记者 何 丽 通讯员 孙 涛）", "body", "C0"),
    ("县城新增公共停车位", "headline", "C1"),           # above the award list, away from its body
    ("大会宣读了表彰决定", "body", "C0"),
    ("优秀教师：", "body", "C0"),
    ("优秀班主任：", "body", "C0"),
    ("先进集体：", "body", "C0"),
    ("会上，县教育体育局", "body", "C0"),
    ("会议指出，今年全县高考", "body", "C0"),
    ("“从教三十年", "body", "C0"),
    ("本报讯（记者 王 健）记者从", "body", "C1"),       # breaks after a comma
    ("城固蜜橘迎来采摘季", "headline", "C2"),
    ("本报讯（通讯员 刘 静）", "body", "C2"),           # breaks after a dangling 的
    ("9月6日，上元观镇果农", "caption", "P1"),
    ("消费者手中", "body", "C2"),
    ("为打响“城固蜜橘”", "body", "C2"),
    ("其中智能停车位", "body", "C1"),
    ("项目建设一线", "label", "C3"),
    ("本报讯（记者 何 丽）9月8日", "body", "C3"),
    ("据项目负责人介绍", "body", "C3"),
    ("航空零部件产业园二期主体", "headline", "C3"),     # below its body
    ("法治城固", "label", "C4"),
    ("县法院集中发放", "headline", "C4"),
    ("本报讯（通讯员 吴 磊）", "body", "C4"),           # breaks mid-word: 发放案|款
    ("县政府召开常务会议", "headline", "C5"),
    ("本报讯（记者 孙 涛）", "body", "C5"),
    ("会议审议通过", "body", "C5"),
    ("会议强调", "body", "C5"),
    ("款共计386万元", "body", "C4"),
    ("关于开展2026年度", "headline", "C6"),
    ("为确保城乡居民", "body", "C6"),
    ("一、征缴对象", "body", "C6"),
    ("二、缴费标准", "body", "C6"),
    ("三、缴费时间", "body", "C6"),
    ("四、缴费方式", "body", "C6"),
    ("城固县医疗保障局", "body", "C6"),                 # issuing bodies
    ("国家税务总局城固县税务局", "body", "C6"),
    ("2025年9月8日", "body", "C6"),                      # and the date
    ("我县新增3个省级森林乡村", "headline", "C7"),
    ("本报讯（通讯员 彭 亮）", "body", "C7"),
    ("城固至汉中城际公交开通", "headline", "C8"),
    ("本报讯（记者 王 健）9月1日起", "body", "C8"),
    ("县人社局举办秋季招聘会", "headline", "C9"),
    ("本报讯 9月7日", "body", "C9"),
    ("9月5日，县消防救援大队消防员", "caption", "P2"),  # 记者 … 通讯员 … 摄
    ("县第二中学上好开学", "headline", "C10"),
    ("本报讯 9月5日", "body", "C10"),
    ("“汉水流韵”非遗展开展", "headline", "C11"),
    ("游客在县文化馆", "caption", "P3"),                 # (县文化馆 李 娜 摄)
    ("本报讯（通讯员 李 娜）", "body", "C11"),
    ("据悉，展览期间", "body", "C11"),
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["何丽"], correspondents=["孙涛"])),
    "C1": dict(byline=byline(reporters=["王健"])),
    "C2": dict(byline=byline(correspondents=["刘静"])),
    "C3": dict(byline=byline(reporters=["何丽"])),
    "C4": dict(byline=byline(correspondents=["吴磊"])),
    "C5": dict(byline=byline(reporters=["孙涛"])),
    "C6": dict(byline=byline()),
    "C7": dict(byline=byline(correspondents=["彭亮"])),
    "C8": dict(byline=byline(reporters=["王健"])),
    "C9": dict(byline=byline(authors=["吴磊"])),
    "C10": dict(byline=byline(authors=["冯燕"])),
    "C11": dict(byline=byline(correspondents=["李娜"])),
}
JOINS = [
    ("本报讯（记者 王 健）记者从", "其中智能停车位"),
    ("本报讯（通讯员 刘 静）", "消费者手中"),
    ("本报讯（通讯员 吴 磊）", "款共计386万元"),
]
PHOTOS = {
    "P0": dict(photographers=["张伟"], article="C0"),
    "P1": dict(photographers=["王健"], article="C2"),
    "P2": dict(photographers=["王健", "冯燕"], article="C10"),
    "P3": dict(photographers=["李娜"], article="C11"),
}

Y25, Y24, Y26 = year(2025), year(2024), year(2026)
DATES = [
    # C0
    D("[[9月9日]]，全县庆祝", day("2025-09-09")),
    D("全县庆祝第41个[[教师节]]暨教育工作表彰大会现场", day("2025-09-10"), OPT),   # in the meeting's name
    D("孙 涛）[[9月9日上午]]，县委", day("2025-09-09")),
    D("召开全县庆祝第41个[[教师节]]暨教育工作表彰大会，", day("2025-09-10"), OPT),
    D("对[[一年来]]涌现", VAGUE),
    D("[[今年秋季]]学期", VAGUE),
    D("会议指出，[[今年]]全县高考", Y25),
    D("较[[去年]]提高3.2个百分点", Y24),
    D("县财政[[今年]]安排", Y25),
    # C1
    D("获悉，[[今年以来]]，我县通过", Y25, OPT),
    D("将在[[10月底前]]建成", xun(2025, 10, 2), OPT),
    # C2
    D("刘 静）[[连日来]]，上元观镇", VAGUE),
    D("[[今年]]全县柑橘", Y25),
    D("较[[上年]]增长5%", Y24),
    D("[[9月6日]]，上元观镇果农", day("2025-09-06")),
    D("介绍，[[今年]]该镇", Y25),
    D("县农业农村局[[今年]]组织", Y25),
    # C3
    D("何 丽）[[9月8日]]，在原公镇", day("2025-09-08")),
    D("计划于[[明年3月]]竣工", month(2026, 3)),
    # C4
    D("吴 磊）[[9月4日]]，县人民法院", day("2025-09-04")),
    D("万元。[[今年以来]]，县人民法院", Y25, OPT),
    # C5
    D("孙 涛）[[9月8日下午]]，县政府", day("2025-09-08")),
    D("确保[[9月底前]]完成", xun(2025, 9, 2), OPT),
    D("在[[10月20日前]]完成", day("2025-10-20")),
    D("试压，[[11月15日]]起正式供暖", day("2025-11-15")),
    D("决定[[今年]]投入", Y25),
    D("会议强调，[[10月1日]]起全县", day("2025-10-01")),
    D("进入[[秋冬季]]森林防火期", VAGUE),
    # C6
    D("关于开展[[2026年度]]城乡居民", Y26, OPT),         # in the notice's title
    D("现将我县[[2026年度]]城乡居民", Y26),
    D("缴费标准：[[2026年度]]个人", Y26),
    D("缴费时间：[[2025年9月15日至12月31日]]", day("2025-09-15", "2025-12-31")),
    D("[[2025年9月8日]]", day("2025-09-08")),
    # C7
    D("彭 亮）[[近日]]，陕西省林业局", VAGUE),
    D("公布[[2025年度]]省级森林乡村名单", Y25, OPT),      # in the list's name
    D("据了解，[[今年以来]]，县林业局", Y25, OPT),
    # C8
    D("王 健）[[9月1日]]起，城固至汉中", day("2025-09-01")),
    D("开通[[首周]]日均客流", VAGUE),
    # C9
    D("本报讯 [[9月7日]]，县人力", day("2025-09-07")),
    D("举办[[2025年秋季]]大型招聘会", Y25, OPT),          # in the fair's name
    D("[[当天]]达成就业意向", day("2025-09-07")),
    # C10
    D("[[9月5日]]，县消防救援大队消防员", day("2025-09-05")),
    D("本报讯 [[9月5日]]，县消防救援大队走进", day("2025-09-05")),
    D("据了解，[[本月内]]县消防", month(2025, 9)),
    # C11
    D("李 娜）[[9月6日]]，由县文化", day("2025-09-06")),
    D("持续至[[10月8日]]", day("2025-10-08")),
    D("还将[[每周六]]举办", VAGUE),
    D("展览开幕[[首日]]", day("2025-09-06"), OPT),
]

G, IN, CO, SO, PE, PA = "government", "institution", "company", "social", "people", "party"


def county(name):
    return [f"城固县{name}", f"汉中市城固县{name}"]


GOV = county("人民政府")
COURT = county("人民法院")
ZHUJIAN = county("住房和城乡建设局")
LINYE = county("林业局")
XIAOFANG = county("消防救援大队")
ERZHONG = county("第二中学") + ["城固县二中"]
WENHUAGUAN = county("文化馆")
ORGS = [
    O("[[县融媒体中心]] 张 伟 摄", county("融媒体中心"), IN, OPT),
    O("上午，[[县委]]、县政府", ["中共城固县委员会", "中共城固县委", "城固县委"], PA),
    O("县委、[[县政府]]召开全县", GOV, G),
    O("先进集体：[[县第一中学]]", county("第一中学") + ["城固县一中"], IN),
    O("县第一中学 [[县第二中学]] 博望", ERZHONG, IN),
    O("[[博望街道中心学校]]", ["城固县博望街道中心学校", "博望街道中心学校", "汉中市城固县博望街道中心学校"], IN),
    O("会上，[[县教育体育局]]与", county("教育体育局"), G),
    O("[[县财政]]今年安排", ["城固县财政局"], G, OPT),            # the county's finances
    O("的[[小河镇中心学校]]教师", ["城固县小河镇中心学校", "小河镇中心学校", "汉中市城固县小河镇中心学校"], IN),
    O("记者从[[县住房和城乡建设局]]获悉", ZHUJIAN, G),
    O("下一步，[[县住房和城乡建设局]]将在", ZHUJIAN, G),
    O("[[上元观镇农业综合服务站]]负责人", ["城固县上元观镇农业综合服务站", "上元观镇农业综合服务站"], IN),
    O("品牌，[[县农业农村局]]今年", county("农业农村局"), G),
    O("[[县法院]]集中发放", COURT, G),
    O("9月4日，[[县人民法院]]举行", COURT, G),
    O("今年以来，[[县人民法院]]共执结", COURT, G),
    O("[[县政府]]召开常务会议", GOV, G),
    O("下午，[[县政府]]召开第27次", GOV, G),
    O("；[[县住房和城乡建设局]]要督促", ZHUJIAN, G),
    O("[[县林业局]]要加强", LINYE, G),
    O("通过[[“陕西税务”微信公众号]]", "“陕西税务”微信公众号", G, OPT),   # a platform
    O("[[城固县医疗保障局]]", county("医疗保障局")[0:1] + ["汉中市城固县医疗保障局"], G),
    O("[[国家税务总局城固县税务局]]", "国家税务总局城固县税务局", G),
    O("近日，[[陕西省林业局]]公布", "陕西省林业局", G),
    O("，[[县林业局]]累计完成", LINYE, G),
    O("[[县交通运输局]]介绍", county("交通运输局"), G),
    O("[[县人社局]]举办秋季", county("人力资源和社会保障局") + ["城固县人社局"], G),
    O("9月7日，[[县人力资源和社会保障局]]在", county("人力资源和社会保障局"), G),
    O("9月5日，[[县消防救援大队]]消防员", XIAOFANG, G),
    O("消防员在[[县第二中学]]指导", ERZHONG, IN),
    O("[[县第二中学]]上好开学", ERZHONG, IN),
    O("9月5日，[[县消防救援大队]]走进", XIAOFANG, G),
    O("走进[[县第二中学]]，开展", ERZHONG, IN),
    O("本月内[[县消防救援大队]]还将", XIAOFANG, G),
    O("游客在[[县文化馆]]观看", WENHUAGUAN, IN),
    O("([[县文化馆]] 李 娜 摄)", WENHUAGUAN, IN, OPT),
    O("由[[县文化和旅游广电局]]主办", county("文化和旅游广电局"), G),
    O("、[[县文化馆]]承办", WENHUAGUAN, IN),
    O("遗产展在[[县文化馆]]开展", WENHUAGUAN, IN),
    O("展览期间，[[县文化馆]]还将", WENHUAGUAN, IN),
]

C, P, M, A, T, L, W = "count", "percent", "money", "area", "duration", "length", "weight"
STATS = [
    # C0
    S("孙 梅 等[[60名]]", "60", "名", C, "exact", "优秀教师"),
    S("周 杰 等[[40名]]", "40", "名", C, "exact", "优秀班主任"),
    S("博望街道中心学校 等[[12个]]", "12", "个", C, "exact", "先进集体"),
    S("与[[6所]]乡村学校", "6", "所", C, "exact", "乡村学校"),
    S("将有[[86名]]城区教师", "86", "名", C, "exact", "到乡村学校任教的城区教师"),
    S("上线率达到[[68.5%]]", "68.5", "%", P, "exact", "全县高考本科上线率"),
    S("提高[[3.2个百分点]]", "3.2", "个百分点", P, "exact", "高考本科上线率", change=up("去年")),
    S("奖励资金[[300万元]]", "3000000", "元", M, "exact", "教育奖励资金", currency="CNY"),
    S("从教[[三十年]]", "30", "年", T, "exact", "从教", OPT),
    # C1
    S("公共停车位[[1200个]]\n", "1200", "个", C, "exact", "公共停车位"),
    S("公共停车位[[1200个]]，", "1200", "个", C, "exact", "县城新增公共停车位"),
    S("智能停车位[[450个]]", "450", "个", C, "exact", "智能停车位"),
    # C2
    S("的[[万亩]]橘园", "10000", "亩", A, "exact", "橘园", OPT),          # a round figure
    S("种植面积达[[26万亩]]", "260000", "亩", A, "exact", "全县柑橘种植面积"),
    S("总产量[[45万吨]]", "450000", "吨", W, "exact", "柑橘总产量"),
    S("较上年增长[[5%]]", "5", "%", P, "exact", "柑橘总产量", change=up("上年")),
    S("已[[超过2000吨]]", "2000", "吨", W, "over", "通过直播带货销售柑橘"),
    S("组织[[32家]]柑橘合作社", "32", "家", C, "exact", "柑橘合作社"),
    S("成都[[两地]]设立", "2", "地", C, "exact", "城市", OPT),
    S("直销窗口[[4个]]", "4", "个", C, "exact", "直销窗口"),
    # C3
    S("[[200余名]]工人", "200", "名", C, "over", "工人"),
    S("总投资[[12亿元]]", "1200000000", "元", M, "exact", "二期项目总投资", currency="CNY"),
    S("标准化厂房[[8栋]]", "8", "栋", C, "exact", "标准化厂房"),
    S("加工企业[[15家]]", "15", "家", C, "exact", "航空零部件加工企业"),
    S("年产值预计达[[20亿元]]", "2000000000", "元", M, "exact", "年产值", currency="CNY"),
    S("就业岗位[[1500个]]", "1500", "个", C, "exact", "新增就业岗位"),
    # C4
    S("为[[45名]]申请执行人", "45", "名", C, "exact", "申请执行人"),
    S("款共计[[386万元]]", "3860000", "元", M, "exact", "执行案款", currency="CNY"),
    S("工资款[[112万元]]", "1120000", "元", M, "exact", "农民工工资款", currency="CNY"),
    S("各类案件[[1630件]]", "1630", "件", C, "exact", "执结各类案件"),
    S("执行到位金额[[2.3亿元]]", "230000000", "元", M, "exact", "执行到位金额", currency="CNY"),
    S("分别增长[[11%]]", "11", "%", P, "exact", "执结各类案件", change=up()),
    S("11%和[[16%]]", "16", "%", P, "exact", "执行到位金额", change=up()),
    # C5
    S("投入资金[[1.8亿元]]", "180000000", "元", M, "exact", "城区内涝治理投入资金", currency="CNY"),
    S("雨污管网[[36公里]]", "36", "公里", L, "exact", "改造雨污管网"),
    S("内涝治理[[三年]]行动方案", "3", "年", T, "exact", "行动方案", OPT),     # in a name
    # C6
    S("每人每年[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency="CNY"),
    # C7
    S("我县新增[[3个]]省级", "3", "个", C, "exact", "省级森林乡村"),
    S("天明镇的[[3个]]村", "3", "个", C, "exact", "入选的村"),
    S("总数达到[[14个]]", "14", "个", C, "exact", "全县省级森林乡村总数"),
    S("植树造林[[1.6万亩]]", "16000", "亩", A, "exact", "植树造林"),
    S("提高到[[56.8%]]", "56.8", "%", P, "exact", "全县森林覆盖率"),
    # C8
    S("全长[[32公里]]", "32", "公里", L, "exact", "线路全长"),
    S("沿途设站[[18个]]", "18", "个", C, "exact", "沿途设站"),
    S("发车间隔[[15分钟]]", "15", "分钟", T, "exact", "发车间隔"),
    S("全程票价[[5元]]", "5", "元", M, "exact", "全程票价", currency="CNY"),
    S("客流达[[4200人次]]", "4200", "人次", C, "exact", "开通首周日均客流"),
    # C9
    S("[[86家]]企业", "86", "家", C, "exact", "企业"),
    S("就业岗位[[2300余个]]", "2300", "个", C, "over", "就业岗位"),
    S("就业意向[[620人]]", "620", "人", C, "exact", "达成就业意向"),
    # C10
    S("[[1800余名]]师生", "1800", "名", C, "over", "参加活动的师生"),
    S("在[[3分钟内]]全部", "3", "分钟", T, "under", "全校师生撤离用时"),
    S("全县[[38所]]中小学", "38", "所", C, "exact", "中小学"),
    # C11
    S("作品[[300余件]]", "300", "件", C, "over", "非遗项目作品"),
    S("参观群众[[1200余人次]]", "1200", "人次", C, "over", "参观群众"),
]

EVENTS = [
    # C0
    E("县委、县政府召开全县庆祝第41个教师节暨教育工作表彰大会，对一年来涌现出的优秀教师、优秀班主任和先进集体进行表彰",
      "award", "表彰", day("2025-09-09"), organizers=["县委", "县政府"]),
    E("大会宣读了表彰决定", "announcement", "宣读", opt=True),
    E("县教育体育局与6所乡村学校签订了教师交流轮岗协议", "signing", "签订", day("2025-09-09"),
      organizers=["县教育体育局"]),
    E("今年秋季学期将有86名城区教师到乡村学校任教", "other", "任教", opt=True),
    E("县财政今年安排教育奖励资金300万元", "payout", "安排", Y25, opt=True),
    # C1
    E("在县城新增公共停车位1200个", "construction", "新增", opt=True),
    E("县住房和城乡建设局将在10月底前建成停车信息平台", "launch", "建成", xun(2025, 10, 2),
      organizers=["县住房和城乡建设局"]),
    # C2
    E("上元观镇、桔园镇的万亩橘园陆续进入早熟蜜橘采摘期", "production", "采摘", location="上元观镇"),
    E("果农们忙着采摘、分拣、装箱", "production", "采摘", location="上元观镇", opt=True),
    E("上元观镇果农在采摘早熟蜜橘", "production", "采摘", day("2025-09-06"), opt=True),   # a caption
    E("县农业农村局今年组织32家柑橘合作社参加各类农产品展销会", "exhibition", "展销会", Y25,
      organizers=["县农业农村局"]),
    E("在西安、成都两地设立直销窗口4个", "launch", "设立", location="西安", opt=True),
    # C3
    E("200余名工人正在进行厂房主体封顶作业", "construction", "封顶", day("2025-09-08"),
      location="原公镇汉中航空零部件产业园二期项目施工现场"),
    E("项目计划于明年3月竣工投产", "construction", "竣工投产", month(2026, 3)),
    # C4
    E("县人民法院举行执行案款集中发放仪式", "payout", "发放", day("2025-09-04"), organizers=["县人民法院"]),
    E("县人民法院共执结各类案件1630件", "legal", "执结", Y25, opt=True),
    # C5
    E("县政府召开第27次常务会议", "meeting", "召开", day("2025-09-08"), organizers=["县政府"]),
    E("确保9月底前完成水稻收割", "production", "收割", xun(2025, 9, 2)),
    E("县住房和城乡建设局要督促供热企业在10月20日前完成管网检修和试压", "construction", "检修",
      day("2025-10-20"), organizers=["县住房和城乡建设局"]),
    E("11月15日起正式供暖", "schedule", "供暖", day("2025-11-15")),
    E("会议审议通过了《城固县城区内涝治理三年行动方案》", "policy", "审议通过", day("2025-09-08"),
      organizers=["县政府"], opt=True),
    E("改造雨污管网36公里", "construction", "改造", Y25, opt=True),
    E("10月1日起全县进入秋冬季森林防火期", "other", "进入", day("2025-10-01"), opt=True),
    E("县林业局要加强重点林区巡护", "inspection", "巡护", organizers=["县林业局"]),
    # C6
    E("现将我县2026年度城乡居民基本医疗保险集中征缴有关事项通告如下", "announcement", "通告", opt=True),
    E("三、缴费时间：2025年9月15日至12月31日", "registration", "缴费", day("2025-09-15", "2025-12-31")),
    # C7
    E("陕西省林业局公布2025年度省级森林乡村名单", "announcement", "公布", organizers=["陕西省林业局"]),
    E("县林业局累计完成植树造林1.6万亩", "other", "植树造林", opt=True),
    # C8
    E("城固至汉中城际公交开通运行", "launch", "开通", day("2025-09-01")),
    # C9
    E("县人力资源和社会保障局在县人民广场举办2025年秋季大型招聘会", "recruitment", "招聘会",
      day("2025-09-07"), location="县人民广场", organizers=["县人力资源和社会保障局"]),
    # C10
    E("消防员在县第二中学指导学生使用灭火器", "training", "指导", day("2025-09-05"), opt=True),   # a caption
    E("县消防救援大队走进县第二中学，开展开学“消防第一课”安全教育活动", "training", "开展",
      day("2025-09-05"), location="县第二中学", organizers=["县消防救援大队"], theme="消防第一课"),
    E("组织师生进行了紧急疏散演练", "training", "演练", day("2025-09-05"), opt=True),
    E("县消防救援大队还将走进全县38所中小学开展消防安全宣传", "activity", "宣传", month(2025, 9),
      organizers=["县消防救援大队"]),
    # C11
    E("“汉水流韵”非物质文化遗产展在县文化馆开展", "exhibition", "开展", day("2025-09-06"),
      location="县文化馆", organizers=["县文化和旅游广电局", "县文化馆"], theme="汉水流韵"),
    E("展览将持续至10月8日", "exhibition", "持续", opt=True),
    E("县文化馆还将每周六举办非遗技艺体验课", "training", "举办", organizers=["县文化馆"]),
    E("共接待参观群众1200余人次", "visit", "接待", opt=True),
]
