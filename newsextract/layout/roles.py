"""Line roles from layout features that hold across papers.

Each non-empty line gets one role from what it looks like alone: its length, its
final punctuation, a dateline at its start (`本报讯`, `新华社北京3月5日电`), a credit
shape (`记者 张 慧`, `(辛 欣)`, `XXX 摄`), a jump marker (`(上接第1版)`). Whether a
title-like line is an article's headline, a subheading or a column label depends on
its neighbours and is decided by `articles`; here it is `headline`, or `label` when it
is a short single phrase, or `subheading` when it is numbered (`一、…`, `(二)…`): a
numbered title is a section of an article, never an article's own. Every test looks
at a bounded window of the line, so classifying a page is linear in its size.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal, NamedTuple

import regex

from .. import lexicon
from ..text.offsets import Line
from ..text.precompiled import compile_pattern, compile_regex
from ..text.rules import is_han
from . import bylines, openings, web
from .bylines import Credit
from .web import Metadata

Role = Literal["headline", "subheading", "body", "byline", "caption", "continuation", "label"]

MAX_TITLE = 40  # longer lines are text, whatever their punctuation
MIN_LABEL, MAX_LABEL = 2, 8  # `为民创城不停步`, `志愿服务`: a column label is a short single phrase
MAX_BYLINE = bylines.MAX_CREDIT  # a longer line is no credit line
MIN_CAPTION = 4  # characters before a photographer's credit that make a caption: `张三 摄` alone is a byline
_WINDOW = 60  # how far from a line's ends the end-anchored patterns look
_QUOTE_REACH = 12  # how far into a line a closing mark it never opened is looked for (`活”。针对…`)
_PLACE = 8  # the longest place name in a dateline (`新华社乌鲁木齐3月5日电`)
_DATELINE_CREDIT = 40  # the longest credit in parentheses after a dateline



def _one_of(words) -> str:
    """The words as alternatives of a pattern, longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# ------------------------------------------------------------------ jump markers
@functools.cache
def _jump_words() -> Mapping[str, frozenset[str]]:
    """`data/jump_markers.tsv`: role (`from`, `to`, `page`: the loader checks them) → its words."""
    by_role: dict[str, set[str]] = {"from": set(), "to": set(), "page": set()}
    for word, role in lexicon.rows("jump_markers", 2):
        by_role[role].add(word)
    return MappingProxyType({role: frozenset(words) for role, words in by_role.items()})


@functools.cache
def _jump_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """A jump marker as a whole line, at a line's head and at its tail."""
    words = _jump_words()
    jump = rf"""
        [((] \s*
        (?P<verb> {_one_of(words['from'] | words['to'])} ) \s*     # 上接, 下转
        (?P<di> 第 )? \s*
        (?P<page> [0-9]{{1,3}} | [A-Za-z][0-9]{{0,2}} | [一二三四五六七八九十]{{1,3}} )  # 1, A2, 十二
        \s* (?P<ban> {_one_of(words['page'])} ) \s*                # 版
        [))]
    """
    return (compile_regex(rf"^ \s* {jump} \s* $", regex.VERBOSE), compile_regex(rf"^ \s* {jump}", regex.VERBOSE),
            compile_regex(rf"{jump} \s* $", regex.VERBOSE))


@dataclass(frozen=True)
class Jump:
    """A jump marker: the article continues from (`from`) or to (`to`) another page."""

    direction: Literal["from", "to"]
    page: str  # `第1版`


def _jump(m: regex.Match) -> Jump:
    return Jump("from" if m.group("verb") in _jump_words()["from"] else "to", f"第{m.group('page')}{m.group('ban')}")


def jump_marker(text: str) -> Jump | None:
    """`(上接第1版)` → Jump('from', '第1版'); None unless the whole text is a marker."""
    if not text.lstrip().startswith("("):  # the one way a marker opens: most lines stop here
        return None
    m = _jump_patterns()[0].match(text)
    return _jump(m) if m else None


# ------------------------------------------------------------------ datelines
_DATE = r"(?:\d{1,2}月)?\d{1,2}日"
_CREDIT_PARENS = rf"(?:\s*[((](?P<credit>[^()()]{{1,{_DATELINE_CREDIT}}})[))])?"


@functools.cache
def _brackets() -> tuple[str, ...]:
    """The brackets a dateline or an opening credit may stand in (`【本報訊】`, `〔記者…報導〕`):
    data/credit_grammar.tsv."""
    return tuple(openings.brackets())


@functools.cache
def _reported_openers() -> tuple[str, ...]:
    """What an opening credit starts with: a bracket, a parenthesis (`(中央社记者…电)`) or a role word
    (`记者 王小明/台中报导`, `通讯员…`)."""
    return (*_brackets(), "(", *openings.role_words())


@functools.cache
def _dateline_openers() -> tuple[str, ...]:
    """What a dateline starts with (`据`, an agency, `【`): a `str.startswith` test spares
    the pattern on the lines that open otherwise, nearly all of them."""
    return ("据", *_reported_openers(), *sorted(lexicon.words("dateline_agencies")))


@functools.cache
def _dateline() -> regex.Pattern:
    """`本报讯`, `本报太原3月12日讯`, `新华社北京3月5日电(记者 …)`, `据新华社电`, `【本报讯】`, `【本报消息】`."""
    # longest first, ties in a fixed order: the same source in every process (the precompiled table's key)
    agencies = bylines.one_of(lexicon.words("dateline_agencies"))
    return compile_regex(rf"""
        ^ (?: (?P<bracket> {openings.opens()} ) \s* )?
        (?P<dateline>
            据? (?P<agency> {agencies} ) \s*                  # 本报, 据新华社
            (?: \p{{Han}}{{0,{_PLACE}}}? \s* {_DATE} \s* )?   # 太原3月12日: a place and a day
            (?: 讯 | 电 | (?(bracket) (?: {bylines.one_of(bylines.dispatch_words('bracketed_dispatch'))} ) | (?!) ) )
        )
        (?(bracket) \s* (?P<close> {openings.closes()} ) )   # 【本报讯】 closes its bracket
        {_CREDIT_PARENS}                                     # (记者 …)
    """, regex.VERBOSE)


@dataclass(frozen=True)
class Dateline:
    text: str  # `新华社北京3月5日电` (folded)
    credit: Credit | None  # the reporters named in parentheses after it
    start: int = 0  # where `text` stands in the line (after a bracket)
    wire: bool = False  # an agency's or another outlet's dispatch, not the paper's own (`本报`)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_OWN_PAPER = "本报"  # the dateline agency that is the paper itself


# `(中央社记者王小明台北15日电)`, `(中央社台北15日电)`: an agency that sets its dateline in
# parentheses (data/dispatch_words.tsv: Taiwan's Central News Agency), the reporters and the
# place written together, the names with or without layout spaces (`(中央社记者王 小 明台北7日电)`)
_SPACED_NAME = r"\p{Han}(?:\s?\p{Han}){1,3}"


@functools.cache
def _parenthesized_dateline() -> regex.Pattern:
    agencies = bylines.one_of(bylines.dispatch_words("agency_in_parentheses"))
    return compile_regex(rf"""
        ^ [(] \s*
        (?P<dateline> (?: {agencies} ) (?: 记者 \s* (?P<names> {_SPACED_NAME} (?: [、,] \s* {_SPACED_NAME} )* ) )?
            \s* (?P<place> \p{{Han}}{{2,{_PLACE}}}? ) \s* {_DATE} \s* 电 )
        \s* [)]
    """, regex.VERBOSE)


_PERSONAL_NAME = 3  # most names in Taiwan and Hong Kong have three characters: `王小明`


_PAPER_NAME = openings.MAX_OUTLET  # `香港商报`, `东方日报`: a paper's name before its dispatch word


def names_paper(text: str) -> bool:
    """Does a paper's dispatch word (`报讯`) stand where a paper's own dateline would end
    (`香港文汇报讯（记者 …）`)? The cheap test before the pattern."""
    head = text[:_PAPER_NAME + 2]
    return any(word in head for word in bylines.dispatch_words("paper_dispatch"))


def names_outlet_reporter(text: str) -> bool:
    """Does a role word stand right after where an outlet's name would (`星港日报记者 陈 家 豪报道:`,
    `…报通讯员…`)? The cheap test before the pattern."""
    head = text[:_PAPER_NAME + _LONGEST_ROLE]
    return any(role in head for role in _short_roles())


_LONGEST_ROLE = 4  # room after an outlet's name for the role word (`记者`, `通讯员`)


def names_outlet(text: str) -> bool:
    """`names_paper(text) or names_outlet_reporter(text)` in one pattern match: most lines hold
    neither, and one match tries every word where its test would find it."""
    return _outlet_heads().match(text) is not None


@functools.cache
def _outlet_heads() -> re.Pattern:
    """Each paper's dispatch word and role word at a place that its test's head holds whole."""
    heads = [(w, _PAPER_NAME + 2) for w in bylines.dispatch_words("paper_dispatch")] + \
        [(w, _PAPER_NAME + _LONGEST_ROLE) for w in _short_roles()]
    return re.compile("|".join(f".{{0,{size - len(w)}}}?{re.escape(w)}" for w, size in heads if size >= len(w)),
                      re.DOTALL)


@functools.cache
def _short_roles() -> tuple[str, ...]:
    """The role words an outlet's name may stand before, no one of them inside another (`记者`, `通讯员`)."""
    words = openings.role_words()
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def _reported(text: str) -> Dateline | None:
    """`【记者王小明/台中报导】`, `(中央社记者王小明台北15日电)`, `【明报专讯】`: the dateline and its reporters."""
    m = openings.paper_dispatch().match(text) if text.startswith(_brackets()) or names_paper(text) else None
    if m and openings.closes_its_bracket(m.group("open"), m.group("close")):
        credit = bylines.parse(f"({m.group('credit')})", bare_ok=True) if m.group("credit") else None
        if credit is None and m.group("bare"):  # `【香海日报讯】记者 何 嘉 怡 报道:`: named with a role word
            credit = bylines.parse(m.group("bare"), bare_ok=False)
        return Dateline(m.group("dateline"), credit, m.start("dateline"))
    opening = openings.reported(text)
    if opening is not None:
        return Dateline(text[opening.start:opening.end], opening.credit, opening.start)
    m = _parenthesized_dateline().match(text)
    if not m:
        return None
    credit = None
    if m.group("names"):
        # the last name runs into the place: three characters when two are left for the place
        *names, last = "".join(m.group("names").split()).replace(",", "、").split("、")
        joined = last + m.group("place")
        size = _PERSONAL_NAME if len(joined) - _PERSONAL_NAME >= 2 else 2
        credit = bylines.parse("记者 " + " ".join([*names, joined[:size]]), bare_ok=False)
        if credit is None:
            return None
    return Dateline(m.group("dateline"), credit, m.start("dateline"), wire=True)


# a paper's reporters in parentheses opening a paragraph, no dispatch word before them: Macao papers'
# `(本报记者 梁 嘉 敏)立法会昨日…`; the text goes on after the closing parenthesis
_LEADING_CREDIT = compile_pattern(rf"^[(]\s*(?P<inner>[^()]{{2,{_DATELINE_CREDIT}}}?)\s*[)](?=\S)")


def _leading_credit(text: str) -> Dateline | None:
    """`(本报记者 梁 嘉 敏)立法会…`: the reporters open the paragraph as a dateline's credit would,
    so the paragraph opens an article (and is never the rest of a broken one). A picture's credit
    (`(记者 梁 嘉 欣 摄)政府总部外景。`) opens a caption, not an article: no photographers here; nor does
    a note of who compiled the text, its role word after the names (`(本报记者 张 文整理)`)."""
    m = _LEADING_CREDIT.match(text)
    if not m or bylines.ends_with_role(m.group("inner")):  # `(记者林 雅 雯整理)`: a compiler's note
        return None
    credit = bylines.parse(f"({m.group('inner')})", bare_ok=False)  # a role word names them reporters
    if credit is None or credit.photographers or not (credit.reporters or credit.correspondents):
        return None
    return Dateline("", credit, 0)


def dateline(text: str) -> Dateline | None:
    """The dateline that opens a dispatch, with the credit in parentheses after it."""
    if not text.startswith(_dateline_openers()):
        if names_outlet(text):  # `香港文汇报讯（记者 …）`, `星港日报记者 …报道:`
            return _reported(text[:_WINDOW])
        return None
    if text.startswith(_reported_openers()):
        reported = _reported(text[:_WINDOW])
        if reported is not None:
            return reported
        if text.startswith("(") and (leading := _leading_credit(text[:_WINDOW])) is not None:
            return leading
    m = _dateline().match(text[:_WINDOW])
    if m is not None:  # the groups read in one call
        bracket, close, inner, written, agency = m.group("bracket", "close", "credit", "dateline", "agency")
        if not openings.closes_its_bracket(bracket, close):
            m = None
    if m is None:  # `本报记者陈 嘉 欣报道:`: the paper's own name is an agency's, but no dispatch word follows
        return _reported(text[:_WINDOW]) if names_outlet_reporter(text) else None
    credit = bylines.parse(f"({inner})", bare_ok=True) if inner else None
    if credit is None and bracket and (said := openings.reported(text[m.end():_WINDOW])) is not None:
        credit = said.credit  # `【本报消息】记者 … 报道:`: the opening credit after a bracketed dateline
    return Dateline(written, credit, m.start("dateline"), agency != _OWN_PAPER)


# a note on who the author is, closing a signed piece: `(作者为中国驻苏丹大使)`, `(作者单位：…大学)`;
# text that stands whole (its bodies are mentions), however short
_AUTHOR_NOTE = compile_pattern(r"^\((?:作者|笔者)(?:为|系|是|单位\s*:)[^()]{2,60}\)$")


def closing_dateline(text: str) -> Dateline | None:
    """A dateline alone in parentheses, as some papers close a dispatch with it
    (`(本报开罗2月11日电)`, `(新华社北京2月19日电)`): the whole line, no credit inside."""
    if not (text.startswith("(") and text.endswith(")")):
        return None
    inner = text[1:-1]
    found = dateline(inner)
    if found is None or found.credit is not None or found.start != 0 or found.end != len(inner):
        return None
    return replace(found, start=1)


# ------------------------------------------------------------------ punctuation
@functools.cache
def _finals() -> frozenset[str]:
    return lexicon.words("sentence_final")


def sentence_finals() -> frozenset[str]:
    """The marks that end a sentence (`。`, `!`, `?`), from `data/sentence_final.tsv`."""
    return _finals()


@functools.cache
def _closers() -> frozenset[str]:
    return lexicon.words("closing_punctuation")


@functools.cache
def _openers() -> Mapping[str, str]:
    """A closing mark → the mark it closes (`”` → `“`), from `data/closing_punctuation.tsv`."""
    return MappingProxyType({mark: fields[0] for mark, fields in lexicon.mapping("closing_punctuation").items()
                             if fields[0] != "-"})


@functools.cache
def _nonstart() -> frozenset[str]:
    return lexicon.words("paragraph_nonstart")


def ends_sentence(text: str) -> bool:
    """Does the text end a sentence (`。`, `!”`, `…`), closing quotes and brackets skipped?

    `印发《工作规则》` ends with a closer but no final mark: mid-sentence.
    """
    closers, finals = _closers(), _finals()
    k = len(text.rstrip())
    while k and text[k - 1] in closers:
        k -= 1
    return bool(k) and text[k - 1] in finals


# a sentence of one character, the last of a word broken at a column's end (`與。男子…` after `…跑手參`,
# `查。下一步，…`, `单。一季度，…`, `本;安排…`): no paragraph opens so
_ONE_CHARACTER_ENDS = "。;"


def starts_midsentence(text: str) -> bool:
    """Can this text not open a paragraph? It starts with a mark that never opens a line
    (`,`, `”`), or with a sentence of one character (`與。…`), or closes a quote or bracket
    within its first characters that it never opened (`活”。针对…`)."""
    text = text.lstrip()
    if not text:
        return False
    if text[0] in _nonstart() or text[1:2] in _ONE_CHARACTER_ENDS and text[1:2] and is_han(text[0]):
        return True
    head = text[:_QUOTE_REACH]
    openers = _openers()
    if openers.keys().isdisjoint(head):  # no closing mark at all: the common case
        return False
    for k, ch in enumerate(head):
        opener = openers.get(ch)
        if opener and opener not in head[:k]:
            return True
    return False


# ------------------------------------------------------------------ the line record
@functools.cache
def _caption_openers() -> tuple[str, ...]:
    """The words a caption opens with (`图为`), as a tuple for `str.startswith`."""
    return tuple(sorted(lexicon.words("caption_openers")))


# a title has no sentence inside it, and separates its parts by spaces, not commas
# (a comma between digits groups thousands, `1,586亿元`, as Taiwan and Hong Kong papers write numbers)
# a caption marked by a black square before its sentence (`■ 游客在展区参观。 张三 摄`): Hong Kong and Macao
# papers mark every caption so, the credit or none after it (`■…去年赛况。 资料图片`); a square before a
# phrase with no full stop (`■记者手记`) is a heading, not a caption. Macao and Hong Kong papers mark
# captions with a black triangle the same way (`▲黑脸琵鹭在米埔…觅食。(渔护署图片)`, `▲…开幕仪式。星港日报
# 记者 李 志 强摄` on heldout19, `▲立法会全体会议昨日…表决法案。(林 志 强摄)` on heldout20), with no
# credit as well (`▲跑手在西湾大桥上进行赛前适应跑。`); a triangle before a phrase is a sidebar's heading
# (`▲劳工处首十个月巡查逾2.8万次`, heldout15)
_MARKED_CAPTION = compile_pattern(r"^[■▲]\s*[^。■▲]{2,}。")
# the square marks any line set apart from the text, a caption, a sidebar's title (`■議員關注…`) or
# a credit (`■記者何 嘉 欣`): a credit behind it is read as one without it
_SQUARE = "■"

_TITLE_BREAKS = compile_pattern(r"[。;]|,(?![0-9]{3})|(?<![0-9]),")  # `re` for plain characters: faster than `regex`
_LABEL_CHARS = compile_regex(rf"^\p{{Han}}{{{MIN_LABEL},{MAX_LABEL}}}$")
# a column's name and its topic joined by a middle dot: `聚焦·两会`, `民生·关注`, `非遗年集·花市`; a Hong
# Kong page may set the dot as a full-width full stop, folded to `.` (`專題．銀髮新生活`, heldout15): between
# two runs of Chinese characters no title has one
_DOTTED_LABEL = compile_regex(rf"^(?=.{{{MIN_LABEL + 1},{MAX_LABEL + 1}}}$)\p{{Han}}{{2,}}[·•・‧.]\p{{Han}}{{2,}}$")


class LineInfo(NamedTuple):
    """One non-empty line, its role and what its shape told us.

    `start`/`end` are the page offsets of the line's text without outer spaces;
    `body_start`/`body_end` those of the paragraph text once a leading or trailing
    jump marker or a trailing credit is cut off. A named tuple (immutable like a
    frozen dataclass) because a page makes one per line: it is built several times
    faster.
    """

    number: int
    start: int
    end: int
    text: str  # folded, stripped
    role: Role
    body_start: int
    body_end: int
    dateline: Dateline | None = None
    jump_from: Jump | None = None
    jump_to: Jump | None = None
    credit: Credit | None = None  # a byline line, a caption's photographers, a paragraph's closing credit
    leading_credit: bool = False  # a byline line that opens an article (`本报记者 王芳`)
    photo_credit: bool = False  # a byline line that credits the caption next to it
    meta: Metadata | None = None  # a web item's metadata line (`2025-03-05 10:32 来源：人民网`, `责任编辑：…`)
    whole: bool = False  # a line complete without final punctuation: a list item, a notice's signature
    closing: Dateline | None = None  # a dateline in parentheses that closes an article: `(本报开罗2月11日电)`
    signed: bool = False  # a paragraph closed by its paper's tag, no one named: `…指引。(维港日报报道)`
    # a paragraph that opens an item of its own: with a run-in title set off by a space (`廉署起訴承建商　廉政公署
    # 昨日…`), or with the bullet of a column of briefs (`▲…`, `_bulleted_briefs`)
    lead: bool = False

    @property
    def body_text(self) -> str:
        return self.text[self.body_start - self.start:self.body_end - self.start]


def is_title_like(text: str) -> bool:
    """Short, no sentence or comma inside, not ending like a sentence body (`、` `。`).

    `在瑞安市,一支由120名` (a paragraph cut short) has a comma: text, not a title.
    """
    if not text or len(text) > MAX_TITLE or _TITLE_BREAKS.search(text):
        return False
    # a title may end in `!` or `?`, not in a quoted sentence: `“我们一定会做得更好!”` is text
    return text[-1] not in "、:" and not (ends_sentence(text) and text[-1] not in "!?")


@functools.cache
def _dialogue_markers() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("dialogue_markers"), key=lambda w: (-len(w), w)))  # ties in a fixed order


@functools.cache
def _dialogue() -> regex.Pattern:
    return compile_regex(r"^(?:" + "|".join(regex.escape(w) for w in _dialogue_markers()) + r")\s*[::]")


def is_dialogue(text: str) -> bool:
    """A turn of a Q&A or an interview (`问:哪些人群容易中暑?`): text, though short."""
    return text.startswith(_dialogue_markers()) and bool(_dialogue().match(text))


# a section number: `一、` `(二)` `(3)` `3.` — not `一季度…`, `1-4月…`, `5.6万吨…`, `(2025)…`
# (a numeral that is part of the title)
_HAN_ORDINAL = r"[一二三四五六七八九十]{1,3}"
_SECTION_NUMBER = compile_pattern(rf"""^(?:
      {_HAN_ORDINAL} 、                                # 一、
    | [(] (?: {_HAN_ORDINAL} | [0-9]{{1,2}} ) [)]     # (二), (3)
    | [0-9]{{1,2}} [、.] (?! [0-9] )                  # 3.  — not 5.6万吨
)""", re.VERBOSE)


def is_numbered(text: str) -> bool:
    """Does the title open with a section number (`一、规模种植 …`, `(二)…`, `3.…`)?"""
    return bool(_SECTION_NUMBER.match(text))


@functools.cache
def _notice_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """`data/notice_titles.tsv`: the words a notice's title opens with, those it ends with, and
    those that end a document's title without `关于` or `的` (`名单`)."""
    rows = lexicon.mapping("notice_titles")

    def of(position: str) -> tuple[str, ...]:
        return tuple(w for w, f in rows.items() if f[0] == position)
    return of("opens"), of("ends"), of("ends_bare")


MIN_BARE_QUALIFIER = 4  # characters before a bare ending that say what the list is of: `获奖名单` is a section


def is_notice_title(text: str) -> bool:
    """A notice's own title (`关于开展…集中征缴工作的通告`, `某某县人民政府关于…的通告`,
    `城区部分路段临时交通管制的通告`): it heads an article of its own, never a section of the
    story above it. It opens with `关于`, or its notice word follows `的`: `县政府发布森林防火通告`
    is a story about a notice. A roster's title ends with `名单` alone, when it says what the
    list is of (`2025年沂水县“最美教师”名单`; `获奖名单` may be a section's)."""
    opens, ends, bare = _notice_words()
    text = text.rstrip()
    if any(text.endswith(end) and len(text) - len(end) >= MIN_BARE_QUALIFIER for end in bare):
        return True
    if not text.endswith(ends):
        return False
    return text.startswith(opens) or any(text.endswith(_OF + end) for end in ends)


_OF = "的"  # `…管制的通告`: the particle before a notice word that ends the notice's own title


def is_sidebar_title(text: str) -> bool:
    """A title marked by a black square (`■议员促加快发展…`, `■关键数字`): a sidebar's, set apart
    from the story beside it (a caption or a credit behind the square has another role)."""
    return text.startswith(_SQUARE)


def is_dotted_label(text: str) -> bool:
    """A column's name and its topic joined by a dot (`经济·产业`, `美丽密云·民生实事`, `專題．銀髮新生活`):
    a label wherever it stands, never a kicker (every such line of the gold pages is a label)."""
    return _DOTTED_LABEL.match(text) is not None


def is_label_like(text: str) -> bool:
    """A short single phrase of Chinese characters: `志愿服务`, `生态环境保护`, or two joined
    by a middle dot, as columns are named: `聚焦·两会`."""
    return len(text) <= MAX_LABEL + 2 and bool(_LABEL_CHARS.match(text) or _DOTTED_LABEL.match(text))


_MAX_OPENED_CAPTION = 40  # a caption after its credit is one short sentence; a longer text is an article's


def _opening_photo_credit(text: str) -> tuple[int, Credit] | None:
    """A picture's credit in brackets before its caption or alone on its line: `(记者 梁 嘉 欣 摄)政府总部外景。`,
    `(资料图片)`. Papers put the credit that usually closes a caption (`…外景。(记者 陈 明 摄)`,
    `…入口。 资料图片`) at either end, and a stock picture may carry no words but its credit: the offset
    where the caption's own words start (the whole line for a credit alone) and the photographers."""
    m = _LEADING_CREDIT.match(text) if text.startswith("(") else None
    inner, rest = (m.group("inner"), text[m.end():]) if m else (text[1:-1], "") if text.endswith(")") else ("", "")
    if not inner or len(rest) > _MAX_OPENED_CAPTION or rest and not ends_sentence(rest):
        return None
    if not rest and bylines.photo_credit(f"。{text}") is not None and "(" not in inner:  # `(资料图片)` alone
        return 0, Credit()
    credit = bylines.parse(f"({inner})", bare_ok=False) if rest else None
    if credit is None or not credit.photographers or credit.reporters or credit.correspondents:
        return None
    return len(text) - len(rest), credit


def is_bare_credit(text: str) -> bool:
    """A picture's credit alone on its line (`(资料图片)`): the picture's place, no caption's words."""
    opening = _opening_photo_credit(text)
    return opening is not None and opening[0] == 0


def classify(line: Line) -> LineInfo | None:
    """The role of one line from its own shape; None for a blank line."""
    raw = line.text
    text = raw.strip()
    if not text:
        return None
    number = line.number
    start = line.start + (len(raw) - len(raw.lstrip()))
    end = start + len(text)
    if _unmarked_ends(text):
        if not _may_open_dispatch(text):
            return LineInfo(number, start, end, text, "body", start, end, lead=opens_with_lead(text))
        if not text.startswith(_MARKS) and (len(text) > web.MAX_LINE or web.metadata(text) is None):
            # marked at its start alone (`本报讯(记者 …)…`, `据新华社…`): a paragraph, maybe a dispatch's
            # first; none of the tests below but the dateline's can hold for it, and nothing at its
            # ends is cut off (`_body`)
            found = dateline(text)
            return LineInfo(number, start, end, text, "body", start, end, dateline=found,
                            lead=found is None and opens_with_lead(text))

    marker = jump_marker(text)
    if marker:
        return LineInfo(number, start, end, text, "continuation", start, end,
                        jump_from=marker if marker.direction == "from" else None,
                        jump_to=marker if marker.direction == "to" else None)
    meta = web.metadata(text)
    if meta is not None:
        return LineInfo(number, start, end, text, "byline", start, end, credit=meta.credit, meta=meta)
    if _AUTHOR_NOTE.match(text):  # `(作者为市图书馆馆长)`: the piece's last words, never a title
        return LineInfo(number, start, end, text, "body", start, end, whole=True)
    if len(text) <= MAX_BYLINE:
        reported = dateline(text) if text.startswith(_reported_openers()) else None
        closers = tuple(openings.brackets().values())
        if reported is not None and reported.credit and text.endswith((*bylines.dispatch_words("reported"), *closers)) \
                and len(reported.text) + reported.start >= len(text.rstrip("".join(closers))):
            # `记者 王小明/台中报导` alone on its line: a byline, its place no name
            return LineInfo(number, start, end, text, "byline", start, end, credit=reported.credit)
        credit = bylines.parse(text.removeprefix(_SQUARE).lstrip() if text.startswith(_SQUARE) else text)
        if credit:
            return LineInfo(number, start, end, text, "byline", start, end, credit=credit)
    tail = max(0, len(text) - _WINDOW)
    photo = bylines.photo_credit(text[tail:])
    if photo and tail + photo[0] >= MIN_CAPTION:  # text before the credit: `张三 摄` alone is a byline
        caption_end = start + len(text[:tail + photo[0]].rstrip())  # the credit goes to the byline
        return LineInfo(number, start, end, text, "caption", start, caption_end, credit=photo[1])
    if text.startswith(_caption_openers()) or _MARKED_CAPTION.match(text):
        return LineInfo(number, start, end, text, "caption", start, end)
    opening = _opening_photo_credit(text)
    if opening is not None:
        return LineInfo(number, start, end, text, "caption", start + opening[0], end, credit=opening[1])
    closing = closing_dateline(text)
    if closing is not None:
        return LineInfo(number, start, end, text, "byline", start, end, closing=closing)

    found = dateline(text)
    if found is None and is_title_like(text) and not is_dialogue(text):
        role: Role = "subheading" if is_numbered(text) else "label" if is_label_like(text) else "headline"
        return LineInfo(number, start, end, text, role, start, end)
    return _body(number, start, end, text, found)


_LONGER_THAN_MARKED = max(MAX_TITLE, MAX_BYLINE)  # no title or byline is longer


_MARKS = ("■", "▲")  # what a marked caption opens with (`_MARKED_CAPTION`)


def _unmarked_ends(text: str) -> bool:
    """Too long for a title or a byline, nothing at its end that marks a credit, a jump marker
    or a caption, no caption opener and no web metadata's colon. `text` is stripped."""
    return (len(text) > _LONGER_THAN_MARKED and not text.startswith("(") and not text.endswith(")")
            and not bylines.may_end_with_photo_credit(text) and not bylines.may_end_with_bare_credit(text)
            and not text.startswith(_caption_openers())
            and not (len(text) <= web.MAX_LINE and ":" in text))  # a long web metadata line


def _may_open_dispatch(text: str) -> bool:
    """Can a dateline or an opening credit stand at the text's start (`本报讯`, `据新华社电`,
    `香港文汇报讯`, `星港日报记者 …`)? `据` counts only before an agency: `据介绍` opens no dispatch."""
    return text.startswith(_plain_openers()) or names_outlet(text)


@functools.cache
def _plain_openers() -> tuple[str, ...]:
    """`_dateline_openers` with `据` only before an agency (`据新华社`), as `_dateline` reads it."""
    agencies = sorted(lexicon.words("dateline_agencies"))
    return (*_reported_openers(), *agencies, *("据" + a for a in agencies))


def _body(number: int, start: int, end: int, text: str, found: Dateline | None) -> LineInfo:
    """A paragraph line: cut a leading `(上接…)`, a trailing `(下转…)` or `(周利芳)`.

    `text` is stripped, so a jump marker or credit can only stand there when it opens
    with `(` or closes with `)`: most lines are spared the patterns.
    """
    body_start, body_end = start, end
    jump_from = jump_to = credit = None
    signed = False
    m = _jump_patterns()[1].match(text[:_WINDOW]) if text.startswith("(") else None
    if m:
        jump_from = _jump(m)
        body_start = start + m.end()
        while body_start < body_end and text[body_start - start].isspace():
            body_start += 1
    tail_base = max(body_start - start, len(text) - _WINDOW)
    m = _jump_patterns()[2].search(text, tail_base) if text.endswith(")") else None
    if m:
        jump_to = _jump(m)
        body_end = start + len(text[:m.start()].rstrip())
    else:
        closing = bylines.trailing(text[tail_base:]) if text.endswith(")") else None
        if closing:
            cut = tail_base + closing[0]
            before = text[body_start - start:cut].rstrip()
            if before and ends_sentence(before):  # `社会工作实务(高级)。` keeps its parenthesis
                if _photographers_only(closing[1]) and len(before) >= MIN_CAPTION:
                    # a picture's credit closes a caption, never a paragraph (`…草案。(图:陈 志 伟)`)
                    return LineInfo(number, start, end, text, "caption", body_start, body_start + len(before),
                                    credit=closing[1])
                credit = closing[1]
                body_end = body_start + len(before)
        elif text.endswith(")") and (tag := bylines.paper_tag(text[tail_base:])) is not None:
            before = text[body_start - start:tail_base + tag].rstrip()
            if before and ends_sentence(before):  # the item ends with the tag: no more of its text follows
                signed = True
                body_end = body_start + len(before)
    if not text.endswith(")") and bylines.may_end_with_bare_credit(text):
        bare = bylines.bare_trailing(text[tail_base:])
        if bare:  # `…即场可获面试。 记者 黄 淑 仪`: the item's writer signs it after its last sentence
            credit = bare[1]
            body_end = body_start + len(text[body_start - start:tail_base + bare[0]].rstrip())
    if jump_from and jump_from.direction != "from":
        jump_to, jump_from = jump_from, None
    return LineInfo(number, start, end, text, "body", body_start, body_end,
                    dateline=found, jump_from=jump_from, jump_to=jump_to, credit=credit, signed=signed,
                    lead=found is None and jump_from is None and opens_with_lead(text))


MIN_LEAD = 3  # Han characters of a run-in title: `區議會開會`; two are a name's surname and given name
MAX_LEAD = 12
MIN_LED_TEXT = 30  # characters after the title: a paragraph, not a figure row (`11月出口　587.3億美元`)
# a short title, a space, then a sentence: brief items set run-in, a lead in bold instead of a headline
# (`消防處隧道演習　消防處聯同警務處…`), as an opening is set off from its text (`本报讯 记者昨天…`,
# `記者吳 家 豪／花蓮報導　花蓮縣議會…`); the text after it must not be spaced single characters
# (`星港日報記者 陳 家 豪`)
_LEAD = compile_regex(rf"^\p{{Han}}{{{MIN_LEAD},{MAX_LEAD}}}\s+(?=\p{{Han}}{{2}})[^\s]")


def opens_with_lead(text: str) -> bool:
    """Does the paragraph open with a run-in title, the lead words of a brief item? Such a
    line opens an item of its own: a column of briefs sets one item a paragraph."""
    m = _LEAD.match(text)
    if m is None:
        return False
    rest = text[m.end() - 1:]
    # a sentence's opening word set off by a space (`据介绍 今年…`) is no title
    return len(rest) >= MIN_LED_TEXT and ends_sentence(rest) and not names_paper(text) \
        and text[0] not in _sentence_openers() and not bylines.ends_with_role(text[:m.end() - 1].rstrip())


@functools.cache
def _sentence_openers() -> frozenset[str]:
    return lexicon.words("sentence_openers")


def _photographers_only(credit: Credit) -> bool:
    """Does the credit name photographers and no writer? A paragraph's closing credit names
    who wrote it; one that names only who took the picture closes a caption."""
    return bool(credit.photographers) and not (credit.reporters or credit.correspondents or credit.authors)


# ------------------------------------------------------------------ lines that stand whole
MAX_LIST_LABEL = 8  # `优秀组织奖`, `一等奖`: the label before a list line's colon
MAX_SIGNATURE = 24  # a notice's issuing body on a line of its own: `国家税务总局某某县税务局`
MAX_SIGNATURES = 3  # bodies that sign one notice, one a line
MIN_SPACED_NAMES = 4  # single characters a list line of names holds: two spaced two-character names
_LIST_LINE = compile_regex(rf"^\p{{Han}}{{2,{MAX_LIST_LABEL}}}\s*:\s*(?P<items>\S.*)$")
MAX_LISTED_LABEL = 10  # `上半年本地生产总值`, `11月住宅买卖合约`: a figure's label in a list of key figures
# a list row of award winners under their unit, the unit's full name as its label (`山西某某能源集团股份有限
# 公司：刘 建 军`, as long as a notice's issuing body): in a list, a row whose items are a layout-spaced name
_UNIT_ROW = compile_regex(rf"^\p{{Han}}{{2,{MAX_SIGNATURE}}}\s*:\s*(?P<items>\S.*)$")
MIN_NAME_CHARACTERS = 2  # single characters of one layout-spaced name: `王 芳`
# a line among other label-colon lines (a sidebar of key figures, `■关键数字`): its label may be
# longer, and open with the month or date its figure is of (`9月底外汇储备:4,258亿美元`)
_LISTED_LINE = compile_regex(
    rf"^(?=[0-9]{{0,4}}\p{{Han}})[\p{{Han}}0-9]{{2,{MAX_LISTED_LABEL}}}\s*:\s*(?P<items>\S.*)$")
# a row of a table of key figures, its cells set apart by spaces: the figure's label (which may
# open with its month), then the figure and maybe its change (`11月出口　587.3億美元　年增32.6%`,
# `第三季經濟成長率　7.64%`; a date is no figure: `今年社工考试 3月14日报名` is a headline); the
# same sidebar as the label-colon lines of `■關鍵數字`, set as a table. The figure may open with
# its approximation or its currency, as a fact box gives it (`單位數目　約4,800個`, `申請費　港幣280元`)
@functools.cache
def _figure_row_pattern() -> regex.Pattern:
    qualifiers = [w for w, fields in lexicon.mapping("approx_words").items() if fields[0] == "before"]
    qualifiers += [w for w, fields in lexicon.mapping("currencies").items() if fields[1] == "zh"]
    return compile_regex(rf"""^(?=[0-9]{{0,4}}\p{{Han}})[\p{{Han}}0-9]{{2,{MAX_LISTED_LABEL}}}
        \s+(?:{bylines.one_of(qualifiers)})?[0-9][0-9,.]*(?![0-9,.年月日号时])\S*(?:\s+\S+)*$""", regex.VERBOSE)


MIN_FIGURE_ROWS = 2  # rows a table of key figures holds: one alone is a headline (`台股 2萬點`)
# a roster line: layout-spaced names, each with its unit in parentheses, as lists of award winners
# are set: `王 芳（沂水县第一中学） 李 明 辉（沂水县第二中学）`
_ROSTER_ENTRY = r"\p{Han}(?:\s\p{Han}){1,3}\s*\([^()]{2,24}\)"
_ROSTER_LINE = compile_regex(rf"^{_ROSTER_ENTRY}(?:\s*{_ROSTER_ENTRY})*$")
MIN_ROSTER_ENTRIES = 2  # entries a roster line holds to stand whole outside a list
_HAN_DIGIT = "〇○零一二三四五六七八九"
# a whole line that is a full date, as a notice is signed: `2025年9月8日`, `二〇二五年三月二日`, or in
# the years of the Republic as Taiwan's bodies date theirs (`中華民國114年12月11日`; `民國115年` in text)
_SIGNED_DATE = compile_regex(rf"""^(?: [0-9]{{4}} | [{_HAN_DIGIT}]{{4}} | (?:中华)?民国 \s* [0-9]{{2,3}} ) \s* 年 \s*
    (?: [0-9]{{1,2}} | [一二三四五六七八九十]{{1,3}} ) \s* 月 \s*
    (?: [0-9]{{1,2}} | [一二三四五六七八九十]{{1,3}} ) \s* 日 $""", regex.VERBOSE)
_OPEN_ROLES = ("headline", "label", "subheading", "body")  # roles a whole line may have been given by its shape


def is_list_item(text: str, in_list: bool) -> bool:
    """A list line opened by a label and a colon: `一等奖：张 敏 李 强 等5名选手`,
    `优秀组织奖：县一中 县二中`, `地点：市图书馆报告厅`. Such a line is text, however short:
    its names and counts are mentions. It is one when it lists layout-spaced names (two
    names, four single characters or more), or when it stands in a list (`in_list`: the line above
    ends with a colon, `获奖名单如下：`, or a line next to it is opened by a label and a
    colon too); `天文台：明日最低气温降至19度` alone is a headline."""
    if ends_sentence(text):
        return False
    if in_list:
        if _LISTED_LINE.match(text) is not None:
            return True
        # a unit's full name over its winners (`山西某某能源集团股份有限公司：刘 建 军`): a label longer than a
        # figure's, and names spaced out by the layout after it, as no headline sets them
        unit = _UNIT_ROW.match(text)
        return unit is not None and _spaced_characters(unit.group("items")) >= MIN_NAME_CHARACTERS
    m = _LIST_LINE.match(text)
    if m is None:
        return False
    # two layout-spaced names at least (`张 敏 李 强`): `制图：郭 祥` credits one person
    return _spaced_characters(m.group("items")) >= MIN_SPACED_NAMES


def _spaced_characters(items: str) -> int:
    """The single characters standing between the layout's spaces: a spaced name's (`张 敏`)."""
    return sum(len(item) == 1 for item in items.split())


def is_roster_line(text: str, in_list: bool) -> bool:
    """A line of a roster: `王 芳（沂水县第一中学） 李 明 辉（沂水县第二中学）`, names spaced
    out by the layout with their units. Text that stands whole (its units are mentions), not
    a title: two entries or more, or one in a list (the line above ends with a colon, or is a
    roster line too); `张 敏（县一中）` alone is not told from a credit."""
    m = _ROSTER_LINE.match(text)
    if m is None:
        return False
    return in_list or text.count("(") >= MIN_ROSTER_ENTRIES


def _labelled(info: LineInfo | None) -> bool:
    """A short line opened by a label and a colon, as the lines of a list are, or a row of a
    table of key figures among its rows (a headline alone shaped like one is no list:
    `環境部突擊湖口工業區 5家違規罰1386萬`)."""
    return info is not None and info.role in _OPEN_ROLES and not ends_sentence(info.text) \
        and (_has_label(info.text) and _LISTED_LINE.match(info.text) is not None or info.whole and _figure_row(info))


def _figure_row(info: LineInfo | None) -> bool:
    """A row of a table of key figures (`第三季經濟成長率　7.64%`) among its rows."""
    return info is not None and info.role in _OPEN_ROLES and is_figure_row(info.text)


def is_figure_row(text: str) -> bool:
    """A row of a table of key figures: `11月出口　587.3億美元　年增32.6%`."""
    return not ends_sentence(text) and _figure_row_pattern().match(text) is not None  # most lines end a sentence


def _figure_rows(infos: list[LineInfo], k: int) -> bool:
    """Does line `k` stand in a run of `MIN_FIGURE_ROWS` figure rows or more?"""
    j = k
    while j > 0 and _figure_row(infos[j - 1]):
        j -= 1
    n = k + 1
    while n < len(infos) and _figure_row(infos[n]):
        n += 1
    return n - j >= MIN_FIGURE_ROWS


# a row of a listed table announced by the paragraph above (`具体安排如下：`): cells of a few
# words set apart by the layout's spaces, none a sentence (`1月17日（周六）　石练镇卫生院`)
MAX_CELL = 16
MAX_CELLS = 4
_TABLE_ROW = compile_regex(rf"^[^\s,;。]{{2,{MAX_CELL}}}(?:\s+[^\s,;。]{{2,{MAX_CELL}}}){{1,{MAX_CELLS - 1}}}$")


def _cells(info: LineInfo | None) -> int:
    """The cells of a table row among the open lines (`_TABLE_ROW`), else 0."""
    if info is None or info.role not in _OPEN_ROLES or ends_sentence(info.text) \
            or _TABLE_ROW.match(info.text) is None:
        return 0
    return len(info.text.split())


def _listed_rows(infos: list[LineInfo], k: int) -> bool:
    """Does line `k` stand in a run of `MIN_FIGURE_ROWS` table rows or more, each with as many
    cells, right under a paragraph that announces them with a colon (`具体安排如下：`)? Two
    phrases a line with no colon above are a headline and its subtitle (`办好民生实事 增进百姓福祉`)."""
    cells = _cells(infos[k])
    if not cells:
        return False
    j = k
    while j > 0 and _cells(infos[j - 1]) == cells:
        j -= 1
    above = infos[j - 1] if j else None
    if above is None or above.role != "body" or not above.body_text.endswith(":"):
        return False
    n = k + 1
    while n < len(infos) and _cells(infos[n]) == cells:
        n += 1
    return n - j >= MIN_FIGURE_ROWS


def _has_label(text: str) -> bool:
    """A colon in the line: the cheap test before the list pattern."""
    return ":" in text


def _whole_lines(infos: list[LineInfo]) -> None:
    """Mark list lines and a notice's closing lines (its issuing bodies and its date, one a
    line, right after its last paragraph) as body lines that stand whole. Only lines with
    a colon or ending in 日 are read further."""
    for k, info in enumerate(infos):
        if info.role not in _OPEN_ROLES or info.whole:
            continue
        text = info.text
        if _figure_row(info) and _figure_rows(infos, k):
            infos[k] = info._replace(role="body", whole=True, body_start=info.start, body_end=info.end)
            title = infos[k - 1] if k else None
            if title is not None and title.role == "label" and not _figure_row(title):
                # the short line above the first row names the table (`重要經濟指標`): its
                # headline, never a column's label
                infos[k - 1] = title._replace(role="headline")
            continue
        if _listed_rows(infos, k):
            infos[k] = info._replace(role="body", whole=True, body_start=info.start, body_end=info.end)
            continue
        if _has_label(text):
            previous = infos[k - 1] if k else None
            following = infos[k + 1] if k + 1 < len(infos) else None
            in_list = previous is not None and previous.role == "body" and previous.body_text.endswith(":") \
                or _labelled(previous) or _labelled(following)
            if is_list_item(text, in_list):
                infos[k] = info._replace(role="body", whole=True, body_start=info.start, body_end=info.end)
            continue
        if text.endswith(")") and _roster(infos, k):
            infos[k] = info._replace(role="body", whole=True, body_start=info.start, body_end=info.end)
            continue
        if text.endswith("日") and _SIGNED_DATE.match(text):
            j = k - 1
            while j >= 0 and k - j <= MAX_SIGNATURES and infos[j].role in ("headline", "label") \
                    and len(infos[j].text) <= MAX_SIGNATURE:
                j -= 1
            if j >= 0 and infos[j].role == "body" and _closes_notice_text(infos[j]):
                for n in range(j + 1, k + 1):
                    infos[n] = infos[n]._replace(role="body", whole=True, body_start=infos[n].start,
                                                 body_end=infos[n].end)


def _closes_notice_text(info: LineInfo) -> bool:
    """Can a notice's last paragraph stand right above its signature? A paragraph that ends a
    sentence (`特此通告。`), or an item of the notice's own list that stands whole (`受理电话：0855-…`,
    `绕行线路：…` under `公示时间：…`): a figure row or a roster line is no notice's."""
    if info.whole:
        return _has_label(info.text) and _LISTED_LINE.match(info.text) is not None
    return ends_sentence(info.body_text)


def is_signed_date(text: str) -> bool:
    """A whole line that is a full date, as a notice is signed (`2025年12月17日`, `中華民國114年12月11日`)."""
    return _SIGNED_DATE.match(text) is not None


def _roster(infos: list[LineInfo], k: int) -> bool:
    """Is line `k` a roster line (`is_roster_line`), in a list when the line above announces
    one (`…现予公布：`) or is a roster line itself?"""
    previous = infos[k - 1] if k else None
    in_list = previous is not None and previous.role == "body" and (
        previous.body_text.endswith(":") or previous.whole and _ROSTER_LINE.match(previous.text) is not None)
    return is_roster_line(infos[k].text, in_list)


# the marks a column of briefs opens each item with (`▲仪征市…项目昨日开工，…`, `●王忠禹会见…据新华社北京6月8日电…`)
_BULLETS = ("▲", "●", "■", "◆")
MIN_BULLETED = 2  # items a column of bulleted briefs holds: one marked line alone is a caption or a sidebar's


def _bulleted(info: LineInfo) -> str:
    """The bullet that opens a paragraph-shaped line (`▲…，…。`: sentences with a clause break, as a
    brief has and a title never), else ''."""
    if info.role not in ("body", "caption") or info.credit or info.dateline or info.whole \
            or not info.text.startswith(_BULLETS) or not ends_sentence(info.text) or "," not in info.text:
        return ""
    return info.text[0]


def _bulleted_briefs(infos: list[LineInfo]) -> None:
    """A run of `MIN_BULLETED` paragraph lines or more opened by the same bullet is a column of
    briefs, one item a line (heldout49's `经济简讯`, `▲…` seven times; People's Daily's `●…据新华社…电`
    items): each opens an item of its own, like a paragraph with a run-in title (`lead`), never a
    caption (Hong Kong and Macao papers mark a caption with `▲`, one picture's, alone) nor the rest
    of a broken paragraph."""
    k = 0
    while k < len(infos):
        mark = _bulleted(infos[k])
        n = k + 1
        while mark and n < len(infos) and _bulleted(infos[n]) == mark:
            n += 1
        if n - k >= MIN_BULLETED:
            for j in range(k, n):
                infos[j] = infos[j]._replace(role="body", lead=True, body_start=infos[j].start,
                                             body_end=infos[j].end)
        k = n


MIN_INITIALS = 2  # a paper that signs its items with an initial (`…上訴。(芷)`) signs more than one so


def _lone_initials(infos: list[LineInfo]) -> None:
    """A paragraph closed by one character in parentheses (`(芷)`) is signed by its writer's
    initial only on a page that signs other items so; alone, the character stays text."""
    signed = [k for k, info in enumerate(infos) if info.role == "body" and bylines.is_initial(info.credit)]
    if len(signed) < MIN_INITIALS:
        for k in signed:
            infos[k] = infos[k]._replace(credit=None, body_end=infos[k].end)


def classify_lines(lines: tuple[Line, ...]) -> list[LineInfo]:
    """The non-empty lines, each with the role its own shape gives it (`classify`), before
    its neighbours are read: what `shape.is_plain` decides from and `classify_page` starts from,
    so the page's lines are classified once."""
    return [info for info in map(classify, lines) if info is not None]


def classify_page(lines: tuple[Line, ...], infos: list[LineInfo] | None = None) -> list[LineInfo]:
    """The non-empty lines of a page with their roles.

    A byline that stands right before an article's first paragraph (`本报记者 王芳`)
    is marked as leading; a photographer's credit on its own line next to a caption
    without one (`(新华社记者 张三 摄)` above `图为…`) becomes the caption's credit;
    list lines and a notice's closing lines are text that stands whole (`_whole_lines`).
    `infos`: the lines' `classify_lines`, when already read (the list is not changed).
    """
    infos = classify_lines(lines) if infos is None else list(infos)
    _whole_lines(infos)
    _bulleted_briefs(infos)
    _lone_initials(infos)
    for k, info in enumerate(infos):
        if info.role == "byline" and (info.credit or info.meta) and k + 1 < len(infos) and infos[k + 1].role == "body" \
                and k > 0 and infos[k - 1].role in ("headline", "label"):
            infos[k] = info._replace(leading_credit=True)
    for k, info in enumerate(infos):
        if info.role != "caption" or info.credit:
            continue
        for j in (k + 1, k - 1):
            other = infos[j] if 0 <= j < len(infos) else None
            if other and other.role == "byline" and not other.photo_credit and only_photographers(other.credit):
                infos[k] = info._replace(credit=other.credit)
                infos[j] = other._replace(photo_credit=True)
                break
    return infos


def only_photographers(credit: Credit | None) -> bool:
    if not credit:
        return False
    return bool(credit.photographers) and not (credit.reporters or credit.correspondents or credit.authors)
