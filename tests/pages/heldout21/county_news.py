"""花垣报, 花垣县融媒体中心 (花垣县, 湘西土家族苗族自治州, 湖南省), 2025-12-03 (a Wednesday): a county paper page.
Features: a series label (`乡村振兴进行时`); a kicker over a title (`苗绣订单排到明年春` / `十八洞村绣娘冬闲变“冬忙”`);
a paragraph broken after a comma (`…绣娘人均月收入达2600元，` | `比上年增加400元…`) with another article and its
headline between; a winners list in label-colon lines (`一等奖：`, `二等奖：`, `三等奖：`, schools resolved with the
county) under its headline; a 通告 with numbered articles, two issuing bodies on their own lines and a date line (a
fishing ban `自2025年12月10日起至2026年12月31日止`: policy); a paragraph broken mid-word (`动态监|管`) with a caption
between; two captions credited to an institution and a person (`县融媒体中心 石 文 杰 摄`, `县应急管理局 田 小 军 摄`);
headlines after their bodies and before them. County bodies resolve with the county (`县政府`, `县人社局`, `县教育局`,
`团县委`, `县应急管理局`, `县自然资源局`, `县法院`/`县人民法院`, `县民政局`, `县医保局`, `县文化旅游广电局`,
`县公安局交通警察大队`, `县人大常委会`, `县交通运输局`). Relative dates: `昨天上午`, `昨天` = 12-02 and its `当天`,
`本月1日`, `本月上旬` (twice), `上月24日至28日`, `下周四至下周五` = 12-11..12-12, `下周四`, `本月20日`, `本月5日至20日`,
`上年`, `去年`, `明年`, `今年1至10月`; `今年以来`, `近日`, `今冬明春` and `明年春` (in a kicker) optional. Events:
production (embroidery orders), training, meeting, recruitment (`“岁末送岗 情暖苗乡”`), competition and award, policy
(the notice's ban), inspection (twice), legal, exam, payout (twice), activity (`“苗乡冬韵·边城年味”`), traffic, launch.
Parts of one happening told twice (a caption, `判处` after `审理`, `责令…停产整顿` after an inspection, leaflets handed
out at a job fair), the notice's own act, and plans (`明年将再开通`, `要在本月上旬完成…排查`) are optional.

Written at main commit 223729c, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, months, span, up, xun, year

PAPER = "花垣报"
PUBLISHED = "2025-12-03"
HOME = {"county": "花垣县", "city": "湘西土家族苗族自治州", "province": "湖南省"}

LAYOUT = [
    ("乡村振兴进行时", "label", "A0"),
    ("苗绣订单排到", "headline", "A0"),                       # kicker
    ("十八洞村绣娘冬闲", "headline", "A0"),
    ("本报讯（记者 石 慧 敏 通讯员", "body", "A0"),          # breaks after a comma
    ("本报讯（记者 麻 志 刚）本月1日", "body", "A1"),
    ("我县部署冬春", "headline", "A1"),                       # after its body
    ("比上年增加400元", "body", "A0"),                        # the rest of A0's paragraph
    ("十八洞村绣娘在车间", "caption", "P0"),                  # 县融媒体中心 石 文 杰 摄
    ("县人社局举办岁末", "headline", "A2"),
    ("本报讯（记者 麻 志 刚）昨天", "body", "A2"),
    ("县第四届中小学生", "headline", "A3"),
    ("本报讯（通讯员 吴 晓 燕）11月28日", "body", "A3"),
    ("一等奖：", "body", "A3"),
    ("二等奖：", "body", "A3"),
    ("三等奖：", "body", "A3"),
    ("关于兄弟河", "headline", "A4"),
    ("为保护兄弟河", "body", "A4"),
    ("一、自2025年", "body", "A4"),
    ("二、禁止使用", "body", "A4"),
    ("三、对违反", "body", "A4"),
    ("花垣县农业农村局", "body", "A4"),
    ("花垣县公安局", "body", "A4"),
    ("2025年12月2日", "body", "A4"),
    ("本报讯（通讯员 彭 丽）上月24日", "body", "A5"),       # breaks mid-word
    ("11月26日，执法人员", "caption", "P1"),                  # 县应急管理局 田 小 军 摄
    ("管，坚决防范", "body", "A5"),                           # the rest of A5's paragraph
    ("县应急管理局开展矿山", "headline", "A5"),              # after its body
    ("县法院审结", "headline", "A6"),
    ("本报讯（通讯员 龙 建 华）昨天", "body", "A6"),
    ("本报讯（记者 石 慧 敏）记者从县教育局", "body", "A7"),
    ("九年级质量监测", "headline", "A7"),                     # after its body
    ("本报讯（通讯员 吴 晓 燕）近日", "body", "A8"),
    ("2316户低保家庭", "headline", "A8"),                     # after its body
    ("“苗乡冬韵", "headline", "A9"),
    ("本报讯（记者 麻 志 刚）县文化", "body", "A9"),
    ("本报讯（通讯员 彭 丽）记者从", "body", "A10"),
    ("花垣大道部分路段", "headline", "A10"),                 # after its body
    ("县人大常委会调研", "headline", "A11"),
    ("本报讯（记者 石 慧 敏）11月27日", "body", "A11"),
    ("本报讯（通讯员 龙 建 华）本月1日", "body", "A12"),
    ("县城至十八洞村", "headline", "A12"),                    # after its body
]

ARTICLES = {
    "A0": dict(byline=byline(reporters=["石慧敏"], correspondents=["龙建华"])),
    "A1": dict(byline=byline(reporters=["麻志刚"])),
    "A2": dict(byline=byline(reporters=["麻志刚"])),
    "A3": dict(byline=byline(correspondents=["吴晓燕"])),
    "A4": dict(),
    "A5": dict(byline=byline(correspondents=["彭丽"])),
    "A6": dict(byline=byline(correspondents=["龙建华"])),
    "A7": dict(byline=byline(reporters=["石慧敏"])),
    "A8": dict(byline=byline(correspondents=["吴晓燕"])),
    "A9": dict(byline=byline(reporters=["麻志刚"])),
    "A10": dict(byline=byline(correspondents=["彭丽"])),
    "A11": dict(byline=byline(reporters=["石慧敏"])),
    "A12": dict(byline=byline(correspondents=["龙建华"])),
}
JOINS = [("本报讯（记者 石 慧 敏 通讯员", "比上年增加400元"), ("本报讯（通讯员 彭 丽）上月24日", "管，坚决防范")]
PHOTOS = {
    "P0": dict(photographers=["石文杰"], article="A0"),
    "P1": dict(photographers=["田小军"], article="A5"),
}

D1, D2 = day("2025-12-01"), day("2025-12-02")
D20 = day("2025-12-20")
X0 = xun(2025, 12, 0)
DATES = [
    D("苗绣订单排到[[明年春]]", (span("2026-03-01", "2026-05-31"), "season"), OPT),   # a loose season in a kicker
    D("）[[昨天上午]]，记者走进", D2),
    D("。[[今年以来]]，车间", year(2025), OPT),                                       # a span up to now
    D("）[[本月1日]]，县政府", D1),
    D("要在[[本月上旬]]完成", X0),
    D("，[[今冬明春]]林区", VAGUE),
    D("比[[上年]]增加400元", year(2024)),
    D("。[[当天]]，县人社局", D2),
    D("）[[昨天]]，县人社局在", D2),
    D("）[[11月28日]]，由县教育局", day("2025-11-28")),
    D("自[[2025年12月10日起至2026年12月31日]]止", day("2025-12-10", "2026-12-31")),
    D("县公安局\n[[2025年12月2日]]", D2),
    D("）[[上月24日至28日]]，县应急", day("2025-11-24", "2025-11-28")),
    D("\n[[11月26日]]，执法人员", day("2025-11-26")),
    D("）[[昨天]]，县人民法院", D2),
    D("定于[[下周四至下周五]]举行", day("2025-12-11", "2025-12-12")),
    D("考试[[下周四]]开考", day("2025-12-11")),
    D("）[[近日]]，县民政局", VAGUE),
    D("。[[本月上旬]]，县医保局", X0),
    D("代缴[[2026年度]]城乡", year(2026)),
    D("活动[[本月20日]]启幕", D20),
    D("将于[[本月20日]]在", D20),
    D("持续至[[2026年1月18日]]", day("2026-01-18")),
    D("。[[去年]]该活动", year(2024)),
    D("，[[本月5日至20日]]，花垣大道", day("2025-12-05", "2025-12-20")),
    D("）[[11月27日]]，县人大", day("2025-11-27")),
    D("，[[今年1至10月]]，全县", months(2025, 1, 10)),
    D("）[[本月1日]]，花垣县城", D1),
    D("表示，[[明年]]将再开通", year(2026)),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["花垣县人力资源和社会保障局"]
JYJ = ["花垣县教育局"]
YJJ = ["花垣县应急管理局"]
FY = ["花垣县人民法院"]
RD = ["花垣县人民代表大会常务委员会", "花垣县人大常委会"]
MZZX = ["花垣县民族中学"]
ORGS = [
    O("走进[[双龙镇十八洞村]]苗绣", ["花垣县双龙镇十八洞村", "双龙镇十八洞村"], CM, OPT),   # a village
    O("）本月1日，[[县政府]]召开", ["花垣县人民政府"], G),
    O("。当天，[[县人社局]]在车间", RSJ, G),
    O("[[县融媒体中心]] 石", ["花垣县融媒体中心"], IN),
    O("\n[[县人社局]]举办岁末", RSJ, G),
    O("）昨天，[[县人社局]]在", RSJ, G),
    O("在[[县政务服务中心]]广场", ["花垣县政务服务中心"], IN, OPT),                            # a venue
    O("由[[县教育局]]、团县委", JYJ, G),
    O("、[[团县委]]主办", ["共青团花垣县委员会"], PE),
    O("在[[县民族中学]]落幕", MZZX, IN),
    O("一等奖：[[县民族中学]]", MZZX, IN),
    O("、[[边城镇中心完小]]", ["花垣县边城镇中心完小", "边城镇中心完小", "花垣县边城镇中心完全小学"], IN),
    O("二等奖：[[县第二中学]]", ["花垣县第二中学"], IN),
    O("、[[龙潭镇中学]]", ["花垣县龙潭镇中学", "龙潭镇中学"], IN),
    O("、[[麻栗场镇中学]]", ["花垣县麻栗场镇中学", "麻栗场镇中学"], IN),
    O("、[[县民族小学]]", ["花垣县民族小学"], IN),
    O("三等奖：[[吉卫镇中学]]", ["花垣县吉卫镇中学", "吉卫镇中学"], IN),
    O("\n[[花垣县农业农村局]]\n", ["花垣县农业农村局"], G),
    O("\n[[花垣县公安局]]\n", ["花垣县公安局"], G),
    O("）上月24日至28日，[[县应急管理局]]联合", YJJ, G),
    O("联合[[县自然资源局]]对", ["花垣县自然资源局"], G),
    O("。[[县应急管理局]]表示", YJJ, G),
    O("[[县应急管理局]] 田", YJJ, G),
    O("\n[[县应急管理局]]开展矿山", YJJ, G),
    O("\n[[县法院]]审结", FY, G),
    O("）昨天，[[县人民法院]]公开", FY, G),
    O("。[[法院]]当庭", FY, G, OPT),                                                         # a bare 法院
    O("记者从[[县教育局]]获悉", JYJ, G),
    O("。[[县教育局]]要求", JYJ, G),
    O("）近日，[[县民政局]]向", ["花垣县民政局"], G),
    O("，[[县医保局]]还将", ["花垣县医疗保障局"], G),
    O("）[[县文化旅游广电局]]将于", ["花垣县文化旅游广电局"], G),
    O("记者从[[县公安局交通警察大队]]获悉", ["花垣县公安局交通警察大队"], G),
    O("\n[[县人大常委会]]调研", RD, G),
    O("）11月27日，[[县人大常委会]]组织", RD, G),
    O("深入[[花垣工业园]]、", ["花垣工业园"], IN, OPT),                                         # a site
    O("、[[湘西金鼎新材料有限公司]]等地", ["湘西金鼎新材料有限公司"], CO),
    O("。[[县交通运输局]]表示", ["花垣县交通运输局"], G),
]

C, P, M, T, L, W = "count", "percent", "money", "duration", "length", "weight"
CNY = "CNY"
STATS = [
    S("，[[56名]]绣娘", "56", "名", C, "exact", "赶制订单的绣娘"),
    S("承接订单[[1.2万件]]", "12000", "件", C, "exact", "车间承接订单"),
    S("销售收入[[286万元]]", "2860000", "元", M, "exact", "车间销售收入", currency=CNY),
    S("月收入达[[2600元]]", "2600", "元", M, "exact", "绣娘人均月收入", currency=CNY),
    S("增加[[400元]]", "400", "元", M, "exact", "绣娘人均月收入", change=up("上年"), currency=CNY),
    S("，[[32名]]新学员", "32", "名", C, "exact", "参训新学员"),
    S("为期[[10天]]", "10", "天", T, "exact", "苗绣技能提升培训"),
    S("县内外[[46家]]企业", "46", "家", C, "exact", "参会企业"),
    S("岗位[[1200余个]]", "1200", "个", C, "over", "提供岗位"),
    S("就业意向[[238人]]", "238", "人", C, "exact", "现场初步达成就业意向"),
    S("政策资料[[2000余份]]", "2000", "份", C, "over", "发放政策资料"),
    S("全县[[18所]]学校", "18", "所", C, "exact", "参赛学校"),
    S("的[[36支]]代表队", "36", "支", C, "exact", "参赛代表队"),
    S("一等奖[[2个]]", "2", "个", C, "exact", "一等奖"),
    S("二等奖[[4个]]", "4", "个", C, "exact", "二等奖"),
    S("三等奖[[6个]]", "6", "个", C, "exact", "三等奖"),
    S("吉卫镇中学等[[6所]]学校", "6", "所", C, "exact", "三等奖学校"),
    S("矿山企业[[14家]]", "14", "家", C, "exact", "检查矿山企业"),
    S("尾矿库[[18座]]", "18", "座", C, "exact", "检查尾矿库"),
    S("安全隐患[[57处]]", "57", "处", C, "exact", "排查安全隐患"),
    S("已整改[[41处]]", "41", "处", C, "exact", "已整改安全隐患"),
    S("责令[[3家]]企业", "3", "家", C, "exact", "停产整顿企业"),
    S("杨某等[[3人]]", "3", "人", C, "exact", "被告人"),
    S("锰矿石[[1860吨]]", "1860", "吨", W, "exact", "擅自开采锰矿石"),
    S("价值[[37.2万元]]", "372000", "元", M, "exact", "锰矿石价值", currency=CNY),
    S("判处[[3名]]被告人", "3", "名", C, "exact", "被告人"),
    S("有期徒刑[[一年六个月至三年]]不等", "1.5", "年", T, "exact", "有期徒刑", OPT),   # a range of sentences
    S("罚金共计[[15万元]]", "150000", "元", M, "exact", "罚金", currency=CNY),
    S("考生[[4126名]]", "4126", "名", C, "exact", "考生"),
    S("全县[[2316户]]低保家庭", "2316", "户", C, "exact", "低保家庭"),
    S("每户[[300元]]", "300", "元", M, "exact", "每户冬季取暖补贴", currency=CNY),
    S("共计[[69.48万元]]", "694800", "元", M, "exact", "冬季取暖补贴", currency=CNY),
    S("全县[[1.8万名]]特困人员", "18000", "名", C, "exact", "特困人员和低保对象"),
    S("共计[[约720万元]]", "7200000", "元", M, "about", "代缴医保个人缴费", currency=CNY),
    S("\n[[2316户]]低保家庭", "2316", "户", C, "exact", "领到取暖补贴的低保家庭"),
    S("节目[[16场]]", "16", "场", C, "exact", "推出节目"),
    S("接待游客[[9.6万人次]]", "96000", "人次", C, "exact", "接待游客"),
    S("综合收入[[4200余万元]]", "42000000", "元", M, "over", "旅游综合收入", currency=CNY),
    S("增加值[[38.6亿元]]", "3860000000", "元", M, "exact", "全县民营经济增加值", currency=CNY),
    S("同比增长[[6.8%]]", "6.8", "%", P, "exact", "民营经济增加值", change=up("去年同期")),
    S("比重为[[52.4%]]", "52.4", "%", P, "exact", "民营经济占全县地区生产总值的比重"),
    S("全长[[28公里]]", "28", "公里", L, "exact", "公交专线全长"),
    S("往返[[12班次]]", "12", "班次", C, "exact", "每天往返班次"),
    S("票价[[8元]]", "8", "元", M, "exact", "全程票价", currency=CNY),
    S("新能源公交车[[6辆]]", "6", "辆", C, "exact", "首批投入新能源公交车"),
    S("再开通[[3条]]", "3", "条", C, "exact", "再开通城乡公交线路"),
]

EVENTS = [
    E("56名绣娘正飞针走线，赶制一批来自长沙的文创订单", "production", "赶制", D2,
      location="双龙镇十八洞村苗绣车间", participants=["绣娘"]),
    E("在车间举办苗绣技能提升培训班", "training", "培训班", D2, location="车间", organizers=["县人社局"],
      participants=["新学员"]),
    E("县政府召开全县冬春森林防火工作会议", "meeting", "召开", D1, organizers=["县政府"],
      participants=["各乡镇、县直有关部门负责人"]),
    E("在本月上旬完成林区火灾隐患排查", "inspection", "排查", X0, opt=True),             # a task set, a plan
    E("举办“岁末送岗 情暖苗乡”专场招聘会", "recruitment", "招聘会", D2, location="县政务服务中心广场",
      organizers=["县人社局"], participants=["企业"], theme="岁末送岗 情暖苗乡"),
    E("发放政策资料2000余份", "payout", "发放", D2, opt=True),                          # part of the job fair
    E("中小学生苗鼓大赛在县民族中学落幕", "competition", "大赛", day("2025-11-28"), location="县民族中学",
      organizers=["县教育局", "团县委"], participants=["代表队"]),
    E("大赛共评出一等奖2个", "award", "评出", day("2025-11-28"), organizers=["县教育局", "团县委"]),
    E("现就有关事项通告如下", "announcement", "通告", D2, organizers=["花垣县农业农村局", "花垣县公安局"],
      opt=True),                                                                      # the notice's own act
    E("兄弟河县城段实行全面禁捕", "policy", "禁捕", day("2025-12-10", "2026-12-31"), location="兄弟河县城段",
      organizers=["花垣县农业农村局", "花垣县公安局"]),
    E("对全县矿山企业和尾矿库开展安全生产专项检查", "inspection", "检查", day("2025-11-24", "2025-11-28"),
      organizers=["县应急管理局", "县自然资源局"]),
    E("责令3家企业停产整顿", "legal", "责令", day("2025-11-24", "2025-11-28"), opt=True),  # the inspection's result
    E("执法人员在龙潭镇一处尾矿库检查排洪设施", "inspection", "检查", day("2025-11-26"),
      location="龙潭镇一处尾矿库", opt=True),                                          # a caption
    E("公开开庭审理一起非法采矿案", "legal", "审理", D2, organizers=["县人民法院"]),
    E("分别判处3名被告人有期徒刑", "legal", "判处", D2, organizers=["法院"], opt=True),   # the same trial
    E("学业质量监测考试定于下周四至下周五举行", "exam", "考试", day("2025-12-11", "2025-12-12")),
    E("向全县2316户低保家庭发放冬季取暖补贴", "payout", "发放", None, organizers=["县民政局"],
      participants=["低保家庭"]),
    E("代缴2026年度城乡居民医保个人缴费部分", "payout", "代缴", X0, organizers=["县医保局"],
      participants=["特困人员", "低保对象"]),
    E("举办“苗乡冬韵·边城年味”民俗文化活动", "activity", "举办", day("2025-12-20", "2026-01-18"),
      location="边城镇茶峒古街", organizers=["县文化旅游广电局"], theme="苗乡冬韵·边城年味"),
    E("实行半幅封闭交通管制", "traffic", "交通管制", day("2025-12-05", "2025-12-20"),
      location="花垣大道人民路口至民族路口段", organizers=["县公安局交通警察大队"]),
    E("因花垣大道雨污分流改造施工", "construction", "施工", day("2025-12-05", "2025-12-20"),
      location="花垣大道", opt=True),                                                  # told as the cause
    E("调研全县民营经济发展情况", "inspection", "调研", day("2025-11-27"),
      location="花垣工业园、湘西金鼎新材料有限公司等地", organizers=["县人大常委会"],
      participants=["部分县人大代表"]),
    E("城乡公交专线正式开通", "launch", "开通", D1, location="花垣县城至十八洞村"),
    E("明年将再开通3条城乡公交线路", "launch", "开通", year(2026), organizers=["县交通运输局"],
      opt=True),                                                                      # a plan
]
