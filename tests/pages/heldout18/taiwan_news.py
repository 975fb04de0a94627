"""竹塹時報 (新竹市, 臺灣), 2025-12-05 (a Friday): a Taiwan 地方新聞 page in traditional script, 中國時報 style.
Features unlike heldout10 (〔記者X／台中報導〕) and heldout14 (聯合報/中央社 `記者X X／高雄報導` closing lines,
`（中央社記者X X台北7日電）`, `圖／X提供`): items opening `【陳 怡 君／新竹報導】` (a byline inside the body line) and
two `記者X X／新竹報導` / `記者X X／台南報導` byline lines standing above their item's headline, apart from the body;
days written `昨（4）日`, `今（5）日`, `明（6）日晚間` (one mention each); captions `（黃 志 偉攝）`, `（蕭 佩 玲攝）`
(photographers) and `（新竹縣政府提供）` (a provider, no photographer); a `地方新聞` section label and a `焦點` series
label; a paragraph broken after a comma (`…宣傳費1,260萬元，` | `並附帶決議…`) with a caption, another item's byline
line, headline and body between; headlines after their bodies and before them; items with no byline. Dates: ROC
years (`115年度`, `114年度`, `民國115年2月27日`, `114年1至10月`, `114年1至11月`, `民國114年`, `民國115年1月1日`,
`民國115年8月`), `即日起至民國115年3月15日`, `本週六（6日）`, `本週六、日（6、7日）`, `下週一（8日）至19日`,
`下週一（8日）`, `週六`, `週末`, `今`/`明` in headlines, `昨晚`, `去年同期`, `上月`, `本月19日前`; `今年以來`, a
recurring night slot and years inside names optional. Money in TWD (`新台幣478億3,200萬元`, `1,458萬元`,
`新台幣3萬8,000元`, bare `3億元`, `近8億元`) and USD (`2億3,600萬美元`, `逾3,100萬美元`); headline amounts without 元
optional; `百分之六點二`, `百分之三十八點五`, `較去年同期增加百分之九點四`, `較上月下降0.05個百分點`, `逾`, `近`, `約`,
`最高`. Taiwan bodies canonical in simplified with the written form and short forms as alternatives (`縣府`, `市府`,
`議會`, `竹縣議會`, `竹市議會`, `衛福部`, `高分院`, `社會處`). Events: a county budget's third reading (policy), court
rulings (two instances), a subsidy and its application window, a job fair, a Christmas festival, an exhibition, a
persimmon festival, export figures made public, an industrial-park inspection, a vaccine policy, a payout and its
application window, lane closures for road works, a city council session, a bus line launched. Mixed durations
(`3年6月`), ages (`50歲以上`), `X成`, parts of one happening told twice and plans are optional.

Written at main commit c7229b8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, year

PAPER = "竹塹時報"
PUBLISHED = "2025-12-05"
HOME = {"city": "新竹市", "province": "台湾省"}

LAYOUT = [
    ("地方新聞", "label", "T0"),
    ("【陳 怡 君／新竹報導】新竹縣議會", "body", "T0"),      # breaks after a comma
    ("竹縣議會昨日", "caption", "P0"),                       # （黃 志 偉攝）
    ("記者林 宗 翰／新竹報導", "byline", "T1"),              # above its headline
    ("竹科工程師洩密", "headline", "T1"),
    ("新竹地方法院昨", "body", "T1"),
    ("並附帶決議", "body", "T0"),                            # the rest of T0's paragraph
    ("竹縣明年總預算", "headline", "T0"),                    # after its body
    ("焦點", "label", "T2"),
    ("經濟部節能補助", "headline", "T2"),
    ("經濟部今（5）日", "body", "T2"),
    ("【蕭 佩 玲／新竹報導】新竹市政府勞工處", "body", "T3"),
    ("年終就博會", "headline", "T3"),                        # after its body
    ("竹塹耶誕季明點燈", "headline", "T4"),
    ("【蕭 佩 玲／新竹報導】新竹市政府主辦", "body", "T4"),
    ("新竹州廳前廣場的", "caption", "P1"),                   # （蕭 佩 玲攝）
    ("新竹縣政府文化局", "body", "T5"),                      # no byline
    ("客家服飾特展", "caption", "P2"),                       # （新竹縣政府提供）
    ("藍衫百年特展", "headline", "T5"),                      # after its body
    ("新埔柿餅節", "headline", "T6"),
    ("【黃 志 偉／新竹報導】", "body", "T6"),
    ("記者鄭 雅 文／台南報導", "byline", "T7"),              # above its headline
    ("台南農產外銷", "headline", "T7"),
    ("台南市政府農業局", "body", "T7"),
    ("【林 宗 翰／新竹報導】環境部", "body", "T8"),
    ("環境部突擊", "headline", "T8"),                        # after its body
    ("衛福部：", "headline", "T9"),
    ("衛生福利部昨", "body", "T9"),                          # no byline
    ("新竹縣政府社會處", "body", "T10"),                     # no byline
    ("竹縣低收入戶", "headline", "T10"),                     # after its body
    ("台南酒駕致死案", "headline", "T11"),
    ("【鄭 雅 文／台南報導】", "body", "T11"),
    ("台3線竹東段", "headline", "T12"),
    ("【林 宗 翰／新竹報導】交通部", "body", "T12"),
    ("竹市議會定期會", "headline", "T13"),
    ("【陳 怡 君／新竹報導】新竹市議會", "body", "T13"),
    ("交通部公路局新竹區", "body", "T14"),                   # no byline
    ("竹北往竹科", "headline", "T14"),                       # after its body
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["陳怡君"])),
    "T1": dict(byline=byline(reporters=["林宗翰"])),
    "T2": dict(),
    "T3": dict(byline=byline(reporters=["蕭佩玲"])),
    "T4": dict(byline=byline(reporters=["蕭佩玲"])),
    "T5": dict(),
    "T6": dict(byline=byline(reporters=["黃志偉"])),
    "T7": dict(byline=byline(reporters=["鄭雅文"])),
    "T8": dict(byline=byline(reporters=["林宗翰"])),
    "T9": dict(),
    "T10": dict(),
    "T11": dict(byline=byline(reporters=["鄭雅文"])),
    "T12": dict(byline=byline(reporters=["林宗翰"])),
    "T13": dict(byline=byline(reporters=["陳怡君"])),
    "T14": dict(),
}
JOINS = [("【陳 怡 君／新竹報導】新竹縣議會", "並附帶決議")]
PHOTOS = {
    "P0": dict(photographers=["黃志偉"], article="T0"),
    "P1": dict(photographers=["蕭佩玲"], article="T4"),
    "P2": dict(photographers=[], article="T5"),
}

D4, D5, D6 = day("2025-12-04"), day("2025-12-05"), day("2025-12-06")
Y24, Y25, Y26 = year(2024), year(2025), year(2026)
DATES = [
    D("定期會[[昨（4）日]]三讀", D4),
    D("三讀通過[[115年度]]總預算", Y26),
    D("較[[114年度]]增加", Y25),
    D("竹縣議會[[昨日]]進行", D4),
    D("新竹地方法院[[昨（4）日]]宣判", D4),
    D("竹縣[[明年]]總預算", Y26),
    D("節能補助 [[今]]起受理", D5),
    D("經濟部[[今（5）日]]起受理", D5),
    D("申請期限至[[民國115年2月27日]]止", day("2026-02-27")),
    D("統計，[[114年1至10月]]已有", months(2025, 1, 10)),
    D("分署[[本週六（6日）]]在", D6),
    D("。勞動部統計，[[今年10月]]新竹", month(2025, 10)),
    D("較[[上月]]下降", month(2025, 9)),
    D("就博會[[週六]]登場", D6),
    D("耶誕季[[明]]點燈", D6),
    D("「[[2025]]竹塹耶誕季」", Y25, OPT),                                  # a year in a festival's name
    D("耶誕季」[[明（6）日晚間]]在", D6),
    D("活動至[[12月28日]]止", day("2025-12-28")),
    D("耶誕主燈[[昨晚]]試燈", D4),
    D("文化局[[即日起至民國115年3月15日]]在", day("2025-12-05", "2026-03-15")),
    D("縣美館展至[[明年3月]]", month(2026, 3)),
    D("柿餅節[[週末]]登場", day("2025-12-06", "2025-12-07")),
    D("「[[2025]]新埔柿餅節」", Y25, OPT),                                  # a year in a festival's name
    D("[[本週六、日（6、7日）]]在", day("2025-12-06", "2025-12-07")),
    D("，[[今年]]柿餅產量", Y25),
    D("較[[去年]]增加近一成", Y24),
    D("農業局[[昨（4）日]]公布", D4),
    D("公布[[114年1至11月]]農產品", months(2025, 1, 11)),
    D("較[[去年同期]]增加百分之九點四", months(2024, 1, 11)),
    D("農產外銷 [[前11月]]增", months(2025, 1, 11)),
    D("農業部表示，[[明年]]將", Y26),
    D("環境保護局[[昨（4）日]]突擊", D4),
    D("環境部表示，[[今年以來]]", Y25, OPT),                                # a span up to now
    D("衛福部：[[明年]]起", Y26),
    D("衛生福利部[[昨（4）日]]宣布", D4),
    D("自[[民國115年1月1日]]起", day("2026-01-01")),
    D("統計，[[民國114年]]流感", Y25),
    D("較[[去年同期]]增加2.3個百分點", Y24),
    D("社會處[[昨（4）日]]起發放", D4),
    D("預計[[本月19日]]前", day("2025-12-19")),
    D("於[[本月31日]]前申請", day("2025-12-31")),
    D("臺南分院[[昨（4）日]]審結", D4),
    D("工程，[[下週一（8日）至19日]]每晚", day("2025-12-08", "2025-12-19")),
    D("[[每晚10時至翌日清晨6時]]實施", VAGUE),                             # a recurring slot
    D("預計[[民國115年8月]]完工", month(2026, 8)),
    D("竹市議會定期會[[今]]開議", D5),
    D("定期會[[今（5）日]]開議", D5),
    D("會期至[[12月26日]]止", day("2025-12-26")),
    D("審議市府提出的[[115年度]]總預算案", Y26),
    D("較[[今年]]增加逾18億元", Y25),
    D("市長將於[[下週一（8日）]]赴", day("2025-12-08")),
    D("公車路線[[今（5）日]]起通車", D5),
    D("快捷公車 [[今]]起上路", D5),
]

G, IN = "government", "institution"
XYH = ["新竹县议会", "新竹縣議會"]
XF = ["新竹县政府", "新竹縣政府", "縣府"]
JJB = ["经济部", "經濟部"]
SF = ["新竹市政府", "市府"]
HJB = ["环境部", "環境部"]
WFB = ["卫生福利部", "衛生福利部", "衛福部"]
GFY = ["台湾高等法院台南分院", "臺灣高等法院臺南分院", "高分院"]
SYH = ["新竹市议会", "新竹市議會"]
SHC = ["新竹县政府社会处", "新竹縣政府社會處", "社會處"]
ORGS = [
    O("新竹報導】[[新竹縣議會]]第20屆", XYH, G),
    O("。[[議會]]審查時", XYH + ["議會"], G),
    O("刪減[[縣府]]宣傳費", XF, G),
    O("[[竹縣議會]]昨日", XYH + ["竹縣議會"], G),
    O("[[新竹地方法院]]昨", ["台湾新竹地方法院", "臺灣新竹地方法院", "新竹地方法院"], G),
    O("要求[[縣府]]在3個月", XF, G),
    O("\n[[經濟部]]節能補助", JJB, G),
    O("\n[[經濟部]]今（5）日", JJB, G),
    O("。[[經濟部]]統計", JJB, G),
    O("[[新竹市政府勞工處]]與", ["新竹市政府劳工处", "新竹市政府勞工處"], G),
    O("與[[勞動部勞動力發展署桃竹苗分署]]", ["劳动部劳动力发展署桃竹苗分署", "勞動部勞動力發展署桃竹苗分署"], G),
    O("在[[新竹市立體育館]]舉辦", ["新竹市立体育馆", "新竹市立體育館"], IN, OPT),          # a venue
    O("。[[勞動部]]統計", ["劳动部", "勞動部"], G),
    O("[[新竹市政府]]主辦的", SF, G),
    O("，[[市府]]預估", SF, G),
    O("[[新竹縣政府文化局]]即日起", ["新竹县政府文化局", "新竹縣政府文化局"], G),
    O("在[[新竹縣美術館]]舉辦", ["新竹县美术馆", "新竹縣美術館"], IN, OPT),                  # a venue
    O("（[[新竹縣政府]]提供）", XF, G),
    O("特展 [[縣美館]]展至", ["新竹县美术馆", "新竹縣美術館", "縣美館"], IN, OPT),
    O("[[新埔鎮公所]]主辦", ["新竹县新埔镇公所", "新竹縣新埔鎮公所", "新埔鎮公所"], G),
    O("，[[縣府]]並加開", XF, G),
    O("[[台南市政府農業局]]昨", ["台南市政府农业局", "臺南市政府農業局", "台南市政府農業局"], G),
    O("。[[農業部]]表示", ["农业部", "農業部"], G),
    O("新竹報導】[[環境部]]會同", HJB, G),
    O("會同[[新竹縣政府環境保護局]]昨", ["新竹县政府环境保护局", "新竹縣政府環境保護局"], G),
    O("。[[環境部]]表示", HJB, G),
    O("\n[[環境部]]突擊", HJB, G),
    O("\n[[衛福部]]：明年", WFB, G),
    O("\n[[衛生福利部]]昨", WFB, G),
    O("。[[衛福部]]統計", WFB, G),
    O("\n[[新竹縣政府社會處]]昨", SHC, G),
    O("。[[社會處]]表示", SHC, G),
    O("致死案 [[高分院]]駁回", GFY, G),
    O("【鄭 雅 文／台南報導】[[臺灣高等法院臺南分院]]", GFY, G),
    O("上訴[[最高法院]]", ["最高法院"], G),
    O("[[交通部公路局北區養護工程分局]]辦理", ["交通部公路局北区养护工程分局", "交通部公路局北區養護工程分局"], G),
    O("\n[[竹市議會]]定期會", SYH + ["竹市議會"], G),
    O("新竹報導】[[新竹市議會]]第11屆", SYH, G),
    O("審議[[市府]]提出", SF, G),
    O("赴[[議會]]進行", SYH + ["議會"], G),
    O("[[交通部公路局新竹區監理所]]宣布", ["交通部公路局新竹区监理所", "交通部公路局新竹區監理所"], G),
]

C, P, M, T, A, L, W, EN = "count", "percent", "money", "duration", "area", "length", "weight", "energy"
TWD, USD = "TWD", "USD"
STATS = [
    S("歲出規模[[新台幣478億3,200萬元]]", "47832000000", "元", M, "exact", "115年度總預算案歲出規模", currency=TWD),
    S("增加[[百分之六點二]]", "6.2", "%", P, "exact", "歲出規模", change=up("114年度")),
    S("約占[[百分之三十八點五]]", "38.5", "%", P, "about", "教育經費占比"),
    S("宣傳費[[1,260萬元]]", "12600000", "元", M, "exact", "刪減縣府宣傳費", change=down(), currency=TWD),
    S("總預算[[478億]] ", "47800000000", "億", M, "exact", "竹縣明年總預算", OPT),        # in a headline, no 元
    S("在[[3個月內]]提出", "3", "個月", T, "under", "提出長照據點擴充計畫期限"),
    S("洩密 判刑[[3年6月]]", "3.5", "年", T, "exact", "判刑", OPT),                   # a mixed duration
    S("有期徒刑[[3年6月]]，", "3.5", "年", T, "exact", "有期徒刑", OPT),
    S("罰金[[新台幣500萬元]]", "5000000", "元", M, "exact", "罰金", currency=TWD),
    S("機密檔案[[逾2,300份]]", "2300", "份", C, "over", "下載機密檔案"),
    S("損失[[近8億元]]", "800000000", "元", M, "under", "公司估計損失", currency=TWD),
    S("最高補助[[新台幣100萬元]]", "1000000", "元", M, "under", "每家企業補助", currency=TWD),
    S("總經費[[3億元]]", "300000000", "元", M, "exact", "中小企業節能設備汰換補助總經費", currency=TWD),
    S("已有[[逾1,100家]]業者", "1100", "家", C, "over", "完成節能改善業者"),
    S("年節電量[[近1億2,000萬度]]", "120000000", "度", EN, "under", "年節電量"),
    S("，[[逾80家]]廠商", "80", "家", C, "over", "參與廠商"),
    S("職缺[[3,215個]]", "3215", "個", C, "exact", "釋出職缺"),
    S("月薪[[新台幣3萬8,000元]]", "38000", "元", M, "exact", "平均月薪", currency=TWD),
    S("失業率為[[百分之三點一二]]", "3.12", "%", P, "exact", "新竹地區失業率"),
    S("下降[[0.05個百分點]]", "0.05", "個百分點", P, "exact", "新竹地區失業率", change=down("上月")),
    S("釋出[[3215]]職缺", "3215", "", C, "exact", "釋出職缺", OPT),                    # in a headline, no classifier
    S("主燈高[[12公尺]]", "12", "公尺", L, "exact", "主燈高"),
    S("吸引[[逾50萬人次]]", "500000", "人次", C, "over", "參觀人次"),
    S("產值[[約新台幣2億元]]", "200000000", "元", M, "about", "帶動周邊商圈產值", currency=TWD),
    S("藍衫[[逾150件]]", "150", "件", C, "over", "展出藍衫"),
    S("參觀人次已[[近4,000人]]", "4000", "人", C, "under", "開展首週參觀人次"),
    S("柿餅產量[[約180公噸]]", "180", "公噸", W, "about", "柿餅產量"),
    S("增加[[近一成]]", "10", "%", P, "under", "柿餅產量", OPT, change=up("去年")),   # X成
    S("設置[[逾60攤]]", "60", "攤", C, "over", "農特產品市集攤位"),
    S("每日[[16班次]]", "16", "班次", C, "exact", "免費接駁車班次"),
    S("外銷值達[[2億3,600萬美元]]", "236000000", "美元", M, "exact", "台南市農產品外銷值", currency=USD),
    S("增加[[百分之九點四]]", "9.4", "%", P, "exact", "台南市農產品外銷值", change=up("去年同期")),
    S("外銷美國[[逾3,100萬美元]]", "31000000", "美元", M, "over", "外銷美國", currency=USD),
    S("外銷量[[約5萬2,000公噸]]", "52000", "公噸", W, "about", "外銷量"),
    S("前11月增[[9.4%]]", "9.4", "%", P, "exact", "台南農產外銷", change=up("去年同期")),
    S("編列[[新台幣1億5,000萬元]]", "150000000", "元", M, "exact", "冷鏈設施升級經費", currency=TWD),
    S("事業單位[[27家]]", "27", "家", C, "exact", "稽查事業單位"),
    S("查獲[[5家]]違規", "5", "家", C, "exact", "違規排放廢水事業單位"),
    S("開罰[[新台幣1,386萬元]]", "13860000", "元", M, "exact", "罰款", currency=TWD),
    S("其中[[1家]]勒令", "1", "家", C, "exact", "勒令停工"),
    S("稽查[[逾420家次]]", "420", "家次", C, "over", "桃竹苗地區稽查"),
    S("工業區 [[5家]]違規", "5", "家", C, "exact", "違規事業單位"),
    S("違規罰[[1386萬]]", "13860000", "萬", M, "exact", "罰款", OPT),                  # in a headline, no 元
    S("擴及[[50歲以上]]", "50", "歲", C, "over", "公費流感疫苗接種對象年齡", OPT),     # an age
    S("擴大至[[50歲以上]]", "50", "歲", C, "over", "公費流感疫苗接種對象年齡", OPT),   # an age
    S("受惠人數[[近300萬人]]", "3000000", "人", C, "under", "新增受惠人數"),
    S("經費[[約新台幣14億元]]", "1400000000", "元", M, "about", "公費流感疫苗相關經費", currency=TWD),
    S("接種率為[[百分之三十一點七]]", "31.7", "%", P, "exact", "流感疫苗接種率"),
    S("增加[[2.3個百分點]]", "2.3", "個百分點", P, "exact", "流感疫苗接種率", change=up("去年同期")),
    S("每戶[[新台幣3,000元]]", "3000", "元", M, "exact", "每戶慰問金", currency=TWD),
    S("全縣[[4,860戶]]", "4860", "戶", C, "exact", "受惠低收入戶"),
    S("總計[[1,458萬元]]", "14580000", "元", M, "exact", "低收入戶慰問金總計", currency=TWD),
    S("每人[[新台幣1,500元]]", "1500", "元", M, "exact", "中低收入老人生活補助", currency=TWD),
    S("每戶[[3000元]]", "3000", "元", M, "exact", "每戶慰問金", currency=TWD),
    S("有期徒刑[[6年8月]]", "6.67", "年", T, "exact", "有期徒刑", OPT),               # a mixed duration
    S("家屬[[新台幣620萬元]]", "6200000", "元", M, "exact", "賠償被害人家屬", currency=TWD),
    S("總經費[[新台幣2億6,500萬元]]", "265000000", "元", M, "exact", "拓寬工程總經費", currency=TWD),
    S("全長[[1.8公里]]", "1.8", "公里", L, "exact", "拓寬路段全長"),
    S("總預算案[[新台幣約412億元]]", "41200000000", "元", M, "about", "115年度總預算案", currency=TWD),
    S("增加[[逾18億元]]", "1800000000", "元", M, "over", "115年度總預算案", change=up("今年"), currency=TWD),
    S("審[[412億]]預算", "41200000000", "億", M, "exact", "竹市總預算", OPT),          # in a headline, no 元
    S("往返[[42班次]]", "42", "班次", C, "exact", "平日每日往返班次"),
    S("全票[[新台幣30元]]", "30", "元", M, "exact", "全票票價", currency=TWD),
]

EVENTS = [
    E("昨（4）日三讀通過115年度總預算案", "policy", "三讀通過", D4, organizers=["新竹縣議會"]),
    E("並附帶決議要求縣府在3個月內提出", "policy", "附帶決議", D4, organizers=["議會"], opt=True),  # the same vote
    E("竹縣議會昨日進行總預算案三讀", "policy", "三讀", D4, organizers=["竹縣議會"], opt=True),    # a caption
    E("新竹地方法院昨（4）日宣判", "legal", "宣判", D4, organizers=["新竹地方法院"]),
    E("經濟部今（5）日起受理", "registration", "受理", day("2025-12-05", "2026-02-27"), organizers=["經濟部"]),
    E("每家企業最高補助新台幣100萬元", "payout", "補助", None, organizers=["經濟部"], participants=["中小企業"],
      opt=True),                                                                          # the scheme's terms
    E("在新竹市立體育館舉辦年終就業博覽會", "recruitment", "就業博覽會", D6, location="新竹市立體育館",
      organizers=["新竹市政府勞工處", "勞動部勞動力發展署桃竹苗分署"]),
    E("勞動部統計，今年10月新竹地區失業率", "announcement", "統計", month(2025, 10), organizers=["勞動部"],
      opt=True),                                                                          # a figure quoted
    E("在新竹州廳前廣場點燈", "activity", "點燈", day("2025-12-06", "2025-12-28"), location="新竹州廳前廣場",
      organizers=["新竹市政府"], theme="2025竹塹耶誕季"),
    E("耶誕主燈昨晚試燈", "activity", "試燈", D4, location="新竹州廳前廣場", opt=True),      # a caption
    E("舉辦「藍衫百年」客家服飾特展", "exhibition", "特展", day("2025-12-05", "2026-03-15"),
      location="新竹縣美術館", organizers=["新竹縣政府文化局"], theme="藍衫百年"),
    E("在旱坑里柿餅街登場", "activity", "登場", day("2025-12-06", "2025-12-07"), location="旱坑里柿餅街",
      organizers=["新埔鎮公所"], theme="2025新埔柿餅節"),
    E("縣府並加開免費接駁車", "traffic", "加開", day("2025-12-06", "2025-12-07"), organizers=["縣府"]),
    E("公布114年1至11月農產品外銷統計", "announcement", "公布", D4, organizers=["台南市政府農業局"]),
    E("明年將再編列新台幣1億5,000萬元", "payout", "編列", Y26, organizers=["農業部"], opt=True),   # a plan
    E("昨（4）日突擊稽查湖口工業區", "inspection", "稽查", D4, location="湖口工業區",
      organizers=["環境部", "新竹縣政府環境保護局"]),
    E("合計開罰新台幣1,386萬元", "legal", "開罰", D4, organizers=["環境部"], opt=True),     # the inspection's result
    E("公費流感疫苗接種對象擴大至50歲以上民眾", "policy", "擴大", day("2026-01-01"), organizers=["衛生福利部"],
      participants=["50歲以上民眾"]),
    E("起發放年終低收入戶慰問金", "payout", "發放", D4, organizers=["新竹縣政府社會處"],
      participants=["低收入戶"]),
    E("於本月31日前申請", "registration", "申請", day("2025-12-31"), organizers=["社會處"],
      participants=["中低收入老人"]),
    E("昨（4）日審結一起酒駕致死案", "legal", "審結", D4, organizers=["臺灣高等法院臺南分院"]),
    E("實施半幅封閉施工", "traffic", "半幅封閉施工", day("2025-12-08", "2025-12-19"),
      location="台3線竹東鎮二重埔路段", organizers=["交通部公路局北區養護工程分局"]),
    E("預計民國115年8月完工", "construction", "完工", month(2026, 8), opt=True),             # a forecast
    E("定期會今（5）日開議", "meeting", "開議", day("2025-12-05", "2025-12-26"), organizers=["新竹市議會"]),
    E("市長將於下週一（8日）赴議會進行施政報告", "meeting", "施政報告", day("2025-12-08"), location="議會",
      opt=True),                                                                          # part of the session
    E("公車路線今（5）日起通車", "launch", "通車", D5, location="竹北高鐵站往新竹科學園區",
      organizers=["交通部公路局新竹區監理所"]),
]
