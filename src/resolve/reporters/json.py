"""``--output-format json`` and ``json-lines``.

``json`` prints one JSON array; ``json-lines`` prints the same objects one per
line. Each finding is an object with exactly these keys (stable; new keys may
be added, none removed or renamed)::

    {
      "code": "S001",                     # rule code
      "severity": "error",                # "error" | "warning" | "info"
      "message": "...",                   # one-sentence message
      "path": "drafts/a.txt",             # as shown on the command line
      "span": {"start": {"line": 3, "column": 1, "offset": 40},
               "end":   {"line": 3, "column": 8, "offset": 47}},
      "help": "..." | null,
      "fix": null | {"description": "...", "safe": true,
                     "edits": [{"start": 40, "end": 47, "replacement": "..."}]}
    }

Lines and columns count from 1, columns in Unicode code points; ``end`` is
exclusive; offsets are code-point offsets into the decoded text (BOM
stripped). Findings are sorted by path, then position, then code.

With ``--statistics`` the output is instead a list of
``{"code", "name", "count", "fixable"}`` objects.

Output is ASCII (non-ASCII is ``\\u``-escaped), so no control character from a
document can reach a terminal.
"""

from __future__ import annotations

import json
from typing import Any

from resolve.reporters import OutputFormat, Report

__all__ = ["JsonReporter", "finding_objects", "make_reporter"]


def finding_objects(report: Report) -> list[dict[str, Any]]:
    objects = []
    for result, diag in report.findings():
        obj = diag.to_dict()
        obj["path"] = result.path
        objects.append(obj)
    return objects


def _statistics(report: Report) -> list[dict[str, Any]]:
    return [
        {"code": code, "name": name, "count": n, "fixable": fixable}
        for code, n, fixable, name in report.statistics_rows()
    ]


class JsonReporter:
    def __init__(self, lines: bool) -> None:
        self.lines = lines

    def format(self, report: Report) -> str:
        objects = _statistics(report) if report.statistics else finding_objects(report)
        if self.lines:
            return "".join(json.dumps(obj, ensure_ascii=True) + "\n" for obj in objects)
        return json.dumps(objects, indent=2, ensure_ascii=True) + "\n"


def make_reporter(
    fmt: OutputFormat, *, color: bool = False, width: int | None = None
) -> JsonReporter:
    return JsonReporter(lines=fmt is OutputFormat.JSON_LINES)
