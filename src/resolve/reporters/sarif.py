"""``--output-format sarif``: SARIF 2.1.0 (OASIS), one run.

* ``runs[0].tool.driver``: name, version, informationUri, and the rules that
  fired, each with id, name, shortDescription, helpUri and
  defaultConfiguration.level;
* ``results``: ruleId, ruleIndex, level, message.text and one location whose
  region has startLine/startColumn/endLine/endColumn. Columns count Unicode
  code points from 1 and ``endColumn`` is exclusive (``columnKind`` is
  ``unicodeCodePoints``);
* files that could not be read become ``toolExecutionNotifications`` and set
  ``executionSuccessful`` to false.

Artifact URIs are relative paths percent-encoded (so ``a:b.txt`` cannot be
read as a URI scheme) or ``file://`` URIs for absolute paths.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from resolve.diagnostics import Severity
from resolve.reporters import OutputFormat, Report

__all__ = ["SCHEMA_URI", "SarifReporter", "artifact_uri", "make_reporter"]

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative and percent-encoded, or ``file://``.

    A name that is not valid UTF-8 (held as surrogate escapes, as ``os.fsdecode``
    gives it) is percent-encoded byte for byte, so the URI names the real file.
    """
    pure: PurePath = PureWindowsPath(path) if os.name == "nt" else PurePosixPath(path)
    raw = pure.as_posix().encode("utf-8", "surrogateescape")
    if pure.is_absolute():
        if isinstance(pure, PureWindowsPath):
            try:
                return pure.as_uri()
            except UnicodeEncodeError:  # pragma: no cover (Windows names are UTF-16)
                pass
        return "file://" + quote(raw, safe="/")
    return quote(raw, safe="/")


class SarifReporter:
    def format(self, report: Report) -> str:
        return json.dumps(self.log(report), indent=2, ensure_ascii=True) + "\n"

    def log(self, report: Report) -> dict[str, Any]:
        fired = sorted({diag.code for _, diag in report.findings()})
        index = {code: i for i, code in enumerate(fired)}
        rules = []
        for code in fired:
            info = report.rule(code)
            descriptor: dict[str, Any] = {
                "id": code,
                "shortDescription": {"text": info.summary or info.name or code},
                "defaultConfiguration": {"level": _LEVEL[info.severity]},
            }
            if info.help_uri:
                descriptor["helpUri"] = info.help_uri
            if info.name:
                descriptor["name"] = info.name
            rules.append(descriptor)
        results = []
        for result, diag in report.findings():
            start, end = diag.span.start, diag.span.end
            text = diag.message if not diag.help else f"{diag.message} ({diag.help})"
            results.append(
                {
                    "ruleId": diag.code,
                    "ruleIndex": index[diag.code],
                    "level": _LEVEL[diag.severity],
                    "message": {"text": text},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": artifact_uri(result.path)},
                                "region": {
                                    "startLine": start.line,
                                    "startColumn": start.column,
                                    "endLine": max(end.line, start.line),
                                    "endColumn": max(end.column, 1),
                                    "charOffset": start.offset,
                                    "charLength": max(end.offset - start.offset, 0),
                                },
                            }
                        }
                    ],
                }
            )
        notifications = [
            {
                "level": "error",
                "message": {"text": result.error},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.path)}}}
                ],
            }
            for result in report.files
            if result.error is not None
        ]
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "resolve",
                    "version": report.tool_version,
                    "rules": rules,
                }
            },
            "invocations": [
                {
                    "executionSuccessful": not notifications,
                    "toolExecutionNotifications": notifications,
                }
            ],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
        return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> SarifReporter:
    return SarifReporter()
