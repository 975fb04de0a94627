"""港島晨報 (香港), 2025-11-27 (a Thursday): a Hong Kong 港聞 page in traditional script, in a 明報-like style unlike
heldout3/5/8/13/15's: items under a bold lead title, some with a `記者 陳 嘉 欣` line under the title (a byline line),
the others closed by the reporter's initial in parentheses (`（芷）`, `（朗）`: the article's author, kept as written);
photos credited `（黃 志 明攝）` or `（政府新聞處圖片）`; a `港聞` section label and a `要聞速遞` column of seven short
items (the label goes with the column's first item). Features: a paragraph broken after a comma (`…逾400張病床，` |
`手術室數目將由…`) with another item (headline and body) and a caption between; headlines after their bodies;
`昨日` = 11-26, `前日` = 11-25, `今日`, `明日（28日）`, `本周六（29日）`, `下周三（3日）及周四（4日）`, `下月3日至16日`,
`下月8日`, `明年首季`, `今年首季`, `今年第三季`, `今年首十個月`, `10月底`, `9月底`, `2027年8月底`, `明年4月6日`; HKD
written `港幣X萬元`, `約港幣4,256億元`, `港幣4萬5,000元`, `25萬港元`, bare `約1.2億元`; `人民幣186億元` (CNY),
`4,263億美元` (USD); `百分之X點X`, `按年上升`, `按月上升`, `逾`, `近`, `約`; votes (`52票贊成、4票反對`). HK bodies
canonical in simplified with the written and short forms (`立法會財務委員會`/`財委會`, `醫院管理局`/`醫管局`,
`區域法院`, `房屋署`, `衞生署`, `控煙酒辦公室`/`控煙辦`, `運輸署`, `警務處毒品調查科`, `荃灣裁判法院`, `勞工處`,
`政府統計處`/`統計處`, `教育局`, `康樂及文化事務署`, `沙田區議會`, `渠務署`, `香港交易所`/`港交所`, `金管局`, `消防處`,
`高等法院上訴法庭`/`高院`). `警方` alone optional (generic); venues, `政府新聞處` in a photo credit and a bureau named
in an official's title are optional. Ages, sentences as mixed durations, headline figures with no unit written and `X成`
are optional; forecasts, year summaries and parts of one happening (arrests in a seizure, prosecutions after
inspections) are optional.

Written at main commit c7229b8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, up, xun, year

PAPER = "港島晨報"
PUBLISHED = "2025-11-27"
HOME = {"city": "香港"}

LAYOUT = [
    ("港聞", "label", "C0"),
    ("財委會批86億", "headline", "C0"),
    ("記者 陳 嘉 欣", "byline", "C0"),
    ("立法會財務委員會昨日", "body", "C0"),                 # breaks after a comma
    ("虛擬資產騙案", "headline", "C1"),
    ("區域法院昨日", "body", "C1"),
    ("財委會委員昨日", "caption", "P0"),                    # （黃 志 明攝）
    ("手術室數目", "body", "C0"),                           # the rest of C0's paragraph
    ("綠置居下月3日", "headline", "C2"),
    ("記者 林 詠 詩", "byline", "C2"),
    ("房屋署昨日宣布", "body", "C2"),
    ("控煙辦首十個月", "headline", "C3"),
    ("衞生署控煙酒辦公室", "body", "C3"),
    ("青馬大橋周六", "headline", "C4"),
    ("運輸署宣布", "body", "C4"),
    ("葵涌工廈", "headline", "C5"),
    ("記者 黃 志 明", "byline", "C5"),
    ("警務處毒品調查科", "body", "C5"),
    ("勞工處下周", "headline", "C6"),
    ("勞工處將於", "body", "C6"),
    ("統計處：", "headline", "C7"),
    ("政府統計處昨日", "body", "C7"),
    ("教育局局長昨日", "caption", "P1"),                    # （政府新聞處圖片）
    ("教育局昨日公布", "body", "C8"),
    ("公營小學獲發", "headline", "C8"),                     # after its body
    ("文化博物館明起", "headline", "C9"),
    ("香港文化博物館明日", "body", "C9"),
    ("沙田區議會昨日", "body", "C10"),
    ("沙田區議會撥款", "headline", "C10"),                  # after its body
    ("要聞速遞", "label", "C11"),
    ("港交所首十個月", "headline", "C11"),
    ("香港交易所昨日", "body", "C11"),
    ("外匯儲備", "headline", "C12"),
    ("金管局公布", "body", "C12"),
    ("理財通南向", "headline", "C13"),
    ("金管局另公布", "body", "C13"),
    ("醫管局兩院", "headline", "C14"),
    ("醫院管理局宣布", "body", "C14"),
    ("消防處大圍", "headline", "C15"),
    ("消防處昨日", "body", "C15"),
    ("流感疫苗", "headline", "C16"),
    ("衞生署表示，本年度", "body", "C16"),
    ("高院駁回", "headline", "C17"),
    ("高等法院上訴法庭", "body", "C17"),
]

ZHI, LANG = byline(authors=["芷"]), byline(authors=["朗"])
ARTICLES = {
    "C0": dict(byline=byline(reporters=["陳嘉欣"])),
    "C1": dict(byline=ZHI),
    "C2": dict(byline=byline(reporters=["林詠詩"])),
    "C3": dict(byline=ZHI),
    "C4": dict(byline=LANG),
    "C5": dict(byline=byline(reporters=["黃志明"])),
    "C6": dict(byline=LANG),
    "C7": dict(byline=LANG),
    "C8": dict(byline=ZHI),
    "C9": dict(byline=LANG),
    "C10": dict(byline=ZHI),
    "C11": dict(byline=ZHI),
    "C12": dict(byline=LANG),
    "C13": dict(byline=LANG),
    "C14": dict(byline=ZHI),
    "C15": dict(byline=LANG),
    "C16": dict(byline=ZHI),
    "C17": dict(byline=ZHI),
}
JOINS = [("立法會財務委員會昨日", "手術室數目")]
PHOTOS = {
    "P0": dict(photographers=["黃志明"], article="C0"),
    "P1": dict(photographers=[], article="C8"),
}

D26, D25, D27 = day("2025-11-26"), day("2025-11-25"), day("2025-11-27")
TEN = months(2025, 1, 10)
SAT = day("2025-11-29")
DATES = [
    D("立法會財務委員會[[昨日]]以52票", D26),
    D("工程預計[[明年首季]]動工", quarter(2026, 1)),
    D("區域法院[[昨日]]就", D26),
    D("被告於[[2024年5月至11月]]期間", months(2024, 5, 11)),
    D("財委會委員[[昨日]]舉手", D26),
    D("，[[每年]]可多處理", VAGUE),                                          # a recurring slot
    D("綠置居[[下月3日]]接受", day("2025-12-03")),
    D("房屋署[[昨日]]宣布", D26),
    D("將於[[下月3日至16日]]接受", day("2025-12-03", "2025-12-16")),
    D("房屋署預計[[明年首季]]進行", quarter(2026, 1)),
    D("，[[今年第三季]]推出", quarter(2025, 3)),
    D("控煙辦[[首十個月]]發", TEN),
    D("辦公室[[今年首十個月]]共巡查", TEN),
    D("。衞生署表示，[[明年]]起將", year(2026)),
    D("青馬大橋[[周六凌晨]]局部", SAT),
    D("將於[[本周六（29日）凌晨零時至早上6時]]封閉", SAT),
    D("毒品調查科[[前日]]在葵涌", D25),
    D("，[[今日]]在荃灣", D27),
    D("勞工處[[下周]]辦", VAGUE),                                            # a week
    D("將於[[下周三（3日）及周四（4日）]]在", day("2025-12-03", "2025-12-04")),
    D("，[[今年首十個月]]已舉辦", TEN),
    D("統計處：[[10月]]出口", month(2025, 10)),
    D("政府統計處[[昨日]]公布", D26),
    D("公布，[[10月]]整體出口", month(2025, 10)),
    D("。[[首十個月]]整體出口", TEN),
    D("其中[[今年首季]]升幅", quarter(2025, 1)),
    D("教育局局長[[昨日]]到訪", D26),
    D("教育局[[昨日]]公布", D26),
    D("將於[[明年1月]]起向", month(2026, 1)),
    D("須於[[2027年8月底]]前", xun(2027, 8, 2)),
    D("文化博物館[[明]]起辦", day("2025-11-28"), OPT),                       # one character
    D("博物館[[明日（28日）]]起", day("2025-11-28")),
    D("展期至[[明年4月6日]]", day("2026-04-06")),
    D("沙田區議會[[昨日]]召開", D26),
    D("，於[[明年2月]]舉辦", month(2026, 2)),
    D("港交所[[首十個月]]新股", TEN),
    D("香港交易所[[昨日]]公布", D26),
    D("，[[今年首十個月]]新股集資額", TEN),
    D("公布，[[10月底]]官方", xun(2025, 10, 2)),
    D("較[[9月底]]增加", xun(2025, 9, 2)),
    D("另公布，[[10月]]「跨境", month(2025, 10)),
    D("將於[[下月8日]]起試行", day("2025-12-08")),
    D("，[[逢周一至周五晚上]]開診", VAGUE),                                  # a recurring slot
    D("首階段[[每月]]提供", VAGUE),
    D("消防處[[昨日]]在大圍", D26),
    D("衞生署表示，[[本年度]]季節性", VAGUE),                                # the programme's season
    D("截至[[本月23日]]共有", day("2025-11-23")),
    D("上訴法庭[[昨日]]駁回", D26),
]

G, IN, CO = "government", "institution", "company"
FC = ["香港特别行政区立法会财务委员会", "立法會財務委員會", "財委會", "立法会财务委员会"]
HA = ["医院管理局", "醫院管理局", "醫管局"]
TMH = ["屯门医院", "屯門醫院"]
HD = ["房屋署", "香港特别行政区政府房屋署"]
TACO = ["卫生署控烟酒办公室", "衞生署控煙酒辦公室", "控煙酒辦公室", "控煙辦"]
DH = ["卫生署", "衞生署"]
TD = ["运输署", "運輸署"]
LD = ["劳工处", "勞工處"]
CSD = ["政府统计处", "政府統計處", "統計處"]
EDB = ["教育局", "香港特别行政区政府教育局"]
HKMH = ["香港文化博物馆", "香港文化博物館", "文化博物館"]
STDC = ["沙田区议会", "沙田區議會"]
HKEX = ["香港交易及结算所有限公司", "香港交易所", "港交所"]
HKMA = ["香港金融管理局", "金管局"]
FSD = ["消防处", "消防處"]
CA = ["高等法院上诉法庭", "高等法院上訴法庭", "高院", "高等法院"]
ORGS = [
    O("[[財委會]]批86億", FC, G),
    O("擴建[[屯門醫院]]\n", TMH, IN),
    O("[[立法會財務委員會]]昨日", FC, G),
    O("通過[[屯門醫院]]手術室", TMH, IN),
    O("。[[醫院管理局]]表示", HA, IN),
    O("[[區域法院]]昨日就", ["区域法院", "區域法院"], G),
    O("\n[[財委會]]委員昨日", FC, G, OPT),                                     # members, in a caption
    O("。[[醫管局]]指", HA, IN),
    O("擴建工程完成後，[[屯門醫院急症室]]", ["屯门医院急症室", "屯門醫院急症室", "屯門醫院"], IN),
    O("[[房屋署]]昨日宣布", HD, G),
    O("[[房屋署]]預計", HD, G),
    O("[[控煙辦]]首十個月", TACO, G),
    O("[[衞生署控煙酒辦公室]]今年", TACO, G),
    O("。[[衞生署]]表示，明年", DH, G),
    O("[[運輸署]]宣布", TD, G),
    O("。[[運輸署]]呼籲", TD, G),
    O("[[警務處毒品調查科]]前日", ["香港警务处毒品调查科", "警務處毒品調查科"], G),
    O("。[[警方]]拘捕", ["香港警务处", "警方", "警務處"], G, OPT),               # the police, generic
    O("在[[荃灣裁判法院]]提堂", ["荃湾裁判法院", "荃灣裁判法院"], G),
    O("[[勞工處]]下周辦", LD, G),
    O("[[勞工處]]將於", LD, G),
    O("在[[灣仔伊利沙伯體育館]]舉辦", ["湾仔伊利沙伯体育馆", "灣仔伊利沙伯體育館"], IN, OPT),  # a venue
    O("。[[勞工處]]表示", LD, G),
    O("\n[[統計處]]：10月", CSD, G),
    O("[[政府統計處]]昨日", CSD, G),
    O("[[教育局]]局長昨日", EDB, G, OPT),                                     # in an official's title
    O("（[[政府新聞處]]圖片）", ["政府新闻处", "政府新聞處"], G, OPT),          # a photo credit
    O("[[教育局]]昨日公布", EDB, G),
    O("[[文化博物館]]明起", HKMH, IN),
    O("[[香港文化博物館]]明日", HKMH, IN),
    O("主辦單位[[康樂及文化事務署]]", ["康乐及文化事务署", "康樂及文化事務署", "康文署"], G),
    O("[[沙田區議會]]昨日", STDC, G),
    O("向[[渠務署]]代表", ["渠务署", "渠務署"], G),
    O("[[沙田區議會]]撥款", STDC, G),
    O("[[港交所]]首十個月", HKEX, CO),
    O("[[香港交易所]]昨日", HKEX, CO),
    O("[[金管局]]公布", HKMA, G),
    O("[[金管局]]另公布", HKMA, G),
    O("[[醫管局]]兩院", HA, IN),
    O("[[醫院管理局]]宣布", HA, IN),
    O("，[[伊利沙伯醫院]]及", ["伊利沙伯医院", "伊利沙伯醫院"], IN),
    O("及[[瑪嘉烈醫院]]將於", ["玛嘉烈医院", "瑪嘉烈醫院"], IN),
    O("[[消防處]]大圍", FSD, G),
    O("[[消防處]]昨日", FSD, G),
    O("[[衞生署]]表示，本年度", DH, G),
    O("[[高院]]駁回", CA, G),
    O("[[高等法院上訴法庭]]昨日", CA, G),
]

C, P, M, T, A, W, X = "count", "percent", "money", "duration", "area", "weight", "other"
HKD, CNY, USD = "HKD", "CNY", "USD"
Y = "去年同期"
STATS = [
    S("批[[86億]]擴建", "8600000000", "元", M, "exact", "屯門醫院擴建撥款", OPT, currency=HKD),   # no unit written
    S("以[[52票]]贊成", "52", "票", C, "exact", "贊成票"),
    S("、[[4票]]反對", "4", "票", C, "exact", "反對票"),
    S("款項[[約港幣86.4億元]]", "8640000000", "元", M, "about", "屯門醫院手術室大樓擴建工程撥款", currency=HKD),
    S("提供[[逾400張]]病床", "400", "張", C, "over", "新大樓病床"),
    S("判囚[[4年半]]", "4.5", "年", T, "exact", "刑期", OPT),                    # a sentence in a headline
    S("，[[34歲]]男被告", "34", "歲", X, "exact", "被告年齡", OPT),              # an age
    S("承認[[一項]]串謀", "1", "項", C, "exact", "串謀詐騙罪", OPT),
    S("被判囚[[4年6個月]]", "4.5", "年", T, "exact", "刑期", OPT),              # a mixed duration
    S("誘騙[[21名]]市民", "21", "名", C, "exact", "受騙市民"),
    S("合共[[逾港幣1,380萬元]]", "13800000", "元", M, "over", "騙款", currency=HKD),
    S("其中[[約港幣620萬元]]", "6200000", "元", M, "about", "已被凍結的騙款", currency=HKD),
    S("現時的[[18間]]", "18", "間", C, "exact", "現時手術室數目"),
    S("增至[[30間]]", "30", "間", C, "exact", "手術室數目"),
    S("多處理[[約1萬2,000宗]]", "12000", "宗", C, "about", "每年多處理手術"),
    S("縮短[[近兩成]]", "20", "%", P, "under", "急症室輪候時間", OPT),            # X成
    S("推[[3,260伙]]", "3260", "伙", C, "exact", "綠置居單位"),
    S("將軍澳[[兩個]]屋苑", "2", "個", C, "exact", "屋苑"),
    S("共[[3,260個]]單位", "3260", "個", C, "exact", "綠置居單位"),
    S("由[[約280平方呎]]至", "280", "平方呎", A, "about", "單位最小實用面積"),
    S("至[[520平方呎]]", "520", "平方呎", A, "exact", "單位最大實用面積"),
    S("介乎[[港幣98萬元]]至", "980000", "元", M, "exact", "最低售價", currency=HKD),
    S("至[[港幣312萬元]]", "3120000", "元", M, "exact", "最高售價", currency=HKD),
    S("折扣[[百分之五十二點五]]", "52.5", "%", P, "exact", "評估市值折扣"),
    S("接獲[[逾4萬份]]申請", "40000", "份", C, "over", "上一期計劃申請"),
    S("發[[逾9,800張]]罰單", "9800", "張", C, "over", "罰單"),
    S("禁煙區[[約3萬4,000次]]", "34000", "次", C, "about", "巡查法定禁煙區"),
    S("通知書[[9,826張]]", "9826", "張", C, "exact", "定額罰款通知書"),
    S("上升[[百分之十二點四]]", "12.4", "%", P, "exact", "定額罰款通知書", change=up(Y)),
    S("傳票檢控[[412宗]]", "412", "宗", C, "exact", "傳票檢控"),
    S("延長[[約10分鐘]]", "10", "分鐘", T, "about", "機場巴士班次延長時間"),
    S("工廈檢[[42公斤]]", "42", "公斤", W, "exact", "可卡因"),
    S("檢獲[[約42公斤]]", "42", "公斤", W, "about", "懷疑可卡因"),
    S("市值[[約港幣4,200萬元]]", "42000000", "元", M, "about", "可卡因市值", currency=HKD),
    S("拘捕[[兩名]]分別", "2", "名", C, "exact", "被捕男子"),
    S("分別[[29歲]]", "29", "歲", X, "exact", "被捕男子年齡", OPT),
    S("及[[35歲]]的", "35", "歲", X, "exact", "被捕男子年齡", OPT),
    S("，[[約80間]]機構", "80", "間", C, "about", "參與機構"),
    S("提供[[逾5,600個]]職位", "5600", "個", C, "over", "職位空缺"),
    S("其中[[近百分之六十]]", "60", "%", P, "under", "全職職位佔職位空缺"),
    S("月薪達[[港幣4萬5,000元]]", "45000", "元", M, "exact", "最高月薪", currency=HKD),
    S("招聘會[[172場]]", "172", "場", C, "exact", "各類招聘會"),
    S("按年增加[[18場]]", "18", "場", C, "exact", "各類招聘會", change=up(Y)),
    S("按年升[[14.2%]]", "14.2", "%", P, "exact", "10月出口", change=up(Y)),
    S("出口貨值[[約港幣4,256億元]]", "425600000000", "元", M, "about", "10月整體出口貨值", currency=HKD),
    S("上升[[百分之十四點二]]", "14.2", "%", P, "exact", "整體出口貨值", change=up(Y)),
    S("按月上升[[百分之三點一]]", "3.1", "%", P, "exact", "整體出口貨值", change=up("上月")),
    S("進口貨值[[約港幣4,530億元]]", "453000000000", "元", M, "about", "10月進口貨值", currency=HKD),
    S("上升[[百分之十二點九]]", "12.9", "%", P, "exact", "進口貨值", change=up(Y)),
    S("逆差[[約港幣274億元]]", "27400000000", "元", M, "about", "有形貿易逆差", currency=HKD),
    S("上升[[百分之十一點八]]", "11.8", "%", P, "exact", "首十個月整體出口貨值", change=up(Y)),
    S("全港[[約480所]]公營", "480", "所", C, "about", "公營小學"),
    S("每校[[25萬港元]]", "250000", "元", M, "exact", "每校人工智能教育津貼", currency=HKD),
    S("開支[[約1.2億元]]", "120000000", "元", M, "about", "津貼開支", currency=HKD),
    S("每校[[25萬]]\n", "250000", "元", M, "exact", "每校津貼", OPT, currency=HKD),     # no unit written
    S("複製品[[逾180件]]", "180", "件", C, "over", "展出文物及複製品"),
    S("其中[[約60件]]", "60", "件", C, "about", "首次來港展出的展品"),
    S("票價[[港幣30元]]", "30", "元", M, "exact", "標準票價", currency=HKD),
    S("吸引[[逾30萬人次]]", "300000", "人次", C, "over", "參觀人次"),
    S("撥款[[港幣380萬元]]", "3800000", "元", M, "exact", "新春嘉年華撥款", currency=HKD),
    S("吸引[[近5萬名]]市民", "50000", "名", C, "under", "參與市民"),
    S("撥款[[380萬]]辦", "3800000", "元", M, "exact", "新春活動撥款", OPT, currency=HKD),   # no unit written
    S("集資[[2,160億]]\n", "216000000000", "元", M, "exact", "新股集資", OPT, currency=HKD),  # no unit written
    S("集資額[[約港幣2,160億元]]", "216000000000", "元", M, "about", "首十個月新股集資額", currency=HKD),
    S("增加[[約港幣1,470億元]]", "147000000000", "元", M, "about", "新股集資額", change=up(Y), currency=HKD),
    S("共有[[86間]]公司", "86", "間", C, "exact", "上市公司"),
    S("外匯儲備[[4,263億美元]]\n", "426300000000", "美元", M, "exact", "外匯儲備", currency=USD),
    S("資產為[[4,263億美元]]", "426300000000", "美元", M, "exact", "官方外匯儲備資產", currency=USD),
    S("增加[[約58億美元]]", "5800000000", "美元", M, "about", "官方外匯儲備資產", change=up("9月底"),
      currency=USD),
    S("按月升[[9.2%]]", "9.2", "%", P, "exact", "理財通南向匯劃", change=up("上月")),
    S("金額[[約人民幣186億元]]", "18600000000", "元", M, "about", "南向通資金跨境匯劃金額", currency=CNY),
    S("上升[[百分之九點二]]", "9.2", "%", P, "exact", "南向通資金跨境匯劃金額", change=up("上月")),
    S("投資者[[逾14萬人]]", "140000", "人", C, "over", "參與投資者"),
    S("醫管局[[兩院]]", "2", "院", C, "exact", "試行醫院", OPT),
    S("提供[[約1,200個]]", "1200", "個", C, "about", "每月診症名額"),
    S("消防車[[12輛]]", "12", "輛", C, "exact", "出動消防車"),
    S("人員[[約100名]]", "100", "名", C, "about", "出動人員"),
    S("，[[約350名]]租戶", "350", "名", C, "about", "參與疏散租戶"),
    S("接種率[[逾六成]]", "60", "%", P, "over", "外展接種率", OPT),             # X成
    S("全港[[逾1,050所]]學校", "1050", "所", C, "over", "外展接種學校"),
    S("有[[約41萬名]]學生", "410000", "名", C, "about", "接種學生"),
    S("接種率[[約百分之六十二點五]]", "62.5", "%", P, "about", "接種率"),
    S("監禁[[2年8個月]]", "2.67", "年", T, "exact", "刑期", OPT),              # a mixed duration
]

EVENTS = [
    E("通過屯門醫院手術室大樓擴建工程撥款申請", "policy", "通過", D26, organizers=["立法會財務委員會"]),
    E("工程預計明年首季動工", "construction", "動工", quarter(2026, 1), opt=True),      # a forecast
    E("就一宗虛擬資產投資騙案判刑", "legal", "判刑", D26, organizers=["區域法院"]),
    E("委員昨日舉手表決", "meeting", "表決", D26, opt=True),                            # the vote, in a caption
    E("將於下月3日至16日接受申請", "registration", "接受申請", day("2025-12-03", "2025-12-16"),
      organizers=["房屋署"]),
    E("明年首季進行攪珠", "other", "攪珠", quarter(2026, 1), opt=True),                 # a forecast
    E("共巡查法定禁煙區約3萬4,000次", "inspection", "巡查", TEN, organizers=["衞生署控煙酒辦公室"]),
    E("提出傳票檢控412宗", "legal", "檢控", TEN, opt=True),                             # part of the checks
    E("將加強巡查公共運輸交匯處", "inspection", "巡查", year(2026), opt=True),          # a plan
    E("凌晨零時至早上6時封閉", "traffic", "封閉", SAT, location="青馬大橋", organizers=["運輸署"]),
    E("班次會延長約10分鐘", "traffic", "延長", SAT, opt=True),
    E("檢獲約42公斤懷疑可卡因", "legal", "檢獲", D25, location="葵涌一個工業大廈單位",
      organizers=["警務處毒品調查科"]),
    E("警方拘捕兩名", "legal", "拘捕", D25, opt=True),                                  # part of the seizure
    E("今日在荃灣裁判法院提堂", "legal", "提堂", D27, location="荃灣裁判法院"),
    E("舉辦「大型招聘會」", "recruitment", "招聘會", day("2025-12-03", "2025-12-04"),
      location="灣仔伊利沙伯體育館", organizers=["勞工處"], theme="大型招聘會"),
    E("已舉辦各類招聘會172場", "recruitment", "招聘會", TEN, opt=True),                # a year summary
    E("政府統計處昨日公布", "announcement", "公布", D26, organizers=["政府統計處"]),
    E("昨日到訪一所小學", "visit", "到訪", D26, opt=True),                              # a caption
    E("發放一筆過「人工智能教育津貼」", "payout", "發放", month(2026, 1), organizers=["教育局"],
      participants=["公營小學"]),
    E("起舉辦「敦煌藝術特展」", "exhibition", "舉辦", day("2025-11-28", "2026-04-06"),
      location="香港文化博物館", organizers=["香港文化博物館", "康樂及文化事務署"], theme="敦煌藝術特展"),
    E("昨日召開第十次全體會議", "meeting", "召開", D26, organizers=["沙田區議會"]),
    E("以大比數通過撥款港幣380萬元", "payout", "撥款", D26, opt=True),                  # part of the meeting
    E("舉辦「沙田新春嘉年華」", "activity", "舉辦", month(2026, 2), organizers=["沙田區議會"],
      theme="沙田新春嘉年華"),
    E("香港交易所昨日公布", "announcement", "公布", D26, organizers=["香港交易所"]),
    E("金管局公布", "announcement", "公布", None, organizers=["金管局"]),
    E("金管局另公布", "announcement", "公布", None, organizers=["金管局"]),
    E("將於下月8日起試行夜間專科門診服務", "launch", "試行", day("2025-12-08"),
      location="伊利沙伯醫院及瑪嘉烈醫院", organizers=["醫院管理局"]),
    E("舉行大型火警演習", "training", "演習", D26, location="大圍一幢商業大廈", organizers=["消防處"],
      participants=["租戶"]),
    E("已為全港逾1,050所學校提供接種服務", "activity", "接種服務", opt=True),          # a season's summary
    E("駁回一名前地產經紀就串謀詐騙罪的定罪上訴", "legal", "駁回", D26, organizers=["高等法院上訴法庭"]),
]
