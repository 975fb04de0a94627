"""經貿日報 (台北市, 臺灣), 2025-12-09 (a Tuesday): a Taiwan financial page in traditional script,
經濟日報/工商時報-like. Features unlike heldout10 (〔記者X／台中報導〕), heldout14 (聯合報/中央社) and heldout18 (【X
X／新竹報導】): bylines `記者林 怡 萱／台北報導` on their own line (above the body or above the headline) or run into
the first paragraph with a full-width space (`記者陳 冠 宇／台北報導　中央銀行…`); three items with no byline; a `財經`
and a `產業` label and a `焦點` series label; a kicker over a title (`出口動能強勁` / `11月出口年增逾三成 創同月新高`);
a paragraph broken after a comma (`…年增18.4%，` | `出超174.5億美元…`) with another item's label, headline and body
between; captions `圖／華晶提供` (a provider, no photographer) and `（林 怡 萱攝）`; a table-like sidebar of key figures
(`重要經濟指標`, an item of its own: rows `11月出口　587.3億美元　年增32.6%` and a source line); headlines after their
bodies and before them. Dates: `昨（8）日`, `明（10）日`, `本週六（13日）`, `下週一（15日）`, `下週四（18日）`,
`即日起至本週五`, `上月28日`, `同日`, `昨日`, `上月` after a named month (the month before it), ROC years
(`115年1月1日`, `115年`, `114年上半年`, `117年6月`), `前三季`, `今年前三季`, `今年前11月`, `前11月`, `明年上半年`,
`11月底`; `日前` optional; `全年` alone, `第四季` in a meeting's name and a year in an exhibition's name optional. Money
in TWD (`新台幣4,820億元`, `3兆1,254億元`, `新台幣2兆6,380億元`, `新台幣1,260萬元`, `新台幣3萬6,500元`) and USD
(`587.3億美元`, `不超過52億美元`); `年增X%`, `月減X%`, `月增`, `季增`, `較上月增加`, `百分之X點X`, `個百分點`, `逾`,
`近`, `約`, `最高`; headline amounts without 元 and X成 optional; a capital threshold (`新台幣50億元以上`) optional.
Taiwan bodies canonical in simplified with the written and short forms as alternatives (財政部, 中央銀行/央行, 金管會,
主計總處, 經濟部, 勞動部 and its 分署, 證交所, 櫃買中心, 國發會, 屏東縣政府/縣府, 外貿協會), a company with its
股份有限公司 name once (`華晶`). Events: figures made public (customs, reserves, revenue, GDP, trading, business
signals), a central-bank board meeting, a company board meeting, a disclosure rule (policy, in force 115年1月1日), a
fine, an investment signing, an exhibition, a job fair and its interview booking, a trading system going live, a park's
groundbreaking.

Written at main commit 223729c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "經貿日報"
PUBLISHED = "2025-12-09"
HOME = {"city": "台北市", "province": "台湾省"}

LAYOUT = [
    ("財經", "label", "T0"),
    ("出口動能強勁", "headline", "T0"),                      # kicker
    ("11月出口年增", "headline", "T0"),
    ("記者林 怡 萱／台北報導", "byline", "T0"),
    ("財政部昨（8）日", "body", "T0"),                       # breaks after a comma
    ("焦點", "label", "T1"),
    ("央行理監事會", "headline", "T1"),
    ("記者陳 冠 宇／台北報導", "body", "T1"),                # byline run into the paragraph
    ("出超174.5億美元", "body", "T0"),                       # the rest of T0's paragraph
    ("產業", "label", "T2"),
    ("記者張 家 豪／新竹報導", "byline", "T2"),
    ("華晶半導體製造", "body", "T2"),
    ("華晶位於新竹", "caption", "P0"),                       # 圖／華晶提供
    ("華晶董事會", "headline", "T2"),                        # after its body
    ("上市櫃公司明年起", "headline", "T3"),
    ("記者王 淑 芬／台北報導", "body", "T3"),                # byline run into the paragraph
    ("記者李 宜 庭／台北報導", "byline", "T4"),              # above its headline
    ("主計總處上修", "headline", "T4"),
    ("行政院主計總處", "body", "T4"),
    ("經濟部昨（8）日", "body", "T5"),                       # no byline
    ("投資台灣再添", "headline", "T5"),                      # after its body
    ("智慧製造展明登場", "headline", "T6"),
    ("記者張 家 豪／台北報導", "body", "T6"),                # byline run into the paragraph
    ("廠商昨日在南港", "caption", "P1"),                     # （林 怡 萱攝）
    ("勞動部勞動力發展署", "body", "T7"),                    # no byline
    ("北分署週六", "headline", "T7"),                        # after its body
    ("證交所：", "headline", "T8"),
    ("臺灣證券交易所昨", "body", "T8"),                      # no byline
    ("記者黃 志 明／屏東報導", "byline", "T9"),              # above its headline
    ("屏東科技產業園區二期", "headline", "T9"),
    ("屏東縣政府昨", "body", "T9"),
    ("國家發展委員會", "body", "T10"),                       # no byline
    ("10月景氣燈號", "headline", "T10"),                     # after its body
    ("重要經濟指標", "headline", "T11"),                     # the sidebar
    ("11月出口　", "body", "T11"),
    ("11月底外匯存底　", "body", "T11"),
    ("第三季經濟成長率　", "body", "T11"),
    ("10月失業率　", "body", "T11"),
    ("資料來源：", "body", "T11"),
]

ARTICLES = {
    "T0": dict(byline=byline(reporters=["林怡萱"])),
    "T1": dict(byline=byline(reporters=["陳冠宇"])),
    "T2": dict(byline=byline(reporters=["張家豪"])),
    "T3": dict(byline=byline(reporters=["王淑芬"])),
    "T4": dict(byline=byline(reporters=["李宜庭"])),
    "T5": dict(),
    "T6": dict(byline=byline(reporters=["張家豪"])),
    "T7": dict(),
    "T8": dict(),
    "T9": dict(byline=byline(reporters=["黃志明"])),
    "T10": dict(),
    "T11": dict(),
}
JOINS = [("財政部昨（8）日", "出超174.5億美元")]
PHOTOS = {
    "P0": dict(photographers=[], article="T2"),
    "P1": dict(photographers=["林怡萱"], article="T6"),
}

D8, D10, D13 = day("2025-12-08"), day("2025-12-10"), day("2025-12-13")
D18 = day("2025-12-18")
M9, M10, M11 = month(2025, 9), month(2025, 10), month(2025, 11)
Q3, Q4 = quarter(2025, 3), quarter(2025, 4)
Q123 = (span("2025-01-01", "2025-09-30"), "quarter")
Y25, Y26 = year(2025), year(2026)
XE11 = xun(2025, 11, 2)
DATES = [
    D("\n[[11月]]出口年增逾三成", M11),
    D("財政部[[昨（8）日]]公布", D8),
    D("公布[[11月]]海關", M11),
    D("理監事會[[下週四]]登場", D18),
    D("將於[[下週四（18日）]]召開", D18),
    D("召開[[第四季]]理監事", Q4, OPT),                                 # in the meeting's name
    D("。央行[[昨（8）日]]公布", D8),
    D("，[[11月底]]外匯存底為", XE11),
    D("較[[上月]]增加12.4億美元", M10),                                 # the month before 11月
    D("；[[11月]]M2年增率", M11),
    D("較[[上月]]減少0.3個百分點", M10),
    D("楊 金 龍[[日前]]表示", VAGUE),
    D("累計[[今年前11月]]出口", months(2025, 1, 11)),
    D("預估，[[12月]]出口", month(2025, 12)),
    D("，[[全年]]出口可望", Y25, OPT),                                  # the year as a whole
    D("（華晶）[[昨（8）日]]召開", D8),
    D("華晶[[同日]]公布", D8),
    D("公布[[11月]]合併營收", M11),
    D("；[[前11月]]累計營收", months(2025, 1, 11)),
    D("華晶[[第三季]]稅後", Q3),
    D("上市櫃公司[[明年]]起", Y26),
    D("（金管會）[[昨（8）日]]發布", D8),
    D("自[[115年1月1日]]起", day("2026-01-01")),
    D("金管會[[同日]]並", D8),
    D("上修[[全年]]經濟成長率至6.45%", Y25, OPT),                       # the year as a whole
    D("主計總處[[上月28日]]公布", day("2025-11-28")),
    D("，[[今年第三季]]經濟成長率", Q3),
    D("，[[前三季]]經濟成長率", Q123),
    D("上修[[今年全年]]經濟", Y25),
    D("較[[8月]]預測", month(2025, 8)),
    D("預估[[115年]]經濟成長率", Y26),
    D("經濟部[[昨（8）日]]舉行", D8),
    D("智慧製造展[[明]]登場", D10),
    D("「[[2025]]台灣智慧製造展」", Y25, OPT),                         # a year in the exhibition's name
    D("」[[明（10）日]]起一連", D10),
    D("廠商[[昨日]]在南港", D8),
    D("分署[[本週六（13日）]]在", D13),
    D("可於[[即日起至本週五]]上網", day("2025-12-09", "2025-12-12")),
    D("，[[10月]]失業率為", M10),
    D("較[[上月]]減少0.02", M9),
    D("北分署[[週六]]聯合", D13),
    D("證交所：[[11月]]台股", M11),
    D("臺灣證券交易所[[昨（8）日]]公布", D8),
    D("公布，[[11月]]集中市場", M11),
    D("較[[上月]]增加百分之十二點三", M10),
    D("外資[[11月]]賣超", M11),
    D("自[[下週一（15日）]]起上線", day("2025-12-15")),
    D("買賣中心[[同日]]公布", D8),
    D("公布，[[11月]]上櫃", M11),
    D("；[[114年上半年]]上櫃", (span("2025-01-01", "2025-06-30"), "quarter")),
    D("屏東縣政府[[昨（8）日]]舉行", D8),
    D("預計[[117年6月]]完工", month(2028, 6)),
    D("廠商[[今年前三季]]產值", Q123),
    D("較[[去年同期]]成長", (span("2024-01-01", "2024-09-30"), "quarter")),
    D("（國發會）[[昨（8）日]]公布", D8),
    D("公布[[10月]]景氣", M10),
    D("較[[上月]]增加2分", M9),
    D("預期[[第四季]]景氣", Q4),
    D("，[[明年上半年]]出口", (span("2026-01-01", "2026-06-30"), "quarter")),
    D("\n[[10月]]景氣燈號", M10),
    D("\n[[11月]]出口　", M11),
    D("\n[[11月底]]外匯存底　", XE11),
    D("\n[[第三季]]經濟成長率　", Q3),
    D("\n[[10月]]失業率　", M10),
]

G, IN, CO, SO = "government", "institution", "company", "social"
CZB = ["财政部", "財政部"]
YH = ["中央银行", "中央銀行", "央行"]
HJ = ["华晶半导体制造股份有限公司", "華晶半導體製造股份有限公司", "華晶"]
JGH = ["金融监督管理委员会", "金融監督管理委員會", "金管會"]
ZJ = ["行政院主计总处", "行政院主計總處", "主計總處"]
JJB = ["经济部", "經濟部"]
LDB = ["劳动部", "勞動部"]
FS = ["劳动部劳动力发展署北基宜花金马分署", "勞動部勞動力發展署北基宜花金馬分署", "北分署"]
ZJS = ["台湾证券交易所", "臺灣證券交易所", "證交所"]
GMZX = ["证券柜台买卖中心", "證券櫃檯買賣中心", "櫃買中心"]
PDX = ["屏东县政府", "屏東縣政府", "縣府"]
GFH = ["国家发展委员会", "國家發展委員會", "國發會"]
WMXH = ["中华民国对外贸易发展协会", "中華民國對外貿易發展協會", "外貿協會"]
ORGS = [
    O("\n[[財政部]]昨（8）日", CZB, G),
    O("\n[[央行]]理監事會", YH, G),
    O("台北報導　[[中央銀行]]將於", YH, G),
    O("。[[央行]]昨（8）日", YH, G),
    O("。[[央行]]總裁", YH, G),
    O("。[[財政部統計處]]處長", ["财政部统计处", "財政部統計處"], G),
    O("\n[[華晶半導體製造股份有限公司]]（", HJ, CO),
    O("（[[華晶]]）昨", HJ, CO),
    O("。[[華晶]]同日", HJ, CO),
    O("。[[華晶]]第三季", HJ, CO),
    O("\n[[華晶]]位於", HJ, CO),
    O("圖／[[華晶]]提供", HJ, CO),
    O("\n[[華晶]]董事會", HJ, CO),
    O("台北報導　[[金融監督管理委員會]]（", JGH, G),
    O("（[[金管會]]）昨", JGH, G),
    O("。[[金管會]]同日", JGH, G),
    O("\n[[主計總處]]上修", ZJ, G),
    O("\n[[行政院主計總處]]上月", ZJ, G),
    O("\n[[經濟部]]昨（8）日", JJB, G),
    O("。[[經濟部]]統計", JJB, G),
    O("由[[中華民國對外貿易發展協會]]（", WMXH, SO),
    O("（[[外貿協會]]）主辦", WMXH, SO),
    O("在[[南港展覽館1館]]登場", ["南港展览馆", "南港展覽館"], IN, OPT),             # a venue
    O("廠商昨日在[[南港展覽館]]布展", ["南港展览馆", "南港展覽館"], IN, OPT),
    O("\n[[勞動部勞動力發展署北基宜花金馬分署]]本週六", FS, G),
    O("。[[勞動部]]統計", LDB, G),
    O("\n[[北分署]]週六", FS, G),
    O("\n[[證交所]]：11月", ZJS, CO),
    O("\n[[臺灣證券交易所]]昨", ZJS, CO),
    O("。[[證交所]]並宣布", ZJS, CO),
    O("。[[證券櫃檯買賣中心]]同日", GMZX, IN),
    O("\n[[屏東縣政府]]昨", PDX, G),
    O("，[[縣府]]並將", PDX, G),
    O("。[[縣府]]表示", PDX, G),
    O("\n[[國家發展委員會]]（", GFH, G),
    O("（[[國發會]]）昨", GFH, G),
    O("。[[國發會]]表示", GFH, G),
    O("資料來源：[[財政部]]", CZB, G),
    O("、[[中央銀行]]、主計", YH, G),
    O("、[[主計總處]]、勞動部", ZJ, G),
    O("主計總處、[[勞動部]]", LDB, G),
]

C, P, M, T = "count", "percent", "money", "duration"
TWD, USD = "TWD", "USD"
YS = "去年同期"
STATS = [
    S("年增[[逾三成]]", "30", "%", P, "over", "11月出口", OPT, change=up(YS)),          # X成
    S("出口金額達[[587.3億美元]]", "58730000000", "美元", M, "exact", "11月出口金額", currency=USD),
    S("年增[[32.6%]]，月減", "32.6", "%", P, "exact", "出口金額", change=up(YS)),
    S("月減[[2.1%]]", "2.1", "%", P, "exact", "出口金額", change=down("上月")),
    S("連續[[25個月]]", "25", "個月", T, "exact", "出口正成長", OPT),
    S("進口[[412.8億美元]]", "41280000000", "美元", M, "exact", "11月進口", currency=USD),
    S("年增[[18.4%]]", "18.4", "%", P, "exact", "進口", change=up(YS)),
    S("出超[[174.5億美元]]", "17450000000", "美元", M, "exact", "出超", currency=USD),
    S("出口[[5,862.4億美元]]", "586240000000", "美元", M, "exact", "今年前11月累計出口", currency=USD),
    S("年增[[27.9%]]", "27.9", "%", P, "exact", "前11月累計出口", change=up(YS)),
    S("年增[[25%至30%]]", "25", "%", P, "exact", "12月出口", OPT, change=up(YS)),      # a forecast range
    S("突破[[6,400億美元]]", "640000000000", "美元", M, "over", "全年出口", currency=USD),
    S("占比[[逾六成]]", "60", "%", P, "over", "資通與視聽產品出口占比", OPT),            # X成
    S("維持[[百分之二]]不變", "2", "%", P, "exact", "重貼現率"),
    S("外匯存底為[[5,986.2億美元]]", "598620000000", "美元", M, "exact", "11月底外匯存底", currency=USD),
    S("增加[[12.4億美元]]；", "1240000000", "美元", M, "exact", "外匯存底", change=up("上月"), currency=USD),
    S("年增率為[[百分之四點八]]", "4.8", "%", P, "exact", "11月M2年增率"),
    S("減少[[0.3個百分點]]", "0.3", "個百分點", P, "exact", "M2年增率", change=down("上月")),
    S("資本預算[[約新台幣4,820億元]]", "482000000000", "元", M, "about", "資本預算", currency=TWD),
    S("增資[[不超過52億美元]]", "5200000000", "美元", M, "under", "對日本子公司增資", currency=USD),
    S("合併營收[[新台幣2,862億元]]", "286200000000", "元", M, "exact", "華晶11月合併營收", currency=TWD),
    S("月增[[5.3%]]", "5.3", "%", P, "exact", "合併營收", change=up("上月")),
    S("年增[[41.2%]]", "41.2", "%", P, "exact", "合併營收", change=up(YS)),
    S("累計營收[[3兆1,254億元]]", "3125400000000", "元", M, "exact", "前11月累計營收", currency=TWD),
    S("年增[[36.8%]]", "36.8", "%", P, "exact", "前11月累計營收", change=up(YS)),
    S("稅後純益[[新台幣4,521億元]]", "452100000000", "元", M, "exact", "華晶第三季稅後純益", currency=TWD),
    S("季增[[8.2%]]", "8.2", "%", P, "exact", "第三季稅後純益", change=up("上季")),
    S("核准[[4,820億]]資本", "482000000000", "億", M, "exact", "資本預算", OPT),          # in a headline, no 元
    S("資本額達[[新台幣50億元以上]]", "5000000000", "元", M, "over", "上市櫃公司實收資本額", OPT,
      currency=TWD),                                                                     # a threshold
    S("預估[[約620家]]公司", "620", "家", C, "about", "適用新制公司"),
    S("最高可處[[新台幣500萬元]]", "5000000", "元", M, "under", "罰鍰上限", currency=TWD),
    S("罰鍰[[新台幣1,260萬元]]", "12600000", "元", M, "exact", "銀行違反洗錢防制規定罰鍰", currency=TWD),
    S("經濟成長率至[[6.45%]]", "6.45", "%", P, "exact", "全年經濟成長率"),
    S("經濟成長率為[[百分之七點六四]]", "7.64", "%", P, "exact", "今年第三季經濟成長率"),
    S("經濟成長率為[[百分之六點三一]]", "6.31", "%", P, "exact", "前三季經濟成長率"),
    S("經濟成長率至[[百分之六點四五]]", "6.45", "%", P, "exact", "今年全年經濟成長率"),
    S("上調[[1.64個百分點]]", "1.64", "個百分點", P, "exact", "全年經濟成長率預測", change=up("8月預測")),
    S("經濟成長率為[[百分之二點八一]]", "2.81", "%", P, "exact", "115年經濟成長率"),
    S("，[[3家]]企業簽署", "3", "家", C, "exact", "簽署投資意向書企業"),
    S("投資金額[[逾新台幣1,280億元]]", "128000000000", "元", M, "over", "合計投資金額", currency=TWD),
    S("創造[[近3,200個]]本國", "3200", "個", C, "under", "本國就業機會"),
    S("吸引[[逾1,650家]]企業", "1650", "家", C, "over", "投資台灣三大方案吸引企業"),
    S("金額達[[新台幣2兆6,380億元]]", "2638000000000", "元", M, "exact", "投資台灣三大方案投資金額",
      currency=TWD),
    S("再添[[1,280億元]]", "128000000000", "元", M, "exact", "投資台灣", currency=TWD),
    S("登場 [[逾480家]]廠商", "480", "家", C, "over", "參展廠商"),
    S("一連[[4天]]", "4", "天", T, "exact", "展期"),
    S("共有[[逾480家]]廠商", "480", "家", C, "over", "參展廠商"),
    S("、[[1,650個]]攤位", "1650", "個", C, "exact", "攤位"),
    S("吸引[[逾6萬人次]]", "60000", "人次", C, "over", "參觀人次"),
    S("商機[[約新台幣150億元]]", "15000000000", "元", M, "about", "帶動商機", currency=TWD),
    S("，[[逾120家]]廠商", "120", "家", C, "over", "參與廠商"),
    S("職缺[[5,680個]]", "5680", "個", C, "exact", "釋出職缺"),
    S("月薪[[新台幣3萬6,500元]]", "36500", "元", M, "exact", "平均月薪", currency=TWD),
    S("失業率為[[百分之三點三五]]", "3.35", "%", P, "exact", "10月失業率"),
    S("減少[[0.02個百分點]]", "0.02", "個百分點", P, "exact", "失業率", change=down("上月")),
    S("釋出[[5,680]]職缺", "5680", "", C, "exact", "釋出職缺", OPT),                   # in a headline, no classifier
    S("日均量[[4,862億元]]", "486200000000", "元", M, "exact", "11月台股日均量", currency=TWD),
    S("成交值為[[新台幣4,862億元]]", "486200000000", "元", M, "exact", "集中市場日均成交值", currency=TWD),
    S("增加[[百分之十二點三]]", "12.3", "%", P, "exact", "集中市場日均成交值", change=up("上月")),
    S("賣超[[新台幣1,025億元]]", "102500000000", "元", M, "exact", "外資11月賣超", currency=TWD),
    S("由[[1分鐘]]縮短", "1", "分鐘", T, "exact", "原撮合間隔"),
    S("縮短為[[5秒]]", "5", "秒", T, "exact", "盤中零股交易撮合間隔"),
    S("成交值[[1,186億元]]", "118600000000", "元", M, "exact", "上櫃股票日均成交值", currency=TWD),
    S("月增[[9.6%]]", "9.6", "%", P, "exact", "上櫃股票日均成交值", change=up("上月")),
    S("掛牌公司[[28家]]", "28", "家", C, "exact", "上櫃新掛牌公司"),
    S("總經費[[新台幣68億元]]", "6800000000", "元", M, "exact", "第二期擴建工程總經費", currency=TWD),
    S("提供[[約40家]]廠商", "40", "家", C, "about", "可進駐廠商"),
    S("創造[[逾5,000個]]就業", "5000", "個", C, "over", "就業機會"),
    S("前[[3年]]租金", "3", "年", T, "exact", "租金減半優惠期"),
    S("產值達[[新台幣412億元]]", "41200000000", "元", M, "exact", "第一期園區廠商今年前三季產值", currency=TWD),
    S("成長[[百分之十五點二]]", "15.2", "%", P, "exact", "第一期園區廠商產值", change=up(YS)),
    S("分數為[[38分]]", "38", "分", C, "exact", "10月景氣綜合判斷分數"),
    S("增加[[2分]]", "2", "分", C, "exact", "景氣綜合判斷分數", change=up("上月")),
    S("連續[[6個月]]", "6", "個月", T, "exact", "亮出紅燈", OPT),
    S("出口　[[587.3億美元]]", "58730000000", "美元", M, "exact", "11月出口", currency=USD),
    S("年增[[32.6%]]\n", "32.6", "%", P, "exact", "11月出口", change=up(YS)),
    S("存底　[[5,986.2億美元]]", "598620000000", "美元", M, "exact", "11月底外匯存底", currency=USD),
    S("月增[[12.4億美元]]", "1240000000", "美元", M, "exact", "外匯存底", change=up("上月"), currency=USD),
    S("成長率　[[7.64%]]", "7.64", "%", P, "exact", "第三季經濟成長率"),
    S("失業率　[[3.35%]]", "3.35", "%", P, "exact", "10月失業率"),
    S("月減[[0.02個百分點]]", "0.02", "個百分點", P, "exact", "失業率", change=down("上月")),
]

EVENTS = [
    E("財政部昨（8）日公布11月海關進出口統計", "announcement", "公布", D8, organizers=["財政部"]),
    E("召開第四季理監事聯席會議", "meeting", "召開", D18, organizers=["中央銀行"]),
    E("央行昨（8）日公布", "announcement", "公布", D8, organizers=["央行"]),
    E("（華晶）昨（8）日召開董事會", "meeting", "召開", D8, organizers=["華晶半導體製造股份有限公司"]),
    E("並通過對日本子公司增資", "other", "增資", D8, organizers=["華晶"], opt=True),        # part of the board meeting
    E("華晶同日公布11月合併營收", "announcement", "公布", D8, organizers=["華晶"]),
    E("須於年報揭露溫室氣體盤查資訊", "policy", "揭露", day("2026-01-01"), organizers=["金融監督管理委員會"]),
    E("核處罰鍰新台幣1,260萬元", "legal", "罰鍰", D8, organizers=["金管會"]),
    E("行政院主計總處上月28日公布", "announcement", "公布", day("2025-11-28"), organizers=["行政院主計總處"]),
    E("3家企業簽署投資意向書", "signing", "簽署", D8, organizers=["經濟部"], participants=["3家企業"]),
    E("明（10）日起一連4天在南港展覽館1館登場", "exhibition", "登場", day("2025-12-10", "2025-12-13"),
      location="南港展覽館1館", organizers=["中華民國對外貿易發展協會"], theme="2025台灣智慧製造展"),
    E("廠商昨日在南港展覽館布展", "exhibition", "布展", D8, location="南港展覽館", opt=True),  # a caption
    E("舉辦「職場起飛」聯合徵才活動", "recruitment", "徵才", D13, location="臺北市信義區",
      organizers=["勞動部勞動力發展署北基宜花金馬分署"], participants=["廠商"], theme="職場起飛"),
    E("上網預約面試", "registration", "預約", day("2025-12-09", "2025-12-12"), participants=["求職民眾"]),
    E("勞動部統計，10月失業率", "announcement", "統計", M10, organizers=["勞動部"], opt=True),  # a figure quoted
    E("臺灣證券交易所昨（8）日公布", "announcement", "公布", D8, organizers=["臺灣證券交易所"]),
    E("盤中零股交易新制將自下週一（15日）起上線", "launch", "上線", day("2025-12-15"), organizers=["證交所"]),
    E("證券櫃檯買賣中心同日公布", "announcement", "公布", D8, organizers=["證券櫃檯買賣中心"]),
    E("第二期擴建工程動土典禮", "construction", "動土", D8, location="屏東科技產業園區",
      organizers=["屏東縣政府"]),
    E("預計117年6月完工", "construction", "完工", month(2028, 6), opt=True),                  # a forecast
    E("昨（8）日公布10月景氣對策信號", "announcement", "公布", D8, organizers=["國家發展委員會"]),
]
