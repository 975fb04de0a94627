"""Stress run: real texts bent into shapes nobody wrote a page for, each held to the house rules.

    python -m benchmarks.stress                   # every text, every perturbation (~10 min)
    python -m benchmarks.stress --every 10        # every 10th text
    python -m benchmarks.stress --only shuffled_lines,no_newlines --json out.json

Texts: the 289 People's Daily articles of `../shared/dev/real_articles_2019_02.jsonl`, the
example page and every `fixtures/**/*.txt`. Each is perturbed (`PERTURBATIONS`: lines shuffled,
cut at random offsets, punctuation or newlines removed, lines doubled, repeated 50×, widths
swapped, scripts mixed, invisible characters, HTML, URLs and English put in, only digits, only
spaces), and synthetic texts are added (`synthetic`: a 200-KB line without punctuation, 200 KB
of digits in one line, in lines, in thousands groups, of spaces, of one character). For each
input `extract`
- raises nothing but the documented `ValueError` (a lone surrogate, undecodable bytes);
- takes at most `SLOW`× the original's time per character (a synthetic text: the median text's),
  judged only on runs over `FLOOR_S` seconds and timed again beside the original before it fails;
- gives mentions, events, paragraphs, headline and dateline spans that quote the input;
- gives the same JSON twice.

Every failure is one line (text, perturbation, rule, detail); exit status 1 when any.
tests/test_stress.py runs the same checks on a small sample in the default test run.
"""
from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from newsextract import extract
from newsextract.text.folding import WIDTH, traditional_table

from .pages import EXAMPLE, FIXTURES, SHARED, load

ARTICLES = SHARED / "dev" / "real_articles_2019_02.jsonl"
SLOW = 5.0        # a perturbed text may cost this many times the original's time per character
FLOOR_S = 0.05    # below this a run is too short to time against another
REPEAT = 50
LONG_LINE = 200_000


@dataclass(frozen=True)
class Text:
    name: str
    text: str
    published: str | None = None


@dataclass
class Outcome:
    """What one input gave: the failures found and the time the first run took."""

    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)


# ------------------------------------------------------------------ the texts
def texts() -> list[Text]:
    """The articles, then the example page and the fixture pages, in name order."""
    found = []
    if ARTICLES.exists():
        for line in ARTICLES.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found.append(Text(f"article/{row['id']}", row["text"], row.get("published")))
    paths = ([EXAMPLE] if EXAMPLE.exists() else []) + sorted(FIXTURES.rglob("*.txt"))
    for path in paths:
        page = load(path)
        found.append(Text(f"page/{page.name}", page.text, page.published))
    return found


# ------------------------------------------------------------------ the perturbations
@functools.cache
def _punctuation() -> re.Pattern:
    """Every character of Unicode's punctuation categories (P*): 。，、“”《》 and ASCII's alike."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x110000)
                                    if unicodedata.category(chr(c)).startswith("P")) + "]")


_NARROW = {v: k for k, v in WIDTH.items()}
_INVISIBLE = ["\u200b", "\ufeff", "\u200d", "\u200e", "\x00", "\x07", "\x1b", "\x7f", "\u2060", "\x08"]
_FOREIGN = ["<p>", "</p>", "<br/>", '<a href="https://www.example.com/news/2019/0201/a.html?id=12&x=1">',
            "</a>", "<div class=\"article\">", "&nbsp;", "&amp;", "https://t.cn/R2Wx9Yz",
            "http://paper.people.com.cn/rmrb/html/2019-02/01/nw.D110000renmrb_20190201_1-01.htm",
            "www.gov.cn", "mailto:editor@example.org",
            "The State Council held an executive meeting on Wednesday, chaired by Premier Li, "
            "to discuss measures to boost consumption in 2019. About 1,200 officials attended.",
            "Beijing, Feb. 1 (Xinhua) -- China's GDP grew 6.6% in 2018, the National Bureau of Statistics said."]


@functools.cache
def _traditional() -> dict[str, str]:
    """Simplified → one traditional form (the first the fold table lists), for mixing scripts."""
    traditional, simplified, _ = traditional_table()
    back: dict[str, str] = {}
    for t, s in zip(traditional, simplified, strict=True):
        if t != s:
            back.setdefault(s, t)
    return back


def shuffled_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def cut(text: str, rng: random.Random) -> str:
    """The text cut at three random offsets (a piece taken out between two, the tail after the third)."""
    if len(text) < 4:
        return text
    a, b, c = sorted(rng.randrange(len(text)) for _ in range(3))
    return text[:a] + text[b:c]


def cut_bytes(text: str, rng: random.Random) -> bytes:
    """The UTF-8 bytes cut at a random byte, mostly inside a character: undecodable or decoded, never garbage."""
    data = text.encode("utf-8")
    return data[:rng.randrange(len(data) + 1)]


def cut_surrogate(text: str, rng: random.Random) -> str:
    """An astral character put in and the text cut between its two UTF-16 halves: a lone surrogate."""
    at = rng.randrange(len(text) + 1)
    units = (text[:at] + "𠀀" + text[at:]).encode("utf-16-le", "surrogatepass")
    half = 2 * (len(text[:at].encode("utf-16-le")) // 2 + 1)
    return units[:half].decode("utf-16-le", "surrogatepass") + text[at:]


def no_punctuation(text: str, rng: random.Random) -> str:
    return _punctuation().sub("", text)


def no_newlines(text: str, rng: random.Random) -> str:
    return text.replace("\r", "").replace("\n", "")


def doubled_lines(text: str, rng: random.Random) -> str:
    return "\n".join(line for line in text.split("\n") for _ in range(2))


def repeated(text: str, rng: random.Random) -> str:
    return text * REPEAT


def widths_swapped(text: str, rng: random.Random) -> str:
    """Full-width ASCII forms to half-width and half-width to full-width, the spaces too."""
    return "".join(WIDTH.get(ch) or _NARROW.get(ch) or ch for ch in text)


def scripts_mixed(text: str, rng: random.Random) -> str:
    """Every other run of 3–12 characters in traditional script: the switch falls mid-sentence."""
    back, out, k, trad = _traditional(), [], 0, rng.random() < 0.5
    while k < len(text):
        n = rng.randint(3, 12)
        piece = text[k:k + n]
        out.append("".join(back.get(ch, ch) for ch in piece) if trad else piece)
        k, trad = k + n, not trad
    return "".join(out)


def _sprinkle(text: str, rng: random.Random, things: list[str], every: int) -> str:
    out, last = [], 0
    for at in sorted(rng.randrange(len(text) + 1) for _ in range(max(1, len(text) // every))):
        out += [text[last:at], rng.choice(things)]
        last = at
    out.append(text[last:])
    return "".join(out)


def invisible(text: str, rng: random.Random) -> str:
    """Control characters, zero-width spaces and joiners, BOMs: one every ~20 characters, and a BOM first."""
    return "\ufeff" + _sprinkle(text, rng, _INVISIBLE, 20)


def foreign(text: str, rng: random.Random) -> str:
    """HTML tags, URLs and English sentences and paragraphs, inside lines and on lines of their own."""
    inside = _sprinkle(text, rng, _FOREIGN, 60)
    lines = inside.split("\n")
    for _ in range(max(1, len(lines) // 4)):
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(_FOREIGN[-2:]))
    return "\n".join(lines)


def only_digits(text: str, rng: random.Random) -> str:
    """Every character but the line breaks a digit: the page's shape, nothing to read."""
    return "".join(ch if ch == "\n" else str(rng.randrange(10)) for ch in text)


def only_spaces(text: str, rng: random.Random) -> str:
    return "".join(ch if ch == "\n" else rng.choice(" \u3000\t") for ch in text)


PERTURBATIONS: dict[str, Callable[[str, random.Random], str | bytes]] = {
    "shuffled_lines": shuffled_lines, "cut": cut, "cut_bytes": cut_bytes, "cut_surrogate": cut_surrogate,
    "no_punctuation": no_punctuation, "no_newlines": no_newlines, "doubled_lines": doubled_lines,
    "repeated_50x": repeated, "widths_swapped": widths_swapped, "scripts_mixed": scripts_mixed,
    "invisible": invisible, "foreign": foreign, "only_digits": only_digits, "only_spaces": only_spaces,
}
#: Perturbations whose input may rightly be refused with a ValueError (README, Bad input).
MAY_REFUSE = {"cut_bytes", "cut_surrogate"}
#: Costly perturbations run on every `COSTLY_EVERY`-th text only unless `--every 1 --all`.
COSTLY = {"repeated_50x"}
COSTLY_EVERY = 8


def synthetic(pool: list[Text], size: int = LONG_LINE) -> list[Text]:
    """Texts no page resembles, built from the pool's characters: a 200-KB line with no
    punctuation or break, 200 KB of digits (in one line, in lines, in thousands groups),
    200 KB of spaces, 200 KB of one character."""
    letters = no_newlines(no_punctuation("".join(t.text for t in pool[:60]), random.Random(0)), random.Random(0))
    letters = re.sub(r"\s+", "", letters) or "新闻"
    line = (letters * (size // len(letters) + 1))[:size]
    rng = random.Random(1)
    digits = "".join(str(rng.randrange(10)) for _ in range(size))
    return [Text("synthetic/long_line", line), Text("synthetic/digits", digits),
            Text("synthetic/spaces", " " * size), Text("synthetic/one_char", "国" * size),
            Text("synthetic/digit_lines", "\n".join("2019" * 10 for _ in range(size // 41))),
            Text("synthetic/digit_groups", ("123," * (size // 4))[:size])]


# ------------------------------------------------------------------ the checks
_SPACE = re.compile(r"\s+")


def _quote(raw: str, start: int, end: int, spans) -> str:
    return "".join(raw[s:e] for s, e in spans) if spans else raw[start:end]


def span_errors(raw: str, page) -> Iterator[str]:
    """Every paragraph, mention, event, headline and dateline span inside the text and quoting it."""
    n = len(raw)
    for a in page.articles:
        for p in a.paragraphs:
            if any(not 0 <= s <= e <= n for s, e in p.spans) or "".join(raw[s:e] for s, e in p.spans) != p.text:
                yield f"{a.id} paragraph {p.text[:20]!r} spans {p.spans[:3]}"
        for area in ("dates", "organizations", "statistics", "places"):
            for m in getattr(a, area):
                if not 0 <= m.start <= m.end <= n or _quote(raw, m.start, m.end, m.spans) != m.text:
                    yield f"{a.id} {area} {m.text!r} at {m.start}:{m.end} quotes {raw[m.start:m.end]!r}"
        for e in a.events:
            if not 0 <= e.start <= e.end <= n or e.trigger not in _quote(raw, e.start, e.end, e.spans):
                yield f"{a.id} event {e.trigger!r} at {e.start}:{e.end}"
        if a.dateline_span is not None and raw[a.dateline_span[0]:a.dateline_span[1]] != a.dateline:
            yield f"{a.id} dateline {a.dateline!r} at {a.dateline_span} quotes {raw[slice(*a.dateline_span)]!r}"
        if a.headline_span is not None:  # the main title's lines, which the headline holds (after a kicker)
            s, e = a.headline_span
            if not 0 <= s < e <= n or _SPACE.sub("", raw[s:e]) not in _SPACE.sub("", a.headline or ""):
                yield f"{a.id} headline {a.headline!r} at {a.headline_span} quotes {raw[s:e]!r}"


def check(data: str | bytes, published: str | None, may_refuse: bool) -> Outcome:
    """Run `extract` twice on one input and hold it to the rules (not the time: see `run`)."""
    outcome = Outcome()
    t0 = time.perf_counter()
    try:
        page = extract(data, published=published)
    except ValueError as error:
        outcome.seconds = time.perf_counter() - t0
        if not may_refuse:
            outcome.failures.append(("raised", f"ValueError: {error}"[:200]))
        return outcome
    except Exception as error:  # noqa: BLE001 - every other exception is the failure reported
        outcome.seconds = time.perf_counter() - t0
        outcome.failures.append(("raised", f"{type(error).__name__}: {error}"[:200]))
        return outcome
    outcome.seconds = time.perf_counter() - t0
    raw = data if isinstance(data, str) else _decoded(data)
    outcome.failures += [("span", detail) for detail in list(span_errors(raw, page))[:3]]
    first = page.model_dump_json()
    if extract(data, published=published).model_dump_json() != first:
        outcome.failures.append(("nondeterministic", "two runs gave different JSON"))
    return outcome


def _decoded(data: bytes) -> str:
    from newsextract.text import decode

    return decode(data)


@dataclass
class Report:
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: per perturbation: inputs run, characters, seconds, the largest per-character ratio (of runs
    #: over `FLOOR_S`) and its text
    timing: dict[str, list] = field(default_factory=dict)


def _ratio(seconds: float, size: int, base_seconds: float, base_size: int) -> float:
    return (seconds / max(size, 1)) / (max(base_seconds, 1e-6) / max(base_size, 1))


def run(pool: list[Text], names: list[str], every_costly: int = COSTLY_EVERY, synthetic_size: int = LONG_LINE,
        say: Callable[[str], None] = lambda line: None) -> Report:
    """Every text of `pool` under every perturbation of `names`, then the synthetic texts of
    `synthetic_size` characters (0: none)."""
    report = Report()

    def note(name: str, kind: str, size: int, outcome: Outcome, ratio: float, text: str) -> None:
        row = report.timing.setdefault(kind, [0, 0, 0.0, 0.0, ""])
        row[0] += 1
        row[1] += size
        row[2] += outcome.seconds
        if ratio > row[3] and outcome.seconds > FLOOR_S:  # a shorter run is mostly fixed cost
            row[3], row[4] = ratio, name
        for rule, detail in outcome.failures:
            report.failures.append((name, kind, rule, detail))
            say(f"FAIL {name} {kind} {rule}: {detail}")

    per_char = []
    for k, item in enumerate(pool):
        base = check(item.text, item.published, False)
        base_seconds = min(base.seconds, _retime(item.text, item.published, 1))
        per_char.append(base_seconds / max(len(item.text), 1))
        note(item.name, "original", len(item.text), base, 1.0, item.name)
        for kind in names:
            if kind in COSTLY and k % every_costly:
                continue
            rng = random.Random(f"{item.name}/{kind}")
            data = PERTURBATIONS[kind](item.text, rng)
            outcome = check(data, item.published, kind in MAY_REFUSE)
            ratio = _ratio(outcome.seconds, len(data), base_seconds, len(item.text))
            if ratio > SLOW and outcome.seconds > FLOOR_S:
                # time both again, one after the other, before calling it slow: a machine shared
                # with other work can slow one run several times
                again = _retime(item.text, item.published)
                outcome.seconds = min(outcome.seconds, _retime(data, item.published))
                ratio = _ratio(outcome.seconds, len(data), again, len(item.text))
                if ratio > SLOW and outcome.seconds > FLOOR_S:
                    outcome.failures.append(("slow", f"{ratio:.1f}× the original's time per character "
                                                     f"({outcome.seconds:.2f} s for {len(data)} chars)"))
            note(item.name, kind, len(data), outcome, ratio, item.name)
        if k % 25 == 24:
            say(f"{k + 1}/{len(pool)} texts, {len(report.failures)} failures")
    if synthetic_size and pool:
        typical = sorted(per_char)[len(per_char) // 2]
        for item in synthetic(pool, synthetic_size):
            outcome = check(item.text, None, False)
            ratio = outcome.seconds / len(item.text) / max(typical, 1e-9)
            if ratio > SLOW and outcome.seconds > FLOOR_S:
                outcome.seconds = min(outcome.seconds, _retime(item.text, None))
                ratio = outcome.seconds / len(item.text) / max(typical, 1e-9)
            if ratio > SLOW and outcome.seconds > FLOOR_S:
                outcome.failures.append(("slow", f"{ratio:.1f}× the median text's time per character "
                                                 f"({outcome.seconds:.2f} s for {len(item.text)} chars)"))
            note(item.name, item.name, len(item.text), outcome, ratio, item.name)
    return report


def _retime(data: str | bytes, published: str | None, times: int = 3) -> float:
    """The least time of `times` runs: a machine shared with other work slows single runs."""
    best = float("inf")
    for _ in range(times):
        t0 = time.perf_counter()
        try:
            extract(data, published=published)
        except ValueError:
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def render(report: Report) -> str:
    lines = ["| perturbation | inputs | chars | seconds | µs/char | worst ratio | on |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for kind, (n, chars, seconds, worst, name) in report.timing.items():
        lines.append(f"| {kind} | {n} | {chars} | {seconds:.1f} | {1e6 * seconds / max(chars, 1):.1f} | "
                     f"{worst:.1f} | {name} |")
    lines.append(f"\n{len(report.failures)} failures")
    lines += [f"- {name} · {kind} · {rule}: {detail}" for name, kind, rule, detail in report.failures]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.stress", description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=1, help="take every N-th text (default 1: all)")
    ap.add_argument("--only", help="comma-separated perturbations (default all): " + ", ".join(PERTURBATIONS))
    ap.add_argument("--costly-every", type=int, default=COSTLY_EVERY,
                    help=f"repeat 50× only every N-th text taken (default {COSTLY_EVERY})")
    ap.add_argument("--synthetic-size", type=int, default=LONG_LINE,
                    help=f"characters of each synthetic text (default {LONG_LINE}; 0: none)")
    ap.add_argument("--json", help="write the failures and timings as JSON")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(PERTURBATIONS)
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        ap.error(f"unknown perturbation(s): {', '.join(unknown)}")
    pool = texts()[::args.every]
    t0 = time.perf_counter()
    report = run(pool, names, args.costly_every, args.synthetic_size, say=lambda line: print(line, flush=True))
    print(render(report))
    print(f"run took {time.perf_counter() - t0:.0f} s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"failures": report.failures, "timing": report.timing}, out, ensure_ascii=False, indent=1)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
