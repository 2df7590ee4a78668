"""The AST's contract: frozen, slotted dataclasses with a docstring on every field."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json
import random
from pathlib import Path

import pytest

import resolve
from resolve import model

NODE_CLASSES = [
    obj
    for _, obj in inspect.getmembers(model, inspect.isclass)
    if dataclasses.is_dataclass(obj) and obj.__module__ == model.__name__
]


def _documented_fields(cls: type) -> set[str]:
    """Field names followed by a docstring in the class body, this class and its bases."""
    names: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__ != model.__name__:
            continue
        tree = ast.parse(inspect.getsource(klass))
        body = tree.body[0].body  # type: ignore[attr-defined]
        for stmt, nxt in zip(body, [*body[1:], None], strict=True):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            ):
                names.add(stmt.target.id)
    return names


@pytest.mark.parametrize("cls", NODE_CLASSES, ids=lambda c: c.__name__)
def test_frozen_slotted_documented(cls: type) -> None:
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen, f"{cls.__name__} is not frozen"
    assert "__slots__" in cls.__dict__, f"{cls.__name__} is not slotted"
    fields = {f.name for f in dataclasses.fields(cls)}
    missing = fields - _documented_fields(cls)
    assert not missing, f"{cls.__name__} fields without a docstring: {sorted(missing)}"


def test_every_node_has_a_span() -> None:
    for cls in NODE_CLASSES:
        if cls in (model.Position, model.Span):
            continue
        assert "span" in {f.name for f in dataclasses.fields(cls)}, cls.__name__


def _assert_lossless(doc: model.Document) -> None:
    """The top-level nodes and the blanks between them are the source, exactly."""
    text = doc.source
    at = 0
    for node in doc.top_level():
        assert node.span.start.offset >= at
        assert text[at : node.span.start.offset].strip() == ""
        assert node.text == text[node.span.start.offset : node.span.end.offset]
        at = node.span.end.offset
    assert text[at:].strip() == ""


def test_fifty_thousand_lines_are_all_read() -> None:
    lines = []
    for i in range(25_000):
        lines.append(f"WHEREAS, recital number {i} is long enough to wrap; and")
        lines.append(f"- Reaffirms clause {i};")
    text = "\n".join(lines)
    doc = resolve.parse(text)
    (res,) = doc.resolutions
    assert len(res.preamble) == 25_000
    assert [r.text for r in res.preamble[:2]] == lines[0:3:2]
    clauses = list(res.all_clauses())
    assert len(clauses) == 25_000
    assert clauses[-1].text == lines[-1]
    _assert_lossless(doc)


def test_binary_looking_bytes_are_kept_whole() -> None:
    rng = random.Random(1234)
    text = bytes(rng.randrange(256) for _ in range(20_000)).decode("latin-1")
    doc = resolve.parse(text)
    assert doc.source == text
    _assert_lossless(doc)


# -- the JSON schema is checked against the model ---------------------------------------

SCHEMA = json.loads((Path(model.__file__).parent / "schema.json").read_text(encoding="utf-8"))
NODE_DEFS = {
    model.Position: "position",
    model.Span: "span",
    model.HeadingLine: "heading_line",
    model.Heading: "heading",
    model.Clause: "clause",
    model.Recital: "recital",
    model.EnactingFormula: "formula",
    model.Trailer: "trailer",
    model.Unknown: "unknown",
    model.Suppression: "suppression",
    model.Resolution: "resolution",
    model.Separator: "separator",
}
DERIVED = {
    # JSON keys that are not dataclass fields: each is a documented property.
    model.Resolution: {"title", "number", "confidence"},
}
NOT_IN_JSON = {
    # Fields the JSON leaves out, and why: the source is the whole input (each
    # node's ``text`` is given instead); a resolution's text is its parts'.
    model.Resolution: {"source"},
}


def test_every_model_node_has_a_schema_definition() -> None:
    defined = {cls for cls in NODE_CLASSES if cls not in (model.Document, model.Node)}
    assert defined == set(NODE_DEFS)


@pytest.mark.parametrize("cls", list(NODE_DEFS), ids=lambda c: c.__name__)
def test_schema_properties_are_the_model_fields(cls: type) -> None:
    fields = {f.name for f in dataclasses.fields(cls)}
    expected = fields - NOT_IN_JSON.get(cls, set()) | DERIVED.get(cls, set())
    if "source" in expected:  # a node's ``text`` is its slice of the source
        expected = expected - {"source"} | {"text"}
    schema = SCHEMA["$defs"][NODE_DEFS[cls]]
    assert set(schema["properties"]) == expected
    assert set(schema.get("required", [])) <= expected


def test_document_schema_is_the_document_fields() -> None:
    fields = {f.name for f in dataclasses.fields(model.Document)} - {"source", "span"}
    assert set(SCHEMA["properties"]) == fields | {"schema_version"}
    assert SCHEMA["properties"]["schema_version"].get("const", model.SCHEMA_VERSION) == (
        model.SCHEMA_VERSION
    )


@pytest.mark.parametrize(
    ("definition", "key", "enum"),
    [
        ("heading_line", "kind", model.HeadingLineKind),
        ("recital", "opener_kind", model.RecitalOpener),
        ("formula", "kind", model.FormulaKind),
        ("trailer", "kind", model.TrailerKind),
    ],
)
def test_schema_enums_are_the_model_enums(definition: str, key: str, enum: type) -> None:
    prop = SCHEMA["$defs"][definition]["properties"][key]
    assert prop["enum"] == [e.value for e in enum]  # type: ignore[attr-defined]


def test_serialized_examples_have_exactly_the_schema_keys() -> None:
    """Walk ``to_dict()`` of every example beside the schema: no key missing or extra."""
    defs = SCHEMA["$defs"]
    examples = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))
    seen: set[str] = set()
    for path in examples:
        data = resolve.parse(path.read_text(encoding="utf-8")).to_dict()
        assert set(data) - {"margins"} <= set(SCHEMA["properties"])
        stack: list[tuple[str, object]] = [("resolution", r) for r in data["resolutions"]]
        while stack:
            name, value = stack.pop()
            assert isinstance(value, dict)
            seen.add(name)
            assert set(value) == set(defs[name]["properties"]), name
            for child_key, child_def in (
                ("preamble", "recital"),
                ("clauses", "clause"),
                ("subclauses", "clause"),
                ("items", "clause"),
                ("trailer", "trailer"),
                ("unknown", "unknown"),
                ("lines", "heading_line"),
            ):
                stack.extend((child_def, v) for v in value.get(child_key) or [])
            for child_key, child_def in (("heading", "heading"), ("enacting_formula", "formula")):
                if value.get(child_key) is not None:
                    stack.append((child_def, value[child_key]))
    assert {"resolution", "recital", "clause", "formula", "heading", "heading_line"} <= seen


def test_deep_nesting_does_not_copy_text_per_level() -> None:
    """A clause's text contains its sub-clauses'; stored per node, 1,000 levels of
    a 2 MB input took 1.3 GB. Nodes slice the shared source on access instead."""
    import tracemalloc

    text = "".join("    " * i + "- x\n" for i in range(1000))
    tracemalloc.start()
    try:
        doc = resolve.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    deepest = list(doc.resolutions[0].all_clauses())
    assert len(deepest) == 1000
    assert deepest[-1].text == "- x"
    assert deepest[0].text == text.strip()
    assert peak < 20 * len(text), f"peak {peak:,} bytes for {len(text):,} bytes of input"


def test_text_is_the_source_slice() -> None:
    doc = resolve.parse("WHEREAS, a; and\n\nRESOLVED, That b.\n")
    res = doc.resolutions[0]
    for node in [res, *res.children()]:
        assert node.source is doc.source
        assert node.text == doc.source[node.span.start.offset : node.span.end.offset]


def test_findings_pickle_round_trip() -> None:
    """``-j`` workers send findings back pickled (by constructor arguments)."""
    import pickle

    text = "WHEREAS, the  union grew;\n\nRESOLVED, That dues rise\t.\n"
    found = resolve.check(text)
    assert found and any(d.fix is not None for d in found)
    tagged = [dataclasses.replace(d, path="a/b.txt") for d in found]
    back = pickle.loads(pickle.dumps(tagged))
    assert back == tagged
    assert [d.path for d in back] == ["a/b.txt"] * len(tagged)
    assert [d.fix for d in back] == [d.fix for d in tagged]
    span = found[0].span
    assert pickle.loads(pickle.dumps(span)) == span
    assert pickle.loads(pickle.dumps(span.start)) == span.start
