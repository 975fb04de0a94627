"""钟山晚报 (南京市, 江苏省), 2026-12-03 (a Thursday): a `国内国际` wire page.
Features: the column label stands on the page's last line (a running head the layout gave last), the lead item's
title on the first; seven 新华社 items (Nanjing, Beijing ×3 one with no reporter, Tokyo, Macau, Jakarta) and five
中新社 items (Hong Kong, Beijing, Nanjing ×3 one with no reporter); a photo credit `新华社记者 季 春 鹏 摄`; a
paragraph broken after a comma (`…全国报名人数约388万人，` | `较上年减少约2万人。…`) with two items and a headline
between, its own headline after its rest; a two-line title (`国家医保药品目录新增114种药品` / `新版目录明年1月1日起
执行`); a web item (`来源：中国江苏网  发布时间：2026-12-02 19:40  编辑：钱 程` above its body, title after it: the
editor is no writer); four headlines after their bodies; six items without headline. Money: 日元 with
`约合X亿元人民币`, 港元, 澳门元, 元. `省交通运输厅` resolves with 江苏省. Dates: datelines `12月2日电` (×12), `2日`,
`1日` = 12-01 (in a 12月2日 item), `同日`, `当天` (×2), `今年1至11月` (×2), `前10个月` (×2), `10月`, `11月`, `10月底`,
`本月中旬`, `下周末` = 12-12..12-13 (a title), `12月19日至20日`, `12月9日至21日`, `明年1月1日` (×2), `圣诞`, `元旦`,
`3日至5日`, `3日清晨`, `今冬` (×2), `2028年`; `2026财年` and years inside names optional.

Written at main commit c743785, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "钟山晚报"
PUBLISHED = "2026-12-03"
HOME = {"city": "南京市", "province": "江苏省"}

LAYOUT = [
    ("世界智能制造大会在宁开幕", "headline", "X0"),
    ("新华社南京12月2日电（记者 顾", "body", "X0"),
    ("12月2日，观众在", "caption", "P0"),                        # 新华社记者 季 春 鹏 摄
    ("新华社北京12月2日电（记者 邵", "body", "X1"),             # breaks after a comma
    ("新华社东京", "body", "X2"),                                 # no headline
    ("中新社香港", "body", "X3"),
    ("香港10月零售额", "headline", "X3"),                         # after its body
    ("较上年减少约2万人", "body", "X1"),                          # the rest of X1's paragraph
    ("2027年考研", "headline", "X1"),                             # after its body
    ("新华社北京12月2日电（记者 邢", "body", "X4"),             # no headline
    ("国家医保药品目录", "headline", "X5"),                       # a title over two lines
    ("新版目录明年", "headline", "X5"),
    ("中新社北京", "body", "X5"),
    ("新华社澳门", "body", "X6"),                                 # no headline
    ("中新社南京12月2日电（记者 申", "body", "X7"),
    ("江苏前10个月", "headline", "X7"),                           # after its body
    ("中新社南京12月2日电 由中铁", "body", "X8"),                # no headline, no reporter
    ("新华社北京12月2日电 国家能源局", "body", "X9"),            # no headline, no reporter
    ("新华社雅加达", "body", "X10"),                              # no headline
    ("长三角青少年围棋", "headline", "X11"),
    ("中新社南京12月2日电（记者 陶", "body", "X11"),
    ("来源：中国江苏网", "byline", "X12"),                        # metadata line
    ("江苏省气象台", "body", "X12"),
    ("江苏发布今冬", "headline", "X12"),                          # after its body
    ("国内国际", "label", "X0"),                                  # the column label, last
]

ARTICLES = {
    "X0": dict(byline=byline(reporters=["顾敏华"])),
    "X1": dict(byline=byline(reporters=["邵文杰"])),
    "X2": dict(byline=byline(reporters=["岳晨星"])),
    "X3": dict(byline=byline(reporters=["戴小橦"])),
    "X4": dict(byline=byline(reporters=["邢若凡"])),
    "X5": dict(byline=byline(reporters=["李佳禾"])),
    "X6": dict(byline=byline(reporters=["刘刚毅"])),
    "X7": dict(byline=byline(reporters=["申冉冉"])),
    "X8": dict(),
    "X9": dict(),
    "X10": dict(byline=byline(reporters=["许嘉禾"])),
    "X11": dict(byline=byline(reporters=["陶宇航"])),
    "X12": dict(),
}
JOINS = [("新华社北京12月2日电（记者 邵", "较上年减少约2万人")]
PHOTOS = {
    "P0": dict(photographers=["季春鹏"], article="X0"),
}

D01, D02, D03 = day("2026-12-01"), day("2026-12-02"), day("2026-12-03")
JAN_OCT, JAN_NOV = months(2026, 1, 10), months(2026, 1, 11)
NEW_YEAR = day("2027-01-01")
WINTER = (span("2026-12-01", "2027-02-28"), "season")
LINES = ["（记者 顾", "（记者 邵", "（记者 岳", "（记者 戴", "（记者 邢", "（记者 李", "（记者 刘", "（记者 申",
         " 由中铁", " 国家能源局", "（记者 许", "（记者 陶"]
DATES = [D(f"[[12月2日]]电{c}", D02) for c in LINES] + [
    D("）[[2026]]世界智能", year(2026), OPT),                           # a year inside the fair's name
    D("大会[[2日]]在南京", D02),
    D("开幕[[当天]]，大会", D02),
    D("\n[[12月2日]]，观众", D02),
    D("获悉，[[2027年]]全国硕士", year(2027), OPT),                     # a year inside the exam's name
    D("将于[[12月19日至20日]]举行", day("2026-12-19", "2026-12-20")),
    D("日本内阁[[2日]]通过", D02),
    D("）的[[2026财年]]补充", (span("2026-04-01", "2027-03-31"), "year"), OPT),   # inside the budget's name
    D("预计[[本月中旬]]获得", xun(2026, 12, 1)),
    D("统计处[[2日]]公布", D02),
    D("，[[10月]]零售业", month(2026, 10)),
    D("零售业在[[圣诞]]及", day("2026-12-25")),
    D("圣诞及[[元旦]]期间", NEW_YEAR),
    D("\n香港[[10月]]零售额", month(2026, 10)),
    D("\n较[[上年]]减少", year(2025), OPT),                              # the previous edition's year
    D("可于[[12月9日至21日]]登录", day("2026-12-09", "2026-12-21")),
    D("\n[[2027年]]考研", year(2027), OPT),
    D("考研[[12月19日]]开考", day("2026-12-19")),
    D("记者[[2日]]从中国国家铁路", D02),
    D("获悉，[[今年1至11月]]，全国铁路", JAN_NOV),
    D("将于[[12月15日零时]]起", day("2026-12-15")),
    D("新版目录[[明年1月1日]]起执行", NEW_YEAR),
    D("社会保障部[[2日]]公布", D02),
    D("公布[[2026年]]国家医保", year(2026), OPT),                       # a year inside the list's name
    D("将于[[明年1月1日]]起正式", NEW_YEAR),
    D("协调局[[1日]]公布", D01),
    D("，[[11月]]澳门博彩", month(2026, 11)),
    D("；[[今年1至11月]]累计", JAN_NOV),
    D("旅游局[[同日]]表示", D01),
    D("，[[今年]]访澳", year(2026)),
    D("记者[[2日]]从江苏省", D02),
    D("获悉，[[前10个月]]，江苏", JAN_OCT),
    D("\n江苏[[前10个月]]规上", JAN_OCT),
    D("主塔[[2日]]顺利", D02),
    D("预计[[2028年]]建成", year(2028)),
    D("能源局[[2日]]发布", D02),
    D("截至[[10月底]]，全国", xun(2026, 10, 2)),
    D("抗灾署[[2日]]说", D02),
    D("，[[连日]]暴雨", VAGUE),
    D("截至[[当天]]已造成", D02),
    D("围棋公开赛[[下周末]]开赛", day("2026-12-12", "2026-12-13")),
    D("将于[[12月12日至13日]]在南京", day("2026-12-12", "2026-12-13")),
    D("发布时间：[[2026-12-02]] 19", D02),
    D("气象台[[2日16时]]发布", D02),
    D("，[[3日至5日]]全省", day("2026-12-03", "2026-12-05")),
    D("出现[[今冬]]首次", WINTER),
    D("，[[3日清晨]]起", D03),
    D("\n江苏发布[[今冬]]首个", WINTER),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "南京", "北京12月2日电（记者 邵", "东京", "北京12月2日电（记者 邢", "澳门", "北京12月2日电 国家", "雅加达",
    "记者 季")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
        "香港", "北京", "南京12月2日电（记者 申", "南京12月2日电 由", "南京12月2日电（记者 陶")] + [
    O("在[[南京国际博览中心]]开幕", ["南京国际博览中心"], IN, OPT),                   # a venue
    O("由[[工业和信息化部]]、", ["中华人民共和国工业和信息化部", "工业和信息化部"], G),
    O("、[[江苏省人民政府]]等", ["江苏省人民政府"], G),
    O("记者从[[教育部]]获悉", ["中华人民共和国教育部", "教育部"], G),
    O("登录[[中国研招网]]下载", ["中国研究生招生信息网", "中国研招网"], IN, OPT),      # a website
    O("）[[日本内阁]]2日", ["日本内阁"], G),
    O("提交[[国会]]审议", ["日本国会"], G),
    O("）[[香港特区政府统计处]]2日", ["香港特别行政区政府统计处", "香港特区政府统计处"], G),
    O("。[[特区政府]]发言人", ["香港特别行政区政府", "香港特区政府"], G),
    O("从[[中国国家铁路集团有限公司]]获悉", ["中国国家铁路集团有限公司"], CO),
    O("）[[国家医保局]]、", ["国家医疗保障局", "国家医保局"], G),
    O("、[[人力资源社会保障部]]2日", ["中华人民共和国人力资源和社会保障部", "人力资源社会保障部"], G),
    O("）[[澳门特区政府博彩监察协调局]]1日",
      ["澳门特别行政区政府博彩监察协调局", "澳门特区政府博彩监察协调局"], G),
    O("。[[澳门特区政府旅游局]]同日", ["澳门特别行政区政府旅游局", "澳门特区政府旅游局"], G),
    O("从[[江苏省统计局]]获悉", ["江苏省统计局"], G),
    O("由[[中铁大桥局]]承建", ["中铁大桥局集团有限公司", "中铁大桥局"], CO),
    O("电 [[国家能源局]]2日", ["国家能源局"], G),
    O("）[[印度尼西亚国家抗灾署]]2日", ["印度尼西亚国家抗灾署"], G),
    O("在[[南京市青少年活动中心]]举行", ["南京市青少年活动中心"], IN, OPT),           # a venue
    O("由[[江苏省围棋协会]]等", ["江苏省围棋协会"], SO),
    O("来源：[[中国江苏网]]", ["中国江苏网"], CO, OPT),                               # a website
    O("\n[[江苏省气象台]]2日", ["江苏省气象台"], IN),
    O("。[[省交通运输厅]]提醒", ["江苏省交通运输厅"], G),
]

C, P, M, T, W, L, TE, O_ = "count", "percent", "money", "duration", "weight", "length", "temperature", "other"
CNY, JPY, HKD, MOP = "CNY", "JPY", "HKD", "MOP"
YOY = "上年同期"
STATS = [
    S("为期[[3天]]", "3", "天", T, "exact", "大会会期"),
    S("参展企业[[超过600家]]", "600", "家", C, "over", "国内外参展企业"),
    S("智能制造项目[[42个]]", "42", "个", C, "exact", "集中签约智能制造项目"),
    S("总投资[[约386亿元]]", "38600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("报名人数[[约388万人]]", "3880000", "人", C, "about", "全国考研报名人数"),
    S("减少[[约2万人]]", "20000", "人", C, "about", "考研报名人数", change=down("上年")),
    S("总额[[约13.9万亿日元]]", "13900000000000", "日元", M, "about", "补充预算案总额", currency=JPY),
    S("（[[约合6530亿元人民币]]）", "653000000000", "元", M, "about", "补充预算案总额", currency=CNY),
    S("估计为[[325.6亿港元]]", "32560000000", "港元", M, "exact", "10月零售业总销货价值", currency=HKD),
    S("按年上升[[3.6%]]；", "3.6", "%", P, "exact", "零售业总销货价值", change=up(YOY)),
    S("按年上升[[12.4%]]", "12.4", "%", P, "exact", "珠宝首饰、钟表及名贵礼物类销货价值", change=up(YOY)),
    S("按年升[[3.6%]]\n", "3.6", "%", P, "exact", "香港10月零售额", change=up(YOY)),
    S("发送旅客[[约40.6亿人次]]", "4060000000", "人次", C, "about", "全国铁路发送旅客"),
    S("同比增长[[5.8%]]", "5.8", "%", P, "exact", "全国铁路发送旅客", change=up(YOY)),
    S("旅客列车[[超过1.2万列]]", "12000", "列", C, "over", "日均开行旅客列车"),
    S("旅客列车[[86对]]", "86", "对", C, "exact", "新增开行旅客列车"),
    S("目录新增[[114种]]药品", "114", "种", C, "exact", "医保药品目录新增药品"),
    S("共新增[[114种]]药品", "114", "种", C, "exact", "医保药品目录新增药品"),
    S("肿瘤用药[[28种]]", "28", "种", C, "exact", "新增肿瘤用药"),
    S("罕见病用药[[15种]]", "15", "种", C, "exact", "新增罕见病用药"),
    S("平均降价[[约61.5%]]", "61.5", "%", P, "about", "谈判药品价格", change=down()),
    S("毛收入[[约213.7亿澳门元]]", "21370000000", "澳门元", M, "about", "11月澳门博彩毛收入", currency=MOP),
    S("同比增长[[9.3%]]", "9.3", "%", P, "exact", "澳门博彩毛收入", change=up(YOY)),
    S("累计[[约2312亿澳门元]]", "231200000000", "澳门元", M, "about", "1至11月澳门博彩毛收入", currency=MOP),
    S("有望突破[[4000万人次]]", "40000000", "人次", C, "over", "今年访澳旅客"),
    S("同比增长[[7.1%]]", "7.1", "%", P, "exact", "江苏规模以上工业增加值", change=up(YOY)),
    S("平均水平[[1.3个百分点]]", "1.3", "个百分点", P, "exact", "江苏规上工业增加值增速",
      change=up("全国平均水平")),
    S("增加值增长[[11.6%]]", "11.6", "%", P, "exact", "高技术制造业增加值", change=up(YOY)),
    S("比重达[[27.8%]]", "27.8", "%", P, "exact", "高技术制造业占规上工业比重"),
    S("零售总额[[约4.1万亿元]]", "4100000000000", "元", M, "about", "全省社会消费品零售总额", currency=CNY),
    S("，增长[[5.4%]]。", "5.4", "%", P, "exact", "全省社会消费品零售总额", change=up(YOY)),
    S("增加值增长[[7.1%]]\n", "7.1", "%", P, "exact", "江苏前10个月规上工业增加值", change=up(YOY)),
    S("主跨[[约1180米]]", "1180", "米", L, "about", "栖霞长江特大桥主跨"),
    S("装机容量[[约37.6亿千瓦]]", "3760000000", "千瓦", O_, "about", "全国累计发电装机容量"),
    S("同比增长[[16.2%]]", "16.2", "%", P, "exact", "全国累计发电装机容量", change=up(YOY)),
    S("装机容量[[约12.9亿千瓦]]", "1290000000", "千瓦", O_, "about", "太阳能发电装机容量"),
    S("装机容量[[约6.1亿千瓦]]", "610000000", "千瓦", O_, "about", "风电装机容量"),
    S("造成[[至少17人]]死亡", "17", "人", C, "over", "死亡人数"),
    S("、[[9人]]失踪", "9", "人", C, "exact", "失踪人数"),
    S("，[[约4300人]]被紧急", "4300", "人", C, "about", "紧急疏散人数"),
    S("的[[约1200名]]选手", "1200", "名", C, "about", "报名参赛选手"),
    S("下降[[8℃]]至", "8", "℃", TE, "exact", "气温降幅下限", change=down()),
    S("至[[10℃]]，", "10", "℃", TE, "exact", "气温降幅上限", change=down()),
    S("可达[[零下6℃左右]]", "-6", "℃", TE, "about", "淮北地区最低气温"),
]

EVENTS = [
    E("2026世界智能制造大会2日在南京国际博览中心开幕", "meeting", "开幕", D02, location="南京国际博览中心",
      organizers=["工业和信息化部", "江苏省人民政府"]),
    E("大会现场集中签约智能制造项目42个", "signing", "签约", D02, location="南京国际博览中心"),
    E("研究生招生考试初试将于12月19日至20日举行", "exam", "考试", day("2026-12-19", "2026-12-20"),
      organizers=["教育部"]),
    E("下载打印准考证", "other", "打印", day("2026-12-09", "2026-12-21"), opt=True),           # a window of a step
    E("通过总额约13.9万亿日元", "policy", "通过", D02, organizers=["日本内阁"]),
    E("预计本月中旬获得通过", "policy", "通过", xun(2026, 12, 1), organizers=["国会"], opt=True),  # an expectation
    E("香港特区政府统计处2日公布", "announcement", "公布", D02, organizers=["香港特区政府统计处"]),
    E("特区政府发言人表示", "announcement", "表示", D02, organizers=["特区政府"], opt=True),     # a report verb
    E("实行新的列车运行图", "traffic", "实行", day("2026-12-15")),
    E("2日公布2026年国家医保药品目录调整结果", "announcement", "公布", D02,
      organizers=["国家医保局", "人力资源社会保障部"]),
    E("新版目录将于明年1月1日起正式执行", "policy", "执行", NEW_YEAR,
      organizers=["国家医保局", "人力资源社会保障部"]),
    E("澳门特区政府博彩监察协调局1日公布", "announcement", "公布", D01,
      organizers=["澳门特区政府博彩监察协调局"]),
    E("旅游局同日表示", "announcement", "表示", D01, organizers=["澳门特区政府旅游局"], opt=True),  # a report verb
    E("主塔2日顺利封顶", "construction", "封顶", D02, location="北沿江高铁南京段", organizers=["中铁大桥局"]),
    E("全线预计2028年建成通车", "construction", "建成通车", year(2028), opt=True),              # a plan
    E("国家能源局2日发布数据", "announcement", "发布", D02, organizers=["国家能源局"]),
    E("印度尼西亚国家抗灾署2日说", "announcement", "说", D02, organizers=["印度尼西亚国家抗灾署"], opt=True),
    E("引发洪水和山体滑坡", "other", "引发", None, location="苏门答腊岛北部"),
    E("围棋公开赛将于12月12日至13日在南京市青少年活动中心举行", "competition", "公开赛",
      day("2026-12-12", "2026-12-13"), location="南京市青少年活动中心", organizers=["江苏省围棋协会"],
      participants=["选手"]),
    E("已报名参赛", "registration", "报名", None, opt=True),                                 # told with the contest
    E("发布寒潮蓝色预警", "announcement", "发布", D02, organizers=["江苏省气象台"]),
    E("可能因大雾实施临时交通管制", "traffic", "交通管制", D03, organizers=["省交通运输厅"], opt=True),  # a possibility
]
