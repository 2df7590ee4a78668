"""Document → plain dicts for JSON. The shape is documented by ``schema.json``."""

from __future__ import annotations

from typing import Any

from resolve.model import Clause, Document, EnactingFormula, Heading, Recital, Resolution

SCHEMA_VERSION = 1


def _clause(c: Clause) -> dict[str, Any]:
    # Iterative: sub-clauses may nest very deep.
    root: dict[str, Any] = {}
    stack: list[tuple[Clause, dict[str, Any]]] = [(c, root)]
    while stack:
        node, out = stack.pop()
        out.update(
            {
                "text": node.text,
                "span": node.span.to_dict(),
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


def _recital(r: Recital) -> dict[str, Any]:
    return {
        "text": r.text,
        "span": r.span.to_dict(),
        "opener": r.opener,
        "opener_kind": r.opener_kind.value,
        "body": r.body,
        "connector": r.connector,
        "marker": r.marker,
        "items": [_clause(i) for i in r.items],
    }


def _formula(f: EnactingFormula | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"text": f.text, "span": f.span.to_dict(), "kind": f.kind.value, "body": f.body}


def _heading(h: Heading | None) -> dict[str, Any] | None:
    if h is None:
        return None
    return {
        "text": h.text,
        "span": h.span.to_dict(),
        "title": h.title,
        "number": h.number,
        "lines": [
            {
                "text": ln.text,
                "span": ln.span.to_dict(),
                "kind": ln.kind.value,
                "key": ln.key,
                "value": ln.value,
            }
            for ln in h.lines
        ],
    }


def resolution_to_dict(r: Resolution) -> dict[str, Any]:
    return {
        "title": r.title,
        "number": r.heading.number if r.heading else None,
        "span": r.span.to_dict(),
        "heading": _heading(r.heading),
        "preamble": [_recital(x) for x in r.preamble],
        "enacting_formula": _formula(r.enacting_formula),
        "clauses": [_clause(c) for c in r.clauses],
        "trailer": [
            {"text": t.text, "span": t.span.to_dict(), "kind": t.kind.value} for t in r.trailer
        ],
        "unknown": [
            {"text": u.text, "span": u.span.to_dict(), "reason": u.reason} for u in r.unknown
        ],
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "resolutions": [resolution_to_dict(r) for r in doc.resolutions],
        "unknown": [
            {"text": u.text, "span": u.span.to_dict(), "reason": u.reason} for u in doc.unknown
        ],
        "separators": [{"text": s.text, "span": s.span.to_dict()} for s in doc.separators],
        "suppressions": [
            {"text": s.text, "span": s.span.to_dict(), "codes": list(s.codes)}
            for s in doc.suppressions
        ],
    }
