"""中台時報 南投版 (南投縣), 2026-12-07 (a Monday): a Taiwan county page in traditional script.
Features: a column label (`南投焦點`) over the first title; openers `【記者X X／南投報導】` on five items, ten items
without one; a paragraph broken after a dangling `的` (`…湧入賞雪遊客的` | `車輛逾3萬輛次…`) with another item
and a caption between; headlines after their bodies (four), one of them two lines below its body
(`凍頂冬茶比賽…`); six items without headline; two captions with `攝` (`（記者林 佳 慧攝）` and a bare
`記者陳 冠 廷攝`), the first standing far from its item. ROC years (`115年12月15日起至116年3月15日`, `115年1至3月`,
`116年1月21日起至2月14日`, `116年1月1日`, `116年1月31日`, `116年1月3日`, `117年6月`; `115年度`/`115學年度` inside
names optional), 新台幣 with thousands separators and `萬`/`億` (`新台幣3億8,500萬元`, `新台幣2萬4,000元`,
`約3萬8,000人`). Bodies: 縣府X處/X局 resolve with 南投縣政府, 鄉鎮市公所 with 南投縣, 中央 bodies
(`交通部公路局中區養護工程分局`, `運動部`, `中央氣象署`), the prosecutors (`南投地檢署` → 臺灣南投地方檢察署), a
farmers' association (`鹿谷鄉農會`), a university (`國立暨南國際大學`/`暨大`). Dates: `昨（6）日` (×4), `今（7）日`
(×2), `前（5）日` (×3), `明（8）日…` and headline `明`, `上週五（4日）`, `本週六（12日）` and headline `週六`, `下週二`
(a title), `下週一（14日）至下週五（18日）`, `本週三（9日）`, `冬至（22日）中午` and `冬至` in a title, `大雪節氣`.

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, span, up, year

PAPER = "中台時報"
PUBLISHED = "2026-12-07"
HOME = {"county": "南投縣"}

LAYOUT = [
    ("南投焦點", "label", "T0"),
    ("合歡山雪季管制", "headline", "T0"),
    ("【記者張 文 翔／南投報導】交通部", "body", "T0"),          # breaks after a dangling 的
    ("【記者林 佳 慧／南投報導】鹿谷", "body", "T1"),
    ("風櫃斗梅園梅花", "caption", "P0"),                         # （記者林 佳 慧攝）, for T2 below
    ("車輛逾3萬輛次", "body", "T0"),                             # the rest of T0's paragraph
    ("凍頂冬茶比賽", "headline", "T1"),                          # two lines below its body
    ("風櫃斗賞梅音樂會", "headline", "T2"),
    ("信義鄉公所將於", "body", "T2"),
    ("【記者陳 冠 廷／南投報導】草屯", "body", "T3"),
    ("草屯運動中心動土", "headline", "T3"),                      # after its body
    ("【記者陳 冠 廷／南投報導】南投縣政府", "body", "T4"),       # no headline
    ("就博會明登場", "headline", "T5"),
    ("縣府社會及勞動處明", "body", "T5"),
    ("為預防一氧化碳", "body", "T6"),                            # no headline
    ("國中小寒假25天", "headline", "T7"),
    ("縣府教育處昨", "body", "T7"),
    ("冬至湯圓宴", "headline", "T8"),
    ("縣府社會及勞動處與", "body", "T8"),
    ("縣府環保局自", "body", "T9"),                              # no headline
    ("縣府衛生局表示", "body", "T10"),                           # no headline
    ("日月潭纜車公司表示", "body", "T11"),
    ("日月潭纜車14日起", "headline", "T11"),                     # after its body
    ("【記者張 文 翔／南投報導】國立", "body", "T12"),
    ("暨大攜手埔里鎮", "headline", "T12"),                       # after its body
    ("集集鎮公所", "body", "T13"),                               # no headline
    ("集集火車站前的", "caption", "P1"),                         # 記者陳 冠 廷攝
    ("今（7）日適逢", "body", "T14"),                            # no headline
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["張文翔"])),
    "T1": dict(byline=byline(reporters=["林佳慧"])),
    "T2": dict(),
    "T3": dict(byline=byline(reporters=["陳冠廷"])),
    "T4": dict(byline=byline(reporters=["陳冠廷"])),
    "T5": dict(), "T6": dict(), "T7": dict(), "T8": dict(), "T9": dict(), "T10": dict(), "T11": dict(),
    "T12": dict(byline=byline(reporters=["張文翔"])),
    "T13": dict(), "T14": dict(),
}
JOINS = [("【記者張 文 翔／南投報導】交通部", "車輛逾3萬輛次")]
PHOTOS = {
    "P0": dict(photographers=["林佳慧"], article="T2"),
    "P1": dict(photographers=["陳冠廷"], article="T13"),
}

D04, D05, D06, D07, D08 = (day(f"2026-12-0{d}") for d in (4, 5, 6, 7, 8))
D12, D22 = day("2026-12-12"), day("2026-12-22")
Y26 = year(2026)
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DATES = [
    D("雪季管制 [[下週二]]起實施", day("2026-12-15")),
    D("分局[[昨（6）日]]表示", D06),
    D("管制自[[115年12月15日起至116年3月15日]]止", day("2026-12-15", "2027-03-15")),
    D("統計，[[115年1至3月]]合歡山", months(2026, 1, 3)),
    D("主辦的[[115年度]]冬季", Y26, OPT),                                  # inside the contest's name
    D("115年度[[冬季]]凍頂", WINTER, OPT),
    D("比賽，[[昨（6）日]]公布成績", D06),
    D("，[[今年]]共有2,846件", Y26),
    D("比[[去年]]增加", year(2025)),
    D("音樂會[[週六]]登場", D12),
    D("將於[[本週六（12日）]]在", D12),
    D("，[[今年]]梅花花況佳", Y26),
    D("新建工程[[今（7）日上午]]舉行", D07),
    D("預計[[117年6月]]完工", month(2028, 6)),
    D("，[[上週五（4日）]]在濁水溪", D04),
    D("就博會[[明]]登場", D08),
    D("勞動處[[明（8）日上午9時至下午1時]]在", D08),
    D("舉辦[[冬季]]就業博覽會", WINTER, OPT),                              # a descriptor
    D("申請至[[116年1月31日]]止", day("2027-01-31")),
    D("，[[今年]]縣內已發生", Y26),
    D("教育處[[昨（6）日]]公布", D06),
    D("國中小[[115學年度]]寒假", (span("2026-08-01", "2027-07-31"), "year"), OPT),   # a school year
    D("寒假自[[116年1月21日起至2月14日]]止", day("2027-01-21", "2027-02-14")),
    D("第2學期於[[2月15日]]開學", day("2027-02-15")),
    D("\n[[冬至]]湯圓宴", D22),
    D("將於[[冬至（22日）中午]]在", D22),
    D("舉辦「[[冬至]]暖心」", D22, OPT),                                   # inside a theme
    D("環保局自[[前（5）日]]起", D05),
    D("截至[[昨（6）日]]已告發", D06),
    D("自[[116年1月1日]]起實施", day("2027-01-01")),
    D("民眾[[每年]]可免費", VAGUE),                                        # a recurring slot
    D("纜車將於[[下週一（14日）至下週五（18日）]]停駛", day("2026-12-14", "2026-12-18")),
    D("維護，[[19日]]起恢復", day("2026-12-19")),
    D("\n日月潭纜車[[14日]]起停駛", day("2026-12-14")),
    D("鎮公所[[前（5）日]]簽署", D05),
    D("並將於[[下學期]]開設", VAGUE),
    D("鎮公所[[前（5）日晚間]]在", D05),
    D("舉行[[聖誕]]點燈", day("2026-12-25"), OPT),                         # the lighting's name, not its day
    D("展期至[[116年1月3日]]", day("2027-01-03")),
    D("\n[[今（7）日]]適逢", D07),
    D("適逢[[大雪節氣]]", D07),
    D("預報，[[本週三（9日）]]起", day("2026-12-09")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
GLJ = ["交通部公路局中區養護工程分局"]
SLC = ["南投縣政府社會及勞動處"]
XFJ = ["南投縣政府消防局"]
JD = ["國立暨南國際大學"]
ORGS = [
    O("】[[交通部公路局中區養護工程分局]]昨", GLJ, G),
    O("。[[分局]]統計", GLJ, G),
    O("】[[鹿谷鄉農會]]主辦", ["南投縣鹿谷鄉農會", "鹿谷鄉農會"], SO),
    O("，[[分局]]並將", GLJ, G),
    O("\n[[信義鄉公所]]將於", ["南投縣信義鄉公所", "信義鄉公所"], G),
    O("。[[鄉公所]]並規劃", ["南投縣信義鄉公所", "信義鄉公所"], G),
    O("】[[草屯國民運動中心]]新建", ["南投縣草屯國民運動中心", "草屯國民運動中心"], IN, OPT),   # a building yet
    O("其中[[運動部]]補助", ["運動部"], G),
    O("】[[南投縣政府警察局竹山分局]]會同", ["南投縣政府警察局竹山分局"], G),
    O("會同[[南投地檢署]]，", ["臺灣南投地方檢察署", "南投地檢署"], G),
    O("\n[[縣府社會及勞動處]]明", SLC, G),
    O("在[[南投縣立體育館]]舉辦", ["南投縣立體育館"], IN, OPT),                              # a venue
    O("，[[縣府消防局]]受理", XFJ, G),
    O("。[[消防局]]統計", XFJ, G),
    O("\n[[縣府教育處]]昨", ["南投縣政府教育處"], G),
    O("\n[[縣府社會及勞動處]]與", SLC, G),
    O("與[[南投市公所]]將於", ["南投縣南投市公所", "南投市公所"], G),
    O("在[[南投市老人活動中心]]舉辦", ["南投縣南投市老人活動中心", "南投市老人活動中心"], IN, OPT),  # a venue
    O("\n[[縣府環保局]]自", ["南投縣政府環境保護局"], G),
    O("\n[[縣府衛生局]]表示", ["南投縣政府衛生局"], G),
    O("費用由[[縣府]]全額", ["南投縣政府"], G),
    O("\n[[日月潭纜車公司]]表示", ["日月潭纜車股份有限公司", "日月潭纜車公司"], CO),
    O("】[[國立暨南國際大學]]與", JD, IN),
    O("與[[埔里鎮公所]]前", ["南投縣埔里鎮公所", "埔里鎮公所"], G),
    O("。[[暨大]]並將", JD, IN),
    O("\n[[暨大]]攜手", JD, IN),
    O("\n[[集集鎮公所]]前", ["南投縣集集鎮公所", "集集鎮公所"], G),
    O("，[[中央氣象署]]預報", ["交通部中央氣象署", "中央氣象署"], G),
    O("，[[縣府農業處]]提醒", ["南投縣政府農業處"], G),
]

C, P, M, T, W, L, V, TE = "count", "percent", "money", "duration", "weight", "length", "volume", "temperature"
TWD = "TWD"
STATS = [
    S("共降雪[[9次]]", "9", "次", C, "exact", "合歡山降雪"),
    S("\n車輛[[逾3萬輛次]]", "30000", "輛次", C, "over", "賞雪遊客車輛"),
    S("設置[[2處]]檢查哨", "2", "處", C, "exact", "檢查哨"),
    S("共有[[2,846件]]茶樣", "2846", "件", C, "exact", "參賽茶樣"),
    S("增加[[6.5%]]", "6.5", "%", P, "exact", "參賽茶樣", change=up("去年")),
    S("特等獎[[1名]]", "1", "名", C, "exact", "特等獎"),
    S("頭等獎[[56名]]", "56", "名", C, "exact", "頭等獎"),
    S("售價[[新台幣2萬4,000元]]", "24000", "元", M, "exact", "特等獎茶每台斤售價", currency=TWD),
    S("創近[[5年]]新高", "5", "年", T, "exact", "新高比較年數", OPT),                      # a record's horizon
    S("比賽 [[2,846件]]茶樣", "2846", "件", C, "exact", "參賽茶樣"),
    S("吸引遊客[[逾1萬人次]]", "10000", "人次", C, "over", "賞梅遊客"),
    S("每[[30分鐘]]一班", "30", "分鐘", T, "exact", "接駁專車班距"),
    S("總經費[[新台幣3億8,500萬元]]", "385000000", "元", M, "exact", "運動中心新建工程總經費", currency=TWD),
    S("補助[[1億9,000萬元]]", "190000000", "元", M, "exact", "運動部補助", currency=TWD),
    S("逮捕嫌犯[[7人]]", "7", "人", C, "exact", "逮捕嫌犯"),
    S("挖土機[[3輛]]", "3", "輛", C, "exact", "查扣挖土機"),
    S("砂石車[[5輛]]", "5", "輛", C, "exact", "查扣砂石車"),
    S("盜採砂石[[約4萬立方公尺]]", "40000", "立方公尺", V, "about", "盜採砂石"),
    S("不法獲利[[逾新台幣3,200萬元]]", "32000000", "元", M, "over", "不法獲利", currency=TWD),
    S("明登場 [[62家]]廠商", "62", "家", C, "exact", "徵才廠商"),
    S("共有[[62家]]廠商", "62", "家", C, "exact", "參加就業博覽會廠商"),
    S("釋出[[1,850個]]職缺", "1850", "個", C, "exact", "釋出職缺"),
    S("最高月薪[[新台幣6萬元]]", "60000", "元", M, "under", "最高月薪", OPT, currency=TWD),   # a cap
    S("最高補助[[新台幣5,000元]]", "5000", "元", M, "under", "每戶補助上限", OPT, currency=TWD),
    S("預計補助[[300戶]]", "300", "戶", C, "exact", "預計補助戶數"),
    S("中毒案件[[4件]]", "4", "件", C, "exact", "一氧化碳中毒案件"),
    S("、[[6人]]送醫", "6", "人", C, "exact", "一氧化碳中毒送醫"),
    S("寒假[[25天]]\n", "25", "天", T, "exact", "國中小寒假"),
    S("共[[25天]]，", "25", "天", T, "exact", "寒假天數"),
    S("獨居長者[[200人]]", "200", "人", C, "exact", "受邀獨居長者"),
    S("毛毯[[1件]]", "1", "件", C, "exact", "每人致贈禦寒毛毯"),
    S("已告發[[3件]]", "3", "件", C, "exact", "告發露天燃燒"),
    S("各處[[新台幣6,000元]]罰鍰", "6000", "元", M, "exact", "每件罰鍰", currency=TWD),
    S("縣內[[40歲以上]]原住民", "40", "歲", C, "over", "原住民篩檢年齡", OPT),            # ages
    S("及[[50歲以上]]一般", "50", "歲", C, "over", "一般民眾篩檢年齡", OPT),
    S("免費篩檢[[1次]]", "1", "次", C, "exact", "每年免費篩檢次數"),
    S("受惠[[約3萬8,000人]]", "38000", "人", C, "about", "肝炎篩檢受惠民眾"),
    S("停駛[[5天]]", "5", "天", T, "exact", "纜車停駛天數"),
    S("未來[[3年]]將投入", "3", "年", T, "exact", "合作期限", OPT),                          # a horizon
    S("經費[[約新台幣1,500萬元]]", "15000000", "元", M, "about", "地方創生投入經費", currency=TWD),
    S("招收學生[[80人]]", "80", "人", C, "exact", "首期招收學生"),
    S("，[[12公尺]]高", "12", "公尺", L, "exact", "聖誕樹高度"),
    S("與[[2萬顆]]LED", "20000", "顆", C, "exact", "LED燈泡"),
    S("降至[[2度左右]]", "2", "度", TE, "about", "南投山區低溫"),
]

EVENTS = [
    E("分局昨（6）日表示", "announcement", "表示", D06, organizers=["交通部公路局中區養護工程分局"],
      opt=True),                                                                                # a report verb
    E("合歡山雪季交通管制自115年", "traffic", "交通管制", day("2026-12-15", "2027-03-15"),
      location="台14甲線合歡山", organizers=["交通部公路局中區養護工程分局"]),
    E("視路況實施總量管制", "traffic", "總量管制", None, opt=True),                                # a plan
    E("優良茶比賽，昨（6）日公布成績", "announcement", "公布成績", D06, organizers=["鹿谷鄉農會"]),
    E("特等獎1名、頭等獎56名", "award", "特等獎", D06, opt=True),                                # inside the results
    E("舉辦「梅好時光」賞梅音樂會", "activity", "舉辦", D12, location="風櫃斗梅園", organizers=["信義鄉公所"],
      theme="梅好時光"),
    E("規劃水里火車站至梅園接駁專車", "traffic", "接駁專車", D12, organizers=["鄉公所"], opt=True),
    E("舉行動土典禮", "construction", "動土", D07, location="草屯"),
    E("運動部補助1億9,000萬元", "payout", "補助", None, organizers=["運動部"], opt=True),
    E("預計117年6月完工啟用", "construction", "完工", month(2028, 6), opt=True),                     # a forecast
    E("破獲一處盜採砂石集團", "legal", "破獲", D04, location="濁水溪竹山段河床",
      organizers=["南投縣政府警察局竹山分局", "南投地檢署"]),
    E("移送偵辦", "legal", "移送", D04, opt=True),                                                  # the same case
    E("舉辦冬季就業博覽會", "recruitment", "就業博覽會", D08, location="南投縣立體育館",
      organizers=["縣府社會及勞動處"], participants=["62家廠商"]),
    E("受理申請至116年1月31日止", "registration", "申請", day("2027-01-31"), organizers=["縣府消防局"]),
    E("縣府教育處昨（6）日公布", "announcement", "公布", D06, organizers=["縣府教育處"]),
    E("寒假自116年1月21日起", "schedule", "寒假", day("2027-01-21", "2027-02-14"),
      organizers=["縣府教育處"]),
    E("第2學期於2月15日開學", "schedule", "開學", day("2027-02-15"), opt=True),                     # the same calendar
    E("舉辦「冬至暖心」湯圓宴", "activity", "舉辦", D22, location="南投市老人活動中心",
      organizers=["縣府社會及勞動處", "南投市公所"], participants=["獨居長者"], theme="冬至暖心"),
    E("致贈每人禦寒毛毯1件", "payout", "致贈", D22, opt=True),                                     # part of the feast
    E("加強稽查露天燃燒", "inspection", "稽查", D05, organizers=["縣府環保局"]),
    E("已告發3件", "legal", "告發", D06, opt=True),                                                # the check's outcome
    E("起實施肝炎篩檢擴大方案", "policy", "實施", day("2027-01-01"), organizers=["縣府衛生局"]),
    E("停駛，進行年度安全檢查", "traffic", "停駛", day("2026-12-14", "2026-12-18"),
      organizers=["日月潭纜車公司"]),
    E("19日起恢復營運", "schedule", "恢復營運", day("2026-12-19"), opt=True),                      # the same closure
    E("簽署地方創生合作備忘錄", "signing", "簽署", D05, organizers=["國立暨南國際大學"],
      participants=["埔里鎮公所"]),
    E("開設「埔里學」通識課程", "training", "課程", None, organizers=["暨大"], opt=True),            # a plan
    E("舉行聖誕點燈", "exhibition", "點燈", D05, location="集集火車站前廣場", organizers=["集集鎮公所"]),
    E("中央氣象署預報", "announcement", "預報", D07, organizers=["中央氣象署"], opt=True),          # a forecast
]
