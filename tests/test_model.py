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
