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
from typing import Any

from resolve.formats.json import _RecursionLimit
from resolve.formats.text import write_text
from resolve.model import Document


def looks_like_json(text: str) -> bool:
    """True if ``text`` is (probably) a JSON document rather than resolution text."""
    stripped = text.lstrip("\ufeff \t\r\n")
    return stripped.startswith("{") and stripped.rstrip().endswith("}")


def _load(text: str) -> Any:
    text = text.lstrip("\ufeff")
    # Nesting is bounded by the number of brackets; deep sub-clauses need a higher limit.
    depth = min(text.count("{") + text.count("["), 50_000)
    try:
        with _RecursionLimit(depth):
            return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None


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
    stack: list[Any] = []
    for res in resolutions:
        stack.extend(res.get("clauses") or [])
        for rec in res.get("preamble") or []:
            stack.extend(rec.get("items") or [])
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            raise ValueError("JSON is not a resolve document: a clause is not an object")
        subs = node.get("subclauses") or []
        if not isinstance(subs, list):
            raise ValueError("JSON is not a resolve document: 'subclauses' is not a list")
        stack.extend(subs)
    return data


def text_from_json(text: str) -> str:
    """The resolution text rebuilt from ``--to json`` output."""
    return write_text(_check_shape(_load(text)))


def document_from_json(text: str) -> Document:
    """Parse ``--to json`` output back into a Document. ``ValueError`` on bad JSON."""
    from resolve.parsing import parse

    return parse(text_from_json(text))


__all__ = ["document_from_json", "looks_like_json", "text_from_json"]
