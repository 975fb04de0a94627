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
from .regions import city_of, county_by_short, page_mentions, pick, province_of, regions
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
    return words_by_role("home_words", ("paper", "publisher", "city", "province", "county", "taiwan", "hongkong",
                                          "macao"))


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


_TAIWAN = "台湾省"
_LEVEL_WORDS = ("市", "县")  # how a Taiwan city or county is written in full (台北市, 宜兰县)


def _taiwan_place(name: str) -> str | None:
    """`台北`/`台北市` → `台北市`: Taiwan's municipalities and counties
    (`data/home_words.tsv`, role taiwan), which the division gazetteer does not list."""
    short = name[:-1] if name.endswith(_LEVEL_WORDS) else name
    if short in _home_words()["taiwan"]:
        return name if name != short else short + "市"
    return None


def _unknown(name: str) -> ValueError:
    return ValueError(
        f"newsextract: home {name!r} names no region the division gazetteer knows; pass its Chinese name, "
        "full or short ('太原市', '太原', '清徐县', '海淀区', '山西省', '香港'), a dict such as "
        "{'city': '太原市'} or {'county': '清徐县'}, or a Home")


def _has_surrogate(name: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in name)  # refused later, with its own message


def _region(name: str):
    """The region a caller's name means: a full or short name (`pick`), else the one
    county with that short form (`清徐`)."""
    return pick(name) or county_by_short(name)


def home_from_name(name: str) -> Home:
    """A home from a caller's string: a province, a city (太原/太原市), a county or
    district (清徐县, 海淀区: the home's county, with its city and province), Hong Kong,
    Macao or a place of Taiwan. Any other name is a ValueError that says what to pass:
    a home the library cannot place would leave `市委` unresolved without a word."""
    name = name.strip()
    region = _region(name)
    if region is None:
        taiwan = _taiwan_place(name)
        if taiwan is not None:
            return Home(city=taiwan, province=_TAIWAN)
        if _has_surrogate(name):
            return Home(city=name)
        raise _unknown(name)
    province = province_of(region)
    if region.level == "province":
        # a municipality (北京市) is its own city
        return Home(city=region.name if region.name.endswith("市") else None, province=region.name)
    city = city_of(region)
    return Home(city=city.name if city else region.name, province=province.name if province else None,
                county=region.name if region.level == "county" else None)


def _complete(home: Home) -> Home:
    """Fill a missing province from the city, a missing city from the county, and long
    names from short ones; a name the gazetteer does not know is a ValueError."""
    for name in (home.county, home.city, home.province):
        if name and _region(name) is None and _taiwan_place(name) is None and not _has_surrogate(name):
            raise _unknown(name)
    county = _region(home.county) if home.county else None
    if county is not None and county.level != "county":
        county = None
    city = pick(home.city) if home.city else None
    if city is None and county is not None:
        city = city_of(county)
    province = pick(home.province) if home.province else None
    city_name = city.name if city is not None and city.level != "province" else home.city
    if province is None and city is not None:
        province = province_of(city)
    if province is None and county is not None:
        province = province_of(county)
    province_name = province.name if province is not None else home.province
    if home.city and _taiwan_place(home.city) and not province_name:
        province_name = _TAIWAN
    return Home(city=city_name, province=province_name, county=county.name if county else home.county,
                inferred=home.inferred)


def infer_home(page: str, mentions: Sequence[tuple[int, int, str]] | None = None) -> Home:
    """The home region a page speaks from, or an empty Home when it gives no clue.

    A masthead (`太原日报`) decides; else `我市`/`本市` with the city named most (a
    county counts for its city), or `我省`/`本省` with the province named most. A
    county paper (`我县`, `全县`, `县融媒体中心`; `我区` on a district's) that names no
    city as its own has the county it names most as its county (`故城县` → home
    故城县, 衡水市, 河北省). `本港`/`本澳` speak of Hong Kong and Macao.
    `mentions` are the page's `page_mentions` when the caller has them already.
    """
    cities: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    counties: Counter[str] = Counter()
    for match in _mastheads(page[:_MASTHEAD_REACH]):
        region = _region(match.group(1))
        if region is not None:
            if region.level == "county":
                counties[region.code] += _MASTHEAD_WEIGHT
            city = city_of(region)
            if city is not None:
                cities[city.code] += _MASTHEAD_WEIGHT
            province = province_of(region)
            if province is not None:
                provinces[province.code] += _MASTHEAD_WEIGHT
    for _, _, name in (page_mentions(page) if mentions is None else mentions):
        region = pick(name)
        if region is not None and region.level == "county" and region.name == name:
            counties[region.code] += 1
        city = city_of(region)
        if city is not None:
            cities[city.code] += 1
        province = province_of(region)
        if province is not None:
            provinces[province.code] += 1
    words = _home_words()
    speaks_city = any(word in page for word in words["city"])
    speaks_province = any(word in page for word in words["province"])
    table = regions()
    for role, region_name in _OWN_REGIONS:
        # `本港` on a page that names Hong Kong: a Hong Kong paper, whatever else it reports on
        region = pick(region_name)
        if region is not None and provinces[region.code] and any(word in page for word in words[role]):
            return Home(province=region.name, inferred=True)
    county = _county_home(page, counties, cities)
    if county is not None:
        city, province = city_of(county), province_of(county)
        return Home(city=city.name if city else None, province=province.name if province else None,
                    county=county.name, inferred=True)
    if cities and (speaks_city or cities.most_common(1)[0][1] >= _MASTHEAD_WEIGHT):
        city = table[cities.most_common(1)[0][0]]
        province = province_of(city)
        return Home(city=city.name, province=province.name if province else None, inferred=True)
    if provinces and (speaks_province or speaks_city):
        return Home(province=table[provinces.most_common(1)[0][0]].name, inferred=True)
    return Home()


def _county_home(page: str, counties: Counter[str], cities: Counter[str]):
    """The county of a county paper: named by its masthead, or the county named most
    on a page that speaks of its own county (`我县`) and of no city of its own (`我市`;
    `全市` may be the county's prefecture) nor names one in its masthead."""
    if not counties:
        return None
    code, count = counties.most_common(1)[0]
    if count >= _MASTHEAD_WEIGHT:
        return regions()[code]
    words = _home_words()
    if not any(word in page for word in words["county"]):
        return None
    if any(word in page for word in words["city"] if not word.startswith(_WHOLE)):
        return None
    if cities and cities.most_common(1)[0][1] >= _MASTHEAD_WEIGHT:
        return None
    return regions()[code]


_WHOLE = "全"  # `全市`: the whole city, which a county paper may say of its prefecture
_OWN_REGIONS = (("hongkong", "香港特别行政区"), ("macao", "澳门特别行政区"))


def resolve_home(home: str | Home | dict | None, page: str,
                 mentions: Sequence[tuple[int, int, str]] | None = None) -> Home:
    """The paper's home city and province (and county, on a county paper): the
    caller's (completed from the gazetteer), else inferred from the page."""
    if isinstance(home, Home):
        return _complete(home)
    if isinstance(home, dict):
        return _complete(Home(**home))
    if isinstance(home, str) and home.strip():
        return home_from_name(home)
    if home is not None and not isinstance(home, str):
        raise TypeError(f"newsextract: home must be a str like '太原市', a dict or a Home, got {type(home).__name__}")
    return infer_home(page, mentions)
