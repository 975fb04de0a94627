"""When an event happened: the date mention of a record, read from the dates the dates
extractor found in its span."""
from __future__ import annotations

import bisect
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from ..models import DateValue
from ..text.precompiled import compile_pattern
from .cues import alternation, cue_at, cue_ends_at, cue_start_before, cue_words
from .facts import ArticleFacts
from .types import Located, Record

_UNREAD = object()  # a date whose value `value` has not read yet
# Grains from the finest: a record's date is the most precise one said.
_GRAIN_ORDER = {"day": 0, "xun": 1, "month": 2, "quarter": 3, "season": 4, "year": 5}
_UNKNOWN_GRAIN = len(_GRAIN_ORDER)  # coarser than every grain
_UNKNOWN_DAYS = 10 ** 6  # a date with no value is longer than any that has one
# A date anchors an event when it names a day, a part of a month, a month or a quarter (`二季度还将
#举办…培训班`); `今年` does not (`学校今年还将与瑞安市签约` is a plan, not a happening).
_ANCHORING_GRAINS = ("day", "xun", "month", "quarter")
_ANCHORING_DAYS = 31
_DEADLINE = "前"  # 4月底前: a deadline; 春节后 is a bound
_DEADLINE_GRAINS = ("day", "xun")  # a deadline that dates the plan due by it (4月底前)…
_YEAR_ENDS = ("年底", "年末")  # …but not a year's end (今年年底前, 2027年底前建成: a bound, though a xun)
_UNTIL = "至"  # 每日22时至次日6时: what follows it after a recurring word ends each day's hours (`_own`)
_HOURS_RUN = 8  # the longest recurring word and start hour before 至 (每日22时至, 每天上午9时至)
_PRODUCTION = "production"  # farm work done up to a cutoff day is dated by it (`progress_day`)
_JOINED = ";"  # a sentence ended by it (folded ；) goes on in the next: its day dates the next (`_joined_day`)
_WINDOW_MARKS = ":："  # 登记时间：2025年3月10日至3月21日: the clause after the mark holds the window
# A time of day right after a date, before a range joiner (明晚(4日)11時至翌日早上6時)
_CLOCK = compile_pattern(r"[ ]?\d{1,2}(?:[:：]\d{2}|[時时点點](?:\d{1,2}分?|半)?)")


class _Precision(NamedTuple):
    """How precise a date is: its grain's rank (day first), then how many days it spans."""

    grain: int
    days: int


class DateReader:
    """Reads the dates of the event records of one article."""

    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self._values: dict[int, DateValue | None] = {}  # date index → `value`, read once per date

    def value(self, d: Located) -> DateValue | None:
        """A mention's value; `当日` left unresolved takes the value of the date before it; a
        time before or after a date (`今年年底前`, `今年春节后`) is no date of an event."""
        value = self._values.get(d.mention_index, _UNREAD)
        if value is _UNREAD:
            value = self._values[d.mention_index] = self._read_value(d)
        return value  # type: ignore[return-value]  # never _UNREAD here

    def _read_value(self, d: Located) -> DateValue | None:
        facts, text = self.facts, self.facts.text
        edge = cue_at(text, d.end, "time_edge")
        if (cue_ends_at(text, d.end, "time_edge") or edge > 0) and not cue_ends_at(text, d.start, "schedule_cue") \
                and cue_at(text, d.end, "around") < 0 \
                and not (text.startswith(_DEADLINE, d.end) and d.mention.grain in _DEADLINE_GRAINS
                         and not d.mention.text.endswith(_YEAR_ENDS)):
            return None  # 今年春节后, 今年年底前: a bound, not a day; but 将于5月10日前公布 is due that day,
            # and so is a plan due by a day or a xun (4月底前，各县市区要…开展…排查); 植树节前后 is around that day
        cutoff = cue_start_before(text, d.start, "cutoff")
        if cutoff >= 0 and not self.progress_day(d) and not facts.closes_registration(cutoff):
            return None  # 截至3月4日: the end of a count, not a day something happened; 报名截至本周四 a deadline
        value = d.mention.value
        if value is None and d.mention.text in cue_words("anaphor"):
            k = bisect.bisect_left(facts.date_starts, d.start) - 1
            if k >= 0 and facts.last_dated[k] >= 0:
                return facts.dates[facts.last_dated[k]].mention.value
        return value

    def progress_day(self, d: Located) -> bool:
        """Whether a cutoff date (`截至4月20日`) is the day farm work stood done to: its clause or the next
        says the work was completed (`全市已完成早稻育秧面积42.6万亩`, `安乡县完成冬种油菜播种20.5万亩`),
        which the golds date at the cutoff (unseen_a/economy_stats, heldout13, heldout14 and heldout32
        economy pages, heldout32/wire_news), or that the work itself stands done (`done` before its word: 全市已收获
        小麦432万亩, heldout35/economy_page; 新疆已收获冬小麦1260万亩, heldout38/wire_news) unless its sentence goes on
        to forecast the work's completion; a count of other acts up to a day stays a count (截至3月4日,
        已完成发放春耕贷款…: the act done is the payout)."""
        facts, text = self.facts, self.facts.text
        layout = facts.layout
        clause = layout.clause_of(d.start)
        last = min(clause + 1, len(layout.clauses) - 1)
        if layout.clauses[last][2] != layout.clauses[clause][2]:
            last = clause
        _, end, _ = layout.clauses[last]
        done = alternation("prospective").search(text, d.end, end)
        if done is None:  # 截至6月10日，全市已收获小麦432万亩: the farm work itself, told as done (`done`)
            hits = facts.triggers.scan(text, d.end, end)
            if not (hits and hits[0].trigger.type == _PRODUCTION and cue_ends_at(text, hits[0].start, "done", d.end)):
                return False
            # …已收获小麦412万亩，…，预计6月20日前基本完成麦收 (unseen_events2/yancheng_city; 已收获玉米…，预计9月底前
            # 基本完成秋收: yishui_county): the sentence forecasts the work's end, the event its golds keep; the
            # progress before it is that work's state
            _, sentence_end = layout.sentences[layout.clauses[clause][2]]
            return alternation("prospective").search(text, hits[0].end, sentence_end) is None
        _, end, _ = layout.clauses[layout.clause_of(done.start())]
        hits = facts.triggers.scan(text, done.end(), end)  # the first act after it is what was done:
        return bool(hits) and hits[0].trigger.type == _PRODUCTION  # 已完成发放春耕贷款… is a payout's count

    def clause_value(self, clause: int) -> DateValue | None:
        """The value of the finest date of a clause."""
        start, end, _ = self.facts.layout.clauses[clause]
        best = self.finest([d for d in self.facts.dates_in(start, end)
                            if self.value(d) is not None and not self._hours_end(d)])
        return self.value(best) if best else None

    def _precision(self, d: Located) -> _Precision:
        value = self.value(d)
        days = (value.end - value.start).days if value else _UNKNOWN_DAYS
        return _Precision(_GRAIN_ORDER.get(d.mention.grain or "", _UNKNOWN_GRAIN), days)

    def finest(self, found: list[Located]) -> Located | None:
        """The most precise dated mention (5月24日至25日 over 2025年度)."""
        dated = [d for d in found if self.value(d) is not None]
        return min(dated, key=self._precision) if dated else None

    def _reported(self, d: Located, trigger_start: int) -> bool:
        """`3月12日,记者从X获悉,…`: a source cue between the date and the trigger makes it the
        day of the report, which is the event's date only when nothing better is said; so does a
        dispatch's dateline (新华社日内瓦6月11日电 世界卫生组织昨天发布报告: 昨天 is the event's)."""
        if d.end >= trigger_start:
            return False
        text = self.facts.text
        closed = cue_at(text, d.end, "dateline_close")
        if closed > 0 and not ("\u4e00" <= text[closed:closed + 1] <= "\u9fff"):
            return True  # 6月11日电(记者…), not 6月11日电视台
        sources = self.facts.sources
        k = bisect.bisect_left(sources, d.end)
        return k < len(sources) and sources[k] < trigger_start

    def _own(self, d: Located, act: int) -> bool:
        """Whether a date of the trigger's clause dates its event: one before the word of the act,
        a vague one (巡护工作日前全面启动), one a schedule cue introduces (将于5月24日, 时间为3月14日至
        25日, 从3月14日开始) or a registration's named window opens (申請期由下週一（15日）至…: `window_named`),
        one that another trigger follows (参加6月中旬举行的…大赛); any other date
        after the act belongs to its object (发布2024年度…结果, 召开2025年首季…推进会, 推出2025年“青年夜校”春季班).
        A trigger word inside quotation marks states no event (实行“当天申请、次日放款”: a slogan), so
        the date before it is the slogan's."""
        text = self.facts.text
        if self._hours_end(d):
            return False  # 每日22时至次日6时禁止…通行 (heldout20 county): each day's last hour, not the event's day
        return d.start < act or d.mention.value is None or cue_ends_at(text, d.start, "schedule_cue|window_named") \
            or (self.facts.triggers.starts_at(text, d.end) and not self.facts.layout.shielded[d.end])

    def _hours_end(self, d: Located) -> bool:
        """Whether a date ends the hours of each day after a recurring word (每日22時至翌日6時: heldout20 county,
        heldout10 tw_news): the next morning of every day, no day of an event."""
        text = self.facts.text
        return text[d.start - 1:d.start] == _UNTIL and \
            alternation("recurring").search(text, max(0, d.start - _HOURS_RUN), d.start) is not None

    def date_of(self, rec: Record, trigger_clauses: AbstractSet[int]) -> Located | None:
        """The event's date mention.

        A date scheduled in the trigger's clause wins (`将于5月24日至25日进行`); else the most
        precise grain among the clause's dates before the trigger, the nearest date before the
        clause in the span (`12日上午,2025年一季度…签约活动…举行`) and the clause's dates after
        the trigger that date its event (`报名时间为3月14日至3月25日`; not one of its object,
        `发布2024年度…结果`: `_own`), in that order on ties (`3月11日上午,…开展“3·15”…宣传活动`). A
        window whose clause ends at a colon is dated by the next clause (`登记时间：2025年3月10日至
        3月21日`). Else the last date of the sentence before the trigger, even the day of the report
        or a vague `近日` (then None), unless another event's clause (`trigger_clauses`) holds it;
        else, for a clause told as what followed (`随后`, `会后`), the nearest date before it in its
        paragraph or the article's opening date (`carried`).
        """
        facts, text = self.facts, self.facts.text
        lead = rec.candidates[0]
        trigger_start = rec.lead.trigger_start
        first_hit = lead.first_hit
        start, end, _ = facts.layout.clauses[lead.clause]
        in_clause = [d for d in facts.dates_in(start, end) if self._own(d, trigger_start)]
        found = [d for d in in_clause if self.value(d) is not None and not self._reported(d, trigger_start)]
        for d in found:
            if d.start > first_hit and cue_ends_at(text, d.start, "schedule_cue|window_named"):
                return d
        if not in_clause and text[end:end + 1] and text[end] in _WINDOW_MARKS:
            window = self._window(lead.clause)
            if window is not None:
                return window
        before = [d for d in facts.dates_in(rec.start, start) if not self._reported(d, trigger_start)]
        if before and any(self.value(d) is None and d.mention.value is None
                          for d in in_clause if d.start < first_hit and d.end <= first_hit):
            before = []  # 清明节临近,市民政局日前发出…倡议: the clause's own time is vague
        options = [self.finest([d for d in found if d.start < first_hit]),
                   before[-1] if before and self.value(before[-1]) is not None else None,
                   self.finest([d for d in found if d.start >= first_hit])]
        dated = [d for d in options if d is not None]
        if dated:
            return min(dated, key=lambda d: self._precision(d).grain)
        if any(not self._reported(d, trigger_start) for d in in_clause):
            return None  # 四川片区春季巡护工作日前全面启动: the clause's own time is vague
        sent_start, _ = facts.layout.sentences[lead.sentence]
        k = bisect.bisect_left(facts.date_starts, trigger_start) - 1
        last = facts.dates[k] if k >= 0 else None
        if last is None or last.start < sent_start or last.end > trigger_start:
            return self.carried(rec) or self._joined_day(lead.sentence, trigger_start)
        last_clause = facts.layout.clause_of(last.start)
        if last_clause != lead.clause and last_clause in trigger_clauses:
            # 今年牡丹文化节将于4月上旬开幕,团市委…招募…: that date is the other event's; but a date that
            # opens the sentence is every clause's (4月18日,全市第二季度…对接会…召开,…等现场签约)
            lead_end = facts.skip_lead(sent_start, trigger_start)
            opening = [d for d in facts.dates_in(sent_start, lead_end)
                       if self.value(d) is not None and not self._reported(d, trigger_start)]
            return opening[-1] if opening else self.carried(rec)
        return last

    def span_value(self, d: Located) -> DateValue | None:
        """The date's value, stretched to the date its clause joins it to (`_through`) or, for a
        date that opens a window, to the end its next clause gives it (报名将于3月22日9:00开始,3月28日
        17:00截止: 3月22日 to 3月28日; 昨日起受理…申请,申请期限至11月28日止)."""
        value = self.value(d)
        facts, text = self.facts, self.facts.text
        if value is None:
            return None
        through = self._through(d, value)
        if through is not None:
            return through
        gap = _CLOCK.match(text, d.end)
        if cue_at(text, gap.end() if gap else d.end, "window_open|starts_from|phase|opening") < 0:
            return value  # 报名将于3月22日开始, 昨日起受理, 申请将于7月1日开放, 已于9月1日启动: a window opens
        layout = facts.layout
        clause = layout.clause_of(d.start)
        if clause + 1 >= len(layout.clauses) or layout.clauses[clause + 1][2] != layout.clauses[clause][2]:
            return value
        start, end, _ = layout.clauses[clause + 1]
        closing = facts.dates_in(start, end)
        if not closing:
            return value
        said = text[start:closing[0].start].strip()
        if (said and not cue_ends_at(text, closing[0].start, "deadline", start)) or \
                (not said and cue_at(text, closing[0].end, "window_close") < 0):
            return value  # 3月28日17:00截止, 申请期限至11月28日止, 截止日期为9月30日, 缴费期至12月31日: it closes
        last = self.value(closing[0])
        return DateValue(start=value.start, end=last.end) if last is not None and last.end > value.end else value

    def during_window(self, rec: Record, d: Located, value: DateValue) -> tuple[Located, DateValue]:
        """`…将于本月6日启动,持续至明年1月10日,其间将分批发放消费券`: a clause that opens with
        `window_during` (其间), dated by the day the window lasts to (`lasts_to`, 持续至), happens
        in the whole window, from the sentence's date before that day (its mention, the window's
        opening day, and the window); else the date and `value` as they are."""
        facts, text = self.facts, self.facts.text
        start = facts.layout.clauses[rec.candidates[0].clause][0]
        while start < rec.candidates[0].first_hit and text[start].isspace():
            start += 1
        if cue_at(text, start, "window_during") < 0 or d.end > start or not cue_ends_at(text, d.start, "lasts_to"):
            return d, value
        k = bisect.bisect_left(facts.date_starts, d.start) - 1
        sent_start, _ = facts.layout.sentences[rec.candidates[0].sentence]
        if k < 0 or facts.dates[k].start < sent_start:
            return d, value
        opening = self.value(facts.dates[k])
        if opening is None or opening.start >= value.start:
            return d, value
        return facts.dates[k], DateValue(start=opening.start, end=value.end)

    def _through(self, d: Located, value: DateValue) -> DateValue | None:
        """`将于明晚(4日)11時至翌日早上6時臨時封閉`, `将于下周一(17日)至下周三(19日)休馆`: a date that a
        range joiner (after its time of day) ties to a later one in its clause runs to it;
        `本周六、周日两天举行`: so does a list of days in a row. None when the date stands alone."""
        facts, text = self.facts, self.facts.text
        k = bisect.bisect_right(facts.date_starts, d.start)
        if k >= len(facts.dates):
            return None
        nxt = facts.dates[k]
        layout = facts.layout
        if layout.clause_of(nxt.start) != layout.clause_of(d.start):
            return None
        gap = _CLOCK.match(text, d.end)
        at = gap.end() if gap else d.end
        joined = cue_at(text, at, "through")
        listed = joined < 0
        if listed:
            joined = cue_at(text, at, "day_list")
        if joined < 0 or text[joined:nxt.start].strip():
            return None
        last = self.value(nxt)
        if last is None or last.start < value.start or last.end <= value.end:
            return None
        if listed and (last.start - value.end).days != 1:
            return None  # 3月5日、3月8日: two happenings apart, not one that spans the days between
        return DateValue(start=value.start, end=last.end)

    def _joined_day(self, sentence: int, trigger_start: int) -> Located | None:
        """`国庆假期首日（10月1日）全省高速公路车流量预计…；交警部门将在…实施分流管控` (heldout39 wire): a
        sentence with no date of its own that goes on from one ended by `；` happens on the last day said
        there (not the day of a report)."""
        sentences = self.facts.layout.sentences
        sent_start, _ = sentences[sentence]
        if sentence == 0 or not self.facts.text.startswith(_JOINED, sent_start - 1):
            return None
        before_start, before_end = sentences[sentence - 1]
        days = [d for d in self.facts.dates_in(before_start, before_end)
                if d.mention.grain == "day" and self.value(d) is not None and not self._reported(d, trigger_start)]
        return days[-1] if days else None

    def _window(self, clause: int) -> Located | None:
        """The first dated mention of the clause after `clause`, in the same sentence."""
        layout = self.facts.layout
        if clause + 1 >= len(layout.clauses) or layout.clauses[clause + 1][2] != layout.clauses[clause][2]:
            return None
        start, end, _ = layout.clauses[clause + 1]
        dated = [d for d in self.facts.dates_in(start, end) if self.value(d) is not None]
        return dated[0] if dated else None

    def carried(self, rec: Record) -> Located | None:
        """`随后，该院干警…`, `会后，市领导一行来到…`: a clause told as what followed happened on the
        day last said in its paragraph, else on the article's opening date."""
        facts = self.facts
        lead = rec.candidates[0]
        if alternation("follow_up").search(facts.text, rec.start, lead.first_hit) is None:
            return None
        k = bisect.bisect_left(facts.date_starts, rec.start) - 1
        paragraph = facts.article.paragraph_of(rec.start)
        while k >= 0 and facts.article.paragraph_of(facts.dates[k].start) == paragraph:
            d = facts.dates[k]
            if self.value(d) is not None and d.mention.grain == "day":
                return d  # a day: 全市第二季度…对接会 names its quarter, 4月18日 is when it met
            k -= 1
        return facts.opening_date

    def counts_in(self, d: Located | None, rec: Record) -> bool:
        """Whether the date dates a count of many acts: said in its span with a value, of any grain
        (今年以来，X累计发放…1860万元: a count with a date and a named actor is an event, issue 17)."""
        return d is not None and d.start >= rec.start and self.value(d) is not None

    def anchors(self, d: Located | None, rec: Record) -> bool:
        """Whether the date is said in the event's span, names a day, a xun or a month, and is
        no deadline (`今年年底前`)."""
        if d is None or d.start < rec.start:
            return False
        value = self.value(d)
        return value is not None and (d.mention.grain in _ANCHORING_GRAINS
                                      or (value.end - value.start).days < _ANCHORING_DAYS)
