"""``--output-format github``: GitHub Actions workflow commands.

One line per finding::

    ::error file=a.txt,line=3,col=1,endLine=3,endColumn=8,title=S001 (name)::message

``error``/``warning``/``notice`` follow the finding's severity (info →
notice). Escaping follows the runner's rules: in the message ``%`` → ``%25``,
CR → ``%0D``, LF → ``%0A``; in property values additionally ``:`` → ``%3A``
and ``,`` → ``%2C``, so a path containing commas or colons survives. Other
control characters are replaced by visible stand-ins first.
"""

from __future__ import annotations

from resolve.diagnostics import Severity
from resolve.render.safe import safe_text
from resolve.reporters import OutputFormat, Report

__all__ = ["GithubReporter", "escape_data", "escape_property", "make_reporter"]

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    # Every other control character becomes a visible stand-in.
    return safe_text(escaped.replace("\t", " "), single_line=True)


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    def format(self, report: Report) -> str:
        lines = []
        for result, diag in report.findings():
            start, end = diag.span.start, diag.span.end
            rule = report.rule(diag.code)
            title = f"{diag.code} ({rule.name})" if rule.name else diag.code
            props = [
                f"file={escape_property(result.path)}",
                f"line={start.line}",
                f"col={start.column}",
                f"endLine={end.line}",
                f"endColumn={end.column}",
                f"title={escape_property(title)}",
            ]
            message = diag.message if not diag.help else f"{diag.message}\nhelp: {diag.help}"
            lines.append(f"::{_LEVEL[diag.severity]} {','.join(props)}::{escape_data(message)}")
        for result in report.files:
            if result.error is not None:
                lines.append(
                    f"::error file={escape_property(result.path)},title=resolve::"
                    f"{escape_data(result.error)}"
                )
        return "".join(line + "\n" for line in lines)


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> GithubReporter:
    return GithubReporter()
