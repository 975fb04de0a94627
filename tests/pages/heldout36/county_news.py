"""蒙山新闻, 蒙山县融媒体中心 (蒙山县, 梧州市, 广西壮族自治区), 2026-06-16 (a Tuesday): a county news page.
Features: a series label (`乡村振兴进行时`); a kicker over a title (`蚕桑产业提质增效` / `我县新建标准化蚕房120座`);
a paragraph broken after a comma (`…同比增长9.4%，` | `蚕农售茧收入约1.2亿元。…`) with another article and its
after-body headline between; a prize-winners list in label-colon lines (`电工：黄 永 康（广西电网蒙山供电局）`…);
a traffic notice closing an article (`特此通告。`, the issuing body, the date line `2026年6月15日`); a caption credited
to a reporter (`记者 覃 丽 萍 摄`); six headlines after their bodies; five items without headline (two with a bare
`本报讯`). Bodies written short resolve with the county (`县农业农村局`, `县人民检察院`/`县检察院`, `县公安局`,
`县总工会`, `县人社局`, `团县委`, `县妇联`, `县政府`, `县应急管理局`, `县水利局`, `县民政局`, `县市场监管局`,
`县税务局`, `县人民法院`, `县教育局`, `县红十字会`…). Dates: `昨日` = 06-15 (×3), `本月12日`, `本月下旬`, `本月上旬`,
`6月11日至12日`, `端午假期` = 06-19..06-21 (×2, once in a title), `端午节当天` and `端午` (a title) = 06-19,
`6月19日8时至18时`, `次日` = 06-20, `今年第二季度`, `明年6月底`, `6月24日至26日`, `1至5月`.

Written at main commit 8df73af, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, months, quarter, up, xun, year

PAPER = "蒙山新闻"
PUBLISHED = "2026-06-16"
HOME = {"county": "蒙山县", "city": "梧州市", "province": "广西壮族自治区"}

LAYOUT = [
    ("乡村振兴进行时", "label", "C0"),
    ("蚕桑产业提质增效", "headline", "C0"),                   # kicker
    ("我县新建标准化蚕房", "headline", "C0"),
    ("本报讯（记者 覃 丽 萍 通讯员", "body", "C0"),          # breaks after a comma
    ("本报讯（通讯员 黎 雪 梅）本月12日", "body", "C1"),
    ("县检察院法治宣讲", "headline", "C1"),                   # after its body
    ("蚕农售茧收入", "body", "C0"),                           # the rest of C0's paragraph
    ("全县第五届职工", "headline", "C2"),
    ("本报讯（记者 莫 春 燕）6月11日", "body", "C2"),
    ("电工：", "body", "C2"),                                 # winners in label-colon lines
    ("茶艺：", "body", "C2"),
    ("中式烹调：", "body", "C2"),
    ("端午假期县城", "headline", "C3"),
    ("本报讯（记者 覃 丽 萍）端午假期", "body", "C3"),
    ("6月19日8时", "body", "C3"),
    ("特此通告。", "body", "C3"),
    ("蒙山县公安局交通管理大队", "body", "C3"),               # the issuing body
    ("2026年6月15日", "body", "C3"),                          # the date line
    ("本报讯（通讯员 韦 志 强）端午节当天", "body", "C4"),
    ("龙舟队员在湄江上", "caption", "P0"),                    # 记者 覃 丽 萍 摄
    ("湄江龙舟赛端午开锣", "headline", "C4"),                 # after its body and caption
    ("本报讯（通讯员 黎 雪 梅）6月13日", "body", "C5"),
    ("志愿者与留守儿童", "headline", "C5"),                   # after its body
    ("县政府常务会议", "headline", "C6"),
    ("本报讯（记者 莫 春 燕）6月14日", "body", "C6"),
    ("本报讯（通讯员 陈 少 华）本月上旬", "body", "C7"),
    ("89.5万元残疾人", "headline", "C7"),                     # after its body
    ("本报讯（记者 覃 丽 萍）6月以来", "body", "C8"),
    ("节前粽子抽检", "headline", "C8"),                       # after its body
    ("本报讯（通讯员 陈 少 华）6月8日", "body", "C9"),         # no headline
    ("本报讯（记者 莫 春 燕）县人社局", "body", "C10"),        # no headline
    ("本报讯 据县税务局", "body", "C11"),                      # no headline, no byline
    ("本报讯（通讯员 陈 少 华）昨日", "body", "C12"),
    ("巡回法庭开进", "headline", "C12"),                      # after its body
    ("本报讯（通讯员 黎 雪 梅）今年全县中考", "body", "C13"),   # no headline
    ("本报讯 6月14日，县红十字会", "body", "C14"),              # no headline, no byline
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["覃丽萍"], correspondents=["韦志强"])),
    "C1": dict(byline=byline(correspondents=["黎雪梅"])),
    "C2": dict(byline=byline(reporters=["莫春燕"])),
    "C3": dict(byline=byline(reporters=["覃丽萍"])),
    "C4": dict(byline=byline(correspondents=["韦志强"])),
    "C5": dict(byline=byline(correspondents=["黎雪梅"])),
    "C6": dict(byline=byline(reporters=["莫春燕"])),
    "C7": dict(byline=byline(correspondents=["陈少华"])),
    "C8": dict(byline=byline(reporters=["覃丽萍"])),
    "C9": dict(byline=byline(correspondents=["陈少华"])),
    "C10": dict(byline=byline(reporters=["莫春燕"])),
    "C11": dict(),
    "C12": dict(byline=byline(correspondents=["陈少华"])),
    "C13": dict(byline=byline(correspondents=["黎雪梅"])),
    "C14": dict(),
}
JOINS = [("本报讯（记者 覃 丽 萍 通讯员", "蚕农售茧收入")]
PHOTOS = {
    "P0": dict(photographers=["覃丽萍"], article="C4"),
}

D15, D19, D14 = day("2026-06-15"), day("2026-06-19"), day("2026-06-14")
DUANWU = day("2026-06-19", "2026-06-21")
DATES = [
    D("）[[昨日]]，记者从县农业", D15),
    D("获悉，[[今年以来]]，我县", year(2026), OPT),
    D("。[[1至5月]]，全县鲜茧", months(2026, 1, 5)),
    D("）[[本月12日]]，县人民检察院", day("2026-06-12")),
    D("将于[[本月下旬]]在陈塘镇", xun(2026, 6, 2)),
    D("）[[6月11日至12日]]，由县总工会", day("2026-06-11", "2026-06-12")),
    D("\n[[端午假期]]县城", DUANWU),
    D("）[[端午假期]]将至", DUANWU),
    D("交通管理大队[[昨日]]发布", D15),
    D("\n[[6月19日8时至18时]]，湄江", D19),
    D("；[[次日]]同一时段", day("2026-06-20")),
    D("\n[[2026年6月15日]]\n", D15),
    D("）[[端午节当天]]，第六届", D19),
    D("湄江龙舟赛[[端午]]开锣", D19),
    D("）[[6月13日]]，团县委", day("2026-06-13")),
    D("共度快乐[[端午]]”", D19, OPT),                         # inside the activity's theme
    D("）[[6月14日]]，县政府", D14),
    D("指出，[[入汛以来]]全县", VAGUE, OPT),
    D("）[[本月上旬]]，县民政局", xun(2026, 6, 0)),
    D("发放[[今年第二季度]]生活补贴", quarter(2026, 2)),
    D("）[[6月以来]]，县市场监管局", month(2026, 6), OPT),
    D("开展[[节前]]食品安全", VAGUE, OPT),
    D("\n[[节前]]粽子抽检", VAGUE, OPT),
    D("）[[6月8日]]，县中医医院", day("2026-06-08")),
    D("计划[[明年6月底]]投入使用", xun(2027, 6, 2)),
    D("将于[[6月26日]]在县人力", day("2026-06-26")),
    D("截至[[6月10日]]，全县", day("2026-06-10")),
    D("全县[[今年]]累计新增", year(2026)),
    D("）[[昨日]]，县人民法院", D15),
    D("）[[今年]]全县中考", year(2026)),
    D("将于[[6月24日至26日]]举行", day("2026-06-24", "2026-06-26")),
    D("提醒考生[[考前一日]]熟悉", VAGUE, OPT),
    D("本报讯 [[6月14日]]，县红十字会", D14),
]

G, PA, PE, IN, CO, SO, CM = "government", "party", "people", "institution", "company", "social", "community"
NYJ = ["蒙山县农业农村局"]
JCY = ["蒙山县人民检察院"]
RSJ = ["蒙山县人力资源和社会保障局"]
JJDD = ["蒙山县公安局交通管理大队"]
ZF = ["蒙山县人民政府"]
ORGS = [
    O("记者从[[县农业农村局]]获悉", NYJ, G),
    O("。[[县农业农村局]]将于", NYJ, G),
    O("本月12日，[[县人民检察院]]联合", JCY, G),
    O("联合[[县公安局]]在", ["蒙山县公安局"], G),
    O("在[[蒙山中学]]开展", ["蒙山县蒙山中学", "蒙山中学"], IN),
    O("\n[[县检察院]]法治宣讲", JCY, G),
    O("由[[县总工会]]、", ["蒙山县总工会"], PE),
    O("、[[县人社局]]联合主办", RSJ, G),
    O("在[[县职业教育中心]]举行", ["蒙山县职业教育中心"], IN),
    O("（[[广西电网蒙山供电局]]）", ["广西电网有限责任公司蒙山供电局", "广西电网蒙山供电局"], CO),
    O("（[[县人民医院]]）", ["蒙山县人民医院"], IN),
    O("（[[县第二中学]]）", ["蒙山县第二中学"], IN),
    O("有序，[[县公安局交通管理大队]]昨日", JJDD, G),
    O("\n[[蒙山县公安局交通管理大队]]\n", JJDD, G),
    O("，[[团县委]]联合", ["共青团蒙山县委员会"], PE),
    O("联合[[县妇联]]在", ["蒙山县妇女联合会"], PE),
    O("\n[[县政府]]常务会议", ZF, G),
    O("6月14日，[[县政府]]召开", ZF, G),
    O("，[[县应急管理局]]、", ["蒙山县应急管理局"], G),
    O("、[[县水利局]]等部门", ["蒙山县水利局"], G),
    O("，[[县民政局]]向全县", ["蒙山县民政局"], G),
    O("，[[县市场监管局]]对全县", ["蒙山县市场监督管理局"], G),
    O("，[[县中医医院]]门诊", ["蒙山县中医医院"], IN),
    O("）[[县人社局]]消息", RSJ, G),
    O("在[[县人力资源市场]]举行", ["蒙山县人力资源市场"], IN, OPT),           # a venue
    O("据[[县税务局]]统计", ["国家税务总局蒙山县税务局", "蒙山县税务局"], G),
    O("，[[县人民法院]]在文圩镇", ["蒙山县人民法院"], G),
    O("。[[县教育局]]提醒", ["蒙山县教育局"], G),
    O("，[[县红十字会]]在", ["蒙山县红十字会"], PE),
    O("在[[城北社区]]开展", ["蒙山县城北社区", "城北社区"], CM),
]

C, P, M, T, W, L, A = "count", "percent", "money", "duration", "weight", "length", "area"
CNY = "CNY"
STATS = [
    S("标准化蚕房[[120座]]\n", "120", "座", C, "exact", "新建标准化蚕房"),
    S("标准化蚕房[[120座]]、", "120", "座", C, "exact", "新建标准化蚕房"),
    S("省力化蚕台[[3600张]]", "3600", "张", C, "exact", "新建省力化蚕台"),
    S("稳定在[[11.8万亩]]", "118000", "亩", A, "exact", "全县桑园面积"),
    S("产量达[[2860吨]]", "2860", "吨", W, "exact", "全县鲜茧产量"),
    S("同比增长[[9.4%]]", "9.4", "%", P, "exact", "鲜茧产量", change=up("上年同期")),
    S("售茧收入[[约1.2亿元]]", "120000000", "元", M, "about", "蚕农售茧收入", currency=CNY),
    S("培训蚕农[[500人次以上]]", "500", "人次", C, "over", "计划培训蚕农"),
    S("向[[1200余名]]师生", "1200", "名", C, "over", "听讲师生"),
    S("宣传资料[[800余份]]", "800", "份", C, "over", "发放宣传资料"),
    S("来自[[37家]]单位", "37", "家", C, "exact", "参赛单位"),
    S("的[[216名]]职工", "216", "名", C, "exact", "参赛职工"),
    S("中式烹调[[3个]]项目", "3", "个", C, "exact", "比赛项目"),
    S("一等奖[[3名]]", "3", "名", C, "exact", "一等奖"),
    S("二等奖[[6名]]", "6", "名", C, "exact", "二等奖"),
    S("三等奖[[9名]]", "9", "名", C, "exact", "三等奖"),
    S("县内外的[[24支]]龙舟队", "24", "支", C, "exact", "参赛龙舟队"),
    S("龙舟队[[约600名]]桨手", "600", "名", C, "about", "参赛桨手"),
    S("奖金总额[[8万元]]", "80000", "元", M, "exact", "比赛奖金总额", currency=CNY),
    S("吸引游客[[5万人次]]", "50000", "人次", C, "exact", "预计吸引游客"),
    S("，[[56名]]青年志愿者", "56", "名", C, "exact", "青年志愿者"),
    S("与[[80余名]]留守儿童", "80", "名", C, "over", "留守儿童"),
    S("价值[[1.6万元]]的学习用品", "16000", "元", M, "exact", "赠送学习用品价值", currency=CNY),
    S("降雨量达[[826毫米]]", "826", "毫米", L, "exact", "入汛以来全县累计降雨量"),
    S("偏多[[17%]]", "17", "%", P, "exact", "全县累计降雨量", change=up("常年同期")),
    S("全县[[43座]]小型水库", "43", "座", C, "exact", "排查的小型水库"),
    S("、[[126处]]地质灾害", "126", "处", C, "exact", "地质灾害隐患点"),
    S("全县[[2130名]]困难残疾人", "2130", "名", C, "exact", "领取补贴的困难残疾人"),
    S("共计[[89.5万元]]", "895000", "元", M, "exact", "残疾人两项补贴", currency=CNY),
    S("\n[[89.5万元]]残疾人", "895000", "元", M, "exact", "残疾人两项补贴", currency=CNY),
    S("全县[[62家]]粽子", "62", "家", C, "exact", "检查的粽子生产经营单位"),
    S("样品[[35批次]]", "35", "批次", C, "exact", "抽检样品"),
    S("粽子抽检[[35批次]]", "35", "批次", C, "exact", "抽检粽子样品"),
    S("整改问题[[7个]]", "7", "个", C, "exact", "责令整改问题"),
    S("总投资[[1.35亿元]]", "135000000", "元", M, "exact", "综合楼项目总投资", currency=CNY),
    S("建筑面积[[2.6万平方米]]", "26000", "平方米", A, "exact", "综合楼建筑面积"),
    S("新增床位[[300张]]", "300", "张", C, "exact", "新增床位"),
    S("届时[[48家]]企业", "48", "家", C, "exact", "参加招聘会企业"),
    S("岗位[[1100余个]]", "1100", "个", C, "over", "提供岗位"),
    S("退税缓费[[3260万元]]", "32600000", "元", M, "exact", "新增减税降费及退税缓费", currency=CNY),
    S("经营主体[[4100余户]]", "4100", "户", C, "over", "惠及经营主体"),
    S("被告分[[3期]]偿还", "3", "期", C, "exact", "还款期数", OPT),                    # installments
    S("偿还借款[[4.8万元]]", "48000", "元", M, "exact", "偿还借款", currency=CNY),
    S("考生[[3860名]]", "3860", "名", C, "exact", "中考考生"),
    S("设考点[[4个]]", "4", "个", C, "exact", "中考考点"),
    S("为[[120名]]居民", "120", "名", C, "exact", "参加培训的居民"),
]

EVENTS = [
    E("我县新建标准化蚕房120座、", "construction", "新建", year(2026), opt=True),          # a year summary
    E("开展“护航成长”法治宣讲活动", "training", "宣讲", day("2026-06-12"), location="蒙山中学",
      organizers=["县人民检察院", "县公安局"], participants=["1200余名师生"], theme="护航成长"),
    E("在陈塘镇举办蚕桑技术培训班", "training", "培训班", xun(2026, 6, 2), location="陈塘镇",
      organizers=["县农业农村局"], participants=["蚕农"]),
    E("全县第五届职工职业技能大赛在县职业教育中心举行", "competition", "大赛", day("2026-06-11", "2026-06-12"),
      location="县职业教育中心", organizers=["县总工会", "县人社局"], participants=["216名职工"]),
    E("共评出一等奖3名", "award", "评出", day("2026-06-11", "2026-06-12"), opt=True),   # the contest's result
    E("县公安局交通管理大队昨日发布通告", "announcement", "发布", D15, organizers=["县公安局交通管理大队"]),
    E("对县城部分路段实行临时交通管制", "traffic", "交通管制", None, opt=True),            # told in detail below
    E("湄江大道（文圩桥至城北桥段）禁止机动车通行", "traffic", "禁止机动车通行", D19,
      location="湄江大道（文圩桥至城北桥段）", organizers=["蒙山县公安局交通管理大队"]),
    E("次日同一时段实行单向通行", "traffic", "单向通行", day("2026-06-20"),
      organizers=["蒙山县公安局交通管理大队"]),
    E("龙舟文化节将在湄江开赛", "competition", "开赛", D19, location="湄江", theme="永安王城"),
    E("举办非遗展演、粽子美食展销等活动", "activity", "举办", None, opt=True),           # during the festival
    E("开展“关爱留守儿童 共度快乐端午”志愿服务活动", "activity", "志愿服务", day("2026-06-13"), location="新圩镇",
      organizers=["团县委", "县妇联"], participants=["56名青年志愿者", "80余名留守儿童"],
      theme="关爱留守儿童 共度快乐端午"),
    E("县政府召开常务会议", "meeting", "召开", D14, organizers=["县政府"]),
    E("开展拉网式排查", "inspection", "排查", None, opt=True),                            # a task set
    E("发放今年第二季度生活补贴", "payout", "发放", xun(2026, 6, 0), organizers=["县民政局"],
      participants=["2130名困难残疾人"]),
    E("开展节前食品安全专项检查", "inspection", "检查", month(2026, 6), organizers=["县市场监管局"],
      participants=["62家粽子生产经营单位"]),
    E("主体结构顺利封顶", "construction", "封顶", day("2026-06-08"), organizers=["县中医医院"]),
    E("计划明年6月底投入使用", "launch", "投入使用", xun(2027, 6, 2), opt=True),           # a plan
    E("专场招聘会将于6月26日在县人力资源市场举行", "recruitment", "招聘会", day("2026-06-26"),
      location="县人力资源市场", organizers=["县人社局"], participants=["48家企业"], theme="就业援助月"),
    E("新增减税降费及退税缓费3260万元", "payout", "减税降费", year(2026), opt=True),       # a year summary
    E("巡回审理一起民间借贷纠纷案", "legal", "审理", D15, location="文圩镇", organizers=["县人民法院"]),
    E("经法官调解", "legal", "调解", D15, opt=True),                                      # the same case told again
    E("中考将于6月24日至26日举行", "exam", "中考", day("2026-06-24", "2026-06-26")),
    E("开展“博爱送万家”应急救护培训", "training", "培训", D14, location="城北社区", organizers=["县红十字会"],
      participants=["120名居民"], theme="博爱送万家"),
]
