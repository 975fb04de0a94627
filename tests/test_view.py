"""The HTML view, read back with the standard library's html.parser: the raw pane holds
the input exactly (nothing lost or doubled), every mention is one element per piece
with its offsets, page text is escaped, and nothing is fetched from the network."""
from __future__ import annotations

import datetime as dt
import pathlib
import re
from decimal import Decimal
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from support import SHARED

from newsextract import (
    Article,
    Change,
    ClockTime,
    DateMention,
    DateValue,
    Event,
    Organization,
    Page,
    Paragraph,
    Statistic,
    extract,
    render_html,
)
from newsextract.view import AREAS, Area
from newsextract.view import areas as view_areas
from newsextract.view import html as view_html

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = SHARED / "pages" / "000_a7e4e0ea92e49081.txt"
FIXTURES = sorted((ROOT / "fixtures").rglob("*.txt"))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class View(HTMLParser):
    """The parts of a rendered view the tests look at: every tag, the raw pane's text,
    and each highlighted element of the raw pane with its attributes and its text."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.raw: list[str] = []
        self.marks: list[dict] = []  # attrs + "text"
        self.depth = 0  # >0 inside the raw pane
        self.open: list[tuple[dict, int]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(document)
        self.close()

    @property
    def raw_text(self) -> str:
        return "".join(self.raw)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"
        if tag in VOID:
            return
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.open.append((attrs, len(self.raw_text)))
        elif "nx-raw" in (attrs.get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        self._in_script = False
        if not self.depth:
            return
        self.depth -= 1
        if tag == "mark":
            attrs, at = self.open.pop()
            self.marks.append({**attrs, "text": self.raw_text[at:]})

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        elif self.depth:
            self.raw.append(data)


def keyed(page: Page) -> dict[str, tuple]:
    """Every mention of the page by the key the view gives it: (area, mention, article)."""
    out = {}
    for article in page.articles:
        for area in AREAS:
            for k, m in enumerate(getattr(article, area.name, None) or ()):
                out[f"{article.id}:{area.name}:{k}"] = (area, m, article)
    return out


def merged(ranges) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(r) for r in out]


def assert_view_holds(raw: str, page: Page, document: str) -> View:
    """The view's invariants: the raw pane's text is the input; every mention's pieces
    are each one element (split only where it crosses another mention or a line end),
    every element quotes the input at its offsets, and no element is invented."""
    view = View(document)
    assert view.raw_text == raw
    assert not view.open
    by_key: dict[str, list[dict]] = {}
    for mark in view.marks:
        start, end = int(mark["data-start"]), int(mark["data-end"])
        assert raw[start:end] == mark["text"], mark
        assert mark.get("data-tip")
        by_key.setdefault(mark["data-m"], []).append(mark)
    mentions = keyed(page)
    assert set(by_key) == set(mentions)
    for key, (area, mention, _article) in mentions.items():
        elements = by_key[key]
        spans = getattr(mention, "spans", None) or [(mention.start, mention.end)]
        heads = [m for m in elements if "data-frag" not in m]
        covered = merged((int(m["data-start"]), int(m["data-end"])) for m in elements)
        if area.clause and not getattr(mention, "spans", None):
            # a clause without pieces is drawn on its article's own text, inside its range
            assert heads and mention.start <= covered[0][0] and covered[-1][1] <= mention.end, key
        else:
            assert len(heads) == len(spans), key
            assert covered == merged(spans), key
        assert sum(1 for m in elements if m.get("tabindex") == "0") == 1, key
    return view


def example() -> tuple[str, Page]:
    if not EXAMPLE.exists():
        pytest.skip("the example page lives in ../shared/pages")
    raw = EXAMPLE.read_text(encoding="utf-8")
    return raw, extract(raw, published="2025-03-13")


# -- real pages ----------------------------------------------------------------------------


def test_example_page_view_holds_every_mention_once():
    raw, page = example()
    view = assert_view_holds(raw, page, render_html(page, raw))
    assert len({m["data-m"] for m in view.marks}) == sum(len(getattr(a, x.name)) for a in page.articles for x in AREAS)
    # the usual case: one element per mention, no fragment
    whole = [m for m in view.marks if "data-frag" not in m and "data-piece" not in m]
    assert len(whole) >= 0.95 * len(view.marks)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_pages_view_holds(path):
    raw = path.read_text(encoding="utf-8")
    page = extract(raw, published="2025-03-13")
    assert_view_holds(raw, page, render_html(page, raw))


def test_ten_times_page_renders_and_holds():
    raw, _ = example()
    big = "\n".join([raw.rstrip("\n")] * 10) + "\n"
    page = extract(big, published="2025-03-13")
    document = render_html(page, big)
    view = assert_view_holds(big, page, document)
    assert view.raw_text.count("\n") == big.count("\n")


# -- tooltips: the normalised value ------------------------------------------------------------


@pytest.mark.parametrize("area, wanted", [
    ("dates", lambda m: m.value and m.value.start.isoformat()),
    ("organizations", lambda m: m.canonical),
    ("organizations", lambda m: f"kind: {m.kind}"),
    ("statistics", lambda m: f"unit: {m.unit}"),
    ("events", lambda m: f"type: {m.type}"),
])
def test_every_tooltip_states_the_value(area, wanted):
    raw, page = example()
    view = View(render_html(page, raw))
    mentions = keyed(page)
    checked = 0
    for mark in view.marks:
        row, mention, _ = mentions[mark["data-m"]]
        if row.name == area and wanted(mention):
            assert wanted(mention) in mark["data-tip"], mark
            checked += 1
    assert checked


def test_tooltip_fields_are_read_generically():
    row = Area("statistics", "statistic", "Statistics", "#000", ("value", "currency", "not_yet_a_field", "change"))
    stat = SimpleNamespace(text="3亿元", value=Decimal("3E+8"), currency="CNY",
                           change=Change(direction="up", measure="同比"))
    assert view_areas.describe(stat, row) == [("value", "300000000"), ("currency", "CNY"),
                                              ("change", "direction up, measure 同比")]
    date_row = AREAS[0]
    one_day = SimpleNamespace(text="3月12日", value=DateValue(start=dt.date(2025, 3, 12), end=dt.date(2025, 3, 12)))
    week = SimpleNamespace(text="本周", value=DateValue(start=dt.date(2025, 3, 10), end=dt.date(2025, 3, 16)),
                           clock=ClockTime(start="09:00"))
    evening = SimpleNamespace(text="今晚8点左右", clock=ClockTime(start="20:00", approx=True))
    assert view_areas.tip(one_day, date_row) == "date «3月12日»\nvalue: 2025-03-12"
    assert view_areas.tip(week, date_row) == "date «本周»\nvalue: 2025-03-10 – 2025-03-16\nclock: start 09:00"
    assert view_areas.tip(evening, date_row) == "date «今晚8点左右»\nclock: start 20:00, approx yes"
    assert view_areas.plain([]) == "" and view_areas.plain(None) == ""
    assert view_areas.plain(["市委", "市政府"]) == "市委、市政府"


# -- nesting: clauses around mentions, crossings, pieces -------------------------------------------

LINES = ["3月12日,市委宣传部在龙潭公园举办植树活动,", "参加人数达300余人。", "本报记者 张慧"]
TEXT = "\n".join(LINES) + "\n"


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def synthetic(**mentions) -> Page:
    """One article over TEXT whose first paragraph is lines 0 and 1 rejoined."""
    a, b = (0, len(LINES[0])), (len(LINES[0]) + 1, len(LINES[0]) + 1 + len(LINES[1]))
    paragraph = Paragraph(text=TEXT[a[0]:a[1]] + TEXT[b[0]:b[1]], spans=[a, b])
    article = Article(id="a0", paragraphs=[paragraph], byline={"reporters": ["张慧"]}, **mentions)
    return Page(published=dt.date(2025, 3, 13), articles=[article])


def date(word, nth=0):
    s, e = _at(word, nth)
    return DateMention(text=word, start=s, end=e, value=DateValue(start=dt.date(2025, 3, 12), end=dt.date(2025, 3, 12)))


def org(word):
    s, e = _at(word)
    return Organization(text=word, start=s, end=e, canonical="中共太原市委宣传部", kind="party")


def event(first, last, **extra):
    return Event(type="activity", trigger="举办", start=_at(first)[0], end=_at(last)[1], **extra)


@pytest.mark.parametrize("name, mentions, fragments", [
    ("clause around a date and an organization",
     dict(dates=[date("3月12日")], organizations=[org("市委宣传部")], events=[event("3月12日", "活动")]), 0),
    ("two clauses that cross", dict(events=[event("3月12日", "公园"), event("龙潭", "活动")]), 1),
    ("a date that crosses an organization", dict(dates=[date("12日,市委")], organizations=[org("市委宣传部")]), 1),
    ("a clause across the rejoined line break, without pieces",
     dict(events=[event("龙潭", "300余人")], statistics=[
         Statistic(text="300余人", start=_at("300余人")[0], end=_at("300余人")[1], value=Decimal(300), unit="人",
                   kind="count", approx="over")]), 0),
    ("a mention in two pieces across the break", dict(statistics=[
        Statistic(text="活动,参加", start=_at("活动,")[0], end=_at("参加")[1],
                  spans=[_at("活动,"), _at("参加")], value=Decimal(1), unit="人", kind="count")]), 0),
    ("the same range twice", dict(events=[event("龙潭", "活动"), event("龙潭", "活动")],
                                  organizations=[org("市委宣传部")]), 0),
])
def test_overlapping_mentions_nest(name, mentions, fragments):
    page = synthetic(**mentions)
    view = assert_view_holds(TEXT, page, render_html(page, TEXT))
    assert sum("data-frag" in m for m in view.marks) == fragments


def test_a_clause_without_pieces_is_drawn_on_its_article_only():
    page = synthetic(events=[event("龙潭", "300余人")])
    view = View(render_html(page, TEXT))
    drawn = [(int(m["data-start"]), int(m["data-end"])) for m in view.marks]
    assert drawn == [(_at("龙潭")[0], len(LINES[0])), (_at("参加")[0], _at("300余人")[1])]
    assert [m.get("data-piece") for m in view.marks] == ["1/2", "2/2"]


def test_an_event_with_pieces_is_drawn_as_its_pieces():
    pieces = [(_at("龙潭")[0], len(LINES[0])), (_at("参加")[0], _at("300余人")[1])]
    clause = Event(type="activity", trigger="举办", start=pieces[0][0], end=pieces[1][1], spans=pieces)
    page = synthetic(events=[clause], organizations=[org("市委宣传部")])
    view = assert_view_holds(TEXT, page, render_html(page, TEXT))
    drawn = [(int(m["data-start"]), int(m["data-end"]), m.get("data-piece")) for m in view.marks
             if m["data-area"] == "events"]
    assert drawn == [(*pieces[0], "1/2"), (*pieces[1], "2/2")]


def test_joined_pieces_are_linked_both_ways():
    page = synthetic()
    view = View(render_html(page, TEXT))
    joins = [(a["class"], a["href"]) for tag, a in view.tags if tag == "a" and "join" in a.get("class", "")]
    assert joins == [("join", "#nx-L2"), ("join back", "#nx-L1")]
    seams = [a["href"] for tag, a in view.tags if tag == "a" and a.get("class") == "seam"]
    assert seams == ["#nx-L2"]


def test_lines_are_tinted_by_article_by_offsets_or_byline():
    page = synthetic()
    view = View(render_html(page, TEXT))
    lines = [a for tag, a in view.tags if tag == "div" and "ln" in a.get("class", "").split()]
    assert [a.get("data-a") for a in lines] == ["a0", "a0", "a0"]
    assert ["guess" in a["class"] for a in lines] == [False, False, True]


def test_a_line_with_no_article_is_not_tinted():
    page = synthetic()
    text = TEXT + "广告\n"
    view = View(render_html(page, text))
    lines = [a for tag, a in view.tags if tag == "div" and "ln" in a.get("class", "").split()]
    assert lines[-1].get("data-a") is None and view.raw_text == text


# -- escaping and self-containment ------------------------------------------------------------------

HOSTILE = ['<script>window.pwned = 1</script>', '"><img src=x onerror="window.pwned=1">',
           "</mark></div><b>bold</b>", "&lt;not an entity&gt; &amp; &#x41;", "'single' \"double\" `tick`"]


@pytest.mark.parametrize("payload", HOSTILE)
def test_page_text_is_escaped(payload):
    raw = f"本报讯 3月12日,{payload}市委宣传部举办活动。\n{payload}\n"
    page = extract(raw, published="2025-03-13")
    document = render_html(page, raw, title=payload)
    view = assert_view_holds(raw, page, document)
    assert [t for t, _ in view.tags if t in ("img", "b")] == []
    assert len([t for t, _ in view.tags if t == "script"]) == 1
    assert "pwned" not in "".join(view.scripts)


@pytest.mark.parametrize("payload", HOSTILE)
def test_model_values_are_escaped_in_attributes(payload):
    text = f"{payload}\n"
    mention = Organization(text=payload, start=0, end=len(payload), canonical=payload, kind="social")
    page = Page(articles=[Article(id=payload, headline=payload, labels=[payload],
                                  paragraphs=[Paragraph(text=payload, spans=[(0, len(payload))])],
                                  organizations=[mention])])
    for document in (render_html(page, text), render_html(page, fragment=True)):
        view = View(document)
        assert [t for t, _ in view.tags if t in ("img", "b")] == []
        assert len([t for t, _ in view.tags if t == "script"]) == 1
        tips = [a["data-tip"] for t, a in view.tags if t == "mark"]
        assert tips and all(payload in tip for tip in tips)


@pytest.mark.parametrize("text", ["a\r\nb\r\n", "a\rb", "no newline at the end", "\n\n\n", "", "  \n\t\n"])
def test_every_character_survives(text):
    page = extract(text, published="2025-03-13")
    assert View(render_html(page, text)).raw_text == text


def test_nothing_is_fetched_from_the_network():
    raw, page = example()
    document = render_html(page, raw)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", document)
    assert "@import" not in document and "url(" not in document
    policy = [a["content"] for t, a in View(document).tags if t == "meta" and a.get("http-equiv")]
    assert policy and policy[0].startswith("default-src 'none'")


def test_the_script_is_the_one_the_policy_allows():
    import base64
    import hashlib

    raw, page = example()
    view = View(render_html(page, raw))
    policy = [a["content"] for t, a in view.tags if t == "meta" and a.get("http-equiv")][0]
    digest = base64.b64encode(hashlib.sha256("".join(view.scripts).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy


# -- legend, filters, articles --------------------------------------------------------------------


def test_legend_has_a_filter_and_a_count_per_area():
    raw, page = example()
    document = render_html(page, raw)
    filters = [a["data-filter"] for t, a in View(document).tags if t == "input"]
    assert filters == [area.name for area in AREAS]
    for area in AREAS:
        count = sum(len(getattr(a, area.name)) for a in page.articles)
        assert re.search(rf'data-filter="{area.name}".*?<span class="nx-count">{count}</span>', document)
    assert "function newsextractView" in document and "--c: " in document


def test_articles_pane_shows_each_article_in_order_with_its_fields():
    raw, page = example()
    document = render_html(page, raw)
    view = View(document)
    cards = [a["data-article"] for t, a in view.tags if t == "article"]
    assert cards == [a.id for a in page.articles]
    with_byline = next(a for a in page.articles if a.byline.reporters)
    assert f"<dt>reporters</dt><dd>{with_byline.byline.reporters[0]}" in document
    labelled = next(a for a in page.articles if a.labels)
    assert f"<dt>labels</dt><dd>{labelled.labels[0]}" in document


def test_a_field_added_later_is_listed_and_an_area_added_later_is_one_row(monkeypatch):
    """`places` was added as one row of AREAS (issue 22); a later area (say `landmarks`) is one more."""
    class Landmark(Organization.__base__):
        text: str
        start: int
        end: int
        spans: list[tuple[int, int]] | None = None
        canonical: str
        code: str | None = None

    class LaterArticle(Article):
        kicker: str | None = None
        landmarks: list[Landmark] = []

    class LaterPage(Page):
        articles: list[LaterArticle] = []

    s, e = _at("龙潭公园")
    base = synthetic().articles[0]
    article = LaterArticle(**{**base.model_dump(), "kicker": "引题在此",
                              "landmarks": [Landmark(text="龙潭公园", start=s, end=e, canonical="龙潭公园",
                                                     code="140100")]})
    page = LaterPage(articles=[article])
    row = Area("landmarks", "landmark", "Landmarks", "#7a5", ("canonical", "code", "level", "kind"))
    monkeypatch.setattr(view_html, "AREAS", (*AREAS, row))
    document = render_html(page, TEXT)
    assert "<dt>kicker</dt><dd>引题在此</dd>" in document
    marks = [m for m in View(document).marks if m["data-area"] == "landmarks"]
    assert [(m["text"], m["data-tip"]) for m in marks] == [
        ("龙潭公园", "landmark «龙潭公园»\ncanonical: 龙潭公园\ncode: 140100")]


def test_places_are_an_area_of_the_view():
    assert "places" in [area.name for area in AREAS]
    raw = "市民来到龙潭公园赏花，小店区北格镇的村民也来了。"
    page = extract(raw, published="2025-03-13", home="太原市")
    document = render_html(page, raw)
    marks = [(m["text"], m["data-tip"].split("\n")[1]) for m in View(document).marks if m["data-area"] == "places"]
    assert marks == [("龙潭公园", "canonical: 龙潭公园"), ("小店区", "canonical: 小店区"),
                     ("北格镇", "canonical: 北格镇")]


# -- errors, notebook, command line -----------------------------------------------------------------


def test_the_wrong_text_is_refused_clearly():
    page = synthetic(dates=[date("3月12日")])
    with pytest.raises(ValueError, match="the text the page was extracted from"):
        render_html(page, "something else entirely")
    with pytest.raises(TypeError, match="str"):
        render_html(page, TEXT.encode())
    with pytest.raises(TypeError, match="Page"):
        render_html({"articles": []}, TEXT)


def test_notebook_repr_shows_the_articles_and_leaves_the_json_alone():
    raw, page = example()
    before = page.model_dump_json()
    fragment = page._repr_html_()
    assert fragment.startswith('<div class="nx-view"') and "<html" not in fragment
    assert "does not keep the text" in fragment
    view = View(fragment)
    assert [a["data-article"] for t, a in view.tags if t == "article"] == [a.id for a in page.articles]
    marks = [a for t, a in view.tags if t == "mark"]
    assert {a["data-m"] for a in marks} == set(keyed(page)) - {
        k for k, (area, m, article) in keyed(page).items()
        if not any(s < m.end and m.start < e for p in article.paragraphs for s, e in p.spans)
        and not (article.headline_span and article.headline_span[0] < m.end and m.start < article.headline_span[1])}
    assert page.model_dump_json() == before
    assert "_text" not in page.model_dump() and Page.model_validate_json(before) == page


def test_two_fragments_do_not_share_ids():
    raw, page = example()
    first, second = render_html(page, raw, fragment=True), render_html(page, raw, fragment=True)

    def ids(doc):
        return {a["id"] for t, a in View(doc).tags if "id" in a}

    assert not ids(first) & ids(second)


def test_cli_writes_the_view(tmp_path, monkeypatch):
    from newsextract import cli

    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "page.html"
    assert cli.main(["view", str(page), "--published", "2025-03-13", "-o", str(out)]) == 0
    document = out.read_text(encoding="utf-8")
    assert View(document).raw_text == TEXT and "page.txt" in document
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    assert cli.main(["view", str(page), "--open"]) == 0
    assert len(opened) == 1 and opened[0].startswith("file://") and opened[0].endswith(".html")
    pathlib.Path(opened[0][len("file://"):]).unlink()
