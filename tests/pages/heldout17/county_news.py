"""密云报, 北京市密云区融媒体中心 (密云区, 北京市), 2025-12-10 (a Wednesday): a district paper page.
Features: a series label (`美丽密云·民生实事`); kickers over titles (`冬训正当时 技能促增收` / `区人社局开展冬季农民职业
技能培训`, `以赛促训 以技兴业` / `密云区第五届职业技能大赛落幕`); a winners list in label-colon lines (`一等奖：`,
`二等奖：`, `三等奖：`, units in parentheses as organizations: a company, hospitals, a school, a health centre); a 通告
with three numbered articles, two issuing bodies on their own lines and a date line (`全封闭施工` from
`2025年12月15日起至 2026年2月10日`: traffic); a caption credited to the district media centre and a person
(`区融媒体中心 孙 立 强 摄`) and one credited to an institution only (`（区农业农村局供图）`); a paragraph broken after
a comma (`…培训农民1100余人次，` | `其中468人…`) with another article, its headline and a caption between; a paragraph
broken mid-word (`监督检|查力度`) with a caption between; headlines after their bodies. District bodies resolve with the
district (Beijing has no counties: `区人社局`, `区农业农村局`, `区总工会`, `区市场监管局`, `区法院`, `区教委`,
`区医保局`, `团区委`, `区妇联`, `区园林绿化局`, `区十八届人大常委会`). Relative dates: `本月上旬`, `上旬`, `昨天上午`,
`昨天下午`, `昨天` = 12-09, `当天` (after `昨天`), `下周二` = 12-16, `下周六` = 12-20, `本月X日`, `明年5月`, `上年`,
`今年`; `近日`, `目前` optional with no value. Events of many types; parts of one happening and plans are optional.

Written at main commit c7229b8, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "密云报"
PUBLISHED = "2025-12-10"
HOME = {"county": "密云区", "province": "北京市"}

LAYOUT = [
    ("美丽密云·民生实事", "label", "C0"),
    ("冬训正当时", "headline", "C0"),                       # kicker
    ("区人社局开展冬季", "headline", "C0"),
    ("本报讯（记者 王 雪 梅 通讯员", "body", "C0"),         # breaks after a comma
    ("本报讯（记者 李 振 华）昨天上午", "body", "C1"),
    ("区委常委会召开会议", "headline", "C1"),               # after its body
    ("12月8日，学员", "caption", "P0"),                     # 区融媒体中心 孙 立 强 摄
    ("其中468人", "body", "C0"),                            # the rest of C0's paragraph
    ("以赛促训", "headline", "C2"),                         # kicker
    ("密云区第五届", "headline", "C2"),
    ("本报讯（通讯员 刘 晓 燕）本月6日", "body", "C2"),
    ("一等奖：", "body", "C2"),
    ("二等奖：", "body", "C2"),
    ("三等奖：", "body", "C2"),
    ("区总工会将推荐", "body", "C2"),
    ("关于滨河路", "headline", "C3"),
    ("为保障滨河路", "body", "C3"),
    ("一、自2025年", "body", "C3"),
    ("二、过往车辆", "body", "C3"),
    ("三、对违反", "body", "C3"),
    ("北京市公安局", "body", "C3"),
    ("北京市密云区水务局", "body", "C3"),
    ("2025年12月9日", "body", "C3"),
    ("本报讯（记者 李 振 华）区市场监管局", "body", "C4"),  # breaks mid-word
    ("穆家峪镇冬储", "caption", "P1"),                      # （区农业农村局供图）
    ("查力度。", "body", "C4"),                             # the rest of C4's paragraph
    ("区市场监管局开展", "headline", "C4"),                 # after its body
    ("区法院审结", "headline", "C5"),
    ("本报讯（通讯员 高 文 静）区人民法院", "body", "C5"),
    ("区长带队", "headline", "C6"),
    ("本报讯（记者 王 雪 梅）本月5日", "body", "C6"),
    ("本报讯（记者 王 雪 梅）2025年", "body", "C7"),
    ("事业单位招聘笔试", "headline", "C7"),                 # after its body
    ("本报讯（通讯员 赵 立 新）区医保局", "body", "C8"),
    ("居民医保", "headline", "C8"),                         # after its body
    ("“冰雪暖冬”", "headline", "C9"),
    ("本报讯（通讯员 刘 晓 燕）团区委", "body", "C9"),
    ("本报讯（通讯员 赵 立 新）区园林", "body", "C10"),
    ("1.86亿元", "headline", "C10"),                        # after its body
    ("本报讯（记者 孙 立 强）昨天", "body", "C11"),
    ("宾阳里社区养老驿站", "headline", "C11"),              # after its body
    ("区人大常委会召开", "headline", "C12"),
    ("本报讯（记者 李 振 华）区十八届", "body", "C12"),
    ("区教委组织", "headline", "C13"),
    ("本报讯（通讯员 高 文 静）区教委", "body", "C13"),
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["王雪梅"], correspondents=["赵立新"])),
    "C1": dict(byline=byline(reporters=["李振华"])),
    "C2": dict(byline=byline(correspondents=["刘晓燕"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["李振华"])),
    "C5": dict(byline=byline(correspondents=["高文静"])),
    "C6": dict(byline=byline(reporters=["王雪梅"])),
    "C7": dict(byline=byline(reporters=["王雪梅"])),
    "C8": dict(byline=byline(correspondents=["赵立新"])),
    "C9": dict(byline=byline(correspondents=["刘晓燕"])),
    "C10": dict(byline=byline(correspondents=["赵立新"])),
    "C11": dict(byline=byline(reporters=["孙立强"])),
    "C12": dict(byline=byline(reporters=["李振华"])),
    "C13": dict(byline=byline(correspondents=["高文静"])),
}
JOINS = [("本报讯（记者 王 雪 梅 通讯员", "其中468人"), ("本报讯（记者 李 振 华）区市场监管局", "查力度。")]
PHOTOS = {
    "P0": dict(photographers=["孙立强"], article="C0"),
    "P1": dict(photographers=[], article=None),
}

D9 = day("2025-12-09")
X1 = xun(2025, 12, 0)
TUE, SAT = day("2025-12-16"), day("2025-12-20")
DATES = [
    D("）[[本月上旬]]，区人社局", X1),
    D("）[[昨天上午]]，区委常委会", D9),
    D("\n[[12月8日]]，学员", day("2025-12-08")),
    D("，[[下周二]]起将在", TUE),
    D("）[[本月6日]]，由区人社局", day("2025-12-06")),
    D("参加[[明年5月]]举行", month(2026, 5)),
    D("自[[2025年12月15日起至2026年2月10日]]止", day("2025-12-15", "2026-02-10")),
    D("水务局\n[[2025年12月9日]]", D9),
    D("区市场监管局[[本月1日至7日]]开展", day("2025-12-01", "2025-12-07")),
    D("区人民法院[[本月3日]]公开", day("2025-12-03")),
    D("）[[本月5日]]，区政府", day("2025-12-05")),
    D("。[[目前]]，全区共有", VAGUE),
    D("）[[2025年]]密云区事业单位", year(2025), OPT),                 # a year in the exam's name
    D("笔试将于[[本月14日]]在", day("2025-12-14")),
    D("笔试[[本月14日]]开考", day("2025-12-14")),
    D("可于[[本月11日至13日]]登录", day("2025-12-11", "2025-12-13")),
    D("区医保局提醒，[[2026年度]]城乡", year(2026), OPT),             # a year in the insurance's name
    D("缴费将于[[本月31日]]截止。", day("2025-12-31")),
    D("截至[[本月8日]]", day("2025-12-08")),
    D("比[[上年同期]]提高", year(2024)),
    D("缴费[[本月31日]]截止\n", day("2025-12-31")),
    D("志愿服务[[下周六]]启动", SAT),
    D("将于[[下周六]]在", SAT),
    D("园林绿化局[[近日]]向", VAGUE),
    D("发放[[2025年]]山区", year(2025)),
    D("较[[上年]]增加620万元", year(2024)),
    D("已于[[上旬]]直接", X1),
    D("）[[昨天]]，鼓楼街道", D9),
    D("。[[当天]]，区中医医院", D9),
    D("第三十次会议[[昨天下午]]召开", D9),
    D("关于[[2025年]]民生实事", year(2025), OPT),                     # in a report's title
    D("。报告显示，[[今年]]确定的", year(2025)),
    D("。[[当天]]，会议还", D9),
    D("区教委[[昨天]]组织", D9),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["北京市密云区人力资源和社会保障局", "密云区人力资源和社会保障局"]
NYJ = ["北京市密云区农业农村局", "密云区农业农村局"]
CWH = ["中共北京市密云区委员会常务委员会", "中共北京市密云区委常委会", "中共密云区委常委会"]
ZGH = ["北京市密云区总工会", "密云区总工会"]
ZYXX = ["北京市密云区职业学校", "密云区职业学校"]
SJJ = ["北京市密云区市场监督管理局", "密云区市场监督管理局"]
FY = ["北京市密云区人民法院", "密云区人民法院"]
ZF = ["北京市密云区人民政府", "密云区人民政府"]
ZYY = ["北京市密云区中医医院", "密云区中医医院"]
RD = ["北京市密云区人民代表大会常务委员会", "北京市密云区人大常委会", "密云区人大常委会"]
JW = ["北京市密云区教育委员会", "密云区教育委员会"]
ORGS = [
    O("\n[[区人社局]]开展冬季", RSJ, G),
    O("本月上旬，[[区人社局]]联合", RSJ, G),
    O("联合[[区农业农村局]]在", NYJ, G),
    O("昨天上午，[[区委常委会]]召开", CWH, PA),
    O("传达学习[[市委]]全会", ["中共北京市委员会", "中共北京市委"], PA, OPT),        # in a plenum's name
    O("\n[[区委常委会]]召开会议", CWH, PA),
    O("学员在[[区职业技能公共实训基地]]进行", ["北京市密云区职业技能公共实训基地"], IN, OPT),  # a site
    O("[[区融媒体中心]] 孙", ["北京市密云区融媒体中心", "密云区融媒体中心"], IN),
    O("。[[区人社局]]为参训", RSJ, G),
    O("。[[区人社局]]表示", RSJ, G),
    O("在[[区人力资源市场]]举办", ["北京市密云区人力资源市场"], IN, OPT),              # a venue
    O("由[[区人社局]]、区总工会", RSJ, G),
    O("、[[区总工会]]主办", ZGH, PE),
    O("大赛在[[区职业学校]]举行", ZYXX, IN),
    O("（[[北京密云水务有限公司]]）", ["北京密云水务有限公司"], CO),
    O("（[[区妇幼保健院]]）", ["北京市密云区妇幼保健院", "密云区妇幼保健院"], IN),
    O("（[[区职业学校]]）", ZYXX, IN),
    O("（[[区中医医院]]）", ZYY, IN),
    O("（[[溪翁庄镇社区卫生服务中心]]）", ["北京市密云区溪翁庄镇社区卫生服务中心", "溪翁庄镇社区卫生服务中心"], IN),
    O("\n[[区总工会]]将推荐", ZGH, PE),
    O("[[北京市公安局公安交通管理局密云交通支队]]", ["北京市公安局公安交通管理局密云交通支队"], G),
    O("[[北京市密云区水务局]]", ["北京市密云区水务局"], G),
    O("（记者 李 振 华）[[区市场监管局]]本月1日", SJJ, G),
    O("（[[区农业农村局]]供图）", NYJ, G),
    O("\n[[区市场监管局]]开展冬季", SJJ, G),
    O("[[区法院]]审结", FY, G),
    O("[[区人民法院]]本月3日", FY, G),
    O("，[[区政府]]主要负责人", ZF, G),
    O("在[[区第三中学]]考点", ["北京市密云区第三中学", "密云区第三中学"], IN, OPT),    # an exam site
    O("登录[[区人社局网站]]", ["北京市密云区人力资源和社会保障局网站"], IN, OPT),      # a website
    O("[[区医保局]]提醒", ["北京市密云区医疗保障局", "密云区医疗保障局"], G),
    O("[[团区委]]、区妇联", ["共青团北京市密云区委员会", "共青团密云区委员会"], PE),
    O("、[[区妇联]]将于", ["北京市密云区妇女联合会", "密云区妇女联合会"], PE),
    O("[[区园林绿化局]]近日", ["北京市密云区园林绿化局", "密云区园林绿化局"], G),
    O("昨天，[[鼓楼街道宾阳里社区养老服务驿站]]", ["北京市密云区鼓楼街道宾阳里社区养老服务驿站",
                                             "鼓楼街道宾阳里社区养老服务驿站"], IN),
    O("当天，[[区中医医院]]医护", ZYY, IN),
    O("\n[[宾阳里社区养老驿站]]投入", ["北京市密云区鼓楼街道宾阳里社区养老服务驿站", "宾阳里社区养老驿站"], IN),
    O("\n[[区人大常委会]]召开", RD, G),
    O("）[[区十八届人大常委会]]第三十次", RD, G),
    O("听取和审议[[区政府]]关于", ZF, G),
    O("\n[[区教委]]组织中小学", JW, G),
    O("）[[区教委]]昨天组织", JW, G),
    O("。[[区消防救援支队]]派出", ["北京市密云区消防救援支队", "密云区消防救援支队"], G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
CNY = "CNY"
STATS = [
    S("等[[5个]]镇", "5", "个", C, "exact", "开展培训的镇"),
    S("培训班[[16期]]", "16", "期", C, "exact", "培训班"),
    S("培训农民[[1100余人次]]", "1100", "人次", C, "over", "培训农民"),
    S("其中[[468人]]", "468", "人", C, "exact", "取得职业技能等级证书"),
    S("共计[[15.6万元]]", "156000", "元", M, "exact", "培训补贴", currency=CNY),
    S("提供岗位[[900余个]]", "900", "个", C, "over", "专场招聘会提供岗位"),
    S("全区[[42家]]企业", "42", "家", C, "exact", "参赛企业和单位"),
    S("的[[186名]]选手", "186", "名", C, "exact", "参赛选手"),
    S("茶艺师[[3个]]项目", "3", "个", C, "exact", "比赛项目"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[6名]]", "6", "名", C, "exact", "二等奖"),
    S("三等奖[[9名]]", "9", "名", C, "exact", "三等奖"),
    S("医院）等[[6人]]", "6", "人", C, "exact", "二等奖"),
    S("中心）等[[9人]]", "9", "人", C, "exact", "三等奖"),
    S("农贸市场[[8个]]", "8", "个", C, "exact", "检查农贸市场"),
    S("餐饮服务单位[[156家]]", "156", "家", C, "exact", "检查餐饮服务单位"),
    S("食品样品[[92批次]]", "92", "批次", C, "exact", "抽检食品样品"),
    S("整改问题[[27个]]", "27", "个", C, "exact", "发现并整改问题"),
    S("拖欠[[26名]]工人", "26", "名", C, "exact", "被拖欠工资的工人"),
    S("共计[[38.5万元]]", "385000", "元", M, "exact", "拖欠工人工资", currency=CNY),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑"),
    S("罚金[[2万元]]", "20000", "元", M, "exact", "罚金", currency=CNY),
    S("落实[[24小时]]巡库", "24", "小时", T, "exact", "巡库制度", OPT),               # in a rule's name
    S("护库队员[[1380名]]", "1380", "名", C, "exact", "护库队员"),
    S("招聘岗位[[52个]]", "52", "个", C, "exact", "招聘岗位"),
    S("共有[[1620人]]报名", "1620", "人", C, "exact", "报名人数"),
    S("已有[[14.6万人]]完成", "146000", "人", C, "exact", "完成参保缴费"),
    S("参保率达[[92.5%]]", "92.5", "%", P, "exact", "参保率"),
    S("提高[[1.2个百分点]]", "1.2", "个百分点", P, "exact", "参保率", change=up("上年同期")),
    S("组织[[120名]]志愿者", "120", "名", C, "exact", "志愿者"),
    S("全区[[150户]]困难家庭", "150", "户", C, "exact", "困难家庭"),
    S("全区[[17个]]镇", "17", "个", C, "exact", "镇（街道）"),
    S("补偿资金[[1.86亿元]]", "186000000", "元", M, "exact", "山区生态公益林生态效益补偿资金", currency=CNY),
    S("惠及农民[[5.8万人]]", "58000", "人", C, "exact", "惠及农民"),
    S("增加[[620万元]]", "6200000", "元", M, "exact", "生态效益补偿资金", change=up("上年"), currency=CNY),
    S("\n[[1.86亿元]]生态", "186000000", "元", M, "exact", "生态补偿金", currency=CNY),
    S("面积[[约420平方米]]", "420", "平方米", A, "about", "驿站面积"),
    S("周边[[1600余名]]老年人", "1600", "名", C, "over", "服务周边老年人"),
    S("确定的[[30项]]", "30", "项", C, "exact", "民生实事"),
    S("已完成[[28项]]", "28", "项", C, "exact", "已完成民生实事"),
    S("完成率[[93.3%]]", "93.3", "%", P, "exact", "民生实事完成率"),
    S("全区[[68所]]中小学", "68", "所", C, "exact", "中小学、幼儿园"),
    S("参与师生[[4.2万人]]", "42000", "人", C, "exact", "参与演练师生"),
    S("派出[[12名]]消防员", "12", "名", C, "exact", "消防员"),
]

EVENTS = [
    E("开展冬季农民职业技能培训，", "training", "培训", X1, location="穆家峪镇、溪翁庄镇等5个镇",
      organizers=["区人社局", "区农业农村局"], participants=["农民"]),
    E("区委常委会召开会议，", "meeting", "召开", D9, organizers=["区委常委会"]),
    E("进行中式面点实操训练", "training", "训练", day("2025-12-08"), location="区职业技能公共实训基地",
      opt=True),                                                                  # part of the training
    E("发放培训补贴共计15.6万元", "payout", "发放", X1, organizers=["区人社局"], participants=["参训学员"]),
    E("举办“冬季送岗”专场招聘会", "recruitment", "招聘会", TUE, location="区人力资源市场",
      organizers=["区人社局"], theme="冬季送岗"),
    E("职业技能大赛在区职业学校举行决赛", "competition", "大赛", day("2025-12-06"), location="区职业学校",
      organizers=["区人社局", "区总工会"], participants=["选手"]),
    E("大赛共评出一等奖3名", "award", "评出", day("2025-12-06"), organizers=["区人社局", "区总工会"]),
    E("参加明年5月举行的全市职业技能大赛", "competition", "大赛", month(2026, 5), opt=True),   # a plan
    E("实行全封闭施工，禁止机动车和非机动车通行", "traffic", "全封闭施工", day("2025-12-15", "2026-02-10"),
      location="滨河路（檀营桥至白河桥段）",
      organizers=["北京市公安局公安交通管理局密云交通支队", "北京市密云区水务局"]),
    E("雨污分流改造工程顺利实施", "construction", "改造工程", opt=True),              # told in passing
    E("开展冬季食品安全专项检查，", "inspection", "检查", day("2025-12-01", "2025-12-07"),
      organizers=["区市场监管局"]),
    E("冬储白菜喜获丰收", "production", "丰收", location="穆家峪镇", opt=True),      # a caption, no date
    E("公开开庭审理一起拒不支付劳动报酬案", "legal", "审理", day("2025-12-03"), organizers=["区人民法院"]),
    E("被判处有期徒刑一年", "legal", "判处", day("2025-12-03"), opt=True),            # the same trial
    E("调研密云水库冬季保水工作，", "inspection", "调研", day("2025-12-05"), location="石城镇、太师屯镇",
      organizers=["区政府"]),
    E("笔试将于本月14日在区第三中学考点举行", "exam", "笔试", day("2025-12-14"), location="区第三中学考点"),
    E("登录区人社局网站打印准考证", "other", "打印准考证", day("2025-12-11", "2025-12-13"), opt=True),
    E("集中参保缴费将于本月31日截止", "registration", "参保缴费", day("2025-12-31"), organizers=["区医保局"]),
    E("开展“冰雪暖冬”志愿服务活动，", "activity", "志愿服务", SAT, location="奥林匹克健身园",
      organizers=["团区委", "区妇联"], participants=["志愿者"], theme="冰雪暖冬"),
    E("送去棉被、米面油等生活物资", "payout", "送去", SAT, opt=True),                  # part of the activity
    E("发放2025年山区生态公益林生态效益补偿资金1.86亿元", "payout", "发放", X1, organizers=["区园林绿化局"],
      participants=["农民"]),
    E("养老服务驿站正式投入使用", "launch", "投入使用", D9, location="鼓楼街道宾阳里社区"),
    E("开展了“银龄健康”义诊活动", "activity", "义诊", D9, location="驿站", organizers=["区中医医院"],
      theme="银龄健康"),
    E("第三十次会议昨天下午召开", "meeting", "召开", D9, organizers=["区十八届人大常委会"]),
    E("表决通过了有关人事任免事项", "other", "表决通过", D9, opt=True),                # part of the session
    E("开展冬季消防疏散演练", "training", "演练", D9, organizers=["区教委"], participants=["中小学、幼儿园"]),
    E("派出12名消防员现场指导", "other", "现场指导", D9, opt=True),                    # part of the drill
]
