"""A web item's metadata lines: when it was published, by which outlet, who wrote and edited it.

Text copied from a news site keeps lines no newspaper page has: under the title, the
time and the outlet (`2025-03-05 10:32 来源：人民网`, `发布时间：2025-03-05 10:32  来源：…  作者：…`,
`来源：新湖南客户端  2025-05-19 10:05:33`); at the end, the editors (`责任编辑：王 五`,
`【编辑：…】`). Such a line is neither headline nor body. Its date is the item's dateline
(what the item's relative dates count from), its outlet the item's source, its author a
byline; an editors' line closes the item.

A line is metadata only when it is made of such fields and separators and nothing else,
and only when it names an outlet, a clock time, a publication-time key or an editor: a
title that opens with a year (`2025年全县…`), a notice's closing date (`2025年9月8日`) and
an event notice's `时间：2025年9月5日` line are not. A line of the page's furniture alone
(`浏览次数：1203`, `字号：大 中 小`, `【打印】【关闭】`) or a reprint's original title
(`原标题：…`) is metadata that neither opens nor closes an item: it is kept out of titles
and text. The keys are data
(`data/web_metadata.tsv`); one anchored pattern reads a field at a time.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .. import lexicon
from ..text.precompiled import compile_pattern
from . import bylines
from .bylines import Credit

MAX_LINE = 80  # a metadata line is short: a longer one is text
MAX_VALUE = 24  # an outlet's or a person's name after its key
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# a day with its year, written as sites write it: 2025-05-20, 2025/5/20, 2025.05.20, 2025年05月20日
_DAY = r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
_SEPARATORS = r"[\s|丨/·【】\[\]()]"  # what stands between fields (`|`, `丨`, brackets around an editor line)
_VALUE_STOP = compile_pattern(r"[。,;!?“”]")  # a value holds no sentence


@functools.cache
def _keys() -> Mapping[str, str]:
    """Key → role (date, source, author, reporter, editor, page, title, button), from `data/web_metadata.tsv`."""
    return MappingProxyType({key: fields[0] for key, fields in lexicon.mapping("web_metadata").items()})


@functools.cache
def _buttons() -> frozenset[str]:
    """The page controls printed alone in brackets (`【打印】`): no colon follows them."""
    return frozenset(key for key, role in _keys().items() if role == "button")


_BUTTON = compile_pattern(r"【([^【】]{1,8})】")


def _furniture(text: str) -> bool:
    """A line of page controls alone: `【打印】【关闭】`, `【打印本页】 【关闭窗口】`."""
    if not text.startswith("【"):
        return False
    pos = found = 0
    for m in _BUTTON.finditer(text):
        if text[pos:m.start()].strip() or m.group(1).strip() not in _buttons():
            return False
        pos, found = m.end(), found + 1
    return found > 0 and not text[pos:].strip()


_HAN = "\u4e00-\u9fff"
# a person's name as sites print it, its characters spaced or not: `王 晓 东`, `陈斯琪`
_NAME = rf"[{_HAN}](?:\s?[{_HAN}]){{1,3}}"
MAX_OUTLET = 12  # `河南日报客户端`: an outlet's name written with no key before the date


@functools.cache
def _credit_words() -> str:
    """The keys that name a writer (`记者`, `作者`), as an alternation."""
    return "|".join(re.escape(k) for k, role in _keys().items() if role in _CREDIT_ROLE)


@functools.cache
def _field() -> re.Pattern:
    """One field at a position: a bare date (with its clock time), `key: value`, the value
    running up to the next field or the end of the line, or a writer credited with no colon
    (`记者 王 晓 东`, `澎湃新闻记者 陈 斯 琪`: the role word, an outlet's name glued before it,
    then the name), as sites also print it beside the time."""
    keys = "|".join(re.escape(k) for k, role in sorted(_keys().items(), key=lambda kv: -len(kv[0])) if role != "button")
    date = rf"{_DAY} (?: \s* (?P<clock>{_CLOCK}) )?"
    credited = rf"[{_HAN}]{{0,{MAX_OUTLET}}}? (?:{_credit_words()}) \s* {_NAME}"
    following = rf"(?= {_SEPARATORS}* (?: (?:{keys}) \s* : | \d{{4}} \s* [-/.年] | {credited} | $ ) )"
    return compile_pattern(rf"""
        (?: (?P<date> {date} ) {following}
          | (?P<key> {keys} ) \s* : \s* (?P<value> [^\s|丨【】\[\]] .*? ) {_SEPARATORS}* {following}
          | (?P<credited> {credited} ) {following}
        )
    """, re.VERBOSE)


# an outlet's name alone before a day and its clock time, opening the line (`大众网 2025-12-03 18:20`):
# what `来源:` would key; the clock time says the line is a publication time, not a notice's date
_BARE_OUTLET = compile_pattern(rf"[{_HAN}]{{2,{MAX_OUTLET}}}(?=\s+{_DAY}\s*{_CLOCK})", re.VERBOSE)


@functools.cache
def _date() -> re.Pattern:
    return compile_pattern(rf"{_DAY} (?: \s* (?P<clock>{_CLOCK}) )? \s* $", re.VERBOSE)


_GAP = compile_pattern(_SEPARATORS + "*")


def _skip(text: str, pos: int) -> int:
    """The position after the separators at `pos` (the pattern matches the empty string)."""
    m = _GAP.match(text, pos)
    return m.end() if m else pos


@dataclass(frozen=True)
class Metadata:
    """What a metadata line says; spans are offsets into the line's text."""

    date: tuple[int, int] | None = None  # `2025-05-20 09:32`
    source: tuple[int, int] | None = None  # `株洲日报`
    credit: Credit | None = None  # `作者：谭 静`
    editor: bool = False  # `责任编辑：…`, `审核：…`
    # neither date, source, credit nor editor: the page's furniture (`浏览次数：1203`, `【打印】`)

    @property
    def opens(self) -> bool:
        """A line with a date or an outlet stands under an item's title and opens it; an
        editors' line closes one."""
        return self.date is not None or self.source is not None


_CREDIT_ROLE = {"author": "作者", "reporter": "记者"}  # the role word a field's names are credited under


def metadata(text: str) -> Metadata | None:
    """The fields of a web metadata line (folded, stripped), or None when the line is no
    such line (see the module's docstring for what counts)."""
    if len(text) > MAX_LINE:
        return None
    outlet = _BARE_OUTLET.match(text)
    if ":" not in text and not text[:1].isdigit() and outlet is None:
        return Metadata() if _furniture(text) else None
    pos = _skip(text, 0)
    date = source = None
    authors: list[str] = []
    editor = strong = page = False
    if outlet is not None:
        source, pos = outlet.span(), _skip(text, outlet.end())
    field = _field()
    while pos < len(text):
        m = field.match(text, pos)
        if m is None:
            return None
        if m.group("credited"):
            authors.append(m.group("credited"))
        elif m.group("date"):
            if date is not None:
                return None
            date = m.span("date")
            strong = strong or bool(m.group("clock"))
        else:
            role = _keys()[m.group("key")]
            value = m.group("value").strip()
            if role == "title":  # `原标题：…`: a whole title runs to the end of the line
                page = True
                break
            if len(value) > MAX_VALUE or _VALUE_STOP.search(value):
                return None
            if role == "date":
                found = _date().match(value)
                if found is None or date is not None:
                    return None
                date = (m.start("value"), m.start("value") + len(value))
                # `时间：` alone also heads an event notice's line: it needs a clock time to count
                strong = strong or m.group("key") not in ("时间", "日期") or bool(found.group("clock"))
            elif role == "source":
                source = (m.start("value"), m.start("value") + len(value))
                strong = True
            elif role in ("author", "reporter"):
                authors.append(f"{_CREDIT_ROLE[role]} {value}")
            elif role == "page":
                page = True
            else:
                editor = strong = True
        pos = _skip(text, m.end())
    if not strong:
        if page and date is None and not authors:
            return Metadata()  # `浏览次数：1203` alone: furniture
        return None  # a bare date, `时间：…` alone, `作者：…` alone: a notice's date, an event's time, a byline
    credit = None
    if authors:
        credit = bylines.parse(" ".join(authors))
        if credit is None:
            return None
    return Metadata(date, source, credit, editor)


def day(text: str) -> _dt.date | None:
    """The day a metadata date names (`2025-05-20 09:32` → 2025-05-20), else None."""
    m = _date().match(text.strip())
    if m is None:
        return None
    try:
        return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def reference_day(articles) -> _dt.date | None:
    """The latest day a web item's metadata line names: the reference date of text copied
    from news sites when the caller gives none (it was read on or after that day)."""
    days = [found for a in articles if a.kind == "web" and a.dateline and (found := day(a.dateline)) is not None]
    return max(days) if days else None
