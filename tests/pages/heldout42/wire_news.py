"""西安晚报 (西安市, 陕西省), 2026-03-19 (a Thursday): a `国内国际` wire page.
Features: a column label; ten 新华社 items (Beijing ×3 one with two reporters, Xi'an ×2, Astana, Baku, Hanzhong,
Frankfurt, Washington) and three 中新社 items (Xi'an ×2, Beijing); a web item whose metadata line (`来源：中新网
发布时间：… 编辑：王 雅 楠`) stands above its body and its title after it; a join after a comma
(`…中亚经贸合作对接会，` | `届时将邀请中亚国家采购商200家以上。`) with the Astana item between; headlines after their
bodies; seven items without headline. Province-level bodies written short (`省商务厅`, `省交通运输厅`, `省教育厅`,
`省农业农村厅`, `省文化和旅游厅`) resolve with the home province. Foreign money with conversions (美元, 坚戈, 马纳特,
欧元 `约合X亿元人民币`). Dates: the datelines' `3月18日`, `18日`, `同日` ×4, `前两个月` = 2026-01..02 (seven times, once
as `今年前两个月`), `一季度` ×4, `本月底`, `3月20日`, `4月1日`, `3月22日`/`22日`, `4月中旬`, `2月末`, `1月`, `2月`,
`4月11日至12日`, `上年`, a metadata `2026-03-18`.

Written at main commit ed40a5c, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, quarter, up, xun, year

PAPER = "西安晚报"
PUBLISHED = "2026-03-19"
HOME = {"city": "西安市", "province": "陕西省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京3月18日电（记者 魏", "body", "W0"),
    ("前两个月规上", "headline", "W0"),                        # after its body
    ("中新社西安3月18日电（记者 阿", "body", "W1"),            # breaks after a comma
    ("新华社阿斯塔纳", "body", "W2"),                           # no headline
    ("届时将邀请", "body", "W1"),                               # the rest of W1's paragraph
    ("陕西对中亚", "headline", "W1"),                           # after its body
    ("新华社巴库", "body", "W3"),                               # no headline
    ("新华社西安3月18日电（记者 李", "body", "W4"),
    ("新航站楼启用", "headline", "W4"),                         # after its body
    ("新华社北京3月18日电（记者 申", "body", "W5"),             # no headline
    ("新华社北京3月18日电（记者 丁", "body", "W6"),             # no headline
    ("中新社北京", "body", "W7"),                               # no headline
    ("新华社汉中", "body", "W8"),
    ("汉中油菜花节", "headline", "W8"),                         # after its body
    ("新华社法兰克福", "body", "W9"),
    ("德国1月出口", "headline", "W9"),                          # after its body
    ("中新社西安3月18日电（记者 田", "body", "W10"),
    ("体育专业统考", "headline", "W10"),                        # after its body
    ("新华社华盛顿", "body", "W11"),                            # no headline
    ("新华社西安3月18日电（记者 蔡", "body", "W12"),            # no headline
    ("来源：中新网", "byline", "W13"),                          # metadata line above the body
    ("省文化和旅游厅18日", "body", "W13"),
    ("陕西前两个月接待", "headline", "W13"),                    # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["魏玉坤"])),
    "W1": dict(byline=byline(reporters=["阿琳娜"])),
    "W2": dict(byline=byline(reporters=["张继业"])),
    "W3": dict(byline=byline(reporters=["赵晨晨"])),
    "W4": dict(byline=byline(reporters=["李一博"])),
    "W5": dict(byline=byline(reporters=["申铖", "王雨萧"])),
    "W6": dict(byline=byline(reporters=["丁静"])),
    "W7": dict(byline=byline(reporters=["夏宾"])),
    "W8": dict(byline=byline(reporters=["付瑞霞"])),
    "W9": dict(byline=byline(reporters=["单玮怡"])),
    "W10": dict(byline=byline(reporters=["田进"])),
    "W11": dict(byline=byline(reporters=["熊茂伶"])),
    "W12": dict(byline=byline(reporters=["蔡馨逸"])),
    "W13": dict(),                                              # the editor is no writer
}
JOINS = [("中新社西安3月18日电（记者 阿", "届时将邀请")]
PHOTOS = {}

D18 = day("2026-03-18")
JAN_FEB = months(2026, 1, 2)
Q1 = quarter(2026, 1)
Y26 = year(2026)
DATELINES = ["魏", "阿", "张", "赵", "李", "申", "丁", "夏", "付", "单", "田", "熊", "蔡"]
DATES = [D(f"[[3月18日]]电（记者 {c}", D18) for c in DATELINES] + [
    D("国家统计局[[18日]]发布", D18),
    D("，[[前两个月]]，全国规模", JAN_FEB),
    D("\n[[前两个月]]规上", JAN_FEB),
    D("记者[[18日]]从省商务厅", D18),
    D("获悉，[[前两个月]]，陕西", JAN_FEB),
    D("将于[[本月底]]在西安", xun(2026, 3, 2)),
    D("哈萨克斯坦国家统计局[[18日]]公布", D18),
    D("，[[今年前两个月]]，哈萨克斯坦", JAN_FEB),
    D("。[[同日]]，哈萨克斯坦", D18),
    D("阿塞拜疆中央银行[[18日]]宣布", D18),
    D("，[[3月20日]]起执行", day("2026-03-20")),
    D("阿塞拜疆政府[[同日]]批准", D18),
    D("批准[[一季度]]追加", Q1),
    D("东航站楼[[18日]]正式", D18),
    D("，[[今年一季度]]全省民航", Q1),
    D("税务总局[[18日]]联合", D18),
    D("自[[4月1日]]起", day("2026-04-01")),
    D("有限公司[[18日]]介绍", D18),
    D("，[[一季度]]全国铁路", Q1),
    D("；[[今年春运]]40天", day("2026-02-02", "2026-03-13"), OPT),   # a travel season: 40 days to 03-13
    D("中国人民银行[[18日]]发布", D18),
    D("显示，[[前两个月]]人民币", JAN_FEB),
    D("，[[2月末]]广义货币", xun(2026, 2, 2)),
    D("将于[[3月22日]]在汉台区", day("2026-03-22")),
    D("持续至[[4月中旬]]", xun(2026, 4, 1)),
    D("。[[今年]]汉中全市", Y26),
    D("油菜花节[[22日]]开幕", day("2026-03-22")),
    D("德国联邦统计局[[18日]]公布", D18),
    D("，[[1月]]德国出口", month(2026, 1)),
    D("\n德国[[1月]]出口", month(2026, 1)),
    D("省教育厅[[18日]]发布", D18),
    D("，[[2026年]]陕西省普通高校", Y26, OPT),                         # a year inside the exam's name
    D("将于[[4月11日至12日]]在西安", day("2026-04-11", "2026-04-12")),
    D("较[[上年]]增加约1800人", year(2025)),
    D("统考[[4月]]开考", month(2026, 4)),
    D("储备委员会[[18日]]结束", D18),
    D("美国商务部[[同日]]公布", D18),
    D("，[[2月]]美国零售", month(2026, 2)),
    D("截至[[18日]]，全省", D18),
    D("全省[[今年]]计划春播", Y26),
    D("力争[[一季度]]完成", Q1),
    D("发布时间：[[2026-03-18]] 20", D18),
    D("省文化和旅游厅[[18日]]发布", D18),
    D("发布，[[前两个月]]全省接待", JAN_FEB),
    D("。[[同日]]，“2026", D18),
    D("“[[2026]]丝路", Y26, OPT),                                       # a year inside the campaign's name
    D("\n陕西[[前两个月]]接待", JAN_FEB),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["陕西省商务厅"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京3月18日电（记者 魏", "阿斯塔纳", "巴库", "西安3月18日电（记者 李", "北京3月18日电（记者 申",
    "北京3月18日电（记者 丁", "汉中", "法兰克福", "华盛顿", "西安3月18日电（记者 蔡")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in ("西安3月18日电（记者 阿", "北京", "西安3月18日电（记者 田")] + [
    O("）[[国家统计局]]18日", ["国家统计局"], G),
    O("记者18日从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[哈萨克斯坦国家统计局]]18日", ["哈萨克斯坦国家统计局"], G),
    O("同日，[[哈萨克斯坦政府]]批准", ["哈萨克斯坦政府"], G),
    O("）[[阿塞拜疆中央银行]]18日", ["阿塞拜疆中央银行"], G),
    O("。[[阿塞拜疆政府]]同日", ["阿塞拜疆政府"], G),
    O("）[[西安咸阳国际机场]]东航站楼", ["西安咸阳国际机场", "西部机场集团西安咸阳国际机场"], CO),
    O("。[[省交通运输厅]]介绍", ["陕西省交通运输厅"], G),
    O("）[[财政部]]、", ["中华人民共和国财政部", "财政部"], G),
    O("、[[税务总局]]18日", ["国家税务总局", "税务总局"], G),
    O("）[[中国国家铁路集团有限公司]]18日", ["中国国家铁路集团有限公司"], CO),
    O("）[[中国人民银行]]18日", ["中国人民银行"], G),
    O("）[[德国联邦统计局]]18日", ["德国联邦统计局"], G),
    O("）[[省教育厅]]18日", ["陕西省教育厅"], G),
    O("在[[西安体育学院]]举行", ["西安体育学院"], IN),
    O("）[[美国联邦储备委员会]]18日", ["美国联邦储备委员会", "美联储"], G),
    O("。[[美国商务部]]同日", ["美国商务部"], G),
    O("记者从[[省农业农村厅]]获悉", ["陕西省农业农村厅"], G),
    O("来源：[[中新网]]", ["中国新闻网", "中新网"], CO, OPT),                         # a website
    O("\n[[省文化和旅游厅]]18日", ["陕西省文化和旅游厅"], G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
CNY, USD, EUR, KZT, AZN = "CNY", "USD", "EUR", "KZT", "AZN"
YOY = up("上年同期")
STATS = [
    S("同比增长[[6.1%]]，社会", "6.1", "%", P, "exact", "全国规模以上工业增加值", change=YOY),
    S("零售总额[[8.12万亿元]]", "8120000000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[4.3%]]", "4.3", "%", P, "exact", "社会消费品零售总额", change=YOY),
    S("农户）[[5.37万亿元]]", "5370000000000", "元", M, "exact", "全国固定资产投资", currency=CNY),
    S("同比增长[[3.2%]]", "3.2", "%", P, "exact", "全国固定资产投资", change=YOY),
    S("增加值增长[[6.1%]]\n", "6.1", "%", P, "exact", "规上工业增加值", change=YOY),
    S("进出口总值[[712.4亿元]]", "71240000000", "元", M, "exact", "陕西货物贸易进出口总值", currency=CNY),
    S("同比增长[[9.8%]]", "9.8", "%", P, "exact", "陕西货物贸易进出口总值", change=YOY),
    S("进出口[[63.5亿元]]", "6350000000", "元", M, "exact", "对中亚五国进出口", currency=CNY),
    S("，增长[[27.3%]]。", "27.3", "%", P, "exact", "对中亚五国进出口", change=YOY),
    S("贸易额达[[52.6亿美元]]", "5260000000", "美元", M, "exact", "哈萨克斯坦对华贸易额", currency=USD),
    S("（[[约合375亿元人民币]]）", "37500000000", "元", M, "about", "哈萨克斯坦对华贸易额", currency=CNY),
    S("同比增长[[14.8%]]", "14.8", "%", P, "exact", "哈萨克斯坦对华贸易额", change=YOY),
    S("总额[[1.2万亿坚戈]]", "1200000000000", "坚戈", M, "exact", "交通基础设施投资计划总额", currency=KZT),
    S("（[[约合168亿元人民币]]）", "16800000000", "元", M, "about", "交通基础设施投资计划总额", currency=CNY),
    S("采购商[[200家以上]]", "200", "家", C, "over", "邀请中亚国家采购商"),
    S("进出口增长[[27.3%]]\n", "27.3", "%", P, "exact", "陕西对中亚进出口", change=YOY),
    S("下调[[0.25个百分点]]", "0.25", "个百分点", P, "exact", "阿塞拜疆基准利率", change=down()),
    S("至[[6.75%]]", "6.75", "%", P, "exact", "阿塞拜疆基准利率"),
    S("拨款[[3.4亿马纳特]]", "340000000", "马纳特", M, "exact", "一季度追加拨款", currency=AZN),
    S("（[[约合14.3亿元人民币]]）", "1430000000", "元", M, "about", "一季度追加拨款", currency=CNY),
    S("建筑面积[[约70万平方米]]", "700000", "平方米", A, "about", "新航站楼建筑面积"),
    S("吞吐量[[5000万人次]]", "50000000", "人次", C, "exact", "设计年旅客吞吐量"),
    S("预计达[[1380万人次]]", "13800000", "人次", C, "exact", "一季度全省民航旅客吞吐量"),
    S("不超过[[300万元]]", "3000000", "元", M, "under", "应纳税所得额门槛", OPT, currency=CNY),   # a threshold
    S("减按[[25%]]", "25", "%", P, "exact", "计入应纳税所得额的比例"),
    S("发送旅客[[10.2亿人次]]", "1020000000", "人次", C, "exact", "一季度全国铁路发送旅客"),
    S("同比增长[[5.5%]]", "5.5", "%", P, "exact", "一季度全国铁路发送旅客", change=YOY),
    S("春运[[40天]]", "40", "天", T, "exact", "春运时长"),
    S("累计发送旅客[[5.13亿人次]]", "513000000", "人次", C, "exact", "春运全国铁路发送旅客"),
    S("旅客列车[[1.21万列]]", "12100", "列", C, "exact", "日均开行旅客列车"),
    S("贷款增加[[5.6万亿元]]", "5600000000000", "元", M, "exact", "人民币贷款", change=up(), currency=CNY),
    S("余额[[326.9万亿元]]", "326900000000000", "元", M, "exact", "广义货币（M2）余额", currency=CNY),
    S("同比增长[[7.1%]]", "7.1", "%", P, "exact", "广义货币（M2）余额", change=YOY),
    S("种植面积达[[105万亩]]", "1050000", "亩", A, "exact", "汉中油菜种植面积"),
    S("游客[[超800万人次]]", "8000000", "人次", C, "over", "预计接待游客"),
    S("出口额为[[1312亿欧元]]", "131200000000", "欧元", M, "exact", "德国出口额", currency=EUR),
    S("（[[约合1.03万亿元人民币]]）", "1030000000000", "元", M, "about", "德国出口额", currency=CNY),
    S("环比下降[[1.6%]]；", "1.6", "%", P, "exact", "德国出口额", change=down("上月")),
    S("对华出口额为[[68亿欧元]]", "6800000000", "欧元", M, "exact", "德国对华出口额", currency=EUR),
    S("环比下降[[1.6%]]\n", "1.6", "%", P, "exact", "德国出口", change=down("上月")),
    S("报名考生[[2.3万人]]", "23000", "人", C, "exact", "体育专业统考报名考生"),
    S("增加[[约1800人]]", "1800", "人", C, "about", "报名考生", change=up("上年")),
    S("为期[[两天]]", "2", "天", T, "exact", "货币政策会议会期"),
    S("下调[[25个基点]]", "25", "个基点", P, "exact", "联邦基金利率目标区间", change=down()),
    S("环比增长[[0.4%]]", "0.4", "%", P, "exact", "美国零售销售额", change=up("上月")),
    S("粮食作物[[320万亩]]", "3200000", "亩", A, "exact", "已春播粮食作物"),
    S("计划面积的[[19.4%]]", "19.4", "%", P, "exact", "春播进度"),
    S("粮食作物[[1650万亩左右]]", "16500000", "亩", A, "about", "计划春播粮食作物"),
    S("面积[[超1000万亩]]", "10000000", "亩", A, "over", "小麦“一喷三防”面积"),
    S("国内游客[[1.42亿人次]]", "142000000", "人次", C, "exact", "全省接待国内游客"),
    S("旅游收入[[1386亿元]]", "138600000000", "元", M, "exact", "全省旅游收入", currency=CNY),
    S("分别增长[[12.6%]]", "12.6", "%", P, "exact", "接待国内游客", change=YOY),
    S("和[[15.1%]]", "15.1", "%", P, "exact", "旅游收入", change=YOY),
    S("接待游客[[1.42亿人次]]\n", "142000000", "人次", C, "exact", "陕西前两个月接待游客"),
]

EVENTS = [
    E("国家统计局18日发布数据", "announcement", "发布", D18, organizers=["国家统计局"]),
    E("举办中国（陕西）—中亚经贸合作对接会", "meeting", "对接会", xun(2026, 3, 2), location="西安",
      organizers=["省商务厅"]),
    E("哈萨克斯坦国家统计局18日公布", "announcement", "公布", D18, organizers=["哈萨克斯坦国家统计局"]),
    E("批准一项总额1.2万亿坚戈", "policy", "批准", D18, organizers=["哈萨克斯坦政府"]),
    E("阿塞拜疆中央银行18日宣布", "announcement", "宣布", D18, organizers=["阿塞拜疆中央银行"], opt=True),
    E("将基准利率下调0.25个百分点至6.75%，3月20日起执行", "policy", "执行", day("2026-03-20"),
      organizers=["阿塞拜疆中央银行"]),
    E("批准一季度追加拨款3.4亿马纳特", "payout", "拨款", D18, location="卡拉巴赫地区",
      organizers=["阿塞拜疆政府"]),
    E("东航站楼18日正式投入使用", "launch", "投入使用", D18, location="西安咸阳国际机场",
      organizers=["西安咸阳国际机场"]),
    E("联合发布公告", "announcement", "发布", D18, organizers=["财政部", "税务总局"], opt=True),   # the measure told
    E("继续减按25%计入应纳税所得额", "policy", "减按", day("2026-04-01"), organizers=["财政部", "税务总局"]),
    E("全国铁路累计发送旅客5.13亿人次", "traffic", "发送旅客", day("2026-02-02", "2026-03-13"),
      opt=True),                                                                        # a season's summary
    E("中国人民银行18日发布数据", "announcement", "发布", D18, organizers=["中国人民银行"]),
    E("油菜花旅游节将于3月22日在汉台区开幕", "activity", "开幕", day("2026-03-22"), location="汉台区"),
    E("德国联邦统计局18日公布", "announcement", "公布", D18, organizers=["德国联邦统计局"]),
    E("省教育厅18日发布通知", "announcement", "发布", D18, organizers=["省教育厅"], opt=True),    # the exam told
    E("统一考试将于4月11日至12日在西安体育学院举行", "exam", "考试", day("2026-04-11", "2026-04-12"),
      location="西安体育学院", organizers=["省教育厅"]),
    E("结束为期两天的货币政策会议", "meeting", "会议", day("2026-03-17", "2026-03-18"),
      organizers=["美国联邦储备委员会"]),
    E("宣布将联邦基金利率目标区间下调25个基点", "policy", "下调", D18, organizers=["美国联邦储备委员会"]),
    E("美国商务部同日公布", "announcement", "公布", D18, organizers=["美国商务部"]),
    E("全省已春播粮食作物320万亩", "production", "春播", D18),
    E("省文化和旅游厅18日发布", "announcement", "发布", D18, organizers=["省文化和旅游厅"]),
    E("系列活动在西安大唐不夜城启动", "activity", "启动", D18, location="西安大唐不夜城",
      theme="2026丝路文化旅游年"),
]
