"""Score a prediction in the JSON contract with `../shared/eval/score.py`."""
from __future__ import annotations

import functools
import importlib.util
from types import ModuleType

from .pages import SHARED

SCORER = SHARED / "eval" / "score.py"
AREAS = ("dates", "organizations", "statistics", "events")


@functools.cache
def scorer() -> ModuleType | None:
    """The shared scorer as a module, or None when `shared/` is not beside the repo."""
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("newsextract_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(prediction: dict, gold: dict, page_text: str, *, areas: tuple[str, ...] = AREAS,
          segmentation: bool = False) -> dict | None:
    """Per-area precision/recall/F1 (and the scorer's accuracies) of `prediction` against `gold`."""
    module = scorer()
    if module is None:
        return None
    articles = [a for a in prediction.get("articles", []) if isinstance(a, dict)]
    mentions = module.score_mentions(articles, gold)
    result = {area: mentions[area] for area in areas}
    if segmentation:
        result["segmentation"] = module.score_segmentation(articles, gold, module.line_table(page_text))
        result["overall"] = sum([result["segmentation"]["pairwise_f1"]] +
                                [mentions[a]["f1"] for a in AREAS]) / 5
    return result


def pooled_prediction(**mentions: list[dict]) -> dict:
    """A peer's mentions as one pseudo-article of the contract (the scorer pools articles)."""
    return {"schema_version": "1", "articles": [{"id": "peer", "paragraphs": [], **mentions}]}
