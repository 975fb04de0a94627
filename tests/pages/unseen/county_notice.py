"""屏南报 (屏南县, 宁德市, 福建) page, 2025-04-18, held out: a county paper, so the county is the
home (`县委` → 中共屏南县委员会, `县政府` → 屏南县人民政府, `县法院` → 屏南县人民法院, `县一中` →
屏南县第一中学, `县融媒体中心` → 屏南县融媒体中心), and `省委`/`市委` are Fujian's and Ningde's.
Features: a series label (`乡村振兴看屏南`) and a kicker over the main title; a paragraph broken
after a dangling `的` with a photo caption between the halves, the caption credited to an
institution and a person (`县融媒体中心 甘 露 摄`); a paragraph broken after a comma with a whole
article between; a results list of label-colon lines (`特等奖：县一中 林雨涵；…`,
`优秀组织奖：…`) full of school names; a notice (通告) that ends with its two issuing bodies and a
Chinese-numeral date (`二〇二五年四月十五日`) on lines of their own; a phone number and a hotline
(`0593-3312119`, `12316`) that are not statistics; ranges of money (`200元至500元`,
`4000元至7500元`, value = the low end); `由A主办、B承办` organizers; `当天` after a dated clause;
bylines `本报讯（记者 … 通讯员 …）`, a byline line before the body, `（叶 青）` on its own line and
`（屏 宣）` closing a paragraph.

Written at commit 709096d before any tuning on it."""
from build import OPT, VAGUE, D, E, O, S, byline, day, quarter, up, xun, year

PAPER = "屏南报"
PUBLISHED = "2025-04-18"
HOME = {"county": "屏南县", "city": "宁德市", "province": "福建省"}

LAYOUT = [
    ("乡村振兴看屏南", "label", "A0"),
    ("古村焕新颜", "headline", "A0"),                  # kicker (引题)
    ("屏南一季度古村落", "headline", "A0"),
    ("本报讯（记者 陈 立", "body", "A0"),
    ("近年来，屏南以", "body", "A0"),                  # breaks after a dangling 的
    ("4月16日，游客在棠口镇", "caption", "P0"),
    ("山水之美与人文之韵", "body", "A0"),
    ("为让村民共享文旅红利", "body", "A0"),
    ("县委召开常委会", "headline", "A1"),
    ("本报讯 4月17日，县委", "body", "A1"),
    ("会议指出", "body", "A1"),
    ("县法院巡回审判进古村", "headline", "A2"),
    ("本报讯（通讯员 龚 婷）", "body", "A2"),
    ("庭审中，承办法官", "body", "A2"),                # breaks after a comma
    ("屏南县第三届", "headline", "A3"),
    ("本报讯 由县教育局", "body", "A3"),
    ("特等奖：", "body", "A3"),
    ("一等奖：", "body", "A3"),
    ("优秀组织奖：", "body", "A3"),
    ("（叶 青）", "byline", "A3"),
    ("就地化解矛盾纠纷", "body", "A2"),
    ("关于进一步加强", "headline", "A4"),
    ("为切实做好", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、各乡（镇）", "body", "A4"),
    ("三、鼓励群众", "body", "A4"),
    ("四、违反本通告", "body", "A4"),
    ("屏南县森林防灭火指挥部", "body", "A4"),          # issuing bodies and date, a line each
    ("屏南县林业局", "body", "A4"),
    ("二〇二五年四月十五日", "body", "A4"),
    ("“春风行动”专场招聘会", "headline", "A5"),
    ("记者 何 琳", "byline", "A5"),
    ("本报讯 4月16日，由县人社局", "body", "A5"),
    ("县人社局相关负责人", "body", "A5"),
    ("县农业农村局启动", "headline", "A6"),
    ("本报讯（通讯员 缪 静）", "body", "A6"),
    ("县农业农村局提醒", "body", "A6"),
    ("县一中学子", "headline", "A7"),
    ("本报讯 日前，第39届", "body", "A7"),            # （屏 宣） closes it
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["陈立"], correspondents=["吴芳"])),
    "A1": dict(byline=byline()),
    "A2": dict(byline=byline(correspondents=["龚婷"])),
    "A3": dict(byline=byline(authors=["叶青"])),
    "A4": dict(byline=byline()),
    "A5": dict(byline=byline(reporters=["何琳"])),
    "A6": dict(byline=byline(correspondents=["缪静"])),
    "A7": dict(byline=byline(authors=["屏宣"])),
}
JOINS = [("近年来，屏南以", "山水之美与人文之韵"), ("庭审中，承办法官", "就地化解矛盾纠纷")]
PHOTOS = {"P0": dict(photographers=["甘露"], article="A0")}

Y25 = year(2025)
Q1 = quarter(2025, 1)
D14, D15, D16, D17 = (day(f"2025-04-{d}") for d in (14, 15, 16, 17))

DATES = [
    D("屏南[[一季度]]古村落", Q1),
    D("[[4月17日]]，记者从县文体", D17),
    D("[[今年一季度]]，我县熙岭乡", Q1),
    D("[[清明假期]]3天", day("2025-04-04", "2025-04-06")),
    D("较[[去年同期]]增长9.6%", VAGUE),
    D("[[近年来]]，屏南以", VAGUE),
    D("由[[10年前]]的不足200人", year(2015), OPT),       # a year counted back, or a duration
    D("增至[[目前]]的600多人", VAGUE),
    D("介绍，[[今年]]将安排", Y25),
    D("将于[[5月中旬]]举办", xun(2025, 5, 1)),
    D("[[4月16日]]，游客在棠口镇", D16),
    D("[[4月15日]]，县政府与福建", D15),
    D("本报讯 [[4月17日]]，县委召开", D17),
    D("听取[[一季度]]全县", Q1),
    D("屏南县[[2025年]]为民办实事", Y25, OPT),           # inside a document's title
    D("会议指出，[[一季度]]全县", Q1),
    D("紧盯[[全年]]目标任务", Y25, OPT),
    D("确保[[二季度]]各项", quarter(2025, 2)),
    D("[[4月16日上午]]，县法院在路", D16),
    D("被告于[[5月底]]前", xun(2025, 5, 2), OPT),
    D("[[当天]]，路下乡", D16),
    D("介绍，[[今年以来]]，该院已", Y25, OPT),
    D("大赛[[日前]]落下帷幕", VAGUE),
    D("自[[2月下旬]]启动", xun(2025, 2, 2)),
    D("将于[[4月20日至30日]]在县文化馆", day("2025-04-20", "2025-04-30")),
    # 清明 to 五一: the span is the reader's, so optional
    D("加强[[清明至“五一”期间]]森林", day("2025-04-04", "2025-05-01"), OPT),
    D("做好[[清明至“五一”期间]]森林", day("2025-04-04", "2025-05-01"), OPT),
    D("自[[2025年4月15日至5月31日]]", day("2025-04-15", "2025-05-31")),
    D("自[[发布之日]]起施行", D15, OPT),                  # the notice's own date, below
    D("[[二〇二五年四月十五日]]", D15),
    D("本报讯 [[4月16日]]，由县人社局", D16),
    D("承办的[[2025年]]“春风行动”", Y25, OPT),           # part of the fair's name
    D("[[当天]]共有860余人次", D16),
    D("介绍，[[今年以来]]，该局已", Y25, OPT),
    D("[[4月下旬]]，该局还将", xun(2025, 4, 2)),
    D("[[4月14日]]起", D14),
    D("截至[[4月17日]]，已检查", D17),
    D("本报讯 [[日前]]，第39届", VAGUE),
    D("学生[[近5年来]]第3次", VAGUE),
]

WENLV = "屏南县文体和旅游局"
XIANWEI = ["中共屏南县委员会", "中国共产党屏南县委员会"]
XIANZHENGFU = "屏南县人民政府"
FAYUAN = "屏南县人民法院"
YIZHONG = "屏南县第一中学"
ERZHONG = "屏南县第二中学"
SHIYAN = "屏南县实验小学"
GUFENG = ["屏南县古峰中心小学", "古峰中心小学", "屏南县古峰镇中心小学"]
SHUANGXI = ["屏南县双溪中学", "双溪中学"]
RENSHE = ["屏南县人力资源和社会保障局", "屏南县人社局"]
NONGYE = "屏南县农业农村局"
ORGS = [
    O("从[[县文体和旅游局]]获悉", WENLV, "government"),
    # villages are optional (GUIDELINES §3)
    O("我县[[熙岭乡龙潭村]]", ["屏南县熙岭乡龙潭村", "熙岭乡龙潭村"], "community", OPT),
    O("、[[屏城乡厦地村]]、", ["屏南县屏城乡厦地村", "屏城乡厦地村"], "community", OPT),
    O("、[[甘棠乡漈下村]]等", ["屏南县甘棠乡漈下村", "甘棠乡漈下村"], "community", OPT),
    O("在[[龙潭村]]，来自", ["屏南县熙岭乡龙潭村", "龙潭村"], "community", OPT),
    O("[[县文体和旅游局]]相关负责人介绍，今年", WENLV, "government"),
    O("[[县融媒体中心]] 甘 露 摄", "屏南县融媒体中心", "institution", OPT),   # a photo credit
    O("[[县政府]]与福建", XIANZHENGFU, "government"),
    O("[[福建闽东文旅发展有限公司]]", "福建闽东文旅发展有限公司", "company"),
    O("[[县委]]召开常委会（扩大）会议\n", XIANWEI, "party"),
    O("4月17日，[[县委]]召开", XIANWEI, "party"),
    O("传达学习[[省委]]、", ["中共福建省委员会", "中国共产党福建省委员会"], "party"),
    O("、[[市委]]有关", ["中共宁德市委员会", "中国共产党宁德市委员会"], "party"),
    O("[[县委]]书记郑远航", XIANWEI, "party", OPT),        # inside a title
    O("[[县政府]]和各乡镇", XIANZHENGFU, "government"),
    O("[[县法院]]巡回审判进古村", FAYUAN, "government"),
    O("，[[县法院]]在路下乡", FAYUAN, "government"),
    O("原告[[屏南县某生态农业专业合作社]]", "屏南县某生态农业专业合作社", "company", OPT),  # anonymised
    O("。[[县法院]]相关负责人介绍", FAYUAN, "government"),
    O("由[[县教育局]]、", "屏南县教育局", "government"),
    O("、[[县文体和旅游局]]主办", WENLV, "government"),
    O("，[[县书法家协会]]承办", "屏南县书法家协会", "social"),
    O("在[[县文化馆]]展出", "屏南县文化馆", "institution"),
    O("特等奖：[[县一中]] 林雨涵", YIZHONG, "institution"),
    O("；[[县实验小学]] 黄子墨", SHIYAN, "institution"),
    O("一等奖：[[县一中]] 张明远", YIZHONG, "institution"),
    O("；[[县二中]] 陈思琪", ERZHONG, "institution"),
    O("；[[县实验小学]] 吴嘉禾", SHIYAN, "institution"),
    O("；[[古峰中心小学]] 郑若溪", GUFENG, "institution"),
    O("；[[双溪中学]] 宋佳宁", SHUANGXI, "institution"),
    O("；[[棠口中心小学]] 刘一凡", ["屏南县棠口中心小学", "棠口中心小学", "屏南县棠口镇中心小学"], "institution"),
    O("；[[代溪中学]] 叶晓晴", ["屏南县代溪中学", "代溪中学"], "institution"),
    O("；[[长桥中心小学]] 苏子轩", ["屏南县长桥中心小学", "长桥中心小学", "屏南县长桥镇中心小学"], "institution"),
    O("优秀组织奖：[[县一中]]、", YIZHONG, "institution"),
    O("、[[县二中]]、县实验小学、古峰", ERZHONG, "institution"),
    O("县二中、[[县实验小学]]、古峰", SHIYAN, "institution"),
    O("小学、[[古峰中心小学]]、双溪", GUFENG, "institution"),
    O("古峰中心小学、[[双溪中学]]", SHUANGXI, "institution"),
    O("[[县林业局]]、县公安局", "屏南县林业局", "government"),
    O("县林业局、[[县公安局]]", "屏南县公安局", "government"),
    O("[[屏南县森林防灭火指挥部]]", "屏南县森林防灭火指挥部", "government"),
    O("[[屏南县林业局]]", "屏南县林业局", "government"),
    O("由[[县人社局]]主办", RENSHE, "government"),
    O("[[县公共就业服务中心]]", "屏南县公共就业服务中心", "institution"),
    O("[[县人社局]]相关负责人", RENSHE, "government"),
    O("走进[[县一中]]开展", YIZHONG, "institution"),
    O("[[县农业农村局]]启动春季", NONGYE, "government"),
    O("，[[县农业农村局]]联合", NONGYE, "government"),
    O("联合[[县市场监管局]]开展", ["屏南县市场监督管理局", "屏南县市场监管局"], "government"),
    O("[[县农业农村局]]提醒", NONGYE, "government"),
    O("[[县一中]]学子在全省", YIZHONG, "institution"),
    O("，[[县一中]]高二学生", YIZHONG, "institution"),
    O("这是[[县一中]]学生", YIZHONG, "institution"),
]

C, P, M, A, T, L = "count", "percent", "money", "area", "duration", "length"
STATS = [
    S("接待游客[[逾百万人次]]", "1000000", "人次", C, "over", "古村落接待游客"),
    S("[[102.6万人次]]", "1026000", "人次", C, "exact", "传统村落接待游客"),
    S("同比增长[[18.4%]]", "18.4", "%", P, "exact", "传统村落接待游客", change=up()),
    S("旅游综合收入[[8.7亿元]]", "870000000", "元", M, "exact", "旅游综合收入", currency="CNY"),
    S("清明假期[[3天]]", "3", "天", T, "exact", "清明假期"),
    S("全县接待游客[[12.3万人次]]", "123000", "人次", C, "exact", "清明假期全县接待游客"),
    S("增长[[9.6%]]", "9.6", "%", P, "exact", "清明假期全县接待游客", change=up("去年同期")),
    S("新村民[[300余人]]", "300", "人", C, "over", "引进艺术家、文创团队和新村民"),
    S("古民居[[160余栋]]", "160", "栋", C, "over", "修缮古民居"),
    S("的[[不足200人]]", "200", "人", C, "under", "10年前村里常住人口"),
    S("目前的[[600多人]]", "600", "人", C, "over", "村里常住人口"),
    S("专项资金[[2800万元]]", "28000000", "元", M, "exact", "专项资金", currency="CNY"),
    S("已有[[42个]]村", "42", "个", C, "exact", "成立旅游专业合作社的村"),
    S("带动[[1800余户]]", "1800", "户", C, "over", "增收农户"),
    S("将在[[3年内]]", "3", "年", T, "under", "合作期限", OPT),          # a time bound
    S("打造[[5条]]精品", "5", "条", C, "exact", "精品旅游线路"),
    S("本地青年[[200名]]", "200", "名", C, "exact", "培训本地青年"),
    S("同比增长[[6.2%]]", "6.2", "%", P, "exact", "全县地区生产总值", change=up()),
    S("平均水平[[0.4个百分点]]", "0.4", "个百分点", P, "exact", "全县地区生产总值增速",
      change=up("全市平均水平")),
    S("增加值增长[[8.1%]]", "8.1", "%", P, "exact", "规模以上工业增加值", change=up()),
    S("投资增长[[5.3%]]", "5.3", "%", P, "exact", "固定资产投资", change=up()),
    S("因[[120亩]]林地", "120", "亩", A, "exact", "林地"),
    S("拖欠租金[[4.8万元]]", "48000", "元", M, "exact", "拖欠租金", currency="CNY"),
    S("分[[两次]]付清", "2", "次", C, "exact", "付清租金", OPT),
    S("群众[[60余人]]", "60", "人", C, "over", "旁听庭审的村干部和群众"),
    S("巡回审判[[19场]]", "19", "场", C, "exact", "乡村巡回审判"),
    S("矛盾纠纷[[76件]]", "76", "件", C, "exact", "就地化解矛盾纠纷"),
    S("全县[[38所]]中小学校", "38", "所", C, "exact", "选送作品的中小学校"),
    S("参赛作品[[1260件]]", "1260", "件", C, "exact", "参赛作品"),
    S("特等奖[[2名]]", "2", "名", C, "exact", "特等奖"),
    S("一等奖[[10名]]", "10", "名", C, "exact", "一等奖"),
    S("二等奖[[20名]]", "20", "名", C, "exact", "二等奖"),
    S("三等奖[[30名]]", "30", "名", C, "exact", "三等奖"),
    S("优秀组织奖[[5个]]", "5", "个", C, "exact", "优秀组织奖"),
    S("距林缘[[100米]]", "100", "米", L, "exact", "距林缘范围"),
    S("举报人[[200元至500元]]", "200", "元", M, "exact", "举报奖励", currency="CNY"),
    S("[[62家]]企业", "62", "家", C, "exact", "参加招聘会的县内外企业"),
    S("岗位[[1350个]]", "1350", "个", C, "exact", "岗位"),
    S("月薪在[[4000元至7500元]]", "4000", "元", M, "exact", "月薪", currency="CNY"),
    S("[[860余人次]]", "860", "人次", C, "over", "进场求职"),
    S("就业意向[[312人]]", "312", "人", C, "exact", "初步达成就业意向"),
    S("招聘活动[[11场]]", "11", "场", C, "exact", "各类招聘活动"),
    S("[[1200余名]]群众", "1200", "名", C, "over", "实现就近就业的群众"),
    S("为期[[一个月]]", "1", "个月", T, "exact", "春季农资打假专项行动", OPT),
    S("经营主体[[86家]]", "86", "家", C, "exact", "已检查农资经营主体"),
    S("样品[[24批次]]", "24", "批次", C, "exact", "抽检种子、化肥、农药样品"),
    S("问题门店[[3家]]", "3", "家", C, "exact", "责令整改问题门店"),
    S("化肥案件[[1起]]", "1", "起", C, "exact", "立案查处销售不合格化肥案件"),
]

EVENTS = [
    E("并将于5月中旬举办第五届屏南古村文化艺术周", "activity", "举办", xun(2025, 5, 1)),
    E("县政府与福建闽东文旅发展有限公司签订古村落文旅融合发展合作协议", "signing", "签订", D15,
      organizers=["县政府"], participants=["福建闽东文旅发展有限公司"]),
    E("联合开展古村民宿管家培训", "training", "开展",
      organizers=["县政府", "福建闽东文旅发展有限公司"], participants=["本地青年"], opt=True),
    E("县委召开常委会（扩大）会议，传达学习", "meeting", "召开", D17, organizers=["县委"]),
    E("会议审议通过了《屏南县2025年为民办实事项目实施方案》", "policy", "审议通过", D17, opt=True),
    E("县法院在路下乡巡回审判点公开开庭审理一起林地承包合同纠纷案", "legal", "审理", D16,
      location="路下乡巡回审判点", organizers=["县法院"]),
    E("并当庭主持调解", "legal", "调解", D16, opt=True),
    E("该院已在乡村开展巡回审判19场", "legal", "巡回审判", Y25, organizers=["县法院"], opt=True),
    E("该院将在各乡镇设立巡回审判点", "launch", "设立", organizers=["县法院"], opt=True),
    E("中小学生书法大赛日前落下帷幕", "competition", "落下帷幕",
      organizers=["县教育局", "县文体和旅游局", "县书法家协会"]),
    E("评出特等奖2名", "award", "评出", opt=True),
    E("获奖作品将于4月20日至30日在县文化馆展出", "exhibition", "展出", day("2025-04-20", "2025-04-30"),
      location="县文化馆"),
    E("现将特等奖、一等奖和优秀组织奖名单公布如下", "announcement", "公布", opt=True),
    E("全县实行森林高火险期管控", "policy", "实行", day("2025-04-15", "2025-05-31")),
    E("在主要进山路口设立临时检查站", "inspection", "设立", opt=True),
    E("县林业局、县公安局要组织开展联合巡查", "inspection", "巡查", organizers=["县林业局", "县公安局"]),
    E("本通告自发布之日起施行", "policy", "施行", D15, organizers=["屏南县森林防灭火指挥部", "屏南县林业局"]),
    E("2025年“春风行动”专场招聘会在屏南工业园区举行", "recruitment", "举行", D16, location="屏南工业园区",
      organizers=["县人社局", "县公共就业服务中心"], theme="春风行动"),
    E("该局已举办各类招聘活动11场", "recruitment", "举办", organizers=["县人社局"], opt=True),
    E("该局还将走进县一中开展高中生职业生涯规划讲座", "training", "开展", xun(2025, 4, 2), location="县一中",
      organizers=["县人社局"]),
    E("县农业农村局联合县市场监管局开展为期一个月的春季农资打假专项行动", "inspection", "开展", D14,
      organizers=["县农业农村局", "县市场监管局"]),
    E("立案查处销售不合格化肥案件1起", "legal", "立案查处", opt=True),
    E("第39届福建省青少年科技创新大赛在福州落幕", "competition", "落幕", location="福州"),
    E("获得创新成果竞赛项目一等奖", "award", "获得", participants=["县一中"], opt=True),
]
