"""resolve.cli.fast: a plain `resolve check` line read without typer, as typer reads it."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import resolve.cli
from resolve.cli import _command, check_run, run
from resolve.cli.fast import check_arguments

ROOT = Path(__file__).parent.parent
UE = ROOT / "examples" / "ue-79th-convention-international-solidarity.txt"
PY = sys.executable


def typer_kwargs_many(
    lines: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> list[dict[str, Any] | None]:
    """What typer passes to check_files for each command line; None if it refuses it."""
    captured: dict[str, Any] = {}

    def fake(paths: list[str], **kwargs: Any) -> int:
        captured.update(paths=paths, **kwargs)
        return 0

    results: list[dict[str, Any] | None] = []
    with monkeypatch.context() as m:
        m.setattr(check_run, "check_files", fake)
        command = _command()
        for args in lines:
            captured.clear()
            try:
                command.main(args=args, prog_name="resolve", standalone_mode=False)
            except Exception:  # a usage error
                results.append(None)
            else:
                results.append(dict(captured))
    return results


def _argv_corpus(config: Path) -> list[list[str]]:
    rng = random.Random(6)
    single = [["--profile", v] for v in ("auto", "ronr", "gpo", "un", "convention", "board")] + [
        ["--severity", v] for v in ("error", "warning", "info")
    ]
    single += [["--output-format", v] for v in ("full", "concise", "json", "json-lines")]
    single += [["--output-format", v] for v in ("github", "sarif", "junit")]
    single += [["--color", v] for v in ("auto", "always", "never")]
    single += [["-j", v] for v in ("0", "1", "2", "007", "16")] + [["--jobs", "3"]]
    single += [["--stdin-filename", "x y.txt"], ["--stdin-filename", ""]]
    single += [["--config", str(config)], ["--config", str(config.parent / "none.toml")]]
    single += [["--config", ""]]
    single += [["--select", "P,C005"], ["--select", "A"], ["--ignore", "H004 L"]]
    single += [["--include", "*.md"], ["--exclude", "b/**"], ["--exclude", "*.txt,*.res"]]
    single += [["-q"], ["--quiet"], ["--statistics"], ["--fix"], ["--diff"]]
    single += [["--extend-select", "H"], ["--extend-ignore", "L001,L002"], ["--unsafe-fixes"]]
    single += [["--show-settings"], ["--profile", "nope"], ["--color", "yes"]]
    paths = [["a.txt"], ["a.txt", "b dir/", "-"], ["-"], ["ü.txt", "a.txt"]]
    corpus = [["check", *p] for p in paths] + [["check", *o, "a.txt"] for o in single]
    for _ in range(400):
        options = rng.sample(single, rng.randint(1, 6))
        where = rng.randint(0, len(options))  # paths go between two options
        before = [w for o in options[:where] for w in o]
        after = [w for o in options[where:] for w in o]
        corpus.append(["check", *before, *rng.choice(paths), *after])
    return corpus


def test_plain_command_lines_read_as_typer_reads_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "resolve.toml"
    config.write_text("", encoding="utf-8")
    corpus = _argv_corpus(config)
    from resolve.cli.options import CHECK_OPTIONS

    words = {word for args in corpus for word in args}
    assert [o.flags[0] for o in CHECK_OPTIONS if o.flags[0] not in words] == []  # all tried
    for args, theirs in zip(corpus, typer_kwargs_many(corpus, monkeypatch), strict=True):
        ours = check_arguments(args)
        assert ours is not None, " ".join(repr(a) for a in args)  # all of these are plain
        assert theirs is not None and ours == theirs, args
        for key, value in ours.items():  # same types too (an Enum member, not its value)
            assert type(value) is type(theirs[key]), (args, key)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["check"],
        ["check", "--help"],
        ["check", "-h", "a.txt"],
        ["check", "--jobs=2", "a.txt"],
        ["check", "-j2", "a.txt"],
        ["check", "-qj", "1", "a.txt"],
        ["check", "--", "a.txt"],
        ["check", "--bogus", "a.txt"],
        ["check", "-j", "-1", "a.txt"],
        ["check", "-j", "two", "a.txt"],
        ["check", "-j", " 2", "a.txt"],
        ["check", "-j", "٣", "a.txt"],
        ["check", "a.txt", "--select"],
        ["check", "--select", "-x", "a.txt"],
        ["check", "--output-format", "--quiet", "a.txt"],
        ["check", "--config", "a\0b.toml", "a.txt"],
        ["--version"],
        ["show", "a.txt"],
        ["CHECK", "a.txt"],
        ["-V", "check", "a.txt"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert check_arguments(args) is None


@pytest.mark.parametrize(
    "options",
    [["--profile", "nope"], ["--profile", "UN"], ["--severity", "fatal"], ["--color", "yes"]],
)
def test_a_wrong_choice_is_worded_once_for_both_paths(
    options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    fast = run(["check", *options, str(UE)])
    fast_err = capsys.readouterr().err
    slow = run(["check", "--jobs=1", *options, str(UE)])  # '=': typer reads this line
    assert (fast, fast_err) == (slow, capsys.readouterr().err)
    assert fast == 2
    assert fast_err.startswith(f"resolve: error: {options[0]}: {options[1]!r} is not one of ")


def test_unreadable_config_is_left_to_typer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "resolve.toml"
    config.write_text("", encoding="utf-8")
    args = ["check", "--config", str(config), "a.txt"]
    assert check_arguments(args) is not None
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m: False if str(p) == str(config) else real_access(p, m)
    )
    assert check_arguments(args) is None
    assert typer_kwargs_many([args], monkeypatch) == [None]
    assert run(args) == 2
    assert "is not readable" in capsys.readouterr().err


def test_shell_completion_is_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve.cli._run_fast(["check", "--help"]) is None
    monkeypatch.setenv("_RESOLVE_COMPLETE", "complete_bash")
    called: list[Any] = []
    monkeypatch.setattr(check_run, "check_files", lambda *a, **k: called.append(a) or 0)
    assert resolve.cli._run_fast(["check", "a.txt"]) is None
    assert not called


@pytest.mark.parametrize("error", [EOFError, KeyboardInterrupt, BrokenPipeError])
def test_interruptions_end_the_same_way_on_both_paths(
    error: type[BaseException],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def fail(*args: Any, **kwargs: Any) -> int:
        raise error()

    monkeypatch.setattr(check_run, "check_files", fail)
    monkeypatch.setattr(resolve.cli, "_quiet_stdout", lambda: None)
    fast = run(["check", "a.txt"])
    fast_err = capsys.readouterr().err
    slow = run(["check", "--jobs=1", "a.txt"])  # not plain: typer reads it
    slow_err = capsys.readouterr().err
    assert (fast, fast_err) == (slow, slow_err)
    assert fast in (130, 141)


def test_check_without_typer_in_a_subprocess(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from resolve.cli import run\n"
        "rc = run(sys.argv[1:])\n"
        "print('TYPER', sorted(m for m in sys.modules if m.split('.')[0] == 'typer'),"
        " file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    plain = ["check", "--output-format", "concise", str(UE)]
    fast = subprocess.run([PY, "-c", code, *plain], capture_output=True, text=True, check=False)
    assert "TYPER []" in fast.stderr
    slow_args = ["check", "--output-format=concise", str(UE)]
    slow = subprocess.run([PY, "-c", code, *slow_args], capture_output=True, text=True, check=False)
    assert "TYPER []" not in slow.stderr
    assert (fast.returncode, fast.stdout) == (slow.returncode, slow.stdout)
    assert fast.returncode == 0  # the seed example has no error-level finding


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_without_typer_prints_what_typer_prints(
    flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert resolve.cli._run_fast([flag]) == 0
    fast = capsys.readouterr()
    assert _command().main(args=[flag], prog_name="resolve", standalone_mode=False) == 0
    assert capsys.readouterr() == fast
    assert fast.out == f"resolve {resolve.__version__}\n"
    assert resolve.cli._run_fast([flag, "check"]) is None  # anything more: typer
