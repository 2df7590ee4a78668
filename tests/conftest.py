"""Shared test harness: the in-process CLI runner and the fast/slow lanes.

``cli`` runs :func:`resolve.cli.run` (the console script's code) in this
process with captured output; ``cli_subprocess`` runs the real ``resolve``
entry point in a child process (``python -m resolve``), for what only a new
process shows (start-up imports, signals, closed pipes).

Lanes: ``pytest -m "not slow"`` is the fast lane (under a minute on two
cores); CI runs everything. The whole-file slow suites are listed in
:data:`SLOW_FILES` here, one place, rather than marked in each file.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
UE_EXAMPLE = EXAMPLES / "ue-79th-convention-international-solidarity.txt"

SLOW_FILES = frozenset(
    {
        "test_hostile.py",  # hostile inputs: huge files, many subprocesses
        "test_regex_safety.py",  # catastrophic-backtracking probes
        "test_wheel.py",  # builds a wheel and an sdist
        "test_fuzz.py",  # hypothesis over the whole pipeline
    }
)
"""Test files run only in the full lane (``pytest`` / CI), not ``-m "not slow"``."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    slow = pytest.mark.slow
    for item in items:
        if item.path.name in SLOW_FILES:
            item.add_marker(slow)


@dataclass(frozen=True)
class CliResult:
    """What one ``resolve`` invocation did."""

    code: int
    out: str
    err: str


class FakeStdin:
    """A non-terminal standard input holding ``data`` (read through ``.buffer``)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


CliRunner = Callable[..., CliResult]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Run ``resolve ARGS…`` in process: ``cli("check", path, stdin=b"...")``.

    Colour variables are cleared; a traceback on stderr fails the test.
    """
    from resolve.cli import run

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)

    def invoke(*args: str, stdin: bytes | None = None) -> CliResult:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", FakeStdin(stdin))
        code = run(list(args))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err, captured.err
        return CliResult(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def cli_subprocess() -> Iterator[Callable[..., CliResult]]:
    """Run ``python -m resolve ARGS…`` in a child process (no colour, 120 columns)."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR",)}
    env.update({"NO_COLOR": "1", "COLUMNS": "120"})

    def invoke(
        *args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 120
    ) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "resolve", *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            cwd=cwd,
            env=env,
            timeout=timeout,
        )
        err = proc.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err, err
        return CliResult(proc.returncode, proc.stdout.decode("utf-8", "replace"), err)

    yield invoke


def write(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 bytes (no newline translation) and return ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path
