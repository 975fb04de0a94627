"""沅陵报 (沅陵县, 怀化市, 湖南省), 2026-12-14 (a Monday): a county paper page.
Features: the page opens on a jump (`（上接第1版）` on a line of its own, then the rest of a page-1 story: headline
null); a series label (`奋战四季度 决胜全年红`) over a byline on a line of its own
(`本报记者 向 红 梅  通讯员 瞿文杰`); a paragraph broken mid-word (`…串联借母溪、二酉山等景` |
`点，形成沅水黄金旅游线…`) with a headless brief and the story's own headline between (the headline stands after the
first half of its body, the rest after it); a kicker over a title (`寒冬送暖意 真情解民忧` / `县领导走访慰问…`); a
byline inside a dateline with both roles (`本报讯（记者 舒 阳 通讯员 陈 思 远）`); an exam notice in label-colon lines
(`笔试时间：`, `笔试地点：`, `准考证打印：`) closing with two issuing bodies and an Arabic date line
(`2026年12月11日`); a caption before its story (`（舒 阳 摄）`) and one with a role (`通讯员 瞿文杰 摄`); four
headlines after their bodies; three briefs without headline (one without byline either). Bodies written short resolve
with the county (`县交通运输局` ×2, `县公安局`, `该局` (optional), `县委`, `县政府`, `县民政局`, `县公安局交警大队`,
`县安委会督查组`/`县安委会办公室`, `县应急管理局`, `县市场监管局`, `县农业农村局`, `县林业局`, `县总工会` ×2,
`团县委`, `县妇联`, `县图书馆` ×2). Relative dates: `昨日` = 12-13 (×2), `上周五` = 12-11, `下周一` = 12-21 (a title),
`当天下午` = 12-11, `当日` = 12-28, `明年`, `明年3月`, `明年4月底`, `今年1至11月`, `冬至至元旦` (12-22..2027-01-01),
`元旦假期` (×2) and `1月1日至3日` (2027), `今冬明春`; `12月20日（星期日）上午9:00—11:30` and `12月28日（星期一）` are
one mention each.

Written at main commit 354645c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, months, quarter, span, xun, year

PAPER = "沅陵报"
PUBLISHED = "2026-12-14"
HOME = {"county": "沅陵县", "city": "怀化市", "province": "湖南省"}

LAYOUT = [
    ("（上接第1版）", "continuation", "C0"),
    ("今年以来，全县累计", "body", "C0"),                      # the rest of a page-1 story, no headline here
    ("奋战四季度", "label", "C1"),
    ("本报记者 向 红 梅", "byline", "C1"),                     # a byline on a line of its own
    ("12月12日，位于五强溪镇", "body", "C1"),                  # breaks mid-word (`等景` | `点`)
    ("本报讯（通讯员 张 宁）", "body", "C2"),                   # no headline
    ("五强溪旅游码头主体完工", "headline", "C1"),              # after the first half of its body
    ("点，形成沅水", "body", "C1"),                            # the rest of C1's paragraph
    ("工人在五强溪", "caption", "P0"),                         # 通讯员 瞿文杰 摄
    ("寒冬送暖意", "headline", "C3"),                          # kicker
    ("县领导走访慰问", "headline", "C3"),
    ("本报讯（记者 舒 阳 通讯员", "body", "C3"),
    ("本报讯（通讯员 李 婷）", "body", "C4"),
    ("辰州大桥下周一起", "headline", "C4"),                    # after its body
    ("沅陵县2026年县直机关", "headline", "C5"),
    ("根据县直机关", "body", "C5"),
    ("笔试时间：", "body", "C5"),
    ("笔试地点：", "body", "C5"),
    ("准考证打印：", "body", "C5"),
    ("考生须携带", "body", "C5"),
    ("中共沅陵县委组织部", "body", "C5"),                      # issuing bodies
    ("沅陵县人力资源和社会保障局", "body", "C5"),
    ("2026年12月11日", "body", "C5"),                          # date line
    ("县安委会督查组", "headline", "C6"),
    ("本报讯（通讯员 向 前）", "body", "C6"),
    ("麻溪铺镇果农采摘", "caption", "P1"),                     # （舒 阳 摄）, before its story
    ("本报讯（记者 舒 阳）连日来", "body", "C7"),
    ("麻溪铺2.6万亩", "headline", "C7"),                       # after its body
    ("本报讯（通讯员 覃 丽）", "body", "C8"),                   # no headline
    ("县总工会表彰", "headline", "C9"),
    ("本报讯（通讯员 杨 帆）", "body", "C9"),
    ("昨日，团县委", "body", "C10"),                           # no headline, no byline
    ("县图书馆元旦假期", "headline", "C11"),
    ("县图书馆近日", "body", "C11"),
    ("本报讯（记者 向 红 梅）上周五", "body", "C12"),
    ("冬修水利", "headline", "C12"),                           # after its body
]

ARTICLES = {
    "C0": dict(continued_from="第1版"),
    "C1": dict(byline=byline(reporters=["向红梅"], correspondents=["瞿文杰"])),
    "C2": dict(byline=byline(correspondents=["张宁"])),
    "C3": dict(byline=byline(reporters=["舒阳"], correspondents=["陈思远"])),
    "C4": dict(byline=byline(correspondents=["李婷"])),
    "C5": dict(),
    "C6": dict(byline=byline(correspondents=["向前"])),
    "C7": dict(byline=byline(reporters=["舒阳"])),
    "C8": dict(byline=byline(correspondents=["覃丽"])),
    "C9": dict(byline=byline(correspondents=["杨帆"])),
    "C10": dict(),
    "C11": dict(),
    "C12": dict(byline=byline(reporters=["向红梅"])),
}
JOINS = [("12月12日，位于五强溪镇", "点，形成沅水")]
PHOTOS = {
    "P0": dict(photographers=["瞿文杰"], article="C1"),
    "P1": dict(photographers=["舒阳"], article="C7"),
}

D09, D11, D12, D13 = day("2026-12-09"), day("2026-12-11"), day("2026-12-12"), day("2026-12-13")
D28 = day("2026-12-28")
Y26, Y27 = year(2026), year(2027)
WINTER_SPRING = (span("2026-12-01", "2027-05-31"), "season")
NEW_YEAR_HOLIDAY = day("2027-01-01", "2027-01-03")
DATES = [
    D("\n[[今年以来]]，全县累计", Y26, OPT),
    D("介绍，[[明年]]将再投入", Y27),
    D("奋战[[四季度]] 决胜", quarter(2026, 4), OPT),                   # inside a series label
    D("\n[[12月12日]]，位于五强溪镇", D12),
    D("）[[昨日]]，县公安局", D13),
    D("该局[[近日]]成功", VAGUE),
    D("。[[今年1至11月]]，全县电信", months(2026, 1, 11)),
    D("计划[[明年3月]]投入运营", month(2027, 3)),
    D("）[[12月12日至13日]]，县委", day("2026-12-12", "2026-12-13")),
    D("。记者从县民政局获悉，[[冬至至元旦]]期间", day("2026-12-22", "2027-01-01")),
    D("交通运输局[[日前]]发布", VAGUE),
    D("更换，[[12月21日至25日]]每日", day("2026-12-21", "2026-12-25")),
    D("[[每日8时至18时]]，大桥", VAGUE),                                 # a recurring slot
    D("辰州大桥[[下周一]]起", day("2026-12-21")),
    D("沅陵县[[2026年]]县直机关", Y26, OPT),                            # inside the notice's title
    D("笔试时间：[[12月20日（星期日）上午9:00—11:30]]", day("2026-12-20")),
    D("准考证打印：[[12月16日至19日]]", day("2026-12-16", "2026-12-19")),
    D("\n[[2026年12月11日]]\n", D11),
    D("确保[[岁末年初]]安全", VAGUE),
    D("稳定，[[12月10日]]起", day("2026-12-10")),
    D("截至[[12月13日]]，共检查", D13),
    D("）[[连日来]]，麻溪铺镇", VAGUE),
    D("。[[今年]]全镇冰糖橙", Y26),
    D("）[[12月11日]]，县林业局", D11),
    D("举办[[冬春]]森林防火", WINTER_SPRING, OPT),                      # inside the course's name
    D("。[[当天下午]]，参训人员", D11),
    D("）[[12月9日]]，县总工会", D09),
    D("\n[[昨日]]，团县委", D13),
    D("县图书馆[[元旦假期]]照常", NEW_YEAR_HOLIDAY),
    D("县图书馆[[近日]]发布", VAGUE),
    D("通知：[[元旦假期]]（", NEW_YEAR_HOLIDAY),
    D("（[[1月1日至3日]]）", NEW_YEAR_HOLIDAY),
    D("开放时间为[[9:00至17:00]]", VAGUE),                               # opening hours
    D("；[[12月28日（星期一）]]闭馆", D28),
    D("，[[当日]]暂停借阅", D28),
    D("）[[上周五]]，全县", D11),
    D("全县[[冬春]]农田水利", WINTER_SPRING, OPT),                      # inside the meeting's name
    D("要求，[[今冬明春]]全县计划", WINTER_SPRING),
    D("力争[[明年4月底]]前", xun(2027, 4, 2)),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
JTJ = ["沅陵县交通运输局"]
GAJ = ["沅陵县公安局"]
LYJ = ["沅陵县林业局"]
ZGH = ["沅陵县总工会"]
TSG = ["沅陵县图书馆"]
ORGS = [
    O("。[[县交通运输局]]负责人", JTJ, G),
    O("由[[沅陵县文化旅游投资有限公司]]建设", ["沅陵县文化旅游投资有限公司"], CO),
    O("昨日，[[县公安局]]通报", GAJ, G),
    O("通报，[[该局]]近日", GAJ, G, OPT),                                # an anaphor
    O("，[[县委]]、县政府", ["中共沅陵县委员会", "中共沅陵县委"], PA),
    O("、[[县政府]]领导", ["沅陵县人民政府"], G),
    O("记者从[[县民政局]]获悉", ["沅陵县民政局"], G),
    O("）[[县公安局交警大队]]、", ["沅陵县公安局交通警察大队", "沅陵县公安局交警大队"], G),
    O("、[[县交通运输局]]日前", JTJ, G),
    O("笔试地点：[[沅陵县第一中学]]", ["沅陵县第一中学"], IN),
    O("登录[[沅陵县人民政府门户网站]]", ["沅陵县人民政府门户网站"], G, OPT),   # a website
    O("\n[[中共沅陵县委组织部]]\n", ["中共沅陵县委组织部"], PA),
    O("\n[[沅陵县人力资源和社会保障局]]\n", ["沅陵县人力资源和社会保障局"], G),
    O("\n[[县安委会督查组]]检查", ["沅陵县安全生产委员会督查组", "沅陵县安全生产委员会"], G),
    O("，[[县安委会办公室]]牵头", ["沅陵县安全生产委员会办公室", "沅陵县安委会办公室"], G),
    O("组织[[县应急管理局]]、", ["沅陵县应急管理局"], G),
    O("、[[县市场监管局]]等部门", ["沅陵县市场监督管理局"], G),
    O("联合[[县农业农村局]]组织", ["沅陵县农业农村局"], G),
    O("）12月11日，[[县林业局]]在", LYJ, G),
    O("）12月9日，[[县总工会]]召开", ZGH, PE),
    O("\n[[县总工会]]表彰", ZGH, PE),
    O("昨日，[[团县委]]联合", ["共青团沅陵县委员会"], PE),
    O("联合[[县妇联]]在", ["沅陵县妇女联合会"], PE),
    O("在[[凉水井镇中心小学]]开展", ["沅陵县凉水井镇中心小学", "凉水井镇中心小学"], IN),
    O("\n[[县图书馆]]元旦", TSG, IN),
    O("\n[[县图书馆]]近日", TSG, IN),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY = "CNY"
YOY = "上年同期"
STATS = [
    S("农村公路[[186公里]]", "186", "公里", L, "exact", "新建农村公路"),
    S("改造危桥[[23座]]", "23", "座", C, "exact", "改造危桥"),
    S("硬化率达到[[97.6%]]", "97.6", "%", P, "exact", "通组公路硬化率"),
    S("再投入[[约2.4亿元]]", "240000000", "元", M, "about", "明年农村公路建设投入", currency=CNY),
    S("七甲坪等[[8条]]旅游路", "8", "条", C, "exact", "旅游路、产业路"),
    S("总投资[[1.86亿元]]", "186000000", "元", M, "exact", "旅游码头项目总投资", currency=CNY),
    S("浮式泊位[[6个]]", "6", "个", C, "exact", "新建浮式泊位"),
    S("游客服务中心[[1座]]", "1", "座", C, "exact", "新建游客服务中心"),
    S("接待游客[[约40万人次]]", "400000", "人次", C, "about", "设计年接待游客"),
    S("周边[[200余户]]群众", "200", "户", C, "over", "带动就近就业群众"),
    S("犯罪嫌疑人[[7名]]", "7", "名", C, "exact", "抓获犯罪嫌疑人"),
    S("涉案资金[[86万余元]]", "860000", "元", M, "over", "冻结涉案资金", currency=CNY),
    S("同比下降[[31.5%]]", "31.5", "%", P, "exact", "电信网络诈骗案件发案数", change=down(YOY)),
    S("挽回损失[[420余万元]]", "4200000", "元", M, "over", "为群众挽回损失", currency=CNY),
    S("全县将向[[1.26万户]]低保", "12600", "户", C, "exact", "低保、特困家庭"),
    S("每户[[400元]]", "400", "元", M, "exact", "每户一次性生活补贴", currency=CNY),
    S("所需资金[[约504万元]]", "5040000", "元", M, "about", "生活补贴所需资金", currency=CNY),
    S("，[[7.5吨以上]]货车", "7.5", "吨", W, "over", "禁行货车吨位", OPT),         # a threshold
    S("提前[[30分钟]]进入", "30", "分钟", T, "exact", "提前进入考点时间"),
    S("为期[[15天]]的安全检查", "15", "天", T, "exact", "安全检查期限"),
    S("经营网点[[146家]]", "146", "家", C, "exact", "检查经营网点"),
    S("发现隐患[[38处]]", "38", "处", C, "exact", "发现隐患"),
    S("当场整改[[31处]]", "31", "处", C, "exact", "当场整改隐患"),
    S("无证经营点[[2家]]", "2", "家", C, "exact", "依法取缔无证经营点"),
    S("麻溪铺镇[[2.6万亩]]冰糖橙", "26000", "亩", A, "exact", "麻溪铺镇冰糖橙"),
    S("预计产量[[约4.5万吨]]", "45000", "吨", W, "about", "冰糖橙预计产量"),
    S("产值[[超过2亿元]]", "200000000", "元", M, "over", "冰糖橙产值", currency=CNY),
    S("线上销售[[30吨以上]]", "30", "吨", W, "over", "日均线上销售"),
    S("\n麻溪铺[[2.6万亩]]冰糖橙", "26000", "亩", A, "exact", "麻溪铺冰糖橙"),
    S("扑火队员[[120余人]]", "120", "人", C, "over", "参加培训的护林员和扑火队员"),
    S("对[[10名]]“沅陵工匠”", "10", "名", C, "exact", "受表彰“沅陵工匠”"),
    S("和[[20名]]技术能手", "20", "名", C, "exact", "受表彰技术能手"),
    S("每人[[5000元]]和", "5000", "元", M, "exact", "“沅陵工匠”每人奖励", currency=CNY),
    S("和[[2000元]]奖励", "2000", "元", M, "exact", "技术能手每人奖励", currency=CNY),
    S("为[[180名]]留守儿童", "180", "名", C, "exact", "留守儿童"),
    S("整治山塘[[320口]]、", "320", "口", C, "exact", "计划整治山塘"),
    S("维修渠道[[45公里]]", "45", "公里", L, "exact", "新修和维修渠道"),
    S("总投资[[约9600万元]]", "96000000", "元", M, "about", "冬春农田水利建设总投资", currency=CNY),
    S("整治山塘[[320口]]\n", "320", "口", C, "exact", "整治山塘"),
]

EVENTS = [
    E("累计新建农村公路186公里", "construction", "新建", Y26, opt=True),                  # a year summary
    E("沅水旅游码头主体工程完工", "construction", "完工", D12, location="五强溪镇",
      organizers=["沅陵县文化旅游投资有限公司"]),
    E("计划明年3月投入运营", "launch", "投入运营", month(2027, 3), opt=True),               # a plan
    E("县公安局通报", "announcement", "通报", D13, organizers=["县公安局"]),
    E("成功破获一起跨省电信网络诈骗案", "legal", "破获", None, organizers=["县公安局"]),
    E("走访慰问困难群众、老党员", "visit", "走访慰问", day("2026-12-12", "2026-12-13"),
      location="官庄、凉水井、明溪口等乡镇", organizers=["县委", "县政府"],
      participants=["困难群众", "老党员", "退役军人代表"]),
    E("发放一次性生活补贴", "payout", "发放", day("2026-12-22", "2027-01-01"), organizers=["县民政局"],
      participants=["低保、特困家庭"]),
    E("日前发布通告", "announcement", "发布", None, organizers=["县公安局交警大队", "县交通运输局"],
      opt=True),                                                        # the notice of the measure
    E("大桥将实施半幅封闭施工", "traffic", "封闭施工", day("2026-12-21", "2026-12-25"), location="辰州大桥",
      organizers=["县公安局交警大队", "县交通运输局"]),
    E("笔试时间：12月20日", "exam", "笔试", day("2026-12-20"), location="沅陵县第一中学",
      organizers=["中共沅陵县委组织部", "沅陵县人力资源和社会保障局"]),
    E("准考证打印：12月16日至19日", "registration", "打印", day("2026-12-16", "2026-12-19"),
      organizers=["中共沅陵县委组织部", "沅陵县人力资源和社会保障局"], opt=True),  # a window, not an enrolment
    E("开展为期15天的安全检查", "inspection", "检查", day("2026-12-10", "2026-12-24"),
      organizers=["县安委会办公室", "县应急管理局", "县市场监管局"]),
    E("依法取缔无证经营点2家", "legal", "取缔", None, opt=True),                           # the check's outcome
    E("果农抢抓晴好天气采收上市", "production", "采收", None, location="麻溪铺镇"),
    E("组织电商企业直播带货", "activity", "直播带货", None, organizers=["县农业农村局"], opt=True),
    E("举办冬春森林防火业务培训班", "training", "培训班", D11, location="借母溪乡", organizers=["县林业局"],
      participants=["护林员", "半专业扑火队员"]),
    E("开展扑火实战演练", "training", "演练", D11, location="借母溪国家级自然保护区",
      participants=["参训人员"]),
    E("召开第三届“沅陵工匠”命名表彰大会", "award", "表彰", D09, organizers=["县总工会"],
      participants=["10名“沅陵工匠”", "20名技术能手"]),
    E("开展“冬日暖阳”关爱留守儿童志愿服务活动", "activity", "志愿服务", D13, location="凉水井镇中心小学",
      organizers=["团县委", "县妇联"], participants=["留守儿童"], theme="冬日暖阳"),
    E("心理健康辅导和安全知识讲座", "training", "讲座", D13, opt=True),                    # part of the activity
    E("近日发布通知", "announcement", "发布", None, organizers=["县图书馆"], opt=True),
    E("全馆照常开放", "schedule", "开放", NEW_YEAR_HOLIDAY, organizers=["县图书馆"]),
    E("闭馆进行设备检修", "schedule", "闭馆", D28, organizers=["县图书馆"]),
    E("现场推进会在筲箕湾镇召开", "meeting", "召开", D11, location="筲箕湾镇"),
    E("计划整治山塘320口", "construction", "整治", WINTER_SPRING, opt=True),               # a plan
]
