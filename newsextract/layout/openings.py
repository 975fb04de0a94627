"""An item's opening credit as Hong Kong, Macao and Taiwan papers write it, composed from parts.

Each paper has its convention (`【本報記者 黃 美 玲報道】`, `〔記者林 志 明／台中報導〕`,
`星港日報記者 陳 家 豪報道：`, `【陳 怡 君／新竹報導】`, `【明報專訊】`), and each is one path
through the same few parts: an optional bracket, an optional outlet (`本報`, `…報`), an
optional role word (`記者`, `通訊員`), the names, an optional place after a separator or a
layout space, the reporting word, and what closes it (the bracket, a colon, or a space
before the text). Writing one pattern per paper let every new paper break the parser on
first sight; composing the parts reads a new combination of known parts as well as the
ones seen. The parts are data (`data/credit_grammar.tsv`, role words from
`data/byline_roles.tsv`, reporting words from `data/dispatch_words.tsv`); the productions
are here, compiled once.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from .. import lexicon
from ..text.precompiled import compile_regex
from . import bylines, credit_parts
from .credit_parts import brackets

MAX_PLACE = 8  # `台中`, `新竹`, `综合`: where a reporter wrote from
MAX_OUTLET = 8  # `星港日报`, `香港商报`, `on.cc东网`: a paper's name before its role word or dispatch
MAX_CREDIT = 40  # the longest credit in parentheses or before a reporting word
MAX_NAMES = bylines.MAX_NAMES
_WHOLE_NAME = r"\p{Han}{2,4}"  # `陈明`, `王小明`: a name written whole
_SPACED_NAME = r"\p{Han}(?:\s\p{Han}){1,3}"  # `林 志 明`, `陈 明`: a name the layout spaced out


def opens() -> str:
    """A pattern piece: any opening bracket."""
    return credit_parts.chars(brackets())


def closes() -> str:
    """A pattern piece: any closing bracket (the caller checks that it closes the one opened)."""
    return credit_parts.chars(brackets().values())


def closes_its_bracket(opening: str | None, closing: str | None) -> bool:
    """Does the closing bracket close the one opened (`【…】`, never `【…〕`)?"""
    return opening is None or brackets().get(opening) == closing


@functools.cache
def _credit_roles() -> tuple[str, ...]:
    """The role words that name who reported an item (`记者`, `本报记者`, `通讯员`), from byline_roles.tsv."""
    return tuple(sorted((w for w, fields in lexicon.mapping("byline_roles").items()
                         if fields[0] in ("reporters", "correspondents")), key=lambda w: (-len(w), w)))


def role_words() -> tuple[str, ...]:
    """The role words an opening credit may name, longest first."""
    return _credit_roles()


@functools.cache
def _reported() -> regex.Pattern:
    """opening := bracket? credit place? reporting-word closer
    credit  := (outlet? role)? names        (no role: bracketed, and a place named)
    place   := separator place | layout-space place (after a spaced name) | none
    closer  := the bracket's closing one | `:` | a space before the text (after a separated place)
    """
    p = credit_parts.parts()
    one = bylines.one_of
    outlet = rf"(?: {one(p['own_outlet'])} | [\p{{Han}}A-Za-z.]{{1,{MAX_OUTLET}}}? (?: {one(p['outlet_end'])} ) )"
    name = rf"(?: {_SPACED_NAME} | {_WHOLE_NAME} )"
    names = rf"{name} (?: \s* [、,] \s* {name} | \s+ {name} ){{0,{MAX_NAMES - 1}}}?"
    return compile_regex(rf"""
        ^ (?P<open> {opens()} )? \s*
        (?P<dateline>
            (?: (?P<outlet> {outlet} )? (?P<role> {one(_credit_roles())} ) \s* )?
            (?P<names> {names} )
            (?: \s* (?P<sep> {one(p['separator'])} ) \s* (?P<place> \p{{Han}}{{1,{MAX_PLACE}}}? )
              | (?<= \s \p{{Han}} ) \s+ (?P<place> \p{{Han}}{{2,4}}? )
              | \s* )
            (?: {one(bylines.dispatch_words('reported'))} )
        )
        (?(open) \s* (?P<close> {closes()} )
         | (?: \s* (?P<said> {one(p['colon'])} ) | (?(sep) (?= \s | $ ) | (?!) ) ) )
    """, regex.VERBOSE)


class Opening(NamedTuple):
    """An opening credit: where its dateline text stands in the line, and whom it names."""

    start: int
    end: int
    credit: bylines.Credit


def reported(text: str) -> Opening | None:
    """`〔记者林 志 明/台中报导〕`, `星港日报记者 陈 家 豪报道:`, `【陈 怡 君/新竹报导】`: the reporters
    who open an item and the span of their credit, else None."""
    m = _reported().match(text)
    if not m or not closes_its_bracket(m.group("open"), m.group("close")):
        return None
    role, names = m.group("role"), m.group("names")
    if role is None and not (m.group("open") and m.group("place")):
        return None  # names alone open an item only bracketed with their place: `【陈 怡 君/新竹报导】`
    if m.group("outlet") and not role:
        return None
    credit = bylines.parse(f"{role} {names}", bare_ok=False) if role else _bare(names)
    if credit is None or not (credit.reporters or credit.correspondents) or credit.photographers \
            or not all(bylines.is_personal_name(n, names) for n in (*credit.reporters, *credit.correspondents)):
        return None  # `记者会上,局长报导:`: a phrase after a role word names no one
    return Opening(m.start("dateline"), m.end("dateline"), credit)


def _bare(names: str) -> bylines.Credit | None:
    """`陈 怡 君`: names with no role word are reporters when each starts with a known surname."""
    credit = bylines.parse(f"({names})", bare_ok=True)
    if credit is None or not credit.authors or credit.reporters or credit.correspondents or credit.photographers:
        return None
    return bylines.Credit(reporters=credit.authors)


@functools.cache
def paper_dispatch() -> regex.Pattern:
    """outlet-opening := bracket outlet? paper-dispatch bracket-close
                          (credit-in-parentheses | role names reporting-word `:`)?
                       | outlet paper-dispatch credit-in-parentheses
    (`【明报专讯】`, `〔大公报讯〕`, `【香港商报讯】记者 … 报道:`, `香港文汇报讯(记者 …)`)."""
    p = credit_parts.parts()
    one = bylines.one_of
    words = one(bylines.dispatch_words("paper_dispatch"))
    reported_word = one(bylines.dispatch_words("reported"))
    parens = rf"(?: \s* [((] (?P<credit> [^()()]{{1,{MAX_CREDIT}}} ) [))] )?"
    return compile_regex(rf"""
        ^ (?: (?P<open> {opens()} ) \s* (?P<dateline> [\p{{Han}}A-Za-z.]{{1,{MAX_OUTLET}}}? (?: {words} ) ) \s*
              (?P<close> {closes()} )
              (?: \s* (?P<bare> [^()():]{{2,{MAX_CREDIT}}}? ) \s* (?: {reported_word} ) \s* {one(p['colon'])} )?
            | (?P<dateline> \p{{Han}}{{1,{MAX_OUTLET}}}? (?: {words} ) ) (?= \s* [((] ) )
        {parens}
    """, regex.VERBOSE)
