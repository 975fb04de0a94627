"""山城晚报 (重庆市), 2026-12-16 (a Wednesday): a `国内国际` wire page of a Chongqing evening paper.
Features: a column label; a kicker over a title (`国家统计局发布最新数据` / `11月份规上工业增加值…`) standing before
another item's body, its own body after it; eight 新华社 items (Beijing ×4, one with no reporter:
`新华社北京12月15日电  财政部…`; Chongqing ×2, Guiyang, Hanoi) and four 中新社 items (Chongqing ×2, Beijing ×2, one
with no reporter); datelines of the 15th and of the 16th (the day of publication); a paragraph broken after a comma
(`…同比增长6.7%，` | `增速高于全国4.1个百分点。…`) with two wire items between; a headline standing before another
item's body (`考研初试本周六开考` | the forum item | its body); a photo caption credited to an institution and a person
(`新华社记者 唐 奕 凡 摄`) between a headline and its body; a web item with its metadata line above the body
(`来源：山城晚报客户端  2026-12-15 21:48  责任编辑：谭 雪`: the editor is no writer) and its title after it; four
headlines after their bodies; six items without headline. One foreign dateline with a foreign currency (越南盾 with
`约合X亿元人民币`). Chongqing bodies written short (`市文化旅游委` → 重庆市文化和旅游发展委员会; `重庆市商务委`,
`重庆两江新区管委会`). Dates: `15日`/`16日` resolve with their datelines, `当天` = 12-15, `11月份`, `1至11月`,
`今年前11个月`/`前11个月`, `本周六` = 12-19 (a title, a web item of the 15th, a title), `本周五至下周一` = 12-18..12-21,
`12月26日零时`/`26日` (a title), `明年1月1日`, `明年一季度`, `2028年6月`, `明年2月底`, `12月19日至20日`; years inside
names (`2026西部陆海新通道…论坛`, `2027年全国硕士…考试`, `2026年国家医保药品目录`, `2026—2027重庆冰雪季`) optional.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "山城晚报"
PUBLISHED = "2026-12-16"
HOME = {"city": "重庆市"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("国家统计局发布最新数据", "headline", "W0"),              # kicker
    ("11月份规上工业", "headline", "W0"),                      # its body after the next item
    ("中新社重庆12月15日电（记者 钟", "body", "W1"),           # breaks after a comma
    ("新华社北京12月15日电（记者 韩", "body", "W0"),
    ("新华社河内", "body", "W2"),                              # no headline
    ("增速高于全国", "body", "W1"),                            # the rest of W1's paragraph
    ("重庆前11个月", "headline", "W1"),                        # after its body
    ("考研初试本周六", "headline", "W4"),                      # its body after the forum item
    ("新华社重庆12月15日电（记者 周", "body", "W3"),           # no headline
    ("中新社北京12月15日电  教育部", "body", "W4"),            # no reporter
    ("新华社北京12月16日电（记者 陆", "body", "W5"),
    ("26日起全国铁路", "headline", "W5"),                      # after its body
    ("新华社北京12月15日电（记者 魏", "body", "W6"),           # no headline
    ("重庆轨道交通27号线一期开通", "headline", "W7"),
    ("12月16日，乘客", "caption", "P0"),                       # 新华社记者 唐 奕 凡 摄
    ("新华社重庆12月16日电（记者 唐", "body", "W7"),
    ("中新社重庆12月15日电（记者 刘", "body", "W8"),
    ("储能电池项目落户", "headline", "W8"),                    # after its body
    ("新华社贵阳", "body", "W9"),                              # no headline
    ("中新社北京12月16日电（记者 杜", "body", "W10"),          # no headline
    ("新华社北京12月15日电  财政部", "body", "W11"),           # no headline, no reporter
    ("来源：山城晚报客户端", "byline", "W12"),                 # metadata line
    ("记者从市文化旅游委", "body", "W12"),
    ("重庆冰雪季本周六开幕", "headline", "W12"),               # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["韩佳诺"])),
    "W1": dict(byline=byline(reporters=["钟旖然"])),
    "W2": dict(byline=byline(reporters=["胡佳丽"])),
    "W3": dict(byline=byline(reporters=["周文冲"])),
    "W4": dict(),
    "W5": dict(byline=byline(reporters=["陆可欣"])),
    "W6": dict(byline=byline(reporters=["魏书涵"])),
    "W7": dict(byline=byline(reporters=["唐奕凡"])),
    "W8": dict(byline=byline(reporters=["刘相琳"])),
    "W9": dict(byline=byline(reporters=["吴思远"])),
    "W10": dict(byline=byline(reporters=["杜若楠"])),
    "W11": dict(),
    "W12": dict(),
}
JOINS = [("中新社重庆12月15日电（记者 钟", "增速高于全国")]
PHOTOS = {"P0": dict(photographers=["唐奕凡"], article="W7")}

D15, D16, D19, D26 = day("2026-12-15"), day("2026-12-16"), day("2026-12-19"), day("2026-12-26")
JAN_NOV = months(2026, 1, 11)
NOV = month(2026, 11)
LINES15 = ["（记者 钟", "（记者 韩", "（记者 周", "  教育部", "（记者 魏", "（记者 刘", "  财政部"]
LINES16 = ["（记者 陆", "（记者 唐", "（记者 杜"]
DATES = [D(f"[[12月15日]]电{c}", D15) for c in LINES15] + [D(f"[[12月16日]]电{c}", D16) for c in LINES16] + [
    D("河内[[12月15日]]电", D15),
    D("贵阳[[12月15日]]电", D15),
    D("\n[[11月份]]规上工业", NOV),
    D("记者[[15日]]从重庆市商务委", D15),
    D("，[[今年前11个月]]，重庆外贸", JAN_NOV),
    D("国家统计局[[15日]]发布", D15),
    D("，[[11月份]]，全国规模", NOV),
    D("；[[1至11月]]，全国固定", JAN_NOV),
    D("越南国家旅游局[[15日]]公布", D15),
    D("，[[今年前11个月]]越南", JAN_NOV),
    D("\n重庆[[前11个月]]外贸", JAN_NOV),
    D("考研初试[[本周六]]开考", D19),
    D("）[[2026]]西部陆海新通道", year(2026), OPT),                     # a year inside the forum's name
    D("合作论坛[[15日]]在重庆", D15),
    D("[[当天]]，论坛现场", D15),
    D("截至[[12月14日]]，今年", day("2026-12-14")),
    D("，[[今年]]通道铁海联运", year(2026)),
    D("教育部[[15日]]发布提示", D15),
    D("，[[2027年]]全国硕士", year(2027), OPT),                          # a year inside the exam's name
    D("将于[[12月19日至20日]]举行", day("2026-12-19", "2026-12-20")),
    D("有限公司[[16日]]宣布", D16),
    D("，[[12月26日零时]]起全国", D26),
    D("\n[[26日]]起全国铁路", D26),
    D("社会保障部[[15日]]公布", D15),
    D("公布[[2026年]]国家医保", year(2026), OPT),                         # a year inside the list's name
    D("将于[[明年1月1日]]起正式", day("2027-01-01")),
    D("\n[[12月16日]]，乘客", D16),
    D("一期工程[[16日]]开通", D16),
    D("有限公司[[15日]]签约", D15),
    D("预计[[明年一季度]]开工", quarter(2027, 1)),
    D("，[[2028年6月]]建成投产", month(2028, 6)),
    D("贵州段[[15日]]全线", D15),
    D("中央气象台[[16日6时]]继续", D16),
    D("，[[本周五至下周一]]，我国", day("2026-12-18", "2026-12-21")),
    D("财政部[[15日]]发布数据", D15),
    D("，[[1至11月]]，全国一般", JAN_NOV),
    D("客户端  [[2026-12-15]] 21:48", D15),
    D("，[[2026—2027]]重庆冰雪季", (span("2026-01-01", "2027-12-31"), "year"), OPT),   # years inside the name
    D("将于[[本周六]]在武隆", D19),
    D("持续至[[明年2月底]]", xun(2027, 2, 2)),
    D("冰雪季[[本周六]]开幕", D19),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
JYB = ["中华人民共和国教育部", "教育部"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月15日电（记者 韩", "河内", "重庆12月15日电", "北京12月16日电", "北京12月15日电（记者 魏",
    "重庆12月16日电", "贵阳", "北京12月15日电  财政部", "记者 唐")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
        "重庆12月15日电（记者 钟", "北京12月15日电", "重庆12月15日电（记者 刘", "北京12月16日电")] + [
    O("从[[重庆市商务委]]获悉", ["重庆市商务委员会", "重庆市商务委"], G),
    O("\n[[国家统计局]]发布最新数据", ["国家统计局", "中华人民共和国国家统计局"], G),
    O("）[[国家统计局]]15日", ["国家统计局", "中华人民共和国国家统计局"], G),
    O("）[[越南国家旅游局]]15日", ["越南国家旅游局"], G),
    O("据[[西部陆海新通道物流和运营组织中心]]统计", ["西部陆海新通道物流和运营组织中心"], IN),
    O("  [[教育部]]15日", JYB, G),
    O("。[[教育部]]要求", JYB, G),
    O("）[[中国国家铁路集团有限公司]]16日", ["中国国家铁路集团有限公司"], CO),
    O("）[[国家医保局]]、", ["国家医疗保障局", "国家医保局"], G),
    O("、[[人力资源社会保障部]]15日", ["中华人民共和国人力资源和社会保障部", "人力资源社会保障部"], G),
    O("）[[重庆两江新区管委会]]与", ["重庆两江新区管理委员会", "重庆两江新区管委会"], G),
    O("与[[华峡新能源科技股份有限公司]]15日", ["华峡新能源科技股份有限公司"], CO),
    O("）[[中央气象台]]16日", ["中央气象台"], IN),
    O("  [[财政部]]15日", ["中华人民共和国财政部", "财政部"], G),
    O("来源：[[山城晚报客户端]]", ["山城晚报客户端"], CO, OPT),                # a news app, a platform
    O("记者从[[市文化旅游委]]获悉", ["重庆市文化和旅游发展委员会", "重庆市文化旅游委"], G),
]

C, P, M, T, W, L, EN, TE, O_ = ("count", "percent", "money", "duration", "weight", "length", "energy",
                                 "temperature", "other")
CNY, VND = "CNY", "VND"
YOY = "上年同期"
STATS = [
    S("增加值增长[[5.4%]]\n", "5.4", "%", P, "exact", "规上工业增加值", change=up(YOY)),
    S("进出口总值[[7268.4亿元]]", "726840000000", "元", M, "exact", "重庆外贸进出口总值", currency=CNY),
    S("同比增长[[6.7%]]，\n", "6.7", "%", P, "exact", "重庆外贸进出口总值", change=up(YOY)),
    S("同比增长[[5.4%]]，社会", "5.4", "%", P, "exact", "全国规模以上工业增加值", change=up(YOY)),
    S("零售总额同比增长[[3.9%]]", "3.9", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("固定资产投资同比增长[[2.1%]]", "2.1", "%", P, "exact", "全国固定资产投资", change=up(YOY)),
    S("投资增长[[9.8%]]", "9.8", "%", P, "exact", "高技术产业投资", change=up(YOY)),
    S("国际游客[[约1960万人次]]", "19600000", "人次", C, "about", "越南接待国际游客"),
    S("同比增长[[16.8%]]", "16.8", "%", P, "exact", "越南接待国际游客", change=up(YOY)),
    S("总收入[[约890万亿越南盾]]", "890000000000000", "越南盾", M, "about", "越南旅游业总收入", currency=VND),
    S("（[[约合2460亿元人民币]]）", "246000000000", "元", M, "about", "越南旅游业总收入", currency=CNY),
    S("中国游客[[约510万人次]]", "5100000", "人次", C, "about", "越南接待中国游客"),
    S("高于全国[[4.1个百分点]]", "4.1", "个百分点", P, "exact", "重庆外贸进出口增速", change=up("全国")),
    S("东盟进出口[[1382.6亿元]]", "138260000000", "元", M, "exact", "重庆对东盟进出口", currency=CNY),
    S("，增长[[14.3%]]", "14.3", "%", P, "exact", "重庆对东盟进出口", change=up(YOY)),
    S("货值[[约1190亿元]]", "119000000000", "元", M, "about", "经中欧班列（成渝）进出口货值", currency=CNY),
    S("进出口增长[[6.7%]]\n", "6.7", "%", P, "exact", "重庆外贸进出口", change=up(YOY)),
    S("来自[[32个]]国家", "32", "个", C, "exact", "参会国家和地区"),
    S("地区的[[600余名]]嘉宾", "600", "名", C, "over", "参会嘉宾"),
    S("合作项目[[28个]]", "28", "个", C, "exact", "论坛现场签约合作项目"),
    S("金额[[约216亿元]]", "21600000000", "元", M, "about", "签约合作项目金额", currency=CNY),
    S("累计开行[[1.26万列]]", "12600", "列", C, "exact", "铁海联运班列开行"),
    S("同比增长[[11.2%]]", "11.2", "%", P, "exact", "铁海联运班列开行", change=up(YOY)),
    S("报考人数[[约368万人]]", "3680000", "人", C, "about", "全国考研报考人数"),
    S("旅客列车[[1.2万列以上]]", "12000", "列", C, "over", "安排开行旅客列车"),
    S("动车组列车[[14对]]", "14", "对", C, "exact", "重庆地区新增始发动车组列车"),
    S("新增药品[[108种]]", "108", "种", C, "exact", "医保目录新增药品"),
    S("肿瘤用药[[29种]]", "29", "种", C, "exact", "新增肿瘤用药"),
    S("平均降价[[63.4%]]", "63.4", "%", P, "exact", "新增药品价格", change=down()),
    S("全长[[约36.7公里]]", "36.7", "公里", L, "about", "27号线一期线路全长"),
    S("设车站[[14座]]", "14", "座", C, "exact", "车站"),
    S("运行时速[[160公里]]", "160", "公里", O_, "under", "最高运行时速", OPT),          # a cap
    S("里程达到[[约620公里]]", "620", "公里", L, "about", "重庆轨道交通运营里程"),
    S("投资[[约85亿元]]", "8500000000", "元", M, "about", "储能电池项目投资", currency=CNY),
    S("年产[[20吉瓦时]]", "20", "吉瓦时", EN, "exact", "储能电池项目年产能", OPT),       # a capacity in a description
    S("全长[[约345公里]]", "345", "公里", L, "about", "渝贵高铁全长"),
    S("设计时速[[350公里]]", "350", "公里", O_, "exact", "设计时速", OPT),               # a design figure
    S("最快[[1小时50分]]", "1.8333", "小时", T, "under", "重庆至贵阳最短用时", OPT),      # a best case
    S("下降[[8摄氏度左右]]", "8", "摄氏度", TE, "about", "中东部大部地区气温", change=down()),
    S("可达[[14摄氏度以上]]", "14", "摄氏度", TE, "over", "局地降温幅度"),
    S("预算收入[[20.36万亿元]]", "20360000000000", "元", M, "exact", "全国一般公共预算收入", currency=CNY),
    S("同比增长[[0.9%]]", "0.9", "%", P, "exact", "全国一般公共预算收入", change=up(YOY)),
    S("预算支出[[25.12万亿元]]", "25120000000000", "元", M, "exact", "全国一般公共预算支出", currency=CNY),
    S("同比增长[[3.4%]]", "3.4", "%", P, "exact", "全国一般公共预算支出", change=up(YOY)),
    S("全市[[14个]]滑雪场", "14", "个", C, "exact", "滑雪场、戏雪场"),
    S("惠民措施[[40余项]]", "40", "项", C, "over", "冰雪季惠民措施"),
]

EVENTS = [
    E("国家统计局15日发布数据", "announcement", "发布", D15, organizers=["国家统计局"]),
    E("越南国家旅游局15日公布", "announcement", "公布", D15, organizers=["越南国家旅游局"]),
    E("国际合作论坛15日在重庆开幕", "meeting", "论坛", D15, location="重庆", participants=["600余名嘉宾"]),
    E("论坛现场签约合作项目28个", "signing", "签约", D15, location="重庆"),
    E("累计开行1.26万列", "other", "开行", year(2026), opt=True),                          # a year summary
    E("教育部15日发布提示", "announcement", "发布", D15, organizers=["教育部"], opt=True),  # the exam told
    E("招生考试初试将于12月19日至20日举行", "exam", "考试", day("2026-12-19", "2026-12-20"), organizers=["教育部"]),
    E("中国国家铁路集团有限公司16日宣布", "announcement", "宣布", D16,
      organizers=["中国国家铁路集团有限公司"], opt=True),                                    # a report verb
    E("全国铁路实行新的列车运行图", "traffic", "实行", D26, organizers=["中国国家铁路集团有限公司"]),
    E("公布2026年国家医保药品目录调整结果", "announcement", "公布", D15,
      organizers=["国家医保局", "人力资源社会保障部"]),
    E("新版目录将于明年1月1日起正式实施", "policy", "实施", day("2027-01-01")),
    E("一期工程16日开通初期运营", "launch", "开通", D16, location="重庆"),
    E("华峡新能源科技股份有限公司15日签约", "signing", "签约", D15, organizers=["重庆两江新区管委会"],
      participants=["华峡新能源科技股份有限公司"]),
    E("预计明年一季度开工", "construction", "开工", quarter(2027, 1), opt=True),               # an expectation
    E("2028年6月建成投产", "construction", "建成投产", month(2028, 6), opt=True),             # a plan
    E("贵州段15日全线铺轨贯通", "construction", "铺轨贯通", D15, location="渝贵高速铁路贵州段"),
    E("继续发布寒潮蓝色预警", "announcement", "发布", D16, organizers=["中央气象台"]),
    E("财政部15日发布数据", "announcement", "发布", D15, organizers=["财政部"]),
    E("重庆冰雪季将于本周六在武隆仙女山开幕", "activity", "开幕", D19, location="武隆仙女山"),
    E("将陆续开放", "schedule", "开放", None, opt=True),                                     # no date of its own
]
