"""Hostile input: never a traceback, a hang, exhausted memory, lost data or unescaped output.

Three parts:

* **Inputs** (subprocess, ``python -m resolve``, a 60 s hang guard, 2 GiB
  address space): huge, deep, binary, mis-encoded and odd files, and odd file-system
  objects (directory named ``x.txt``, FIFO, symlink loops, a file deleted
  between listing and reading, read-only targets). Exit status is 0, 1 or 2,
  with a one-line ``resolve: error:`` message on 2, and never "internal error".
* **Output escaping**: hostile text in file names and content, one case per
  output format (``check`` reporters, ``show``, ``convert``): terminal output
  holds no raw control characters and prints Rich markup literally; HTML/XML
  parse; JSON and SARIF are valid; GitHub annotations are escaped as the runner
  reads them.
* **No data loss**: ``check --fix`` and ``fmt`` write atomically, keep the
  mode, refuse a file changed since it was read, and leave the original intact
  (and no temporary file) when the write fails part-way.

Tests run as root in CI, so "read-only" cannot be simulated by a permission
error: ``resolve`` refuses to write a file with no write bit set (see
``resolve.io.write_atomic``), which is what the read-only tests check.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import jsonschema
import pytest

import resolve.io
from conftest import CliRunner
from resolve.cli import run
from resolve.render.safe import UNSAFE_CODEPOINTS

ROOT = Path(__file__).parent.parent
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
TIMEOUT = 60.0
"""A hang guard, not a speed test (machines here are shared and noisy). The
issue's 5 s goal per hostile input is tracked in bench/README.md, with the
cases that still take longer and where their time goes."""
MEMORY_LIMIT = 2 << 30

CLEAN = "WHEREAS, the sky is blue; now, therefore, be it\n\nRESOLVED, That we look up.\n"
FIXABLE = "WHEREAS, the sky is blue; now, therefore, be it   \n\nRESOLVED, That we look up.\n"


# ---------------------------------------------------------------------------
# Running the CLI


@dataclass
class Result:
    code: int
    out: str
    err: str


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def resolve_cli(*args: str, timeout: float = TIMEOUT, cwd: Path | None = None) -> Result:
    """``python -m resolve ARGS`` in a fresh process with a time and memory bound."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("FORCE_COLOR", None)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "resolve", *args],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            env=env,
            cwd=cwd,
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"resolve {' '.join(args)[:200]} ran past {timeout} s")
    result = Result(
        proc.returncode,
        proc.stdout.decode("utf-8"),  # output is always valid UTF-8
        proc.stderr.decode("utf-8"),
    )
    assert_well_behaved(result)
    return result


def assert_well_behaved(r: Result) -> None:
    assert r.code in (0, 1, 2), f"exit {r.code}: {r.err[-2000:]}"
    assert "Traceback" not in r.err, r.err[-4000:]
    assert "internal error" not in r.err, r.err[-2000:]
    assert "MemoryError" not in r.err
    if r.code == 2:
        assert re.search(r"^resolve: (error|warning): ", r.err, re.M), r.err[-2000:]
    for line in r.err.splitlines():
        assert len(line) < 2000, f"stderr line of {len(line)} characters"


@pytest.fixture
def cli(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """The shared in-process harness (tests/conftest.py), 100 columns, and every
    result checked by :func:`assert_well_behaved`."""
    monkeypatch.setenv("COLUMNS", "100")

    def invoke(*args: str) -> Result:
        r = cli(*args)
        result = Result(r.code, r.out, r.err)
        assert_well_behaved(result)
        return result

    return invoke


# ---------------------------------------------------------------------------
# Hostile content


def _nested(depth: int) -> bytes:
    markers = ("({})", "{}.", "({})", "{})")
    lines = ["RESOLVED, That the following apply:"]
    for i in range(depth):
        marker = markers[i % 4].format(chr(97 + i % 26) if i % 2 else str(i % 9 + 1))
        lines.append(" " * min(i, 4000) + f"{marker} level {i} applies to")
    return ("\n".join(lines) + ".\n").encode()


def _runs(chunk: str) -> bytes:
    run_ = chunk * (100_000 // len(chunk))
    return (
        f"WHEREAS, the text{run_}ends here; and\n\n{run_}\n\nRESOLVED, That {run_} we look up.\n"
    ).encode()


CONTENT: dict[str, Callable[[], bytes]] = {
    "single-line-10mb": lambda: b"WHEREAS, " + b"the union resolves; and " * 436_000 + b"\n",
    "bullets-100k": lambda: (
        b"WHEREAS, x; now, therefore, be it\n\nRESOLVED, That:\n"
        + b"".join(b"- item %d;\n" % i for i in range(100_000))
    ),
    "nested-1000": lambda: _nested(1000),
    "blank-lines-1m": lambda: (
        b"WHEREAS, a; and\n" + b"\n" * 1_000_000 + b"RESOLVED, That b.\n" + b"\r\n" * 1000
    ),
    "nul-bytes": lambda: CLEAN.encode()[:20] + b"\x00\x00\x00" + CLEAN.encode()[20:],
    "invalid-utf8": lambda: CLEAN.encode()[:20] + b"\xc3\x28\xa0\xa1" + CLEAN.encode()[20:],
    "invalid-utf8-cp1252-like": lambda: CLEAN.encode()[:20] + b"caf\xe9" + CLEAN.encode()[20:],
    "lone-surrogate": lambda: CLEAN.encode()[:20] + b"\xed\xa0\x80" + CLEAN.encode()[20:],
    "utf16-without-bom": lambda: CLEAN.encode("utf-16-le"),
    "utf16-be-without-bom": lambda: CLEAN.encode("utf-16-be"),
    "png-renamed": lambda: (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40 + b"IEND\xaeB`\x82"
    ),
    "acronym-200-capitals": lambda: (
        "WHEREAS, the " + "A" * 200 + " and the " + "A." * 200 + " met; now, therefore, be it\n\n"
        "RESOLVED, That the " + "ABCDEFGHIJ" * 20 + " (" + "Q" * 200 + ") act.\n"
    ).encode(),
    "zero-width-and-bidi": lambda: (
        "\ufeffWHE\u200bREAS, the \u202eblue\u202c sky\u2066 is\u2069\u200d; and\u200c\n\n"
        "\u2060RESOLVED,\u202a That\u200f \u061cwe \u2067look\u2068 up.\u202b\n"
        "\u200b\n\u202e\n"
    ).encode(),
    "line-separators": lambda: (
        "WHEREAS, a\u2028b; and\u0085WHEREAS, c\u2029d; now, therefore, be it\u2028\u2028"
        "RESOLVED, That e\u0085\u0085RESOLVED, That f.\u2028\x0b\x0c\x1c\x1d\x1e"
    ).encode(),
    "run-100k-spaces": lambda: _runs(" "),
    "run-100k-dots": lambda: _runs("."),
    "run-100k-open-parens": lambda: _runs("("),
    "run-100k-close-parens": lambda: _runs(")"),
    "run-100k-paren-pairs": lambda: _runs("()"),
    "run-100k-tabs-nbsp": lambda: _runs("\t\u00a0"),
    # Quadratic once: every "[" searched the bracket stack for a "(".
    "brackets-50k-then-parens-50k": lambda: _runs("[" * 50_000 + ")" * 50_000),
    # Quadratic once: each finding scanned every suppression comment.
    "suppressions-20k": lambda: (
        b"WHEREAS, the  union grew; and\n\n"
        + b"# resolve: ignore H007\nWHEREAS, the  dues  rose; and\n\n" * 20_000
        + b"RESOLVED, That we act.\n"
    ),
    # Margins: 100,000 lines of email quoting, and of printed line numbers.
    "quoted-100k": lambda: b"".join(b"> - item %d;\n" % i for i in range(100_000)),
    "numbered-100k": lambda: b"".join(b"%6d  WHEREAS, item %d;\n" % (i, i) for i in range(100_000)),
}

# The big inputs: each takes 1-5 s per command on the 2-core machine.
SLOW = {
    "single-line-10mb",
    "bullets-100k",
    "blank-lines-1m",
    "nested-1000",
    "run-100k-open-parens",
    "run-100k-close-parens",
    "brackets-50k-then-parens-50k",
    "suppressions-20k",
    "quoted-100k",
    "numbered-100k",
}


def _content_params(command: str) -> list[object]:
    params: list[object] = []
    for name in CONTENT:
        marks: list[pytest.MarkDecorator] = []
        if name in SLOW:
            marks.append(pytest.mark.slow)
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.fixture(scope="module")
def content_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def _content_file(directory: Path, name: str) -> Path:
    path = directory / f"{name}.txt"
    if not path.exists():
        path.write_bytes(CONTENT[name]())
    return path


@pytest.mark.parametrize("name", _content_params("check"))
def test_check_hostile_content(content_dir: Path, name: str) -> None:
    path = _content_file(content_dir, name)
    r = resolve_cli("check", "--output-format", "concise", str(path))
    assert r.out or r.err


@pytest.mark.parametrize("name", _content_params("fmt"))
def test_fmt_check_hostile_content(content_dir: Path, name: str) -> None:
    path = _content_file(content_dir, name)
    before = path.read_bytes()
    resolve_cli("fmt", "--check", str(path))
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "name",
    [
        "nested-1000",
        "nul-bytes",
        "lone-surrogate",
        "utf16-without-bom",
        "png-renamed",
        "acronym-200-capitals",
        "zero-width-and-bidi",
        "line-separators",
        "run-100k-open-parens",
        "run-100k-paren-pairs",
    ],
)
@pytest.mark.parametrize("command", ["show --tree", "convert --to html"])
def test_show_and_convert_hostile_content(content_dir: Path, name: str, command: str) -> None:
    path = _content_file(content_dir, name)
    r = resolve_cli(*command.split(), str(path))
    if r.code == 0:
        assert r.out


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("nul-bytes", "NUL byte"),
        ("png-renamed", "PNG"),
        ("utf16-without-bom", "UTF-16"),
        ("utf16-be-without-bom", "UTF-16"),
        ("lone-surrogate", "UTF-8"),
    ],
)
def test_undecodable_is_one_clear_line(content_dir: Path, name: str, message: str) -> None:
    path = _content_file(content_dir, name)
    r = resolve_cli("check", str(path))
    assert r.code == 2
    assert message in r.err and str(path) in r.err
    assert r.err.count("\n") == 1


def test_invalid_utf8_that_looks_like_cp1252_is_read_with_a_warning(content_dir: Path) -> None:
    for name in ("invalid-utf8", "invalid-utf8-cp1252-like"):
        r = resolve_cli("check", str(_content_file(content_dir, name)))
        assert r.code in (0, 1) and "read as Windows-1252" in r.err


def test_line_separators_keep_their_place(content_dir: Path) -> None:
    """U+2028 and U+0085 are not line breaks for spans (str.splitlines would say so)."""
    import resolve

    text = CONTENT["line-separators"]().decode()
    doc = resolve.parse(text)
    for diag in resolve.check(doc):
        s, e = diag.span.start, diag.span.end
        assert 0 <= s.offset <= e.offset <= len(text)
        assert s.line == text.count("\n", 0, s.offset) + 1
    # fmt treats them as whitespace (a space inside a paragraph, a blank line
    # between parts) but keeps every word.
    formatted = resolve.format(text)
    assert formatted.split() == text.split()
    assert resolve.format(formatted) == formatted


# ---------------------------------------------------------------------------
# Hostile file-system objects


def test_directory_named_like_a_file(tmp_path: Path) -> None:
    d = tmp_path / "x.txt"
    d.mkdir()
    (d / "inner.txt").write_text(CLEAN)
    r = resolve_cli("check", str(d))
    assert r.code == 0  # a directory is searched, whatever its name
    r = resolve_cli("show", str(d))
    assert r.code == 2 and "is a directory" in r.err
    r = resolve_cli("convert", "--to", "json", str(d))
    assert r.code == 2 and "is a directory" in r.err
    r = resolve_cli("check", str(tmp_path))
    assert r.code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--fix"],
        ["fmt"],
        ["fmt", "--check"],
        ["show"],
        ["convert", "--to", "json"],
    ],
    ids=" ".join,
)
def test_fifo_does_not_block(tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = resolve_cli(*args, str(fifo))
    assert r.code == 2 and "FIFO" in r.err


def test_fifo_in_a_directory_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(CLEAN)
    r = resolve_cli("check", str(tmp_path))
    assert r.code == 0
    r = resolve_cli("fmt", "--check", str(tmp_path))
    assert r.code == 0


def test_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "up").symlink_to(tmp_path)
    (sub / "loop").symlink_to(sub)
    (sub / "ok.txt").write_text(CLEAN)
    for name in ("a.txt", "self.txt"):
        for args in (["check"], ["fmt"], ["show"]):
            r = resolve_cli(*args, str(tmp_path / name))
            assert r.code == 2 and "symbolic links" in r.err
    r = resolve_cli("check", str(tmp_path))  # the walk ends; loops are skipped
    assert r.code in (0, 2)
    assert "ok.txt" not in r.err
    r = resolve_cli("check", "--output-format", "json", str(sub))
    assert r.code == 0 and json.loads(r.out) == []


def test_file_deleted_between_listing_and_reading(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resolve.cli.files as files

    (tmp_path / "a.txt").write_text(CLEAN)
    (tmp_path / "b.txt").write_text(CLEAN)
    (tmp_path / "c.txt").write_text(CLEAN.replace("(", "").replace("blue", "blue (really"))
    real_walk = files._walk

    def racing_walk(*args: object, **kwargs: object) -> list[str]:
        found = real_walk(*args, **kwargs)  # type: ignore[arg-type]
        os.unlink(tmp_path / "b.txt")  # someone deletes it right after the listing
        return found

    monkeypatch.setattr(files, "_walk", racing_walk)
    r = cli("check", "--output-format", "json", str(tmp_path))
    assert r.code == 2
    assert "b.txt: no such file or directory" in r.err
    paths = {item["path"] for item in json.loads(r.out)}
    assert any(p.endswith("c.txt") for p in paths)  # the others are still checked


def test_file_deleted_between_listing_and_reading_parallel(
    tmp_path: Path,
) -> None:
    """The same race with ``-j 2``: a file named on the command line that does not
    exist is reported, and the rest are checked. (Under 64 KB of input in all,
    ``-j`` checks in process; tests/test_cli_engine.py covers the process pool.)"""
    (tmp_path / "a.txt").write_text(FIXABLE)
    r = resolve_cli(
        "check",
        "-j",
        "2",
        "--output-format",
        "json",
        str(tmp_path / "a.txt"),
        str(tmp_path / "gone.txt"),
    )
    assert r.code == 2 and "gone.txt: no such file or directory" in r.err
    assert [item["path"].endswith("a.txt") for item in json.loads(r.out)]


@pytest.mark.parametrize("args", [["check", "--fix"], ["fmt"]], ids=" ".join)
def test_read_only_target_is_refused(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "ro.txt"
    path.write_text(FIXABLE)
    path.chmod(0o444)
    r = resolve_cli(*args, str(path))
    assert r.code == 2 and "read-only" in r.err
    assert path.read_text() == FIXABLE
    assert (path.stat().st_mode & 0o777) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.txt"]


# ---------------------------------------------------------------------------
# Output escaping

PRINTABLE_NAME = "odd [bold]x[red] <a&b> \"q\" 'q' 100% a,b c:d.txt"
CONTROL_NAME = "evil\x1b[31m[bold]x[red]\x07\u202e\u200b\x85\nname.txt"
HOSTILE_TEXT = (
    "WHEREAS, the <script>alert(1)</script> & \"quotes\" 'q' ]]> <!-- x --> "
    "[red]x[/red] [b]bold[/b] \x1b]0;pwned\x07 \x1b[31mred\x1b[0m \u202eevil\u202c "
    "zero\u200bwidth\u200d \x85nel\u2028ls %0A ::error:: 100% a,b c:d (really; and\n\n"
    "WHEREAS, [link=https://evil.example]click[/link] \x9b31m <b>&amp;</b>; now, therefore, be it   \n\n"
    "RESOLVED, That we look up [bold]now[/bold].\n"
)
SGR = re.compile(r"\x1b\[[0-9;]*m")
OSC8 = re.compile(r"\x1b]8;[^\x1b\x07]*(?:\x1b\\|\x07)")
TERMINAL_UNSAFE = UNSAFE_CODEPOINTS - {0x0A}


def assert_terminal_safe(text: str, *, color: bool) -> None:
    if color:
        text = OSC8.sub("", SGR.sub("", text))
    bad = sorted({f"U+{ord(ch):04X}" for ch in text if ord(ch) in TERMINAL_UNSAFE})
    assert not bad, f"raw control characters in terminal output: {bad}"


@pytest.fixture(params=[PRINTABLE_NAME, CONTROL_NAME], ids=["printable-name", "control-name"])
def hostile_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / str(request.param)
    path.write_bytes(HOSTILE_TEXT.encode("utf-8"))
    return path


def _github_unescape(value: str) -> str:
    return (
        value.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def _check_full(r: Result, path: Path, color: bool) -> None:
    assert_terminal_safe(r.out, color=color)
    assert "[bold]x[red]" in r.out  # brackets of the name, literally


def _check_concise(r: Result, path: Path, color: bool) -> None:
    _check_full(r, path, color)
    count = len(r.out.splitlines())
    assert count >= 2  # findings, then the summary; one line each


def _check_json(r: Result, path: Path, color: bool) -> None:
    items = json.loads(r.out)
    assert items and all(item["path"] == str(path) for item in items)


def _check_json_lines(r: Result, path: Path, color: bool) -> None:
    items = [json.loads(line) for line in r.out.splitlines()]
    assert items and all(item["path"] == str(path) for item in items)


def _check_github(r: Result, path: Path, color: bool) -> None:
    lines = r.out.splitlines()
    assert lines
    for line in lines:
        m = re.fullmatch(r"::(error|warning|notice) ([^:]*)::(.*)", line)
        assert m, line
        props = dict(item.split("=", 1) for item in m.group(2).split(","))
        assert set(props) <= {"file", "line", "col", "endLine", "endColumn", "title"}
        assert "\r" not in line and "\x1b" not in line and "\x07" not in line
        if "\x1b" not in str(path):
            assert _github_unescape(props["file"]) == str(path)


def _check_sarif(r: Result, path: Path, color: bool) -> None:
    log = json.loads(r.out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(log)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris
    for uri in uris:
        assert not any(ch.isspace() or ord(ch) < 0x20 for ch in uri), uri
        assert unquote(urlparse(uri).path) == str(path)


def _check_junit(r: Result, path: Path, color: bool) -> None:
    root = ET.fromstring(r.out.encode("utf-8"))
    text = " ".join([*root.itertext(), *(v for el in root.iter() for v in el.attrib.values())])
    assert "[bold]x[red]" in text
    assert "<a&b>" in text or "\x1b" in str(path)


CHECK_FORMATS: dict[str, Callable[[Result, Path, bool], None]] = {
    "full": _check_full,
    "concise": _check_concise,
    "json": _check_json,
    "json-lines": _check_json_lines,
    "github": _check_github,
    "sarif": _check_sarif,
    "junit": _check_junit,
}


@pytest.mark.parametrize("color", [False, True], ids=["no-color", "color"])
@pytest.mark.parametrize("fmt", list(CHECK_FORMATS))
def test_check_output_is_escaped(
    cli: Callable[..., Result], hostile_file: Path, fmt: str, color: bool
) -> None:
    r = cli(
        "check",
        "--output-format",
        fmt,
        "--color",
        "always" if color else "never",
        str(hostile_file),
    )
    assert r.code == 1, r.err
    assert_terminal_safe(r.err, color=color)
    CHECK_FORMATS[fmt](r, hostile_file, color)


@pytest.mark.parametrize("color", [False, True], ids=["no-color", "color"])
@pytest.mark.parametrize("tree", [False, True], ids=["pretty", "tree"])
def test_show_output_is_escaped(
    cli: Callable[..., Result], hostile_file: Path, tree: bool, color: bool
) -> None:
    args = ["show", str(hostile_file), "--color", "always" if color else "never"]
    r = cli(*args, *(["--tree"] if tree else []))
    assert r.code == 0
    assert_terminal_safe(r.out, color=color)
    for literal in ("[red]x[/red]", "[b]bold[/b]", "[link=https://evil.example]click[/link]"):
        assert literal in r.out.replace("\n", ""), literal
    assert "<script>alert(1)</script>" in r.out


def _html_text(markup: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(markup)
    assert not tree.xpath("//script"), "document text became a <script> element"
    assert not tree.xpath("//*[local-name()='b']"), "document text became markup"
    return str(tree.text_content())


def _xml_text(markup: str) -> str:
    root = ET.fromstring(markup.encode("utf-8"))
    assert not any(el.tag.rsplit("}", 1)[-1] in ("script", "b") for el in root.iter())
    return " ".join(root.itertext())


@pytest.mark.parametrize(
    ("args", "parse"),
    [
        (["--to", "html"], _html_text),
        (["--to", "html", "--fragment"], _html_text),
        (["--to", "akn"], _xml_text),
        (["--to", "json"], lambda out: json.dumps(json.loads(out), ensure_ascii=False)),
    ],
    ids=["html", "html-fragment", "akn", "json"],
)
def test_convert_output_is_escaped(
    cli: Callable[..., Result],
    hostile_file: Path,
    args: list[str],
    parse: Callable[[str], str],
) -> None:
    r = cli("convert", str(hostile_file), *args)
    assert r.code == 0, r.err
    text = parse(r.out)
    for literal in (
        "<script>alert(1)</script>",
        "[red]x[/red]",
        "<b>&amp;</b>",
        "]]>",
        "<!-- x -->",
    ):
        assert literal in text, literal


def test_convert_json_round_trips_hostile_text(
    cli: Callable[..., Result], hostile_file: Path
) -> None:
    r = cli("convert", str(hostile_file), "--to", "json")
    data = json.loads(r.out)
    blob = json.dumps(data, ensure_ascii=False)
    assert "\\u001b]0;pwned\\u0007" in blob  # control characters are JSON-escaped, not lost


# ---------------------------------------------------------------------------
# No data loss


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name != "t.txt")


WRITERS = [["check", "--fix"], ["fmt"]]


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_write_is_atomic_and_keeps_mode(
    cli: Callable[..., Result], tmp_path: Path, args: list[str]
) -> None:
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE)
    path.chmod(0o640)
    inode = path.stat().st_ino
    r = cli(*args, str(path))
    assert r.code in (0, 1)
    assert path.read_text() == FIXABLE.replace("be it   \n", "be it\n")
    assert (path.stat().st_mode & 0o777) == 0o640
    assert path.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_write_through_symlink_keeps_link(
    cli: Callable[..., Result], tmp_path: Path, args: list[str]
) -> None:
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE)
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    cli(*args, str(link))
    assert link.is_symlink() and path.read_text() != FIXABLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "t.txt"]


@pytest.mark.parametrize("how", ["grow", "replace"])
@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_refuses_file_changed_since_read(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    how: str,
) -> None:
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE)
    edited = FIXABLE + "\nEdited meanwhile.\n"
    real_read = resolve.io.read_text

    def read_then_someone_saves(p: str | os.PathLike[str]) -> resolve.io.Decoded:
        decoded = real_read(p)
        if how == "grow":
            path.write_text(edited)  # an editor writing in place
        else:
            other = tmp_path / ".editor-save"
            other.write_text(edited)
            os.replace(other, path)  # an editor saving by rename
        return decoded

    monkeypatch.setattr(resolve.io, "read_text", read_then_someone_saves)
    r = cli(*args, str(path))
    assert r.code == 2 and "changed on disk" in r.err
    assert path.read_text() == edited
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_refuses_file_removed_since_read(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE)
    real_read = resolve.io.read_text

    def read_then_delete(p: str | os.PathLike[str]) -> resolve.io.Decoded:
        decoded = real_read(p)
        path.unlink()
        return decoded

    monkeypatch.setattr(resolve.io, "read_text", read_then_delete)
    r = cli(*args, str(path))
    assert r.code == 2 and "removed" in r.err
    assert not path.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_same_size_edit_within_one_clock_tick(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """An in-place edit of the same size inside one file-system timestamp tick
    (simulated by restoring the mtime) leaves size, inode and mtime unchanged."""
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE)
    edited = FIXABLE.replace("sky", "SKY")
    real_read = resolve.io.read_text

    def read_then_quick_edit(p: str | os.PathLike[str]) -> resolve.io.Decoded:
        decoded = real_read(p)
        st = path.stat()
        with open(path, "r+b") as handle:
            handle.write(edited.encode())
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        return decoded

    monkeypatch.setattr(resolve.io, "read_text", read_then_quick_edit)
    cli(*args, str(path))
    assert "SKY" in path.read_text(), "a concurrent edit was overwritten"


def _fail_replace(src: object, dst: object) -> None:
    raise OSError(28, "No space left on device")


def _fail_fsync(fd: int) -> None:
    raise OSError(5, "Input/output error")


def _interrupt_replace(src: object, dst: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("target", "failure", "exit_code"),
    [
        ("replace", _fail_replace, 2),
        ("fsync", _fail_fsync, 2),
        ("replace", _interrupt_replace, 130),
    ],
    ids=["replace-ENOSPC", "fsync-EIO", "replace-ctrl-c"],
)
@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_failed_write_leaves_original_and_no_temp_file(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    target: str,
    failure: Callable[..., None],
    exit_code: int,
) -> None:
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE)
    path.chmod(0o600)
    monkeypatch.setattr(resolve.io.os, target, failure)
    code = run([*args, str(path)])
    monkeypatch.undo()
    assert code == exit_code
    assert path.read_text() == FIXABLE
    assert (path.stat().st_mode & 0o777) == 0o600
    assert _leftovers(tmp_path) == []


KILL_MID_WRITE = """
import os, sys
import resolve._atomic
real_write = os.write
def half(fd, data):
    real_write(fd, bytes(data[: len(data) // 2]))
    os._exit(9)  # killed half-way through writing the temporary file
resolve._atomic.os.write = half
from resolve.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("args", WRITERS, ids=" ".join)
def test_killed_mid_write_leaves_original(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text(FIXABLE * 50)
    proc = subprocess.run(
        [sys.executable, "-c", KILL_MID_WRITE, *args, str(path)],
        capture_output=True,
        timeout=TIMEOUT * 2,
        check=False,
    )
    assert proc.returncode == 9, proc.stderr.decode()
    assert path.read_text() == FIXABLE * 50  # the old file, whole
    # A killed process cannot clean up: at most its own hidden temporary file remains.
    assert all(re.fullmatch(r"\.t\.txt\..*\.tmp", name) for name in _leftovers(tmp_path))


# ---------------------------------------------------------------------------
# Hostile JSON input (convert --from json) and huge JSON output

HOSTILE_JSON: dict[str, tuple[str, str]] = {
    "brackets-70k": ("[" * 70_000 + "]" * 70_000, "nested 70000 levels deep"),
    "brackets-70k-in-object": (
        '{"resolutions":' + "[" * 70_000 + "]" * 70_000 + "}",
        "nested 70001 levels deep",
    ),
    "lone-surrogate": (
        '{"resolutions":[{"preamble":[{"opener":"WHEREAS","body":"a\\ud800b"}]}]}',
        "lone surrogate U+D800",
    ),
    "depth-1e9": (
        '{"resolutions":[{"clauses":[{"body":"x","depth":1000000000}]}]}',
        '"depth": 1000000000 but stands at depth 0',
    ),
    "sub-clause-depth-1e9": (
        '{"resolutions":[{"clauses":[{"body":"x","subclauses":[{"body":"y","depth":1000000000}]}]}]}',
        '"depth": 1000000000 but stands at depth 1',
    ),
    "depth-not-a-number": (
        '{"resolutions":[{"clauses":[{"body":"x","depth":"deep"}]}]}',
        "'depth' is str, expected int",
    ),
    "body-not-a-string": (
        '{"resolutions":[{"clauses":[{"body":["x"]}]}]}',
        "'body' is list, expected str",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_json_input_is_one_clear_error(tmp_path: Path, name: str) -> None:
    text, message = HOSTILE_JSON[name]
    path = tmp_path / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    for to in ("text", "json"):
        r = resolve_cli("convert", "--from", "json", "--to", to, str(path), timeout=20)
        assert r.code == 2, r.err
        assert message in r.err  # within the 20 s timeout: resolve_cli fails the test past it


def test_json_depth_near_the_limit_still_loads(tmp_path: Path) -> None:
    """4,000 levels of sub-clauses (8,000 of JSON, under the 10,000 limit), written by
    hand with only the parts, load and render back to text."""
    levels = 4000
    inner = (
        '{"marker": "(a)", "body": "level", "subclauses": [' * levels
        + '{"marker": "(a)", "body": "innermost"}'
        + "]}" * levels
    )
    path = tmp_path / "deep.json"
    path.write_text(
        '{"resolutions": [{"clauses": [{"body": "we act", "subclauses": [' + inner + "]}]}]}"
    )
    r = resolve_cli("convert", "--from", "json", "--to", "text", str(path))
    assert r.code == 0 and "innermost" in r.out


def test_json_of_deep_nesting_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "nested.txt"
    source.write_bytes(_nested(200))
    as_json = tmp_path / "nested.json"
    r = resolve_cli("convert", "--to", "json", "-o", str(as_json), str(source))
    assert r.code == 0
    r = resolve_cli("convert", "--from", "json", "--to", "text", str(as_json))
    assert r.code == 0 and "level 199 applies to" in r.out


@pytest.mark.slow
def test_json_of_deep_nesting_streams_in_bounded_memory(tmp_path: Path) -> None:
    """Each clause's text holds its sub-clauses', so 1,000 levels make ~370 MB of JSON:
    written in pieces under a 1 GB address-space limit, whole, and ending in '}'."""
    source = tmp_path / "nested.txt"
    source.write_bytes(_nested(1000))

    def limit() -> None:  # pragma: no cover - runs in the child
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    proc = subprocess.Popen(
        [sys.executable, "-m", "resolve", "convert", "--to", "json", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=limit,
    )
    assert proc.stdout is not None
    total = 0
    tail = b""
    while chunk := proc.stdout.read(1 << 20):
        total += len(chunk)
        tail = (tail + chunk)[-64:]
    err = proc.stderr.read() if proc.stderr else b""
    assert proc.wait(timeout=120) == 0, err.decode()[-2000:]
    assert total > 300_000_000
    assert tail.endswith(b"}\n")
