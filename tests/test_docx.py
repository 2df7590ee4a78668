"""Word drafts and PDFs as input (issue 13): .docx read by paragraph with its list
numbering, never written; a PDF gets a message saying how to extract its text."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from resolve.cli import run
from resolve.io import InputError, read_text

docx = pytest.importorskip("docx")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_LIST = (
    f'<w:abstractNum {_W} w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/></w:lvl>'
    "</w:abstractNum>"
)
_NUM = f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _word(path: Path, paragraphs: list[tuple[str, str | None, int | None]]) -> Path:
    """A .docx with (text, style, list level) paragraphs, built with python-docx.

    A paragraph with a list level is numbered by a two-level list ("1.", then
    "(a)") added to the document's numbering part, as Word writes one.
    """
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document: Any = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_LIST))
    numbering.append(parse_xml(_NUM))
    for text, style, level in paragraphs:
        paragraph = document.add_paragraph(text, style=style)
        if level is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().set(qn("w:val"), str(level))
            num_pr.get_or_add_numId().set(qn("w:val"), "90")
    document.save(str(path))
    return path


DRAFT: list[tuple[str, str | None, int | None]] = [
    ("RESOLUTION ON PARKS", None, None),
    ("", None, None),
    ("WHEREAS, the parks are  green; and", None, None),
    ("WHEREAS, the city has parks; now, therefore, be it", None, None),
    ("", None, None),
    ("RESOLVED, That the council shall:", None, None),
    ("keep the parks open;", "List Number", None),
    ("water the trees; and", "List Number", None),
    ("report yearly.", "List Number", None),
]


def test_paragraphs_are_lines_and_numbering_is_written_out(tmp_path: Path) -> None:
    path = _word(tmp_path / "draft.docx", DRAFT)
    decoded = read_text(path)
    assert decoded.text.splitlines() == [
        "RESOLUTION ON PARKS",
        "",
        "WHEREAS, the parks are  green; and",
        "WHEREAS, the city has parks; now, therefore, be it",
        "",
        "RESOLVED, That the council shall:",
        "1. keep the parks open;",
        "2. water the trees; and",
        "3. report yearly.",
    ]
    assert decoded.stamp is not None and decoded.stamp.readonly_reason is not None


def test_nested_list_levels_are_indented_and_restart(tmp_path: Path) -> None:
    path = _word(
        tmp_path / "nested.docx",
        [
            ("RESOLVED, That the council shall:", None, None),
            ("keep the parks open:", None, 0),
            ("by day; and", None, 1),
            ("by night;", None, 1),
            ("report yearly:", None, 0),
            ("in writing.", None, 1),
        ],
    )
    assert read_text(path).text.splitlines() == [
        "RESOLVED, That the council shall:",
        "1. keep the parks open:",
        "    (a) by day; and",
        "    (b) by night;",
        "2. report yearly:",
        "    (a) in writing.",
    ]


def test_check_reports_by_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _word(tmp_path / "draft.docx", DRAFT)
    code = run(["check", "--output-format", "json", str(path)])
    out = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    spaces = [d for d in out if d["code"] == "H007"]
    assert spaces and spaces[0]["span"]["start"]["line"] == 3  # the third paragraph


def test_show_and_convert_read_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _word(tmp_path / "draft.docx", DRAFT)
    assert run(["convert", "--to", "json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    clauses = data["resolutions"][0]["clauses"]
    markers = [c["marker"] for c in clauses] + [
        s["marker"] for c in clauses for s in c["subclauses"]
    ]
    assert ["1.", "2.", "3."] == [m for m in markers if m]
    assert run(["show", str(path)]) == 0
    assert "report yearly" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["fmt"], ["fmt", "--check"], ["check", "--fix"]], ids=" ".join)
def test_word_is_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    path = _word(tmp_path / "draft.docx", DRAFT)
    before = path.read_bytes()
    assert run([*args, str(path)]) == 2
    err = capsys.readouterr().err
    assert "Word document" in err and "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


def test_without_python_docx_the_message_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _word(tmp_path / "draft.docx", DRAFT)
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    with pytest.raises(InputError, match=r"needs python-docx: pip install '.+\[docx\]'"):
        read_text(path)
    assert run(["check", str(path)]) == 2
    assert "[docx]" in capsys.readouterr().err


def test_damaged_word_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not a readable Word document" in err and "Traceback" not in err


def test_pdf_says_how_to_extract_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "minutes.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    for command in ("check", "show", "fmt"):
        assert run([command, str(path)]) == 2
        err = capsys.readouterr().err
        assert "pdftotext -layout" in err and "binary" not in err
