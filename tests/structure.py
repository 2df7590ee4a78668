"""Shared helpers for parser tests: a compact structural summary of a Document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from resolve.model import Document


def summarize(doc: Document) -> list[dict[str, Any]]:
    """One entry per resolution, in the format of examples/expected.json."""
    out = []
    for r in doc.resolutions:
        total = sum(1 for _ in r.all_clauses())
        out.append(
            {
                "title": r.title,
                "preamble": len(r.preamble),
                "clauses": len(r.clauses),
                "subclauses": total - len(r.clauses),
                "formula_body": r.enacting_formula.body if r.enacting_formula else None,
                "trailer": len(r.trailer),
            }
        )
    return out


COUNT_KEYS = ("preamble", "clauses")


def read(path: Path) -> str:
    """A test file's text, exactly as stored (CRLF kept), without a UTF-8 BOM."""
    return path.read_bytes().decode("utf-8-sig")
