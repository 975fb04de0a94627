"""盐池报, 盐池县融媒体中心 (盐池县, 吴忠市, 宁夏回族自治区), 2026-02-05 (a Thursday): a county paper page.
Features: a series label (`乡村振兴看盐池`); a kicker over a title (`冬闲变冬忙 棚圈里算出增收账` / `全县滩羊饲养量…`);
a paragraph broken after a comma (`…纯收入近40万元，` | `今年打算再扩栏200只。…`) with another article and its
after-body headline between; two captions credited to the county media centre (`县融媒体中心 丁 磊 摄`); a headline
standing before its article (`全县村（社区）党组织书记集中“充电”`), most headlines after their bodies; three items
without headline. Bodies written short resolve with the county (`县农业农村局`, `县委宣传部`, `县文化旅游广电局`,
`县人民法院`, `团县委`, `县妇联`, `县人社局`, `县民政局`, `县市场监管局`, `县人大常委会`, `县政府`, `县委组织部`,
`县教育局`, `县消防救援大队`, `县人民医院`, `县公安局交通警察大队`). Relative dates: `昨日` = 02-04, `本月X日`,
`本月1日至3日`, `本月2日至4日`, `本月5日至8日`, `当日` (the festival's opening day), `下周一` = 02-09, `下周六至2月16日`
= 02-14..02-16, `元宵节（3月3日）`, `去年`/`今年`, `2025年度`. Seasons and holidays used as descriptors (`冬季`,
`春节慰问金`, `春运期间`, `节前`, `寒假`) are optional.

Written at main commit 7f7a76b, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, span, up, year

PAPER = "盐池报"
PUBLISHED = "2026-02-05"
HOME = {"county": "盐池县", "city": "吴忠市", "province": "宁夏回族自治区"}

LAYOUT = [
    ("乡村振兴看盐池", "label", "A0"),
    ("冬闲变冬忙", "headline", "A0"),                         # kicker
    ("全县滩羊饲养量突破", "headline", "A0"),
    ("本报讯（记者 马 晓 军 通讯员 李 娜）", "body", "A0"),    # breaks after a comma
    ("本报讯（通讯员 杨 帆）本月3日，县委宣传部", "body", "A1"),
    ("群众文化活动红火启幕", "headline", "A1"),               # after its body
    ("今年打算再扩栏", "body", "A0"),                         # the rest of A0's paragraph
    ("王乐井乡一处", "caption", "P0"),                        # 县融媒体中心 丁 磊 摄
    ("本报讯（记者 田 静）本月4日", "body", "A2"),
    ("巡回审判进乡村", "headline", "A2"),                     # after its body
    ("团县委为留守儿童", "headline", "A3"),
    ("本报讯（通讯员 张 婷）昨日，团县委", "body", "A3"),
    ("本报讯（记者 马 晓 军）本月2日至4日", "body", "A4"),
    ("1260户困难家庭", "headline", "A4"),                     # after its body
    ("本报讯（记者 马 晓 军）县人社局", "body", "A5"),         # no headline
    ("本报讯（通讯员 杨 帆）本月1日至3日", "body", "A6"),
    ("节前食品安全检查", "headline", "A6"),                   # after its body
    ("县人大常委会召开", "headline", "A7"),
    ("本报讯（记者 田 静）本月2日", "body", "A7"),
    ("全县村（社区）党组织书记集中", "headline", "A8"),
    ("本报讯（通讯员 李 娜）昨日", "body", "A8"),
    ("本报讯（通讯员 张 婷）县教育局", "body", "A9"),
    ("中小学3月2日开学", "headline", "A9"),                   # after its body
    ("本报讯（记者 马 晓 军）本月4日", "body", "A10"),
    ("师生在演练中", "caption", "P1"),                        # 县融媒体中心 丁 磊 摄
    ("县消防救援大队进校园", "headline", "A10"),              # after its body and caption
    ("本报讯（通讯员 杨 帆）本月3日，县政府", "body", "A11"),
    ("50万千瓦光伏", "headline", "A11"),                      # after its body
    ("本报讯（记者 田 静）昨日，县人民医院", "body", "A12"),    # no headline
    ("本报讯（通讯员 张 婷）为保障", "body", "A13"),           # no headline
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["马晓军"], correspondents=["李娜"])),
    "A1": dict(byline=byline(correspondents=["杨帆"])),
    "A2": dict(byline=byline(reporters=["田静"])),
    "A3": dict(byline=byline(correspondents=["张婷"])),
    "A4": dict(byline=byline(reporters=["马晓军"])),
    "A5": dict(byline=byline(reporters=["马晓军"])),
    "A6": dict(byline=byline(correspondents=["杨帆"])),
    "A7": dict(byline=byline(reporters=["田静"])),
    "A8": dict(byline=byline(correspondents=["李娜"])),
    "A9": dict(byline=byline(correspondents=["张婷"])),
    "A10": dict(byline=byline(reporters=["马晓军"])),
    "A11": dict(byline=byline(correspondents=["杨帆"])),
    "A12": dict(byline=byline(reporters=["田静"])),
    "A13": dict(byline=byline(correspondents=["张婷"])),
}
JOINS = [("本报讯（记者 马 晓 军 通讯员 李 娜）", "今年打算再扩栏")]
PHOTOS = {
    "P0": dict(photographers=["丁磊"], article="A0"),
    "P1": dict(photographers=["丁磊"], article="A10"),
}

D04, D03, D02 = day("2026-02-04"), day("2026-02-03"), day("2026-02-02")
Y25, Y26 = year(2025), year(2026)
WINTER = (span("2025-12-01", "2026-02-28"), "season")
SPRING_FESTIVAL = day("2026-02-17")
DATES = [
    D("李 娜）[[昨日]]，记者从", D04),
    D("获悉，[[2025年]]全县滩羊", Y25),
    D("告诉记者，[[去年]]他家", Y25),
    D("杨 帆）[[本月3日]]，县委宣传部", D03),
    D("持续至[[元宵节（3月3日）]]，", day("2026-03-03")),
    D("。[[当日]]，2000余名", D03),
    D("\n[[今年]]打算再扩栏", Y26),
    D("县农业农村局[[今年]]将安排", Y26),
    D("田 静）[[本月4日]]，县人民法院", D04),
    D("张 婷）[[昨日]]，团县委", D04),
    D("，[[2026年]]“春风行动”", Y26, OPT),                      # a year inside the job fair's name
    D("将于[[下周一]]在县人力", day("2026-02-09")),
    D("马 晓 军）[[本月2日至4日]]，县民政局", day("2026-02-02", "2026-02-04")),
    D("发放[[春节]]慰问金", SPRING_FESTIVAL, OPT),                 # a holiday as a descriptor
    D("杨 帆）[[本月1日至3日]]，县市场", day("2026-02-01", "2026-02-03")),
    D("开展[[节前]]食品安全", VAGUE, OPT),
    D("\n[[节前]]食品安全检查", VAGUE, OPT),
    D("田 静）[[本月2日]]，县人大", D02),
    D("关于[[2025年度]]民生实事", Y25),
    D("李 娜）[[昨日]]，县委组织部", D04),
    D("持续至[[本月6日]]，邀请", day("2026-02-06")),
    D("县教育局[[昨日]]发布", D04),
    D("中小学[[寒假]]已于", VAGUE, OPT),
    D("已于[[1月24日]]开始", day("2026-01-24")),
    D("新学期将于[[3月2日]]开学", day("2026-03-02")),
    D("开学。[[寒假期间]]，全县", VAGUE, OPT),
    D("图书室[[每周二、周四]]向", VAGUE, OPT),                     # a recurring slot
    D("\n中小学[[3月2日]]开学", day("2026-03-02")),
    D("马 晓 军）[[本月4日]]，县消防", D04),
    D("开展[[冬季]]消防安全", WINTER, OPT),                        # a season as a descriptor
    D("杨 帆）[[本月3日]]，县政府", D03),
    D("建成后[[每年]]可治理", VAGUE, OPT),
    D("田 静）[[昨日]]，县人民医院", D04),
    D("500余份。[[本月5日至8日]]，义诊队", day("2026-02-05", "2026-02-08")),
    D("为保障[[春运期间]]道路", (span("2026-02-02", "2026-03-13"), "day"), OPT),
    D("决定，[[下周六至2月16日]]，县城", day("2026-02-14", "2026-02-16")),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NY = ["盐池县农业农村局"]
MT = ["盐池县融媒体中心"]
FY = ["盐池县人民法院"]
TXW = ["共青团盐池县委员会"]
RD = ["盐池县人民代表大会常务委员会", "盐池县人大常委会"]
XF = ["盐池县消防救援大队"]
ZF = ["盐池县人民政府"]
ORGS = [
    O("记者从[[县农业农村局]]获悉", NY, G),
    O("，[[县委宣传部]]、", ["中共盐池县委宣传部"], PA),
    O("、[[县文化旅游广电局]]在", ["盐池县文化旅游广电局"], G),
    O("据介绍，[[县农业农村局]]今年", NY, G),
    O("棚圈。 [[县融媒体中心]] 丁", MT, IN),
    O("，[[县人民法院]]在大水坑镇", FY, G),
    O("\n[[团县委]]为留守儿童", TXW, PE),
    O("昨日，[[团县委]]联合", TXW, PE),
    O("联合[[县妇联]]走进", ["盐池县妇女联合会"], PE),
    O("）[[县人社局]]消息", ["盐池县人力资源和社会保障局"], G),
    O("在[[县人力资源市场]]举办", ["盐池县人力资源市场"], IN, OPT),            # a venue
    O("，[[县民政局]]联合", ["盐池县民政局"], G),
    O("，[[县市场监管局]]对", ["盐池县市场监督管理局"], G),
    O("\n[[县人大常委会]]召开", RD, G),
    O("本月2日，[[县人大常委会]]召开", RD, G),
    O("听取[[县政府]]关于", ZF, G),
    O("审议[[县人民法院]]关于", FY, G),
    O("，[[县委组织部]]举办", ["中共盐池县委组织部"], PA),
    O("）[[县教育局]]昨日", ["盐池县教育局"], G),
    O("本月4日，[[县消防救援大队]]在", XF, G),
    O("在[[盐池县第一中学]]开展", ["盐池县第一中学"], IN),
    O("疏散。 [[县融媒体中心]] 丁", MT, IN),
    O("\n[[县消防救援大队]]进校园", XF, G),
    O("本月3日，[[县政府]]与", ZF, G),
    O("与[[宁夏绿源新能源有限公司]]签订", ["宁夏绿源新能源有限公司"], CO),
    O("昨日，[[县人民医院]]组织", ["盐池县人民医院"], IN),
    O("走进[[花马池镇盐州社区]]开展", ["盐池县花马池镇盐州社区", "花马池镇盐州社区"], CM),
    O("，[[县公安局交通警察大队]]决定", ["盐池县公安局交通警察大队"], G),
]

C, P, M, T, W, A, O_ = "count", "percent", "money", "duration", "weight", "area", "other"
CNY = "CNY"
STATS = [
    S("饲养量突破[[330万只]]", "3300000", "只", C, "over", "全县滩羊饲养量"),
    S("饲养量达[[331.6万只]]", "3316000", "只", C, "exact", "全县滩羊饲养量"),
    S("同比增长[[4.2%]]", "4.2", "%", P, "exact", "滩羊饲养量", change=up("上年同期")),
    S("滩羊肉产量[[3.9万吨]]", "39000", "吨", W, "exact", "滩羊肉产量"),
    S("产值突破[[百亿元]]", "10000000000", "元", M, "over", "滩羊全产业链产值", currency=CNY),
    S("出栏滩羊[[860只]]", "860", "只", C, "exact", "出栏滩羊"),
    S("纯收入[[近40万元]]", "400000", "元", M, "under", "养殖户纯收入", currency=CNY),
    S("等活动[[56场次]]", "56", "场次", C, "exact", "开展活动"),
    S("当日，[[2000余名]]群众", "2000", "名", C, "over", "到场观看的群众"),
    S("再扩栏[[200只]]", "200", "只", C, "exact", "扩栏滩羊"),
    S("扶持资金[[1.2亿元]]", "120000000", "元", M, "exact", "滩羊产业扶持资金", currency=CNY),
    S("养殖园区[[5个]]", "5", "个", C, "exact", "新建标准化养殖园区"),
    S("为[[12名]]农民工", "12", "名", C, "exact", "追回工资的农民工"),
    S("追回工资[[18.6万元]]", "186000", "元", M, "exact", "追回工资", currency=CNY),
    S("追回欠薪[[18.6万元]]", "186000", "元", M, "exact", "追回欠薪", currency=CNY),
    S("为[[136名]]留守儿童", "136", "名", C, "exact", "留守儿童"),
    S("价值[[4.5万元]]", "45000", "元", M, "exact", "礼包价值", currency=CNY),
    S("届时区内外[[62家]]企业", "62", "家", C, "exact", "参加招聘会企业"),
    S("就业岗位[[1800余个]]", "1800", "个", C, "over", "提供就业岗位"),
    S("占比[[约40%]]", "40", "%", P, "about", "区外岗位占比"),
    S("为全县[[1260户]]低保", "1260", "户", C, "exact", "领取慰问金的低保、特困家庭"),
    S("每户[[600元]]", "600", "元", M, "exact", "每户慰问金", currency=CNY),
    S("共计[[75.6万元]]", "756000", "元", M, "exact", "春节慰问金", currency=CNY),
    S("\n[[1260户]]困难家庭", "1260", "户", C, "exact", "领到慰问金的困难家庭"),
    S("城区[[32家]]商超", "32", "家", C, "exact", "检查的商超、农贸市场"),
    S("年货样品[[150批次]]", "150", "批次", C, "exact", "抽检年货样品"),
    S("整改问题[[7处]]", "7", "处", C, "exact", "整改问题"),
    S("检查覆盖[[32家]]商超", "32", "家", C, "exact", "检查覆盖的商超"),
    S("全县[[102个]]村", "102", "个", C, "exact", "参训的村（社区）"),
    S("为期[[3天]]的", "3", "天", T, "exact", "集中培训时长"),
    S("授课[[8场]]", "8", "场", C, "exact", "专家授课"),
    S("全县[[23所]]中小学", "23", "所", C, "exact", "开放图书室的中小学"),
    S("消防车[[4辆]]", "4", "辆", C, "exact", "出动消防车"),
    S("消防救援人员[[28名]]", "28", "名", C, "exact", "出动消防救援人员"),
    S("，[[800余名]]师生", "800", "名", C, "over", "参与疏散的师生"),
    S("装机容量[[50万千瓦]]", "500000", "千瓦", O_, "exact", "光伏治沙项目装机容量"),
    S("总投资[[22亿元]]", "2200000000", "元", M, "exact", "项目总投资", currency=CNY),
    S("沙化土地[[1.5万亩]]", "15000", "亩", A, "exact", "每年可治理沙化土地"),
    S("就业[[300人以上]]", "300", "人", C, "over", "带动当地就业"),
    S("\n[[50万千瓦]]光伏", "500000", "千瓦", O_, "exact", "光伏治沙项目装机容量"),
    S("组织[[12名]]医务人员", "12", "名", C, "exact", "义诊医务人员"),
    S("为[[300余名]]居民", "300", "名", C, "over", "义诊居民"),
    S("健康手册[[500余份]]", "500", "份", C, "over", "发放健康手册"),
    S("其余[[7个]]乡镇", "7", "个", C, "exact", "义诊队将走进的乡镇"),
]

EVENTS = [
    E("今年将安排滩羊产业扶持资金1.2亿元", "payout", "安排", Y26, organizers=["县农业农村局"], opt=True),   # a plan
    E("启动“欢乐盐池·红火过大年”群众文化活动", "activity", "启动", D03, location="县城文化广场",
      organizers=["县委宣传部", "县文化旅游广电局"], theme="欢乐盐池·红火过大年"),
    E("公开审理一起拖欠农民工工资纠纷案", "legal", "审理", D04, location="大水坑镇", organizers=["县人民法院"]),
    E("经调解当庭结案", "legal", "调解", D04, opt=True),                                   # the same case told again
    E("开展“暖冬护童”志愿服务活动", "activity", "志愿服务", D04, location="惠安堡镇",
      organizers=["团县委", "县妇联"], participants=["136名留守儿童"], theme="暖冬护童"),
    E("专场招聘会将于下周一在县人力资源市场举办", "recruitment", "招聘会", day("2026-02-09"),
      location="县人力资源市场", organizers=["县人社局"], participants=["区内外62家企业"], theme="春风行动"),
    E("发放春节慰问金", "payout", "发放", day("2026-02-02", "2026-02-04"), organizers=["县民政局"],
      participants=["1260户低保、特困家庭"]),
    E("开展节前食品安全专项检查", "inspection", "检查", day("2026-02-01", "2026-02-03"),
      organizers=["县市场监管局"], participants=["32家商超、农贸市场"]),
    E("召开第三十六次会议，听取", "meeting", "召开", D02, organizers=["县人大常委会"]),
    E("举办全县村（社区）党组织书记培训班", "training", "培训班", D04, organizers=["县委组织部"],
      participants=["党组织书记"]),
    E("县教育局昨日发布通知", "announcement", "发布", D04, organizers=["县教育局"], opt=True),   # the calendar told
    E("寒假已于1月24日开始", "schedule", "寒假", day("2026-01-24")),
    E("新学期将于3月2日开学", "schedule", "开学", day("2026-03-02"), organizers=["县教育局"]),
    E("每周二、周四向学生开放", "schedule", "开放", None, opt=True),                        # a recurring slot
    E("开展冬季消防安全应急演练", "training", "演练", D04, location="盐池县第一中学",
      organizers=["县消防救援大队"]),
    E("师生在演练中有序疏散", "training", "演练", None, opt=True),                          # the caption of A10
    E("签订光伏治沙项目合作协议", "signing", "签订", D03, organizers=["县政府"],
      participants=["宁夏绿源新能源有限公司"]),
    E("走进花马池镇盐州社区开展义诊", "activity", "义诊", D04, location="花马池镇盐州社区",
      organizers=["县人民医院"]),
    E("义诊队还将走进其余7个乡镇", "activity", "义诊", day("2026-02-05", "2026-02-08"), opt=True),   # the same campaign
    E("实行由北向南单向通行", "traffic", "单向通行", day("2026-02-14", "2026-02-16"),
      location="县城鼓楼南街（盐州路至文化路段）", organizers=["县公安局交通警察大队"]),
]
