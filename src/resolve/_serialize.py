"""Document → plain dicts for JSON. The shape is documented by ``schema.json``."""

from __future__ import annotations

from typing import Any

from resolve.model import Clause, Document, EnactingFormula, Heading, Recital, Resolution, Span

SCHEMA_VERSION = 1


def _span(span: Span) -> dict[str, dict[str, int]]:
    """``span.to_dict()``, built in one step (it is called for every node)."""
    a, b = span.start, span.end
    return {
        "start": {"line": a.line, "column": a.column, "offset": a.offset},
        "end": {"line": b.line, "column": b.column, "offset": b.offset},
    }


def _clause(c: Clause, clause_text: bool = True) -> dict[str, Any]:
    # Iterative: sub-clauses may nest very deep.
    root: dict[str, Any] = {}
    stack: list[tuple[Clause, dict[str, Any]]] = [(c, root)]
    while stack:
        node, out = stack.pop()
        if clause_text:
            # Each clause's text holds its sub-clauses' text: n levels deep,
            # that is n copies of the innermost one.
            out["text"] = node.text
        out.update(
            {
                "span": _span(node.span),
                "marker": node.marker,
                "marker_style": node.marker_style,
                "number": node.number,
                "lead": node.lead,
                "verb": node.verb,
                "body": node.body,
                "connector": node.connector,
                "depth": node.depth,
                "subclauses": [],
            }
        )
        for sub in node.subclauses:
            child: dict[str, Any] = {}
            out["subclauses"].append(child)
            stack.append((sub, child))
    return root


def _recital(r: Recital, clause_text: bool = True) -> dict[str, Any]:
    return {
        "text": r.text,
        "span": _span(r.span),
        "opener": r.opener,
        "opener_kind": r.opener_kind.value,
        "body": r.body,
        "connector": r.connector,
        "marker": r.marker,
        "items": [_clause(i, clause_text) for i in r.items],
    }


def _formula(f: EnactingFormula | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"text": f.text, "span": _span(f.span), "kind": f.kind.value, "body": f.body}


def _heading(h: Heading | None) -> dict[str, Any] | None:
    if h is None:
        return None
    return {
        "text": h.text,
        "span": _span(h.span),
        "title": h.title,
        "number": h.number,
        "lines": [
            {
                "text": ln.text,
                "span": _span(ln.span),
                "kind": ln.kind.value,
                "key": ln.key,
                "value": ln.value,
            }
            for ln in h.lines
        ],
    }


def resolution_to_dict(r: Resolution, clause_text: bool = True) -> dict[str, Any]:
    return {
        "title": r.title,
        "number": r.heading.number if r.heading else None,
        "span": _span(r.span),
        "heading": _heading(r.heading),
        "preamble": [_recital(x, clause_text) for x in r.preamble],
        "enacting_formula": _formula(r.enacting_formula),
        "clauses": [_clause(c, clause_text) for c in r.clauses],
        "trailer": [
            {"text": t.text, "span": _span(t.span), "kind": t.kind.value} for t in r.trailer
        ],
        "unknown": [{"text": u.text, "span": _span(u.span), "reason": u.reason} for u in r.unknown],
        "confidence": r.confidence,
        "doubts": list(r.doubts),
    }


def document_to_dict(doc: Document, *, clause_text: bool = True) -> dict[str, Any]:
    """The JSON-ready dict of ``doc``.

    ``clause_text=False`` leaves out the ``text`` of clauses and sub-clauses
    (not of other nodes), for callers that rebuild text from the parts: a
    clause's text contains its sub-clauses', so a list nested 1,000 deep holds
    the innermost text 1,000 times.
    """
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "resolutions": [resolution_to_dict(r, clause_text) for r in doc.resolutions],
        "unknown": [
            {"text": u.text, "span": _span(u.span), "reason": u.reason} for u in doc.unknown
        ],
        "separators": [{"text": s.text, "span": _span(s.span)} for s in doc.separators],
        "suppressions": [
            {"text": s.text, "span": _span(s.span), "codes": list(s.codes)}
            for s in doc.suppressions
        ],
    }
    if doc.margins:  # only for text under email quoting or printed line numbers
        out["margins"] = [[start, end] for start, end in doc.margins]
    return out
