"""厦门日报 (厦门市, 福建省), 2026-12-02 (a Wednesday): a city economy page dense with statistics.
Features: a column label (`厦门经济`); a kicker over a title (`港口能级持续提升 航运物流加速成势` /
`前10个月厦门港…`); a join after a comma (`…挂靠万吨级以上船舶逾9800艘，` | `集装箱航线总数达到186条…`) with a
headless brief between; a district roundup in label-colon lines (`湖里区：`, `海沧区：`, `翔安区：`: districts are
places, not organizations); three headlines after their bodies; eight short briefs without byline or headline.
Statistics (January–October 2026): port (`标箱`, `艘`), aviation (`架次`, `人次`), software, trade, loans, retail,
power (`千瓦时`, `千伏安`), customs (`批`), tourism; `高于全国沿海港口平均水平1.2个百分点`,
`高于全市出口增速6.7个百分点`, `比各项贷款增速高12.6个百分点`, `占比较上年同期提高1.1个百分点`,
`拉动…增长2.3个百分点`, `分别增长7.9%和8.6%`, `比上年同期增加14家`; bounds 逾, 近, 超, 超过, 以内, 以上, 约, 左右;
美元 and 新台币 with `约合X亿元人民币`. Events: figures made public, a promotion conference with a signing at its
scene and a second signing the same day, an expo ahead, a substation put into service, a job fair ahead, a
consumption campaign, a ship delivered, a customs check total.

Written at main commit 46fb0b9, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, months, up, xun, year

PAPER = "厦门日报"
PUBLISHED = "2026-12-02"
HOME = {"city": "厦门市", "province": "福建省"}

LAYOUT = [
    ("厦门经济", "label", "E0"),
    ("港口能级持续提升", "headline", "E0"),                   # kicker
    ("前10个月厦门港", "headline", "E0"),
    ("本报讯（记者 黄 晓 婷 通讯员", "body", "E0"),           # breaks after a comma
    ("市商务局1日发布", "body", "E1"),                        # no headline
    ("集装箱航线总数", "body", "E0"),                         # the rest of E0's paragraph
    ("本报讯（记者 陈 思 雨）", "body", "E2"),
    ("高崎机场前10个月", "headline", "E2"),                   # after its body
    ("厦门航空有限公司", "body", "E3"),                       # no headline
    ("软件信息服务业营收", "headline", "E4"),
    ("本报讯（记者 吴 泽 林）记者从市工信局", "body", "E4"),
    ("各区经济速览", "headline", "E5"),
    ("湖里区：", "body", "E5"),
    ("海沧区：", "body", "E5"),
    ("翔安区：", "body", "E5"),
    ("本报讯（记者 黄 晓 婷）12月1日", "body", "E6"),
    ("厦台产业合作推介会签约", "headline", "E6"),              # after its body
    ("人民银行厦门市分行", "body", "E7"),                     # no headline
    ("1至10月，全市社会消费品", "body", "E8"),
    ("全市消费市场", "headline", "E8"),                       # after its body
    ("国网厦门供电公司", "body", "E9"),                       # no headline
    ("厦门海关1至10月", "body", "E10"),                       # no headline
    ("市人社局数据显示", "body", "E11"),                      # no headline
    ("1至10月，全市接待", "body", "E12"),                     # no headline
    ("自贸试验区厦门片区", "headline", "E13"),
    ("本报讯（记者 吴 泽 林）1至10月", "body", "E13"),
    ("厦门船舶重工", "body", "E14"),                          # no headline
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["黄晓婷"], correspondents=["林志远"])),
    "E1": dict(),
    "E2": dict(byline=byline(reporters=["陈思雨"])),
    "E3": dict(),
    "E4": dict(byline=byline(reporters=["吴泽林"])),
    "E5": dict(),
    "E6": dict(byline=byline(reporters=["黄晓婷"])),
    "E7": dict(), "E8": dict(), "E9": dict(), "E10": dict(), "E11": dict(), "E12": dict(),
    "E13": dict(byline=byline(reporters=["吴泽林"])),
    "E14": dict(),
}
JOINS = [("本报讯（记者 黄 晓 婷 通讯员", "集装箱航线总数")]
PHOTOS = {}

JAN_OCT = months(2026, 1, 10)
D01 = day("2026-12-01")
Y26, Y25 = year(2026), year(2025)
DATES = [
    D("\n[[前10个月]]厦门港", JAN_OCT),
    D("获悉，[[1至10月]]，厦门港", JAN_OCT),
    D("。[[今年以来]]，厦门港", Y26, OPT),
    D("市商务局[[1日]]发布", D01),
    D("数据，[[1至10月]]，全市外贸", JAN_OCT),
    D("）[[今年1至10月]]，厦门高崎", JAN_OCT),
    D("恢复至[[2019年同期]]的", months(2019, 1, 10), OPT),                 # a baseline period
    D("高崎机场[[前10个月]]旅客", JAN_OCT),
    D("有限公司[[1至10月]]运输旅客", JAN_OCT),
    D("获悉，[[1至10月]]，全市软件", JAN_OCT),
    D("比[[上年同期]]增加14家", Y25, OPT),
    D("。[[12月8日至10日]]，", day("2026-12-08", "2026-12-10")),
    D("，[[2026]]中国（厦门）", Y26, OPT),                                # a year inside the expo's name
    D("湖里区：[[1至10月]]新增", JAN_OCT),
    D("）[[12月1日]]，2026厦台", D01),
    D("，[[2026]]厦台产业", Y26, OPT),                                    # a year inside the event's name
    D("[[当天]]，台湾一家", D01),
    D("截至[[10月末]]，全市", xun(2026, 10, 2)),
    D("\n[[1至10月]]，全市社会消费品", JAN_OCT),
    D("占比较[[上年同期]]提高", Y25, OPT),
    D("将于[[本月5日]]启动", day("2026-12-05")),
    D("数据显示，[[1至10月]]全市全社会", JAN_OCT),
    D("。[[11月30日]]，翔安", day("2026-11-30")),
    D("厦门海关[[1至10月]]共检验", JAN_OCT),
    D("数据显示，[[今年以来]]全市城镇", Y26, OPT),
    D("。[[本月中旬]]，市人社局", xun(2026, 12, 1)),
    D("\n[[1至10月]]，全市接待", JAN_OCT),
    D("）[[1至10月]]，中国（福建）", JAN_OCT),
    D("有限公司[[前10个月]]交付", JAN_OCT),
    D("已排至[[2029年]]", year(2029)),
    D("。[[昨日]]，该公司", D01),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
PORT = ["厦门港"]
SWJ = ["厦门市商务局"]
GQ = ["厦门高崎国际机场"]
RSJ = ["厦门市人力资源和社会保障局"]
ZMQ = ["中国（福建）自由贸易试验区厦门片区管理委员会", "中国（福建）自由贸易试验区厦门片区"]
ORGS = [
    O("个月[[厦门港]]集装箱", PORT, CO, OPT),                              # a port, a site as much as an operator
    O("记者从[[厦门港口管理局]]获悉", ["厦门港口管理局"], G),
    O("，[[厦门港]]完成", PORT, CO, OPT),
    O("。今年以来，[[厦门港]]新开辟", PORT, CO, OPT),
    O("\n[[市商务局]]1日", SWJ, G),
    O("，[[厦门高崎国际机场]]累计", GQ, CO),
    O("\n[[高崎机场]]前10个月", GQ, CO),
    O("\n[[厦门航空有限公司]]1至10月", ["厦门航空有限公司"], CO),
    O("记者从[[市工信局]]获悉", ["厦门市工业和信息化局"], G),
    O("在[[厦门国际会展中心]]举办", ["厦门国际会展中心"], IN, OPT),        # a venue
    O("在[[厦门国际会议中心]]举行", ["厦门国际会议中心"], IN, OPT),        # a venue
    O("由[[市台港澳办]]、", ["厦门市人民政府台港澳事务办公室", "厦门市台港澳办"], G),
    O("、[[市商务局]]联合主办", SWJ, G),
    O("\n[[人民银行厦门市分行]]数据", ["中国人民银行厦门市分行"], G),
    O("\n[[国网厦门供电公司]]数据", ["国网福建省电力有限公司厦门供电公司", "国网厦门供电公司"], CO),
    O("\n[[厦门海关]]1至10月", ["中华人民共和国厦门海关", "厦门海关"], G),
    O("\n[[市人社局]]数据", RSJ, G),
    O("，[[市人社局]]将举办", RSJ, G),
    O("\n[[自贸试验区厦门片区]]新增", ZMQ, G, OPT),                         # a zone, a place
    O("，[[中国（福建）自由贸易试验区厦门片区]]新增", ZMQ, G, OPT),
    O("\n[[厦门船舶重工股份有限公司]]前10个月", ["厦门船舶重工股份有限公司"], CO),
]

C, P, M, T, W, EN, O_ = "count", "percent", "money", "duration", "weight", "energy", "other"
CNY, USD, TWD = "CNY", "USD", "TWD"
YOY = "上年同期"
STATS = [
    S("吞吐量[[超1100万标箱]]", "11000000", "标箱", C, "over", "前10个月厦门港集装箱吞吐量"),
    S("吞吐量[[1126.4万标箱]]", "11264000", "标箱", C, "exact", "厦门港集装箱吞吐量"),
    S("同比增长[[6.3%]]", "6.3", "%", P, "exact", "厦门港集装箱吞吐量", change=up(YOY)),
    S("平均水平[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "集装箱吞吐量增速",
      change=up("全国沿海港口平均水平")),
    S("货物吞吐量[[1.83亿吨]]", "183000000", "吨", W, "exact", "厦门港货物吞吐量"),
    S("，增长[[4.1%]]。", "4.1", "%", P, "exact", "厦门港货物吞吐量", change=up(YOY)),
    S("吞吐量[[约610万标箱]]", "6100000", "标箱", C, "about", "海沧港区集装箱吞吐量"),
    S("全港比重[[54.2%]]", "54.2", "%", P, "exact", "海沧港区占全港比重"),
    S("外贸航线[[18条]]", "18", "条", C, "exact", "新开辟外贸航线"),
    S("挂靠[[万吨级以上]]船舶", "10000", "吨级", W, "over", "船舶吨级门槛", OPT),          # a threshold
    S("船舶[[逾9800艘]]", "9800", "艘", C, "over", "挂靠万吨级以上船舶"),
    S("进出口总额[[8012.6亿元]]", "801260000000", "元", M, "exact", "全市外贸进出口总额", currency=CNY),
    S("同比增长[[5.8%]]", "5.8", "%", P, "exact", "全市外贸进出口总额", change=up(YOY)),
    S("出口[[4725.3亿元]]", "472530000000", "元", M, "exact", "出口", currency=CNY),
    S("，增长[[8.9%]]；", "8.9", "%", P, "exact", "出口", change=up(YOY)),
    S("东盟出口增长[[15.6%]]", "15.6", "%", P, "exact", "对东盟出口", change=up(YOY)),
    S("出口增速[[6.7个百分点]]", "6.7", "个百分点", P, "exact", "对东盟出口增速", change=up("全市出口增速")),
    S("总数达到[[186条]]", "186", "条", C, "exact", "集装箱航线总数"),
    S("国际航线[[142条]]", "142", "条", C, "exact", "集装箱国际航线"),
    S("航班起降[[16.8万架次]]", "168000", "架次", C, "exact", "保障航班起降"),
    S("同比增长[[7.4%]]", "7.4", "%", P, "exact", "航班起降", change=up(YOY)),
    S("旅客吞吐量[[2392.7万人次]]", "23927000", "人次", C, "exact", "高崎机场旅客吞吐量"),
    S("，增长[[9.1%]]；", "9.1", "%", P, "exact", "旅客吞吐量", change=up(YOY)),
    S("货邮吞吐量[[约28.6万吨]]", "286000", "吨", W, "about", "货邮吞吐量"),
    S("增长[[3.5%左右]]", "3.5", "%", P, "about", "货邮吞吐量", change=up(YOY)),
    S("地区旅客[[312.5万人次]]", "3125000", "人次", C, "exact", "国际及地区旅客"),
    S("同期的[[108%]]", "108", "%", P, "exact", "国际及地区旅客恢复程度"),
    S("旅客吞吐量[[近2400万人次]]", "24000000", "人次", C, "under", "高崎机场前10个月旅客吞吐量"),
    S("运输旅客[[约3150万人次]]", "31500000", "人次", C, "about", "厦门航空运输旅客"),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "厦门航空运输旅客", change=up(YOY)),
    S("国际航线[[5条]]", "5", "条", C, "exact", "新开国际航线"),
    S("客座率[[超过82%]]", "82", "%", P, "over", "国际航班平均客座率"),
    S("营收增长[[11.3%]]\n", "11.3", "%", P, "exact", "软件信息服务业营收", change=up(YOY)),
    S("营业收入[[1876.5亿元]]", "187650000000", "元", M, "exact", "软件和信息技术服务业营业收入", currency=CNY),
    S("同比增长[[11.3%]]，", "11.3", "%", P, "exact", "软件和信息技术服务业营业收入", change=up(YOY)),
    S("平均水平[[2.4个百分点]]", "2.4", "个百分点", P, "exact", "软件业营收增速", change=up("全省平均水平")),
    S("软件企业[[超3200家]]", "3200", "家", C, "over", "全市软件企业"),
    S("营收[[超亿元]]的企业", "100000000", "元", M, "over", "企业营收门槛", OPT, currency=CNY),   # a threshold
    S("企业达[[128家]]", "128", "家", C, "exact", "营收超亿元的软件企业"),
    S("增加[[14家]]", "14", "家", C, "exact", "营收超亿元的软件企业", change=up(YOY)),
    S("参展企业[[超500家]]", "500", "家", C, "over", "软博会参展企业"),
    S("经营主体[[2.16万户]]", "21600", "户", C, "exact", "湖里区新增经营主体"),
    S("同比增长[[12.4%]]", "12.4", "%", P, "exact", "湖里区新增经营主体", change=up(YOY)),
    S("外资[[3.8亿美元]]", "380000000", "美元", M, "exact", "湖里区实际使用外资", currency=USD),
    S("（[[约合27亿元人民币]]）", "2700000000", "元", M, "about", "湖里区实际使用外资", currency=CNY),
    S("增加值增长[[9.6%]]", "9.6", "%", P, "exact", "海沧区规上工业增加值", change=up(YOY)),
    S("产值[[约486亿元]]", "48600000000", "元", M, "about", "集成电路产业产值", currency=CNY),
    S("新引进项目[[62个]]", "62", "个", C, "exact", "海沧区新引进项目"),
    S("总投资[[超300亿元]]", "30000000000", "元", M, "over", "新引进项目总投资", currency=CNY),
    S("投资增长[[7.2%]]", "7.2", "%", P, "exact", "翔安区固定资产投资", change=up(YOY)),
    S("产业项目[[15项]]", "15", "项", C, "exact", "新落地重大产业项目"),
    S("完成投资[[42.5亿元]]", "4250000000", "元", M, "exact", "航站区工程累计完成投资", currency=CNY),
    S("签约项目[[36个]]", "36", "个", C, "exact", "现场签约项目"),
    S("总投资[[约218亿元]]", "21800000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("台资项目[[21个]]", "21", "个", C, "exact", "台资项目"),
    S("合同台资[[约9.6亿美元]]", "960000000", "美元", M, "about", "合同台资", currency=USD),
    S("（[[约合68亿元人民币]]）", "6800000000", "元", M, "about", "合同台资", currency=CNY),
    S("企业代表[[400余人]]", "400", "人", C, "over", "参加推介会的两岸企业代表"),
    S("追加投资[[新台币30亿元]]", "3000000000", "元", M, "exact", "追加投资", currency=TWD),
    S("（[[约合6.7亿元人民币]]）", "670000000", "元", M, "about", "追加投资", currency=CNY),
    S("签约[[36个]]项目", "36", "个", C, "exact", "签约项目"),
    S("贷款余额[[1.42万亿元]]", "1420000000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[8.7%]]", "8.7", "%", P, "exact", "本外币各项贷款余额", change=up(YOY)),
    S("贷款余额[[1286亿元]]", "128600000000", "元", M, "exact", "制造业中长期贷款余额", currency=CNY),
    S("，增长[[21.3%]]，", "21.3", "%", P, "exact", "制造业中长期贷款余额", change=up(YOY)),
    S("增速高[[12.6个百分点]]", "12.6", "个百分点", P, "exact", "制造业中长期贷款增速",
      change=up("各项贷款增速")),
    S("零售总额[[2318.4亿元]]", "231840000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[5.2%]]", "5.2", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("网上零售额[[约412亿元]]", "41200000000", "元", M, "about", "限额以上单位网上零售额", currency=CNY),
    S("，增长[[13.8%]]，", "13.8", "%", P, "exact", "网上零售额", change=up(YOY)),
    S("提高[[1.1个百分点]]", "1.1", "个百分点", P, "exact", "网上零售额占比", change=up(YOY)),
    S("消费券[[5000万元]]", "50000000", "元", M, "exact", "市级财政安排消费券", currency=CNY),
    S("用电量[[约298亿千瓦时]]", "29800000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[6.1%]]", "6.1", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("用电量增长[[9.4%]]", "9.4", "%", P, "exact", "第三产业用电量", change=up(YOY)),
    S("用电增长[[2.3个百分点]]", "2.3", "个百分点", P, "exact", "第三产业拉动全社会用电增长", change=up()),
    S("翔安[[220千伏]]变电站", "220", "千伏", O_, "exact", "变电站电压等级", OPT),          # inside a name
    S("变电容量[[48万千伏安]]", "480000", "千伏安", O_, "exact", "新增变电容量"),
    S("冷链食品[[4386批]]", "4386", "批", C, "exact", "检验进口冷链食品"),
    S("货值[[约27.3亿元]]", "2730000000", "元", M, "about", "进口冷链食品货值", currency=CNY),
    S("不合格[[15批]]", "15", "批", C, "exact", "检出不合格"),
    S("新增就业[[15.2万人]]", "152000", "人", C, "exact", "城镇新增就业"),
    S("目标的[[108.6%]]", "108.6", "%", P, "exact", "年度就业目标完成率"),
    S("控制在[[5%以内]]", "5", "%", P, "under", "城镇调查失业率"),
    S("提供岗位[[1.2万个以上]]", "12000", "个", C, "over", "招聘会提供岗位"),
    S("游客[[1.18亿人次]]", "118000000", "人次", C, "exact", "接待国内外游客"),
    S("旅游总收入[[约1726亿元]]", "172600000000", "元", M, "about", "旅游总收入", currency=CNY),
    S("分别增长[[7.9%]]", "7.9", "%", P, "exact", "接待国内外游客", change=up(YOY)),
    S("和[[8.6%]]；", "8.6", "%", P, "exact", "旅游总收入", change=up(YOY)),
    S("停留[[2.6天左右]]", "2.6", "天", T, "about", "过夜游客人均停留"),
    S("新增企业[[1.1万家]]\n", "11000", "家", C, "exact", "自贸试验区厦门片区新增企业"),
    S("新增企业[[1.1万家]]，", "11000", "家", C, "exact", "自贸试验区厦门片区新增企业"),
    S("外资企业[[486家]]", "486", "家", C, "exact", "新增外资企业"),
    S("注册资本[[约650亿元]]", "65000000000", "元", M, "about", "新增注册资本", currency=CNY),
    S("运输船[[6艘]]", "6", "艘", C, "exact", "交付汽车运输船"),
    S("手持订单[[超40艘]]", "40", "艘", C, "over", "手持订单"),
    S("建造的[[7000车位]]", "7000", "车位", C, "exact", "汽车运输船车位", OPT),            # a ship's description
]

EVENTS = [
    E("新开辟外贸航线18条", "launch", "开辟", Y26, opt=True),                                # a year summary
    E("市商务局1日发布数据", "announcement", "发布", D01, organizers=["市商务局"]),
    E("国际软件产业博览会将在厦门国际会展中心举办", "exhibition", "博览会", day("2026-12-08", "2026-12-10"),
      location="厦门国际会展中心"),
    E("厦台产业合作推介会在厦门国际会议中心举行", "meeting", "推介会", D01, location="厦门国际会议中心",
      organizers=["市台港澳办", "市商务局"], participants=["两岸企业代表"]),
    E("现场签约项目36个", "signing", "签约", D01, location="厦门国际会议中心"),
    E("与海沧区签署增资协议", "signing", "签署", D01, organizers=["台湾一家精密机械企业"], participants=["海沧区"]),
    E("人民银行厦门市分行数据显示", "announcement", "数据显示", None, organizers=["人民银行厦门市分行"], opt=True),
    E("“暖冬消费季”活动将于本月5日启动", "activity", "启动", day("2026-12-05"), theme="暖冬消费季"),
    E("安排消费券5000万元", "payout", "安排", day("2026-12-05"), opt=True),                  # part of the campaign
    E("国网厦门供电公司数据显示", "announcement", "数据显示", None, organizers=["国网厦门供电公司"], opt=True),
    E("翔安220千伏变电站建成投运", "construction", "建成投运", day("2026-11-30"), location="翔安",
      organizers=["国网厦门供电公司"]),
    E("共检验进口冷链食品4386批", "inspection", "检验", JAN_OCT, organizers=["厦门海关"]),
    E("均已依法退运或销毁", "legal", "退运", None, opt=True),
    E("市人社局数据显示", "announcement", "数据显示", None, organizers=["市人社局"], opt=True),
    E("举办“留厦过冬”专场招聘会", "recruitment", "招聘会", xun(2026, 12, 1), organizers=["市人社局"],
      theme="留厦过冬"),
    E("前10个月交付汽车运输船6艘", "production", "交付", JAN_OCT, organizers=["厦门船舶重工股份有限公司"],
      opt=True),                                                                              # a period summary
    E("在海沧命名交付", "production", "命名交付", D01, location="海沧", organizers=["厦门船舶重工股份有限公司"],
      participants=["挪威一船东"]),
]
