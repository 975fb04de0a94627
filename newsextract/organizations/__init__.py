"""Organizations: region prefix + name body + suffix chain, canonical names from the home."""
from .credits import credit_text, in_credits
from .home import resolve_home
from .names import find

__all__ = ["credit_text", "find", "in_credits", "resolve_home"]
