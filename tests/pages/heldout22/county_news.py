"""乐业报, 乐业县融媒体中心 (乐业县, 百色市, 广西壮族自治区), 2025-12-11 (a Thursday): a county paper page.
Features: a series label (`天坑旅游新观察`); a kicker over a title (`冬游天坑人气旺` /
`大石围景区单日接待游客破万人次`); a paragraph broken after a comma (`…同比分别增长12.4%和15.8%，` |
`增速均高于全市平均水平…`) with another article and its headline between; a winners list in label-colon lines
(`一等奖：`, `二等奖：`, `三等奖：`, schools resolved with the county) under its headline; a 通告 with numbered
articles, two issuing bodies on their own lines and a date line (a bridge closed `自2025年12月15日起至2026年1月25日止`:
traffic); a paragraph broken mid-word (`动态监|管`) with a caption between; two captions credited to an institution and
a person (`县融媒体中心 黄 志 明 摄`, `县林业局 罗 海 摄`); headlines after their bodies and before them. County bodies
resolve with the county (`县政府`, `县人社局`, `县教育局`, `县科协`, `团县委`, `县林业局`, `县应急管理局`,
`县法院`/`县人民法院`, `县民政局`, `县司法局`, `县政务服务中心`, `县人大常委会`, `县文化广电体育和旅游局`). Relative
dates: `昨天` = 12-10 and its `当天`, `昨天上午`, `本月8日`, `本月5日`, `本月9日`, `本月1日至5日`, `本月上旬`, bare
`上旬` (this month's), `本月中旬` (a deadline), `上月27日`, `下周六` = 12-20, `下周二至下周四` = 12-16..12-18,
`今年1至11月`, `今年`, `明年3月`, `2026年2月底`, `“12·4”国家宪法日`; `今年以来` optional.
Events: meeting, activity (`“天坑冬韵·乐游乐业”`, `“法治进万家”`), recruitment (`“冬日送岗 就业暖心”`), competition and
award, traffic (the notice's closure), inspection (twice), legal, exam, payout, launch, training. Parts of one happening
told twice (a caption, `判处` after `审理`, leaflets at a job fair or a campaign, the works behind the closure), the
notice's own act, and plans (`要在本月中旬前完成…排查整治`, `将于明年3月听取…专项报告`) are optional.

Written at main commit 344d4e0, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, up, xun, year

PAPER = "乐业报"
PUBLISHED = "2025-12-11"
HOME = {"county": "乐业县", "city": "百色市", "province": "广西壮族自治区"}

LAYOUT = [
    ("天坑旅游新观察", "label", "A0"),
    ("冬游天坑人气旺", "headline", "A0"),                     # kicker
    ("大石围景区单日", "headline", "A0"),
    ("本报讯（记者 黄 丽 娟 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 韦 海 燕）本月8日", "body", "A1"),
    ("县政府部署冬季", "headline", "A1"),                     # after its body
    ("增速均高于", "body", "A0"),                             # the rest of A0's paragraph
    ("游客在大石围", "caption", "P0"),                        # 县融媒体中心 黄 志 明 摄
    ("县人社局举办冬季", "headline", "A2"),
    ("本报讯（记者 韦 海 燕）昨天上午", "body", "A2"),
    ("县第三届中小学生", "headline", "A3"),
    ("本报讯（通讯员 岑 小 梅）本月5日", "body", "A3"),
    ("一等奖：", "body", "A3"),
    ("二等奖：", "body", "A3"),
    ("三等奖：", "body", "A3"),
    ("关于百坭大桥", "headline", "A4"),
    ("因百坭大桥", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、过往车辆", "body", "A4"),
    ("三、对违反", "body", "A4"),
    ("乐业县公安局交通警察大队", "body", "A4"),
    ("乐业县交通运输局", "body", "A4"),
    ("2025年12月10日", "body", "A4"),
    ("本报讯（通讯员 陆 志 刚）本月1日", "body", "A5"),      # breaks mid-word
    ("12月3日，检查人员", "caption", "P1"),                   # 县林业局 罗 海 摄
    ("管，确保林区", "body", "A5"),                           # the rest of A5's paragraph
    ("县林业局开展", "headline", "A5"),                       # after its body
    ("县法院公开宣判", "headline", "A6"),
    ("本报讯（通讯员 班 丽 华）昨天", "body", "A6"),
    ("本报讯（记者 黄 丽 娟）记者从县教育局", "body", "A7"),
    ("初中信息技术考试", "headline", "A7"),                   # after its body
    ("本报讯（通讯员 岑 小 梅）本月上旬", "body", "A8"),
    ("1865户低保家庭", "headline", "A8"),                     # after its body
    ("县司法局开展", "headline", "A9"),
    ("本报讯（记者 韦 海 燕）在", "body", "A9"),
    ("本报讯（通讯员 班 丽 华）本月9日", "body", "A10"),
    ("县政务服务中心综合", "headline", "A10"),                # after its body
    ("县人大常委会视察", "headline", "A11"),
    ("本报讯（记者 黄 丽 娟）上月27日", "body", "A11"),
    ("本报讯（通讯员 罗 文 军）上旬", "body", "A12"),
    ("62名学员", "headline", "A12"),                          # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["黄丽娟"], correspondents=["罗文军"])),
    "A1": dict(byline=byline(reporters=["韦海燕"])),
    "A2": dict(byline=byline(reporters=["韦海燕"])),
    "A3": dict(byline=byline(correspondents=["岑小梅"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["陆志刚"])),
    "A6": dict(byline=byline(correspondents=["班丽华"])),
    "A7": dict(byline=byline(reporters=["黄丽娟"])),
    "A8": dict(byline=byline(correspondents=["岑小梅"])),
    "A9": dict(byline=byline(reporters=["韦海燕"])),
    "A10": dict(byline=byline(correspondents=["班丽华"])),
    "A11": dict(byline=byline(reporters=["黄丽娟"])),
    "A12": dict(byline=byline(correspondents=["罗文军"])),
}
JOINS = [("本报讯（记者 黄 丽 娟 通讯员", "增速均高于"), ("本报讯（通讯员 陆 志 刚）本月1日", "管，确保林区")]
PHOTOS = {
    "P0": dict(photographers=["黄志明"], article="A0"),
    "P1": dict(photographers=["罗海"], article="A5"),
}

D10 = day("2025-12-10")
X0 = xun(2025, 12, 0)
DATES = [
    D("）[[昨天]]，记者在大石围", D10),
    D("。[[今年1至11月]]，全县", months(2025, 1, 11)),
    D("）[[本月8日]]，县政府", day("2025-12-08")),
    D("要在[[本月中旬]]前完成", xun(2025, 12, 1)),
    D("大石围景区[[当天]]接待", D10),
    D("创[[今年]]单日新高", year(2025)),
    D("，[[下周六]]起，景区", day("2025-12-20")),
    D("持续至[[2026年2月底]]", xun(2026, 2, 2)),
    D("）[[昨天上午]]，县人社局", D10),
    D("）[[本月5日]]，由县教育局", day("2025-12-05")),
    D("自[[2025年12月15日起至2026年1月25日]]止", day("2025-12-15", "2026-01-25")),
    D("交通运输局\n[[2025年12月10日]]", D10),
    D("）[[本月1日至5日]]，县林业局", day("2025-12-01", "2025-12-05")),
    D("\n[[12月3日]]，检查人员", day("2025-12-03")),
    D("）[[昨天]]，县人民法院", D10),
    D("定于[[下周二至下周四]]举行", day("2025-12-16", "2025-12-18")),
    D("）[[本月上旬]]，县民政局", X0),
    D("在[[“12·4”国家宪法日]]，县司法局", day("2025-12-04")),
    D("）[[本月9日]]，县政务", day("2025-12-09")),
    D("）[[上月27日]]，县人大", day("2025-11-27")),
    D("。[[今年以来]]，全县共实施", year(2025), OPT),                                   # a span up to now
    D("将于[[明年3月]]听取", month(2026, 3)),
    D("）[[上旬]]，县人社局在同乐镇", X0),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
GOV = ["乐业县人民政府"]
RSJ = ["乐业县人力资源和社会保障局"]
JYJ = ["乐业县教育局"]
GZ = ["乐业县高级中学"]
LYJ = ["乐业县林业局"]
FY = ["乐业县人民法院"]
SFJ = ["乐业县司法局"]
ZWZX = ["乐业县政务服务中心"]
RD = ["乐业县人民代表大会常务委员会", "乐业县人大常委会"]
ORGS = [
    O("在[[大石围天坑群景区]]看到", ["乐业大石围天坑群景区", "大石围天坑群景区"], IN, OPT),       # a site
    O("）本月8日，[[县政府]]召开", GOV, G),
    O("\n[[县政府]]部署冬季", GOV, G),
    O("。[[县文化广电体育和旅游局]]相关", ["乐业县文化广电体育和旅游局"], G),
    O("[[县融媒体中心]] 黄", ["乐业县融媒体中心"], IN),
    O("\n[[县人社局]]举办冬季", RSJ, G),
    O("）昨天上午，[[县人社局]]在", RSJ, G),
    O("在[[县人力资源市场]]举办", ["乐业县人力资源市场"], IN, OPT),                            # a venue
    O("由[[县教育局]]、县科协", JYJ, G),
    O("、[[县科协]]主办", ["乐业县科学技术协会"], PE),
    O("在[[县高级中学]]落下帷幕", GZ, IN),
    O("一等奖：[[县高级中学]]", GZ, IN),
    O("、[[同乐镇中心小学]]", ["乐业县同乐镇中心小学", "同乐镇中心小学"], IN),
    O("、[[县民族中学]]\n", ["乐业县民族中学"], IN),
    O("二等奖：[[县第二初级中学]]", ["乐业县第二初级中学"], IN),
    O("、[[花坪镇中学]]", ["乐业县花坪镇中学", "花坪镇中学"], IN),
    O("、[[逻沙乡中心小学]]", ["乐业县逻沙乡中心小学", "逻沙乡中心小学"], IN),
    O("三等奖：[[甘田镇中学]]", ["乐业县甘田镇中学", "甘田镇中学"], IN),
    O("、[[新化镇中心小学]]", ["乐业县新化镇中心小学", "新化镇中心小学"], IN),
    O("\n[[乐业县公安局交通警察大队]]\n", ["乐业县公安局交通警察大队"], G),
    O("\n[[乐业县交通运输局]]\n", ["乐业县交通运输局"], G),
    O("）本月1日至5日，[[县林业局]]联合", LYJ, G),
    O("联合[[县应急管理局]]对", ["乐业县应急管理局"], G),
    O("。[[县林业局]]表示", LYJ, G),
    O("[[县林业局]] 罗", LYJ, G),
    O("\n[[县林业局]]开展", LYJ, G),
    O("\n[[县法院]]公开宣判", FY, G),
    O("）昨天，[[县人民法院]]公开", FY, G),
    O("。[[法院]]当庭", FY, G, OPT),                                                         # a bare 法院
    O("记者从[[县教育局]]获悉", JYJ, G),
    O("。[[县教育局]]要求", JYJ, G),
    O("）本月上旬，[[县民政局]]向", ["乐业县民政局"], G),
    O("\n[[县司法局]]开展", SFJ, G),
    O("国家宪法日，[[县司法局]]联合", SFJ, G),
    O("联合[[团县委]]在", ["共青团乐业县委员会"], PE),
    O("）本月9日，[[县政务服务中心]]", ZWZX, IN),
    O("\n[[县政务服务中心]]综合窗口", ZWZX, IN),
    O("\n[[县人大常委会]]视察", RD, G),
    O("）上月27日，[[县人大常委会]]组织", RD, G),
    O("深入[[同乐镇猕猴桃产业示范园]]、", ["同乐镇猕猴桃产业示范园"], IN, OPT),                  # a site
    O("、[[乐业县顶鑫农业开发有限公司]]等地", ["乐业县顶鑫农业开发有限公司"], CO),
    O("。[[县人大常委会]]将于", RD, G),
    O("听取[[县政府]]关于", GOV, G),
    O("）上旬，[[县人社局]]在同乐镇", RSJ, G),
]

C, P, M, T, L, A = "count", "percent", "money", "duration", "length", "area"
CNY = "CNY"
STATS = [
    S("单日接待游客[[破万人次]]", "10000", "人次", C, "over", "大石围景区单日接待游客", OPT),  # 万 with no digit
    S("接待游客[[386.5万人次]]", "3865000", "人次", C, "exact", "全县接待游客"),
    S("旅游总消费[[42.6亿元]]", "4260000000", "元", M, "exact", "旅游总消费", currency=CNY),
    S("增长[[12.4%]]和", "12.4", "%", P, "exact", "全县接待游客", change=up("去年同期")),
    S("和[[15.8%]]，", "15.8", "%", P, "exact", "旅游总消费", change=up("去年同期")),
    S("接待游客[[10260人次]]", "10260", "人次", C, "exact", "大石围景区当天接待游客"),
    S("区内外[[52家]]企业", "52", "家", C, "exact", "参会企业"),
    S("岗位[[1380个]]", "1380", "个", C, "exact", "提供岗位"),
    S("就业意向[[265人]]", "265", "人", C, "exact", "现场初步达成就业意向"),
    S("宣传资料[[1500余份]]", "1500", "份", C, "over", "发放就业政策宣传资料"),
    S("全县[[21所]]学校", "21", "所", C, "exact", "参赛学校"),
    S("的[[168件]]作品", "168", "件", C, "exact", "参赛作品"),
    S("一等奖[[3个]]", "3", "个", C, "exact", "一等奖"),
    S("二等奖[[5个]]", "5", "个", C, "exact", "二等奖"),
    S("三等奖[[8个]]", "8", "个", C, "exact", "三等奖"),
    S("新化镇中心小学等[[6所]]学校", "6", "所", C, "exact", "获三等奖学校"),
    S("全长[[约14公里]]", "14", "公里", L, "about", "绕行路段全长"),
    S("全县[[8个]]乡镇的林区", "8", "个", C, "exact", "检查乡镇"),
    S("火灾隐患[[43处]]", "43", "处", C, "exact", "排查火灾隐患"),
    S("当场整改[[31处]]", "31", "处", C, "exact", "当场整改隐患"),
    S("整改通知书[[12份]]", "12", "份", C, "exact", "下达整改通知书"),
    S("占用林地[[5.6亩]]", "5.6", "亩", A, "exact", "擅自占用林地"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑", OPT),                            # a sentence
    S("缓刑[[二年]]", "2", "年", T, "exact", "缓刑", OPT),
    S("罚金[[2万元]]", "20000", "元", M, "exact", "罚金", currency=CNY),
    S("全县[[3250名]]考生", "3250", "名", C, "exact", "考生"),
    S("全县[[1865户]]低保家庭", "1865", "户", C, "exact", "低保家庭"),
    S("、[[326名]]特困人员", "326", "名", C, "exact", "特困人员"),
    S("每户补贴[[400元]]", "400", "元", M, "exact", "低保家庭每户补贴", currency=CNY),
    S("每人补贴[[300元]]", "300", "元", M, "exact", "特困人员每人补贴", currency=CNY),
    S("共计[[84.38万元]]", "843800", "元", M, "exact", "冬季取暖补贴", currency=CNY),
    S("\n[[1865户]]低保家庭", "1865", "户", C, "exact", "领到取暖补贴的低保家庭"),
    S("宣传资料[[3000余份]]", "3000", "份", C, "over", "发放宣传资料"),
    S("法律咨询[[120余人次]]", "120", "人次", C, "over", "解答群众法律咨询"),
    S("等[[13个]]“一件事”", "13", "个", C, "exact", "“一件事”事项"),
    S("缩短[[60%以上]]", "60", "%", P, "over", "平均办理时间", change=down()),
    S("资金项目[[126个]]", "126", "个", C, "exact", "衔接资金项目"),
    S("下达资金[[2.38亿元]]", "238000000", "元", M, "exact", "下达衔接资金", currency=CNY),
    S("来自全县[[8个]]乡镇", "8", "个", C, "exact", "学员来源乡镇"),
    S("的[[62名]]学员", "62", "名", C, "exact", "参训学员"),
    S("为期[[7天]]", "7", "天", T, "exact", "电商直播技能培训"),
    S("\n[[62名]]学员参加", "62", "名", C, "exact", "参加电商直播技能培训学员"),
]

EVENTS = [
    E("景区将推出“天坑冬韵·乐游乐业”系列活动", "activity", "推出", day("2025-12-20", "2026-02-28"),
      location="大石围景区", organizers=["县文化广电体育和旅游局"], theme="天坑冬韵·乐游乐业"),
    E("县政府召开全县冬季森林防火暨安全生产工作会议", "meeting", "召开", day("2025-12-08"),
      organizers=["县政府"], participants=["各乡镇、县直有关部门主要负责人"]),
    E("完成辖区火灾隐患排查整治", "inspection", "排查", xun(2025, 12, 1), opt=True),       # a task set, a plan
    E("举办“冬日送岗 就业暖心”专场招聘会", "recruitment", "招聘会", D10, location="县人力资源市场",
      organizers=["县人社局"], participants=["企业"], theme="冬日送岗 就业暖心"),
    E("发放就业政策宣传资料1500余份", "payout", "发放", D10, opt=True),                     # part of the job fair
    E("科技创新大赛在县高级中学落下帷幕", "competition", "大赛", day("2025-12-05"), location="县高级中学",
      organizers=["县教育局", "县科协"], participants=["学校"]),
    E("共评出一等奖3个", "award", "评出", day("2025-12-05"), organizers=["县教育局", "县科协"]),
    E("现就有关事项通告如下", "announcement", "通告", D10,
      organizers=["乐业县公安局交通警察大队", "乐业县交通运输局"], opt=True),                # the notice's own act
    E("百坭大桥实行全封闭交通管制", "traffic", "交通管制", day("2025-12-15", "2026-01-25"),
      location="百坭大桥", organizers=["乐业县公安局交通警察大队", "乐业县交通运输局"]),
    E("因百坭大桥维修加固施工需要", "construction", "施工", day("2025-12-15", "2026-01-25"),
      location="百坭大桥", opt=True),                                                   # told as the cause
    E("开展冬季森林防火专项检查", "inspection", "检查", day("2025-12-01", "2025-12-05"),
      location="全县8个乡镇的林区", organizers=["县林业局", "县应急管理局"]),
    E("检查人员在逻沙乡林区查看防火隔离带", "inspection", "查看", day("2025-12-03"),
      location="逻沙乡林区", opt=True),                                                 # a caption
    E("公开开庭审理一起非法占用农用地案", "legal", "审理", D10, organizers=["县人民法院"]),
    E("判处被告人梁某有期徒刑一年", "legal", "判处", D10, organizers=["法院"], opt=True),    # the same trial
    E("信息技术科目考试定于下周二至下周四举行", "exam", "考试", day("2025-12-16", "2025-12-18"),
      participants=["考生"]),
    E("发放冬季取暖补贴", "payout", "发放", X0, organizers=["县民政局"], participants=["低保家庭", "特困人员"]),
    E("开展“法治进万家”普法宣传活动", "activity", "开展", day("2025-12-04"), location="县城文化广场",
      organizers=["县司法局", "团县委"], theme="法治进万家"),
    E("发放宣传资料3000余份", "payout", "发放", day("2025-12-04"), opt=True),               # part of the campaign
    E("综合窗口正式启用", "launch", "启用", day("2025-12-09"), organizers=["县政务服务中心"]),
    E("视察全县乡村振兴项目建设情况", "inspection", "视察", day("2025-11-27"),
      location="同乐镇猕猴桃产业示范园、乐业县顶鑫农业开发有限公司等地", organizers=["县人大常委会"],
      participants=["部分县人大代表"]),
    E("听取县政府关于乡村振兴工作情况的专项报告", "meeting", "听取", month(2026, 3),
      organizers=["县人大常委会"], opt=True),                                            # a plan
    E("在同乐镇举办电商直播技能培训班", "training", "培训班", X0, location="同乐镇", organizers=["县人社局"],
      participants=["学员"]),
]
