"""Stage 1: the page's lines → their roles → articles (headlines, bylines, joins)."""
from .articles import parse

__all__ = ["parse"]
