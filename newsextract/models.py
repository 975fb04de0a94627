"""The typed result tree: what `extract` returns and what the JSON contract is.

Every mention and event carries `start`/`end` (`start <= end`) into the text exactly
as the caller passed it. One that crosses a rejoined paragraph break also lists its
pieces in `spans`, which `start`/`end` bound; a mention's `text` is then the pieces
joined. Models are frozen so results can be shared
between threads and cached without defensive copies.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_serializer

SCHEMA_VERSION: Final = "1"

Span = tuple[int, int]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DateValue(_Frozen):
    """An inclusive range of calendar days; a single day has start == end."""

    start: _dt.date
    end: _dt.date


Grain = Literal["day", "week", "month", "xun", "quarter", "season", "year", "decade", "century"]
Resolution = Literal["absolute", "relative", "dateline", "anaphoric", "time_only", "inferred_year", "vague"]
PartOfDay = Literal["early_morning", "morning", "noon", "afternoon", "evening", "night"]


HHMM = r"^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$"


class ClockTime(_Frozen):
    """A time of day on a date mention's days, 24-hour `HH:MM`: `start` on `value.start`,
    `end` (a range's end: `上午9时至11时`, `今晚20时至明天早上8时`) on `value.end`.
    A 12-hour time is read by its part of the day (`晚8点` → 20:00, `凌晨2点` → 02:00);
    `24:00` is the end of a day (`晚上12点`)."""

    start: str = Field(pattern=HHMM, description="24-hour HH:MM on the mention's first day, e.g. '20:00'")
    end: str | None = Field(default=None, pattern=HHMM,
                            description="24-hour HH:MM on the mention's last day, for a range; else null")
    approx: bool = Field(default=False, description="true for an approximate time: 8点左右, 9时许, 8点多")


class DateMention(_Frozen):
    """A date expression: a day, a range of days, a month, a part of a month or year, a
    year, a decade or century, a festival, a relative word, a time of day.

    What the text leaves open is the occurrence nearest the reference day — the
    article's dateline day, else the publication day — before or after it, on the side
    its clause points to when it points (`将于`, `举行了`): a date without a year
    (`5月24日`, `国庆节`), a day without a month (`12日`), a weekday without a week (`周三`).
    A news report speaks of what has just happened or is about to, so `周一` on a Tuesday
    is the day before, not next Monday. An impossible date (`4月31日`) has no value."""

    text: str
    start: int
    end: int
    spans: list[Span] | None = None
    value: DateValue | None = Field(default=None, description=(
        "the days it covers, inclusive; null for a vague time (近日), an impossible date (4月31日) or no reference"))
    grain: Grain | None = Field(default=None, description="day, week (上周), month, xun (上旬), quarter, season, "
                                                         "year, decade (80年代), century (上世纪)")
    resolution: Resolution = Field(default="absolute", description=(
        "how the value was found: absolute (written out); relative (from the publication day: 昨天, 去年, 近五年); "
        "dateline (from the article's dateline day: 新华社北京3月5日电 … 昨天); anaphoric (from the date the article "
        "last named: 当天, 次日, 同年); time_only (a time of day with no date, 下午3:30: on the day the article last "
        "named, else its dateline's, else the publication day); inferred_year (the year, or century, left out: "
        "the occurrence nearest the reference day); vague (近日, 目前: no value)"))
    part_of_day: PartOfDay | None = None
    time: str | None = Field(default=None, description="deprecated, kept for schema 1 readers: the clock time as "
                                                      "written, e.g. '9:00', '8点左右'; read `clock` instead")
    clock: ClockTime | None = Field(default=None, description="the clock time read into 24-hour time (null "
                                                             "without one; `part_of_day` alone stays there)")


OrgKind = Literal["government", "party", "people", "institution", "company", "social", "community"]


class Organization(_Frozen):
    text: str
    start: int
    end: int
    spans: list[Span] | None = None
    canonical: str
    kind: OrgKind


StatKind = Literal["count", "percent", "money", "duration", "area", "length", "weight",
                   "volume", "energy", "temperature", "other"]
Approx = Literal["exact", "over", "under", "about"]


class Change(_Frozen):
    direction: Literal["up", "down"]
    baseline: str | None = None
    measure: str | None = Field(default=None, description="同比, 环比, or null")


class Statistic(_Frozen):
    text: str
    start: int
    end: int
    spans: list[Span] | None = None
    value: Decimal
    value_max: Decimal | None = Field(default=None, description="upper end of a range (3至5个)")
    unit: str
    kind: StatKind
    approx: Approx = "exact"
    subject: str | None = None
    scope: str | None = None
    change: Change | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code of a money amount (CNY, HKD, TWD, "
                                 "USD…): the currency word written, else the paper's currency from its home (a "
                                 "page in traditional script that names Taiwan, Hong Kong or Macao: that region's)")

    @field_serializer("value", "value_max")
    def _plain_decimal(self, v: Decimal | None) -> str | None:
        """Decimals as plain strings ('325000', never '3.25E+5')."""
        if v is None:
            return None
        text = format(v, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text


#: The closed list of event types of the output contract (GUIDELINES §5): what happened, read from
#: the whole clause that tells it.
EventType = Literal["meeting", "activity", "exhibition", "competition", "award", "training", "inspection",
                    "visit", "policy", "announcement", "launch", "construction", "payout", "signing", "exam",
                    "registration", "recruitment", "traffic", "legal", "schedule", "production", "other"]


class Event(_Frozen):
    """A happening; `start`/`end` bound the clause that tells it and, when that clause
    crosses a rejoined column break, `spans` lists its pieces (as for the mentions).
    `trigger` quotes the word that states it as the caller wrote it (`開展` on a traditional page)."""

    type: EventType
    trigger: str
    start: int
    end: int
    spans: list[Span] | None = None
    date: DateValue | None = None
    location: str | None = None
    organizers: list[str] = []
    participants: list[str] = []
    theme: str | None = None
    date_mention: int | None = Field(default=None, description="index into the article's dates")
    organization_mentions: list[int] = Field(default=[], description="indices into the article's organizations")
    statistic_mentions: list[int] = Field(default=[], description="indices into the article's statistics")


PlaceLevel = Literal["country", "province", "city", "county", "township"]
PlaceKind = Literal["division", "country", "world_region", "foreign_city", "river", "lake", "sea", "mountain",
                    "park", "venue", "road", "bridge", "station", "zone"]
PlaceResolution = Literal["name", "short", "former", "alias", "abbreviation", "home", "vocabulary", "shape"]


class Place(_Frozen):
    """A place the article names: an administrative division (with its 6-digit code, 9 for a
    township), the country or the paper's home (`我国`, `我市`), a foreign country or city, a
    world region, a river, lake, sea or mountain, or a named site (a road, park, venue,
    station, development zone). `resolution` says how it was read: a full `name`, a `short`
    form (`太原`), a `former` name (`芜湖县` → 湾沚区, `changed` 2020), an `alias` (`并州`,
    `蓉城`), an `abbreviation` in context (`京津冀`), a `home` word, the places `vocabulary`,
    or a `shape` (a name + `公园`, `路`, `广场`)."""

    text: str
    start: int
    end: int
    spans: list[Span] | None = None
    canonical: str = Field(description="the current full name of a division (山西省, 湾沚区), a country's name (美国), "
                                       "else the name as written")
    code: str | None = Field(default=None, description="a division's 6-digit code (9 digits for a township); "
                                                       "a country's ISO 3166-1 alpha-2 code")
    level: PlaceLevel | None = None
    kind: PlaceKind = "division"
    resolution: PlaceResolution = "name"
    changed: int | None = Field(default=None,
                                description="a former name: the year it changed to the division of `code`")


class Focus(_Frozen):
    """The division an article is about: the one most of its places, organizations and its
    dateline point to (a mention of a district counts for its city and province too); the
    deepest division that holds at least half of the evidence. The counts are the mentions
    that point into it, of `total` that point to any division."""

    canonical: str
    code: str
    level: Literal["province", "city", "county"]
    places: int = 0
    organizations: int = 0
    dateline: int = 0
    total: int = 0


class Byline(_Frozen):
    reporters: list[str] = []
    correspondents: list[str] = []
    photographers: list[str] = []
    authors: list[str] = []


class Paragraph(_Frozen):
    """A paragraph in reading order; `spans` are its pieces in the original text."""

    text: str
    spans: list[Span]


ArticleKind = Literal["news", "photo", "brief", "wire", "web"]


class Article(_Frozen):
    """One article of the page. `kind`: `news`, `photo` (a caption with its
    photographers), `brief` (one short paragraph with no byline: a 短讯), `wire` (another
    outlet's dispatch: `新华社北京3月5日电`), `web` (an item copied from a news site, with
    its metadata line). `headline` is the title as read, a kicker (引题) and the main
    title joined by a space; `kicker` is the kicker alone; `headline_span` the main
    title's offsets."""

    id: str
    kind: ArticleKind = "news"
    headline: str | None = None
    headline_span: Span | None = None
    kicker: str | None = Field(default=None, description="the kicker line(s) (引题) above the main title")
    labels: list[str] = []
    subheadings: list[str] = []
    byline: Byline = Byline()
    dateline: str | None = Field(default=None, description="as written: `新华社北京3月5日电`, `本报讯`, "
                                 "a web item's date `2025-03-05 10:32`")
    dateline_span: Span | None = None
    source: str | None = Field(default=None, description="a web item's outlet (`来源：人民网` → `人民网`)")
    continued_from: str | None = None
    continued_to: str | None = None
    truncated: bool = False
    illustrates: str | None = Field(default=None, description="for a photo: the id of the article it illustrates")
    paragraphs: list[Paragraph] = []
    dates: list[DateMention] = []
    organizations: list[Organization] = []
    statistics: list[Statistic] = []
    events: list[Event] = []
    places: list[Place] = []
    focus: Focus | None = None
    # the span of a web item's date on its metadata line when a wire dateline in its text is its
    # `dateline` (`发布时间：2025-12-17 10:25` over `中新网长春12月17日电…`): the extractors read the date,
    # the dateline keeps its place; not part of the JSON contract
    _metadata_date: Span | None = PrivateAttr(default=None)

    @property
    def metadata_date_span(self) -> Span | None:
        """Where a web item's metadata date stands when a wire dateline is the item's dateline."""
        return self._metadata_date

    def set_metadata_date(self, span: Span) -> None:
        """Set by the layout stage once, as it builds the article."""
        self._metadata_date = span


class Home(_Frozen):
    """The paper's home region, used to canonicalise `市委`, `省政府`, and on a county
    (or district) paper `县委`, `县政府`, `区委`."""

    city: str | None = None
    province: str | None = None
    inferred: bool = False
    county: str | None = None


class EntityMention(_Frozen):
    article: str
    index: int


class Entity(_Frozen):
    """All mentions of one organization on the page, grouped by canonical name."""

    canonical: str
    kind: OrgKind
    mentions: list[EntityMention]


class Page(_Frozen):
    """What `extract` returns for a page, or for any text: text without page layout (a
    headline, a sentence, a few paragraphs) is one article. For text that is not a page,
    `find_dates`, `find_organizations`, `find_statistics` and `find_events` return tuples
    of this schema's `DateMention`, `Organization`, `Statistic` and `Event`, with offsets
    into the text passed."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    published: _dt.date | None = None
    published_inferred: bool = False
    home: Home = Home()
    articles: list[Article] = []
    entities: list[Entity] = []

    def _repr_html_(self) -> str:
        """Jupyter shows a Page as the HTML view of its articles; the view with the page's
        lines needs the text too: `newsextract.render_html(page, text, fragment=True)`."""
        from .view import render_html

        return render_html(self, fragment=True)
