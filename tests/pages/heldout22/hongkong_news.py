"""港島日報 (香港), 2025-12-16 (a Tuesday): a Hong Kong news page in traditional script, 東方日報/am730-like.
Features: `港聞` and `社會` section labels, a `專題：寒冬送暖` series label with a kicker over a title (`長者屋邨添暖意`
/ `房屋署聯同區議會 為千戶長者送禦寒包`); bylines at an item's END, in brackets on their own line
(`（記者：陳 家 豪）`), in brackets after the last sentence (`…（記者：黃 嘉 欣）`) or as `■記者 李 志 強` run into the
body line; captions on their own line (`■旅客在尖沙咀海旁拍照留念。黃 偉 明攝`, `■長者陳伯（左）接過禦寒包。何 志 偉攝`,
`圖為啟德體育園主場館。（資料圖片）` with no photographer); a paragraph broken after a comma
(`…派發活動將持續至本月底，` | `預計共派發禦寒包3,000份…`) with another item and its headline between; a `港聞簡訊`
column of one-paragraph items with bold lead words and no headline. HKD written `港元`, bare `元`/`萬元`/`億元` (HKD on
a Hong Kong page), `1,234萬元`, `3萬8,050元`; one RMB mention (`百元人民幣鈔票`, optional) and USD (`約1.5億美元`);
`百分之X點X`, `按年上升`/`按年下跌`, `首十個月`, `逾`, `近`, `約`, `左右`, `以下`. Dates: `昨日` = 12-15,
`今日（16日）下午`, `明日（17日）凌晨`, `本周五（19日）`, `本周六（20日）`/`周六`, `上周五（12日）`, `下周三` = 12-24,
`本周五至下周一（19日至22日）`, `本月底`, `上月`, `下月`/`明年1月`, `12月31日晚上至明年1月1日凌晨`, `明年1月10日至11日`,
`明年第二季`, `去年3月至8月`, `2023年至2024年`, `2019年`, `十月`, `首十個月`, `首日`, `今年`; `去年同期` (twice, as in
heldout11), `全年`, `本年度`, `周末` and `除夕` in an activity's name optional. HK bodies: 香港旅遊發展局/旅發局,
區域法院, 房屋署, 東區區議會, 天文台, 運輸署, 港鐵, 九巴, 城巴, 政府統計處, 醫院管理局/醫管局, 東區裁判法院,
高等法院/高院, 食環署, 廉政公署/廉署, 消防處, 警務處, 衞生署, 投資推廣署, 香港足球總會, 香港貿易發展局/貿發局. Events:
announcements (visitor and retail figures), court sentences and a ruling, a charge and a hearing, a payout (winter
packs), traffic control (New Year's Eve), a recruitment day, an inspection, a drill, a council meeting, a football
tournament, a food fair. Plans (`將於明年1月推出「護士回流計劃」`, a research centre `預計明年第二季投入 運作`), a year
summary (flu vaccination), parts of one happening told twice (`公布` of the traffic arrangements, extra buses, the
tunnel closure during the drill, damages after the ruling, ticket sales) are optional.

Written at main commit 344d4e0, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "港島日報"
PUBLISHED = "2025-12-16"
HOME = {"city": "香港"}

LAYOUT = [
    ("港聞", "label", "A0"),
    ("首十個月訪港", "headline", "A0"),
    ("香港旅遊發展局昨日", "body", "A0"),
    ("（記者：陳 家 豪）", "byline", "A0"),
    ("■旅客在尖沙咀", "caption", "P0"),                      # 黃 偉 明攝
    ("偽造文件騙貸", "headline", "A1"),
    ("一名41歲", "body", "A1"),                               # ends with ■記者 李 志 強
    ("社會", "label", "A2"),
    ("專題：寒冬送暖", "label", "A2"),                        # a series
    ("長者屋邨添暖意", "headline", "A2"),                     # kicker
    ("房屋署聯同區議會", "headline", "A2"),
    ("房屋署聯同東區", "body", "A2"),                         # breaks after a comma
    ("運輸署公布除夕", "headline", "A3"),
    ("運輸署昨日公布", "body", "A3"),
    ("預計共派發", "body", "A2"),                             # the rest of A2's paragraph
    ("■長者陳伯", "caption", "P1"),                           # 何 志 偉攝
    ("十月零售業", "headline", "A4"),
    ("政府統計處昨日", "body", "A4"),
    ("醫管局周六", "headline", "A5"),
    ("醫院管理局將於", "body", "A5"),
    ("偽造人民幣", "headline", "A6"),
    ("一名35歲", "body", "A6"),
    ("高院判醫管局", "headline", "A7"),
    ("一名68歲", "body", "A7"),
    ("港聞簡訊", "label", "A8"),                              # a short-news column
    ("食環署巡查", "body", "A8"),
    ("廉署起訴", "body", "A9"),
    ("消防處隧道", "body", "A10"),
    ("區議會開會", "body", "A11"),
    ("流感疫苗", "body", "A12"),
    ("美企設", "body", "A13"),
    ("啟德主場館下月", "headline", "A14"),
    ("啟德主場館將於", "body", "A14"),
    ("圖為啟德", "caption", "P2"),                            # （資料圖片）: no photographer
    ("冬日美食", "headline", "A15"),
    ("由香港貿易", "body", "A15"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["陳家豪"])),
    "A1": dict(byline=byline(reporters=["李志強"])),
    "A2": dict(),
    "A3": dict(byline=byline(reporters=["黃嘉欣"])),
    "A4": dict(byline=byline(reporters=["陳家豪"])),
    "A5": dict(byline=byline(reporters=["李志強"])),
    "A6": dict(byline=byline(reporters=["黃嘉欣"])),
    "A7": dict(byline=byline(reporters=["李志強"])),
    "A8": dict(),
    "A9": dict(),
    "A10": dict(),
    "A11": dict(),
    "A12": dict(),
    "A13": dict(),
    "A14": dict(byline=byline(reporters=["何嘉儀"])),
    "A15": dict(byline=byline(reporters=["何嘉儀"])),
}
JOINS = [("房屋署聯同東區", "預計共派發")]
PHOTOS = {
    "P0": dict(photographers=["黃偉明"], article="A0"),
    "P1": dict(photographers=["何志偉"], article="A2"),
    "P2": dict(photographers=[], article="A14"),
}

D15 = day("2025-12-15")
TEN = months(2025, 1, 10)
DATES = [
    D("\n[[首十個月]]訪港旅客逾", TEN),
    D("公布，[[今年首十個月]]訪港", TEN),
    D("較[[去年同期]]下跌", VAGUE),
    D("預計，[[全年]]訪港", year(2025), OPT),
    D("，[[去年3月至8月]]間", months(2024, 3, 8)),
    D("，[[昨日]]在區域法院", D15),
    D("，[[昨日]]在柴灣", D15),
    D("天文台預測[[下周三]]起", day("2025-12-24")),
    D("持續至[[本月底]]", xun(2025, 12, 2)),
    D("運輸署[[昨日]]公布，為配合", D15),
    D("配合[[除夕]]倒數", day("2025-12-31"), OPT),                                   # in an activity's name
    D("將於[[12月31日晚上至明年1月1日凌晨]]實施", day("2025-12-31", "2026-01-01")),
    D("\n[[十月]]零售業", month(2025, 10)),
    D("公布，[[十月]]零售業", month(2025, 10)),
    D("；[[首十個月]]合計", TEN),
    D("醫管局[[周六]]舉行", day("2025-12-20")),
    D("將於[[本周六（20日）]]在", day("2025-12-20")),
    D("將於[[明年1月]]推出", month(2026, 1)),
    D("男子[[上月]]在北角", month(2025, 11)),
    D("，[[昨日]]在東區裁判法院被判監", D15),
    D("病人[[2019年]]在公立", year(2019)),
    D("高等法院[[昨日]]裁定", D15),
    D("食環署[[上周五（12日）]]突擊", day("2025-12-12")),
    D("廉政公署[[昨日]]落案", D15),
    D("在[[2023年至2024年]]間", (span("2023-01-01", "2024-12-31"), "year")),
    D("將於[[本周五（19日）]]在東區", day("2025-12-19")),
    D("醫管局，[[明日（17日）凌晨]]在", day("2025-12-17")),
    D("東區區議會[[今日（16日）下午]]召開", day("2025-12-16")),
    D("[[本年度]]季節性", year(2025), OPT),                                          # a flu season
    D("較[[去年同期]]多約", VAGUE),
    D("投資推廣署[[昨日]]宣布", D15),
    D("預計[[明年第二季]]投入", quarter(2026, 2)),
    D("啟德主場館[[下月]]辦", month(2026, 1)),
    D("將於[[明年1月10日至11日]]舉行", day("2026-01-10", "2026-01-11")),
    D("門票[[昨日]]開售", D15),
    D("，[[首日]]已售出", D15),
    D("嘉年華[[周末]]登場", day("2025-12-20", "2025-12-21"), OPT),                   # a loose weekend
    D("將於[[本周五至下周一（19日至22日）]]在", day("2025-12-19", "2025-12-22")),
    D("。[[今年]]嘉年華新增", year(2025)),
]

G, PE, IN, CO, SO = "government", "people", "institution", "company", "social"
HKTB = ["香港旅游发展局", "香港旅遊發展局", "旅發局"]
HD = ["房屋署"]
EDC = ["东区区议会", "東區區議會"]
TD = ["运输署", "運輸署"]
HA = ["医院管理局", "醫院管理局", "醫管局"]
EMC = ["东区裁判法院", "東區裁判法院"]
HC = ["高等法院", "高院"]
FEHD = ["食物环境卫生署", "食物環境衞生署", "食環署"]
ICAC = ["廉政公署", "廉署"]
FSD = ["消防处", "消防處"]
HKTDC = ["香港贸易发展局", "香港貿易發展局", "貿發局"]
ORGS = [
    O("\n[[香港旅遊發展局]]昨日", HKTB, G),
    O("。[[旅發局]]又指", HKTB, G),
    O("。[[旅發局]]預計", HKTB, G),
    O("在[[區域法院]]被判監", ["区域法院", "區域法院"], G),
    O("\n[[房屋署]]聯同區議會", HD, G),
    O("房屋署聯同[[區議會]] 為", EDC, G, OPT),                                        # which council: from the body
    O("\n[[房屋署]]聯同東區", HD, G),
    O("聯同[[東區區議會]]及", EDC, G),
    O("。[[東區區議會]]主席", EDC, G),
    O("表示，[[天文台]]預測", ["香港天文台", "天文台"], G),
    O("\n[[運輸署]]公布除夕", TD, G),
    O("\n[[運輸署]]昨日公布", TD, G),
    O("，[[港鐵]]荃灣綫", ["香港铁路有限公司", "港鐵"], CO),
    O("，[[九巴]]、城巴", ["九龙巴士（一九三三）有限公司", "九巴"], CO),
    O("九巴、[[城巴]]亦會", ["城巴有限公司", "城巴"], CO),
    O("。[[運輸署]]呼籲市民", TD, G),
    O("\n[[政府統計處]]昨日", ["政府统计处", "政府統計處"], G),
    O("\n[[醫管局]]周六", HA, IN),
    O("\n[[醫院管理局]]將於", HA, IN),
    O("在[[九龍灣國際展貿中心]]舉行", ["九龙湾国际展贸中心", "九龍灣國際展貿中心"], CO, OPT),   # a venue
    O("。[[醫管局]]並將", HA, IN),
    O("在[[東區裁判法院]]被判監", EMC, G),
    O("\n[[高院]]判醫管局", HC, G),
    O("高院判[[醫管局]]賠償", HA, IN),
    O("控告[[醫院管理局]]疏忽", HA, IN),
    O("，[[高等法院]]昨日", HC, G),
    O("，[[醫管局]]須向他", HA, IN),
    O("。[[醫管局]]表示會", HA, IN),
    O("\n[[食環署]]巡查", FEHD, G),
    O("　[[食環署]]上周五", FEHD, G),
    O("\n[[廉署]]起訴", ICAC, G),
    O("　[[廉政公署]]昨日", ICAC, G),
    O("屋苑[[業主立案法團]]委員", ["业主立案法团", "業主立案法團"], SO, OPT),                # unnamed
    O("在[[東區裁判法院]]提堂", EMC, G),
    O("\n[[消防處]]隧道", FSD, G),
    O("　[[消防處]]聯同", FSD, G),
    O("聯同[[警務處]]及", ["香港警务处", "香港警務處", "警務處"], G),
    O("警務處及[[醫管局]]，", HA, IN),
    O("，[[運輸署]]呼籲駕駛", TD, G),
    O("\n[[區議會]]開會", EDC, G, OPT),                                               # lead words
    O("　[[東區區議會]]今日", EDC, G),
    O("，[[房屋署]]及運輸署代表", HD, G),
    O("房屋署及[[運輸署]]代表", TD, G),
    O("　[[衞生署]]表示", ["卫生署", "衞生署"], G),
    O("　[[投資推廣署]]昨日", ["投资推广署", "投資推廣署"], G),
    O("在[[香港科學園]]設立", ["香港科学园", "香港科學園"], IN, OPT),                          # a site
    O("由[[香港足球總會]]主辦", ["香港足球总会", "香港足球總會"], SO),
    O("由[[香港貿易發展局]]主辦", HKTDC, G),
    O("在[[灣仔會議展覽中心]]舉行", ["香港会议展览中心", "灣仔會議展覽中心"], CO, OPT),      # a venue
    O("，[[貿發局]]預計", HKTDC, G),
]

C, P, M, T, W, TE = "count", "percent", "money", "duration", "weight", "temperature"
HKD, CNY, USD = "HKD", "CNY", "USD"
STATS = [
    S("訪港旅客[[逾4,100萬人次]]\n", "41000000", "人次", C, "over", "首十個月訪港旅客"),
    S("訪港旅客[[逾4,100萬人次]]，", "41000000", "人次", C, "over", "首十個月訪港旅客"),
    S("按年上升[[百分之十二點三]]", "12.3", "%", P, "exact", "首十個月訪港旅客", change=up("去年同期")),
    S("內地旅客[[約3,150萬人次]]", "31500000", "人次", C, "about", "內地旅客"),
    S("佔整體[[近百分之七十七]]", "77", "%", P, "under", "內地旅客佔整體比例"),
    S("人均消費[[約6,200港元]]", "6200", "港元", M, "about", "過夜旅客人均消費", currency=HKD),
    S("下跌[[百分之三點一]]", "3.1", "%", P, "exact", "過夜旅客人均消費", change=down("去年同期")),
    S("可達[[4,900萬人次左右]]", "49000000", "人次", C, "about", "全年訪港旅客"),
    S("囚[[三年]]\n", "3", "年", T, "exact", "監禁", OPT),
    S("一名[[41歲]]地產", "41", "歲", C, "exact", "年齡", OPT),
    S("向[[三間]]財務公司", "3", "間", C, "exact", "受騙財務公司"),
    S("貸款共[[約186萬元]]", "1860000", "元", M, "about", "騙取貸款", currency=HKD),
    S("承認[[三項]]欺詐罪", "3", "項", C, "exact", "欺詐罪"),
    S("被判監[[三年]]", "3", "年", T, "exact", "監禁", OPT),
    S("為[[千戶]]長者", "1000", "戶", C, "about", "獲送禦寒包長者", OPT),               # a round figure
    S("為[[約1,200戶]]獨居", "1200", "戶", C, "about", "獨居及雙老長者"),
    S("總值[[約350元]]", "350", "元", M, "about", "每包禦寒包總值", currency=HKD),
    S("降至[[攝氏10度以下]]", "10", "度", TE, "under", "氣溫"),
    S("加開[[約30條]]", "30", "條", C, "about", "通宵巴士路線"),
    S("禦寒包[[3,000份]]", "3000", "份", C, "exact", "派發禦寒包"),
    S("涉及款項[[逾100萬元]]", "1000000", "元", M, "over", "派發禦寒包涉及款項", currency=HKD),
    S("按年升[[百分之四點四]]\n", "4.4", "%", P, "exact", "十月零售業總銷貨價值", change=up("去年同月")),
    S("臨時估計為[[323億元]]", "32300000000", "元", M, "exact", "十月零售業總銷貨價值", currency=HKD),
    S("上升[[百分之四點四]]；", "4.4", "%", P, "exact", "十月零售業總銷貨價值", change=up("去年同月")),
    S("合計為[[3,168億元]]", "316800000000", "元", M, "exact", "首十個月零售業總銷貨價值", currency=HKD),
    S("下跌[[百分之一點二]]", "1.2", "%", P, "exact", "首十個月零售業總銷貨價值", change=down("去年同期")),
    S("上升[[百分之九點六]]", "9.6", "%", P, "exact", "珠寶首飾、鐘錶及名貴禮物類別的銷貨價值",
      change=up("去年同月")),
    S("提供[[逾800個]]註冊護士", "800", "個", C, "over", "護士職位"),
    S("每月[[3萬8,050元]]", "38050", "元", M, "exact", "註冊護士起薪點", currency=HKD),
    S("囚[[十個月]]\n", "10", "個月", T, "exact", "監禁", OPT),
    S("一名[[35歲]]內地", "35", "歲", C, "exact", "年齡", OPT),
    S("以[[50張]]偽造", "50", "張", C, "exact", "偽造人民幣鈔票"),
    S("偽造的[[百元]]人民幣", "100", "元", M, "exact", "鈔票面額", OPT, currency=CNY),       # a denomination
    S("兌換[[約4,600港元]]", "4600", "港元", M, "about", "兌換港元", currency=HKD),
    S("再檢獲[[120張]]偽鈔", "120", "張", C, "exact", "檢獲偽鈔"),
    S("被判監[[十個月]]", "10", "個月", T, "exact", "監禁", OPT),
    S("賠償病人[[逾300萬元]]\n", "3000000", "元", M, "over", "醫管局賠償", currency=HKD),
    S("一名[[68歲]]男病人", "68", "歲", C, "exact", "年齡", OPT),
    S("向他賠償[[逾300萬元]]及", "3000000", "元", M, "over", "醫管局賠償", currency=HKD),
    S("全港[[42間]]凍肉店", "42", "間", C, "exact", "巡查凍肉店"),
    S("發現[[3間]]涉嫌", "3", "間", C, "exact", "涉嫌把冰鮮肉冒充新鮮肉出售的凍肉店"),
    S("檢走[[約120公斤]]", "120", "公斤", W, "about", "檢走肉類"),
    S("提供[[約20萬元]]賄款", "200000", "元", M, "about", "賄款", currency=HKD),
    S("總值[[1,234萬元]]", "12340000", "元", M, "exact", "大維修合約總值", currency=HKD),
    S("封閉[[約3小時]]", "3", "小時", T, "about", "行車管道封閉"),
    S("已接種[[逾180萬劑]]", "1800000", "劑", C, "over", "季節性流感疫苗接種"),
    S("多[[約百分之八]]", "8", "%", P, "about", "季節性流感疫苗接種", change=up("去年同期")),
    S("投資[[約1.5億美元]]", "150000000", "美元", M, "about", "美國生物科技公司投資", currency=USD),
    S("創造[[逾200個]]職位", "200", "個", C, "over", "創造職位"),
    S("售出[[逾3萬張]]", "30000", "張", C, "over", "首日售出門票"),
    S("票價為[[1,280元]]", "1280", "元", M, "exact", "最高票價", currency=HKD),
    S("吸引[[近9萬名]]觀眾", "90000", "名", C, "under", "入場觀眾"),
    S("[[約420間]]參展商", "420", "間", C, "about", "參展商"),
    S("設[[逾600個]]攤位", "600", "個", C, "over", "攤位"),
    S("入場人次[[逾45萬]]", "450000", "人次", C, "over", "入場人次"),
    S("每張[[40元]]", "40", "元", M, "exact", "門票", currency=HKD),
    S("，[[65歲]]或以上", "65", "歲", C, "over", "免費入場長者年齡", OPT),
    S("並設[[約80個]]本地", "80", "個", C, "about", "本地老字號攤位"),
]

EVENTS = [
    E("香港旅遊發展局昨日公布", "announcement", "公布", D15, organizers=["香港旅遊發展局"]),
    E("昨日在區域法院被判監三年", "legal", "判監", D15, location="區域法院", organizers=["區域法院"],
      participants=["地產經紀"]),
    E("在柴灣興華邨為約1,200戶獨居及雙老長者派發禦寒包", "payout", "派發", D15, location="柴灣興華邨",
      organizers=["房屋署", "東區區議會"], participants=["獨居及雙老長者"]),
    E("運輸署昨日公布，為配合", "announcement", "公布", D15, organizers=["運輸署"], opt=True),  # the same arrangements
    E("部分道路將於12月31日晚上至明年1月1日凌晨實施交通管制", "traffic", "交通管制",
      day("2025-12-31", "2026-01-01"), location="尖沙咀及中環部分道路", organizers=["運輸署"]),
    E("加開約30條通宵巴士路線", "traffic", "加開", day("2025-12-31", "2026-01-01"), organizers=["九巴", "城巴"],
      opt=True),                                                                         # part of the arrangements
    E("政府統計處昨日公布", "announcement", "公布", D15, organizers=["政府統計處"]),
    E("在九龍灣國際展貿中心舉行護士招聘日", "recruitment", "招聘日", day("2025-12-20"),
      location="九龍灣國際展貿中心", organizers=["醫院管理局"]),
    E("將於明年1月推出「護士回流計劃」", "launch", "推出", month(2026, 1), organizers=["醫管局"],
      theme="護士回流計劃", opt=True),                                                  # a plan
    E("昨日在東區裁判法院被判監十個月", "legal", "判監", D15, location="東區裁判法院",
      organizers=["東區裁判法院"], participants=["內地男子"]),
    E("高等法院昨日裁定病人勝訴", "legal", "裁定", D15, organizers=["高等法院"],
      participants=["醫院管理局"]),
    E("須向他賠償逾300萬元", "payout", "賠償", D15, organizers=["醫管局"], opt=True),         # the ruling's order
    E("突擊巡查全港42間凍肉店", "inspection", "巡查", day("2025-12-12"), organizers=["食環署"]),
    E("廉政公署昨日落案起訴", "legal", "起訴", D15, organizers=["廉政公署"], participants=["裝修承建商東主"]),
    E("在東區裁判法院提堂", "legal", "提堂", day("2025-12-19"), location="東區裁判法院"),
    E("在獅子山隧道進行大型事故救援演習", "training", "演習", day("2025-12-17"), location="獅子山隧道",
      organizers=["消防處"], participants=["警務處", "醫管局"]),
    E("行車管道將封閉約3小時", "traffic", "封閉", day("2025-12-17"), location="獅子山隧道", opt=True),
    E("東區區議會今日（16日）下午召開大會", "meeting", "召開", day("2025-12-16"), organizers=["東區區議會"],
      participants=["房屋署", "運輸署"]),
    E("季節性流感疫苗接種計劃至今已接種逾180萬劑", "activity", "接種", None, organizers=["衞生署"],
      opt=True),                                                                         # a running total
    E("在香港科學園設立亞太區研發中心", "launch", "設立", quarter(2026, 2), location="香港科學園",
      opt=True),                                                                         # a plan
    E("將於明年1月10日至11日舉行國際足球邀請賽", "competition", "邀請賽", day("2026-01-10", "2026-01-11"),
      location="啟德主場館", organizers=["香港足球總會"]),
    E("門票昨日開售", "other", "開售", D15, opt=True),                                  # ticket sales
    E("「冬日美食嘉年華」將於本周五至下周一", "exhibition", "嘉年華", day("2025-12-19", "2025-12-22"),
      location="灣仔會議展覽中心", organizers=["香港貿易發展局"], theme="冬日美食嘉年華"),
]
