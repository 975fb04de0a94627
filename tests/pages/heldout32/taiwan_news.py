"""新竹地方版 of a 聯合報-style daily (新竹市), 2026-02-28 (a Saturday, 和平紀念日): a Taiwan local news page in
traditional script. Features: a page label (`新竹綜合新聞`); openers `【記者X X／新竹報導】` (names in layout spaces) as
the byline inside the first body line; captions `（記者X X攝）` (two); a join after a comma (`…平均車速僅每小時18公里，`
| `改善後可望提升至…`) with another item and its after-body headline between; headlines before and after their bodies;
short items without opener or headline (`市府X處表示…`). ROC years (`115年1月`, `115年1月1日`, `115年3月31日`,
`115年度`, `115學年度`), money in 新台幣 (`新台幣X元`, bare `X元` after it), `年增`, `較去年同期`, `近兩成`, `四成`.
Bodies: 新竹市政府 and its bureaus written `市府X處`/`市府X局` (resolved as 新竹市政府X處), 中央 bodies
(`經濟部中小及新創企業署`, `勞動部`, `勞動部勞動力發展署桃竹苗分署`, `國科會新竹科學園區管理局`), 臺灣新竹地方法院,
新竹市警察局, 國立清華大學, 台灣高鐵公司.
Dates: `昨（27）日` = 02-27, `今（28）日`/`今天上午10時`/`今日` = 02-28, `二二八和平紀念日`,
`二二八連假（2月27日至3月1日）`, `連假首日` = 02-27, `下週六（3月7日）`, `下週一（3月2日）至3月20日`, `本月22日`,
`今年底`, `上一季` = 2025 Q4; `下週` (a week: no grain of its own) is optional with value Monday–Sunday.

Written at main commit b411d97, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, quarter, span, up, xun, year

PAPER = "聯合報"
PUBLISHED = "2026-02-28"
HOME = {"city": "新竹市"}

LAYOUT = [
    ("新竹綜合新聞", "label", "T0"),
    ("竹科周邊交通改善", "headline", "T0"),
    ("【記者 陳 家 豪／新竹報導】新竹市政府", "body", "T0"),   # breaks after a comma
    ("【記者 李 宜 蓁／新竹報導】勞動部", "body", "T1"),
    ("桃竹苗分署下週六", "headline", "T1"),                   # after its body
    ("改善後可望提升", "body", "T0"),                         # the rest of T0's paragraph
    ("公道五路尖峰時段", "caption", "P0"),                    # （記者 陳 家 豪攝）
    ("和平紀念日追思儀式", "headline", "T2"),
    ("【記者 王 思 涵／新竹報導】今（28）日", "body", "T2"),
    ("【記者 陳 家 豪／新竹報導】國科會", "body", "T3"),
    ("竹科1月營業額", "headline", "T3"),                      # after its body
    ("清大與市府簽署", "headline", "T4"),
    ("【記者 王 思 涵／新竹報導】國立清華大學", "body", "T4"),
    ("經濟部中小及新創企業署", "body", "T5"),
    ("中小企業數位轉型補助", "headline", "T5"),               # after its body
    ("臺灣新竹地方法院", "body", "T6"),
    ("洩漏營業秘密", "headline", "T6"),                       # after its body
    ("【記者 王 思 涵／新竹報導】2026新竹燈會", "body", "T7"),
    ("新竹燈會展期間", "caption", "P1"),                      # （記者 王 思 涵攝）
    ("燈會吸客", "headline", "T7"),                           # after its body and caption
    ("【記者 李 宜 蓁／新竹報導】新竹市警察局", "body", "T8"),  # no headline
    ("勞動部提醒", "body", "T9"),
    ("基本工資調升", "headline", "T9"),                       # after its body
    ("市府衛生局表示", "body", "T10"),                        # no headline
    ("市府教育處公布", "body", "T11"),                        # no headline
    ("市府交通處表示，因", "body", "T12"),                     # no headline
    ("台灣高鐵公司宣布", "body", "T13"),                       # no headline
    ("新竹市消防局", "body", "T14"),                           # no headline
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["陳家豪"])),
    "T1": dict(byline=byline(reporters=["李宜蓁"])),
    "T2": dict(byline=byline(reporters=["王思涵"])),
    "T3": dict(byline=byline(reporters=["陳家豪"])),
    "T4": dict(byline=byline(reporters=["王思涵"])),
    "T5": dict(), "T6": dict(),
    "T7": dict(byline=byline(reporters=["王思涵"])),
    "T8": dict(byline=byline(reporters=["李宜蓁"])),
    "T9": dict(), "T10": dict(), "T11": dict(), "T12": dict(), "T13": dict(), "T14": dict(),
}
JOINS = [("【記者 陳 家 豪／新竹報導】新竹市政府", "改善後可望提升")]
PHOTOS = {
    "P0": dict(photographers=["陳家豪"], article="T0"),
    "P1": dict(photographers=["王思涵"], article="T7"),
}

D27, D28 = day("2026-02-27"), day("2026-02-28")
NEXT_WEEK = day("2026-03-02", "2026-03-08")
LONG_WEEKEND = day("2026-02-27", "2026-03-01")
SPRING = (span("2026-03-01", "2026-05-31"), "season")
Y26, Y25 = year(2026), year(2025)
DATES = [
    D("市府[[今年]]投入", Y26),
    D("新竹市政府[[昨（27）日]]公布", D27),
    D("公布[[115年度]]科學園區", Y26, OPT),                        # a year inside the plan's name
    D("預計[[今年底]]前完工", xun(2026, 12, 2)),
    D("將於[[下週六（3月7日）]]在", day("2026-03-07")),
    D("舉辦[[春季]]大型徵才", SPRING, OPT),                        # a season as a descriptor
    D("桃竹苗分署[[下週六]]徵才", day("2026-03-07")),
    D("\n[[和平紀念日]]追思儀式", D28),
    D("】[[今（28）日]]是", D28),
    D("是[[二二八和平紀念日]]", D28),
    D("紀念儀式[[今天上午10時]]在", D28),
    D("同時於[[今日至3月15日]]在", day("2026-02-28", "2026-03-15")),
    D("管理局[[昨（27）日]]公布", D27),
    D("園區[[115年1月]]營業額", month(2026, 1)),
    D("較[[去年同期]]增加3,200人", Y25, OPT),
    D("竹科[[1月]]營業額", month(2026, 1)),
    D("國立清華大學[[昨（27）日]]與", D27),
    D("企業署[[昨（27）日]]公告", D27),
    D("公告，[[115年度]]中小企業", Y26, OPT),                      # a year inside the programme's name
    D("計畫自[[3月2日]]起受理", day("2026-03-02")),
    D("至[[4月30日]]截止", day("2026-04-30")),
    D("可於[[下週]]參加", NEXT_WEEK, OPT),                          # a week
    D("補助 [[3月2日]]起受理", day("2026-03-02")),
    D("地方法院[[昨（27）日]]宣判", D27),
    D("】[[2026]]新竹燈會", Y26, OPT),                              # a year inside the fair's name
    D("燈會[[本月22日]]閉幕", day("2026-02-22")),
    D("行銷處[[昨（27）日]]統計", D27),
    D("較[[去年]]增加近兩成", Y25),
    D("警察局[[昨（27）日]]公布", D27),
    D("，[[今年1月1日至2月25日]]全市", day("2026-01-01", "2026-02-25")),
    D("較[[去年同期]]減少14.3%", Y25, OPT),
    D("，[[二二八連假（2月27日至3月1日）]]期間", LONG_WEEKEND),
    D("，[[連假首日]]已出動", D27),
    D("提醒，[[115年1月1日]]起", day("2026-01-01")),
    D("表示，[[下週]]將派員", NEXT_WEEK, OPT),
    D("市府[[下週]]起勞檢", NEXT_WEEK, OPT),
    D("延長至[[115年3月31日]]止", day("2026-03-31")),
    D("截至[[昨（27）日]]全市", D27),
    D("較[[上一季]]提高", quarter(2025, 4)),
    D("公布，[[115學年度]]國小", VAGUE, OPT),                      # a school year
    D("將於[[4月11日至12日]]辦理", day("2026-04-11", "2026-04-12")),
    D("較[[上學年]]減少", VAGUE, OPT),
    D("，[[下週一（3月2日）至3月20日]]每日", day("2026-03-02", "2026-03-20")),
    D("至3月20日[[每日]]晚間", VAGUE, OPT),                        # a recurring slot
    D("晚間10時至[[翌日]]清晨", VAGUE, OPT),                       # inside a time range
    D("疏運[[二二八連假]]北返", LONG_WEEKEND),
    D("，[[3月1日]]將加開", day("2026-03-01")),
    D("消防局[[昨（27）日]]在", D27),
    D("舉行[[春季]]水域救援", SPRING, OPT),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
SZF = ["新竹市政府"]
JTC = ["新竹市政府交通處"]
TZM = ["勞動部勞動力發展署桃竹苗分署"]
ZK = ["新竹科學園區", "國家科學及技術委員會新竹科學園區管理局"]
QH = ["國立清華大學"]
POL = ["新竹市警察局"]
LDB = ["勞動部", "中華民國勞動部"]
ORGS = [
    O("\n[[竹科]]周邊交通", ZK, IN, OPT),                                    # the park, a place as much as a body
    O("】[[新竹市政府]]昨（27）日公布", SZF, G),
    O("。[[市府交通處]]表示，竹科", JTC, G),
    O("表示，[[竹科]]每日", ZK, IN, OPT),
    O("】[[勞動部勞動力發展署桃竹苗分署]]將於", TZM, G),
    O("在[[新竹市立體育館]]舉辦", ["新竹市立體育館"], IN, OPT),             # a venue
    O("\n[[桃竹苗分署]]下週六", TZM, G),
    O("壅塞，[[市府]]將拓寬", SZF, G),
    O("舉行，[[市府]]團隊及", SZF, G, OPT),                                  # 市府團隊: the mayor's team
    O("。[[市府文化局]]同時", ["新竹市政府文化局"], G),
    O("在[[新竹市美術館]]展出", ["新竹市美術館"], IN, OPT),                 # a venue
    O("】[[國科會新竹科學園區管理局]]昨（27）日",
      ["國家科學及技術委員會新竹科學園區管理局", "國科會新竹科學園區管理局", "新竹科學園區管理局"], G),
    O("\n[[竹科]]1月", ZK, IN, OPT),
    O("\n[[清大]]與市府", QH, IN),
    O("清大與[[市府]]簽署", SZF, G),
    O("】[[國立清華大學]]昨（27）日", QH, IN),
    O("與[[新竹市政府]]簽署", SZF, G),
    O("並由[[市府]]開放", SZF, G),
    O("\n[[經濟部中小及新創企業署]]昨（27）日", ["經濟部中小及新創企業署"], G),
    O("。[[市府產業發展處]]提醒", ["新竹市政府產業發展處"], G),
    O("\n[[臺灣新竹地方法院]]昨（27）日", ["臺灣新竹地方法院"], G),
    O("閉幕，[[市府城市行銷處]]昨（27）日", ["新竹市政府城市行銷處"], G),
    O("】[[新竹市警察局]]昨（27）日", POL, G),
    O("。[[警方]]表示，二二八", POL, G),
    O("\n[[勞動部]]提醒", LDB, G),
    O("。[[市府勞工處]]表示", ["新竹市政府勞工處"], G),
    O("調升 [[市府]]下週起", SZF, G),
    O("\n[[市府衛生局]]表示", ["新竹市政府衛生局"], G),
    O("\n[[市府教育處]]公布", ["新竹市政府教育處"], G),
    O("\n[[市府交通處]]表示，因", JTC, G),
    O("\n[[台灣高鐵公司]]宣布", ["台灣高速鐵路股份有限公司", "台灣高鐵公司", "台灣高鐵"], CO),
    O("，[[新竹站]]另增設", ["台灣高鐵新竹站", "新竹站"], IN, OPT),            # a station, a site
    O("\n[[新竹市消防局]]昨（27）日", ["新竹市消防局"], G),
]

C, P, M, T, L, O_ = "count", "percent", "money", "duration", "length", "other"
TWD = "TWD"
STATS = [
    S("投入[[4.2億元]]\n", "420000000", "元", M, "exact", "交通改善投入", currency=TWD),
    S("將投入[[新台幣4.2億元]]拓寬", "420000000", "元", M, "exact", "交通改善計畫投入", currency=TWD),
    S("智慧號誌[[120處]]", "120", "處", C, "exact", "增設智慧號誌"),
    S("進出車流[[約12萬輛次]]", "120000", "輛次", C, "about", "竹科每日進出車流"),
    S("平均車速僅[[每小時18公里]]", "18", "公里/小時", O_, "exact", "尖峰時段平均車速", OPT),   # a speed
    S("提升至[[每小時25公里以上]]", "25", "公里/小時", O_, "over", "改善後平均車速", OPT),
    S("共有[[65家]]廠商", "65", "家", C, "exact", "參加徵才廠商"),
    S("提供[[2,300個]]職缺", "2300", "個", C, "exact", "徵才職缺"),
    S("職缺占[[四成]]", "0.4", "成", P, "exact", "半導體相關職缺占比", OPT),                    # X成
    S("最高月薪達[[新台幣8萬元]]", "80000", "元", M, "exact", "最高月薪", currency=TWD),
    S("釋出[[2300個]]職缺", "2300", "個", C, "exact", "徵才職缺"),
    S("家屬[[約200人]]", "200", "人", C, "about", "出席獻花人數"),
    S("照片[[160餘件]]", "160", "件", C, "over", "展出文獻及照片"),
    S("營業額[[新台幣1,468億元]]", "146800000000", "元", M, "exact", "竹科1月營業額", currency=TWD),
    S("年增[[21.6%]]，", "21.6", "%", P, "exact", "竹科1月營業額", change=up("上年同期")),
    S("占比達[[76.2%]]", "76.2", "%", P, "exact", "積體電路產業占比"),
    S("員工人數達[[18.3萬人]]", "183000", "人", C, "exact", "園區從業員工人數"),
    S("增加[[3,200人]]", "3200", "人", C, "exact", "園區從業員工人數", change=up("去年同期")),
    S("營業額年增[[21.6%]]\n", "21.6", "%", P, "exact", "竹科1月營業額", change=up("上年同期")),
    S("研究經費[[新台幣3,000萬元]]", "30000000", "元", M, "exact", "首年研究經費", currency=TWD),
    S("開放[[40項]]公共資料", "40", "項", C, "exact", "開放公共資料"),
    S("最高補助[[新台幣200萬元]]", "2000000", "元", M, "under", "每案補助上限", OPT, currency=TWD),  # a cap
    S("預計補助[[600家]]企業", "600", "家", C, "exact", "預計補助企業"),
    S("有期徒刑[[2年]]，", "2", "年", T, "exact", "有期徒刑", OPT),                          # a sentence
    S("罰金[[新台幣300萬元]]", "3000000", "元", M, "exact", "罰金", currency=TWD),
    S("工程師判[[2年]]\n", "2", "年", T, "exact", "有期徒刑", OPT),
    S("燈會[[18天]]展期", "18", "天", T, "exact", "燈會展期"),
    S("吸引[[約126萬人次]]參觀", "1260000", "人次", C, "about", "燈會參觀人次"),
    S("增加[[近兩成]]", "0.2", "成", P, "under", "燈會參觀人次", OPT, change=up("去年")),     # X成
    S("消費[[逾新台幣5億元]]", "500000000", "元", M, "over", "帶動周邊商圈消費", currency=TWD),
    S("吸客[[126萬人次]]", "1260000", "人次", C, "exact", "燈會參觀人次"),
    S("酒駕案件[[186件]]", "186", "件", C, "exact", "查獲酒駕案件"),
    S("減少[[14.3%]]", "14.3", "%", P, "exact", "查獲酒駕案件", change=down("去年同期")),
    S("出動警力[[120人次]]", "120", "人次", C, "exact", "出動警力"),
    S("調升至[[新台幣29,500元]]", "29500", "元", M, "exact", "每月基本工資", currency=TWD),
    S("基本工資為[[196元]]", "196", "元", M, "exact", "每小時基本工資", currency=TWD),
    S("可處[[新台幣2萬元以上]]", "20000", "元", M, "over", "罰鍰下限", OPT, currency=TWD),   # a penalty range
    S("以上[[100萬元以下]]罰鍰", "1000000", "元", M, "under", "罰鍰上限", OPT, currency=TWD),
    S("轄內[[300家]]事業單位", "300", "家", C, "exact", "勞動檢查事業單位"),
    S("已接種[[約14.6萬劑]]", "146000", "劑", C, "about", "公費流感疫苗接種"),
    S("，[[65歲以上]]長者", "65", "歲", O_, "over", "長者年齡", OPT),                         # an age
    S("接種率為[[52.3%]]", "52.3", "%", P, "exact", "長者流感疫苗接種率"),
    S("提高[[4.1個百分點]]", "4.1", "個百分點", P, "exact", "長者流感疫苗接種率", change=up("上一季")),
    S("新生[[約5,600人]]", "5600", "人", C, "about", "國小新生"),
    S("減少[[約8%]]", "8", "%", P, "about", "國小新生", change=down("上學年")),
    S("北上列車[[12班次]]", "12", "班次", C, "exact", "加開北上列車"),
    S("自動售票機[[4台]]", "4", "台", C, "exact", "增設自動售票機"),
    S("消防車[[10輛]]", "10", "輛", C, "exact", "出動消防車"),
    S("橡皮艇[[6艘]]", "6", "艘", C, "exact", "出動橡皮艇"),
    S("救援人員[[85人]]", "85", "人", C, "exact", "出動救援人員"),
]

EVENTS = [
    E("公布115年度科學園區周邊交通改善計畫", "policy", "公布", D27, organizers=["新竹市政府"]),
    E("預計今年底前完工", "construction", "完工", xun(2026, 12, 2), opt=True),                # a plan
    E("舉辦春季大型徵才活動", "recruitment", "徵才", day("2026-03-07"), location="新竹市立體育館",
      organizers=["勞動部勞動力發展署桃竹苗分署"], participants=["65家廠商"]),
    E("追思紀念儀式今天上午10時在新竹公園二二八紀念碑前舉行", "activity", "舉行", D28,
      location="新竹公園二二八紀念碑前", participants=["受難者家屬"]),
    E("展出「記憶與和解」史料特展", "exhibition", "展出", day("2026-02-28", "2026-03-15"), location="新竹市美術館",
      organizers=["市府文化局"], theme="記憶與和解"),
    E("新竹科學園區管理局昨（27）日公布", "announcement", "公布", D27, organizers=["國科會新竹科學園區管理局"]),
    E("簽署智慧城市合作備忘錄，雙方", "signing", "簽署", D27, organizers=["國立清華大學"], participants=["新竹市政府"]),
    E("企業署昨（27）日公告", "announcement", "公告", D27, organizers=["經濟部中小及新創企業署"],
      opt=True),  # told by its measure
    E("自3月2日起受理申請", "registration", "受理申請", day("2026-03-02", "2026-04-30"),
      organizers=["經濟部中小及新創企業署"]),
    E("可於下週參加說明會", "meeting", "說明會", NEXT_WEEK, organizers=["市府產業發展處"],
      opt=True),  # a week, no place
    E("昨（27）日宣判一起洩漏營業秘密案", "legal", "宣判", D27, organizers=["臺灣新竹地方法院"]),
    E("判處有期徒刑2年", "legal", "判處", D27, opt=True),                                   # the same case told again
    E("新竹燈會本月22日閉幕", "exhibition", "燈會", day("2026-02-22")),
    E("昨（27）日統計", "announcement", "統計", D27, organizers=["市府城市行銷處"], opt=True),      # a report verb
    E("新竹市警察局昨（27）日公布", "announcement", "公布", D27, organizers=["新竹市警察局"]),
    E("經國路等路段加強攔檢", "inspection", "攔檢", LONG_WEEKEND, location="東大路、經國路等路段",
      organizers=["警方"]),
    E("每月基本工資已調升至新台幣29,500元", "policy", "調升", day("2026-01-01"), organizers=["勞動部"]),
    E("實施勞動檢查", "inspection", "檢查", NEXT_WEEK, organizers=["市府勞工處"], participants=["300家事業單位"]),
    E("公費流感疫苗接種延長至115年3月31日止", "activity", "接種", day("2026-03-31"), organizers=["市府衛生局"],
      opt=True),                                                                        # an extended service
    E("辦理入學報到", "registration", "報到", day("2026-04-11", "2026-04-12"), organizers=["市府教育處"]),
    E("將封閉內側車道", "traffic", "封閉", day("2026-03-02", "2026-03-20"), location="東大路二段",
      organizers=["市府交通處"]),
    E("將加開北上列車12班次", "traffic", "加開", day("2026-03-01"), organizers=["台灣高鐵公司"]),
    E("舉行春季水域救援演練", "training", "演練", D27, location="香山區海山漁港", organizers=["新竹市消防局"]),
]
