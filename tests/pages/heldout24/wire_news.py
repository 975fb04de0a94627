"""济南时报 (济南市, 山东省), 2025-12-19 (a Friday): a `国内国际` wire page.
Features: fifteen 新华社 items with `新华社X地12月X日电（记者 X X）` datelines (Beijing ×3, Jinan, Frankfurt, Tokyo,
Washington ×2, Qingdao, Guangzhou, Fuzhou, Harbin, Nanning, Urumqi, Hefei; one with two reporters `孙 立 平 张 雪`), two
web items with metadata lines (`来源：济南市教育局网站  发布时间：2025-12-18 16:30  编辑：赵 一 帆`: a byline line, the
editor is no writer; one under its headline, one with its headline after its body); a paragraph broken after a comma
(`…举办山东外贸新春对接会，` | `预计邀请境外采购商600家以上。`) with another item and its headline between; a column
label; headlines after their bodies and items with no headline. Currencies: 美元, 欧元, 日元 with `约合X亿元人民币`,
万亿元; `比上月加快0.3个百分点`, `低于市场预期0.2个百分点`, `上调0.1个百分点至2.7%`, `比上年减少约45万人`,
`下调25个基点`. `省商务厅`, `省文化和旅游厅` resolve with the home province. Dates: datelines, `18日`/`17日`, `上月`
(October, after `11月份`), `1至11月份`, `前11个月`, `明年1月上旬`, `12月24日`, `同日` (twice), `当天`, `12月20日`,
`12月20日至21日`, `19日`, `2026年9月`, metadata dates; `年内`, `冰雪季` and a year in an exam's name optional. `新华社`
in datelines, websites optional. Events: figures made public (announcement ×6), a rate cut in force and a subsidy scheme
approved (policy ×2), a trade fair and a monetary-policy meeting (meeting ×2), a port milestone (other), a railway
opened and a school to open (launch ×2), a tea expo and its signing, an ice park opening its season (schedule), a court
ruling, an exam, payouts ×2, train cancellations and a road traffic control (traffic ×2); plans, a year summary, a
forecast and `判处` after a ruling optional.

Written at main commit 3299cc7, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "济南时报"
PUBLISHED = "2025-12-19"
HOME = {"city": "济南市", "province": "山东省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京12月18日电（记者 王", "body", "W0"),            # no headline above: after its body
    ("11月份规上", "headline", "W0"),
    ("新华社济南", "body", "W1"),                              # breaks after a comma
    ("欧洲央行年内", "headline", "W2"),
    ("新华社法兰克福", "body", "W2"),
    ("预计邀请境外采购商", "body", "W1"),                      # the rest of W1's paragraph
    ("山东前11个月", "headline", "W1"),                        # after its body
    ("新华社北京12月18日电（记者 申", "body", "W3"),            # no headline
    ("新华社东京", "body", "W4"),                              # no headline
    ("新华社华盛顿12月17日", "body", "W5"),
    ("美国11月零售", "headline", "W5"),                        # after its body
    ("青岛港年集装箱", "headline", "W6"),
    ("新华社青岛", "body", "W6"),
    ("新华社广州", "body", "W7"),
    ("梅龙高铁开通运营", "headline", "W7"),                    # after its body
    ("新华社福州", "body", "W8"),                              # no headline
    ("新华社哈尔滨", "body", "W9"),                            # no headline
    ("新华社南宁", "body", "W10"),
    ("跨境电诈案", "headline", "W10"),                         # after its body
    ("新华社乌鲁木齐", "body", "W11"),                         # no headline
    ("世界银行上调", "headline", "W12"),
    ("新华社华盛顿12月18日", "body", "W12"),
    ("新华社北京12月18日电（记者 胡", "body", "W13"),          # no headline
    ("济南新东站片区", "headline", "W14"),
    ("来源：济南市教育局网站", "byline", "W14"),               # metadata line
    ("12月18日，济南市教育局", "body", "W14"),
    ("来源：大众网", "byline", "W15"),                         # metadata line
    ("记者从省文化和旅游厅", "body", "W15"),
    ("山东发放第二批", "headline", "W15"),                     # after its body
    ("新华社合肥", "body", "W16"),                              # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["王若溪"])),
    "W1": dict(byline=byline(reporters=["孙立平", "张雪"])),
    "W2": dict(byline=byline(reporters=["刘向阳"])),
    "W3": dict(byline=byline(reporters=["申铖"])),
    "W4": dict(byline=byline(reporters=["钱铮铮"])),
    "W5": dict(byline=byline(reporters=["高山"])),
    "W6": dict(byline=byline(reporters=["魏芳"])),
    "W7": dict(byline=byline(reporters=["陈嘉宁"])),
    "W8": dict(byline=byline(reporters=["张华迎"])),
    "W9": dict(byline=byline(reporters=["杨思琪"])),
    "W10": dict(byline=byline(reporters=["黄凯莹"])),
    "W11": dict(byline=byline(reporters=["顾煜"])),
    "W12": dict(byline=byline(reporters=["高山"])),
    "W13": dict(byline=byline(reporters=["胡浩"])),
    "W14": dict(),
    "W15": dict(),
    "W16": dict(byline=byline(reporters=["徐海涛"])),
}
JOINS = [("新华社济南", "预计邀请境外采购商")]
PHOTOS = {}

D18, D17, D20 = day("2025-12-18"), day("2025-12-17"), day("2025-12-18")
D20 = day("2025-12-20")
Y = year(2025)
M11 = month(2025, 11)
JAN_NOV = months(2025, 1, 11)
DATES = [D(f"[[12月18日]]电（记者 {c}", D18) for c in "王孙刘申钱魏陈张杨黄顾胡徐"] + [
    D("国家统计局[[18日]]发布", D18),
    D("数据，[[11月份]]，全国", M11),
    D("比[[上月]]加快", month(2025, 10)),
    D("；[[1至11月份]]，全国", JAN_NOV),
    D("\n[[11月份]]规上", M11),
    D("，[[今年前11个月]]，山东", JAN_NOV),
    D("将于[[明年1月上旬]]在济南", xun(2026, 1, 0)),
    D("欧洲央行[[年内]]第五次", Y, OPT),
    D("欧洲中央银行[[18日]]宣布", D18),
    D("自[[12月24日]]起生效", day("2025-12-24")),
    D("欧元区[[今年]]经济增长", Y),
    D("欧盟委员会[[同日]]批准", D18),
    D("山东[[前11个月]]外贸", JAN_NOV),
    D("财政部[[18日]]发布", D18),
    D("，[[1至11月]]，全国一般", JAN_NOV),
    D("日本财务省[[18日]]公布", D18),
    D("显示，[[11月]]日本贸易", M11),
    D("日本银行[[18日]]起召开", D18),
    D("[[12月17日]]电", D17),
    D("美国商务部[[17日]]公布", D17),
    D("，[[11月]]美国零售", M11),
    D("美国[[11月]]零售销售环比", M11),
    D("）[[18日]]，青岛港", D18),
    D("青岛港迎来[[今年]]第", Y),
    D("山东省港口集团[[明年]]计划", year(2026)),
    D("梅龙高铁[[18日]]正式", D18),
    D("博览会[[18日]]在福州", D18),
    D("开幕[[当天]]现场", D18),
    D("将于[[12月20日]]开园", D20),
    D("预计[[冰雪季]]接待", VAGUE, OPT),
    D("南宁市中级人民法院[[18日]]对", D18),
    D("中欧班列（乌鲁木齐）[[今年]]累计", Y),
    D("世界银行[[18日]]发布", D18),
    D("将[[2026年]]全球经济", year(2026)),
    D("并预计[[明年]]全球贸易额", year(2026)),
    D("）[[2026年]]全国硕士", year(2026), OPT),               # the year in an exam's name
    D("将于[[12月20日至21日]]举行", day("2025-12-20", "2025-12-21")),
    D("，[[今年]]报考人数", Y),
    D("比[[上年]]减少", year(2024)),
    D("发布时间：[[2025-12-18]] 16", D18),
    D("\n[[12月18日]]，济南市教育局", D18),
    D("将于[[2026年9月]]投入使用", month(2026, 9)),
    D("发布时间：[[2025-12-17]] 09", D17),
    D("将于[[12月20日]]起发放", D20),
    D("首批消费券于[[11月]]发放", M11),
    D("有限公司[[18日]]停运", D18),
    D("合肥段[[同日]]实施", D18),
    D("预计[[19日]]起陆续", day("2025-12-19")),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
XH = ["新华通讯社", "新华社"]
ECB = ["欧洲中央银行", "欧洲央行"]
SWT = ["山东省商务厅"]
CITIES = ["北京12月18日电（记者 王", "济南", "法兰克福", "北京12月18日电（记者 申", "东京", "华盛顿12月17日", "青岛",
          "广州", "福州", "哈尔滨", "南宁", "乌鲁木齐", "华盛顿12月18日", "北京12月18日电（记者 胡", "合肥"]
ORGS = [O(f"[[新华社]]{c}", XH, IN, OPT) for c in CITIES] + [
    O("）[[国家统计局]]18日", ["国家统计局"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("\n[[欧洲央行]]年内", ECB, G),
    O("）[[欧洲中央银行]]18日", ECB, G),
    O("。[[欧洲央行]]预计", ECB, G),
    O("。[[欧盟委员会]]同日", ["欧洲联盟委员会", "欧盟委员会"], G),
    O("）[[财政部]]18日", ["中华人民共和国财政部", "财政部"], G),
    O("）[[日本财务省]]18日", ["日本财务省"], G),
    O("。[[日本银行]]18日", ["日本银行"], G),
    O("）[[美国商务部]]17日", ["美国商务部"], G),
    O("\n[[青岛港]]年集装箱", ["山东港口青岛港集团有限公司", "青岛港"], CO, OPT),  # a port: a place as much as a body
    O("，[[青岛港]]迎来", ["山东港口青岛港集团有限公司", "青岛港"], CO, OPT),
    O("。[[山东省港口集团]]明年", ["山东省港口集团有限公司", "山东省港口集团"], CO),
    O("届[[哈尔滨冰雪大世界]]将于", ["哈尔滨冰雪大世界"], CO, OPT),                      # a park
    O("）[[南宁市中级人民法院]]18日", ["南宁市中级人民法院"], G),
    O("记者从[[中国国家铁路集团有限公司乌鲁木齐局]]获悉",
      ["中国国家铁路集团有限公司乌鲁木齐局", "中国铁路乌鲁木齐局集团有限公司"], CO),
    O("\n[[世界银行]]上调", ["世界银行"], IN),
    O("）[[世界银行]]18日", ["世界银行"], IN),
    O("。[[教育部]]要求", ["中华人民共和国教育部", "教育部"], G),
    O("来源：[[济南市教育局网站]]", ["济南市教育局网站"], IN, OPT),                          # a website
    O("，[[济南市教育局]]发布", ["济南市教育局"], G),
    O("的[[济南市新东站实验学校]]将于", ["济南市新东站实验学校"], IN),
    O("来源：[[大众网]]", ["大众网"], CO, OPT),                                              # a website
    O("记者从[[省文化和旅游厅]]获悉", ["山东省文化和旅游厅"], G),
    O("，[[中国铁路上海局集团有限公司]]18日", ["中国铁路上海局集团有限公司"], CO),
]

C, P, M, T, L, A, V, O_ = "count", "percent", "money", "duration", "length", "area", "volume", "other"
CNY, USD, EUR, JPY = "CNY", "USD", "EUR", "JPY"
STATS = [
    S("同比增长[[5.2%]]，比上月", "5.2", "%", P, "exact", "全国规模以上工业增加值", change=up("上年同期")),
    S("加快[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "规上工业增加值增速", change=up("上月")),
    S("（不含农户）[[46.8万亿元]]", "46800000000000", "元", M, "exact", "全国固定资产投资", currency=CNY),
    S("同比增长[[2.1%]]", "2.1", "%", P, "exact", "全国固定资产投资", change=up("上年同期")),
    S("增加值增长[[5.2%]]", "5.2", "%", P, "exact", "规上工业增加值", change=up()),
    S("进出口总值[[3.02万亿元]]", "3020000000000", "元", M, "exact", "山东货物贸易进出口总值", currency=CNY),
    S("同比增长[[6.3%]]", "6.3", "%", P, "exact", "山东货物贸易进出口总值", change=up("上年同期")),
    S("其中出口[[1.86万亿元]]", "1860000000000", "元", M, "exact", "出口", currency=CNY),
    S("占比达[[58.4%]]", "58.4", "%", P, "exact", "对共建“一带一路”国家进出口占比"),
    S("均下调[[25个基点]]", "25", "个基点", P, "exact", "三大关键利率", change=down()),
    S("利率降至[[1.75%]]", "1.75", "%", P, "exact", "存款机制利率"),
    S("经济增长[[1.3%]]", "1.3", "%", P, "exact", "欧元区经济", change=up()),
    S("总额[[45亿欧元]]", "4500000000", "欧元", M, "exact", "半导体产业补贴计划", currency=EUR),
    S("（[[约合372亿元人民币]]）", "37200000000", "元", M, "about", "半导体产业补贴计划", currency=CNY),
    S("境外采购商[[600家以上]]", "600", "家", C, "over", "邀请境外采购商"),
    S("外贸进出口超[[3万亿元]]", "3000000000000", "元", M, "over", "山东外贸进出口", currency=CNY),
    S("预算收入[[20.2万亿元]]", "20200000000000", "元", M, "exact", "全国一般公共预算收入", currency=CNY),
    S("同比增长[[0.8%]]", "0.8", "%", P, "exact", "全国一般公共预算收入", change=up("上年同期")),
    S("预算支出[[8.9万亿元]]", "8900000000000", "元", M, "exact", "全国政府性基金预算支出", currency=CNY),
    S("同比增长[[11.2%]]", "11.2", "%", P, "exact", "全国政府性基金预算支出", change=up("上年同期")),
    S("贸易逆差为[[3218亿日元]]", "321800000000", "日元", M, "exact", "日本贸易逆差", currency=JPY),
    S("（[[约合153亿元人民币]]）", "15300000000", "元", M, "about", "日本贸易逆差", currency=CNY),
    S("同比增长[[4.1%]]", "4.1", "%", P, "exact", "日本出口额", change=up("上年同期")),
    S("达[[9.35万亿日元]]", "9350000000000", "日元", M, "exact", "日本出口额", currency=JPY),
    S("为期[[两天]]", "2", "天", T, "exact", "货币政策会议会期"),
    S("上调至[[0.75%]]", "0.75", "%", P, "exact", "日本银行政策利率", change=up()),
    S("零售销售额为[[7350亿美元]]", "735000000000", "美元", M, "exact", "美国零售销售额", currency=USD),
    S("环比增长[[0.4%]]，低于", "0.4", "%", P, "exact", "美国零售销售额", change=up("上月")),
    S("低于市场预期[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "美国零售销售额增幅", change=down("市场预期")),
    S("零售销售环比增长[[0.4%]]\n", "0.4", "%", P, "exact", "美国零售销售", change=up("上月")),
    S("吞吐量突破[[3000万标准箱]]\n", "30000000", "标准箱", C, "over", "青岛港年集装箱吞吐量"),
    S("吞吐量突破[[3000万标准箱]]的港口", "30000000", "标准箱", C, "over", "青岛港年集装箱吞吐量"),
    S("集装箱航线[[20条以上]]", "20", "条", C, "over", "新开集装箱航线"),
    S("全长[[约196公里]]", "196", "公里", L, "about", "梅龙高铁线路全长"),
    S("设计时速[[350公里]]", "350", "公里", O_, "exact", "设计时速"),
    S("动车组列车[[42对]]", "42", "对", C, "exact", "每日开行动车组列车"),
    S("最快[[约3小时]]", "3", "小时", T, "about", "广州至龙岩最快用时"),
    S("展览面积[[4.5万平方米]]", "45000", "平方米", A, "exact", "博览会展览面积"),
    S("境内外[[1200余家]]企业", "1200", "家", C, "over", "参展企业"),
    S("签约项目[[36个]]", "36", "个", C, "exact", "现场签约项目"),
    S("签约金额[[约82亿元]]", "8200000000", "元", M, "about", "签约金额", currency=CNY),
    S("总面积[[约100万平方米]]", "1000000", "平方米", A, "about", "冰雪大世界园区总面积"),
    S("用冰用雪量达[[30万立方米]]", "300000", "立方米", V, "exact", "用冰用雪量"),
    S("接待游客[[超过300万人次]]", "3000000", "人次", C, "over", "冰雪季接待游客"),
    S("一审宣判，[[21名]]被告人", "21", "名", C, "exact", "被告人"),
    S("判处[[三年至十五年]]", "3", "年", T, "exact", "有期徒刑", OPT),                     # a sentence
    S("涉案金额[[逾2.3亿元]]", "230000000", "元", M, "over", "涉案金额", currency=CNY),
    S("电诈案[[21名]]被告人", "21", "名", C, "exact", "获刑被告人"),
    S("累计开行突破[[1800列]]", "1800", "列", C, "over", "中欧班列（乌鲁木齐）开行"),
    S("运送货物[[约19万标箱]]", "190000", "标箱", C, "about", "运送货物"),
    S("货值[[约65亿美元]]", "6500000000", "美元", M, "about", "货值", currency=USD),
    S("同比增长[[12.6%]]", "12.6", "%", P, "exact", "货值", change=up("上年同期")),
    S("上调[[0.1个百分点]]", "0.1", "个百分点", P, "exact", "2026年全球经济增长预期", change=up()),
    S("至[[2.7%]]", "2.7", "%", P, "exact", "2026年全球经济增长预期"),
    S("增长[[约3%]]", "3", "%", P, "about", "明年全球贸易额", change=up()),
    S("报考人数[[约343万人]]", "3430000", "人", C, "about", "硕士研究生招生考试报考人数"),
    S("减少[[约45万人]]", "450000", "人", C, "about", "报考人数", change=down("上年")),
    S("教学班[[54个]]", "54", "个", C, "exact", "设置教学班"),
    S("提供学位[[2430个]]", "2430", "个", C, "exact", "可提供学位"),
    S("项目总投资[[约4.6亿元]]", "460000000", "元", M, "about", "项目总投资", currency=CNY),
    S("总额[[2000万元]]", "20000000", "元", M, "exact", "第二批文旅消费券总额", currency=CNY),
    S("最高面额[[100元]]", "100", "元", M, "exact", "单张最高面额", currency=CNY),
    S("覆盖全省[[16市]]", "16", "市", C, "exact", "覆盖的市", OPT),                          # a count of places
    S("共核销[[1520万元]]", "15200000", "元", M, "exact", "首批消费券核销", currency=CNY),
    S("拉动消费[[约1.8亿元]]", "180000000", "元", M, "about", "拉动消费", currency=CNY),
    S("动车组列车共[[36列]]", "36", "列", C, "exact", "停运动车组列车"),
]

EVENTS = [
    E("国家统计局18日发布数据", "announcement", "发布", D18, organizers=["国家统计局"]),
    E("在济南举办山东外贸新春对接会", "meeting", "对接会", xun(2026, 1, 0), location="济南", organizers=["省商务厅"]),
    E("将三大关键利率均下调25个基点", "policy", "下调", day("2025-12-24"), organizers=["欧洲中央银行"]),
    E("批准一项总额45亿欧元", "policy", "批准", D18, organizers=["欧盟委员会"]),
    E("财政部18日发布数据", "announcement", "发布", D18, organizers=["财政部"]),
    E("日本财务省18日公布", "announcement", "公布", D18, organizers=["日本财务省"]),
    E("召开为期两天的货币政策会议", "meeting", "召开", day("2025-12-18", "2025-12-19"), organizers=["日本银行"]),
    E("美国商务部17日公布", "announcement", "公布", D17, organizers=["美国商务部"]),
    E("青岛港迎来今年第3000万个标准箱", "other", "迎来", D18, location="青岛港"),
    E("明年计划新开集装箱航线", "launch", "新开", year(2026), opt=True),                       # a plan
    E("梅龙高铁18日正式开通运营", "launch", "开通", D18),
    E("博览会18日在福州海峡国际会展中心开幕", "exhibition", "开幕", D18, location="福州海峡国际会展中心"),
    E("现场签约项目36个", "signing", "签约", D18),
    E("将于12月20日开园", "schedule", "开园", D20, location="哈尔滨"),
    E("一审宣判", "legal", "宣判", D18, organizers=["南宁市中级人民法院"]),
    E("分别被判处三年至十五年", "legal", "判处", D18, opt=True),                                # the ruling told again
    E("今年累计开行突破1800列", "other", "开行", Y, opt=True),                                   # a year summary
    E("世界银行18日发布报告", "announcement", "发布", D18, organizers=["世界银行"]),
    E("招生考试初试将于12月20日至21日举行", "exam", "考试", day("2025-12-20", "2025-12-21")),
    E("济南市教育局发布消息", "announcement", "发布", D18, organizers=["济南市教育局"]),
    E("将于2026年9月投入使用", "launch", "投入使用", month(2026, 9), location="历城区"),
    E("将于12月20日起发放第二批文旅消费券", "payout", "发放", D20, location="山东", organizers=["省文化和旅游厅"]),
    E("首批消费券于11月发放", "payout", "发放", M11),
    E("停运合肥至武汉方向部分动车组列车", "traffic", "停运", D18, organizers=["中国铁路上海局集团有限公司"]),
    E("同日实施临时交通管制", "traffic", "交通管制", D18, location="沪蓉高速公路合肥段"),
    E("预计19日起陆续恢复运行", "traffic", "恢复运行", day("2025-12-19"), opt=True),          # a forecast
]
