"""Statistics: numerals with units, approximations, subjects and changes (`finder.find`)."""
from .finder import find

__all__ = ["find"]
