"""澎湖時報-like local page (澎湖縣), 2026-11-28 (a Saturday): a Taiwan county page in traditional script.
Features: a column label (`綜合新聞`); openers `【記者X X／澎湖報導】` (the byline inside the body line) on nine
items, eight items without one; photo credits `（記者X X／攝影）` (two captions); a join after a comma
(`…預計吸引逾3萬人次，` | `交通部航港局已協調業者…`) with another item and its after-body headline between; seven
headlines after their bodies; six items without headline. ROC years (`115年1至10月`, `115年12月1日起至12月31日`,
`116年6月`; `115年度`/`116年度`/`115學年度` inside names optional), 新台幣 with `萬元`/`億元` and thousands
separators (`118萬2,460人次`, `152萬3,800人次`, `逾4萬2,000劑`). Bodies: 縣府X處/X局 resolve with 澎湖縣政府,
鄉市公所 with 澎湖縣, 中央 bodies (`海巡署`, `交通部航港局`, `環境部`, `教育部`), courts and prosecutors
(`澎湖地方法院` → 臺灣澎湖地方法院). Dates: `昨（27）日` (×6), `今（28）日` (×3), `前（26）日`, `明（29）日`,
headline `明`/`今`, `下週一（30日）…`, `下週二` = 12-01 (a title), `下月初` (×2), `跨年當晚`/`跨年夜` = 12-31,
`12月30日至明年1月2日`, `12月中旬起至明年2月底`.

Written at main commit 46fb0b9, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, month, months, span, up, xun, year

PAPER = "澎湖時報"
PUBLISHED = "2026-11-28"
HOME = {"county": "澎湖縣"}

LAYOUT = [
    ("綜合新聞", "label", "T0"),
    ("【記者許 家 豪／澎湖報導】縣府旅遊處", "body", "T0"),   # breaks after a comma
    ("【記者蔡 宜 君／澎湖報導】海巡署", "body", "T1"),
    ("越界漁船七美", "headline", "T1"),                        # after its body
    ("交通部航港局已協調", "body", "T0"),                      # the rest of T0's paragraph
    ("前10月旅客破", "headline", "T0"),                        # after its body
    ("觀音亭園區去年", "caption", "P0"),                       # （記者許 家 豪／攝影）
    ("澎湖縣警察局表示", "body", "T2"),
    ("跨年夜觀音亭", "headline", "T2"),                        # after its body
    ("海漂垃圾清除獲補助", "headline", "T3"),
    ("【記者蔡 宜 君／澎湖報導】環境部", "body", "T3"),
    ("【記者陳 明 德／澎湖報導】縣府農漁局", "body", "T4"),
    ("漁船冬季作業補助下週二", "headline", "T4"),              # after its body
    ("暖冬市集明登場", "headline", "T5"),
    ("馬公市公所明", "body", "T5"),
    ("【記者陳 明 德／澎湖報導】湖西鄉公所", "body", "T6"),
    ("林投公園新步道啟用", "caption", "P1"),                   # （記者陳 明 德／攝影）
    ("林投公園步道改善完工", "headline", "T6"),                # after its body and caption
    ("台電澎湖區營業處", "body", "T7"),                        # no headline
    ("【記者蔡 宜 君／澎湖報導】白沙鄉公所", "body", "T8"),
    ("銀髮數位學習班開課", "headline", "T8"),                  # after its body
    ("臺灣港務公司", "body", "T9"),                            # no headline
    ("望安鄉公所提醒", "body", "T10"),                         # no headline
    ("【記者許 家 豪／澎湖報導】澎湖地方法院", "body", "T11"),  # no headline
    ("縣府教育處表示", "body", "T12"),                         # no headline
    ("冬令救濟金今起", "headline", "T13"),
    ("縣府社會處今", "body", "T13"),
    ("縣議會三讀通過", "headline", "T14"),
    ("【記者蔡 宜 君／澎湖報導】澎湖縣議會", "body", "T14"),
    ("【記者陳 明 德／澎湖報導】國立澎湖", "body", "T15"),
    ("澎科大學生", "headline", "T15"),                         # after its body
    ("縣府衛生局統計", "body", "T16"),                         # no headline
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["許家豪"])),
    "T1": dict(byline=byline(reporters=["蔡宜君"])),
    "T2": dict(),
    "T3": dict(byline=byline(reporters=["蔡宜君"])),
    "T4": dict(byline=byline(reporters=["陳明德"])),
    "T5": dict(),
    "T6": dict(byline=byline(reporters=["陳明德"])),
    "T7": dict(),
    "T8": dict(byline=byline(reporters=["蔡宜君"])),
    "T9": dict(), "T10": dict(),
    "T11": dict(byline=byline(reporters=["許家豪"])),
    "T12": dict(), "T13": dict(),
    "T14": dict(byline=byline(reporters=["蔡宜君"])),
    "T15": dict(byline=byline(reporters=["陳明德"])),
    "T16": dict(),
}
JOINS = [("【記者許 家 豪／澎湖報導】縣府旅遊處", "交通部航港局已協調")]
PHOTOS = {
    "P0": dict(photographers=["許家豪"], article="T0"),
    "P1": dict(photographers=["陳明德"], article="T6"),
}

D27, D28, D26, D29 = day("2026-11-27"), day("2026-11-28"), day("2026-11-26"), day("2026-11-29")
NYE = day("2026-12-31")
JAN_OCT = months(2026, 1, 10)
EARLY_DEC = xun(2026, 12, 0)
WINTER = (span("2026-12-01", "2027-02-28"), "season")
Y26 = year(2026)
DATES = [
    D("旅遊處[[昨（27）日]]公布", D27),
    D("，[[115年1至10月]]來澎", JAN_OCT),
    D("較[[去年同期]]成長", year(2025), OPT),
    D("。旅遊處並宣布，[[跨年當晚]]將在", NYE),
    D("「澎湃[[跨年]]」晚會", NYE, OPT),                                 # inside a theme
    D("海巡隊[[今（28）日清晨]]在", D28),
    D("，[[今年以來]]已驅離", Y26, OPT),
    D("於[[12月30日至明年1月2日]]加開", day("2026-12-30", "2027-01-02")),
    D("\n[[前10月]]旅客破", JAN_OCT),
    D("萬人次 [[跨年]]晚會觀音亭", NYE, OPT),                            # the party's name
    D("觀音亭園區[[去年]]跨年", year(2025)),
    D("去年[[跨年]]晚會盛況", day("2025-12-31"), OPT),
    D("表示，[[12月31日晚間9時]]起", NYE),
    D("至[[翌日]]凌晨1時，觀音亭", day("2027-01-01"), OPT),             # inside a time range
    D("\n[[跨年夜]]觀音亭", NYE),
    D("環境部[[昨（27）日]]核定", D27),
    D("澎湖縣[[116年度]]海漂", year(2027), OPT),                          # inside the plan's name
    D("將於[[下月初]]起在馬公市", EARLY_DEC),
    D("。[[今年]]全縣已清除", Y26),
    D("漁船[[冬季]]作業補助自", WINTER, OPT),                            # a descriptor
    D("補助自[[115年12月1日起至12月31日]]止", day("2026-12-01", "2026-12-31")),
    D("，[[今年]]編列預算", Y26),
    D("漁船[[冬季]]作業補助下週二", WINTER, OPT),
    D("作業補助[[下週二]]起受理", day("2026-12-01")),
    D("暖冬市集[[明]]登場", D29),
    D("馬公市公所[[明（29）日]]在", D29),
    D("改善工程[[昨（27）日]]完工", D27),
    D("預計[[116年6月]]完工", month(2027, 6)),
    D("，[[下週一（30日）上午8時至下午4時]]，西嶼鄉", day("2026-11-30")),
    D("白沙鄉公所[[今（28）日]]在", D28),
    D("營運處[[昨（27）日]]統計", D27),
    D("，[[今年1至10月]]馬公港", JAN_OCT),
    D("自[[12月中旬起至明年2月底]]，", (span("2026-12-11", "2027-02-28"), "xun")),
    D("澎湖地方法院[[前（26）日]]宣判", D26),
    D("，[[115學年度]]國中小", (span("2026-08-01", "2027-07-31"), "year"), OPT),   # a school year, in a name
    D("甄選自[[12月7日至11日]]受理", day("2026-12-07", "2026-12-11")),
    D("筆試訂於[[12月19日]]在", day("2026-12-19")),
    D("冬令救濟金[[今]]起發放", D28),
    D("縣府社會處[[今（28）日]]起", D28),
    D("發放[[115年度]]冬令", Y26, OPT),                                  # inside the benefit's name
    D("通過[[116年度]]總預算\n", year(2027), OPT),                        # the budget's name
    D("定期會[[昨（27）日]]三讀", D27),
    D("通過[[116年度]]縣總預算", year(2027), OPT),
    D("較[[115年度]]增加", Y26, OPT),                                    # the year before the budget's
    D("主辦的[[115年]]全國", Y26, OPT),                                  # inside the contest's name
    D("競賽，[[昨（27）日]]在台北", D27),
    D("統計，[[今年]]公費流感", Y26),
    D("；[[下月初]]起，各鄉市", EARLY_DEC),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
LY = ["澎湖縣政府旅遊處"]
HX = ["海洋委員會海巡署", "海巡署"]
FY = ["臺灣澎湖地方法院", "澎湖地方法院"]
YH = ["澎湖縣議會"]
KD = ["國立澎湖科技大學"]
JYB = ["教育部"]
ORGS = [
    O("】[[縣府旅遊處]]昨", LY, G),
    O("。[[旅遊處]]並宣布", LY, G),
    O("】[[海巡署澎湖海巡隊]]今", ["海洋委員會海巡署澎湖海巡隊", "海巡署澎湖海巡隊"], G),
    O("移送[[澎湖地方檢察署]]偵辦", ["臺灣澎湖地方檢察署", "澎湖地方檢察署"], G),
    O("。[[海巡署]]表示", HX, G),
    O("\n[[交通部航港局]]已協調", ["交通部航港局"], G),
    O("，[[縣府]]並規劃", ["澎湖縣政府"], G),
    O("\n[[澎湖縣警察局]]表示", ["澎湖縣政府警察局", "澎湖縣警察局"], G),
    O("】[[環境部]]昨", ["環境部"], G),
    O("，[[縣府環保局]]將於", ["澎湖縣政府環境保護局"], G),
    O("】[[縣府農漁局]]表示", ["澎湖縣政府農漁局"], G),
    O("\n[[馬公市公所]]明", ["澎湖縣馬公市公所", "馬公市公所"], G),
    O("】[[湖西鄉公所]]辦理", ["澎湖縣湖西鄉公所", "湖西鄉公所"], G),
    O("\n[[台電澎湖區營業處]]表示", ["台灣電力股份有限公司澎湖區營業處", "台電澎湖區營業處"], CO),
    O("配合[[尖山電廠]]機組", ["台灣電力股份有限公司尖山發電廠", "尖山電廠"], CO, OPT),   # a plant, a site
    O("】[[白沙鄉公所]]今", ["澎湖縣白沙鄉公所", "白沙鄉公所"], G),
    O("在[[鄉立圖書館]]開辦", ["澎湖縣白沙鄉立圖書館", "白沙鄉立圖書館"], IN, OPT),       # a venue
    O("\n[[臺灣港務公司澎湖港營運處]]昨", ["臺灣港務股份有限公司澎湖港營運處", "臺灣港務公司澎湖港營運處"], CO),
    O("\n[[望安鄉公所]]提醒", ["澎湖縣望安鄉公所", "望安鄉公所"], G),
    O("】[[澎湖地方法院]]前", FY, G),
    O("\n[[縣府教育處]]表示", ["澎湖縣政府教育處"], G),
    O("在[[馬公國中]]舉行", ["澎湖縣立馬公國民中學", "馬公國中"], IN),
    O("\n[[縣府社會處]]今", ["澎湖縣政府社會處"], G),
    O("\n[[縣議會]]三讀", YH, G),
    O("】[[澎湖縣議會]]第20屆", YH, G),
    O("】[[國立澎湖科技大學]]學生", KD, IN),
    O("參加[[教育部]]主辦", JYB, G),
    O("\n[[澎科大]]學生", KD, IN),
    O("\n[[縣府衛生局]]統計", ["澎湖縣政府衛生局"], G),
]

C, P, M, T, W, L = "count", "percent", "money", "duration", "weight", "length"
TWD = "TWD"
STATS = [
    S("旅客達[[118萬2,460人次]]", "1182460", "人次", C, "exact", "來澎旅客"),
    S("同期成長[[6.8%]]", "6.8", "%", P, "exact", "來澎旅客", change=up("去年同期")),
    S("創近[[10年]]同期", "10", "年", T, "exact", "同期比較年數", OPT),                   # a record's horizon
    S("預計吸引[[逾3萬人次]]", "30000", "人次", C, "over", "跨年晚會人潮"),
    S("東南方[[約8浬]]海域", "8", "浬", L, "about", "查獲地點距七美嶼"),
    S("查獲[[1艘]]越界", "1", "艘", C, "exact", "越界大陸漁船"),
    S("漁獲[[約1,200公斤]]", "1200", "公斤", W, "about", "船上漁獲"),
    S("越界漁船[[137艘次]]", "137", "艘次", C, "exact", "驅離越界漁船"),
    S("台澎航班[[12航次]]", "12", "航次", C, "exact", "加開台澎航班"),
    S("接駁專車路線[[6條]]", "6", "條", C, "exact", "接駁專車路線"),
    S("旅客破[[118萬人次]]", "1180000", "人次", C, "over", "前10月來澎旅客"),
    S("等[[5條]]道路", "5", "條", C, "exact", "交通管制道路"),
    S("增派警力[[220人次]]", "220", "人次", C, "exact", "增派警力"),
    S("獲補助[[4,680萬]]\n", "46800000", "元", M, "exact", "海漂垃圾清除補助", currency=TWD),
    S("補助金額[[新台幣4,680萬元]]", "46800000", "元", M, "exact", "補助金額", currency=TWD),
    S("分[[3階段]]執行", "3", "階段", C, "exact", "執行階段"),
    S("海漂垃圾[[約1,860公噸]]", "1860", "公噸", W, "about", "今年已清除海漂垃圾"),
    S("編列預算[[新台幣2,380萬元]]", "23800000", "元", M, "exact", "漁船冬季作業補助預算", currency=TWD),
    S("預計[[約1,900艘]]漁船", "1900", "艘", C, "about", "受惠漁船"),
    S("最高補助[[2萬元]]", "20000", "元", M, "under", "每艘補助上限", OPT, currency=TWD),      # a cap
    S("文創攤商[[45攤]]", "45", "攤", C, "exact", "參與攤商"),
    S("購物袋[[1,000個]]", "1000", "個", C, "exact", "發放環保購物袋"),
    S("總經費[[新台幣860萬元]]", "8600000", "元", M, "exact", "步道改善工程總經費", currency=TWD),
    S("步道全長[[約1.2公里]]", "1.2", "公里", L, "about", "步道全長"),
    S("休憩涼亭[[3座]]", "3", "座", C, "exact", "新設休憩涼亭"),
    S("外垵等[[4村]]", "4", "村", C, "exact", "停電村落"),
    S("影響用戶[[約1,150戶]]", "1150", "戶", C, "about", "停電影響用戶"),
    S("招收學員[[40人]]", "40", "人", C, "exact", "首期學員"),
    S("為期[[8週]]", "8", "週", T, "exact", "課程期間"),
    S("旅運量達[[152萬3,800人次]]", "1523800", "人次", C, "exact", "馬公港旅運量"),
    S("年增[[9.1%]]", "9.1", "%", P, "exact", "馬公港旅運量", change=up("去年同期")),
    S("浪高[[逾2.5公尺]]", "2.5", "公尺", L, "over", "停航浪高門檻", OPT),                    # a threshold
    S("，[[2名]]被告", "2", "名", C, "exact", "被告"),
    S("共向[[11名]]被害人", "11", "名", C, "exact", "被害人"),
    S("取款[[新台幣326萬元]]", "3260000", "元", M, "exact", "向被害人取款", currency=TWD),
    S("有期徒刑[[1年6月]]", "1.5", "年", T, "exact", "有期徒刑", OPT),                      # sentences
    S("及[[1年2月]]。", "1.1667", "年", T, "exact", "有期徒刑", OPT),
    S("錄取代理教師[[32名]]", "32", "名", C, "exact", "預計錄取代理教師"),
    S("共[[2,134戶]]受惠", "2134", "戶", C, "exact", "受惠低收入戶及中低收入戶"),
    S("每戶[[新台幣3,000元]]至", "3000", "元", M, "exact", "每戶冬令救濟金下限", currency=TWD),
    S("至[[6,000元]]，總金額", "6000", "元", M, "exact", "每戶冬令救濟金上限", currency=TWD),
    S("總金額[[約980萬元]]", "9800000", "元", M, "about", "冬令救濟金總金額", currency=TWD),
    S("歲出總額[[約新台幣93.6億元]]", "9360000000", "元", M, "about", "116年度縣總預算歲出總額", currency=TWD),
    S("增加[[4.2%]]", "4.2", "%", P, "exact", "歲出總額", change=up("115年度")),
    S("支出占[[22.5%]]", "22.5", "%", P, "exact", "社會福利支出占比"),
    S("獎金[[新台幣10萬元]]", "100000", "元", M, "exact", "競賽獎金", currency=TWD),
    S("已接種[[逾4萬2,000劑]]", "42000", "劑", C, "over", "公費流感疫苗接種"),
    S("涵蓋率[[約38.5%]]", "38.5", "%", P, "about", "流感疫苗涵蓋率"),
]

EVENTS = [
    E("縣府旅遊處昨（27）日公布", "announcement", "公布", D27, organizers=["縣府旅遊處"]),
    E("舉辦「澎湃跨年」晚會", "activity", "舉辦", NYE, location="觀音亭園區", organizers=["旅遊處"],
      theme="澎湃跨年"),
    E("查獲1艘越界大陸漁船", "legal", "查獲", D28, location="七美嶼", organizers=["海巡署澎湖海巡隊"]),
    E("移送澎湖地方檢察署偵辦", "legal", "移送", D28, opt=True),                                 # the same case
    E("已驅離越界漁船137艘次", "legal", "驅離", Y26, opt=True),                                  # a year summary
    E("加開台澎航班12航次", "traffic", "加開", day("2026-12-30", "2027-01-02"), organizers=["交通部航港局"]),
    E("規劃接駁專車路線6條", "traffic", "接駁", None, organizers=["縣府"], opt=True),             # a plan
    E("將實施交通管制", "traffic", "交通管制", NYE, location="觀音亭周邊", organizers=["澎湖縣警察局"]),
    E("核定補助澎湖縣", "payout", "補助", D27, organizers=["環境部"]),
    E("將於下月初起在馬公市、白沙鄉及望安鄉分3階段執行", "activity", "執行", EARLY_DEC,
      organizers=["縣府環保局"], opt=True),                                                      # works of a plan
    E("止受理申請", "registration", "申請", day("2026-12-01", "2026-12-31"), organizers=["縣府農漁局"]),
    E("舉辦「暖冬市集」", "activity", "舉辦", D29, location="中正堂前廣場", organizers=["馬公市公所"],
      participants=["在地小農及文創攤商"], theme="暖冬市集"),
    E("現場並發放環保購物袋", "payout", "發放", D29, opt=True),                                  # part of the market
    E("步道改善工程昨（27）日完工", "construction", "完工", D27, location="林投公園", organizers=["湖西鄉公所"]),
    E("第二期工程預計116年6月完工", "construction", "完工", month(2027, 6), opt=True),            # a plan
    E("4村將停電", "other", "停電", day("2026-11-30"), location="西嶼鄉", organizers=["台電澎湖區營業處"]),
    E("開辦銀髮族數位學習班", "training", "學習班", D28, location="鄉立圖書館", organizers=["白沙鄉公所"]),
    E("澎湖港營運處昨（27）日統計", "announcement", "統計", D27, organizers=["臺灣港務公司澎湖港營運處"]),
    E("交通船遇浪高逾2.5公尺即停航", "traffic", "停航", (span("2026-12-11", "2027-02-28"), "xun"),
      location="望安—將軍", organizers=["望安鄉公所"]),
    E("宣判一起詐騙集團車手案", "legal", "宣判", D26, organizers=["澎湖地方法院"]),
    E("受理報名", "registration", "報名", day("2026-12-07", "2026-12-11"), organizers=["縣府教育處"]),
    E("筆試訂於12月19日在馬公國中舉行", "exam", "筆試", day("2026-12-19"), location="馬公國中",
      organizers=["縣府教育處"]),
    E("起發放115年度冬令救濟金", "payout", "發放", D28, organizers=["縣府社會處"],
      participants=["低收入戶及中低收入戶"]),
    E("三讀通過116年度縣總預算", "policy", "三讀通過", D27, organizers=["澎湖縣議會"]),
    E("在台北獲頒金牌", "award", "獲頒", D27, location="台北", organizers=["教育部"],
      participants=["國立澎湖科技大學學生團隊"]),
    E("加開夜間及假日接種門診", "schedule", "加開", EARLY_DEC),
]
