"""Pages → articles: small synthetic pages, one per layout, and the example page
through the shared scorer.

A synthetic page is written one paragraph per line (blank lines between, as the
layout extraction gives them); its expectation names each article by the first
characters of its paragraphs.
"""
import bisect
import datetime as dt
import json
import pathlib

import pytest
from support import assert_linear, assert_spans, read_cases, shared_score

from newsextract import extract
from newsextract.layout import roles
from newsextract.layout.links import goes_on_above
from newsextract.pipeline import parse_page
from newsextract.text import fold, split_lines

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "pages" / "000_a7e4e0ea92e49081.txt"
EXAMPLE_GOLD = SHARED / "gold" / "000_a7e4e0ea92e49081.json"


def page_of(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


class Page:
    """The parse of a page, with articles found by a paragraph's first characters."""

    def __init__(self, raw: str):
        self.raw = raw
        _, self.articles = parse_page(raw)

    def holding(self, start: str):
        found = [a for a in self.articles if any(p.text.startswith(start) for p in a.paragraphs)]
        assert len(found) == 1, f"{start!r} is in {len(found)} articles"
        return found[0]

    def starts(self, article) -> list[str]:
        return [p.text[:4] for p in article.paragraphs]


# ------------------------------------------------------------------ one page per layout
TWO_DATELINED = page_of(
    "昆明市启动滇池保护志愿行动",
    "本报讯 3月8日,昆明市在海埂公园启动滇池保护志愿行动,200余名志愿者参与清理湖岸垃圾。",
    "活动中,志愿者分组清理湖岸,并向游客发放滇池保护宣传资料。",
    "(杨 帆)",
    "大理州新增三家省级示范农业合作社",
    "本报讯 记者从大理州农业农村局获悉,该州新增三家省级示范农业合作社。",
    "新增的示范社主要分布在宾川县和弥渡县,带动周边农户增收。",
    "记者 段 然 通讯员 李 青",
)

BYLINE_FIRST = page_of(
    "贵阳开通首条夜间公交专线",
    "本报记者 王芳",
    "3月10日起,贵阳市开通首条夜间公交专线,连接观山湖区与南明区主要商圈。",
    "据介绍,夜间专线运营时间为每晚21时至次日1时,票价2元。",
    "遵义红色旅游持续升温",
    "本报记者 陈 晨",
    "今年以来,遵义市红色旅游景区接待游客同比增长18%,遵义会议会址单日接待量创新高。",
)

HEADLINE_AFTER_BODY = page_of(
    "本报讯 3月9日,南宁市青秀区举办春季招聘会,120家企业提供岗位3600个,吸引求职者5000余人次。",
    "招聘会现场设置了政策咨询台,人社部门工作人员为求职者解读就业补贴政策。",
    "(覃 丽)",
    "青秀区春季招聘会提供岗位3600个",
    "柳州螺蛳粉产业园新添生产线",
    "本报讯 3月10日,柳州市螺蛳粉产业园两条自动化生产线投产,日产能提升至50万袋。",
    "(韦 东)",
)

JUMPS = page_of(
    "(上接第1版)",
    "优化营商环境 服务企业发展",
    "今年以来,合肥市持续深化“放管服”改革,企业开办时间压缩至1个工作日。",
    "强化要素保障 项目建设提速",
    "一季度,全市重点项目完成投资860亿元,同比增长12%。",
    "记者 徐 静",
    "芜湖港集装箱吞吐量再创新高",
    "本报讯 一季度,芜湖港完成集装箱吞吐量35万标箱,同比增长9.8%。",
    "港口运营方表示,将继续拓展江海联运航线。(下转第3版)",
)

KICKER = page_of(
    "深化改革 激发活力",
    "兰州新区今年引进项目120个",
    "本报兰州3月12日讯(记者 马 骏)记者从兰州新区管委会获悉,今年新区计划引进项目120个,总投资超过500亿元。",
    "新区将重点发展新材料、绿色化工等产业集群。",
)

BROKEN = page_of(
    "济南建设智慧农业示范园",
    "本报讯 3月11日,济南市章丘区启动建设智慧农业示范园,园区规划面积3000亩,重点发展设施蔬菜和智慧",
    "青岛港开通新航线",
    "本报讯 3月11日,青岛港开通至东南亚的集装箱新航线,每周一班。",
    "(孙 明)",
    "农业,预计年产蔬菜2万吨。章丘区农业农村局表示,园区将带动周边农户2000余户增收。",
    "(刘 洋)",
)

CAPTION_AND_LABEL = page_of(
    "3月12日,市民在东湖绿道骑行赏花。 本报记者 周 雨 摄",
    "城市新貌",
    "东湖绿道春季赏花游客增多",
    "本报讯 进入3月,武汉东湖绿道樱花盛开,周末骑行赏花的市民游客明显增多。",
    "东湖风景区管委会提醒游客错峰出行,文明赏花。",
    "(黄 磊)",
)

TRUNCATED = page_of(
    "太原地铁2号线客流稳步增长",
    "本报讯 2号线开通以来客流稳步增长,工作日日均客运量达到",
)

WIRE = page_of(
    "全国春播粮食面积稳中有增",
    "新华社北京3月5日电(记者 于 文 静)记者从农业农村部获悉,今年全国春播粮食面积稳中有增。",
    "农业农村部有关负责人表示,将加强农资保供和技术指导。",
)

# a paragraph of the tea story stands between the station story's broken paragraph
# (`临时候车` … `室,`) and its rest, and is broken itself (`放贷规` … `模超过`)
INTERRUPTED = page_of(
    "黔东南州茶园春管全面铺开",
    "记者 吴 静 通讯员 杨 帆",
    "清明前后,黔东南州各地茶园进入春管关键期,全州组织农技人员深入茶园开展修剪、施肥指导。",
    "州农业农村局数据显示,去年全州茶叶产量达5.6万吨,茶园综合产值突破百亿元,带动10万余户茶农增收。",
    "凯里南站站房改造工程开工",
    "本报讯 4月2日,凯里南站站房改造工程正式开工,项目总投资2.6亿元,计划明年底完工。施工期间,车站将设置临时候车",
    "州农业农村局负责人介绍,今年全州茶园春管面积达到42万亩,同时联合当地银行推出“茶园贷”,预计全年放贷规",
    "室,保障旅客正常乘车。",
    "模超过3亿元。",
    "在雷山县西江镇,茶农们正忙着采摘明前茶,今年茶青收购价较去年每斤提高5元。",
    "(下转第2版)",
    "都匀毛尖茶文化节将开幕",
    "本报讯 第五届都匀毛尖茶文化节将于4月18日在都匀市开幕,活动为期三天。(潘 雪)",
)

# the top title's body stands at the foot of the page, and shares only `文明停放` with it
FAR_HEADLINE = page_of(
    "共享单车新规落地 文明停放蔚然成风",
    "3月31日,市民在铜仁市万山区新建的充电站为电动汽车充电。 本报记者 田 野 摄",
    "铜仁市新增公共充电桩1200个",
    "本报讯 记者从铜仁市发展改革委获悉,今年一季度全市新增公共充电桩1200个,覆盖所有区县城区。(田 野)",
    "梵净山景区推出预约错峰游览",
    "本报讯 4月1日起,梵净山景区实行分时段预约游览,每日最大承载量调整为1.5万人次。(龙 菲)",
    "本报讯 市交通运输局近日出台互联网租赁自行车管理办法,在主城区划设停车点位300处,引导市民文明停放。",
    "据介绍,违规停放的车辆将由运营企业限时清理,清理情况纳入企业考核。(杨 柳)",
)

# a seven-character phrase above a headline: a kicker when it talks about the story,
# a column label when it does not; a column-name-length phrase stays a label even
# when the story repeats it
SHORT_KICKER = page_of(
    "稳岗扩岗促就业",
    "六盘水市一季度城镇新增就业1.2万人",
    "本报讯 记者从六盘水市人社局获悉,今年一季度全市城镇新增就业1.2万人,发放稳岗返还资金3600万元。(罗 敏)",
    "文明创建在行动",
    "水城区老旧小区改造惠及居民5000户",
    "本报讯 今年以来,水城区启动老旧小区改造,完成管网更新、加装电梯等项目,惠及居民5000户。(谢 东)",
    "植树造林",
    "盘州市义务植树活动启动",
    "本报讯 3月12日,盘州市义务植树活动在胜境街道启动,500余名干部群众参加植树造林。(陈 林)",
)

# a page without datelines or bylines: a feature in numbered sections, then two short
# stories; and the same feature with its section titles unnumbered
SECTIONS = page_of(
    "毕节“小菜园”撬动“大产业”",
    "近年来,毕节市把蔬菜产业作为乡村振兴的主导产业来抓,全市蔬菜种植面积稳定在300万亩以上。",
    "一、规模种植 蔬菜基地连片成带",
    "在威宁自治县草海镇,连片的蔬菜基地一眼望不到边。当地通过土地流转,发展规模化蔬菜种植基地12个。",
    "二、冷链物流 “毕节蔬菜”走出大山",
    "依托冷链物流体系,毕节蔬菜销往粤港澳大湾区和东南亚,今年一季度外销蔬菜达到45万吨。",
    "安顺推进城市更新行动",
    "今年,安顺市计划实施城市更新项目46个,完成老旧小区改造120个,新建城市绿道30公里。",
    "织金洞景区游客量同比增长两成",
    "清明假期,织金洞景区接待游客3.6万人次,同比增长21%,景区周边民宿入住率超过九成。",
)
UNNUMBERED_SECTIONS = SECTIONS.replace("一、", "").replace("二、", "")

# the caption uses the words of the story below it and of a story continued from page 1
# nearly alike: it illustrates the one it stands against
PHOTO_BESIDE = page_of(
    "4月8日,遵义经开区一家电子企业的智能化车间里,工人正在调试新生产线。 本报记者 何 平 摄",
    "遵义经开区一季度签约项目18个",
    "本报讯 记者从遵义经开区获悉,一季度园区签约电子企业项目18个,总投资76亿元,新建生产线20条。(何 平)",
    "(上接第1版)",
    "在汇川区,一批制造企业加快智能化改造,新建数字化车间和生产线15条,企业生产效率平均提升20%。",
)


# issue 13 audit: mechanisms that one page sentence showed, each on a page of other words
# a byline over the dateline paragraph: one opening, not an empty article and a headless one
BYLINE_THEN_DATELINE = page_of(
    "银川新建口袋公园20个",
    "记者 马 丽 通讯员 杨 光",
    "本报讯 今年以来,银川市利用边角地新建口袋公园20个,方便市民就近休闲。",
    "公园建设中,各区广泛征求居民意见,增设健身器材和儿童游乐设施。",
    "石嘴山启动春季植树",
    "本报讯 3月10日,石嘴山市春季义务植树活动启动,全市计划植树30万株。(王 磊)",
)

# a headline that shares no word with its text is still the headline right above it
POETIC_HEADLINE = page_of(
    "一江春水向东流 两岸青山入画来",
    "本报讯 3月9日,桂林市漓江沿线生态修复工程完工,修复河岸12公里,栽种乡土树种8万株。",
    "工程由市生态环境局牵头实施,今后将开展常态化巡护。(蒋 华)",
)

# a title-like line between two articles labels the one whose words it uses, above or below
NOTICE_SIGNATURE = page_of(
    "关于开展2025年度城乡居民医疗保险参保登记的通告",
    "为做好城乡居民基本医疗保险参保登记工作,现将有关事项通告如下。",
    "一、参保对象:本县户籍城乡居民和在本县居住的外地居民。",
    "二、登记时间:3月1日至4月30日。",
    "县医疗保障局",
    "春耕一线",
    "城西村小麦喜获春灌",
    "本报讯 3月5日,城西村2000亩小麦完成首轮春灌,村里组织机手分片作业。(李 静)",
)

# on a page of datelines a paragraph with no opening is the rest of the open article
# above, though it shares only a word or two with it (`今年`, nothing of `茶园`)
PIECE_OF_FEW_WORDS = page_of(
    "柳江区春季茶园管护全面展开",
    "本报讯 连日来,柳江区组织农技人员深入各乡镇茶园,指导茶农开展修剪、施肥和病虫害防治。",
    "区农业农村局介绍,全区今年茶园管护面积达到3.2万亩,新改造低产茶园2000亩。",
    "鹿寨县新建乡村物流站点30个",
    "本报讯 记者从鹿寨县商务局获悉,今年以来该县新建乡村物流站点30个,农产品进城更加便捷。(韦 东)",
    "在百朋镇下伦村,村民韦大姐一早就背着竹篓上山采摘新芽,她说今年的明前茶收购价每斤比去年高了5元。",
)


# join clues that no page decides alone: a rest that opens with a particle standing
# alone (`了不少…`), and a rest on the very next line that shares no word with its head
BROKEN_BEFORE_PARTICLE = page_of(
    "社区举办防灾减灾科普展",
    "本报讯 3月11日,城南街道枫林社区举办防灾减灾科普展,前来参观的居民学到",
    "了不少应急避险知识。社区工作人员表示,今后将定期开展此类活动。(林 洁)",
)
BROKEN_ON_THE_NEXT_LINE = page_of(
    "县里部署春耕生产",
    "本报讯 3月11日,某县召开春耕生产动员会,要求各乡镇抓好良种调运",
    ",确保4月底前全部到位。(周 平)",
)


def test_two_datelined_articles_with_closing_bylines():
    page = Page(TWO_DATELINED)
    first, second = page.holding("本报讯 3月8日"), page.holding("本报讯 记者从大理州")
    assert first.headline == "昆明市启动滇池保护志愿行动"
    assert page.starts(first) == ["本报讯 ", "活动中,"]
    assert first.byline.authors == ["杨帆"]
    assert second.headline == "大理州新增三家省级示范农业合作社"
    assert second.byline.reporters == ["段然"] and second.byline.correspondents == ["李青"]
    assert first.dateline == "本报讯" and not first.truncated


def test_byline_before_the_body_opens_the_article():
    page = Page(BYLINE_FIRST)
    bus, tour = page.holding("3月10日起"), page.holding("今年以来,遵义")
    assert bus.headline == "贵阳开通首条夜间公交专线" and bus.byline.reporters == ["王芳"]
    assert page.starts(bus) == ["3月10", "据介绍,"]
    assert tour.headline == "遵义红色旅游持续升温" and tour.byline.reporters == ["陈晨"]


def test_headline_after_its_body_is_found_by_topic():
    page = Page(HEADLINE_AFTER_BODY)
    fair, noodle = page.holding("本报讯 3月9日"), page.holding("本报讯 3月10日")
    assert fair.headline == "青秀区春季招聘会提供岗位3600个"
    assert noodle.headline == "柳州螺蛳粉产业园新添生产线"
    assert fair.byline.authors == ["覃丽"] and noodle.byline.authors == ["韦东"]


def test_jump_markers_subheadings_and_continued_to():
    page = Page(JUMPS)
    cont, port = page.holding("今年以来,合肥"), page.holding("本报讯 一季度")
    assert cont.headline is None and cont.continued_from == "第1版"
    assert cont.subheadings == ["优化营商环境 服务企业发展", "强化要素保障 项目建设提速"]
    assert page.starts(cont) == ["今年以来", "一季度,"]
    assert cont.byline.reporters == ["徐静"]
    assert port.headline == "芜湖港集装箱吞吐量再创新高"
    assert port.continued_to == "第3版" and not port.truncated
    assert port.paragraphs[-1].text.endswith("江海联运航线。")  # the marker is cut off


def test_kicker_line_joins_the_headline():
    page = Page(KICKER)
    article = page.holding("本报兰州")
    assert article.headline == "深化改革 激发活力 兰州新区今年引进项目120个"
    assert article.dateline == "本报兰州3月12日讯" and article.byline.reporters == ["马骏"]


def test_broken_paragraph_is_joined_across_another_article():
    page = Page(BROKEN)
    park = page.holding("本报讯 3月11日,济南")
    assert len(park.paragraphs) == 1
    paragraph = park.paragraphs[0]
    assert len(paragraph.spans) == 2 and "智慧农业,预计" in paragraph.text
    assert park.byline.authors == ["刘洋"] and not park.truncated
    port = page.holding("本报讯 3月11日,青岛")
    assert port.headline == "青岛港开通新航线" and port.byline.authors == ["孙明"]
    assert_spans(page.raw, type("P", (), {"articles": page.articles})())


def test_caption_is_a_photo_linked_to_its_article_and_label_is_attached():
    page = Page(CAPTION_AND_LABEL)
    photo = page.holding("3月12日,市民")
    story = page.holding("本报讯 进入3月")
    assert photo.kind == "photo" and photo.byline.photographers == ["周雨"]
    assert photo.illustrates == story.id
    assert story.headline == "东湖绿道春季赏花游客增多" and story.labels == ["城市新貌"]


def test_text_that_stops_mid_sentence_is_truncated():
    page = Page(TRUNCATED)
    assert page.holding("本报讯 2号线").truncated


def test_wire_dateline_carries_the_byline():
    page = Page(WIRE)
    article = page.holding("新华社北京")
    assert article.headline == "全国春播粮食面积稳中有增"
    assert article.dateline == "新华社北京3月5日电" and article.byline.reporters == ["于文静"]


def test_paragraph_between_a_break_and_its_rest_goes_by_topic():
    """The line after a paragraph whose rest stands later is the top of another column:
    it does not continue the article it follows, nor drag `(下转第2版)` with it."""
    page = Page(INTERRUPTED)
    tea, station = page.holding("清明前后"), page.holding("本报讯 4月2日")
    assert page.starts(tea) == ["清明前后", "州农业农", "州农业农", "在雷山县"]
    assert "放贷规模超过" in tea.paragraphs[2].text and len(tea.paragraphs[2].spans) == 2
    assert tea.continued_to == "第2版" and tea.byline.reporters == ["吴静"]
    assert page.starts(station) == ["本报讯 "] and "临时候车室" in station.paragraphs[0].text
    assert station.continued_to is None and not station.truncated
    assert page.holding("本报讯 第五届").headline == "都匀毛尖茶文化节将开幕"


def test_far_headline_of_a_datelined_article_is_no_label():
    """An article that opens with `本报讯` begins on this page, so its headline is here,
    even far above and sharing few words."""
    page = Page(FAR_HEADLINE)
    bikes = page.holding("本报讯 市交通")
    assert bikes.headline == "共享单车新规落地 文明停放蔚然成风"
    assert page.starts(bikes) == ["本报讯 ", "据介绍,"]
    charging = page.holding("本报讯 记者从铜仁")
    assert charging.headline == "铜仁市新增公共充电桩1200个" and charging.labels == []
    assert page.holding("本报讯 4月1日").headline == "梵净山景区推出预约错峰游览"


def test_short_kicker_is_told_from_a_column_label_by_its_words():
    page = Page(SHORT_KICKER)
    jobs, homes = page.holding("本报讯 记者从六盘水"), page.holding("本报讯 今年以来")
    assert jobs.headline == "稳岗扩岗促就业 六盘水市一季度城镇新增就业1.2万人" and jobs.labels == []
    assert homes.headline == "水城区老旧小区改造惠及居民5000户" and homes.labels == ["文明创建在行动"]
    trees = page.holding("本报讯 3月12日")
    assert trees.headline == "盘州市义务植树活动启动" and trees.labels == ["植树造林"]


def test_byline_over_a_dateline_paragraph_is_one_opening():
    page = Page(BYLINE_THEN_DATELINE)
    park = page.holding("本报讯 今年以来")
    assert park.headline == "银川新建口袋公园20个" and park.dateline == "本报讯"
    assert park.byline.reporters == ["马丽"] and park.byline.correspondents == ["杨光"]
    assert page.starts(park) == ["本报讯 ", "公园建设"]
    assert all(a.paragraphs for a in page.articles)


def test_headline_right_above_its_text_needs_no_shared_word():
    page = Page(POETIC_HEADLINE)
    assert page.holding("本报讯 3月9日").headline == "一江春水向东流 两岸青山入画来"
    assert page.holding("本报讯 3月9日").labels == []


def test_title_between_two_articles_labels_the_one_whose_words_it_uses():
    page = Page(NOTICE_SIGNATURE)
    notice, wheat = page.holding("为做好城乡"), page.holding("本报讯 3月5日")
    assert "县医疗保障局" in notice.labels and "县医疗保障局" not in wheat.labels
    assert wheat.headline == "城西村小麦喜获春灌" and wheat.labels == ["春耕一线"]


# items opened by their reporters in parentheses (no dispatch word) beside items signed after their
# text, headlines set after the bodies: an item signed apart, headed or not, is no opened item's rest
REPORTERS_OPEN_OR_SIGN = page_of(
    "（本報記者 林 志 明）市政署昨日宣佈，冬季花卉展將於下月在公園舉行，展出花卉逾兩萬盆。",
    "冬季花卉展下月開幕",
    "港務局推出新航線",
    "港務局昨日宣佈，新航線將於下月啟航，每日往返兩班。（陳 美 玲）",
    "（本報記者 林 志 明）體育局昨日公佈，全民健身日活動參與人數逾五千人。",
    "全民健身日參與者逾五千",
    "旅遊局日前公佈，上月酒店入住率達九成。（陳 美 玲）",
)


def test_items_opened_by_reporters_in_parentheses_keep_items_signed_apart():
    page = Page(REPORTERS_OPEN_OR_SIGN)
    flowers = page.holding("（本報記者 林 志 明）市政署")
    assert page.starts(flowers) == ["（本報記"] and flowers.byline.reporters == ["林志明"]
    assert page.starts(page.holding("港務局昨日")) == ["港務局昨"]
    assert page.starts(page.holding("旅遊局日前")) == ["旅遊局日"]
    assert page.holding("（本報記者 林 志 明）體育局").dateline is None


def test_headless_paragraph_on_a_page_of_datelines_joins_the_open_article_above():
    page = Page(PIECE_OF_FEW_WORDS)
    tea = page.holding("本报讯 连日来")
    assert page.starts(tea) == ["本报讯 ", "区农业农", "在百朋镇"]
    assert page.starts(page.holding("本报讯 记者从")) == ["本报讯 "]


@pytest.mark.parametrize("raw", [BROKEN_BEFORE_PARTICLE, BROKEN_ON_THE_NEXT_LINE])
def test_rest_of_a_paragraph_on_the_next_line_is_joined(raw):
    (article,) = Page(raw).articles
    assert len(article.paragraphs) == 1 and len(article.paragraphs[0].spans) == 2


def test_numbered_section_titles_are_subheadings_on_a_page_without_datelines():
    page = Page(SECTIONS)
    feature = page.holding("近年来,毕节")
    assert feature.headline == "毕节“小菜园”撬动“大产业”"
    assert feature.subheadings == ["一、规模种植 蔬菜基地连片成带", "二、冷链物流 “毕节蔬菜”走出大山"]
    assert page.starts(feature) == ["近年来,", "在威宁自", "依托冷链"]
    assert page.holding("今年,安顺").headline == "安顺推进城市更新行动"
    assert page.holding("清明假期").headline == "织金洞景区游客量同比增长两成"


@pytest.mark.xfail(strict=True, reason="with no dateline, byline or number, a section title reads as a headline")
def test_unnumbered_section_titles_on_a_page_without_datelines():
    page = Page(UNNUMBERED_SECTIONS)
    assert page.holding("近年来,毕节").subheadings == ["规模种植 蔬菜基地连片成带", "冷链物流 “毕节蔬菜”走出大山"]


def test_caption_between_two_close_stories_illustrates_the_one_beside_it():
    page = Page(PHOTO_BESIDE)
    photo, park = page.holding("4月8日"), page.holding("本报讯 记者从遵义")
    assert photo.kind == "photo" and photo.byline.photographers == ["何平"]
    assert photo.illustrates == park.id
    assert page.holding("在汇川区").continued_from == "第1版"


@pytest.mark.parametrize("raw", [TWO_DATELINED, BYLINE_FIRST, HEADLINE_AFTER_BODY, JUMPS, KICKER, BROKEN,
                                 CAPTION_AND_LABEL, TRUNCATED, WIRE, INTERRUPTED, FAR_HEADLINE, SHORT_KICKER,
                                 SECTIONS, PHOTO_BESIDE])
def test_paragraph_spans_quote_the_page(raw):
    _, articles = parse_page(raw)
    assert articles
    for article in articles:
        for paragraph in article.paragraphs:
            assert "".join(raw[s:e] for s, e in paragraph.spans) == paragraph.text
            assert all(0 <= s < e <= len(raw) for s, e in paragraph.spans)


def test_full_width_page_parses_like_its_folded_twin():
    wide = WIRE.replace("3", "３").replace("5", "５").replace("(", "（").replace(")", "）")
    a, b = Page(WIRE).articles, Page(wide).articles
    assert [x.headline for x in a] == [x.headline for x in b]
    assert [x.byline for x in a] == [x.byline for x in b]
    assert [[p.spans for p in x.paragraphs] for x in a] == [[p.spans for p in x.paragraphs] for x in b]


# ------------------------------------------------------------------ bad and huge input
@pytest.mark.parametrize("raw", ["。" * 100_000, "……" * 50_000, "\n" * 100_000, "(张 慧)\n" * 20_000,
                                 "一二三四五\n" * 20_000, "学到了不少\n会商会共签约\n" * 5_000,
                                 "一二三四五六\n本报讯 今天下雨天\n某某某某\n" * 5_000,
                                 "市民在公园里晨练。 张三 摄\n本报讯 今天\n" * 5_000])
def test_pathological_pages_finish(raw):
    _, articles = parse_page(raw)
    for article in articles:
        for paragraph in article.paragraphs:
            assert "".join(raw[s:e] for s, e in paragraph.spans) == paragraph.text


@pytest.mark.parametrize("unit", ["(张 慧)\n", "学到了不少\n会商会共签约\n",
                                  "一二三四五六\n本报讯 今天下雨天\n某某某某\n",
                                  "市民在公园里晨练。 张三 摄\n本报讯 今天\n", "标题一行\n\n正文没有写完\n\n"])
def test_work_grows_linearly(unit):
    assert_linear(lambda n: unit * n, parse_page, small=100)


@pytest.mark.parametrize("path", [EXAMPLE, ROOT / "fixtures" / "jining_p2.txt", ROOT / "fixtures" / "liuzhou_p3.txt"],
                         ids=lambda p: p.stem)
def test_work_on_a_real_page_repeated_grows_linearly(path):
    """A real page repeated 2 and 8 times: titles, captions, broken paragraphs and
    their windowed look-ups (`WINDOW` lines) must cost the same per copy, so a scan
    over everything seen so far (all pending titles, every article for each photo)
    shows up here, without a wall clock."""
    text = path.read_text(encoding="utf-8").rstrip("\n")
    parse_page(text)  # warm: compiled patterns and loaded data are not per-page work
    assert_linear(lambda n: "\n\n".join([text] * n) + "\n", parse_page, small=2, factor=4, slack=1.15)


# ------------------------------------------------------------------ the topic model's bigrams
def test_han_ranges_are_the_han_script_of_regex():
    """`text.rules.HAN` is an `re` class of Han blocks (`re` has no `\\p{Han}`): it must
    hold every character the installed `regex` calls Han, over all of Unicode, and besides
    them only code points that Unicode has not assigned yet."""
    import re

    import regex

    from newsextract.text import rules

    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    ours, han = set(re.findall(f"[{rules.HAN}]", every)), set(regex.findall(r"\p{Han}", every))
    assert han <= ours
    assert regex.findall(r"[^\p{Han}\p{Cn}]", "".join(sorted(ours - han))) == []


@pytest.mark.parametrize("text, grams", [("植树节,志愿者植树", {"植树", "树节", "志愿", "愿者", "者植"}),
                                         ("3月12日 A4纸", set()), ("的、地", set()), ("〇〇七", {"〇〇", "〇七"})])
def test_bigrams_stay_inside_runs_of_han(text, grams):
    from newsextract.layout.topic import bigrams

    assert bigrams(text) == grams


# figures count as words: a date or an amount whole (`1月17日`, `3年2月`, `6.3%`), each end of
# a range a figure of its own; in a title no pair opens with a date's unit (`日登`)
@pytest.mark.parametrize("text, title, figures, pairs", [
    ("学测1月17日登场", True, {"1月17日"}, {"学测", "登场"}),
    ("将于明年1月17日至19日举行", False, {"1月17日", "19日"}, {"将于", "于明", "明年", "日至", "日举", "举行"}),
    ("公布114年1至11月运输统计", False, {"114年", "11月"}, {"公布", "运输", "输统", "统计", "月运"}),
    ("判刑3年2月", True, {"3年2月"}, {"判刑"}),
    ("外贸进出口增长6.3%", True, {"6.3%"}, {"外贸", "贸进", "进出", "出口", "口增", "增长"}),
    # counterexamples: a unit that is a word goes on counting in a title (`浓度`, `职缺`); digits
    # with nothing after them, and numerals in Han, are no figure
    ("PM2.5浓度再降", True, {"2.5浓"}, {"浓度", "度再", "再降"}),
    ("1650职缺等你来", True, {"1650职"}, {"职缺", "缺等", "等你", "你来"}),
    ("编号 2025 的提案", False, set(), {"编号", "的提", "提案"}),
    ("提款千万", True, set(), {"提款", "款千", "千万"}),
])
def test_terms_count_figures_with_their_units(text, title, figures, pairs):
    from newsextract.layout.topic import terms

    assert terms(text, title) == figures | pairs


# ------------------------------------------------------------------ the example page, scored
@pytest.mark.skipif(not SHARED.exists(), reason="../shared (pages, gold, scorer) is not beside the repo")
def test_example_page_segmentation(tmp_path):
    seg = shared_score(EXAMPLE, EXAMPLE_GOLD, tmp_path)["segmentation"]
    assert seg["pairwise_f1"] >= 0.95
    assert seg["headline_accuracy"] == 1.0
    assert seg["byline_accuracy"] >= 0.9
    assert seg["joins_precision"] == 1.0 and seg["joins_recall"] == 1.0
    assert seg["photos_found"] == 1.0


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (pages, gold, scorer) is not beside the repo")
def test_example_page_details():
    raw = EXAMPLE.read_text(encoding="utf-8")
    gold = json.loads(EXAMPLE_GOLD.read_text(encoding="utf-8"))
    page = Page(raw)
    lines = raw.split("\n")
    for ga in gold["articles"]:
        article = page.holding(lines[ga["lines"][0]][:12])
        assert article.continued_from == ga["continued_from"]
        assert article.truncated == ga["truncated"], ga["id"]
        assert article.subheadings == ga["subheadings"]
    by_line = {ph["line"]: ph for ph in gold["photos"]}
    gold_ids = [a["id"] for a in gold["articles"]]
    for line, ph in by_line.items():
        photo = page.holding(lines[line][:12])
        owner = gold["articles"][gold_ids.index(ph["article"])] if ph["article"] else None
        target = page.holding(lines[owner["lines"][0]][:12]) if owner else None
        assert photo.illustrates == (target.id if target else None)
    # `(周利芳)` at the paragraph's end is cut from the paragraph
    trees = page.holding("本报讯 3月11日至12日")
    assert trees.paragraphs[-1].text.endswith("的种子。")


# ------------------------------------------------------------------ the fixture pages: what the scorer does not check
FIXTURE_GOLDS = sorted((ROOT / "tests" / "pages").glob("*.json"))


def _line_holder(raw: str, articles, line: int):
    starts = [0]
    for text in raw.split("\n"):
        starts.append(starts[-1] + len(text) + 1)
    for article in articles:
        for paragraph in article.paragraphs:
            if any(bisect.bisect_right(starts, s) - 1 == line for s, _ in paragraph.spans):
                return article
    return None


@pytest.mark.parametrize("gold_path", FIXTURE_GOLDS, ids=lambda p: p.stem)
def test_fixture_page_jumps_truncation_labels_and_photo_links(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (ROOT / "fixtures" / gold["page"]).read_text(encoding="utf-8")
    _, articles = parse_page(raw)
    ids = {}
    for ga in gold["articles"]:
        article = _line_holder(raw, articles, ga["lines"][0])
        ids[ga["id"]] = article.id
        assert (article.continued_from, article.continued_to) == (ga["continued_from"], ga["continued_to"]), ga["id"]
        assert article.truncated == ga["truncated"], ga["id"]
        required = sorted(label["text"] for label in ga["labels"] if not label.get("optional"))
        assert set(required) <= set(article.labels), ga["id"]
    for photo in gold["photos"]:
        found = _line_holder(raw, articles, photo["line"])
        assert found.kind == "photo" and found.byline.photographers == photo["photographers"]
        assert found.illustrates == (ids[photo["article"]] if photo["article"] else None), photo["id"]


# Issue 12: `\r`-only, U+2028 and the other line breaks of str.splitlines were no breaks,
# and a page of 8 articles came out as 1.
@pytest.mark.parametrize("brk", ["\r", "\u2028", "\u2029", "\x85", "\v", "\f", "\x1c", "\x1e"], ids=repr)
def test_any_line_break_gives_the_same_page(brk):
    from newsextract import extract

    raw = (ROOT / "fixtures" / "luoyang_front.txt").read_text(encoding="utf-8")
    expected = extract(raw, published="2025-03-13")
    assert len(expected.articles) > 5
    other = raw.replace("\n", brk)
    page = extract(other, published="2025-03-13")
    assert page == expected  # one character for one: the same offsets, the same text
    assert_spans(other, page)


def test_crlf_breaks_give_the_same_articles():
    from newsextract import extract

    raw = (ROOT / "fixtures" / "luoyang_front.txt").read_text(encoding="utf-8")
    expected = extract(raw, published="2025-03-13")
    crlf = raw.replace("\n", "\r\n")
    page = extract(crlf, published="2025-03-13")
    assert_spans(crlf, page)
    assert [(a.headline, [p.text for p in a.paragraphs], [e.type for e in a.events]) for a in page.articles] == \
        [(a.headline, [p.text for p in a.paragraphs], [e.type for e in a.events]) for a in expected.articles]


# ------------------------------------------------------------------ issue 18: fields of the styles of page
def _rows(name: str) -> list[str]:
    return next(r for r in read_cases("line_sequences") if r["lines"].startswith(name))["lines"].split(" ⏎ ")


def test_web_items_take_their_metadata_lines_out_of_headline_and_body():
    raw = page_of(*_rows("慈利县开通城乡公交新线路"))
    page = extract(raw)
    first, second = page.articles
    assert (first.kind, first.headline, first.dateline, first.source) == (
        "web", "慈利县开通城乡公交新线路", "2025-04-08 16:20", "张家界日报")
    assert raw[slice(*first.dateline_span)] == first.dateline
    assert first.byline.reporters == ["周凯"] and first.labels == [] and len(first.paragraphs) == 2
    assert (second.kind, second.dateline, second.source, second.byline.authors) == (
        "web", "2025-04-07 09:15", "桑植县融媒体中心", ["向阳"])
    assert not any("编辑" in p.text or "来源" in p.text for a in page.articles for p in a.paragraphs)
    # with no publication date, the latest item's date is the reference date
    assert (page.published, page.published_inferred) == (dt.date(2025, 4, 8), True)
    # the item's date is one of its dates, quoting the metadata line
    assert [(d.text, str(d.value.start)) for d in first.dates][:1] == [("2025-04-08 16:20", "2025-04-08")]


@pytest.mark.parametrize("phrase, headlines", [
    ("长沙西站启用", [  # the station's item: most of the phrase's words are its own (heldout42/wire_news)
        "一季度规上工业增加值增长6.2%", "长沙西站启用", None,
        "上海港一季度集装箱吞吐量增长8.1%", "江西今年新建高标准农田160万亩"]),
    ("环球视野", [  # counterexample: a column's name that shares none of the item's words labels the item below
        "一季度规上工业增加值增长6.2%", None, None,
        "上海港一季度集装箱吞吐量增长8.1%", "江西今年新建高标准农田160万亩"]),
])
def test_a_phrase_of_a_column_names_length_under_an_item_that_speaks_of_it_is_its_headline(phrase, headlines):
    """On a wire page that sets its titles after their text, a phrase of a column name's length under
    an item with no headline heads it when it speaks of it (`_phrase_of_item`), else it labels the item below."""
    rows = next(r["lines"].split(" ⏎ ") for r in read_cases("line_sequences")
                if r["lines"].startswith("国内国际 ⏎ 新华社北京4月8日电") and f" ⏎ {phrase} ⏎ " in r["lines"])
    articles = extract(page_of(*rows), published="2025-04-08").articles
    assert [a.headline for a in articles] == headlines
    assert [phrase in a.labels for a in articles] == [False, False, phrase == "环球视野", False, False]


def test_a_source_line_after_the_text_names_its_outlet():
    _, (article,) = parse_page(page_of(
        "全国春耕进度过六成",
        "农业农村部最新农情调度显示，全国春播粮食已完成六成以上，南方早稻栽插进度过半。",
        "（来源：新华网）",
    ))
    assert (article.source, article.dateline, len(article.paragraphs)) == ("新华网", None, 1)


def test_a_web_items_metadata_line_above_its_title_keeps_the_title_its_headline():
    """`来源：… 发布时间：…` / a title / its text, among wire items titled after their text: the
    title is the web item's headline (not a section of it, nor another item's), whether its
    text opens with a dateline or plainly. Counterexample: metadata under its title, as usual."""
    for rows, web in ((_rows("湖南一季度新增城乡公交线路42条"), "湘潭新增公共停车位800个"),
                      (_rows("江西一季度新开通城际公交线路15条"), "衡阳东洲岛景区恢复开放"),
                      (_rows("郴州新增两所公办幼儿园"), "郴州新增两所公办幼儿园")):
        articles = extract(page_of(*rows), published="2025-04-10").articles
        item = next(a for a in articles if a.kind == "web")
        assert (item.headline, item.subheadings) == (web, [])
        assert all(a.headline for a in articles)


@pytest.mark.parametrize("meta, opening, dateline, dates", [
    # a web item copying a wire dispatch: the dispatch's dateline is the item's (its place is read),
    # and the metadata line's date is a date of the item as well (heldout7/12/14/25 wire_news)
    ("来源：中国新闻网  发布时间：2025-12-17 10:25  编辑：王 一 帆",
     "中新网长春12月17日电（记者 郭 佳）记者17日从吉林省民航机场集团获悉，",
     "中新网长春12月17日电", ["2025-12-17 10:25", "12月17日", "17日"]),
    ("来源：宁夏新闻网  发布时间：2025-12-10 17:36  责任编辑：刘 洁",
     "新华社银川12月10日电 宁夏回族自治区统计局10日发布数据，",
     "新华社银川12月10日电", ["2025-12-10 17:36", "12月10日", "10日"]),
    # counterexample: a web item without a dateline of its own has its date once, as its dateline
    ("来源：宁夏新闻网  发布时间：2025-12-17 16:08  责任编辑：刘 洁",
     "固原市住房和城乡建设局17日启动冬季供暖“暖心行动”，",
     "2025-12-17 16:08", ["2025-12-17 16:08", "17日"]),
])
def test_a_web_items_metadata_date_is_its_date_under_a_wire_dateline(meta, opening, dateline, dates):
    raw = page_of("机场开通至首尔航线", meta, opening + "走访城区老旧小区，入户检修供暖设施。")
    (article,) = extract(raw, published="2025-12-18").articles
    assert (article.kind, article.dateline) == ("web", dateline)
    assert [d.text for d in article.dates] == dates
    assert all(raw[d.start:d.end] == d.text for d in article.dates)
    assert "metadata_date" not in article.model_dump_json()  # not part of the JSON contract


def test_wire_items_are_wire_and_a_short_unsigned_item_is_a_brief():
    _, articles = parse_page(WIRE)
    assert {a.kind for a in articles} == {"wire"}
    _, articles = parse_page(page_of(
        "县城新增两处充电站",
        "本报讯 4月1日，县城新增两处公共充电站，共设充电桩24个。",
        "县图书馆延长开放时间",
        "本报讯（记者 向 东）4月1日起，县图书馆每天开放时间延长至晚上9时。",
    ))
    assert [a.kind for a in articles] == ["brief", "news"]


def test_kicker_is_its_own_field_and_stays_in_the_headline():
    page = Page(KICKER)
    article = page.holding("本报兰州")
    assert article.kicker == "深化改革 激发活力"
    assert article.headline == "深化改革 激发活力 兰州新区今年引进项目120个"
    assert page.raw[slice(*article.headline_span)] == "兰州新区今年引进项目120个"


def test_hong_kong_names_keep_their_characters():
    raw = page_of(*_rows("區議會通過社區設施撥款"))
    (article, photo) = sorted(parse_page(raw)[1], key=lambda a: a.kind)
    assert (article.kind, article.dateline, article.byline.reporters) == ("news", "本報訊", ["梁國雄"])
    assert (photo.kind, photo.byline.photographers) == ("photo", ["梁國雄"])


def test_a_notice_signature_is_text_of_the_notice_and_a_list_line_has_mentions():
    raw = page_of(*_rows("关于开展城区违法建设专项整治的通告"))
    notice = extract(raw, published="2025-03-30").articles[0]
    assert notice.paragraphs[-1].text == "2025年3月28日" and not notice.truncated
    assert "吉首市城市管理和综合执法局" in [o.text for o in notice.organizations]
    assert "2025年3月28日" in [d.text for d in notice.dates]
    raw = page_of(*_rows("全市中学生运动会闭幕"))
    (article,) = extract(raw, published="2024-10-21", home="张家界市").articles
    assert {"市第一中学", "市第七中学", "市民族中学", "市实验中学"} <= {o.text for o in article.organizations}
    assert "8名" in [s.text for s in article.statistics] and not article.subheadings


def test_series_label_above_an_opening_is_a_label_when_the_title_follows_the_text():
    _, articles = parse_page(page_of(*_rows("乡村振兴一线")))
    first = articles[0]
    assert (first.headline, first.labels) == ("浦市镇椪柑加工忙", ["乡村振兴一线"])
    # with no title after the text, a short phrase above it that shares its words is the headline
    _, (alone,) = parse_page(page_of(
        "椪柑产业一线",
        "本报讯（记者 罗 敏）5月6日，泸溪县的椪柑加工厂里，工人们忙着分拣、打蜡、装箱，椪柑产业带动果农增收。",
        "据厂长介绍，今年工厂收购椪柑1.8万吨。",
    ))
    assert (alone.headline, alone.labels) == ("椪柑产业一线", [])


# ------------------------------------------------------------------ line sequences → roles, articles, joins
ROLE_LETTERS = {"headline": "H", "label": "L", "subheading": "S", "body": "B", "byline": "Y", "caption": "C",
                "continuation": "J"}


def _role_letter(info) -> str:
    if info.whole:
        return "W"
    if info.meta is not None:
        return "M"
    return ROLE_LETTERS[info.role]


def _partition(owners) -> list[int]:
    """Owners → group numbers by first appearance: two lists name the same grouping when equal."""
    seen: dict[str, int] = {}
    return [seen.setdefault(o, len(seen)) for o in owners]


def _owner(articles, line: str, start: int) -> str:
    """The article holding a line: a piece of its paragraphs starts there, or the line is its main
    title, one of its kicker lines or one of its labels."""
    for a in articles:
        if any(s == start for p in a.paragraphs for s, _ in p.spans) \
                or a.headline_span and a.headline_span[0] == start \
                or a.kicker and (line in a.kicker.split(" ") or line in a.kicker) or line in a.labels \
                or line in a.subheadings:  # a kicker line may hold spaces (`比技能 强服务`)
            return a.id
    return f"none at {start}"


@pytest.mark.parametrize("row", read_cases("line_sequences"), ids=lambda r: r["lines"][:12])
def test_line_sequence(row):
    lines = row["lines"].split(" ⏎ ")
    raw = page_of(*lines)
    infos = roles.classify_page(split_lines(fold(raw)))
    assert "".join(_role_letter(i) for i in infos) == row["roles"]
    _, articles = parse_page(raw)
    starts = [raw.index(line + "\n") + len(line) - len(line.lstrip()) for line in lines]  # lines are distinct;
    # an indented line's text starts after its indent
    checked = [k for k, letter in enumerate(row["articles"]) if letter != "."]
    owners = [_owner(articles, lines[k], starts[k]) for k in checked]
    assert _partition(owners) == _partition(row["articles"][k] for k in checked), owners
    joins = [f"{bisect.bisect_right(starts, x) - 1}>{bisect.bisect_right(starts, y) - 1}"
             for a in articles for p in a.paragraphs
             for (x, _), (y, _) in zip(p.spans, p.spans[1:], strict=False)]  # neighbours: one pair fewer
    assert (",".join(joins) or "-") == row["joins"]
    for a in articles:
        for p in a.paragraphs:
            assert "".join(raw[s:e] for s, e in p.spans) == p.text


def test_a_closing_dateline_in_parentheses_closes_and_dates_its_dispatch():
    """`(本报罗马3月4日电)` after a dispatch's text (a paper that closes its dispatches with the
    dateline): the dispatch's dateline, so its `今天` is 4 March, not the day of publication;
    the next title opens another article. Counterexample: a plain parenthesised note is no dateline."""
    text = ("意大利举办中国文化周\n\n意大利中国文化周活动今天在罗马开幕，展出中国书画作品200余件。\n\n"
            "活动将持续到本月10日。\n\n（本报罗马3月4日电）\n\n西班牙旅游业持续回暖\n\n"
            "西班牙国家统计局数据显示，今年1月入境游客同比增长6%。\n")
    first, second = extract(text, published="2025-03-05").articles
    assert first.headline == "意大利举办中国文化周" and first.dateline == "本报罗马3月4日电"
    day = next(d for d in first.dates if d.text == "3月4日")  # read as an opening dateline's day is
    assert day.value is not None and day.value.start.isoformat() == "2025-03-04"
    assert second.headline == "西班牙旅游业持续回暖" and second.dateline is None
    assert roles.closing_dateline(fold("（作者为市图书馆馆长）")) is None
    assert roles.closing_dateline(fold("（新华社北京3月4日电）全文如下")) is None


def test_a_credit_line_after_a_credited_story_credits_the_text_below_it():
    """`记者 王 丽 通讯员 陈 斌` between a story whose dateline named its reporter and a paragraph with
    no dateline: the paragraph's article is theirs, the story above keeps its own reporter.
    Counterexample: after a story whose dateline named no one, the line closes that story."""
    rows = _rows("城区新增公共停车位1200个")
    credited = extract(page_of(*rows), published="2025-09-24").articles
    assert [(a.headline, a.byline.reporters, a.byline.correspondents) for a in credited if a.kind != "photo"] == [
        ("城区新增公共停车位1200个", ["刘强"], []), ("供水管网改造完成三成", ["王丽"], ["陈斌"]),
        ("全市举办农民丰收节", ["张明"], [])]
    uncredited = extract(page_of(rows[0], "本报讯 市城管局近日完成城区公共停车位施划，新增泊位1200个。", rows[2]),
                         published="2025-09-24").articles
    assert [(a.headline, a.byline.reporters, a.byline.correspondents) for a in uncredited] == [
        ("城区新增公共停车位1200个", ["王丽"], ["陈斌"])]
    # a credit in parentheses closes the text above it, whatever stands below
    lines = [*rows[:2], "（记者 王 丽 通讯员 陈 斌）", *rows[3:]]
    closed = [a for a in extract(page_of(*lines), published="2025-09-24").articles if a.kind != "photo"]
    assert (closed[0].byline.reporters, closed[0].byline.correspondents) == (["刘强", "王丽"], ["陈斌"])


def test_taiwan_stories_keep_their_reporters_and_datelines_as_written():
    """`【記者吳俊賢／花蓮報導】`: the reporter (as written) and the dateline; a short item titled
    under its text has no byline."""
    first, second = extract(page_of(*_rows("花蓮縣觀光產值")), published="2025-11-12").articles
    assert (first.headline, first.byline.reporters, first.dateline) == (
        "花蓮縣觀光產值1,050億元 創新高", ["吳俊賢"], "記者吳俊賢／花蓮報導")
    assert second.byline.reporters == ["林雅雯"]
    rows = next(r["lines"] for r in read_cases("line_sequences") if "圖書館週末延長開放" in r["lines"]).split(" ⏎ ")
    item = [a for a in extract(page_of(*rows), published="2025-11-12").articles if a.headline == "圖書館週末延長開放"]
    assert len(item) == 1 and item[0].byline.reporters == [] and item[0].kind == "brief"


@pytest.mark.parametrize("title, headline", [
    ("送法进山村暖民心", "送法进山村暖民心"),  # longer than a column name: the opening's own short headline
    ("法治故城", None),                          # a column name: a label, though right above
])
def test_a_phrase_right_above_an_opening_heads_it_when_longer_than_a_column_name(title, headline):
    """A short single phrase that repeats none of the words of the article it stands on, right
    above its dateline, is its headline when no title shares more: unless it is a column
    name's length."""
    _, articles = parse_page(page_of(
        title, "本报讯 9月5日，县人民法院在大王庄村文化广场公开审理一起纠纷案，200余名村民旁听。",
        "县城新开两条公交线路", "本报讯 9月6日，县城新开通两条公交线路，方便沿线群众出行。"))
    assert articles[0].headline == headline
    assert articles[1].headline == "县城新开两条公交线路"


# a titled item, then a court's item opened by its dateline with no title above it
_COURT_ITEM = ("县委召开理论学习中心组学习会",
               "本报讯（记者 向 红）11月19日，县委理论学习中心组举行集体学习，传达学习有关会议精神。",
               "本报讯（通讯员 桃 法）昨天下午，县人民法院在理公港镇公开开庭审理一起土地承包纠纷案。")


@pytest.mark.parametrize("below, headlines", [
    # nothing below: the phrase under the last item's text heads nothing else, it is that item's title
    ((), ["县委召开理论学习中心组学习会", "审判庭搬进农家院"]),
    # the next item's own title stands after its text: the phrase over it is still the item above's
    (("本报讯（通讯员 王 霞）12月9日，团县委组织30余名青年志愿者走进县福利院开展关爱活动。", "青年志愿者走进福利院"),
     ["县委召开理论学习中心组学习会", "审判庭搬进农家院", "青年志愿者走进福利院"]),
    # counterexamples: over an item with no title of its own, the phrase is that item's (by position)…
    (("本报讯（通讯员 王 霞）12月9日，团县委组织30余名青年志愿者走进县福利院开展关爱活动。",),
     ["县委召开理论学习中心组学习会", None, "审判庭搬进农家院"]),
])
def test_a_phrase_under_an_opened_item_that_heads_no_line_below_is_its_title(below, headlines):
    """A phrase longer than a column name right under the text of an item opened by its dateline, with no
    title above it, is its title set after its text when it can head no line below: the page ends there,
    or the item below has its own title after its text (a court item after a notice's date line,
    heldout5/county_news, heldout6/county_news with their items moved by benchmarks.shuffled_blocks)."""
    _, articles = parse_page(page_of(*_COURT_ITEM, "审判庭搬进农家院", *below))
    assert [a.headline for a in articles] == headlines


def test_a_column_name_under_the_last_item_is_no_title():
    """…and a column name's length there stays a label (`便民信息` at the page's end)."""
    _, articles = parse_page(page_of(*_COURT_ITEM, "便民信息"))
    assert [a.headline for a in articles] == ["县委召开理论学习中心组学习会", None]


@pytest.mark.parametrize("lines, kicker, labels", [
    # a series label over a kicker over the main title: the kicker is one line, the label stays a label
    (("乡村振兴看花垣", "春季招聘暖人心", "花垣县乡村春季招聘会提供岗位3000个"), "春季招聘暖人心",
     ["乡村振兴看花垣"]),
    (("产业观察", "古村焕新颜 客从四方来", "花垣县乡村春季招聘会提供岗位3000个"), "古村焕新颜 客从四方来",
     ["产业观察"]),
    # one kicker line alone
    (("春季招聘暖人心", "花垣县乡村春季招聘会提供岗位3000个"), "春季招聘暖人心", []),
])
def test_a_kicker_is_one_line(lines, kicker, labels):
    _, (article,) = parse_page(page_of(
        *lines, "本报讯（记者 麻 娟）3月5日，花垣县乡村春季招聘会在县人民广场举行，"
                "86家企业提供岗位3000个，助力乡村振兴。"))
    headline = f"{kicker} 花垣县乡村春季招聘会提供岗位3000个"
    assert (article.headline, article.kicker, article.labels) == (headline, kicker, labels)


def test_title_lines_stack_over_the_headline_a_short_phrase_does_not():
    """A main title over its bulleted subtitles stays in the headline (title-shaped lines stack);
    a short phrase over a kicker is a label (`test_a_kicker_is_one_line`)."""
    _, (article,) = parse_page(page_of(
        "全市困难群众纳入社会救助兜底保障", "●城市低保标准同比增长7.2%", "●农村低保标准同比增长12.4%",
        "本报讯（记者 潘 跃）记者从市民政局获悉，全市城市低保标准同比增长7.2%，农村低保标准同比增长12.4%，"
        "困难群众全部纳入社会救助兜底保障。"))
    assert article.headline.startswith("全市困难群众纳入社会救助兜底保障") and article.labels == []


def _row_with(words: str) -> list[str]:
    return next(r for r in read_cases("line_sequences") if words in r["lines"])["lines"].split(" ⏎ ")


@pytest.mark.parametrize("words, fields", [
    # a title under a dated item with no headline, over another story's title: that item's headline
    ("把法庭开到村口 ⏎ 全县",
     [("县城新增三处充电站", None, []), ("把法庭开到村口", None, []), ("全县春播进度过半", None, [])]),
    # counterexample: a column name there labels the story below
    ("法治园地", [("县城新增三处充电站", None, []), (None, None, []), ("全县春播进度过半", None, ["法治园地"])]),
    # a column name over a plain paragraph after a dated story: a headline-less item it labels
    ("便民提示", [("县城新增三处充电站", None, []), (None, None, ["便民提示"]), ("全县春播进度过半", None, [])]),
    # a phrase between a series label and a one-phrase main title: its kicker
    ("和美乡村巡礼", [("金秋田野好风光 全镇举办农机手驾驶技能比武", "金秋田野好风光", ["和美乡村巡礼"]),
                ("县城新增三处充电站", None, [])]),
    # counterexample: with no label above it, such a phrase is a label
    ("文明创建在行动", [("小手拉大手 垃圾分类进校园", None, ["文明创建在行动"]), ("县城新增三处充电站", None, [])]),
    # layout40b: a page's slogan at its top, sharing no word and one character with the lead story, labels it
    ("勇立潮头 奋勇争先 ⏎ 县人民医院", [("县人民医院开展送医下乡活动", None, ["勇立潮头 奋勇争先"])]),
    # counterexample: a page-top line whose characters recur in the story (孝, 亲, 老) is its kicker
    ("尊老敬老 孝亲传家", [("尊老敬老 孝亲传家 全县表彰一批孝老爱亲模范", "尊老敬老 孝亲传家", [])]),
    # counterexample: below the page's top such a line is the kicker of the title under it
    ("充电桩48个。 ⏎ 勇立潮头", [("县城新增三处充电站", None, []),
                             ("勇立潮头 奋勇争先 县人民医院开展送医下乡活动", "勇立潮头 奋勇争先", [])]),
    # a slogan naming the county over a kicker and the main title does not stack into the headline
    ("建设新桃源", [("练技能 促就业 县人社局举办春季职业技能培训", "练技能 促就业", ["奋进新征程 建设新桃源"])]),
    # …and right over the main title it labels the story too; one whose other words the story repeats is its kicker
    ("实干屏南 奋勇争先", [("县委理论学习中心组举行集体学习", None, ["实干屏南 奋勇争先"])]),
    ("茶香屏南 春茶开采", [("茶香屏南 春茶开采 全县春茶开采面积达8万亩", "茶香屏南 春茶开采", [])]),
    # a short phrase under the column's label that talks of the story: its kicker; one that shares no word: a label
    ("內需回溫", [("內需回溫 10月零售業營業額年增5.2%", "內需回溫", ["財經"])]),
    ("產業動態", [("10月零售業營業額年增5.2%", None, ["財經", "產業動態"])]),
    # …and so is one that only names a place (a series' item tagged by where it is from)
    ("河南洛阳", [("千盏花灯迎新春", None, ["年味·灯会", "河南洛阳"])]),
    # a column's name and topic joined by a dot is a label, never a kicker
    ("專題．冬日暖心", [("社署擴展長者送飯服務", None, ["港聞", "專題．冬日暖心"])]),
    # a long series line above an opening, the story's headline after its paragraphs; without one, the line heads it
    ("整改隐患9处。 ⏎ 县交通运输局", [("县交通运输局检查客运站安全", None, ["冬春运输安全大检查进行时"]),
                                ("全县春播进度过半", None, [])]),
    ("整改隐患9处。 ⏎ 全县春播", [("冬春运输安全大检查进行时", None, []), ("全县春播进度过半", None, [])]),
])
def test_titles_placed_by_position_and_column_items(words, fields):
    """Issue 18: headlines after a text that repeats none of their words, column-labelled items
    and kickers that share no word with their story (tests/cases/line_sequences.tsv has the
    rows; this checks the fields the rows cannot tell apart)."""
    _, articles = parse_page(page_of(*_row_with(words)))
    assert [(a.headline, a.kicker, a.labels) for a in articles if a.kind != "photo"] == fields


def test_a_title_between_the_paragraphs_of_an_item_without_headline_stays_its_section():
    """Counterexample to the headline placed by position: a title with text below it, inside an
    item, is a subheading; a column-name title over the dated story's own words is a section too."""
    _, articles = parse_page(page_of(*_row_with("审结案件160余件")))
    assert [(a.headline, a.subheadings) for a in articles] == [
        ("县城新增三处充电站", []), (None, ["把法庭开到村口"]), ("全县春播进度过半", [])]
    _, articles = parse_page(page_of(*_row_with("开放时间")))
    assert [(a.headline, a.subheadings) for a in articles] == [
        ("全县春播进度过半", []), ("县图书馆新馆开馆", ["开放时间"]), ("县城新增三处充电站", [])]


def test_a_section_title_after_all_of_its_articles_text_is_its_headline():
    """A title that a page of datelines took as a section of the untitled story above it heads no
    section once the brief under it goes apart: nothing of the story follows it, so it is the
    story's headline set after its text (heldout46/taiwan_news; the shuffled heldout40/economy_page
    sets the same shape). The counterexample, a title with the item's text below it, stays a section
    (`test_a_title_between_the_paragraphs_of_an_item_without_headline_stays_its_section`)."""
    lines = (ROOT / "fixtures" / "heldout46" / "taiwan_news.txt").read_text(encoding="utf-8").split("\n")
    _, articles = parse_page(page_of(*lines))
    story = next(a for a in articles if a.paragraphs and a.paragraphs[0].text.startswith("【記者許 家 豪"))
    assert (story.headline, story.subheadings) == ("前10月旅客破118萬人次 跨年晚會觀音亭登場", [])


def test_an_item_titled_below_takes_its_closing_credit_with_it():
    raw = page_of(*_row_with("預估每日載客量增加3,000人次。 ⏎ 嘉義市政府衛生局"))
    bus, food = (a for a in parse_page(raw)[1] if a.kind != "photo")
    assert (bus.headline, bus.byline.reporters) == ("嘉義市公車路網擴大", ["蔡佳蓉"])
    assert (food.headline, food.byline.reporters) == ("春節食品抽驗 6件不合格", ["何子健"])


def test_a_headless_paragraph_signed_apart_is_an_item_of_its_own():
    raw = page_of(*_row_with("总投资3000万元。（记者 罗 晨）"))
    stories = [(a.headline, a.byline.reporters) for a in parse_page(raw)[1] if a.kind != "photo"]
    assert stories == [("县城新增充电桩200个", ["马文涛"]), ("老旧小区改造惠及3200户", ["孙丽"]), (None, ["罗晨"]),
                       ("油菜种植面积5.2万亩", ["孙丽"])]


@pytest.mark.parametrize("lines, headline, labels", [
    # a campaign slogan over a kicker over the main title, sharing none of the story's words: a label
    (("奋发有为 再创佳绩", "抓春耕 保供给", "全县早稻育秧进度过半"), "抓春耕 保供给 全县早稻育秧进度过半",
     ["奋发有为 再创佳绩"]),
    # counterexample: a title-shaped line that talks of the story stacks (`test_title_lines_stack_over…`)
    (("全县春耕生产有序推进", "抓春耕 保供给", "全县早稻育秧进度过半"),
     "全县春耕生产有序推进 抓春耕 保供给 全县早稻育秧进度过半", []),
])
def test_a_title_that_shares_no_word_stacks_on_no_kicker(lines, headline, labels):
    _, (article,) = parse_page(page_of(
        *lines, "本报讯（记者 田 甜）3月20日，记者从县农业农村局获悉，全县早稻育秧进度过半，春耕生产有序推进。"))
    assert (article.headline, article.labels) == (headline, labels)


def test_a_kicker_under_the_rest_of_a_titled_articles_paragraph_stays_a_kicker():
    """`比服务 强本领` stands under the rest of a broken paragraph (`…上门服务1200余次…`) whose
    article opened under its own titles: the rest has its headline, so the phrase is the kicker of
    the title below it, not a headline set after that text. Counterexample: the kicker above the
    first article's title, with no text above it."""
    articles = extract(page_of(*_rows("送温暖上门 助老人安居"))).articles
    assert [(a.kicker, a.headline) for a in articles if a.kicker] == [
        ("送温暖上门 助老人安居", "送温暖上门 助老人安居 县民政局开展冬季困难老人走访慰问"),
        ("比服务 强本领", "比服务 强本领 全县养老护理员技能大赛举行")]


# a paragraph under an item's last sentence → does it say that it goes on that text (data/paragraph_links.tsv)?
GOES_ON_ABOVE = [
    ("另外，市图书馆将于下周一闭馆一天。", True),  # an opener of addition
    ("据统计，全年接待读者42万人次。", True),  # the source of the figures above
    ("当天，与会人员还观摩了现场。", True),
    ("区气象局又指，本周气温偏低。", True),  # an adverb of addition after the subject
    ("县法院昨日也就另一起案件宣判。", True),
    ("省农业厅当天派出12个工作组，分赴各地督导。", True),  # the day above, after the subject
    ("勞工處處長在會上介紹新措施。", True),  # the meeting above, after the subject
    ("县图书馆同日启用自助借还设备。", True),
    ("县文化馆12月20日在馆内举办书法展。", False),  # a brief with its own subject and day
    ("该局负责人表示，检查将持续到月底。", True),  # a verb of saying closes the first clause
    ("市统计局统计，前三季度全市新增企业1.2万家。", True),  # a source of figures named short: the story's
    ("勞工局統計，今年前三季共推介就業1萬2千人次。", True),
    ("该局统计，全年受理投诉860件。", True),
    ("人民银行常州市分行统计，11月末全市贷款余额9800亿元。", False),  # counterexamples: named in full with
    ("臺中市政府農業局統計，今年前三季外銷農產品3萬噸。", False),  # its place, a brief's own source
    ("广东省统计局统计，前三季度全省新增企业12万家。", False),
    ("二、过往车辆请绕行南环路。", True),  # a numbered part
    ("說明：報名日期自12月15日起。", True),  # a labelled part of a form (traditional script)
    ("另悉，县教育局近日完成校车检查。", True),  # a further item's word
    ("港務局昨日公布，全年吞吐量創新高。", False),  # counterexamples: a brief opens with its own subject
    ("洪山镇2000亩冬小麦完成播种，长势良好。", False),
    ("还款期限延长至明年3月。", False),  # `还款`: no adverb standing alone
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON_ABOVE, ids=[t[:8] for t, _ in GOES_ON_ABOVE])
def test_a_paragraph_says_it_goes_on_the_text_above(text, expected):
    assert goes_on_above(fold(text)) is expected


@pytest.mark.parametrize("words, headlines", [
    # a brief's headline set after its text, right above an item with no title: the brief's alone
    ("11月末全县贷款余额320亿元 ⏎ 本报讯", ["第三届县年货节1月10日开幕", "11月末全县贷款余额320亿元", None]),
    # counterexample: a title that speaks of the item below it is that item's headline (the bank's figures above it
    # are a brief of their own with none, `briefs.opens_brief`)
    ("县加油站计量检查合格率98%", ["第三届县年货节1月10日开幕", None, "县加油站计量检查合格率98%"]),
])
def test_a_title_line_titles_one_article(words, headlines):
    """Issue 18: a title placed already (an item's headline set after its text) is never taken
    again by the article under it, which would have it by position."""
    _, articles = parse_page(page_of(*_row_with(words)))
    assert [a.headline for a in articles if a.kind != "photo"] == headlines


def test_a_rest_with_no_word_of_its_head_past_an_item_closed_by_its_title():
    """A rest sharing no word with its head, under another item's title set after that item, is told by
    its opening: its predicate and no subject of its own (`每年可…`; heldout27/county_news 3→6). The
    counterexample `沿线客流增速比预期加快…` (tests/cases/line_sequences.tsv) opens with its subject."""
    lines = ("茶叶加工厂在城南投产",
             "本报讯（记者 林 小 燕）昨天上午，城南茶叶加工厂正式投产，总投资1.6亿元，达产后年产值可达3亿元，",
             "本报讯（通讯员 王 建）本月11日，城南镇召开全镇农业工作会议，部署今年春耕生产任务。",
             "全镇农业工作会议召开",
             "每年可收购全镇鲜叶2000吨，带动农户户均增收3000元以上。")
    raw = page_of(*lines)
    _, articles = parse_page(raw)
    first = next(a for a in articles if a.paragraphs and a.paragraphs[0].text.startswith("本报讯（记者 林"))
    assert first.paragraphs[0].text.endswith("户均增收3000元以上。")


@pytest.mark.parametrize("last, apart", [
    # a body's report under the last row of a list of places standing alone: another item
    ("县供电公司昨日发布数据，前11个月全县全社会用电量18.6亿千瓦时，同比增长5.2%。", True),
    # counterexample: one more row of the list (a place's name and a colon) goes on it
    ("南山乡：冬季蔬菜种植面积达1.2万亩，日均上市蔬菜约30吨。", False),
])
def test_a_list_of_places_standing_alone_ends_at_its_last_row(last, apart):
    """Issue 18: a list of places with no title right above it (its title set at the top of the page, the rows
    under a story's jump line: heldout52/economy_page) ends at its last row, as one under its title does; a row
    with a long place's name (`临江经济开发区：`) is still a row."""
    lines = ("县城经济稳步回升",
             "本报讯（记者 王 明）县统计局昨日发布数据，前11个月全县规上工业增加值增长7.1%，高于全省平均水平。",
             "（下转第3版）",
             "东城区：前11个月固定资产投资增长6.2%，新签约亿元以上项目12个。",
             "西湖镇：农产品网络零售额增长11.4%，新增家庭农场26家。",
             "临江经济开发区：港口集装箱吞吐量完成8.2万标箱，增长20.3%。",
             last)
    _, articles = parse_page(page_of(*lines))
    rows = next(a for a in articles if a.paragraphs and a.paragraphs[0].text.startswith("东城区"))
    assert [p.text[:3] for p in rows.paragraphs][:3] == ["东城区", "西湖镇", "临江经"]
    assert (rows.paragraphs[-1].text != last) is apart
