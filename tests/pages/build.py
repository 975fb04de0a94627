"""Build the gold annotations of the fixture pages: `python tests/pages/build.py`.

Each page `fixtures/<name>.txt` has a spec `tests/pages/<name>.py`; this script turns
it into `tests/pages/<name>.json` in the format of `../shared/gold/*.json`
(rules: `../shared/gold/GUIDELINES.md`; the scorer: `../shared/eval/score.py`).

A spec says, for every non-empty line in page order, its role and owner
(`LAYOUT`: a prefix of the line, checked, so an edit of the page that shifts lines
fails loudly instead of shifting the gold). Mentions are located by a context
that occurs once on the page with the mention marked `[[…]]`, so every offset is
checked where it is computed.

Conventions beyond the seed gold:
- A kicker line (引题) above a main title is a `headline` line too; the article's
  `headline` is its headline lines joined by a space, as if they stood on one line
  (`抢抓开春黄金期 拼出发展加速度 我市一季度重大项目集中签约42个 总投资286.5亿元`);
  `headline_lines` lists them, `headline_line` is the main title.
- An article's `lines` are its body lines in page order unless the spec gives an `order`.
- An article that ends at a `(下转第N版)` marker has `continued_to` and is not `truncated`.
- A byline inside a dateline (`本报洛阳3月12日讯(记者 刘 洋 通讯员 高 峰)`) is the
  article's byline; that line stays a `body` line. `问：`/`答：` lines of an interview are body.
- A long title wrapped over two lines is joined the same way as a kicker and its title.

Mention decisions the seed gold does not show (GUIDELINES still rule):
- Dates: `上年` is a year like `去年`; `上月` right after `3月份` is February (the month
  just named, not the publication's); `X节` is its day, `X假期` the official holiday
  (`五一假期` 5-01..5-05, `清明假期` 4-04..4-06); `3月22日9:00` is a day mention; recurring
  slots (`每周二上午`, `每天`) and a year inside an event's or document's name are optional.
- Organizations: courts are `government`; 团委, 妇联, 工商联, 红十字会 are `people`; `新华社` in a
  dateline or photo credit is optional; a county's bodies resolve with the county
  (`县文化广电和旅游局` in a 栾川 story → 栾川县文化广电和旅游局).
- Statistics: 增长/提高/上升/比…高 give change `up`, 下降/降低/缩短 `down`; 突破/超/超过/以上/余/多
  are `over`, 近/不到/以内 `under`, 约/左右 `about`; a unit is as written after width
  folding (`微克／立方米` → `微克/立方米`); ages, `X成` and names with numbers are optional.
- Statistics: a total opening the clause after a count of the things it totals
  (`签约项目18个，总投资120亿元`) is named with what it totals, `签约项目总投资` (the count's
  subject + the total word): the noun phrase the figure measures (issue 19; the lead's decision),
  also when the count follows its noun (`12个项目同日开工，总投资…` → `项目总投资`). A comparison
  (`完成年度计划的17.5%，高于序时进度0.8个百分点`) has what is compared as subject, the baseline in
  `change` (GUIDELINES §4).
- Events: in `X宣布，…将于…发放/实施…` the announced measure is the event (its own type, date, X
  as organizer); `宣布` itself is an `announcement` only when results, figures or a notice are made
  public (`宣布…名单/结果`), otherwise it is a report verb like `表示` and a gold event there is
  optional (the lead's decision).
- Events: a press conference (`举行新闻发布会`, `召开新闻发布会`) is an `announcement` (figures or a
  notice made public, GUIDELINES §5), as three of the four golds that had one wrote it.
- Events: in `X与Y签署/签订/签约…` the organizer is the subject X and the partner Y a participant
  (as heldout3-6 write it; older golds that listed both as organizers were changed).
- Events: a total of checks after results made public (`公布…抽检结果，共抽检食品样品N批次`, after a
  comma or a colon alike) is an `inspection`, dated by the period the results cover when written, else
  by the clause's date.
- Events: a signing at the scene of another happening (`博览会现场签约项目26个`, `…对接会…签订采购协议12份`)
  is a signing event of its own; `集中签约活动…举行，现场签约项目18个` is the same signing told twice
  (one event).
"""
from __future__ import annotations

import bisect
import calendar
import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent.parent / "fixtures"
MARK = re.compile(r"\[\[(.*?)\]\]")
ROLES = {"headline", "subheading", "body", "byline", "caption", "continuation", "label"}
OPT = True  # readability: D("…", value, OPT)


# ------------------------------------------------------------------ values
def span(s, e=None):
    return {"start": s, "end": e or s}


def day(s, e=None):
    return span(s, e), "day"


def month(y, m):
    last = calendar.monthrange(y, m)[1]
    return span(f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}"), "month"


def months(y, m1, m2):
    last = calendar.monthrange(y, m2)[1]
    return span(f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{last:02d}"), "month"


def xun(y, m, part):
    """part 0, 1, 2 for 上旬, 中旬, 下旬."""
    last = calendar.monthrange(y, m)[1]
    first, end = [(1, 10), (11, 20), (21, last)][part]
    return span(f"{y}-{m:02d}-{first:02d}", f"{y}-{m:02d}-{end:02d}"), "xun"


def quarter(y, q):
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    return span(f"{y}-{3 * q - 2:02d}-01", f"{y}-{ends[q]}"), "quarter"


def year(y):
    return span(f"{y}-01-01", f"{y}-12-31"), "year"


VAGUE = (None, None)
_WIDE = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ".": "．", "%": "％", "/": "／"})


def widen(ctx):
    """A context written with ASCII digits, as it stands on a page set in full-width digits."""
    return ctx.translate(_WIDE)


def byline(reporters=(), correspondents=(), photographers=(), authors=()):
    return {"reporters": list(reporters), "correspondents": list(correspondents),
            "photographers": list(photographers), "authors": list(authors)}


# ------------------------------------------------------------------ rows
def D(ctx, value_grain, opt=False):
    value, grain = value_grain
    return {"ctx": ctx, "value": value, "grain": grain, "optional": opt or value is None}


def O(ctx, canonical, kind, opt=False):  # noqa: E743 - one letter a row maker like D, S, P, E; every spec calls it
    canon = canonical if isinstance(canonical, list) else [canonical]
    return {"ctx": ctx, "canonical": canon[0], "canonical_alternatives": canon[1:], "kind": kind,
            "optional": opt}


def S(ctx, value, unit, kind, approx, subject, opt=False, change=None, currency=None):
    """`currency` (ISO 4217) is given on money statistics of pages written since the
    currency field exists; the shared scorer ignores it, our tests read it."""
    row = {"ctx": ctx, "value": value, "unit": unit, "kind": kind, "approx": approx,
           "subject": subject, "change": change, "optional": opt}
    if currency is not None:
        row["currency"] = currency
    return row


def up(baseline=None):
    return {"direction": "up", "baseline": baseline}


def down(baseline=None):
    return {"direction": "down", "baseline": baseline}


def P(ctx, canonical, code=None, kind="division", opt=False):
    """A place mention (the places stage, issue 22; README "Places"): `canonical` the current
    full name of a division or the name as written, `code` a division's 6-digit code (9 for a
    township) or a country's ISO code; the shared scorer ignores places, tests/test_places.py
    scores them."""
    return {"ctx": ctx, "canonical": canonical, "code": code, "kind": kind, "optional": opt}


def E(anchor, type, trigger, date=None, location=None, organizers=(), participants=(), theme=None,
      opt=False):
    value = date[0] if isinstance(date, tuple) else date
    return {"anchor": anchor, "type": type, "trigger": trigger, "date": value, "location": location,
            "organizers": list(organizers), "participants": list(participants), "theme": theme,
            "optional": opt}


# ------------------------------------------------------------------ the page
class Page:
    def __init__(self, name):
        self.name = name
        self.text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        self.lines = self.text.split("\n")
        self.starts, pos = [], 0
        for line in self.lines:
            self.starts.append(pos)
            pos += len(line) + 1

    def line_of(self, offset):
        return bisect.bisect_right(self.starts, offset) - 1

    def locate(self, ctx):
        """Offsets of the marked part of a context that occurs once on the page."""
        marks = list(MARK.finditer(ctx))
        assert len(marks) == 1, f"{self.name}: mark exactly one part in {ctx!r}"
        plain = MARK.sub(lambda m: m.group(1), ctx)
        count = self.text.count(plain)
        assert count == 1, f"{self.name}: context {plain!r} occurs {count} times"
        at = self.text.index(plain) + marks[0].start()
        target = marks[0].group(1)
        start, end = at, at + len(target)
        assert self.text[start:end] == target
        assert "\n" not in target, (self.name, target)
        return start, end

    def anchor(self, text):
        count = self.text.count(text)
        assert count == 1, f"{self.name}: anchor {text!r} occurs {count} times"
        start = self.text.index(text)
        assert "\n" not in text
        return start, start + len(text)


def load_spec(name):
    """The page's spec module; its `from build import …` gets this very module, not a
    namesake on sys.path (PyPI has a package called `build`)."""
    spec = importlib.util.spec_from_file_location(f"page_spec_{name.replace('/', '_')}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    saved = sys.modules.get("build")
    sys.modules["build"] = sys.modules[__name__]
    try:
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del sys.modules["build"]
        else:
            sys.modules["build"] = saved
    return module


def render(gold):
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def build(name, write=True):
    """The gold of one page; written to tests/pages/<name>.json unless `write` is false.

    `name` may name a subfolder (`unseen/hk_page`: `fixtures/unseen/hk_page.txt` with its
    spec and gold in `tests/pages/unseen/`)."""
    spec = load_spec(name)
    page = Page(name)
    numbered = [i for i, line in enumerate(page.lines) if line.strip()]
    assert len(numbered) == len(spec.LAYOUT), (
        f"{name}: {len(numbered)} non-empty lines, {len(spec.LAYOUT)} layout rows")
    roles, label_opt = [], {}
    for n, (prefix, role, owner, *opt) in zip(numbered, spec.LAYOUT, strict=True):  # lengths asserted above
        label_opt[n] = bool(opt and opt[0])
        assert page.lines[n].startswith(prefix), f"{name}: line {n} {page.lines[n][:20]!r} is not {prefix!r}"
        assert role in ROLES, (name, role)
        roles.append((n, role, owner))

    def line_no(prefix):
        hits = [n for n in numbered if page.lines[n].startswith(prefix)]
        assert len(hits) == 1, f"{name}: prefix {prefix!r} starts {len(hits)} lines"
        return hits[0]

    lines = []
    for n, role, owner in roles:
        article = None if role in ("label", "caption") else owner
        if role != "caption" and role != "label":
            assert owner in spec.ARTICLES, (name, n, owner)
        lines.append({"line": n, "role": role, "article": article})

    articles = []
    for aid, a in spec.ARTICLES.items():
        mine = [(n, role) for n, role, owner in roles if owner == aid]
        heads = [n for n, role in mine if role == "headline"]
        body = [n for n, role in mine if role == "body"]
        assert body, f"{name}: {aid} has no body line"
        labels = [(page.lines[n].strip(), label_opt[n]) for n, role in mine if role == "label"]
        articles.append({
            "id": aid,
            "headline": " ".join(page.lines[n].strip() for n in heads) if heads else None,
            "headline_line": heads[-1] if heads else None,
            "headline_lines": heads,
            "subheadings": [page.lines[n].strip() for n, role in mine if role == "subheading"],
            "lines": a.get("order", body),
            "byline": a.get("byline", byline()),
            "continued_from": a.get("continued_from"),
            "continued_to": a.get("continued_to"),
            "labels": [{"text": t, "optional": o} for t, o in labels],
            "truncated": a.get("truncated", False),
        })
        assert sorted(articles[-1]["lines"]) == body, (name, aid)
        continuation = [page.lines[n].strip() for n, role in mine if role == "continuation"]
        for marker in continuation:
            page_no = re.search(r"第\S+?版", marker).group(0)
            assert page_no in (a.get("continued_from"), a.get("continued_to")), (name, aid, marker)
    ids = {a["id"] for a in articles}
    for n, role, owner in roles:
        if role == "label":
            assert owner in ids, (name, n, owner)

    squeezed = {n: "".join(page.lines[n].split()) for n in numbered}
    for a in articles:
        own = [n for n, _, owner in roles if owner == a["id"]]
        for name_ in sum(a["byline"].values(), []):
            assert any(name_ in squeezed[n] for n in own), f"{name}: {a['id']} byline {name_!r} not on its lines"

    joins = []
    for first, rest in spec.JOINS:
        a, b = line_no(first), line_no(rest)
        owner = {n: o for n, _, o in roles}
        assert owner[a] == owner[b], (name, first, rest)
        assert page.lines[a].rstrip()[-1] not in "。!?”)", (name, first)
        joins.append([a, b])

    photos = []
    captions = {owner: n for n, role, owner in roles if role == "caption"}
    for pid, p in spec.PHOTOS.items():
        n = captions[pid]
        assert p["article"] is None or p["article"] in ids, (name, pid)
        photos.append({"id": pid, "line": n, "caption": page.lines[n].strip(),
                       "photographers": p["photographers"], "article": p["article"]})
    assert set(captions) == set(spec.PHOTOS), name

    def mentions(rows, keys):
        out = []
        for row in rows:
            s, e = page.locate(row["ctx"])
            item = {"text": page.text[s:e], "start": s, "end": e, "line": page.line_of(s)}
            item.update({k: row[k] for k in keys})
            out.append(item)
        out.sort(key=lambda m: (m["start"], m["end"]))
        for a, b in zip(out, out[1:], strict=False):  # neighbours: one pair fewer
            assert a["end"] <= b["start"], f"{name}: overlapping mentions {a['text']!r} {b['text']!r}"
        return out

    dates = mentions(spec.DATES, ("value", "grain", "optional"))
    orgs = mentions(spec.ORGS, ("canonical", "canonical_alternatives", "kind", "optional"))
    stats = mentions(spec.STATS, ("value", "unit", "kind", "approx", "subject", "change", "optional"))
    for row, item in zip(sorted(spec.STATS, key=lambda r: page.locate(r["ctx"])), stats, strict=True):
        if "currency" in row:
            item["currency"] = row["currency"]
    places = mentions(getattr(spec, "PLACES", []), ("canonical", "code", "kind", "optional"))
    events = []
    for row in spec.EVENTS:
        s, e = page.anchor(row["anchor"])
        events.append({"type": row["type"], "trigger": row["trigger"], "anchor": row["anchor"],
                       "anchor_start": s, "anchor_end": e, "line": page.line_of(s), "date": row["date"],
                       "location": row["location"], "organizers": row["organizers"],
                       "participants": row["participants"], "theme": row["theme"],
                       "optional": row["optional"]})
        assert row["trigger"] in row["anchor"], (name, row["anchor"])
        for written in [*row["organizers"], *row["participants"], row["location"], row["theme"]]:
            assert written is None or written in page.text, f"{name}: {written!r} is not as written"
    events.sort(key=lambda ev: ev["anchor_start"])
    for k, ev in enumerate(events):
        ev["id"] = f"E{k}"

    gold = {"page": f"{pathlib.PurePosixPath(name).name}.txt", "paper": spec.PAPER, "published": spec.PUBLISHED,
            "home": spec.HOME, "lines": lines, "joins": joins, "articles": articles, "photos": photos, "dates": dates,
            "organizations": orgs, "statistics": stats, "events": events}
    if hasattr(spec, "PLACES"):
        gold["places"] = places
    if not write:
        return gold
    out = HERE / f"{name}.json"
    out.write_text(render(gold), encoding="utf-8")

    def count(xs):
        return f"{sum(not x['optional'] for x in xs)}+{sum(x['optional'] for x in xs)}opt"

    print(f"{out.name}: {len(page.text)} chars, {len(articles)} articles, {len(photos)} photos, "
          f"{len(joins)} joins; dates {count(dates)}; orgs {count(orgs)}; stats {count(stats)}; "
          f"events {count(events)}" + (f"; places {count(places)}" if hasattr(spec, "PLACES") else ""))
    return gold


def page_names():
    return sorted(p.stem for p in HERE.glob("*.py") if p.stem != "build" and not p.stem.startswith("_"))


if __name__ == "__main__":
    for page_name in sys.argv[1:] or page_names():
        build(page_name)
