"""Hypothesis strategies that write news-like sentences and pages from the library's own
vocabularies, so that generated text reaches every stage: layout, joins, dates,
organizations, statistics and events (issue 12: an alphabet without event verbs never
reached the trigger scan that crashed on one sentence in five).

Words come through `newsextract.lexicon` (trigger words, organization suffixes, aliases
and prefixes, units and classifiers, approximation words, date words, festivals, region
names, place nouns, participant words, event cues, bylines); the grammar here only puts
them in the orders a report uses, with numerals (Arabic, Chinese, full-width, with
`余`/`多`/`近`), punctuation, layout spaces and every kind of line break in between.
Used by tests/test_properties.py (a fixed number of examples in CI) and tests/fuzz/
(as many as you like).

Each sentence or line is written by `Writer` from one seed that hypothesis draws, and
hypothesis draws the page's shape (how many articles, lines and sentences, which
breaks, where a column break falls): a hypothesis draw costs ~80 µs, and drawing every
word would make writing a sentence ~7× slower than extracting it. A failure shrinks to
fewer lines and sentences, simpler breaks and smaller seeds, and prints the text.
"""
from __future__ import annotations

import datetime as dt
import random

from hypothesis import strategies as st

from newsextract import lexicon


def _column(name: str, k: int = 0, columns: int = 1, where=lambda row: True) -> list[str]:
    """Column `k` of `data/<name>.tsv`, for the rows `where` keeps, in file order (sorted
    lists keep the examples of a seed the same from run to run)."""
    return sorted({row[k] for row in lexicon.rows(name, columns) if len(row) > k and row[k] and where(row)})


def _role(name: str, role: str, k: int = 1) -> list[str]:
    return _column(name, 0, 2, lambda row: role in row[k].split(",") or role in row[k].split("|"))


TRIGGERS = {kind: _column("event_vocabulary", 0, 3, lambda row, kind=kind: row[2] == kind)
            for kind in ("word", "verb", "noun", "move")}
SUFFIXES = _column("org_suffixes", 0, 3)
ALIASES = _column("org_aliases", 0, 3)
PREFIXES = _column("org_prefixes", 0, 3)
ORGANIZER_SUFFIXES = _column("organizer_suffixes")
UNITS = _column("units", 0, 2)
CLASSIFIERS = _column("units", 0, 2, lambda row: len(row) > 4 and row[4] == "classifier") + \
    _role("org_stop", "classifier")
APPROX = {pos: _column("approx_words", 0, 3, lambda row, pos=pos: row[1] == pos)
          for pos in ("before", "inside", "after")}
DATE_WORDS = {role: _column("date_words", 0, 3, lambda row, role=role: row[1] == role)
              for role in ("day", "year", "year_anaphor", "year_sentence", "month", "week", "anaphor", "vague",
                           "xun", "year_part", "part_of_day")}
DATE_CUES = _column("date_cues", 0, 2)
FESTIVALS = _column("festivals", 0, 3)
REGIONS = _column("divisions", 1, 3)[::7] + _column("divisions", 2, 3)[::11]  # a spread of names and short names
PLACES = _column("place_nouns")
PARTICIPANTS = _column("participant_words")
CUES = {role: _role("event_cues", role) for role in
        ("lead", "source", "link", "adverb", "host", "cumulative", "cutoff", "place_cue", "place_tail",
         "anaphor", "back_reference", "plan", "scope", "total")}
CHANGES = _column("change_words", 0, 2)
SUBJECT_LINKS = _column("subject_links")
BYLINE_ROLES = _column("byline_roles", 0, 2)
AGENCIES = _column("dateline_agencies")
SURNAMES = _column("surnames")
CAPTIONS = _column("caption_openers")
IDIOMS = _column("idioms")

CN_DIGITS = "零〇一二两三四五六七八九"
CN_UNITS = ["", "十", "百", "千", "万", "亿"]
PUNCTUATION = list(",,。、;:!?“”《》()…—") + list("，：；（）！？")
SPACES = [" ", "  ", "\u3000", "\t"]
# every line break of str.splitlines, weighted toward the usual ones
BREAKS = ["\n"] * 6 + ["\r\n"] * 3 + ["\n\n"] * 3 + ["\r", "\u2028", "\u2029", "\x85", "\v", "\f", "\x1c"]
_WIDE_DIGITS = {c: c + 0xFEE0 for c in range(0x30, 0x3A)}
_NAME_BODIES = ["人民", "社会", "教育", "文化", "卫生健康", "市场监督管理", "东湖", "新华", "朝阳", "红星", ""]
_THEMES = ["学雷锋", "文明实践", "安全", "绿色", "邻里", "巾帼建新功", "清明祭英烈"]


class Writer:
    """Writes the parts of a news report with the choices of one `random.Random`."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, words) -> str:
        return self.rng.choice(words) if words else ""

    def maybe(self, write, p: float = 0.5) -> str:
        return write() if self.rng.random() < p else ""

    def pick_maybe(self, words, p: float = 0.5) -> str:
        return self.pick(words) if self.rng.random() < p else ""

    # -------------------------------------------------------------- numerals
    def arabic(self) -> str:
        r, k = self.rng, self.rng.randrange(6)
        if k == 0:
            return str(r.randrange(121))
        if k == 1:
            return str(r.randrange(100_000))
        if k == 2:
            return f"{r.randrange(10_000)}.{r.randrange(100)}"
        if k == 3:
            return f"{r.randrange(1000, 10_000_000):,}"
        if k == 4:
            return str(r.randrange(1000)).translate(_WIDE_DIGITS)  # full-width digits
        return "0" + str(r.randrange(100))

    def chinese(self) -> str:
        return "".join(self.pick(CN_DIGITS) + self.pick(CN_UNITS) for _ in range(self.rng.randint(1, 4)))

    def numeral(self) -> str:
        k = self.rng.randrange(5)
        if k < 2:
            return self.arabic()
        if k < 4:
            return self.chinese()
        return self.arabic() + self.pick(["万", "亿", "千", "万余"])

    def quantity(self) -> str:
        """`近200名`, `10余名`, `三百多户`, `1.5万元左右`."""
        return (self.pick_maybe(APPROX["before"], 0.3) + self.numeral() + self.pick_maybe(APPROX["inside"], 0.4)
                + self.pick(UNITS + CLASSIFIERS) + self.pick_maybe(APPROX["after"], 0.2))

    def percent(self) -> str:
        return self.pick_maybe(CHANGES) + self.arabic() + self.pick(["%", "％", "个百分点", "成"])

    # -------------------------------------------------------------- dates
    def month_day(self) -> str:
        r, k = self.rng, self.rng.randrange(4)
        if k == 0:
            return f"{r.randrange(14)}月{r.randrange(33)}日"
        if k == 1:
            return (f"{r.randint(1, 12)}月{r.randint(1, 31)}日"
                    f"{self.pick(['至', '到', '—', '-'])}{r.randint(1, 31)}日")
        if k == 2:
            return (self.pick(list("一二三四五六七八九十")) + "月"
                    + self.pick(["一", "十二", "二十", "三十一", "初八"]) + "日")
        return f"{r.randint(1, 12)}.{r.randint(1, 31)}"

    def year(self) -> str:
        r, k = self.rng, self.rng.randrange(4)
        if k == 0:
            return f"{r.randint(1, 9999)}年"
        if k == 1:
            return f"{r.randint(1990, 2035)}年"
        if k == 2:
            return "二〇" + self.pick(CN_DIGITS) + self.pick(CN_DIGITS) + "年"
        return self.pick(DATE_WORDS["year"] + DATE_WORDS["year_anaphor"] + DATE_WORDS["year_sentence"])

    def date(self) -> str:
        k = self.rng.randrange(8)
        if k < 2:
            return self.maybe(self.year) + self.month_day() + self.pick_maybe(DATE_WORDS["part_of_day"], 0.2)
        if k == 2:
            return self.maybe(self.year, 0.3) + self.pick(FESTIVALS) + self.pick_maybe(DATE_CUES)
        if k == 3:
            return self.pick_maybe(DATE_WORDS["year"]) + self.pick(DATE_WORDS["year_part"] + DATE_WORDS["month"])
        if k == 4:
            return self.pick(DATE_WORDS["week"]) + self.pick(["周一", "周三", "星期五", "周末", "周", "星期日"])
        if k == 5:
            return self.pick(DATE_WORDS["day"] + DATE_WORDS["anaphor"] + DATE_WORDS["vague"])
        if k == 6:
            return f"{self.rng.randint(1, 12)}月" + self.pick(DATE_WORDS["xun"])
        return self.pick(DATE_WORDS["part_of_day"]) + f"{self.rng.randrange(26)}:{self.rng.randrange(61):02d}"

    # -------------------------------------------------------------- who, where
    def organization(self) -> str:
        k = self.rng.randrange(5)
        if k < 2:
            return self.pick_maybe(PREFIXES, 0.3) + self.pick(REGIONS) + self.pick(_NAME_BODIES) + self.pick(SUFFIXES)
        if k == 2:
            return self.pick(ALIASES)
        if k == 3:
            return self.pick(REGIONS) + self.pick(SUFFIXES) + self.pick(SUFFIXES)
        return self.pick(REGIONS) + self.pick(["“", "《"]) + self.pick(_THEMES) + self.pick(["”", "》"]) + \
            self.pick(SUFFIXES + ORGANIZER_SUFFIXES)

    def party(self) -> str:
        k = self.rng.randrange(4)
        if k < 2:
            return self.organization()
        if k == 2:
            return self.maybe(self.quantity, 0.6) + self.pick(PARTICIPANTS)
        return self.pick(SURNAMES) + self.pick(["某", "先生", "女士", "小明", "红"])

    def subject(self) -> str:
        out = self.party()
        while self.rng.random() < 0.3:
            out += self.pick(CUES["link"] + ["、"]) + self.party()
        return out + self.pick_maybe(CUES["adverb"], 0.3)

    def place(self) -> str:
        return (self.pick(CUES["place_cue"]) + self.pick_maybe(REGIONS) + self.pick(_NAME_BODIES) + self.pick(PLACES)
                + self.pick_maybe(CUES["place_tail"], 0.3))

    def theme(self) -> str:
        return (self.pick(["以", ""]) + self.pick(["“", "《", "\""]) + self.pick(_THEMES) + self.pick_maybe(PLACES)
                + self.pick(["”", "》", "\""]) + self.pick(["为主题", "主题", ""]))

    # -------------------------------------------------------------- what happened
    def act(self) -> str:
        k = self.rng.randrange(6)
        if k < 2:  # 开展了…活动
            return (self.pick(TRIGGERS["verb"]) + self.pick_maybe(["了", "的"], 0.3) + self.maybe(self.theme, 0.4)
                    + self.maybe(self.quantity, 0.2) + self.pick(TRIGGERS["noun"]))
        if k == 2:
            return self.pick(TRIGGERS["word"]) + self.maybe(self.quantity, 0.4)
        if k == 3:
            return self.pick(TRIGGERS["move"]) + self.pick_maybe(["了"]) + self.pick(REGIONS) + self.pick(PLACES)
        if k == 4:
            return self.pick(TRIGGERS["noun"]) + self.pick(["在", "于"]) + self.pick_maybe(REGIONS) + \
                self.pick(PLACES) + self.pick(["举行", "举办", "开幕", "进行"])
        return self.pick(CUES["host"]) + self.organization() + self.pick(CUES["host"])

    def statistic(self) -> str:
        k = self.rng.randrange(4)
        if k == 0:
            return self.pick(PARTICIPANTS + ["销售额", "投资", "人数", "金额", "覆盖率"]) + \
                self.pick_maybe(SUBJECT_LINKS) + self.quantity()
        if k == 1:
            return self.pick(["同比", "环比", "较去年", "比上年", ""]) + self.pick(CHANGES) + self.percent()
        if k == 2:
            return (self.pick(CUES["cumulative"] + CUES["total"] + CUES["cutoff"]) + self.maybe(self.date, 0.3)
                    + self.pick(TRIGGERS["word"] + TRIGGERS["verb"]) + self.quantity())
        return self.pick(IDIOMS) + self.pick(TRIGGERS["noun"] + PLACES)

    def clause(self) -> str:
        k = self.rng.randrange(6)
        if k < 2:  # 3月12日,X与Y在Z公园开展…活动
            return (self.maybe(self.date, 0.6) + self.pick_maybe([",", "，"]) + self.pick_maybe(CUES["lead"], 0.3)
                    + self.subject() + self.maybe(self.place, 0.4) + self.maybe(self.date, 0.2) + self.act())
        if k == 2:
            return self.subject() + self.maybe(self.place, 0.3) + self.act() + self.pick([",", "，"]) + self.statistic()
        if k == 3:  # 记者从X获悉,Y将于5月24日举行…
            return (self.pick(CUES["source"]) + self.pick_maybe([","]) + self.subject()
                    + self.pick(["将于", "于", "在", ""]) + self.date() + self.act())
        if k == 4:
            return self.statistic()
        return self.pick(CUES["back_reference"] + CUES["anaphor"] + CUES["plan"] + CUES["scope"]) + \
            self.maybe(self.place, 0.4) + self.act()

    def noise(self) -> str:
        return self.pick(PUNCTUATION + SPACES)

    def sentence(self) -> str:
        """One to three clauses, layout spaces or a stray mark here and there, an end."""
        out = self.maybe(self.noise, 0.15) + self.clause() + self.maybe(self.noise, 0.15)
        for _ in range(self.rng.randrange(3)):
            out += self.pick([",", "，", ";", "、", ","]) + self.clause()
        return out + self.pick(["。", "。", "。", "!", "?", ";", "…", "", "”。", "。)"])

    # -------------------------------------------------------------- lines of a page
    def dateline(self) -> str:
        return (self.pick(AGENCIES) + self.pick_maybe(REGIONS, 0.3) + self.maybe(self.month_day, 0.3)
                + self.pick(["讯", "电"]) + self.pick([" ", "\u3000", "", " "]))

    def headline(self) -> str:
        return (self.pick_maybe(REGIONS) + self.pick_maybe(TRIGGERS["verb"] + TRIGGERS["word"])
                + self.maybe(self.theme, 0.3) + self.pick(TRIGGERS["noun"] + PLACES + PARTICIPANTS)
                + self.pick_maybe(SPACES, 0.3)
                + self.pick_maybe(TRIGGERS["word"], 0.3))

    def name(self) -> str:
        return self.pick(SURNAMES) + self.pick(["慧", "明", "晓东", "丽", " 敏", "建国"])

    def byline(self) -> str:
        out = self.pick(BYLINE_ROLES) + self.pick(SPACES + [""]) + self.name()
        if self.rng.random() < 0.4:
            out += self.pick(SPACES) + self.pick(BYLINE_ROLES) + self.pick(SPACES + [""]) + self.name()
        return self.pick(["", "(", "("]) + out + self.pick(["", ")", ")"]) if self.rng.random() < 0.3 else out

    def caption(self) -> str:
        return self.pick(CAPTIONS) + self.pick_maybe([":", ","]) + self.sentence() + \
            self.maybe(lambda: " 本报记者 " + self.name() + " 摄", 0.5)

    def jump(self) -> str:
        return self.pick(["(上接第1版)", "(下转第2版)", "(转第3版)", "(上接A1版)", "（下转第４版）"])


_SEED = st.integers(0, 2**32 - 1)


def written(part: str) -> st.SearchStrategy[str]:
    """A part of a report (`sentence`, `headline`, `byline`…) written from one drawn seed."""
    return _SEED.map(lambda seed: getattr(Writer(random.Random(seed)), part)())


sentence = written("sentence")


@st.composite
def paragraph(draw, sentences: int | None = None) -> str:
    """One paragraph: a dateline perhaps, then `sentences` sentences (one to four)."""
    n = sentences if sentences is not None else draw(st.integers(1, 4))
    return (draw(written("dateline")) if draw(st.booleans()) else "") + "".join(draw(sentence) for _ in range(n))


@st.composite
def page(draw) -> tuple[str, int]:
    """A page of one to three articles (a headline line, perhaps a byline or a jump marker,
    body paragraphs; perhaps a photo caption), its lines joined by one kind of break (a
    page may mix them), a paragraph now and then broken mid-way as a column break leaves
    it, its rest some lines below. Returns the page and the number of sentences written."""
    brk = draw(st.sampled_from(BREAKS))
    mixed = draw(st.integers(0, 3)) == 0
    lines: list[str] = []
    count = 0
    for _ in range(draw(st.integers(1, 3))):
        lines.append(draw(written("headline")))
        if draw(st.booleans()):
            lines.append(draw(written("byline")))
        for _ in range(draw(st.integers(1, 3))):
            n = draw(st.integers(1, 3))
            count += n
            lines.append(draw(paragraph(n)))
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(written("jump")))
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(written("caption")))
            count += 1
    if len(lines) > 2 and draw(st.booleans()):  # a column break: the paragraph's rest stands lower
        k = draw(st.integers(0, len(lines) - 2))
        cut = draw(st.integers(1, max(1, len(lines[k]) - 1)))
        lines[k], rest = lines[k][:cut], lines[k][cut:]
        lines.insert(draw(st.integers(k + 1, len(lines))), rest)
    out = [draw(st.sampled_from(["", "", " ", "\u3000"]))]
    for line in lines:
        out.append(line)
        out.append(draw(st.sampled_from(BREAKS)) if mixed else brk)
    return "".join(out), count


published = st.one_of(
    st.just("2025-03-13"),
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["0001-01-01", "0001-01-05", "9999-12-31", "9999-12-27"]),
)
