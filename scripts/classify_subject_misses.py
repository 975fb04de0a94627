"""Sort the subject misses of every development page by the shape of the predicted subject, and count them.

Run from a checkout: `PYTHONPATH=$PWD python3 scripts/classify_subject_misses.py [--list]`. The misses are
`list_subject_misses.py`'s (the scorer's pairs, Jaccard of characters < 0.5); a shape says what is wrong with
the predicted words whatever the gold (issue 19): a preposition, a conjunction or a verb of the predicate at
an edge, a time word inside, a dictionary word cut at an edge, a clause mark inside, a bare baseline word
(`同期`). The rest are sorted by how they stand to the gold (shorter, longer, overlapping, apart): the
golds disagree there, and no shape decides them. `--list` prints each miss with its shape."""
import collections
import re
import sys

from list_subject_misses import is_miss, matched_pairs, score, sentence

from newsextract.text.dictionary import dictionary

CLAUSE_MARKS = re.compile("[，,；;。：:！？]")
TIME = re.compile(r"(?:\d+|[一二三四五六七八九十]+)(?:月份?|年度?|日)|[一二三四]季度|[今去明前上本当]年|上半年|下半年"
                  r"|同期|前\d+个?月|首[一二三四五六七八九十]+个?月")
BASELINE = frozenset(("同期", "去年同期", "上年同期", "上年", "去年"))
PREPOSITIONS = frozenset("以在向于把被将由从按经据")  # a preposition ends no noun and opens none (为, 对 stay)
LINKS = frozenset("和及与、或")  # a conjunction ends no noun


def words(text):
    """The dictionary's cut of a sentence as (start, end, word, tag)."""
    out, pos = [], 0
    for word in dictionary().cut(text):
        out.append((pos, pos + len(word), word, dictionary().tag(word)))
        pos += len(word)
    return out


def shape(predicted, gold, text, figure):
    """The shape of a predicted subject that missed `gold`, read in `text` (its sentence) near `figure`."""
    if not predicted:
        return "none"
    if CLAUSE_MARKS.search(predicted):
        return "clause mark inside"
    if predicted in BASELINE:
        return "baseline word"
    cut = words(text)
    at = _nearest(text, predicted, figure)
    if at is not None:
        starts = {w[0] for w in cut}
        ends = {w[1] for w in cut}
        end = at + len(predicted)
        first = next(w for w in cut if w[0] <= at < w[1])
        last = next(w for w in cut if w[0] < end <= w[1])
        if last[2][-1] in PREPOSITIONS and last[1] == end and last[3] == "p":
            return "preposition at the end"
        if predicted[-1] in LINKS:
            return "conjunction at the end"
        if first[3] == "p" and first[1] <= end and predicted[0] in PREPOSITIONS:
            return "preposition at the start"
        if at not in starts or end not in ends:
            return "word cut at an edge"
        if last[3] in ("v", "vd") and len(last[2]) > 1 and last[0] > at and not gold.endswith(last[2]):
            return "verb at the end"
    if TIME.search(predicted) and not TIME.search(gold):
        return "time word inside"
    if at is None:
        relation = "composed"
    elif predicted in gold:
        relation = "shorter"
    elif gold in predicted:
        relation = "longer"
    elif score.jaccard(predicted, gold) > 0:
        relation = "overlap"
    else:
        relation = "apart"
    if at is not None:
        first = next(w for w in cut if w[0] <= at < w[1])
        if first[3] == "v" and len(first[2]) > 1 and not gold.startswith(first[2]):
            return f"verb at the start ({relation})"
    return relation


def _nearest(text, piece, figure):
    """Where `piece` stands in `text` nearest the figure's own place, None when it is not written whole."""
    hits = [m.start() for m in re.finditer(re.escape(piece), text)]
    near = text.find(figure)
    return min(hits, key=lambda h: abs(h - near)) if hits else None


def main():
    listing = "--list" in sys.argv
    counts, per_page = collections.Counter(), collections.defaultdict(collections.Counter)
    for rel, raw, g, m in matched_pairs():
        if not is_miss(g, m):
            continue
        said = sentence(raw, g["start"], g["end"])
        kind = shape(m.get("subject"), g["subject"] or "", said, g["text"])
        counts[kind] += 1
        per_page[kind][str(rel.with_suffix(""))] += 1
        if listing:
            print(f"{kind} | {rel.with_suffix('')} | {g['subject']} | {m.get('subject')} | {g['text']} | {said}")
    for kind, n in counts.most_common():
        pages_of = ", ".join(f"{p} {c}" for p, c in per_page[kind].most_common(4))
        print(f"{n:5d}  {kind:28s} {len(per_page[kind]):3d} pages  ({pages_of})", file=sys.stderr)
    print(f"{sum(counts.values()):5d}  misses", file=sys.stderr)


if __name__ == "__main__":
    main()
