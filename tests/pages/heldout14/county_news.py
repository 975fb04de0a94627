"""玛纳斯报, 玛纳斯县融媒体中心 (玛纳斯县, 昌吉回族自治州, 新疆维吾尔自治区), 2025-12-17 (a Wednesday): a county paper
page.
Features: a series label over an item whose headline follows its body (`冬季安全生产进行时`); a kicker over a title
(`比技能 强本领` / `全县供热行业职工技能比武落幕`); a winners list in label-colon lines (`一等奖：`, `二等奖：`,
`三等奖：`, heating companies and a township station as organizations resolved with the county); a 通告 on snow clearing
with two issuing bodies on their own lines and a date line (`自本通告发布之日起至2026年3月31日止`: policy); a caption
credited to the county media centre and a person (`县融媒体中心 阿 依 古 丽 摄`) and one credited to an institution only
(`（县农业农村局供图）`); a paragraph broken after a comma (`…两个项目的比拼，` | `最终评出…`) with a caption, another
article and its headline between; a paragraph broken mid-word (`畅|通`) with a caption between; an item with no
headline; headlines after their bodies. County bodies resolve with the county (`县人社局`, `县教育局`, `县工商联`,
`团县委`, `县法院`, `县十七届人大常委会`, `县委`). Relative dates: `本月上旬`, `昨天` = 12-16, `当天`, `下周一` = 12-22,
`本月20日至下周五` = 12-20..12-26, `本月18日至下周日` = 12-18..12-28, `下周二` = 12-23, `本月下旬`, `明年4月`, `上年`.
Events of many types (inspection, competition, award, training, payout, activity, policy, announcement, traffic,
legal, exam, schedule, recruitment, meeting, signing, exhibition, visit).

Written at main commit f8f6589, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "玛纳斯报"
PUBLISHED = "2025-12-17"
HOME = {"county": "玛纳斯县", "city": "昌吉回族自治州", "province": "新疆维吾尔自治区"}

LAYOUT = [
    ("冬季安全生产进行时", "label", "C0"),
    ("本报讯（通讯员 吾 斯 曼）本月12日", "body", "C0"),
    ("县应急管理局督查", "headline", "C0"),                  # after its body
    ("比技能 强本领", "headline", "C1"),                     # kicker
    ("全县供热行业", "headline", "C1"),
    ("本报讯（记者 古 丽 娜 通讯员", "body", "C1"),           # breaks after a comma
    ("12月16日，医务人员", "caption", "P0"),                 # 县融媒体中心 阿 依 古 丽 摄
    ("本报讯（记者 古 丽 娜）昨天，县卫生", "body", "C2"),
    ("基层医务人员冬训", "headline", "C2"),                  # after its body
    ("最终评出", "body", "C1"),                              # the rest of C1's paragraph
    ("一等奖：", "body", "C1"),
    ("二等奖：", "body", "C1"),
    ("三等奖：", "body", "C1"),
    ("县总工会将推荐", "body", "C1"),
    ("关于城区冬季", "headline", "C3"),
    ("为保障冬季", "body", "C3"),
    ("一、自本通告", "body", "C3"),
    ("二、禁止", "body", "C3"),
    ("三、对拒不", "body", "C3"),
    ("玛纳斯县住房和城乡建设局", "body", "C3"),
    ("玛纳斯县城市管理局", "body", "C3"),
    ("2025年12月15日", "body", "C3"),
    ("本报讯（记者 马 文 杰）县公安局", "body", "C4"),       # breaks mid-word
    ("塔西河乡牧民", "caption", "P1"),                       # （县农业农村局供图）
    ("通。施工期间", "body", "C4"),                          # the rest of C4's paragraph
    ("玛纳斯河大桥本月20日", "headline", "C4"),              # after its body
    ("县法院巡回审判", "headline", "C5"),
    ("本报讯（通讯员 赵 敏）", "body", "C5"),
    ("本报讯（记者 马 文 杰）县教育局", "body", "C6"),
    ("期末考试1月12日", "headline", "C6"),                   # after its body
    ("本报讯（记者 古 丽 娜）县人社局", "body", "C7"),
    ("“就业援助月”专场", "headline", "C7"),                  # after its body
    ("县人大常委会召开", "headline", "C8"),
    ("本报讯（记者 马 文 杰）本月15日", "body", "C8"),
    ("本报讯（通讯员 王 建 华）县农业", "body", "C9"),
    ("1.26亿元棉花", "headline", "C9"),                      # after its body
    ("县政府签约", "headline", "C10"),
    ("本报讯（通讯员 吾 斯 曼）昨天", "body", "C10"),
    ("本报讯（记者 古 丽 娜）县市场", "body", "C11"),
    ("食品安全抽检", "headline", "C11"),                     # after its body
    ("本报讯（通讯员 李 红 梅）", "body", "C12"),             # no headline
    ("县领导走访", "headline", "C13"),
    ("本报讯（记者 马 文 杰）本月14日", "body", "C13"),
]

ARTICLES = {
    "C0": dict(byline=byline(correspondents=["吾斯曼"])),
    "C1": dict(byline=byline(reporters=["古丽娜"], correspondents=["王建华"])),
    "C2": dict(byline=byline(reporters=["古丽娜"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["马文杰"])),
    "C5": dict(byline=byline(correspondents=["赵敏"])),
    "C6": dict(byline=byline(reporters=["马文杰"])),
    "C7": dict(byline=byline(reporters=["古丽娜"])),
    "C8": dict(byline=byline(reporters=["马文杰"])),
    "C9": dict(byline=byline(correspondents=["王建华"])),
    "C10": dict(byline=byline(correspondents=["吾斯曼"])),
    "C11": dict(byline=byline(reporters=["古丽娜"])),
    "C12": dict(byline=byline(correspondents=["李红梅"])),
    "C13": dict(byline=byline(reporters=["马文杰"])),
}
JOINS = [("本报讯（记者 古 丽 娜 通讯员", "最终评出"), ("本报讯（记者 马 文 杰）县公安局", "通。施工期间")]
PHOTOS = {
    "P0": dict(photographers=["阿依古丽"], article="C2"),
    "P1": dict(photographers=[], article=None),
}

D16 = day("2025-12-16")
DATES = [
    D("）[[本月12日至14日]]，县应急", day("2025-12-12", "2025-12-14")),
    D("）[[本月上旬]]，由县总工会", xun(2025, 12, 0)),
    D("[[12月16日]]，医务人员", D16),
    D("古 丽 娜）[[昨天]]，县卫生健康局", D16),
    D("冻伤救治等。[[当天]]，", D16),
    D("[[下周一]]起，县人民医院", day("2025-12-22")),
    D("参加[[明年4月]]举行", month(2026, 4)),
    D("至[[2026年3月31日]]止", day("2026-03-31")),
    D("城市管理局\n[[2025年12月15日]]", day("2025-12-15")),
    D("交通警察大队[[昨天]]发布", D16),
    D("，[[本月20日至下周五]]，", day("2025-12-20", "2025-12-26")),
    D("施工期间[[每天]]通行", VAGUE, OPT),                                 # a recurring slot
    D("大桥[[本月20日]]起", day("2025-12-20")),
    D("）[[本月11日]]，县人民法院", day("2025-12-11")),
    D("[[今年]]以来，县人民法院", year(2025), OPT),                         # 今年以来: a period to now
    D("县教育局[[日前]]通知", VAGUE),
    D("全县中小学[[2025—2026学年第一学期]]期末", VAGUE, OPT),              # a school term in the exam's name
    D("将于[[2026年1月12日至14日]]举行", day("2026-01-12", "2026-01-14")),
    D("，[[1月17日]]起放寒假", day("2026-01-17")),
    D("，[[2月23日]]开学", day("2026-02-23")),
    D("期末考试[[1月12日]]开考", day("2026-01-12")),
    D("将于[[本月下旬]]在", xun(2025, 12, 2)),
    D("专场招聘会[[本月下旬]]举办", xun(2025, 12, 2)),
    D("）[[本月15日]]，县十七届", day("2025-12-15")),
    D("关于[[2025年度]]民生", year(2025), OPT),                            # a year in a report's name
    D("县农业农村局[[本月5日]]启动", day("2025-12-05")),
    D("较[[上年]]增加", year(2024)),
    D("吾 斯 曼）[[昨天]]，玛纳斯县", D16),
    D("县市场监管局[[昨天]]公布", D16),
    D("）[[本月18日至下周日]]，", day("2025-12-18", "2025-12-28")),
    D("）[[本月14日]]，县四套", day("2025-12-14")),
    D("据悉，[[下周二]]，", day("2025-12-23")),
    D("部署[[2026年]]重点任务", year(2026)),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
YJ = ["玛纳斯县应急管理局"]
SJ = ["玛纳斯县市场监督管理局"]
ZGH = ["玛纳斯县总工会"]
ZJ = ["玛纳斯县住房和城乡建设局"]
RMYY = ["玛纳斯县人民医院"]
WJ = ["玛纳斯县卫生健康局"]
RL = ["玛纳斯县热力有限公司"]
FY = ["玛纳斯县人民法院"]
JY = ["玛纳斯县教育局"]
RSJ = ["玛纳斯县人力资源和社会保障局"]
RD = ["玛纳斯县人民代表大会常务委员会", "玛纳斯县人大常委会"]
NY = ["玛纳斯县农业农村局"]
ZF = ["玛纳斯县人民政府"]
BWG = ["玛纳斯县博物馆"]
ORGS = [
    O("）本月12日至14日，[[县应急管理局]]会同", YJ, G),
    O("会同[[县市场监管局]]对", SJ, G),
    O("[[县应急管理局]]督查", YJ, G),
    O("由[[县总工会]]、县住房", ZGH, PE),
    O("、[[县住房和城乡建设局]]主办", ZJ, G),
    O("比武在[[县第一热源厂]]举行", ["玛纳斯县第一热源厂"], CO, OPT),          # a venue
    O("医务人员在[[县人民医院]]练习", RMYY, IN, OPT),                        # a site in a caption
    O("[[县融媒体中心]] 阿", ["玛纳斯县融媒体中心"], IN),
    O("昨天，[[县卫生健康局]]在", WJ, G),
    O("卫生健康局在[[县人民医院]]举办", RMYY, IN),
    O("当天，[[县红十字会]]向", ["玛纳斯县红十字会"], PE),
    O("下周一起，[[县人民医院]]将", RMYY, IN),
    O("合 曼（[[玛纳斯县热力有限公司]]）", RL, CO),
    O("（[[包家店镇供热站]]）", ["玛纳斯县包家店镇供热站", "包家店镇供热站"], IN),
    O("（[[县燃气公司]]）", ["玛纳斯县燃气公司"], CO),
    O("刘 宏 伟（[[玛纳斯县热力有限公司]]）", RL, CO),
    O("[[县总工会]]将推荐", ZGH, PE),
    O("[[玛纳斯县住房和城乡建设局]]\n", ZJ, G),
    O("[[玛纳斯县城市管理局]]", ["玛纳斯县城市管理局"], G),
    O("[[县公安局交通警察大队]]昨天", ["玛纳斯县公安局交通警察大队"], G),
    O("。[[县交通运输局]]介绍", ["玛纳斯县交通运输局"], G),
    O("（[[县农业农村局]]供图）", NY, G),
    O("[[县法院]]巡回审判", FY, G),
    O("）本月11日，[[县人民法院]]在", FY, G),
    O("以来，[[县人民法院]]共", FY, G),
    O("马 文 杰）[[县教育局]]日前", JY, G),
    O("。[[县教育局]]要求", JY, G),
    O("古 丽 娜）[[县人社局]]、", RSJ, G),
    O("、[[县工商联]]将于", ["玛纳斯县工商业联合会", "玛纳斯县工商联"], PE),
    O("在[[县人力资源市场]]举办", ["玛纳斯县人力资源市场"], IN, OPT),         # a venue
    O("现场，[[团县委]]将", ["共青团玛纳斯县委员会"], PE),
    O("[[县人大常委会]]召开", RD, G),
    O("，[[县十七届人大常委会]]召开", RD, G),
    O("听取[[县政府]]关于", ZF, G),
    O("王 建 华）[[县农业农村局]]本月5日", NY, G),
    O("[[县政府]]签约", ZF, G),
    O("昨天，[[玛纳斯县人民政府]]与", ZF, G),
    O("与[[新疆天山畜牧发展有限公司]]签订", ["新疆天山畜牧发展有限公司"], CO),
    O("古 丽 娜）[[县市场监管局]]昨天", SJ, G),
    O("将在[[县博物馆]]展出", BWG, IN),
    O("由[[县文化体育广播电视和旅游局]]、", ["玛纳斯县文化体育广播电视和旅游局"], G),
    O("、[[县博物馆]]联合主办", BWG, IN),
    O("下周二，[[县委]]将召开", ["中共玛纳斯县委", "中国共产党玛纳斯县委员会"], PA),
]

C, P, M, T, A, L, W = "count", "percent", "money", "duration", "area", "length", "weight"
CNY = "CNY"
STATS = [
    S("经营网点[[47家]]", "47", "家", C, "exact", "检查经营网点"),
    S("发现隐患[[19处]]", "19", "处", C, "exact", "发现隐患"),
    S("当场整改[[15处]]", "15", "处", C, "exact", "当场整改隐患"),
    S("对[[2家]]未落实", "2", "家", C, "exact", "未落实储存安全要求的网点"),
    S("来自[[6家]]供热企业", "6", "家", C, "exact", "参赛供热企业"),
    S("的[[58名]]职工", "58", "名", C, "exact", "参赛职工"),
    S("管道焊接[[两个]]项目", "2", "个", C, "exact", "比武项目", OPT),                # 两个项目
    S("来自[[12个]]乡镇卫生院的", "12", "个", C, "exact", "参训乡镇卫生院"),
    S("的[[86名]]医务人员", "86", "名", C, "exact", "参训医务人员"),
    S("为期[[3天]]", "3", "天", T, "exact", "培训为期"),
    S("向[[12个]]乡镇卫生院捐赠", "12", "个", C, "exact", "受赠乡镇卫生院"),
    S("急救包[[120个]]", "120", "个", C, "exact", "捐赠急救包"),
    S("一等奖[[2名]]", "2", "名", C, "exact", "一等奖"),
    S("二等奖[[4名]]", "4", "名", C, "exact", "二等奖"),
    S("三等奖[[6名]]", "6", "名", C, "exact", "三等奖"),
    S("有限公司）等[[4人]]", "4", "人", C, "exact", "二等奖"),
    S("马 小 军 等[[6人]]", "6", "人", C, "exact", "三等奖"),
    S("降雪停止后[[6小时内]]", "6", "小时", T, "under", "清除门前责任区积雪时限"),
    S("投资[[460万元]]", "4600000", "元", M, "exact", "玛纳斯河大桥伸缩缝维修工程投资", currency=CNY),
    S("维修桥面[[1.2万平方米]]", "12000", "平方米", A, "exact", "维修桥面"),
    S("通行车辆[[约8000辆次]]", "8000", "辆次", C, "about", "每天通行车辆"),
    S("草场面积[[320亩]]", "320", "亩", A, "exact", "涉及草场面积"),
    S("巡回审判[[46场次]]", "46", "场次", C, "exact", "巡回审判"),
    S("，[[42家]]企业", "42", "家", C, "exact", "参加招聘会企业"),
    S("提供岗位[[860个]]", "860", "个", C, "exact", "招聘会提供岗位"),
    S("全县[[8350户]]棉农", "8350", "户", C, "exact", "棉农"),
    S("补贴资金[[1.26亿元]]，", "126000000", "元", M, "exact", "棉花目标价格补贴资金", currency=CNY),
    S("增加[[860万元]]", "8600000", "元", M, "exact", "棉花目标价格补贴资金", change=up("上年"), currency=CNY),
    S("[[1.26亿元]]棉花补贴", "126000000", "元", M, "exact", "棉花补贴", currency=CNY),
    S("总投资[[3.2亿元]]", "320000000", "元", M, "exact", "肉牛养殖基地项目总投资", currency=CNY),
    S("肉牛[[1.5万头]]", "15000", "头", C, "exact", "年出栏肉牛"),
    S("周边[[800余户]]", "800", "户", C, "over", "带动增收农牧民"),
    S("食品样品[[320批次]]", "320", "批次", C, "exact", "抽检食品样品"),
    S("，合格率[[99.4%]]，", "99.4", "%", P, "exact", "冬季食品安全抽检合格率"),
    S("不合格的[[2批次]]", "2", "批次", C, "exact", "不合格产品"),
    S("抽检合格率[[99.4%]]\n", "99.4", "%", P, "exact", "食品安全抽检合格率"),
    S("碧玉精品[[210余件]]", "210", "件", C, "over", "展出碧玉精品"),
    S("等[[7个]]乡镇", "7", "个", C, "exact", "走访乡镇"),
    S("老党员[[156户]]", "156", "户", C, "exact", "走访慰问困难党员、困难群众和老党员"),
    S("总价值[[18.6万元]]", "186000", "元", M, "exact", "慰问品总价值", currency=CNY),
]

EVENTS = [
    E("对全县烟花爆竹批发、零售经营场所开展安全督查", "inspection", "督查", day("2025-12-12", "2025-12-14"),
      organizers=["县应急管理局", "县市场监管局"]),
    E("对2家未落实储存安全要求的网点下达责令整改通知书", "legal", "下达", day("2025-12-12", "2025-12-14"),
      organizers=["县应急管理局", "县市场监管局"], opt=True),                              # part of the inspection
    E("全县供热行业职工技能比武在县第一热源厂举行", "competition", "比武", xun(2025, 12, 0), location="县第一热源厂",
      organizers=["县总工会", "县住房和城乡建设局"], participants=["职工"]),
    E("最终评出一等奖2名", "award", "评出", xun(2025, 12, 0), organizers=["县总工会", "县住房和城乡建设局"]),
    E("参加明年4月举行的昌吉州职工职业技能大赛", "competition", "大赛", month(2026, 4), opt=True),   # a plan
    E("举办全县基层医务人员冬季急救技能培训班", "training", "培训班", D16, location="县人民医院",
      organizers=["县卫生健康局"], participants=["医务人员"]),
    E("县红十字会向12个乡镇卫生院捐赠急救包", "payout", "捐赠", D16, organizers=["县红十字会"],
      participants=["乡镇卫生院"]),
    E("开展“健康暖冬”义诊活动", "activity", "义诊", day("2025-12-22"), location="各乡镇", organizers=["县人民医院"],
      theme="健康暖冬"),
    E("关于城区冬季清雪除冰工作的通告", "policy", "通告", day("2025-12-15", "2026-03-31"),
      organizers=["玛纳斯县住房和城乡建设局", "玛纳斯县城市管理局"]),
    E("县公安局交通警察大队昨天发布通告", "announcement", "发布", D16, organizers=["县公安局交通警察大队"]),
    E("大桥东行方向实施半幅封闭", "traffic", "封闭", day("2025-12-20", "2025-12-26"), location="玛纳斯河大桥",
      organizers=["县公安局交通警察大队"]),
    E("在塔西河乡开展巡回审判", "legal", "巡回审判", day("2025-12-11"), location="塔西河乡", organizers=["县人民法院"]),
    E("当庭调解一起草场承包经营权纠纷", "legal", "调解", day("2025-12-11"), location="塔西河乡",
      organizers=["县人民法院"], opt=True),                                              # part of the hearing
    E("期末考试将于2026年1月12日至14日举行", "exam", "考试", day("2026-01-12", "2026-01-14"), organizers=["县教育局"]),
    E("1月17日起放寒假", "schedule", "放寒假", day("2026-01-17"), organizers=["县教育局"]),
    E("2月23日开学", "schedule", "开学", day("2026-02-23"), organizers=["县教育局"]),
    E("举办“就业援助月”专场招聘会", "recruitment", "招聘会", xun(2025, 12, 2), location="县人力资源市场",
      organizers=["县人社局", "县工商联"], theme="就业援助月"),
    E("开展“青春暖冬”志愿服务", "activity", "志愿服务", xun(2025, 12, 2), location="县人力资源市场",
      organizers=["团县委"], theme="青春暖冬"),
    E("县十七届人大常委会召开第二十八次会议", "meeting", "召开", day("2025-12-15"), organizers=["县十七届人大常委会"]),
    E("表决通过了有关人事任免事项", "other", "表决通过", day("2025-12-15"), organizers=["县十七届人大常委会"],
      opt=True),                                                                          # part of the session
    E("启动棉花目标价格补贴发放工作", "payout", "发放", day("2025-12-05"), organizers=["县农业农村局"],
      participants=["棉农"]),
    E("签订肉牛养殖基地建设合作协议", "signing", "签订", D16, organizers=["玛纳斯县人民政府"],
      participants=["新疆天山畜牧发展有限公司"]),
    E("公布冬季食品安全抽检结果", "announcement", "公布", D16, organizers=["县市场监管局"]),
    E("共抽检蔬菜、肉类、乳制品等食品样品320批次", "inspection", "抽检", D16, organizers=["县市场监管局"]),
    E("“玛纳斯碧玉文化展”将在县博物馆展出", "exhibition", "展出", day("2025-12-18", "2025-12-28"),
      location="县博物馆", organizers=["县文化体育广播电视和旅游局", "县博物馆"], theme="玛纳斯碧玉文化展"),
    E("走访慰问困难党员、困难群众和老党员156户", "visit", "走访慰问", day("2025-12-14"),
      location="凉州户镇、包家店镇等7个乡镇", organizers=["县四套班子领导"]),
    E("县委将召开全县经济工作会议", "meeting", "召开", day("2025-12-23"), organizers=["县委"]),
]
