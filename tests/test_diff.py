"""``resolve diff`` and ``resolve.diff``: amendments between two drafts.

The fixture cases live in ``tests/diff/<case>/``: ``old.*`` and ``new.*``
(``.txt`` or ``.md``), ``expected.txt`` (the plain text printed when piped),
``expected.json`` (``--output-format json``), and ``expected.stderr`` when
the command warns. The expected files were written by reading each pair and
deciding what a committee clerk would list, then checked against the tool;
``SOURCE.md`` records where a real pair came from and, where the tool lists
less than a clerk would, why.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resolve
from conftest import UE_EXAMPLE, CliResult, CliRunner, write
from resolve.differ import Amendment, DiffError, diff_documents, outside_changed
from resolve.markdown_source import parse_source

CASES_DIR = Path(__file__).parent / "diff"
CASES = sorted(p for p in CASES_DIR.iterdir() if p.is_dir())
SCHEMA = json.loads(
    (Path(resolve.__file__).parent / "diff-schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
UE = UE_EXAMPLE.read_text(encoding="utf-8")


def _pair(case: Path) -> tuple[Path, Path]:
    (old,) = case.glob("old.*")
    (new,) = case.glob("new.*")
    return old, new


def _stderr(case: Path) -> str:
    path = case / "expected.stderr"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _is_error(case: Path) -> bool:
    return _stderr(case).startswith("resolve: error:")


def _expected_code(case: Path) -> int:
    if _is_error(case):
        return 2
    text = (case / "expected.txt").read_text(encoding="utf-8")
    return 0 if text.startswith("No amendments: the drafts have the same words") else 1


# -- the fixture cases -------------------------------------------------------------


def test_every_case_is_complete() -> None:
    assert len(CASES) >= 17
    for case in CASES:
        old, new = _pair(case)
        assert old.suffix == new.suffix, case.name
        if _is_error(case):
            assert not (case / "expected.txt").exists(), case.name
            assert len(_stderr(case).splitlines()) == 1, case.name
        else:
            assert (case / "expected.txt").is_file(), case.name
            assert (case / "expected.json").is_file(), case.name


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_text(cli: CliRunner, case: Path) -> None:
    old, new = _pair(case)
    r = cli("diff", str(old), str(new))
    expected = case / "expected.txt"
    assert r.out == (expected.read_text(encoding="utf-8") if expected.exists() else "")
    assert r.err == _stderr(case)
    assert r.code == _expected_code(case)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_json(cli: CliRunner, case: Path) -> None:
    old, new = _pair(case)
    r = cli("diff", str(old), str(new), "--output-format", "json")
    if _is_error(case):
        assert (r.code, r.out, r.err) == (2, "", _stderr(case))
        return
    data = json.loads(r.out)
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert data == expected
    VALIDATOR.validate(data)
    assert r.code == (1 if data["amendments"] or data.get("outside_changed") else 0)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_library_matches_json(case: Path) -> None:
    old, new = _pair(case)
    md = old.suffix == ".md"
    a = parse_source(old.read_text(encoding="utf-8"), markdown=md)
    b = parse_source(new.read_text(encoding="utf-8"), markdown=md)
    if _is_error(case):
        with pytest.raises(DiffError):
            diff_documents(a, b)
        return
    got = [x.to_dict() for x in diff_documents(a, b)]
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert got == expected["amendments"]
    assert outside_changed(a, b) == expected.get("outside_changed", False)


def test_four_amendments_are_exactly_those_four() -> None:
    case = CASES_DIR / "convention-four-amendments"
    old, new = _pair(case)
    got = resolve.diff(old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8"))
    assert [(a.op, a.part, a.index, a.after) for a in got] == [
        ("strike-and-insert", "preamble", 2, None),
        ("strike-and-insert", "clauses", 1, None),
        ("strike", "clauses", 4, None),
        ("insert", "clauses", None, 5),
    ]
    assert got[1].sentence() == (
        "In clause 1, strike 'our solidarity' and insert 'our lasting solidarity'."
    )


@pytest.mark.parametrize(
    "name", ["convention-identical", "convention-crlf", "convention-rewrapped"]
)
def test_same_words_give_no_amendments(name: str) -> None:
    old, new = _pair(CASES_DIR / name)
    assert resolve.diff(old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8")) == []


def test_a_wrapped_title_is_not_an_amendment() -> None:
    # Found by the rewrap property: the parser reads only the title's first
    # line as the title when it wraps; the rest of the title is still the title.
    old = (
        "Resolution on The Council Report\n\nWHEREAS, the the the; now, therefore, be it\n\n"
        "RESOLVED, That this convention:\n\n- Affirms the the the;\n"
    )
    new = old.replace("The Council Report", "The Council\r\nReport").replace(
        "Affirms the", "Affirms zebra"
    )
    (a,) = resolve.diff(old, new)
    assert a.sentence() == "In clause 1, strike 'the' and insert 'zebra'."
    title_changed = new.replace("Council\r\nReport", "Council\r\nReports")
    assert resolve.diff(old, title_changed)[0].sentence() == (
        "In the title, strike 'Report' and insert 'Reports'."
    )


# -- the JSON schema -----------------------------------------------------------------


def test_schema_is_valid_and_names_every_field() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    fields = SCHEMA["$defs"]["amendment"]["properties"]
    sample = Amendment("strike", "clauses", 1, None, "x", None, resolution=2).to_dict()
    assert set(sample) <= set(fields)
    assert set(SCHEMA["$defs"]["amendment"]["required"]) == set(sample) - {"resolution"}
    assert set(fields["op"]["enum"]) == {"strike", "insert", "strike-and-insert", "move"}
    assert set(fields["part"]["enum"]) == {"title", "preamble", "formula", "clauses"}


def test_schema_rejects_what_the_contract_forbids() -> None:
    good = {"op": "insert", "part": "clauses", "index": None, "after": 5}
    good |= {"old": None, "new": "x", "sub": [], "label": ""}
    VALIDATOR.validate({"amendments": [good]})
    for bad in (
        {**good, "op": "replace"},
        {**good, "part": "trailer"},
        {**good, "old": "y"},  # an insert strikes nothing
        {**good, "index": 0},
        {k: v for k, v in good.items() if k != "after"},
        {**good, "extra": 1},
    ):
        with pytest.raises(jsonschema.ValidationError):
            VALIDATOR.validate({"amendments": [bad]})


def test_schema_ships_beside_the_document_schema() -> None:
    package = Path(resolve.__file__).parent
    assert (package / "schema.json").is_file() and (package / "diff-schema.json").is_file()


# -- the library function ----------------------------------------------------------


def test_diff_is_exported_and_survives_importing_the_module() -> None:
    import resolve.differ

    assert "diff" in resolve.__all__
    assert callable(resolve.diff)
    assert resolve.diff(UE, UE) == []
    assert resolve.diff(resolve.parse(UE), UE) == []


def test_diff_errors_are_value_errors() -> None:
    with pytest.raises(DiffError, match="no resolution found in NEW"):
        resolve.diff(UE, "Minutes of the picnic. We ate sandwiches.\n")
    two = "RESOLVED, That we look up.\n\n---\n\nRESOLVED, That we look down.\n"
    doc = resolve.parse(two)
    if len(doc.resolutions) == 2:
        with pytest.raises(ValueError, match="same number of resolutions"):
            resolve.diff(UE, doc)


def test_several_resolutions_are_numbered() -> None:
    book = (UE_EXAMPLE.parent / "resolution-book.txt").read_text(encoding="utf-8")
    assert len(resolve.parse(book).resolutions) == 4
    changed = book.replace("criminal penalties", "civil or criminal penalties", 1)
    assert changed != book
    (a,) = resolve.diff(book, changed)
    assert (a.resolution, a.op, a.part, a.index) == (2, "strike-and-insert", "clauses", 1)
    assert a.sentence() == (
        "In resolution 2: In clause 1, strike 'to criminal' and insert 'to civil or criminal'."
    )
    assert a.to_dict()["resolution"] == 2


# -- properties ----------------------------------------------------------------------

VOCAB = (
    "the council shall review annual budget members staff report park library "
    "water roads public safety program funds city county board plan each year "
    "local service support training schools health housing transit"
).split()
FRESH = "zebra quartz violet harbour lantern meadow".split()

_sentence = st.lists(st.sampled_from(VOCAB), min_size=3, max_size=14).map(" ".join)


@st.composite
def resolutions(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A convention-style resolution: (title, recital bodies, clause bodies)."""
    title = "Resolution on " + draw(_sentence).title()
    recitals = draw(st.lists(_sentence, min_size=1, max_size=5, unique=True))
    clauses = draw(st.lists(_sentence, min_size=1, max_size=7, unique=True))
    return title, recitals, clauses


def _text(title: str, recitals: list[str], clauses: list[str]) -> str:
    pre = [f"WHEREAS, {body}; and" for body in recitals[:-1]]
    pre.append(f"WHEREAS, {recitals[-1]}; now, therefore, be it")
    lines = [title, "", *[p + "\n" for p in pre], "RESOLVED, That this convention:", ""]
    lines += [f"- Affirms {body};" for body in clauses]
    return "\n".join(lines) + "\n"


def _rewrap(text: str, width: int, newline: str) -> str:
    out = []
    for line in text.split("\n"):
        indent = "  " if line.startswith("- ") else ""
        wrapped = textwrap.fill(
            line, width, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
        )
        out.append(wrapped or line)
    return "\n".join(out).replace("\n", newline)


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(resolutions())
def test_a_draft_against_itself_has_no_amendments(parts: tuple[str, list[str], list[str]]) -> None:
    text = _text(*parts)
    assert resolve.diff(text, text) == []


@PROPERTY
@given(resolutions(), st.integers(20, 100), st.sampled_from(["\n", "\r\n"]))
def test_rewrapping_is_not_an_amendment(
    parts: tuple[str, list[str], list[str]], width: int, newline: str
) -> None:
    text = _text(*parts)
    assert resolve.diff(text, _rewrap(text, width, newline)) == []


@PROPERTY
@given(resolutions(), st.data())
def test_inserting_a_clause_is_one_insert(
    parts: tuple[str, list[str], list[str]], data: st.DataObject
) -> None:
    title, recitals, clauses = parts
    if len(resolve.parse(_text(*parts)).resolutions[0].clauses) != len(clauses):
        return  # the parser reads this draft's clauses differently; not this test's subject
    at = data.draw(st.integers(0, len(clauses)))
    body = " ".join(data.draw(st.permutations(FRESH)))
    new = _text(title, recitals, [*clauses[:at], body, *clauses[at:]])
    (a,) = resolve.diff(_text(*parts), new)
    assert (a.op, a.part, a.index, a.after, a.old) == ("insert", "clauses", None, at, None)
    assert a.new == f"Affirms {body};"


@PROPERTY
@given(resolutions(), st.data(), st.integers(30, 90))
def test_one_changed_word_in_a_rewrapped_copy_is_one_amendment(
    parts: tuple[str, list[str], list[str]], data: st.DataObject, width: int
) -> None:
    title, recitals, clauses = parts
    k = data.draw(st.integers(0, len(clauses) - 1))
    words = clauses[k].split()
    w = data.draw(st.integers(0, len(words) - 1))
    changed = [*clauses[:k], " ".join([*words[:w], "zebra", *words[w + 1 :]]), *clauses[k + 1 :]]
    old = _text(*parts)
    if len(resolve.parse(old).resolutions[0].clauses) != len(clauses):
        return
    (a,) = resolve.diff(old, _rewrap(_text(title, recitals, changed), width, "\r\n"))
    assert (a.op, a.part, a.index) == ("strike-and-insert", "clauses", k + 1)
    assert a.new is not None and "zebra" in a.new


# -- the command line ----------------------------------------------------------------


def _four() -> tuple[str, str]:
    old, new = _pair(CASES_DIR / "convention-four-amendments")
    return str(old), str(new)


def test_exit_codes(cli: CliRunner, tmp_path: Path) -> None:
    same = cli("diff", str(UE_EXAMPLE), str(UE_EXAMPLE))
    assert same.code == 0 and same.out.startswith("No amendments")
    assert cli("diff", *_four()).code == 1
    missing = cli("diff", str(UE_EXAMPLE), str(tmp_path / "missing.txt"))
    assert missing.code == 2


def _one_line_error(r: CliResult) -> str:
    assert r.code == 2
    assert r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    return lines[0]


def test_missing_file_is_a_one_line_error(cli: CliRunner, tmp_path: Path) -> None:
    line = _one_line_error(cli("diff", str(tmp_path / "gone.txt"), str(UE_EXAMPLE)))
    assert "gone.txt" in line


def test_both_standard_input_is_rejected(cli: CliRunner) -> None:
    line = _one_line_error(cli("diff", "-", "-", stdin=UE.encode()))
    assert "both be standard input" in line


def test_no_resolution_is_an_error(cli: CliRunner, tmp_path: Path) -> None:
    prose = write(tmp_path / "minutes.txt", "Minutes of the picnic. We ate sandwiches.\n")
    line = _one_line_error(cli("diff", str(UE_EXAMPLE), str(prose)))
    assert "no resolution found in NEW" in line


@pytest.mark.parametrize("side", ["old", "new"])
def test_standard_input_for_either_side(cli: CliRunner, side: str) -> None:
    old, new = _four()
    source = Path(old if side == "old" else new).read_bytes()
    args = ("-", new) if side == "old" else (old, "-")
    r = cli("diff", *args, stdin=source)
    assert r.code == 1
    assert r.out == (CASES_DIR / "convention-four-amendments" / "expected.txt").read_text("utf-8")


def test_markdown_output(cli: CliRunner) -> None:
    r = cli("diff", *_four(), "--output-format", "markdown")
    assert r.code == 1
    lines = r.out.splitlines()
    assert lines[0] == "### 4 amendments"
    assert lines[2] == (
        "1. In the second recital, strike ~~UE encourages~~ and insert **UE strongly encourages**."
    )
    assert lines[4].startswith("3. Strike clause 4: ~~Condemns the murder")
    assert lines[5] == (
        "4. After clause 5, insert: **Calls on every local to hold an international "
        "solidarity meeting each year;**."
    )
    same = cli("diff", str(UE_EXAMPLE), str(UE_EXAMPLE), "--output-format", "markdown")
    assert same.code == 0 and same.out.startswith("**No amendments**")


def test_markdown_output_escapes_document_text(cli: CliRunner, tmp_path: Path) -> None:
    old = write(
        tmp_path / "a.txt", "WHEREAS, x; now, therefore, be it\n\nRESOLVED, That we *look* up.\n"
    )
    new = write(
        tmp_path / "b.txt", "WHEREAS, x; now, therefore, be it\n\nRESOLVED, That we _peer_ up.\n"
    )
    r = cli("diff", str(old), str(new), "--output-format", "markdown")
    assert "~~\\*look\\*~~ and insert **\\_peer\\_**" in r.out


def test_json_output_for_identical_drafts_is_the_bare_contract(cli: CliRunner) -> None:
    r = cli("diff", str(UE_EXAMPLE), str(UE_EXAMPLE), "--output-format", "json")
    assert (r.code, json.loads(r.out)) == (0, {"amendments": []})


def test_terminal_colours_struck_and_inserted_words(cli: CliRunner) -> None:
    r = cli("diff", *_four(), "--color", "always")
    assert r.code == 1
    plain = re.sub(r"\x1b\[[0-9;]*m", "", r.out)
    assert "In clause 1, strike our solidarity and insert our lasting solidarity." in " ".join(
        plain.split()
    )
    assert re.search(r"\x1b\[[0-9;]*9[;m][^\x1b]*our solidarity", r.out)  # struck: strikethrough
    assert re.search(r"\x1b\[[0-9;]*32m[^\x1b]*our lasting solidarity", r.out)  # inserted: green


def test_piped_text_has_no_escape_sequences(cli: CliRunner) -> None:
    r = cli("diff", *_four())
    assert "\x1b" not in r.out


def test_through_a_new_process(cli_subprocess: Any) -> None:
    old, new = _four()
    r = cli_subprocess("diff", old, "-", stdin=Path(new).read_bytes())
    assert r.code == 1
    assert r.out == (CASES_DIR / "convention-four-amendments" / "expected.txt").read_text("utf-8")


def test_docx_input(cli: CliRunner, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")

    def word(path: Path, text: str) -> Path:
        document: Any = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(path))
        return path

    old, new = _four()
    old_docx = word(tmp_path / "old.docx", Path(old).read_text(encoding="utf-8"))
    new_docx = word(tmp_path / "new.docx", Path(new).read_text(encoding="utf-8"))
    expected = (CASES_DIR / "convention-four-amendments" / "expected.json").read_text("utf-8")
    r = cli("diff", str(old_docx), str(new_docx), "--output-format", "json")
    assert r.code == 1
    assert json.loads(r.out) == json.loads(expected)
    # A .docx against the same draft as text: no amendments.
    assert cli("diff", str(old_docx), old).code == 0
