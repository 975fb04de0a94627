"""Organizations: region prefix + name body + suffix chain, canonical names from the home."""
from .names import find
from .home import resolve_home

__all__ = ["find", "resolve_home"]
