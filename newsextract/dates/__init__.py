"""Dates: small named productions give partial dates; `resolve` anchors them."""
from .mentions import find, infer_published, noun_modifiers

__all__ = ["noun_modifiers", "find", "infer_published"]
