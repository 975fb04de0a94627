"""羊城晚报 (广州市, 广东省), 2026-12-10 (a Thursday): a `国内国际` wire page of an evening paper. Features: the page
opens with a headline whose body stands four lines later (`广东前11个月外贸增长6.9%`), then the column label; seven
新华社 items (Beijing ×4 one with no reporter, Guangzhou ×2, Kuala Lumpur) and five 中新社 items (Guangzhou ×2 one
with no reporter, Hong Kong with no reporter, Beijing, Foshan); a paragraph broken after an enumeration comma
(`…组织汽车、` | `家电、食品等…`) with the Kuala Lumpur item and a caption between; a caption credited to an agency
and a person (`新华社记者 邓 华 宁 摄`); a web item whose metadata line names a reporter
(`来源：广州日报客户端  作者：记者 苏 畅  发布时间：2026-12-09 21:05`) with its title
after the body; five headlines after their bodies, two before; six items without headline. Foreign money:
林吉特 with `约合X亿元人民币`, 港元 in the Hong Kong item.
Comparisons: `涨幅比上月扩大0.2个百分点`, `降幅比上月收窄0.4个百分点` (down), `高于全国增速2.7个百分点`, `按年上升`.
Province-level bodies written short (`省商务厅`, `省能源局`) resolve with 广东省, city ones (`市公安局交警支队`) with
广州市. Dates: `9日` = 12-09 and twelve datelines `12月9日电`, `11月份` (×3), `比上月` (October, optional), `1至11月`,
`前11个月`/`今年前11个月`, `今年10月`, `10月`, `首10个月`, `今年前10个月`, `本月中旬`, `12月19日至21日`, `明年1月1日`
(×2), `今冬明春`, `今冬`, `下周六（12月19日）晚`, `下周六` (a title), `明年元宵节` = 2027-02-20, `12月26日零时`, a
metadata date `2026-12-09`.

Written at main commit 8d493d3, held out: never tuned on."""
from build import OPT, D, E, O, S, byline, day, down, month, months, span, up, xun, year

PAPER = "羊城晚报"
PUBLISHED = "2026-12-10"
HOME = {"city": "广州市", "province": "广东省"}

LAYOUT = [
    ("广东前11个月外贸", "headline", "W1"),                    # four lines before its body
    ("国内国际", "label", "W0"),
    ("新华社北京12月9日电（记者 韩", "body", "W0"),
    ("11月份CPI", "headline", "W0"),                           # after its body
    ("中新社广州12月9日电（记者 郭", "body", "W1"),             # breaks after an enumeration comma
    ("新华社吉隆坡", "body", "W2"),                            # no headline
    ("9日，首航船舶", "caption", "P0"),                         # 新华社记者 邓 华 宁 摄
    ("家电、食品等行业", "body", "W1"),                         # the rest of W1's paragraph
    ("新华社广州12月9日电（记者 邓", "body", "W3"),
    ("南沙港区开通", "headline", "W3"),                        # after its body
    ("中新社香港", "body", "W4"),                              # no headline, no reporter
    ("考研初试", "headline", "W5"),
    ("新华社北京12月9日电（记者 胡", "body", "W5"),
    ("中新社北京", "body", "W6"),
    ("新版医保目录", "headline", "W6"),                        # after its body
    ("新华社广州12月9日电（记者 马", "body", "W7"),             # no headline
    ("来源：广州日报客户端", "byline", "W8"),                   # metadata line
    ("由广州市文化广电旅游局", "body", "W8"),
    ("花城广场灯光秀", "headline", "W8"),                       # after its body
    ("新华社北京12月9日电  国铁集团", "body", "W9"),            # no headline, no reporter
    ("新华社北京12月9日电（记者 申", "body", "W10"),            # no headline
    ("中新社佛山", "body", "W11"),
    ("大湾区制造业人才招聘会", "headline", "W11"),              # after its body
    ("中新社广州12月9日电  广州市", "body", "W12"),             # no headline, no reporter
]

ARTICLES = {
    "W0": dict(byline=byline(reporters=["韩洁如"])),
    "W1": dict(byline=byline(reporters=["郭军宁"])),
    "W2": dict(byline=byline(reporters=["林昊"])),
    "W3": dict(byline=byline(reporters=["邓华宁"])),
    "W4": dict(),
    "W5": dict(byline=byline(reporters=["胡浩然"])),
    "W6": dict(byline=byline(reporters=["李纯真"])),
    "W7": dict(byline=byline(reporters=["马晓澄"])),
    "W8": dict(byline=byline(reporters=["苏畅"])),
    "W9": dict(),
    "W10": dict(byline=byline(reporters=["申铖"])),
    "W11": dict(byline=byline(reporters=["程景伟"])),
    "W12": dict(),
}
JOINS = [("中新社广州12月9日电（记者 郭", "家电、食品等行业")]
PHOTOS = {"P0": dict(photographers=["邓华宁"], article="W3")}

D09 = day("2026-12-09")
JAN_NOV = months(2026, 1, 11)
JAN_OCT = months(2026, 1, 10)
OCT, NOV = month(2026, 10), month(2026, 11)
NEW_YEAR = day("2027-01-01")
NEXT_SAT = day("2026-12-19")
DATELINES = ["（记者 韩", "（记者 郭", "（记者 林", "（记者 邓", "  香港特区", "（记者 胡", "（记者 李", "（记者 马",
             "  国铁集团", "（记者 申", "（记者 程", "  广州市"]
DATES = [D(f"[[12月9日]]电{c}", D09) for c in DATELINES] + [
    D("广东[[前11个月]]外贸", JAN_NOV),
    D("统计局[[9日]]发布", D09),
    D("，[[11月份]]全国居民", NOV),
    D("涨幅比[[上月]]扩大", OCT, OPT),                                     # a baseline
    D("；[[1至11月]]平均", JAN_NOV),
    D("比[[上年同期]]上涨", year(2025), OPT),
    D("。[[11月份]]全国工业", NOV),
    D("降幅比[[上月]]收窄", OCT, OPT),
    D("\n[[11月份]]CPI", NOV),
    D("记者[[9日]]从广东省", D09),
    D("，[[今年前11个月]]，广东", JAN_NOV),
    D("将于[[本月中旬]]在广州", xun(2026, 12, 1)),
    D("统计局[[9日]]公布", D09),
    D("，[[今年10月]]马来西亚", OCT),
    D("\n[[9日]]，首航船舶", D09),
    D("）[[9日]]，广州港集团", D09),
    D("统计处[[9日]]公布", D09),
    D("，[[10月]]香港零售业", OCT),
    D("；[[首10个月]]零售业", JAN_OCT),
    D("考研初试[[12月19日]]开考", NEXT_SAT),
    D("记者[[9日]]从教育部", D09),
    D("，[[2027年]]全国硕士", year(2027), OPT),                            # inside the exam's name
    D("将于[[12月19日至21日]]举行", day("2026-12-19", "2026-12-21")),
    D("，[[今年]]报名人数", year(2026)),
    D("医保局[[9日]]公布", D09),
    D("公布[[2026年]]国家医保", year(2026), OPT),                          # inside the list's name
    D("目录将于[[明年1月1日]]起正式", NEW_YEAR),
    D("医保目录[[明年1月1日]]起实施", NEW_YEAR),
    D("办公室[[9日]]举行", D09),
    D("介绍[[今冬明春]]电力", (span("2026-12-01", "2027-05-31"), "season")),
    D("。据介绍，[[今冬]]全省", (span("2026-12-01", "2027-02-28"), "season")),
    D("较[[去年同期]]增长约5%", year(2025), OPT),
    D("发布时间：[[2026-12-09]] 21", D09),
    D("将于[[下周六（12月19日）晚]]在", NEXT_SAT),
    D("展至[[明年元宵节]]", day("2027-02-20")),
    D("[[亮灯首晚]]，市公安局", NEXT_SAT, OPT),                            # the first evening, by the show's start
    D("灯光秀[[下周六]]亮灯", NEXT_SAT),
    D("集团[[9日]]宣布", D09),
    D("将于[[12月26日零时]]起", day("2026-12-26")),
    D("财政部[[9日]]发布", D09),
    D("，[[今年前10个月]]，全国一般", JAN_OCT),
    D("）[[9日]]，粤港澳", D09),
    D("法院[[9日]]公开", D09),
]

G, PA, PE, IN, CO, SO = "government", "party", "people", "institution", "company", "social"
XH = ["新华通讯社", "新华社"]
ZX = ["中国新闻社", "中新社"]
SWT = ["广东省商务厅"]
JYB = ["中华人民共和国教育部", "教育部"]
ORGS = [O(f"[[新华社]]{p}", XH, IN, OPT) for p in (
    "北京12月9日电（记者 韩", "吉隆坡", "记者 邓 华 宁 摄", "广州12月9日电（记者 邓", "北京12月9日电（记者 胡",
    "广州12月9日电（记者 马", "北京12月9日电  国铁", "北京12月9日电（记者 申")] + [
    O(f"[[中新社]]{p}", ZX, IN, OPT) for p in (
        "广州12月9日电（记者 郭", "香港", "北京", "佛山", "广州12月9日电  广州市")] + [
    O("）[[国家统计局]]9日", ["中华人民共和国国家统计局", "国家统计局"], G),
    O("记者9日从[[广东省商务厅]]获悉", SWT, G),
    O("。[[省商务厅]]将于", SWT, G),
    O("）[[马来西亚统计局]]9日", ["马来西亚统计局"], G),
    O("，[[广州港集团]]开通", ["广州港集团有限公司", "广州港集团"], CO),
    O("  [[香港特区政府统计处]]9日", ["香港特别行政区政府统计处", "香港特区政府统计处"], G),
    O("记者9日从[[教育部]]获悉", JYB, G),
    O("。[[教育部]]要求", JYB, G),
    O("）[[国家医保局]]9日", ["国家医疗保障局", "国家医保局"], G),
    O("）[[广东省人民政府新闻办公室]]9日", ["广东省人民政府新闻办公室"], G),
    O("；[[省能源局]]已协调", ["广东省能源局"], G),
    O("来源：[[广州日报客户端]]", ["广州日报客户端"], CO, OPT),              # a news app
    O("由[[广州市文化广电旅游局]]主办", ["广州市文化广电旅游局"], G),
    O("，[[市公安局交警支队]]将对", ["广州市公安局交通警察支队", "广州市公安局交警支队"], G),
    O("  [[国铁集团]]9日", ["中国国家铁路集团有限公司", "国铁集团"], CO),
    O("）[[财政部]]9日", ["中华人民共和国财政部", "财政部"], G),
    O("在[[佛山潭洲国际会展中心]]举行", ["佛山潭洲国际会展中心"], IN, OPT),    # a venue
    O("  [[广州市中级人民法院]]9日", ["广州市中级人民法院"], G),
    O("由[[广州海关缉私局]]立案", ["中华人民共和国广州海关缉私局", "广州海关缉私局"], G),
]

C, P, M, T, O_ = "count", "percent", "money", "duration", "other"
CNY, MYR, HKD = "CNY", "MYR", "HKD"
YOY = "上年同期"
STATS = [
    S("外贸增长[[6.9%]]\n", "6.9", "%", P, "exact", "广东前11个月外贸", change=up(YOY)),
    S("同比上涨[[0.6%]]，", "0.6", "%", P, "exact", "11月份全国居民消费价格指数", change=up(YOY)),
    S("扩大[[0.2个百分点]]", "0.2", "个百分点", P, "exact", "CPI涨幅", change=up("上月")),
    S("上年同期上涨[[0.3%]]", "0.3", "%", P, "exact", "1至11月平均CPI", change=up(YOY)),
    S("同比下降[[1.1%]]", "1.1", "%", P, "exact", "11月份工业生产者出厂价格指数", change=down(YOY)),
    S("收窄[[0.4个百分点]]", "0.4", "个百分点", P, "exact", "PPI降幅", change=down("上月")),
    S("CPI同比上涨[[0.6%]]\n", "0.6", "%", P, "exact", "11月份CPI", change=up(YOY)),
    S("进出口[[8.12万亿元]]", "8120000000000", "元", M, "exact", "广东货物贸易进出口", currency=CNY),
    S("同比增长[[6.9%]]", "6.9", "%", P, "exact", "广东货物贸易进出口", change=up(YOY)),
    S("全国增速[[2.7个百分点]]", "2.7", "个百分点", P, "exact", "广东外贸增速", change=up("全国增速")),
    S("进出口增长[[11.4%]]", "11.4", "%", P, "exact", "对共建“一带一路”国家进出口", change=up(YOY)),
    S("提升至[[48.6%]]", "48.6", "%", P, "exact", "占全省外贸比重"),
    S("出口额为[[1386亿林吉特]]", "138600000000", "林吉特", M, "exact", "马来西亚10月出口额", currency=MYR),
    S("（[[约合2260亿元人民币]]）", "226000000000", "元", M, "about", "马来西亚10月出口额", currency=CNY),
    S("同比增长[[7.8%]]", "7.8", "%", P, "exact", "马来西亚出口额", change=up(YOY)),
    S("对华出口增长[[12.3%]]", "12.3", "%", P, "exact", "马来西亚对华出口", change=up(YOY)),
    S("已连续[[17年]]", "17", "年", T, "exact", "中国为马来西亚最大贸易伙伴年数", OPT),   # a horizon
    S("行业[[600余家]]企业", "600", "家", C, "over", "参展企业"),
    S("装载[[约1.4万标箱]]", "14000", "标箱", C, "about", "首航船舶装载货物"),
    S("预计[[35天]]后", "35", "天", T, "exact", "至桑托斯港航程"),
    S("临时估计为[[328亿港元]]", "32800000000", "港元", M, "exact", "10月香港零售业总销货价值", currency=HKD),
    S("按年上升[[4.3%]]", "4.3", "%", P, "exact", "10月香港零售业总销货价值", change=up(YOY)),
    S("按年上升[[1.9%]]", "1.9", "%", P, "exact", "首10个月零售业总销货价值", change=up(YOY)),
    S("报名人数[[约398万人]]", "3980000", "人", C, "about", "硕士研究生招生考试报名人数"),
    S("共有[[97种]]药品", "97", "种", C, "exact", "新增进入目录药品"),
    S("预计达[[1.65亿千瓦]]", "165000000", "千瓦", O_, "exact", "今冬全省最高用电负荷"),
    S("增长[[约5%]]", "5", "%", P, "about", "最高用电负荷", change=up("去年同期")),
    S("装机[[超过800万千瓦]]", "8000000", "千瓦", O_, "over", "新增电源装机"),
    S("旅客列车[[约1.2万列]]", "12000", "列", C, "about", "全国铁路日均开行旅客列车"),
    S("预算收入[[18.37万亿元]]", "18370000000000", "元", M, "exact", "全国一般公共预算收入", currency=CNY),
    S("同比增长[[0.9%]]", "0.9", "%", P, "exact", "全国一般公共预算收入", change=up(YOY)),
    S("预算支出[[23.56万亿元]]", "23560000000000", "元", M, "exact", "全国一般公共预算支出", currency=CNY),
    S("增长[[2.8%]]", "2.8", "%", P, "exact", "全国一般公共预算支出", change=up(YOY)),
    S("，[[1200余家]]企业", "1200", "家", C, "over", "参加招聘会企业"),
    S("提供岗位[[3.6万个]]", "36000", "个", C, "exact", "招聘会提供岗位"),
    S("岗位占比[[约18%]]", "18", "%", P, "about", "硕士及以上学历岗位占比"),
    S("，[[12名]]被告人", "12", "名", C, "exact", "被告人"),
    S("有期徒刑[[1年]]至", "1", "年", T, "exact", "有期徒刑下限", OPT),                        # sentences
    S("至[[11年]]不等", "11", "年", T, "exact", "有期徒刑上限", OPT),
    S("涉案货值[[约2.3亿元]]", "230000000", "元", M, "about", "涉案货值", currency=CNY),
]

EVENTS = [
    E("国家统计局9日发布数据", "announcement", "发布", D09, organizers=["国家统计局"]),
    E("在广州举办外贸优品年货节", "exhibition", "年货节", xun(2026, 12, 1), location="广州",
      organizers=["省商务厅"], participants=["600余家企业"]),
    E("马来西亚统计局9日公布", "announcement", "公布", D09, organizers=["马来西亚统计局"]),
    E("广州港集团开通南沙港区首条直达南美东岸的集装箱航线", "launch", "开通", D09, location="南沙港区",
      organizers=["广州港集团"]),
    E("香港特区政府统计处9日公布", "announcement", "公布", D09, organizers=["香港特区政府统计处"]),
    E("招生考试初试将于12月19日至21日举行", "exam", "初试", day("2026-12-19", "2026-12-21"),
      organizers=["教育部"]),
    E("公布2026年国家医保药品目录调整结果", "announcement", "公布", D09, organizers=["国家医保局"]),
    E("新版目录将于明年1月1日起正式实施", "policy", "实施", NEW_YEAR, organizers=["国家医保局"]),
    E("9日举行新闻发布会", "announcement", "新闻发布会", D09, organizers=["广东省人民政府新闻办公室"]),
    E("已协调新增电源装机", "construction", "新增", None, organizers=["省能源局"], opt=True),      # a summary
    E("灯光秀将于下周六（12月19日）晚在花城广场亮灯", "exhibition", "灯光秀", day("2026-12-19", "2027-02-20"),
      location="花城广场", organizers=["广州市文化广电旅游局"], theme="羊城迎新"),
    E("实施临时交通管制", "traffic", "交通管制", NEXT_SAT, location="花城大道",
      organizers=["市公安局交警支队"]),
    E("实行新的列车运行图", "traffic", "实行", day("2026-12-26"), organizers=["国铁集团"]),
    E("财政部9日发布数据", "announcement", "发布", D09, organizers=["财政部"]),
    E("人才招聘会在佛山潭洲国际会展中心举行", "recruitment", "招聘会", D09, location="佛山潭洲国际会展中心",
      participants=["1200余家企业"]),
    E("公开宣判一起跨境走私冻品案", "legal", "宣判", D09, organizers=["广州市中级人民法院"]),
    E("由广州海关缉私局立案侦办", "legal", "侦办", None, opt=True),                             # the same case
]
