"""Canonical organization names: a parsed name spelled out in full.

Relative prefixes are filled from the paper's home (`省司法厅` → `山西省司法厅`), a
district gets its city (`万柏林区…` → `太原市万柏林区…`), a party committee gets `中共`,
a court's or a district's short form is spelled out (`襄阳中院`, `西工法院`), a later
mention takes the full name of an earlier one (`朝阳社区`), coordinated departments
share their owner (`市委组织部、宣传部` → `中共太原市委宣传部`), and a street or community
named without its district takes the one the page names it under elsewhere, else the
article's only home district (`古槐街道运河社区` → `济宁市任城区…`). On a county paper
(`屏南县`, not a district) the county's own bodies and its unplaced local bodies are
named from the county, without its city (`屏南县林业局`, `屏南县双溪中学`); on a district
paper from the district with its city (`区人社局`, `九亭中学` → `上海市松江区…`).
"""
from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

import regex

from ..models import Home, OrgKind
from ..text.precompiled import compile_regex
from . import regions as _regions
from .home import SCOPES, TAIWAN, home_scope, own_region_name, taiwan_counties, taiwan_twin_county
from .parsed import Link, Parsed
from .vocabulary import OWN_NAMED, TAIWAN_SHORT, Alias, Prefix, gazetteer, vocabulary


@functools.lru_cache(maxsize=64)
def _county_city(home: Home) -> _regions.Region | None:
    """The county-level city (县级市) a paper speaks from, when its home county is one (`海伦市`);
    kept per home (a frozen model): every `市` body of the page asks it, and `pick` reads the gazetteer."""
    region = _regions.pick(home.county, home) if home.county else None
    return region if _regions.is_county_city(region) else None


def bodies_city(home: Home) -> str | None:
    """The city a `市` body of the paper is (`市委`, `市教育局`, `团市委`): the home city, or on a
    county-level city's paper (海伦市 of 绥化市) that city, whose `市` its paper writes of itself."""
    county_city = _county_city(home)
    return county_city.name if county_city is not None else home.city


def _city_short(home: Home) -> str | None:
    """`济宁` for 济宁市: how a development zone names its city (`济宁高新区`)."""
    county_city = _county_city(home)
    region = county_city or (_regions.pick(home.city, home) if home.city else None)
    return (region.short or region.name) if region is not None else home.city


# How a county's name ends (`屏南县`, `峨边彝族自治县`): a district (`呈贡区`) is not one.
_COUNTY_END = "县"


def own_county(home: Home) -> str | None:
    """The county a county paper speaks from (given or inferred), whose own bodies and
    unplaced local bodies are named from the county, without its city (`屏南县林业局`,
    `屏南县双溪中学`; a county-level city's too: `海伦市第三中学`). A district paper's home
    is None here: its bodies keep the city (`昆明市呈贡区…`), as a district's name repeats
    across cities."""
    county = home.county
    if county and county.endswith(_COUNTY_END):
        return county
    county_city = _county_city(home)
    return county_city.name if county_city is not None else None


def _county_place(region: _regions.Region, home: Home) -> str:
    """How a county or district of a name is placed: the home county by itself, and a
    county-level city by itself on any paper (`醴陵市商务局` on a 株洲 paper, `海伦市交通运输局`
    on its own: a city in its own right); any other with its city in front (`太原市阳曲县`,
    `临沂市沂南县` on a 沂水县 paper)."""
    if region.name == own_county(home) or _regions.is_county_city(region):
        return region.name
    city = _regions.city_of(region)
    return (city.name if city is not None and city.name != region.name else "") + region.name


def _taiwan_own_county(home: Home) -> str | None:
    """A Taiwan county paper's own county (`花莲县`), which its home gives as the city (Taiwan's
    counties are no divisions): its bare `县府`, `县议会` are that county's when the article
    names no county before them, as a mainland county paper's `县委` is its own county's. A
    city paper's are the county of its name (`縣府環保局` on a 嘉義市 page: 嘉义县), as a city
    has no county government (and its `乡`/`镇` are that county's: 阿里山鄉)."""
    if home.province != TAIWAN or not home.city:
        return None
    return home.city if home.city.endswith(_COUNTY_END) else taiwan_twin_county(home.city)


# a Taiwan township's own bodies, named after the township alone (`光復鄉公所`, `後壁區農會`)
_TOWNSHIP_BODY = compile_regex(r"\p{Han}{2,3}?([乡镇区])(?:公所|农会)")


def _taiwan_township(canonical: str, text: str, before: int, home: Home) -> str:
    """`光復鄉公所` → `花莲县光复乡公所`: on a Taiwan paper a township's office or farmers'
    association named without its county is the county's the article named last in full, else a
    county paper's own county (a `乡`/`镇` is a county's); a `区` is a city's, the paper's own."""
    match = _TOWNSHIP_BODY.fullmatch(canonical)
    if home.province != TAIWAN or match is None:
        return canonical
    if match.group(1) == "区":
        owner = home.city if home.city and home.city.endswith("市") else None
    else:
        named = [name for end, name in taiwan_counties(text) if end <= before]
        owner = named[-1] if named else _taiwan_own_county(home)
    return owner + canonical if owner else canonical


def _own_place(home: Home) -> str | None:
    """The paper's own county or district as its `区`/`县` bodies are named: a county by
    itself (`垫江县`), a district with its city in front (`区人社局` on a 松江区 paper →
    `上海市松江区…`), as a district's name repeats across cities."""
    region = _regions.pick(home.county, home) if home.county else None
    if region is None or region.level != "county":
        return home.county
    return _county_place(region, home)


_SLOTS = ("{province}", "{city}", "{county}", "{city_short}")  # filled in this order
_PARTY = "中共"  # how a canonical name spells the party's ownership (`中共太原市委组织部`)
_PARTY_SCHOOL = "党校"  # a committee's school (`县委党校`), the party's though an institution
_COMMITTEE = "委"  # what a region's party committee is written as before its school (`县委党校`)
_ORDINAL = "第"  # a numbered school's canonical name says its number as an ordinal (`第一中学`)


def _fill(template: str, home: Home, county: str | None) -> str | None:
    """A prefix's or alias's template with the home's names filled in; None where the
    home lacks a name it needs (then the written form stands)."""
    out = template
    for slot in _SLOTS:
        if slot in out:
            value = (home.province if slot == "{province}" else bodies_city(home) if slot == "{city}"
                     else county if slot == "{county}" else _city_short(home))
            if not value:
                return None
            out = out.replace(slot, value)
    return out


# A province prefix that says its level (`省`, `自治区`, `我省`) is filled only by a province of that
# level: `自治区商务厅` on a page of 甘肃省 names no `甘肃省商务厅`, and stays as written.
_PROVINCE_LEVELS = ("自治区", "省")


def _fill_prefix(prefix: Prefix, home: Home, county: str | None) -> str | None:
    """`_fill` for a region prefix, None where its level word and the home's province differ."""
    level = next((word for word in _PROVINCE_LEVELS if prefix.word.endswith(word)), None)
    if level is not None and "{province}" in prefix.template and not (home.province or "").endswith(level):
        return None
    return _fill(prefix.template, home, county)


def _region_text(text: str, parsed: Parsed, home: Home, county: str | None) -> tuple[str, bool]:
    """The canonical region part and whether the name was placed by it."""
    parts: list[str] = []
    for k, token in enumerate(parsed.regions):
        written = text[token.start:token.end]
        if token.prefix is not None:
            if token.prefix.role == "home-zone" and k > 0:
                parts.append(written)  # `济宁高新区`: the city is written already
                continue
            filled = _fill_prefix(token.prefix, home, county)
            parts.append(filled if filled is not None else written)
            continue
        region = _regions.pick(token.word, home) if k == 0 else None
        if region is not None and region.level == "county" and token.word == region.name:
            parts.append(_county_place(region, home))
            continue
        parts.append(written)
    return "".join(parts), bool(parsed.regions)


def _unplaced(parsed: Parsed, home: Home, county: str | None) -> bool:
    """Whether a name opens with a word of the home (`市委`, `省委宣传部`) on a paper whose home lacks
    the place it needs (a national paper's `本报上海电`): written as it stands, as a known short
    form is (`市政府`), not half spelled out (`中共市委员会`)."""
    for k, token in enumerate(parsed.regions):
        if token.prefix is None or (token.prefix.role == "home-zone" and k > 0):
            continue
        if _fill_prefix(token.prefix, home, county) is None:
            return True
    return False


# what joins the two parts of a department's name (`农牧和科技局`, `工业信息化和商务局`)
_JOINED = "和"
# a legislature's term written before it (`十八届`, `第十八届`)
_TERM = compile_regex(r"第?[一二三四五六七八九十]+届")


def _link_text(text: str, link: Link, last: bool, spelled: bool = True) -> str:
    """A link as the name's seal spells it (`法院` → `人民法院`, `市委` → `市委员会`), or
    as written where the name is not spelled the mainland's way (`spelled` false)."""
    written = text[link.start:link.end]
    full = link.suffix.full
    if not full or not spelled or (link.suffix.word == "委" and not last):
        return written
    if link.suffix.cls == "shape":
        number = written[:-1]  # `县一中` → `第一中学`
        return (number if number.startswith(_ORDINAL) else _ORDINAL + number) + full
    body = written[: len(written) - len(link.suffix.word)]
    if link.suffix.cls == "dept" and body.endswith(_JOINED):
        return written  # `农牧和科技局`: after `和` a department's own name, no abbreviation of 科学技术局
    if link.suffix.kind == "government" and _TERM.fullmatch(body):
        body = ""  # `县十八届人大常委会` → `…县人民代表大会常务委员会`: the seal names no term
    return body + full


def _links_text(text: str, links: tuple[Link, ...], spelled: bool = True) -> str:
    """The links spelled out, the last one as a name's end."""
    if len(links) == 1:
        return _link_text(text, links[0], True, spelled)
    last = len(links) - 1
    return "".join(_link_text(text, link, k == last, spelled) for k, link in enumerate(links))


def _mainland_spelling(parsed: Parsed, home: Home) -> bool:
    """Whether a name is spelled as a mainland body's seal spells it (`…人民政府`,
    `…人民法院`, `中共…委员会`): a body of a Chinese division (a region or a home
    prefix of a mainland paper). A body of a country (`日本政府`), of Hong Kong, Macao
    or Taiwan (`台北市政府`, `終審法院` on a Hong Kong page), of the nation named as
    such (`中国政府`, `中央政府`), or placed by no region nor home keeps its own name."""
    scope = home_scope(home)
    division = False
    for token in parsed.regions:
        if token.prefix is None:
            province = _regions.province_of(_regions.pick(token.word, home))
            if province is not None and province.name in SCOPES:
                return False
            division = True
        elif token.prefix.role in OWN_NAMED:
            return False
        elif token.prefix.role != "national":
            division = division or scope is None  # `市`, `中共`: the home's, if it is the mainland's
    if parsed.regions:
        return division
    # no region: the home places it, when the home is the mainland's (`县法院` on a county paper)
    return scope is None and bool(home.city or home.province)


def _spells_committee(parsed: Parsed) -> bool:
    """Whether a link is a party body spelled out as a committee (`工委` → `工作委员会`)."""
    for link in parsed.links:
        if link.suffix.kind == "party" and link.suffix.full.endswith("委员会"):
            return True
    return False


def _is_party_committee(parsed: Parsed) -> bool:
    """`市委…`, `太原市委…`: a region followed by `委`."""
    first = parsed.links[0]
    return bool(parsed.regions) and first.suffix.word == "委" and first.start == first.suffix_start


def _party_school(text: str, parsed: Parsed) -> bool:
    """`县委党校`, `太原市委党校`: a region's committee's school is the party's, as its own name says
    (`中共平江县委党校`), though a school is an institution (heldout25, heldout31, heldout35, county_news)."""
    first = parsed.links[0]
    return (bool(parsed.regions) and len(parsed.links) == 1 and first.suffix.word == _PARTY_SCHOOL
            and text[first.start:first.suffix_start] == _COMMITTEE)


def _has_role(parsed: Parsed, role: str) -> bool:
    """Whether one of the name's region prefixes plays `role` (`people` for `市人大`)."""
    for token in parsed.regions:
        if token.prefix is not None and token.prefix.role == role:
            return True
    return False


def _kind(parsed: Parsed) -> OrgKind:
    last = parsed.links[-1].suffix
    kind = last.kind
    if last.word in vocabulary().branches:
        # a branch is what its bank is: `中国人民银行温州市分行` is the central bank's, a government body
        owner = (parsed._replace(end=parsed.links[-2].end, links=parsed.links[:-1]) if len(parsed.links) > 1
                 else None)
        owner_kind = _kind(owner) if owner is not None else parsed.alias.kind if parsed.alias is not None else kind
        if owner_kind == "government":
            return owner_kind
    if last.word == "委" and parsed.links[-1].start < parsed.links[-1].suffix_start:
        return "government"  # `市发展改革委`, `市卫生健康委`: a commission, not a party committee
    if parsed.regions:
        if _has_role(parsed, "people"):
            return "people"
        if kind == "government" and (_is_party_committee(parsed) or _has_role(parsed, "party")):
            return "party"
    return kind


_BRANCH_MARKS = ("分", "支")  # `分公司`, `支公司`: a unit of the company before it


def canonical_name(text: str, parsed: Parsed, home: Home, county: str | None) -> str:
    """The full name of one parsed name of `text`; `county` is the home district a
    `区`/`县` prefix stands for, if the article names one."""
    if parsed.alias is not None:
        if parsed.alias.kind == "company" and any(
                link.suffix.kind == "company" and link.start < link.suffix_start
                and link.suffix.word not in vocabulary().branches
                and not link.suffix.word.startswith(_BRANCH_MARKS) for link in parsed.links):
            # `上汽通用五菱汽车股份有限公司`, `一汽大众汽车有限公司`: a company whose own name
            # opens with another's short form is no unit of it (but `农行洛阳分行` is), nor
            # are that company's own units (`中国铁路上海局集团有限公司泰州站`)
            return text[parsed.start:parsed.end]
        filled = _fill(parsed.alias.template, home, county)
        written = text[parsed.start:parsed.links[0].start if parsed.links else parsed.end]
        head = filled if filled is not None else written
        links = parsed.links
        if links and links[0].start == links[0].suffix_start and head.endswith(links[0].suffix.word):
            links = links[1:]  # `比亚迪股份有限公司`: the listed name ends in its legal form already
        unit = _listed_unit(text, parsed.alias, links, home, county)
        if unit is not None:
            head, links = unit, links[1:]  # `卫福部疾管署` → `卫生福利部疾病管制署`
        # `农行洛阳分行` → `中国农业银行洛阳分行`
        return head + (_links_text(text, links) if links else "")
    listed = _listed_owner(text, parsed) or _state_marked(text, parsed)
    if listed is not None:
        return listed
    municipal = _municipal_department(text, parsed)
    if municipal is not None:
        return municipal
    if _unplaced(parsed, home, county):
        return text[parsed.start:parsed.end]
    region, placed = _region_text(text, parsed, home, county)
    first = parsed.links[0]
    body = text[first.start:first.suffix_start]
    short = None if placed else _short_city(body, home)
    # `芜湖中院` is the city's (芜湖市), not the county's that shares its short form (芜湖县);
    # only an abbreviated head is spelled out with the county (`西工法院`): a school named
    # after its county (`垫江中学`, `屯昌中学`) keeps its name as written
    shortened = (None if placed or short is not None or not first.suffix.full
                 else _regions.home_county(body, home))
    if shortened is not None:
        # `西工法院` in a Luoyang paper → `洛阳市西工区人民法院`: a district's short name
        region, placed = _county_place(shortened, home), True
        first = first._replace(start=first.suffix_start)
        parsed = parsed._replace(links=(first,) + parsed.links[1:])
    elif short is not None and first.suffix.full:
        # `襄阳中院` → `襄阳市中级人民法院`: an abbreviated body spelled out with its city
        region, placed = short.name, True
        first = first._replace(start=first.suffix_start)
        parsed = parsed._replace(links=(first,) + parsed.links[1:])
    spelled = _mainland_spelling(parsed, home)
    name = region + _links_text(text, parsed.links, spelled)
    if not spelled:
        return name
    if not placed and first.suffix.local and home.city:
        if not opens_with_place(text[first.start:first.suffix_start], home):
            name = (_own_place(home) or home.city) + name  # `双溪中学` → `屏南县双溪中学`
    school = _party_school(text, parsed)
    if (school or _is_party_committee(parsed) or _spells_committee(parsed)
            or (parsed.regions and parsed.regions[0].word == "中央" and _kind(parsed) == "party")):
        # `市直机关工委` → `中共济宁市直机关工作委员会`: a party committee spelled out is the party's
        if (_kind(parsed) == "party" or school) and not name.startswith(vocabulary().party_prefixes):
            name = _PARTY + name
    return name


def _listed_unit(text: str, owner: Alias, links: Sequence[Link], home: Home, county: str | None) -> str | None:
    """The full name of a listed unit written by its own short form right after its owner's
    (`卫福部` + `疾管署`: `卫生福利部疾病管制署` extends `卫生福利部`; `市府` + `农业局`), where
    the unit's row says it; None when the first link is no such unit."""
    if not links:
        return None
    written = text[links[0].start:links[0].end]
    unit = gazetteer().get(written)
    if unit is None and "{" in owner.template:
        # `市府環保局`, `縣府環保局` on a Taiwan paper: the unit's short form names its home
        # government's body only there (`{city}政府环境保护局`, a local form)
        form = vocabulary().local_forms.get(written)
        unit = dict(form.local).get(owner.scope) if form is not None else None
        unit = _under_government(unit, owner)
        filled, owner_filled = ((_fill(unit.template, home, county), _fill(owner.template, home, county))
                                if unit is not None else (None, None))
        if filled is None or owner_filled is None or filled == owner_filled or not filled.startswith(owner_filled):
            return None
        return filled
    if unit is None or unit.template == owner.template or not unit.template.startswith(owner.template):
        return None
    return _fill(unit.template, home, county)


# how a Taiwan government's template opens (`{city}政府`, `{county}政府`)
_GOVERNMENTS = ("{city}政府", "{county}政府")


def _under_government(unit: Alias | None, owner: Alias) -> Alias | None:
    """A Taiwan government's unit under the government written before it: `縣府環保局` is the
    county's `环境保护局` though the row says the city's (`{city}政府环境保护局`), as a
    `市府農業處` is the city's though the row says the county's."""
    if unit is None or owner.template not in _GOVERNMENTS:
        return unit
    for government in _GOVERNMENTS:
        if unit.template.startswith(government) and government != owner.template:
            return replace(unit, template=owner.template + unit.template[len(government):])
    return unit


def _listed_owner(text: str, parsed: Parsed) -> str | None:
    """A unit of a body the gazetteer lists, named after that body as written, takes
    the body's full name: `房屋委员会资助房屋小组委员会` → `香港房屋委员会…`."""
    if parsed.regions or len(parsed.links) < 2:
        return None
    written = text[parsed.start:parsed.links[0].end]
    owner = gazetteer().get(written)
    # a template (`{city}政府主计处`) names a body only on its own city's paper
    if owner is None or owner.template == written or "{" in owner.template:
        return None
    return owner.template + _links_text(text, parsed.links[1:])


# The words that mark a national organ as the state's (`国家工信部`, `中国文化和旅游部`): its
# canonical name is the organ's own, as the gazetteer's rows of jieba's (`国家教育部`, `国家财政部`)
# and of the former ministries (`中国交通部`) have it.
_STATE_MARKS = ("国家", "中国")


def _state_marked(text: str, parsed: Parsed) -> str | None:
    """A national organ the gazetteer lists, written after a word that marks it as the state's,
    takes the organ's full name (`国家工信部` → `工业和信息化部`)."""
    if len(parsed.regions) != 1 or len(parsed.links) != 1:
        return None
    region = parsed.regions[0]
    if region.prefix is None or region.prefix.role != "national" or region.word not in _STATE_MARKS:
        return None
    organ = gazetteer().get(text[region.end:parsed.end])
    if organ is None or organ.kind != "government" or organ.scope != "national":
        return None
    return organ.template


_MUNICIPALITY = "市"  # a Taiwan municipality (`高雄市`): its bureaus `局` are its government's
_BUREAU = "局"


def _municipal_department(text: str, parsed: Parsed) -> str | None:
    """`高市經發局` → `高雄市政府经济发展局`: a bureau written after a Taiwan municipality's
    short form is its government's (as the golds and the city's own site write it), spelled
    out by the city's row where it has one (`{city}政府经济发展局`)."""
    if len(parsed.regions) != 1 or len(parsed.links) != 1:
        return None
    prefix = parsed.regions[0].prefix
    if prefix is None or prefix.role != TAIWAN_SHORT or not prefix.template.endswith(_MUNICIPALITY):
        return None
    department = text[parsed.links[0].start:parsed.end]
    if not department.endswith(_BUREAU):
        return None
    form = vocabulary().local_forms.get(department)
    local = dict(form.local).get("tw") if form is not None else None
    if local is not None and local.template.startswith("{city}"):
        return local.template.replace("{city}", prefix.template)
    return prefix.template + "政府" + _links_text(text, parsed.links)


def _short_city(body: str, home: Home) -> _regions.Region | None:
    """The city or province whose short form is the whole body (`襄阳`), else None."""
    region = _regions.pick(body, home)
    if region is None or region.level == "county" or body != region.short or body == region.name:
        return None
    return region


# City and province names looked for at a body's start have two (`襄阳`) to eight
# characters (`新疆维吾尔自治区`); longer ones (`克孜勒苏柯尔克孜自治州`) are not looked for.
_PLACE_WIDTHS = range(2, 9)


def opens_with_place(body: str, home: Home | None) -> bool:
    """Whether a body opens with the name of a place that locates it: the home city or
    province (`绵阳中学` in a Mianyang paper), a county paper's own county, short or full,
    or any full city or province name; with no
    home, any city or province name, short or full.
    `朝阳社区` in a Taiyuan paper is not placed by the city of 朝阳."""
    names = _regions.by_name()
    if home is not None and body.startswith(_own_county_forms(home)):
        return True  # `垫江中学` in a Dianjiang paper, `屯昌中学` in a Tunchang one
    for width in range(_PLACE_WIDTHS[0], min(len(body), _PLACE_WIDTHS[-1]) + 1):
        head = body[:width]
        for region in names.get(head, ()):
            if region.level == "county":
                continue
            if head == region.name or home is None or region.name in (home.city, home.province):
                return True
    return False


def _own_county_forms(home: Home) -> tuple[str, ...]:
    """A county paper's own county, full and short (`垫江县`, `垫江`); none elsewhere."""
    own = own_county(home)
    if own is None:
        return ()
    shorts = {region.short for region in _regions.by_name().get(own, ())
              if region.level == "county" and region.short and len(region.short) > 1}
    return (own, *sorted(shorts))


def _home_counties(text: str, home: Home, zones: bool = True) -> list[tuple[int, str]]:
    """(end, `city + county`) of each district or county of the home city the article
    names, and (with `zones`) of each development zone run like one (`高新区` →
    `济宁高新区`, so that a later `区财政金融局` is the zone's)."""
    if home.province == TAIWAN:
        return taiwan_counties(text)  # `县府` after `屏东县政府`: Taiwan's counties are no divisions
    out = []
    for _, end, word in _regions.mentions(text):
        region = _regions.pick(word, home)
        if region is not None and region.level == "county" and word == region.name:
            city = _regions.city_of(region)
            if home.city is None or (city is not None and city.name == home.city):
                out.append((end, _county_place(region, home)))
    if zones:
        for word, prefix in vocabulary().prefixes.items():
            if prefix.role != "home-zone":
                continue
            filled = _fill(prefix.template, home, None)
            at = text.find(word)
            while filled is not None and at >= 0:
                out.append((at + len(word), filled))
                at = text.find(word, at + len(word))
        out.sort()
    return out


def _home_county(counties: list[tuple[int, str]], before: int) -> str | None:
    """The home district named last before `before` (for `区市场监督管理局`)."""
    k = bisect.bisect_right(counties, (before, "\uffff"))  # after every name ending at `before`
    return counties[k - 1][1] if k else None


# folding made the page's brackets ASCII; a registered name writes them full width
# (`湛江港（集团）股份有限公司`, `九龙巴士（一九三三）有限公司`)
_BRACKETS = str.maketrans("()", "（）")


def _full_width_brackets(canonical: str) -> str:
    return canonical.translate(_BRACKETS)


def canonical_names(text: str, names: Iterable[Parsed], home: Home, places: PagePlaces | None,
                    owned: Mapping[tuple[int, int], str]) -> Iterator[tuple[Parsed, str, OrgKind]]:
    """Each name of the article (in text order) with its canonical name and kind,
    coordination and earlier mentions taken into account. `owned` gives the full name
    the page writes a short one under, by its span."""
    coordinators = vocabulary().coordinators  # `市委组织部、宣传部`
    known: dict[str, str] = {}  # the text of a placed name, and of its tails → canonical
    previous: Parsed | None = None
    previous_effective: Parsed | None = None
    counties: list[tuple[int, str]] | None = None  # with development zones: `区财政金融局`
    districts: list[tuple[int, str]] | None = None  # without: where a street lies

    def districts_named() -> list[tuple[int, str]]:
        nonlocal districts
        if districts is None:
            districts = _home_counties(text, home, zones=False)
        return districts

    for parsed in names:
        county = None
        if _has_role(parsed, "home-county") or (parsed.alias is not None and "{county}" in parsed.alias.template):
            if counties is None:
                counties = _home_counties(text, home)
            # the district the article named last, else the paper's own county (`县委` on a county paper)
            county = _home_county(counties, parsed.start) or _own_place(home) or _taiwan_own_county(home)
        if parsed.alias is not None:
            kind = _kind(parsed) if parsed.links else parsed.alias.kind
            # `湘雅医院` after `中南大学湘雅医院`: the full name the article gave it
            canonical = (known.get(text[parsed.start:parsed.end]) if not parsed.links else None) or (
                _of_state(text, parsed) if _STATE in parsed.alias.template else canonical_name(
                    text, parsed, home, county))
            if len(parsed.links) == 1 and canonical is not None:
                # `縣府環保局` then `環保局`: the unit's own form names the government written first
                unit = text[parsed.links[0].start:parsed.end]
                if unit in vocabulary().local_forms:
                    known.setdefault(unit, canonical)
            yield parsed, _full_width_brackets(own_region_name(canonical, home)), kind
            previous = previous_effective = parsed
            continue
        effective = parsed
        if (not parsed.regions and previous is not None and previous.alias is None
                and previous_effective is not None and previous_effective.regions
                and text[previous.end:parsed.start] in coordinators
                and parsed.links[0].suffix.cls == "dept"):
            # `市委组织部、宣传部`: the second name shares the first one's owner
            effective = parsed._replace(regions=previous_effective.regions,
                                        links=previous_effective.links[:-1] + parsed.links)
        found = owned.get((parsed.start, parsed.end))
        if found is None and not effective.regions:
            found = _from_earlier(text, parsed, known, home, county)
        if found is None:
            found = canonical_name(text, effective, home, county)
            if not effective.regions:
                found = _with_district(text, parsed, found, home, places, districts_named)
        canonical = found
        kind = _kind(effective)
        if effective.regions:
            for link in parsed.links:
                known.setdefault(text[link.start:parsed.end], canonical)
        if parsed.regions:
            for k in range(len(parsed.links) - 1):
                # `章贡区南外街道濂溪社区` also places `南外街道`, for a later `南外街道办事处`
                head = parsed._replace(end=parsed.links[k].end, links=parsed.links[:k + 1])
                head_canonical = canonical_name(text, head, home, county)
                for link in head.links:
                    known.setdefault(text[link.start:head.end], head_canonical)
        canonical = _taiwan_township(canonical, text, parsed.start, home)
        yield parsed, _full_width_brackets(own_region_name(canonical, home)), kind
        previous, previous_effective = parsed, effective


_STATE = "{state}"  # an alias's slot for the country the article names last (`内阁` → `日本内阁`)
_STATE_REACH = 200  # characters read back for that country


def _of_state(text: str, parsed: Parsed) -> str:
    """`国会`, `内阁` named without their state: the state's body when the article names
    a country shortly before (`…日本…内阁` → `日本内阁`), else the name as written."""
    assert parsed.alias is not None
    written = text[parsed.start:parsed.end]
    if parsed.regions and parsed.regions[0].prefix is not None:
        return parsed.alias.template.replace(_STATE, parsed.regions[0].prefix.template)  # `以内阁` → `以色列内阁`
    countries, ends = vocabulary().countries, vocabulary().country_ends
    for q in range(parsed.start, max(0, parsed.start - _STATE_REACH), -1):
        for width in ends.get(text[q - 1], ()):
            if width <= q and text[q - width:q] in countries:
                return parsed.alias.template.replace(_STATE, text[q - width:q])
    return written


def _from_earlier(text: str, parsed: Parsed, known: dict[str, str], home: Home, county: str | None) -> str | None:
    """`朝阳社区` after `…南寨街道朝阳社区`, `老军营街道党工委` after `迎泽区老军营街道`."""
    for k in range(len(parsed.links) - 1, -1, -1):
        head = text[parsed.start:parsed.links[k].end]
        if head in known:
            rest = "".join(_link_text(text, link, j == len(parsed.links) - 1)
                           for j, link in enumerate(parsed.links) if j > k)
            return known[head] + rest
    first = parsed.links[0]
    form = _place_form(first.suffix.word)
    if form and form != first.suffix.word:
        # `南外街道办事处` after `章贡区南外街道…`: the office of a street placed earlier
        head = text[parsed.start:first.suffix_start] + form
        if head in known:
            tail = first._replace(start=first.suffix_start + len(form), suffix_start=first.suffix_start + len(form))
            rest = "".join(_link_text(text, link, j == len(parsed.links) - 1)
                           for j, link in enumerate((tail,) + parsed.links[1:]))
            return known[head] + rest
    return None


@functools.cache
def _place_after_county() -> regex.Pattern:
    """The levels below a county that the page may place under one (`章贡区南外街道濂溪社区`):
    a street, town or township, then optionally a community or village (`data/org_words.tsv`)."""
    vocab = vocabulary()
    townships = "|".join(map(regex.escape, vocab.townships))
    villages = "|".join(map(regex.escape, vocab.villages))
    return compile_regex(rf"""
        (?P<township> \p{{Han}}{{1,6}}? (?:{townships}) )  # 南外街道: a name of one to six characters
        (?P<village> \p{{Han}}{{1,6}}? (?:{villages}) )?   # then maybe 濂溪社区
    """, regex.VERBOSE)


def _place_form(suffix: str) -> str | None:
    """The level a suffix names: `街道办事处` is a `街道`, `社区居委会` a `社区`."""
    vocab = vocabulary()
    for form in vocab.townships + vocab.villages:
        if suffix.startswith(form):
            return form
    return None


@dataclass(frozen=True)
class PagePlaces:
    """Streets and communities the page names under a home district, by their own name:
    `南外街道` → `赣州市章贡区`, `福馨社区` → `柳州市鱼峰区箭盘山街道`."""

    within: dict


def page_places(page: str, city: str | None, province: str | None,
                mentions: Sequence[tuple[int, int, str]]) -> PagePlaces:
    """The streets and communities of a page, from its region `mentions`
    (`regions.page_mentions`): read once per page, every article of the page asks."""
    home = Home(city=city, province=province)
    seen: dict[str, set[str]] = {}
    for _, end, word in mentions:
        region = _regions.pick(word, home)
        if region is None or region.level != "county" or word != region.name:
            continue
        parent = _regions.city_of(region)
        if city is not None and (parent is None or parent.name != city):
            continue
        district = _county_place(region, home)  # `宜兴市杨巷镇`: a county-level city by itself
        match = _place_after_county().match(page, end)
        if match is None:
            continue
        seen.setdefault(match["township"], set()).add(district)
        if match["village"]:
            seen.setdefault(match["village"], set()).add(district + match["township"])
    # a name placed under two districts places nothing
    return PagePlaces({name: next(iter(v)) for name, v in seen.items() if len(v) == 1})


def _with_district(text: str, parsed: Parsed, canonical: str, home: Home,
                   places: PagePlaces | None, counties: Callable[[], list[tuple[int, str]]]) -> str:
    """A street or community named without its district (`古槐街道运河社区` →
    `济宁市任城区古槐街道运河社区`): the district the page names it under elsewhere, else
    the one home district the article names. Two districts in the article leave it as is
    (counterexample: `鼓楼区…、台江区…,南街街道` is a negative row)."""
    base = _own_place(home) or home.city  # what an unplaced local body was put under
    if not home.city or not base or not canonical.startswith(base):
        return canonical
    first = parsed.links[0]
    form = _place_form(first.suffix.word)
    if form is None or not first.suffix.local:
        return canonical
    rest = canonical[len(base):]
    if places is not None:
        key = text[first.start:first.suffix_start] + form
        if key in places.within:
            within = places.within[key]
            if base != home.city and within.startswith(home.city + base):
                within = within[len(home.city):]  # `临沂市沂水县沂城街道` on the 沂水县 paper
            return within + rest
    districts = {name for _, name in counties()}
    if len(districts) == 1:
        district = next(iter(districts))
        local = district[len(home.city):] if district.startswith(home.city) else district
        if district != base and not rest.startswith(local):
            return district + rest
    return canonical
