"""台中 local pages of a Taiwan daily in the style of 自由時報 (home 台中市, 台灣), 2025-12-19 (a Friday), traditional
script. Features: a section label (`台中都會`); bracketed datelines run into the first paragraph
(`〔記者賴 佩 君／台中報導〕`, one `／台北報導`); a paragraph broken after a comma (`…社會局指出，` | `符合資格的家庭…`)
with another item and its after-body headline between; captions `…。記者X X／攝` (one far below its item); a table-like
block (`114年1至11月主要景點遊客人次` with `景點　N萬人次` rows); headlines after their bodies; five headless briefs.
新台幣 amounts with 億/萬 (`新台幣7.7億元`, `新台幣約3860萬元`, `6萬至600萬元`), `百分之X`; ROC years (`115年1月`,
`114年1至11月`, `116年6月`, `115年度`, `114年度`), `今（19）日`, `昨（18）日`, `明（20）日上午9時`,
`明（20）日起至12月31日`, `昨晚`, `昨天`, `今日`. Bodies: 台中市政府/市府, 社會局, 勞工局, 經濟發展局, 環保局, 農業局,
衛生局 (resolved as 臺中市政府's departments), 衛福部疾管署, 經濟部水利署第三河川分署, 交通部公路局中區養護工程分局,
台中地方法院, 台中市議會, 台中捷運公司, 大考中心, 市立圖書館總館. Events (15 required): policy ×2 (a subsidy raised from
a month; a budget passed on third reading), traffic ×2, announcement, recruitment, legal, signing, inspection,
construction, registration (a relief application window), exam, activity ×2, schedule (a library closing).

Written at main commit 5a6f50a, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "自由時報（台中版）"
PUBLISHED = "2025-12-19"
HOME = {"city": "台中市", "province": "台灣"}

LAYOUT = [
    ("台中都會", "label", "T0"),
    ("育兒津貼加碼", "headline", "T0"),
    ("〔記者賴 佩 君", "body", "T0"),                          # breaks after a comma
    ("〔記者徐 乃 文／台中報導〕台中捷運", "body", "T1"),
    ("跨年夜中捷", "headline", "T1"),                          # after its body
    ("符合資格的家庭", "body", "T0"),                          # the rest of T0's paragraph
    ("台中市長（中）", "caption", "P0"),                       # 記者賴 佩 君／攝
    ("〔記者張 瑞 芬", "body", "T2"),
    ("類流感就診人次", "headline", "T2"),                      # after its body
    ("市府勞工局明", "body", "T3"),
    ("大里聯合徵才", "headline", "T3"),                        # after its body
    ("〔記者許 國 楨", "body", "T4"),
    ("詐團車手", "headline", "T4"),                            # after its body
    ("114年1至11月主要景點", "headline", "T5"),                # a table title
    ("高美濕地", "body", "T5"),
    ("台中國家歌劇院", "body", "T5"),
    ("審計新村", "body", "T5"),
    ("彩虹眷村", "body", "T5"),
    ("〔記者蔡 淑 媛", "body", "T6"),
    ("日商28億設廠", "headline", "T6"),                        # after its body
    ("〔記者蘇 金 鳳", "body", "T7"),                          # no headline
    ("旱溪排水整治工程開工", "headline", "T8"),
    ("經濟部水利署", "body", "T8"),
    ("〔記者唐 在 馨", "body", "T9"),                          # no headline
    ("學測1月17日", "headline", "T10"),
    ("大考中心提醒", "body", "T10"),
    ("〔記者陳 建 志", "body", "T11"),                          # no headline
    ("耶誕嘉年華點燈", "headline", "T12"),
    ("〔記者徐 乃 文／台中報導〕「2025", "body", "T12"),
    ("市立圖書館總館", "body", "T13"),                        # no headline
    ("台中市議會今", "body", "T14"),
    ("明年度總預算", "headline", "T14"),                       # after its body
    ("交通部公路局", "body", "T15"),                           # no headline
    ("民眾在中央公園", "caption", "P1"),                       # far from its item
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["賴佩君"])),
    "T1": dict(byline=byline(reporters=["徐乃文"])),
    "T2": dict(byline=byline(reporters=["張瑞芬"])),
    "T3": dict(),
    "T4": dict(byline=byline(reporters=["許國楨"])),
    "T5": dict(),
    "T6": dict(byline=byline(reporters=["蔡淑媛"])),
    "T7": dict(byline=byline(reporters=["蘇金鳳"])),
    "T8": dict(),
    "T9": dict(byline=byline(reporters=["唐在馨"])),
    "T10": dict(),
    "T11": dict(byline=byline(reporters=["陳建志"])),
    "T12": dict(byline=byline(reporters=["徐乃文"])),
    "T13": dict(),
    "T14": dict(),
    "T15": dict(),
}
JOINS = [("〔記者賴 佩 君", "符合資格的家庭")]
PHOTOS = {
    "P0": dict(photographers=["賴佩君"], article="T0"),
    "P1": dict(photographers=["徐乃文"], article="T12"),
}

D19, D18, D20 = day("2025-12-19"), day("2025-12-18"), day("2025-12-20")
DATES = [
    D("津貼加碼 [[明年]]起", year(2026)),
    D("台中市政府[[今（19）日]]宣布", D19),
    D("宣布，[[115年1月]]起", month(2026, 1)),
    D("台中捷運公司[[昨（18）日]]宣布", D18),
    D("，[[12月31日至115年1月1日]]綠線", day("2025-12-31", "2026-01-01")),
    D("[[去年]]跨年夜", year(2024)),
    D("[[今年]]預估將再成長", year(2025)),
    D("\n[[跨年夜]]中捷", day("2025-12-31", "2026-01-01"), OPT),     # a night across two days
    D("於[[每月10日]]前", VAGUE, OPT),                                # recurring
    D("本市[[今年1至11月]]新生兒", months(2025, 1, 11)),
    D("較[[去年同期]]增加", months(2024, 1, 11), OPT),
    D("市長（中）[[今日]]宣布", D19),
    D("疾管署[[昨日]]公布", D18),
    D("公布，[[上週]]全國", day("2025-12-08", "2025-12-14"), OPT),   # a week: no grain for it
    D("較[[前一週]]上升", day("2025-12-01", "2025-12-07"), OPT),
    D("[[目前]]公費疫苗", VAGUE, OPT),
    D("勞工局[[明（20）日上午9時]]在", D20),
    D("地方法院[[昨天]]宣判", D18),
    D("\n[[114年1至11月]]主要景點", months(2025, 1, 11)),
    D("經濟發展局[[今日]]與", D19),
    D("環保局[[本月上旬]]會同", xun(2025, 12, 0)),
    D("第三河川分署[[昨天]]在東區", D18),
    D("預計[[116年6月]]完工", month(2027, 6)),
    D("農業局[[今日]]起受理", D19),
    D("至[[12月29日]]止", day("2025-12-29")),
    D("學測[[1月17日]]登場", day("2026-01-17")),
    D("提醒，[[115學年度]]學科", VAGUE, OPT),                          # in the exam's name
    D("將於[[明年1月17日至19日]]舉行", day("2026-01-17", "2026-01-19")),
    D("衛生局[[明（20）日起至12月31日]]在", day("2025-12-20", "2025-12-31")),
    D("「[[2025]]台中耶誕", year(2025), OPT),                          # in the event's name
    D("」[[昨晚]]在中央公園", D18),
    D("，[[首晚]]即吸引", D18, OPT),
    D("持續至[[12月28日]]", day("2025-12-28")),
    D("更新，[[12月22日至26日]]閉館", day("2025-12-22", "2025-12-26")),
    D("台中市議會[[今（19）日]]三讀", D19),
    D("三讀通過[[115年度]]總預算", year(2026)),
    D("較[[114年度]]增加", year(2025)),
    D("\n[[明年度]]總預算", year(2026)),
    D("將於[[12月22日至24日]]每晚", day("2025-12-22", "2025-12-24")),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
SZF = ["臺中市政府", "台中市政府"]
def dept(x):
    return ["臺中市政府" + x, "台中市政府" + x]
MRT = ["臺中捷運股份有限公司", "台中捷運股份有限公司", "台中捷運公司"]
CDC = ["衛生福利部疾病管制署"]
LAB = dept("勞工局")
AGR = dept("農業局")
TW = ["東和工機株式會社"]
ORGS = [
    O("〕[[台中市政府]]今（19）日", SZF, G),
    O("，[[市府]]每年將", SZF, G),
    O("。[[社會局]]指出", dept("社會局"), G),
    O("〕[[台中捷運公司]]昨", MRT, CO),
    O("。[[中捷公司]]統計", MRT, CO),
    O("跨年夜[[中捷]]延長", MRT, CO, OPT),                           # a short form in a title
    O("〕[[衛福部疾管署]]昨日", CDC, G),
    O("。[[疾管署]]呼籲", CDC, G),
    O("\n[[市府勞工局]]明", LAB, G),
    O("在[[台中市就業服務處大里就業站]]舉辦", ["臺中市就業服務處大里就業站", "台中市就業服務處大里就業站"], IN),
    O("。[[勞工局]]提醒", LAB, G),
    O("〕[[台中地方法院]]昨天", ["臺灣臺中地方法院", "台中地方法院"], G),
    O("\n[[台中國家歌劇院]]　", ["臺中國家歌劇院", "台中國家歌劇院"], IN, OPT),   # a sight in a table
    O("〕[[市府經濟發展局]]今日", dept("經濟發展局"), G),
    O("與日本精密機械大廠[[東和工機株式會社]]簽署", TW, CO),
    O("，[[東和工機]]將在", TW, CO),
    O("〕[[環保局]]本月上旬", dept("環境保護局"), G),
    O("\n[[經濟部水利署第三河川分署]]昨天", ["經濟部水利署第三河川分署"], G),
    O("影響，[[台中市農業局]]今日", AGR, G),
    O("。[[農業局]]統計", AGR, G),
    O("\n[[大考中心]]提醒", ["大學入學考試中心"], IN),
    O("〕[[台中市衛生局]]明", dept("衛生局"), G),
    O("\n[[市立圖書館總館]]因", ["臺中市立圖書館總館", "台中市立圖書館總館", "臺中市立圖書館"], IN),
    O("\n[[台中市議會]]今", ["臺中市議會", "台中市議會"], G),
    O("\n[[交通部公路局中區養護工程分局]]表示", ["交通部公路局中區養護工程分局"], G),
]

C, P, M, T, W = "count", "percent", "money", "duration", "weight"
TWD = "TWD"
STATS = [
    S("明年起每月[[5000元]]", "5000", "元", M, "exact", "育兒津貼每月", currency=TWD),
    S("由每月[[3500元]]", "3500", "元", M, "exact", "原育兒津貼每月", currency=TWD),
    S("調高為[[5000元]]", "5000", "元", M, "exact", "育兒津貼每月", currency=TWD),
    S("預估[[約4.3萬名]]", "43000", "名", C, "about", "受惠幼兒"),
    S("新台幣[[7.7億元]]", "770000000", "元", M, "exact", "市府每年增加支出", currency=TWD),
    S("加開列車[[36班次]]", "36", "班次", C, "exact", "尖峰時段加開列車"),
    S("縮短為[[4分鐘]]", "4", "分鐘", T, "exact", "班距", change=down()),
    S("運量達[[15.2萬人次]]", "152000", "人次", C, "exact", "去年跨年夜單日運量"),
    S("再成長[[約百分之10]]", "10", "%", P, "about", "跨年夜運量", change=up("去年")),
    S("延長營運 加開[[36班次]]", "36", "班次", C, "exact", "加開班次"),
    S("新生兒[[1.82萬人]]", "18200", "人", C, "exact", "本市今年1至11月新生兒"),
    S("增加[[百分之3.6]]", "3.6", "%", P, "exact", "新生兒", change=up("去年同期")),
    S("就診人次達[[11.6萬]]", "116000", "人次", C, "exact", "上週全國類流感門急診就診人次"),
    S("上升[[百分之8.2]]", "8.2", "%", P, "exact", "類流感門急診就診人次", change=up("前一週")),
    S("呼籲[[65歲以上]]長者", "65", "歲", "other", "over", "長者年齡", OPT),      # an age
    S("接種率[[約百分之46]]", "46", "%", P, "about", "公費疫苗接種率"),
    S("單週[[破11萬]]", "110000", "人次", C, "over", "單週類流感就診人次"),
    S("共有[[52家]]廠商", "52", "家", C, "exact", "參加徵才的廠商"),
    S("釋出[[1650個]]職缺", "1650", "個", C, "exact", "釋出職缺"),
    S("月薪達新台幣[[6萬元]]", "60000", "元", M, "exact", "最高月薪", currency=TWD),
    S("另有[[35個]]職缺", "35", "個", C, "exact", "提供外籍人士的職缺"),
    S("交通補助[[500元]]", "500", "元", M, "exact", "交通補助", currency=TWD),
    S("徵才 [[1650]]職缺", "1650", "職缺", C, "exact", "職缺", OPT),                # no classifier
    S("新台幣[[1268萬元]]", "12680000", "元", M, "exact", "提領被害人款項", currency=TWD),
    S("依[[三人以上]]共同", "3", "人", C, "over", "共同詐欺", OPT),                   # in a crime's name
    S("有期徒刑[[3年2月]]。", "3.17", "年", T, "exact", "有期徒刑", OPT),             # a sentence
    S("提款[[千萬]]", "10000000", "元", M, "about", "提領款項", OPT, currency=TWD),
    S("判刑[[3年2月]]\n", "3.17", "年", T, "exact", "判刑", OPT),
    S("高美濕地　[[412萬人次]]", "4120000", "人次", C, "exact", "高美濕地遊客人次"),
    S("歌劇院　[[286萬人次]]", "2860000", "人次", C, "exact", "台中國家歌劇院遊客人次"),
    S("審計新村　[[173萬人次]]", "1730000", "人次", C, "exact", "審計新村遊客人次"),
    S("彩虹眷村　[[98萬人次]]", "980000", "人次", C, "exact", "彩虹眷村遊客人次"),
    S("投資新台幣[[28億元]]", "2800000000", "元", M, "exact", "東和工機設廠投資", currency=TWD),
    S("創造[[300個]]就業機會", "300", "個", C, "exact", "就業機會"),
    S("日商[[28億]]設廠", "2800000000", "元", M, "exact", "日商設廠投資", OPT, currency=TWD),
    S("違規車輛[[7輛]]", "7", "輛", C, "exact", "查獲違規車輛"),
    S("清除廢棄物[[約320公噸]]", "320", "公噸", W, "about", "清除廢棄物"),
    S("各處新台幣[[6萬]]至", "60000", "元", M, "exact", "罰鍰下限", OPT, currency=TWD),  # a bound, unit after
    S("至[[600萬元]]罰鍰", "6000000", "元", M, "exact", "罰鍰上限", currency=TWD),
    S("總經費[[4.5億]]\n", "450000000", "元", M, "exact", "旱溪排水整治工程總經費", OPT, currency=TWD),
    S("總經費新台幣[[4.5億元]]", "450000000", "元", M, "exact", "工程總經費", currency=TWD),
    S("保護周邊[[約1.2萬戶]]", "12000", "戶", C, "about", "受保護居民"),
    S("救助金額最高[[3萬元]]", "30000", "元", M, "under", "每公頃救助金額", currency=TWD),
    S("新台幣[[約3860萬元]]", "38600000", "元", M, "about", "全市農作物損失", currency=TWD),
    S("報名考生[[約13.4萬人]]", "134000", "人", C, "about", "全國報名考生"),
    S("全市[[29區]]衛生所", "29", "區", C, "exact", "衛生所所在行政區"),
    S("，[[65歲以上]]長者接種", "65", "歲", "other", "over", "長者年齡", OPT),
    S("價值[[100元]]", "100", "元", M, "exact", "超商禮券價值", currency=TWD),
    S("準備[[2萬份]]", "20000", "份", C, "exact", "超商禮券"),
    S("湧入[[8萬人]]", "80000", "人", C, "exact", "耶誕嘉年華首晚湧入人數"),
    S("吸引[[約8萬人次]]", "80000", "人次", C, "about", "首晚入園人次"),
    S("順延[[一週]]", "1", "週", T, "exact", "取書期限順延", OPT),
    S("新台幣[[1688億元]]", "168800000000", "元", M, "exact", "115年度總預算歲出規模", currency=TWD),
    S("增加[[百分之5.1]]", "5.1", "%", P, "exact", "總預算歲出規模", change=up("114年度")),
    S("占[[百分之29.6]]", "29.6", "%", P, "exact", "社福預算占總預算"),
    S("總預算[[1688億]] 議會", "168800000000", "元", M, "exact", "明年度總預算", OPT, currency=TWD),
]

EVENTS = [
    E("育兒津貼由每月3500元調高為5000元", "policy", "調高", month(2026, 1), organizers=["台中市政府"],
      participants=["0至2歲幼兒"]),
    E("津貼將於每月10日前直接撥入帳戶", "payout", "撥入", None, opt=True),            # recurring
    E("綠線將延長營運至凌晨2時，尖峰時段加開列車36班次", "traffic", "加開", day("2025-12-31", "2026-01-01"),
      organizers=["台中捷運公司"]),
    E("疾管署昨日公布", "announcement", "公布", D18, organizers=["衛福部疾管署"]),
    E("呼籲65歲以上長者儘速接種流感疫苗", "activity", "接種", None, organizers=["疾管署"], opt=True),
    E("舉辦聯合徵才活動", "recruitment", "徵才", D20, location="台中市就業服務處大里就業站",
      organizers=["市府勞工局"], participants=["52家廠商"]),
    E("現場面試通過者可領取交通補助500元", "payout", "領取", D20, opt=True),
    E("宣判一起詐欺集團車手案", "legal", "宣判", D18, organizers=["台中地方法院"]),
    E("判處有期徒刑3年2月。", "legal", "判處", D18, opt=True),                         # the ruling told again
    E("簽署投資合作備忘錄", "signing", "簽署", D19, organizers=["市府經濟發展局"],
      participants=["東和工機株式會社"]),
    E("投資新台幣28億元設廠", "construction", "設廠", None, opt=True),                  # a plan
    E("稽查大肚山區非法棄置廢棄物", "inspection", "稽查", xun(2025, 12, 0), location="大肚山區",
      organizers=["環保局"], participants=["警方"]),
    E("各處新台幣6萬至600萬元罰鍰", "legal", "罰鍰", xun(2025, 12, 0), opt=True),
    E("舉行旱溪排水整治第二期工程開工典禮", "construction", "開工", D18, location="東區",
      organizers=["經濟部水利署第三河川分署"]),
    E("預計116年6月完工", "construction", "完工", month(2027, 6), opt=True),
    E("受理寒害現金救助申請，至12月29日止", "registration", "申請", day("2025-12-19", "2025-12-29"),
      organizers=["台中市農業局"]),
    E("學科能力測驗將於明年1月17日至19日舉行", "exam", "測驗", day("2026-01-17", "2026-01-19"),
      organizers=["大考中心"]),
    E("推出長者疫苗接種加碼活動", "activity", "推出", day("2025-12-20", "2025-12-31"), location="全市29區衛生所",
      organizers=["台中市衛生局"]),
    E("昨晚在中央公園點燈", "activity", "點燈", D18, location="中央公園", theme="2025台中耶誕嘉年華"),
    E("民眾在中央公園耶誕樹前拍照留念", "activity", "拍照", None, location="中央公園", opt=True),   # caption
    E("12月22日至26日閉館", "schedule", "閉館", day("2025-12-22", "2025-12-26"), organizers=["市立圖書館總館"]),
    E("三讀通過115年度總預算", "policy", "三讀通過", D19, organizers=["台中市議會"]),
    E("每晚10時至翌日清晨5時封閉施工", "traffic", "封閉施工", day("2025-12-22", "2025-12-24"),
      location="台74線快官至霧峰路段", organizers=["交通部公路局中區養護工程分局"]),
]
