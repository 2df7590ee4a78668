"""Data-driven parser cases from tests/fixtures/parser/cases.toml, real_forms.toml,
real-forms-r6-texts.toml and
conventions-*.toml (the counting conventions of tests/real/README.md, one file a question)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import resolve

FIXTURES = Path(__file__).parent / "fixtures" / "parser"
CASES: list[dict[str, Any]] = [
    case
    for path in (
        FIXTURES / "cases.toml",
        FIXTURES / "real_forms.toml",
        *sorted(FIXTURES.glob("real-forms-*.toml")),
        *sorted(FIXTURES.glob("conventions-*.toml")),
    )
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    doc = resolve.parse(case["text"])
    expect = case["expect"]
    if "resolutions" in expect:
        assert len(doc.resolutions) == expect["resolutions"]
    assert doc.resolutions, "at least one resolution"
    r = doc.resolutions[0]
    checks = {
        "preamble": lambda: len(r.preamble),
        "clauses": lambda: len(r.clauses),
        "subclauses": lambda: sum(1 for _ in r.all_clauses()) - len(r.clauses),
        "formula_body": lambda: r.enacting_formula.body if r.enacting_formula else None,
        "formula_kind": lambda: r.enacting_formula.kind.value if r.enacting_formula else None,
        "formula_text": lambda: r.enacting_formula.text if r.enacting_formula else None,
        "title": lambda: r.title,
        "no_title": lambda: r.title is None,  # TOML has no null
        "number": lambda: r.heading.number if r.heading else None,
        "openers": lambda: [p.opener for p in r.preamble],
        "connectors": lambda: [p.connector for p in r.preamble],
        "verbs": lambda: [c.verb for c in r.clauses],
        "markers": lambda: [c.marker or "" for c in r.clauses],  # "" for none (TOML has no null)
        "shapes": lambda: [[len(x.preamble), len(x.clauses)] for x in doc.resolutions],
        "trailers": lambda: len(r.trailer),
        # the last word of every clause of every resolution: where each clause stops
        "clause_ends": lambda: [
            (c.body.split() or [""])[-1] for x in doc.resolutions for c in x.clauses
        ],
    }
    for key, want in expect.items():
        if key == "resolutions":
            continue
        assert checks[key]() == want, f"{key}: got {checks[key]()!r}, want {want!r}"
