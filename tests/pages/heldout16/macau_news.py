"""澳門民聲報 (澳門), 2025-11-20 (a Thursday): a Macao 澳聞 page in traditional script.
Style unlike heldout7's Macao page (which opened items `【本報訊】` and closed them `（濠江記者 X X）`): items open
`（本報記者 梁 嘉 敏）` or end with a bare name `（鄭 穎 欣）` (authors), one item has no byline; captions
`圖：X X攝` and `（資料圖片）`; an `澳聞` section label and a `社團動態` series label; a kicker over a title
(`明年總開支預算1,183億元` / `立法會通過明年財政預算案`); a paragraph broken after a comma (`…起生效，` |
`政府將按計劃…`) with a caption, another item and its headline between; headlines after their bodies; two items with
no headline. Dates: `昨日` = 11-19, `前日` = 11-18, `明日（21日）`, `本月23日` and its `當日`,
`下月6日至21日`, `下月1日至明年1月3日`, `今年首十個月`, `首三季`, `第三季`, `十月份`, `明年1月1日`; `日前`, `上週` (a
week, no grain), a recurring slot, `冬至前夕`, a year in a budget's name and in a scheme's name optional. Money in
澳門元 (`1,183億澳門元`, `1億3,600萬澳門元`, `一萬澳門元`), `澳門幣1,234萬元`, bare `億元`/`萬元` (MOP), `人民幣486萬元`
(CNY), `港幣120萬元`, `港幣86萬元` (HKD); `百分之X點X`, `按年上升`, `逾`, `近`, `約`. Macao bodies canonical in
simplified with the written and short forms as alternatives (`司警`, `初院`, `中院`, `終院`, `經科局`, `社工局`,
`教青局`, `街坊總會`, `工聯`). Places are not annotated.

Written at main commit f8ba2b6, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, span, up, year

PAPER = "澳門民聲報"
PUBLISHED = "2025-11-20"
HOME = {"city": "澳门", "province": "澳门特别行政区"}

LAYOUT = [
    ("澳聞", "label", "A0"),
    ("（本報記者 梁 嘉 敏）立法會", "body", "A0"),
    ("明年總開支預算", "headline", "A0"),                     # kicker, after the first paragraph
    ("立法會通過明年", "headline", "A0"),
    ("財政局局長", "body", "A0"),                             # breaks after a comma
    ("圖：立法會全體會議", "caption", "P0"),                  # 圖：何 志 豪攝
    ("首十個月入境", "headline", "A1"),
    ("旅遊局昨日公佈", "body", "A1"),
    ("政府將按計劃", "body", "A0"),                           # the rest of A0's paragraph
    ("司警破獲", "headline", "A2"),
    ("（本報記者 黃 偉 傑）司法警察局", "body", "A2"),
    ("初院判處", "headline", "A3"),
    ("初級法院昨日審結", "body", "A3"),
    ("（本報記者 梁 嘉 敏）經濟及科技", "body", "A4"),
    ("經科局明日", "headline", "A4"),                         # after its body
    ("（資料圖片）", "caption", "P1"),
    ("衛生局上週", "body", "A5"),
    ("衛生局突擊巡查", "headline", "A5"),                     # after its body
    ("（本報記者 黃 偉 傑）治安警察局", "body", "A6"),        # no headline
    ("社會工作局推出", "headline", "A7"),
    ("社會工作局昨日推出", "body", "A7"),
    ("教青局首三季", "headline", "A8"),
    ("教育及青年發展局表示", "body", "A8"),
    ("市政署「冬日花卉展」下月", "headline", "A9"),
    ("（本報記者 梁 嘉 敏）市政署", "body", "A9"),
    ("社團動態", "label", "A10"),
    ("街坊總會探訪", "headline", "A10"),
    ("澳門街坊會聯合總會昨日", "body", "A10"),
    ("澳門中華總商會", "body", "A11"),                        # no headline
    ("（本報記者 黃 偉 傑）澳門工會", "body", "A12"),
    ("工聯技能培訓班", "headline", "A12"),                    # after its body
    ("婦聯總會下月", "headline", "A13"),
    ("（本報記者 黃 偉 傑）澳門婦女", "body", "A13"),
    ("首三季本地生產總值按年", "headline", "A14"),
    ("統計暨普查局昨日", "body", "A14"),
    ("（本報記者 梁 嘉 敏）行政長官", "body", "A15"),
    ("行政長官會見", "headline", "A15"),                      # after its body
    ("終院駁回", "headline", "A16"),
    ("終審法院昨日宣判", "body", "A16"),
    ("中級法院日前", "body", "A17"),
    ("中院維持", "headline", "A17"),                          # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["梁嘉敏"])),
    "A1": dict(byline=byline(authors=["鄭穎欣"])),
    "A2": dict(byline=byline(reporters=["黃偉傑"])),
    "A3": dict(byline=byline(authors=["陳國華"])),
    "A4": dict(byline=byline(reporters=["梁嘉敏"])),
    "A5": dict(byline=byline(authors=["鄭穎欣"])),
    "A6": dict(byline=byline(reporters=["黃偉傑"])),
    "A7": dict(byline=byline(authors=["陳國華"])),
    "A8": dict(byline=byline(authors=["鄭穎欣"])),
    "A9": dict(byline=byline(reporters=["梁嘉敏"])),
    "A10": dict(byline=byline(authors=["鄭穎欣"])),
    "A11": dict(byline=byline(authors=["陳國華"])),
    "A12": dict(byline=byline(reporters=["黃偉傑"])),
    "A13": dict(byline=byline(reporters=["黃偉傑"])),
    "A14": dict(byline=byline(authors=["鄭穎欣"])),
    "A15": dict(byline=byline(reporters=["梁嘉敏"])),
    "A16": dict(byline=byline(authors=["陳國華"])),
    "A17": dict(byline=byline(authors=["陳國華"])),
}
JOINS = [("財政局局長", "政府將按計劃")]
PHOTOS = {
    "P0": dict(photographers=["何志豪"], article="A0"),
    "P1": dict(photographers=[], article=None),
}

D19, D18 = day("2025-11-19"), day("2025-11-18")
Q13 = (span("2025-01-01", "2025-09-30"), "quarter")
M110 = months(2025, 1, 10)

DATES = [
    D("立法會[[昨日下午]]舉行", D19),
    D("《[[二〇二六年]]財政", year(2026), OPT),                          # in the budget's name
    D("，[[明年]]特區政府", year(2026)),
    D("較[[今年]]增加", year(2025)),
    D("\n[[明年]]總開支預算", year(2026)),
    D("立法會通過[[明年]]財政", year(2026), OPT),                        # in the budget's name
    D("將於[[明年1月1日]]起", day("2026-01-01")),
    D("\n[[首十個月]]入境", M110),
    D("旅遊局[[昨日]]公佈", D19),
    D("，[[今年首十個月]]入境", M110),
    D("。[[十月份]]單月", month(2025, 10)),
    D("將於[[下月1日至明年1月3日]]舉行", day("2025-12-01", "2026-01-03")),
    D("司法警察局[[前日]]通報", D18),
    D("自[[今年7月]]起", month(2025, 7)),
    D("初級法院[[昨日]]審結", D19),
    D("將於[[明日（21日）]]在", day("2025-11-21")),
    D("經科局[[明日]]辦", day("2025-11-21")),
    D("經科局[[今年]]已舉辦", year(2025)),
    D("衛生局[[上週]]對全澳", VAGUE),                                    # a week: no grain (heldout4)
    D("。另外，[[今年]]流感", year(2025), OPT),                           # in a scheme's name
    D("自[[10月]]起開展", month(2025, 10)),
    D("至[[昨日]]已接種", D19),
    D("為配合[[本月23日]]舉行", day("2025-11-23")),
    D("，[[當日上午7時至11時]]，", day("2025-11-23")),
    D("社會工作局[[昨日]]推出", D19),
    D("社工局表示，[[今年]]已投入", year(2025)),
    D("，[[首三季]]服務人次", Q13),
    D("教青局[[首三季]]發放", Q13),
    D("表示，[[首三季]]已向", Q13),
    D("比[[去年同期]]增加", (span("2024-01-01", "2024-09-30"), "quarter"), OPT),
    D("「冬日花卉展」[[下月]]開幕", month(2025, 12)),
    D("將於[[下月6日至21日]]在", day("2025-12-06", "2025-12-21")),
    D("展期內[[每日上午9時至晚上9時]]開放", VAGUE),                      # a recurring slot
    D("聯合總會[[昨日]]組織", D19),
    D("總商會[[日前]]舉行", VAGUE),
    D("工會聯合總會[[昨日]]在", D19),
    D("工聯總會表示，[[明年]]將", year(2026)),
    D("婦聯總會[[下月]]舉辦", month(2025, 12)),
    D("下月舉辦[[冬至]]關懷", day("2025-12-21"), OPT),                   # in the activity's name
    D("將於[[冬至前夕]]舉辦", day("2025-12-20"), OPT),
    D("\n[[首三季]]本地生產總值按年", Q13),
    D("統計暨普查局[[昨日]]公佈", D19),
    D("公佈，[[首三季]]本地", Q13),
    D("；[[第三季]]博彩", quarter(2025, 3)),
    D("行政長官辦公室[[昨日]]發佈", D19),
    D("行政長官[[前日]]在", D18),
    D("終審法院[[昨日]]宣判", D19),
    D("中級法院[[日前]]裁定", VAGUE),
]

G, PE, IN, CO, SO = "government", "people", "institution", "company", "social"
AL = ["澳门特别行政区立法会", "立法會", "立法会"]
MGTO = ["旅游局", "旅遊局"]
PJ = ["司法警察局", "司警"]
TJB = ["初级法院", "初級法院", "初院"]
TSI = ["中级法院", "中級法院", "中院"]
TUI = ["终审法院", "終審法院", "終院"]
DSEDT = ["经济及科技发展局", "經濟及科技發展局", "經科局"]
SSM = ["卫生局", "衛生局"]
PSP = ["治安警察局"]
IAS = ["社会工作局", "社會工作局", "社工局"]
DSEJ = ["教育及青年发展局", "教育及青年發展局", "教青局"]
IAM = ["市政署"]
UGAMM = ["澳门街坊会联合总会", "澳門街坊會聯合總會", "街坊總會"]
FAOM = ["澳门工会联合总会", "澳門工會聯合總會", "工聯總會", "工聯"]
UGAMM_W = ["澳门妇女联合总会", "澳門婦女聯合總會", "婦聯總會"]
GOV = ["澳门特别行政区政府", "特區政府", "政府"]
ORGS = [
    O("）[[立法會]]昨日下午", AL, G),
    O("，明年[[特區政府]]總開支", GOV, G),
    O("\n[[立法會]]通過明年", AL, G),
    O("\n[[財政局]]局長", ["财政局", "財政局"], G, OPT),                     # in a person's title
    O("圖：[[立法會]]全體會議", AL, G),
    O("\n[[旅遊局]]昨日公佈", MGTO, G),
    O("。[[旅遊局]]又宣佈", MGTO, G),
    O("\n[[政府]]將按計劃", GOV, G, OPT),                                  # a bare 政府
    O("\n[[司警]]破獲", PJ, G),
    O("）[[司法警察局]]前日", PJ, G),
    O("。[[司警]]呼籲", PJ, G),
    O("\n[[初院]]判處", TJB, G),
    O("\n[[初級法院]]昨日審結", TJB, G),
    O("向[[中級法院]]提起", TSI, G),
    O("）[[經濟及科技發展局]]將於", DSEDT, G),
    O("。[[經科局]]今年", DSEDT, G),
    O("\n[[經科局]]明日", DSEDT, G),
    O("\n[[衛生局]]上週", SSM, G),
    O("。[[衛生局]]提醒", SSM, G),
    O("\n[[衛生局]]突擊巡查", SSM, G),
    O("）[[治安警察局]]宣佈", PSP, G),
    O("。[[治安警察局]]呼籲", PSP, G),
    O("\n[[社會工作局]]推出", IAS, G),
    O("\n[[社會工作局]]昨日推出", IAS, G),
    O("。[[社工局]]表示", IAS, G),
    O("\n[[教青局]]首三季", DSEJ, G),
    O("\n[[教育及青年發展局]]表示", DSEJ, G),
    O("\n[[市政署]]「冬日", IAM, G),
    O("）[[市政署]]主辦", IAM, G),
    O("。[[市政署]]表示", IAM, G),
    O("\n[[街坊總會]]探訪", UGAMM, SO),
    O("\n[[澳門街坊會聯合總會]]昨日", UGAMM, SO),
    O("\n[[澳門中華總商會]]日前", ["澳门中华总商会", "澳門中華總商會"], SO),
    O("）[[澳門工會聯合總會]]昨日", FAOM, SO),
    O("在[[北區工人康樂中心]]舉辦", ["澳门工会联合总会北区工人康乐中心", "北區工人康樂中心"], IN, OPT),  # a venue
    O("。[[工聯總會]]表示", FAOM, SO),
    O("\n[[工聯]]技能培訓班", FAOM, SO),
    O("\n[[婦聯總會]]下月", UGAMM_W, SO),
    O("）[[澳門婦女聯合總會]]將於", UGAMM_W, SO),
    O("\n[[統計暨普查局]]昨日", ["统计暨普查局", "統計暨普查局"], G),
    O("）[[行政長官辦公室]]昨日", ["行政长官办公室", "行政長官辦公室"], G),
    O("到訪的[[葡萄牙外交部]]代表團", ["葡萄牙外交部"], G),
    O("\n[[終院]]駁回", TUI, G),
    O("\n[[終審法院]]昨日宣判", TUI, G),
    O("維持[[中級法院]]原判", TSI, G),
    O("\n[[中級法院]]日前", TSI, G),
    O("維持[[初級法院]]判令", TJB, G),
    O("\n[[中院]]維持", TSI, G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
MOP, HKD, CNY = "MOP", "HKD", "CNY"
STATS = [
    S("以[[二十九票]]贊成", "29", "票", C, "exact", "贊成票"),
    S("、[[零票]]反對", "0", "票", C, "exact", "反對票"),
    S("預算為[[1,183億澳門元]]", "118300000000", "澳門元", M, "exact", "明年特區政府總開支預算", currency=MOP),
    S("按年上升[[百分之三點二]]", "3.2", "%", P, "exact", "特區政府總開支預算", change=up()),
    S("撥款[[約185億元]]", "18500000000", "元", M, "about", "投資與發展開支計劃撥款", currency=MOP),
    S("增加[[近12億元]]", "1200000000", "元", M, "under", "投資與發展開支計劃撥款", change=up("今年"),
      currency=MOP),
    S("總開支預算[[1,183億元]]", "118300000000", "元", M, "exact", "明年總開支預算", currency=MOP),
    S("每人[[一萬澳門元]]", "10000", "澳門元", M, "exact", "現金分享每人金額", currency=MOP),
    S("入境旅客[[逾3,280萬人次]]\n", "32800000", "人次", C, "over", "首十個月入境旅客"),
    S("入境旅客[[逾3,280萬人次]]，", "32800000", "人次", C, "over", "今年首十個月入境旅客"),
    S("按年上升[[百分之十四點六]]", "14.6", "%", P, "exact", "入境旅客", change=up("去年同期")),
    S("內地旅客[[近2,390萬人次]]", "23900000", "人次", C, "under", "內地旅客"),
    S("佔總數[[百分之七十二點八]]", "72.8", "%", P, "exact", "內地旅客佔入境旅客總數"),
    S("入境旅客[[約362萬人次]]", "3620000", "人次", C, "about", "十月份單月入境旅客"),
    S("入住率達[[百分之九十一點五]]", "91.5", "%", P, "exact", "酒店平均入住率"),
    S("吸引旅客[[逾百萬人次]]", "1000000", "人次", C, "over", "光影澳門節吸引旅客"),
    S("拘捕[[五名]]男子", "5", "名", C, "exact", "拘捕男子"),
    S("涉案金額[[約人民幣486萬元]]", "4860000", "元", M, "about", "涉案金額", currency=CNY),
    S("及[[港幣120萬元]]", "1200000", "元", M, "about", "涉案金額", currency=HKD),
    S("包括[[十一名]]本澳居民", "11", "名", C, "exact", "受害本澳居民"),
    S("被告囚[[七年]]", "7", "年", T, "exact", "洗黑錢案被告刑期"),
    S("判處[[七年]]實際徒刑", "7", "年", T, "exact", "實際徒刑"),
    S("賠償[[澳門幣1,234萬元]]", "12340000", "元", M, "exact", "向受害人賠償", currency=MOP),
    S("，[[逾六十間]]企業", "60", "間", C, "over", "參與招聘會企業"),
    S("提供[[近1,500個]]職位", "1500", "個", C, "under", "招聘會提供職位"),
    S("招聘會[[十四場]]", "14", "場", C, "exact", "經科局今年舉辦招聘會"),
    S("提供職位[[逾1.8萬個]]", "18000", "個", C, "over", "累計提供職位"),
    S("全澳[[八十五間]]食肆", "85", "間", C, "exact", "突擊巡查食肆"),
    S("發現[[三間]]違規", "3", "間", C, "exact", "違規食肆"),
    S("已接種[[逾16.5萬劑]]", "165000", "劑", C, "over", "流感疫苗接種"),
    S("接種率[[約百分之二十四]]", "24", "%", P, "about", "流感疫苗接種率"),
    S("巡查[[八十五間]]食肆", "85", "間", C, "exact", "突擊巡查食肆"),
    S("陪診等[[十二類]]服務", "12", "類", C, "exact", "可預約服務"),
    S("投入[[約4,600萬元]]", "46000000", "元", M, "about", "資助社區長者服務", currency=MOP),
    S("服務人次[[逾18萬]]", "180000", "人次", C, "over", "首三季服務人次"),
    S("已向[[逾1.2萬名]]", "12000", "名", C, "over", "獲發學費津貼高等教育學生"),
    S("合共[[1億3,600萬澳門元]]", "136000000", "澳門元", M, "exact", "學費津貼金額", currency=MOP),
    S("增加[[百分之五點四]]", "5.4", "%", P, "exact", "學費津貼金額", change=up("去年同期")),
    S("展出花卉[[逾三萬盆]]", "30000", "盆", C, "over", "展出花卉"),
    S("導賞活動[[逾二十場]]", "20", "場", C, "over", "導賞活動"),
    S("組織[[三十名]]義工", "30", "名", C, "exact", "義工"),
    S("北區[[四十戶]]獨居", "40", "戶", C, "exact", "探訪獨居長者"),
    S("會員代表[[逾二百人]]", "200", "人", C, "over", "出席會員代表"),
    S("今期共有[[一百二十名]]學員", "120", "名", C, "exact", "完成課程學員"),
    S("結業率達[[百分之九十五]]", "95", "%", P, "exact", "結業率"),
    S("培訓班[[逾四十班]]", "40", "班", C, "over", "明年開辦培訓班"),
    S("向[[五百個]]基層家庭", "500", "個", C, "exact", "基層家庭"),
    S("價值[[約三百澳門元]]", "300", "澳門元", M, "about", "每份福袋價值", currency=MOP),
    S("按年實質上升[[百分之四點八]]\n", "4.8", "%", P, "exact", "首三季本地生產總值", change=up("去年同期")),
    S("總值為[[3,012億澳門元]]", "301200000000", "澳門元", M, "exact", "首三季本地生產總值", currency=MOP),
    S("按年實質上升[[百分之四點八]]；", "4.8", "%", P, "exact", "本地生產總值", change=up("去年同期")),
    S("毛收入[[約六百零五億元]]", "60500000000", "元", M, "about", "第三季博彩毛收入", currency=MOP),
    S("按年上升[[百分之七點一]]", "7.1", "%", P, "exact", "博彩毛收入", change=up("去年同期")),
    S("按年上升[[百分之六點三]]", "6.3", "%", P, "exact", "服務出口", change=up("去年同期")),
    S("出口佔[[近六成]]", "6", "成", P, "under", "博彩服務出口佔服務出口", OPT),       # X成
    S("面積[[約五千平方米]]", "5000", "平方米", A, "about", "土地面積"),
    S("賠償[[港幣86萬元]]", "860000", "元", M, "exact", "司機賠償", currency=HKD),
]

EVENTS = [
    E("立法會昨日下午舉行全體會議", "meeting", "舉行", D19, organizers=["立法會"]),
    E("細則性表決通過《二〇二六年財政年度預算案》", "policy", "通過", D19, organizers=["立法會"]),
    E("預算案將於明年1月1日起生效", "policy", "生效", day("2026-01-01"), opt=True),        # the same budget
    E("向永久性居民發放現金分享", "payout", "發放", participants=["永久性居民"], opt=True),  # a plan
    E("旅遊局昨日公佈", "announcement", "公佈", D19, organizers=["旅遊局"]),
    E("第十屆「光影澳門」節將於下月1日至明年1月3日舉行", "activity", "舉行", day("2025-12-01", "2026-01-03"),
      organizers=["旅遊局"], theme="光影澳門"),
    E("司法警察局前日通報", "announcement", "通報", D18, organizers=["司法警察局"], opt=True),  # tells of the bust
    E("破獲一個跨境電話詐騙集團", "legal", "破獲", D18, organizers=["司法警察局"]),
    E("拘捕五名男子", "legal", "拘捕", D18, opt=True),                                       # the same bust
    E("初級法院昨日審結一宗清洗黑錢案", "legal", "審結", D19, organizers=["初級法院"]),
    E("判處七年實際徒刑", "legal", "判處", D19, opt=True),                                   # the same trial
    E("將向中級法院提起上訴", "legal", "上訴", opt=True),                                    # a plan
    E("舉辦「灣區就業配對招聘會」", "recruitment", "招聘會", day("2025-11-21"), location="澳門漁人碼頭會展中心",
      organizers=["經濟及科技發展局"], theme="灣區就業配對招聘會"),
    E("經科局今年已舉辦招聘會十四場", "recruitment", "招聘會", year(2025), organizers=["經科局"],
      opt=True),  # a summary
    E("對全澳八十五間食肆進行突擊巡查", "inspection", "巡查", location="全澳",
      organizers=["衛生局"]),
    E("流感疫苗接種計劃自10月起開展", "activity", "開展", month(2025, 10)),
    E("舉行的「愛心齊步行」慈善活動", "activity", "舉行", day("2025-11-23"), theme="愛心齊步行"),
    E("友誼大馬路部分路段將實施交通管制", "traffic", "交通管制", day("2025-11-23"), location="友誼大馬路部分路段",
      organizers=["治安警察局"]),
    E("社會工作局昨日推出「頤康通」長者服務平台", "launch", "推出", D19, organizers=["社會工作局"]),
    E("今年已投入約4,600萬元資助社區長者服務", "payout", "資助", year(2025), organizers=["社工局"]),
    E("高等教育學生發放學費津貼", "payout", "發放", Q13, organizers=["教育及青年發展局"],
      participants=["高等教育學生"]),
    E("將於下月6日至21日在盧廉若公園展出", "exhibition", "展出", day("2025-12-06", "2025-12-21"),
      location="盧廉若公園", organizers=["市政署"], theme="冬日花卉展"),
    E("並設導賞活動逾二十場", "activity", "導賞活動", opt=True),                             # part of the show
    E("探訪北區四十戶獨居長者", "visit", "探訪", D19, location="北區", organizers=["澳門街坊會聯合總會"],
      participants=["獨居長者"]),
    E("送上禦寒物資", "payout", "送上", D19, opt=True),                                       # part of the visit
    E("檢查家居用電安全", "inspection", "檢查", D19, opt=True),                               # part of the visit
    E("日前舉行會員大會", "meeting", "舉行", organizers=["澳門中華總商會"]),
    E("選出新一屆理監事會", "other", "選出", opt=True),                                       # part of the meeting
    E("舉辦職業技能培訓班結業禮", "training", "結業禮", D19, location="北區工人康樂中心",
      organizers=["澳門工會聯合總會"], participants=["學員"]),
    E("明年將開辦培訓班逾四十班", "training", "開辦", year(2026), organizers=["工聯總會"], opt=True),  # a plan
    E("舉辦「暖冬送關懷」活動", "activity", "舉辦", day("2025-12-20"), organizers=["澳門婦女聯合總會"],
      theme="暖冬送關懷"),
    E("派發福袋", "payout", "派發", day("2025-12-20"), participants=["基層家庭"], opt=True),  # part of the activity
    E("統計暨普查局昨日公佈", "announcement", "公佈", D19, organizers=["統計暨普查局"]),
    E("行政長官辦公室昨日發佈消息", "announcement", "發佈", D19, organizers=["行政長官辦公室"], opt=True),
    E("在政府總部會見到訪的葡萄牙外交部代表團", "meeting", "會見", D18, location="政府總部",
      participants=["葡萄牙外交部代表團"]),
    E("終審法院昨日宣判", "legal", "宣判", D19, organizers=["終審法院"]),
    E("中級法院日前裁定", "legal", "裁定", organizers=["中級法院"]),
]
