"""府城日報 (臺南市, 臺灣) page, 2025-11-12 (a Wednesday): a Taiwan city paper in traditional
script. Features: a column label (`府城焦點`); bylines of three shapes (`【本報訊】` with no name,
`府城日報訊（記者 陳 怡 婷）` with the paper's name unbracketed, `【記者 吳 俊 賢／臺南報導】`);
captions `（記者 陳 明 攝）`; a paragraph broken after a comma with its own article's caption between
the halves; 民國 years with and without `民國` (`115年度總預算`, `較114年度`, `民國121年`,
`民國115年3月1日`, `115年春節`); relative days against the publication day (`昨日（11日）`, `本週六
（15日）`, `下週三（19日）`, `明日（13日）`, `下週一（17日）至下週三（19日）`, `下月`, `比賽當天`);
新臺幣 amounts (`新臺幣1,268億元`, `逾新臺幣3萬8,000元`, `約新臺幣418億元`: currency TWD, and a
headline `投資65億` without 元), thousands separators (`2,865件`, `1萬2,386人次`), Chinese
percentages (`百分之四點四`, `年減百分之九點六`, `年增百分之十二點三`), `個百分點`, bounds (逾, 約,
突破). Taiwan bodies take their own name in simplified characters (臺 → 台) as canonical with the
written form as an alternative; short forms (`市府`, `議會`, `勞工局`, `衛生局`, `經發局`, `文化局`)
resolve to the full name. Events: a council session opened and its interpellation in `12月上旬`,
a job fair, an approval by 行政院 (policy), a traffic control over a date range, a vaccination
campaign, a lecture, an announcement, police and court actions, a marathon with a registration
deadline and its traffic control, a signing, an exhibition opening, a payout, a library closing;
dengue checks over `昨日起至11月30日` (one range mention), a purchase scheme open for applications
(registration), a forum, a New Year's Eve party; two headlines after their bodies.

Written at main commit 233e5fa, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "府城日報"
PUBLISHED = "2025-11-12"
HOME = {"city": "台南市", "province": "台湾省"}

LAYOUT = [
    ("府城焦點", "label", "A0"),
    ("市議會定期大會開議", "headline", "A0"),
    ("【本報訊】臺南市議會", "body", "A0"),
    ("市議會定期大會昨日開議", "caption", "P0"),          # （記者 陳 明 攝）
    ("年終就業博覽會", "headline", "A1"),
    ("府城日報訊（記者 陳 怡 婷）", "body", "A1"),
    ("勞工局統計", "body", "A1"),
    ("捷運藍線一期", "headline", "A2"),
    ("【記者 吳 俊 賢／臺南報導】臺南市政府交通局", "body", "A2"),   # breaks after a comma
    ("捷運藍線預定路線", "caption", "P1"),
    ("路線全長約16.2公里", "body", "A2"),
    ("公費流感疫苗", "headline", "A3"),
    ("【記者 林 佩 君／臺南報導】臺南市政府衛生局", "body", "A3"),
    ("前10月詐騙案", "headline", "A4"),
    ("【記者 黃 冠 宇／臺南報導】", "body", "A4"),
    ("臺灣臺南地方法院", "body", "A4"),
    ("古都國際馬拉松", "headline", "A5"),
    ("【本報訊】2025臺南", "body", "A5"),
    ("南瀛光電投資65億", "headline", "A6"),
    ("【記者 吳 俊 賢／臺南報導】臺南市政府經濟", "body", "A6"),
    ("「鹽分地帶文學百年特展」明日開幕", "headline", "A7"),
    ("【記者 林 佩 君／臺南報導】臺南市政府文化局", "body", "A7"),
    ("年節慰問金", "headline", "A8"),
    ("【本報訊】臺南市政府社會局", "body", "A8"),
    ("另外，臺南市立圖書館", "body", "A8"),
    ("登革熱防疫", "headline", "A9"),
    ("【記者 林 佩 君／臺南報導】臺南市今年", "body", "A9"),
    ("府城日報訊（記者 陳 怡 婷）二期稻作", "body", "A10"),
    ("二期稻作收割", "headline", "A10"),                  # after its body
    ("臺南市政府觀光旅遊局統計", "body", "A11"),
    ("前三季觀光人次", "headline", "A11"),                # after its body
]

ARTICLES = {
    "A0": dict(),
    "A1": dict(byline=byline(reporters=["陳怡婷"])),
    "A2": dict(byline=byline(reporters=["吳俊賢"])),
    "A3": dict(byline=byline(reporters=["林佩君"])),
    "A4": dict(byline=byline(reporters=["黃冠宇"])),
    "A5": dict(),
    "A6": dict(byline=byline(reporters=["吳俊賢"])),
    "A7": dict(byline=byline(reporters=["林佩君"])),
    "A8": dict(),
    "A9": dict(byline=byline(reporters=["林佩君"])),
    "A10": dict(byline=byline(reporters=["陳怡婷"])),
    "A11": dict(),
}
JOINS = [("【記者 吳 俊 賢／臺南報導】臺南市政府交通局", "路線全長約16.2公里")]
PHOTOS = {"P0": dict(photographers=["陳明"], article="A0"),
          "P1": dict(photographers=["吳俊賢"], article="A2")}

Y25, Y26 = year(2025), year(2026)
N11, N13, N15, N17, N19, N20 = (day(f"2025-11-{d}") for d in (11, 13, 15, 17, 19, 20))
D1, D14 = day("2025-12-01"), day("2025-12-14")
Q1_3 = months(2025, 1, 9)
M1_10 = months(2025, 1, 10)

DATES = [
    D("[[115年度]]總預算付審", Y26),
    D("定期大會[[昨日]]（11日）開議", N11),
    D("昨日（[[11日]]）開議", N11, OPT),                  # a gloss of 昨日
    D("會期至[[12月24日]]止", day("2025-12-24")),
    D("市長[[昨日]]赴議會", N11),
    D("市府所提[[115年度]]總預算案", Y26),
    D("較[[114年度]]增加", Y25),
    D("並於[[12月上旬]]進行", xun(2025, 12, 0)),
    D("定期大會[[昨日]]開議，議員", N11),
    D("年終就業博覽會 [[本週六]]登場", N15),
    D("勞工局將於[[本週六]]（15日）", N15),
    D("本週六（[[15日]]）上午9時", N15, OPT),
    D("[[今年前三季]]全市就業", Q1_3),
    D("較[[去年同期]]提高3.1", VAGUE),
    D("捷運藍線一期 [[明年]]動工", Y26),
    D("交通局[[昨日]]表示", N11),
    D("預計[[明年6月]]動工", month(2026, 6)),
    D("[[民國121年]]完工通車", year(2032)),
    D("東門路一段自[[11月17日起至12月31日]]實施", day("2025-11-17", "2025-12-31")),
    D("[[每日]]晚間10時", VAGUE),
    D("至[[翌日]]清晨", VAGUE),
    D("接種自[[11月1日]]起開放", day("2025-11-01")),
    D("截至[[昨日]]全市已接種", N11),
    D("衛生局並將於[[下週三]]（19日）", N19),
    D("於下週三（[[19日]]）在臺南市立醫院", N19, OPT),
    D("[[前10月]]詐騙案", M1_10),
    D("警察局[[昨日]]公布", N11),
    D("[[今年1至10月]]全市", M1_10),
    D("較[[去年同期]]減少", VAGUE),
    D("警方[[日前]]破獲", VAGUE),
    D("地方法院[[昨日]]也就", N11),
    D("古都國際馬拉松 [[下月]]登場", month(2025, 12)),
    D("【本報訊】[[2025]]臺南古都", Y25, OPT),              # in the race's name
    D("將於[[12月14日]]舉行", D14),
    D("報名將於[[11月20日]]截止", N20),
    D("比賽[[當天]]上午4時", D14),
    D("經濟發展局[[昨日]]與", N11),
    D("經發局指出，[[今年前三季]]", Q1_3),
    D("特展」[[明日]]開幕", N13),
    D("將於[[明日]]（13日）", N13),
    D("明日（[[13日]]）在國立", N13, OPT),
    D("展期至[[民國115年3月1日]]", day("2026-03-01")),
    D("[[特展期間]]每週六", VAGUE),
    D("特展期間[[每週六]]下午", VAGUE),
    D("年節慰問金 [[12月1日]]起發放", D1),
    D("社會局[[昨日]]宣布", N11),
    D("宣布，[[115年春節]]低收入戶", day("2026-02-17"), OPT),   # in the payment's name
    D("將自[[12月1日]]起直接", D1),
    D("將於[[下週一]]（17日）至", N17),
    D("下週一（[[17日]]）至", N17, OPT),
    D("至[[下週三]]（19日）休館", N19),
    D("至下週三（[[19日]]）休館", N19, OPT),
    D("臺南市[[今年]]累計", Y25),
    D("衛生局自[[昨日起至11月30日]]在", day("2025-11-11", "2025-11-30")),
    D("[[首日]]已稽查", N11, OPT),                          # the first day of the checks
    D("農業局[[昨日]]起受理", N11),
    D("申請期限至[[11月28日]]止", day("2025-11-28")),
    D("並將於[[下週五]]（21日）", day("2025-11-21")),
    D("下週五（[[21日]]）在後壁區", day("2025-11-21"), OPT),
    D("統計，[[今年前三季]]全市主要", Q1_3),
    D("較[[去年同期]]成長", VAGUE),
    D("[[年底]]跨年晚會", month(2025, 12), OPT),
    D("將於[[12月31日晚間]]在", day("2025-12-31")),
    D("[[前三季]]觀光人次", Q1_3),
]

G, IN, CO = "government", "institution", "company"
YIHUI = ["台南市议会", "臺南市議會"]
SHIFU = ["台南市政府", "臺南市政府", "市府"]
LAOGONG = ["台南市政府劳工局", "臺南市政府勞工局", "勞工局"]
WEISHENG = ["台南市政府卫生局", "臺南市政府衛生局", "衛生局"]
JINGFA = ["台南市政府经济发展局", "臺南市政府經濟發展局", "經發局"]
NONGYE = ["台南市政府农业局", "臺南市政府農業局", "農業局"]
GUANLV = ["台南市政府观光旅游局", "臺南市政府觀光旅遊局", "觀旅局"]
WENHUA = ["台南市政府文化局", "臺南市政府文化局", "文化局"]

ORGS = [
    O("[[市議會]]定期大會開議 115", YIHUI + ["市議會"], G),
    O("【本報訊】[[臺南市議會]]第4屆", YIHUI, G),
    O("市長昨日赴[[議會]]進行", YIHUI + ["議會"], G, OPT),      # the council's hall here
    O("[[市府]]所提", SHIFU, G),
    O("[[議會]]表示", YIHUI + ["議會"], G),
    O("[[市議會]]定期大會昨日開議", YIHUI + ["市議會"], G),
    O("陳 怡 婷）[[臺南市政府勞工局]]將於", LAOGONG, G),
    O("在[[南臺科技大學]]體育館", ["南台科技大学", "南臺科技大學"], IN, OPT),   # a venue
    O("[[勞工局]]統計", LAOGONG, G),
    O("[[臺南市政府交通局]]昨日表示", ["台南市政府交通局", "臺南市政府交通局"], G),
    O("已獲[[行政院]]核定", ["行政院"], G),
    O("[[臺南市政府衛生局]]表示", WEISHENG, G),
    O("[[衛生局]]並將於", WEISHENG, G),
    O("在[[臺南市立醫院]]舉辦", ["台南市立医院", "臺南市立醫院"], IN),
    O("[[臺南市政府警察局]]昨日公布", ["台南市政府警察局", "臺南市政府警察局"], G),
    O("[[臺灣臺南地方法院]]昨日", ["台湾台南地方法院", "臺灣臺南地方法院"], G),
    O("[[臺南市政府體育局]]表示", ["台南市政府体育局", "臺南市政府體育局"], G),
    O("[[南瀛光電]]投資65億", ["南瀛光电股份有限公司", "南瀛光電股份有限公司", "南瀛光電"], CO),
    O("[[臺南市政府經濟發展局]]昨日與", JINGFA, G),
    O("與[[南瀛光電股份有限公司]]簽署", ["南瀛光电股份有限公司", "南瀛光電股份有限公司"], CO),
    O("在[[柳營科技工業區]]設立", ["柳营科技工业区", "柳營科技工業區"], G, OPT),   # a place here
    O("[[經發局]]指出", JINGFA, G),
    O("[[臺南市政府文化局]]主辦", WENHUA, G),
    O("在[[國立臺灣文學館]]開幕", ["国立台湾文学馆", "國立臺灣文學館"], IN),
    O("[[文化局]]表示", WENHUA, G),
    O("[[臺南市政府社會局]]昨日宣布", ["台南市政府社会局", "臺南市政府社會局"], G),
    O("另外，[[臺南市立圖書館新總館]]", ["台南市立图书馆新总馆", "臺南市立圖書館新總館"], IN),
    O("[[衛生局]]自昨日起", WEISHENG, G),
    O("[[衛生局]]提醒", WEISHENG, G),
    O("[[臺南市政府農業局]]昨日起", NONGYE, G),
    O("[[農業局]]並將於", NONGYE, G),
    O("在[[後壁區農會]]舉辦", ["台南市后壁区农会", "臺南市後壁區農會", "後壁區農會"], "social"),
    O("[[臺南市政府觀光旅遊局]]統計", GUANLV, G),
    O("[[觀旅局]]表示", GUANLV, G),
]

C, P, M, T, L = "count", "percent", "money", "duration", "length"
TWD = "TWD"


def twd(ctx, value, subject, approx="exact", opt=False, change=None):
    return S(ctx, value, "元", M, approx, subject, opt, change=change, currency=TWD)


STATS = [
    S("共計[[44天]]", "44", "天", T, "exact", "會期"),
    twd("歲出規模為[[新臺幣1,268億元]]", "126800000000", "115年度總預算案歲出規模"),
    twd("增加[[新臺幣53億元]]", "5300000000", "115年度總預算案歲出規模", change=up("114年度")),
    S("增幅[[百分之四點四]]", "4.4", "%", P, "exact", "115年度總預算案歲出規模", change=up("114年度")),
    S("等[[28項]]議案", "28", "項", C, "exact", "審議議案"),
    S("共有[[112家]]廠商", "112", "家", C, "exact", "參與廠商"),
    S("提供職缺[[逾4,500個]]", "4500", "個", C, "over", "職缺"),
    S("職缺占[[百分之四十二]]", "42", "%", P, "exact", "半導體、光電產業職缺占比"),
    twd("平均月薪[[逾新臺幣3萬8,000元]]", "38000", "平均月薪", "over"),
    S("媒合就業[[1萬2,386人次]]", "12386", "人次", C, "exact", "就業服務站媒合就業"),
    S("就業率達[[百分之七十二點八]]", "72.8", "%", P, "exact", "求職就業率"),
    S("提高[[3.1個百分點]]", "3.1", "個百分點", P, "exact", "求職就業率", change=up("去年同期")),
    twd("總經費[[約新臺幣418億元]]", "41800000000", "捷運藍線第一期工程總經費", "about"),
    S("路線全長[[約16.2公里]]", "16.2", "公里", L, "about", "路線全長"),
    S("設置車站[[19座]]", "19", "座", C, "exact", "車站"),
    S("開放[[50歲至64歲]]民眾", "50", "歲", "other", "exact", "接種民眾年齡", OPT),     # an age range
    S("已接種[[逾28萬劑]]", "280000", "劑", C, "over", "已接種流感疫苗"),
    S("詐騙案 年減[[百分之九點六]]", "9.6", "%", P, "exact", "前10月詐騙案", change=down()),
    S("詐騙案件[[2,865件]]", "2865", "件", C, "exact", "受理詐騙案件"),
    S("減少[[百分之九點六]]", "9.6", "%", P, "exact", "詐騙案件", change=down("去年同期")),
    twd("財損金額[[逾新臺幣21億元]]", "2100000000", "財損金額", "over"),
    S("逮捕嫌犯[[17人]]", "17", "人", C, "exact", "逮捕嫌犯"),
    twd("查扣現金[[新臺幣1,260萬元]]", "12600000", "查扣現金"),
    S("有期徒刑[[8年]]", "8", "年", T, "exact", "主嫌有期徒刑"),
    twd("罰金[[新臺幣300萬元]]", "3000000", "併科罰金"),
    S("及[[10公里]]休閒組", "10", "公里", L, "exact", "休閒組距離", OPT),            # in the race's name
    S("等[[3個]]組別", "3", "個", C, "exact", "組別"),
    S("報名人數已[[突破1萬6,000人]]", "16000", "人", C, "over", "報名人數"),
    twd("南瀛光電投資[[65億]] 設廠", "6500000000", "南瀛光電投資", opt=True),          # no 元 in the headline
    twd("投資[[新臺幣65億元]]在", "6500000000", "南瀛光電投資"),
    S("就業機會[[600個]]", "600", "個", C, "exact", "創造就業機會"),
    twd("投資金額達[[新臺幣1,856億元]]", "185600000000", "吸引民間投資金額"),
    S("年增[[百分之十二點三]]", "12.3", "%", P, "exact", "吸引民間投資金額", change=up()),
    S("文物[[逾300件]]", "300", "件", C, "over", "展出文物"),
    twd("每戶[[新臺幣6,000元]]", "6000", "低收入戶春節慰問金"),
    S("預計[[約1萬2,000戶]]受惠", "12000", "戶", C, "about", "受惠低收入戶"),
    twd("總經費[[約新臺幣7,200萬元]]", "72000000", "慰問金總經費", "about"),
    S("休館[[3天]]", "3", "天", T, "exact", "休館"),
    S("本土登革熱病例[[37例]]", "37", "例", C, "exact", "本土登革熱病例"),
    S("東區等[[6個]]行政區", "6", "個", C, "exact", "稽查行政區"),
    S("積水容器[[逾1,200個]]", "1200", "個", C, "over", "稽查積水容器"),
    S("舉發單[[46件]]", "46", "件", C, "exact", "開立舉發單"),
    S("種植面積[[約1萬8,000公頃]]", "18000", "公頃", "area", "about", "二期稻作種植面積"),
    S("總產量[[約10萬公噸]]", "100000", "公噸", "weight", "about", "二期稻作預估總產量"),
    twd("高出[[新臺幣3元]]", "3", "每公斤收購價格", change=up("市價")),
    S("遊客達[[2,836萬人次]]", "28360000", "人次", C, "exact", "主要觀光遊憩據點遊客"),
    S("成長[[百分之六點七]]，", "6.7", "%", P, "exact", "主要觀光遊憩據點遊客", change=up("去年同期")),
    S("遊客均[[突破百萬人次]]", "1000000", "人次", C, "over", "安平古堡、赤崁樓遊客"),
    S("吸引[[逾10萬人次]]", "100000", "人次", C, "over", "跨年晚會參與"),
    S("觀光人次 成長[[百分之六點七]]", "6.7", "%", P, "exact", "前三季觀光人次", change=up()),
]

EVENTS = [
    # A0: the council
    E("臺南市議會第4屆第6次定期大會昨日（11日）開議", "meeting", "開議", N11, organizers=["臺南市議會"]),
    E("市長昨日赴議會進行施政報告", "meeting", "施政報告", N11, opt=True),               # part of the session
    E("本次大會將審議「臺南市自治條例修正草案」等28項議案", "meeting", "審議", opt=True),
    E("並於12月上旬進行市政總質詢", "meeting", "總質詢", xun(2025, 12, 0)),
    E("議員聽取市長施政報告", "meeting", "施政報告", N11, opt=True),                      # the caption
    # A1: job fair
    E("臺南市政府勞工局將於本週六（15日）上午9時在南臺科技大學體育館舉辦年終就業博覽會", "recruitment",
      "就業博覽會", N15, location="南臺科技大學體育館", organizers=["臺南市政府勞工局"]),
    E("全市就業服務站共媒合就業1萬2,386人次", "recruitment", "媒合就業", Q1_3, opt=True),   # a summary
    # A2: metro line, traffic
    E("臺南捷運藍線第一期工程綜合規劃已獲行政院核定", "policy", "核定", organizers=["行政院"]),
    E("預計明年6月動工", "construction", "動工", month(2026, 6), opt=True),                  # a forecast
    E("民國121年完工通車", "construction", "完工", year(2032), opt=True),
    E("東門路一段自11月17日起至12月31日實施夜間交通管制", "traffic", "交通管制",
      day("2025-11-17", "2025-12-31"), location="東門路一段"),
    # A3: vaccines, lecture
    E("公費流感疫苗第二階段接種自11月1日起開放", "activity", "接種", day("2025-11-01"),
      organizers=["臺南市政府衛生局"]),
    E("在臺南市立醫院舉辦流感防治講座", "training", "講座", N19, location="臺南市立醫院",
      organizers=["衛生局"]),
    # A4: police, court
    E("臺南市政府警察局昨日公布", "announcement", "公布", N11, organizers=["臺南市政府警察局"]),
    E("警方日前破獲一個假投資詐騙集團", "legal", "破獲", organizers=["警方"]),
    E("逮捕嫌犯17人", "legal", "逮捕", opt=True),
    E("臺灣臺南地方法院昨日也就另一起假投資詐騙案宣判", "legal", "宣判", N11,
      organizers=["臺灣臺南地方法院"]),
    # A5: marathon
    E("2025臺南古都國際馬拉松將於12月14日舉行", "competition", "馬拉松", D14),
    E("報名將於11月20日截止", "registration", "報名", N20),
    E("安平區、中西區部分路段將實施交通管制", "traffic", "交通管制", D14,
      location="安平區、中西區部分路段"),
    # A6: signing
    E("臺南市政府經濟發展局昨日與南瀛光電股份有限公司簽署投資合作備忘錄", "signing", "簽署", N11,
      organizers=["臺南市政府經濟發展局"], participants=["南瀛光電股份有限公司"]),
    E("在柳營科技工業區設立太陽能模組廠", "construction", "設立", opt=True),                # a plan
    # A7: exhibition
    E("「鹽分地帶文學百年特展」將於明日（13日）在國立臺灣文學館開幕", "exhibition", "開幕", N13,
      location="國立臺灣文學館", organizers=["臺南市政府文化局"], theme="鹽分地帶文學百年特展"),
    E("每週六下午安排專人導覽", "activity", "導覽", opt=True),
    # A8: payout, library
    E("臺南市政府社會局昨日宣布", "announcement", "宣布", N11, organizers=["臺南市政府社會局"], opt=True),
    E("慰問金將自12月1日起直接撥入受領人帳戶", "payout", "撥入", D1, organizers=["臺南市政府社會局"]),
    E("將於下週一（17日）至下週三（19日）休館3天", "schedule", "休館", day("2025-11-17", "2025-11-19"),
      location="臺南市立圖書館新總館"),
    # A9: dengue checks
    E("在北區、中西區、東區等6個行政區展開孳生源清除稽查", "inspection", "稽查",
      day("2025-11-11", "2025-11-30"), location="北區、中西區、東區等6個行政區", organizers=["衛生局"]),
    # A10: rice harvest, purchase scheme, forum
    E("二期稻作進入收割期", "production", "收割", opt=True),                               # no date, place or actor
    E("臺南市政府農業局昨日起受理稻農申請「稻作保價收購」", "registration", "申請",
      day("2025-11-11", "2025-11-28"), organizers=["臺南市政府農業局"], theme="稻作保價收購"),
    E("在後壁區農會舉辦稻米產銷座談會", "meeting", "座談會", day("2025-11-21"), location="後壁區農會",
      organizers=["農業局"]),
    # A11: tourism
    E("年底跨年晚會將於12月31日晚間在安平觀夕平台舉行", "activity", "跨年晚會", day("2025-12-31"),
      location="安平觀夕平台"),
]
