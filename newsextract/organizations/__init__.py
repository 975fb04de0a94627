"""Organizations: region prefix + name body + suffix chain, canonical names from the home."""
from .home import resolve_home
from .names import find

__all__ = ["find", "resolve_home"]
