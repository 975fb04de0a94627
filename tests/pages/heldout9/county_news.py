"""沁源报, 沁源县融媒体中心 (沁源县, 长治市, 山西省), 2025-12-18 (a Thursday): a county paper page.
Features: a series label (`绿色沁源 实干争先`); a kicker over a title (`以赛促学 以学促用` / `全县中小学教师
教学技能大赛落幕`); a winners list in two label-colon lines (`一等奖：段 海 燕（沁源县第一中学）、…`, seven units
as organizations, town schools resolved with the county); a 通告 closing with two issuing bodies on their own
lines and a date line (`自2025年12月22日起至2026年1月20日止，对沁河大桥实行全封闭交通管制`: traffic); a caption
credited to the county media centre and a person (`县融媒体中心 任 志 刚 摄`) and one credited to an institution
only (`（县市场监管局供图）`); a paragraph broken after a comma (`…实际行动，` | `奋力完成…`) with another article,
its headline and a caption between; a paragraph broken mid-word (`燃气安全隐|患47处`) with a caption between;
five headlines after their bodies. County bodies resolve with the county (`县人社局` → 沁源县人力资源和社会保障局,
`县市场监管局`, `县法院`, `县人大常委会`, `团县委`, `县妇联`, `县政府`). Relative dates: `昨天上午`, `昨天`,
`截至昨天` = 12-17, `当天` (after `本月16日`; `启幕当天` = the 下周三), `下周二` = 12-23, `下周三` = 12-24,
`本月N日`, `本月15日至16日`, `本月24日至26日`, `本月上旬`, `明年1月上旬`, `明年2月下旬`; `近日`, `今年以来`, a year
in an exam's or subsidy's name optional. Events of many types (meeting, recruitment, competition, award, traffic,
inspection, legal, announcement, exam, payout, training, activity in quotes, launch); plans and parts of one
happening are optional.

Written at main commit ea30078, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, xun, year

PAPER = "沁源报"
PUBLISHED = "2025-12-18"
HOME = {"county": "沁源县", "city": "长治市", "province": "山西省"}

LAYOUT = [
    ("绿色沁源", "label", "A0"),
    ("县委理论学习中心组举行", "headline", "A0"),
    ("本报讯（记者 郭 晓 燕）昨天上午", "body", "A0"),       # breaks after a comma
    ("本报讯（通讯员 李 宏 伟）本月16日", "body", "A1"),
    ("52家企业提供", "headline", "A1"),                       # after its body
    ("12月16日，求职者", "caption", "P0"),                    # 县融媒体中心 任 志 刚 摄
    ("奋力完成全年", "body", "A0"),                           # the rest of A0's paragraph
    ("以赛促学", "headline", "A2"),                           # kicker
    ("全县中小学教师", "headline", "A2"),
    ("本报讯（通讯员 王 丽 萍）本月15日至16日", "body", "A2"),
    ("一等奖：", "body", "A2"),
    ("二等奖：", "body", "A2"),
    ("关于沁河大桥", "headline", "A3"),
    ("因沁河大桥", "body", "A3"),
    ("沁源县公安局交通警察大队", "body", "A3"),
    ("沁源县交通运输局", "body", "A3"),
    ("2025年12月17日", "body", "A3"),
    ("本报讯（记者 郭 晓 燕）本月15日起", "body", "A4"),      # breaks mid-word
    ("执法人员在沁河镇", "caption", "P1"),                    # （县市场监管局供图）
    ("患47处", "body", "A4"),                                 # the rest of A4's paragraph
    ("燃气安全专项检查", "headline", "A4"),                   # after its body
    ("县法院宣判", "headline", "A5"),
    ("本报讯（通讯员 牛 建 军）县人民法院", "body", "A5"),
    ("县人大常委会开展", "headline", "A6"),
    ("本报讯（通讯员 牛 建 军）本月11日", "body", "A6"),
    ("本报讯（通讯员 李 宏 伟）县人社局近日", "body", "A7"),
    ("县直事业单位招聘笔试", "headline", "A7"),               # after its body
    ("种粮农户领到", "headline", "A8"),
    ("本报讯（记者 任 志 刚）本月上旬", "body", "A8"),
    ("本报讯（通讯员 王 丽 萍）本月17日", "body", "A9"),
    ("基层医务人员", "headline", "A9"),                       # after its body
    ("本报讯（记者 任 志 刚）本月16日", "body", "A10"),
    ("县政府部署", "headline", "A10"),                        # after its body
    ("“文明实践进万家”走进", "headline", "A11"),
    ("本报讯（记者 郭 晓 燕）本月13日", "body", "A11"),
    ("“冰雪沁源”欢乐季", "headline", "A12"),
    ("本报讯（通讯员 王 丽 萍）记者从", "body", "A12"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["郭晓燕"])),
    "A1": dict(byline=byline(correspondents=["李宏伟"])),
    "A2": dict(byline=byline(correspondents=["王丽萍"])),
    "A3": dict(),
    "A4": dict(byline=byline(reporters=["郭晓燕"])),
    "A5": dict(byline=byline(correspondents=["牛建军"])),
    "A6": dict(byline=byline(correspondents=["牛建军"])),
    "A7": dict(byline=byline(correspondents=["李宏伟"])),
    "A8": dict(byline=byline(reporters=["任志刚"])),
    "A9": dict(byline=byline(correspondents=["王丽萍"])),
    "A10": dict(byline=byline(reporters=["任志刚"])),
    "A11": dict(byline=byline(reporters=["郭晓燕"])),
    "A12": dict(byline=byline(correspondents=["王丽萍"])),
}
JOINS = [("本报讯（记者 郭 晓 燕）昨天上午", "奋力完成全年"), ("本报讯（记者 郭 晓 燕）本月15日起", "患47处")]
PHOTOS = {
    "P0": dict(photographers=["任志刚"], article="A1"),
    "P1": dict(photographers=[], article="A4"),
}

D13, D15, D16, D17 = day("2025-12-13"), day("2025-12-15"), day("2025-12-16"), day("2025-12-17")
TUE, WED = day("2025-12-23"), day("2025-12-24")

DATES = [
    D("[[昨天上午]]，县委", D17),
    D("）[[本月16日]]，县人社局", D16),
    D("[[当天]]，现场达成", D16),
    D("[[下周二]]，县人社局", TUE),
    D("[[12月16日]]，求职者", D16),
    D("）[[本月15日至16日]]，由县", day("2025-12-15", "2025-12-16")),
    D("自[[2025年12月22日起至2026年1月20日]]止", day("2025-12-22", "2026-01-20")),
    D("交通运输局\n[[2025年12月17日]]", D17),
    D("）[[本月15日]]起，县市场", D15),
    D("截至[[昨天]]，已检查", D17),
    D("县人民法院[[昨天]]公开", D17),
    D("县人民法院[[今年]]审结", year(2025)),
    D("）[[本月11日至12日]]，县人大", day("2025-12-11", "2025-12-12")),
    D("县人社局[[近日]]发布", VAGUE),
    D("[[2026年]]县直事业单位", year(2026), OPT),                # in the exam's name
    D("笔试定于[[本月27日]]", day("2025-12-27")),
    D("笔试[[本月27日]]举行", day("2025-12-27")),
    D("于[[本月24日至26日]]登录", day("2025-12-24", "2025-12-26")),
    D("）[[本月上旬]]，县农业", xun(2025, 12, 0)),
    D("发放[[2025年度]]耕地", year(2025), OPT),                  # in the subsidy's name
    D("。[[今年]]全县粮食", year(2025)),
    D("）[[本月17日]]，县卫生", D17),
    D("）[[本月16日]]，县政府", D16),
    D("[[今冬明春]]森林防火", VAGUE),
    D("于[[明年1月上旬]]前", xun(2026, 1, 0)),
    D("[[今年以来]]，全县未发生", year(2025), OPT),
    D("）[[本月13日]]，团县委", D13),
    D("欢乐季[[下周三]]启幕", WED),
    D("将于[[下周三]]在花坡", WED),
    D("持续至[[明年2月下旬]]", xun(2026, 2, 2)),
    D("启幕[[当天]]，景区", WED),
]

G, PA, PE, IN, CO = "government", "party", "people", "institution", "company"
RSJ = ["沁源县人力资源和社会保障局", "沁源县人社局"]
SJJ = ["沁源县市场监督管理局", "沁源县市场监管局"]
FY = ["沁源县人民法院"]
RD = ["沁源县人民代表大会常务委员会", "沁源县人大常委会"]
ORGS = [
    O("[[县委理论学习中心组]]举行集体学习\n", ["中共沁源县委理论学习中心组"], PA),
    O("昨天上午，[[县委理论学习中心组]]举行", ["中共沁源县委理论学习中心组"], PA),
    O("本月16日，[[县人社局]]在", RSJ, G),
    O("在[[县人力资源市场]]举办", ["沁源县人力资源市场"], IN, OPT),   # a market place
    O("下周二，[[县人社局]]还将", RSJ, G),
    O("[[县融媒体中心]] 任", ["沁源县融媒体中心"], IN),
    O("由[[县教育局]]主办", ["沁源县教育局"], G),
    O("在[[县第一中学]]举行", ["沁源县第一中学"], IN),
    O("（[[沁源县第一中学]]）", ["沁源县第一中学"], IN),
    O("（[[县实验小学]]）", ["沁源县实验小学"], IN),
    O("（[[沁河镇中心学校]]）", ["沁源县沁河镇中心学校", "沁河镇中心学校"], IN),
    O("（[[县职业中学]]）", ["沁源县职业中学"], IN),
    O("（[[郭道镇中心学校]]）", ["沁源县郭道镇中心学校", "郭道镇中心学校"], IN),
    O("（[[县第二中学]]）", ["沁源县第二中学"], IN),
    O("（[[王和镇中心学校]]）", ["沁源县王和镇中心学校", "王和镇中心学校"], IN),
    O("[[沁源县公安局交通警察大队]]", ["沁源县公安局交通警察大队"], G),
    O("[[沁源县交通运输局]]", ["沁源县交通运输局"], G),
    O("本月15日起，[[县市场监管局]]联合", SJJ, G),
    O("联合[[县消防救援大队]]开展", ["沁源县消防救援大队"], G),
    O("（[[县市场监管局]]供图）", SJJ, G),
    O("[[县法院]]宣判", FY, G),
    O("）[[县人民法院]]昨天", FY, G),
    O("该案系[[县人民法院]]今年", FY, G),
    O("[[县人大常委会]]开展营商", RD, G),
    O("，[[县人大常委会]]执法检查组", RD, G),
    O("深入[[县经济技术开发区]]", ["沁源经济技术开发区", "沁源县经济技术开发区"], G, OPT),   # a place here
    O("）[[县人社局]]近日", RSJ, G),
    O("在[[县第二中学]]举行", ["沁源县第二中学"], IN),
    O("登录[[沁源县人民政府网站]]", ["沁源县人民政府网站"], G, OPT),                     # a website
    O("，[[县农业农村局]]通过", ["沁源县农业农村局"], G),
    O("，[[县卫生健康局]]在", ["沁源县卫生健康局"], G),
    O("在[[县人民医院]]举办", ["沁源县人民医院"], IN),
    O("。[[县人民医院急诊科]]专家", ["沁源县人民医院急诊科"], IN),
    O("，[[县政府]]召开", ["沁源县人民政府"], G),
    O("[[县政府]]部署", ["沁源县人民政府"], G),
    O("[[团县委]]、县妇联", ["共青团沁源县委员会"], PE),
    O("、[[县妇联]]在", ["沁源县妇女联合会"], PE),
    O("在[[沁河镇新时代文明实践所]]开展", ["沁源县沁河镇新时代文明实践所", "沁河镇新时代文明实践所"], IN),
    O("记者从[[县文化和旅游局]]获悉", ["沁源县文化和旅游局"], G),
]

C, P, M, T, A, W = "count", "percent", "money", "duration", "area", "weight"
CNY = "CNY"
STATS = [
    S("等[[40余人]]参加", "40", "人", C, "over", "参加学习人员"),
    S("，[[52家]]企业进场", "52", "家", C, "exact", "进场招聘企业"),
    S("等岗位[[1300余个]]", "1300", "个", C, "over", "提供岗位"),
    S("就业意向[[386人]]", "386", "人", C, "exact", "现场达成就业意向"),
    S("[[52家]]企业提供", "52", "家", C, "exact", "企业"),
    S("提供岗位[[1300余个]]", "1300", "个", C, "over", "岗位"),
    S("的[[68名]]教师", "68", "名", C, "exact", "参赛教师"),
    S("答辩[[3个]]环节", "3", "个", C, "exact", "比拼环节"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[4名]]", "4", "名", C, "exact", "二等奖"),
    S("为期[[半个月]]", "0.5", "月", T, "exact", "冬季燃气安全专项检查", OPT),    # a written-out duration
    S("经营场所[[216家]]", "216", "家", C, "exact", "已检查经营场所"),
    S("\n患[[47处]]", "47", "处", C, "exact", "排查整改燃气安全隐患"),
    S("责令[[3家]]经营场所", "3", "家", C, "exact", "停业整改经营场所"),
    S("整改隐患[[47处]]", "47", "处", C, "exact", "整改隐患"),
    S("煤炭[[1200余吨]]", "1200", "吨", W, "over", "私挖煤炭"),
    S("有期徒刑[[三年]]", "3", "年", T, "exact", "有期徒刑", OPT),                 # a sentence
    S("罚金[[10万元]]", "100000", "元", M, "exact", "罚金", currency=CNY),
    S("违法所得[[42万元]]", "420000", "元", M, "exact", "违法所得", currency=CNY),
    S("走访企业[[12家]]", "12", "家", C, "exact", "走访企业"),
    S("座谈会[[2场]]", "2", "场", C, "exact", "召开座谈会"),
    S("意见建议[[23条]]", "23", "条", C, "exact", "收集意见建议"),
    S("岗位[[58个]]", "58", "个", C, "exact", "招聘岗位"),
    S("共有[[1026人]]通过", "1026", "人", C, "exact", "通过资格审查人数"),
    S("全县[[1.8万户]]", "18000", "户", C, "exact", "种粮农户"),
    S("补贴[[1560万元]]", "15600000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    S("每亩[[110元]]", "110", "元", M, "exact", "补贴标准", currency=CNY),
    S("播种面积达[[14.2万亩]]", "142000", "亩", A, "exact", "全县粮食播种面积"),
    S("总产量[[6.3万吨]]", "63000", "吨", W, "exact", "粮食总产量"),
    S("同比增长[[2.7%]]", "2.7", "%", P, "exact", "粮食总产量", change=up()),
    S("全县[[14个]]乡镇卫生院", "14", "个", C, "exact", "乡镇卫生院"),
    S("的[[96名]]医务人员", "96", "名", C, "exact", "参加培训医务人员"),
    S("扑火队员[[320名]]", "320", "名", C, "exact", "专业扑火队员"),
    S("扑火机具[[1100余台]]", "1100", "台", C, "over", "扑火机具"),
    S("，[[50余名]]志愿者", "50", "名", C, "over", "志愿者"),
    S("宣传资料[[800余份]]", "800", "份", C, "over", "发放宣传资料"),
    S("为[[12户]]困难家庭", "12", "户", C, "exact", "困难家庭"),
    S("等[[12项]]活动", "12", "项", C, "exact", "欢乐季活动"),
]

EVENTS = [
    E("县委理论学习中心组举行集体学习，专题学习", "meeting", "举行", D17, organizers=["县委理论学习中心组"]),
    E("举办“冬季送岗位”专场招聘会", "recruitment", "招聘会", D16, location="县人力资源市场",
      organizers=["县人社局"], theme="冬季送岗位"),
    E("在郭道镇举办乡村专场招聘会", "recruitment", "招聘会", TUE, location="郭道镇", organizers=["县人社局"]),
    E("教学技能大赛在县第一中学举行", "competition", "举行", day("2025-12-15", "2025-12-16"),
      location="县第一中学", organizers=["县教育局"]),
    E("共评出一等奖3名", "award", "评出", day("2025-12-15", "2025-12-16"), organizers=["县教育局"]),
    E("对沁河大桥实行全封闭交通管制", "traffic", "交通管制", day("2025-12-22", "2026-01-20"),
      location="沁河大桥", organizers=["沁源县公安局交通警察大队", "沁源县交通运输局"]),
    E("因沁河大桥维修加固施工需要", "construction", "施工", opt=True),                  # the cause, told once
    E("开展为期半个月的冬季燃气安全专项检查", "inspection", "检查", D15,
      organizers=["县市场监管局", "县消防救援大队"]),
    E("责令3家经营场所停业整改", "legal", "责令", opt=True),                             # part of the check
    E("县人民法院昨天公开宣判一起非法采矿案", "legal", "宣判", D17, organizers=["县人民法院"]),
    E("对《山西省优化营商环境条例》贯彻实施情况开展执法检查", "inspection", "执法检查",
      day("2025-12-11", "2025-12-12"), location="县经济技术开发区、灵空山镇", organizers=["县人大常委会"]),
    E("召开座谈会2场", "meeting", "座谈会", opt=True),                                    # part of the check
    E("县人社局近日发布公告", "announcement", "发布", organizers=["县人社局"]),
    E("笔试定于本月27日在县第二中学举行", "exam", "笔试", day("2025-12-27"), location="县第二中学",
      organizers=["县人社局"]),
    E("发放2025年度耕地地力保护补贴1560万元", "payout", "发放", xun(2025, 12, 0), organizers=["县农业农村局"],
      participants=["种粮农户"]),
    E("举办基层医生急救技能培训班", "training", "培训班", D17, location="县人民医院",
      organizers=["县卫生健康局"]),
    E("召开全县冬春季森林防火工作会议", "meeting", "召开", D16, organizers=["县政府"]),
    E("完成防火隔离带清理", "other", "清理", xun(2026, 1, 0), opt=True),                 # a plan
    E("开展“文明实践进万家”志愿服务活动", "activity", "开展", D13, location="沁河镇新时代文明实践所",
      organizers=["团县委", "县妇联"], theme="文明实践进万家"),
    E("为12户困难家庭送去", "visit", "送去", D13, opt=True),                               # part of the activity
    E("欢乐季将于下周三在花坡景区启幕", "activity", "启幕", WED, location="花坡景区", theme="冰雪沁源"),
    E("景区对全县环卫工人、教师免收门票", "schedule", "免收门票", WED, opt=True),
]
