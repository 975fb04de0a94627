"""海伦报, 海伦市融媒体中心 (海伦市, 绥化市, 黑龙江省), 2025-12-10 (a Wednesday): a county-level city paper page.
Features: a series label (`寒地黑土看海伦`); a kicker over a title (`大豆深加工链条再延伸` / `年产10万吨大豆蛋白项目…`);
a paragraph broken after a comma (`…每年就地转化大豆25万吨，` | `并带动周边农户订单种植…`) with another article and its
after-body headline between; a winners list in label-colon lines (`海北镇：`, `东林乡：`, `市第一中学：`, names in
layout spaces); a 通告 restricting lorries with numbered articles, two issuing bodies and a date line (traffic); two
captions credited to an institution and a person (`市融媒体中心 曲 明 摄`, `市农业技术推广中心 刘 畅 摄`); a headline
with another article between it and its body (`“一件事一次办”专区启用`); two items without headline; many headlines
after their bodies. Bodies written short resolve with the city (`市委组织部`, `市发改局`, `市人民法院`, `市人社局`,
`市市场监管局`, `市应急管理局`, `团市委`, `市人大常委会`…). Relative dates: `昨天上午`/`昨天` = 12-09, `本月X日`, `当天`
(the festival's day, and the exam's), `下周二` = 12-16 (twice, once in a title), `下周六` = 12-20, `本月上旬`,
`明年2月下旬`. Seasons inside names (`冬季取暖补贴`) are optional.

Written at main commit 5a6f50a, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, span, xun, year

PAPER = "海伦报"
PUBLISHED = "2025-12-10"
HOME = {"county": "海伦市", "city": "绥化市", "province": "黑龙江省"}

LAYOUT = [
    ("寒地黑土看海伦", "label", "A0"),
    ("大豆深加工链条再延伸", "headline", "A0"),               # kicker
    ("年产10万吨大豆蛋白项目在", "headline", "A0"),
    ("本报讯（记者 于 海 涛 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 孙 晓 彤）本月8日", "body", "A1"),
    ("市委组织部部署", "headline", "A1"),                     # after its body
    ("并带动周边农户", "body", "A0"),                         # the rest of A0's paragraph
    ("北纯大豆蛋白项目生产车间", "caption", "P0"),            # 市融媒体中心 曲 明 摄
    ("本报讯（通讯员 郭 婷）本月6日，", "body", "A2"),
    ("第三届群众冰雪文化节", "headline", "A2"),               # after its body
    ("全市“最美家庭”", "headline", "A3"),
    ("本报讯（通讯员 王 雪 莹）本月5日", "body", "A3"),
    ("海北镇：", "body", "A3"),
    ("东林乡：", "body", "A3"),
    ("市第一中学：", "body", "A3"),
    ("关于海伦大街", "headline", "A4"),
    ("为保障冬季", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、执行紧急", "body", "A4"),
    ("海伦市公安局交通警察大队", "body", "A4"),
    ("海伦市交通运输局", "body", "A4"),
    ("2025年12月9日", "body", "A4"),
    ("市人民法院审结", "headline", "A5"),
    ("本报讯（通讯员 马 骏）昨天", "body", "A5"),
    ("本报讯（记者 孙 晓 彤）记者从市人社局", "body", "A6"),
    ("下周二举办", "headline", "A6"),                         # after its body
    ("本报讯（通讯员 姜 丽 娜）本月上旬", "body", "A7"),
    ("市场监管部门", "headline", "A7"),                       # after its body
    ("本报讯（记者 于 海 涛）本月4日", "body", "A8"),
    ("困难群众冬季", "headline", "A8"),                       # after its body
    ("本报讯（通讯员 马 骏）本月2日", "body", "A9"),
    ("学员在培训班上", "caption", "P1"),                      # 市农业技术推广中心 刘 畅 摄
    ("冬季农民培训班开班", "headline", "A9"),                 # after its body and caption
    ("本报讯（通讯员 郭 婷）本月6日至7日", "body", "A10"),
    ("青年志愿者走进", "headline", "A10"),                    # after its body
    ("市人大常委会召开", "headline", "A11"),
    ("本报讯（记者 孙 晓 彤）本月9日", "body", "A11"),
    ("本报讯（通讯员 郭 婷）下周六", "body", "A12"),           # no headline
    ("本报讯（记者 于 海 涛）本月3日", "body", "A13"),
    ("鲜食玉米种植基地", "headline", "A13"),                  # after its body
    ("“一件事一次办”专区启用", "headline", "A14"),            # its body comes after A15
    ("市消防救援大队开展", "headline", "A15"),
    ("本报讯（通讯员 姜 丽 娜）本月7日", "body", "A15"),
    ("本报讯（通讯员 王 雪 莹）昨天", "body", "A14"),
    ("本报讯（记者 孙 晓 彤）市退役军人", "body", "A16"),      # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["于海涛"], correspondents=["姜丽娜"])),
    "A1": dict(byline=byline(reporters=["孙晓彤"])),
    "A2": dict(byline=byline(correspondents=["郭婷"])),
    "A3": dict(byline=byline(correspondents=["王雪莹"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["马骏"])),
    "A6": dict(byline=byline(reporters=["孙晓彤"])),
    "A7": dict(byline=byline(correspondents=["姜丽娜"])),
    "A8": dict(byline=byline(reporters=["于海涛"])),
    "A9": dict(byline=byline(correspondents=["马骏"])),
    "A10": dict(byline=byline(correspondents=["郭婷"])),
    "A11": dict(byline=byline(reporters=["孙晓彤"])),
    "A12": dict(byline=byline(correspondents=["郭婷"])),
    "A13": dict(byline=byline(reporters=["于海涛"])),
    "A14": dict(byline=byline(correspondents=["王雪莹"])),
    "A15": dict(byline=byline(correspondents=["姜丽娜"])),
    "A16": dict(byline=byline(reporters=["孙晓彤"])),
}
JOINS = [("本报讯（记者 于 海 涛 通讯员", "并带动周边农户")]
PHOTOS = {
    "P0": dict(photographers=["曲明"], article="A0"),
    "P1": dict(photographers=["刘畅"], article="A9"),
}

D09, D08, D06 = day("2025-12-09"), day("2025-12-08"), day("2025-12-06")
WINTER = (span("2025-12-01", "2026-02-28"), "season")
DATES = [
    D("）[[昨天上午]]，海伦经济", D09),
    D("）[[本月8日]]，市委组织部", D08),
    D("总结[[今年]]基层党建", year(2025)),
    D("部署[[明年]]重点任务", year(2026)),
    D("部署[[明年]]基层党建", year(2026)),
    D("介绍，[[今年]]全市新开工", year(2025)),
    D("）[[本月6日]]，市文化广电", D06),
    D("持续至[[明年2月下旬]]", xun(2026, 2, 2)),
    D("[[当天]]，3000余名", D06),
    D("）[[本月5日]]，市妇联", day("2025-12-05")),
    D("为保障[[冬季]]道路", WINTER, OPT),                       # a season as a descriptor
    D("自[[2025年12月15日起至2026年3月15日]]止", day("2025-12-15", "2026-03-15")),
    D("，[[每日]]7时至9时", VAGUE, OPT),                         # a recurring slot
    D("\n[[2025年12月9日]]\n", D09),
    D("）[[昨天]]，市人民法院", D09),
    D("将于[[下周二]]在市人力", day("2025-12-16")),
    D("\n[[下周二]]举办专场", day("2025-12-16")),
    D("）[[本月上旬]]，市市场监管局", xun(2025, 12, 0)),
    D("）[[本月4日至8日]]，市民政局", day("2025-12-04", "2025-12-08")),
    D("发放[[冬季]]取暖补贴", WINTER, OPT),
    D("困难群众[[冬季]]取暖", WINTER, OPT),
    D("）[[本月2日至4日]]，市农业", day("2025-12-02", "2025-12-04")),
    D("举办[[冬季]]农民培训班", WINTER, OPT),
    D("\n[[冬季]]农民培训班开班", WINTER, OPT),
    D("）[[本月6日至7日]]，团市委", day("2025-12-06", "2025-12-07")),
    D("持续[[整个冬季]]", WINTER, OPT),
    D("）[[本月9日]]，市人大", D09),
    D("）[[下周六]]，市教育局", day("2025-12-20")),
    D("考试[[当天]]携带", day("2025-12-20")),
    D("）[[本月3日]]，市政府与", day("2025-12-03")),
    D("开展[[冬季]]灭火救援演练", WINTER, OPT),
    D("开展[[冬季]]灭火救援实战", WINTER, OPT),
    D("）[[本月7日]]，市消防", day("2025-12-07")),
    D("）[[昨天]]，市政务服务中心", D09),
    D("，[[2026年度]]退役士兵", year(2026)),
    D("将于[[本月26日]]截止", day("2025-12-26")),
    D("截至[[本月8日]]，全市已有", D08),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
ZZB = ["中共海伦市委组织部"]
FY = ["海伦市人民法院"]
RSJ = ["海伦市人力资源和社会保障局"]
NJ = ["海伦市农业技术推广中心"]
TSW = ["共青团海伦市委员会"]
RD = ["海伦市人民代表大会常务委员会", "海伦市人大常委会"]
XF = ["海伦市消防救援大队"]
JYJ = ["海伦市教育局"]
ZF = ["海伦市人民政府"]
ORGS = [
    O("在[[海伦经济开发区]]投产", ["海伦经济开发区管理委员会", "海伦经济开发区"], G, OPT),   # a zone, a place
    O("）昨天上午，[[海伦经济开发区北纯大豆蛋白有限公司]]年产",
      ["海伦经济开发区北纯大豆蛋白有限公司", "北纯大豆蛋白有限公司"], CO),
    O("）本月8日，[[市委组织部]]召开", ZZB, PA),
    O("\n[[市委组织部]]部署", ZZB, PA),
    O("据[[市发改局]]介绍", ["海伦市发展和改革局"], G),
    O("一角。 [[市融媒体中心]] 曲", ["海伦市融媒体中心"], IN),
    O("，[[市文化广电和旅游局]]在", ["海伦市文化广电和旅游局"], G),
    O("，[[市妇联]]召开", ["海伦市妇女联合会"], PE),
    O("\n[[市第一中学]]：", ["海伦市第一中学"], IN),
    O("\n[[海伦市公安局交通警察大队]]\n", ["海伦市公安局交通警察大队"], G),
    O("\n[[海伦市交通运输局]]\n", ["海伦市交通运输局"], G),
    O("\n[[市人民法院]]审结", FY, G),
    O("）昨天，[[市人民法院]]公开", FY, G),
    O("记者从[[市人社局]]获悉", RSJ, G),
    O("在[[市人力资源市场]]举办", ["海伦市人力资源市场"], IN, OPT),                # a venue
    O("，[[市市场监管局]]联合", ["海伦市市场监督管理局"], G),
    O("联合[[市应急管理局]]对", ["海伦市应急管理局"], G),
    O("，[[市民政局]]向全市", ["海伦市民政局"], G),
    O("，[[市农业农村局]]在", ["海伦市农业农村局"], G),
    O("在[[市农业技术推广中心]]举办", NJ, IN),
    O("技术。 [[市农业技术推广中心]] 刘", NJ, IN),
    O("，[[团市委]]组织", TSW, PE),
    O("。[[团市委]]相关负责人", TSW, PE),
    O("\n[[市人大常委会]]召开", RD, G),
    O("）本月9日，[[市人大常委会]]召开", RD, G),
    O("审议[[市政府]]关于", ZF, G),
    O("听取[[市人民法院]]关于", FY, G),
    O("）下周六，[[市教育局]]将", JYJ, G),
    O("。[[市教育局]]提醒", JYJ, G),
    O("）本月3日，[[市政府]]与", ZF, G),
    O("与[[黑龙江龙兴农业发展有限公司]]签订", ["黑龙江龙兴农业发展有限公司"], CO),
    O("，[[市政务服务中心]]“一件事", ["海伦市政务服务中心"], IN),
    O("\n[[市消防救援大队]]开展", XF, G),
    O("）本月7日，[[市消防救援大队]]在", XF, G),
    O("在[[海伦市第三中学]]开展", ["海伦市第三中学"], IN),
    O("）[[市退役军人事务局]]提醒", ["海伦市退役军人事务局"], G),
]

C, P, M, T, W, A = "count", "percent", "money", "duration", "weight", "area"
CNY = "CNY"
STATS = [
    S("\n年产[[10万吨]]大豆蛋白项目在", "100000", "吨", W, "exact", "大豆蛋白项目年产能", OPT),   # inside a name
    S("公司年产[[10万吨]]大豆", "100000", "吨", W, "exact", "大豆蛋白项目年产能", OPT),
    S("总投资[[6.2亿元]]", "620000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("就业岗位[[280个]]", "280", "个", C, "exact", "新增就业岗位"),
    S("转化大豆[[25万吨]]", "250000", "吨", W, "exact", "每年就地转化大豆"),
    S("负责人[[90余人]]", "90", "人", C, "over", "参加会议人员"),
    S("高蛋白大豆[[12万亩]]", "120000", "亩", A, "exact", "订单种植高蛋白大豆"),
    S("新开工[[亿元以上]]项目", "100000000", "元", M, "over", "项目投资门槛", OPT, currency=CNY),   # a threshold
    S("项目[[19个]]", "19", "个", C, "exact", "新开工亿元以上项目"),
    S("完成投资[[43.6亿元]]", "4360000000", "元", M, "exact", "新开工项目完成投资", currency=CNY),
    S("等活动[[40余场]]", "40", "场", C, "over", "开展活动"),
    S("，[[3000余名]]市民", "3000", "名", C, "over", "前来观看的市民"),
    S("对[[20户]]家庭", "20", "户", C, "exact", "受表彰家庭"),
    S("毁坏耕地[[12.6亩]]", "12.6", "亩", A, "exact", "毁坏耕地"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑", OPT),                           # a sentence
    S("罚金[[3万元]]", "30000", "元", M, "exact", "罚金", currency=CNY),
    S("届时[[56家]]企业", "56", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1400余个]]", "1400", "个", C, "over", "提供岗位"),
    S("全市[[37家]]燃气", "37", "家", C, "exact", "检查的燃气经营企业"),
    S("隐患[[19处]]", "19", "处", C, "exact", "排查隐患"),
    S("全市[[1860户]]低保", "1860", "户", C, "exact", "领取取暖补贴的低保、特困家庭"),
    S("每户[[500元]]", "500", "元", M, "exact", "每户取暖补贴", currency=CNY),
    S("共计[[93万元]]", "930000", "元", M, "exact", "冬季取暖补贴", currency=CNY),
    S("，[[280名]]种植大户", "280", "名", C, "exact", "参加培训的种植大户"),
    S("组织[[120名]]青年志愿者", "120", "名", C, "exact", "青年志愿者"),
    S("城区[[12个]]社区", "12", "个", C, "exact", "走进的社区"),
    S("服务群众[[800余户]]", "800", "户", C, "over", "服务群众"),
    S("考生[[4100余人]]", "4100", "人", C, "over", "全市考生"),
    S("设考点[[6个]]", "6", "个", C, "exact", "考点"),
    S("共建[[5万亩]]鲜食", "50000", "亩", A, "exact", "鲜食玉米种植基地"),
    S("总投资[[1.8亿元]]", "180000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("增收[[2000万元以上]]", "20000000", "元", M, "over", "每年带动农户增收", currency=CNY),
    S("等[[15项]]集成服务", "15", "项", C, "exact", "首批集成服务"),
    S("消防车[[6辆]]", "6", "辆", C, "exact", "出动消防车"),
    S("指战员[[42名]]", "42", "名", C, "exact", "出动指战员"),
    S("，[[1200余名]]师生", "1200", "名", C, "over", "参与疏散演练的师生"),
    S("已有[[230人]]报名", "230", "人", C, "exact", "报名人数"),
]

EVENTS = [
    E("项目正式投产", "construction", "投产", D09, location="海伦经济开发区",
      organizers=["海伦经济开发区北纯大豆蛋白有限公司"]),
    E("召开全市基层党建工作推进会", "meeting", "召开", D08, organizers=["市委组织部"],
      participants=["各乡镇党委书记", "市直部门主要负责人"]),
    E("新开工亿元以上项目19个", "construction", "开工", year(2025), opt=True),            # a year summary
    E("启动第三届“寒地黑土·冰雪欢歌”群众文化节", "activity", "启动", D06, location="市文化广场",
      organizers=["市文化广电和旅游局"], theme="寒地黑土·冰雪欢歌"),
    E("召开全市“最美家庭”表彰会", "award", "表彰", day("2025-12-05"), organizers=["市妇联"],
      participants=["20户家庭"]),
    E("海伦大街（通江路至东风路段）禁止货车通行", "traffic", "禁止货车通行",
      day("2025-12-15", "2026-03-15"), location="海伦大街（通江路至东风路段）",
      organizers=["海伦市公安局交通警察大队", "海伦市交通运输局"]),
    E("公开开庭审理一起非法占用农用地案", "legal", "审理", D09, organizers=["市人民法院"]),
    E("当庭被判处有期徒刑一年", "legal", "判处", D09, opt=True),                          # the same case told again
    E("专场招聘会将于下周二在市人力资源市场举办", "recruitment", "招聘会", day("2025-12-16"),
      location="市人力资源市场", organizers=["市人社局"], participants=["56家企业"], theme="冬日暖心·就业有岗"),
    E("开展安全检查", "inspection", "检查", xun(2025, 12, 0), organizers=["市市场监管局", "市应急管理局"],
      participants=["37家燃气经营企业"]),
    E("发放冬季取暖补贴", "payout", "发放", day("2025-12-04", "2025-12-08"), organizers=["市民政局"],
      participants=["1860户低保、特困家庭"]),
    E("举办冬季农民培训班", "training", "培训班", day("2025-12-02", "2025-12-04"), location="市农业技术推广中心",
      organizers=["市农业农村局"], participants=["280名种植大户"]),
    E("学员在培训班上学习玉米密植技术", "training", "培训班", None, opt=True),             # the caption of A9
    E("开展“温暖冬日”志愿服务活动", "activity", "志愿服务", day("2025-12-06", "2025-12-07"),
      organizers=["团市委"], participants=["120名青年志愿者"], theme="温暖冬日"),
    E("召开第二十次会议，审议", "meeting", "召开", D09, organizers=["市人大常委会"]),
    E("组织全市高中学业水平合格性考试", "exam", "考试", day("2025-12-20"), organizers=["市教育局"]),
    E("签订合作协议", "signing", "签订", day("2025-12-03"), organizers=["市政府"],
      participants=["黑龙江龙兴农业发展有限公司"]),
    E("专区正式启用", "launch", "启用", D09, organizers=["市政务服务中心"], theme="一件事一次办"),
    E("开展冬季灭火救援实战演练", "training", "演练", day("2025-12-07"), location="海伦市第三中学",
      organizers=["市消防救援大队"]),
    E("培训报名将于本月26日截止", "registration", "报名", day("2025-12-26"), organizers=["市退役军人事务局"]),
]
