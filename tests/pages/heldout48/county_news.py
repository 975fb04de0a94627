"""长汀报 (长汀县, 龙岩市, 福建省), 2026-12-02 (a Wednesday): a county paper page.
Features: a page opening with the rest of a page-1 story (`（上接第1版）`, no headline); a headline standing far
from its body (`县公安局破获…` near the top, its body fourteen lines later); a series label (`冬春攻坚·水保一线`)
over a kicker (`治山理水护汀江`) over a title; a paragraph broken mid-word (`…实施综合整` | `治，计划于…`) with a
caption and a headless brief between; a job-fair notice in label-colon lines (`时间：`, `地点：`, `参会企业：`,
`岗位：`); a byline on a line of its own under its headline (`记者 邱 明 通讯员 曹 敏`) and a bare name closing an
item (`（廖 琼）`); two captions (`（钟 晓 峰 摄）`, `通讯员 温 建 华 摄`), the second between its article's body and
its after-body headline; three briefs without headline or byline; a 停水通知 closing with its issuing company and a
date line (`2026年12月1日`). Bodies written short resolve with the county (`县发改局`, `县水利局`, `县人社局`,
`县公安局`, `县委宣传部`, `县文明办`, `县教育局`, `县气象台`, `县农业农村局`, `县中医院`, `县红十字会`,
`县博物馆`, `县实验小学`, `镇农技站` → 童坊镇; `该局` optional). Relative dates: `昨日` = 12-01 (×3), `次日` =
11-30, `下周三` = 12-09 (a title), `下周一至下周三` = 12-07..12-09, `本月中旬`, `12月底`, `大雪` = 12-07,
`冬至当天` = 12-22, `明年1月10日`, `今年前10个月`, `前三季度`; seasons as descriptors optional.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "长汀报"
PUBLISHED = "2026-12-02"
HOME = {"county": "长汀县", "city": "龙岩市", "province": "福建省"}

LAYOUT = [
    ("（上接第1版）", "continuation", "K0"),
    ("会上，县发改局", "body", "K0"),                          # the rest of a page-1 story, no headline
    ("县公安局破获", "headline", "K2"),                        # far from its body
    ("冬春攻坚·水保一线", "label", "K1"),                      # series label
    ("治山理水护汀江", "headline", "K1"),                      # kicker
    ("河田镇冬季补植", "headline", "K1"),
    ("本报讯（记者 钟 晓 峰", "body", "K1"),                   # breaks mid-word (综合整|治)
    ("志愿者在露湖村", "caption", "P0"),                       # （钟 晓 峰 摄）
    ("连日来，童坊镇", "body", "K3"),                          # no headline, no byline
    ("治，计划于", "body", "K1"),                              # the rest of K1's paragraph
    ("下周三 “就业暖冬”", "headline", "K4"),
    ("本报讯（通讯员 谢 丽 萍）", "body", "K4"),
    ("时间：", "body", "K4"),
    ("地点：", "body", "K4"),
    ("参会企业：", "body", "K4"),
    ("岗位：", "body", "K4"),
    ("本报讯（通讯员 罗 志 勇）", "body", "K2"),
    ("本报讯（记者 傅 慧 玲）", "body", "K5"),
    ("“红色汀州”主题图片展开展", "headline", "K5"),            # after its body
    ("第十届“汀州好人”颁奖仪式举行", "headline", "K6"),
    ("记者 邱 明 通讯员 曹 敏", "byline", "K6"),               # a byline line of its own
    ("昨日，县文明办", "body", "K6"),
    ("汀州磁谷年产", "headline", "K7"),
    ("11月30日，位于", "body", "K7"),
    ("（廖 琼）", "byline", "K7"),                             # a bare name closing the item
    ("本报讯（通讯员 温 建 华）", "body", "K8"),
    ("越野赛现场", "caption", "P1"),                           # 通讯员 温 建 华 摄
    ("冬季越野赛 680名", "headline", "K8"),                    # after its body and caption
    ("县气象台预计", "body", "K9"),                            # no headline, no byline
    ("县中医院定于", "body", "K10"),                           # no headline, no byline
    ("县红十字会为山区", "headline", "K11"),
    ("本报讯（记者 邱 明）", "body", "K11"),
    ("停水通知", "headline", "K12"),
    ("因汀州城区", "body", "K12"),
    ("长汀县汀源供水有限公司", "body", "K12"),                  # issuing body
    ("2026年12月1日", "body", "K12"),                         # date line
]

ARTICLES = {
    "K0": dict(continued_from="第1版"),
    "K1": dict(byline=byline(reporters=["钟晓峰"], correspondents=["赖文彬"])),
    "K2": dict(byline=byline(correspondents=["罗志勇"])),
    "K3": dict(),
    "K4": dict(byline=byline(correspondents=["谢丽萍"])),
    "K5": dict(byline=byline(reporters=["傅慧玲"])),
    "K6": dict(byline=byline(reporters=["邱明"], correspondents=["曹敏"])),
    "K7": dict(byline=byline(authors=["廖琼"])),
    "K8": dict(byline=byline(correspondents=["温建华"])),
    "K9": dict(),
    "K10": dict(),
    "K11": dict(byline=byline(reporters=["邱明"])),
    "K12": dict(),
}
JOINS = [("本报讯（记者 钟 晓 峰", "治，计划于")]
PHOTOS = {
    "P0": dict(photographers=["钟晓峰"], article="K1"),
    "P1": dict(photographers=["温建华"], article="K8"),
}

D01 = day("2026-12-01")
D30 = day("2026-11-30")
NEXT_WED = day("2026-12-09")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
DATES = [
    D("通报了[[前三季度]]全县", (span("2026-01-01", "2026-09-30"), "quarter")),
    D("要在[[12月底]]前完成", xun(2026, 12, 2)),
    D("\n[[冬春]]攻坚·水保一线", WINTER_SPRING, OPT),                       # inside a series' name
    D("河田镇[[冬季]]补植", WINTER, OPT),                                   # a descriptor
    D("）[[昨日]]，县水利局", D01),
    D("召开全县[[冬春]]水土保持", WINTER_SPRING, OPT),                       # inside the meeting's name
    D("。[[今年前10个月]]，河田镇", months(2026, 1, 10)),
    D("。[[入冬以来]]，该镇", VAGUE),
    D("\n[[连日来]]，童坊镇", VAGUE),
    D("，[[目前]]已完成播种", VAGUE),
    D("计划于[[本月中旬]]前全部", xun(2026, 12, 1)),
    D("\n[[下周三]] “就业暖冬”", NEXT_WED),
    D("时间：[[12月9日上午9时至12时]]", NEXT_WED),                          # one day, a time range in it
    D("）[[11月28日]]，县公安局", day("2026-11-28")),
    D("）[[昨日]]，“红色汀州", D01),
    D("展期至[[明年1月10日]]", day("2027-01-10")),
    D("\n[[昨日]]，县文明办", D01),
    D("\n[[11月30日]]，位于", D30),
    D("）[[11月29日]]，长汀县", day("2026-11-29")),
    D("长汀县[[2026年]]中小学生", year(2026), OPT),                           # a year inside the contest's name
    D("中小学生[[冬季]]越野赛在", WINTER, OPT),
    D("[[次日]]，县教育局", D30),
    D("\n[[冬季]]越野赛 680名", WINTER, OPT),
    D("，[[下周一至下周三]]我县", day("2026-12-07", "2026-12-09")),
    D("，[[大雪]]前后正值", day("2026-12-07")),
    D("定于[[冬至当天]]举办", day("2026-12-22")),
    D("）[[近日]]，县红十字会", VAGUE),
    D("定于[[12月5日（星期六）8时至20时]]暂停", day("2026-12-05")),          # one day, a time range in it
    D("\n[[2026年12月1日]]", D01),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
GAJ = ["长汀县公安局"]
BWG = ["长汀县博物馆"]
HSZ = ["长汀县红十字会"]
CG = ["福建汀州磁谷新材料有限公司", "汀州磁谷"]
ORGS = [
    O("会上，[[县发改局]]通报", ["长汀县发展和改革局", "长汀县发改局"], G),
    O("\n[[县公安局]]破获", GAJ, G),
    O("）昨日，[[县水利局]]在", ["长汀县水利局"], G),
    O("。[[镇农技站]]技术人员", ["长汀县童坊镇农业技术推广站", "童坊镇农业技术推广站", "童坊镇农技站"], IN),
    O("就业，[[县人社局]]将举办", ["长汀县人力资源和社会保障局"], G),
    O("地点：[[县人力资源市场]]", ["长汀县人力资源市场"], IN, OPT),                # a venue
    O("11月28日，[[县公安局]]成功", GAJ, G),
    O("。[[该局]]提醒", GAJ, G, OPT),                                            # an anaphor, no name
    O("主题图片展在[[县博物馆]]开展", BWG, IN),
    O("展览由[[县委宣传部]]、", ["中共长汀县委宣传部"], PA),
    O("、[[县博物馆]]联合主办", BWG, IN),
    O("昨日，[[县文明办]]举行", ["中共长汀县委精神文明建设委员会办公室", "长汀县精神文明建设办公室",
                               "长汀县文明办"], PA),
    O("\n[[汀州磁谷]]年产", CG, CO),
    O("位于[[长汀稀土工业园区]]的", ["长汀稀土工业园区"], G, OPT),                   # a zone, a place here
    O("的[[福建汀州磁谷新材料有限公司]]年产", CG, CO),
    O("次日，[[县教育局]]公布", ["长汀县教育局"], G),
    O("，[[长汀县第一中学]]、", ["长汀县第一中学"], IN),
    O("、[[县实验小学]]分获", ["长汀县实验小学"], IN),
    O("\n[[县气象台]]预计", ["长汀县气象台"], IN),
    O("。[[县农业农村局]]提醒", ["长汀县农业农村局"], G),
    O("\n[[县中医院]]定于", ["长汀县中医院"], IN),
    O("\n[[县红十字会]]为山区", HSZ, PE),
    O("近日，[[县红十字会]]联合", HSZ, PE),
    O("联合[[长汀农商银行]]向", ["福建长汀农村商业银行股份有限公司", "长汀农商银行"], CO),
    O("\n[[长汀县汀源供水有限公司]]\n", ["长汀县汀源供水有限公司"], CO),
]

C, P, M, T, W, A, TE = "count", "percent", "money", "duration", "weight", "area", "temperature"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("同比增长[[6.4%]]", "6.4", "%", P, "exact", "全县地区生产总值", change=up(YOY)),
    S("增加值增长[[8.5%]]", "8.5", "%", P, "exact", "规上工业增加值", change=up(YOY)),
    S("平均水平[[1.3个百分点]]", "1.3", "个百分点", P, "exact", "规上工业增加值增速", change=up("全市平均水平")),
    S("补植阔叶树[[4.6万株]]\n", "46000", "株", C, "exact", "补植阔叶树"),
    S("负责人[[40余人]]", "40", "人", C, "over", "参加推进会人员"),
    S("水土流失面积[[1.2万亩]]", "12000", "亩", A, "exact", "新增治理水土流失面积"),
    S("年度任务的[[115%]]", "115", "%", P, "exact", "年度治理任务完成率"),
    S("护林员[[300余人]]", "300", "人", C, "over", "组织党员志愿者、护林员"),
    S("阔叶树苗[[4.6万株]]，", "46000", "株", C, "exact", "补植阔叶树苗"),
    S("对[[12处]]崩岗", "12", "处", C, "exact", "综合治理崩岗"),
    S("完成播种[[4300亩]]", "4300", "亩", A, "exact", "冬种马铃薯播种面积"),
    S("计划面积的[[86%]]", "86", "%", P, "exact", "马铃薯播种进度"),
    S("等企业[[52家]]", "52", "家", C, "exact", "参会企业"),
    S("岗位：[[1800余个]]", "1800", "个", C, "over", "招聘岗位"),
    S("月薪[[3500元]]至", "3500", "元", M, "exact", "岗位月薪下限", currency=CNY),
    S("至[[8000元]]\n", "8000", "元", M, "exact", "岗位月薪上限", currency=CNY),
    S("犯罪嫌疑人[[7名]]", "7", "名", C, "exact", "抓获犯罪嫌疑人"),
    S("涉案资金[[120余万元]]", "1200000", "元", M, "over", "冻结涉案资金", currency=CNY),
    S("等[[4个]]单元", "4", "个", C, "exact", "展览单元"),
    S("历史图片[[230余幅]]", "230", "幅", C, "over", "展出历史图片"),
    S("实物[[60余件]]", "60", "件", C, "over", "展出实物"),
    S("等[[10名]]获奖者", "10", "名", C, "exact", "获奖者"),
    S("每人[[2000元]]奖金", "2000", "元", M, "exact", "每人奖金", currency=CNY),
    S("教学点[[32年]]", "32", "年", T, "exact", "坚守山区教学点年限"),
    S("巡河[[11年]]", "11", "年", T, "exact", "义务巡河年限"),
    S("磁谷年产[[2000吨]]磁材", "2000", "吨", W, "exact", "磁材项目年产能", OPT),        # inside the project's name
    S("有限公司年产[[2000吨]]高性能", "2000", "吨", W, "exact", "磁材项目年产能", OPT),
    S("总投资[[8.6亿元]]", "860000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("年产值[[超15亿元]]", "1500000000", "元", M, "over", "项目达产后年产值", currency=CNY),
    S("就业岗位[[420个]]", "420", "个", C, "exact", "新增就业岗位"),
    S("全县[[23所]]学校", "23", "所", C, "exact", "参赛学校"),
    S("学校的[[680名]]学生", "680", "名", C, "exact", "参赛学生"),
    S("越野赛 [[680名]]学生", "680", "名", C, "exact", "参赛学生"),
    S("降至[[-2℃左右]]", "-2", "℃", TE, "about", "山区最低气温"),
    S("减免[[50%]]", "50", "%", P, "exact", "膏方加工费减免比例"),
    S("全县[[12所]]山区学校", "12", "所", C, "exact", "受赠山区学校"),
    S("冬衣[[1500套]]", "1500", "套", C, "exact", "捐赠冬衣"),
    S("价值[[约22万元]]", "220000", "元", M, "about", "捐赠冬衣价值", currency=CNY),
    S("影响用户[[约3200户]]", "3200", "户", C, "about", "停水影响用户"),
]

EVENTS = [
    E("县发改局通报了前三季度全县经济运行情况", "announcement", "通报", None, organizers=["县发改局"]),
    E("召开全县冬春水土保持治理现场推进会", "meeting", "召开", D01, location="河田镇", organizers=["县水利局"],
      participants=["各乡（镇）分管领导及县直有关部门负责人"]),
    E("补植枫香、木荷等阔叶树苗4.6万株", "activity", "补植", None, location="露湖、伯湖等村",
      participants=["党员志愿者、护林员"]),
    E("计划于本月中旬前全部完工", "construction", "完工", xun(2026, 12, 1), opt=True),          # a plan
    E("组织农户播种冬种马铃薯", "production", "播种", None, location="童坊镇"),
    E("现场指导起垄、覆膜等技术要点", "training", "指导", None, organizers=["镇农技站"], opt=True),
    E("县人社局将举办“就业暖冬·岗位到家”专场招聘会", "recruitment", "招聘会", NEXT_WED,
      location="县人力资源市场", organizers=["县人社局"], participants=["稀土、纺织、食品加工等企业"],
      theme="就业暖冬·岗位到家"),
    E("成功破获一起跨省网络赌博案", "legal", "破获", day("2026-11-28"), organizers=["县公安局"]),
    E("主题图片展在县博物馆开展", "exhibition", "开展", D01, location="县博物馆",
      organizers=["县委宣传部", "县博物馆"], theme="红色汀州 百年荣光"),
    E("县文明办举行第十届“汀州好人”颁奖仪式", "award", "颁奖", D01, organizers=["县文明办"],
      participants=["钟秋莲、黄国华等10名获奖者"]),
    E("颁发荣誉证书和每人2000元奖金", "payout", "颁发", D01, opt=True),                         # inside the award
    E("高性能钕铁硼磁材项目正式投产", "construction", "投产", D30, location="长汀稀土工业园区",
      organizers=["福建汀州磁谷新材料有限公司"]),
    E("冬季越野赛在汀江国家湿地公园开跑", "competition", "越野赛", day("2026-11-29"),
      location="汀江国家湿地公园", participants=["全县23所学校的680名学生"]),
    E("县教育局公布比赛结果", "announcement", "公布", D30, organizers=["县教育局"]),
    E("分获中学组、小学组团体总分第一名", "award", "分获", D30, opt=True),                       # results told
    E("县气象台预计", "announcement", "预计", None, organizers=["县气象台"], opt=True),            # a forecast
    E("举办第三届膏方节", "activity", "膏方节", day("2026-12-22"), organizers=["县中医院"]),
    E("向全县12所山区学校捐赠冬衣1500套", "payout", "捐赠", None, organizers=["县红十字会", "长汀农商银行"],
      participants=["全县12所山区学校"]),
    E("兆征路供水主管道改造施工", "construction", "施工", None, opt=True),                        # the cause told
    E("暂停向兆征路、营背街及周边区域供水", "other", "暂停", day("2026-12-05"),
      location="兆征路、营背街及周边区域", organizers=["长汀县汀源供水有限公司"]),
]
