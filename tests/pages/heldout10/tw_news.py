"""中彰日報 (臺中市, 臺灣), 2025-12-17 (a Wednesday): a Taiwan local page in traditional script.
Features: a column label (`大台中`); datelines `〔記者林 志 明／台中報導〕` (and `／彰化報導`) carrying the byline,
two items closing on a bare reporter `（記者陳 怡 君）`; a caption `（記者黃 思 穎攝）` and a caption credited
`圖／王 文 彬提供` (a provider, not a photographer: no photographer); a paragraph broken after a comma
(`…美國關稅政策影響仍在，` | `業者正加速布局東南亞市場…`) with a caption, another article and its headline
between; ten headlines after their bodies. Dates: `昨（16）日` (one mention), `昨日`, `昨晚`, ROC years with and
without `民國` (`民國115年1月1日`, `115年1月4日`, `116年`, `114學年度` optional), Gregorian dates
(`2023年至2024年`, `12月22日`), glossed relative days (`本週六（20日）`, `本週日（21日）`: the gloss optional;
`下週一（22日）起至115年2月28日` as one range), `即日起至…`, `前11月`, `今年1至11月`, `去年同期`, `上月`, `明年元旦`.
Money: 新台幣 amounts with thousands separators and 萬/億 (currency TWD, also `逾1億元` and `8,650萬元` without
新台幣), one in 美元 (`約18.6億美元`, USD), `248億` without 元 in a headline optional; Chinese percentages
(`百分之六點八`, `近百分之七十`, `百分之三十八點五`); bounds 逾, 近, 約, 最高, 以上. Taiwan bodies take their name in
simplified characters as canonical with the written form as alternative; short forms (`市府`, `議會`, `政院`,
`國美館`, `縣府`, `航港局`). Events: a council's third reading and the Legislative Yuan's (policy), a court ruling,
statistics made public, a light display, a job fair, results of food checks, a cabinet approval, an exhibition and
its opening talk, traffic control, a new bus route, a library opened, a school holiday, a marathon, subsidies and
their application window. Plans and parts of one happening are optional.

Written at main commit ea30078, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, span, up, xun, year

PAPER = "中彰日報"
PUBLISHED = "2025-12-17"
HOME = {"city": "台中市", "province": "台湾省"}

LAYOUT = [
    ("大台中", "label", "T0"),
    ("〔記者林 志 明／台中報導〕臺中市議會", "body", "T0"),
    ("青創貸款利息", "headline", "T0"),                    # after its body
    ("中市精密機械出口", "headline", "T1"),
    ("〔記者張 雅 婷／台中報導〕經濟部", "body", "T1"),    # breaks after a comma
    ("臺中國家歌劇院前廣場的", "caption", "P0"),           # （記者黃 思 穎攝）
    ("〔記者陳 怡 君／台中報導〕", "body", "T2"),
    ("吸金近1.8億元", "headline", "T2"),                   # after its body
    ("業者正加速布局", "body", "T1"),                      # the rest of T1's paragraph
    ("耶誕嘉年華點燈", "headline", "T3"),
    ("〔記者黃 思 穎／台中報導〕「2025臺中耶誕", "body", "T3"),
    ("新春徵才", "headline", "T4"),
    ("〔記者林 志 明／台中報導〕臺中市政府勞工局", "body", "T4"),
    ("臺中市政府衛生局", "body", "T5"),                    # closes on （記者陳 怡 君）
    ("年節食品抽驗", "headline", "T5"),                    # after its body
    ("〔記者李 宗 翰／台中報導〕行政院會", "body", "T6"),
    ("政院核定", "headline", "T6"),                        # after its body
    ("國美館「光影百年」", "headline", "T7"),
    ("〔記者張 雅 婷／台中報導〕國立臺灣美術館", "body", "T7"),
    ("國美館展出的", "caption", "P1"),                     # 圖／王 文 彬提供
    ("〔記者李 宗 翰／台中報導〕臺中市政府交通局", "body", "T8"),
    ("綠線延伸施工", "headline", "T8"),                    # after its body
    ("北屯圖書館新館", "headline", "T9"),
    ("〔記者張 雅 婷／台中報導〕臺中市立圖書館", "body", "T9"),
    ("臺中市政府教育局", "body", "T10"),                   # closes on （記者林 志 明）
    ("中市學校寒假", "headline", "T10"),                   # after its body
    ("〔記者黃 思 穎／台中報導〕「2025臺中國際", "body", "T11"),
    ("馬拉松週日開跑", "headline", "T11"),                 # after its body
    ("農業部補助", "headline", "T12"),
    ("〔記者王 美 玲／彰化報導〕農業部", "body", "T12"),
    ("彰化長者健保費", "headline", "T13"),
    ("〔記者王 美 玲／彰化報導〕彰化縣政府", "body", "T13"),
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["林志明"])),
    "T1": dict(byline=byline(reporters=["張雅婷"])),
    "T2": dict(byline=byline(reporters=["陳怡君"])),
    "T3": dict(byline=byline(reporters=["黃思穎"])),
    "T4": dict(byline=byline(reporters=["林志明"])),
    "T5": dict(byline=byline(reporters=["陳怡君"])),
    "T6": dict(byline=byline(reporters=["李宗翰"])),
    "T7": dict(byline=byline(reporters=["張雅婷"])),
    "T8": dict(byline=byline(reporters=["李宗翰"])),
    "T9": dict(byline=byline(reporters=["張雅婷"])),
    "T10": dict(byline=byline(reporters=["林志明"])),
    "T11": dict(byline=byline(reporters=["黃思穎"])),
    "T12": dict(byline=byline(reporters=["王美玲"])),
    "T13": dict(byline=byline(reporters=["王美玲"])),
}
JOINS = [("〔記者張 雅 婷／台中報導〕經濟部", "業者正加速布局")]
PHOTOS = {
    "P0": dict(photographers=["黃思穎"], article="T3"),
    "P1": dict(photographers=[], article="T7"),
}

D16, D17 = day("2025-12-16"), day("2025-12-17")
D20, D21, D22 = day("2025-12-20"), day("2025-12-21"), day("2025-12-22")
NEWYEAR = day("2026-01-01")
JAN_NOV = months(2025, 1, 11)

DATES = [
    D("臺中市議會[[昨（16）日]]三讀", D16),
    D("自[[民國115年1月1日]]起施行", NEWYEAR),
    D("出口 [[前11月]]年增", JAN_NOV),
    D("國際貿易署[[昨日]]公布", D16),
    D("統計，[[今年1至11月]]臺中地區", JAN_NOV),
    D("耶誕燈飾[[昨晚]]點亮", D16),
    D("地方法院[[昨日]]宣判", D16),
    D("於[[2023年至2024年]]間", (span("2023-01-01", "2024-12-31"), "year")),
    D("預估[[明年]]出口", year(2026)),
    D("可望與[[今年]]持平", year(2025)),
    D("臺中地區[[目前]]有", VAGUE),
    D("展期至[[明年1月4日]]", day("2026-01-04")),
    D("「[[2025]]臺中耶誕嘉年華」", year(2025), OPT),                # a year in the event's name
    D("嘉年華」[[昨晚]]在", D16),
    D("點燈，[[今年]]以", year(2025)),
    D("展期至[[115年1月4日]]", day("2026-01-04")),
    D("勞工局[[本週六]]（20日）上午", D20),
    D("勞工局本週六（[[20日]]）上午", D20, OPT),                     # a gloss
    D("「[[115年]]新春聯合徵才", year(2026), OPT),                   # a year in the event's name
    D("衛生局[[昨日]]公布", D16),
    D("行政院會[[昨日]]核定", D16),
    D("將自[[116年]]起", year(2027)),
    D("由[[目前]]的180萬", VAGUE),
    D("指出，[[今年1至11月]]臺中港", JAN_NOV),
    D("較[[去年同期]]成長", months(2024, 1, 11)),
    D("攝影展 [[即日起]]登場", D17, OPT),                            # a start alone
    D("[[即日起至民國115年3月8日]]推出", day("2025-12-17", "2026-03-08")),
    D("館方指出，[[本週六]]（20日）", D20),
    D("館方指出，本週六（[[20日]]）", D20, OPT),                     # a gloss
    D("文心路口自[[下週一（22日）起至115年2月28日]]實施", day("2025-12-22", "2026-02-28")),
    D("302路，[[12月22日]]起通車", D22),
    D("北屯分館新館[[昨日]]啟用", D16),
    D("教育局[[昨日]]公布", D16),
    D("公布[[114學年度]]寒假", (span("2025-08-01", "2026-07-31"), "year"), OPT),   # a school year
    D("自[[115年1月21日]]起放寒假", day("2026-01-21")),
    D("放寒假，[[2月11日]]開學", day("2026-02-11")),
    D("中市學校寒假[[1月21日]]起", day("2026-01-21")),
    D("「[[2025]]臺中國際馬拉松」", year(2025), OPT),                # a year in the event's name
    D("馬拉松」[[本週日]]（21日）", D21),
    D("馬拉松」本週日（[[21日]]）", D21, OPT),                       # a gloss
    D("提醒，[[當日]]4時", D21),
    D("馬拉松[[週日]]開跑", D21),
    D("農業部[[昨日]]宣布", D16),
    D("宣布，[[本月上旬]]低溫寒害", xun(2025, 12, 0)),
    D("[[即日起至115年1月15日]]向所在地", day("2025-12-17", "2026-01-15")),
    D("補助 [[明年元旦]]上路", NEWYEAR),
    D("彰化縣政府[[昨日]]宣布", D16),
    D("自[[民國115年1月1日]]起，全額", NEWYEAR),
    D("立法院[[上月]]三讀", month(2025, 11)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
YIHUI = ["台中市议会", "臺中市議會"]
SHIFU = ["台中市政府", "臺中市政府"]
GUOMEI = ["国立台湾美术馆", "國立臺灣美術館", "國美館"]
OPERA = ["台中国家歌剧院", "臺中國家歌劇院"]
HANGGANG = ["交通部航港局", "航港局"]
ORGS = [
    O("〔記者林 志 明／台中報導〕[[臺中市議會]]", YIHUI, G),
    O("由[[市政府]]全額", SHIFU + ["市政府"], G),
    O("。[[市府經濟發展局]]估計", ["台中市政府经济发展局", "臺中市政府經濟發展局", "市府經濟發展局"], G),
    O("決議，[[市府]]須每年", SHIFU + ["市府"], G),
    O("每年向[[議會]]提出", YIHUI + ["議會"], G),
    O("全額補貼 [[市議會]]三讀", YIHUI + ["市議會"], G),
    O("〕[[經濟部國際貿易署]]昨日", ["经济部国际贸易署", "經濟部國際貿易署"], G),
    O("。[[臺中市機械公會]]表示", ["台中市机械工业同业公会", "臺中市機械公會", "台中市机械公会"], SO),
    O("[[臺中國家歌劇院]]前廣場的", OPERA, IN, OPT),                 # a venue
    O("〕[[臺灣臺中地方法院]]昨日", ["台湾台中地方法院", "臺灣臺中地方法院"], G),
    O("昨晚在[[臺中國家歌劇院]]前廣場", OPERA, IN, OPT),             # a venue
    O("。[[市政府觀光旅遊局]]預估", ["台中市政府观光旅游局", "臺中市政府觀光旅遊局", "市政府觀光旅遊局"], G),
    O("〕[[臺中市政府勞工局]]本週六", ["台中市政府劳工局", "臺中市政府勞工局"], G),
    O("[[臺中市政府衛生局]]昨日", ["台中市政府卫生局", "臺中市政府衛生局"], G),
    O("〕[[行政院]]會昨日", ["行政院"], G),
    O("。[[交通部航港局]]表示", HANGGANG, G),
    O("。[[航港局]]指出", HANGGANG, G),
    O("[[政院]]核定臺中港", ["行政院", "政院"], G),
    O("[[國美館]]「光影百年」", GUOMEI, IN),
    O("〕[[國立臺灣美術館]]即日起", GUOMEI, IN),
    O("[[國美館]]展出的", GUOMEI, IN),
    O("〕[[臺中市政府交通局]]宣布", ["台中市政府交通局", "臺中市政府交通局"], G),
    O("〕[[臺中市立圖書館北屯分館]]新館", ["台中市立图书馆北屯分馆", "臺中市立圖書館北屯分館"], IN),
    O("[[臺中市政府教育局]]昨日", ["台中市政府教育局", "臺中市政府教育局"], G),
    O("，[[市府運動局]]提醒", ["台中市政府运动局", "臺中市政府運動局", "市府運動局"], G),
    O("[[農業部]]補助寒害", ["农业部", "農業部"], G),
    O("〕[[農業部]]昨日", ["农业部", "農業部"], G),
    O("〕[[彰化縣政府]]昨日", ["彰化县政府", "彰化縣政府"], G),
    O("。[[縣府]]表示", ["彰化县政府", "彰化縣政府", "縣府"], G),
    O("[[立法院]]上月", ["立法院"], G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
TWD, USD = "TWD", "USD"


def twd(ctx, value, subject, approx="exact", opt=False, change=None):
    return S(ctx, value, "元", M, approx, subject, opt, change=change, currency=TWD)


STATS = [
    S("設籍本市滿[[6個月]]", "6", "個月", T, "exact", "設籍本市", OPT),      # a condition (滿)
    S("年滿[[20歲]]", "20", "歲", C, "exact", "青年年齡", OPT),               # an age
    S("至[[45歲]]的青年", "45", "歲", C, "exact", "青年年齡", OPT),
    twd("可申請[[最高新台幣200萬元]]", "2000000", "創業貸款", "under"),
    S("全額補貼前[[3年]]利息", "3", "年", T, "exact", "全額補貼利息"),
    twd("預算[[逾1億元]]", "100000000", "每年需編列預算", "over"),
    S("[[約2,000名]]青年", "2000", "名", C, "about", "受惠青年"),
    S("前11月年增[[6.8%]]", "6.8", "%", P, "exact", "中市精密機械出口", change=up()),
    twd("出口值達[[新台幣3,256億元]]", "325600000000", "臺中地區精密機械出口值"),
    S("年增[[百分之六點八]]", "6.8", "%", P, "exact", "臺中地區精密機械出口值", change=up()),
    S("工具機出口[[約18.6億美元]]", "1860000000", "美元", M, "about", "工具機出口", currency=USD),
    S("[[近百分之七十]]", "70", "%", P, "under", "占全國工具機出口"),
    S("向[[42名]]被害人", "42", "名", C, "exact", "被害人"),
    twd("吸金[[近新台幣1.8億元]]", "180000000", "吸金", "under"),
    S("有期徒刑[[9年6月]]", "9.5", "年", T, "exact", "有期徒刑"),
    twd("犯罪所得[[8,650萬元]]", "86500000", "犯罪所得"),
    twd("吸金[[近1.8億元]] ", "180000000", "吸金", "under"),
    S("判[[9年半]]", "9.5", "年", T, "exact", "虛幣詐欺主嫌刑期"),
    S("相關廠商[[逾1,500家]]", "1500", "家", C, "over", "精密機械相關廠商"),
    S("從業人員[[約10萬人]]", "100000", "人", C, "about", "從業人員"),
    S("設置[[18座]]", "18", "座", C, "exact", "大型燈飾"),
    S("吸引[[逾120萬人次]]", "1200000", "人次", C, "over", "參觀人次"),
    twd("產值[[約新台幣6億元]]", "600000000", "周邊商圈產值", "about"),
    S("新春徵才 [[86家]]", "86", "家", C, "exact", "廠商"),
    S("釋出[[逾4,200個]]職缺", "4200", "個", C, "over", "職缺"),
    S("共有[[86家]]廠商參與", "86", "家", C, "exact", "參與廠商"),
    S("提供[[逾4,200個]]職缺", "4200", "個", C, "over", "職缺"),
    twd("月薪[[新台幣4萬元以上]]", "40000", "月薪", "over"),
    S("職缺占[[百分之三十八點五]]", "38.5", "%", P, "exact", "月薪新台幣4萬元以上職缺占比"),
    S("等食品[[210件]]", "210", "件", C, "exact", "抽驗年菜、糕點等食品"),
    S("，[[12件]]不合格", "12", "件", C, "exact", "不合格食品"),
    S("不合格率[[百分之五點七]]", "5.7", "%", P, "exact", "不合格率"),
    S("抽驗 [[12件]]不合格", "12", "件", C, "exact", "不合格年節食品"),
    twd("總經費[[新台幣248億元]]", "24800000000", "臺中港北側物流園區開發計畫總經費"),
    S("分[[5年]]執行", "5", "年", T, "exact", "計畫執行期"),
    S("目前的[[180萬TEU]]", "1800000", "TEU", C, "exact", "臺中港年貨櫃裝卸量"),
    S("提升至[[230萬TEU]]", "2300000", "TEU", C, "exact", "臺中港年貨櫃裝卸量"),
    S("就業機會[[近3,500個]]", "3500", "個", C, "under", "新增就業機會"),
    S("裝卸量為[[168萬TEU]]", "1680000", "TEU", C, "exact", "臺中港貨櫃裝卸量"),
    S("成長[[百分之四點二]]", "4.2", "%", P, "exact", "臺中港貨櫃裝卸量", change=up("去年同期")),
    S("總經費[[248億]]", "24800000000", "億", M, "exact", "總經費", OPT),   # no 元 in a headline
    S("至今[[逾300件]]作品", "300", "件", C, "over", "展出作品"),
    twd("全程票價[[20元]]", "20", "公車302路全程票價"),
    S("藏書[[逾12萬冊]]\n", "120000", "冊", C, "over", "北屯圖書館新館藏書"),
    S("樓地板面積[[約4,800平方公尺]]", "4800", "平方公尺", A, "about", "館舍樓地板面積"),
    S("藏書[[逾12萬冊]]，", "120000", "冊", C, "over", "藏書"),
    twd("總工程費[[新台幣3.6億元]]", "360000000", "總工程費"),
    twd("中央補助[[1.2億元]]", "120000000", "中央補助"),
    S("寒假共[[21天]]", "21", "天", T, "exact", "寒假"),
    S("起 共[[21天]]", "21", "天", T, "exact", "寒假"),
    S("吸引[[逾2萬8,000名]]跑者", "28000", "名", C, "over", "報名參賽跑者"),
    S("開跑 [[逾2.8萬人]]參賽", "28000", "人", C, "over", "參賽人數"),
    twd("每公頃[[2萬元]]\n", "20000", "寒害稻農每公頃補助"),
    twd("可獲補助[[新台幣2萬元]]", "20000", "受災農民每公頃補助"),
    twd("補助總額[[近新台幣1.2億元]]", "120000000", "補助總額", "under"),
    S("縣內[[70歲以上]]長者", "70", "歲", C, "over", "長者", OPT),          # an age
    S("受惠長者[[約13萬人]]", "130000", "人", C, "about", "受惠長者"),
    twd("每年經費[[逾新台幣12億元]]", "1200000000", "每年經費", "over"),
]

EVENTS = [
    E("昨（16）日三讀通過", "policy", "三讀通過", D16, organizers=["臺中市議會"]),
    E("1月1日起施行", "policy", "施行", NEWYEAR, opt=True),                      # the same ordinance
    E("議員並附帶決議", "other", "決議", D16, opt=True),                           # part of the vote
    E("昨日公布統計", "announcement", "公布", D16, organizers=["經濟部國際貿易署"]),
    E("耶誕燈飾昨晚點亮", "exhibition", "點亮", D16, location="臺中國家歌劇院前廣場", opt=True),  # a caption
    E("宣判一起虛擬貨幣投資詐欺案", "legal", "宣判", D16, organizers=["臺灣臺中地方法院"]),
    E("判處有期徒刑9年6月", "legal", "判處", D16, opt=True),                       # the same ruling
    E("昨晚在臺中國家歌劇院前廣場點燈", "exhibition", "點燈", D16, location="臺中國家歌劇院前廣場",
      theme="星光森林"),
    E("將在市政府廣場舉辦「115年新春聯合徵才活動」", "recruitment", "徵才", D20, location="市政府廣場",
      organizers=["臺中市政府勞工局"], participants=["86家廠商"]),
    E("昨日公布年節食品抽驗結果", "announcement", "公布", D16, organizers=["臺中市政府衛生局"]),
    E("共抽驗年菜", "inspection", "抽驗", D16, organizers=["臺中市政府衛生局"]),
    E("昨日核定「臺中港北側物流園區開發計畫」", "policy", "核定", D16, organizers=["行政院"]),
    E("將自116年起分5年執行", "construction", "執行", year(2027), opt=True),       # a plan
    E("推出「光影百年──臺灣攝影史特展」", "exhibition", "特展", day("2025-12-17", "2026-03-08"),
      location="國立臺灣美術館", organizers=["國立臺灣美術館"], theme="光影百年──臺灣攝影史特展"),
    E("將舉辦開幕座談", "meeting", "座談", D20, organizers=["國立臺灣美術館"]),
    E("配合捷運綠線延伸段施工", "construction", "施工", opt=True),                 # no date of its own
    E("115年2月28日實施交通管制", "traffic", "交通管制", day("2025-12-22", "2026-02-28"),
      location="台灣大道與文心路口", organizers=["臺中市政府交通局"]),
    E("新闢公車302路", "launch", "新闢", D22, organizers=["臺中市政府交通局"]),
    E("新館昨日啟用", "launch", "啟用", D16),
    E("每日9時至21時開放", "schedule", "開放", opt=True),                          # recurring hours
    E("昨日公布114學年度寒假日期", "announcement", "公布", D16, organizers=["臺中市政府教育局"]),
    E("起放寒假", "schedule", "放寒假", day("2026-01-21", "2026-02-10"), organizers=["臺中市政府教育局"]),
    E("2月11日開學", "schedule", "開學", day("2026-02-11"), opt=True),             # the same calendar
    E("本週日（21日）清晨登場", "competition", "登場", D21),
    E("市政路等路段將實施交通管制", "traffic", "交通管制", D21, location="市政路等路段"),
    E("低溫寒害造成", "other", "寒害", xun(2025, 12, 0), opt=True),                 # a happening told in passing
    E("每公頃可獲補助新台幣2萬元", "payout", "補助", organizers=["農業部"], participants=["受災農民"]),
    E("向所在地鄉鎮市公所申請", "registration", "申請", day("2025-12-17", "2026-01-15"),
      location="所在地鄉鎮市公所", organizers=["農業部"]),
    E("全額補助設籍縣內70歲以上長者", "payout", "補助", NEWYEAR, organizers=["彰化縣政府"],
      participants=["長者"]),
    E("上月三讀通過《老人福利法》修正條文", "policy", "三讀通過", month(2025, 11), organizers=["立法院"]),
]
