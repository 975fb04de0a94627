"""濠鏡日報 (an invented Macao paper; home 澳門特別行政區), 2026-12-08 (a Tuesday): a Macao news page in traditional
script. Features: the page opens with a caption (`（本報記者 梁 嘉 俊 攝）`) and a column label (`澳聞`); openers
`【本報訊】` (no byline) on eleven items and `【本報記者 何 詠 詩 報道】` (the byline inside the opener) on one; a
byline on its own line after a body (`本報記者 鄭 志 明`); a paragraph broken mid-word (`…跑手參` | `與。…`) with a
headless item between; a headline standing three lines before its body with a headless item and a caption between
(`上月旅客按年升8.6%`); six headlines after their bodies; five items without headline; a caption credited to an
institution and a person (`旅遊局 何 卓 賢 攝`); a colon headline (`消委會：…`). Money in 澳門元 (written before the
amount: `約澳門元1,126億元`, unit 元), 港元 and 人民幣; `按年上升`, `按月下跌`, `較本年度增加0.8個百分點`, shares
(`佔比約31.5%`). Bodies: 立法會, 特區政府, 澳門特別行政區政府, 體育局, 地球物理氣象局/氣象局, 社會工作局,
治安警察局交通廳, 經濟及科技發展局, 旅遊局 ×3, 司法警察局/司警, 檢察院, 交通事務局, 教育及青年發展局, 勞工事務局,
消費者委員會/消委會, 衛生局, 澳門金融管理局, 市政署; 澳門田徑總會 and 澳門街坊會聯合總會 (social), 澳門理工大學 and
中山大學, 塔石衛生中心. Dates with Chinese numerals (`明年一月一日`, `本月五日`, `明年二月二十八日`, `十月底`,
`本月十四日至十八日`, `明年九月`, `今年首十一個月`), `昨日` = 12-07 (×6), `前日` = 12-06 (×2), `明日` = 12-09 (×3),
`週五（十一日）`, `下週四（十七日）起至明年一月十五日` (one mention), `下週一` = 12-14, `下週六` = 12-19,
`上週二（十二月一日）至週五` = 12-01..12-04, `上月` = November, `本月中旬`, `冬至當日` = 12-22 (a Macao holiday).

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "濠鏡日報"
PUBLISHED = "2026-12-08"
HOME = {"city": "澳門特別行政區"}

LAYOUT = [
    ("跑手沿西灣大橋起跑", "caption", "P0"),                  # （本報記者 梁 嘉 俊 攝）
    ("澳聞", "label", "M0"),
    ("立法會細則性通過", "headline", "M0"),
    ("【本報訊】立法會昨日", "body", "M0"),
    ("【本報訊】由體育局", "body", "M1"),                      # breaks mid-word (參|與)
    ("【本報訊】地球物理氣象局", "body", "M2"),                 # no headline
    ("與。男子全程", "body", "M1"),                            # the rest of M1's paragraph
    ("澳門國際馬拉松逾萬名", "headline", "M1"),                 # after its body
    ("上月旅客按年升", "headline", "M3"),                      # three lines before its body
    ("【本報記者 何 詠 詩 報道】", "body", "M4"),               # no headline
    ("光影節燈飾", "caption", "P1"),                           # 旅遊局 何 卓 賢 攝
    ("【本報訊】旅遊局初步統計", "body", "M3"),
    ("【本報訊】司法警察局", "body", "M5"),
    ("司警破冒充公安", "headline", "M5"),                      # after its body
    ("友誼大馬路下週四", "headline", "M6"),
    ("【本報訊】因應排水", "body", "M6"),
    ("教育及青年發展局公佈", "body", "M7"),
    ("本報記者 鄭 志 明", "byline", "M7"),                      # a byline on its own line
    ("幼兒入學報名", "headline", "M7"),                        # after body and byline
    ("【本報訊】勞工事務局", "body", "M8"),                     # no headline
    ("【本報訊】消費者委員會", "body", "M9"),
    ("消委會：", "headline", "M9"),                            # after its body
    ("最低工資明年起", "headline", "M10"),
    ("【本報訊】澳門特別行政區政府", "body", "M10"),
    ("衛生局表示", "body", "M11"),                             # no headline, no byline
    ("澳門金融管理局昨日", "body", "M12"),                      # no headline, no byline
    ("【本報訊】澳門理工大學", "body", "M13"),
    ("理工大學與中山大學", "headline", "M13"),                  # after its body
    ("【本報訊】市政署", "body", "M14"),
    ("冬至派湯圓", "headline", "M14"),                         # after its body
]

ARTICLES = {
    "M0": dict(), "M1": dict(), "M2": dict(), "M3": dict(),
    "M4": dict(byline=byline(reporters=["何詠詩"])),
    "M5": dict(), "M6": dict(),
    "M7": dict(byline=byline(reporters=["鄭志明"])),
    "M8": dict(), "M9": dict(), "M10": dict(), "M11": dict(), "M12": dict(), "M13": dict(), "M14": dict(),
}
JOINS = [("【本報訊】由體育局", "與。男子全程")]
PHOTOS = {
    "P0": dict(photographers=["梁嘉俊"], article="M1"),
    "P1": dict(photographers=["何卓賢"], article="M3"),
}

D07, D06, D09 = day("2026-12-07"), day("2026-12-06"), day("2026-12-09")
NEW_YEAR = day("2027-01-01")
JAN_NOV = months(2026, 1, 11)
Y27 = year(2027)
DATES = [
    D("通過[[明年]]財政預算", Y27, OPT),                                  # the budget's year, in a title
    D("立法會[[昨日]]舉行", D07),
    D("《[[2027年財政年度]]預算案》", Y27, OPT),                            # inside the bill's title
    D("列明，[[明年]]特區政府", Y27),
    D("較[[本年度]]增加", year(2026), OPT),                                 # a baseline
    D("法案將於[[明年一月一日]]起生效", NEW_YEAR),
    D("「[[2026]]澳門國際馬拉松」", year(2026), OPT),                       # inside the race's name
    D("」[[前日]]舉行", D06),
    D("影響，[[明日]]起本澳", D09),
    D("下降，[[週五（十一日）]]市區", day("2026-12-11")),
    D("表示，[[明日]]起開放", D09),
    D("預計，[[本月中旬]]仍有", xun(2026, 12, 1)),
    D("\n[[上月]]旅客按年升", month(2026, 11)),
    D("發展局[[昨日]]公佈", D07),
    D("公佈，[[今年首十一個月]]共批出", JAN_NOV),
    D("統計，[[十一月]]入境旅客", month(2026, 11)),
    D("；[[首十一個月]]累計", JAN_NOV),
    D("光影節」[[本月五日]]起", day("2026-12-05")),
    D("展期至[[明年二月二十八日]]", day("2027-02-28")),
    D("司法警察局[[前日]]在氹仔", D06),
    D("友誼大馬路[[下週四]]起局部封閉", day("2026-12-17")),
    D("方向[[下週四（十七日）起至明年一月十五日]]實施", day("2026-12-17", "2027-01-15")),
    D("公佈，[[2027/2028學年]]幼兒", (span("2027-09-01", "2028-08-31"), "year"), OPT),   # a school year, in a name
    D("報名於[[本月十四日至十八日]]進行", day("2026-12-14", "2026-12-18")),
    D("報名[[下週一]]開始", day("2026-12-14")),
    D("勞工事務局[[明日]]在", D09),
    D("委員會[[上週二（十二月一日）至週五]]在", day("2026-12-01", "2026-12-04")),
    D("最低工資[[明年]]起調升", Y27),
    D("政府[[昨日]]宣佈", D07),
    D("宣佈，[[明年一月一日]]起將", NEW_YEAR),
    D("截至[[昨日]]已接種", D07),
    D("衛生中心[[下週六]]起", day("2026-12-19")),
    D("管理局[[昨日]]公佈", D07),
    D("公佈，[[十月底]]居民", xun(2026, 10, 2)),
    D("理工大學[[昨日]]與", D07),
    D("，[[明年九月]]入學", month(2027, 9)),
    D("將於[[冬至當日]]在", day("2026-12-22")),
    D("「[[冬至]]暖萬家」", day("2026-12-22"), OPT),                        # inside a theme
    D("\n[[冬至]]派湯圓", day("2026-12-22")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"


def mo(name):
    """A Macao public body: its own name, also accepted with 澳門 or the SAR government before it."""
    return [name, f"澳門{name}", f"澳門特別行政區政府{name}"]


LFH = ["澳門特別行政區立法會", "立法會"]
ZF = ["澳門特別行政區政府", "特區政府"]
LYJ = mo("旅遊局")
QXJ = mo("地球物理氣象局")
SJ = mo("司法警察局")
XWH = ["消費者委員會", "澳門消費者委員會"]
LG = ["澳門理工大學"]
ZS = ["中山大學"]
ORGS = [
    O("\n[[立法會]]細則性", LFH, G),
    O("】[[立法會]]昨日", LFH, G),
    O("明年[[特區政府]]財政", ZF, G),
    O("由[[體育局]]及", mo("體育局"), G),
    O("及[[澳門田徑總會]]合辦", ["澳門田徑總會"], SO),
    O("】[[地球物理氣象局]]預測", QXJ, G),
    O("。[[社會工作局]]表示", mo("社會工作局"), G),
    O("。[[氣象局]]預計", QXJ, G),
    O("，[[治安警察局交通廳]]出動", mo("治安警察局交通廳"), G),
    O("】[[經濟及科技發展局]]昨日", mo("經濟及科技發展局"), G),
    O("前地。 [[旅遊局]] 何", LYJ, G),
    O("】[[旅遊局]]初步統計", LYJ, G),
    O("。[[旅遊局]]主辦", LYJ, G),
    O("】[[司法警察局]]前日", SJ, G),
    O("移送[[檢察院]]偵辦", ["澳門特別行政區檢察院", "檢察院"], G),
    O("\n[[司警]]破冒充", SJ, G),
    O("，[[交通事務局]]宣佈", mo("交通事務局"), G),
    O("\n[[教育及青年發展局]]公佈", mo("教育及青年發展局"), G),
    O("「[[澳門公共服務一戶通]]」", ["澳門公共服務一戶通"], G, OPT),           # a platform
    O("】[[勞工事務局]]明日", mo("勞工事務局"), G),
    O("在[[工人體育場]]舉辦", ["工人體育場"], IN, OPT),                         # a venue
    O("】[[消費者委員會]]上週二", XWH, G),
    O("\n[[消委會]]：", XWH, G),
    O("】[[澳門特別行政區政府]]昨日", ZF, G),
    O("\n[[衛生局]]表示", mo("衛生局"), G),
    O("；[[塔石衛生中心]]下週六", ["塔石衛生中心", "衛生局塔石衛生中心"], IN),
    O("\n[[澳門金融管理局]]昨日", ["澳門金融管理局"], G),
    O("】[[澳門理工大學]]昨日", LG, IN),
    O("與[[中山大學]]簽署", ZS, IN),
    O("\n[[理工大學]]與中山大學", LG, IN),
    O("理工大學與[[中山大學]]簽合作", ZS, IN),
    O("】[[市政署]]與", mo("市政署"), G),
    O("與[[澳門街坊會聯合總會]]將於", ["澳門街坊會聯合總會"], SO),
]

C, P, M, T, TE = "count", "percent", "money", "duration", "temperature"
MOP, HKD, CNY = "MOP", "HKD", "CNY"
YOY = "去年同期"
STATS = [
    S("總收入[[約澳門元1,126億元]]", "112600000000", "元", M, "about", "明年財政總收入", currency=MOP),
    S("總開支[[約澳門元1,038億元]]", "103800000000", "元", M, "about", "明年財政總開支", currency=MOP),
    S("佔總開支[[14.2%]]", "14.2", "%", P, "exact", "社會福利開支佔總開支比重"),
    S("增加[[0.8個百分點]]", "0.8", "個百分點", P, "exact", "社會福利開支佔比", change=up("本年度")),
    S("來自[[35個]]國家", "35", "個", C, "exact", "跑手來自的國家和地區"),
    S("地區[[約1.2萬名]]跑手", "12000", "名", C, "about", "參賽跑手"),
    S("最低氣溫[[約9℃]]", "9", "℃", TE, "about", "週五市區最低氣溫"),
    S("避寒中心[[4間]]", "4", "間", C, "exact", "臨時避寒中心"),
    S("出動警員[[逾600人次]]", "600", "人次", C, "over", "出動警員"),
    S("\n澳門國際馬拉松[[逾萬名]]", "10000", "名", C, "over", "參賽跑手"),
    S("按年升[[8.6%]]\n", "8.6", "%", P, "exact", "上月入境旅客", change=up(YOY)),
    S("申請[[1,286宗]]", "1286", "宗", C, "exact", "批出中小企業援助計劃申請"),
    S("援助金額[[約澳門元3.8億元]]", "380000000", "元", M, "about", "中小企業援助金額", currency=MOP),
    S("按年上升[[6.4%]]", "6.4", "%", P, "exact", "援助金額", change=up(YOY)),
    S("申請佔比[[約58%]]", "58", "%", P, "about", "餐飲及零售業申請佔比"),
    S("入境旅客[[約345萬人次]]", "3450000", "人次", C, "about", "十一月入境旅客"),
    S("萬人次，按年上升[[8.6%]]", "8.6", "%", P, "exact", "十一月入境旅客", change=up(YOY)),
    S("累計[[約3,620萬人次]]", "36200000", "人次", C, "about", "首十一個月入境旅客"),
    S("等[[5個]]地點", "5", "個", C, "exact", "光影節展出地點"),
    S("拘捕[[兩名]]本地", "2", "名", C, "exact", "拘捕本地男子"),
    S("涉款[[港元86萬元]]", "860000", "元", M, "exact", "詐騙案涉款", currency=HKD),
    S("及[[人民幣40萬元]]", "400000", "元", M, "exact", "詐騙案涉款", currency=CNY),
    S("巴士路線共[[9條]]", "9", "條", C, "exact", "受影響巴士路線"),
    S("預計[[約4,800名]]", "4800", "名", C, "about", "報名適齡幼兒"),
    S("，[[28間]]企業", "28", "間", C, "exact", "參加招聘會企業"),
    S("提供職位[[逾1,200個]]", "1200", "個", C, "over", "招聘會提供職位"),
    S("月薪介乎[[澳門元15,000元]]", "15000", "元", M, "exact", "招聘職位月薪下限", currency=MOP),
    S("至[[28,000元]]。", "28000", "元", M, "exact", "招聘職位月薪上限", currency=MOP),
    S("全澳[[32間]]超級市場", "32", "間", C, "exact", "物價調查超級市場"),
    S("日用品[[215項]]", "215", "項", C, "exact", "抽查食品及日用品"),
    S("食油等[[12項]]", "12", "項", C, "exact", "民生商品"),
    S("按月下跌[[1.3%]]", "1.3", "%", P, "exact", "民生商品平均價格", change=down("上月")),
    S("消委會：[[12項]]", "12", "項", C, "exact", "民生商品"),
    S("每小時[[36元]]\n", "36", "元", M, "exact", "每小時最低工資", currency=MOP),
    S("每小時[[澳門元34元]]", "34", "元", M, "exact", "原每小時最低工資", currency=MOP),
    S("調升至[[36元]]，", "36", "元", M, "exact", "每小時最低工資", currency=MOP),
    S("調升至[[澳門元7,490元]]", "7490", "元", M, "exact", "月薪最低標準", currency=MOP),
    S("已接種[[約14.6萬劑]]", "146000", "劑", C, "about", "流感疫苗接種"),
    S("按年上升[[11.2%]]", "11.2", "%", P, "exact", "流感疫苗接種", change=up(YOY)),
    S("存款總額[[約澳門元7,320億元]]", "732000000000", "元", M, "about", "居民存款總額", currency=MOP),
    S("按月上升[[0.9%]]", "0.9", "%", P, "exact", "居民存款總額", change=up("上月")),
    S("存款佔比[[約31.5%]]", "31.5", "%", P, "about", "澳門元存款佔比"),
    S("存款佔比[[約47.2%]]", "47.2", "%", P, "about", "港元存款佔比"),
    S("首批招生[[30名]]", "30", "名", C, "exact", "首批聯合培養研究生"),
    S("共[[1,500份]]", "1500", "份", C, "exact", "派發湯圓及暖包"),
    S("吸引[[逾3,000名]]市民", "3000", "名", C, "over", "參與活動市民"),
]

EVENTS = [
    E("細則性表決通過", "policy", "通過", D07, organizers=["立法會"]),
    E("法案將於明年一月一日起生效", "policy", "生效", NEW_YEAR, opt=True),                    # the same bill
    E("「2026澳門國際馬拉松」前日舉行", "competition", "舉行", D06,
      organizers=["體育局", "澳門田徑總會"], participants=["約1.2萬名跑手"], theme="2026澳門國際馬拉松"),
    E("梁 海 峰獲本地組冠軍", "award", "獲", D06, opt=True),                                 # the race's outcome
    E("出動警員逾600人次維持交通秩序", "traffic", "維持交通秩序", D06,
      organizers=["治安警察局交通廳"]),
    E("地球物理氣象局預測", "announcement", "預測", None, organizers=["地球物理氣象局"], opt=True),   # a forecast
    E("明日起開放臨時避寒中心4間", "launch", "開放", D09, organizers=["社會工作局"],
      participants=["露宿者"]),
    E("氣象局預計", "announcement", "預計", None, organizers=["氣象局"], opt=True),
    E("經濟及科技發展局昨日公佈", "announcement", "公佈", D07, organizers=["經濟及科技發展局"]),
    E("共批出中小企業援助計劃申請1,286宗", "payout", "批出", JAN_NOV, opt=True),               # a period summary
    E("旅遊局初步統計", "announcement", "統計", None, organizers=["旅遊局"], opt=True),          # no date
    E("等5個地點展出", "exhibition", "展出", day("2026-12-05", "2027-02-28"),
      location="南灣湖畔、議事亭前地", organizers=["旅遊局"], theme="澳門光影節"),
    E("拘捕兩名本地男子，破獲一宗冒充內地公安的電話詐騙案", "legal", "破獲", D06, location="氹仔",
      organizers=["司法警察局"]),
    E("案件已移送檢察院偵辦", "legal", "移送", None, opt=True),                                # the same case
    E("實施局部封閉施工", "traffic", "封閉施工", day("2026-12-17", "2027-01-15"), location="友誼大馬路",
      organizers=["交通事務局"]),
    E("入學統一報名於本月十四日至十八日進行", "registration", "報名", day("2026-12-14", "2026-12-18"),
      organizers=["教育及青年發展局"]),
    E("舉辦建造業專場招聘會", "recruitment", "招聘會", D09, location="工人體育場",
      organizers=["勞工事務局"], participants=["28間企業"]),
    E("超級市場進行物價調查", "inspection", "調查", day("2026-12-01", "2026-12-04"),
      organizers=["消費者委員會"]),
    E("將僱員最低工資由每小時澳門元34元調升至36元", "policy", "調升", NEW_YEAR,
      organizers=["澳門特別行政區政府"]),
    E("下週六起延長服務時間", "schedule", "延長服務時間", day("2026-12-19"), location="塔石衛生中心",
      organizers=["衛生局"]),
    E("澳門金融管理局昨日公佈", "announcement", "公佈", D07, organizers=["澳門金融管理局"]),
    E("昨日與中山大學簽署合作協議", "signing", "簽署", D07, organizers=["澳門理工大學"],
      participants=["中山大學"]),
    E("舉辦「冬至暖萬家」社區活動", "activity", "舉辦", day("2026-12-22"), location="祐漢公園",
      organizers=["市政署", "澳門街坊會聯合總會"], participants=["獨居長者"], theme="冬至暖萬家"),
    E("向獨居長者派發湯圓及暖包", "payout", "派發", day("2026-12-22"), opt=True),              # part of the activity
]
