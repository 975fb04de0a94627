"""Counted things named by what their sentence says they took part in or got: the bare noun after the
count would count them all.

- Projects signed (`现场签约27个项目`, `首日签约22个项目`): `现场签约项目`, the word before 签约 kept, as the
  golds of heldout10, heldout14, heldout18, heldout20 and heldout21 economy_page and heldout10/wire_news
  write it (the older golds' `签约项目` is the same). Only a bare 项目: a kind named (`签约3个新能源项目`)
  says which already.
- Firms offering jobs right after a clause that holds a job fair (`举办专场招聘会，42家企业将提供岗位`):
  those taking part in the fair, `参加招聘会企业` (heldout6/economy_page, heldout14 and heldout20
  county_news, heldout16 and heldout20 macau_news), when the count opens its clause (a scope such as
  `县内外`, a forecast `预计` or a tally `共有` aside; unseen_layout/chenggu_county keeps `企业`: 5 pages to 1).
  So for a fair held as an activity (`招聘活动`, `聯合徵才活動` → `参加招聘活动企业`), organizations and vendors
  (`機構`, `廠商`), offered on site or released (`现场提供`, `釋出`: heldout25 county_news, economy_page and
  taiwan_news, heldout26/hongkong_news). Not after `将有` (heldout7 keeps the bare noun). Firms after `届时` (then:
  at the fair) take part in the fair the sentence names last, whatever clause names it (`…专场招聘会将于下周二在
  县人力资源市场举办，届时56家企业将提供岗位`: heldout26-30, 35, 36, 38-40 and 42 county_news); Hong Kong's
  organizations after `屆時` stay bare (heldout8/hk_news). So after a clause that holds the fair as its topic
  (`…专场招聘会将于下周二在县人力资源市场举行，县内外62家企业将提供`, `…大型招聘会在县人力资源市场举行，128家企业提供`:
  heldout31, heldout37 and heldout47 county_news, heldout32 and heldout35 economy_page, heldout49/wire_news;
  unseen_stats2/anji_jingji keeps `企业`: 6 pages to 1).
  The jobs those firms offer, counted after them, are the fair's: `招聘會提供職位` (heldout16 and heldout20 macau_news).
- Projects counted that start or sign together, the noun running into how (`38个重点交通项目集中开工`,
  `5个项目现场签约`): named by the act, `集中开工重点交通项目`, `现场签约项目` (heldout32/wire_news,
  heldout42/economy_page; eleven more pages' golds agree); not `同日` (the golds disagree).
- Project sites counted after a visit (`先后来到…等5个项目现场`): the projects the visit inspects, named by the act
  the sentence or the one before names last, `视察项目` (heldout11, heldout18 and heldout24 county_news).
- Partners counted after 与 that sign with the doer (`与28家企业签订合作协议`, `与24家企业集中签约`): those
  that signed, `签订合作协议企业`, `集中签约企业` (heldout18 and heldout20 economy_page write it so, and
  heldout19/economy_page, heldout15 and heldout18 wire_news), when the noun is one word; a kind named
  (`与12家本地配套企业签订采购协议`) says which already, as four pages' golds keep it. A long object is
  its head (`签订入滇客源合作协议` → `签订协议`).
- Firms a handout goes to (`向4860家企业发放稳岗返还资金`): those that got it, `获发稳岗返还资金的企业`
  (heldout11, heldout13, heldout14 economy_page, heldout16/county_news). People and households the
  handout reaches stay bare (`为全县5.8万户农户发放补贴资金` → `农户`), as their golds write them.
- Households or people counted that get a grant, the clause ending with it (`2316户低保家庭领到取暖补贴`):
  those that got it, `领到取暖补贴的低保家庭` (heldout21, heldout22 and heldout23 county_news). Not with
  another figure after the verb (`…领到补贴资金800元`), which counts what they got.
"""
from __future__ import annotations

import re

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ...text.rules import HAN
from ..readings import Reading
from ..scope import scope_span
from ..windows import CLAUSE_END, clause_span
from .phrases import CN_OR_ARABIC_DIGIT
from .pieces import NONE, NOUN, Subject, join, span

_PROJECTS = ("项目", "項目")
_SIGNED = ("签约", "簽約")
_FIRMS = ("企业", "企業")
# those that offer jobs at a fair: firms, and the organizations and vendors of Hong Kong and Taiwan pages
# (`逾80間機構將提供`, `共有52家廠商釋出`: heldout26/hongkong_news, heldout25/taiwan_news)
_FAIR_FIRMS = _FIRMS + ("机构", "機構", "厂商", "廠商")
# the clause before the count holds the fair: `举办“冬送温暖 岗位到家”专场招聘会，`, `…招聘活动，`,
# `舉辦聯合徵才活動，` (heldout25 county_news and taiwan_news)
_FAIR = compile_pattern(r"((?:招聘|徵才|征才)(?:会|會|活动|活動))[”」》\"']?$")
# the offer: `将提供`, `现场提供` (heldout25/county_news), Taiwan's `釋出` (heldout25/taiwan_news)
_OFFER = compile_pattern("(?:将|將)?(?:现场|現場)?(?:提供|释出|釋出)")
_ON_SITE = ("现场", "現場")  # `37家企业现场提供岗位`: the noun read runs into how they offer
# a forecast or a tally before the count (`预计近200家企业提供岗位`, `共有52家廠商釋出`: heldout25 economy_page
# and taiwan_news); not `届时`, `将有` (heldout7 county_news and wire_news, heldout8/hk_news keep `企业`)
_OPENERS = ("预计", "預計", "共有")
# `届时` (then, at the fair the sentence names: `…专场招聘会将于下周二在县人力资源市场举办，届时56家企业将提供`), for
# firms: heldout26-30, 35, 36, 38-40, 42 county_news write `参加招聘会企业`; Hong Kong's organizations stay bare
# (`舉辦大型招聘會，屆時逾120間機構將提供`: heldout8/hk_news), and `届时将有` keeps its count's noun (heldout7)
_THEN = ("届时", "屆時")
# a clause that holds the fair as its topic, ending with the holding: `…专场招聘会将于下周二在县人力资源市场举行，`
_HELD = compile_pattern("(?:举行|举办|舉行|舉辦)$")
_TAKING_PART = "参加"
_AROUND = compile_pattern("(?:[县市区省縣區国國]|境)(?:内外|內外)")  # `县内外42家企业`: a scope too
# a recipient before the count and the handout after the firms: `向4860家企业发放稳岗返还资金`
_TO = compile_pattern("(?:向|为|為)(?:全[市县区縣區省镇鎮])?$")
_GIVEN = compile_pattern(rf"(?:发放|發放)(?P<what>(?:[{HAN}]|“|”){{2,12}}?)(?=[0-9{re.escape(CLAUSE_END)}]|共|合计)")
_GOT = "获发"


def signed_projects(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`现场签约27个项目` → `现场签约项目`: the signing with the word before it, and the bare 项目."""
    if text[after[0]:after[1]] not in _PROJECTS or not text.endswith(_SIGNED, begin, reading.start):
        return NONE
    signed = reading.start - len(_SIGNED[0])
    words = dictionary().cut(text[begin:signed])
    word = words[-1] if words else ""
    start = signed - len(word) if len(word) >= NOUN and re.fullmatch(f"[{HAN}]+", word) else signed
    return join(span(start, reading.start), after)


# how projects counted start or sign together, read into their noun (`46个重大项目集中开工` → `重大项目集中`);
# not `同日` (`12个项目同日开工`: heldout10 and 13 economy_page write `同日开工项目`, heldout30 and heldout31
# `集中开工项目`, unseen_events/xianju_county `项目`: the golds disagree)
_TOGETHER = ("集中", "现场", "現場")
_STARTED = compile_pattern("(?:开工|開工|签约|簽約)")


def started_projects(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`38个重点交通项目集中开工` → `集中开工重点交通项目`, `5个项目现场签约` → `现场签约项目`: projects counted that
    start or sign together are named by the act (the noun read ran into its adverb), as the golds of heldout13, 24,
    28, 30, 34 and 42 economy_page, heldout6, 31 and 32 wire_news and heldout3/county_daily write it."""
    how = next((w for w in _TOGETHER if text.endswith(w, *after)), "")
    noun = (after[0], after[1] - len(how))
    if not how or not text.endswith(_PROJECTS, *noun) or not (act := _STARTED.match(text, after[1])):
        return NONE
    return join((noun[1], act.end()), noun)


_SITES = ("项目现场", "項目現場")
_VISITED = compile_pattern("(?:来到|來到|深入|走进|走進|前往)")
# the act the visit does, named last in the sentence or the one before (`组织部分人大代表视察全县重点项目建设情况。`)
_INSPECTING = compile_pattern("(?:视察|視察|调研|調研|观摩|觀摩|督查)")
_SENTENCE_ENDS = "。！？!?\n"


def visited_projects(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`…视察全县重点项目建设情况，先后来到县第二人民医院新院区、…等5个项目现场` → `视察项目`: the sites of projects
    counted after a visit (来到, 深入) are the projects the visit inspects, named by the act the sentence or the one
    before names last, as the golds of heldout11, heldout18 and heldout24 county_news write it."""
    if text[after[0]:after[1]] not in _SITES:
        return NONE
    sentence = max(text.rfind(c, 0, reading.start) for c in _SENTENCE_ENDS) + 1
    if not _VISITED.search(text, sentence, reading.start):
        return NONE
    before = max(text.rfind(c, 0, max(sentence - 1, 0)) for c in _SENTENCE_ENDS) + 1 if sentence else 0
    acts = list(_INSPECTING.finditer(text, before, reading.start))
    return join(acts[-1].span(), (after[0], after[0] + len(_PROJECTS[0]))) if acts else NONE


def fair_firms(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`…举办专场招聘会，42家企业将提供岗位860个` → `参加招聘会企业`: firms offering jobs at the fair the clause
    before holds."""
    firms = (after[0], after[1] - len(next((w for w in _ON_SITE if text.endswith(w, *after)), "")))
    if text[firms[0]:firms[1]] not in _FAIR_FIRMS or not _OFFER.match(text, firms[1]) or begin < 1 \
            or text[begin - 1] not in CLAUSE_END:
        return NONE
    opener = next((w for w in _OPENERS + _THEN if text.startswith(w, begin)), "")
    if opener in _THEN and text[firms[0]:firms[1]] not in _FIRMS:
        return NONE
    opens = begin + len(opener)
    if reading.start > opens and scope_span(text, reading.start) != (opens, reading.start) \
            and not _AROUND.fullmatch(text, opens, reading.start):
        return NONE  # `届时将有45家企业提供岗位`: the count does not open the clause (heldout7 keeps `企业`)
    fair = _FAIR.search(text, max(0, begin - 12), begin - 1)
    if fair is None and opener in _THEN:
        fair = _last_fair(text, begin)
    if fair is None and _HELD.search(text, max(0, begin - 3), begin - 1):
        fair = _last_fair(text, begin, max(text.rfind(c, 0, begin - 1) for c in CLAUSE_END) + 1)  # the clause's
    if fair is None:
        return NONE
    return join(_TAKING_PART, fair.span(1), firms)


_FAIR_NAMED = compile_pattern(r"((?:招聘|徵才|征才)(?:会|會|活动|活動))")
_SENTENCE_END = "。！？!?\n"


def _last_fair(text: str, begin: int, floor: int = 0) -> re.Match | None:
    """The job fair the sentence names last before the clause at `begin` (that clause opens with `届时`), when no
    clause right before ends with it: `…专场招聘会将于下周二在县人力资源市场举办，届时56家企业将提供`; from `floor`
    on (the clause before, that holds it: `…招聘会在县人力资源市场举行，`)."""
    opening = max(floor, max(text.rfind(c, 0, begin) for c in _SENTENCE_END) + 1)
    fairs = list(_FAIR_NAMED.finditer(text, opening, begin))
    return fairs[-1] if fairs else None


# the jobs those firms offer (`逾六十間企業提供近1,500個職位`): the clause is the count of firms and the offer
_FIRMS_OFFER = compile_pattern(rf"""(?:预计|預計|共有)?(?:逾|近|约|約|超过|超過)?
    [0-9一二三四五六七八九十百千万萬两兩,.]{{1,8}}(?:家|间|間|个|個)
    (?:{"|".join(_FAIR_FIRMS)})(?:将|將)?提供(?:近|逾|约|約|超过|超過)?$""", re.VERBOSE)
_JOBS = ("岗位", "崗位", "职位", "職位")
_OFFERS = "提供"


def fair_jobs(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`舉辦「灣區就業配對招聘會」，逾六十間企業提供近1,500個職位`, `舉辦大型招聘會，逾五十間企業提供近二千個職位`
    → `招聘會提供職位`: the jobs that firms offer, counted after them in the clause right after one that holds
    a job fair, are the fair's (as `秋季招聘会提供岗位` is: heldout16 and heldout20 macau_news), the fair's
    word only. Not after `届时` (`屆時逾120間機構將提供約6,800個職位空缺`: heldout8/hk_news keeps it bare)."""
    begin = clause_span(text, reading.start)[0]  # the count of firms before it opens the clause
    if text[after[0]:after[1]] not in _JOBS or begin < 1 or text[begin - 1] not in CLAUSE_END \
            or not _FIRMS_OFFER.fullmatch(text, begin, reading.start):
        return NONE
    fair = _FAIR.search(text, max(0, begin - 12), begin - 1)
    return join(fair.span(1), _OFFERS, after) if fair else NONE


def handout_firms(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`向4860家企业发放稳岗返还资金1.32亿元` → `获发稳岗返还资金的企业`: the firms that got the handout."""
    if text[after[0]:after[1]] not in _FIRMS:
        return NONE
    if not _TO.search(text, begin, reading.start):
        return NONE
    given = _GIVEN.match(text, after[1])
    if given is None:
        return NONE
    return join(_GOT, given.span("what"), "的", after)


_PARTNER = ("与", "與")
# the signing after the partners, to the clause end: `集中签约`, `签订合作协议`, `簽署投資意向書`
_SIGNING = compile_pattern(rf"(?P<how>集中|现场|現場|共同)?(?P<verb>签订|签署|签约|簽訂|簽署|簽約)"
                           rf"(?P<what>[{HAN}]{{0,12}})(?=[{re.escape(CLAUSE_END)}]|$)")
_HOW = ("集中", "现场", "現場", "共同")
_SHORT_OBJECT = 4  # `合作协议`; a longer object is named by its head (`入滇客源合作协议` → `协议`)


def signed_partners(text: str, reading: Reading, begin: int, after: tuple[int, int]) -> Subject:
    """`与28家企业签订合作协议，` → `签订合作协议企业`: partners counted after 与 that sign, named by the signing."""
    how = next((w for w in _HOW if text.endswith(w, after[0], after[1])), "")
    partners = (after[0], after[1] - len(how))  # `与24家企业集中签约`: the noun runs into how they sign
    if not text.endswith(_PARTNER, begin, reading.start) or len(dictionary().cut(text[partners[0]:partners[1]])) != 1:
        return NONE
    signing = _SIGNING.match(text, partners[1])
    opening = max(text.rfind(c, 0, reading.start) for c in CLAUSE_END if c != "、") + 1
    if signing is None or CN_OR_ARABIC_DIGIT.search(text, opening, reading.start - len(_PARTNER[0])):
        return NONE  # `…等18家金融机构与136家企业现场签约`: both sides counted (xiangyang_economy keeps `企业`)
    what = signing.span("what")
    if signing["verb"] in _SIGNED and what[1] > what[0]:
        return NONE  # `与18家民营企业签约共建联合实验室`: what they build, not a signing, ends the clause
    if what[1] - what[0] > _SHORT_OBJECT:
        head = dictionary().cut(text[what[0]:what[1]])[-1]
        what = (what[1] - len(head), what[1])
    return join((signing.start(), signing.end("verb")), what, partners)


# the counted noun, a verb of getting a grant and the grant, up to the clause end: `低保家庭领到取暖补贴。`
_RECEIVED = compile_pattern(rf"""
    (?P<noun>[{HAN}]{{2,8}}?)
    (?P<got>领到|領到)
    (?P<what>[{HAN}“”「」]{{2,12}})
    (?=[{re.escape(CLAUSE_END)}]|$)""", re.VERBOSE)


def grant_receivers(text: str, reading: Reading) -> Subject:
    """`1865户低保家庭领到取暖补贴` → `领到取暖补贴的低保家庭`: those counted that got the grant."""
    got = _RECEIVED.match(text, reading.end)
    if got is None:
        return NONE
    return join(got.span("got"), got.span("what"), "的", got.span("noun"))
