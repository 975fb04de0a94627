"""Statistics: numerals with units, approximations, subjects and changes."""
from .quantities import find

__all__ = ["find"]
