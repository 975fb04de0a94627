"""锦城晚报 (成都市, 四川省), 2025-12-05 (a Friday): a `天下·要闻` wire page.
Features: fifteen 新华社 items with `新华社X地12月X日电（记者 X X）` datelines (Guangzhou, Harbin, Berlin, Seoul, Tokyo,
Guiyang, Xi'an, Beijing, Hangzhou, Wuhan, Brussels, New York, Nanchang, Zhengzhou, Chengdu), five of them with no
headline; two web items under metadata lines (`来源：南方+客户端  发布时间：2025-12-04 18:20  编辑：梁 嘉 怡`: a byline
line, the editor is no writer) with their headlines after the body; a paragraph broken after a comma
(`…其中出口4.86万亿元，` | `同比增长6.2%…`) with another item and its headline between; headlines after their bodies; a
column label. Statistics with 欧元 (`约120亿欧元…约合990亿元人民币`), 日元 (`约21.3万亿日元，约合1万亿元人民币`), 美元
(`598亿美元`, `首次突破7000亿美元`, `684亿美元…环比收窄12.3%`), `比上年同期提高1.1个百分点`, `超过`, `以上`, `以内`,
`余`, `约`. Dates: `今年1至10月`, `前10月`, `在2026年至2030年间`, `12月20日至21日`, `12月8日至12日`, `今日` = 12-05,
`明年1月1日`, `明年`, `上年`, `2025-12-04` in metadata; years inside names (`2026年全国硕士研究生招生考试`,
`2025粤港澳大湾区数字经济博览会`, `2026年度考试录用公务员`) optional; `本雪季`, `未来两年`, `近两年` optional with no
value. `新华社` in datelines, websites and apps optional. Places are not annotated.

Written at main commit c7229b8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, span, up, year

PAPER = "锦城晚报"
PUBLISHED = "2025-12-05"
HOME = {"city": "成都市", "province": "四川省"}

LAYOUT = [
    ("天下·要闻", "label", "W0"),
    ("广东前10月", "headline", "W0"),
    ("新华社广州", "body", "W0"),                             # breaks after a comma
    ("新华社哈尔滨", "body", "W1"),
    ("冰雪大世界试开园", "headline", "W1"),                   # after its body
    ("同比增长6.2%", "body", "W0"),                           # the rest of W0's paragraph
    ("新华社柏林", "body", "W2"),
    ("德国批准", "headline", "W2"),                           # after its body
    ("新华社首尔", "body", "W3"),                             # no headline
    ("新华社东京", "body", "W4"),
    ("日本通过", "headline", "W4"),                           # after its body
    ("贵州186个", "headline", "W5"),
    ("新华社贵阳", "body", "W5"),
    ("新华社西安", "body", "W6"),                             # no headline
    ("新华社北京", "body", "W7"),
    ("全国硕士研考", "headline", "W7"),                       # after its body
    ("来源：南方+客户端", "byline", "W8"),                    # metadata line
    ("12月4日，2025粤港澳", "body", "W8"),
    ("大湾区数字经济博览会广州开幕", "headline", "W8"),       # after its body
    ("新华社杭州", "body", "W9"),                             # no headline
    ("新华社武汉", "body", "W10"),
    ("长江干线", "headline", "W10"),                          # after its body
    ("来源：天山网", "byline", "W11"),                        # metadata line
    ("昭苏至伊宁", "body", "W11"),
    ("新疆昭伊", "headline", "W11"),                          # after its body
    ("新华社布鲁塞尔", "body", "W12"),
    ("欧洲投资银行推出", "headline", "W12"),                  # after its body
    ("新华社纽约", "body", "W13"),                            # no headline
    ("新华社南昌", "body", "W14"),
    ("江西59种", "headline", "W14"),                          # after its body
    ("河南高考", "headline", "W15"),
    ("新华社郑州", "body", "W15"),
    ("新华社成都", "body", "W16"),                            # no headline
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["陈晓彤"])),
    "W1": dict(byline=byline(reporters=["刘博文"])),
    "W2": dict(byline=byline(reporters=["林佳慧"])),
    "W3": dict(byline=byline(reporters=["朴成浩"])),
    "W4": dict(byline=byline(reporters=["李光正"])),
    "W5": dict(byline=byline(reporters=["吴思远"])),
    "W6": dict(byline=byline(reporters=["张博"])),
    "W7": dict(byline=byline(reporters=["王雨萧"])),
    "W8": dict(),
    "W9": dict(byline=byline(reporters=["周雅琴"])),
    "W10": dict(byline=byline(reporters=["梁建强"])),
    "W11": dict(),
    "W12": dict(byline=byline(reporters=["康逸"])),
    "W13": dict(byline=byline(reporters=["邓宇晴"])),
    "W14": dict(byline=byline(reporters=["赖星"])),
    "W15": dict(byline=byline(reporters=["韩朝阳"])),
    "W16": dict(byline=byline(reporters=["谢佼"])),
}
JOINS = [("新华社广州", "同比增长6.2%")]
PHOTOS = {}

D4, D3 = day("2025-12-04"), day("2025-12-03")
CITIES4 = ("广州", "哈尔滨", "首尔", "东京", "贵阳", "西安", "北京", "杭州", "武汉", "布鲁塞尔", "南昌", "郑州", "成都")
DATES = [D(f"{c}[[12月4日]]电", D4) for c in CITIES4] + [
    D(f"{c}[[12月3日]]电", D3) for c in ("柏林", "纽约")] + [
    D("广东[[前10月]]规上", months(2025, 1, 10)),
    D("广东省统计局[[4日]]发布", D4),
    D("，[[今年1至10月]]，广东", months(2025, 1, 10)),
    D("比[[上年同期]]提高", year(2024)),
    D("冰雪大世界[[4日]]试开园", D4),
    D("预计，[[本雪季]]冰雪", VAGUE),                                   # a season with no fixed bounds
    D("德国联邦政府[[3日]]批准", D3),
    D("计划在[[2026年至2030年]]间", (span("2026-01-01", "2030-12-31"), "year")),
    D("产业通商资源部[[4日]]公布", D4),
    D("韩国[[11月]]出口额", month(2025, 11)),
    D("韩国[[全年]]出口额", year(2025), OPT),                           # the year, implied
    D("日本政府[[4日]]召开", D4),
    D("贵州省[[2025年]]第四批", year(2025), OPT),                       # a year in the batch's name
    D("重大工程项目[[4日]]集中", D4),
    D("中级人民法院[[4日]]公开", D4),
    D("教育部[[4日]]发布", D4),
    D("通知，[[2026年]]全国硕士", year(2026), OPT),                     # a year in the exam's name
    D("初试将于[[12月20日至21日]]举行", day("2025-12-20", "2025-12-21")),
    D("可于[[12月10日至19日]]登录", day("2025-12-10", "2025-12-19")),
    D("研考初试[[本月20日]]开考", day("2025-12-20")),
    D("发布时间：[[2025-12-04]] 18", D4),
    D("\n[[12月4日]]，2025粤港澳", D4),
    D("12月4日，[[2025]]粤港澳", year(2025), OPT),                      # a year in the fair's name
    D("展期至[[12月7日]]", day("2025-12-07")),
    D("社会保障厅[[4日]]发布", D4),
    D("浙江省[[2026年度]]考试录用", year(2026), OPT),                   # a year in the exam's name
    D("报名将于[[12月8日至12日]]进行", day("2025-12-08", "2025-12-12")),
    D("比[[上年]]增加312人", year(2024)),
    D("长江航务管理局[[4日]]发布", D4),
    D("数据，[[今年1至11月]]长江", months(2025, 1, 11)),
    D("发布时间：[[2025-12-04]] 11", D4),
    D("高速公路[[12月3日]]建成", D3),
    D("欧洲投资银行[[4日]]宣布", D4),
    D("将在[[未来两年]]向", VAGUE),
    D("美国商务部[[3日]]公布", D3),
    D("，[[今年10月]]美国", month(2025, 10)),
    D("为[[近两年]]来", VAGUE),
    D("江西省医疗保障局[[4日]]宣布", D4),
    D("自[[明年1月1日]]起", day("2026-01-01")),
    D("预计[[每年]]为参保", VAGUE),                                       # a recurring slot
    D("创新药[[明年]]起纳入", year(2026)),
    D("河南高考报名[[今日]]启动", day("2025-12-05")),
    D("河南省[[2026年]]普通高校", year(2026), OPT),                     # a year in the exam's name
    D("报名工作[[12月5日]]启动", day("2025-12-05")),
    D("至[[12月15日]]结束", day("2025-12-15")),
    D("预计[[明年]]河南", year(2026)),
    D("有限公司[[4日]]在成都", D4),
    D("东航计划到[[2027年]]在川", year(2027)),
]

G, PA, IN, CO, SO = "government", "party", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
CITIES = ("广州", "哈尔滨", "柏林", "首尔", "东京", "贵阳", "西安", "北京", "杭州", "武汉", "布鲁塞尔", "纽约", "南昌",
          "郑州", "成都")
EIB = ["欧洲投资银行"]
MU = ["中国东方航空集团有限公司", "东航"]
ORGS = [O(f"[[新华社]]{c}", XH, IN, OPT) for c in CITIES] + [
    O("[[广东省统计局]]4日", ["广东省统计局"], G),
    O("）第二十七届[[哈尔滨冰雪大世界]]", ["哈尔滨冰雪大世界"], CO, OPT),      # a park
    O("\n[[冰雪大世界]]试开园", ["哈尔滨冰雪大世界", "冰雪大世界"], CO, OPT),
    O("[[哈尔滨市文化广电和旅游局]]预计", ["哈尔滨市文化广电和旅游局"], G),
    O("[[德国联邦政府]]3日", ["德国联邦政府"], G),
    O("[[韩国产业通商资源部]]4日", ["韩国产业通商资源部"], G),
    O("[[韩国贸易协会]]预计", ["韩国贸易协会"], SO),
    O("[[日本政府]]4日", ["日本政府"], G),
    O("[[西安市中级人民法院]]4日", ["西安市中级人民法院"], G),
    O("[[教育部]]4日", ["中华人民共和国教育部", "教育部"], G),
    O("登录[[中国研究生招生信息网]]", ["中国研究生招生信息网"], IN, OPT),        # a website
    O("来源：[[南方+客户端]]", ["南方+客户端"], CO, OPT),                      # an app
    O("[[浙江省人力资源和社会保障厅]]4日", ["浙江省人力资源和社会保障厅"], G),
    O("[[长江航务管理局]]4日", ["交通运输部长江航务管理局", "长江航务管理局"], G),
    O("来源：[[天山网]]", ["天山网"], CO, OPT),                                # a website
    O("[[欧洲投资银行]]4日", EIB, IN),
    O("\n[[欧洲投资银行]]推出", EIB, IN),
    O("[[美国商务部]]3日", ["美国商务部"], G),
    O("[[江西省医疗保障局]]4日", ["江西省医疗保障局"], G),
    O("记者从[[河南省教育考试院]]获悉", ["河南省教育考试院"], IN),
    O("[[四川省人民政府]]与", ["四川省人民政府"], G),
    O("与[[中国东方航空集团有限公司]]4日", MU, CO),
    O("。[[东航]]计划", MU, CO),
    O("签订了[[成都天府国际机场]]国际货运", ["成都天府国际机场"], CO, OPT),      # in an agreement's name
]

C, P, M, T, A, L, W, V, X = "count", "percent", "money", "duration", "area", "length", "weight", "volume", "other"
CNY, USD, EUR, JPY = "CNY", "USD", "EUR", "JPY"
Y = "上年同期"
STATS = [
    S("工业增加值增长[[4.6%]]\n", "4.6", "%", P, "exact", "广东规上工业增加值", change=up()),
    S("同比增长[[4.6%]]，", "4.6", "%", P, "exact", "广东规模以上工业增加值", change=up(Y)),
    S("比重达[[56.8%]]", "56.8", "%", P, "exact", "先进制造业增加值占规上工业的比重"),
    S("提高[[1.1个百分点]]", "1.1", "个百分点", P, "exact", "先进制造业增加值占规上工业的比重", change=up(Y)),
    S("进出口[[7.42万亿元]]", "7420000000000", "元", M, "exact", "全省外贸进出口", currency=CNY),
    S("同比增长[[3.9%]]", "3.9", "%", P, "exact", "全省外贸进出口", change=up(Y)),
    S("出口[[4.86万亿元]]", "4860000000000", "元", M, "exact", "出口", currency=CNY),
    S("同比增长[[6.2%]]", "6.2", "%", P, "exact", "出口", change=up(Y)),
    S("出口增长[[11.4%]]", "11.4", "%", P, "exact", "对东盟出口", change=up()),
    S("占地面积[[约100万平方米]]", "1000000", "平方米", A, "about", "园区占地面积"),
    S("总量[[约30万立方米]]", "300000", "立方米", V, "about", "用冰用雪总量"),
    S("游客[[超过300万人次]]", "3000000", "人次", C, "over", "冰雪大世界接待游客"),
    S("总额[[约120亿欧元]]", "12000000000", "欧元", M, "about", "铁路现代化投资计划总额", currency=EUR),
    S("，[[约合990亿元人民币]]", "99000000000", "元", M, "about", "铁路现代化投资计划总额", currency=CNY),
    S("改造[[约4200公里]]", "4200", "公里", L, "about", "改造既有线路"),
    S("批准[[120亿欧元]]铁路", "12000000000", "欧元", M, "exact", "铁路投资计划", currency=EUR),
    S("出口额为[[598亿美元]]", "59800000000", "美元", M, "exact", "韩国11月出口额", currency=USD),
    S("同比增长[[7.1%]]", "7.1", "%", P, "exact", "韩国11月出口额", change=up(Y)),
    S("连续[[6个月]]", "6", "个月", T, "exact", "出口保持增长"),
    S("出口额[[146亿美元]]", "14600000000", "美元", M, "exact", "半导体出口额", currency=USD),
    S("首次[[突破7000亿美元]]", "700000000000", "美元", M, "over", "韩国全年出口额", currency=USD),
    S("总额[[约21.3万亿日元]]", "21300000000000", "日元", M, "about", "经济刺激计划总额", currency=JPY),
    S("，[[约合1万亿元人民币]]", "1000000000000", "元", M, "about", "经济刺激计划总额", currency=CNY),
    S("其中[[约3.6万亿日元]]", "3600000000000", "日元", M, "about", "电费和燃气费补贴", currency=JPY),
    S("通过[[21.3万亿日元]]经济", "21300000000000", "日元", M, "exact", "经济刺激计划", currency=JPY),
    S("贵州[[186个]]重大", "186", "个", C, "exact", "集中开工的重大工程项目"),
    S("共[[186个]]", "186", "个", C, "exact", "集中开工的重大工程项目"),
    S("总投资[[1265亿元]]", "126500000000", "元", M, "exact", "重大工程项目总投资", currency=CNY),
    S("投资[[10亿元以上]]", "1000000000", "元", M, "over", "单个项目投资", currency=CNY),
    S("的项目[[32个]]", "32", "个", C, "exact", "投资10亿元以上的项目"),
    S("有期徒刑[[十二年]]", "12", "年", T, "exact", "有期徒刑"),
    S("罚金[[100万元]]", "1000000", "元", M, "exact", "罚金", currency=CNY),
    S("违法所得[[2.3亿余元]]", "230000000", "元", M, "over", "追缴违法所得", currency=CNY),
    S("参与人[[4600余名]]", "4600", "名", C, "over", "集资参与人"),
    S("报名人数为[[388万人]]", "3880000", "人", C, "exact", "硕士研究生招生考试报名人数"),
    S("面积[[约8万平方米]]", "80000", "平方米", A, "about", "博览会展览面积"),
    S("吸引[[1200余家]]企业", "1200", "家", C, "over", "参展企业"),
    S("签约项目[[42个]]", "42", "个", C, "exact", "现场签约项目"),
    S("签约金额达[[356亿元]]", "35600000000", "元", M, "exact", "签约金额", currency=CNY),
    S("招录[[6128人]]", "6128", "人", C, "exact", "计划招录公务员"),
    S("增加[[312人]]", "312", "人", C, "exact", "计划招录公务员", change=up("上年")),
    S("同比增长[[4.2%]]\n", "4.2", "%", P, "exact", "长江干线港口货物吞吐量", change=up(Y)),
    S("吞吐量达[[36.8亿吨]]", "3680000000", "吨", W, "exact", "长江干线港口货物吞吐量"),
    S("同比增长[[4.2%]]；", "4.2", "%", P, "exact", "长江干线港口货物吞吐量", change=up(Y)),
    S("吞吐量[[2480万标箱]]", "24800000", "标箱", C, "exact", "集装箱吞吐量"),
    S("同比增长[[8.7%]]", "8.7", "%", P, "exact", "集装箱吞吐量", change=up(Y)),
    S("全长[[约186公里]]", "186", "公里", L, "about", "昭苏至伊宁高速公路全长"),
    S("时速[[100公里]]", "100", "公里", X, "exact", "设计时速"),
    S("总投资[[约162亿元]]", "16200000000", "元", M, "about", "项目总投资", currency=CNY),
    S("由[[4小时]]缩短", "4", "小时", T, "exact", "两地行车时间"),
    S("缩短至[[2小时以内]]", "2", "小时", T, "under", "两地行车时间"),
    S("总额[[约50亿欧元]]", "5000000000", "欧元", M, "about", "中小企业优惠贷款总额", currency=EUR),
    S("惠及企业[[逾1.2万家]]", "12000", "家", C, "over", "惠及企业"),
    S("推出[[50亿欧元]]中小企业", "5000000000", "欧元", M, "exact", "中小企业贷款", currency=EUR),
    S("逆差为[[684亿美元]]", "68400000000", "美元", M, "exact", "美国商品和服务贸易逆差", currency=USD),
    S("收窄[[12.3%]]", "12.3", "%", P, "exact", "美国商品和服务贸易逆差", change=down("上月")),
    S("全省将[[59种]]创新药", "59", "种", C, "exact", "纳入医保支付范围的创新药"),
    S("负担[[约8.6亿元]]", "860000000", "元", M, "about", "参保患者每年减轻负担", currency=CNY),
    S("江西[[59种]]创新药", "59", "种", C, "exact", "纳入医保的创新药"),
    S("将[[超过130万人]]", "1300000", "人", C, "over", "河南高考报名人数"),
    S("运力增至[[80架]]", "80", "架", C, "exact", "东航在川投放运力"),
]

EVENTS = [
    E("统计局4日发布数据", "announcement", "发布", D4, organizers=["广东省统计局"]),
    E("冰雪大世界4日试开园", "launch", "试开园", D4, location="哈尔滨"),
    E("批准一项总额约120亿欧元的铁路现代化投资计划", "policy", "批准", D3, organizers=["德国联邦政府"]),
    E("计划在2026年至2030年间实施", "policy", "实施", (span("2026-01-01", "2030-12-31"), "year"),
      opt=True),                                                                     # the same plan
    E("资源部4日公布", "announcement", "公布", D4, organizers=["韩国产业通商资源部"]),
    E("召开临时内阁会议", "meeting", "召开", D4, organizers=["日本政府"]),
    E("通过总额约21.3万亿日元的经济刺激计划", "policy", "通过", D4, organizers=["日本政府"]),
    E("重大工程项目4日集中开工", "construction", "开工", D4, location="贵州"),
    E("公开宣判一起非法吸收公众存款案", "legal", "宣判", D4, organizers=["西安市中级人民法院"]),
    E("依法追缴违法所得", "legal", "追缴", D4, opt=True),                             # the same ruling
    E("教育部4日发布通知", "announcement", "发布", D4, organizers=["教育部"]),
    E("初试将于12月20日至21日举行", "exam", "初试", day("2025-12-20", "2025-12-21")),
    E("下载打印准考证", "other", "打印准考证", day("2025-12-10", "2025-12-19"), opt=True),
    E("数字经济博览会在广州开幕", "exhibition", "开幕", day("2025-12-04", "2025-12-07"), location="广州"),
    E("现场签约项目42个", "signing", "签约", D4, location="广州"),
    E("社会保障厅4日发布公告", "announcement", "发布", D4, organizers=["浙江省人力资源和社会保障厅"]),
    E("报名将于12月8日至12日进行", "registration", "报名", day("2025-12-08", "2025-12-12"),
      organizers=["浙江省人力资源和社会保障厅"]),
    E("长江航务管理局4日发布数据", "announcement", "发布", D4, organizers=["长江航务管理局"]),
    E("高速公路12月3日建成通车", "construction", "建成通车", D3, location="昭苏至伊宁高速公路"),
    E("提供总额约50亿欧元的优惠贷款", "payout", "贷款", None, organizers=["欧洲投资银行"],
      participants=["欧盟成员国中小企业"]),
    E("美国商务部3日公布", "announcement", "公布", D3, organizers=["美国商务部"]),
    E("纳入省级医保支付范围", "policy", "纳入", day("2026-01-01"), organizers=["江西省医疗保障局"]),
    E("报名工作12月5日启动", "registration", "报名", day("2025-12-05", "2025-12-15"),
      organizers=["河南省教育考试院"]),
    E("在成都签署战略合作协议", "signing", "签署", D4, location="成都", organizers=["四川省人民政府"],
      participants=["中国东方航空集团有限公司"]),
    E("签订了成都天府国际机场国际货运枢纽建设合作协议", "signing", "签订", D4, location="成都"),
]
