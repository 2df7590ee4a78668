"""The checker: profiles, suppressions, overrides, fixes, and real documents."""

from __future__ import annotations

from pathlib import Path

import pytest

import resolve
from resolve.checker import apply_fixes, check, infer_profile
from resolve.config import Config
from resolve.diagnostics import Severity

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
UE = ROOT / "examples" / "ue-79th-convention-international-solidarity.txt"

DOC = """WHEREAS, the the roof leaks; and
WHEREAS, repairs are urgent this year; now, therefore, be it
RESOLVED, That the Treasurer pay for the repairs.
"""


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def codes(text: str, **kwargs: object) -> list[str]:
    return [d.code for d in check(text, **kwargs)]  # type: ignore[arg-type]


# --- the API -----------------------------------------------------------------


def test_check_accepts_text_or_document_and_sorts() -> None:
    from_text = check(DOC, config=ALL)
    from_doc = check(resolve.parse(DOC), config=ALL)
    assert from_text == from_doc
    assert [d.code for d in from_text] == ["L004", "L002"]
    keys = [(d.span.start.offset, d.code) for d in from_text]
    assert keys == sorted(keys)


ALL = Config(select=("ALL",))


def test_public_api_delegates() -> None:
    assert resolve.check(DOC) == check(DOC)


def test_path_is_set() -> None:
    found = check(DOC, path="drafts/roof.txt")
    assert found and all(d.path == "drafts/roof.txt" for d in found)


def test_select_and_ignore() -> None:
    assert codes(DOC, config=Config(select=("L002",))) == ["L002"]
    assert codes(DOC, config=Config(ignore=("L",))) == []


def test_severity_override() -> None:
    found = check(
        DOC,
        config=Config(select=("ALL",), severity={"L004": Severity.ERROR, "L002": Severity.INFO}),
    )
    by_code = {d.code: d.severity for d in found}
    assert by_code == {"L004": Severity.ERROR, "L002": Severity.INFO}


def test_per_file_ignores() -> None:
    config = Config(select=("ALL",), per_file_ignores={"drafts/*.txt": ("L004",), "*.md": ("L",)})
    assert codes(DOC, config=config, path="drafts/roof.txt") == ["L002"]
    assert codes(DOC, config=config, path="final/roof.txt") == ["L004", "L002"]
    assert codes(DOC, config=config, path="notes/roof.md") == []
    assert codes(DOC, config=config) == ["L004", "L002"]


# --- suppression comments ----------------------------------------------------


def test_suppression_of_one_code_covers_the_next_paragraph_only() -> None:
    text = """# resolve: ignore L004
WHEREAS, the the roof leaks; and

WHEREAS, the the walls crack; now, therefore, be it

RESOLVED, That the Treasurer pay for the repairs.
"""
    found = check(text)
    assert [(d.code, d.span.start.line) for d in found] == [("L004", 4)]


def test_suppression_of_other_code_keeps_finding() -> None:
    text = "# resolve: ignore L002\n" + DOC
    assert "L004" in codes(text)


def test_suppression_without_codes_suppresses_all() -> None:
    text = """WHEREAS, the roof leaks; now, therefore, be it

<!-- resolve: ignore -->
RESOLVED, That the the Treasurer pay TBD this year.
"""
    assert codes(text) == []


def test_html_comment_suppression_with_codes() -> None:
    text = """WHEREAS, the roof leaks; now, therefore, be it

<!-- resolve: ignore L002, L005 -->
RESOLVED, That the the Treasurer pay TBD this year.
"""
    assert codes(text) == ["L004"]


# --- profiles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "profile"),
    [
        ("ronr-board.txt", "ronr"),
        ("asf-board.txt", "board"),
        ("model-un.txt", "un"),
        ("un-general-assembly.txt", "un"),
        ("us-concurrent.txt", "gpo"),
        ("us-house-simple.txt", "gpo"),
        ("us-no-preamble.txt", "gpo"),
        ("ue-79th-convention-international-solidarity.txt", "convention"),
    ],
)
def test_infer_profile(name: str, profile: str) -> None:
    assert infer_profile(resolve.parse(read(ROOT / "examples" / name))) == profile


def test_infer_profile_defaults_to_ronr() -> None:
    assert infer_profile(resolve.parse("Some words.\n")) == "ronr"
    assert infer_profile(resolve.parse("")) == "ronr"


def test_forced_profile_changes_rules() -> None:
    text = "Whereas, the roof leaks: Now, therefore, be it\nResolved, That the House act.\n"
    assert "P004" in codes(text, config=Config(profile="gpo"))
    assert "P004" not in codes(text, config=Config(profile="ronr"))


# --- fixes --------------------------------------------------------------------

MESSY = (
    "WHEREAS the Local has grown,  and\t \r\n"
    'WHEREAS, the “Buy America” rules and the "Buy Clean" rules apply; therefore, be it\n'
    "Resolved, that the Local  grow\u200b;"
)


def test_apply_fixes_applies_safe_fixes_only() -> None:
    config = Config(profile="ronr", select=("ALL",))
    found = check(MESSY, config=config)
    fixed = apply_fixes(MESSY, found, config=config)
    assert "\u200b" not in fixed
    assert "\t" not in fixed
    assert "Resolved, that" in fixed  # C007's fix is a matter of style: unsafe
    assert "Resolved, That" in apply_fixes(MESSY, found, config=config, unsafe_fixes=True)
    assert "“Buy Clean”" in fixed
    assert fixed.endswith("grow;\n")  # C005's fix is unsafe: the clause may go on
    unsafe = apply_fixes(MESSY, found, config=config, unsafe_fixes=True)
    assert unsafe.endswith("grow.\n") or unsafe.endswith("grow.\r\n")
    assert "  " not in fixed


@pytest.mark.parametrize("path", [*EXAMPLES, *CORPUS], ids=lambda p: p.name)
def test_fix_is_idempotent_on_real_documents(path: Path) -> None:
    text = read(path)
    once = apply_fixes(text, check(text))
    twice = apply_fixes(once, check(once))
    assert twice == once


def test_fix_is_idempotent_on_messy_text() -> None:
    for profile in ("auto", "ronr", "gpo", "un", "convention", "board"):
        config = Config(profile=profile)
        once = apply_fixes(MESSY, check(MESSY, config=config), config=config)
        again = check(once, config=config)
        assert apply_fixes(once, again, config=config) == once
        assert not [d for d in again if d.fix is not None and d.fix.safe]


def test_unsafe_fixes_are_not_applied() -> None:
    from resolve.diagnostics import Diagnostic, Edit, Fix

    diag = check(DOC)[0]
    unsafe = Diagnostic(
        diag.code, diag.severity, diag.message, diag.span, fix=Fix("x", (Edit(0, 7, "X"),), False)
    )
    assert apply_fixes(DOC, [unsafe]) == DOC


# --- real documents ----------------------------------------------------------------


@pytest.mark.parametrize("path", [*EXAMPLES, *CORPUS], ids=lambda p: p.name)
def test_no_errors_on_real_documents(path: Path) -> None:
    errors = [d for d in check(read(path)) if d.severity is Severity.ERROR]
    assert errors == [], [f"{d.span.start.line}: {d.code} {d.message}" for d in errors]


def test_ue_convention_findings() -> None:
    # L001 (bodies named by an undefined acronym) and L002 (relative dates) run by
    # default (docs/precision.md): a default run names KCTU and the relative dates.
    found = check(read(UE), config=Config(profile="convention"))
    assert not [d for d in found if d.severity is Severity.ERROR]
    messages = [d.message for d in found]
    assert any('"KCTU"' in m and d.code == "L001" for d, m in zip(found, messages, strict=True))
    relative = {d.message.split('"')[1] for d in found if d.code == "L002"}
    assert {"this month", "this year"} <= relative
    acronyms = {d.message.split('"')[1] for d in found if d.code == "L001"}
    assert not acronyms & {"UE", "FAT", "NAFTA", "USMCA", "ATM", "CUT", "U.S."}


# --- robustness -----------------------------------------------------------------

ADVERSARIAL = [
    "A" * 100_000,
    "(" * 50_000 + ")" * 50_000,
    "WHEREAS, " + "a " * 50_000,
    "the " * 25_000,
    "[" + "Name " * 20_000 + "]",
    "1. " * 30_000,
    "Ã" * 100_000,
    " " * 100_000 + "x",
    "\t" * 100_000,
    "AB-" * 30_000,
    "\u200b" * 50_000,
    ". " * 50_000,
    "RESOLVED, That " * 6_000,
    "x." * 50_000 + " A",
    '"' * 100_000,
    "_" * 100_000,
    "<insert " + "a" * 100_000,
    ("(" + "A" * 50) * 2000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input_is_safe(text: str) -> None:
    # Speed is measured in bench/ (and catastrophic backtracking in test_regex_safety);
    # here: no exception, every finding inside the text, and the fixes apply.
    doc = resolve.parse(text)
    for profile in ("ronr", "un", "convention"):
        found = check(doc, config=Config(profile=profile))
        assert all(0 <= d.span.start.offset <= d.span.end.offset <= len(text) for d in found)
        fixed = apply_fixes(text, found, config=Config(profile=profile))
        assert isinstance(fixed, str)


@pytest.mark.parametrize(
    "text",
    ["", "\n", "\r", "\ufeff", "# resolve: ignore\n", "WHEREAS,", "RESOLVED, That", "1.", "(a)"],
)
def test_never_raises_on_small_inputs(text: str) -> None:
    for profile in ("auto", "ronr", "gpo", "un", "convention", "board"):
        check(text, config=Config(profile=profile))
