"""杭州日报 (杭州市, 浙江省), 2026-06-18 (a Thursday): a `国内国际` wire page.
Features: a column label; ten 新华社 items (Beijing ×2, Hangzhou ×5 one with two reporters, Singapore, Washington,
Jakarta) and three 中新社 items (Kuala Lumpur, Hangzhou, Beijing with no reporter); a join after a comma
(`…举办浙江—东盟数字贸易对接会，` | `预计邀请东盟国家采购商200家以上。`) with the Singapore item between; headlines
after their bodies (seven); six items without headline. Province-level bodies written short (`省商务厅` ×2,
`省发展改革委`, `省交通运输厅`, `省市场监管局`, `省农业农村厅` ×2) resolve with 浙江省. Foreign money with
conversions (新加坡元, 林吉特, 美元 `约合X亿元人民币`). Dates: datelines `6月17日`, `17日`, `同日` ×3, `前5个月`,
`今年前5个月`, `前4个月`, `5月份`/`5月`, `比4月份加快`, `本月下旬` ×2, `7月1日起` ×2, `端午假期` ×5 (06-19..06-21, once
in a title), `端午节当天`, `今年年底`, `7月上旬`.

Written at main commit 46fb0b9, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "杭州日报"
PUBLISHED = "2026-06-18"
HOME = {"city": "杭州市", "province": "浙江省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京6月17日电（记者 李 想）", "body", "W0"),
    ("前5个月规上", "headline", "W0"),                         # after its body
    ("新华社杭州6月17日电（记者 商", "body", "W1"),            # breaks after a comma
    ("新华社新加坡", "body", "W2"),                            # no headline
    ("预计邀请东盟", "body", "W1"),                            # the rest of W1's paragraph
    ("浙江前5个月", "headline", "W1"),                         # after its body
    ("中新社吉隆坡", "body", "W3"),
    ("中马企业签署", "headline", "W3"),                        # after its body
    ("新华社北京6月17日电（记者 叶", "body", "W4"),
    ("端午假期跨区域", "headline", "W4"),                      # after its body
    ("新华社杭州6月17日电（记者 屈", "body", "W5"),            # no headline
    ("中新社杭州", "body", "W6"),
    ("杭州端午将推出", "headline", "W6"),                      # after its body
    ("新华社杭州6月17日电（记者 段", "body", "W7"),            # no headline
    ("新华社杭州6月17日电（记者 岳", "body", "W8"),            # no headline
    ("新华社华盛顿", "body", "W9"),
    ("美联储维持", "headline", "W9"),                          # after its body
    ("新华社雅加达", "body", "W10"),
    ("雅万高铁累计", "headline", "W10"),                       # after its body
    ("新华社杭州6月17日电（记者 顾", "body", "W11"),           # no headline
    ("中新社北京", "body", "W12"),                             # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["李想"])),
    "W1": dict(byline=byline(reporters=["商意盈", "魏一骏"])),
    "W2": dict(byline=byline(reporters=["邓智炜"])),
    "W3": dict(byline=byline(reporters=["陈悦"])),
    "W4": dict(byline=byline(reporters=["叶昊鸣"])),
    "W5": dict(byline=byline(reporters=["屈凌燕"])),
    "W6": dict(byline=byline(reporters=["张煜欢"])),
    "W7": dict(byline=byline(reporters=["段菁菁"])),
    "W8": dict(byline=byline(reporters=["岳德亮"])),
    "W9": dict(byline=byline(reporters=["熊茂伶"])),
    "W10": dict(byline=byline(reporters=["汪慧"])),
    "W11": dict(byline=byline(reporters=["顾小立"])),
    "W12": dict(),
}
JOINS = [("新华社杭州6月17日电（记者 商", "预计邀请东盟")]
PHOTOS = {}

D17, D07_01 = day("2026-06-17"), day("2026-07-01")
DUANWU = day("2026-06-19", "2026-06-21")
JAN_MAY = months(2026, 1, 5)
LATE_JUNE = xun(2026, 6, 2)
XH_HEADS = ["北京6月17日电（记者 李", "杭州6月17日电（记者 商", "新加坡6月17日电", "北京6月17日电（记者 叶",
            "杭州6月17日电（记者 屈", "杭州6月17日电（记者 段", "杭州6月17日电（记者 岳", "华盛顿6月17日电",
            "雅加达6月17日电", "杭州6月17日电（记者 顾"]
ZX_HEADS = ["吉隆坡6月17日电", "杭州6月17日电（记者 张", "北京6月17日电  教育部"]
HEADS = XH_HEADS + ZX_HEADS
DATES = [D(h.replace("6月17日", "[[6月17日]]", 1), D17) for h in HEADS] + [
    D("国家统计局[[17日]]发布", D17),
    D("数据，[[前5个月]]，全国", JAN_MAY),
    D("；[[5月份]]，社会消费品", month(2026, 5)),
    D("比[[4月份]]加快", month(2026, 4)),
    D("\n[[前5个月]]规上", JAN_MAY),
    D("获悉，[[前5个月]]，浙江", JAN_MAY),
    D("将于[[本月下旬]]在杭州", LATE_JUNE),
    D("新加坡政府[[17日]]推出", D17),
    D("该计划[[7月1日]]起接受", D07_01),
    D("\n浙江[[前5个月]]对东盟", JAN_MAY),
    D("马来西亚统计局[[17日]]公布", D17),
    D("公布，[[前4个月]]马来西亚", months(2026, 1, 4)),
    D("。[[同日]]，中马两国", D17),
    D("交通运输部[[17日]]预计", D17),
    D("预计，[[端午假期]]全社会", DUANWU),
    D("将于[[端午假期]]每日", DUANWU),
    D("\n[[端午假期]]跨区域", DUANWU),
    D("浙江省[[2026年]]第二批", year(2026), OPT),                  # a year inside the activity's name
    D("开工活动[[17日]]在全省", D17),
    D("表示，[[今年]]全省计划", year(2026)),
    D("记者[[17日]]从杭州市", D17),
    D("获悉，[[端午假期]]杭州将", DUANWU),
    D("。[[端午节当天]]，西溪", day("2026-06-19")),
    D("提醒，[[端午假期]]西湖", DUANWU),
    D("\n杭州[[端午]]将推出", DUANWU, OPT),                         # the festival for the holiday, in a title
    D("二期工程[[17日]]实现", D17),
    D("计划[[今年年底]]前建成", xun(2026, 12, 2)),
    D("省市场监管局[[17日]]发布", D17),
    D("通告，[[7月1日]]起，全省", D07_01),
    D("。[[今年以来]]，全省已抽检", year(2026), OPT),
    D("联邦储备委员会[[17日]]结束", D17),
    D("美国商务部[[同日]]公布", D17),
    D("，[[5月]]美国零售", month(2026, 5)),
    D("交通部[[17日]]表示", D17),
    D("，[[今年前5个月]]日均", JAN_MAY),
    D("印尼政府[[同日]]批准", D17),
    D("省农业农村厅[[17日]]发布", D17),
    D("将于[[本月下旬]]陆续开镰", LATE_JUNE),
    D("教育部[[17日]]发布", D17),
    D("各地在[[7月上旬]]前完成", xun(2026, 7, 0)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["浙江省商务厅"]
NYT = ["浙江省农业农村厅"]
FED = ["美国联邦储备委员会", "美联储"]
ORGS = [O(f"\n[[新华社]]{h}", XH, IN, OPT) for h in XH_HEADS] + [
    O(f"\n[[中新社]]{h}", ZX, IN, OPT) for h in ZX_HEADS] + [
    O("）[[国家统计局]]17日", ["国家统计局"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[新加坡政府]]17日", ["新加坡政府"], G),
    O("）[[马来西亚统计局]]17日", ["马来西亚统计局"], G),
    O("）[[交通运输部]]17日", ["中华人民共和国交通运输部", "交通运输部"], G),
    O("。[[国铁集团]]将于", ["中国国家铁路集团有限公司", "国铁集团"], CO),
    O("。[[省发展改革委]]有关", ["浙江省发展和改革委员会"], G),
    O("从[[杭州市文化广电旅游局]]获悉", ["杭州市文化广电旅游局"], G),
    O("，[[西溪国家湿地公园]]将举办", ["西溪国家湿地公园"], IN, OPT),             # a park, a site
    O("。[[杭州市公安局交通警察支队]]提醒", ["杭州市公安局交通警察支队"], G),
    O("记者从[[省交通运输厅]]获悉", ["浙江省交通运输厅"], G),
    O("）[[省市场监管局]]17日", ["浙江省市场监督管理局"], G),
    O("）[[美国联邦储备委员会]]17日", FED, G),
    O("。[[美国商务部]]同日", ["美国商务部"], G),
    O("\n[[美联储]]维持", FED, G),
    O("）[[印度尼西亚交通部]]17日", ["印度尼西亚交通部"], G),
    O("。[[印尼政府]]同日", ["印度尼西亚政府", "印尼政府"], G),
    O("）[[省农业农村厅]]17日", NYT, G),
    O("。[[省农业农村厅]]已组织", NYT, G),
    O("  [[教育部]]17日", ["中华人民共和国教育部", "教育部"], G),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY, USD, SGD, MYR = "CNY", "USD", "SGD", "MYR"
STATS = [
    S("同比增长[[5.9%]]；", "5.9", "%", P, "exact", "全国规模以上工业增加值", change=up("上年同期")),
    S("零售总额[[4.12万亿元]]", "4120000000000", "元", M, "exact", "5月份社会消费品零售总额", currency=CNY),
    S("同比增长[[4.6%]]，比4月份", "4.6", "%", P, "exact", "社会消费品零售总额", change=up("上年同期")),
    S("加快[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "社会消费品零售总额增速", change=up("4月份")),
    S("增加值增长[[5.9%]]\n", "5.9", "%", P, "exact", "规上工业增加值", change=up("上年同期")),
    S("进出口[[2.23万亿元]]", "2230000000000", "元", M, "exact", "浙江货物贸易进出口", currency=CNY),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "浙江货物贸易进出口", change=up("上年同期")),
    S("对东盟进出口[[3120亿元]]", "312000000000", "元", M, "exact", "浙江对东盟进出口", currency=CNY),
    S("增长[[11.2%]]。", "11.2", "%", P, "exact", "浙江对东盟进出口", change=up("上年同期")),
    S("拨款[[12亿新加坡元]]", "1200000000", "新加坡元", M, "exact", "企业数字化伙伴计划拨款", currency=SGD),
    S("（[[约合64亿元人民币]]）", "6400000000", "元", M, "about", "企业数字化伙伴计划拨款", currency=CNY),
    S("支持[[约2万家]]中小企业", "20000", "家", C, "about", "获支持的中小企业"),
    S("最多可获[[3万新加坡元]]", "30000", "新加坡元", M, "under", "每家企业资助上限", OPT, currency=SGD),   # a cap
    S("采购商[[200家以上]]", "200", "家", C, "over", "邀请东盟国家采购商"),
    S("进出口增长[[11.2%]]\n", "11.2", "%", P, "exact", "浙江对东盟进出口", change=up("上年同期")),
    S("贸易额达[[1180亿林吉特]]", "118000000000", "林吉特", M, "exact", "马来西亚对华贸易额", currency=MYR),
    S("（[[约合1890亿元人民币]]）", "189000000000", "元", M, "about", "马来西亚对华贸易额", currency=CNY),
    S("同比增长[[8.3%]]", "8.3", "%", P, "exact", "马来西亚对华贸易额", change=up("上年同期")),
    S("吉隆坡签署[[12项]]", "12", "项", C, "exact", "合作协议"),
    S("总金额[[约45亿美元]]", "4500000000", "美元", M, "about", "合作协议总金额", currency=USD),
    S("（[[约合320亿元人民币]]）", "32000000000", "元", M, "about", "合作协议总金额", currency=CNY),
    S("企业签署[[12项]]合作", "12", "项", C, "exact", "合作协议"),
    S("流动量将达[[7.2亿人次]]", "720000000", "人次", C, "exact", "端午假期全社会跨区域人员流动量"),
    S("日均[[2.4亿人次]]", "240000000", "人次", C, "exact", "日均跨区域人员流动量"),
    S("旅客列车[[1100列以上]]", "1100", "列", C, "over", "每日加开旅客列车"),
    S("流动量预计达[[7.2亿人次]]", "720000000", "人次", C, "exact", "端午假期跨区域流动量"),
    S("共开工项目[[286个]]", "286", "个", C, "exact", "集中开工项目"),
    S("总投资[[3180亿元]]", "318000000000", "元", M, "exact", "开工项目总投资", currency=CNY),
    S("杭州开工项目[[54个]]", "54", "个", C, "exact", "杭州开工项目"),
    S("总投资[[690亿元]]", "69000000000", "元", M, "exact", "杭州开工项目总投资", currency=CNY),
    S("重大项目投资[[1.3万亿元以上]]", "1300000000000", "元", M, "over", "今年计划完成重大项目投资", currency=CNY),
    S("文旅活动[[320余场]]。", "320", "场", C, "over", "端午假期文旅活动"),
    S("游客[[超5万人次]]", "50000", "人次", C, "over", "龙舟胜会吸引游客"),
    S("文旅活动[[320余场]]\n", "320", "场", C, "over", "端午文旅活动"),
    S("全长[[约28公里]]", "28", "公里", L, "about", "杭甬高速复线宁波段二期工程全长"),
    S("总投资[[约112亿元]]", "11200000000", "元", M, "about", "工程总投资", currency=CNY),
    S("缩短[[约20分钟]]", "20", "分钟", T, "about", "杭州至宁波车程", change=down()),
    S("电动自行车产品[[260批次]]", "260", "批次", C, "exact", "抽检电动自行车产品"),
    S("不合格率为[[4.6%]]", "4.6", "%", P, "exact", "电动自行车抽检不合格率"),
    S("下降[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "电动自行车抽检不合格率", change=down("上年同期")),
    S("为期[[两天]]", "2", "天", T, "exact", "货币政策会议为期"),
    S("维持在[[3.50%至3.75%]]之间", "3.5", "%", P, "exact", "联邦基金利率目标区间", OPT),   # a range
    S("环比下降[[0.4%]]", "0.4", "%", P, "exact", "美国零售销售额", change=down("上月")),
    S("已突破[[1500万人次]]", "15000000", "人次", C, "over", "雅万高铁累计发送旅客"),
    S("开行列车[[62列]]", "62", "列", C, "exact", "日均开行列车"),
    S("总额[[约15亿美元]]", "1500000000", "美元", M, "about", "铁路设备更新计划总额", currency=USD),
    S("（[[约合107亿元人民币]]）", "10700000000", "元", M, "about", "铁路设备更新计划总额", currency=CNY),
    S("旅客突破[[1500万人次]]\n", "15000000", "人次", C, "over", "雅万高铁累计发送旅客"),
    S("收获面积[[125万亩]]", "1250000", "亩", A, "exact", "全省早稻收获面积"),
    S("总产量[[约54万吨]]", "540000", "吨", W, "about", "全省早稻总产量"),
    S("收割机[[1.8万台]]", "18000", "台", C, "exact", "组织收割机"),
]

EVENTS = [
    E("国家统计局17日发布数据", "announcement", "发布", D17, organizers=["国家统计局"]),
    E("举办浙江—东盟数字贸易对接会", "meeting", "对接会", LATE_JUNE, location="杭州", organizers=["省商务厅"]),
    E("推出新一轮“企业数字化伙伴计划”", "policy", "推出", D17, organizers=["新加坡政府"],
      theme="企业数字化伙伴计划"),
    E("该计划7月1日起接受申请", "registration", "申请", D07_01, organizers=["新加坡政府"]),
    E("马来西亚统计局17日公布", "announcement", "公布", D17, organizers=["马来西亚统计局"]),
    E("在吉隆坡签署12项合作协议", "signing", "签署", D17, location="吉隆坡", organizers=["中马两国企业"]),
    E("交通运输部17日预计", "announcement", "预计", D17, organizers=["交通运输部"], opt=True),     # a forecast
    E("每日加开旅客列车1100列以上", "traffic", "加开", DUANWU, organizers=["国铁集团"]),
    E("集中开工活动17日在全省同步举行", "construction", "开工", D17),
    E("西溪国家湿地公园将举办传统龙舟胜会", "activity", "举办", day("2026-06-19"),
      location="西溪国家湿地公园", organizers=["西溪国家湿地公园"]),
    E("将推出各类文旅活动320余场", "activity", "推出", DUANWU, location="杭州"),
    E("西湖景区周边道路将实行单双号限行", "traffic", "限行", DUANWU, location="西湖景区周边道路",
      organizers=["杭州市公安局交通警察支队"]),
    E("二期工程17日实现全线贯通", "construction", "贯通", D17, location="杭甬高速复线宁波段"),
    E("计划今年年底前建成通车", "construction", "建成通车", xun(2026, 12, 2), opt=True),           # a plan
    E("省市场监管局17日发布通告", "announcement", "发布", D17, organizers=["省市场监管局"], opt=True),  # the rule told
    E("全面执行新版强制性国家标准", "policy", "执行", D07_01, organizers=["省市场监管局"]),
    E("已抽检电动自行车产品260批次", "inspection", "抽检", year(2026), opt=True),                 # a running total
    E("结束为期两天的货币政策会议", "meeting", "会议", day("2026-06-16", "2026-06-17"),
      organizers=["美国联邦储备委员会"]),
    E("宣布将联邦基金利率目标区间维持", "policy", "维持", D17, organizers=["美国联邦储备委员会"], opt=True),
    E("美国商务部同日公布", "announcement", "公布", D17, organizers=["美国商务部"]),
    E("同日批准一项总额约15亿美元", "policy", "批准", D17, organizers=["印尼政府"]),
    E("全省早稻将于本月下旬陆续开镰", "production", "开镰", LATE_JUNE),
    E("教育部17日发布通知", "announcement", "发布", D17, organizers=["教育部"]),
]
