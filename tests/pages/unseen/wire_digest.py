"""天水日报 (天水市, 甘肃) wire page (国内国际), 2025-06-12, held out: seven agency items, each
with its own dateline of the day before publication (`新华社北京6月11日电`, `中新社东京6月11日电`,
`新华社伦敦…`, `新华社日内瓦…`, `人民网兰州…`), the byline in parentheses inside the dateline, or
none (`新华社北京6月11日电 十四届…`). Relative dates resolve against the item's dateline, not the
publication day: `11日`, `当天`, `今天上午` are 6月11日 and `昨天` is 6月10日. Central organs
(国务院办公厅, 中共中央, 国务院, 国家发展改革委, 国家统计局, 全国人大常委会办公厅), foreign and
international bodies (日本内阁府, 英国财政部, 英格兰银行, 世界卫生组织, 联合国儿童基金会; kind
`institution` for the international ones), foreign currencies (`2.26万亿日元（约合156亿美元）`,
`290亿英镑`: JPY, USD about, GBP). A headline that stands away from its body (the NPC item), a
paragraph broken mid-word (`游客消` … `费额`) with a photo caption between, and one web-sourced
item with a metadata line (`2025-06-11 10:32 来源：人民网`) and `责任编辑：李 想`: both are `label`
lines of that article, and the metadata date is not a date mention.

Written at commit 709096d before any tuning on it."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "天水日报"
PUBLISHED = "2025-06-12"
HOME = {"city": "天水市", "province": "甘肃省"}

LAYOUT = [
    ("国内国际", "label", "A0"),
    ("国务院办公厅印发实施意见", "headline", "A0"),
    ("新华社北京6月11日电（记者 邹", "body", "A0"),
    ("《意见》是贯彻落实", "body", "A0"),
    ("国家发展改革委有关负责人", "body", "A0"),
    ("十四届全国人大常委会第十六次会议", "headline", "A2"),    # its body stands below A1
    ("5月份CPI同比上涨", "headline", "A1"),
    ("新华社北京6月11日电（记者 魏", "body", "A1"),
    ("国家统计局城市司", "body", "A1"),
    ("这位负责人表示", "body", "A1"),
    ("新华社北京6月11日电 十四届", "body", "A2"),
    ("全国人大常委会办公厅有关负责人", "body", "A2"),
    ("日本一季度GDP", "headline", "A3"),
    ("中新社东京", "body", "A3"),
    ("日本财务省当天", "body", "A3"),                   # breaks mid-word: 消|费额
    ("6月10日，行人从英国", "caption", "P0"),
    ("费额达2.1万亿日元", "body", "A3"),
    ("日本政府当天召开", "body", "A3"),
    ("英国宣布向医疗体系", "headline", "A4"),
    ("新华社伦敦", "body", "A4"),
    ("英国国家统计局昨天", "body", "A4"),
    ("另据英国媒体报道", "body", "A4"),
    ("世卫组织报告", "headline", "A5"),
    ("新华社日内瓦", "body", "A5"),
    ("世卫组织与联合国儿童基金会", "body", "A5"),
    ("报告还指出", "body", "A5"),
    ("2025中国（甘肃）", "headline", "A6"),
    ("2025-06-11 10:32", "label", "A6"),                # web metadata line
    ("人民网兰州", "body", "A6"),
    ("甘肃省文化和旅游厅有关负责人", "body", "A6"),
    ("据了解，文博会期间", "body", "A6"),
    ("责任编辑：", "label", "A6"),                        # the web editor, not a byline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["邹多为"])),
    "A1": dict(byline=byline(reporters=["魏玉坤"])),
    "A2": dict(byline=byline()),
    "A3": dict(byline=byline(reporters=["朱晨曦"])),
    "A4": dict(byline=byline(reporters=["郑博非"])),
    "A5": dict(byline=byline(reporters=["陈斌杰"])),
    "A6": dict(byline=byline(reporters=["王文娟"])),
}
JOINS = [("日本财务省当天", "费额达2.1万亿日元")]
PHOTOS = {"P0": dict(photographers=["李颖"], article="A4")}

Y25, Y24 = year(2025), year(2024)
D10, D11 = day("2025-06-10"), day("2025-06-11")
MAY = month(2025, 5)
SESSION = day("2025-06-24", "2025-06-27")
EXPO = day("2025-07-10", "2025-07-13")

DATES = [
    D("新华社北京[[6月11日]]电（记者 邹", D11),
    D("国务院办公厅[[11日]]对外公布", D11),
    D("提出到[[2027年]]", year(2027)),
    D("较[[2024年]]下降10%以上", Y24),
    D("要在[[今年底]]前", month(2025, 12), OPT),
    D("负责人[[当天]]在国务院政策", D11),
    D("介绍，[[2024年]]我国", Y24),
    D("比[[上年]]下降0.3个百分点", year(2023)),          # the year before 2024, just named
    D("[[每季度]]通报", VAGUE),
    D("第十六次会议[[6月24日至27日]]举行", SESSION),
    D("[[5月份]]CPI同比", MAY),
    D("新华社北京[[6月11日]]电（记者 魏", D11),
    D("国家统计局[[11日]]发布", D11),
    D("发布数据，[[5月份]]，全国", MAY),
    D("[[1至5月]]平均", months(2025, 1, 5)),
    D("与[[上年同期]]持平", VAGUE),
    D("表示，[[5月份]]，受节日", MAY),
    D("[[当月]]全国工业", MAY),
    D("降幅比[[上月]]收窄", month(2025, 4)),             # the month before 5月份
    D("新华社北京[[6月11日]]电 十四届", D11),
    D("委员长会议[[11日上午]]在", D11),
    D("第十六次会议[[6月24日至27日]]在北京", SESSION),
    D("关于[[2024年]]中央决算", Y24, OPT),                # inside a report's title
    D("说，[[今年以来]]，常委会", Y25, OPT),
    D("[[会议期间]]，常委会", SESSION, OPT),
    D("日本[[一季度]]GDP", quarter(2025, 1)),
    D("中新社东京[[6月11日]]电", D11),
    D("日本内阁府[[11日]]公布", D11),
    D("[[今年第一季度]]日本实际", quarter(2025, 1)),
    D("小于[[此前]]公布", VAGUE),
    D("日本财务省[[当天]]公布", D11),
    D("，[[4月]]日本经常项目", month(2025, 4)),
    D("[[今年前4个月]]访日", months(2025, 1, 4)),
    D("[[6月10日]]，行人从英国", D10),
    D("日本政府[[当天]]召开", D11),
    D("力争到[[2030年]]使访日", year(2030)),
    D("新华社伦敦[[6月11日]]电", D11),
    D("英国财政部[[11日]]公布", D11),
    D("并在[[2029年]]前新建", year(2029)),
    D("力争到[[2029年3月底]]让", xun(2029, 3, 2), OPT),
    D("英国国家统计局[[昨天]]公布", D10),               # the day before the dateline
    D("[[今年2月至4月]]英国失业率", months(2025, 2, 4)),
    D("为[[近4年来]]最高", VAGUE),
    D("；[[同期]]英国员工", months(2025, 2, 4), OPT),
    D("将于[[6月19日]]公布", day("2025-06-19")),
    D("[[目前]]其基准利率", VAGUE),
    D("可能在[[8月]]再次降息", month(2025, 8)),
    D("新华社日内瓦[[6月11日]]电", D11),
    D("世界卫生组织[[11日]]发布", D11),
    D("《[[2025年]]世界卫生统计报告》", Y25, OPT),        # inside a report's title
    D("说，[[2000年至2021年]]，全球", (span("2000-01-01", "2021-12-31"), "year")),
    D("儿童基金会[[当天]]还发表", D11),
    D("估计，[[2024年]]全球约有", Y24),
    D("[[2015年至2023年]]，全球孕产妇", (span("2015-01-01", "2023-12-31"), "year")),
    D("各国在[[2030年]]前将", year(2030)),
    D("国际文化旅游博览会[[7月]]在兰州", month(2025, 7)),
    D("[[2025]]中国（甘肃）国际文化旅游博览会7月", Y25, OPT),   # part of the expo's name
    D("人民网兰州[[6月11日]]电", D11),
    D("[[今天上午]]，甘肃省政府", D11),
    D("介绍[[2025]]中国（甘肃）", Y25, OPT),
    D("将于[[7月10日至13日]]在兰州", EXPO),
    D("[[今年1至5月]]，甘肃省", months(2025, 1, 5)),
    D("据了解，[[文博会期间]]还将", EXPO, OPT),
    D("将于[[6月20日]]开通", day("2025-06-20")),
    D("表示，[[文博会期间]]将联合", EXPO, OPT),
]

XINHUA = ["新华通讯社", "新华社"]
GUOBAN = ["国务院办公厅", "中华人民共和国国务院办公厅"]
GUOWUYUAN = ["中华人民共和国国务院", "国务院"]
FAGAI = ["中华人民共和国国家发展和改革委员会", "国家发展和改革委员会", "国家发展改革委"]
RENDA = ["全国人民代表大会常务委员会", "全国人大常委会"]
RENDA_BAN = ["全国人民代表大会常务委员会办公厅", "全国人大常委会办公厅"]
WHO = ["世界卫生组织", "世卫组织"]
ORGS = [
    O("[[国务院办公厅]]印发实施意见", GUOBAN, "government"),
    O("[[新华社]]北京6月11日电（记者 邹", XINHUA, "institution", OPT),   # a dateline formula
    O("）[[国务院办公厅]]11日", GUOBAN, "government"),
    O("落实[[中共中央]]、", ["中国共产党中央委员会", "中共中央"], "party"),
    O("中共中央、[[国务院]]决策部署", GUOWUYUAN, "government"),
    O("[[国家发展改革委]]有关负责人", FAGAI, "government"),
    O("在[[国务院]]政策例行吹风会", GUOWUYUAN, "government", OPT),     # inside the briefing's name
    O("，[[国家发展改革委]]将会同", FAGAI, "government"),
    O("会同[[交通运输部]]、", ["中华人民共和国交通运输部", "交通运输部"], "government"),
    O("、[[商务部]]等部门", ["中华人民共和国商务部", "商务部"], "government"),
    O("十四届[[全国人大常委会]]第十六次会议6月24日至27日举行", RENDA, "government", OPT),  # in a session's name
    O("[[新华社]]北京6月11日电（记者 魏", XINHUA, "institution", OPT),
    O("[[国家统计局]]11日发布", ["国家统计局", "中华人民共和国国家统计局"], "government"),
    O("[[国家统计局城市司]]", ["国家统计局城市司"], "government"),
    O("[[新华社]]北京6月11日电 十四届", XINHUA, "institution", OPT),
    O("十四届[[全国人大常委会]]第七十一次", RENDA, "government", OPT),
    O("[[委员长会议]]决定", ["全国人民代表大会常务委员会委员长会议", "委员长会议"], "government", OPT),
    O("十四届[[全国人大常委会]]第十六次会议6月24日至27日在北京", RENDA, "government", OPT),
    O("据[[全国人大常委会办公厅]]介绍", RENDA_BAN, "government"),
    O("审议[[国务院]]关于", GUOWUYUAN, "government"),
    O("[[全国人大常委会办公厅]]有关负责人说", RENDA_BAN, "government"),
    O("，[[常委会]]已审议", RENDA, "government", OPT),               # a short form in context
    O("，[[常委会]]还将举行", RENDA, "government", OPT),
    O("[[中新社]]东京", ["中国新闻社", "中新社"], "institution", OPT),
    O("[[日本内阁府]]11日", "日本内阁府", "government"),
    O("[[日本内阁府]]分析称", "日本内阁府", "government"),
    O("[[日本财务省]]当天", "日本财务省", "government"),
    O("[[日本观光厅]]统计", "日本观光厅", "government"),
    O("[[新华社]]记者 李 颖 摄", XINHUA, "institution", OPT),
    O("[[日本政府]]当天召开", "日本政府", "government", OPT),          # a country's government
    O("[[新华社]]伦敦", XINHUA, "institution", OPT),
    O("[[英国财政部]]11日", "英国财政部", "government"),
    O("向[[国民保健制度]]追加", ["国民保健制度", "英国国民保健制度"], "institution", OPT),  # the NHS, a system
    O("。[[英国财政部]]表示", "英国财政部", "government"),
    O("[[英国国家统计局]]昨天", "英国国家统计局", "government"),
    O("，[[英格兰银行]]将于", "英格兰银行", "government"),              # a central bank
    O("，[[英格兰银行]]本次", "英格兰银行", "government"),
    O("[[世卫组织]]报告：", WHO, "institution"),
    O("[[新华社]]日内瓦", XINHUA, "institution", OPT),
    O("[[世界卫生组织]]11日", WHO, "institution"),
    O("[[世卫组织]]与联合国", WHO, "institution"),
    O("与[[联合国儿童基金会]]当天", "联合国儿童基金会", "institution"),
    O("。[[世卫组织]]呼吁", WHO, "institution"),
    O("来源：[[人民网]]", "人民网", "institution", OPT),                # a website, on a label line
    O("[[人民网]]兰州", "人民网", "institution", OPT),
    O("[[甘肃省政府新闻办公室]]", ["甘肃省人民政府新闻办公室", "甘肃省政府新闻办公室"], "government"),
    O("在[[兰州国际会展中心]]举办", "兰州国际会展中心", "institution", OPT),   # a venue
    O("[[甘肃省文化和旅游厅]]有关负责人", "甘肃省文化和旅游厅", "government"),
    O("。[[甘肃省文化和旅游厅]]表示", "甘肃省文化和旅游厅", "government"),
]

C, P, M, A, T = "count", "percent", "money", "area", "duration"
CNY, JPY, USD, GBP = "CNY", "JPY", "USD", "GBP"
STATS = [
    S("降至[[13.5%左右]]", "13.5", "%", P, "about", "社会物流总费用与国内生产总值的比率"),
    S("下降[[10%以上]]", "10", "%", P, "over", "重点领域物流成本", change=down("2024年")),
    S("共提出[[5个]]方面", "5", "个", C, "exact", "《意见》提出的方面"),
    S("方面[[18条]]措施", "18", "条", C, "exact", "措施"),
    S("总投资的[[30%]]", "30", "%", P, "under", "中央预算内投资支持比例"),     # 最高可达: a ceiling
    S("[[不超过2亿元]]", "200000000", "元", M, "under", "单个项目支持金额", currency=CNY),
    S("通报[[一次]]进展", "1", "次", C, "exact", "通报进展", OPT),
    S("费用为[[19万亿元]]", "19000000000000", "元", M, "exact", "2024年我国社会物流总费用", currency=CNY),
    S("比率为[[14.1%]]", "14.1", "%", P, "exact", "社会物流总费用与国内生产总值的比率"),
    S("比上年下降[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "社会物流总费用与国内生产总值的比率",
      change=down("上年")),
    S("5月份CPI同比上涨[[0.2%]]", "0.2", "%", P, "exact", "5月份CPI", change=up()),
    S("（CPI）同比上涨[[0.2%]]", "0.2", "%", P, "exact", "全国居民消费价格指数", change=up()),
    S("上涨0.2%，环比下降[[0.1%]]", "0.1", "%", P, "exact", "全国居民消费价格指数环比", change=down()),
    S("同比下降[[1.8%]]", "1.8", "%", P, "exact", "食品价格", change=down()),
    S("非食品价格上涨[[0.6%]]", "0.6", "%", P, "exact", "非食品价格", change=up()),
    S("分别上涨[[8.9%]]", "8.9", "%", P, "exact", "飞机票价格", change=up()),
    S("8.9%和[[3.6%]]", "3.6", "%", P, "exact", "旅游价格", change=up()),
    S("（PPI）同比下降[[2.9%]]", "2.9", "%", P, "exact", "全国工业生产者出厂价格指数", change=down()),
    S("收窄[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "PPI降幅", change=down("上月")),
    S("核心CPI同比上涨[[0.6%]]", "0.6", "%", P, "exact", "核心CPI", change=up()),
    S("连续[[3个月]]", "3", "个月", T, "exact", "涨幅保持稳定", OPT),
    S("法律案[[6件]]", "6", "件", C, "exact", "审议通过法律案"),
    S("执法检查[[4项]]", "4", "项", C, "exact", "执法检查"),
    S("工作报告[[7个]]", "7", "个", C, "exact", "听取审议专项工作报告"),
    S("GDP修正值环比下降[[0.1%]]", "0.1", "%", P, "exact", "日本一季度GDP修正值", change=down()),
    S("（GDP）环比下降[[0.1%]]", "0.1", "%", P, "exact", "日本实际国内生产总值", change=down()),
    S("按年率计算下降[[0.3%]]", "0.3", "%", P, "exact", "日本实际国内生产总值年率", change=down()),
    S("出口环比下降[[0.6%]]", "0.6", "%", P, "exact", "日本出口", change=down()),
    S("顺差为[[2.26万亿日元]]", "2260000000000", "日元", M, "exact", "4月日本经常项目顺差", currency=JPY),
    S("（[[约合156亿美元]]）", "15600000000", "美元", M, "about", "4月日本经常项目顺差", currency=USD),
    S("同比减少[[3.4%]]", "3.4", "%", P, "exact", "日本经常项目顺差", change=down()),
    S("费额达[[2.1万亿日元]]", "2100000000000", "日元", M, "exact", "今年前4个月访日外国游客消费额",
      currency=JPY),
    S("消费额[[约4500亿日元]]", "450000000000", "日元", M, "about", "中国游客消费额", currency=JPY),
    S("达到[[6000万人次]]", "60000000", "人次", C, "exact", "访日外国游客人数"),
    S("消费额达到[[15万亿日元]]", "15000000000000", "日元", M, "exact", "访日外国游客消费额",
      currency=JPY),
    S("医疗体系追加投入[[290亿英镑]]", "29000000000", "英镑", M, "exact", "英国向医疗体系追加投入",
      currency=GBP),
    S("追加投入[[290亿英镑]]（", "29000000000", "英镑", M, "exact", "向国民保健制度追加投入",
      currency=GBP),
    S("（[[约合392亿美元]]）", "39200000000", "美元", M, "about", "向国民保健制度追加投入", currency=USD),
    S("住房[[50万套]]", "500000", "套", C, "exact", "新建和改造住房"),
    S("让[[92%]]的患者", "92", "%", P, "exact", "在转诊后18周内接受治疗的患者比例"),
    S("转诊后[[18周内]]", "18", "周", T, "under", "转诊后接受治疗时限", OPT),
    S("失业率升至[[4.6%]]", "4.6", "%", P, "exact", "英国失业率"),
    S("周薪为[[720英镑]]", "720", "英镑", M, "exact", "英国员工平均周薪", currency=GBP),
    S("同比增长[[5.1%]]", "5.1", "%", P, "exact", "英国员工平均周薪", change=up()),
    S("基准利率为[[4.25%]]", "4.25", "%", P, "exact", "英格兰银行基准利率"),
    S("从[[66.8岁]]增至", "66.8", "岁", "other", "exact", "2000年全球人均预期寿命"),
    S("增至[[71.4岁]]", "71.4", "岁", "other", "exact", "2021年全球人均预期寿命"),
    S("在[[两年内]]下降", "2", "年", T, "under", "新冠疫情影响期", OPT),
    S("下降[[1.8岁]]", "1.8", "岁", "other", "exact", "全球人均预期寿命", change=down()),
    S("[[约45亿人]]", "4500000000", "人", C, "about", "未能获得基本卫生服务全面覆盖的人"),
    S("约有[[1430万名]]儿童", "14300000", "名", C, "about", "未接种任何疫苗的儿童"),
    S("[[不到1.5%]]", "1.5", "%", P, "under", "全球孕产妇死亡率年均降幅", change=down()),
    S("提高到[[80%以上]]", "80", "%", P, "over", "基本卫生服务覆盖率"),
    S("等[[6大]]展区", "6", "大", C, "exact", "展区", OPT),              # a count in a name
    S("面积[[约5万平方米]]", "50000", "平方米", A, "about", "展览面积"),
    S("参展商[[800家以上]]", "800", "家", C, "over", "境内外参展商"),
    S("接待游客[[1.6亿人次]]", "160000000", "人次", C, "exact", "甘肃省接待游客"),
    S("旅游花费[[1120亿元]]", "112000000000", "元", M, "exact", "旅游花费", currency=CNY),
    S("增长[[9.8%]]和", "9.8", "%", P, "exact", "甘肃省接待游客", change=up()),
    S("和[[12.3%]]", "12.3", "%", P, "exact", "旅游花费", change=up()),
    S("[[20余场]]配套活动", "20", "场", C, "over", "配套活动"),
    S("总额[[不低于3000万元]]", "30000000", "元", M, "over", "文旅消费券总额", currency=CNY),
]

EVENTS = [
    E("国务院办公厅11日对外公布《关于进一步降低全社会物流成本的实施意见》", "policy", "公布", D11,
      organizers=["国务院办公厅"]),
    E("国家发展改革委有关负责人当天在国务院政策例行吹风会上介绍", "meeting", "吹风会", D11,
      participants=["国家发展改革委"]),
    E("建立物流降本增效监测机制", "launch", "建立",
      organizers=["国家发展改革委", "交通运输部", "商务部"], opt=True),
    E("国家统计局11日发布数据", "announcement", "发布", D11, organizers=["国家统计局"]),
    E("第七十一次委员长会议11日上午在北京人民大会堂举行", "meeting", "举行", D11, location="北京人民大会堂"),
    E("十四届全国人大常委会第十六次会议6月24日至27日在北京举行", "meeting", "举行", SESSION, location="北京",
      organizers=["全国人大常委会"]),
    E("常委会已审议通过法律案6件", "policy", "审议通过", Y25, organizers=["常委会"], opt=True),
    E("开展执法检查4项", "inspection", "执法检查", Y25, organizers=["常委会"], opt=True),
    E("听取审议专项工作报告7个", "meeting", "听取审议", Y25, organizers=["常委会"], opt=True),
    E("常委会还将举行专题讲座", "training", "讲座", SESSION, organizers=["全国人大常委会"], opt=True),
    E("日本内阁府11日公布的修正数据", "announcement", "公布", D11, organizers=["日本内阁府"]),
    E("日本财务省当天公布的数据", "announcement", "公布", D11, organizers=["日本财务省"]),
    E("日本政府当天召开的经济财政咨询会议", "meeting", "召开", D11, organizers=["日本政府"]),
    E("英国财政部11日公布政府支出审查报告", "policy", "公布", D11, organizers=["英国财政部"]),
    E("英国国家统计局昨天公布的数据", "announcement", "公布", D10, organizers=["英国国家统计局"]),
    E("英格兰银行将于6月19日公布最新利率决议", "announcement", "公布", day("2025-06-19"),
      organizers=["英格兰银行"]),
    E("可能在8月再次降息", "policy", "降息", month(2025, 8), organizers=["英格兰银行"], opt=True),
    E("世界卫生组织11日发布《2025年世界卫生统计报告》", "announcement", "发布", D11,
      organizers=["世界卫生组织"]),
    E("世卫组织与联合国儿童基金会当天还发表联合声明", "announcement", "发表", D11,
      organizers=["世卫组织", "联合国儿童基金会"]),
    E("甘肃省政府新闻办公室举行新闻发布会", "announcement", "新闻发布会", D11, organizers=["甘肃省政府新闻办公室"]),
    E("本届文博会将于7月10日至13日在兰州国际会展中心举办", "exhibition", "举办", EXPO,
      location="兰州国际会展中心"),
    E("天水市将组织麦积山石窟、伏羲庙等景区和文创企业集中参展", "exhibition", "参展", organizers=["天水市"],
      opt=True),
    E("并推出“跟着考古去旅行”精品线路", "launch", "推出", organizers=["天水市"], theme="跟着考古去旅行", opt=True),
    E("文博会期间还将举办丝绸之路文化旅游论坛、非遗展演等20余场配套活动", "activity", "举办", EXPO),
    E("文博会观众预约通道将于6月20日开通", "registration", "预约", day("2025-06-20")),
    E("将联合兰州、天水等地发放文旅消费券", "payout", "发放", EXPO, organizers=["甘肃省文化和旅游厅"]),
]
