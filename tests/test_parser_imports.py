"""The parser package imports one way: no circle, margins and patterns at the
bottom, nothing below the top importing the package itself, no module over 600
lines. Read with ``ast`` (every import statement, also inside functions and
``TYPE_CHECKING`` blocks), so the graph is the one in the source."""

from __future__ import annotations

import ast
from pathlib import Path

import resolve.parsing

PACKAGE = Path(resolve.parsing.__file__).parent
PREFIX = "resolve.parsing"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py"))


def _targets(module: str) -> set[str]:
    """The modules of the package that ``module`` imports (``__init__`` for the package)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.level:
                raise AssertionError(f"{module}: relative import")
            if node.module == PREFIX:
                names = [f"{PREFIX}.{a.name}" if a.name in MODULES else PREFIX for a in node.names]
            else:
                names = [node.module]
        for name in names:
            if name == PREFIX:
                found.add("__init__")
            elif name.startswith(PREFIX + "."):
                found.add(name[len(PREFIX) + 1 :].split(".")[0])
    return found - {module}


GRAPH = {m: _targets(m) for m in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A circle in ``graph`` as a path, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_graph_is_read() -> None:
    assert GRAPH["machine"] >= {"builders", "classify", "context", "paragraphs", "patterns"}
    assert GRAPH["__init__"] >= {"machine", "freeze", "lines", "margins", "paragraphs"}


def test_no_import_circle() -> None:
    assert _cycle(GRAPH) is None, f"import circle: {' -> '.join(_cycle(GRAPH) or [])}"


def test_only_the_top_imports_the_package() -> None:
    assert [m for m, deps in GRAPH.items() if "__init__" in deps] == []


def test_bottom_modules_import_nothing_of_the_parser() -> None:
    assert GRAPH["patterns"] == set()
    assert GRAPH["margins"] == set()
    assert GRAPH["lines"] <= {"_scanner_table"}


def test_no_module_over_600_lines() -> None:
    sizes = {
        m: len((PACKAGE / f"{m}.py").read_text(encoding="utf-8").splitlines()) for m in MODULES
    }
    assert max(sizes.values()) <= 600, sizes
