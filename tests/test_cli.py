"""The resolve command line, in process (resolve.cli.run) and as a subprocess."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

import resolve
from conftest import CliRunner, write
from resolve.cli import run

ROOT = Path(__file__).parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
PY = sys.executable

CLEAN = "WHEREAS, the sky is blue; now, therefore, be it\n\nRESOLVED, That we look up.\n"
ERROR = "WHEREAS, the sky is blue (really; now, therefore, be it\n\nRESOLVED, That we look up.\n"
FIXABLE = "WHEREAS, the sky is blue; now, therefore, be it   \n\nRESOLVED, That we look up.\n"


# -- basics -------------------------------------------------------------------


def test_version(cli: CliRunner) -> None:
    r = cli("--version")
    assert (r.code, r.out) == (0, f"resolve {resolve.__version__}\n")


@pytest.mark.parametrize("command", ["show", "convert", "schema", "check", "fmt", "rules", "rule"])
def test_every_command_has_help_with_an_example(cli: CliRunner, command: str) -> None:
    r = cli(command, "--help")
    assert r.code == 0
    assert "Example" in r.out
    assert f"resolve {command}" in r.out


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_do_not_import_lark_or_rules(flag: str) -> None:
    code = (
        "import sys\n"
        "from resolve.cli import run\n"
        f"rc = run([{flag!r}])\n"
        "bad = [m for m in sys.modules if m == 'lark' or m.startswith(('lark.', 'resolve.rules',"
        " 'resolve.checker', 'resolve.parsing', 'resolve.formats.'))\n"
        # the converters' option dataclass is all that the enum of formats brings
        "       and m != 'resolve.formats.options']\n"
        "print('BAD', bad, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "BAD []" in proc.stderr


def test_python_dash_m(tmp_path: Path) -> None:
    proc = subprocess.run(
        [PY, "-m", "resolve", "show", str(EXAMPLES[0])], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and "Preamble" in proc.stdout


def test_no_arguments_is_usage_error(cli: CliRunner) -> None:
    r = cli()
    assert r.code == 2 and "Usage" in r.out + r.err


@pytest.mark.parametrize(
    "args",
    [["bogus"], ["check", "--profile", "nope", "x"], ["check"], ["convert", "x.txt"]],
)
def test_usage_errors_are_one_line(cli: CliRunner, args: list[str]) -> None:
    r = cli(*args)
    assert r.code == 2
    assert r.err.startswith("resolve: error: ") and r.err.count("\n") == 1


# -- show ---------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_show_every_example(cli: CliRunner, path: Path) -> None:
    r = cli("show", str(path))
    assert r.code == 0, r.err
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    if any(res.enacting_formula for res in doc.resolutions):
        assert "enacting formula" in r.out
    assert "\x1b" not in r.out  # captured output is not a terminal
    r = cli("show", "--tree", str(path))
    assert r.code == 0 and r.out.startswith("Document")


def test_show_stdin_and_literal_brackets(cli: CliRunner) -> None:
    text = "Motion of [Name of Local] [/b]\n\nWHEREAS, [bold]x[/bold] \x1b[31mred; and\n\nRESOLVED, That [i]y[/i].\n"
    for color in ("never", "always"):
        r = cli("show", "-", "--color", color, stdin=text.encode())
        assert r.code == 0
        assert "[Name of Local] [/b]" in r.out and "[bold]x[/bold]" in r.out and "[i]y[/i]" in r.out
        assert "␛[31mred" in r.out and "\x1b[31mred" not in r.out
    assert "\x1b[" in cli("show", "-", "--color", "always", stdin=text.encode()).out


def test_force_color_and_no_color(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in cli("show", str(EXAMPLES[0])).out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("show", str(EXAMPLES[0])).out


# -- bad input ----------------------------------------------------------------


def test_bad_inputs(cli: CliRunner, tmp_path: Path) -> None:
    cases: dict[str, Path] = {
        "no such file": tmp_path / "missing.txt",
        "is a directory": tmp_path,
    }
    bad = tmp_path / "bad.txt"
    bad.write_bytes("café ".encode() + b"\xff\n")
    cases["0xff at offset 6"] = bad
    png = tmp_path / "pic.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    cases["binary"] = png
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    cases["symbolic links"] = loop
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.txt"
        os.mkfifo(fifo)
        cases["FIFO"] = fifo
    for expected, path in cases.items():
        for command in (["show"], ["check"], ["convert", "--to", "json"], ["fmt", "--check"]):
            if path == tmp_path and command[0] in ("check", "fmt"):
                continue  # check and fmt search directories
            r = cli(*command, str(path))
            assert r.code == 2, (command, path, r)
            assert expected in r.err, (command, r.err)
            assert r.err.startswith("resolve: error: ")


def test_unreadable_file_simulated(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The tests run as root, so chmod 000 does not stop reads; make os.open fail instead.
    import errno

    target = write(tmp_path / "secret.txt", CLEAN)
    real_open = os.open

    def deny(path, flags, *args):
        if os.fspath(path) == str(target):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", deny)
    r = cli(
        "check", str(target), str(write(tmp_path / "ok.txt", ERROR)), "--output-format", "concise"
    )
    assert r.code == 2  # unreadable input wins over findings
    assert f"resolve: error: {target}: permission denied" in r.err
    assert "ok.txt:1:26: L003" in r.out  # the other file is still reported


def test_utf16_and_cp1252(cli: CliRunner, tmp_path: Path) -> None:
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(FIXABLE.encode("utf-16"))
    r = cli("show", str(utf16))
    assert r.code == 0 and "sky is blue" in r.out
    r = cli("check", "--fix", str(utf16), "-q")
    assert r.code == 0
    data = utf16.read_bytes()
    assert data.startswith(b"\xff\xfe") and data.decode("utf-16") == CLEAN
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        b"WHEREAS, caf\xe9 is open; now, therefore, be it\n\nRESOLVED, That we eat.\n"
    )
    r = cli("check", str(legacy))
    assert r.code == 0
    assert "resolve: warning:" in r.err and "Windows-1252" in r.err


# -- convert / schema -----------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_convert_json_matches_schema_and_counts(cli: CliRunner, path: Path) -> None:
    r = cli("convert", str(path), "--to", "json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    schema = json.loads(cli("schema").out)
    jsonschema.Draft202012Validator(schema).validate(data)
    doc = resolve.parse(path.read_text(encoding="utf-8"))
    assert len(data["resolutions"]) == len(doc.resolutions)
    for got, res in zip(data["resolutions"], doc.resolutions, strict=True):
        assert len(got["preamble"]) == len(res.preamble)
        assert len(got["clauses"]) == len(res.clauses)


def test_convert_output_file_and_from_json(cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert cli("convert", str(EXAMPLES[0]), "--to", "json", "-o", str(out)).code == 0
    assert json.loads(out.read_text())["resolutions"]
    for fmt in ("markdown", "html", "akn", "text"):
        r = cli("convert", str(out), "--to", fmt, "--from", "json")
        assert r.code == 0 and r.out.strip(), (fmt, r.err)
    assert (
        cli("convert", str(EXAMPLES[0]), "--to", "html", "--fragment").out.lstrip().startswith("<")
    )


def test_convert_errors(cli: CliRunner, tmp_path: Path) -> None:
    r = cli("convert", str(EXAMPLES[0]), "--to", "akn", "--akn-date", "someday")
    assert r.code == 2 and "--akn-date" in r.err
    bogus = write(tmp_path / "x.json", '{"not": "a resolution"}')
    r = cli("convert", str(bogus), "--to", "html", "--from", "json")
    assert r.code == 2 and r.err.startswith("resolve: error: ")
    ro = write(tmp_path / "ro.html", "old")
    ro.chmod(0o444)
    r = cli("convert", str(EXAMPLES[0]), "--to", "html", "-o", str(ro))
    assert r.code == 2 and "read-only" in r.err and ro.read_text() == "old"


def test_schema(cli: CliRunner) -> None:
    r = cli("schema")
    assert r.code == 0
    jsonschema.Draft202012Validator.check_schema(json.loads(r.out))
    assert cli("schema", "document").out == r.out


def test_schema_of_diff_validates_diff_output(cli: CliRunner, tmp_path: Path) -> None:
    r = cli("schema", "diff")
    assert r.code == 0
    schema = json.loads(r.out)
    assert schema["$id"].endswith("diff-schema.json")
    new = tmp_path / "new.txt"
    new.write_text(EXAMPLES[0].read_text(encoding="utf-8").replace("WHEREAS", "Whereas", 1))
    out = cli("diff", str(EXAMPLES[0]), str(new), "--output-format", "json")
    jsonschema.Draft202012Validator(schema).validate(json.loads(out.out))


def test_schema_unknown_kind_is_a_usage_error(cli: CliRunner) -> None:
    r = cli("schema", "bogus")
    assert (r.code, r.out) == (2, "")
    assert "unknown schema 'bogus'" in r.err and "document, diff" in r.err


# -- check ------------------------------------------------------------------------


def test_check_exit_codes(cli: CliRunner, tmp_path: Path) -> None:
    clean = write(tmp_path / "clean.txt", CLEAN)
    error = write(tmp_path / "error.txt", ERROR)
    warn = write(tmp_path / "warn.txt", FIXABLE)
    assert cli("check", str(clean)).code == 0
    assert cli("check", str(error)).code == 1
    assert cli("check", str(warn)).code == 0
    assert cli("check", str(warn), "--severity", "warning").code == 1
    assert cli("check", str(error), "--ignore", "L003").code == 0
    assert cli("check", str(error), "--select", "H").code == 0
    assert cli("check", str(tmp_path / "missing.txt")).code == 2
    r = cli("check", str(clean), "--select", "ZZ9")
    assert r.code == 2 and "ZZ9" in r.err


def test_check_config_errors(cli: CliRunner, tmp_path: Path) -> None:
    bad = write(tmp_path / "resolve.toml", 'profile = "nonsense"\n')
    r = cli("check", str(write(tmp_path / "a.txt", CLEAN)), "--config", str(bad))
    assert (
        r.code == 2
        and r.err.startswith("resolve: error: configuration:")
        and r.err.count("\n") == 1
    )
    r = cli("check", str(tmp_path / "a.txt"), "--config", str(tmp_path / "none.toml"))
    assert r.code == 2 and "--config" in r.err


def test_check_directory_discovery(cli: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ERROR)
    write(tmp_path / "b.md", ERROR)
    write(tmp_path / "c.res", ERROR)
    write(tmp_path / "d.doc", ERROR)
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "e.txt", ERROR)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "f.txt", ERROR)
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a symlink loop must not hang
    r = cli("check", str(tmp_path), "--output-format", "concise", "-q")
    files = sorted({line.split(":")[0] for line in r.out.splitlines()})
    base = str(tmp_path)
    assert files == [f"{base}/a.txt", f"{base}/b.md", f"{base}/c.res", f"{base}/sub/f.txt"]
    r = cli(
        "check",
        str(tmp_path),
        "--output-format",
        "concise",
        "-q",
        "--exclude",
        "sub",
        "--include",
        "*.txt",
    )
    assert sorted({line.split(":")[0] for line in r.out.splitlines()}) == [f"{base}/a.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    r = cli("check", str(empty))
    assert r.code == 0 and "no files" in r.err


def test_check_stdin(cli: CliRunner) -> None:
    r = cli("check", "-", "--output-format", "concise", stdin=ERROR.encode())
    assert r.code == 1 and r.out.startswith("<stdin>:1:26: L003")
    r = cli(
        "check",
        "-",
        "--stdin-filename",
        "motion.txt",
        "--output-format",
        "concise",
        stdin=ERROR.encode(),
    )
    assert r.out.startswith("motion.txt:1:26: L003")
    r = cli("check", "--fix", "-", stdin=FIXABLE.encode())
    assert r.code == 0 and r.out == CLEAN  # fixed text on stdout, report on stderr
    assert "All checks passed" in r.err


def test_check_output_formats(cli: CliRunner, tmp_path: Path) -> None:
    a = write(tmp_path / "a, b: [c].txt", ERROR)
    args = ["check", str(a)]
    full = cli(*args)
    assert full.code == 1
    assert f"{a}:1:26: error[L003]:" in full.out and "^" in full.out
    assert "Found 1 error, 0 warnings in 1 file (1 checked)." in full.out
    assert cli(*args, "--output-format", "concise").out.startswith(f"{a}:1:26: L003 ")
    data = json.loads(cli(*args, "--output-format", "json").out)
    assert data[0]["code"] == "L003" and data[0]["path"] == str(a)
    lines = cli(*args, "--output-format", "json-lines").out.splitlines()
    assert json.loads(lines[0])["code"] == "L003"
    gh = cli(*args, "--output-format", "github").out
    assert gh.startswith("::error file=") and "%2C b%3A [c].txt,line=1,col=26," in gh
    sarif = json.loads(cli(*args, "--output-format", "sarif").out)
    jsonschema.Draft202012Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "L003"
    assert sarif["runs"][0]["tool"]["driver"]["rules"][0]["shortDescription"]["text"]
    junit = ET.fromstring(cli(*args, "--output-format", "junit").out)
    assert junit.find("testsuite/testcase/failure").get("type") == "L003"  # type: ignore[union-attr]
    stats = cli(*args, "--statistics")
    assert stats.out.splitlines()[0].split()[:2] == ["1", "L003"]
    quiet = cli(*args, "--output-format", "concise", "--quiet")
    assert len(quiet.out.splitlines()) == 1


def test_check_color(cli: CliRunner, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", ERROR)
    assert "\x1b[" in cli("check", str(a), "--color", "always").out
    assert "\x1b[" not in cli("check", str(a), "--color", "never").out
    assert "\x1b[" not in cli("check", str(a)).out  # not a terminal


def test_check_fix_and_diff(cli: CliRunner, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", FIXABLE)
    a.chmod(0o640)
    r = cli("check", "--diff", str(a))
    assert r.code == 1
    assert (
        r.out.startswith(f"--- a/{a}\n+++ b/{a}\n")
        and "-WHEREAS, the sky is blue; now, therefore, be it   \n" in r.out
    )
    assert a.read_text() == FIXABLE  # --diff writes nothing
    r = cli("check", "--fix", str(a))
    assert r.code == 0 and "Fixed 1 finding(s) in 1 file(s)." in r.err
    assert a.read_text() == CLEAN
    assert stat.S_IMODE(a.stat().st_mode) == 0o640
    mtime = a.stat().st_mtime_ns
    r = cli("check", "--fix", str(a))  # a second run changes nothing
    assert r.code == 0 and a.stat().st_mtime_ns == mtime and a.read_text() == CLEAN
    assert cli("check", "--diff", str(a)).code == 0


def test_check_fix_refuses_read_only(cli: CliRunner, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", FIXABLE)
    a.chmod(0o444)
    r = cli("check", "--fix", str(a))
    assert r.code == 2 and "read-only" in r.err and a.read_text() == FIXABLE


def test_check_fix_refuses_changed_file(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resolve.checker

    a = write(tmp_path / "a.txt", FIXABLE)
    real_check = resolve.checker.check

    def racing_check(*args, **kwargs):
        # Someone saves the file while we are checking it.
        if a.read_text() == FIXABLE:
            a.write_text(FIXABLE + "\nEdited meanwhile.\n")
        return real_check(*args, **kwargs)

    monkeypatch.setattr(resolve.checker, "check", racing_check)
    r = cli("check", "--fix", str(a))
    assert r.code == 2 and "changed on disk" in r.err
    assert a.read_text().endswith("Edited meanwhile.\n")


def test_check_parallel_is_deterministic(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resolve.cli.engine

    monkeypatch.setattr(resolve.cli.engine, "PARALLEL_MIN_BYTES", 0)  # small, but use the pool
    for path in EXAMPLES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    write(tmp_path / "zz-error.txt", ERROR)
    serial = cli("check", str(tmp_path), "--output-format", "json")
    parallel = cli("check", str(tmp_path), "--output-format", "json", "-j", "2")
    all_cores = cli("check", str(tmp_path), "--output-format", "json", "-j", "0")
    assert serial.code == parallel.code == all_cores.code == 1
    assert serial.out == parallel.out == all_cores.out
    paths = [item["path"] for item in json.loads(serial.out)]
    assert paths == sorted(paths)


# -- hostile names and content ------------------------------------------------------


HOSTILE_NAMES = [
    "a,b.txt",
    "c:d.txt",
    "with space.txt",
    "[Name of Local] [b]x.txt",
    "new\nline.txt",
    "esc\x1b[31m.txt",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_file_names(cli: CliRunner, tmp_path: Path, name: str) -> None:
    try:
        path = write(tmp_path / name, ERROR + "\x1b]0;pwned\x07 [red]x[/red]\n")
    except OSError:
        pytest.skip("the file system does not allow this name")
    for fmt in ("full", "concise", "github"):
        r = cli("check", str(path), "--output-format", fmt, "--color", "always")
        assert r.code == 1
        for text in (r.out, r.err):
            assert "\x1b]" not in text and "\x1b[31m.txt" not in text and "\x07" not in text
        if fmt == "concise":
            from resolve.render.safe import safe_text

            lines = r.out.splitlines()  # one line per finding, even with \n in the name
            count = len(json.loads(cli("check", str(path), "--output-format", "json").out))
            assert len(lines) == count + 1
            assert all(
                line.startswith(safe_text(str(path), single_line=True) + ":") for line in lines[:-1]
            )
    r = cli("check", str(path), "--output-format", "json")
    assert json.loads(r.out)[0]["path"] == str(path)
    r = cli("show", str(path))
    assert r.code == 0 and "[red]x[/red]" in r.out and "␛]0;pwned␇" in r.out


def test_hostile_missing_name_error_is_one_line(cli: CliRunner, tmp_path: Path) -> None:
    r = cli("show", str(tmp_path / "evil\n\x1b[2Jname.txt"))
    assert r.code == 2 and r.err.count("\n") == 1 and "\x1b" not in r.err and "␊␛[2J" in r.err


# -- fmt ------------------------------------------------------------------------------


def test_fmt(cli: CliRunner, tmp_path: Path) -> None:
    from resolve.formats.fmt import format_text

    messy = (
        "WHEREAS, the sky  is blue ;now, therefore, be it\n\n\n\nRESOLVED, That we look up.   \n"
    )
    expected = format_text(messy)
    a = write(tmp_path / "a.txt", messy)
    a.chmod(0o600)
    if expected == messy:
        pytest.skip("the formatter leaves this text unchanged")
    r = cli("fmt", "--check", str(a))
    assert r.code == 1 and f"Would reformat: {a}" in r.out and a.read_text() == messy
    r = cli("fmt", "--diff", str(a))
    assert r.code == 1 and r.out.startswith(f"--- a/{a}") and a.read_text() == messy
    r = cli("fmt", "-", stdin=messy.encode())
    assert r.code == 0 and r.out == expected
    r = cli("fmt", str(a))
    assert r.code == 0 and a.read_text() == expected and stat.S_IMODE(a.stat().st_mode) == 0o600
    assert cli("fmt", "--check", str(a)).code == 0


# -- rules ----------------------------------------------------------------------------


def test_rules_and_rule(cli: CliRunner) -> None:
    from resolve.rules.registry import RULES

    r = cli("rules")
    assert r.code == 0
    for rule in RULES:
        assert rule.code in r.out
    first = RULES[0]
    r = cli("rule", first.code)
    assert r.code == 0 and first.name in r.out and first.summary in r.out
    assert cli("rule", first.name).code == 0
    r = cli("rule", "X999")
    assert r.code == 2 and "unknown rule" in r.err


# -- signals and pipes ----------------------------------------------------------------


def test_keyboard_interrupt(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(text: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(resolve, "parse", interrupted)
    r = cli("show", str(EXAMPLES[0]))
    assert r.code == 130 and "interrupted" in r.err


def test_internal_error_is_one_line(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(resolve, "parse", broken)
    r = cli("show", str(EXAMPLES[0]))
    assert r.code == 2 and r.err.startswith("resolve: error: internal error: RuntimeError: boom")


def test_broken_pipe_is_quiet() -> None:
    # The reader goes away before resolve writes anything (like `resolve ... | true`).
    for args in (["show", str(EXAMPLES[0])], ["convert", str(EXAMPLES[0]), "--to", "json"]):
        proc = subprocess.Popen(
            [PY, "-m", "resolve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert err == ""
        assert proc.returncode == 141


class _ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_in_rich_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import resolve.cli

    monkeypatch.setattr(resolve.cli, "_quiet_stdout", lambda: None)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert run(["show", str(EXAMPLES[0])]) == 141
    assert run(["rules"]) == 141
    assert "Traceback" not in capsys.readouterr().err


def test_gc_paused_restores_the_collector() -> None:
    import gc

    from resolve.cli import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_fmt_says_why_it_leaves_a_file_as_is(cli: CliRunner, tmp_path: Path) -> None:
    letter = write(tmp_path / "letter.txt", "Dear Ana,\n\nSee  you at 9 ;and bring the minutes.\n")
    canonical = write(tmp_path / "ok.txt", resolve.format("WHEREAS, a;\n\nRESOLVED, That b.\n"))
    r = cli("fmt", "--check", str(letter), str(canonical))
    assert r.code == 0
    assert "letter.txt: no resolution found" in r.err
    assert "0 file(s) would be reformatted, 1 already formatted, 1 left as is" in r.err
    r = cli("fmt", str(letter))
    assert r.code == 0 and "1 left as is (see the notes above)" in r.err
    assert letter.read_text(encoding="utf-8").startswith("Dear Ana,\n\nSee  you")


def test_fmt_keeps_printed_line_numbers(cli: CliRunner, tmp_path: Path) -> None:
    body = "".join(f"{i:2d}  WHEREAS, item {i} is true ; and\n" for i in range(1, 12))
    numbered = write(tmp_path / "numbered.txt", body + "12  RESOLVED, That we act.\n")
    r = cli("fmt", str(numbered))
    assert r.code == 0
    lines = numbered.read_text(encoding="utf-8").splitlines()
    assert lines[0] == " 1  WHEREAS, item 1 is true; and"
    assert [line[:2] for line in lines] == [f"{i:2d}" for i in range(1, 13)]
