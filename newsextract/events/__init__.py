"""Events: trigger words typed by data, arguments read from the clause around them."""
from .records import find, without_retold_captions

__all__ = ["find", "without_retold_captions"]
