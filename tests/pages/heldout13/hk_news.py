"""香港文匯報 (香港), 2025-12-03 (a Wednesday): a Hong Kong 港聞 page in traditional script, 文匯報 style.
Features: every item opens `香港文匯報訊（記者 X X）`; `■` captions (`■圖為…。　記者梁 志 豪 攝`,
`■…。　文匯報記者鄭 家 明 攝`, `■圖為…。　醫院管理局供圖`); a `新聞透視` column label; a `■關鍵數字` sidebar of
label-colon figures; a paragraph broken after a comma (`…提高至1,500元，` | `並引入違例記分制度。…`) with a caption,
another item and its headline between; headlines after their bodies. Dates `昨日（2日）`, `前日（1日）`, `前晚（1日）`,
`明日（4日）`, `下周一（8日）`, `今年首三季`, `首十月`, `上半年`, `9月底`, `本月起至明年1月`, `明年第二季`, `首日`. HKD
`港幣X萬元`, `約港幣2,847億元`, `約港幣4.41萬億元`, bare `320元`; USD `4,258億美元`; `百分之二十一點五`, `按年上升`,
`按月上升`, `近百分之四十`, `逾`, `近`, `約…左右`. HK bodies (運輸署, 衞生署, 房屋署, 消防處, 廉政公署, 香港海關,
立法會財務委員會, 油尖旺區議會, 東區裁判法院, 高等法院原訟法庭); `警方` alone optional (generic). Votes and funding
approvals are `policy`; parts of one happening told twice, forecasts and headline-only figures are optional.

Written at main commit f8f6589, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "香港文匯報"
PUBLISHED = "2025-12-03"
HOME = {"city": "香港"}

LAYOUT = [
    ("港聞", "label", "H0"),
    ("立法會三讀通過", "headline", "H0"),
    ("香港文匯報訊（記者 梁 志 豪）立法會", "body", "H0"),   # breaks after a comma
    ("■圖為市民", "caption", "P0"),                          # 記者梁 志 豪 攝
    ("香港文匯報訊（記者 何 慧 欣）衞生署", "body", "H1"),
    ("衞生署下周一", "headline", "H1"),                      # after its body
    ("並引入違例", "body", "H0"),                            # the rest of H0's paragraph
    ("新聞透視", "label", "H2"),
    ("首三季零售額", "headline", "H2"),
    ("香港文匯報訊（記者 蔡 明 輝）政府統計處", "body", "H2"),
    ("■關鍵數字", "headline", "H3"),                         # a sidebar of key figures
    ("首十月訪港旅客", "body", "H3"),
    ("上半年本地", "body", "H3"),
    ("9月底外匯", "body", "H3"),
    ("11月住宅", "body", "H3"),
    ("屋苑前經理", "headline", "H4"),
    ("香港文匯報訊（記者 李 穎 詩）廉政公署", "body", "H4"),
    ("■中環海濱", "caption", "P1"),                          # 文匯報記者鄭 家 明 攝
    ("香港文匯報訊（記者 鄭 家 明）由康樂", "body", "H5"),
    ("中環海濱冬日", "headline", "H5"),                      # after its body
    ("油尖旺區議會撥款", "headline", "H6"),
    ("香港文匯報訊（記者 梁 志 豪）油尖旺", "body", "H6"),
    ("香港文匯報訊（記者 何 慧 欣）香港海關", "body", "H7"),
    ("海關觀塘", "headline", "H7"),                          # after its body
    ("轉數快跨境", "headline", "H8"),
    ("香港文匯報訊（記者 蔡 明 輝）香港金融", "body", "H8"),
    ("香港文匯報訊（記者 鄭 家 明）房屋署", "body", "H9"),
    ("房屋署聯消防處", "headline", "H9"),                    # after its body
    ("東區走廊本月", "headline", "H10"),
    ("香港文匯報訊（記者 梁 志 豪）運輸署", "body", "H10"),
    ("香港文匯報訊（記者 李 穎 詩）立法會財務", "body", "H11"),
    ("財委會批", "headline", "H11"),                         # after its body
    ("■圖為將軍澳", "caption", "P2"),                        # 醫院管理局供圖
    ("香港文匯報訊（記者 何 慧 欣）香港貿易", "body", "H12"),
    ("貿發局：", "headline", "H12"),                         # after its body
    ("香港文匯報訊（記者 李 穎 詩）高等法院", "body", "H13"),
    ("的士司機", "headline", "H13"),                         # after its body
    ("警方展開", "headline", "H14"),
    ("香港文匯報訊（記者 蔡 明 輝）警方", "body", "H14"),
]

ARTICLES = {
    "H0": dict(byline=byline(reporters=["梁志豪"])),
    "H1": dict(byline=byline(reporters=["何慧欣"])),
    "H2": dict(byline=byline(reporters=["蔡明輝"])),
    "H3": dict(),
    "H4": dict(byline=byline(reporters=["李穎詩"])),
    "H5": dict(byline=byline(reporters=["鄭家明"])),
    "H6": dict(byline=byline(reporters=["梁志豪"])),
    "H7": dict(byline=byline(reporters=["何慧欣"])),
    "H8": dict(byline=byline(reporters=["蔡明輝"])),
    "H9": dict(byline=byline(reporters=["鄭家明"])),
    "H10": dict(byline=byline(reporters=["梁志豪"])),
    "H11": dict(byline=byline(reporters=["李穎詩"])),
    "H12": dict(byline=byline(reporters=["何慧欣"])),
    "H13": dict(byline=byline(reporters=["李穎詩"])),
    "H14": dict(byline=byline(reporters=["蔡明輝"])),
}
JOINS = [("香港文匯報訊（記者 梁 志 豪）立法會", "並引入違例")]
PHOTOS = {
    "P0": dict(photographers=["梁志豪"], article="H0"),
    "P1": dict(photographers=["鄭家明"], article="H5"),
    "P2": dict(photographers=[], article="H11"),
}

D2, D1 = day("2025-12-02"), day("2025-12-01")
Q13 = (span("2025-01-01", "2025-09-30"), "quarter")
M110 = months(2025, 1, 10)

DATES = [
    D("立法會[[昨日（2日）]]以56票", D2),
    D("《[[2025年]]道路交通", year(2025), OPT),                          # in a bill's title
    D("將於[[明年3月1日]]起實施", day("2026-03-01")),
    D("衞生署[[昨日]]宣布", D2),
    D("，[[下周一（8日）]]起在全港", day("2025-12-08")),
    D("，[[今年首三季]]全港", Q13),
    D("衞生署[[下周一]]推", day("2025-12-08")),
    D("[[首三季]]零售額", Q13),
    D("統計處[[昨日]]公布", D2),
    D("，[[今年首三季]]零售業", Q13),
    D("；[[10月份]]零售業", month(2025, 10)),
    D("\n[[首十月]]訪港旅客", M110),
    D("\n[[上半年]]本地", months(2025, 1, 6)),
    D("\n[[9月底]]外匯", xun(2025, 9, 2)),
    D("\n[[11月]]住宅", month(2025, 11)),
    D("廉政公署[[昨日]]公布", D2),
    D("案件[[昨日]]在東區", D2),
    D("押後至[[明年1月20日]]再訊", day("2026-01-20")),
    D("「冬日藝術節」[[昨日]]在中環", D2),
    D("展期至[[明年1月4日]]", day("2026-01-04")),
    D("區議會[[前日（1日）]]舉行", D1),
    D("於[[明年1月至3月]]在區內", months(2026, 1, 3)),
    D("可於[[本月10日]]起報名", day("2025-12-10")),
    D("香港海關[[前晚（1日）]]在觀塘", D1),
    D("支付[[明]]起擴至", day("2025-12-04"), OPT),                        # `明起` in a headline
    D("金融管理局[[昨日]]宣布", D2),
    D("將於[[明日（4日）]]起擴展", day("2025-12-04")),
    D("房屋署[[昨日]]表示", D2),
    D("由[[本月起至明年1月]]，", (span("2025-12-01", "2026-01-31"), "month")),
    D("東區走廊[[本月13日]]起晚間", day("2025-12-13")),
    D("運輸署[[昨日]]公布", D2),
    D("，[[本月13日至14日]]晚上", day("2025-12-13", "2025-12-14")),
    D("財務委員會[[前日（1日）]]通過", D1),
    D("預計[[明年第二季]]動工", quarter(2026, 2)),
    D("貿易發展局[[昨日]]公布", D2),
    D("，[[今年首十個月]]，香港", M110),
    D("；[[10月份]]出口", month(2025, 10)),
    D("預計，[[明年]]全年", year(2026)),
    D("貿發局：[[首十個月]]出口", M110),
    D("原訟法庭[[昨日]]駁回", D2),
    D("警方[[昨日]]起展開", D2),
    D("，[[首日]]在全港", D2),
    D("，[[今年首十月]]酒駕", M110),
]

G, PE, IN, CO = "government", "people", "institution", "company"
LC = ["香港特别行政区立法会", "立法會", "立法会"]
FC = ["立法会财务委员会", "立法會財務委員會", "財委會"]
TD = ["运输署", "運輸署"]
DH = ["卫生署", "衞生署"]
LCSD = ["康乐及文化事务署", "康樂及文化事務署", "康文署"]
YTM = ["油尖旺区议会", "油尖旺區議會"]
CED = ["香港海关", "香港海關", "海關"]
HKMA = ["香港金融管理局", "金管局"]
HD = ["房屋署"]
FSD = ["消防处", "消防處"]
HAHO = ["医院管理局", "醫院管理局", "醫管局"]
TKO = ["将军澳医院", "將軍澳醫院"]
TDC = ["香港贸易发展局", "香港貿易發展局", "貿發局"]
POL = ["香港警务处", "警方", "警務處"]
ORGS = [
    O("\n[[立法會]]三讀通過道路", LC, G),
    O("）[[立法會]]昨日（2日）", LC, G),
    O("。[[運輸署]]表示", TD, G),
    O("在[[運輸署九龍牌照事務處]]辦理", ["运输署九龙牌照事务处", "運輸署九龍牌照事務處"], G),
    O("）[[衞生署]]昨日宣布", DH, G),
    O("\n[[衞生署]]下周一推", DH, G),
    O("。[[衞生署]]表示", DH, G),
    O("。[[運輸署]]預計", TD, G),
    O("）[[政府統計處]]昨日", ["政府统计处", "政府統計處"], G),
    O("）[[廉政公署]]昨日", ["廉政公署", "廉署"], G),
    O("在[[東區裁判法院]]提堂", ["东区裁判法院", "東區裁判法院"], G),
    O("由[[康樂及文化事務署]]主辦", LCSD, G),
    O("。[[康文署]]預計", LCSD, G),
    O("\n[[油尖旺區議會]]撥款", YTM, G),
    O("）[[油尖旺區議會]]前日", YTM, G),
    O("。[[油尖旺民政事務處]]表示", ["油尖旺民政事务处", "油尖旺民政事務處"], G),
    O("）[[香港海關]]前晚", CED, G),
    O("\n[[海關]]觀塘破", CED, G),
    O("）[[香港金融管理局]]昨日宣布", HKMA, G),
    O("。[[金管局]]表示", HKMA, G),
    O("）[[房屋署]]昨日表示", HD, G),
    O("聯同[[消防處]]巡查", FSD, G),
    O("\n[[房屋署]]聯消防處", HD, G),
    O("房屋署聯[[消防處]]巡查公屋", FSD, G),
    O("）[[運輸署]]昨日公布", TD, G),
    O("。[[運輸署]]呼籲", TD, G),
    O("）[[立法會財務委員會]]前日", FC, G),
    O("用於[[將軍澳醫院]]二期", TKO, IN),
    O("。[[醫院管理局]]表示", HAHO, IN),
    O("\n[[財委會]]批47億", FC, G),
    O("擴建[[將軍澳醫院]]\n", TKO, IN),
    O("■圖為[[將軍澳醫院]]擴建", TKO, IN),
    O("　[[醫院管理局]]供圖", HAHO, IN),
    O("）[[香港貿易發展局]]昨日", TDC, IN),
    O("。[[貿發局]]預計", TDC, IN),
    O("\n[[貿發局]]：首十個月", TDC, IN),
    O("）[[高等法院原訟法庭]]昨日", ["高等法院原讼法庭", "高等法院原訟法庭"], G),
    O("就[[運輸署]]暫時吊銷", TD, G),
    O("，[[運輸署]]署長的決定", TD, G),
    O("\n[[警方]]展開冬季", POL, G, OPT),                                     # the police, generic
    O("）[[警方]]昨日起", POL, G, OPT),
    O("。[[警方]]表示", POL, G, OPT),
]

C, P, M, T = "count", "percent", "money", "duration"
HKD, USD = "HKD", "USD"
Y = "去年同期"
STATS = [
    S("以[[56票]]贊成", "56", "票", C, "exact", "贊成票"),
    S("、[[3票]]反對", "3", "票", C, "exact", "反對票"),
    S("由[[320元]]提高至", "320", "元", M, "exact", "駕駛時使用手提電話的定額罰款", currency=HKD),
    S("提高至[[1,500元]]", "1500", "元", M, "exact", "駕駛時使用手提電話的定額罰款", currency=HKD),
    S("在全港[[18區]]推出", "18", "區", C, "exact", "全港18區", OPT),                   # 全港18區: all districts
    S("可為[[逾12萬名]]長者", "120000", "名", C, "over", "接種長者及兒童"),
    S("個案[[近4,600宗]]", "4600", "宗", C, "under", "流感入院個案"),
    S("按年上升[[百分之二十一點五]]", "21.5", "%", P, "exact", "流感入院個案", change=up(Y)),
    S("意外[[約百分之八]]", "8", "%", P, "about", "涉及手提電話的交通意外", change=down()),
    S("總銷貨價值[[約港幣2,847億元]]", "284700000000", "元", M, "about", "首三季零售業總銷貨價值", currency=HKD),
    S("按年下跌[[百分之二點三]]", "2.3", "%", P, "exact", "首三季零售業總銷貨價值", change=down(Y)),
    S("為[[港幣318億元]]", "31800000000", "元", M, "exact", "10月份零售業總銷貨價值", currency=HKD),
    S("按月上升[[百分之一點六]]", "1.6", "%", P, "exact", "10月份零售業總銷貨價值", change=up("上月")),
    S("訪港旅客：[[約4,080萬人次]]", "40800000", "人次", C, "about", "首十月訪港旅客"),
    S("實質增長[[百分之三點一]]", "3.1", "%", P, "exact", "上半年本地生產總值", change=up(Y)),
    S("外匯儲備：[[4,258億美元]]", "425800000000", "美元", M, "exact", "9月底外匯儲備", currency=USD),
    S("買賣合約：[[約5,320宗]]", "5320", "宗", C, "about", "11月住宅買賣合約"),
    S("涉受賄[[86萬]]", "860000", "元", M, "exact", "受賄", OPT, currency=HKD),       # a headline figure
    S("合共[[約港幣86萬元]]", "860000", "元", M, "about", "收受賄款", currency=HKD),
    S("以[[港幣5萬元]]現金", "50000", "元", M, "exact", "現金保釋", currency=HKD),
    S("作品[[逾200件]]", "200", "件", C, "over", "展出藝術家作品"),
    S("可吸引[[約30萬人次]]", "300000", "人次", C, "about", "參觀人次"),
    S("撥款[[約港幣165萬元]]，", "1650000", "元", M, "about", "撥款", currency=HKD),
    S("舉辦[[18場]]長者", "18", "場", C, "exact", "長者健康講座"),
    S("名額[[約3,600個]]", "3600", "個", C, "about", "講座名額"),
    S("檢獲[[約180萬支]]私煙", "1800000", "支", C, "about", "檢獲私煙"),
    S("市值[[約港幣520萬元]]", "5200000", "元", M, "about", "私煙市值", currency=HKD),
    S("應課稅值[[約港幣350萬元]]", "3500000", "元", M, "about", "私煙應課稅值", currency=HKD),
    S("拘捕[[3名]]男子", "3", "名", C, "exact", "被捕男子"),
    S("檢值[[520萬]]", "5200000", "元", M, "exact", "私煙市值", OPT, currency=HKD),     # a headline figure
    S("首階段有[[11間]]銀行", "11", "間", C, "exact", "參與銀行"),
    S("服務推出[[一年多]]以來", "1", "年", T, "over", "服務推出", OPT),                # a duration in passing
    S("累計交易[[逾1,200萬宗]]", "12000000", "宗", C, "over", "累計交易"),
    S("涉及金額[[近港幣96億元]]", "9600000000", "元", M, "under", "累計交易涉及金額", currency=HKD),
    S("全港[[逾1,500座]]", "1500", "座", C, "over", "巡查公共屋邨大廈"),
    S("罰款[[2.5萬元]]", "25000", "元", M, "exact", "違規罰款", currency=HKD),
    S("封閉[[兩條]]行車線", "2", "條", C, "exact", "封閉行車線"),
    S("共有[[9條]]巴士路線", "9", "條", C, "exact", "改道巴士路線"),
    S("通過[[約港幣47億元]]撥款", "4700000000", "元", M, "about", "將軍澳醫院二期擴建工程撥款", currency=HKD),
    S("財委會批[[47億]]", "4700000000", "元", M, "exact", "將軍澳醫院擴建撥款", OPT, currency=HKD),  # headline
    S("提供[[約520張]]病床", "520", "張", C, "about", "病床"),
    S("增加[[近百分之四十]]", "40", "%", P, "under", "病床", change=up("現時")),
    S("出口貨值[[約港幣4.41萬億元]]", "4410000000000", "元", M, "about", "首十個月香港整體出口貨值",
      currency=HKD),
    S("按年上升[[百分之十二點七]]；", "12.7", "%", P, "exact", "整體出口貨值", change=up(Y)),
    S("按年上升[[百分之九點八]]", "9.8", "%", P, "exact", "10月份出口貨值", change=up(Y)),
    S("出口增長[[約百分之五左右]]", "5", "%", P, "about", "明年全年出口增長", change=up()),
    S("出口升[[百分之十二點七]]", "12.7", "%", P, "exact", "首十個月出口", change=up()),
    S("為期[[兩周]]", "2", "周", T, "exact", "打擊酒後駕駛行動"),
    S("設立路障[[48個]]", "48", "個", C, "exact", "路障"),
    S("截查車輛[[逾2,100輛次]]", "2100", "輛次", C, "over", "截查車輛"),
    S("拘捕[[7名]]涉嫌", "7", "名", C, "exact", "涉嫌酒後駕駛的司機"),
    S("其中[[2人]]涉及", "2", "人", C, "exact", "涉及交通意外"),
    S("按年下跌[[百分之六點四]]", "6.4", "%", P, "exact", "酒駕拘捕人數", change=down(Y)),
]

EVENTS = [
    E("三讀通過《2025年道路交通（修訂）條例草案》", "policy", "通過", D2, organizers=["立法會"]),
    E("新例將於明年3月1日起實施", "policy", "實施", day("2026-03-01"), opt=True),       # the same bill
    E("推出季節性流感疫苗外展接種計劃", "activity", "推出", day("2025-12-08"), location="全港18區",
      organizers=["衞生署"], participants=["長者及兒童"]),
    E("政府統計處昨日公布", "announcement", "公布", D2, organizers=["政府統計處"]),
    E("廉政公署昨日公布", "announcement", "公布", D2, organizers=["廉政公署"]),
    E("案件昨日在東區裁判法院提堂", "legal", "提堂", D2, location="東區裁判法院", organizers=["東區裁判法院"]),
    E("案件押後至明年1月20日再訊", "legal", "再訊", day("2026-01-20"), opt=True),       # the same case
    E("「冬日藝術節」昨日在中環海濱活動空間開幕", "exhibition", "開幕", day("2025-12-02", "2026-01-04"),
      location="中環海濱活動空間", organizers=["康樂及文化事務署"], theme="冬日藝術節"),
    E("油尖旺區議會前日（1日）舉行會議", "meeting", "舉行會議", D1, organizers=["油尖旺區議會"]),
    E("通過撥款約港幣165萬元", "policy", "通過", D1, organizers=["油尖旺區議會"]),
    E("舉辦18場長者健康講座", "training", "講座", months(2026, 1, 3), organizers=["油尖旺區議會"],
      participants=["長者"]),
    E("市民可於本月10日起報名", "registration", "報名", day("2025-12-10")),
    E("破獲一個非法煙草倉庫", "legal", "破獲", D1, location="觀塘一個工業大廈單位", organizers=["香港海關"]),
    E("跨境二維碼支付服務將於明日（4日）起擴展至泰國", "launch", "擴展", day("2025-12-04"),
      organizers=["香港金融管理局"]),
    E("聯同消防處巡查全港逾1,500座公共屋邨大廈的消防設施", "inspection", "巡查",
      (span("2025-12-01", "2026-01-31"), "month"), organizers=["房屋署", "消防處"]),
    E("派發消防安全單張", "payout", "派發", opt=True),                                     # part of the checks
    E("運輸署昨日公布", "announcement", "公布", D2, organizers=["運輸署"], opt=True),     # the closure told
    E("將封閉兩條行車線", "traffic", "封閉", day("2025-12-13", "2025-12-14"),
      location="東區走廊西行線北角至銅鑼灣段", organizers=["運輸署"]),
    E("巴士路線須改道", "traffic", "改道", day("2025-12-13", "2025-12-14"), opt=True),   # the same closure
    E("通過約港幣47億元撥款", "policy", "通過", D1, organizers=["立法會財務委員會"]),
    E("工程預計明年第二季動工", "construction", "動工", quarter(2026, 2), opt=True),     # a forecast
    E("香港貿易發展局昨日公布", "announcement", "公布", D2, organizers=["香港貿易發展局"]),
    E("駁回一名的士司機", "legal", "駁回", D2, organizers=["高等法院原訟法庭"]),
    E("展開為期兩周的冬季打擊酒後駕駛行動", "inspection", "行動", day("2025-12-02", "2025-12-15"),
      location="全港", organizers=["警方"]),
    E("拘捕7名涉嫌酒後駕駛的司機", "legal", "拘捕", D2, opt=True),                        # part of the campaign
]
