"""松江报, 上海市松江区融媒体中心 (松江区, 上海市), 2025-12-17 (a Wednesday): a district paper page.
Features: a series label (`奋进新征程 建功新松江`); a kicker over a title (`技能比武展风采 匠心筑梦向未来` /
`区人社局举办2025年职业技能竞赛`); a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, schools
resolved with the district); a 通告 with numbered articles, two issuing bodies on their own lines and a date line
(traffic control from `2025年12月31日20时至2026年1月1日2时`); a caption credited to the district media centre and a
person (`区融媒体中心 朱 立 新 摄`) and one credited to an institution only (`（区民政局供图）`); a paragraph broken
after a comma (`…318名选手参赛，` | `经过两天角逐…`) with another article, its headline and a caption between; a
paragraph broken mid-word (`整改问|题`) with a caption between; headlines after their bodies. Shanghai has no
counties: the district's bodies (`区人社局`, `区教育局`, `区市场监管局`, `区法院`, `团区委`, `区卫健委`) resolve with
the district as a county's with the county. Relative dates: `本月上旬`, `昨天上午`/`昨天下午`/`昨天` = 12-16,
`当天` (after `本月15日`), `下周六` = 12-27, `下周一` = 12-22, `下周三` = 12-24, `本月下旬`, `明年4月`,
`明年一季度`; `今年以来`, `本月底前`, `明年上半年`, `元旦期间` optional.

Written at main commit f8ba2b6, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, month, months, quarter, up, xun, year

PAPER = "松江报"
PUBLISHED = "2025-12-17"
HOME = {"county": "松江区", "city": "上海市", "province": "上海市"}

LAYOUT = [
    ("奋进新征程", "label", "C0"),
    ("技能比武展风采", "headline", "C0"),                   # kicker
    ("区人社局举办2025", "headline", "C0"),
    ("本报讯（记者 沈 佳 怡 通讯员", "body", "C0"),         # breaks after a comma
    ("本报讯（记者 顾 晓 峰）昨天上午", "body", "C1"),
    ("区委常委会研究", "headline", "C1"),                   # after its body
    ("12月9日，选手", "caption", "P0"),                     # 区融媒体中心 朱 立 新 摄
    ("经过两天角逐", "body", "C0"),                         # the rest of C0's paragraph
    ("区教育局公布", "headline", "C2"),
    ("本报讯（通讯员 钱 雅 琴）区教育局", "body", "C2"),
    ("一等奖：", "body", "C2"),
    ("二等奖：", "body", "C2"),
    ("三等奖：", "body", "C2"),
    ("获奖作品将于", "body", "C2"),
    ("关于元旦期间", "headline", "C3"),
    ("为保障元旦", "body", "C3"),
    ("一、2025年", "body", "C3"),
    ("二、管制期间", "body", "C3"),
    ("上海市公安局松江分局", "body", "C3"),
    ("上海市松江区建设", "body", "C3"),
    ("2025年12月15日", "body", "C3"),
    ("本报讯（记者 顾 晓 峰）区市场监管局", "body", "C4"),  # breaks mid-word
    ("泗泾镇居民", "caption", "P1"),                        # （区民政局供图）
    ("题41个", "body", "C4"),                               # the rest of C4's paragraph
    ("区市场监管局开展", "headline", "C4"),                 # after its body
    ("区法院宣判", "headline", "C5"),
    ("本报讯（通讯员 金 梦 瑶）区人民法院", "body", "C5"),
    ("本报讯（记者 沈 佳 怡）2026年", "body", "C6"),
    ("教师招聘笔试", "headline", "C6"),                     # after its body
    ("本报讯（通讯员 陆 文 涛）区就业", "body", "C7"),
    ("“岁末送岗”", "headline", "C7"),                      # after its body
    ("区民政局启动", "headline", "C8"),
    ("本报讯（记者 顾 晓 峰）区民政局", "body", "C8"),
    ("本报讯（通讯员 金 梦 瑶）方松街道", "body", "C9"),
    ("文诚社区长者食堂", "headline", "C9"),                 # after its body
    ("本报讯（记者 沈 佳 怡）区卫生", "body", "C10"),
    ("区卫健委将开展", "headline", "C10"),                  # after its body
    ("区政府召开", "headline", "C11"),
    ("本报讯（记者 顾 晓 峰）本月12日", "body", "C11"),
    ("本报讯（通讯员 钱 雅 琴）区人社局", "body", "C12"),
    ("稳岗返还资金", "headline", "C12"),                    # after its body
    ("本报讯（记者 沈 佳 怡）本月13日", "body", "C13"),
    ("“书香松江”", "headline", "C13"),                     # after its body
    ("区领导督查", "headline", "C14"),
    ("本报讯（记者 顾 晓 峰）昨天下午", "body", "C14"),
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["沈佳怡"], correspondents=["陆文涛"])),
    "C1": dict(byline=byline(reporters=["顾晓峰"])),
    "C2": dict(byline=byline(correspondents=["钱雅琴"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["顾晓峰"])),
    "C5": dict(byline=byline(correspondents=["金梦瑶"])),
    "C6": dict(byline=byline(reporters=["沈佳怡"])),
    "C7": dict(byline=byline(correspondents=["陆文涛"])),
    "C8": dict(byline=byline(reporters=["顾晓峰"])),
    "C9": dict(byline=byline(correspondents=["金梦瑶"])),
    "C10": dict(byline=byline(reporters=["沈佳怡"])),
    "C11": dict(byline=byline(reporters=["顾晓峰"])),
    "C12": dict(byline=byline(correspondents=["钱雅琴"])),
    "C13": dict(byline=byline(reporters=["沈佳怡"])),
    "C14": dict(byline=byline(reporters=["顾晓峰"])),
}
JOINS = [("本报讯（记者 沈 佳 怡 通讯员", "经过两天角逐"), ("本报讯（记者 顾 晓 峰）区市场监管局", "题41个")]
PHOTOS = {
    "P0": dict(photographers=["朱立新"], article="C0"),
    "P1": dict(photographers=[], article=None),
}

D16, D15 = day("2025-12-16"), day("2025-12-15")

DATES = [
    D("举办[[2025年]]职业技能竞赛\n", year(2025), OPT),                   # a year in the event's name
    D("）[[本月上旬]]，区人社局", xun(2025, 12, 0)),
    D("松江区技师学院举办[[2025年]]职业", year(2025), OPT),
    D("）[[昨天上午]]，区委常委会", D16),
    D("[[12月9日]]，选手", day("2025-12-09")),
    D("参加[[明年4月]]举行", month(2026, 4)),
    D("区教育局[[本月15日]]公布", D15),
    D("将于[[本月20日至26日]]在", day("2025-12-20", "2025-12-26")),
    D("关于[[元旦]]期间", day("2026-01-01"), OPT),                       # in the notice's title
    D("为保障[[元旦]]迎新", day("2026-01-01"), OPT),                     # in an activity's name
    D("一、[[2025年12月31日20时至2026年1月1日2时]]，", day("2025-12-31", "2026-01-01")),
    D("建设和管理委员会\n[[2025年12月15日]]", D15),
    D("区市场监管局[[本月8日至12日]]开展", day("2025-12-08", "2025-12-12")),
    D("区人民法院[[本月11日]]公开", day("2025-12-11")),
    D("）[[2026年]]松江区教育系统", year(2026), OPT),                    # a year in the exam's name
    D("将于[[下周六]]在", day("2025-12-27")),
    D("可于[[本月22日至25日]]登录", day("2025-12-22", "2025-12-25")),
    D("笔试[[下周六]]开考", day("2025-12-27")),
    D("区就业促进中心[[昨天]]在", D16),
    D("区民政局[[本月15日]]启动", D15),
    D("，[[当天]]向全区", D15),
    D("，[[下周一]]起", day("2025-12-22")),
    D("长者食堂[[昨天]]投入", D16),
    D("计划[[明年上半年]]再", months(2026, 1, 6), OPT),                 # a half-year
    D("区卫生健康委[[下周三]]将", day("2025-12-24")),
    D("）[[本月12日]]，区政府", day("2025-12-12")),
    D("《松江区[[2026年]]为民", year(2026), OPT),                        # in a document title
    D("确保[[明年一季度]]全部", quarter(2026, 1)),
    D("区人社局[[昨天]]公布", D16),
    D("，[[今年以来]]全区", year(2025), OPT),
    D("）[[本月13日]]，由", day("2025-12-13")),
    D("将在[[本月下旬]]陆续", xun(2025, 12, 2)),
    D("）[[昨天下午]]，区领导", D16),
    D("要会同各街镇在[[本月底]]前", day("2025-12-31"), OPT),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
SH = "上海市松江区"
RSJ = [SH + "人力资源和社会保障局"]
JYJ = [SH + "教育局"]
MZJ = [SH + "民政局"]
FY = [SH + "人民法院"]
JW = [SH + "建设和管理委员会"]
WJW = [SH + "卫生健康委员会"]
SCJ = [SH + "市场监督管理局"]
ZF = [SH + "人民政府"]
ORGS = [
    O("[[区人社局]]举办2025", RSJ, G),
    O("）本月上旬，[[区人社局]]联合", RSJ, G),
    O("联合[[区总工会]]在", [SH + "总工会"], PE),
    O("在[[松江区技师学院]]举办", [SH + "技师学院", "松江区技师学院"], IN),
    O("）昨天上午，[[区委常委会]]召开", ["中共上海市松江区委常委会", "中共上海市松江区委员会常务委员会"], PA),
    O("传达学习[[市委]]十二届", ["中共上海市委", "中国共产党上海市委员会"], PA, OPT),   # in a session's name
    O("[[区委常委会]]研究部署", ["中共上海市松江区委常委会", "中共上海市松江区委员会常务委员会"], PA),
    O("[[区融媒体中心]] 朱", [SH + "融媒体中心"], IN),
    O("。[[区人社局]]将为", RSJ, G),
    O("[[区教育局]]公布科技", JYJ, G),
    O("）[[区教育局]]本月15日", JYJ, G),
    O("一等奖：[[松江区第七中学]]", [SH + "第七中学", "松江区第七中学"], IN),
    O("、[[九亭中学]]的9件", [SH + "九亭中学", "九亭中学"], IN),
    O("二等奖：[[泗泾小学]]", [SH + "泗泾小学", "泗泾小学"], IN),
    O("、[[松江区实验小学]]等", [SH + "实验小学", "松江区实验小学"], IN),
    O("三等奖：[[佘山学校]]", [SH + "佘山学校", "佘山学校"], IN),
    O("在[[区青少年活动中心]]展出", [SH + "青少年活动中心"], IN),
    O("[[上海市公安局松江分局]]\n", ["上海市公安局松江分局"], G),
    O("[[上海市松江区建设和管理委员会]]\n", JW, G),
    O("）[[区市场监管局]]本月8日", SCJ, G),
    O("（[[区民政局]]供图）", MZJ, G),
    O("[[区市场监管局]]开展冬季", SCJ, G),
    O("[[区法院]]宣判", FY, G),
    O("）[[区人民法院]]本月11日", FY, G),
    O("在[[松江区第一中学]]举行", [SH + "第一中学", "松江区第一中学"], IN, OPT),      # an exam site
    O("登录[[区教育局网站]]", [SH + "教育局网站"], IN, OPT),                           # a website
    O("）[[区就业促进中心]]昨天", [SH + "就业促进中心"], IN),
    O("[[区民政局]]启动冬季", MZJ, G),
    O("）[[区民政局]]本月15日", MZJ, G),
    O("。[[区民政局]]负责人", MZJ, G),
    O("）[[方松街道文诚社区]]长者", [SH + "方松街道文诚社区", "文诚社区"], CM),
    O("\n[[文诚社区]]长者食堂开张", [SH + "方松街道文诚社区", "文诚社区"], CM),
    O("）[[区卫生健康委]]下周三", WJW, G),
    O("在[[区中心医院]]举办", [SH + "中心医院"], IN),
    O("获得[[区红十字会]]颁发", [SH + "红十字会"], PE),
    O("[[区卫健委]]将开展", WJW, G),
    O("\n[[区政府]]召开第九十六次", ZF, G),
    O("，[[区政府]]召开第九十六次常务会议，", ZF, G),
    O("，[[区建设管理委]]要", JW, G),
    O("）[[区人社局]]昨天公布", RSJ, G),
    O("由[[区文化旅游局]]、", [SH + "文化和旅游局", SH + "文化旅游局"], G),
    O("、[[团区委]]主办", ["共青团上海市松江区委员会"], PE),
    O("在[[区图书馆]]启动", [SH + "图书馆"], IN),
    O("赴[[永丰街道]]、", [SH + "永丰街道", "永丰街道"], G, OPT),                     # used as a place
    O("、[[岳阳街道]]督查", [SH + "岳阳街道", "岳阳街道"], G, OPT),                   # used as a place
    O("，[[区应急管理局]]要", [SH + "应急管理局"], G),
]

C, P, M, T = "count", "percent", "money", "duration"
CNY = "CNY"
STATS = [
    S("等[[6个]]赛项", "6", "个", C, "exact", "赛项"),
    S("全区[[42家]]企业", "42", "家", C, "exact", "参赛企业"),
    S("的[[318名]]选手", "318", "名", C, "exact", "参赛选手"),
    S("经过[[两天]]角逐", "2", "天", T, "exact", "角逐", OPT),
    S("共有[[56名]]选手获奖", "56", "名", C, "exact", "获奖选手"),
    S("共计[[18.6万元]]", "186000", "元", M, "exact", "获奖选手奖金", currency=CNY),
    S("全区[[37所]]学校", "37", "所", C, "exact", "参赛学校"),
    S("的[[412件]]作品", "412", "件", C, "exact", "参赛作品"),
    S("获奖作品[[86件]]", "86", "件", C, "exact", "获奖作品"),
    S("九亭中学的[[9件]]作品", "9", "件", C, "exact", "一等奖作品"),
    S("等[[15所]]学校", "15", "所", C, "exact", "二等奖学校"),
    S("学校的[[27件]]作品", "27", "件", C, "exact", "二等奖作品"),
    S("等[[29所]]学校", "29", "所", C, "exact", "三等奖学校"),
    S("学校的[[50件]]作品", "50", "件", C, "exact", "三等奖作品"),
    S("经营主体[[236家]]", "236", "家", C, "exact", "检查经营主体"),
    S("题[[41个]]", "41", "个", C, "exact", "整改问题"),
    S("立案查处[[4起]]", "4", "起", C, "exact", "立案查处"),
    S("银行卡[[12张]]", "12", "张", C, "exact", "提供银行卡"),
    S("转移资金[[86万余元]]", "860000", "元", M, "over", "帮助转移资金", currency=CNY),
    S("有期徒刑[[一年二个月]]", "14", "个月", T, "exact", "有期徒刑", OPT),          # a mixed duration
    S("罚金[[1万元]]", "10000", "元", M, "exact", "罚金", currency=CNY),
    S("招聘教师[[165名]]", "165", "名", C, "exact", "招聘教师"),
    S("报名人数达[[2386人]]", "2386", "人", C, "exact", "报名人数"),
    S("[[68家]]企业提供", "68", "家", C, "exact", "参会企业"),
    S("提供岗位[[1500余个]]", "1500", "个", C, "over", "提供岗位"),
    S("就业意向[[326人]]", "326", "人", C, "exact", "达成初步就业意向"),
    S("全区[[2860户]]困难家庭", "2860", "户", C, "exact", "困难家庭"),
    S("共计[[429万元]]", "4290000", "元", M, "exact", "帮扶资金", currency=CNY),
    S("户均[[1500元]]", "1500", "元", M, "exact", "户均帮扶资金", currency=CNY),
    S("独居老人[[约1200人]]", "1200", "人", C, "about", "走访独居老人"),
    S("就餐座位[[120个]]", "120", "个", C, "exact", "就餐座位"),
    S("供餐能力达[[500份]]", "500", "份", C, "exact", "日均供餐能力"),
    S("老年居民[[近3000人]]", "3000", "人", C, "under", "辐射周边老年居民"),
    S("再建成[[2家]]社区食堂", "2", "家", C, "exact", "社区食堂"),
    S("首批学员[[100名]]", "100", "名", C, "exact", "首批学员"),
    S("等[[12项]]实事项目", "12", "项", C, "exact", "实事项目"),
    S("总投资[[约8.7亿元]]", "870000000", "元", M, "about", "实事项目总投资", currency=CNY),
    S("为[[4100余家]]企业", "4100", "家", C, "over", "发放稳岗返还资金企业"),
    S("返还资金[[2310万元]]", "23100000", "元", M, "exact", "稳岗返还资金", currency=CNY),
    S("同比增长[[12.4%]]", "12.4", "%", P, "exact", "稳岗返还资金", change=up()),
    S("惠及职工[[6.8万人]]", "68000", "人", C, "exact", "惠及职工"),
    S("惠及[[6.8万]]职工", "68000", "", C, "exact", "惠及职工", OPT),               # a headline restating the body
    S("为[[312家]]小微企业", "312", "家", C, "exact", "小微企业"),
    S("扩岗补助[[156万元]]", "1560000", "元", M, "exact", "一次性扩岗补助", currency=CNY),
    S("全区[[17个]]街镇", "17", "个", C, "exact", "街镇"),
    S("等活动[[30余场]]", "30", "场", C, "over", "阅读活动"),
    S("查看了[[3家]]餐饮企业", "3", "家", C, "exact", "查看餐饮企业"),
    S("和[[1个]]老旧小区", "1", "个", C, "exact", "查看老旧小区"),
]

EVENTS = [
    E("在松江区技师学院举办2025年职业技能竞赛", "competition", "竞赛", xun(2025, 12, 0), location="松江区技师学院",
      organizers=["区人社局", "区总工会"], participants=["选手"]),
    E("区委常委会召开会议", "meeting", "召开", D16, organizers=["区委常委会"]),
    E("为获奖选手发放奖金", "payout", "发放", organizers=["区人社局"], participants=["获奖选手"]),
    E("参加明年4月举行的全市职业技能大赛", "competition", "大赛", month(2026, 4), opt=True),   # a plan
    E("区教育局本月15日公布", "announcement", "公布", D15, organizers=["区教育局"]),
    E("共评出获奖作品86件", "award", "评出", D15, organizers=["区教育局"], opt=True),          # the same results
    E("获奖作品将于本月20日至26日在区青少年活动中心展出", "exhibition", "展出", day("2025-12-20", "2025-12-26"),
      location="区青少年活动中心"),
    E("禁止机动车通行", "traffic", "禁止机动车通行", day("2025-12-31", "2026-01-01"),
      location="中山中路（谷阳北路至人民北路段）", organizers=["上海市公安局松江分局", "上海市松江区建设和管理委员会"]),
    E("开展冬季食品安全专项检查", "inspection", "检查", day("2025-12-08", "2025-12-12"), organizers=["区市场监管局"]),
    E("公开宣判一起帮助信息网络犯罪活动案", "legal", "宣判", day("2025-12-11"), organizers=["区人民法院"]),
    E("被判处有期徒刑", "legal", "判处", day("2025-12-11"), opt=True),                    # the same ruling
    E("教师招聘笔试将于下周六在松江区第一中学举行", "exam", "笔试", day("2025-12-27"), location="松江区第一中学"),
    E("登录区教育局网站打印准考证", "other", "打印准考证", day("2025-12-22", "2025-12-25"), opt=True),
    E("举办“岁末送岗 温暖就业”专场招聘会", "recruitment", "招聘会", D16, location="新桥镇",
      organizers=["区就业促进中心"], theme="岁末送岗 温暖就业"),
    E("本月15日启动冬季“送温暖”行动", "activity", "启动", D15, organizers=["区民政局"], theme="送温暖"),
    E("向全区2860户困难家庭发放帮扶资金", "payout", "发放", D15, organizers=["区民政局"], participants=["困难家庭"]),
    E("入户走访独居老人", "visit", "走访", day("2025-12-22"), participants=["独居老人"]),
    E("长者食堂昨天投入使用", "launch", "投入使用", D16, location="方松街道文诚社区"),
    E("在区中心医院举办应急救护培训班", "training", "培训班", day("2025-12-24"), location="区中心医院",
      organizers=["区卫生健康委"], participants=["全区中小学教师"]),
    E("区政府召开第九十六次常务会议，", "meeting", "召开", day("2025-12-12"), organizers=["区政府"]),
    E("审议通过《松江区2026年为民办实事项目安排》", "policy", "审议通过", day("2025-12-12"),
      organizers=["区政府"], opt=True),                                                   # part of the meeting
    E("为4100余家企业发放稳岗返还资金", "payout", "发放", year(2025), organizers=["区人社局"], participants=["企业"]),
    E("发放一次性扩岗补助", "payout", "发放", year(2025), opt=True),                      # part of the payout
    E("“书香松江 悦读冬日”全民阅读活动在区图书馆启动", "activity", "启动", day("2025-12-13"), location="区图书馆",
      organizers=["区文化旅游局", "团区委"], theme="书香松江 悦读冬日"),
    E("赴永丰街道、岳阳街道督查燃气安全", "inspection", "督查", D16, location="永丰街道、岳阳街道"),
    E("完成新一轮隐患排查", "inspection", "排查", day("2025-12-31"), organizers=["区应急管理局"], opt=True),  # a plan
]
