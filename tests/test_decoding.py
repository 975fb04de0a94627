"""Bytes → text (text/decoding.py, issue 14): UTF-8 with or without a BOM, UTF-16 with a
BOM, GB18030 and Big5-HKSCS told apart by how plausible their Chinese is; anything else is
a ValueError naming the encodings tried, never garbage."""
from __future__ import annotations

import random
import re

import pytest
from strategies import Writer
from support import read_cases
from traditional import to_traditional

from newsextract import extract
from newsextract.text.decoding import PLAUSIBLE, UndecodableError, decode, plausibility


def _cases() -> list:
    return [pytest.param(row, id=f"{k}:{row['encoding']}:{row['text'][:12]}",
                         marks=[pytest.mark.xfail(strict=True)] if row["status"] == "xfail" else [])
            for k, row in enumerate(read_cases("decoding"))]


@pytest.mark.parametrize("row", _cases())
def test_decoding_table(row):
    text = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), row["text"].replace("\\n", "\n"))
    data = text.encode(row["encoding"])
    expected = row["expected"]
    if expected == "same":
        assert decode(data) == text.lstrip("\ufeff")
    else:
        with pytest.raises(ValueError) as err:
            decode(data)
        assert expected[len("error:"):].strip() in str(err.value)


def _excerpts(length: int, count: int, seed: int) -> list[str]:
    """`count` pieces of `length` characters of news-like text written from the library's
    vocabularies (tests/strategies.py), each starting with a Chinese character."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        writer = Writer(rng)
        text = "".join(writer.sentence() for _ in range(max(2, length // 15)))
        text = text.replace("\uff10", "0")  # keep the pieces in the repertoire of Big5
        starts = [k for k, ch in enumerate(text[:len(text) - length]) if "\u4e00" <= ch <= "\u9fff"]
        if starts:
            start = rng.choice(starts)
            out.append(text[start:start + length])
    return out


# A piece of five characters may hold only one or two Chinese characters whose Big5 bytes
# are as common a GB18030 word (傍晚 → 衬边, 晚 → 边): no frequency can tell them apart. One
# such piece in a length's ~240 is allowed, and only as a clean reading in the other encoding.
SHORT = 5
MAX_AMBIGUOUS = 1
_HAN = re.compile("[\u4e00-\u9fff]")


def _reads_cleanly(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize("length", [5, 10, 20, 50, 200, 2000])
def test_every_encoding_reads_back_text_of_any_length(length):
    """The measurement the README reports, as a test: written sentences cut to 5…2,000
    characters, simplified and traditional, in every supported encoding, decode to
    themselves (charset-normalizer got 24 of 120 five-character GB18030 strings right)."""
    count = 40 if length < 2000 else 8
    wrong: list[tuple[str, str]] = []
    ambiguous: list[tuple[str, str, str]] = []
    tried = 0
    for simplified in _excerpts(length, count, seed=length):
        traditional = to_traditional(simplified)
        for text, encoding in [(simplified, "utf-8"), (simplified, "utf-16"), (simplified, "gb18030"),
                               (traditional, "gb18030"), (traditional, "big5hkscs"), (traditional, "utf-8-sig")]:
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue  # a character Big5 lacks
            tried += 1
            try:
                read = decode(data)
            except ValueError:
                if len(_HAN.findall(text)) >= 2:
                    wrong.append((encoding, text))
                continue  # one Chinese character (彰6969) is no evidence of an encoding: refusing is right
            if read != text:
                if length <= SHORT and any(_reads_cleanly(data, other) == read for other in ("gb18030", "big5hkscs")):
                    ambiguous.append((encoding, text, read))  # 傍晚9:2 in Big5 is 衬边9:2 in GB18030: both text
                else:
                    wrong.append((encoding, text))
    assert tried >= count * 4
    assert wrong == []
    assert len(ambiguous) <= MAX_AMBIGUOUS, ambiguous


@pytest.mark.parametrize("seed", range(200))
def test_random_bytes_are_text_or_an_error_never_an_exception_of_another_kind(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(rng.choice([3, 10, 40, 400])))
    try:
        text = decode(data)
    except UndecodableError as err:
        assert "GB18030" in str(err) and "Big5-HKSCS" in str(err) and "UTF-16" in str(err)
    else:
        assert isinstance(text, str)


def test_a_right_reading_scores_above_the_line_and_a_wrong_one_below():
    text = "【本報訊】廉政公署週三落案起訴兩名前食物環境衞生署職員。"
    data = text.encode("big5hkscs")
    assert plausibility(text) > PLAUSIBLE > plausibility(data.decode("gb18030"))
    simplified = "本报讯 3月12日,太原市民政局在龙潭公园开展志愿服务活动。"
    assert plausibility(simplified) > PLAUSIBLE
    assert plausibility("abc") == 0.0  # nothing to judge: ASCII is read by UTF-8 first anyway


def test_a_binary_file_that_gb18030_reads_keeps_its_reading_for_the_error():
    """The batch says "binary content" for such a file, not only "undecodable"."""
    with pytest.raises(UndecodableError) as err:  # GB18030 reads `\x81\x40` as a rare 丂, Big5 not at all
        decode(b"\x81\x40PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 20)
    assert err.value.reading is not None and "\x00" in err.value.reading
    with pytest.raises(UndecodableError) as err:
        decode(b"\x81\x30\xff\xfe\x80\x80")  # no encoding reads it at all
    assert err.value.reading is None


def test_a_byte_order_mark_decides():
    text = "本报讯 3月12日"
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16-le").join([b"\xff\xfe", b""])) == text
    assert decode(b"\xfe\xff" + text.encode("utf-16-be")) == text
    with pytest.raises(ValueError, match="UTF-16 byte order mark but are not UTF-16"):
        decode(b"\xff\xfe\x00\xd8A\x00")  # a lone surrogate after the mark


CUT_TEXT = "本报讯 3月12日,市图书馆开展读书活动。衛生署𠀀"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5hkscs", "utf-16"])
def test_bytes_cut_inside_their_last_character_lose_it(encoding):
    """A file or buffer cut at a byte count (the stress run's `cut_bytes`: 9 in 10 cuts of UTF-8
    fell inside a character and were refused): what stands before the cut character is the page."""
    text = CUT_TEXT if encoding != "big5hkscs" else "【本報訊】廉政公署週三落案起訴兩名前食物環境衞生署職員"
    data = text.encode(encoding)
    cuts = 0
    for k in range(1, 5):
        head = data[:-k]
        expected = next(text[:n] for n in range(len(text), -1, -1) if head.startswith(text[:n].encode(encoding)))
        assert decode(head) == expected, (k, head[-6:])
        cuts += head != expected.encode(encoding)
    assert cuts  # some cut fell inside a character


@pytest.mark.parametrize("data", [
    "市图书馆".encode()[:4] + "开展".encode(),          # a UTF-8 character cut inside the text
    "市图书馆".encode("gb18030")[:3] + b"\xff",        # GB18030 broken inside, then a cut at the end
    b"\xff\xfe" + "读书".encode("utf-16-le") + b"\x00\xd8A\x00",  # a lone surrogate inside UTF-16
])
def test_bytes_broken_before_their_end_are_still_refused(data):
    with pytest.raises(ValueError):
        decode(data)


def test_extract_reads_big5_bytes_as_the_text_they_encode():
    text = "【本報訊】廉政公署週三落案起訴兩名前食物環境衞生署職員。"
    assert extract(text.encode("big5hkscs"), published="2025-10-16") == extract(text, published="2025-10-16")
