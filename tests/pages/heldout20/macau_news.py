"""濠鏡日報 (澳門), 2025-12-12 (a Friday): a Macao page in traditional script, 澳門日報-like.
Style unlike heldout7 (`【本報訊】`, `（濠江記者 X X）`) and heldout16 (`（本報記者 X X）` openings, `（X X）` closings,
`圖：X X攝`, `（資料圖片）`): items open `【本報消息】` (no byline) or `本報記者陳 嘉 欣報道：` (a byline inside the
body line); two 新華社 wire items (`新華社香港11日電` with no byline, `新華社北京11日電（記者 王 立 新）`); captions on
their own line opened by `▲`, one closed by `（林 志 強攝）`, one with no credit; an `澳聞` section label, an `經濟`
label and a `特稿` series label; a kicker over a title (`經屋收入上限上調百分之八點五` / `立法會細則性通過經屋法修改`);
a paragraph broken after a comma (`…明年3月1日起生效，` | `房屋局預計…`) with a caption, another item with its headline
and a third headline between; headlines after their bodies. Dates: `昨日` = 12-11, `前日` = 12-10, `本周日（14日）` and
its `當日`, `周日` in a headline, glossed `下周一（15日）`, `下周二（16日）至明年1月18日`, `下周三（17日）`,
`下周六（20日）及周日（21日）` (one span), `今年首十個月`, `今年首十一個月`, `十一月份`, `十月份`, `明年第二季`,
`明年度`, `1月上旬` (next year's), `本月內`, wire days `11日`, `11月末`, `10月末`, `同日`; `去年同期` (a span of last
year, optional), `全年`, `逢星期一` and a recurring slot optional. Money in 澳門元 (`211.7億澳門元`, `1億2,345萬澳門元`,
`8,000澳門元`), `澳門幣2,300萬元`, bare `億元` (MOP), `約港幣28萬元` and Hong Kong's `約港幣3,165億元` (HKD),
`人民幣520萬元` and `312.6萬億元` in a wire item (CNY), `33,460億美元` (USD); `百分之X點X`, `按年上升`, `按年下跌`,
`逾`, `近`, `約`, `最高`; `X成` optional. Macao bodies canonical in simplified with the written and short forms as
alternatives (立法會, 房屋局, 勞工事務局/勞工局, 海關, 初級法院, 中級法院, 治安警察局, 司法警察局/司警, 體育局,
博彩監察協調局, 統計暨普查局, 經濟及科技發展局/經科局, 社會保障基金/社保基金, 文化局, 旅遊局, 保安司, 消防局);
`行政長官` (a post), `新華社` in a dateline and venues optional. Events: plenary meeting and bill vote, executive order
(policy), seizure, court rulings (two), police bust, marathon and its traffic control, figures made public (four),
registration window, payouts (two), exhibition, carnival, job fair, sea rescue drill.

Written at main commit a6791c8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "濠鏡日報"
PUBLISHED = "2025-12-12"
HOME = {"city": "澳门", "province": "澳门特别行政区"}

LAYOUT = [
    ("澳聞", "label", "M0"),
    ("經屋收入上限", "headline", "M0"),                       # kicker
    ("立法會細則性通過", "headline", "M0"),
    ("本報記者陳 嘉 欣報道：立法會", "body", "M0"),            # breaks after a comma
    ("▲立法會全體會議", "caption", "P0"),                     # （林 志 強攝）
    ("明年起最低工資", "headline", "M1"),
    ("【本報消息】行政長官", "body", "M1"),
    ("海關截獲", "headline", "M2"),
    ("【本報消息】海關前日", "body", "M2"),
    ("房屋局預計", "body", "M0"),                             # the rest of M0's paragraph
    ("【本報消息】初級法院", "body", "M3"),
    ("非法經營賭博案主犯", "headline", "M3"),                 # after its body
    ("中級法院駁回", "headline", "M4"),
    ("【本報消息】中級法院", "body", "M4"),
    ("本報記者何 俊 傑報道：司法警察局", "body", "M5"),
    ("司警破網上", "headline", "M5"),                         # after its body
    ("澳門國際馬拉松周日", "headline", "M6"),
    ("本報記者何 俊 傑報道：由體育局", "body", "M6"),
    ("▲跑手", "caption", "P1"),                               # no credit
    ("經濟", "label", "M7"),
    ("本報記者梁 詠 詩報道：博彩", "body", "M7"),
    ("十一月賭收", "headline", "M7"),                         # after its body
    ("首十個月貨物出口", "headline", "M8"),
    ("【本報消息】統計暨普查局", "body", "M8"),
    ("【本報消息】經濟及科技", "body", "M9"),
    ("中小企援助計劃", "headline", "M9"),                     # after its body
    ("社保基金首十一個月", "headline", "M10"),
    ("本報記者梁 詠 詩報道：社會保障基金", "body", "M10"),
    ("新華社香港", "body", "M11"),
    ("香港十月零售額", "headline", "M11"),                    # after its body
    ("特稿", "label", "M12"),
    ("濠江記憶圖片展", "headline", "M12"),
    ("本報記者陳 嘉 欣報道：由文化局", "body", "M12"),
    ("本報記者梁 詠 詩報道：旅遊局", "body", "M13"),
    ("冬日嘉年華下周六", "headline", "M13"),                  # after its body
    ("勞工局下周三", "headline", "M14"),
    ("【本報消息】勞工事務局", "body", "M14"),
    ("新華社北京", "body", "M15"),
    ("11月末外匯儲備", "headline", "M15"),                    # after its body
    ("本報記者林 志 強報道：保安司", "body", "M16"),
    ("保安部門舉行", "headline", "M16"),                      # after its body
]

ARTICLES = {
    "M0": dict(byline=byline(reporters=["陳嘉欣"])),
    "M1": dict(),
    "M2": dict(),
    "M3": dict(),
    "M4": dict(),
    "M5": dict(byline=byline(reporters=["何俊傑"])),
    "M6": dict(byline=byline(reporters=["何俊傑"])),
    "M7": dict(byline=byline(reporters=["梁詠詩"])),
    "M8": dict(),
    "M9": dict(),
    "M10": dict(byline=byline(reporters=["梁詠詩"])),
    "M11": dict(),
    "M12": dict(byline=byline(reporters=["陳嘉欣"])),
    "M13": dict(byline=byline(reporters=["梁詠詩"])),
    "M14": dict(),
    "M15": dict(byline=byline(reporters=["王立新"])),
    "M16": dict(byline=byline(reporters=["林志強"])),
}
JOINS = [("本報記者陳 嘉 欣報道：立法會", "房屋局預計")]
PHOTOS = {
    "P0": dict(photographers=["林志強"], article="M0"),
    "P1": dict(photographers=[], article="M6"),
}

D11, D10 = day("2025-12-11"), day("2025-12-10")
D14 = day("2025-12-14")
M10_ = months(2025, 1, 10)
M11_ = months(2025, 1, 11)
SAME = (span("2024-01-01", "2024-11-30"), "month")
DATES = [
    D("立法會[[昨日下午]]舉行", D11),
    D("將於[[明年3月1日]]起生效", day("2026-03-01")),
    D("全體會議[[昨日]]細則性", D11),
    D("\n[[明年]]起最低工資", year(2026)),
    D("行政長官[[昨日]]簽署", D11),
    D("訂定由[[明年1月1日]]起", day("2026-01-01")),
    D("將於[[本月內]]加強", month(2025, 12)),
    D("海關[[前日]]在關閘", D10),
    D("海關表示，[[今年首十一個月]]已偵破", M11_),
    D("房屋局預計[[明年第二季]]推出", quarter(2026, 2)),
    D("初級法院[[昨日]]審結", D11),
    D("中級法院[[前日]]裁定", D10),
    D("司法警察局[[昨日]]通報", D11),
    D("司警指出，[[今年首十個月]]接獲", M10_),
    D("馬拉松[[周日]]開跑", D14),
    D("將於[[本周日（14日）]]舉行", D14),
    D("宣佈，[[當日凌晨5時至下午2時]]，", D14),
    D("博彩監察協調局[[昨日]]公佈", D11),
    D("，[[十一月份]]幸運博彩", month(2025, 11)),
    D("；[[今年首十一個月]]累計毛收入", M11_),
    D("已超過[[全年]]預算", year(2025), OPT),
    D("\n[[十一月]]賭收", month(2025, 11)),
    D("\n[[首十個月]]貨物出口", M10_),
    D("統計暨普查局[[昨日]]公佈", D11),
    D("公佈，[[今年首十個月]]本澳", M10_),
    D("。[[十月份]]單月出口", month(2025, 10)),
    D("發展局[[昨日]]表示", D11),
    D("表示，[[今年首十一個月]]共批出", M11_),
    D("較[[去年同期]]增加逾兩成", SAME, OPT),
    D("將於[[下周一（15日）]]起接受", day("2025-12-15")),
    D("援助計劃[[首十一個月]]批出", M11_),
    D("社保基金[[首十一個月]]發放", M11_),
    D("社會保障基金[[昨日]]表示", D11),
    D("表示，[[今年首十一個月]]已向", M11_),
    D("比[[去年同期]]增加百分之四點二", SAME, OPT),
    D("提醒，[[明年度]]養老金", year(2026)),
    D("將於[[1月上旬]]起發放", xun(2026, 1, 0)),
    D("新華社香港[[11日]]電", D11),
    D("統計處[[11日]]公佈", D11),
    D("公佈，[[今年首十個月]]香港", M10_),
    D("；[[十月份]]單月銷貨", month(2025, 10)),
    D("\n香港[[十月]]零售額", month(2025, 10)),
    D("圖片展[[下周二]]揭幕", day("2025-12-16")),
    D("將於[[下周二（16日）至明年1月18日]]在", day("2025-12-16", "2026-01-18")),
    D("展期內[[逢星期一]]休館", VAGUE),                                    # a recurring slot
    D("將於[[下周六（20日）及周日（21日）]]一連", day("2025-12-20", "2025-12-21")),
    D("嘉年華[[下周六]]議事亭", day("2025-12-20")),
    D("勞工局[[下周三]]辦", day("2025-12-17")),
    D("將於[[下周三（17日）]]在", day("2025-12-17")),
    D("新華社北京[[11日]]電", D11),
    D("外匯管理局[[11日]]公佈", D11),
    D("截至[[11月末]]，中國", xun(2025, 11, 2)),
    D("較[[10月末]]上升", xun(2025, 10, 2)),
    D("中國人民銀行[[同日]]公佈", D11),
    D("公佈，[[11月末]]人民幣", xun(2025, 11, 2)),
    D("\n[[11月末]]外匯儲備", xun(2025, 11, 2)),
    D("各部門[[昨日上午]]在", D11),
]

G, IN, SO = "government", "institution", "social"
AL = ["澳门特别行政区立法会", "立法會", "立法会"]
DSAL = ["劳工事务局", "勞工事務局", "勞工局"]
SA = ["澳门海关", "海關", "海关"]
TJB = ["初级法院", "初級法院"]
TSI = ["中级法院", "中級法院"]
PSP = ["治安警察局"]
PJ = ["司法警察局", "司警"]
DICJ = ["博彩监察协调局", "博彩監察協調局"]
DSEC = ["统计暨普查局", "統計暨普查局"]
DSEDT = ["经济及科技发展局", "經濟及科技發展局", "經科局"]
FSS = ["社会保障基金", "社會保障基金", "社保基金"]
IC = ["文化局"]
XH = ["新华通讯社", "新華社", "新华社"]
ORGS = [
    O("\n[[立法會]]細則性通過", AL, G),
    O("：[[立法會]]昨日下午", AL, G),
    O("▲[[立法會]]全體會議", AL, G),
    O("】[[行政長官]]昨日簽署", ["澳门特别行政区行政长官", "行政長官"], G, OPT),       # a post
    O("。[[勞工事務局]]表示", DSAL, G),
    O("\n[[海關]]截獲", SA, G),
    O("】[[海關]]前日", SA, G),
    O("。[[海關]]表示", SA, G),
    O("\n[[房屋局]]預計", ["房屋局"], G),
    O("】[[初級法院]]昨日", TJB, G),
    O("\n[[中級法院]]駁回", TSI, G),
    O("】[[中級法院]]前日", TSI, G),
    O("維持[[治安警察局]]對", PSP, G),
    O("：[[司法警察局]]昨日", PJ, G),
    O("。[[司警]]指出", PJ, G),
    O("\n[[司警]]破網上", PJ, G),
    O("由[[體育局]]主辦", ["体育局", "體育局"], G),
    O("。[[治安警察局]]宣佈", PSP, G),
    O("：[[博彩監察協調局]]昨日", DICJ, G),
    O("】[[統計暨普查局]]昨日", DSEC, G),
    O("】[[經濟及科技發展局]]昨日", DSEDT, G),
    O("。[[經科局]]將於", DSEDT, G),
    O("\n[[社保基金]]首十一個月", FSS, G),
    O("：[[社會保障基金]]昨日", FSS, G),
    O("。[[社保基金]]提醒", FSS, G),
    O("[[新華社]]香港", XH, IN, OPT),                                                # a dateline
    O("[[香港特區政府統計處]]11日", ["香港特别行政区政府统计处", "香港特區政府統計處", "政府统计处"], G),
    O("由[[文化局]]主辦", IC, G),
    O("在[[澳門藝術博物館]]展出", ["澳门艺术博物馆", "澳門藝術博物館"], IN, OPT),     # a venue
    O("。[[文化局]]表示", IC, G),
    O("：[[旅遊局]]主辦", ["旅游局", "旅遊局"], G),
    O("\n[[勞工局]]下周三", DSAL, G),
    O("】[[勞工事務局]]將於", DSAL, G),
    O("在[[澳門東亞運動會體育館]]舉辦", ["澳门东亚运动会体育馆", "澳門東亞運動會體育館"], IN, OPT),  # a venue
    O("[[新華社]]北京", XH, IN, OPT),                                                # a dateline
    O("）[[國家外匯管理局]]11日", ["国家外汇管理局", "國家外匯管理局"], G),
    O("。[[中國人民銀行]]同日", ["中国人民银行", "中國人民銀行"], G),
    O("：[[保安司]]轄下", ["保安司"], G),
    O("，[[海關]]、消防局", SA, G),
    O("、[[消防局]]、", ["消防局"], G),
    O("消防局、[[治安警察局]]等部門", PSP, G),
]

C, P, M, T = "count", "percent", "money", "duration"
MOP, HKD, CNY, USD = "MOP", "HKD", "CNY", "USD"
Y = "去年同期"
STATS = [
    S("上限上調[[百分之八點五]]\n", "8.5", "%", P, "exact", "經屋收入上限", change=up()),
    S("以[[三十票]]贊成", "30", "票", C, "exact", "贊成票"),
    S("、[[兩票]]反對", "2", "票", C, "exact", "反對票"),
    S("上限將上調[[百分之八點五]]", "8.5", "%", P, "exact", "經屋申請家團的每月收入上限", change=up()),
    S("每月[[八千元]]", "8000", "元", M, "exact", "最低工資", currency=MOP),
    S("每小時[[38.5澳門元]]", "38.5", "澳門元", M, "exact", "最低工資每小時", currency=MOP),
    S("每月[[8,000澳門元]]", "8000", "澳門元", M, "exact", "按月計酬者最低工資", currency=MOP),
    S("受惠僱員[[約一萬八千人]]", "18000", "人", C, "about", "受惠僱員"),
    S("走私手機[[七十部]]\n", "70", "部", C, "exact", "走私手機"),
    S("走私手機[[七十部]]，", "70", "部", C, "exact", "走私手機"),
    S("案值[[約港幣28萬元]]", "280000", "元", M, "about", "案值", currency=HKD),
    S("走私案[[逾一千二百宗]]", "1200", "宗", C, "over", "偵破走私案"),
    S("按年上升[[百分之六點三]]", "6.3", "%", P, "exact", "偵破走私案", change=up(Y)),
    S("推出[[約三千個]]經屋", "3000", "個", C, "about", "經屋單位"),
    S("，[[三名]]被告", "3", "名", C, "exact", "被告"),
    S("被判處[[三年六個月]]", "42", "個月", T, "exact", "主犯實際徒刑"),
    S("賭款[[逾澳門幣2,300萬元]]", "23000000", "元", M, "over", "扣押的賭款", currency=MOP),
    S("主犯囚[[三年半]]", "3.5", "年", T, "exact", "主犯刑期"),
    S("罰款[[1萬澳門元]]", "10000", "澳門元", M, "exact", "私家車主罰款", currency=MOP),
    S("停牌[[六個月]]", "6", "個月", T, "exact", "停牌"),
    S("拘捕[[四男]]二女", "4", "男", C, "exact", "拘捕男子", OPT),
    S("四男[[二女]]", "2", "女", C, "exact", "拘捕女子", OPT),
    S("涉案金額[[逾人民幣520萬元]]", "5200000", "元", M, "over", "涉案金額", currency=CNY),
    S("舉報[[近九百宗]]", "900", "宗", C, "under", "網上詐騙舉報"),
    S("損失金額[[約1.36億澳門元]]", "136000000", "澳門元", M, "about", "網上詐騙損失金額", currency=MOP),
    S("騙案拘[[六人]]", "6", "人", C, "exact", "拘捕"),
    S("共有[[約一萬二千名]]跑手", "12000", "名", C, "about", "參賽跑手"),
    S("迷你馬拉松[[三個]]組別", "3", "個", C, "exact", "組別"),
    S("毛收入為[[211.7億澳門元]]", "21170000000", "澳門元", M, "exact", "十一月份幸運博彩毛收入", currency=MOP),
    S("按年上升[[百分之十四點一]]；", "14.1", "%", P, "exact", "十一月份幸運博彩毛收入", change=up(Y)),
    S("累計毛收入[[2,202.4億元]]", "220240000000", "元", M, "exact", "今年首十一個月累計毛收入", currency=MOP),
    S("按年上升[[百分之八點九]]", "8.9", "%", P, "exact", "累計毛收入", change=up(Y)),
    S("按年升[[百分之十四點一]]\n", "14.1", "%", P, "exact", "十一月賭收", change=up(Y)),
    S("按年升[[一成]]", "10", "%", P, "exact", "首十個月貨物出口", OPT, change=up(Y)),       # X成
    S("出口總值為[[107.8億澳門元]]", "10780000000", "澳門元", M, "exact", "本澳貨物出口總值", currency=MOP),
    S("按年上升[[百分之十二點四]]", "12.4", "%", P, "exact", "貨物出口總值", change=up(Y)),
    S("進口總值[[1,265.3億元]]", "126530000000", "元", M, "exact", "進口總值", currency=MOP),
    S("按年下跌[[百分之三點一]]", "3.1", "%", P, "exact", "進口總值", change=down(Y)),
    S("貿易逆差為[[1,157.5億元]]", "115750000000", "元", M, "exact", "貿易逆差", currency=MOP),
    S("單月出口[[9.6億元]]", "960000000", "元", M, "exact", "十月份單月出口", currency=MOP),
    S("再出口佔[[近八成]]", "80", "%", P, "under", "再出口佔出口", OPT),                 # X成
    S("申請[[1,268宗]]", "1268", "宗", C, "exact", "批出中小企業援助計劃申請"),
    S("合共[[1億2,345萬澳門元]]", "123450000", "澳門元", M, "exact", "批給免息貸款", currency=MOP),
    S("增加[[逾兩成]]", "20", "%", P, "over", "批給免息貸款", OPT, change=up(Y)),        # X成
    S("資助[[最高15萬澳門元]]", "150000", "澳門元", M, "under", "每間企業資助", currency=MOP),
    S("批出[[逾億元]]", "100000000", "元", M, "over", "中小企援助計劃批出", currency=MOP),
    S("發放養老金[[56億元]]", "5600000000", "元", M, "exact", "社保基金首十一個月發放養老金", currency=MOP),
    S("已向[[約十一萬三千名]]受益人", "113000", "名", C, "about", "養老金受益人"),
    S("合共[[約56億澳門元]]", "5600000000", "澳門元", M, "about", "養老金金額", currency=MOP),
    S("增加[[百分之四點二]]", "4.2", "%", P, "exact", "養老金金額", change=up(Y)),
    S("每月金額[[4,100澳門元]]", "4100", "澳門元", M, "exact", "每月養老金金額", currency=MOP),
    S("總銷貨價值[[約港幣3,165億元]]", "316500000000", "元", M, "about", "香港零售業總銷貨價值", currency=HKD),
    S("按年下跌[[百分之一點八]]", "1.8", "%", P, "exact", "香港零售業總銷貨價值", change=down(Y)),
    S("銷貨價值[[約港幣312億元]]", "31200000000", "元", M, "about", "十月份單月銷貨價值", currency=HKD),
    S("按年上升[[百分之二點三]]，", "2.3", "%", P, "exact", "十月份單月銷貨價值", change=up(Y)),
    S("按年升[[百分之二點三]]\n", "2.3", "%", P, "exact", "香港十月零售額", change=up(Y)),
    S("展出[[逾三百幅]]", "300", "幅", C, "over", "展出歷史照片"),
    S("其中[[近四成]]", "40", "%", P, "under", "首次公開照片佔比", OPT),                 # X成
    S("專題講座[[六場]]", "6", "場", C, "exact", "專題講座"),
    S("一連[[兩日]]", "2", "日", T, "exact", "嘉年華", OPT),
    S("設攤位[[逾八十個]]", "80", "個", C, "over", "攤位"),
    S("旅客[[約十五萬人次]]", "150000", "人次", C, "about", "預計吸引市民及旅客"),
    S("，[[逾五十間]]企業", "50", "間", C, "over", "參與招聘會企業"),
    S("提供[[近二千個]]職位", "2000", "個", C, "under", "招聘會提供職位"),
    S("佔[[約百分之六十]]", "60", "%", P, "about", "本地居民專屬職位佔比"),
    S("規模為[[33,460億美元]]", "3346000000000", "美元", M, "exact", "中國外匯儲備規模", currency=USD),
    S("上升[[0.5%]]", "0.5", "%", P, "exact", "外匯儲備規模", change=up("10月末")),
    S("存款餘額為[[312.6萬億元]]", "312600000000000", "元", M, "exact", "人民幣存款餘額", currency=CNY),
    S("同比增長[[8.1%]]", "8.1", "%", P, "exact", "人民幣存款餘額", change=up(Y)),
    S("外匯儲備[[33460億美元]]", "3346000000000", "美元", M, "exact", "11月末外匯儲備", currency=USD),
    S("人員[[逾二百名]]", "200", "名", C, "over", "出動人員"),
    S("船隻[[十二艘]]", "12", "艘", C, "exact", "出動船隻"),
]

EVENTS = [
    E("立法會昨日下午舉行全體會議", "meeting", "舉行", D11, organizers=["立法會"]),
    E("細則性通過《經濟房屋法》修改法案", "policy", "通過", D11, organizers=["立法會"]),
    E("法案將於明年3月1日起生效", "policy", "生效", day("2026-03-01"), opt=True),          # the same bill
    E("全體會議昨日細則性表決法案", "policy", "表決", D11, opt=True),                       # a caption
    E("推出約三千個經屋單位接受申請", "registration", "接受申請", quarter(2026, 2), organizers=["房屋局"],
      opt=True),                                                                          # a forecast
    E("行政長官昨日簽署行政命令", "policy", "簽署", D11, organizers=["行政長官"]),
    E("加強向僱主宣傳新標準", "activity", "宣傳", month(2025, 12), organizers=["勞工事務局"], opt=True),  # a plan
    E("在關閘口岸截獲一名本澳男子", "legal", "截獲", D10, location="關閘口岸", organizers=["海關"]),
    E("已偵破走私案逾一千二百宗", "legal", "偵破", M11_, organizers=["海關"], opt=True),     # a summary
    E("初級法院昨日審結一宗非法經營賭博案", "legal", "審結", D11, organizers=["初級法院"]),
    E("主犯被判處三年六個月實際徒刑", "legal", "判處", D11, opt=True),                      # the same trial
    E("中級法院前日裁定一宗交通違例上訴案", "legal", "裁定", D10, organizers=["中級法院"]),
    E("司法警察局昨日通報", "announcement", "通報", D11, organizers=["司法警察局"], opt=True),  # tells of the bust
    E("破獲一個跨境網上投資詐騙集團", "legal", "破獲", D11, organizers=["司法警察局"]),
    E("拘捕四男二女", "legal", "拘捕", D11, opt=True),                                       # the same bust
    E("第四十四屆澳門國際馬拉松將於本周日（14日）舉行", "competition", "馬拉松", D14, organizers=["體育局"],
      participants=["跑手"]),
    E("路段將實施交通管制", "traffic", "交通管制", D14, location="西灣大橋、友誼大馬路等路段",
      organizers=["治安警察局"]),
    E("跑手在西灣大橋上進行賽前適應跑", "training", "適應跑", None, location="西灣大橋", opt=True),  # a caption
    E("博彩監察協調局昨日公佈", "announcement", "公佈", D11, organizers=["博彩監察協調局"]),
    E("統計暨普查局昨日公佈", "announcement", "公佈", D11, organizers=["統計暨普查局"]),
    E("共批出中小企業援助計劃申請1,268宗", "payout", "批出", M11_, organizers=["經濟及科技發展局"],
      opt=True),  # a summary
    E("起接受新一輪「中小企數碼轉型資助」申請", "registration", "申請", day("2025-12-15"), organizers=["經科局"],
      theme="中小企數碼轉型資助"),
    E("受益人發放養老金", "payout", "發放", M11_, organizers=["社會保障基金"], participants=["受益人"]),
    E("養老金將於1月上旬起發放", "payout", "發放", xun(2026, 1, 0), organizers=["社保基金"]),
    E("香港特區政府統計處11日公佈", "announcement", "公佈", D11, organizers=["香港特區政府統計處"]),
    E("在澳門藝術博物館展出", "exhibition", "展出", day("2025-12-16", "2026-01-18"), location="澳門藝術博物館",
      organizers=["文化局"], theme="濠江記憶——澳門回歸祖國二十六周年圖片展"),
    E("展期內逢星期一休館", "schedule", "休館", None, location="澳門藝術博物館", opt=True),   # part of the show
    E("並將舉辦專題講座六場", "training", "講座", None, organizers=["文化局"], opt=True),     # part of the show
    E("一連兩日在議事亭前地舉行", "activity", "舉行", day("2025-12-20", "2025-12-21"), location="議事亭前地",
      organizers=["旅遊局"], theme="澳門冬日嘉年華"),
    E("舉辦大型招聘會", "recruitment", "招聘會", day("2025-12-17"), location="澳門東亞運動會體育館",
      organizers=["勞工事務局"]),
    E("國家外匯管理局11日公佈", "announcement", "公佈", D11, organizers=["國家外匯管理局"]),
    E("中國人民銀行同日公佈", "announcement", "公佈", D11, organizers=["中國人民銀行"]),
    E("舉行大型海上救援演習", "training", "演習", D11, location="外港客運碼頭", organizers=["保安司"],
      participants=["海關", "消防局", "治安警察局"]),
]
