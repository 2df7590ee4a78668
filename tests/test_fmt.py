"""The canonical-text writer (``resolve fmt``, ``--to text``): words kept, idempotent, safe."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolve
from resolve.formats._common import document_words, words
from resolve.formats.text import PROFILES, format_text, structure

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))
PROFILE_NAMES = [None, *sorted(p for p in PROFILES if p)]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# -- the word helper ---------------------------------------------------------------------


def test_words_ignores_punctuation_case_and_whitespace() -> None:
    assert words("RESOLVED, That the Board's\n  budget; and") == [
        "resolved", "that", "the", "board", "s", "budget", "and",
    ]  # fmt: skip
    assert words("WHEREAS,the  sky") == words("Whereas the sky")
    assert words("") == []
    assert words("— ; , .") == []


def test_words_detects_changes() -> None:
    assert words("the sky is blue") != words("the sky is green")
    assert words("the sky is blue") != words("the sky blue")
    assert words("a b") != words("b a")


def test_words_keep_unicode_letters_and_digits() -> None:
    assert words("Bjørn Wróblewski, $1,140 in 2024") == [
        "bjørn",
        "wróblewski",
        "1",
        "140",
        "in",
        "2024",
    ]


def test_document_words_leave_out_markers() -> None:
    a = resolve.parse("RESOLVED, That the board:\n    1. approves it;\n    2. files it.\n")
    b = resolve.parse("RESOLVED, That the board:\n    (a) approves it;\n    (b) files it.\n")
    assert document_words(a) == document_words(b)


# -- the examples -------------------------------------------------------------------------


def check_safe(source: str, profile: str | None) -> str:
    out = format_text(source, profile=profile)
    before, after = resolve.parse(source), resolve.parse(out)
    assert document_words(after) == document_words(before)
    assert structure(after) == structure(before)
    assert format_text(out, profile=profile) == out
    return out


@pytest.mark.parametrize("profile", PROFILE_NAMES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_keep_words_and_structure_and_are_idempotent(
    path: Path, profile: str | None
) -> None:
    check_safe(read(path), profile)


def test_fmt_normalises_whitespace_and_renumbers() -> None:
    src = (
        "WHEREAS,   the sky is\nblue ;and\n\n"
        "WHEREAS, the grass is green; now, therefore, be it\n\n"
        "RESOLVED, That the board:\n"
        "    3. approves the plan;\n"
        "    7. directs the staff.   \n"
    )
    out = format_text(src)
    assert "WHEREAS, the sky is blue; and\n" in out
    assert "    1. approves the plan;\n    2. directs the staff.\n" in out
    assert out.endswith("\n") and not any(line != line.rstrip() for line in out.splitlines())


def test_fmt_keeps_bullet_char_without_profile_and_normalises_with_one() -> None:
    src = "RESOLVED, That the dues be:\n    • one dollar;\n    • two dollars.\n"
    assert "    • one dollar;" in format_text(src)
    assert "    - one dollar;" in format_text(src, profile="ronr")


def test_profiles_change_casing_not_words() -> None:
    src = (
        "Whereas the sky is blue; and\n\n"
        "Whereas the grass is green; now, therefore, be it\n\n"
        "Resolved, that the board approves the plan; and be it further\n\n"
        "Resolved that the staff file it.\n"
    )
    ronr = format_text(src, profile="ronr")
    assert "WHEREAS, the sky is blue; and" in ronr
    assert "RESOLVED, That the board approves" in ronr
    gpo = format_text(src, profile="gpo")
    assert "Whereas the grass is green: Now, therefore, be it" in gpo
    assert "Resolved, That the staff" in gpo
    for out in (ronr, gpo):
        assert words(out) == words(src)


def test_unknown_profile_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown profile"):
        format_text("RESOLVED, That x.", profile="nope")


def test_verbatim_parts_keep_their_text() -> None:
    path = next(p for p in EXAMPLES if p.name == "city-council-sections.txt")
    out = format_text(read(path))
    assert "AYES:     Councilmembers Alvarez, Chen, Okada, Delgado\nNOES:     None" in out


def test_format_accepts_a_document_and_the_public_api_agrees() -> None:
    src = "WHEREAS the sky  is blue;\n\nRESOLVED, That we\nrejoice.\n"
    doc = resolve.parse(src)
    assert format_text(doc) == format_text(src) == resolve.format(src)


def test_unsafe_input_is_returned_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    from resolve.formats import text as text_mod

    src = "WHEREAS, the sky is blue; and\n\nWHEREAS, it is;\n\nRESOLVED, That we rejoice.\n"
    # A broken writer that drops connectors ("; and") would lose words: the input comes back.
    monkeypatch.setattr(text_mod, "join_connector", lambda body, conn: body)
    assert format_text(src) == src


def test_empty_input() -> None:
    assert format_text("") == ""


# -- properties ---------------------------------------------------------------------------

VOCAB = (
    "the board members library budget fund committee report annual city council support "
    "public service workers staff program members review plan policy state federal "
    "community health safety training access records meeting funding"
).split()

phrase = st.lists(st.sampled_from(VOCAB), min_size=3, max_size=14).map(" ".join)


@st.composite
def resolutions(draw: st.DrawFn) -> str:
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append("Resolution on the " + draw(phrase).title())
    n_rec = draw(st.integers(0, 4))
    opener = draw(st.sampled_from(["WHEREAS,", "Whereas", "WHEREAS"]))
    for i in range(n_rec):
        end = "; and" if i < n_rec - 1 else "; now, therefore, be it"
        parts.append(f"{opener} {draw(phrase)}{end}")
    n_cl = draw(st.integers(1, 4))
    for i in range(n_cl):
        lead = "RESOLVED, That" if i == 0 or draw(st.booleans()) else "RESOLVED, that"
        subs = draw(st.integers(0, 3)) if draw(st.booleans()) else 0
        end = "; and be it further" if i < n_cl - 1 else "."
        if subs:
            style = draw(st.sampled_from(["-", "1.", "(a)"]))
            lines = [f"{lead} the {draw(phrase)}:"]
            for j in range(subs):
                marker = {"-": "-", "1.": f"{j + 1}.", "(a)": f"({'abc'[j]})"}[style]
                sub_end = ";" if j < subs - 1 else end
                lines.append(f"    {marker} {draw(phrase)}{sub_end}")
            parts.append("\n".join(lines))
        else:
            parts.append(f"{lead} the {draw(phrase)}{end}")
    if draw(st.booleans()):
        parts.append("Adopted by the Board of Directors.")
    width = draw(st.sampled_from([0, 60, 72]))
    if width:
        parts = [p if "\n    " in p else "\n".join(textwrap.wrap(p, width)) for p in parts]
    return "\n\n".join(parts) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions(), st.sampled_from(PROFILE_NAMES))
def test_property_fmt_is_safe_and_idempotent(source: str, profile: str | None) -> None:
    check_safe(source, profile)
