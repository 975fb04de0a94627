"""維港日報 (香港), 2025-12-03 (a Wednesday): a Hong Kong 港聞 page in traditional script, in a 星島日報-like style
unlike heldout5-14's: items open with no mark and end with a tag, `（維港日報報道）` or a reporter `記者 黃 淑 儀` at
the end of the paragraph; photos are credited `（麥 嘉 琪攝）` or marked `資料圖片`; sidebars headed by a `▲` or `●`
marker (`▲勞工處首十個月巡查逾2.8萬次`, `●院舍突擊巡查按年增8.6%`), each its own article; a `港聞` section label and
a `專題．銀髮新生活` series label. Features: a paragraph broken after a comma (`…非全職僱員受惠，` |
`勞工處將於本月內…`) with the `▲` sidebar (headline and body) and a caption between; headlines after their bodies;
`昨日` = 12-02, `前日` = 12-01, `本周六（6日）`, `周六`, `周六晚`, `本周五（5日）`, `下周一（8日）`, `本月內`,
`本月中旬`, `上月下旬`, `上月17日至28日`, `明年1月18日`, `10月底`, `今年首十個月`, `首十個月`, `今年首三季`; HKD written
`港幣X萬元`, `約港幣3,112億元`, `港幣1萬3,000元`, `逾港幣260萬元`; `百分之零點四`, `按年上升`, `按月下跌`, `累計上升`;
thousands separators; votes (`71票贊成、2票反對`). HK bodies canonical in simplified with the written and short forms
(`勞工處`, `社會福利署`/`社署`, `渠務署`, `環境保護署`/`環保署`, `香港海關`/`海關`, `運輸署`, `醫院管理局`/`醫管局`,
`差餉物業估價署`, `僱員再培訓局`, `香港貿易發展局`). `警方` alone optional (generic); venues optional. Ages, sentences
as mixed durations, recurring slots, headline figures with no unit written and `X成` are optional; parts of one
happening told twice (the 生效 of a bill already annotated as passed, arrests in an operation) are optional.

Written at main commit d1fa0ba, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "維港日報"
PUBLISHED = "2025-12-03"
HOME = {"city": "香港"}

LAYOUT = [
    ("港聞", "label", "C0"),
    ("立法會三讀通過", "headline", "C0"),
    ("立法會昨日以71票", "body", "C0"),                     # breaks after a comma
    ("▲勞工處", "headline", "C1"),                          # a sidebar
    ("勞工處今年首十個月", "body", "C1"),
    ("立法會議員昨日", "caption", "P0"),                    # （麥 嘉 琪攝）
    ("勞工處將於本月內", "body", "C0"),                     # the rest of C0's paragraph
    ("一名43歲", "body", "C2"),
    ("裝修公司東主", "headline", "C2"),                     # after its body
    ("政府統計處昨日", "body", "C3"),
    ("10月零售銷貨", "headline", "C3"),                     # after its body
    ("僱員再培訓局周六", "headline", "C4"),
    ("僱員再培訓局將於", "body", "C4"),
    ("專題．", "label", "C5"),
    ("社署擴長者", "headline", "C5"),
    ("社會福利署昨日", "body", "C5"),
    ("●院舍", "headline", "C6"),                            # a sidebar
    ("社署安老院", "body", "C6"),
    ("渠務署昨日", "body", "C7"),
    ("大埔新建", "caption", "P1"),                          # 資料圖片
    ("大埔防洪工程", "headline", "C7"),                     # after its body
    ("環保署海關", "headline", "C8"),
    ("環境保護署聯同", "body", "C8"),
    ("中環灣仔繞道周六", "headline", "C9"),
    ("運輸署宣布", "body", "C9"),
    ("「香港國際創科展」", "body", "C10"),
    ("國際創科展周五", "headline", "C10"),                  # after its body
    ("警方前日", "body", "C11"),
    ("警員在觀塘", "caption", "P2"),                        # （鄭 志 強攝）
    ("觀塘破洗黑錢", "headline", "C11"),                    # after its body
    ("海關葵涌", "headline", "C12"),
    ("香港海關昨日", "body", "C12"),
    ("差餉物業估價署", "body", "C13"),
    ("10月樓價", "headline", "C13"),                        # after its body
    ("財政司司長", "body", "C14"),
    ("270萬住戶", "headline", "C14"),                       # after its body
    ("醫院管理局昨日", "body", "C15"),
    ("醫管局沙田", "headline", "C15"),                      # after its body
]

ARTICLES = {
    "C0": dict(), "C1": dict(),
    "C2": dict(byline=byline(reporters=["麥嘉琪"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["黃淑儀"])),
    "C5": dict(), "C6": dict(), "C7": dict(),
    "C8": dict(byline=byline(reporters=["黃淑儀"])),
    "C9": dict(), "C10": dict(),
    "C11": dict(byline=byline(reporters=["鄭志強"])),
    "C12": dict(), "C13": dict(),
    "C14": dict(byline=byline(reporters=["黃淑儀"])),
    "C15": dict(),
}
JOINS = [("立法會昨日以71票", "勞工處將於本月內")]
PHOTOS = {
    "P0": dict(photographers=["麥嘉琪"], article="C0"),
    "P1": dict(photographers=[], article="C7"),
    "P2": dict(photographers=["鄭志強"], article="C11"),
}

D2, D1 = day("2025-12-02"), day("2025-12-01")
TEN = months(2025, 1, 10)
SAT = day("2025-12-06")
FRI = day("2025-12-05")
MON = day("2025-12-08")
DATES = [
    D("立法會[[昨日]]以71票", D2),
    D("《[[2025年]]僱傭", year(2025), OPT),                                  # in a bill's title
    D("將於[[明年1月18日]]起生效", day("2026-01-18")),
    D("▲勞工處[[首十個月]]巡查", TEN),
    D("勞工處[[今年首十個月]]共巡查", TEN),
    D("議員[[昨日]]進行表決", D2),
    D("將於[[本月內]]向", month(2025, 12)),
    D("於[[2023年3月至12月]]期間", months(2023, 3, 12)),
    D("區域法院[[昨日]]裁定", D2),
    D("政府統計處[[昨日]]公布", D2),
    D("，[[今年10月]]零售業", month(2025, 10)),
    D("；[[首十個月]]零售業", TEN),
    D("\n[[10月]]零售銷貨", month(2025, 10)),
    D("再培訓局[[周六]]辦", SAT),
    D("將於[[本周六（6日）]]在旺角", SAT),
    D("社會福利署[[昨日]]宣布", D2),
    D("將於[[明年1月2日]]起推出", day("2026-01-02")),
    D("合資格長者[[每月]]最多", VAGUE),                                       # a recurring slot
    D("截至[[10月底]]", xun(2025, 10, 2)),
    D("較[[去年同期]]減少", year(2024), OPT),                                 # the same date a year before
    D("牌照事務處[[今年首三季]]", (span("2025-01-01", "2025-09-30"), "quarter")),
    D("渠務署[[昨日]]宣布", D2),
    D("已於[[上月下旬]]完成", xun(2025, 11, 2)),
    D("較[[2020年]]減少", year(2020)),
    D("香港海關於[[上月17日至28日]]在", day("2025-11-17", "2025-11-28")),
    D("繞道[[周六晚]]封閉", SAT),
    D("將於[[本周六（6日）晚上11時至翌日早上6時]]全線", day("2025-12-06", "2025-12-07")),
    D("創科展」[[本周五（5日）]]起", FRI),
    D("創科展[[周五]]揭幕", FRI),
    D("警方[[前日]]在觀塘", D1),
    D("，[[今年首十個月]]共破獲", TEN),
    D("香港海關[[昨日]]在葵涌", D2),
    D("估價署[[昨日]]公布", D2),
    D("，[[10月]]私人住宅售價", month(2025, 10)),
    D("，[[首十個月]]累計上升", TEN),
    D("\n[[10月]]樓價按月", month(2025, 10)),
    D("財政司司長[[昨日]]宣布", D2),
    D("將於[[本月中旬]]起", xun(2025, 12, 1)),
    D("住戶[[本月中]]獲發", xun(2025, 12, 1)),
    D("醫院管理局[[昨日]]宣布", D2),
    D("將於[[下周一（8日）]]在沙田", MON),
    D("社區藥房[[下周一]]啟用", MON),
    D("，[[每日]]可處理", VAGUE),                                             # a recurring slot
]

G, IN, CO, SO = "government", "institution", "company", "social"
LC = ["香港特别行政区立法会", "立法會", "立法会"]
LD = ["劳工处", "勞工處"]
SWD = ["社会福利署", "社會福利署", "社署"]
EPD = ["环境保护署", "環境保護署", "環保署"]
CED = ["香港海关", "香港海關", "海關"]
TD = ["运输署", "運輸署"]
HAHO = ["医院管理局", "醫院管理局", "醫管局"]
ERB = ["雇员再培训局", "僱員再培訓局"]
RVD = ["差饷物业估价署", "差餉物業估價署"]
POL = ["香港警务处", "警方", "警務處"]
ORGS = [
    O("[[立法會]]三讀通過僱傭", LC, G),
    O("[[立法會]]昨日以71票", LC, G),
    O("。[[勞工處]]表示", LD, G),
    O("▲[[勞工處]]首十個月", LD, G),
    O("[[勞工處]]今年首十個月", LD, G),
    O("[[立法會]]議員昨日", LC, G, OPT),                                       # members, in a caption
    O("[[勞工處]]將於本月內", LD, G),
    O("[[區域法院]]昨日裁定", ["区域法院", "區域法院"], G),
    O("[[政府統計處]]昨日", ["政府统计处", "政府統計處"], G),
    O("[[僱員再培訓局]]周六", ERB, IN),
    O("[[僱員再培訓局]]將於", ERB, IN),
    O("在[[旺角麥花臣場館]]舉辦", ["旺角麦花臣场馆", "旺角麥花臣場館"], IN, OPT),   # a venue
    O("[[社署]]擴長者", SWD, G),
    O("[[社會福利署]]昨日", SWD, G),
    O("。[[社署]]指", SWD, G),
    O("[[社署安老院牌照事務處]]", ["社会福利署安老院牌照事务处", "社署安老院牌照事務處", "安老院牌照事務處"], G),
    O("[[渠務署]]昨日", ["渠务署", "渠務署"], G),
    O("。[[渠務署]]指", ["渠务署", "渠務署"], G),
    O("[[環保署]]海關聯合", EPD, G),
    O("環保署[[海關]]聯合", CED, G),
    O("[[環境保護署]]聯同", EPD, G),
    O("聯同[[香港海關]]於", CED, G),
    O("。[[環保署]]表示", EPD, G),
    O("[[運輸署]]宣布", TD, G),
    O("。[[運輸署]]呼籲", TD, G),
    O("在[[亞洲國際博覽館]]舉行", ["亚洲国际博览馆", "亞洲國際博覽館"], IN, OPT),     # a venue
    O("主辦機構[[香港貿易發展局]]", ["香港贸易发展局", "香港貿易發展局", "貿發局"], IN),
    O("[[警方]]前日", POL, G, OPT),                                            # the police, generic
    O("。[[警方]]指", POL, G, OPT),
    O("[[海關]]葵涌檢", CED, G),
    O("[[香港海關]]昨日在葵涌", CED, G),
    O("交由[[海關貿易管制處]]", ["香港海关贸易管制处", "海關貿易管制處"], G),
    O("[[差餉物業估價署]]昨日", RVD, G),
    O("，[[政府]]將於", ["香港特别行政区政府", "政府"], G, OPT),              # the government, generic
    O("[[醫院管理局]]昨日", HAHO, IN),
    O("，[[新界東醫院聯網]]第二間", ["新界东医院联网", "新界東醫院聯網"], IN, OPT),  # a cluster of the authority
    O("\n[[醫管局]]沙田", HAHO, IN),
]

C, P, M, T, A, L, W, X = "count", "percent", "money", "duration", "area", "length", "weight", "other"
HKD = "HKD"
Y = "去年同期"
STATS = [
    S("以[[71票]]贊成", "71", "票", C, "exact", "贊成票"),
    S("、[[2票]]反對", "2", "票", C, "exact", "反對票"),
    S("由每周[[18小時]]放寬", "18", "小時", T, "exact", "連續性合約原工時門檻"),
    S("每[[4周]]合計", "4", "周", T, "exact", "計算工時的周期", OPT),                # part of a rate
    S("合計[[68小時]]", "68", "小時", T, "exact", "連續性合約新工時門檻"),
    S("預計[[逾5萬名]]非全職", "50000", "名", C, "over", "受惠非全職僱員"),
    S("巡查[[逾2.8萬次]]", "28000", "次", C, "over", "勞工處首十個月巡查"),
    S("工作場所[[28,460次]]", "28460", "次", C, "exact", "巡查工作場所"),
    S("按年上升[[百分之六點三]]", "6.3", "%", P, "exact", "巡查工作場所次數", change=up(Y)),
    S("提出檢控[[326宗]]", "326", "宗", C, "exact", "檢控違例事項"),
    S("合共[[港幣1,850萬元]]", "18500000", "元", M, "exact", "涉及欠薪", currency=HKD),
    S("向[[逾3萬間]]中小企", "30000", "間", C, "over", "寄發指引的中小企"),
    S("一名[[43歲]]", "43", "歲", X, "exact", "裝修公司東主年齡", OPT),               # an age
    S("騙取[[18名]]業主", "18", "名", C, "exact", "受騙業主"),
    S("合共[[港幣426萬元]]訂金", "4260000", "元", M, "exact", "騙取訂金", currency=HKD),
    S("其[[14項]]欺詐罪", "14", "項", C, "exact", "欺詐罪"),
    S("，判囚[[3年4個月]]，", "3.33", "年", T, "exact", "刑期", OPT),                 # a mixed duration
    S("賠償[[港幣180萬元]]", "1800000", "元", M, "exact", "賠償受害人", currency=HKD),
    S("判囚[[3年4個月]]\n", "3.33", "年", T, "exact", "刑期", OPT),
    S("估計為[[港幣319億元]]", "31900000000", "元", M, "exact", "今年10月零售業總銷貨價值", currency=HKD),
    S("上升[[百分之四點七]]", "4.7", "%", P, "exact", "零售業總銷貨價值", change=up(Y)),
    S("總銷貨價值[[約港幣3,112億元]]", "311200000000", "元", M, "about", "首十個月零售業總銷貨價值", currency=HKD),
    S("按年下跌[[百分之一點九]]", "1.9", "%", P, "exact", "首十個月零售業總銷貨價值", change=down(Y)),
    S("銷貨價值[[約港幣27億元]]", "2700000000", "元", M, "about", "網上零售銷貨價值", currency=HKD),
    S("按月下跌[[百分之二點三]]", "2.3", "%", P, "exact", "網上零售銷貨價值", change=down("上月")),
    S("按年升[[4.7%]]", "4.7", "%", P, "exact", "10月零售銷貨", change=up(Y)),
    S("招聘會 [[近4,000]]職位", "4000", "個", C, "under", "招聘會職位", OPT),        # no classifier written
    S("，[[約60間]]機構", "60", "間", C, "about", "參與機構"),
    S("提供[[近4,000個]]職位", "4000", "個", C, "under", "職位空缺"),
    S("其中[[約百分之四十五]]", "45", "%", P, "about", "全職職位佔職位空缺"),
    S("新增[[3,000張]]\n", "3000", "張", C, "exact", "新增服務券"),
    S("新增[[3,000張]]服務券", "3000", "張", C, "exact", "新增服務券"),
    S("增至[[1萬1,000張]]", "11000", "張", C, "exact", "服務券總數"),
    S("最多可獲[[港幣1萬3,000元]]", "13000", "元", M, "exact", "合資格長者每月資助", currency=HKD),
    S("長者[[約9,800人]]", "9800", "人", C, "about", "輪候社區照顧服務的長者"),
    S("減少[[逾1,200人]]", "1200", "人", C, "over", "輪候社區照顧服務的長者", change=down(Y)),
    S("按年增[[8.6%]]", "8.6", "%", P, "exact", "院舍突擊巡查", change=up(Y)),
    S("安老院舍[[1,624次]]", "1624", "次", C, "exact", "突擊巡查安老院舍"),
    S("按年上升[[百分之八點六]]", "8.6", "%", P, "exact", "突擊巡查安老院舍次數", change=up(Y)),
    S("警告信[[43封]]", "43", "封", C, "exact", "發出警告信"),
    S("就[[12宗]]違規", "12", "宗", C, "exact", "檢控違規個案"),
    S("投資[[約港幣18億元]]", "1800000000", "元", M, "about", "大埔雨水排放系統改善工程投資", currency=HKD),
    S("雨水渠[[約3.6公里]]", "3.6", "公里", L, "about", "新建雨水渠"),
    S("惠及[[逾2萬名]]居民", "20000", "名", C, "over", "惠及居民"),
    S("減至[[4個]]", "4", "個", C, "exact", "全港水浸黑點"),
    S("減少[[8個]]", "8", "個", C, "exact", "全港水浸黑點", change=down("2020年")),
    S("惠及[[逾2萬]]居民\n", "20000", "人", C, "over", "惠及居民", OPT),             # no classifier written
    S("檢[[86公噸]]", "86", "公噸", W, "exact", "電子廢物"),
    S("截查貨車[[2,316輛次]]", "2316", "輛次", C, "exact", "截查貨車"),
    S("電子廢物[[約86公噸]]", "86", "公噸", W, "about", "懷疑非法進口的電子廢物"),
    S("拘捕[[7名]]司機", "7", "名", C, "exact", "被捕司機"),
    S("罰款[[港幣50萬元]]", "500000", "元", M, "exact", "最高罰款", currency=HKD),
    S("監禁[[2年]]", "2", "年", T, "exact", "最高監禁"),
    S("期間[[7條]]途經", "7", "條", C, "exact", "改道巴士路線"),
    S("一連[[三日]]", "3", "日", T, "exact", "創科展展期", OPT),
    S("，[[逾520間]]企業", "520", "間", C, "over", "參展企業"),
    S("吸引[[近8萬人次]]", "80000", "人次", C, "under", "入場人次"),
    S("等[[6個]]主題展區", "6", "個", C, "exact", "主題展區"),
    S("每位[[港幣50元]]", "50", "元", M, "exact", "入場費", currency=HKD),
    S("舉行[[逾30場]]", "30", "場", C, "over", "專題論壇"),
    S("揭幕 [[逾520]]企業", "520", "間", C, "over", "參展企業", OPT),               # no classifier written
    S("拘捕[[9男]]", "9", "男", C, "exact", "被捕男子", OPT),
    S("9男[[3女]]", "3", "女", C, "exact", "被捕女子", OPT),
    S("涉款[[約港幣1.2億元]]", "120000000", "元", M, "about", "洗黑錢集團涉款", currency=HKD),
    S("現金[[逾港幣260萬元]]", "2600000", "元", M, "over", "檢獲現金", currency=HKD),
    S("洗黑錢案件[[238宗]]", "238", "宗", C, "exact", "破獲洗黑錢案件"),
    S("按年下跌[[百分之五點四]]", "5.4", "%", P, "exact", "破獲洗黑錢案件", change=down(Y)),
    S("涉款[[1.2億]]\n", "120000000", "元", M, "exact", "洗黑錢集團涉款", OPT, currency=HKD),  # no unit written
    S("檢[[1.2噸]]", "1.2", "噸", W, "exact", "走私凍肉"),
    S("檢獲[[約1,200公斤]]", "1200", "公斤", W, "about", "懷疑走私凍肉"),
    S("市值[[約港幣60萬元]]", "600000", "元", M, "about", "走私凍肉市值", currency=HKD),
    S("指數報[[287.6點]]", "287.6", "點", X, "exact", "私人住宅售價指數"),
    S("下跌[[百分之零點四]]", "0.4", "%", P, "exact", "私人住宅售價指數", change=down("上月")),
    S("累計上升[[百分之一點二]]", "1.2", "%", P, "exact", "私人住宅售價指數", change=up()),
    S("上升[[百分之三點九]]", "3.9", "%", P, "exact", "私人住宅租金指數", change=up(Y)),
    S("按月跌[[0.4%]]", "0.4", "%", P, "exact", "10月樓價", change=down("上月")),
    S("向[[約270萬個]]住戶", "2700000", "個", C, "about", "獲發電費補貼住戶"),
    S("每戶[[港幣1,000元]]", "1000", "元", M, "exact", "每戶電費補貼", currency=HKD),
    S("開支[[約港幣27億元]]", "2700000000", "元", M, "about", "電費補貼開支", currency=HKD),
    S("\n[[270萬]]住戶", "2700000", "個", C, "exact", "獲發電費補貼住戶", OPT),        # no classifier written
    S("處理[[約600張]]", "600", "張", C, "about", "每日處理處方"),
    S("時間[[近三成]]", "30", "%", P, "under", "縮短輪候取藥時間", OPT),              # X成
]

EVENTS = [
    E("三讀通過《2025年僱傭（修訂）條例草案》", "policy", "通過", D2, organizers=["立法會"]),
    E("新例將於明年1月18日起生效", "policy", "生效", day("2026-01-18"), opt=True),      # the same bill, in force
    E("向逾3萬間中小企寄發新例指引", "other", "寄發", month(2025, 12), organizers=["勞工處"], opt=True),
    E("共巡查工作場所28,460次", "inspection", "巡查", TEN, organizers=["勞工處"]),
    E("就拖欠工資等違例事項提出檢控326宗", "legal", "檢控", TEN, organizers=["勞工處"]),
    E("區域法院昨日裁定其14項欺詐罪成", "legal", "裁定", D2, organizers=["區域法院"]),
    E("議員昨日進行表決", "meeting", "表決", D2, opt=True),                             # the vote, in a caption
    E("政府統計處昨日公布", "announcement", "公布", D2, organizers=["政府統計處"]),
    E("舉辦「樂活就業招聘日」", "recruitment", "招聘日", SAT, location="旺角麥花臣場館",
      organizers=["僱員再培訓局"], theme="樂活就業招聘日"),
    E("第五階段將於明年1月2日起推出", "launch", "推出", day("2026-01-02"), organizers=["社會福利署"]),
    E("共突擊巡查安老院舍1,624次", "inspection", "巡查", (span("2025-01-01", "2025-09-30"), "quarter"),
      organizers=["社署安老院牌照事務處"]),
    E("就12宗違規個案提出檢控", "legal", "檢控", (span("2025-01-01", "2025-09-30"), "quarter"),
      organizers=["社署安老院牌照事務處"], opt=True),                                   # part of the inspections
    E("改善工程已於上月下旬完成", "construction", "完成", xun(2025, 11, 2), location="大埔",
      organizers=["渠務署"]),
    E("進行聯合執法行動", "inspection", "執法行動", day("2025-11-17", "2025-11-28"),
      location="落馬洲及深圳灣等陸路口岸", organizers=["環境保護署", "香港海關"]),
    E("拘捕7名司機", "legal", "拘捕", day("2025-11-17", "2025-11-28"), opt=True),       # part of the operation
    E("全線封閉", "traffic", "封閉", day("2025-12-06", "2025-12-07"), location="中環灣仔繞道", organizers=["運輸署"]),
    E("巴士路線須改經告士打道行駛", "traffic", "改經", day("2025-12-06", "2025-12-07"), opt=True),
    E("起一連三日在亞洲國際博覽館舉行", "exhibition", "舉行", day("2025-12-05", "2025-12-07"),
      location="亞洲國際博覽館", organizers=["香港貿易發展局"], theme="香港國際創科展"),
    E("將舉行逾30場專題論壇", "meeting", "論壇", day("2025-12-05", "2025-12-07"), opt=True),
    E("破獲一個跨境洗黑錢集團", "legal", "破獲", D1, location="觀塘一個商業大廈單位", organizers=["警方"]),
    E("共破獲洗黑錢案件238宗", "legal", "破獲", TEN, organizers=["警方"], opt=True),   # a year summary
    E("檢獲約1,200公斤懷疑走私凍肉", "legal", "檢獲", D2, location="葵涌貨櫃碼頭", organizers=["香港海關"]),
    E("交由海關貿易管制處跟進調查", "inspection", "調查", organizers=["海關貿易管制處"], opt=True),
    E("估價署昨日公布", "announcement", "公布", D2, organizers=["差餉物業估價署"]),
    E("發放每戶港幣1,000元電費補貼", "payout", "發放", xun(2025, 12, 1), organizers=["政府"],
      participants=["住戶"]),
    E("在沙田投入服務", "launch", "投入服務", MON, location="沙田", organizers=["醫院管理局"]),
]
