"""合肥晚报 (合肥市, 安徽省), 2026-05-14 (a Thursday): a `国内国际` wire page.
Features: a column label; twelve 新华社 items (Beijing ×3 one with no reporter, Hefei ×2, London, Berlin, Washington,
Geneva, Wuhu, Lu'an, Paris) and three 中新社 items (Hefei ×2, Beijing), one web item with a metadata line above its body
(`来源：中国新闻网  发布时间：2026-05-13 18:40  编辑：孙 悦`) and its title after it; a join after a comma
(`…跨境电商交易会，` | `预计邀请境内外采购商1500家以上。`) with the London item between; five headlines after their
bodies, one before; ten items without headline. Province-level bodies written short (`省商务厅` ×2, `省农业农村厅`,
`省教育厅`, `省交通运输厅`, `省应急管理厅`) resolve with the home province. Foreign money with conversions
(`25亿英镑（约合237亿元 人民币）`, `18亿欧元（折合约141亿元人民币）`, `2150亿美元（约合1.55万亿元人民币）`,
`3.2亿欧元（约合25.1亿元人民币）`).
Dates: `13日` = 05-13, `当地时间13日` (×5), `同日` (×3), `12日`, `4月份`, `上月` after `4月份` (March), `4月末`,
`今年前4个月`/`前4个月`, `今年一季度`, `本月底`, `5月下旬`, `“五一”假期`, `去年同期` and `2019年同期` (optional),
`6月7日至9日`, `明年6月底`, `2028年`, `去年`, `前年`, a metadata date `2026-05-13`.

Written at main commit 40e7628, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, up, xun, year

PAPER = "合肥晚报"
PUBLISHED = "2026-05-14"
HOME = {"city": "合肥市", "province": "安徽省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京5月13日电（记者 王", "body", "W0"),
    ("4月份CPI", "headline", "W0"),                           # after its body
    ("中新社合肥5月13日电（记者 张", "body", "W1"),           # breaks after a comma
    ("新华社伦敦", "body", "W2"),                             # no headline
    ("预计邀请境内外", "body", "W1"),                         # the rest of W1's paragraph
    ("安徽前4个月", "headline", "W1"),                        # after its body
    ("新华社合肥5月13日电（记者 陈", "body", "W3"),           # no headline
    ("新华社柏林", "body", "W4"),
    ("大众将在", "headline", "W4"),                           # after its body
    ("新华社北京5月13日电（记者 魏", "body", "W5"),           # no headline
    ("新华社华盛顿", "body", "W6"),                           # no headline
    ("合肥86个", "headline", "W7"),
    ("中新社合肥5月13日电（记者 吴", "body", "W7"),
    ("新华社合肥5月13日电（记者 刘", "body", "W8"),           # no headline
    ("新华社日内瓦", "body", "W9"),                           # no headline
    ("新华社北京5月13日电  中国人民银行", "body", "W10"),      # no headline, no reporter
    ("来源：中国新闻网", "byline", "W11"),                    # metadata line
    ("合肥至布达佩斯", "body", "W11"),
    ("合肥新开至", "headline", "W11"),                        # after its body
    ("新华社芜湖", "body", "W12"),                            # no headline
    ("新华社六安", "body", "W13"),
    ("安徽举行防汛", "headline", "W13"),                      # after its body
    ("中新社北京", "body", "W14"),                            # no headline
    ("新华社巴黎", "body", "W15"),                            # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["王希文"])),
    "W1": dict(byline=byline(reporters=["张强"])),
    "W2": dict(byline=byline(reporters=["郭爽"])),
    "W3": dict(byline=byline(reporters=["陈诺"])),
    "W4": dict(byline=byline(reporters=["李超"])),
    "W5": dict(byline=byline(reporters=["魏玉坤"])),
    "W6": dict(byline=byline(reporters=["熊茂伶"])),
    "W7": dict(byline=byline(reporters=["吴兰"])),
    "W8": dict(byline=byline(reporters=["刘美子"])),
    "W9": dict(byline=byline(reporters=["石松"])),
    "W10": dict(),
    "W11": dict(),
    "W12": dict(byline=byline(reporters=["汪海月"])),
    "W13": dict(byline=byline(reporters=["水金辰"])),
    "W14": dict(byline=byline(reporters=["李晓喻"])),
    "W15": dict(byline=byline(reporters=["唐霁"])),
}
JOINS = [("中新社合肥5月13日电（记者 张", "预计邀请境内外")]
PHOTOS = {}

D13, D12 = day("2026-05-13"), day("2026-05-12")
JAN_APR = months(2026, 1, 4)
M4 = month(2026, 4)
LINES13 = ["（记者 王", "（记者 张", "（记者 郭", "（记者 陈", "（记者 李 超", "（记者 魏", "（记者 熊", "（记者 吴",
           "（记者 刘", "（记者 石", "  中国人民银行", "（记者 汪", "（记者 水", "（记者 李 晓", "（记者 唐"]
DATES = [D(f"[[5月13日]]电{c}", D13) for c in LINES13] + [
    D("国家统计局[[13日]]发布", D13),
    D("，[[4月份]]，全国居民", M4),
    D("比[[上月]]收窄", month(2026, 3)),
    D("\n[[4月份]]CPI", M4),
    D("记者[[13日]]从省商务厅", D13),
    D("，[[今年前4个月]]，安徽", JAN_APR),
    D("将于[[本月底]]在合肥", xun(2026, 5, 2)),
    D("举办[[2026]]中国（安徽）", year(2026), OPT),                  # a year inside the fair's name
    D("英国国家统计局[[当地时间13日]]公布", D13),
    D("，[[今年一季度]]英国", quarter(2026, 1)),
    D("。[[同日]]，英国政府", D13),
    D("安徽[[前4个月]]进出口", JAN_APR),
    D("省农业农村厅[[13日]]召开", D13),
    D("。[[今年]]全省小麦", year(2026)),
    D("预计[[5月下旬]]自南向北", xun(2026, 5, 2)),
    D("德国联邦统计局[[当地时间13日]]公布", D13),
    D("，[[3月]]德国工业", month(2026, 3)),
    D("。[[同日]]，大众", D13),
    D("预计[[2028年]]投产", year(2028)),
    D("中国民用航空局[[13日]]通报", D13),
    D("，[[“五一”假期]]全国民航", day("2026-05-01", "2026-05-05")),
    D("较[[去年同期]]增长6.8%", day("2025-05-01", "2025-05-05"), OPT),
    D("恢复至[[2019年同期]]的", year(2019), OPT),
    D("美国劳工部[[当地时间13日]]公布", D13),
    D("，[[4月]]美国消费者", M4),
    D("涨幅比[[3月]]回落", month(2026, 3)),
    D("美国财政部[[同日]]公布", D13),
    D("，[[4月]]联邦政府", M4),
    D("合肥市[[第二季度]]重大项目", quarter(2026, 2), OPT),           # inside the activity's name
    D("开工活动[[13日]]在", D13),
    D("省教育厅[[13日]]发布", D13),
    D("，[[今年]]安徽省普通高校", year(2026)),
    D("较[[去年]]增加1.4万人", year(2025)),
    D("将于[[6月7日至9日]]举行", day("2026-06-07", "2026-06-09")),
    D("世界卫生组织[[当地时间13日]]发布", D13),
    D("说，[[去年]]全球结核病", year(2025)),
    D("较[[前年]]下降", year(2024)),
    D("中国人民银行[[13日]]发布", D13),
    D("，[[4月末]]广义货币", xun(2026, 4, 2)),
    D("；[[前4个月]]人民币贷款", JAN_APR),
    D("发布时间：[[2026-05-13]] 18", D13),
    D("货运航线[[13日]]首航", D13),
    D("省交通运输厅[[13日]]透露", D13),
    D("已于[[12日]]贯通", D12),
    D("计划[[明年6月底]]建成", xun(2027, 6, 2)),
    D("省应急管理厅[[13日]]在六安", D13),
    D("，[[入汛以来]]全省", VAGUE, OPT),
    D("商务部[[13日]]表示", D13),
    D("，[[今年前4个月]]全国网上", JAN_APR),
    D("大区政府[[当地时间13日]]与", D13),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["安徽省商务厅"]
XH_PLACES = ["北京5月13日电（记者 王", "伦敦", "合肥5月13日电（记者 陈", "柏林", "北京5月13日电（记者 魏", "华盛顿",
             "合肥5月13日电（记者 刘", "日内瓦", "北京5月13日电  中国", "芜湖", "六安", "巴黎"]
ZX_PLACES = ["合肥5月13日电（记者 张", "合肥5月13日电（记者 吴", "北京"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in XH_PLACES] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in ZX_PLACES] + [
    O("）[[国家统计局]]13日", ["国家统计局"], G),
    O("从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[英国国家统计局]]当地", ["英国国家统计局"], G),
    O("，[[英国政府]]宣布", ["英国政府"], G),
    O("）[[省农业农村厅]]13日", ["安徽省农业农村厅"], G),
    O("）[[德国联邦统计局]]当地", ["德国联邦统计局"], G),
    O("，[[大众汽车集团]]宣布", ["大众汽车集团"], CO),
    O("）[[中国民用航空局]]13日", ["中国民用航空局"], G),
    O("）[[美国劳工部]]当地", ["美国劳工部"], G),
    O("。[[美国财政部]]同日", ["美国财政部"], G),
    O("在[[合肥高新区]]举行", ["合肥高新技术产业开发区管理委员会", "合肥高新区"], G, OPT),   # a zone, a place
    O("）[[省教育厅]]13日", ["安徽省教育厅"], G),
    O("）[[世界卫生组织]]当地", ["世界卫生组织"], IN),
    O("  [[中国人民银行]]13日", ["中国人民银行"], G),
    O("来源：[[中国新闻网]]", ["中国新闻网"], CO, OPT),                                        # a website
    O("）[[省交通运输厅]]13日", ["安徽省交通运输厅"], G),
    O("）[[省应急管理厅]]13日", ["安徽省应急管理厅"], G),
    O("）[[商务部]]13日", ["中华人民共和国商务部", "商务部"], G),
    O("）[[法国巴黎大区政府]]当地", ["法国巴黎大区政府", "巴黎大区政府"], G),
]

C, P, M, T, W, L, A, O_ = "count", "percent", "money", "duration", "weight", "length", "area", "other"
CNY, USD, EUR, GBP = "CNY", "USD", "EUR", "GBP"
STATS = [
    S("价格指数同比上涨[[0.6%]]", "0.6", "%", P, "exact", "全国居民消费价格指数", change=up("上年同期")),
    S("环比下降[[0.1%]]", "0.1", "%", P, "exact", "全国居民消费价格指数", change=down("上月")),
    S("同比下降[[1.8%]]", "1.8", "%", P, "exact", "全国工业生产者出厂价格指数", change=down("上年同期")),
    S("收窄[[0.4个百分点]]", "0.4", "个百分点", P, "exact", "工业生产者出厂价格指数降幅", change=down("上月")),
    S("CPI同比上涨[[0.6%]]", "0.6", "%", P, "exact", "居民消费价格指数", change=up("上年同期")),
    S("进出口总值[[2816.4亿元]]", "281640000000", "元", M, "exact", "安徽进出口总值", currency=CNY),
    S("同比增长[[9.3%]]", "9.3", "%", P, "exact", "安徽进出口总值", change=up("上年同期")),
    S("出口[[1902.7亿元]]", "190270000000", "元", M, "exact", "安徽出口", currency=CNY),
    S("增长[[12.6%]]", "12.6", "%", P, "exact", "安徽出口", change=up("上年同期")),
    S("环比增长[[0.3%]]", "0.3", "%", P, "exact", "英国国内生产总值", change=up("上季度")),
    S("投入[[25亿英镑]]", "2500000000", "英镑", M, "exact", "英格兰北部铁路网升级投入", currency=GBP),
    S("（[[约合237亿元人民币]]）", "23700000000", "元", M, "about", "英格兰北部铁路网升级投入", currency=CNY),
    S("采购商[[1500家以上]]", "1500", "家", C, "over", "邀请境内外采购商"),
    S("进出口增长[[9.3%]]\n", "9.3", "%", P, "exact", "安徽进出口", change=up("上年同期")),
    S("种植面积[[4270万亩]]", "42700000", "亩", A, "exact", "全省小麦种植面积"),
    S("联合收割机[[9.2万台以上]]", "92000", "台", C, "over", "投入联合收割机"),
    S("环比增长[[2.1%]]", "2.1", "%", P, "exact", "德国工业订单", change=up("上月")),
    S("投资[[18亿欧元]]", "1800000000", "欧元", M, "exact", "动力电池工厂投资", currency=EUR),
    S("（[[折合约141亿元人民币]]）", "14100000000", "元", M, "about", "动力电池工厂投资", currency=CNY),
    S("运输旅客[[1086.2万人次]]", "10862000", "人次", C, "exact", "“五一”假期民航运输旅客"),
    S("日均[[217.2万人次]]", "2172000", "人次", C, "exact", "日均民航运输旅客"),
    S("同期增长[[6.8%]]", "6.8", "%", P, "exact", "民航运输旅客", change=up("去年同期")),
    S("同期的[[112%]]", "112", "%", P, "exact", "国际航线旅客量恢复水平"),
    S("同比上涨[[2.7%]]", "2.7", "%", P, "exact", "美国消费者价格指数", change=up("上年同期")),
    S("回落[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "美国消费者价格指数涨幅", change=down("3月")),
    S("财政盈余[[2150亿美元]]", "215000000000", "美元", M, "exact", "美国联邦政府财政盈余", currency=USD),
    S("（[[约合1.55万亿元人民币]]）", "1550000000000", "元", M, "about", "美国联邦政府财政盈余", currency=CNY),
    S("\n合肥[[86个]]重大项目", "86", "个", C, "exact", "集中开工重大项目"),
    S("开工项目[[86个]]", "86", "个", C, "exact", "集中开工项目"),
    S("总投资[[612亿元]]", "61200000000", "元", M, "exact", "开工项目总投资", currency=CNY),
    S("集成电路项目[[37个]]", "37", "个", C, "exact", "新能源汽车和集成电路项目"),
    S("报名人数达[[66.2万人]]", "662000", "人", C, "exact", "普通高校招生考试报名人数"),
    S("增加[[1.4万人]]", "14000", "人", C, "exact", "高考报名人数", change=up("去年")),
    S("设考点[[146个]]", "146", "个", C, "exact", "高考考点"),
    S("新发病例[[约1050万例]]", "10500000", "例", C, "about", "全球结核病新发病例"),
    S("下降[[3%]]", "3", "%", P, "exact", "全球结核病新发病例", change=down("前年")),
    S("余额[[335.8万亿元]]", "335800000000000", "元", M, "exact", "广义货币（M2）余额", currency=CNY),
    S("同比增长[[7.9%]]", "7.9", "%", P, "exact", "广义货币（M2）余额", change=up("上年同期")),
    S("贷款增加[[9.6万亿元]]", "9600000000000", "元", M, "exact", "人民币贷款增加", change=up(), currency=CNY),
    S("执飞[[3班]]", "3", "班", C, "exact", "每周航班"),
    S("运力[[约100吨]]", "100", "吨", W, "about", "单程运力"),
    S("总投资[[约136亿元]]", "13600000000", "元", M, "about", "芜湖长江隧道工程总投资", currency=CNY),
    S("救援人员[[1200余人]]", "1200", "人", C, "over", "出动救援人员"),
    S("装备[[300余台（套）]]", "300", "台（套）", C, "over", "出动各类装备"),
    S("偏多[[18%]]", "18", "%", P, "exact", "全省平均降水量", change=up("常年同期")),
    S("零售额[[4.7万亿元]]", "4700000000000", "元", M, "exact", "全国网上零售额", currency=CNY),
    S("同比增长[[8.2%]]", "8.2", "%", P, "exact", "全国网上零售额", change=up("上年同期")),
    S("比重为[[25.6%]]", "25.6", "%", P, "exact", "实物商品网上零售额占社会消费品零售总额比重"),
    S("投资[[3.2亿欧元]]", "320000000", "欧元", M, "exact", "物流园区投资", currency=EUR),
    S("（[[约合25.1亿元人民币]]）", "2510000000", "元", M, "about", "物流园区投资", currency=CNY),
    S("就业岗位[[约800个]]", "800", "个", C, "about", "创造就业岗位"),
]

EVENTS = [
    E("国家统计局13日发布数据", "announcement", "发布", D13, organizers=["国家统计局"]),
    E("在合肥举办2026中国（安徽）跨境电商交易会", "exhibition", "交易会", xun(2026, 5, 2), location="合肥",
      organizers=["省商务厅"], participants=["境内外采购商"]),
    E("英国国家统计局当地时间13日公布", "announcement", "公布", D13, organizers=["英国国家统计局"]),
    E("宣布将投入25亿英镑", "policy", "投入", D13, organizers=["英国政府"]),
    E("召开全省“三夏”生产调度会", "meeting", "召开", D13, organizers=["省农业农村厅"]),
    E("自南向北陆续开镰", "production", "开镰", xun(2026, 5, 2)),
    E("德国联邦统计局当地时间13日公布", "announcement", "公布", D13, organizers=["德国联邦统计局"]),
    E("新建一座动力电池工厂", "construction", "新建", None, location="萨克森州", organizers=["大众汽车集团"],
      opt=True),                                                                               # a plan announced
    E("中国民用航空局13日通报", "announcement", "通报", D13, organizers=["中国民用航空局"]),
    E("美国劳工部当地时间13日公布", "announcement", "公布", D13, organizers=["美国劳工部"]),
    E("美国财政部同日公布", "announcement", "公布", D13, organizers=["美国财政部"]),
    E("集中开工活动13日在合肥高新区举行", "construction", "开工", D13, location="合肥高新区"),
    E("省教育厅13日发布消息", "announcement", "发布", D13, organizers=["省教育厅"], opt=True),   # the exam told
    E("高考将于6月7日至9日举行", "exam", "高考", day("2026-06-07", "2026-06-09"), organizers=["省教育厅"]),
    E("世界卫生组织当地时间13日发布报告", "announcement", "发布", D13, organizers=["世界卫生组织"]),
    E("中国人民银行13日发布数据", "announcement", "发布", D13, organizers=["中国人民银行"]),
    E("国际货运航线13日首航", "launch", "首航", D13, location="合肥"),
    E("主体工程已于12日贯通", "construction", "贯通", D12, location="芜湖"),
    E("计划明年6月底建成通车", "construction", "建成", xun(2027, 6, 2), opt=True),              # a plan
    E("在六安市举行防汛抢险综合应急演练", "training", "演练", D13, location="六安市", organizers=["省应急管理厅"]),
    E("商务部13日表示", "announcement", "表示", D13, organizers=["商务部"], opt=True),           # a report verb
    E("与一家中国企业签署协议", "signing", "签署", D13, organizers=["法国巴黎大区政府"],
      participants=["一家中国企业"]),
]
