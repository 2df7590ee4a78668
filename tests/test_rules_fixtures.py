"""Data-driven rule tests: every case in tests/fixtures/rules/<CODE>.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from resolve.checker import apply_fixes, check
from resolve.config import Config

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _cases() -> list[Any]:
    params = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        code = data["code"]
        for kind in ("pass", "fail"):
            for index, case in enumerate(data.get(kind, [])):
                params.append(pytest.param(code, kind, case, id=f"{code}-{kind}-{index}"))
    return params


def _config(code: str, case: dict[str, Any]) -> Config:
    return Config(profile=case.get("profile", "auto"), select=(code,))


@pytest.mark.parametrize(("code", "kind", "case"), _cases())
def test_fixture(code: str, kind: str, case: dict[str, Any]) -> None:
    config = _config(code, case)
    found = [d for d in check(case["text"], config=config) if d.code == code]
    if kind == "pass":
        assert found == [], [f"{d.span.start.line}: {d.message}" for d in found]
        return
    assert len(found) == case["count"], [f"{d.span.start.line}: {d.message}" for d in found]
    if "lines" in case:
        assert [d.span.start.line for d in found] == case["lines"]
    for diag in found:
        assert diag.message.startswith("Unexpected"), diag.message
        assert diag.help and "\n" not in diag.help
    if "fixed" in case:
        # `unsafe = true`: the case's fix is a matter of style, applied only with
        # --unsafe-fixes; without it the text stays as it is.
        unsafe = bool(case.get("unsafe", False))
        if unsafe:
            assert all(d.fix is None or not d.fix.safe for d in found)
            assert apply_fixes(case["text"], found, config=config) == case["text"]
        fixed = apply_fixes(case["text"], found, config=config, unsafe_fixes=unsafe)
        assert fixed == case["fixed"]
        # Fixing again changes nothing.
        again = check(fixed, config=config)
        assert apply_fixes(fixed, again, config=config, unsafe_fixes=unsafe) == fixed
