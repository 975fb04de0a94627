"""浯島日報 (金門縣), 2026-03-14 (a Saturday): a Taiwan local news page in traditional script, 金門日報-like.
Features: a `金門新聞` label; openers `【記者X X／金城報導】` (names in layout spaces; the line stays body); captions
`（記者X X／攝影）`; a join after a comma (`…放寬小三通客船載客量，` | `單船上限由180人提高至240人。…`) with a headless
item between; headlines after their bodies; nine items without headline. ROC years (`115年` = 2026, `114年`, `113年`,
`116年底`, `115學年度`); 新台幣 `萬元`/`億元` with thousands separators (`2萬2,000人次`,
`新台幣2億3,600萬元`, `118億3,000萬元`). 金門縣政府 bureaus written `縣府X處`/`縣府X局` resolve with the county
(`縣府交通旅遊局`, `縣府社會處`, `縣府建設處`, `縣府衛生局`, `縣府消防局`, `縣府教育處`, `縣府文化局`);
鄉鎮公所 (`金沙鎮公所`, `金城鎮公所`, `烈嶼鄉公所`); 中央 bodies (`海委會`, `海委會海巡署金馬澎分署`,
`交通部航港局`, `交通部民用航空局金門航空站`, `陸委會`). Dates: `昨（13）日` = 03-13, `今（14）日` = 03-14,
`明（15）日上午8時至中午12時`, `下月初` = early April (twice), `清明連假` = 04-03..04-06 (five times, once with its
days written, once as `連假期間`), `本月23日`, `4月7日`.

Written at main commit ed40a5c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "浯島日報"
PUBLISHED = "2026-03-14"
HOME = {"county": "金門縣"}

LAYOUT = [
    ("金門新聞", "label", "T0"),
    ("清明連假金廈航線", "headline", "T0"),
    ("【記者陳 志 豪／金城報導】清明", "body", "T0"),          # breaks after a comma
    ("縣府社會處表示", "body", "T1"),                           # no headline
    ("單船上限", "body", "T0"),                                 # the rest of T0's paragraph
    ("旅客在水頭碼頭", "caption", "P0"),                        # （記者陳 志 豪／攝影）
    ("【記者許 家 銘／金湖報導】", "body", "T2"),
    ("太湖路拓寬工程開工", "headline", "T2"),                   # after its body
    ("海委會邀漁民座談", "headline", "T3"),
    ("【記者林 怡 君／金城報導】海委會", "body", "T3"),
    ("【記者許 家 銘／金沙報導】", "body", "T4"),
    ("掃墓人潮", "headline", "T4"),                             # after its body
    ("縣府衛生局昨", "body", "T5"),
    ("應景食品抽驗", "headline", "T5"),                         # after its body
    ("金酒公司114年", "headline", "T6"),
    ("【記者林 怡 君／金寧報導】", "body", "T6"),
    ("陸委會辦", "headline", "T7"),
    ("【記者陳 志 豪／金城報導】陸委會", "body", "T7"),
    ("【記者許 家 銘／金寧報導】", "body", "T8"),               # no headline
    ("【記者林 怡 君／金城報導】交通部", "body", "T9"),
    ("航空站演練", "headline", "T9"),                           # after its body
    ("機場消防車輛", "caption", "P1"),                          # （記者林 怡 君／攝影）
    ("縣府教育處訂於", "body", "T10"),                          # no headline
    ("金門縣議會", "body", "T11"),                              # no headline
    ("金城鎮公所今", "body", "T12"),                            # no headline
    ("台電金門區營業處", "body", "T13"),                        # no headline
    ("烈嶼鄉公所", "body", "T14"),                              # no headline
    ("【記者許 家 銘／金城報導】福建", "body", "T15"),          # no headline
    ("縣府文化局", "body", "T16"),                              # no headline
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["陳志豪"])),
    "T1": dict(),
    "T2": dict(byline=byline(reporters=["許家銘"])),
    "T3": dict(byline=byline(reporters=["林怡君"])),
    "T4": dict(byline=byline(reporters=["許家銘"])),
    "T5": dict(),
    "T6": dict(byline=byline(reporters=["林怡君"])),
    "T7": dict(byline=byline(reporters=["陳志豪"])),
    "T8": dict(byline=byline(reporters=["許家銘"])),
    "T9": dict(byline=byline(reporters=["林怡君"])),
    "T10": dict(), "T11": dict(), "T12": dict(), "T13": dict(), "T14": dict(),
    "T15": dict(byline=byline(reporters=["許家銘"])),
    "T16": dict(),
}
JOINS = [("【記者陳 志 豪／金城報導】清明", "單船上限")]
PHOTOS = {
    "P0": dict(photographers=["陳志豪"], article="T0"),
    "P1": dict(photographers=["林怡君"], article="T9"),
}

D13, D14, D15 = day("2026-03-13"), day("2026-03-14"), day("2026-03-15")
QM = day("2026-04-03", "2026-04-06")
APR_EARLY = xun(2026, 4, 0)
QINGMING = day("2026-04-05")
Y26, Y25, Y24 = year(2026), year(2025), year(2024)
DATES = [
    D("\n[[清明連假]]金廈航線", QM),
    D("】[[清明連假（4月3日至6日）]]將至", QM),
    D("交通旅遊局[[昨（13）日]]表示", D13),
    D("金廈航線[[連假期間]]每日", QM),
    D("自[[下月初]]起放寬", APR_EARLY),
    D("，[[115年1月1日]]以後", day("2026-01-01")),
    D("，[[即日起]]可申請", VAGUE, OPT),
    D("；[[114年全年]]共核發", Y25),
    D("，[[115年1至2月]]小三通", months(2026, 1, 2)),
    D("較[[114年同期]]成長", Y25, OPT),
    D("工程」[[昨（13）日上午]]在金湖鎮", D13),
    D("預計[[116年底]]完工", xun(2027, 12, 2)),
    D("海委會[[昨（13）日]]在金城鎮", D13),
    D("統計，[[114年]]共驅離", Y25),
    D("表示，[[清明連假]]期間榮湖", QM),
    D("，[[每日上午7時至下午5時]]禁止", VAGUE, OPT),              # a recurring slot
    D("縣府衛生局[[昨（13）日]]公布", D13),
    D("公布[[清明]]應景食品", QINGMING, OPT),                     # a descriptor of the foods
    D("\n金酒公司[[114年]]營收", Y25),
    D("公司[[昨（13）日]]公布", D13),
    D("公布[[114年]]營收新台幣", Y25),
    D("較[[113年]]成長", Y24),
    D("，[[全年]]繳庫盈餘", Y25, OPT),
    D("陸委會[[今（14）日上午]]在縣府", D14),
    D("國立金門大學[[今（14）日]]舉行", D14),
    D("舉行[[115學年度]]碩士班", (span("2026-08-01", "2027-07-31"), "year"), OPT),   # a school year
    D("金門航空站[[昨（13）日]]會同", D13),
    D("航空站表示，[[清明連假]]期間台金", QM),
    D("訂於[[下月初]]舉辦", APR_EARLY),
    D("舉辦[[115年]]全縣中小學", Y26, OPT),                       # a year inside an event's name
    D("將於[[本月23日]]開議", day("2026-03-23")),
    D("提出的[[115年度]]追加預算案", Y26, OPT),                   # a year inside a document's name
    D("金城鎮公所[[今（14）日]]起發放", D14),
    D("發放[[115年度]]清明節", Y26, OPT),                         # inside the payment's name
    D("115年度[[清明節]]低收入戶", QINGMING, OPT),
    D("，[[明（15）日上午8時至中午12時]]，金城鎮", D15),
    D("烈嶼鄉公所[[昨（13）日]]在上林", D13),
    D("檢察署[[昨（13）日]]偵結", D13),
    D("圖書館[[清明連假]]期間照常", QM),
    D("，[[4月7日]]起恢復", day("2026-04-07")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
JTLY = ["金門縣政府交通旅遊局", "金門縣交通旅遊局"]
JS = ["金門縣政府建設處"]
HW = ["海洋委員會", "海委會"]
JJ = ["金門酒廠實業股份有限公司"]
LW = ["大陸委員會", "行政院大陸委員會", "陸委會"]
HKZ = ["交通部民用航空局金門航空站"]
ORGS = [
    O("，[[縣府交通旅遊局]]昨", JTLY, G),
    O("。[[交通部航港局]]並同意", ["交通部航港局"], G),
    O("\n[[縣府社會處]]表示", ["金門縣政府社會處"], G),
    O("】[[縣府建設處]]辦理", JS, G),
    O("\n[[海委會]]邀漁民", HW, G),
    O("】[[海委會]]昨（13）日", HW, G),
    O("邀集[[縣府建設處]]、", JS, G),
    O("、[[金門區漁會]]及", ["金門區漁會"], SO),
    O("。[[海委會海巡署金馬澎分署]]統計", ["海洋委員會海巡署金馬澎分署"], G),
    O("】[[金沙鎮公所]]表示", ["金門縣金沙鎮公所"], G),
    O("\n[[縣府衛生局]]昨", ["金門縣衛生局", "金門縣政府衛生局"], G),
    O("\n[[金酒公司]]114年", JJ, CO),
    O("】[[金門酒廠實業股份有限公司]]昨", JJ, CO),
    O("\n[[陸委會]]辦兩岸", LW, G),
    O("】[[陸委會]]今（14）日", LW, G),
    O("】[[國立金門大學]]今", ["國立金門大學"], IN),
    O("】[[交通部民用航空局金門航空站]]昨", HKZ, G),
    O("會同[[縣府消防局]]在", ["金門縣消防局", "金門縣政府消防局"], G),
    O("在[[尚義機場]]舉行", ["金門尚義機場", "尚義機場"], IN, OPT),                 # an airport, a site
    O("。[[航空站]]表示", HKZ, G, OPT),                                           # a back-reference
    O("\n[[航空站]]演練", HKZ, G, OPT),
    O("\n[[縣府教育處]]訂於", ["金門縣政府教育處"], G),
    O("\n[[金門縣議會]]第8屆", ["金門縣議會"], G),
    O("審議[[縣府]]提出的", ["金門縣政府"], G),
    O("\n[[金城鎮公所]]今", ["金門縣金城鎮公所"], G),
    O("至[[鎮公所社會課]]領取", ["金門縣金城鎮公所社會課"], G, OPT),             # a back-reference, a counter
    O("\n[[台電金門區營業處]]公告", ["台灣電力股份有限公司金門區營業處", "台電金門區營業處"], CO),
    O("。[[台電]]提醒", ["台灣電力股份有限公司", "台電"], CO),
    O("\n[[烈嶼鄉公所]]昨", ["金門縣烈嶼鄉公所"], G),
    O("】[[福建金門地方檢察署]]昨", ["福建金門地方檢察署"], G),
    O("\n[[縣府文化局]]表示", ["金門縣文化局", "金門縣政府文化局"], G),
    O("，[[金門縣立圖書館]]清明", ["金門縣立圖書館"], IN),
]

C, P, M, T, W, L = "count", "percent", "money", "duration", "weight", "length"
TWD = "TWD"
STATS = [
    S("每日加開[[8個]]航班", "8", "個", C, "exact", "每日加開航班"),
    S("可達[[2萬2,000人次]]", "22000", "人次", C, "exact", "預估疏運旅客"),
    S("可領取[[新台幣10萬元]]", "100000", "元", M, "exact", "每名新生兒育兒津貼", currency=TWD),
    S("共核發[[1,042名]]", "1042", "名", C, "exact", "核發育兒津貼新生兒"),
    S("發放金額[[1億420萬元]]", "104200000", "元", M, "exact", "育兒津貼發放金額", currency=TWD),
    S("由[[180人]]提高", "180", "人", C, "exact", "原單船載客上限"),
    S("提高至[[240人]]", "240", "人", C, "exact", "單船載客上限", change=up("180人")),
    S("旅客達[[18萬6,523人次]]", "186523", "人次", C, "exact", "小三通往返旅客"),
    S("成長[[約31%]]", "31", "%", P, "about", "小三通往返旅客", change=up("114年同期")),
    S("工程經費[[新台幣2億3,600萬元]]", "236000000", "元", M, "exact", "拓寬工程經費", currency=TWD),
    S("全長[[約1.8公里]]", "1.8", "公里", L, "about", "拓寬工程全長"),
    S("漁民代表[[60餘人]]", "60", "人", C, "over", "與會者"),
    S("陸籍漁船[[1,386艘次]]", "1386", "艘次", C, "exact", "驅離越界陸籍漁船"),
    S("扣留[[32艘]]", "32", "艘", C, "exact", "扣留漁船"),
    S("每[[20分鐘]]一班", "20", "分鐘", T, "exact", "接駁車班距"),
    S("等[[42件]]", "42", "件", C, "exact", "抽驗應景食品"),
    S("其中[[3件]]防腐劑", "3", "件", C, "exact", "防腐劑超標食品"),
    S("不合格率[[7.1%]]", "7.1", "%", P, "exact", "不合格率"),
    S("處[[新台幣3萬元]]罰鍰", "30000", "元", M, "exact", "罰鍰", currency=TWD),
    S("抽驗 [[3件]]不合格", "3", "件", C, "exact", "不合格應景食品"),
    S("營收[[118億元]]\n", "11800000000", "元", M, "exact", "金酒公司114年營收", currency=TWD),
    S("營收[[新台幣118億3,000萬元]]", "11830000000", "元", M, "exact", "金酒公司114年營收", currency=TWD),
    S("成長[[4.2%]]", "4.2", "%", P, "exact", "營收", change=up("113年")),
    S("繳庫盈餘[[約45億元]]", "4500000000", "元", M, "about", "全年繳庫盈餘", currency=TWD),
    S("創[[近5年]]新高", "5", "年", T, "under", "新高的期間", OPT),                   # an idiom of records
    S("，[[約150名]]鄉親", "150", "名", C, "about", "出席的鄉親及臺商"),
    S("諮詢攤位[[6處]]", "6", "處", C, "exact", "諮詢攤位"),
    S("共有[[312人]]報考", "312", "人", C, "exact", "碩士班甄試報考人數"),
    S("錄取名額[[96名]]", "96", "名", C, "exact", "錄取名額"),
    S("錄取率[[約30.8%]]", "30.8", "%", P, "about", "錄取率"),
    S("動員人員[[180名]]", "180", "名", C, "exact", "動員人員"),
    S("車輛[[26部]]", "26", "部", C, "exact", "動員車輛"),
    S("載有[[72名]]旅客", "72", "名", C, "exact", "模擬客機旅客"),
    S("加開班機[[52架次]]", "52", "架次", C, "exact", "台金航線加開班機"),
    S("座位[[約4,000個]]", "4000", "個", C, "about", "增加座位"),
    S("來自[[27所]]學校", "27", "所", C, "exact", "參賽學校"),
    S("選手[[1,450人]]", "1450", "人", C, "exact", "參賽選手"),
    S("共[[18項]]", "18", "項", C, "exact", "競賽項目"),
    S("會期[[25天]]", "25", "天", T, "exact", "定期會會期"),
    S("追加預算案[[新台幣4億8,000萬元]]", "480000000", "元", M, "exact", "115年度追加預算案", currency=TWD),
    S("每戶[[新台幣3,000元]]", "3000", "元", M, "exact", "每戶慰問金", currency=TWD),
    S("共計[[412戶]]", "412", "戶", C, "exact", "低收入戶"),
    S("合計[[123萬6,000元]]", "1236000", "元", M, "exact", "慰問金合計", currency=TWD),
    S("用戶[[約1,200戶]]", "1200", "戶", C, "about", "受影響用戶"),
    S("樹苗[[3,000株]]", "3000", "株", C, "exact", "免費發放樹苗"),
    S("鄉親[[近400人]]", "400", "人", C, "under", "排隊領取的鄉親"),
    S("起訴業者[[2人]]", "2", "人", C, "exact", "起訴業者"),
    S("豬肉[[約860公斤]]", "860", "公斤", W, "about", "查扣豬肉"),
    S("市值[[約新台幣21萬元]]", "210000", "元", M, "about", "查扣豬肉市值", currency=TWD),
]

EVENTS = [
    E("金廈航線連假期間每日加開8個航班", "traffic", "加開", QM, location="金廈航線", organizers=["縣府交通旅遊局"]),
    E("同意自下月初起放寬小三通客船載客量", "policy", "放寬", APR_EARLY, organizers=["交通部航港局"]),
    E("即日起可申請育兒津貼", "registration", "申請", None, organizers=["縣府社會處"]),
    E("114年全年共核發1,042名", "payout", "核發", Y25, organizers=["縣府社會處"], opt=True),     # a year summary
    E("舉行開工典禮", "construction", "開工", D13, location="金湖鎮", organizers=["縣府建設處"]),
    E("召開「金門海域治理座談會」", "meeting", "召開", D13, location="金城鎮", organizers=["海委會"],
      participants=["縣府建設處", "金門區漁會", "漁民代表"]),
    E("114年共驅離越界陸籍漁船", "legal", "驅離", Y25, opt=True),                              # a year summary
    E("榮湖公墓周邊道路將實施交通管制", "traffic", "交通管制", QM, location="榮湖公墓周邊道路",
      organizers=["金沙鎮公所"]),
    E("公布清明應景食品抽驗結果", "announcement", "公布", D13, organizers=["縣府衛生局"]),
    E("共抽驗潤餅皮、草仔粿等42件", "inspection", "抽驗", D13, organizers=["縣府衛生局"]),
    E("已責令業者下架並處新台幣3萬元罰鍰", "legal", "罰鍰", D13, opt=True),                   # the check's sequel
    E("公布114年營收", "announcement", "公布", D13, organizers=["金門酒廠實業股份有限公司"]),
    E("舉辦「兩岸交流法令宣導說明會」", "training", "宣導", D14, location="縣府大禮堂", organizers=["陸委會"],
      participants=["鄉親", "臺商"]),
    E("舉行115學年度碩士班甄試", "exam", "甄試", D14, organizers=["國立金門大學"]),
    E("舉行航空器失事搶救演習", "training", "演習", D13, location="尚義機場",
      organizers=["交通部民用航空局金門航空站", "縣府消防局"]),
    E("台金航線將加開班機52架次", "traffic", "加開", QM, organizers=["航空站"]),
    E("舉辦115年全縣中小學運動會", "competition", "運動會", APR_EARLY, organizers=["縣府教育處"]),
    E("第5次定期會將於本月23日開議", "meeting", "開議", day("2026-03-23"), organizers=["金門縣議會"]),
    E("起發放115年度清明節低收入戶慰問金", "payout", "發放", D14, organizers=["金城鎮公所"]),
    E("台電金門區營業處公告", "announcement", "公告", None, organizers=["台電金門區營業處"],
      opt=True),                                                                    # the measure told
    E("將暫停供電", "other", "暫停供電", D15, location="金城鎮珠山、歐厝一帶", organizers=["台電金門區營業處"]),
    E("舉辦植樹月活動", "activity", "舉辦", D13, location="上林將軍廟前廣場", organizers=["烈嶼鄉公所"]),
    E("免費發放木麻黃", "payout", "發放", D13, opt=True),                                      # part of the activity
    E("偵結一起私宰豬隻案", "legal", "偵結", D13, organizers=["福建金門地方檢察署"]),
    E("金門縣立圖書館清明連假期間照常開放", "schedule", "開放", QM, organizers=["縣府文化局"]),
]
