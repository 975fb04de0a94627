"""今日建始, 建始县融媒体中心 (建始县, 恩施土家族苗族自治州, 湖北省), 2026-06-03 (a Wednesday): a county paper page.
Features: a series label (`乡村振兴进行时`); a kicker over a title (`硒茶夏采正当时` / `高坪镇4.6万亩茶园…`); a
paragraph broken after a comma (`…实现综合产值9.7亿元，` | `同比增长8.3%。…`) with a caption between, credited to an
institution and a person (`县融媒体中心 邓 涛 摄`); many headlines after their bodies; two items without headline, one
under a notice label (`停电预告`). Bodies written short resolve with the county (`县农业农村局`, `县妇联`, `团县委`,
`县中医医院`, `县人民法院`, `县政府`, `县人社局`, `县市场监管局`, `县文化和旅游局`, `县委宣传部`, `县文明办`,
`县委党校`, `县教育局`, `县红十字会`, `县应急管理局`, `县水利和湖泊局`, `县消防救援大队`). Relative dates: `前天` =
06-01 (with `“六一”国际儿童节`), `昨天上午`/`昨天下午`/`昨天` = 06-02, `本周五上午`/`本周五` = 06-05, `当天` (the
festival's), `当晚` (the exhibition's opening day, 05-30), `6月中旬`, `端午节前` (`端午节` = 06-19, `前` outside the
mention, the event undated), `2027年底`.

Written at main commit 8df73af, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, month, months, span, up, xun, year

PAPER = "今日建始"
PUBLISHED = "2026-06-03"
HOME = {"county": "建始县", "city": "恩施土家族苗族自治州", "province": "湖北省"}

LAYOUT = [
    ("乡村振兴进行时", "label", "A0"),
    ("硒茶夏采正当时", "headline", "A0"),                     # kicker
    ("高坪镇4.6万亩", "headline", "A0"),
    ("本报讯（记者 向 晓 燕 通讯员", "body", "A0"),          # breaks after a comma
    ("6月2日，茶农", "caption", "P0"),                        # 县融媒体中心 邓 涛 摄
    ("同比增长8.3%。", "body", "A0"),                          # the rest of A0's paragraph
    ("本报讯（通讯员 刘 思 琪）前天", "body", "A1"),
    ("六一游园会", "headline", "A1"),                         # after its body
    ("县中医医院专家", "headline", "A2"),
    ("本报讯（通讯员 覃 玉 兰）昨天上午", "body", "A2"),
    ("本报讯（通讯员 谭 明 杰）5月29日", "body", "A3"),
    ("法庭开进村", "headline", "A3"),                         # after its body
    ("本报讯（记者 杨 帆）前天", "body", "A4"),
    ("魔芋精深加工", "headline", "A4"),                       # after its body
    ("本报讯（记者 杨 帆）记者从县人社局", "body", "A5"),
    ("68家企业本周五", "headline", "A5"),                     # after its body
    ("本报讯（记者 向 晓 燕）端午节前", "body", "A6"),
    ("节令食品专项检查", "headline", "A6"),                   # after its body
    ("“建始人”遗址考古成果展开展", "headline", "A7"),
    ("本报讯（通讯员 黄 俊）5月30日", "body", "A7"),
    ("本报讯（记者 杨 帆）6月1日", "body", "A8"),
    ("景阳河水环境", "headline", "A8"),                       # after its body
    ("本报讯（通讯员 黄 俊）昨天下午", "body", "A9"),
    ("志愿服务骨干培训班开班", "headline", "A9"),             # after its body
    ("本报讯（通讯员 覃 玉 兰）县教育局", "body", "A10"),
    ("全县中考6月20日", "headline", "A10"),                   # after its body
    ("本报讯（通讯员 刘 思 琪）昨天，县红十字会", "body", "A11"),   # no headline
    ("县应急管理局开展", "headline", "A12"),
    ("本报讯（通讯员 谭 明 杰）5月28日", "body", "A12"),
    ("停电预告", "label", "A13"),                             # a notice column's label
    ("国网建始县供电公司消息", "body", "A13"),                 # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["向晓燕"], correspondents=["黄俊"])),
    "A1": dict(byline=byline(correspondents=["刘思琪"])),
    "A2": dict(byline=byline(correspondents=["覃玉兰"])),
    "A3": dict(byline=byline(correspondents=["谭明杰"])),
    "A4": dict(byline=byline(reporters=["杨帆"])),
    "A5": dict(byline=byline(reporters=["杨帆"])),
    "A6": dict(byline=byline(reporters=["向晓燕"])),
    "A7": dict(byline=byline(correspondents=["黄俊"])),
    "A8": dict(byline=byline(reporters=["杨帆"])),
    "A9": dict(byline=byline(correspondents=["黄俊"])),
    "A10": dict(byline=byline(correspondents=["覃玉兰"])),
    "A11": dict(byline=byline(correspondents=["刘思琪"])),
    "A12": dict(byline=byline(correspondents=["谭明杰"])),
    "A13": dict(),
}
JOINS = [("本报讯（记者 向 晓 燕 通讯员", "同比增长8.3%。")]
PHOTOS = {
    "P0": dict(photographers=["邓涛"], article="A0"),
}

D01, D02, D05 = day("2026-06-01"), day("2026-06-02"), day("2026-06-05")
D30 = day("2026-05-30")
SUMMER = (span("2026-06-01", "2026-08-31"), "season")
EXAM = day("2026-06-20", "2026-06-22")
DATES = [
    D("，[[今年1至5月]]，全县茶叶", months(2026, 1, 5)),
    D("\n[[6月2日]]，茶农", D02),
    D("将于[[6月中旬]]在高坪镇", xun(2026, 6, 1)),
    D("）[[前天]]是", D01),
    D("是[[“六一”国际儿童节]]，", D01),
    D("[[当天]]，县妇联还为", D01),
    D("\n[[六一]]游园会", D01, OPT),                                # a festival naming the fair in a title
    D("）[[昨天上午]]，县中医医院", D02),
    D("。[[今年以来]]，该院", year(2026), OPT),
    D("）[[5月29日]]，县人民法院", day("2026-05-29")),
    D("）[[前天]]，县政府与", D01),
    D("，[[本周五上午]]，“才聚", D05),
    D("”[[夏季]]专场招聘会", SUMMER, OPT),                          # a season as a descriptor
    D("企业[[本周五]]进场", D05),
    D("）[[端午节]]前，县市场", day("2026-06-19")),
    D("。[[5月以来]]，该局", month(2026, 5), OPT),
    D("）[[5月30日]]，“建始人”", D30),
    D("[[当晚]]，县文化和旅游局", D30),
    D("）[[6月1日]]，总投资", D01),
    D("预计[[2027年底]]完工", xun(2027, 12, 2)),
    D("）[[昨天下午]]，县委宣传部", D02),
    D("县教育局[[昨天]]发布", D02),
    D("，[[2026年]]全县中考", year(2026), OPT),                     # a year inside the exam's name
    D("将于[[6月20日至22日]]举行", EXAM),
    D("全县中考[[6月20日]]开考", day("2026-06-20")),
    D("）[[昨天]]，县红十字会", D02),
    D("）[[5月28日]]，县应急", day("2026-05-28")),
    D("全县[[今年]]已储备", year(2026)),
    D("消息：[[本周五8时至18时]]，因", D05),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NY = ["建始县农业农村局"]
FL = ["建始县妇女联合会"]
ZY = ["建始县中医医院"]
JY = ["建始县教育局"]
YJ = ["建始县应急管理局"]
ORGS = [
    O("据[[县农业农村局]]统计", NY, G),
    O("\n6月2日，茶农在[[高坪镇望坪村]]茶园", ["建始县高坪镇望坪村"], CM, OPT),        # a village
    O("夏茶。 [[县融媒体中心]] 邓", ["建始县融媒体中心"], IN),
    O("。[[县农业农村局]]将于", NY, G),
    O("，[[县妇联]]联合", FL, PE),
    O("联合[[团县委]]、", ["共青团建始县委员会"], PE),
    O("、[[县图书馆]]在", ["建始县图书馆"], IN),
    O("当天，[[县妇联]]还为", FL, PE),
    O("\n[[县中医医院]]专家", ZY, IN),
    O("，[[县中医医院]]组织", ZY, IN),
    O("走进[[红岩寺镇黄木垭村]]开展", ["建始县红岩寺镇黄木垭村"], CM, OPT),           # a village
    O("，[[县人民法院]]在长梁镇", ["建始县人民法院"], G),
    O("在[[长梁镇石马村]]巡回", ["建始县长梁镇石马村"], CM, OPT),                    # a village
    O("，[[县政府]]与湖北", ["建始县人民政府"], G),
    O("与[[湖北硒源农业科技有限公司]]签订", ["湖北硒源农业科技有限公司"], CO),
    O("记者从[[县人社局]]获悉", ["建始县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["建始县人力资源市场"], IN, OPT),                  # a venue
    O("，[[县市场监管局]]将在", ["建始县市场监督管理局"], G),
    O("在[[县博物馆]]开展", ["建始县博物馆"], IN),
    O("，[[县文化和旅游局]]在", ["建始县文化和旅游局"], G),
    O("，[[县委宣传部]]、", ["中共建始县委宣传部"], PA),
    O("、[[县文明办]]在", ["中共建始县委精神文明建设委员会办公室", "建始县精神文明建设办公室",
                         "建始县文明办"], PA),
    O("在[[县委党校]]举办", ["中共建始县委党校"], IN),
    O("）[[县教育局]]昨天", JY, G),
    O("。[[县教育局]]提醒", JY, G),
    O("，[[县红十字会]]向", ["建始县红十字会"], PE),
    O("\n[[县应急管理局]]开展", YJ, G),
    O("，[[县应急管理局]]联合", YJ, G),
    O("联合[[县水利和湖泊局]]、", ["建始县水利和湖泊局"], G),
    O("、[[县消防救援大队]]在", ["建始县消防救援大队"], G),
    O("\n[[国网建始县供电公司]]消息", ["国网湖北省电力有限公司建始县供电公司", "国网建始县供电公司"], CO),
    O("，[[业州镇三友坪社区]]、", ["建始县业州镇三友坪社区"], CM),
    O("、[[东门社区]]部分", ["建始县业州镇东门社区"], CM),
]

C, P, M, T, W, L, A, O_ = "count", "percent", "money", "duration", "weight", "length", "area", "other"
CNY = "CNY"
STATS = [
    S("高坪镇[[4.6万亩]]茶园", "46000", "亩", A, "exact", "高坪镇茶园"),
    S("高坪镇[[12个]]产茶村", "12", "个", C, "exact", "产茶村"),
    S("日采鲜叶[[约85吨]]", "85", "吨", W, "about", "全镇日采鲜叶"),
    S("，[[32家]]茶叶加工企业", "32", "家", C, "exact", "茶叶加工企业"),
    S("产量达[[1.28万吨]]", "12800", "吨", W, "exact", "全县茶叶产量"),
    S("综合产值[[9.7亿元]]", "970000000", "元", M, "exact", "茶叶综合产值", currency=CNY),
    S("同比增长[[8.3%]]。", "8.3", "%", P, "exact", "茶叶综合产值", change=up("上年同期")),
    S("采购商[[60家以上]]", "60", "家", C, "over", "邀请省内外采购商"),
    S("游戏项目[[18个]]", "18", "个", C, "exact", "游戏项目"),
    S("吸引[[1200余名]]儿童", "1200", "名", C, "over", "参与的儿童和家长"),
    S("全县[[56名]]困境儿童", "56", "名", C, "exact", "领取助学金的困境儿童"),
    S("每人[[1000元]]", "1000", "元", M, "exact", "每人助学金", currency=CNY),
    S("科室[[15名]]医务人员", "15", "名", C, "exact", "义诊医务人员"),
    S("为[[230余名]]群众", "230", "名", C, "over", "义诊群众"),
    S("香囊[[300个]]", "300", "个", C, "exact", "赠送中药香囊"),
    S("活动[[21场]]", "21", "场", C, "exact", "“送医下乡”活动"),
    S("经济损失[[4.5万元]]", "45000", "元", M, "exact", "赔偿经济损失", currency=CNY),
    S("，[[160余名]]村民", "160", "名", C, "over", "旁听庭审村民"),
    S("总投资[[1.5亿元]]", "150000000", "元", M, "exact", "魔芋精深加工项目总投资", currency=CNY),
    S("鲜魔芋[[5万吨]]", "50000", "吨", W, "exact", "年加工鲜魔芋"),
    S("带动[[2000余户]]", "2000", "户", C, "over", "带动增收农户"),
    S("县内外[[68家]]企业", "68", "家", C, "exact", "参加招聘会企业"),
    S("\n[[68家]]企业本周五", "68", "家", C, "exact", "进场招聘企业"),
    S("岗位[[1500余个]]", "1500", "个", C, "over", "提供岗位"),
    S("占比[[约35%]]", "35", "%", P, "about", "大专以上学历岗位占比"),
    S("作坊[[147家次]]", "147", "家次", C, "exact", "检查商超、食品作坊"),
    S("节令食品[[46批次]]", "46", "批次", C, "exact", "抽检节令食品"),
    S("问题[[8个]]", "8", "个", C, "exact", "责令整改问题"),
    S("标本[[210件]]", "210", "件", C, "exact", "展出标本"),
    S("展期[[3个月]]", "3", "个月", T, "exact", "展期"),
    S("，[[3000余名]]市民", "3000", "名", C, "over", "观看演出市民"),
    S("总投资[[3.2亿元]]的", "320000000", "元", M, "exact", "景阳河流域水环境综合治理项目总投资",
      currency=CNY),
    S("污水管网[[46公里]]", "46", "公里", L, "exact", "新建污水管网"),
    S("生态护岸[[12.8公里]]", "12.8", "公里", L, "exact", "新建生态护岸"),
    S("全县[[10个]]乡镇", "10", "个", C, "exact", "乡镇", OPT),                      # the county's towns
    S("的[[95名]]志愿服务骨干", "95", "名", C, "exact", "参训志愿服务骨干"),
    S("考生[[4120人]]", "4120", "人", C, "exact", "中考考生"),
    S("考点[[3个]]", "3", "个", C, "exact", "中考考点"),
    S("考场[[138个]]", "138", "个", C, "exact", "中考考场"),
    S("价值[[12.6万元]]", "126000", "元", M, "exact", "救灾物资价值", currency=CNY),
    S("惠及[[410户]]", "410", "户", C, "exact", "受助受灾群众"),
    S("救援人员[[120名]]", "120", "名", C, "exact", "出动救援人员"),
    S("冲锋舟[[6艘]]", "6", "艘", C, "exact", "出动冲锋舟"),
    S("被困群众[[40人]]", "40", "人", C, "exact", "模拟转移被困群众"),
    S("物资价值[[860万元]]", "8600000", "元", M, "exact", "储备防汛物资价值", currency=CNY),
    S("因[[10千伏]]线路", "10", "千伏", O_, "exact", "线路电压等级", OPT),            # a voltage class naming the line
    S("用户[[约1800户]]", "1800", "户", C, "about", "停电用户"),
]

EVENTS = [
    E("抢抓晴好天气采摘夏茶", "production", "采摘", None, location="高坪镇", participants=["茶农"]),
    E("茶农在高坪镇望坪村茶园采摘夏茶", "production", "采摘", D02, location="高坪镇望坪村", opt=True),  # the caption
    E("举办“硒茶飘香”茶叶产销对接会", "meeting", "对接会", xun(2026, 6, 1), location="高坪镇",
      organizers=["县农业农村局"], participants=["省内外采购商"], theme="硒茶飘香"),
    E("举办“童心向党 快乐成长”主题游园活动", "activity", "举办", D01, location="广润公园",
      organizers=["县妇联", "团县委", "县图书馆"], participants=["儿童和家长"], theme="童心向党 快乐成长"),
    E("发放助学金", "payout", "发放", D01, organizers=["县妇联"], participants=["56名困境儿童"]),
    E("走进红岩寺镇黄木垭村开展义诊活动", "activity", "义诊", D02, location="红岩寺镇黄木垭村",
      organizers=["县中医医院"]),
    E("已开展“送医下乡”活动21场", "activity", "开展", year(2026), opt=True),                # a year summary
    E("巡回审理一起林木权属纠纷案", "legal", "审理", day("2026-05-29"), location="长梁镇石马村",
      organizers=["县人民法院"]),
    E("经法官现场调解", "legal", "调解", day("2026-05-29"), opt=True),                        # the same case told again
    E("签订魔芋精深加工项目合作协议", "signing", "签订", D01, organizers=["县政府"],
      participants=["湖北硒源农业科技有限公司"]),
    E("夏季专场招聘会将在县人力资源市场举办", "recruitment", "招聘会", D05, location="县人力资源市场",
      organizers=["县人社局"], participants=["68家企业"], theme="才聚建始·就业有位"),
    E("在全县开展节令食品专项检查", "inspection", "检查", None,
      organizers=["县市场监管局"]),  # before the festival: undated
    E("已检查商超、食品作坊147家次", "inspection", "检查", month(2026, 5), opt=True),          # a summary since May
    E("考古成果展在县博物馆开展", "exhibition", "开展", D30, location="县博物馆"),
    E("举办“硒都夏夜”文艺演出", "activity", "举办", D30, location="县民族文化广场",
      organizers=["县文化和旅游局"], theme="硒都夏夜"),
    E("综合治理项目开工建设", "construction", "开工", D01, location="景阳河流域"),
    E("预计2027年底完工", "construction", "完工", xun(2027, 12, 2), opt=True),                 # a plan
    E("举办新时代文明实践志愿服务骨干培训班", "training", "培训班", D02, location="县委党校",
      organizers=["县委宣传部", "县文明办"], participants=["95名志愿服务骨干"]),
    E("县教育局昨天发布消息", "announcement", "发布", D02, organizers=["县教育局"], opt=True),  # the exam told
    E("中考将于6月20日至22日举行", "exam", "中考", EXAM, organizers=["县教育局"]),
    E("县城部分路段将实施交通管制", "traffic", "交通管制", EXAM, location="县城部分路段"),
    E("发放大米、食用油等救灾物资", "payout", "发放", D02, location="花坪镇、官店镇",
      organizers=["县红十字会"], participants=["受灾群众"]),
    E("在业州镇广润河畔开展防汛应急演练", "training", "演练", day("2026-05-28"), location="业州镇广润河畔",
      organizers=["县应急管理局", "县水利和湖泊局", "县消防救援大队"]),
    E("已储备防汛物资", "other", "储备", year(2026), opt=True),                             # a year summary
    E("因10千伏线路检修，业州镇三友坪社区、东门社区部分区域将停电", "other", "停电", D05, location="业州镇",
      organizers=["国网建始县供电公司"]),
]
