"""resolve show renderers and terminal-safe text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

import resolve
from resolve.render.console import make_console, want_color
from resolve.render.pretty import render_document
from resolve.render.safe import has_unsafe, safe_text
from resolve.render.tree import render_tree

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))
HOSTILE = (
    "Resolution on [Name of Local] [/b] [bold red]x[/] \x1b[2J\x1b]0;title\x07 \u202eevil\u202c\n"
    "\n"
    "WHEREAS, the [Employer] refused\u200b to bargain \x9b31m; and\n"
    "\n"
    "RESOLVED, That [red]Local [/red] 123 \x00 act.\n"
)


def render(renderable: object, width: int = 100, color: bool = False) -> str:
    buf = io.StringIO()
    console = make_console(buf, "always" if color else "never", width=width)
    console.print(renderable)
    return buf.getvalue()


def test_safe_text() -> None:
    assert safe_text("a\x1b[31mb") == "a␛[31mb"
    assert safe_text("\x00\x07\x7f") == "␀␇␡"
    assert safe_text("x\x9by") == "x\\x9by"
    assert safe_text("\u202eab\u202c") == "<U+202E>ab<U+202C>"
    assert safe_text("zero\u200bwidth\ufeff") == "zero<U+200B>width<U+FEFF>"
    assert safe_text("a\r\nb\tc\rd") == "a\nb\tc␍d"
    assert safe_text("a\nb\tc", single_line=True) == "a␊b␉c"
    assert safe_text("[bold]é 決議 “x”[/]") == "[bold]é 決議 “x”[/]"
    assert has_unsafe("\x1b") and not has_unsafe("plain\ttext\n")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_pretty_renders_every_example(path: Path) -> None:
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    out = render(render_document(doc, name=path.name))
    for resolution in doc.resolutions:
        if resolution.preamble:
            assert "Preamble" in out and "1. [" in out
        if resolution.enacting_formula is not None:
            assert "enacting formula" in out
        if resolution.clauses:
            assert "Clauses" in out
    assert not any(line.endswith(" ") for line in out.splitlines())
    assert "\x1b" not in out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_tree_renders_every_example(path: Path) -> None:
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    out = render(render_tree(doc, name=path.name), width=200)
    assert out.startswith("Document")
    assert out.count("Resolution ") >= len(doc.resolutions)
    assert out.count("Clause ") == sum(1 for r in doc.resolutions for _ in r.all_clauses()) + sum(
        len(rc.items) for r in doc.resolutions for rc in r.preamble
    )


def test_pretty_shows_recital_kinds_verbs_and_nesting() -> None:
    path = next(p for p in EXAMPLES if p.name == "model-un.txt")
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    out = render(render_document(doc), width=200)
    assert "1. [phrase] Recognizing that" in out
    assert "[organ]" in out
    lines = out.splitlines()
    top = next(line for line in lines if "Encourages" in line)
    sub = next(line for line in lines if line.lstrip().startswith("(a)"))
    assert len(sub) - len(sub.lstrip()) > len(top) - len(top.lstrip())
    colored = render(render_document(doc), width=200, color=True)
    assert "\x1b[1;4mCalls upon\x1b[0m" in colored  # bold underline verb


@pytest.mark.parametrize("tree", [False, True])
def test_hostile_text_is_literal_and_inert(tree: bool) -> None:
    doc = resolve.parse(HOSTILE)
    renderable = render_tree(doc) if tree else render_document(doc)
    for color in (False, True):
        out = render(renderable, width=300, color=color)
        assert "[Name of Local] [/b] [bold red]x[/]" in out
        assert "[red]Local [/red] 123" in out
        assert "␛[2J" in out and "␛]0;title␇" in out and "<U+202E>evil" in out
        assert "\\x9b31m" in out and "<U+200B>" in out and "␀" in out
        assert "\x1b[2J" not in out and "\x1b]0" not in out and "\x07" not in out
        assert "\u202e" not in out and "\x9b" not in out and "\x00" not in out


def test_field_lines_show_key_and_value_once() -> None:
    doc = resolve.parse(
        "Resolution Number: 12\nStatus:\nSubmitted by: Local 7\n\n"
        "WHEREAS, the fund is low; now, therefore, be it\n\nRESOLVED, That we act.\n"
    )
    lines = render(render_document(doc)).splitlines()
    assert "Status:" in lines  # an empty field: its key alone, not "Status: Status:"
    assert "Submitted by: Local 7" in lines


def test_no_resolution_message() -> None:
    out = render(render_document(resolve.parse(""), name="empty.txt"))
    assert "empty.txt: no resolution found" in out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("mode", "env", "tty", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": ""}, True, True),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),
        ("auto", {"TERM": "dumb"}, True, False),
    ],
)
def test_want_color(mode: str, env: dict[str, str], tty: bool, expected: bool) -> None:
    stream = _Tty() if tty else io.StringIO()
    assert want_color(mode, stream, env) is expected


def test_console_without_color_is_plain() -> None:
    buf = io.StringIO()
    console: Console = make_console(buf, "auto", environ={"FORCE_COLOR": ""})
    from rich.text import Text

    console.print(Text("bold", style="bold red"))
    assert buf.getvalue() == "bold\n"
