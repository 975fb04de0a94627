"""汪清报, 汪清县融媒体中心 (汪清县, 延边朝鲜族自治州, 吉林省), 2025-12-18 (a Thursday): a county paper page.
Features: a 通告 at the top of the page with three numbered articles, two issuing bodies on their own lines and a date
line (`实行交通管制` from `2025年12月20日起至2026年3月15日`, `每日凌晨2时至6时`: traffic); a series label
(`林海雪原·冬日民生`) and a kicker over a title (`冬闲变冬忙 技能添底气` / `县人社局开展农村劳动力转移就业培训`); a
winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`; the schools in parentheses are organizations),
its headline above the item; a caption credited to the county media centre and a person (`县融媒体中心 金 成 浩 摄`) and
one credited to an institution only (`（县农业农村局供图）`); a paragraph broken after a comma (`…960余人次，` |
`其中512人…`) with another article (body and headline after it) and a caption between; a paragraph broken mid-word
(`抽检频|次`) with a caption between; headlines after their bodies. County bodies resolve with the county (`县人社局`,
`县教育局`, `县农业农村局`, `县市场监管局`, `县法院`, `县政府`, `团县委`, `县妇联`, `县十八届人大常委会`,
`县应急管理局`, `县林业局`, `县森林消防大队`); `州委` (in a plenum's name) optional. Relative dates: `本月上旬`, `上旬`,
`昨天上午`, `昨天下午`, `昨天` = 12-17, `当天` (after `昨天下午`), `下周三` = 12-24, `下周六` = 12-27, `本月X日`,
`明年4月`, `明年1月17日`, `3月2日` (2026, after `明年1月17日`), `上年`, `今年`; `近日`, `日前`, `目前`, `每日…`,
`2025—2026学年度` optional with no value. Events of many types; parts of one happening, plans and captions are optional.

Written at main commit 0410d78, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "汪清报"
PUBLISHED = "2025-12-18"
HOME = {"county": "汪清县", "city": "延边朝鲜族自治州", "province": "吉林省"}

LAYOUT = [
    ("关于县城主要街路", "headline", "C0"),
    ("为保障冬季除雪", "body", "C0"),
    ("一、自2025年", "body", "C0"),
    ("二、管制期间", "body", "C0"),
    ("三、对违反", "body", "C0"),
    ("汪清县公安局", "body", "C0"),
    ("汪清县住房", "body", "C0"),
    ("2025年12月16日", "body", "C0"),
    ("林海雪原·冬日民生", "label", "C1"),
    ("冬闲变冬忙", "headline", "C1"),                       # kicker
    ("县人社局开展农村", "headline", "C1"),
    ("本报讯（记者 金 成 浩 通讯员", "body", "C1"),         # breaks after a comma
    ("本报讯（记者 朴 英 杰）昨天上午", "body", "C2"),
    ("县委常委会研究部署", "headline", "C2"),               # after its body
    ("12月10日，学员", "caption", "P0"),                    # 县融媒体中心 金 成 浩 摄
    ("其中512人", "body", "C1"),                            # the rest of C1's paragraph
    ("县教育局举办", "headline", "C3"),
    ("本报讯（通讯员 李 春 花）本月12日", "body", "C3"),
    ("一等奖：", "body", "C3"),
    ("二等奖：", "body", "C3"),
    ("三等奖：", "body", "C3"),
    ("县教育局将推荐", "body", "C3"),
    ("本报讯（记者 朴 英 杰）县市场监管局", "body", "C4"),  # breaks mid-word
    ("罗子沟镇冷棚", "caption", "P1"),                      # （县农业农村局供图）
    ("次，守护群众", "body", "C4"),                         # the rest of C4's paragraph
    ("县市场监管局开展", "headline", "C4"),                 # after its body
    ("县法院公开宣判", "headline", "C5"),
    ("本报讯（通讯员 崔 美 兰）县人民法院", "body", "C5"),
    ("本报讯（记者 金 成 浩）本月15日", "body", "C6"),
    ("县领导检查", "headline", "C6"),                       # after its body
    ("事业单位招聘面试", "headline", "C7"),
    ("本报讯（通讯员 李 春 花）汪清县2025年", "body", "C7"),
    ("本报讯（通讯员 崔 美 兰）县农业农村局", "body", "C8"),
    ("2860万元", "headline", "C8"),                         # after its body
    ("“冰雪暖边城”", "headline", "C9"),
    ("本报讯（通讯员 李 春 花）团县委", "body", "C9"),
    ("县十八届人大常委会召开", "headline", "C10"),
    ("本报讯（记者 朴 英 杰）县十八届", "body", "C10"),
    ("本报讯（记者 金 成 浩）昨天，", "body", "C11"),
    ("县城至罗子沟镇公交", "headline", "C11"),              # after its body
    ("县应急管理局组织", "headline", "C12"),
    ("本报讯（通讯员 崔 美 兰）县应急", "body", "C12"),
    ("全县中小学明年", "headline", "C13"),
    ("本报讯（通讯员 李 春 花）县教育局", "body", "C13"),
]

ARTICLES = {
    "C0": dict(),
    "C1": dict(byline=byline(reporters=["金成浩"], correspondents=["崔美兰"])),
    "C2": dict(byline=byline(reporters=["朴英杰"])),
    "C3": dict(byline=byline(correspondents=["李春花"])),
    "C4": dict(byline=byline(reporters=["朴英杰"])),
    "C5": dict(byline=byline(correspondents=["崔美兰"])),
    "C6": dict(byline=byline(reporters=["金成浩"])),
    "C7": dict(byline=byline(correspondents=["李春花"])),
    "C8": dict(byline=byline(correspondents=["崔美兰"])),
    "C9": dict(byline=byline(correspondents=["李春花"])),
    "C10": dict(byline=byline(reporters=["朴英杰"])),
    "C11": dict(byline=byline(reporters=["金成浩"])),
    "C12": dict(byline=byline(correspondents=["崔美兰"])),
    "C13": dict(byline=byline(correspondents=["李春花"])),
}
JOINS = [("本报讯（记者 金 成 浩 通讯员", "其中512人"), ("本报讯（记者 朴 英 杰）县市场监管局", "次，守护群众")]
PHOTOS = {
    "P0": dict(photographers=["金成浩"], article="C1"),
    "P1": dict(photographers=[], article=None),
}

D17 = day("2025-12-17")
X1 = xun(2025, 12, 0)
WED, SAT = day("2025-12-24"), day("2025-12-27")
DATES = [
    D("自[[2025年12月20日起至2026年3月15日]]止", day("2025-12-20", "2026-03-15")),
    D("止，[[每日凌晨2时至6时]]，", VAGUE),                               # a recurring slot
    D("建设局\n[[2025年12月16日]]", day("2025-12-16")),
    D("）[[本月上旬]]，县人社局", X1),
    D("）[[昨天上午]]，县委常委会", D17),
    D("\n[[12月10日]]，学员", day("2025-12-10")),
    D("。[[下周三]]，县人社局", WED),
    D("）[[本月12日]]，由县教育局", day("2025-12-12")),
    D("参加[[明年4月]]举行", month(2026, 4)),
    D("县市场监管局[[本月8日至14日]]开展", day("2025-12-08", "2025-12-14")),
    D("县人民法院[[本月11日]]公开", day("2025-12-11")),
    D("）[[本月15日]]，县政府", day("2025-12-15")),
    D("。[[目前]]，全县共设", VAGUE),
    D("招聘面试[[本月21日]]举行", day("2025-12-21")),
    D("汪清县[[2025年]]事业单位", year(2025), OPT),                       # a year in the recruitment's name
    D("面试将于[[本月21日]]在", day("2025-12-21")),
    D("须于[[本月19日至20日]]登录", day("2025-12-19", "2025-12-20")),
    D("县农业农村局[[近日]]向", VAGUE),
    D("发放[[2025年]]耕地", year(2025)),
    D("较[[上年]]增加136万元", year(2024)),
    D("已于[[上旬]]通过", X1),
    D("志愿服务[[下周六]]举行", SAT),
    D("将于[[下周六]]在", SAT),
    D("第二十九次会议[[昨天下午]]召开", D17),
    D("关于[[2025年]]十件", year(2025), OPT),                             # in a report's title
    D("报告显示，[[今年]]确定的", year(2025)),
    D("。[[当天]]，会议还", D17),
    D("）[[昨天]]，县城至", D17),
    D("，[[每日]]往返", VAGUE),                                           # a recurring slot
    D("县林业局[[昨天]]在", D17),
    D("中小学[[明年1月17日]]起放", day("2026-01-17")),
    D("县教育局[[日前]]发布", VAGUE),
    D("全县中小学[[2025—2026学年度]]寒假", VAGUE),                        # a school year
    D("寒假自[[明年1月17日]]开始", day("2026-01-17")),
    D("开始，[[3月2日]]开学", day("2026-03-02")),
]

G, PA, PE, IN = "government", "party", "people", "institution"
RSJ = ["汪清县人力资源和社会保障局"]
NYJ = ["汪清县农业农村局"]
CWH = ["中共汪清县委常委会", "中共汪清县委员会常务委员会"]
JYJ = ["汪清县教育局"]
TXW = ["共青团汪清县委员会"]
SJJ = ["汪清县市场监督管理局"]
FY = ["汪清县人民法院"]
ZF = ["汪清县人民政府"]
RD = ["汪清县人民代表大会常务委员会", "汪清县人大常委会"]
YJJ = ["汪清县应急管理局"]
ORGS = [
    O("[[汪清县公安局交通警察大队]]", ["汪清县公安局交通警察大队"], G),
    O("[[汪清县住房和城乡建设局]]", ["汪清县住房和城乡建设局"], G),
    O("\n[[县人社局]]开展农村", RSJ, G),
    O("本月上旬，[[县人社局]]联合", RSJ, G),
    O("联合[[县农业农村局]]在", NYJ, G),
    O("昨天上午，[[县委常委会]]召开", CWH, PA),
    O("传达学习[[州委]]全会", ["中共延边朝鲜族自治州委员会", "中共延边州委"], PA, OPT),   # in a plenum's name
    O("\n[[县委常委会]]研究部署", CWH, PA),
    O("学员在[[县职业技术教育中心]]进行", ["汪清县职业技术教育中心"], IN),
    O("[[县融媒体中心]] 金", ["汪清县融媒体中心"], IN),
    O("。[[县人社局]]向参训", RSJ, G),
    O("下周三，[[县人社局]]将在", RSJ, G),
    O("在[[县人力资源市场]]举办", ["汪清县人力资源市场"], IN, OPT),                       # a venue
    O("\n[[县教育局]]举办", JYJ, G),
    O("由[[县教育局]]、团县委", JYJ, G),
    O("、[[团县委]]主办", TXW, PE),
    O("比赛在[[县第一中学]]举行", ["汪清县第一中学"], IN),
    O("（[[汪清县第一中学]]）", ["汪清县第一中学"], IN),
    O("（[[汪清县朝鲜族中学]]）", ["汪清县朝鲜族中学"], IN),
    O("（[[天桥岭镇中心小学]]）", ["汪清县天桥岭镇中心小学", "天桥岭镇中心小学"], IN),
    O("（[[汪清县第二中学]]）", ["汪清县第二中学"], IN),
    O("（[[大兴沟镇中心小学]]）", ["汪清县大兴沟镇中心小学", "大兴沟镇中心小学"], IN),
    O("\n[[县教育局]]将推荐", JYJ, G),
    O("（记者 朴 英 杰）[[县市场监管局]]本月8日", SJJ, G),
    O("（[[县农业农村局]]供图）", NYJ, G),
    O("\n[[县市场监管局]]开展冬季", SJJ, G),
    O("[[县法院]]公开宣判", FY, G),
    O("[[县人民法院]]本月11日", FY, G),
    O("，[[县政府]]主要负责人", ZF, G),
    O("在[[县第二中学]]考点", ["汪清县第二中学"], IN, OPT),                               # an exam site
    O("。[[县人社局]]提醒", RSJ, G),
    O("登录[[县政府网站]]", ["汪清县人民政府网站"], IN, OPT),                               # a website
    O("（通讯员 崔 美 兰）[[县农业农村局]]近日", NYJ, G),
    O("[[团县委]]、县妇联", TXW, PE),
    O("、[[县妇联]]将于", ["汪清县妇女联合会"], PE),
    O("\n[[县十八届人大常委会]]召开", RD, G),
    O("）[[县十八届人大常委会]]第二十九次", RD, G),
    O("听取和审议[[县政府]]关于", ZF, G),
    O("\n[[县应急管理局]]组织", YJJ, G),
    O("）[[县应急管理局]]、县林业局", YJJ, G),
    O("、[[县林业局]]昨天", ["汪清县林业局"], G),
    O("演练，[[县森林消防大队]]、", ["汪清县森林消防大队"], G),
    O("）[[县教育局]]日前", JYJ, G),
]

C, P, M, T, L, TE, X = "count", "percent", "money", "duration", "length", "temperature", "other"
CNY = "CNY"
STATS = [
    S("等[[6个]]乡镇", "6", "个", C, "exact", "开展培训的乡镇"),
    S("培训班[[14期]]", "14", "期", C, "exact", "培训班"),
    S("农村劳动力[[960余人次]]", "960", "人次", C, "over", "培训农村劳动力"),
    S("其中[[512人]]", "512", "人", C, "exact", "取得职业技能等级证书"),
    S("共计[[18.4万元]]", "184000", "元", M, "exact", "培训生活补贴", currency=CNY),
    S("提供岗位[[1100余个]]", "1100", "个", C, "over", "专场招聘会提供岗位"),
    S("全县[[18所]]中小学", "18", "所", C, "exact", "参赛中小学"),
    S("的[[56名]]选手", "56", "名", C, "exact", "参赛选手"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[6名]]", "6", "名", C, "exact", "二等奖"),
    S("三等奖[[10名]]", "10", "名", C, "exact", "三等奖"),
    S("中学）等[[6人]]", "6", "人", C, "exact", "二等奖"),
    S("小学）等[[10人]]", "10", "人", C, "exact", "三等奖"),
    S("农贸市场[[6个]]", "6", "个", C, "exact", "检查农贸市场"),
    S("餐饮服务单位[[132家]]", "132", "家", C, "exact", "检查餐饮服务单位"),
    S("食品样品[[78批次]]", "78", "批次", C, "exact", "抽检食品样品"),
    S("整改问题[[21个]]", "21", "个", C, "exact", "发现并督促整改问题"),
    S("野猪[[2头]]", "2", "头", C, "exact", "非法猎捕野猪"),
    S("狍子[[3只]]", "3", "只", C, "exact", "非法猎捕狍子"),
    S("有期徒刑[[八个月]]", "8", "个月", T, "exact", "有期徒刑"),
    S("缓刑[[一年]]", "1", "年", T, "exact", "缓刑"),
    S("补植树木[[500株]]", "500", "株", C, "exact", "补植树木"),
    S("温度[[不低于18℃]]", "18", "℃", TE, "over", "居民室内温度"),
    S("检查站[[27个]]", "27", "个", C, "exact", "森林防火检查站"),
    S("共有[[126人]]进入", "126", "人", C, "exact", "进入面试人员"),
    S("全县[[9个]]乡镇", "9", "个", C, "exact", "乡镇"),
    S("补贴资金[[2860万元]]", "28600000", "元", M, "exact", "耕地地力保护补贴资金", currency=CNY),
    S("惠及农户[[1.9万户]]", "19000", "户", C, "exact", "惠及农户"),
    S("增加[[136万元]]", "1360000", "元", M, "exact", "耕地地力保护补贴资金", change=up("上年"), currency=CNY),
    S("\n[[2860万元]]耕地", "28600000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    S("组织[[100名]]青年志愿者", "100", "名", C, "exact", "青年志愿者"),
    S("全县[[120户]]困难家庭", "120", "户", C, "exact", "困难家庭和独居老人"),
    S("2025年[[十件]]民生实事", "10", "件", C, "exact", "民生实事", OPT),             # in a report's title
    S("确定的[[10件]]民生实事", "10", "件", C, "exact", "民生实事"),
    S("全长[[约86公里]]", "86", "公里", L, "about", "公交线路全长"),
    S("往返[[6个班次]]", "6", "个班次", C, "exact", "每日往返班次"),
    S("沿线[[8个]]村", "8", "个", C, "exact", "沿线村"),
    S("的[[2600余名]]群众", "2600", "名", C, "over", "沿线群众"),
    S("共[[210人]]参加", "210", "人", C, "exact", "参加演练人员"),
    S("历时[[约2小时]]", "2", "小时", T, "about", "演练历时"),
]

EVENTS = [
    E("实行交通管制，除雪作业车辆以外的机动车禁止通行", "traffic", "交通管制", day("2025-12-20", "2026-03-15"),
      location="县城长荣街、新民街（汪清河大桥至火车站段）",
      organizers=["汪清县公安局交通警察大队", "汪清县住房和城乡建设局"]),
    E("为保障冬季除雪作业安全有序开展", "other", "除雪作业", opt=True),                 # told in passing
    E("开展农村劳动力转移就业培训，", "training", "培训", X1, location="汪清镇、天桥岭镇、罗子沟镇等6个乡镇",
      organizers=["县人社局", "县农业农村局"], participants=["农村劳动力"]),
    E("县委常委会召开会议，", "meeting", "召开", D17, organizers=["县委常委会"]),
    E("进行打糕制作实操训练", "training", "训练", day("2025-12-10"), location="县职业技术教育中心",
      opt=True),                                                                  # part of the training, a caption
    E("向参训学员发放培训生活补贴共计18.4万元", "payout", "发放", X1, organizers=["县人社局"],
      participants=["参训学员"]),
    E("举办“春风送岗 就业暖心”专场招聘会", "recruitment", "招聘会", WED, location="县人力资源市场",
      organizers=["县人社局"], theme="春风送岗 就业暖心"),
    E("双语演讲比赛在县第一中学举行", "competition", "比赛", day("2025-12-12"), location="县第一中学",
      organizers=["县教育局", "团县委"], participants=["选手"], theme="我和我的祖国"),
    E("比赛共评出一等奖3名", "award", "评出", day("2025-12-12"), organizers=["县教育局", "团县委"]),
    E("参加明年4月举行的全州中小学生演讲比赛", "competition", "比赛", month(2026, 4), opt=True),   # a plan
    E("开展冬季食品安全专项检查，", "inspection", "检查", day("2025-12-08", "2025-12-14"),
      organizers=["县市场监管局"]),
    E("村民正在采摘反季节蔬菜", "production", "采摘", location="罗子沟镇冷棚蔬菜基地", opt=True),  # a caption
    E("公开开庭审理一起非法狩猎案", "legal", "审理", day("2025-12-11"), organizers=["县人民法院"]),
    E("被判处有期徒刑八个月", "legal", "判处", day("2025-12-11"), opt=True),            # the same trial
    E("检查冬季供暖和森林防火工作，", "inspection", "检查", day("2025-12-15"), location="复兴镇、春阳镇",
      organizers=["县政府"]),
    E("面试将于本月21日在县第二中学考点举行", "exam", "面试", day("2025-12-21"), location="县第二中学考点"),
    E("登录县政府网站查询面试分组", "other", "查询", day("2025-12-19", "2025-12-20"), opt=True),
    E("发放2025年耕地地力保护补贴资金2860万元", "payout", "发放", X1, organizers=["县农业农村局"],
      participants=["农户"]),
    E("开展“冰雪暖边城”志愿服务活动，", "activity", "志愿服务", SAT, location="县文化广场",
      organizers=["团县委", "县妇联"], participants=["青年志愿者"], theme="冰雪暖边城"),
    E("送去棉衣、大米等过冬物资", "payout", "送去", SAT, opt=True),                    # part of the activity
    E("第二十九次会议昨天下午召开", "meeting", "召开", D17, organizers=["县十八届人大常委会"]),
    E("表决通过了有关人事任免事项", "other", "表决通过", D17, opt=True),                # part of the session
    E("城乡公交线路正式开通", "launch", "开通", D17, location="县城至罗子沟镇"),
    E("联合组织开展森林火灾扑救实战演练", "training", "演练", D17, location="大兴沟镇林区",
      organizers=["县应急管理局", "县林业局"], participants=["县森林消防大队", "各乡镇半专业扑火队"]),
    E("县教育局日前发布通知", "announcement", "发布", organizers=["县教育局"], opt=True),  # a report verb here
    E("寒假自明年1月17日开始", "schedule", "寒假", day("2026-01-17"), organizers=["县教育局"]),
    E("3月2日开学", "schedule", "开学", day("2026-03-02"), opt=True),                  # the same calendar
]
