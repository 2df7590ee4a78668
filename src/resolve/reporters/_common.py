"""Helpers shared by the text reporters."""

from __future__ import annotations

from resolve.diagnostics import Severity
from resolve.render.safe import safe_text
from resolve.reporters import Report

__all__ = ["plural", "statistics_text", "summary_line"]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(report: Report) -> str:
    """``Found 2 errors, 1 warning in 2 files (5 checked).``, ``All checks passed
    (5 files checked).``, with what was not checked after a semicolon."""
    counts = report.counts()
    checked = sum(1 for r in report.files if r.error is None and not r.no_resolution)
    with_findings = sum(1 for r in report.files if r.diagnostics)
    empty = sum(1 for r in report.files if r.error is None and r.no_resolution)
    skipped = report.skipped + sum(1 for r in report.files if r.error is not None)
    tails = []
    if empty:
        tails.append(f"{plural(empty, 'file')} held no resolution")
    if skipped:
        tails.append(f"{plural(skipped, 'path')} could not be checked (see the errors above)")
    tail = "; " + "; ".join(tails) if tails else ""
    if not with_findings:
        if not checked:
            return f"No files checked{tail}."
        if skipped:
            return f"No findings in {plural(checked, 'file')} checked{tail}."
        return f"All checks passed ({plural(checked, 'file')} checked){tail}."
    parts = [plural(counts[Severity.ERROR], "error"), plural(counts[Severity.WARNING], "warning")]
    if counts[Severity.INFO]:
        parts.append(plural(counts[Severity.INFO], "info"))
    total = checked + empty
    found = plural(with_findings, "file")
    return f"Found {', '.join(parts)} in {found} ({total} checked){tail}."


def statistics_text(report: Report) -> str:
    """A plain table: count, code, fixable marker, rule name."""
    rows = report.statistics_rows()
    if not rows:
        return "" if report.quiet else summary_line(report) + "\n"
    width = max(len(str(n)) for _, n, _, _ in rows)
    code_width = max(len(code) for code, _, _, _ in rows)
    lines = []
    for code, n, fixable, name in rows:
        mark = "[*]" if fixable else "   "
        lines.append(
            f"{str(n).rjust(width)}  {safe_text(code, single_line=True).ljust(code_width)}  "
            f"{mark} {safe_text(name, single_line=True)}".rstrip()
        )
    if not report.quiet:
        lines.append(summary_line(report))
    return "".join(line + "\n" for line in lines)
