"""港聲晚報 (香港特別行政區), 2026-12-12 (a Saturday): a Hong Kong news page in traditional script.
Features: a kicker over a title (`樓市交投回暖` / `首十一個月樓宇買賣逾6.3萬宗`) whose paragraph breaks after a
dangling `的` (`…已超越去年全年的` | `總數。…`) with a caption, a whole item and its after-body headline between; a
column label (`港聞速遞`) in mid-page over a run of headless briefs; a headline far above its body
(`勞工處下週三辦大型招聘會`, six lines before it); a byline on a line of its own after a body (`（記者 何 文 傑）`);
openers `【本報訊】` (seven items) and six briefs with neither headline nor opener; two captions `（記者 X X 攝）`
(one above its item's headline); four headlines after their bodies. Statistics: `5,482份`, `63,915宗`, `逾6.3萬宗`,
`百分之六點二`/`百分之十八點四`/`約百分之七十六` (Chinese numerals), `按月下跌`, `按年上升`, 港元 amounts
(`約478億港元`, `約港幣3,100元`), `首十一個月` (×3). Government departments (署/局/處) resolve with 香港特別行政區政府
(the name as written is an accepted alternative). Dates: `昨日` = 12-11 (×8), `昨晚` (×2), `明日（13日）` (×2) and a
one-character headline `明`, `下週一（14日）`/`下週一` = 12-14, `下週三（16日）及週四（17日）`, `下週三` (a title),
`下週六（19日）` = 12-19, `聖誕及新年假期`, `12月24日至明年1月3日`, `除夕` = 12-31, `明年第一季`, `明年1月中旬`,
`明年4月8日` (×2), `5月7日` (2027), `明年3月29日`, `去年全年`.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "港聲晚報"
PUBLISHED = "2026-12-12"
HOME = {"region": "香港特別行政區"}

LAYOUT = [
    ("樓市交投回暖", "headline", "H0"),                        # kicker
    ("首十一個月樓宇買賣", "headline", "H0"),
    ("【本報訊】土地註冊處", "body", "H0"),                    # breaks after a dangling 的
    ("海關人員展示", "caption", "P0"),                         # （記者 何 文 傑 攝）
    ("香港海關昨日", "body", "H1"),
    ("（記者 何 文 傑）", "byline", "H1"),                     # a byline on a line of its own
    ("葵涌檢12噸", "headline", "H1"),                          # after its body and byline
    ("總數。有分析師", "body", "H0"),                          # the rest of H0's paragraph
    ("勞工處下週三辦", "headline", "H2"),                      # far above its body
    ("港聞速遞", "label", "H3"),                               # a column label over the briefs
    ("入境事務處預計", "body", "H3"),                          # no headline, no opener
    ("天文台昨晚", "body", "H4"),                              # no headline
    ("油麻地上海街", "body", "H5"),                            # no headline
    ("衞生防護中心昨日", "body", "H6"),                        # no headline
    ("【本報訊】勞工處", "body", "H2"),
    ("【本報訊】旅發局", "body", "H7"),
    ("11月訪港旅客", "headline", "H7"),                        # after its body
    ("好市民獎得獎者", "caption", "P1"),                       # （記者 梁 嘉 欣 攝）, above the headline
    ("32名好市民", "headline", "H8"),
    ("【本報訊】警務處", "body", "H8"),
    ("【本報訊】香港考試", "body", "H9"),
    ("文憑試明年", "headline", "H9"),                          # after its body
    ("食物環境衞生署公布", "body", "H10"),
    ("年宵攤位", "headline", "H10"),                           # after its body
    ("除夕倒數", "headline", "H11"),
    ("【本報訊】為配合", "body", "H11"),
    ("香港科技園公司", "body", "H12"),                         # no headline
    ("社會福利署昨日", "body", "H13"),                         # no headline
    ("文化博物館明起", "headline", "H14"),
    ("【本報訊】康樂及文化事務署", "body", "H14"),
]

ARTICLES = {
    "H0": dict(),
    "H1": dict(byline=byline(reporters=["何文傑"])),
    "H2": dict(), "H3": dict(), "H4": dict(), "H5": dict(), "H6": dict(), "H7": dict(), "H8": dict(),
    "H9": dict(), "H10": dict(), "H11": dict(), "H12": dict(), "H13": dict(), "H14": dict(),
}
JOINS = [("【本報訊】土地註冊處", "總數。有分析師")]
PHOTOS = {
    "P0": dict(photographers=["何文傑"], article="H1"),
    "P1": dict(photographers=["梁嘉欣"], article="H8"),
}

D11, D13, D14, D31 = day("2026-12-11"), day("2026-12-13"), day("2026-12-14"), day("2026-12-31")
NOV = month(2026, 11)
JAN_NOV = months(2026, 1, 11)
HOLIDAYS = day("2026-12-24", "2027-01-03")
APR8 = day("2027-04-08")
DATES = [
    D("\n[[首十一個月]]樓宇買賣", JAN_NOV),
    D("土地註冊處[[昨日]]公布", D11),
    D("公布，[[11月]]共收到", NOV),
    D("。[[首十一個月]]累計樓宇", JAN_NOV),
    D("超越[[去年全年]]的", year(2025)),
    D("香港海關[[昨日]]在", D11),
    D("延續，[[明年第一季]]住宅", quarter(2027, 1)),
    D("勞工處[[下週三]]辦", day("2026-12-16")),
    D("預計，[[聖誕及新年假期]]（", HOLIDAYS),
    D("（[[12月24日至明年1月3日]]）", HOLIDAYS),
    D("將於[[12月31日晚]]延長", D31),
    D("通關至[[翌日]]凌晨", day("2027-01-01"), OPT),                    # the end of a time range
    D("天文台[[昨晚10時]]發出", D11),
    D("發出[[今年]]首個", year(2026)),
    D("預料[[明日（13日）]]市區", D13),
    D("唐樓[[昨晚]]發生", D11),
    D("衞生防護中心[[昨日]]表示", D11),
    D("接種計劃[[至今]]已接種", VAGUE),
    D("將於[[下週六（19日）]]起", day("2026-12-19")),
    D("勞工處將於[[下週三（16日）及週四（17日）]]在", day("2026-12-16", "2026-12-17")),
    D("「[[冬季]]就業博覽」", (span("2026-12-01", "2027-02-28"), "season"), OPT),   # inside the fair's name
    D("旅發局[[昨日]]公布", D11),
    D("公布，[[11月]]訪港旅客", NOV),
    D("。[[首十一個月]]累計訪港", JAN_NOV),
    D("\n[[11月]]訪港旅客按年升", NOV),
    D("撲滅罪行委員會[[昨日]]在", D11),
    D("評核局[[昨日]]宣布", D11),
    D("，[[2027年]]香港中學文憑", year(2027), OPT),                      # inside the exam's name
    D("將於[[明年4月8日]]開考", APR8),
    D("筆試至[[5月7日]]結束", day("2027-05-07")),
    D("較[[今年]]增加", year(2026)),
    D("\n文憑試[[明年4月8日]]開考", APR8),
    D("，[[2027年農曆新年]]年宵", day("2027-02-06"), OPT),               # inside the fair's name
    D("將於[[下週一（14日）]]起派發", D14),
    D("日期為[[12月23日]]", day("2026-12-23")),
    D("則於[[明年1月中旬]]進行", xun(2027, 1, 1)),
    D("\n年宵攤位[[下週一]]起", D14),
    D("\n[[除夕]]倒數 尖沙咀", D31),
    D("主辦的[[除夕]]倒數煙花", D31, OPT),                               # inside the show's name
    D("將於[[12月31日晚上8時]]起", D31),
    D("港鐵[[當晚]]將通宵", D31),
    D("科技園公司[[昨日]]與", D11),
    D("社會福利署[[昨日]]表示", D11),
    D("將於[[12月28日]]向", day("2026-12-28")),
    D("\n文化博物館[[明]]起展", D13),
    D("博物館[[明日（13日）]]起舉辦", D13),
    D("展期至[[明年3月29日]]", day("2027-03-29")),
    D("，[[逢星期二]]休館", VAGUE),                                      # a recurring slot
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
HK = "香港特別行政區政府"


def dept(name):
    return [HK + name, name]


LD = dept("勞工處")
TB = ["香港旅遊發展局", "旅發局"]
POL = ["香港警務處", "警務處", HK + "香港警務處"]
MTR = ["香港鐵路有限公司", "港鐵"]
MUSEUM = ["香港文化博物館"]
ORGS = [
    O("】[[土地註冊處]]昨日", dept("土地註冊處"), G),
    O("\n[[香港海關]]昨日", ["香港海關", HK + "香港海關"], G),
    O("\n[[勞工處]]下週三辦", LD, G),
    O("\n[[入境事務處]]預計", dept("入境事務處"), G),
    O("\n[[天文台]]昨晚", ["香港天文台", "天文台"], G),
    O("。[[民政事務總署]]已開放", dept("民政事務總署"), G),
    O("，[[消防處]]派出", dept("消防處"), G),
    O("\n[[衞生防護中心]]昨日", ["香港特別行政區政府衞生署衞生防護中心", "衞生署衞生防護中心", "衞生防護中心"], G),
    O("。[[衞生署]]將於", dept("衞生署"), G),
    O("】[[勞工處]]將於", LD, G),
    O("在[[九龍灣國際展貿中心]]舉辦", ["九龍灣國際展貿中心"], IN, OPT),        # a venue
    O("】[[旅發局]]昨日", TB, IN),
    O("】[[警務處]]與", POL, G),
    O("與[[撲滅罪行委員會]]昨日", ["撲滅罪行委員會", HK + "撲滅罪行委員會"], G),
    O("在[[灣仔會展中心]]舉行", ["香港會議展覽中心", "灣仔會展中心"], IN, OPT),  # a venue
    O("兩名在[[港鐵]]站", MTR, CO, OPT),                                         # a station, a site
    O("】[[香港考試及評核局]]昨日", ["香港考試及評核局"], IN),
    O("\n[[食物環境衞生署]]公布", dept("食物環境衞生署"), G),
    O("配合[[旅發局]]主辦", TB, IN),
    O("，[[警務處]]將於", POL, G),
    O("。[[港鐵]]當晚", MTR, CO),
    O("\n[[香港科技園公司]]昨日", ["香港科技園公司"], CO),
    O("\n[[社會福利署]]昨日", dept("社會福利署"), G),
    O("】[[康樂及文化事務署]]轄下", dept("康樂及文化事務署"), G),
    O("的[[香港文化博物館]]明日", MUSEUM, IN),
    O("\n[[文化博物館]]明起", MUSEUM, IN),
]

C, P, M, T, W, TE, O_ = "count", "percent", "money", "duration", "weight", "temperature", "other"
HKD = "HKD"
YOY = "去年同期"
STATS = [
    S("樓宇買賣[[逾6.3萬宗]]", "63000", "宗", C, "over", "首十一個月樓宇買賣"),
    S("買賣合約[[5,482份]]", "5482", "份", C, "exact", "11月樓宇買賣合約"),
    S("下跌[[百分之六點二]]", "6.2", "%", P, "exact", "樓宇買賣合約", change=down("上月")),
    S("上升[[百分之十八點四]]", "18.4", "%", P, "exact", "樓宇買賣合約", change=up(YOY)),
    S("合約總值[[約478億港元]]", "47800000000", "港元", M, "about", "合約總值", currency=HKD),
    S("上升[[百分之二十三點一]]", "23.1", "%", P, "exact", "合約總值", change=up(YOY)),
    S("買賣合約[[63,915宗]]", "63915", "宗", C, "exact", "首十一個月樓宇買賣合約"),
    S("上升[[百分之二十一]]，", "21", "%", P, "exact", "首十一個月樓宇買賣合約", change=up(YOY)),
    S("檢獲[[約12公噸]]", "12", "公噸", W, "about", "懷疑走私凍肉"),
    S("市值[[約180萬港元]]", "1800000", "港元", M, "about", "走私凍肉市值", currency=HKD),
    S("一名[[52歲]]男子", "52", "歲", O_, "exact", "被捕男子年齡", OPT),                 # an age
    S("葵涌檢[[12噸]]", "12", "噸", W, "exact", "走私凍肉"),
    S("每月[[5,000宗以上]]", "5000", "宗", C, "over", "明年第一季每月住宅成交"),
    S("期間，[[約1,380萬人次]]", "13800000", "人次", C, "about", "假期出入境旅客"),
    S("上升[[百分之七]]。", "7", "%", P, "exact", "假期出入境旅客", change=up(YOY)),
    S("最低氣溫[[約9度]]", "9", "度", TE, "about", "市區最低氣溫"),
    S("開放[[19個]]臨時", "19", "個", C, "exact", "臨時避寒中心"),
    S("消防車[[12輛]]", "12", "輛", C, "exact", "派出消防車"),
    S("救護車[[5輛]]", "5", "輛", C, "exact", "派出救護車"),
    S("火勢[[約1小時]]", "1", "小時", T, "about", "救熄火勢用時"),
    S("，[[3名]]住客", "3", "名", C, "exact", "不適送院住客"),
    S("另[[約40人]]", "40", "人", C, "about", "自行疏散住客"),
    S("已接種[[約152萬劑]]", "1520000", "劑", C, "about", "季節性流感疫苗接種"),
    S("增加[[約百分之八]]", "8", "%", P, "about", "流感疫苗接種", change=up(YOY)),
    S("全港[[18區]]", "18", "區", C, "exact", "外展接種地區", OPT),                    # all the districts
    S("，[[65歲或以上]]長者", "65", "歲", O_, "over", "免費接種長者年齡", OPT),        # an age threshold
    S("，[[逾80間]]機構", "80", "間", C, "over", "參與招聘會機構"),
    S("提供[[約3,200個]]職位", "3200", "個", C, "about", "職位空缺"),
    S("訪港旅客[[約438萬人次]]", "4380000", "人次", C, "about", "11月訪港旅客"),
    S("上升[[百分之九點一]]", "9.1", "%", P, "exact", "11月訪港旅客", change=up(YOY)),
    S("旅客佔[[約百分之七十六]]", "76", "%", P, "about", "內地旅客佔比"),
    S("訪港旅客[[約4,520萬人次]]", "45200000", "人次", C, "about", "首十一個月訪港旅客"),
    S("上升[[百分之十一點四]]", "11.4", "%", P, "exact", "首十一個月訪港旅客", change=up(YOY)),
    S("按年升[[9.1%]]", "9.1", "%", P, "exact", "11月訪港旅客", change=up(YOY)),
    S("\n[[32名]]好市民", "32", "名", C, "exact", "獲表揚好市民"),
    S("表揚[[32名]]協助", "32", "名", C, "exact", "獲表揚市民"),
    S("包括[[兩名]]在港鐵站", "2", "名", C, "exact", "截停搶劫犯的中學生"),
    S("共有[[約5.1萬名]]考生", "51000", "名", C, "about", "文憑試報考考生"),
    S("增加[[約2,300人]]", "2300", "人", C, "about", "報考考生", change=up("今年")),
    S("共設[[15個]]場地", "15", "個", C, "exact", "年宵市場場地"),
    S("、[[約1,400個]]攤位", "1400", "個", C, "about", "年宵市場攤位"),
    S("未來[[三年]]", "3", "年", T, "exact", "合作期限", OPT),                          # a horizon
    S("投資[[約5億港元]]", "500000000", "港元", M, "about", "共同投資", currency=HKD),
    S("創造[[逾300個]]職位", "300", "個", C, "over", "創造職位"),
    S("向[[約13.6萬個]]綜援住戶", "136000", "個", C, "about", "綜援住戶"),
    S("額外[[半個月]]標準金額", "0.5", "個月", T, "exact", "額外發放標準金額", OPT),   # a measure of a benefit
    S("開支[[約4.2億港元]]", "420000000", "港元", M, "about", "涉及開支", currency=HKD),
    S("每戶[[約港幣3,100元]]", "3100", "元", M, "about", "平均每戶獲發金額", currency=HKD),
    S("展出[[約120件]]展品", "120", "件", C, "about", "展品"),
]

EVENTS = [
    E("土地註冊處昨日公布", "announcement", "公布", D11, organizers=["土地註冊處"]),
    E("檢獲約12公噸懷疑走私凍肉", "legal", "檢獲", D11, location="葵涌貨櫃碼頭", organizers=["香港海關"]),
    E("並拘捕一名52歲男子", "legal", "拘捕", D11, organizers=["香港海關"], opt=True),   # the same case
    E("入境事務處預計", "announcement", "預計", None, organizers=["入境事務處"], opt=True),  # a forecast
    E("延長通關至翌日凌晨2時", "schedule", "延長通關", D31, location="羅湖管制站",
      organizers=["入境事務處"]),
    E("發出今年首個寒冷天氣警告", "announcement", "發出", D11, organizers=["天文台"]),
    E("已開放19個臨時避寒中心", "launch", "開放", None, organizers=["民政事務總署"], opt=True),
    E("唐樓昨晚發生火警", "other", "火警", D11, location="油麻地上海街"),
    E("衞生防護中心昨日表示", "announcement", "表示", D11, organizers=["衞生防護中心"], opt=True),  # a report verb
    E("舉辦外展接種日", "activity", "接種", day("2026-12-19"), location="全港18區", organizers=["衞生署"],
      participants=["65歲或以上長者"]),
    E("舉辦「冬季就業博覽」", "recruitment", "就業博覽", day("2026-12-16", "2026-12-17"),
      location="九龍灣國際展貿中心", organizers=["勞工處"], participants=["逾80間機構"], theme="冬季就業博覽"),
    E("部分僱主會即場面試", "exam", "面試", day("2026-12-16", "2026-12-17"), opt=True),   # part of the fair
    E("旅發局昨日公布", "announcement", "公布", D11, organizers=["旅發局"]),
    E("舉行「好市民獎」頒獎典禮", "award", "頒獎", D11, location="灣仔會展中心",
      organizers=["警務處", "撲滅罪行委員會"], participants=["32名協助警方打擊罪案的市民"], theme="好市民獎"),
    E("將於明年4月8日開考", "exam", "開考", day("2027-04-08", "2027-05-07"), organizers=["香港考試及評核局"]),
    E("食物環境衞生署公布", "announcement", "公布", None, organizers=["食物環境衞生署"], opt=True),
    E("乾貨攤位申請表格將於下週一（14日）起派發", "registration", "申請", day("2026-12-14", "2026-12-23"),
      organizers=["食物環境衞生署"]),
    E("攤位競投則於明年1月中旬進行", "other", "競投", xun(2027, 1, 1), organizers=["食物環境衞生署"],
      opt=True),                                                                        # an auction: type loose
    E("旅發局主辦的除夕倒數煙花匯演", "activity", "煙花匯演", D31, organizers=["旅發局"]),
    E("實施交通管制", "traffic", "交通管制", D31, location="尖沙咀及中環一帶", organizers=["警務處"]),
    E("港鐵當晚將通宵行駛", "traffic", "通宵行駛", D31, organizers=["港鐵"]),
    E("簽署合作備忘錄", "signing", "簽署", D11, organizers=["香港科技園公司"],
      participants=["廣州南沙一家人工智能企業"]),
    E("發放額外半個月標準金額", "payout", "發放", day("2026-12-28"), organizers=["社會福利署"],
      participants=["綜援住戶"]),
    E("舉辦「嶺南歲時節令」專題展覽", "exhibition", "展覽", day("2026-12-13", "2027-03-29"),
      location="香港文化博物館", organizers=["香港文化博物館"], theme="嶺南歲時節令"),
    E("逢星期二休館", "schedule", "休館", None, organizers=["香港文化博物館"], opt=True),   # a recurring slot
]
