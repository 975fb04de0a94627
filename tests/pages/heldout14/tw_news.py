"""南台灣聯合報 (高雄市, 臺灣), 2025-12-08 (a Monday): a Taiwan local page in traditional script, 聯合報/中央社 style.
Features: a `焦點` label; 中央社 items opening with `（中央社記者陳 思 妤台北7日電）` (the byline inside the dateline;
`今天` there is the dateline's day, 12-07, not the publication's); local items closing on a byline line of their own
(`記者林 佳 蓉／高雄報導`); three items with no byline and two with no headline; a caption `記者蔡 明 宏／攝影`
(a photographer) and two credited `圖／高市經發局提供`, `圖／高美館提供` (providers: no photographer); a paragraph
broken after a comma (`…總經費約165億元，` | `全線成圓後…`) with the article's own caption between; headlines after
their bodies and one before. Dates: `昨天`, `7日` in datelines, ROC years (`民國115年`, `民國113年`, `114年1至11月`,
`115年度`, `114年度`, `民國115年1月1日`, `民國115年3月29日`, `民國121年底` optional), glossed relative days as one
mention (`本週六（13日）起至本月31日`, `下週一（15日）`, `本週日（14日）`), `昨天起至本月21日`, `去年同期`, `前11月`,
`上月`, `本月中旬`, `本月31日晚間8時起至翌日凌晨2時`. Money in TWD: `新台幣約600億元`, `逾1,000億元`, bare `約165億元`,
`新台幣12億3,500萬元`, `28,590元`; `12.35億`/`1,150億`/`近2億` without 元 in headlines optional; Chinese percentages
(`百分之十八點六`, `百分之三點一八`), `較去年同期增加`, `減少`; bounds 逾, 近, 約, 最高. Taiwan bodies take their name
in simplified characters as canonical with the written form as alternative; short forms (`衛福部`, `高市教育局`,
`高市經發局`, `地檢署`, `政院`, `縣府`, `高美館`, `監理所`). Events: a third reading (policy), a light-rail opening
(launch) and its fare offer, a court ruling, statistics made public, a food fair, a subsidy budget, the minimum wage,
a cabinet approval, fire-safety checks, a dance contest, disaster relief and its application window, an app feature
launched, an art exhibition, coach inspections, an award, traffic control and extra metro services.
Forecasts and parts of one happening are optional.

Written at main commit f8f6589, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "南台灣聯合報"
PUBLISHED = "2025-12-08"
HOME = {"city": "高雄市", "province": "台湾省"}

LAYOUT = [
    ("焦點", "label", "T0"),
    ("（中央社記者陳 思 妤台北7日電）立法院", "body", "T0"),
    ("長照法修正三讀", "headline", "T0"),                    # after its body
    ("高雄市政府交通局與", "body", "T1"),                    # breaks after a comma
    ("輕軌列車昨天", "caption", "P0"),                       # 記者蔡 明 宏／攝影
    ("全線成圓後", "body", "T1"),                            # the rest of T1's paragraph
    ("記者林 佳 蓉／高雄報導", "byline", "T1"),
    ("輕軌環狀線成圓", "headline", "T1"),
    ("高雄地方法院昨天", "body", "T2"),
    ("記者張 家 豪／高雄報導", "byline", "T2"),
    ("假投資騙", "headline", "T2"),
    ("（中央社記者王 文 傑台北7日電）交通部", "body", "T3"),
    ("高鐵前11月", "headline", "T3"),
    ("2025高雄國際食品展", "body", "T4"),
    ("去年食品展", "caption", "P1"),                         # 圖／高市經發局提供
    ("高雄食品展11日", "headline", "T4"),
    ("高雄市政府教育局昨天", "body", "T5"),
    ("記者林 佳 蓉／高雄報導", "byline", "T5"),
    ("營養午餐補助", "headline", "T5"),
    ("（中央社記者李 孟 哲", "body", "T6"),
    ("明年基本工資", "headline", "T6"),
    ("（中央社記者王 文 傑台北7日電）行政院", "body", "T7"),
    ("高鐵延伸屏東", "headline", "T7"),
    ("高雄市政府消防局", "body", "T8"),
    ("長照機構消防", "headline", "T8"),
    ("高市長盃", "body", "T9"),                              # no headline
    ("記者蔡 明 宏／高雄報導", "byline", "T9"),
    ("屏東縣政府昨天", "body", "T10"),
    ("屏縣豪雨", "headline", "T10"),
    ("（中央社記者陳 思 妤台北7日電）衛福部", "body", "T11"),
    ("健保快易通App", "headline", "T11"),
    ("高美館「南方以南」", "headline", "T12"),
    ("高雄市立美術館", "body", "T12"),
    ("高美館展出的", "caption", "P2"),                       # 圖／高美館提供
    ("交通部公路局", "body", "T13"),                         # no headline
    ("記者張 家 豪／高雄報導", "byline", "T13"),
    ("高市勞工局昨天", "body", "T14"),
    ("模範勞工52人", "headline", "T14"),
    ("跨年晚會交管", "headline", "T15"),
    ("配合跨年晚會", "body", "T15"),
    ("記者林 佳 蓉／高雄報導", "byline", "T15"),
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["陳思妤"])),
    "T1": dict(byline=byline(reporters=["林佳蓉"])),
    "T2": dict(byline=byline(reporters=["張家豪"])),
    "T3": dict(byline=byline(reporters=["王文傑"])),
    "T4": dict(),
    "T5": dict(byline=byline(reporters=["林佳蓉"])),
    "T6": dict(byline=byline(reporters=["李孟哲"])),
    "T7": dict(byline=byline(reporters=["王文傑"])),
    "T8": dict(),
    "T9": dict(byline=byline(reporters=["蔡明宏"])),
    "T10": dict(),
    "T11": dict(byline=byline(reporters=["陳思妤"])),
    "T12": dict(),
    "T13": dict(byline=byline(reporters=["張家豪"])),
    "T14": dict(),
    "T15": dict(byline=byline(reporters=["林佳蓉"])),
}
JOINS = [("高雄市政府交通局與", "全線成圓後")]
PHOTOS = {
    "P0": dict(photographers=["蔡明宏"], article="T1"),
    "P1": dict(photographers=[], article="T4"),
    "P2": dict(photographers=[], article="T12"),
}

D7 = day("2025-12-07")
DATES = [
    D("妤台北[[7日]]電）立法院", D7),
    D("立法院會[[今天]]三讀", D7),
    D("衛福部估計，[[民國115年]]起", year(2026)),
    D("將於[[明年3月底]]前發布", month(2026, 3), OPT),                      # the end of a month, a deadline
    D("高雄捷運公司[[昨天]]在愛河", D7),
    D("輕軌列車[[昨天]]駛經", D7),
    D("交通局表示，[[本週六（13日）起至本月31日]]，", day("2025-12-13", "2025-12-31")),
    D("高雄地方法院[[昨天]]宣判", D7),
    D("該集團自[[民國113年]]起", year(2024)),
    D("傑台北[[7日]]電）交通部", D7),
    D("交通部[[今天]]公布", D7),
    D("公布[[114年1至11月]]運輸", months(2025, 1, 11)),
    D("較[[去年同期]]增加百分之六點三", months(2024, 1, 11)),
    D("，[[115年]]春節疏運", year(2026), OPT),                              # a year in a plan's name
    D("將於[[本月中旬]]公布", xun(2025, 12, 1)),
    D("高鐵[[前11月]]運量", months(2025, 1, 11)),
    D("[[2025]]高雄國際食品展本月", year(2025), OPT),                       # a year in an event's name
    D("食品展[[本月11日至14日]]在", day("2025-12-11", "2025-12-14")),
    D("[[去年]]食品展現場", year(2024)),
    D("高雄食品展[[11日]]登場", day("2025-12-11")),
    D("教育局[[昨天]]宣布", D7),
    D("宣布，[[115年度]]國中小", year(2026)),
    D("較[[114年度]]增加", year(2025)),
    D("將於[[下週一（15日）]]起受理", day("2025-12-15")),
    D("哲台北[[7日]]電）", D7),
    D("行政院[[今天]]宣布", D7),
    D("基本工資自[[民國115年1月1日]]起", day("2026-01-01")),
    D("[[明年]]基本工資", year(2026)),
    D("傑台北[[7日]]電）行政院", D7),
    D("行政院[[今天]]核定", D7),
    D("預計[[民國121年底]]通車", year(2032), OPT),                          # a forecast, the end of a year
    D("衛生局自[[11月]]起", month(2025, 11)),
    D("至[[昨天]]已稽查", D7),
    D("消防局表示，[[明年]]起", year(2026)),
    D("街舞大賽[[昨天]]在", D7),
    D("決賽將於[[本週日（14日）]]舉行", day("2025-12-14")),
    D("屏東縣政府[[昨天]]宣布", D7),
    D("受[[上月]]豪雨", month(2025, 11)),
    D("申請期限至[[本月19日]]止", day("2025-12-19")),
    D("申請至[[19日]]", day("2025-12-19")),
    D("妤台北[[7日]]電）衛福部", D7),
    D("衛福部[[今天]]宣布", D7),
    D("功能，[[即日起]]上線", D7, OPT),
    D("當代藝術展[[昨天]]開幕", D7),
    D("展期至[[民國115年3月29日]]", day("2026-03-29")),
    D("監理所[[昨天起至本月21日]]執行", day("2025-12-07", "2025-12-21")),
    D("監理所指出，[[11月]]已攔檢", month(2025, 11)),
    D("較[[去年同期]]減少", month(2024, 11)),
    D("高市勞工局[[昨天]]在", D7),
    D("表揚[[114年度]]模範勞工", year(2025), OPT),                          # a year in an award's name
    D("宣布，[[本月31日晚間8時起至翌日凌晨2時]]，", day("2025-12-31", "2026-01-01")),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
CNA = ["中央通讯社", "中央社"]
WFB = ["卫生福利部", "衛生福利部", "衛福部"]
JTJ = ["高雄市政府交通局", "交通局", "高市交通局"]
KRTC = ["高雄捷运股份有限公司", "高雄捷運公司"]
JTB = ["交通部"]
JFJ = ["高雄市政府经济发展局", "高雄市政府經濟發展局", "高市經發局"]
JYJ = ["高雄市政府教育局", "高市教育局"]
XZY = ["行政院", "政院"]
PTX = ["屏东县政府", "屏東縣政府", "縣府"]
XFJ = ["高雄市政府消防局", "消防局"]
GMG = ["高雄市立美术馆", "高雄市立美術館", "高美館"]
JLS = ["交通部公路局高雄区监理所", "交通部公路局高雄區監理所", "監理所"]
ORGS = [
    O("（[[中央社]]記者陳 思 妤台北7日電）立法院", CNA, IN, OPT),               # in a dateline
    O("電）[[立法院]]會今天", ["立法院"], G),
    O("。[[衛福部]]估計", WFB, G),
    O("。[[衛福部]]表示，相關", WFB, G),
    O("[[高雄市政府交通局]]與", JTJ, G),
    O("與[[高雄捷運公司]]昨天", KRTC, CO),
    O("人次。[[交通局]]表示", JTJ, G),
    O("[[高雄地方法院]]昨天", ["台湾高雄地方法院", "臺灣高雄地方法院", "高雄地方法院"], G),
    O("。[[高雄地檢署]]起訴", ["台湾高雄地方检察署", "臺灣高雄地方檢察署", "高雄地檢署"], G),
    O("。[[地檢署]]表示", ["台湾高雄地方检察署", "臺灣高雄地方檢察署", "地檢署"], G),
    O("（[[中央社]]記者王 文 傑台北7日電）交通部", CNA, IN, OPT),
    O("電）[[交通部]]今天公布", JTB, G),
    O("，[[台灣高鐵]]累計", ["台湾高速铁路股份有限公司", "台灣高鐵"], CO),
    O("；[[台鐵]]旅運量", ["国营台湾铁路股份有限公司", "台鐵", "台湾铁路管理局"], CO),
    O("。[[交通部]]表示，115年", JTB, G),
    O("在[[高雄展覽館]]登場", ["高雄展览馆", "高雄展覽館"], IN, OPT),            # a venue
    O("攤位，[[高市經發局]]預估", JFJ, G),
    O("圖／[[高市經發局]]提供", JFJ, G),
    O("[[高雄市政府教育局]]昨天", JYJ, G),
    O("。[[高市教育局]]並將", JYJ, G),
    O("（[[中央社]]記者李 孟 哲", CNA, IN, OPT),
    O("電）[[行政院]]今天宣布", XZY, G),
    O("，[[勞動部]]預估", ["劳动部", "勞動部"], G),
    O("（[[中央社]]記者王 文 傑台北7日電）行政院", CNA, IN, OPT),
    O("電）[[行政院]]今天核定", XZY, G),
    O("由[[交通部鐵道局]]辦理", ["交通部铁道局", "交通部鐵道局"], G),
    O("。[[屏東縣政府]]表示", PTX, G),
    O("屏東 [[政院]]核定", XZY, G),
    O("[[高雄市政府消防局]]會同", XFJ, G),
    O("會同[[衛生局]]自", ["高雄市政府卫生局", "高雄市政府衛生局", "衛生局"], G),
    O("。[[消防局]]表示", XFJ, G),
    O("主辦單位[[高雄市政府青年局]]", ["高雄市政府青年局"], G),
    O("[[屏東縣政府]]昨天", PTX, G),
    O("，[[縣府]]已編列", PTX, G),
    O("。[[縣府農業處]]統計", ["屏东县政府农业处", "屏東縣政府農業處", "縣府農業處"], G),
    O("（[[中央社]]記者陳 思 妤台北7日電）衛福部", CNA, IN, OPT),
    O("電）[[衛福部]]今天宣布", WFB, G),
    O("[[高美館]]「南方以南」 展品", GMG, IN),
    O("[[高雄市立美術館]]「南方以南」當代", GMG, IN),
    O("[[高美館]]展出的大型", GMG, IN),
    O("圖／[[高美館]]提供", GMG, IN),
    O("[[交通部公路局高雄區監理所]]", JLS, G),
    O("。[[監理所]]指出", JLS, G),
    O("[[高市勞工局]]昨天", ["高雄市政府劳工局", "高雄市政府勞工局", "高市勞工局"], G),
    O("在[[高雄市勞工博物館]]表揚", ["高雄市劳工博物馆", "高雄市勞工博物館"], IN, OPT),   # a venue
    O("，[[高市交通局]]宣布", JTJ, G),
    O("；[[高雄捷運公司]]紅", KRTC, CO),
]

C, P, M, T, A, L, W = "count", "percent", "money", "duration", "area", "length", "weight"
TWD = "TWD"
STATS = [
    S("由[[新台幣約600億元]]擴增", "60000000000", "元", M, "about", "長照服務發展基金規模", currency=TWD),
    S("擴增至[[逾1,000億元]]", "100000000000", "元", M, "over", "長照服務發展基金規模", currency=TWD),
    S("可達[[近90萬人]]", "900000", "人", C, "under", "長照服務人數"),
    S("較現行增加[[百分之十八點六]]", "18.6", "%", P, "exact", "長照服務人數", change=up("現行")),
    S("擴增[[逾千億]]\n", "100000000000", "億", M, "over", "長照服務發展基金", OPT),       # in a headline, no 元
    S("全長[[22.1公里]]", "22.1", "公里", L, "exact", "輕軌環狀線全長"),
    S("設[[38個]]車站", "38", "個", C, "exact", "環狀線車站"),
    S("總經費[[約165億元]]", "16500000000", "元", M, "about", "輕軌環狀線總經費", currency=TWD),
    S("可達[[4萬人次]]", "40000", "人次", C, "exact", "全線成圓後平日運量"),
    S("有期徒刑[[8年]]", "8", "年", T, "exact", "黃姓主嫌有期徒刑"),
    S("另[[11名]]共同被告", "11", "名", C, "exact", "共同被告"),
    S("誘騙[[逾300名]]被害人", "300", "名", C, "over", "被害人"),
    S("不法所得[[近2億元]]", "200000000", "元", M, "under", "不法所得", currency=TWD),
    S("騙[[近2億]] 主嫌", "200000000", "億", M, "under", "假投資詐騙金額", OPT),     # in a headline, no 元
    S("主嫌判[[8年]]", "8", "年", T, "exact", "主嫌刑期"),
    S("旅運量達[[7,652萬人次]]", "76520000", "人次", C, "exact", "台灣高鐵累計旅運量"),
    S("增加[[百分之六點三]]", "6.3", "%", P, "exact", "台灣高鐵累計旅運量", change=up("去年同期")),
    S("台鐵旅運量[[約2億1,800萬人次]]", "218000000", "人次", C, "about", "台鐵旅運量"),
    S("增幅[[百分之二點一]]", "2.1", "%", P, "exact", "台鐵旅運量", change=up("去年同期")),
    S("運量年增[[6.3%]]", "6.3", "%", P, "exact", "高鐵前11月運量", change=up("去年同期")),
    S("登場，[[逾600家]]廠商", "600", "家", C, "over", "參展廠商"),
    S("設置[[1,200個]]攤位", "1200", "個", C, "exact", "攤位"),
    S("創造[[新台幣15億元]]商機", "1500000000", "元", M, "exact", "食品展商機", currency=TWD),
    S("登場 [[逾600家]]廠商", "600", "家", C, "over", "參展廠商"),
    S("編列[[新台幣12億3,500萬元]]", "1235000000", "元", M, "exact", "115年度國中小營養午餐補助經費",
      currency=TWD),
    S("增加[[百分之八點五]]", "8.5", "%", P, "exact", "營養午餐補助經費", change=up("114年度")),
    S("受惠學生[[逾16萬人]]", "160000", "人", C, "over", "受惠學生"),
    S("增至[[12.35億]]", "1235000000", "億", M, "exact", "營養午餐補助", OPT),        # in a headline, no 元
    S("由[[新台幣28,590元]]", "28590", "元", M, "exact", "基本工資月薪", currency=TWD),
    S("調至[[29,500元]]，", "29500", "元", M, "exact", "基本工資月薪", currency=TWD),
    S("調幅[[百分之三點一八]]", "3.18", "%", P, "exact", "基本工資月薪調幅", change=up()),
    S("時薪由[[190元]]", "190", "元", M, "exact", "時薪", currency=TWD),
    S("調至[[196元]]", "196", "元", M, "exact", "時薪", currency=TWD),
    S("預估[[逾250萬名]]勞工", "2500000", "名", C, "over", "受惠勞工"),
    S("月薪[[29,500元]]\n", "29500", "元", M, "exact", "明年基本工資月薪", currency=TWD),
    S("全長[[17.5公里]]", "17.5", "公里", L, "exact", "高鐵延伸屏東路線全長"),
    S("總經費[[新台幣約1,150億元]]", "115000000000", "元", M, "about", "高鐵延伸屏東計畫總經費", currency=TWD),
    S("帶動[[近2萬個]]就業機會", "20000", "個", C, "under", "就業機會"),
    S("核定[[1,150億]]", "115000000000", "億", M, "exact", "高鐵延伸屏東計畫", OPT),   # in a headline, no 元
    S("已稽查[[142家]]", "142", "家", C, "exact", "稽查長照機構"),
    S("其中[[9家]]缺失", "9", "家", C, "exact", "缺失長照機構"),
    S("限期[[一個月]]改善", "1", "個月", T, "exact", "限期改善"),
    S("稽查 [[9家]]限期", "9", "家", C, "exact", "限期改善長照機構"),
    S("吸引[[近1,500名]]選手", "1500", "名", C, "under", "參賽選手"),
    S("總獎金[[新台幣50萬元]]", "500000", "元", M, "exact", "街舞大賽總獎金", currency=TWD),
    S("可獲獎金[[10萬元]]", "100000", "元", M, "exact", "冠軍隊伍獎金", currency=TWD),
    S("每公頃[[最高新台幣3萬元]]", "30000", "元", M, "under", "每公頃現金救助", currency=TWD),
    S("編列預算[[逾8,000萬元]]", "80000000", "元", M, "over", "豪雨農損救助預算", currency=TWD),
    S("農損金額[[約1億2,000萬元]]", "120000000", "元", M, "about", "豪雨農損金額", currency=TWD),
    S("受損面積[[逾3,100公頃]]", "3100", "公頃", A, "over", "受損面積"),
    S("下載數已[[逾1,050萬次]]", "10500000", "次", C, "over", "App下載數"),
    S("展品[[逾120件]]\n", "120", "件", C, "over", "展品"),
    S("國內外[[42位]]藝術家", "42", "位", C, "exact", "參展藝術家"),
    S("作品[[逾120件]]，", "120", "件", C, "over", "展出作品"),
    S("全票[[新台幣150元]]", "150", "元", M, "exact", "全票票價", currency=TWD),
    S("車齡[[逾15年]]", "15", "年", T, "over", "車齡", OPT),                          # an age
    S("攔檢遊覽車[[1,326輛次]]", "1326", "輛次", C, "exact", "攔檢遊覽車"),
    S("取締違規[[87件]]", "87", "件", C, "exact", "取締違規"),
    S("減少[[百分之十二點四]]", "12.4", "%", P, "exact", "取締違規", change=down("去年同期")),
    S("模範勞工[[52人]]及", "52", "人", C, "exact", "模範勞工"),
    S("績優事業單位[[8家]]", "8", "家", C, "exact", "績優事業單位"),
    S("獎金[[新台幣2萬元]]", "20000", "元", M, "exact", "每人獎金", currency=TWD),
    S("模範勞工[[52人]]獲表揚", "52", "人", C, "exact", "模範勞工"),
]

EVENTS = [
    E("立法院會今天三讀通過「長期照顧服務法」部分條文修正草案", "policy", "三讀通過", D7, organizers=["立法院"]),
    E("相關子法將於明年3月底前發布", "policy", "發布", month(2026, 3), organizers=["衛福部"], opt=True),   # a plan
    E("舉行輕軌環狀線全線成圓通車典禮", "launch", "通車", D7, location="愛河之心站",
      organizers=["高雄市政府交通局", "高雄捷運公司"]),
    E("民眾持一卡通搭乘輕軌享半價優惠", "traffic", "半價優惠", day("2025-12-13", "2025-12-31"),
      organizers=["交通局"]),
    E("高雄地方法院昨天宣判", "legal", "宣判", D7, organizers=["高雄地方法院"]),
    E("高雄地檢署起訴指出", "legal", "起訴", None, organizers=["高雄地檢署"], opt=True),     # told as background
    E("交通部今天公布114年1至11月運輸統計", "announcement", "公布", D7, organizers=["交通部"]),
    E("115年春節疏運計畫將於本月中旬公布", "announcement", "公布", xun(2025, 12, 1), organizers=["交通部"]),
    E("2025高雄國際食品展本月11日至14日在高雄展覽館登場", "exhibition", "食品展", day("2025-12-11", "2025-12-14"),
      location="高雄展覽館"),
    E("國中小營養午餐補助經費編列新台幣12億3,500萬元", "payout", "補助", year(2026), organizers=["高雄市政府教育局"],
      participants=["國中小"]),
    E("起受理低收入戶學生早餐補助申請", "registration", "申請", day("2025-12-15"), organizers=["高市教育局"],
      participants=["低收入戶學生"]),
    E("基本工資自民國115年1月1日起調升", "policy", "調升", day("2026-01-01"), organizers=["行政院"]),
    E("行政院今天核定「高鐵延伸屏東計畫」綜合規劃", "policy", "核定", D7, organizers=["行政院"]),
    E("預計民國121年底通車", "construction", "通車", year(2032), opt=True),                 # a forecast
    E("會同衛生局自11月起稽查全市長照機構消防安全", "inspection", "稽查", month(2025, 11),
      organizers=["高雄市政府消防局", "衛生局"]),
    E("高市長盃全國街舞大賽昨天在駁二藝術特區登場", "competition", "大賽", D7, location="駁二藝術特區",
      organizers=["高雄市政府青年局"], participants=["選手"]),
    E("決賽將於本週日（14日）舉行", "competition", "決賽", day("2025-12-14"), location="駁二藝術特區",
      organizers=["高雄市政府青年局"], opt=True),                                          # part of the contest
    E("可向各鄉鎮公所申請現金救助", "payout", "救助", D7, organizers=["屏東縣政府"], participants=["農民"]),
    E("申請期限至本月19日止", "registration", "申請", day("2025-12-19"), organizers=["屏東縣政府"]),
    E("App新增跨院所重複用藥提醒功能，即日起上線", "launch", "上線", D7, organizers=["衛福部"]),
    E("「南方以南」當代藝術展昨天開幕", "exhibition", "藝術展", D7, location="高雄市立美術館",
      organizers=["高雄市立美術館"], theme="南方以南"),
    E("執行年終遊覽車安全稽查", "inspection", "稽查", day("2025-12-07", "2025-12-21"),
      organizers=["交通部公路局高雄區監理所"]),
    E("11月已攔檢遊覽車1,326輛次", "inspection", "攔檢", month(2025, 11), organizers=["監理所"],
      opt=True),  # a monthly total
    E("表揚114年度模範勞工52人", "award", "表揚", D7, location="高雄市勞工博物館", organizers=["高市勞工局"],
      participants=["模範勞工"]),
    E("周邊道路實施交通管制", "traffic", "交通管制", day("2025-12-31", "2026-01-01"), location="夢時代購物中心周邊道路",
      organizers=["高市交通局"]),
    E("輕軌將加開班次", "traffic", "加開", day("2025-12-31", "2026-01-01"), organizers=["高雄捷運公司"]),
]
