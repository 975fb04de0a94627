"""南昌晚报 (南昌市, 江西省), 2026-07-14 (a Tuesday): a `国内国际` wire page.
Features: a column label; ten 新华社 items (Beijing ×4, one with no reporter and one dated the day of publication;
Nanchang ×3, Tokyo, Paris, Seoul) and five 中新社 items (Nanchang ×3, Beijing, Washington), bylines in parentheses with
names in layout spaces; a join after a comma (`…赴东盟国家开拓市场，` | `届时将在吉隆坡、雅加达…`) with the Tokyo item
between, the joined item's headline after its rest; five headlines after their bodies, one before; nine items without
headline. Province-level bodies written short (`省商务厅` ×2, `省水利厅`, `省工业和信息化厅`, `省文化和旅游厅`,
`省人力资源和社会保障厅`) resolve with 江西省. Foreign money with conversions (`2.1万亿日元（约合1010亿元人民币）`,
`25亿欧元（约合205亿元人民币）`, `3160亿美元（约合2.26万亿元人民币）`) and bare 美元 (`8.7亿美元`, `超过3亿美元`,
`1.42万亿美元`). Dates: datelines `7月13日` (×14) and `7月14日`, `13日` = 07-13, `当日`, `同日` ×2, `当地时间13日` ×2,
`13日8时`, `15日上午` = 07-15, `上半年` (×8, one `2026年上半年`), `7月下旬` ×4, `7月中旬`, `7月1日至12日`, `6月` ×3,
`上月` (May), `9月`, `本财年前9个月` (optional: the US fiscal year).

Written at main commit c7584fc, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, span, up, xun, year

PAPER = "南昌晚报"
PUBLISHED = "2026-07-14"
HOME = {"city": "南昌市", "province": "江西省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京7月13日电（记者 邹", "body", "W0"),
    ("上半年我国外贸", "headline", "W0"),                     # after its body
    ("中新社南昌7月13日电（记者 吴", "body", "W1"),           # breaks after a comma
    ("新华社东京", "body", "W2"),                             # no headline
    ("届时将在吉隆坡", "body", "W1"),                         # the rest of W1's paragraph
    ("江西上半年进出口", "headline", "W1"),                   # after its body
    ("暑运铁路", "headline", "W3"),
    ("中新社北京7月13日电（记者 冯", "body", "W3"),
    ("新华社南昌7月13日电（记者 郭", "body", "W4"),           # no headline
    ("新华社巴黎", "body", "W5"),
    ("法国推出", "headline", "W5"),                           # after its body
    ("新华社首尔", "body", "W6"),                             # no headline
    ("中新社华盛顿", "body", "W7"),                           # no headline
    ("新华社南昌7月13日电（记者 刘", "body", "W8"),
    ("江西规上工业", "headline", "W8"),                       # after its body
    ("新华社北京7月13日电  财政部", "body", "W9"),             # no headline, no reporter
    ("新华社南昌7月13日电（记者 余", "body", "W10"),
    ("南昌至大阪直航", "headline", "W10"),                    # after its body
    ("中新社南昌7月13日电（记者 陈", "body", "W11"),          # no headline
    ("新华社北京7月14日电（记者 胡", "body", "W12"),          # no headline
    ("中新社南昌7月13日电（记者 黄", "body", "W13"),          # no headline
    ("新华社北京7月13日电（记者 王", "body", "W14"),          # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["邹文博"])),
    "W1": dict(byline=byline(reporters=["吴俊辉"])),
    "W2": dict(byline=byline(reporters=["钱思远"])),
    "W3": dict(byline=byline(reporters=["冯晓蕾"])),
    "W4": dict(byline=byline(reporters=["郭海涛"])),
    "W5": dict(byline=byline(reporters=["唐颖"])),
    "W6": dict(byline=byline(reporters=["朴成浩"])),
    "W7": dict(byline=byline(reporters=["沙宇航"])),
    "W8": dict(byline=byline(reporters=["刘启明"])),
    "W9": dict(),
    "W10": dict(byline=byline(reporters=["余晓雯"])),
    "W11": dict(byline=byline(reporters=["陈思琪"])),
    "W12": dict(byline=byline(reporters=["胡立群"])),
    "W13": dict(byline=byline(reporters=["黄文静"])),
    "W14": dict(byline=byline(reporters=["王嘉怡"])),
}
JOINS = [("中新社南昌7月13日电（记者 吴", "届时将在吉隆坡")]
PHOTOS = {}

D13 = day("2026-07-13")
H1 = (span("2026-01-01", "2026-06-30"), "quarter")
LATE7, MID7 = xun(2026, 7, 2), xun(2026, 7, 1)
JUN = month(2026, 6)
LINES13 = ["（记者 邹", "（记者 吴", "（记者 钱", "（记者 冯", "（记者 郭", "（记者 唐", "（记者 朴", "（记者 沙",
           "（记者 刘", "  财政部", "（记者 余", "（记者 陈", "（记者 黄", "（记者 王"]
DATES = [D(f"[[7月13日]]电{c}", D13) for c in LINES13] + [
    D("[[7月14日]]电（记者 胡", day("2026-07-14")),
    D("海关总署[[13日]]发布", D13),
    D("数据，[[上半年]]我国货物", H1),
    D("。[[6月]]当月", JUN),
    D("\n[[上半年]]我国外贸", H1),
    D("记者[[13日]]从省商务厅", D13),
    D("获悉，[[上半年]]江西货物", H1),
    D("将于[[7月下旬]]组织", LATE7),
    D("财务省[[13日]]公布", D13),
    D("公布，[[上半年]]日本", H1),
    D("。[[同日]]，日本银行", D13),
    D("\n江西[[上半年]]进出口", H1),
    D("记者[[13日]]从中国国家铁路", D13),
    D("，[[7月1日至12日]]，全国", day("2026-07-01", "2026-07-12")),
    D("。[[7月下旬]]起，铁路", LATE7),
    D("水位[[13日8时]]涨至", D13),
    D("省水利厅[[当日]]派出", D13),
    D("法国政府[[当地时间13日]]公布", D13),
    D("将于[[9月]]起分批", month(2026, 9)),
    D("统计厅[[13日]]公布", D13),
    D("，[[6月]]韩国就业", JUN),
    D("比[[上月]]下降0.1", month(2026, 5)),
    D("财政部[[当地时间13日]]公布", D13),
    D("，[[6月]]美国联邦", JUN),
    D("，[[本财年前9个月]]赤字", (span("2025-10-01", "2026-06-30"), "month"), OPT),   # the US fiscal year
    D("记者[[13日]]从省工业", D13),
    D("获悉，[[上半年]]江西规模", H1),
    D("应急管理部[[13日]]紧急", D13),
    D("航线[[13日]]首航", D13),
    D("机场[[今年]]新开通", year(2026)),
    D("。[[同日]]，该机场", D13),
    D("记者[[13日]]从省文化", D13),
    D("获悉，[[上半年]]江西接待", H1),
    D("”[[2026]]江西夏季", year(2026), OPT),                          # a year inside a name
    D("江西[[夏季]]文旅消费季", (span("2026-06-01", "2026-08-31"), "season"), OPT),   # inside a name
    D("将于[[7月下旬]]在庐山", LATE7),
    D("定于[[15日上午]]10时", day("2026-07-15")),
    D("介绍[[2026年上半年]]国民", H1),
    D("保障厅[[13日]]发布", D13),
    D("公告，[[2026年]]江西省事业单位", year(2026), OPT),               # a year inside the exam's name
    D("笔试将于[[7月下旬]]举行", LATE7),
    D("教育部[[13日]]召开", D13),
    D("召开[[2026年]]普通高校", year(2026), OPT),                      # a year inside the meeting's name
    D("。[[今年]]全国高考", year(2026)),
    D("将于[[7月中旬]]陆续", MID7),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["江西省商务厅"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京7月13日电（记者 邹", "东京", "南昌7月13日电（记者 郭", "巴黎", "首尔", "南昌7月13日电（记者 刘",
    "北京7月13日电  财政部", "南昌7月13日电（记者 余", "北京7月14日电", "北京7月13日电（记者 王")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
    "南昌7月13日电（记者 吴", "北京", "华盛顿", "南昌7月13日电（记者 陈", "南昌7月13日电（记者 黄")] + [
    O("）[[海关总署]]13日", ["中华人民共和国海关总署", "海关总署"], G),
    O("从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[日本财务省]]13日", ["日本财务省"], G),
    O("，[[日本银行]]发布", ["日本银行"], G),
    O("从[[中国国家铁路集团有限公司]]获悉", ["中国国家铁路集团有限公司", "国铁集团"], CO),
    O("鄱阳湖[[星子站]]水位", ["星子水文站"], IN, OPT),                     # a gauging station
    O("。[[省水利厅]]当日", ["江西省水利厅"], G),
    O("）[[法国政府]]当地时间", ["法国政府"], G),
    O("）[[韩国统计厅]]13日", ["韩国统计厅"], G),
    O("）[[美国财政部]]当地时间", ["美国财政部"], G),
    O("6月[[美国联邦政府]]财政", ["美国联邦政府"], G, OPT),                      # whose deficit, not an actor
    O("从[[省工业和信息化厅]]获悉", ["江西省工业和信息化厅"], G),
    O("  [[财政部]]、应急", ["中华人民共和国财政部", "财政部"], G),
    O("、[[应急管理部]]13日", ["中华人民共和国应急管理部", "应急管理部"], G),
    O("这是[[南昌昌北国际机场]]今年", ["南昌昌北国际机场"], CO),
    O("从[[省文化和旅游厅]]获悉", ["江西省文化和旅游厅"], G),
    O("）[[国务院新闻办公室]]定于", ["中华人民共和国国务院新闻办公室", "国务院新闻办公室"], G),
    O("请[[国家统计局]]负责人", ["国家统计局"], G),
    O("）[[省人力资源和社会保障厅]]13日", ["江西省人力资源和社会保障厅"], G),
    O("）[[教育部]]13日召开", ["中华人民共和国教育部", "教育部"], G),
]

C, P, M, T, W, L, O_ = "count", "percent", "money", "duration", "weight", "length", "other"
CNY, USD, EUR, JPY = "CNY", "USD", "EUR", "JPY"
YOY = up("上年同期")
STATS = [
    S("进出口总值[[22.1万亿元]]", "22100000000000", "元", M, "exact", "全国货物贸易进出口总值", currency=CNY),
    S("同比增长[[3.6%]]。", "3.6", "%", P, "exact", "全国货物贸易进出口总值", change=YOY),
    S("出口[[12.7万亿元]]", "12700000000000", "元", M, "exact", "全国出口", currency=CNY),
    S("增长[[5.2%]]", "5.2", "%", P, "exact", "全国出口", change=YOY),
    S("进口[[9.4万亿元]]", "9400000000000", "元", M, "exact", "全国进口", currency=CNY),
    S("增长[[1.5%]]", "1.5", "%", P, "exact", "全国进口", change=YOY),
    S("进出口[[3.9万亿元]]", "3900000000000", "元", M, "exact", "6月当月进出口", currency=CNY),
    S("外贸进出口增长[[3.6%]]\n", "3.6", "%", P, "exact", "全国外贸进出口", change=YOY),
    S("进出口总值[[2856.3亿元]]", "285630000000", "元", M, "exact", "江西货物贸易进出口总值", currency=CNY),
    S("同比增长[[7.2%]]，实际", "7.2", "%", P, "exact", "江西货物贸易进出口总值", change=YOY),
    S("实际使用外资[[8.7亿美元]]", "870000000", "美元", M, "exact", "江西实际使用外资", currency=USD),
    S("组织[[80余家]]赣企", "80", "家", C, "over", "赴东盟开拓市场的赣企"),
    S("逆差为[[2.1万亿日元]]", "2100000000000", "日元", M, "exact", "日本上半年贸易逆差", currency=JPY),
    S("（[[约合1010亿元人民币]]）", "101000000000", "元", M, "about", "日本上半年贸易逆差", currency=CNY),
    S("收窄[[18.6%]]", "18.6", "%", P, "exact", "日本贸易逆差", change=down("上年同期")),
    S("下调了[[9个]]地区", "9", "个", C, "exact", "报告涉及地区"),
    S("地区中[[4个]]地区", "4", "个", C, "exact", "下调景气判断的地区"),
    S("签约金额[[超过3亿美元]]", "300000000", "美元", M, "over", "预计意向签约金额", currency=USD),
    S("进出口增长[[7.2%]]\n", "7.2", "%", P, "exact", "江西上半年进出口", change=YOY),
    S("日均发送旅客[[1400万人次]]\n", "14000000", "人次", C, "exact", "暑运铁路日均发送旅客"),
    S("累计发送旅客[[1.68亿人次]]", "168000000", "人次", C, "exact", "全国铁路累计发送旅客"),
    S("日均[[1400万人次]]，", "14000000", "人次", C, "exact", "铁路日均发送旅客"),
    S("同比增长[[5.8%]]", "5.8", "%", P, "exact", "铁路发送旅客", change=YOY),
    S("旅客列车[[186列]]", "186", "列", C, "exact", "加开旅客列车"),
    S("涨至[[19.2米]]", "19.2", "米", L, "exact", "鄱阳湖星子站水位"),
    S("超警戒水位[[0.2米]]", "0.2", "米", L, "exact", "星子站水位", change=up("警戒水位")),
    S("派出[[6个]]工作组", "6", "个", C, "exact", "防汛工作组"),
    S("安置群众[[1.3万人]]", "13000", "人", C, "exact", "转移安置群众"),
    S("总额[[25亿欧元]]（", "2500000000", "欧元", M, "exact", "法国农业援助计划总额", currency=EUR),
    S("（[[约合205亿元人民币]]）", "20500000000", "元", M, "about", "法国农业援助计划总额", currency=CNY),
    S("影响的[[约6万户]]农户", "60000", "户", C, "about", "受援农户"),
    S("法国推出[[25亿欧元]]", "2500000000", "欧元", M, "exact", "农业援助计划", currency=EUR),
    S("同比增加[[18.3万人]]", "183000", "人", C, "exact", "韩国就业人数", change=YOY),
    S("，失业率为[[2.9%]]", "2.9", "%", P, "exact", "韩国失业率"),
    S("下降[[0.1个百分点]]", "0.1", "个百分点", P, "exact", "韩国失业率", change=down("上月")),
    S("青年失业率为[[6.1%]]", "6.1", "%", P, "exact", "韩国青年失业率"),
    S("财政赤字为[[3160亿美元]]", "316000000000", "美元", M, "exact", "美国6月联邦政府财政赤字", currency=USD),
    S("（[[约合2.26万亿元人民币]]）", "2260000000000", "元", M, "about", "美国6月联邦政府财政赤字", currency=CNY),
    S("累计达[[1.42万亿美元]]", "1420000000000", "美元", M, "exact", "本财年前9个月累计赤字", currency=USD),
    S("同比增加[[12%]]", "12", "%", P, "exact", "累计赤字", change=YOY),
    S("同比增长[[7.5%]]，高于", "7.5", "%", P, "exact", "江西规模以上工业增加值", change=YOY),
    S("高于全国[[1.1个百分点]]", "1.1", "个百分点", P, "exact", "规上工业增加值增速", change=up("全国")),
    S("营业收入突破[[4000亿元]]", "400000000000", "元", M, "over", "电子信息产业营业收入", currency=CNY),
    S("规上企业[[46家]]", "46", "家", C, "exact", "锂电新能源产业新增规上企业"),
    S("增加值增长[[7.5%]]\n", "7.5", "%", P, "exact", "江西规上工业增加值", change=YOY),
    S("救灾资金[[4.6亿元]]", "460000000", "元", M, "exact", "中央自然灾害救灾资金", currency=CNY),
    S("安徽等[[6省份]]", "6", "省份", C, "exact", "获支持省份"),
    S("江西获得[[1.2亿元]]", "120000000", "元", M, "exact", "江西获得救灾资金", currency=CNY),
    S("执飞[[4班]]", "4", "班", C, "exact", "每周航班"),
    S("提升至[[1200万人次]]", "12000000", "人次", C, "exact", "T1航站楼年旅客保障能力"),
    S("国内游客[[4.36亿人次]]", "436000000", "人次", C, "exact", "江西接待国内游客"),
    S("旅游收入[[4820亿元]]", "482000000000", "元", M, "exact", "江西旅游收入", currency=CNY),
    S("分别增长[[8.1%]]", "8.1", "%", P, "exact", "接待国内游客", change=YOY),
    S("和[[10.3%]]。", "10.3", "%", P, "exact", "旅游收入", change=YOY),
    S("消费券[[2000万元]]", "20000000", "元", M, "exact", "文旅消费券", currency=CNY),
    S("共有[[21.6万人]]报名", "216000", "人", C, "exact", "事业单位招聘报名人数"),
    S("工作人员[[1.05万名]]", "10500", "名", C, "exact", "拟招聘工作人员"),
    S("竞争比[[约为21∶1]]", "21", "∶1", O_, "about", "平均竞争比", OPT),                # a ratio
    S("报名人数为[[1332万人]]", "13320000", "人", C, "exact", "全国高考报名人数"),
]

EVENTS = [
    E("海关总署13日发布数据", "announcement", "发布", D13, organizers=["海关总署"]),
    E("组织80余家赣企赴东盟国家开拓市场", "visit", "赴", LATE7, organizers=["省商务厅"], opt=True),
    E("举办江西品牌商品展", "exhibition", "商品展", LATE7, location="吉隆坡、雅加达", organizers=["省商务厅"]),
    E("日本财务省13日公布", "announcement", "公布", D13, organizers=["日本财务省"]),
    E("日本银行发布的地区经济报告", "announcement", "发布", D13, organizers=["日本银行"]),
    E("加开旅客列车186列", "traffic", "加开", LATE7, location="京沪、京广、沪昆等干线", organizers=["铁路部门"]),
    E("派出6个工作组赴九江、上饶等地督导防汛工作", "inspection", "督导", D13, location="九江、上饶",
      organizers=["省水利厅"]),
    E("全省已转移安置群众1.3万人", "other", "转移安置", None, opt=True),
    E("公布一项总额25亿欧元", "policy", "公布", D13, organizers=["法国政府"]),
    E("援助资金将于9月起分批发放", "payout", "发放", month(2026, 9), opt=True),             # the plan's payout
    E("韩国统计厅13日公布", "announcement", "公布", D13, organizers=["韩国统计厅"]),
    E("美国财政部当地时间13日公布数据", "announcement", "公布", D13, organizers=["美国财政部"]),
    E("紧急预拨中央自然灾害救灾资金4.6亿元", "payout", "预拨", D13, organizers=["财政部", "应急管理部"]),
    E("国际直航航线13日首航", "launch", "首航", D13, location="南昌"),
    E("T1航站楼改造工程完工", "construction", "完工", D13, location="南昌昌北国际机场"),
    E("文旅消费季将于7月下旬在庐山启动", "activity", "启动", LATE7, location="庐山",
      theme="清凉江西·避暑胜地"),
    E("发放文旅消费券2000万元", "payout", "发放", LATE7, opt=True),                       # part of the season
    E("定于15日上午10时举行新闻发布会", "announcement", "新闻发布会", day("2026-07-15"),
      organizers=["国务院新闻办公室"]),
    E("13日发布公告", "announcement", "发布", D13, organizers=["省人力资源和社会保障厅"], opt=True),  # the exam told
    E("公开招聘笔试将于7月下旬举行", "exam", "笔试", LATE7, organizers=["省人力资源和社会保障厅"]),
    E("召开2026年普通高校招生录取工作视频会议", "meeting", "召开", D13, organizers=["教育部"]),
    E("本科批次录取将于7月中旬陆续展开", "other", "录取", MID7, opt=True),
]
