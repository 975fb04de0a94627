"""今日临泽 (临泽县融媒体中心, 甘肃省张掖市), 2025-12-11 (a Thursday): a county paper, so the county is
home (`县农业农村局` → 临泽县农业农村局, `县教育局` → 临泽县教育局, `县人民法院`, `县十九届人大常委会` →
临泽县人民代表大会常务委员会, `团县委` → 共青团临泽县委员会; `市农业农村局` → 张掖市农业农村局). Features: a series
label (`文明实践在身边`) and a kicker (`冬日田野技能比拼`) over the main title; a winners list in label-colon
lines (`一等奖：…`, `二等奖：… 等6人`); a 通告 closing with its two issuing bodies on one line and a date
line (`自2025年12月15日起至2026年3月15日…禁止燃放烟花爆竹`: policy); a caption credited to an institution
and a person (`县融媒体中心 杨 帆 摄`) and one to a reporter (`（记者 张 涛 摄）`); a school-safety paragraph
broken after a comma with another article and its headline between its halves, its own headline after the
rest; a paragraph broken mid-word (`精深加|工生产线`) with a caption between; a column label (`便民信息`)
over a headline-less item; five headlines after their bodies. Relative dates: `昨天` = 12-10, `下周二` =
12-16, `下周三` = 12-17, `本月27日`, `本月15日`, `本月底`, `本月`, `当天` (after `12月10日上午`), `明年…`;
`下周` in a headline is a week (optional, no value). Events of many closed-list types. Plans without date or
organizer, recurring slots and parts of one happening told twice are optional.

Written at main commit 190638b, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "今日临泽"
PUBLISHED = "2025-12-11"
HOME = {"county": "临泽县", "city": "张掖市", "province": "甘肃省"}

LAYOUT = [
    ("文明实践在身边", "label", "B0"),
    ("冬日田野技能比拼", "headline", "B0"),               # kicker
    ("我县举办第二届", "headline", "B0"),
    ("本报讯（记者 刘 文 静 通讯员 何 军）12月9日", "body", "B0"),
    ("一等奖：", "body", "B0"),
    ("二等奖：", "body", "B0"),
    ("12月9日，选手在", "caption", "P0"),                 # 县融媒体中心 杨 帆 摄
    ("关于县城规划区", "headline", "B1"),
    ("为减少大气污染", "body", "B1"),
    ("一、自2025年", "body", "B1"),
    ("二、违反本通告", "body", "B1"),
    ("特此通告。", "body", "B1"),
    ("临泽县人民政府  临泽县公安局", "body", "B1"),
    ("2025年12月10日", "body", "B1"),
    ("本报讯（通讯员 陈 霞）为做好", "body", "B2"),       # breaks after a comma
    ("义诊服务送到家门口", "headline", "B3"),
    ("本报讯（通讯员 周 婷）12月8日", "body", "B3"),
    ("并于下周二前", "body", "B2"),                       # the rest of B2's paragraph
    ("校园安全 常抓不懈", "headline", "B2"),              # after its body
    ("我县签约3个", "headline", "B4"),
    ("本报讯（记者 张 涛）12月9日", "body", "B4"),        # breaks mid-word: 精深加|工
    ("推介会签约现场", "caption", "P1"),
    ("工生产线", "body", "B4"),
    ("本报讯（通讯员 临 法）", "body", "B5"),
    ("巡回法庭开到村头", "headline", "B5"),               # after its body
    ("冬季取暖补贴发放到位", "headline", "B6"),
    ("本报讯（记者 刘 文 静）记者昨天", "body", "B6"),
    ("我县公开招聘", "headline", "B7"),
    ("本报讯（记者 张 涛）县人力", "body", "B7"),
    ("本报讯（通讯员 吴 磊）12月10日上午", "body", "B8"),
    ("“一窗通办”专区启用", "headline", "B8"),            # after its body
    ("便民信息", "label", "B9"),
    ("因蓼泉大桥", "body", "B9"),
    ("连日来", "body", "B10"),
    ("设施农业冬管正当时", "headline", "B10"),            # after its body
    ("县人大常委会召开", "headline", "B11"),
    ("本报讯（记者 刘 文 静）12月10日", "body", "B11"),
    ("市农业农村局来我县调研", "headline", "B12"),
    ("本报讯（通讯员 何 军）12月8日", "body", "B12"),
    ("剪纸作品展", "headline", "B13"),
    ("本报讯（通讯员 周 婷）县文化馆", "body", "B13"),
    ("危化企业", "headline", "B14"),
    ("本报讯（通讯员 吴 磊）县应急", "body", "B14"),
    ("本报讯（通讯员 陈 霞）12月7日", "body", "B15"),
    ("青年志愿者温暖福利院", "headline", "B15"),          # after its body
    ("城乡居民医保缴费进行中", "headline", "B16"),
    ("本报讯（记者 张 涛）记者从县医疗", "body", "B16"),
]

ARTICLES = {
    "B0": dict(byline=byline(reporters=["刘文静"], correspondents=["何军"])),
    "B1": dict(),
    "B2": dict(byline=byline(correspondents=["陈霞"])),
    "B3": dict(byline=byline(correspondents=["周婷"])),
    "B4": dict(byline=byline(reporters=["张涛"])),
    "B5": dict(byline=byline(correspondents=["临法"])),
    "B6": dict(byline=byline(reporters=["刘文静"])),
    "B7": dict(byline=byline(reporters=["张涛"])),
    "B8": dict(byline=byline(correspondents=["吴磊"])),
    "B9": dict(),
    "B10": dict(),
    "B11": dict(byline=byline(reporters=["刘文静"])),
    "B12": dict(byline=byline(correspondents=["何军"])),
    "B13": dict(byline=byline(correspondents=["周婷"])),
    "B14": dict(byline=byline(correspondents=["吴磊"])),
    "B15": dict(byline=byline(correspondents=["陈霞"])),
    "B16": dict(byline=byline(reporters=["张涛"])),
}
JOINS = [("本报讯（通讯员 陈 霞）为做好", "并于下周二前"), ("本报讯（记者 张 涛）12月9日", "工生产线")]
PHOTOS = {
    "P0": dict(photographers=["杨帆"], article="B0"),
    "P1": dict(photographers=["张涛"], article="B4"),
}

D7, D8, D9, D10 = (day(f"2025-12-{d:02d}") for d in (7, 8, 9, 10))
D15 = day("2025-12-15")

DATES = [
    D("何 军）[[12月9日]]，由县", D9),
    D("[[12月9日]]，选手在", D9),
    D("自[[2025年12月15日起至2026年3月15日]]，", day("2025-12-15", "2026-03-15")),
    D("[[2025年12月10日]]", D10),
    D("县教育局[[昨天]]召开", D10),
    D("周 婷）[[12月8日]]，县人民医院", D8),
    D("并于[[下周二]]前", day("2025-12-16")),
    D("张 涛）[[12月9日]]，我县", D9),
    D("预计[[明年10月]]建成", month(2026, 10)),
    D("临 法）[[12月5日]]，县人民法院", day("2025-12-05")),
    D("记者[[昨天]]从县民政局", D10),
    D("县人力资源和社会保障局[[日前]]发布", VAGUE),
    D("报名时间为[[12月15日至19日]]", day("2025-12-15", "2025-12-19")),
    D("笔试定于[[本月27日]]举行", day("2025-12-27")),
    D("吴 磊）[[12月10日上午]]，县政务", D10),
    D("[[当天]]，共有320名", D10),
    D("，[[12月12日至25日]]，大桥", day("2025-12-12", "2025-12-25")),
    D("[[连日来]]，沙河镇", VAGUE),
    D("刘 文 静）[[12月10日]]，县十九届", D10),
    D("关于[[2025年度]]民生实事", year(2025)),
    D("对照[[年初]]确定的", VAGUE),
    D("确保[[本月底]]前全部完成", xun(2025, 12, 2)),
    D("何 军）[[12月8日]]，张掖市", D8),
    D("剪纸作品展[[本月15日]]开展", D15),
    D("将于[[本月15日]]在县文化馆", D15),
    D("展期至[[明年1月10日]]", day("2026-01-10")),
    D("展览期间[[每周六上午]]还将", VAGUE),
    D("安全培训[[下周]]开班", VAGUE),
    D("定于[[下周三]]在县委党校", day("2025-12-17")),
    D("陈 霞）[[12月7日]]，共青团", D7),
    D("[[本月]]还将组织志愿者", month(2025, 12)),
    D("我县[[2026年度]]城乡居民", year(2026)),
    D("已于[[11月1日]]启动", day("2025-11-01")),
    D("持续至[[明年2月28日]]", day("2026-02-28")),
    D("截至[[12月10日]]，全县", D10),
    D("比[[去年同期]]提高", VAGUE),
]

G, IN, CO, PE, PA = "government", "institution", "company", "people", "party"
LZ = "临泽县"
RD = ["临泽县人民代表大会常务委员会", "临泽县人大常委会"]
TW = ["共青团临泽县委员会", "共青团临泽县委"]

ORGS = [
    O("由[[县农业农村局]]、县总工会", LZ + "农业农村局", G),
    O("、[[县总工会]]联合主办", LZ + "总工会", PE),
    O("[[县融媒体中心]] 杨 帆 摄", LZ + "融媒体中心", IN),
    O("[[临泽县人民政府]]  临泽县公安局", LZ + "人民政府", G),
    O("临泽县人民政府  [[临泽县公安局]]", LZ + "公安局", G),
    O("，[[县教育局]]昨天召开", LZ + "教育局", G),
    O("周 婷）12月8日，[[县人民医院]]组织", LZ + "人民医院", IN),
    O("会后，[[县教育局]]联合", LZ + "教育局", G),
    O("联合[[县消防救援大队]]对6所", LZ + "消防救援大队", G),
    O("其中，[[甘肃祁连枣业有限公司]]投资", "甘肃祁连枣业有限公司", CO),
    O("12月5日，[[县人民法院]]在倪家营镇", LZ + "人民法院", G),
    O("记者昨天从[[县民政局]]获悉", LZ + "民政局", G),
    O("张 涛）[[县人力资源和社会保障局]]日前", LZ + "人力资源和社会保障局", G),
    O("12月10日上午，[[县政务服务中心]]“一窗", LZ + "政务服务中心", IN),
    O("（[[县交通运输局]]）", LZ + "交通运输局", G),
    O("[[县人大常委会]]召开第二十九次会议\n", RD, G),
    O("12月10日，[[县十九届人大常委会]]召开", RD, G),
    O("审议[[县人民政府]]关于", LZ + "人民政府", G),
    O("会议要求，[[县人民政府]]要对照", LZ + "人民政府", G),
    O("[[市农业农村局]]来我县调研", "张掖市农业农村局", G),
    O("12月8日，[[张掖市农业农村局]]调研组", "张掖市农业农村局", G),
    O("周 婷）[[县文化馆]]主办", LZ + "文化馆", IN),
    O("本月15日在[[县文化馆]]开展", LZ + "文化馆", IN, OPT),            # the venue
    O("吴 磊）[[县应急管理局]]定于", LZ + "应急管理局", G),
    O("在[[县委党校]]举办", ["中共临泽县委党校", "临泽县委党校"], IN, OPT),  # the venue
    O("邀请[[甘肃省应急管理厅]]专家", "甘肃省应急管理厅", G),
    O("12月7日，[[共青团临泽县委]]组织", TW, PE),
    O("走进[[县社会福利院]]", LZ + "社会福利院", IN),
    O("[[团县委]]负责人表示", TW, PE),
    O("记者从[[县医疗保障局]]获悉", LZ + "医疗保障局", G),
]

C, P, M, T, A = "count", "percent", "money", "duration", "area"
CNY = "CNY"
STATS = [
    S("来自全县[[7个]]镇", "7", "个", C, "exact", "镇"),
    S("的[[86名]]选手", "86", "名", C, "exact", "参赛选手"),
    S("种植等[[4个]]项目的比拼", "4", "个", C, "exact", "比赛项目"),
    S("评出一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[6名]]", "6", "名", C, "exact", "二等奖"),
    S("三等奖[[9名]]", "9", "名", C, "exact", "三等奖"),
    S("获得奖金[[500元]]至", "500", "元", M, "exact", "获奖选手奖金", currency=CNY),
    S("至[[2000元]]不等", "2000", "元", M, "exact", "获奖选手奖金", currency=CNY),
    S("赵 明 等[[6人]]", "6", "人", C, "exact", "二等奖获奖选手"),
    S("组织[[12名]]专家", "12", "名", C, "exact", "义诊专家"),
    S("健康宣传资料[[500余份]]", "500", "份", C, "over", "健康宣传资料"),
    S("受益群众[[210余人]]", "210", "人", C, "over", "受益群众"),
    S("完成全县[[43所]]学校", "43", "所", C, "exact", "自查自纠学校"),
    S("对[[6所]]学校进行了抽查", "6", "所", C, "exact", "抽查学校"),
    S("我县签约[[3个]]特色农产品项目", "3", "个", C, "exact", "签约特色农产品项目"),
    S("肉牛养殖等[[3个]]项目", "3", "个", C, "exact", "签约项目"),
    S("总投资[[5.6亿元]]", "560000000", "元", M, "exact", "签约项目总投资", currency=CNY),
    S("投资[[2.1亿元]]建设", "210000000", "元", M, "exact", "红枣精深加工生产线投资", currency=CNY),
    S("另外[[2个]]项目", "2", "个", C, "exact", "另外的项目"),
    S("带动[[1200余户]]农户", "1200", "户", C, "over", "带动增收农户"),
    S("已向[[3160户]]低保户", "3160", "户", C, "exact", "获取暖补贴的低保户、特困户"),
    S("每户[[800元]]", "800", "元", M, "exact", "每户冬季取暖补贴", currency=CNY),
    S("共计[[252.8万元]]", "2528000", "元", M, "exact", "冬季取暖补贴总额", currency=CNY),
    S("招聘社区工作者[[30名]]\n", "30", "名", C, "exact", "招聘社区工作者"),
    S("招聘社区工作者[[30名]]。", "30", "名", C, "exact", "招聘社区工作者"),
    S("办理事项[[186项]]", "186", "项", C, "exact", "首批可办理事项"),
    S("缩短至[[10分钟以内]]", "10", "分钟", T, "under", "群众办事平均等候时间"),
    S("共有[[320名]]群众", "320", "名", C, "exact", "在专区办理业务的群众"),
    S("沙河镇[[2.3万亩]]设施农业", "23000", "亩", A, "exact", "沙河镇设施农业"),
    S("确定的[[12件]]民生实事", "12", "件", C, "exact", "民生实事"),
    S("展出作品[[120幅]]", "120", "幅", C, "exact", "展出作品"),
    S("征集作品[[400余幅]]", "400", "幅", C, "over", "征集作品"),
    S("全县[[28家]]重点企业", "28", "家", C, "exact", "参训重点企业"),
    S("安全管理人员[[约150人]]", "150", "人", C, "about", "参训人员"),
    S("组织[[30余名]]青年志愿者", "30", "名", C, "over", "青年志愿者"),
    S("全县[[52名]]留守儿童", "52", "名", C, "exact", "留守儿童"),
    S("每人每年[[400元]]", "400", "元", M, "exact", "个人缴费标准", currency=CNY),
    S("全县已有[[9.6万人]]完成缴费", "96000", "人", C, "exact", "完成缴费人数"),
    S("参保率达到[[78.5%]]", "78.5", "%", P, "exact", "参保率"),
    S("提高[[2.1个百分点]]", "2.1", "个百分点", P, "exact", "参保率", change=up("去年同期")),
]

EVENTS = [
    E("农民技能大赛在平川镇举行", "competition", "大赛", D9, location="平川镇",
      organizers=["县农业农村局", "县总工会"]),
    E("大赛共评出一等奖3名", "award", "评出", D9, organizers=["县农业农村局", "县总工会"]),
    E("选手在红枣修剪项目中比拼技艺", "competition", "比拼", D9, opt=True),               # the caption
    E("县城规划区范围内全天禁止燃放烟花爆竹", "policy", "禁止", day("2025-12-15", "2026-03-15"),
      location="县城规划区", organizers=["临泽县人民政府", "临泽县公安局"]),
    E("特此通告", "announcement", "通告", D10, opt=True),                                 # the notice itself
    E("县教育局昨天召开全县中小学安全工作会议", "meeting", "召开", D10, organizers=["县教育局"]),
    E("防一氧化碳中毒专项排查", "inspection", "排查", organizers=["县教育局"]),
    E("县教育局联合县消防救援大队对6所学校进行了抽查", "inspection", "抽查", D10,
      organizers=["县教育局", "县消防救援大队"]),
    E("到鸭暖镇小屯村开展义诊活动", "activity", "义诊", D8, location="鸭暖镇小屯村", organizers=["县人民医院"]),
    E("举行特色农产品招商推介会", "activity", "推介会", D9, location="张掖市", opt=True),
    E("现场签约红枣深加工、肉牛养殖等3个项目", "signing", "签约", D9, location="张掖市"),
    E("预计明年10月建成投产", "construction", "建成投产", month(2026, 10), opt=True),     # a plan
    E("推介会签约现场", "signing", "签约", D9, opt=True),                                 # the caption
    E("县人民法院在倪家营镇汪家墩村开庭审理", "legal", "审理", day("2025-12-05"),
      location="倪家营镇汪家墩村", organizers=["县人民法院"]),
    E("双方当庭达成调解协议", "legal", "调解", day("2025-12-05"), opt=True),              # the same hearing
    E("发放冬季取暖补贴", "payout", "发放", organizers=["县民政局"]),
    E("县人力资源和社会保障局日前发布公告", "announcement", "发布", VAGUE,
      organizers=["县人力资源和社会保障局"], opt=True),                                    # the hiring told
    E("面向社会公开招聘社区工作者30名", "recruitment", "招聘", organizers=["县人力资源和社会保障局"]),
    E("报名时间为12月15日至19日", "registration", "报名", day("2025-12-15", "2025-12-19")),
    E("笔试定于本月27日举行", "exam", "笔试", day("2025-12-27")),
    E("专区正式启用", "launch", "启用", D10, organizers=["县政务服务中心"]),
    E("大桥实行半幅封闭施工", "traffic", "封闭施工", day("2025-12-12", "2025-12-25"), location="蓼泉大桥",
      organizers=["县交通运输局"]),
    E("进入冬季管护关键期", "production", "管护", location="沙河镇"),
    E("县十九届人大常委会召开第二十九次会议", "meeting", "召开", D10, organizers=["县十九届人大常委会"]),
    E("张掖市农业农村局调研组来我县，实地调研", "inspection", "调研", D8, organizers=["张掖市农业农村局"]),
    E("剪纸作品展将于本月15日在县文化馆开展", "exhibition", "作品展", D15, location="县文化馆",
      organizers=["县文化馆"], theme="巧手剪出新时代"),
    E("还将开设剪纸体验课", "training", "体验课", opt=True),                              # recurring
    E("举办全县危险化学品企业安全生产培训班", "training", "培训班", day("2025-12-17"), location="县委党校",
      organizers=["县应急管理局"]),
    E("开展“冬日暖阳”志愿服务活动", "activity", "志愿服务", D7, location="县社会福利院",
      organizers=["共青团临泽县委"], theme="冬日暖阳"),
    E("组织志愿者走访慰问全县52名留守儿童", "visit", "走访慰问", month(2025, 12), organizers=["团县委"]),
    E("集中缴费工作已于11月1日启动", "registration", "缴费", day("2025-11-01", "2026-02-28")),
]
