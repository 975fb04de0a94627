"""南國時報 (屏東縣; a 自由時報-style local page), 2026-05-09 (a Saturday): a Taiwan local news page in traditional
script. Features: a column label (`屏東焦點`); datelines `〔記者X X／屏東報導〕` opening nine items (names in layout
spaces); two paragraphs broken after a comma and interleaved (`…帶動周邊商機約15億元，` | `較去年成長約一成。…` and
`…損失金額逾1.8億元，` | `農民可自今（9）日起…`), with the second item's headline between and the first item's caption
(`（記者林 郁 婷攝）`) before the second rest; six headlines after their bodies, two before; seven items without
headline, six without byline. ROC years (`115年` inside names, `115年1至4月`, `117年底`), money in 新台幣
(`新台幣X萬元`, bare `萬元`/`億元`), thousands separators (`1,350公頃`, `1,860個`, `1,200人`, `7,856人`, `8,400萬度`).
Bodies: 縣府 and its bureaus (`縣府農業處`, `屏東縣政府勞動暨青年發展處`/`勞青處`, `縣府教育處`, `縣府社會處`,
`縣府環保局`/`環保局`, `縣府衛生局`, `縣府文化處`, `縣府主計處`), central bodies (`農業部`,
`交通部公路局南區養護工程分局`), 東港區漁會, 台灣糖業公司, 臺灣屏東地方法院, 屏東縣議會, 屏東縣警察局, 屏東地檢署,
國立屏東科技大學, 芹苴大學. Dates: `昨（8）日`/`昨天`/ bare `昨` = 05-08, `今（9）日`/bare `今` = 05-09, `下月中旬` =
06-11..06-20, `下月` (June), `6月底`, `4月下旬`, `4月間`, `本月16、17日`, `本月11日起至22日`, `今（9）日起至本月18日`,
`今（9）日起至本月31日`, `即日起至8月16日`, `母親節（10日）`, `下週一（11日）`, `下週` (optional), `去年`, `今年`,
`去年同期` (optional).

Written at main commit 40e7628, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "南國時報"
PUBLISHED = "2026-05-09"
HOME = {"county": "屏東縣"}

LAYOUT = [
    ("屏東焦點", "label", "T0"),
    ("東港黑鮪魚季開跑", "headline", "T0"),
    ("〔記者林 郁 婷／屏東報導〕115年", "body", "T0"),         # breaks after a comma
    ("〔記者蔡 宗 勳／屏東報導〕受4月", "body", "T1"),          # breaks after a comma
    ("芒果落果", "headline", "T1"),                            # after its body's first part
    ("較去年成長約一成", "body", "T0"),                        # the rest of T0's paragraph
    ("首尾黑鮪魚昨在", "caption", "P0"),                        # （記者林 郁 婷攝）
    ("農民可自今", "body", "T1"),                              # the rest of T1's paragraph
    ("〔記者黃 書 瑋／屏東報導〕屏東縣政府", "body", "T2"),
    ("就業博覽會今登場", "headline", "T2"),                    # after its body
    ("〔記者蔡 宗 勳／屏東報導〕交通部", "body", "T3"),
    ("台1線拓寬", "headline", "T3"),                           # after its body
    ("〔記者林 郁 婷／屏東報導〕國中", "body", "T4"),
    ("會考下週登場", "headline", "T4"),                        # after its body
    ("〔記者黃 書 瑋／屏東報導〕縣府昨與", "body", "T5"),       # no headline
    ("臺灣屏東地方法院", "body", "T6"),                        # no headline, no byline
    ("縣府社會處", "body", "T7"),                              # no headline, no byline
    ("屏東縣議會", "body", "T8"),                              # no headline, no byline
    ("〔記者林 郁 婷／屏東報導〕縣府環保局", "body", "T9"),
    ("畜牧場廢水稽查", "headline", "T9"),                      # after its body
    ("長者肺鏈疫苗", "headline", "T10"),
    ("〔記者黃 書 瑋／屏東報導〕縣府衛生局", "body", "T10"),
    ("縣府文化處", "body", "T11"),                              # no headline, no byline
    ("國立屏東科技大學", "body", "T12"),                        # no headline, no byline
    ("縣府主計處", "body", "T13"),                              # no headline, no byline
    ("〔記者蔡 宗 勳／屏東報導〕屏東縣警察局", "body", "T14"),
    ("警破製毒工廠", "headline", "T14"),                       # after its body
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["林郁婷"])),
    "T1": dict(byline=byline(reporters=["蔡宗勳"])),
    "T2": dict(byline=byline(reporters=["黃書瑋"])),
    "T3": dict(byline=byline(reporters=["蔡宗勳"])),
    "T4": dict(byline=byline(reporters=["林郁婷"])),
    "T5": dict(byline=byline(reporters=["黃書瑋"])),
    "T6": dict(), "T7": dict(), "T8": dict(),
    "T9": dict(byline=byline(reporters=["林郁婷"])),
    "T10": dict(byline=byline(reporters=["黃書瑋"])),
    "T11": dict(), "T12": dict(), "T13": dict(),
    "T14": dict(byline=byline(reporters=["蔡宗勳"])),
}
JOINS = [("〔記者林 郁 婷／屏東報導〕115年", "較去年成長約一成"),
         ("〔記者蔡 宗 勳／屏東報導〕受4月", "農民可自今")]
PHOTOS = {
    "P0": dict(photographers=["林郁婷"], article="T0"),
}

D08, D09 = day("2026-05-08"), day("2026-05-09")
DATES = [
    D("〕[[115年]]屏東黑鮪魚", year(2026), OPT),                     # a year inside the festival's name
    D("觀光季[[昨（8）日]]在東港", D08),
    D("，[[今年]]首尾黑鮪魚", year(2026)),
    D("持續至[[6月30日]]", day("2026-06-30")),
    D("受[[4月下旬]]連日", xun(2026, 4, 2)),
    D("農業部[[昨（8）日]]公告", D08),
    D("較[[去年]]成長約一成", year(2025)),
    D("將於[[下月中旬]]在大鵬灣", xun(2026, 6, 1)),
    D("首尾黑鮪魚[[昨]]在東港魚市場", D08),
    D("自[[今（9）日起至本月18日]]止", day("2026-05-09", "2026-05-18")),
    D("於[[6月底]]前撥付", xun(2026, 6, 2)),
    D("發展處[[今（9）日上午]]在", D09),
    D("「[[115年]]就業博覽會」", year(2026), OPT),                   # a year inside the fair's name
    D("就業博覽會[[今]]登場", D09),
    D("自[[本月11日起至22日]]止", day("2026-05-11", "2026-05-22")),
    D("，[[每日]]晚間10時", VAGUE, OPT),                               # a recurring slot
    D("晚間10時至[[翌日]]清晨", day("2026-05-12"), OPT),               # inside a time range
    D("預計[[117年底]]完工", xun(2028, 12, 2)),
    D("將於[[本月16、17日]]登場", day("2026-05-16", "2026-05-17")),
    D("教育處[[昨（8）日]]召開", D08),
    D("屏東考區[[今年]]共有", year(2026)),
    D("較[[去年]]減少312人", year(2025)),
    D("會考[[下週]]登場", day("2026-05-11", "2026-05-17"), OPT),        # a week
    D("縣府[[昨]]與台灣糖業", D08),
    D("，[[每年]]可回饋", VAGUE, OPT),                                 # recurring
    D("地方法院[[昨（8）日]]宣判", D08),
    D("將於[[母親節（10日）]]晚間", day("2026-05-10")),
    D("將於[[下週一（11日）]]開議", day("2026-05-11")),
    D("環保局[[4月間]]針對", month(2026, 4)),
    D("表示，[[下月]]將增派", month(2026, 6)),
    D("長者肺鏈疫苗 [[今]]起", D09),
    D("衛生局自[[今（9）日起至本月31日]]，", day("2026-05-09", "2026-05-31")),
    D("特展」[[即日起至8月16日]]在", day("2026-05-09", "2026-08-16")),
    D("科技大學[[昨（8）日]]與", D08),
    D("，[[115年1至4月]]屏東縣", months(2026, 1, 4)),
    D("較[[去年同期]]成長", year(2025), OPT),
    D("警察局[[昨天]]破獲", D08),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
NYC = ["屏東縣政府農業處"]
XF = ["屏東縣政府"]
LQC = ["屏東縣政府勞動暨青年發展處"]
HBJ = ["屏東縣政府環境保護局"]
ORGS = [
    O("由[[東港區漁會]]以", ["屏東縣東港區漁會", "東港區漁會"], SO),
    O("。[[縣府農業處]]表示", NYC, G),
    O("，[[農業部]]昨（8）日", ["農業部", "行政院農業部"], G),
    O("。[[縣府農業處]]初估", NYC, G),
    O("。[[縣府]]並將於", XF, G),
    O("在[[大鵬灣國家風景區]]舉辦", ["交通部觀光署大鵬灣國家風景區管理處", "大鵬灣國家風景區"], G, OPT),   # a site
    O("，[[縣府]]將協調", XF, G),
    O("〕[[屏東縣政府勞動暨青年發展處]]今", LQC, G),
    O("。[[勞青處]]表示", LQC, G),
    O("〕[[交通部公路局南區養護工程分局]]表示", ["交通部公路局南區養護工程分局"], G),
    O("，[[縣府教育處]]昨", ["屏東縣政府教育處"], G),
    O("〕[[縣府]]昨與", XF, G),
    O("與[[台灣糖業公司]]簽署", ["台灣糖業股份有限公司", "台灣糖業公司"], CO),
    O("於[[台糖南州農場]]閒置", ["台灣糖業股份有限公司南州農場", "台糖南州農場"], CO, OPT),   # a farm, a site
    O("\n[[臺灣屏東地方法院]]昨", ["臺灣屏東地方法院"], G),
    O("\n[[縣府社會處]]將於", ["屏東縣政府社會處"], G),
    O("在[[屏東演藝廳]]舉辦", ["屏東演藝廳"], IN, OPT),                                          # a venue
    O("\n[[屏東縣議會]]第20屆", ["屏東縣議會"], G),
    O("，[[縣府]]預計提出", XF, G),
    O("〕[[縣府環保局]]4月間", HBJ, G),
    O("。[[環保局]]表示", HBJ, G),
    O("〕[[縣府衛生局]]自今", ["屏東縣政府衛生局"], G),
    O("\n[[縣府文化處]]主辦", ["屏東縣政府文化處"], G),
    O("在[[屏東縣立美術館]]展出", ["屏東縣立美術館"], IN),
    O("\n[[國立屏東科技大學]]昨", ["國立屏東科技大學"], IN),
    O("與越南[[芹苴大學]]簽署", ["芹苴大學", "越南芹苴大學"], IN),
    O("\n[[縣府主計處]]統計", ["屏東縣政府主計處"], G),
    O("〕[[屏東縣警察局]]昨天", ["屏東縣政府警察局", "屏東縣警察局"], G),
    O("移送[[屏東地檢署]]偵辦", ["臺灣屏東地方檢察署", "屏東地檢署"], G),
]

C, P, M, T, W, A, EN, O_ = "count", "percent", "money", "duration", "weight", "area", "energy", "other"
TWD = "TWD"
STATS = [
    S("每公斤[[1.2萬元]]\n", "12000", "元", M, "exact", "首尾黑鮪魚每公斤拍賣價", currency=TWD),
    S("黑鮪魚重[[218公斤]]", "218", "公斤", W, "exact", "首尾黑鮪魚重量"),
    S("每公斤[[新台幣1.2萬元]]拍出", "12000", "元", M, "exact", "首尾黑鮪魚每公斤拍賣價", currency=TWD),
    S("總價[[約261萬元]]", "2610000", "元", M, "about", "首尾黑鮪魚總價", currency=TWD),
    S("吸引遊客[[逾80萬人次]]", "800000", "人次", C, "over", "預估吸引遊客"),
    S("周邊商機[[約15億元]]", "1500000000", "元", M, "about", "帶動周邊商機", currency=TWD),
    S("枋寮鄉等[[4鄉鎮]]為", "4", "鄉鎮", C, "exact", "現金救助地區鄉鎮"),
    S("最高救助[[新台幣4萬元]]", "40000", "元", M, "exact", "每公頃救助上限", OPT, currency=TWD),   # a cap
    S("受損面積[[約1,350公頃]]", "1350", "公頃", A, "about", "芒果受損面積"),
    S("損失金額[[逾1.8億元]]", "180000000", "元", M, "over", "芒果損失金額", currency=TWD),
    S("芒果落果 [[4鄉鎮]]列", "4", "鄉鎮", C, "exact", "現金救助地區鄉鎮"),
    S("成長[[約一成]]", "0.1", "成", P, "about", "周邊商機成長", OPT, change=up("去年")),   # X成
    S("全國[[30組]]廚師", "30", "組", C, "exact", "參賽廚師"),
    S("共有[[62家]]廠商", "62", "家", C, "exact", "參與博覽會廠商"),
    S("釋出[[1,860個]]職缺", "1860", "個", C, "exact", "釋出職缺"),
    S("起薪[[約3.3萬元]]", "33000", "元", M, "about", "平均起薪", currency=TWD),
    S("吸引[[1,200人]]到場", "1200", "人", C, "exact", "預估到場求職人數"),
    S("今登場 [[1,860個]]職缺", "1860", "個", C, "exact", "釋出職缺"),
    S("總經費[[約8.6億元]]", "860000000", "元", M, "about", "拓寬工程總經費", currency=TWD),
    S("共有[[7,856人]]報考", "7856", "人", C, "exact", "屏東考區報考人數"),
    S("減少[[312人]]", "312", "人", C, "exact", "屏東考區報考人數", change=down("去年")),
    S("設[[9個]]考場", "9", "個", C, "exact", "考場"),
    S("試務人員[[逾1,100人次]]", "1100", "人次", C, "over", "動員試務人員"),
    S("屏東考區[[7,856人]]報考\n", "7856", "人", C, "exact", "屏東考區報考人數"),
    S("裝置容量[[約60MW]]", "60", "MW", O_, "about", "太陽光電案場裝置容量"),
    S("總投資[[約新台幣32億元]]", "3200000000", "元", M, "about", "太陽光電案場總投資", currency=TWD),
    S("年發電量[[約8,400萬度]]", "84000000", "度", EN, "about", "年發電量"),
    S("回饋縣庫[[約1,500萬元]]", "15000000", "元", M, "about", "每年回饋縣庫", currency=TWD),
    S("詐騙[[42名]]被害人", "42", "名", C, "exact", "被害人"),
    S("共[[約新台幣3,600萬元]]", "36000000", "元", M, "about", "詐騙金額", currency=TWD),
    S("有期徒刑[[6年]]", "6", "年", T, "exact", "有期徒刑", OPT),                       # a sentence
    S("，[[1,500張]]免費", "1500", "張", C, "exact", "免費入場券"),
    S("會期[[30天]]", "30", "天", T, "exact", "定期大會會期"),
    S("總額[[約新台幣12億元]]", "1200000000", "元", M, "about", "追加預算總額", currency=TWD),
    S("共稽查[[215場]]", "215", "場", C, "exact", "稽查畜牧場"),
    S("查獲違規[[12場]]", "12", "場", C, "exact", "違規畜牧場"),
    S("處罰鍰[[新台幣186萬元]]", "1860000", "元", M, "exact", "罰鍰", currency=TWD),
    S("其中[[3場]]因", "3", "場", C, "exact", "被勒令停工的畜牧場"),
    S("稽查 [[12場]]違規", "12", "場", C, "exact", "違規畜牧場"),
    S("全縣[[33鄉鎮市]]衛生所", "33", "鄉鎮市", C, "exact", "接種點鄉鎮市", OPT),    # the county's townships
    S("為[[65歲以上]]長者", "65", "歲", O_, "over", "接種長者年齡", OPT),              # an age
    S("疫苗[[2.5萬劑]]", "25000", "劑", C, "exact", "首批疫苗"),
    S("展出作品[[逾120件]]", "120", "件", C, "over", "展出作品"),
    S("各選送[[20名]]學生", "20", "名", C, "exact", "首年選送交換學生"),
    S("來客數[[約612萬人次]]", "6120000", "人次", C, "about", "屏東縣來客數"),
    S("同期成長[[8.4%]]", "8.4", "%", P, "exact", "屏東縣來客數", change=up("去年同期")),
    S("外籍旅客[[約18萬人次]]", "180000", "人次", C, "about", "外籍旅客"),
    S("成長[[21.5%]]", "21.5", "%", P, "exact", "外籍旅客", change=up("去年同期")),
    S("半成品[[約36公斤]]", "36", "公斤", W, "about", "查獲毒品半成品"),
    S("市價[[逾新台幣2億元]]", "200000000", "元", M, "over", "毒品市價", currency=TWD),
    S("逮捕嫌犯[[5人]]", "5", "人", C, "exact", "逮捕嫌犯"),
    S("查扣市價[[逾2億元]]毒品", "200000000", "元", M, "over", "毒品市價", currency=TWD),
]

EVENTS = [
    E("觀光季昨（8）日在東港鎮華僑市場開幕", "activity", "開幕", D08, location="東港鎮華僑市場"),
    E("由東港區漁會以每公斤新台幣1.2萬元拍出", "other", "拍出", D08, organizers=["東港區漁會"],
      opt=True),  # inside the opening
    E("農業部昨（8）日公告", "announcement", "公告", D08, organizers=["農業部"]),
    E("舉辦黑鮪魚料理大賽", "competition", "大賽", xun(2026, 6, 1), location="大鵬灣國家風景區",
      organizers=["縣府"], participants=["全國30組廚師"]),
    E("首尾黑鮪魚昨在東港魚市場拍賣", "other", "拍賣", D08, location="東港魚市場", opt=True),   # the caption of T0
    E("向所在鄉鎮公所提出申請", "registration", "申請", day("2026-05-09", "2026-05-18"), participants=["農民"]),
    E("於6月底前撥付救助金", "payout", "撥付", xun(2026, 6, 2), organizers=["縣府"], opt=True),   # a plan
    E("在屏東縣民公園舉辦「115年就業博覽會」", "recruitment", "就業博覽會", D09, location="屏東縣民公園",
      organizers=["屏東縣政府勞動暨青年發展處"], participants=["62家廠商"], theme="115年就業博覽會"),
    E("實施單線雙向通行管制", "traffic", "管制", day("2026-05-11", "2026-05-22"), location="台1線枋寮至楓港段",
      organizers=["交通部公路局南區養護工程分局"]),
    E("預計117年底完工", "construction", "完工", xun(2028, 12, 2), opt=True),                       # a plan
    E("國中教育會考將於本月16、17日登場", "exam", "會考", day("2026-05-16", "2026-05-17")),
    E("召開考務協調會", "meeting", "召開", D08, organizers=["縣府教育處"]),
    E("簽署合作備忘錄", "signing", "簽署", D08, organizers=["縣府"], participants=["台灣糖業公司"]),
    E("宣判一起假投資詐騙案", "legal", "宣判", D08, organizers=["臺灣屏東地方法院"]),
    E("舉辦「感恩母愛」音樂會", "activity", "音樂會", day("2026-05-10"), location="屏東演藝廳",
      organizers=["縣府社會處"], theme="感恩母愛"),
    E("定期大會將於下週一（11日）開議", "meeting", "開議", day("2026-05-11"), organizers=["屏東縣議會"]),
    E("針對全縣畜牧場展開廢水稽查", "inspection", "稽查", month(2026, 4), organizers=["縣府環保局"],
      participants=["全縣畜牧場"]),
    E("被勒令停工", "legal", "勒令停工", month(2026, 4), opt=True),
    E("增派人力加強夜間稽查", "inspection", "稽查", month(2026, 6), opt=True),                       # a plan
    E("免費接種肺炎鏈球菌疫苗", "activity", "接種", day("2026-05-09", "2026-05-31"),
      location="全縣33鄉鎮市衛生所", organizers=["縣府衛生局"], participants=["65歲以上長者"]),
    E("在屏東縣立美術館展出", "exhibition", "展出", day("2026-05-09", "2026-08-16"), location="屏東縣立美術館",
      organizers=["縣府文化處"], theme="排灣族琉璃珠工藝特展"),
    E("簽署學術交流協議", "signing", "簽署", D08, organizers=["國立屏東科技大學"], participants=["越南芹苴大學"]),
    E("縣府主計處統計", "announcement", "統計", None, organizers=["縣府主計處"], opt=True),         # a report verb
    E("破獲一處製毒工廠", "legal", "破獲", D08, organizers=["屏東縣警察局"]),
    E("移送屏東地檢署偵辦", "legal", "移送", D08, opt=True),                                       # the same case
]
