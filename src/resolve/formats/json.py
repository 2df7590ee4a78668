"""``--to json``: ``Document.to_dict()`` as indented JSON (shape: ``resolve/schema.json``)."""

from __future__ import annotations

import json
import sys
from typing import Any

from resolve.formats import ConvertOptions
from resolve.model import Document


def nesting_depth(data: Any) -> int:
    """How deeply lists and dicts nest in ``data``, computed without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return deepest


class _RecursionLimit:
    """Raise the interpreter's recursion limit for a deeply nested dump or load."""

    def __init__(self, depth: int) -> None:
        self.wanted = 4 * depth + 200
        self.saved = sys.getrecursionlimit()

    def __enter__(self) -> None:
        if self.wanted > self.saved:
            sys.setrecursionlimit(self.wanted)

    def __exit__(self, *exc: object) -> None:
        sys.setrecursionlimit(self.saved)


def dumps(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, written without recursion.

    The standard encoder recurses once per level and slows down quadratically
    on deep nesting; this writer produces the same text with an explicit stack.
    """
    out: list[str] = []
    # Stack items: a value to write, or a literal string to emit.
    stack: list[tuple[Any, int] | str] = [(data, 0)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        value, level = item
        if isinstance(value, dict) and value:
            inner = "\n" + "  " * (level + 1)
            parts: list[tuple[Any, int] | str] = ["{"]
            for i, (key, val) in enumerate(value.items()):
                parts.append(("," if i else "") + inner + _scalar(str(key)) + ": ")
                parts.append((val, level + 1))
            parts.append("\n" + "  " * level + "}")
            stack.extend(reversed(parts))
        elif isinstance(value, (list, tuple)) and value:
            inner = "\n" + "  " * (level + 1)
            parts = ["["]
            for i, val in enumerate(value):
                parts.append(("," if i else "") + inner)
                parts.append((val, level + 1))
            parts.append("\n" + "  " * level + "]")
            stack.extend(reversed(parts))
        elif isinstance(value, dict):
            out.append("{}")
        elif isinstance(value, (list, tuple)):
            out.append("[]")
        else:
            out.append(_scalar(value))
    return "".join(out) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def render(doc: Document, options: ConvertOptions) -> str:
    return dumps(doc.to_dict())
