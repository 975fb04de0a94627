"""One function per area for text that is not a page: `find_dates`, `find_organizations`,
`find_statistics`, `find_events`, `find_places`.

Each reads the whole text as one plain article (no page layout: a headline, a sentence,
a paragraph or several; every line a paragraph, none taken for a headline), runs the
stages its area needs, and returns the same models as
`extract`, with `start`/`end` offsets into the text passed.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TypeAlias, TypeVar

from . import dates as _dates
from . import events as _events
from . import organizations as _organizations
from . import places as _places
from . import statistics as _statistics
from .context import Context
from .layout import shape as _shape
from .models import DateMention, Event, Home, Organization, Place, Statistic
from .pipeline import article_text, check_home, make_context, prepare
from .text import ArticleText, fold, split_lines

__all__ = ["find_dates", "find_organizations", "find_statistics", "find_events", "find_places"]

Published: TypeAlias = str | _dt.date | None
HomeArg: TypeAlias = str | Home | dict | None
T = TypeVar("T")


def _run(text: str | bytes, published, home, caller: str,
         stages: Callable[[ArticleText, Context], tuple[T, ...]]) -> tuple[T, ...]:
    """The checks of `extract`, the text as one plain article, then `stages` over it
    (given the article and the context)."""
    raw, published_date = prepare(text, published, caller)
    if not raw.strip():
        return ()
    folded = fold(raw)
    (article,) = _shape.plain_article(raw, split_lines(folded), headline=False)
    ctx = make_context(folded, published_date, home)
    check_home(ctx)
    return stages(article_text(raw, folded, article), ctx)


def find_dates(text: str | bytes, *, published: Published = None, home: HomeArg = None) -> tuple[DateMention, ...]:
    """The dates of `text` (read as one plain article), resolved against `published`.

    `published` is a `date`, a `datetime` or a string in a common form (`2025-03-13`,
    `2025年3月13日`, `13 March 2025`); omitted, it is inferred from the text when the text
    names a full date, and relative dates (`昨天`, `下周五`) stay unresolved otherwise.

    >>> [(d.text, d.start, str(d.value.start)) for d in find_dates("市图书馆明天开展读书活动", published="2025-03-13")]
    [('明天', 4, '2025-03-14')]
    """
    return _run(text, published, home, "find_dates", lambda art, ctx: tuple(_dates.find(art, ctx)))


def find_organizations(text: str | bytes, *, home: HomeArg = None,
                       published: Published = None) -> tuple[Organization, ...]:
    """The organizations named in `text`, with canonical names resolved against `home`
    (`"太原市"`, `{"city": …, "province": …}` or a `Home`; omitted, inferred from the text).

    >>> [(o.text, o.canonical) for o in find_organizations("市政府召开常务会议", home="太原市")]
    [('市政府', '太原市人民政府')]
    """
    def stages(art: ArticleText, ctx: Context) -> tuple[Organization, ...]:
        return tuple(_organizations.find(art, ctx, dates=_dates.find(art, ctx)))

    return _run(text, published, home, "find_organizations", stages)


def find_statistics(text: str | bytes, *, published: Published = None,
                    home: HomeArg = None) -> tuple[Statistic, ...]:
    """The quantities stated in `text`: value, unit, kind, approximation, subject, change.

    >>> [(s.text, str(s.value), s.unit) for s in find_statistics("全市GDP同比增长5.2%")]
    [('5.2%', '5.2', '%')]
    """
    def stages(art: ArticleText, ctx: Context) -> tuple[Statistic, ...]:
        dates = _dates.find(art, ctx)
        return tuple(_statistics.find(art, ctx, dates=dates, organizations=_organizations.find(art, ctx, dates=dates)))

    return _run(text, published, home, "find_statistics", stages)


def find_events(text: str | bytes, *, published: Published = None, home: HomeArg = None) -> tuple[Event, ...]:
    """The events `text` reports. An event's `date_mention`, `organization_mentions` and
    `statistic_mentions` index the tuples that `find_dates`, `find_organizations` and
    `find_statistics` return for the same text and arguments.

    >>> events = find_events("市图书馆明天开展读书活动", published="2025-03-13")
    >>> [(e.type, e.trigger, str(e.date.start)) for e in events]
    [('activity', '开展', '2025-03-14')]
    """
    def stages(art: ArticleText, ctx: Context) -> tuple[Event, ...]:
        dates = _dates.find(art, ctx)
        organizations = _organizations.find(art, ctx, dates=dates)
        statistics = _statistics.find(art, ctx, dates=dates, organizations=organizations)
        places = _places.find(art, ctx, organizations=organizations)  # 在昆明举办: a location by name
        return _events.find(art, ctx, dates=dates, organizations=organizations, statistics=statistics,
                            places=places)

    return _run(text, published, home, "find_events", stages)


def find_places(text: str | bytes, *, home: HomeArg = None, published: Published = None) -> tuple[Place, ...]:
    """The places named in `text`: divisions with their codes (a former name resolves to
    today's division, with the year it changed), `我市`/`全国` resolved against `home` (a city,
    `{"city": …, "province": …}` or a `Home`; omitted, inferred from the text) and the
    country, foreign countries and cities, rivers, mountains, roads, parks and venues. A name
    inside an organization's name (`太原市图书馆`) is no place mention.

    >>> places = find_places("芜湖县举行龙舟赛，我市200名选手参赛", home="芜湖市")
    >>> [(p.text, p.canonical, p.code, p.changed) for p in places]
    [('芜湖县', '湾沚区', '340210', 2020), ('我市', '芜湖市', '340200', None)]
    """
    def stages(art: ArticleText, ctx: Context) -> tuple[Place, ...]:
        organizations = _organizations.find(art, ctx, dates=_dates.find(art, ctx))
        return _places.find(art, ctx, organizations=organizations)

    return _run(text, published, home, "find_places", stages)
