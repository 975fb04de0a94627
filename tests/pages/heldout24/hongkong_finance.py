"""香江財經報 (香港), 2025-12-18 (a Thursday): a Hong Kong financial page in traditional script, 信報/香港經濟日報-like.
Features: `財經`, `地產`, `中國` section labels and a `市場焦點` series label over a kicker (`內銀股受捧 大市三連升`)
and its title; bylines on their own line at the top of items (`記者 梁 穎 芝`, an unnamed `本報記者`, `撰文：馮 志 豪`,
`文：黃 思 敏`; a writer under `撰文：`/`文：` is an author); a table-like block of index figures (`恒指　25,860　+312`,
bare numbers optional, the turnover with its unit required) inside the market story; a paragraph broken after a comma
(`…約540億港元，` | `資金流動性充裕…`) with the series label, kicker, title, byline, body and table of another item
between; captions `陳 國 樑（右）與前海管理局副局長簽約。（林 嘉 欣攝）` and `圖：公司提供` (no photographer); headlines
after their bodies (one with another item between) and items with no headline. HKD written `港元`, bare `元`/`億元`
(HKD on a Hong Kong page), `1,234萬元`-style, `百分之X點X`, `X厘` (rates, percent), `點` (index points, other);
RMB (`元人民幣`) and USD (`美元`). Stock codes `（00700）` are identifiers, not statistics. Dates: `今日`/`今日凌晨` =
12-18, `昨日`/`昨晚` = 12-17, `前日` = 12-16, `上周六` = 12-13, `下周二` = 12-23, `本月15日`, `本月上旬`, `首三季`,
`9月底`, `今年9月至11月`, `首十一個月`/`首11個月`, `明年1月9日`, `明年1月2日`, `明年1月12日至14日`, `1月26日至27日`;
`年底前`, bare `下周`, `今年至今` and a year inside an ordinance's title optional. Events: rate cuts put in force
(policy ×3), an IPO listing (launch), results and figures made public (announcement ×7), a dividend (payout), a
seminar and a forum (meeting ×2), signings ×2, an ordinance in force (policy), a regulator's fine (legal), an
exhibition, a flat sale (other), a central-bank operation (other), subsidy funds handed down (payout); the
gazetting before the ordinance takes effect, a tender closing told inside its announcement, plans and captions optional.

Written at main commit 3299cc7, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "香江財經報"
PUBLISHED = "2025-12-18"
HOME = {"city": "香港"}

LAYOUT = [
    ("財經", "label", "A0"),
    ("金管局跟隨減息", "headline", "A0"),
    ("記者 梁 穎 芝", "byline", "A0"),
    ("美國聯儲局於香港時間", "body", "A0"),                   # breaks after a comma
    ("市場焦點", "label", "A1"),                               # series label
    ("內銀股受捧", "headline", "A1"),                         # kicker
    ("恒指收報", "headline", "A1"),
    ("撰文：", "byline", "A1"),
    ("港股昨日高開高走", "body", "A1"),
    ("恒指　", "body", "A1"),                                 # the table
    ("國指　", "body", "A1"),
    ("科指　", "body", "A1"),
    ("成交額　", "body", "A1"),
    ("資金流動性充裕", "body", "A0"),                         # the rest of A0's paragraph
    ("本報記者", "byline", "A2"),
    ("半導體設計商", "body", "A2"),
    ("晶芯科技今日掛牌", "headline", "A2"),                   # after its body
    ("晶芯科技主席", "caption", "P0"),                        # 圖：公司提供
    ("港盈集團首三季", "headline", "A3"),
    ("記者 蔡 卓 賢", "byline", "A3"),
    ("港盈集團（01886）", "body", "A3"),
    ("政府統計處昨日公布", "body", "A4"),
    ("失業率維持", "headline", "A4"),                         # after its body
    ("綠色債券發行額", "headline", "A5"),
    ("記者 梁 穎 芝", "byline", "A5"),
    ("金管局昨日公布", "body", "A5"),
    ("地產", "label", "A6"),
    ("文：", "byline", "A6"),
    ("地政總署昨日公布", "body", "A6"),
    ("屯門宅地", "headline", "A6"),                           # after its body
    ("記者 鄭 浩 文", "byline", "A7"),
    ("嘉峰地產（00783）", "body", "A7"),
    ("啟德新盤首輪", "headline", "A7"),                       # after its body
    ("嘉峰物流主席", "caption", "P1"),                        # （林 嘉 欣攝）
    ("嘉峰物流投資前海", "headline", "A8"),
    ("記者 林 嘉 欣", "byline", "A8"),
    ("本地物流商", "body", "A8"),
    ("財經事務及庫務局昨日刊憲", "body", "A9"),
    ("證監會昨日公布", "body", "A10"),                         # no headline
    ("印花稅豁免", "headline", "A9"),                         # after its body, A10 between
    ("騰飛汽車（02238）", "body", "A11"),                       # no headline
    ("貿發局主辦", "body", "A12"),                             # no headline
    ("中國", "label", "A13"),
    ("內地11月出口", "headline", "A13"),
    ("海關總署公布", "body", "A13"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["梁穎芝"])),
    "A1": dict(byline=byline(authors=["馮志豪"])),
    "A2": dict(),
    "A3": dict(byline=byline(reporters=["蔡卓賢"])),
    "A4": dict(),
    "A5": dict(byline=byline(reporters=["梁穎芝"])),
    "A6": dict(byline=byline(authors=["黃思敏"])),
    "A7": dict(byline=byline(reporters=["鄭浩文"])),
    "A8": dict(byline=byline(reporters=["林嘉欣"])),
    "A9": dict(),
    "A10": dict(),
    "A11": dict(),
    "A12": dict(),
    "A13": dict(),
}
JOINS = [("美國聯儲局於香港時間", "資金流動性充裕")]
PHOTOS = {
    "P0": dict(photographers=[], article="A2"),
    "P1": dict(photographers=["林嘉欣"], article="A8"),
}

D18, D17 = day("2025-12-18"), day("2025-12-17")
DATES = [
    D("香港時間[[今日凌晨]]", D18),
    D("銀行[[昨晚]]已宣布", D17),
    D("港股[[昨日]]高開", D17),
    D("較[[前日]]增加", day("2025-12-16")),
    D("拆息料於[[年底前]]", VAGUE, OPT),
    D("晶芯科技（02567）[[今日]]在港交所", D18),
    D("公司[[昨日]]公布，公開", D17),
    D("為[[今年]]第二多", year(2025)),
    D("[[今年至今]]共有86家", year(2025), OPT),
    D("晶芯科技[[今日]]掛牌", D18),
    D("港盈集團[[首三季]]多賺", (span("2025-01-01", "2025-09-30"), "quarter")),
    D("（01886）[[昨日]]公布", D17),
    D("截至[[9月底]]止", xun(2025, 9, 2)),
    D("止[[首三季]]業績", (span("2025-01-01", "2025-09-30"), "quarter")),
    D("派[[第三季度]]股息", quarter(2025, 3)),
    D("將於[[明年1月9日]]派發", day("2026-01-09")),
    D("政府統計處[[昨日]]公布", D17),
    D("，[[今年9月至11月]]經季節性", months(2025, 9, 11)),
    D("與[[上一期]]持平", months(2025, 8, 10), OPT),                 # the previous rolling quarter
    D("金管局[[昨日]]公布，政府", D17),
    D("政府[[今年]]共發行", year(2025)),
    D("將於[[下周二]]為機構", day("2025-12-23")),
    D("地政總署[[昨日]]公布", D17),
    D("顯示，[[11月]]私人住宅", month(2025, 11)),
    D("，[[首十一個月]]累跌", months(2025, 1, 11)),
    D("，[[11月份]]送交", month(2025, 11)),
    D("啟德新盤[[上周六]]首輪", day("2025-12-13")),
    D("，[[下周]]將加推", VAGUE, OPT),
    D("預計[[明年6月]]入伙", month(2026, 6)),
    D("（06128）[[昨日]]與深圳", D17),
    D("預計[[2027年]]投入使用", year(2027)),
    D("[[今年首11個月]]共協助", months(2025, 1, 11)),
    D("財經事務及庫務局[[昨日]]刊憲", D17),
    D("《[[2025年]]印花稅", year(2025), OPT),                       # in a document's title
    D("將於[[明年1月2日]]起生效", day("2026-01-02")),
    D("證監會[[昨日]]公布", D17),
    D("在[[2021年至2023年]]期間", (span("2021-01-01", "2023-12-31"), "year")),
    D("印花稅豁免[[明年]]生效", year(2026)),
    D("（02238）[[昨日]]宣布", D17),
    D("股價[[昨日]]收升", D17),
    D("將於[[明年1月12日至14日]]在灣仔", day("2026-01-12", "2026-01-14")),
    D("則將於[[1月26日至27日]]舉行", day("2026-01-26", "2026-01-27")),
    D("內地[[11月]]出口按年", month(2025, 11)),
    D("公布，內地[[11月]]出口額", month(2025, 11)),
    D("；[[首11個月]]貿易順差", months(2025, 1, 11)),
    D("國家統計局[[本月15日]]公布", day("2025-12-15")),
    D("公布，[[11月]]社會消費品", month(2025, 11)),
    D("人民銀行[[昨日]]開展", D17),
    D("已於[[本月上旬]]下達", xun(2025, 12, 0)),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
HKMA = ["香港金融管理局", "金管局"]
HKEX = ["香港交易及结算所有限公司", "香港交易及結算所有限公司", "港交所"]
TDC = ["香港贸易发展局", "香港貿易發展局", "貿發局"]
INVEST = ["投资推广署", "投資推廣署"]
SFC = ["证券及期货事务监察委员会", "證券及期貨事務監察委員會", "證監會"]
JX = ["晶芯科技"]
GY = ["港盈集团", "港盈集團"]
WL = ["嘉峰物流"]
QH = ["深圳市前海管理局", "前海管理局"]
TF = ["腾飞汽车", "騰飛汽車"]
ORGS = [
    O("\n[[金管局]]跟隨減息", HKMA, G),
    O("[[美國聯儲局]]於香港", ["美国联邦储备委员会", "美國聯邦儲備局", "美國聯儲局"], G),
    O("，[[金管局]]隨即", HKMA, G),
    O("其中[[港信銀行]]的", ["港信银行", "港信銀行"], CO),
    O("。[[金管局]]表示，銀行", HKMA, G),
    O("內銀股造好，[[建設銀行]]（00939）", ["中国建设银行", "中國建設銀行", "建設銀行"], CO),
    O("，[[工商銀行]]（01398）", ["中国工商银行", "中國工商銀行", "工商銀行"], CO),
    O("半導體設計商[[晶芯科技]]（02567）", JX, CO),
    O("今日在[[港交所]]主板", HKEX, CO),
    O("。[[港交所]]數據顯示", HKEX, CO),
    O("\n[[晶芯科技]]今日掛牌", JX, CO),
    O("\n[[晶芯科技]]主席", JX, CO),
    O("\n[[港盈集團]]首三季", GY, CO),
    O("\n[[港盈集團]]（01886）", GY, CO),
    O("\n[[政府統計處]]昨日", ["政府统计处", "政府統計處"], G),
    O("\n[[金管局]]昨日公布", HKMA, G),
    O("。[[金管局]]將於下周二", HKMA, G),
    O("\n[[地政總署]]昨日", ["地政总署", "地政總署"], G),
    O("。[[差餉物業估價署]]最新", ["差饷物业估价署", "差餉物業估價署"], G),
    O("。[[土地註冊處]]數字", ["土地注册处", "土地註冊處"], G),
    O("\n[[嘉峰地產]]（00783）", ["嘉峰地产", "嘉峰地產"], CO),
    O("\n[[嘉峰物流]]主席", WL, CO),
    O("與[[前海管理局]]副局長", QH, G),
    O("\n[[嘉峰物流]]投資前海", WL, CO),
    O("本地物流商[[嘉峰物流]]（06128）", WL, CO),
    O("與[[深圳市前海管理局]]簽署", QH, G),
    O("。[[投資推廣署]]署長", INVEST, G),
    O("。[[投資推廣署]]數字", INVEST, G),
    O("\n[[財經事務及庫務局]]昨日", ["财经事务及库务局", "財經事務及庫務局"], G),
    O("\n[[證監會]]昨日公布", SFC, G),
    O("。[[證監會]]表示", SFC, G),
    O("\n[[騰飛汽車]]（02238）", TF, CO),
    O("。[[騰飛汽車]]股價", TF, CO),
    O("\n[[貿發局]]主辦", TDC, IN),
    O("，[[貿發局]]預計今屆", TDC, IN),
    O("\n[[海關總署]]公布", ["中华人民共和国海关总署", "海關總署"], G),
    O("。[[國家統計局]]本月", ["国家统计局", "國家統計局"], G),
    O("。[[人民銀行]]昨日", ["中国人民银行", "中國人民銀行", "人民銀行"], G),
    O("。[[商務部]]表示", ["中华人民共和国商务部", "商務部"], G),
]

C, P, M, T, O_ = "count", "percent", "money", "duration", "other"
HKD, CNY, USD = "HKD", "CNY", "USD"
STATS = [
    S("基本利率降至[[4.5厘]]", "4.5", "厘", P, "exact", "基本利率"),
    S("宣布減息[[0.25厘]]", "0.25", "厘", P, "exact", "美國聯儲局利率", change=down()),
    S("下調[[0.25厘]]至", "0.25", "厘", P, "exact", "基本利率", change=down()),
    S("至[[4.5厘]]，即時", "4.5", "厘", P, "exact", "基本利率"),
    S("下調[[0.125厘]]", "0.125", "厘", P, "exact", "最優惠利率", change=down()),
    S("降至[[5.125厘]]", "5.125", "厘", P, "exact", "港信銀行的最優惠利率"),
    S("維持在[[約540億港元]]", "54000000000", "港元", M, "about", "銀行體系總結餘", currency=HKD),
    S("恒指收報[[25,860點]]", "25860", "點", O_, "exact", "恒指"),
    S("成交額[[2,318億元]]\n", "231800000000", "元", M, "exact", "成交額", currency=HKD),
    S("恒生指數收報[[25,860點]]", "25860", "點", O_, "exact", "恒生指數"),
    S("升[[312點]]", "312", "點", O_, "exact", "恒生指數", change=up()),
    S("或[[百分之一點二]]", "1.2", "%", P, "exact", "恒生指數", change=up()),
    S("國企指數收報[[9,142點]]", "9142", "點", O_, "exact", "國企指數"),
    S("升[[118點]]", "118", "點", O_, "exact", "國企指數", change=up()),
    S("大市成交額[[2,318億元]]", "231800000000", "元", M, "exact", "大市成交額", currency=HKD),
    S("增加[[約兩成]]", "0.2", "成", P, "about", "大市成交額", OPT, change=up("前日")),        # X成
    S("（00939）升[[百分之二點四]]", "2.4", "%", P, "exact", "建設銀行股價", change=up()),
    S("（01398）升[[百分之一點九]]", "1.9", "%", P, "exact", "工商銀行股價", change=up()),
    S("恒指　[[25,860]]", "25860", "點", O_, "exact", "恒指", OPT),                              # table, no unit
    S("25,860　[[+312]]", "312", "點", O_, "exact", "恒指", OPT, change=up()),
    S("國指　[[9,142]]", "9142", "點", O_, "exact", "國指", OPT),
    S("9,142　[[+118]]", "118", "點", O_, "exact", "國指", OPT, change=up()),
    S("科指　[[5,631]]", "5631", "點", O_, "exact", "科指", OPT),
    S("5,631　[[+97]]", "97", "點", O_, "exact", "科指", OPT, change=up()),
    S("成交額　[[2,318億元]]", "231800000000", "元", M, "exact", "成交額", currency=HKD),
    S("[[一個月]]港元拆息", "1", "個月", T, "exact", "港元拆息期限", OPT),                       # a tenor's name
    S("每股[[12.8港元]]", "12.8", "港元", M, "exact", "晶芯科技每股定價", currency=HKD),
    S("集資淨額[[約18.6億港元]]", "1860000000", "港元", M, "about", "晶芯科技集資淨額", currency=HKD),
    S("超額認購[[約326倍]]", "326", "倍", O_, "about", "公開發售部分超額認購"),
    S("凍結資金[[逾1,480億元]]", "148000000000", "元", M, "over", "凍結資金", currency=HKD),
    S("共有[[86家]]公司", "86", "家", C, "exact", "在港上市公司"),
    S("集資總額[[逾2,600億元]]", "260000000000", "元", M, "over", "新股集資總額", currency=HKD),
    S("按年上升[[約兩倍]]", "2", "倍", O_, "about", "新股集資總額", change=up("上年")),
    S("集資[[逾18億元]]", "1800000000", "元", M, "over", "晶芯科技集資", currency=HKD),
    S("多賺[[12%]]", "12", "%", P, "exact", "港盈集團盈利", change=up("上年同期")),
    S("上升[[百分之八點六]]", "8.6", "%", P, "exact", "港盈集團收入", change=up("上年同期")),
    S("至[[362億元]]", "36200000000", "元", M, "exact", "港盈集團首三季收入", currency=HKD),
    S("股東應佔溢利[[約41.2億元]]", "4120000000", "元", M, "about", "股東應佔溢利", currency=HKD),
    S("增長[[百分之十二點四]]", "12.4", "%", P, "exact", "股東應佔溢利", change=up("上年同期")),
    S("每股[[0.35港元]]", "0.35", "港元", M, "exact", "第三季度每股股息", currency=HKD),
    S("派息總額[[約8.2億元]]", "820000000", "元", M, "about", "派息總額", currency=HKD),
    S("失業率為[[百分之三點八]]", "3.8", "%", P, "exact", "經季節性調整的失業率"),
    S("失業人數[[約14.6萬人]]", "146000", "人", C, "about", "失業人數"),
    S("減少[[約3,200人]]", "3200", "人", C, "about", "失業人數", change=down("上季")),
    S("就業不足率為[[百分之一點一]]", "1.1", "%", P, "exact", "就業不足率"),
    S("下降[[0.1個百分點]]", "0.1", "個百分點", P, "exact", "就業不足率", change=down("上季")),
    S("失業率維持[[3.8%]]", "3.8", "%", P, "exact", "失業率"),
    S("債券[[約1,380億港元]]等值", "138000000000", "港元", M, "about", "綠色及可持續債券發行額", currency=HKD),
    S("美元及歐元[[四種]]貨幣", "4", "種", C, "exact", "債券涵蓋貨幣", OPT),
    S("人民幣債券[[約350億元人民幣]]", "35000000000", "元", M, "about", "人民幣債券", currency=CNY),
    S("美元債券[[約45億美元]]", "4500000000", "美元", M, "about", "美元債券", currency=USD),
    S("共接獲[[11份]]標書", "11", "份", C, "exact", "標書"),
    S("市場估值[[約28億元]]", "2800000000", "元", M, "about", "屯門宅地市場估值", currency=HKD),
    S("按月下跌[[百分之零點四]]", "0.4", "%", P, "exact", "私人住宅售價指數", change=down("上月")),
    S("累跌[[百分之二點一]]", "2.1", "%", P, "exact", "私人住宅售價指數", change=down()),
    S("買賣合約共[[5,862份]]", "5862", "份", C, "exact", "送交註冊的樓宇買賣合約"),
    S("上升[[百分之十九點七]]", "19.7", "%", P, "exact", "樓宇買賣合約", change=up("上年同期")),
    S("總值[[約462億元]]", "46200000000", "元", M, "about", "樓宇買賣合約總值", currency=HKD),
    S("屯門宅地接[[11份]]標書", "11", "份", C, "exact", "標書"),
    S("推售[[368伙]]", "368", "伙", C, "exact", "首輪推售單位"),
    S("即日售出[[352伙]]", "352", "伙", C, "exact", "售出單位"),
    S("套現[[逾39億元]]", "3900000000", "元", M, "over", "套現", currency=HKD),
    S("平均呎價[[約2.1萬元]]", "21000", "元", M, "about", "平均呎價", currency=HKD),
    S("加推[[不少於200伙]]", "200", "伙", C, "over", "加推單位"),
    S("首輪沽[[352伙]]", "352", "伙", C, "exact", "啟德新盤首輪售出單位"),
    S("將投資[[約12億元人民幣]]", "1200000000", "元", M, "about", "跨境電商物流中心投資", currency=CNY),
    S("協助[[498家]]海外", "498", "家", C, "exact", "在港開設或擴展業務的海外及內地企業"),
    S("上升[[百分之二十一]]", "21", "%", P, "exact", "協助企業數目", change=up("上年同期")),
    S("節省[[約3.5億元]]", "350000000", "元", M, "about", "每年節省交易成本", currency=HKD),
    S("罰款[[1,200萬元]]", "12000000", "元", M, "exact", "罰款", currency=HKD),
    S("每股[[48港元]]", "48", "港元", M, "exact", "每股認購價", currency=HKD),
    S("涉資[[約7.8億美元]]", "780000000", "美元", M, "about", "戰略投資涉資", currency=USD),
    S("約合[[61億港元]]", "6100000000", "港元", M, "about", "戰略投資涉資", currency=HKD),
    S("收升[[百分之七點三]]", "7.3", "%", P, "exact", "騰飛汽車股價", change=up()),
    S("預計[[逾300家]]展商", "300", "家", C, "over", "參展展商"),
    S("來自[[32個]]國家", "32", "個", C, "exact", "買家來源國家及地區"),
    S("的[[逾2.1萬名]]買家", "21000", "名", C, "over", "上屆買家"),
    S("入場人次[[約4萬]]", "40000", "人次", C, "about", "今屆入場人次"),
    S("按年增[[5.9%]]", "5.9", "%", P, "exact", "內地出口", change=up("上年同期")),
    S("出口額[[約3,124億美元]]", "312400000000", "美元", M, "about", "內地11月出口額", currency=USD),
    S("增長[[百分之五點九]]", "5.9", "%", P, "exact", "內地出口額", change=up("上年同期")),
    S("貿易順差[[近1萬億美元]]", "1000000000000", "美元", M, "under", "首11個月貿易順差", currency=USD),
    S("零售總額[[約4.39萬億元人民幣]]", "4390000000000", "元", M, "about", "社會消費品零售總額", currency=CNY),
    S("增長[[百分之三點一]]", "3.1", "%", P, "exact", "社會消費品零售總額", change=up("上年同期")),
    S("開展[[1,200億元人民幣]]", "120000000000", "元", M, "exact", "逆回購操作", currency=CNY),
    S("人民幣[[7天]]期", "7", "天", T, "exact", "逆回購期限", OPT),                              # a tenor's name
    S("利率維持[[1.4%]]", "1.4", "%", P, "exact", "逆回購利率"),
    S("補貼資金[[690億元人民幣]]", "69000000000", "元", M, "exact", "以舊換新補貼資金", currency=CNY),
]

EVENTS = [
    E("美國聯儲局於香港時間今日凌晨宣布減息0.25厘", "policy", "減息", D18, organizers=["美國聯儲局"]),
    E("金管局隨即把基本利率下調0.25厘", "policy", "下調", D18, organizers=["金管局"]),
    E("銀行昨晚已宣布將最優惠利率下調0.125厘", "policy", "下調", D17, organizers=["多間銀行"]),
    E("今日在港交所主板掛牌", "launch", "掛牌", D18, location="港交所主板", organizers=["晶芯科技"]),
    E("公司昨日公布，公開發售部分獲超額認購", "announcement", "公布", D17, organizers=["晶芯科技"]),
    E("與管理層出席上市前夕酒會", "activity", "出席", VAGUE, opt=True),                          # a caption
    E("港盈集團（01886）昨日公布", "announcement", "公布", D17, organizers=["港盈集團"]),
    E("將於明年1月9日派發", "payout", "派發", day("2026-01-09"), organizers=["集團"]),
    E("政府統計處昨日公布", "announcement", "公布", D17, organizers=["政府統計處"]),
    E("金管局昨日公布，政府今年共發行", "announcement", "公布", D17, organizers=["金管局"]),
    E("舉辦綠色金融研討會", "meeting", "研討會", day("2025-12-23"), organizers=["金管局"],
      participants=["機構投資者"]),
    E("地政總署昨日公布", "announcement", "公布", D17, organizers=["地政總署"]),
    E("一幅住宅用地截標", "other", "截標", D17, location="屯門青山公路", opt=True),  # told inside its announcement
    E("上周六首輪推售368伙", "other", "推售", day("2025-12-13"), organizers=["嘉峰地產"]),
    E("下周將加推不少於200伙", "other", "加推", VAGUE, opt=True),                                # a plan
    E("與前海管理局副局長簽約", "signing", "簽約", VAGUE, opt=True),                            # the caption of A8
    E("與深圳市前海管理局簽署合作協議", "signing", "簽署", D17, organizers=["嘉峰物流"],
      participants=["深圳市前海管理局"]),
    E("財經事務及庫務局昨日刊憲", "policy", "刊憲", D17, opt=True),                              # the same ordinance
    E("將於明年1月2日起生效", "policy", "生效", day("2026-01-02"), organizers=["財經事務及庫務局"]),
    E("對一家持牌證券商罰款1,200萬元", "legal", "罰款", D17, organizers=["證監會"]),
    E("簽訂戰略投資協議", "signing", "簽訂", D17, organizers=["騰飛汽車"], participants=["一家中東主權基金"]),
    E("香港國際授權展將於明年1月12日至14日在灣仔會議展覽中心舉行", "exhibition", "舉行",
      day("2026-01-12", "2026-01-14"), location="灣仔會議展覽中心", organizers=["貿發局"]),
    E("亞洲金融論壇則將於1月26日至27日舉行", "meeting", "論壇", day("2026-01-26", "2026-01-27")),
    E("海關總署公布", "announcement", "公布", VAGUE, organizers=["海關總署"]),
    E("國家統計局本月15日公布", "announcement", "公布", day("2025-12-15"), organizers=["國家統計局"]),
    E("人民銀行昨日開展1,200億元人民幣7天期逆回購操作", "other", "逆回購", D17, organizers=["人民銀行"]),
    E("已於本月上旬下達各地", "payout", "下達", xun(2025, 12, 0), organizers=["商務部"]),
]
