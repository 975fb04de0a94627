"""The basic text rules every stage shares: where sentences, clauses and phrases end, and
what a Han character is.

Extractors read folded text (`text.offsets.fold`), so full-width `，。！？；：` need no
entries of their own: `，！？；：` are already their ASCII twins, `。` and `、` have none.
"""
from __future__ import annotations

import re

from .precompiled import compile_pattern

# A sentence ends at a full stop, `!`, `?`, `;` or a paragraph break.
SENTENCE_END = "。!?;\n"
# A clause ends at a sentence end, a comma or a colon.
CLAUSE_END = SENTENCE_END + ",:"
# A noun phrase inside a clause also ends at an enumeration comma, a tab or a space
# (a headline separates its phrases with one: `全市GDP增长5.2% 居全省第二`).
PHRASE_END = CLAUSE_END + "、\t "

# The comma of a digit group (`5,000`, `1,234,567`; Hong Kong and Taiwan papers write them):
# a digit before it and exactly three after, so it ends no clause and no number.
DIGIT_GROUP_COMMA = compile_pattern(r"(?<=\d),(?=\d{3}(?!\d))")

SENTENCE_END_CHAR = compile_pattern("[" + re.escape(SENTENCE_END) + "]")
CLAUSE_END_CHAR = compile_pattern("[" + re.escape(CLAUSE_END) + "]")

# The Han script as code point ranges, for a character class: `re` has no `\p{Han}`.
# Whole blocks rather than the assigned characters, so that a new Unicode version (a new
# CJK extension in plane 2 or 3) needs no edit: plane 2 and plane 3 up to the Small Seal
# script (U+3D000, Unicode 17). tests/test_articles.py checks that they hold every
# character the installed `regex` calls Han, and besides them only unassigned code points.
HAN = ("\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
       "\U00016fe2-\U00016fe3\U00016ff0-\U00016fff\U00020000-\U0003cfff")
_HAN_CHAR = compile_pattern(f"[{HAN}]")


def is_han(ch: str) -> bool:
    """Whether `ch` (one character) is a Han character."""
    return _HAN_CHAR.match(ch) is not None
