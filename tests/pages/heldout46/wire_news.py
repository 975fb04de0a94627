"""成都晚报 (成都市, 四川省), 2026-12-03 (a Thursday): a `国内国际` wire page.
Features: a column label; ten 新华社 items (Beijing ×3 one with no reporter, Chengdu ×2, Bangkok, Vientiane,
Washington, Phnom Penh, Geneva) and five 中新社 items (Chengdu ×4 one with no reporter, Beijing), one web item with
a metadata line above its body and its title after it (`来源：四川在线  发布时间：…  编辑：周 敏`: the editor is no
writer); a join after a comma (`…东盟采购对接会，` | `预计邀请境外采购商200家以上。`) with the Bangkok item between;
six headlines after their bodies, one before; nine items without headline. Province-level bodies written short
(`省商务厅` ×2, `省教育厅`, `省农业农村厅`, `省交通运输厅`) resolve with 四川省. Foreign money with conversions
(泰铢, 基普, 美元 `约合X亿元人民币`). Dates: `2日` = 12-02, datelines `12月2日电`, `同日` (×2), `当日`,
`前10个月`/`今年前10个月`, `今年1至11月`, `本月中旬` (×2), `本周六` = 12-05 (a title), `明年1月1日起` (×2),
`今冬明春` (×2), `今冬`, `11月底`, `12月5日至15日`.

Written at main commit 46fb0b9, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "成都晚报"
PUBLISHED = "2026-12-03"
HOME = {"city": "成都市", "province": "四川省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京12月2日电（记者 张", "body", "W0"),
    ("前10个月我国", "headline", "W0"),                       # after its body
    ("中新社成都12月2日电（记者 刘", "body", "W1"),           # breaks after a comma
    ("新华社曼谷", "body", "W2"),                             # no headline
    ("预计邀请境外", "body", "W1"),                           # the rest of W1's paragraph
    ("四川前10个月", "headline", "W1"),                       # after its body
    ("新华社万象", "body", "W3"),                             # no headline
    ("中新社成都12月2日电（记者 王", "body", "W4"),
    ("成都两机场", "headline", "W4"),                         # after its body
    ("新华社北京12月2日电（记者 魏", "body", "W5"),           # no headline
    ("新华社成都12月2日电（记者 胡", "body", "W6"),
    ("四川2027年高考", "headline", "W6"),                     # after its body
    ("新华社华盛顿", "body", "W7"),                           # no headline
    ("中新社成都12月2日电  省农业", "body", "W8"),            # no headline, no reporter
    ("新华社金边", "body", "W9"),                             # no headline
    ("新华社日内瓦", "body", "W10"),                          # no headline
    ("成都地铁19号线", "headline", "W11"),
    ("新华社成都12月2日电（记者 童", "body", "W11"),
    ("中新社成都12月2日电（记者 贺", "body", "W12"),
    ("四川与东航", "headline", "W12"),                        # after its body
    ("新华社北京12月2日电  中国人民银行", "body", "W13"),      # no headline, no reporter
    ("中新社北京", "body", "W14"),                            # no headline
    ("来源：四川在线", "byline", "W15"),                      # metadata line
    ("受今冬首轮", "body", "W15"),
    ("川西高速", "headline", "W15"),                          # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["张毅然"])),
    "W1": dict(byline=byline(reporters=["刘忠俊"])),
    "W2": dict(byline=byline(reporters=["李一凡"])),
    "W3": dict(byline=byline(reporters=["杨永全"])),
    "W4": dict(byline=byline(reporters=["王鹏"])),
    "W5": dict(byline=byline(reporters=["魏玉坤"])),
    "W6": dict(byline=byline(reporters=["胡旭"])),
    "W7": dict(byline=byline(reporters=["熊茂伶"])),
    "W8": dict(),
    "W9": dict(byline=byline(reporters=["江天宇"])),
    "W10": dict(byline=byline(reporters=["曾焱"])),
    "W11": dict(byline=byline(reporters=["童芳"])),
    "W12": dict(byline=byline(reporters=["贺劭清"])),
    "W13": dict(),
    "W14": dict(byline=byline(reporters=["李金磊"])),
    "W15": dict(),
}
JOINS = [("中新社成都12月2日电（记者 刘", "预计邀请境外")]
PHOTOS = {}

D02 = day("2026-12-02")
JAN_OCT = months(2026, 1, 10)
MID_DEC = xun(2026, 12, 1)
NEW_YEAR = day("2027-01-01")
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
LINES = ["（记者 张", "（记者 刘", "（记者 李 一", "（记者 杨", "（记者 王", "（记者 魏", "（记者 胡", "（记者 熊",
         "  省农业", "（记者 江", "（记者 曾", "（记者 童", "（记者 贺", "  中国人民银行", "（记者 李 金"]
DATES = [D(f"[[12月2日]]电{c}", D02) for c in LINES] + [
    D("海关总署[[2日]]发布", D02),
    D("，[[今年前10个月]]，我国", JAN_OCT),
    D("\n[[前10个月]]我国", JAN_OCT),
    D("，[[前10个月]]四川外贸", JAN_OCT),
    D("将于[[本月中旬]]在成都", MID_DEC),
    D("体育部[[2日]]公布", D02),
    D("，[[今年1至11月]]泰国", months(2026, 1, 11)),
    D("[[同日]]，泰国内阁", D02),
    D("四川[[前10个月]]对东盟", JAN_OCT),
    D("运输部[[2日]]表示", D02),
    D("老挝段[[今年前10个月]]运送", JAN_OCT),
    D("老挝政府[[同日]]宣布", D02),
    D("自[[明年1月1日]]起将全国", NEW_YEAR),
    D("截至[[12月1日]]，成都", day("2026-12-01")),
    D("国际机场[[今年]]旅客", year(2026)),
    D("较[[去年]]提前", year(2025)),
    D("发展改革委[[2日]]召开", D02),
    D("介绍[[今冬明春]]能源", WINTER_SPRING),
    D("截至[[11月底]]，全国", xun(2026, 11, 2)),
    D("较[[上年同期]]增加约45亿", year(2025), OPT),
    D("省教育厅[[2日]]发布", D02),
    D("四川省[[2027年]]普通高校", year(2027), OPT),                    # a year inside the exam's name
    D("将于[[12月5日至15日]]进行", day("2026-12-05", "2026-12-15")),
    D("\n四川[[2027年]]高考", year(2027), OPT),
    D("高考报名[[本周六]]开始", day("2026-12-05")),
    D("美国商务部[[2日]]公布", D02),
    D("，[[10月]]美国商品", month(2026, 10)),
    D("；[[前10个月]]累计逆差", JAN_OCT),
    D("省农业农村厅[[2日]]召开", D02),
    D("召开全省[[冬春]]农田水利", WINTER_SPRING, OPT),                # inside the meeting's name
    D("部署[[今冬明春]]全省", WINTER_SPRING),
    D("发展理事会[[2日]]表示", D02),
    D("，[[今年前10个月]]该理事会", JAN_OCT),
    D("世界气象组织[[2日]]发布", D02),
    D("报告说，[[2026年]]很可能", year(2026)),
    D("二期工程[[2日]]开通", D02),
    D("有限公司[[2日]]在成都", D02),
    D("中国人民银行[[2日]]开展", D02),
    D("[[当日]]有1250亿元", D02),
    D("财政部[[2日]]联合", D02),
    D("通知，[[明年1月1日]]起，城乡", NEW_YEAR),
    D("发布时间：[[2026-12-02]] 20", D02),
    D("受[[今冬]]首轮寒潮", (span("2026-12-01", "2027-02-28"), "season")),
    D("省交通运输厅[[2日]]发布", D02),
    D("，[[本月中旬]]前，G5", MID_DEC),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["四川省商务厅"]
DH = ["中国东方航空集团有限公司", "东航"]
TF = ["成都天府国际机场"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月2日电（记者 张", "曼谷", "万象", "北京12月2日电（记者 魏", "成都12月2日电（记者 胡", "华盛顿", "金边",
    "日内瓦", "成都12月2日电（记者 童", "北京12月2日电  中国人民银行")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
        "成都12月2日电（记者 刘", "成都12月2日电（记者 王", "成都12月2日电  省农业", "成都12月2日电（记者 贺",
        "北京")] + [
    O("）[[海关总署]]2日", ["中华人民共和国海关总署", "海关总署"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[泰国旅游和体育部]]2日", ["泰国旅游和体育部"], G),
    O("同日，[[泰国内阁]]批准", ["泰国内阁"], G),
    O("）[[老挝公共工程与运输部]]2日", ["老挝公共工程与运输部"], G),
    O("。[[老挝政府]]同日", ["老挝政府"], G),
    O("，[[成都双流国际机场]]和", ["成都双流国际机场"], CO),
    O("和[[成都天府国际机场]]今年", TF, CO),
    O("）[[国家发展改革委]]2日", ["中华人民共和国国家发展和改革委员会", "国家发展和改革委员会", "国家发展改革委"], G),
    O("）[[省教育厅]]2日", ["四川省教育厅"], G),
    O("）[[美国商务部]]2日", ["美国商务部"], G),
    O("  [[省农业农村厅]]2日", ["四川省农业农村厅"], G),
    O("）[[柬埔寨发展理事会]]2日", ["柬埔寨发展理事会"], G),
    O("）[[世界气象组织]]2日", ["世界气象组织"], G),
    O("）[[四川省人民政府]]与", ["四川省人民政府"], G),
    O("与[[中国东方航空集团有限公司]]2日", DH, CO),
    O("依托[[成都天府国际机场]]，", TF, CO, OPT),                     # a site here
    O("四川与[[东航]]深化", DH, CO),
    O("  [[中国人民银行]]2日", ["中国人民银行"], G),
    O("）[[人力资源社会保障部]]、", ["中华人民共和国人力资源和社会保障部", "人力资源社会保障部"], G),
    O("、[[财政部]]2日", ["中华人民共和国财政部", "财政部"], G),
    O("来源：[[四川在线]]", ["四川在线"], CO, OPT),                    # a website
    O("，[[省交通运输厅]]2日", ["四川省交通运输厅"], G),
]

C, P, M, T, W, L = "count", "percent", "money", "duration", "weight", "length"
A, V, TE = "area", "volume", "temperature"
CNY, USD, THB, LAK = "CNY", "USD", "THB", "LAK"
YOY = "上年同期"
STATS = [
    S("进出口总值[[38.6万亿元]]", "38600000000000", "元", M, "exact", "全国货物贸易进出口总值", currency=CNY),
    S("同比增长[[3.4%]]。", "3.4", "%", P, "exact", "货物贸易进出口总值", change=up(YOY)),
    S("出口[[22.1万亿元]]", "22100000000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[6.2%]]", "6.2", "%", P, "exact", "出口", change=up(YOY)),
    S("进口[[16.5万亿元]]", "16500000000000", "元", M, "exact", "进口", currency=CNY),
    S("下降[[0.3%]]", "0.3", "%", P, "exact", "进口", change=down(YOY)),
    S("进出口增长[[3.4%]]\n", "3.4", "%", P, "exact", "货物贸易进出口", change=up(YOY)),
    S("进出口总值[[8236.7亿元]]", "823670000000", "元", M, "exact", "四川外贸进出口总值", currency=CNY),
    S("同比增长[[9.2%]]", "9.2", "%", P, "exact", "四川外贸进出口总值", change=up(YOY)),
    S("东盟进出口[[1294.5亿元]]", "129450000000", "元", M, "exact", "四川对东盟进出口", currency=CNY),
    S("，增长[[17.6%]]。", "17.6", "%", P, "exact", "四川对东盟进出口", change=up(YOY)),
    S("外国游客[[3120万人次]]", "31200000", "人次", C, "exact", "泰国接待外国游客"),
    S("旅游收入[[约1.52万亿泰铢]]", "1520000000000", "泰铢", M, "about", "泰国旅游收入", currency=THB),
    S("（[[约合3040亿元人民币]]）", "304000000000", "元", M, "about", "泰国旅游收入", currency=CNY),
    S("总额[[500亿泰铢]]", "50000000000", "泰铢", M, "exact", "旅游刺激计划总额", currency=THB),
    S("（[[约合100亿元人民币]]）", "10000000000", "元", M, "about", "旅游刺激计划总额", currency=CNY),
    S("采购商[[200家以上]]", "200", "家", C, "over", "邀请境外采购商"),
    S("进出口增长[[17.6%]]\n", "17.6", "%", P, "exact", "四川对东盟进出口", change=up(YOY)),
    S("运送旅客[[约260万人次]]", "2600000", "人次", C, "about", "中老铁路老挝段运送旅客"),
    S("发送货物[[约310万吨]]", "3100000", "吨", W, "about", "中老铁路老挝段发送货物"),
    S("每月[[280万基普]]", "2800000", "基普", M, "exact", "老挝月最低工资标准", currency=LAK),
    S("（[[约合930元人民币]]）", "930", "元", M, "about", "老挝月最低工资标准", currency=CNY),
    S("合计突破[[8000万人次]]", "80000000", "人次", C, "over", "成都两机场旅客吞吐量"),
    S("提前[[26天]]", "26", "天", T, "exact", "较去年提前"),
    S("增至[[146条]]", "146", "条", C, "exact", "国际及地区航线"),
    S("吞吐量破[[8000万人次]]", "80000000", "人次", C, "over", "成都两机场年旅客吞吐量"),
    S("存煤[[超过2.1亿吨]]", "210000000", "吨", W, "over", "全国统调电厂存煤"),
    S("可用[[27天]]", "27", "天", T, "exact", "存煤可用天数"),
    S("增加[[约45亿立方米]]", "4500000000", "立方米", V, "about", "全国储气能力", change=up(YOY)),
    S("报名人数[[超过90万人]]", "900000", "人", C, "over", "全省高考报名人数"),
    S("逆差为[[628亿美元]]", "62800000000", "美元", M, "exact", "美国商品和服务贸易逆差", currency=USD),
    S("环比收窄[[9.7%]]", "9.7", "%", P, "exact", "美国贸易逆差", change=down("上月")),
    S("累计逆差[[约7350亿美元]]", "735000000000", "美元", M, "about", "前10个月累计逆差", currency=USD),
    S("高标准农田[[420万亩]]", "4200000", "亩", A, "exact", "计划新建和改造提升高标准农田"),
    S("投入资金[[约126亿元]]", "12600000000", "元", M, "about", "农田建设投入资金", currency=CNY),
    S("投资项目[[327个]]", "327", "个", C, "exact", "批准投资项目"),
    S("协议投资额[[约61.3亿美元]]", "6130000000", "美元", M, "about", "协议投资额", currency=USD),
    S("（[[约合435亿元人民币]]）", "43500000000", "元", M, "about", "协议投资额", currency=CNY),
    S("同比增长[[21.5%]]", "21.5", "%", P, "exact", "协议投资额", change=up(YOY)),
    S("占比[[近45%]]", "45", "%", P, "under", "中国投资占比"),
    S("高出[[约1.44摄氏度]]", "1.44", "摄氏度", TE, "about", "全球平均气温", change=up("工业化前水平")),
    S("全长[[约43.2公里]]", "43.2", "公里", L, "about", "19号线二期线路全长"),
    S("设车站[[12座]]", "12", "座", C, "exact", "车站"),
    S("达到[[约730公里]]", "730", "公里", L, "about", "成都地铁运营里程"),
    S("在[[三年]]内", "3", "年", T, "exact", "新增航线期限", OPT),                       # a horizon
    S("航线[[10条以上]]", "10", "条", C, "over", "新增国际及地区航线"),
    S("开展[[1800亿元]]", "180000000000", "元", M, "exact", "7天期逆回购操作", currency=CNY),
    S("1800亿元[[7天]]期", "7", "天", T, "exact", "逆回购期限", OPT),                    # a term in a product's name
    S("利率为[[1.40%]]", "1.40", "%", P, "exact", "逆回购操作利率"),
    S("有[[1250亿元]]逆回购", "125000000000", "元", M, "exact", "到期逆回购", currency=CNY),
    S("再提高[[20元]]", "20", "元", M, "exact", "城乡居民基础养老金最低标准", change=up(), currency=CNY),
]

EVENTS = [
    E("海关总署2日发布数据", "announcement", "发布", D02, organizers=["海关总署"]),
    E("在成都举办“川货出海”东盟采购对接会", "meeting", "对接会", MID_DEC, location="成都",
      organizers=["省商务厅"], theme="川货出海"),
    E("泰国旅游和体育部2日公布", "announcement", "公布", D02, organizers=["泰国旅游和体育部"]),
    E("泰国内阁批准一项总额500亿泰铢", "policy", "批准", D02, organizers=["泰国内阁"]),
    E("老挝公共工程与运输部2日表示", "announcement", "表示", D02, organizers=["老挝公共工程与运输部"],
      opt=True),                                                                            # a report verb
    E("将全国最低工资标准上调至每月280万基普", "policy", "上调", NEW_YEAR, organizers=["老挝政府"]),
    E("旅客吞吐量合计突破8000万人次", "other", "突破", day("2026-12-01"), location="成都"),
    E("召开新闻发布会", "announcement", "召开", D02, organizers=["国家发展改革委"]),
    E("省教育厅2日发布通知", "announcement", "发布", D02, organizers=["省教育厅"], opt=True),   # the window told
    E("招生考试报名将于12月5日至15日进行", "registration", "报名", day("2026-12-05", "2026-12-15"),
      organizers=["省教育厅"]),
    E("美国商务部2日公布", "announcement", "公布", D02, organizers=["美国商务部"]),
    E("召开全省冬春农田水利建设电视电话会议", "meeting", "召开", D02, organizers=["省农业农村厅"]),
    E("新建和改造提升高标准农田420万亩", "construction", "新建", WINTER_SPRING, opt=True),      # a plan
    E("柬埔寨发展理事会2日表示", "announcement", "表示", D02, organizers=["柬埔寨发展理事会"], opt=True),
    E("世界气象组织2日发布报告", "announcement", "发布", D02, organizers=["世界气象组织"]),
    E("二期工程2日开通初期运营", "launch", "开通", D02, location="成都"),
    E("签署深化战略合作协议", "signing", "签署", D02, location="成都", organizers=["四川省人民政府"],
      participants=["中国东方航空集团有限公司"]),
    E("开展1800亿元7天期逆回购操作", "payout", "逆回购", D02, organizers=["中国人民银行"], opt=True),
    E("2日联合印发通知", "policy", "印发", D02, organizers=["人力资源社会保障部", "财政部"]),
    E("每人每月再提高20元", "payout", "提高", NEW_YEAR, opt=True),                          # the measure told
    E("省交通运输厅2日发布出行提示", "announcement", "发布", D02, organizers=["省交通运输厅"], opt=True),
    E("实施临时交通管制", "traffic", "交通管制", MID_DEC, location="G5京昆高速雅西段",
      organizers=["省交通运输厅"]),
]
