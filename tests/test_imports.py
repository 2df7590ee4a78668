"""The whole of ``src/resolve`` imports one way: no circle between any two
modules, and no import from a lower layer to a higher one. Read with ``ast``
(every import statement, also inside functions and ``TYPE_CHECKING`` blocks),
so the graph is the one in the source, lazy imports included."""

from __future__ import annotations

import ast
from pathlib import Path

import resolve

SRC = Path(resolve.__file__).parent

LAYERS: tuple[tuple[str, ...], ...] = (
    # 0: the model and what everything reads (no parsing in here)
    (
        "resolve._text",
        "resolve.model",
        "resolve._serialize",
        "resolve.phrases",
        "resolve.profiles",
        "resolve.diagnostics",
        "resolve.config",
        "resolve._atomic",
        "resolve.io",
        "resolve.docx_source",
    ),
    # 1: text → AST
    ("resolve.parsing", "resolve.markdown_source"),
    # 2: AST → diagnostics
    ("resolve.rules", "resolve.checker"),
    # 3: AST → other texts
    ("resolve.formats", "resolve.differ", "resolve.diff_align", "resolve.diff_report"),
    # 4: the public library API (resolve/__init__.py)
    ("resolve",),
    # 5: Rich and the report formats
    ("resolve.reporters", "resolve.render"),
    # 6: front ends
    ("resolve.lsp", "resolve.cli", "resolve.__main__"),
)


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in SRC.rglob("*.py")}


def _owner(name: str) -> str | None:
    """The module of ours that ``name`` (a module or a name in one) refers to."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            assert node.level == 0, f"{path}: relative import"
            targets = [
                f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module
                for a in node.names
            ]
        else:
            continue
        found.update(o for t in targets if (o := _owner(t)) is not None)
    return found


GRAPH = {name: _imports(path) - {name} for name, path in MODULES.items()}


def _layer(name: str) -> int:
    best: tuple[int, int] | None = None
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and (
                best is None or len(prefix) > best[1]
            ):
                best = (index, len(prefix))
    assert best is not None, f"{name} is in no layer: add it to LAYERS"
    return best[0]


def _circle() -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(GRAPH):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_the_graph_is_read() -> None:
    assert len(MODULES) > 60
    assert "resolve.parsing" in GRAPH["resolve"]
    assert "resolve.model" in GRAPH["resolve.parsing.freeze"]


def test_no_import_circle_anywhere() -> None:
    assert _circle() is None


def test_the_circle_finder_finds_one() -> None:
    GRAPH["resolve.model"].add("resolve.cli")
    try:
        found = _circle()
    finally:
        GRAPH["resolve.model"].discard("resolve.cli")
    assert found is not None and found[0] == found[-1]


def test_every_module_has_a_layer_and_no_import_goes_up() -> None:
    upward = sorted(
        f"{a} -> {b}" for a, outs in GRAPH.items() for b in outs if _layer(b) > _layer(a)
    )
    assert upward == []


def test_no_module_over_600_lines() -> None:
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}
