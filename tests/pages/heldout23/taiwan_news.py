"""洄瀾時報 (花蓮縣, 台湾省), 2025-12-12 (a Friday): a Taiwan local-news page in traditional script, 更生日報-like.
Features: `地方`, `生活` and `焦點` labels and a `鄉親` series label; items opening `記者X X／花蓮報導` (台東, 屏東) run
into the first paragraph with a full-width space, or on their own line above the headline; items with no byline and one
with no headline; a kicker over a title (`康芮颱風農損救助` / `屏東縣府今起撥付2.3億元`); a paragraph broken after a
comma (`…優先用於偏鄉長照，` | `其中長照服務經費…`) with a caption, another item's byline, headline and body between;
captions `（記者吳 家 豪攝）` and `圖：光復鄉公所提供` (no photographer); a 公告 of 花蓮縣政府 with 主旨/說明, its
issuing body and an ROC date line (`中華民國114年12月11日`). Dates: `昨（11）日`, `今（12）日`, `明（13）日`,
`本週日（14日）上午6時`, `當日`, `下週一（15日）`, `上月24日至本月5日`, `上月`, `同日`, `今起`, `明晚`, `週日` (in a
title), ROC years (`115年度`, `114年度`, `115年1月5日至1月23日`, `中華民國114年12月15日起至12月19日`), `2月7日` after
`115年`; `115學年度`, `跨年`, `春節`, a year in an event's name and years inside documents' names optional. TWD
(`新台幣312億4,500萬元`, `1億2,000萬元`, `1萬2,460件`), `逾`, `近`, `約`, `百分之X`, `個百分點`; `近七成`, ages and
sentences optional. Taiwan bodies: 縣議會 (花蓮, 屏東), 縣府 and its 處/局, 鄉公所, 地方法院/地院, 地檢署, 警察局 分局,
消防局, 衛生局, 農會, 國立東華大學, 台鐵 and its 運務段, 海巡 unit.
Events: policy (budget passed, a fee rule), legal (ruling, seizure), competition, traffic (twice, one 加開), meeting
(twice), registration (three times), exam (twice), payout (twice), activity, inspection (twice), exhibition (light
festival), recruitment, announcement (a list to be published). Parts told twice, year summaries, plans and the notice's
own act are optional.

Written at main commit 344d4e0, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, span, up, year

PAPER = "洄瀾時報"
PUBLISHED = "2025-12-12"
HOME = {"city": "花蓮縣", "province": "台湾省"}

LAYOUT = [
    ("地方", "label", "T0"),
    ("記者吳 家 豪／花蓮報導　花蓮縣議會", "body", "T0"),    # breaks after a comma
    ("縣議會昨日進行", "caption", "P0"),                     # （記者吳 家 豪攝）
    ("記者陳 怡 婷／花蓮報導", "byline", "T1"),              # above its headline
    ("花蓮地院判決", "headline", "T1"),
    ("臺灣花蓮地方法院", "body", "T1"),
    ("其中長照服務經費", "body", "T0"),                      # the rest of T0's paragraph
    ("花蓮縣115年度總預算", "headline", "T0"),               # after its body
    ("生活", "label", "T2"),
    ("太平洋縱谷馬拉松", "headline", "T2"),
    ("記者林 美 玲／花蓮報導　花蓮縣政府觀光處", "body", "T2"),
    ("跑者去年", "caption", "P1"),                           # 圖：光復鄉公所提供
    ("鄉親", "label", "T3"),
    ("記者陳 怡 婷／台東報導　台東縣", "body", "T3"),
    ("稻浪迎賓", "headline", "T3"),                          # after its body
    ("國立東華大學明年", "headline", "T4"),
    ("記者吳 家 豪／花蓮報導　國立東華大學", "body", "T4"),
    ("縣府發放冬季", "headline", "T5"),
    ("花蓮縣政府社會處", "body", "T5"),                      # no byline
    ("記者林 美 玲／花蓮報導", "byline", "T6"),              # above its headline
    ("消防局抽查旅宿", "headline", "T6"),
    ("花蓮縣消防局", "body", "T6"),
    ("記者黃 建 成／屏東報導", "byline", "T7"),              # above its headline
    ("屏東縣議會臨時會", "headline", "T7"),
    ("屏東縣議會第20屆", "body", "T7"),
    ("記者林 美 玲／花蓮報導　為迎接", "body", "T8"),
    ("台鐵東部幹線", "headline", "T8"),                      # after its body
    ("焦點", "label", "T9"),
    ("康芮颱風農損救助", "headline", "T9"),                  # kicker
    ("屏東縣府今起", "headline", "T9"),
    ("記者黃 建 成／屏東報導　屏東縣政府", "body", "T9"),
    ("記者吳 家 豪／花蓮報導　吉安鄉公所", "body", "T10"),
    ("吉安耶誕光雕祭", "headline", "T10"),                   # after its body
    ("記者陳 怡 婷／台東報導", "byline", "T11"),             # above its headline
    ("台東地檢查獲", "headline", "T11"),
    ("臺灣台東地方檢察署", "body", "T11"),
    ("花蓮縣政府昨", "body", "T12"),                         # no byline
    ("花蓮市區停車費", "headline", "T12"),                   # after its body
    ("花蓮縣衛生局上月", "body", "T13"),                     # no byline, no headline
    ("公告", "label", "T14"),
    ("花蓮縣政府公告", "headline", "T14"),
    ("主旨：", "body", "T14"),
    ("說明：", "body", "T14"),
    ("花蓮縣政府", "body", "T14"),
    ("中華民國114年12月11日", "body", "T14"),
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["吳家豪"])),
    "T1": dict(byline=byline(reporters=["陳怡婷"])),
    "T2": dict(byline=byline(reporters=["林美玲"])),
    "T3": dict(byline=byline(reporters=["陳怡婷"])),
    "T4": dict(byline=byline(reporters=["吳家豪"])),
    "T5": dict(),
    "T6": dict(byline=byline(reporters=["林美玲"])),
    "T7": dict(byline=byline(reporters=["黃建成"])),
    "T8": dict(byline=byline(reporters=["林美玲"])),
    "T9": dict(byline=byline(reporters=["黃建成"])),
    "T10": dict(byline=byline(reporters=["吳家豪"])),
    "T11": dict(byline=byline(reporters=["陳怡婷"])),
    "T12": dict(),
    "T13": dict(),
    "T14": dict(),
}
JOINS = [("記者吳 家 豪／花蓮報導　花蓮縣議會", "其中長照服務經費")]
PHOTOS = {
    "P0": dict(photographers=["吳家豪"], article="T0"),
    "P1": dict(photographers=[], article="T2"),
}

D11, D12, D13, D14 = day("2025-12-11"), day("2025-12-12"), day("2025-12-13"), day("2025-12-14")
Y24, Y25, Y26 = year(2024), year(2025), year(2026)
DATES = [
    D("定期會[[昨（11）日]]三讀", D11),
    D("花蓮縣[[115年度]]總預算案", Y26),
    D("較[[114年度]]增加", Y25),
    D("縣議會[[昨日]]進行", D11),
    D("地方法院[[昨（11）日]]宣判", D11),
    D("表示，[[今年]]已偵辦", Y25),
    D("，[[115年度]]預算有", Y26),
    D("\n花蓮縣[[115年度]]總預算 三讀", Y26),
    D("馬拉松 [[週日]]鳴槍", D14),
    D("「[[2025]]太平洋", Y25, OPT),                                   # a year in an event's name
    D("」[[本週日（14日）上午6時]]在光復鄉", D14),
    D("將於[[當日]]清晨", D14),
    D("跑者[[去年]]在縱谷", Y24),
    D("池上鄉農會[[昨（11）日]]在", D11),
    D("，[[今年]]藝術節", Y25),
    D("，[[今年]]二期稻作", Y25),
    D("比[[去年]]增加百分之六", Y24),
    D("東華大學[[明年]]設", Y26),
    D("東華大學[[昨（11）日]]宣布", D11),
    D("，[[115學年度]]將新設", (span("2026-08-01", "2027-07-31"), "year"), OPT),   # a school year
    D("報名期間自[[115年1月5日至1月23日]]", day("2026-01-05", "2026-01-23")),
    D("並於[[2月7日]]舉行面試", day("2026-02-07")),
    D("，[[今年]]原住民族", Y25),
    D("較[[去年]]提高3個", Y24),
    D("社會處[[今（12）日]]起發放", D12),
    D("衛生局[[同日]]起", D12),
    D("消防局[[上月24日至本月5日]]針對", day("2025-11-24", "2025-12-05")),
    D("，[[下週一（15日）]]起將", day("2025-12-15")),
    D("臨時會[[今（12）日]]開議", D12),
    D("提出的[[114年度]]第二次", Y25, OPT),   # in a document's name
    D("為迎接[[跨年]]旅遊", VAGUE, OPT),
    D("宣布，[[12月20日至115年1月4日]]期間", day("2025-12-20", "2026-01-04")),
    D("，[[今（12）日中午12時]]起開放", D12),
    D("台鐵東部幹線 [[跨年]]加開", VAGUE, OPT),
    D("屏東縣府[[今]]起撥付", D12),
    D("農業處[[今（12）日]]起撥付", D12),
    D("吉安鄉公所[[明（13）日晚間]]在", D13),
    D("活動至[[115年1月4日]]止", day("2026-01-04")),
    D("。[[今年]]光雕主燈", Y25),
    D("光雕祭 [[明晚]]點燈", D13),
    D("檢察署[[昨（11）日]]指揮", D11),
    D("花蓮縣政府[[昨（11）日]]公布", D11),
    D("，自[[115年1月1日]]起，市區", day("2026-01-01")),
    D("停車費 [[明年]]起每小時", Y26),
    D("衛生局[[上月]]抽驗", month(2025, 11)),
    D("表示，[[春節]]前將", day("2026-02-17"), OPT),                 # a loose "before the Spring Festival"
    D("公告本府[[115年度]]臨時人員", Y26, OPT),                      # in a document's name
    D("報名日期自[[中華民國114年12月15日起至12月19日]]止", day("2025-12-15", "2025-12-19")),
    D("筆試訂於[[114年12月27日]]舉行", day("2025-12-27")),
    D("錄取名單於[[115年1月9日]]公告", day("2026-01-09")),
    D("\n[[中華民國114年12月11日]]", D11),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
HYH = ["花莲县议会", "花蓮縣議會"]
HF = ["花莲县政府", "花蓮縣政府"]
PYH = ["屏东县议会", "屏東縣議會"]
PF = ["屏东县政府", "屏東縣政府"]
HDY = ["台湾花莲地方法院", "臺灣花蓮地方法院", "花蓮地方法院"]
XFJ = ["花莲县消防局", "花蓮縣消防局"]
WSJ = ["花莲县卫生局", "花蓮縣衛生局", "花蓮縣政府衛生局"]
DH = ["国立东华大学", "國立東華大學"]
NYC = ["屏东县政府农业处", "屏東縣政府農業處"]
JA = ["花莲县吉安乡公所", "花蓮縣吉安鄉公所", "吉安鄉公所"]
ORGS = [
    O("花蓮報導　[[花蓮縣議會]]第20屆", HYH, G),
    O("。[[議會]]審查時", HYH + ["議會"], G, OPT),
    O("刪減[[縣府]]宣傳費", HF + ["縣府"], G),
    O("要求[[縣府]]將節省", HF + ["縣府"], G),
    O("\n[[縣議會]]昨日進行", HYH + ["縣議會"], G),
    O("\n[[花蓮地院]]判決", HDY + ["花蓮地院"], G),
    O("\n[[臺灣花蓮地方法院]]昨", HDY, G),
    O("。[[花蓮地檢署]]表示", ["台湾花莲地方检察署", "臺灣花蓮地方檢察署", "花蓮地檢署"], G),
    O("。[[縣議會]]議長", HYH + ["縣議會"], G),
    O("花蓮報導　[[花蓮縣政府觀光處]]主辦", ["花莲县政府观光处", "花蓮縣政府觀光處"], G),
    O("。[[花蓮縣警察局鳳林分局]]將於", ["花莲县警察局凤林分局", "花蓮縣警察局鳳林分局"], G),
    O("圖：[[光復鄉公所]]提供", ["花莲县光复乡公所", "花蓮縣光復鄉公所", "光復鄉公所"], G),
    O("台東報導　[[台東縣池上鄉農會]]昨", ["台东县池上乡农会", "臺東縣池上鄉農會", "台東縣池上鄉農會"], SO),
    O("。[[農會]]總幹事", ["台东县池上乡农会", "臺東縣池上鄉農會", "農會"], SO, OPT),
    O("\n[[國立東華大學]]明年", DH, IN),
    O("花蓮報導　[[國立東華大學]]昨", DH, IN),
    O("。[[東華大學]]表示", DH + ["東華大學"], IN),
    O("\n[[縣府]]發放冬季", HF + ["縣府"], G),
    O("\n[[花蓮縣政府社會處]]今", ["花莲县政府社会处", "花蓮縣政府社會處"], G),
    O("。[[縣府衛生局]]同日", WSJ + ["縣府衛生局"], G),
    O("\n[[消防局]]抽查旅宿", XFJ + ["消防局"], G),
    O("\n[[花蓮縣消防局]]上月", XFJ, G),
    O("。[[消防局]]表示，下週一", XFJ + ["消防局"], G),
    O("\n[[屏東縣議會]]臨時會", PYH, G),
    O("\n[[屏東縣議會]]第20屆", PYH, G),
    O("審議[[縣府]]提出", PF + ["縣府"], G),
    O("，[[臺灣鐵路股份有限公司花蓮運務段]]宣布", ["台湾铁路股份有限公司花莲运务段", "臺灣鐵路股份有限公司花蓮運務段"],
      CO),
    O("\n[[台鐵]]東部幹線", ["台湾铁路股份有限公司", "臺灣鐵路股份有限公司", "台鐵"], CO),
    O("\n[[屏東縣府]]今起", PF + ["屏東縣府"], G),
    O("屏東報導　[[屏東縣政府農業處]]今", NYC, G),
    O("。[[農業處]]指出", NYC + ["農業處"], G),
    O("花蓮報導　[[吉安鄉公所]]明", JA, G),
    O("在[[吉安鄉立體育館]]前廣場", ["花莲县吉安乡立体育馆", "花蓮縣吉安鄉立體育館", "吉安鄉立體育館"], IN,
      OPT),  # a venue
    O("，[[鄉公所]]預估", JA + ["鄉公所"], G),
    O("\n[[台東地檢]]查獲", ["台湾台东地方检察署", "臺灣台東地方檢察署", "臺灣臺東地方檢察署", "台東地檢"], G),
    O("\n[[臺灣台東地方檢察署]]昨", ["台湾台东地方检察署", "臺灣台東地方檢察署", "臺灣臺東地方檢察署"], G),
    O("指揮[[海巡署東部分署第十四岸巡隊]]", ["海洋委员会海巡署东部分署第十四岸巡队",
                                            "海洋委員會海巡署東部分署第十四岸巡隊", "海巡署東部分署第十四岸巡隊"], G),
    O("\n[[花蓮縣政府]]昨", HF, G),
    O("\n[[花蓮縣衛生局]]上月", WSJ, G),
    O("。[[衛生局]]表示", WSJ + ["衛生局"], G),
    O("\n[[花蓮縣政府]]公告", HF, G),
    O("公告[[本府]]115年度", HF + ["本府"], G, OPT),
    O("\n[[花蓮縣政府]]\n中華", HF, G),
]

C, P, M, T, L, W, A = "count", "percent", "money", "duration", "length", "weight", "area"
TWD = "TWD"
STATS = [
    S("歲出規模[[新台幣312億4,500萬元]]", "31245000000", "元", M, "exact", "115年度總預算案歲出規模", currency=TWD),
    S("增加[[近18億元]]", "1800000000", "元", M, "under", "歲出規模", change=up("114年度"), currency=TWD),
    S("宣傳費[[860萬元]]", "8600000", "元", M, "exact", "刪減縣府宣傳費", change=down(), currency=TWD),
    S("盜伐牛樟[[2人]]各判", "2", "人", C, "exact", "盜伐牛樟被告"),
    S("各判[[1年半]]", "1.5", "年", T, "exact", "有期徒刑", OPT),                      # a sentence
    S("被告[[2人]]盜伐", "2", "人", C, "exact", "被告"),
    S("木材[[約1.2公噸]]", "1.2", "公噸", W, "about", "盜伐牛樟木材"),
    S("市值[[逾新台幣300萬元]]", "3000000", "元", M, "over", "牛樟木材市值", currency=TWD),
    S("有期徒刑[[1年6月]]", "18", "月", T, "exact", "有期徒刑", OPT),                 # a sentence
    S("盜伐案件[[17件]]", "17", "件", C, "exact", "今年偵辦盜伐案件"),
    S("經費增加[[1億2,000萬元]]", "120000000", "元", M, "exact", "長照服務經費", change=up(), currency=TWD),
    S("預算有[[百分之四十三]]", "43", "%", P, "exact", "用於社福與教育的預算"),
    S("報名人數[[逾8,000人]]", "8000", "人", C, "over", "馬拉松報名人數"),
    S("警力[[120人次]]", "120", "人次", C, "exact", "加派警力"),
    S("觀光產值[[逾新台幣5,000萬元]]", "50000000", "元", M, "over", "帶動觀光產值", currency=TWD),
    S("吸引[[近5萬人次]]入場", "50000", "人次", C, "under", "藝術節入場人次"),
    S("周邊產值[[約新台幣1億元]]", "100000000", "元", M, "about", "帶動周邊產值", currency=TWD),
    S("收成[[約4,200公噸]]", "4200", "公噸", W, "about", "二期稻作收成"),
    S("增加[[百分之六]]", "6", "%", P, "exact", "二期稻作收成", change=up("去年")),
    S("藝術節吸引[[近5萬人次]]\n", "50000", "人次", C, "under", "池上藝術節吸引人次"),
    S("招收學生[[40名]]", "40", "名", C, "exact", "專班招收學生"),
    S("註冊率達[[百分之九十二]]", "92", "%", P, "exact", "原住民族學生註冊率"),
    S("提高[[3個百分點]]", "3", "個百分點", P, "exact", "原住民族學生註冊率", change=up("去年")),
    S("發放[[65歲]]以上", "65", "歲", C, "over", "獨居長者年齡", OPT),                  # an age
    S("每人[[新台幣3,000元]]", "3000", "元", M, "exact", "每人冬季關懷金", currency=TWD),
    S("受惠長者[[近6,200人]]", "6200", "人", C, "under", "受惠長者"),
    S("總經費[[1,860萬元]]", "18600000", "元", M, "exact", "冬季關懷金總經費", currency=TWD),
    S("在[[13鄉鎮市]]衛生所", "13", "鄉鎮市", C, "exact", "提供疫苗接種的鄉鎮市衛生所"),
    S("旅宿 [[12家]]不合格", "12", "家", C, "exact", "不合格旅宿"),
    S("共抽查[[126家]]", "126", "家", C, "exact", "抽查旅宿"),
    S("其中[[12家]]不合格，", "12", "家", C, "exact", "不合格旅宿"),
    S("不合格率[[近百分之十]]", "10", "%", P, "under", "旅宿不合格率"),
    S("會期[[5天]]", "5", "天", T, "exact", "臨時會會期"),
    S("追加預算案[[新台幣9億6,000萬元]]", "960000000", "元", M, "exact", "114年度第二次追加預算案", currency=TWD),
    S("經費占[[近七成]]", "70", "成", P, "under", "颱風災後復建經費占比", OPT),         # X成
    S("自強號[[36列次]]", "36", "列次", C, "exact", "加開自強號"),
    S("座位[[逾1萬8,000個]]", "18000", "個", C, "over", "提供座位"),
    S("跨年加開[[36列次]]", "36", "列次", C, "exact", "加開列次"),
    S("今起撥付[[2.3億元]]", "230000000", "元", M, "exact", "撥付農損救助", currency=TWD),
    S("共核定[[1萬2,460件]]", "12460", "件", C, "exact", "核定救助件數"),
    S("救助金額[[新台幣2億3,180萬元]]", "231800000", "元", M, "exact", "救助金額", currency=TWD),
    S("農損面積[[逾3,800公頃]]", "3800", "公頃", A, "over", "全縣農損面積"),
    S("香蕉占[[百分之三十五]]", "35", "%", P, "exact", "香蕉占農損的比重"),
    S("吸引[[逾10萬人次]]參觀", "100000", "人次", C, "over", "光雕祭參觀人次"),
    S("主燈高[[12公尺]]", "12", "公尺", L, "exact", "光雕主燈高度"),
    S("私菸[[逾3萬條]]", "30000", "條", C, "over", "起獲私菸"),
    S("起獲私菸[[3萬2,000條]]", "32000", "條", C, "exact", "起獲私菸"),
    S("市值[[約新台幣2,880萬元]]", "28800000", "元", M, "about", "私菸市值", currency=TWD),
    S("船長等[[4人]]", "4", "人", C, "exact", "移送偵辦人員"),
    S("每小時[[新台幣20元]]", "20", "元", M, "exact", "市區路邊停車費", currency=TWD),
    S("調整為[[30元]]", "30", "元", M, "exact", "市區路邊停車費", currency=TWD),
    S("停車費收入[[約4,500萬元]]", "45000000", "元", M, "about", "每年停車費收入", change=up(), currency=TWD),
    S("明年起每小時[[30元]]", "30", "元", M, "exact", "市區停車費", currency=TWD),
    S("年節食品[[120件]]", "120", "件", C, "exact", "抽驗年節食品"),
    S("結果[[5件]]不符", "5", "件", C, "exact", "不符規定的年節食品"),
    S("不合格率[[約百分之四]]", "4", "%", P, "about", "年節食品不合格率"),
    S("共計[[35名]]", "35", "名", C, "exact", "甄選職缺"),
]

EVENTS = [
    E("昨（11）日三讀通過花蓮縣115年度總預算案", "policy", "三讀通過", D11, organizers=["花蓮縣議會"]),
    E("刪減縣府宣傳費860萬元", "policy", "刪減", D11, organizers=["議會"], opt=True),        # part of the passage
    E("縣議會昨日進行總預算三讀", "policy", "三讀", D11, organizers=["縣議會"], opt=True),   # a caption
    E("宣判一起盜伐國有林牛樟案", "legal", "宣判", D11, organizers=["臺灣花蓮地方法院"]),
    E("各判處有期徒刑1年6月", "legal", "判處", D11, opt=True),                             # the same ruling
    E("今年已偵辦盜伐案件17件", "legal", "偵辦", Y25, organizers=["花蓮地檢署"], opt=True),  # a year summary
    E("本週日（14日）上午6時在光復鄉鳴槍起跑", "competition", "鳴槍起跑", D14, location="光復鄉",
      organizers=["花蓮縣政府觀光處"], theme="2025太平洋縱谷馬拉松"),
    E("對台9線光復至鳳林路段實施交通管制", "traffic", "交通管制", D14, location="台9線光復至鳳林路段",
      organizers=["花蓮縣警察局鳳林分局"]),
    E("舉辦「池上秋收稻穗藝術節」成果分享會", "meeting", "分享會", D11, location="大坡池畔",
      organizers=["台東縣池上鄉農會"], theme="池上秋收稻穗藝術節"),
    E("今年二期稻作收成約4,200公噸", "production", "收成", Y25, opt=True),                 # a year summary
    E("將新設原住民族文化產業專班", "launch", "新設", None, organizers=["國立東華大學"], opt=True),  # a plan
    E("報名期間自115年1月5日至1月23日", "registration", "報名", day("2026-01-05", "2026-01-23"),
      organizers=["國立東華大學"]),
    E("並於2月7日舉行面試", "exam", "面試", day("2026-02-07"), organizers=["國立東華大學"]),
    E("發放65歲以上獨居長者冬季關懷金", "payout", "發放", D12, organizers=["花蓮縣政府社會處"],
      participants=["獨居長者"]),
    E("在13鄉鎮市衛生所提供公費流感疫苗接種", "activity", "提供", D12, location="13鄉鎮市衛生所",
      organizers=["縣府衛生局"]),
    E("針對轄內旅宿業執行消防安全檢查", "inspection", "檢查", day("2025-11-24", "2025-12-05"),
      organizers=["花蓮縣消防局"]),
    E("將針對KTV、電影院等場所持續稽查", "inspection", "稽查", day("2025-12-15"), organizers=["消防局"],
      opt=True),                                                                             # a plan
    E("第20屆第8次臨時會今（12）日開議", "meeting", "開議", D12, organizers=["屏東縣議會"]),
    E("將審議縣府提出的114年度第二次追加預算案", "meeting", "審議", D12, opt=True),          # the same session
    E("加開東部幹線自強號36列次", "traffic", "加開", day("2025-12-20", "2026-01-04"),
      organizers=["臺灣鐵路股份有限公司花蓮運務段"]),
    E("中午12時起開放訂票", "registration", "開放訂票", D12, organizers=["臺灣鐵路股份有限公司花蓮運務段"]),
    E("撥付康芮颱風農業災害現金救助", "payout", "撥付", D12, organizers=["屏東縣政府農業處"]),
    E("舉辦「吉安耶誕光雕祭」點燈儀式", "exhibition", "舉辦", day("2025-12-13", "2026-01-04"),
      location="吉安鄉立體育館前廣場", organizers=["吉安鄉公所"], theme="吉安耶誕光雕祭"),
    E("在成功漁港查獲一艘漁船走私菸品", "legal", "查獲", D11, location="成功漁港",
      organizers=["臺灣台東地方檢察署"], participants=["海巡署東部分署第十四岸巡隊"]),
    E("依違反菸酒管理法移送偵辦", "legal", "移送偵辦", D11, opt=True),                      # the same case
    E("公布「花蓮縣公有停車場收費自治條例」修正案", "policy", "公布", D11, organizers=["花蓮縣政府"]),
    E("市區路邊停車費由每小時新台幣20元調整為30元", "policy", "調整", day("2026-01-01"), opt=True),  # the rule in force
    E("上月抽驗市售年節食品120件", "inspection", "抽驗", month(2025, 11), organizers=["花蓮縣衛生局"]),
    E("春節前將擴大抽驗範圍至傳統市場", "inspection", "抽驗", None, organizers=["衛生局"], opt=True),  # a plan
    E("公告本府115年度臨時人員甄選簡章", "announcement", "公告", D11, organizers=["花蓮縣政府"],
      opt=True),  # the notice's own act
    E("甄選職缺共計35名", "recruitment", "甄選", None, organizers=["花蓮縣政府"]),
    E("報名日期自中華民國114年12月15日起至12月19日止", "registration", "報名", day("2025-12-15", "2025-12-19"),
      organizers=["花蓮縣政府"]),
    E("筆試訂於114年12月27日舉行", "exam", "筆試", day("2025-12-27"), organizers=["花蓮縣政府"]),
    E("錄取名單於115年1月9日公告", "announcement", "公告", day("2026-01-09"), organizers=["花蓮縣政府"]),
]
