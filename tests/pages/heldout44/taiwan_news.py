"""台灣時報 (臺東縣), 2026-08-08 (a Saturday, 父親節): a Taitung local page in traditional script.
Features: a `台東綜合` label; openers `【記者X X／台東報導】` (one `／成功報導`) carrying the byline; a join after a
comma (`…帶動周邊消費約新台幣18億元，` | `縣內旅宿業平均住房率達87%…`) with another item and its after-body headline
between; a caption `（記者陳 俊 宏／攝影）`; headlines after their bodies and before them; six items without headline
(four of them without opener). ROC years (`115年度`, `115年上半年`, `117年底`, `115學年度`); money in 新台幣 with
thousands separators (`新台幣3,200萬元`, bare `3.6億元`); 縣府 bureaus resolved with 臺東縣 (`縣府交通及觀光發展處`,
`縣府農業處`, `縣府建設處`, `縣府衛生局`/`衛生局`, `縣府主計處`, `縣府環境保護局`/`環保局`, `縣府教育處`,
`縣府青年及國際事務處`), 鄉鎮市公所 (`金峰鄉公所`, `臺東市公所`), 中央 bodies (`原住民族委員會`/`原民會`,
`交通部觀光署東部海岸國家風景區管理處`/`東管處`, `農業部`, `勞動部勞動力發展署高屏澎東分署`). Dates:
`昨（7）日`/`昨日` = 08-07, `今（8）日`/`今日下午`/`父親節` = 08-08, `明（9）日` and a bare `明` in a title = 08-09,
`下月中旬`, `上月底`, `今年底`, `本月14日至16日`, `即日起至8月31日`, `暑假` (07-01..08-30: the school holiday, the
page giving 開學 8月31日).

Written at main commit 3aa6f9e, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, span, up, xun, year

PAPER = "台灣時報"
PUBLISHED = "2026-08-08"
HOME = {"county": "臺東縣"}

LAYOUT = [
    ("台東綜合", "label", "T0"),
    ("熱氣球嘉年華明閉幕", "headline", "T0"),
    ("【記者陳 俊 宏／台東報導】2026", "body", "T0"),        # breaks after a comma
    ("【記者潘 怡 君／台東報導】原住民族", "body", "T1"),
    ("原民會核定", "headline", "T1"),                         # after its body
    ("縣內旅宿業", "body", "T0"),                             # the rest of T0's paragraph
    ("熱氣球在鹿野高台", "caption", "P0"),                    # （記者陳 俊 宏／攝影）
    ("【記者林 佩 珊／成功報導】", "body", "T2"),
    ("三仙台步橋", "headline", "T2"),                         # after its body
    ("颱風農損", "headline", "T3"),
    ("【記者潘 怡 君／台東報導】受上月底", "body", "T3"),
    ("【記者林 佩 珊／台東報導】今（8）日", "body", "T4"),    # no headline
    ("【記者黃 冠 霖／台東報導】臺東市", "body", "T5"),
    ("中華大橋改建開工", "headline", "T5"),                   # after its body
    ("縣議會臨時會", "headline", "T6"),
    ("【記者陳 俊 宏／台東報導】臺東縣議會", "body", "T6"),
    ("縣府衛生局", "body", "T7"),                             # no headline, no opener
    ("國營臺灣鐵路公司", "body", "T8"),                       # no headline, no opener
    ("縣府主計處", "body", "T9"),                             # no headline, no opener
    ("【記者潘 怡 君／台東報導】縣府環境", "body", "T10"),
    ("杉原海灘淨灘", "headline", "T10"),                      # after its body
    ("暑期育樂營", "headline", "T11"),
    ("縣府教育處", "body", "T11"),
    ("【記者黃 冠 霖／台東報導】臺東縣警察局", "body", "T12"),  # no headline
    ("勞動部勞動力發展署", "body", "T13"),                    # no headline, no opener
    ("縣府青年創業補助", "headline", "T14"),
    ("縣府青年及國際事務處", "body", "T14"),
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["陳俊宏"])),
    "T1": dict(byline=byline(reporters=["潘怡君"])),
    "T2": dict(byline=byline(reporters=["林佩珊"])),
    "T3": dict(byline=byline(reporters=["潘怡君"])),
    "T4": dict(byline=byline(reporters=["林佩珊"])),
    "T5": dict(byline=byline(reporters=["黃冠霖"])),
    "T6": dict(byline=byline(reporters=["陳俊宏"])),
    "T7": dict(), "T8": dict(), "T9": dict(),
    "T10": dict(byline=byline(reporters=["潘怡君"])),
    "T11": dict(),
    "T12": dict(byline=byline(reporters=["黃冠霖"])),
    "T13": dict(), "T14": dict(),
}
JOINS = [("【記者陳 俊 宏／台東報導】2026", "縣內旅宿業")]
PHOTOS = {
    "P0": dict(photographers=["陳俊宏"], article="T0"),
}

D07, D08, D09 = day("2026-08-07"), day("2026-08-08"), day("2026-08-09")
SUMMER = day("2026-07-01", "2026-08-30")                         # 暑假: the school holiday before 開學 8月31日
H1 = (span("2026-01-01", "2026-06-30"), "quarter")               # 上半年: the first two quarters
Y26, Y25 = year(2026), year(2025)
DATES = [
    D("嘉年華[[明]]閉幕", D09),
    D("】[[2026]]臺灣國際", Y26, OPT),                          # a year inside the festival's name
    D("將於[[明（9）日]]閉幕", D09),
    D("發展處[[昨（7）日]]統計", D07),
    D("活動自[[7月4日]]開幕", day("2026-07-04")),
    D("較[[去年同期]]成長", Y25, OPT),
    D("委員會[[昨（7）日]]核定", D07),
    D("核定[[115年度]]部落", Y26, OPT),                         # a year inside the plan's name
    D("將於[[下月中旬]]公布", xun(2026, 9, 1)),
    D("將自[[9月1日]]起封閉", day("2026-09-01")),
    D("預計[[今年底]]重新", xun(2026, 12, 2)),
    D("，[[暑假]]期間步橋", SUMMER),
    D("步橋[[9月]]起封閉", month(2026, 9)),
    D("受[[上月底]]颱風", xun(2026, 7, 2)),
    D("農業部[[昨（7）日]]公告", D07),
    D("可於[[本月21日]]前", day("2026-08-21")),
    D("】[[今（8）日]]是父親節", D08),
    D("是[[父親節]]，", D08),
    D("公所[[今日下午]]在", D08),
    D("改建工程[[昨（7）日]]開工", D07),
    D("預計[[117年底]]完工", xun(2028, 12, 2)),
    D("開工 [[117年底]]完工", xun(2028, 12, 2)),
    D("縣議會[[昨（7）日]]召開", D07),
    D("縣府[[115年度]]總預算", Y26),                             # the budget year
    D("衛生局[[今年以來]]累計", Y26, OPT),
    D("衛生局[[昨日]]會同", D07),
    D("，[[本月14日至16日]]將加開", day("2026-08-14", "2026-08-16")),
    D("可自[[今（8）日]]起透過", D08),
    D("主計處[[昨日]]發布", D07),
    D("，[[115年上半年]]臺東縣", H1),
    D("較[[去年同期]]增加", Y25, OPT),
    D("環境保護局[[昨（7）日]]結合", D07),
    D("表示，[[今年]]已辦理", Y26),
    D("\n[[暑期]]育樂營", SUMMER, OPT),                           # the holiday inside the camps' name
    D("表示，[[暑假]]期間縣內", SUMMER),
    D("開辦[[暑期]]育樂營", SUMMER, OPT),
    D("；[[115學年度]]第1學期", VAGUE, OPT),                     # a school year naming a term
    D("將於[[8月31日]]開學", day("2026-08-31")),
    D("分局[[昨（7）日]]破獲", D07),
    D("將於[[本月15日]]在臺東", day("2026-08-15")),
    D("創業補助 [[即日起]]受理", day("2026-08-08", "2026-08-31"), OPT),   # a title: the window's start only
    D("，[[115年度]]青年返鄉", Y26, OPT),                       # a year inside the grant's name
    D("補助[[即日起至8月31日]]受理", day("2026-08-08", "2026-08-31")),
    D("，[[今年]]預計補助", Y26),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
YMH = ["原住民族委員會"]
DGC = ["交通部觀光署東部海岸國家風景區管理處"]
NYB = ["農業部"]
TTG = ["臺東縣政府"]
SGS = ["臺東市公所"]
WSJ = ["臺東縣衛生局", "臺東縣政府衛生局"]
HBJ = ["臺東縣環境保護局", "臺東縣政府環境保護局"]
YH = ["臺東縣議會"]
ORGS = [
    O("，[[縣府交通及觀光發展處]]昨", ["臺東縣政府交通及觀光發展處"], G),
    O("】[[原住民族委員會]]昨", YMH, G),
    O("。[[金峰鄉公所]]表示", ["臺東縣金峰鄉公所", "金峰鄉公所"], G),
    O("\n[[原民會]]核定", YMH, G),
    O("。[[縣府]]將於下月", TTG, G),
    O("】[[交通部觀光署東部海岸國家風景區管理處]]宣布", DGC, G),
    O("。[[東管處]]提醒", DGC, G),
    O(" [[農業部]]啟動", NYB, G),
    O("。[[農業部]]昨（7）日", NYB, G),
    O("。[[縣府農業處]]估計", ["臺東縣政府農業處"], G),
    O("，[[臺東市公所]]今日", SGS, G),
    O("在[[鐵花村音樂聚落]]舉辦", ["鐵花村音樂聚落"], IN, OPT),            # a venue
    O("。[[縣府建設處]]表示", ["臺東縣政府建設處"], G),
    O("\n[[縣議會]]臨時會", YH, G),
    O("】[[臺東縣議會]]昨", YH, G),
    O("通過[[縣府]]115年度", TTG, G),
    O("\n[[縣府衛生局]]今年", WSJ, G),
    O("。[[衛生局]]昨日", WSJ, G),
    O("會同[[臺東市公所]]在", SGS, G),
    O("。[[衛生局]]呼籲", WSJ, G),
    O("\n[[國營臺灣鐵路公司]]宣布", ["國營臺灣鐵路股份有限公司", "國營臺灣鐵路公司", "臺鐵公司"], CO),
    O("\n[[縣府主計處]]昨日", ["臺東縣政府主計處"], G),
    O("】[[縣府環境保護局]]昨", HBJ, G),
    O("結合[[海巡署東部分署第十四岸巡隊]]及",
      ["海洋委員會海巡署東部分署第十四岸巡隊", "海巡署東部分署第十四岸巡隊"], G),
    O("。[[環保局]]表示", HBJ, G),
    O("\n[[縣府教育處]]表示", ["臺東縣政府教育處"], G),
    O("】[[臺東縣警察局臺東分局]]昨", ["臺東縣警察局臺東分局"], G),
    O("移送[[臺東地檢署]]偵辦", ["臺灣臺東地方檢察署", "臺東地檢署"], G),
    O("\n[[勞動部勞動力發展署高屏澎東分署]]將於", ["勞動部勞動力發展署高屏澎東分署"], G),
    O("在[[臺東就業中心]]舉辦", ["勞動部勞動力發展署高屏澎東分署臺東就業中心", "臺東就業中心"], IN),
    O("\n[[縣府]]青年創業", TTG, G),
    O("\n[[縣府青年及國際事務處]]宣布", ["臺東縣政府青年及國際事務處"], G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
TWD = "TWD"
STATS = [
    S("湧入[[112萬人次]]", "1120000", "人次", C, "exact", "鹿野高台遊客"),
    S("吸引遊客[[112萬人次]]", "1120000", "人次", C, "exact", "鹿野高台累計遊客"),
    S("成長[[6.5%]]", "6.5", "%", P, "exact", "鹿野高台遊客", change=up("去年同期")),
    S("消費[[約新台幣18億元]]", "1800000000", "元", M, "about", "帶動周邊消費", currency=TWD),
    S("等[[5個]]鄉", "5", "個", C, "exact", "獲補助的鄉"),
    S("共獲補助[[新台幣3,200萬元]]", "32000000", "元", M, "exact", "部落產業發展補助", currency=TWD),
    S("臺東獲[[3,200萬元]]", "32000000", "元", M, "exact", "部落產業補助", currency=TWD),
    S("住房率達[[87%]]", "87", "%", P, "exact", "旅宿業平均住房率"),
    S("高出[[約30個百分點]]", "30", "個百分點", P, "about", "旅宿業平均住房率", change=up("平日")),
    S("工期[[約4個月]]", "4", "個月", T, "about", "步橋整修工期"),
    S("總經費[[新台幣6,800萬元]]", "68000000", "元", M, "exact", "步橋整修總經費", currency=TWD),
    S("受損面積達[[1,260公頃]]", "1260", "公頃", A, "exact", "作物受損面積"),
    S("等[[6個]]鄉鎮市", "6", "個", C, "exact", "現金救助地區鄉鎮市"),
    S("每公頃救助[[新台幣5萬元]]", "50000", "元", M, "exact", "釋迦每公頃救助金額", currency=TWD),
    S("農損金額[[約新台幣1.8億元]]", "180000000", "元", M, "about", "全縣農損金額", currency=TWD),
    S("轄內[[50位]]模範父親", "50", "位", C, "exact", "受表揚的模範父親"),
    S("禮券[[新台幣2,000元]]", "2000", "元", M, "exact", "每人致贈禮券", currency=TWD),
    S("吸引[[約600名]]民眾", "600", "名", C, "about", "預計參加民眾"),
    S("總經費[[新台幣4.2億元]]", "420000000", "元", M, "exact", "中華大橋改建工程總經費", currency=TWD),
    S("中央補助[[七成]]", "0.7", "成", P, "exact", "中央補助比例", OPT),             # X成
    S("追加預算[[3.6億元]]", "360000000", "元", M, "exact", "追加預算", currency=TWD),
    S("追加[[新台幣3.6億元]]", "360000000", "元", M, "exact", "追加預算", currency=TWD),
    S("復建經費[[約2.1億元]]", "210000000", "元", M, "about", "災後復建經費", currency=TWD),
    S("移入病例[[3例]]", "3", "例", C, "exact", "登革熱境外移入病例"),
    S("等[[4里]]進行", "4", "里", C, "exact", "進行孳生源清除的里"),
    S("積水容器[[1,240個]]", "1240", "個", C, "exact", "巡查積水容器"),
    S("陽性容器[[37個]]", "37", "個", C, "exact", "陽性容器"),
    S("自強號共[[12班次]]", "12", "班次", C, "exact", "加開自強號"),
    S("座位[[約4,800個]]", "4800", "個", C, "about", "增加座位"),
    S("遊客達[[486萬人次]]", "4860000", "人次", C, "exact", "主要觀光遊憩據點遊客"),
    S("增加[[12.3%]]", "12.3", "%", P, "exact", "主要觀光遊憩據點遊客", change=up("去年同期")),
    S("外籍旅客[[約18.6萬人次]]", "186000", "人次", C, "about", "外籍旅客"),
    S("及[[120名]]志工", "120", "名", C, "exact", "參加淨灘的志工"),
    S("廢棄物[[約1.6公噸]]", "1.6", "公噸", W, "about", "清除海洋廢棄物"),
    S("寶特瓶[[逾3,000支]]", "3000", "支", C, "over", "清出寶特瓶"),
    S("淨灘[[18場]]", "18", "場", C, "exact", "今年已辦理淨灘"),
    S("清出[[1.6公噸]]", "1.6", "公噸", W, "exact", "清出廢棄物"),
    S("育樂營 [[2,400人次]]", "2400", "人次", C, "exact", "育樂營參與學童"),
    S("縣內[[32所]]國中小", "32", "所", C, "exact", "開辦育樂營的國中小"),
    S("學童[[逾2,400人次]]", "2400", "人次", C, "over", "參與學童"),
    S("逮捕嫌犯[[8人]]", "8", "人", C, "exact", "逮捕嫌犯"),
    S("現金[[新台幣126萬元]]", "1260000", "元", M, "exact", "查扣現金", currency=TWD),
    S("手機[[42支]]", "42", "支", C, "exact", "查扣手機"),
    S("邀集[[28家]]廠商", "28", "家", C, "exact", "參加徵才的廠商"),
    S("釋出[[逾600個]]職缺", "600", "個", C, "over", "釋出職缺"),
    S("平均月薪[[約新台幣3.3萬元]]", "33000", "元", M, "about", "職缺平均月薪", currency=TWD),
    S("補助[[40案]]", "40", "案", C, "exact", "預計補助案件"),
    S("總經費[[新台幣1,500萬元]]", "15000000", "元", M, "exact", "青年返鄉創業補助總經費", currency=TWD),
]

EVENTS = [
    E("熱氣球嘉年華將於明（9）日閉幕", "activity", "閉幕", D09, location="鹿野高台"),
    E("縣府交通及觀光發展處昨（7）日統計", "announcement", "統計", D07, organizers=["縣府交通及觀光發展處"]),
    E("核定115年度部落產業發展補助計畫", "policy", "核定", D07, organizers=["原住民族委員會"]),
    E("縣府將於下月中旬公布", "announcement", "公布", xun(2026, 9, 1), organizers=["縣府"]),
    E("熱氣球在鹿野高台升空", "activity", "升空", None, location="鹿野高台", opt=True),      # the caption of T0
    E("跨海步橋將自9月1日起封閉整修", "construction", "封閉整修", day("2026-09-01"), location="三仙台",
      organizers=["交通部觀光署東部海岸國家風景區管理處"]),
    E("預計今年底重新開放", "schedule", "開放", xun(2026, 12, 2), opt=True),                  # a plan
    E("暑假期間步橋仍正常開放", "schedule", "開放", SUMMER, opt=True),
    E("公告東河、太麻里、卑南等6個鄉鎮市為現金救助地區", "payout", "現金救助", D07, organizers=["農業部"]),
    E("可於本月21日前向公所提出申請", "registration", "申請", day("2026-08-21")),
    E("舉辦「爸氣十足」音樂會", "activity", "舉辦", D08, location="鐵花村音樂聚落", organizers=["臺東市公所"],
      theme="爸氣十足"),
    E("表揚轄內50位模範父親", "award", "表揚", D08, organizers=["臺東市公所"], participants=["50位模範父親"]),
    E("致贈禮券", "payout", "致贈", D08, opt=True),                                           # part of the award
    E("改建工程昨（7）日開工", "construction", "開工", D07, location="臺東市中華大橋"),
    E("預計117年底完工", "construction", "完工", xun(2028, 12, 2), opt=True),                 # a plan
    E("維持雙向各一車道通行", "traffic", "通行", None, opt=True),
    E("召開第20屆第3次臨時會", "meeting", "召開", D07, organizers=["臺東縣議會"]),
    E("審議通過縣府115年度總預算追加預算案", "policy", "通過", D07, opt=True),              # the meeting's act
    E("進行孳生源清除，共巡查戶內外積水容器", "inspection", "巡查", D07, location="豐里、新園等4里",
      organizers=["衛生局", "臺東市公所"]),
    E("將加開南迴線自強號共12班次", "traffic", "加開", day("2026-08-14", "2026-08-16"), location="南迴線",
      organizers=["國營臺灣鐵路公司"]),
    E("起透過網路訂票", "registration", "訂票", D08, opt=True),                               # ticket sales
    E("縣府主計處昨日發布統計", "announcement", "發布", D07, organizers=["縣府主計處"]),
    E("在杉原海灘辦理淨灘活動", "activity", "淨灘", D07, location="杉原海灘", organizers=["縣府環境保護局"],
      participants=["海巡署東部分署第十四岸巡隊", "120名志工"]),
    E("今年已辦理淨灘18場", "activity", "淨灘", Y26, opt=True),                               # a year summary
    E("開辦暑期育樂營", "activity", "育樂營", SUMMER, organizers=["縣內32所國中小"]),
    E("第1學期將於8月31日開學", "schedule", "開學", day("2026-08-31"), organizers=["縣府教育處"]),
    E("破獲一處詐騙集團機房", "legal", "破獲", D07, organizers=["臺東縣警察局臺東分局"]),
    E("移送臺東地檢署偵辦", "legal", "移送", D07, opt=True),                                  # the same case
    E("在臺東就業中心舉辦聯合徵才活動", "recruitment", "徵才", day("2026-08-15"), location="臺東就業中心",
      organizers=["勞動部勞動力發展署高屏澎東分署"], participants=["28家廠商"]),
    E("即日起至8月31日受理申請", "registration", "申請", day("2026-08-08", "2026-08-31"),
      organizers=["縣府青年及國際事務處"]),
]
