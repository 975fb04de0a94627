"""海口晚报 (海口市, 海南省), 2026-12-15 (a Tuesday): a `国内国际` wire page.
Features: the column label `国内国际` on the last line (extracted after the items); seven 新华社 items (Beijing ×4,
one without reporter; Haikou ×2; Kuala Lumpur) and five 中新社 items (Haikou ×3, Beijing without reporter, Sanya),
every dateline `12月14日电`; a join after a comma (`…举行新闻发布会，` | `系统介绍封关一周年政策落地成效。`) with the
Kuala Lumpur item between, the joined item's headline after both halves; a web item with its title first and the
metadata line under it (`来源：南海网  发布时间：2026-12-14 21:06  编辑：李 想`: the editor is no writer); four
headlines after their bodies, three before (and the web item's title); five items without headline. Foreign money
(`1385亿林吉特`, `约合2285亿元人民币`). Short forms resolve with the paper's home: `省交通运输厅` → 海南省交通运输厅,
`市住房保障和房产管理局` → 海口市住房保障和房产管理局. Dates: day numbers `14日` (×10), `13日晚`, `15日至17日`,
headline `18日`/`26日`, a one-character headline `明` = 12-16, `今年前11个月`/`前11个月`, `10月`, `截至11月30日`,
`本月中下旬` (12-11..12-31, xun), `明年1月1日`, `12月26日零时`, `14日7时`/`14日6时` (day mentions), the web item's
`2026-12-14`.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, month, months, span, up, year

PAPER = "海口晚报"
PUBLISHED = "2026-12-15"
HOME = {"city": "海口市", "province": "海南省"}

LAYOUT = [
    ("新华社北京12月14日电（记者 邬", "body", "W0"),
    ("前11个月全国", "headline", "W0"),                        # after its body
    ("中新社海口12月14日电（记者 符", "body", "W1"),           # breaks after a comma
    ("新华社吉隆坡", "body", "W2"),                            # no headline
    ("系统介绍封关", "body", "W1"),                            # the rest of W1's paragraph
    ("海南封关运作以来", "headline", "W1"),                    # after both halves
    ("冬交会18日", "headline", "W3"),
    ("新华社海口12月14日电（记者 柯", "body", "W3"),
    ("中新社北京", "body", "W4"),                              # no headline, no reporter
    ("新华社北京12月14日电（记者 秦", "body", "W5"),
    ("铁路26日起调图", "headline", "W5"),                      # after its body
    ("琼州海峡因雾停航", "headline", "W6"),
    ("中新社海口12月14日电（记者 邢", "body", "W6"),
    ("新华社北京12月14日电（记者 温", "body", "W7"),           # no headline
    ("中新社三亚", "body", "W8"),
    ("“金椰奖”揭晓", "headline", "W8"),                        # after its body
    ("新华社北京12月14日电  中央气象台", "body", "W9"),         # no headline, no reporter
    ("新华社海口12月14日电（记者 吉", "body", "W10"),          # no headline
    ("海口公租房", "headline", "W11"),                         # the web item's title
    ("来源：南海网", "byline", "W11"),                         # metadata line
    ("市住房保障和房产管理局", "body", "W11"),
    ("自贸港国际投资者大会开幕", "headline", "W12"),
    ("中新社海口12月14日电（记者 汤", "body", "W12"),
    ("国内国际", "label", "W12"),                              # the page's column label, extracted last
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["邬嘉禾"])),
    "W1": dict(byline=byline(reporters=["符晶"])),
    "W2": dict(byline=byline(reporters=["黎家豪"])),
    "W3": dict(byline=byline(reporters=["柯远航"])),
    "W4": dict(),
    "W5": dict(byline=byline(reporters=["秦朗"])),
    "W6": dict(byline=byline(reporters=["邢舒雅"])),
    "W7": dict(byline=byline(reporters=["温晓岚"])),
    "W8": dict(byline=byline(reporters=["麦子轩"])),
    "W9": dict(),
    "W10": dict(byline=byline(reporters=["吉承宇"])),
    "W11": dict(),
    "W12": dict(byline=byline(reporters=["汤一鸣"])),
}
JOINS = [("中新社海口12月14日电（记者 符", "系统介绍封关")]
PHOTOS = {}

D13, D14, D16, D18, D26 = (day(f"2026-12-{d}") for d in (13, 14, 16, 18, 26))
JAN_NOV = months(2026, 1, 11)
Y26 = year(2026)
LINES = ["（记者 邬", "（记者 符", "（记者 黎", "（记者 柯", "  教育部", "（记者 秦", "（记者 邢", "（记者 温",
         "（记者 麦", "  中央气象台", "（记者 吉", "（记者 汤"]
DATES = [D(f"[[12月14日]]电{c}", D14) for c in LINES] + [
    D("财政部[[14日]]公布", D14),
    D("，[[今年前11个月]]，全国", JAN_NOV),
    D("\n[[前11个月]]全国", JAN_NOV),
    D("海口海关[[14日]]发布", D14),
    D("截至[[11月30日]]", day("2026-11-30")),
    D("将于[[12月18日]]封关", D18),
    D("统计局[[14日]]公布", D14),
    D("公布，[[10月]]马来西亚", month(2026, 10)),
    D("冬交会[[18日]]在海口", D18),
    D("记者[[14日]]从海南省", D14),
    D("获悉，[[2026]]中国（海南）", Y26, OPT),   # in the fair's name
    D("农产品[[冬季]]交易会", (span("2026-12-01", "2027-02-28"), "season"), OPT),             # in the fair's name
    D("将于[[12月18日至21日]]在", day("2026-12-18", "2026-12-21")),
    D("教育部[[14日]]发布", D14),
    D("，[[2027年]]全国硕士", year(2027), OPT),               # in the exam's name
    D("初试将于[[12月19日至20日]]举行", day("2026-12-19", "2026-12-20")),
    D("有限公司[[14日]]宣布", D14),
    D("将于[[12月26日零时]]起", D26),
    D("\n铁路[[26日]]起调图", D26),
    D("客滚船[[14日7时]]起", D14),
    D("，[[本月中下旬]]琼州", (span("2026-12-11", "2026-12-31"), "xun")),
    D("社会保障部[[14日]]联合", D14),
    D("公布[[2026年]]国家医保", Y26, OPT),                                                    # in the list's name
    D("将于[[明年1月1日]]起正式", day("2027-01-01")),
    D("颁奖典礼[[13日晚]]在", D13),
    D("中央气象台[[14日6时]]继续", D14),
    D("预计[[15日至17日]]，", day("2026-12-15", "2026-12-17")),
    D("人民政府[[14日]]在海口", D14),
    D("配租[[明]]起申请", D16),
    D("发布时间：[[2026-12-14]] 21", D14),
    D("管理局[[14日]]发布公告", D14),
    D("，[[2026年]]第四批", Y26, OPT),                                                         # in the batch's name
    D("将于[[12月16日至25日]]接受", day("2026-12-16", "2026-12-25")),
    D("）[[2026]]海南自由贸易港", Y26, OPT),                                                  # in the meeting's name
    D("投资者大会[[14日]]在海口", D14),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
JYB = ["中华人民共和国教育部", "教育部"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月14日电（记者 邬", "吉隆坡", "海口12月14日电（记者 柯", "北京12月14日电（记者 秦",
    "北京12月14日电（记者 温", "北京12月14日电  中央", "海口12月14日电（记者 吉")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
        "海口12月14日电（记者 符", "北京", "海口12月14日电（记者 邢", "三亚", "海口12月14日电（记者 汤")] + [
    O("）[[财政部]]14日", ["中华人民共和国财政部", "财政部"], G),
    O("）[[海口海关]]14日", ["中华人民共和国海口海关", "海口海关"], G),
    O("。[[海南省人民政府新闻办公室]]将于", ["海南省人民政府新闻办公室"], G),
    O("）[[马来西亚统计局]]14日", ["马来西亚统计局"], G),
    O("从[[海南省农业农村厅]]获悉", ["海南省农业农村厅"], G),
    O("在[[海南国际会展中心]]举行", ["海南国际会展中心"], IN, OPT),                   # a venue
    O("  [[教育部]]14日", JYB, G),
    O("。[[教育部]]要求", JYB, G),
    O("）[[中国国家铁路集团有限公司]]14日", ["中国国家铁路集团有限公司"], CO),
    O("其间[[新海港]]、", ["海口新海港", "新海港"], CO, OPT),                          # a port, a site here
    O("、[[秀英港]]累计", ["海口秀英港", "秀英港"], CO, OPT),
    O("。[[省交通运输厅]]提醒", ["海南省交通运输厅"], G),
    O("）[[国家医保局]]、", ["国家医疗保障局", "国家医保局"], G),
    O("、[[人力资源社会保障部]]14日", ["中华人民共和国人力资源和社会保障部", "人力资源社会保障部"], G),
    O("  [[中央气象台]]14日", ["中央气象台", "中国气象局中央气象台"], G),
    O("）[[海南省人民政府]]14日", ["海南省人民政府"], G),
    O("与[[中国商用飞机有限责任公司]]签署", ["中国商用飞机有限责任公司"], CO),
    O("来源：[[南海网]]", ["南海网"], CO, OPT),                                        # a website
    O("\n[[市住房保障和房产管理局]]14日", ["海口市住房保障和房产管理局"], G),
]

C, P, M, T, TE = "count", "percent", "money", "duration", "temperature"
CNY, MYR = "CNY", "MYR"
YOY = "上年同期"
STATS = [
    S("预算收入[[20.36万亿元]]", "20360000000000", "元", M, "exact", "全国一般公共预算收入", currency=CNY),
    S("同比增长[[1.2%]]；", "1.2", "%", P, "exact", "全国一般公共预算收入", change=up(YOY)),
    S("预算支出[[25.71万亿元]]", "25710000000000", "元", M, "exact", "全国一般公共预算支出", currency=CNY),
    S("增长[[3.6%]]。", "3.6", "%", P, "exact", "全国一般公共预算支出", change=up(YOY)),
    S("分别增长[[5.1%]]", "5.1", "%", P, "exact", "社会保障和就业支出", change=up(YOY)),
    S("和[[4.3%]]。", "4.3", "%", P, "exact", "教育支出", change=up(YOY)),
    S("收入增长[[1.2%]]\n", "1.2", "%", P, "exact", "全国一般公共预算收入", change=up(YOY)),
    S("货物货值[[1863.5亿元]]", "186350000000", "元", M, "exact", "“一线”口岸进出口货物货值", currency=CNY),
    S("同比增长[[22.7%]]", "22.7", "%", P, "exact", "“一线”口岸进出口货物货值", change=up(YOY)),
    S("货物货值[[约215亿元]]", "21500000000", "元", M, "about", "享惠“零关税”进口货物货值", currency=CNY),
    S("减免税款[[约31.6亿元]]", "3160000000", "元", M, "about", "为企业减免税款", currency=CNY),
    S("出口额为[[1385亿林吉特]]", "138500000000", "林吉特", M, "exact", "马来西亚10月出口额", currency=MYR),
    S("（[[约合2285亿元人民币]]）", "228500000000", "元", M, "about", "马来西亚10月出口额", currency=CNY),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "马来西亚出口额", change=up(YOY)),
    S("出口增长[[11.2%]]", "11.2", "%", P, "exact", "马来西亚对华出口", change=up(YOY)),
    S("货值[[超1800亿元]]", "180000000000", "元", M, "over", "“一线”进出口货值", currency=CNY),
    S("设展位[[2800个]]", "2800", "个", C, "exact", "冬交会展位"),
    S("采购商[[逾1.5万人]]", "15000", "人", C, "over", "国内外采购商"),
    S("产销对接会[[12场]]", "12", "场", C, "exact", "产销对接会"),
    S("报考人数[[约410万人]]", "4100000", "人", C, "about", "全国硕士研究生招生考试报考人数"),
    S("动车组列车[[12对]]", "12", "对", C, "exact", "环岛高铁增开动车组列车"),
    S("压缩至[[1小时28分]]", "1.4667", "小时", T, "exact", "海口至三亚最快旅行时间"),
    S("增开[[12对]]动车", "12", "对", C, "exact", "环岛高铁增开动车"),
    S("待渡车辆[[约2600辆]]", "2600", "辆", C, "about", "累计待渡车辆"),
    S("新增药品[[96种]]", "96", "种", C, "exact", "医保目录新增药品"),
    S("肿瘤用药[[27种]]", "27", "种", C, "exact", "新增肿瘤用药"),
    S("罕见病用药[[15种]]", "15", "种", C, "exact", "新增罕见病用药"),
    S("来自[[12个]]国家", "12", "个", C, "exact", "获奖影片来源国家和地区"),
    S("的[[16部]]影片获奖", "16", "部", C, "exact", "获奖影片"),
    S("影片[[约260部]]", "260", "部", C, "about", "展映中外影片"),
    S("观众[[逾12万人次]]", "120000", "人次", C, "over", "电影节观众"),
    S("揭晓 [[16部]]影片", "16", "部", C, "exact", "获奖影片"),
    S("可达[[10℃]]", "10", "℃", TE, "under", "降温幅度", OPT),                              # a cap
    S("降至[[12℃左右]]", "12", "℃", TE, "about", "海南岛北部最低气温"),
    S("推出房源[[1260套]]", "1260", "套", C, "exact", "第四批公租房房源"),
    S("琼山区的[[6个]]项目", "6", "个", C, "exact", "公租房项目"),
    S("开幕 [[32个]]项目", "32", "个", C, "exact", "集中签约项目"),
    S("来自[[48个]]国家", "48", "个", C, "exact", "参会国家和地区"),
    S("的[[700余名]]嘉宾", "700", "名", C, "over", "参会嘉宾"),
    S("会上，[[32个]]项目", "32", "个", C, "exact", "集中签约项目"),
    S("总投资[[约416亿元]]", "41600000000", "元", M, "about", "项目总投资", currency=CNY),
]

EVENTS = [
    E("财政部14日公布", "announcement", "公布", D14, organizers=["财政部"]),
    E("海口海关14日发布", "announcement", "发布", D14, organizers=["海口海关"]),
    E("之际举行新闻发布会", "announcement", "举行", D18, organizers=["海南省人民政府新闻办公室"]),
    E("马来西亚统计局14日公布", "announcement", "公布", D14, organizers=["马来西亚统计局"]),
    E("冬季交易会将于12月18日至21日在海南国际会展中心举行", "exhibition", "交易会", day("2026-12-18", "2026-12-21"),
      location="海南国际会展中心"),
    E("举办产销对接会12场", "meeting", "对接会", day("2026-12-18", "2026-12-21"), opt=True),  # inside the fair
    E("教育部14日发布消息", "announcement", "发布", D14, organizers=["教育部"], opt=True),      # the exam told
    E("初试将于12月19日至20日举行", "exam", "初试", day("2026-12-19", "2026-12-20"), organizers=["教育部"]),
    E("实行新的列车运行图", "traffic", "实行", D26, organizers=["中国国家铁路集团有限公司"]),
    E("增开动车组列车12对", "traffic", "增开", D26, location="海南环岛高铁", opt=True),         # the same timetable
    E("14日7时起暂停航行", "traffic", "暂停航行", D14, location="琼州海峡"),
    E("联合印发通知", "policy", "印发", D14, organizers=["国家医保局", "人力资源社会保障部"]),
    E("新版目录将于明年1月1日起正式实施", "policy", "实施", day("2027-01-01"), opt=True),        # the same list
    E("颁奖典礼13日晚在三亚举行", "award", "颁奖", D13, location="三亚"),
    E("共展映中外影片约260部", "exhibition", "展映", None, opt=True),                          # a festival summary
    E("继续发布寒潮蓝色预警", "announcement", "发布", D14, organizers=["中央气象台"]),
    E("签署战略合作协议", "signing", "签署", D14, location="海口", organizers=["海南省人民政府"],
      participants=["中国商用飞机有限责任公司"]),
    E("管理局14日发布公告", "announcement", "发布", D14, organizers=["市住房保障和房产管理局"], opt=True),
    E("接受线上申请", "registration", "申请", day("2026-12-16", "2026-12-25"),
      organizers=["市住房保障和房产管理局"]),
    E("国际投资者大会14日在海口开幕", "meeting", "大会", D14, location="海口", participants=["700余名嘉宾"]),
    E("会上，32个项目集中签约", "signing", "签约", D14, location="海口"),
]
