"""``--to json``: ``Document.to_dict()`` as indented JSON (shape: ``resolve/schema.json``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from json.encoder import encode_basestring as _encode_str
from typing import Any

from resolve.formats.options import ConvertOptions
from resolve.model import Clause, Document, Node


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
    """``json.dumps(data, indent=2, ensure_ascii=False)``, written without recursion."""
    return "".join(iter_dumps(data))


def iter_dumps(data: Any, chunk: int = 1 << 16) -> Iterator[str]:
    """The text of :func:`dumps` in pieces of about ``chunk`` characters.

    The standard encoder recurses once per level and slows down quadratically
    on deep nesting; this writer produces the same text with an explicit stack
    of open containers. Scalars are written as they are met, strings with the
    C string encoder (one call each, not a whole ``json.dumps``). A
    :class:`LazyText` value is sliced from the source only when written, so a
    document whose clauses' texts add up to gigabytes (each clause's text holds
    its sub-clauses') is written in bounded memory.
    """
    if not _open(data):
        yield _leaf(data) + "\n"
        return
    out: list[str] = ["{" if isinstance(data, dict) else "["]
    size = 1
    append = out.append
    # One frame per open container: its remaining items (key, value pairs for
    # a dict, values with key None for a list), its level, and whether an item
    # has been written yet (for the commas).
    stack: list[list[Any]] = [[_items(data), 0, False]]
    while stack:
        frame = stack[-1]
        level = frame[1]
        inner = _indent(level + 1)
        for key, value in frame[0]:
            head = inner if key is None else inner + _encode_str(key) + ": "
            if frame[2]:
                head = "," + head
            else:
                frame[2] = True
            kind = type(value)
            if kind is str:
                piece = head + _encode_str(value)
            elif kind is LazyText:
                piece = head + _encode_str(value.text)
            elif _open(value):
                append(head + ("{" if isinstance(value, dict) else "["))
                size += len(head) + 1
                stack.append([_items(value), level + 1, False])
                break
            else:
                piece = head + _leaf(value)
            append(piece)
            size += len(piece)
            if size >= chunk:
                yield "".join(out)
                out.clear()
                size = 0
        else:
            stack.pop()
            append(_indent(level) + ("}" if frame[0].is_dict else "]"))
            size += level + 2
    append("\n")
    yield "".join(out)


class LazyText:
    """A node's source text, sliced only when the JSON writer reaches it."""

    __slots__ = ("node",)

    def __init__(self, node: Node) -> None:
        self.node = node

    @property
    def text(self) -> str:
        return self.node.text


class _items:
    """The items of a container as ``(key, value)`` pairs; ``key`` is None in a list."""

    __slots__ = ("is_dict", "it")

    def __init__(self, value: dict[Any, Any] | list[Any] | tuple[Any, ...]) -> None:
        self.is_dict = isinstance(value, dict)
        self.it: Iterator[tuple[str | None, Any]] = (
            ((k if isinstance(k, str) else _key(k), v) for k, v in value.items())
            if isinstance(value, dict)
            else ((None, v) for v in value)
        )

    def __iter__(self) -> Iterator[tuple[str | None, Any]]:
        return self.it


_INDENTS: list[str] = ["\n" + "  " * level for level in range(64)]


def _indent(level: int) -> str:
    """A line break and ``level`` indentation steps."""
    if level < len(_INDENTS):
        return _INDENTS[level]
    return "\n" + "  " * level


def _open(value: Any) -> bool:
    """True for a non-empty dict, list or tuple (written over several lines)."""
    return isinstance(value, (dict, list, tuple)) and bool(value)


def _key(key: Any) -> str:
    """A non-string dict key as ``json.dumps`` turns it into a string."""
    if key is None or isinstance(key, (bool, int, float)):
        return _leaf(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _leaf(value: Any) -> str:
    """A scalar or an empty container, as ``json.dumps`` writes it."""
    if isinstance(value, str):
        return _encode_str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, (list, tuple)):
        return "[]"
    if isinstance(value, LazyText):
        return _encode_str(value.text)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def lazy_dict(doc: Document) -> dict[str, Any]:
    """``doc.to_dict()`` with each clause's ``text`` a :class:`LazyText`.

    Built from ``document_to_dict(clause_text=False)`` (the one serializer),
    walking the clause dicts beside the clauses they came from.
    """
    from resolve._serialize import document_to_dict

    data = document_to_dict(doc, clause_text=False)
    pairs: list[tuple[list[dict[str, Any]], tuple[Clause, ...]]] = []
    for res, out in zip(doc.resolutions, data["resolutions"], strict=True):
        pairs.append((out["clauses"], res.clauses))
        for rec, rec_out in zip(res.preamble, out["preamble"], strict=True):
            pairs.append((rec_out["items"], rec.items))
    while pairs:
        dicts, clauses = pairs.pop()
        for i, (clause, d) in enumerate(zip(clauses, dicts, strict=True)):
            dicts[i] = {"text": LazyText(clause), **d}  # "text" first, as to_dict has it
            pairs.append((d["subclauses"], clause.subclauses))
    return data


def iter_render(doc: Document, options: ConvertOptions | None = None) -> Iterator[str]:
    """``render`` in pieces, in memory bounded by the document, not by the output."""
    return iter_dumps(lazy_dict(doc))


def render(doc: Document, options: ConvertOptions) -> str:
    return "".join(iter_render(doc, options))
