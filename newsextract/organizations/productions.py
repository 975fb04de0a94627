"""Names written after a pattern rather than a suffix: a party congress by its number
(`十五大`, `中共十五大`), a plenary session (`党的二十届三中全会`: a meeting, not a body,
so it only keeps `中共` inside it from being read and is never emitted), a term of the
national legislature (`九届全国人大`, `十三届全国人大常委会`, `九届全国政协`), and a team
named after its place (`中国队`, `巴西女队`, `中国女篮`, `北京国安队`).

Each production is one small pattern next to the function that reads it and gives a
`Parsed` name with its canonical template as an `Alias` (scope `production`), so that
the names compete with the grammar's under the one overlap rule (`names.py`). A
production runs only where the article holds the words it needs (`大`, `届`, a team's
head among the article's suffixes): no pass over an article that cannot hold one.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern
from ..text.words import FUNCTION_TAGS, after_function_words, function_word
from .grammar import Article
from .hints import matches_near, occurrences
from .parsed import Parsed
from .vocabulary import Alias, vocabulary

# The kind of a production that names a meeting (`二十届四中全会`), not a body: it wins
# its span under the overlap rule, so no name is read inside it, and is then dropped.
MEETING = "meeting"

# Chinese ordinals of a congress or a term: 一 … 九十九 (`十五`, `二十`, `十一`).
_NUMBER = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# the party that numbers its congresses; `党的` speaks of the same party (`党的十九大`)
_PARTY = "中国共产党"
_PARTY_FORMS = r"(?P<party>中国共产党|中共)?"

# `十五大`, `中共十五大`, `中国共产党第十五次全国代表大会`
_CONGRESS = compile_pattern(rf"""
    {_PARTY_FORMS}
    (?: 第? (?P<full>{_NUMBER}) 次全国代表大会      # 第十五次全国代表大会
      | (?P<short>{_NUMBER}) 大 (?![会学夫])       # 十五大, not 十大会, 五大学, 大夫
    )""", re.VERBOSE)
# what every congress holds (`次全国代表大会`, or `大` after a numeral): `_CONGRESS` opens with
# an optional group, so `re` tries it at every character; this pattern skips ahead in C
_CONGRESS_HINT = compile_pattern(r"[一二三四五六七八九十]大|次全国代表大会")
# how far before its hint a match may start: `中国共产党第二十五` before `五大`, before `次全国代表大会`
_CONGRESS_REACH = 9
_TERM_WORD = "届"  # what every plenum, session and term holds (`十五届`)
# how far before its `届` a plenum (`中国共产党第二十五`), a session (`市第二十五`) or a term may start
_TERM_REACH = 9
# `十五届三中全会`, `中共十八届三中全会`, `十九届中央委员会第四次全体会议`
_PLENUM = compile_pattern(rf"""
    {_PARTY_FORMS} 第? (?P<term>{_NUMBER}) 届
    (?: (?P<n>{_NUMBER}) 中全会
      | 中央委员会第 (?P<full>{_NUMBER}) 次全体会议 )""", re.VERBOSE)
# `九届全国人大`, `十三届全国人大常委会`, `第九届全国人民代表大会`, `九届全国政协`, `九届人大`
_TERM = compile_pattern(rf"""
    第? (?P<term>{_NUMBER}) 届 (?P<national>全国)?
    (?: (?P<npc>人大|人民代表大会) (?P<standing>常委会|常务委员会)?
      | (?P<cppcc>政协) )""", re.VERBOSE)

# `县十八届人大五次会议`, `市第十五届人民代表大会第三次会议`: a local congress in session
# is a meeting; its standing committee's sessions (`县十八届人大常委会第二十六次会议`) are not
_SESSION = compile_pattern(rf"""
    [省市州盟区县旗] 第? {_NUMBER} 届 (?:人大|人民代表大会) 第? {_NUMBER} 次会议""", re.VERBOSE)


@functools.cache
def _congress_next() -> tuple[str, ...]:
    """What may follow a congress named by its number alone (`十五大精神`, `十九大以来`):
    elsewhere `十二大` counts things (`十二大行业`). `data/org_words.tsv`, role
    congress_next."""
    return vocabulary().congress_next


def _bare_congress_stands(text: str, start: int, end: int, number: str) -> bool:
    """A congress written by its number alone (`十五大`, with no party before it) is one
    when its number has a 十 (the eleventh and later: `十大`, `三大` count things), no
    numeral or `第` stands before it, and the next word is one that speaks of a congress."""
    if "十" not in number or number == "十":
        return False
    if start > 0 and (text[start - 1] in "第一二三四五六七八九十0123456789"):
        return False
    if end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff"):
        return True
    return text.startswith(_congress_next(), end)


def _name(start: int, end: int, text: str, canonical: str, kind: str) -> Parsed:
    return Parsed(start, end, (), (), Alias(text[start:end], kind, canonical, "production"))  # type: ignore[arg-type]


def congresses(doc: Article) -> Iterator[Parsed]:
    """The party's congresses and plenary sessions, the legislature's terms and the
    sessions of a local congress (meetings, which block the body they name)."""
    text = doc.text
    if _CONGRESS_HINT.search(text):
        hints = (hint.start() for hint in _CONGRESS_HINT.finditer(text))
        for match in matches_near(_CONGRESS, text, hints, _CONGRESS_REACH):
            number = match["full"] or match["short"]
            if match["short"] and not match["party"]:
                after_party = match.start() >= 2 and text[match.start() - 2:match.start()] == "党的"
                if not after_party and not _bare_congress_stands(text, match.start(), match.end(), number):
                    continue
            yield _name(match.start(), match.end(), text, f"{_PARTY}第{number}次全国代表大会", "party")
    if _TERM_WORD not in text:
        return
    for match in matches_near(_PLENUM, text, occurrences(_TERM_WORD, text), _TERM_REACH):
        n = match["n"] or match["full"]
        yield _name(match.start(), match.end(), text, f"{_PARTY}第{match['term']}届中央委员会第{n}次全体会议", MEETING)
    for match in matches_near(_SESSION, text, occurrences(_TERM_WORD, text), _TERM_REACH):
        yield _name(match.start(), match.end(), text, match[0], MEETING)
    for match in matches_near(_TERM, text, occurrences(_TERM_WORD, text), _TERM_REACH):
        term = match["term"]
        if match["cppcc"]:
            if not match["national"]:
                continue  # `九届政协`: of which region?
            canonical = f"中国人民政治协商会议第{term}届全国委员会"
        else:
            canonical = f"第{term}届全国人民代表大会" + ("常务委员会" if match["standing"] else "")
        yield _name(match.start(), match.end(), text, canonical, "government")


_NATIONAL_TEAM = "国家"
_QUOTES = {"”": "“", "』": "『", "」": "「", "’": "‘"}
_QUOTE_REACH = 12  # characters a team's quoted name may have
_CLUB_NAME = range(1, 4)  # characters of a club's name between its place and `队` (`国安`)


def teams(doc: Article) -> Iterator[Parsed]:
    """`巴西队`, `中国女篮`, `印尼男队`, `北京国安队`, `“花儿”队`: a team's head (`队`,
    `女篮`…, among the article's suffixes), the words that say which team (`女子`,
    `足球`, `国家`: `data/org_words.tsv`, role team_word), and before them a quoted
    name or a place: a country, a province or city (`北京队`), `中国`. A club's own name
    may stand between the place and the head (`北京国安队`) when it is one or more
    words of the dictionary. Canonical: the name as written."""
    vocab = vocabulary()
    heads, words = vocab.team_heads, vocab.team_words
    text = doc.text
    for end, hits in doc.suffixes.items():
        for head_start, suffix in hits:
            if suffix.word not in heads:
                continue
            q = head_start
            for _ in range(3):  # `中国国家男子足球队`: at most three words
                word = next((w for w in words if text.endswith(w, 0, q)), None)
                if word is None:
                    break
                q -= len(word)
            start = _team_owner(doc, q)
            places_share = start is not None  # `丹麦、韩国队`; a club's name is its own (`郝海东，四川全兴队`)
            if start is None:
                start = _club(doc, q)
            if start is None and q == head_start and suffix.word in vocab.team_heads:
                start = _named_in_match(doc, q)
            if start is None and text.startswith(_NATIONAL_TEAM, q) and (q == 0 or doc.is_edge(q)
                                                                        or doc.generic_before(q)):
                start = q  # `国家队`, `国家女队`: the paper's nation's team
            if start is None:
                continue
            yield _name(start, end, text, text[start:end], "social")
            # `丹麦、韩国队`, `英格兰和苏格兰队`: places listed before a team are teams too
            while places_share and start > 1 and text[start - 1] in vocab.coordinators:
                before = _team_owner(doc, start - 1, places_only=True)
                if before is None:
                    break
                yield _name(before, start - 1, text, text[before:start - 1] + suffix.word, "social")
                start = before


def _team_owner(doc: Article, q: int, places_only: bool = False) -> int | None:
    """Where the place or quoted name that owns a team ends at q starts, if any."""
    text = doc.text
    if q <= 0:
        return None
    opening = None if places_only else _QUOTES.get(text[q - 1])
    if opening is not None:
        at = text.rfind(opening, max(0, q - _QUOTE_REACH), q - 1)
        return at if at >= 0 and "\n" not in text[at:q] else None
    token = doc.region_at(q)
    if token is None or token.end - token.start < 2:
        return None  # `市队`: a one-character prefix
    if token.prefix is not None and token.prefix.role not in ("country", "national"):
        return None  # `全国`, `我市`
    if token.prefix is not None and token.prefix.role == "national" and token.word != "中国":
        return None  # `国家队` is no team of `国家`
    return token.start


_CLUB_WIDTHS = range(2, 6)  # characters of a club's name with no place (`国安`, `皇家马德里`)
_SCORE = compile_pattern(r"\d+[∶:比]\d+")
# whether a text holds a `_SCORE` (`1∶0`): its mark between two digits. Opening with the mark,
# `re` skips to each mark in C, where `\d+` first is tried at every character (~4x slower)
_HAS_SCORE = compile_pattern(r"[∶:比](?<=\d.)(?=\d)")


def _named_in_match(doc: Article, q: int) -> int | None:
    """`国安队`, `切尔西队` with no place: a name of two to five characters from a
    boundary to `队`, in a sentence about a match (a score or a word such as `主场`,
    `进球`, `教练`: `data/org_words.tsv`, role match_word). Generic words (`该`,
    `两`, `我们`) and team words (`女`, `国家`) name no club."""
    text, vocab = doc.text, doc.vocabulary
    for width in _CLUB_WIDTHS:
        at = q - width
        if at < 0 or not ("\u4e00" <= text[at] <= "\u9fff"):
            return None
        if not doc.is_edge(at):
            continue
        if at > 0 and text[at - 1] in _NUMERALS and text[at] in vocab.classifiers:
            return None  # `48支代表队`, `56支村级代表队`: a count of teams, no club's name
        name = text[at:q]
        if (doc.generic_after(at, q) > at or name in vocab.team_words or name in vocab.strict
                or name[-1] in "的各该本两全主客球" or _count_of_teams(name) or not _plain_club(text, at, q)):
            return None
        lo = max(text.rfind(ch, 0, at) for ch in "。！？\n") + 1
        hi = min((i for i in (text.find(ch, q) for ch in "。！？\n") if i >= 0), default=len(text))
        sentence = text[lo:hi]
        if _HAS_SCORE.search(sentence) or _match_word().search(sentence):
            return at
        return None
    return None


_NUMERALS = frozenset("0123456789〇零一二三四五六七八九十百千万两")
# jieba's noun tags (n, nz, ns, nt…): a club's own name (`万达`, `五牛`, `国安`)
_NOUN_TAG = "n"
_VERB_TAG = "v"
_NUMERAL_TAG = "m"  # jieba's numerals, with their measure word (`三支`, `两个`)


def _count_of_teams(name: str) -> bool:
    """Whether a name before `队` that holds a numeral counts teams rather than naming a
    club: a digit, a numeral word first (`两个`, `三支代表`), or no noun of two characters or
    more among its words (`前三`, `共有十二`, `八国`); a club's name is a noun that holds a
    numeral (`万达`, `五牛`) or stands before one (`国安二队`, its second team). `八一`, a
    numeral alone, is read as a count too."""
    if not any(ch in _NUMERALS for ch in name):
        return False
    if any(ch.isdigit() for ch in name):
        return True
    words = dictionary()
    cut = words.cut(name)
    if (words.tag(cut[0]) or "").startswith(_NUMERAL_TAG):
        return True  # `三支代表队`: a count opens it
    return not any(len(word) > 1 and (words.tag(word) or "").startswith(_NOUN_TAG) for word in cut)


_LONG_VERB = 2  # characters of a verb that no club's name holds (`组成`); one may (`鲁能`)


def _plain_club(text: str, at: int, q: int) -> bool:
    """Whether `text[at:q]` may be a club's own name: it does not open right after a digit (`1月接`
    + `队`, `17人组成短网` + `队`: a date's or a count's word), and its dictionary cut holds no
    function word (`许多`, `几支`, `从`, `但`…`向`, `与其` of `加拿大与其国家队`) nor a verb of two
    characters (`组成`), which make it a clause about teams."""
    if at > 0 and text[at - 1].isdigit():
        return False
    if after_function_words(text, at, q) > at:
        return False
    words = dictionary()
    for word in words.cut(text[at:q]):  # no guessed words: `但弱` is `但` + `弱`
        found = words.tag(word)
        if (found == _VERB_TAG and len(word) >= _LONG_VERB) or (found in FUNCTION_TAGS and function_word(word, found)):
            return False
    return True


def _club(doc: Article, q: int) -> int | None:
    """`北京国安队`: a place, then a club's name of one to three characters that the
    dictionary cuts off as words, then `队`."""
    from ..text.words import cut_at_both_ends

    text = doc.text
    for width in _CLUB_NAME:
        at = q - width
        if at <= 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[at:q]):
            break
        owner = _team_owner(doc, at)
        if owner is not None and cut_at_both_ends(text, at, q) and _plain_club(text, at, q):
            return owner
    return None


# `中国驻美国大使馆`, `美国驻华使馆`, `中国驻斯特拉斯堡总领事馆`: a state's mission in a place
_MISSION = compile_pattern(r"""
    驻 (?P<where>[\u4e00-\u9fff]{1,8}?)
    (?P<head>大使馆|使馆|总领事馆|领事馆|代表处|商务处)""", re.VERBOSE)


def missions(doc: Article) -> Iterator[Parsed]:
    """A state's mission abroad (`中国驻埃及大使馆`): the state, `驻`, the place, the
    mission's head. The state is a country or `中国` right before `驻`; without one
    (`驻华使馆`) the name is left to the grammar. Canonical: as written."""
    text = doc.text
    if "驻" not in text:
        return
    for match in _MISSION.finditer(text):
        start = _team_owner(doc, match.start(), places_only=True)
        if start is not None:
            yield _name(start, match.end(), text, text[start:match.end()], "government")


_AGAINST = "对"  # `巴西对苏格兰`
_LIST_OF_TEAMS = 3  # places listed together in a sentence about a match: teams (`e组的美国、俄罗斯、立陶宛`)
_SCORE_REACH = 6  # characters between a score and the place it is against (`以1∶0小胜比利时`)


def places_playing(doc: Article) -> Iterator[Parsed]:
    """A country or a province standing for its team in a sentence about a match (a
    score or a word such as `决赛`, `主场`: role match_word): right after a verb of the
    match (`战胜丹麦`, `逼平摩洛哥`, `巴西对苏格兰`), after a score (`1∶0小胜比利时`), or
    one of three or more places listed together (`e组的美国、俄罗斯、立陶宛、西班牙`).
    A place before a player's word (`中国选手`, `美国的塞·威廉姆斯`) or after a word of
    place (`在美国`) is a nationality or a place. Canonical: the place and `队`."""
    text = doc.text
    match_word = _match_word()
    if not (_HAS_SCORE.search(text) or match_word.search(text)):
        return
    lo = 0
    for hi in [i for i, ch in enumerate(text) if ch in "。！？\n"] + [len(text)]:
        sentence = text[lo:hi]
        if _HAS_SCORE.search(sentence) or match_word.search(sentence):
            yield from _places_in_match(doc, lo, hi)
        lo = hi + 1


@functools.cache
def _match_word() -> re.Pattern:
    """Any word of a sentence about a match (`Vocabulary.match_words`): one scan, not one per word."""
    words = sorted(vocabulary().match_words, key=len, reverse=True)
    return compile_pattern("|".join(map(re.escape, words)))


def _places_in_match(doc: Article, lo: int, hi: int) -> Iterator[Parsed]:
    text, vocab = doc.text, doc.vocabulary
    places: list[tuple[int, int]] = []
    q = hi
    while q > lo:
        token = doc.region_at(q)
        if token is not None and token.start >= lo and _a_place(token):
            places.append((token.start, q))
            q = token.start
        else:
            q -= 1
    places.reverse()
    listed: set[tuple[int, int]] = set()
    run = [places[0]] if places else []
    for prev, cur in zip(places, places[1:], strict=False):
        if cur[0] - prev[1] == 1 and text[prev[1]] in vocab.coordinators:
            run.append(cur)
            continue
        if len(run) >= _LIST_OF_TEAMS:
            listed.update(run)
        run = [cur]
    if len(run) >= _LIST_OF_TEAMS:
        listed.update(run)
    starts = {start for start, _ in places}
    for start, end in places:
        after = text[end:end + 2]
        if end < len(text) and (text[end] in "队的人" or after in vocab.team_words or after in vocab.people
                                or text.startswith(vocab.players, end)):
            continue  # `中国队` (a team already), `中国选手`, `美国的…`
        before = text[max(lo, start - 4):start]
        playing = ((start, end) in listed or before.endswith(vocab.match_verbs)
                   or (end < hi and text[end] == _AGAINST and end + 1 in starts)
                   or (start > lo and text[start - 1] == _AGAINST and any(e == start - 1 for _, e in places))
                   or bool(_SCORE.search(text, max(lo, start - _SCORE_REACH), start)))
        if playing and not before.endswith(vocab.place_words):
            yield _name(start, end, text, text[start:end] + "队", "social")


def _a_place(token) -> bool:
    """A country, a province or city (full or short), or `中国`."""
    if token.prefix is None:
        return token.end - token.start >= 2
    return token.prefix.role == "country" or token.word == "中国"
