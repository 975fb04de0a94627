"""Classified lines → articles: a walk in page order, then attaching what stands away.

The walk opens an article at a dateline (`本报讯`), a jump marker (`(上接第1版)`), a
byline that opens a text (`本报记者 王芳`), or titles followed by text when no article
is open; a closing credit (`(辛 欣)`) or `(下转第3版)` closes it. Titles between the
paragraphs of an open article are its subheadings where nothing else would open the
next article — on a page whose articles open with datelines, in a text continued from
another page — and numbered titles (`二、…`) always are; elsewhere a title followed by
text opens an article (so an unnumbered subheading on a page without datelines is
still read as a headline: tests/test_articles.py has the strict xfail). Then,
because a page layout pulled into text is not in reading order:

1. the rest of each broken paragraph is joined to it (`joins`), and the walk
   continues the article of the head when it meets the rest; a paragraph standing
   between a broken paragraph and its rest is the top of another column, a piece
   placed by topic in step 3;
2. each article takes as headline the nearest title above it that shares its topic,
   and the titles right above that as kicker lines;
3. an article without headline and without end, and a later headed piece that does
   not open like an article on a page whose articles open with datelines, are one
   article whose headline stood after its first part; a headless piece goes to the
   article whose words it uses;
4. titles left over go to headline-less articles by topic, then by position, then
   (for an article that opens on this page) to whichever shares some of its words;
   by position, a title that shares no word with the untitled item above it nor with
   the one below goes with the one the page's own convention says (`Page.titles_after`:
   most of its sure titles stand after their bodies → the item above) unless its
   characters are clearly the other's; the rest are column labels of the article they
   stand before;
5. photo captions become `photo` articles, linked to the article whose words they use.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import lexicon
from ..models import Article, ArticleKind, Byline, Paragraph
from ..text.dictionary import dictionary
from ..text.offsets import Line
from ..text.rules import is_han
from . import briefs as _briefs
from . import bylines, roles
from . import joins as _joins
from . import links as _links
from . import shape as _shape
from .bylines import BUCKETS, Credit
from .roles import LineInfo
from .topic import Topic, characters, terms

OWN_HEADLINE = 0.05  # a title shares at least this much of its words with the text below it
# a kicker (引题) is one line: a short phrase above it is a column or series label (`乡村振兴看屏南`);
# title-shaped lines may stack (a main title over its subtitles: `…纳入社会救助兜底保障` over `●城市低保…`)
MAX_KICKERS = 1
COLUMN_NAME = 6  # column labels run 2–6 characters (`产业观察`, `学雷锋纪念日`); a longer short phrase may be a kicker
FLOATING_HEADLINE = 0.3  # a title far from its body must share much more
CLOSES = 4  # a title under a paragraph heads it when it shares this many times more of it than of the text below
ABOVE_MARGIN = 2  # …or this many times more, when that paragraph's article has no title above its text
MERGE = 0.1  # two pieces are one article when the later one's words are this much the earlier one's…
MERGE_TITLED = 0.2  # …or twice that when the earlier one's own title stands right after its text
ILLUSTRATES = 0.15  # a caption names the article whose words it uses this much…
ILLUSTRATES_MARGIN = 1.5  # …and clearly more than any other article's
WINDOW = 60  # how many lines away a detached title or piece is looked for
MIN_DATELINES = 2  # a page "opens its articles with datelines" when it has this many
FOLLOWING = 3  # the text from a line on: it and the body lines below it, this many lines in all
CONTEXT = 4  # a line's article: it and up to this many body lines above it
# a page sets its titles after their bodies when at least this many of its titles read so (`Page.titles_after`)…
AFTER_TITLES = 2
AFTER_RATIO = 2  # …and this many times as many as read as standing above their text
# past a title that closes the item above, a paragraph that opens a brief of its own is still a story's rest
# when an open story above shares this much of its words (`_Walk._story_above_uses`): 0.20 for the charging
# station's rest under another item's title (tests/cases/line_sequences.tsv), 0.09 at most for the power and
# loan figures under the port's title (heldout49/economy_page), which only share words of the trade
STORY_WORDS = 0.15


@dataclass(eq=False)
class Draft:
    """An article being assembled; `lines` are indices into the page's line records."""

    first: int
    lines: list[int] = field(default_factory=list)
    before: list[int] = field(default_factory=list)  # titles right above its first paragraph
    headline: int | None = None
    kickers: list[int] = field(default_factory=list)  # title lines above the headline (引题)
    subheadings: list[int] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    credit: Credit = Credit()
    closed: bool = False  # a closing credit or a `(下转…)` ended it
    titled_after: bool = False  # its headline, set after its text, ended it (an item that stands whole)
    opens: bool = False  # its first paragraph opens an article (dateline or leading byline)
    dateline: tuple[int, int] | None = None  # page span of `新华社北京3月5日电`, `本报讯`, a web item's date
    source: tuple[int, int] | None = None  # page span of a web item's outlet (`来源：人民网`)
    # page span of the date on a web item's metadata line, kept when a wire dateline in its first
    # paragraph (`中新网长春12月17日电`) becomes the item's dateline: the date is the item's all the same
    web_date: tuple[int, int] | None = None
    wire: bool = False  # its dateline is another outlet's (`新华社…电`)
    web: bool = False  # a web item: it opens with a metadata line
    credit_above: bool = False  # opened by a credit line above its headline (`记者 X/台南报导` / the title / the text)
    continued_from: str | None = None
    continued_to: str | None = None
    photo: bool = False
    brief: bool = False  # a headless brief of its own under the item above (`briefs.opens_brief`), no one's piece
    listed: bool = False  # a list under a title of its own (`_titles_list`): it ends at its last row
    grams: frozenset[str] = frozenset()
    interrupts: Draft | None = None  # the article whose broken paragraph this text stands inside
    between: tuple[Draft, Draft] | None = None  # a piece after the rest of a broken paragraph: it goes on one of these
    fallback: tuple[int, list[int]] | None = None  # a short label right above it (and its kickers): the
    # headline if no title of the article stands after its paragraphs

    def close(self, info: LineInfo) -> None:
        """Take a paragraph's closing credit or jump marker."""
        if info.credit:
            self.credit = self.credit.merged(info.credit)
            self.closed = True
        if info.signed:  # `(维港日报报道)`: the paper's tag ends the item
            self.closed = True
        if info.jump_to:
            self.continued_to = info.jump_to.page
            self.closed = True


class Page:
    """The page's line records and what is known of them."""

    def __init__(self, infos: list[LineInfo]):
        self.infos = infos
        self.grams = [terms(i.body_text, i.role in ("headline", "subheading", "label"))
                      if i.role in ("body", "headline", "subheading", "label", "caption")
                      else frozenset()
                      for i in infos]
        self.topic = Topic(g for g in self.grams if g)
        self.uses_datelines = sum(bool(i.dateline or i.leading_credit or i.meta and i.meta.opens)
                                  for i in infos) >= MIN_DATELINES
        self._following: dict[int, frozenset[str]] = {}
        self._context: dict[int, frozenset[str]] = {}

    @functools.cached_property
    def titles_after(self) -> bool:
        """Does the page set its headlines after their bodies? Its own sure cases say: a title that
        shares many of the words of the paragraph right above it (past a caption) and clearly more
        than of the text below stands after its body (`CLOSES`, as `_titles_text_above` reads one);
        one that shares many of the text below and clearly more than of any paragraph above
        stands over its body. A wire page of datelines sets all of its titles after their items
        (heldout26/27 wire_news: 3 and 5 sure cases, none above); a page that mixes both, as most
        county and economy pages do, has no convention (`AFTER_RATIO`)."""
        after = above = 0
        infos = self.infos
        for k, info in enumerate(infos):
            if info.role != "headline" or k + 1 >= len(infos) or infos[k + 1].role != "body":
                continue
            last = k - 1
            while last > 0 and infos[last].role == "caption":
                last -= 1
            up = _title_share(self, k, self.context(last)) if last >= 0 and infos[last].role == "body" else 0.0
            down = _title_share(self, k, self.following(k + 1))
            if up >= FLOATING_HEADLINE and up > CLOSES * down:
                after += 1
            elif down >= FLOATING_HEADLINE and down > CLOSES * up:
                above += 1
        return after >= AFTER_TITLES and after >= AFTER_RATIO * above

    @functools.cached_property
    def characters(self) -> list[frozenset[str]]:
        """Each line's characters (`topic.characters`), for the lines that have words."""
        return [characters(i.body_text) if g else frozenset() for i, g in zip(self.infos, self.grams, strict=True)]

    @functools.cached_property
    def character_topic(self) -> Topic:
        """Weights of the page's characters, rare on the page → heavy."""
        return Topic(c for c in self.characters if c)

    def character_share(self, title: int, lines: list[int]) -> float:
        """How much of title `title`'s characters the lines use (`Topic.share` of characters)."""
        used = frozenset().union(*(self.characters[j] for j in lines))
        return self.character_topic.share(self.characters[title], used)

    def following(self, k: int) -> frozenset[str]:
        """The bigrams of line `k` and the body lines just below it, up to the next opening."""
        found = self._following.get(k)
        if found is None:
            j = k + 1
            last = min(len(self.infos), k + FOLLOWING)
            while j < last and self.infos[j].role == "body" and not self.infos[j].dateline:
                j += 1
            found = self._following[k] = frozenset().union(*self.grams[k:j])
        return found

    def context(self, k: int) -> frozenset[str]:
        """The bigrams of line `k` and the body lines just above it (its paragraph's article)."""
        found = self._context.get(k)
        if found is None:
            j = k  # the first line above `k` taken
            while j > 0 and k - (j - 1) <= CONTEXT and self.infos[j - 1].role == "body":
                j -= 1
                if self.infos[j].dateline:
                    break
            found = self._context[k] = frozenset().union(*self.grams[j:k + 1])
        return found

    def title_over(self, k: int) -> frozenset[str]:
        """The bigrams of the headline right above the paragraph run that line `k` ends (its text's first
        line opened under it), or none: a rest broken off after a comma may share no word of the head's
        paragraphs but some of its headline (`銅鑼灣告士打道…將封閉，…` under `…賞燈人潮，`, titled `中秋綵燈會下周一
        亮燈 銅鑼灣中秋夜封路`, heldout39/hongkong_news; likewise heldout39/wire_news 3→5, heldout27/county_news 3→6:
        of the gold joins whose rest shares none of its head's paragraphs, these three share its title's words)."""
        j = k
        while j > 0 and k - (j - 1) <= CONTEXT and self.infos[j - 1].role == "body" and not self.infos[j].dateline:
            j -= 1
        return self.grams[j - 1] if j > 0 and self.infos[j - 1].role == "headline" else frozenset()

    def own_text(self, k: int) -> frozenset[str]:
        """`context(k)` within line `k`'s own item: a line that opens with a dateline has no line above
        it in its text (the item above it is another, though it may be the head of a broken paragraph)."""
        return self.grams[k] if self.infos[k].dateline else self.context(k)


def parse(raw: str, folded: str, lines: tuple[Line, ...], infos: list[LineInfo] | None = None) -> list[Article]:
    """The page's articles with paragraphs, headlines and bylines, without mentions.
    `infos`: the lines' `roles.classify_lines`, when already read."""
    page = Page(_quoted(raw, roles.classify_page(lines, infos)))
    tails = _joins.find(page.infos, lambda h, t: page.topic.share(page.following(t), page.context(h)),
                        lambda h, t: page.topic.share(page.grams[t], page.context(h) | page.title_over(h)),
                        lambda title, t: _title_share(page, title, page.following(t)),
                        lambda title, k: _title_share(page, title, page.own_text(k)),
                        lambda h, t: page.topic.share(page.grams[t], page.own_text(h)))
    drafts, floating = _Walk(page, tails).run()
    for d in drafts:
        d.grams = frozenset().union(*(page.grams[j] for k in d.lines for j in _chain(k, tails)))
    _own_headlines(page, drafts, floating, tails)
    drafts = _merge_pieces(page, drafts, tails, floating)
    _items_titled_below(page, drafts, floating, tails)
    _items_signed_apart(page, drafts, tails)
    _briefs_apart(page, drafts, tails)
    _floating_headlines(page, drafts, floating, tails)
    _labels(page, drafts, floating)
    if _shape.set_as_one_article(lines, page.infos):
        drafts = _as_one_article(drafts)
    return _build(raw, page, drafts, tails)


def _as_one_article(drafts: list[Draft]) -> list[Draft]:
    """The text drafts of set text (`shape.set_as_one_article`) as one article: the first
    headline in the text, with its kickers, is the article's; every later title is a
    subheading; the one dateline and all credits are the article's. Photo captions stay apart."""
    text = sorted((d for d in drafts if not d.photo), key=lambda d: d.lines[0] if d.lines else d.first)
    if len(text) < 2:
        return drafts
    titled = [d for d in text if d.headline is not None]
    head = min(titled, key=lambda d: d.headline or 0) if titled else None
    one = Draft(first=min(d.first for d in text), headline=head.headline if head else None,
                kickers=list(head.kickers) if head else [])
    for d in text:
        one.lines.extend(d.lines)
        one.labels.extend(d.labels)
        one.subheadings.extend(d.subheadings)
        if d is not head:
            one.subheadings.extend([*d.kickers, *([d.headline] if d.headline is not None else [])])
        one.credit = one.credit.merged(d.credit)
        one.dateline, one.source = one.dateline or d.dateline, one.source or d.source
        one.web_date = one.web_date or d.web_date
        one.wire, one.web, one.opens = one.wire or d.wire, one.web or d.web, one.opens or d.opens
        one.continued_from = one.continued_from or d.continued_from
        one.continued_to = d.continued_to or one.continued_to
        one.grams = one.grams | d.grams
    one.lines.sort()
    one.subheadings.sort()
    return [one, *(d for d in drafts if d.photo)]


def _quoted(raw: str, infos: list[LineInfo]) -> list[LineInfo]:
    """The lines with the names of their credits as the page writes them (a traditional
    page's `陳明`): the credits were read in the folded text, at the same offsets."""
    out = []
    for info in infos:
        if not (info.credit or info.dateline and info.dateline.credit):  # most lines name no one
            out.append(info)
            continue
        original = raw[info.start:info.end]
        if original != info.text:
            credit = bylines.quoted(info.credit, info.text, original) if info.credit else info.credit
            dateline = info.dateline
            if dateline is not None and dateline.credit:
                dateline = dataclasses.replace(dateline, credit=bylines.quoted(dateline.credit, info.text, original))
            info = info._replace(credit=credit, dateline=dateline)
        out.append(info)
    return out


# ------------------------------------------------------------------ 1. the walk
class _Walk:
    """Lines in page order → drafts of articles, and the titles no article took.

    One method per line role; each says what the line does to the open article
    (`current`) and to the titles waiting for a paragraph (`pending`):

    - caption: a photo article of its own, closed; the open article stays open.
    - headline, subheading, label: waits in `pending` for the next paragraph.
    - continuation `(上接第1版)`: the titles waiting float; opens an article continued
      from that page. `(下转第3版)`: closes the open article.
    - byline: a photographer's (it credits the caption next to it) is skipped; a
      leading one (`本报记者 王芳`) opens an article; any other closes the open one
      with its names.
    - body, the rest of a broken paragraph whose head an article holds: continues
      that article, whatever stands between.
    - body with a dateline or `(上接…)`: opens an article (a leading byline's article
      with no paragraph yet takes it as its opening).
    - body after a title that is the headline of the paragraph right above it (it shares
      that text's words, not the words below): the title closes the open article, the
      line opens another (`_titles_text_above`).
    - body after titles, in an open article that takes subheadings (a page of
      datelines, a text continued from another page, or numbered titles): the titles
      are its subheadings, the line its next paragraph.
    - body after titles, with no open article, after a closed one, or at the top of
      another column (the open article's last paragraph breaks off, its rest later):
      opens an article.
    - any other body line: the open article's next paragraph.
    """

    def __init__(self, page: Page, tails: dict[int, int]):
        self.page = page
        self.infos = page.infos
        self.tails = tails
        self.tail_of = {t: h for h, t in tails.items()}
        self.reach = _reach(tails)
        self.owner_of_head: dict[int, Draft] = {}  # a broken paragraph's head line → its article
        self.drafts: list[Draft] = []
        self.floating: list[int] = []  # titles that opened no article
        self.pending: list[int] = []  # titles waiting for the next paragraph
        self.current: Draft | None = None  # the open article
        self.resumed: Draft | None = None  # the article open before the rest of a broken paragraph came

    def run(self) -> tuple[list[Draft], list[int]]:
        for k, info in enumerate(self.infos):
            _BY_ROLE[info.role](self, k, info)
        self.floating.extend(self.pending)
        return self.drafts, self.floating

    def start(self, k: int) -> Draft:
        """Open an article at line `k`, with the titles waiting above it."""
        infos = self.infos
        draft = Draft(first=k, before=[j for j in self.pending if infos[j].role != "subheading"],
                      subheadings=[j for j in self.pending if infos[j].role == "subheading"])
        self.pending = []
        self.drafts.append(draft)
        self.current = draft
        return draft

    # ------------------------------------------------------------- one method per role
    def caption(self, k: int, info: LineInfo) -> None:
        self.drafts.append(Draft(first=k, lines=[k], photo=True, credit=info.credit or Credit(), closed=True))

    def title(self, k: int, info: LineInfo) -> None:
        self.pending.append(k)

    def continuation(self, k: int, info: LineInfo) -> None:
        if info.jump_from:
            self.floating.extend(self.pending)
            self.pending = []
            self.start(k).continued_from = info.jump_from.page
        elif info.jump_to and self.current is not None:
            self.current.continued_to = info.jump_to.page
            self.current.closed = True

    def byline(self, k: int, info: LineInfo) -> None:
        current = self.current
        if info.photo_credit:
            return
        if info.closing is not None:  # `(本报开罗2月11日电)` closes the open article, and dates it
            if current is not None and not current.closed:
                if current.dateline is None:
                    current.dateline = (info.start + info.closing.start, info.start + info.closing.end)
                    current.wire = info.closing.wire
                current.closed = True
            return
        if info.meta is not None:
            self._metadata(k, info)
        elif info.leading_credit:
            draft = self.start(k)
            draft.credit, draft.opens = info.credit or Credit(), True
        elif current is not None and current.opens and not current.lines and not self.pending:
            current.credit = current.credit.merged(info.credit)  # a credit line under a web item's metadata
        elif current is not None and not current.closed and current.opens and current.credit \
                and _opens_plain_text(self.infos, k) and not info.text.startswith("(") \
                and not roles.only_photographers(info.credit):
            # the open article's dateline named its reporters: a credit line after its text,
            # over a paragraph with no dateline (or over that paragraph's headline, as Taiwan
            # papers set `记者 X/台南报导` above the title), opens that paragraph's article (a
            # credit in parentheses, `(辛 欣)`, or a photographer's still closes the text above)
            draft = self.start(k)
            draft.credit, draft.opens = info.credit or Credit(), True
            draft.credit_above = self.infos[k + 1].role == "headline"
        elif current is not None and not current.closed and _titled_above(self.infos, current) \
                and k + 1 < len(self.infos) and self.infos[k + 1].role == "headline" \
                and _opens_plain_text(self.infos, k) and info.text.endswith(bylines.dispatch_words("reported")):
            # the open article has its headline above its text: a `記者X X／Y報導` line after that
            # text, over a title, is the next article's, set above its headline (`記者黃 志 明／屏東報導`
            # / `屏東科技產業園區二期動土` / its text); under text whose title comes after it, the line
            # and that title both close the text above (`記者林 佳 蓉／高雄報導` on heldout14)
            draft = self.start(k)
            draft.credit, draft.opens, draft.credit_above = info.credit or Credit(), True, True
        elif current is not None and not current.closed:
            current.credit = current.credit.merged(info.credit)
            current.closed = True

    def _metadata(self, k: int, info: LineInfo) -> None:
        """A web item's metadata line: under its title, its date and outlet open the item
        (a second such line before any paragraph adds to the first); an editors' line
        (`责任编辑：…`) closes it."""
        meta, current = info.meta, self.current
        assert meta is not None  # `byline` sends only metadata lines here
        if not meta.opens:
            if current is not None and meta.editor:
                current.closed = True
            return  # the page's furniture (`【打印】【关闭】`) says nothing
        if meta.date is None and meta.source and current is not None and current.lines and current.source is None:
            # `（来源：新华网）` after the paragraphs: the outlet of the text above, no new item
            current.source = (info.start + meta.source[0], info.start + meta.source[1])
            return
        if current is None or not (current.web and not current.lines and not self.pending):
            current = self.start(k)
            current.opens = current.web = True
        current.credit = current.credit.merged(info.credit)
        if meta.date and current.dateline is None:
            current.dateline = (info.start + meta.date[0], info.start + meta.date[1])
        if meta.date and current.web_date is None:
            current.web_date = (info.start + meta.date[0], info.start + meta.date[1])
        if meta.source and current.source is None:
            current.source = (info.start + meta.source[0], info.start + meta.source[1])

    def body(self, k: int, info: LineInfo) -> None:
        resumed, self.resumed = self.resumed, None
        if self._continues_broken(k, info):
            return
        current = self.current
        if resumed is not None and not self.pending and not (info.dateline or info.jump_from) \
                and current is not None and not current.closed and not _awaits_rest(current, k, self.reach) \
                and not (current.opens and not current.lines):
            # after the rest of a broken paragraph that stood inside another open article,
            # a paragraph may go on either one: a piece placed by its words (`_merge_pieces`);
            # but an item opened since (its web metadata, a credit line) and still without
            # text takes it as its first paragraph
            piece = self.start(k)
            piece.between = (resumed, current)
            piece.lines.append(k)
            if k in self.tails:
                self.owner_of_head[k] = piece
            piece.close(info)
            return
        if info.dateline or info.jump_from or info.lead:
            self._opening(k, info)
        else:
            self._after_titles(k)
        current = self.current
        assert current is not None  # every branch above leaves an article open
        current.lines.append(k)
        if k in self.tails:
            self.owner_of_head[k] = current
        current.close(info)

    # ------------------------------------------------------------- body lines
    def _continues_broken(self, k: int, info: LineInfo) -> bool:
        """Line `k` is the rest of a broken paragraph whose head an article holds: that
        article takes it, and is the open one again."""
        if k not in self.tail_of:
            return False
        head_owner = self.owner_of_head.get(self.tail_of[k])
        if head_owner is None:
            return False
        if self.current is not head_owner and self.current is not None and not self.current.closed:
            self.resumed = self.current
        if self.current is not head_owner:
            # titles waiting above the rest stand after another text: never sections inside the
            # broken paragraph's article, they are placed with the titles left over (the headline
            # set after the item above, `烟台港集装箱…` under `…烟台港完成货物吞吐量…` and over
            # `利润总额768亿元…`, the rest of the story above that item)
            self.floating.extend(self.pending)
            self.pending = []
        self.current = head_owner
        head_owner.close(info)
        if self.tails.get(k) is not None:
            self.owner_of_head[k] = head_owner
        return True

    def _opening(self, k: int, info: LineInfo) -> None:
        """A paragraph that opens with a dateline or `(上接…)`."""
        current = self.current
        if current is not None and current.opens and not current.lines and not info.jump_from:
            self._titles_under_metadata(current)  # `本报记者 王芳` then `本报讯 …`: one opening
        else:
            current = self.start(k)
        current.opens = current.opens or bool(info.dateline or info.lead)
        if info.dateline and info.dateline.text:  # a leading credit alone names no dateline
            current.dateline = (info.start + info.dateline.start, info.start + info.dateline.end)
            current.wire = info.dateline.wire
        if info.dateline and info.dateline.credit:
            current.credit = current.credit.merged(info.dateline.credit)
        if info.jump_from:
            current.continued_from = info.jump_from.page

    def _opens_brief(self, k: int, item: Draft | None, titled_after: bool = False) -> bool:
        """Does plain paragraph `k`, right under the last sentence of `item`'s text (past its headline set after
        it: `titled_after`), open a headless brief of its own (`briefs.opens_brief`)? Its closing credit or a line
        that stands whole says nothing of it here."""
        infos = self.infos
        info = infos[k]
        if item is None or item.photo or not item.lines or info.whole or info.credit or k in self.tail_of:
            return False
        last = infos[_last_line(item.lines[-1], self.tails)]
        if not roles.ends_sentence(last.body_text) or _joins.can_break(last):
            return False
        page = self.page
        lines = _text_lines(item, self.tails)
        # its own titles: from the last headline over its text on (the titles before it may close the item above)
        heads = [n for n, j in enumerate(item.before) if infos[j].role == "headline"]
        titles = item.before[heads[-1]:] if heads else item.before
        above = _briefs.Above(text="".join(infos[j].body_text for j in [*titles, *lines]),
                              title_grams=frozenset().union(*(page.grams[j] for j in titles)),
                              grams=frozenset().union(*(page.grams[j] for j in [*titles, *lines])),
                              paragraphs=sum(map(_briefs.counts_as_paragraph, (infos[j] for j in item.lines))),
                              opened=bool(infos[item.lines[0]].dateline), titled_after=titled_after,
                              listed=item.listed or _lists_places(infos, item.lines))
        return _briefs.opens_brief(info.body_text, page.grams[k], above, page.topic)

    def _story_above_uses(self, k: int) -> bool:
        """Does an article above that no credit or headline closed yet clearly use paragraph `k`'s words
        (`STORY_WORDS`)? Past a title that closes the item right above, `k` may be the top of another column that goes
        on such a story (tests/cases/line_sequences.tsv: `县城充电站项目昨日集中开工，…` under another item's title,
        the rest of the charging-pile story above it), which `_merge_pieces` places by its words."""
        page = self.page
        stories = [d for d in self.drafts[:-1] if not d.closed and not d.photo and d.lines and k - d.first <= WINDOW]
        return any(page.topic.share(page.grams[k], frozenset().union(*map(page.grams.__getitem__,
                                                                         _text_lines(d, self.tails)))) >= STORY_WORDS
                   for d in stories)

    def _titles_under_metadata(self, current: Draft) -> bool:
        """A web item's metadata line may stand above its title (`来源：… 发布时间：…` / the
        title / its first paragraph): the titles waiting under it are the item's own."""
        if not ((current.web or current.credit_above) and current.opens and not current.lines and self.pending):
            return False
        current.before.extend(j for j in self.pending if self.infos[j].role != "subheading")
        current.subheadings.extend(j for j in self.pending if self.infos[j].role == "subheading")
        self.pending = []
        return True

    def _after_titles(self, k: int) -> None:
        """A plain paragraph: the waiting titles are the open article's subheadings, or
        they (or where the line stands) open another article."""
        if self.current is not None and self._titles_under_metadata(self.current):
            return
        current, pending = self.current, self.pending
        # after a paragraph whose rest stands later, line k tops another column
        broken = current is not None and _awaits_rest(current, k, self.reach)
        if not pending:  # most lines: no title waits, so only where the line stands matters
            brief = not broken and self._opens_brief(k, current)
            if brief and current is not None:
                current.closed = True  # the item above ends where the brief under it starts: no one's piece goes on it
            if current is None or current.closed or broken or brief:
                draft = self.start(k)
                draft.interrupts, draft.brief = (current if broken else None), brief  # placed by topic later
            return
        # numbered titles alone (`二、…`) are sections wherever they stand
        numbered = all(self.infos[j].role == "subheading" for j in pending)
        # a notice's title (`关于…的通告`) heads a notice of its own, never a section
        notice = any(roles.is_notice_title(self.infos[j].text) for j in pending)
        # …and so do the titles over a text that runs to a notice's signature and date
        # (`花蓮縣政府公告` / `主旨：…` / `說明：…` / `花蓮縣政府` / `中華民國114年12月11日`)
        notice = notice or _runs_to_signature(self.infos, k)
        # a title marked by a square (`■议员关注…`, `■关键数字`) heads a sidebar set beside the
        # story: an item of its own, never a section of the text above
        notice = notice or any(roles.is_sidebar_title(self.infos[j].text) for j in pending)
        if current is not None and not current.closed and not broken \
                and _titles_text_above(self.page, pending, k, self.tail_of, _untitled_text(self.page, current)):
            # its headline, set after its paragraphs: the article above ends, line k opens another
            # (the titles are placed by topic with the titles left over)
            current.closed = current.titled_after = True
            # a second headline right after it is line k's own, set above its text as usual
            # (`…15萬企業受惠` under the tax story, then `樓價連升五個月…` over the housing one)
            own = pending[-1:] if _own_title_last(self.infos, pending) else []
            if not own and len(pending) > 1 and _titles_list(self.infos, pending[1:], k):
                own = pending[1:]  # the column names under it title the list below (`数读湖州` / `区县经济速览`)
            self.floating.extend(pending[:len(pending) - len(own)])
            self.pending = own
            listed = bool(own) and _titles_list(self.infos, own, k)
            draft = self.start(k)
            draft.listed = listed
            draft.brief = not own and self._opens_brief(k, current, titled_after=True) \
                and not self._story_above_uses(k)
        elif current is not None and not current.closed and not broken and not notice \
                and not _signed_apart(current, self.infos[k]) \
                and not _heads_own_text(self.page, pending, k, current, self.tails) \
                and not _column_item(self.page, pending, k, current) and not _labelled_title(self.infos, pending) \
                and not _titles_list(self.infos, pending, k) \
                and (self.page.uses_datelines or current.continued_from or numbered):
            current.subheadings.extend(pending)
            self.pending = []
        else:
            listed = _titles_list(self.infos, pending, k)
            draft = self.start(k)
            draft.interrupts, draft.listed = (current if broken else None), listed  # placed by topic later


# the walk's step for each role of line (a table made once, after the class: a class body's own
# table of its functions is no attribute of a class compiled by mypyc)
_BY_ROLE: dict[str, Callable[[_Walk, int, LineInfo], None]] = {
    "caption": _Walk.caption, "headline": _Walk.title, "subheading": _Walk.title, "label": _Walk.title,
    "continuation": _Walk.continuation, "byline": _Walk.byline, "body": _Walk.body,
}


def _runs_to_signature(infos: list[LineInfo], k: int) -> bool:
    """Do the paragraphs from line `k` on run, with no title between, to a notice's closing
    lines (its issuing bodies and its date, each standing whole)? Such a text is a notice."""
    j = k
    while j < len(infos) and infos[j].role == "body" and not infos[j].whole:
        j += 1
    while j < len(infos) and infos[j].role == "body" and infos[j].whole:
        if roles.is_signed_date(infos[j].text):
            return True
        j += 1
    return False


def _untitled_text(page: Page, current: Draft) -> bool:
    """Has the open article no title above its text that speaks of it (none, or only the headline of
    the text above it, set after that text)?"""
    return bool(current.lines) and all(_title_share(page, j, page.following(current.lines[0])) < OWN_HEADLINE
                                       for j in current.before if page.infos[j].role == "headline")


def _titles_text_above(page: Page, pending: list[int], k: int, heads: dict[int, int] | None = None,
                       untitled: bool = False) -> bool:
    """Is the one title waiting above paragraph `k` the headline of the paragraph right
    above it, set after its text? It shares many of that paragraph's words and clearly more
    than of the text below (`二期稻作收割 保價收購開辦` under `…二期稻作進入收割期…`, over
    a story on tourist numbers; `…获奖名单揭晓` under the list of winners, over a notice):
    not a section title of the open article, which talks of the text below it. A column's
    name may stand between that headline and the paragraph (`…专区启用` / `便民信息` over a
    traffic notice): it labels the item below, and is placed with the labels. When that
    paragraph is the rest of a broken one (`heads`: rest line → head line), its head's words
    count too: the lines right above the rest are another text's (`…宣傳費1,260萬元，` / a
    caption / another item / `並附帶決議…` / `竹縣明年總預算478億 三讀過關`)."""
    between = pending[1:-1] if _own_title_last(page.infos, pending) else pending[1:]
    if not pending or any(page.infos[j].role != "label" or len(page.infos[j].text) > COLUMN_NAME
                          for j in between):
        return False
    title = pending[0]
    last = title - 1  # the paragraph above it, past a photo's caption set between (`…商機。` / a caption / the title)
    while last > 0 and page.infos[last].role == "caption":
        last -= 1
    if page.infos[title].role != "headline" or last < 0 or page.infos[last].role != "body":
        return False
    context = page.context(last)
    head = (heads or {}).get(last)
    if head is not None:
        context = context | page.context(head)
    above = _title_share(page, title, context)
    below = _title_share(page, title, page.following(k))
    # the text above has no title of its own yet: a title that speaks of it and of nothing below ends it
    # (`勞工局明日辦就博會 釋出3200職缺` under the job fair's item, over a food inspection), as
    # `_closes_text_above` reads a title between an untitled paragraph and a headed article
    ends_untitled = untitled and above >= OWN_HEADLINE and below < OWN_HEADLINE
    if not (above >= FLOATING_HEADLINE and above > CLOSES * below or ends_untitled):
        return False
    # a second headline taken as paragraph k's own must speak of it more than of the text above:
    # two titles that both speak of that text are its headline and kicker set inside it, and
    # the text goes on (`明年總開支預算1,183億元` / `立法會通過明年財政預算案` after the first
    # paragraph of the budget story, over `財政局局長…表示，預算案將於…`)
    own = pending[-1] if _own_title_last(page.infos, pending) else None
    return own is None or _title_share(page, own, page.following(k)) >= _title_share(page, own, context)


def _own_title_last(infos: list[LineInfo], pending: list[int]) -> bool:
    """May the last of several titles waiting above a paragraph be that paragraph's own, the first
    closing the text above? A headline may, and so may a phrase longer than a column's name, which
    titles a brief as a headline does (`渔船冬季作业补助下周二起受理` under that item's text, then
    `暖冬市集明登场` over `马公市公所…举办「暖冬市集」…`, heldout46/taiwan_news; a column's name there
    labels the item below, `_titles_text_above`)."""
    if len(pending) < 2:
        return False
    last = infos[pending[-1]]
    return last.role == "headline" or last.role == "label" and len(last.text) > COLUMN_NAME \
        and not roles.is_dotted_label(last.text)


def _heads_own_text(page: Page, pending: list[int], k: int, current: Draft, tails: dict[int, int]) -> bool:
    """Is the one title waiting above plain paragraph `k` the headline of a text of its own?
    It shares many of the words below it and clearly more than of the open article's text
    (`立法会某委员会周五开会` over `立法会某委员会将于本周五召开…`, after a story on a bicycle
    race): an item with no dateline on a page of datelines, not a section of the text above,
    which a section title goes on speaking of (a feature's sections share the words of their
    own paragraphs too, so an article that has a section already keeps its next one). Titles
    stacked there that all share none of the open article's words are no sections of it either:
    the last is the paragraph's headline, the others another item's (`冻顶冬茶比赛…` over
    `风柜斗赏梅音乐会周六登场` over `信义乡公所将于本周六…举办…赏梅音乐会`, between the paragraphs of a
    traffic story, heldout50/taiwan_news; the tea contest's item stands above)."""
    if any(page.infos[j].role != "headline" for j in pending) or not current.lines or current.subheadings:
        return False  # an article already in sections goes on with its next section
    text = frozenset().union(*(page.grams[j] for j in _text_lines(current, tails)))  # with its rests
    # a section title shares some word of its article (`收购`)
    return _title_share(page, pending[-1], page.following(k)) >= FLOATING_HEADLINE \
        and all(_title_share(page, title, text) == 0 for title in pending)


def _column_item(page: Page, pending: list[int], k: int, current: Draft) -> bool:
    """Is the one column name waiting above plain paragraph `k` the label of an item of its
    own (`便民信息` over a traffic notice, after a story that opened with its dateline), not
    a section of the open article? On a page of datelines a section title is a phrase that
    speaks of its paragraphs; a name of a column's length over a paragraph that shares
    almost none of the open article's words opens a headline-less item."""
    if len(pending) != 1 or not page.uses_datelines or not current.opens or not current.lines:
        return False
    info = page.infos[pending[0]]
    if info.role != "label" or len(info.text) > COLUMN_NAME or roles.is_numbered(info.text):
        return False
    above = frozenset().union(*(page.grams[j] for j in current.lines))
    return page.topic.share(page.following(k), above) < MERGE


# a list under a title of its own runs to at least this many rows opened by a label and a colon
LIST_ROWS = 2


def _lists_places(infos: list[LineInfo], lines: list[int]) -> bool:
    """Is the text a list of places standing alone, all its lines rows opened by a place's name and a colon
    (`当涂县：…` / `含山县：…` under a jump line, its title `县区经济速览` set at the top of the page,
    heldout52/economy_page)? As under a title right above it (`_titles_list`), the list ends at its last row:
    of the five such lists of the development pages, each is an item of its own (the line after its last row
    is another item's, heldout43, 46, 47, 50, 52); a story's list follows its lead (`智能制造：…`)."""
    return len(lines) >= LIST_ROWS and all(_briefs.place_row(infos[j]) for j in lines)


def _titles_list(infos: list[LineInfo], pending: list[int], k: int) -> bool:
    """Do the titles waiting above paragraph `k` head a list of its own: a column's name or a headline over
    rows that each open with a place's name and a colon, its figures or news (`区县经济速览` / `吴兴区：1—10月，…` /
    `南浔区：…`, heldout50/economy_page; `县市区经济速递` / `崇川区：…` under an untitled item, heldout47;
    `各区经济速览` / `湖里区：…`, heldout46)? Such a list is an item, never a section of the text above: a story
    sets its list in its text with no title over it (`智能制造：…` under the signing, heldout48/economy_page), a
    form's rows are its text's (`主办：…`, `时间：…`), and a fact box that goes on a story has rows that stand
    whole (`【居屋2026小檔案】` / `單位數目：約7,200個`, heldout31/hongkong_news)."""
    last = infos[pending[-1]] if pending else None
    if last is None or last.role not in ("headline", "label") or roles.is_numbered(last.text):
        return False
    rows = infos[k:k + LIST_ROWS]
    return len(rows) == LIST_ROWS and all(r.role == "body" and _briefs.place_row(r) for r in rows)


def _labelled_title(infos: list[LineInfo], pending: list[int]) -> bool:
    """Do the titles waiting above a plain paragraph open with a column's name and go on with a
    headline (`中國` / `內地11月出口按年增5.9%`, `国际` / `欧元区通胀回落`)? A section label over a
    title heads an item of its own: a section of the open article has a title alone, never a
    column's name above it."""
    if len(pending) < 2 or infos[pending[-1]].role != "headline":
        return False
    first = infos[pending[0]]
    return first.role == "label" and len(first.text) <= COLUMN_NAME and not roles.is_numbered(first.text)


def _signed_apart(current: Draft, info: LineInfo) -> bool:
    """Is paragraph `info`, under a title, signed apart from the open article? Its dateline
    named the article's reporters (`本报讯（通讯员 孙 雨）`), and the paragraph closes with
    a credit of its own (`…达成就业意向。（孙 雨）`): a short item of its own under its
    headline, not a section of the text above, which a second credit would not sign."""
    return bool(current.opens and current.credit and info.credit) and not roles.only_photographers(info.credit)


def _titled_above(infos: list[LineInfo], draft: Draft) -> bool:
    """Does the article's headline stand above its first paragraph?"""
    return any(infos[j].role == "headline" for j in draft.before)


def _opens_plain_text(infos: list[LineInfo], k: int) -> bool:
    """Is byline `k` followed by a paragraph that opens with no dateline of its own, right
    below it or under one headline?"""
    after = k + 2 if k + 2 < len(infos) and infos[k + 1].role == "headline" else k + 1
    following = infos[after] if after < len(infos) else None
    return following is not None and following.role == "body" and following.dateline is None \
        and not following.jump_from


def _reach(tails: dict[int, int]) -> dict[int, int]:
    """Head line → the last line of its paragraph's chain (a rest always stands after its head)."""
    reach: dict[int, int] = {}
    for h in sorted(tails, reverse=True):
        reach[h] = reach.get(tails[h], tails[h])
    return reach


def _awaits_rest(draft: Draft, k: int, reach: dict[int, int]) -> bool:
    """Does the draft's last paragraph break off with its rest standing after line `k`?

    Then line `k` is the top of another column, not the draft's next paragraph: in
    `…为帮助企业稳订` | `赣南脐橙产业发展中心…介绍,…放贷规` | `单拓市场…` the middle line
    belongs to whichever article its words are about (tests/test_articles.py).
    """
    return bool(draft.lines) and reach.get(draft.lines[-1], -1) > k


# ------------------------------------------------------------------ 2. headlines above their text
def _title_share(page: Page, title: int, grams: frozenset[str]) -> float:
    return page.topic.share(page.grams[title], grams)


def _own_headlines(page: Page, drafts: list[Draft], floating: list[int], tails: dict[int, int]) -> None:
    """The nearest title above an article's first paragraph that shares its words; the
    title right above that one is its kicker line (引题), unless a headline-less article
    claims it later (see `_is_kicker`); a kicker is one line, so a short phrase above it is a
    label, while title-shaped lines above it stack (a main title over its subtitles).

    `生态环境保护` above `本报讯 …老军营街道…志愿服务项目…` shares none: a label, not
    the headline (tests/test_articles.py, the example page). A phrase of a column name's
    length right above an article's opening (`茶产业一线` above `本报讯 …茶叶加工厂…`) is a
    series label when a title of the article stands right after its paragraphs: it is the
    headline only when none does (`_titles_after`). A title the article shares little of is
    another's when an article nearby shares many times more of it (`_claimed_elsewhere`):
    stacked titles over stacked openings are not always in the same order.
    """
    news = [d for d in drafts if not d.photo and d.lines]
    headed = _headed_rests(drafts, tails)
    for d in drafts:
        if d.photo or not d.before:
            continue
        chosen = None
        for k in reversed(d.before):
            share = _title_share(page, k, d.grams)
            if share >= OWN_HEADLINE and not _claimed_elsewhere(page, k, share, d, news, tails):
                chosen = k
                break
        kickers: list[int] = []
        if chosen is not None and not d.web:  # a web item's title is one line (`_WEB_TITLE`)
            k = chosen - 1
            while k in d.before and (len(kickers) < MAX_KICKERS or _stacks(page, k, d.grams)) \
                    and _is_kicker(page, k, d.grams, chosen, headed):
                kickers.insert(0, k)
                k -= 1
        if chosen is not None and chosen == d.before[-1] and d.opens and _series_line(page, chosen, d):
            d.fallback = (chosen, kickers)  # decided by `_titles_after`
            chosen, kickers = None, []
        if chosen is not None:
            d.headline, d.kickers = chosen, kickers
        floating.extend(k for k in d.before if k != chosen)


def _series_line(page: Page, k: int, d: Draft) -> bool:
    """May title `k`, right above article `d`'s opening, be a series label, its headline standing
    after its paragraphs (`_titles_after`)? A phrase of a column name's length may (`茶产业一线`); so
    may a longer single phrase that shares little of a story opened by its dateline (`冬季安全生产进行时`
    over `本报讯 …县应急管理局…烟花爆竹…`, heldout14), which a title after the paragraphs must then
    share clearly more of. (Set text's sidebar, `■小贴士` over its first paragraph, has no dateline:
    its title heads it.)"""
    info = page.infos[k]
    if info.role == "label" and len(info.text) <= COLUMN_NAME:
        return True
    return d.dateline is not None and " " not in info.text and _title_share(page, k, d.grams) < FLOATING_HEADLINE


# a web item (opened by its metadata line) has one title line and nothing of its own above it: sites
# print no kicker or column label there, and what stands above is the item above's (a `相关阅读` list
# of links, `分享到:`); so on every web item of the development pages (about 45, heldout5–20's wire
# pages, unseen_layout's and heldout20's web pages)
_WEB_TITLE = "one line"


def _stacks(page: Page, k: int, grams: frozenset[str]) -> bool:
    """Does title-shaped line `k`, above a kicker already, stack into the headline? A main title
    over its bulleted subtitles does, and talks of the story (`全市困难群众纳入社会救助兜底保障`
    over `●城市低保…`); a campaign slogan at the head of a page that shares none of the story's
    words (`奋进新征程 建功…` over a kicker and its main title) is a label, a kicker being one line;
    so is one that shares a word or two by the name of the paper's county (`奋进新征程 建功新松江`
    over a story of 松江区, heldout16, as `绿色沁源 实干争先` on heldout9): a title that stacks talks
    of the story as much as a title far from its body must (no headline of the gold pages stacks
    three lines; about thirty stand under a page's label and a kicker)."""
    return page.infos[k].role == "headline" and _title_share(page, k, grams) >= FLOATING_HEADLINE


def _claimed_elsewhere(page: Page, k: int, share: float, d: Draft, news: list[Draft],
                       tails: dict[int, int]) -> bool:
    """Does title `k`, which article `d` shares only `share` of (less than a title far from its
    body must), belong to another article nearby that shares `CLOSES` times more of it and at
    least `FLOATING_HEADLINE`? (`机管局：首十个月客运量…` over a customs story, the airport's
    story two paragraphs down.)"""
    above = _untitled_above(page, k, news, tails)
    # on a page that sets its titles after their bodies (`Page.titles_after`), or under an item opened by its
    # dateline with no title above it (`_opened_untitled`), a title under an item with no title and over
    # another is the item above's when `_titles_item_above` reads it so, however much the item below shares
    # of it: two briefs on one statistic (`上半年我国外贸进出口增长3.6%` under the national item, over
    # `…上半年江西货物贸易进出口…增长7.2%…`, heldout37/wire_news), each title set after its own text
    if above is not None and (page.titles_after or _opened_untitled(above)) and \
            _titles_item_above(page, k, _text_lines(above, tails), _text_lines(d, tails)):
        return True
    if share >= FLOATING_HEADLINE:
        return False
    least = max(FLOATING_HEADLINE, CLOSES * share)
    if any(other is not d and abs(other.first - k) <= WINDOW and _title_share(page, k, other.grams) >= least
           for other in news):
        return True
    if above is None:
        return False
    # elsewhere the item above must share twice as much (on a page of titles after their bodies, more of the
    # title's words and of its characters was enough, above: `青海上月社零总额同比增长5.2%` under
    # `…上月青海全省社会消费品零售总额…同比增长5.2%…` and its rest, over `…今冬青海冰雪旅游…同比分别增长…`)
    return _title_share(page, k, above.grams) >= max(FLOATING_HEADLINE, ABOVE_MARGIN * share)


def _opened_untitled(d: Draft) -> bool:
    """Does article `d` open with its dateline or credit (`本报讯（通讯员 郑 磊）…`) and have no title above
    its text? On a page that sets its titles over their text such an item still has its headline, and
    it stands after its text: a title right under it and over the next item is read by
    `_titles_item_above` as on a page of titles after their bodies (`乐清电气产值超1460亿元` under the
    乐清 item, over `本报讯 …瑞安…`, heldout39/economy_page; `佛山赴欧推介签约42个项目` under the Munich
    item, over the customs one, heldout40/economy_page)."""
    return d.opens and not d.before


def _untitled_above(page: Page, k: int, news: list[Draft], tails: dict[int, int]) -> Draft | None:
    """The article whose paragraph stands right above title `k`, when it has no title of its
    own above its text (a series label above it leaves it waiting for its title, `fallback`: `国内国际`
    over the first wire item, whose title under it shares words with the item below too,
    heldout40/wire_news): on a page that sets headlines after their bodies, the title under it
    is its headline when it shares clearly more of its words than of the article below
    (`…机场累计保障航班…旅客吞吐量约185万人次` / `南洋机场旅客吞吐量…` / `本报讯 …经营主体…`;
    `…檢獲約1,…私煙…` / `海關破獲…私煙案` / `【本報訊】投資推廣署…`)."""
    if k == 0 or page.infos[k - 1].role != "body":
        return None
    for other in news:
        if other.headline is None and k - 1 in _text_lines(other, tails):
            return other
    return None


def _headed_rests(drafts: list[Draft], tails: dict[int, int]) -> frozenset[int]:
    """The rests of broken paragraphs (`其中406人取得…` after a caption) whose article opened under
    titles of its own: no title under such a rest is that text's headline set after it."""
    return frozenset(j for d in drafts if d.before and not d.photo
                     for k in d.lines for j in _chain(k, tails)[1:])


def _is_kicker(page: Page, k: int, grams: frozenset[str], headline: int,
               headed: frozenset[int] = frozenset()) -> bool:
    """Is title `k`, right above a headline, a kicker line rather than a column label?

    A title too long or too spaced for a label is. A short single phrase longer than
    a column name is when it talks about the article: `抢抓农时促增收` over a story of
    orange growers' income (`果农增收`) is a kicker, `为民创城不停步` over a
    tree-planting story shares none of its words and names a campaign: a label. A
    phrase of column-name length stays a label even when the article repeats it
    (`学雷锋纪念日`, `春耕备耕`). Between a label and the main title, a phrase is the
    kicker though it repeats none of the story's words (`乡村振兴擂台赛` / `产业兴旺看今朝`
    / `我县举办…大赛`, as `乡村振兴看屏南` / `古村焕新颜 客从四方来` / `屏南一季度…`):
    labels stand above the headline's lines, not between them.
    """
    info = page.infos[k]
    if info.role == "headline":
        return not _closes_text_above(page, k, grams, headed) and not _page_slogan(page, k, grams)
    if info.role != "label" or roles.is_dotted_label(info.text):
        return False
    under_label = k + 1 == headline and k > 0 and page.infos[k - 1].role == "label"
    if len(info.text) <= COLUMN_NAME:
        # under the column's label a phrase of a column name's length that talks of the story is its
        # kicker: the column is named above it (`財經` / `出口動能強勁` / `11月出口年增逾三成…`, heldout21);
        # a phrase that only names a place tags a series' item by where it is from (`非遗年集·花市` /
        # `云南昆明` / `五彩缤纷年宵花`, People's Daily 2019-02 in ../shared/dev): a label
        return under_label and _title_share(page, k, grams) >= OWN_HEADLINE and not _names_places(info.text)
    if _title_share(page, k, grams) >= OWN_HEADLINE:
        return True
    return under_label and not _closes_text_above(page, k, grams, headed)


def _names_places(text: str) -> bool:
    """Is the phrase place names alone (`云南昆明`, `山东青州`: the dictionary's `ns` words)?"""
    words = dictionary().cut(text)
    return bool(words) and all(dictionary().tag(w) == "ns" for w in words)


# a page's slogan or series line shares at most this many of its characters with the lead story below it
SLOGAN_CHARACTERS = 1


def _page_slogan(page: Page, k: int, grams: frozenset[str]) -> bool:
    """Is title `k`, the first line of the page, right above the lead story's main title, the
    page's slogan or series line rather than the story's kicker? Both are phrases in halves that
    share no word with the story; a kicker still names the story's things, so its characters
    recur in the text (`尊师重教 薪火相传` over a Teachers' Day meeting: 师, 教 of `教师`;
    `开局平稳 稳中有进` over the quarter's growth; unseen_events2, unseen_layout, unseen_a), a
    campaign slogan uses at most one of them by chance (`奋进新征程 建功新时代` over a clinic's visit
    to a town, `冰雪强县 奋楫争先` over a ginseng fair, `绿色沁源 实干争先` over a study session:
    heldout7–9). A slogan heads a page; below its top such a line is a kicker (`比技能 强服务`).
    The paper's own county, named in a slogan (`绿色沁源 实干争先` over a study session of 沁源's
    county committee, heldout9; `奋进新征程 建功新松江` over a 松江 story, heldout16), is a word
    every local story shares by its name alone: a place name in the line counts for nothing."""
    if k != 0:
        return False
    text = _without_places(page.infos[k].body_text)
    own = page.grams[k] if text == page.infos[k].body_text else terms(text, title=True)
    if page.topic.share(own, grams) >= OWN_HEADLINE:
        return False
    used = {c for g in grams for c in g}
    return sum(c in used for c in set(text) if is_han(c)) <= SLOGAN_CHARACTERS


def _without_places(text: str) -> str:
    """The text with its place names (the dictionary's `ns` words: `沁源`, `松江`) blanked out, one
    space each, so that no bigram reads across the gap."""
    words = dictionary().cut(text)
    if not any(dictionary().tag(w) == "ns" for w in words):
        return text
    return "".join(" " if dictionary().tag(w) == "ns" else w for w in words)


def _page_series_label(page: Page, k: int, drafts: list[Draft]) -> bool:
    """Is label `k` the page's first line, over the lead story's titles: the page's series line
    (`太岳生态看沁源`, `康养石柱·清凉一夏`, `两山理念·安吉实践` over a county page's lead), no item's title
    far down the page? It names the county or the season, so a brief shares a word of it by chance
    (`“夏送清凉”`; heldout34/37/38 county_news, each such brief untitled)."""
    return k == 0 and page.infos[k].role == "label" and \
        any(d.headline is not None and k in d.before for d in drafts)


def _closes_text_above(page: Page, k: int, grams: frozenset[str], headed: frozenset[int] = frozenset()) -> bool:
    """Is title `k`, right under a paragraph, the headline of that text (set after its
    paragraphs) rather than a kicker of the title below it? It shares none of the words
    of the article below and some of the paragraph's above (`中心城区空气质量持续改善`
    under a paragraph on the city's air, over `…捐资助学…` and its story), or many of
    the paragraph's above and a few of the article's below (`营养午餐补助…` under the
    paragraph on school meals, over a story on air quality that shares `提高`)."""
    text = _paragraph_above(page, k)
    if text is None or text in headed:  # the rest of a paragraph whose article is titled above it
        return False
    below = _title_share(page, k, grams)
    above = _title_share(page, k, page.context(text))
    return above >= OWN_HEADLINE if below < OWN_HEADLINE else above >= FLOATING_HEADLINE and above > CLOSES * below


# ------------------------------------------------------------------ 3. pieces of one article
def _needs_headline(d: Draft) -> bool:
    return not d.photo and d.headline is None and d.continued_from is None and bool(d.lines)


def _merge_pieces(page: Page, drafts: list[Draft], tails: dict[int, int], floating: list[int]) -> list[Draft]:
    """Put the pieces of one article together.

    - An open headline-less article and a later headed piece that does not open like
      an article (on a page whose articles open with datelines): the piece's title is
      the article's headline, stood after its first part.
    - A headless piece that neither opens an article nor continues another page
      (`为保障游客出行安全…` after another article's byline, or a paragraph standing
      between another article's broken paragraph and its rest): the rest of the open
      article above whose words it uses most — on a page of datelines it cannot stand
      alone, so any word they share is enough; never the article whose broken
      paragraph it interrupts, and past items that stand whole (more than `PASSED`
      paragraphs) only an article whose text stops mid-sentence (`_awaits_its_rest`).
      When that article's text stops mid-sentence, the piece's first line is the rest
      of its last paragraph, even if the break fell between two words (`…和智慧` |
      `农业,预计…`).
    - Not a piece: text whose own title stands right under it (`_titled_below`). An article
      whose own title stands so awaits no headline: a headed piece goes on it only when
      clearly on its topic (`MERGE_TITLED`: heldout26/economy_page's statistics story under
      `高技术制造业增加值增长14.2%` shares 0.13 with the item `我市城乡居民人均可支配收入
      增长5.8%` / `前三季度…`; the council's snow-clearing story 0.30 with its own notice
      piece, tests/cases/line_sequences.tsv).
    """
    news = [d for d in drafts if not d.photo]
    index = {id(d): n for n, d in enumerate(news)}
    pairs: list[tuple[float, int, int]] = []
    settled: list[tuple[int, int]] = []  # pieces whose article is decided first (after a rest)
    for j, later in enumerate(news):
        if later.opens or later.brief or later.continued_from or not later.lines:
            continue
        if later.between is not None:
            settled.append((index[id(_after_rest(page, later))], j))
            continue
        piece = _is_piece(later)
        if not piece and not page.uses_datelines:
            continue
        if piece and _titled_below(page, later, floating):
            continue
        if not piece and _notice_of_its_own(page, later):
            continue
        # a headed text that opens with its own report (`opens_report`) under a title that speaks of it
        reported = not piece and later.headline is not None \
            and _joins.opens_report(page.infos[later.lines[0]].body_text)
        grams = later.grams | (page.grams[later.headline] if later.headline is not None else frozenset())
        for i in range(j - 1, -1, -1):
            first = news[i]
            if later.first - first.first > WINDOW:
                break
            if first.closed or not first.lines or (not piece and not (_needs_headline(first) and first.opens)):
                continue
            if first is later.interrupts:  # its own paragraph would not stand inside its broken one
                continue
            if reported and _own_report_title(page, later, first):
                continue
            if _signed_by_others(first, later):  # headed or not, a text signed apart is no one's rest
                continue
            if piece and _passed_paragraphs(news, i, j, tails) > PASSED and not _awaits_its_rest(page, first, tails):
                continue  # past whole items, only a paragraph stopped mid-sentence has its rest here
            score = page.topic.share(grams, first.grams)
            # an article whose own title stands right after its text awaits no headline: a headed
            # piece goes on it only when clearly on its topic
            least = MERGE_TITLED if not piece and _titled_below(page, first, floating) else MERGE
            # text that cannot stand alone on a page of datelines: any shared word will do
            if score > 0 if piece and page.uses_datelines else score >= least:
                pairs.append((-score, i, j))
    pairs.sort()
    gone: set[int] = set()
    into: dict[int, int] = {}  # a piece gone → the article that took it
    rests = set(tails.values())
    for i, j in [*settled, *((i, j) for _, i, j in pairs)]:
        if j in gone:
            continue
        while i in into:  # a piece placed in another piece follows it where it goes
            i = into[i]
        if i == j:
            continue
        first, later = news[i], news[j]
        if _signed_by_others(first, later):  # where it goes, that article is signed already
            continue
        if not _is_piece(later) and first.headline is not None:
            continue  # it took a headline from another piece already
        if _is_piece(later):
            _rejoin(page, first, later, tails, rests)
        _absorb(first, later)
        gone.add(j)
        into[j] = i
    dropped = {id(news[j]) for j in gone}
    return [d for d in drafts if id(d) not in dropped]


def _own_report_title(page: Page, later: Draft, first: Draft) -> bool:
    """Does the title of `later`, a text that opens with its own report (`縣府青年及國際事務處宣布，…`), speak of
    that text more than `CLOSES` times what it says of the untitled article `first` above? Then it is that
    brief's own headline set over it, and the text no second part of `first` (heldout44/taiwan_news: 0.81
    against 0.07 for `縣府青年創業補助 即日起受理申請`); a title that speaks of both is `first`'s, set after
    its text (heldout26/economy_page: `三期项目开工`, 0.35 of `12月16日，全市…重大项目集中开工…` and all of
    the works item above)."""
    assert later.headline is not None
    return _title_share(page, later.headline, later.grams) > CLOSES * _title_share(page, later.headline, first.grams)


# a headless piece goes on an article above whose text ended its sentence past at most this many
# paragraphs of items that stand whole (a column's top after a one-paragraph item, as a text goes on
# past a short signed brief: tests/test_articles.py's PIECE_OF_FEW_WORDS); past more, only on a
# text stopped mid-sentence (`_awaits_its_rest`)
PASSED = 1


def _passed_paragraphs(news: list[Draft], i: int, j: int, tails: dict[int, int]) -> int:
    """The paragraphs of the items that stand whole between `news[i]` and `news[j]`: articles
    opened (dateline, credit), headed, or ended by their headline set after their text (a brief
    with no dateline: `今年前11个月，全市新登记…` / `新登记经营主体9.6万户`, heldout24/economy_page),
    all of whose text stands above `news[j]`. An article whose broken paragraph `news[j]`
    interrupts goes on below it: it stands around the piece, not between (fixtures/ganzhou_p2)."""
    later = news[j].first
    return sum(len(d.lines) for d in news[i + 1:j]
               if d.lines and (d.opens or d.headline is not None or d.titled_after)
               and _last_line(d.lines[-1], tails) < later)


def _awaits_its_rest(page: Page, d: Draft, tails: dict[int, int]) -> bool:
    """Does the article's text stop mid-sentence (`…的比重达`, `…起生效，`)? A headless piece
    past the paragraphs of items that stand whole (`_passed_paragraphs`) is the rest of such a text only
    (heldout8/12/14/17 economy and county pages, heldout16/macau_news, heldout23/wire_news);
    under a text that ended its sentence it is an untitled brief of its own, whatever words
    it shares (the food checks under the fire-safety checks five items on, heldout23/taiwan_news;
    a paragraph eight items under a tourism story, heldout16/macau_news)."""
    return _joins.can_break(page.infos[_last_line(d.lines[-1], tails)])


def _notice_of_its_own(page: Page, d: Draft) -> bool:
    """Is `d` headed by a notice's own title (`关于冬季…加强道路交通管理的通告`)? A notice has no
    dateline, yet it is an item of its own, never the headline-less article above's title
    set after that article's text (as `_after_titles` never makes it a section). So is a
    titled table of key figures."""
    titles = [*d.before, *([d.headline] if d.headline is not None else [])]
    if titles and d.lines and page.infos[d.lines[0]].whole and roles.is_figure_row(page.infos[d.lines[0]].text):
        return True  # a table of key figures under its title (`重要經濟指標`): a sidebar, no one's text
    return any(roles.is_notice_title(page.infos[j].text) for j in titles)


def _signed_by_others(first: Draft, piece: Draft) -> bool:
    """Does the piece (headless, or headed after its text) close with a credit of its own
    (`…同步举行分会场活动。（记者 罗 晨）`, `…佔近六成。（X X X）` under `(本报记者 …)` items)
    while the article's opening named its reporters already (`本报讯（记者 杜 海 鹏）`)? Then it is
    an item signed apart, as `_signed_apart` reads one under a title, not that article's rest:
    an article is signed once, in its dateline or after its text."""
    return bool(first.opens and first.credit and piece.credit) and not roles.only_photographers(piece.credit)


def _titled_below(page: Page, piece: Draft, floating: list[int]) -> bool:
    """Does a title no article took stand right under the piece, sharing many of its words
    and clearly more than of the text below it? Then the piece is an article of its own
    whose headline was set after its text (`…前三季…遊客達2,836萬人次…` over `前三季觀光人次
    成長百分之六點七`), not the rest of an article above that happens to share a word."""
    title = max(piece.lines) + 1
    if title not in floating or page.infos[title].role != "headline":
        return False
    above = _title_share(page, title, piece.grams)
    below = _title_share(page, title, page.following(title + 1)) if title + 1 < len(page.infos) else 0.0
    return above >= FLOATING_HEADLINE and above > CLOSES * below


RESUME = 1.5  # a paragraph after a rest goes back to the article the rest interrupted when it shares this much more


def _after_rest(page: Page, piece: Draft) -> Draft:
    """The article a paragraph standing right after the rest of a broken paragraph goes on:
    the rest's own article, as the text reads on, unless its words are clearly those of the
    article that was open before the rest came (`常德桃花源机场…航班` after a trade story's rest,
    inside a logistics story)."""
    assert piece.between is not None
    resumed, owner = piece.between
    back, on = page.topic.share(piece.grams, resumed.grams), page.topic.share(piece.grams, owner.grams)
    return resumed if back > RESUME * on else owner


def _is_piece(d: Draft) -> bool:
    """Text with no title, no opening and no jump marker: the rest of some article."""
    return d.headline is None and not d.before and not d.opens and d.continued_from is None


def _rejoin(page: Page, first: Draft, piece: Draft, tails: dict[int, int], rests: set[int]) -> None:
    """Join the dangling last paragraph of `first` with the first line of `piece`
    (`rests`: the lines that already continue a paragraph)."""
    head = _last_line(first.lines[-1], tails)
    rest = piece.lines[0]
    if head in tails or rest in rests or not _joins.can_break(page.infos[head]) \
            or _joins.opens_dated_report(page.infos[rest].body_text) \
            or _joins.opens_listed(page.infos[rest].body_text) or _joins.opens_with_period(page.infos[rest].body_text) \
            or _joins.opens_attributed(page.infos[rest].body_text) \
            and not _joins.word_across(page.infos[head].body_text, page.infos[rest].body_text):
        # `教育局昨日公布，…` opens an item, `二、…` a list's, `前三季度，佛山港…` a brief of its period's
        # figures (`opens_with_period`: no rest of the gold pages opens so), `据介绍，…` a paragraph
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


def _items_titled_below(page: Page, drafts: list[Draft], floating: list[int], tails: dict[int, int]) -> None:
    """A short item set after another article's text, its title under it: the title
    left over right below an article's last paragraphs, sharing many of their words
    and few of the rest of the article's (`…营养午餐每餐补助提高至…` under a story on
    crop losses, then `营养午餐补助 每餐提高至75元`; `…播种油菜…` under a notice labelled
    `便民信息`, then a phrase longer than a column name, `油菜播种正当时`), is their
    headline, and they are an article of their own. The paragraphs that share the title's
    words go, never the article's first."""
    rests = set(tails.values())
    # an article under its headline, or under a column label (`便民信息` over a notice)
    last_of = {d.lines[-1]: d for d in drafts
               if not d.photo and (d.headline is not None or d.before) and len(d.lines) > 1}
    for k in sorted(set(floating)):
        above_k = _paragraph_above(page, k)
        d = last_of.get(above_k) if above_k is not None else None
        if d is None or above_k is None or not (page.infos[k].role == "headline"
                             or page.infos[k].role == "label" and len(page.infos[k].text) > COLUMN_NAME):
            continue
        title = page.grams[k]
        cut = len(d.lines)
        while cut > 1 and d.lines[cut - 1] == above_k - (len(d.lines) - cut) and d.lines[cut - 1] not in rests \
                and d.lines[cut - 1] not in tails \
                and _title_share(page, k, page.grams[d.lines[cut - 1]]) >= FLOATING_HEADLINE:
            cut -= 1
        if cut == len(d.lines) and _titled_apart(page, k, d, rests, tails):
            cut -= 1
        if cut == len(d.lines):
            continue
        item = d.lines[cut:]
        heading = [d.headline] if d.headline is not None else []
        rest = frozenset().union(*(page.grams[j] for j in [*d.lines[:cut], *heading]))
        own = frozenset().union(*(page.grams[j] for j in item))
        below, above = page.topic.share(title, rest), page.topic.share(title, own)
        if above < (OWN_HEADLINE if below == 0 else FLOATING_HEADLINE) or above <= CLOSES * below:
            continue
        d.lines = d.lines[:cut]
        d.grams = frozenset().union(*(page.grams[j] for n in d.lines for j in _chain(n, tails)))
        # its credit line goes with it (its picture's caption credits the photo, not the text)
        credit = _credit_of(page, [*item, *(j for j in range(above_k + 1, k) if page.infos[j].role == "byline")])
        d.credit = _without_names(d.credit, credit, _credit_of(page, d.lines))
        drafts.insert(drafts.index(d) + 1, Draft(first=item[0], lines=item, headline=k, grams=own, credit=credit,
                                                 closed=bool(credit)))
        floating.remove(k)
        for other in drafts:  # a title is one article's: the item's headline is no kicker of the title below it
            other.kickers = [j for j in other.kickers if j != k]


def _items_signed_apart(page: Page, drafts: list[Draft], tails: dict[int, int]) -> None:
    """An article's last paragraph, right under its previous one, that closes with a credit
    naming no one its dateline named (`星港日报记者 陈 家 豪报道:…` then `…提堂。…合约。(记者 何 文 彬)`):
    an article is signed once, in its dateline or after its text (`_signed_apart`,
    `_signed_by_others`), so it is an item of its own with no headline, not that article's
    rest. Its title, when one stands under it, went with it already (`_items_titled_below`)."""
    rests = set(tails.values())
    for d in list(drafts):
        if d.photo or not d.opens or len(d.lines) < 2:
            continue
        opening, last = page.infos[d.lines[0]], d.lines[-1]
        named = opening.dateline.credit if opening.dateline else None
        closing = page.infos[last].credit
        if not named or not closing or roles.only_photographers(closing) or d.lines[-2] != last - 1 \
                or last in rests or last in tails or not named.names().isdisjoint(closing.names()):
            continue
        d.lines = d.lines[:-1]
        d.grams = frozenset().union(*(page.grams[j] for n in d.lines for j in _chain(n, tails)))
        d.credit = _without_names(d.credit, closing, _credit_of(page, d.lines))
        drafts.insert(drafts.index(d) + 1, Draft(first=last, lines=[last], grams=page.grams[last], credit=closing,
                                                 closed=True))


# a page of briefs: at least this many items stand whole in one paragraph, and at most one in
# BRIEF_PAGE_RATIO goes on past its first paragraph
BRIEF_PAGE_ITEMS = 8
BRIEF_PAGE_RATIO = 3
# a text its paper's dateline opens, then a run of paragraphs each apart from the one above (`_brief_pieces`),
# this many pieces in all, is briefs run together, not a text that goes on: a story's later paragraphs may turn
# to words of their own two times (tests/cases/line_sequences.tsv: `【城市報訊】房屋署公布…` then `警方昨日…`,
# `考評局公布…`), not at every paragraph (heldout31/economy_page: `本报讯…吉利汽车台州基地…` then five headless
# briefs, `市财政局日前下达…`, `春节假期，全市…`, `3月2日，临海市政府与…`, `记者从市人力社保局获悉，…`)
BRIEF_RUN = 4
BRIEF_SHARE = 0.1  # a paragraph sharing less than this of its words with the item above it is a brief of its own
BRIEF_SAME_TOPIC = 0.2  # …and one sharing at least this much speaks of it, whatever its opening
# what weighs for and against a paragraph under an item's last sentence being a brief of its own (`_brief_score`)
PAST_TEXT = 2  # another item's text stands between: the walk took it past that item
FEW_WORDS = 1  # it shares almost none of the item's words (`BRIEF_SHARE`)
OWN_OPENING = 1  # it opens a report of its own: who, the day, what (`市财政局1月23日透露，…`)
SAME_WORDS = 1  # against: it shares many of the item's words (`BRIEF_SAME_TOPIC`)
SAYS_IT_GOES_ON = 2  # against: it says it goes on the text above (`据介绍，…`, `县人社局还将…`)


def _briefs_apart(page: Page, drafts: list[Draft], tails: dict[int, int]) -> None:
    """On a page of briefs, a plain paragraph right under an item's whole text that shares almost
    none of its words is a brief of its own with no headline, not that item's next paragraph.

    A page of briefs: most of its items stand whole in one paragraph (a title, an opening or a
    credit line follows it), and few go on past it. There, an item that starts with its own
    subject under another's last sentence (`本报讯（通讯员 …）…发放贷款贴息资金2860万元…。` /
    `洪梅镇2300亩冬种蔬菜进入采收期…`, `…在前海興建跨境電商物流中心…` / `財經事務及庫務局昨日刊憲…` /
    `證監會昨日公布…`) is another brief, as the page's writers set every item; a paragraph that
    goes on with the item's words (`金管局又指…`, `前10月，全市固定资产投资…`) is its next one, and
    an item whose second paragraph goes on so keeps the paragraphs after it (a report in
    sections: `消费市场保持平稳。…`). An item whose briefs stand past a title or another item's
    text (heldout25/26 economy pages) counts as briefs run together when the page is weighed."""
    rests = set(tails.values())
    news = [d for d in drafts if not d.photo and d.lines]

    def plain(k: int) -> bool:
        info = page.infos[k]
        return info.role == "body" and not (info.whole or info.dateline or info.lead or info.jump_from
                                            or info.credit or k in rests)

    # each item as the briefs it would be: an item with no dateline whose next paragraph stands
    # apart is briefs run together (`警方昨日凌晨在深水埗…` under the text of a housing item), no
    # text that goes on; a text its paper's dateline opens (`本报讯…`) counts as one that goes on
    # text that goes on, unless a title or another item's text stands between its pieces: the
    # walk ran those briefs together past a line a text that goes on does not set inside it
    planned = [(d, _brief_pieces(page, d, tails, plain)) for d in news]
    longer = [d for d, pieces in planned if sum(plain(k) for k in d.lines[1:]) > 0
              and (len(pieces) == 1 or page.infos[d.lines[0]].dateline is not None
                   and not _set_past_items(page, pieces, tails) and len(pieces) < BRIEF_RUN)]
    whole = sum(len(pieces) for d, pieces in planned if d not in longer)
    if whole < BRIEF_PAGE_ITEMS or BRIEF_PAGE_RATIO * len(longer) > whole:
        return
    for d, pieces in planned:
        if len(pieces) == 1:
            continue
        # a credit line under the last paragraph signs the last brief (`…減少百分之十二點四。` /
        # `記者張 家 豪／高雄報導`), not the item the walk had it close
        closing = _closing_credit(page, _last_line(d.lines[-1], tails))
        d.lines = pieces[0]
        d.grams = frozenset().union(*(page.grams[j] for n in d.lines for j in _chain(n, tails)))
        d.credit = _without_names(d.credit, closing, _credit_of(page, [*_credit_lines_above(page, d.first), *d.lines]))
        # a title the walk took for a section of the item, between two of its briefs, is the headline of
        # one of them: the one above on a page that sets its titles after their text (`_titles_under_briefs`),
        # else the one below, right under it (`全市居民人均可支配收入增长5.9%` over `市统计局1月26日公布，…`,
        # heldout27/economy_page)
        heads = _titles_under_briefs(page, pieces, d.subheadings, tails)
        if d.headline is None and heads[0] is not None:
            d.headline = heads[0]
            d.subheadings.remove(heads[0])
        at = drafts.index(d) + 1
        for n, piece in enumerate(pieces[1:], start=2):
            grams = frozenset().union(*(page.grams[j] for m in piece for j in _chain(m, tails)))
            credit = _credit_of(page, piece)
            title = heads[n - 1] if heads[n - 1] is not None else _title_right_above(page, piece[0], d.subheadings)
            if title is not None:
                d.subheadings.remove(title)
            # the label over a block of briefs, taken by the walk for a section of the item above, labels
            # the block's first brief (`区域简讯` over `金坛区：…`)
            block = _brief_block_label(page, piece[0])
            labels = [block] if block == piece[0] - 1 and block in d.subheadings else []
            for label in labels:
                d.subheadings.remove(label)
            drafts.insert(at, Draft(first=piece[0], lines=piece, grams=grams, closed=True, headline=title,
                                    labels=labels, credit=credit.merged(closing) if n == len(pieces) else credit))
            at += 1


# what may stand between two briefs set one under the other: a caption, the first one's title set
# after its text (`…數字按年上升百分之十五。…` / `食環署巡查街市 38檔違規被警告`), the rest of another
# item's broken paragraph (`屆時將在海濱一帶…`)
_BETWEEN_BRIEFS = ("caption", "headline", "label")


def _brief_pieces(page: Page, d: Draft, tails: dict[int, int], plain: Callable[[int], bool]) -> list[list[int]]:
    """The briefs article `d` would be on a page of briefs: a plain paragraph right under the text
    above it (past captions) that shares almost none of its words, does not say it goes on it and
    does not continue a sentence broken off above, opens a brief; the lines that stand whole under
    a paragraph (a fact box's rows, `單位數目　約4,800個`) are its own. An item whose second paragraph
    goes on with it is one text of several paragraphs: one piece."""
    if d.continued_from or d.continued_to:
        return [d.lines]
    rests = set(tails.values())
    pieces: list[list[int]] = [[d.lines[0]]]
    titles = [*d.before, *([d.headline] if d.headline is not None else [])]
    for n, k in enumerate(d.lines[1:], start=1):
        above = _last_line(d.lines[n - 1], tails)
        lines = [j for m in pieces[-1] for j in _chain(m, tails)]
        grams = frozenset().union(*(page.grams[j] for j in lines))
        text = "".join(page.infos[j].body_text for j in [*(titles if len(pieces) == 1 else []), *lines])
        between = range(above + 1, k)
        past = _past_text(page, above, k, rests)
        apart = plain(k) and not _joins.can_break(page.infos[above]) and not page.infos[above].body_text.endswith(":") \
            and (past or all(page.infos[j].role in _BETWEEN_BRIEFS or j in rests for j in between)) \
            and _brief_score(page, k, grams, text, past, len(pieces) > 1 or d.brief) > 0
        if apart:
            pieces.append([k])
            continue
        if len(pieces) == 1 and not all(page.infos[j].whole for j in [*pieces[0][1:], k]):
            return [d.lines]  # its second paragraph goes on with it: a text of several paragraphs
        pieces[-1].append(k)
    return pieces


@functools.cache
def _brief_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("brief_labels")))


def _brief_block_label(page: Page, k: int) -> int | None:
    """The label over a block of briefs (`区域简讯`, `经济简讯`, `港聞簡訊`: data/brief_labels.tsv) that body
    line `k` stands under, past only the body lines above it, else None. Under such a label a paragraph
    opened by a name and a colon names its brief's subject (`金坛区：前4个月新签约…` / `天宁区：一季度新增…`,
    each a district's brief, heldout43/economy_page; `食環署巡查凍肉店　…` without the colon,
    heldout22/hongkong_news), not a labelled part of the text above (`_links.LABELLED_PART`, `说明：…`): on the four
    gold pages with such a block (heldout22, 34, 43, 44) every paragraph in it opens an item."""
    j = k - 1
    while j >= 0 and page.infos[j].role == "body":
        j -= 1
    if j < 0 or page.infos[j].role != "label" or not page.infos[j].text.strip().endswith(_brief_words()):
        return None
    return j


def _brief_score(page: Page, k: int, grams: frozenset[str], text: str, past: bool, in_run: bool) -> int:
    """How much paragraph `k`, under the last sentence of an item (its words `grams`, its text and
    titles `text`), reads as a brief of its own on a page of briefs (more than 0: it does). For:
    another item's text stands between (`past`); it shares almost none of the item's words; it
    opens a report of its own, who, the day and what (`市统计局1月26日公布，…` under a budget item
    and the title `全市居民人均可支配收入增长5.9%`, heldout27/economy_page; `市财政局1月23日透露，…`
    under a power-use item, heldout28/economy_page); in a run of briefs the item already split into
    (`in_run`), it opens with the period it reports on (`一季度，全市接待游客…` under
    `一季度，桐乡市化纤产量…`, heldout33/economy_page; `4月份，全市全社会用电量…` under
    `截至4月末，…贷款余额…`, heldout34/economy_page), as the briefs of such a run are set, while an
    item's own text may give its period again under its dateline (`前10月，全市固定资产投资…` under
    `本报讯…`, heldout5/economy_page). Against: it shares many of the item's words;
    it says it goes on the text above (`据介绍，…`, `县人社局还将…`, `县人社局表示，…`), unless
    what it says is the word of a body the item does not name (`_source_named_apart`), said or attributed
    to it (`另据市商务局统计，…` under a signing, heldout30/economy_page; `据市港口发展中心统计，…`)."""
    body = page.infos[k].body_text
    share = page.topic.share(page.grams[k], grams)
    # a body the item does not name makes its own figures or news public (`澳門金融管理局公布，…` under the
    # new companies' brief, `澳門國際機場專營股份有限公司公布，…` under the golden week's hotels): a report of
    # its own, however many words of the trade it shares with the item above (`按年上升`, `澳門元`)
    published = (_joins.opens_sourced_report(body) or _joins.opens_body_publishing(body)) \
        and _briefs.source_named_apart(body, text)
    own = published or _joins.opens_dated_report(body) or _briefs.opens_period_of_body(body, text) \
        or in_run and _joins.opens_with_period(body)
    score = PAST_TEXT * past + FEW_WORDS * (share < BRIEF_SHARE) + OWN_OPENING * own \
        - SAME_WORDS * (share >= BRIEF_SAME_TOPIC and not published)
    cue = _links.cue(body)
    if cue == "part" and _links.LABELLED_PART.match(body) and _brief_block_label(page, k) is not None:
        cue = None  # `金坛区：…` in a block of briefs: the brief's subject, no part of the text above
    source = body[len(_links.attribution(body)):] if cue == "attributes" else body  # `另据|市商务局统计，…`
    if cue is not None and not (cue in ("says", "attributes") and _briefs.source_named_apart(source, text)):
        score -= SAYS_IT_GOES_ON
    return score


def _titles_under_briefs(page: Page, pieces: list[list[int]], sections: list[int],
                         tails: dict[int, int]) -> list[int | None]:
    """For each brief of `pieces`, the headline (or a phrase longer than a column name) among
    `sections` standing right under its text and above the next brief's, on a page that sets its
    titles after their text (`Page.titles_after`): that brief's title, by its place, as
    `_titled_after_item` reads a title under an item opened by its dateline (`文旅消费持续升温` under
    `一季度，全市接待游客…旅游总收入…`, over the leather fair's brief, heldout33/economy_page), unless
    the next brief speaks of it as much (`_titles_item_above`). A page that sets its titles over their
    text gives such a title to the brief below (`_title_right_above`), unless the title closes the brief
    above by its words (`_closes_brief_above`)."""
    heads: list[int | None] = [None] * len(pieces)
    for n, (piece, below) in enumerate(itertools.pairwise(pieces)):
        title = _last_line(piece[-1], tails) + 1
        if title not in sections or title >= below[0]:
            continue
        info = page.infos[title]
        if not (info.role == "headline" or info.role == "label" and len(info.text) > COLUMN_NAME):
            continue
        lines = [j for m in piece for j in _chain(m, tails)]
        under = [j for m in below for j in _chain(m, tails)]
        if _titles_item_above(page, title, lines, under) if page.titles_after \
                else _closes_brief_above(page, title, lines, under):
            heads[n] = title
    return heads


def _closes_brief_above(page: Page, k: int, above: list[int], below: list[int]) -> bool:
    """On a page that sets its titles over their text, does title `k`, standing between the text `above`
    of one brief and the text `below` of the next, close the brief above all the same? It shares many of
    its words (`FLOATING_HEADLINE`) and more than `CLOSES` times what it shares of the brief below, as a
    title under an item split off an article does (`_own_title_under`): `36个“甬商回归”项目集中签约` under the
    signing's item, over a brief on appliance exports (heldout42/economy_page, and `前两个月社零总额增长5.2%`
    under the retail item, over a credit brief); `农村妇女学直播` under the livestreaming course, over a brief
    (heldout37/county_news). Only the brief's own text counts below, not the briefs further down (`项目`,
    `集中` of the next brief but one, `…重大产业项目集中开工`). Of the ten titles between two briefs split apart on
    the gold pages, the six that title the brief above read so here or by the page's convention, and none of
    the four over the brief below shares more than 0.15 of the brief above."""
    grams_above = frozenset().union(*(page.grams[j] for j in above))
    grams_below = frozenset().union(*(page.grams[j] for j in below))
    share = _title_share(page, k, grams_above)
    return share >= FLOATING_HEADLINE and share > CLOSES * _title_share(page, k, grams_below)


def _title_right_above(page: Page, k: int, sections: list[int]) -> int | None:
    """The one headline among `sections` standing right above paragraph `k` that speaks of its text
    (`OWN_HEADLINE`), else None."""
    title = k - 1
    if title not in sections or page.infos[title].role != "headline" or title - 1 in sections:
        return None
    return title if _title_share(page, title, page.following(k)) >= OWN_HEADLINE else None


def _past_text(page: Page, above: int, k: int, rests: set[int]) -> bool:
    """Does another item's paragraph stand between paragraph `above` and paragraph `k` (not the
    rest of a broken one)? On a page of briefs, a paragraph set past another item's text is a brief
    of its own, whatever words it shares (`人民银行…分行12月22日发布数据…` / an item and its title /
    `市商务局12月22日发布数据…`): the walk took it past that item for a shared word."""
    return any(page.infos[j].role == "body" and j not in rests for j in range(above + 1, k))


def _set_past_items(page: Page, pieces: list[list[int]], tails: dict[int, int]) -> bool:
    """Do the briefs `pieces` stand apart past a title or another item's text (not only past
    captions)? Then they are briefs the walk ran together, not a text that goes on."""
    rests = set(tails.values())
    return any(page.infos[j].role in ("headline", "label", "body") and j not in rests
               for before, piece in itertools.pairwise(pieces)
               for j in range(_last_line(before[-1], tails) + 1, piece[0]))


def _closing_credit(page: Page, last: int) -> Credit:
    """The credit of the byline lines right under paragraph `last` that close its text."""
    credit = Credit()
    j = last + 1
    while j < len(page.infos) and page.infos[j].role == "byline":
        info = page.infos[j]
        if info.credit and not (info.leading_credit or info.photo_credit or info.meta or info.closing):
            credit = credit.merged(info.credit)
        j += 1
    return credit


def _credit_lines_above(page: Page, first: int) -> list[int]:
    """The byline lines that open the text from line `first` (`本報記者 王 芳`, a credit over its title)."""
    out, j = [], first - 1
    while j >= 0 and page.infos[j].role in ("byline", "headline", "label", "subheading"):
        if page.infos[j].leading_credit:
            out.append(j)
        j -= 1
    return out


def _titled_apart(page: Page, k: int, d: Draft, rests: set[int], tails: dict[int, int]) -> bool:
    """Is the last paragraph of article `d` an item of its own that title `k` below it heads,
    though it repeats few of the title's words (`…在葵涌一個工業大廈單位搗破一個非法賭檔…` under
    `葵涌工廈賭檔被搗…`)? The title shares some of its words and none of the rest of the
    article's, whose own headline stands above its text: the title speaks of that paragraph
    alone. Under a column label alone, with no headline to compare, a title after two
    paragraphs is theirs (`送清凉 学急救` after a story and its `当天，…`)."""
    last = d.lines[-1]
    if d.headline is None or last in rests or last in tails or _title_share(page, k, page.grams[last]) < OWN_HEADLINE:
        return False
    rest = frozenset().union(*(page.grams[j] for j in [*d.lines[:-1], d.headline]))
    return page.topic.share(page.grams[k], rest) == 0


# lines that may stand between a text and its headline set after it: the text's credit line
# (`■記者何 嘉 欣`) and its picture's caption (`警員在賭檔單位內搜證。 圖：吳 國 強攝`)
_BETWEEN_TEXT_AND_TITLE = ("byline", "caption")
MAX_BETWEEN = 2


def _paragraph_above(page: Page, k: int) -> int | None:
    """The paragraph right above title `k`, looking past its credit line and its caption
    (at most `MAX_BETWEEN` such lines); None when another line stands between them."""
    j = k - 1
    while j >= 0 and k - j <= MAX_BETWEEN and page.infos[j].role in _BETWEEN_TEXT_AND_TITLE \
            and not page.infos[j].leading_credit:
        j -= 1
    return j if j >= 0 and page.infos[j].role == "body" else None


def _credit_of(page: Page, lines: list[int]) -> Credit:
    """The credits that close the paragraphs `lines` (`…已要求業者下架。（記者陳 怡 君）`) and
    that their datelines name."""
    credit = Credit()
    for j in lines:
        info = page.infos[j]
        if info.dateline and info.dateline.credit:
            credit = credit.merged(info.dateline.credit)
        if info.credit:
            credit = credit.merged(info.credit)
    return credit


def _without_names(credit: Credit, gone: Credit, kept: Credit) -> Credit:
    """`credit` less the names of `gone` that `kept` does not name: an item split off an
    article takes the credit that closed its own paragraph with it."""
    drop = {n for b in BUCKETS for n in getattr(gone, b)} - {n for b in BUCKETS for n in getattr(kept, b)}
    if not drop:
        return credit
    return Credit(*(tuple(n for n in getattr(credit, b) if n not in drop) for b in BUCKETS))


# ------------------------------------------------------------------ 4. titles left over
def _floating_headlines(page: Page, drafts: list[Draft], floating: list[int], tails: dict[int, int]) -> None:
    """Titles far from their text go to the headline-less article whose words they use.

    An article whose first paragraph opens one (`本报讯 清明节临近…`) begins on this
    page, so its headline is on it too: when no title shares much of its words, it
    still takes the headline-shaped title left over that shares some
    (`倡导文明祭扫 “云上寄思”渐成新风` at the top of the page, its body at the foot),
    rather than that title ending as some other article's column label. An article's text ends
    with the rests of its broken paragraphs (`tails`): a title set after it stands under the last
    rest (`…启动“青货过大年”年货节，` / another item / `组织省内120余家企业…` / `青海上月社零总额…`).
    """
    needy = [d for d in drafts if _needs_headline(d)]
    titles = sorted(set(floating))
    # a title line titles one article: the headlines placed already (an item's title set after its
    # text, `_items_titled_below`, which may also stand right above the next item's text:
    # `…贷款余额1.21万亿元…` / `11月末贷款余额…` / `本报讯 …本月中旬…`) are no one else's
    used: set[int] = {d.headline for d in drafts if d.headline is not None}
    _sections_after_text(page, needy, used, tails)
    _titles_after(page, drafts, needy, titles, used, tails)
    kept = {k for d in needy for k in d.kickers}  # a series label's own kickers, when it was the headline
    floating[:] = [k for k in floating if k not in kept]
    titles = [k for k in titles if k not in kept]
    # a headless item kept apart from the articles above (`_merge_pieces`) takes the title set
    # right under it that speaks of it, a phrase longer than a column name too, as an item
    # split off an article's text does (`_items_titled_below`: `…私人住宅售價指數…` over
    # `10月樓價按月跌0.4%`, heldout15/hk_news)
    free = set(titles) - used
    for d in needy:
        if d.headline is None and _is_piece(d) and _own_title_under(page, d, free, tails):
            d.headline = _text_end(d, tails) + 1
            used.add(d.headline)
    _claim(page, needy, titles, FLOATING_HEADLINE, used)
    # by position: a title that is no label, right above a headline-less article; or a phrase
    # longer than a column name right above an article that opens (`巡回审判进乡村` over
    # `本报讯 …县人民法院…公开审理…`): a short headline that repeats none of its words
    # (not a title that is the headline of the paragraph right above it, an article with no
    # title yet, sharing none of this article's words: `集大原高铁大集段开通运营` under
    # `…集宁至大同…`, over a court's story)
    untitled = {j for d in needy if d.headline is None for j in _text_lines(d, tails)}
    for d in needy:
        if d.headline is None:
            above = [k for k in d.before if k not in used and (
                page.infos[k].role == "headline" or k == d.before[-1] and d.opens
                and page.infos[k].role == "label" and len(page.infos[k].text) > COLUMN_NAME)
                and not (_paragraph_above(page, k) in untitled and _closes_text_above(page, k, d.grams))
                and not _ends_item_above(page, k, needy, d, tails)]
            if above:
                d.headline = above[-1]
                used.add(above[-1])
    # a kicker or an unnumbered subheading of another article (a title standing between
    # that article's paragraphs, or right above its headline) is taken only when it talks
    # more about this one: `早稻育秧基本完成` above another story's title, its body above it
    held_by = {k: d for d in drafts for k in d.kickers}
    held_by.update((k, d) for d in drafts for k in d.subheadings if not roles.is_numbered(page.infos[k].text))
    claimable = sorted(k for k in set(titles) | set(held_by) if not _page_series_label(page, k, drafts))

    def held(k: int) -> float:
        return _title_share(page, k, held_by[k].grams) if k in held_by else 0.0

    _report_titles_after(page, drafts, needy, claimable, used, held, tails)
    _claim(page, [d for d in needy if d.opens], claimable, OWN_HEADLINE, used, held, titled=True)
    _titles_between(page, drafts, needy, set(floating), used, tails)
    _titles_back_above(page, drafts, needy, tails)
    for d in drafts:
        d.kickers = [k for k in d.kickers if k not in used]
        d.subheadings = [k for k in d.subheadings if k not in used]
    floating[:] = [k for k in floating if k not in used]


def _sections_after_text(page: Page, needy: list[Draft], used: set[int], tails: dict[int, int]) -> None:
    """A headline-less article's section title that stands after all of its text heads no section: once
    the brief under it went apart (`_briefs_apart`), it is the article's headline set after its text, as a
    page of datelines sets some (`前10月旅客破118萬人次 跨年晚會觀音亭登場` under the rest of the tourist
    story, over a brief on the night's traffic, heldout46/taiwan_news)."""
    for d in needy:
        if d.headline is not None or not d.subheadings:
            continue
        last = max(d.subheadings)
        if last > _text_end(d, tails) and page.infos[last].role == "headline" \
                and not roles.is_numbered(page.infos[last].text):
            d.headline = last
            d.subheadings.remove(last)
            used.add(last)


def _report_titles_after(page: Page, drafts: list[Draft], needy: list[Draft], titles: list[int], used: set[int],
                         held: Callable[[int], float], tails: dict[int, int]) -> None:
    """A headless item opened by its report (`opens_report`: `昨天，全市…集中签约活动…`), with no dateline
    and no title above it, takes the title set after its text and before the next item's that speaks of it
    more than of the article holding it as a kicker, before any item further off claims it: the brief
    stood between a paragraph broken after a comma and its rest, its title under that rest (`…增长5.2%，` /
    `昨天，…签约…` / `两大行业合计…` / `第三批重大项目集中签约 总投资418.6亿元`, heldout39/economy_page;
    heldout10 and heldout30/economy_page set the same shape with a dateline-opened brief, which the claim
    of opened items below places)."""
    firsts = sorted(d.first for d in drafts if not d.photo and d.lines)
    for d in needy:
        if d.headline is not None or d.opens or not _joins.opens_report(page.infos[d.first].body_text):
            continue
        end = _text_end(d, tails)
        at = bisect.bisect_right(firsts, end)
        bound = firsts[at] if at < len(firsts) else len(page.infos)
        after = titles[bisect.bisect_right(titles, end):bisect.bisect_left(titles, bound)]  # sorted: linear in all
        _claim(page, [d], after, OWN_HEADLINE, used, held, titled=True)


def _titles_back_above(page: Page, drafts: list[Draft], needy: list[Draft], tails: dict[int, int]) -> None:
    """A headline set right under the text of a headline-less item, taken by another article on few of its
    words, goes back to that item when its characters are clearly the item's (`CLOSES` times the holder's,
    at least `FLOATING_HEADLINE`): a page that sets some titles after their bodies and others over them
    leaves such a title where a weaker clue can take it. The item is the one whose text ends right above the
    title (captions aside), or the one right above a piece there, headless or holding the title (a brief set
    between an item and its title: a customs item / a retail brief / `外贸进出口增长16.2%`, heldout34/economy_page).
    Characters, not bigrams: a title abbreviates (`4月LPR保持不变` under `…报价利率(LPR)…`, heldout33/wire_news)."""
    ends = {_text_end(d, tails): d for d in drafts if d.lines and not d.photo}
    waiting = {id(d) for d in needy if d.headline is None and d.lines and not d.photo}
    if not waiting:
        return
    for holder in drafts:
        k = holder.headline
        if k is None or page.infos[k].role != "headline":
            continue
        choices: list[Draft] = []
        above, seen = _past_captions_up(page, k - 1), 0
        while seen < 2 and above in ends:
            item, seen = ends[above], seen + 1
            if item is not holder:
                if id(item) not in waiting:
                    break
                choices.append(item)
            if item.before or item.opens or item.continued_from is not None:  # no piece: no brief set between
                break
            above = _past_captions_up(page, min(_text_lines(item, tails)) - 1)
        if not choices:
            continue
        held = page.character_share(k, _text_lines(holder, tails))
        best = max(choices, key=lambda d: page.character_share(k, _text_lines(d, tails)))
        share = page.character_share(k, _text_lines(best, tails))
        if share >= FLOATING_HEADLINE and share > CLOSES * held:
            best.headline, holder.headline = k, None
            waiting.discard(id(best))


def _past_captions_up(page: Page, k: int) -> int:
    """The first line from `k` up that is no caption."""
    while k >= 0 and page.infos[k].role == "caption":
        k -= 1
    return k


def _own_title_under(page: Page, d: Draft, free: set[int], tails: dict[int, int]) -> bool:
    """Is the free title right under the headless item `d` its headline, set after its text?
    It is a headline, or a phrase longer than a column name, and shares some of the item's
    words and none of the text below it, or many and clearly more than of the text below
    (the test `_items_titled_below` puts to a title under an item split off an article)."""
    title = _text_end(d, tails) + 1
    if title not in free:
        return False
    info = page.infos[title]
    if not (info.role == "headline" or info.role == "label" and len(info.text) > COLUMN_NAME):
        return False
    above = _title_share(page, title, d.grams)
    below = _title_share(page, title, page.following(title + 1)) if title + 1 < len(page.infos) else 0.0
    return above >= (OWN_HEADLINE if below == 0 else FLOATING_HEADLINE) and above > CLOSES * below


def _titles_between(page: Page, drafts: list[Draft], needy: list[Draft], free: set[int], used: set[int],
                    tails: dict[int, int]) -> None:
    """By position, after the titles placed by their words: a title left over right under
    the text of an article that opened with its dateline and has no headline, and right
    above another article's title, is the headline set after that text (`巡回审判进村…`
    under a court story, over the next story's title), even when it repeats none of its
    words; and so is one over a headline-less article too, on a page that sets its titles after
    their bodies (`_titled_after_item`), or one that can head no line below: the page ends there, or the
    item below has its own title after its text (`_titled_below_own_text`). A name of a column's length
    there is a label of the article below, unless its words are the item's (`_phrase_of_item`); a title
    between an article's paragraphs is its subheading, never free."""
    titled = {k for d in drafts for k in [*d.kickers, d.headline] if k is not None}
    texts = sorted((d for d in drafts if not d.photo and d.lines), key=lambda d: d.first)
    firsts = [d.first for d in texts]
    for d in needy:
        if d.headline is not None or not d.opens:
            continue
        k = _text_end(d, tails) + 1
        if k not in free or k in used:
            continue
        info = page.infos[k]
        if not (info.role == "headline" or info.role == "label" and (len(info.text) > COLUMN_NAME
                                                                     or _phrase_of_item(page, k, d))):
            continue
        at = bisect.bisect_right(firsts, k)
        below = texts[at] if at < len(texts) else None
        if k + 1 in titled or _titled_after_item(page, k, d, below, tails) or _titled_below_own_text(k, below, tails):
            d.headline = k
            used.add(k)


def _titled_below_own_text(k: int, below: Draft | None, tails: dict[int, int]) -> bool:
    """Can title `k`, right under the text of an item opened by its dateline, head no line below it? The page's
    text ends there (`below` None), or the line under it opens an item whose own headline stands after its
    text. Then it is the title set after the item above, as one over the next item's title is (a court's item
    after a notice's date line, its short title over `本报讯 …共青团…` and that item's title under its text,
    heldout6/county_news; the court's item last on the page, heldout5/county_news: both with their items
    moved by benchmarks.shuffled_blocks)."""
    if below is None:
        return True
    return below.first == k + 1 and below.opens and below.headline is not None \
        and below.headline == _text_end(below, tails) + 1


def _phrase_of_item(page: Page, k: int, item: Draft) -> bool:
    """Is the phrase of a column name's length `k`, right under the text of `item`, a short headline that
    speaks of it: it shares many of the item's words (`FLOATING_HEADLINE`) and none of the text below it
    (`新航站楼启用` under the item on the airport's new terminal, over a tax item, heldout42/wire_news;
    `三期项目开工` under its project's item, heldout26/economy_page, which the walk heads already)? A column's
    name shares a word of an item by chance, seldom most of its words: of the 26 such phrases under an
    item's text on the gold pages, three share that much, those two and `健康芜湖` under an item headed above
    its text (wuhu_health)."""
    below = _title_share(page, k, page.following(k + 1)) if k + 1 < len(page.infos) else 0.0
    return _title_share(page, k, item.grams) >= FLOATING_HEADLINE and below < OWN_HEADLINE


def _ends_item_above(page: Page, k: int, needy: list[Draft], below: Draft, tails: dict[int, int]) -> bool:
    """Does title `k`, right above the headline-less article `below`, end the text of the headline-less
    item right above it instead (`_titled_after_item`)?"""
    above = _untitled_above(page, k, needy, tails)
    return above is not None and above is not below and _titled_after_item(page, k, above, below, tails)


def _titled_after_item(page: Page, k: int, item: Draft, below: Draft | None, tails: dict[int, int]) -> bool:
    """Is title `k`, right under the last paragraph of `item`, an item opened by its dateline with no
    headline, that item's headline though it shares none of the words of either text (`研考本周六开考`
    under the item on the postgraduate exam, `…硕士研究生招生考试…`, over a budget item; `1月LPR保持不变`
    under the item on the loan prime rate, over one on a provincial congress)? It is on a page that
    sets its titles after their bodies (`Page.titles_after`), unless the text below speaks of it as
    much (`_titles_item_above`): a title abbreviates, so its characters remain where its words do not
    (研, 考 of `研究生招生考试`; `LPR`). A page that sets its titles over their text keeps such a title
    over the item below, however many characters it shares with the text above (`企业开办压缩至1个工作日以内`
    under a paragraph on business registration, over its own item: unseen_a/economy_stats)."""
    if not (page.titles_after and item.opens and item.headline is None and item.lines
            and _text_end(item, tails) == k - 1):
        return False
    return below is None or _titles_item_above(page, k, _text_lines(item, tails), _text_lines(below, tails))


def _titles_item_above(page: Page, k: int, above: list[int], below: list[int]) -> bool:
    """On a page that sets its titles after their bodies, does title `k`, standing between the text
    `above` (an item with no headline) and the text `below`, title the text above, as the page's
    convention says? Unless the text below speaks of it as much: it uses some of the title's words,
    and as many as the text above or more of its characters; or none of its words but clearly more
    of its characters (`ABOVE_MARGIN`). Two briefs on one statistic may use all the same characters
    of it; then the words decide (`上半年我国外贸进出口增长3.6%` under the national item, over
    `…上半年江西货物贸易进出口…增长7.2%…`: `我国` is the text above's, heldout37/wire_news).
    Of the 145 titles between two items on the gold pages that set
    their titles after their bodies, 133 title the item above and 12 the item below, each as this
    reads it; the text below may use a word of the title by chance, fewer than the text above
    (`市场` of `消费市场回暖 以旧换新拉动明显`, in the name `市市场监管局` of the brief below its item,
    heldout35/economy_page;
    `德国10月出口环比下降0.9%` under the German item, over one that shares `出口`, heldout14/wire_news),
    while each title of the item below shares many of its words and few or none of the text above
    (`新版国家医保药品目录…` over `国家医疗保障局18日公布…`, heldout21/wire_news)."""
    grams_above = frozenset().union(*(page.grams[j] for j in above))
    grams_below = frozenset().union(*(page.grams[j] for j in below))
    words_above, words_below = _title_share(page, k, grams_above), _title_share(page, k, grams_below)
    chars_above, chars_below = page.character_share(k, above), page.character_share(k, below)
    if words_below < OWN_HEADLINE:
        return chars_below <= ABOVE_MARGIN * chars_above
    return words_above > words_below and chars_above >= chars_below


def _titles_after(page: Page, drafts: list[Draft], needy: list[Draft], titles: list[int], used: set[int],
                  tails: dict[int, int]) -> None:
    """An article under a short phrase (`d.fallback`, a series label such as `一线直击`)
    takes the first title that stands right after its paragraphs, before the next
    article's text, and shares its words; with none there, the phrase is its headline.
    Its paragraphs end with the rests of the broken ones (`花蓮新聞` / `…舉辦旅遊服務活動，` /
    another item and its title / `發放在地伴手禮兌換券3,000份。` / `端午連假臺鐵加開46班次`)."""
    firsts = sorted(d.first for d in drafts if not d.photo and d.lines)
    for d in needy:
        if d.fallback is None:
            continue
        last = _text_end(d, tails)
        at = bisect.bisect_right(firsts, last)
        bound = firsts[at] if at < len(firsts) else None
        d.headline, d.kickers = d.fallback if d.fallback[0] not in used else (None, [])
        phrase = page.infos[d.fallback[0]]
        short = phrase.role == "label" and len(phrase.text) <= COLUMN_NAME
        least = OWN_HEADLINE if short else max(FLOATING_HEADLINE, CLOSES * _title_share(page, d.fallback[0], d.grams))
        for k in titles[bisect.bisect_right(titles, last):]:
            if bound is not None and k > bound:
                break
            if k not in used and _title_share(page, k, d.grams) >= least and \
                    (page.infos[k].role == "headline" or len(page.infos[k].text) > COLUMN_NAME):
                d.headline, d.kickers = k, []
                break
        if d.headline is not None:
            used.add(d.headline)


def _claim(page: Page, needy: list[Draft], titles: list[int], least: float, used: set[int],
           held: Callable[[int], float] = lambda k: 0.0, titled: bool = False) -> None:
    """Give each headline-less article nearby the free title that shares at least
    `least` of its words (and more than `held(title)`, what it shares where it stands
    now), surest pairs first, one title per article (`titles` sorted). `titled`: a
    short single phrase longer than a column name may be the title too."""
    pairs: list[tuple[float, int, int, int]] = []  # (-share, distance, article, title)
    for n, d in enumerate(needy):
        if d.headline is not None:
            continue
        lo, hi = bisect.bisect_left(titles, d.first - WINDOW), bisect.bisect_right(titles, d.first + WINDOW)
        for k in titles[lo:hi]:
            # a label shares all of its few words by chance: `志愿服务` is no headline
            if k in used or not (page.infos[k].role == "headline" or titled and page.infos[k].role == "label"
                                 and len(page.infos[k].text) > COLUMN_NAME):
                continue
            score = _title_share(page, k, d.grams)
            if score >= least and score > held(k):
                # at equal shares, the article whose text stands nearest the title (`日本央行加息…`
                # right under the Bank of Japan's story, one item below a German one naming 日本)
                pairs.append((-score, min(abs(k - j) for j in d.lines), n, k))
    pairs.sort()
    for _, _, n, k in pairs:
        if needy[n].headline is not None or k in used:
            continue
        needy[n].headline = k
        used.add(k)


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
        if k + 1 in titled and not news[titled[k + 1]].web \
                and not (page.infos[k].role == "headline" and _closes_text_above(page, k, news[titled[k + 1]].grams)):
            # right above a title: a column label over that article (unless it talks of the text above)
            news[titled[k + 1]].labels.append(k)
            continue
        at = bisect.bisect_left(placed, k)
        below = owner[placed[at]] if at < len(placed) else None
        above = owner[placed[at - 1]] if at > 0 else None
        if below is not None and above is not None and news[below].web:
            below = None  # above a web item's title: the links and furniture of the item above (`_WEB_TITLE`)
        choices = [n for n in (below, above) if n is not None]
        if not choices:
            continue
        best = max(choices, key=lambda n: (page.topic.share(page.grams[k], news[n].grams), n == below))
        news[best].labels.append(k)


# ------------------------------------------------------------------ 5. the result
def _paragraph(raw: str, page: Page, k: int, tails: dict[int, int]) -> Paragraph:
    """The paragraph that starts at line `k`, with the lines that continue it."""
    infos = page.infos
    spans = [(infos[j].body_start, infos[j].body_end) for j in _chain(k, tails)]
    text = raw[spans[0][0]:spans[0][1]] if len(spans) == 1 else "".join(raw[s:e] for s, e in spans)
    return Paragraph(text=text, spans=spans)


def _chain(k: int, tails: dict[int, int]) -> list[int]:
    """Line `k` and the lines that continue its paragraph, in order."""
    if k not in tails:  # most paragraphs stand whole on one line
        return [k]
    out, seen = [k], {k}
    while out[-1] in tails and tails[out[-1]] not in seen:
        out.append(tails[out[-1]])
        seen.add(out[-1])
    return out


def _last_line(k: int, tails: dict[int, int]) -> int:
    return _chain(k, tails)[-1]


def _text_lines(d: Draft, tails: dict[int, int]) -> list[int]:
    """The lines of article `d`'s text: its paragraphs and the rests that continue them."""
    return [j for k in d.lines for j in _chain(k, tails)]


def _text_end(d: Draft, tails: dict[int, int]) -> int:
    """The last line of article `d`'s text, a rest of a broken paragraph set past the next item included."""
    return max(_text_lines(d, tails))


def _illustrates(page: Page, photo: Draft, news: list[tuple[Draft, frozenset[str]]],
                 firsts: list[int]) -> int | None:
    """The article a caption is about: it uses the caption's words, clearly more than any
    other; or, of two that use them about as much, the one it stands against (its title
    or a paragraph on the next or previous line).

    `济宁高新区一家装备制造企业的智能化生产车间…` above `济宁高新区首季新签约项目…`
    uses the words of that story and of a manufacturing story continued from page 1
    nearly alike: it goes to the one below it. `firsts`: the sorted first lines of
    `news`, to look only at articles nearby.
    """
    grams = page.grams[photo.lines[0]]
    lo = bisect.bisect_left(firsts, photo.first - WINDOW)
    hi = bisect.bisect_right(firsts, photo.first + WINDOW)
    scores = sorted(((page.topic.share(grams, news[n][1]), n) for n in range(lo, hi)), reverse=True)
    if not scores or scores[0][0] < ILLUSTRATES:
        return None
    if len(scores) > 1 and scores[0][0] < ILLUSTRATES_MARGIN * scores[1][0]:
        close = [n for score, n in scores if score * ILLUSTRATES_MARGIN > scores[0][0] and score >= ILLUSTRATES]
        beside = [n for n in close if _stands_beside(news[n][0], photo.first)]
        return beside[0] if len(beside) == 1 else None
    return scores[0][1]


def _stands_beside(d: Draft, k: int) -> bool:
    """Does a title or paragraph line of the article stand right above or below line `k`?"""
    own = {*d.lines, *d.kickers, *d.labels, *([d.headline] if d.headline is not None else [])}
    return k - 1 in own or k + 1 in own


BRIEF = 150  # a brief (短讯): one paragraph of at most this many characters, with no byline


def _kind(d: Draft, paragraphs: list[Paragraph]) -> ArticleKind:
    """`photo`, `web` (opens with a site's metadata line), `wire` (another outlet's
    dateline), `brief` (one short paragraph and no byline) or `news`."""
    if d.photo:
        return "photo"
    if d.web:
        return "web"
    if d.wire:
        return "wire"
    if not d.credit and len(paragraphs) == 1 and len(paragraphs[0].text) <= BRIEF:
        return "brief"
    return "news"


def _build(raw: str, page: Page, drafts: list[Draft], tails: dict[int, int]) -> list[Article]:
    infos = page.infos
    ordered = sorted(drafts, key=lambda d: d.lines[0] if d.lines else d.first)
    ids = {id(d): f"a{n}" for n, d in enumerate(ordered)}
    news: list[tuple[Draft, frozenset[str]]] = []
    firsts: list[int] = []
    if any(d.photo for d in ordered):  # the articles a caption may illustrate, with their titles' words
        news = sorted(((d, d.grams | (page.grams[d.headline] if d.headline is not None else frozenset()))
                       for d in ordered if not d.photo), key=lambda pair: pair[0].first)
        firsts = [d.first for d, _ in news]
    out = []
    for d in ordered:
        paragraphs = [_paragraph(raw, page, k, tails) for k in d.lines]
        last = infos[_last_line(d.lines[-1], tails)] if d.lines else None
        truncated = bool(not d.photo and last is not None and not d.continued_to and not last.credit
                         and not last.whole and not roles.ends_sentence(last.body_text))
        illustrates = None
        if d.photo:
            n = _illustrates(page, d, news, firsts)
            illustrates = ids[id(news[n][0])] if n is not None else None
        headline = infos[d.headline] if d.headline is not None else None
        title_lines = [*d.kickers, d.headline] if d.headline is not None else []
        title = " ".join(raw[infos[k].start:infos[k].end] for k in title_lines) if headline else None
        kicker = " ".join(raw[infos[k].start:infos[k].end] for k in d.kickers) if headline and d.kickers else None
        article = Article(
            id=ids[id(d)],
            kind=_kind(d, paragraphs),
            headline=title,
            headline_span=(headline.start, headline.end) if headline else None,
            kicker=kicker,
            labels=[raw[infos[k].start:infos[k].end] for k in d.labels],
            subheadings=[raw[infos[k].start:infos[k].end] for k in d.subheadings],
            byline=Byline(**d.credit.as_dict()),
            dateline=raw[d.dateline[0]:d.dateline[1]] if d.dateline else None,
            dateline_span=d.dateline,
            source=raw[d.source[0]:d.source[1]] if d.source else None,
            continued_from=d.continued_from,
            continued_to=d.continued_to,
            truncated=truncated,
            illustrates=illustrates,
            paragraphs=paragraphs,
            # filled by `pipeline.enrich`; passed rather than left to the `[]` defaults,
            # which pydantic deep-copies for every article (half the cost of building one)
            dates=[], organizations=[], statistics=[], events=[], places=[],
        )
        if d.web_date is not None and d.web_date != d.dateline:
            article.set_metadata_date(d.web_date)  # a wire dateline took the item's dateline
        out.append(article)
    return out
