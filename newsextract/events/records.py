"""Events: typed records of what happened, when, where and who, linked to mentions.

An event is stated by a trigger word in a clause (`开展…活动`, `召开`, `赔付`); its
arguments come from that clause and the part of its sentence before it (the subject
often stands a clause earlier: `当日,X、Y在龙潭公园,开展了…活动`). The trigger
vocabulary and its matcher are in `triggers` (callers add their own with
`Triggers.default().extended(rows)` and pass them as `find(..., triggers=...)`), the cue
words in `cues`, what the readers know of the article in `facts`, the readers of the
arguments in `when`, `where`, `who` and `themes`, the values they pass in `types`; this
module finds the candidates, groups them into records and assembles the events.

Only events with something concrete are emitted: a date, a place or a named
organizer stated in the event's own span. Year-summary actions (`印发《工作规则》`)
and cumulative counts (`累计开展…活动129941次`, `截至3月4日,已发放…`) are left out, unless
a count says its date, a year too, and names its actor (`今年以来,市财政局累计发放…`: issue 17).
A happening named again later (`揭牌当天`), or shown by a photo caption of the page
(`without_retold_captions`), stays one record.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, cast

from ..context import Context
from ..models import Article, DateMention, Event, EventType, Organization, Place, Statistic
from ..text.offsets import ArticleText
from ..text.precompiled import compile_pattern
from ..text.words import ends_after
from .compounds import after_event_noun, before_act, inside_compound
from .cues import alternation, cue_at, cue_ends_at, cue_may_start, cue_start_before, cue_words
from .facts import NAME_CHARS, ArticleFacts
from .themes import theme
from .triggers import EVENT_TYPES, TRIGGER_KINDS, Hit, Trigger, Triggers
from .types import Candidate, Located, Party, Record, Span, Subject
from .when import DateReader
from .where import PlaceReader
from .who import PartyReader

__all__ = ["EVENT_TYPES", "TRIGGER_KINDS", "Trigger", "Triggers", "find", "without_retold_captions"]

_SETTING_RUN = 12  # the longest place or time said with 在 between 并 and its trigger word (并在县政府召开…)
_MERGE_LOOKBACK = 8  # how many records back a merge is sought: every step stays constant-time
_YEARLY = "后年"  # `建成后年发电量`: after completion, each year
_ONCE_DONE = ("可", "将", "能", "预计")  # `建成后可带动…`: what the project will do once done (`_yield_once_done`)
_PURPOSE_LOOKAHEAD = 4  # how many clauses after a movement verb its purpose is sought
_OF = "的"  # 在伊滨区集中签约的…项目: a word before it describes a noun
_ACCORDING_TO = ("据", "據")  # 据X通报，…: the source of what follows (`_introduces`)
_SHOW = "展"  # ends an exhibition's name before its verb (香港國際授權展將於…舉行: `_named_show`)
_NAME_CLOSERS = ("」", "”")  # close a quoted name
_YEAR_DIGITS = 4  # an edition's year that may close a quoted name after its event noun (「就業博覽2026」)
_AT = "在"
_RESULTS_GAP = 2  # the longest word of its own between a head noun and its results (大赛获奖名单: `_results_of`)
_FUNDS = "资金"  # 资金已于…发放到户: the money of the payout told before (`_funds_paid`)
_ALREADY = "已"  # 已建成…N: what stands built, a count (`_summary`)
_LEGAL = "legal"
#: 違者最高可處…罰鍰 (heldout21 taiwan_economy), 違規業主最高可被罰款… (heldout9 hk): a rule's penalty (`_penalty`)
_PENALTY_CAP = "最高可"
_AFTER = ("后", "後")  # ends a clause that is only the time of what follows (X建成后，…: `_resolve`)
_PERFECTIVE = "了"  # 来到了…公园: the place follows it
_BY = "由"  # 由X主办: the hosts follow (who.py reads them)
#: 一、, 2., (三) before a notice's item (`_item_of`); none at all is an item line too (公示时间：…)
_ITEM_MARK = compile_pattern(r"(?:[一二三四五六七八九十]+、|\d+[.、]|[(（][一二三四五六七八九十]+[)）])?")
_ITEM_LOOKBACK = 2  # how many candidates back a notice's item line seeks the event whose window it names
_ITEM_REACH = 2  # how many sentences back: the notice's event, then 现将有关事项通告如下


@functools.cache
def _name_part() -> Callable[[str, int], re.Match[str] | None]:
    """Matches a place noun or an organizer suffix: after an event noun they make it a name."""
    return compile_pattern(alternation("file:place_nouns").pattern + "|"
                           + alternation("file:organizer_suffixes").pattern).match


@functools.cache
def _team_initials() -> frozenset[str]:
    """The first characters of the team and trade heads (考察团, 调研组, 建造业): most hits need no lookup."""
    return frozenset(word[0] for role in ("team_head", "sector_head") for word in cue_words(role))


# ------------------------------------------------------------------ how a clause states its event
class _ClauseHits(NamedTuple):
    """A clause's trigger words, sorted by how they state an event (see event_vocabulary.tsv)."""

    verbs: list[Hit]  # generic verbs (开展), typed by an event noun
    typed: list[Hit]  # event nouns and words: what may type a verb
    words: list[Hit]  # words that tell an act by themselves


class _Reading(NamedTuple):
    """How a clause states its event: the trigger reported and where it stands, the type, where
    the word of the act starts, and the trigger word that typed it (the event noun, or a word a
    verb acts on)."""

    shown: Trigger
    shown_at: int
    type: str
    at: int
    noun: Hit | None


_NOTICE = "announcement"  # a notice or results made public: the next clause tells what they say
_NAMED = "activity"  # what a quoted name states when no event noun ends it (开展“法护民企”专项行动)
_DATING_GRAINS = ("day", "xun", "month", "quarter")  # a date that lets a specific verb tell its event
_PEOPLE_MOVE = "activity"  # people who go somewhere (志愿者们来到…) go to do something: a public activity
#: Types a specific word before a generic event noun overrides: 集中签约活动 is a signing, 颁奖仪式 an
#: award, 表彰大会 an award; 招聘工作推进会 stays a meeting (the word does not touch the noun).
_GENERIC_TYPES = frozenset({"activity", "meeting"})
_OBJECT_GAP = 2  # the longest object between a specific word and the generic noun it types (打擊洗錢行動)
_CASE, _PIECE = "案", "件"  # 違反營業秘密法案件: 法案 is cut from 案件 (`_names_crime`)
_EXAMPLE = "案例"  # 发布优秀活动案例: an example of an activity, no case at court (`_word_reading`)
_LIST_END = "等"  # ends a list the noun sums up (采摘游等活动): a word in it does not type the noun
_VISIT = "visit"  # 免費參觀 after an exhibition's dates: what its visitors pay, no visit (`admission`)
_TRIP_TYPES = frozenset({"visit", "inspection"})  # what the stops of one trip are (先后参观, 先后到…察看)
_AWARD = "award"  # a total before its word counts the winners of one selection (共评出一等奖2名)
_CONTEST = "competition"  # the happening whose winners an award picks (`_contest_of`)
_EXHIBITION = "exhibition"  # a happening whose sentence says things are shown (`_shows_exhibits`)
_CHECK = "inspection"  # a total of checks whose results a notice made public is one round (`_results_total`)
_RESULTS_LEAD = frozenset({",", "，", ":", "："})  # what may end a notice of results told before its checks
_NOTICE_END = " \t,，:："  # what may follow a notice word that ends its clause (`運輸署公布，`)
_SCHEDULE = "schedule"  # a term noun whose clause says the day it starts tells it (`_begins`)
_SEASONS = frozenset({_SCHEDULE, "traffic"})  # 寒假, 春运: told by the day they start (`_begins`)
_FINISH_REACH = 6  # how far before farm work its finish word stands (完成冬种油菜播种: `_finish_forecast`)
_BEFORE_DAY = "前"  # 本月31日前申請: the day a window closes (`_applied_by`)
_HAND_IN_RUN = 3  # the longest verb between a deadline and its application noun (前提交的申请)
_WINDOW_LOOKBACK = 4  # how many clauses back a deadline seeks the window it closes (`_opened_before`): constant time
_REGISTRATION = "registration"  # an application to an office in a dated clause is a window (`_applied_for`)
_TRAFFIC = "traffic"  # a rule told in the time of a traffic arrangement is its detail (`_during`)
_ISSUING_TYPES = frozenset(("policy", "announcement"))  # acts whose object may be a document (`_names_document`)
_SIGNING = "signing"  # what is signed at the scene of a happening told before is told of its own (`_scene`)
_UNREAD = object()  # a value not read yet (`_event` reads the happening told before on first need)
_SCENE_SUBJECT = 6  # the longest subject before the scene word (…论坛在伦敦举行,两国企业现场签署…)
_SUBJECT_ENDS = frozenset("的了在")
_CEREMONY_NAME = 6  # the longest opening clause of a happening's name and a follow-up word (签约仪式上)
_SCENE_ADVERB = 2  # the longest adverb between the scene word and a signing (现场集中签约)
_CLAUSE_MARKS = "，,、 \u3000"  # a clause that ends so before 现场 says no subject (在活动现场)
_PARAGRAPH = "\n"  # a paragraph break: what a record carries from the one before stops at it
_GATHERING_HEADS = "会日"  # end a gathering a hold verb names as its whole object (`_held_gathering`)
_SEASON_HEADS = "季节"  # a named season or festival a city starts is its campaign (`_season_started`)
_NOT_SEASON_TAIL = "目点日约能奏拍省气"  # 节目, 节点, 节日, 节约…: 节 starts another word (as `_edition` reads it)
_SEASON_TAIL = 11  # the longest name after its quotation, to its head, and one (“…”农特产品直播带货季)
_COUNTED_PROJECTS = compile_pattern(r"项目[0-9一二两三四五六七八九十]")  # 签约项目42项 (`_signed_at_meeting`)
_GATHERINGS = frozenset({"meeting", "exhibition", "activity"})  # where projects are signed (`_signed_at_meeting`)
_SEASON_OBJECT = 16  # the longest season a phase word starts, as written after it (2026全国网上年货节)
_NAME_QUOTES = "“”「」"
_SCHEDULE, _LAUNCH = "schedule", "launch"  # a place opened once is launched, not scheduled (`_new_venue`)
# A tally word counts what was done only with a count after it (新开通…线路3条); 新开通…航线 is one
# happening. The text is folded, so every digit is an ASCII one.
_DIGIT = compile_pattern(r"[0-9]")
# an amount after a recurring word (每日16班次, 每天80元), not a clock time (每日9时至22时, 每天9:00)
_RATE = compile_pattern(r"[0-9]+(?:\.[0-9]+)?(?![0-9.:时点])")
_PERIOD_KEY = 3  # the characters that name a period again (森林防火期内 → 防火期)
#: 一、…至…为全县森林高火险期。其间，…禁止烧荒 (heldout41 county): the period of the sentence before (`_period_window`)
_MEANWHILE = "其间"
_POLICY = "policy"  # a notice's rule is its signers' when no clause names who acts (`PartyReader.signers`)
_MEETING = "meeting"  # a vote told after a meeting's clause was passed there (`_continues`)
_DAY = "day"
_TRAFFIC = "traffic"  # a rule's daily hours within a window of days are one arrangement (`_daily_in_window`)
_PAYOUT = "payout"  # a payout in batches goes on with the campaign its sentence told (`_continues`)
# what a happening told before in its sentence also did, on its day (`_next_act`): honours, signings, money paid
_OWN_ACTS = frozenset({_AWARD, _SIGNING, _PAYOUT})
_SUM_PAID = re.compile(r"\d[\d,.]*\s*[万亿]?元")
_WORTH = "价值"  # 发放药品价值4.6万元: the worth of goods handed out, not a sum paid
_SPAN_FROM = "从從"  # 从签约到投产: a span of time, not an act
#: `分三批`, `分4批次`, `分批` right before a payout word: the money of a campaign told before is handed
#: out in rounds (heldout14, heldout22, heldout23 economy pages); `$` ends at the word (`search`'s endpos)
_IN_BATCHES = compile_pattern(r"分[0-9一二两三四五六七八九十]*批次?$")
_BATCHES_RUN = 6  # the longest batch phrase (分十二批次)
_PRODUCTION = "production"  # farm work: a word that names a machine (收割机) tells none (`candidates`)
_MACHINE = "机"  # 调配收割机120台, 谷物收获机: the machine, not the harvest
#: What may follow the act a vote passes before its clause ends (…补充预算案，; 《…預算案》。; 「…」修正案)
_ACT_END = "》」』”\"')）) \t\u3000，,。；;！!"
_WORKS_WORD = 2  # the longest construction word before a `during` word that names works told before (施工期间)
_BUILD = "construction"  # works a goal word (确保) sets before them are a requirement (`_target`)


#: A word that names a rate (调解撤诉率达52.3%, 数字化改造覆盖率达到83%, 签约率): a measure, not an act;
#: up to two characters may stand between the word and 率 (not 率先, which leads a verb).
_HEADCOUNT = ("人数", "人數")  # 报名人数达66.2万人: the people counted (`_headcount_names`)
_RATE_NAME = compile_pattern(r"[\u4e00-\u9fff]{0,2}?(?:率(?!先|领)|比例|占比)")


#: A milestone reached (GUIDELINES §5 `other`, a happening of no listed type): a port or an airport
#: meets its year's Nth box or passenger (…作业区迎来今年第100万个标准集装箱: heldout19 economy; 青岛港迎来
#: 今年第3000万个标准箱: heldout24 wire; 迎来年内第4500万名旅客: heldout21 wire), or its year's throughput
#: passes a figure (…机场年旅客吞吐量突破1000万人次: heldout25, 突破200万人次: heldout26 economy). The
#: group is the trigger word; a year's throughput said without 年 (旅客吞吐量突破260万人次, in a list of a
#: year's figures) is a figure, no happening.
_MILESTONE = compile_pattern(r"(迎来)(?:今年|年内|全年)第[0-9.,]+[万亿]?[个名位]"
                             r"|(?<![今全])年[\u4e00-\u9fff]{0,4}吞吐量(?:首次)?(突破)[0-9]")
_MILESTONE_GATE = ("迎来", "吞吐量")  # the words a milestone needs: most pages have neither, and no search runs
_MILESTONE_TYPE = "other"
#: A fire reported (GUIDELINES §5 `other`): 觀塘…一幢工業大廈昨日凌晨發生火警 (heldout41/hongkong_news), 深水埗…
#: 一幢唐樓發生三級火警 (heldout36/hk_news); the group is the trigger word. A fire a drill plays out is the drill's
#: (模擬老街木造建築發生火警: heldout30/taiwan_news, a training gold), and a fire counted or named as a drill
#: (處理樓宇火警6,482宗, 舉行大型火警演習) has no 发生 before it.
_FIRE = compile_pattern(r"发生(?:[一二三四五]级)?(火警)")
_FIRE_GATE = "火警"
_DRILLED = "模拟"
#: An airline season's timetable put in force (GUIDELINES §5 `traffic`, transport arrangements): 2026年冬春航季将于
#: 10月25日开始 (heldout40/wire_news), 3月29日起,机场将执行夏秋航季航班计划 (heldout42/economy_page), golds traffic;
#: 冬春航季将于10月26日开始执行 (heldout7/economy_page, gold schedule). A season named as the time of other news
#: (冬春航季（…）期间,美兰机场新开…航线: heldout22/wire_news; 今冬明春航季,…将新开…: heldout9/economy_page) starts
#: nothing. The group is the trigger word.
_FLIGHT_SEASON = compile_pattern(r"[冬春夏秋]{2}航季[^，,。；;（(]{0,10}?(开始)"
                                 r"|(执行)[^，,。；;]{0,4}?[冬春夏秋]{2}航季")
_FLIGHT_SEASON_GATE = "航季"
_FIRE_CLAUSE_ENDS = "，,。；;！？\n"


def _milestones(text: str, start: int) -> list[Hit]:
    """The milestone words of the body (`_MILESTONE`) and the fires it reports (`_FIRE`), as trigger
    hits of type `other`."""
    out = []
    if any(text.find(word, start) >= 0 for word in _MILESTONE_GATE):
        for found in _MILESTONE.finditer(text, start):
            group = 1 if found.start(1) >= 0 else 2
            out.append(Hit(found.start(group), found.end(group),
                           Trigger(found.group(group), _MILESTONE_TYPE, "word")))
    if text.find(_FIRE_GATE, start) >= 0:
        for found in _FIRE.finditer(text, start):
            clause = max(text.rfind(mark, start, found.start()) for mark in _FIRE_CLAUSE_ENDS) + 1
            if text.find(_DRILLED, max(clause, start), found.start()) < 0:
                out.append(Hit(found.start(1), found.end(1), Trigger(found.group(1), _MILESTONE_TYPE, "word")))
    if text.find(_FLIGHT_SEASON_GATE, start) >= 0:
        for found in _FLIGHT_SEASON.finditer(text, start):
            group = 1 if found.start(1) >= 0 else 2
            out.append(Hit(found.start(group), found.end(group), Trigger(found.group(group), _TRAFFIC, "word")))
    return sorted(out)


@functools.cache
def _edition() -> re.Pattern[str]:
    """`第三届…采购节`: an edition number, then a name that ends in an `edition_head` (节, not 节目)."""
    heads = alternation("edition_head").pattern
    return compile_pattern(f"第[〇一二三四五六七八九十百0-9]+届[“「]?([^，。、；：“”「」（）\\s]{{0,20}}?(?:{heads}))"
                           "(?![目点日约能奏拍省气])")


def _may_state_event(hits: list[Hit]) -> bool:
    """A word or a move may state an event alone; a generic verb needs an event noun and a noun
    a verb (a third of the clauses have one without the other)."""
    kinds = {h.trigger.kind for h in hits}
    return "word" in kinds or "move" in kinds or {"verb", "noun"} <= kinds


def _nouns_only(hits: list[Hit]) -> bool:
    """Whether a clause's trigger words are all event nouns (活动现场, 会议中心…): then only people
    filling a named one (`_filled`) make it state an event, and one search rules that out before
    the cause, plan and setting checks."""
    for h in hits:  # a loop, not `all` over a generator: a clause has a hit or two, asked per clause
        if h.trigger.kind != "noun":
            return False
    return True


def _sort_hits(text: str, hits: list[Hit], told: Callable[[Hit], bool] = lambda hit: False,
               at_happening: Callable[[], bool] = lambda: False) -> _ClauseHits:
    """The clause's verbs, its typing words and nouns, and its words that tell an act: not one
    before a noun it describes (新签约项目23个, 车间改造项目总投资: a kind of project; 讲解员), unless
    `told` says a body is its subject (东盟秘书处当天发布的数据), or a signing is told at a happening
    (`at_happening`, asked only then: 开幕式上，…签约项目32个)."""
    verbs: list[Hit] = []
    typed: list[Hit] = []
    words: list[Hit] = []
    headcount = _headcount_names(text, hits)
    for h in hits:  # one pass: a clause has a hit or two
        kind = h.trigger.kind
        if kind == "verb":
            verbs.append(h)
        elif (kind == "word" or kind == "noun") and not _names_crime(text, h):
            typed.append(h)
            if kind == "word" and not _RATE_NAME.match(text, h.end) and h.start not in headcount and \
                    (cue_at(text, h.end, "described") < 0 or _at_scene(text, h)
                     or (h.trigger.type == _SIGNING and at_happening())) and not _names_document(text, h):
                words.append(h)
    if words and _describes(text, words[0], hits) and not told(words[0]):
        words = []
    return _ClauseHits(verbs, typed, words)


def _headcount_names(text: str, hits: list[Hit]) -> frozenset[int]:
    """Starts of the words that name a head count with 人数 (今年…普通高校招生考试报名人数达66.2万人:
    heldout34/wire_news; 全国报考人数, 中考报名人数, 報名人數 on other pages): the word before it and the
    words run together with it name the people counted, no act; most clauses have no 人数."""
    if not any(text.startswith(_HEADCOUNT, h.end) for h in hits):
        return frozenset()
    named: set[int] = set()
    end = -1
    for h in reversed(hits):
        if text.startswith(_HEADCOUNT, h.end) or h.end == end:
            named.add(h.start)
            end = h.start
    return frozenset(named)


def _own_objects(hits: list[Hit], own_object: frozenset[str]) -> list[Hit]:
    """The clause's hits without the event nouns after a verb that takes only nouns of its own
    type, and without the verb when none of them follows (新开…航线 is a launch; 新开发的灌溉软件 is
    no harvest, and no launch either)."""
    verb = next(h for h in hits if h.trigger.word in own_object)
    kept = [h for h in hits if not (h.start >= verb.end and h.trigger.kind == "noun"
                                    and h.trigger.type != verb.trigger.type)]
    if not any(h.start >= verb.end and h.trigger.kind == "noun" for h in kept):
        kept.remove(verb)
    return kept


def _own_subjects(text: str, start: int, hits: list[Hit]) -> list[Hit]:
    """The clause's hits without a verb that states a run only after a service noun in its clause
    when none stands there (班列…发车 is a launch; 首发阵容, 货车驶出隧道 state nothing)."""
    own_subject = cue_words("own_subject")
    return [h for h in hits if h.trigger.word not in own_subject
            or alternation("service_run").search(text, start, h.start) is not None]


def _names_crime(text: str, noun: Hit) -> bool:
    """An event noun or word right before 案 names the crime of a case (宣判一起组织赌博活动案,
    就一宗騙取政府科技資助案判刑), no happening; a noun whose 案 starts 案件 is the law a case broke
    (宣判一起違反營業秘密法案件: heldout18/taiwan_news), no bill."""
    if text.startswith(_PIECE, noun.end) and noun.trigger.word.endswith(_CASE):
        return True
    return cue_at(text, noun.end, "case_head") >= 0 and not text.startswith(_EXAMPLE, noun.end)


def _names_document(text: str, word: Hit) -> bool:
    """A word right before a report or a system (`document_head`: 调研报告, 赔付制度, 考试制度) names
    which document it is, no act; a word that issues or announces (`issuing`, policy and announcement
    words: 发布报告, 出台制度) takes the document as its object and keeps its act."""
    return cue_at(text, word.end, "document_head") >= 0 and word.trigger.type not in _ISSUING_TYPES \
        and word.trigger.word not in cue_words("issuing")


def _at_scene(text: str, word: Hit) -> bool:
    """`现场签约项目36个`, `博览会现场签约项目26个`, `现场集中签约项目16个`: a signing at a happening's
    scene is told, though 项目 follows it (新签约项目23个 counts a kind of project)."""
    return word.trigger.type == _SIGNING and _scene_start(text, word.start) >= 0


def _scene_start(text: str, pos: int) -> int:
    """Start of the scene word (现场) right before `pos`, or before one adverb there (现场集中签约),
    else -1."""
    at = cue_start_before(text, pos, "scene", max(0, pos - 4))
    if at >= 0:
        return at
    adverb = cue_start_before(text, pos, "adverb", max(0, pos - _SCENE_ADVERB))
    return cue_start_before(text, adverb, "scene", max(0, adverb - 4)) if adverb > 0 else -1


def _describes(text: str, word: Hit, hits: list[Hit]) -> bool:
    """A word before 的 describes what follows (在伊滨区集中签约的…项目: a project, not a signing
    told), unless an event noun follows for it to tell."""
    return text.startswith(_OF, word.end) and \
        not any(h.trigger.kind == "noun" and h.start > word.end for h in hits)


def _verb_reading(text: str, verbs: list[Hit], typed: list[Hit]) -> _Reading:
    """A generic verb takes its type from the head of its object, the last event noun or word
    after it (开展野生动物监测技术培训 is a training, 开展春茶采摘技术培训 too) or the first of heads
    joined by a link (开展病虫害监测和技术指导), else from the last before it; a word that types it is
    the trigger reported (考试将于…进行: 考试). A noun of a typed verb's own type that ends the object
    heads it whatever a link joins before it: 下达…智能化改造和数字化转型专项资金 is a payout (heldout43/
    economy_page), as 下达…专项资金 is on heldout31, 37, 39, 40 and 41 economy_page."""
    verb = verbs[0]
    after = [h for h in typed if h.start >= verb.end]
    if after:
        k = len(after) - 1
        own_head = after[k].trigger.kind == "noun" and after[k].trigger.type == verb.trigger.type and \
            verb.trigger.type not in _GENERIC_TYPES
        while not own_head and k > 0 and \
                alternation("link").search(text, after[k - 1].end, after[k].start) is not None:
            k -= 1
        noun = after[k]
    else:
        noun = [h for h in typed if h.end <= verb.start][-1]
    shown = noun if noun.trigger.kind == "word" else verb
    if noun.trigger.kind == "noun" and verb.trigger.word in cue_words("frequency"):
        return _Reading(verb.trigger, verb.start, verb.trigger.type, verb.start, noun)  # 航线加密: a run, traffic
    return _Reading(shown.trigger, shown.start, noun.trigger.type, verb.start, noun)


def _word_reading(text: str, word: Hit, hits: list[Hit]) -> _Reading:
    """A word takes the type of the head of its object, the last event noun after it
    (发放涉农贷款 is a loan, 出台…检查若干举措 a policy); a word that only starts something and
    has no object takes its subject's event noun (“百日冲刺”行动…启动 is an activity, 大赛自2月中旬
    启动 a competition; 该中心…启动建设 stays a launch); a launch of a service people receive takes
    the activity word of its object (推出外展接種服務 is an activity, `offering`). A court's ruling
    keeps its own type, and an event noun that names a case's crime (犯罪活动案) is no head."""
    nouns = [h for h in hits if h.trigger.kind == "noun" and h.start >= word.end
             and not _names_crime(text, h)]
    if not nouns and cue_at(text, word.start, "phase") == word.end:
        nouns = [h for h in hits if h.trigger.kind == "noun" and h.end <= word.start][-1:]
    head = nouns[-1] if nouns else None
    k = len(nouns) - 1  # nouns run together name one thing (补助奖励资金): one of the word's own type heads it
    while head is not None and k > 0 and nouns[k - 1].end == nouns[k].start and head.trigger.type != word.trigger.type:
        k -= 1
        if nouns[k].trigger.type == word.trigger.type:
            head = nouns[k]  # 发放…草原生态保护补助奖励资金 (heldout21 economy) is a payout
    if head is not None and head.trigger.type == _NAMED and len(nouns) > 1 and nouns[-2].end == head.start \
            and nouns[-2].trigger.type not in _GENERIC_TYPES:
        head = nouns[-2]  # 启动…就业服务季活动 (heldout26 wire): the activity of a job-fair season, a recruitment
        # (an activity, not a meeting: 金融政策会议 is a meeting)
    if head is None and word.trigger.word in cue_words("offering") and \
            any(h.start >= word.end and h.trigger.type == _NAMED for h in hits):
        return _Reading(word.trigger, word.start, _NAMED, word.start, None)  # 推出外展接種服務: not 打擊行動
    ruling = word.trigger.word in cue_words("ruling")  # 駁回…申請 is a ruling, not a registration
    own = ruling or (head is not None and (_notice_of_news(text, word, head) or _results_of(text, word, head)
                                           or _survey_made_public(text, word, head)))
    return _Reading(word.trigger, word.start, head.trigger.type if head and not own else word.trigger.type,
                    word.start, head)


def _results_of(text: str, word: Hit, head: Hit) -> bool:
    """`公布10月至11月食品安全监督抽检结果` (heldout19 economy), `公布本月首週超市價格調查結果` (heldout7 macau),
    `公布…公务员笔试成绩` (heldout27 wire), `公布…科技创新大赛获奖名单` (heldout16 county): the outcome of a
    happening made public (`published_results`, after the head or one short word of its own) is an
    announcement; checks are told by the total after it, an exam or a contest by its own clause."""
    if word.trigger.type != _NOTICE:
        return False
    for at in range(head.end, min(head.end + _RESULTS_GAP, len(text)) + 1):
        if at > head.end and not "\u4e00" <= text[at - 1] <= "\u9fff":
            return False
        if cue_at(text, at, "published_results") > 0:
            return True
    return False


def _survey_made_public(text: str, word: Hit, head: Hit) -> bool:
    """`日本银行同日公布的短观调查显示` (heldout18/wire_news), `消費者委員會今日公布最新一期超市物價調查，`
    (heldout37/macau_news): a survey or check a notice makes public is an announcement, like its results
    (`_results_of`); no gold types a check an announcing word heads as the check itself. The check must end
    its phrase or be followed by what it found (`survey_findings`): 公布政府支出审查报告 makes a report public."""
    if word.trigger.type != _NOTICE or head.trigger.type != _CHECK:
        return False
    return not "\u4e00" <= text[head.end:head.end + 1] <= "\u9fff" or cue_at(text, head.end, "survey_findings") > 0


def _rule_made_public(text: str, reading: _Reading, end: int) -> bool:
    """`发布《…三年行动方案》` (heldout8/wire_news), `公布《…实施意见》` (unseen/wire_digest), `公布…农业援助计划`
    (heldout37/wire_news): a document that rules or plans (`rule_document`) ending the object of an announcing
    word is issued, a policy, as 印发 issues it; figures, results and notices made public stay announcements. The
    document ends the object: a mark, the clause's end or what it says (`survey_findings`: 公布的一揽子计划显示)
    follows it, so 计划招聘 is no plan. A notice posted (市府已公告…救助: `_posted`, unseen_stats/taichung_news,
    gold announcement) is put up, not issued: the caller leaves it out."""
    if reading.shown.type != _NOTICE:
        return False
    for found in alternation("rule_document").finditer(text, reading.shown_at + len(reading.shown.word), end):
        if not "\u4e00" <= text[found.end():found.end() + 1] <= "\u9fff" or \
                cue_at(text, found.end(), "survey_findings") > 0:
            return True
    return False


def _selection_results(text: str, reading: _Reading, typed: list[Hit]) -> bool:
    """`公布第五届“最美巾帼创业之星”评选结果` (heldout38/county_news), `发布第六届“婺源好人”评选结果` (heldout39),
    `公布…“十佳红牛养殖户”评选结果` (heldout43), `公布首届“最美茶农”评选结果` (heldout45): the results of a
    selection made public confer it, an award (GUIDELINES §5: a selection conferred); the results of a check,
    an exam or a contest stay announcements (`_results_of`), and so does a bare list (公布…名单: the golds split)."""
    after = reading.shown_at + len(reading.shown.word)
    for h in typed:
        if h.start >= after and h.trigger.type == _AWARD and h.trigger.kind == "word" and \
                cue_at(text, h.end, "published_results") > 0 and text[h.end:h.end + 1] != "名":
            return True
    return False


def _notice_of_news(text: str, word: Hit, head: Hit) -> bool:
    """`发布通知，…初试将于…举行`: a notice an announcing word makes public announces what the clause
    after it tells; it is a policy only when its sentence raises a standard (`raise_verb`) or the clause
    puts a rule in force from a day or deploys work (发布通知，自明年1月1日起…; 发布通知，部署开展…)."""
    if word.trigger.type != _NOTICE or head.trigger.word not in cue_words("made_notice"):
        return False
    after = head.end + 1 if text[head.end:head.end + 1] in "，,：:" else head.end
    stop = text.find("。", after)
    return cue_at(text, after, "rule_opening") < 0 and \
        alternation("raise_verb").search(text, after, stop if stop >= 0 else len(text)) is None


def _touches(text: str, word_end: int, noun_start: int, gap_allowed: bool) -> bool:
    """Whether a word stands right before an event noun, or, before an activity (a campaign names
    what it acts on), with only its own short object between (打擊行動, 打擊洗錢行動: heldout3 and
    heldout9 hk_news); a meeting's words name its topic (招聘工作推进会 stays a meeting). Never across
    a phrase, nor as one item of a list the noun sums up (举办杨梅擂台赛、采摘游等活动:
    unseen_events/xianju_county)."""
    if word_end == noun_start:
        return True
    gap = text[word_end:noun_start]
    return gap_allowed and word_end < noun_start and len(gap) <= _OBJECT_GAP and _LIST_END not in gap and \
        all("\u4e00" <= ch <= "\u9fff" for ch in gap)


def _specific_type(text: str, reading: _Reading, typed: list[Hit]) -> str:
    """A generic activity or meeting yields to a typed word right before its noun (集中签约活动在…
    举行 is a signing, 召开…表彰大会 an award; 启动…帮扶活动 stays an activity); an event noun
    there only says what the meeting is about (召开货币政策会议 is a meeting, not a policy). A
    service added (加开, 增开) is the verb of its noun, no modifier: 7月专门加开会议 is a meeting (the real
    articles of shared/dev, 20190227-01-05)."""
    if reading.type not in _GENERIC_TYPES or reading.noun is None:
        return reading.type
    noun_start = reading.noun.start
    added = cue_words("added_service")
    specific = [h for h in typed if h.trigger.type not in _GENERIC_TYPES and h.trigger.kind == "word"
                and _touches(text, h.end, noun_start, reading.type == _NAMED)
                and not (h.start == reading.shown_at and h.trigger.word in added)]  # 加开会议: its object's
    return specific[0].trigger.type if specific else reading.type


# ------------------------------------------------------------------ the reader
class _Reader:
    """Reads the events of one article: trigger clauses → candidates → records → events.

    It holds what is known of the article (`facts`) and one reader per argument: the dates,
    the places and the parties of a record.
    """

    def __init__(self, article: ArticleText, dates: Sequence[DateMention],
                 organizations: Sequence[Organization], statistics: Sequence[Statistic],
                 triggers: Triggers, places: Sequence[Place] = ()):
        self.facts = ArticleFacts(article, dates, organizations, statistics, triggers, places)
        self.dates = DateReader(self.facts)
        self.places = PlaceReader(self.facts)
        self.parties = PartyReader(self.facts)
        self.trigger_clauses: frozenset[int] = frozenset()  # the clauses that state an event
        self.clause_hits: dict[int, list[Hit]] = {}  # the trigger words of each clause that has one
        self.dated: list[Record] = []  # the records told as events with a date that anchors them, in order
        self.during_at: list[int] = []  # where each `during` word (期间, 首日) starts, in text order
        self.goals_at: list[int] = []  # where each `goal` word (确保) starts, in text order
        self.thens: bool | None = None  # whether the article has a `then` word (届时): read on first need
        self.follow_ups: list[int] | None = None  # where each `follow_up` word (会后) starts: read on first need
        self.totalled: set[int] = set()  # the sentences whose total (共偵破…宗) was left out as a summary

    # -------------------------------------------------------------- candidates
    def candidates(self) -> list[Candidate]:
        facts = self.facts
        # a headline announces what the body reports: the body's clause is the event (a line
        # break ends the headline, and no trigger word holds one, so the body is scanned alone)
        hits = facts.body_hits
        milestones = _milestones(facts.text, facts.article.body_start)
        if milestones:  # a milestone's word replaces the vocabulary's (执行 of 执行夏秋航季航班计划 is traffic)
            spans = {(m.start, m.end) for m in milestones}
            hits = sorted([*(h for h in hits if (h.start, h.end) not in spans), *milestones])
        if not hits:
            self.trigger_clauses = frozenset()
            return []  # no trigger word: the layout and the mentions are never read
        layout, in_org, text = facts.layout, facts.in_org, facts.text
        shielded, clause_starts = layout.shielded, layout.clause_starts
        name_part, team_initials = _name_part(), _team_initials()
        commitments = cue_words("commitment")
        self.during_at = [m.start() for m in alternation("during").finditer(text)]  # one scan, not one per hit
        self.goals_at = [m.start() for m in alternation("goal").finditer(text)]
        during = frozenset(self.during_at)
        by_clause: dict[int, list[Hit]] = {}
        date_starts, found_dates = facts.date_starts, facts.dates  # `facts.in_date`, inlined: asked per hit
        for n, hit in enumerate(hits):
            if in_org[hit.start]:
                continue  # 太原市培训中心: part of a name
            k = bisect.bisect_right(date_starts, hit.start) - 1
            if k >= 0 and hit.start < found_dates[k].end:
                continue  # 是我国第47个植树节: part of a date's name
            if hit.end in during and not self._named_window(hit):
                continue  # 开馆首日,…: the time of a happening told before, not a new one
            if inside_compound(text, hit, facts.triggers):
                continue  # 参观者, 考察队, 慰问金, 改革开放: part of a longer word that tells no act
            if n and after_event_noun(hits[n - 1], hit):
                continue  # 补贴资金: 补贴 names the payout, 资金 its head
            if hit.trigger.word in commitments and not self._commits_sum(hit):
                continue  # 投入使用, 每日投入警力, 研发投入1860万元: no sum a plan commits
            if shielded[hit.start]:
                quoted = self._quoted_head(hit)  # “清河行动”, “银发课堂”: the head of a quoted name
                if quoted is None and n + 1 < len(hits):
                    quoted = self._quoted_kind(hit, hits[n + 1])  # 「…聯合徵才活動」: a recruitment
                if quoted is None and hit.trigger.type == _POLICY and hit.trigger.kind == "noun":
                    quoted = self._voted_title(hit)  # 細則性表決通過《…預算案》: the act a vote passes
                if quoted is None:
                    continue  # 《关于开展…的工作方案》, (…): not stated events
                hit = quoted
            elif hit.trigger.kind == "noun" and name_part(text, hit.end):
                continue  # 徐州国际会议中心, 文化活动中心: part of a name
            elif hit.trigger.type == _PRODUCTION and text.startswith(_MACHINE, hit.end):
                continue  # 调配收割机120台 (heldout22), 6台收割机来回穿梭 (heldout3), 谷物收获机: a machine
            elif text[hit.end:hit.end + 1] in team_initials and cue_at(text, hit.end, "team_head|sector_head") > 0 \
                    and cue_at(text, hit.end, "not_team|not_sector") < 0:
                continue  # 考察团来到…, 调研组来…调研, 建造业失业率: a team's or a trade's name, not its act
            by_clause.setdefault(bisect.bisect_right(clause_starts, hit.start) - 1, []).append(hit)
        self.clause_hits = by_clause
        out = []
        for clause, clause_hits in by_clause.items():  # in clause order: the hits come in text order
            cand = self._resolve(clause, clause_hits)
            if cand is not None and not self._summary(cand):
                out.append(cand)
        out = self._without_window_items(out)
        for k, cand in enumerate(out):
            if cand.type == _NOTICE:  # the happening its sentence tells next, not the checks whose results it gives
                nxt = out[k + 1] if k + 1 < len(out) and out[k + 1].sentence == cand.sentence else None
                told_next = nxt is not None and not nxt.cumulative and not self._results_total(nxt)
                cand.introduces = self._introduces(cand, told_next)
        self.trigger_clauses = frozenset(c.clause for c in out)
        return out

    def _without_window_items(self, cands: list[Candidate]) -> list[Candidate]:
        """`…将对该路段实施全封闭施工。现将有关事项通告如下：` + `施工时间：2026年12月8日至12月22日` (heldout47
        county), `…决定对该路段实行封闭施工。…` + `一、封闭时间：…` (heldout50 county), `…现予以公示。` + `公示时间：…`
        (heldout49 county): a notice's item line that names the window (`window_named`) of a word the notice's
        event told just before is that event's window, no event of its own. An item after a notice of
        something else, or after an item of its own (`一、登记对象：…` + `二、登记时间：…`: unseen_a, unseen_layout
        chenggu), is its own event."""
        text, clauses = self.facts.text, self.facts.layout.clauses
        out: list[Candidate] = []
        for cand in cands:
            told = self._item_of(cand, out[-_ITEM_LOOKBACK:]) if out else None
            if told is None:
                out.append(cand)
                continue
            start = clauses[cand.clause][0]
            line_end = text.find("\n", start)
            told.item_window = self._window_of(start, line_end if line_end >= 0 else len(text))
            if told.item_window is None:
                out.append(cand)
        return out

    def _item_of(self, item: Candidate, before: list[Candidate]) -> Candidate | None:
        """The candidate told just before whose clause has the word that `item`, a notice's item line naming
        a window (`施工时间：`, `一、封闭时间：`), names; None when `item` is no such line or none has it."""
        text = self.facts.text
        word = item.trigger.word
        start = self.facts.layout.clauses[item.clause][0]
        line_start = text.rfind("\n", 0, start) + 1
        if _ITEM_MARK.fullmatch(text, line_start, item.trigger_at) is None \
                or cue_at(text, item.trigger_at + len(word), "window_named") < 0:
            return None
        for told in reversed(before):
            if item.sentence - told.sentence > _ITEM_REACH:
                break
            told_start = self.facts.layout.clauses[told.clause][0]
            if told_start == text.rfind("\n", 0, told_start) + 1:
                continue  # 一、登记对象：… before 二、登记时间：… (unseen_a): an item too, told by the notice
            if any(word in h.trigger.word for h in self.clause_hits.get(told.clause, ())):
                return told
        return None

    def _commits_sum(self, word: Hit) -> bool:
        """`英国政府宣布将投入25亿英镑`, `韩国政府8日宣布，将在未来5年投入4.5万亿韩元` (heldout34, heldout35
        wire_news, golds policy): a `commitment` word states a body's plan only as what it announces (宣布, then
        将 in the word's clause) with a money sum right after it; 每日投入警力约320人次, a year's 研发投入1860万元
        and a plan's content retold (公布…計畫，將投入新台幣4.2億元…: heldout32 taiwan, one policy) state nothing."""
        facts = self.facts
        layout, text = facts.layout, facts.text
        start, _, sentence = layout.clauses[bisect.bisect_right(layout.clause_starts, word.start) - 1]
        future = alternation("future").search(text, start, word.start)
        if future is None or not facts.money_at(word.end):
            return False
        announced = alternation("announcing").search(text, layout.sentences[sentence][0], future.start())
        return announced is not None

    def _introduces(self, cand: Candidate, told_next: bool) -> bool:
        """`運輸署公布，由下月1日起，…將分階段更換…`, `運輸署昨日公布，…龍和道東行線將於本周六…封閉`: a notice
        that ends its clause only introduces the happening its sentence tells next, or one to come (將…,
        though no trigger word tells it: 全港泊車位將分階段更換為新咪錶) (heldout7, heldout9,
        heldout12, heldout26 hk_news; 證監會昨日公布，對…罰款: heldout24; 教育局昨日公布，將…發放…津貼: heldout17),
        dated or not; one that introduces figures (金管局公布，10月底官方外匯儲備資產為…: heldout17 hk; 海關總署
        公布，內地11月出口額約…: heldout24), or a total of checks over a period (市政署昨日公布，今年首十一個月
        共巡查…: heldout7; 食物安全中心昨日公布，上月共抽檢…: heldout5), and one with an object (`X公布…結果`) are
        told themselves."""
        if cand.type != _NOTICE:
            return False
        facts = self.facts
        _, end, _ = facts.layout.clauses[cand.clause]
        if facts.text[cand.trigger_at + len(cand.trigger.word):end].strip(_NOTICE_END):
            return False  # 公布…結果: the notice has an object, it is told
        _, sentence_end = facts.layout.sentences[cand.sentence]
        if told_next or alternation("future").search(facts.text, end, sentence_end) is not None:
            return True
        clause_start, _, _ = facts.layout.clauses[cand.clause]
        # 据湖南省人民检察院通报，今年1至11月…共起诉… (heldout10 wire): an undated notice said with 据 is the source
        return facts.text[clause_start:cand.trigger_at].lstrip().startswith(_ACCORDING_TO) \
            and not facts.dates_in(clause_start, end)

    def _quoted_head(self, hit: Hit) -> Hit | None:
        """An event noun that ends a quoted name (开展“清河行动”, “银发课堂”专场) names the kind of
        happening: it types a generic verb. A word there is a slogan's (推出“拿地即开工”审批服务)."""
        facts = self.facts
        opener = facts.quote_opener(hit.end)
        if opener < 0 and facts.text[hit.end:hit.end + _YEAR_DIGITS].isdigit():
            # 舉辦「就業博覽2026」 (heldout39, heldout48 hongkong_news): the edition's year closes the name
            opener = facts.quote_opener(hit.end + _YEAR_DIGITS)
        if opener < 0 or opener >= hit.start or facts.layout.titled[hit.start] or hit.trigger.kind != "noun":
            return None
        return hit

    def _voted_title(self, act: Hit) -> Hit | None:
        """A policy noun that ends a title a vote passes (細則性表決通過《二〇二六年財政年度預算案》:
        heldout16/macau_news) is the act voted on (`_vote_on`), though the title shields it."""
        layout = self.facts.layout
        start, end, _ = layout.clauses[bisect.bisect_right(layout.clause_starts, act.start) - 1]
        return act if self._vote_on(act, start, end) is not None else None

    def _quoted_kind(self, word: Hit, after: Hit) -> Hit | None:
        """A word right before the event noun that ends a quoted name says what kind of happening
        it is (舉辦「夏季大型聯合徵才活動」 is a job fair, as 集中签约活动 is a signing); a word elsewhere
        in the quotation is a slogan's."""
        if word.trigger.kind != "word" or after.start != word.end or self._quoted_head(after) is None:
            return None
        return word

    def _resolve(self, clause: int, hits: list[Hit]) -> Candidate | None:
        """One candidate per clause: a verb typed by its nearest event noun (or by a quoted name),
        else a word (typed by an event noun after it), else a named event noun that people filled
        (“银发课堂”专场座无虚席), else a move; a generic activity or meeting yields to a more specific
        word of the clause (集中签约活动在…举行 is a signing). A cause clause (因…施工需要) states none."""
        text = self.facts.text
        start, end, sentence = self.facts.layout.clauses[clause]
        nouns_only = _nouns_only(hits)
        posted = False  # a notice noun read as the act of posting it (`_posted`)
        window = nouns_only and (self._applied_for(hits[-1], start) or self._closed_by(hits[-1], clause)
                                 or self._begins(hits[-1], end) or self._named_window(hits[-1]))
        applied_at = len(hits) - 1
        if nouns_only and not window:
            applied_at = self._applied_by(hits, start)
            window = applied_at >= 0
        if window:  # the application noun states the window: read it as a word (no longer nouns only);
            applied = hits[applied_at]  # the nouns after it name what is applied for (…前申請…生活補助)
            as_word = Trigger(applied.trigger.word, applied.trigger.type, "word")
            hits = [*hits[:applied_at], Hit(applied.start, applied.end, as_word)]
        elif nouns_only and hits[-1].trigger.type == _POLICY and (vote := self._vote_on(hits[-1], start, end)):
            hits = sorted([*hits, vote])  # 通过…补充预算案: the vote is the word that tells the act passed
        elif nouns_only and (notice := self._posted(hits[-1], start)) is not None:
            hits, posted = [*hits[:-1], notice], True  # 錄取名單於115年1月9日公告, 市府已公告…: posted then
        elif nouns_only and self._ended(hits[-1], start):
            ended = hits[-1]  # 结束为期两天的货币政策会议: the meeting closed that day, told by its noun
            hits = [*hits[:-1], Hit(ended.start, ended.end, Trigger(ended.trigger.word, ended.trigger.type, "word"))]
        elif nouns_only and alternation("participation").search(text, hits[0].end, end) is None:
            return None  # event nouns alone state an event only when people fill them (`_filled`)
        if cue_may_start(text, start, hits[0].start, "season_now") and \
                cue_at(text, self.facts.skip_lead(start, hits[0].start), "season_now") > 0:
            return None  # 眼下正值冬早蔬菜采收季，… (heldout7 county): the season the sentence is set in, no happening
        sentence_start, _ = self.facts.layout.sentences[sentence]
        if text[hits[-1].end:end].strip() in _AFTER and not self.facts.dates_in(sentence_start, end):
            # 公路建成后，沿线…出行更加便捷 (heldout25 county), 擴建工程完成後，… (heldout17 hk): the time of what
            # follows; one dated in its sentence (上月三讀通過…條文後) tells a past happening
            return None
        rule_verbs, raise_verbs = cue_words("rule_verb"), cue_words("raise_verb")
        if not raise_verbs.isdisjoint([h.trigger.word for h in hits]) and not any(
                h.trigger.kind == "noun" and h.trigger.type == _POLICY for h in hits):
            # 合格率提高0.4个百分点: a raise tells a policy only of a standard, wage or limit
            hits = [h for h in hits if h.trigger.word not in raise_verbs]
        # `_target` finds its plan word before the hit in the clause itself: no clause-wide search first;
        # a hit is a completion word, or ends where one does, only if one starts in the clause by the
        # last hit (one search): without, only works with a goal before them are asked
        hits = [self._penalty(h, start) if h.trigger.type == _LEGAL else h for h in hits]
        completes = bool(hits) and cue_may_start(text, start, hits[-1].start, "completion")
        hits = [h for h in self._without_cause(start, end, hits)
                if not (h.trigger.kind == "verb" and self._done(h, sentence))
                and not ((completes or h.trigger.type == _BUILD) and self._target(h, start))
                and not (h.trigger.type == _PRODUCTION and self._finish_forecast(h, start))
                and not (text.startswith(_AFTER, h.end) and self._yield_once_done(h))
                and not (h.trigger.word in rule_verbs and not self._dated(h, sentence))
                and not (h.trigger.type == _VISIT and cue_ends_at(text, h.start, "admission", start))]
        hits = _own_subjects(text, start, hits)
        if not hits or self._setting(hits, end) or self._time_setting(hits, start, end):
            return None
        def told(word: Hit) -> bool:
            return self._told_dated(word, sentence)
        def at_happening() -> bool:
            return self._told_at_happening(clause) or self._signed_at_meeting(clause, hits)
        sorted_hits = _sort_hits(text, hits, told, at_happening)
        own_object = cue_words("own_object")
        if sorted_hits.verbs and not own_object.isdisjoint([h.trigger.word for h in sorted_hits.verbs]):
            hits = _own_objects(hits, own_object)  # 新开…航线: only a route types it
            if not hits:
                return None
            sorted_hits = _sort_hits(text, hits, told, at_happening)
        if sorted_hits.verbs and not sorted_hits.typed:
            name = self._quoted_name(sorted_hits.verbs[0].end, end) or \
                self._edition_name(start, sorted_hits.verbs[0].start) or \
                self._named_show(start, sorted_hits.verbs[0].start) or \
                self._named_season(sorted_hits.verbs[0].end, end) or \
                self._shown_object(sorted_hits.verbs[-1].end, end) or \
                self._held_gathering(sorted_hits.verbs[-1], end) or \
                self._named_festival(start, sorted_hits.verbs[0].start)
            if name is not None:
                hits = sorted([*hits, name])
                sorted_hits = _sort_hits(text, hits, told, at_happening)
        first = hits[0].start
        reading: _Reading | None = self._passed(start, hits)
        if reading is not None:
            pass  # 通過…撥款申請: the vote tells the decision, whatever the works it funds
        elif sorted_hits.verbs and sorted_hits.typed:
            reading = _verb_reading(text, sorted_hits.verbs, sorted_hits.typed)
        elif sorted_hits.verbs and not sorted_hits.words and self._dated(sorted_hits.verbs[0], sentence):
            verb = sorted_hits.verbs[0]  # 将于7月1日起实施, 从春节开始…对学员开放: the verb's own type
            reading = _Reading(verb.trigger, verb.start, verb.trigger.type, verb.start, None)
        elif sorted_hits.words:
            reading = _word_reading(text, self._told_word(sorted_hits.words), hits)
            if reading.noun is None and reading.type == _LAUNCH and \
                    self._season_started(reading.shown, reading.at, start):
                reading = reading._replace(type=_NAMED)  # “江海消费季”将于本月18日启动: a campaign
            elif reading.noun is None and reading.type == _LAUNCH and \
                    cue_at(text, reading.at, "phase") == reading.at + len(reading.shown.word):
                reading = reading._replace(type=self._started_type(reading.at + len(reading.shown.word), end,
                                                                   sorted_hits.words))
        elif sorted_hits.typed and not sorted_hits.verbs:
            reading = self._filled(sorted_hits.typed, end)
        if reading is None:
            return self._move(clause, sentence, first, hits) if _may_state_event(hits) else None
        noun = reading.noun.trigger.word if reading.noun and reading.noun.trigger.kind == "noun" else None
        type_ = _specific_type(text, reading, sorted_hits.typed)
        if type_ == _SCHEDULE and self._new_venue(reading, start, end):
            type_ = _LAUNCH
        elif type_ == _TRAFFIC and reading.noun is None and self._adds_facility(reading, end):
            type_ = _LAUNCH
        elif type_ in _GENERIC_TYPES and self._shows_exhibits(reading, sentence):
            type_ = _EXHIBITION
        elif type_ == _NOTICE and not posted and _rule_made_public(text, reading, end):
            type_ = _POLICY
        elif type_ == _NOTICE and _selection_results(text, reading, sorted_hits.typed):
            type_ = _AWARD
        return Candidate(clause, sentence, reading.shown, reading.shown_at, type_, first, reading.at, False, noun=noun,
                         window=window)

    def _told_dated(self, word: Hit, sentence: int) -> bool:
        """`美国商务部11日公布的数据显示`, `市统计局公布的数据显示`: a body's release before 的 is told, the
        figures cite it (24 dated on wire pages; undated as 发布数据显示 on heldout7/economy_page); another
        word of a body there tells its act only when the sentence dates it before the word, else it
        describes the thing (國美館展出的…老照片, 高美館展出的大型裝置作品: captions on heldout10 and
        heldout14 tw_news; 红十字会颁发的救护员证书: heldout16/county_news)."""
        facts = self.facts
        if not facts.told_by_body(word):
            return False
        if word.trigger.type == _NOTICE:
            return True
        sent_start, _ = facts.layout.sentences[sentence]
        return bool(facts.dates_in(sent_start, word.start))

    def _told_at_happening(self, clause: int) -> bool:
        """`开幕式上，安徽省与…企业签约项目32个` (heldout13 wire_news), `博览会开幕首日，集中签约项目22个`
        (heldout21 economy_page): the second clause of a sentence whose first is only a happening's
        name and a follow-up or time word (开幕式上, 首日) tells what was done there."""
        layout, text = self.facts.layout, self.facts.text
        if clause == 0 or layout.clauses[clause - 1][2] != layout.clauses[clause][2]:
            return False
        start, end, sentence = layout.clauses[clause - 1]
        if start != layout.sentences[sentence][0]:
            return False
        opening = text[start:end].strip().rstrip(_CLAUSE_MARKS)
        return 0 < len(opening) <= _CEREMONY_NAME + 1 and \
            any(opening.endswith(w) for w in cue_words("at_happening") | cue_words("during"))

    def _signed_at_meeting(self, clause: int, hits: list[Hit]) -> bool:
        """`…召开全市重点项目建设推进会，会上集中签约项目42项` (heldout34/economy_page), `…在上海举办招商推介会，
        签约项目18个` (heldout8/economy_page): a signing that opens its clause (after 会上 and an adverb at most)
        right after a clause of its sentence that told a meeting, fair or activity, was done there; after a
        signing's own clause (与21家企业签订合作协议，签约项目16个) it counts what that one signed."""
        layout, text = self.facts.layout, self.facts.text
        start, _, sentence = layout.clauses[clause]
        if clause == 0 or layout.clauses[clause - 1][2] != sentence:
            return False
        word = next((h for h in hits if h.trigger.type == _SIGNING), None)
        if word is None or text[self.facts.skip_lead(start, word.start):word.start].strip(_CLAUSE_MARKS) or \
                _COUNTED_PROJECTS.match(text, word.end) is None:
            return False  # 签约项目总投资86亿元: the projects' worth, no count of what was signed there
        before = self.clause_hits.get(clause - 1, ())
        return any(h.trigger.type in _GATHERINGS for h in before) and \
            not any(h.trigger.type == _SIGNING for h in before)

    def _posted(self, noun: Hit, start: int) -> Hit | None:
        """`錄取名單於115年1月9日公告` (heldout23/taiwan_news), `市府已公告17項作物現金救助`
        (unseen_stats/taichung_news): an announcement noun right after a date or an adverb is the act
        of posting it, an announcement told as a word; after a verb (发布公告), in a name (公交公司公告为准)
        or heading a notice (…事项公告如下) it stays a noun."""
        if noun.trigger.type != _NOTICE:
            return None
        facts = self.facts
        dated = any(d.end == noun.start for d in facts.dates_in(start, noun.start))
        if not dated and cue_start_before(facts.text, noun.start, "adverb", start) < 0:
            return None
        return Hit(noun.start, noun.end, Trigger(noun.trigger.word, noun.trigger.type, "word"))

    def _season_started(self, word: Trigger, at: int, start: int) -> bool:
        """`第二届“江海消费季”将于本月18日启动`, `南湖区“暖冬消费季”启动`, `2026“上海年货节”将于12月20日启动`,
        `“书香宜昌”全民阅读季在宜昌市图书馆启动`, `“遵品出山”农特产品直播带货季将在…启动`: a `phase` word
        whose subject is a named season or festival (a name ending in 季 or 节) starts a public campaign,
        an activity (golds of heldout14 wire_news, heldout16, heldout17 and heldout23 economy_page,
        unseen_events/yichang_city); a named platform or plan it starts stays a launch."""
        if cue_at(self.facts.text, at, "phase") != at + len(word.word):
            return False
        return self._quoted_season(start, at) >= 0

    def _quoted_season(self, start: int, at: int) -> int:
        """Where the head (季, 节) of a season or festival named by the last quotation of [start, at) stands,
        or -1: the quotation ends in it (“江海消费季”) or the name goes on after it up to it (“书香宜昌”全民阅读季,
        第十屆「光影澳門」節); 节目 and a date (“…”将于春节…) are no head."""
        text = self.facts.text
        quotes = self.facts.name_quotes
        closer = max((c for c, o in quotes.items() if start <= o and c < at), default=-1)
        if closer < 0:
            return -1
        if text[closer - 1] in _SEASON_HEADS:
            return closer - 1
        pos = closer + 1
        while pos < min(at, closer + _SEASON_TAIL) and "\u4e00" <= text[pos] <= "\u9fff":
            if text[pos] in _SEASON_HEADS:
                if self.facts.dates_in(closer, pos + 1) or text[pos + 1:pos + 2] in _NOT_SEASON_TAIL:
                    return -1
                return pos
            pos += 1
        return -1

    def _named_festival(self, start: int, verb_at: int) -> Hit | None:
        """A season or festival named by a quotation before a generic verb is the happening it opens or
        holds (新埔鎮公所主辦的「2025新埔柿餅節」本週六、日…在旱坑里柿餅街登場: heldout18/taiwan_news;
        「115年阿里山咖啡節」將於7月25日至26日在…登場: heldout38/taiwan_news; 第十屆「光影澳門」節將於…舉行:
        heldout16/macau_news; golds activity), whether or not the vocabulary lists its word, as one a phase word
        starts (`_season_started`)."""
        head = self._quoted_season(start, verb_at)
        if head < 0:
            return None
        return Hit(head, head + 1, Trigger(self.facts.text[head], _NAMED, "noun"))

    def _started_type(self, after: int, end: int, words: list[Hit]) -> str:
        """What a `phase` word (启动) starts, read from its object: a word of another type there tells it
        (启动春茶质量安全专项抽检: heldout33/county_news, gold inspection; 启动…专项检查 is typed by its noun
        already), and a season or festival it names a public campaign (启动“春游龙江”文旅推介季: heldout33/
        wire_news; 联合启动2026全国网上年货节: heldout28/wire_news, golds activity), as `_season_started` reads
        one named before it; anything else it starts is a launch (启动…平台, 启动防汛应急响应)."""
        told = [w for w in words if w.start >= after]
        k = 0  # words run together name one thing by the last: 启动…考试报名 is a registration
        while k + 1 < len(told) and told[k + 1].start == told[k].end:
            k += 1
        if told and told[k].trigger.type != _LAUNCH:
            return told[k].trigger.type
        return _NAMED if self._season_head(after, end) >= 0 else _LAUNCH

    def _season_head(self, after: int, end: int) -> int:
        """Where the head (季, 节) of a season or festival named as a verb's whole object stands, or -1
        (举办2025德阳冬季消费季暨年货节: heldout10/economy_page; 启动2026全国网上年货节: heldout28/wire_news;
        启动“春游龙江”文旅推介季: heldout33/wire_news); a festival that is a date (启动…春节) is none."""
        text = self.facts.text
        tail = text[after:end].rstrip(_ACT_END)
        head = after + len(tail) - 1
        if tail and tail[-1] in _SEASON_HEADS and len(tail) <= _SEASON_OBJECT and \
                all("\u4e00" <= c <= "\u9fff" or c.isdigit() or c in _NAME_QUOTES for c in tail) and \
                not self.facts.in_date(head):
            return head
        return -1

    def _ended(self, noun: Hit, start: int) -> bool:
        """`美国联邦储备委员会10日结束为期两天的货币政策会议`: an `ended` phrase before the event noun of
        its clause says the happening closed then (golds on heldout13, heldout14, heldout23 wire_news);
        a plain find for its one word before the cue reader."""
        text = self.facts.text
        return any(text.find(w, start, noun.start) >= 0 for w in cue_words("ended"))

    def _vote_on(self, act: Hit, start: int, end: int) -> Hit | None:
        """`日本内阁15日通过总额约17.7万亿日元的本财年补充预算案，`, `細則性表決通過《…預算案》。`: a vote
        (`passing`) before a policy noun that ends its clause passes that act, a policy of the voting body
        (golds of heldout11, heldout13, heldout14, heldout18 wire_news, heldout16 and heldout20 macau_news);
        the vote word is returned as the trigger. 通过“单一市场计划”出资 is a means: the noun does not end
        the clause, and 计划 is no policy noun."""
        text = self.facts.text
        if text[act.end:end].strip(_ACT_END):
            return None
        vote = alternation("passing").search(text, start, act.start)
        if vote is None:
            return None
        return Hit(vote.start(), vote.end(), Trigger(vote.group(), _POLICY, "word"))

    def _passed(self, start: int, hits: list[Hit]) -> _Reading | None:
        """`立法會財務委員會昨日…通過約港幣52億3,000萬元撥款`, `通過屯門醫院手術室大樓擴建工程撥款申請`: a
        vote passing funding (`passing` before a payout word of its clause) tells the body's decision,
        a policy, not the payout nor the works funded (golds on heldout12, heldout13, heldout17,
        heldout19 hk_news; the lead's decision over heldout6 and heldout9's payout)."""
        funding = cue_words("funding")
        payout = next((h for h in hits if h.trigger.word in funding), None)  # 通過“一卡通”發放: a means
        if payout is None:
            return None
        vote = alternation("passing").search(self.facts.text, start, payout.start)
        if vote is None:
            return None
        return _Reading(Trigger(vote.group(), _POLICY, "word"), vote.start(), _POLICY, vote.start(), None)

    def _shows_exhibits(self, reading: _Reading, sentence: int) -> bool:
        """A happening named before its opening verb is an exhibition when the rest of its sentence
        says things are shown (国际熊猫消费节10日在成都开幕，展览面积约6万平方米); a verb whose object
        follows it is typed by that object (举办…等10项活动，预计吸引参展商户…)."""
        if reading.noun is not None and reading.noun.start >= reading.at:
            return False
        _, sentence_end = self.facts.layout.sentences[sentence]
        return alternation("exhibits").search(self.facts.text, reading.at, sentence_end) is not None

    def _applied_for(self, noun: Hit, start: int) -> bool:
        """`農民可於11月21日前向各區公所提出申請`, `可于4月15日前向所在学校提出缓考或免考申请`, `即日起至
        115年1月15日向所在地鄉鎮市公所申請`: an application made to an office (`apply_to`: 向) in a
        clause dated before it is a registration window (unseen_stats/taichung_news,
        unseen_events/yichang_city, heldout10/tw_news), told in its own clause; so is one an office
        takes for a scheme it names (`takes_applications`: 起接受第三輪「長者社區照顧服務券」申請, heldout28
        hk, heldout20 macau); without the office or the date (`合資格人士毋須提出申請`) the noun stays a noun."""
        if noun.trigger.type != _REGISTRATION:
            return False
        text = self.facts.text
        named = text[noun.start - 1:noun.start] in _NAME_CLOSERS
        return (any(0 <= text.find(w, start, noun.start) for w in cue_words("apply_to"))
                or (named and any(0 <= text.find(w, start, noun.start) for w in cue_words("takes_applications")))
                or self._taken_from_day(noun, start)) \
            and bool(self.facts.dates_in(start, noun.start))

    def _taken_from_day(self, noun: Hit, start: int) -> bool:
        """`基金下月起接受兩地企業申請` (heldout39/hongkong_news): an office that takes applications from a day on
        (a date, `starts_from`, then `takes_applications` at once) opens a window whatever it names, as
        `…自3月2日起受理申請` does through its word (heldout32/taiwan_news); a window of days before the verb
        (將於下月5日至19日接受海關關員職位網上申請: heldout19/hk_news, a recruitment gold) is no start."""
        facts, text = self.facts, self.facts.text
        for d in facts.dates_in(start, noun.start):
            after = cue_at(text, d.end, "starts_from")
            if after > 0 and cue_at(text, after, "takes_applications") > 0:
                return True
        return False

    def _applied_by(self, hits: list[Hit], start: int) -> int:
        """Where the application noun stands that a deadline right before it dates (`DATE前`, then at most
        a verb of handing in: 可於本月31日前申請每人…生活補助: heldout18/taiwan_news; 本月底前提交的申请仍可享受
        补贴: heldout24/economy_page), or -1: applications taken until that day are a registration window,
        whatever they ask for (the payout noun after it names the aid, not a payout made). Only clauses of
        event nouns ask (`_resolve`); the last noun is read by `_applied_for` first."""
        facts, text = self.facts, self.facts.text
        for k, hit in enumerate(hits):
            if hit.trigger.type != _REGISTRATION:
                continue
            for d in facts.dates_in(start, hit.start):
                if text.startswith(_BEFORE_DAY, d.end) and hit.start - d.end - len(_BEFORE_DAY) <= _HAND_IN_RUN:
                    return k
        return -1

    def _named_window(self, hit: Hit) -> bool:
        """`申請期由下週一（15日）至明年1月2日` (heldout5/hk_news), `申請期為3月12日至25日` (heldout31/
        hongkong_news), `報名期間自115年1月5日至1月23日` (heldout23/taiwan_news): a registration word or noun
        whose window is named right after it (`window_named`), its dates following at once, tells the
        registration itself; `申请期间，…` or `申请期为一个月` name no dates and tell nothing."""
        if hit.trigger.type != _REGISTRATION:
            return False
        at = cue_at(self.facts.text, hit.end, "window_named")
        return at > 0 and self.facts.date_starting(at)

    def _adds_facility(self, reading: _Reading, end: int) -> bool:
        """`已在16間公立醫院加開1,050張臨時病床` (heldout28/hongkong_news, gold launch): what a service word
        adds is no transport run but beds, clinics or windows (`added_facility`): a service launched."""
        if reading.shown.word not in cue_words("added_service"):
            return False
        return alternation("added_facility").search(self.facts.text, reading.at, end) is not None

    def _begins(self, noun: Hit, end: int) -> bool:
        """`寒假自2026年1月10日开始` (heldout18 and heldout20 county_news), `2026年春运自2月2日开始`,
        `春运将于2月2日开始` (heldout28 and heldout11 wire_news): a school-term or travel-season noun whose
        clause gives the day it starts (a date, then `window_open` or `starts_from`) tells the schedule or the
        traffic arrangements itself."""
        if noun.trigger.type not in _SEASONS:
            return False
        text = self.facts.text
        return any(cue_at(text, d.end, "window_open|starts_from") > 0 for d in self.facts.dates_in(noun.end, end))

    def _closed_by(self, noun: Hit, clause: int) -> bool:
        """`申請期限至本月19日止`, `集中缴费将于本月31日截止`, `报名截止日期为9月15日`: an application or
        payment noun whose clause gives the day its window closes (a `deadline` cue, or a date and
        `window_close`) tells the registration itself (heldout4 county and Taiwan pages, heldout11
        and heldout14 pages, heldout17/county_news); not when the clause before in its sentence
        opened the window it closes (昨日起受理…申请,申请期限至11月28日止 is one window, `when`)."""
        if noun.trigger.type != _REGISTRATION:
            return False
        facts, text = self.facts, self.facts.text
        start, end, sentence = facts.layout.clauses[clause]
        dates = facts.dates_in(noun.end, end)
        if not any(cue_ends_at(text, d.start, "deadline", noun.end) or cue_at(text, d.end, "window_close") > 0
                   or (d.start > noun.end and cue_ends_at(text, d.start, "cutoff", noun.end)
                       and facts.closes_registration(cue_start_before(text, d.start, "cutoff")))
                   for d in dates):
            return False
        if clause == 0 or facts.layout.clauses[clause - 1][2] != sentence:
            return True
        before_start, before_end, _ = facts.layout.clauses[clause - 1]
        if any(cue_at(text, d.end, "window_open|starts_from|phase|opening") > 0
               for d in facts.dates_in(before_start, before_end)):
            return False
        return not self._opened_before(clause, sentence)

    def _opened_before(self, clause: int, sentence: int) -> bool:
        """Whether an earlier clause of the sentence, past the one right before, opened an application
        window from a day (`window_open`, `starts_from`): the deadline clause closes that window, one
        registration (經濟部今（5）日起受理「…補助」申請，…，總經費3億元，申請期限至…止: heldout18/taiwan_news;
        社會福利署下周一（19日）起接受第三輪「…」申請，…，申請截止日期為3月31日: heldout28/hongkong_news).
        Only a clause that holds a registration word or noun opens one (活动自10月1日起举行，…报名截止日期为…
        closes no window of the activity's)."""
        facts, text = self.facts, self.facts.text
        k = clause - 2
        while k >= max(0, clause - _WINDOW_LOOKBACK) and facts.layout.clauses[k][2] == sentence:
            if any(h.trigger.type == _REGISTRATION for h in self.clause_hits.get(k, ())):
                opener_start, opener_end, _ = facts.layout.clauses[k]
                if any(cue_at(text, d.end, "window_open|starts_from") > 0
                       for d in facts.dates_in(opener_start, opener_end)):
                    return True
            k -= 1
        return False

    def _new_venue(self, reading: _Reading, start: int, end: int) -> bool:
        """`…书房…正式开放`, `分馆将于6月28日正式开馆`, `夜游项目于3月28日开放`: a place opened once is a
        launch; its hours are a schedule (`每天开放时间为…`, `每周五至周日开放至22时`, `恢复开放`,
        `延长开放时间`: a repeat, its hours, or a word that says the place was open before)."""
        text = self.facts.text
        at, word = reading.shown_at, reading.shown.word
        if word not in cue_words("opening"):
            return False
        return cue_start_before(text, at, "open_before", start) < 0 and \
            cue_at(text, at + len(word), "opening_hours") < 0 and \
            alternation("recurring").search(text, start, end) is None

    def _dated(self, verb: Hit, sentence: int) -> bool:
        """Whether a verb of a specific type (实施, 开放, 延长; not 开展 or 举行) tells its own event:
        when its sentence dates it to a day, a part of a month, a month or a quarter before it."""
        if verb.trigger.type in _GENERIC_TYPES or verb.trigger.word in cue_words("raise_verb"):
            return False  # 3月起提高…: a raise tells a policy only with its standard or limit noun
        sent_start, _ = self.facts.layout.sentences[sentence]
        text = self.facts.text
        # a rule (禁止) is put in force from a day (自12月1日起,…禁止垂钓) or for a window of days
        # (2025年12月31日20时至2026年1月1日2时，…禁止机动车通行: heldout13, heldout16 county notices);
        # a single day said before it otherwise dates a reminder of it (4月1日,X提醒,大桥禁止货车通行)
        from_day = verb.trigger.word in cue_words("rule_verb")
        if from_day and self._period_window(verb.start, sentence) is not None:
            return True  # 二、森林防火期内，…禁止…: in force through the window item one gave the period
        from_only = verb.trigger.word in cue_words("from_verb")  # 执行: 起 even after a window
        return any(d.mention.value is not None and d.mention.grain in _DATING_GRAINS
                   and not (from_day and (from_only or d.mention.value.start == d.mention.value.end)
                            and alternation("starts_from").search(text, d.start, verb.start) is None)
                   for d in self.facts.dates_in(sent_start, verb.start))

    def _told_word(self, words: list[Hit]) -> Hit:
        """The word that tells the clause's happening. Words before an adverb, a schedule cue or a
        date name the subject (评选结果将于6月30日前公布: the event is 公布); the first word after
        it is the predicate, unless it only starts something (启动): then the subject's last word
        (评选申报工作将于3月中旬启动 is a registration, 招募工作正式启动 a recruitment). Without such
        a boundary, the first word (公布…评选结果 is an announcement)."""
        if len(words) < 2:
            return words[0]
        text, facts = self.facts.text, self.facts
        if words[0].trigger.type == _NOTICE and any(_results_of(text, words[0], w) for w in words[1:]):
            # 公布…2026年度考试录用公务员笔试成绩 (heldout27 wire): the results made public, whatever date in them
            return words[0]
        boundary = -1
        # 公布2024年度…: a date right after a word is its object's, all of it (公布10月至11月…抽检结果: heldout19
        # economy; its 至 is no schedule cue)
        first = words[0].end + 1
        k = bisect.bisect_left(facts.date_starts, words[0].end)
        if k < len(facts.dates) and facts.dates[k].start == words[0].end:
            first = max(first, facts.dates[k].end)
        for pos in range(first, words[-1].start):
            if cue_at(text, pos, "adverb|schedule_cue") > 0 or facts.date_starting(pos):
                boundary = pos
                break
        if boundary < 0:
            k = 0  # the head of words run together ends them: 培训报名 is a registration (for a training)
            while k + 1 < len(words) and words[k + 1].start == words[k].end:
                k += 1
            if k > 0 and words[k].trigger.type == _REGISTRATION:
                return words[k]  # 培训报名将于本月26日截止 (heldout26 county), 考试报名工作…启动 (heldout17 wire)
            return words[0]
        subject = [w for w in words if w.end <= boundary]
        predicate = next(w for w in words if w.start >= boundary)
        if cue_at(text, predicate.start, "phase") == predicate.end and subject:
            return subject[-1]
        return predicate

    def _setting(self, hits: list[Hit], end: int) -> bool:
        """`签约仪式上,X与Y签订了…协议`, `颁奖典礼上`: a clause that only names the event where what
        follows happened (an event noun, a place word, the clause end; no verb) states nothing itself."""
        last = hits[-1]
        if last.trigger.kind != "noun" or any(h.trigger.kind == "verb" for h in hits):
            return False
        tail = cue_at(self.facts.text, last.end, "place_tail")
        return tail > 0 and self.facts.text[tail:end].strip() == ""

    def _done(self, hit: Hit, sentence: int) -> bool:
        """A verb that states work only as a plan (完成: 将完成…筛查, 在6月底前完成…检测) told with no
        plan or future word before it in its sentence: work done, a summary (圆满完成…等重大活动志愿服务)."""
        text = self.facts.text
        if hit.trigger.kind != "verb" or cue_at(text, hit.start, "prospective") != hit.end:
            return False
        sent_start, _ = self.facts.layout.sentences[sentence]
        return alternation("plan|future").search(text, sent_start, hit.start) is None

    def _target(self, hit: Hit, start: int) -> bool:
        """A project's completion forecast (计划于5月中旬完工, 预计明年6月投产, 一期计划于明年底前建成
        投产): a plan word before a completion word in its clause gives a target date, not a happening;
        so does the word that completes it (预计国庆节前完工开放). A goal word (确保) before works
        started or finished is a requirement (heldout15-16 county_news, jiujiang_minsheng)."""
        text = self.facts.text
        # the word is a completion word only if it is one of them (a set lookup spares the match)
        own = hit.trigger.word in cue_words("completion") and cue_at(text, hit.start, "completion") == hit.end
        completion = own or cue_ends_at(text, hit.start, "completion", start)
        if (completion or hit.trigger.type == _BUILD) and self._goal_before(hit, start):
            return True  # 确保明年6月底前完工, 确保明年一季度全部开工: a goal set for the works
        return completion and alternation("plan").search(text, start, hit.start) is not None

    def _finish_forecast(self, hit: Hit, start: int) -> bool:
        """`预计本月底前全面完成收割` (heldout39/county_news), `预计11月上旬基本完成收割` (unseen_stats2/anji_jingji):
        farm work a plan word forecasts to be finished (`finish` a few characters before the work word) is the
        day the work told before ends, no happening of its own (neither page has a gold there; unseen_events2/
        yishui_county's 预计9月底前基本完成秋收 is optional). A goal word is no forecast: 确保9月底前完成水稻收割 is
        unseen_layout/chenggu_county's gold, 确保…完成小麦播种 none on heldout40/county_news, so 确保 is left."""
        text = self.facts.text
        lo = max(start, hit.start - _FINISH_REACH)
        found = alternation("finish").search(text, lo, hit.start)
        return found is not None and alternation("plan").search(text, start, found.start()) is not None

    def _goal_before(self, hit: Hit, start: int) -> bool:
        """Whether a goal word (确保) stands between the clause start and the hit (read from the
        page's one scan, `goals_at`)."""
        k = bisect.bisect_left(self.goals_at, start)
        return k < len(self.goals_at) and self.goals_at[k] < hit.start

    def _yield_once_done(self, hit: Hit) -> bool:
        """`建成后年发电量可达…`, `投产后年产值…`: a completion word before 后年 tells what the project
        yields each year once done (seven sentences on the development pages, none an event in
        their golds), no happening; so does one before 后 and a modal (`建成后可带动…`, `达产后可实现…`,
        `完工后将解决…`, heldout46/county_news, heldout7/economy_page, heldout12/county_news). `建成后，`
        stays a candidate (heldout5/economy_page's gold)."""
        text = self.facts.text  # 后 first: one comparison spares the cue lookup at almost every hit
        after = hit.end + 1
        if not (text.startswith(_YEARLY, hit.end) or text.startswith(_ONCE_DONE, after)):
            return False
        return cue_at(text, hit.start, "completion") == hit.end

    def _penalty(self, hit: Hit, start: int) -> Hit:
        """A legal word after `最高可` in its clause is the penalty a rule sets (違者最高可處…罰鍰, 違規業主最高可被
        罰款…): it tells the rule in force, a policy, and no fine imposed (heldout9 hk_news, heldout21
        taiwan_economy golds)."""
        if self.facts.text.find(_PENALTY_CAP, start, hit.start) < 0:
            return hit
        return Hit(hit.start, hit.end, Trigger(hit.trigger.word, _POLICY, hit.trigger.kind))

    def _time_setting(self, hits: list[Hit], start: int, end: int) -> bool:
        """`启动当天,“三峡名家讲坛”首场开讲`, `揭牌当天,…`: a clause that only names a happening told
        before and its day (trigger words, then 当天, 当日, 当晚) dates what follows; it states nothing."""
        text = self.facts.text
        tail = cue_at(text, hits[-1].end, "anaphor")
        return tail > 0 and not text[tail:end].strip() and not text[start:hits[0].start].strip()

    def _without_cause(self, start: int, end: int, hits: list[Hit]) -> list[Hit]:
        """The hits past a cause that opens the clause (因展厅改造施工需要, 受施工影响): the cause's
        work is not the happening the sentence tells."""
        text = self.facts.text
        closes = alternation("cause_close")
        if closes.search(text, start, end) is None:
            return hits  # no cause closes in the clause (most): its lead need not be read
        pos = self.facts.skip_lead(start, end)
        if cue_at(text, pos, "cause_open") < 0:
            return hits
        close = closes.search(text, pos, end)
        if close is None:
            return hits
        return [h for h in hits if h.start >= close.end()]

    def _quoted_name(self, pos: int, end: int) -> Hit | None:
        """A quotation after a generic verb names the happening it holds (开展为期三个月的“清河行动”):
        an event noun of type activity, unless an event noun inside typed it already."""
        facts = self.facts
        opener = facts.quote_after(pos, end)
        if opener < 0:
            return None
        closer = facts.layout.closing[opener]
        return Hit(opener, closer + 1, Trigger(facts.text[opener:closer + 1], self._day_type(closer), "noun"))

    def _day_type(self, closer: int) -> str:
        """A quoted name that ends in a word and a day (`day_head`: 舉辦「機場招聘日」, 舉辦「樂活就業招聘日」:
        heldout15 and heldout19 hk_news) is a day of that word's happening, a recruitment; one that ends
        in a contest head (`contest_head`: 「港島東區長跑賽」) a competition; other names are activities
        (「紫禁城的冬日」 ends in no word)."""
        facts = self.facts
        if cue_ends_at(facts.text, closer, "contest_head", closer - 1):
            return _CONTEST  # 舉行的「港島東區長跑賽」: a contest
        day = cue_start_before(facts.text, closer, "day_head", max(0, closer - 1))
        if day < 0:
            return _NAMED
        k = bisect.bisect_left(facts.body_hit_ends, day)
        hits = facts.body_hits
        if k < len(hits) and hits[k].end == day and hits[k].trigger.kind == "word":
            return hits[k].trigger.type
        return _NAMED

    def _named_show(self, start: int, verb_at: int) -> Hit | None:
        """A name that ends in 展 before a generic verb names the exhibition it opens or holds (貿發局主辦的香港
        國際授權展將於…舉行: heldout24/hongkong_finance; 「2025台灣智慧製造展」明（10）日起…登場: heldout21/
        taiwan_economy), whether or not the vocabulary lists the word, as 车展 and 作品展 are: its 展 is an
        exhibition noun. The name ends where a quotation closes, a date, an adverb or a schedule cue starts
        (將於), or 在 says the place; 展开, 展示, 会展中心 go on past 展."""
        facts, text = self.facts, self.facts.text
        at = text.find(_SHOW, start, verb_at)
        while at > start:
            after = at + len(_SHOW)
            if text[after:after + 1] in _NAME_CLOSERS or text.startswith(_AT, after) or facts.date_starting(after) \
                    or cue_at(text, after, "adverb|schedule_cue") > 0:
                return Hit(at, after, Trigger(_SHOW, _EXHIBITION, "noun"))
            at = text.find(_SHOW, after, verb_at)
        return None

    def _named_season(self, verb_end: int, end: int) -> Hit | None:
        """A season or festival a generic verb holds, named as its whole object (举办…冬季消费季暨年货节:
        heldout10/economy_page, gold activity), is a public campaign, as one a phase word starts
        (`_started_type`), whether or not the vocabulary lists its word (年货节 is left out: its golds split)."""
        head = self._season_head(verb_end, end)
        if head < 0:
            return None
        return Hit(head, head + 1, Trigger(self.facts.text[head], _NAMED, "noun"))

    def _shown_object(self, verb_end: int, end: int) -> Hit | None:
        """A show named as the whole object of a generic verb, ending in 展 as a word of its own, is the
        exhibition the verb holds or attends (参加国际鞋展: heldout39/economy_page; 参加国际五金及工具展:
        heldout31/economy_page; 举办江西品牌商品展: heldout37/wire_news), as a name before the verb is
        (`_named_show`): no word of the dictionary ends at that 展 (发展, 进展, 拓展 are acts; 车展, 书画展 are
        the vocabulary's own nouns)."""
        text = self.facts.text
        tail = text[verb_end:end].rstrip(_ACT_END)
        head = verb_end + len(tail) - 1
        if not tail.endswith(_SHOW) or len(tail) < 2 or len(tail) > _SEASON_OBJECT or \
                not all("\u4e00" <= c <= "\u9fff" or c.isdigit() or c in _NAME_QUOTES for c in tail) or \
                ends_after(text, head, head + 1):
            return None
        return Hit(head, head + 1, Trigger(_SHOW, _EXHIBITION, "noun"))

    def _held_gathering(self, verb: Hit, end: int) -> Hit | None:
        """A gathering named as the whole object of a hold verb (`hold_verb`), ending in a gathering head
        (`_GATHERING_HEADS`: 舉辦中秋遊園會, 举办秋茶品鉴会, 舉行小一入學簡介會, 舉辦開放日), is the happening the verb
        holds, of the verb's own type, whether or not the vocabulary lists its word, as a show is
        (`_shown_object`). The name is Han characters after one (举行会议 is the vocabulary's), no
        organization's (举办…协会) and no date's (举行于5日)."""
        if verb.trigger.word not in cue_words("hold_verb"):
            return None
        facts, text = self.facts, self.facts.text
        tail = text[verb.end:end].rstrip(_ACT_END)
        head = verb.end + len(tail) - 1
        if len(tail) < 3 or len(tail) > _SEASON_OBJECT or text[head] not in _GATHERING_HEADS or \
                not all("\u4e00" <= c <= "\u9fff" or c.isdigit() or c in _NAME_QUOTES for c in tail) or \
                not "\u4e00" <= text[head - 1] <= "\u9fff" or facts.in_org[head] or facts.in_date(head):
            return None
        return Hit(head, head + 1, Trigger(text[head], verb.trigger.type, "noun"))

    def _edition_name(self, start: int, verb_at: int) -> Hit | None:
        """A name numbered by its edition before a generic verb names the happening it opens or
        closes (为期4天的第三届江海国际家纺采购节昨天…闭幕, 第五届沭阳花木年货节将于下周一…开幕): its
        head (`edition_head`, 节) makes it an event noun of type activity, whether or not the
        vocabulary lists the word (most festivals fall below the build's frequency cutoff)."""
        found = _edition().search(self.facts.text, start, verb_at)
        if found is None:
            return None
        return Hit(found.start(1), found.end(1), Trigger(found.group(1), _NAMED, "noun"))

    def _filled(self, typed: list[Hit], end: int) -> _Reading | None:
        """`“银发课堂”专场座无虚席`, `…系列活动吸引游客12.8万人次`: an event noun that people filled
        tells the happening, when it is named (a quotation ends at or before it) and is no place
        of it (活动现场人头攒动 states nothing)."""
        text, facts = self.facts.text, self.facts
        noun = typed[0]
        if noun.trigger.kind != "noun" or cue_at(text, noun.end, "place_tail") > 0:
            return None
        if not (facts.quote_opener(noun.end) >= 0 or facts.quote_before(noun.start) >= 0):
            return None
        if alternation("participation").search(text, noun.end, end) is None:
            return None
        return _Reading(noun.trigger, noun.start, noun.trigger.type, noun.start, noun)

    def _move(self, clause: int, sentence: int, first: int, hits: list[Hit]) -> Candidate | None:
        """A movement verb states an event only with a place right after it (来到天鑫花园小区;
        not 春天来到), and not before a verb it qualifies (深入推进, `before_act`)."""
        text = self.facts.text
        _, clause_end, _ = self.facts.layout.clauses[clause]
        for move in (h for h in hits if h.trigger.kind == "move"):
            if move.trigger.word in cue_words("manner_move") and before_act(text, move, self.facts.triggers):
                continue  # 深入推进…, 深入落实成员国领导人共识: an adverb, no movement
            after = move.end + len(_PERFECTIVE) if text.startswith(_PERFECTIVE, move.end) else move.end
            place = self.places.place_at(after, clause_end)
            if place is not None:
                return Candidate(clause, sentence, move.trigger, move.start, move.trigger.type, first,
                                 move.start, True, place_after=place)
        return None

    def _summary(self, cand: Candidate) -> bool:
        """`设有…培训…等功能区`, `共签约29个项目`, `截至3月4日,已发放…`: what a place holds, a total,
        a count up to a day; `累计开展…`, `每周走访企业` are marked cumulative (an event only with a
        date and a named actor, `_event`)."""
        layout, text = self.facts.layout, self.facts.text
        start, end, sentence = layout.clauses[cand.clause]
        lo = start  # the clause, or the one before it in its sentence
        if cand.clause > 0:
            before_start, _, before_sentence = layout.clauses[cand.clause - 1]
            lo = before_start if before_sentence == sentence else start
        listed = alternation("inventory").search(text, lo, cand.first_hit)
        if listed and (listed.start() >= start or not self.facts.dates_in(start, cand.trigger_at)):
            # 设有岗位推介、技能培训等功能区: what a place holds, not what happened; 全市共有220个
            # 社会组织到社区报到,与社区开展共建活动250余次: a count, in its clause or the one before. A clause
            # dated before its trigger tells its own happening after the count (共有97种药品新增进入目录，
            # 新版目录将于明年1月1日起正式实施: heldout49/wire_news; 今年全县中考共有考生4318人，录取分数线将于
            # 7月10日公布: heldout37/county_news)
            return True
        if sentence in self.totalled and _DIGIT.search(text, cand.trigger_at, end) is not None:
            # 共偵破私煙案件1,236宗，按年上升…，檢獲私煙逾4億支 (heldout11, unseen_stats2): a count after
            # a total in its sentence goes on with the total
            return True
        totalled = cue_ends_at(text, cand.trigger_start, "total", start)
        checks_told = totalled and cand.type == _CHECK and lo == start
        if totalled and cand.type != _AWARD and not self._results_total(cand) and not checks_told:
            # 共签约29个项目: a total; not 共同签约 (the word must touch the trigger). An award's total
            # counts the winners of one selection (共评出一等奖8名、二等奖16名): the selection is told.
            # A body's checks over a period that open their sentence (勞工處今年首十個月共巡查…次,
            # heldout15 hk_news; 市市场监管局前10个月共抽检…批次, heldout12) are one round of checking,
            # cumulative below; after a clause (开展…检查,共检查…家) they count the act told before
            self.totalled.add(sentence)
            return True
        total = cue_at(text, cand.trigger_at + len(cand.trigger.word), "total")
        if total > 0 and self.facts.triggers.at(text, total) is None and _DIGIT.search(text, total, end) is not None:
            # 住宅買賣登記共5,236宗 (heldout8), 文憑考試共有約5萬5,300名考生報考 (heldout11): what the
            # trigger names is counted; 评选共评出…20名 tells the act that follows
            return True
        # 截至3月4日,已向…发放贷款1.2亿元: a count up to a day, in its clause or the one before; not
        # the period of what the trigger names (公布截至9月底止首三季業績: heldout24/hongkong_finance)
        if self._counted_up_to(lo, cand.trigger_at):
            return True
        counts = cue_ends_at(text, cand.trigger_at, "tally", start) or cand.trigger.word in cue_words("case_count") \
            or self._opens_with_tally(cand) \
            or (text.endswith(_ALREADY, start, cand.trigger_at) and cand.trigger.word in cue_words("completion"))
        # 园区已建成标准厂房12万平方米 (heldout18, heldout20, heldout21 economy), 全市已建成…站点286个
        # (jiujiang_minsheng): what stands built, a count
        cand.tally = counts and _DIGIT.search(text, cand.trigger_at, end) is not None  # 审结…126件
        # 今年以来,X累计发放…, X今年组织…参加各类展销会 (heldout15 economy, unseen_layout chenggu): many acts told
        # by a cumulative word; a year dates them (`_event`). Not a bare tally (该院已审结…126件: luoyang_front;
        # 新签约…居民3200余人: wuhu_health)
        cand.counted = self._many(start, end, cand.trigger_at) or checks_told
        cand.cumulative = cand.counted or cand.tally \
            or (self._repeats(start, end)
                and alternation("plan|future").search(text, start, cand.first_hit) is None
                and not self._starts_on_day(lo, max(cand.first_hit, cand.trigger_at))
                and not self._daily_in_window(cand, lo))
        return False

    def _planned(self, cand: Candidate) -> bool:
        """Whether a plan or future word before the trigger in its clause makes the count a target (X今年将组织
        此类巡诊活动不少于20次: ganzhou_p2), not acts done; asked only of a count a year dates."""
        start, _, _ = self.facts.layout.clauses[cand.clause]
        return alternation("plan|future").search(self.facts.text, start, cand.first_hit) is not None

    def _opens_with_tally(self, cand: Candidate) -> bool:
        """`新开通外贸航线7条`, `新开工亿元以上项目20个`: the vocabulary's 新 twins of the words of 开 (read
        before 新开, build_event_triggers.NEW_OPEN) start with the tally word 新; what follows it is the
        word the tally counts, as 新 + 开通 was read before the twins."""
        text = self.facts.text
        end = cue_at(text, cand.trigger_at, "tally")
        return cand.trigger_at < end < cand.trigger_at + len(cand.trigger.word) and \
            self.facts.triggers.starts_at(text, end)

    def _repeats(self, start: int, end: int) -> bool:
        """Whether a recurring word in `start:end` says the act repeats (每周走访企业, 每日9时至22时); one
        right before an amount is a rate that measures what one act gave or added (加开免费接驳车每日16班次:
        heldout18 taiwan_news; 按每人每天80元的标准发放误工补贴: heldout18 county_news)."""
        text = self.facts.text
        return any(_RATE.match(text, m.end()) is None for m in alternation("recurring").finditer(text, start, end))

    def _results_total(self, cand: Candidate) -> bool:
        """`X公布第三季度…抽检结果,共抽检食品样品4126批次`: the total of checks whose results a notice
        made public, told in the clause after the notice's (after a comma or a colon alike: 公布…抽检结果:
        共抽检…), is the checking itself (one round over a period; the lead's decision)."""
        if cand.type != _CHECK or cand.clause == 0:
            return False
        layout, text = self.facts.layout, self.facts.text
        start, _, sentence = layout.clauses[cand.clause]
        if layout.clauses[cand.clause - 1][2] != sentence or text[start - 1:start] not in _RESULTS_LEAD:
            return False
        return any(h.trigger.type == _NOTICE for h in self.clause_hits.get(cand.clause - 1, ()))

    def _results_period(self, cand: Candidate) -> Located | None:
        """`公布第三季度…抽检结果,共抽检…`: the period whose results the notice made public dates
        the checks it totals (heldout4-6 golds; the lead's decision); None when none is written."""
        if not self._results_total(cand):
            return None
        _, end, _ = self.facts.layout.clauses[cand.clause - 1]
        notices = [h for h in self.clause_hits.get(cand.clause - 1, ()) if h.trigger.type == _NOTICE]
        values = [(d, self.dates.value(d)) for d in self.facts.dates_in(notices[0].end, end)]
        periods = [d for d, v in values if v is not None and v.start != v.end]
        return periods[0] if periods else None

    def _period_window(self, at: int, sentence: int) -> Located | None:
        """`一、2025年11月1日至2026年4月30日为全县森林防火期。二、森林防火期内，禁止…`: a rule set in a named
        period (`period_within`) before it in its sentence is in force through the window an earlier
        sentence of the notice gives that period (the same last three characters, 防火期); None else."""
        facts, text = self.facts, self.facts.text
        sent_start, _ = facts.layout.sentences[sentence]
        if text.startswith(_MEANWHILE, sent_start) and sentence > 0:
            return self._window_of(*facts.layout.sentences[sentence - 1])
        within = alternation("period_within").search(text, sent_start, at)
        if within is None or within.start() - sent_start < _PERIOD_KEY:
            return None
        key = text[within.start() - _PERIOD_KEY + 1:within.start() + 1]  # 森林防火期内 → 防火期
        named = text.rfind(key, 0, sent_start)
        if named < 0:
            return None
        return self._window_of(text.rfind("\n", 0, named) + 1, named)  # the item's line: 一、…为…防火期

    def _window_of(self, start: int, end: int) -> Located | None:
        """The first window of days said in `start:end` (一、2026年11月15日至2027年4月30日为…期), or None."""
        for d in self.facts.dates_in(start, end):
            value = self.dates.value(d)
            if value is not None and value.start != value.end:
                return d
        return None

    def _counted_up_to(self, lo: int, end: int) -> bool:
        """Whether a cutoff word in `lo:end` ends a count (截至3月4日,已发放…); one that ends a window
        is a deadline of the happening (报名截止日期为10月16日, 报名将于11月20日截止), and one whose date
        is the day farm work stood done to (截至4月20日,全市已完成早稻育秧…: `DateReader.progress_day`)
        dates that work's progress."""
        text, facts = self.facts.text, self.facts
        for m in alternation("cutoff").finditer(text, lo, end):
            if cue_at(text, m.start(), "deadline") > 0 or facts.closes_registration(m.start()):
                continue  # 截止日期为10月16日, 报名截至本周四
            if m.group() in cue_words("window_close") and \
                    any(d.end == m.start() for d in facts.dates_in(lo, m.start())):
                continue  # 将于11月20日截止
            if any(d.start == m.end() and self.dates.progress_day(d) for d in facts.dates_in(m.end(), end)):
                continue  # 截至11月底,安乡县完成冬种油菜播种20.5万亩
            return True
        return False

    def _daily_in_window(self, cand: Candidate, lo: int) -> bool:
        """`自2025年12月20日至2026年3月15日，…每日22时至次日6时禁止…通行` (heldout20 county), `12月19日至21日，…
        每日8时至20时禁止机动车通行` (heldout7 wire): a traffic rule's hours of each day within a window of days
        that its clause or the one before gives say when it applies; one arrangement, not many. After a clause
        that tells the rule itself (…自11月17日起至12月31日實施夜間交通管制，每日晚間10時至翌日…封閉…: heldout4
        tw_daily, heldout10 tw_news) they are its hours, told with it (`when._hours_end`: no day of their own)."""
        if cand.type != _TRAFFIC:
            return False
        if any(d.mention.value is not None and d.mention.grain == _DAY  # a window of days; not 今年 (a year)
               and d.mention.value.start != d.mention.value.end for d in self.facts.dates_in(lo, cand.first_hit)):
            return True
        # 今（17）日起針對台2線…進行邊坡改善工程，為期約30天，施工期間每日上午9時至下午4時實施單線雙向管制 (heldout40
        # taiwan): the day the works start from, earlier in the sentence, starts the rule's daily hours too
        sent_start, _ = self.facts.layout.sentences[cand.sentence]
        return self._starts_on_day(sent_start, lo)

    def _starts_on_day(self, lo: int, hi: int) -> bool:
        """`自5月24日起,…每天增开列车6对`: a day that a repeating arrangement starts from, in the
        clause or the one before it, makes the arrangement one happening (its start)."""
        text = self.facts.text
        return any(d.mention.value is not None and cue_at(text, d.end, "starts_from") > 0
                   for d in self.facts.dates_in(lo, hi))

    def _many(self, start: int, end: int, trigger_at: int) -> bool:
        """Whether a cumulative word (累计, 先后获得) tells many happenings in the clause; the stops of
        one trip (先后参观了A和B, 先后到A、B实地察看: a place cue or a visit or an inspection right
        after the word) are one happening, and a sum after the trigger (发放奖金共计18.6万元) is what
        the one act gave."""
        text = self.facts.text
        sums = cue_words("sum_of_one")
        for m in alternation("cumulative").finditer(text, start, end):
            if m.start() > trigger_at and m.group() in sums:
                continue
            if m.group() not in cue_words("in_turn"):
                return True
            after = self.facts.triggers.at(text, m.end())
            if cue_at(text, m.end(), "place_cue") < 0 and (after is None or after.type not in _TRIP_TYPES):
                return True
        return False

    # -------------------------------------------------------------- records
    def records(self) -> list[Record]:
        cands = self.candidates()
        layout = self.facts.layout
        def clause_end(cand: Candidate) -> int:
            _, end, _ = layout.clauses[cand.clause]
            return end

        previous_end: dict[int, int] = {}  # a sentence's second candidate starts after the first's clause
        for cand in cands:
            if cand.move:
                self._purpose(cand)
            sent_start, _ = layout.sentences[cand.sentence]
            cand.span_start = layout.clauses[cand.clause][0] if cand.window \
                else previous_end.get(cand.sentence, sent_start)
            previous_end[cand.sentence] = clause_end(cand) + 1
        records: list[Record] = []
        for cand in cands:
            same = None
            for rec in records[:-_MERGE_LOOKBACK - 1:-1]:  # 网上报名从3月14日开始,…,进行网上报名
                if rec.candidates[-1].sentence != cand.sentence:
                    break
                if self._same(rec, cand):
                    same = rec
                    break
            if same is not None:
                same.candidates.append(cand)
                same.end = clause_end(cand)
                continue
            if self._entrants(cand):
                continue  # 康文署預計展期內可吸引約30萬人次參觀 (heldout13/hk_news): a turnout, not a happening
            records.append(Record([cand], cand.span_start, clause_end(cand)))
        records.sort(key=lambda r: r.start)
        for k, rec in enumerate(records):
            _, sentence_end = layout.sentences[rec.candidates[-1].sentence]
            nxt = records[k + 1].start if k + 1 < len(records) else sentence_end
            rec.stat_limit = min(sentence_end, nxt) if nxt > rec.start else sentence_end
        return records

    def _reported_start(self, rec: Record) -> int:
        """Where the event's reported span starts: its record's start, but not before a join that opens a
        clause of the record's own (…舉辦「澎湃跨年」晚會，預計吸引逾3萬人次，| 交通部航港局已協調業者…加開台澎航班:
        heldout46/taiwan_news; …可吸引遊客逾80萬人次，| 市府交通局並規劃假日加開免費接駁公車: heldout30/taiwan_news):
        the clauses before the join end another happening's paragraph, and the span would reach over the
        block that stands between the two pieces on the page."""
        article, layout = self.facts.article, self.facts.layout
        opening = layout.clauses[rec.candidates[0].clause][0]
        pieces = article.piece_starts
        k = bisect.bisect_right(pieces, opening) - 1
        if k <= 0 or pieces[k] <= rec.start:
            return rec.start  # the common case: no join between the record's start and its first clause
        for join in reversed(pieces[:k + 1]):
            if join <= rec.start:
                break
            clause = bisect.bisect_right(layout.clause_starts, join) - 1
            if layout.clause_starts[clause] == join and join not in article.paragraph_starts:
                return join
        return rec.start

    def _type_of(self, rec: Record, subject: Subject) -> str:
        """The record's type: its lead's, but a movement that its sentence gives no purpose is a
        visit by officials or bodies and an activity of people (志愿者们来到…公园, 孩子们来到…)."""
        lead = rec.lead
        if not lead.move or lead.purpose:
            return lead.type
        facts = self.facts
        if subject.group:
            return _PEOPLE_MOVE
        people = alternation("file:participant_words").search(facts.text, subject.start, lead.trigger_start)
        return _PEOPLE_MOVE if people is not None and not facts.in_org[people.start()] else lead.type

    def _purpose(self, cand: Candidate) -> None:
        """A movement verb takes the type of what the rest of its sentence says it was for, an
        event noun or word in a later clause that states no event of its own (市领导来到…化工园区,
        实地检查…: an inspection)."""
        layout = self.facts.layout
        last = min(len(layout.clauses), cand.clause + 1 + _PURPOSE_LOOKAHEAD)
        for clause in range(cand.clause + 1, last):
            if layout.clauses[clause][2] != cand.sentence or clause in self.trigger_clauses:
                return  # the next event of the sentence tells the purpose itself (records merge)
            for hit in self.clause_hits.get(clause, ()):
                if hit.trigger.kind in ("noun", "word"):
                    cand.type, cand.purpose = hit.trigger.type, True
                    return

    def _same(self, rec: Record, cand: Candidate) -> bool:
        """One happening told twice in a sentence: same type (or a move joined to what it is for),
        unless both clauses state different dates of their own, a document issued is then put in
        force on a date of the later clause's own, or a court hearing has a day of its own."""
        lead = rec.lead
        if self._entrants(cand):
            return True  # 公布…大赛获奖名单，全区37所学校的412件作品参赛: who took part in what was told
        if not (cand.move or all(c.move for c in rec.candidates) or cand.type == lead.type):
            return False
        if cand.noun and lead.noun and cand.noun != lead.noun:
            return False  # 组织企业参加交易会,并将于5月中旬举办博览会: two exhibitions
        added = cue_words("added_service")
        if cand.trigger.word != lead.trigger.word and (cand.trigger.word in added or lead.trigger.word in added):
            return False  # …将暂停服务,期间将加开接驳巴士; 每日加開至120航次，…實施交通管制: a service added is its own
        mine = self.dates.clause_value(rec.candidates[-1].clause)
        theirs = self.dates.clause_value(cand.clause)
        if theirs is not None and mine != theirs and cand.trigger.word != lead.trigger.word \
                and cand.trigger.word in cue_words("hearing"):
            return False  # …落案起訴，今日在西九龍裁判法院提堂: charged, then in court on a day of its own
        if theirs is not None and mine != theirs and lead.trigger.word in cue_words("issuing") \
                and cand.trigger.word in cue_words("in_force"):
            return False  # 印发《…措施》,…,措施自7月1日起施行: issued, then in force on a day of its own
        return mine is None or theirs is None or mine == theirs

    def _entrants(self, cand: Candidate) -> bool:
        """`全区37所学校的412件作品参赛`, `共有1.2万名跑者参赛`: an `entering` verb with no event noun of its own
        after a count in its clause tells who took part in the happening its sentence told before."""
        if cand.noun is not None or cand.trigger.word not in cue_words("entering"):
            return False
        start, _, _ = self.facts.layout.clauses[cand.clause]
        return _DIGIT.search(self.facts.text, start, cand.trigger_at) is not None

    def _event(self, rec: Record, previous: Record | None) -> Event | None:
        facts = self.facts
        article, raw = facts.article, facts.article.raw
        lead = rec.lead
        subject = self.parties.subject(rec)
        place, hosting, bare = self.places.location(rec, subject)
        if place is None and lead.type == _SIGNING:
            scene = self._scene(rec)  # …博览会在鲁台会展中心闭幕。…,现场签约项目37个: signed at its venue
            place = scene.place if scene is not None else None
        carried = self._carried(rec, previous, subject)
        before: Record | None | object = _UNREAD  # the happening told before that dates it: read on first need
        window = self._period_window(lead.trigger_at, lead.sentence) \
            if lead.trigger.word in cue_words("rule_verb") else None  # 防火期内，…禁止…: item one's window
        item_window = next((c.item_window for c in rec.candidates if c.item_window is not None), None)
        window = window or item_window
        if (place is None or bare) and not subject.parties and not carried and window is None \
                and not (subject.source and lead.type == _NOTICE):
            before = self._told_before(rec, previous)
            if before is None and self._untold(rec):
                return None  # nothing concrete: the date and host readers are spared
        date = window or self._results_period(lead) or self.dates.date_of(rec, self.trigger_clauses)
        anchored = date is window is not None or self.dates.anchors(date, rec)
        if not anchored:
            if before is _UNREAD:
                before = self._told_before(rec, previous)
            if isinstance(before, Record):
                date, anchored = before.date, True
        cumulative = any(c.cumulative for c in rec.candidates)
        # a count of many acts (not a repeat, a tally or a plan) is dated by a year too (今年以来，X累计发放…)
        counted = anchored or (cumulative and all(c.counted for c in rec.candidates if c.cumulative)
                               and self.dates.counts_in(date, rec) and not self._planned(rec.lead))
        if not counted and cumulative:
            return None  # many happenings and no day (the test below): the hosts are not read
        type_ = self._type_of(rec, subject)
        hosts = self.parties.hosts(rec)
        organizers: list[Party] = []
        participants: list[Party] = []
        if hosts:
            organizers = hosts
        received = type_ == "award" and cue_at(facts.text, lead.trigger_at, "received") > 0
        if subject.parties:
            if subject.group or received:
                participants.extend(subject.parties)
            elif not hosts and type_ == _SIGNING:
                organizers, others = self.parties.counterparts(subject.parties)  # X与Y签订: Y the other side
                participants.extend(others)
            elif not hosts:
                organizers = subject.parties
        more = self.parties.next_hosts(rec) if not hosts else []
        if more:
            names = {_name(raw, p) for p in organizers}
            organizers = organizers + [p for p in more if _name(raw, p) not in names]
        if place is not None and not hosts and place.start == subject.start:
            organizers = self.parties.builders(rec, place) or organizers
        if not organizers and place is not None and hosting:
            host = [o for o in facts.orgs if o.start <= place.start and place.end <= o.end]
            if host:  # 在国际大都会社区开展的公益课堂
                organizers = [Party(host[0].start, host[0].end, host[0])]
            elif not facts.orgs:
                fb = self.parties.fallback_name(place.start, place.end)
                if fb is not None and fb.end == place.end:
                    organizers = [fb]
        own = organizers  # who the record's own clause names, before a body is carried from the clause before
        if not organizers and carried:
            organizers = carried  # X日前公布…评选结果,从…中评出优秀案例10个: X selected them
        if not organizers and type_ == _AWARD and not received and isinstance(before, Record) \
                and before is self._contest_of(rec):
            organizers = before.organizers  # 由X主办的…大赛…举行。…共评出一等奖3名: X picked the winners
        if not organizers and subject.source and type_ == _NOTICE:
            organizers = subject.source  # X发布数据显示,截至9月末…: X made its figures public, undated or not
        if not organizers and subject.source and self._announced(lead):
            organizers = subject.source  # 欧洲投资银行4日宣布，将在未来两年向…提供…贷款: its plan, its act
        placed = place is not None and not self.places.counted(place)  # 今年将在全市7个县市区开设…: no event
        if not (anchored or placed or organizers or (participants and received)) and not self._ongoing(rec):
            # nothing concrete: a year-summary action; people named alone make an act part of
            # another happening (东岗小学2名小学生代表…发出了…倡议), except the winners of an award
            return None
        if place is None:  # 潍坊机场年旅客吞吐量突破200万人次: the place its subject names first
            place = self.places.leading_place(rec, subject)
        # a tally (新登记经营主体1.86万户) is one happening only when its own clause names who acted; a
        # body carried from the clause before or named as the news source (记者从X获悉,前三季度,全市
        # 新登记…; X表示,第四季度全县将…新开工…项目20个; 運輸署昨日公布，首季全港新登記私家車共14,380輛:
        # heldout33/hk_news; X昨天发布，前三季度全市新登记经营主体5.6万户: heldout7/economy_page) reports the
        # count, it did not do it
        tally_actor = any(p.org is not None for p in own) or \
            not any(c.tally for c in rec.candidates)
        if not organizers and previous is not None and \
                previous.candidates[-1].sentence == rec.candidates[0].sentence:
            organizers = previous.organizers  # …开展“银企对接月”活动,4月中旬起…举办10场融资对接会
        if not organizers and subject.source:
            organizers = subject.source  # 3月12日,记者从团市委获悉,…招募工作正式启动
        if not organizers and anchored and (type_ in (_POLICY, _TRAFFIC) or item_window is not None):
            organizers = self.parties.signers  # 通告: 一、自12月1日起,…禁止垂钓 … 桃源县人民政府; 现予以公示
        if cumulative and not (counted and tally_actor and any(p.org is not None for p in organizers)):
            return None  # 累计开展志愿服务活动129941次, 每周走访企业: many happenings, no one of them told
        value = self.dates.span_value(date) if date is not None else None
        if date is not None and value is not None:
            date, value = self.dates.during_window(rec, date, value)
        rec.organizers, rec.date, rec.anchored, rec.place = organizers, date, anchored, place
        start, end = self._reported_start(rec), rec.end
        while start < end and facts.text[start].isspace():
            start += 1
        page_start, page_end, spans = article.locate(start, end)
        theme_span = theme(facts.text, rec.start, rec.stat_limit)
        used_orgs = sorted({p.org.mention_index for p in organizers + participants if p.org is not None})
        groups = [raw[s:e] for s, e in self.parties.participants(rec)]
        return Event(
            type=cast(EventType, type_),  # the vocabulary's types are checked against the closed list at load
            trigger=raw[lead.trigger_at:lead.trigger_at + len(lead.trigger.word)],  # as the caller wrote it
            start=page_start,
            end=page_end,
            spans=spans,
            date=value,
            location=_quoted(raw, place),
            organizers=_names(raw, organizers),
            participants=list(dict.fromkeys([*_names(raw, participants), *groups])),
            theme=_quoted(raw, theme_span),
            date_mention=date.mention_index if date is not None else None,
            organization_mentions=used_orgs,
            statistic_mentions=facts.stats_within(rec.start, rec.stat_limit),
        )

    def _told_before(self, rec: Record, previous: Record | None) -> Record | None:
        """The happening told before whose day the record takes when its span anchors none, in this
        order: the previous record it goes on from (…来沂水调研…,并在县政府召开座谈会), the one whose
        time it is set in (展销会期间,还将举办…大赛), the one at whose scene it signs (举行…推介会,现场签约
        …3个项目), the contest whose winners it names (…大赛…落下帷幕。经专家评审,共评出一等奖2名). Read
        only when needed: a record with a place or a party and a day of its own needs none."""
        if previous is not None and previous.anchored and (self._continues(rec, previous)
                                                           or self._next_act(rec, previous)):
            return previous
        followed = self._followed(rec)
        if followed is not None:
            return followed
        then = self._told_then(rec)
        if then is not None:
            return then
        during = self._during(rec)
        if during is not None:
            return during
        scene = self._scene(rec)
        return scene if scene is not None else self._contest_of(rec)

    def _contest_of(self, rec: Record) -> Record | None:
        """`10月18日,…大赛在…落下帷幕。…经专家评审,共评出一等奖2名`: winners picked with no date of
        their own are the results of the dated competition told last in their paragraph; not a
        count of many (近三年来…累计获得一等奖47个)."""
        if rec.candidates[0].type != _AWARD or not self.dated or any(c.cumulative for c in rec.candidates):
            return None
        contest = self.dated[-1]
        if all(c.type != _CONTEST for c in contest.candidates) or \
                self.facts.text.find(_PARAGRAPH, contest.end, rec.start) >= 0:
            return None
        return contest

    def _during(self, rec: Record) -> Record | None:
        """The happening told before whose time the record is set in: its noun or trigger word right
        before a `during` word ahead of the trigger (展销会期间,还将举办…大赛; 开馆首日,…开展…活动), or the
        one its sentence told last when the word opens the record (…将暂停服务,期间将加开接驳巴士)."""
        if not self.dated:
            return None
        text = self.facts.text
        lead = rec.candidates[0]
        k = bisect.bisect_left(self.during_at, rec.start)
        if k == len(self.during_at) or self.during_at[k] >= lead.first_hit:
            return None
        at = self.during_at[k]
        last = self.dated[-1]
        clause_start, _, _ = self.facts.layout.clauses[lead.clause]
        if clause_start <= at and not text[clause_start:at].strip() and last.candidates[-1].sentence == lead.sentence:
            return last  # …将暂停服务,期间将加开接驳巴士 (…暫停服務,期間安排免費接駁巴士): the clause before's time
        layout = self.facts.layout
        opening, _, _ = layout.clauses[bisect.bisect_right(layout.clause_starts, at) - 1]
        if text[opening:at].strip() in cue_words("generic_happening") \
                and last.candidates[-1].sentence >= lead.sentence - 1 \
                and text.find(_PARAGRAPH, last.end, rec.start) < 0:
            return last  # …年货节将于本月20日至28日…举办,…。活动期间,市商务局将发放消费券: that happening's days
        for told in reversed(self.dated):
            for cand in told.candidates:
                if text.endswith(cand.trigger.word, rec.start, at) or \
                        (cand.noun is not None and text.endswith(cand.noun, rec.start, at)) or \
                        self._works_named(told, cand, rec.start, at):
                    # 实施…通行管制。管制期间，大型货车须绕行…(heldout8/county_news): a rule told in the time of
                    # an arrangement of its own type is that arrangement's detail, no happening of its own
                    return None if cand.type == _TRAFFIC and lead.type == _TRAFFIC else told
        return None

    def _works_named(self, told: Record, cand: Candidate, start: int, at: int) -> bool:
        """`…今（17）日起針對台2線…進行邊坡改善工程，為期約30天，施工期間每日…實施單線雙向管制` (heldout40/taiwan_news):
        works told in the sentence before the `during` word are named again by a construction word of their own
        (施工期间), not the words that told them (进行…工程)."""
        if cand.type != _BUILD or told.candidates[-1].sentence != self.facts.layout.clauses[
                self.facts.layout.clause_of(at)][2]:
            return False
        text = self.facts.text
        for n in range(_WORKS_WORD, 1, -1):
            word = self.facts.triggers.at(text, at - n) if at - n >= start else None
            if word is not None and len(word.word) == n and word.type == _BUILD:
                return True
        return False

    def _scene(self, rec: Record) -> Record | None:
        """The dated happening at whose scene a signing is told (博览会现场签约项目26个; 举行…推介会,
        现场签约…): the one whose name ends right before the scene word, or the last one told in its
        paragraph when that word opens a clause of its sentence (…举办,…参展,…,现场签约项目17个), after a
        short subject there (…推介会…舉行,兩地企業現場簽署合作項目42個), or opens the next sentences
        (…举行,…参会。现场签约项目36个), or a clause of the next sentence (…闭幕。3天展会吸引…,现场签约…), on
        the happening's first day (…开幕。首日现场签约…); not after a break (会后,现场签约…)."""
        lead = rec.candidates[0]
        if lead.type != _SIGNING or not self.dated:
            return None
        text, layout = self.facts.text, self.facts.layout
        if self._at_signing_ceremony(rec) and text.find(_PARAGRAPH, self.dated[-1].end, rec.start) < 0:
            return self.dated[-1]  # …4日在成都签署战略合作协议…。签约仪式上，双方还签订了…协议
        word = lead.trigger.word
        found = [text.find(scene + word, rec.start, max(lead.first_hit, lead.trigger_at) + len(word))
                 for scene in cue_words("scene")]
        for at in [*found, _scene_start(text, lead.trigger_at) if all(a < 0 for a in found) else -1]:
            if at < 0:
                continue
            for told in reversed(self.dated):
                if any(text.endswith(c.trigger.word, rec.start, at) or
                       (c.noun is not None and text.endswith(c.noun, rec.start, at)) for c in told.candidates):
                    return told
            told = self.dated[-1]
            last = told.candidates[-1]
            clause = bisect.bisect_right(layout.clause_starts, at) - 1
            start, _, sentence = layout.clauses[clause]
            sentence_start, _ = layout.sentences[sentence]
            before = text[start:at].strip()
            opens = (not before and (last.sentence == sentence or not text[sentence_start:at].strip()
                                     or self._after_ceremony(sentence_start, start)
                                     or self._goes_on(last.sentence, sentence, sentence_start, at))) or \
                (0 < len(before) <= _SCENE_SUBJECT and before[-1] not in _SUBJECT_ENDS
                 and (last.sentence == sentence or (before in cue_words("during")
                                                    and self._goes_on(last.sentence, sentence, sentence_start, at))))
            if opens and text.find(_PARAGRAPH, told.end, at) < 0:
                return told  # …洽谈会…举行,…参会。现场签约项目36个: the paragraph's happening
        return None

    def _signed_there(self, rec: Record, previous: Record | None) -> bool:
        """`…集中签约仪式在淄博国际会展中心举行。现场签约项目26个` (heldout36 economy): a signing at the scene
        (`现场`) of a signing told just before counts what that signing signed, as it does in the signing's own
        sentence (…集中签约活动举行，现场签约项目38个: heldout27, heldout28, heldout29, heldout31 economy
        pages, heldout9 economy, heldout4 city_economy, merged by `_same`); a signing told at a meeting's or a
        ceremony's follow-up (推介会上，市政府与…签署战略合作协议; 签约仪式上，…签订了…协议) is one of its own."""
        if previous is None or previous.lead.type != _SIGNING or rec.lead.type != _SIGNING:
            return False
        lead = rec.lead
        if _scene_start(self.facts.text, lead.trigger_at) < 0 or self._at_signing_ceremony(rec):
            return False
        return self._scene(rec) is previous

    def _goes_on(self, told: int, sentence: int, sentence_start: int, at: int) -> bool:
        """`…博览会…闭幕。3天展会吸引参展企业1260家,…,现场签约项目37个` (heldout26 economy; 首日现场签约:
        heldout25 wire): the sentence right after the happening's tells more of it, unless it opens with
        a break (会后,现场签约…: after the happening, not at its scene)."""
        return told == sentence - 1 and alternation("follow_up").search(self.facts.text, sentence_start, at) is None

    def _at_signing_ceremony(self, rec: Record) -> bool:
        """`签约仪式上，双方还签订了…合作协议`, `签约仪式上，双方还就…项目签订投资协议` (heldout16 and
        heldout17 wire_news): a sentence whose first clause is only a happening's name and a follow-up
        word (仪式上, 开幕式上) tells a signing at the happening told before it."""
        lead = rec.candidates[0]
        layout, text = self.facts.layout, self.facts.text
        sentence_start, _ = layout.sentences[lead.sentence]
        clause_start, _, _ = layout.clauses[lead.clause]
        opening = text[sentence_start:clause_start].strip().rstrip(_CLAUSE_MARKS)
        if not opening or len(opening) > _CEREMONY_NAME:
            return False
        return any(opening.endswith(w) for w in cue_words("at_happening"))

    def _after_ceremony(self, sentence_start: int, clause_start: int) -> bool:
        """`…博览会…开幕。…开幕式上，现场签约项目42个` (heldout17 wire; heldout13 wire): a sentence that
        opens with a follow-up clause alone (开幕式上，) tells what happened at the happening told
        before, so a scene word opening its next clause is that happening's scene."""
        text = self.facts.text
        while sentence_start < clause_start and text[sentence_start].isspace():
            sentence_start += 1
        end = cue_at(text, sentence_start, "at_happening")
        return end > 0 and not text[end:clause_start].strip(_CLAUSE_MARKS)

    def _carried(self, rec: Record, previous: Record | None, subject: Subject) -> list[Party]:
        """The organizers of a notice or results made public, for the clause right after it that
        tells what they say, with no subject of its own (X日前发布公告,2025年全市…公开招聘工作人员
        326名; X公布…评选结果,从…中评出优秀案例10个): the notice's author acts in it."""
        if previous is None or not previous.organizers or subject.parties or subject.group:
            return []
        first, told = rec.candidates[0], previous.candidates[-1]
        if told.type != _NOTICE or first.type == _NOTICE or first.clause != told.clause + 1 \
                or told.sentence != first.sentence:
            return []
        if cue_at(self.facts.text, first.trigger_at, "received") > 0:
            return []  # X公布…名单,我县…3个村入选: the villages receive, the notice's author is no host
        return previous.organizers

    def _continues(self, rec: Record, previous: Record) -> bool:
        """`…来沂水调研乡村教育振兴工作,并在县政府召开座谈会`, `…讲解了…知识,并组织师生进行了…演练`: a
        clause of the previous record's sentence that opens with 并 and its trigger word (or a place
        or time said with 在, then the word) goes on with the same subject on the same day; not a
        verb of its own before it (被判处…,并承担生态修复费用: a word inside its object), nor a bound
        said with 在 (并在2029年前新建…). The 并 opens the trigger's own clause, which may come after
        a clause of no event (举办跨年晚会,预计吸引…参与,并加开接驳公车120班次). A payout in batches
        (分三批发放…) hands out the money of the campaign its sentence told before, on its day."""
        first = rec.candidates[0]
        if previous.candidates[-1].sentence != first.sentence:
            return False
        if previous.lead.type == _MEETING and (first.type == _POLICY or first.trigger.word in cue_words("passing")):
            # X前日（1日）舉行會議，通過撥款…; X昨日召開…會議，以大比數通過…預算案; X结束为期两天的货币政策会议，
            # 宣布将…下调25个基点 (heldout13, heldout14 wire): voted or decided there, that day
            return True
        text = self.facts.text
        if first.type == _PAYOUT and \
                _IN_BATCHES.search(text, max(0, first.trigger_at - _BATCHES_RUN), first.trigger_at) is not None:
            return True  # 11月以来，我市开展…消费季活动，分三批发放消费券; 本月14日，…消费季启动，…，分4批次发放
        start, _, _ = self.facts.layout.clauses[first.clause]  # 举办跨年晚会,预计吸引…,并加开接驳公车: its own clause
        while start < first.first_hit and text[start].isspace():
            start += 1
        after = cue_at(text, start, "continuation")
        if after < 0 or after > first.first_hit:
            return False
        if after == first.first_hit:
            return True
        at = cue_at(text, after, "place_cue")
        if any(cue_at(text, d.end, "time_edge") > 0 for d in self.facts.dates_in(after, first.first_hit)):
            return False  # 并在2029年前新建…: a bound, a target of its own, not that day's act
        return at > 0 and first.first_hit - after <= _SETTING_RUN and \
            NAME_CHARS.fullmatch(text, at, first.first_hit) is not None

    def _next_act(self, rec: Record, previous: Record) -> bool:
        """`…大会召开，会议表彰了50家…企业`, `…启动“富民贷”专项行动，向…发放首批贷款8.2亿元`, `…对接会在霞山区
        举行，…，签订采购协议12份`: a later clause of the previous record's sentence whose own trigger is a
        word that states an act by itself (kind `word`) tells a second act of that happening, on its day
        (heldout6, heldout17 economy_page, heldout4 city_economy); the same happening told twice merges
        before (`_same`, `_retold`)."""
        first = rec.candidates[0]
        last = previous.candidates[-1]
        if not (first.sentence == last.sentence and first.clause > last.clause and first.trigger.kind == "word"
                and first.type != last.type and first.type in _OWN_ACTS and last.type != _LEGAL):
            return False  # 判处…，并須向受害人賠償…: part of the ruling
        text = self.facts.text
        start, end, _ = self.facts.layout.clauses[first.clause]
        after = first.trigger_at + len(first.trigger.word)
        if text.startswith(_OF, after) or text[first.trigger_at - 1:first.trigger_at] in _SPAN_FROM or \
                alternation("future").search(text, rec.start, first.trigger_at) is not None or \
                alternation("plan").search(text, rec.start, first.trigger_at) is not None or \
                cue_at(text, first.trigger_at, "received") > 0 or self.facts.dates_in(start, first.trigger_at):
            return False  # …颁发的证书, 从签约到投产, 将获得…, 预计…，意向签约金额, 19处遗址入选,
            # 去年…现场签约…: no act of its own that day
        if first.type != _PAYOUT:
            return True
        paid = _SUM_PAID.search(text, after, end)  # not 发放宣传资料800余份, nor 发放价值1.2万元的药品
        return paid is not None and not text.startswith(_OF, paid.end()) and \
            text.find(_WORTH, after, paid.start()) < 0  # 发放药品价值4.6万元: goods, not money

    def _announced(self, lead: Candidate) -> bool:
        """`X4日宣布，将在未来两年向…提供…贷款`: a clause that opens with a plan's adverb (将) right after a clause
        ending in an announcing word (`announcing`: 宣布) of its sentence tells the body's plan (heldout17 wire;
        every X宣布，将… of the golds names X its organizer)."""
        layout, text = self.facts.layout, self.facts.text
        if lead.clause == 0 or layout.clauses[lead.clause - 1][2] != lead.sentence:
            return False
        start, _, _ = layout.clauses[lead.clause]
        before_start, before_end, _ = layout.clauses[lead.clause - 1]
        while start < lead.first_hit and text[start].isspace():
            start += 1
        if cue_at(text, start, "future") < 0:
            return False
        said = text[before_start:before_end].rstrip(_CLAUSE_MARKS)
        return any(said.endswith(w) for w in cue_words("announcing"))

    def _followed(self, rec: Record) -> Record | None:
        """`…公开开庭审理…案件,…旁听了庭审。庭审结束后,法官现场开展普法宣传` (heldout4 county_daily, unseen_events2
        yishui_county), `…签约活动…举行,…。签约活动结束后,与会客商前往…考察` (heldout4 city_economy): a record whose
        clause, or the one before, opens with a follow-up word (`follow_up`: 结束后, 会后, after a short name
        at most) is what followed the happening told last in its paragraph on a day, on that day; not a plan
        (培训结束后,…学员将获得…证书), nor a word inside a clause (…在例行记者会上说,…)."""
        lead = rec.candidates[0]
        if not self.dated or lead.type == _SIGNING:  # 会后,现场签约…: `_scene` tells where a signing belongs
            return None
        facts, text = self.facts, self.facts.text
        layout = facts.layout
        if self.follow_ups is None:  # one scan of the article, when a record first asks
            self.follow_ups = [m.start() for m in alternation("follow_up").finditer(text)]
        lo, _, _ = layout.clauses[max(0, lead.clause - 1)]
        k = bisect.bisect_left(self.follow_ups, lo)
        if k == len(self.follow_ups) or self.follow_ups[k] >= lead.first_hit:
            return None  # no follow-up word in the clause or the one before: most records
        if not any(self._opens_follow_up(layout.clauses[c][0], lead.first_hit)
                   for c in (lead.clause, lead.clause - 1) if c >= 0 and layout.clauses[c][2] == lead.sentence):
            return None
        if alternation("future").search(text, rec.start, lead.first_hit) is not None:
            return None
        for told in reversed(self.dated):
            if text.find(_PARAGRAPH, told.end, rec.start) >= 0:
                return None
            if told.date is not None and told.date.mention.grain == _DAY:
                return told
        return None

    def _told_then(self, rec: Record) -> Record | None:
        """`…总决赛将于10月25日至26日…举行。…届时，现场还将举办…展销活动` (heldout3/county_daily), `…将于下周五…
        举办…主题活动，届时将表彰…` (heldout31/county_news), `…巡遊將於…（下月9日）舉行，屆時…將實施交通管制`
        (heldout33/hk_news): a record whose clause opens with `then` (届时), or follows it alone,
        happens at the time of the last happening its paragraph planned on a date (本届联赛自8月启动以来 is no
        time to come); without one it is left to the other readers."""
        if not self.dated:
            return None
        layout, text = self.facts.layout, self.facts.text
        if self.thens is None:  # one find per article, when a record first asks: most have no 届时
            self.thens = any(text.find(w) >= 0 for w in cue_words("then"))
        if not self.thens:
            return None
        lead = rec.candidates[0]
        start, _, _ = layout.clauses[lead.clause]
        if not self._opens_then(start, lead.first_hit):
            before = lead.clause - 1  # 届时，现场还将举办…: the word alone in the clause before
            if before < 0 or layout.clauses[before][2] != lead.sentence or \
                    text[slice(*layout.clauses[before][:2])].strip(_CLAUSE_MARKS) not in cue_words("then"):
                return None  # 届时将有40家车企参展，展出车型逾300款: what the show holds, told of it
        for told in reversed(self.dated):
            if text.find(_PARAGRAPH, told.end, rec.start) >= 0:
                return None
            cand = told.candidates[0]
            start, _, _ = layout.clauses[cand.clause]  # 巡遊將於…舉行: the plan word may follow the noun
            if alternation("plan|future").search(text, start, max(cand.first_hit, cand.trigger_at)) is not None:
                return told
        return None

    def _opens_then(self, clause_start: int, limit: int) -> bool:
        text = self.facts.text
        while clause_start < limit and text[clause_start].isspace():
            clause_start += 1
        return cue_at(text, clause_start, "then") > 0

    def _opens_follow_up(self, clause_start: int, limit: int) -> bool:
        """Whether a follow-up word opens the clause at `clause_start`, after a happening's short name at
        most (会后, 庭审结束后, 签约活动结束后)."""
        text = self.facts.text
        while clause_start < limit and text[clause_start].isspace():
            clause_start += 1
        word = alternation("follow_up").search(text, clause_start, min(limit, clause_start + _CEREMONY_NAME + 3))
        return word is not None and (word.start() == clause_start or
                                     NAME_CHARS.fullmatch(text, clause_start, word.start()) is not None)

    def _untold(self, rec: Record) -> bool:
        """Whether a record with no place and no party in its subject surely has nothing concrete
        (`_event`): no date from its start to its sentence's end anchors it (`date_of` picks one
        there or none that anchors) and no 由 stands in its span or the next sentence (where hosts
        are read). A few searches, where the date and host readers take many steps."""
        facts, text = self.facts, self.facts.text
        layout = facts.layout
        sentence = rec.candidates[-1].sentence
        _, sentence_end = layout.sentences[sentence]
        k = bisect.bisect_left(facts.date_starts, rec.start)
        while k < len(facts.dates) and facts.dates[k].start < sentence_end:
            if self.dates.anchors(facts.dates[k], rec):
                return False
            k += 1
        if text.find(_BY, rec.start, rec.end) >= 0 or self._ongoing(rec):
            return False
        return sentence + 1 >= len(layout.sentences) or text.find(_BY, *layout.sentences[sentence + 1]) < 0

    def _ongoing(self, rec: Record) -> bool:
        """`连日来，复兴镇抢抓晴好天气，组织…开展晚稻抢收`: a sentence that opens with `ongoing` (连日来)
        tells work going on these days, an event with no date, place or named body of its own (every
        such sentence of the development pages is one in its gold: heldout3 and heldout4 county_daily,
        heldout5 county_news, heldout7 economy_page, unseen_a county_awards, unseen_layout
        chenggu_county, unseen_events yichang_city and xianju_county)."""
        facts = self.facts
        sent_start, sent_end = facts.layout.sentences[rec.candidates[0].sentence]
        words = cue_words("ongoing")  # one word (连日来): plain finds
        if not any(facts.text.find(w, sent_start, sent_end + len(w)) >= 0 for w in words):
            return False  # no `ongoing` word starts in the sentence (most): its lead need not be read
        pos = facts.skip_lead(sent_start, sent_end)
        if rec.start > pos:
            return False  # a later record of the sentence: the opener told the first
        return any(facts.text.startswith(w, pos) for w in words)

    def events(self) -> tuple[Event, ...]:
        out: list[Event] = []
        previous = None
        for rec in self.records():
            event = self._event(rec, previous)
            if event is None:
                continue
            if all(c.introduces for c in rec.candidates):
                previous = rec  # 運輸署公布，…將實施交通管制: the notice's author acts in what it introduces
                continue
            if out and out[-1].type == event.type and self._refers_back(rec, event):
                out[-1] = _merged(out[-1], event)  # 近日,X开展…活动。活动在Y广场举行: one happening
                continue
            if out and out[-1].type == event.type == _PAYOUT and out[-1].date is None \
                    and self._funds_paid(rec, previous):
                # X近日向…发放…补贴3.12亿元。…，资金已于11月下旬…全部发放到户 (heldout20, heldout21 economy): the
                # money of the payout told before, paid out on the day this sentence gives
                out[-1] = _merged(out[-1], event).model_copy(
                    update={"date": event.date, "date_mention": event.date_mention})
                continue
            if out and out[-1].type == event.type == _SIGNING and self._signed_there(rec, previous):
                out[-1] = _merged(out[-1], event)  # …集中签约仪式…举行。现场签约项目26个: what it signed
                continue
            told = _retold(out, event)
            if told is not None:  # …正式揭牌运行。揭牌当天,…: the same happening named again
                out[told] = _merged(out[told], event)
                continue
            out.extend(self._apart(rec, event))
            previous = rec
            if rec.anchored:
                self.dated.append(rec)
        return tuple(self._unlinked(event) for event in out)

    def _unlinked(self, event: Event) -> Event:
        """An event links no date mention whose value it rejects (`截至3月4日`, `今年春节后`: the
        end of a count, a bound): its `date_mention` points at the date its `date` is. A vague
        mention (`近日`) stays linked: it has no value to disagree with."""
        if event.date is None and event.date_mention is not None and \
                self.facts.date_by_index[event.date_mention].mention.value is not None:
            return event.model_copy(update={"date_mention": None})
        return event

    def _apart(self, rec: Record, event: Event) -> list[Event]:
        """`3月5日、3月6日,X与Y分别开展…`: one record per organizer when each has its own day."""
        facts = self.facts
        lead = rec.candidates[0]
        parties = rec.organizers
        if len(parties) < 2 or alternation("each").search(facts.text, parties[-1].end, lead.first_hit) is None:
            return [event]
        days = [d for d in facts.dates_in(rec.start, parties[0].start) if self.dates.value(d) is not None]
        values = list(dict.fromkeys(self.dates.value(d) for d in days))
        if len(values) != len(parties) or len(days) != len(parties):
            return [event]
        raw = facts.article.raw
        return [event.model_copy(update={
            "organizers": [party.name or raw[party.start:party.end]],
            "date": self.dates.value(day), "date_mention": day.mention_index,
            "organization_mentions": [party.org.mention_index] if party.org else []})
            for party, day in zip(parties, days, strict=False)]

    def _funds_paid(self, rec: Record, previous: Record | None) -> bool:
        """Whether the record's clause opens with the funds (资金已于…发放到户): the money of the payout
        told before it in its sentence or the one before."""
        facts = self.facts
        lead = rec.candidates[0]
        if previous is None or not lead.sentence - 1 <= previous.candidates[-1].sentence <= lead.sentence:
            return False
        clause_start, _, _ = facts.layout.clauses[lead.clause]
        start = facts.skip_lead(clause_start, lead.first_hit)
        return facts.text.startswith(_FUNDS, start)

    def _refers_back(self, rec: Record, event: Event) -> bool:
        """A later sentence that names the event again (`活动在…举行`, `此次…`) with no date
        and no organizer of its own tells more of the happening before it."""
        facts = self.facts
        lead = rec.candidates[0]
        if event.organizers or (event.date_mention is not None and
                                facts.date_by_index[event.date_mention].start >= rec.start):
            return False
        clause_start, _, _ = facts.layout.clauses[lead.clause]
        start = facts.skip_lead(clause_start, lead.first_hit + 1)
        return start == lead.first_hit or cue_at(facts.text, start, "back_reference") > 0


def _quoted(raw: str, span: Span | None) -> str | None:
    """The text of a span as the caller wrote it."""
    return raw[span.start:span.end] if span else None


def _name(raw: str, party: Party) -> str:
    """A party's name as reported."""
    return party.name or raw[party.start:party.end]


def _names(raw: str, parties: list[Party]) -> list[str]:
    """The names of the parties as reported, each once, in order."""
    return list(dict.fromkeys(_name(raw, p) for p in parties))


def without_retold_captions(articles: Sequence[Article]) -> list[Article]:
    """The articles with a photo caption's events dropped when a news article of the page tells
    the same happening (`4月2日,X专家在Y医院为群众义诊` under the report of X's 义诊巡诊): a
    caption shows an event, it is not another one. A caption whose event no report tells keeps it."""
    told: dict[tuple, list[frozenset[str]]] = {}  # (type, trigger, day) → the organizers of each report
    for a in articles:
        for e in a.events:
            if a.kind != "photo" and e.date is not None:
                told.setdefault((e.type, e.trigger, e.date), []).append(frozenset(e.organizers))
    out = []
    for article in articles:
        if article.kind == "photo" and article.events and told:
            kept = [e for e in article.events
                    if not any(set(e.organizers) <= who for who in told.get((e.type, e.trigger, e.date), ()))]
            if len(kept) != len(article.events):
                article = article.model_copy(update={"events": kept})
        out.append(article)
    return out


def _retold(told: Sequence[Event], event: Event) -> int | None:
    """Index of a recent event that this one tells again: the same type and trigger word on the
    same day, by the same organizers or by none named (`4月1日,X服务站正式揭牌运行。揭牌当天,…`).
    Different organizers or days are different happenings (`3月5日东湖社区开展义诊…西湖社区开展义诊`)."""
    if event.date is None:
        return None
    for k in range(len(told) - 1, max(-1, len(told) - 1 - _MERGE_LOOKBACK), -1):
        other = told[k]
        if other.type == event.type and other.trigger == event.trigger and other.date == event.date \
                and set(event.organizers) <= set(other.organizers):
            return k
    return None


def _merged(first: Event, more: Event) -> Event:
    """The first record with what the later mention adds (a place, a theme, people, numbers)."""
    return first.model_copy(update={
        "location": first.location or more.location,
        "theme": first.theme or more.theme,
        "participants": list(dict.fromkeys(first.participants + more.participants)),
        "statistic_mentions": sorted(set(first.statistic_mentions) | set(more.statistic_mentions)),
    })


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = (),
         statistics: Sequence[Statistic] = (),
         triggers: Triggers | None = None,
         places: Sequence[Place] = ()) -> tuple[Event, ...]:
    """The events the article reports, in text order.

    `dates`, `organizations`, `statistics` are the article's mentions found before
    (events point at them by index); `places` are its place mentions (a named place with no
    place noun, `在昆明举办`, is a location); `triggers` replaces the default vocabulary,
    e.g. `Triggers.default().extended([("义诊", "activity", "word")])`.
    """
    if not article.text.strip():
        return ()
    return _Reader(article, dates, organizations, statistics, triggers or Triggers.default(), places).events()
