"""The AST's contract: frozen, slotted dataclasses with a docstring on every field."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import os
import random
import time

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


def test_fifty_thousand_lines() -> None:
    lines = []
    for i in range(25_000):
        lines.append(f"WHEREAS, recital number {i} is long enough to wrap; and")
        lines.append(f"- Reaffirms clause {i};")
    text = "\n".join(lines)
    started = time.perf_counter()
    doc = resolve.parse(text)
    assert doc.resolutions
    assert time.perf_counter() - started < 60  # a hang guard, not a speed test


def test_binary_looking_bytes() -> None:
    rng = random.Random(1234)
    blob = bytes(rng.randrange(256) for _ in range(20_000)) + os.urandom(0)
    text = blob.decode("latin-1")
    doc = resolve.parse(text)
    assert doc.source == text


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
