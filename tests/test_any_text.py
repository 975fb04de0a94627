"""Any Chinese text, not only a full page (issue 14): text without page layout is one
article, `extract(..., layout=False)`, and the per-area functions `find_dates`,
`find_organizations`, `find_statistics`, `find_events`."""
from __future__ import annotations

import datetime as dt

import pytest
from support import assert_offsets, assert_spans, mention_text, read_cases, unmark

import newsextract
from newsextract import (
    DateMention,
    Event,
    Organization,
    Statistic,
    extract,
    find_dates,
    find_events,
    find_organizations,
    find_statistics,
)
from newsextract.layout.shape import is_plain
from newsextract.text.folding import fold
from newsextract.text.offsets import split_lines

FINDERS = {"find_dates": find_dates, "find_organizations": find_organizations,
           "find_statistics": find_statistics, "find_events": find_events}


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\r", "\r")


def _cases(name: str) -> list:
    rows = read_cases(name)
    return [pytest.param(row, id=f"{k}:{row.get('text', '')[:24]}",
                         marks=[pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else [])
            for k, row in enumerate(rows)]


def _described(area: str, mention) -> str:
    """A mention as the tables write it: a date's value, an organization's canonical
    name, a statistic's value and unit."""
    if area == "dates":
        if mention.value is None:
            return "null"
        start, end = mention.value.start.isoformat(), mention.value.end.isoformat()
        return start if start == end else f"{start}..{end}"
    if area == "organizations":
        return mention.canonical
    return f"{Statistic.model_validate(mention.model_dump()).model_dump(mode='json')['value']} {mention.unit}"


def _mentions(call: str, raw: str, published, home) -> tuple[str, list]:
    if call.startswith("extract:"):
        area = call.split(":", 1)[1]
        page = extract(raw, published=published, home=home)
        assert_spans(raw, page)
        assert len(page.articles) == 1, [a.headline for a in page.articles]
        return area, list(getattr(page.articles[0], area))
    area = call.split("_", 1)[1]
    return area, list(FINDERS[call](raw, published=published, home=home))


@pytest.mark.parametrize("row", _cases("any_text"))
def test_any_text_table(row):
    raw, spans = unmark(unescape(row["text"]))
    published = None if row["published"] == "-" else row["published"]
    home = None if row["home"] == "-" else row["home"]
    area, found = _mentions(row["call"], raw, published, home)
    for mention in found:
        assert_offsets(raw, mention)
        assert mention_text(raw, mention) == mention.text
    assert [(m.start, m.end) for m in found] == spans, [m.text for m in found]
    expected = [e.strip() for e in row["expected"].split(";")] if row["expected"].strip() else []
    assert [_described(area, m) for m in found] == expected


@pytest.mark.parametrize("row", _cases("shape"))
def test_text_shape_table(row):
    raw = unescape(row["text"])
    plain = is_plain(split_lines(fold(raw)))
    assert plain == (row["plain"] == "yes")
    if not plain:
        return
    page = extract(raw, published="2025-03-13")
    assert_spans(raw, page)
    (article,) = page.articles
    assert article.headline == (None if row["headline"] == "-" else row["headline"])
    assert len(article.paragraphs) == int(row["paragraphs"])
    if article.headline:
        s, e = article.headline_span
        assert raw[s:e] == article.headline


def test_a_headline_alone_is_an_article_with_its_mentions():
    raw = "国务院常务会议3月12日部署促进消费若干举措"
    page = extract(raw, published="2025-03-13")
    (article,) = page.articles
    assert article.headline == raw and article.headline_span == (0, len(raw)) and article.paragraphs == []
    assert [d.text for d in article.dates] == ["3月12日"] and [o.text for o in article.organizations] == ["国务院"]
    assert not article.truncated
    assert page.entities[0].canonical == "国务院"


def test_layout_false_reads_a_page_as_one_article():
    raw = "本报讯 3月12日,市图书馆开展读书活动。\n本报记者 王芳\n(下转第3版)"
    assert extract(raw, published="2025-03-13").articles[0].dateline == "本报讯"
    (article,) = extract(raw, published="2025-03-13", layout=False).articles
    assert [p.text for p in article.paragraphs] == raw.split("\n")
    assert article.dateline is None and article.headline is None and article.continued_to is None
    assert [d.text for d in article.dates] == ["3月12日"]


def test_layout_true_reads_plain_text_as_a_page():
    """Forced page reading: a title line with no body is no article (the old reading)."""
    assert extract("国务院常务会议部署促进消费若干举措", layout=True).articles == []


@pytest.mark.parametrize("layout", [None, False, True])
def test_layout_keeps_the_bad_input_rules(layout):
    assert extract("", layout=layout).articles == [] and extract(" \n\u3000", layout=layout).articles == []
    with pytest.raises(TypeError):
        extract(None, layout=layout)


@pytest.mark.parametrize("layout", ["no", 0, 1, "page"])
def test_a_layout_that_is_no_bool_is_a_type_error(layout):
    with pytest.raises(TypeError, match="layout must be None, True or False"):
        extract("市图书馆明天开展读书活动", layout=layout)


# ------------------------------------------------------------------ find_*
TEXT = "本报讯 3月12日,太原市民政局在龙潭公园开展“学雷锋”志愿服务活动,200余名志愿者参加。"


@pytest.mark.parametrize("finder, model", [(find_dates, DateMention), (find_organizations, Organization),
                                           (find_statistics, Statistic), (find_events, Event)])
def test_each_finder_returns_a_tuple_of_the_models_of_extract(finder, model):
    found = finder(TEXT, published="2025-03-13", home="太原市")
    assert isinstance(found, tuple) and found and all(isinstance(m, model) for m in found)
    (article,) = extract(TEXT, published="2025-03-13", home="太原市", layout=False).articles
    area = {find_dates: "dates", find_organizations: "organizations", find_statistics: "statistics",
            find_events: "events"}[finder]
    assert list(found) == getattr(article, area)  # the same mentions as extract on the same plain text
    for mention in found:
        assert_offsets(TEXT, mention)


def test_finders_quote_traditional_text_and_accept_bytes():
    raw = "衛生署昨日表示,全港共有12萬戶家庭受惠。"
    for data in (raw, raw.encode("utf-8"), raw.encode("big5hkscs"), raw.encode("utf-16"), raw.encode("gb18030")):
        assert [(d.text, d.start, d.value.start) for d in find_dates(data, published="2025-10-16")] == \
            [("昨日", 3, dt.date(2025, 10, 15))]
        assert [(s.text, s.start, str(s.value)) for s in find_statistics(data)] == [("12萬戶", 12, "120000")]


def test_an_events_indices_point_into_the_other_finders_results():
    kwargs = {"published": "2025-03-13", "home": "太原市"}
    (event,) = [e for e in find_events(TEXT, **kwargs) if e.trigger == "开展"]
    assert find_dates(TEXT, **kwargs)[event.date_mention].text == "3月12日"
    assert [find_organizations(TEXT, **kwargs)[k].text for k in event.organization_mentions] == ["太原市民政局"]


@pytest.mark.parametrize("finder", list(FINDERS.values()))
def test_finders_keep_the_bad_input_rules(finder):
    assert finder("") == () and finder(" \n ") == ()
    with pytest.raises(TypeError, match="text is None"):
        finder(None)
    with pytest.raises(TypeError):
        finder(42)
    with pytest.raises(ValueError, match="lone surrogate"):
        finder("3月12日\ud800")
    with pytest.raises(ValueError, match="'昨天' is not a date"):
        finder("3月12日", published="昨天")


@pytest.mark.parametrize("published", ["2025年3月13日", "March 13, 2025", dt.date(2025, 3, 13),
                                       dt.datetime(2025, 3, 13, 9, 30)])
def test_finders_take_published_in_any_common_form(published):
    (mention,) = find_dates("昨日,市民来到公园。", published=published)
    assert mention.value.start == dt.date(2025, 3, 12)


def test_the_root_exports_the_functions_the_models_and_the_schema_version():
    assert {"extract", "find_dates", "find_organizations", "find_statistics", "find_events",
            "SCHEMA_VERSION", "Page", "DateMention", "Organization", "Statistic", "Event"} <= set(newsextract.__all__)
    for name in newsextract.__all__:
        assert getattr(newsextract, name) is not None
    for name in FINDERS:
        assert getattr(newsextract, name).__doc__


def test_the_schema_names_the_finders():
    description = newsextract.Page.model_json_schema()["description"]
    assert all(name in description for name in FINDERS)
