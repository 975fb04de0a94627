"""江城晚报 (武汉市, 湖北省), 2025-12-10 (a Wednesday): a 天下视窗 wire page.
Features: twelve 新华社 items with datelines and bylines in parentheses
(`新华社北京12月9日电（记者 王 立 新 陈 晓 燕）`, two reporters in one byline), two web-sourced items with a metadata
line (`来源：荆楚网  发布时间：2025-12-09 18:42  编辑： 胡 蓉`: byline role, the editor is no writer), one under its
headline, one above it; two paragraphs broken after a comma (`…同比上涨0.7%，` | `涨幅比上月…`, with another item and
its headline between; `…出口占比达52.3%，` | `比上年同期…`, with three items between); a column label; headlines after
their bodies. Bare days (`9日`, `8日`) resolve to the dateline's month; `11月份` then `上月` (October), `1至11月`,
`今年1至11月`, `前11个月`, `上年同期` (2024), `第三季度`, `三季度`, `同日`, `当日`, `当天`, `8日夜间至10日`, `11月底`,
`今年前三季度`, `明年1月`, `2027年`, `2023年6月至2024年9月`. Currencies: 人民币 (bare 元), 欧元 (`约35亿欧元`,
`约合人民币290亿元`), 日元 (`2.8万亿日元`), 美元. `出口、进口同比分别增长12.6%和7.9%`, `比上年同期提高2.4个百分点`,
`涨幅比上月扩大0.5个百分点`, `投资约12亿元建设的…一期项目`. Events in Beijing, Guangdong, Gansu, Zhejiang, Guangxi,
Hubei (home), Shaanxi, Fujian, Heilongjiang, Shanghai, the EU, Japan, the US and France. `新华社` in datelines,
`荆楚网`/`央视新闻客户端` in metadata and venues are optional; forecasts and plans are optional.

Written at main commit d1fa0ba, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, quarter, span, up, xun, year

PAPER = "江城晚报"
PUBLISHED = "2025-12-10"
HOME = {"city": "武汉市", "province": "湖北省"}

LAYOUT = [
    ("天下视窗", "label", "W0"),
    ("新华社北京", "body", "W0"),                            # breaks after a comma
    ("广州汽车零部件", "headline", "W1"),
    ("新华社广州", "body", "W1"),
    ("涨幅比上月", "body", "W0"),                            # the rest of W0's paragraph
    ("11月份CPI", "headline", "W0"),                         # after its body
    ("新华社布鲁塞尔", "body", "W2"),
    ("欧元区三季度", "headline", "W2"),                      # after its body
    ("日本10月", "headline", "W3"),
    ("新华社东京", "body", "W3"),
    ("新华社兰州", "body", "W4"),
    ("兰合铁路", "headline", "W4"),                          # after its body
    ("浙江前11个月", "headline", "W5"),
    ("新华社杭州", "body", "W5"),                            # breaks after a comma
    ("新华社华盛顿", "body", "W6"),
    ("美国10月", "headline", "W6"),                          # after its body
    ("新华社南宁", "body", "W7"),
    ("中国—东盟", "headline", "W7"),                         # after its body
    ("比上年同期提高", "body", "W5"),                        # the rest of W5's paragraph
    ("光博会在汉", "headline", "W8"),
    ("来源：荆楚网", "byline", "W8"),                        # metadata: editor only
    ("12月9日，第二十一届", "body", "W8"),
    ("陕西全民健身", "headline", "W9"),
    ("新华社西安", "body", "W9"),
    ("来源：央视", "byline", "W10"),                         # metadata above the headline
    ("平潭海上", "headline", "W10"),
    ("12月9日，由三峡", "body", "W10"),
    ("黑龙江发布", "headline", "W11"),
    ("新华社哈尔滨", "body", "W11"),
    ("新华社巴黎", "body", "W12"),
    ("法国10月", "headline", "W12"),                         # after its body
    ("新华社上海", "body", "W13"),
    ("沪一特大", "headline", "W13"),                         # after its body
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["王立新", "陈晓燕"])),
    "W1": dict(byline=byline(reporters=["李嘉豪"])),
    "W2": dict(byline=byline(reporters=["赵文轩"])),
    "W3": dict(byline=byline(reporters=["刘春燕"])),
    "W4": dict(byline=byline(reporters=["马建国"])),
    "W5": dict(byline=byline(reporters=["沈佳怡"])),
    "W6": dict(byline=byline(reporters=["孙浩"])),
    "W7": dict(byline=byline(reporters=["覃丽娟"])),
    "W8": dict(),
    "W9": dict(byline=byline(reporters=["张博文"])),
    "W10": dict(),
    "W11": dict(byline=byline(reporters=["王雪"])),
    "W12": dict(byline=byline(reporters=["徐永春"])),
    "W13": dict(byline=byline(reporters=["黄伟"])),
}
JOINS = [("新华社北京", "涨幅比上月"), ("新华社杭州", "比上年同期提高")]
PHOTOS = {}

D9, D8 = day("2025-12-09"), day("2025-12-08")
M1_11 = months(2025, 1, 11)
LY = months(2024, 1, 11)
DATES = [
    D("北京[[12月9日]]电", D9),
    D("国家统计局[[9日]]发布", D9),
    D("，[[11月份]]全国", month(2025, 11)),
    D("比[[上月]]扩大", month(2025, 10)),
    D("。[[1至11月]]平均", M1_11),
    D("比[[上年同期]]上涨", LY),
    D("\n[[11月份]]CPI", month(2025, 11)),
    D("广州[[12月8日]]电", D8),
    D("博览会[[8日]]在广州", D8),
    D("布鲁塞尔[[12月8日]]电", D8),
    D("欧盟统计局[[8日]]公布", D8),
    D("欧元区[[第三季度]]国内", quarter(2025, 3)),
    D("欧元区[[三季度]]GDP", quarter(2025, 3)),
    D("欧盟委员会[[同日]]宣布", D8),
    D("\n日本[[10月]]经常", month(2025, 10)),
    D("东京[[12月9日]]电", D9),
    D("财务省[[9日]]公布", D9),
    D("，日本[[10月]]经常", month(2025, 10)),
    D("兰州[[12月9日]]电", D9),
    D("合作铁路[[9日]]开通", D9),
    D("铁路部门[[当日]]加开", D9),
    D("浙江[[前11个月]]跨境", M1_11),
    D("杭州[[12月8日]]电", D8),
    D("新闻办公室[[8日]]举行", D8),
    D("介绍[[今年1至11月]]", M1_11),
    D("华盛顿[[12月9日]]电", D9),
    D("商务部[[9日]]公布", D9),
    D("，美国[[10月]]商品", month(2025, 10)),
    D("\n美国[[10月]]贸易", month(2025, 10)),
    D("南宁[[12月9日]]电", D9),
    D("交易会[[9日]]在南宁", D9),
    D("\n比[[上年同期]]提高", LY),
    D("截至[[11月底]]", xun(2025, 11, 2)),
    D("发布时间：[[2025-12-09]] 18", D9),
    D("\n[[12月9日]]，第二十一届", D9),
    D("开幕[[当天]]", D9),
    D("，[[今年前三季度]]，武汉", (span("2025-01-01", "2025-09-30"), "quarter")),
    D("西安[[12月9日]]电", D9),
    D("运动会[[9日]]在延安", D9),
    D("发布时间：[[2025-12-10]] 07", day("2025-12-10")),
    D("\n[[12月9日]]，由三峡", D9),
    D("计划于[[2027年]]建成", year(2027)),
    D("哈尔滨[[12月8日]]电", D8),
    D("气象台[[8日]]发布", D8),
    D("预计[[8日夜间至10日]]", day("2025-12-08", "2025-12-10")),
    D("集团公司[[当日]]停运", D8),
    D("巴黎[[12月9日]]电", D9),
    D("研究所[[9日]]公布", D9),
    D("，法国[[10月]]工业", month(2025, 10)),
    D("法国政府[[同日]]宣布", D9),
    D("将于[[明年1月]]起", month(2026, 1)),
    D("\n法国[[10月]]工业", month(2025, 10)),
    D("上海[[12月9日]]电", D9),
    D("人民法院[[9日]]一审", D9),
    D("，[[2023年6月至2024年9月]]，", (span("2023-06-01", "2024-09-30"), "month")),
]

G, IN, CO, SO = "government", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
NBS = ["国家统计局"]
ORGS = [O(f"[[新华社]]{c}", XH, IN, OPT) for c in ("北京", "广州", "布鲁塞尔", "东京", "兰州", "杭州", "华盛顿",
                                                  "南宁", "西安", "哈尔滨", "巴黎", "上海")] + [
    O("[[国家统计局]]9日", NBS, G),
    O("。[[国家统计局城市司]]首席", ["国家统计局城市司"], G),
    O("主办方[[广东省商务厅]]", ["广东省商务厅"], G),
    O("[[欧盟统计局]]8日", ["欧盟统计局"], G),
    O("[[欧盟委员会]]同日", ["欧盟委员会"], G),
    O("[[日本财务省]]9日", ["日本财务省", "财务省"], G),
    O("[[浙江省人民政府新闻办公室]]", ["浙江省人民政府新闻办公室"], G),
    O("[[美国商务部]]9日", ["美国商务部"], G),
    O("在[[南宁国际会展中心]]闭幕", ["南宁国际会展中心"], IN, OPT),                  # a venue
    O("来源：[[荆楚网]]", ["荆楚网"], CO, OPT),                                      # a website
    O("在[[武汉国际博览中心]]开幕", ["武汉国际博览中心"], IN, OPT),                  # a venue
    O("，[[东湖新技术开发区管委会]]与", ["武汉东湖新技术开发区管理委员会", "东湖新技术开发区管委会"], G),
    O("，[[榆林市代表团]]获得", ["榆林市代表团"], SO, OPT),                          # a delegation
    O("来源：[[央视新闻客户端]]", ["央视新闻客户端"], CO, OPT),                      # an app
    O("由[[三峡集团]]投资", ["中国长江三峡集团有限公司", "三峡集团"], CO),
    O("[[黑龙江省气象台]]8日", ["黑龙江省气象台"], IN),
    O("[[哈尔滨局集团公司]]当日", ["中国铁路哈尔滨局集团有限公司", "哈尔滨局集团公司"], CO),
    O("[[法国国家统计与经济研究所]]", ["法国国家统计与经济研究所"], G),
    O("[[法国政府]]同日", ["法国政府"], G),
    O("[[上海市第三中级人民法院]]", ["上海市第三中级人民法院"], G),
]

C, P, M, T, A, L, W, X = "count", "percent", "money", "duration", "area", "length", "weight", "other"
CNY, JPY, EUR, USD = "CNY", "JPY", "EUR", "USD"
Y = "去年同期"
STATS = [
    S("同比上涨[[0.7%]]，", "0.7", "%", P, "exact", "全国居民消费价格指数", change=up(Y)),
    S("扩大[[0.5个百分点]]", "0.5", "个百分点", P, "exact", "CPI涨幅", change=up("上月")),
    S("同比下降[[2.1%]]", "2.1", "%", P, "exact", "工业生产者出厂价格指数", change=down(Y)),
    S("上涨[[0.1%]]", "0.1", "%", P, "exact", "全国居民消费价格", change=up("上年同期")),
    S("同比上涨[[0.7%]]\n", "0.7", "%", P, "exact", "11月份CPI", change=up(Y)),
    S("开幕 [[1600余家]]企业", "1600", "家", C, "over", "参展企业"),
    S("来自[[28个]]国家", "28", "个", C, "exact", "参展国家和地区"),
    S("的[[1600余家]]企业参展", "1600", "家", C, "over", "参展企业"),
    S("展览面积达[[12万平方米]]", "120000", "平方米", A, "exact", "展览面积"),
    S("金额[[超过50亿元]]", "5000000000", "元", M, "over", "意向签约金额", OPT, currency=CNY),  # a forecast
    S("环比增长[[0.2%]]，", "0.2", "%", P, "exact", "欧元区第三季度国内生产总值", change=up("上季度")),
    S("同比增长[[1.3%]]", "1.3", "%", P, "exact", "欧元区第三季度国内生产总值", change=up(Y)),
    S("拨付[[约35亿欧元]]", "3500000000", "欧元", M, "about", "能源转型补贴", currency=EUR),
    S("[[约合人民币290亿元]]", "29000000000", "元", M, "about", "能源转型补贴", currency=CNY),
    S("GDP环比增长[[0.2%]]", "0.2", "%", P, "exact", "欧元区三季度GDP", change=up("上季度")),
    S("顺差同比增[[18.4%]]", "18.4", "%", P, "exact", "日本10月经常项目顺差", change=up(Y)),
    S("顺差为[[2.8万亿日元]]", "2800000000000", "日元", M, "exact", "日本10月经常项目顺差", currency=JPY),
    S("[[约合人民币1300亿元]]", "130000000000", "元", M, "about", "日本10月经常项目顺差", currency=CNY),
    S("同比增长[[18.4%]]，", "18.4", "%", P, "exact", "日本10月经常项目顺差", change=up(Y)),
    S("连续[[9个月]]", "9", "个月", T, "exact", "保持顺差"),
    S("全长[[约184公里]]", "184", "公里", L, "about", "兰州至合作铁路线路全长"),
    S("总投资[[约238亿元]]", "23800000000", "元", M, "about", "兰州至合作铁路总投资", currency=CNY),
    S("设计时速[[160公里]]", "160", "公里", X, "exact", "设计时速"),
    S("旅客列车[[12对]]", "12", "对", C, "exact", "加开旅客列车"),
    S("原来的[[5小时]]", "5", "小时", T, "exact", "沿线群众原出行时间"),
    S("缩短至[[1.5小时]]", "1.5", "小时", T, "exact", "沿线群众出行时间", change=down("原来")),
    S("跨境电商进出口[[4860亿元]]\n", "486000000000", "元", M, "exact", "浙江前11个月跨境电商进出口",
      currency=CNY),
    S("进出口额达[[4860亿元]]", "486000000000", "元", M, "exact", "浙江省跨境电商进出口额", currency=CNY),
    S("分别增长[[12.6%]]", "12.6", "%", P, "exact", "跨境电商出口", change=up(Y)),
    S("和[[7.9%]]", "7.9", "%", P, "exact", "跨境电商进口", change=up(Y)),
    S("占比达[[52.3%]]", "52.3", "%", P, "exact", "对共建“一带一路”国家出口占比"),
    S("提高[[2.4个百分点]]", "2.4", "个百分点", P, "exact", "对共建“一带一路”国家出口占比",
      change=up("上年同期")),
    S("已[[超过4.2万家]]", "42000", "家", C, "over", "全省跨境电商经营主体"),
    S("逆差为[[528亿美元]]", "52800000000", "美元", M, "exact", "美国10月商品和服务贸易逆差", currency=USD),
    S("环比收窄[[6.8%]]", "6.8", "%", P, "exact", "美国10月商品和服务贸易逆差", change=down("上月")),
    S("逆差[[约780亿美元]]", "78000000000", "美元", M, "about", "商品贸易逆差", currency=USD),
    S("顺差[[约252亿美元]]", "25200000000", "美元", M, "about", "服务贸易顺差", currency=USD),
    S("为期[[4天]]", "4", "天", T, "exact", "交易会展期"),
    S("采购商[[1.2万人次]]", "12000", "人次", C, "exact", "采购商"),
    S("交易额[[约86亿元]]，", "8600000000", "元", M, "about", "达成交易额", currency=CNY),
    S("出口订单[[约3.5亿美元]]", "350000000", "美元", M, "about", "出口订单", currency=USD),
    S("成交[[约86亿元]]\n", "8600000000", "元", M, "about", "交易会成交", currency=CNY),
    S("签约项目[[36个]]\n", "36", "个", C, "exact", "现场签约项目"),
    S("为期[[3天]]", "3", "天", T, "exact", "光博会展期"),
    S("展览面积[[5万平方米]]", "50000", "平方米", A, "exact", "展览面积"),
    S("海内外[[800余家]]企业", "800", "家", C, "over", "参展企业"),
    S("与[[18家]]企业", "18", "家", C, "exact", "集中签约企业"),
    S("签约项目[[36个]]，", "36", "个", C, "exact", "现场签约项目"),
    S("总投资[[420亿元]]", "42000000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("营业收入[[约5800亿元]]", "580000000000", "元", M, "about", "武汉光电子信息产业营业收入", currency=CNY),
    S("同比增长[[11.2%]]", "11.2", "%", P, "exact", "武汉光电子信息产业营业收入", change=up(Y)),
    S("全省的[[3200余名]]运动员", "3200", "名", C, "over", "参赛运动员"),
    S("参加了[[34个]]大项", "34", "个", C, "exact", "比赛大项"),
    S("投资[[约12亿元]]建设", "1200000000", "元", M, "about", "福建平潭海上风电制氢一期项目投资", currency=CNY),
    S("制氢能力达[[1200吨]]", "1200", "吨", W, "exact", "年制氢能力"),
    S("排放[[约2.6万吨]]", "26000", "吨", W, "about", "每年减少二氧化碳排放"),
    S("满足[[约3000辆]]", "3000", "辆", C, "about", "氢燃料电池汽车"),
    S("降雪量可达[[25毫米以上]]", "25", "毫米", L, "over", "局地降雪量", OPT),            # a forecast
    S("旅客列车[[14趟]]", "14", "趟", C, "exact", "停运旅客列车"),
    S("环比增长[[0.6%]]，", "0.6", "%", P, "exact", "法国10月工业产出", change=up("上月")),
    S("产出增长[[0.9%]]", "0.9", "%", P, "exact", "制造业产出", change=up("上月")),
    S("总额[[20亿欧元]]", "2000000000", "欧元", M, "exact", "中小企业低息贷款总额", currency=EUR),
    S("惠及企业[[约1.5万家]]", "15000", "家", C, "about", "惠及企业", OPT),                 # a forecast
    S("环比增长[[0.6%]]\n", "0.6", "%", P, "exact", "法国10月工业产出", change=up("上月")),
    S("共计[[4.6万吨]]", "46000", "吨", W, "exact", "走私冻品"),
    S("偷逃税款[[1.3亿元]]", "130000000", "元", M, "exact", "偷逃税款", currency=CNY),
    S("有期徒刑[[十年]]", "10", "年", T, "exact", "主犯有期徒刑"),
    S("罚金[[200万元]]", "2000000", "元", M, "exact", "罚金", currency=CNY),
    S("另有[[7名]]被告人", "7", "名", C, "exact", "其余被告人"),
    S("判处[[三年至八年]]不等", "3", "年", T, "exact", "被告人有期徒刑", OPT),              # a range
]

EVENTS = [
    E("国家统计局9日发布数据", "announcement", "发布", D9, organizers=["国家统计局"]),
    E("国际汽车零部件博览会8日在广州琶洲开幕", "exhibition", "博览会", D8, location="广州琶洲",
      organizers=["广东省商务厅"]),
    E("欧盟统计局8日公布", "announcement", "公布", D8, organizers=["欧盟统计局"]),
    E("将向成员国拨付约35亿欧元能源转型补贴", "payout", "拨付", None, organizers=["欧盟委员会"],
      participants=["成员国"]),
    E("日本财务省9日公布", "announcement", "公布", D9, organizers=["日本财务省"]),
    E("兰州至合作铁路9日开通运营", "launch", "开通运营", D9),
    E("铁路部门当日加开", "traffic", "加开", D9, organizers=["铁路部门"]),
    E("8日举行新闻发布会", "announcement", "新闻发布会", D8, organizers=["浙江省人民政府新闻办公室"]),
    E("美国商务部9日公布", "announcement", "公布", D9, organizers=["美国商务部"]),
    E("农产品交易会9日在南宁国际会展中心闭幕", "exhibition", "交易会", day("2025-12-06", "2025-12-09"),
      location="南宁国际会展中心"),
    E("国际光电子博览会暨论坛在武汉国际博览中心开幕", "exhibition", "博览会", day("2025-12-09", "2025-12-11"),
      location="武汉国际博览中心"),
    E("与18家企业集中签约", "signing", "签约", D9, location="武汉国际博览中心",
      organizers=["东湖新技术开发区管委会"], participants=["18家企业"]),
    E("全民健身运动会9日在延安闭幕", "competition", "运动会", D9, location="延安"),
    E("榆林市代表团获得团体总分第一名", "award", "获得", D9, opt=True),
    E("海上风电制氢一期项目正式投产", "construction", "投产", D9, location="福建平潭", organizers=["三峡集团"]),
    E("该项目二期计划于2027年建成", "construction", "建成", year(2027), opt=True),           # a plan
    E("黑龙江省气象台8日发布暴雪橙色预警", "announcement", "发布", D8, organizers=["黑龙江省气象台"]),
    E("停运部分旅客列车14趟", "traffic", "停运", D8, organizers=["哈尔滨局集团公司"]),
    E("法国国家统计与经济研究所9日公布", "announcement", "公布", D9, organizers=["法国国家统计与经济研究所"]),
    E("向中小企业发放总额20亿欧元的低息贷款", "payout", "贷款", month(2026, 1), organizers=["法国政府"],
      participants=["中小企业"]),
    E("一审公开宣判一起特大走私冻品案", "legal", "宣判", D9, organizers=["上海市第三中级人民法院"]),
]
