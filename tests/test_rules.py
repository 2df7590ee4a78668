"""The rule registry: codes, names, documentation and fixture coverage."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from resolve.diagnostics import Severity
from resolve.profiles import PROFILES
from resolve.rules.base import Rule
from resolve.rules.registry import RULES, get_rule

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "rules"
# S008 fires on a reading the parser marks as doubtful, which no text does for
# sure; tests/test_checker_fix.py builds such readings and tests it there.
FAILS_TESTED_IN_PYTHON = frozenset({"S008"})

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"[SPCLH]\d{3}", rule.code), rule.code
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name), rule.name
        assert rule.summary and "\n" not in rule.summary
        assert isinstance(rule.severity, Severity)
        assert all(p in PROFILES for p in rule.profiles)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_follows_template(rule: Rule) -> None:
    doc = rule.doc
    assert doc, f"{rule.code} has no documentation"
    first = doc.splitlines()[0]
    assert first and not first.startswith("#"), "doc starts with a one-line summary"
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.code} lacks a section: {positions}"
    assert positions == sorted(positions), f"{rule.code}: sections out of order"
    assert doc.count("```") >= 4, f"{rule.code}: example and fix need code blocks"


def test_get_rule_by_code_and_name() -> None:
    rule = RULES[0]
    assert get_rule(rule.code) is rule
    assert get_rule(rule.code.lower()) is rule
    assert get_rule(rule.name) is rule
    assert get_rule("Z999") is None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_pass_and_fail_fixtures(rule: Rule) -> None:
    path = FIXTURES / f"{rule.code}.toml"
    assert path.exists(), f"missing {path}"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["code"] == rule.code
    assert data.get("pass"), f"{rule.code} has no [[pass]] case"
    if rule.code in FAILS_TESTED_IN_PYTHON:
        return
    assert data.get("fail"), f"{rule.code} has no [[fail]] case"
    assert any(case["count"] > 0 for case in data["fail"])
    if rule.fixable:
        assert any("fixed" in case for case in data["fail"]), f"{rule.code}: test the fix"


def test_no_fixture_for_unknown_rule() -> None:
    codes = {r.code for r in RULES}
    for path in FIXTURES.glob("*.toml"):
        assert path.stem in codes, f"{path.name} has no rule"


def test_rules_doc_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_rules_doc.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_acronym_allow_list_is_package_data() -> None:
    from resolve.rules.acronyms import builtin_acronyms

    known = builtin_acronyms()
    assert {"UN", "USA", "AFL-CIO", "US"} <= known
