"""今日巴东, 巴东县融媒体中心 (巴东县, 恩施土家族苗族自治州, 湖北省), 2026-12-10 (a Thursday): a county paper page.
Features: a headline standing first, far above its body (`沿渡河至溪丘湾公路改扩建完工`), whose paragraph breaks
mid-word (`…1.2万余名群` | `众出行时间…`) with a headless brief and a caption between; a continuation from page 1
opening with `（上接第1版）` on a line of its own (no headline); a kicker over a title (`守护一江清水` /
`长江巴东段开展…`) with the byline on a line of its own (`记者 谭 晓 峰 通讯员 向 丽`) and a bare `本报讯` body; a
series label (`冬日产业观察`) over a title; a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`,
names in layout spaces, towns in parentheses); a headline after its list lines; a caption credited to an
institution and a person (`东瀼口镇人民政府 黄 勇 摄`) and one `（郑 雯 摄）` with its article's headline after it;
a brief closing with its writer in parentheses on a line of its own (`（田 甜）`); two briefs without headline or
byline; a 通告 with list lines (`一、封闭时间：`…), `特此通告。`, two issuing bodies and a date line. Bodies
written short resolve with the county (`县商务局`, `县农业农村局` ×3, `县公安局`, `县交通运输局`, `县气象局`,
`县文化和旅游局`, `县总工会` ×2, `县政府`, `县司法局`, `县人民检察院`, `县人社局`, `县应急管理局`,
`县市场监管局`, `县消防救援大队`). Relative dates: `昨日` = 12-09 (×3), `次日` = 12-07, `本周六至下周一` =
12-12..12-14, `本周日` = 12-13, `当天` = 12-13, `本月中旬`, `大雪当天` = 12-07, `“12·4”国家宪法日当天` = 12-04,
`元旦` = 2027-01-01 (×2), `春节` = 2027-02-06, `今冬明春`, `今年`, `去年`.

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, span, up, xun, year

PAPER = "今日巴东"
PUBLISHED = "2026-12-10"
HOME = {"county": "巴东县", "city": "恩施土家族苗族自治州", "province": "湖北省"}

LAYOUT = [
    ("沿渡河至溪丘湾公路", "headline", "A0"),                  # far above its body
    ("（上接第1版）", "continuation", "A1"),
    ("截至12月8日", "body", "A1"),                              # continued from page 1, no headline
    ("守护一江清水", "headline", "A2"),                         # kicker
    ("长江巴东段开展", "headline", "A2"),
    ("记者 谭 晓 峰 通讯员 向 丽", "byline", "A2"),             # byline on a line of its own
    ("本报讯 12月8日至9日", "body", "A2"),
    ("本报讯（通讯员 覃 卫 东）", "body", "A0"),                # breaks mid-word (…群 | 众…)
    ("县气象局昨日发布", "body", "A3"),                         # no headline, no byline
    ("12月9日，志愿者", "caption", "P0"),                       # 东瀼口镇人民政府 黄 勇 摄
    ("众出行时间", "body", "A0"),                               # the rest of A0's paragraph
    ("本报讯（记者 邓 雅 琴", "body", "A4"),
    ("一等奖：", "body", "A4"),
    ("二等奖：", "body", "A4"),
    ("三等奖：", "body", "A4"),
    ("农民歌手大赛落幕", "headline", "A4"),                     # after its list
    ("冬日产业观察", "label", "A5"),
    ("水布垭魔芋精深加工", "headline", "A5"),
    ("本报讯（记者 谭 晓 峰）昨日", "body", "A5"),
    ("全县森林防火工作推进会召开", "headline", "A6"),
    ("本报讯（通讯员 张 丽 娟）", "body", "A6"),
    ("本报讯（通讯员 郑 雯）", "body", "A7"),
    ("检察官为学生", "caption", "P1"),                          # （郑 雯 摄）
    ("宪法宣讲走进巴东一中", "headline", "A7"),                 # after its body and caption
    ("县人社局提醒", "body", "A8"),                             # no headline, no byline
    ("县总工会日前", "body", "A9"),                             # no headline
    ("（田 甜）", "byline", "A9"),                              # its writer, on a line of its own
    ("本报讯（通讯员 陈 静 怡）", "body", "A10"),               # no headline
    ("关于G209国道", "headline", "A11"),
    ("因G209国道", "body", "A11"),
    ("一、封闭时间：", "body", "A11"),
    ("二、封闭路段：", "body", "A11"),
    ("三、绕行线路：", "body", "A11"),
    ("特此通告", "body", "A11"),
    ("巴东县交通运输局", "body", "A11"),                       # issuing bodies
    ("巴东县公安局交通警察大队", "body", "A11"),
    ("2026年12月9日", "body", "A11"),                          # date line
]

ARTICLES = {
    "A0": dict(byline=byline(correspondents=["覃卫东"])),
    "A1": dict(continued_from="第1版"),
    "A2": dict(byline=byline(reporters=["谭晓峰"], correspondents=["向丽"])),
    "A3": dict(),
    "A4": dict(byline=byline(reporters=["邓雅琴"], correspondents=["李菁"])),
    "A5": dict(byline=byline(reporters=["谭晓峰"])),
    "A6": dict(byline=byline(correspondents=["张丽娟"])),
    "A7": dict(byline=byline(correspondents=["郑雯"])),
    "A8": dict(),
    "A9": dict(byline=byline(authors=["田甜"])),
    "A10": dict(byline=byline(correspondents=["陈静怡"])),
    "A11": dict(),
}
JOINS = [("本报讯（通讯员 覃 卫 东）", "众出行时间")]
PHOTOS = {
    "P0": dict(photographers=["黄勇"], article="A1"),
    "P1": dict(photographers=["郑雯"], article="A7"),
}

D09, D07 = day("2026-12-09"), day("2026-12-07")
NEW_YEAR = day("2027-01-01")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
DATES = [
    D("截至[[12月8日]]，全县", day("2026-12-08")),
    D("全县[[今年]]柑橘", year(2026)),
    D("较[[去年]]下降", year(2025)),
    D("将于[[元旦]]前基本结束", NEW_YEAR),
    D("开展[[冬季]]禁渔联合执法\n", WINTER, OPT),                    # a descriptor
    D("本报讯 [[12月8日至9日]]", day("2026-12-08", "2026-12-09")),
    D("长江禁渔[[冬季]]联合执法行动", WINTER, OPT),
    D("。据介绍，[[本月中旬]]起", xun(2026, 12, 1)),
    D("）[[12月6日]]，沿渡河镇", day("2026-12-06")),
    D("，[[次日]]恢复通车", D07),
    D("县气象局[[昨日]]发布", D09),
    D("：[[本周六至下周一]]，我县", day("2026-12-12", "2026-12-14")),
    D("\n[[12月9日]]，志愿者", D09),
    D("）[[昨日]]，巴东县第六届", D09),
    D("）[[昨日]]，巴东县清江", D09),
    D("）[[大雪当天]]，县政府", D07),
    D("部署[[今冬明春]]森林防火", WINTER_SPRING),
    D("要在[[12月20日]]前完成", day("2026-12-20")),
    D("，[[春节]]前后实行", day("2027-02-06")),
    D("。[[今年以来]]，全县未发生", year(2026), OPT),
    D("）[[“12·4”国家宪法日当天]]，县司法局", day("2026-12-04")),
    D("全县[[2026年度]]事业单位", year(2026), OPT),                   # a year inside the exam's name
    D("将于[[本周日]]在县民族", day("2026-12-13")),
    D("可于[[12月11日至12日]]登录", day("2026-12-11", "2026-12-12")),
    D("考试[[当天]]须提前", day("2026-12-13")),
    D("县总工会[[日前]]启动", VAGUE),
    D("启动“[[两节]]”送温暖", VAGUE),                                 # a holiday pair inside a campaign's name
    D("将于[[元旦]]前发放", NEW_YEAR),
    D("）[[12月7日至9日]]，县应急", day("2026-12-07", "2026-12-09")),
    D("开展[[岁末]]安全检查", VAGUE),                                 # a descriptor
    D("封闭时间：[[2026年12月14日至2027年1月15日]]", day("2026-12-14", "2027-01-15")),
    D("\n[[2026年12月9日]]", D09),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NYJ = ["巴东县农业农村局"]
JTJ = ["巴东县交通运输局"]
ZGH = ["巴东县总工会"]
YZ = ["湖北省巴东县第一高级中学", "巴东县第一高级中学", "巴东一中"]
ORGS = [
    O("。[[县商务局]]联合", ["巴东县商务局"], G),
    O("联合[[县邮政分公司]]在", ["中国邮政集团有限公司湖北省巴东县分公司", "中国邮政集团有限公司巴东县分公司",
                              "巴东县邮政分公司"], CO),
    O("。[[县农业农村局]]预计", NYJ, G),
    O("，[[县农业农村局]]联合", NYJ, G),
    O("联合[[县公安局]]、", ["巴东县公安局"], G),
    O("、[[县交通运输局]]开展", JTJ, G),
    O("\n[[县气象局]]昨日", ["巴东县气象局"], G),
    O("。[[县农业农村局]]提醒", NYJ, G),
    O("在东瀼口镇[[望江村]]帮助", ["巴东县东瀼口镇望江村", "望江村"], CM, OPT),      # a village
    O("。 [[东瀼口镇人民政府]] 黄", ["巴东县东瀼口镇人民政府", "东瀼口镇人民政府"], G),
    O("在[[县全民健身中心]]举行", ["巴东县全民健身中心"], IN, OPT),                  # a venue
    O("由[[县文化和旅游局]]、", ["巴东县文化和旅游局"], G),
    O("、[[县总工会]]联合主办", ZGH, PE),
    O("）昨日，[[巴东县清江魔芋食品有限公司]]在", ["巴东县清江魔芋食品有限公司"], CO),
    O("。[[该公司]]已与周边", ["巴东县清江魔芋食品有限公司"], CO, OPT),             # an anaphor, no name
    O("大雪当天，[[县政府]]召开", ["巴东县人民政府"], G),
    O("当天，[[县司法局]]联合", ["巴东县司法局"], G),
    O("联合[[县人民检察院]]走进", ["巴东县人民检察院"], G),
    O("走进[[巴东一中]]，开展", YZ, IN),
    O("\n宪法宣讲走进[[巴东一中]]\n", YZ, IN),
    O("\n[[县人社局]]提醒", ["巴东县人力资源和社会保障局"], G),
    O("在[[县民族实验中学]]考点", ["巴东县民族实验中学"], IN),
    O("登录[[湖北人事考试网]]打印", ["湖北人事考试网"], IN, OPT),                    # a website
    O("\n[[县总工会]]日前", ZGH, PE),
    O("）12月7日至9日，[[县应急管理局]]会同", ["巴东县应急管理局"], G),
    O("会同[[县市场监管局]]、", ["巴东县市场监督管理局"], G),
    O("、[[县消防救援大队]]，对", ["巴东县消防救援大队"], G),
    O("\n[[巴东县交通运输局]]\n", JTJ, G),
    O("\n[[巴东县公安局交通警察大队]]\n", ["巴东县公安局交通警察大队"], G),
]

C, P, M, T, W, L, TE = "count", "percent", "money", "duration", "weight", "length", "temperature"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("累计销售[[21.3万吨]]", "213000", "吨", W, "exact", "柑橘累计销售量"),
    S("销售收入[[9.6亿元]]", "960000000", "元", M, "exact", "柑橘销售收入", currency=CNY),
    S("同比增长[[8.4%]]", "8.4", "%", P, "exact", "柑橘销售收入", change=up(YOY)),
    S("渠道销售[[4.2万吨]]", "42000", "吨", W, "exact", "电商渠道销售柑橘"),
    S("日均发货[[超3000单]]", "3000", "单", C, "over", "冷链集配中心日均发货"),
    S("下降[[约15%]]", "15", "%", P, "about", "每单物流成本", change=down("去年")),
    S("执法人员[[46人次]]", "46", "人次", C, "exact", "出动执法人员"),
    S("执法船艇[[7艘次]]", "7", "艘次", C, "exact", "出动执法船艇"),
    S("岸线[[120余公里]]", "120", "公里", L, "over", "巡查岸线"),
    S("违规网具[[23套]]", "23", "套", C, "exact", "清理违规网具"),
    S("垂钓行为[[5起]]", "5", "起", C, "exact", "查处非法垂钓行为"),
    S("新增[[4处]]视频", "4", "处", C, "exact", "新增视频监控点"),
    S("全长[[约28.5公里]]", "28.5", "公里", L, "about", "改扩建公路全长"),
    S("总投资[[1.36亿元]]", "136000000", "元", M, "exact", "公路改扩建工程总投资", currency=CNY),
    S("沿线[[6个]]村", "6", "个", C, "exact", "沿线村"),
    S("村[[1.2万余名]]群", "12000", "名", C, "over", "沿线群众"),
    S("缩短[[约40分钟]]", "40", "分钟", T, "about", "群众出行时间", change=down()),
    S("海拔[[1200米以上]]地区", "1200", "米", L, "over", "降温地区海拔", OPT),          # a threshold
    S("降至[[零下5℃左右]]", "-5", "℃", TE, "about", "最低气温"),
    S("历时[[1个月]]", "1", "个月", T, "exact", "大赛历时"),
    S("全县[[12个]]乡镇", "12", "个", C, "exact", "乡镇", OPT),                       # the county's towns
    S("的[[210余名]]选手", "210", "名", C, "over", "报名选手"),
    S("，[[18名]]选手进入", "18", "名", C, "exact", "进入决赛选手"),
    S("一等奖[[1名]]", "1", "名", C, "exact", "一等奖"),
    S("二等奖[[2名]]", "2", "名", C, "exact", "二等奖"),
    S("三等奖[[3名]]", "3", "名", C, "exact", "三等奖"),
    S("落幕 [[6名]]歌手", "6", "名", C, "exact", "获奖歌手"),
    S("鲜魔芋[[1.5万吨]]", "15000", "吨", W, "exact", "生产线年加工鲜魔芋"),
    S("全国[[20多个]]省份", "20", "个", C, "over", "产品销往省份"),
    S("周边[[14个]]村", "14", "个", C, "exact", "签订收购协议的村"),
    S("带动[[2000余户]]农户", "2000", "户", C, "over", "带动农户"),
    S("户均增收[[约6000元]]", "6000", "元", M, "about", "农户户均增收", currency=CNY),
    S("实行[[24小时]]值班", "24", "小时", T, "exact", "值班值守", OPT),              # round-the-clock duty
    S("，[[1600余名]]师生", "1600", "名", C, "over", "参加宣讲的师生"),
    S("宣传资料[[3000余份]]", "3000", "份", C, "over", "发放宣传资料"),
    S("共有[[1370名]]考生", "1370", "名", C, "exact", "笔试考生"),
    S("提前[[30分钟]]入场", "30", "分钟", T, "exact", "提前入场时间"),
    S("投入资金[[260万元]]", "2600000", "元", M, "exact", "送温暖活动投入资金", currency=CNY),
    S("等[[1200余户]]", "1200", "户", C, "over", "走访慰问户数"),
    S("检查网点[[86家]]", "86", "家", C, "exact", "检查烟花爆竹经营网点"),
    S("整改隐患[[21处]]", "21", "处", C, "exact", "责令整改隐患"),
    S("暂停营业[[2家]]", "2", "家", C, "exact", "暂停营业网点"),
    S("全长[[约3.2公里]]", "3.2", "公里", L, "about", "封闭路段全长"),
]

EVENTS = [
    E("在信陵镇建成柑橘冷链集配中心", "construction", "建成", None, location="信陵镇",
      organizers=["县商务局", "县邮政分公司"]),
    E("柑橘采摘将于元旦前基本结束", "production", "采摘", NEW_YEAR, opt=True),                   # a forecast
    E("开展长江禁渔冬季联合执法行动", "inspection", "执法行动", day("2026-12-08", "2026-12-09"),
      location="长江巴东段", organizers=["县农业农村局", "县公安局", "县交通运输局"]),
    E("查处非法垂钓行为5起", "legal", "查处", day("2026-12-08", "2026-12-09"), opt=True),  # the patrol's outcome
    E("将新增4处视频监控点", "construction", "新增", xun(2026, 12, 1), opt=True),                   # a plan
    E("改扩建工程通过交工验收", "construction", "交工验收", day("2026-12-06"), location="沿渡河镇至溪丘湾乡"),
    E("次日恢复通车", "traffic", "恢复通车", D07, location="沿渡河镇至溪丘湾乡"),
    E("县气象局昨日发布寒潮蓝色预警", "announcement", "发布", D09, organizers=["县气象局"]),
    E("志愿者在东瀼口镇望江村帮助果农采摘脐橙", "activity", "帮助", D09, location="东瀼口镇望江村",
      participants=["志愿者"], opt=True),                                                # told only in a caption
    E("农民歌手大赛决赛在县全民健身中心举行", "competition", "大赛", D09, location="县全民健身中心",
      organizers=["县文化和旅游局", "县总工会"], participants=["18名选手"]),
    E("210余名选手报名", "registration", "报名", None, opt=True),                                  # a summary
    E("评出一等奖1名", "award", "评出", D09, location="县全民健身中心",
      organizers=["县文化和旅游局", "县总工会"]),
    E("精深加工生产线正式投产", "construction", "投产", D09, location="水布垭镇",
      organizers=["巴东县清江魔芋食品有限公司"]),
    E("签订保底收购协议", "signing", "签订", None, organizers=["巴东县清江魔芋食品有限公司"],
      participants=["周边14个村"]),
    E("县政府召开全县森林防火工作推进会", "meeting", "召开", D07, organizers=["县政府"]),
    E("完成林区火源隐患排查", "inspection", "排查", day("2026-12-20"), participants=["各乡镇"],
      opt=True),  # a task set by the meeting
    E("开展“宪法进校园”宣讲活动", "training", "宣讲", day("2026-12-04"), location="巴东一中",
      organizers=["县司法局", "县人民检察院"], participants=["1600余名师生"], theme="宪法进校园"),
    E("现场发放宣传资料3000余份", "payout", "发放", day("2026-12-04"), opt=True),  # handouts of a lecture
    E("笔试将于本周日在县民族实验中学考点举行", "exam", "笔试", day("2026-12-13"),
      location="县民族实验中学考点", organizers=["县人社局"], participants=["1370名考生"]),
    E("打印准考证", "registration", "打印准考证", day("2026-12-11", "2026-12-12"), opt=True),
    E("走访慰问困难职工", "visit", "走访慰问", None, organizers=["县总工会"],
      participants=["困难职工", "新就业形态劳动者"]),
    E("首批慰问金将于元旦前发放到位", "payout", "发放", NEW_YEAR, organizers=["县总工会"]),
    E("开展岁末安全检查", "inspection", "检查", day("2026-12-07", "2026-12-09"),
      organizers=["县应急管理局", "县市场监管局", "县消防救援大队"]),
    E("暂停营业2家", "legal", "暂停营业", day("2026-12-07", "2026-12-09"), opt=True),              # the check's outcome
    E("决定对该路段实行封闭施工", "traffic", "封闭施工", day("2026-12-14", "2027-01-15"),
      location="G209国道绿葱坡段", organizers=["巴东县交通运输局", "巴东县公安局交通警察大队"]),
    E("特此通告", "announcement", "通告", D09, organizers=["巴东县交通运输局", "巴东县公安局交通警察大队"],
      opt=True),                                                                                  # the notice itself
]
