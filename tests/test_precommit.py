"""``.pre-commit-hooks.yaml``: its shape, and each hook run the way pre-commit runs it.

pre-commit runs ``entry + args + filenames`` and fails a hook when the command
exits non-zero *or* when it modified any file. So ``resolve-fmt`` fails the
commit when it rewrites a file (``resolve fmt`` itself exits 0 then), and
passes on the next run, once the rewritten file is staged.

PyYAML is not a dependency: the file is a flat list of flat mappings, read
here with a few lines of parsing (scalars by :func:`yamlish.scalar`).
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from yamlish import scalar

ROOT = Path(__file__).parent.parent
HOOKS_FILE = ROOT / ".pre-commit-hooks.yaml"
RESOLVE = Path(sys.executable).parent / "resolve"
TIMEOUT = 120

CLEAN = "WHEREAS, the sky is blue; now, therefore, be it\n\nRESOLVED, That we look up.\n"
ERROR = "WHEREAS, the sky is blue (really; now, therefore, be it\n\nRESOLVED, That we look up.\n"
UNFORMATTED = "WHEREAS, the sky  is blue; now, therefore, be it   \n\nRESOLVED, That we look up.\n"


def load_hooks(path: Path = HOOKS_FILE) -> list[dict[str, Any]]:
    """Parse a YAML list of flat mappings (``- key: value`` / ``  key: value``)."""
    hooks: list[dict[str, Any]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("- "):
            hooks.append({})
            raw = "  " + raw[2:]
        assert raw.startswith("  ") and not raw.startswith("   "), f"line {number}: {raw!r}"
        assert hooks, f"line {number}: a key outside a hook"
        key, sep, value = raw.strip().partition(": ")
        assert sep and key not in hooks[-1], f"line {number}: {raw!r}"
        hooks[-1][key] = scalar(value)
    return hooks


@pytest.fixture(scope="module")
def hooks() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in load_hooks()}


def run_hook(hook: dict[str, Any], files: list[Path]) -> tuple[bool, int, str]:
    """Run ``hook`` like pre-commit: (passed, exit status, output)."""
    names = [str(f) for f in files if re.search(hook["files"], f.name)]
    argv = shlex.split(hook["entry"]) + list(hook.get("args", [])) + names
    assert argv[0] == "resolve"
    argv[0] = str(RESOLVE)
    before = {f: f.read_bytes() for f in files}
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT)
    assert "Traceback" not in proc.stderr, proc.stderr
    modified = any(f.read_bytes() != data for f, data in before.items())
    return proc.returncode == 0 and not modified, proc.returncode, proc.stdout + proc.stderr


def test_hooks_file_shape(hooks: dict[str, dict[str, Any]]) -> None:
    assert set(hooks) == {"resolve-check", "resolve-fmt"}
    check, fmt = hooks["resolve-check"], hooks["resolve-fmt"]
    assert check["entry"] == "resolve check"
    assert fmt["entry"] == "resolve fmt"
    for hook in (check, fmt):
        assert hook["language"] == "python"
        assert hook["types_or"] == ["text", "markdown"]
        assert hook["name"] and hook["description"]
        pattern = re.compile(hook["files"])
        for name in ("a.txt", "b.md", "c.res", "dir/D.TXT"):
            assert pattern.search(name), name
        for name in ("a.py", "b.txt.bak", "md"):
            assert not pattern.search(name), name
    assert check["require_serial"] is False  # each file is checked on its own
    assert fmt["require_serial"] is True  # it writes files


def test_yaml_reader_matches_pyyaml_when_available() -> None:
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8")) == load_hooks()


@pytest.mark.skipif(not RESOLVE.exists(), reason="the resolve script is not installed")
def test_check_hook(hooks: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text(ERROR, encoding="utf-8")
    hook = hooks["resolve-check"]

    passed, status, _ = run_hook(hook, [clean])
    assert passed and status == 0

    passed, status, output = run_hook(hook, [clean, bad])
    assert not passed and status == 1
    assert "bad.md" in output and "L003" in output and "clean.txt" not in output
    assert bad.read_text(encoding="utf-8") == ERROR  # check never writes

    # require_serial: false → pre-commit may split the files between processes;
    # each part gives the same verdict for its files.
    assert run_hook(hook, [bad])[1] == 1
    assert run_hook(hook, [clean])[1] == 0


@pytest.mark.skipif(not RESOLVE.exists(), reason="the resolve script is not installed")
def test_fmt_hook(hooks: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    messy = tmp_path / "messy.res"
    messy.write_text(UNFORMATTED, encoding="utf-8")
    hook = hooks["resolve-fmt"]

    # `resolve fmt` exits 0 after rewriting; pre-commit fails the hook because
    # a file was modified.
    passed, status, output = run_hook(hook, [clean, messy])
    assert status == 0 and not passed
    assert "1 file(s) reformatted" in output
    assert clean.read_text(encoding="utf-8") == CLEAN
    formatted = messy.read_text(encoding="utf-8")
    assert formatted != UNFORMATTED and "sky is blue" in formatted
    assert formatted.split() == UNFORMATTED.split()  # never changes a word

    # The next commit (with the rewritten file staged) passes.
    passed, status, _ = run_hook(hook, [clean, messy])
    assert passed and status == 0

    # With args: [--check] the hook reports instead of writing: exit 1.
    messy.write_text(UNFORMATTED, encoding="utf-8")
    passed, status, output = run_hook({**hook, "args": ["--check"]}, [messy])
    assert not passed and status == 1 and "messy.res" in output
    assert messy.read_text(encoding="utf-8") == UNFORMATTED
