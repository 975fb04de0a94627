"""武汉晚报 (武汉市, 湖北省), 2026-12-04 (a Friday): a `国内国际` wire page.
Features: a column label; seven 新华社 items (Beijing ×4, two with no reporter, Wuhan, Berlin, Jakarta) and four
中新社 items (Wuhan ×2, Changchun, Beijing), one web item whose title stands above its metadata line
(`来源：湖北日报客户端 | 2026-12-03 19:46 | 责任编辑：陶 然`: the editor is no writer); a kicker over a title
(`长江上又一座“超级工程”` / `武汉左岭长江大桥主桥合龙`) with the photo caption between the title and the body
(credit `新华社记者 韩 晓 东 摄`: an institution and a person); a paragraph broken after a comma (`…开幕，` |
`预计吸引境内外参展企业800家以上。`) with two foreign items between; four headlines after their bodies; six items
without headline. `省商务厅` resolves with 湖北省, `武汉市人社局` is written whole. Foreign money: 欧元 with
`约合X亿元人民币`, 美元. Dates: `3日` = 12-03, datelines `12月3日电` (×11), `3日上午10时18分`, `当日9时25分`,
`下周二` = 12-08, `今年1至10月`/`今年前10个月`/`前10个月` (two titles), `今年10月`, `今年前三季度`, `11月底`,
`12月10日至20日`, `12月12日至16日`, `明年1月1日`, `明年6月底`, `今冬明春` (×2, one a title), the web item's
`2026-12-03`; `2026—2027赛季`, `2026年` and `冬季` inside names optional, `今年以来` optional.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "武汉晚报"
PUBLISHED = "2026-12-04"
HOME = {"city": "武汉市", "province": "湖北省"}

LAYOUT = [
    ("国内国际", "label", "N0"),
    ("新华社北京12月3日电（记者 高", "body", "N0"),
    ("前10个月全国空气", "headline", "N0"),                    # after its body
    ("长江上又一座", "headline", "N1"),                        # kicker
    ("武汉左岭长江大桥主桥合龙", "headline", "N1"),
    ("3日，武汉左岭", "caption", "P0"),                        # between the title and the body
    ("新华社武汉", "body", "N1"),
    ("中新社武汉12月3日电（记者 张", "body", "N2"),            # breaks after a comma
    ("新华社柏林", "body", "N3"),                              # no headline
    ("新华社雅加达", "body", "N4"),                            # no headline
    ("预计吸引境内外", "body", "N2"),                          # the rest of N2's paragraph
    ("湖北前10个月", "headline", "N2"),                        # after its body
    ("新华社北京12月3日电  国家医保局", "body", "N5"),          # no reporter
    ("114种药品", "headline", "N5"),                           # after its body
    ("中新社长春", "body", "N6"),                              # no headline
    ("新华社北京12月3日电  公安部", "body", "N7"),              # no headline, no reporter
    ("中新社北京", "body", "N8"),
    ("文旅部部署", "headline", "N8"),                          # after its body
    ("新华社北京12月3日电（记者 魏", "body", "N9"),            # no headline
    ("中新社武汉12月3日电（记者 马", "body", "N10"),           # no headline
    ("武汉直飞布达佩斯", "headline", "N11"),                   # above its metadata line
    ("来源：湖北日报客户端", "byline", "N11"),                  # metadata line
    ("记者3日从武汉天河", "body", "N11"),
]

ARTICLES = {
    "N0": dict(byline=byline(reporters=["高敬然"])),
    "N1": dict(byline=byline(reporters=["李思远"])),
    "N2": dict(byline=byline(reporters=["张芹芹"])),
    "N3": dict(byline=byline(reporters=["车宏亮"])),
    "N4": dict(byline=byline(reporters=["苏菲娅"])),
    "N5": dict(),
    "N6": dict(byline=byline(reporters=["郭佳宁"])),
    "N7": dict(),
    "N8": dict(byline=byline(reporters=["李晓琳"])),
    "N9": dict(byline=byline(reporters=["魏冬青"])),
    "N10": dict(byline=byline(reporters=["马芬芳"])),
    "N11": dict(),
}
JOINS = [("中新社武汉12月3日电（记者 张", "预计吸引境内外")]
PHOTOS = {"P0": dict(photographers=["韩晓东"], article="N1")}

D03 = day("2026-12-03")
JAN_OCT = months(2026, 1, 10)
Q1_3 = (span("2026-01-01", "2026-09-30"), "quarter")
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
LINES = ["（记者 高", "（记者 李 思", "（记者 张", "（记者 车", "（记者 苏", "  国家医保局", "（记者 郭", "  公安部",
         "（记者 李 晓", "（记者 魏", "（记者 马"]
DATES = [D(f"[[12月3日]]电{c}", D03) for c in LINES] + [
    D("生态环境部[[3日]]召开", D03),
    D("。[[今年1至10月]]，全国", JAN_OCT),
    D("\n[[前10个月]]全国空气", JAN_OCT),
    D("\n[[3日]]，武汉左岭", D03),
    D("）[[3日上午10时18分]]，随着", D03),
    D("预计[[明年6月底]]建成", xun(2027, 6, 2)),
    D("记者[[3日]]从省商务厅", D03),
    D("，[[今年前10个月]]，湖北省", JAN_OCT),
    D("将于[[下周二]]在武汉", day("2026-12-08")),
    D("统计局[[3日]]公布", D03),
    D("，[[今年10月]]德国", month(2026, 10)),
    D("投资部[[3日]]表示", D03),
    D("，[[今年前三季度]]印尼", Q1_3),
    D("\n湖北[[前10个月]]外贸", JAN_OCT),
    D("国家医保局[[3日]]公布", D03),
    D("公布[[2026年]]国家医保", year(2026), OPT),                           # a year inside the list's name
    D("将于[[明年1月1日]]起正式", day("2027-01-01")),
    D("记者[[3日]]从吉林省", D03),
    D("，[[2026—2027]]赛季", (span("2026-01-01", "2027-12-31"), "year"), OPT),  # a season inside the contest's name
    D("将于[[12月12日至16日]]在吉林市", day("2026-12-12", "2026-12-16")),
    D("公安部[[3日]]通报", D03),
    D("，[[今年以来]]全国公安", year(2026), OPT),
    D("文化和旅游部[[3日]]印发", D03),
    D("推动[[冬季]]旅游", (span("2026-12-01", "2027-02-28"), "season"), OPT),  # inside a document's title
    D("提出[[今冬明春]]在全国", WINTER_SPRING),
    D("部署[[今冬明春]]冰雪", WINTER_SPRING),
    D("国家铁路局[[3日]]发布", D03),
    D("截至[[11月底]]，今年", xun(2026, 11, 2)),
    D("，[[今年]]全国铁路", year(2026)),
    D("记者[[3日]]从武汉市", D03),
    D("，[[12月10日至20日]]，武汉", day("2026-12-10", "2026-12-20")),
    D("| [[2026-12-03]] 19", D03),
    D("记者[[3日]]从武汉天河", D03),
    D("，[[当日9时25分]]，一架", D03),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
WLB = ["中华人民共和国文化和旅游部", "文化和旅游部", "文旅部"]
TH = ["武汉天河国际机场"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月3日电（记者 高", "武汉", "柏林", "雅加达", "北京12月3日电  国家医保局", "北京12月3日电  公安部",
    "北京12月3日电（记者 魏", "记者 韩")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in ("武汉12月3日电（记者 张", "长春", "北京", "武汉12月3日电（记者 马")] + [
    O("）[[生态环境部]]3日", ["中华人民共和国生态环境部", "生态环境部"], G),
    O("记者3日从[[省商务厅]]获悉", ["湖北省商务厅"], G),
    O("在[[武汉国际博览中心]]开幕", ["武汉国际博览中心"], CO, OPT),                 # a venue
    O("）[[德国联邦统计局]]3日", ["德国联邦统计局"], G),
    O("）[[印度尼西亚投资部]]3日", ["印度尼西亚投资部"], G),
    O("  [[国家医保局]]3日", ["国家医疗保障局", "国家医保局"], G),
    O("从[[吉林省体育局]]获悉", ["吉林省体育局"], G),
    O("在[[吉林市北大湖滑雪场]]举行", ["吉林市北大湖滑雪场"], CO, OPT),             # a venue
    O("  [[公安部]]3日", ["中华人民共和国公安部", "公安部"], G),
    O("）[[文化和旅游部]]3日", WLB, G),
    O("\n[[文旅部]]部署", WLB, G),
    O("）[[国家铁路局]]3日", ["国家铁路局"], G),
    O("从[[武汉市人社局]]获悉", ["武汉市人力资源和社会保障局", "武汉市人社局"], G),
    O("来源：[[湖北日报客户端]]", ["湖北日报客户端"], CO, OPT),                    # a platform
    O("从[[武汉天河国际机场]]获悉", TH, CO),
    O("从[[天河机场]]起飞", TH, CO, OPT),                                          # a site here
]

C, P, M, T, L, O_ = "count", "percent", "money", "duration", "length", "other"
CNY, USD, EUR = "CNY", "USD", "EUR"
YOY = "上年同期"
STATS = [
    S("比例为[[87.6%]]", "87.6", "%", P, "exact", "空气质量优良天数比例"),
    S("同比上升[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "空气质量优良天数比例", change=up(YOY)),
    S("平均浓度为[[27微克/立方米]]", "27", "微克/立方米", O_, "exact", "PM2.5平均浓度"),
    S("同比下降[[3.6%]]", "3.6", "%", P, "exact", "PM2.5平均浓度", change=down(YOY)),
    S("天数比例[[87.6%]]\n", "87.6", "%", P, "exact", "空气优良天数比例"),
    S("全长[[约6.8公里]]", "6.8", "公里", L, "about", "大桥全长"),
    S("主跨[[1160米]]", "1160", "米", L, "exact", "大桥主跨"),
    S("进出口总值[[6312.4亿元]]", "631240000000", "元", M, "exact", "湖北省货物贸易进出口总值", currency=CNY),
    S("同比增长[[14.8%]]", "14.8", "%", P, "exact", "湖北省货物贸易进出口总值", change=up(YOY)),
    S("高于全国[[11.2个百分点]]", "11.2", "个百分点", P, "exact", "湖北外贸增速", change=up("全国")),
    S("国家进出口[[3380.6亿元]]", "338060000000", "元", M, "exact", "对共建“一带一路”国家进出口",
      currency=CNY),
    S("总值的[[53.6%]]", "53.6", "%", P, "exact", "对共建“一带一路”国家进出口占比"),
    S("出口额为[[1326亿欧元]]", "132600000000", "欧元", M, "exact", "德国10月出口额", currency=EUR),
    S("环比增长[[0.9%]]", "0.9", "%", P, "exact", "德国出口额", change=up("上月")),
    S("进口额为[[1158亿欧元]]", "115800000000", "欧元", M, "exact", "德国10月进口额", currency=EUR),
    S("环比下降[[1.4%]]", "1.4", "%", P, "exact", "德国进口额", change=down("上月")),
    S("贸易顺差[[168亿欧元]]", "16800000000", "欧元", M, "exact", "德国贸易顺差", currency=EUR),
    S("（[[约合1310亿元人民币]]）", "131000000000", "元", M, "about", "德国贸易顺差", currency=CNY),
    S("外资[[约352亿美元]]", "35200000000", "美元", M, "about", "印尼实际利用外资", currency=USD),
    S("同比增长[[9.6%]]", "9.6", "%", P, "exact", "印尼实际利用外资", change=up(YOY)),
    S("投资[[约62亿美元]]", "6200000000", "美元", M, "about", "来自中国的投资", currency=USD),
    S("参展企业[[800家以上]]", "800", "家", C, "over", "境内外参展企业"),
    S("外贸增长[[14.8%]]\n", "14.8", "%", P, "exact", "湖北外贸", change=up(YOY)),
    S("共有[[114种]]药品", "114", "种", C, "exact", "新增进入目录药品"),
    S("肿瘤用药[[32种]]", "32", "种", C, "exact", "新增肿瘤用药"),
    S("罕见病用药[[15种]]", "15", "种", C, "exact", "新增罕见病用药"),
    S("\n[[114种]]药品", "114", "种", C, "exact", "新纳入医保目录药品"),
    S("全国[[21支]]代表队", "21", "支", C, "exact", "参赛代表队"),
    S("的[[300余名]]运动员", "300", "名", C, "over", "参赛运动员"),
    S("等[[12个]]小项", "12", "个", C, "exact", "赛事小项"),
    S("电诈案件[[12.6万起]]", "126000", "起", C, "exact", "破获电诈案件"),
    S("犯罪嫌疑人[[21.4万名]]", "214000", "名", C, "exact", "抓获犯罪嫌疑人"),
    S("挽回损失[[逾180亿元]]", "18000000000", "元", M, "over", "为群众挽回损失", currency=CNY),
    S("精品线路[[500条以上]]", "500", "条", C, "over", "冰雪旅游精品线路"),
    S("投产新线[[约2950公里]]", "2950", "公里", L, "about", "全国铁路投产新线"),
    S("高铁[[约2180公里]]", "2180", "公里", L, "about", "投产高铁"),
    S("固定资产投资[[约7060亿元]]", "706000000000", "元", M, "about", "铁路固定资产投资", currency=CNY),
    S("同比增长[[5.3%]]", "5.3", "%", P, "exact", "铁路固定资产投资", change=up(YOY)),
    S("招聘会[[120场]]", "120", "场", C, "exact", "举办招聘会"),
    S("提供岗位[[8万个以上]]", "80000", "个", C, "over", "提供岗位"),
    S("执飞[[2班]]", "2", "班", C, "exact", "每周航班"),
    S("时间[[约11小时]]", "11", "小时", T, "about", "单程飞行时间"),
]

EVENTS = [
    E("生态环境部3日召开例行新闻发布会", "announcement", "召开", D03, organizers=["生态环境部"]),
    E("武汉左岭长江大桥主桥顺利合龙", "construction", "合龙", D03, location="武汉"),
    E("预计明年6月底建成通车", "construction", "建成通车", xun(2027, 6, 2), opt=True),          # an expectation
    E("跨境电商博览会将于下周二在武汉国际博览中心开幕", "exhibition", "博览会", day("2026-12-08"),
      location="武汉国际博览中心", organizers=["省商务厅"], participants=["境内外参展企业"]),
    E("德国联邦统计局3日公布的数据", "announcement", "公布", D03, organizers=["德国联邦统计局"]),
    E("印度尼西亚投资部3日表示", "announcement", "表示", D03, organizers=["印度尼西亚投资部"],
      opt=True),                                                                              # a report verb
    E("国家医保局3日公布2026年国家医保药品目录调整结果", "announcement", "公布", D03,
      organizers=["国家医保局"]),
    E("新版目录将于明年1月1日起正式实施", "policy", "实施", day("2027-01-01"), organizers=["国家医保局"]),
    E("全国越野滑雪锦标赛将于12月12日至16日在吉林市北大湖滑雪场举行", "competition", "锦标赛",
      day("2026-12-12", "2026-12-16"), location="吉林市北大湖滑雪场", organizers=["吉林省体育局"],
      participants=["全国21支代表队"]),
    E("公安部3日通报", "announcement", "通报", D03, organizers=["公安部"]),
    E("深入开展打击治理电信网络诈骗犯罪专项行动", "activity", "开展", year(2026), opt=True),     # a year summary
    E("共破获电诈案件12.6万起", "legal", "破获", year(2026), opt=True),
    E("文化和旅游部3日印发", "policy", "印发", D03, organizers=["文化和旅游部"]),
    E("开展“冰雪旅游惠民季”活动", "activity", "开展", WINTER_SPRING, theme="冰雪旅游惠民季",
      opt=True),                                                                              # the notice's measure
    E("国家铁路局3日发布数据", "announcement", "发布", D03, organizers=["国家铁路局"]),
    E("在全市开展“就业援助月”活动", "activity", "开展", day("2026-12-10", "2026-12-20"), location="武汉",
      organizers=["武汉市人社局"], participants=["零就业家庭和残疾人等困难群体"], theme="就业援助月"),
    E("计划举办各类招聘会120场", "recruitment", "招聘会", day("2026-12-10", "2026-12-20"), opt=True),  # in the month
    E("直飞客运航线正式开通", "launch", "开通", D03, location="天河机场", organizers=["武汉天河国际机场"]),
]
