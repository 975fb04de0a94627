"""Organizations: the names the grammar reads that are names of organizations.

`grammar.py` reads a name leftwards from every suffix of an article; here the names
that are generic groups (`各社区`, `研发中心`), titles (`《…》`) or honours are dropped,
competing readings are settled (`text/overlaps.choose`), a short name takes the full
one the page gives elsewhere (`弋矶山医院` → `皖南医学院弋矶山医院`), and `canonical.py`
spells each name out in full.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..context import Context
from ..models import DateMention, Home, Organization, OrgKind
from ..places.mentions import dateline_home
from ..text.dictionary import dictionary
from ..text.numerals import CN_DIGITS
from ..text.offsets import ArticleText
from ..text.overlaps import choose
from ..text.precompiled import compile_pattern
from ..text.rules import SENTENCE_END, SENTENCE_END_CHAR, is_han
from ..text.words import after_function_words, cut_at_both_ends, proper_word_in
from . import regions as _regions
from .canonical import canonical_name, canonical_names, opens_with_place, page_places
from .declared import Named, declarations, declared, declares
from .departments import county_departments
from .grammar import MAX_NAME, Article, Reader, name_part_ends
from .home import home_scope
from .parsed import Link, Parsed
from .productions import MEETING, congresses, missions, places_playing, teams
from .script import in_article_script, is_traditional
from .vocabulary import Alias, Suffix

_CLAUSE_END = SENTENCE_END  # a name's reach stops at a sentence end (text/rules.py)
_CLAUSE_END_CHAR = SENTENCE_END_CHAR
_AWARD_REACH = 40  # characters read either side of a name for an award clause


Owned = dict[tuple[int, int], str]  # a short name's span → the full name the page gives


def _find_candidates(doc: Article, owner: Callable[[str], str | None] | None = None) -> tuple[list[Parsed], Owned]:
    """Every parse that reads as a name, and the short names among them that the page
    writes under a parent elsewhere: `owner` gives that full name (`弋矶山医院` →
    `皖南医学院弋矶山医院`)."""
    reader = Reader(doc)
    out: list[Parsed] = []
    owned: Owned = {}
    for end, hits in sorted(doc.suffixes.items()):
        # only the longest suffix: `组建志愿服务队` is no `服务队` named `志愿`
        start, suffix = hits[0]
        if suffix.cls == "place":
            continue
        parsed = reader.parse(start, end, suffix)
        if parsed is None:
            continue
        # where a name with no region or alias starts once generic words are dropped
        name_start = _name_start(doc, parsed) if not parsed.regions and parsed.alias is None else parsed.start
        if _acceptable(doc, parsed, name_start):
            out.append(_trim_generic(parsed, name_start))
        elif _under_body(doc.text, name_start) and _acceptable(doc, parsed, name_start, owned=True):
            out.append(_trim_generic(parsed, name_start))  # `食物环境卫生署辖下食物安全中心`
        elif owner is not None and _acceptable(doc, parsed, name_start, owned=True):
            trimmed = _trim_generic(parsed, name_start)
            full = owner(doc.text[trimmed.start:trimmed.end])
            if full is not None:
                out.append(trimmed)
                owned[(trimmed.start, trimmed.end)] = full
    out.extend(congresses(doc))
    out.extend(teams(doc))
    out.extend(missions(doc))
    out.extend(places_playing(doc))
    parsed_spans = {(p.start, p.end) for p in out}
    for start, end, alias in doc.aliases:
        if alias.listed or "{" not in alias.template:
            # a known name as a whole (`北约`, `新华社`, `人保财险`): where it is a word of its own
            if _listed_stands(doc, start, end):
                out.append(_with_short_form(doc, Parsed(start, end, (), (), alias)))
        # `市政府` after a boundary (not in `城市政府`); `团市委` in `十四届团市委` where the grammar read it too
        elif doc.is_edge(start) or doc.region_at(start) is not None or (start, end) in parsed_spans:
            out.append(Parsed(start, end, (), (), alias))
    return _bodies_side_by_side(doc, _departments_joined(doc.text, out)), owned


_STATE_KINDS = frozenset(("government", "party"))


def _fixed_body(alias: Alias) -> bool:
    """A known state or party organ with a name of its own (`国务院`, `中央纪委`, `国家监委`), not
    one of a home's (`市政府`: a template)."""
    return alias.kind in _STATE_KINDS and "{" not in alias.template and alias.scope in _NATIONAL_SCOPES


_NATIONAL_SCOPES = ("", "national")


def _bodies_side_by_side(doc: Article, out: list[Parsed]) -> list[Parsed]:
    """Two national organs written together with no mark between them are two names: People's
    Daily writes joint issuers so in titles and leads (`中共中央国务院印发…`, `中央纪委国家监委网站`),
    where the grammar reads the second's last character as a suffix of the first (`中共中央` +
    `国务` + `院`). Not where the whole is a known name (`国务院国资委`), nor where the second is
    the first's own unit (its full name opens with the first's: `国务院扶贫办`)."""
    fixed = [(start, end, alias) for start, end, alias in doc.aliases if _fixed_body(alias)]
    if len(fixed) < 2:
        return out
    known = {(start, end) for start, end, _ in doc.aliases}
    pairs = {(first[0], second[1]): (first, second) for first in fixed for second in fixed
             if first[1] == second[0] and (first[0], second[1]) not in known
             and not second[2].template.startswith(first[2].template)}
    if not pairs:
        return out
    kept = [p for p in out if (p.start, p.end) not in pairs]
    spans = {(p.start, p.end) for p in kept}
    for first, second in pairs.values():
        for start, end, alias in (first, second):
            if (start, end) not in spans:
                kept.append(Parsed(start, end, (), (), alias))
                spans.add((start, end))
    return kept


def _with_short_form(doc: Article, name: Parsed) -> Parsed:
    """A state's known organ after its country's one-character form (`日外务省`, `俄国家杜马`,
    `以内阁`) is named with it, where the organ is that country's (`日本外务省`) or any
    state's (`{state}内阁`); a Chinese organ's name (`国务院`) is left as it is."""
    alias = name.alias
    if alias is None or alias.kind != "government" or name.start == 0:
        return name
    short = doc.short_form_at(name.start, name.end)
    if short is None or short.prefix is None:
        return name
    if not (alias.template.startswith(short.prefix.template) or _STATE in alias.template):
        return name
    return name._replace(start=short.start, regions=(short,))


_STATE = "{state}"  # `canonical._STATE`: an alias's slot for its country


def _departments_joined(text: str, out: list[Parsed]) -> list[Parsed]:
    """A Taiwan government's department written right after it is one name with it
    (`新竹縣政府社會處`, `縣府農業處`): the department's row (`{county}政府社会处`) says whose
    it is, so the government before it is no name of its own there."""
    departments = [p for p in out if p.alias is not None and "{" in p.alias.template
                   and not p.alias.template.endswith(_GOVERNMENT)]
    if not departments:
        return out
    joined: dict[int, Parsed] = {}  # the government's Parsed's id → the joined name
    for unit in departments:
        if any(p.start < unit.start and p.end >= unit.end for p in out):
            continue  # `新竹縣政府文化局`: the grammar read the whole already
        owners = [p for p in out if p.end == unit.start and text[p.start:p.end].endswith(_GOVERNMENT_END)]
        if owners:
            first = min(owners, key=lambda p: p.start)
            # the department as a link of its government, whose name the canonical keeps
            link = Link(unit.start, unit.end - 1, unit.end, _DEPARTMENT)
            for owner in owners:
                joined[id(owner)] = Parsed(first.start, unit.end, first.regions, first.links + (link,), first.alias)
            joined[id(unit)] = joined[id(first)]
    kept: list[Parsed] = []
    for p in out:
        name = joined.get(id(p), p)
        if name not in kept:
            kept.append(name)
    return kept


_GOVERNMENT = "政府"  # a template that names a government itself (`{county}政府`), not its department
_GOVERNMENT_END = "府"  # `新竹市政府`, `縣府`, `市府`
_DEPARTMENT = Suffix("处", "government", "dept", "-", "")  # `社會處`: no suffix elsewhere (`办事处`, `到处`)


_SHORT_NAME = 2  # characters of a listed name that may be the middle of two words (`民建` of `人民建议`)


def _listed_stands(doc: Article, start: int, end: int) -> bool:
    """Whether a gazetteer name (`北约`, `新华社`) names its body where it is written:
    not inside a title (`《人民日报》` is a paper's title), nor part of an ordinary word
    that runs over its edge (`农业农村部门`: `部门`; `村干部`), and, when it is short, a
    word of its sentence (`北大` in `在北大任教`, not `民建` in `人民建议`)."""
    if doc.title_spans and doc.in_title(start, end):
        return False
    if doc.titled.get(end) is False:
        return False  # `全国外交部长会议`: a class of posts
    text, vocab = doc.text, doc.vocabulary
    for rest in vocab.words_after.get(text[end - 1], ()):
        if text.startswith(rest, end):
            return False
    for width in vocab.words_before.get(text[start], ()):
        if width - 1 <= start and (text[start - width + 1:start + 1]) in vocab.overrunning:
            return False
    if _international(doc, end) and (_market(doc, start, end) or _STATES.match(text, end) is not None):
        return False  # `对欧盟出口`, `对东盟、欧盟进出口`, `东盟10国`: states, not their body
    if end - start <= _SHORT_NAME and is_han(text[start]):
        if text[start:end] in doc.township_names:
            return False  # `清华镇`, `三星鄉` (grammar._TOWNSHIP_HEADS)
        return cut_at_both_ends(text, start, end) or _beside_listed(doc, start, end)
    return True


_DIRECTIONS = "对向自从至到"  # before a market (`对欧盟出口`, `向东盟出口`, `自欧盟进口`)


_LISTED_WITH = "、和与及"  # between the bodies of a list of markets (`对东盟、欧盟进出口`)
# `东盟10国` (heldout16, heldout19 wire_news): a count of the body's member states, which names
# them; `成员国` does not decide (`海合会成员国` is the body's on heldout9/wire_news)
_STATES = compile_pattern(r"[0-9０-９一二三四五六七八九十]+个?国")


def _market(doc: Article, start: int, end: int) -> bool:
    """Whether a body of states at [start, end) is a market: a direction word before it and
    a word of trade after it (`对欧盟出口`), or after the list of such bodies it stands in
    (`对东盟、欧盟进出口`)."""
    text, vocab = doc.text, doc.vocabulary
    first = start
    while first > 1 and text[first - 1] in _LISTED_WITH and _international(doc, first - 1):
        first = doc.alias_at[first - 1].start
    if first == 0 or text[first - 1] not in _DIRECTIONS:
        return False
    starting = {s: e for s, e, alias in doc.aliases if alias.scope == "international"}
    last = end
    while last < len(text) - 1 and text[last] in _LISTED_WITH and last + 1 in starting:
        last = starting[last + 1]
    return text.startswith(vocab.market_words, last)


def _international(doc: Article, end: int) -> bool:
    found = doc.alias_at.get(end)
    return found is not None and found.alias is not None and found.alias.scope == "international"


def _beside_listed(doc: Article, start: int, end: int) -> bool:
    """Whether another listed name stands right before or after [start, end): the
    dictionary's one word for both (`中办国办`) is two names side by side."""
    return any(alias.listed and (e == start or s == end) for s, e, alias in doc.aliases)


def _first_body(parsed: Parsed) -> tuple[int, int]:
    link = parsed.links[0]
    return link.start, link.suffix_start


_NUMERALS = frozenset("0123456789" + CN_DIGITS + "十百千万")
_DATE_UNITS = frozenset("年月日号")
# `两所大学`, `12家医院` count bodies; a number of three digits or more names one
# (`二〇七所社区`)
_MAX_COUNT_DIGITS = 2
# A unit's body has two characters or more: `各社区`, `进社区` name no one.
_MIN_UNIT_BODY = 2
# A long generic head after a body this long is a name (`联邦贸易委员会`, `临时执政委员会`);
# shorter, it needs a region, a parent or a quote (`研发中心`, `三级医院`, `专门委员会`).
_NAMED_BODY = 4
_NAMED_HEAD = 3
_PROPER_HEAD = 1  # …a head of three characters or more: `所`, `部`, `中心` end too many phrases


def _name_start(doc: Article, parsed: Parsed) -> int:
    """Where the first body starts once a measure word after a number (`6家…`) and
    generic words (`全省性行业…`, `一些`) are dropped."""
    pos, body_end = _first_body(parsed)
    text = doc.text
    digits = pos
    while digits < body_end and text[digits] in _NUMERALS:
        digits += 1
    # `两所大学` counts schools; `二〇七所社区` is named after a number (three digits)
    counted = digits - pos <= _MAX_COUNT_DIGITS and (digits > pos or (pos > 0 and text[pos - 1] in _NUMERALS))
    if counted and digits < len(text) and text[digits] in doc.vocabulary.classifiers:
        pos = digits + 1
    elif pos < body_end and text[pos] in _DATE_UNITS and pos > 0 and text[pos - 1] in _NUMERALS:
        pos += 1  # `2025年城区小学`: the year's `年` belongs to the date, not the name
    while True:
        after = doc.generic_after(pos, body_end)
        if after == pos:
            break
        pos = after
    # `而国际游泳联合会`, `几家汽车公司`, `比如该银行`: a function word ends a name on its left
    if pos >= body_end:
        return pos
    # a page writes the same bodies again and again (`市委`, `县政府`): each is cut once
    body = text[pos:body_end]
    offset = doc.function_word_ends.get(body)
    if offset is None:
        start = after_function_words(text, pos, body_end)
        offset = doc.function_word_ends[body] = _after_verbs(doc, start, body_end) - pos
    return pos + offset


# What a body keeps after a verb inside it: a name's body of two characters or more
# (`屯门` of `扩建屯门医院`), or nothing (`控告` + `医院管理局`); one character is more
# likely the verb's own word than a name.
_AFTER_VERB = 2
_QUOTES = frozenset("“”「」『』")
_VERB_TAG = "v"
# jieba's nouns (n, ns, nr, nz…): one of one character before such a verb is a name's (`山推`)
_NOUN_TAG = "n"


def _after_verbs(doc: Article, start: int, end: int) -> int:
    """Where a body at [start, end) goes on after the last verb inside it, a word of its
    dictionary cut (`入禀控告医院管理局`, `斥资扩建屯门医院`, `仍可上诉最高法院`: what
    follows a verb is its object); `start` if it holds none. A verb that opens the body
    is `_opens_with_verb`'s; the verbs (`data/org_function_words.tsv`) are words no known
    name holds."""
    text, vocab = doc.text, doc.vocabulary
    if _QUOTES & set(text[start:end]):
        return start  # `“共享儿女”志愿服务队`: a quoted name holds what words it likes
    words = dictionary()
    pos, after, before = start, start, ""
    for word in words.cut(text[start:end], hmm=True):
        pos += len(word)
        if len(word) == 1:
            # `去保险公司`, `不受银行`, `靠拿银行`: a verb of one character, its object the rest of the
            # name; unless it makes a word with the suffix's first character (`分社`, `办厂`), or it
            # follows a character of a name (`山推工程机械股份有限公司`: 山推, a brand)
            if words.tag(word) == _VERB_TAG and (end - pos >= _AFTER_VERB or (
                    pos == end and end < len(text) and text[pos - 1:pos + 1] not in words)) and (
                    len(before) != 1 or not (words.tag(before) or "").startswith(_NOUN_TAG)):
                after = pos
        elif pos > start + len(word) and word in vocab.verbs and (end - pos >= _AFTER_VERB or pos == end):
            after = pos
        before = word
    return after


def _trim_generic(parsed: Parsed, pos: int) -> Parsed:
    """`一些社区` is no name; `全市XX医院` is `XX医院` (`pos`: its `_name_start`)."""
    if parsed.regions or parsed.alias is not None or pos == parsed.start:
        return parsed
    first = parsed.links[0]._replace(start=pos)
    return parsed._replace(start=pos, links=(first,) + parsed.links[1:])


def _acceptable(doc: Article, parsed: Parsed, name_start: int, owned: bool = False) -> bool:
    """Whether a parse is a named organization rather than a generic group, a title or an honour.

    `name_start`: its `_name_start` (for a name with no region or alias).
    `owned`: the page names it under a parent elsewhere, so a generic-looking head is a name."""
    if parsed.end - parsed.start > MAX_NAME:
        return False
    titled = doc.titled.get(parsed.end)
    if titled is not None:
        last = parsed.links[-1]
        if not (titled and (parsed.regions or parsed.alias is not None or len(parsed.links) > 1)):
            # `芬兰农林部长`, `市公安局长`: a whole name before a post ends there; `组织部长会议`,
            # `内政部长` (whose?) name no body
            return False
        if (len(parsed.links) > 1 or parsed.alias is not None) and last.start == last.suffix_start:
            # `市委委员`, `中共中央政治局委员`: the post's first character is no link of `市委`
            return False
    if _post_inside(doc, parsed):
        return False
    if _particle_clause(doc, parsed):
        return False
    if doc.title_spans and doc.in_title(parsed.start, parsed.end):
        return False  # inside 《…》
    first = parsed.links[0]
    if not parsed.regions and parsed.alias is None:
        if first.suffix.cls == "attached":
            return False
        body = first.suffix_start - name_start
        if first.suffix.cls == "unit" and body < _MIN_UNIT_BODY:
            return False  # `各社区`, `市级行业党委`, `进社区`
        if doc.generic_before(parsed.start):
            return False  # `各地教育局`
        if first.suffix.cls == "dept" and len(parsed.links) == 1 and not doc.is_edge(parsed.start):
            return False  # `各县区委组织部`: a department of an owner that is no name
        if (not owned and len(parsed.links) == 1 and first.suffix.bare == "-" and doc.text[first.start] != "“"
                and (body < _NAMED_BODY or len(first.suffix.word) < _NAMED_HEAD)
                and not opens_with_place(doc.text[first.start:first.suffix_start], None)
                and not _proper_body(doc, first, name_start)):
            # `研发中心`, `三级医院`, `问题办`: a generic head needs a region (`襄阳中院`),
            # a parent or a quoted name
            return False
        text = doc.text
        if _opens_with_verb(doc, name_start):
            return False  # `办好社区党校`, `扩大党`: a verb and its object
        if not owned and len(parsed.links) == 1 and text[name_start:parsed.end] in doc.vocabulary.class_nouns:
            # `保险公司`, `跨国公司`: a class of bodies (`data/org_class_nouns.tsv`); but `警察局`
            # after `高雄市政府警察局` is that one body
            return False
        if parsed.start > 0 and text[parsed.start - 1] == "“" and parsed.end < len(text) and text[parsed.end] == "”":
            return False  # `打造“友好社区”`: a quoted slogan, not a name
        if first.suffix.word == _COMPANY and len(parsed.links) == 1 and text.endswith(_ONE_PERSON, 0, parsed.start):
            return False  # `一名中介公司東主`: one person of some company, which the page leaves unnamed
    if _counted(doc.text, parsed.start) or _counted(doc.text, name_start):
        return False  # `三家财务公司`, `一間美國生物科技公司`: a count of bodies, a generic group
    if parsed.links and _group_of_bodies(doc.text, parsed.links[0], bool(parsed.regions)):
        return False  # `北京各大医院`, `全国十几所高等学校`: the place's bodies of a kind, no one of them
    if doc.honour_at(parsed.start):
        return False
    if doc.has_award() and _awarded(doc, parsed):
        return False
    return True


# The measure words that count bodies (`家`, `間`, `所`), and the numbers and amounts
# before them: a name right after them is one of a group (`三家财务公司`, `多間銀行`), not a
# named body. Persons' measure words are left out: `3名市公安局民警` names the bureau.
_BODY_MEASURES = "家间所"
_COUNTS = _NUMERALS | frozenset("两几多数")


# One person counted right before a company with neither a region nor a known name: the
# person is the page's subject and the company any one of its kind (`一名屋苑管理公司前經理`
# heldout13/hk_news, `一名地產代理公司前董事` heldout8/hk_news, `一名中介公司東主`
# heldout26/hongkong_news, `一名前物業管理公司經理` heldout28/hongkong_news); a page that names
# the company writes its staff after it (`某公司一名經理`), and one with a legal form
# (`有限公司`) is named.
_ONE_PERSON = "一名"
_COMPANY = "公司"


def _counted(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in _BODY_MEASURES and text[start - 2] in _COUNTS


_EACH = "各"  # every body of a kind: `北京各大医院`, `县城各饭店`


def _group_of_bodies(text: str, first: Link, after_region: bool) -> bool:
    """Whether a name's first body holds `各` (`新德里各大饭店`, `县城各饭店`: every body of a
    kind in a place), or, after a region, opens with a count of bodies (`全国十几所高等学校`,
    `县三所`: a number of one or two digits, or `几`, before a measure word, which may be the
    suffix's own first character); a number of three digits or more names one (`二〇七所`),
    as after no region, where `_counted` and `_name_start` read the count."""
    pos, body_end = first.start, first.suffix_start
    if _EACH in text[pos:body_end]:
        return True
    if not after_region:
        return False
    digits = pos
    while digits < body_end and text[digits] in _COUNTS:
        digits += 1
    return 0 < digits - pos <= _MAX_COUNT_DIGITS and text[digits] in _BODY_MEASURES



def _proper_body(doc: Article, first, name_start: int) -> bool:
    """Whether a generic head (`师范学校`, `水泥厂`, `新闻中心`) follows a body that holds a
    proper noun of the dictionary (`南海师范学校`, `琉璃河水泥厂`), which names one body;
    not a team (`非洲球队`), nor a head that is also a common word (`所`, `部`)."""
    head = first.suffix.word
    if head in doc.vocabulary.team_heads or head in doc.vocabulary.weak_heads:
        return False
    return proper_word_in(doc.text, name_start, first.suffix_start)


def _opens_with_verb(doc: Article, pos: int) -> bool:
    """Whether a verb of the dictionary starts at pos (`办好`, `扩大`: `data/org_function_words.tsv`)."""
    text, vocab = doc.text, doc.vocabulary
    if pos >= len(text) or text[pos] == "“":
        return False
    return any(text[pos:pos + width] in vocab.verbs for width in vocab.verb_starts.get(text[pos], ()))


_POST_WORD_REACH = 2  # characters either side of a post's end that may make one word (`长沙`)


def _post_inside(doc: Article, parsed: Parsed) -> bool:
    """A post inside a body, with more of the body after it, ends the name there: what
    follows is a person or a clause (`俄罗斯外长普里马科`, `国务院总理李强作政府`). A post
    right before the suffix names the post's office (`中央书记处`, `校长办公室`)."""
    post, text = doc.vocabulary.post, doc.text
    for link in parsed.links:
        if link.start > parsed.start and doc.titled.get(link.start):
            # a post that starts on the last link's suffix (`国防部长`) is one person's: a name
            # after it (`美国国防部长科恩`, `外交部长普里马科夫`) ends the body there, unless the
            # link is the post's office (`国防部长办公室`: a suffix right after the post), or the post's
            # last character starts a word of the body (`公司长沙站`: 长沙, no 司长)
            found = post.match(text, link.start - 1)
            if found is not None and (found.end() < link.suffix_start or link.end - link.suffix_start == 1) and (
                    not dictionary().word_across(text, found.end(), _POST_WORD_REACH)):
                return True
        if link.suffix_start - link.start > 2:
            found = post.search(text, link.start, link.suffix_start - 1)
            if found is not None and found.end() < link.suffix_start:
                return True
    return False


# `所` before a verb and `的` is the particle of a relative clause, not an office's head:
# `在南京所犯的罪行`, `金融危机所带来的影响`, `美国法律所基于的文化背景`. `研究所研制的`
# ends on a head of its own (`研究所`), and `农科所所长的` on a noun (`所长`).
_PARTICLE_HEAD = "所"
_PARTICLE_VERB_TAGS = frozenset(("v", "p"))  # jieba's verbs and prepositions (`基于`)
_CLAUSE_NOUN = frozenset("的之")  # what ends the clause: `所犯的`, `所共知之`
_PARTICLE_REACH = 4  # characters read after `所`: a verb of one or two, then `的`


def _particle_clause(doc: Article, parsed: Parsed) -> bool:
    """Whether a name read on the one-character head `所` is the particle's clause."""
    if not parsed.links or parsed.links[-1].suffix.word != _PARTICLE_HEAD:
        return False
    text, end = doc.text, parsed.end
    words = dictionary()
    cut = words.cut(text[end:end + _PARTICLE_REACH])
    return (len(cut) >= 2 and words.tag(cut[0]) in _PARTICLE_VERB_TAGS and len(cut[0]) <= 2
            and cut[1] in _CLAUSE_NOUN)


def _awarded(doc: Article, parsed: Parsed) -> bool:
    """`获得全国文明巾帼志愿服务阳光站…等荣誉称号`: a title given to a body is no body
    (asked only in an article that uses an award word, `Article.has_award`)."""
    text = doc.text
    # the clause around the name, at most 40 characters either side
    floor = max(0, parsed.start - _AWARD_REACH)
    lo = max(floor, 1 + max(text.rfind(ch, floor, parsed.start) for ch in _CLAUSE_END))
    ceiling = min(len(text), parsed.end + _AWARD_REACH)
    end = _CLAUSE_END_CHAR.search(text, parsed.end, ceiling)
    hi = end.start() if end is not None else ceiling
    vocab = doc.vocabulary
    return bool(vocab.award.search(text, lo, parsed.start) and vocab.title.search(text, parsed.end, hi))


def _preference(parsed: Parsed) -> int:
    """Between readings of one span: a known name as a whole (`中共中央办公厅`), then a
    known name with links (`中共中央` + `办公厅`), then a name the grammar read."""
    if parsed.alias is None:
        return 2
    return 1 if parsed.links else 0


def _resolve_overlaps(candidates: list[Parsed]) -> list[Parsed]:
    """Longest first, then leftmost, then a known alias; a kept name blocks any overlapping
    one (the package's one overlap rule, `choose`). In text order."""
    kept = choose([(c.start, c.end, _preference(c), c) for c in candidates])
    return [parsed for _, _, _, parsed in kept]


_UNDER = ("辖下", "辖下的")  # `X辖下Y`, `X辖下的Y`: Y is one unit of the body X


def _under_body(text: str, start: int) -> bool:
    """Whether a name starts right after `辖下` (`食物环境卫生署辖下食物安全中心`,
    `康乐及文化事务署辖下的启德公共图书馆`): the page names its parent, so a
    generic-looking head is that parent's own unit, as for a name the page owns."""
    return any(text.endswith(word, 0, start) for word in _UNDER)


_OWNER_LOOKS = 3  # occurrences of a short name searched for its parent
_OWNER_BUDGET = 16  # short names per article looked up on the page: each lookup reads the page


def _meeting(parsed: Parsed) -> bool:
    """A plenary session (`二十届四中全会`) blocks the names inside it but is no organization."""
    return parsed.alias is not None and parsed.alias.kind == MEETING


_SEATS = ("government", "party")  # bodies whose seat is named after them (`县府大礼堂`)


def _building(doc: Article, parsed: Parsed) -> bool:
    """A government's or party's name right before a building or site word (org_stop.tsv
    site: `縣府大禮堂` heldout42/taiwan_news, `市政府廣場` heldout10/tw_news, `葵涌海關大樓`
    heldout26/hongkong_news) names the building, no body; after any other kind of body the
    site keeps its owner (`县政务服务中心广场`, optional on heldout21/county_news)."""
    kind = parsed.links[-1].suffix.kind if parsed.links else parsed.alias.kind if parsed.alias else None
    if kind not in _SEATS:
        return False
    return any(doc.text.startswith(word, parsed.end) for word in doc.vocabulary.sites)


def _owner_lookup(ctx: Context) -> Callable[[str], str | None]:
    """`_owner_on_page` for one article, with a budget so that a page of many distinct
    generic heads (`甲研发中心`, `乙研发中心`, …) is not searched once per head."""
    budget = [_OWNER_BUDGET]

    def owner(name: str) -> str | None:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        return ctx.once(("owner", name), lambda: _owner_on_page(ctx.page, ctx.home, name,
                                                                ctx.once("function_word_ends", dict)))
    return owner


def _owner_on_page(page: str, home: Home, name: str, function_word_ends: dict[str, int] | None = None) -> str | None:
    """The canonical name of a longer name that ends with `name` as its last link,
    somewhere on the page: `皖南医学院弋矶山医院` for `弋矶山医院`. Only a window before
    each of the first few occurrences is read, so a page full of `医院` stays linear."""
    at, looks = page.find(name), 0
    ends = name_part_ends()
    while at >= 0 and looks < _OWNER_LOOKS:
        looks += 1
        if at == 0 or page[at - 1] not in ends:
            # a parent's name ends right before `name` with a suffix or a known name
            # (`皖南医学院` + `弋矶山医院`): without one, no window is read
            at = page.find(name, at + len(name))
            continue
        lo = max(0, at - MAX_NAME)
        doc = Article(page[lo:at + len(name)], function_word_ends=function_word_ends)
        for parsed in _resolve_overlaps(_find_candidates(doc)[0]):
            if (parsed.end == len(doc.text) and (len(parsed.links) > 1 or parsed.alias is not None)
                    and parsed.links and parsed.links[-1].start == at - lo
                    and parsed.start < at - lo):
                return canonical_name(doc.text, parsed, home, None)
        at = page.find(name, at + len(name))
    return None


def _declared_on_page(page: str, home: Home, function_word_ends: dict[str, int]) -> dict[str, tuple[str, OrgKind]]:
    """The short forms the page declares in brackets after a name (`declared.py`), with the
    name's canonical and kind: only a window before each such bracket is parsed."""
    out: dict[str, tuple[str, OrgKind]] = {}
    for at, short, said in declarations(page, MAX_NAME):
        if short in out:
            continue
        doc = Article(page[max(0, at - MAX_NAME):at], function_word_ends=function_word_ends)
        named = [p for p in _resolve_overlaps(_find_candidates(doc)[0]) if p.end == len(doc.text)]
        if named and declares(short, said, doc.text[named[0].start:]):
            for _, canonical, kind in canonical_names(doc.text, named[:1], home, None, {}):
                out[short] = (canonical, kind)
    return out


def _written(article: ArticleText, text: str, short: str) -> str:
    """`short` (folded) as the article writes it where it first stands."""
    at = text.find(short)
    return article.raw[at:at + len(short)]


def _article_home(dateline: str | None, home: Home) -> Home:
    """The dateline's home for a dispatch from another province, unless it is Hong Kong's, Macao's or
    Taiwan's where the paper's is not (or the reverse): a mainland page's `中新社澳门…电` still spells
    the region's bodies in full (`澳门特别行政区政府统计暨普查局`), as the paper does."""
    local = dateline_home(dateline, home)
    return local if home_scope(local) == home_scope(home) else home


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         dateline: str | None = None) -> tuple[Organization, ...]:
    """Every organization mention of the article, in text order. A dispatch datelined in another
    province (`新华社南宁12月16日电` on a national page, `新华社西宁…电` on a Yunnan one) names its
    dateline's bodies relatively (`自治区商务厅`, `省农业农村厅`): its own names are filled from the
    dateline's region (`places.mentions.dateline_home`); what the page declares stays the paper's."""
    date_ends = frozenset(local[1] for local in (article.to_local(d.start, d.end) for d in dates) if local is not None)
    doc = Article(article.text, home_scope(ctx.home), ctx.once("function_word_ends", dict), article.anchors, date_ends)
    candidates, owned = _find_candidates(doc, _owner_lookup(ctx) if ctx.page else None)
    names = [parsed for parsed in _resolve_overlaps(candidates) if not _meeting(parsed) and not _building(doc, parsed)]
    on_page = ctx.once("declared", lambda: _declared_on_page(
        ctx.page, ctx.home, ctx.once("function_word_ends", dict))) if ctx.page else {}
    if not names and not on_page:
        return ()
    traditional = is_traditional(article.raw, doc.text, home_scope(ctx.home) is not None)
    read: list[Named] = []
    if names:
        places = ctx.once("page_places", lambda: page_places(
            ctx.page, ctx.home.city, ctx.home.province,
            _regions.page_mentions(ctx.page) if ctx.page_regions is None else ctx.page_regions)) if ctx.page else None
        home = _article_home(dateline, ctx.home)
        for parsed, canonical, kind in canonical_names(doc.text, names, home, places, owned):
            if traditional:
                canonical = in_article_script(canonical, article.raw[parsed.start:parsed.end],
                                              doc.text[parsed.start:parsed.end], home_scope(ctx.home))
            read.append(Named(parsed.start, parsed.end, canonical, kind))
    if traditional:  # in the characters the article writes the short form in
        on_page = {short: (in_article_script(canonical, _written(article, doc.text, short), short,
                                             home_scope(ctx.home)), kind)
                   for short, (canonical, kind) in on_page.items() if short in doc.text}
    if on_page or "（" in doc.text or "(" in doc.text:
        read = sorted(read + declared(doc.text, read, on_page))
    if home_scope(ctx.home) == "tw":
        read = sorted(read + county_departments(doc.text, read))
    return tuple(Organization(**article.mention_fields(n.start, n.end), canonical=n.canonical, kind=n.kind)
                 for n in read)
