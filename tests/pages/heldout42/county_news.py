"""洪雅报, 洪雅县融媒体中心 (洪雅县, 眉山市, 四川省), 2026-03-17 (a Tuesday): a county paper page.
Features: a series label (`春耕备耕进行时`); a kicker over a title (`抢抓农时不误春` / `全县今年计划播种…`); a paragraph
broken after a comma (`…检修农机具3200余台（套），` | `并组建农技服务小分队26支…`) with another article and its
after-body headline between; a caption credited to a reporter (`记者 王 思 琪 摄`); a notice closing an article
(`特此通告。`, the issuing body `洪雅县林业局` and a date line); a winners list in label-colon lines (`止戈镇：`,
`中保镇：`, `四川雅茗茶业有限公司：`, names in layout spaces); headlines after their bodies; two items without headline.
Bodies written short resolve with the county (`县农业农村局`, `县林业局`, `团县委`, `县委组织部`, `县人社局`,
`县茶叶产业发展中心`, `县文化广播电视和旅游局`, `县卫生健康局`, `县市场监管局`, `县消费者协会`, `县人民法院`,
`县教育局`); towns (`洪川镇`, `余坪镇`, `瓦屋山镇`) are places. Relative dates: `昨日` = 03-16 (three times),
`下周四` = 03-26 (twice, once in a title), `3月下旬`, `4月中旬`, `植树节当天`/`植树节` = 03-12, `春分`/`春分当天` =
03-20, `次日` = 03-21, `今年1至2月`, `2027年6月底`, `4月7日至17日`, `2026年3月16日起至5月31日`.

Written at main commit ed40a5c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "洪雅报"
PUBLISHED = "2026-03-17"
HOME = {"county": "洪雅县", "city": "眉山市", "province": "四川省"}

LAYOUT = [
    ("春耕备耕进行时", "label", "A0"),
    ("抢抓农时不误春", "headline", "A0"),                     # kicker
    ("全县今年计划播种", "headline", "A0"),
    ("本报讯（记者 王 思 琪 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（通讯员 杨 帆）植树节", "body", "A1"),
    ("植树节里添新绿", "headline", "A1"),                     # after its body
    ("并组建农技服务", "body", "A0"),                         # the rest of A0's paragraph
    ("止戈镇种粮大户", "caption", "P0"),                      # 记者 王 思 琪 摄
    ("县委组织部召开", "headline", "A2"),
    ("本报讯（记者 李 浩 然）3月13日", "body", "A2"),
    ("本报讯（记者 李 浩 然）记者从县人社局", "body", "A3"),
    ("68家企业下周四", "headline", "A3"),                     # after its body
    ("县林业局发布", "headline", "A4"),
    ("本报讯（通讯员 杨 帆）随着", "body", "A4"),
    ("自2026年3月16日", "body", "A4"),                        # the notice
    ("特此通告。", "body", "A4"),
    ("洪雅县林业局", "body", "A4"),                           # issuing body
    ("2026年3月16日", "body", "A4"),                          # date line
    ("我县表彰", "headline", "A5"),
    ("本报讯（通讯员 何 丽 娟）3月14日", "body", "A5"),
    ("止戈镇：", "body", "A5"),                               # winners list
    ("中保镇：", "body", "A5"),
    ("将军镇：", "body", "A5"),
    ("瓦屋山镇：", "body", "A5"),
    ("四川雅茗茶业有限公司：", "body", "A5"),
    ("本报讯（记者 李 浩 然）3月10日", "body", "A6"),
    ("城乡供水一体化项目开工", "headline", "A6"),             # after its body
    ("柳江古镇春分", "headline", "A7"),
    ("本报讯（通讯员 陈 立 新）县文化", "body", "A7"),
    ("本报讯（通讯员 罗 婷）3月15日，洪雅县", "body", "A8"),  # no headline
    ("本报讯（通讯员 罗 婷）3月15日，县市场", "body", "A9"),
    ("放心消费宣传", "headline", "A9"),                       # after its body
    ("巡回法庭开进", "headline", "A10"),
    ("本报讯（通讯员 何 丽 娟）昨日", "body", "A10"),
    ("本报讯（记者 王 思 琪）县教育局", "body", "A11"),        # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["王思琪"], correspondents=["陈立新"])),
    "A1": dict(byline=byline(correspondents=["杨帆"])),
    "A2": dict(byline=byline(reporters=["李浩然"])),
    "A3": dict(byline=byline(reporters=["李浩然"])),
    "A4": dict(byline=byline(correspondents=["杨帆"])),
    "A5": dict(byline=byline(correspondents=["何丽娟"])),
    "A6": dict(byline=byline(reporters=["李浩然"])),
    "A7": dict(byline=byline(correspondents=["陈立新"])),
    "A8": dict(byline=byline(correspondents=["罗婷"])),
    "A9": dict(byline=byline(correspondents=["罗婷"])),
    "A10": dict(byline=byline(correspondents=["何丽娟"])),
    "A11": dict(byline=byline(reporters=["王思琪"])),
}
JOINS = [("本报讯（记者 王 思 琪 通讯员", "并组建农技服务")]
PHOTOS = {
    "P0": dict(photographers=["王思琪"], article="A0"),
}

D16, D15 = day("2026-03-16"), day("2026-03-15")
D12, D20, D26 = day("2026-03-12"), day("2026-03-20"), day("2026-03-26")
Y26, Y25 = year(2026), year(2025)
DATES = [
    D("\n全县[[今年]]计划播种", Y26),
    D("记者[[昨日]]从县农业农村局", D16),
    D("获悉，[[今年]]全县计划播种", Y26),
    D("[[截至目前]]，已调运", VAGUE, OPT),
    D("）[[植树节当天]]，县林业局", D12),
    D("据悉，[[今年]]全县计划完成", Y26),
    D("\n[[植树节]]里添新绿", D12),
    D("。[[3月下旬]]起，全县", xun(2026, 3, 2)),
    D("力争[[4月中旬]]前", xun(2026, 4, 1)),
    D("）[[3月13日]]，县委组织部", day("2026-03-13")),
    D("总结[[2025年]]全县", Y25),
    D("部署[[今年]]重点任务", Y26),
    D("会议提出，[[今年]]将分6期", Y26),
    D("，[[2026年]]“春风行动”", Y26, OPT),                        # a year inside an event's name
    D("将于[[下周四]]在县人力", D26),
    D("企业[[下周四]]带岗", D26),
    D("。[[昨日]]，县林业局发布", D16),
    D("自[[2026年3月16日起至5月31日]]，全县", day("2026-03-16", "2026-05-31")),
    D("\n[[2026年3月16日]]\n", D16),
    D("我县表彰[[2025年度]]", Y25),
    D("）[[3月14日]]，县农业农村局", day("2026-03-14")),
    D("大会，表彰[[2025年度]]", Y25),
    D("）[[3月10日]]，总投资", day("2026-03-10")),
    D("预计[[2027年6月底]]完工", xun(2027, 6, 2)),
    D("柳江古镇[[春分]]办", D20),
    D("将于[[春分当天]]在柳江", D20),
    D("，[[次日]]起连续推出", day("2026-03-21")),
    D("。[[今年1至2月]]，全县接待", months(2026, 1, 2)),
    D("）[[3月15日]]，洪雅县人民医院", D15),
    D("上线[[首日]]接诊", D15, OPT),                              # a descriptor of the count
    D("，[[年内]]将推动", VAGUE, OPT),
    D("）[[3月15日]]，县市场监管局", D15),
    D("开展[[“3·15”国际消费者权益日]]主题", D15),
    D("。[[今年以来]]，县市场监管局", Y26, OPT),
    D("）[[昨日]]，县人民法院", D16),
    D("县教育局[[日前]]发布", VAGUE, OPT),
    D("，[[今年秋季]]义务教育", (span("2026-09-01", "2026-11-30"), "season"), OPT),   # a descriptor of the intake
    D("将于[[4月7日至17日]]进行", day("2026-04-07", "2026-04-17")),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NY = ["洪雅县农业农村局"]
LY = ["洪雅县林业局"]
ZZB = ["中共洪雅县委组织部"]
SJ = ["洪雅县市场监督管理局"]
ORGS = [
    O("从[[县农业农村局]]获悉", NY, G),
    O("，[[县林业局]]联合团县委", LY, G),
    O("联合[[团县委]]在", ["共青团洪雅县委员会"], PE),
    O("在[[洪川镇玉屏村]]开展", ["洪雅县洪川镇玉屏村"], CM, OPT),              # a village
    O("\n[[县委组织部]]召开", ZZB, PA),
    O("，[[县委组织部]]召开全县", ZZB, PA),
    O("记者从[[县人社局]]获悉", ["洪雅县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举行", ["洪雅县人力资源市场"], IN, OPT),            # a venue
    O("\n[[县林业局]]发布", LY, G),
    O("。昨日，[[县林业局]]发布", LY, G),
    O("\n[[洪雅县林业局]]\n", LY, G),
    O("，[[县农业农村局]]、县茶叶", NY, G),
    O("、[[县茶叶产业发展中心]]召开", ["洪雅县茶叶产业发展中心"], IN),
    O("\n[[四川雅茗茶业有限公司]]：", ["四川雅茗茶业有限公司"], CO),
    O("）[[县文化广播电视和旅游局]]将于", ["洪雅县文化广播电视和旅游局"], G),
    O("，[[洪雅县人民医院互联网医院]]正式", ["洪雅县人民医院互联网医院", "洪雅县人民医院"], IN),
    O("。[[县卫生健康局]]表示", ["洪雅县卫生健康局"], G),
    O("，[[县市场监管局]]联合", SJ, G),
    O("联合[[县消费者协会]]在", ["洪雅县消费者协会"], SO),
    O("今年以来，[[县市场监管局]]已", SJ, G),
    O("，[[县人民法院]]在瓦屋山镇", ["洪雅县人民法院"], G),
    O("在[[瓦屋山镇复兴村]]巡回", ["洪雅县瓦屋山镇复兴村"], CM, OPT),          # a village
    O("）[[县教育局]]日前", ["洪雅县教育局"], G),
]

C, P, M, L, W, A = "count", "percent", "money", "length", "weight", "area"
CNY = "CNY"
STATS = [
    S("作物[[18.6万亩]]\n", "186000", "亩", A, "exact", "今年计划播种粮食作物"),
    S("作物[[18.6万亩]]，", "186000", "亩", A, "exact", "今年计划播种粮食作物"),
    S("水稻[[6.2万亩]]", "62000", "亩", A, "exact", "计划播种水稻"),
    S("玉米[[4.8万亩]]", "48000", "亩", A, "exact", "计划播种玉米"),
    S("种子[[210吨]]", "210", "吨", W, "exact", "调运种子"),
    S("化肥[[1.35万吨]]", "13500", "吨", W, "exact", "调运化肥"),
    S("农机具[[3200余台（套）]]", "3200", "台（套）", C, "over", "检修农机具"),
    S("，[[200余名]]干部职工", "200", "名", C, "over", "参加植树的干部职工和青年志愿者"),
    S("苗木[[1500余株]]", "1500", "株", C, "over", "栽下苗木"),
    S("营造林[[1.2万亩]]", "12000", "亩", A, "exact", "计划完成营造林"),
    S("义务植树[[40万株]]", "400000", "株", C, "exact", "全民义务植树"),
    S("小分队[[26支]]", "26", "支", C, "exact", "农技服务小分队"),
    S("分[[6期]]轮训", "6", "期", C, "exact", "轮训期数"),
    S("干部[[600人次]]", "600", "人次", C, "exact", "轮训村（社区）干部"),
    S("负责人[[110余人]]", "110", "人", C, "over", "参加会议人员"),
    S("县内外[[68家]]企业", "68", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1900余个]]", "1900", "个", C, "over", "提供岗位"),
    S("月薪达[[8000元]]", "8000", "元", M, "exact", "部分技术岗位月薪", currency=CNY),
    S("\n[[68家]]企业下周四", "68", "家", C, "exact", "带岗揽才企业"),
    S("处[[200元以上]]", "200", "元", M, "over", "罚款下限", OPT, currency=CNY),           # a penalty range
    S("[[3000元以下]]罚款", "3000", "元", M, "under", "罚款上限", OPT, currency=CNY),
    S("奖励[[5000元]]", "5000", "元", M, "exact", "每人奖励", currency=CNY),
    S("总投资[[3.6亿元]]", "360000000", "元", M, "exact", "城乡供水一体化项目总投资", currency=CNY),
    S("水厂[[1座]]", "1", "座", C, "exact", "新建水厂"),
    S("管网[[286公里]]", "286", "公里", L, "exact", "铺设供水管网"),
    S("惠及[[12.5万名]]群众", "125000", "名", C, "exact", "惠及群众"),
    S("等活动[[12场]]", "12", "场", C, "exact", "民俗文化周活动"),
    S("游客[[186.3万人次]]", "1863000", "人次", C, "exact", "接待游客"),
    S("综合收入[[17.4亿元]]", "1740000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("分别增长[[9.6%]]", "9.6", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("和[[11.2%]]。", "11.2", "%", P, "exact", "旅游综合收入", change=up("上年同期")),
    S("等[[14个]]科室", "14", "个", C, "exact", "开通线上复诊的科室"),
    S("接诊患者[[230人次]]", "230", "人次", C, "exact", "上线首日接诊患者"),
    S("全县[[14家]]镇卫生院", "14", "家", C, "exact", "接入平台的镇卫生院"),
    S("投诉[[17件]]", "17", "件", C, "exact", "受理消费投诉"),
    S("经济损失[[2.3万元]]", "23000", "元", M, "exact", "挽回经济损失", currency=CNY),
    S("样品[[320批次]]", "320", "批次", C, "exact", "抽检食品样品"),
    S("合格率[[98.4%]]", "98.4", "%", P, "exact", "抽检合格率"),
    S("涉案林地[[86亩]]", "86", "亩", A, "exact", "涉案林地"),
    S("承包费[[4.2万元]]", "42000", "元", M, "exact", "争议承包费", currency=CNY),
    S("新生[[2100人左右]]", "2100", "人", C, "about", "招收小学一年级新生"),
    S("新生[[2350人左右]]", "2350", "人", C, "about", "招收初中一年级新生"),
]

EVENTS = [
    E("计划播种粮食作物18.6万亩，其中", "production", "播种", Y26, opt=True),                # a year's plan
    E("陆续启动水稻集中育秧", "production", "育秧", xun(2026, 3, 2)),
    E("开展义务植树活动", "activity", "植树", D12, location="洪川镇玉屏村", organizers=["县林业局", "团县委"],
      participants=["干部职工", "青年志愿者"]),
    E("，县委组织部召开全县组织工作会议", "meeting", "召开", day("2026-03-13"), organizers=["县委组织部"],
      participants=["各镇党委书记", "县级部门主要负责人"]),
    E("分6期轮训村（社区）干部", "training", "轮训", Y26, opt=True),                         # a year's plan
    E("专场招聘会将于下周四在县人力资源市场举行", "recruitment", "招聘会", D26, location="县人力资源市场",
      organizers=["县人社局"], participants=["68家企业"], theme="春风行动"),
    E("昨日，县林业局发布森林防火通告", "announcement", "发布", D16, organizers=["县林业局"]),
    E("全县实行森林草原防火戒严", "policy", "实行", day("2026-03-16", "2026-05-31"),
      organizers=["洪雅县林业局"]),
    E("召开茶产业发展大会", "meeting", "召开", day("2026-03-14"), opt=True),                  # the award's venue
    E("大会，表彰2025年度“十佳茶农”", "award", "表彰", day("2026-03-14"),
      organizers=["县农业农村局", "县茶叶产业发展中心"], theme="十佳茶农"),
    E("项目在余坪镇开工", "construction", "开工", day("2026-03-10"), location="余坪镇"),
    E("预计2027年6月底完工", "construction", "完工", xun(2027, 6, 2), opt=True),             # a plan
    E("举办“春分竖蛋·花开柳江”民俗文化周", "activity", "举办", D20, location="柳江古镇",
      organizers=["县文化广播电视和旅游局"], theme="春分竖蛋·花开柳江"),
    E("次日起连续推出非遗展演", "activity", "推出", day("2026-03-21"), location="柳江古镇",
      opt=True),                                                                            # the week's rest
    E("互联网医院正式上线", "launch", "上线", D15, organizers=["洪雅县人民医院"]),
    E("开展“3·15”国际消费者权益日主题宣传活动", "activity", "开展", D15, location="洪川镇滨江广场",
      organizers=["县市场监管局", "县消费者协会"]),
    E("已抽检食品样品320批次", "inspection", "抽检", Y26, organizers=["县市场监管局"], opt=True),  # a year summary
    E("巡回审理一起林地承包纠纷案", "legal", "审理", D16, location="瓦屋山镇复兴村", organizers=["县人民法院"]),
    E("经法官现场调解", "legal", "调解", D16, opt=True),                                    # the same case
    E("县教育局日前发布通知", "announcement", "发布", None, organizers=["县教育局"], opt=True),  # the measure told
    E("新生入学信息登记将于4月7日至17日进行", "registration", "登记", day("2026-04-07", "2026-04-17"),
      organizers=["县教育局"]),
]
