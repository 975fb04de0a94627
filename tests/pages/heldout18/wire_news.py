"""商都晚报 (郑州市, 河南省), 2025-12-16 (a Tuesday): a `神州·环球` wire page.
Features: eleven 新华社 items with datelines and bylines in parentheses
(`新华社北京12月15日电（记者 韩 立 民 刘 思 远）`, two reporters in one byline; Shenzhen, Frankfurt, Tokyo, Chengdu,
Jinan, Haikou, Urumqi, Zhengzhou (home), Washington, Shijiazhuang), two web-sourced items with a metadata line
(`来源：大河网  发布时间：2025-12-15 19:26  编辑：王 珂`: byline role, the editor is no writer), one under its headline,
one above it; a paragraph broken after a comma (`…同比增长3.4%，` | `增速比上月加快0.5个百分点。…`) with another item
and its headline between; a column label; headlines after their bodies and before them. Bare days (`15日`) resolve to
the dateline's month; `11月份` then `上月` (October), `1至11月份`, `今年前11个月`, `前11个月`, `今年1至11月`, `同期`,
`当天`, `当日`, `同日`, `明年1月`, `明年上半年`, `本财年` (Japan's fiscal year, optional), `今冬`, `截至12月14日`,
`明年2月底` (a deadline, optional), `上年同期`, the metadata times. Currencies: 人民币 (bare 元,
`约合人民币1.09万亿元`), 欧元, 日元 (`约17.7万亿日元`), 美元. `同比分别增长57.6%和36.2%`, `比上年同期提高1.5个百分点`,
`增速比上月加快0.5个百分点`, `比上次调查上升1个点`, `投资约186亿元建设的…工程`, `签约项目31个，总投资286亿元`. `新华社`
in datelines, `大河网`/`人民网` in metadata and venues are optional; an index without unit, a sentence range and `X成`
are optional. Events in Beijing, Guangdong, Germany, Japan, Sichuan, Henan (home), Shandong, Hainan, Xinjiang, the US,
Inner Mongolia and Hebei.

Written at main commit c7229b8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, span, up, year

PAPER = "商都晚报"
PUBLISHED = "2025-12-16"
HOME = {"city": "郑州市", "province": "河南省"}

LAYOUT = [
    ("神州·环球", "label", "W0"),
    ("新华社北京", "body", "W0"),                            # breaks after a comma
    ("深圳前11个月", "headline", "W1"),
    ("新华社深圳", "body", "W1"),
    ("增速比上月", "body", "W0"),                            # the rest of W0's paragraph
    ("11月份规上", "headline", "W0"),                        # after its body
    ("新华社法兰克福", "body", "W2"),
    ("德国10月", "headline", "W2"),                          # after its body
    ("日本内阁通过", "headline", "W3"),
    ("新华社东京", "body", "W3"),
    ("新华社成都", "body", "W4"),
    ("川南城际铁路", "headline", "W4"),                      # after its body
    ("郑州跨境电商", "headline", "W5"),
    ("来源：大河网", "byline", "W5"),                        # metadata: editor only
    ("12月15日，2025中国", "body", "W5"),
    ("新华社济南", "body", "W6"),
    ("济南宣判", "headline", "W6"),                          # after its body
    ("海南冬季瓜菜", "headline", "W7"),
    ("新华社海口", "body", "W7"),
    ("新华社乌鲁木齐", "body", "W8"),
    ("新疆启动", "headline", "W8"),                          # after its body
    ("新华社郑州", "body", "W9"),
    ("河南秋播小麦", "headline", "W9"),                      # after its body
    ("新华社华盛顿", "body", "W10"),
    ("美国11月", "headline", "W10"),                         # after its body
    ("来源：人民网", "byline", "W11"),                       # metadata above the headline
    ("蒙西至京津冀", "headline", "W11"),
    ("12月15日，由国家电网", "body", "W11"),
    ("河北前11个月", "headline", "W12"),
    ("新华社石家庄", "body", "W12"),
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["韩立民", "刘思远"])),
    "W1": dict(byline=byline(reporters=["陈浩然"])),
    "W2": dict(byline=byline(reporters=["孟凡宇"])),
    "W3": dict(byline=byline(reporters=["刘宇轩"])),
    "W4": dict(byline=byline(reporters=["杨帆"])),
    "W5": dict(),
    "W6": dict(byline=byline(reporters=["王凯文"])),
    "W7": dict(byline=byline(reporters=["符晓丹"])),
    "W8": dict(byline=byline(reporters=["阿依古丽"])),
    "W9": dict(byline=byline(reporters=["李亚楠"])),
    "W10": dict(byline=byline(reporters=["徐静"])),
    "W11": dict(),
    "W12": dict(byline=byline(reporters=["宋立新"])),
}
JOINS = [("新华社北京", "增速比上月")]
PHOTOS = {}

D15 = day("2025-12-15")
M1_11 = months(2025, 1, 11)
WINTER = (span("2025-12-01", "2026-02-28"), "season")
DATELINES = ("北京", "深圳", "法兰克福", "东京", "成都", "济南", "海口", "乌鲁木齐", "郑州", "华盛顿", "石家庄")
DATES = [D(f"新华社{c}[[12月15日]]电", D15) for c in DATELINES] + [
    D("国家统计局[[15日]]发布", D15),
    D("，[[11月份]]全国", month(2025, 11)),
    D("增速比[[上月]]加快", month(2025, 10)),
    D("。[[1至11月份]]，全国", M1_11),
    D("\n[[11月份]]规上", month(2025, 11)),
    D("\n深圳[[前11个月]]外贸", M1_11),
    D("深圳海关[[15日]]公布", D15),
    D("，[[今年前11个月]]深圳市", M1_11),
    D("。[[同期]]，深圳", M1_11, OPT),                                       # the same period
    D("，[[明年1月]]起将", month(2026, 1)),
    D("联邦统计局[[15日]]公布", D15),
    D("，德国[[10月]]出口额", month(2025, 10)),
    D("委员[[当天]]表示", D15),
    D("在[[明年上半年]]回落", (span("2026-01-01", "2026-06-30"), "quarter")),
    D("\n德国[[10月]]出口", month(2025, 10)),
    D("日本内阁[[15日]]通过", D15),
    D("的[[本财年]]补充", (span("2025-04-01", "2026-03-31"), "year"), OPT),   # Japan's fiscal year
    D("日本银行[[同日]]公布", D15),
    D("泸州段[[15日]]开通", D15),
    D("铁路部门[[当日]]安排", D15),
    D("发布时间：[[2025-12-15]] 19", D15),
    D("\n[[12月15日]]，2025中国", D15),
    D("，[[2025]]中国（郑州）", year(2025), OPT),                            # a year in a fair's name
    D("据介绍，[[今年1至11月]]，河南", M1_11),
    D("中级人民法院[[15日]]一审", D15),
    D("农业农村厅[[15日]]介绍", D15),
    D("，[[今冬]]海南", WINTER),
    D("截至[[12月14日]]", day("2025-12-14")),
    D("社会保障厅[[15日]]启动", D15),
    D("持续至[[明年2月底]]", month(2026, 2), OPT),                           # the end of a month, a deadline
    D("记者[[15日]]从河南", D15),
    D("全省[[今年]]秋播", year(2025)),
    D("比[[上年同期]]提高1.5", year(2024)),
    D("。[[目前]]，全省1.2万名", VAGUE),
    D("美国商务部[[15日]]公布", D15),
    D("，美国[[11月]]零售", month(2025, 11)),
    D("美国劳工部[[同日]]公布", D15),
    D("，[[11月]]非农", month(2025, 11)),
    D("\n美国[[11月]]零售", month(2025, 11)),
    D("发布时间：[[2025-12-16]] 08", day("2025-12-16")),
    D("\n[[12月15日]]，由国家电网", D15),
    D("\n河北[[前11个月]]新能源", M1_11),
    D("新闻办公室[[15日]]举行", D15),
    D("介绍[[今年前11个月]]，河北省", M1_11),
    D("。[[目前]]，全省新能源", VAGUE),
]

G, IN, CO = "government", "institution", "company"
XH = ["新华通讯社", "新华社"]
ORGS = [O(f"[[新华社]]{c}", XH, IN, OPT) for c in DATELINES] + [
    O("）[[国家统计局]]15日", ["国家统计局"], G),
    O("。[[国家统计局]]新闻发言人", ["国家统计局"], G),
    O("）[[深圳海关]]15日", ["中华人民共和国深圳海关", "深圳海关"], G),
    O("。[[深圳海关]]表示", ["中华人民共和国深圳海关", "深圳海关"], G),
    O("[[德国联邦统计局]]15日", ["德国联邦统计局"], G),
    O("。[[欧洲中央银行执行委员会]]委员", ["欧洲中央银行执行委员会", "欧洲中央银行"], G),
    O("\n[[日本内阁]]通过", ["日本内阁"], G),
    O("）[[日本内阁]]15日", ["日本内阁"], G),
    O("。[[日本银行]]同日", ["日本银行"], G),
    O("来源：[[大河网]]", ["大河网"], CO, OPT),                                        # a website
    O("在[[郑州国际会展中心]]开幕", ["郑州国际会展中心"], IN, OPT),                    # a venue
    O("，[[郑州航空港经济综合实验区管委会]]与",
      ["郑州航空港经济综合实验区管理委员会", "郑州航空港经济综合实验区管委会"], G),
    O("[[济南市中级人民法院]]15日", ["济南市中级人民法院"], G),
    O("[[海南省农业农村厅]]15日", ["海南省农业农村厅"], G),
    O("[[新疆维吾尔自治区人力资源和社会保障厅]]", ["新疆维吾尔自治区人力资源和社会保障厅"], G),
    O("从[[河南省农业农村厅]]获悉", ["河南省农业农村厅"], G),
    O("[[美国商务部]]15日", ["美国商务部"], G),
    O("[[美国劳工部]]同日", ["美国劳工部"], G),
    O("来源：[[人民网]]", ["人民网"], CO, OPT),                                        # a website
    O("由[[国家电网有限公司]]投资", ["国家电网有限公司", "国家电网"], CO),
    O("[[河北省人民政府新闻办公室]]15日", ["河北省人民政府新闻办公室"], G),
]

C, P, M, T, A, L, W, EN, X = "count", "percent", "money", "duration", "area", "length", "weight", "energy", "other"
CNY, EUR, JPY, USD = "CNY", "EUR", "JPY", "USD"
Y = "去年同期"
STATS = [
    S("同比增长[[5.6%]]，社会", "5.6", "%", P, "exact", "11月份全国规模以上工业增加值", change=up(Y)),
    S("零售总额[[43210亿元]]", "4321000000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[3.4%]]", "3.4", "%", P, "exact", "社会消费品零售总额", change=up(Y)),
    S("加快[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "社会消费品零售总额增速", change=up("上月")),
    S("（不含农户）[[457860亿元]]", "45786000000000", "元", M, "exact", "全国固定资产投资", currency=CNY),
    S("同比下降[[1.8%]]", "1.8", "%", P, "exact", "全国固定资产投资", change=down(Y)),
    S("同比增长[[5.6%]]\n", "5.6", "%", P, "exact", "11月份规上工业增加值", change=up(Y)),
    S("外贸进出口[[3.92万亿元]]\n", "3920000000000", "元", M, "exact", "深圳前11个月外贸进出口", currency=CNY),
    S("进出口总值[[3.92万亿元]]", "3920000000000", "元", M, "exact", "深圳市进出口总值", currency=CNY),
    S("同比增长[[6.1%]]", "6.1", "%", P, "exact", "深圳市进出口总值", change=up(Y)),
    S("其中出口[[2.48万亿元]]", "2480000000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[8.3%]]", "8.3", "%", P, "exact", "出口", change=up(Y)),
    S("进出口增长[[15.2%]]", "15.2", "%", P, "exact", "深圳对东盟进出口", change=up(Y)),
    S("外贸总值的[[17.6%]]", "17.6", "%", P, "exact", "深圳对东盟进出口占全市外贸总值"),
    S("出口额为[[1318亿欧元]]", "131800000000", "欧元", M, "exact", "德国10月出口额", currency=EUR),
    S("[[约合人民币1.09万亿元]]", "1090000000000", "元", M, "about", "德国10月出口额", currency=CNY),
    S("环比增长[[1.2%]]；", "1.2", "%", P, "exact", "德国10月出口额", change=up("上月")),
    S("进口额为[[1152亿欧元]]", "115200000000", "欧元", M, "exact", "德国10月进口额", currency=EUR),
    S("环比下降[[0.7%]]", "0.7", "%", P, "exact", "德国10月进口额", change=down("上月")),
    S("回落至[[2%左右]]", "2", "%", P, "about", "欧元区通胀率"),
    S("出口环比增长[[1.2%]]\n", "1.2", "%", P, "exact", "德国10月出口", change=up("上月")),
    S("内阁通过[[17.7万亿日元]]", "17700000000000", "日元", M, "exact", "补充预算案", currency=JPY),
    S("总额[[约17.7万亿日元]]", "17700000000000", "日元", M, "about", "本财年补充预算案总额", currency=JPY),
    S("[[约合人民币8300亿元]]", "830000000000", "元", M, "about", "补充预算案总额", currency=CNY),
    S("其中[[约3.2万亿日元]]", "3200000000000", "日元", M, "about", "电费和燃气费补贴", currency=JPY),
    S("指数为[[正15]]", "15", "", X, "exact", "大型制造业企业景气判断指数", OPT),     # an index, no unit
    S("上升[[1个点]]", "1", "个点", X, "exact", "大型制造业企业景气判断指数", change=up("上次调查")),
    S("全长[[约128公里]]", "128", "公里", L, "about", "川南城际铁路内江至自贡至泸州段线路全长"),
    S("设计时速[[250公里]]", "250", "公里", X, "exact", "设计时速"),
    S("总投资[[约290亿元]]", "29000000000", "元", M, "about", "川南城际铁路内自泸段总投资", currency=CNY),
    S("车站[[9座]]", "9", "座", C, "exact", "沿线车站"),
    S("动车组列车[[28对]]", "28", "对", C, "exact", "开行动车组列车"),
    S("压缩至[[46分钟]]", "46", "分钟", T, "exact", "内江至泸州最快运行时间", change=down()),
    S("签约项目[[31个]]\n", "31", "个", C, "exact", "签约项目"),
    S("展期[[3天]]", "3", "天", T, "exact", "博览会展期"),
    S("展览面积[[6万平方米]]", "60000", "平方米", A, "exact", "展览面积"),
    S("吸引[[1300余家]]企业", "1300", "家", C, "over", "参展企业"),
    S("与[[24家]]企业", "24", "家", C, "exact", "集中签约企业"),
    S("签约项目[[31个]]，", "31", "个", C, "exact", "签约项目"),
    S("总投资[[286亿元]]", "28600000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("交易额达[[2580亿元]]", "258000000000", "元", M, "exact", "河南省跨境电商交易额", currency=CNY),
    S("同比增长[[13.7%]]", "13.7", "%", P, "exact", "河南省跨境电商交易额", change=up(Y)),
    S("涉案金额达[[23.6亿元]]", "2360000000", "元", M, "exact", "涉案金额", currency=CNY),
    S("参与人[[1.2万余人]]", "12000", "人", C, "over", "集资参与人"),
    S("其余[[5名]]被告人", "5", "名", C, "exact", "其余被告人"),
    S("判处[[四年至十二年]]不等", "4", "年", T, "exact", "被告人有期徒刑", OPT),            # a range
    S("一起[[23.6亿元]]非法", "2360000000", "元", M, "exact", "非法集资案涉案金额", currency=CNY),
    S("北运量同比增长[[9.2%]]\n", "9.2", "%", P, "exact", "海南冬季瓜菜北运量", change=up(Y)),
    S("种植面积[[约310万亩]]", "3100000", "亩", A, "about", "海南冬季瓜菜种植面积"),
    S("预计产量[[约680万吨]]", "6800000", "吨", W, "about", "冬季瓜菜预计产量"),
    S("北运瓜菜[[46万吨]]", "460000", "吨", W, "exact", "北运瓜菜"),
    S("同比增长[[9.2%]]，主要", "9.2", "%", P, "exact", "北运瓜菜", change=up(Y)),
    S("招聘会[[320场]]", "320", "场", C, "exact", "线上线下招聘会"),
    S("提供岗位[[4.6万个]]", "46000", "个", C, "exact", "提供岗位"),
    S("秋播小麦[[8520万亩]]", "85200000", "亩", A, "exact", "全省秋播小麦"),
    S("占比达[[91.3%]]", "91.3", "%", P, "exact", "一二类苗占比"),
    S("提高[[1.5个百分点]]", "1.5", "个百分点", P, "exact", "一二类苗占比", change=up("上年同期")),
    S("全省[[1.2万名]]农技人员", "12000", "名", C, "exact", "农技人员"),
    S("占比超[[九成]]", "90", "%", P, "over", "一二类苗占比", OPT),                        # X成
    S("销售额为[[7352亿美元]]", "735200000000", "美元", M, "exact", "美国11月零售销售额", currency=USD),
    S("环比增长[[0.4%]]，", "0.4", "%", P, "exact", "美国11月零售销售额", change=up("上月")),
    S("同比增长[[3.8%]]", "3.8", "%", P, "exact", "美国11月零售销售额", change=up(Y)),
    S("销售额[[约1250亿美元]]", "125000000000", "美元", M, "about", "电子商务销售额", currency=USD),
    S("增加[[6.4万人]]", "64000", "人", C, "exact", "11月非农就业人数", change=up()),
    S("失业率为[[4.6%]]", "4.6", "%", P, "exact", "失业率"),
    S("环比增长[[0.4%]]\n", "0.4", "%", P, "exact", "美国11月零售销售额", change=up("上月")),
    S("投资[[约186亿元]]建设", "18600000000", "元", M, "about", "蒙西至京津冀特高压直流输电工程投资",
      currency=CNY),
    S("全长[[约1100公里]]", "1100", "公里", L, "about", "线路全长"),
    S("河北[[3省区]]", "3", "省区", C, "exact", "途经省区"),
    S("清洁电量[[约400亿千瓦时]]", "40000000000", "千瓦时", EN, "about", "每年输送清洁电量"),
    S("排放[[约3200万吨]]", "32000000", "吨", W, "about", "减少二氧化碳排放"),
    S("产量增长[[41.3%]]\n", "41.3", "%", P, "exact", "河北前11个月新能源汽车产量", change=up(Y)),
    S("产量达[[68.5万辆]]", "685000", "辆", C, "exact", "河北省新能源汽车产量"),
    S("同比增长[[41.3%]]，新能源", "41.3", "%", P, "exact", "河北省新能源汽车产量", change=up(Y)),
    S("出口额[[约26亿美元]]", "2600000000", "美元", M, "about", "新能源汽车出口额", currency=USD),
    S("分别增长[[57.6%]]", "57.6", "%", P, "exact", "新能源汽车出口", change=up(Y)),
    S("和[[36.2%]]", "36.2", "%", P, "exact", "新能源汽车内销", change=up(Y)),
    S("已[[超过1200家]]", "1200", "家", C, "over", "新能源汽车产业链企业"),
]

EVENTS = [
    E("国家统计局15日发布数据", "announcement", "发布", D15, organizers=["国家统计局"]),
    E("深圳海关15日公布", "announcement", "公布", D15, organizers=["深圳海关"]),
    E("在前海口岸试行“智慧通关”新模式", "policy", "试行", month(2026, 1), location="前海口岸",
      organizers=["深圳海关"], theme="智慧通关"),
    E("德国联邦统计局15日公布", "announcement", "公布", D15, organizers=["德国联邦统计局"]),
    E("日本内阁15日通过", "policy", "通过", D15, organizers=["日本内阁"]),
    E("日本银行同日公布的短观调查", "announcement", "公布", D15, organizers=["日本银行"]),
    E("泸州段15日开通运营", "launch", "开通运营", D15),
    E("铁路部门当日安排开行动车组列车28对", "traffic", "开行", D15, organizers=["铁路部门"]),
    E("跨境电商交易博览会在郑州国际会展中心开幕", "exhibition", "博览会", day("2025-12-15", "2025-12-17"),
      location="郑州国际会展中心"),
    E("与24家企业集中签约", "signing", "签约", D15, location="郑州国际会展中心",
      organizers=["郑州航空港经济综合实验区管委会"], participants=["24家企业"]),
    E("一审公开宣判一起特大非法集资案", "legal", "宣判", D15, organizers=["济南市中级人民法院"]),
    E("海南省农业农村厅15日介绍", "announcement", "介绍", D15, organizers=["海南省农业农村厅"]),
    E("全省已北运瓜菜46万吨", "production", "北运", day("2025-12-14"), opt=True),          # a running total
    E("启动“冬季送岗暖人心”专项招聘活动", "recruitment", "招聘", day("2025-12-15", "2026-02-28"),
      organizers=["新疆维吾尔自治区人力资源和社会保障厅"], theme="冬季送岗暖人心"),
    E("开展小麦冬前管理技术指导", "training", "技术指导", None, location="田间",
      participants=["农技人员"], opt=True),                                              # ongoing, vague
    E("美国商务部15日公布", "announcement", "公布", D15, organizers=["美国商务部"]),
    E("美国劳工部同日公布", "announcement", "公布", D15, organizers=["美国劳工部"]),
    E("特高压直流输电工程全线投运", "construction", "投运", D15, organizers=["国家电网有限公司"]),
    E("15日举行新闻发布会", "announcement", "新闻发布会", D15, organizers=["河北省人民政府新闻办公室"]),
]
