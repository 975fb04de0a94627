"""漳州日报 (漳州市, 福建省), 2026-12-16 (a Wednesday): a city economy page dense with January–November statistics.
Features: a kicker over a title (`工业稳增长 动能持续增强` / `前11个月全市规上工业增加值增长8.6%`); the lead's second
paragraph stands after a caption and a headless brief, and the lead jumps (`（下转第4版）`, its text stopping
mid-sentence before the marker); a roundup in label-colon lines under its own headline (`石化产业：`, `食品产业：`,
`装备制造：`: industries, not organizations); a paragraph broken mid-word (`…限额以上单位新能源汽` | `车零售额…`) with
a headless brief between, its headline after the second half; a caption credited to an institution and a person
(`古雷港经济开发区管委会 林晓峰 摄`, the item it shows not clear: null) and one `（苏 志 强 摄）`; bylines inside
datelines (`本报讯（记者 蔡 雅 琳 通讯员 郑 国 梁）`); four headlines after their bodies; four briefs without headline
or byline. Statistics: `高于全省平均水平2.1个百分点`, `比全省平均水平高1.3个百分点`, `比上年同期提高1.9个百分点`,
`增速比1至10月加快0.3个百分点`, `拉动规上工业增长1.7个百分点`, `比年初净增137家`, shares (`占…比重达63.8%`,
`升至28.3%`, `占比约68%`), bounds 逾, 近, 超, 超过, 余, 以上, 以内, 多, 约, 左右, 最高 (optional caps and thresholds);
classifiers 家, 个, 条, 粒, 批次, 标箱, 亩, 千瓦时, 千伏安. Bodies written short resolve with the city (`市统计局`,
`市工信局`, `市商务局` ×2, `市投资促进中心`, `市财政局`, `市政府办公室`, `市人社局`). Dates: `昨日` = 12-15 (×2),
`1至11月` (×7) and `前11个月`, `1至10月` (a baseline), `同期` (the period just named), `11月末`, `四季度`, `今年`,
`12月10日`, `12月12日`, `12月19日`/`19日`, `12月20日`, `12月26日至28日`.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, quarter, up, xun, year

PAPER = "漳州日报"
PUBLISHED = "2026-12-16"
HOME = {"city": "漳州市", "province": "福建省"}

LAYOUT = [
    ("工业稳增长", "headline", "E0"),                          # kicker
    ("前11个月全市规上", "headline", "E0"),
    ("本报讯（记者 蔡 雅 琳", "body", "E0"),
    ("古雷石化基地夜景", "caption", "P0"),                     # 古雷港经济开发区管委会 林晓峰 摄
    ("漳州海关数据显示", "body", "E1"),                        # no headline, no byline
    ("全市规上工业企业", "body", "E0"),                        # the lead's second paragraph
    ("（下转第4版）", "continuation", "E0"),
    ("三大主导产业速览", "headline", "E2"),
    ("石化产业：", "body", "E2"),
    ("食品产业：", "body", "E2"),
    ("装备制造：", "body", "E2"),
    ("本报讯（记者 许 文 斌）昨日", "body", "E3"),
    ("漳州赴深圳签约", "headline", "E3"),                      # after its body
    ("1至11月，全市实现", "body", "E4"),                       # breaks mid-word (`新能源汽` | `车`)
    ("人民银行漳州市分行", "body", "E5"),                      # no headline, no byline
    ("车零售额增长", "body", "E4"),                            # the rest of E4's paragraph
    ("社零总额增速", "headline", "E4"),                        # after its body
    ("古雷500千伏", "headline", "E6"),
    ("国网漳州供电公司", "body", "E6"),
    ("漳州水仙花进入", "headline", "E7"),
    ("本报讯（记者 许 文 斌 通讯员", "body", "E7"),
    ("花农在九湖镇", "caption", "P1"),                         # （苏 志 强 摄）
    ("1至11月，漳州港", "body", "E8"),                         # no headline, no byline
    ("市政府办公室", "body", "E9"),                            # no headline, no byline
    ("工业和信息化部", "body", "E10"),
    ("漳州2家企业", "headline", "E10"),                        # after its body
    ("市人社局将于", "body", "E11"),
    ("返乡就业专场", "headline", "E11"),                       # after its body
]

ARTICLES = {
    "E0": dict(byline=byline(reporters=["蔡雅琳"], correspondents=["郑国梁"]), continued_to="第4版"),
    "E1": dict(),
    "E2": dict(),
    "E3": dict(byline=byline(reporters=["许文斌"])),
    "E4": dict(), "E5": dict(), "E6": dict(),
    "E7": dict(byline=byline(reporters=["许文斌"], correspondents=["苏志强"])),
    "E8": dict(), "E9": dict(), "E10": dict(), "E11": dict(),
}
JOINS = [("1至11月，全市实现", "车零售额增长")]
PHOTOS = {
    "P0": dict(photographers=["林晓峰"], article=None),
    "P1": dict(photographers=["苏志强"], article="E7"),
}

D15 = day("2026-12-15")
JAN_NOV = months(2026, 1, 11)
Y25, Y26 = year(2025), year(2026)
DATES = [
    D("\n[[前11个月]]全市规上", JAN_NOV),
    D("市统计局[[昨日]]发布", D15),
    D("显示，[[1至11月]]，全市规模", JAN_NOV),
    D("比[[上年同期]]提高1.9", Y25, OPT),
    D("显示，[[1至11月]]，漳州市外贸", JAN_NOV),
    D("比[[上年同期]]提高2.8", Y25, OPT),
    D("。[[同期]]，漳州海关", JAN_NOV),                                  # the period just named
    D("比[[年初]]净增", VAGUE),
    D("抓好[[四季度]]企业", quarter(2026, 4)),
    D("确保[[全年]]工业", Y26, OPT),
    D("基地[[1至11月]]实现产值", JAN_NOV),
    D("）[[昨日]]，2026漳州", D15),
    D("，[[2026]]漳州（深圳）", Y26, OPT),                               # inside the conference's name
    D("\n[[1至11月]]，全市实现", JAN_NOV),
    D("增速比[[1至10月]]加快", months(2026, 1, 10)),
    D("截至[[11月末]]", xun(2026, 11, 2)),
    D("将于[[12月20日]]起发放", day("2026-12-20")),
    D("统计，[[1至11月]]全市全社会", JAN_NOV),
    D("。[[12月10日]]，古雷", day("2026-12-10")),
    D("）[[连日来]]，龙海区", VAGUE),
    D("。[[今年]]全市水仙花", Y26),
    D("将于[[12月26日至28日]]在", day("2026-12-26", "2026-12-28")),
    D("\n[[1至11月]]，漳州港", JAN_NOV),
    D("。[[12月12日]]，漳州港", day("2026-12-12")),
    D("办公室[[日前]]印发", VAGUE),
    D("信息化部[[日前]]公布", VAGUE),
    D("公布[[2026年度]]智能制造", Y26, OPT),                             # inside the list's name
    D("将于[[12月19日]]在市", day("2026-12-19")),
    D("。[[1至11月]]，全市城镇", JAN_NOV),
    D("招聘会[[19日]]举行", day("2026-12-19")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
SWJ = ["漳州市商务局"]
HG = ["中华人民共和国漳州海关", "漳州海关"]
PORT = ["漳州港"]
ORGS = [
    O("）[[市统计局]]昨日", ["漳州市统计局"], G),
    O("。 [[古雷港经济开发区管委会]] 林", ["漳州古雷港经济开发区管理委员会", "古雷港经济开发区管理委员会",
                                          "古雷港经济开发区管委会"], G),
    O("\n[[漳州海关]]数据显示", HG, G),
    O("，[[漳州海关]]共检验", HG, G),
    O("。[[市工信局]]相关", ["漳州市工业和信息化局"], G),
    O("由[[市商务局]]、", SWJ, G),
    O("、[[市投资促进中心]]联合", ["漳州市投资促进中心"], IN),
    O("\n[[人民银行漳州市分行]]数据", ["中国人民银行漳州市分行", "人民银行漳州市分行"], G),
    O("。[[市商务局]]联合", SWJ, G),
    O("联合[[市财政局]]将于", ["漳州市财政局"], G),
    O("\n[[国网漳州供电公司]]统计", ["国网福建省电力有限公司漳州供电公司", "国网漳州供电公司"], CO),
    O("，[[漳州港]]完成", PORT, CO, OPT),                                  # a port, a site as much as an operator
    O("，[[漳州港]]首条", PORT, CO, OPT),
    O("\n[[市政府办公室]]日前", ["漳州市人民政府办公室", "漳州市政府办公室"], G),
    O("\n[[工业和信息化部]]日前", ["中华人民共和国工业和信息化部", "工业和信息化部"], G),
    O("，[[漳州海润精密机械有限公司]]、", ["漳州海润精密机械有限公司"], CO),
    O("、[[福建圆山食品科技有限公司]]2家", ["福建圆山食品科技有限公司"], CO),
    O("\n[[市人社局]]将于", ["漳州市人力资源和社会保障局"], G),
    O("在[[市人力资源市场]]举办", ["漳州市人力资源市场"], IN, OPT),        # a venue
]

C, P, M, T, W, A, EN, O_ = "count", "percent", "money", "duration", "weight", "area", "energy", "other"
CNY = "CNY"
YOY = "上年同期"
PROV = "全省平均水平"
STATS = [
    S("增加值增长[[8.6%]]\n", "8.6", "%", P, "exact", "规上工业增加值", change=up(YOY)),
    S("同比增长[[8.6%]]，增速", "8.6", "%", P, "exact", "规模以上工业增加值", change=up(YOY)),
    S("平均水平[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "规上工业增加值增速", change=up(PROV)),
    S("比重达[[63.8%]]", "63.8", "%", P, "exact", "三大主导产业增加值占规上工业比重"),
    S("提高[[1.9个百分点]]", "1.9", "个百分点", P, "exact", "三大主导产业增加值占比", change=up(YOY)),
    S("增加值增长[[15.4%]]", "15.4", "%", P, "exact", "高技术制造业增加值", change=up(YOY)),
    S("增长[[1.7个百分点]]", "1.7", "个百分点", P, "exact", "高技术制造业拉动规上工业增长", change=up()),
    S("进出口总值[[1032.7亿元]]", "103270000000", "元", M, "exact", "外贸进出口总值", currency=CNY),
    S("同比增长[[7.4%]]", "7.4", "%", P, "exact", "外贸进出口总值", change=up(YOY)),
    S("出口[[668.5亿元]]", "66850000000", "元", M, "exact", "出口", currency=CNY),
    S("增长[[9.8%]]", "9.8", "%", P, "exact", "出口", change=up(YOY)),
    S("进口[[364.2亿元]]", "36420000000", "元", M, "exact", "进口", currency=CNY),
    S("增长[[3.3%]]", "3.3", "%", P, "exact", "进口", change=up(YOY)),
    S("占比达[[51.6%]]", "51.6", "%", P, "exact", "对共建“一带一路”国家进出口占比"),
    S("提高[[2.8个百分点]]", "2.8", "个百分点", P, "exact", "对共建“一带一路”国家进出口占比", change=up(YOY)),
    S("出口食品[[逾4.6万批次]]", "46000", "批次", C, "over", "检验出口食品"),
    S("货值[[约213亿元]]", "21300000000", "元", M, "about", "检验出口食品货值", currency=CNY),
    S("企业达[[2846家]]", "2846", "家", C, "exact", "规上工业企业"),
    S("净增[[137家]]", "137", "家", C, "exact", "规上工业企业", change=up("年初")),
    S("年产值[[超10亿元]]", "1000000000", "元", M, "over", "企业年产值门槛", OPT, currency=CNY),   # a threshold
    S("的企业[[42家]]", "42", "家", C, "exact", "年产值超10亿元企业"),
    S("产值[[1286.4亿元]]", "128640000000", "元", M, "exact", "古雷石化基地产值", currency=CNY),
    S("同比增长[[17.5%]]", "17.5", "%", P, "exact", "古雷石化基地产值", change=up(YOY)),
    S("升至[[28.3%]]", "28.3", "%", P, "exact", "石化产业占规上工业产值比重"),
    S("产值[[约986亿元]]", "98600000000", "元", M, "about", "食品加工企业产值", currency=CNY),
    S("增长[[6.7%]]，罐头", "6.7", "%", P, "exact", "食品加工企业产值", change=up(YOY)),
    S("产值增长[[9.3%]]", "9.3", "%", P, "exact", "装备制造产值", change=up(YOY)),
    S("“小巨人”企业[[5家]]", "5", "家", C, "exact", "新增专精特新“小巨人”企业"),
    S("签约项目[[28个]]", "28", "个", C, "exact", "现场签约项目"),
    S("总投资[[约356亿元]]，", "35600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("其中[[超10亿元]]项目", "1000000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),    # a threshold
    S("项目[[11个]]", "11", "个", C, "exact", "超10亿元项目"),
    S("前海[[3家]]新能源", "3", "家", C, "exact", "走访新能源企业"),
    S("签约[[28个]]项目", "28", "个", C, "exact", "签约项目"),
    S("总投资[[约356亿元]]\n", "35600000000", "元", M, "about", "签约项目总投资", currency=CNY),
    S("零售总额[[1876.3亿元]]", "187630000000", "元", M, "exact", "社会消费品零售总额", currency=CNY),
    S("同比增长[[5.6%]]", "5.6", "%", P, "exact", "社会消费品零售总额", change=up(YOY)),
    S("加快[[0.3个百分点]]", "0.3", "个百分点", P, "exact", "社会消费品零售总额增速", change=up("1至10月")),
    S("贷款余额[[5862.4亿元]]", "586240000000", "元", M, "exact", "本外币各项贷款余额", currency=CNY),
    S("同比增长[[9.1%]]", "9.1", "%", P, "exact", "本外币各项贷款余额", change=up(YOY)),
    S("高[[1.3个百分点]]", "1.3", "个百分点", P, "exact", "贷款余额增速", change=up(PROV)),
    S("贷款余额[[712.6亿元]]", "71260000000", "元", M, "exact", "制造业中长期贷款余额", currency=CNY),
    S("增长[[24.5%]]", "24.5", "%", P, "exact", "制造业中长期贷款余额", change=up(YOY)),
    S("控制在[[1.1%以内]]", "1.1", "%", P, "under", "不良贷款率"),
    S("零售额增长[[42.7%]]", "42.7", "%", P, "exact", "限额以上单位新能源汽车零售额", change=up(YOY)),
    S("零售额增长[[18.1%]]", "18.1", "%", P, "exact", "金银珠宝类零售额", change=up(YOY)),
    S("总额[[2000万元]]", "20000000", "元", M, "exact", "第二批数字消费券总额", currency=CNY),
    S("连续[[3个月]]回升", "3", "个月", T, "exact", "社零总额增速回升"),
    S("\n古雷[[500千伏]]变电站", "500", "千伏", O_, "exact", "变电站电压等级", OPT),        # inside a name
    S("用电量[[约286.5亿千瓦时]]", "28650000000", "千瓦时", EN, "about", "全社会用电量"),
    S("同比增长[[7.8%]]", "7.8", "%", P, "exact", "全社会用电量", change=up(YOY)),
    S("占比[[约68%]]", "68", "%", P, "about", "工业用电量占比"),
    S("，古雷[[500千伏]]变电站", "500", "千伏", O_, "exact", "变电站电压等级", OPT),
    S("变电容量[[100万千伏安]]", "1000000", "千伏安", O_, "exact", "新增变电容量"),
    S("种植面积[[约1.2万亩]]", "12000", "亩", A, "about", "水仙花种植面积"),
    S("种球[[约1.5亿粒]]", "150000000", "粒", C, "about", "预计销售种球"),
    S("产值[[约9亿元]]", "900000000", "元", M, "about", "水仙花产值", currency=CNY),
    S("出口[[约2300万粒]]", "23000000", "粒", C, "about", "出口种球"),
    S("销往[[20多个]]国家", "20", "个", C, "over", "出口国家和地区"),
    S("吞吐量[[6182万吨]]", "61820000", "吨", W, "exact", "漳州港货物吞吐量"),
    S("同比增长[[11.6%]]", "11.6", "%", P, "exact", "漳州港货物吞吐量", change=up(YOY)),
    S("吞吐量[[近58.3万标箱]]", "583000", "标箱", C, "under", "漳州港集装箱吞吐量"),
    S("增长[[6.9%]]", "6.9", "%", P, "exact", "集装箱吞吐量", change=up(YOY)),
    S("提出[[16条]]", "16", "条", C, "exact", "具体举措"),
    S("增长[[超过20%]]的企业", "20", "%", P, "over", "获奖企业进出口额增幅门槛", OPT),        # a threshold
    S("最高[[50万元]]", "500000", "元", M, "under", "企业奖励上限", OPT, currency=CNY),         # a cap
    S("科技有限公司[[2家]]企业", "2", "家", C, "exact", "入选企业"),
    S("示范工厂[[5家]]", "5", "家", C, "exact", "国家级智能制造示范工厂"),
    S("智能工厂[[38家]]", "38", "家", C, "exact", "省级智能工厂"),
    S("\n漳州[[2家]]企业入选", "2", "家", C, "exact", "入选企业"),
    S("预计[[200余家]]企业", "200", "家", C, "over", "参加招聘会企业"),
    S("提供岗位[[8000个以上]]", "8000", "个", C, "over", "招聘会提供岗位"),
    S("新增就业[[5.82万人]]", "58200", "人", C, "exact", "城镇新增就业"),
    S("目标的[[107.8%]]", "107.8", "%", P, "exact", "年度就业目标完成率"),
    S("保持在[[5.2%左右]]", "5.2", "%", P, "about", "城镇调查失业率"),
]

EVENTS = [
    E("市统计局昨日发布数据", "announcement", "发布", D15, organizers=["市统计局"]),
    E("漳州海关数据显示", "announcement", "数据显示", None, organizers=["漳州海关"], opt=True),   # a report verb
    E("漳州海关共检验出口食品逾4.6万批次", "inspection", "检验", JAN_NOV, organizers=["漳州海关"]),
    E("产业招商推介会在深圳举行", "meeting", "推介会", D15, location="深圳",
      organizers=["市商务局", "市投资促进中心"]),
    E("推介会现场签约项目28个", "signing", "签约", D15, location="深圳"),
    E("代表团走访了前海3家新能源企业", "visit", "走访", None, location="前海", participants=["3家新能源企业"]),
    E("人民银行漳州市分行数据显示", "announcement", "数据显示", None, organizers=["人民银行漳州市分行"],
      opt=True),
    E("发放第二批数字消费券", "payout", "发放", day("2026-12-20"), organizers=["市商务局", "市财政局"]),
    E("国网漳州供电公司统计", "announcement", "统计", None, organizers=["国网漳州供电公司"], opt=True),
    E("扩建工程正式投运", "construction", "投运", day("2026-12-10"), location="古雷",
      organizers=["国网漳州供电公司"]),
    E("花农们忙着采挖、分拣、包装种球", "production", "采挖", None, location="龙海区九湖镇"),
    E("水仙花展销会将于12月26日至28日在圆山水仙花海举行", "exhibition", "展销会",
      day("2026-12-26", "2026-12-28"), location="圆山水仙花海"),
    E("外贸集装箱航线开通", "launch", "开通", day("2026-12-12"), location="漳州港"),
    E("印发《漳州市促进外贸稳规模优结构若干措施》", "policy", "印发", None, organizers=["市政府办公室"]),
    E("给予最高50万元奖励", "payout", "奖励", None, opt=True),                                 # a measure of the policy
    E("日前公布2026年度智能制造示范工厂揭榜单位名单", "announcement", "公布", None,
      organizers=["工业和信息化部"], opt=True),                                                # the selection told
    E("科技有限公司2家企业入选", "award", "入选", None, organizers=["工业和信息化部"],
      participants=["漳州海润精密机械有限公司", "福建圆山食品科技有限公司"]),
    E("举办“返乡就业·留漳发展”专场招聘会", "recruitment", "招聘会", day("2026-12-19"), location="市人力资源市场",
      organizers=["市人社局"], participants=["200余家企业"], theme="返乡就业·留漳发展"),
]
