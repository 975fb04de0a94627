"""今日通山, 通山县融媒体中心 (通山县, 咸宁市, 湖北省), 2026-12-04 (a Friday): a county paper page.
Features: the page opens on the rest of a front-page story (`（上接第1版）`, no headline); a kicker over a title
(`冬修水利正当时` / `全县冬季农田水利建设全面铺开`); a paragraph broken mid-word (`…确保明年3月底前全部完` |
`工，为明年春耕…`) with a caption and a headless brief between; a headline five lines above its body (`县人社局
“冬日送岗”招聘会下周二举行`), with a label (`民生直通车`) and two other items between; a byline on a line of its own
(`记者 宋 雨 晴  通讯员 徐 燕`) under its title; two captions (`县融媒体中心 邹 翔 摄`, `（徐 燕 摄）`); two headlines
after their bodies; five items without headline (the page-1 rest among them); a traffic notice (通告) with label-colon
lines (`施工时间：`, `绕行线路：`), `特此通告。`, two issuing bodies and a date line. Bodies written short resolve
with the county (`县经信局`, `县水利和湖泊局`, `县应急管理局`, `县消防救援大队`, `县人社局`, `县交通运输局`/`该局`,
`县公安局`, `县文旅局`, `县人民医院`, `县总工会`, `县民政局`, `县教育局`). Relative dates: `昨日` = 12-03 (×3),
`下周二` = 12-08 (a title and a body), `当天`, `次日` = 12-01 (after `11月30日`), `下周一（12月7日）`, `下周三至周五`
= 12-09..12-11, `本月7日`, `本月中旬`, `今冬明春`, `明年3月底`, `明年`, `元旦`, `大雪节气` = 12-07, `冬至` = 12-22,
`今年前10个月`.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "今日通山"
PUBLISHED = "2026-12-04"
HOME = {"county": "通山县", "city": "咸宁市", "province": "湖北省"}

LAYOUT = [
    ("（上接第1版）", "continuation", "N0"),
    ("今年前10个月，全县规模以上", "body", "N0"),               # the rest of a front-page story
    ("冬修水利正当时", "headline", "N1"),                        # kicker
    ("全县冬季农田水利建设全面铺开", "headline", "N1"),
    ("本报讯（记者 阮 静 通讯员 成 晓 东）", "body", "N1"),     # breaks mid-word (完|工)
    ("南林桥镇石门村村民", "caption", "P0"),                     # 县融媒体中心 邹 翔 摄
    ("本报讯 12月1日至3日", "body", "N2"),                       # no headline, no byline
    ("工，为明年春耕", "body", "N1"),                            # the rest of N1's paragraph
    ("县人社局“冬日送岗”招聘会", "headline", "N3"),             # far above its body
    ("民生直通车", "label", "N4"),
    ("本报讯 县交通运输局", "body", "N4"),                       # no headline
    ("本报讯（通讯员 夏 敏）", "body", "N5"),
    ("县公安局端掉", "headline", "N5"),                          # after its body
    ("本报讯（通讯员 程 亮）", "body", "N3"),
    ("“通山包坨”上新", "headline", "N6"),
    ("记者 宋 雨 晴", "byline", "N6"),                           # a byline line of its own
    ("12月2日，由闯王镇", "body", "N6"),
    ("游客在包坨美食文化节", "caption", "P1"),                   # （徐 燕 摄）
    ("本报讯（通讯员 刘 畅）", "body", "N7"),                    # no headline
    ("县总工会表彰", "headline", "N8"),
    ("本报讯（通讯员 黄 馨）", "body", "N8"),
    ("本报讯（通讯员 孔 维）", "body", "N9"),
    ("1260户困难家庭", "headline", "N9"),                        # after its body
    ("本报讯 县教育局消息", "body", "N10"),                      # no headline, no byline
    ("关于G106国道", "headline", "N11"),
    ("因G106国道", "body", "N11"),
    ("施工时间：", "body", "N11"),
    ("绕行线路：", "body", "N11"),
    ("特此通告。", "body", "N11"),
    ("通山县公安局交通警察大队", "body", "N11"),                 # issuing bodies
    ("通山县交通运输局", "body", "N11"),
    ("2026年12月3日", "body", "N11"),                            # date line
]

ARTICLES = {
    "N0": dict(continued_from="第1版"),
    "N1": dict(byline=byline(reporters=["阮静"], correspondents=["成晓东"])),
    "N2": dict(),
    "N3": dict(byline=byline(correspondents=["程亮"])),
    "N4": dict(),
    "N5": dict(byline=byline(correspondents=["夏敏"])),
    "N6": dict(byline=byline(reporters=["宋雨晴"], correspondents=["徐燕"])),
    "N7": dict(byline=byline(correspondents=["刘畅"])),
    "N8": dict(byline=byline(correspondents=["黄馨"])),
    "N9": dict(byline=byline(correspondents=["孔维"])),
    "N10": dict(),
    "N11": dict(),
}
JOINS = [("本报讯（记者 阮 静 通讯员 成 晓 东）", "工，为明年春耕")]
PHOTOS = {
    "P0": dict(photographers=["邹翔"], article="N1"),
    "P1": dict(photographers=["徐燕"], article="N6"),
}

D01, D02, D03 = day("2026-12-01"), day("2026-12-02"), day("2026-12-03")
NEXT_TUE = day("2026-12-08")
D07 = day("2026-12-07")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DATES = [
    D("\n[[今年前10个月]]，全县", months(2026, 1, 10)),
    D("。[[12月1日]]，湖北鑫岩", D01),
    D("力争[[元旦]]前", day("2027-01-01")),
    D("全县[[冬季]]农田水利建设全面", WINTER, OPT),                      # a descriptor, in a title
    D("）[[昨日]]，县水利", D03),
    D("全县[[冬季]]农田水利基本", WINTER, OPT),                          # inside the meeting's name
    D("。[[今冬明春]]，全县", (span("2026-12-01", "2027-05-31"), "season")),
    D("确保[[明年3月底]]前", xun(2027, 3, 2)),
    D("本报讯 [[12月1日至3日]]，县应急", day("2026-12-01", "2026-12-03")),
    D("\n工，为[[明年]]春耕", year(2027)),
    D("招聘会[[下周二]]举行", NEXT_TUE),
    D("县交通运输局[[昨日]]发布", D03),
    D("，自[[本月7日]]起", D07),
    D("执行[[冬季]]运营时刻表", WINTER, OPT),                            # a descriptor
    D("）[[11月30日]]，县公安局", day("2026-11-30")),
    D("。[[次日]]，7名", D01),
    D("。[[目前]]，案件", VAGUE),
    D("将于[[下周二]]在县", NEXT_TUE),
    D("。[[当天]]还将", NEXT_TUE),
    D("\n[[12月2日]]，由闯王镇", D02),
    D("，[[首日]]吸引", D02, OPT),
    D("持续至[[12月6日]]", day("2026-12-06")),
    D("举措：[[12月5日至明年2月28日]]，", day("2026-12-05", "2027-02-28")),
    D("）[[大雪节气]]将至", D07),
    D("应对[[冬季]]呼吸道", WINTER, OPT),                                # a descriptor
    D("开设[[周末]]儿科", VAGUE),                                        # a recurring slot
    D("自[[下周一（12月7日）]]起", D07),
    D("）[[昨日]]，县总工会", D03),
    D("）[[12月1日]]起，县民政局", D01),
    D("发放[[冬季]]取暖救助金", WINTER, OPT),                            # a descriptor
    D("，[[本月中旬]]前", xun(2026, 12, 1)),
    D("。[[冬至]]前后", day("2026-12-22")),
    D("将于[[下周三至周五]]在", day("2026-12-09", "2026-12-11")),
    D("施工时间：[[2026年12月8日至12月22日]]", day("2026-12-08", "2026-12-22")),
    D("\n[[2026年12月3日]]", D03),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
RSJ = ["通山县人力资源和社会保障局"]
JTJ = ["通山县交通运输局"]
GAJ = ["通山县公安局"]
ZGH = ["通山县总工会"]
MZJ = ["通山县民政局"]
ORGS = [
    O("，[[湖北鑫岩石材科技有限公司]]投资", ["湖北鑫岩石材科技有限公司"], CO),
    O("在[[县经济开发区]]正式投产", ["通山经济开发区", "通山县经济开发区"], G, OPT),    # a zone, a place here
    O("。[[县经信局]]表示", ["通山县经济和信息化局", "通山县经济商务和信息化局"], G),
    O("，[[县水利和湖泊局]]在", ["通山县水利和湖泊局"], G),
    O("\n南林桥镇[[石门村]]村民", ["通山县南林桥镇石门村"], CM, OPT),                  # a village
    O("。 [[县融媒体中心]] 邹", ["通山县融媒体中心"], IN),
    O("，[[县应急管理局]]联合", ["通山县应急管理局"], G),
    O("联合[[县消防救援大队]]对", ["通山县消防救援大队"], G),
    O("\n[[县人社局]]“冬日送岗”", RSJ, G),
    O("本报讯 [[县交通运输局]]昨日", JTJ, G),
    O("。[[该局]]提醒", JTJ, G, OPT),                                                  # an anaphor
    O("，[[县公安局反诈中心]]联合", ["通山县公安局反诈中心"], G),
    O("\n[[县公安局]]端掉", GAJ, G),
    O("）[[县人社局]]消息", RSJ, G),
    O("通过[[“通山就业”小程序]]在线", ["“通山就业”小程序"], IN, OPT),                 # a platform
    O("在[[县人力资源市场]]举行", ["通山县人力资源市场"], IN, OPT),                    # a venue
    O("由[[闯王镇人民政府]]主办", ["通山县闯王镇人民政府"], G),
    O("文化节在[[宝石村]]开幕", ["通山县闯王镇宝石村"], CM, OPT),                      # a village
    O("。[[县文旅局]]同步", ["通山县文化和旅游局"], G),
    O("，[[县人民医院]]自", ["通山县人民医院"], IN),
    O("\n[[县总工会]]表彰", ZGH, PE),
    O("，[[县总工会]]在", ZGH, PE),
    O("在[[县职工服务中心]]召开", ["通山县职工服务中心"], IN, OPT),                    # a venue
    O("起，[[县民政局]]陆续", MZJ, G),
    O("，[[县民政局]]还将", MZJ, G),
    O("本报讯 [[县教育局]]消息", ["通山县教育局"], G),
    O("\n[[通山县公安局交通警察大队]]\n", ["通山县公安局交通警察大队"], G),
    O("\n[[通山县交通运输局]]\n", JTJ, G),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("同比增长[[8.7%]]", "8.7", "%", P, "exact", "全县规模以上工业增加值", change=up(YOY)),
    S("平均水平[[1.3个百分点]]", "1.3", "个百分点", P, "exact", "规上工业增加值增速", change=up("全市平均水平")),
    S("产值[[约46亿元]]", "4600000000", "元", M, "about", "两大主导产业产值", currency=CNY),
    S("投资[[3.2亿元]]建设", "320000000", "元", M, "exact", "石材精深加工项目投资", currency=CNY),
    S("加工板材[[120万平方米]]", "1200000", "平方米", A, "exact", "年加工板材"),
    S("竹木加工[[两大]]主导", "2", "大", C, "exact", "主导产业", OPT),                 # a count in a name
    S("推动[[5家]]企业", "5", "家", C, "exact", "升规入统企业"),
    S("负责人[[40余人]]", "40", "人", C, "over", "参会各乡镇分管负责人"),
    S("堰坝[[320处]]", "320", "处", C, "exact", "整修山塘、堰坝"),
    S("沟渠[[约160公里]]", "160", "公里", L, "about", "疏浚沟渠"),
    S("高标准农田[[2.1万亩]]", "21000", "亩", A, "exact", "新建高标准农田"),
    S("总投资[[1.3亿元]]", "130000000", "元", M, "exact", "农田水利建设总投资", currency=CNY),
    S("全县[[46家]]烟花爆竹", "46", "家", C, "exact", "烟花爆竹经营网点"),
    S("发现隐患[[23处]]", "23", "处", C, "exact", "发现隐患"),
    S("当场整改[[19处]]", "19", "处", C, "exact", "当场整改隐患"),
    S("限期[[一周]]内", "1", "周", T, "under", "整改期限", OPT),                        # a horizon
    S("的[[2条]]城乡公交线路", "2", "条", C, "exact", "执行冬季时刻表的城乡公交线路"),
    S("犯罪嫌疑人[[7名]]", "7", "名", C, "exact", "抓获犯罪嫌疑人"),
    S("涉案资金[[42万余元]]", "420000", "元", M, "over", "冻结涉案资金", currency=CNY),
    S("次日，[[7名]]犯罪", "7", "名", C, "exact", "押解回通山的犯罪嫌疑人"),
    S("县内外[[62家]]企业", "62", "家", C, "exact", "参加招聘会企业"),
    S("等岗位[[1480余个]]", "1480", "个", C, "over", "提供岗位"),
    S("游客[[3000余人次]]", "3000", "人次", C, "over", "首日游客"),
    S("隐水洞等[[4家]]A级", "4", "家", C, "exact", "门票半价的A级景区"),
    S("诊室[[2间]]", "2", "间", C, "exact", "增设夜间发热门诊诊室"),
    S("为[[10名]]来自", "10", "名", C, "exact", "受表彰技术能手"),
    S("每人奖励[[5000元]]", "5000", "元", M, "exact", "每人奖励", currency=CNY),
    S("雕刻工[[4名]]", "4", "名", C, "exact", "获表彰石材雕刻工"),
    S("电工[[3名]]", "3", "名", C, "exact", "获表彰电工"),
    S("加工工[[3名]]", "3", "名", C, "exact", "获表彰茶叶加工工"),
    S("全县[[1260户]]特困", "1260", "户", C, "exact", "特困、低保家庭"),
    S("每户[[400元]]", "400", "元", M, "exact", "每户取暖救助金", currency=CNY),
    S("共计[[50.4万元]]", "504000", "元", M, "exact", "取暖救助金总额", currency=CNY),
    S("\n[[1260户]]困难家庭", "1260", "户", C, "exact", "领到取暖救助金的困难家庭"),
    S("考生[[3400余名]]", "3400", "名", C, "over", "实验操作考试考生"),
]

EVENTS = [
    E("在县经济开发区正式投产", "construction", "投产", D01, location="县经济开发区",
      organizers=["湖北鑫岩石材科技有限公司"]),
    E("召开全县冬季农田水利基本建设现场推进会", "meeting", "召开", D03, location="南林桥镇",
      organizers=["县水利和湖泊局"], participants=["各乡镇分管负责人"]),
    E("计划整修山塘、堰坝320处", "construction", "整修", (span("2026-12-01", "2027-05-31"), "season"),
      opt=True),                                                                              # a plan
    E("开展拉网式排查", "inspection", "排查", day("2026-12-01", "2026-12-03"),
      organizers=["县应急管理局", "县消防救援大队"]),
    E("县交通运输局昨日发布通知", "announcement", "发布", D03, organizers=["县交通运输局"],
      opt=True),                                                                              # the measure told
    E("执行冬季运营时刻表", "traffic", "执行", D07, organizers=["县交通运输局"]),
    E("打掉一个为电信网络诈骗团伙提供", "legal", "打掉", day("2026-11-30"), location="广东省东莞市",
      organizers=["县公安局反诈中心"], participants=["外地警方"]),
    E("被押解回通山", "legal", "押解", D01, opt=True),                                       # the same case
    E("专场招聘会将于下周二在县人力资源市场举行", "recruitment", "招聘会", NEXT_TUE, location="县人力资源市场",
      organizers=["县人社局"], participants=["县内外62家企业"], theme="冬日送岗·就业暖心"),
    E("开展社保政策咨询", "activity", "咨询", NEXT_TUE, opt=True),                           # part of the fair
    E("美食文化节在宝石村开幕", "activity", "开幕", D02, location="宝石村", organizers=["闯王镇人民政府"]),
    E("门票实行半价优惠", "policy", "实行", day("2026-12-05", "2027-02-28"), organizers=["县文旅局"]),
    E("开设周末儿科专家门诊", "schedule", "开设", D07, organizers=["县人民医院"]),
    E("召开首届“通山工匠”表彰会", "award", "表彰", D03, location="县职工服务中心", organizers=["县总工会"],
      participants=["技术能手"]),
    E("每人奖励5000元", "payout", "奖励", D03, opt=True),                                    # part of the award
    E("发放冬季取暖救助金", "payout", "发放", D01, organizers=["县民政局"],
      participants=["1260户特困、低保家庭"]),
    E("上门看望全县独居老人", "visit", "看望", day("2026-12-22"), organizers=["县民政局"],
      participants=["独居老人"]),
    E("实验操作考试将于下周三至周五在各初中学校进行", "exam", "考试", day("2026-12-09", "2026-12-11"),
      location="各初中学校", organizers=["县教育局"]),
    E("实施全封闭施工", "traffic", "封闭施工", day("2026-12-08", "2026-12-22"),
      location="G106国道大畈镇至黄沙铺镇段", organizers=["通山县公安局交通警察大队", "通山县交通运输局"]),
    E("特此通告", "announcement", "通告", D03, organizers=["通山县公安局交通警察大队", "通山县交通运输局"],
      opt=True),                                                                              # the notice itself
]
