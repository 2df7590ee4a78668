"""Inside the parser package: margins and patterns at the bottom, and nothing
below the top importing the package itself. (No circle and no module over 600
lines anywhere in src/: tests/test_imports.py, whose import graph this reads.)"""

from __future__ import annotations

from test_imports import GRAPH as ALL

PREFIX = "resolve.parsing"


def _local(name: str) -> str:
    return "__init__" if name == PREFIX else name[len(PREFIX) + 1 :]


GRAPH = {
    _local(module): {_local(d) for d in deps if d == PREFIX or d.startswith(PREFIX + ".")}
    for module, deps in ALL.items()
    if module == PREFIX or module.startswith(PREFIX + ".")
}


def test_the_graph_is_read() -> None:
    assert GRAPH["machine"] >= {"pre", "builders", "classify", "paragraphs", "patterns"}
    assert GRAPH["pre"] >= {"head", "builders", "classify", "patterns"}
    assert GRAPH["head"] >= {"assembly", "builders", "classify", "patterns"}
    assert GRAPH["__init__"] >= {"machine", "freeze", "lines", "margins", "paragraphs"}


def test_only_the_top_imports_the_package() -> None:
    assert [m for m, deps in GRAPH.items() if "__init__" in deps] == []


def test_bottom_modules_import_nothing_of_the_parser() -> None:
    assert GRAPH["patterns"] == set()
    assert GRAPH["margins"] == set()
    assert GRAPH["glued"] == set()
    assert GRAPH["sentences"] == set()
    assert GRAPH["sentence_gaps"] == set()
    assert GRAPH["minutes_cues"] <= {"sentence_gaps"}  # a bottom module too
    assert GRAPH["motion_cues"] == set()
    assert GRAPH["lines"] <= {"_scanner_table"}
