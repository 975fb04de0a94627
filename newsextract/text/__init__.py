"""The text every stage reads: decoding, width folding, lines, the one offset map
(`ArticleText`), numerals, clauses and the one rule for competing readings."""
from .offsets import ArticleText, Line, decode, fold, split_lines

__all__ = ["ArticleText", "Line", "decode", "fold", "split_lines"]
