"""Output formats for ``resolve check``.

One module per format behind one small interface, chosen by
:class:`OutputFormat`::

    from resolve.reporters import OutputFormat, Report, get_reporter
    text = get_reporter(OutputFormat.SARIF).format(report)

Every reporter turns a :class:`Report` (the files checked, their findings and
sources, and metadata of the rules that fired) into one string. Only ``full``
imports Rich; the machine formats use the standard library.

===========  ============================================================
full         compiler-like, Rich: location, code, severity, message,
             source excerpt with ``^^^`` under the span, help, summary
concise      ``path:line:col: CODE message``, one finding a line
json         a JSON list of findings (see :mod:`resolve.reporters.json`)
json-lines   the same objects, one per line
github       GitHub Actions workflow commands (``::error file=...``)
sarif        SARIF 2.1.0
junit        JUnit XML, one testcase per file, a failure per finding
===========  ============================================================
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from resolve.diagnostics import Diagnostic, Severity

__all__ = [
    "FileResult",
    "OutputFormat",
    "Report",
    "Reporter",
    "RuleInfo",
    "get_reporter",
]


class OutputFormat(enum.StrEnum):
    """The ``--output-format`` choices."""

    FULL = "full"
    CONCISE = "concise"
    JSON = "json"
    JSON_LINES = "json-lines"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a reporter may say about a rule (taken from the rule registry)."""

    code: str
    name: str = ""
    summary: str = ""
    severity: Severity = Severity.WARNING
    help_uri: str | None = None
    """Where the rule is documented online, if it is (no address is made up)."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome of checking one file."""

    path: str
    """The path as shown to the user (as given, or found under a directory)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    source: str | None = None
    """The decoded text, for source excerpts; ``None`` if it could not be read."""
    error: str | None = None
    """A one-line error if the file could not be read or checked."""
    no_resolution: bool = False
    """The file was read but holds no resolution, so nothing in it was checked."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a reporter needs."""

    files: tuple[FileResult, ...]
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    tool_version: str = "0"
    threshold: Severity = Severity.ERROR
    """Findings at or above this severity fail the run."""
    statistics: bool = False
    """Show per-rule counts instead of individual findings (full, concise, json)."""
    quiet: bool = False
    """Leave out summary lines."""
    skipped: int = 0
    """Paths named but not checked and not in :attr:`files` (missing, unreadable
    directories, unreadable standard input)."""

    def failing(self) -> bool:
        """Whether a finding is at or above :attr:`threshold` (exit status 1)."""
        return any(d.severity >= self.threshold for r in self.files for d in r.diagnostics)

    def failures(self, result: FileResult) -> list[Diagnostic]:
        """``result``'s findings at or above the threshold, sorted."""
        return [d for d in sorted_diagnostics(result.diagnostics) if d.severity >= self.threshold]

    def findings(self) -> Iterator[tuple[FileResult, Diagnostic]]:
        """Every finding, files in order, findings sorted by position then code."""
        for result in self.files:
            for diag in sorted_diagnostics(result.diagnostics):
                yield result, diag

    def rule(self, code: str) -> RuleInfo:
        return self.rules.get(code) or RuleInfo(code)

    def counts(self) -> dict[Severity, int]:
        counts = dict.fromkeys(Severity, 0)
        for result in self.files:
            for diag in result.diagnostics:
                counts[diag.severity] += 1
        return counts

    def statistics_rows(self) -> list[tuple[str, int, int, str]]:
        """``(code, count, fixable, name)`` per rule, most frequent first."""
        count: dict[str, int] = {}
        fixable: dict[str, int] = {}
        for _, diag in self.findings():
            count[diag.code] = count.get(diag.code, 0) + 1
            if diag.fix is not None and diag.fix.safe:
                fixable[diag.code] = fixable.get(diag.code, 0) + 1
        rows = [(code, n, fixable.get(code, 0), self.rule(code).name) for code, n in count.items()]
        rows.sort(key=lambda row: (-row[1], row[0]))
        return rows


def sorted_diagnostics(diags: tuple[Diagnostic, ...] | list[Diagnostic]) -> list[Diagnostic]:
    return sorted(
        diags,
        key=lambda d: (d.span.start.offset, d.span.end.offset, d.code, d.message),
    )


class Reporter(Protocol):
    """The interface every output format implements."""

    def format(self, report: Report) -> str:
        """The whole output, ready to write to stdout."""
        ...


_MODULES: dict[OutputFormat, str] = {
    OutputFormat.FULL: "full",
    OutputFormat.CONCISE: "concise",
    OutputFormat.JSON: "json",
    OutputFormat.JSON_LINES: "json",
    OutputFormat.GITHUB: "github",
    OutputFormat.SARIF: "sarif",
    OutputFormat.JUNIT: "junit",
}


def get_reporter(
    fmt: OutputFormat | str, *, color: bool = False, width: int | None = None
) -> Reporter:
    """The reporter for ``fmt``. ``color`` only matters to ``full`` (which accepts
    ``width`` but never wraps a finding)."""
    fmt = OutputFormat(fmt)
    module = importlib.import_module(f"resolve.reporters.{_MODULES[fmt]}")
    reporter: Reporter = module.make_reporter(fmt, color=color, width=width)
    return reporter
