"""中彰時報 彰化版 (彰化縣), 2026-12-14 (a Monday): a Taiwan county page in traditional script.
Features: the page opens with a photo caption (`（記者陳 冠 宇攝）`, traditional 攝, `昨天` inside it) before the
column label (`彰化綜合`); openers `【記者X X／彰化報導】` on eight items; a second caption credited to an
institution with no photographer (`（圖／田尾鄉公所提供）`); a paragraph broken mid-word (`…預估吸引逾8萬人次參` |
`與。縣府並規劃…`) with a headless brief, another item's headline and body between; a kicker over a title, both
after the body (`8組歌手接力 高空煙火10分鐘` / `彰化跨年晚會員林登場`); a headline with another item between it and
its body (`歲末徵才…` | 台水 brief | its body); six headlines after their bodies; four items without headline.
ROC years (`116年1月1日凌晨2時30分`, `下週五（25日）至116年1月3日`; `115學年度`/`115年度` inside names optional),
新台幣 with `萬元`/`億元` and thousands separators (`新台幣1億2,360萬元`, `新台幣3萬5,000元`, `28萬6,000劑`,
`約1萬2,000戶`), a headline amount without 元 (`詐1.2億`). Bodies: 縣府X局/X處 resolve with 彰化縣政府, 鎮鄉公所
with 彰化縣, central bodies (`農業部`, `勞動部勞動力發展署中彰投分署`), the court (`彰化地方法院` → 臺灣彰化地方法院),
companies (`臺鐵公司`, `台水公司第十一區管理處`), schools, two communities.
Dates: `昨（13）日` (×5, and once inside a range) and `昨天`, `今（14）日` (×2, once in
`今（14）日起至23日`), `前（12）日晚間至昨（13）日凌晨`, `上週五（11日）`, `本週六（19日）`,
`下週二（22日）`, `下週三（23日）`, headline `至23日`, `冬至` (a title, `冬至（22日）上午`, a theme),
`跨年夜`, `12月31日晚間7時`, `耶誕節當天`, `元旦連假` = 2027-01-01..01-03, `本月`, `今年1至11月`.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, span, up, year

PAPER = "中彰時報"
PUBLISHED = "2026-12-14"
HOME = {"county": "彰化縣"}

LAYOUT = [
    ("中正路立體停車場昨天", "caption", "P0"),                 # （記者陳 冠 宇攝）
    ("彰化綜合", "label", "T0"),
    ("【記者林 佳 穎／彰化報導】縣府文化局", "body", "T0"),   # breaks mid-word (參|與)
    ("臺鐵公司表示", "body", "T1"),                           # no headline
    ("鹿港冬至", "headline", "T2"),
    ("鹿港鎮公所將於", "body", "T2"),
    ("與。縣府並規劃", "body", "T0"),                         # the rest of T0's paragraph
    ("8組歌手接力", "headline", "T0"),                        # kicker, after the body
    ("彰化跨年晚會員林登場", "headline", "T0"),
    ("【記者許 志 豪／彰化報導】彰化地方法院", "body", "T3"),
    ("假投資詐1.2億", "headline", "T3"),                      # after its body
    ("寒害救助受理至23日", "headline", "T5"),
    ("【記者陳 冠 宇／彰化報導】農業部", "body", "T5"),
    ("【記者林 佳 穎／彰化報導】縣府環保局", "body", "T4"),
    ("空污稽查告發", "headline", "T4"),                       # after its body
    ("【記者黃 詩 涵／彰化報導】縣府社會處", "body", "T12"),
    ("社區評鑑結果出爐", "headline", "T12"),                  # after its body
    ("縣府衛生局統計", "body", "T9"),                         # no headline
    ("【記者陳 冠 宇／彰化報導】縣府建設處", "body", "T11"),
    ("中正路立體停車場啟用", "headline", "T11"),              # after its body
    ("歲末徵才", "headline", "T8"),                           # its body after the next brief
    ("台水公司第十一區", "body", "T10"),                      # no headline
    ("縣府勞工處與", "body", "T8"),
    ("【記者許 志 豪／彰化報導】縣府教育處", "body", "T6"),
    ("英語讀者劇場比賽", "headline", "T6"),                   # after its body
    ("田尾公路花園的耶誕", "caption", "P1"),                  # （圖／田尾鄉公所提供）: no photographer
    ("冬遊田尾", "headline", "T7"),
    ("田尾鄉公所將於", "body", "T7"),
    ("警方擴大臨檢", "headline", "T14"),
    ("【記者黃 詩 涵／彰化報導】彰化縣警察局", "body", "T14"),
    ("縣消防局提醒", "body", "T13"),                          # no headline
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["林佳穎"])),
    "T1": dict(),
    "T2": dict(),
    "T3": dict(byline=byline(reporters=["許志豪"])),
    "T4": dict(byline=byline(reporters=["林佳穎"])),
    "T5": dict(byline=byline(reporters=["陳冠宇"])),
    "T6": dict(byline=byline(reporters=["許志豪"])),
    "T7": dict(),
    "T8": dict(),
    "T9": dict(),
    "T10": dict(),
    "T11": dict(byline=byline(reporters=["陳冠宇"])),
    "T12": dict(byline=byline(reporters=["黃詩涵"])),
    "T13": dict(),
    "T14": dict(byline=byline(reporters=["黃詩涵"])),
}
JOINS = [("【記者林 佳 穎／彰化報導】縣府文化局", "與。縣府並規劃")]
PHOTOS = {
    "P0": dict(photographers=["陳冠宇"], article="T11"),
    "P1": dict(photographers=[], article="T7"),
}

D13, D14, D12 = day("2026-12-13"), day("2026-12-14"), day("2026-12-12")
NYE = day("2026-12-31")
DONGZHI = day("2026-12-22")
XMAS = day("2026-12-25")
Y26 = year(2026)
DATES = [
    D("立體停車場[[昨天]]啟用", D13),
    D("文化局[[昨（13）日]]宣布", D13),
    D("「[[2027]]彰化跨年晚會」", year(2027), OPT),                   # a year inside the party's name
    D("「2027彰化[[跨年]]晚會」", NYE, OPT),                          # the party's name
    D("將於[[12月31日晚間7時]]在", NYE),
    D("表示，[[跨年夜]]將於", NYE),
    D("延至[[116年1月1日凌晨2時30分]]發車", day("2027-01-01")),
    D("\n鹿港[[冬至]] 老街", DONGZHI),
    D("將於[[冬至（22日）上午]]在", DONGZHI),
    D("搓湯圓 過[[冬至]]」", DONGZHI, OPT),                          # inside a theme
    D("\n彰化[[跨年]]晚會員林", NYE, OPT),                           # the party's name
    D("彰化地方法院[[上週五（11日）]]宣判", day("2026-12-11")),
    D("受理至[[23日]]\n", day("2026-12-23")),
    D("農業部[[日前]]公告", VAGUE),
    D("可自[[今（14）日起至23日]]向", day("2026-12-14", "2026-12-23")),
    D("為改善[[秋冬]]空氣品質", VAGUE),                               # seasons as a descriptor
    D("，[[本月]]起加強稽查", month(2026, 12)),
    D("截至[[昨（13）日]]已稽查", D13),
    D("；[[今年1至11月]]全縣", months(2026, 1, 11)),
    D("較[[去年同期]]下降", months(2025, 1, 11), OPT),
    D("社會處[[今（14）日]]公布", D14),
    D("公布[[115年度]]社區", Y26, OPT),                               # inside the evaluation's name
    D("訂於[[下週二（22日）]]在", DONGZHI),
    D("統計，截至[[昨（13）日]]，全縣", D13),
    D("較[[去年同期]]增加", year(2025), OPT),
    D("在[[元旦連假]]前", day("2027-01-01", "2027-01-03")),
    D("停車場[[昨（13）日]]啟用", D13),
    D("啟用[[首月]]免費停車", VAGUE),
    D("啟用 [[首月]]免費", VAGUE),
    D("\n[[歲末]]徵才", VAGUE),
    D("，[[下週三（23日）上午9時至晚上9時]]，", day("2026-12-23")),
    D("分署[[本週六（19日）上午9時]]在", day("2026-12-19")),
    D("舉辦[[歲末]]聯合徵才", VAGUE),
    D("主辦的[[115學年度]]國中小", (span("2026-08-01", "2027-07-31"), "year"), OPT),   # a school year, in a name
    D("比賽，[[昨（13）日]]在彰化藝術館", D13),
    D("公路花園的[[耶誕]]花卉", XMAS, OPT),                           # a descriptor
    D("花漾[[耶誕]]\n", XMAS, OPT),
    D("將於[[下週五（25日）至116年1月3日]]在", day("2026-12-25", "2027-01-03")),
    D("「花漾[[耶誕]]市集」", XMAS, OPT),                             # inside the market's name
    D("，[[耶誕節當天]]並加碼", XMAS),
    D("警察局[[前（12）日晚間至昨（13）日凌晨]]執行", day("2026-12-12", "2026-12-13")),
    D("，[[今年以來]]全縣已發生", Y26, OPT),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
TGS = ["彰化縣田尾鄉公所", "田尾鄉公所"]
ORGS = [
    O("】[[縣府文化局]]昨", ["彰化縣政府文化局"], G),
    O("\n[[臺鐵公司]]表示", ["國營臺灣鐵路股份有限公司", "臺灣鐵路股份有限公司", "臺鐵公司"], CO),
    O("\n[[鹿港鎮公所]]將於", ["彰化縣鹿港鎮公所", "鹿港鎮公所"], G),
    O("邀請[[文開國小]]學童", ["彰化縣鹿港鎮文開國民小學", "文開國小"], IN),
    O("與。[[縣府]]並規劃", ["彰化縣政府"], G),
    O("】[[彰化地方法院]]上週五", ["臺灣彰化地方法院", "彰化地方法院"], G),
    O("】[[農業部]]日前", ["農業部"], G),
    O("，[[縣府農業處]]表示", ["彰化縣政府農業處"], G),
    O("】[[縣府環保局]]表示", ["彰化縣政府環境保護局", "彰化縣環境保護局"], G),
    O("】[[縣府社會處]]今", ["彰化縣政府社會處"], G),
    O("其中[[和美鎮嘉寶社區]]、", ["彰化縣和美鎮嘉寶社區", "和美鎮嘉寶社區"], CM),
    O("、[[溪湖鎮湖東社區]]獲甲等", ["彰化縣溪湖鎮湖東社區", "溪湖鎮湖東社區"], CM),
    O("\n[[縣府衛生局]]統計", ["彰化縣政府衛生局", "彰化縣衛生局"], G),
    O("】[[縣府建設處]]興建", ["彰化縣政府建設處"], G),
    O("\n[[台水公司第十一區管理處]]表示", ["台灣自來水股份有限公司第十一區管理處", "台水公司第十一區管理處"], CO),
    O("\n[[縣府勞工處]]與", ["彰化縣政府勞工處"], G),
    O("與[[勞動部勞動力發展署中彰投分署]]本週六", ["勞動部勞動力發展署中彰投分署"], G),
    O("在[[縣立體育館]]舉辦", ["彰化縣立體育館"], IN, OPT),                 # a venue
    O("】[[縣府教育處]]主辦", ["彰化縣政府教育處"], G),
    O("在[[彰化藝術館]]落幕", ["彰化藝術館"], IN, OPT),                      # a venue
    O("學生參賽，[[民生國小]]、", ["彰化縣彰化市民生國民小學", "民生國小"], IN),
    O("、[[彰安國中]]分別", ["彰化縣立彰安國民中學", "彰安國中"], IN),
    O("（圖／[[田尾鄉公所]]提供）", TGS, G),
    O("\n[[田尾鄉公所]]將於", TGS, G),
    O("】[[彰化縣警察局]]前", ["彰化縣警察局", "彰化縣政府警察局"], G),
    O("\n[[縣消防局]]提醒", ["彰化縣消防局", "彰化縣政府消防局"], G),
]

C, P, M, T, W, L, A, O_ = "count", "percent", "money", "duration", "weight", "length", "area", "other"
TWD = "TWD"
YOY = "去年同期"
STATS = [
    S("邀請[[8組]]歌手", "8", "組", C, "exact", "演出歌手"),
    S("高空煙火[[10分鐘]]，", "10", "分鐘", T, "exact", "施放高空煙火"),
    S("吸引[[逾8萬人次]]參", "80000", "人次", C, "over", "跨年晚會人潮"),
    S("加開區間車[[12班次]]", "12", "班次", C, "exact", "加開區間車"),
    S("準備湯圓[[3,000碗]]", "3000", "碗", C, "exact", "免費湯圓"),
    S("田中[[3處]]免費", "3", "處", C, "exact", "免費接駁專車發車點"),
    S("班距[[約10分鐘]]", "10", "分鐘", T, "about", "接駁專車班距"),
    S("\n[[8組]]歌手接力", "8", "組", C, "exact", "演出歌手"),
    S("高空煙火[[10分鐘]]\n", "10", "分鐘", T, "exact", "施放高空煙火"),
    S("主嫌等[[5名]]被告", "5", "名", C, "exact", "被告"),
    S("誘騙[[63名]]被害人", "63", "名", C, "exact", "被害人"),
    S("詐得[[新台幣1億2,360萬元]]", "123600000", "元", M, "exact", "詐得金額", currency=TWD),
    S("有期徒刑[[8年]]", "8", "年", T, "exact", "主嫌刑期", OPT),                       # sentences
    S("分處[[1年10月]]至", "1.8333", "年", T, "exact", "其餘被告刑期下限", OPT),
    S("至[[4年]]不等", "4", "年", T, "exact", "其餘被告刑期上限", OPT),
    S("假投資詐[[1.2億]]", "120000000", "元", M, "exact", "詐得金額", currency=TWD),
    S("主嫌判[[8年]]", "8", "年", T, "exact", "主嫌刑期", OPT),
    S("每公頃救助[[新台幣3萬5,000元]]", "35000", "元", M, "exact", "蔬菜類每公頃救助", currency=TWD),
    S("受損面積[[約1,260公頃]]", "1260", "公頃", A, "about", "估計受損面積"),
    S("稽查工廠[[186家次]]", "186", "家次", C, "exact", "稽查工廠"),
    S("告發[[21件]]，", "21", "件", C, "exact", "告發案件"),
    S("罰鍰合計[[新台幣328萬元]]", "3280000", "元", M, "exact", "罰鍰合計", currency=TWD),
    S("平均濃度[[15.8微克／立方公尺]]", "15.8", "微克/立方公尺", O_, "exact", "全縣PM2.5平均濃度"),
    S("下降[[6.5%]]", "6.5", "%", P, "exact", "PM2.5平均濃度", change=down(YOY)),
    S("稽查告發[[21件]]", "21", "件", C, "exact", "告發案件"),
    S("全縣共[[12個]]社區", "12", "個", C, "exact", "獲獎社區"),
    S("獎金[[新台幣12萬元]]", "120000", "元", M, "exact", "甲等社區獎金", currency=TWD),
    S("出爐 [[12社區]]獲獎", "12", "社區", C, "exact", "獲獎社區"),
    S("已接種[[28萬6,000劑]]", "286000", "劑", C, "exact", "公費流感疫苗接種"),
    S("，[[65歲以上]]長者", "65", "歲", T, "over", "長者年齡", OPT),                    # an age
    S("接種率[[約46.2%]]", "46.2", "%", P, "about", "長者流感疫苗接種率"),
    S("增加[[3.1個百分點]]", "3.1", "個百分點", P, "exact", "長者接種率", change=up(YOY)),
    S("總經費[[新台幣5億8,600萬元]]", "586000000", "元", M, "exact", "立體停車場總經費", currency=TWD),
    S("汽車停車位[[412格]]", "412", "格", C, "exact", "汽車停車位"),
    S("機車停車位[[260格]]", "260", "格", C, "exact", "機車停車位"),
    S("釋出[[2,360個]]職缺\n", "2360", "個", C, "exact", "釋出職缺"),
    S("影響用戶[[約1萬2,000戶]]", "12000", "戶", C, "about", "停水影響用戶"),
    S("舉辦歲末聯合徵才活動，[[85家]]廠商", "85", "家", C, "exact", "參加徵才廠商"),
    S("釋出職缺[[2,360個]]，", "2360", "個", C, "exact", "釋出職缺"),
    S("占比[[約32%]]", "32", "%", P, "about", "半導體及精密機械業職缺占比"),
    S("全縣[[48校]]71隊", "48", "校", C, "exact", "參賽學校"),
    S("48校[[71隊]]", "71", "隊", C, "exact", "參賽隊伍"),
    S("、[[630名]]學生", "630", "名", C, "exact", "參賽學生"),
    S("比賽 [[48校]]630人", "48", "校", C, "exact", "參賽學校"),
    S("48校[[630人]]同台", "630", "人", C, "exact", "參賽學生"),
    S("文創攤商[[60攤]]", "60", "攤", C, "exact", "參與攤商"),
    S("發送盆花[[2,000盆]]", "2000", "盆", C, "exact", "發送盆花"),
    S("酒駕[[26件]]\n", "26", "件", C, "exact", "查獲酒駕"),
    S("動員警力[[680人次]]", "680", "人次", C, "exact", "動員警力"),
    S("查獲酒駕[[26件]]", "26", "件", C, "exact", "查獲酒駕"),
    S("通緝犯[[9人]]", "9", "人", C, "exact", "查獲通緝犯"),
    S("毒品案件[[14件]]", "14", "件", C, "exact", "查獲毒品案件"),
    S("中毒案件[[7件]]", "7", "件", C, "exact", "一氧化碳中毒案件"),
    S("送醫[[13人]]", "13", "人", C, "exact", "一氧化碳中毒送醫"),
]

EVENTS = [
    E("縣府文化局昨（13）日宣布", "announcement", "宣布", D13, organizers=["縣府文化局"], opt=True),  # a report verb
    E("在員林運動公園登場", "activity", "登場", NYE, location="員林運動公園", organizers=["縣府文化局"],
      theme="2027彰化跨年晚會"),
    E("加開區間車12班次", "traffic", "加開", NYE, location="彰化至二水間", organizers=["臺鐵公司"]),
    E("舉辦「搓湯圓 過冬至」活動", "activity", "舉辦", DONGZHI, location="鹿港老街", organizers=["鹿港鎮公所"],
      participants=["遊客", "文開國小學童"], theme="搓湯圓 過冬至"),
    E("規劃彰化、員林、田中3處免費接駁專車", "traffic", "接駁專車", NYE, organizers=["縣府"], opt=True),   # a plan
    E("宣判一起假投資詐騙案", "legal", "宣判", day("2026-12-11"), organizers=["彰化地方法院"]),
    E("農業部日前公告", "announcement", "公告", None, organizers=["農業部"]),
    E("向鄉鎮公所提出申請", "registration", "申請", day("2026-12-14", "2026-12-23"), organizers=["縣府農業處"],
      participants=["受災農民"]),
    E("本月起加強稽查工廠及露天燃燒", "inspection", "稽查", month(2026, 12), organizers=["縣府環保局"]),
    E("公布115年度社區發展工作評鑑結果", "announcement", "公布", D14, organizers=["縣府社會處"]),
    E("獲甲等", "award", "獲甲等", D14, opt=True),                                                   # the results told
    E("頒獎典禮訂於下週二（22日）在縣府中興堂舉行", "award", "頒獎", DONGZHI, location="縣府中興堂",
      participants=["12個社區"]),
    E("縣府衛生局統計", "announcement", "統計", None, organizers=["縣府衛生局"], opt=True),  # no date of its own
    E("停車場昨（13）日啟用", "launch", "啟用", D13, location="彰化市中正路", organizers=["縣府建設處"]),
    E("部分地區將停水", "other", "停水", day("2026-12-23"), location="和美鎮、線西鄉",
      organizers=["台水公司第十一區管理處"]),
    E("舉辦歲末聯合徵才活動", "recruitment", "徵才", day("2026-12-19"), location="縣立體育館",
      organizers=["縣府勞工處", "勞動部勞動力發展署中彰投分署"], participants=["85家廠商"]),
    E("英語讀者劇場比賽，昨（13）日在彰化藝術館落幕", "competition", "比賽", D13, location="彰化藝術館",
      organizers=["縣府教育處"], participants=["630名學生"]),
    E("分別奪得國小組及國中組特優", "award", "奪得", D13, opt=True),  # the contest's results
    E("舉辦「花漾耶誕市集」", "activity", "舉辦", day("2026-12-25", "2027-01-03"), location="公路花園",
      organizers=["田尾鄉公所"], participants=["花農及文創攤商"], theme="花漾耶誕市集"),
    E("加碼發送盆花2,000盆", "payout", "發送", XMAS, opt=True),  # part of the market
    E("執行全縣同步擴大臨檢", "inspection", "臨檢", day("2026-12-12", "2026-12-13"), organizers=["彰化縣警察局"]),
    E("查獲酒駕26件", "legal", "查獲", day("2026-12-12", "2026-12-13"), opt=True),  # the check's outcome
]
