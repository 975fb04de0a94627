"""Place mentions of an article: what counts as a place, and how each is resolved.

Candidates come from five readers, each one pass over the article:
- the division gazetteer: full names, short forms of provinces and cities (`太原`), former
  names (`芜湖县` → 湾沚区 with the year), and townships (`坞城街道`, placed in a county the
  article names, else the home's, else the only one of that name);
- home words: `我国`, `全国`, `中国` are the country; `我市`, `本省`, `全县` the paper's home;
- the vocabulary automaton: countries, world regions, foreign cities, rivers, lakes, seas,
  mountains (`data/place_names.tsv`), nicknames and old names of divisions (`蓉城`, `并州`);
- one-character abbreviations in context: a run (`京津冀`, `粤港澳`), or after a verb of
  movement (`赴京`, `援鄂`) when the character makes no word with the next one;
- shapes: a name before a place noun (`龙潭公园`, `迎泽大街`, `太原南站`): jieba cuts the few
  characters before the noun, and the name is the words after the last cue (`来到`) or
  verb, without generic modifiers (`城市公园` names none).

Not place mentions: anything inside an organization's name (`太原市图书馆` is one
organization, no place `太原市`) or inside a title (`《黄河大合唱》`); a name followed by
a word that makes it a title or brand (`黄河大合唱`, `长江杯`). Competing candidates are
settled by `text/overlaps.choose` (longest, then leftmost, then the reader's order above).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..anchors import Anchors
from ..context import Context
from ..models import Home, Organization, Place
from ..text.dictionary import dictionary
from ..text.offsets import ArticleText
from ..text.overlaps import Claimed, choose
from ..text.precompiled import compile_pattern
from . import gazetteer
from .vocabulary import abbreviations, named, ordinary_words, shapes

_COUNTRY = ("中国", "CN")
# `我国`, `全国`, `我市`, `本县`, `全区`: the country or the paper's home
# one character class then another, scanned in C; `我港`, `中省` and the like are dropped after
_HOME_WORD = compile_pattern(r"[我本全中祖][国省市县区港澳]")
# 本国 is "that country" in foreign news, no home word
_HOME_WORDS = frozenset({a + b for a in "我本全" for b in "国省市县区"} - {"本国"}
                        | {"本港", "全港", "本澳", "全澳", "中国", "祖国"})
_SPECIAL_REGIONS = {"港": "810000", "澳": "820000"}  # 本港, 全澳: Hong Kong's and Macao's own home words
_TITLE = compile_pattern(r"《[^《》\n]{0,60}》")
_MAX_NAME = 6  # characters read before a place noun for its name
_MIN_SHAPE_NAME = 2  # 龙潭公园; a single character (东路) names no place of its own
# After a verb of movement, a one-character abbreviation is a place: 赴京, 在沪, 援鄂, 进京
_MOVES = frozenset("赴进来抵离返入在驻援回访")
_NOT_AFTER = frozenset({"路线"})  # 巴士路线, 公交路线: a route, no road
_RUN_ALSO = frozenset("港澳川")  # strong in a run (港澳, 粤港澳, 川渝), though no place after a verb (在港口)
_OF = "之"  # literary 'of': 丝绸之路


class _Candidate(NamedTuple):
    start: int
    end: int
    rule: int
    place: dict


def _division_fields(division: gazetteer.Division, resolution: str) -> dict:
    current = gazetteer.current(division)
    return {"canonical": current.name, "code": current.code, "level": current.level, "kind": "division",
            "resolution": resolution, "changed": division.changed}


def _home_division(word: str, home: Home) -> gazetteer.Division | None:
    level = word[-1]
    county = getattr(home, "county", None)  # a county paper's home (issue 16), where the model has one
    if level == "省" and home.province:
        return gazetteer.pick(home.province, home)
    if level == "市" and home.city:
        return gazetteer.pick(home.city, home)
    if level == "县" and county and county.endswith("县"):
        return gazetteer.pick(county, home)
    if level == "区":
        if county and county.endswith("区"):
            return gazetteer.pick(county, home)
        if home.province and home.province.endswith("自治区"):
            return gazetteer.pick(home.province, home)
    return None


_EDGE = 4  # characters either side of a name that jieba reads to see whether a word starts with it


def _starts_word(text: str, start: int) -> bool:
    """Whether jieba starts a word where a name starts: `真金白银` holds no 白银, `孙中山`
    no 中山, `九龙城区` (Hong Kong) no 龙城区 (Liaoning)."""
    if start == 0 or not _word_across(text, start):
        return True  # no dictionary word crosses the start: the cheap test, true for most names
    lo = max(0, start - _EDGE)
    pos = lo
    for token in dictionary().cut(text[lo:start + _EDGE]):
        if pos >= start:
            return pos == start
        pos += len(token)
    return pos == start


def starts_word(text: str, start: int) -> bool:
    """Whether jieba starts a word where a name starts (`孙中山` holds no 中山)."""
    return _starts_word(text, start)


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether jieba starts a word at both ends of `text[start:end]`: `和政` (和政县) stands
    alone in `和政的`, not in `党委和政府`, whose 政府 crosses its end."""
    return _starts_word(text, start) and (end == len(text) or _starts_word(text, end))


def _word_starts(text: str) -> Callable[[int], bool]:
    """`_starts_word` of one text, each position asked once: a name is often read by
    several readings at one start (a division, a county's short form, a vocabulary name)."""
    known: dict[int, bool] = {}

    def starts(at: int) -> bool:
        found = known.get(at)
        if found is None:
            found = known[at] = _starts_word(text, at)
        return found
    return starts


def _word_across(text: str, at: int) -> bool:
    """Whether some dictionary word holds both `text[at - 1]` and `text[at]` (jieba's prefix
    dictionary: once a string is no key, no longer one from the same start is a word)."""
    return dictionary().word_across(text, at, _EDGE)


def _divisions(text: str, home: Home, out: list[_Candidate], starts: Callable[[int], bool],
               names: list[tuple[int, int]]) -> list[gazetteer.Division]:
    """Division names (`names`: the longest ending at each place, `Anchors.division_names`);
    returns the counties named, which place the townships."""
    counties = []
    for start, end in names:
        name = text[start:end]
        division = gazetteer.pick(name, home)
        if division is None or not starts(start):
            continue
        if division.level == "county" and _ordinary(name) and not _near_home(division, home):
            continue  # 老城区, 新城区: an ordinary word, a district only in its own city's paper
        resolution = ("former" if division.changed is not None else "name" if name == division.name else "short")
        out.append(_Candidate(start, end, 0, _division_fields(division, resolution)))
        if division.level == "county":
            counties.append(gazetteer.current(division))
    return counties


@functools.cache
def _home_county_shorts(city: str) -> tuple[tuple[str, gazetteer.Division], ...]:
    """Short forms of the home city's counties (`靖江` for 靖江市 in a Taizhou paper) that are
    no ordinary word: elsewhere county short forms are too often words (和平, 朝阳)."""
    home_city = gazetteer.pick(city)
    out = []
    if home_city is None or home_city.changed is not None:  # a former name is the city of no division
        return ()
    for division in gazetteer.counties_of_city(home_city.code):
        if division.short and not _ordinary(division.short):
            out.append((division.short, division))
    return tuple(out)


def _county_shorts(text: str, home: Home, out: list[_Candidate], starts: Callable[[int], bool]) -> None:
    if not home.city:
        return
    for short, division in _home_county_shorts(home.city):
        at = text.find(short)
        while at >= 0:
            if starts(at):
                out.append(_Candidate(at, at + len(short), 0, _division_fields(division, "short")))
            at = text.find(short, at + len(short))


_OLD_TOWN = "城区"  # 老城区, 新城区: a district named `X城区` that jieba knows is also "the old/new town"


def _ordinary(name: str) -> bool:
    """Whether a name is an ordinary word of jieba's dictionary (a verb, a common noun, `老城区`)."""
    words = ordinary_words()
    if name in words.verbal or name in words.nouns:
        return True
    return len(name) == len(_OLD_TOWN) + 1 and name.endswith(_OLD_TOWN) and bool(dictionary().get(name))


def _near_home(division: gazetteer.Division, home: Home) -> bool:
    city = gazetteer.city_of(division)
    return city is not None and city.name == home.city


def _townships(text: str, home: Home, counties: list[gazetteer.Division], out: list[_Candidate]) -> None:
    named_counties = {county.code for county in counties}
    home_city = gazetteer.pick(home.city, home) if home.city else None
    for start, end, name in gazetteer.township_mentions(text):
        if dictionary().get(text[end - 1:end + 1]):
            continue  # 发展乡村: 乡 starts the word 乡村
        found = gazetteer.townships_named(name)
        chosen = [t for t in found if t.county in named_counties]
        if not chosen and home_city is not None:
            chosen = [t for t in found if gazetteer.city_of(gazetteer.division(t.county)) == home_city]
        if not chosen and len(found) == 1:
            chosen = list(found)
        code = chosen[0].code if len(chosen) == 1 else None
        out.append(_Candidate(start, end, 0, {"canonical": name, "code": code, "level": "township",
                                              "kind": "division", "resolution": "name"}))


def _home_words(text: str, home: Home, out: list[_Candidate]) -> None:
    for match in _HOME_WORD.finditer(text):
        word = match.group()
        if word not in _HOME_WORDS:
            continue
        if word in ("中国", "祖国") or word[-1] == "国":
            out.append(_Candidate(match.start(), match.end(), 1, {
                "canonical": _COUNTRY[0], "code": _COUNTRY[1], "level": "country", "kind": "country",
                "resolution": "home" if word != "中国" else "name"}))
            continue
        special = _SPECIAL_REGIONS.get(word[-1])
        division = gazetteer.division(special) if special else _home_division(word, home)
        if division is not None:
            out.append(_Candidate(match.start(), match.end(), 1, _division_fields(division, "home")))


def _vocabulary(text: str, out: list[_Candidate], starts: Callable[[int], bool],
                names: list[tuple[int, int]]) -> None:
    """The names of `vocabulary.named` (`names`: the longest ending at each place,
    `Anchors.place_names`)."""
    table, named_entries = gazetteer.divisions(), named()
    for start, end in names:
        entry = named_entries[text[start:end]]
        if not starts(start):
            continue
        if entry.kind == "alias":
            division = table.get(entry.division)
            if division is not None:
                fields = _division_fields(division, "alias")
                fields["changed"] = entry.year
                out.append(_Candidate(start, end, 2, fields))
            continue
        level = "country" if entry.kind == "country" else None
        out.append(_Candidate(start, end, 2, {"canonical": entry.canonical, "code": entry.code or None,
                                              "level": level, "kind": entry.kind, "resolution": "vocabulary"}))


@functools.cache
def _abbreviation_runs() -> re.Pattern:
    return compile_pattern(f"[{re.escape(''.join(sorted(abbreviations()[0])))}]+")


def _abbreviations(text: str, out: list[_Candidate]) -> None:
    codes, after_verb = abbreviations()
    table = gazetteer.divisions()
    for match in _abbreviation_runs().finditer(text):
        run = match.group()
        strong = sum(ch in after_verb or ch in _RUN_ALSO for ch in run)
        # 京津冀, 川渝, 粤港澳, 港澳: a pair of two that stand for provinces on their own, or a run
        # of three with one; not 桂兰 (a given name: 兰 is Lanzhou only in runs)
        if (len(run) >= 3 and strong) or (len(run) == 2 and strong == 2):
            for k, ch in enumerate(run):
                out.append(_Candidate(match.start() + k, match.start() + k + 1, 3,
                                      _division_fields(table[codes[ch]], "abbreviation")))
        elif len(run) == 1 and run in after_verb and match.start() > 0 and text[match.start() - 1] in _MOVES:
            following = text[match.end():match.end() + 1]
            if dictionary().get(run + following):
                continue  # 在京剧, 来沪深: the character starts a word
            out.append(_Candidate(match.start(), match.end(), 3, _division_fields(table[codes[run]], "abbreviation")))


def _shape_name_start(text: str, noun_start: int, noun_end: int, divisions: dict[int, int]) -> int | None:
    """Where the name before a place noun starts, or None when there is none: also when
    the noun is the end of a word that starts inside the name (`套路`, `修路`, `道路`)."""
    lo = noun_start
    while lo > 0 and noun_start - lo < _MAX_NAME and _is_name_char(text[lo - 1]):
        lo -= 1
    if lo == noun_start:
        return None
    vocab = shapes()
    words = ordinary_words()
    pair = text[noun_start - 1:noun_end]
    if noun_end - noun_start == 1 and dictionary().get(pair) and pair not in words.places:
        return None  # 公交线路, 沿着马路, 发展新路, 一带一路: the noun ends a word (东路, 南路 are place words)
    if text[noun_start - 1] == _OF:
        return None  # 丝绸之路, 发展之路, 必由之路: `X之路` is a figure of speech
    tokens = []  # the words before the noun: jieba's cut of name and noun, clipped at the noun
    pos = lo
    for token in dictionary().cut(text[lo:noun_end + 1]):
        if pos < noun_start < pos + len(token):
            if token in words.idioms or len(token) == 2 and (token in words.verbal or token in words.nouns):
                return None  # 分流修路, 诈骗套路, 大街小巷: the noun ends a word or idiom (解放路 is a name)
            if pos + len(token) > noun_end:
                return None  # 卡路里: the noun is inside a longer word
            tokens.append(token[:noun_start - pos])
        elif pos < noun_start:
            tokens.append(token)
        pos += len(token)
    # the name is the words after the last cue (来到), or after a word of two characters or
    # more that is followed by a longer name (开展 + 迎泽): names are one or two words
    start = lo
    pos = lo
    for token in tokens:
        pos += len(token)
        if token in vocab.cues:
            start = pos
    name_tokens = []
    pos = noun_start
    for token in reversed(tokens):
        if pos - len(token) < start:
            break
        pos -= len(token)
        if token in vocab.generic:
            continue  # 城头山 + 遗址 + 公园: a generic word between name and noun counts for nothing
        name_tokens.append(token)
        if len(name_tokens) >= 2 or (len(token) >= 2 and len("".join(name_tokens)) >= 2):
            break
    start = pos
    # a division right before the noun, or before generic words only, starts the name
    # (太原南站, 泰州国际博览中心, 赣州高新区)
    for at in range(noun_start, max(lo, start - 1) - 1, -1):
        if at in divisions and _all_generic(text[at:noun_start]):
            start = divisions[at]
            break
    name = text[start:noun_start]
    if any(ch.isdigit() for ch in name):
        return None  # 11个街市, 3号路: a count or a number names no place here
    noun = text[noun_start:noun_end]
    following = text[noun_end:noun_end + 1]
    if following and ((len(noun) == 1 and noun != "路" and dictionary().get(noun + following))
                      or noun + following in _NOT_AFTER):
        return None  # 街市, 街头; 巴士路线: the noun starts another word
    while name:
        lead = next((name[:k] for k in range(min(len(name), vocab.longest_generic), 0, -1)
                     if name[:k] in vocab.generic), None)
        if lead is None:
            break
        name, start = name[len(lead):], start + len(lead)
    if len(name) < _MIN_SHAPE_NAME and start not in divisions.values():
        return None
    if not name:
        return None
    if start in divisions.values() or dictionary().get(text[start:noun_end]):
        return start  # 太原南站; 解放路, 人民广场: jieba knows the whole name
    core = "".join(reversed(name_tokens)) or name  # the name without generic words (城头山 of 城头山遗址)
    if core in words.verbal or core in words.function or core in words.nouns or any(
            token in words.verbal for token in name_tokens):
        return None  # 消费街, 去年城市公园, 重点景区, 回家路, 县县通高速: a verb or common word names no place
    return start


def _all_generic(words: str) -> bool:
    """Whether `words` is empty or made of generic modifiers only (国际, 体育)."""
    vocab = shapes()
    pos = 0
    while pos < len(words):
        step = next((k for k in range(min(len(words) - pos, vocab.longest_generic), 0, -1)
                     if words[pos:pos + k] in vocab.generic), 0)
        if not step:
            return False
        pos += step
    return True


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()


def _shapes(text: str, out: list[_Candidate], division_spans: list[tuple[int, int]]) -> None:
    vocab = shapes()
    ends = {end: start for start, end in division_spans}
    for match in vocab.nouns.finditer(text):
        start = _shape_name_start(text, match.start(), match.end(), ends)
        if start is None:
            continue
        kind = vocab.kinds[match.group()]
        name = text[start:match.end()]
        out.append(_Candidate(start, match.end(), 4, {"canonical": name, "code": None, "level": None,
                                                       "kind": kind, "resolution": "shape"}))


def candidates(text: str, home: Home, anchors: Anchors | None = None) -> list[_Candidate]:
    """Every reading of a place in `text`, before overlaps are settled; `anchors` is the
    text's one scan (`ArticleText.anchors`), made here when not given."""
    out: list[_Candidate] = []
    starts = _word_starts(text)
    anchors = anchors if anchors is not None else Anchors.of(text)
    counties = _divisions(text, home, out, starts, anchors.division_names)
    _county_shorts(text, home, out, starts)
    _townships(text, home, counties, out)
    _home_words(text, home, out)
    _vocabulary(text, out, starts, anchors.place_names)
    _abbreviations(text, out)
    _shapes(text, out, [(c.start, c.end) for c in out if c.rule == 0])
    return out


def read(text: str, home: Home, claimed: Sequence[tuple[int, int]] = (),
         anchors: Anchors | None = None) -> list[tuple[int, int, dict]]:
    """(start, end, fields) of the place mentions of `text`: candidates outside claimed spans
    (organizations, titles) and not followed by a title word, overlaps settled."""
    taken = Claimed([*claimed, *((m.start(), m.end()) for m in _TITLE.finditer(text))])
    work = shapes().work
    kept = [(c.start, c.end, c.rule, c.place) for c in candidates(text, home, anchors)
            if not taken.overlaps(c.start, c.end) and not work.match(text, c.end)]
    return [(start, end, fields) for start, end, _, fields in choose(kept)]


def dateline_home(dateline: str | None, home: Home) -> Home:
    """The home an article speaks from: a dispatch datelined elsewhere (`新华社郑州3月1日电`
    on a Mianyang page) says `全省` of its dateline's province and `全市` of its city."""
    if not dateline:
        return home
    for _, _, word in gazetteer.mentions(dateline)[:1]:
        division = gazetteer.pick(word, home)
        if division is None:
            continue
        city, province = gazetteer.city_of(division), gazetteer.province_of(division)
        if province is not None and province.name != home.province:
            return Home(city=city.name if city is not None else None, province=province.name)
    return home


def find(article: ArticleText, ctx: Context, *, organizations: Sequence[Organization] = (),
         dateline: str | None = None) -> tuple[Place, ...]:
    """The place mentions of one article, in text order; `dateline` is the article's
    (`Article.dateline`), whose place is the home of a dispatch from elsewhere."""
    text = article.text
    claimed = [article.to_local(org.start, org.end) for org in organizations]
    out = []
    home = dateline_home(dateline, ctx.home)
    for start, end, fields in read(text, home, [span for span in claimed if span is not None], article.anchors):
        # validated, though every field is known good: pydantic's validator (compiled) builds a
        # model ~3× faster than `model_construct`, which sets each field in Python
        out.append(Place(**article.mention_fields(start, end), **fields))
    return tuple(out)
