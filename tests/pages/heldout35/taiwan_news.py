"""洄瀾日報 (花蓮縣, 臺灣), 115年6月6日 = 2026-06-06 (a Saturday): a Taiwan local news page in traditional script in the
style of 更生日報. Features: a `花蓮新聞` label; openers `【記者X X／花蓮報導】` naming the reporter in layout spaces
(the article's byline on a body line); a join after a comma (`…舉辦旅遊服務活動，` | `發放在地伴手禮兌換券3,000份。`)
with another item and its after-body headline between; captions `（陳 冠 宇攝）` and `（衛生局提供）` (no photographer);
headlines after their bodies; five items without headline. ROC years (`115年度`, `115年7月1日`, `115學年度`), money in
新台幣 (`新台幣14億3,600萬元`, `約新台幣3億2,000萬元`, `萬元`/`億元`, a headline's bare `9.8億`), numbers with
thousands separators (`2萬3,000個`, `1萬2,870人`, `1,600戶`). County bodies written short (`縣府觀光處`/`觀光處`,
`縣府社會處`/`社會處`, `縣府教育處`, `縣府主計處`, `縣府建設處`, `縣府農業處`/`農業處`, `縣府`) resolve with 花蓮縣政府;
中央 bodies (`衛福部`, `教育部`, `教育部國民及學前教育署`, `經濟部水利署第九河川分署`/`九河分署`, `內政部國土管理署`).
Dates: `昨（5）日` = 06-05, `今（6）日` = 06-06 (and `今` in titles), `端午連假（6月19日至21日）`, `端午連假`
(06-19..06-21), `連假首日` = 06-19, `下週三` = 06-10, `下週三（10日）上午8時至下午4時`, `6月13日起至8月31日`, `去年`,
`今年1至5月`.

Written at main commit 8df73af, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, months, span, up, year

PAPER = "洄瀾日報"
PUBLISHED = "2026-06-06"
HOME = {"county": "花蓮縣"}

LAYOUT = [
    ("花蓮新聞", "label", "T0"),
    ("【記者林 怡 君／花蓮報導】端午連假", "body", "T0"),      # breaks after a comma
    ("縣府社會處昨", "body", "T1"),
    ("長照據點增至", "headline", "T1"),                       # after its body
    ("發放在地伴手禮", "body", "T0"),                         # the rest of T0's paragraph
    ("端午連假臺鐵加開", "headline", "T0"),                   # after its body
    ("縣府教育處今", "body", "T2"),
    ("學生在技藝競賽中", "caption", "P0"),                    # （陳 冠 宇攝）
    ("國中技藝競賽", "headline", "T2"),                       # after its body and caption
    ("【記者黃 志 明／花蓮報導】花蓮縣文化局", "body", "T3"),
    ("洄瀾藝術季今起", "headline", "T3"),                     # after its body
    ("【記者黃 志 明／花蓮報導】花蓮縣議會", "body", "T4"),
    ("議會三讀", "headline", "T4"),                           # after its body
    ("【記者吳 佩 珊／花蓮報導】經濟部", "body", "T5"),
    ("九河分署防汛演練", "headline", "T5"),                   # after its body
    ("縣府建設處昨", "body", "T6"),                           # no headline
    ("衛福部花蓮醫院", "body", "T7"),                         # no headline
    ("長者接種疫苗", "caption", "P1"),                        # （衛生局提供）
    ("【記者吳 佩 珊／花蓮報導】門諾醫院", "body", "T8"),
    ("門諾醫院偏鄉篩檢", "headline", "T8"),                   # after its body
    ("花蓮縣警察局表示", "body", "T9"),                       # no headline
    ("【記者林 怡 君／花蓮報導】縣府農業處", "body", "T10"),
    ("文旦產銷履歷補助", "headline", "T10"),                  # after its body
    ("花蓮縣消防局提醒", "body", "T11"),                      # no headline
    ("台灣電力公司", "body", "T12"),                          # no headline
    ("教育部昨", "body", "T13"),
    ("國小新生少", "headline", "T13"),                        # after its body
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["林怡君"])),
    "T1": dict(), "T2": dict(),
    "T3": dict(byline=byline(reporters=["黃志明"])),
    "T4": dict(byline=byline(reporters=["黃志明"])),
    "T5": dict(byline=byline(reporters=["吳佩珊"])),
    "T6": dict(), "T7": dict(),
    "T8": dict(byline=byline(reporters=["吳佩珊"])),
    "T9": dict(),
    "T10": dict(byline=byline(reporters=["林怡君"])),
    "T11": dict(), "T12": dict(), "T13": dict(),
}
JOINS = [("【記者林 怡 君／花蓮報導】端午連假", "發放在地伴手禮")]
PHOTOS = {
    "P0": dict(photographers=["陳冠宇"], article="T2"),
    "P1": dict(photographers=[], article="T7"),
}

D05, D06, D10 = day("2026-06-05"), day("2026-06-06"), day("2026-06-10")
DUANWU = day("2026-06-19", "2026-06-21")
Y26, Y25 = year(2026), year(2025)
SY115 = (span("2026-08-01", "2027-07-31"), "year")
SY114 = (span("2025-08-01", "2026-07-31"), "year")
DATES = [
    D("】[[端午連假（6月19日至21日）]]將至", DUANWU),
    D("觀光處[[昨（5）日]]表示", D05),
    D("規劃於[[連假]]期間", DUANWU, OPT),                                 # the holiday named again
    D("預估[[連假]]3天", DUANWU, OPT),
    D("將於[[連假首日]]在花蓮", day("2026-06-19")),
    D("社會處[[昨（5）日]]公布", D05),
    D("較[[去年]]增加12處", Y25),
    D("，[[115年度]]長照", Y26),
    D("，[[下週三]]起將在", D10),
    D("\n[[端午連假]]臺鐵", DUANWU),
    D("教育處[[今（6）日]]在", D06),
    D("「[[115年度]]花蓮縣國中", Y26, OPT),                               # a year inside the contest's name
    D("」[[今（6）日]]起在花蓮文化", D06),
    D("展期至[[7月5日]]", day("2026-07-05")),
    D("洄瀾藝術季[[今]]起展出", D06),
    D("議會[[昨（5）日]]三讀", D05),
    D("縣府[[115年度]]第1次", Y26, OPT),                                   # a year inside the budget's name
    D("用於[[0403]]地震", day("2024-04-03"), OPT),                        # a number naming an earthquake
    D("自[[115年7月1日]]起執行", day("2026-07-01")),
    D("分署[[昨（5）日]]在花蓮溪", D05),
    D("九河分署表示，[[今年]]已完成", Y26),
    D("建設處[[昨（5）日]]宣布", D05),
    D("已於[[6月3日]]完工", day("2026-06-03")),
    D("合作，[[昨（5）日]]起在吉安鄉", D05),
    D("統計，[[今年1至5月]]全縣", months(2026, 1, 5)),
    D("較[[去年同期]]提升", Y25, OPT),
    D("門諾醫院[[今（6）日上午]]在", D06),
    D("院方表示，[[今年]]已在", Y26),
    D("偏鄉篩檢 [[今]]在壽豐", D06),
    D("表示，[[端午連假]]期間將在", DUANWU),
    D("，[[每日]]投入警力", VAGUE, OPT),                                  # a recurring slot
    D("農業處[[今（6）日]]起受理", D06),
    D("受理[[115年度]]文旦", Y26, OPT),                                    # a year inside the scheme's name
    D("受理至[[6月30日]]止", day("2026-06-30")),
    D("農業處指出，[[今年]]全縣", Y26),
    D("補助[[今]]起受理", D06),
    D("，[[夏季]]戲水", (span("2026-06-01", "2026-08-31"), "season"), OPT),  # a season as a descriptor
    D("將自[[6月13日起至8月31日]]在", day("2026-06-13", "2026-08-31")),
    D("每處[[每日]]至少", VAGUE, OPT),
    D("。[[去年]]全縣發生", Y25),
    D("公告，[[下週三（10日）上午8時至下午4時]]將在", D10),
    D("教育部[[昨（5）日]]公布", D05),
    D("公布[[115學年度]]國小", SY115, OPT),                                # a school year
    D("較[[114學年度]]減少", SY114, OPT),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
GUANG = ["花蓮縣政府觀光處"]
SHE = ["花蓮縣政府社會處"]
JYC = ["花蓮縣政府教育處"]
WFB = ["衛生福利部", "衛福部"]
JYB = ["教育部"]
JH = ["經濟部水利署第九河川分署"]
WSJ = ["花蓮縣衛生局"]
MN = ["門諾醫療財團法人門諾醫院", "門諾醫院"]
NYC = ["花蓮縣政府農業處"]
ORGS = [
    O("，[[縣府觀光處]]昨", GUANG, G),
    O("，[[臺鐵公司]]規劃", ["國營臺灣鐵路股份有限公司", "臺鐵公司", "台灣鐵路管理局"], CO),
    O("。[[觀光處]]並將", GUANG, G),
    O("\n[[縣府社會處]]昨", SHE, G),
    O("其中[[衛福部]]補助", WFB, G),
    O("。[[社會處]]表示", SHE, G),
    O("\n[[縣府教育處]]今", JYC, G),
    O("在[[花蓮高中]]舉辦", ["國立花蓮高級中學", "花蓮高中"], IN),
    O("。[[教育部國民及學前教育署]]另", ["教育部國民及學前教育署"], G),
    O("】[[花蓮縣文化局]]主辦", ["花蓮縣文化局"], G),
    O("在[[花蓮文化創意產業園區]]展出", ["花蓮文化創意產業園區"], IN, OPT),           # a venue
    O("】[[花蓮縣議會]]昨", ["花蓮縣議會"], G),
    O("通過[[縣府]]115年度", ["花蓮縣政府"], G),
    O("。[[縣府主計處]]指出", ["花蓮縣政府主計處"], G),
    O("】[[經濟部水利署第九河川分署]]昨", JH, G),
    O("。[[九河分署]]表示", JH, G),
    O("\n[[縣府建設處]]昨", ["花蓮縣政府建設處"], G),
    O("其中[[內政部國土管理署]]補助", ["內政部國土管理署"], G),
    O("\n[[衛福部花蓮醫院]]與", ["衛生福利部花蓮醫院"], IN),
    O("與[[花蓮縣衛生局]]合作", WSJ, G),
    O("。[[衛生局]]統計", WSJ, G),
    O("服務。（[[衛生局]]提供）", WSJ, G),
    O("】[[門諾醫院]]今", MN, IN),
    O("\n[[門諾醫院]]偏鄉篩檢", MN, IN),
    O("\n[[花蓮縣警察局]]表示", ["花蓮縣警察局"], G),
    O("】[[縣府農業處]]今", NYC, G),
    O("。[[農業處]]指出", NYC, G),
    O("\n[[花蓮縣消防局]]提醒", ["花蓮縣消防局"], G),
    O("\n[[台灣電力公司花蓮區營業處]]公告", ["台灣電力股份有限公司花蓮區營業處", "台灣電力公司花蓮區營業處"], CO),
    O("在[[花蓮市國聯里]]、", ["花蓮縣花蓮市國聯里"], CM, OPT),                      # a 里, as a village
    O("、[[民意里]]進行", ["花蓮縣花蓮市民意里"], CM, OPT),
    O("\n[[教育部]]昨", JYB, G),
    O("。[[縣府教育處]]表示", JYC, G),
    O("爭取[[教育部]]補助", JYB, G),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
TWD = "TWD"
STATS = [
    S("幹線列車[[46班次]]", "46", "班次", C, "exact", "加開東部幹線列車"),
    S("增加座位[[約2萬3,000個]]", "23000", "個", C, "about", "增加座位"),
    S("連假[[3天]]將有", "3", "天", T, "exact", "連假天數"),
    S("將有[[逾18萬人次]]", "180000", "人次", C, "over", "到訪花蓮遊客"),
    S("據點已達[[186處]]", "186", "處", C, "exact", "長照服務據點"),
    S("去年增加[[12處]]", "12", "處", C, "exact", "長照服務據點", change=up("去年")),
    S("經費達[[新台幣14億3,600萬元]]", "1436000000", "元", M, "exact", "115年度長照相關經費", currency=TWD),
    S("衛福部補助[[約11億元]]", "1100000000", "元", M, "about", "衛福部補助長照經費", currency=TWD),
    S("巡迴服務車[[2輛]]", "2", "輛", C, "exact", "加派巡迴服務車"),
    S("據點增至[[186處]]", "186", "處", C, "exact", "長照服務據點"),
    S("兌換券[[3,000份]]", "3000", "份", C, "exact", "在地伴手禮兌換券"),
    S("臺鐵加開[[46班次]]", "46", "班次", C, "exact", "臺鐵加開列車"),
    S("全縣[[24所]]國中", "24", "所", C, "exact", "參賽國中"),
    S("共[[612名]]學生", "612", "名", C, "exact", "參賽學生"),
    S("農業等[[13類]]", "13", "類", C, "exact", "競賽項目"),
    S("另補助[[新台幣380萬元]]", "3800000", "元", M, "exact", "技藝教室設備補助", currency=TWD),
    S("競賽 [[612生]]同場", "612", "生", C, "exact", "參賽學生"),
    S("集結[[32位]]", "32", "位", C, "exact", "在地藝術家"),
    S("的[[120件]]作品", "120", "件", C, "exact", "展出作品"),
    S("總額[[新台幣9億8,520萬元]]", "985200000", "元", M, "exact", "追加預算總額", currency=TWD),
    S("其中[[2億4,000萬元]]用於", "240000000", "元", M, "exact", "災後道路及邊坡修復預算", currency=TWD),
    S("追加預算[[9.8億]]\n", "980000000", "元", M, "exact", "追加預算總額", currency=TWD),
    S("出動抽水機[[12台]]", "12", "台", C, "exact", "出動抽水機"),
    S("挖土機[[8部]]", "8", "部", C, "exact", "出動挖土機"),
    S("人員[[約150人]]", "150", "人", C, "about", "出動人員"),
    S("已完成[[12項]]", "12", "項", C, "exact", "防汛應變工程"),
    S("總經費[[約新台幣3億2,000萬元]]", "320000000", "元", M, "about", "防汛應變工程總經費", currency=TWD),
    S("抽水機[[12台]]就位", "12", "台", C, "exact", "就位抽水機"),
    S("全長[[1.8公里]]", "1.8", "公里", L, "exact", "拓寬路段全長"),
    S("工程經費[[新台幣1億2,500萬元]]", "125000000", "元", M, "exact", "拓寬工程經費", currency=TWD),
    S("補助[[約7成]]", "0.7", "成", P, "about", "國土管理署補助比例", OPT),                  # X成
    S("等[[5鄉鎮]]推動", "5", "鄉鎮", C, "exact", "服務鄉鎮"),
    S("預計服務[[4,500人次]]", "4500", "人次", C, "exact", "疫苗到點接種服務"),
    S("已有[[1萬2,870人]]", "12870", "人", C, "exact", "接種肺炎鏈球菌疫苗人數"),
    S("提升[[3.2個百分點]]", "3.2", "個百分點", P, "exact", "疫苗接種率", change=up("去年同期")),
    S("預計服務[[300人]]", "300", "人", C, "exact", "健康篩檢服務人數"),
    S("巡迴篩檢[[28場]]", "28", "場", C, "exact", "巡迴篩檢"),
    S("服務[[超過4,000人次]]", "4000", "人次", C, "over", "巡迴篩檢服務人次"),
    S("台11線等[[6處]]", "6", "處", C, "exact", "易壅塞路段"),
    S("警力[[約320人次]]", "320", "人次", C, "about", "每日投入警力"),
    S("每公頃補助[[新台幣1萬元]]", "10000", "元", M, "exact", "每公頃補助", currency=TWD),
    S("面積[[約1,050公頃]]", "1050", "公頃", A, "about", "文旦種植面積"),
    S("可達[[1萬6,000公噸]]", "16000", "公噸", W, "exact", "文旦預估產量"),
    S("產值[[逾新台幣5億元]]", "500000000", "元", M, "over", "文旦產值", currency=TWD),
    S("鯉魚潭等[[8處]]水域", "8", "處", C, "exact", "派駐救生人員水域"),
    S("至少[[4人]]", "4", "人", C, "over", "每處每日救生人員"),
    S("溺水事故[[14件]]", "14", "件", C, "exact", "溺水事故"),
    S("造成[[5人]]死亡", "5", "人", C, "exact", "溺水死亡人數"),
    S("屆時[[約1,600戶]]", "1600", "戶", C, "about", "暫停供電用戶"),
    S("預估[[2,214人]]", "2214", "人", C, "exact", "國小新生"),
    S("減少[[186人]]，", "186", "人", C, "exact", "國小新生", change=down("114學年度")),
    S("減幅[[7.8%]]", "7.8", "%", P, "exact", "國小新生減幅", change=down("114學年度")),
    S("在[[9所]]小校", "9", "所", C, "exact", "推動混齡教學小校"),
    S("新生少[[186人]]", "186", "人", C, "exact", "國小新生", change=down()),
]

EVENTS = [
    E("規劃於連假期間加開東部幹線列車46班次", "traffic", "加開", DUANWU, organizers=["臺鐵公司"]),
    E("在花蓮車站前廣場舉辦旅遊服務活動", "activity", "舉辦", day("2026-06-19"), location="花蓮車站前廣場",
      organizers=["觀光處"]),
    E("發放在地伴手禮兌換券3,000份", "payout", "發放", day("2026-06-19"), opt=True),  # a handout inside the activity
    E("縣府社會處昨（5）日公布", "announcement", "公布", D05, organizers=["縣府社會處"]),
    E("加派巡迴服務車2輛", "launch", "加派", D10, location="秀林、萬榮兩鄉", organizers=["社會處"]),
    E("舉辦「115年度花蓮縣國中技藝競賽」", "competition", "競賽", D06, location="花蓮高中",
      organizers=["縣府教育處"], participants=["24所國中"]),
    E("另補助新台幣380萬元", "payout", "補助", None, organizers=["教育部國民及學前教育署"]),
    E("學生在技藝競賽中專心製作烘焙作品", "competition", "競賽", None, opt=True),          # the caption of T2
    E("在花蓮文化創意產業園區展出", "exhibition", "展出", day("2026-06-06", "2026-07-05"),
      location="花蓮文化創意產業園區", organizers=["花蓮縣文化局"], theme="洄瀾藝術季"),
    E("三讀通過縣府115年度第1次追加預算案", "policy", "通過", D05, organizers=["花蓮縣議會"]),
    E("追加預算自115年7月1日起執行", "policy", "執行", day("2026-07-01"), opt=True),       # the same budget in force
    E("舉行防汛搶險演練", "training", "演練", D05, location="花蓮溪出海口",
      organizers=["經濟部水利署第九河川分署"]),
    E("已完成12項防汛應變工程", "construction", "完成", Y26, opt=True),                   # a year summary
    E("拓寬工程已於6月3日完工通車", "construction", "完工", day("2026-06-03"), location="吉安鄉中央路三段",
      organizers=["縣府建設處"]),
    E("推動「長者疫苗到點接種」服務", "activity", "推動", D05, location="吉安鄉、壽豐鄉",
      organizers=["衛福部花蓮醫院", "花蓮縣衛生局"], theme="長者疫苗到點接種"),
    E("長者接種疫苗 醫護到社區服務", "activity", "接種", None, opt=True),                  # the caption of T7
    E("舉辦免費健康篩檢", "activity", "篩檢", D06, location="壽豐鄉豐裡村活動中心", organizers=["門諾醫院"]),
    E("已在偏鄉辦理巡迴篩檢28場", "activity", "篩檢", Y26, opt=True),                     # a year summary
    E("實施交通疏導", "traffic", "交通疏導", DUANWU, location="台9線、台11線", organizers=["花蓮縣警察局"]),
    E("受理115年度文旦產銷履歷驗證補助申請", "registration", "申請", day("2026-06-06", "2026-06-30"),
      organizers=["縣府農業處"]),
    E("派駐救生人員", "activity", "派駐", day("2026-06-13", "2026-08-31"), location="七星潭、鯉魚潭",
      organizers=["花蓮縣消防局"]),
    E("進行線路維護工程，屆時約1,600戶暫停供電", "other", "暫停供電", D10, location="花蓮市國聯里、民意里",
      organizers=["台灣電力公司花蓮區營業處"]),
    E("教育部昨（5）日公布", "announcement", "公布", D05, organizers=["教育部"]),
    E("在9所小校推動混齡教學", "policy", "推動", None, opt=True),                          # a plan
]
