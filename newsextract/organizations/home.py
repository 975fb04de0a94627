"""The paper's home region: the caller's, or inferred from the page.

The home turns relative prefixes into names (`市委` → `中共太原市委员会`). A caller
names it (`太原`, `{"city": …}`, a `Home`), completed from the gazetteer; else the
page gives it: a masthead, or `我市`/`本市` with the city named most.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

import regex

from ..models import Home
from .regions import city_of, page_mentions, pick, province_of, regions
from .vocabulary import words_by_role

# A masthead (`太原日报`) stands in the page's first lines: only they are read for one.
_MASTHEAD_REACH = 400
# The place a masthead names has two to four characters (`太原`, `黔东南`).
_MASTHEAD_PLACE = range(2, 5)
# A masthead counts as this many mentions of its place, so that it decides the home
# alone; a city named as often decides it too, with no `我市`.
_MASTHEAD_WEIGHT = 10


@functools.cache
def _home_words() -> dict[str, tuple[str, ...]]:
    """`data/home_words.tsv` by role: paper and publisher words of a masthead, and the
    words by which a paper speaks of its own city or province (`我市`, `我省`)."""
    return words_by_role("home_words", ("paper", "publisher", "city", "province"))


@functools.cache
def _masthead_patterns() -> tuple[regex.Pattern, re.Pattern]:
    """The masthead (`太原日报`: a place, then a paper word), and a paper word alone."""
    words = _home_words()
    papers = "|".join(map(regex.escape, words["paper"]))
    publishers = "|".join(map(regex.escape, words["publisher"]))
    masthead = regex.compile(rf"""
        (\p{{Han}}{{{_MASTHEAD_PLACE[0]},{_MASTHEAD_PLACE[-1]}}}?)  # the place, shortest first: 太原
        (?:{papers})                                                # a paper word: 日报
        {f"(?!{publishers})" if publishers else ""}                 # not 日报社, 新闻社: a publisher
    """, regex.VERBOSE)
    return masthead, re.compile(papers or "(?!)")


def _mastheads(head: str) -> list[regex.Match]:
    """What `_masthead_patterns()[0].finditer(head)` gives, trying the pattern only 2 to
    4 characters (`_MASTHEAD_PLACE`) before a paper word (`日报`): every match starts
    there, and `regex` costs ~0.3 µs for each place it is tried, ~0.1 ms for a page's head."""
    masthead, paper = _masthead_patterns()
    out: list = []
    taken = 0
    for start in sorted({at - k for word in paper.finditer(head) for k in _MASTHEAD_PLACE
                         if (at := word.start()) - k >= 0}):
        if start >= taken and (match := masthead.match(head, start)):
            out.append(match)
            taken = match.end()
    return out


# The regions whose bodies have their own names (never `…人民政府`, `中共…委员会`), by scope.
SCOPES = {"香港特别行政区": "hk", "澳门特别行政区": "mo", "台湾省": "tw"}


def home_scope(home: Home) -> str | None:
    """`hk`, `mo` or `tw` for a paper of Hong Kong, Macao or Taiwan; None elsewhere."""
    return SCOPES.get(home.province or "") or SCOPES.get(home.city or "")


def home_from_name(name: str) -> Home:
    """A home from a caller's string: a city (太原/太原市), a province, or a county's city."""
    region = pick(name.strip())
    if region is None:
        return Home(city=name.strip() or None)
    province = province_of(region)
    if region.level == "province":
        # a municipality (北京市) is its own city
        return Home(city=region.name if region.name.endswith("市") else None, province=region.name)
    city = city_of(region)
    return Home(city=city.name if city else region.name, province=province.name if province else None)


def _complete(home: Home) -> Home:
    """Fill a missing province from the city, and long names from short ones."""
    city = pick(home.city) if home.city else None
    province = pick(home.province) if home.province else None
    city_name = city.name if city is not None and city.level != "province" else home.city
    if province is None and city is not None:
        province = province_of(city)
    province_name = province.name if province is not None else home.province
    return Home(city=city_name, province=province_name, inferred=home.inferred)


def infer_home(page: str, mentions: Sequence[tuple[int, int, str]] | None = None) -> Home:
    """The home region a page speaks from, or an empty Home when it gives no clue.

    A masthead (`太原日报`) decides; else `我市`/`本市` with the city named most (a
    county counts for its city), or `我省`/`本省` with the province named most.
    `mentions` are the page's `page_mentions` when the caller has them already.
    """
    cities: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    for match in _mastheads(page[:_MASTHEAD_REACH]):
        region = pick(match.group(1))
        if region is not None:
            city = city_of(region)
            if city is not None:
                cities[city.code] += _MASTHEAD_WEIGHT
            province = province_of(region)
            if province is not None:
                provinces[province.code] += _MASTHEAD_WEIGHT
    for _, _, name in (page_mentions(page) if mentions is None else mentions):
        region = pick(name)
        city = city_of(region)
        if city is not None:
            cities[city.code] += 1
        province = province_of(region)
        if province is not None:
            provinces[province.code] += 1
    speaks_city = any(word in page for word in _home_words()["city"])
    speaks_province = any(word in page for word in _home_words()["province"])
    table = regions()
    if cities and (speaks_city or cities.most_common(1)[0][1] >= _MASTHEAD_WEIGHT):
        city = table[cities.most_common(1)[0][0]]
        province = province_of(city)
        return Home(city=city.name, province=province.name if province else None, inferred=True)
    if provinces and (speaks_province or speaks_city):
        return Home(province=table[provinces.most_common(1)[0][0]].name, inferred=True)
    return Home()


def resolve_home(home: str | Home | dict | None, page: str,
                 mentions: Sequence[tuple[int, int, str]] | None = None) -> Home:
    """The paper's home city and province: the caller's (completed from the gazetteer),
    else inferred from the page."""
    if isinstance(home, Home):
        return _complete(home)
    if isinstance(home, dict):
        return _complete(Home(**home))
    if isinstance(home, str) and home.strip():
        return home_from_name(home)
    if home is not None and not isinstance(home, str):
        raise TypeError(f"newsextract: home must be a str like '太原市', a dict or a Home, got {type(home).__name__}")
    return infer_home(page, mentions)
