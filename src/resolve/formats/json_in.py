"""JSON written by ``resolve convert --to json`` → :class:`~resolve.model.Document`.

Tools may edit the JSON (change a clause's ``body``, drop a recital, add a
sub-clause) and render it back. The text is rebuilt from the structured parts
(``marker``, ``lead``, ``body``, ``connector``, ``opener``, ``subclauses``…)
by the canonical writer, then parsed. Headings, formulas, trailers and unknown
blocks are taken from their ``text``. Edit ``body`` (not ``text``) to change a
clause or recital.
"""

from __future__ import annotations

import json
import re
import typing
from typing import Any

from resolve.formats.json import _RecursionLimit
from resolve.formats.text import write_text
from resolve.model import Clause, Document, Recital


def looks_like_json(text: str) -> bool:
    """True if ``text`` is (probably) a JSON document rather than resolution text."""
    stripped = text.lstrip("\ufeff \t\r\n")
    return stripped.startswith("{") and stripped.rstrip().endswith("}")


MAX_DEPTH = 10_000
"""Deepest bracket nesting accepted: about 5,000 levels of sub-clauses (each adds an
object and a list). Deeper input is refused before parsing: the C JSON scanner
recurses once per level and overflows the C stack long before Python notices."""

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _bracket_depth(text: str) -> int:
    """The deepest ``[``/``{`` nesting of ``text``, outside strings, without recursion."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _load(text: str) -> Any:
    text = text.lstrip("\ufeff")
    depth = _bracket_depth(text)
    if depth > MAX_DEPTH:
        raise ValueError(
            f"invalid JSON: nested {depth} levels deep (the limit is {MAX_DEPTH}; "
            "a resolution's JSON nests about two levels per sub-clause)"
        )
    try:
        with _RecursionLimit(depth):
            return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None


def _check_strings(data: Any) -> None:
    """Refuse a lone surrogate (``"\\ud800"``): valid JSON, but no text can hold it."""
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            found = _SURROGATE.search(node)
            if found:
                raise ValueError(
                    f"invalid JSON: a lone surrogate U+{ord(found.group()):04X} in "
                    f"{node[: found.start()][-40:]!r}… is not a character"
                )
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _field_types(cls: type) -> dict[str, tuple[type, ...]]:
    """The JSON types each scalar field of model class ``cls`` may take, from its hints."""
    out: dict[str, tuple[type, ...]] = {}
    for name, hint in typing.get_type_hints(cls).items():
        args = typing.get_args(hint) or (hint,)
        kinds = tuple(
            type(None)
            if a is type(None)
            else str
            if isinstance(a, type) and issubclass(a, str)
            else a
            for a in args
        )
        if all(k in (str, int, type(None)) for k in kinds):
            out[name] = kinds
    return out


def _check_node(node: dict[str, Any], types: dict[str, tuple[type, ...]], where: str) -> None:
    for name, kinds in types.items():
        value = node.get(name)
        if name in node and (not isinstance(value, kinds) or isinstance(value, bool)):
            want = " or ".join("null" if k is type(None) else k.__name__ for k in kinds)
            raise ValueError(
                f"JSON is not a resolve document: {where} {name!r} is "
                f"{type(value).__name__}, expected {want}"
            )


def _check_depths(data: dict[str, Any]) -> None:
    """Each clause's ``depth`` must be where it stands: it is derived data, and a wrong
    one (``"depth": 1000000000``) would make the writer indent by it."""
    types = _field_types(Clause)
    stack: list[tuple[Any, int, str]] = []
    for i, res in enumerate(data["resolutions"], 1):
        stack.extend((c, 0, f"resolution {i} clause") for c in res.get("clauses") or [])
        for rec in res.get("preamble") or []:
            _check_node(rec, _field_types(Recital), f"resolution {i} recital")
            stack.extend((c, 1, f"resolution {i} recital item") for c in rec.get("items") or [])
    while stack:
        node, depth, where = stack.pop()
        if not isinstance(node, dict):
            raise ValueError("JSON is not a resolve document: a clause is not an object")
        _check_node(node, types, where)
        given = node.get("depth", depth)
        if given != depth:
            raise ValueError(
                f'JSON is not a resolve document: {where} has "depth": {given!r} but '
                f"stands at depth {depth} (depth is where a sub-clause is nested)"
            )
        subs = node.get("subclauses") or []
        if not isinstance(subs, list):
            raise ValueError("JSON is not a resolve document: 'subclauses' is not a list")
        stack.extend((sub, depth + 1, "sub-clause") for sub in subs)


def _check_shape(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError("JSON is not a resolve document: expected an object at the top level")
    resolutions = data.get("resolutions")
    if not isinstance(resolutions, list):
        raise ValueError("JSON is not a resolve document: missing a 'resolutions' list")
    for i, res in enumerate(resolutions, 1):
        if not isinstance(res, dict):
            raise ValueError(f"JSON is not a resolve document: resolution {i} is not an object")
        for key in ("preamble", "clauses", "trailer", "unknown"):
            value = res.get(key)
            if value is not None and not isinstance(value, list):
                raise ValueError(
                    f"JSON is not a resolve document: resolution {i} {key!r} is not a list"
                )
            for j, item in enumerate(value or [], 1):
                if not isinstance(item, dict):
                    raise ValueError(
                        f"JSON is not a resolve document: resolution {i} {key} {j} is not an object"
                    )
    for key in ("unknown", "suppressions", "separators"):
        value = data.get(key)
        if value is not None and not isinstance(value, list):
            raise ValueError(f"JSON is not a resolve document: {key!r} is not a list")
        for j, item in enumerate(value or [], 1):
            if not isinstance(item, dict):
                raise ValueError(f"JSON is not a resolve document: {key} {j} is not an object")
    _check_depths(data)
    _check_strings(data)
    return data


def text_from_json(text: str) -> str:
    """The resolution text rebuilt from ``--to json`` output."""
    return write_text(_check_shape(_load(text)))


def document_from_json(text: str) -> Document:
    """Parse ``--to json`` output back into a Document. ``ValueError`` on bad JSON."""
    from resolve.parser import parse

    return parse(text_from_json(text))


__all__ = ["document_from_json", "looks_like_json", "text_from_json"]
