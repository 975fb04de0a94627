"""垫江日报, 垫江县融媒体中心 (垫江县, 重庆市), 2025-12-17 (a Wednesday): a county paper page.
Features: a series label (`聚焦民生实事`); kickers over titles (`技能强县 就业暖心` /
`县人社局举办冬季返乡人员技能培训`, `以赛促教 以赛促研` / `全县中小学青年教师教学竞赛落幕`); a winners list in
label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, schools as organizations); a 通告 with numbered articles, two
issuing bodies on their own lines and a date line (`全封闭施工` from `2025年12月20日起至2026年1月31日`: traffic); a
caption credited to the county media centre and a person (`县融媒体中心 冉 晓 东 摄`) and one credited to an institution
only (`（县农业农村委供图）`); a paragraph broken after a comma (`…培训返乡人员860余人次，` | `其中415人…`) with another
article, its headline and a caption between; a paragraph broken mid-word (`监督检|查力度`) with a caption between;
headlines after their bodies. County bodies resolve with the county (`县人社局`, `县教委`, `县农业农村委`,
`县住房城乡建委`, `团县委`, `县法院`, `县政府`). Relative dates: `本月上旬`, `昨天上午`, `昨天` = 12-16, `当天` (after
`昨天`), `下周三` = 12-24, `下周六` = 12-27, `本月X日`, `明年4月`, `上年`, `今年`; `近日`, `今冬明春` optional with no
value. Events of many types; parts of one happening are optional.

Written at main commit d1fa0ba, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "垫江日报"
PUBLISHED = "2025-12-17"
HOME = {"county": "垫江县", "province": "重庆市"}

LAYOUT = [
    ("聚焦民生实事", "label", "C0"),
    ("技能强县", "headline", "C0"),                         # kicker
    ("县人社局举办冬季", "headline", "C0"),
    ("本报讯（记者 周 小 梅 通讯员", "body", "C0"),         # breaks after a comma
    ("本报讯（记者 刘 建 军）昨天上午", "body", "C1"),
    ("县委常委会召开会议", "headline", "C1"),               # after its body
    ("12月15日，学员", "caption", "P0"),                    # 县融媒体中心 冉 晓 东 摄
    ("其中415人", "body", "C0"),                            # the rest of C0's paragraph
    ("以赛促教", "headline", "C2"),                         # kicker
    ("全县中小学青年教师", "headline", "C2"),
    ("本报讯（通讯员 陈 静）本月12日", "body", "C2"),
    ("一等奖：", "body", "C2"),
    ("二等奖：", "body", "C2"),
    ("三等奖：", "body", "C2"),
    ("县教委将推荐", "body", "C2"),
    ("关于工农路", "headline", "C3"),
    ("为保障桂溪街道", "body", "C3"),
    ("一、自2025年", "body", "C3"),
    ("二、过往车辆", "body", "C3"),
    ("三、对违反", "body", "C3"),
    ("垫江县公安局", "body", "C3"),
    ("垫江县住房和城乡", "body", "C3"),
    ("2025年12月15日", "body", "C3"),
    ("本报讯（记者 刘 建 军）县市场监管局", "body", "C4"),  # breaks mid-word
    ("澄溪镇万亩", "caption", "P1"),                        # （县农业农村委供图）
    ("查力度。", "body", "C4"),                             # the rest of C4's paragraph
    ("县市场监管局开展", "headline", "C4"),                 # after its body
    ("县法院审结", "headline", "C5"),
    ("本报讯（通讯员 何 玉 兰）县人民法院", "body", "C5"),
    ("县长带队督查", "headline", "C6"),
    ("本报讯（记者 周 小 梅）本月13日", "body", "C6"),
    ("本报讯（记者 周 小 梅）2025年", "body", "C7"),
    ("事业单位招聘笔试", "headline", "C7"),                 # after its body
    ("“暖冬送温暖”", "headline", "C8"),
    ("本报讯（通讯员 陈 静）团县委", "body", "C8"),
    ("本报讯（通讯员 何 玉 兰）县农业", "body", "C9"),
    ("9650万元", "headline", "C9"),                         # after its body
    ("本报讯（通讯员 谭 国 华）本月14日", "body", "C10"),
    ("县人民医院专家", "headline", "C10"),                  # after its body
    ("县政府召开", "headline", "C11"),
    ("本报讯（记者 刘 建 军）本月15日", "body", "C11"),
    ("本报讯（记者 冉 晓 东）昨天", "body", "C12"),
    ("新市社区党群", "headline", "C12"),                    # after its body
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["周小梅"], correspondents=["谭国华"])),
    "C1": dict(byline=byline(reporters=["刘建军"])),
    "C2": dict(byline=byline(correspondents=["陈静"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["刘建军"])),
    "C5": dict(byline=byline(correspondents=["何玉兰"])),
    "C6": dict(byline=byline(reporters=["周小梅"])),
    "C7": dict(byline=byline(reporters=["周小梅"])),
    "C8": dict(byline=byline(correspondents=["陈静"])),
    "C9": dict(byline=byline(correspondents=["何玉兰"])),
    "C10": dict(byline=byline(correspondents=["谭国华"])),
    "C11": dict(byline=byline(reporters=["刘建军"])),
    "C12": dict(byline=byline(reporters=["冉晓东"])),
}
JOINS = [("本报讯（记者 周 小 梅 通讯员", "其中415人"), ("本报讯（记者 刘 建 军）县市场监管局", "查力度。")]
PHOTOS = {
    "P0": dict(photographers=["冉晓东"], article="C0"),
    "P1": dict(photographers=[], article=None),
}

D16, D15 = day("2025-12-16"), day("2025-12-15")

DATES = [
    D("）[[本月上旬]]，县人社局", xun(2025, 12, 0)),
    D("）[[昨天上午]]，县委常委会", D16),
    D("研究部署[[今冬明春]]安全生产", VAGUE),
    D("[[12月15日]]，学员", D15),
    D("，[[下周三]]起将在", day("2025-12-24")),
    D("）[[本月12日]]，由县教委", day("2025-12-12")),
    D("参加[[明年4月]]举行", month(2026, 4)),
    D("自[[2025年12月20日起至2026年1月31日]]止", day("2025-12-20", "2026-01-31")),
    D("建设委员会\n[[2025年12月15日]]", D15),
    D("县市场监管局[[本月8日至12日]]开展", day("2025-12-08", "2025-12-12")),
    D("县人民法院[[本月10日]]公开", day("2025-12-10")),
    D("）[[本月13日]]，县政府", day("2025-12-13")),
    D("）[[2025年]]垫江县第二批", year(2025), OPT),                   # a year in the exam's name
    D("笔试将于[[本月21日]]在", day("2025-12-21")),
    D("笔试[[本月21日]]开考", day("2025-12-21")),
    D("可于[[本月18日至20日]]登录", day("2025-12-18", "2025-12-20")),
    D("活动[[下周六]]启动", day("2025-12-27")),
    D("将于[[下周六]]在", day("2025-12-27")),
    D("农业农村委[[近日]]完成", VAGUE),
    D("完成[[2025年]]耕地地力", year(2025)),
    D("较[[上年]]增加", year(2024)),
    D("。[[今年]]补贴标准", year(2025)),
    D("）[[本月14日]]，县人民医院", day("2025-12-14")),
    D("）[[本月15日]]，县政府", D15),
    D("《垫江县[[2026年]]重点", year(2026), OPT),                     # in a document title
    D("确保[[明年6月底]]前完工", month(2026, 6), OPT),                 # the end of a month, a deadline
    D("，[[今冬明春]]全县计划", VAGUE),
    D("）[[昨天]]，桂溪街道", D16),
    D("。[[当天]]，街道", D16),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["垫江县人力资源和社会保障局", "重庆市垫江县人力资源和社会保障局"]
NYW = ["垫江县农业农村委员会", "重庆市垫江县农业农村委员会"]
JW = ["垫江县教育委员会", "重庆市垫江县教育委员会"]
ZJW = ["垫江县住房和城乡建设委员会", "重庆市垫江县住房和城乡建设委员会"]
SJJ = ["垫江县市场监督管理局", "重庆市垫江县市场监督管理局"]
FY = ["垫江县人民法院", "重庆市垫江县人民法院"]
ZF = ["垫江县人民政府", "重庆市垫江县人民政府"]
CWH = ["中共垫江县委常委会", "中共垫江县委员会常务委员会", "中共重庆市垫江县委常委会"]
DJZX = ["垫江中学", "重庆市垫江中学"]
RMYY = ["垫江县人民医院", "重庆市垫江县人民医院"]
ORGS = [
    O("[[县人社局]]举办冬季", RSJ, G),
    O("）本月上旬，[[县人社局]]联合", RSJ, G),
    O("联合[[县农业农村委]]在", NYW, G),
    O("）昨天上午，[[县委常委会]]召开", CWH, PA),
    O("传达学习[[市委]]六届", ["中共重庆市委", "中国共产党重庆市委员会"], PA, OPT),   # in a session's name
    O("\n[[县委常委会]]召开会议", CWH, PA),
    O("学员在[[县职业教育中心]]进行", ["垫江县职业教育中心"], IN, OPT),               # a site in a caption
    O("[[县融媒体中心]] 冉", ["垫江县融媒体中心"], IN),
    O("。[[县人社局]]表示", RSJ, G),
    O("在[[县人力资源市场]]举办", ["垫江县人力资源市场"], IN, OPT),                   # a venue
    O("由[[县教委]]、县教师", JW, G),
    O("、[[县教师发展中心]]主办", ["垫江县教师发展中心"], IN),
    O("竞赛在[[垫江中学]]举行", DJZX, IN),
    O("（[[垫江第一中学]]）", ["垫江第一中学", "重庆市垫江第一中学"], IN),
    O("（[[桂溪小学]]）", ["垫江县桂溪小学", "桂溪小学"], IN),
    O("（[[澄溪镇中心小学]]）", ["垫江县澄溪镇中心小学", "澄溪镇中心小学"], IN),
    O("（[[垫江中学]]）", DJZX, IN),
    O("（[[砚台镇中学]]）", ["垫江县砚台镇中学", "砚台镇中学"], IN),
    O("（[[高安镇中心小学]]）", ["垫江县高安镇中心小学", "高安镇中心小学"], IN),
    O("[[县教委]]将推荐", JW, G),
    O("[[垫江县公安局交通巡逻警察大队]]", ["垫江县公安局交通巡逻警察大队", "重庆市垫江县公安局交通巡逻警察大队"], G),
    O("[[垫江县住房和城乡建设委员会]]", ZJW, G),
    O("（记者 刘 建 军）[[县市场监管局]]本月8日", SJJ, G),
    O("（[[县农业农村委]]供图）", NYW, G),
    O("\n[[县市场监管局]]开展食品", SJJ, G),
    O("[[县法院]]审结", FY, G),
    O("[[县人民法院]]本月10日", FY, G),
    O("，[[县政府]]主要负责人", ZF, G),
    O("在[[垫江第五中学]]考点", ["垫江第五中学", "重庆市垫江第五中学"], IN, OPT),    # an exam site
    O("登录[[县人社局网站]]", ["垫江县人力资源和社会保障局网站"], IN, OPT),          # a website
    O("）[[团县委]]、县妇联", ["共青团垫江县委员会"], PE),
    O("、[[县妇联]]将于", ["垫江县妇女联合会"], PE),
    O("）[[县农业农村委]]近日", NYW, G),
    O("，[[县人民医院]]联合", RMYY, IN),
    O("联合[[县中医院]]组织", ["垫江县中医院", "重庆市垫江县中医院"], IN),
    O("\n[[县人民医院]]专家", RMYY, IN),
    O("\n[[县政府]]召开第五十八次", ZF, G),
    O("）本月15日，[[县政府]]召开", ZF, G),
    O("，[[县住房城乡建委]]要", ZJW, G),
    O("）昨天，[[桂溪街道新市社区]]党群", ["垫江县桂溪街道新市社区", "桂溪街道新市社区"], CM),
    O("\n[[新市社区]]党群服务中心投入", ["垫江县桂溪街道新市社区", "新市社区"], CM),
]

C, P, M, T, A, L, W = "count", "percent", "money", "duration", "area", "length", "weight"
CNY = "CNY"
STATS = [
    S("等[[4个]]镇街", "4", "个", C, "exact", "开展培训的镇街"),
    S("培训班[[12期]]", "12", "期", C, "exact", "培训班"),
    S("返乡人员[[860余人次]]", "860", "人次", C, "over", "培训返乡人员"),
    S("其中[[415人]]", "415", "人", C, "exact", "取得职业技能等级证书"),
    S("共计[[13.2万元]]", "132000", "元", M, "exact", "培训补贴", currency=CNY),
    S("提供岗位[[1200余个]]", "1200", "个", C, "over", "专场招聘会提供岗位"),
    S("的[[38名]]青年教师", "38", "名", C, "exact", "参赛青年教师"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[5名]]", "5", "名", C, "exact", "二等奖"),
    S("三等奖[[8名]]", "8", "名", C, "exact", "三等奖"),
    S("中学）等[[5人]]", "5", "人", C, "exact", "二等奖"),
    S("小学）等[[8人]]", "8", "人", C, "exact", "三等奖"),
    S("农贸市场[[6个]]", "6", "个", C, "exact", "检查农贸市场"),
    S("餐饮单位[[142家]]", "142", "家", C, "exact", "检查餐饮单位"),
    S("食品样品[[85批次]]", "85", "批次", C, "exact", "抽检食品样品"),
    S("整改问题[[31个]]", "31", "个", C, "exact", "发现并整改问题"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑"),
    S("罚金[[3万元]]", "30000", "元", M, "exact", "罚金", currency=CNY),
    S("已向[[32名]]农民工", "32", "名", C, "exact", "农民工"),
    S("拖欠工资[[46.8万元]]", "468000", "元", M, "exact", "支付拖欠工资", currency=CNY),
    S("落实[[24小时]]值班", "24", "小时", T, "exact", "值班制度", OPT),            # in a rule's name
    S("扑火队[[15支]]", "15", "支", C, "exact", "森林防火专业扑火队"),
    S("队员[[420人]]", "420", "人", C, "exact", "扑火队队员"),
    S("招聘岗位[[45个]]", "45", "个", C, "exact", "招聘岗位"),
    S("共有[[1368人]]报名", "1368", "人", C, "exact", "报名人数"),
    S("组织[[100名]]志愿者", "100", "名", C, "exact", "志愿者"),
    S("全县[[120户]]困难家庭", "120", "户", C, "exact", "困难家庭"),
    S("全县[[8.6万户]]农户", "86000", "户", C, "exact", "农户"),
    S("补贴资金[[9650.3万元]]", "96503000", "元", M, "exact", "耕地地力保护补贴资金", currency=CNY),
    S("增加[[126.5万元]]", "1265000", "元", M, "exact", "耕地地力保护补贴资金", change=up("上年"),
      currency=CNY),
    S("每亩[[105元]]", "105", "元", M, "exact", "补贴标准", currency=CNY),
    S("耕地面积[[91.9万亩]]", "919000", "亩", A, "exact", "涉及耕地面积"),
    S("[[9650万元]]耕地", "96500000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    S("组织[[20余名]]专家", "20", "名", C, "over", "专家"),
    S("健康手册[[600余份]]", "600", "份", C, "over", "发放健康手册"),
    S("接诊群众[[350余人次]]", "350", "人次", C, "over", "接诊群众"),
    S("计划投资[[2.3亿元]]", "230000000", "元", M, "exact", "冬春农田水利建设计划投资", currency=CNY),
    S("山坪塘[[320口]]", "320", "口", C, "exact", "新建和整治山坪塘"),
    S("服务窗口[[6个]]", "6", "个", C, "exact", "服务窗口"),
    S("等事项[[48项]]", "48", "项", C, "exact", "可办理事项"),
    S("周边居民[[2.1万人]]", "21000", "人", C, "exact", "辐射周边居民"),
    S("接待群众[[300余人次]]", "300", "人次", C, "over", "日均接待群众"),
]

EVENTS = [
    E("开展冬季返乡人员职业技能培训", "training", "培训", xun(2025, 12, 0), location="澄溪镇、高安镇等4个镇街",
      organizers=["县人社局", "县农业农村委"], participants=["返乡人员"]),
    E("县委常委会召开会议，", "meeting", "召开", D16, organizers=["县委常委会"]),
    E("进行电工实操训练", "training", "训练", D15, location="县职业教育中心", opt=True),     # part of the training
    E("发放培训补贴共计13.2万元", "payout", "发放", xun(2025, 12, 0), organizers=["县人社局"]),
    E("举办“春风行动”专场招聘会", "recruitment", "招聘会", day("2025-12-24"), location="县人力资源市场",
      organizers=["县人社局"], theme="春风行动"),
    E("青年教师教学竞赛在垫江中学举行决赛", "competition", "竞赛", day("2025-12-12"), location="垫江中学",
      organizers=["县教委", "县教师发展中心"], participants=["青年教师"]),
    E("竞赛共评出一等奖3名", "award", "评出", day("2025-12-12"), organizers=["县教委", "县教师发展中心"]),
    E("参加明年4月举行的全市青年教师教学竞赛", "competition", "竞赛", month(2026, 4), opt=True),  # a plan
    E("全封闭施工，禁止机动车通行", "traffic", "全封闭施工", day("2025-12-20", "2026-01-31"),
      location="工农路（人民路口至新华路口段）",
      organizers=["垫江县公安局交通巡逻警察大队", "垫江县住房和城乡建设委员会"]),
    E("工农路雨污分流改造工程", "construction", "改造工程", opt=True),                       # told in passing
    E("开展冬季食品安全专项检查，", "inspection", "检查", day("2025-12-08", "2025-12-12"),
      organizers=["县市场监管局"]),
    E("公开开庭审理一起拒不支付劳动报酬案", "legal", "审理", day("2025-12-10"), organizers=["县人民法院"]),
    E("当庭宣判被告人李某", "legal", "宣判", day("2025-12-10"), organizers=["县人民法院"], opt=True),  # the same trial
    E("督查冬季森林防火工作，", "inspection", "督查", day("2025-12-13"), location="明月山林区",
      organizers=["县政府"]),
    E("笔试将于本月21日在垫江第五中学考点举行", "exam", "笔试", day("2025-12-21"), location="垫江第五中学考点"),
    E("登录县人社局网站打印准考证", "other", "打印准考证", day("2025-12-18", "2025-12-20"), opt=True),
    E("开展“暖冬送温暖”志愿服务活动，", "activity", "志愿服务", day("2025-12-27"), location="牡丹广场",
      organizers=["团县委", "县妇联"], participants=["志愿者"], theme="暖冬送温暖"),
    E("耕地地力保护补贴发放工作", "payout", "发放", None, organizers=["县农业农村委"], participants=["农户"]),
    E("开展“健康进万家”义诊活动", "activity", "义诊", day("2025-12-14"), location="沙坪镇",
      organizers=["县人民医院", "县中医院"], theme="健康进万家"),
    E("县政府召开第五十八次常务会议，", "meeting", "召开", D15, organizers=["县政府"]),
    E("审议通过了《垫江县冬春农田水利建设实施方案》", "policy", "审议通过", D15, organizers=["县政府"], opt=True),
    E("党群服务中心正式投入使用", "launch", "投入使用", D16, location="桂溪街道新市社区"),
    E("开展了“法律进社区”普法宣传活动", "activity", "开展", D16, location="桂溪街道新市社区党群服务中心",
      organizers=["街道"], theme="法律进社区"),
]
