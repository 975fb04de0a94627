"""永春报, 永春县融媒体中心 (永春县, 泉州市, 福建省), 2026-08-11 (a Tuesday): a county paper page.
Features: a series label (`乡村振兴看永春`); a kicker over a title (`小小一炷香 撑起大产业` / `达埔镇制香产业…`); a
paragraph broken after a comma (`…带动就业近2万人，` | `产品远销东南亚、中东等…`) with another article and its
after-body headline between; a winners list in label-colon lines (`达埔镇：`, `岵山镇：`, `五里街镇：`, `县医院：`,
names in layout spaces); a 通告 closing on two issuing bodies and a date line in Chinese numerals
(`二〇二六年八月十日`); a caption credited to an institution and a person (`县融媒体中心 王 志 鹏 摄`); headlines
after their bodies and before them; three items without headline. Bodies written short resolve with the county
(`县水利局`, `县总工会`, `县妇联`, `团县委`, `县农业农村局`, `县委宣传部`, `县文旅局`, `县人民法院`/`县法院`,
`县市场监管局`, `县卫健局`, `县政府`, `县教育局`, `县气象台`, `县应急管理局`, `县民政局`). Dates: `昨日`/`昨日下午` =
08-10, `七夕（下周三）` = 08-19, `立秋当日` = 08-07, `次日` (after `8月6日`) = 08-07, `8月中旬`, `8月上旬`, `本月底`,
`即日起至8月16日`, `上半年`, `明年6月`, `8月份`.

Written at main commit 3aa6f9e, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, span, up, xun, year

PAPER = "永春报"
PUBLISHED = "2026-08-11"
HOME = {"county": "永春县", "city": "泉州市", "province": "福建省"}

LAYOUT = [
    ("乡村振兴看永春", "label", "C0"),
    ("小小一炷香", "headline", "C0"),                         # kicker
    ("达埔镇制香产业", "headline", "C0"),
    ("本报讯（记者 林 志 强 通讯员", "body", "C0"),          # breaks after a comma
    ("本报讯（通讯员 郑 雅 婷）8月5日", "body", "C1"),
    ("县水利局开展", "headline", "C1"),                       # after its body
    ("产品远销", "body", "C0"),                               # the rest of C0's paragraph
    ("第二届“桃源工匠”", "headline", "C2"),
    ("本报讯（记者 陈 丽 君）8月7日", "body", "C2"),
    ("达埔镇：", "body", "C2"),
    ("岵山镇：", "body", "C2"),
    ("五里街镇：", "body", "C2"),
    ("县医院：", "body", "C2"),
    ("本报讯（通讯员 苏 丽 清）县妇联", "body", "C3"),
    ("七夕相约", "headline", "C3"),                           # after its body
    ("本报讯（记者 林 志 强）立秋", "body", "C4"),
    ("蓬壶镇果农", "caption", "P0"),                          # 县融媒体中心 王 志 鹏 摄
    ("芦柑秋管服务", "headline", "C4"),                       # after its body and caption
    ("“非遗进景区”", "headline", "C5"),
    ("本报讯（记者 陈 丽 君）昨日", "body", "C5"),
    ("关于州场路", "headline", "C6"),
    ("因城区雨污", "body", "C6"),
    ("一、自2026年", "body", "C6"),
    ("二、过往车辆", "body", "C6"),
    ("特此通告", "body", "C6"),
    ("永春县住房和城乡建设局", "body", "C6"),
    ("永春县公安局交通管理大队", "body", "C6"),
    ("二〇二六年八月十日", "body", "C6"),
    ("本报讯（通讯员 黄 婉 婷）", "body", "C7"),
    ("县法院巡回审理", "headline", "C7"),                     # after its body
    ("本报讯（记者 林 志 强）8月上旬", "body", "C8"),          # no headline
    ("本报讯（通讯员 颜 晓 芬）8月8日", "body", "C9"),
    ("竹木新材料产业园项目签约", "headline", "C9"),           # after its body
    ("湖洋镇便民服务中心新址", "headline", "C10"),
    ("本报讯（通讯员 郑 雅 婷）8月10日", "body", "C10"),
    ("秋季学期8月31日", "headline", "C11"),
    ("本报讯（记者 陈 丽 君）县教育局", "body", "C11"),
    ("本报讯（通讯员 苏 丽 清）昨日下午", "body", "C12"),      # no headline
    ("本报讯（记者 林 志 强）记者从县民政局", "body", "C13"),  # no headline
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["林志强"], correspondents=["颜晓芬"])),
    "C1": dict(byline=byline(correspondents=["郑雅婷"])),
    "C2": dict(byline=byline(reporters=["陈丽君"])),
    "C3": dict(byline=byline(correspondents=["苏丽清"])),
    "C4": dict(byline=byline(reporters=["林志强"])),
    "C5": dict(byline=byline(reporters=["陈丽君"])),
    "C6": dict(),
    "C7": dict(byline=byline(correspondents=["黄婉婷"])),
    "C8": dict(byline=byline(reporters=["林志强"])),
    "C9": dict(byline=byline(correspondents=["颜晓芬"])),
    "C10": dict(byline=byline(correspondents=["郑雅婷"])),
    "C11": dict(byline=byline(reporters=["陈丽君"])),
    "C12": dict(byline=byline(correspondents=["苏丽清"])),
    "C13": dict(byline=byline(reporters=["林志强"])),
}
JOINS = [("本报讯（记者 林 志 强 通讯员", "产品远销")]
PHOTOS = {
    "P0": dict(photographers=["王志鹏"], article="C4"),
}

D10, D07, D19, D31 = day("2026-08-10"), day("2026-08-07"), day("2026-08-19"), day("2026-08-31")
H1 = (span("2026-01-01", "2026-06-30"), "quarter")               # 上半年: the first two quarters
AUTUMN = (span("2026-09-01", "2026-11-30"), "season")
DATES = [
    D("产业[[上半年]]产值", H1),
    D("）[[昨日]]，记者从达埔镇", D10),
    D("，[[今年上半年]]，该镇", H1),
    D("）[[8月5日至9日]]，县水利局", day("2026-08-05", "2026-08-09")),
    D("将于[[本月底]]前", xun(2026, 8, 2)),
    D("将于[[8月中旬]]举办", xun(2026, 8, 1)),
    D("）[[8月7日]]，县总工会", D07),
    D("将于[[七夕（下周三）]]在", D19),
    D("，[[即日起至8月16日]]接受", day("2026-08-11", "2026-08-16")),
    D("\n[[七夕]]相约", D19),
    D("）[[立秋当日]]，县农业", D07),
    D("[[目前]]，全县芦柑", VAGUE, OPT),
    D("预计[[今年]]产量", year(2026)),
    D("）[[昨日]]，县委宣传部", D10),
    D("持续至[[8月31日]]，在", D31),
    D("自[[2026年8月15日起至9月30日]]止", day("2026-08-15", "2026-09-30")),
    D("\n[[二〇二六年八月十日]]\n", D10),
    D("）[[8月6日]]，县人民法院", day("2026-08-06")),
    D("案件于[[次日]]宣判", D07),
    D("）[[8月上旬]]，县市场", xun(2026, 8, 0)),
    D("）[[8月8日]]，县政府", day("2026-08-08")),
    D("预计[[明年6月]]建成", month(2027, 6)),
    D("）[[8月10日]]，湖洋镇", D10),
    D("\n[[秋季]]学期8月31日", AUTUMN, OPT),                    # a season in a term's name
    D("学期[[8月31日]]开学\n", D31),
    D("县教育局[[昨日]]发布", D10),
    D("中小学[[秋季]]学期将于", AUTUMN, OPT),
    D("将于[[8月31日]]开学，", D31),
    D("新生于[[8月29日至30日]]报到", day("2026-08-29", "2026-08-30")),
    D("。[[今年]]全县计划", year(2026)),
    D("）[[昨日下午]]，县气象台", D10),
    D("，[[8月份]]全县城乡", month(2026, 8)),
    D("已于[[本月5日]]前", day("2026-08-05")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
SLJ = ["永春县水利局"]
FL = ["永春县妇女联合会"]
TXW = ["共青团永春县委员会"]
FY = ["永春县人民法院"]
JYJ = ["永春县教育局"]
ORGS = [
    O("）8月5日至9日，[[县水利局]]组织", SLJ, G),
    O("\n[[县水利局]]开展", SLJ, G),
    O("，[[县总工会]]召开", ["永春县总工会"], PE),
    O("\n[[县医院]]：", ["永春县医院"], IN),
    O("）[[县妇联]]、团县委", FL, PE),
    O("、[[团县委]]将于", TXW, PE),
    O("，[[县农业农村局]]启动", ["永春县农业农村局"], G),
    O("疏果。 [[县融媒体中心]] 王", ["永春县融媒体中心"], IN),
    O("，[[县委宣传部]]、", ["中共永春县委宣传部"], PA),
    O("、[[县文旅局]]在北溪", ["永春县文化和旅游局", "永春县文体旅游局", "永春县文化体育和旅游局"], G),
    O("\n[[永春县住房和城乡建设局]]\n", ["永春县住房和城乡建设局"], G),
    O("\n[[永春县公安局交通管理大队]]\n", ["永春县公安局交通管理大队"], G),
    O("，[[县人民法院]]在东平镇", FY, G),
    O("\n[[县法院]]巡回", FY, G),
    O("，[[县市场监管局]]联合", ["永春县市场监督管理局"], G),
    O("联合[[县卫健局]]对", ["永春县卫生健康局"], G),
    O("，[[县政府]]与", ["永春县人民政府"], G),
    O("与[[泉州华晟新材料有限公司]]签订", ["泉州华晟新材料有限公司"], CO),
    O("，[[湖洋镇便民服务中心]]新址正式", ["永春县湖洋镇便民服务中心", "湖洋镇便民服务中心"], IN),
    O("\n[[湖洋镇便民服务中心]]新址启用", ["永春县湖洋镇便民服务中心", "湖洋镇便民服务中心"], IN),
    O("）[[县教育局]]昨日", JYJ, G),
    O("，[[县气象台]]发布", ["永春县气象台"], IN),
    O("。[[县应急管理局]]提醒", ["永春县应急管理局"], G),
    O("记者从[[县民政局]]获悉", ["永春县民政局"], G),
]

C, P, M, T, V, A, W, TE = "count", "percent", "money", "duration", "volume", "area", "weight", "temperature"
CNY = "CNY"
STATS = [
    S("产值[[超40亿元]]", "4000000000", "元", M, "over", "达埔镇制香产业上半年产值", currency=CNY),
    S("实现产值[[41.6亿元]]", "4160000000", "元", M, "exact", "制香产业产值", currency=CNY),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "制香产业产值", change=up("上年同期")),
    S("制香企业[[326家]]", "326", "家", C, "exact", "全镇制香企业"),
    S("带动就业[[近2万人]]", "20000", "人", C, "under", "带动就业"),
    S("中东等[[30多个]]国家", "30", "个", C, "over", "产品远销的国家和地区"),
    S("总奖金[[10万元]]", "100000", "元", M, "exact", "设计大赛总奖金", currency=CNY),
    S("全县[[22个]]乡镇", "22", "个", C, "exact", "排查的乡镇", OPT),               # the county's towns
    S("水利工程[[148处]]", "148", "处", C, "exact", "排查水利工程"),
    S("问题隐患[[31个]]", "31", "个", C, "exact", "发现问题隐患"),
    S("整改到位[[19个]]", "19", "个", C, "exact", "已整改到位的问题隐患"),
    S("对[[10名]]扎根", "10", "名", C, "exact", "受表彰的技能人才"),
    S("奖励[[1万元]]", "10000", "元", M, "exact", "每人奖励", currency=CNY),
    S("限额[[120人]]", "120", "人", C, "exact", "联谊活动限额"),
    S("组织[[20余名]]农技", "20", "名", C, "over", "农技人员"),
    S("种植面积[[约5.2万亩]]", "52000", "亩", A, "about", "全县芦柑种植面积"),
    S("产量[[8.6万吨左右]]", "86000", "吨", W, "about", "芦柑预计产量"),
    S("等[[5个]]景区", "5", "个", C, "exact", "开展展演的景区"),
    S("展演[[32场次]]", "32", "场次", C, "exact", "非遗展演"),
    S("游客[[3万人次以上]]", "30000", "人次", C, "over", "预计吸引游客"),
    S("非法采砂[[1.3万立方米]]", "13000", "立方米", V, "exact", "非法采砂量"),
    S("有期徒刑[[一年六个月]]", "1.5", "年", T, "exact", "有期徒刑", OPT),               # a sentence
    S("罚金[[5万元]]", "50000", "元", M, "exact", "罚金", currency=CNY),
    S("城区[[42家]]学校", "42", "家", C, "exact", "检查的学校食堂及周边餐饮单位"),
    S("问题隐患[[17处]]", "17", "处", C, "exact", "发现问题隐患"),
    S("通知书[[9份]]", "9", "份", C, "exact", "下达整改通知书"),
    S("总投资[[12亿元]]", "1200000000", "元", M, "exact", "竹木新材料产业园项目总投资", currency=CNY),
    S("年产值可达[[15亿元]]", "1500000000", "元", M, "exact", "达产后年产值", currency=CNY),
    S("就业岗位[[600个左右]]", "600", "个", C, "about", "提供就业岗位"),
    S("受理窗口[[8个]]", "8", "个", C, "exact", "综合受理窗口"),
    S("等[[87项]]事项", "87", "项", C, "exact", "可办理事项"),
    S("接待群众[[约200人次]]", "200", "人次", C, "about", "日均接待群众"),
    S("一年级新生[[5860人]]", "5860", "人", C, "exact", "计划招收小学一年级新生"),
    S("初一新生[[6120人]]", "6120", "人", C, "exact", "计划招收初一新生"),
    S("将达[[37℃以上]]", "37", "℃", TE, "over", "最高气温"),
    S("局部可达[[39℃]]", "39", "℃", TE, "exact", "局部最高气温"),
    S("困难群众[[1.1万余人]]", "11000", "人", C, "over", "惠及困难群众"),
    S("共计[[892.6万元]]", "8926000", "元", M, "exact", "低保金及特困人员供养金", currency=CNY),
]

EVENTS = [
    E("举办首届香文化创意设计大赛", "competition", "大赛", xun(2026, 8, 1)),
    E("开展汛后安全排查", "inspection", "排查", day("2026-08-05", "2026-08-09"), organizers=["县水利局"],
      participants=["技术人员"]),
    E("召开第二届“桃源工匠”表彰大会", "award", "表彰", D07, organizers=["县总工会"],
      participants=["10名扎根生产一线的技能人才"], theme="桃源工匠"),
    E("在桃溪公园举办“桃源有约”单身青年联谊活动", "activity", "举办", D19, location="桃溪公园",
      organizers=["县妇联", "团县委"], theme="桃源有约"),
    E("即日起至8月16日接受报名", "registration", "报名", day("2026-08-11", "2026-08-16"),
      organizers=["县妇联", "团县委"]),
    E("启动芦柑秋管技术服务行动", "activity", "启动", D07, organizers=["县农业农村局"],
      participants=["20余名农技人员"]),
    E("蓬壶镇果农在芦柑园里疏果", "production", "疏果", None, location="蓬壶镇", opt=True),   # the caption of C4
    E("在北溪文苑启动“非遗进景区”系列展演活动", "activity", "启动", D10, location="北溪文苑",
      organizers=["县委宣传部", "县文旅局"], theme="非遗进景区"),
    E("实行全封闭施工，禁止机动车通行", "traffic", "封闭施工", day("2026-08-15", "2026-09-30"),
      location="州场路（留安路口至桃溪大桥段）", organizers=["永春县住房和城乡建设局", "永春县公安局交通管理大队"]),
    E("在东平镇巡回审理一起非法采砂案", "legal", "审理", day("2026-08-06"), location="东平镇",
      organizers=["县人民法院"]),
    E("案件于次日宣判", "legal", "宣判", D07, opt=True),                                     # the same case told again
    E("开展开学前食品安全专项检查", "inspection", "检查", xun(2026, 8, 0), organizers=["县市场监管局", "县卫健局"],
      participants=["42家学校食堂及周边餐饮单位"]),
    E("签订投资协议", "signing", "签订", day("2026-08-08"), organizers=["县政府"],
      participants=["泉州华晟新材料有限公司"]),
    E("预计明年6月建成投产", "construction", "建成投产", month(2027, 6), location="石鼓镇", opt=True),   # a plan
    E("新址正式投入使用", "launch", "投入使用", D10, organizers=["湖洋镇便民服务中心"]),
    E("县教育局昨日发布通知", "announcement", "发布", D10, organizers=["县教育局"], opt=True),   # the term told
    E("秋季学期将于8月31日开学", "schedule", "开学", D31, organizers=["县教育局"]),
    E("新生于8月29日至30日报到", "schedule", "报到", day("2026-08-29", "2026-08-30"), opt=True),
    E("发布高温橙色预警信号", "announcement", "发布", D10, organizers=["县气象台"]),
    E("足额发放到位", "payout", "发放", day("2026-08-05"), organizers=["县民政局"],
      participants=["困难群众"]),
]
