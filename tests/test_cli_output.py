"""What ``resolve`` prints: honest summaries, output that reads well piped, help a
person would write, and each ``check`` option declared once."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import CliResult, CliRunner, write
from resolve.cli import _command, engine
from resolve.cli.options import CHECK_OPTIONS

ERROR = "WHEREAS, the sky is blue (really; now, therefore, be it\n\nRESOLVED, That we look up.\n"
WARNING = "WHEREAS, the sky is blue; now, therefore, be it   \n\nRESOLVED, That we look up.\n"
CLEAN = "WHEREAS, the sky is blue; now, therefore, be it\n\nRESOLVED, That we look up.\n"
PROSE = "Minutes of the picnic committee. We ate sandwiches and went home early.\n"


# -- summaries -------------------------------------------------------------------


def test_missing_file_is_an_error_not_a_pass(cli: CliRunner, tmp_path: Path) -> None:
    r = cli("check", str(tmp_path / "missing.txt"), str(write(tmp_path / "a.txt", CLEAN)))
    assert r.code == 2
    assert "missing.txt" in r.err
    assert "All checks passed" not in r.out
    assert r.out.rstrip().endswith(
        "No findings in 1 file checked; 1 path could not be checked (see the errors above)."
    )


def test_summary_counts_files_checked_not_only_files_with_findings(
    cli: CliRunner, tmp_path: Path
) -> None:
    for i in range(3):
        write(tmp_path / f"clean{i}.txt", CLEAN)
    write(tmp_path / "bad.txt", ERROR)
    r = cli("check", str(tmp_path))
    assert r.code == 1
    assert r.out.rstrip().endswith("Found 1 error, 0 warnings in 1 file (4 checked).")


def test_text_without_a_resolution_is_reported(cli: CliRunner, tmp_path: Path) -> None:
    write(tmp_path / "minutes.txt", PROSE)
    write(tmp_path / "ok.txt", CLEAN)
    r = cli("check", str(tmp_path))
    # Reported once, on stderr, and not counted as a file that passed.
    assert r.err.count("minutes.txt: no resolution found") == 1
    assert r.out.rstrip() == "All checks passed (1 file checked); 1 file held no resolution."
    assert r.code == 0
    # S009 (opt-in) turns the same fact into an info finding at the file's start.
    r = cli("check", "--extend-select", "S009", str(tmp_path))
    assert "minutes.txt:1:1: info[S009]" in r.out
    assert r.out.rstrip().endswith(
        "Found 0 errors, 0 warnings, 1 info in 1 file (2 checked); 1 file held no resolution."
    )
    assert r.code == 0  # an info finding, below the default threshold
    junit = cli("check", "--output-format", "junit", str(tmp_path))
    suite = ET.fromstring(junit.out).find("testsuite")
    assert suite is not None and suite.get("skipped") == "1"


def test_junit_and_sarif_agree_with_the_exit_status(cli: CliRunner, tmp_path: Path) -> None:
    draft = str(write(tmp_path / "w.txt", WARNING))
    text = cli("check", "--severity", "error", draft)
    junit = cli("check", "--severity", "error", "--output-format", "junit", draft)
    assert text.code == junit.code == 0  # a warning below the threshold
    suite = ET.fromstring(junit.out).find("testsuite")
    assert suite is not None and suite.get("failures") == "0"
    assert "H004" in (suite.findtext("testcase/system-out") or "")
    strict = cli("check", "--severity", "warning", "--output-format", "junit", draft)
    suite = ET.fromstring(strict.out).find("testsuite")
    assert strict.code == 1 and suite is not None and suite.get("failures") == "1"


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names are bytes")
def test_sarif_with_a_non_utf8_file_name(cli: CliRunner, tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    write(tmp_path / name, ERROR)
    r = cli("check", "--output-format", "sarif", str(tmp_path))
    assert r.code == 1, r.err
    assert "caf%E9.txt" in r.out


def test_jobs_are_capped_at_the_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    class Pool:
        def __init__(self, max_workers: int) -> None:
            seen.append(max_workers)
            raise RuntimeError("stop here")

    import concurrent.futures

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(engine, "_warm_up", lambda: None)
    tasks = [
        engine.Task(f"{i}.txt", None, None, preloaded=None)
        for i in range(8)  # sizes are 0: force the pool with a low bar
    ]
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 0)
    with pytest.raises(RuntimeError, match="stop here"):
        engine.run_tasks(tasks, jobs=64)
    assert seen == [1]  # two processes in all: this one and one worker


# -- piped output ----------------------------------------------------------------


def test_rules_piped_cuts_no_words(cli: CliRunner) -> None:
    from resolve.rules.registry import RULES

    r = cli("rules")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].split() == ["Code", "Name", "Severity", "Profiles", "Summary"]
    assert len(lines) == len(RULES) + 1  # one line per rule: nothing wrapped
    for rule, line in zip(RULES, lines[1:], strict=True):
        assert line.startswith(rule.code + " ")
        assert line.endswith(rule.summary)
    assert max(len(line) for line in lines) > 80


def test_rule_piped_is_its_markdown_source(cli: CliRunner) -> None:
    from resolve.rules.registry import RULES

    rule = next(r for r in RULES if r.doc and "## " in r.doc)
    r = cli("rule", rule.code)
    assert r.code == 0
    assert rule.doc.strip().splitlines()[0] in r.out
    assert "## What it does" in r.out or "## " in r.out
    assert "\x1b" not in r.out


# -- help ------------------------------------------------------------------------

HELP_COMMANDS = ["", "show", "convert", "schema", "check", "rules", "rule", "lsp"]


@pytest.mark.parametrize("command", HELP_COMMANDS)
def test_help_shows_no_python_types(cli: CliRunner, command: str) -> None:
    r = cli(*([command] if command else []), "--help")
    assert r.code == 0
    bad = re.findall(r"<(?:bool|str|int|path|list\[[^]]*\])>|␊|␉", r.out)
    assert bad == []


def test_missing_and_wrong_to_are_plain(cli: CliRunner, tmp_path: Path) -> None:
    draft = str(write(tmp_path / "a.txt", CLEAN))
    missing = cli("convert", draft)
    assert missing.code == 2
    assert "␊" not in missing.err and "\t" not in missing.err
    assert len(missing.err.splitlines()) == 1 and "--to" in missing.err
    wrong = cli("convert", draft, "--to", "pdf")
    assert wrong.code == 2
    assert wrong.err == (
        "resolve: error: --to: 'pdf' is not one of json, markdown, html, akn, text\n"
    )
    assert "Value error" not in wrong.err


# -- one declaration -------------------------------------------------------------


def test_the_typer_command_is_the_option_table() -> None:
    check = _command().commands["check"]
    options = [p for p in check.params if p.param_type_name == "option" and p.name != "help"]
    assert [p.name for p in options] == [opt.name for opt in CHECK_OPTIONS]
    for param, opt in zip(options, CHECK_OPTIONS, strict=True):
        assert tuple(param.opts + param.secondary_opts) == opt.flags
        assert param.default == opt.default or (param.default in ((), None) and opt.many)


# -- fixes -----------------------------------------------------------------------


def test_unsafe_fixes_need_the_flag(cli: CliRunner, tmp_path: Path) -> None:
    # C005 (opt-in) offers an unsafe fix: the last clause's ";" becomes ".".
    text = "WHEREAS, the sky is blue; now, therefore, be it\n\nRESOLVED, That we look up;\n"
    draft = write(tmp_path / "a.txt", text)
    listed = cli("check", "--select", "C005", str(draft))
    assert "(unsafe, not applied by --fix)" in listed.out
    safe_only = cli("check", "--diff", "--select", "C005", str(draft))
    assert safe_only.code == 0 and safe_only.out == ""
    both = cli("check", "--diff", "--unsafe-fixes", "--select", "C005", str(draft))
    assert both.code == 1 and both.out.startswith("--- a/")
    assert "+RESOLVED, That we look up.\n" in both.out
    alone = cli("check", "--unsafe-fixes", str(draft))
    assert alone.code == 2 and "--unsafe-fixes needs --fix or --diff" in alone.err


def test_failed_to_converge_is_said(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resolve import checker

    draft = write(tmp_path / "a.txt", WARNING)

    def never_done(text: str, **kwargs: object) -> checker.FixResult:
        return checker.FixResult(text + " ", [], 1, checker.MAX_FIX_PASSES, converged=False)

    monkeypatch.setattr(checker, "fix", never_done)
    r = cli("check", "--diff", str(draft))
    assert f"failed to converge after {checker.MAX_FIX_PASSES} fix passes" in r.err


def test_fix_applies_only_the_selected_rules_fixes(cli: CliRunner, tmp_path: Path) -> None:
    draft = write(
        tmp_path / "a.txt",
        "WHEREAS, the sky is blue; now, therefore, be it   \n\nRESOLVED, That we look up;\n",
    )
    every = cli("check", "--diff", "--unsafe-fixes", "--extend-select", "C005", str(draft))
    assert "+RESOLVED, That we look up." in every.out and "+WHEREAS, the sky" in every.out
    selected = cli("check", "--diff", "--unsafe-fixes", "--select", "H004", str(draft))
    assert selected.code == 1
    assert "+WHEREAS, the sky is blue; now, therefore, be it\n" in selected.out
    assert "+RESOLVED" not in selected.out  # the clause's fix belongs to an unselected rule
    cli("check", "--fix", "--unsafe-fixes", "--select", "H004", str(draft))
    assert draft.read_text(encoding="utf-8").endswith("be it\n\nRESOLVED, That we look up;\n")


def test_rules_through_a_real_pipe(cli_subprocess: Callable[..., CliResult]) -> None:
    """The console entry point in a child process whose stdout is a pipe."""
    r = cli_subprocess("rules")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].startswith("Code  Name")
    assert all("│" not in line and "─" not in line for line in lines)  # no table drawn
