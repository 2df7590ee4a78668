"""The one fix loop (checker.fix), unsafe fixes, opt-in rules, and the silence of
structural rules on a reading the parser doubts."""

from __future__ import annotations

import dataclasses

from resolve.checker import MAX_FIX_PASSES, NO_RESOLUTION, apply_fixes, check, fix
from resolve.config import Config
from resolve.diagnostics import Severity
from resolve.model import Document
from resolve.parsing import parse
from resolve.rules.registry import RULES

MESSY = (
    "WHEREAS, the Local has grown;  and   \n"
    "WHEREAS, dues are low\u200b; now, therefore, be it\n"
    "RESOLVED, That the Local grow\n"
)


def test_fix_applies_only_the_selected_rules() -> None:
    result = fix(MESSY, config=Config(select=("H004",)))
    assert result.converged
    assert "\u200b" in result.text  # H002's fix is not selected
    assert "  and" in result.text  # nor H007's
    assert not any(line.endswith(" ") for line in result.text.splitlines())
    assert result.fixed == 1


def test_apply_fixes_without_config_reapplies_only_the_given_rules() -> None:
    found = [d for d in check(MESSY) if d.code == "H004"]
    fixed = apply_fixes(MESSY, found)
    assert "\u200b" in fixed and "  and" in fixed
    assert "and\n" in fixed


def test_fix_reaches_a_fixed_point_and_counts() -> None:
    result = fix(MESSY)
    assert result.converged
    again = fix(result.text)
    assert again.text == result.text and again.fixed == 0 and again.passes == 0
    assert result.fixed >= 3
    assert not [d for d in result.diagnostics if d.fix is not None and d.fix.safe]


def test_fix_stops_at_the_cap() -> None:
    result = fix(MESSY, max_passes=0)
    assert not result.converged
    assert result.text == MESSY
    assert MAX_FIX_PASSES == 100


def test_file_without_resolution_is_never_rewritten() -> None:
    letter = "Dear members,  \n\nThe picnic is on Saturday.\t\n"
    result = fix(letter)
    assert result.text == letter
    assert result.skipped == NO_RESOLUTION
    # S009 is opt-in (it was false on a real prose decision); selected, it says so once.
    result = fix(letter, config=Config(select=("ALL",)))
    assert result.text == letter
    codes = [d.code for d in result.diagnostics]
    assert codes.count("S009") == 1
    (s009,) = [d for d in result.diagnostics if d.code == "S009"]
    assert s009.severity is Severity.INFO


def test_unsafe_fixes_apply_only_when_asked() -> None:
    text = "WHEREAS the Local has grown; and\nWHEREAS, dues are low; now, therefore, be it\nRESOLVED, That the Local grow.\n"
    config = Config(profile="ronr", select=("P004",))
    found = check(text, config=config)
    assert [d.code for d in found] == ["P004"]
    assert found[0].fix is not None and not found[0].fix.safe
    assert fix(text, config=config).text == text
    assert fix(text, config=config, unsafe_fixes=True).text.startswith("WHEREAS, the Local")
    assert apply_fixes(text, found, unsafe_fixes=True).startswith("WHEREAS, the Local")
    assert apply_fixes(text, found) == text


def test_opt_in_rules_run_only_when_selected() -> None:
    opt_in = [r for r in RULES if not r.default]
    assert opt_in, "some rules are opt-in"
    for rule in opt_in:
        assert Config().is_selected(rule.code)
    text = "RESOLVED, That the Local must be shall be ready.\n"
    assert not [d for d in check(text) if not _default(d.code)]


def _default(code: str) -> bool:
    return next(r for r in RULES if r.code == code).default


# --- doubtful readings ----------------------------------------------------------

BROKEN = (
    "WHEREAS, rents have doubled; and\n"
    "WHEREAS, wages have not; now, therefore, be it\n"
    "RESOLVED, That the Local support the tenants' union; and be it further\n"
    "RESOLVED, That the Local donate $500;\n"
)


def _doubted(text: str, *doubts: str) -> Document:
    doc = parse(text)
    resolutions = tuple(dataclasses.replace(r, doubts=doubts) for r in doc.resolutions)
    return dataclasses.replace(doc, resolutions=resolutions)


def test_structural_rules_are_silent_on_a_doubtful_reading() -> None:
    every = Config(select=("ALL",))
    sure = check(parse(BROKEN), config=every)
    assert "C005" in {d.code for d in sure}
    assert "S008" not in {d.code for d in sure}
    found = check(_doubted(BROKEN, "most lines untyped", "no formula"), config=every)
    structural = {r.code for r in RULES if r.structural}
    assert not [d for d in found if d.code in structural]
    (note,) = [d for d in found if d.code == "S008"]
    assert note.severity is Severity.INFO
    assert "low confidence: most lines untyped (and 1 more)" in note.message
    assert note.span.start.line == 1


def test_text_rules_still_speak_on_a_doubtful_reading() -> None:
    text = BROKEN.replace("donate", "donate  the") + "RESOLVED, That TBD.\n"
    found = {d.code for d in check(_doubted(text, "guess"), config=Config(select=("ALL",)))}
    assert {"H007", "L005"} <= found
