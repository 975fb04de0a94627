"""Places: administrative divisions (current, short and former names), home words, countries,
foreign cities and named sites, each with its division code; and where an article is about."""
from .focus import focus
from .mentions import find

__all__ = ["find", "focus"]
