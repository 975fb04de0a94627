"""今日沁源, 沁源县融媒体中心 (沁源县, 长治市, 山西省), 2026-05-12 (a Tuesday): a county paper page.
Features: a series label (`太岳生态看沁源`); a kicker over a title (`文旅融合添活力` / `“五一”假期我县接待游客…`); a
paragraph broken after a comma (`…灵空山景区接待游客3.8万人次，` | `全县宾馆民宿入住率达92%以上…`) with another article
and its after-body headline between, the rest followed by a caption credited to an institution and a person
(`县融媒体中心 陈 亮 摄`); a winners list in label-colon lines (`郭道镇：`, `县人民医院：`, `沁源县第一中学：`,
`山西沁新能源集团股份有限公司：`, names in layout spaces); headlines after their bodies (seven); six items without
headline, one without byline. Bodies written short resolve with the county (`县文化和旅游局`, `县应急管理局`,
`县能源局`, `县融媒体中心`, `县总工会`, `县人民医院`, `县人社局`, `县人民法院`, `县人大常委会`, `县人民政府`,
`县教育局`, `县农业农村局`, `团县委`, `县民政局`, `县消防救援大队`, `县卫生健康和体育局`, `县中医医院`, `县市场监管局`,
`县委宣传部`, `县政务服务中心`). Dates: `“五一”假期` = 05-01..05-05, `昨日` = 05-11 (×4), `5月上旬`, `5月下旬`,
`下周一` = 05-18 (twice, once in a title), `同日` = 05-09, `5月11日至15日`, `4月份`/`3月份`, `第二季度`, `上周`
(optional), `近日`/`目前` (vague, optional).

Written at main commit 40e7628, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, quarter, up, xun

PAPER = "今日沁源"
PUBLISHED = "2026-05-12"
HOME = {"county": "沁源县", "city": "长治市", "province": "山西省"}

LAYOUT = [
    ("太岳生态看沁源", "label", "A0"),
    ("文旅融合添活力", "headline", "A0"),                     # kicker
    ("“五一”假期我县接待", "headline", "A0"),
    ("本报讯（记者 王 晓 峰 通讯员 李 娜）", "body", "A0"),   # breaks after a comma
    ("本报讯（记者 郭 敏）5月上旬", "body", "A1"),
    ("汛前煤矿安全检查", "headline", "A1"),                   # after its body
    ("全县宾馆民宿", "body", "A0"),                           # the rest of A0's paragraph
    ("游客在花坡景区", "caption", "P0"),                      # 县融媒体中心 陈 亮 摄
    ("本报讯（通讯员 赵 丽 娟）昨日", "body", "A2"),
    ("郭道镇：", "body", "A2"),
    ("县人民医院：", "body", "A2"),
    ("沁源县第一中学：", "body", "A2"),
    ("山西沁新能源集团股份有限公司：", "body", "A2"),
    ("县总工会表彰", "headline", "A2"),                       # after its body
    ("本报讯（记者 王 晓 峰）下周一", "body", "A3"),
    ("下周一举办", "headline", "A3"),                         # after its body
    ("本报讯（通讯员 李 娜）昨日", "body", "A4"),
    ("滥伐林木获刑", "headline", "A4"),                       # after its body
    ("县人大常委会召开", "headline", "A5"),
    ("本报讯（记者 王 晓 峰）5月7日", "body", "A5"),
    ("本报讯（记者 郭 敏）5月9日", "body", "A6"),             # no headline
    ("本报讯（通讯员 赵 丽 娟）近日", "body", "A7"),
    ("县农业农村局指导", "headline", "A7"),                   # after its body
    ("本报讯（记者 王 晓 峰）5月8日", "body", "A8"),
    ("20万千瓦风电项目", "headline", "A8"),                   # after its body
    ("团县委开展", "headline", "A9"),
    ("本报讯（通讯员 张 瑞）5月10日", "body", "A9"),
    ("本报讯（记者 郭 敏）县民政局", "body", "A10"),          # no headline
    ("本报讯（通讯员 张 瑞）昨日", "body", "A11"),            # no headline
    ("本报讯（记者 郭 敏）5月11日至15日", "body", "A12"),
    ("专家义诊进乡村", "headline", "A12"),                    # after its body
    ("本报讯（通讯员 张 瑞）县市场监管局", "body", "A13"),     # no headline
    ("县委宣传部、", "body", "A14"),                          # no headline, no byline
    ("本报讯（通讯员 李 娜）县政务", "body", "A15"),          # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["王晓峰"], correspondents=["李娜"])),
    "A1": dict(byline=byline(reporters=["郭敏"])),
    "A2": dict(byline=byline(correspondents=["赵丽娟"])),
    "A3": dict(byline=byline(reporters=["王晓峰"])),
    "A4": dict(byline=byline(correspondents=["李娜"])),
    "A5": dict(byline=byline(reporters=["王晓峰"])),
    "A6": dict(byline=byline(reporters=["郭敏"])),
    "A7": dict(byline=byline(correspondents=["赵丽娟"])),
    "A8": dict(byline=byline(reporters=["王晓峰"])),
    "A9": dict(byline=byline(correspondents=["张瑞"])),
    "A10": dict(byline=byline(reporters=["郭敏"])),
    "A11": dict(byline=byline(correspondents=["张瑞"])),
    "A12": dict(byline=byline(reporters=["郭敏"])),
    "A13": dict(byline=byline(correspondents=["张瑞"])),
    "A14": dict(),
    "A15": dict(byline=byline(correspondents=["李娜"])),
}
JOINS = [("本报讯（记者 王 晓 峰 通讯员 李 娜）", "全县宾馆民宿")]
PHOTOS = {
    "P0": dict(photographers=["陈亮"], article="A0"),
}

D11 = day("2026-05-11")
MAYDAY = day("2026-05-01", "2026-05-05")
DATES = [
    D("\n[[“五一”假期]]我县接待", MAYDAY),
    D("获悉，[[“五一”假期]]，我县", MAYDAY),
    D("）[[5月上旬]]，县应急", xun(2026, 5, 0)),
    D("。[[目前]]，隐患已", VAGUE, OPT),
    D("表示，[[5月下旬]]将在", xun(2026, 5, 2)),
    D("）[[昨日]]，县总工会", D11),
    D("全县[[“五一”]]劳动奖", day("2026-05-01"), OPT),           # a holiday inside an award's name
    D("）[[下周一]]，县人社局", day("2026-05-18")),
    D("\n[[下周一]]举办专场", day("2026-05-18")),
    D("）[[昨日]]，县人民法院", D11),
    D("）[[5月7日]]，县人大", day("2026-05-07")),
    D("）[[5月9日]]，全县初中", day("2026-05-09")),
    D("。[[同日]]，县教育局", day("2026-05-09")),
    D("）[[近日]]，县农业农村局", VAGUE, OPT),
    D("截至[[目前]]，全县已完成", VAGUE, OPT),
    D("）[[5月8日]]，县人民政府", day("2026-05-08")),
    D("）[[5月10日]]，团县委", day("2026-05-10")),
    D("县民政局[[近日]]向全县", VAGUE, OPT),
    D("发放[[第二季度]]生活补贴", quarter(2026, 2)),
    D("）[[昨日]]，县消防", D11),
    D("）[[5月11日至15日]]，县卫生", day("2026-05-11", "2026-05-15")),
    D("县市场监管局[[昨日]]公布", D11),
    D("公布[[4月份]]食品安全", month(2026, 4)),
    D("较[[3月份]]提高", month(2026, 3)),
    D("县融媒体中心[[上周]]联合", day("2026-05-04", "2026-05-10"), OPT),   # a week
    D("专窗[[近日]]启用", VAGUE, OPT),
    D("截至[[5月10日]]，已为", day("2026-05-10")),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
WLJ = ["沁源县文化和旅游局"]
RMT = ["沁源县融媒体中心"]
ZGH = ["沁源县总工会"]
RMYY = ["沁源县人民医院"]
YZ = ["沁源县第一中学"]
RD = ["沁源县人民代表大会常务委员会", "沁源县人大常委会"]
ZF = ["沁源县人民政府"]
NY = ["沁源县农业农村局"]
TXW = ["共青团沁源县委员会"]
ORGS = [
    O("记者从[[县文化和旅游局]]获悉", WLJ, G),
    O("，[[县应急管理局]]联合", ["沁源县应急管理局"], G),
    O("联合[[县能源局]]对", ["沁源县能源局"], G),
    O("。[[县文化和旅游局]]相关负责人", WLJ, G),
    O("草甸。 [[县融媒体中心]] 陈", RMT, IN),
    O("，[[县总工会]]召开", ZGH, PE),
    O("\n[[县人民医院]]：", RMYY, IN),
    O("\n[[沁源县第一中学]]：", YZ, IN),
    O("\n[[山西沁新能源集团股份有限公司]]：", ["山西沁新能源集团股份有限公司"], CO),
    O("\n[[县总工会]]表彰", ZGH, PE),
    O("，[[县人社局]]将在", ["沁源县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["沁源县人力资源市场"], IN, OPT),              # a venue
    O("，[[县人民法院]]公开", ["沁源县人民法院"], G),
    O("\n[[县人大常委会]]召开", RD, G),
    O("，[[县人大常委会]]召开第三十一次会议，听取", RD, G),
    O("听取[[县人民政府]]关于", ZF, G),
    O("在[[沁源县第二中学]]开考", ["沁源县第二中学"], IN),
    O("，[[县教育局]]在", ["沁源县教育局"], G),
    O("在[[沁源县第一中学]]举办", YZ, IN),
    O("，[[县农业农村局]]组织", NY, G),
    O("\n[[县农业农村局]]指导", NY, G),
    O("，[[县人民政府]]与", ZF, G),
    O("与[[山西太岳绿能新能源有限公司]]签订", ["山西太岳绿能新能源有限公司"], CO),
    O("\n[[团县委]]开展", TXW, PE),
    O("，[[团县委]]组织", TXW, PE),
    O("）[[县民政局]]近日", ["沁源县民政局"], G),
    O("，[[县消防救援大队]]在", ["沁源县消防救援大队"], G),
    O("在[[沁源县人民医院]]开展", RMYY, IN),
    O("，[[县卫生健康和体育局]]组织", ["沁源县卫生健康和体育局"], G),
    O("组织[[县人民医院]]、", RMYY, IN),
    O("、[[县中医医院]]32名", ["沁源县中医医院"], IN),
    O("）[[县市场监管局]]昨日", ["沁源县市场监督管理局"], G),
    O("\n[[县委宣传部]]、", ["中共沁源县委宣传部"], PA),
    O("、[[县融媒体中心]]上周", RMT, IN),
    O("）[[县政务服务中心]]“企业", ["沁源县政务服务中心"], IN),
]

C, P, M, T, W, A, V, EN, O_ = "count", "percent", "money", "duration", "weight", "area", "volume", "energy", "other"
CNY = "CNY"
STATS = [
    S("接待游客[[21.3万人次]]\n", "213000", "人次", C, "exact", "“五一”假期接待游客"),
    S("共接待游客[[21.3万人次]]", "213000", "人次", C, "exact", "“五一”假期接待游客"),
    S("同比增长[[14.6%]]", "14.6", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("综合收入[[1.52亿元]]", "152000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("花坡景区接待游客[[5.6万人次]]", "56000", "人次", C, "exact", "花坡景区接待游客"),
    S("灵空山景区接待游客[[3.8万人次]]", "38000", "人次", C, "exact", "灵空山景区接待游客"),
    S("全县[[23座]]煤矿", "23", "座", C, "exact", "检查的煤矿"),
    S("隐患[[41处]]", "41", "处", C, "exact", "排查隐患"),
    S("执法文书[[12份]]", "12", "份", C, "exact", "下达执法文书"),
    S("罚款[[18.5万元]]", "185000", "元", M, "exact", "罚款", currency=CNY),
    S("入住率达[[92%以上]]", "92", "%", P, "over", "宾馆民宿入住率"),
    S("消费同比增长[[11.2%]]", "11.2", "%", P, "exact", "餐饮、住宿消费", change=up("上年同期")),
    S("对[[12个]]先进集体", "12", "个", C, "exact", "受表彰先进集体"),
    S("、[[30名]]先进个人", "30", "名", C, "exact", "受表彰先进个人"),
    S("届时将有[[48家]]企业", "48", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1300余个]]", "1300", "个", C, "over", "提供岗位"),
    S("林木蓄积[[28.6立方米]]", "28.6", "立方米", V, "exact", "滥伐林木蓄积"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑", OPT),                  # a sentence
    S("缓刑[[二年]]", "2", "年", T, "exact", "缓刑", OPT),                          # a sentence
    S("罚金[[1.5万元]]", "15000", "元", M, "exact", "罚金", currency=CNY),
    S("，[[1920名]]考生", "1920", "名", C, "exact", "参加体育考试的考生"),
    S("，[[600余名]]高三学生", "600", "名", C, "over", "聆听讲座的高三学生"),
    S("全县[[14个]]乡镇", "14", "个", C, "exact", "指导春播的乡镇"),
    S("玉米播种[[15.8万亩]]", "158000", "亩", A, "exact", "完成玉米播种"),
    S("占计划的[[78%]]", "78", "%", P, "exact", "玉米播种完成计划比例"),
    S("装机容量[[20万千瓦]]的", "200000", "千瓦", O_, "exact", "风电项目装机容量"),
    S("总投资[[13.6亿元]]", "1360000000", "元", M, "exact", "风电项目总投资", currency=CNY),
    S("年发电量[[4.2亿千瓦时]]", "420000000", "千瓦时", EN, "exact", "预计年发电量"),
    S("\n[[20万千瓦]]风电项目", "200000", "千瓦", O_, "exact", "风电项目装机容量", OPT),   # in the project's name
    S("组织[[85名]]青年志愿者", "85", "名", C, "exact", "青年志愿者"),
    S("河道垃圾[[1.2吨]]", "1.2", "吨", W, "exact", "清理河道垃圾"),
    S("宣传资料[[600余份]]", "600", "份", C, "over", "发放宣传资料"),
    S("全县[[276名]]困难残疾人", "276", "名", C, "exact", "领取补贴的困难残疾人"),
    S("共计[[24.8万元]]", "248000", "元", M, "exact", "生活补贴和护理补贴", currency=CNY),
    S("消防车[[5辆]]", "5", "辆", C, "exact", "出动消防车"),
    S("指战员[[36名]]", "36", "名", C, "exact", "出动指战员"),
    S("，[[300余名]]医护人员", "300", "名", C, "over", "参与疏散的医护人员"),
    S("县中医医院[[32名]]专家", "32", "名", C, "exact", "义诊专家"),
    S("等[[6个]]乡镇开展", "6", "个", C, "exact", "义诊乡镇"),
    S("服务群众[[1500人次]]", "1500", "人次", C, "exact", "预计服务群众"),
    S("药品价值[[3万元]]", "30000", "元", M, "exact", "免费发放药品价值", currency=CNY),
    S("样品[[156批次]]", "156", "批次", C, "exact", "抽检样品"),
    S("合格率[[98.1%]]", "98.1", "%", P, "exact", "抽检合格率"),
    S("提高[[0.6个百分点]]", "0.6", "个百分点", P, "exact", "抽检合格率", change=up("3月份")),
    S("不合格样品[[3批次]]", "3", "批次", C, "exact", "不合格样品"),
    S("走进[[8个]]乡镇", "8", "个", C, "exact", "宣讲乡镇"),
    S("宣讲[[16场]]", "16", "场", C, "exact", "开展宣讲"),
    S("受众[[2400余人次]]", "2400", "人次", C, "over", "宣讲受众"),
    S("压缩至[[0.5个工作日以内]]", "0.5", "个工作日", T, "under", "企业开办时间"),
    S("已为[[23家]]企业", "23", "家", C, "exact", "办结业务的企业"),
]

EVENTS = [
    E("开展汛前安全专项检查", "inspection", "检查", xun(2026, 5, 0), organizers=["县应急管理局", "县能源局"],
      participants=["23座煤矿"]),
    E("将在花坡景区举办第六届花坡草原旅游节", "activity", "举办", xun(2026, 5, 2), location="花坡景区",
      organizers=["县文化和旅游局"]),
    E("召开全县“五一”劳动奖表彰大会", "award", "表彰", D11, organizers=["县总工会"],
      participants=["12个先进集体", "30名先进个人"]),
    E("举办“春风送岗 就在沁源”专场招聘会", "recruitment", "招聘会", day("2026-05-18"), location="县人力资源市场",
      organizers=["县人社局"], participants=["48家企业"], theme="春风送岗 就在沁源"),
    E("公开开庭审理一起滥伐林木案", "legal", "审理", D11, organizers=["县人民法院"]),
    E("当庭被判处有期徒刑一年", "legal", "判处", D11, opt=True),                          # the same case told again
    E("县人大常委会召开第三十一次会议，听取", "meeting", "召开", day("2026-05-07"), organizers=["县人大常委会"]),
    E("体育考试在沁源县第二中学开考", "exam", "考试", day("2026-05-09"), location="沁源县第二中学",
      participants=["1920名考生"]),
    E("举办高考考前心理辅导讲座", "training", "讲座", day("2026-05-09"), location="沁源县第一中学",
      organizers=["县教育局"], participants=["600余名高三学生"]),
    E("组织农技人员深入全县14个乡镇指导春播", "production", "春播", None, organizers=["县农业农村局"]),
    E("已完成玉米播种15.8万亩", "production", "播种", None, opt=True),                    # a running total
    E("签订合作协议", "signing", "签订", day("2026-05-08"), organizers=["县人民政府"],
      participants=["山西太岳绿能新能源有限公司"]),
    E("开展“青春护河”志愿服务活动", "activity", "志愿服务", day("2026-05-10"), location="沁河沿岸",
      organizers=["团县委"], participants=["85名青年志愿者"], theme="青春护河"),
    E("发放第二季度生活补贴和护理补贴", "payout", "发放", None, organizers=["县民政局"],
      participants=["276名困难残疾人"]),
    E("开展高层建筑灭火救援演练", "training", "演练", D11, location="沁源县人民医院",
      organizers=["县消防救援大队"]),
    E("开展“健康义诊进乡村”活动", "activity", "义诊", day("2026-05-11", "2026-05-15"),
      location="法中乡、韩洪乡等6个乡镇", organizers=["县卫生健康和体育局"], participants=["县人民医院", "县中医医院"],
      theme="健康义诊进乡村"),
    E("免费发放药品价值3万元", "payout", "发放", day("2026-05-11", "2026-05-15"), opt=True),  # part of the free clinics
    E("县市场监管局昨日公布", "announcement", "公布", D11, organizers=["县市场监管局"]),
    E("共抽检粮食、食用油、肉制品等样品156批次", "inspection", "抽检", month(2026, 4), organizers=["县市场监管局"]),
    E("已依法处置", "legal", "处置", None, opt=True),
    E("联合举办“太岳精神代代传”主题宣讲活动", "training", "宣讲", day("2026-05-04", "2026-05-10"),
      organizers=["县委宣传部", "县融媒体中心"], theme="太岳精神代代传"),
    E("专窗近日启用", "launch", "启用", None, organizers=["县政务服务中心"], theme="企业开办一件事"),
]
