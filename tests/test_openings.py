"""Openings, signatures and captions composed from the credit grammar's parts (issue 18).

Every Hong Kong, Macao and Taiwan paper met so far combined the same parts its own way, and
each new combination broke segmentation on first sight. These tests draw the parts from the
data the parser composes (`data/credit_grammar.tsv`, the role words of `data/byline_roles.tsv`,
the reporting words of `data/dispatch_words.tsv`), combine them freely, write the result in
traditional script as the papers do, and keep only the combinations no fixture page has:
inside a small page of two items, each opening must open its item and name its reporter, and a
caption credited to who provided the picture must stay a caption.
"""
from __future__ import annotations

import functools
import pathlib

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from traditional import to_traditional

from newsextract import extract
from newsextract.layout import bylines, credit_parts, openings, roles
from newsextract.text import fold, split_lines

CI = settings(deadline=None, derandomize=True, database=None, max_examples=300,
              suppress_health_check=[HealthCheck.too_slow])
FIXTURES = pathlib.Path(__file__).parents[1] / "fixtures"


@functools.cache
def _fixture_text() -> str:
    """Every fixture page, folded: a generated opening found in it is no new combination."""
    return fold("\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))))


SURNAMES = ("陈", "黄", "林", "张", "李", "王", "何", "梁")  # frequent surnames (data/surnames.tsv has them)
GIVEN = "嘉欣志明美玲伟杰咏诗家豪文彬佩"  # characters of given names
PLACES = ("九龙", "台中", "新竹", "高雄", "澳门")
OUTLETS = ("星岛日报", "濠江报", "港澳时报")  # invented papers' names, each ending with 报


@st.composite
def names(draw) -> tuple[str, str]:
    """(the name as written, spaced out or whole; the name) of a two- or three-character name."""
    name = draw(st.sampled_from(SURNAMES)) + "".join(draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2)))
    return (" ".join(name) if draw(st.booleans()) else name), name


@st.composite
def openings_(draw) -> tuple[str, str]:
    """(an opening credit closed as its shape requires, the reporter's name) from the grammar's parts."""
    parts = credit_parts.parts()
    written, name = draw(names())
    role = draw(st.sampled_from([r for r in openings.role_words() if r.endswith(("记者", "通讯员"))]))
    outlet = draw(st.sampled_from(("", *parts["own_outlet"], *OUTLETS))) if not role.startswith("本报") else ""
    place = draw(st.sampled_from(PLACES))
    spaced = " " in written
    separated = [f"{s}{place}" for s in parts["separator"]]
    place_form = draw(st.sampled_from(separated + ([f" {place}", ""] if spaced else [""])))
    word = draw(st.sampled_from(bylines.dispatch_words("reported")))
    bracket = draw(st.sampled_from(("", *credit_parts.brackets())))
    head = f"{outlet}{role}{written}{place_form}{word}"
    if bracket:
        return f"{bracket}{head}{credit_parts.brackets()[bracket]}", name
    if place_form.startswith(tuple(parts["separator"])) and draw(st.booleans()):
        return f"{head} ", name  # run into the text after a space (`记者林 怡 萱/台北报导 …`)
    return f"{head}{draw(st.sampled_from(parts['colon']))}", name


BODY = ("立法会昨日三读通过修订条例草案，明年一月一日起实施。",
        "海关前日在货柜码头截获一批走私冻肉，估计市值约三百万元。")
TITLES = ("修订条例草案明年一月起实施", "海关在货柜码头破获走私冻肉案")


@settings(CI)
@given(openings_(), openings_())
def test_a_new_combination_of_known_parts_opens_its_item_and_names_its_reporter(first, second):
    (a, a_name), (b, b_name) = first, second
    assume(a_name != b_name)
    assume(fold(a).strip() not in _fixture_text() and fold(b).strip() not in _fixture_text())
    page = to_traditional(f"{TITLES[0]}\n\n{a}{BODY[0]}\n\n{TITLES[1]}\n\n{b}{BODY[1]}\n")
    infos = roles.classify_page(split_lines(fold(page)))
    assert [i.role for i in infos] == ["headline", "body", "headline", "body"], page
    articles = extract(page).articles
    assert [fold(x.headline or "") for x in articles] == list(TITLES), page
    assert [[fold(r) for r in x.byline.reporters + x.byline.correspondents] for x in articles] == [[a_name], [b_name]]
    assert all(x.dateline for x in articles), page


@settings(CI)
@given(st.sampled_from(credit_parts.parts()["picture_word"]),
       st.sampled_from((*credit_parts.parts()["separator"], *credit_parts.parts()["colon"])),
       st.sampled_from(("屏东县政府", "高市文化局", "港澳时报资料室")),
       st.sampled_from(("", *credit_parts.parts()["provided"])))
def test_a_picture_credited_to_its_provider_is_a_caption_in_any_composition(word, mark, provider, verb):
    # a body stands alone after the mark (`圖：房屋署`); a name that ends with no body's word needs the verb
    assume(verb or bylines.is_institution(provider))
    caption = f"公园入口的大型游乐设施。{word}{mark}{provider}{verb}"
    page = to_traditional(f"{TITLES[0]}\n\n〔记者黄 志 明/屏东报导〕{BODY[0]}\n\n{caption}\n\n"
                          "县府表示，公园每日开放。\n")
    assert [i.role for i in roles.classify_page(split_lines(fold(page)))] == ["headline", "body", "caption", "body"]


@st.composite
def outlet_openings(draw) -> tuple[str, str | None]:
    """(a paper's own bracketed dateline, any bracket, with its reporter after it in parentheses or
    said to report, or none; the reporter's name)."""
    bracket = draw(st.sampled_from(tuple(credit_parts.brackets())))
    outlet = draw(st.sampled_from(("本报", *OUTLETS)))
    word = draw(st.sampled_from(("讯", "专讯", "消息") if outlet == "本报" else ("讯", "专讯")))
    written, name = draw(names())
    role = draw(st.sampled_from([r for r in openings.role_words() if r.endswith("记者")]))
    said = draw(st.sampled_from(bylines.dispatch_words("reported")))
    tail, named = draw(st.sampled_from(((f"({role} {written})", name), (f"{role}{written}{said}:", name),
                                        ("", None))))
    return f"{bracket}{outlet}{word}{credit_parts.brackets()[bracket]}{tail}", named


@settings(CI)
@given(outlet_openings(), openings_())
def test_a_papers_own_dateline_in_any_bracket_opens_its_item(first, second):
    (a, a_name), (b, b_name) = first, second
    assume(a_name != b_name)
    assume(fold(a) not in _fixture_text())
    page = to_traditional(f"{TITLES[0]}\n\n{a}{BODY[0]}\n\n{TITLES[1]}\n\n{b}{BODY[1]}\n")
    articles = extract(page).articles
    assert [fold(x.headline or "") for x in articles] == list(TITLES), page
    assert [fold(r) for r in articles[0].byline.reporters] == ([a_name] if a_name else []), page
    assert articles[0].dateline, page


PHOTO_MARKS = ("摄", "摄影", "供图")  # data/photo_marks.tsv
MARKERS = ("", "▲", "■")  # what Hong Kong and Macao papers set before a caption


@st.composite
def photo_credits(draw) -> tuple[str, str]:
    """(a photographer's credit after a caption, the name): in parentheses or after a space or
    glued, an outlet and a role word or neither, the name spaced or whole, a separator before the
    mark after a role word or none, any mark."""
    written, name = draw(names())
    role = draw(st.sampled_from(("", "记者", "摄影记者", "通讯员", "实习记者")))
    outlet = draw(st.sampled_from(("", *OUTLETS))) if role else ""
    if not role and " " not in written:
        written = " ".join(written)  # a name alone before its mark is spaced out, as papers pad it
    # a role word before the name may let a separator stand before the mark (`記者賴 佩 君／攝`, Taiwan);
    # a name ending in 文 then keeps it (`記者徐 乃 文／攝`: no `文/攝` role pair)
    separator = draw(st.sampled_from(("", *credit_parts.parts()["separator"]))) if role else ""
    credit = f"{outlet}{role}{written}{separator}{draw(st.sampled_from(PHOTO_MARKS))}"
    return draw(st.sampled_from((f"({credit})", f" {credit}", credit))), name


@settings(CI)
@given(st.sampled_from(MARKERS), photo_credits())
def test_a_caption_credited_in_a_new_combination_is_a_caption_with_its_photographer(marker, credit):
    written, name = credit
    caption = to_traditional(f"{marker}立法会全体会议昨日表决法案。{written}")
    assume(fold(caption) not in _fixture_text())
    opening = to_traditional(f"{TITLES[0]}\n\n〔记者黄 志 明/屏东报导〕{BODY[0]}\n\n")
    page = opening + caption + "\n\n县府表示，条例明年起实施。\n"
    infos = roles.classify_page(split_lines(fold(page)))
    assert [i.role for i in infos] == ["headline", "body", "caption", "body"], caption
    assert infos[2].credit is not None and infos[2].credit.photographers == (name,), caption


NOT_OPENINGS = (
    "记者从卫生署获悉，计划已为三万名长者提供服务。",   # a body sentence that mentions 记者
    "据本港传媒报道，计划下月起增设二十个评估中心。",   # 据…报道
    "“记者 陈 明报道:这是假消息”，他说。",              # a quote
    "记者会上,局长报导:今年预算增加。",                 # a phrase after a role word names no one
    "本报记者近日走访多个社区报道:居民反映",            # no name before the reporting word
    "【新闻分析】立法会昨日通过预算案",                 # a bracketed label, no credit
    "【记者 陈 明/台中报导〕立法会昨日",                # a bracket closed by another's closer
)


def test_a_body_sentence_that_mentions_a_reporter_or_a_report_is_no_opening():
    for text in NOT_OPENINGS:
        assert roles.dateline(fold(to_traditional(text))) is None, text
