"""Does a plain paragraph under an item's last sentence open a headless brief of its own?

A page of briefs sets items with no title and no dateline one under the other (`…按月上升0.9%。` /
`衛生局表示，流感疫苗…`), so the walk, which reads a plain paragraph as the next one of the open
item, ran them into the item above. The decision here is checked against the gold of every
development page (`python3 -m benchmarks.headless_briefs`): each boundary between an item's
paragraph and the next plain paragraph, which goes on that item or is the first line of an
untitled item (or one whose title stands after it), is read with the features below, and the
rule splits when all three hold:

- the paragraph opens a report of its own (`own_opening`): a body the text above does not name
  makes its news public (`教育及青年發展局公佈，…`), says it itself (`衛生局表示，…`, `市商务局提醒，…`), gives
  its figures (`市发改委数据显示，…`), or acts on its day (`金华海关昨日通报，…`) or of late (`省经信厅日前认定…`), or a
  body then the period it reports on (`东莞空港中心今年累计…`), or a subject of its own then the months of its figures
  (`永康市五金产业前10个月…`) or what it will do on a day to come (`市人社局将于下周六…`);
- it shares almost none of the item's words (`FEW_WORDS`, `Topic.share` of the jieba terms of the
  item's titles and paragraphs) and none of its headline's: a paragraph that repeats a word of the
  headline speaks of what the headline says (`市府交通局表示，捷運藍線…` under `捷運綠線日均運量突破8萬人次`,
  unseen_stats/taichung_news; all five boundaries that go on with a body's opening and few shared words
  share a headline word, against 16 of the 122 that split);
- the item above is one paragraph so far (`ONE_PARAGRAPH`; the rows of its list, `智能制造：…`, or of its fact
  box, lines that stand whole, are no paragraphs): a story of several paragraphs goes on with a body's report
  (`澳門國際機場專營股份有限公司公布，…` as the third paragraph of a visitors' story, heldout43/macau_news,
  stays missed).

Not an opening of its own: a paragraph that says it goes on the text above (`据介绍，…`, `县人社局还将…`:
`links.goes_on_above`), a body's figures cited in a clause (`英国国家统计局昨天公布的数据显示，…`,
`东盟秘书处当天发布的数据显示，…`: four rows on two wire pages, all the story's next paragraph), a person's
word (`財政司司長昨日在立法會會議上答問時表示，…` under the retail figures, unseen_a/hongkong_news). Two
readings are held back where the item's words are not all known: a body's word under a report whose
headline is not right above it (its title stands elsewhere: `市府交通局表示，…` under `【記者…／臺中報導】
臺中捷運公司統計，…`, unseen_stats/taichung_news, and unseen/taiwan_news), and, past a title that closes the
item above, a paragraph named by no body (it may be the rest of a story further up: the walk's
`_story_above_uses`).

Past the last row of a list of places under a title of its own (`区县经济速览` / `吴兴区：…` / `南浔区：…`:
`Above.listed`, read by `articles._titles_list`, or standing alone: `articles._lists_places`), a paragraph that
is no row opens another item (`市人社局将于下周六…` under `启东市：…`, heldout47/economy_page; `马鞍山海关12月10日
发布数据，…` under `雨山区：…`, heldout52): that list stood whole.

The walk (`articles._Walk._opens_brief`) reads the same features of the open item: its titles over its
text, its paragraphs so far. Counts over the gold of the 228 development pages (recomputed by
`python3 -m benchmarks.headless_briefs`, pinned by tests/test_headless_briefs.py): of 499 boundaries where
a headless item starts, the rule splits 217 right; of 453 where the item goes on (or the paragraph goes on
a story further up), it splits none (0 wrong); 282 missed (most of them split already by what the walk and
`articles._briefs_apart` read: a title, a page of briefs, a credit; some open with no body, `1至11月，全市…`,
or share the trade's words, `永康市五金产业前10个月…` under the power use: 0.059 of the item's words).
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from .. import lexicon
from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern
from . import joins as _joins
from . import links as _links
from .roles import LineInfo
from .topic import Topic

FEW_WORDS = 0.05  # a paragraph sharing less than this of the item's words speaks of something else
ONE_PARAGRAPH = 1  # the item above has at most this many paragraphs (lines that stand whole not counted)


def opens_brief(text: str, grams: frozenset[str], above: Above, topic: Topic) -> bool:
    """Does the paragraph `text` (its terms `grams`), right under the last sentence of the item `above`, open a
    headless brief of its own? (`topic` weighs the page's terms.)"""
    if above.listed:
        # past a list's last row what is no row is another item (a row may open with a long place's name:
        # `郑蒲港新区：…`, heldout52/economy_page)
        return not _links.LABELLED_PART.match(text) and not _PLACE_LABEL.match(text)
    if above.opened and not above.title_grams and _body_speaks(text):
        return False  # a report whose headline stands away from it: its words are not all known yet
    if above.titled_after and _joins.leading_body(text) is None:
        return False  # past a title that closes the item, a paragraph named by no body may be a story's rest
    return above.paragraphs <= ONE_PARAGRAPH and own_opening(text, above.text) \
        and grams.isdisjoint(above.title_grams) and topic.share(grams, above.grams) < FEW_WORDS


def counts_as_paragraph(info: LineInfo) -> bool:
    """Is the body line a paragraph of a story, for `Above.paragraphs`? Not a line that stands whole (a fact
    box's row, a notice's signature) nor a list's row opened by its label and a colon (`智能制造：年产50万台…
    项目，总投资38亿元；` under the signing of the projects, heldout48/economy_page; `崇川区：…`)."""
    return not info.whole and not _links.LABELLED_PART.match(info.body_text)


# a place's name and a colon: `吴兴区：`, `如皋市：`, `常州经开区：` (not a form's label: `主旨：`, `时间：`, `主办：`)
_PLACE_LABEL = compile_pattern(r"[^\W\d_]{1,6}[省市县区州旗镇乡]:")


def place_row(info: LineInfo) -> bool:
    """Is the body line a row of a list of places, each with its figures or news: opened by a place's name and
    a colon (`吴兴区：1—10月，…`, `崇川区：1至10月…`, `湖里区：…`), standing in no fact box (whose rows stand whole)
    and with no dateline? A form's rows (`主旨：…`, `时间：…`) are a notice's or a story's parts, no list of items."""
    return not info.whole and not info.dateline and _PLACE_LABEL.match(info.body_text) is not None


class Above(NamedTuple):
    """What the decision reads of the item above: its titles' and paragraphs' text, the terms of its titles and
    of all of it, and its paragraphs so far (lines that stand whole, a list's or a fact box's rows, not counted)."""

    text: str
    title_grams: frozenset[str]
    grams: frozenset[str]
    paragraphs: int
    opened: bool = False  # its first paragraph opens with a dateline
    titled_after: bool = False  # its headline stands between it and the paragraph
    listed: bool = False  # it is a list of places (`吴兴区：…` rows under `区县经济速览`, or alone), rows so far


def own_opening(text: str, above: str) -> bool:
    """Does the (folded) paragraph open a report of its own, by a body the text `above` does not name?"""
    if _links_above(text) or _cites(text):
        return False
    if _joins.opens_body_publishing(text) or _body_speaks(text) or _joins.opens_sourced_report(text):
        return source_named_apart(text, above)
    if _links.cue(text) == "says":
        return False  # a person's word (`財政司司長昨日在立法會會議上答問時表示，…`), not the body's own
    return _joins.opens_dated_report(text) and _named_apart_if_body(text, above) or opens_period_of_body(text, above) \
        or _recent_of_body(text, above) or _subject_months(text, above) or _announces(text, above)


def _recent_of_body(text: str, above: str) -> bool:
    """Does the paragraph open with a body named in full that the text `above` does not name, then a recent day
    or month with no figure (`市财政局日前下达…`, heldout31/economy_page; `省经信厅日前认定…`, heldout48; `县总工会日前
    启动…`, heldout50/county_news; `市市场监管局近日公布…`, heldout39; `市政署上月在全澳街市…`, heldout29/macau_news)?
    A report of its own, as `opens_dated_report`'s who and day: of the 19 such paragraphs at the gold boundaries
    (17 pages, 15 folders), 18 open an item; the one that goes on (`市委常委会日前召开会议强调，…`, wenzhou_p3)
    shares the story's words."""
    name = _joins.leading_body(text)
    return name is not None and text.startswith(_joins.RECENT_AFTER_BODY, len(name)) and named_apart(name, above)


# who, then the months its figures are of: `前10个月`, `1至10月`, `7月`, `一季度`, `上半年` (a bare year, `今年`, is
# a story's too: `常德桃花源机场今年计划…`, `报告回顾去年工作时说，…`); not a scope word of the item's own (`全市…`,
# `该公司…`, `这家企业…`)
_SUBJECT_MONTHS = compile_pattern(r"(?![全我本该各这此其])(?P<who>[^\W\d_]{3,12}?)"
                                  r"(?P<period>前?[0-9]{1,2}(?:至[0-9]{1,2})?个?月份?|前?[一二三四]季度|[上下]半年)"
                                  r"(?![0-9日号])")


def _subject_months(text: str, above: str) -> bool:
    """Does the paragraph open with a subject of its own, one the text `above` does not name, and the months its
    figures are of, no comma between (`醴陵市陶瓷产业前4个月实现出口额…`, heldout34/economy_page; `义乌中国小商品城
    前10个月…`, heldout48; `中山港7月完成…`, `翠亨新区上半年完成…`, heldout44; `宁波栎社国际机场1至2月…`, heldout42)?
    The subject ends a word (`dictionary().cut`) and no dangling word ends it, as `opens_dated_report` reads its
    actor. Of the 18 such paragraphs at the gold boundaries (12 pages), all open an item."""
    m = _SUBJECT_MONTHS.match(text)
    if m is None or m.group("who") in above or m.group("who")[-1] in _joins.dangling():
        return False
    pos = 0
    for token in dictionary().cut(text[:m.end("who") + 1]):
        if pos >= m.start("period"):
            return pos == m.start("period")
        pos += len(token)
    return False


# who, then `将于` and when: `市人社局将于下周一在…举办`, `勞工處將於下周三（16日）…`
_ANNOUNCED = compile_pattern(r"(?![全我本该各这此其])(?P<who>[^\W\d_]{3,16}?)将于"
                             r"(?:本月|下周|下月|明年|今年|[0-9]{1,2}月|[0-9]{1,2}日)")


def _announces(text: str, above: str) -> bool:
    """Does the paragraph open with a subject of its own, one the text `above` does not name, and what it will do
    on a day or month to come (`市人社局将于本月20日在苏州国际博览中心举办…`, heldout45/economy_page; `勞工處將於
    下周三（16日）至周四（17日）在九龍灣…`, heldout39/hongkong_news; `首届浙中年货博览会将于本月18日至22日…`,
    heldout48)? A notice of an event to come, an item of its own: the 12 such paragraphs at the gold boundaries
    (12 pages, 12 folders) all open one; a story's next paragraph goes on its own subject (`活动将于…`,
    `该展会将于…`)."""
    m = _ANNOUNCED.match(text)
    return m is not None and m.group("who") not in above


def _links_above(text: str) -> bool:
    """Does the paragraph say it goes on the text above, other than by a body's own word (`据介绍，…`, `另外，…`,
    `县人社局还将…`)?"""
    return _links.cue(text) not in (None, "says")


def _named_apart_if_body(text: str, above: str) -> bool:
    name = _joins.leading_body(text)
    return name is None or named_apart(name, above)


def _body_speaks(text: str) -> bool:
    """Does the first clause name a body and its verb of saying alone (`衛生局表示，`, `市商务局提醒，`), the body's
    own word? Not a person of it (`財政司司長…表示，`, `市统计局相关负责人表示，`)."""
    name = _joins.leading_body(text)
    if name is None or not _joins.opens_body_saying(text):
        return False
    clause = text[:min((i for i in map(text.find, ",;。:") if i >= 0), default=len(text))]
    return clause[len(name):] in _saying_words()


@functools.cache
def _saying_words() -> frozenset[str]:
    return frozenset(w for w, (place,) in lexicon.mapping("paragraph_links").items() if place == "says")


_CITED = compile_pattern(r"[^\W\d_]{3,30}?的(?:数据|统计)")


def _cites(text: str) -> bool:
    """Does the first clause cite a body's figures in a relative clause (`英国国家统计局昨天公布的数据显示，`)? A
    story gives so the figures it speaks of; a brief opens with the body's own (`市发改委数据显示，`)."""
    return _CITED.match(text) is not None


# the period a body reports on, right after its name: `今年`, `今年首三季`, `1至11月`, `前11个月` (a day
# after the name is `opens_dated_report`'s)
def opens_period_of_body(text: str, above: str) -> bool:
    """Does the paragraph open with a body named in full that the item `above` does not name, then
    the period it reports on (`东莞空港中心今年累计承接…` under a customs item, heldout24/economy_page;
    `社署安老院牌照事务处今年首三季…`, heldout15/hk_news; `卫生署控烟酒办公室今年首十个月…`,
    heldout17/hk_news)? That is a report of its own, as `opens_dated_report`'s who and day: every
    such paragraph of the gold pages opens an item."""
    name = _joins.leading_body(text)
    return name is not None and _joins.PERIOD_AFTER_BODY.match(text, len(name)) is not None \
        and named_apart(name, above)


def source_named_apart(text: str, above: str) -> bool:
    """Is the paragraph the word of a body named in full that the text `above` does not name
    (`市财政局介绍，…`, `县农业农村局提醒：…`, `市文化和旅游局统计，…`, `市财政局1月23日透露，…`)? Then
    its verb of saying or counting (`goes_on_above`) opens a brief of that body's own, not the
    text above's next paragraph; a body the text above names goes on it (`江苏省商务厅表示，…` under
    `记者昨天从江苏省商务厅获悉…`, heldout20/web_news; `县人社局表示，…` under `县人社局昨日举办…`). The
    body is named above when its name's last words are (`财政局` of `市财政局`)."""
    name = _joins.leading_body(text)
    return name is not None and named_apart(name, above)


def named_apart(name: str, above: str) -> bool:
    """`source_named_apart` for the body's name already found (`leading_body`)."""
    head = next(h for h in _joins.body_heads() if name.endswith(h))
    return name[-min(len(name), len(head) + 2):] not in above


