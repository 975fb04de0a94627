"""The paper's home region: the caller's, or inferred from the page.

The home turns relative prefixes into names (`市委` → `中共太原市委员会`). A caller
names it (`太原`, `{"city": …}`, a `Home`), completed from the gazetteer; else the
page gives it: a masthead, or `我市`/`本市` with the city named most.
"""
from __future__ import annotations

import functools
import re
import types
from collections import Counter
from collections.abc import Sequence

import regex

from ..models import Home
from ..places.mentions import stands_alone, starts_word
from ..places.vocabulary import ordinary_words
from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern, compile_regex
from .hints import matches_near, occurrences
from .regions import (
    city_of,
    counties_by_short,
    county_by_short,
    county_short_mentions,
    is_county_city,
    is_own_city,
    page_mentions,
    pick,
    province_of,
    regions,
    township_mentions,
    townships_named,
)
from .vocabulary import gazetteer, own_named_bodies, words_by_role

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
                                          "macao", "taiwan_county_city", "taiwan_paper", "rank_before", "rank_after",
                                          "region_body", "site_after"))


@functools.cache
def _masthead_patterns() -> tuple[regex.Pattern, re.Pattern]:
    """The masthead (`太原日报`: a place, then a paper word), and a paper word alone."""
    words = _home_words()
    papers = "|".join(map(regex.escape, words["paper"]))
    publishers = "|".join(map(regex.escape, words["publisher"]))
    masthead = compile_regex(rf"""
        (\p{{Han}}{{{_MASTHEAD_PLACE[0]},{_MASTHEAD_PLACE[-1]}}}?)  # the place, shortest first: 太原
        (?:{papers})                                                # a paper word: 日报
        {f"(?!{publishers})" if publishers else ""}                 # not 日报社, 新闻社: a publisher
    """, regex.VERBOSE)
    return masthead, compile_pattern(papers or "(?!)")


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


# How a Hong Kong or Macao government department's name opens on a mainland page
# (`香港特别行政区政府劳工处`): the region's name, then its government's.
_GOVERNMENT = "政府"


def own_region_name(canonical: str, home: Home) -> str:
    """A body of the paper's own Hong Kong or Macao as that paper names it: by its own
    name, without the region's (`劳工处`, `区域法院`, `廉政公署`, `立法会财务委员会`),
    except the region's government, legislature and executive council, which are named
    after it (`香港特别行政区立法会`; `data/home_words.tsv`, role region_body). Any other
    name, or any name on another paper, is returned as it is."""
    region = home.province or ""
    if SCOPES.get(region) not in ("hk", "mo") or not canonical.startswith(region):
        return canonical
    own = canonical[len(region):]
    if own.startswith(_GOVERNMENT) and len(own) > len(_GOVERNMENT) and not _opens_with_government(own, canonical):
        own = own[len(_GOVERNMENT):]
    return canonical if not own or own in _home_words()["region_body"] else own


def _opens_with_government(own: str, canonical: str) -> bool:
    """Whether a department's own name opens with `政府` (`政府统计处`, whose canonical says it
    once: `香港特别行政区政府统计处`): the gazetteer lists that name for the same body."""
    listed = gazetteer()
    return own in listed and listed[own].template == canonical


TAIWAN = "台湾省"  # the province a Taiwan paper's home names
_LEVEL_WORDS = ("市", "县")  # how a Taiwan city or county is written in full (台北市, 宜兰县)


@functools.cache
def _taiwan_divisions() -> types.MappingProxyType[str, tuple[str, ...]]:
    """Short name → Taiwan's divisions of that name, the city first (`花莲` → `花莲县`;
    `新竹` → `新竹市`, `新竹县`), from `data/home_words.tsv` (role taiwan, written in full)."""
    found: dict[str, list[str]] = {}
    for name in _home_words()["taiwan"]:
        found.setdefault(name[:-1], []).append(name)
    return types.MappingProxyType({short: tuple(sorted(names, key=lambda n: _LEVEL_WORDS.index(n[-1])))
                                   for short, names in found.items()})


def taiwan_place(name: str) -> str | None:
    """`台北`/`台北市` → `台北市`, `花莲` → `花莲县`, `花莲市` as written, else None: Taiwan's
    municipalities and counties (`data/home_words.tsv`, role taiwan), which the division
    gazetteer does not list (so the events' subject reader asks here for `臺南` +
    `市政府勞工局`). A short name of both a city and a county (`新竹`) is the city's."""
    short = name[:-1] if name.endswith(_LEVEL_WORDS) else name
    divisions = _taiwan_divisions().get(short)
    if divisions is None:
        return None
    return name if name != short else divisions[0]


def taiwan_twin_county(city: str) -> str | None:
    """The Taiwan county that shares a city's name (`嘉义市` → `嘉义县`, `新竹市` → `新竹县`),
    else None: a city has no `县府` of its own, so a city paper's bare `县府` is its twin's."""
    divisions = _taiwan_divisions().get(city[:-1], ())
    if city not in divisions:
        return None
    county = city[:-1] + _LEVEL_WORDS[1]
    return county if county in divisions else None


def _taiwan_division(place: str) -> str:
    """The division a Taiwan place written in full lies in: itself (`新竹市`, `花莲县`), or for a
    county's own city named after it (`花莲市`, `屏东市`: no division, its county's seat) the
    county, so that a 花蓮 paper that writes `花蓮市` once still speaks from 花莲县."""
    divisions = _taiwan_divisions()[place[:-1]]
    return place if place in divisions else divisions[0]


def _unknown(name: str) -> ValueError:
    return ValueError(
        f"newsextract: home {name!r} names no region the division gazetteer knows; pass its Chinese name, "
        "full or short ('太原市', '太原', '清徐县', '海淀区', '山西省', '香港'), a dict such as "
        "{'city': '太原市'} or {'county': '清徐县'}, or a Home")


def _has_surrogate(name: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in name)  # refused later, with its own message


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
        taiwan = taiwan_place(name)
        if taiwan is not None:
            return Home(city=taiwan, province=TAIWAN)
        if _has_surrogate(name):
            return Home(city=name)
        raise _unknown(name)
    province = province_of(region)
    if region.level == "province":
        # a municipality (北京市) or a special administrative region is its own city
        return Home(city=region.name if is_own_city(region) else None, province=region.name)
    city = city_of(region)
    return Home(city=city.name if city else region.name, province=province.name if province else None,
                county=region.name if region.level == "county" else None)


def _complete(home: Home) -> Home:
    """Fill a missing province from the city, a missing city from the county, and long
    names from short ones; a name the gazetteer does not know is a ValueError."""
    for name in (home.county, home.city, home.province):
        if name and _region(name) is None and taiwan_place(name) is None and not _has_surrogate(name):
            raise _unknown(name)
    county = _region(home.county) if home.county else None
    if county is not None and county.level != "county":
        county = None
    city = pick(home.city) if home.city else None
    if city is None and county is not None:
        city = city_of(county)
    province = pick(home.province) if home.province else None
    city_name = city.name if city is not None and (city.level != "province" or is_own_city(city)) else home.city
    if province is None and city is not None:
        province = province_of(city)
    if province is None and county is not None:
        province = province_of(county)
    province_name = province.name if province is not None else home.province
    if home.city and taiwan_place(home.city) and not province_name:
        province_name = TAIWAN
    return Home(city=city_name, province=province_name, county=county.name if county else home.county,
                inferred=home.inferred)


# A place name right before a road word names a street, not the place (`中山路`, `北京东路`,
# `中正二路`, `上海街`), unless the road word starts another word (`上海路演`, `北京街头`).
_STREET = compile_pattern(r"[东西南北中]?[一二三四五六七八九十]?(?:路(?![演过线径费途透])|街(?![头道区坊巷])|大道|巷)")
# A county short form counts only on a county paper, and a county named this often (full or
# short) or once in full: one ordinary-looking short form (`和安` of 和安全) is no county.
_COUNTY_LEAST = 2
# A Taiwan place needs a masthead, or this many mentions and a word a Taiwan paper writes of
# its own affairs (`新台币`, `市府`); either way more mentions than any city of the gazetteer.
_TAIWAN_LEAST = 3


def _said(page: str, words: Sequence[str]) -> bool:
    """Whether the page says one of its own words (`本市`, `我省`) as a word: not the tail of
    another word and the head of a third (`资本市场`, `基本市政`: 资本 + 市场)."""
    for word in words:
        at = page.find(word)
        while at >= 0:
            if starts_word(page, at):
                return True
            at = page.find(word, at + 1)
    return False


def _street(page: str, end: int) -> bool:
    return _STREET.match(page, end) is not None


@functools.cache
def _site_words() -> tuple[str, ...]:
    """`data/home_words.tsv` role site_after, longest first (`古镇` before `镇`)."""
    return tuple(sorted(_home_words()["site_after"], key=len, reverse=True))


def _site(page: str, end: int) -> bool:
    """Whether a name ending at `end` names a township, village or site after a division
    (`柳江古镇`, `柳江镇`, `安吉村`), not the division: a site word follows, and a word of one
    character starts no longer word there (`洪雅乡村`: 乡村; `安吉村民`: 村民)."""
    if not page.startswith(_site_words(), end):
        return False  # the common case, in one call
    for word in _site_words():
        if page.startswith(word, end):
            return len(word) > 1 or not dictionary().get(page[end:end + 2])
    return False


def _not_division(page: str, end: int) -> bool:
    """A name before a road word (`中山路`) or a site word (`柳江古镇`) names no division."""
    return _street(page, end) or _site(page, end)


def infer_home(page: str, mentions: Sequence[tuple[int, int, str]] | None = None) -> Home:
    """The home region a page speaks from, or an empty Home when it gives no clue.

    A masthead (`太原日报`) decides; else `我市`/`本市` with the city named most (a
    county counts for its city), or `我省`/`本省` with the province named most. A
    county or district paper (`我县`, `本区`, `县融媒体中心`) that names no city as its own
    has the county it names most, in full or short form (`安吉` for 安吉县), as its
    county (`故城县` → home 故城县, 衡水市, 河北省). `本港`/`本澳` speak of Hong Kong and
    Macao, and so do three of their bodies named without the region (`政府统计处`,
    `地政总署`); a Taiwan place named most (`台中`), with a Taiwan paper's words (`新台币`,
    `市府`), of Taiwan. A page that names no city of its own but several townships of one
    county, and speaks of its own `市` or `县` (`全市`, `县委`), is that county's (`星村镇`,
    `五夫镇` → 武夷山市). A name before a road word (`中山路`) names a street, no city, and one
    before a township or site word (`柳江古镇`) a township or site.
    `mentions` are the page's `page_mentions` when the caller has them already.
    """
    cities: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    counties: Counter[str] = Counter()
    masthead_cities: Counter[str] = Counter()
    prefectures: Counter[str] = Counter()  # cities named themselves, not through a county
    taiwan: Counter[str] = Counter()
    taiwan_words = _speaks_taiwan(page)
    for match in _mastheads(page[:_MASTHEAD_REACH]):
        region = None if taiwan_words and taiwan_place(match.group(1)) else _region(match.group(1))
        if region is None:
            place = taiwan_place(match.group(1))
            if place is not None:
                taiwan[place] += _MASTHEAD_WEIGHT
            continue
        if region.level == "county":
            counties[region.code] += _MASTHEAD_WEIGHT
        city = city_of(region)
        if city is not None:
            cities[city.code] += _MASTHEAD_WEIGHT
            masthead_cities[city.code] += _MASTHEAD_WEIGHT
        province = province_of(region)
        if province is not None:
            provinces[province.code] += _MASTHEAD_WEIGHT
    for start, end, name in (page_mentions(page) if mentions is None else mentions):
        if _not_division(page, end) or not starts_word(page, start):
            continue  # 中山路 is a street, 柳江古镇 a site; 德清城区 holds no 清城区, 孙中山 no 中山
        if taiwan_words and taiwan_place(name):
            continue  # 金门县 on a Taiwan paper is Taiwan's (`_taiwan_home` counts it), not 泉州市's
        region = pick(name)
        if region is not None and region.level == "county" and region.name == name:
            counties[region.code] += 1
        if region is not None and region.level == "city":
            prefectures[region.code] += 1
        city = city_of(region)
        if city is not None:
            cities[city.code] += 1
        province = province_of(region)
        if province is not None:
            provinces[province.code] += 1
    words = _home_words()
    own_city_words = [word for word in words["city"] if not word.startswith(_WHOLE)]
    speaks_city = _said(page, own_city_words) or _speaks_whole_city(page)
    speaks_province = _said(page, words["province"])
    table = regions()
    for role, region_name in _OWN_REGIONS:
        # `本港` on a page that names Hong Kong: a Hong Kong paper, whatever else it reports on
        region = pick(region_name)
        if region is not None and (provinces[region.code] and _said(page, words[role])
                                   or _names_own_bodies(page, role)):
            return Home(city=region.name, province=region.name, inferred=True)
    place = _taiwan_home(page, taiwan, cities)
    if place is not None:
        return Home(city=place, province=TAIWAN, inferred=True)
    county = _county_home(page, counties, cities, provinces, masthead_cities)
    if county is not None:
        city, province = city_of(county), province_of(county)
        return Home(city=city.name if city else None, province=province.name if province else None,
                    county=county.name, inferred=True)
    if cities and (speaks_city or cities.most_common(1)[0][1] >= _MASTHEAD_WEIGHT) and _named_most(cities):
        city = table[cities.most_common(1)[0][0]]
        province = province_of(city)
        county_city = _county_city_home(city.code, counties, prefectures) if speaks_city else None
        return Home(city=city.name, province=province.name if province else None,
                    county=county_city.name if county_city is not None else None, inferred=True)
    county = _township_home(page, provinces, speaks_city)
    if county is not None:
        city, province = city_of(county), province_of(county)
        return Home(city=city.name if city else None, province=province.name if province else None,
                    county=county.name, inferred=True)
    if provinces and (speaks_province or speaks_city or _region_paper(page, provinces)) and _named_most(provinces):
        return Home(province=table[provinces.most_common(1)[0][0]].name, inferred=True)
    return Home()


# A county or county-level city paper names its own townships and streets (`星村镇`, `五夫镇`,
# `武夷街道`): this many different ones of one county, more than of all other counties together.
_TOWNSHIPS_LEAST = 2
_TOWNSHIP_ENDS = ("镇", "乡", "街道")
_COUNTY_END = "县"
# How a county paper speaks of its own county (`data/home_words.tsv` role county holds 我区 too,
# which a district or an autonomous region's paper writes).
_OWN_COUNTY = ("我县", "本县", "全县")
# `市委`, `县委` after no name: the page's own committee (`南平市委` names its city).
_RELATIVE_COMMITTEE = compile_pattern(r"(?<![\u3400-\u9fff])[市县]委")


def _township_home(page: str, provinces: Counter[str], speaks_city: bool):
    """The county or county-level city whose townships the page names (`_TOWNSHIPS_LEAST` different
    ones, each the only one of its name or the one in the province the page names most), on a page
    that names no city of its own and speaks of its own `市` (`全市`, `我市`, `市委`: a county-level
    city, `武夷山市`) or `县` (`全县`, `我县`, `县委`: a county); never a district, whose streets
    a city paper names. None elsewhere."""
    province = regions()[provinces.most_common(1)[0][0]] if provinces and _named_most(provinces) else None
    named: dict[str, set[str]] = {}
    for _start, end, name in township_mentions(page):
        if not name.endswith(_TOWNSHIP_ENDS) or dictionary().get(page[end - 1:end + 1]):
            continue  # 发展乡村: 乡 starts the word 乡村
        found = townships_named(name)
        if len(found) > 1 and province is not None:
            found = tuple(t for t in found if (p := province_of(regions().get(t.county))) and p.code == province.code)
        if len(found) == 1:
            named.setdefault(found[0].county, set()).add(name)
    if not named:
        return None
    code, own = max(named.items(), key=lambda item: (len(item[1]), item[0]))
    others = sum(len(names) for other, names in named.items() if other != code)
    county = regions().get(code)
    if county is None or len(own) < _TOWNSHIPS_LEAST or len(own) <= others:
        return None
    if province is not None and (home := province_of(county)) is not None and home.code != province.code:
        return None
    committees = {match.group()[0] for match in _RELATIVE_COMMITTEE.finditer(page)}
    if is_county_city(county):
        return county if speaks_city or "市" in committees else None
    if county.name.endswith(_COUNTY_END) and ("县" in committees or any(word in page for word in _OWN_COUNTY)):
        return county
    return None


def _county_city_home(city: str, counties: Counter[str], prefectures: Counter[str]):
    """The county-level city (县级市, `海伦市`) whose own `市` a page speaks of (`全市`, `我市`): the
    page names that city in full, more often than any other county of its prefecture, and never
    the prefecture itself (`绥化`), whose paper would name it; None elsewhere. A county-level
    city is a city in its own right: its paper says `市委`, `市教育局` of itself."""
    if prefectures[city]:
        return None
    own = Counter({code: count for code, count in counties.items()
                   if (city_of(region := regions()[code]) or region).code == city})
    if not own or not _named_most(own):
        return None
    region = regions()[own.most_common(1)[0][0]]
    return region if is_county_city(region) else None


def _named_most(counts: Counter[str]) -> bool:
    """Whether one region is named more often than any other: `全市` on a page naming 上海 and
    杭州 once each says which city is the page's no more than the order they come in."""
    top = counts.most_common(2)
    return len(top) == 1 or top[0][1] > top[1][1]


@functools.cache
def _taiwan_pattern() -> re.Pattern:
    """Taiwan's municipalities and counties (`data/home_words.tsv`, role taiwan), short or
    full (`台中`, `台中市`, `宜兰县`), longest first."""
    names = sorted(_taiwan_divisions(), key=lambda w: (-len(w), w))
    return compile_pattern(f"(?:{'|'.join(map(re.escape, names))})[市县]?")


def taiwan_counties(text: str) -> list[tuple[int, str]]:
    """(end, name) of each Taiwan county the text names in full (`屏东县`), in text order: a
    Taiwan paper's `县府` is the government of the county it named last."""
    return [(match.end(), match.group()) for match in _taiwan_pattern().finditer(text)
            if match.group().endswith(_LEVEL_WORDS[1]) and not _street(text, match.end())]


def _speaks_taiwan(page: str) -> bool:
    """Whether the page writes a Taiwan paper's words of its own affairs (`新台币`, `县府`): there
    the names the division gazetteer also lists under Fujian (`金门县` under 泉州市; `连江县`, a
    county of 福州市 too) are Taiwan's counties, as a masthead's (`金门日报`) is."""
    return any(word in page for word in _home_words()["taiwan_paper"])


def _short_place(short: str, written: Counter[str]) -> str:
    """The city or county a short Taiwan name stands for on a page: its only division (`花莲` →
    花莲县, `台中` → 台中市); of a city and a county of one name (`新竹`, `嘉义`) the county where
    the page writes `新竹县` in full and never `新竹市`, else the city (a 新竹 paper that writes
    both is the city's)."""
    divisions = _taiwan_divisions()[short]
    if len(divisions) == 1:
        return divisions[0]
    city, county = divisions
    return county if written[county] and not written[city] else city


def _taiwan_home(page: str, taiwan: Counter[str], cities: Counter[str]) -> str | None:
    """The Taiwan city or county a Taiwan paper speaks from: named most, more often than any
    city of the gazetteer and `_TAIWAN_LEAST` times, on a page with a Taiwan paper's words
    (`新台币`, `市府`); a mainland page that quotes `台北` stays a mainland page."""
    masthead = bool(taiwan)
    if not masthead and not _speaks_taiwan(page):
        return None
    written: Counter[str] = Counter()  # full names (`花莲县`), which say what a short one stands for
    shorts: list[str] = []
    for match in _taiwan_pattern().finditer(page):
        if not _street(page, match.end()):
            place = taiwan_place(match.group())
            if place is not None and match.group().endswith(_LEVEL_WORDS):
                written[_taiwan_division(place)] += 1
            elif place is not None:
                shorts.append(match.group())
    taiwan.update(written)
    for short in shorts:
        taiwan[_short_place(short, written)] += 1
    if not taiwan:
        return None
    place, count = taiwan.most_common(1)[0]
    if not masthead and count < _TAIWAN_LEAST:
        return None
    return place if not cities or count > cities.most_common(1)[0][1] else None


def _county_home(page: str, counties: Counter[str], cities: Counter[str], provinces: Counter[str],
                 masthead_cities: Counter[str]):
    """The county of a county paper: named by its masthead, or the county named most (in
    full or by its short form, `安吉`) on a page that speaks of its own county (`我县`,
    `本区`; `全县` with `县统计局`) and of no city of its own (`我市`; `全市` may be the county's
    prefecture), and names no other city in its masthead, nor as often as a masthead
    would (`_MASTHEAD_WEIGHT`) and more often than the county."""
    if counties and counties.most_common(1)[0][1] >= _MASTHEAD_WEIGHT:
        return regions()[counties.most_common(1)[0][0]]
    words = _home_words()
    own_word = _said(page, words["county"])
    if not own_word and not _speaks_county(page):
        return None
    if _said(page, [word for word in words["city"] if not word.startswith(_WHOLE)]) or (
            not own_word and _speaks_whole_city(page)):
        return None  # `我市`; and with no `我县`, `全市` too: a city paper reporting on a county
    named = counties.copy()
    for code, count in _county_shorts(page, cities, provinces, counties).items():
        named[code] += count
    if not named:
        return None
    code, count = named.most_common(1)[0]
    if count < _COUNTY_LEAST and not counties[code]:
        return None
    county = regions()[code]
    if _region_paper(page, provinces) and provinces.most_common(1)[0][1] >= count:
        return None  # `我区` on a page naming its autonomous region most: the region's paper
    own = city_of(county)
    if not own_word and own is not None and cities[own.code] - counties[code] >= count:
        return None  # `全县`, `县统计局` on a page naming the county's city as often: the city's paper
    for rival, rival_count in (masthead_cities + cities).most_common(2):
        if (own is None or rival != own.code) and (
                masthead_cities[rival] or count < rival_count >= _MASTHEAD_WEIGHT):
            return None
    return county


# `全县`/`全区` is also what a city paper writes of a county it reports on; with an office
# named by its level alone, after no name (`县统计局`, `区人力资源和社会保障局`), it is the page's own.
_WHOLE_COUNTY = ("全县", "全区")
_RELATIVE_OFFICE = compile_pattern(r"(?<![\u3400-\u9fff])[县区][\u3400-\u9fff]{1,10}?局")


def _speaks_county(page: str) -> bool:
    """`全县` and an office of the county's own (`县统计局`): a county paper with no `我县`."""
    return any(word in page for word in _WHOLE_COUNTY) and _RELATIVE_OFFICE.search(page) is not None


@functools.cache
def _ranking_pattern() -> re.Pattern:
    """`全市` in a ranking or comparison (`居全市第二位`, `高于全市平均水平`; `data/home_words.tsv`,
    roles rank_before and rank_after): how a county paper places itself within its prefecture."""
    words = _home_words()
    before = "|".join(map(re.escape, words["rank_before"])) or "(?!)"
    after = "|".join(map(re.escape, words["rank_after"])) or "(?!)"
    return compile_pattern(f"(?:{before})(?={_WHOLE_CITY})|(?<![\u3400-\u9fff]){_WHOLE_CITY}(?:{after})")


_WHOLE_CITY = "全市"


def _speaks_whole_city(page: str) -> bool:
    """Whether the page says `全市` of a city of its own: once outside a ranking (`全市今年新建学校`);
    a county paper says it only to rank itself within its prefecture (`居全市第二位`)."""
    total = page.count(_WHOLE_CITY)
    if not total:
        return False
    # a ranking's match is its word right before `全市`, or `全市` and its word after
    reach = max(map(len, _home_words()["rank_before"]), default=0)
    ranked = sum(1 for match in matches_near(_ranking_pattern(), page, occurrences(_WHOLE_CITY, page), reach))
    return total > ranked


_REGION = "自治区"


def _region_paper(page: str, provinces: Counter[str]) -> bool:
    """Whether `我区`/`本区` may be an autonomous region's own (`广西`): it speaks only so, with
    no county word (`我县`), and the province the page names most is an autonomous region."""
    words = _home_words()
    if not provinces or not regions()[provinces.most_common(1)[0][0]].name.endswith(_REGION):
        return False
    said = [word for word in words["county"] if word in page]
    return bool(said) and all(word.startswith(_REGION_WORDS) for word in said)


_REGION_WORDS = ("我区", "本区")


def _county_shorts(page: str, cities: Counter[str], provinces: Counter[str],
                   named_in_full: Counter[str] | None = None) -> Counter[str]:
    """County short forms on the page (`安吉` → 安吉县) by county code: not an ordinary word
    (`平安`, `新建`) unless the page names that county in full too (`呈贡区` … `呈贡`), not a
    street (`安吉路`) or a site (`柳江古镇`), not inside a word (`党委和政府` holds no 和政; `安吉县`
    is counted in full), not a township of another county named in full (`柳江`, 柳江镇 of
    洪雅县, on a page that writes `洪雅县`); a short form of several counties (`朝阳`) goes to the one whose city, else
    province, the page names most, or to none."""
    words = ordinary_words()
    full = named_in_full or Counter()
    found: Counter[str] = Counter()
    for start, end, short in county_short_mentions(page):
        if _not_division(page, end) or not stands_alone(page, start, end):
            continue
        candidates = counties_by_short(short)
        if _rival_township(short, candidates, full):
            continue
        if short in words.verbal or short in words.nouns:
            candidates = tuple(county for county in candidates if full[county.code])
            if not candidates:
                continue
        if len(candidates) > 1:
            candidates = _most_named(candidates, cities, provinces)
        if len(candidates) == 1:
            found[candidates[0].code] += 1
    return found


def _rival_township(short: str, counties: Sequence, named_in_full: Counter[str]) -> bool:
    """Whether a county's short form is also the name of a township of another county, one the
    page names in full (`柳江` of `柳江镇`, 洪雅县): on a page that writes `洪雅县`, a bare `柳江`
    is that township, not 柳江区, which the page never writes with its own level."""
    own = {county.code for county in counties}
    return any(named_in_full[township.county] and township.county not in own
               for end in _TOWNSHIP_ENDS for township in townships_named(short + end))


def _most_named(candidates, cities: Counter[str], provinces: Counter[str]):
    """The one of several counties whose city, else province, the page names most; none on a tie."""
    for owner, counts in ((city_of, cities), (province_of, provinces)):
        scored = sorted(((counts[region.code] if region else 0, county)
                         for county in candidates for region in [owner(county)]), key=lambda pair: -pair[0])
        if scored[0][0] and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return (scored[0][1],)
    return ()


_WHOLE = "全"  # `全市`: the whole city, which a county paper may say of its prefecture
_OWN_REGIONS = (("hongkong", "香港特别行政区"), ("macao", "澳门特别行政区"))
_REGION_SCOPES = {"hongkong": ("hk", "香港"), "macao": ("mo", "澳门")}
# A page that names this many of a region's bodies by their bare names (`政府统计处`,
# `地政总署`, `统计暨普查局`) is the region's own paper, `本港` or not: no mainland page of
# the fixtures names one without the region before it (`香港特区政府统计处`).
_OWN_BODIES_LEAST = 3
# Characters read back from a body's name for its region's (`香港特别行政区政府` + `统计处`).
_REGION_BEFORE = 9


@functools.cache
def _own_bodies_pattern(scope: str) -> re.Pattern:
    return compile_pattern("|".join(map(re.escape, own_named_bodies(scope))) or "(?!)")


def _names_own_bodies(page: str, role: str) -> bool:
    """Whether the page names at least `_OWN_BODIES_LEAST` different bodies of the region by
    their bare names, with no region written just before them."""
    scope, region = _REGION_SCOPES[role]
    named = {match.group() for match in _own_bodies_pattern(scope).finditer(page)
             if page.rfind(region, max(0, match.start() - _REGION_BEFORE), match.start()) < 0}
    return len(named) >= _OWN_BODIES_LEAST


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
