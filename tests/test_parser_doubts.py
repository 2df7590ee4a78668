"""Parser doubts, data-driven from tests/fixtures/parser/doubts.toml: the doubts
the parser records, their effect on confidence and JSON, and that a resolution
read with low confidence gets S008 and no structural finding."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

import resolve
from resolve.checker import check
from resolve.config import Config
from resolve.model import document_to_dict
from resolve.rules.base import has_form
from resolve.rules.registry import RULES

CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "fixtures" / "parser" / "doubts.toml").read_text(encoding="utf-8")
)["case"]
STRUCTURAL = tuple(r.code for r in RULES if r.structural)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_doubts(case: dict[str, Any]) -> None:
    doc = resolve.parse(case["text"])
    assert doc.resolutions
    res = doc.resolutions[0]
    want: list[str] = case["doubts"]
    if not want:
        assert res.doubts == (), res.doubts
        assert res.confidence == "high"
        return
    for piece in want:
        assert any(piece in d for d in res.doubts), (piece, res.doubts)
    assert res.confidence == "low"
    assert all(d and "\n" not in d and len(d) < 120 for d in res.doubts)


@pytest.mark.parametrize("case", [c for c in CASES if c["doubts"]], ids=lambda c: c["name"])
def test_low_confidence_is_reported_once_and_silences_structure(case: dict[str, Any]) -> None:
    found = check(case["text"], config=Config(select=("ALL",)))
    codes = [d.code for d in found]
    # Loose prose with no part of the form is no resolution read badly: S009's.
    shown = has_form(resolve.parse(case["text"]).resolutions[0])
    assert codes.count("S008") == (1 if shown else 0), codes
    assert not [c for c in codes if c in STRUCTURAL], codes


@pytest.mark.parametrize("case", [c for c in CASES if c["doubts"]], ids=lambda c: c["name"])
def test_doubts_are_serialized(case: dict[str, Any]) -> None:
    data = json.loads(json.dumps(document_to_dict(resolve.parse(case["text"]))))
    first = data["resolutions"][0]
    assert first["confidence"] == "low"
    assert first["doubts"] and all(isinstance(d, str) for d in first["doubts"])


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_bundled_examples_read_with_confidence(path: Path) -> None:
    """Each bundled example is a known form: none of its resolutions is a guess
    (else check would withhold its structural findings and fmt would skip it)."""
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    assert [r.doubts for r in doc.resolutions if r.doubts] == []
