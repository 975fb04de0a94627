"""Paragraphs broken by a column break, rejoined.

Text pulled out of a page layout cuts a paragraph where a column ends, even in the
middle of a word, and puts its rest lines or articles later (`…与6家全省性行业协` …
`会商会共签约29个项目…`). A pair (head, tail) is a candidate when the head ends
mid-sentence and the tail is a body line that could continue it (not a dateline,
not the first line under a title, not a line that stands whole). The decision is a
score over clues that hold on any page:

- how the head ends: in the middle of a word (a dictionary word spans the break,
  `协|会` → `行业协会`: strong), or after a comma, a dangling particle or preposition
  (`…各地的`, `…和`) or a numeral (`…金额2.3`), or with a lone character before a tail
  that opens with one (`发放案` | `款共计…`, a word the dictionary lacks): the sentence is
  open, but where it goes on is not told by the words (weak); a paragraph that stops
  between two words with none of these (`…力争全年进出口总值` | `突破1.4万亿元。`) is broken
  too (weak), but only a tail surely on its topic (`SURE_TOPIC`) may be its rest;
- how the tail opens: it cannot open a paragraph (`活”。针对…` closes a quote it never
  opened; `了不少…` opens with a particle; `比上年同期提高…` compares a figure it never
  names: strong), or after a head whose last clause gives a count and a comma it names a part of that count
  (`…培训农民工820余人次，` | `其中406人取得…`: strong, `names_part_of_count`); its first character is an
  orphan that only the join makes a word (`题1860余个` after `…等难`);
- topic: the tail's text shares the head's article's words (and clearly more than
  those of the line standing above it: the rest of a broken paragraph is about its
  head's topic, more than about the article it happens to stand in);
- distance: no paragraph stands between them (captions, titles and bylines skipped),
  and more so when only a photo caption does (the text goes on around the picture);
- a text that must go on: the head ends open (comma, dangling word, numeral) and its text
  stops there (a title, an opening paragraph or the page's end follows), so its rest stands
  further on; the first line after it that can go on it is that rest (two clues). Such a
  rest may stand right under the title of an article printed elsewhere, when the title
  shares none of its words (a title over a line it speaks of heads that line: no join); a rest
  after a sure break (a word across it, a tail that cannot open a paragraph) may stand there
  too, whatever the head's end, when the title closes the text above it (set after that text);
  a line that speaks of the text above it, and less of the head's, is that text's next
  paragraph, never the rest. When the first line that can go on it, under another
  article's title, shares none of the head's words, the lines below it are its own text's
  paragraphs: no weak rest of the head follows (the text from that line on may still be
  placed as the rest by its words), unless that line opens with its predicate and no subject
  of its own (`每年可消化…`, `将持续争取…`: `opens_without_subject`): its subject stands before
  the break. A paragraph stopped between two words after a full sentence, with a title next
  (`…等产品出口` / `外贸进出口增长9.2%` / `增势良好，…`), is broken too: the first line on its
  topic under a title that says nothing of it is its rest.
  So is one stopped at a semicolon after a full sentence when its text ends there (`…净增357家；` /
  another item's dateline). A line that opens with who did it, its day and what it did
  (`教育局昨日公布，…`, `高雄市议会今(16)日召开…`: `opens_dated_report`), or with its day and a comma (`昨天，…`,
  `9月14日，…`: `opens_with_day`), or with the period it reports on and a subject (`2025年，全市固定资产投资…`,
  `今年以来，…`: `opens_with_period`; `禅城区前三季度…`: `opens_place_period`), or with the body whose figures
  or news it gives (`市商务局数据显示，…`, `市工信局消息：…`: `opens_sourced_report`), or with a body's name and a
  verb of saying (`縣府社會處表示，…`: `opens_body_saying`), opens an item: it ends the
  head's text and is never a rest. A line with no subject of its own (`按年平均汇率折算约2.3万美元。`) is no
  paragraph's opening: it is never the next paragraph of the text above it, whatever words it shares with it.
  A text closed above a line (by its credit, `…人次。(郑 颖 欣)`, or by its headline set after it,
  `…召开全县组织工作会议…` / `全县组织工作会议召开`) has no next paragraph there, and such a title heads
  no line under it, whatever word it shares with it by chance.

A pair needs a clue of the break (the head's end or the tail's start) and a score of
`THRESHOLD`: a strong clue and one more, or a weak one with two more (the topic, its
clear margin, nothing between, a photo between, a text that must go on). A wrong join is worse than a missed
one, so a weak break alone never joins, and it goes on at the first line after it that
qualifies, never a later one (the next paragraphs of the same text would qualify too).
The best pairs win, one to one. Only lines ending mid-sentence are heads and only the
next `WINDOW` lines are looked at, so the work is linear in the page; jieba cuts at
most eight characters per pair, and only when a dictionary word can span the break at
all.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from .. import lexicon
from ..text.dictionary import Dictionary, dictionary
from ..text.precompiled import compile_pattern
from ..text.rules import is_han
from . import roles
from .roles import LineInfo

WINDOW = 24  # lines after a head where its rest may stand (seen: 4 to 14)
ON_TOPIC = 0.15  # the tail shares this much of the head's article's words…
NEAR_TOPIC = ON_TOPIC / 2  # …or this much, and more by NEIGHBOUR_MARGIN than the line above it
NEIGHBOUR_MARGIN = 1.5
CLEAR_MARGIN = 2.0  # the tail shares at least twice as much with the head's article as with the line above
UNTITLED = 0.05  # a title sharing less than this of its words with the line below it does not head it
TITLE_OF_HEAD = 0.3  # a title under a tail is its head's headline when it shares this much of the head's text…
TITLE_MARGIN = 4  # …and this many times more than of the paragraph above the tail
CLOSING_MARGIN = 2  # a title under a line speaks of the head this many times more than of the item above the line
SURE_TOPIC = 0.3  # a paragraph stopped between two words, no clue, goes on only in text this much on its topic
_EDGE = 4  # characters on each side of the break that jieba reads
GLUED = 3  # a dictionary entry this rare that opens with a modal glues it to its verb (`可消化 3`)
# jieba's tags of what follows a modal or such an adverb: a verb, a preposition, an adverb
_PREDICATE_TAGS = ("v", "p", "d")

# the weights of the clues; a join needs THRESHOLD and a clue of the break
STRONG = 2  # a word across the break, a tail that cannot open a paragraph
WEAK = 1  # an open head (comma, dangling word, numeral), an orphaned first character
TOPIC = 1  # the tail is on the head's topic…
CLEAR_TOPIC = 1  # …and clearly more than on the topic of the line above it
NOTHING_BETWEEN = 1  # no paragraph between head and tail…
PHOTO_BETWEEN = 1  # …but a photo caption: the column's text goes on around the picture
MUST_GO_ON = 1  # the head ends open and its text stops there (a title, an opening or the page's end follows)…
FIRST_AFTER = 1  # …and the tail is the first line after it that can go on it
THRESHOLD = 3
_OPEN_MARKS = ",、"  # a comma leaves the sentence open (after width folding)
_NUMERAL = "0123456789.〇零一二三四五六七八九十百千万亿"


def word_across(left: str, right: str, starts: list[str] | None = None) -> bool:
    """Does a dictionary word span the break between `left` and `right`?

    `全省性行业协` + `会商会共签约` cuts as `行业协会|商会`: yes. `学到了不少` +
    `基层强则` cuts as `不少|基层`: no. `starts`: `word_starts(left)`, when the
    caller tries one head against many tails.
    """
    left, right = left[-_EDGE:], right[:_EDGE]
    if not left or not right:
        return False
    words = dictionary()
    if starts is None:
        starts = word_starts(left)
    if not _any_word_across(words, starts, right):  # cheap test first
        return False
    pos = 0
    for token in words.cut(left + right):
        if pos < len(left) < pos + len(token):
            return True
        pos += len(token)
    return False


def word_starts(left: str) -> list[str]:
    """The ends of `left` (up to `_EDGE` characters) that some dictionary word starts with.

    jieba's prefix dictionary holds every prefix of every word (with frequency 0): an
    end that is no key cannot be the start of a word across the break.
    """
    words = dictionary()
    left = left[-_EDGE:]
    return [left[-i:] for i in range(1, len(left) + 1) if left[-i:] in words]


def _any_word_across(words: Dictionary, starts: list[str], right: str) -> bool:
    """Is any string across the break (one of `starts` + a start of `right`) a word?

    Once `start + right[:j]` is no key of the prefix dictionary, no longer string from
    that start is a word.
    """
    for start in starts:
        for j in range(1, len(right) + 1):
            found = words.get(start + right[:j])
            if found is None:
                break
            if found:
                return True
    return False


def _lone_first(window: str) -> bool:
    """Does jieba cut the window's first character off as a word of its own? Without a
    dictionary word starting there it must (no cut needed: the common case is cheap)."""
    words = dictionary()
    if not any(words.get(window[:n]) for n in range(2, len(window) + 1)):
        return True
    return len(words.cut(window)[0]) == 1


# `并不…`, `并没有…`: before a negation, `并` is an adverb that may open a sentence
_ADVERB, _NEGATIONS = "并", tuple("不没无未非")


@functools.cache
def _enclitics() -> frozenset[str]:
    return lexicon.words("enclitics")


def opens_with_enclitic(text: str) -> bool:
    """Does the text start with a particle standing alone (`了不少…`), not a word (`了解`)?"""
    window = text[:_EDGE]
    if not window or window[0] not in _enclitics() or window[0] == _ADVERB and window[1:2] in _NEGATIONS:
        return False
    return _lone_first(window)


# `比` standing alone before its baseline (`比|去年同期`, not `比赛`, `比例`): the comparison
# of a figure whose subject stands before it (`…占进出口总值的56.1%，比去年同期提高…`)
_COMPARATIVE = "比"
# …and the adverbs of a comparison with the same or the previous period (`…营业收入1865.3亿元，` | `同比增长…`,
# `…出口4.86万亿元，` | `同比增长6.2%`): a change word after them, the figure they qualify stands before the break
_COMPARED_ADVERBS = ("同比", "环比")


@functools.cache
def _change_words() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.rows("change_words", columns=2))


@functools.cache
def _compared_measures() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("compared_measures"), key=len, reverse=True))


def opens_with_comparison(text: str) -> bool:
    """Does the text open with a comparison and no subject (`比上年同期提高1.2个百分点。`)? `比`
    stands alone and a change word follows in its clause: the figure compared stands before
    the break (`…占服务进出口总额的37.7%，`), so no paragraph opens so (`比赛当天…` has no
    change word, `比例` is a word). So with a bare measure of change before `比`
    (`比重比上年同期提高…`, `增速比上月加快…`, data/compared_measures.tsv): it names no owner."""
    measure = next((m for m in _compared_measures() if text.startswith(m)), "")
    text = text[len(measure):]
    if not text.startswith(_COMPARATIVE) or not _lone_first(text[:_EDGE]):
        return False
    clause = text[:min((i for i in map(text.find, "，,。；;") if i >= 0), default=len(text))]
    changes = _change_words()
    return any(token in changes for token in dictionary().cut(clause)[1:])


def opens_with_compared_change(text: str) -> bool:
    """Does the text open with a change against the same or the previous period and no subject
    (`同比增长37.5%。`)? The figure it qualifies stands before the break. A weaker clue than a
    word across the break: the tail's few words (`同比`, `增长`) say nothing of whose figure it is,
    so the first rest on a head's topic goes before it."""
    if not text.startswith(_COMPARED_ADVERBS):
        return False
    clause = text[:min((i for i in map(text.find, "，,。；;") if i >= 0), default=len(text))]
    changes = _change_words()
    return any(token in changes for token in dictionary().cut(clause)[1:])


@functools.cache
def _part_openers() -> tuple[str, ...]:
    """The words of data/paragraph_links.tsv that name a part of what the text above counted (`part`: `其中`)."""
    return tuple(w for w, (place,) in lexicon.mapping("paragraph_links").items() if place == "part")


# the marks that end the clause before a comma (after width folding)
_CLAUSE_MARKS = ",;:。!?"


def names_part_of_count(head: str, tail: str) -> bool:
    """Does the tail open with a part of the count that the head's last clause gives before its comma
    (`…培训农民工820余人次，` | `其中406人取得…`, `…汽车产业产值612.5亿元，增长6.8%，` | `其中悦达起亚累计销售…`,
    `…共1萬8,000名買家受惠，` | `其中約七成為…`)? `其中` goes on the figure just named: after such a head it
    opens the rest of the broken sentence (every line of the gold pages opening with `其中` after a
    head broken at a comma is that head's rest), though a paragraph may open with `其中，` after a full stop."""
    head = head.rstrip()
    if not head.endswith(",") or not tail.startswith(_part_openers()):
        return False
    clause = head[:-1]
    clause = clause[max(clause.rfind(mark) for mark in _CLAUSE_MARKS) + 1:]
    return any("0" <= ch <= "9" for ch in clause)


@functools.cache
def _predicate_openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The modal verbs and adverbs of data/predicate_openers.tsv, and the words that may stand before
    them (longest first)."""
    rows = lexicon.mapping("predicate_openers")
    return (frozenset(w for w, fields in rows.items() if fields[0] == "predicate"),
            tuple(sorted((w for w, fields in rows.items() if fields[0] == "before"), key=len, reverse=True)))


@functools.cache
def _preposition_openers() -> frozenset[str]:
    """The prepositions of data/predicate_openers.tsv whose phrase modifies the verb after it (`按`, `以`)."""
    return frozenset(w for w, fields in lexicon.mapping("predicate_openers").items() if fields[0] == "preposition")


# the marks that end a clause: a fronted preposition phrase is set off by a comma before its subject
_CLAUSE_ENDS = ",;:"


def opens_without_subject(text: str) -> bool:
    """Does the (folded) text open with its predicate and no subject of its own (`每年可消化毛竹原料8万吨，…`,
    `将持续争取…`, `届时将在海滨一带…`, `并于下周二…`)? Its first word, maybe after a word of frequency or
    time (`每年`, `届时`), is a modal verb or an adverb that stands between a subject and its predicate
    (data/predicate_openers.tsv), as a word of its own before a verb, a preposition or another such adverb
    (`可|提供`, `将|在`, `还|将`; not `可见`, `还有`, `将|什锦配料`: `将` there is `把`), or glued to its verb by
    a rare entry of the dictionary (`可消化`, `GLUED`): its subject stands before the break, so no paragraph
    opens so. `并不…`, `并非…` may open a sentence. So does a sentence that opens with a preposition of
    manner or measure standing alone (`按|年平均汇率折算约2.3万美元。`, `以|英国及新加坡居多。`) and runs to its end
    without a comma: a preposition phrase that opens a paragraph is set off by a comma before its subject
    (`按|市委统一部署，全市…`)."""
    if _opens_with_bare_preposition(text) or opens_after_its_event(text):
        return True
    predicates, before = _predicate_openers()
    lead = next((w for w in before if text.startswith(w)), "")
    window = text[len(lead):len(lead) + _EDGE + 2]
    if not window or window[0] == _ADVERB and window[1:2] in _NEGATIONS:
        return False
    words = dictionary()
    tokens = words.cut(window)
    first = tokens[0]
    if first in predicates:
        return len(tokens) > 1 and (words.tag(tokens[1]) or "")[:1] in _PREDICATE_TAGS
    return first[:1] in predicates and len(first) > 1 and (words.get(first) or 0) <= GLUED


def opens_after_its_event(text: str) -> bool:
    """Does the (folded) text open with a verb and `后` run on, no comma, into its clause (`建成后可带动…`,
    `落成后可提供…`, `改善后可望提升…`, `建成后年发电量可达…`)? The verb's subject (the project, the road) stands
    before the break: of the 4 such lines of the gold pages (4 folders), all are rests of a paragraph broken
    after a comma. A clause set off by a comma (`开通后，杭州地铁…`) has a subject of its own after it, and a
    word of time (`今后`, `会后`, `随后`) is no verb."""
    words = dictionary()
    tokens = words.cut(text[:_EDGE + 2])
    return len(tokens) > 2 and tokens[1] == "后" and words.tag(tokens[0]) == "v" \
        and tokens[2][:1] not in _CLAUSE_MARKS


# a subject that an adverb of addition follows: nouns (`警方`, `县人社局`), this many characters at most
ADDED_SUBJECT = 6


@functools.cache
def _addition_adverbs() -> frozenset[str]:
    """The adverbs of addition of data/paragraph_links.tsv (`adverb`: `亦`, `也`, `还`, `又`)."""
    return frozenset(w for w, (place,) in lexicon.mapping("paragraph_links").items() if place == "adverb")


def opens_with_addition(text: str) -> bool:
    """Does the (folded) text open with a short subject, an adverb of addition and its predicate (`警方|亦|会视乎
    人流…`, `县人社局|还|设置政策咨询台…`)? The clause adds what its subject does too to what the text before it
    said, so it goes on a text and opens no item of its own: after a break it may be the rest of a paragraph,
    like a line with no subject (`opens_without_subject`). The subject is one to `ADDED_SUBJECT` characters of
    nouns (jieba's `n…` tags, or `zg`: the `县` that jieba leaves alone before `人社局`); not a pronoun
    (`该院还…`) nor a clause (`财委会昨日亦…`: a day stands between); `另` (`金管局另公布，…`, a brief of its
    own) is no adverb of addition there."""
    words = dictionary()
    tokens = words.cut(text[:ADDED_SUBJECT + _EDGE])
    length = 0
    for i, token in enumerate(tokens):
        if token in _addition_adverbs():
            return length > 0 and i + 1 < len(tokens) and (words.tag(tokens[i + 1]) or "")[:1] in _PREDICATE_TAGS
        tag = words.tag(token) or ""
        length += len(token)
        if length > ADDED_SUBJECT or not is_han(token[0]) or not (tag[:1] == "n" or tag == "zg"):
            return False
    return False


def _opens_with_bare_preposition(text: str) -> bool:
    """`opens_without_subject`'s preposition: `按`/`以` as a word of its own, then a first sentence with no comma."""
    finals = roles.sentence_finals()
    end = next((i for i, ch in enumerate(text) if ch in finals or ch in _CLAUSE_ENDS), -1)
    if end < 2 or text[end] not in finals or text[0] not in _preposition_openers():
        return False
    return dictionary().cut(text[:_EDGE])[0] in _preposition_openers()


@functools.cache
def _openers() -> frozenset[str]:
    return lexicon.words("sentence_openers")


def orphaned(left: str, right: str) -> bool:
    """Is the first character of `right` a word piece that only the join makes whole?

    `题1860余个` alone starts with a lone `题`, which `等难` + `题` makes `难题`; `在瑞安市`
    starts with a lone `在` too, but `在` opens sentences (data/sentence_openers.tsv).
    """
    return _opens_with_orphan(right) and word_across(left, right)


def _opens_with_orphan(right: str) -> bool:
    """`orphaned` without the join: the first character of `right` stands alone."""
    window = right[:_EDGE]
    if not window or window[0] in _openers() or not is_han(window[0]):
        return False
    return _lone_first(window)


@functools.cache
def dangling() -> frozenset[str]:
    """Words that leave a sentence hanging (`的`, `和`, `在`: data/dangling_words.tsv)."""
    return lexicon.words("dangling_words")


def open_end(text: str) -> bool:
    """Does the text end where its sentence cannot: after a comma (`…送教下乡，`), a
    dangling particle or preposition standing alone (`…发往全国各地的`, not `…的目的`),
    or a numeral (`…执行到位金额2.3`)?"""
    text = text.rstrip()
    if not text:
        return False
    last = text[-1]
    if last in _OPEN_MARKS or last in _NUMERAL:
        return True
    if last not in dangling():
        return False
    window = text[-_EDGE:]
    return len(dictionary().cut(window)[-1]) == 1  # `的` alone, not the end of `目的`


# a note in parentheses right after a full stop: `…民警立足岗位。(县交通运输局)`, `…寄发新例指引。(维港日报报道)`
_NOTE_AFTER_SENTENCE = compile_pattern(r"[。!?]\s*\([^()]{1,40}\)\s*$")


def closes_with_note(text: str) -> bool:
    """Does the text end with a note in parentheses after its full stop (a tag naming who
    reported it, a credit, a source)? Such a note closes the paragraph, whatever the note says:
    the paragraph is whole, though its last character is no sentence's final mark."""
    return text.endswith(")") and _NOTE_AFTER_SENTENCE.search(text[-48:]) is not None


def _stops_after_sentences(text: str) -> bool:
    """Does the text end a sentence inside it, then stop in the next one (`…外贸主力军。上半年，…
    力争全年进出口总值`)? A paragraph cut by a column break does; a subheading or a summary
    with a comma and no full stop (`行业平稳运行，对外贸易维持两位数增长`) stands whole, and a
    line that announces a list (`…名单如下：`) ends with its colon."""
    if text.endswith(":"):
        return False
    finals = roles.sentence_finals()
    return any(ch in finals for ch in text[:-1])


def split_word(head: str, tail: str) -> bool:
    """Is a word broken across the break that the dictionary does not know (`发放案` | `款共计…`:
    `案款`)? The head ends with a lone character that is no particle or preposition, and
    the tail opens with a lone character that opens no sentence."""
    return _ends_with_lone(head) and _opens_with_orphan(tail)


def _ends_with_lone(head: str) -> bool:
    """`split_word` without the tail: the head's last character stands alone and is no
    particle or preposition (`…发放案`, not `…部署` or `…各地的`)."""
    window = head.rstrip()[-_EDGE:]
    last = window[-1:]
    if not last or not is_han(last) or last in dangling() or last in _enclitics():
        return False
    words = dictionary()
    if not any(words.get(window[-n:]) for n in range(2, len(window) + 1)):
        return True  # no dictionary word ends there: the last character stands alone
    return len(words.cut(window)[-1]) == 1


def can_break(head: LineInfo) -> bool:
    """Can a paragraph be broken after this line? A body line that stops mid-sentence: not one
    that stands whole (a row of a table of key figures, `成交額　2,318億元`; a list line; a notice's
    signature), not one closed by a credit, a jump marker or a note. Every join, whether found
    here or made when a headless piece goes on the article above (`articles._rejoin`), asks this."""
    return head.role == "body" and not (head.jump_to or head.credit or head.whole) \
        and not roles.ends_sentence(head.body_text) and not closes_with_note(head.body_text)


def find(infos: list[LineInfo], topic: Callable[[int, int], float],
         own: Callable[[int, int], float] | None = None,
         titled: Callable[[int, int], float] | None = None,
         heads: Callable[[int, int], float] | None = None,
         rest: Callable[[int, int], float] | None = None) -> dict[int, int]:
    """Index of head line → index of the line that continues it (indices into `infos`).

    `topic(a, b)` says how much of the text from line b on shares the words of the
    article around line a; `own(a, b)` the same for line b's own words alone (it tells
    whether a line after a weak break is simply the next paragraph of the text above it);
    `titled(a, b)` how much of title a's words the text from line b on uses (a line
    under a title that speaks of it opens that title's article). Without `titled`, no
    line under a title is a rest. `rest(a, b)`: how much of line b's own words the own text of
    head a uses (its item's, from its dateline on): it settles which of two open heads a line
    that could go on both is the rest of (`_contests`).
    """
    # a line right under titles is a rest only for a head whose text must go on, and only
    # when the titles say nothing of it (`_untitled`)
    can = [_can_continue(infos, t) for t in range(len(infos))]  # once per line, read twice below
    tails = [t for t in range(len(infos))
             if can[t] or titled is not None and _under_titles(infos, t) and _untitled(infos, t, titled, heads)]
    under_title = {t for t in tails if not can[t]}
    # body lines before each line, for the distance between a head and a tail
    bodies_before = [0]
    for info in infos:
        bodies_before.append(bodies_before[-1] + (info.role == "body"))

    # how a tail opens does not depend on the head: work it out once per tail line,
    # not once per pair (the jieba cuts behind it are the cost of finding joins)
    @functools.cache
    def midsentence(t: int) -> bool:
        text = infos[t].body_text
        return roles.starts_midsentence(text) or opens_with_enclitic(text) or opens_with_comparison(text)

    @functools.cache
    def compared(t: int) -> bool:
        return opens_with_compared_change(infos[t].body_text)

    @functools.cache
    def subjectless(t: int) -> bool:
        """Does line `t` go on a sentence or text before it: no subject of its own (`每年可消化…`), or one
        that does what the text before did too (`警方亦会…`)?"""
        text = infos[t].body_text
        return opens_without_subject(text) or opens_with_addition(text)

    @functools.cache
    def attributed(t: int) -> bool:
        return opens_attributed(infos[t].body_text)

    @functools.cache
    def opens_with_orphan(t: int) -> bool:
        return _opens_with_orphan(infos[t].body_text)

    @functools.cache
    def closed_above(t: int) -> bool:
        """Is the text right above line `t` closed: by the credit that signs it (`…百万人次。(郑 颖 欣)`),
        or by a title set after it (`_closes_above`), which is then no headline of `t`'s own? Then `t` is
        none of that text's paragraphs."""
        k = _above(infos, t)
        if k >= 0 and infos[k].role == "body":
            return bool(infos[k].credit or infos[k].signed) and not infos[k].leading_credit
        return t in under_title and titled is not None and _closes_above(infos, k, heads, titled(k, t))

    # (weak, -score, not a text that must go on, head, tail): strong pairs first
    scored: list[Scored] = []
    # a weak head's next line that can go on it, should its first be another head's rest (`_contests`)
    fallbacks: dict[int, tuple[int, float, bool]] = {}
    for h, head in enumerate(infos):
        semicolon = _stops_at_semicolon(infos, h)
        if not (can_break(head) or semicolon):
            continue
        candidates = tails[bisect.bisect_right(tails, h):bisect.bisect_right(tails, h + WINDOW)]
        if not candidates:
            continue
        left = head.body_text
        starts = word_starts(left)  # once per head, not once per pair
        opened = semicolon or open_end(left)
        captions_end = h + 1  # a tail up to here has nothing but captions between it and the head
        while captions_end < len(infos) and infos[captions_end].role == "caption":
            captions_end += 1
        weak_found = False  # a weak break goes on at the first line that qualifies, not any later one
        found_first: bool | None = None  # the `first` clue of that line, once found: its fallback keeps it
        # a comma or a dangling word must go on somewhere (a final numeral may end a phone number)
        first_open = opened and left.rstrip()[-1:] not in _NUMERAL and _ends_its_text(infos, h)
        # …or an item of its own, closed by its headline set after it, stands between them
        item = None if first_open or not opened else _item_titled_after(infos, h, titled, heads)
        first_open = first_open or item is not None
        # a paragraph stopped between two words after a full sentence, with a title next, is broken
        # too: the first line under a title that says nothing of it, on its topic, is its rest
        stopped_titled = not opened and _stopped_before_title(infos, h)
        lone_end: bool | None = None  # `_ends_with_lone(left)`, read once per head when needed
        stopped: bool | None = None  # `_stops_after_sentences(left)`, likewise
        for t in candidates:
            if t == item:
                continue
            titled_rest = stopped_titled and t in under_title  # `…等产品出口` / a title / `增势良好，…`
            # …or one whose break is sure (a word across it, a tail that cannot open a paragraph) under
            # the title of the text above it, set after that text: the title closes that text and heads
            # no line under it, so the line is a rest (`…钛材产量占全国的比` / another item and its
            # title / `重超过60%。`)
            if t in under_title and not (first_open or titled_rest) and not (
                    closed_above(t) and (midsentence(t) or word_across(left, infos[t].body_text, starts))):
                continue
            adjacent = bodies_before[t] == bodies_before[h + 1]  # no paragraph between them
            photo = h + 1 < t <= captions_end
            right = infos[t].body_text
            across = word_across(left, right, starts)
            part = names_part_of_count(left, right)  # `…820余人次，` | `其中406人…`: as sure as a tail that cannot open
            strong = across or midsentence(t) or part
            if not strong and attributed(t):
                # `据介绍，…`, `另据市商务局统计，…` opens a paragraph that gives its source: the rest of a
                # sentence broken after a comma goes on that sentence (it may stand past such a paragraph:
                # unseen_a/county_awards, unseen_events2/yishui_county)
                continue
            if t in under_title and not strong and own is not None and own(h, t) == 0 and not subjectless(t) \
                    and not (first_open and _closed_by_heads_title(infos, h, t, heads)):
                # under another article's title, a rest told by no word of its own uses its head's words
                # (or has no subject of its own: `每年可消化…` under a title closing the item above it);
                # when it is the first line that could go on a text that must go on, the lines below
                # it are its own text's paragraphs: no weak rest of the head follows (`…的比拼，` / a
                # title / `最终评出…名单如下：` / list lines / `县总工会将推荐…`); unless the head's own
                # headline closes it (`…舉辦旅遊服務活動，` / another item and its title / `發放在地伴手禮
                # 兌換券3,000份。` / `端午連假臺鐵加開46班次`): it stands inside the head's text
                if first_open:
                    first_open = False
                    weak_found = True
                continue
            weak = opened
            fallback = False
            if not strong:
                if weak_found:
                    if found_first is None:
                        continue
                    fallback = True  # the next line that qualifies, kept apart (`_contests`)
                unfinished = False
                if not opened:  # a word split that the dictionary does not know?
                    if lone_end is None:
                        lone_end = _ends_with_lone(left)
                    if not lone_end:
                        # a paragraph stopped between two words (`…力争全年进出口总值` | `突破1.4万亿元。`):
                        # only a tail that is surely on its topic continues it
                        if stopped is None:
                            stopped = _stops_after_sentences(left)
                        if not stopped or topic(h, t) < (NEAR_TOPIC if titled_rest else SURE_TOPIC):
                            continue
                        unfinished = True
                # the next paragraph of the text standing above it, by its own words (a line that
                # shares none with either is no such paragraph for a head whose text must go on)
                # (a line with no subject of its own, `按年平均汇率折算…`, opens no paragraph: it is none)
                if not adjacent and own is not None and not closed_above(t) and not subjectless(t):
                    neighbour = own(t - 1, t)
                    if neighbour >= CLEAR_MARGIN * own(h, t) and (neighbour > 0 or not first_open) \
                            and not (first_open and _closed_by_heads_title(infos, h, t, heads)):
                        continue
                if unfinished:
                    weak = True
                elif not opened:  # the topic first: it is cheaper than jieba's cut of the tail
                    # (off topic, only a paragraph-free photo gap can still reach `THRESHOLD`)
                    if not (adjacent and photo) and topic(h, t) < NEAR_TOPIC or not opens_with_orphan(t):
                        continue
                    weak = True
            first = (first_open or titled_rest) and not strong  # a strong pair needs no help
            if fallback:
                first = bool(found_first)
            first_open = stopped_titled = False  # the first line that can go on the head, and no later one
            score = _score(across, weak, midsentence(t) or compared(t) or part, functools.partial(opens_with_orphan, t),
                           functools.partial(_own_topic, topic, own, h, t), functools.partial(topic, t - 1, t),
                           adjacent, photo, first)
            if fallback:
                found_first = None  # the next line only, not any later one
                if score > 0:
                    fallbacks[h] = (t, score, first)
            elif score > 0:
                scored.append((not strong, -score, not first, h, t))
                if not strong and not weak_found:
                    found_first = first
                weak_found = weak_found or not strong
    if rest is not None:
        scored = _contests(scored, fallbacks, rest)
    scored.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, _, h, t in scored:
        if h in out or t in used:
            continue
        out[h] = t
        used.add(t)
    return out


Scored = tuple[bool, float, bool, int, int]  # (weak, -score, not a text that must go on, head, tail)


def _contests(scored: list[Scored], fallbacks: dict[int, tuple[int, float, bool]],
              rest: Callable[[int, int], float]) -> list[Scored]:
    """The weak pairs, with each line that two open heads could go on given to the head whose own text
    its words go on clearly more (`CLEAR_MARGIN`): two items each broken after a comma and printed
    interleaved (A's start, B's start, B's title, A's rest, B's rest) offer A's rest to both heads, and
    B's, standing nearer to it, would win on distance alone. The head that loses takes the next line
    that can go on it (`fallbacks`, scored with the same clues), when that line's words are more its own
    than the lost line's were, and clearly more its own than the winner's (`CLEAR_MARGIN`): each join is
    then the best for its head and for its rest. When the words
    tell the heads apart by no clear margin, the order of the scores stands."""
    claims: dict[int, list[int]] = {}
    for weak, _, _, h, t in scored:
        if weak:
            claims.setdefault(t, []).append(h)
    lost: dict[int, int] = {}  # head → the line another head's text took from it
    for t, heads in claims.items():
        if len(heads) < 2:
            continue
        shares = sorted(((rest(h, t), h) for h in heads), reverse=True)
        best, owner = shares[0]
        if best > 0 and best >= CLEAR_MARGIN * shares[1][0]:
            lost.update((h, t) for h in heads if h != owner)
    if not lost:
        return scored
    kept = [pair for pair in scored if not (pair[0] and lost.get(pair[3]) == pair[4])]
    for h, t in lost.items():
        if h not in fallbacks:
            continue
        nxt, score, first = fallbacks[h]
        if nxt in claims:  # the first line another open head can go on: no weaker claim on it
            continue
        mine, winners = rest(h, nxt), max(rest(o, nxt) for o in claims[t] if o != h)
        if mine > rest(h, t) and mine >= CLEAR_MARGIN * winners:
            kept.append((True, -score, not first, h, nxt))
    return kept


def _own_topic(topic: Callable[[int, int], float], own: Callable[[int, int], float] | None,
               h: int, t: int) -> float:
    """How much the text from line `t` on shares head `h`'s article, or 0 when line `t`
    itself shares none of it: the lines below a tail may be the rest of another broken
    paragraph (`…约1,500张病床，` … `服务北区…居民。` / `退休人士积蓄…` under `…退休人士，`), and
    their words say nothing of the tail standing above them."""
    if own is not None and own(h, t) == 0:
        return 0.0
    return topic(h, t)


@functools.cache
def _item_openers() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("item_openers")))


def opens_item(text: str) -> bool:
    """Does the text open a further item of the article above (`另讯 县公安局…`, `另悉，…`)?
    Such a paragraph starts a text, so it is never the rest of a broken one."""
    return text.startswith(_item_openers())


def _with_day_words(pattern: str) -> re.Pattern[str]:
    """`pattern` with `DAYS` spelled out as the day words of data/date_words.tsv (roles day, day_strict),
    longest first."""
    days = sorted((row[0] for row in lexicon.rows("date_words", columns=3) if row[1] in ("day", "day_strict")),
                  key=len, reverse=True)
    return compile_pattern(pattern.replace("DAYS", "|".join(days)))


@functools.cache
def _dated_opening() -> re.Pattern[str]:
    """`_DATED_OPENING` with the day words."""
    return _with_day_words(_DATED_OPENING)


# who did it, then its day (`昨日`, `今(16)日`, `本月13日`, `21日`, a day in parentheses after it), then a word
_DATED_OPENING = (r"(?P<actor>[^\W\d_]{2,16}?)"
                  r"(?P<day>DAYS|[昨今前明]\(\d{1,2}\)日|本月\d{1,2}[日号]|(?:\d{1,2}月)?\d{1,2}[日号])"
                  r"(?:\(\d{1,2}日\))?(?=[^\W\d_])")


def opens_dated_report(text: str) -> bool:
    """Does the text open a report of its own: who did it, the day and what it did (`教育局昨日公布，…`,
    `警方前日(15日)在观塘…`, `高雄市议会今(16)日召开…`, `呼和浩特市文化旅游广电局21日发布消息，…`)? A
    headless item opens so, never the rest of a broken sentence, whose subject stands before the break:
    a rest opens with the predicate or the next clause (`预计每日可额外提供…`, `将持续争取…`, `每年可消化…`).
    The actor opens with no sentence opener standing as a word and ends with no preposition (`将于21日起实施`,
    `活动将在本月13日…` go on a subject before them; `经济部昨(8)日…` opens with the word `经济部`, not `经`), and
    the day is a word of its own (`目前|日均` holds no `前日`)."""
    m = _dated_opening().match(text)
    if m is None:
        return False
    actor = m.group("actor")
    if actor[-1] in dangling():
        return False
    tokens = dictionary().cut(text[:m.end("day")])
    if actor[0] in _openers() and len(tokens[0]) == 1:  # `经济部昨(8)日…` opens with a word, not with `经`
        return False
    pos = 0
    for token in tokens:
        if pos >= m.start("day"):
            return pos == m.start("day")
        pos += len(token)
    return False


# a period of a report, then a comma: `2025年,`, `今年以来,`, `1至12月,`, `前10月,`, `5月份,`, `前三季度,`, `上半年,`;
# after a body's name it opens a report too (`articles._opens_period_of_body`: `东莞空港中心今年累计…`)
PERIOD = (r"(?:[0-9]{4}年|今年|去年)?(?:前?[0-9]{1,2}(?:至[0-9]{1,2})?(?:个)?月份?|前?[一二三四]季度|[上下]半年)"
          r"|[0-9]{4}年|今年|去年")
_PERIOD_OPENING = compile_pattern(rf"(?:{PERIOD})(?:以来)?,")


# the period a body reports on, right after its name: `今年`, `今年首三季`, `1至11月`, `前11个月` (a day
# after the name is `opens_dated_report`'s)
PERIOD_AFTER_BODY = compile_pattern(rf"(?:{PERIOD})(?![0-9日号])")
# a recent day or month after a body's name, no figure in it: `市财政局日前下达…`, `县府环保局上月针对…`
RECENT_AFTER_BODY = ("日前", "近日", "近期", "上月", "本月")
# clauses a report opens with before its subject, a comma closing them: the day it counts to (`截至2月底,`),
# what caused it (`受强冷空气影响,`), an addition (`另外,`), the reporter's source (`记者从省文化和旅游厅获悉,`)
_REPORT_CLAUSE = compile_pattern(r"(?:截至[^,。;]{1,12}|受[^,。;]{1,12}影响|另外"
                                 r"|记者[^,。;]{0,4}从[^,。;]{2,24}(?:获悉|了解到)),")


def opens_report_clause(text: str) -> bool:
    """Does the (folded) text open as a report does and no rest of a broken sentence: a body named in full
    and its period or a recent day (`宁波海关今年以来共检出…`, `盐城南洋国际机场1至5月完成…`, `市市场监管局日前
    公布…`, `縣府環保局上月針對…`), or a clause before its subject (`截至2月底，`, `受强冷空气影响，`, `另外，`,
    `记者从省文化和旅游厅获悉，`)? Over the gold pages' body lines, 11, 174, 7, 4, 3 and 18 lines open so
    (on 2 pages or more each) and none of the 231 rests does, while the join traps (`benchmarks.join_traps`)
    joined such lines to heads ending with a comma whose rest was gone (a comma and a text that must go on
    reach the threshold with no word in common)."""
    if _REPORT_CLAUSE.match(text) is not None:
        return True
    name = leading_body(text)
    return name is not None and (text.startswith(RECENT_AFTER_BODY, len(name))
                                 or PERIOD_AFTER_BODY.match(text, len(name)) is not None)


def opens_with_period(text: str) -> bool:
    """Does the text open with the period it reports on, a comma, then a subject of its own (`2025年,全市固定资产
    投资比上年增长5.3%`, `今年以来,全市新增减税降费…`, `1至12月,全市规模以上工业增加值…`)? A brief of a year's
    figures opens so, never the rest of a broken sentence (none of the gold pages' rests does), whose subject stands
    before the break: a rest after a comma goes on with the predicate or the next clause (`按年平均汇率折算…`)."""
    m = _PERIOD_OPENING.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    return bool(rest) and is_han(rest[0]) and not (opens_without_subject(rest) or roles.starts_midsentence(rest)
                                                   or opens_with_comparison(rest) or opens_with_compared_change(rest))


SOURCE_NAME = 3  # a body's name: at least this many characters (`市商务局`, `盐城海关`; not `据统计`)


@functools.cache
def _sourced_opening() -> re.Pattern[str]:
    """A body's name, then a word of data/paragraph_links.tsv that gives what follows as its figures or news
    (`sources`: `数据显示`, `消息`) or counts them (`counts`: `统计`), ending the first clause."""
    words = sorted((w for w, (place,) in lexicon.mapping("paragraph_links").items() if place in ("sources", "counts")),
                   key=len, reverse=True)
    return compile_pattern(rf"(?P<name>[^\W\d_]{{{SOURCE_NAME},20}}?)(?:{'|'.join(words)})[,:]")


@functools.cache
def _attribution_words() -> tuple[str, ...]:
    return tuple(w for w, (place,) in lexicon.mapping("paragraph_links").items() if place == "attributes")


def opens_sourced_report(text: str) -> bool:
    """Does the text open with a body's name and the word that gives what follows as its figures or news
    (`市商务局数据显示，1至5月，…`, `盐城海关统计，…`, `市工信局消息：截至5月底，…`, `人民银行嘉兴市分行发布数据，…`)?
    A brief of a body's figures opens so, or a paragraph of a report giving the figures of the body it is about
    (`劳工局统计，…`, `欧盟统计局当天公布的数据显示，…`): of the 32 such lines of the gold pages, 25 open an item and
    none is a rest. The rest of a sentence broken after a comma goes on its subject before the break and names
    no source of its own. A line attributed with `据` (`据县农业农村局统计，…`) is none of these."""
    return not text.startswith(_attribution_words()) and _sourced_opening().match(text) is not None


@functools.cache
def body_heads() -> tuple[str, ...]:
    """The heads that end the name of a body (`局`, `委员会`, `公司`, `海关`; not `村`, `镇`, which start
    names of places), longest first."""
    return tuple(sorted((suffix for suffix, _, cls, *_ in lexicon.rows("org_suffixes", 3) if cls != "place"),
                        key=len, reverse=True))


@functools.cache
def _head_ends() -> frozenset[str]:
    """The last characters of `body_heads()`: a name can end with a head only at one of them."""
    return frozenset(head[-1] for head in body_heads())


_LEADING_NAME = compile_pattern(r"[^\W\d_]{3,20}")


def leading_body(text: str) -> str | None:
    """The body named in full at the start of the text, before its verb or its day (`市财政局` of
    `市财政局1月23日透露，…`, `国网宜昌供电公司` of `国网宜昌供电公司1月25日发布`): the text's first word
    run, cut after its last body head that ends a word of the dictionary's cut."""
    m = _LEADING_NAME.match(text)
    if m is None:
        return None
    run = m.group()
    if not any(c in _head_ends() for c in run[SOURCE_NAME - 1:]):
        return None  # no head can end a long enough name: the cut below would find none
    ends, pos = [], 0
    for token in dictionary().cut(run):
        pos += len(token)
        ends.append(pos)
    for end in reversed(ends):
        if end >= SOURCE_NAME and run[:end].endswith(body_heads()):
            return run[:end]
    return None


def opens_body_saying(text: str) -> bool:
    """Does the (folded) text open with a body named in full and its word, a first clause that ends with a verb
    of saying (`縣府社會處表示，…`, `市统计局相关负责人表示，…`, `醫院管理局表示，…`; data/paragraph_links.tsv's
    `says`)? Its subject is its own, so it opens a paragraph, never the rest of a sentence broken before it:
    of the 120 such lines of the gold pages (61 pages), 71 open an item (44 pages of 28 folders) and none is a
    rest. A
    clause that adds to the text above (`县人社局还表示，`, `局長在會上表示，`: an adverb or a word pointing back)
    or is attributed (`据市统计局介绍，`) is none of these."""
    return _body_clause(text) == "says"


def opens_body_publishing(text: str) -> bool:
    """Does the (folded) text open with a body named in full and a verb of making public ending its
    first clause (`經濟及科技發展局公布，…`, `縣府青年及國際事務處宣布，…`, `省文化和旅游厅发布，…`;
    data/paragraph_links.tsv's `publishes`)? The body makes its own figures or news public: of the
    226 such lines of the gold pages (a day or a wire dateline before the verb counted too), 224 open
    an item and 2 a later paragraph, none is a rest. A clause with an adverb or a word pointing back
    (`欧盟委员会当天宣布`) or attributed (`据…公布`) is none."""
    return _body_clause(text) == "publishes"


def opens_with_own_subject(text: str) -> bool:
    """Does the (folded) text open with a body named in full whose first clause ends with a verb of saying
    or of making public, an adverb or a word pointing back in it or not (`政府統計處同日公布，…`,
    `欧盟委员会当天宣布，…`, `財政局局長在會上表示，…`)? Its subject is its own, so it is never the rest of a
    sentence broken before it, which goes on the subject before the break (of the 6 such lines with a
    pointing word of the gold pages, 5 folders, none is a rest); it may be a later paragraph of the text
    above, so it does not open an item by itself (`opens_body_saying`, `opens_body_publishing`)."""
    return _body_clause(text, pointing=True) is not None


def _body_clause(text: str, pointing: bool = False) -> str | None:
    """`says` or `publishes` when the (folded) text opens with a body named in full and a first clause
    ending with such a verb (data/paragraph_links.tsv), with no adverb or word pointing back after the
    body unless `pointing`; else None. An attributed clause (`据市统计局介绍，`) is none."""
    if text.startswith(_attribution_words()) or leading_body(text) is None:
        return None
    clause = text[:min((i for i in map(text.find, ",;。:") if i >= 0), default=len(text))]
    tokens = dictionary().cut(clause)
    places = lexicon.mapping("paragraph_links")
    if not tokens or not pointing and any(places.get(t, ("",))[0] in ("adverb", "refers") for t in tokens[1:]):
        return None
    place = places.get(tokens[-1], ("",))[0]
    return place if place in ("says", "publishes") else None


@functools.cache
def _day_opening() -> re.Pattern[str]:
    """`_DAY_OPENING` with the day words."""
    return _with_day_words(_DAY_OPENING)


# the day (`昨天`, `近日`, `当天`, `9月14日`, `14日`), maybe its part (`上午`), then a comma
_DAY_OPENING = (r"(?:DAYS|近日|日前|当天|当日|同日|(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}[日号])"
                r"(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚)?,")


def opens_with_day(text: str) -> bool:
    """Does the text open with its day and a comma (`昨天，全市第三批重大项目集中签约…`, `9月14日，…开工`,
    `当天，…`)? A report opens so, never the rest of a sentence broken after a comma, which goes on with its
    predicate or its next clause: of the 63 such lines of the gold pages, 42 open an item, 21 a later
    paragraph, and none is a rest (heldout39/economy_page's `昨天，…` brief stood between a head and its rest)."""
    return _day_opening().match(text) is not None


# a place named in full (`禅城区`, `龙湾区`, a town `李庄古镇`; not `全市`, `我县`), or places listed with `、`/`和`
# (`南头镇、东凤镇`), then the period it reports on, no comma between (`禅城区前三季度建筑陶瓷产量…`,
# `龙湾区前8个月新增市场主体…`, `南头镇、东凤镇上半年家电产量…`)
_PLACE = r"(?![全我本该各])[^\W\d_]{1,5}[省市县区州旗镇乡]"
_PLACE_PERIOD = compile_pattern(rf"{_PLACE}(?:[、和]{_PLACE})*(?:{PERIOD})(?![0-9日号])")


def opens_place_period(text: str) -> bool:
    """Does the text open with a place named in full and the period its figures are of (`禅城区前三季度…`,
    heldout40/economy_page; `龙湾区前8个月…`, heldout39/economy_page), or with several such places listed
    (`南头镇、东凤镇上半年…`, heldout44/economy_page)? A brief of a district's or a town's figures opens so
    (`李庄古镇今年…` under its dateline, heldout19/economy_page); a rest goes on the subject before its break
    (all 6 such body lines of the gold pages, 5 folders, open an item; none is a rest)."""
    return _PLACE_PERIOD.match(text) is not None


def opens_report(text: str) -> bool:
    """Does the text open an item's report: its actor and day (`opens_dated_report`), its day and a comma
    (`opens_with_day`), its period (`opens_with_period`), a place and its period (`opens_place_period`), its
    source (`opens_sourced_report`), a body's word (`opens_body_saying`) or what a body makes public
    (`opens_body_publishing`)? It ends the text above it and is
    never a rest."""
    return opens_dated_report(text) or opens_with_day(text) or opens_with_period(text) \
        or opens_place_period(text) or opens_sourced_report(text) or opens_body_saying(text) \
        or opens_body_publishing(text)


# a short label and a colon with its text after it (`湖里区:1至10月新增…`, `答:尽量避开…`, `一等奖:张三 李四`)
_LABEL_COLON = compile_pattern(r"[^\W\d_]{1,8}:(?=\S)")


def opens_listed(text: str) -> bool:
    """Does the (folded) text open as a line of a list: a section number (`二、过往车辆请绕行…`, `(三)…`) or a short
    label and a colon (`湖里区:1至10月新增经营主体…`, `答:尽量避开…`)? A notice's items, a district's brief under a
    column's label and an answer open so, never the rest of a sentence broken before them: of the 231 gold joins
    of the development pages, no rest does, while the join traps (`benchmarks.join_traps`) joined such lines
    to heads whose rest was gone (heldout17, heldout18, heldout20, heldout26 county_news' notice items;
    unseen_stats2/hongkong_jingji's district briefs; liuzhou_p3's answer)."""
    return roles.is_numbered(text) or _LABEL_COLON.match(text) is not None


ATTRIBUTED_CLAUSE = 20  # characters at most of an attributed first clause (`据鄂尔多斯海关统计`)


def opens_attributed(text: str) -> bool:
    """Does the (folded) text open with a clause that attributes what follows to a source, set off by a comma
    (`据介绍,…`, `据无锡海关统计,…`, `另据旅游局资料,…`)? A paragraph opens so (no rest of the 231 gold joins of
    the development pages does); the join traps (`benchmarks.join_traps`) joined such lines, the next paragraph
    of the head's own story or another's, to heads whose rest was gone (heldout37/economy_page `据鄂尔多斯海关统计`,
    heldout30/economy_page `另据市商务局统计`, unseen/taiwan_news `據交通部統計`). A word across the break
    (`…的数` | `据显示`) is a surer clue, so callers ask this of weak breaks only."""
    if not text.startswith(_attribution_words()):
        return False
    comma = text.find(",", 0, ATTRIBUTED_CLAUSE + 1)
    return comma > 1 and not any(ch in _CLAUSE_MARKS for ch in text[:comma])


def _can_continue(infos: list[LineInfo], t: int) -> bool:
    """A body line that does not open an article and does not stand under a title
    (a headline is followed by a paragraph's start, not by the rest of one). A numbered part
    (`二、执行任务的警车…不受此限。` under `一、…`) opens an item of a structured text: never a rest."""
    tail = infos[t]
    if tail.role != "body" or tail.dateline or tail.lead or tail.jump_from or tail.whole or opens_item(tail.body_text) \
            or opens_report(tail.body_text) or opens_with_own_subject(tail.body_text) or opens_listed(tail.body_text) \
            or opens_report_clause(tail.body_text):
        return False
    k = _above(infos, t)
    return k < 0 or infos[k].role not in ("headline", "subheading", "label", "continuation") \
        and not infos[k].leading_credit


def _above(infos: list[LineInfo], t: int) -> int:
    """The line standing above line `t`, a picture's bare credit skipped (-1 for none): a title over
    a picture with no words heads the text under it as much as text right under it
    (`经科局明日办招聘会` / `(资料图片)` / `卫生局上周对…`). A caption with words is not skipped: the
    rest of a paragraph broken around a picture stands under its caption, a title printed after
    its own text above both (`…慰问物资，` / a title / a caption / `共走访困难老人…`)."""
    k = t - 1
    while k >= 0 and infos[k].role == "caption" and roles.is_bare_credit(infos[k].text):
        k -= 1
    return k


_TITLES = ("headline", "subheading", "label")


# a paragraph that opens with its day (`1月10日，…`, `10月8日上午`) opens an article's text
_OPENS_WITH_DAY = compile_pattern(r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}[日号]")


def _under_titles(infos: list[LineInfo], t: int) -> bool:
    """A plain body line right under titles (not a dateline's, not an item's opening, not
    one that opens with its day)."""
    tail = infos[t]
    if tail.role != "body":  # the line's own fields first: the line above is looked for only then
        return False
    k = _above(infos, t)
    return k >= 0 and infos[k].role in _TITLES and not (
        tail.dateline or tail.lead or tail.jump_from or tail.whole or opens_item(tail.body_text)
        or _OPENS_WITH_DAY.match(tail.body_text) or opens_report(tail.body_text)
        or opens_with_own_subject(tail.body_text) or opens_listed(tail.body_text)
        or opens_report_clause(tail.body_text))


def _untitled(infos: list[LineInfo], t: int, titled: Callable[[int, int], float],
              heads: Callable[[int, int], float] | None = None) -> bool:
    """Do the titles right above line `t` say nothing of its text? Then they head an article
    printed elsewhere (a headline after its body, or far from it), and the line may be the rest
    of a paragraph broken before them; a title that shares words with the line below heads it
    (`永定区开展森林防火演练` over `4月1日,永定区在天门山镇开展森林防火应急演练…`), unless it
    closes the text above it (`_closes_above`): a word in common with the line below (`全县`) is
    chance then."""
    k = _above(infos, t)
    while k >= 0 and infos[k].role in _TITLES:
        with_line = titled(k, t)
        if with_line >= UNTITLED and not _closes_above(infos, k, heads, with_line):
            return False
        k -= 1
    return True


def _closes_above(infos: list[LineInfo], k: int, heads: Callable[[int, int], float] | None,
                  below: float) -> bool:
    """Is title `k` the headline of the paragraph right above it (captions aside), set after its
    text? It shares many of its words (`TITLE_OF_HEAD`) and clearly more (`TITLE_MARGIN`) than `below`,
    its share of the text under it (`…县委组织部召开全县组织工作会议…` / `全县组织工作会议召开`, `…捣破
    一个网上投资骗案集团…` / `网上投资骗案 警拘19人`). That text ends there: the line under the title
    is not its next paragraph, and the title does not head that line."""
    if heads is None:
        return False
    above = k - 1
    while above >= 0 and infos[above].role == "caption":
        above -= 1
    if above < 0 or infos[above].role != "body":
        return False
    with_above = heads(k, above)
    return with_above >= TITLE_OF_HEAD and with_above > TITLE_MARGIN * below


def _ends_its_text(infos: list[LineInfo], h: int) -> bool:
    """Does the text stop after line `h`: captions aside, a title, a byline, an opening
    paragraph (dateline, `(上接…)`, an item of its own) or the page's end follows? A paragraph
    ending with a comma or a dangling word is then broken, and its rest stands further on."""
    k = h + 1
    while k < len(infos) and infos[k].role == "caption" or k < len(infos) and infos[k].photo_credit:
        k += 1
    if k == len(infos):
        return True
    nxt = infos[k]
    if nxt.role != "body":
        return True
    return bool(nxt.dateline or nxt.lead or nxt.jump_from or opens_item(nxt.body_text)
                or opens_report(nxt.body_text) or opens_with_own_subject(nxt.body_text))


def _stops_at_semicolon(infos: list[LineInfo], h: int) -> bool:
    """Does body line `h` stop at a semicolon after a full sentence, with its text ending there
    (`…全市规模以上工业增加值增长6.4%，…比上年末净增357家；` / another item's dateline)? A paragraph of
    sentences goes on after a semicolon: it is broken, and its rest stands further on, as after a comma
    (`_ends_its_text`). A line of a list (`（一）…；`, `一是…；`) or one without a full sentence before it
    may end so whole."""
    head = infos[h]
    text = head.body_text.rstrip()
    if head.role != "body" or head.jump_to or head.credit or head.whole or not text.endswith(";"):
        return False
    return not roles.is_numbered(text) and _stops_after_sentences(text) and _ends_its_text(infos, h)


def _past_captions(infos: list[LineInfo], k: int) -> int:
    """The first line from `k` on that is no caption: a picture's caption may stand anywhere between
    a text and its title or rest."""
    while k < len(infos) and infos[k].role == "caption":
        k += 1
    return k


def _item_titled_after(infos: list[LineInfo], h: int, titled: Callable[[int, int], float] | None,
                       heads: Callable[[int, int], float] | None) -> int | None:
    """The paragraph right under head `h` (captions aside) when it is an item of its own closed by
    its headline set after it: it ends its sentence, and the title under it speaks of it
    (`TITLE_OF_HEAD`) and of nothing in the head's text (`…到場人數逾5萬人次，` / `食物環境衞生署上月…
    巡查…` / `食環署巡查街市…` / `屆時將在海濱一帶…`). The head's text stops there as before an
    opening paragraph (`_ends_its_text`): its rest stands further on, and the item is none of it."""
    if titled is None or heads is None:
        return None
    k = _past_captions(infos, h + 1)
    if k >= len(infos) or infos[k].role != "body" or not roles.ends_sentence(infos[k].body_text):
        return None
    j = _past_captions(infos, k + 1)
    if j == len(infos) or infos[j].role != "headline":
        return None
    return k if titled(j, k) >= TITLE_OF_HEAD and heads(j, h) < UNTITLED else None


def _closed_by_heads_title(infos: list[LineInfo], h: int, t: int,
                           heads: Callable[[int, int], float] | None) -> bool:
    """Is line `t` closed by head `h`'s headline, set after its text (captions aside)? The title
    under it shares many of the head's words and clearly more than of the paragraph above line
    `t` (`…举办山东外贸新春对接会，` / a title / another wire item / `预计邀请境外采购商600家以上。` /
    `山东前11个月外贸进出口超3万亿元`): the text of the head ends there, so line `t` is its rest, though
    a word of it (`预计`) stands in that other item too, and is no paragraph of the item above it."""
    if heads is None:
        return False
    k = _past_captions(infos, t + 1)
    if k == len(infos) or infos[k].role != "headline":
        return False
    with_head = heads(k, h)
    if with_head < TITLE_OF_HEAD:
        return False
    above = _above(infos, t)
    # under a title, the text above `t` is closed by it: the title under `t` heads `t`'s text or the head's
    # (`…舉辦旅遊服務活動，` / another item and its title / `發放在地伴手禮兌換券3,000份。` / `端午連假臺鐵加開46班次`)
    other = t if above >= 0 and infos[above].role in _TITLES else t - 1
    return with_head > CLOSING_MARGIN * heads(k, other)


def _stopped_before_title(infos: list[LineInfo], h: int) -> bool:
    """Does body line `h` stop between two words after a full sentence (`…68.2%。汽车零部件、…
    等产品出口`), with a title next (captions aside)? A paragraph that stops there is broken,
    never whole (`…完成设备招` / a title, `…为社区居民提供诊` / a title): its rest stands further
    on, as for a head ending with a comma (`_ends_its_text`)."""
    k = _past_captions(infos, h + 1)
    return k < len(infos) and infos[k].role in _TITLES and _stops_after_sentences(infos[h].body_text)


def _score(across: bool, opened: bool, midsentence: bool, opens_with_orphan: Callable[[], bool],
           with_head_of: Callable[[], float], with_neighbour_of: Callable[[], float], adjacent: bool,
           photo: bool = False, first: bool = False) -> float:
    """0 when the pair is no join; else higher for a surer one (see the module's docstring).

    `across`: a dictionary word spans the break; `opened`: the head ends open (`open_end`) or a word
    the dictionary does not know is split (`split_word`);
    `midsentence`: the tail cannot open a paragraph; `opens_with_orphan`: its first
    character stands alone (`orphaned` once a word spans the break). `with_head`: how
    much the tail's text shares the head's article; `with_neighbour`: how much it
    shares the line standing above it; `photo`: nothing but photo captions stands
    between head and tail; `first`: the head's text ends open with it (`_ends_its_text`) and
    this is the first line after it that can go on it.
    """
    if not (across or midsentence or opened):
        return 0.0
    with_head = with_head_of()
    if adjacent:  # no paragraph between them, so none to compare with
        on_topic, clear = with_head >= NEAR_TOPIC, False
    else:  # the topic of the lines above is read only for pairs it can decide
        neighbour = with_neighbour_of() if with_head >= NEAR_TOPIC else 0.0
        on_topic = with_head >= ON_TOPIC or with_head >= NEAR_TOPIC and with_head > NEIGHBOUR_MARGIN * neighbour
        clear = with_head >= NEAR_TOPIC and with_head >= CLEAR_MARGIN * neighbour
    orphan = across and opens_with_orphan()
    score = (STRONG * (across + midsentence) + WEAK * (orphan + (opened and not across)) + TOPIC * on_topic
             + CLEAR_TOPIC * clear + NOTHING_BETWEEN * adjacent + PHOTO_BETWEEN * photo
             + (MUST_GO_ON + FIRST_AFTER) * first)
    if score < THRESHOLD:
        return 0.0
    return score + with_head
