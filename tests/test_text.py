"""Decoding, width folding and the article offset map."""
import pytest

from newsextract.text import ArticleText, decode, fold, split_lines

FOLD_CASES = [
    ("２０２５年３月１２日", "2025年3月12日"),
    ("（上接第１版）", "(上接第1版)"),
    ("增长１２．３％，", "增长12.3%,"),
    ("张\u3000慧", "张 慧"),
    ("。、“”《》", "。、“”《》"),  # Chinese punctuation without an ASCII twin stays
]


@pytest.mark.parametrize("raw, folded", FOLD_CASES)
def test_fold_is_one_for_one(raw, folded):
    assert fold(raw) == folded
    assert len(fold(raw)) == len(raw)


def test_decode_accepts_utf8_gb18030_and_bom():
    text = "本报讯 3月12日,太原市"
    assert decode(text.encode("utf-8")) == text
    assert decode(text.encode("gb18030")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_decode_rejects_undecodable_bytes_and_non_text():
    with pytest.raises(ValueError, match="UTF-8 nor GB18030"):
        decode(b"\x81\x30\xff\xff\x80")
    with pytest.raises(TypeError, match="str or bytes"):
        decode(42)


# Every break of str.splitlines (issue 12: `\r`-only and U+2028 pages were one line).
BREAKS = ["\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("brk", BREAKS, ids=repr)
def test_split_lines_splits_at_every_line_break(brk):
    raw = brk.join(["标题", "", "正文一。", "正文二"])
    lines = split_lines(fold(raw))
    assert [ln.text for ln in lines] == ["标题", "", "正文一。", "正文二"] == raw.splitlines()
    for line in lines:  # `end` leaves the break out; the offsets are the caller's
        assert raw[line.start:line.end] == line.text
    assert split_lines(raw) == lines  # folded or not
    assert len(fold(raw)) == len(raw)


@pytest.mark.parametrize("raw, texts", [
    ("a\r\r\nb", ["a", "", "b"]),  # a lone \r, then a pair: two breaks
    ("a\n\rb", ["a", "", "b"]),  # \n then \r is two breaks, not a pair
    ("a\u2028\r\nb\x85", ["a", "", "b", ""]),
    ("a\x1fb\tc", ["a\x1fb\tc"]),  # the unit separator and a tab break no line
])
def test_split_lines_in_mixed_breaks(raw, texts):
    lines = split_lines(raw)
    assert [ln.text for ln in lines] == texts
    assert all(raw[ln.start:ln.end] == ln.text for ln in lines)


def test_article_text_of_lines_splits_at_every_break():
    raw = "第一段。\r\n第二段。\u2028第三段。\r第四段。"
    text = ArticleText.of_lines(raw)
    assert text.text == "第一段。\n第二段。\n第三段。\n第四段。"
    assert text.raw == text.text


def test_split_lines_keeps_offsets_and_drops_carriage_returns():
    raw = "标题\r\n\r\n正文一。\n正文二"
    lines = split_lines(raw)
    assert [ln.text for ln in lines] == ["标题", "", "正文一。", "正文二"]
    for line in lines:
        assert raw[line.start:line.end] == line.text


def test_article_text_maps_joined_pieces_back_to_the_page():
    page = "与6家全省性行业协\n\n另一篇。\n\n会商会共签约29个项目。\n\n第二段。"
    first = (0, page.index("\n"))
    rest_start = page.index("会商会")
    rest = (rest_start, rest_start + len("会商会共签约29个项目。"))
    second_start = page.index("第二段")
    text = ArticleText.build(page, fold(page), [[first, rest], [(second_start, second_start + 4)]])
    assert text.text == "与6家全省性行业协会商会共签约29个项目。\n第二段。"
    local = text.text.index("行业协会商会")
    fields = text.mention_fields(local, local + len("行业协会商会"))
    assert fields["text"] == "行业协会商会"
    assert fields["spans"] == [(page.index("行业协"), first[1]), (rest_start, rest_start + 3)]
    assert "".join(page[s:e] for s, e in fields["spans"]) == fields["text"]
    assert (fields["start"], fields["end"]) == (fields["spans"][0][0], fields["spans"][-1][1])
    inside = text.text.index("第二段")
    assert text.mention_fields(inside, inside + 3) == {"text": "第二段", "start": second_start,
                                                       "end": second_start + 3, "spans": None}
    assert text.paragraph_of(inside) == 1 and text.paragraph_of(0) == 0


def test_article_text_reads_a_kicker_before_the_headline_and_the_body_after_both():
    page = "上半年全市工业增长\n\n总产值达120亿元\n\n本报讯 正文。"
    kicker = (0, page.index("\n"))
    head = (page.index("总产值"), page.index("总产值") + len("总产值达120亿元"))
    body = (page.index("本报讯"), len(page))
    text = ArticleText.build(page, fold(page), [[body]], head, kicker)
    assert text.text == "上半年全市工业增长\n总产值达120亿元\n本报讯 正文。"
    assert text.body_start == text.text.index("本报讯")
    assert ArticleText.build(page, fold(page), [[body]], None, kicker).text == "本报讯 正文。"  # no title, no kicker


def test_article_text_quotes_the_callers_characters_not_the_folded_ones():
    page = "增长１２％"
    text = ArticleText.build(page, fold(page), [[(0, len(page))]])
    assert text.text == "增长12%"
    assert text.mention_fields(2, 5)["text"] == "１２％"


def test_a_range_over_pieces_out_of_page_order_keeps_start_before_end():
    """Issue 12: a paragraph whose rest stands above its head on the page gave a range over
    the join `start > end`; now `start`/`end` bound the pieces and `spans` lists them."""
    page = "活动。\n\n本报讯 3月12日,民政局在公园开展志愿服务"
    head = page.index("本报讯")
    text = ArticleText.build(page, fold(page), [[(head, len(page)), (0, 3)]])
    assert text.text == "本报讯 3月12日,民政局在公园开展志愿服务活动。"
    local = text.text.index("开展")
    start, end, spans = text.locate(local, len(text.text) - 1)
    assert spans == [(page.index("开展"), len(page)), (0, 2)]
    assert (start, end) == (0, len(page))
    assert "".join(page[s:e] for s, e in spans) == "开展志愿服务活动"
    # within one piece, or over pieces in page order, nothing changes
    assert text.locate(0, 3) == (head, head + 3, None)
