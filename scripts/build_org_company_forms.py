#!/usr/bin/env python3
"""Build `newsextract/data/org_company_forms.tsv`: companies named by their name alone
(`丰田` for `丰田公司`, `海尔` for `海尔集团`, `英特尔` for `英特尔公司`).

A company of `org_gazetteer.tsv` whose surface is a name and a company head (`公司`,
`有限公司`, `集团`) is written in running text by the name alone. The name becomes a form
of the company when jieba 0.42.1's `dict.txt` (MIT licence) tags it as a proper noun
(`ns`, `nz`, `nt`, `j`, `nrt`), so that a common word (`大众` of `大众汽车公司`, `东方`)
is no form, and the review below does not strike it out: jieba's tags are noisy, and a
few proper nouns are mostly something else in a sentence.

    python scripts/build_org_company_forms.py   # reads the installed jieba's dict.txt

The output is deterministic: forms sorted. Each row: form, the company's surface in the
gazetteer (the loader gives the form that row's canonical name, kind and scope).
"""
from __future__ import annotations

import pathlib

import jieba

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "newsextract" / "data"
OUT = DATA / "org_company_forms.tsv"
HEADS = ("有限公司", "公司", "集团")
PROPER = {"ns", "nz", "nt", "j", "nrt"}
# reviewed out: what the form mostly means in a sentence
REVIEWED_OUT = {
    "太极": "taiji, the martial art (打太极)",
    "拜尔": "part of transliterated person names",
    "长虹": "a rainbow (长虹贯日), the literary word",
    "四通": "four-way (四通八达)",
    "维维": "a given name",
    "华源": "a common company word in many names",
    "天威": "the emperor's might (天威难测)",
    "国泰": "国泰民安",
    "中广": "short for several broadcasters",
    "台电": "short for several power companies",
}


def main() -> None:
    gazetteer = {}
    for line in (DATA / "org_gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        surface, _canonical, kind, _scope = line.split("\t")[:4]
        gazetteer[surface] = kind
    tags = {}
    with open(jieba.Tokenizer().get_dict_file().name, encoding="utf-8") as lines:
        for line in lines:
            word, _freq, tag = line.split()[:3]
            tags[word] = tag
    forms = {}
    for surface, kind in gazetteer.items():
        if kind != "company":
            continue
        head = next((head for head in HEADS if surface.endswith(head)), "")
        form = surface[:-len(head)] if head else ""
        if (len(form) >= 2 and form not in gazetteer and tags.get(form) in PROPER and form not in REVIEWED_OUT):
            forms.setdefault(form, surface)
    rows = [f"{form}\t{surface}" for form, surface in sorted(forms.items())]
    OUT.write_text(
        "# source: built by scripts/build_org_company_forms.py from org_gazetteer.tsv's companies and the tags of "
        "jieba 0.42.1 dict.txt (MIT): a company's name without its head (公司, 有限公司, 集团) where jieba tags it "
        "a proper noun, reviewed (the script lists the forms struck out and why)\n"
        "# form\tsurface (the gazetteer row it names)\n" + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
