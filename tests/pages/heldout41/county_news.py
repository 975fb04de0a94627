"""寿宁报, 寿宁县融媒体中心 (寿宁县, 宁德市, 福建省), 2026-11-10 (a Tuesday): a county paper page.
Features: a series label (`乡村振兴进行时`); a kicker over a title (`抢抓晴好天气 扩种冬季作物` / `全县冬种完成…`);
a paragraph broken after a comma (`…深入田间地头开展技术指导，` | `并向种植户发放…`) with another article and its
after-body headline between; a caption credited to an institution and a person (`县融媒体中心 吴 建 华 摄`); a
winners list in label-colon lines (`红茶组：`, `绿茶组：`, companies and villagers in layout spaces); a 通告 of the
county's forest-fire command closed by `特此通告。`, its issuing body and a date line (a fire ban: policy); headlines
after their bodies (five), two items without headline. Bodies written short resolve with the county (`县农业农村局`,
`县总工会` ×3, `县融媒体中心`, `县茶业发展中心`, `县人民法院` ×2, `团县委`, `县工业信息化和商务局`, `县林业局`,
`县教育局`, `县市场监管局`, `县残联`, `县政府`, `县图书馆`); towns (`斜滩镇`, `清源镇`, `下党乡`) are places, villages
(`犀溪镇西浦村`…) optional. Relative dates: `昨天` = 11-09, `前天` = `本月8日` = 11-08, `当日` (the tea contest's day),
`立冬日` = 11-07, `双十一` / `双十一购物节` = 11-11, `明天` = 11-11, `本周六` = 11-14 (twice, once in a title),
`11月下旬`, `本月5日至7日`, `本月15日`.

Written at main commit ed40a5c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, quarter, span, up, xun, year

PAPER = "寿宁报"
PUBLISHED = "2026-11-10"
HOME = {"county": "寿宁县", "city": "宁德市", "province": "福建省"}

LAYOUT = [
    ("乡村振兴进行时", "label", "C0"),
    ("抢抓晴好天气", "headline", "C0"),                       # kicker
    ("全县冬种完成", "headline", "C0"),
    ("本报讯（记者 缪 晓 燕 通讯员", "body", "C0"),           # breaks after a comma
    ("本报讯（通讯员 王 丽 琴）", "body", "C1"),
    ("县总工会为一线", "headline", "C1"),                     # after its body
    ("并向种植户", "body", "C0"),                             # the rest of C0's paragraph
    ("斜滩镇农户", "caption", "P0"),                          # 县融媒体中心 吴 建 华 摄
    ("第五届“寿宁高山茶”", "headline", "C2"),
    ("本报讯（记者 范 文 婷）本月8日", "body", "C2"),
    ("红茶组：", "body", "C2"),                               # winners in label-colon lines
    ("绿茶组：", "body", "C2"),
    ("本报讯（通讯员 陈 思 远）前天", "body", "C3"),
    ("法官进村开庭", "headline", "C3"),                       # after its body
    ("青年主播集中", "headline", "C4"),
    ("本报讯（记者 范 文 婷）为迎接", "body", "C4"),
    ("寿宁县森林防灭火指挥部关于", "headline", "C5"),
    ("为切实做好", "body", "C5"),
    ("一、2026年", "body", "C5"),
    ("二、违反规定", "body", "C5"),
    ("特此通告", "body", "C5"),
    ("寿宁县森林防灭火指挥部", "body", "C5"),                 # issuing body
    ("2026年11月9日", "body", "C5"),                          # date line
    ("本报讯（通讯员 吴 婷）本周六", "body", "C6"),
    ("县中小学生田径运动会", "headline", "C6"),               # after its body
    ("本报讯（通讯员 叶 光 明）昨天", "body", "C7"),           # no headline
    ("本报讯（记者 缪 晓 燕）本月6日", "body", "C8"),
    ("312名重度残疾人", "headline", "C8"),                    # after its body
    ("县医院互联网医院上线", "headline", "C9"),
    ("本报讯（通讯员 陈 思 远）昨天", "body", "C9"),
    ("本报讯（记者 缪 晓 燕）昨天", "body", "C10"),            # no headline
    ("本报讯（通讯员 吴 婷）本月6日", "body", "C11"),
    ("城乡供水一体化工程开工", "headline", "C11"),            # after its body
    ("县图书馆自本月15日", "body", "C12"),                    # no headline, no byline
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["缪晓燕"], correspondents=["叶光明"])),
    "C1": dict(byline=byline(correspondents=["王丽琴"])),
    "C2": dict(byline=byline(reporters=["范文婷"])),
    "C3": dict(byline=byline(correspondents=["陈思远"])),
    "C4": dict(byline=byline(reporters=["范文婷"])),
    "C5": dict(),
    "C6": dict(byline=byline(correspondents=["吴婷"])),
    "C7": dict(byline=byline(correspondents=["叶光明"])),
    "C8": dict(byline=byline(reporters=["缪晓燕"])),
    "C9": dict(byline=byline(correspondents=["陈思远"])),
    "C10": dict(byline=byline(reporters=["缪晓燕"])),
    "C11": dict(byline=byline(correspondents=["吴婷"])),
    "C12": dict(),
}
JOINS = [("本报讯（记者 缪 晓 燕 通讯员", "并向种植户")]
PHOTOS = {
    "P0": dict(photographers=["吴建华"], article="C0"),
}

D09, D08, D06, D11, D14 = (day("2026-11-09"), day("2026-11-08"), day("2026-11-06"), day("2026-11-11"),
                           day("2026-11-14"))
WINTER = (span("2026-12-01", "2027-02-28"), "season")
DATES = [
    D("扩种[[冬季]]作物", WINTER, OPT),                                   # a season as a descriptor
    D("）[[连日来]]，我县", VAGUE, OPT),
    D("截至[[昨天]]，全县", D09),
    D("比[[去年同期]]快6个", year(2025), OPT),
    D("）[[立冬日]]，县总工会", day("2026-11-07")),
    D("。[[今年以来]]，县总工会", year(2026), OPT),
    D("据介绍，[[11月下旬]]全县", xun(2026, 11, 2)),
    D("）[[本月8日]]，由县", D08),
    D("。[[当日]]，主办方", D08),
    D("）[[前天]]，县人民法院", D08),
    D("县人民法院[[今年]]已在", year(2026)),
    D("备战[[双十一]]\n", D11),
    D("为迎接[[双十一购物节]]，", D11),
    D("，[[本月5日至7日]]，团县委", day("2026-11-05", "2026-11-07")),
    D("。[[明天]]起，全县", D11),
    D("一、[[2026年11月15日至2027年4月30日]]为", day("2026-11-15", "2027-04-30")),
    D("\n[[2026年11月9日]]\n", D09),
    D("）[[本周六]]，县第十二届", D14),
    D("运动会[[本周六]]开幕", D14),
    D("）[[昨天]]，县市场监管局", D09),
    D("）[[本月6日]]，县残联", D06),
    D("发放[[第四季度]]护理补贴", quarter(2026, 4), OPT),                 # the period a subsidy covers, in its name
    D("每人[[每月]]80元", VAGUE, OPT),                                    # a recurring slot
    D("）[[昨天]]，寿宁县医院", D09),
    D("）[[昨天]]，县政府", D09),
    D("）[[本月6日]]，寿宁县城乡", D06),
    D("自[[本月15日]]起实行", day("2026-11-15")),
    D("实行[[冬季]]开放时间", WINTER, OPT),
    D("，[[每周二至周日]]9:00", VAGUE, OPT),
    D("，[[每周一]]闭馆", VAGUE, OPT),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
ZGH = ["寿宁县总工会"]
FY = ["寿宁县人民法院"]
FHB = ["寿宁县森林防灭火指挥部"]
HOSP = ["寿宁县医院互联网医院", "寿宁县医院"]
ORGS = [
    O("。[[县农业农村局]]组织", ["寿宁县农业农村局"], G),
    O("）立冬日，[[县总工会]]在", ZGH, PE),
    O("今年以来，[[县总工会]]已", ZGH, PE),
    O("\n[[县总工会]]为一线", ZGH, PE),
    O("油菜。 [[县融媒体中心]] 吴", ["寿宁县融媒体中心"], IN),
    O("由[[县茶业发展中心]]、", ["寿宁县茶业发展中心"], IN),
    O("、[[县茶业协会]]主办", ["寿宁县茶业协会"], SO),
    O("在[[犀溪镇西浦村]]落幕", ["寿宁县犀溪镇西浦村", "西浦村"], CM, OPT),       # a village
    O("红茶组：[[寿宁县云岭茶业有限公司]]；", ["寿宁县云岭茶业有限公司"], CO),
    O("；[[下党乡下党村]] 王", ["寿宁县下党乡下党村", "下党村"], CM, OPT),         # a village
    O("绿茶组：[[寿宁县仙峰茶叶专业合作社]]；", ["寿宁县仙峰茶叶专业合作社"], CO),
    O("；[[南阳镇龟岭村]] 刘", ["寿宁县南阳镇龟岭村", "龟岭村"], CM, OPT),         # a village
    O("，[[县人民法院]]在下党乡", FY, G),
    O("。[[县人民法院]]今年", FY, G),
    O("，[[团县委]]联合", ["共青团寿宁县委员会"], PE),
    O("联合[[县工业信息化和商务局]]在", ["寿宁县工业信息化和商务局"], G),
    O("在[[县电子商务公共服务中心]]举办", ["寿宁县电子商务公共服务中心"], IN),
    O("\n[[寿宁县森林防灭火指挥部]]关于", FHB, G),
    O("由[[县林业局]]依法", ["寿宁县林业局"], G),
    O("\n[[寿宁县森林防灭火指挥部]]\n", FHB, G),
    O("在[[县体育中心]]开幕", ["寿宁县体育中心"], IN, OPT),                       # a venue
    O("由[[县教育局]]、", ["寿宁县教育局"], G),
    O("、[[县文体和旅游局]]主办", ["寿宁县文体和旅游局"], G),
    O("，[[县市场监管局]]执法人员", ["寿宁县市场监督管理局"], G),
    O("，[[县残联]]向全县", ["寿宁县残疾人联合会"], PE),
    O("\n[[县医院互联网医院]]上线", HOSP, IN),
    O("，[[寿宁县医院互联网医院]]正式", HOSP, IN),
    O("，[[县政府]]召开", ["寿宁县人民政府"], G),
    O("\n[[县图书馆]]自本月15日", ["寿宁县图书馆"], IN),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY = "CNY"
STATS = [
    S("冬种完成[[4.2万亩]] 占", "42000", "亩", A, "exact", "全县冬种面积"),
    S("占计划面积[[近八成]]", "0.8", "成", P, "under", "冬种完成占计划面积比例", OPT),   # X成
    S("播种[[4.2万亩]]，", "42000", "亩", A, "exact", "冬种作物播种面积"),
    S("计划面积的[[78%]]", "78", "%", P, "exact", "冬种完成占计划面积比例"),
    S("快[[6个百分点]]", "6", "个百分点", P, "exact", "冬种进度", change=up("去年同期")),
    S("组织[[32名]]农技人员", "32", "名", C, "exact", "分片包村的农技人员"),
    S("为[[120名]]环卫工人", "120", "名", C, "exact", "受慰问的环卫工人、快递员"),
    S("帮扶金[[46.8万元]]", "468000", "元", M, "exact", "困难职工帮扶金", currency=CNY),
    S("惠及职工[[390人]]", "390", "人", C, "exact", "受帮扶职工"),
    S("化肥[[180吨]]", "180", "吨", W, "exact", "发放化肥"),
    S("油菜种子[[2.6吨]]", "2.6", "吨", W, "exact", "发放油菜种子"),
    S("增收[[3000万元以上]]", "30000000", "元", M, "over", "带动农户增收", currency=CNY),
    S("参赛茶样[[216个]]", "216", "个", C, "exact", "参赛茶样"),
    S("金奖[[4个]]", "4", "个", C, "exact", "金奖"),
    S("银奖[[8个]]", "8", "个", C, "exact", "银奖"),
    S("优秀奖[[20个]]", "20", "个", C, "exact", "优秀奖"),
    S("签约项目[[5个]]", "5", "个", C, "exact", "现场签约项目"),
    S("签约金额[[2.3亿元]]", "230000000", "元", M, "exact", "现场签约金额", currency=CNY),
    S("承包费[[8.5万元]]", "85000", "元", M, "exact", "支付拖欠的承包费", currency=CNY),
    S("巡回审判案件[[47件]]", "47", "件", C, "exact", "巡回审判案件"),
    S("，[[65名]]青年主播", "65", "名", C, "exact", "参加培训的青年主播"),
    S("为期[[3天]]", "3", "天", T, "exact", "直播带货活动时长"),
    S("农特产品[[120余款]]", "120", "款", C, "over", "上线农特产品"),
    S("林缘[[100米]]范围内", "100", "米", L, "exact", "林缘禁火范围"),
    S("全县[[28所]]中小学", "28", "所", C, "exact", "参赛中小学"),
    S("的[[1100余名]]运动员", "1100", "名", C, "over", "参赛运动员"),
    S("参加[[38个]]项目", "38", "个", C, "exact", "比赛项目"),
    S("赛期[[2天]]", "2", "天", T, "exact", "运动会赛期"),
    S("城区[[14家]]快递网点", "14", "家", C, "exact", "检查的快递网点"),
    S("、[[9家]]电商企业", "9", "家", C, "exact", "检查的电商企业"),
    S("问题隐患[[7处]]", "7", "处", C, "exact", "发现问题隐患"),
    S("全县[[312名]]重度", "312", "名", C, "exact", "领取护理补贴的重度残疾人"),
    S("\n[[312名]]重度残疾人领到", "312", "名", C, "exact", "领取护理补贴的重度残疾人"),
    S("每月[[80元]]", "80", "元", M, "exact", "每人每月护理补贴", currency=CNY),
    S("共计[[74880元]]", "74880", "元", M, "exact", "护理补贴总额", currency=CNY),
    S("线上诊室[[16个]]", "16", "个", C, "exact", "首批开通线上诊室"),
    S("项目总投资[[2.86亿元]]", "286000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("新建水厂[[1座]]", "1", "座", C, "exact", "新建水厂"),
    S("供水管网[[186公里]]", "186", "公里", L, "exact", "铺设供水管网"),
    S("惠及[[12个]]乡镇", "12", "个", C, "exact", "受惠乡镇"),
    S("乡镇[[8.6万人]]", "86000", "人", C, "exact", "受惠人口"),
]

EVENTS = [
    E("全县已完成油菜、马铃薯等冬种作物播种4.2万亩", "production", "播种", D09),
    E("深入田间地头开展技术指导", "activity", "开展", None, organizers=["县农业农村局"], opt=True),
    E("并向种植户发放“冬种套餐”化肥180吨", "payout", "发放", None, organizers=["县农业农村局"],
      participants=["种植户"]),
    E("11月下旬全县冬种将全面完成", "production", "完成", xun(2026, 11, 2), opt=True),        # a forecast
    E("举办“寒冬送温暖 关爱暖人心”主题活动", "activity", "举办", day("2026-11-07"), location="鳌阳镇胜利街广场",
      organizers=["县总工会"], participants=["120名环卫工人、快递员"], theme="寒冬送温暖 关爱暖人心"),
    E("已累计发放困难职工帮扶金46.8万元", "payout", "发放", year(2026), organizers=["县总工会"], opt=True),
    E("斜滩镇农户在田间播种油菜", "production", "播种", None, location="斜滩镇", opt=True),   # the caption
    E("斗茶赛在犀溪镇西浦村落幕", "competition", "斗茶赛", D08, location="犀溪镇西浦村",
      organizers=["县茶业发展中心", "县茶业协会"], theme="寿宁高山茶"),
    E("评出金奖4个、银奖8个、优秀奖20个", "award", "评出", D08, organizers=["县茶业发展中心", "县茶业协会"]),
    E("主办方还举行茶产业招商推介会", "meeting", "推介会", D08, opt=True),
    E("现场签约项目5个", "signing", "签约", D08),
    E("公开审理一起林地承包合同纠纷案", "legal", "审理", D08, location="下党乡", organizers=["县人民法院"]),
    E("双方当庭达成调解协议", "legal", "调解", D08, opt=True),                               # the same case
    E("巡回审判案件47件", "legal", "审判", year(2026), opt=True),                            # a year summary
    E("举办农村电商直播带货培训班", "training", "培训班", day("2026-11-05", "2026-11-07"),
      location="县电子商务公共服务中心", organizers=["团县委", "县工业信息化和商务局"],
      participants=["65名青年主播"]),
    E("开展为期3天的“寿宁好物”直播带货活动", "activity", "开展", day("2026-11-11", "2026-11-13"),
      theme="寿宁好物"),
    E("禁止烧荒、烧田埂", "policy", "禁止", day("2026-11-15", "2027-04-30"), location="全县林区",
      organizers=["寿宁县森林防灭火指挥部"]),
    E("运动会将在县体育中心开幕", "competition", "运动会", D14, location="县体育中心",
      organizers=["县教育局", "县文体和旅游局"], participants=["1100余名运动员"]),
    E("开展网络交易专项检查", "inspection", "检查", D09, location="城区", organizers=["县市场监管局"],
      participants=["14家快递网点", "9家电商企业"]),
    E("发放第四季度护理补贴", "payout", "发放", D06, organizers=["县残联"], participants=["312名重度残疾人"]),
    E("互联网医院正式上线", "launch", "上线", D09, organizers=["寿宁县医院"]),
    E("召开第42次常务会议", "meeting", "召开", D09, organizers=["县政府"]),
    E("审议通过《寿宁县城乡供水一体化工程实施方案》", "policy", "审议通过", D09, organizers=["县政府"], opt=True),
    E("工程（一期）在清源镇开工", "construction", "开工", D06, location="清源镇"),
    E("实行冬季开放时间", "schedule", "开放", day("2026-11-15"), organizers=["县图书馆"]),
]
