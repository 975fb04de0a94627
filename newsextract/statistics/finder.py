"""The statistics of an article: one `finditer` pass of the grammar, then for each
reading that survives the filters its subject, scope and change.

Module map: `grammar` (the number + unit grammar and its reader), `rejections` (what
only looks like a quantity, from the text around it), `windows` (the clause around a
number), `subjects`, `changes`, `scope`, `vocabulary` (the data files), `readings`
(the types they share).
"""
from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..context import Context
from ..models import DateMention, Organization, Statistic
from ..text.offsets import ArticleText
from ..text.overlaps import Claimed
from .changes import change as read_change
from .grammar import grammar, read
from .readings import ChangeReading
from .rejections import names as quoted_and_idioms
from .rejections import rejected_by_context
from .scope import scope
from .subjects import subject as read_subject
from .windows import clause_span


def find(article: ArticleText, ctx: Context, *, dates: Sequence[DateMention] = (),
         organizations: Sequence[Organization] = ()) -> tuple[Statistic, ...]:
    """Every stated quantity of the article, in text order."""
    text = article.text
    # built at the first reading: a fifth of the articles state no quantity
    names: Claimed | None = None
    taken: Claimed | None = None
    found: list[Statistic] = []
    previous_subject: tuple[int, str] | None = None
    last_end, last, floor = -1, None, 0
    for m in grammar().finditer(text):
        reading = read(m, text)
        if reading is None or rejected_by_context(text, reading):
            continue
        if names is None:
            names = quoted_and_idioms(text)
        if names.overlaps(reading.start, reading.end):
            continue
        fields = article.mention_fields(reading.start, reading.end)
        if taken is None:
            taken = Claimed([(d.start, d.end) for d in dates] + [(o.start, o.end) for o in organizations])
        if taken.overlaps(fields["start"], fields["end"]):
            continue  # dates (`3月12日`) and names (`二〇七所社区`) found by the other extractors
        clause = clause_span(text, reading.start)
        change = read_change(text[clause[0]:clause[1]], reading)
        if change is None and last is not None and last.change and _in_series(text[last_end:reading.start]):
            # `分别同比增长12.1%和14.6%`: the second figure shares the first one's change
            subject, noun, change = last.subject, "", ChangeReading(last.change, reading.start, "")
        else:
            subject, noun = read_subject(text, reading, change, previous_subject, floor=floor, clause=clause)
        if noun:
            previous_subject = (reading.end, noun)
        fields.update(value=reading.value, value_max=reading.value_max, unit=reading.unit, kind=reading.kind,
                      approx=reading.approx, subject=subject, scope=scope(text, reading.start),
                      change=change and change.change)
        found.append(_validated(fields))
        last_end, last = reading.end, found[-1]
        # a count owns the noun after it (`160余个经营主体授信2.3亿元`); an age or a
        # measure describes the next one's noun (`60岁以上老年人2351人`)
        floor = reading.end if reading.role in ("classifier", "noun") else floor
    return tuple(found)


def _in_series(between: str) -> bool:
    """Two figures in a series: a conjunction of `data/series_conjunctions.tsv` or 、 between them."""
    return between == "、" or between in lexicon.words("series_conjunctions")


# `Statistic.model_validate` without its per-call keyword handling: the same validation of
# the fields dict, with no `**` repacking (a page has dozens of statistics).
_validated = Statistic.__pydantic_validator__.validate_python
