"""The area a figure covers, when its clause says it: `全市共有220个…` → `全市`."""
from __future__ import annotations

import re

from ..text.rules import SENTENCE_END
from .windows import WINDOW

_SCOPE = r"(?:全|我|本)(?:国|省|市|区|县|州|盟|旗|镇|乡|街道|社区|村)"
# The first scope word after the last scope boundary (`全省小麦一、二类苗占比`: not cut
# at 、): the atomic group keeps `.*` at that boundary, one match per figure.
_SCOPE_IN_CLAUSE = re.compile(rf"(?s)(?>(?:.*[{re.escape(SENTENCE_END + ',，:：')}])?).*?(?P<scope>{_SCOPE})")


def scope(text: str, start: int) -> str | None:
    """`全市共有220个…` → `全市`: the area a figure covers, when the clause says it."""
    found = _SCOPE_IN_CLAUSE.match(text, max(0, start - WINDOW), start)
    return found["scope"] if found else None
