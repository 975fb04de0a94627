"""山城日報 苗栗版 (苗栗縣), 2026-11-30 (a Monday): a Taiwan county page in traditional script.
Features: a kicker over a title at the top (`甜蜜冬遊` / `大湖草莓文化季開幕 首日湧逾萬人`); a paragraph broken
after a dangling `的` (`…規劃可停放約1,800輛車的` | `臨時停車場3處，…`) with a caption, a label (`地方快訊`) and
a brief between; a headline four lines above its body (`三義木雕館冬季特展登場`) with another item, its after-body
headline and the byline line between; a byline on a line of its own (`記者彭 振 宇／苗栗報導`); openers
`【記者X X／苗栗報導】` on four items; two captions (`（記者徐 國 安攝）`, and `（三義木雕博物館提供）` with no
photographer); label-colon lines of a shuttle timetable (`接駁路線：`, `發車時間：`, `票價：`); two headlines after
their bodies; eight items without headline. ROC years (`115年1至10月`, `116年3月底`, `116年10月`,
`116年2月28日`, `116年3月14日`; `115年`/`115年度` inside names optional), 新台幣 amounts with thousands separators
(`新台幣1億2,800萬元`, `新台幣1,286億元`, `2萬3,000條`, headline `逾千萬`). Bodies: 縣府X處/X局 resolve with
苗栗縣政府, 鄉市公所 with 苗栗縣, police precincts with 苗栗縣政府警察局, `苗栗地檢署` → 臺灣苗栗地方檢察署; central
bodies (`新竹科學園區管理局`, `客家委員會`, `中央氣象署`), `臺鐵公司`. Dates: `昨（29）日` (×3), `今（30）日` (×3)
and `今（30）日晚間`, `前（28）日` (×3, once with `凌晨`), `明（1）日` (×3), headline `明`, `本週六`,
`本週六（12月5日）`, `12月12日（下週六）`, `下月`, `明（1）日起至12月15日`, `即日起至12月31日`, `大雪節氣` = 12-07.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, span, up, xun, year

PAPER = "山城日報"
PUBLISHED = "2026-11-30"
HOME = {"county": "苗栗縣"}

LAYOUT = [
    ("甜蜜冬遊", "headline", "M0"),                              # kicker
    ("大湖草莓文化季開幕", "headline", "M0"),
    ("【記者徐 國 安／苗栗報導】", "body", "M0"),                # breaks after a dangling 的
    ("遊客在大湖鄉草莓園", "caption", "P0"),                     # （記者徐 國 安攝）
    ("地方快訊", "label", "M1"),
    ("苗栗縣選舉委員會", "body", "M1"),                          # no headline
    ("臨時停車場3處", "body", "M0"),                             # the rest of M0's paragraph
    ("三義木雕館冬季特展登場", "headline", "M3"),                 # three lines above its body
    ("【記者羅 佩 君／苗栗報導】縣府工務處", "body", "M2"),
    ("外埔漁港聯外道路動工", "headline", "M2"),                   # after its body
    ("記者彭 振 宇／苗栗報導", "byline", "M3"),                   # a byline line of its own
    ("縣府文化觀光局所屬", "body", "M3"),
    ("三義木雕博物館特展展出", "caption", "P1"),                  # （三義木雕博物館提供）
    ("新竹科學園區管理局", "body", "M4"),                         # no headline
    ("【記者邱 志 明／苗栗報導】", "body", "M5"),
    ("竹南查獲走私菸", "headline", "M5"),                         # after its body
    ("縣府衛生局前", "body", "M6"),                               # no headline
    ("泰安溫泉季本週六登場", "headline", "M7"),
    ("【記者羅 佩 君／苗栗報導】泰安鄉公所", "body", "M7"),
    ("接駁路線：", "body", "M7"),
    ("發車時間：", "body", "M7"),
    ("票價：", "body", "M7"),
    ("頭份歲末慰問金明起發放", "headline", "M8"),
    ("頭份市公所明", "body", "M8"),
    ("縣府與國立聯合大學", "body", "M9"),                          # no headline
    ("臺鐵公司宣布", "body", "M10"),                              # no headline
    ("客家委員會主辦", "body", "M11"),                            # no headline
    ("中央氣象署預報", "body", "M12"),                            # no headline
    ("縣府消防局即日起", "body", "M13"),                          # no headline
]

ARTICLES = {
    "M0": dict(byline=byline(reporters=["徐國安"])),
    "M1": dict(),
    "M2": dict(byline=byline(reporters=["羅佩君"])),
    "M3": dict(byline=byline(reporters=["彭振宇"])),
    "M4": dict(),
    "M5": dict(byline=byline(reporters=["邱志明"])),
    "M6": dict(),
    "M7": dict(byline=byline(reporters=["羅佩君"])),
    "M8": dict(), "M9": dict(), "M10": dict(), "M11": dict(), "M12": dict(), "M13": dict(),
}
JOINS = [("【記者徐 國 安／苗栗報導】", "臨時停車場3處")]
PHOTOS = {
    "P0": dict(photographers=["徐國安"], article="M0"),
    "P1": dict(photographers=[], article="M3"),
}

D28, D29, D30, D01 = day("2026-11-28"), day("2026-11-29"), day("2026-11-30"), day("2026-12-01")
SAT = day("2026-12-05")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
Y26 = year(2026)
DATES = [
    D("\n大湖草莓文化季開幕 [[首日]]", D29, OPT),
    D("】[[2026]]大湖草莓", Y26, OPT),                                  # a year inside the festival's name
    D("文化季[[昨（29）日]]在大湖", D29),
    D("統計，[[今年]]全鄉", Y26),
    D("較[[去年]]增加", year(2025)),
    D("，[[首日]]湧入", D29, OPT),
    D("持續至[[116年3月底]]", xun(2027, 3, 2)),
    D("將於[[假日]]在台3線", VAGUE),                                    # recurring days
    D("委員會[[昨（29）日]]完成", D29),
    D("完成[[115年]]地方", Y26, OPT),                                   # a year inside the election's name
    D("審定，[[今（30）日]]公告", D30),
    D("將於[[12月25日]]宣誓", day("2026-12-25")),
    D("三義木雕館[[冬季]]特展", WINTER, OPT),                           # a descriptor
    D("改善工程[[前（28）日]]開工", D28),
    D("預計[[116年10月]]完工", month(2027, 10)),
    D("可紓解[[假日]]往返", VAGUE),
    D("木雕博物館[[昨（29）日]]起", D29),
    D("山城」[[冬季]]特展", WINTER, OPT),
    D("展期至[[116年2月28日]]", day("2027-02-28")),
    D("；[[12月12日（下週六）]]起", day("2026-12-12")),
    D("，[[每週六下午]]並有", VAGUE),                                   # a recurring slot
    D("管理局[[今（30）日]]公布", D30),
    D("竹南園區[[115年1至10月]]營業額", months(2026, 1, 10)),
    D("竹南分局[[前（28）日凌晨]]在", D28),
    D("衛生局[[前（28）日]]公布", D28),
    D("公布[[11月]]草莓", month(2026, 11)),
    D("衛生局[[下月]]起將", month(2026, 12)),
    D("甜柿等[[冬季]]蔬果", WINTER, OPT),
    D("溫泉季[[本週六]]登場", SAT),
    D("「[[2026]]泰安溫泉季」", Y26, OPT),                               # inside the festival's name
    D("將於[[本週六（12月5日）]]在錦水", SAT),
    D("優惠，[[假日]]並加開", VAGUE),
    D("頭份[[歲末]]慰問金明起", VAGUE),                                  # inside the benefit's name
    D("慰問金[[明]]起發放", D01),
    D("市公所[[明（1）日]]起發放", D01),
    D("發放[[歲末]]慰問金，", VAGUE),
    D("大學[[今（30）日]]簽署", D30),
    D("自[[12月1日]]起調整", D01),
    D("間[[每日]]增開", VAGUE),                                         # a recurring slot
    D("主辦的[[115年度]]客語", Y26, OPT),                                # a year inside the exam's name
    D("認證考試[[明（1）日起至12月15日]]受理", day("2026-12-01", "2026-12-15")),
    D("訂於[[116年3月14日]]舉行", day("2027-03-14")),
    D("影響，[[今（30）日晚間]]起", D30),
    D("，[[明（1）日白天]]回升", D01),
    D("；[[大雪節氣]]前後", day("2026-12-07")),
    D("消防局[[即日起至12月31日]]受理", day("2026-11-30", "2026-12-31")),
    D("，[[今年]]編列預算", Y26),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
MUSEUM = ["苗栗縣三義木雕博物館", "三義木雕博物館"]
LHDX = ["國立聯合大學"]
GW = ["苗栗縣政府工務處"]
WSJ = ["苗栗縣政府衛生局"]
ORGS = [
    O("在[[大湖酒莊]]前廣場", ["大湖酒莊"], CO, OPT),                                # a venue
    O("。[[大湖鄉公所]]統計", ["苗栗縣大湖鄉公所", "大湖鄉公所"], G),
    O("，[[苗栗縣警察局大湖分局]]將於", ["苗栗縣政府警察局大湖分局", "苗栗縣警察局大湖分局"], G),
    O("\n[[苗栗縣選舉委員會]]昨", ["苗栗縣選舉委員會"], G),
    O("\n[[三義木雕館]]冬季", MUSEUM, IN),
    O("】[[縣府工務處]]辦理", GW, G),
    O("，[[工務處]]並將", GW, G),
    O("\n[[縣府文化觀光局]]所屬", ["苗栗縣政府文化觀光局"], G),
    O("所屬[[三義木雕博物館]]昨", MUSEUM, IN),
    O("\n[[三義木雕博物館]]特展", MUSEUM, IN),
    O("（[[三義木雕博物館]]提供）", MUSEUM, IN),
    O("\n[[新竹科學園區管理局]]今", ["國家科學及技術委員會新竹科學園區管理局", "新竹科學園區管理局"], G),
    O("，[[竹南園區]]115年", ["新竹科學園區竹南園區", "竹南園區"], G, OPT),          # a park, a place here
    O("】[[苗栗縣警察局竹南分局]]前", ["苗栗縣政府警察局竹南分局", "苗栗縣警察局竹南分局"], G),
    O("移送[[苗栗地檢署]]偵辦", ["臺灣苗栗地方檢察署", "苗栗地檢署"], G),
    O("\n[[縣府衛生局]]前", WSJ, G),
    O("移請[[縣府農業處]]追查", ["苗栗縣政府農業處"], G),
    O("；[[衛生局]]下月", WSJ, G),
    O("】[[泰安鄉公所]]主辦", ["苗栗縣泰安鄉公所", "泰安鄉公所"], G),
    O("接駁路線：[[苗栗高鐵站]]", ["台灣高速鐵路股份有限公司苗栗站", "高鐵苗栗站"], CO, OPT),  # a station
    O("\n[[頭份市公所]]明", ["苗栗縣頭份市公所", "頭份市公所"], G),
    O("\n[[縣府]]與國立", ["苗栗縣政府"], G),
    O("與[[國立聯合大學]]今", LHDX, IN),
    O("\n[[臺鐵公司]]宣布", ["國營臺灣鐵路股份有限公司", "臺鐵公司"], CO),
    O("，[[三義站]]並增停", ["國營臺灣鐵路股份有限公司三義站", "三義站"], CO, OPT),  # a station
    O("\n[[客家委員會]]主辦", ["客家委員會"], G),
    O("設於[[國立聯合大學八甲校區]]", ["國立聯合大學八甲校區", "國立聯合大學"], IN, OPT),  # a venue
    O("\n[[中央氣象署]]預報", ["交通部中央氣象署", "中央氣象署"], G),
    O("\n[[縣府消防局]]即日起", ["苗栗縣政府消防局"], G),
]

C, P, M, T, W, L, A, TE, O_ = ("count", "percent", "money", "duration", "weight", "length", "area",
                                "temperature", "other")
TWD = "TWD"
STATS = [
    S("首日湧[[逾萬人]]", "10000", "人", C, "over", "文化季首日遊客"),
    S("種植面積[[約420公頃]]", "420", "公頃", A, "about", "全鄉草莓種植面積"),
    S("增加[[約5%]]", "5", "%", P, "about", "全鄉草莓種植面積", change=up("去年")),
    S("遊客[[逾1萬2,000人次]]", "12000", "人次", C, "over", "首日遊客"),
    S("可停放[[約1,800輛]]車的", "1800", "輛", C, "about", "臨時停車場可停放車輛", OPT),   # a capacity in a description
    S("臨時停車場[[3處]]", "3", "處", C, "exact", "臨時停車場"),
    S("工程經費[[新台幣1億2,800萬元]]", "128000000", "元", M, "exact", "聯外道路改善工程經費", currency=TWD),
    S("全長[[約2.6公里]]", "2.6", "公里", L, "about", "聯外道路全長"),
    S("作品[[86件]]", "86", "件", C, "exact", "展出木雕作品"),
    S("營業額達[[新台幣1,286億元]]", "128600000000", "元", M, "exact", "竹南園區營業額", currency=TWD),
    S("年增[[11.4%]]", "11.4", "%", P, "exact", "竹南園區營業額", change=up("去年同期")),
    S("平均[[3.2個百分點]]", "3.2", "個百分點", P, "exact", "竹南園區營業額增幅", change=up("全園區平均")),
    S("員工[[約2萬3,500人]]", "23500", "人", C, "about", "園區從業員工"),
    S("走私香菸[[2萬3,000條]]", "23000", "條", C, "exact", "查獲走私香菸"),
    S("市值[[約新台幣1,380萬元]]", "13800000", "元", M, "about", "走私香菸市值", currency=TWD),
    S("逮捕[[3名]]嫌犯", "3", "名", C, "exact", "逮捕嫌犯"),
    S("市值[[逾千萬]]\n", "10000000", "元", M, "over", "走私菸市值", currency=TWD),
    S("產地草莓[[30件]]", "30", "件", C, "exact", "抽驗草莓"),
    S("其中[[2件]]殘留", "2", "件", C, "exact", "農藥殘留超標草莓"),
    S("再抽驗[[50件]]", "50", "件", C, "exact", "預計再抽驗冬季蔬果"),
    S("為期[[9天]]", "9", "天", T, "exact", "溫泉季期間"),
    S("每小時[[1班]]", "1", "班", C, "exact", "每小時接駁班次", OPT),                       # a frequency
    S("單程[[新台幣50元]]", "50", "元", M, "exact", "接駁專車單程票價", currency=TWD),
    S("，[[65歲以上]]長者", "65", "歲", O_, "over", "免費長者年齡", OPT),                   # an age
    S("低收入戶每戶[[新台幣2,000元]]", "2000", "元", M, "exact", "低收入戶每戶慰問金", currency=TWD),
    S("中低收入戶每戶[[1,500元]]", "1500", "元", M, "exact", "中低收入戶每戶慰問金", currency=TWD),
    S("共[[1,126戶]]受惠", "1126", "戶", C, "exact", "受惠戶"),
    S("總金額[[約新台幣198萬元]]", "1980000", "元", M, "about", "歲末慰問金總金額", currency=TWD),
    S("未來[[3年]]將", "3", "年", T, "exact", "合作期間", OPT),                             # a horizon
    S("人才[[約120人]]", "120", "人", C, "about", "每年培育人才"),
    S("返鄉青年[[約80人]]", "80", "人", C, "about", "參加論壇返鄉青年"),
    S("區間車[[8班次]]", "8", "班次", C, "exact", "每日增開區間車"),
    S("自強號[[2班次]]", "2", "班次", C, "exact", "三義站增停自強號"),
    S("降至[[12度左右]]", "12", "度", TE, "about", "苗栗沿海低溫"),
    S("最高補助[[新台幣5,000元]]", "5000", "元", M, "under", "每戶補助上限", OPT, currency=TWD),  # a cap
    S("編列預算[[新台幣300萬元]]", "3000000", "元", M, "exact", "熱水器遷移改善補助預算", currency=TWD),
    S("協助[[600戶以上]]", "600", "戶", C, "over", "協助改善家庭"),
]

EVENTS = [
    E("大湖草莓文化季昨（29）日在大湖酒莊前廣場開幕", "activity", "開幕", D29, location="大湖酒莊前廣場"),
    E("將於假日在台3線大湖路段實施交通管制", "traffic", "交通管制", None, location="台3線大湖路段",
      organizers=["苗栗縣警察局大湖分局"]),
    E("完成115年地方公職人員選舉結果審定", "other", "審定", D29, opt=True),                  # told before the notice
    E("公告縣長、縣議員及鄉鎮市長當選人名單", "announcement", "公告", D30, organizers=["苗栗縣選舉委員會"]),
    E("將於12月25日宣誓就職", "other", "宣誓就職", day("2026-12-25"), opt=True),              # a ceremony ahead
    E("聯外道路改善工程前（28）日開工", "construction", "開工", D28, location="後龍鎮",
      organizers=["縣府工務處"]),
    E("預計116年10月完工", "construction", "完工", month(2027, 10), opt=True),                  # a plan
    E("展出「木藝‧山城」冬季特展", "exhibition", "展出", day("2026-11-29", "2027-02-28"),
      location="三義木雕博物館", organizers=["三義木雕博物館"], theme="木藝‧山城"),
    E("並有木雕師現場示範", "activity", "示範", day("2026-12-12"), opt=True),                # a recurring slot
    E("新竹科學園區管理局今（30）日公布", "announcement", "公布", D30, organizers=["新竹科學園區管理局"]),
    E("查獲走私香菸2萬3,000條", "legal", "查獲", D28, location="竹南鎮", organizers=["苗栗縣警察局竹南分局"]),
    E("移送苗栗地檢署偵辦", "legal", "移送", D28, opt=True),                                  # the same case
    E("共抽驗市售及產地草莓30件", "inspection", "抽驗", month(2026, 11), organizers=["縣府衛生局"]),
    E("下月起將擴大抽驗番茄", "inspection", "抽驗", month(2026, 12), organizers=["衛生局"], opt=True),  # a plan
    E("將於本週六（12月5日）在錦水溫泉區開幕", "activity", "開幕", SAT, location="錦水溫泉區",
      organizers=["泰安鄉公所"], theme="2026泰安溫泉季"),
    E("假日並加開接駁專車", "traffic", "加開", day("2026-12-05", "2026-12-13"), organizers=["泰安鄉公所"]),
    E("明（1）日起發放歲末慰問金", "payout", "發放", D01, organizers=["頭份市公所"],
      participants=["低收入戶", "中低收入戶"]),
    E("簽署地方創生人才培育合作備忘錄", "signing", "簽署", D30, organizers=["縣府"], participants=["國立聯合大學"]),
    E("舉辦首場地方創生論壇", "meeting", "論壇", D30, organizers=["縣府", "國立聯合大學"], participants=["返鄉青年"]),
    E("調整山線時刻", "traffic", "調整", D01, organizers=["臺鐵公司"]),
    E("受理網路報名", "registration", "報名", day("2026-12-01", "2026-12-15"), organizers=["客家委員會"]),
    E("考試訂於116年3月14日舉行", "exam", "考試", day("2027-03-14"), location="國立聯合大學八甲校區",
      organizers=["客家委員會"]),
    E("中央氣象署預報", "announcement", "預報", D30, organizers=["中央氣象署"], opt=True),      # a forecast
    E("受理熱水器遷移改善補助申請", "registration", "申請", day("2026-11-30", "2026-12-31"),
      organizers=["縣府消防局"]),
]
