"""贵阳晚报 (贵阳市, 贵州省), 2026-03-05 (a Thursday): a `国内国际` wire page.
Features: a column label; ten 新华社 items (Beijing ×4, one with two reporters and one with no reporter; Guiyang ×3;
Seoul, Jakarta, Washington) and four 中新社 items (Guiyang ×3, London dated 3月3日); a web item whose metadata line
(`来源：中国新闻网  发布时间：…  编辑：罗 丹`) stands above its body and its title after it; a join after a comma
(`…东盟采购对接会，` | `预计邀请境外采购商200家以上…`) with the Seoul item between; headlines after their bodies; ten
items without headline. Province-level bodies written short (`省商务厅` ×2, `省交通运输厅`, `省文化和旅游厅`,
`省农业农村厅`) resolve with 贵州省. Foreign money with conversions (韩元, 英镑, 印尼盾 `约合X亿元人民币`). Dates: `4日`
= 03-04, `同日` ×3, `3月3日`/`3日`, `4月中旬`, `3月下旬`, `春运前31天（2月2日至3月4日）`, `3月13日`, `自4月1日起`,
`春节假期`, `明年6月` = 2027-06, `下周四` = 03-12, `上月` after `2月` (January) and after `1月` (December),
`上周`/`当周` (a week: optional with a value).

Written at main commit b411d97, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, up, xun, year

PAPER = "贵阳晚报"
PUBLISHED = "2026-03-05"
HOME = {"city": "贵阳市", "province": "贵州省"}

LAYOUT = [
    ("国内国际", "label", "W0"),
    ("新华社北京3月4日电（记者 张", "body", "W0"),
    ("全国政协十四届四次", "headline", "W0"),                 # after its body
    ("中新社贵阳3月4日电（记者 杨", "body", "W1"),            # breaks after a comma
    ("新华社首尔", "body", "W2"),                             # no headline
    ("预计邀请境外采购商", "body", "W1"),                     # the rest of W1's paragraph
    ("贵州1月对东盟", "headline", "W1"),                      # after its body
    ("新华社北京3月4日电（记者 樊", "body", "W3"),            # no headline
    ("新华社贵阳3月4日电（记者 李", "body", "W4"),
    ("贵州38个重点交通", "headline", "W4"),                   # after its body
    ("中新社伦敦", "body", "W5"),                             # no headline
    ("新华社北京3月4日电（记者 申", "body", "W6"),            # no headline
    ("中新社贵阳3月4日电（记者 袁", "body", "W7"),            # no headline
    ("新华社雅加达", "body", "W8"),
    ("雅万高铁累计", "headline", "W8"),                       # after its body
    ("新华社贵阳3月4日电（记者 潘", "body", "W9"),            # no headline
    ("新华社贵阳3月4日电（记者 向", "body", "W10"),           # no headline
    ("中新社贵阳3月4日电（记者 周", "body", "W11"),           # no headline
    ("来源：中国新闻网", "byline", "W12"),                    # metadata line above its body
    ("欧盟统计局", "body", "W12"),
    ("欧元区2月通胀率", "headline", "W12"),                   # after its body
    ("新华社华盛顿", "body", "W13"),                          # no headline
    ("新华社北京3月4日电  国务院", "body", "W14"),             # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["张晓松", "王琦"])),
    "W1": dict(byline=byline(reporters=["杨茜"])),
    "W2": dict(byline=byline(reporters=["黄昕欣"])),
    "W3": dict(byline=byline(reporters=["樊曦"])),
    "W4": dict(byline=byline(reporters=["李惊亚"])),
    "W5": dict(byline=byline(reporters=["欧阳开宇"])),
    "W6": dict(byline=byline(reporters=["申铖"])),
    "W7": dict(byline=byline(reporters=["袁超"])),
    "W8": dict(byline=byline(reporters=["徐骞"])),
    "W9": dict(byline=byline(reporters=["潘德鑫"])),
    "W10": dict(byline=byline(reporters=["向定杰"])),
    "W11": dict(byline=byline(reporters=["周燕玲"])),
    "W12": dict(),                                            # the editor is no writer
    "W13": dict(byline=byline(reporters=["邓仙来"])),
    "W14": dict(),
}
JOINS = [("中新社贵阳3月4日电（记者 杨", "预计邀请境外采购商")]
PHOTOS = {}

D04, D03 = day("2026-03-04"), day("2026-03-03")
Y26, Y25 = year(2026), year(2025)
LAST_WEEK = day("2026-02-23", "2026-03-01")
LINES04 = ["记者 张", "记者 杨", "记者 黄", "记者 樊", "记者 李", "记者 申", "记者 袁", "记者 徐", "记者 潘",
           "记者 向", "记者 周", "记者 邓", " 国务院"]
DATES = [D(f"[[3月4日]]电（{c}" if c.startswith("记者") else f"[[3月4日]]电 {c}", D04) for c in LINES04] + [
    D("[[3月3日]]电（记者 欧", D03),
    D("会议[[4日下午]]在", D04),
    D("记者[[4日]]从省商务厅", D04),
    D("，[[2025年]]，贵州货物", Y25),
    D("；[[今年1月]]，全省", month(2026, 1)),
    D("将于[[4月中旬]]在贵阳", xun(2026, 4, 1)),
    D("韩国统计厅[[4日]]公布", D04),
    D("，[[2月]]韩国消费者", month(2026, 2)),
    D("韩国政府[[同日]]宣布", D04),
    D("将于[[3月下旬]]向", xun(2026, 3, 2)),
    D("\n贵州[[1月]]对东盟", month(2026, 1)),
    D("有限公司[[4日]]发布", D04),
    D("，[[春运前31天（2月2日至3月4日）]]，", day("2026-02-02", "2026-03-04")),
    D("国铁集团[[同日]]表示", D04),
    D("将于[[3月13日]]结束", day("2026-03-13")),
    D("）[[2026年]]贵州省重点", Y26, OPT),                           # a year inside the activity's name
    D("开工活动[[4日]]在遵义", D04),
    D("介绍，[[今年]]全省", Y26),
    D("英国政府[[3日]]宣布", D03),
    D("，自[[4月1日]]起", day("2026-04-01")),
    D("农业农村部[[4日]]联合", D04),
    D("下达[[2026年]]中央财政", Y26, OPT),                           # a year inside a budget's name
    D("较[[上年]]增加2.6亿元", Y25, OPT),                            # the year before the budget's
    D("省文化和旅游厅[[4日]]发布", D04),
    D("数据，[[春节假期]]，贵州", day("2026-02-15", "2026-02-23")),
    D("交通部[[4日]]表示", D04),
    D("印尼政府[[同日]]批准", D04),
    D("截至[[3月3日]]，贵州", D03),
    D("快于[[去年同期]]", Y25, OPT),
    D("中级人民法院[[4日]]对", D04),
    D("二期工程[[4日]]实现", D04),
    D("预计[[明年6月]]开通", month(2027, 6)),
    D("发布时间：[[2026-03-04]] 19", D04),
    D("欧盟统计局[[4日]]公布", D04),
    D("欧元区[[2月]]通胀率初值", month(2026, 2)),
    D("比[[上月]]回落", month(2026, 1)),
    D("；[[1月]]欧元区失业率", month(2026, 1)),
    D("与[[上月]]持平", month(2025, 12)),
    D("将于[[下周四]]召开", day("2026-03-12")),
    D("\n欧元区[[2月]]通胀率回落", month(2026, 2)),
    D("银行家协会[[4日]]公布", D04),
    D("，[[上周]]美国30年期", LAST_WEEK, OPT),                        # a week
    D("；[[当周]]抵押贷款", LAST_WEEK, OPT),
    D("新闻办公室[[4日]]举行", D04),
    D("介绍“十五五”[[开局之年]]稳就业", Y26, OPT),
    D("表示，[[今年]]将组织", Y26),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
ZXZ = ["中国人民政治协商会议全国委员会", "全国政协"]
SWT = ["贵州省商务厅"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京3月4日电（记者 张", "首尔", "北京3月4日电（记者 樊", "贵阳3月4日电（记者 李", "北京3月4日电（记者 申",
    "雅加达", "贵阳3月4日电（记者 潘", "贵阳3月4日电（记者 向", "华盛顿", "北京3月4日电  国务院")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
    "贵阳3月4日电（记者 杨", "伦敦", "贵阳3月4日电（记者 袁", "贵阳3月4日电（记者 周")] + [
    O("）[[中国人民政治协商会议第十四届全国委员会]]第四次", ZXZ, G, OPT),   # inside the session's name
    O("2100余名[[全国政协]]委员", ZXZ, G, OPT),
    O("\n[[全国政协]]十四届", ZXZ, G, OPT),
    O("记者4日从[[省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[韩国统计厅]]4日", ["韩国统计厅"], G),
    O("。[[韩国政府]]同日", ["韩国政府", "大韩民国政府"], G),
    O("）[[中国国家铁路集团有限公司]]4日", ["中国国家铁路集团有限公司"], CO),
    O("。[[国铁集团]]同日", ["中国国家铁路集团有限公司", "国铁集团"], CO),
    O("。[[省交通运输厅]]介绍", ["贵州省交通运输厅"], G),
    O("）[[英国政府]]3日", ["英国政府"], G),
    O("）[[财政部]]、", ["中华人民共和国财政部", "财政部"], G),
    O("、[[农业农村部]]4日", ["中华人民共和国农业农村部", "农业农村部"], G),
    O("）[[省文化和旅游厅]]4日", ["贵州省文化和旅游厅"], G),
    O("）[[印度尼西亚交通部]]4日", ["印度尼西亚交通部"], G),
    O("。[[印尼政府]]同日", ["印度尼西亚政府", "印尼政府"], G),
    O("记者从[[省农业农村厅]]获悉", ["贵州省农业农村厅"], G),
    O("）[[贵阳市中级人民法院]]4日", ["贵阳市中级人民法院"], G),
    O("来源：[[中国新闻网]]", ["中国新闻网"], CO, OPT),                       # a website
    O("\n[[欧盟统计局]]4日", ["欧盟统计局"], G),
    O("。[[欧洲央行]]将于", ["欧洲中央银行", "欧洲央行"], G),
    O("）[[美国抵押贷款银行家协会]]4日", ["美国抵押贷款银行家协会"], SO),
    O("  [[国务院新闻办公室]]4日", ["国务院新闻办公室", "中华人民共和国国务院新闻办公室"], G),
    O("。[[人力资源社会保障部]]有关", ["中华人民共和国人力资源和社会保障部", "人力资源社会保障部"], G),
]

C, P, M, T, W, L, A, O_ = "count", "percent", "money", "duration", "weight", "length", "area", "other"
CNY, KRW, GBP, IDR = "CNY", "KRW", "GBP", "IDR"
YOY = up("上年同期")
STATS = [
    S("，[[2100余名]]全国政协委员", "2100", "名", C, "over", "出席的全国政协委员"),
    S("进出口总值[[812.6亿元]]", "81260000000", "元", M, "exact", "贵州货物贸易进出口总值", currency=CNY),
    S("同比增长[[9.4%]]", "9.4", "%", P, "exact", "贵州货物贸易进出口总值", change=YOY),
    S("进出口同比增长[[18.7%]]。", "18.7", "%", P, "exact", "贵州对东盟进出口", change=YOY),
    S("同比上涨[[2.1%]]", "2.1", "%", P, "exact", "韩国消费者价格指数", change=YOY),
    S("总额[[3万亿韩元]]", "3000000000000", "韩元", M, "exact", "追加低息贷款总额", currency=KRW),
    S("（[[约合150亿元人民币]]）", "15000000000", "元", M, "about", "追加低息贷款总额", currency=CNY),
    S("境外采购商[[200家以上]]", "200", "家", C, "over", "邀请境外采购商"),
    S("签约目标[[20亿元]]", "2000000000", "元", M, "exact", "现场签约目标", currency=CNY),
    S("进出口增长[[18.7%]]\n", "18.7", "%", P, "exact", "贵州对东盟进出口", change=YOY),
    S("春运前[[31天]]", "31", "天", T, "exact", "春运已过天数", OPT),               # inside a date expression
    S("发送旅客[[4.38亿人次]]", "438000000", "人次", C, "exact", "全国铁路累计发送旅客"),
    S("同比增长[[6.2%]]。", "6.2", "%", P, "exact", "全国铁路累计发送旅客", change=YOY),
    S("再发送旅客[[1.2亿人次]]", "120000000", "人次", C, "exact", "春运余下时段预计发送旅客"),
    S("开工项目[[38个]]，", "38", "个", C, "exact", "集中开工项目"),
    S("总投资[[416亿元]]", "41600000000", "元", M, "exact", "集中开工项目总投资", currency=CNY),
    S("高速公路项目[[6个]]", "6", "个", C, "exact", "高速公路项目"),
    S("交通投资[[1100亿元]]", "110000000000", "元", M, "exact", "计划完成交通投资", currency=CNY),
    S("通车里程[[200公里以上]]", "200", "公里", L, "over", "新增高速公路通车里程"),
    S("\n贵州[[38个]]重点交通", "38", "个", C, "exact", "集中开工项目"),
    S("英国[[21岁以上]]劳动者", "21", "岁", O_, "over", "劳动者年龄", OPT),           # an age
    S("每小时[[12.71英镑]]", "12.71", "英镑", M, "exact", "国家生活工资", currency=GBP),
    S("（[[约合118元人民币]]）", "118", "元", M, "about", "国家生活工资", currency=CNY),
    S("，[[约270万名]]低薪", "2700000", "名", C, "about", "受益的低薪劳动者"),
    S("资金预算[[1250亿元]]", "125000000000", "元", M, "exact", "农业相关转移支付资金预算", currency=CNY),
    S("贵州获得[[41.3亿元]]", "4130000000", "元", M, "exact", "贵州获得农业相关转移支付资金", currency=CNY),
    S("增加[[2.6亿元]]", "260000000", "元", M, "exact", "贵州获得农业相关转移支付资金", change=up("上年"),
      currency=CNY),
    S("接待游客[[2896.4万人次]]", "28964000", "人次", C, "exact", "贵州春节假期接待游客"),
    S("旅游收入[[276.5亿元]]", "27650000000", "元", M, "exact", "贵州春节假期旅游收入", currency=CNY),
    S("分别增长[[11.2%]]", "11.2", "%", P, "exact", "接待游客", change=YOY),
    S("和[[13.6%]]。", "13.6", "%", P, "exact", "旅游收入", change=YOY),
    S("旅客已突破[[1200万人次]]", "12000000", "人次", C, "over", "雅万高铁累计发送旅客"),
    S("投资[[约15万亿印尼盾]]", "15000000000000", "印尼盾", M, "about", "铁路干线改造投资", currency=IDR),
    S("（[[约合66亿元人民币]]）", "6600000000", "元", M, "about", "铁路干线改造投资", currency=CNY),
    S("旅客突破[[1200万人次]]\n", "12000000", "人次", C, "over", "雅万高铁累计发送旅客"),
    S("作物育苗[[42.6万亩]]", "426000", "亩", A, "exact", "春播粮食作物育苗"),
    S("化肥[[86万吨]]", "860000", "吨", W, "exact", "储备化肥"),
    S("，[[28名]]被告人", "28", "名", C, "exact", "被告人"),
    S("判处[[三年至十五年]]不等", "3", "年", T, "exact", "有期徒刑", OPT),            # sentences
    S("涉案金额[[逾2.3亿元]]", "230000000", "元", M, "over", "涉案金额", currency=CNY),
    S("全长[[约9.6公里]]", "9.6", "公里", L, "about", "3号线二期线路全长"),
    S("设车站[[6座]]", "6", "座", C, "exact", "车站"),
    S("可达[[15万人次左右]]", "150000", "人次", C, "about", "3号线二期日均客流"),
    S("通胀率初值为[[2.2%]]", "2.2", "%", P, "exact", "欧元区2月通胀率"),
    S("回落[[0.1个百分点]]", "0.1", "个百分点", P, "exact", "欧元区通胀率", change=down("上月")),
    S("失业率为[[6.2%]]", "6.2", "%", P, "exact", "欧元区失业率"),
    S("通胀率回落至[[2.2%]]", "2.2", "%", P, "exact", "欧元区2月通胀率"),
    S("平均利率降至[[6.12%]]", "6.12", "%", P, "exact", "30年期固定抵押贷款平均利率"),
    S("为[[近17个月]]来", "17", "个月", T, "under", "利率最低水平的时长", OPT),
    S("环比增长[[9.8%]]", "9.8", "%", P, "exact", "抵押贷款申请量", change=up("前一周")),
    S("服务活动[[5万场以上]]", "50000", "场", C, "over", "公共就业服务活动"),
]

EVENTS = [
    E("第四次会议4日下午在人民大会堂开幕", "meeting", "开幕", D04, location="人民大会堂",
      participants=["全国政协委员"]),
    E("在贵阳举办“黔货出海”东盟采购对接会", "meeting", "对接会", xun(2026, 4, 1), location="贵阳",
      organizers=["省商务厅"], theme="黔货出海"),
    E("韩国统计厅4日公布", "announcement", "公布", D04, organizers=["韩国统计厅"]),
    E("向中小企业追加发放总额3万亿韩元", "payout", "发放", xun(2026, 3, 2), organizers=["韩国政府"],
      participants=["中小企业"]),
    E("有限公司4日发布", "announcement", "发布", D04, organizers=["中国国家铁路集团有限公司"]),
    E("春运将于3月13日结束", "traffic", "春运", day("2026-03-13"), opt=True),              # a season's end, told
    E("集中开工活动4日在遵义举行", "construction", "开工", D04, location="遵义"),
    E("国家生活工资将上调至", "policy", "上调", day("2026-04-01"), organizers=["英国政府"]),
    E("联合下达2026年中央财政农业相关转移支付资金预算", "payout", "下达", D04, organizers=["财政部", "农业农村部"]),
    E("省文化和旅游厅4日发布数据", "announcement", "发布", D04, organizers=["省文化和旅游厅"]),
    E("累计发送旅客已突破1200万人次", "other", "突破", None, opt=True),                  # a running total
    E("同日批准投资约15万亿印尼盾", "policy", "批准", D04, organizers=["印尼政府"]),
    E("已完成春播粮食作物育苗42.6万亩", "production", "育苗", D03, location="贵州"),
    E("一审公开宣判", "legal", "宣判", D04, organizers=["贵阳市中级人民法院"]),
    E("分别被判处三年至十五年不等有期徒刑", "legal", "判处", D04, opt=True),             # the same case told again
    E("二期工程4日实现全线贯通", "construction", "贯通", D04, location="贵阳"),
    E("预计明年6月开通运营", "launch", "开通", month(2027, 6), opt=True),                # a plan
    E("欧盟统计局4日公布", "announcement", "公布", D04, organizers=["欧盟统计局"]),
    E("将于下周四召开议息会议", "meeting", "召开", day("2026-03-12"), organizers=["欧洲央行"]),
    E("银行家协会4日公布", "announcement", "公布", D04, organizers=["美国抵押贷款银行家协会"]),
    E("4日举行新闻发布会", "announcement", "新闻发布会", D04, organizers=["国务院新闻办公室"]),
    E("组织开展各类公共就业服务活动5万场以上", "activity", "开展", Y26, opt=True),        # a year plan
]
