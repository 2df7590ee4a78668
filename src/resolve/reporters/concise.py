"""``--output-format concise``: one finding a line, ``path:line:col: CODE message``.

The path and message are terminal-safe and single-line (a newline in a file
name shows as ``␊``), so every finding is exactly one line.
"""

from __future__ import annotations

from resolve.render.safe import safe_text
from resolve.reporters import OutputFormat, Report
from resolve.reporters._common import statistics_text, summary_line

__all__ = ["ConciseReporter", "make_reporter"]


class ConciseReporter:
    def format(self, report: Report) -> str:
        if report.statistics:
            return statistics_text(report)
        lines: list[str] = []
        for result, diag in report.findings():
            path = safe_text(result.path, single_line=True)
            start = diag.span.start
            message = safe_text(diag.message, single_line=True)
            lines.append(f"{path}:{start.line}:{start.column}: {diag.code} {message}")
        if not report.quiet:
            lines.append(summary_line(report))
        return "".join(line + "\n" for line in lines)


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> ConciseReporter:
    return ConciseReporter()
