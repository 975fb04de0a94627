"""津城晚报 (天津市), 2026-12-09 (a Wednesday): a `国内国际` wire page of an evening paper.
Features: a column label; eight 新华社 items (Beijing ×4 one dated `12月7日电` with no reporter, Tianjin ×2, Seoul,
Doha) and six 中新社 items (Tianjin ×4 two with no reporter, Hong Kong, Beijing), one web item whose metadata line
puts the time first (`2026-12-08 19:40  来源：津沽在线  责任编辑：孙 悦`: the editor is no writer) with its title
after its body; a paragraph broken after a comma (`…直航航线开通，` | `每周2班…`) with the Seoul item and another
item's headline between; a headline three lines below its body (`前11个月全国铁路…`), four right after their bodies,
two before; eight items without headline. Money: 韩元 with `约合X万亿元人民币`, 港元 (`按年上升`), 美元 (foreign
reserves), 人民币. Bodies written short resolve with 天津市 (`市工业和信息化局`, `市商务局`,
`市委组织部` → 中共天津市委组织部, `市人力资源和社会保障局`, `市交通运输委`). Dates: `8日` = 12-08, datelines
`12月8日电`, `同日`, `今年前11个月`/`前11个月`,
`元旦假期` = 2027-01-01..01-03, `本周六` = 12-12 (also a title), `11月末`/`10月末`, `今冬明春`, `元旦`, `春节` =
2027-02-06, `10日至12日`, `下周一至12月18日` = 12-14..12-18, `明年1月10日`, `12月31日当晚`, `跨年夜` (a title), the
web item's `2026-12-08`.

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, span, up, xun, year

PAPER = "津城晚报"
PUBLISHED = "2026-12-09"
HOME = {"city": "天津市"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京12月8日电（记者 郭", "body", "W0"),
    ("中新社天津12月8日电（记者 邹 宇 航）记者", "body", "W1"),  # breaks after a comma
    ("新华社首尔", "body", "W2"),                                 # no headline
    ("前11个月全国铁路", "headline", "W0"),                       # three lines below its body
    ("每周2班", "body", "W1"),                                    # the rest of W1's paragraph
    ("天津港开通", "headline", "W1"),                             # after its body
    ("香港10月零售", "headline", "W3"),
    ("中新社香港", "body", "W3"),
    ("新华社天津12月8日电（记者 庞", "body", "W4"),
    ("津城冰雪季", "headline", "W4"),                             # after its body
    ("新华社北京12月7日电", "body", "W5"),                        # no headline, no reporter
    ("新华社北京12月8日电（记者 刘", "body", "W6"),               # no headline
    ("中新社北京", "body", "W7"),                                 # no headline
    ("新华社多哈", "body", "W8"),                                 # no headline
    ("中新社天津12月8日电  天津海关", "body", "W9"),              # no reporter
    ("前11个月天津外贸", "headline", "W9"),                       # after its body
    ("智能制造对接会", "headline", "W10"),
    ("中新社天津12月8日电（记者 邹 宇 航）2026", "body", "W10"),
    ("新华社天津12月8日电（记者 马", "body", "W11"),              # no headline
    ("新华社北京12月8日电（记者 严", "body", "W12"),              # no headline
    ("中新社天津12月8日电  市委", "body", "W13"),                 # no headline, no reporter
    ("2026-12-08 19:40", "byline", "W14"),                        # metadata line
    ("市交通运输委", "body", "W14"),
    ("跨年夜地铁", "headline", "W14"),                            # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["郭晓宁"])),
    "W1": dict(byline=byline(reporters=["邹宇航"])),
    "W2": dict(byline=byline(reporters=["程立新"])),
    "W3": dict(byline=byline(reporters=["黄嘉欣"])),
    "W4": dict(byline=byline(reporters=["庞书怡"])),
    "W5": dict(),
    "W6": dict(byline=byline(reporters=["刘思言"])),
    "W7": dict(byline=byline(reporters=["阮文昊"])),
    "W8": dict(byline=byline(reporters=["沈一帆"])),
    "W9": dict(),
    "W10": dict(byline=byline(reporters=["邹宇航"])),
    "W11": dict(byline=byline(reporters=["马超然"])),
    "W12": dict(byline=byline(reporters=["严冬青"])),
    "W13": dict(),
    "W14": dict(),
}
JOINS = [("中新社天津12月8日电（记者 邹 宇 航）记者", "每周2班")]
PHOTOS = {}

D07, D08, D12, D31 = day("2026-12-07"), day("2026-12-08"), day("2026-12-12"), day("2026-12-31")
JAN_NOV = months(2026, 1, 11)
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
LINES = ["（记者 郭", "（记者 邹 宇 航）记者", "（记者 程", "（记者 黄", "（记者 庞", "（记者 刘", "（记者 阮",
         "（记者 沈", "  天津海关", "（记者 邹 宇 航）2026", "（记者 马", "（记者 严", "  市委"]
DATES = [D(f"[[12月8日]]电{c}", D08) for c in LINES] + [
    D("国铁集团[[8日]]发布", D08),
    D("，[[今年前11个月]]全国铁路", JAN_NOV),
    D("。[[元旦假期]]铁路运输", day("2027-01-01", "2027-01-03")),
    D("将于[[12月31日]]启动", D31),
    D("记者[[8日]]从天津港", D08),
    D("获悉，[[今年前11个月]]天津港", JAN_NOV),
    D("。[[同日]]，天津港", D08),
    D("韩国国会[[8日]]通过", D08),
    D("通过[[2027年度]]政府预算案", year(2027), OPT),                    # the budget's name
    D("比[[上年度]]增加", year(2026), OPT),                              # the year before the budget's
    D("\n[[前11个月]]全国铁路", JAN_NOV),
    D("香港[[10月]]零售销货", month(2026, 10)),
    D("统计处[[8日]]公布", D08),
    D("，[[10月]]香港零售业", month(2026, 10)),
    D("新闻办[[8日]]举行", D08),
    D("全市[[冰雪季]]文旅", VAGUE),                                     # a named tourism season
    D("。[[本冰雪季]]将推出", VAGUE),
    D("，[[冰雪季]]开幕式", VAGUE),
    D("津城[[冰雪季]]本周六", VAGUE),
    D("将于[[本周六]]在水上公园", D12),
    D("冰雪季[[本周六]]开幕", D12),
    D("[[12月7日]]电  国家", D07),
    D("管理局[[7日]]公布", D07),
    D("截至[[11月末]]，我国", xun(2026, 11, 2)),
    D("较[[10月末]]上升", xun(2026, 10, 2)),
    D("商务部等6部门[[8日]]联合", D08),
    D("扩大[[冬季]]消费的通知", (span("2026-12-01", "2027-02-28"), "season"), OPT),   # inside a document's title
    D("提出[[今冬明春]]在全国", WINTER_SPRING),
    D("各地在[[元旦]]、春节", day("2027-01-01")),
    D("元旦、[[春节]]期间", day("2027-02-06")),
    D("中央气象台[[8日]]发布", D08),
    D("，[[10日至12日]]我国", day("2026-12-10", "2026-12-12")),
    D("锦标赛[[8日]]在多哈", D08),
    D("持续至[[12月17日]]", day("2026-12-17")),
    D("天津海关[[8日]]发布", D08),
    D("发布，[[今年前11个月]]天津市", JAN_NOV),
    D("较[[上年同期]]提高", year(2025), OPT),
    D("\n[[前11个月]]天津外贸", JAN_NOV),
    D("）[[2026]]天津智能制造", year(2026), OPT),                         # a year inside the event's name
    D("对接会[[8日]]在国家会展中心", D08),
    D("考试院[[8日]]发布", D08),
    D("发布，[[2027年]]全国硕士", year(2027), OPT),                       # a year inside the exam's name
    D("将于[[12月19日至20日]]举行", day("2026-12-19", "2026-12-20")),
    D("可于[[12月10日至19日]]登录", day("2026-12-10", "2026-12-19")),
    D("发展改革委[[8日]]下达", D08),
    D("下达[[2026年]]第四批", year(2026), OPT),                           # a year inside the batch's name
    D("等4部门[[8日]]发布公告", D08),
    D("公告，[[2027年度]]天津市", year(2027), OPT),                       # a year inside the exam's name
    D("报名将于[[下周一至12月18日]]进行", day("2026-12-14", "2026-12-18")),
    D("笔试定于[[明年1月10日]]举行", day("2027-01-10")),
    D("\n[[2026-12-08]] 19:40", D08),
    D("交通运输委[[8日]]发布", D08),
    D("，[[12月31日当晚]]，天津地铁", D31),
    D("至[[次日]]凌晨1时", day("2027-01-01"), OPT),                       # inside a time range
    D("\n[[跨年夜]]地铁", D31),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
TJG = ["天津港（集团）有限公司", "天津港集团"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月8日电（记者 郭", "首尔", "天津12月8日电（记者 庞", "北京12月7日电", "北京12月8日电（记者 刘", "多哈",
    "天津12月8日电（记者 马", "北京12月8日电（记者 严")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
        "天津12月8日电（记者 邹 宇 航）记者", "香港", "北京", "天津12月8日电  天津海关",
        "天津12月8日电（记者 邹 宇 航）2026", "天津12月8日电  市委")] + [
    O("）[[国铁集团]]8日", ["中国国家铁路集团有限公司", "国铁集团"], CO),
    O("从[[天津港集团]]获悉", TJG, CO),
    O("个月[[天津港]]集装箱", TJG, CO, OPT),                              # a port, a site as much as an operator
    O("。同日，[[天津港]]至越南", TJG, CO, OPT),
    O("）[[韩国国会]]8日", ["韩国国会"], G),
    O("\n[[天津港]]开通", TJG, CO, OPT),
    O("）[[香港特区政府统计处]]8日", ["香港特别行政区政府统计处", "香港特区政府统计处"], G),
    O("）[[天津市政府新闻办]]8日", ["天津市人民政府新闻办公室", "天津市政府新闻办"], G),
    O("在[[水上公园]]举行", ["天津水上公园", "水上公园"], IN, OPT),                     # a park, a venue
    O("  [[国家外汇管理局]]7日", ["国家外汇管理局"], G),
    O("）[[商务部]]等6部门", ["中华人民共和国商务部", "商务部"], G),
    O("）[[中央气象台]]8日", ["中央气象台", "中国气象局中央气象台"], G),
    O("。[[中国队]]派出", ["中国队"], SO, OPT),                                         # a national team
    O("  [[天津海关]]8日", ["中华人民共和国天津海关", "天津海关"], G),
    O("在[[国家会展中心（天津）]]举行", ["国家会展中心（天津）"], IN, OPT),             # a venue
    O("由[[市工业和信息化局]]、", ["天津市工业和信息化局"], G),
    O("、[[市商务局]]联合主办", ["天津市商务局"], G),
    O("）[[天津市教育招生考试院]]8日", ["天津市教育招生考试院"], IN),
    O("登录[[研招网]]下载", ["中国研究生招生信息网", "研招网"], IN, OPT),               # a website
    O("）[[国家发展改革委]]8日", ["中华人民共和国国家发展和改革委员会", "国家发展和改革委员会", "国家发展改革委"], G),
    O("  [[市委组织部]]、", ["中共天津市委组织部", "天津市委组织部"], PA),
    O("、[[市人力资源和社会保障局]]等", ["天津市人力资源和社会保障局"], G),
    O("来源：[[津沽在线]]", ["津沽在线"], CO, OPT),                                     # a website
    O("\n[[市交通运输委]]8日", ["天津市交通运输委员会", "天津市交通运输委"], G),
    O("，[[天津地铁]]1、2", ["天津轨道交通集团有限公司", "天津地铁"], CO, OPT),          # a network named for its lines
]

C, P, M, T, W, TE = "count", "percent", "money", "duration", "weight", "temperature"
CNY, USD, KRW, HKD = "CNY", "USD", "KRW", "HKD"
YOY = "上年同期"
STATS = [
    S("发送旅客[[39.6亿人次]]，", "3960000000", "人次", C, "exact", "全国铁路发送旅客"),
    S("同比增长[[5.2%]]", "5.2", "%", P, "exact", "全国铁路发送旅客", change=up(YOY)),
    S("发送货物[[47.3亿吨]]", "4730000000", "吨", W, "exact", "全国铁路发送货物"),
    S("，增长[[2.1%]]。元旦", "2.1", "%", P, "exact", "全国铁路发送货物", change=up(YOY)),
    S("旅客列车[[1200列以上]]", "1200", "列", C, "over", "加开旅客列车"),
    S("吞吐量[[超2200万标箱]]", "22000000", "标箱", C, "over", "天津港集装箱吞吐量"),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "天津港集装箱吞吐量", change=up(YOY)),
    S("平均水平[[1.9个百分点]]", "1.9", "个百分点", P, "exact", "天津港集装箱吞吐量增速",
      change=up("全国港口平均水平")),
    S("总额[[约759万亿韩元]]", "759000000000000", "韩元", M, "about", "韩国2027年度政府预算总额", currency=KRW),
    S("（[[约合3.9万亿元人民币]]）", "3900000000000", "元", M, "about", "韩国2027年度政府预算总额",
      currency=CNY),
    S("比上年度增加[[4.3%]]", "4.3", "%", P, "exact", "韩国政府预算总额", change=up("上年度")),
    S("增幅[[近9%]]", "9", "%", P, "under", "研发预算增幅", change=up("上年度")),
    S("发送旅客[[39.6亿人次]]\n", "3960000000", "人次", C, "exact", "全国铁路发送旅客"),
    S("每周[[2班]]", "2", "班", C, "exact", "直航航线每周班次"),
    S("航行时间[[约6天]]", "6", "天", T, "about", "单程航行时间"),
    S("按年升[[2.1%]]", "2.1", "%", P, "exact", "香港零售销货价值", change=up("去年同期")),
    S("价值[[约328亿港元]]", "32800000000", "港元", M, "about", "香港零售业总销货价值", currency=HKD),
    S("按年上升[[2.1%]]", "2.1", "%", P, "exact", "香港零售业总销货价值", change=up("去年同期")),
    S("连续[[5个月]]", "5", "个月", T, "exact", "零售销货连续按年上升"),
    S("按年上升[[8.6%]]", "8.6", "%", P, "exact", "珠宝首饰、钟表及名贵礼物类销货价值",
      change=up("去年同期")),
    S("主题活动[[120余项]]", "120", "项", C, "over", "冰雪主题活动"),
    S("消费券[[1500万元]]", "15000000", "元", M, "exact", "文旅消费券", currency=CNY),
    S("规模为[[33526亿美元]]", "3352600000000", "美元", M, "exact", "外汇储备规模", currency=USD),
    S("上升[[118亿美元]]", "11800000000", "美元", M, "exact", "外汇储备规模", change=up("10月末"),
      currency=USD),
    S("升幅为[[0.35%]]", "0.35", "%", P, "exact", "外汇储备规模", change=up("10月末")),
    S("商务部等[[6部门]]", "6", "部门", C, "exact", "联合印发通知的部门"),
    S("可达[[10℃以上]]", "10", "℃", TE, "over", "降温幅度"),
    S("来自[[90多个]]国家", "90", "个", C, "over", "参赛国家和地区"),
    S("的[[近600名]]选手", "600", "名", C, "under", "参赛选手"),
    S("派出[[20人]]", "20", "人", C, "exact", "中国队参赛人数"),
    S("进出口总值[[7462.5亿元]]", "746250000000", "元", M, "exact", "天津市货物贸易进出口总值", currency=CNY),
    S("同比增长[[4.7%]]", "4.7", "%", P, "exact", "天津市货物贸易进出口总值", change=up(YOY)),
    S("进出口[[3518.2亿元]]", "351820000000", "元", M, "exact", "对共建“一带一路”国家进出口", currency=CNY),
    S("增长[[9.3%]]", "9.3", "%", P, "exact", "对共建“一带一路”国家进出口", change=up(YOY)),
    S("占比[[47.1%]]", "47.1", "%", P, "exact", "对共建“一带一路”国家进出口占比"),
    S("提高[[1.8个百分点]]", "1.8", "个百分点", P, "exact", "对共建“一带一路”国家进出口占比",
      change=up(YOY)),
    S("进出口增长[[4.7%]]\n", "4.7", "%", P, "exact", "天津外贸进出口", change=up(YOY)),
    S("签约[[28个]]项目", "28", "个", C, "exact", "签约项目"),
    S("签约项目[[28个]]，", "28", "个", C, "exact", "现场签约项目"),
    S("总投资[[约316亿元]]", "31600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("，[[400余家]]企业", "400", "家", C, "over", "参会企业"),
    S("考生[[约8.9万人]]", "89000", "人", C, "about", "天津考区考生"),
    S("设考点[[17个]]", "17", "个", C, "exact", "考点"),
    S("投资[[56亿元]]", "5600000000", "元", M, "exact", "以工代赈中央预算内投资", currency=CNY),
    S("项目[[1800余个]]", "1800", "个", C, "over", "支持地方实施项目"),
    S("就业[[15万人以上]]", "150000", "人", C, "over", "带动当地群众就业"),
    S("保障局等[[4部门]]", "4", "部门", C, "exact", "发布公告的部门"),
    S("招录[[1460人]]", "1460", "人", C, "exact", "计划招录公务员"),
]

EVENTS = [
    E("国铁集团8日发布", "announcement", "发布", D08, organizers=["国铁集团"]),
    E("元旦假期铁路运输将于12月31日启动", "traffic", "铁路运输", D31),
    E("直航航线开通", "launch", "开通", D08, location="天津港"),
    E("韩国国会8日通过2027年度政府预算案", "policy", "通过", D08, organizers=["韩国国会"]),
    E("统计处8日公布", "announcement", "公布", D08, organizers=["香港特区政府统计处"]),
    E("8日举行新闻发布会", "announcement", "新闻发布会", D08, organizers=["天津市政府新闻办"]),
    E("发放文旅消费券1500万元", "payout", "发放", None, opt=True),                              # part of the season
    E("冰雪季开幕式将于本周六在水上公园举行", "activity", "开幕式", D12, location="水上公园"),
    E("国家外汇管理局7日公布", "announcement", "公布", D07, organizers=["国家外汇管理局"]),
    E("8日联合印发", "policy", "印发", D08, organizers=["商务部"]),
    E("开展“暖冬惠民”消费季活动", "activity", "开展", WINTER_SPRING, theme="暖冬惠民",
      opt=True),                                                                                  # the notice's content
    E("中央气象台8日发布寒潮黄色预警", "announcement", "发布", D08, organizers=["中央气象台"]),
    E("世界举重锦标赛8日在多哈开幕", "competition", "锦标赛", D08, location="多哈",
      participants=["近600名选手"]),
    E("天津海关8日发布", "announcement", "发布", D08, organizers=["天津海关"]),
    E("对接会8日在国家会展中心（天津）举行", "meeting", "对接会", D08, location="国家会展中心（天津）",
      organizers=["市工业和信息化局", "市商务局"], participants=["400余家企业"]),
    E("现场签约项目28个", "signing", "签约", D08, location="国家会展中心（天津）"),
    E("天津市教育招生考试院8日发布", "announcement", "发布", D08, organizers=["天津市教育招生考试院"],
      opt=True),                                                                                 # the exam told
    E("招生考试天津考区将于12月19日至20日举行", "exam", "考试", day("2026-12-19", "2026-12-20"),
      location="天津考区", organizers=["天津市教育招生考试院"]),
    E("下载打印准考证", "registration", "打印准考证", day("2026-12-10", "2026-12-19"), opt=True),
    E("8日下达2026年第四批以工代赈中央预算内投资", "payout", "下达", D08, organizers=["国家发展改革委"]),
    E("8日发布公告", "announcement", "公告", D08, organizers=["市委组织部", "市人力资源和社会保障局"],
      opt=True),                                                                                 # the window told
    E("公务员报名将于下周一至12月18日进行", "registration", "报名", day("2026-12-14", "2026-12-18"),
      organizers=["市委组织部", "市人力资源和社会保障局"]),
    E("笔试定于明年1月10日举行", "exam", "笔试", day("2027-01-10"),
      organizers=["市委组织部", "市人力资源和社会保障局"]),
    E("市交通运输委8日发布", "announcement", "发布", D08, organizers=["市交通运输委"], opt=True),
    E("将延长运营至次日凌晨1时", "traffic", "延长运营", D31, organizers=["市交通运输委"]),
]
