"""今日黎平, 黎平县融媒体中心 (黎平县, 黔东南苗族侗族自治州, 贵州省), 2026-12-09 (a Wednesday): a county paper's front
page. Features: a kicker over a title at the top of the page (`一片叶子富一方百姓` / `我县茶产业…`) whose body breaks
after a dangling `的` (`…带动农户最多的` | `富民产业。…`) with a caption, another item's headline, a third item and
its after-body headline between, and ends at a jump marker on its own line (`（下转第2版）`); a headline standing far
before its body (`香禾糯精深加工项目签约落地`, body eight lines later); a series label (`乡村振兴进行时`) over a body
whose byline stands on its own line after it (`记者 吴 晓 燕`) and whose headline comes last; a bare byline line `（陆
远）`; a 公示 with label-colon lines (`公示时间：`, `受理电话：` with a phone number that is no statistic), two
issuing bodies and a date line in Arabic numerals; captions `记者 龙 海 波 摄` and `（杨 秀 珍 摄）`; five headlines
after their bodies; four items without headline. Bodies written short resolve with the county or the prefecture
(`县农业农村局`, `县消防救援大队`, `县应急管理局`, `县水务局`, `州生态环境局黎平分局`, `县人民医院`,
`县文体广电旅游局` and `该局`, `县公安局`, `县教育局`, `县人社局`, `县总工会`), `省文化和旅游厅` with 贵州省. Relative
dates: `昨日` = 12-08 (×4), `大雪当天` = 12-07, `次日` = 12-07, `下周六` = 12-19 (×2, once in a title), `本月中旬`
(×2), `今冬明春`, `明年3月底`, `今年1至11月`/`今年前11个月`.

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "今日黎平"
PUBLISHED = "2026-12-09"
HOME = {"county": "黎平县", "city": "黔东南苗族侗族自治州", "province": "贵州省"}

LAYOUT = [
    ("一片叶子富一方百姓", "headline", "A0"),                 # kicker
    ("我县茶产业综合产值", "headline", "A0"),
    ("本报讯（记者 龙 海 波 通讯员 吴 敏）", "body", "A0"),    # breaks after a dangling 的
    ("冬日，茶农在肇兴镇", "caption", "P0"),                  # 记者 龙 海 波 摄
    ("香禾糯精深加工项目签约落地", "headline", "A1"),          # far before its body
    ("本报讯（通讯员 石 丽）12月1日至8日", "body", "A2"),
    ("侗寨木构民居", "headline", "A2"),                       # after its body
    ("富民产业。", "body", "A0"),                             # the rest of A0's paragraph
    ("（下转第2版）", "continuation", "A0"),
    ("乡村振兴进行时", "label", "A3"),
    ("大雪当天", "body", "A3"),
    ("记者 吴 晓 燕", "byline", "A3"),                         # a byline on its own line
    ("冬春水利建设现场推进会召开", "headline", "A3"),          # after body and byline
    ("本报讯（记者 杨 再 兴）昨日", "body", "A1"),
    ("“最美侗乡人”拟表彰", "headline", "A4"),
    ("经各乡镇", "body", "A4"),
    ("公示时间：", "body", "A4"),
    ("受理电话：", "body", "A4"),
    ("中共黎平县委宣传部", "body", "A4"),                     # issuing bodies
    ("黎平县精神文明", "body", "A4"),
    ("2026年12月8日", "body", "A4"),                         # date line
    ("本报讯（记者 杨 再 兴 通讯员 吴 敏）", "body", "A5"),
    ("参赛歌队在比赛现场", "caption", "P1"),                  # （杨 秀 珍 摄）
    ("侗族大歌唱响岩洞", "headline", "A5"),                    # after body and caption
    ("县人民医院下周六", "headline", "A6"),
    ("本报讯 县人民医院", "body", "A6"),
    ("（陆 远）", "byline", "A6"),                             # a bare name in parentheses
    ("记者从县文体广电旅游局", "body", "A7"),                   # no headline, no byline
    ("本报讯（通讯员 石 丽）日前", "body", "A8"),               # no headline
    ("黎平—广州航线", "headline", "A9"),
    ("本报讯（通讯员 欧 光 辉）昨日", "body", "A9"),
    ("本报讯（通讯员 吴 敏）12月7日起", "body", "A10"),
    ("1865万元学生资助金", "headline", "A10"),                 # after its body
    ("本报讯（通讯员 欧 光 辉）11月30日", "body", "A11"),
    ("县城至洪州公路改扩建完工", "headline", "A11"),            # after its body
    ("12月2日至6日", "body", "A12"),                           # no headline, no byline
    ("昨日，县总工会", "body", "A13"),                          # no headline, no byline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["龙海波"], correspondents=["吴敏"]), continued_to="第2版"),
    "A1": dict(byline=byline(reporters=["杨再兴"])),
    "A2": dict(byline=byline(correspondents=["石丽"])),
    "A3": dict(byline=byline(reporters=["吴晓燕"])),
    "A4": dict(),
    "A5": dict(byline=byline(reporters=["杨再兴"], correspondents=["吴敏"])),
    "A6": dict(byline=byline(authors=["陆远"])),
    "A7": dict(),
    "A8": dict(byline=byline(correspondents=["石丽"])),
    "A9": dict(byline=byline(correspondents=["欧光辉"])),
    "A10": dict(byline=byline(correspondents=["吴敏"])),
    "A11": dict(byline=byline(correspondents=["欧光辉"])),
    "A12": dict(),
    "A13": dict(),
}
JOINS = [("本报讯（记者 龙 海 波 通讯员 吴 敏）", "富民产业。")]
PHOTOS = {
    "P0": dict(photographers=["龙海波"], article="A0"),
    "P1": dict(photographers=["杨秀珍"], article="A5"),
}

D08, D07 = day("2026-12-08"), day("2026-12-07")
NEXT_SAT = day("2026-12-19")
MID_DEC = xun(2026, 12, 1)
JAN_NOV = months(2026, 1, 11)
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DATES = [
    D("获悉，[[今年1至11月]]，全县茶叶", JAN_NOV),
    D("\n[[冬日]]，茶农", WINTER, OPT),                                  # a season as a descriptor
    D("）[[12月1日至8日]]，县消防", day("2026-12-01", "2026-12-08")),
    D("。[[目前]]，全县投产", VAGUE),
    D("\n[[大雪当天]]，全县", D07),
    D("全县[[冬春]]水利暨", WINTER_SPRING, OPT),                        # inside the meeting's name
    D("要求，[[今冬明春]]全县", WINTER_SPRING),
    D("以上，[[明年3月底]]前", xun(2027, 3, 2)),
    D("\n[[冬春]]水利建设现场", WINTER_SPRING, OPT),
    D("杨 再 兴）[[昨日]]，黎平县", D08),
    D("等10名同志[[2026年度]]黎平县", year(2026), OPT),                 # inside an honour's name
    D("公示时间：[[2026年12月9日至12月15日]]", day("2026-12-09", "2026-12-15")),
    D("\n[[2026年12月8日]]\n", D08),
    D("吴 敏）[[12月6日]]，黎平县", day("2026-12-06")),
    D("。[[次日]]，获奖歌队", D07),
    D("县人民医院[[下周六]]送医", NEXT_SAT),
    D("将于[[下周六]]组织", NEXT_SAT),
    D("，[[今年前11个月]]，肇兴", JAN_NOV),
    D("。[[12月4日]]，省文化", day("2026-12-04")),
    D("该局表示，[[本月中旬]]将推出", MID_DEC),
    D("推出[[冬季]]侗寨研学游", WINTER, OPT),                             # a descriptor
    D("）[[日前]]，县公安局", VAGUE),
    D("警方提醒，[[年底]]各类", VAGUE),                                  # a general warning
    D("航线[[昨日]]首航", D08),
    D("欧 光 辉）[[昨日]]，黎平机场", D08),
    D("该航线[[每周二、四、六]]执飞", VAGUE),                            # a recurring slot
    D("吴 敏）[[12月7日]]起", D07),
    D("发放[[本学期]]资助资金", VAGUE),
    D("，[[本月中旬]]前全部", MID_DEC),
    D("欧 光 辉）[[11月30日]]，县城", day("2026-11-30")),
    D("\n[[12月2日至6日]]，县人社局", day("2026-12-02", "2026-12-06")),
    D("\n[[昨日]]，县总工会", D08),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
WTJ = ["黎平县文体广电旅游局"]
YY = ["黎平县人民医院"]
JC = ["黎平机场", "贵州黎平机场"]
ORGS = [
    O("记者从[[县农业农村局]]获悉", ["黎平县农业农村局"], G),
    O("，[[县消防救援大队]]联合", ["黎平县消防救援大队"], G),
    O("联合[[县应急管理局]]对", ["黎平县应急管理局"], G),
    O("召开，[[县水务局]]、", ["黎平县水务局"], G),
    O("、[[州生态环境局黎平分局]]及", ["黔东南苗族侗族自治州生态环境局黎平分局", "黔东南州生态环境局黎平分局"], G),
    O("昨日，[[黎平县人民政府]]与", ["黎平县人民政府"], G),
    O("与[[贵州侗乡香禾食品有限公司]]签订", ["贵州侗乡香禾食品有限公司"], CO),
    O("\n[[中共黎平县委宣传部]]\n", ["中共黎平县委宣传部"], PA),
    O("\n[[黎平县精神文明建设指导委员会办公室]]\n", ["黎平县精神文明建设指导委员会办公室"], PA),
    O("，[[岩洞镇竹坪村歌队]]获", ["黎平县岩洞镇竹坪村歌队", "岩洞镇竹坪村歌队"], SO, OPT),   # a village's team
    O("\n[[县人民医院]]下周六", YY, IN),
    O("本报讯 [[县人民医院]]将于", YY, IN),
    O("记者从[[县文体广电旅游局]]获悉", WTJ, G),
    O("，[[省文化和旅游厅]]公布", ["贵州省文化和旅游厅"], G),
    O("。[[该局]]表示", WTJ, G, OPT),                                     # a pronoun, no name
    O("，[[县公安局]]破获", ["黎平县公安局"], G),
    O("昨日，[[黎平机场]]开通", JC, CO),
    O("六执飞，单程飞行约100分钟，[[黎平机场]]通航", JC, CO),
    O("，[[县教育局]]陆续", ["黎平县教育局"], G),
    O("，[[县人社局]]在茅贡镇", ["黎平县人力资源和社会保障局"], G),
    O("，[[县总工会]]走访", ["黎平县总工会"], PE),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("综合产值突破[[30亿元]]\n", "3000000000", "元", M, "over", "茶产业综合产值", currency=CNY),
    S("茶叶产量[[1.62万吨]]", "16200", "吨", W, "exact", "全县茶叶产量"),
    S("同比增长[[8.4%]]", "8.4", "%", P, "exact", "茶叶产量", change=up(YOY)),
    S("综合产值突破[[30亿元]]，", "3000000000", "元", M, "over", "茶产业综合产值", currency=CNY),
    S("茅贡等[[8个]]乡镇", "8", "个", C, "exact", "排查乡镇"),
    S("排查农户[[1.4万余户]]", "14000", "户", C, "over", "排查农户"),
    S("等隐患[[860余处]]", "860", "处", C, "over", "整改隐患"),
    S("老旧电线[[近3.5万米]]", "35000", "米", L, "under", "免费更换老旧电线"),
    S("投产茶园[[18.6万亩]]", "186000", "亩", A, "exact", "投产茶园"),
    S("加工厂[[43家]]", "43", "家", C, "exact", "标准化茶叶加工厂"),
    S("高标准农田[[3.2万亩]]", "32000", "亩", A, "exact", "新建和改造高标准农田"),
    S("水利投资[[5.6亿元以上]]", "560000000", "元", M, "over", "完成水利投资", currency=CNY),
    S("项目总投资[[3.2亿元]]", "320000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("年产[[2万吨]]糯米", "20000", "吨", W, "exact", "生产线年产能", OPT),            # a capacity
    S("带动[[1500余户]]农户", "1500", "户", C, "over", "带动种植香禾糯农户"),
    S("秀 英等[[10名]]同志", "10", "名", C, "exact", "拟表彰对象"),
    S("来自全县[[14个]]乡镇", "14", "个", C, "exact", "参赛乡镇"),
    S("的[[26支]]歌队", "26", "支", C, "exact", "参赛歌队"),
    S("专家[[20余名]]", "20", "名", C, "over", "义诊专家"),
    S("为[[65岁以上]]老人", "65", "岁", "other", "over", "老人年龄", OPT),              # an age
    S("接待游客[[286.4万人次]]", "2864000", "人次", C, "exact", "肇兴侗寨景区接待游客"),
    S("同比增长[[12.7%]]", "12.7", "%", P, "exact", "肇兴侗寨景区接待游客", change=up(YOY)),
    S("综合收入[[约31.5亿元]]", "3150000000", "元", M, "about", "旅游综合收入", currency=CNY),
    S("研学游线路[[5条]]", "5", "条", C, "exact", "冬季侗寨研学游线路"),
    S("犯罪嫌疑人[[5名]]", "5", "名", C, "exact", "抓获犯罪嫌疑人"),
    S("涉案资金[[120余万元]]", "1200000", "元", M, "over", "冻结涉案资金", currency=CNY),
    S("上座率达[[92%]]", "92", "%", P, "exact", "首航航班上座率"),
    S("单程飞行[[约100分钟]]", "100", "分钟", T, "about", "单程飞行时间"),
    S("增至[[8个]]。", "8", "个", C, "exact", "黎平机场通航城市"),
    S("全县[[2.1万余名]]", "21000", "名", C, "over", "家庭经济困难学生"),
    S("共计[[1865万元]]", "18650000", "元", M, "exact", "资助资金", currency=CNY),
    S("\n[[1865万元]]学生", "18650000", "元", M, "exact", "学生资助金", currency=CNY),
    S("全长[[28.6公里]]", "28.6", "公里", L, "exact", "公路全长"),
    S("总投资[[4.1亿元]]，县城", "410000000", "元", M, "exact", "公路改扩建工程总投资", currency=CNY),
    S("车程由[[1.5小时]]", "1.5", "小时", T, "exact", "县城至洪州镇原车程"),
    S("缩短至[[50分钟]]", "50", "分钟", T, "exact", "县城至洪州镇车程"),
    S("培训绣娘[[60名]]", "60", "名", C, "exact", "培训绣娘"),
    S("慰问品[[200份]]", "200", "份", C, "exact", "送去慰问品"),
]

EVENTS = [
    E("木构民居开展火灾隐患排查", "inspection", "排查", day("2026-12-01", "2026-12-08"),
      location="肇兴、岩洞、茅贡等8个乡镇", organizers=["县消防救援大队", "县应急管理局"]),
    E("现场推进会在中潮镇召开", "meeting", "召开", D07, location="中潮镇",
      participants=["县水务局", "州生态环境局黎平分局", "各乡镇负责人"]),
    E("新建和改造高标准农田3.2万亩", "construction", "新建", WINTER_SPRING, opt=True),         # a plan
    E("签订香禾糯精深加工项目合作协议", "signing", "签订", D08, organizers=["黎平县人民政府"],
      participants=["贵州侗乡香禾食品有限公司"]),
    E("拟授予吴 秀 英等10名同志", "award", "授予", None, opt=True),                            # not yet conferred
    E("现予以公示", "announcement", "公示", day("2026-12-09", "2026-12-15"),
      organizers=["中共黎平县委宣传部", "黎平县精神文明建设指导委员会办公室"]),
    E("侗族大歌展演比赛在岩洞镇举行", "competition", "比赛", day("2026-12-06"), location="岩洞镇",
      participants=["26支歌队"]),
    E("竹坪村歌队获一等奖", "award", "获", day("2026-12-06"), opt=True),                       # the contest's outcome
    E("获奖歌队在肇兴侗寨鼓楼广场进行汇报演出", "activity", "演出", D07, location="肇兴侗寨鼓楼广场",
      participants=["获奖歌队"]),
    E("到尚重镇开展“健康送侗寨”义诊活动", "activity", "义诊", NEXT_SAT, location="尚重镇",
      organizers=["县人民医院"], theme="健康送侗寨"),
    E("名单，肇兴侗寨夜游街区入选", "award", "入选", day("2026-12-04"), organizers=["省文化和旅游厅"],
      participants=["肇兴侗寨夜游街区"]),
    E("将推出冬季侗寨研学游线路5条", "launch", "推出", MID_DEC, organizers=["该局"]),
    E("破获一起跨省电信网络诈骗案", "legal", "破获", None, organizers=["县公安局"]),
    E("黎平机场开通黎平至广州往返航线", "launch", "开通", D08, organizers=["黎平机场"]),
    E("发放本学期资助资金", "payout", "发放", D07, organizers=["县教育局"],
      participants=["2.1万余名家庭经济困难学生"]),
    E("改扩建工程全线完工", "construction", "完工", day("2026-11-30")),
    E("举办侗族刺绣技能培训班", "training", "培训班", day("2026-12-02", "2026-12-06"), location="茅贡镇",
      organizers=["县人社局"], participants=["绣娘"]),
    E("县总工会走访慰问坚守一线的环卫工人", "visit", "走访慰问", D08, organizers=["县总工会"],
      participants=["环卫工人"]),
    E("送去棉衣、手套等慰问品200份", "payout", "送去", D08, opt=True),                          # part of the visit
]
