"""星港日報 (香港), 2025-12-11 (a Thursday): a Hong Kong 港聞 page in traditional script, in a 大公報/星島-like style
unlike heldout3/5/8/13/15/17's: items opening `星港日報記者陳 家 豪報道：` or `【本報記者黃 美 玲報道】` (the byline
inside the body line), two short items closed by `（記者 何 文 彬）` and one of them with no headline; captions
`…星港日報記者 李 志 強攝` and `▲…` (one `▲` caption credited `（漁護署圖片）`: an institution, no photographer); a
`港聞` section label, a `社會` label and a `新聞透視` series label; a two-line headline (kicker `北部都會區建設提速`
over the title). Features: a paragraph broken after a comma (`…涉及土地約86公頃，` | `落成後可提供…`) with another item
(headline and body) and a caption between; headlines after their bodies. Dates: `昨日` = 12-10, `前日` = 12-09, `今日`,
`首日`, `下周六（20日）及周日（21日）`, `下周六`, `本月27日`, `本月21日`, `本月底`, `下月5日至19日`, `下月` (January
2026), `明年首季`, `明年第二季`, `明年2月1日`, `明年3月1日`, `明年1月4日`, `今年首三季`, `10月底`, `同月`, `今年6月`,
`2022年至2023年`; `同期` (the span just named); `今年冬季`, `首兩日` optional with their values, `全年`, `每日` optional
with none. HKD written `約150億3,000萬港元`, `1,236萬元`, bare `1.2億元`, `約8萬1,560億元`, `約9億3,000萬元`; CNY
`約合人民幣5,300元`, `人民幣9,820億元`; `百分之X點X`, `按年增長`, `按月上升`, `按年下跌`, `逾`, `約`; votes
(`48票贊成、3票反對`). HK bodies canonical in simplified with the written and short forms (立法會財務委員會/財委會,
立法會, 發展局, 屋宇署, 勞工處, 區域法院, 廉政公署/廉署, 食物環境衞生署/食環署, 香港海關/海關, 漁農自然護理署/漁護署,
政府統計處, 香港金融管理局, 社會福利署, 機場管理局/機管局, 港鐵公司/港鐵, 環境及生態局, 西九龍裁判法院,
香港零售管理協會). The paper's name in bylines and captions, `行政長官`/`特首` (an office holder), bodies in an
official's title, photo credits and venues are optional. Ages, headline figures with no unit written, a sentence in a
headline and entry requirements are optional; forecasts, captions and parts of one happening (arrests in a seizure,
notices issued during checks, a bill's commencement after its passage, an opening ceremony of an exhibition) are
optional.

Written at main commit 0410d78, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, quarter, span, up, xun, year

PAPER = "星港日報"
PUBLISHED = "2025-12-11"
HOME = {"city": "香港"}

LAYOUT = [
    ("港聞", "label", "H0"),
    ("北部都會區建設提速", "headline", "H0"),               # kicker
    ("財委會通過150億元", "headline", "H0"),
    ("星港日報記者 陳 家 豪報道：立法會", "body", "H0"),    # breaks after a comma
    ("偽造發票", "headline", "H1"),
    ("【本報記者 黃 美 玲報道】區域法院", "body", "H1"),
    ("財委會委員昨日", "caption", "P0"),                    # 星港日報記者 李 志 強攝
    ("落成後可提供", "body", "H0"),                         # the rest of H0's paragraph
    ("社會", "label", "H2"),
    ("【本報記者 張 穎 芝報道】食物環境", "body", "H2"),
    ("食環署展開", "headline", "H2"),                       # after its body
    ("海關葵涌截", "headline", "H3"),
    ("星港日報記者 何 文 彬報道：香港海關", "body", "H3"),
    ("發展局工地", "headline", "H4"),
    ("星港日報記者 何 文 彬報道：發展局", "body", "H4"),
    ("【本報記者 張 穎 芝報道】漁農", "body", "H5"),
    ("▲黑臉琵鷺", "caption", "P1"),                         # （漁護署圖片）
    ("米埔水鳥", "headline", "H5"),                         # after its body and caption
    ("新聞透視", "label", "H6"),
    ("訪港旅客回升", "headline", "H6"),
    ("星港日報記者 陳 家 豪報道：政府統計處", "body", "H6"),
    ("【本報記者 黃 美 玲報道】香港金融", "body", "H7"),
    ("港元存款按月升", "headline", "H7"),                   # after its body
    ("立法會三讀通過", "headline", "H8"),
    ("【本報記者 黃 美 玲報道】立法會", "body", "H8"),
    ("長者生活津貼明年", "headline", "H9"),
    ("【本報記者 張 穎 芝報道】社會福利署", "body", "H9"),
    ("▲機管局行政總裁", "caption", "P2"),                   # 星港日報記者 李 志 強攝
    ("星港日報記者 何 文 彬報道：機場", "body", "H10"),
    ("機管局下周六", "headline", "H10"),                    # after its body
    ("港鐵東涌綫", "headline", "H11"),
    ("【本報記者 黃 美 玲報道】港鐵", "body", "H11"),
    ("環保博覽開幕", "headline", "H12"),
    ("星港日報記者 陳 家 豪報道：行政長官", "body", "H12"),
    ("一名涉嫌向屋苑", "body", "H13"),                      # no headline; closed by its byline
    ("環保卓越計劃頒獎", "headline", "H14"),
    ("【本報記者 張 穎 芝報道】環境及生態局", "body", "H14"),
    ("海關下月招聘", "headline", "H15"),
    ("香港海關昨日宣布", "body", "H15"),                    # closed by its byline
]

CHEN, HUANG, ZHANG, HE = (byline(reporters=[n]) for n in ("陳家豪", "黃美玲", "張穎芝", "何文彬"))
ARTICLES = {
    "H0": dict(byline=CHEN), "H1": dict(byline=HUANG), "H2": dict(byline=ZHANG), "H3": dict(byline=HE),
    "H4": dict(byline=HE), "H5": dict(byline=ZHANG), "H6": dict(byline=CHEN), "H7": dict(byline=HUANG),
    "H8": dict(byline=HUANG), "H9": dict(byline=ZHANG), "H10": dict(byline=HE), "H11": dict(byline=HUANG),
    "H12": dict(byline=CHEN), "H13": dict(byline=HE), "H14": dict(byline=ZHANG), "H15": dict(byline=HE),
}
JOINS = [("星港日報記者 陳 家 豪報道：立法會", "落成後可提供")]
PHOTOS = {
    "P0": dict(photographers=["李志強"], article="H0"),
    "P1": dict(photographers=[], article="H5"),
    "P2": dict(photographers=["李志強"], article="H10"),
}

D10, D9, D11 = day("2025-12-10"), day("2025-12-09"), day("2025-12-11")
Q1_3 = (span("2025-01-01", "2025-09-30"), "quarter")
DATES = [
    D("立法會財務委員會[[昨日]]以48票", D10),
    D("預計[[明年第二季]]動工", quarter(2026, 2)),
    D("區域法院[[昨日]]就", D10),
    D("被告於[[2022年至2023年]]間", (span("2022-01-01", "2023-12-31"), "year")),
    D("財委會委員[[昨日]]舉手", D10),
    D("將於[[明年首季]]就", quarter(2026, 1)),
    D("食物環境衞生署[[昨日]]起", D10),
    D("熟食中心展開冬季衞生巡查，[[首日]]巡查", D10),
    D("，[[今年首三季]]共就", Q1_3),
    D("香港海關[[前日]]在", D9),
    D("是[[今年]]同類", year(2025)),
    D("及勞工處[[前日]]起", D9),
    D("，[[首兩日]]已巡查", day("2025-12-09", "2025-12-10"), OPT),
    D("將於[[本月底]]前完成", xun(2025, 12, 2)),
    D("漁農自然護理署[[昨日]]公布", D10),
    D("公布[[今年冬季]]米埔", (span("2025-12-01", "2026-02-28"), "season"), OPT),   # a season still running
    D("零售業[[首三季]]轉穩", Q1_3),
    D("政府統計處[[昨日]]公布", D10),
    D("公布，[[今年首三季]]零售業", Q1_3),
    D("；[[同期]]訪港旅客", Q1_3),                                       # the span just named
    D("預計[[12月]]銷售額", month(2025, 12)),
    D("香港金融管理局[[昨日]]公布", D10),
    D("公布，[[10月底]]港元", xun(2025, 10, 2)),
    D("。[[同月]]本港", month(2025, 10)),
    D("立法會[[昨日]]三讀", D10),
    D("《[[2025年]]建築物", year(2025), OPT),                             # a year in a bill's title
    D("將於[[明年3月1日]]起實施", day("2026-03-01")),
    D("長者生活津貼[[明年2月]]上調", month(2026, 2)),
    D("將於[[明年2月1日]]起實施", day("2026-02-01")),
    D("，[[全年]]額外開支", VAGUE),
    D("行政總裁（左三）[[昨日]]主持", D10),
    D("將於[[下周六（20日）及周日（21日）]]在", day("2025-12-20", "2025-12-21")),
    D("機管局[[昨日]]亦在", D10),
    D("活動至[[明年1月4日]]結束", day("2026-01-04")),
    D("機管局[[下周六]]辦", day("2025-12-20")),
    D("新站[[本月27日]]啟用", day("2025-12-27")),
    D("港鐵公司[[昨日]]宣布", D10),
    D("將於[[本月27日]]啟用", day("2025-12-27")),
    D("新站[[每日]]可服務", VAGUE),
    D("行政長官[[昨日]]為", D10),
    D("展期至[[本月21日]]", day("2025-12-21")),
    D("落案起訴，[[今日]]在", D11),
    D("涉嫌於[[今年6月]]向", month(2025, 6)),
    D("環境及生態局[[昨日]]在灣仔", D10),
    D("海關[[下月]]招聘", month(2026, 1)),
    D("香港海關[[昨日]]宣布", D10),
    D("將於[[下月5日至19日]]接受", day("2026-01-05", "2026-01-19")),
]

G, IN, CO, SO = "government", "institution", "company", "social"
FC = ["香港特别行政区立法会财务委员会", "立法會財務委員會", "財委會", "立法会财务委员会"]
LC = ["香港特别行政区立法会", "立法會", "立法会"]
DEVB = ["发展局", "發展局"]
DC = ["区域法院", "區域法院"]
ICAC = ["廉政公署", "廉署"]
FEHD = ["食物环境卫生署", "食物環境衞生署", "食環署"]
CED = ["香港海关", "香港海關", "海關"]
AFCD = ["渔农自然护理署", "漁農自然護理署", "漁護署"]
HKMA = ["香港金融管理局", "金管局"]
AA = ["香港机场管理局", "機場管理局", "機管局"]
MTR = ["香港铁路有限公司", "港鐵公司", "港鐵"]
EEB = ["环境及生态局", "環境及生態局"]
CE = ["香港特别行政区行政长官", "行政長官", "特首"]
PAPER_CREDITS = [
    "[[星港日報]]記者 陳 家 豪報道：立法會", "表決。[[星港日報]]記者", "[[星港日報]]記者 何 文 彬報道：香港海關",
    "[[星港日報]]記者 何 文 彬報道：發展局", "[[星港日報]]記者 陳 家 豪報道：政府", "開幕儀式。[[星港日報]]記者",
    "[[星港日報]]記者 何 文 彬報道：機場", "[[星港日報]]記者 陳 家 豪報道：行政長官",
]
ORGS = [O(c, ["星港日報"], CO, OPT) for c in PAPER_CREDITS] + [                  # the paper, credited
    O("\n[[財委會]]通過150億元", FC, G),
    O("：[[立法會財務委員會]]昨日", FC, G),
    O("。[[發展局]]表示，工程", DEVB, G),
    O("】[[區域法院]]昨日就", DC, G),
    O("由[[廉政公署]]調查", ICAC, G),
    O("\n[[財委會]]委員昨日", FC, G, OPT),                                   # members, in a caption
    O("。[[發展局]]局長表示", DEVB, G, OPT),                                 # in an official's title
    O("諮詢[[立法會]]。", LC, G),
    O("】[[食物環境衞生署]]昨日", FEHD, G),
    O("。[[食環署]]表示", FEHD, G),
    O("\n[[食環署]]展開", FEHD, G),
    O("\n[[海關]]葵涌截", CED, G),
    O("：[[香港海關]]前日", CED, G),
    O("。[[海關]]拘捕", CED, G),
    O("\n[[發展局]]工地", DEVB, G),
    O("：[[發展局]]聯同", DEVB, G),
    O("聯同[[屋宇署]]及", ["屋宇署"], G),
    O("及[[勞工處]]前日", ["劳工处", "勞工處"], G),
    O("。[[發展局]]表示，巡查", DEVB, G),
    O("】[[漁農自然護理署]]昨日", AFCD, G),
    O("（[[漁護署]]圖片）", AFCD, G, OPT),                                   # a photo credit
    O("：[[政府統計處]]昨日", ["政府统计处", "政府統計處", "統計處"], G),
    O("。[[香港零售管理協會]]表示", ["香港零售管理协会", "香港零售管理協會"], SO),
    O("】[[香港金融管理局]]昨日", HKMA, G),
    O("\n[[立法會]]三讀通過建築物", LC, G),
    O("】[[立法會]]昨日三讀", LC, G),
    O("。[[發展局]]表示，新規定", DEVB, G),
    O("】[[社會福利署]]宣布", ["社会福利署", "社會福利署", "社署"], G),
    O("▲[[機管局]]行政總裁", AA, IN, OPT),                                    # in an official's title
    O("：[[機場管理局]]將於", AA, IN),
    O("在[[亞洲國際博覽館]]舉辦", ["亚洲国际博览馆", "亞洲國際博覽館"], IN, OPT),   # a venue
    O("。[[機管局]]昨日亦在", AA, IN),
    O("\n[[機管局]]下周六", AA, IN),
    O("\n[[港鐵]]東涌綫新站", MTR, CO),
    O("】[[港鐵公司]]昨日", MTR, CO),
    O("開幕 [[特首]]主禮", CE, G, OPT),                                       # an office holder
    O("：[[行政長官]]昨日為", CE, G, OPT),
    O("為[[環境及生態局]]在", EEB, G),
    O("由[[廉政公署]]落案", ICAC, G),
    O("在[[西九龍裁判法院]]提堂", ["西九龙裁判法院", "西九龍裁判法院"], G),
    O("。[[廉署]]指", ICAC, G),
    O("】[[環境及生態局]]昨日在灣仔", EEB, G),
    O("在[[灣仔會議展覽中心]]舉行", ["香港会议展览中心", "灣仔會議展覽中心"], IN, OPT),   # a venue
    O("\n[[海關]]下月招聘", CED, G),
    O("\n[[香港海關]]昨日宣布", CED, G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
HKD, CNY = "HKD", "CNY"
Y, MO = "去年同期", "上月"
STATS = [
    S("通過[[150億元]]新田", "15000000000", "元", M, "exact", "新田科技城撥款", currency=HKD),
    S("以[[48票]]贊成", "48", "票", C, "exact", "贊成票"),
    S("、[[3票]]反對", "3", "票", C, "exact", "反對票"),
    S("款項[[約150億3,000萬港元]]", "15030000000", "元", M, "about", "新田科技城第一期工程撥款", currency=HKD),
    S("分[[三期]]推進", "3", "期", C, "exact", "工程分期", OPT),
    S("土地[[約86公頃]]", "86", "公頃", A, "about", "首期工程涉及土地"),
    S("提供[[約2萬個]]創科", "20000", "個", C, "about", "創科相關職位"),
    S("董事囚[[3年]]", "3", "年", T, "exact", "刑期", OPT),                      # a sentence in a headline
    S("一名[[52歲]]前公司", "52", "歲", "other", "exact", "被告年齡", OPT),       # an age
    S("承認[[三項]]欺詐罪", "3", "項", C, "exact", "欺詐罪", OPT),
    S("被判囚[[3年]]。", "3", "年", T, "exact", "刑期"),
    S("合共[[1,236萬元]]", "12360000", "元", M, "exact", "騙取資助", currency=HKD),
    S("一連[[兩周]]", "2", "周", T, "exact", "冬季衞生巡查"),
    S("全港[[約100個]]公眾街市", "100", "個", C, "about", "巡查公眾街市及熟食中心"),
    S("巡查[[逾1,200個]]檔位", "1200", "個", C, "over", "首日巡查檔位"),
    S("警告信[[38封]]", "38", "封", C, "exact", "警告信"),
    S("檢控[[約2萬3,000宗]]", "23000", "宗", C, "about", "環境衞生違例檢控"),
    S("增長[[百分之六點八]]", "6.8", "%", P, "exact", "環境衞生違例檢控", change=up(Y)),
    S("檢值[[1.2億元]]電子", "120000000", "元", M, "exact", "走私電子產品", currency=HKD),
    S("檢獲[[約2萬6,000件]]", "26000", "件", C, "about", "懷疑走私電子產品"),
    S("市值[[約1.2億港元]]", "120000000", "元", M, "about", "走私電子產品市值", currency=HKD),
    S("拘捕[[兩名]]男子", "2", "名", C, "exact", "被捕男子"),
    S("全港[[約300個]]大型", "300", "個", C, "about", "大型建築工地"),
    S("已巡查[[52個]]工地", "52", "個", C, "exact", "已巡查工地"),
    S("改善通知[[17份]]", "17", "份", C, "exact", "改善通知"),
    S("水鳥[[約7萬8,000隻]]", "78000", "隻", C, "about", "記錄水鳥"),
    S("增長[[百分之五點二]]", "5.2", "%", P, "exact", "水鳥數目", change=up(Y)),
    S("黑臉琵鷺[[412隻]]", "412", "隻", C, "exact", "黑臉琵鷺"),
    S("增長[[5.2%]]\n", "5.2", "%", P, "exact", "米埔水鳥數目", change=up(Y)),
    S("銷貨價值[[約2,812億港元]]", "281200000000", "元", M, "about", "首三季零售業總銷貨價值", currency=HKD),
    S("增長[[百分之一點六]]", "1.6", "%", P, "exact", "零售業總銷貨價值", change=up(Y)),
    S("訪港旅客[[逾3,600萬人次]]", "36000000", "人次", C, "over", "訪港旅客"),
    S("增長[[百分之十二點三]]", "12.3", "%", P, "exact", "訪港旅客", change=up(Y)),
    S("人均消費[[約5,800港元]]", "5800", "元", M, "about", "內地旅客人均消費", currency=HKD),
    S("，[[約合人民幣5,300元]]", "5300", "元", M, "about", "內地旅客人均消費", currency=CNY),
    S("增長[[約百分之三]]", "3", "%", P, "about", "12月零售銷售額", change=up(Y)),
    S("按月升[[0.9%]]", "0.9", "%", P, "exact", "港元存款", change=up(MO)),
    S("存款總額[[約8萬1,560億元]]", "8156000000000", "元", M, "about", "港元存款總額", currency=HKD),
    S("上升[[百分之零點九]]", "0.9", "%", P, "exact", "港元存款總額", change=up(MO)),
    S("存款為[[人民幣9,820億元]]", "982000000000", "元", M, "exact", "人民幣存款", currency=CNY),
    S("增加[[約人民幣215億元]]", "21500000000", "元", M, "about", "人民幣存款", change=up(MO), currency=CNY),
    S("貸款總額[[約10萬3,400億元]]", "10340000000000", "元", M, "about", "本港貸款總額", currency=HKD),
    S("下跌[[百分之二點一]]", "2.1", "%", P, "exact", "本港貸款總額", change=down(Y)),
    S("由[[20萬港元]]提高至", "200000", "元", M, "exact", "僭建工程原最高罰款", currency=HKD),
    S("提高至[[50萬港元]]", "500000", "元", M, "exact", "僭建工程最高罰款", currency=HKD),
    S("由[[4,390港元]]上調", "4390", "元", M, "exact", "高額長者生活津貼原每月金額", currency=HKD),
    S("上調至[[4,525港元]]", "4525", "元", M, "exact", "長者生活津貼每月金額", currency=HKD),
    S("，[[約57萬名]]長者", "570000", "名", C, "about", "受惠長者"),
    S("開支[[約9億3,000萬元]]", "930000000", "元", M, "about", "全年額外開支", currency=HKD),
    S("，[[約80間]]機場", "80", "間", C, "about", "參與的機場業務伙伴"),
    S("提供[[逾6,000個]]職位", "6000", "個", C, "over", "職位空缺"),
    S("月薪[[約4萬2,000港元]]", "42000", "元", M, "about", "最高月薪", currency=HKD),
    S("每小時[[約20班]]", "20", "班", C, "about", "東涌綫繁忙時段每小時班次"),
    S("服務[[約3萬人次]]", "30000", "人次", C, "about", "新站每日服務人次"),
    S("展出[[逾200項]]", "200", "項", C, "over", "本地減碳技術"),
    S("吸引[[逾15萬人次]]", "150000", "人次", C, "over", "入場人次"),
    S("提供[[3萬港元]]利益", "30000", "元", M, "exact", "涉嫌行賄利益", currency=HKD),
    S("頒獎 [[186]]機構", "186", "間", C, "exact", "獲獎機構", OPT),          # no classifier written
    S("共有[[186間]]機構", "186", "間", C, "exact", "獲獎機構"),
    S("其中[[12間]]獲頒", "12", "間", C, "exact", "獲頒金獎機構"),
    S("按年增加[[3間]]", "3", "間", C, "exact", "獲頒金獎機構", change=up(Y)),
    S("招聘[[約200名]]關員", "200", "名", C, "about", "招聘關員"),
    S("招聘[[約200人]]", "200", "人", C, "about", "招聘關員"),
    S("入職月薪[[約2萬7,000港元]]", "27000", "元", M, "about", "入職月薪", currency=HKD),
    S("考試[[五科]]第二級", "5", "科", C, "exact", "文憑試科目", OPT),       # an entry requirement
]

EVENTS = [
    E("通過新田科技城第一期土地平整及基礎設施工程撥款申請", "policy", "通過", D10,
      organizers=["立法會財務委員會"]),
    E("首期工程預計明年第二季動工", "construction", "動工", quarter(2026, 2), opt=True),    # a forecast
    E("就一宗騙取政府科技資助案判刑", "legal", "判刑", D10, organizers=["區域法院"]),
    E("案件由廉政公署調查", "legal", "調查", organizers=["廉政公署"], opt=True),            # told in passing
    E("委員昨日舉手表決", "meeting", "表決", D10, opt=True),                              # a caption
    E("就第二期工程諮詢立法會", "meeting", "諮詢", quarter(2026, 1), opt=True),            # a plan
    E("展開冬季衞生巡查", "inspection", "巡查", day("2025-12-10", "2025-12-23"),
      location="全港約100個公眾街市及熟食中心", organizers=["食物環境衞生署"]),
    E("提出檢控約2萬3,000宗", "legal", "檢控", Q1_3, opt=True),                           # a period's summary
    E("檢獲約2萬6,000件懷疑走私電子產品", "legal", "檢獲", D9, location="葵涌貨櫃碼頭",
      organizers=["香港海關"]),
    E("海關拘捕兩名男子", "legal", "拘捕", D9, opt=True),                                 # part of the seizure
    E("前日起巡查全港約300個大型建築工地", "inspection", "巡查", day("2025-12-09", "2025-12-31"),
      location="全港約300個大型建築工地", organizers=["發展局", "屋宇署", "勞工處"]),
    E("向承建商發出改善通知17份", "other", "發出", opt=True),                             # part of the checks
    E("公布今年冬季米埔及后海灣水鳥普查結果", "announcement", "公布", D10, organizers=["漁農自然護理署"]),
    E("共記錄水鳥約7萬8,000隻", "inspection", "記錄", opt=True),                          # the survey, told back
    E("政府統計處昨日公布", "announcement", "公布", D10, organizers=["政府統計處"]),
    E("香港金融管理局昨日公布", "announcement", "公布", D10, organizers=["香港金融管理局"]),
    E("三讀通過《2025年建築物（修訂）條例草案》", "policy", "通過", D10, organizers=["立法會"]),
    E("新規定將於明年3月1日起實施", "policy", "實施", day("2026-03-01"), opt=True),       # the same bill
    E("將於明年2月1日起實施新一輪長者生活津貼調整", "policy", "實施", day("2026-02-01"),
      organizers=["社會福利署"]),
    E("昨日主持聖誕嘉年華開幕儀式", "activity", "開幕儀式", D10, opt=True),               # a caption
    E("舉辦「機場招聘日」", "recruitment", "招聘日", day("2025-12-20", "2025-12-21"), location="亞洲國際博覽館",
      organizers=["機場管理局"], participants=["機場業務伙伴"], theme="機場招聘日"),
    E("舉行「天際聖誕」嘉年華開幕儀式", "activity", "嘉年華", D10, location="機場", organizers=["機管局"],
      theme="天際聖誕"),
    E("東涌東站將於本月27日啟用", "launch", "啟用", day("2025-12-27"), location="東涌東站",
      organizers=["港鐵公司"]),
    E("班次將增至每小時約20班", "traffic", "增至", day("2025-12-27"), opt=True),          # part of the opening
    E("在中環海濱舉辦的「綠色生活博覽」", "exhibition", "舉辦", day("2025-12-10", "2025-12-21"),
      location="中環海濱", organizers=["環境及生態局"], theme="綠色生活博覽"),
    E("主持開幕禮", "activity", "開幕禮", D10, participants=["行政長官"], opt=True),      # the opening of it
    E("由廉政公署落案起訴", "legal", "起訴", organizers=["廉政公署"]),
    E("今日在西九龍裁判法院提堂", "legal", "提堂", D11, location="西九龍裁判法院"),
    E("舉行「香港環保卓越計劃」頒獎典禮", "award", "頒獎", D10, location="灣仔會議展覽中心",
      organizers=["環境及生態局"], theme="香港環保卓越計劃"),
    E("將於下月5日至19日接受海關關員職位網上申請", "recruitment", "申請", day("2026-01-05", "2026-01-19"),
      organizers=["香港海關"]),
]
