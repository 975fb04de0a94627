"""南宁日报 (南宁市, 广西壮族自治区), 2025-12-17 (a Wednesday): a `国内国际` wire page.
Features: a column label; fourteen 新华社 items (Beijing ×5, Nanning ×4, Bangkok, Guilin, Brussels, Hanoi, Tokyo,
Washington; one with two reporters, one with no reporter), two web items with metadata lines (`来源：中新网  发布时间：…
编辑：韦 晓 丹` under its title; `来源：广西新闻网 …` above its body, its title after it); a join after a comma
(`…举办中国—东盟跨境电商对接会，` | `计划邀请东盟国家采购商300家以上。`) with the Bangkok item between; headlines after
their bodies; eleven items without headline. Province-level bodies written short (`自治区商务厅`, `自治区发展改革委`,
`自治区公安厅交通警察总队`, `自治区农业农村厅`) resolve with the home region. Foreign money with conversions (美元,
泰铢, 欧元 `约合X亿元人民币`). Dates: `16日` = 12-16, `本周六` = 12-20 (a title), `17日至19日`, `18日至19日`,
`明年1月中旬`, `明年3月底`, `2026年底`, `上月`, `1至11月份`.

Written at main commit 5a6f50a, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "南宁日报"
PUBLISHED = "2025-12-17"
HOME = {"city": "南宁市", "province": "广西壮族自治区"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京12月16日电（记者 李", "body", "W0"),
    ("11月份社会消费品", "headline", "W0"),                   # after its body
    ("新华社南宁12月16日电（记者 覃", "body", "W1"),          # breaks after a comma
    ("新华社曼谷", "body", "W2"),                             # no headline
    ("计划邀请东盟", "body", "W1"),                           # the rest of W1's paragraph
    ("广西前11个月", "headline", "W1"),                       # after its body
    ("新华社南宁12月16日电（记者 庞", "body", "W3"),          # no headline
    ("新华社北京12月16日电（记者 胡 浩", "body", "W4"),
    ("研考本周六", "headline", "W4"),                         # after its body
    ("新华社北京12月16日电（记者 申", "body", "W5"),          # no headline
    ("新华社桂林", "body", "W6"),                             # no headline
    ("新华社布鲁塞尔", "body", "W7"),
    ("欧盟批准", "headline", "W7"),                           # after its body
    ("新华社河内", "body", "W8"),                             # no headline
    ("新华社南宁12月16日电（记者 卢", "body", "W9"),          # no headline
    ("新华社东京", "body", "W10"),                            # no headline
    ("南宁地铁5号线", "headline", "W11"),
    ("来源：中新网", "byline", "W11"),                        # metadata line
    ("南宁轨道交通", "body", "W11"),
    ("新华社北京12月16日电（记者 姜", "body", "W12"),         # no headline
    ("来源：广西新闻网", "byline", "W13"),                    # metadata line
    ("受强冷空气影响", "body", "W13"),
    ("桂北高速", "headline", "W13"),                          # after its body
    ("新华社南宁12月16日电（记者 何", "body", "W14"),         # no headline
    ("新华社华盛顿", "body", "W15"),                          # no headline
    ("新华社北京12月16日电  国务院", "body", "W16"),           # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["李晓婷"])),
    "W1": dict(byline=byline(reporters=["覃星星", "黄耀漫"])),
    "W2": dict(byline=byline(reporters=["王腾"])),
    "W3": dict(byline=byline(reporters=["庞革平"])),
    "W4": dict(byline=byline(reporters=["胡浩"])),
    "W5": dict(byline=byline(reporters=["申铖"])),
    "W6": dict(byline=byline(reporters=["曹祎铭"])),
    "W7": dict(byline=byline(reporters=["康逸"])),
    "W8": dict(byline=byline(reporters=["胡佳丽"])),
    "W9": dict(byline=byline(reporters=["卢羡婷"])),
    "W10": dict(byline=byline(reporters=["岳晨星"])),
    "W11": dict(), "W12": dict(byline=byline(reporters=["姜琳"])), "W13": dict(),
    "W14": dict(byline=byline(reporters=["何伟"])),
    "W15": dict(byline=byline(reporters=["高攀"])),
    "W16": dict(),
}
JOINS = [("新华社南宁12月16日电（记者 覃", "计划邀请东盟")]
PHOTOS = {}

D16, D15 = day("2025-12-16"), day("2025-12-15")
M11 = month(2025, 11)
JAN_NOV = months(2025, 1, 11)
LINES16 = ["李", "覃", "王", "庞", "胡 浩", "申", "曹", "胡 佳", "卢", "岳", "姜", "何", "高"]
DATES = [D(f"[[12月16日]]电（记者 {c}", D16) for c in LINES16] + [
    D("[[12月16日]]电  国务院", D16),
    D("[[12月15日]]电（记者 康", D15),
    D("国家统计局[[16日]]发布", D16),
    D("数据，[[11月份]]，全国", M11),
    D("比[[上月]]回落", month(2025, 10)),
    D("；[[1至11月份]]，全国", JAN_NOV),
    D("\n[[11月份]]社会消费品", M11),
    D("，[[今年前11个月]]，广西", JAN_NOV),
    D("将于[[明年1月中旬]]在南宁", xun(2026, 1, 1)),
    D("泰国商务部[[16日]]公布", D16),
    D("，[[今年1至11月]]泰国", JAN_NOV),
    D("泰国政府[[同日]]批准", D16),
    D("广西[[前11个月]]对东盟", JAN_NOV),
    D("主体工程[[16日]]完工", D16),
    D("将于[[2026年底]]具备", xun(2026, 12, 2)),
    D("教育部[[16日]]通报", D16),
    D("，[[2026年]]全国硕士", year(2026), OPT),                     # a year inside the exam's name
    D("将于[[12月20日至21日]]举行", day("2025-12-20", "2025-12-21")),
    D("研考[[本周六]]开考", day("2025-12-20")),
    D("财政部[[16日]]下达", D16),
    D("下达[[2026年]]中央财政", year(2026), OPT),                   # a year inside a budget's name
    D("较[[上年]]增加4.3亿元", year(2025), OPT),                     # the year before the budget's
    D("国际航线[[16日]]首航", D16),
    D("机场[[今年]]开通", year(2025)),
    D("欧盟委员会[[15日]]宣布", D15),
    D("有关部门[[16日]]在河内", D16),
    D("高级人民法院[[16日]]对", D16),
    D("将于[[18日至19日]]召开", day("2025-12-18", "2025-12-19")),
    D("日本总务省[[16日]]公布", D16),
    D("，[[11月]]日本核心", M11),
    D("发布时间：[[2025-12-16]] 17", D16),
    D("二期工程[[16日]]开工", D16),
    D("预计[[2029年]]建成", year(2029)),
    D("教育部[[16日]]联合", D16),
    D("启动[[2026届]]高校", year(2026), OPT),                       # a graduating class
    D("，[[明年3月底]]前", xun(2026, 3, 2)),
    D("发布时间：[[2025-12-16]] 21", D16),
    D("交通警察总队[[16日]]发布", D16),
    D("，[[17日至19日]]，桂北", day("2025-12-17", "2025-12-19")),
    D("，[[2025/2026年榨季]]广西", VAGUE, OPT),
    D("美国劳工部[[16日]]公布", D16),
    D("，[[11月]]美国非农", M11),
    D("比[[上月]]上升", month(2025, 10)),
    D("国务院办公厅[[日前]]印发", VAGUE, OPT),
    D("提出到[[2027年]]培育", year(2027)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
SWT = ["广西壮族自治区商务厅"]
JYB = ["中华人民共和国教育部", "教育部"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月16日电（记者 李", "南宁12月16日电（记者 覃", "曼谷", "南宁12月16日电（记者 庞",
    "北京12月16日电（记者 胡 浩", "北京12月16日电（记者 申", "桂林", "布鲁塞尔", "河内", "南宁12月16日电（记者 卢",
    "东京", "北京12月16日电（记者 姜", "南宁12月16日电（记者 何", "华盛顿", "北京12月16日电  国务院")] + [
    O("）[[国家统计局]]16日", ["国家统计局"], G),
    O("记者从[[自治区商务厅]]获悉", SWT, G),
    O("。[[自治区商务厅]]将于", SWT, G),
    O("）[[泰国商务部]]16日", ["泰国商务部"], G),
    O("。[[泰国政府]]同日", ["泰国政府"], G),
    O("。[[自治区发展改革委]]介绍", ["广西壮族自治区发展和改革委员会"], G),
    O("）[[教育部]]16日通报", JYB, G),
    O("）[[财政部]]16日", ["中华人民共和国财政部", "财政部"], G),
    O("这是[[桂林两江国际机场]]今年", ["桂林两江国际机场"], CO),
    O("）[[欧盟委员会]]15日", ["欧洲联盟委员会", "欧盟委员会"], G),
    O("）[[广西壮族自治区高级人民法院]]16日", ["广西壮族自治区高级人民法院"], G),
    O("）[[日本银行]]将于", ["日本银行"], G),
    O("。[[日本总务省]]16日", ["日本总务省"], G),
    O("来源：[[中新网]]", ["中国新闻网", "中新网"], CO, OPT),                          # a website
    O("）[[人力资源社会保障部]]、", ["中华人民共和国人力资源和社会保障部", "人力资源社会保障部"], G),
    O("、[[教育部]]16日联合", JYB, G),
    O("来源：[[广西新闻网]]", ["广西新闻网"], CO, OPT),                                # a website
    O("，[[自治区公安厅交通警察总队]]16日", ["广西壮族自治区公安厅交通警察总队"], G),
    O("记者从[[自治区农业农村厅]]获悉", ["广西壮族自治区农业农村厅"], G),
    O("）[[美国劳工部]]16日", ["美国劳工部"], G),
    O("  [[国务院办公厅]]日前", ["中华人民共和国国务院办公厅", "国务院办公厅"], G),
]

C, P, M, T, W, L, O_ = "count", "percent", "money", "duration", "weight", "length", "other"
CNY, USD, EUR, THB = "CNY", "USD", "EUR", "THB"
STATS = [
    S("零售总额[[4.39万亿元]]", "4390000000000", "元", M, "exact", "全国社会消费品零售总额", currency=CNY),
    S("同比增长[[3.1%]]，比上月", "3.1", "%", P, "exact", "社会消费品零售总额", change=up("上年同期")),
    S("回落[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "社会消费品零售总额增速", change=down("上月")),
    S("服务零售额同比增长[[5.4%]]", "5.4", "%", P, "exact", "全国服务零售额", change=up("上年同期")),
    S("总额同比增长[[3.1%]]\n", "3.1", "%", P, "exact", "社会消费品零售总额", change=up("上年同期")),
    S("进出口总值[[3826.5亿元]]", "382650000000", "元", M, "exact", "广西对东盟进出口总值", currency=CNY),
    S("同比增长[[12.7%]]，占", "12.7", "%", P, "exact", "广西对东盟进出口总值", change=up("上年同期")),
    S("外贸总值的[[48.3%]]", "48.3", "%", P, "exact", "对东盟进出口占全区外贸总值比重"),
    S("出口额达[[2980亿美元]]", "298000000000", "美元", M, "exact", "泰国出口额", currency=USD),
    S("（[[约合2.1万亿元人民币]]）", "2100000000000", "元", M, "about", "泰国出口额", currency=CNY),
    S("同比增长[[11.5%]]", "11.5", "%", P, "exact", "泰国出口额", change=up("上年同期")),
    S("总额[[800亿泰铢]]", "80000000000", "泰铢", M, "exact", "农民补贴计划总额", currency=THB),
    S("（[[约合176亿元人民币]]）", "17600000000", "元", M, "about", "农民补贴计划总额", currency=CNY),
    S("最多可领取[[3万泰铢]]", "30000", "泰铢", M, "under", "每户农民补贴上限", OPT, currency=THB),   # a cap
    S("采购商[[300家以上]]", "300", "家", C, "over", "邀请东盟国家采购商"),
    S("进出口增长[[12.7%]]\n", "12.7", "%", P, "exact", "广西对东盟进出口", change=up("上年同期")),
    S("通过能力[[约8900万吨]]", "89000000", "吨", W, "about", "船闸设计年通过能力"),
    S("报考人数为[[388万人]]", "3880000", "人", C, "exact", "全国研考报考人数"),
    S("设考点[[1020个]]", "1020", "个", C, "exact", "研考考点"),
    S("资金预算[[1680亿元]]", "168000000000", "元", M, "exact", "衔接推进乡村振兴补助资金预算", currency=CNY),
    S("广西获得[[96.2亿元]]", "9620000000", "元", M, "exact", "广西获得补助资金", currency=CNY),
    S("增加[[4.3亿元]]", "430000000", "元", M, "exact", "广西获得补助资金", change=up("上年"), currency=CNY),
    S("每周执飞[[4班]]", "4", "班", C, "exact", "每周航班"),
    S("总额[[32亿欧元]]（", "3200000000", "欧元", M, "exact", "氢能产业国家援助计划总额", currency=EUR),
    S("（[[约合265亿元人民币]]）", "26500000000", "元", M, "about", "氢能产业国家援助计划总额", currency=CNY),
    S("支持[[7个]]成员国", "7", "个", C, "exact", "获支持的成员国"),
    S("产能[[约5吉瓦]]", "5", "吉瓦", O_, "about", "电解槽产能"),
    S("批准[[32亿欧元]]氢能", "3200000000", "欧元", M, "exact", "氢能援助计划总额", currency=EUR),
    S("，[[17名]]被告人", "17", "名", C, "exact", "被告人"),
    S("判处[[二年至十三年]]不等", "2", "年", T, "exact", "有期徒刑", OPT),            # sentences
    S("涉案金额[[逾4.6亿元]]", "460000000", "元", M, "over", "涉案金额", currency=CNY),
    S("同比上涨[[2.9%]]", "2.9", "%", P, "exact", "日本核心消费价格指数", change=up("上年同期")),
    S("连续[[44个月]]", "44", "个月", T, "exact", "核心消费价格指数高于2%的时长"),
    S("个月高于[[2%]]", "2", "%", P, "exact", "核心消费价格指数涨幅基准"),
    S("全长[[约11.3公里]]", "11.3", "公里", L, "about", "5号线二期线路全长"),
    S("设车站[[8座]]", "8", "座", C, "exact", "车站"),
    S("总投资[[约96亿元]]", "9600000000", "元", M, "about", "5号线二期总投资", currency=CNY),
    S("招聘活动[[1.2万场]]", "12000", "场", C, "exact", "计划举办招聘活动"),
    S("岗位[[超过1000万个]]", "10000000", "个", C, "over", "提供岗位"),
    S("广西[[88家]]糖厂", "88", "家", C, "exact", "开榨糖厂"),
    S("产糖[[620万吨以上]]", "6200000", "吨", W, "over", "全区产糖"),
    S("收入[[约480亿元]]", "48000000000", "元", M, "about", "蔗农收入", currency=CNY),
    S("新增就业[[6.4万人]]", "64000", "人", C, "exact", "美国非农部门新增就业"),
    S("失业率升至[[4.6%]]", "4.6", "%", P, "exact", "美国失业率"),
    S("上升[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "美国失业率", change=up("上月")),
]

EVENTS = [
    E("国家统计局16日发布数据", "announcement", "发布", D16, organizers=["国家统计局"]),
    E("在南宁举办中国—东盟跨境电商对接会", "meeting", "对接会", xun(2026, 1, 1), location="南宁",
      organizers=["自治区商务厅"]),
    E("泰国商务部16日公布", "announcement", "公布", D16, organizers=["泰国商务部"]),
    E("批准一项总额800亿泰铢", "policy", "批准", D16, organizers=["泰国政府"]),
    E("船闸主体工程16日完工", "construction", "完工", D16, location="平陆运河青年枢纽"),
    E("全线将于2026年底具备通航条件", "launch", "通航", xun(2026, 12, 2), opt=True),              # a plan
    E("教育部16日通报", "announcement", "通报", D16, organizers=["教育部"], opt=True),            # the exam told
    E("招生考试将于12月20日至21日举行", "exam", "考试", day("2025-12-20", "2025-12-21"), organizers=["教育部"]),
    E("财政部16日下达", "payout", "下达", D16, organizers=["财政部"]),
    E("国际航线16日首航", "launch", "首航", D16, location="桂林"),
    E("批准一项总额32亿欧元", "policy", "批准", D15, organizers=["欧盟委员会"]),
    E("签署东兴—芒街跨境经济合作区建设合作协议", "signing", "签署", D16, location="河内",
      organizers=["中越两国有关部门"]),
    E("二审宣判", "legal", "宣判", D16, organizers=["广西壮族自治区高级人民法院"]),
    E("将于18日至19日召开货币政策会议", "meeting", "召开", day("2025-12-18", "2025-12-19"),
      organizers=["日本银行"]),
    E("日本总务省16日公布", "announcement", "公布", D16, organizers=["日本总务省"]),
    E("二期工程16日开工", "construction", "开工", D16, location="南宁"),
    E("联合启动2026届高校毕业生就业服务季活动", "recruitment", "启动", D16,
      organizers=["人力资源社会保障部", "教育部"]),
    E("实施临时交通管制", "traffic", "交通管制", day("2025-12-17", "2025-12-19"), location="桂北",
      organizers=["自治区公安厅交通警察总队"]),
    E("已全面开榨", "production", "开榨", None, location="广西", participants=["88家糖厂"]),
    E("美国劳工部16日公布", "announcement", "公布", D16, organizers=["美国劳工部"]),
    E("国务院办公厅日前印发", "policy", "印发", None, organizers=["国务院办公厅"]),
]
