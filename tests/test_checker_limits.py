"""The per-rule limit on findings (``max-findings-per-rule``) and its closing finding."""

from __future__ import annotations

import pytest

from resolve.checker import apply_fixes, check
from resolve.config import Config
from resolve.diagnostics import Diagnostic, Severity

# One recital and one clause with tabs inside lines: each tab is one H005 finding.
TABS = "WHEREAS, a\tb\tc\td; now, therefore, be it\n\nRESOLVED, That e\tf\tg\th.\n"
TAB_OFFSETS = [i for i, ch in enumerate(TABS) if ch == "\t"]


def h005(text: str, limit: int) -> list[Diagnostic]:
    return check(text, config=Config(select=("H005",), max_findings_per_rule=limit))


def test_under_the_limit_every_finding_is_shown() -> None:
    found = h005(TABS, len(TAB_OFFSETS))
    assert [d.span.start.offset for d in found] == TAB_OFFSETS
    assert all("more" not in d.message for d in found)


def test_past_the_limit_one_closing_finding_counts_the_rest() -> None:
    found = h005(TABS, 2)
    assert len(found) == 3
    shown, closing = found[:2], found[2]
    assert [d.span.start.offset for d in shown] == TAB_OFFSETS[:2]
    assert closing.code == "H005"
    assert closing.severity is Severity.WARNING
    # It stands where the first finding not shown is.
    assert closing.span.start.offset == TAB_OFFSETS[2]
    assert closing.message == (
        "Unexpected 4 more tab findings in this file, not shown, expected at most 2 per "
        "rule (max-findings-per-rule)"
    )
    assert closing.help is not None and "max-findings-per-rule" in closing.help


def test_zero_means_no_limit() -> None:
    assert len(h005(TABS * 300, 0)) == len(TAB_OFFSETS) * 300


def test_default_limit_is_one_thousand() -> None:
    text = "RESOLVED, That the act" + ")" * 1500 + ".\n"
    found = [d for d in check(text) if d.code == "L003"]
    assert len(found) == 1001
    assert found[-1].message.startswith("Unexpected 500 more unbalanced-brackets findings")
    assert found[-1].severity is Severity.ERROR
    assert found[-1].span.start.offset == text.index(")") + 1000


def test_closing_finding_takes_the_severity_override_and_path() -> None:
    found = check(
        TABS,
        config=Config(select=("H005",), max_findings_per_rule=1, severity={"H005": Severity.ERROR}),
        path="drafts/a.txt",
    )
    assert [d.severity for d in found] == [Severity.ERROR, Severity.ERROR]
    assert all(d.path == "drafts/a.txt" for d in found)


def test_limit_is_per_rule() -> None:
    text = "RESOLVED, That the the a\tb and the the c\td and the the e\tf.\n"
    config = Config(select=("H005", "L004"), max_findings_per_rule=1)
    found = check(text, config=config)
    assert [d.code for d in found] == ["L004", "H005", "L004", "H005"]
    closings = [d for d in found if "more" in d.message]
    assert sorted(d.code for d in closings) == ["H005", "L004"]
    assert all(d.message.startswith("Unexpected 2 more") for d in closings)


def test_suppressed_findings_are_not_counted() -> None:
    text = (
        "WHEREAS, a\tb\tc; now, therefore, be it\n\n"
        "# resolve: ignore H005\n"
        "RESOLVED, That d\te\tf\tg.\n"
    )
    assert len(h005(text, 0)) == 2
    found = h005(text, 2)
    assert len(found) == 2
    assert all("more" not in d.message for d in found)


def test_order_is_deterministic_and_sorted() -> None:
    text = TABS * 50
    first = h005(text, 10)
    assert first == h005(text, 10)
    keys = [(d.span.start.offset, d.code, d.span.end.offset) for d in first]
    assert keys == sorted(keys)


@pytest.mark.parametrize("limit", [1, 3, 7])
def test_fix_applies_the_fixes_not_shown(limit: int) -> None:
    text = TABS * 5
    everything = apply_fixes(
        text, check(text, config=Config(select=("H005",), max_findings_per_rule=0))
    )
    capped = check(text, config=Config(select=("H005",), max_findings_per_rule=limit))
    closing = [d for d in capped if d.code == "H005" and "more" in d.message]
    assert len(closing) == 1
    assert closing[0].fix is not None and closing[0].fix.safe
    assert len(closing[0].fix.edits) == len(TAB_OFFSETS) * 5 - limit
    fixed = apply_fixes(text, capped, config=Config(select=("H005",), max_findings_per_rule=limit))
    assert fixed == everything
    assert "\t" not in fixed


def test_closing_finding_has_no_fix_when_the_rule_has_none() -> None:
    text = "RESOLVED, That the act" + ")" * 20 + ".\n"
    found = [d for d in check(text, config=Config(max_findings_per_rule=5)) if d.code == "L003"]
    assert len(found) == 6
    assert found[-1].fix is None


def test_each_of_many_suppressions_covers_only_its_own_paragraph() -> None:
    parts = ["WHEREAS, x; now, therefore, be it\n"]
    for i in range(300):
        if i % 3 == 0:
            parts.append("# resolve: ignore L004\n")
        parts.append(f"RESOLVED, That the the item {i};\n\n")
    text = "\n".join(parts)
    found = check(text, config=Config(select=("L004",), max_findings_per_rule=0))
    assert len(found) == 200
    lines = text.split("\n")
    for d in found:
        item = int(lines[d.span.start.line - 1].rsplit(" ", 1)[1].rstrip(";"))
        assert item % 3 != 0


def test_fix_count_includes_the_findings_behind_the_closing_one() -> None:
    """``--fix`` reports findings fixed: a rule's "N more" finding fixes N."""
    from resolve.cli.engine import check_text

    text = "WHEREAS, the union grew;\n\nRESOLVED, That we act.\n" + "a\tb\n" * 1500
    h005 = Config(select=("H005",))  # an opt-in rule
    before = [d for d in check(text, config=h005) if d.code == "H005"]
    assert len(before) == 1001  # 1,000 shown and one closing finding
    assert before[-1].fixes == 500
    _, fixed_text, fixed = check_text(text, "t.txt", h005, fix=True)
    assert "\t" not in fixed_text
    assert fixed >= 1500
