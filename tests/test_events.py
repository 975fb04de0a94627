"""Events read from articles whose other mentions are given; the table is tests/cases/events.tsv.

The cases pass the dates and organizations explicitly (marked in the text), so they test
the event grammar alone, whatever the other extractors find; rows without any marked
organization test the fallback organizer rule.
"""
import datetime as dt
import re

import pytest
from support import article_text, assert_linear, assert_spans, read_cases, work

from newsextract import extract, find_events, lexicon, places
from newsextract.context import Context
from newsextract.events import cues, themes
from newsextract.events import records as events
from newsextract.models import (
    Article,
    DateMention,
    DateValue,
    Event,
    Home,
    Organization,
    Statistic,
)
from newsextract.text import ArticleText, fold

CASES = [{k: v or "" for k, v in row.items()} for row in read_cases("events")]
MARKUP = re.compile(r"\[\[|\]\]|¶|\{([^{}=]*)=([^{}]*)\}|<([^<>|]+)(?:\|(\w+))?>")


def parse(case: str):
    """The plain text, the anchors, and the date and organization mentions marked in a case."""
    out, anchors, dates, orgs = [], [], [], []
    pos = last = 0
    opened = None
    for m in MARKUP.finditer(case):
        out.append(case[last:m.start()])
        pos += m.start() - last
        last = m.end()
        token = m.group(0)
        if token == "[[":
            opened = pos
        elif token == "]]":
            anchors.append((opened, pos))
        elif token == "¶":
            out.append("\n")
            pos += 1
        else:
            text = m.group(1) if m.group(1) is not None else m.group(3)
            if m.group(1) is not None:
                dates.append(_date(text, pos, m.group(2)))
            else:
                orgs.append(Organization(text=text, start=pos, end=pos + len(text), canonical=text,
                                         kind=m.group(4) or "government"))
            out.append(text)
            pos += len(text)
    out.append(case[last:])
    return "".join(out), anchors, dates, orgs


def _date(text: str, pos: int, spec: str) -> DateMention:
    value, _, grain = spec.partition("~")
    if not value:
        return DateMention(text=text, start=pos, end=pos + len(text), value=None, grain=None, resolution="vague")
    return DateMention(text=text, start=pos, end=pos + len(text), value=_value(value), grain=grain or "day")


def _value(spec: str) -> DateValue:
    start, _, end = spec.partition("/")
    return DateValue(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end or start))


def find(raw: str, dates=(), orgs=(), **kwargs):
    """The events of `raw`, with the place mentions the places stage reads in it (as `extract` does)."""
    ctx = Context(published=dt.date(2025, 3, 13), published_inferred=False, home=Home(), page=fold(raw))
    art = article_text(raw)
    kwargs.setdefault("places", places.find(art, ctx, organizations=orgs))
    return events.find(art, ctx, dates=dates, organizations=orgs, **kwargs)


def _params():
    for n, row in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=row["status"])] if row["status"].startswith("xfail") else []
        yield pytest.param(row, id=f"{n}-{row['type'].strip('-') or 'none'}", marks=marks)


@pytest.mark.parametrize("row", list(_params()))
def test_event_case(row):
    print(row["case"])
    raw, anchors, dates, orgs = parse(row["case"])
    found = find(raw, dates, orgs)
    for event in found:  # the span invariant, and links that point at what they say
        assert 0 <= event.start < event.end <= len(raw)
        assert event.trigger in raw[event.start:event.end]
        if event.date_mention is not None and dates[event.date_mention].value is not None:
            linked = dates[event.date_mention].value  # the event's date, or the opening day of its window
            assert linked == event.date or (linked.start == event.date.start and linked.end < event.date.end)
        for k in event.organization_mentions:  # a linked mention is (part of) a name the event gives,
            # or the name is the mention cut before a trigger word it swallowed (区法院受理后裁定)
            assert any(orgs[k].text in name or orgs[k].text.startswith(name)
                       for name in event.organizers + event.participants)
    if row["count"]:
        assert len(found) == int(row["count"]), [(e.type, raw[e.start:e.end]) for e in found]
    if not anchors:
        return
    (a_start, a_end), = anchors
    hits = [e for e in found if e.start < a_end and a_start < e.end]
    if row["type"] == "-":
        assert not hits, [(e.type, raw[e.start:e.end]) for e in hits]
        return
    assert hits, [(e.type, raw[e.start:e.end]) for e in found]
    event = hits[0]
    assert event.type == row["type"]
    if row["date"]:
        assert event.date == (None if row["date"] == "-" else _value(row["date"]))
    if row["location"]:
        assert event.location == (None if row["location"] == "-" else row["location"])
    if row["organizers"]:
        assert event.organizers == ([] if row["organizers"] == "-" else row["organizers"].split("|"))
    if row["participants"]:
        assert set(row["participants"].split("|")) <= set(event.participants), event.participants
    if row["theme"]:
        assert event.theme == (None if row["theme"] == "-" else row["theme"])


def test_statistics_of_the_event_are_linked():
    raw, _, dates, orgs = parse("{3月12日=2025-03-12},<万柏林区市场监督管理局>帮助40户个体工商户获得赔付款,"
                                "金额总计32.5万余元。下一句有5人。")
    stats = [Statistic(text=t, start=raw.index(t), end=raw.index(t) + len(t), value=v, unit=u, kind="count")
             for t, v, u in (("40户", 40, "户"), ("32.5万余元", 325000, "元"), ("5人", 5, "人"))]
    event, = find(raw, dates, orgs, statistics=stats)
    assert event.type == "payout"
    assert event.statistic_mentions == [0, 1]  # the sentence's, not the next one's
    assert event.organization_mentions == [0]
    assert event.date_mention == 0


def test_user_triggers_extend_the_vocabulary_without_global_state():
    raw, _, dates, orgs = parse("{5月20日=2025-05-20},<宜宾市第一人民医院>在江北公园举行快闪。")
    assert [e.type for e in find(raw, dates, orgs)] == []  # 举行 needs an event noun
    mine = events.Triggers.default().extended([("快闪", "activity", "noun")])
    found = find(raw, dates, orgs, triggers=mine)
    assert [(e.type, e.trigger, e.location, e.organizers) for e in found] == \
        [("activity", "举行", "江北公园", ["宜宾市第一人民医院"])]
    assert "快闪" not in events.Triggers.default().entries  # the default is untouched
    assert [e.type for e in find(raw, dates, orgs)] == []


def _leftmost_longest(words: list[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The trigger scan's contract, read slowly: from each position the longest word, then past it."""
    out, pos = [], start
    while pos < end:
        n = max((len(w) for w in words if text.startswith(w, pos) and pos + len(w) <= end), default=0)
        if n:
            out.append((pos, pos + n))
        pos += n or 1
    return out


@pytest.mark.parametrize("words, text, start, end", [
    (["开展", "开展活动", "活动"], "社区开展活动,开展义诊活动", 0, None),
    (["开展", "开展活动", "活动"], "社区开展活动,开展义诊活动", 3, 12),  # a window that cuts a word
    (["一开", "开展"], "N_x开展", 0, None),  # 一开 (U+4E00 U+5F00) would match the bytes of N_x across characters
    (["一开", "开展"], "N_一开", 0, None),
    (["開展", "举办"], "", 0, None),
    (["举办"], "🎉举办活动🎉举办", 0, None),  # a character outside the BMP
])
def test_trigger_scan_is_leftmost_longest_at_character_offsets(words, text, start, end):
    triggers = events.Triggers([(w, "activity", "word") for w in words])
    stop = len(text) if end is None else end
    assert [(h.start, h.end) for h in triggers.scan(text, start, end)] == _leftmost_longest(words, text, start, stop)


def _told(kind: str, *found: Event) -> Article:
    return Article(id=f"{kind}-{len(found)}", kind=kind, events=list(found))


def test_a_caption_that_shows_a_reported_happening_is_not_another_event():
    day = DateValue(start=dt.date(2025, 4, 2), end=dt.date(2025, 4, 2))
    report = Event(type="activity", trigger="义诊", start=0, end=30, date=day, organizers=["九江市第一人民医院"])
    caption = report.model_copy(update={"start": 50, "end": 70})
    other_day = caption.model_copy(update={"date": DateValue(start=dt.date(2025, 4, 3), end=dt.date(2025, 4, 3))})
    other_body = caption.model_copy(update={"organizers": ["修水县人民医院"]})
    pages = events.without_retold_captions([_told("news", report), _told("photo", caption, other_day, other_body)])
    assert pages[0].events == [report]
    assert pages[1].events == [other_day, other_body]  # another day or another body is another happening
    # a caption whose happening no report tells keeps it, and a report is never dropped
    assert events.without_retold_captions([_told("photo", caption)])[0].events == [caption]
    assert events.without_retold_captions([_told("news", report), _told("news", caption)])[1].events == [caption]


@pytest.mark.parametrize("row, message", [
    (("路演", "Road Show", "word"), "closed list"),
    (("路演", "roadshow", "word"), "closed list"),  # a type outside GUIDELINES §5 is refused
    (("路演", "activity", "phrase"), "kind"),
    (("", "activity"), "empty"),
    (("路演",), "needs"),
])
def test_bad_trigger_rows_are_refused(row, message):
    with pytest.raises(ValueError, match=message):
        events.Triggers([row])


def test_trigger_data_is_valid():
    for word, type_, kind, *_ in lexicon.rows("event_vocabulary", columns=3):
        assert type_ in events.EVENT_TYPES, (word, type_)
        assert kind in events.TRIGGER_KINDS, (word, kind)
    roles = {role for row in lexicon.rows("event_cues", columns=2) for role in row[1:] if role}
    assert roles == cues.ROLES  # a role no word has is a role the readers ask for in vain
    for name in ("place_nouns", "participant_words", "organizer_suffixes"):
        assert lexicon.words(name)


@pytest.mark.parametrize("rows, message", [
    ([("在", "place_cues")], "'在' has role 'place_cues'"),  # a typo fails when the file loads
    ([("打造", "clause_verb", "biulder")], "'打造' has role 'biulder'"),
])
def test_a_cue_role_no_reader_asks_for_is_refused(rows, message):
    with pytest.raises(lexicon.LexiconError, match=message):
        cues.by_role(rows)
    assert cues.by_role([("在", "place_cue")])["place_cue"] == {"在"}


def test_no_cue_words_match_nowhere():
    """A role left without words (a data edit) must not turn into an empty pattern that matches
    everywhere (`X与Y开展…` would then read as `分别开展` and split the record)."""
    assert re.compile(cues.pattern_of(frozenset())).search("东湖社区与西湖社区开展义诊活动") is None
    assert re.compile(cues.pattern_of(frozenset({"分别", "分"}))).search("X分别开展").group() == "分别"


def test_a_reader_asking_for_an_unknown_cue_role_fails():
    with pytest.raises(ValueError, match="no cue role"):
        cues.cue_words("place_cues")


@pytest.mark.parametrize("frame, message", [
    ("以…为主题", "must hold “…” once"),
    ("“…”与“…”主题", "must hold “…” once"),
    ("“…”", "needs a word of its own"),
])
def test_bad_theme_frames_are_refused(frame, message):
    with pytest.raises(lexicon.LexiconError, match=message):
        themes.compiled([frame])


@pytest.mark.parametrize("text, found", [
    ("以“美丽乡村”为主题开展活动", "美丽乡村"),
    ("活动主题为“邻里守望”。", "邻里守望"),
    ("开展“护河行动”世界水日主题宣传", "护河行动"),
    ("开展“护河行动”宣传", None),  # a quotation alone names no theme
    ("以“一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一”为主题", None),  # over 40
    ("“护河行动”,宣传主题", None),  # a gap holds Han characters only
])
def test_theme_frames(text, found):
    span = themes.theme(text, 0, len(text))
    assert (text[span[0]:span[1]] if span else None) == found


def test_every_event_type_has_a_case():
    """Every type of the closed list has a case; `other` (a happening no type fits) is stated by the
    grammar of a milestone reached or a fire reported, and by the few words review added for it (停电,
    搅珠): no dictionary gloss or GUIDELINES cell gives it, so every `other` row's source is review alone."""
    typed = {row["type"] for row in CASES if not row["status"]}
    assert events.EVENT_TYPES - typed == set(), events.EVENT_TYPES - typed
    other = [(word, source) for word, type_, _, source in lexicon.rows("event_vocabulary", columns=4)
             if type_ == "other"]
    assert other and all(source == "review" for _, source in other), other


@pytest.mark.parametrize("raw", [
    pytest.param("。" * 100_000, id="stops"),
    pytest.param("开展活动" * 25_000, id="one-clause-of-triggers"),
    pytest.param("在社区" * 30_000, id="place-cues"),
    pytest.param("3月12日,X社区与Y社区分别开展活动,来到公园,由Z局主办" * 2_000, id="one-long-sentence"),
    pytest.param("“" * 50_000 + "开展活动" + "”" * 50_000, id="nested-quotes"),
    pytest.param("由" * 50_000 + "主办活动", id="host-cues"),
])
def test_pathological_text_finishes(raw):
    for event in find(raw):
        assert 0 <= event.start <= event.end <= len(raw)


@pytest.mark.parametrize("unit", ["开展活动", "在社区", "3月12日,X社区与Y社区分别开展活动,来到公园,由Z局主办", "由"])
def test_work_grows_linearly(unit):
    assert_linear(lambda n: unit * n, find, small=100)


def test_linear_time_with_many_mentions_in_one_sentence():
    unit = "{3月1日=2025-03-01}<甲社区>报名,{3月2日=2025-03-02}由<乙局>主办考试,在丙公园签约,"
    raw, _, dates, orgs = parse(unit * 2_000)
    found = find(raw, dates, orgs)
    small, large = parse(unit * 100), parse(unit * 400)
    assert work(lambda: find(large[0], large[2], large[3])) <= 6 * work(lambda: find(small[0], small[2], small[3]))
    # one happening told again and again on the same day stays one record per type
    assert sorted(e.type for e in found) == ["exam", "registration", "signing"]


@pytest.mark.parametrize("text, clauses", [
    ("以“履行植树义务,共建美丽山西”为主题,开展活动。", ["以“履行植树义务,共建美丽山西”为主题", "开展活动"]),
    ("“感谢国家好政策!”3月12日,X局赔付。", ["“感谢国家好政策!”3月12日", "X局赔付"]),
    # an unmatched quotation mark shields nothing (counterexample: a page cut mid-quote)
    ("他说:“好,走吧。\n次日,出发。", ["他说", "“好", "走吧", "次日", "出发"]),
    ("印发《关于开展A,B的通知》,实施。", ["印发《关于开展A,B的通知》", "实施"]),
    # a digit group's comma ends no clause (Hong Kong and Taiwan papers write them)
    ("政府將撥款港幣5,000萬元,資助學校。", ["政府將撥款港幣5,000萬元", "資助學校"]),
    ("共1,234,567人次,同比上升。", ["共1,234,567人次", "同比上升"]),
    # counterexamples: not three digits after, or more than three
    ("分为1,2两组,开展比赛。", ["分为1", "2两组", "开展比赛"]),
    ("编号12,3456号,已受理。", ["编号12", "3456号", "已受理"]),
])
def test_clauses_respect_quotations_and_titles(text, clauses):
    from newsextract.text.clauses import Layout
    layout = Layout.of(text)
    assert [text[s:e] for s, e, _ in layout.clauses if e > s] == clauses


# An Arabic numeral before the verb (issue 12): the fallback organizer rule scanned an empty
# window for trigger words, and pyahocorasick's `iter_long` raised IndexError on it.
NUMERAL_BEFORE_VERB = [
    "本报讯 当天,10余名志愿者参加活动。",
    "本报讯 昨日,20多名党员参加义诊。",
    "本报讯 近日,30名青年走访社区。",
    "本报讯 上午,5名医生开展义诊。",
    "本报讯 当天,100余户居民参加培训。",
    "本报讯 3月5日,8位老人参观展览。",
    "本报讯 今年,12家企业举办招聘会。",
    "本报讯 当天,50名学生参加比赛。",
    "本报讯 当日,近200名群众观看演出。",
]


@pytest.mark.parametrize("raw", NUMERAL_BEFORE_VERB)
def test_a_numeral_before_the_verb_reads(raw):
    page = extract(raw, published="2025-03-13")
    assert_spans(raw, page)
    page.model_dump_json()


@pytest.mark.parametrize("text, start, end, found", [
    ("", 0, None, []),
    ("开展", 2, None, []),  # a start at the end of the text: iter_long raised
    ("开展", 0, 0, []),
    ("开展", 1, 2, []),  # half a word is no word
    ("开展", 0, 1, []),
    ("开展", 5, 9, []),
    ("开展", 2, 0, []),  # an inverted window is empty
    ("开展", 0, 9, [(0, 2)]),  # an end past the text: iter_long raised
    ("开展", -3, None, [(0, 2)]),
    ("在开展", 1, 3, [(1, 3)]),
    ("开展活动", 1, None, [(2, 4)]),  # from inside a word on
])
def test_trigger_scan_takes_any_window(text, start, end, found):
    hits = events.Triggers.default().scan(text, start, end)
    assert [(s, e) for s, e, _ in hits] == found


@pytest.mark.parametrize("order", ["page order", "rest above its head"])
def test_an_event_across_a_join_lists_its_pieces(order):
    """Issue 12: events have `spans` like the mentions, and `start <= end` even when the rest
    of a broken paragraph stands above its head on the page."""
    head_text, rest_text = "本报讯 3月12日,太原市民政局在迎泽公园开展志愿服务", "活动。"
    page = head_text + "\n\n" + rest_text if order == "page order" else rest_text + "\n\n" + head_text
    head, rest = page.index(head_text), page.index(rest_text)
    text = ArticleText.build(page, fold(page), [[(head, head + len(head_text)), (rest, rest + len(rest_text))]])
    ctx = Context(published=dt.date(2025, 3, 13), published_inferred=False, home=Home(), page=fold(page))
    event, = events.find(text, ctx)
    assert event.type == "activity"
    assert event.spans == [(head, head + len(head_text)), (rest, rest + 2)]
    assert event.start == min(head, rest) and event.end == max(head + len(head_text), rest + 2)
    assert "".join(page[s:e] for s, e in event.spans) == head_text + "活动"


def test_an_event_starts_at_a_join_that_opens_its_clause():
    """ev70: a paragraph broken across another block, its rest opening a clause of its own (…预计吸引游客3万人次，|
    市交通局…加开…: heldout30 and heldout46 taiwan_news): the event told after the join starts there, and its span
    does not reach over the block between; a join inside a clause keeps both pieces (the test above)."""
    head_text = "本报讯 3月12日,市文化馆在滨江广场举办灯会,预计吸引游客3万人次,"
    block, rest_text = "另一篇文章的一段话。", "市交通局在沿线加开公交线路5条。"
    page = head_text + "\n\n" + block + "\n\n" + rest_text
    head, rest = page.index(head_text), page.index(rest_text)
    text = ArticleText.build(page, fold(page), [[(head, head + len(head_text)), (rest, rest + len(rest_text))]])
    ctx = Context(published=dt.date(2025, 3, 13), published_inferred=False, home=Home(), page=fold(page))
    held, added = events.find(text, ctx)
    assert (held.type, added.type) == ("exhibition", "traffic")
    assert added.start == rest and added.spans is None
    assert held.end <= head + len(head_text)


def test_an_event_within_one_line_has_no_pieces():
    raw, _, dates, orgs = parse("{3月12日=2025-03-12},<太原市民政局>在迎泽公园开展志愿服务活动。")
    event, = find(raw, dates, orgs)
    assert event.spans is None and raw[event.start:event.end].endswith("活动")


def _events_imports():
    """Module of events/ → the events modules it imports, also under `if TYPE_CHECKING:`
    (tests/test_imports.py checks the whole package; this pins the events layering)."""
    import ast
    import pathlib

    import newsextract.events as package

    folder = pathlib.Path(package.__file__).parent
    names = {p.stem for p in folder.glob("*.py")}
    graph = {}
    for path in sorted(folder.glob("*.py")):
        graph[path.stem] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                graph[path.stem].update([node.module.split(".")[0]] if node.module else
                                        [alias.name for alias in node.names])
        graph[path.stem] &= names
    return graph


def test_the_events_modules_import_each_other_without_a_cycle():
    graph = _events_imports()
    done, path = set(), []

    def visit(module):
        assert module not in path, " → ".join(path[path.index(module):] + [module])
        if module in done:
            return
        path.append(module)
        for other in sorted(graph[module]):
            visit(other)
        path.pop()
        done.add(module)

    for module in graph:
        visit(module)
    assert graph["types"] <= {"triggers"} and not graph["facts"] & {"when", "where", "who", "records"}


@pytest.mark.parametrize("text, trigger", [
    ("3月12日,市圖書館在龍潭公園開展讀書活動。", "開展"),   # traditional: the caller's characters
    ("3月12日,市图书馆在龙潭公园开展读书活动。", "开展"),
])
def test_the_trigger_quotes_the_callers_characters(text, trigger):
    """The events stage slices the text as the caller wrote it at the offsets it matched (the
    vocabulary is simplified; folding is one character for one)."""
    from newsextract import find_events

    (event,) = find_events(text, published="2025-03-13")
    assert event.trigger == trigger and trigger in text[event.start:event.end]


#: A sum a body announces it will put in (X宣布，将…投入+sum: heldout34, heldout35 wire_news, golds policy), and its
#: negatives: no announcement, no plan word, no sum right after the word, or a plan's content retold after 公布.
COMMITMENTS = [
    ("5月13日，英国国家统计局公布数据。同日，英国政府宣布将投入25亿英镑升级北部铁路网。", "将投入25亿英镑", "policy"),
    ("韩国政府8日宣布，将在未来5年投入4.5万亿韩元，支持本国企业建设产线。", "投入4.5万亿韩元", "policy"),
    ("县警察局6日宣布，端午连假期间每日将投入警力约320人次。", "投入警力", None),
    ("今年该公司研发投入1860万元，新产品销售额增长。", "研发投入", None),
    ("新竹市政府昨日公布交通改善计划，将投入新台币4.2亿元拓宽公道五路。", "将投入新台币", None),
    ("韩国政府8日表示，将在未来5年投入4.5万亿韩元。", "投入4.5万亿", None),
]


@pytest.mark.parametrize("text, anchor, type_", COMMITMENTS)
def test_a_sum_committed_is_a_policy_only_when_announced(text, anchor, type_):
    at = text.index(anchor)
    hits = [e for e in find_events(text, published="2025-06-09") if e.start < at + len(anchor) and at < e.end]
    assert [e.type for e in hits] == ([type_] if type_ else [])
