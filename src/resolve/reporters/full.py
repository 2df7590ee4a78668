"""``--output-format full`` (the default): compiler-like findings.

::

    drafts/a.txt:3:1: error[S001]: Recital does not end with a connector
      |
    3 | WHEREAS, the Finance Committee reviewed the budget
      | ^^^^^^^
      = help: end the recital with "; and"
      = fix: add "; and" (safe)

    Found 1 error, 0 warnings in 1 file.

The excerpt and every other piece of document text are terminal-safe
(:func:`resolve.render.safe.safe_text`) before they are written; the carets
are aligned by terminal cell width, so wide characters and tabs do not shift
them.

The text is written here, not through Rich: importing Rich's console costs
more than the whole check of a small file, and printing each finding through
it ~0.2 ms. The output is byte for byte what Rich printed (the SGR codes of
the few styles used, each styled piece reset at its end and at line ends;
tests compare the two), and only the cell width of text with wide or
combining characters comes from Rich (``rich.cells`` and its width tables).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from resolve.diagnostics import Diagnostic, Severity
from resolve.render.safe import safe_text
from resolve.reporters import OutputFormat, Report
from resolve.reporters._common import statistics_text, summary_line

__all__ = ["FullReporter", "make_reporter"]

MAX_EXCERPT_LINES = 4
MAX_LINE = 120
"""Longer source lines are cut to a window around the span, marked with an ellipsis."""
CONTEXT = 40
_SEVERITY_STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "bold blue",
}
_CARET_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
_SGR = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "blue": "34"}
"""SGR parameters of the style words used here; a style's are attributes, then colour."""


def _sgr(style: str) -> str:
    words = style.split()
    attributes = [_SGR[w] for w in words if w in ("bold", "dim")]
    colours = [_SGR[w] for w in words if w not in ("bold", "dim")]
    return f"\x1b[{';'.join(attributes + colours)}m"


_ONE_CELL_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0xAC),  # Latin-1 (not the soft hyphen) and the Latin extensions
    (0xAE, 0x2FF),
    (0x370, 0x482),  # Greek, Cyrillic
    (0x2010, 0x2027),  # dashes, quotation marks, bullet, ellipsis
    (0x2030, 0x205E),  # per mille, primes, guillemets …
    (0x2070, 0x20C0),  # superscripts, subscripts, currency signs
    (0x2400, 0x2426),  # control pictures: safe_text's stand-ins
    (0x2500, 0x25FC),  # box drawing, geometric shapes
    (0x2800, 0x28FF),  # Braille
)
"""Characters one terminal cell wide in every Unicode version Rich knows (a test
checks each against Rich): text made only of them needs no width table."""
_ONE_CELL = frozenset(chr(cp) for lo, hi in _ONE_CELL_RANGES for cp in range(lo, hi + 1))


def cell_len(text: str) -> int:
    """Terminal cells taken by ``text`` (already made safe: no control characters)."""
    if text.isascii() or _ONE_CELL.issuperset(text):
        return len(text)
    from rich.cells import cell_len as rich_cell_len  # wide or combining characters

    return rich_cell_len(text)


class Text:
    """Text made of plain and styled pieces (a small stand-in for ``rich.text.Text``)."""

    __slots__ = ("parts",)

    def __init__(self, text: str = "", style: str | None = None) -> None:
        self.parts: list[tuple[str, str | None]] = [(text, style)] if text else []

    def append(self, text: str, style: str | None = None) -> None:
        if text:
            self.parts.append((text, style))

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.parts)

    def render(self, color: bool) -> str:
        """The text, with each styled piece wrapped in SGR codes line by line when ``color``."""
        if not color:
            return self.plain
        out: list[str] = []
        for text, style in self.parts:
            if style is None:
                out.append(text)
                continue
            on = _sgr(style)
            out.append("\n".join(f"{on}{line}\x1b[0m" if line else "" for line in text.split("\n")))
        return "".join(out)


def _escapes_possible(environ: Mapping[str, str] | None = None) -> bool:
    """Rich printed no escape codes at all on a ``TERM=dumb`` (or ``unknown``) terminal,
    even with ``--color always``; keep that."""
    env = os.environ if environ is None else environ
    return env.get("TERM", "").lower() not in ("dumb", "unknown")


def _display(text: str) -> str:
    """A piece of one source line as shown: tabs expanded to 4 spaces, controls visible."""
    return safe_text(text.replace("\t", "    "), single_line=True)


def _excerpt(source: str, diag: Diagnostic) -> list[tuple[int, str, int, int]]:
    """``(line number, shown line, caret start cell, caret width)`` for the span's lines."""
    start = max(0, min(diag.span.start.offset, len(source)))
    end = max(start, min(diag.span.end.offset, len(source)))
    rows: list[tuple[int, str, int, int]] = []
    line_no = diag.span.start.line
    line_start = source.rfind("\n", 0, start) + 1
    while len(rows) < MAX_EXCERPT_LINES:
        line_end = source.find("\n", line_start)
        if line_end < 0:
            line_end = len(source)
        raw = source[line_start:line_end]
        if raw.endswith("\r"):
            raw = raw[:-1]
        lo = max(start, line_start) - line_start
        hi = min(end, line_start + len(raw)) - line_start
        lo = min(lo, len(raw))
        hi = max(hi, lo)
        left, right = 0, len(raw)
        if len(raw) > MAX_LINE:
            left = max(0, lo - CONTEXT)
            right = min(len(raw), max(left + MAX_LINE, min(hi, left + 2 * MAX_LINE)))
        lead = "…" if left > 0 else ""
        tail = "…" if right < len(raw) else ""
        shown = lead + _display(raw[left:right]) + tail
        prefix = cell_len(lead + _display(raw[left:lo]))
        width = max(1, cell_len(_display(raw[lo : min(hi, right)])))
        rows.append((line_no, shown, prefix, width))
        next_start = line_end + 1
        if line_end >= len(source) or next_start >= end:
            break
        line_start = next_start
        line_no += 1
    return rows


def _render_finding(path: str, source: str | None, diag: Diagnostic) -> Text:
    out = Text()
    start = diag.span.start
    out.append(f"{safe_text(path, single_line=True)}:{start.line}:{start.column}: ", style="bold")
    out.append(diag.severity.label, style=_SEVERITY_STYLE[diag.severity])
    out.append(f"[{safe_text(diag.code, single_line=True)}]", style="bold")
    out.append(": ")
    out.append(safe_text(diag.message, single_line=True))
    out.append("\n")
    rows = _excerpt(source, diag) if source is not None else []
    gutter = max((len(str(row[0])) for row in rows), default=1)
    blank = " " * gutter
    if rows:
        out.append(f"{blank} |\n", style="blue")
        for line_no, shown, prefix, width in rows:
            out.append(f"{str(line_no).rjust(gutter)} | ", style="blue")
            out.append(shown)
            out.append("\n")
            out.append(f"{blank} | ", style="blue")
            out.append(" " * prefix)
            out.append("^" * width, style=_CARET_STYLE[diag.severity])
            out.append("\n")
        if diag.span.end.line > rows[-1][0] + (0 if diag.span.end.column > 1 else 1):
            out.append(f"{blank} | ", style="blue")
            out.append(f"... (continues to line {diag.span.end.line})\n", style="dim")
    if diag.help:
        out.append(f"{blank} = ", style="blue")
        out.append("help: ", style="bold")
        out.append(safe_text(diag.help, single_line=True))
        out.append("\n")
    if diag.fix is not None:
        out.append(f"{blank} = ", style="blue")
        out.append("fix: ", style="bold")
        out.append(safe_text(diag.fix.description, single_line=True))
        out.append(" (safe)" if diag.fix.safe else " (unsafe, not applied by --fix)", style="dim")
        out.append("\n")
    return out


class FullReporter:
    def __init__(self, color: bool = False, width: int | None = None) -> None:
        self.color = color
        self.width = width
        """Accepted for the reporter interface; findings are never wrapped."""

    def format(self, report: Report) -> str:
        if report.statistics:
            return statistics_text(report)
        color = self.color and _escapes_possible()
        out: list[str] = []
        for result, diag in report.findings():
            out.append(_render_finding(result.path, result.source, diag).render(color))
            out.append("\n")
        if not report.quiet:
            summary = summary_line(report)
            counts = report.counts()
            failing = any(n for sev, n in counts.items() if sev >= report.threshold)
            style = (
                "bold red" if failing else ("bold yellow" if any(counts.values()) else "bold green")
            )
            out.append(Text(summary, style=style).render(color))
            out.append("\n")
        return "".join(out)


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> FullReporter:
    return FullReporter(color=color, width=width)
