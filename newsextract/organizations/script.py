"""A canonical name written in the script of the article that names it.

The extractors read folded text (traditional characters folded to simplified), so a canonical
name comes out in simplified characters. A Hong Kong, Macao or Taiwan article names its bodies
in traditional characters, and so does its reader: `食物環境衞生署`, `臺中市政府`. On such an
article the canonical name is written back in traditional characters by OpenCC (a maintained
converter with phrase tables; a character table of our own cannot choose between `发`→`發`/`髮`),
in the regional standard of the paper's home (`s2hk`: `衞`, `s2tw`: `臺`), and the characters the
article itself wrote keep their form (`啟德公共圖書館`, not OpenCC's `啓德`).
"""
from __future__ import annotations

import functools
import operator
import threading
from itertools import compress
from typing import TYPE_CHECKING

from ..text.folding import folds, simplified_forms
from ..text.precompiled import compile_pattern

# OpenCC's configuration for each home scope (`home.home_scope`); any other home: plain `s2t`
_CONFIG = {"hk": "s2hk", "mo": "s2hk", "tw": "s2tw"}
_DEFAULT_CONFIG = "s2t"
# an article is in traditional script when 30 % or more of the characters that have a traditional form stand
# in it (the traditional fixture pages: 66-80 %, as some such characters are also traditional, 台,
# 后, 里; mainland pages and the 289 People's Daily articles: at most 4 %)
_TRADITIONAL_SHARE = 0.3
_MIN_TRADITIONAL = 2
if TYPE_CHECKING:
    import opencc
_HAN = compile_pattern("[\u4e00-\u9fff]")  # the unified ideographs a traditional character folds into
_LOCK = threading.Lock()  # one converter per configuration, shared across threads: calls serialised


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    """Imported on the first traditional-script article: a mainland page never pays for it."""
    import opencc
    return opencc.OpenCC(config)


def _convert(config: str, text: str) -> str:
    with _LOCK:
        return _converter(config).convert(text)


def is_traditional(raw: str, folded: str, regional: bool = False) -> bool:
    """Whether an article is written in traditional script: `raw` as written, `folded` the same
    text folded (one character for one). On a Hong Kong, Macao or Taiwan paper (`regional`) one
    traditional character is enough where the article has too few to count: a photo credit
    alone (`（衛生局提供）`, `（新竹縣政府提供）`) is written as the page around it."""
    if raw == folded:
        return False
    if len(raw) != len(folded):
        raise ValueError("is_traditional: the text and its folded form differ in length")
    # the folded characters where the text differs, picked in C (not a Python test per character
    # of the article), then those that are ideographs: the characters written in traditional form
    written = len(_HAN.findall("".join(compress(folded, map(operator.ne, raw, folded)))))
    if written < _MIN_TRADITIONAL:
        return regional and written > 0  # most mainland articles: no need to count what could be
    could = len(simplified_forms().findall(folded))
    return written >= _TRADITIONAL_SHARE * could


def in_article_script(canonical: str, written: str, read: str, scope: str | None) -> str:
    """`canonical` (simplified) in traditional script, keeping the mention's own characters
    where the canonical name contains the mention (`written` as on the page, `read` folded).
    A character OpenCC writes that does not fold back to the canonical's (`浚县` → `濬縣`: a
    variant, not a script) stays as it was, so the name folds back to the canonical."""
    converted = _convert(_CONFIG.get(scope or "", _DEFAULT_CONFIG), canonical)
    if len(converted) != len(canonical):
        return canonical
    mapping = folds()[0]
    converted = "".join(new if mapping.get(new, new) == old else old
                        for new, old in zip(converted, canonical, strict=True))
    at = canonical.find(read)
    if at >= 0 and len(written) == len(read):
        converted = converted[:at] + written + converted[at + len(read):]
    return converted
