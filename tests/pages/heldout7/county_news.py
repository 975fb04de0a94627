"""建水时讯, 建水县融媒体中心 (建水县, 红河哈尼族彝族自治州, 云南省), 2025-11-20 (a Thursday): a county
paper page. Features: a series label (`奋进新征程 建功新时代`) and a column label (`便民信息`); a kicker over a
title (`以赛促教 以教促学` / `县第三届中小学教师教学技能大赛落幕`); a winners list in label-colon lines
(`一等奖：李 红 梅（建水县第一中学）、…`, nine schools as organizations, town schools resolved with the
county); a 通告 with a title holding a report year (`2025—2026年度`, optional), numbered articles, two issuing
bodies on their own lines and a date line (`禁止一切野外用火` from `2025年12月1日起至2026年5月31日`: policy);
a caption credited to an institution (`（县人民医院供图）`, no photographer) and one to the county media
centre and a person (`县融媒体中心 赵 磊 摄`); a paragraph broken after a comma (`…测量血压、血糖，` |
`并开展慢性病…`) with another article and its headline between; a paragraph broken mid-word
(`冷链分拣中|心`) with a caption between; four headlines after their bodies. County bodies resolve with the
county (`县卫生健康局` → 建水县卫生健康局, `县市场监管局` → 建水县市场监督管理局, `县十八届人大常委会`, in
a session's name, optional). Relative dates: `昨天上午`, `昨天` = 11-19, `当天` (after `昨天上午`), `下周一`
= 11-24, `下周二` = 11-25, `下周三` = 11-26, `本月14日`, `本月16日`, `本月17日至19日`, `本月18日`,
`本月24日`, `本月28日`, `12月底`; `今年以来` optional. Events of many types; plans, year summaries and parts
of one happening told twice (a caption) are optional.

Written at main commit 4614cab, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, xun, year

PAPER = "建水时讯"
PUBLISHED = "2025-11-20"
HOME = {"county": "建水县", "city": "红河哈尼族彝族自治州", "province": "云南省"}

LAYOUT = [
    ("奋进新征程", "label", "A0"),
    ("县人民医院专家团队", "headline", "A0"),
    ("本报讯（记者 普 丽 华 通讯员", "body", "A0"),       # breaks after a comma
    ("本报讯（记者 李 文 斌）本月18日", "body", "A1"),
    ("县十八届人大常委会举行", "headline", "A1"),         # after its body
    ("并开展慢性病", "body", "A0"),                       # the rest of A0's paragraph
    ("11月19日，县人民医院", "caption", "P0"),            # （县人民医院供图）
    ("以赛促教", "headline", "A2"),                       # kicker
    ("县第三届中小学", "headline", "A2"),
    ("本报讯（通讯员 张 宁）", "body", "A2"),
    ("一等奖：", "body", "A2"),
    ("二等奖：", "body", "A2"),
    ("三等奖：", "body", "A2"),
    ("第七届建水紫陶文化节", "headline", "A3"),
    ("本报讯（记者 普 丽 华）记者", "body", "A3"),
    ("关于2025—2026年度", "headline", "A4"),
    ("为切实做好", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、森林防火期内", "body", "A4"),
    ("三、对违反本通告", "body", "A4"),
    ("建水县人民政府", "body", "A4"),
    ("建水县森林草原防灭火指挥部", "body", "A4"),
    ("2025年11月18日", "body", "A4"),
    ("曲江镇冬早蔬菜", "headline", "A5"),
    ("本报讯（通讯员 王 雪 梅）", "body", "A5"),          # breaks mid-word
    ("11月17日，村民", "caption", "P1"),                  # 县融媒体中心 赵 磊 摄
    ("心，日处理蔬菜", "body", "A5"),                     # the rest of A5's paragraph
    ("县城迎晖路", "headline", "A6"),
    ("本报讯（记者 李 文 斌）县公安局", "body", "A6"),
    ("本报讯（记者 普 丽 华）县人力", "body", "A7"),
    ("45家企业本月28日", "headline", "A7"),               # after its body
    ("县市场监管局开展", "headline", "A8"),
    ("本报讯（通讯员 杨 帆）", "body", "A8"),
    ("本报讯（记者 李 文 斌）昨天", "body", "A9"),
    ("法院巡回审判进村组", "headline", "A9"),             # after its body
    ("我县与云南农业大学", "headline", "A10"),
    ("本报讯（记者 李 文 斌）本月16日", "body", "A10"),
    ("本报讯（通讯员 何 俊）", "body", "A11"),
    ("燕子洞景区下周三", "headline", "A11"),              # after its body
    ("便民信息", "label", "A12"),
    ("耕地地力保护补贴", "headline", "A12"),
    ("本报讯 县农业农村局", "body", "A12"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["普丽华"], correspondents=["何俊"])),
    "A1": dict(byline=byline(reporters=["李文斌"])),
    "A2": dict(byline=byline(correspondents=["张宁"])),
    "A3": dict(byline=byline(reporters=["普丽华"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["王雪梅"])),
    "A6": dict(byline=byline(reporters=["李文斌"])),
    "A7": dict(byline=byline(reporters=["普丽华"])),
    "A8": dict(byline=byline(correspondents=["杨帆"])),
    "A9": dict(byline=byline(reporters=["李文斌"])),
    "A10": dict(byline=byline(reporters=["李文斌"])),
    "A11": dict(byline=byline(correspondents=["何俊"])),
    "A12": dict(),
}
JOINS = [("本报讯（记者 普 丽 华 通讯员", "并开展慢性病"), ("本报讯（通讯员 王 雪 梅）", "心，日处理蔬菜")]
PHOTOS = {
    "P0": dict(photographers=[], article="A0"),
    "P1": dict(photographers=["赵磊"], article="A5"),
}

D19 = day("2025-11-19")
MON, TUE, WED = day("2025-11-24"), day("2025-11-25"), day("2025-11-26")

DATES = [
    D("通讯员 何 俊）[[昨天上午]]", D19),
    D("[[本月18日]]，县十八届", day("2025-11-18")),
    D("关于[[2025年1至10月]]财政", months(2025, 1, 10), OPT),      # in the report's title
    D("咨询。[[当天]]，专家", D19),
    D("[[11月19日]]，县人民医院", D19),
    D("张 宁）[[昨天]]，由县", D19),
    D("文化节[[下周二]]开幕", TUE),
    D("将于[[下周二]]在建水", TUE),
    D("可于[[本月24日]]前", day("2025-11-24")),
    D("关于[[2025—2026年度]]森林", ({"start": "2025-01-01", "end": "2026-12-31"}, "year"), OPT),
    D("自[[2025年12月1日起至2026年5月31日]]止", day("2025-12-01", "2026-05-31")),
    D("其中[[2026年2月1日至4月30日]]为", day("2026-02-01", "2026-04-30")),
    D("指挥部\n[[2025年11月18日]]", day("2025-11-18")),
    D("[[眼下]]正值", VAGUE),
    D("装箱。[[今年]]，曲江镇", year(2025)),
    D("[[11月17日]]，村民", day("2025-11-17")),
    D("迎晖路[[下周一]]起", MON),
    D("交通警察大队[[昨天]]发布", D19),
    D("将于[[下周一]]起封闭", MON),
    D("将于[[本月28日]]在县", day("2025-11-28")),
    D("45家企业[[本月28日]]现场", day("2025-11-28")),
    D("[[当前]]正值", VAGUE),
    D("于[[本月17日至19日]]开展", day("2025-11-17", "2025-11-19")),
    D("李 文 斌）[[昨天]]，县人民法院", D19),
    D("[[今年以来]]，县人民法院", year(2025), OPT),
    D("[[本月16日]]，县人民政府", day("2025-11-16")),
    D("何 俊）[[下周三]]，县应急", WED),
    D("景区[[下周三]]举行", WED),
    D("消息，[[2025年]]耕地", year(2025)),
    D("已于[[本月14日]]开始", day("2025-11-14")),
    D("将于[[12月底]]前", xun(2025, 12, 2)),
]

G, IN, CO = "government", "institution", "company"
RMYY = ["建水县人民医院"]
RDCWH = ["建水县人民代表大会常务委员会", "建水县人大常委会"]
YZ = ["建水县第一中学", "建水一中"]
FY = ["建水县人民法院"]

ORGS = [
    O("[[县人民医院]]专家团队", RMYY, IN),
    O("昨天上午，[[县卫生健康局]]组织", ["建水县卫生健康局"], G),
    O("组织[[县人民医院]]、", RMYY, IN),
    O("、[[县中医医院]]的18名", ["建水县中医医院"], IN),
    O("本月18日，[[县十八届人大常委会]]第二十六次", RDCWH, G, OPT),           # in the session's name
    O("审议了[[县人民政府]]关于", ["建水县人民政府"], G),
    O("[[县十八届人大常委会]]举行", RDCWH, G, OPT),
    O("11月19日，[[县人民医院]]医生", RMYY, IN),
    O("（[[县人民医院]]供图）", RMYY, IN),
    O("由[[县教育体育局]]主办", ["建水县教育体育局"], G),
    O("在[[建水一中]]落下帷幕", YZ, IN),
    O("李 红 梅（[[建水县第一中学]]）", YZ, IN),
    O("（[[临安镇中心小学]]）", ["建水县临安镇中心小学", "临安镇中心小学"], IN),
    O("（[[建水县第二中学]]）", ["建水县第二中学"], IN),
    O("（[[曲江镇中心学校]]）", ["建水县曲江镇中心学校", "曲江镇中心学校"], IN),
    O("（[[建水县第四中学]]）", ["建水县第四中学"], IN),
    O("（[[西庄镇中心小学]]）", ["建水县西庄镇中心小学", "西庄镇中心小学"], IN),
    O("（[[南庄镇中心学校]]）", ["建水县南庄镇中心学校", "南庄镇中心学校"], IN),
    O("（[[建水县实验中学]]）", ["建水县实验中学"], IN),
    O("（[[临安镇第一小学]]）", ["建水县临安镇第一小学", "临安镇第一小学"], IN),
    O("记者从[[县文化和旅游局]]获悉", ["建水县文化和旅游局"], G),
    O("在[[建水紫陶文化产业园]]开幕", ["建水紫陶文化产业园"], IN, OPT),        # a site
    O("到[[县紫陶产业发展中心]]报名", ["建水县紫陶产业发展中心"], IN),
    O("须报[[县林业和草原局]]审批", ["建水县林业和草原局"], G),
    O("\n[[建水县人民政府]]\n", ["建水县人民政府"], G),
    O("[[建水县森林草原防灭火指挥部]]", ["建水县森林草原防灭火指挥部"], G),
    O("引进[[云南绿源农业科技有限公司]]建设", ["云南绿源农业科技有限公司"], CO),
    O("[[县融媒体中心]] 赵 磊 摄", ["建水县融媒体中心"], IN),
    O("[[县公安局交通警察大队]]昨天", ["建水县公安局交通警察大队"], G),
    O("[[县人力资源和社会保障局]]、", ["建水县人力资源和社会保障局"], G),
    O("、[[县就业服务中心]]将于", ["建水县就业服务中心"], IN),
    O("在[[县人力资源市场]]举办", ["建水县人力资源市场"], IN, OPT),            # a venue
    O("[[县市场监管局]]开展", ["建水县市场监督管理局"], G),
    O("高峰期，[[县市场监督管理局]]联合", ["建水县市场监督管理局"], G),
    O("联合[[县住房和城乡建设局]]于", ["建水县住房和城乡建设局"], G),
    O("昨天，[[县人民法院]]在南庄镇", FY, G),
    O("今年以来，[[县人民法院]]已开展", FY, G),
    O("我县与[[云南农业大学]]签订", ["云南农业大学"], IN),
    O("本月16日，[[县人民政府]]与", ["建水县人民政府"], G),
    O("与[[云南农业大学]]在昆明", ["云南农业大学"], IN),
    O("[[县应急管理局]]将在", ["建水县应急管理局"], G),
    O("[[县消防救援大队]]、", ["建水县消防救援大队"], G),
    O("、[[县森林消防专业队]]等", ["建水县森林消防专业队"], G),
    O("本报讯 [[县农业农村局]]消息", ["建水县农业农村局"], G),
]

C, P, M, T, L, A, W, X = ("count", "percent", "money", "duration", "length", "area", "weight", "other")
CNY = "CNY"
STATS = [
    S("的[[18名]]专家", "18", "名", C, "exact", "专家"),
    S("接诊群众[[320余人次]]", "320", "人次", C, "over", "接诊群众"),
    S("宣传资料[[1500余份]]", "1500", "份", C, "over", "健康宣传资料"),
    S("的[[86名]]教师", "86", "名", C, "exact", "参加决赛的教师"),
    S("一等奖[[2名]]", "2", "名", C, "exact", "一等奖"),
    S("二等奖[[3名]]", "3", "名", C, "exact", "二等奖"),
    S("三等奖[[4名]]", "4", "名", C, "exact", "三等奖"),
    S("为期[[5天]]", "5", "天", T, "exact", "文化节"),
    S("预计有[[120余家]]紫陶企业", "120", "家", C, "over", "参展紫陶企业"),
    S("林缘[[500米]]范围", "500", "米", L, "exact", "林区及林缘范围"),
    S("曲江镇[[2.6万亩]]冬早蔬菜", "26000", "亩", A, "exact", "冬早蔬菜"),
    S("日处理蔬菜[[200吨]]", "200", "吨", W, "exact", "蔬菜冷链分拣中心日处理蔬菜"),
    S("产值可达[[3.5亿元]]", "350000000", "元", M, "exact", "全镇冬早蔬菜产值", currency=CNY),
    S("工期[[约30天]]", "30", "天", T, "about", "工期"),
    S("届时将有[[45家]]企业", "45", "家", C, "exact", "企业"),
    S("就业岗位[[860余个]]", "860", "个", C, "over", "就业岗位"),
    S("月薪[[3000元]]至", "3000", "元", M, "exact", "月薪", currency=CNY),
    S("至[[8000元]]。", "8000", "元", M, "exact", "月薪", currency=CNY),
    S("[[45家]]企业本月28日", "45", "家", C, "exact", "企业"),
    S("燃气经营企业[[12家]]", "12", "家", C, "exact", "燃气经营企业"),
    S("餐饮场所[[146家]]", "146", "家", C, "exact", "餐饮场所"),
    S("安全隐患[[37处]]", "37", "处", C, "exact", "安全隐患"),
    S("违法案件[[2起]]", "2", "起", C, "exact", "违法案件"),
    S("[[近200名]]村民", "200", "名", C, "under", "旁听村民"),
    S("巡回审判[[46场次]]", "46", "场次", C, "exact", "巡回审判"),
    S("共建[[2个]]科技小院", "2", "个", C, "exact", "科技小院"),
    S("和[[1个]]产业研究院", "1", "个", C, "exact", "产业研究院"),
    S("未来[[3年]]合作", "3", "年", T, "exact", "合作期限", OPT),
    S("技术攻关项目[[10项以上]]", "10", "项", C, "over", "技术攻关项目"),
    S("等[[6支]]队伍", "6", "支", C, "exact", "队伍"),
    S("队伍[[约150人]]", "150", "人", C, "about", "参加演练人员"),
    S("每亩[[95.2元]]", "95.2", "元", M, "exact", "补贴标准", currency=CNY),
    S("补贴资金[[4860万元]]", "48600000", "元", M, "exact", "补贴资金", currency=CNY),
    S("惠及农户[[8.3万户]]", "83000", "户", C, "exact", "农户"),
]

EVENTS = [
    E("开展“健康义诊进乡村”活动", "activity", "开展", D19, location="面甸镇",
      organizers=["县卫生健康局"], participants=["县人民医院", "县中医医院"], theme="健康义诊进乡村"),
    E("发放健康宣传资料1500余份", "payout", "发放", D19, location="面甸镇", opt=True),        # part of the 义诊
    E("县人民医院医生在面甸镇为群众测量血压", "activity", "测量血压", D19, location="面甸镇", opt=True),  # the caption
    E("县十八届人大常委会第二十六次会议召开", "meeting", "召开", day("2025-11-18"),
      organizers=["县十八届人大常委会"]),
    E("表决通过了有关人事任免事项", "other", "表决通过", day("2025-11-18"), opt=True),
    E("教学技能大赛在建水一中落下帷幕", "competition", "大赛", D19, location="建水一中",
      organizers=["县教育体育局"]),
    E("共评出一等奖2名", "award", "评出", D19, organizers=["县教育体育局"]),
    E("将于下周二在建水紫陶文化产业园开幕", "activity", "开幕", TUE, location="建水紫陶文化产业园"),
    E("举办紫陶精品展", "exhibition", "展", TUE, opt=True),                                   # part of the festival
    E("到县紫陶产业发展中心报名", "registration", "报名", day("2025-11-24"),
      location="县紫陶产业发展中心", participants=["企业"]),
    E("禁止一切野外用火", "policy", "禁止", day("2025-12-01", "2026-05-31"),
      organizers=["建水县人民政府", "建水县森林草原防灭火指挥部"]),
    E("现就有关事项通告如下", "announcement", "通告", day("2025-11-18"), opt=True),            # the notice itself
    E("村民们正忙着采收", "production", "采收", location="白马村蔬菜基地"),
    E("村民在曲江镇白马村蔬菜基地采收西兰花", "production", "采收", day("2025-11-17"),
      location="曲江镇白马村蔬菜基地", opt=True),                                             # the caption
    E("引进云南绿源农业科技有限公司建设蔬菜冷链分拣中", "construction", "建设", year(2025),
      location="曲江镇", participants=["云南绿源农业科技有限公司"]),
    E("县公安局交通警察大队昨天发布通告", "announcement", "发布", D19,
      organizers=["县公安局交通警察大队"]),
    E("将于下周一起封闭施工", "traffic", "封闭施工", MON, location="县城迎晖路（朝阳楼至西门段）"),
    E("举办“就业援助月”专场招聘会", "recruitment", "招聘会", day("2025-11-28"), location="县人力资源市场",
      organizers=["县人力资源和社会保障局", "县就业服务中心"], theme="就业援助月"),
    E("开展燃气安全专项检查", "inspection", "检查", day("2025-11-17", "2025-11-19"),
      organizers=["县市场监督管理局", "县住房和城乡建设局"]),
    E("立案查处违法案件2起", "legal", "立案查处", day("2025-11-17", "2025-11-19"), opt=True),
    E("公开审理一起土地承包经营权纠纷案", "legal", "审理", D19, location="南庄镇羊街村",
      organizers=["县人民法院"]),
    E("当庭调解结案", "legal", "调解", D19, location="南庄镇羊街村", opt=True),               # part of the trial
    E("已开展巡回审判46场次", "legal", "巡回审判", year(2025), opt=True),                     # a year summary
    E("签订校地合作框架协议", "signing", "签订", day("2025-11-16"), location="昆明",
      organizers=["县人民政府"], participants=["云南农业大学"]),
    E("组织开展森林火灾应急演练", "training", "演练", WED, location="临安镇燕子洞景区",
      organizers=["县应急管理局"], participants=["县消防救援大队", "县森林消防专业队"]),
    E("已于本月14日开始发放", "payout", "发放", day("2025-11-14"), organizers=["县农业农村局"]),
    E("将于12月底前全部兑付到户", "payout", "兑付", xun(2025, 12, 2), opt=True),              # the same payout
]
