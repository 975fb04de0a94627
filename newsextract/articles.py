"""Classified lines → articles: a walk in page order, then attaching what stands away.

The walk opens an article at a dateline (`本报讯`), a jump marker (`(上接第1版)`), a
byline that opens a text (`本报记者 王芳`), or titles followed by text when no article
is open; a closing credit (`(辛 欣)`) or `(下转第3版)` closes it. Titles between the
paragraphs of an open article are its subheadings. Then, because a page layout
pulled into text is not in reading order:

1. the rest of each broken paragraph is joined to it (`joins`), and the walk
   continues the article of the head when it meets the rest;
2. each article takes as headline the nearest title above it that shares its topic;
3. an article without headline and without end, and a later headed piece that does
   not open like an article on a page whose articles open with datelines, are one
   article whose headline stood after its first part;
4. titles left over go to headline-less articles by topic, then by position; the
   rest are column labels of the article they stand before;
5. photo captions become `photo` articles, linked to the article whose words they use.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from . import joins as _joins
from . import layout
from .bylines import Credit
from .layout import LineInfo
from .models import Article, Byline, Paragraph
from .text import Line
from .topic import Topic, bigrams

OWN_HEADLINE = 0.05  # a title shares at least this much of its words with the text below it
FLOATING_HEADLINE = 0.3  # a title far from its body must share much more
MERGE = 0.1  # two pieces are one article when the later one's words are this much the earlier one's
ILLUSTRATES = 0.15  # a caption names the article whose words it uses this much…
ILLUSTRATES_MARGIN = 1.5  # …and clearly more than any other article's
WINDOW = 60  # how many lines away a detached title or piece is looked for
MIN_DATELINES = 2  # a page "opens its articles with datelines" when it has this many


@dataclass(eq=False)
class Draft:
    """An article being assembled; `lines` are indices into the page's line records."""

    first: int
    lines: list[int] = field(default_factory=list)
    before: list[int] = field(default_factory=list)  # titles right above its first paragraph
    headline: Optional[int] = None
    kickers: list[int] = field(default_factory=list)  # title lines above the headline (引题)
    subheadings: list[int] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    credit: Credit = Credit()
    closed: bool = False  # a closing credit or a `(下转…)` ended it
    opens: bool = False  # its first paragraph opens an article (dateline or leading byline)
    dateline: Optional[str] = None
    continued_from: Optional[str] = None
    continued_to: Optional[str] = None
    photo: bool = False
    grams: frozenset[str] = frozenset()

    def close(self, info: LineInfo) -> None:
        """Take a paragraph's closing credit or jump marker."""
        if info.credit:
            self.credit = self.credit.merged(info.credit)
            self.closed = True
        if info.jump_to:
            self.continued_to = info.jump_to.page
            self.closed = True


class Page:
    """The page's line records and what is known of them."""

    def __init__(self, infos: list[LineInfo]):
        self.infos = infos
        self.grams = [bigrams(i.body_text) if i.role in ("body", "headline", "label", "caption") else frozenset()
                      for i in infos]
        self.topic = Topic(g for g in self.grams if g)
        self.uses_datelines = sum(bool(i.dateline or i.leading_credit) for i in infos) >= MIN_DATELINES
        self._following: dict[int, frozenset[str]] = {}
        self._context: dict[int, frozenset[str]] = {}

    def following(self, k: int, span: int = 3) -> frozenset[str]:
        """The bigrams of line `k` and the body lines just below it, up to the next opening."""
        found = self._following.get(k)
        if found is None:
            out = set(self.grams[k])
            for j in range(k + 1, min(len(self.infos), k + span)):
                if self.infos[j].role != "body" or self.infos[j].dateline:
                    break
                out |= self.grams[j]
            found = self._following[k] = frozenset(out)
        return found

    def context(self, k: int, span: int = 4) -> frozenset[str]:
        """The bigrams of line `k` and the body lines just above it (its paragraph's article)."""
        found = self._context.get(k)
        if found is None:
            out = set(self.grams[k])
            j = k - 1
            while j >= 0 and k - j <= span and self.infos[j].role == "body":
                out |= self.grams[j]
                if self.infos[j].dateline:
                    break
                j -= 1
            found = self._context[k] = frozenset(out)
        return found


def parse(raw: str, folded: str, lines: tuple[Line, ...]) -> list[Article]:
    """The page's articles with paragraphs, headlines and bylines, without mentions."""
    page = Page(layout.classify_page(lines))
    tails = _joins.find(page.infos, lambda h, t: page.topic.share(page.following(t), page.context(h)))
    drafts, floating = _walk(page, tails)
    for d in drafts:
        d.grams = frozenset().union(*(page.grams[j] for k in d.lines for j in _chain(k, tails)))
    _own_headlines(page, drafts, floating)
    drafts = _merge_pieces(page, drafts, tails)
    _floating_headlines(page, drafts, floating)
    _labels(page, drafts, floating)
    return _build(raw, page, drafts, tails)


# ------------------------------------------------------------------ 1. the walk
def _walk(page: Page, tails: dict[int, int]) -> tuple[list[Draft], list[int]]:
    infos = page.infos
    owner_of_head: dict[int, Draft] = {}
    tail_of = {t: h for h, t in tails.items()}
    drafts: list[Draft] = []
    floating: list[int] = []
    pending: list[int] = []
    current: Optional[Draft] = None

    def start(k: int) -> Draft:
        nonlocal pending
        draft = Draft(first=k, before=pending)
        pending = []
        drafts.append(draft)
        return draft

    for k, info in enumerate(infos):
        role = info.role
        if role == "caption":
            drafts.append(Draft(first=k, lines=[k], photo=True, credit=info.credit or Credit(), closed=True))
            continue
        if role in ("headline", "label"):
            pending.append(k)
            continue
        if role == "continuation":
            if info.jump_from:
                floating.extend(pending)
                pending = []
                current = start(k)
                current.continued_from = info.jump_from.page
            elif current is not None:
                current.continued_to = info.jump_to.page
                current.closed = True
            continue
        if role == "byline":
            if info.photo_credit:
                continue
            if info.leading_credit:
                current = start(k)
                current.credit, current.opens = info.credit, True
            elif current is not None and not current.closed:
                current.credit = current.credit.merged(info.credit)
                current.closed = True
            continue
        # a paragraph line
        if k in tail_of:
            head_owner = owner_of_head.get(tail_of[k])
            if head_owner is not None:
                current = head_owner
                current.close(info)
                if tails.get(k) is not None:
                    owner_of_head[k] = current
                continue
        if info.dateline or info.jump_from:
            if current is not None and current.opens and not current.lines and not info.jump_from:
                pass  # `本报记者 王芳` then `本报讯 …`: one opening
            else:
                current = start(k)
            current.opens = current.opens or bool(info.dateline)
            current.dateline = info.dateline.text if info.dateline else None
            if info.dateline and info.dateline.credit:
                current.credit = current.credit.merged(info.dateline.credit)
            if info.jump_from:
                current.continued_from = info.jump_from.page
        elif pending:
            if current is not None and not current.closed and (
                    page.uses_datelines or current.continued_from or current.subheadings):
                current.subheadings.extend(pending)
                pending = []
            else:
                current = start(k)
        elif current is None or current.closed:
            current = start(k)
        current.lines.append(k)
        if k in tails:
            owner_of_head[k] = current
        current.close(info)
    floating.extend(pending)
    return drafts, floating


# ------------------------------------------------------------------ 2. headlines above their text
def _title_share(page: Page, title: int, grams: frozenset[str]) -> float:
    return page.topic.share(page.grams[title], grams)


def _own_headlines(page: Page, drafts: list[Draft], floating: list[int]) -> None:
    """The nearest title above an article's first paragraph that shares its words; the
    titles right above that one (no label between) are its kicker lines (引题), unless
    a headline-less article claims them later.

    `生态环境保护` above `本报讯 …老军营街道…志愿服务项目…` shares none: a label, not
    the headline (tests/test_articles.py, the example page).
    """
    for d in drafts:
        if d.photo or not d.before:
            continue
        chosen = None
        for k in reversed(d.before):
            if _title_share(page, k, d.grams) >= OWN_HEADLINE:
                chosen = k
                break
        if chosen is not None:
            d.headline = chosen
            k = chosen - 1
            while k in d.before and page.infos[k].role == "headline":
                d.kickers.insert(0, k)
                k -= 1
        floating.extend(k for k in d.before if k != chosen)


# ------------------------------------------------------------------ 3. pieces of one article
def _needs_headline(d: Draft) -> bool:
    return not d.photo and d.headline is None and d.continued_from is None and bool(d.lines)


def _merge_pieces(page: Page, drafts: list[Draft], tails: dict[int, int]) -> list[Draft]:
    """Put the pieces of one article together.

    - An open headline-less article and a later headed piece that does not open like
      an article (on a page whose articles open with datelines): the piece's title is
      the article's headline, stood after its first part.
    - A headless piece that neither opens an article nor continues another page
      (`为保障游客出行安全…` after another article's byline): the rest of the open
      article above whose words it uses most. When that article's text stops
      mid-sentence, the piece's first line is the rest of its last paragraph, even if
      the break fell between two words (`…和智慧` | `农业,预计…`).
    """
    news = [d for d in drafts if not d.photo]
    pairs: list[tuple[float, int, int]] = []
    for j, later in enumerate(news):
        if later.opens or later.continued_from or not later.lines:
            continue
        piece = _is_piece(later)
        if not piece and not page.uses_datelines:
            continue
        grams = later.grams | (page.grams[later.headline] if later.headline is not None else frozenset())
        for i in range(j - 1, -1, -1):
            first = news[i]
            if later.first - first.first > WINDOW:
                break
            if first.closed or not first.lines or (not piece and not (_needs_headline(first) and first.opens)):
                continue
            score = page.topic.share(grams, first.grams)
            if score >= MERGE:
                pairs.append((-score, i, j))
    pairs.sort()
    gone: set[int] = set()
    rests = set(tails.values())
    for _, i, j in pairs:
        if j in gone or i in gone:
            continue
        first, later = news[i], news[j]
        if not _is_piece(later) and first.headline is not None:
            continue  # it took a headline from another piece already
        if _is_piece(later):
            _rejoin(page, first, later, tails, rests)
        _absorb(first, later)
        gone.add(j)
    dropped = {id(news[j]) for j in gone}
    return [d for d in drafts if id(d) not in dropped]


def _is_piece(d: Draft) -> bool:
    """Text with no title, no opening and no jump marker: the rest of some article."""
    return d.headline is None and not d.before and not d.opens and d.continued_from is None


def _rejoin(page: Page, first: Draft, piece: Draft, tails: dict[int, int], rests: set[int]) -> None:
    """Join the dangling last paragraph of `first` with the first line of `piece`
    (`rests`: the lines that already continue a paragraph)."""
    head = _last_line(first.lines[-1], tails)
    rest = piece.lines[0]
    if head in tails or rest in rests or layout.ends_sentence(page.infos[head].body_text):
        return
    if page.infos[head].jump_to or page.infos[head].credit:
        return
    tails[head] = rest
    rests.add(rest)
    piece.lines.pop(0)


def _absorb(first: Draft, later: Draft) -> None:
    first.lines.extend(later.lines)
    first.subheadings.extend(later.subheadings)
    first.labels.extend(later.labels)
    if later.headline is not None:
        first.headline, first.kickers = later.headline, later.kickers
    first.credit = first.credit.merged(later.credit)
    first.closed = later.closed
    first.continued_to = later.continued_to or first.continued_to
    first.grams = first.grams | later.grams


# ------------------------------------------------------------------ 4. titles left over
def _floating_headlines(page: Page, drafts: list[Draft], floating: list[int]) -> None:
    """Titles far from their text go to the headline-less article whose words they use."""
    needy = [d for d in drafts if _needs_headline(d)]
    titles = sorted(set(floating))
    pairs: list[tuple[float, int, int]] = []
    for n, d in enumerate(needy):
        lo, hi = bisect.bisect_left(titles, d.first - WINDOW), bisect.bisect_right(titles, d.first + WINDOW)
        for k in titles[lo:hi]:
            # a label shares all of its few words by chance: `志愿服务` is no headline
            if page.infos[k].role != "headline":
                continue
            score = _title_share(page, k, d.grams)
            if score >= FLOATING_HEADLINE:
                pairs.append((-score, n, k))
    pairs.sort()
    used: set[int] = set()
    for _, n, k in pairs:
        if needy[n].headline is not None or k in used:
            continue
        needy[n].headline = k
        used.add(k)
    # by position: a title that is no label, right above a headline-less article
    for d in needy:
        if d.headline is None:
            above = [k for k in d.before if k not in used and page.infos[k].role == "headline"]
            if above:
                d.headline = above[-1]
                used.add(above[-1])
    for d in drafts:
        d.kickers = [k for k in d.kickers if k not in used]
    floating[:] = [k for k in floating if k not in used]


def _labels(page: Page, drafts: list[Draft], floating: list[int]) -> None:
    """Every title still unplaced labels an article: the one whose title stands right
    below it; else, of the articles that own the paragraph just above it and just
    below it, the one that uses its words (else the one below)."""
    news = [d for d in drafts if not d.photo and d.lines]
    owner = {k: n for n, d in enumerate(news) for k in d.lines}
    placed = sorted(owner)
    headlines = {d.headline for d in news} | {k for d in news for k in d.kickers}
    titled = {k: n for n, d in enumerate(news) for k in [*d.kickers, d.headline] if k is not None}
    for k in sorted(set(floating) - headlines):
        if k + 1 in titled:  # right above a title: a column label over that article
            news[titled[k + 1]].labels.append(k)
            continue
        at = bisect.bisect_left(placed, k)
        below = owner[placed[at]] if at < len(placed) else None
        above = owner[placed[at - 1]] if at > 0 else None
        choices = [n for n in (below, above) if n is not None]
        if not choices:
            continue
        best = max(choices, key=lambda n: (page.topic.share(page.grams[k], news[n].grams), n == below))
        news[best].labels.append(k)


# ------------------------------------------------------------------ 5. the result
def _paragraph(raw: str, page: Page, k: int, tails: dict[int, int]) -> Paragraph:
    spans = [(page.infos[j].body_start, page.infos[j].body_end) for j in _chain(k, tails)]
    return Paragraph(text="".join(raw[s:e] for s, e in spans), spans=spans)


def _chain(k: int, tails: dict[int, int]) -> list[int]:
    """Line `k` and the lines that continue its paragraph, in order."""
    out, seen = [k], {k}
    while out[-1] in tails and tails[out[-1]] not in seen:
        out.append(tails[out[-1]])
        seen.add(out[-1])
    return out


def _last_line(k: int, tails: dict[int, int]) -> int:
    return _chain(k, tails)[-1]


def _illustrates(page: Page, photo: Draft, news: list[tuple[Draft, frozenset[str]]],
                 firsts: list[int]) -> Optional[int]:
    """The article a caption is about: it uses the caption's words, clearly more than any other.

    `firsts`: the sorted first lines of `news`, to look only at articles nearby.
    """
    grams = page.grams[photo.lines[0]]
    lo = bisect.bisect_left(firsts, photo.first - WINDOW)
    hi = bisect.bisect_right(firsts, photo.first + WINDOW)
    scores = sorted(((page.topic.share(grams, news[n][1]), n) for n in range(lo, hi)), reverse=True)
    if not scores or scores[0][0] < ILLUSTRATES:
        return None
    if len(scores) > 1 and scores[0][0] < ILLUSTRATES_MARGIN * scores[1][0]:
        return None
    return scores[0][1]


def _build(raw: str, page: Page, drafts: list[Draft], tails: dict[int, int]) -> list[Article]:
    infos = page.infos
    ordered = sorted(drafts, key=lambda d: d.lines[0] if d.lines else d.first)
    ids = {id(d): f"a{n}" for n, d in enumerate(ordered)}
    news = sorted(((d, d.grams | (page.grams[d.headline] if d.headline is not None else frozenset()))
                   for d in ordered if not d.photo), key=lambda pair: pair[0].first)
    firsts = [d.first for d, _ in news]
    out = []
    for d in ordered:
        paragraphs = [_paragraph(raw, page, k, tails) for k in d.lines]
        last = infos[_last_line(d.lines[-1], tails)] if d.lines else None
        truncated = bool(not d.photo and last is not None and not d.continued_to
                         and not last.credit and not layout.ends_sentence(last.body_text))
        illustrates = None
        if d.photo:
            n = _illustrates(page, d, news, firsts)
            illustrates = ids[id(news[n][0])] if n is not None else None
        headline = infos[d.headline] if d.headline is not None else None
        title = " ".join(raw[infos[k].start:infos[k].end] for k in [*d.kickers, d.headline]) if headline else None
        out.append(Article(
            id=ids[id(d)],
            kind="photo" if d.photo else "news",
            headline=title,
            headline_span=(headline.start, headline.end) if headline else None,
            labels=[raw[infos[k].start:infos[k].end] for k in d.labels],
            subheadings=[raw[infos[k].start:infos[k].end] for k in d.subheadings],
            byline=Byline(**d.credit.as_dict()),
            dateline=d.dateline,
            continued_from=d.continued_from,
            continued_to=d.continued_to,
            truncated=truncated,
            illustrates=illustrates,
            paragraphs=paragraphs,
        ))
    return out
