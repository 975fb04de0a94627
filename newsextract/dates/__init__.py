"""Dates: small named productions give partial dates; `resolve` anchors them."""
from .mentions import find, infer_published

__all__ = ["find", "infer_published"]
