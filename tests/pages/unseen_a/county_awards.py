"""今日故城 (故城县融媒体中心, 河北省衡水市), page 2, 2025-03-05: a county paper, so the county is
the home (`县委` → 中共故城县委员会, `县政府` → 故城县人民政府, `县一中` → 故城县第一中学, `市委` → the
prefecture's, 中共衡水市委员会). A kicker over a main title; an award list, one line per award, each
opening with a label and a colon (`一等奖：张 敏 李 强 王 芳 等5名选手`, `优秀组织奖：县一中 县二中 …`);
a notice (公告) closing with its issuing body on one line and its date in Chinese numerals on the
next (`故城县教育局` / `二〇二五年三月二日`, both body lines of the notice); a caption credited to an
institution and a person (`县融媒体中心 王 琳 摄`: the credit's institution is optional, like
新华社 in a credit) and one with `记者 … 通讯员 … 摄` (both are photographers); a paragraph broken
after a comma with its rest eight lines later; two column labels (`法治故城`, `春耕一线`); two
headlines standing away from their bodies; a holiday used as a date (`“三八”国际妇女节`).

Written at commit 709096d before any tuning on it."""
from build import OPT, VAGUE, D, E, O, S, byline, day, down, month, up, xun, year

PAPER = "今日故城"
PUBLISHED = "2025-03-05"
HOME = {"county": "故城县", "city": "衡水市", "province": "河北省"}

LAYOUT = [
    ("以赛促学 以学促教", "headline", "A0"),          # kicker
    ("全县中小学教师教学技能大赛落幕", "headline", "A0"),
    ("3月3日，全县中小学", "caption", "P0"),           # 县融媒体中心 王 琳 摄
    ("本报讯（记者 刘 洋", "body", "A0"),
    ("决赛分语文", "body", "A0"),                      # breaks after a comma: …送教下乡，|在全县…
    ("我县与天津一企业", "headline", "A4"),            # far above its body
    ("法治故城", "label", "A1"),
    ("县法院把“法庭”", "headline", "A1"),
    ("本报讯（记者 赵 亮", "body", "A1"),
    ("据了解，去年县人民法院", "body", "A1"),
    ("3月1日，县人民法院法官", "caption", "P1"),        # 记者 … 通讯员 … 摄
    ("在全县开展示范课", "body", "A0"),
    ("经评委现场打分", "body", "A0"),
    ("一等奖：", "body", "A0"),
    ("二等奖：", "body", "A0"),
    ("三等奖：", "body", "A0"),
    ("优秀组织奖：", "body", "A0"),
    ("当天下午，县教育局", "body", "A0"),
    ("“这次比赛", "body", "A0"),
    ("县委常委会研究部署", "headline", "A2"),
    ("本报讯（记者 孙 悦）", "body", "A2"),
    ("会议指出", "body", "A2"),
    ("会议还审议通过", "body", "A2"),
    ("本报讯 3月2日", "body", "A4"),
    ("据介绍，项目投产后", "body", "A4"),
    ("关于做好2025年", "headline", "A3"),
    ("为科学调配", "body", "A3"),
    ("一、登记对象", "body", "A3"),
    ("二、登记时间", "body", "A3"),
    ("三、登记方式", "body", "A3"),
    ("四、各学校", "body", "A3"),
    ("故城县教育局", "body", "A3"),                    # issuing body
    ("二〇二五年三月二日", "body", "A3"),              # its date
    ("春耕一线", "label", "A6"),
    ("青罕镇千亩麦田", "headline", "A6"),
    ("本报讯（记者 孙 悦 通讯员 杨 帆）", "body", "A6"),
    ("县人民医院胸痛中心通过", "headline", "A7"),      # between two paragraphs of A6
    ("据县农业农村局统计", "body", "A6"),
    ("本报讯（通讯员 韩 雪）", "body", "A7"),
    ("县一中学子", "headline", "A5"),
    ("本报讯 3月4日，县一中", "body", "A5"),
    ("我县将表彰", "headline", "A8"),
    ("本报讯（记者 刘 洋）记者", "body", "A8"),
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["刘洋"], correspondents=["孙丽"])),
    "A1": dict(byline=byline(reporters=["赵亮"], correspondents=["高峰"])),
    "A2": dict(byline=byline(reporters=["孙悦"])),
    "A3": dict(byline=byline()),
    "A4": dict(byline=byline(authors=["刘洋"])),
    "A5": dict(byline=byline(authors=["马莉"])),
    "A6": dict(byline=byline(reporters=["孙悦"], correspondents=["杨帆"])),
    "A7": dict(byline=byline(correspondents=["韩雪"])),
    "A8": dict(byline=byline(reporters=["刘洋"])),
}
JOINS = [("决赛分语文", "在全县开展示范课")]
PHOTOS = {
    "P0": dict(photographers=["王琳"], article="A0"),
    "P1": dict(photographers=["赵亮", "高峰"], article="A1"),
}

Y25, Y24 = year(2025), year(2024)
D1, D2, D3, D4 = (day(f"2025-03-0{d}") for d in (1, 2, 3, 4))

DATES = [
    D("[[3月3日]]，全县中小学教师教学技能大赛决赛现场", D3),
    D("孙 丽）[[3月3日]]，由县教育局", D3),
    D("承办的[[2025年]]全县中小学", Y25, OPT),             # part of the contest's name
    D("大赛自[[2月中旬]]启动", xun(2025, 2, 1)),
    D("参赛人数较[[去年]]增加", Y24),
    D("以赛促研，[[今年]]还将", Y25),
    D("高 峰）[[3月1日]]正值", D1),
    D("据了解，[[去年]]县人民法院", Y24),
    D("[[今年以来]]，该院已在", Y25, OPT),
    D("设立法官工作站，[[年内]]实现", Y25, OPT),
    D("[[3月1日]]，县人民法院法官", D1),
    D("[[当天下午]]，县教育局", D3),
    D("参加[[4月下旬]]举行", xun(2025, 4, 2)),
    D("孙 悦）[[3月4日上午]]", D4),
    D("会议指出，[[今年]]全县", Y25),
    D("县政府要在[[3月底前]]完成", xun(2025, 3, 2), OPT),
    D("《故城县[[2025年]]优化营商环境", Y25, OPT),          # in a document's title
    D("各部门于[[3月15日前]]制定", day("2025-03-15")),
    D("本报讯 [[3月2日]]，县政府", D2),
    D("预计[[明年6月底前]]全容量", xun(2026, 6, 2), OPT),
    D("投产后[[每年]]可节约", VAGUE),
    D("表示，[[今年以来]]我县", Y25, OPT),
    D("关于做好[[2025年]]城区义务教育", Y25, OPT),          # in the notice's title
    D("现将[[2025年]]城区小学", Y25),
    D("[[2018年9月1日至2019年8月31日]]出生", day("2018-09-01", "2019-08-31")),
    D("以及[[2025年]]应届", Y25),
    D("登记时间：[[2025年3月10日至3月21日]]", day("2025-03-10", "2025-03-21")),
    D("（[[工作日]]上午8:30", VAGUE),
    D("将于[[4月15日前]]在县政府", day("2025-04-15")),
    D("[[二〇二五年三月二日]]", D2),
    D("[[连日来]]，青罕镇", VAGUE),
    D("截至[[3月3日]]，全县已完成", D3),
    D("将于[[3月6日]]起分赴", day("2025-03-06")),
    D("[[近日]]，县人民医院胸痛中心", VAGUE),
    D("该中心自[[2023年6月]]启动", month(2023, 6)),
    D("本报讯 [[3月4日]]，县一中", D4),
    D("该校[[今年]]计划", Y25),
    D("为庆祝[[“三八”国际妇女节]]", day("2025-03-08")),
    D("将于[[3月7日]]在县文化中心", day("2025-03-07")),
    D("[[3月8日上午]]，县妇联", day("2025-03-08")),
]

EDU = ["故城县教育局", "衡水市故城县教育局"]
YIZHONG = ["故城县第一中学", "衡水市故城县第一中学", "故城县一中"]
COURT = ["故城县人民法院", "衡水市故城县人民法院"]
GOV = ["故城县人民政府", "衡水市故城县人民政府"]
CHANGWEI = ["中共故城县委员会常务委员会", "中共故城县委常委会", "故城县委常委会"]
NONGYE = ["故城县农业农村局", "衡水市故城县农业农村局"]
HOSPITAL = ["故城县人民医院", "衡水市故城县人民医院"]
FULIAN = ["故城县妇女联合会", "故城县妇联", "衡水市故城县妇女联合会"]
ORGS = [
    O("[[县融媒体中心]] 王 琳 摄", ["故城县融媒体中心", "衡水市故城县融媒体中心"], "institution", OPT),
    O("由[[县教育局]]主办", EDU, "government"),
    O("、[[县教师发展中心]]承办", ["故城县教师发展中心", "衡水市故城县教师发展中心"], "institution"),
    O("在[[县一中]]落下帷幕", YIZHONG, "institution"),
    O("[[县教育局]]相关负责人表示", EDU, "government"),
    O("[[县法院]]把“法庭”", COURT, "government"),
    O("大集，[[县人民法院]]在集市", COURT, "government"),
    O("去年[[县人民法院]]共审结", COURT, "government"),
    O("[[县人民法院]]法官在郑口镇", COURT, "government"),
    O("优秀组织奖：[[县一中]]", YIZHONG, "institution"),
    O("县一中 [[县二中]]", ["故城县第二中学", "衡水市故城县第二中学", "故城县二中"], "institution"),
    O("县二中 [[郑口镇中心学校]]", ["故城县郑口镇中心学校", "郑口镇中心学校", "衡水市故城县郑口镇中心学校"],
      "institution"),
    O("当天下午，[[县教育局]]为", EDU, "government"),
    O("获得者、[[县一中]]青年教师", YIZHONG, "institution"),
    O("[[县委常委会]]研究部署", CHANGWEI, "party"),
    O("上午，[[县委常委会]]召开", CHANGWEI, "party"),
    O("传达学习[[省委]]、市委", ["中共河北省委员会", "中共河北省委", "河北省委"], "party"),
    O("省委、[[市委]]有关", ["中共衡水市委员会", "中共衡水市委", "衡水市委"], "party"),
    O("会议要求，[[县政府]]要在", GOV, "government"),
    O("[[县应急管理局]]要牵头", ["故城县应急管理局", "衡水市故城县应急管理局"], "government"),
    O("3月2日，[[县政府]]与天津", GOV, "government"),
    O("[[天津瀚川新能源科技有限公司]]", "天津瀚川新能源科技有限公司", "company"),
    O("[[县发展和改革局]]相关", ["故城县发展和改革局", "衡水市故城县发展和改革局"], "government"),
    O("到[[县教育局招生办公室]]", ["故城县教育局招生办公室", "衡水市故城县教育局招生办公室"], "government"),
    O("通过[[“故城教育”微信公众号]]", "“故城教育”微信公众号", "institution", OPT),   # a platform
    O("在[[县政府]]网站公布", GOV, "government", OPT),       # names the website
    O("[[故城县教育局]]", EDU, "government"),
    O("据[[县农业农村局]]统计", NONGYE, "government"),
    O("[[县农业农村局]]组建的", NONGYE, "government"),
    O("[[县人民医院胸痛中心]]通过国家认证", ["故城县人民医院胸痛中心", "衡水市故城县人民医院胸痛中心"],
      "institution"),
    O("近日，[[县人民医院胸痛中心]]通过国家标准版", ["故城县人民医院胸痛中心", "衡水市故城县人民医院胸痛中心"],
      "institution"),
    O("[[县一中]]学子", YIZHONG, "institution"),
    O("3月4日，[[县一中]]组织", YIZHONG, "institution"),
    O("走进[[郑口镇敬老院]]", ["故城县郑口镇敬老院", "郑口镇敬老院", "衡水市故城县郑口镇敬老院"], "institution"),
    O("记者从[[县妇联]]获悉", FULIAN, "people"),
    O("国际妇女节，[[县妇联]]、", FULIAN, "people"),
    O("、[[县文明办]]将于", ["故城县精神文明建设委员会办公室", "中共故城县委精神文明建设办公室",
                         "故城县文明办"], "party"),
    O("上午，[[县妇联]]还将", FULIAN, "people"),
    O("联合[[县人民医院]]在郑口镇", HOSPITAL, "institution"),
]

C, P, M, A, T, W, E_, O_ = "count", "percent", "money", "area", "duration", "weight", "energy", "other"
STATS = [
    S("全县[[13个]]乡镇", "13", "个", C, "exact", "乡镇"),
    S("县直学校的[[126名]]教师", "126", "名", C, "exact", "来自全县13个乡镇和县直学校的教师"),
    S("增加[[31人]]", "31", "人", C, "exact", "参赛人数", change=up("去年")),
    S("艺术[[5个]]学科组", "5", "个", C, "exact", "学科组"),
    S("完成[[15分钟]]课堂展示", "15", "分钟", T, "exact", "课堂展示"),
    S("和[[10分钟]]现场答辩", "10", "分钟", T, "exact", "现场答辩"),
    S("货款[[2.6万元]]", "26000", "元", M, "exact", "货款", currency="CNY"),
    S("法律咨询[[60余人次]]", "60", "人次", C, "over", "法律咨询"),
    S("各类案件[[3862件]]", "3862", "件", C, "exact", "各类案件"),
    S("化解纠纷[[1145件]]", "1145", "件", C, "exact", "通过诉前调解化解纠纷"),
    S("同比上升[[18.2%]]", "18.2", "%", P, "exact", "通过诉前调解化解纠纷", change=up()),
    S("巡回审判[[11次]]", "11", "次", C, "exact", "巡回审判"),
    S("宣传资料[[2000余份]]", "2000", "份", C, "over", "宣传资料"),
    S("巡讲活动[[不少于30场]]", "30", "场", C, "over", "示范课巡讲活动"),
    S("王 芳 等[[5名]]选手", "5", "名", C, "exact", "一等奖选手"),
    S("吴 昊 等[[12名]]选手", "12", "名", C, "exact", "二等奖选手"),
    S("马 骏 等[[20名]]选手", "20", "名", C, "exact", "三等奖选手"),
    S("春玉米[[12.5万亩]]", "125000", "亩", A, "exact", "春玉米"),
    S("棉花[[3.2万亩]]", "32000", "亩", A, "exact", "棉花"),
    S("为期[[一个月]]", "1", "个月", T, "exact", "安全生产大检查"),
    S("总投资[[8.6亿元]]", "860000000", "元", M, "exact", "项目总投资", currency="CNY"),
    S("装机容量[[200兆瓦]]", "200", "兆瓦", O_, "exact", "规划装机容量"),
    S("储能电站[[50兆瓦]]", "50", "兆瓦", O_, "exact", "储能电站"),
    S("年均发电量[[约2.8亿千瓦时]]", "280000000", "千瓦时", E_, "about", "年均发电量"),
    S("标准煤[[8.4万吨]]", "84000", "吨", W, "exact", "标准煤"),
    S("排放[[约22万吨]]", "220000", "吨", W, "about", "二氧化碳排放"),
    S("当地就业[[150余人]]", "150", "人", C, "over", "当地就业"),
    S("新能源项目[[4个]]", "4", "个", C, "exact", "新能源项目"),
    S("总投资[[超过20亿元]]", "2000000000", "元", M, "over", "新能源项目总投资", currency="CNY"),
    S("青罕镇[[千亩]]麦田", "1000", "亩", A, "exact", "麦田", OPT),     # a headline's round figure
    S("[[一天]]可浇地", "1", "天", T, "exact", "喷灌机作业", OPT),
    S("[[4台]]大型指针式喷灌机", "4", "台", C, "exact", "大型指针式喷灌机"),
    S("浇地[[800余亩]]", "800", "亩", A, "over", "浇地"),
    S("春灌面积[[18.6万亩]]", "186000", "亩", A, "exact", "小麦春灌面积"),
    S("占计划的[[62%]]", "62", "%", P, "exact", "小麦春灌面积占计划"),
    S("农机具[[3400余台]]", "3400", "台", C, "over", "农机具"),
    S("组建的[[12支]]", "12", "支", C, "exact", "农技服务队"),
    S("胸痛患者[[1260余例]]", "1260", "例", C, "over", "急性胸痛患者"),
    S("缩短至[[68分钟]]", "68", "分钟", T, "exact",
      "急性心肌梗死患者从进入医院到血管开通的平均时间"),
    S("快[[22分钟]]", "22", "分钟", T, "exact", "平均时间", change=down("国家标准")),
    S("[[200余名]]青年志愿者", "200", "名", C, "over", "青年志愿者"),
    S("城区[[5个]]社区", "5", "个", C, "exact", "城区社区"),
    S("价值[[5000余元]]", "5000", "元", M, "over", "生活用品", currency="CNY"),
    S("志愿服务活动[[不少于20次]]", "20", "次", C, "over", "志愿服务活动"),
    S("[[20户]]“最美家庭”", "20", "户", C, "exact", "“最美家庭”"),
    S("[[15名]]“巾帼建功标兵”", "15", "名", C, "exact", "“巾帼建功标兵”"),
    S("为[[300名]]农村妇女", "300", "名", C, "exact", "农村妇女"),
]

EVENTS = [
    E("2025年全县中小学教师教学技能大赛在县一中落下帷幕", "competition", "落下帷幕", D3, location="县一中",
      organizers=["县教育局", "县教师发展中心"]),
    E("大赛自2月中旬启动", "competition", "启动", xun(2025, 2, 1), opt=True),
    E("今年还将组织获奖教师送教下乡", "activity", "送教下乡", Y25, organizers=["县教育局"]),
    E("县人民法院在集市入口设立巡回审判点，公开审理一起农资买卖合同纠纷案", "legal", "审理", D1,
      location="郑口镇大集", organizers=["县人民法院"]),
    E("法官经调解促成双方当事人和解", "legal", "调解", D1, opt=True),
    E("法官们还向赶集群众发放普法宣传资料", "activity", "发放", D1, participants=["赶集群众"], opt=True),
    E("已在全县各乡镇开展巡回审判11次", "legal", "巡回审判", opt=True),
    E("该院将在各乡镇综治中心设立法官工作站", "launch", "设立", Y25, opt=True),
    E("大赛共评出一等奖", "award", "评出", opt=True),
    E("县教育局为获奖教师和单位颁发了证书和奖牌", "award", "颁发", D3, organizers=["县教育局"],
      participants=["获奖教师"]),
    E("4月下旬举行的衡水市中小学教师教学技能大赛", "competition", "举行", xun(2025, 4, 2),
      participants=["获奖教师"]),
    E("3月4日上午，县委常委会召开会议", "meeting", "召开", D4, organizers=["县委常委会"]),
    E("完成全县农资储备情况排查", "inspection", "排查", xun(2025, 3, 2), organizers=["县政府"]),
    E("牵头开展为期一个月的安全生产大检查", "inspection", "检查", organizers=["县应急管理局"]),
    E("会议还审议通过了《故城县2025年优化营商环境重点任务清单》", "policy", "审议通过", D4,
      organizers=["县委常委会"], opt=True),
    E("县政府与天津瀚川新能源科技有限公司签订合作协议", "signing", "签订", D2,
      organizers=["县政府"], participants=["天津瀚川新能源科技有限公司"]),
    E("在武官寨镇合作建设光伏储能一体化项目", "construction", "建设", location="武官寨镇", opt=True),
    E("现将2025年城区小学一年级、初中一年级新生入学预登记有关事项公告如下", "announcement", "公告",
      opt=True),
    E("登记时间：2025年3月10日至3月21日", "registration", "登记", day("2025-03-10", "2025-03-21")),
    E("到县教育局招生办公室现场登记", "registration", "登记", location="县教育局招生办公室", opt=True),
    E("预计明年6月底前全容量并网", "construction", "并网", xun(2026, 6, 2), opt=True),
    E("将于4月15日前在县政府网站公布", "announcement", "公布", day("2025-04-15")),
    E("组织群众开展小麦春灌", "production", "春灌", location="青罕镇"),
    E("分赴各乡镇开展技术指导", "training", "技术指导", day("2025-03-06"), organizers=["县农业农村局"]),
    E("全县已完成小麦春灌面积18.6万亩", "production", "春灌", D3, opt=True),
    E("该中心自2023年6月启动建设", "launch", "启动建设", month(2023, 6), opt=True),
    E("通过国家标准版胸痛中心认证", "award", "认证", opt=True),
    E("开展“学雷锋·暖夕阳”志愿服务活动", "activity", "开展", D4, location="郑口镇敬老院",
      organizers=["县一中"], participants=["青年志愿者"], theme="学雷锋·暖夕阳"),
    E("志愿者们还为敬老院送去米、面、油等生活用品", "payout", "送去", D4, opt=True),
    E("召开全县妇女工作表彰大会", "award", "表彰", day("2025-03-07"), location="县文化中心",
      organizers=["县妇联", "县文明办"]),
    E("开展“关爱女性健康”义诊活动", "activity", "义诊", day("2025-03-08"), location="郑口镇",
      organizers=["县妇联", "县人民医院"], participants=["农村妇女"], theme="关爱女性健康"),
]


# Places (issue 22, written by the places helper following README "Places"): the county's home
# words (全县, 我县) are 故城县; names inside organizations (县一中, 郑口镇中心学校, 郑口镇敬老院)
# and inside a title (《故城县…》) are none; a division named in a competition's name is optional.
from build import P as PL  # noqa: E402

GUCHENG = ("故城县", "131126")
PLACES = [
    PL("[[全县]]中小学教师教学技能大赛落幕", *GUCHENG),
    PL("3月3日，[[全县]]中小学", *GUCHENG),
    PL("2025年[[全县]]中小学", *GUCHENG),
    PL("来自[[全县]]13个乡镇", *GUCHENG),
    PL("[[我县]]与天津", *GUCHENG),
    PL("我县与[[天津]]一企业", "天津市", "120000"),
    PL("法治[[故城]]", *GUCHENG, opt=True),  # a column label: no article text
    PL("“[[故城]]教育”", *GUCHENG, opt=True),  # inside a quoted account name
    PL("正值[[郑口镇]]大集", "郑口镇", "131126100"),
    PL("该院已在[[全县]]各乡镇", *GUCHENG),
    PL("法官在[[郑口镇]]大集上", "郑口镇", "131126100"),
    PL("在[[全县]]开展示范课", *GUCHENG),
    PL("代表[[我县]]参加", *GUCHENG),
    PL("举行的[[衡水市]]中小学", "衡水市", "131100", opt=True),
    PL("今年[[全县]]计划播种", *GUCHENG),
    PL("完成[[全县]]农资储备", *GUCHENG),
    PL("双方将在[[武官寨镇]]合作", "武官寨镇", "131126104"),
    PL("今年以来[[我县]]已签约", *GUCHENG),
    PL("[[青罕镇]]千亩麦田", "青罕镇", "131126102"),
    PL("连日来，[[青罕镇]]抢抓", "青罕镇", "131126102"),
    PL("截至3月3日，[[全县]]已完成", *GUCHENG),
    PL("成为[[衡水市]]第3家", "衡水市", "131100"),
    PL("召开[[全县]]妇女工作", *GUCHENG),
    PL("在[[郑口镇]]开展“关爱", "郑口镇", "131126100"),
    PL("[[我县]]将表彰", *GUCHENG),
]
