"""固始报, 固始县融媒体中心 (固始县, 信阳市, 河南省), 2025-12-10 (a Wednesday): a county paper page.
Features: a series label (`民生实事进行时`); a kicker over a title (`冬闲变冬忙 大棚育苗忙` /
`陈淋子镇蔬菜育苗基地订单排到明年春`); a paragraph broken after a comma (`…户均增收4800元，` | `比上年增加600元…`) with
another article and its headline between; a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`,
schools resolved with the county) under its body; a 通告 on a bridge closure with numbered articles, two issuing bodies
on their own lines and a date line (traffic); a paragraph broken mid-word (`常态化监|管`) with a caption between; two
captions credited to an institution and a person (`县融媒体中心 王 志 远 摄`, `县市场监督管理局 赵 磊 摄`); headlines
after their bodies and before them. County bodies resolve with the county (`县政府`, `县人社局`, `县教育局`, `县文明办`,
`县市场监管局`, `县卫健委`, `县法院`/`县人民法院`, `县民政局`, `县医保局`, `县文化广电和旅游局`, `县人大常委会`,
`县交通运输局`, `团县委`, `县红十字会`). Relative dates: `昨天上午`/`昨天` = 12-09, `本月8日`, `本月中旬`, `本月上旬`
(twice), bare `上旬`, `下周二`, `下周三至下周四`, `下周六` (twice), `本月15日`, `本月1日` and its `当天`, `本月6日`,
`上年`, `去年`, `今年`, `明年`, `今年1至11月`; `今年以来`, `近日`, `明年春` (in a title) and bare `下周` optional.
Events: production, meeting, recruitment (twice, one `“家门口就业·暖冬行”`), competition and award, traffic (the
notice), inspection (twice), legal, exam, payout (twice), activity (`“唐人故里·根亲固始”`, `“博爱送万家·温暖过冬”`),
training, launch. Parts of one happening told twice (a caption, `判处` after `宣判`, `立案调查` after an inspection,
leaflets at a job fair, goods handed out at a volunteer activity), the notice's own act, its cause (`维修施工`), year
summaries and plans are optional.

Written at main commit 344d4e0, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "固始报"
PUBLISHED = "2025-12-10"
HOME = {"county": "固始县", "city": "信阳市", "province": "河南省"}

LAYOUT = [
    ("民生实事进行时", "label", "A0"),
    ("冬闲变冬忙", "headline", "A0"),                         # kicker
    ("陈淋子镇蔬菜育苗基地订单", "headline", "A0"),
    ("本报讯（记者 蒋 文 博 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 余 海 燕）本月8日", "body", "A1"),
    ("县政府部署", "headline", "A1"),                         # after its body
    ("比上年增加600元", "body", "A0"),                        # the rest of A0's paragraph
    ("工人在陈淋子镇", "caption", "P0"),                      # 县融媒体中心 王 志 远 摄
    ("县人社局举办“家门口", "headline", "A2"),
    ("本报讯（记者 余 海 燕）昨天", "body", "A2"),
    ("全县第三届", "headline", "A3"),
    ("本报讯（通讯员 周 倩）12月5日", "body", "A3"),
    ("一等奖：", "body", "A3"),
    ("二等奖：", "body", "A3"),
    ("三等奖：", "body", "A3"),
    ("关于史河大桥", "headline", "A4"),
    ("因史河大桥", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、过往车辆", "body", "A4"),
    ("三、对违反", "body", "A4"),
    ("固始县交通运输局", "body", "A4"),
    ("固始县公安局", "body", "A4"),
    ("2025年12月9日", "body", "A4"),
    ("本报讯（通讯员 李 俊 峰）本月上旬", "body", "A5"),     # breaks mid-word
    ("12月4日，执法人员", "caption", "P1"),                   # 县市场监督管理局 赵 磊 摄
    ("管，守护师生", "body", "A5"),                           # the rest of A5's paragraph
    ("县市场监管局开展", "headline", "A5"),                   # after its body
    ("县法院审结", "headline", "A6"),
    ("本报讯（通讯员 郭 明）昨天", "body", "A6"),
    ("本报讯（记者 蒋 文 博）记者从县教育局", "body", "A7"),
    ("初中学业水平", "headline", "A7"),                       # after its body
    ("本报讯（通讯员 周 倩）近日", "body", "A8"),
    ("3120户特困家庭", "headline", "A8"),                     # after its body
    ("“唐人故里", "headline", "A9"),
    ("本报讯（记者 余 海 燕）县文化", "body", "A9"),
    ("本报讯（通讯员 李 俊 峰）12月3日", "body", "A10"),
    ("县人社局举办家政", "headline", "A10"),                  # after its body
    ("县人大常委会视察", "headline", "A11"),
    ("本报讯（记者 蒋 文 博）12月2日", "body", "A11"),
    ("本报讯（通讯员 韩 雪）本月1日", "body", "A12"),
    ("政务服务“一窗通办”", "headline", "A12"),               # after its body
    ("本报讯（通讯员 郭 明）本月6日", "body", "A13"),
    ("团县委开展", "headline", "A13"),                        # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["蒋文博"], correspondents=["韩雪"])),
    "A1": dict(byline=byline(reporters=["余海燕"])),
    "A2": dict(byline=byline(reporters=["余海燕"])),
    "A3": dict(byline=byline(correspondents=["周倩"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["李俊峰"])),
    "A6": dict(byline=byline(correspondents=["郭明"])),
    "A7": dict(byline=byline(reporters=["蒋文博"])),
    "A8": dict(byline=byline(correspondents=["周倩"])),
    "A9": dict(byline=byline(reporters=["余海燕"])),
    "A10": dict(byline=byline(correspondents=["李俊峰"])),
    "A11": dict(byline=byline(reporters=["蒋文博"])),
    "A12": dict(byline=byline(correspondents=["韩雪"])),
    "A13": dict(byline=byline(correspondents=["郭明"])),
}
JOINS = [("本报讯（记者 蒋 文 博 通讯员", "比上年增加600元"), ("本报讯（通讯员 李 俊 峰）本月上旬", "管，守护师生")]
PHOTOS = {
    "P0": dict(photographers=["王志远"], article="A0"),
    "P1": dict(photographers=["赵磊"], article="A5"),
}

D9, D1 = day("2025-12-09"), day("2025-12-01")
D20 = day("2025-12-20")
X0 = xun(2025, 12, 0)
DATES = [
    D("订单排到[[明年春]]", (span("2026-03-01", "2026-05-31"), "season"), OPT),   # a loose season in a title
    D("）[[昨天上午]]，记者在", D9),
    D("介绍，[[今年以来]]基地", year(2025), OPT),
    D("）[[本月8日]]，县政府", day("2025-12-08")),
    D("要在[[本月中旬]]完成", xun(2025, 12, 1)),
    D("比[[上年]]增加600元", year(2024)),
    D("基地[[今年]]新建", year(2025)),
    D("）[[昨天]]，县人社局在", D9),
    D("。[[下周二]]，县人社局", day("2025-12-16")),
    D("）[[12月5日]]，由县教育局", day("2025-12-05")),
    D("自[[2025年12月15日起至2026年1月25日]]止", day("2025-12-15", "2026-01-25")),
    D("交通管理大队\n[[2025年12月9日]]", D9),
    D("）[[本月上旬]]，县市场监管局", X0),
    D("\n[[12月4日]]，执法人员", day("2025-12-04")),
    D("）[[昨天]]，县人民法院", D9),
    D("定于[[下周三至下周四]]举行", day("2025-12-17", "2025-12-18")),
    D("在[[本月15日]]前", day("2025-12-15")),
    D("）[[近日]]，县民政局", VAGUE),
    D("。[[本月上旬]]，县医保局", X0),
    D("代缴[[2026年度]]城乡", year(2026)),
    D("文化周[[下周六]]启幕", D20),
    D("将于[[下周六]]在根亲", D20),
    D("持续至[[12月26日]]", day("2025-12-26")),
    D("。[[去年]]该活动", year(2024)),
    D("）[[12月3日至5日]]，县人社局", day("2025-12-03", "2025-12-05")),
    D("）[[12月2日]]，县人大", day("2025-12-02")),
    D("。[[今年1至11月]]，全县", months(2025, 1, 11)),
    D("表示，[[上旬]]已启动", X0),
    D("启动[[明年]]项目", year(2026)),
    D("）[[本月1日]]，固始县", D1),
    D("。[[当天]]，专区", D1),
    D("）[[本月6日]]，团县委", day("2025-12-06")),
    D("。[[下周]]，活动还将", day("2025-12-15", "2025-12-21"), OPT),              # a week: no week grain
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["固始县人力资源和社会保障局"]
JYJ = ["固始县教育局"]
SJJ = ["固始县市场监督管理局"]
FY = ["固始县人民法院"]
RD = ["固始县人民代表大会常务委员会", "固始县人大常委会"]
YG = ["固始县第一高级中学"]
JT = ["固始县交通运输局"]
ORGS = [
    O("）本月8日，[[县政府]]召开", ["固始县人民政府"], G),
    O("[[县融媒体中心]] 王", ["固始县融媒体中心"], IN),
    O("\n[[县人社局]]举办“家门口", RSJ, G),
    O("）昨天，[[县人社局]]在", RSJ, G),
    O("在[[县人力资源市场]]举办", ["固始县人力资源市场"], IN, OPT),                  # a venue
    O("下周二，[[县人社局]]还将", RSJ, G),
    O("由[[县教育局]]、县文明办", JYJ, G),
    O("、[[县文明办]]主办", ["中共固始县委精神文明建设委员会办公室", "固始县精神文明建设委员会办公室",
                          "固始县文明办"], PA),
    O("比赛在[[固始县第一高级中学]]落幕", YG, IN),
    O("一等奖：[[固始县第一高级中学]]", YG, IN),
    O("、[[城关第一小学]]", ["固始县城关第一小学", "城关第一小学"], IN),
    O("二等奖：[[固始县慈济高级中学]]", ["固始县慈济高级中学"], IN),
    O("、[[三河尖镇中心学校]]", ["固始县三河尖镇中心学校", "三河尖镇中心学校"], IN),
    O("、[[县实验小学]]", ["固始县实验小学"], IN),
    O("三等奖：[[胡族铺镇中学]]", ["固始县胡族铺镇中学", "胡族铺镇中学"], IN),
    O("\n[[固始县交通运输局]]\n", JT, G),
    O("\n[[固始县公安局交通管理大队]]\n", ["固始县公安局交通管理大队"], G),
    O("）本月上旬，[[县市场监管局]]联合", SJJ, G),
    O("联合[[县卫健委]]对", ["固始县卫生健康委员会"], G),
    O("。[[县市场监管局]]表示", SJJ, G),
    O("在[[往流镇中心学校]]食堂", ["固始县往流镇中心学校", "往流镇中心学校"], IN),
    O("[[县市场监督管理局]] 赵", SJJ, G),
    O("\n[[县市场监管局]]开展", SJJ, G),
    O("\n[[县法院]]审结", FY, G),
    O("）昨天，[[县人民法院]]公开", FY, G),
    O("。[[法院]]依法", FY, G, OPT),                                                  # a bare 法院
    O("记者从[[县教育局]]获悉", JYJ, G),
    O("。[[县教育局]]要求", JYJ, G),
    O("）近日，[[县民政局]]向", ["固始县民政局"], G),
    O("，[[县医保局]]还为", ["固始县医疗保障局"], G),
    O("）[[县文化广电和旅游局]]将于", ["固始县文化广电和旅游局"], G),
    O("在[[根亲博物馆]]举办", ["固始县根亲博物馆", "根亲博物馆"], IN, OPT),          # a venue
    O("）12月3日至5日，[[县人社局]]在", RSJ, G),
    O("在[[县职业技术教育中心]]举办", ["固始县职业技术教育中心"], IN),
    O("\n[[县人社局]]举办家政", RSJ, G),
    O("\n[[县人大常委会]]视察", RD, G),
    O("）12月2日，[[县人大常委会]]组织", RD, G),
    O("。[[县交通运输局]]表示", JT, G),
    O("）本月1日，[[固始县政务服务中心]]“一窗", ["固始县政务服务中心"], IN),
    O("）本月6日，[[团县委]]、", ["共青团固始县委员会"], PE),
    O("、[[县红十字会]]在", ["固始县红十字会"], PE),
    O("在[[秀水街道]]开展", ["固始县秀水街道", "秀水街道"], G, OPT),               # used as a place
    O("\n[[团县委]]开展", ["共青团固始县委员会"], PE),
]

C, P, M, T, L, A = "count", "percent", "money", "duration", "length", "area"
CNY = "CNY"
STATS = [
    S("看到，[[42名]]工人", "42", "名", C, "exact", "播种的工人"),
    S("蔬菜苗[[1800万株]]", "18000000", "株", C, "exact", "基地培育蔬菜苗"),
    S("销售收入达[[356万元]]", "3560000", "元", M, "exact", "基地销售收入", currency=CNY),
    S("户均增收[[4800元]]", "4800", "元", M, "exact", "周边农户户均增收", currency=CNY),
    S("增加[[600元]]", "600", "元", M, "exact", "周边农户户均增收", change=up("上年"), currency=CNY),
    S("智能温室[[3座]]", "3", "座", C, "exact", "新建智能温室"),
    S("总面积[[1.2万平方米]]", "12000", "平方米", A, "exact", "智能温室总面积"),
    S("全县[[60%以上]]的", "60", "%", P, "over", "可满足的全县蔬菜育苗需求"),
    S("县内外[[53家]]企业", "53", "家", C, "exact", "参会企业"),
    S("岗位[[1600余个]]", "1600", "个", C, "over", "提供岗位"),
    S("就业意向[[312人]]", "312", "人", C, "exact", "现场达成就业意向"),
    S("政策资料[[2500余份]]", "2500", "份", C, "over", "发放就业创业政策资料"),
    S("全县[[21所]]学校", "21", "所", C, "exact", "参赛学校"),
    S("的[[42支]]代表队", "42", "支", C, "exact", "参赛代表队"),
    S("一等奖[[2个]]", "2", "个", C, "exact", "一等奖"),
    S("二等奖[[3个]]", "3", "个", C, "exact", "二等奖"),
    S("三等奖[[5个]]", "5", "个", C, "exact", "三等奖"),
    S("胡族铺镇中学等[[5所]]学校", "5", "所", C, "exact", "三等奖学校"),
    S("检查食堂[[68家]]", "68", "家", C, "exact", "检查食堂"),
    S("问题隐患[[91处]]", "91", "处", C, "exact", "发现问题隐患"),
    S("现场整改[[76处]]", "76", "处", C, "exact", "现场整改问题隐患"),
    S("对[[2家]]经营单位", "2", "家", C, "exact", "立案调查的经营单位"),
    S("张某等[[4人]]", "4", "人", C, "exact", "被告人"),
    S("银行卡[[47张]]", "47", "张", C, "exact", "提供银行卡"),
    S("金额达[[860万元]]", "8600000", "元", M, "exact", "涉案流水金额", currency=CNY),
    S("判处[[4名]]被告人", "4", "名", C, "exact", "被告人"),
    S("有期徒刑[[八个月至二年]]不等", "0.67", "年", T, "exact", "有期徒刑", OPT),   # a range of sentences
    S("罚金共计[[9万元]]", "90000", "元", M, "exact", "罚金", currency=CNY),
    S("全县考生[[约1.5万名]]", "15000", "名", C, "about", "考生"),
    S("全县[[3120户]]特困家庭", "3120", "户", C, "exact", "特困家庭"),
    S("每户[[400元]]", "400", "元", M, "exact", "每户冬季取暖补贴", currency=CNY),
    S("共计[[124.8万元]]", "1248000", "元", M, "exact", "冬季取暖补贴", currency=CNY),
    S("为[[1.2万名]]困难群众", "12000", "名", C, "exact", "困难群众"),
    S("共计[[约456万元]]", "4560000", "元", M, "about", "代缴医保个人缴费", currency=CNY),
    S("\n[[3120户]]特困家庭", "3120", "户", C, "exact", "领到取暖补贴的特困家庭"),
    S("非遗展演[[14场]]", "14", "场", C, "exact", "非遗展演"),
    S("吸引游客[[8.3万人次]]", "83000", "人次", C, "exact", "吸引游客"),
    S("的[[86名]]学员", "86", "名", C, "exact", "参训学员"),
    S("合格率达[[96%]]", "96", "%", P, "exact", "培训合格率"),
    S("农村公路[[236公里]]", "236", "公里", L, "exact", "新改建农村公路"),
    S("完成投资[[3.1亿元]]", "310000000", "元", M, "exact", "农村公路完成投资", currency=CNY),
    S("年度计划的[[104%]]", "104", "%", P, "exact", "占年度计划的比例"),
    S("综合窗口[[24个]]", "24", "个", C, "exact", "综合窗口"),
    S("等事项[[386项]]", "386", "项", C, "exact", "可办理事项"),
    S("压缩至[[1.5个工作日以内]]", "1.5", "个工作日", T, "under", "平均办理时限"),
    S("受理业务[[520余件]]", "520", "件", C, "over", "专区受理业务"),
    S("辖区[[130户]]困难家庭", "130", "户", C, "exact", "困难家庭"),
    S("价值[[约5.2万元]]", "52000", "元", M, "about", "物资价值", currency=CNY),
    S("全县[[30个]]乡镇", "30", "个", C, "exact", "乡镇（街道）"),
]

EVENTS = [
    E("42名工人正在温室内播种辣椒、茄子等蔬菜苗", "production", "播种", D9,
      location="陈淋子镇蔬菜育苗基地", participants=["工人"]),
    E("基地今年新建智能温室3座", "construction", "新建", year(2025), opt=True),      # a year summary
    E("县政府召开全县冬季安全生产工作会议", "meeting", "召开", day("2025-12-08"), organizers=["县政府"]),
    E("在本月中旬完成一轮隐患排查", "inspection", "排查", xun(2025, 12, 1), opt=True),  # a task set
    E("举办“家门口就业·暖冬行”专场招聘会", "recruitment", "招聘会", D9, location="县人力资源市场",
      organizers=["县人社局"], participants=["企业"], theme="家门口就业·暖冬行"),
    E("发放就业创业政策资料2500余份", "payout", "发放", D9, opt=True),               # part of the job fair
    E("在段集镇举办返乡人员专场招聘会", "recruitment", "招聘会", day("2025-12-16"), location="段集镇",
      organizers=["县人社局"], participants=["返乡人员"]),
    E("中小学生经典诵读比赛在固始县第一高级中学落幕", "competition", "比赛", day("2025-12-05"),
      location="固始县第一高级中学", organizers=["县教育局", "县文明办"], participants=["代表队"]),
    E("比赛共评出一等奖2个", "award", "评出", day("2025-12-05"), organizers=["县教育局", "县文明办"]),
    E("现就有关事项通告如下", "announcement", "通告", D9, organizers=["固始县交通运输局", "固始县公安局交通管理大队"],
      opt=True),                                                                      # the notice's own act
    E("因史河大桥桥面维修施工", "construction", "施工", None, location="史河大桥", opt=True),   # the cause
    E("史河大桥实行全封闭交通管制", "traffic", "交通管制", day("2025-12-15", "2026-01-25"), location="史河大桥",
      organizers=["固始县交通运输局", "固始县公安局交通管理大队"]),
    E("对全县中小学校食堂开展食品安全专项检查", "inspection", "检查", X0,
      organizers=["县市场监管局", "县卫健委"]),
    E("对2家经营单位立案调查", "legal", "立案调查", X0, opt=True),                   # the inspection's result
    E("执法人员在往流镇中心学校食堂检查食材留样", "inspection", "检查", day("2025-12-04"),
      location="往流镇中心学校食堂", opt=True),                                       # a caption
    E("公开宣判一起帮助信息网络犯罪活动案", "legal", "宣判", D9, organizers=["县人民法院"]),
    E("依法判处4名被告人有期徒刑", "legal", "判处", D9, organizers=["法院"], opt=True),   # the same ruling
    E("初中学业水平模拟考试定于下周三至下周四举行", "exam", "考试", day("2025-12-17", "2025-12-18")),
    E("在本月15日前完成考场布置", "other", "布置", day("2025-12-15"), opt=True),     # a task set
    E("向全县3120户特困家庭发放冬季取暖补贴", "payout", "发放", None, organizers=["县民政局"],
      participants=["特困家庭"]),
    E("代缴2026年度城乡居民医保个人缴费部分", "payout", "代缴", X0, organizers=["县医保局"],
      participants=["困难群众"]),
    E("举办“唐人故里·根亲固始”民俗文化周活动", "activity", "举办", day("2025-12-20", "2025-12-26"),
      location="根亲博物馆", organizers=["县文化广电和旅游局"], theme="唐人故里·根亲固始"),
    E("举办家政服务技能培训班", "training", "培训班", day("2025-12-03", "2025-12-05"),
      location="县职业技术教育中心", organizers=["县人社局"], participants=["学员"]),
    E("视察全县农村公路建设情况", "inspection", "视察", day("2025-12-02"), organizers=["县人大常委会"],
      participants=["县人大代表"]),
    E("全县新改建农村公路236公里", "construction", "新改建", months(2025, 1, 11), opt=True),   # a year summary
    E("上旬已启动明年项目储备", "other", "启动", X0, organizers=["县交通运输局"], opt=True),   # a plan
    E("“一窗通办”专区正式启用", "launch", "启用", D1, location="固始县政务服务中心"),
    E("开展“博爱送万家·温暖过冬”志愿服务活动", "activity", "开展", day("2025-12-06"), location="秀水街道",
      organizers=["团县委", "县红十字会"], participants=["困难家庭"], theme="博爱送万家·温暖过冬"),
    E("送去棉被、米面油等物资", "payout", "送去", day("2025-12-06"), opt=True),      # part of the activity
    E("活动还将走进全县30个乡镇", "activity", "走进", day("2025-12-15", "2025-12-21"), opt=True),  # a plan
]
