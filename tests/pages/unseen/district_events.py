"""呈贡报 (呈贡区, 昆明市, 云南) page, 2025-04-22, held out: a district paper, so the district is
the home (`区委` → 中共昆明市呈贡区委员会, `区政府` → 昆明市呈贡区人民政府, `区法院` → 昆明市呈贡区人民法院,
`区X局` → 昆明市呈贡区X局; the forms without 昆明市 are accepted too). A page of short local items
rich in events of many closed-list types: a job fair (recruitment) `由A主办、B和C承办`, a talk by
`两校` (organizers: the two universities named before), a meeting, a supervision tour that
`随后` dates, a free clinic (义诊) with a home-visit follow-up `随后`, a fire drill (training), a
court hearing and ruling (legal), a signing, subsidy payouts (one organized by `该局`), an
exhibition that `开展` (opens, not "carries out") with a talk `开展当天`, spring planting
(production), a road closure (traffic), a registration window with its announcement, and a
forest-fire patrol whose only date is a festival (`自清明以来`: 清明 = 2025-04-04) plus a drill by
`该局`. Numbers that are not statistics: `9号楼`, `12层`, times `0时`/`24时`. A column label, a kicker
over one title, a caption with `本报记者 杨 帆 摄`.

Written at commit 709096d before any tuning on it."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, quarter, span, up, xun, year

PAPER = "呈贡报"
PUBLISHED = "2025-04-22"
HOME = {"district": "呈贡区", "city": "昆明市", "province": "云南省"}

LAYOUT = [
    ("民生速递", "label", "A0"),
    ("校地携手搭平台", "headline", "A0"),
    ("本报讯（记者 杨 帆 通讯员 李 娜）", "body", "A0"),
    ("当天下午，两校", "body", "A0"),
    ("区委召开全区安全生产", "headline", "A1"),
    ("本报讯 4月21日，区委", "body", "A1"),
    ("据统计，一季度全区", "body", "A1"),
    ("4月20日，医务人员", "caption", "P0"),
    ("名医进社区", "headline", "A2"),
    ("本报讯（通讯员 赵 琳）", "body", "A2"),
    ("区卫生健康局相关负责人", "body", "A2"),
    ("高层住宅着火怎么办", "headline", "A3"),
    ("本报讯 4月21日上午，区应急管理局", "body", "A3"),
    ("擅自占用耕地建棚舍", "headline", "A4"),
    ("本报讯（通讯员 何 晓）", "body", "A4"),
    ("斗南国际花卉科创园项目签约", "headline", "A5"),
    ("本报讯 4月20日，区政府", "body", "A5"),
    ("据了解，2024年斗南", "body", "A5"),
    ("耕地地力保护补贴开始发放", "headline", "A6"),
    ("本报讯 4月17日起", "body", "A6"),
    ("“花开呈贡”摄影作品展开展", "headline", "A7"),
    ("本报讯 4月19日，由区委宣传部", "body", "A7"),
    ("抢抓农时不误春", "headline", "A8"),             # kicker (引题)
    ("七甸田间春耕忙", "headline", "A8"),
    ("本报讯（记者 杨 帆）眼下", "body", "A8"),
    ("雨花路部分路段", "headline", "A9"),
    ("本报讯 记者4月21日", "body", "A9"),
    ("公办幼儿园秋季招生", "headline", "A10"),
    ("本报讯 区教育体育局", "body", "A10"),
    ("筑牢森林防火", "headline", "A11"),
    ("本报讯 自清明以来", "body", "A11"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["杨帆"], correspondents=["李娜"])),
    "A1": dict(byline=byline()),
    "A2": dict(byline=byline(correspondents=["赵琳"])),
    "A3": dict(byline=byline()),
    "A4": dict(byline=byline(correspondents=["何晓"])),
    "A5": dict(byline=byline()),
    "A6": dict(byline=byline()),
    "A7": dict(byline=byline()),
    "A8": dict(byline=byline(reporters=["杨帆"])),
    "A9": dict(byline=byline()),
    "A10": dict(byline=byline()),
    "A11": dict(byline=byline()),
}
JOINS = []
PHOTOS = {"P0": dict(photographers=["杨帆"], article="A2")}

Y25, Y24 = year(2025), year(2024)
Q1 = quarter(2025, 1)
D17, D18, D19, D20, D21, D25 = (day(f"2025-04-{d}") for d in (17, 18, 19, 20, 21, 25))
QINGMING = day("2025-04-04")
CLOSURE = day("2025-04-25", "2025-06-30")


def R(name):
    """A district body: the full name with the city, or with the district only."""
    return [f"昆明市呈贡区{name}", f"呈贡区{name}"]


DATES = [
    D("）[[4月19日]]，由区人力", D19),
    D("承办的[[2025年]]呈贡区春季", Y25, OPT),            # part of the fair's name
    D("[[当天下午]]，两校", D19),
    D("社会保障局[[今年]]还将", Y25),
    D("本报讯 [[4月21日]]，区委召开", D21),
    D("通报[[一季度]]全区安全生产", Q1),
    D("安排部署[[汛期]]前", VAGUE),
    D("要在[[5月底]]前", xun(2025, 5, 2), OPT),
    D("[[会后]]，区级领导", D21, OPT),
    D("[[随后]]分赴10个街道", D21, OPT),                 # carries the meeting's day
    D("据统计，[[一季度]]全区共检查", Q1),
    D("[[4月20日]]，医务人员在斗南", D20),
    D("）[[4月20日上午]]，区卫生健康局", D20),
    D("[[随后]]，医务人员还入户", D20, OPT),
    D("介绍，[[今年以来]]，该局", Y25, OPT),
    D("[[5月至10月]]，该局将", months(2025, 5, 10)),
    D("[[每月]]组织一次", VAGUE),
    D("本报讯 [[4月21日上午]]，区应急管理局", D21),
    D("据悉，[[今年以来]]，区应急", Y25, OPT),
    D("）[[4月18日]]，区法院", D18),
    D("[[2023年3月至2024年5月]]", (span("2023-03-01", "2024-05-31"), "month")),
    D("本报讯 [[4月20日]]，区政府与", D20),
    D("据了解，[[2024年]]斗南", Y24),
    D("本报讯 [[4月17日]]起", D17),
    D("发放[[2025年]]耕地地力保护补贴", Y25, OPT),        # the subsidy's year, as in its name
    D("截至[[4月21日]]，已发放", D21),
    D("将于[[4月底]]前", xun(2025, 4, 2), OPT),
    D("本报讯 [[4月19日]]，由区委宣传部", D19),
    D("展期至[[5月18日]]", day("2025-05-18")),
    D("开展[[当天]]", D19),
    D("[[眼下]]正值", VAGUE),
    D("[[4月21日]]，记者在七甸", D21),
    D("据了解，[[今年]]全区计划", Y25),
    D("[[目前]]已完成春播", VAGUE),
    D("力争在[[5月10日]]前", day("2025-05-10")),
    D("雨花路部分路段[[4月25日]]起", D25),
    D("记者[[4月21日]]从昆明市", D21),
    D("[[4月25日0时至6月30日24时]]", CLOSURE),
    D("[[施工期间]]，过往车辆", CLOSURE, OPT),
    D("招生[[5月6日]]开始报名", day("2025-05-06")),
    D("公办幼儿园[[秋季]]招生", VAGUE),                   # a season as a modifier
    D("区教育体育局[[日前]]发布", VAGUE),
    D("公告，[[2025年]]全区公办", Y25),
    D("幼儿园[[秋季]]学期", VAGUE),
    D("将于[[5月6日至12日]]进行", day("2025-05-06", "2025-05-12")),
    D("[[今年]]全区公办幼儿园计划", Y25),
    D("比[[去年]]增加280名", Y24),
    D("将于[[5月20日]]在该公众号", day("2025-05-20")),
    D("自[[清明]]以来", QINGMING),                        # the festival is the only date
    D("将于[[5月上旬]]联合", xun(2025, 5, 0)),
]

QUWEI = ["中共昆明市呈贡区委员会", "中共呈贡区委员会"]
RENSHE = R("人力资源和社会保障局")
WEIJIAN = R("卫生健康局")
YINGJI = R("应急管理局")
NONGYE = R("农业农村局")
SHEYING = R("摄影家协会")
ORGS = [
    O("由[[区人力资源和社会保障局]]主办", RENSHE, "government"),
    O("、[[云南民族大学]]和昆明理工大学承办", "云南民族大学", "institution"),
    O("和[[昆明理工大学]]承办", "昆明理工大学", "institution"),
    O("在[[云南民族大学呈贡校区]]举行", ["云南民族大学呈贡校区", "云南民族大学"], "institution", OPT),  # a venue
    O("邀请[[区市场监督管理局]]", R("市场监督管理局"), "government"),
    O("、[[区税务局]]的", ["国家税务总局昆明市呈贡区税务局", *R("税务局")], "government"),
    O("据悉，[[区人力资源和社会保障局]]今年", RENSHE, "government"),
    O("[[区委]]召开全区安全生产工作会议", QUWEI, "party"),
    O("4月21日，[[区委]]召开", QUWEI, "party"),
    O("在[[斗南社区]]为居民", ["昆明市呈贡区斗南街道斗南社区", "呈贡区斗南街道斗南社区", "斗南社区"],
      "community"),
    O("，[[区卫生健康局]]组织", WEIJIAN, "government"),
    O("组织[[区人民医院]]、", R("人民医院"), "institution"),
    O("、[[区中医医院]]等", R("中医医院"), "institution"),
    O("走进[[斗南街道斗南社区]]", ["昆明市呈贡区斗南街道斗南社区", "呈贡区斗南街道斗南社区", "斗南街道斗南社区"],
      "community"),
    O("[[区卫生健康局]]相关负责人", WEIJIAN, "government"),
    O("，[[区应急管理局]]联合区消防", YINGJI, "government"),
    O("联合[[区消防救援大队]]在", R("消防救援大队"), "government"),
    O("在[[洛龙街道]]康乐苑", R("洛龙街道"), "government", OPT),       # street offices as places
    O("，[[区应急管理局]]已在全区", YINGJI, "government"),
    O("，[[区法院]]公开开庭", R("人民法院"), "government"),
    O("在[[大渔街道]]擅自占用", R("大渔街道"), "government", OPT),
    O("。[[法院]]以非法", R("人民法院"), "government", OPT),                # the court, bare
    O("[[区政府]]与云南", R("人民政府"), "government"),
    O("[[云南滇池花卉产业集团有限公司]]", "云南滇池花卉产业集团有限公司", "company"),
    O("在[[区政务服务中心]]签约", R("政务服务中心"), "institution", OPT),     # a venue
    O("[[斗南花卉市场]]鲜切花", "斗南花卉市场", "company", OPT),             # a market, as a site
    O("，[[区农业农村局]]通过", NONGYE, "government"),
    O("由[[区委宣传部]]、", ["中共昆明市呈贡区委宣传部", "中共呈贡区委宣传部"], "party"),
    O("、[[区文化和旅游局]]主办", R("文化和旅游局"), "government"),
    O("，[[区摄影家协会]]承办", SHEYING, "social"),
    O("在[[区文化馆]]开展", R("文化馆"), "institution"),
    O("当天，[[区摄影家协会]]还在", SHEYING, "social"),
    O("记者在[[七甸街道]]看到", R("七甸街道"), "government", OPT),
    O("。[[区农业农村局]]组织", NONGYE, "government"),
    O("[[昆明市公安局交通管理支队呈贡大队]]", "昆明市公安局交通管理支队呈贡大队", "government"),
    O("，[[吴家营街道]]雨花路", R("吴家营街道"), "government", OPT),
    O("[[区教育体育局]]日前", R("教育体育局"), "government"),
    O("通过[[“呈贡教育”微信公众号]]", "“呈贡教育”微信公众号", "institution", OPT),  # a platform
    O("，[[区林业和草原局]]联合", R("林业和草原局"), "government"),
    O("联合[[区应急管理局]]开展森林", YINGJI, "government"),
]

C, P, M, A, T = "count", "percent", "money", "area", "duration"
CNY = "CNY"
STATS = [
    S("[[千余]]岗位", "1000", "个", C, "over", "岗位", OPT),            # no classifier
    S("区内外[[136家]]", "136", "家", C, "exact", "参会用人单位"),
    S("提供岗位[[2860个]]", "2860", "个", C, "exact", "岗位"),
    S("毕业生达[[4200余人次]]", "4200", "人次", C, "over", "进场求职的毕业生"),
    S("就业意向[[763人]]", "763", "人", C, "exact", "初步达成就业意向"),
    S("为[[200余名]]毕业生", "200", "名", C, "over", "听取政策解读的毕业生"),
    S("招聘活动[[20场以上]]", "20", "场", C, "over", "各类招聘活动"),
    S("分成[[5个]]督导组", "5", "个", C, "exact", "督导组"),
    S("分赴[[10个]]街道", "10", "个", C, "exact", "街道"),
    S("生产经营单位[[1460家次]]", "1460", "家次", C, "exact", "检查生产经营单位"),
    S("一般隐患[[2380项]]", "2380", "项", C, "exact", "排查整改一般隐患"),
    S("等[[6家]]医疗机构", "6", "家", C, "exact", "医疗机构"),
    S("的[[40余名]]医务人员", "40", "名", C, "over", "医务人员"),
    S("接诊居民[[560余人次]]", "560", "人次", C, "over", "接诊居民"),
    S("宣传资料[[1200余份]]", "1200", "份", C, "over", "健康宣传资料"),
    S("为[[12名]]行动不便", "12", "名", C, "exact", "行动不便的老人"),
    S("义诊活动[[18场]]", "18", "场", C, "exact", "各类义诊活动"),
    S("服务群众[[6000余人次]]", "6000", "人次", C, "over", "义诊服务群众"),
    S("每月组织[[一次]]", "1", "次", C, "exact", "“专家进社区”活动", OPT),
    S("，[[300余名]]居民", "300", "名", C, "over", "参与疏散的居民"),
    S("用时[[不到6分钟]]", "6", "分钟", T, "under", "疏散用时"),
    S("应急演练[[42场]]", "42", "场", C, "exact", "各类应急演练"),
    S("参与群众[[1.3万余人次]]", "13000", "人次", C, "over", "参与应急演练的群众"),
    S("耕地[[12.6亩]]", "12.6", "亩", A, "exact", "擅自占用耕地"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑", OPT),
    S("缓刑[[一年六个月]]", "1.5", "年", T, "exact", "缓刑", OPT),
    S("罚金[[2万元]]", "20000", "元", M, "exact", "罚金", currency=CNY),
    S("在[[3个月内]]", "3", "个月", T, "under", "恢复土地原状期限", OPT),
    S("总投资[[约18亿元]]", "1800000000", "元", M, "about", "斗南国际花卉科创园项目总投资", currency=CNY),
    S("建设期[[3至5年]]", "3", "年", T, "exact", "建设期"),
    S("形成花卉种质资源保存、新品种研发和数字化交易[[三大]]", "3", "大", C, "exact", "功能板块", OPT),
    S("可达[[50亿元以上]]", "5000000000", "元", M, "over", "预计年交易额", currency=CNY),
    S("交易量达[[118亿枝]]", "11800000000", "枝", C, "exact", "2024年斗南花卉市场鲜切花交易量"),
    S("交易额[[136亿元]]", "13600000000", "元", M, "exact", "斗南花卉市场交易额", currency=CNY),
    S("增长[[5.3%]]和", "5.3", "%", P, "exact", "鲜切花交易量", change=up()),
    S("和[[7.1%]]", "7.1", "%", P, "exact", "鲜切花交易额", change=up()),
    S("市场份额的[[70%以上]]", "70", "%", P, "over", "鲜切花交易量占全国市场份额"),
    S("补贴资金[[1260万元]]", "12600000", "元", M, "exact", "已发放补贴资金", currency=CNY),
    S("惠及农户[[1.6万户]]", "16000", "户", C, "exact", "惠及农户"),
    S("每亩[[92元]]", "92", "元", M, "exact", "补贴标准", currency=CNY),
    S("“城市律动”[[3个]]单元", "3", "个", C, "exact", "展览单元"),
    S("作品[[160幅]]", "160", "幅", C, "exact", "展出作品"),
    S("[[30余名]]摄影爱好者", "30", "名", C, "over", "摄影爱好者"),
    S("[[20余名]]农技人员", "20", "名", C, "over", "农技人员"),
    S("粮食作物[[5.2万亩]]", "52000", "亩", A, "exact", "计划种植粮食作物"),
    S("春播[[3.1万亩]]", "31000", "亩", A, "exact", "已完成春播"),
    S("计划面积的[[59.6%]]", "59.6", "%", P, "exact", "春播完成比例"),
    S("小班幼儿[[3200名]]", "3200", "名", C, "exact", "计划招收小班幼儿"),
    S("增加[[280名]]", "280", "名", C, "exact", "计划招收小班幼儿", change=up("去年")),
    S("雨花[[两个]]片区", "2", "个", C, "exact", "片区", OPT),
    S("巡查人员[[1800余人次]]", "1800", "人次", C, "over", "出动巡查人员"),
    S("火灾隐患[[47处]]", "47", "处", C, "exact", "排查整改火灾隐患"),
    S("人员[[60余人]]", "60", "人", C, "over", "劝离违规野外用火人员"),
]

EVENTS = [
    E("2025年呈贡区春季高校毕业生专场招聘会在云南民族大学呈贡校区举行", "recruitment", "举行", D19,
      location="云南民族大学呈贡校区", organizers=["区人力资源和社会保障局", "云南民族大学", "昆明理工大学"]),
    E("两校还联合举办创业政策宣讲会", "training", "宣讲会", D19, organizers=["云南民族大学", "昆明理工大学"]),
    E("区人力资源和社会保障局今年还将举办各类招聘活动20场以上", "recruitment", "举办", Y25,
      organizers=["区人力资源和社会保障局"], opt=True),
    E("区委召开全区安全生产和自然灾害防治工作会议", "meeting", "召开", D21, organizers=["区委"]),
    E("随后分赴10个街道开展安全生产督导检查", "inspection", "督导检查", D21),
    E("走进斗南街道斗南社区开展“健康呈贡行”大型义诊活动", "activity", "义诊", D20, location="斗南街道斗南社区",
      organizers=["区卫生健康局"], participants=["区人民医院", "区中医医院"], theme="健康呈贡行"),
    E("医务人员还入户为12名行动不便的老人开展上门诊疗", "visit", "上门诊疗", D20),
    E("该局已组织开展各类义诊活动18场", "activity", "义诊", Y25, organizers=["区卫生健康局"], opt=True),
    E("该局将每月组织一次“专家进社区”活动", "activity", "组织", months(2025, 5, 10), organizers=["区卫生健康局"],
      theme="专家进社区"),
    E("区应急管理局联合区消防救援大队在洛龙街道康乐苑小区开展高层建筑火灾应急疏散演练", "training", "演练", D21,
      location="洛龙街道康乐苑小区", organizers=["区应急管理局", "区消防救援大队"], participants=["居民"]),
    E("区应急管理局已在全区组织开展各类应急演练42场", "training", "演练", Y25, organizers=["区应急管理局"],
      opt=True),
    E("区法院公开开庭审理被告人王某非法占用农用地一案", "legal", "审理", D18, organizers=["区法院"]),
    E("并当庭宣判", "legal", "宣判", D18, organizers=["区法院"], opt=True),
    E("法院以非法占用农用地罪判处王某有期徒刑一年", "legal", "判处", D18, opt=True),
    E("区政府与云南滇池花卉产业集团有限公司在区政务服务中心签约", "signing", "签约", D20, location="区政务服务中心",
      organizers=["区政府"], participants=["云南滇池花卉产业集团有限公司"]),
    E("向全区种粮农户发放2025年耕地地力保护补贴", "payout", "发放", D17, organizers=["区农业农村局"],
      participants=["种粮农户"]),
    E("剩余补贴资金将于4月底前全部发放到位", "payout", "发放", xun(2025, 4, 2), organizers=["区农业农村局"]),
    E("“花开呈贡”摄影作品展在区文化馆开展", "exhibition", "开展", D19, location="区文化馆",
      organizers=["区委宣传部", "区文化和旅游局", "区摄影家协会"], theme="花开呈贡"),
    E("区摄影家协会还在展厅举办摄影技巧公益讲座", "training", "讲座", D19, organizers=["区摄影家协会"]),
    E("农户们正忙着播种玉米、移栽烤烟", "production", "播种", D21, location="七甸街道"),
    E("区农业农村局组织20余名农技人员深入田间地头", "activity", "组织", D21, organizers=["区农业农村局"],
      opt=True),
    E("全区力争在5月10日前全面完成春播任务", "production", "春播", day("2025-05-10"), opt=True),
    E("吴家营街道雨花路（春融街至联大街段）将实行全封闭施工", "traffic", "封闭施工", CLOSURE,
      location="吴家营街道雨花路（春融街至联大街段）", organizers=["昆明市公安局交通管理支队呈贡大队"]),
    E("区教育体育局日前发布公告", "announcement", "发布", organizers=["区教育体育局"]),
    E("全区公办幼儿园秋季学期小班招生网上报名将于5月6日至12日进行", "registration", "报名",
      day("2025-05-06", "2025-05-12"), organizers=["区教育体育局"]),
    E("第一批录取名单将于5月20日在该公众号公布", "announcement", "公布", day("2025-05-20")),
    E("区林业和草原局联合各街道在梁王山、白龙潭等重点林区开展森林防火专项巡查", "inspection", "巡查", QINGMING,
      location="梁王山、白龙潭等重点林区", organizers=["区林业和草原局"]),
    E("该局还将于5月上旬联合区应急管理局开展森林火灾扑救实战演练", "training", "演练", xun(2025, 5, 0),
      organizers=["区林业和草原局", "区应急管理局"]),
]
