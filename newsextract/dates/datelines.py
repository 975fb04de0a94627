"""The day a dispatch is dated: the anchor of its relative dates.

Wire and web copy is written on the day its dateline names (`新华社北京6月11日电`,
`本报太原3月12日讯`, `2025-03-05 10:32 来源：人民网`), and printed a day or more later:
its `今天`, `昨天`, `当天` count from the dateline's day, not from the publication day.

`dateline_text` finds the dateline: the article's `dateline` (the layout stage puts the
dateline text there) or, when the layout found none, from the head of the article's
text (`head_dateline`): an agency dateline, a web metadata line, or a first sentence
that opens with its day and a reporter's source (`3月5日，记者从市统计局获悉`).
Its day is read by the date grammar and resolved against the publication date (a
dateline lies on or before it: `mentions.dateline_day`).

A local paper's own `讯` dateline (`本报济宁3月5日讯`) is not an anchor: its copy is
edited for the reader, and its `昨日` counts from the publication day (in the paper of
3月6日, `本报济宁3月5日讯 … 昨日` is 3月5日: the gold page jining_p2). A dispatch `电`
(`新华社北京6月11日电`, `本报北京2月21日电 … 今天`), a web item's metadata line and a
`记者从…获悉` head are anchors.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..text.folding import fold
from ..text.precompiled import compile_pattern
from ..text.rules import HAN
from .grammar import A_DAY, A_MONTH, A_YEAR, C_DAY, C_MONTH

LOCAL_REPORT = "讯"  # the last character of a local paper's own dateline, which anchors nothing
HEAD_LINES = 2  # a dateline opens the article's first paragraph; the headline may stand before it
PLACE = 8  # the longest place name in a dateline (`新华社乌鲁木齐3月5日电`)
SOURCE_REACH = 30  # how far after `记者从` its `获悉` may stand (`记者从国家统计局官方网站获悉`)
_DAY = rf"(?: (?: {A_MONTH} | {C_MONTH} ) [ ]? 月 [ ]? )? (?: {A_DAY} | {C_DAY} ) [ ]? 日"


@functools.cache
def _head() -> re.Pattern:
    """A dateline at the start of a line, in the three shapes newspapers and sites use."""
    agencies = "|".join(re.escape(a) for a in sorted(lexicon.words("dateline_agencies"), key=lambda a: (-len(a), a)))
    numeric_day = rf"{A_YEAR} [-/.年] {A_MONTH} [-/.月] {A_DAY} 日?"
    return compile_pattern(rf"""
        (?P<agency>                                               # 新华社北京6月11日电, 本报太原3月12日讯
            据? (?: {agencies} ) [ ]* [{HAN}]{{0,{PLACE}}}? [ ]* {_DAY} [ ]* [电讯]
        )
      | (?P<web>                                                  # 2025-03-05 10:32 来源：人民网
            (?: (?: 发布 | 更新 )? (?: 时间 | 日期 ) [ ]? : [ ]? )?
            {numeric_day} (?: [ ]+ \d{{1,2}} : \d{{2}} (?: : \d{{2}} )? )?
            (?= [ ]* (?: 来源 | 作者 | 编辑 | 责任编辑 | $ ) )
        )
      | (?P<source>                                               # 3月5日，记者从…获悉
            {_DAY} [ ]? , [ ]? (?: 本报 )? 记者 (?: 从 | 在 ) [^。\n]{{1,{SOURCE_REACH}}}? (?: 获悉 | 了解到 | 得知 )
        )
    """, re.VERBOSE | re.MULTILINE)


def head_dateline(text: str) -> str | None:
    """The dateline that opens one of the first lines of an article's text, or None."""
    start = 0
    for _ in range(HEAD_LINES):
        m = _head().match(text, start)
        if m:
            return m.group()
        newline = text.find("\n", start)
        if newline < 0:
            return None
        start = newline + 1
    return None


def dateline_text(dateline: str | None, text: str) -> str | None:
    """The (folded) dateline whose day anchors the article: `dateline` when given, else
    the one at the head of its `text`; None when there is none or it anchors nothing."""
    source = fold(dateline).strip() if dateline else head_dateline(text)
    if not source or source.endswith(LOCAL_REPORT):
        return None
    return source
