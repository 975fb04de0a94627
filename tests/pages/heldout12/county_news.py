"""湟源报, 湟源县融媒体中心 (湟源县, 西宁市, 青海省), 2025-12-10 (a Wednesday): a county paper page.
Features: a series label (`奋力谱写湟源新篇章`); a kicker over a title (`冬训不停歇 技能添底气` / `县人社局开展冬季
农牧民职业技能培训`, and `以赛促学 以赛促练` / `全县基层医务人员技能竞赛落幕`); a winners list in label-colon lines
(`一等奖：`, `二等奖：`, `三等奖：`, health units as organizations resolved with the county); a 通告 with numbered
articles, two issuing bodies on their own lines and a date line (`禁止一切野外用火` from
`2025年12月15日起至2026年5月31日`: policy); a caption credited to the county media centre and a person
(`县融媒体中心 韩 文 斌 摄`) and one credited to an institution only (`（县文体旅游广电局供图）`); a paragraph broken
after a comma (`…培训农牧民630余人次，` | `其中312人…`) with another article, its headline and a caption between; a
paragraph broken mid-word (`积水问|题`) with a caption between; headlines after their bodies. County bodies resolve with
the county (`县人社局`, `县农牧和科技局`, `县卫生健康局`, `团县委`, `县法院`, `县政府`). Relative dates: `本月上旬`,
`昨天上午`, `昨天` = 12-09, `当天` (after `12月8日`), `下周二` = 12-16, `本月12日至下周五` = 12-12..12-19, `下周六` =
12-20, `本月X日`, `明年3月`, `上年`; `近日` optional with no value. Events of many types; parts of one happening are
optional.

Written at main commit 7cb0f13, held out: never tuned on."""
from build import OPT, VAGUE, D, E, O, S, byline, day, month, up, xun, year

PAPER = "湟源报"
PUBLISHED = "2025-12-10"
HOME = {"county": "湟源县", "city": "西宁市", "province": "青海省"}

LAYOUT = [
    ("奋力谱写", "label", "C0"),
    ("冬训不停歇", "headline", "C0"),                       # kicker
    ("县人社局开展冬季", "headline", "C0"),
    ("本报讯（记者 马 晓 燕 通讯员", "body", "C0"),         # breaks after a comma
    ("本报讯（记者 李 永 红）昨天上午", "body", "C1"),
    ("县委常委会研究", "headline", "C1"),                   # after its body
    ("12月8日，学员", "caption", "P0"),                     # 县融媒体中心 韩 文 斌 摄
    ("其中312人", "body", "C0"),                            # the rest of C0's paragraph
    ("以赛促学", "headline", "C2"),                         # kicker
    ("全县基层医务人员", "headline", "C2"),
    ("本报讯（通讯员 张 海 霞）", "body", "C2"),
    ("一等奖：", "body", "C2"),
    ("二等奖：", "body", "C2"),
    ("三等奖：", "body", "C2"),
    ("县卫生健康局将推荐", "body", "C2"),
    ("关于冬季森林草原", "headline", "C3"),
    ("为切实做好", "body", "C3"),
    ("一、自2025年", "body", "C3"),
    ("二、禁止", "body", "C3"),
    ("三、对违反", "body", "C3"),
    ("湟源县人民政府", "body", "C3"),
    ("湟源县森林草原", "body", "C3"),
    ("2025年12月8日", "body", "C3"),
    ("本报讯（记者 李 永 红）县公安局", "body", "C4"),      # breaks mid-word
    ("日月山景区", "caption", "P1"),                        # （县文体旅游广电局供图）
    ("题，惠及", "body", "C4"),                             # the rest of C4's paragraph
    ("光华路本月12日", "headline", "C4"),                   # after its body
    ("县法院审结", "headline", "C5"),
    ("本报讯（通讯员 赵 文 静）县人民法院", "body", "C5"),
    ("本报讯（记者 马 晓 燕）2025年", "body", "C6"),
    ("事业单位招聘笔试", "headline", "C6"),                 # after its body
    ("县市场监管局开展", "headline", "C7"),
    ("本报讯（通讯员 祁 建 国）本月1日", "body", "C7"),
    ("本报讯（记者 李 永 红）团县委", "body", "C8"),
    ("“暖冬行动", "headline", "C8"),                        # after its body
    ("本报讯（通讯员 赵 文 静）县农牧", "body", "C9"),
    ("1386.7万元", "headline", "C9"),                       # after its body
    ("县政府召开", "headline", "C10"),
    ("本报讯（记者 马 晓 燕）本月8日", "body", "C10"),
    ("本报讯（记者 李 永 红）昨天，", "body", "C11"),
    ("西大街社区便民", "headline", "C11"),                  # after its body
]

ARTICLES = {
    "C0": dict(byline=byline(reporters=["马晓燕"], correspondents=["祁建国"])),
    "C1": dict(byline=byline(reporters=["李永红"])),
    "C2": dict(byline=byline(correspondents=["张海霞"])),
    "C3": dict(),
    "C4": dict(byline=byline(reporters=["李永红"])),
    "C5": dict(byline=byline(correspondents=["赵文静"])),
    "C6": dict(byline=byline(reporters=["马晓燕"])),
    "C7": dict(byline=byline(correspondents=["祁建国"])),
    "C8": dict(byline=byline(reporters=["李永红"])),
    "C9": dict(byline=byline(correspondents=["赵文静"])),
    "C10": dict(byline=byline(reporters=["马晓燕"])),
    "C11": dict(byline=byline(reporters=["李永红"])),
}
JOINS = [("本报讯（记者 马 晓 燕 通讯员", "其中312人"), ("本报讯（记者 李 永 红）县公安局", "题，惠及")]
PHOTOS = {
    "P0": dict(photographers=["韩文斌"], article="C0"),
    "P1": dict(photographers=[], article=None),
}

D9, D8 = day("2025-12-09"), day("2025-12-08")

DATES = [
    D("）[[本月上旬]]，县人社局", xun(2025, 12, 0)),
    D("）[[昨天上午]]，县委常委会", D9),
    D("[[12月8日]]，学员", D8),
    D("[[12月8日]]，首期", D8),
    D("结业，[[当天]]，", D8),
    D("，[[下周二]]起，", day("2025-12-16")),
    D("）[[本月6日]]，由县卫生健康局", day("2025-12-06")),
    D("参加[[明年3月]]举行", month(2026, 3)),
    D("自[[2025年12月15日起至2026年5月31日]]止", day("2025-12-15", "2026-05-31")),
    D("指挥部\n[[2025年12月8日]]", D8),
    D("交通警察大队[[昨天]]发布", D9),
    D("，[[本月12日至下周五]]，", day("2025-12-12", "2025-12-19")),
    D("光华路[[本月12日]]起", day("2025-12-12")),
    D("县人民法院[[本月4日]]公开", day("2025-12-04")),
    D("）[[2025年]]湟源县事业单位", year(2025), OPT),                  # a year in the exam's name
    D("将于[[本月14日]]在", day("2025-12-14")),
    D("笔试[[本月14日]]开考", day("2025-12-14")),
    D("可于[[本月11日至13日]]登录", day("2025-12-11", "2025-12-13")),
    D("）[[本月1日至5日]]，", day("2025-12-01", "2025-12-05")),
    D("将于[[下周六]]在", day("2025-12-20")),
    D("活动[[下周六]]举行", day("2025-12-20")),
    D("科技局[[近日]]完成", VAGUE),
    D("完成[[2025年]]草原生态", year(2025)),
    D("较[[上年]]增加", year(2024)),
    D("）[[本月8日]]，县政府", D8),
    D("《湟源县[[2026年]]冬春季", year(2026), OPT),                    # in a document title
    D("）[[昨天]]，城关镇", D9),
]

G, PA, PE, IN, CO, CM = "government", "party", "people", "institution", "company", "community"
RSJ = ["湟源县人力资源和社会保障局"]
NM = ["湟源县农牧和科技局"]
ZJ = ["湟源县住房和城乡建设局"]
WJ = ["湟源县卫生健康局"]
RMYY = ["湟源县人民医院"]
FY = ["湟源县人民法院"]
ORGS = [
    O("[[县人社局]]开展冬季", RSJ, G),
    O("）本月上旬，[[县人社局]]联合", RSJ, G),
    O("联合[[县农牧和科技局]]在", NM, G),
    O("）昨天上午，[[县委常委会]]召开", ["中共湟源县委常委会", "中共湟源县委员会常务委员会"], PA),
    O("传达学习[[省委]]十四届", ["中共青海省委", "中国共产党青海省委员会"], PA, OPT),   # in a session's name
    O("[[县委常委会]]研究部署", ["中共湟源县委常委会", "中共湟源县委员会常务委员会"], PA),
    O("学员在[[县职业技术学校]]实训", ["湟源县职业技术学校"], IN, OPT),             # a site in a caption
    O("[[县融媒体中心]] 韩", ["湟源县融媒体中心"], IN),
    O("培训班在[[县职业技术学校]]结业", ["湟源县职业技术学校"], IN),
    O("当天，[[县人社局]]为", RSJ, G),
    O("。[[县人社局]]负责人", RSJ, G),
    O("，[[县人力资源市场]]将举办", ["湟源县人力资源市场"], IN, OPT),               # a venue
    O("由[[县卫生健康局]]、县总工会", WJ, G),
    O("、[[县总工会]]主办", ["湟源县总工会"], PE),
    O("技能竞赛在[[县人民医院]]举行", RMYY, IN),
    O("（[[大华镇中心卫生院]]）", ["湟源县大华镇中心卫生院", "大华镇中心卫生院"], IN),
    O("（[[县人民医院]]）", RMYY, IN),
    O("（[[县中医院]]）", ["湟源县中医院"], IN),
    O("（[[波航乡卫生院]]）", ["湟源县波航乡卫生院", "波航乡卫生院"], IN),
    O("（[[县疾病预防控制中心]]）", ["湟源县疾病预防控制中心"], IN),
    O("（[[申中乡卫生院]]）", ["湟源县申中乡卫生院", "申中乡卫生院"], IN),
    O("[[县卫生健康局]]将推荐", WJ, G),
    O("[[湟源县人民政府]]\n", ["湟源县人民政府"], G),
    O("[[湟源县森林草原防灭火指挥部]]", ["湟源县森林草原防灭火指挥部"], G),
    O("[[县公安局交通警察大队]]昨天", ["湟源县公安局交通警察大队"], G),
    O("。[[县住房和城乡建设局]]介绍", ZJ, G),
    O("（[[县文体旅游广电局]]供图）", ["湟源县文体旅游广电局"], G),
    O("[[县法院]]审结", FY, G),
    O("[[县人民法院]]本月4日", FY, G),
    O("在[[湟源县第一中学]]考点", ["湟源县第一中学"], IN, OPT),                   # an exam site
    O("。[[县人社局]]提醒", RSJ, G),
    O("登录[[县政府网站]]", ["湟源县人民政府网站"], IN, OPT),                       # a website
    O("[[县市场监管局]]开展冬季", ["湟源县市场监督管理局"], G),
    O("）本月1日至5日，[[县市场监管局]]联合", ["湟源县市场监督管理局"], G),
    O("联合[[县住房和城乡建设局]]开展", ZJ, G),
    O("）[[团县委]]、县妇联", ["共青团湟源县委员会"], PE),
    O("、[[县妇联]]将于", ["湟源县妇女联合会"], PE),
    O("）[[县农牧和科技局]]近日", NM, G),
    O("\n[[县政府]]召开第四十二次", ["湟源县人民政府"], G),
    O("）本月8日，[[县政府]]召开", ["湟源县人民政府"], G),
    O("。会议要求，[[县住房和城乡建设局]]要", ZJ, G),
    O("城关镇[[西大街社区]]便民", ["湟源县城关镇西大街社区", "西大街社区"], CM),
    O("\n[[西大街社区]]便民服务中心投入", ["湟源县城关镇西大街社区", "西大街社区"], CM),
]

C, P, M, T, A, L, W = "count", "percent", "money", "duration", "area", "length", "weight"
CNY = "CNY"
STATS = [
    S("等[[5个]]乡镇", "5", "个", C, "exact", "开展培训的乡镇"),
    S("培训班[[9期]]", "9", "期", C, "exact", "培训班"),
    S("培训农牧民[[630余人次]]", "630", "人次", C, "over", "培训农牧民"),
    S("其中[[312人]]", "312", "人", C, "exact", "取得职业技能等级证书"),
    S("共计[[9.4万元]]", "94000", "元", M, "exact", "培训补贴", currency=CNY),
    S("提供岗位[[600余个]]", "600", "个", C, "over", "冬季专场招聘会提供岗位"),
    S("的[[46名]]医务人员", "46", "名", C, "exact", "参赛医务人员"),
    S("一等奖[[2名]]", "2", "名", C, "exact", "一等奖"),
    S("二等奖[[3名]]", "3", "名", C, "exact", "二等奖"),
    S("三等奖[[5名]]", "5", "名", C, "exact", "三等奖"),
    S("卫生院）等[[5人]]", "5", "人", C, "exact", "三等奖"),
    S("投资[[1260万元]]", "12600000", "元", M, "exact", "光华路雨污管网改造工程投资", currency=CNY),
    S("改造管网[[4.2公里]]", "4.2", "公里", L, "exact", "改造管网"),
    S("周边居民[[3800余户]]", "3800", "户", C, "over", "惠及周边居民"),
    S("天然草原[[23.6亩]]", "23.6", "亩", A, "exact", "非法占用天然草原"),
    S("有期徒刑[[一年]]", "1", "年", T, "exact", "有期徒刑"),
    S("缓刑[[一年六个月]]", "1.5", "年", T, "exact", "缓刑", OPT),                    # a mixed duration
    S("罚金[[2万元]]", "20000", "元", M, "exact", "罚金", currency=CNY),
    S("招聘岗位[[38个]]", "38", "个", C, "exact", "招聘岗位"),
    S("共有[[526人]]报名", "526", "人", C, "exact", "报名人数"),
    S("，[[471人]]通过", "471", "人", C, "exact", "通过资格审核"),
    S("燃气经营企业[[6家]]", "6", "家", C, "exact", "检查燃气经营企业"),
    S("餐饮场所[[138家]]", "138", "家", C, "exact", "检查餐饮场所"),
    S("整改隐患[[41处]]", "41", "处", C, "exact", "排查整改隐患"),
    S("通知书[[9份]]", "9", "份", C, "exact", "责令改正通知书"),
    S("组织[[60名]]志愿者", "60", "名", C, "exact", "志愿者"),
    S("为[[80户]]困难家庭", "80", "户", C, "exact", "困难家庭"),
    S("全县[[6120户]]农牧户", "6120", "户", C, "exact", "农牧户"),
    S("奖励资金[[1386.7万元]]，", "13867000", "元", M, "exact", "禁牧补助和草畜平衡奖励资金", currency=CNY),
    S("增加[[42.3万元]]", "423000", "元", M, "exact", "禁牧补助和草畜平衡奖励资金", change=up("上年"),
      currency=CNY),
    S("[[1386.7万元]]草原生态", "13867000", "元", M, "exact", "草原生态补奖资金", currency=CNY),
    S("全县[[1.2万户]]居民", "12000", "户", C, "exact", "居民"),
    S("服务窗口[[8个]]", "8", "个", C, "exact", "服务窗口"),
    S("办理事项[[56项]]", "56", "项", C, "exact", "可办理事项"),
    S("周边居民[[1.6万人]]", "16000", "人", C, "exact", "辐射周边居民"),
]

EVENTS = [
    E("开展冬季农牧民职业技能培训，", "training", "培训", xun(2025, 12, 0), location="大华镇、日月藏族乡等5个乡镇",
      organizers=["县人社局", "县农牧和科技局"], participants=["农牧民"]),
    E("县委常委会召开会议", "meeting", "召开", D9, organizers=["县委常委会"]),
    E("首期电焊培训班在县职业技术学校结业", "training", "结业", D8, location="县职业技术学校",
      opt=True),  # part of the training
    E("为结业学员发放培训补贴", "payout", "发放", D8, organizers=["县人社局"], participants=["结业学员"]),
    E("将举办冬季专场招聘会", "recruitment", "招聘会", day("2025-12-16"), location="县人力资源市场"),
    E("全县基层医务人员技能竞赛在县人民医院举行", "competition", "竞赛", day("2025-12-06"), location="县人民医院",
      organizers=["县卫生健康局", "县总工会"], participants=["医务人员"]),
    E("竞赛共评出一等奖2名", "award", "评出", day("2025-12-06"), organizers=["县卫生健康局", "县总工会"]),
    E("参加明年3月举行的全省基层卫生技能竞赛", "competition", "竞赛", month(2026, 3), opt=True),  # a plan
    E("禁止一切野外用火", "policy", "禁止", day("2025-12-15", "2026-05-31"), location="全县行政区域内森林草原",
      organizers=["湟源县人民政府", "湟源县森林草原防灭火指挥部"]),
    E("交通警察大队昨天发布通告", "announcement", "发布", D9, organizers=["县公安局交通警察大队"]),
    E("实施封闭施工", "traffic", "封闭施工", day("2025-12-12", "2025-12-19"), location="光华路明清街至西大街段",
      organizers=["县公安局交通警察大队"]),
    E("雨污管网改造施工", "construction", "施工", opt=True),                             # told in passing
    E("公开开庭审理一起非法占用农用地案", "legal", "审理", day("2025-12-04"), organizers=["县人民法院"]),
    E("法院以非法占用农用地罪判处", "legal", "判处", day("2025-12-04"), opt=True),       # the same trial
    E("笔试将于本月14日在湟源县第一中学考点举行", "exam", "笔试", day("2025-12-14"), location="湟源县第一中学考点"),
    E("登录县政府网站打印准考证", "other", "打印准考证", day("2025-12-11", "2025-12-13"), opt=True),
    E("开展冬季燃气安全专项检查，", "inspection", "检查", day("2025-12-01", "2025-12-05"),
      organizers=["县市场监管局", "县住房和城乡建设局"]),
    E("联合举办“暖冬行动 情系万家”志愿服务活动", "activity", "举办", day("2025-12-20"), location="县文化广场",
      organizers=["团县委", "县妇联"], theme="暖冬行动 情系万家"),
    E("送去棉被、米面油等物资", "payout", "送去", day("2025-12-20"), opt=True),             # part of the activity
    E("草原生态保护补助奖励资金发放工作", "payout", "发放", organizers=["县农牧和科技局"], participants=["农牧户"]),
    E("县政府召开第四十二次常务会议，", "meeting", "召开", D8, organizers=["县政府"]),
    E("审议通过《湟源县2026年冬春季", "policy", "审议通过", D8, organizers=["县政府"], opt=True),  # part of the meeting
    E("便民服务中心投入使用，", "launch", "投入使用", D9, location="城关镇西大街社区"),
]
