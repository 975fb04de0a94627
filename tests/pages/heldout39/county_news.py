"""今日婺源, 婺源县融媒体中心 (婺源县, 上饶市, 江西省), 2026-09-15 (a Tuesday): a county paper page.
Features: a series label (`乡村振兴看婺源`); a kicker over a title (`一片秋茶富了一方百姓` / `江湾镇秋茶开采…`); a
paragraph broken after a comma (`…同比上涨12%，` | `茶农户均可增收2100元以上。…`) with another article and its
after-body headline between; a winners list in label-colon lines (`助人为乐：`, `见义勇为：`…, names in layout spaces,
towns and a school in parentheses); a 通告 closing with two issuing bodies and a date line in Chinese numerals
(`二〇二六年九月十四日`); two captions credited to an institution and a person (`县融媒体中心 汪 晓 峰 摄`,
`县消防救援大队 俞 鹏 摄`); seven headlines after their bodies; two items without headline. Bodies written short
resolve with the county (`县农业农村局`, `县委宣传部`, `县文明办`, `团县委`, `县人社局`, `县市场监管局`,
`县融媒体中心`, `县人大常委会`, `县政府`…). Relative dates: `白露当天` = 09-07, `前天` = 09-13, `昨天` = 09-14,
`本周四` = 09-17, `本周五` = 09-18 (twice, once in a title), `本月27日`, `9月中旬` (twice), `9月上旬`, `本月底`,
`当天` (the launch's day), `中秋假期` = 09-25..09-27 (twice), `中秋节当天` = 09-25. `中秋` inside a theme and
`白露茶` are optional.

Written at main commit eb78676, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, up, xun, year

PAPER = "今日婺源"
PUBLISHED = "2026-09-15"
HOME = {"county": "婺源县", "city": "上饶市", "province": "江西省"}

LAYOUT = [
    ("乡村振兴看婺源", "label", "C0"),
    ("一片秋茶富了", "headline", "C0"),                       # kicker
    ("江湾镇秋茶开采", "headline", "C0"),
    ("本报讯（记者 俞 晓 燕 通讯员 江 涛）", "body", "C0"),  # breaks after a comma
    ("本报讯（通讯员 程 丽 君）9月11日", "body", "C1"),
    ("“我们的节日·中秋”主题", "headline", "C1"),             # after its body
    ("茶农户均可增收", "body", "C0"),                         # the rest of C0's paragraph
    ("江湾镇篁岭村茶农", "caption", "P0"),                    # 县融媒体中心 汪 晓 峰 摄
    ("第六届“婺源好人”", "headline", "C2"),
    ("本报讯（记者 汪 建 华）前天", "body", "C2"),
    ("助人为乐：", "body", "C2"),
    ("见义勇为：", "body", "C2"),
    ("诚实守信：", "body", "C2"),
    ("孝老爱亲：", "body", "C2"),
    ("关于星江路", "headline", "C3"),
    ("因星江路", "body", "C3"),
    ("一、自2026年", "body", "C3"),
    ("二、施工期间", "body", "C3"),
    ("特此通告。", "body", "C3"),
    ("婺源县公安局交通管理大队", "body", "C3"),
    ("婺源县城市管理局", "body", "C3"),
    ("二〇二六年九月十四日", "body", "C3"),
    ("本报讯（通讯员 王 婷）本周五", "body", "C4"),
    ("团县委本周五", "headline", "C4"),                       # after its body
    ("本报讯（记者 汪 建 华）记者从县人社局", "body", "C5"),
    ("“金秋招聘月”招聘会", "headline", "C5"),                 # after its body
    ("县市场监管局开展", "headline", "C6"),
    ("本报讯（通讯员 胡 斌）9月上旬", "body", "C6"),
    ("本报讯（通讯员 俞 鹏）9月10日", "body", "C7"),
    ("紫阳中学学生", "caption", "P1"),                        # 县消防救援大队 俞 鹏 摄
    ("消防演练进校园", "headline", "C7"),                     # after its body and caption
    ("本报讯（通讯员 程 丽 君）9月13日", "body", "C8"),
    ("医疗专家进村义诊", "headline", "C8"),                   # after its body
    ("中秋假期县博物馆", "headline", "C9"),
    ("本报讯（记者 俞 晓 燕）记者从县文化", "body", "C9"),
    ("本报讯（通讯员 江 涛）连日来", "body", "C10"),
    ("3.2万亩中稻开镰", "headline", "C10"),                   # after its body
    ("县人大常委会召开", "headline", "C11"),
    ("本报讯（记者 汪 建 华）昨天", "body", "C11"),
    ("本报讯（通讯员 胡 斌）县民政局", "body", "C12"),
    ("2316名困难群众", "headline", "C12"),                    # after its body
    ("本报讯（记者 俞 晓 燕）9月12日", "body", "C13"),         # no headline
    ("本报讯（通讯员 王 婷）县教育体育局", "body", "C14"),      # no headline
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["俞晓燕"], correspondents=["江涛"])),
    "C1": dict(byline=byline(correspondents=["程丽君"])),
    "C2": dict(byline=byline(reporters=["汪建华"])),
    "C3": dict(),
    "C4": dict(byline=byline(correspondents=["王婷"])),
    "C5": dict(byline=byline(reporters=["汪建华"])),
    "C6": dict(byline=byline(correspondents=["胡斌"])),
    "C7": dict(byline=byline(correspondents=["俞鹏"])),
    "C8": dict(byline=byline(correspondents=["程丽君"])),
    "C9": dict(byline=byline(reporters=["俞晓燕"])),
    "C10": dict(byline=byline(correspondents=["江涛"])),
    "C11": dict(byline=byline(reporters=["汪建华"])),
    "C12": dict(byline=byline(correspondents=["胡斌"])),
    "C13": dict(byline=byline(reporters=["俞晓燕"])),
    "C14": dict(byline=byline(correspondents=["王婷"])),
}
JOINS = [("本报讯（记者 俞 晓 燕 通讯员 江 涛）", "茶农户均可增收")]
PHOTOS = {
    "P0": dict(photographers=["汪晓峰"], article="C0"),
    "P1": dict(photographers=["俞鹏"], article="C7"),
}

D25 = day("2026-09-25")
MID_AUTUMN_HOLIDAY = day("2026-09-25", "2026-09-27")
SEP_MID = xun(2026, 9, 1)
DATES = [
    D("）[[白露当天]]，江湾镇", day("2026-09-07")),
    D("采制“[[白露]]茶”", day("2026-09-07"), OPT),                  # a tea's name
    D("统计，[[今年]]全县秋茶", year(2026)),
    D("）[[9月11日]]，县委宣传部", day("2026-09-11")),
    D("我们的节日·[[中秋]]”主题活动，", D25, OPT),                  # inside a theme
    D("我们的节日·[[中秋]]”主题活动启动", D25, OPT),
    D("持续至[[本月27日]]", day("2026-09-27")),
    D("。[[当天]]，300余名", day("2026-09-11")),
    D("）[[前天]]，县文明办", day("2026-09-13")),
    D("自[[2026年9月18日起至10月20日]]止", day("2026-09-18", "2026-10-20")),
    D("\n[[二〇二六年九月十四日]]\n", day("2026-09-14")),
    D("）[[本周五]]，团县委", day("2026-09-18")),
    D("团县委[[本周五]]举办", day("2026-09-18")),
    D("报名截至[[本周四]]", day("2026-09-17")),
    D("获悉，[[9月中旬]]，县人社局", SEP_MID),
    D("招聘会[[9月中旬]]开场", SEP_MID),
    D("）[[9月上旬]]，县市场监管局", xun(2026, 9, 0)),
    D("）[[9月10日]]，县消防", day("2026-09-10")),
    D("）[[9月13日]]，县卫生", day("2026-09-13")),
    D("\n[[中秋假期]]县博物馆", MID_AUTUMN_HOLIDAY),
    D("获悉，[[中秋假期]]，县博物馆", MID_AUTUMN_HOLIDAY),
    D("，[[每天]]闭馆时间", VAGUE, OPT),                             # a recurring slot
    D("；[[中秋节当天]]，篁岭", D25),
    D("。[[今年1至8月]]，全县", months(2026, 1, 8)),
    D("）[[连日来]]，赋春镇", VAGUE, OPT),
    D("预计[[本月底]]前", xun(2026, 9, 2)),
    D("）[[昨天]]，县人大", day("2026-09-14")),
    D("县民政局[[近日]]向", VAGUE, OPT),
    D("）[[9月12日]]，县政府", day("2026-09-12")),
    D("，[[2026年秋季]]学期", VAGUE, OPT),                           # a term's name
    D("将于[[9月30日]]截止", day("2026-09-30")),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NYJ = ["婺源县农业农村局"]
TXW = ["共青团婺源县委员会"]
TSG = ["婺源县图书馆"]
RSJ = ["婺源县人力资源和社会保障局"]
SJJ = ["婺源县市场监督管理局"]
XF = ["婺源县消防救援大队"]
BWG = ["婺源县博物馆"]
RD = ["婺源县人民代表大会常务委员会", "婺源县人大常委会"]
ZF = ["婺源县人民政府"]
ORGS = [
    O("据[[县农业农村局]]统计", NYJ, G),
    O("，[[县委宣传部]]在", ["中共婺源县委宣传部"], PA),
    O("在[[紫阳镇文公社区]]启动", ["婺源县紫阳镇文公社区"], CM),
    O("。[[县茶业发展中心]]已组织", ["婺源县茶业发展中心"], IN),
    O("江湾镇[[篁岭村]]茶农", ["婺源县江湾镇篁岭村"], CM, OPT),               # a village
    O("秋茶。 [[县融媒体中心]] 汪", ["婺源县融媒体中心"], IN),
    O("，[[县文明办]]发布", ["婺源县精神文明建设委员会办公室", "中共婺源县委精神文明建设委员会办公室",
                         "婺源县文明办"], PA),
    O("（[[县第二小学]]）", ["婺源县第二小学"], IN),
    O("\n[[婺源县公安局交通管理大队]]\n", ["婺源县公安局交通管理大队"], G),
    O("\n[[婺源县城市管理局]]\n", ["婺源县城市管理局"], G),
    O("，[[团县委]]将联合", TXW, PE),
    O("\n[[团县委]]本周五", TXW, PE),
    O("联合[[县图书馆]]在", TSG, IN),
    O("记者从[[县人社局]]获悉", RSJ, G),
    O("，[[县人社局]]将在", RSJ, G),
    O("在[[县人力资源市场]]连续", ["婺源县人力资源市场"], IN, OPT),              # a venue
    O("\n[[县市场监管局]]开展", SJJ, G),
    O("，[[县市场监管局]]对全县", SJJ, G),
    O("，[[县消防救援大队]]走进", XF, G),
    O("走进[[县紫阳中学]]开展", ["婺源县紫阳中学"], IN),
    O("\n[[紫阳中学]]学生", ["婺源县紫阳中学"], IN),
    O("疏散。 [[县消防救援大队]] 俞", XF, G),
    O("，[[县卫生健康委]]组织", ["婺源县卫生健康委员会"], G),
    O("组织[[县人民医院]]、", ["婺源县人民医院"], IN),
    O("、[[县中医院]]的", ["婺源县中医院"], IN),
    O("走进[[秋口镇严田村]]开展", ["婺源县秋口镇严田村"], CM, OPT),            # a village
    O("中秋假期[[县博物馆]]延时", BWG, IN),
    O("记者从[[县文化广电新闻出版旅游局]]获悉", ["婺源县文化广电新闻出版旅游局"], G),
    O("，[[县博物馆]]、县图书馆", BWG, IN),
    O("、[[县图书馆]]将照常", TSG, IN),
    O("，[[篁岭景区]]将举办", ["婺源篁岭景区", "篁岭景区"], CO, OPT),           # a scenic site
    O("。[[县农业农村局]]组织", NYJ, G),
    O("\n[[县人大常委会]]召开", RD, G),
    O("，[[县人大常委会]]召开", RD, G),
    O("审议[[县政府]]关于", ZF, G),
    O("）[[县民政局]]近日", ["婺源县民政局"], G),
    O("，[[县政府]]与", ZF, G),
    O("与[[江西徽韵文旅发展有限公司]]签订", ["江西徽韵文旅发展有限公司"], CO),
    O("）[[县教育体育局]]提醒", ["婺源县教育体育局"], G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
YOY = up("上年同期")
STATS = [
    S("收购价同比上涨[[12%]]\n", "12", "%", P, "exact", "鲜叶收购价", change=YOY),
    S("采摘面积达[[12.6万亩]]", "126000", "亩", A, "exact", "全县秋茶采摘面积"),
    S("产干茶[[3800吨左右]]", "3800", "吨", W, "about", "预计产干茶"),
    S("每斤[[46元]]", "46", "元", M, "exact", "首批鲜叶收购价", currency=CNY),
    S("同比上涨[[12%]]，", "12", "%", P, "exact", "首批鲜叶收购价", change=YOY),
    S("增收[[2100元以上]]", "2100", "元", M, "over", "茶农户均增收", currency=CNY),
    S("组织[[30名]]技术人员", "30", "名", C, "exact", "技术人员"),
    S("深入[[18个]]产茶村", "18", "个", C, "exact", "产茶村"),
    S("等活动[[60余场]]", "60", "场", C, "over", "开展活动"),
    S("。当天，[[300余名]]群众", "300", "名", C, "over", "参加启动仪式的群众"),
    S("孝老爱亲[[4类]]", "4", "类", C, "exact", "“婺源好人”类别"),
    S("4类[[16名]]", "16", "名", C, "exact", "“婺源好人”"),
    S("单身青年[[200余名]]", "200", "名", C, "over", "参加联谊活动的青年"),
    S("连续举办[[3场]]", "3", "场", C, "exact", "现场招聘会"),
    S("届时[[45家]]企业", "45", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1200余个]]", "1200", "个", C, "over", "提供岗位"),
    S("全县[[46家]]月饼", "46", "家", C, "exact", "检查的月饼生产经营单位"),
    S("月饼样品[[32批次]]", "32", "批次", C, "exact", "抽检月饼样品"),
    S("合格率[[100%]]", "100", "%", P, "exact", "抽检合格率"),
    S("整改问题[[3处]]", "3", "处", C, "exact", "整改问题"),
    S("，[[1800余名]]师生", "1800", "名", C, "over", "参与疏散的师生"),
    S("在[[4分钟内]]全部", "4", "分钟", T, "under", "疏散用时"),
    S("中医院的[[25名]]医生", "25", "名", C, "exact", "义诊医生"),
    S("健康咨询[[360余人次]]", "360", "人次", C, "over", "义诊服务人次"),
    S("药品价值[[1.2万元]]", "12000", "元", M, "exact", "发放药品价值", currency=CNY),
    S("接待游客[[2460.3万人次]]", "24603000", "人次", C, "exact", "全县接待游客"),
    S("同比增长[[9.6%]]", "9.6", "%", P, "exact", "接待游客", change=YOY),
    S("综合收入[[231.5亿元]]", "23150000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("等地[[3.2万亩]]中稻", "32000", "亩", A, "exact", "收割中稻面积"),
    S("收割机[[85台]]", "85", "台", C, "exact", "投入收割机"),
    S("\n[[3.2万亩]]中稻开镰", "32000", "亩", A, "exact", "开镰中稻面积"),
    S("全县[[2316名]]困难群众", "2316", "名", C, "exact", "领取慰问金的困难群众"),
    S("每人[[300元]]", "300", "元", M, "exact", "每人慰问金", currency=CNY),
    S("共计[[69.48万元]]", "694800", "元", M, "exact", "节日慰问金", currency=CNY),
    S("\n[[2316名]]困难群众领到", "2316", "名", C, "exact", "领到慰问金的困难群众"),
    S("计划总投资[[8.5亿元]]", "850000000", "元", M, "exact", "古村落旅游项目计划总投资", currency=CNY),
]

EVENTS = [
    E("茶园陆续开采秋茶", "production", "开采", day("2026-09-07"), location="江湾镇"),
    E("深入18个产茶村开展采制指导", "training", "指导", None, organizers=["县茶业发展中心"],
      participants=["30名技术人员"]),
    E("启动“我们的节日·中秋”主题活动", "activity", "启动", day("2026-09-11"), location="紫阳镇文公社区",
      organizers=["县委宣传部"], theme="我们的节日·中秋"),
    E("发布第六届“婺源好人”评选结果", "award", "评选", day("2026-09-13"), organizers=["县文明办"]),
    E("上述路段实行全封闭施工", "traffic", "封闭施工", day("2026-09-18", "2026-10-20"),
      location="星江路（文公南路至天佑路段）", organizers=["婺源县公安局交通管理大队", "婺源县城市管理局"]),
    E("公交车临时改道", "traffic", "改道", day("2026-09-18", "2026-10-20"), opt=True),   # the same notice
    E("举办“月满婺源·青春同行”青年联谊活动", "activity", "举办", day("2026-09-18"), location="朱子广场",
      organizers=["团县委", "县图书馆"], theme="月满婺源·青春同行"),
    E("报名截至本周四", "registration", "报名", day("2026-09-17"), organizers=["团县委"]),
    E("连续举办3场“金秋招聘月”现场招聘会", "recruitment", "招聘会", SEP_MID, location="县人力资源市场",
      organizers=["县人社局"], participants=["45家企业"], theme="金秋招聘月"),
    E("月饼生产经营单位开展专项检查", "inspection", "检查", xun(2026, 9, 0), organizers=["县市场监管局"],
      participants=["46家月饼生产经营单位"]),
    E("开展消防安全疏散演练", "training", "演练", day("2026-09-10"), location="县紫阳中学",
      organizers=["县消防救援大队"]),
    E("学生在演练中有序疏散", "training", "演练", None, opt=True),                       # the caption of C7
    E("开展“健康进万家”义诊活动", "activity", "义诊", day("2026-09-13"), location="秋口镇严田村",
      organizers=["县卫生健康委"], participants=["县人民医院", "县中医院"], theme="健康进万家"),
    E("县图书馆将照常开放", "schedule", "开放", MID_AUTUMN_HOLIDAY, organizers=["县博物馆", "县图书馆"]),
    E("将举办“晒秋·赏月”灯会", "exhibition", "灯会", D25, location="篁岭景区", theme="晒秋·赏月"),
    E("中稻陆续开镰收割", "production", "收割", None, location="赋春镇、清华镇"),
    E("县人大常委会召开第三十次会议，听取", "meeting", "召开", day("2026-09-14"), organizers=["县人大常委会"]),
    E("表决通过有关人事任免事项", "other", "表决通过", day("2026-09-14"), opt=True),        # part of the session
    E("发放节日慰问金", "payout", "发放", None, organizers=["县民政局"], participants=["2316名困难群众"]),
    E("签订战略合作协议", "signing", "签订", day("2026-09-12"), organizers=["县政府"],
      participants=["江西徽韵文旅发展有限公司"]),
    E("资助申请将于9月30日截止", "registration", "申请", day("2026-09-30"), organizers=["县教育体育局"]),
]
