"""``--output-format junit``: JUnit XML.

One ``<testsuite name="resolve">`` inside ``<testsuites>``; one ``<testcase>``
per file checked (``name`` and ``file`` are the path); one ``<failure>`` per
finding at or above the ``--severity`` threshold (``type`` is the rule code,
``message`` the message, the text ``path:line:col: CODE [severity] message``),
so the failures counted agree with the exit status; findings below it are
listed in the test case's ``<system-out>``; a file that could not be read gets
an ``<error>``; a file holding no resolution is ``<skipped>``. Every value is escaped, and characters XML 1.0 forbids
(most C0 controls) are replaced by visible stand-ins.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from resolve.render.safe import safe_text
from resolve.reporters import OutputFormat, Report, sorted_diagnostics

__all__ = ["JunitReporter", "make_reporter", "xml_text"]

# Not allowed in XML 1.0 at all, even as character references.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` made safe for XML and terminals (newlines kept)."""
    value = safe_text(value)
    return _XML_ILLEGAL.sub(lambda m: f"<U+{ord(m.group()):04X}>", value)


def _attr(value: str) -> str:
    return quoteattr(xml_text(value))


class JunitReporter:
    def format(self, report: Report) -> str:
        cases: list[str] = []
        failures = errors = skipped = 0
        for result in report.files:
            body: list[str] = []
            if result.error is not None:
                errors += 1
                body.append(
                    f'      <error type="InputError" message={_attr(result.error)}>'
                    f"{escape(xml_text(result.error))}</error>"
                )
            elif result.no_resolution and not report.failures(result):
                skipped += 1
                body.append('      <skipped message="no resolution found" />')
            below: list[str] = []
            for diag in sorted_diagnostics(result.diagnostics):
                start = diag.span.start
                detail = (
                    f"{result.path}:{start.line}:{start.column}: {diag.code} "
                    f"[{diag.severity.label}] {diag.message}"
                )
                if diag.help:
                    detail += f"\nhelp: {diag.help}"
                if diag.severity < report.threshold:
                    below.append(detail)
                    continue
                failures += 1
                body.append(
                    f"      <failure type={_attr(diag.code)} message={_attr(diag.message)}>"
                    f"{escape(xml_text(detail))}</failure>"
                )
            if below:
                text = escape(xml_text("\n".join(below)))
                body.append(f"      <system-out>{text}</system-out>")
            head = (
                f'    <testcase classname="resolve" name={_attr(result.path)} '
                f"file={_attr(result.path)}"
            )
            if body:
                cases.append(head + ">\n" + "\n".join(body) + "\n    </testcase>")
            else:
                cases.append(head + " />")
        tests = len(report.files)
        counts = f'tests="{tests}" failures="{failures}" errors="{errors}"'
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<testsuites name="resolve" {counts}>',
            f'  <testsuite name="resolve" {counts} skipped="{skipped}">',
            *cases,
            "  </testsuite>",
            "</testsuites>",
        ]
        return "\n".join(lines) + "\n"


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> JunitReporter:
    return JunitReporter()
