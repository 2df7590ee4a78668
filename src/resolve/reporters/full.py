"""``--output-format full`` (the default): compiler-like findings, with Rich.

::

    drafts/a.txt:3:1: error[S001]: Recital does not end with a connector
      |
    3 | WHEREAS, the Finance Committee reviewed the budget
      | ^^^^^^^
      = help: end the recital with "; and"
      = fix: add "; and" (safe)

    Found 1 error, 0 warnings in 1 file.

The excerpt and every other piece of document text are terminal-safe
(:func:`resolve.render.safe.safe_text`) and passed to Rich as ``Text``; the
carets are aligned by terminal cell width, so wide characters and tabs do not
shift them.
"""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.text import Text

from resolve.diagnostics import Diagnostic, Severity
from resolve.render.console import make_console
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

    def format(self, report: Report) -> str:
        if report.statistics:
            return statistics_text(report)
        buffer = io.StringIO()
        console = make_console(buffer, "always" if self.color else "never", width=self.width or 100)
        for result, diag in report.findings():
            console.print(_render_finding(result.path, result.source, diag), soft_wrap=True)
        if not report.quiet:
            summary = summary_line(report)
            counts = report.counts()
            failing = any(n for sev, n in counts.items() if sev >= report.threshold)
            style = (
                "bold red" if failing else ("bold yellow" if any(counts.values()) else "bold green")
            )
            console.print(Text(summary, style=style), soft_wrap=True)
        return buffer.getvalue()


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> FullReporter:
    return FullReporter(color=color, width=width)
