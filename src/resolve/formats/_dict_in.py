"""A document dict (``--to json`` output, perhaps edited by a tool) → typed model.

The writer (:mod:`resolve.formats.text`) works on :mod:`resolve.model` only, so
the node schema is written once. A dict has no shared source text; this module
lays out one: each verbatim part (heading, formula, recital, trailer, unknown
block, suppression) is placed in source order, taken from its ``text``, and
clauses, which the writer rebuilds from ``marker``, ``lead``, ``body`` and
``connector``, get an empty place in that order. Nodes are ordered by their
``span.start.offset`` as given (a node without one follows the one before).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from resolve.model import (
    Clause,
    Document,
    EnactingFormula,
    FormulaKind,
    Heading,
    HeadingLine,
    HeadingLineKind,
    Position,
    Recital,
    RecitalOpener,
    Resolution,
    Span,
    Suppression,
    Trailer,
    TrailerKind,
    Unknown,
)

_Obj = dict[str, Any]


def _offset(node: _Obj, fallback: int) -> int:
    span = node.get("span")
    start = span.get("start") if isinstance(span, dict) else None
    value = start.get("offset") if isinstance(start, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else fallback


def _line(node: _Obj, key: str) -> int:
    span = node.get("span")
    part = span.get(key) if isinstance(span, dict) else None
    value = part.get("line") if isinstance(part, dict) else None
    return value if isinstance(value, int) else 0


def _column(node: _Obj) -> int:
    span = node.get("span")
    start = span.get("start") if isinstance(span, dict) else None
    value = start.get("column") if isinstance(start, dict) else None
    return min(value, 200) if isinstance(value, int) and not isinstance(value, bool) else 1


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _opt(value: Any) -> str | None:
    return None if value is None else _str(value)


def _enum(kind: type[Any], value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


class _Layout:
    """Places texts one after another; remembers where each dict went."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.where: dict[int, tuple[int, int]] = {}
        self.last_line = 0

    def place(self, node: _Obj, text: str, first_line: int = 0, last_line: int = 0) -> None:
        if self.pieces:
            adjacent = first_line and self.last_line and first_line <= self.last_line + 1
            sep = "\n" if adjacent else "\n\n"
            self.pieces.append(sep)
            self.length += len(sep)
        column = _column(node)
        if text and column > 1:  # the indentation of the first line, as in the source
            self.pieces.append(" " * (column - 1))
            self.length += column - 1
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        self.where[id(node)] = (start, self.length)
        self.last_line = last_line


def _clause_forest(roots: list[Any]) -> list[_Obj]:
    out: list[_Obj] = []
    stack = [r for r in reversed(roots) if isinstance(r, dict)]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(s for s in reversed(node.get("subclauses") or []) if isinstance(s, dict))
    return out


def document_from_dict(data: _Obj) -> Document:
    """The typed document for ``data`` (shape: ``resolve/schema.json``)."""
    layout = _Layout()
    resolutions = [r for r in data.get("resolutions") or [] if isinstance(r, dict)]
    for res in resolutions:
        parts: list[tuple[int, int, _Obj, str]] = []
        items: list[tuple[Any, str]] = []
        heading, formula = res.get("heading"), res.get("enacting_formula")
        items.append((heading, _str(heading.get("text")) if isinstance(heading, dict) else ""))
        for rec in res.get("preamble") or []:
            items.append((rec, _str(rec.get("text")) if isinstance(rec, dict) else ""))
            if isinstance(rec, dict):
                items.extend((c, "") for c in _clause_forest(list(rec.get("items") or [])))
        items.append((formula, _str(formula.get("text")) if isinstance(formula, dict) else ""))
        items.extend((c, "") for c in _clause_forest(list(res.get("clauses") or [])))
        for key in ("trailer", "unknown"):
            for t in res.get(key) or []:
                items.append((t, _str(t.get("text")) if isinstance(t, dict) else ""))
        at = 0
        for order, (node, text) in enumerate(items):
            if isinstance(node, dict):
                at = _offset(node, at)
                parts.append((at, order, node, text))
        parts.sort(key=lambda p: (p[0], p[1]))
        for _, _, node, text in parts:
            layout.place(node, text, _line(node, "start"), _line(node, "end"))
        layout.pieces.append("\n\n\n")
        layout.length += 3
        layout.last_line = 0
    for key in ("unknown", "suppressions"):
        for node in data.get(key) or []:
            if isinstance(node, dict):
                layout.place(node, _str(node.get("text")), _line(node, "start"), _line(node, "end"))
    source = "".join(layout.pieces)
    return _Builder(source, layout.where).document(data, resolutions)


class _Builder:
    def __init__(self, source: str, where: dict[int, tuple[int, int]]) -> None:
        self.source = source
        self.where = where
        self.breaks = [i for i, ch in enumerate(source) if ch == "\n"]

    def pos(self, offset: int) -> Position:
        line = bisect_right(self.breaks, offset - 1)
        start = self.breaks[line - 1] + 1 if line else 0
        return Position(line + 1, offset - start + 1, offset)

    def span(self, node: _Obj, end: int | None = None) -> Span:
        a, b = self.where.get(id(node), (0, 0))
        return Span(self.pos(a), self.pos(max(b, end or 0)))

    def clauses(self, roots: list[Any]) -> tuple[Clause, ...]:
        # Built bottom-up without recursion: children before parents.
        forest = _clause_forest(roots)
        built: dict[int, Clause] = {}
        for node in reversed(forest):
            subs = tuple(built[id(s)] for s in node.get("subclauses") or [] if isinstance(s, dict))
            end = subs[-1].span.end.offset if subs else None
            depth = node.get("depth")
            built[id(node)] = Clause(
                self.span(node, end),
                self.source,
                marker=_opt(node.get("marker")),
                marker_style=_opt(node.get("marker_style")),
                number=_opt(node.get("number")),
                lead=_opt(node.get("lead")),
                verb=_opt(node.get("verb")),
                body=_str(node.get("body")),
                connector=_opt(node.get("connector")),
                depth=depth if isinstance(depth, int) else 0,
                subclauses=subs,
            )
        return tuple(built[id(r)] for r in roots if isinstance(r, dict))

    def resolution(self, res: _Obj) -> Resolution:
        src = self.source
        h = res.get("heading")
        heading = None
        if isinstance(h, dict):
            lines = tuple(
                HeadingLine(
                    self.span(h),
                    src,
                    _enum(HeadingLineKind, ln.get("kind"), HeadingLineKind.META),
                    _opt(ln.get("key")),
                    _opt(ln.get("value")),
                )
                for ln in h.get("lines") or []
                if isinstance(ln, dict)
            )
            heading = Heading(self.span(h), src, lines, _opt(h.get("title")), _opt(h.get("number")))
        preamble = tuple(
            Recital(
                self.span(r),
                src,
                opener=_opt(r.get("opener")),
                opener_kind=_enum(RecitalOpener, r.get("opener_kind"), RecitalOpener.NONE),
                body=_str(r.get("body")),
                connector=_opt(r.get("connector")),
                marker=_opt(r.get("marker")),
                items=self.clauses(list(r.get("items") or [])),
            )
            for r in res.get("preamble") or []
            if isinstance(r, dict)
        )
        f = res.get("enacting_formula")
        formula = None
        if isinstance(f, dict):
            kind = _enum(FormulaKind, f.get("kind"), FormulaKind.BODY)
            formula = EnactingFormula(self.span(f), src, kind, _opt(f.get("body")))
        trailer = tuple(
            Trailer(self.span(t), src, _enum(TrailerKind, t.get("kind"), TrailerKind.OTHER))
            for t in res.get("trailer") or []
            if isinstance(t, dict)
        )
        unknown = tuple(
            Unknown(self.span(u), src, _str(u.get("reason")))
            for u in res.get("unknown") or []
            if isinstance(u, dict)
        )
        clauses = self.clauses(list(res.get("clauses") or []))
        parts = [p.span for p in (*preamble, *clauses, *trailer, *unknown) if p is not None]
        if heading:
            parts.append(heading.span)
        if formula:
            parts.append(formula.span)
        start = min((s.start.offset for s in parts), default=0)
        end = max((s.end.offset for s in parts), default=0)
        doubts = tuple(_str(d) for d in res.get("doubts") or [])
        return Resolution(
            Span(self.pos(start), self.pos(end)),
            src,
            heading,
            preamble,
            formula,
            clauses,
            trailer,
            unknown,
            doubts,
        )

    def document(self, data: _Obj, resolutions: list[_Obj]) -> Document:
        src = self.source
        unknown = tuple(
            Unknown(self.span(u), src, _str(u.get("reason")))
            for u in data.get("unknown") or []
            if isinstance(u, dict)
        )
        suppressions = tuple(
            Suppression(self.span(s), src, tuple(_str(c) for c in s.get("codes") or []))
            for s in data.get("suppressions") or []
            if isinstance(s, dict)
        )
        return Document(
            src,
            Span(self.pos(0), self.pos(len(src))),
            tuple(self.resolution(r) for r in resolutions),
            unknown,
            suppressions,
        )


__all__ = ["document_from_dict"]
