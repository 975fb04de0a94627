"""The libraries a user would try instead, run on the same pages and mapped onto the contract.

Each peer is optional (`pip install -e '.[bench]'`): one that does not import is
reported as skipped. Their outputs are mapped onto the contract only as far as
they go (a peer without canonical names or kinds still has spans to score).
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as _dt
import importlib
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass

from .scoring import pooled_prediction, score
from .timing import repeat


def _day(text: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None


def grain_of(start: _dt.date, end: _dt.date) -> str | None:
    """The contract's grain of an inclusive day range, where it is a plain one."""
    if start == end:
        return "day"
    if start.day == 1 and start.year == end.year and start.month == end.month and \
            end.day == calendar.monthrange(end.year, end.month)[1]:
        return "month"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year"
    return None


def date_mention(text: str, start: int, end: int, first: _dt.date | None, last: _dt.date | None) -> dict:
    value = {"start": first.isoformat(), "end": last.isoformat()} if first and last and first <= last else None
    return {"text": text, "start": start, "end": end, "value": value,
            "grain": grain_of(first, last) if value else None}


def locate(text: str, needle: str, cursor: int) -> int:
    """Where a peer's quoted string stands (peers without offsets): from the cursor, else anywhere."""
    at = text.find(needle, cursor)
    return at if at >= 0 else text.find(needle)


@contextlib.contextmanager
def quiet():
    """Silence a peer's prints and its logging (JioNLP logs tracebacks on the root logger)."""
    logging.disable(logging.CRITICAL)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        logging.disable(logging.NOTSET)


def _reference(published: str | None) -> _dt.datetime:
    day = _day(published) or _dt.date.today()
    return _dt.datetime(day.year, day.month, day.day)


# ------------------------------------------------------------------ adapters
def jionlp_time() -> Callable[[str, str | None], dict]:
    with quiet():
        jio = importlib.import_module("jionlp")

    def run(text: str, published: str | None) -> dict:
        base = _reference(published).timestamp()
        with quiet():
            found = jio.ner.extract_time(text, time_base=base, with_parsing=True)
        out = []
        for item in found:
            s, e = item["offset"]
            span = (item.get("detail") or {}).get("time")
            first = last = None
            if isinstance(span, list) and len(span) == 2:
                first, last = _day(span[0]), _day(span[1])
            out.append(date_mention(item["text"], s, e, first, last))
        return {"dates": out}
    return run


def jionlp_money() -> Callable[[str, str | None], dict]:
    with quiet():
        jio = importlib.import_module("jionlp")

    def run(text: str, published: str | None) -> dict:
        with quiet():
            found = jio.ner.extract_money(text, with_parsing=True)
        out = []
        for item in found:
            s, e = item["offset"]
            num = (item.get("detail") or {}).get("num")
            value = num[0] if isinstance(num, list) else num
            blur = (item.get("detail") or {}).get("definition") == "blur"
            out.append({"text": item["text"], "start": s, "end": e, "value": str(value), "unit": "元",
                        "kind": "money", "approx": "about" if blur else "exact"})
        return {"statistics": out}
    return run


def dateparser_search() -> Callable[[str, str | None], dict]:
    search = importlib.import_module("dateparser.search")

    def run(text: str, published: str | None) -> dict:
        with quiet():
            found = search.search_dates(text, languages=["zh"],
                                        settings={"RELATIVE_BASE": _reference(published)}) or []
        out, cursor = [], 0
        for quoted, moment in found:
            at = locate(text, quoted, cursor)
            if at < 0:
                continue
            cursor = at + len(quoted)
            out.append(date_mention(quoted, at, at + len(quoted), moment.date(), moment.date()))
        return {"dates": out}
    return run


def jieba_posseg_nt() -> Callable[[str, str | None], dict]:
    jieba = importlib.import_module("jieba")
    posseg = importlib.import_module("jieba.posseg")
    jieba.setLogLevel(logging.WARNING)
    tagger = posseg.POSTokenizer(jieba.Tokenizer())  # private dictionary, as the house rules ask
    with quiet():
        tagger.lcut("预热")

    def run(text: str, published: str | None) -> dict:
        out, pos = [], 0
        for word, flag in tagger.cut(text):
            at = pos if text.startswith(word, pos) else locate(text, word, pos)
            pos = at + len(word)
            if flag == "nt":
                out.append({"text": word, "start": at, "end": pos, "canonical": word, "kind": "institution"})
        return {"organizations": out}
    return run


def _recognizers_span(text: str, result, cursor: int) -> tuple[int, int] | None:
    """Recognizers-Text gives inclusive ends; check the quote and fall back to a search."""
    s, e = result.start, result.end + 1
    if text[s:e] == result.text:
        return s, e
    at = locate(text, result.text, cursor)
    return (at, at + len(result.text)) if at >= 0 else None


def recognizers_numbers() -> Callable[[str, str | None], dict]:
    culture = importlib.import_module("recognizers_text").Culture.Chinese
    number = importlib.import_module("recognizers_number")
    with_unit = importlib.import_module("recognizers_number_with_unit")

    def run(text: str, published: str | None) -> dict:
        found = []
        for kind, recognise in (("percent", number.recognize_percentage), ("money", with_unit.recognize_currency),
                                ("count", number.recognize_number)):
            for r in recognise(text, culture):
                span = _recognizers_span(text, r, 0)
                if span:
                    resolution = r.resolution or {}
                    value = str(resolution.get("value", "")).rstrip("%")
                    found.append((span, kind, r.text, value, resolution.get("unit") or ""))
        # the longest reading wins where they overlap (9% over 9, 8276元 over 8276)
        found.sort(key=lambda f: (f[0][0] - f[0][1], f[0][0]))
        taken: list[tuple[int, int]] = []
        out = []
        for (s, e), kind, quoted, value, unit in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append({"text": quoted, "start": s, "end": e, "value": value,
                        "unit": "%" if kind == "percent" else unit, "kind": kind})
        out.sort(key=lambda m: m["start"])
        return {"statistics": out}
    return run


_RECOGNIZER_DATE_TYPES = ("datetimeV2.date", "datetimeV2.daterange", "datetimeV2.datetime",
                          "datetimeV2.datetimerange")


def recognizers_dates() -> Callable[[str, str | None], dict]:
    culture = importlib.import_module("recognizers_text").Culture.Chinese
    recognize = importlib.import_module("recognizers_date_time").recognize_datetime

    def run(text: str, published: str | None) -> dict:
        out = []
        for r in recognize(text, culture, reference=_reference(published)):
            if r.type_name not in _RECOGNIZER_DATE_TYPES:
                continue
            span = _recognizers_span(text, r, 0)
            if not span:
                continue
            values = (r.resolution or {}).get("values") or [{}]
            v = values[0]
            first = _day(v.get("value") or v.get("start"))
            last = _day(v.get("value") or v.get("end"))
            if "range" in r.type_name and last and v.get("end"):
                last -= _dt.timedelta(days=1)  # its ranges end exclusive
            out.append(date_mention(r.text, span[0], span[1], first, last))
        return {"dates": out}
    return run


@dataclass(frozen=True)
class Peer:
    """A peer: its name, the contract area it maps onto, the module it needs, its adapter."""

    name: str
    area: str
    module: str
    make: Callable[[], Callable[[str, str | None], dict]]


PEERS: tuple[Peer, ...] = (
    Peer("JioNLP extract_time", "dates", "jionlp", jionlp_time),
    Peer("dateparser search_dates (zh)", "dates", "dateparser", dateparser_search),
    Peer("Recognizers-Text datetime (zh)", "dates", "recognizers_date_time", recognizers_dates),
    Peer("jieba posseg nt", "organizations", "jieba", jieba_posseg_nt),
    Peer("JioNLP extract_money", "statistics", "jionlp", jionlp_money),
    Peer("Recognizers-Text number/percent/currency (zh)", "statistics", "recognizers_number", recognizers_numbers),
)


def run_peer(peer: Peer, pages: list, *, runs: int = 5, budget_s: float = 10.0) -> dict:
    """Time per page and the score on pages with gold; a peer that will not load is skipped."""
    record: dict = {"name": peer.name, "area": peer.area}
    try:
        adapter = peer.make()
    except Exception as err:  # not installed, or broken on this Python: say so and go on
        record["skipped"] = f"{type(err).__name__}: {err}"
        return record
    per_page, scores = {}, {}
    try:
        for page in pages:
            with quiet():
                adapter(page.text, page.published)  # first call: load what it loads lazily
            per_page[page.name] = repeat(lambda page=page: adapter(page.text, page.published), runs, warmup=0,
                                         budget_s=budget_s / max(1, len(pages)))
            if page.gold is not None:
                prediction = pooled_prediction(**adapter(page.text, page.published))
                result = score(prediction, page.gold, page.text, areas=(peer.area,))
                if result is not None:
                    scores[page.name] = result[peer.area]
    except Exception as err:
        record["error"] = f"{type(err).__name__}: {err}"
    record["per_page"] = per_page
    record["scores"] = scores
    return record


def run_peers(pages: list, *, runs: int = 5, budget_s: float = 10.0, peers: tuple[Peer, ...] = PEERS,
              say: Callable[[str], None] = lambda line: None) -> list[dict]:
    """Every peer on every page; skipped peers print one line through `say`."""
    records = []
    for peer in peers:
        record = run_peer(peer, pages, runs=runs, budget_s=budget_s)
        if "skipped" in record:
            say(f"peer {peer.name}: skipped ({record['skipped']})")
        elif "error" in record:
            say(f"peer {peer.name}: failed ({record['error']})")
        records.append(record)
    return records
