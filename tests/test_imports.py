"""The shape of the package, read with `ast` (nothing is imported): no import cycles between
its modules, and no class that inherits from a class of another module (a type two modules
share lives in a third that both import, and they use it by composition)."""
from __future__ import annotations

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "newsextract"


def module_name(path: pathlib.Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, pathlib.Path]:
    """Every module of the package by dotted name (a package by its `__init__.py`)."""
    return {module_name(p): p for p in sorted((ROOT / PACKAGE).rglob("*.py"))}


MODULES = modules()


def is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def absolute(name: str, node: ast.ImportFrom, package: bool) -> str:
    """The module a `from … import` names, relative imports resolved from module `name`
    (`package`: `name` is a package's `__init__`, so `.` is `name` itself)."""
    if not node.level:
        return node.module or ""
    base = name.split(".") if package else name.split(".")[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def bindings(name: str, source: str, package: bool = False, known=MODULES) -> tuple[dict[str, str], set[str]]:
    """What module `name` imports from the package anywhere in `source` (top level, inside
    functions, under `if TYPE_CHECKING:`): the local names it binds → the dotted module or
    object they name, and the modules it imports (`from . import lexicon` imports the module
    `lexicon`; `from .records import find` the module `records`)."""
    bound: dict[str, str] = {}
    edges: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == PACKAGE:
                    bound[alias.asname or PACKAGE] = alias.name if alias.asname else PACKAGE
                    edges.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            origin = absolute(name, node, package)
            if origin.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                target = f"{origin}.{alias.name}"
                bound[alias.asname or alias.name] = target
                edges.add(target if target in known else origin)
    return bound, edges


def imported(name: str) -> tuple[dict[str, str], set[str]]:
    return bindings(name, MODULES[name].read_text(encoding="utf-8"), is_package(name))


def import_graph() -> dict[str, set[str]]:
    graph = {}
    for name in MODULES:
        graph[name] = {e for e in imported(name)[1] if e in MODULES and e != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a path that returns to its start) for each strongly connected group of
    modules (Tarjan), shortest first from the group's first module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)

    found = []
    for group in sorted(groups):
        start, members = group[0], set(group)
        paths, seen = [[start]], {start}
        while paths:  # breadth first: the shortest way back to the start
            path = paths.pop(0)
            nxt = sorted(w for w in graph[path[-1]] if w in members)
            if start in nxt:
                found.append(path + [start])
                break
            for w in nxt:
                if w not in seen:
                    seen.add(w)
                    paths.append(path + [w])
    return found


def test_every_module_parses():
    assert len(MODULES) > 10 and "newsextract.pipeline" in MODULES
    for name in MODULES:
        imported(name)


@pytest.mark.parametrize("name, package, source, edges", [
    ("newsextract.events.records", False, "from .arguments import read", {"newsextract.events.arguments"}),
    ("newsextract.events.records", False, "from .. import lexicon, models",
     {"newsextract.lexicon", "newsextract.models"}),
    ("newsextract.events.records", False, "from ..text.offsets import ArticleText", {"newsextract.text.offsets"}),
    ("newsextract.events", True, "from .records import find", {"newsextract.events.records"}),
    ("newsextract.events", True, "from . import records", {"newsextract.events.records"}),
    ("newsextract.cli", False, "import newsextract.archive.batch as batch", {"newsextract.archive.batch"}),
    ("newsextract.cli", False, "from newsextract import extract", {"newsextract"}),
    ("newsextract.cli", False, "import json\nfrom regex import compile", set()),
    ("newsextract.events.records", False,
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .arguments import Reader\n"
     "def f():\n    from ..organizations import names\n    return names",
     {"newsextract.events.arguments", "newsextract.organizations.names"}),
])
def test_imports_are_read_everywhere_and_resolved(name, package, source, edges):
    assert bindings(name, source, package)[1] == edges


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"a"}}, [["a", "b", "a"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"f"}, "f": {"e"}},
     [["a", "b", "c", "a"], ["e", "f", "e"]]),
])
def test_the_cycle_finder_finds_cycles(graph, expected):
    assert cycles(graph) == expected


def test_relative_imports_resolve():
    graph = import_graph()
    assert "newsextract.lexicon" in graph["newsextract.dates.grammar"]          # from ..lexicon import rows
    assert "newsextract.lexicon" in graph["newsextract.statistics.vocabulary"]  # from .. import lexicon
    assert "newsextract.models" in graph["newsextract.lexicon"]                # from .models import …


def test_the_import_graph_has_no_cycles():
    found = cycles(import_graph())
    assert not found, "import cycles: " + "; ".join(" → ".join(cycle) for cycle in found)


def class_bases() -> list[tuple[str, str, str]]:
    """(module, class, base) for every class whose base is a class of another module of the package."""
    out = []
    for name in MODULES:
        bound = imported(name)[0]
        tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for base in node.bases:
                dotted = ast.unparse(base.value if isinstance(base, ast.Subscript) else base)
                head, _, rest = dotted.partition(".")
                if head not in bound:
                    continue  # defined in this module, a builtin or from another library
                target = bound[head] + (f".{rest}" if rest else "")
                if target.rpartition(".")[0] != name:
                    out.append((name, node.name, target))
    return out


def test_no_class_inherits_from_another_module():
    found = class_bases()
    assert not found, "inheritance across modules: " + "; ".join(f"{m}.{c}({b})" for m, c, b in found)
