"""建平报, 建平县融媒体中心 (建平县, 朝阳市, 辽宁省), 2025-12-17 (a Wednesday): a county paper page.
Features: a series label (`奋进新征程 建平在行动`); two kickers over titles (`送技能上门 助农民增收` /
`县人社局举办冬季农民工职业技能培训`, `比技能 强服务` / `全县中小学青年教师教学大赛结果揭晓`); a winners list in
label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, schools resolved with the county); a 通告 on parking and lorries
during snow clearing with two issuing bodies on their own lines and a date line (traffic); a caption credited to the
county media centre and a person (`县融媒体中心 王 海 涛 摄`) and one credited to an institution (`（县图书馆供图）`);
a paragraph broken after a comma (`…培训农民工820余人次，` | `其中406人…`) with another article, its headline and a
caption between; a paragraph broken mid-word (`劳动关|系`) with a caption between; headlines after their bodies.
County bodies resolve with the county (`县人社局`, `县教育局`, `县市场监管局`, `团县委`, `县妇联`, `县人民法院`).
Relative dates: `本月上旬`, `昨天上午`, `昨天` = 12-16, `当天` (after `本月13日`; after `昨天`), `下周二` = 12-23,
`下周五` = 12-26, `本月下旬`, `明年1月上旬`, `1月17日` (next year's winter holiday), `今年以来`, `上年`; `近日` and
`今冬明春` optional. Parts of one happening told twice, directives and plans in passing are optional.

Written at main commit f8f6589, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, up, xun, year

PAPER = "建平报"
PUBLISHED = "2025-12-17"
HOME = {"county": "建平县", "city": "朝阳市", "province": "辽宁省"}

LAYOUT = [
    ("奋进新征程", "label", "C0"),
    ("送技能上门", "headline", "C0"),                       # kicker
    ("县人社局举办冬季", "headline", "C0"),
    ("本报讯（记者 孙 立 伟 通讯员", "body", "C0"),         # breaks after a comma
    ("本报讯（记者 刘 春 阳）昨天上午", "body", "C1"),
    ("县政府常务会议", "headline", "C1"),                   # after its body
    ("本月10日，学员", "caption", "P0"),                    # 县融媒体中心 王 海 涛 摄
    ("其中406人", "body", "C0"),                            # the rest of C0's paragraph
    ("比技能", "headline", "C2"),                           # kicker
    ("全县中小学青年教师", "headline", "C2"),
    ("本报讯（通讯员 杜 红 梅）本月5日", "body", "C2"),
    ("一等奖：", "body", "C2"),
    ("二等奖：", "body", "C2"),
    ("三等奖：", "body", "C2"),
    ("县教育局将于", "body", "C2"),
    ("关于冬季清雪", "headline", "C3"),
    ("为保障冬季", "body", "C3"),
    ("一、自2025年", "body", "C3"),
    ("二、降雪期间", "body", "C3"),
    ("三、对违反", "body", "C3"),
    ("建平县公安局", "body", "C3"),
    ("建平县住房和城乡建设局", "body", "C3"),
    ("2025年12月15日", "body", "C3"),
    ("本报讯（记者 刘 春 阳）县人民法院", "body", "C4"),    # breaks mid-word
    ("县图书馆“书香建平”", "caption", "P1"),               # （县图书馆供图）
    ("系。据悉", "body", "C4"),                             # the rest of C4's paragraph
    ("拖欠农民工工资", "headline", "C4"),                   # after its body
    ("县教育局部署", "headline", "C5"),
    ("本报讯（通讯员 杜 红 梅）从县教育局", "body", "C5"),
    ("本报讯（记者 孙 立 伟）本月11日", "body", "C6"),
    ("县市场监管局开展", "headline", "C6"),                 # after its body
    ("本报讯（记者 刘 春 阳）本月13日", "body", "C7"),
    ("“温暖冬日", "headline", "C7"),                        # after its body
    ("专业技术人员继续教育", "headline", "C8"),
    ("本报讯（记者 孙 立 伟）县人社局", "body", "C8"),
    ("本报讯（通讯员 高 雅 琴）县农业", "body", "C9"),
    ("1.12亿元", "headline", "C9"),                         # after its body
    ("本报讯（记者 刘 春 阳）昨天，", "body", "C10"),
    ("富民社区综合", "headline", "C10"),                    # after its body
    ("县交通运输局开展", "headline", "C11"),
    ("本报讯（通讯员 高 雅 琴）本月16日", "body", "C11"),
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["孙立伟"], correspondents=["高雅琴"])),
    "C1": dict(byline=byline(reporters=["刘春阳"])),
    "C2": dict(byline=byline(correspondents=["杜红梅"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["刘春阳"])),
    "C5": dict(byline=byline(correspondents=["杜红梅"])),
    "C6": dict(byline=byline(reporters=["孙立伟"])),
    "C7": dict(byline=byline(reporters=["刘春阳"])),
    "C8": dict(byline=byline(reporters=["孙立伟"])),
    "C9": dict(byline=byline(correspondents=["高雅琴"])),
    "C10": dict(byline=byline(reporters=["刘春阳"])),
    "C11": dict(byline=byline(correspondents=["高雅琴"])),
}
JOINS = [("本报讯（记者 孙 立 伟 通讯员", "其中406人"), ("本报讯（记者 刘 春 阳）县人民法院", "系。据悉")]
PHOTOS = {
    "P0": dict(photographers=["王海涛"], article="C0"),
    "P1": dict(photographers=[], article=None),
}

D16 = day("2025-12-16")

DATES = [
    D("）[[本月上旬]]，县人社局", xun(2025, 12, 0)),
    D("）[[昨天上午]]，县政府", D16),
    D("研究部署[[今冬明春]]安全", VAGUE),                            # a vague season span
    D("于[[本月20日]]前完成", day("2025-12-20")),
    D("[[本月10日]]，学员", day("2025-12-10")),
    D("。[[本月12日]]，县人社局", day("2025-12-12")),
    D("，[[下周二]]，县人力", day("2025-12-23")),
    D("）[[本月5日至6日]]，由", day("2025-12-05", "2025-12-06")),
    D("将于[[本月下旬]]为", xun(2025, 12, 2)),
    D("自[[2025年12月20日至2026年2月28日]]，", day("2025-12-20", "2026-02-28")),
    D("[[2025年12月15日]]", day("2025-12-15")),
    D("县人民法院[[昨天]]公开宣判", D16),
    D("据悉，[[今年]]以来", year(2025)),
    D("于[[明年1月上旬]]举行", xun(2026, 1, 0)),
    D("寒假从[[1月17日]]开始", day("2026-01-17")),
    D("各学校[[本月25日]]前", day("2025-12-25")),
    D("）[[本月11日至14日]]，县市场", day("2025-12-11", "2025-12-14")),
    D("）[[本月13日]]，团县委", day("2025-12-13")),
    D("。[[当天]]，县中医院", day("2025-12-13")),
    D("继续教育考试[[下周五]]开考", day("2025-12-26")),
    D("县人社局[[昨天]]发布消息", D16),
    D("将于[[下周五]]在县职业", day("2025-12-26")),
    D("为[[本月18日至20日]]。", day("2025-12-18", "2025-12-20")),
    D("可于[[本月24日至25日]]登录", day("2025-12-24", "2025-12-25")),
    D("县农业农村局[[近日]]完成", VAGUE),
    D("完成[[2025年]]耕地", year(2025)),
    D("较[[上年]]增加", year(2024)),
    D("）[[昨天]]，叶柏寿", D16),
    D("。[[当天]]，县民政局", D16),
    D("）[[本月16日]]，县交通", D16),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["建平县人力资源和社会保障局"]
NY = ["建平县农业农村局"]
ZJ = ["建平县住房和城乡建设局"]
JT = ["建平县交通运输局"]
JY = ["建平县教育局"]
FY = ["建平县人民法院"]
SJ = ["建平县市场监督管理局"]
ZJZX = ["建平县职业教育中心"]
TSG = ["建平县图书馆"]
FM = ["建平县叶柏寿街道富民社区", "叶柏寿街道富民社区", "富民社区"]
ORGS = [
    O("[[县人社局]]举办冬季", RSJ, G),
    O("）本月上旬，[[县人社局]]联合", RSJ, G),
    O("联合[[县农业农村局]]在", NY, G),
    O("在[[叶柏寿街道]]、万寿街道", ["建平县叶柏寿街道", "叶柏寿街道"], G, OPT),     # used as a place
    O("、[[万寿街道]]等6个", ["建平县万寿街道", "万寿街道"], G, OPT),                 # used as a place
    O("）昨天上午，[[县政府]]召开", ["建平县人民政府"], G),
    O("要求[[县住房和城乡建设局]]、", ZJ, G),
    O("、[[县交通运输局]]于本月", JT, G),
    O("\n[[县政府]]常务会议", ["建平县人民政府"], G),
    O("学员在[[县职业教育中心]]实训室", ZJZX, IN),
    O("[[县融媒体中心]] 王", ["建平县融媒体中心"], IN),
    O("。本月12日，[[县人社局]]为", RSJ, G),
    O("。[[县人社局]]负责人介绍", RSJ, G),
    O("，[[县人力资源市场]]将举办", ["建平县人力资源市场"], IN),
    O("由[[县教育局]]、县总工会", JY, G),
    O("、[[县总工会]]主办", ["建平县总工会"], PE),
    O("在[[县第二高级中学]]举行", ["建平县第二高级中学"], IN),
    O("（[[县实验小学]]）", ["建平县实验小学"], IN),
    O("（[[县第一高级中学]]）", ["建平县第一高级中学"], IN),
    O("（[[万寿街道中心小学]]）", ["建平县万寿街道中心小学", "万寿街道中心小学"], IN),
    O("（[[县第三初级中学]]）", ["建平县第三初级中学"], IN),
    O("（[[叶柏寿街道中心小学]]）", ["建平县叶柏寿街道中心小学", "叶柏寿街道中心小学"], IN),
    O("（[[沙海镇中学]]）", ["建平县沙海镇中学", "沙海镇中学"], IN),
    O("[[县教育局]]将于本月下旬", JY, G),
    O("[[建平县公安局]]\n", ["建平县公安局"], G),
    O("[[建平县住房和城乡建设局]]\n", ZJ, G),
    O("[[县人民法院]]昨天公开", FY, G),
    O("经[[县人社局]]责令", RSJ, G),
    O("。[[县人民法院]]提醒", FY, G),
    O("[[县图书馆]]“书香建平”", TSG, IN),
    O("（[[县图书馆]]供图）", TSG, IN),
    O("，[[县人民法院]]共审结", FY, G),
    O("[[县教育局]]部署期末", JY, G),
    O("从[[县教育局]]获悉", JY, G),
    O("。[[县教育局]]要求各学校", JY, G),
    O("）本月11日至14日，[[县市场监管局]]联合", SJ, G),
    O("联合[[县商务局]]开展", ["建平县商务局"], G),
    O("，[[县市场监管局]]将加大", SJ, G),
    O("\n[[县市场监管局]]开展冬季", SJ, G),
    O("）本月13日，[[团县委]]、", ["共青团建平县委员会"], PE),
    O("、[[县妇联]]在", ["建平县妇女联合会"], PE),
    O("在[[县文化中心]]联合举办", ["建平县文化中心"], IN),
    O("，[[县中医院]]的医务人员", ["建平县中医院"], IN),
    O("[[县人社局]]昨天发布消息", RSJ, G),
    O("在[[县职业教育中心]]举行", ZJZX, IN),
    O("登录[[县人社局网站]]", ["建平县人力资源和社会保障局网站"], IN, OPT),        # a website
    O("）[[县农业农村局]]近日完成", NY, G),
    O("[[叶柏寿街道富民社区]]综合服务中心正式", FM, CM),
    O("\n[[富民社区]]综合服务中心投入", FM, CM),
    O("，[[县民政局]]在中心", ["建平县民政局"], G),
    O("\n[[县交通运输局]]开展冬季", JT, G),
    O("）本月16日，[[县交通运输局]]组织", JT, G),
    O("。[[县交通运输局]]要求", JT, G),
]

C, P, M, T = "count", "percent", "money", "duration"
CNY = "CNY"
STATS = [
    S("等[[6个]]乡镇街道", "6", "个", C, "exact", "开展培训的乡镇街道"),
    S("培训班[[12期]]", "12", "期", C, "exact", "培训班"),
    S("培训农民工[[820余人次]]", "820", "人次", C, "over", "培训农民工"),
    S("其中[[406人]]", "406", "人", C, "exact", "取得职业技能等级证书"),
    S("共计[[15.6万元]]", "156000", "元", M, "exact", "培训补贴", currency=CNY),
    S("提供岗位[[700余个]]", "700", "个", C, "over", "专场招聘会提供岗位"),
    S("的[[58名]]青年教师", "58", "名", C, "exact", "参赛青年教师"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[5名]]", "5", "名", C, "exact", "二等奖"),
    S("三等奖[[8名]]", "8", "名", C, "exact", "三等奖"),
    S("中心小学）等[[5人]]", "5", "人", C, "exact", "二等奖"),
    S("中学）等[[8人]]", "8", "人", C, "exact", "三等奖"),
    S("拖欠[[32名]]农民工", "32", "名", C, "exact", "被拖欠工资的农民工"),
    S("共计[[48.7万元]]", "487000", "元", M, "exact", "拖欠农民工工资", currency=CNY),
    S("有期徒刑[[一年二个月]]", "14", "个月", T, "exact", "有期徒刑", OPT),          # a mixed duration
    S("罚金[[3万元]]", "30000", "元", M, "exact", "罚金", currency=CNY),
    S("工资案件[[46件]]", "46", "件", C, "exact", "审结涉农民工工资案件"),
    S("追回工资[[210余万元]]", "2100000", "元", M, "over", "为农民工追回工资", currency=CNY),
    S("经营主体[[165家]]", "165", "家", C, "exact", "检查经营主体"),
    S("食品样品[[82批次]]", "82", "批次", C, "exact", "抽检食品样品"),
    S("整改问题[[27处]]", "27", "处", C, "exact", "发现并整改问题"),
    S("立案查处[[2起]]", "2", "起", C, "exact", "立案查处"),
    S("组织[[75名]]志愿者", "75", "名", C, "exact", "志愿者"),
    S("为[[120户]]困难家庭", "120", "户", C, "exact", "困难家庭"),
    S("服务群众[[300余人次]]", "300", "人次", C, "over", "义诊服务群众"),
    S("共设考场[[24个]]", "24", "个", C, "exact", "考场"),
    S("全县[[5.8万户]]农户", "58000", "户", C, "exact", "农户"),
    S("补贴资金[[1.12亿元]]，", "112000000", "元", M, "exact", "耕地地力保护补贴资金", currency=CNY),
    S("增加[[380万元]]", "3800000", "元", M, "exact", "耕地地力保护补贴资金", change=up("上年"), currency=CNY),
    S("\n[[1.12亿元]]耕地", "112000000", "元", M, "exact", "耕地地力保护补贴", currency=CNY),
    S("服务窗口[[6个]]", "6", "个", C, "exact", "服务窗口"),
    S("事项[[48项]]", "48", "项", C, "exact", "可办理事项"),
    S("周边居民[[2.3万人]]", "23000", "人", C, "exact", "辐射周边居民"),
    S("宣传资料[[1200余份]]", "1200", "份", C, "over", "宣传资料"),
    S("客运车辆[[86辆次]]", "86", "辆次", C, "exact", "检查客运车辆"),
    S("运输企业[[4家]]", "4", "家", C, "exact", "危险品运输企业"),
    S("排查隐患[[13处]]", "13", "处", C, "exact", "排查隐患"),
    S("通知书[[5份]]", "5", "份", C, "exact", "整改通知书"),
]

EVENTS = [
    E("开展冬季农民工职业技能培训，", "training", "培训", xun(2025, 12, 0),
      location="叶柏寿街道、万寿街道等6个乡镇街道", organizers=["县人社局", "县农业农村局"], participants=["农民工"]),
    E("县政府召开第三十五次常务会议", "meeting", "召开", D16, organizers=["县政府"]),
    E("会议审议通过《建平县冬季清雪除冰工作方案》", "policy", "审议通过", D16, organizers=["县政府"], opt=True),
    E("完成清雪设备检修", "other", "检修", day("2025-12-20"), opt=True),                 # a directive
    E("为结业学员发放培训补贴", "payout", "发放", day("2025-12-12"), organizers=["县人社局"],
      participants=["结业学员"]),
    E("将举办“春风送岗”专场招聘会", "recruitment", "招聘会", day("2025-12-23"), location="县人力资源市场",
      organizers=["县人力资源市场"], theme="春风送岗"),
    E("全县中小学青年教师教学大赛在县第二高级中学举行", "competition", "大赛", day("2025-12-05", "2025-12-06"),
      location="县第二高级中学", organizers=["县教育局", "县总工会"], participants=["青年教师"]),
    E("大赛共评出一等奖3名", "award", "评出", day("2025-12-05", "2025-12-06"), organizers=["县教育局", "县总工会"]),
    E("为获奖教师颁发荣誉证书", "award", "颁发", xun(2025, 12, 2), organizers=["县教育局"], opt=True),  # the same award
    E("清雪作业期间禁止车辆停放", "traffic", "禁止车辆停放", day("2025-12-20", "2026-02-28"),
      location="县城红山路、建平大街", organizers=["建平县公安局", "建平县住房和城乡建设局"]),
    E("大型货车禁止驶入县城主城区", "traffic", "禁止驶入", opt=True),                       # the same notice
    E("公开宣判一起拒不支付劳动报酬案", "legal", "宣判", D16, organizers=["县人民法院"]),
    E("法院以拒不支付劳动报酬罪判处", "legal", "判处", D16, opt=True),                     # the same ruling
    E("县人民法院共审结涉农民工工资案件46件", "legal", "审结", year(2025), organizers=["县人民法院"], opt=True),
    E("期末考试将于明年1月上旬举行", "exam", "考试", xun(2026, 1, 0)),
    E("寒假从1月17日开始", "schedule", "寒假", day("2026-01-17")),
    E("开展冬季食品安全专项检查，", "inspection", "检查", day("2025-12-11", "2025-12-14"),
      organizers=["县市场监管局", "县商务局"]),
    E("联合举办“温暖冬日 爱心同行”志愿服务活动", "activity", "举办", day("2025-12-13"), location="县文化中心",
      organizers=["团县委", "县妇联"], theme="温暖冬日 爱心同行"),
    E("送去棉衣、米面油等物资", "payout", "送去", day("2025-12-13"), opt=True),            # part of the activity
    E("为群众开展义诊", "activity", "义诊", day("2025-12-13"), organizers=["县中医院"]),
    E("县人社局昨天发布消息", "announcement", "发布", D16, organizers=["县人社局"], opt=True),  # a report verb
    E("公需科目考试将于下周五在县职业教育中心举行", "exam", "考试", day("2025-12-26"), location="县职业教育中心"),
    E("报名时间为本月18日至20日", "registration", "报名", day("2025-12-18", "2025-12-20")),
    E("登录县人社局网站打印准考证", "other", "打印准考证", day("2025-12-24", "2025-12-25"), opt=True),
    E("耕地地力保护补贴发放工作", "payout", "发放", organizers=["县农业农村局"], participants=["农户"]),
    E("综合服务中心正式投入使用", "launch", "投入使用", D16, location="叶柏寿街道富民社区"),
    E("开展“社区服务进万家”宣传活动", "activity", "开展", D16, organizers=["县民政局"], theme="社区服务进万家"),
    E("组织开展冬季道路运输安全检查", "inspection", "检查", D16, organizers=["县交通运输局"]),
    E("加强驾驶员冬季安全培训", "training", "培训", opt=True),                              # a directive
]
