"""The check reporters, on synthetic findings with hostile paths and messages."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from resolve.diagnostics import Diagnostic, Edit, Fix, Severity
from resolve.model import Position, Span
from resolve.reporters import FileResult, OutputFormat, Report, RuleInfo, get_reporter
from resolve.reporters.github import escape_data, escape_property
from resolve.reporters.sarif import artifact_uri

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
ANSI = re.compile(r"\x1b\[")

SOURCE = "WHEREAS, the [Name of Local] [/b] \x1b[31mred\x1b[0m; and\nRESOLVED, That “x” 決議.\n"


def span(source: str, start: int, end: int) -> Span:
    def pos(offset: int) -> Position:
        line = source.count("\n", 0, offset) + 1
        col = offset - (source.rfind("\n", 0, offset) + 1) + 1
        return Position(line, col, offset)

    return Span(pos(start), pos(end))


def make_report(path: str = "dir, with: odd [name].txt", **kw: object) -> Report:
    s = SOURCE.index("[Name")
    first = Diagnostic(
        "P002",
        Severity.ERROR,
        "Bad [bold]connector[/bold] 100% \x1b]8;;evil\x07here\x1b]8;;\x07\nsecond line",
        span(SOURCE, s, s + len("[Name of Local]")),
        help='Use "; and" [i]please[/i]',
        fix=Fix("replace it", (Edit(s, s + 5, "X"),)),
    )
    k = SOURCE.index("決議")
    second = Diagnostic("H004", Severity.WARNING, "Wide, text: here", span(SOURCE, k, k + 2))
    third = Diagnostic("L002", Severity.INFO, "note this", span(SOURCE, 0, 7))
    files = (
        FileResult(path, (second, first, third), source=SOURCE),
        FileResult("clean.txt", (), source="x\n"),
        FileResult("gone.txt", error="gone.txt: no such file or directory"),
    )
    rules = {
        "P002": RuleInfo("P002", "recital-connector", "A recital ends badly.", Severity.WARNING),
        "H004": RuleInfo("H004", "trailing-whitespace", "Trailing whitespace.", Severity.WARNING),
    }
    return Report(files=files, rules=rules, tool_version="0.1.0", **kw)  # type: ignore[arg-type]


def no_raw_controls(text: str) -> None:
    bad = [c for c in text if (ord(c) < 0x20 and c not in "\n") or 0x7F <= ord(c) < 0xA0]
    assert not bad, f"raw control characters in output: {bad!r}"


def test_concise_one_line_per_finding() -> None:
    out = get_reporter(OutputFormat.CONCISE).format(make_report())
    lines = out.splitlines()
    assert lines[0] == "dir, with: odd [name].txt:1:1: L002 note this"
    assert lines[1].startswith(
        "dir, with: odd [name].txt:1:14: P002 Bad [bold]connector[/bold] 100%"
    )
    assert "␛" in lines[1] and "␊second line" in lines[1]
    assert lines[2].startswith("dir, with: odd [name].txt:2:20: H004")
    assert lines[-1] == (
        "Found 1 error, 1 warning, 1 info in 1 file (2 checked);"
        " 1 path could not be checked (see the errors above)."
    )
    no_raw_controls(out)


def test_concise_newline_in_path_stays_one_line() -> None:
    out = get_reporter("concise").format(make_report(path="a\nb.txt", quiet=True))
    assert len(out.splitlines()) == 3
    assert all(line.startswith("a␊b.txt:") for line in out.splitlines())


def test_full_excerpt_carets_and_literal_brackets() -> None:
    out = get_reporter(OutputFormat.FULL, color=False).format(make_report())
    assert "dir, with: odd [name].txt:1:14: error[P002]: Bad [bold]connector[/bold]" in out
    assert "[Name of Local] [/b] ␛[31mred␛[0m; and" in out
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if "error[P002]" in line)
    assert lines[head + 2].startswith("1 | WHEREAS")
    caret_line = lines[head + 3]
    assert caret_line == "  | " + " " * 13 + "^" * len("[Name of Local]")
    # Wide characters: carets cover two cells per character.
    wide = next(i for i, line in enumerate(lines) if line.startswith("2 | RESOLVED"))
    assert lines[wide + 1].endswith("^^^^") and lines[wide + 1].index("^") == 4 + 19
    assert '= help: Use "; and" [i]please[/i]' in out
    assert "= fix: replace it (safe)" in out
    assert "Found 1 error, 1 warning, 1 info in 1 file (2 checked); 1 path could not" in out
    assert not ANSI.search(out)
    no_raw_controls(out)


def test_full_with_color_emits_styles_but_not_document_escapes() -> None:
    out = get_reporter(OutputFormat.FULL, color=True).format(make_report())
    assert ANSI.search(out)
    assert "\x1b[31mred" not in out and "\x1b]8" not in out


def test_full_long_line_is_windowed() -> None:
    source = "x" * 300 + " target " + "y" * 300 + "\n"
    start = source.index("target")
    diag = Diagnostic("L002", Severity.WARNING, "m", span(source, start, start + 6))
    out = get_reporter("full").format(Report((FileResult("f", (diag,), source=source),)))
    excerpt, carets = [line for line in out.splitlines() if line.startswith(("1 |", "  |"))][1:3]
    assert len(excerpt) < 260 and excerpt.startswith("1 | …")
    assert excerpt.index("target") == carets.index("^")


def test_statistics() -> None:
    out = get_reporter("concise").format(make_report(statistics=True))
    assert re.search(r"^1\s+P002\s+\[\*\] recital-connector$", out, re.M)
    data = json.loads(get_reporter("json").format(make_report(statistics=True)))
    assert {"code": "P002", "name": "recital-connector", "count": 1, "fixable": 1} in data


def test_json_is_a_stable_list() -> None:
    out = get_reporter(OutputFormat.JSON).format(make_report())
    assert out.isascii()
    data = json.loads(out)
    assert [d["code"] for d in data] == ["L002", "P002", "H004"]
    for item in data:
        assert set(item) == {"code", "severity", "message", "path", "span", "help", "fix"}
        assert item["path"] == "dir, with: odd [name].txt"
    p002 = data[1]
    assert p002["severity"] == "error"
    assert p002["span"]["start"] == {"line": 1, "column": 14, "offset": 13}
    assert p002["fix"]["edits"] == [{"start": 13, "end": 18, "replacement": "X"}]
    assert "\x1b]8;;evil" in p002["message"]  # exact data, escaped as JSON


def test_json_lines() -> None:
    out = get_reporter(OutputFormat.JSON_LINES).format(make_report())
    lines = out.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["code"] for line in lines] == ["L002", "P002", "H004"]


def test_github_escaping() -> None:
    assert escape_data("100%\r\nx") == "100%25%0D%0Ax"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    out = get_reporter(OutputFormat.GITHUB).format(make_report())
    lines = out.splitlines()
    assert lines[0] == (
        "::notice file=dir%2C with%3A odd [name].txt,line=1,col=1,endLine=1,endColumn=8,"
        "title=L002::note this"
    )
    assert lines[1].startswith(
        "::error file=dir%2C with%3A odd [name].txt,line=1,col=14,endLine=1,endColumn=29,"
        "title=P002 (recital-connector)::Bad [bold]connector[/bold] 100%25 ␛]8;;evil␇here"
    )
    assert "%0Asecond line%0Ahelp: Use" in lines[1]
    assert lines[2].startswith("::warning file=")
    assert lines[3] == "::error file=gone.txt,title=resolve::gone.txt: no such file or directory"
    assert len(lines) == 4
    no_raw_controls(out)


def test_github_path_round_trip() -> None:
    # What the runner does: split on the first "::", then properties on ",", then unescape.
    out = get_reporter("github").format(make_report(path="a:b,c%d.txt"))
    props = out.splitlines()[0].split("::")[1].split(" ", 1)[1]
    fields = dict(item.split("=", 1) for item in props.split(","))
    unescaped = fields["file"].replace("%2C", ",").replace("%3A", ":").replace("%25", "%")
    assert unescaped == "a:b,c%d.txt"


def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    out = get_reporter(OutputFormat.SARIF).format(make_report())
    log = json.loads(out)
    jsonschema.Draft202012Validator(schema).validate(log)
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "resolve" and driver["version"] == "0.1.0"
    assert "informationUri" not in driver  # no made-up address
    assert all("helpUri" not in rule for rule in driver["rules"])
    assert [r["id"] for r in driver["rules"]] == ["H004", "L002", "P002"]
    p002 = next(r for r in driver["rules"] if r["id"] == "P002")
    assert p002["defaultConfiguration"]["level"] == "warning"
    assert p002["shortDescription"]["text"] == "A recital ends badly."
    result = next(r for r in run["results"] if r["ruleId"] == "P002")
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 1,
        "startColumn": 14,
        "endLine": 1,
        "endColumn": 29,
        "charOffset": 13,
        "charLength": 15,
    }
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "dir%2C%20with%3A%20odd%20%5Bname%5D.txt"
    # Columns are code points, end exclusive: "決議" is 2 columns wide in SARIF.
    wide = next(r for r in run["results"] if r["ruleId"] == "H004")["locations"][0]
    reg = wide["physicalLocation"]["region"]
    assert reg["endColumn"] - reg["startColumn"] == 2
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_empty_run_validates() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(get_reporter("sarif").format(Report((FileResult("a.txt"),))))
    jsonschema.Draft202012Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_absolute_uri() -> None:
    assert artifact_uri("/tmp/a b.txt") == "file:///tmp/a%20b.txt"
    assert artifact_uri("a:b.txt") == "a%3Ab.txt"


def test_junit_parses_and_escapes() -> None:
    out = get_reporter(OutputFormat.JUNIT).format(make_report())
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    cases = suites[0].findall("testcase")
    assert [c.get("name") for c in cases] == ["dir, with: odd [name].txt", "clean.txt", "gone.txt"]
    # The threshold is error (the default): only the error fails; the warning and
    # the info are listed in the case's output, as the exit status would count them.
    failures = cases[0].findall("failure")
    assert [f.get("type") for f in failures] == ["P002"]
    assert failures[0].get("message", "").startswith("Bad [bold]connector[/bold] 100% ␛]8;;evil")
    below = cases[0].findtext("system-out") or ""
    assert "L002 [info] note this" in below and "H004 [warning]" in below
    assert cases[1].findall("failure") == []
    assert cases[2].find("error") is not None
    assert suites[0].get("failures") == "1" and suites[0].get("errors") == "1"
    no_raw_controls(out)


def test_junit_failures_follow_the_threshold() -> None:
    out = get_reporter(OutputFormat.JUNIT).format(make_report(threshold=Severity.INFO))
    suite = ET.fromstring(out.encode("utf-8")).findall("testsuite")[0]
    assert suite.get("failures") == "3"
    assert suite.findall("testcase")[0].find("system-out") is None


def test_junit_no_resolution_is_skipped_not_passed() -> None:
    report = Report(files=(FileResult("note.txt", (), source="Hello.\n", no_resolution=True),))
    suite = ET.fromstring(get_reporter(OutputFormat.JUNIT).format(report)).find("testsuite")
    assert suite is not None and suite.get("skipped") == "1"


def test_summary_counts_files_checked_with_findings_and_skipped() -> None:
    from resolve.reporters._common import summary_line

    clean = FileResult("a.txt", (), source="x\n")
    empty = FileResult("note.txt", (), source="Hello.\n", no_resolution=True)
    assert summary_line(Report(files=(clean, clean))) == "All checks passed (2 files checked)."
    assert summary_line(Report(files=(), skipped=1)) == (
        "No files checked; 1 path could not be checked (see the errors above)."
    )
    assert summary_line(Report(files=(clean,), skipped=1)) == (
        "No findings in 1 file checked; 1 path could not be checked (see the errors above)."
    )
    assert summary_line(Report(files=(clean, empty))) == (
        "All checks passed (1 file checked); 1 file held no resolution."
    )


def test_sarif_non_utf8_file_name() -> None:
    name = b"caf\xe9 \xff.txt".decode("utf-8", "surrogateescape")
    assert artifact_uri(name) == "caf%E9%20%FF.txt"
    assert artifact_uri("/d/" + name) == "file:///d/caf%E9%20%FF.txt"
    out = get_reporter(OutputFormat.SARIF).format(make_report(path=name))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in json.loads(out)["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris == {"caf%E9%20%FF.txt"}


def test_junit_strips_xml_illegal_characters() -> None:
    lxml = pytest.importorskip("lxml.etree")
    report = make_report(path="bad\x01\x0bname.txt")
    out = get_reporter("junit").format(report)
    root = lxml.fromstring(out.encode("utf-8"))  # strict parser: would fail on raw \x01
    names = [case.get("name") for case in root.iter("testcase")]
    assert names[0] == "bad␁␋name.txt"  # visible stand-ins, not the raw controls
