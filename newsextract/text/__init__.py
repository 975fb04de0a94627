"""The text every stage reads: decoding (`decoding`), folding one character for one
(`folding`), lines and the one offset map (`offsets`: `ArticleText`), numerals, clauses,
the shared text rules (`rules`) and the one rule for competing readings (`overlaps`)."""
from .decoding import decode
from .folding import fold
from .offsets import ArticleText, Line, split_lines

__all__ = ["ArticleText", "Line", "decode", "fold", "split_lines"]
