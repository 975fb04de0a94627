"""jieba's dictionary and its cut, read a row at a time from `data/dictionary.tsv`.

The words, frequencies, tags and cuts are jieba's (`jieba.Tokenizer().lcut`, with or
without its hidden Markov model; tests/test_dictionary.py compares them), but jieba is
not imported: its first cut builds a prefix dictionary of 600,000 keys (0.6 s) and its
import loads pkg_resources, most of a first `extract()`, while a page asks about a few
hundred first characters. The rows are grouped by first character
(`scripts/build_dictionary.py`), and a row is parsed when its character is first met.
"""
from __future__ import annotations

import functools
from bisect import bisect_left
from math import log

from .. import lexicon
from .precompiled import compile_pattern

# jieba's blocks: what it cuts (`re_han_default`) and the spaces it keeps (`re_skip_default`);
# a one-character word it joins to the next one (`re_eng`); what its model reads (finalseg)
BLOCK_CHARS = "\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-"  # a character of no block is a token of its own
_BLOCK = compile_pattern(f"([{BLOCK_CHARS}]+)")
_SPACE = compile_pattern(r"(\r\n|\s)")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_MODEL_HAN = compile_pattern("([\u4E00-\u9FD5]+)")
_MODEL_SKIP = compile_pattern(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")

_STATES = "BMES"  # begin, middle, end of a word; a single-character word
_PREVIOUS = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}  # the states a state may follow
_MIN_FLOAT = -3.14e100  # jieba's log-probability of what its model has not seen
_MAX_ABSENT = 200_000  # misses kept (`Dictionary._absent`), some 20 MB at most
_SEARCHES = 32  # a row is searched this many times for what is not known of it, then parsed
# `Dictionary._weights`: a word's weight is its log-probability (at most 0); these mark the rest
_PREFIX = 1.0  # no word, but some word starts with it
_NO_WORD = 2.0  # no word starts with it
_MAX_WEIGHTS = 200_000  # pieces kept (`Dictionary._weights`), some 20 MB at most


class Dictionary:
    """jieba's prefix dictionary (word → frequency; a prefix of a word → 0), a row at a time."""

    def __init__(self) -> None:
        self._rows = lexicon.keyed_lines("dictionary")
        self._log_total = log(int(self._rows["total"]))
        # by first character: the frequencies of the words (and of the prefixes, at 0) met so
        # far, or of all its words once its row is parsed; the row's text until it is
        # (`_search`), its words in code-point order after (the file's: a prefix is found by
        # bisection, so a row is parsed without building its prefixes)
        self._freqs: dict[str, dict[str, int]] = {}
        self._texts: dict[str, str] = {}
        self._searches: dict[str, int] = {}
        self._sorted: dict[str, list[str]] = {}
        self._tags: dict[str, str] = {}  # the words asked about so far → their tags
        # the pieces asked about that no word starts with: a row never gains words, so a miss
        # stays one, and asking again (a page asks the same pieces many times) costs a lookup
        self._absent: set[str] = set()
        # every piece `_route` has asked about → its weight (`_weight`): one lookup per piece
        # instead of its row's, its frequency's and, for a miss, `_absent`'s, and no `log`
        self._weights: dict[str, float] = {}

    def _cells(self, first: str) -> list[str]:
        """The row of the words starting with `first`, split: word count tag word count tag …"""
        row = self._rows.get(first) if len(first) == 1 else None
        return row.decode("utf-8").replace("\t", " ").split(" ") if row else []

    def _group(self, first: str) -> dict[str, int]:
        """The frequencies known so far of the words starting with `first`; what it lacks is
        looked for by `_look`."""
        found = self._freqs.get(first)
        if found is not None:
            return found
        row = self._rows.get(first) if len(first) == 1 else None
        self._texts[first] = "\t" + row.decode("utf-8") if row else ""
        self._searches[first] = 0
        found = self._freqs[first] = {}
        return found

    def _parse(self, first: str) -> dict[str, int]:
        """All the words of `first`'s row, with the prefixes met so far: a row is searched
        for a few words (a page meets a few of the hundreds or thousands of words of most rows
        it reads: parsing them was ~20 ms of a fresh process's first call), and parsed once
        searching it has cost about as much."""
        cells = self._cells(first)
        words = cells[0::3]
        freqs = dict(zip(words, map(int, cells[1::3]), strict=True))
        met = list(self._freqs[first].items())  # a copy: another thread may be adding to it
        freqs.update((piece, 0) for piece, freq in met if freq == 0 and piece not in freqs)
        self._sorted[first] = words
        self._freqs[first] = freqs
        self._texts.pop(first, None)  # last: a row without its text is a parsed row (two threads may parse it)
        return freqs

    def _look(self, group: dict[str, int], piece: str) -> int | None:
        """`piece`'s frequency, 0 when it is no word but some word starts with it (jieba's
        prefix dictionary holds it at 0), else None; `group` is `piece[0]`'s and lacks
        `piece`. What is found is kept, and so is what is not (`_absent`)."""
        if piece in self._absent:
            return None
        found = self._find(group, piece)
        if found is None:
            if len(self._absent) >= _MAX_ABSENT:
                self._absent.clear()  # a long batch meets ever new pieces: memory stays bounded
            self._absent.add(piece)
        return found

    def _find(self, group: dict[str, int], piece: str) -> int | None:
        first = piece[0]
        text = self._texts.get(first)  # read once: another thread may parse the row meanwhile
        if text is not None:
            searches = self._searches[first] = self._searches.get(first, 0) + 1
            if searches <= _SEARCHES:
                return self._search(group, piece, text)
            self._parse(first)
        group = self._freqs[first]  # the caller's may be the one the row's parse replaced
        found = group.get(piece)
        if found is not None:
            return found
        words = self._sorted[first]
        at = bisect_left(words, piece)
        if at < len(words) and words[at].startswith(piece):
            group[piece] = 0
            return 0
        return None

    def _search(self, group: dict[str, int], piece: str, text: str) -> int | None:
        """`_look` in the row's `text`: a tab before each `word count tag`, the words in
        code-point order (the first that starts with `piece` is `piece` itself when it is a
        word), none with a space or a tab."""
        if " " in piece or "\t" in piece:
            return None
        at = text.find("\t" + piece)
        if at < 0:
            return None
        end = at + 1 + len(piece)
        if text[end] == " ":
            found = group[piece] = int(text[end + 1:text.index(" ", end + 1)])
            return found
        group[piece] = 0
        return 0

    def get(self, word: str) -> int | None:
        """jieba's `FREQ.get(word)`: a word's frequency, 0 for a prefix of a word, else None."""
        if not word:
            return None
        group = self._group(word[0])
        found = group.get(word)
        return found if found is not None else self._look(group, word)

    def starts_word(self, piece: str) -> bool:
        """`get(piece) is not None` (a word, or a prefix of one) in one lookup once asked: its weight
        (`_weight`), kept for the cut, says it without the row's and `_absent`'s lookups."""
        if not piece:
            return False
        weight = self._weights.get(piece)
        if weight is None:
            weight = self._weight(piece)
        return weight != _NO_WORD

    def is_word(self, piece: str) -> bool:
        """`bool(get(piece))` (a word, not a prefix only), in one lookup once asked (`starts_word`)."""
        if not piece:
            return False
        weight = self._weights.get(piece)
        if weight is None:
            weight = self._weight(piece)
        return weight <= 0.0

    def word_across(self, text: str, at: int, reach: int) -> bool:
        """Whether some word of at most `reach` characters either side holds both `text[at - 1]`
        and `text[at]`: `get` of every such piece, in one call (a page asks it at every name
        it reads; once a piece is no prefix, no longer one from the same start is a word).
        The pieces' weights (`_weight`) say it: a word, a prefix only, or neither."""
        weights = self._weights
        for lo in range(max(0, at - reach + 1), at):
            for hi in range(at + 1, min(len(text), at + reach) + 1):
                piece = text[lo:hi]
                weight = weights.get(piece)
                if weight is None:
                    weight = self._weight(piece)
                if weight <= 0.0:
                    return True
                if weight == _NO_WORD:
                    break
        return False

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag of a word of the dictionary (`ns`, `v`…)."""
        if not word:
            return None
        found = self._tags.get(word)
        if found is None:
            found = self._read_tag(word)
            if found is not None:
                self._tags[word] = found
        return found

    def _read_tag(self, word: str) -> str | None:
        """The tag of `word`'s entry (`word count tag`), found in its row's bytes: a page asks
        for the tags of a few hundred words, in rows of up to 8,000 (splitting them was ~8 ms of
        a fresh process's first call)."""
        row = self._rows.get(word[0])
        if not row:
            return None
        key = word.encode("utf-8") + b" "
        if row.startswith(key):
            at = 0
        else:
            at = row.find(b"\t" + key) + 1
            if at == 0:
                return None
        count_end = row.index(b" ", at + len(key))
        tag_end = row.find(b"\t", count_end)
        return row[count_end + 1:tag_end if tag_end >= 0 else len(row)].decode("utf-8")

    def cut(self, text: str, hmm: bool = False) -> list[str]:
        """`jieba.Tokenizer().lcut(text, HMM=hmm)`."""
        out: list[str] = []
        for k, block in enumerate(_BLOCK.split(text)):
            if not block:
                continue
            if k % 2:  # a block of the characters jieba cuts (split puts the matches at odd places)
                if hmm:
                    self._cut_with_model(block, out)
                else:
                    self._cut_without_model(block, out)
                continue
            for piece in _SPACE.split(block):
                if _SPACE.match(piece):
                    out.append(piece)
                else:
                    out.extend(piece)
        return out

    def _route(self, block: str) -> list[int]:
        """jieba's `get_DAG` and `calc`: for each start, the last character of the first
        word of the likeliest cut from there. The same sums in the same order as jieba's
        (a word's `log(frequency) − log(total)` plus the best from its end), and on a tie
        the longer word, as jieba's `max` over (sum, end) pairs takes it."""
        n = len(block)
        best = [0.0] * (n + 1)
        ends = [0] * (n + 1)
        log_total = self._log_total
        weights = self._weights
        for start in range(n - 1, -1, -1):
            top, end = 0.0, -1
            for i in range(start, n):
                piece = block[start:i + 1]
                weight = weights.get(piece)
                if weight is None:
                    weight = self._weight(piece)
                if weight <= 0.0:  # a word
                    total = weight + best[i + 1]
                    if end < 0 or total >= top:
                        top, end = total, i
                elif weight == _NO_WORD:
                    break  # no word starts with the piece: none with a longer one either
            if end < 0:  # no word starts here: the character alone, at frequency 1
                top, end = log(1) - log_total + best[start + 1], start
            best[start], ends[start] = top, end
        return ends

    def _weight(self, piece: str) -> float:
        """`piece`'s weight in `_route`: `log(frequency) − log(total)` for a word, else `_PREFIX`
        or `_NO_WORD`; kept in `_weights` (a row never changes, so neither does a weight)."""
        first = piece[0]
        group = self._freqs.get(first)
        if group is None:
            group = self._group(first)
        freq = group.get(piece)
        if freq is None:
            freq = self._look(group, piece)
        weight = _NO_WORD if freq is None else log(freq) - self._log_total if freq else _PREFIX
        if len(self._weights) >= _MAX_WEIGHTS:
            self._weights.clear()  # a long batch meets ever new pieces: memory stays bounded
        self._weights[piece] = weight
        return weight

    def _cut_without_model(self, block: str, out: list[str]) -> None:
        ends = self._route(block)
        x, n, run = 0, len(block), ""
        while x < n:
            y = ends[x] + 1
            word = block[x:y]
            if y - x == 1 and word in _LATIN:
                run += word
            else:
                if run:
                    out.append(run)
                    run = ""
                out.append(word)
            x = y
        if run:
            out.append(run)

    def _cut_with_model(self, block: str, out: list[str]) -> None:
        ends = self._route(block)
        x, n, run = 0, len(block), ""
        while x < n:
            y = ends[x] + 1
            if y - x == 1:
                run += block[x]
            else:
                if run:
                    self._flush(run, out)
                    run = ""
                out.append(block[x:y])
            x = y
        if run:
            self._flush(run, out)

    def _flush(self, run: str, out: list[str]) -> None:
        """A run of single characters: the model guesses its words unless the run is a word."""
        if len(run) == 1:
            out.append(run)
        elif not self.get(run):
            _model().cut(run, out)
        else:
            out.extend(run)


class _Model:
    """jieba's hidden Markov model (`jieba.finalseg`), which guesses words the dictionary lacks."""

    def __init__(self) -> None:
        self._rows = lexicon.keyed_lines("dictionary_hmm")
        self._start = self._cells("start")
        self._trans = {state: self._cells(f"trans {state}") for state in _STATES}
        self._emission: dict[str, dict[str, float]] = {}

    def _cells(self, key: str) -> dict[str, float]:
        row = self._rows.get(key)
        if row is None:
            return dict.fromkeys(_STATES, _MIN_FLOAT)
        cells = row.decode("utf-8").split("\t")
        return {state: _MIN_FLOAT if cell == "-" else float(cell) for state, cell in zip(_STATES, cells, strict=True)}

    def _emit(self, char: str) -> dict[str, float]:
        found = self._emission.get(char)
        if found is None:
            found = self._emission[char] = self._cells(char)
        return found

    def _states(self, chars: str) -> list[str]:
        """jieba's `finalseg.viterbi`: the likeliest state of each character. The same sums
        in the same order; of two states as likely, the later letter, as jieba's `max`
        over (probability, state) pairs takes it. Back-pointers instead of copied paths."""
        trans = self._trans
        emit = self._emit(chars[0])
        probs = {y: self._start[y] + emit[y] for y in _STATES}
        back: list[dict[str, str]] = []
        for char in chars[1:]:
            emit = self._emit(char)
            new_probs, came_from = {}, {}
            for y in _STATES:
                first, second = _PREVIOUS[y][0], _PREVIOUS[y][1]
                prob_first = probs[first] + trans[first][y] + emit[y]
                prob_second = probs[second] + trans[second][y] + emit[y]
                if prob_first > prob_second or (prob_first == prob_second and first > second):
                    new_probs[y], came_from[y] = prob_first, first
                else:
                    new_probs[y], came_from[y] = prob_second, second
            probs = new_probs
            back.append(came_from)
        state = "S" if probs["S"] > probs["E"] or probs["S"] == probs["E"] else "E"  # max((p, y) for y in "ES")
        states = [state]
        for came_from in reversed(back):
            state = came_from[state]
            states.append(state)
        return states[::-1]

    def _cut_han(self, chars: str, out: list[str]) -> None:
        begin, after = 0, 0
        for i, state in enumerate(self._states(chars)):
            if state == "B":
                begin = i
            elif state == "E":
                out.append(chars[begin:i + 1])
                after = i + 1
            elif state == "S":
                out.append(chars[i])
                after = i + 1
        if after < len(chars):
            out.append(chars[after:])

    def cut(self, run: str, out: list[str]) -> None:
        """jieba's `finalseg.cut`."""
        for k, block in enumerate(_MODEL_HAN.split(run)):
            if k % 2:
                self._cut_han(block, out)
            else:
                out.extend(piece for piece in _MODEL_SKIP.split(block) if piece)


@functools.cache
def dictionary() -> Dictionary:
    """The one dictionary, read on first use."""
    return Dictionary()


@functools.cache
def _model() -> _Model:
    return _Model()
