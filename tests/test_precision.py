"""Lint precision on real documents, kept: every judged-true finding still fires,
no judged-false one fires by default, and the default rule set stays precise.

The verdicts are in tests/real/judged.json (see docs/precision.md); findings are
matched by file, rule code, line and the first 60 characters of the flagged text.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from resolve.rules.registry import get_rule

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "real" / "judged.json"
sys.path.insert(0, str(ROOT / "tools"))

from precision import findings, key_of  # noqa: E402

ENTRIES: list[dict[str, Any]] = json.loads(JUDGED.read_text(encoding="utf-8"))


@cache
def fired(select: tuple[str, ...]) -> frozenset[tuple[str, str, int, str]]:
    return frozenset(key_of(f) for f in findings(select))


def _id(entry: dict[str, Any]) -> str:
    return f"{entry['code']}-{entry['file']}:{entry['line']}"


def test_judged_entries_are_well_formed() -> None:
    docs = ROOT / "tests" / "real" / "docs"
    for entry in ENTRIES:
        assert entry["verdict"] in ("true", "false", "debatable")
        assert entry["reason"].strip()
        assert get_rule(entry["code"]) is not None
        assert (docs / entry["file"]).exists(), entry["file"]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["verdict"] == "true"], ids=_id)
def test_judged_true_still_fires(entry: dict[str, Any]) -> None:
    rule = get_rule(entry["code"])
    assert rule is not None
    select = () if rule.default else (rule.code,)
    assert key_of(entry) in fired(select), entry["reason"]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["verdict"] == "false"], ids=_id)
def test_judged_false_does_not_fire_by_default(entry: dict[str, Any]) -> None:
    assert key_of(entry) not in fired(()), entry["reason"]


def test_default_rules_are_precise() -> None:
    judged = {key_of(e): e["verdict"] for e in ENTRIES}
    verdicts = [judged[k] for k in fired(()) if k in judged]
    true, false = verdicts.count("true"), verdicts.count("false")
    assert true + false >= 15, "too few judged findings to measure"
    assert true / (true + false) >= 0.9
    errors = {key_of(f) for f in findings(()) if f["severity"] == "error"}
    error_verdicts = [judged[k] for k in errors if k in judged]
    assert error_verdicts.count("false") == 0
