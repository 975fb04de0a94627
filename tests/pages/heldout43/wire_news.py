"""沈阳日报 (沈阳市, 辽宁省), 2026-05-14 (a Thursday): a `国内国际` wire page.
Features: a column label; 新华社 and 中新社 items (Beijing ×5 one with no reporter, Shenyang ×7 one with two reporters,
Vladivostok, Ulaanbaatar, Dalian, Washington); a join after a comma (`…经贸合作对接会，` | `届时将邀请俄远东地区企业…`)
with the Vladivostok item between; a headline with another item between it and its body (`沈抚高速改扩建开工`); a title
before its body that follows another item (`辽宁玉米播种进度快于去年`); headlines after their bodies; ten items without
headline. Province-level bodies written short (`省商务厅` ×2, `省文化和旅游厅`, `省交通运输厅`, `省教育厅`,
`省农业农村厅` ×2) resolve with 辽宁省. Foreign money with conversions (`约125亿卢布（约合11.3亿元人民币）`,
`58.6亿美元（约合421亿元人民币）`, `1.2万亿图格里克（约合25.1亿元人民币）`), `33215亿美元`. Dates: datelines `5月13日`
(`5月12日` in Washington), `13日`/`12日`, `同日` = 05-13, `当日`, `前4个月`/`今年前4个月` = January–April, `4月份`,
`上月` after `4月份` = March, `本月下旬` ×2, `6月1日起` ×2, `五一假期` ×2 = 05-01..05-05, `6月7日至9日`,
`4月末`/`3月末`, `2028年底`, `去年` (a title too).

Written at main commit 3aa6f9e, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "沈阳日报"
PUBLISHED = "2026-05-14"
HOME = {"city": "沈阳市", "province": "辽宁省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京5月13日电（记者 魏 玉", "body", "W0"),
    ("4月份CPI", "headline", "W0"),                          # after its body
    ("新华社沈阳5月13日电（记者 王", "body", "W1"),          # breaks after a comma
    ("中新社符拉迪沃斯托克", "body", "W2"),                  # no headline
    ("届时将邀请", "body", "W1"),                            # the rest of W1's paragraph
    ("辽宁前4个月", "headline", "W1"),                       # after its body
    ("新华社沈阳5月13日电（记者 石", "body", "W3"),          # no headline
    ("新华社乌兰巴托", "body", "W4"),                        # no headline
    ("新华社北京5月13日电（记者 叶", "body", "W5"),
    ("网约车新规", "headline", "W5"),                        # after its body
    ("新华社沈阳5月13日电（记者 孙", "body", "W6"),
    ("中新社北京5月13日电（记者 李", "body", "W7"),          # no headline
    ("沈抚高速改扩建开工", "headline", "W6"),                # W6's, after W7
    ("新华社沈阳5月13日电（记者 丁", "body", "W8"),          # no headline
    ("辽宁玉米播种", "headline", "W9"),                      # before its body
    ("新华社沈阳5月13日电（记者 徐", "body", "W9"),
    ("中新社沈阳", "body", "W10"),                           # no headline
    ("新华社大连", "body", "W11"),                           # no headline
    ("中新社北京5月13日电（记者 魏", "body", "W12"),         # no headline
    ("新华社沈阳5月13日电（记者 崔", "body", "W13"),         # no headline
    ("新华社华盛顿", "body", "W14"),
    ("美国4月CPI", "headline", "W14"),                       # after its body
    ("新华社北京5月13日电  国务院", "body", "W15"),           # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["魏玉坤"])),
    "W1": dict(byline=byline(reporters=["王晓莹", "赵洪南"])),
    "W2": dict(byline=byline(reporters=["田冰"])),
    "W3": dict(byline=byline(reporters=["石庆伟"])),
    "W4": dict(byline=byline(reporters=["阿斯钢"])),
    "W5": dict(byline=byline(reporters=["叶昊鸣"])),
    "W6": dict(byline=byline(reporters=["孙仁斌"])),
    "W7": dict(byline=byline(reporters=["李晓喻"])),
    "W8": dict(byline=byline(reporters=["丁非白"])),
    "W9": dict(byline=byline(reporters=["徐扬"])),
    "W10": dict(byline=byline(reporters=["韩宏"])),
    "W11": dict(byline=byline(reporters=["郭翔"])),
    "W12": dict(byline=byline(reporters=["魏晞"])),
    "W13": dict(byline=byline(reporters=["崔师瑜"])),
    "W14": dict(byline=byline(reporters=["许缘"])),
    "W15": dict(),
}
JOINS = [("新华社沈阳5月13日电（记者 王", "届时将邀请")]
PHOTOS = {}

D13, D12 = day("2026-05-13"), day("2026-05-12")
APR, JAN_APR = month(2026, 4), months(2026, 1, 4)
MAYDAY = day("2026-05-01", "2026-05-05")
LATE_MAY = xun(2026, 5, 2)
LINES13 = ["魏 玉", "王", "田", "石", "阿", "叶", "孙", "李", "丁", "徐", "韩", "郭", "魏 晞", "崔"]
DATES = [D(f"[[5月13日]]电（记者 {c}", D13) for c in LINES13] + [
    D("[[5月13日]]电  国务院", D13),
    D("[[5月12日]]电（记者 许", D12),
    D("国家统计局[[13日]]发布", D13),
    D("数据，[[4月份]]，全国", APR),
    D("涨幅比[[上月]]扩大", month(2026, 3)),                        # the month before 4月份
    D("；[[前4个月]]，全国CPI", JAN_APR),
    D("。[[4月份]]全国工业", APR),
    D("\n[[4月份]]CPI", APR),
    D("获悉，[[前4个月]]，辽宁", JAN_APR),
    D("将于[[本月下旬]]在沈阳举办辽宁", LATE_MAY),
    D("政府[[13日]]宣布", D13),
    D("宣布，[[今年]]将投入", year(2026)),
    D("计划[[6月]]开工", month(2026, 6)),
    D("\n[[届时]]将邀请", LATE_MAY, OPT),                            # the meeting's time, told again
    D("\n辽宁[[前4个月]]对俄", JAN_APR),
    D("获悉，[[五一假期]]，全省", MAYDAY),
    D("委员会[[13日]]公布", D13),
    D("，[[今年前4个月]]蒙古国", JAN_APR),
    D("蒙古国政府[[同日]]批准", D13),
    D("交通运输部[[13日]]发布", D13),
    D("明确自[[6月1日]]起施行", day("2026-06-01")),
    D("网约车新规[[6月1日]]起", day("2026-06-01")),
    D("省交通运输厅[[13日]]介绍", D13),
    D("改扩建工程[[当日]]开工", D13),
    D("计划[[2028年底]]建成", xun(2028, 12, 2)),
    D("商务部[[13日]]介绍", D13),
    D("介绍，[[五一假期]]，全国", MAYDAY),
    D("省教育厅[[13日]]发布", D13),
    D("，[[2026年]]普通高校", year(2026), OPT),                      # a year inside the exam's name
    D("将于[[6月7日至9日]]举行", day("2026-06-07", "2026-06-09")),
    D("比[[去年]]增加0.8万人", year(2025)),
    D("播种进度快于[[去年]]", year(2025)),
    D("截至[[12日]]，全省", D12),
    D("省农业农村厅[[13日]]派出", D13),
    D("新闻办[[13日]]举行", D13),
    D("汽博会将于[[本月下旬]]在", LATE_MAY),
    D("班轮航线[[13日]]开通", D13),
    D("外汇管理局[[13日]]公布", D13),
    D("截至[[4月末]]，我国", xun(2026, 4, 2)),
    D("较[[3月末]]上升", xun(2026, 3, 2)),
    D("国际机场[[13日]]开通", D13),
    D("美国劳工部[[12日]]公布", D12),
    D("，[[4月]]美国消费者", APR),
    D("涨幅比[[3月]]回落", month(2026, 3)),
    D("\n美国[[4月]]CPI", APR),
    D("国务院办公厅[[日前]]印发", VAGUE, OPT),
    D("提出到[[2030年]]冰雪", year(2030)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["辽宁省商务厅"]
NYT = ["辽宁省农业农村厅"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京5月13日电（记者 魏", "沈阳5月13日电（记者 王", "沈阳5月13日电（记者 石", "乌兰巴托", "北京5月13日电（记者 叶",
    "沈阳5月13日电（记者 孙", "沈阳5月13日电（记者 丁", "沈阳5月13日电（记者 徐", "大连", "沈阳5月13日电（记者 崔",
    "华盛顿", "北京5月13日电  国务院")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT)
    for p in ("符拉迪沃斯托克", "北京5月13日电（记者 李", "沈阳", "北京5月13日电（记者 魏")] + [
    O("）[[国家统计局]]13日", ["国家统计局"], G),
    O("记者从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[俄罗斯滨海边疆区政府]]13日", ["俄罗斯滨海边疆区政府"], G),
    O("记者从[[省文化和旅游厅]]获悉", ["辽宁省文化和旅游厅"], G),
    O("其中，[[沈阳故宫博物院]]5天", ["沈阳故宫博物院"], IN),
    O("）[[蒙古国国家统计委员会]]13日", ["蒙古国国家统计委员会"], G),
    O("。[[蒙古国政府]]同日", ["蒙古国政府"], G),
    O("）[[交通运输部]]13日", ["中华人民共和国交通运输部", "交通运输部"], G),
    O("）[[省交通运输厅]]13日", ["辽宁省交通运输厅"], G),
    O("）[[商务部]]13日", ["中华人民共和国商务部", "商务部"], G),
    O("）[[省教育厅]]13日", ["辽宁省教育厅"], G),
    O("记者从[[省农业农村厅]]获悉", NYT, G),
    O("。[[省农业农村厅]]13日", NYT, G),
    O("）[[辽宁省政府新闻办]]13日", ["辽宁省人民政府新闻办公室", "辽宁省政府新闻办"], G),
    O("在[[沈阳国际展览中心]]举办", ["沈阳国际展览中心"], IN, OPT),                  # a venue
    O("）[[大连港]]至", ["大连港"], CO, OPT),                                          # a port, a site
    O("至[[符拉迪沃斯托克港]]集装箱", ["符拉迪沃斯托克港"], CO, OPT),
    O("）[[国家外汇管理局]]13日", ["国家外汇管理局"], G),
    O("）[[沈阳桃仙国际机场]]13日", ["沈阳桃仙国际机场"], CO),
    O("）[[美国劳工部]]12日", ["美国劳工部"], G),
    O("  [[国务院办公厅]]日前", ["中华人民共和国国务院办公厅", "国务院办公厅"], G),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY, USD, RUB, MNT = "CNY", "USD", "RUB", "MNT"
YOY = up("上年同期")
STATS = [
    S("（CPI）同比上涨[[0.6%]]", "0.6", "%", P, "exact", "全国居民消费价格指数", change=YOY),
    S("扩大[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "CPI涨幅", change=up("上月")),
    S("全国CPI同比上涨[[0.4%]]", "0.4", "%", P, "exact", "前4个月全国CPI", change=YOY),
    S("同比下降[[1.1%]]", "1.1", "%", P, "exact", "全国工业生产者出厂价格", change=down("上年同期")),
    S("降幅收窄[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "工业生产者出厂价格降幅", change=down()),
    S("CPI同比上涨[[0.6%]]\n", "0.6", "%", P, "exact", "4月份CPI", change=YOY),
    S("进出口总值[[386.2亿元]]", "38620000000", "元", M, "exact", "辽宁对俄罗斯进出口总值", currency=CNY),
    S("同比增长[[9.7%]]，", "9.7", "%", P, "exact", "辽宁对俄罗斯进出口总值", change=YOY),
    S("外贸总值的[[8.6%]]", "8.6", "%", P, "exact", "对俄进出口占全省外贸总值比重"),
    S("投入[[约125亿卢布]]", "12500000000", "卢布", M, "about", "港区道路和物流设施改造投入", currency=RUB),
    S("（[[约合11.3亿元人民币]]）", "1130000000", "元", M, "about", "港区道路和物流设施改造投入",
      currency=CNY),
    S("企业[[120家以上]]", "120", "家", C, "over", "邀请的俄远东地区企业"),
    S("贸易增长[[9.7%]]", "9.7", "%", P, "exact", "辽宁对俄贸易", change=YOY),
    S("接待游客[[2856.3万人次]]", "28563000", "人次", C, "exact", "五一假期全省接待游客"),
    S("同比增长[[7.4%]]", "7.4", "%", P, "exact", "全省接待游客", change=YOY),
    S("旅游收入[[231.6亿元]]", "23160000000", "元", M, "exact", "五一假期旅游收入", currency=CNY),
    S("同比增长[[9.2%]]", "9.2", "%", P, "exact", "旅游收入", change=YOY),
    S("博物院[[5天]]接待", "5", "天", T, "exact", "五一假期天数"),
    S("接待游客[[近21万人次]]", "210000", "人次", C, "under", "沈阳故宫博物院接待游客"),
    S("总额达[[58.6亿美元]]", "5860000000", "美元", M, "exact", "蒙古国对外贸易总额", currency=USD),
    S("（[[约合421亿元人民币]]）", "42100000000", "元", M, "about", "蒙古国对外贸易总额", currency=CNY),
    S("同比增长[[6.3%]]", "6.3", "%", P, "exact", "蒙古国对外贸易总额", change=YOY),
    S("煤炭出口[[2180万吨]]", "21800000", "吨", W, "exact", "煤炭出口"),
    S("总额[[1.2万亿图格里克]]", "1200000000000", "图格里克", M, "exact", "住房贷款计划总额", currency=MNT),
    S("（[[约合25.1亿元人民币]]）", "2510000000", "元", M, "about", "住房贷款计划总额", currency=CNY),
    S("年利率不超过[[6%]]", "6", "%", P, "under", "住房贷款年利率"),
    S("不得超过[[27%]]", "27", "%", P, "under", "平台企业抽成比例上限"),
    S("全长[[约42.6公里]]", "42.6", "公里", L, "about", "改扩建工程全长"),
    S("总投资[[约96.8亿元]]", "9680000000", "元", M, "about", "改扩建工程总投资", currency=CNY),
    S("销售额同比增长[[6.8%]]", "6.8", "%", P, "exact", "重点零售和餐饮企业销售额", change=YOY),
    S("申请[[超过340万份]]", "3400000", "份", C, "over", "以旧换新补贴申请"),
    S("报名人数为[[24.6万人]]", "246000", "人", C, "exact", "高考报名人数"),
    S("增加[[0.8万人]]", "8000", "人", C, "exact", "高考报名人数", change=up("去年")),
    S("设考点[[89个]]", "89", "个", C, "exact", "考点"),
    S("播种面积[[4860万亩]]", "48600000", "亩", A, "exact", "已完成粮食播种面积"),
    S("计划的[[92.3%]]", "92.3", "%", P, "exact", "粮食播种完成计划比例"),
    S("同比快[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "玉米播种进度", change=YOY),
    S("派出[[14个]]工作组", "14", "个", C, "exact", "春播督导工作组"),
    S("展览面积[[8.5万平方米]]", "85000", "平方米", A, "exact", "汽博会展览面积"),
    S("参展企业[[600家以上]]", "600", "家", C, "over", "汽博会参展企业"),
    S("往返[[2个]]航次", "2", "个", C, "exact", "每周往返航次"),
    S("航行时间[[约72小时]]", "72", "小时", T, "about", "单程航行时间"),
    S("缩短[[3天]]", "3", "天", T, "exact", "航行时间", change=down("以往中转运输")),
    S("规模为[[33215亿美元]]", "3321500000000", "美元", M, "exact", "外汇储备规模", currency=USD),
    S("上升[[186亿美元]]", "18600000000", "美元", M, "exact", "外汇储备规模", change=up("3月末"), currency=USD),
    S("升幅为[[0.56%]]", "0.56", "%", P, "exact", "外汇储备规模", change=up("3月末")),
    S("每周执飞[[3班]]", "3", "班", C, "exact", "每周航班"),
    S("飞行时间[[约3小时]]", "3", "小时", T, "about", "单程飞行时间"),
    S("消费者价格指数同比上涨[[2.7%]]", "2.7", "%", P, "exact", "美国消费者价格指数", change=YOY),
    S("回落[[0.1个百分点]]", "0.1", "个百分点", P, "exact", "美国CPI涨幅", change=down("3月")),
    S("核心消费价格指数同比上涨[[2.9%]]", "2.9", "%", P, "exact", "美国核心消费价格指数", change=YOY),
    S("CPI同比上涨[[2.7%]]\n", "2.7", "%", P, "exact", "美国4月CPI", change=YOY),
    S("总规模达到[[1.5万亿元]]", "1500000000000", "元", M, "exact", "冰雪经济总规模", currency=CNY),
]

EVENTS = [
    E("国家统计局13日发布数据", "announcement", "发布", D13, organizers=["国家统计局"]),
    E("在沈阳举办辽宁—俄罗斯远东经贸合作对接会", "meeting", "对接会", LATE_MAY, location="沈阳",
      organizers=["省商务厅"], participants=["俄远东地区企业"]),
    E("俄罗斯滨海边疆区政府13日宣布", "announcement", "宣布", D13, opt=True),                 # a report verb
    E("首期工程计划6月开工", "construction", "开工", month(2026, 6), location="符拉迪沃斯托克",
      organizers=["俄罗斯滨海边疆区政府"]),
    E("蒙古国国家统计委员会13日公布", "announcement", "公布", D13, organizers=["蒙古国国家统计委员会"]),
    E("批准一项总额1.2万亿图格里克", "policy", "批准", D13, organizers=["蒙古国政府"]),
    E("发布《网络预约出租汽车运营服务规定》修订版，明确自6月1日起施行", "policy", "发布", D13,
      organizers=["交通运输部"]),
    E("改扩建工程当日开工", "construction", "开工", D13),
    E("省教育厅13日发布消息", "announcement", "发布", D13, organizers=["省教育厅"], opt=True),  # the exam told
    E("辽宁考区将于6月7日至9日举行", "exam", "举行", day("2026-06-07", "2026-06-09"), organizers=["省教育厅"]),
    E("已完成粮食播种面积4860万亩", "production", "播种", D12, opt=True),                  # a progress total
    E("派出14个工作组分赴各市开展春播督导", "inspection", "督导", D13, organizers=["省农业农村厅"]),
    E("13日举行新闻发布会", "announcement", "新闻发布会", D13, organizers=["辽宁省政府新闻办"]),
    E("本届汽博会将于本月下旬在沈阳国际展览中心举办", "exhibition", "汽博会", LATE_MAY,
      location="沈阳国际展览中心", participants=["参展企业"]),
    E("集装箱班轮航线13日开通", "launch", "开通", D13, location="大连"),
    E("国家外汇管理局13日公布", "announcement", "公布", D13, organizers=["国家外汇管理局"]),
    E("开通沈阳至乌兰巴托直飞航线", "launch", "开通", D13, location="沈阳", organizers=["沈阳桃仙国际机场"]),
    E("美国劳工部12日公布", "announcement", "公布", D12, organizers=["美国劳工部"]),
    E("国务院办公厅日前印发", "policy", "印发", None, organizers=["国务院办公厅"]),
]
