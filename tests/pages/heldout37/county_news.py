"""石柱报, 石柱土家族自治县融媒体中心 (石柱土家族自治县, 重庆市), 2026-07-08 (a Wednesday): a county paper page.
Features: a series label (`康养石柱·清凉一夏`); a kicker over a title (`黄水避暑游持续升温` /
`7月中旬起县城至黄水旅游专线加密`); a paragraph broken after a comma (`…票价仍为每人15元，` | `同时新增黄水至大风堡…`)
with another article and its after-body headline between; two captions credited to an institution and a person
(`县融媒体中心 向 阳 摄`, `县应急管理局 秦 川 摄`); six headlines after their bodies; seven items without headline,
three of them without byline. Bodies written short resolve with the county (`县交通局`, `县人民医院`, `县文化旅游委`,
`县农业农村委`, `县教委` ×2, `团县委`, `县委宣传部`, `县市场监管局`, `县人力社保局`, `县应急管理局`, `县消防救援支队`,
`县委常委会` ×2, `县图书馆`, `县总工会`, `县税务局`, `县妇联`, `县民政局`, `县人民法院黄水法庭`); `市委` is the
municipality's (中共重庆市委员会). The county written short (`石柱县`, `石柱`). Relative dates: `前日` = 07-06 (twice),
`签约当日` = 07-06, `当日` = 07-05 (a contest's day), `本周六` = 07-11 (three times, once in a title), `昨日` = 07-07
(twice), `7月中旬` (twice, once in a title), `上半年` (three times, once in a title), `暑期` as a time (the summer
holiday) and as a descriptor (optional), `2028年6月底`.

Written at main commit c7584fc, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, quarter, span, up, xun, year

PAPER = "石柱报"
PUBLISHED = "2026-07-08"
HOME = {"county": "石柱土家族自治县", "province": "重庆市"}

LAYOUT = [
    ("康养石柱·清凉一夏", "label", "A0"),
    ("黄水避暑游持续升温", "headline", "A0"),                 # kicker
    ("7月中旬起县城至黄水", "headline", "A0"),
    ("本报讯（记者 马 晓 琳 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（通讯员 谭 晓 燕）前日", "body", "A1"),
    ("县人民医院与重医附一院", "headline", "A1"),             # after its body
    ("同时新增黄水", "body", "A0"),                           # the rest of A0's paragraph
    ("游客在黄水月亮湖畔", "caption", "P0"),                  # 县融媒体中心 向 阳 摄
    ("石柱黄连上半年", "headline", "A2"),
    ("本报讯（记者 陈 立 新）记者从县农业", "body", "A2"),
    ("本报讯（通讯员 刘 小 燕）本周六起", "body", "A3"),
    ("暑期公益托管班", "headline", "A3"),                     # after its body
    ("7月5日，由县委宣传部", "body", "A4"),                   # no byline
    ("民歌大赛唱响", "headline", "A4"),                       # after its body
    ("本报讯（记者 陈 立 新）7月1日至5日", "body", "A5"),
    ("餐饮单位食品安全", "headline", "A5"),                   # after its body
    ("本报讯（通讯员 冉 启 富）记者从县人力", "body", "A6"),   # no headline
    ("本报讯（记者 马 晓 琳）7月3日", "body", "A7"),
    ("演练现场。", "caption", "P1"),                          # 县应急管理局 秦 川 摄
    ("防汛应急演练在西沱", "headline", "A7"),                 # after its body and caption
    ("县委常委会召开会议部署", "headline", "A8"),
    ("本报讯（记者 马 晓 琳）昨日", "body", "A8"),
    ("暑期，县图书馆", "body", "A9"),                         # no headline, no byline
    ("莼菜进入采收旺季", "headline", "A10"),
    ("本报讯（通讯员 谭 晓 燕）当前", "body", "A10"),
    ("本报讯（通讯员 刘 小 燕）7月2日", "body", "A11"),       # no headline
    ("县税务局消息", "body", "A12"),                          # no headline, no byline
    ("中考分数线", "headline", "A13"),
    ("县教委提醒", "body", "A13"),
    ("本报讯（记者 陈 立 新）7月6日", "body", "A14"),         # no headline
    ("本报讯（通讯员 谭 晓 燕）7月6日至7日", "body", "A15"),
    ("农村妇女学直播", "headline", "A15"),                    # after its body
    ("县民政局近日", "body", "A16"),                          # no headline, no byline
    ("本报讯（通讯员 冉 启 富）昨日", "body", "A17"),         # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["马晓琳"], correspondents=["冉启富"])),
    "A1": dict(byline=byline(correspondents=["谭晓燕"])),
    "A2": dict(byline=byline(reporters=["陈立新"])),
    "A3": dict(byline=byline(correspondents=["刘小燕"])),
    "A4": dict(),
    "A5": dict(byline=byline(reporters=["陈立新"])),
    "A6": dict(byline=byline(correspondents=["冉启富"])),
    "A7": dict(byline=byline(reporters=["马晓琳"])),
    "A8": dict(byline=byline(reporters=["马晓琳"])),
    "A9": dict(),
    "A10": dict(byline=byline(correspondents=["谭晓燕"])),
    "A11": dict(byline=byline(correspondents=["刘小燕"])),
    "A12": dict(),
    "A13": dict(),
    "A14": dict(byline=byline(reporters=["陈立新"])),
    "A15": dict(byline=byline(correspondents=["谭晓燕"])),
    "A16": dict(),
    "A17": dict(byline=byline(correspondents=["冉启富"])),
}
JOINS = [("本报讯（记者 马 晓 琳 通讯员", "同时新增黄水")]
PHOTOS = {
    "P0": dict(photographers=["向阳"], article="A0"),
    "P1": dict(photographers=["秦川"], article="A7"),
}

D06, D07, D05, D11 = day("2026-07-06"), day("2026-07-07"), day("2026-07-05"), day("2026-07-11")
MID7 = xun(2026, 7, 1)
H1 = (span("2026-01-01", "2026-06-30"), "quarter")
SUMMER = (span("2026-07-01", "2026-08-31"), "season")
DATES = [
    D("\n[[7月中旬]]起县城", MID7),
    D("）[[入夏以来]]，黄水镇", VAGUE, OPT),
    D("记者[[前日]]从县交通局", D06),
    D("，[[7月中旬]]起，县城", MID7),
    D("将由[[每日]]8班", VAGUE, OPT),                               # a recurring slot
    D("）[[前日]]，县人民医院", D06),
    D("签约[[当日]]，", D06),
    D("统计，[[6月]]全县", month(2026, 6)),
    D("石柱黄连[[上半年]]交易额", H1),
    D("获悉，[[上半年]]全县黄连", H1),
    D("。[[目前]]，石柱县", VAGUE, OPT),
    D("）[[本周六]]起，县教委", D11),
    D("\n[[暑期]]公益托管班", SUMMER, OPT),                         # a descriptor
    D("托管班[[本周六]]开班", D11),
    D("\n[[7月5日]]，由县委", D05),
    D("。[[当日]]，来自全县", D05),
    D("）[[7月1日至5日]]，县市场", day("2026-07-01", "2026-07-05")),
    D("，[[本周六上午]]，“就业", D11),
    D("）[[7月3日]]，县应急", day("2026-07-03")),
    D("防汛和[[暑期]]安全工作\n", SUMMER, OPT),                      # a descriptor
    D("）[[昨日]]，县委常委会", D07),
    D("部署[[主汛期]]防汛", VAGUE, OPT),
    D("救灾和[[暑期]]学生", SUMMER, OPT),                           # a descriptor
    D("\n[[暑期]]，县图书馆", SUMMER),
    D("延长至[[每晚]]9时", VAGUE, OPT),
    D("，[[周一]]照常开放", VAGUE, OPT),                             # a recurring slot
    D("）[[当前]]正值", VAGUE, OPT),
    D("基地[[每天]]有1500", VAGUE, OPT),
    D("。[[今年]]全县莼菜", year(2026)),
    D("）[[7月2日]]，县总工会", day("2026-07-02")),
    D("消息，[[上半年]]全县新增", H1),
    D("中考分数线[[7月10日]]公布", day("2026-07-10")),
    D("提醒，[[今年]]全县中考", year(2026)),
    D("将于[[7月10日]]公布", day("2026-07-10")),
    D("）[[7月6日]]，南宾", D06),
    D("，[[2028年6月底]]前交付", xun(2028, 6, 2)),
    D("）[[7月6日至7日]]，县妇联", day("2026-07-06", "2026-07-07")),
    D("县民政局[[近日]]向", VAGUE, OPT),
    D("发放[[第二季度]]高龄津贴", quarter(2026, 2)),
    D("）[[昨日]]，县人民法院", D07),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
K = "石柱土家族自治县"
RMYY = [f"{K}人民医院", "石柱县人民医院"]
CQYD = ["重庆医科大学附属第一医院"]
WLW = [f"{K}文化和旅游发展委员会", "石柱县文化和旅游发展委员会"]
JW = [f"{K}教育委员会", "石柱县教育委员会"]
YJ = [f"{K}应急管理局", "石柱县应急管理局"]
CWH = [f"中共{K}委员会常务委员会", f"中共{K}委常委会"]
ORGS = [
    O("记者前日从[[县交通局]]获悉", [f"{K}交通局", f"{K}交通运输局", "石柱县交通局"], G),
    O("）前日，[[县人民医院]]与", RMYY, IN),
    O("与[[重庆医科大学附属第一医院]]签订", CQYD, IN),
    O("专家在[[县人民医院]]门诊", RMYY, IN),
    O("\n[[县人民医院]]与重医", RMYY, IN),
    O("与[[重医附一院]]共建", CQYD, IN),
    O("据[[县文化旅游委]]统计", WLW, G),
    O("纳凉。 [[县融媒体中心]] 向", [f"{K}融媒体中心", "石柱县融媒体中心"], IN),
    O("记者从[[县农业农村委]]获悉", [f"{K}农业农村委员会", "石柱县农业农村委员会"], G),
    O("起，[[县教委]]联合", JW, G),
    O("联合[[团县委]]在", [f"共青团{K}委员会", "共青团石柱县委员会"], PE),
    O("由[[县委宣传部]]、", [f"中共{K}委宣传部", f"中共{K}委员会宣传部"], PA),
    O("、[[县文化旅游委]]主办", WLW, G),
    O("，[[西沱镇代表队]]获得", ["西沱镇代表队"], SO, OPT),                 # a contest team
    O("，[[县市场监管局]]对城区", [f"{K}市场监督管理局", "石柱县市场监督管理局"], G),
    O("记者从[[县人力社保局]]获悉", [f"{K}人力资源和社会保障局", "石柱县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举行", [f"{K}人力资源市场"], IN, OPT),            # a venue
    O("，[[县应急管理局]]在西沱", YJ, G),
    O("，[[县消防救援支队]]、", [f"{K}消防救援支队", "石柱县消防救援支队"], G),
    O("、[[西沱镇政府]]等单位", [f"{K}西沱镇人民政府", "西沱镇人民政府"], G),
    O("现场。 [[县应急管理局]] 秦", YJ, G),
    O("\n[[县委常委会]]召开会议部署", CWH, PA),
    O("）昨日，[[县委常委会]]召开会议，", CWH, PA),
    O("学习[[市委]]有关", ["中共重庆市委员会"], PA),
    O("，[[县图书馆]]开放", [f"{K}图书馆", "石柱县图书馆"], IN),
    O("，[[县总工会]]启动", [f"{K}总工会", "石柱县总工会"], PE),
    O("\n[[县税务局]]消息", [f"国家税务总局{K}税务局", f"{K}税务局"], G),
    O("\n[[县教委]]提醒", JW, G),
    O("通过[[“石柱教育”微信公众号]]查询", ["“石柱教育”微信公众号"], IN, OPT),  # a platform
    O("，[[南宾街道]]滨河", [f"{K}南宾街道"], G, OPT),                     # a street used as a place
    O("，[[县妇联]]在中益乡", [f"{K}妇女联合会", "石柱县妇女联合会"], PE),
    O("\n[[县民政局]]近日", [f"{K}民政局", "石柱县民政局"], G),
    O("，[[县人民法院黄水法庭]]在", [f"{K}人民法院黄水法庭", f"{K}人民法院黄水人民法庭"], G),
    O("在[[黄水镇万胜坝村]]巡回", [f"{K}黄水镇万胜坝村"], CM, OPT),          # a village
]

C, P, M, T, W, A, O_ = "count", "percent", "money", "duration", "weight", "area", "other"
CNY = "CNY"
STATS = [
    S("由每日[[8班]]加密", "8", "班", C, "exact", "旅游专线每日班次"),
    S("加密至[[14班]]", "14", "班", C, "exact", "旅游专线每日班次"),
    S("票价仍为每人[[15元]]", "15", "元", M, "exact", "旅游专线票价", currency=CNY),
    S("月亮湖[[两条]]景区", "2", "条", C, "exact", "新增景区接驳线路"),
    S("神经外科等[[6个]]专科", "6", "个", C, "exact", "合作专科"),
    S("，[[12名]]专家", "12", "名", C, "exact", "义诊专家"),
    S("接诊群众[[300余人次]]", "300", "人次", C, "over", "接诊群众"),
    S("接待游客[[186.4万人次]]", "1864000", "人次", C, "exact", "6月全县接待游客"),
    S("同比增长[[12.3%]]", "12.3", "%", P, "exact", "接待游客", change=up("上年同期")),
    S("综合收入[[9.2亿元]]", "920000000", "元", M, "exact", "旅游综合收入", currency=CNY),
    S("交易额达[[4.8亿元]]\n", "480000000", "元", M, "exact", "上半年黄连交易额", currency=CNY),
    S("交易量达[[1.2万吨]]", "12000", "吨", W, "exact", "黄连鲜品交易量"),
    S("交易额[[4.8亿元]]，", "480000000", "元", M, "exact", "黄连交易额", currency=CNY),
    S("分别增长[[6.5%]]", "6.5", "%", P, "exact", "黄连鲜品交易量", change=up("上年同期")),
    S("和[[9.1%]]。", "9.1", "%", P, "exact", "黄连交易额", change=up("上年同期")),
    S("在地面积[[5.3万亩]]", "53000", "亩", A, "exact", "黄连在地面积"),
    S("带动[[2.1万户]]", "21000", "户", C, "exact", "带动增收农户"),
    S("在城区[[6所]]小学", "6", "所", C, "exact", "开设托管班的小学"),
    S("每期[[4周]]", "4", "周", T, "exact", "每期托管时长"),
    S("学位[[1200个]]", "1200", "个", C, "exact", "托管学位"),
    S("收费[[不超过300元]]", "300", "元", M, "under", "每生每期收费", currency=CNY),
    S("全县[[33个]]乡镇（街道）", "33", "个", C, "exact", "全县乡镇（街道）", OPT),   # the county's divisions
    S("的[[46支]]队伍", "46", "支", C, "exact", "参赛队伍"),
    S("黄水镇[[87家]]餐饮", "87", "家", C, "exact", "检查的餐饮单位"),
    S("发现问题[[23个]]", "23", "个", C, "exact", "发现问题"),
    S("通知书[[9份]]", "9", "份", C, "exact", "责令改正通知书"),
    S("立案查处[[2起]]", "2", "起", C, "exact", "立案查处案件"),
    S("，[[42家]]企业", "42", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[860余个]]", "860", "个", C, "over", "提供岗位"),
    S("最高月薪[[8000元]]", "8000", "元", M, "exact", "最高月薪", currency=CNY),
    S("等单位[[150余人]]参加", "150", "人", C, "over", "参加演练人员"),
    S("落实[[24小时]]值班", "24", "小时", T, "exact", "值班制度", OPT),              # inside a name
    S("全县[[217处]]", "217", "处", C, "exact", "地质灾害隐患点"),
    S("阅览座位[[80个]]", "80", "个", C, "exact", "新增少儿阅览座位"),
    S("每天有[[1500余名]]", "1500", "名", C, "over", "每天参与采摘的群众"),
    S("种植面积[[1.1万亩]]", "11000", "亩", A, "exact", "莼菜种植面积"),
    S("产量[[4000吨左右]]", "4000", "吨", W, "about", "莼菜鲜品产量"),
    S("价值[[26万元]]", "260000", "元", M, "exact", "防暑降温物资价值", currency=CNY),
    S("惠及职工[[3000余人]]", "3000", "人", C, "over", "惠及职工"),
    S("退税缓费[[1.36亿元]]", "136000000", "元", M, "exact", "新增减税降费及退税缓费", currency=CNY),
    S("经营主体[[逾1.2万户]]", "12000", "户", C, "over", "惠及经营主体"),
    S("占比[[超过八成]]", "0.8", "成", P, "over", "小微企业占比", OPT),                # X成
    S("考生[[4318人]]", "4318", "人", C, "exact", "中考考生"),
    S("总投资[[3.6亿元]]", "360000000", "元", M, "exact", "棚户区改造项目总投资", currency=CNY),
    S("安置房[[1260套]]", "1260", "套", C, "exact", "安置房"),
    S("来自[[12个]]乡镇", "12", "个", C, "exact", "学员来自的乡镇"),
    S("的[[58名]]学员", "58", "名", C, "exact", "参训学员"),
    S("，[[两天]]成交额", "2", "天", T, "exact", "直播销售时长", OPT),
    S("成交额达[[3.2万元]]", "32000", "元", M, "exact", "直播成交额", currency=CNY),
    S("全县[[2860名]]", "2860", "名", C, "exact", "领取高龄津贴的老年人"),
    S("[[80周岁以上]]老年人", "80", "周岁", O_, "over", "老年人年龄", OPT),           # an age
    S("合计[[51.5万元]]", "515000", "元", M, "exact", "高龄津贴", currency=CNY),
    S("涉案金额[[18万元]]", "180000", "元", M, "exact", "涉案金额", currency=CNY),
]

EVENTS = [
    E("旅游专线将由每日8班加密至14班", "traffic", "加密", MID7, location="县城至黄水镇",
      organizers=["县交通局"]),
    E("同时新增黄水至大风堡、月亮湖两条景区接驳线路", "launch", "新增", MID7, opt=True),     # the same arrangement
    E("签订紧密型医联体合作协议", "signing", "签订", D06, organizers=["县人民医院"],
      participants=["重庆医科大学附属第一医院"]),
    E("开展义诊", "activity", "义诊", D06, location="县人民医院门诊大厅", participants=["12名专家"]),
    E("开设公益托管班", "launch", "开设", D11, location="城区6所小学", organizers=["县教委", "团县委"]),
    E("民歌大赛在万寿山景区落幕", "competition", "大赛", D05, location="万寿山景区",
      organizers=["县委宣传部", "县文化旅游委"], participants=["46支队伍"]),
    E("西沱镇代表队获得一等奖", "award", "获得", D05, opt=True),                          # the contest's result
    E("开展食品安全专项检查", "inspection", "检查", day("2026-07-01", "2026-07-05"), location="城区及黄水镇",
      organizers=["县市场监管局"], participants=["87家餐饮单位"]),
    E("立案查处2起", "legal", "查处", day("2026-07-01", "2026-07-05"), opt=True),
    E("专场招聘会将在县人力资源市场举行", "recruitment", "招聘会", D11, location="县人力资源市场",
      organizers=["县人力社保局"], participants=["42家企业"], theme="就业援助月"),
    E("开展防汛应急演练", "training", "演练", day("2026-07-03"), location="西沱镇长江岸线",
      organizers=["县应急管理局"], participants=["县消防救援支队", "西沱镇政府"]),
    E("县委常委会召开会议，传达学习", "meeting", "召开", D07, organizers=["县委常委会"]),
    E("开展拉网式排查", "inspection", "排查", None, opt=True),                           # a plan
    E("开放时间延长至每晚9时", "schedule", "开放", SUMMER, organizers=["县图书馆"]),
    E("莼菜基地每天有1500余名群众参与采摘", "production", "采摘", None, location="冷水镇、黄水镇"),
    E("启动“夏送清凉”活动", "activity", "启动", day("2026-07-02"), organizers=["县总工会"],
      participants=["环卫工人", "建筑工人"], theme="夏送清凉"),
    E("送去价值26万元的防暑降温物资", "payout", "送去", day("2026-07-02"), opt=True),     # part of the campaign
    E("新增减税降费及退税缓费1.36亿元", "payout", "减税降费", H1, opt=True),              # a half-year summary
    E("录取分数线将于7月10日公布", "announcement", "公布", day("2026-07-10"), organizers=["县教委"]),
    E("棚户区改造项目开工", "construction", "开工", D06, location="南宾街道滨河片区"),
    E("举办农村妇女电商直播培训班", "training", "培训班", day("2026-07-06", "2026-07-07"), location="中益乡",
      organizers=["县妇联"], participants=["58名学员"]),
    E("发放第二季度高龄津贴", "payout", "发放", None, organizers=["县民政局"],
      participants=["2860名80周岁以上老年人"]),
    E("巡回审理一起民宿租赁合同纠纷案", "legal", "审理", D07, location="黄水镇万胜坝村",
      organizers=["县人民法院黄水法庭"]),
    E("经调解，双方当庭达成还款协议", "legal", "调解", D07, opt=True),                    # the same case told again
]
