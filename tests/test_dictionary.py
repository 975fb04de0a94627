"""jieba's dictionary read a row at a time (`text/dictionary.py`): the same words,
frequencies, tags and cuts as jieba itself, from data files its script writes."""
import importlib.util
import pathlib
import random
from importlib import metadata

import pytest

from newsextract.text.dictionary import dictionary

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "newsextract" / "data"


@pytest.fixture(scope="module")
def jieba_tokenizer():
    """A private jieba tokenizer with its dictionary built (never the global one)."""
    import jieba

    found = jieba.Tokenizer()
    found.FREQ, found.total = found.gen_pfdict(found.get_dict_file())
    found.initialized = True
    return found


def _script():
    spec = importlib.util.spec_from_file_location("build_dictionary", ROOT / "scripts" / "build_dictionary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, build", [("dictionary", "build_words"), ("dictionary_hmm", "build_hmm")])
def test_the_files_are_what_the_script_builds_from_the_installed_jieba(name, build):
    committed = (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    assert f"jieba {metadata.version('jieba')} " in committed[0], "another jieba: run scripts/build_dictionary.py"
    assert getattr(_script(), build)() == committed


# text, with the model (HMM), jieba's cut: what each path of the cut does
CUTS = [
    ("全省性行业协会商会共签约", False, ["全省", "性", "行业协会", "商会", "共", "签约"]),   # the likeliest path
    ("学到了不少基层强则", False, ["学到", "了", "不少", "基层", "强", "则"]),
    ("市民政局召开会议", False, ["市", "民政局", "召开", "会议"]),                        # 市民 loses to 民政局
    ("A股和B超", False, ["A股", "和", "B超"]),                                            # words with Latin letters
    ("iPhone15发布 售价5999元", False, ["iPhone15", "发布", " ", "售价", "5999", "元"]),  # a Latin run is one word
    ("Ｃ盘\r\n第二段", False, ["Ｃ", "盘", "\r\n", "第二段"]),                          # outside the blocks: one by one
    ("顺丰速运公司在深圳", False, ["顺", "丰", "速", "运", "公司", "在", "深圳"]),        # unknown: one by one…
    ("顺丰速运公司在深圳", True, ["顺丰速运", "公司", "在", "深圳"]),                     # …or guessed by the model
    ("张三李四王五", True, ["张三李四", "王五"]),
    ("中石化a油站", True, ["中石化", "a", "油站"]),                                       # the model skips Latin
    ("王小二在北大任教", True, ["王小二", "在", "北大", "任教"]),                         # known words: no guess
    ("侬好伐我覅", True, ["侬", "好", "伐", "我", "覅"]),                                 # the model guesses no word
    ("", True, []),
]


@pytest.mark.parametrize("text, hmm, expected", CUTS, ids=[f"{t[:8]}-{h}" for t, h, _ in CUTS])
def test_the_cut_is_jieba_s(jieba_tokenizer, text, hmm, expected):
    assert dictionary().cut(text, hmm) == expected
    assert jieba_tokenizer.lcut(text, HMM=hmm) == expected


def _pages() -> list[str]:
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures" / "unseen_a").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_every_window_of_the_pages_cuts_as_jieba_cuts_it(jieba_tokenizer):
    """Windows of every length the library cuts (a few characters around a break or a
    name, a sentence), at random places of the development pages, and whole pages."""
    rnd = random.Random(21)
    pages = _pages()
    assert pages
    for page in pages:
        for hmm in (False, True):
            assert dictionary().cut(page, hmm) == jieba_tokenizer.lcut(page, HMM=hmm)
        for _ in range(300):
            start, size = rnd.randrange(len(page)), rnd.choice((2, 4, 8, 12, 30))
            window = page[start:start + size]
            for hmm in (False, True):
                assert dictionary().cut(window, hmm) == jieba_tokenizer.lcut(window, HMM=hmm), window


def test_frequencies_and_prefixes_are_jieba_s(jieba_tokenizer):
    """A word's frequency, 0 for a prefix of a word, None for no key (jieba's `FREQ.get`)."""
    rnd = random.Random(21)
    keys = rnd.sample(sorted(jieba_tokenizer.FREQ), 5000)
    words = dictionary()
    for key in keys:
        assert words.get(key) == jieba_tokenizer.FREQ[key]
        assert key in words
        assert words.get(key + "龘") == jieba_tokenizer.FREQ.get(key + "龘")
    assert words.get("行业协会") > 0 and words.get("行业协") == 0 and words.get("龘行业") is None
    assert "行业协" in words and "龘行业" not in words and "" not in words and words.get("") is None


def _across_by_jieba(freq: dict, text: str, at: int, reach: int) -> bool:
    """Some key of jieba's prefix dictionary with a frequency holds `text[at - 1:at + 1]`, within `reach`."""
    for lo in range(max(0, at - reach + 1), at):
        for hi in range(at + 1, min(len(text), at + reach) + 1):
            found = freq.get(text[lo:hi])
            if found is None:
                break
            if found:
                return True
    return False


# text, position, reach, whether a word crosses the position: what each branch of `word_across` does
ACROSS = [
    ("党委和政府", 3, 4, False),     # no word holds 和|政: 政府 starts there
    ("党委和政府", 4, 4, True),      # 政府 crosses 政|府
    ("在北京市", 2, 4, True),        # 北京 crosses 北|京
    ("在北京市", 1, 4, False),       # 在北 is no word: a name may start at 北
    ("龘龘龘", 1, 4, False),         # no word starts with the character
    ("中华人民共和国", 6, 2, False),  # the reach clips 中华人民共和国 to pairs: 和国 is no word
    ("中华人民共和国", 6, 7, True),
    ("ab", 1, 4, False),
]


@pytest.mark.parametrize("text, at, reach, crosses", ACROSS)
def test_word_across_finds_the_words_jieba_has_across_a_position(jieba_tokenizer, text, at, reach, crosses):
    assert dictionary().word_across(text, at, reach) is crosses
    assert _across_by_jieba(jieba_tokenizer.FREQ, text, at, reach) is crosses


def test_word_across_is_jieba_s_at_every_position_of_the_pages(jieba_tokenizer):
    """At random positions of the development pages, with the reach the places stage uses and others."""
    rnd = random.Random(36)
    for page in _pages():
        for _ in range(200):
            at, reach = rnd.randrange(1, len(page)), rnd.choice((2, 4, 6))
            assert dictionary().word_across(page, at, reach) == _across_by_jieba(jieba_tokenizer.FREQ, page, at, reach)


def test_threads_reading_fresh_rows_get_jieba_s_answers(jieba_tokenizer):
    """Rows are searched, then parsed after some searches, by whichever thread asks: threads asking
    the same rows of a fresh dictionary at once get what jieba answers, and nothing fails."""
    from concurrent.futures import ThreadPoolExecutor

    from newsextract.text.dictionary import Dictionary
    rnd = random.Random(7)
    keys = [k for k in rnd.sample(sorted(jieba_tokenizer.FREQ), 20000) if k[0] in "中国人大市县发展工作"]
    pieces = keys + [k + "龘" for k in keys] + [k[:-1] for k in keys if len(k) > 1]
    for _ in range(3):
        words = Dictionary()
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(words.get, pieces * 4))
        assert answers == [jieba_tokenizer.FREQ.get(p) for p in pieces * 4]


@pytest.mark.parametrize("word, tag", [
    ("深圳", "ns"), ("鞍钢", "n"), ("而", "c"), ("几家", "m"), ("研发", "j"), ("龘龘", None), ("", None),
])
def test_tags_are_jieba_s(word, tag):
    assert dictionary().tag(word) == tag
