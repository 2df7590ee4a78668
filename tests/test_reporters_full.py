"""The full reporter writes its text itself: byte for byte what Rich printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import rich.cells
import rich.text

import resolve
from resolve.render.console import make_console
from resolve.reporters import FileResult, Report, get_reporter
from resolve.reporters.full import Text, _render_finding, cell_len

ROOT = Path(__file__).parent.parent
SOURCES = {
    **{p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))},
    "wide": "WHEREAS, 決議 𝔘nicode ｆｕｌｌ e\u0301 👍🏽 x\tTAB  ; and\nRESOLVED, That a\u200bb \u202ec.\n",
    "controls": "WHEREAS, \x1b[31mred\x1b[0m \x00\x07 [bold]x[/bold]\r\nRESOLVED, That \x85q\u2028r.\n",
    "long": "WHEREAS, " + "x" * 300 + " target " + "y" * 300 + " (open\nRESOLVED, That.\n",
    "spaces": "WHEREAS,    a   b  \n\n\n\nRESOLVED,  That   c  .   \n",
}


def rich_print(text: Text, color: bool) -> str:
    """What the reporter printed through Rich before: the same pieces, one console.print."""
    buffer = io.StringIO()
    console = make_console(buffer, "always" if color else "never", width=100)
    styled = rich.text.Text()
    for piece, style in text.parts:
        styled.append(piece, style=style)
    console.print(styled, soft_wrap=True)
    return buffer.getvalue()


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
@pytest.mark.parametrize("name", sorted(SOURCES))
def test_findings_render_as_rich_did(
    name: str, color: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    source = SOURCES[name]
    for diag in resolve.check(source):
        text = _render_finding(f"{name} [b]\u202e.txt", source, diag)
        assert text.render(color) + "\n" == rich_print(text, color)


def test_the_sources_have_findings_to_compare() -> None:
    counts = {name: len(resolve.check(source)) for name, source in SOURCES.items()}
    assert all(counts[name] for name in ("wide", "controls", "long", "spaces"))
    assert sum(counts.values()) > 30  # enough findings for the comparisons below


@pytest.mark.parametrize("term", ["dumb", "unknown", "DUMB"])
def test_dumb_terminal_gets_no_escapes_even_with_color(
    term: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", term)
    source = SOURCES["wide"]
    report = Report((FileResult("a.txt", tuple(resolve.check(source)), source=source),))
    out = get_reporter("full", color=True).format(report)
    assert "\x1b" not in out
    assert out == get_reporter("full", color=False).format(report)
    summary = Text("Found it.", style="bold red")
    assert summary.render(True) != "Found it."  # escapes are the terminal's choice
    assert rich_print(summary, True) == "Found it.\n"  # Rich on that terminal


def test_styles_and_line_ends() -> None:
    text = Text()
    text.append("a:1: ", style="bold")
    text.append("error", style="bold red")
    text.append(" plain ")
    text.append("  |\n", style="blue")
    text.append("", style="dim")
    text.append("\nx\n", style="dim")
    assert text.render(True) == (
        "\x1b[1ma:1: \x1b[0m\x1b[1;31merror\x1b[0m plain \x1b[34m  |\x1b[0m\n\n\x1b[2mx\x1b[0m\n"
    )
    assert text.render(False) == text.plain == "a:1: error plain   |\n\nx\n"
    assert text.render(True) + "\n" == rich_print(text, True)


@pytest.mark.parametrize(
    "sample",
    ["plain ascii", "決議", "e\u0301", "👍🏽", "ｆｕｌｌ", "␛[31m", "…x…", "𝔘", "\u200b<U+200B>"],
)
def test_cell_len_is_richs(sample: str) -> None:
    assert cell_len(sample) == rich.cells.cell_len(sample)
