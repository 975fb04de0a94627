"""Credit lines: who wrote, reported, photographed a piece.

A byline is a run of role words (`记者`, `通讯员`, `摄`: `data/byline_roles.tsv`) and
personal names. Newspapers pad two-character names with a layout space so that they
line up with three-character ones (`张 慧`), so single characters separated by spaces
are glued back into names. A bare `(姓名)` with no role word is an author, but only
when every name starts with a known surname (`data/surnames.tsv`): `(待续)` is not a
byline.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import regex

from .. import lexicon
from ..text.dictionary import dictionary
from ..text.precompiled import compile_pattern, compile_regex
from . import credit_parts

BUCKETS = ("reporters", "correspondents", "photographers", "authors")

MIN_NAME, MAX_NAME = 2, 4  # a personal name: `王芳`, `欧阳娜娜`
MAX_SPACED_NAME = 3  # single characters in a row up to this many are one name (`张 小 明`), more are pairs
MIN_FREE_ROLE = 2  # a shorter role word (`文`, `图`) names a role only next to a mark (`文/图`)
MAX_CREDIT = 60  # characters inside a credit: a longer text is none
MAX_NAMES = 8  # a credit names no more people than this
MAX_CLOSING_CREDIT = 30  # characters of a credit closing a paragraph or a caption: `(周利芳)`, `张谢宏 摄`

# patterns of plain characters are `re` ones: it searches them several times faster
# than `regex`, which the patterns that need `\p{Han}` use
_HARD_SEPARATORS = compile_pattern(r"[、,,/|:;:]+")
_HAN_NAME = compile_regex(rf"\p{{Han}}{{1,{MAX_NAME}}}")  # a name or a piece of a spaced one
_HAN_RUN = compile_regex(r"\p{Han}+")
# the spaces of the patterns' `\s` (Unicode White_Space), which `str.strip()` would exceed (U+001C-U+001F)
_SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u2028\u2029\u202f\u205f\u3000"
# a parenthesised credit at the very end of a paragraph: `…的种子。(周利芳)`
_TRAILING = compile_regex(rf"[((]\s*(?P<inner>[^()()]{{{MIN_NAME},{MAX_CLOSING_CREDIT}}}?)\s*[))]\s*$")
_TAIL_WINDOW = 40  # a credit is short: look only at the end of a line (linear time)


@dataclass(frozen=True)
class Credit:
    """Names by role, layout spaces removed, in the order written."""

    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()

    def merged(self, other: Credit | None) -> Credit:
        """Both credits' names; a name this credit has already keeps its role
        (`新华社…电(记者 李 明)` … `(李 明)`: a reporter, not also an author)."""
        # a credit names no one twice in a role (`parse` and `merged` build them so):
        # when one side is empty, the other is the merge; most merges are such
        if other is None or not other:
            return self
        if not self:
            return other
        known = {n for b in BUCKETS for n in getattr(self, b)}
        return Credit(**{b: _unique(getattr(self, b) + tuple(n for n in getattr(other, b) if n not in known))
                         for b in BUCKETS})

    def as_dict(self) -> dict[str, list[str]]:
        return {b: list(getattr(self, b)) for b in BUCKETS}

    def names(self) -> frozenset[str]:
        """Everyone the credit names, whatever their role."""
        return frozenset(n for b in BUCKETS for n in getattr(self, b))

    def __bool__(self) -> bool:
        return bool(self.reporters or self.correspondents or self.photographers or self.authors)


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


@functools.cache
def _roles() -> Mapping[str, str]:
    """Role word → bucket ('-' for a word like 报道 that names no role; the loader checks them)."""
    return MappingProxyType({word: fields[0] for word, fields in lexicon.mapping("byline_roles").items()})


@functools.cache
def _photo_marks() -> tuple[str, ...]:
    """`data/photo_marks.tsv`, longest first; each must be a photographers' role word."""
    marks = tuple(sorted(lexicon.words("photo_marks"), key=lambda w: (-len(w), w)))
    wrong = [mark for mark in marks if _roles().get(mark) != "photographers"]
    if wrong:
        raise lexicon.LexiconError(f"data/photo_marks.tsv: {wrong} are no photographers' words of byline_roles.tsv")
    return marks


@functools.cache
def _photo_mark_reach() -> tuple[frozenset[str], int]:
    """The first characters of the marks, and how far from a line's end one of them
    stands when a mark ends it (the longest mark and a closing parenthesis)."""
    marks = _photo_marks()
    return frozenset(mark[0] for mark in marks), max(map(len, marks)) + 1


@functools.cache
def _picture_credited() -> regex.Pattern:
    """picture-word (separator | colon) after a caption's full stop: `圖：`, `圖／` open a picture's credit."""
    marks = f"{credit_parts.any_of('separator')}|{credit_parts.any_of('colon')}"
    return compile_regex(rf"\s*(?:{credit_parts.any_of('picture_word')})\s*(?:{marks})")


_STOCK_PICTURES = ("资料图片", "资料照片")  # a stock picture's mark, no one credited: `…总部大楼。资料图片`
_PICTURE_WORDS = ("图片", "照片")  # …and a body's own picture: `…学习的情况。(政府新闻处图片)`


def may_end_with_photo_credit(text: str) -> bool:
    """Can the text end with a photographer's credit (`摄`, `摄影` or `摄)` at its end)?
    A set test that spares most lines the credit pattern."""
    initials, reach = _photo_mark_reach()
    end = text.rstrip()
    if not initials.isdisjoint(end[-reach:]) or end.rstrip(")").endswith(_PICTURE_WORDS):
        return True
    stop = end.rfind("。", max(0, len(end) - MAX_CLOSING_CREDIT))
    if stop >= 0 and _picture_credited().match(end, stop + 1):  # `。圖：房屋署`, a body's picture
        return True
    if not end.endswith(")"):
        return False
    cut = end.rfind("(", max(0, len(end) - MAX_CLOSING_CREDIT - 2))  # `张三 摄(新华社发)`, `张三 摄(人民视觉)`
    # the mark before the parenthesis, or inside it before the day the picture was taken:
    # `(中央社记者王小明摄 114年3月5日)`, as Taiwan's Central News Agency credits its pictures
    return cut >= 0 and (cut > 0 and not initials.isdisjoint(end[max(0, cut - reach):cut])
                         or end[-2:-1] == "日" and not initials.isdisjoint(end[cut:]))


@functools.cache
def _role_prefix() -> re.Pattern:
    """A role word glued to the front of a name (`记者张慧`), longest word first (`re`:
    it looks for the first characters of the words before it tries them)."""
    words = sorted(_roles(), key=len, reverse=True)
    return compile_pattern("|".join(re.escape(w) for w in words))


@functools.cache
def _role_finals() -> frozenset[str]:
    return frozenset(word[-1] for word in _roles())


@functools.cache
def _role_initials() -> frozenset[str]:
    return frozenset(word[0] for word in _roles())


@functools.cache
def _not_in_credit() -> regex.Pattern:
    """A character no credit holds. A credit is role words and names (Chinese
    characters), spaces and separators: any other character (`。`, a digit, a quote)
    means the text is no credit, which rejects most lines of a page before they are
    cut into tokens. The spaces are those `str.split` cuts at (U+001C-U+001F are
    among them, though the pattern's whitespace class leaves them out)."""
    role_chars = "".join(sorted({ch for word in _roles() for ch in word}))
    return compile_regex(r"[^\p{Han}\s\x1c-\x1f、,,/|:;:" + regex.escape(role_chars) + "]")


def _has_role_word(text: str) -> bool:
    """Does a role word stand anywhere in the text? Most titles hold none of the
    characters role words end with (`者`, `员`, `摄`…), which a set test sees at once."""
    return not _role_finals().isdisjoint(text) and _role_prefix().search(text) is not None


MIN_INSTITUTION = 4  # a body named in a credit (`县文化馆`): longer than most names, which run 2–3


@functools.cache
def _institution_ends() -> tuple[str, ...]:
    """`data/credit_institutions.tsv`: the words a body's name ends with in a credit."""
    return tuple(sorted(lexicon.words("credit_institutions"), key=len, reverse=True))


@functools.cache
def _agencies() -> frozenset[str]:
    """`data/dateline_agencies.tsv`: 新华社, 中新社… (a picture they send: `新华社发`)."""
    return lexicon.words("dateline_agencies")


SENT = "发"  # `新华社发 张三 摄`: the agency or body that sends the picture


def is_sender(token: str) -> bool:
    """A credit token that names the agency or body sending a picture, not a person:
    `新华社发`, `中新社发`, `县融媒体中心发`."""
    body = token[:-1]
    return token.endswith(SENT) and (body in _agencies() or is_institution(body))


MAX_CHANNEL = 6  # `人民视觉`, `影像中国`: a picture agency or a photo column named after a credit


def _is_channel(text: str) -> bool:
    """What stands in parentheses after a photographer's mark: the agency that sends the
    picture (`新华社发`) or a short name of a picture agency or column (`人民视觉`)."""
    return is_sender(text) or len(text) <= MAX_CHANNEL and _HAN_RUN.fullmatch(text) is not None


def _without_sender(text: str) -> str:
    """`张 龙 摄(新华社发)` → `张 龙 摄`, `张 龙 摄(人民视觉)` → `张 龙 摄`, `新华社发(张 龙 摄)` →
    `(张 龙 摄)`: the agency that sends a picture, before or after its photographer's
    credit, is no name."""
    if not text.endswith(")"):
        return text
    cut = text.rfind("(")
    if cut > 0 and text[:cut].rstrip().endswith(_photo_marks()) and _is_channel(text[cut + 1:-1]):
        return text[:cut].rstrip()
    cut = text.find("(")
    return text[cut:] if cut > 0 and is_sender(text[:cut].rstrip()) else text


def is_institution(token: str, shortest: int = MIN_INSTITUTION) -> bool:
    """A credit token that names a body, not a person: `县融媒体中心`, `株洲日报`, `县文化馆`.

    Four characters at least and a body's last word: `李建社` (a name ending in 社) is too
    short to be taken for one. `shortest`: where nothing but a body stands (a handout's credit)."""
    return len(token) >= shortest and token.endswith(_institution_ends()) \
        and _HAN_RUN.fullmatch(token) is not None


# the dictionary's tags of a body's name (`旅游局`, `林业局`, `公安局`, `博物馆`), not a person's (`nr`)
_BODY_TAGS = frozenset({"n", "nt"})


def _known_body(token: str) -> bool:
    """A three-character credit token that names a body before a person: a body's last word ending a
    word the dictionary knows as a noun (`旅游局 何 卓 贤 摄`, heldout49/macau_news; `林业局 王 五 摄`, read
    as a second photographer before). Too short for `is_institution`, which a name ending in such a
    character would pass (`李建社`, no word of the dictionary)."""
    return len(token) == MIN_INSTITUTION - 1 and token.endswith(_institution_ends()) \
        and dictionary().tag(token) in _BODY_TAGS


@functools.cache
def _role_suffix() -> re.Pattern:
    """A role word of two characters or more ending a token (`株洲日报全媒体记者`)."""
    words = sorted((w for w in _roles() if len(w) >= MIN_FREE_ROLE), key=len, reverse=True)
    return compile_pattern("(?:" + "|".join(re.escape(w) for w in words) + ")$")


def ends_with_role(text: str) -> bool:
    """Does a role word of two characters or more end the credit (`记者林 雅 雯整理`, `张 三摄影`)?"""
    return _role_suffix().search(text.rstrip()) is not None


def _without_outlet(parts: list[str]) -> list[str]:
    """`濠江记者 黄 咏 诗`, `澎湃新闻记者 陈 斯 琪` → `记者 黄 咏 诗`: an outlet's name glued
    before the first role word, with names after it, says whom the reporter works for (a
    short name, `濠江`, is no body by its ending, as `株洲日报` is)."""
    first = parts[0] if len(parts) > 1 else ""
    m = _role_suffix().search(first) if len(first) > MIN_FREE_ROLE and first not in _roles() else None
    if m and m.start() >= MIN_OUTLET and _HAN_RUN.fullmatch(first[:m.start()]) and not _roles().get(parts[1]):
        return [m.group(), *parts[1:]]
    return parts


MIN_OUTLET = 2  # `濠江`: an outlet's shortest name before a role word


def _split_token(token: str) -> list[str]:
    """`本报记者王芳` → [`本报记者`, `王芳`]; `张三摄` → [`张三`, `摄`]; `株洲日报全媒体记者` →
    [`株洲日报`, `全媒体记者`] (a body before a role word).

    Only a role word of two characters or more is split off a name, and only before
    a surname: `文旅动态` is no `文` + `旅动态`.
    """
    roles = _roles()
    if token in roles or len(token) < 1 + MIN_NAME:  # too short for a role word and a name: most tokens (`张`, `慧`)
        return [token]
    m = _role_suffix().search(token) if len(token) > MIN_INSTITUTION and token[-1] in _role_finals() else None
    if m and is_institution(token[:m.start()]):
        return [token[:m.start()], m.group()]
    out: list[str] = []
    token = _without_glued_outlet(token)
    m = _role_prefix().match(token) if token[:1] in _role_initials() else None  # a name seldom starts like a role
    if m and len(m.group()) >= MIN_FREE_ROLE and len(token) - m.end() >= MIN_NAME \
            and _looks_like_person(token[m.end():]):
        out.append(m.group())
        token = token[m.end():]
    for suffix in _photo_marks():
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_NAME and roles.get(suffix):
            return out + [token[:-len(suffix)], suffix]
    return out + [token]


@functools.cache
def _glued_outlet() -> regex.Pattern:
    """outlet role name: a paper's name (it ends as data/credit_grammar.tsv's `outlet_end` says,
    `星港日报`) glued before a role word and a name (`星港日报记者陈明摄`)."""
    ends, roles = credit_parts.any_of("outlet_end"), one_of(_roles())
    outlet = rf"\p{{Han}}{{{MIN_OUTLET - 1},{MAX_OUTLET}}}?(?:{ends})"
    return compile_regex(rf"^{outlet}(?=(?:{roles})\p{{Han}}{{{MIN_NAME},}})")


MAX_OUTLET = 8  # `星港日报`, `香港商报`: a paper's name before a role word


def _without_glued_outlet(token: str) -> str:
    """`星港日报记者陈明摄` → `记者陈明摄`: the paper a credited person works for is no name (a role
    word the outlet would swallow, `本报记者`, stays whole)."""
    m = _glued_outlet().match(token) if len(token) > MIN_OUTLET + MIN_FREE_ROLE + MIN_NAME else None
    if m is None or token in _roles() or _role_prefix().match(token):
        return token
    return token[m.end():]


def _spaced_last(parts: list[str], p: int) -> list[str]:
    """`张 龙摄`, `林 志 明摄影`: the last character of a spaced name glued to a mark comes off it
    (after a lone character only: `拍摄` alone stays a word)."""
    part = parts[p]
    if p > 0 and len(parts[p - 1]) == 1 and len(part) >= 2 and part[1:] in _photo_marks():
        return [part[0], part[1:]]
    return [part]


def _lone(part: str) -> bool:
    """A spaced name's lone character, or its last one glued to a mark (`嘉摄` in `记者陈 嘉摄`)."""
    return len(part) == 1 or part[1:] in _photo_marks()


def _spaced_first(parts: list[str], p: int) -> list[str]:
    """`记者林 志 明`: a role word glued to the surname of a spaced name comes off it (before
    lone characters only, and only a known surname: `记者林` alone stays as written)."""
    part = parts[p]
    if len(part) < 1 + MIN_FREE_ROLE or p + 1 >= len(parts) or not _lone(parts[p + 1]) \
            or part[-1] not in _surnames():
        return [part]
    role = part[:-1]
    if role not in _roles() and p == 0:
        role = _outlet_role(role)  # `文汇报记者郑 家 明`: the outlet goes, as `_without_outlet` drops it
    return [role, part[-1]] if role in _roles() and len(role) >= MIN_FREE_ROLE else [part]


def _outlet_role(text: str) -> str:
    """`文汇报记者` → `记者`: a role word ending the text, after an outlet's name; else the text."""
    m = _role_suffix().search(text) if len(text) > MIN_FREE_ROLE else None
    if m and m.end() == len(text) and m.start() >= MIN_OUTLET and _HAN_RUN.fullmatch(text[:m.start()]):
        return m.group()
    return text


def _glued(run: list[str]) -> list[str]:
    """Single characters in a row as names: one name of up to three (or of four that are not
    two names, `_two_names`), else names of two or three characters, each opening with a surname
    where the cut allows it, a common one rather than a rare one (`徐 海 涛 陈 诺`: `徐海涛`,
    `陈诺`); when the surnames do not tell, pairs (`张 慧 李 敏`), the last name of three when
    the count is odd."""
    if len(run) <= MAX_SPACED_NAME or len(run) == MAX_NAME and not _two_names(run):
        # four characters are one name written in full, as Tibetan and Uyghur names are
        # (`次 仁 卓 玛`, `白 玛 卓 嘎`, `阿 依 古 丽`), unless they are two names that each
        # open with a surname, the second a common one (`刘 畅 王 磊`)
        return ["".join(run)]
    pairs = ["".join(run[i:i + MIN_NAME]) for i in range(0, len(run), MIN_NAME)]
    if len(pairs[-1]) == 1:
        pairs[-2:] = [pairs[-2] + pairs[-1]]
    cost = _surname_cost()

    def misses(names: list[str]) -> int:
        return sum(cost.get(name[0], NO_SURNAME) for name in names)

    best, fewest = pairs, misses(pairs)
    for cut in _cuts(len(run)):
        names = ["".join(run[a:b]) for a, b in itertools.pairwise(cut)]
        if misses(names) < fewest:
            best, fewest = names, misses(names)
    return best


def _two_names(run: list[str]) -> bool:
    """Are four spaced characters two names of two: both halves open with a surname, the second
    with a common one (`刘 畅 王 磊`, `卓 然 李 娜`)? A Tibetan or Uyghur name may open with a
    surname's character (`白 玛 卓 嘎`, `阿 依 努 尔`), but its second half then opens with a
    rare surname or none (`卓`, `努`)."""
    cost = _surname_cost()
    return run[0] in cost and cost.get(run[MIN_NAME], NO_SURNAME) == 0


COMMON_SURNAMES = 100  # the first rows of data/surnames.tsv: the most frequent surnames, most frequent first
NO_SURNAME = 3  # what a name opening with no surname costs a cut (a rarer surname costs 1, a common one 0)


@functools.cache
def _surname_cost() -> Mapping[str, int]:
    """Surname → 0 for the hundred most frequent (`冯`), 1 for a rarer one (`华`, also a given
    name's character): a cut whose names open with common surnames is likelier."""
    order = [row[0] for row in lexicon.rows("surnames")]
    return MappingProxyType({name: int(k >= COMMON_SURNAMES) for k, name in enumerate(order)})


@functools.cache
def _cuts(n: int) -> tuple[tuple[int, ...], ...]:
    """Every way to cut `n` characters into names of two or three: the cut points."""
    if n == 0:
        return ((0,),)
    return tuple((0, *(k + size for k in rest)) for size in (MIN_NAME, MAX_SPACED_NAME) if size <= n
                 for rest in _cuts(n - size))


def _names(tokens: list[str]) -> list[str] | None:
    """Glue single characters split by layout spaces (`张 慧` → `张慧`); None if not names."""
    names: list[str] = []
    run: list[str] = []
    is_name = _HAN_NAME.fullmatch
    for token in tokens:
        if not is_name(token):
            return None
        if len(token) == 1:
            run.append(token)
        elif len(run) == 1:  # `欧阳 娜娜`, `王 小明`: a lone surname before the rest of the name
            names.append(run.pop() + token)
        else:
            if run:
                names.extend(_glued(run))
                run = []
            names.append(token)
    if run:
        names.extend(_glued(run))
    for name in names:
        if not MIN_NAME <= len(name) <= MAX_NAME:
            return None
    return names


@functools.cache
def _surnames() -> frozenset[str]:
    return lexicon.words("surnames")


def _looks_like_person(name: str) -> bool:
    return name[:1] in _surnames() or name[:2] in _surnames()


def _spaced_out(name: str, text: str) -> bool:
    """Is the name written in the text one character at a time, layout spaces between
    (`格 桑`), as a paper pads a name, never a phrase? Role words spaced out (`(图 文)`) are none."""
    if len(name) < MIN_NAME or any(ch in _roles() for ch in name):
        return False
    spaced = r"\s+".join(map(regex.escape, name))
    return regex.search(rf"(?<!\S){spaced}(?!\S)", text) is not None


def is_personal_name(name: str, text: str) -> bool:
    """Is the name a person's: it opens with a known surname, or the layout spaced it out in the text."""
    return _looks_like_person(name) or _spaced_out(name, text)


def _is_role(part: str, by_mark: bool) -> bool:
    """`文`, `图` name a role only next to a mark (`文/图 王芳`, `图:李明`); inside a
    spaced name they are characters of it (`郑 文`)."""
    return part in _roles() and (len(part) >= MIN_FREE_ROLE or part in _photo_marks() or by_mark)


def _tokens(inner: str) -> list[tuple[bool, str]] | None:
    """(is a role word, text) of each piece of a credit; None when a piece is neither.

    Spaces may pad a name (`张 慧`), other separators (`、`, `/`, `,`) never do.
    """
    out: list[tuple[bool, str]] = []
    chunks = _HARD_SEPARATORS.split(inner)
    for c, chunk in enumerate(chunks):
        pending: list[str] = []
        # the short tokens (`张`, `慧`, `记者`), most of a credit's, are left whole by each step:
        # they are not passed to it
        parts = [part for raw in chunk.split()
                 for part in ((raw,) if len(raw) < 1 + MIN_NAME else _split_token(raw))]
        if c == 0:
            parts = _without_outlet(parts)
        parts = [piece for p, part in enumerate(parts)
                 for piece in ((part,) if len(part) < 1 + MIN_FREE_ROLE else _spaced_first(parts, p))]
        parts = [piece for p, part in enumerate(parts)
                 for piece in ((part,) if len(part) < 2 else _spaced_last(parts, p))]
        for p, part in enumerate(parts):
            by_mark = (p == 0 and c > 0) or (p == len(parts) - 1 and c + 1 < len(chunks)
                                             and not _ends_spaced_name(parts, p))
            if not pending and part not in _roles() and (is_institution(part) or is_sender(part)
                                                         or p + 1 < len(parts) and _known_body(part)):
                continue  # the body a person works for: `县融媒体中心 王 琳 摄` credits 王琳; `新华社发`
            if _is_role(part, by_mark):
                if pending:
                    names = _names(pending)
                    if names is None:
                        return None
                    out.extend((False, n) for n in names)
                    pending = []
                out.append((True, part))
            else:
                pending.append(part)
        if pending:
            names = _names(pending)
            if names is None:
                return None
            out.extend((False, n) for n in names)
    return out


def _ends_spaced_name(parts: list[str], p: int) -> bool:
    """Is the single character `parts[p]`, before a mark, the last of a name spaced out after its
    role word (`記者徐 乃 文／攝`, `記者鄭 雅 文／台南報導`: a role word named the person already,
    so `文` is no second role, as in `文/图 王芳`)?"""
    return p >= 2 and len(parts[p]) == 1 and len(parts[p - 1]) == 1 and parts[p - 1] not in _roles() \
        and any(part in _roles() and len(part) >= MIN_FREE_ROLE for part in parts[:p - 1])


def _parenthesized(text: str) -> str | None:
    """`(辛 欣)` → `辛 欣`: what one parenthesis holds, its inner spaces off; None unless the whole
    (stripped) text is one, with no parenthesis inside. String tests: a pattern's lazy scan
    for the closing mark costs several times more."""
    if not text.startswith("(") or not text.endswith(")"):
        return None
    inner = text[1:-1]
    if "(" in inner or ")" in inner:
        return None
    return inner.strip(_SPACES)


def parse(text: str, *, bare_ok: bool = True) -> Credit | None:
    """The credit of a whole byline (`记者 张 慧 通讯员 李 敏`, `(辛 欣)`), else None.

    `bare_ok`: accept names with no role word (only inside parentheses, and only
    names that start with a known surname).
    """
    text = _without_sender(text.strip())
    paren = _parenthesized(text) if text.startswith("(") else None
    inner = _without_place(paren if paren is not None else text)
    if not inner or len(inner) > MAX_CREDIT:
        return None
    if not (paren and bare_ok) and not _has_role_word(inner):
        return None  # names alone are a credit only in parentheses: a title is not
    if _not_in_credit().search(inner):
        return None
    tokens = _tokens(inner)
    if not tokens:
        return None
    roles = _roles()
    found: dict[str, list[str]] = {b: [] for b in BUCKETS}
    prefix: list[str] = []  # buckets named before the current names (`文/图` names two)
    last: list[str] = []  # the names of the latest group, for a role word after them
    after_role = True
    saw_role = False
    unprefixed: list[str] = []
    for k, (is_role, token) in enumerate(tokens):
        bucket = roles[token] if is_role else None
        if bucket is None:
            if after_role:
                last = []
            last.append(token)
            if not prefix:
                unprefixed.append(token)
            after_role = False
            for b in prefix or ["authors"]:
                found[b].append(token)
            continue
        saw_role = True
        if last and not after_role and _is_suffix(tokens, k):  # `张三 摄`: the role follows the names
            if bucket != "-":
                for b in BUCKETS:
                    found[b] = [n for n in found[b] if n not in last]
                found[bucket].extend(last)
        else:
            prefix = ([] if not after_role else prefix) + ([bucket] if bucket != "-" else [])
        after_role = True
    names = [n for b in BUCKETS for n in found[b]]
    if not names or len(names) > MAX_NAMES:
        return None
    if tokens[-1][0] and tokens[-1][1] in _photo_marks() and len(tokens) > 1 and not tokens[-2][0]:
        # `记者 赵 亮 通讯员 高 峰 摄`: the mark after the last name credits everyone named
        # (their roles say what they do at the paper); `文/图` credits stay as written
        if not any(roles[token] == "authors" for is_role, token in tokens if is_role):
            found = {b: [] for b in BUCKETS}
            found["photographers"] = [token for is_role, token in tokens if not is_role]
    if not saw_role and not (paren and bare_ok):
        return None
    # names with no role word before them must look like persons: `并上传拍摄` is no `并上传拍 摄`;
    # a name the layout spaced out is one whatever it opens with (`县融媒体中心 格 桑 摄`: Tibetan
    # names open with no surname)
    if not all(_looks_like_person(n) or _spaced_out(n, inner) for n in unprefixed):
        return None
    return Credit(*(_unique(found[b]) for b in BUCKETS))


@functools.cache
def dispatch_words(role: str) -> tuple[str, ...]:
    """`data/dispatch_words.tsv`: the words of one role (`reported`: `报导`; `agency_in_parentheses`:
    `中央社`; `paper_dispatch`: `报讯`; `bracketed_dispatch`: `消息`), longest first, for patterns and
    `str.endswith`."""
    return tuple(sorted((w for w, fields in lexicon.mapping("dispatch_words").items() if fields[0] == role),
                        key=lambda w: (-len(w), w)))


def one_of(words: Iterable[str]) -> str:
    """The words as alternatives of a pattern, longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _reported_from() -> regex.Pattern:
    """`/台中报导`: where a Taiwan paper's reporter wrote from."""
    return compile_regex(rf"\s*/\s*\p{{Han}}{{1,8}}?(?:{one_of(dispatch_words('reported'))})$")


@functools.cache
def _reported_from_spaced() -> regex.Pattern:
    """` 香港报道` after a layout-spaced name (`记者李 浩 然 香港报道`): where a Hong Kong paper's
    reporter wrote from. The names of such a credit are spaced one character apart, so a
    run of characters glued to the reporting word is the place, no name (`记者 张三 李四报道`,
    names written whole, keeps 李四)."""
    return compile_regex(rf"(?<=(?:^|\s)\p{{Han}})\s+\p{{Han}}{{2,4}}?(?:{one_of(dispatch_words('reported'))})$")


def _without_place(inner: str) -> str:
    """`记者 王小明/台中报导` → `记者 王小明`, `记者李 浩 然 香港报道` → `记者李 浩 然`: the place a
    story was reported from is no name."""
    if not inner.endswith(dispatch_words("reported")):
        return inner
    if "/" in inner:
        return _reported_from().sub("", inner)
    placeless = _reported_from_spaced().sub("", inner)
    return placeless if placeless != inner else _without_glued_report(inner)


def _without_glued_report(inner: str) -> str:
    """`本报记者 黄 美 玲报道` → `本报记者 黄 美 玲`, `记者李中文报道` → `记者李中文`: the reporting word
    glued to the last name says the names reported; it is no part of a name. A role word that
    ends with it (`摄影报道`) stays."""
    if any(inner.endswith(role) for role in _roles() if len(role) > 2 and role.endswith(dispatch_words("reported"))):
        return inner
    word = next(w for w in dispatch_words("reported") if inner.endswith(w))
    head = inner[:-len(word)]
    return head if _HAN_RUN.fullmatch(head[-1:]) else inner


def _is_suffix(tokens: list[tuple[bool, str]], k: int) -> bool:
    """The role word `tokens[k]` follows names and has none of its own after it (`张三 摄`)."""
    return k + 1 == len(tokens) or tokens[k + 1][0]


def trailing(text: str) -> tuple[int, Credit] | None:
    """A parenthesised credit at the very end of the text: (offset where it starts, credit).

    The caller checks what stands before it (layout: only after a full sentence).
    """
    if not text.rstrip().endswith(")"):  # the credit's closing parenthesis ends the text
        return None
    base = max(0, len(text) - _TAIL_WINDOW)
    m = _TRAILING.search(text, base)
    if not m:
        return _initial(text, base)
    credit = parse(m.group(), bare_ok=True) or _pen_name(m.group("inner"))
    if credit is None:
        return None
    return m.start(), credit


# one character in parentheses closing a text: `…維持原判。(芷)`, as Hong Kong papers sign a brief
# with one character of its writer's name (its caller checks that a full sentence stands before it)
_INITIAL = compile_regex(r"[((]\s*(?P<inner>\p{Han})\s*[))]\s*$")
_HAN_NUMERALS = frozenset("〇零一二三四五六七八九十百千两")  # `(三)`: a part's number


@functools.cache
def _no_initials() -> frozenset[str]:
    """Characters that close a text in parentheses and name no one: a serial's marks
    (`data/closing_marks.tsv`: `(下)`, `(完)`), jump words (`(续)`), role words (`(图)`), numerals."""
    jumps = lexicon.words("jump_markers")
    return frozenset(lexicon.words("closing_marks")) | frozenset(jumps) | frozenset(_roles()) | _HAN_NUMERALS


def _initial(text: str, base: int) -> tuple[int, Credit] | None:
    """`…維持原判。(芷)` → (offset, the author `芷`): the writer's initial closing the item."""
    m = _INITIAL.search(text, base)
    if m is None or m.group("inner") in _no_initials():
        return None
    return m.start(), Credit(authors=(m.group("inner"),))


def is_initial(credit: Credit | None) -> bool:
    """Is the credit one writer's initial alone (`(芷)`)?"""
    return credit is not None and len(credit.authors) == 1 and len(credit.authors[0]) == 1 \
        and not (credit.reporters or credit.correspondents or credit.photographers)


# the paper's own name and `报道` in parentheses, closing an item (`…寄发新例指引。(维港日报报道)`): the
# item is the paper's own, no one named; the name is a paper's (`…日报`, `…晚报`, `…时报`: it ends with 报)
@functools.cache
def _paper_tag() -> regex.Pattern:
    """tag := `(` outlet reporting-word `)` at the end (`(维港日报报道)`, `(本报报道)`)."""
    outlet = rf"(?: {credit_parts.any_of('own_outlet')} | \p{{Han}}{{1,10}} (?: {credit_parts.any_of('outlet_end')} ) )"
    return compile_regex(rf"[((] \s* {outlet} \s* (?: {one_of(dispatch_words('reported'))} ) \s* [))] \s* $",
                         regex.VERBOSE)


def paper_tag(text: str) -> int | None:
    """Where a tag naming the paper that reported the item (`(维港日报报道)`) closes the text, else None."""
    m = _paper_tag().search(text, max(0, len(text) - 20))
    return m.start() if m else None


MAX_BARE_CLOSING = 16  # characters of a credit closing a paragraph with no parentheses: `记者 黄 淑 仪`
# a credit after the paragraph's last full stop and a space, no parentheses: `…即场可获面试。 记者 黄 淑 仪`,
# or after the black square Hong Kong papers set before a credit (`■記者何 嘉 欣` on a line of its own):
# `…刑罰。■記者 李 志 強`
_BARE_TAIL = compile_regex(rf"(?<=[。!?”’])(?:\s+|\s*■\s*)"
                           rf"(?P<credit>[^\s。!?,;:()“”][^。!?,;:()“”]{{1,{MAX_BARE_CLOSING}}}?)\s*$")


def may_end_with_bare_credit(text: str) -> bool:
    """Can the text end with a credit after its last full stop and a space? A set test that
    spares most paragraphs the pattern: a role word's last character near the end."""
    return not _role_finals().isdisjoint(text[-MAX_BARE_CLOSING - 2:]) and _BARE_TAIL.search(
        text, max(0, len(text) - MAX_BARE_CLOSING - 4)) is not None


def bare_trailing(text: str) -> tuple[int, Credit] | None:
    """A credit that closes a paragraph after its full stop and a space, with no parentheses
    (`…即场可获面试。 记者 黄 淑 仪`, as Hong Kong papers sign an item): (offset, credit). Only a
    credit with a role word that names writers; one naming only photographers closes a caption."""
    m = _BARE_TAIL.search(text, max(0, len(text) - MAX_BARE_CLOSING - 4))
    if not m:
        return None
    credit = parse(m.group("credit"), bare_ok=False)
    if credit is None or not (credit.reporters or credit.correspondents or credit.authors):
        return None
    return m.start("credit"), credit


# a collective pen name spaced out as a person's name is: `(屏 宣)`, `沂 法`, `甬 关` (a place's
# one-character short form and the unit's: 屏南县委宣传部, 沂水县人民法院, 宁波海关)
_PEN_NAME = compile_regex(r"^\p{Han}\s+\p{Han}$")


def _pen_name(inner: str) -> Credit | None:
    """`屏 宣` closing a paragraph, two single characters spaced apart: the author's pen name,
    though its first character is no surname. Never a role word (`图 文`)."""
    inner = inner.strip()
    if not _PEN_NAME.match(inner) or any(part in _roles() for part in inner.split()):
        return None
    return Credit(authors=(inner[0] + inner[-1],))


@functools.cache
def _credit_tail() -> regex.Pattern:
    """A photographer's credit ending a caption: `…享受春光。 张谢宏 摄`, `(新华社记者 张三 摄)`,
    `新华社发(张三 摄)` (the sender before the parentheses: checked by `is_sender`)."""
    marks = "|".join(regex.escape(mark) for mark in _photo_marks())
    return compile_regex(rf"""
        (?: ^ | (?<= [\s。!?;,,…”’)\]] ) )          # at the start, or after a space or the caption's last mark
        (?P<sender> \p{{Han}}{{2,{MAX_CLOSING_CREDIT}}}? {SENT} (?= \s* [((] ) \s* )?   # 新华社发(…)
        [((]?
        (?P<credit>
            [^\s。!?;,,…”’()] [^。!?;,,…()]{{0,{MAX_CLOSING_CREDIT}}}?   # 新华社记者 张三: no sentence inside
            \s* (?: {marks} )                                          # 摄
        )
        (?: \s+ [0-9]{{2,4}} 年 [0-9]{{1,2}} 月 [0-9]{{1,2}} 日 (?= \s* [))] ) )?   # (中央社记者王小明摄 114年3月5日)
        [))]?
        (?: \s* \( (?P<sent_after> \p{{Han}}{{2,{MAX_CLOSING_CREDIT}}}? ) \) )?   # 张三 摄(新华社发), 张三 摄(人民视觉)
        \s* $
    """, regex.VERBOSE)



def photo_credit(text: str) -> tuple[int, Credit] | None:
    """`…享受春光。 张谢宏 摄` → (offset of the credit, photographers); else None."""
    if not may_end_with_photo_credit(text):
        return None
    base = max(0, len(text) - _TAIL_WINDOW)
    m = _credit_tail().search(text, base)
    if not m:
        return _provided(text, base)
    if m.group("sender") and not is_sender(m.group("sender").rstrip()) \
            or m.group("sent_after") and not _is_channel(m.group("sent_after")):
        return None
    credit = parse(m.group("credit"), bare_ok=False)
    if credit is None:
        # a body alone (`县文化和旅游局 供图`, `县文化馆供图`): a caption whose photographer is not named
        words = m.group("credit").split()
        if len(words) == 1:
            words = next(([words[0][:-len(mark)], mark] for mark in _photo_marks() if words[0].endswith(mark)), words)
        if len(words) == 2 and (is_institution(words[0]) or is_sender(words[0])) and words[1] in _photo_marks():
            return m.start(), Credit()
        return None
    if not credit.photographers:
        return None
    return m.start(), credit


# a stock picture (`…总部大楼。资料图片`, Hong Kong and Macao papers) credits no one: it closes a
# caption only right after the caption's full stop, never a phrase inside a sentence (`查阅资料图片`);
# nor does a picture that someone provided, as Taiwan papers credit it after the caption's full stop
# (`…老照片。圖／王 文 彬提供`, `…裝置作品。圖／高美館提供`): the provider is no photographer
@functools.cache
def _provided_pattern() -> regex.Pattern:
    """provided := `(`? picture-word 由 body provided `)`? | after the full stop: `(`? 资料 picture-word `)`?
                 | after the full stop: picture-word (separator | colon) provider provided
                 | after the full stop: picture-word (separator | colon) body (`。圖：房屋署`, `_provided` checks)"""
    pictures = credit_parts.any_of("picture_word")
    whole_pictures = one_of(w for w in credit_parts.parts()["picture_word"] if len(w) > 1)
    provided = credit_parts.any_of("provided")
    marks = f"{credit_parts.any_of('separator')}|{credit_parts.any_of('colon')}"
    provider, spaced_provider = rf"\p{{Han}}{{2,{MAX_CLOSING_CREDIT}}}", rf"[\p{{Han}}\s]{{2,{MAX_CLOSING_CREDIT}}}"
    return compile_regex(rf"""
        (?: ^ | (?<= [\s。!?;,,…”’)\]] ) )
        (?: [((]? (?: {whole_pictures} ) 由 {provider}? (?: {provided} ) [))]?   # (图片由县文化馆提供)
          | (?<= 。 \s* ) [((]? 资料 (?: {whole_pictures} ) [))]?                  # 。资料图片
          | (?<= 。 \s* ) (?: {pictures} ) \s* (?: {marks} ) \s* {spaced_provider}? (?: {provided} )   # 。图/X提供
          | (?<= 。 \s* ) (?: {pictures} ) \s* (?: {marks} ) \s* (?P<body> {provider} ) )           # 。圖：房屋署
        \s* $
    """, regex.VERBOSE)


# a body's own picture in parentheses after the caption's full stop (`…学习的情况。(政府新闻处图片)`, as
# Hong Kong papers credit a handout), or a picture the body provided (`…百年蓝衫。(新竹县政府提供)`, as
# Taiwan papers write `图/高美馆提供` without the parentheses): the body credits it as
# `(县农业农村局供图)` does, and as `资料图片` marks a stock picture; no photographer is named. Nothing
# but a body stands there, so three characters with a body's last word are one: Hong Kong departments
# go by such short names (`(渔护署图片)`; `食环署`, `屋宇署`, `运输署`, `渠务署` in the pages' text)
MIN_HANDOUT_BODY = 3
@functools.cache
def _body_picture() -> regex.Pattern:
    """handout := after the full stop: `(` body (picture-word | provided) `)` (`(渔护署图片)`, `(新竹县政府提供)`)."""
    ends = one_of([*(w for w in credit_parts.parts()["picture_word"] if len(w) > 1), *credit_parts.parts()["provided"]])
    return compile_regex(
        rf"(?<=。\s*)[((](?P<body>\p{{Han}}{{{MIN_HANDOUT_BODY},{MAX_CLOSING_CREDIT}}}?)(?:{ends})[))]\s*$")


def _provided(text: str, base: int) -> tuple[int, Credit] | None:
    """`…(图片由县文化馆提供)`, `…(政府新闻处图片)`: a caption whose picture a body or a person
    provides, no photographer named."""
    m = _provided_pattern().search(text, base)
    if m is not None and m.group("body") and not is_institution(m.group("body"), MIN_HANDOUT_BODY):
        return None  # `。圖：陳 志 偉` credits a person: a photographer's credit or none
    if m is None:
        m = _body_picture().search(text, base)
        if m is not None and not is_institution(m.group("body"), MIN_HANDOUT_BODY):
            return None
    return (m.start(), Credit()) if m else None


def quoted(credit: Credit, folded: str, raw: str) -> Credit:
    """The credit with its names as the caller wrote them (`陳明`, not the folded `陈明`).

    The names were read in `folded`, a line of folded text; `raw` is the same line as
    written (folding keeps every offset), so each name is sliced from `raw` where its
    characters stand in `folded`, layout spaces dropped."""
    if not credit or folded == raw:
        return credit

    def original(name: str) -> str:
        m = re.search(r"\s*".join(map(re.escape, name)), folded)
        return "".join(raw[m.start():m.end()].split()) if m else name

    return Credit(*(tuple(original(n) for n in getattr(credit, b)) for b in BUCKETS))
