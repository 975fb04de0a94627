"""The area a figure covers, when its clause says it: `全市共有220个…` → `全市`."""
from __future__ import annotations

import re

from ..text.rules import SENTENCE_END
from .windows import WINDOW

_SCOPE = r"(?:全|我|本)(?:国|省|市|区|县|州|盟|旗|镇|乡|街道|社区|村)"
# A scope is read back to the last sentence end, comma or colon (not 、:
# `全省小麦一、二类苗占比` keeps 全省).
_BOUNDARY = re.escape(SENTENCE_END + ",，:：")
_SCOPE_IN_CLAUSE = re.compile(rf"""
    (?>(?:.*[{_BOUNDARY}])?)     # past the last boundary; atomic: `.*` stays there, one try per figure
    .*?(?P<scope>{_SCOPE})       # the first scope word after it
""", re.VERBOSE | re.DOTALL)


def scope(text: str, start: int) -> str | None:
    """`全市共有220个…` → `全市`: the area a figure covers, when the clause says it."""
    found = _SCOPE_IN_CLAUSE.match(text, max(0, start - WINDOW), start)
    return found["scope"] if found else None
