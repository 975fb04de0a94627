"""Dates: small named productions give partial dates; `resolve` anchors them."""
from .mentions import NOUN_MODIFIERS, find, infer_published

__all__ = ["NOUN_MODIFIERS", "find", "infer_published"]
