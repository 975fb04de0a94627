"""港晨報 (香港), 2026-12-01 (a Tuesday): a Hong Kong news page of an invented free morning paper, traditional script.
Features: a column label (`港聞`) over a kicker (`旅遊業復甦勢頭持續`) and a title whose body stands three lines
later, after another item and its caption; a paragraph broken after a dangling `的` (`…在尖沙咀海濱舉行的` |
`「維港冬日嘉年華」…`) with a headless brief and its after-body headline between; `【本報訊】` openers without a name;
a byline on a line of its own (`記者 陳 卓 賢`) under its headline; a job-fair notice in label-colon lines (`時間：`,
`參與機構：`, `職位空缺：`, `入場：`); two captions `（記者 X X 攝）`; five headlines after their bodies; five items
without headline. Money in 港元 and 澳門元 with thousands separators (`約1,150萬港元`, `3,207億港元`,
`約2,330億澳門元`), counts in 宗 (`1,236宗`, `約13萬2,600宗`, `2,847宗`), percentages in words (`百分之三點五`,
`百分之零點八`), `按年上升`/`按年下跌` (baseline 去年同期), `較上季縮短`. Government bodies (署/局/處: 運輸署,
勞工處, 消防處, 房屋署, 勞工及福利局, 康樂及文化事務署/康文署, 食物環境衞生署食物安全中心, 政府統計處, 天文台,
警務處有組織罪案及三合會調查科), statutory bodies (香港旅遊發展局/旅發局, 房委會, 機場管理局/機管局), a Macau
bureau. Dates: `昨日` = 11-30 (×8), `明日（2日）`, `周四（3日）`, `本周五（4日）`, `本周日（6日）` and `周日` (a title)
= 12-06, `當日…` = 12-06, `上周三（25日）`, `本月9日`/`本月12日`, `12月9日至10日`, `11月16日至27日`, `首十月`/
`首十個月`/`今年首十個月`, `首十一個月`, `今年首三季`, `9月底`, `聖誕節`, `明年1月`, `明年首季`, `明年1月18日`,
`明年4月6日`.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "港晨報"
PUBLISHED = "2026-12-01"
HOME = {"province": "香港特別行政區"}

LAYOUT = [
    ("港聞", "label", "H1"),
    ("旅遊業復甦勢頭持續", "headline", "H1"),                  # kicker, far from its body
    ("首十月訪港旅客", "headline", "H1"),
    ("【本報訊】警務處", "body", "H2"),
    ("警方展示", "caption", "P0"),                             # （記者 梁 家 俊 攝）
    ("警方搗毒品倉", "headline", "H2"),                        # after its body and caption
    ("【本報訊】香港旅遊發展局", "body", "H1"),                # breaks after a dangling 的
    ("政府統計處", "body", "H3"),
    ("零售業銷貨值", "headline", "H3"),                        # after its body
    ("「維港冬日嘉年華」", "body", "H1"),                      # the rest of H1's paragraph
    ("勞工處本月9日", "headline", "H4"),
    ("記者 陳 卓 賢", "byline", "H4"),                          # a byline line of its own
    ("勞工處將於", "body", "H4"),
    ("時間：", "body", "H4"),
    ("參與機構：", "body", "H4"),
    ("職位空缺：", "body", "H4"),
    ("入場：", "body", "H4"),
    ("【本報訊】運輸署", "body", "H5"),
    ("東區長跑賽", "headline", "H5"),                          # after its body
    ("天文台預測", "body", "H6"),                              # no headline
    ("公屋輪候時間", "headline", "H7"),
    ("【本報訊】房委會", "body", "H7"),
    ("澳門博彩監察協調局", "body", "H8"),                      # no headline
    ("機場管理局", "body", "H9"),                              # no headline
    ("【本報訊】食物環境衞生署", "body", "H10"),
    ("應節食品抽查", "headline", "H10"),                       # after its body
    ("【本報訊】勞工及福利局", "body", "H11"),                 # no headline
    ("立法會上周三", "body", "H12"),
    ("「418」規定放寬", "headline", "H12"),                   # after its body
    ("康文署專題展", "headline", "H13"),
    ("【本報訊】康樂及文化事務署", "body", "H13"),
    ("展覽展出", "caption", "P1"),                             # （記者 何 詠 詩 攝）
    ("消防處昨日", "body", "H14"),                             # no headline
]

ARTICLES = {
    "H1": dict(), "H2": dict(), "H3": dict(),
    "H4": dict(byline=byline(reporters=["陳卓賢"])),
    "H5": dict(), "H6": dict(), "H7": dict(), "H8": dict(), "H9": dict(), "H10": dict(),
    "H11": dict(), "H12": dict(), "H13": dict(), "H14": dict(),
}
JOINS = [("【本報訊】香港旅遊發展局", "「維港冬日嘉年華」")]
PHOTOS = {
    "P0": dict(photographers=["梁家俊"], article="H2"),
    "P1": dict(photographers=["何詠詩"], article="H13"),
}

D30 = day("2026-11-30")
D06 = day("2026-12-06")
JAN_OCT = months(2026, 1, 10)
Y26 = year(2026)
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DATES = [
    D("\n[[首十月]]訪港", JAN_OCT),
    D("調查科[[昨日]]在觀塘", D30),
    D("表示，[[今年首十個月]]已偵破", JAN_OCT),
    D("發展局[[昨日]]公布", D30),
    D("，[[今年首十個月]]訪港", JAN_OCT),
    D("宣布，[[本月12日]]起一連", day("2026-12-12")),
    D("統計處[[昨日]]公布", D30),
    D("，[[10月]]零售業", month(2026, 10)),
    D("；[[首十個月]]合計", JAN_OCT),
    D("銷貨值[[10月]]按年", month(2026, 10)),
    D("「維港[[冬日]]嘉年華」", WINTER, OPT),                                # inside the festival's name
    D("嘉年華」[[今年]]新增", Y26),
    D("勞工處[[本月9日]]起", day("2026-12-09")),
    D("將於[[12月9日至10日]]一連", day("2026-12-09", "2026-12-10")),
    D("就業博覽[[2026]]」", Y26, OPT),                                    # a year inside the fair's name
    D("配合[[本周日（6日）]]舉行", D06),
    D("將於[[當日早上5時至中午12時]]封閉", D06),                           # one day, a time range in it
    D("長跑賽 [[周日]]封路", D06),
    D("，[[明日（2日）]]起本港", day("2026-12-02")),
    D("，[[周四（3日）]]市區", day("2026-12-03")),
    D("房委會[[昨日]]公布", D30),
    D("截至[[9月底]]，一般", xun(2026, 9, 2)),
    D("較[[上季]]縮短", quarter(2026, 2), OPT),                            # a baseline period
    D("預計，[[明年首季]]將有", quarter(2027, 1)),
    D("協調局[[昨日]]公布", D30),
    D("，[[11月]]博彩", month(2026, 11)),
    D("；[[首十一個月]]累計", months(2026, 1, 11)),
    D("管理局[[昨日]]公布", D30),
    D("，[[10月]]香港國際機場", month(2026, 10)),
    D("，[[聖誕節]]前後", day("2026-12-25")),
    D("於[[11月16日至27日]]在全港", day("2026-11-16", "2026-11-27")),
    D("進行[[冬季]]應節食品", WINTER, OPT),                                 # a descriptor
    D("福利局[[昨日]]宣布", D30),
    D("，[[明年1月]]起向", month(2027, 1)),
    D("立法會[[上周三（25日）]]三讀", day("2026-11-25")),
    D("《[[2026年]]僱傭", Y26, OPT),                                       # a year inside the bill's title
    D("新安排[[明年1月18日]]起", day("2027-01-18")),
    D("由[[本周五（4日）]]起舉辦", day("2026-12-04")),
    D("展期至[[明年4月6日]]", day("2027-04-06")),
    D("消防處[[昨日]]展開", D30),
    D("兩星期的[[冬季]]防火", WINTER, OPT),                                 # inside the campaign's name
    D("。[[今年首三季]]，消防處", (span("2026-01-01", "2026-09-30"), "quarter")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
JW = ["香港警務處", "警務處", "警方"]
LYJ = ["香港旅遊發展局", "旅發局"]
LGC = ["香港特別行政區政府勞工處", "勞工處"]
JGJ = ["香港機場管理局", "機場管理局", "機管局"]
KWS = ["香港特別行政區政府康樂及文化事務署", "康樂及文化事務署", "康文署"]
XFC = ["香港特別行政區政府消防處", "消防處"]
ORGS = [
    O("】[[警務處有組織罪案及三合會調查科]]昨日", ["香港警務處有組織罪案及三合會調查科",
                                                   "警務處有組織罪案及三合會調查科"], G),
    O("。[[警方]]表示", JW, G, OPT),                                         # the force, not named
    O("\n[[警方]]展示", JW, G, OPT),
    O("\n[[警方]]搗毒品倉", JW, G, OPT),
    O("】[[香港旅遊發展局]]昨日", LYJ, IN),
    O("。[[旅發局]]同時", LYJ, IN),
    O("\n[[政府統計處]]昨日", ["香港特別行政區政府統計處", "政府統計處"], G),
    O("\n[[勞工處]]本月9日", LGC, G),
    O("\n[[勞工處]]將於", LGC, G),
    O("在[[九龍灣國際展貿中心]]舉辦", ["九龍灣國際展貿中心"], CO, OPT),          # a venue
    O("】[[運輸署]]宣布", ["香港特別行政區政府運輸署", "運輸署"], G),
    O("\n[[天文台]]預測", ["香港天文台", "天文台"], G),
    O("】[[房委會]]昨日", ["香港房屋委員會", "房委會"], G),
    O("。[[房屋署]]預計", ["香港特別行政區政府房屋署", "房屋署"], G),
    O("\n[[澳門博彩監察協調局]]昨日", ["澳門特別行政區政府博彩監察協調局", "澳門博彩監察協調局"], G),
    O("\n[[機場管理局]]昨日", JGJ, CO),
    O("，10月[[香港國際機場]]客運量", ["香港國際機場"], CO),
    O("。[[機管局]]預計", JGJ, CO),
    O("】[[食物環境衞生署食物安全中心]]於", ["香港特別行政區政府食物環境衞生署食物安全中心",
                                              "食物環境衞生署食物安全中心"], G),
    O("】[[勞工及福利局]]昨日", ["香港特別行政區政府勞工及福利局", "勞工及福利局"], G),
    O("\n[[立法會]]上周三", ["香港特別行政區立法會", "立法會"], G),
    O("\n[[康文署]]專題展", KWS, G),
    O("】[[康樂及文化事務署]]轄下", KWS, G),
    O("轄下[[香港文化博物館]]由", ["香港文化博物館"], IN),
    O("\n[[消防處]]昨日", XFC, G),
    O("，[[消防處]]共接獲", XFC, G),
    O("。[[消防處]]提醒", XFC, G),
]

C, P, M, T, W, TE = "count", "percent", "money", "duration", "weight", "temperature"
HKD, MOP = "HKD", "MOP"
YOY = "去年同期"
STATS = [
    S("旅客[[逾4,000萬人次]]", "40000000", "人次", C, "over", "首十月訪港旅客"),
    S("搗破[[兩個]]毒品倉", "2", "個", C, "exact", "搗破毒品倉"),
    S("拘捕[[4人]]", "4", "人", C, "exact", "被捕人士"),
    S("檢獲[[約12公斤]]", "12", "公斤", W, "about", "檢獲懷疑可卡因"),
    S("市值[[約1,150萬港元]]", "11500000", "港元", M, "about", "可卡因市值", currency=HKD),
    S("介乎[[19]]至45歲", "19", "歲", C, "exact", "被捕人士年齡下限", OPT),              # ages
    S("至[[45歲]]", "45", "歲", C, "exact", "被捕人士年齡上限", OPT),
    S("販毒案件[[1,236宗]]", "1236", "宗", C, "exact", "偵破販毒案件"),
    S("按年上升[[百分之四點八]]", "4.8", "%", P, "exact", "偵破販毒案件", change=up(YOY)),
    S("可卡因值[[逾千萬元]]", "10000000", "元", M, "over", "檢獲可卡因市值", currency=HKD),
    S("旅客達[[4,086萬人次]]", "40860000", "人次", C, "exact", "首十個月訪港旅客"),
    S("按年上升[[百分之十一點六]]", "11.6", "%", P, "exact", "訪港旅客", change=up(YOY)),
    S("內地旅客[[3,152萬人次]]", "31520000", "人次", C, "exact", "內地旅客"),
    S("佔整體[[約百分之七十七]]", "77", "%", P, "about", "內地旅客佔整體比例"),
    S("一連[[三星期]]", "3", "星期", T, "exact", "嘉年華舉行期間"),
    S("估計為[[318億港元]]", "31800000000", "港元", M, "exact", "10月零售業總銷貨價值", currency=HKD),
    S("按年上升[[百分之三點五]]", "3.5", "%", P, "exact", "10月零售業總銷貨價值", change=up(YOY)),
    S("估計為[[3,207億港元]]", "320700000000", "港元", M, "exact", "首十個月零售業總銷貨價值", currency=HKD),
    S("按年下跌[[百分之零點八]]", "0.8", "%", P, "exact", "首十個月零售業總銷貨價值", change=down(YOY)),
    S("按年升[[3.5%]]", "3.5", "%", P, "exact", "零售業銷貨值", change=up(YOY)),
    S("吸引[[逾50萬人次]]", "500000", "人次", C, "over", "嘉年華入場人次"),
    S("一連[[兩日]]", "2", "日", T, "exact", "就業博覽舉行日數"),
    S("參與機構：[[逾80間]]", "80", "間", C, "over", "參與機構"),
    S("職位空缺：[[約5,200個]]", "5200", "個", C, "about", "職位空缺"),
    S("最低氣溫[[約13度]]", "13", "度", TE, "about", "市區最低氣溫"),
    S("低處[[約10度]]", "10", "度", TE, "about", "新界低處最低氣溫"),
    S("縮短至[[5.1年]]", "5.1", "年", T, "exact", "公屋平均輪候時間"),
    S("公屋申請[[約13萬2,600宗]]", "132600", "宗", C, "about", "一般公屋申請"),
    S("時間為[[5.1年]]", "5.1", "年", T, "exact", "一般申請者平均輪候時間"),
    S("縮短[[0.2年]]", "0.2", "年", T, "exact", "平均輪候時間", change=down("上季")),
    S("將有[[約8,000個]]", "8000", "個", C, "about", "可供編配新落成公屋單位"),
    S("毛收入為[[212億澳門元]]", "21200000000", "澳門元", M, "exact", "11月博彩毛收入", currency=MOP),
    S("按年上升[[百分之六點二]]", "6.2", "%", P, "exact", "11月博彩毛收入", change=up(YOY)),
    S("累計[[約2,330億澳門元]]", "233000000000", "澳門元", M, "about", "首十一個月博彩毛收入",
      currency=MOP),
    S("按年上升[[百分之七點四]]", "7.4", "%", P, "exact", "首十一個月博彩毛收入", change=up(YOY)),
    S("客運量[[約540萬人次]]", "5400000", "人次", C, "about", "10月香港國際機場客運量"),
    S("按年上升[[百分之九點八]]", "9.8", "%", P, "exact", "機場客運量", change=up(YOY)),
    S("貨運量[[約43萬公噸]]", "430000", "公噸", W, "about", "航空貨運量"),
    S("按年上升[[百分之三點一]]", "3.1", "%", P, "exact", "航空貨運量", change=up(YOY)),
    S("料[[超過20萬人次]]", "200000", "人次", C, "over", "單日最高客運量"),
    S("零售點[[2,316間]]", "2316", "間", C, "exact", "巡查食肆及零售點"),
    S("樣本[[458個]]", "458", "個", C, "exact", "抽取樣本"),
    S("，其中[[3個]]樣本", "3", "個", C, "exact", "防腐劑超標樣本"),
    S("合格率為[[百分之九十九點三]]", "99.3", "%", P, "exact", "整體合格率"),
    S("合格率[[逾99%]]", "99", "%", P, "over", "應節食品抽查合格率"),
    S("發放[[半個月]]津貼", "0.5", "月", T, "exact", "額外津貼月數", OPT),               # a benefit's size in months
    S("涉及[[約62萬名]]長者", "620000", "名", C, "about", "受惠長者"),
    S("涉款[[約20億港元]]", "2000000000", "港元", M, "about", "額外津貼涉款", currency=HKD),
    S("改為[[4周]]內", "4", "周", T, "exact", "連續性合約計算期", OPT),                  # a rule's window
    S("累計工作[[68小時]]", "68", "小時", T, "exact", "連續性合約工時門檻"),
    S("惠及[[約6萬名]]僱員", "60000", "名", C, "about", "受惠僱員"),
    S("茶餐廳[[七十年]]\n", "70", "年", T, "exact", "茶餐廳歷史", OPT),                   # inside a title
    S("茶餐廳[[七十年]]」", "70", "年", T, "exact", "茶餐廳歷史", OPT),                   # inside the show's name
    S("展品[[逾300件]]", "300", "件", C, "over", "展品"),
    S("為期[[兩星期]]", "2", "星期", T, "exact", "冬季防火宣傳運動期間"),
    S("全港[[18區]]", "18", "區", C, "exact", "舉辦防火講座地區", OPT),                   # all the districts
    S("火警召喚[[2,847宗]]", "2847", "宗", C, "exact", "火警召喚"),
    S("按年下跌[[百分之六點九]]", "6.9", "%", P, "exact", "火警召喚", change=down(YOY)),
    S("約佔[[四成]]", "40", "成", P, "about", "住宅火警佔比", OPT),                       # X成
]

EVENTS = [
    E("一連搗破兩個毒品倉", "legal", "搗破", D30, location="觀塘及黃大仙",
      organizers=["警務處有組織罪案及三合會調查科"]),
    E("已偵破販毒案件1,236宗", "legal", "偵破", JAN_OCT, organizers=["警方"], opt=True),       # a period summary
    E("香港旅遊發展局昨日公布", "announcement", "公布", D30, organizers=["香港旅遊發展局"]),
    E("在尖沙咀海濱舉行的", "activity", "舉行", day("2026-12-12"), location="尖沙咀海濱",
      organizers=["旅發局"], theme="維港冬日嘉年華"),
    E("政府統計處昨日公布", "announcement", "公布", D30, organizers=["政府統計處"]),
    E("舉辦「就業博覽2026」", "recruitment", "就業博覽", day("2026-12-09", "2026-12-10"),
      location="九龍灣國際展貿中心", organizers=["勞工處"], theme="就業博覽2026"),
    E("舉行的「港島東區長跑賽」", "competition", "長跑賽", D06, theme="港島東區長跑賽"),
    E("部分路段將於當日早上5時至中午12時封閉", "traffic", "封閉", D06, location="柴灣道及東區走廊",
      organizers=["運輸署"]),
    E("多條巴士路線須臨時改道", "traffic", "改道", D06, opt=True),                             # the same closure
    E("天文台預測", "announcement", "預測", None, organizers=["天文台"], opt=True),            # a forecast
    E("房委會昨日公布", "announcement", "公布", D30, organizers=["房委會"]),
    E("房屋署預計", "announcement", "預計", None, organizers=["房屋署"], opt=True),            # a forecast
    E("澳門博彩監察協調局昨日公布", "announcement", "公布", D30, organizers=["澳門博彩監察協調局"]),
    E("機場管理局昨日公布", "announcement", "公布", D30, organizers=["機場管理局"]),
    E("機管局預計", "announcement", "預計", None, organizers=["機管局"], opt=True),            # a forecast
    E("進行冬季應節食品專項巡查", "inspection", "巡查", day("2026-11-16", "2026-11-27"), location="全港",
      organizers=["食物環境衞生署食物安全中心"]),
    E("額外發放半個月津貼", "payout", "發放", month(2027, 1), organizers=["勞工及福利局"],
      participants=["合資格長者生活津貼受惠人"]),
    E("三讀通過《2026年僱傭（修訂）條例草案》", "policy", "三讀通過", day("2026-11-25"), organizers=["立法會"]),
    E("新安排明年1月18日起生效", "policy", "生效", day("2027-01-18"), opt=True),                # the same bill
    E("起舉辦「港式茶餐廳七十年」專題展覽", "exhibition", "展覽", day("2026-12-04"), location="香港文化博物館",
      organizers=["康樂及文化事務署"], theme="港式茶餐廳七十年"),
    E("展開為期兩星期的冬季防火宣傳運動", "activity", "宣傳運動", D30, organizers=["消防處"]),
    E("舉辦防火講座", "training", "講座", D30, location="全港18區", organizers=["消防處"], opt=True),  # in the campaign
]
