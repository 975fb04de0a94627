"""银川晚报 (银川市, 宁夏回族自治区), 2026-03-04 (a Wednesday): a `国内国际` wire page.
Features: a column label; fifteen 新华社 items (Beijing ×5 one with no reporter, Yinchuan ×5 one with two reporters and
two by the same reporter, Berlin, Tokyo, Seoul, Washington, Cairo) dated 3月3日 or 3月2日; one web item with its
metadata line under its title (`来源：宁夏新闻网  发布时间：2026-03-03 18:40  编辑：马 晓 丽`); a join after a comma
(`…举办宁夏文旅产业招商推介会，` | `计划签约文旅项目20个以上…`) with the Berlin item between; headlines after their
bodies and one before its body right after a headless item (`前两月新增…` over the tax item); ten items without
headline. Region-level bodies written short (`自治区文化和旅游厅` ×2, `自治区农业农村厅`, `自治区公安厅交通管理局`,
`自治区人民政府办公厅`, `自治区人力资源和社会保障厅`) resolve with the home region. Foreign money (欧元 with
`约合X万亿元人民币`, 美元), `个百分点`, `个基点`, temperatures. Dates: `3日`, `同日` ×3 (one `项目同日开工`), `上月`
(February, in the web item), `比上月` after a named month (`1月…比上月` = December 2025, `2月…比上月` = January),
`本周五` = 03-06, `本周六` = 03-07 (×2, once in a title), `本月13日`, `本月中旬`, `本月下旬`, `本月10日至20日`,
`4日至6日`, `4日至5日`, `4月中旬`, `春节假期` (2026-02-15..23), `上年春节假期` (2025-01-28..02-04),
`2026年春运前30天（2月2日至3月3日）`, `1月至2月`, `前两月`.

Written at main commit b411d97, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "银川晚报"
PUBLISHED = "2026-03-04"
HOME = {"city": "银川市", "province": "宁夏回族自治区"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京3月3日电（记者 樊", "body", "W0"),
    ("全国铁路春运", "headline", "W0"),                       # after its body
    ("新华社银川3月3日电（记者 马", "body", "W1"),            # breaks after a comma
    ("新华社柏林", "body", "W2"),                             # no headline
    ("计划签约文旅项目", "body", "W1"),                       # the rest of W1's paragraph
    ("春节假期宁夏", "headline", "W1"),                       # after its body
    ("新华社银川3月3日电（记者 靳 赫）记者从自治区农", "body", "W3"),   # no headline
    ("新华社北京3月3日电（记者 张", "body", "W4"),
    ("2026届高校毕业生", "headline", "W4"),                   # after its body
    ("新华社北京3月3日电（记者 谢", "body", "W5"),            # no headline
    ("新华社银川3月3日电（记者 杨", "body", "W6"),
    ("宁东基地28个", "headline", "W6"),                       # after its body
    ("新华社东京", "body", "W7"),                             # no headline
    ("银川春季大型招聘会", "headline", "W8"),
    ("来源：宁夏新闻网", "byline", "W8"),                     # metadata line
    ("记者3日从银川市", "body", "W8"),
    ("新华社首尔", "body", "W9"),                             # no headline
    ("新华社北京3月3日电（记者 黄", "body", "W10"),           # no headline
    ("新华社银川3月3日电（记者 许", "body", "W11"),           # no headline
    ("新华社银川3月3日电（记者 靳 赫）记者从自治区人", "body", "W12"),  # no headline
    ("新华社华盛顿", "body", "W13"),                          # no headline
    ("新华社开罗", "body", "W14"),                            # no headline
    ("前两月新增", "headline", "W15"),                        # before its body, after a headless item
    ("新华社北京3月3日电  国家税务总局", "body", "W15"),       # no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["樊曦"])),
    "W1": dict(byline=byline(reporters=["马思嘉", "何晨阳"])),
    "W2": dict(byline=byline(reporters=["任珂"])),
    "W3": dict(byline=byline(reporters=["靳赫"])),
    "W4": dict(byline=byline(reporters=["张漫子"])),
    "W5": dict(byline=byline(reporters=["谢希瑶"])),
    "W6": dict(byline=byline(reporters=["杨稳玺"])),
    "W7": dict(byline=byline(reporters=["刘春燕"])),
    "W8": dict(),                                             # the editor is no writer
    "W9": dict(byline=byline(reporters=["陆睿"])),
    "W10": dict(byline=byline(reporters=["黄垚"])),
    "W11": dict(byline=byline(reporters=["许晋豫"])),
    "W12": dict(byline=byline(reporters=["靳赫"])),
    "W13": dict(byline=byline(reporters=["熊茂伶"])),
    "W14": dict(byline=byline(reporters=["姚兵"])),
    "W15": dict(),
}
JOINS = [("新华社银川3月3日电（记者 马", "计划签约文旅项目")]
PHOTOS = {}

D03, D02, D01 = day("2026-03-03"), day("2026-03-02"), day("2026-03-01")
SPRING_FEST = day("2026-02-15", "2026-02-23")
Y26 = year(2026)
LINES3 = ["樊", "马", "任", "靳 赫）记者从自治区农", "张", "谢", "杨", "刘", "陆", "黄", "许", "靳 赫）记者从自治区人"]
DATES = [D(f"[[3月3日]]电（记者 {c}", D03) for c in LINES3] + [
    D("[[3月3日]]电  国家税务总局", D03),
    D("[[3月2日]]电（记者 熊", D02),
    D("[[3月2日]]电（记者 姚", D02),
    D("记者[[3日]]从中国国家铁路", D03),
    D("，[[2026年春运前30天（2月2日至3月3日）]]，", day("2026-02-02", "2026-03-03")),
    D("其中[[2月24日]]单日", day("2026-02-24")),
    D("将于[[本月13日]]结束", day("2026-03-13")),
    D("记者[[3日]]从自治区文化", D03),
    D("，[[春节假期]]，宁夏", SPRING_FEST),
    D("将于[[本月中旬]]在银川", xun(2026, 3, 1)),
    D("统计局[[3日]]公布", D03),
    D("德国[[2025年]]出口", year(2025)),
    D("比[[上年]]下降1.2%", year(2024)),                                 # the year before 2025
    D("。[[同日]]，德国政府", D03),
    D("\n[[春节假期]]宁夏接待", SPRING_FEST),
    D("，[[今年]]宁夏计划播种", Y26),
    D("截至[[2日]]，全区", D02),
    D("教育部[[3日]]召开", D03),
    D("，[[2026届]]全国普通", Y26, OPT),                                 # a graduating class
    D("将于[[本月下旬]]启动", xun(2026, 3, 2)),
    D("\n[[2026届]]高校毕业生", Y26, OPT),
    D("商务部[[3日]]发布", D03),
    D("，[[2026年春节假期]]，全国", SPRING_FEST),
    D("比[[上年春节假期]]增长", day("2025-01-28", "2025-02-04")),
    D("，[[本周五]]将召开", day("2026-03-06")),
    D("宁东能源化工基地[[3日]]举行", D03),
    D("举行[[一季度]]重大项目", quarter(2026, 1), OPT),                   # inside the activity's name
    D("项目[[同日]]开工", D03),
    D("日本总务省[[3日]]公布", D03),
    D("，[[1月]]日本完全失业率", month(2026, 1)),
    D("比[[上月]]上升0.1", month(2025, 12)),                             # the month before 1月
    D("；[[1月]]日本家庭", month(2026, 1)),
    D("\n银川[[春季]]大型招聘会", (span("2026-03-01", "2026-05-31"), "season"), OPT),   # a descriptor
    D("招聘会[[本周六]]举行", day("2026-03-07")),
    D("发布时间：[[2026-03-03]] 18", D03),
    D("记者[[3日]]从银川市", D03),
    D("，[[2026年]]银川市春季", Y26, OPT),                               # a year inside the fair's name
    D("银川市[[春季]]大型招聘会将于", (span("2026-03-01", "2026-05-31"), "season"), OPT),
    D("将于[[本周六]]在银川国际", day("2026-03-07")),
    D("。[[上月]]，全市已举办", month(2026, 2)),
    D("通商资源部[[1日]]公布", D01),
    D("，[[2月]]韩国出口额", month(2026, 2)),
    D("中央气象台[[3日]]发布", D03),
    D("，[[4日至6日]]我国", day("2026-03-04", "2026-03-06")),
    D("交通管理局[[3日]]发布", D03),
    D("，[[4日至5日]]青银高速", day("2026-03-04", "2026-03-05")),
    D("。[[同日]]，自治区人民政府办公厅", D03),
    D("《宁夏回族自治区[[2026年]]优化", Y26, OPT),                       # a year inside a document's title
    D("提出[[全年]]新增", Y26, OPT),
    D("，[[今年]]宁夏计划招募", Y26),
    D("时间为[[本月10日至20日]]", day("2026-03-10", "2026-03-20")),
    D("定于[[4月中旬]]举行", xun(2026, 4, 1)),
    D("供应管理协会[[2日]]公布", D02),
    D("，[[2月]]美国制造业", month(2026, 2)),
    D("比[[上月]]下降0.6", month(2026, 1)),                              # the month before 2月
    D("埃及中央银行[[2日]]宣布", D02),
    D("该行[[今年以来]]第二次", Y26, OPT),
    D("\n[[前两月]]新增", months(2026, 1, 2)),
    D("国家税务总局[[3日]]发布", D03),
    D("，[[1月至2月]]，全国", months(2026, 1, 2)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
WLT = ["宁夏回族自治区文化和旅游厅"]
JYB = ["中华人民共和国教育部", "教育部"]
SWB = ["中华人民共和国商务部", "商务部"]
NDJD = ["宁夏宁东能源化工基地管理委员会", "宁东能源化工基地"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京3月3日电（记者 樊", "银川3月3日电（记者 马", "柏林", "银川3月3日电（记者 靳 赫）记者从自治区农",
    "北京3月3日电（记者 张", "北京3月3日电（记者 谢", "银川3月3日电（记者 杨", "东京", "首尔",
    "北京3月3日电（记者 黄", "银川3月3日电（记者 许", "银川3月3日电（记者 靳 赫）记者从自治区人", "华盛顿", "开罗",
    "北京3月3日电  国家税务总局")] + [
    O("从[[中国国家铁路集团有限公司]]获悉", ["中国国家铁路集团有限公司"], CO),
    O("记者3日从[[自治区文化和旅游厅]]获悉", WLT, G),
    O("。[[自治区文化和旅游厅]]将于", WLT, G),
    O("）[[德国联邦统计局]]3日", ["德国联邦统计局"], G),
    O("同日，[[德国政府]]宣布", ["德国联邦政府", "德国政府"], G),
    O("记者从[[自治区农业农村厅]]获悉", ["宁夏回族自治区农业农村厅"], G),
    O("）[[教育部]]3日召开", JYB, G),
    O("。[[教育部]]将于", JYB, G),
    O("）[[商务部]]3日发布", SWB, G),
    O("。[[商务部]]新闻发言人", SWB, G),
    O("）[[宁东能源化工基地]]3日", NDJD, G, OPT),                          # a zone, a place as much as a body
    O("\n[[宁东基地]]28个", NDJD, G, OPT),
    O("）[[日本总务省]]3日", ["日本总务省"], G),
    O("来源：[[宁夏新闻网]]", ["宁夏新闻网"], CO, OPT),                     # a website
    O("从[[银川市人力资源和社会保障局]]获悉", ["银川市人力资源和社会保障局"], G),
    O("在[[银川国际会展中心]]举行", ["银川国际会展中心"], IN, OPT),           # a venue
    O("）[[韩国产业通商资源部]]1日", ["韩国产业通商资源部"], G),
    O("）[[中央气象台]]3日", ["中央气象台"], IN),
    O("）[[自治区公安厅交通管理局]]3日", ["宁夏回族自治区公安厅交通管理局"], G),
    O("同日，[[自治区人民政府办公厅]]印发", ["宁夏回族自治区人民政府办公厅"], G),
    O("记者从[[自治区人力资源和社会保障厅]]获悉", ["宁夏回族自治区人力资源和社会保障厅"], G),
    O("）[[美国供应管理协会]]2日", ["美国供应管理协会"], SO),
    O("）[[埃及中央银行]]2日", ["埃及中央银行"], G),
    O("  [[国家税务总局]]3日", ["国家税务总局"], G),
]

C, P, M, T, W, A, TE, O_ = "count", "percent", "money", "duration", "weight", "area", "temperature", "other"
CNY, USD, EUR = "CNY", "USD", "EUR"
STATS = [
    S("春运前[[30天]]（", "30", "天", T, "exact", "春运前期天数", OPT),                  # inside a date mention
    S("累计发送旅客[[4.12亿人次]]", "412000000", "人次", C, "exact", "全国铁路累计发送旅客"),
    S("同比增长[[5.6%]]", "5.6", "%", P, "exact", "全国铁路发送旅客", change=up("上年同期")),
    S("单日发送旅客[[1680万人次]]", "16800000", "人次", C, "exact", "2月24日单日发送旅客"),
    S("春运前[[30天]]发送", "30", "天", T, "exact", "春运前期天数", OPT),
    S("前30天发送旅客[[4.12亿人次]]", "412000000", "人次", C, "exact", "全国铁路发送旅客"),
    S("累计接待游客[[486.2万人次]]", "4862000", "人次", C, "exact", "宁夏春节假期接待游客"),
    S("同比增长[[9.8%]]", "9.8", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("旅游收入[[41.3亿元]]", "4130000000", "元", M, "exact", "旅游收入", currency=CNY),
    S("出口总额为[[1.56万亿欧元]]", "1560000000000", "欧元", M, "exact", "德国出口总额", currency=EUR),
    S("（[[约合12.3万亿元人民币]]）", "12300000000000", "元", M, "about", "德国出口总额", currency=CNY),
    S("下降[[1.2%]]", "1.2", "%", P, "exact", "德国出口总额", change=down("上年")),
    S("追加[[5亿欧元]]", "500000000", "欧元", M, "exact", "支持中小企业数字化改造资金", currency=EUR),
    S("文旅项目[[20个以上]]", "20", "个", C, "over", "计划签约文旅项目"),
    S("签约金额[[超过50亿元]]", "5000000000", "元", M, "over", "计划签约金额", currency=CNY),
    S("宁夏接待游客[[486.2万人次]]", "4862000", "人次", C, "exact", "宁夏春节假期接待游客"),
    S("粮食作物[[1040万亩]]", "10400000", "亩", A, "exact", "计划播种粮食作物"),
    S("春播种子[[4.3万吨]]", "43000", "吨", W, "exact", "调运春播种子"),
    S("化肥[[37.6万吨]]", "376000", "吨", W, "exact", "调运化肥"),
    S("到位率达[[92%]]", "92", "%", P, "exact", "春耕备播物资到位率"),
    S("规模预计达[[1270万人]]", "12700000", "人", C, "exact", "全国普通高校毕业生规模"),
    S("同比增加[[48万人]]", "480000", "人", C, "exact", "高校毕业生规模", change=up("上年同期")),
    S("毕业生预计达[[1270万人]]", "12700000", "人", C, "exact", "高校毕业生规模"),
    S("增长[[6.1%]]", "6.1", "%", P, "exact", "重点零售和餐饮企业日均销售额", change=up("上年春节假期")),
    S("，[[28个]]项目同日", "28", "个", C, "exact", "集中开工项目"),
    S("总投资[[465亿元]]", "46500000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("新材料项目[[19个]]", "19", "个", C, "exact", "新能源和新材料项目"),
    S("宁东基地[[28个]]项目", "28", "个", C, "exact", "集中开工项目"),
    S("失业率为[[2.5%]]", "2.5", "%", P, "exact", "日本完全失业率"),
    S("上升[[0.1个百分点]]", "0.1", "个百分点", P, "exact", "日本完全失业率", change=up("上月")),
    S("同比下降[[0.8%]]", "0.8", "%", P, "exact", "日本家庭消费支出", change=down("上年同期")),
    S("将有[[320家]]企业", "320", "家", C, "exact", "参加招聘会的企业"),
    S("岗位[[1.2万余个]]", "12000", "个", C, "over", "提供岗位"),
    S("招聘活动[[46场]]", "46", "场", C, "exact", "上月举办招聘活动"),
    S("就业意向[[3800余人]]", "3800", "人", C, "over", "达成就业意向"),
    S("出口额为[[548亿美元]]", "54800000000", "美元", M, "exact", "韩国出口额", currency=USD),
    S("增长[[4.2%]]", "4.2", "%", P, "exact", "韩国出口额", change=up("上年同期")),
    S("出口额达[[142亿美元]]", "14200000000", "美元", M, "exact", "半导体出口额", currency=USD),
    S("下降[[6至10摄氏度]]", "6", "摄氏度", TE, "exact", "中东部大部地区降温幅度", change=down()),
    S("可达[[12摄氏度以上]]", "12", "摄氏度", TE, "over", "西北地区东部局地降温幅度", change=down()),
    S("经营主体[[8万户以上]]", "80000", "户", C, "over", "全年新增经营主体"),
    S("人员[[600名]]", "600", "名", C, "exact", "计划招募“三支一扶”人员"),
    S("指数为[[50.3]]", "50.3", "", O_, "exact", "美国制造业采购经理人指数", OPT),     # an index, no unit
    S("下降[[0.6]]，", "0.6", "", O_, "exact", "美国制造业采购经理人指数", OPT, change=down("上月")),
    S("下调[[100个基点]]", "100", "个基点", P, "exact", "埃及基准利率", change=down()),
    S("降至[[21%]]", "21", "%", P, "exact", "隔夜存款利率"),
    S("退税缓费[[2160亿元]]\n", "216000000000", "元", M, "exact", "前两月新增减税降费及退税缓费", currency=CNY),
    S("退税缓费[[2160亿元]]，", "216000000000", "元", M, "exact", "新增减税降费及退税缓费", currency=CNY),
    S("减负[[超过1300亿元]]", "130000000000", "元", M, "over", "支持科技创新和制造业发展的政策减负",
      currency=CNY),
]

EVENTS = [
    E("在银川举办宁夏文旅产业招商推介会", "meeting", "推介会", xun(2026, 3, 1), location="银川",
      organizers=["自治区文化和旅游厅"]),
    E("计划签约文旅项目20个以上", "signing", "签约", xun(2026, 3, 1), location="银川",
      organizers=["自治区文化和旅游厅"]),                                    # at the promotion meeting
    E("德国联邦统计局3日公布", "announcement", "公布", D03, organizers=["德国联邦统计局"]),
    E("宣布追加5亿欧元资金", "payout", "追加", D03, organizers=["德国政府"]),
    E("已调运春播种子4.3万吨", "production", "调运", D02, location="宁夏", opt=True),   # spring preparations
    E("教育部3日召开新闻发布会", "announcement", "召开", D03, organizers=["教育部"]),
    E("启动“百日冲刺”促就业专项行动", "recruitment", "启动", xun(2026, 3, 2), organizers=["教育部"],
      theme="百日冲刺"),
    E("商务部3日发布数据", "announcement", "发布", D03, organizers=["商务部"]),
    E("本周五将召开全国消费品以旧换新工作推进会", "meeting", "召开", day("2026-03-06"), organizers=["商务部"]),
    E("举行一季度重大项目集中开工活动", "construction", "开工", D03, location="宁东能源化工基地",
      organizers=["宁东能源化工基地"]),
    E("日本总务省3日公布", "announcement", "公布", D03, organizers=["日本总务省"]),
    E("春季大型招聘会将于本周六在银川国际会展中心举行", "recruitment", "招聘会", day("2026-03-07"),
      location="银川国际会展中心", participants=["320家企业"]),
    E("全市已举办各类招聘活动46场", "recruitment", "招聘", month(2026, 2), opt=True),    # a month summary
    E("韩国产业通商资源部1日公布", "announcement", "公布", D01, organizers=["韩国产业通商资源部"]),
    E("中央气象台3日发布寒潮蓝色预警", "announcement", "发布", D03, organizers=["中央气象台"]),
    E("交通管理局3日发布提示", "announcement", "发布", D03, organizers=["自治区公安厅交通管理局"], opt=True),
    E("部分路段将视情实施临时交通管制", "traffic", "交通管制", day("2026-03-04", "2026-03-05"),
      location="青银高速宁夏段", organizers=["自治区公安厅交通管理局"]),
    E("印发《宁夏回族自治区2026年优化营商环境行动方案》", "policy", "印发", D03,
      organizers=["自治区人民政府办公厅"]),
    E("计划招募“三支一扶”人员600名", "recruitment", "招募", Y26, opt=True),              # the plan the window serves
    E("报名时间为本月10日至20日", "registration", "报名", day("2026-03-10", "2026-03-20")),
    E("笔试定于4月中旬举行", "exam", "笔试", xun(2026, 4, 1)),
    E("美国供应管理协会2日公布", "announcement", "公布", D02, organizers=["美国供应管理协会"]),
    E("将基准利率下调100个基点", "policy", "下调", D02, organizers=["埃及中央银行"]),
    E("国家税务总局3日发布数据", "announcement", "发布", D03, organizers=["国家税务总局"]),
    E("全国新增减税降费及退税缓费2160亿元", "payout", "减税降费", months(2026, 1, 2), opt=True),   # a summary
]
