"""``resolve fmt``: fixes what is wrong, keeps every word, marker, line break, line
ending and Markdown mark, and touches only resolutions."""

from __future__ import annotations

import dataclasses
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolve
from resolve.cli import run
from resolve.formats._common import document_words, words
from resolve.formats.fmt import NO_RESOLUTION, format_document, format_source, format_text
from resolve.formats.text import PROFILES, structure
from resolve.markdown_source import parse_markdown

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
FIXTURES = Path(__file__).parent / "fixtures" / "fmt"
PROFILE_NAMES = [None, *sorted(p for p in PROFILES if p)]
_EOL = re.compile(r"\r\n|\r|\n")


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def endings(text: str) -> list[str]:
    return _EOL.findall(text)


def check_safe(
    source: str, profile: str | None = None, wrap: int | str = "keep", markdown: bool = False
) -> str:
    """fmt's promises on ``source``: same words (markers included), same structure
    and markers, a fixed point; with ``wrap="keep"`` the same line endings, line by line."""
    out = format_text(source, profile=profile, wrap=wrap, markdown=markdown)  # type: ignore[arg-type]
    parse = parse_markdown if markdown else resolve.parse
    before, after = parse(source), parse(out)
    assert words(after.source) == words(before.source)
    assert structure(after) == structure(before)
    assert format_text(out, profile=profile, wrap=wrap, markdown=markdown) == out  # type: ignore[arg-type]
    if wrap == "keep":
        assert endings(out) == endings(source)
    assert out.endswith(("\n", "\r")) == source.endswith(("\n", "\r"))
    return out


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
    assert words("a b") != words("b a")


def test_markers_are_words() -> None:
    """The safety check compares the words of the whole text: a renumbered
    marker is a changed word."""
    a = "RESOLVED, That the board:\n    1. approves it;\n    2. files it.\n"
    b = "RESOLVED, That the board:\n    1. approves it;\n    3. files it.\n"
    assert words(a) != words(b)
    assert document_words(resolve.parse(a)) == document_words(resolve.parse(b))


# -- tidy text is left alone ----------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_change_at_most_their_trailing_blanks(path: Path) -> None:
    source = read(path)
    out = format_text(source)
    assert out.splitlines() == [line.rstrip() for line in source.splitlines()]


def test_tidy_examples_are_already_formatted() -> None:
    """Only us-house-simple.txt changes: its GPO heading has trailing blanks."""
    changed = [p.name for p in EXAMPLES if format_text(read(p)) != read(p)]
    assert changed == ["us-house-simple.txt"]


@pytest.mark.parametrize("wrap", ["keep", "none", 60])
@pytest.mark.parametrize("profile", PROFILE_NAMES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_keep_words_markers_structure_and_are_stable(
    path: Path, profile: str | None, wrap: int | str
) -> None:
    check_safe(read(path), profile, wrap)


# -- what fmt fixes --------------------------------------------------------------------------


def test_fixes_spacing_and_keeps_the_hard_wrap() -> None:
    src = (
        "WHEREAS, the sky  is\nblue ;and\n\n"
        "WHEREAS, the grass is green; now, therefore, be it\n\n"
        "RESOLVED, That the board:\n"
        "    3. approves the plan;\n"
        "    7. directs the staff.   \n"
    )
    out = check_safe(src)
    assert out == (
        "WHEREAS, the sky is\nblue; and\n\n"
        "WHEREAS, the grass is green; now, therefore, be it\n\n"
        "RESOLVED, That the board:\n"
        "    3. approves the plan;\n"
        "    7. directs the staff.\n"
    )


def test_never_renumbers_and_keeps_bullets() -> None:
    src = "RESOLVED, That the dues be:\n    • one dollar;\n    * two dollars;\n    9) three.\n"
    for profile in PROFILE_NAMES:
        out = check_safe(src, profile)
        assert "• one dollar" in out and "* two dollars" in out and "9) three." in out


def test_un_sub_paragraphs_keep_their_letters_and_the_paragraph_numbers() -> None:
    """fmt once renumbered a UN text's (a)–(i) as "8."–"14.": markers are words."""
    src = (
        "The General Assembly,\n\n"
        "Recalling its resolution 79/1,\n\n"
        "7. Calls upon States:\n"
        "(a) To ratify the Convention;\n"
        "(b) To report on it;\n"
        "(c) To cooperate;\n\n"
        "8. Decides to remain seized of the matter.\n"
    )
    for profile in PROFILE_NAMES:
        out = check_safe(src, profile)
        markers = re.findall(r"^(\(\w\)|\d+\.)", out, re.M)
        assert markers == ["7.", "(a)", "(b)", "(c)", "8."]


def test_profiles_change_casing_and_connectors_not_words() -> None:
    src = (
        "Whereas the sky is blue; and\n\n"
        "Whereas the grass is green; now, therefore, be it\n\n"
        "Resolved, that the board approves the plan; and be it further\n\n"
        "Resolved that the staff file it.\n"
    )
    ronr = check_safe(src, "ronr")
    assert "WHEREAS, the sky is blue; and" in ronr
    assert "RESOLVED, That the board approves" in ronr
    gpo = check_safe(src, "gpo")
    assert "Whereas the grass is green: Now, therefore, be it" in gpo
    assert "Resolved, That the staff" in gpo


def test_fmt_styles_are_derived_from_the_rules_profiles() -> None:
    from resolve.formats._text_style import Style
    from resolve.profiles import PROFILES as RULE_PROFILES

    assert set(PROFILES) - {None} == set(RULE_PROFILES)
    for name, profile in RULE_PROFILES.items():
        style = PROFILES[name]
        assert style == Style.from_profile(profile)
        assert style.that_case == profile.resolved_that
        if profile.whereas_comma is not None:
            assert style.whereas_sep == ("," if profile.whereas_comma else "")


def test_unknown_profile_and_bad_width_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown profile"):
        format_text("RESOLVED, That x.", profile="nope")
    with pytest.raises(ValueError, match="too small"):
        format_text("RESOLVED, That x.", wrap=5)
    with pytest.raises(ValueError, match="wrap must be"):
        format_text("RESOLVED, That x.", wrap="72")  # type: ignore[arg-type]


def test_format_accepts_a_document_and_the_public_api_agrees() -> None:
    src = "WHEREAS the sky  is blue;\n\nRESOLVED, That we\nrejoice.\n"
    doc = resolve.parse(src)
    assert format_text(doc) == format_text(src) == resolve.format(src)
    assert resolve.format(src) == "WHEREAS the sky is blue;\n\nRESOLVED, That we\nrejoice.\n"


def test_unsafe_output_is_refused_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from resolve.formats import text as text_mod

    src = "WHEREAS, the sky is blue ; and\n\nRESOLVED, That we rejoice.\n"
    # A broken writer that drops connectors would lose words: the input comes back.
    monkeypatch.setattr(text_mod, "join_connector", lambda body, conn: body)
    result = format_source(src)
    assert result.text == src
    assert any("change its words" in n for n in result.notes)


def test_a_doubtful_reading_is_left_as_is_with_a_note() -> None:
    src = "WHEREAS, the sky  is blue;\n\nRESOLVED, That we rejoice .\n"
    doc = resolve.parse(src)
    res = dataclasses.replace(doc.resolutions[0], doubts=("most lines untyped",))
    result = format_document(dataclasses.replace(doc, resolutions=(res,)))
    assert result.text == src
    assert result.notes == (
        "the resolution left as is: read with low confidence (most lines untyped)",
    )


@pytest.mark.parametrize(
    "path",
    [FIXTURES / "letter.txt", FIXTURES / "CHANGELOG.md", ROOT / "README.md"],
    ids=lambda p: p.name,
)
def test_text_with_no_resolution_comes_back_byte_for_byte(path: Path) -> None:
    source = read(path)
    # fmt reads a .md file as Markdown (code blocks are not prose); others both ways.
    for markdown in (True,) if path.suffix == ".md" else (False, True):
        for wrap in ("keep", "none", 40):
            assert format_text(source, markdown=markdown, wrap=wrap) == source  # type: ignore[arg-type]
    if path.name != "README.md":
        assert format_source(source).notes == (NO_RESOLUTION,)


def test_empty_input() -> None:
    assert format_text("") == ""
    assert format_source("").notes == (NO_RESOLUTION,)


# -- line endings, final newline ---------------------------------------------------------------


MESSY = "WHEREAS, the sky  is\nblue ;and\n\nWHEREAS, it is;  now, therefore, be it\n\nRESOLVED, That we  rejoice.\n"


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n"])
@pytest.mark.parametrize("final", [True, False])
def test_line_endings_and_final_newline_are_kept(eol: str, final: bool) -> None:
    src = MESSY.replace("\n", eol)
    if not final:
        src = src.rstrip(eol)
    out = check_safe(src)
    assert out.endswith(eol) == final
    if eol != "\r":  # the parser reads CR-only text as one paragraph: fmt keeps it safe
        assert out == format_text(MESSY).replace("\n", eol)[: len(out)] != src


def test_mixed_line_endings_are_kept_line_by_line() -> None:
    lines = MESSY.split("\n")
    eols = ["\r\n", "\n", "\r", "\n", "\r\n", "\r\n", "\n"]
    src = "".join(line + eol for line, eol in zip(lines, eols, strict=False))
    out = check_safe(src)
    assert endings(out) == endings(src)


# -- wrapping ---------------------------------------------------------------------------------


def test_wrap_none_unwraps_each_paragraph() -> None:
    src = "WHEREAS, the sky is\nblue and the grass\nis green; now, therefore, be it\n\nRESOLVED, That we\nlook up.\n"
    out = check_safe(src, wrap="none")
    assert out == (
        "WHEREAS, the sky is blue and the grass is green; now, therefore, be it\n\n"
        "RESOLVED, That we look up.\n"
    )


def test_wrap_width_rewraps_paragraphs_and_keeps_crlf() -> None:
    body = " ".join(["the board reviews the budget"] * 8)
    src = f"WHEREAS, {body}; now, therefore, be it\r\n\r\nRESOLVED, That {body}.\r\n"
    out = check_safe(src, wrap=40)
    assert all(len(line) <= 40 for line in out.split("\r\n"))
    assert "\n" not in out.replace("\r\n", "")
    assert check_safe(out, wrap="none") == src


# -- Markdown ----------------------------------------------------------------------------------

MARKDOWN = """---
title: Resolution on   Peace
---
# Resolution on **Peace**

**WHEREAS**, the [union](https://example.org/a_b) is _strong_ and
its members  care _deeply_  ;and

> **WHEREAS**, the members asked for it; now, therefore, be it

**RESOLVED**, That the union:

1. urges the  board to act;
2. calls for *more*  .

```text
WHEREAS   code  ;and is never touched
```
"""


def test_markdown_keeps_every_mark_and_fixes_only_the_text() -> None:
    out = check_safe(MARKDOWN, markdown=True)
    assert out == MARKDOWN.replace(
        "members  care _deeply_  ;and", "members care _deeply_; and"
    ).replace("the  board", "the board").replace("*more*  .", "*more*.")
    for wrap in ("none", 30):
        again = check_safe(MARKDOWN, wrap=wrap, markdown=True)
        for mark in (
            "**WHEREAS**,",
            "# Resolution on **Peace**",
            "_strong_",
            "*more*",
            "> **WHEREAS**",
        ):
            assert mark in again
        assert again.startswith("---\ntitle: Resolution on   Peace\n---\n")
        assert "```text\nWHEREAS   code  ;and is never touched\n```\n" in again


def test_markdown_spans_point_into_the_original() -> None:
    doc = parse_markdown(MARKDOWN)
    res = doc.resolutions[0]
    # A part's span takes in the marks around its first and last words.
    assert res.preamble[0].text.startswith("**WHEREAS**, the [union]")
    assert res.heading.text == "Resolution on **Peace**"
    assert res.preamble[0].opener == "WHEREAS"
    assert res.heading is not None and res.heading.title == "Resolution on Peace"
    assert [c.marker for c in res.clauses[0].subclauses] == ["1.", "2."]
    for node in [res, *res.children()]:
        assert node.text == MARKDOWN[node.span.start.offset : node.span.end.offset]


def test_convert_to_markdown_does_not_escape_markdown_marks() -> None:
    out = resolve.convert(MARKDOWN, "markdown", markdown=True)
    assert "\\*" not in out and "\\_" not in out
    assert "**WHEREAS**, the union is strong" in out


def test_fmt_output_on_markdown_passes_check_with_no_fixable_finding() -> None:
    out = format_text(MARKDOWN, markdown=True)
    assert out != MARKDOWN
    found = resolve.check(parse_markdown(out))
    assert [d.code for d in found if d.fix is not None and d.fix.safe] == []
    # The same draft before fmt has findings that fmt fixes.
    before = resolve.check(parse_markdown(MARKDOWN))
    assert any(d.fix is not None and d.fix.safe for d in before)


# -- the command line -------------------------------------------------------------------------


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(args)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_cli_keeps_bom_crlf_and_missing_final_newline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    src = MESSY.replace("\n", "\r\n").rstrip("\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + src.encode("utf-8"))
    code, _, err = _run(["fmt", str(path)], capsys)
    assert code == 0 and "1 file(s) reformatted" in err
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.endswith(b"\n")
    assert data[3:].decode() == format_text(src)
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_cli_wrap_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "WHEREAS, the sky is\nblue; now, therefore, be it\n\nRESOLVED, That we look up.\n"
    )
    code, _, _ = _run(["fmt", "--wrap", "none", str(path)], capsys)
    assert code == 0
    assert path.read_text().startswith("WHEREAS, the sky is blue; now, therefore, be it\n")
    code, _, err = _run(["fmt", "--wrap", "7", str(path)], capsys)
    assert code == 2 and "--wrap" in err and err.count("\n") == 1


def test_cli_leaves_files_without_a_resolution_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("letter.txt", "CHANGELOG.md"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    readme = tmp_path / "README.md"
    readme.write_bytes((ROOT / "README.md").read_bytes())
    code, out, err = _run(["fmt", "--check", str(tmp_path)], capsys)
    assert code == 0 and "Would reformat" not in out
    assert "letter.txt: no resolution found" in err
    code, _, _ = _run(["fmt", str(tmp_path)], capsys)
    assert code == 0
    for name in ("letter.txt", "CHANGELOG.md"):
        assert (tmp_path / name).read_bytes() == (FIXTURES / name).read_bytes()
    assert readme.read_bytes() == (ROOT / "README.md").read_bytes()


def test_cli_formats_markdown_as_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(MARKDOWN)
    code, _, _ = _run(["fmt", str(path)], capsys)
    assert code == 0
    assert path.read_text() == format_text(MARKDOWN, markdown=True)
    assert "**WHEREAS**, the [union]" in path.read_text()


# -- properties ---------------------------------------------------------------------------------

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
        end = (
            draw(st.sampled_from(["; and", " ;and", ";  and"]))
            if i < n_rec - 1
            else "; now, therefore, be it"
        )
        parts.append(f"{opener} {draw(phrase)}{end}")
    n_cl = draw(st.integers(1, 4))
    for i in range(n_cl):
        lead = "RESOLVED, That" if i == 0 or draw(st.booleans()) else "RESOLVED, that"
        subs = draw(st.integers(0, 3)) if draw(st.booleans()) else 0
        end = "; and be it further" if i < n_cl - 1 else "."
        if subs:
            style = draw(st.sampled_from(["-", "1.", "(a)"]))
            start = draw(st.integers(1, 3))
            lines = [f"{lead} the {draw(phrase)}:"]
            for j in range(subs):
                marker = {"-": "-", "1.": f"{j + start}.", "(a)": f"({'abcdef'[j + start]})"}[style]
                sub_end = ";" if j < subs - 1 else end
                lines.append(f"    {marker} {draw(phrase)}{sub_end}")
            parts.append("\n".join(lines))
        else:
            parts.append(f"{lead} the {draw(phrase)}{end}")
    if draw(st.booleans()):
        parts.append("Adopted by the Board of Directors.")
    width = draw(st.sampled_from([0, 40, 72]))
    if width:
        parts = [p if "\n    " in p else "\n".join(textwrap.wrap(p, width)) for p in parts]
    return "\n\n".join(parts) + "\n"


@st.composite
def with_endings(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    eols = draw(
        st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(lines), max_size=len(lines))
    )
    out = "".join(line + eol for line, eol in zip(lines[:-1], eols, strict=False))
    return out if draw(st.booleans()) else out.rstrip("\r\n")


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(resolutions().flatmap(with_endings), st.sampled_from(PROFILE_NAMES))
def test_property_keeps_words_markers_endings_and_is_stable(
    source: str, profile: str | None
) -> None:
    check_safe(source, profile)


@SETTINGS
@given(resolutions(), st.sampled_from(["none", 30, 50, 79]))
def test_property_wrap_keeps_words_and_structure(source: str, wrap: int | str) -> None:
    out = check_safe(source, wrap=wrap)
    if format_source(source, wrap=wrap).notes:  # type: ignore[arg-type]
        return  # not shown safe (the parser would read the rewrapped text otherwise): kept
    if isinstance(wrap, int):
        over = [
            line
            for line in out.splitlines()
            if len(line) > wrap and not line.startswith(("Resolution on", "Adopted"))
        ]
        # A line stays long only where no break is allowed (before a marker-like or capitalised word).
        for line in over:
            assert not re.search(r"(?<=[^\s;:.]) (?=[a-z])", line[: wrap + 1])


@SETTINGS
@given(resolutions(), st.sampled_from(["**", "_", "*"]), st.booleans())
def test_property_markdown_marks_survive(source: str, mark: str, heading: bool) -> None:
    md = re.sub(r"\b(WHEREAS|Whereas|RESOLVED)\b", lambda m: f"{mark}{m.group()}{mark}", source)
    if heading:
        md = "# A resolution\n\n" + md
    out = check_safe(md, markdown=True)
    assert out.count(mark) == md.count(mark)
    assert out.startswith("# A resolution\n") == heading


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ;,.\n\r\t-1(WHEREAS)*_#>`")), max_size=200))
def test_property_any_text_is_kept_safe(source: str) -> None:
    for markdown in (False, True):
        result = format_source(source, markdown=markdown)
        if result.changed:
            check_safe(source, markdown=markdown)


def test_marks_typed_in_plain_text_are_kept() -> None:
    """Seen on a real written consent: ``**WHEREAS**`` in a .txt file. fmt may only
    change connector punctuation, never drop a ``*``, ``_`` or quote."""
    src = "**WHEREAS** the sky is blue ;and\n\n**WHEREAS** it is; now, therefore, be it\n\nRESOLVED, That we act.\n"
    out = check_safe(src)
    assert out == src.replace(" ;and", "; and")
    for profile in PROFILE_NAMES:
        assert check_safe(src, profile).count("**") == 4


def test_two_spaces_throughout_are_the_documents_style() -> None:
    """Justified text (a legislature's PDF) has two spaces in many word gaps: kept.
    One stray doubled space in ordinary text is fixed."""
    justified = (
        "WHEREAS,  the  State  of  New  York  honors  its  veterans; and\n\n"
        "RESOLVED,  That  this  Body  pause  in  its  deliberations.\n"
    )
    assert format_text(justified) == justified
    assert format_text("WHEREAS, the sky  is blue; and\n\nRESOLVED, That we act.\n") == (
        "WHEREAS, the sky is blue; and\n\nRESOLVED, That we act.\n"
    )


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_cli_keeps_encoding_and_bom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, bom: bytes, eol: str
) -> None:
    src = MESSY.replace("\n", eol).replace("the sky", "the Café sky")
    path = tmp_path / "a.txt"
    path.write_bytes(bom + src.encode(encoding))
    code, _, err = _run(["fmt", str(path)], capsys)
    assert code == 0, err
    data = path.read_bytes()
    assert data.startswith(bom)
    assert data[len(bom) :].decode(encoding) == format_text(src)
    assert format_text(src) != src and endings(format_text(src)) == endings(src)


def test_a_rewrap_that_would_change_the_reading_is_refused_with_a_note() -> None:
    """Found by the wrap property: broken at 30 columns, the lead-in line before a
    list reads differently. fmt keeps the text and says why."""
    src = (
        "RESOLVED, That the the the board the the the board members the the board "
        "committee:\n    - the the the.\n"
    )
    result = format_source(src, wrap=30)
    assert result.text == src
    assert result.notes == ("the formatted text would parse to a different structure or markers",)


def test_markdown_trailing_blanks_are_fixed_but_hard_breaks_and_code_kept() -> None:
    src = (
        "**WHEREAS**, the sky is blue; and \n"
        "**WHEREAS**, it is;  \n"
        "now, therefore, be it\n\n"
        "**RESOLVED**, That we act.\t\n\n"
        "```\ncode   \n```\n"
    )
    out = check_safe(src, markdown=True)
    assert out == src.replace("; and \n", "; and\n").replace("act.\t\n", "act.\n")


def test_fmt_never_writes_the_parsers_ocr_repairs_back() -> None:
    """The parser reads damaged keywords repaired (resolve.parsing.ocr); the
    document's own letters stay as they are in fmt's output."""
    text = (
        "WHEREAS, the library closes at five; and\n\nWHF,RF,AS, the students  work late ;and\n\n"
        "WHEREAS, other towns keep libraries open;\n\n"
        "NOW, THEREFORE, RE IT RESOLVEV RY THE TOWN COUNCIL: That the library stay open.\n"
    )
    assert len(resolve.parse(text).resolutions[0].preamble) == 3
    out = resolve.format(text)
    for damaged in ("WHF,RF,AS,", "RE IT RESOLVEV RY"):
        assert damaged in out
