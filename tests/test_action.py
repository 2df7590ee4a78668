"""``action.yml``: the composite GitHub Action's shape, and its check step run locally.

The check step's script runs under bash the way the runner runs it
(``bash --noprofile --norc -eo pipefail``), with the inputs in environment
variables and ``RESOLVE_BIN`` pointing at this virtualenv's ``resolve``, as the
install step's output would. The install step (pip) only gets a syntax check.

PyYAML is not a dependency: :func:`yamlish.load_yaml` reads the small YAML subset
the file uses (block mappings and sequences, ``|`` block scalars, quoted scalars).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from yamlish import load_yaml

ROOT = Path(__file__).parent.parent
ACTION = ROOT / "action.yml"
BIN = Path(sys.executable).parent
BASH = shutil.which("bash")
TIMEOUT = 120
WORKFLOW_COMMAND = re.compile(
    r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,"
    r"title=[A-Z]+\d+[^:]*::\S.*$"
)

ERROR = "WHEREAS, the sky is blue (really; now, therefore, be it\n\nRESOLVED, That we look up.\n"


@pytest.fixture(scope="module")
def action() -> dict[str, Any]:
    data = load_yaml(ACTION)
    assert isinstance(data, dict)
    return data


def _step(action: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in action["runs"]["steps"] if s["name"] == name)


# ---------------------------------------------------------------------------
# Shape


def test_yaml_reader_matches_pyyaml_when_available() -> None:
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(ACTION.read_text(encoding="utf-8")) == load_yaml(ACTION)


def test_action_shape(action: dict[str, Any]) -> None:
    assert action["name"] and action["description"]
    assert action["runs"]["using"] == "composite"
    inputs = action["inputs"]
    assert {name: spec["default"] for name, spec in inputs.items()} == {
        "paths": ".",
        "profile": "auto",
        "args": "",
        "version": "",
    }
    for spec in inputs.values():
        assert spec["description"] and spec["required"] is False

    steps = action["runs"]["steps"]
    assert [s["name"] for s in steps] == ["Install resolve", "Check resolutions"]
    referenced: set[str] = set()
    for step in steps:
        assert step["shell"] == "bash"
        # No expression is expanded inside a script: inputs come in through env.
        assert "${{" not in step["run"], step["name"]
        for value in step.get("env", {}).values():
            referenced.update(re.findall(r"\$\{\{\s*inputs\.(\w+)\s*\}\}", value))
    assert referenced == set(inputs)

    install = _step(action, "Install resolve")
    assert install["id"] == "install"
    assert install["env"]["RESOLVE_ACTION_PATH"] == "${{ github.action_path }}"
    assert "pip install" in install["run"]

    check = _step(action, "Check resolutions")
    assert check["env"]["RESOLVE_BIN"] == "${{ steps.install.outputs.bin }}"
    assert "check --output-format github" in check["run"]


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
def test_scripts_are_valid_bash(action: dict[str, Any]) -> None:
    for step in action["runs"]["steps"]:
        proc = subprocess.run(
            [str(BASH), "-n"], input=step["run"], capture_output=True, text=True, timeout=TIMEOUT
        )
        assert proc.returncode == 0, (step["name"], proc.stderr)


# ---------------------------------------------------------------------------
# Running the check step


def run_check_step(
    action: dict[str, Any], cwd: Path, tmp_path: Path, **inputs: str
) -> subprocess.CompletedProcess[str]:
    """Run the check step like the runner: env from the inputs (defaults filled in)."""
    step = _step(action, "Check resolutions")
    values = {name: spec["default"] for name, spec in action["inputs"].items()}
    values.update(inputs)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RESOLVE_", "GITHUB_"))}
    env.update(
        GITHUB_ACTIONS="true",
        GITHUB_ACTION_PATH=str(ROOT),
        GITHUB_WORKSPACE=str(cwd),
        NO_COLOR="1",
    )
    for name, template in step["env"].items():
        value = re.sub(
            r"\$\{\{\s*inputs\.(\w+)\s*\}\}", lambda m: str(values[m.group(1)]), template
        )
        value = value.replace("${{ steps.install.outputs.bin }}", str(BIN))
        assert "${{" not in value, value
        env[name] = value
    script = tmp_path / "step.sh"
    script.write_text(step["run"], encoding="utf-8")
    return subprocess.run(
        [str(BASH), "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


needs_bash = pytest.mark.skipif(
    BASH is None or not (BIN / "resolve").exists(), reason="needs bash and the resolve script"
)


@needs_bash
def test_check_step_on_examples(action: dict[str, Any], tmp_path: Path) -> None:
    proc = run_check_step(action, ROOT, tmp_path, paths="examples")
    assert proc.returncode == 0, proc.stderr  # the examples have warnings, no errors
    lines = [line for line in proc.stdout.splitlines() if line]
    assert lines
    for line in lines:
        assert WORKFLOW_COMMAND.match(line), line
        assert "file=examples/" in line
    assert any(line.startswith("::warning ") for line in lines)


@needs_bash
def test_check_step_inputs(action: dict[str, Any], tmp_path: Path) -> None:
    work = tmp_path / "repo"
    (work / "dir with space").mkdir(parents=True)
    (work / "dir with space" / "bad.txt").write_text(ERROR, encoding="utf-8")
    (work / "ok.txt").write_text(ERROR.replace("(really", "really"), encoding="utf-8")

    # An error fails the step, with an ::error line; one path per line allows spaces.
    proc = run_check_step(action, work, tmp_path, paths="dir with space/bad.txt\nok.txt\n")
    assert proc.returncode == 1, proc.stderr
    errors = [line for line in proc.stdout.splitlines() if line.startswith("::error ")]
    assert errors and all(WORKFLOW_COMMAND.match(line) for line in errors)
    assert all("file=dir with space/bad.txt" in line for line in errors)

    # args pass through (split on spaces), before --profile and the paths.
    proc = run_check_step(action, work, tmp_path, paths=".", args="--ignore L003 --severity info")
    assert "L003" not in proc.stdout
    proc = run_check_step(action, work, tmp_path, paths=".", args="--select L003")
    assert proc.returncode == 1 and "title=L003" in proc.stdout

    # profile is passed on, and checked by resolve
    proc = run_check_step(action, work, tmp_path, paths="ok.txt", profile="ronr")
    assert proc.returncode == 0, proc.stderr
    proc = run_check_step(action, work, tmp_path, paths="ok.txt", profile="nonsense")
    assert proc.returncode == 2 and "nonsense" in proc.stderr


@needs_bash
def test_check_step_is_not_injectable(action: dict[str, Any], tmp_path: Path) -> None:
    work = tmp_path / "repo"
    work.mkdir()
    (work / "ok.txt").write_text(ERROR.replace("(really", "really"), encoding="utf-8")
    marker = tmp_path / "pwned"
    for inputs in (
        {"paths": f"ok.txt $(touch {marker})"},
        {"paths": f"ok.txt; touch {marker}"},
        {"args": f"--quiet `touch {marker}`"},
        {"profile": f"auto; touch {marker}"},
        {"paths": "*"},
    ):
        proc = run_check_step(action, work, tmp_path, **inputs)
        assert not marker.exists(), inputs
        assert proc.returncode == 2, (inputs, proc.stderr)  # a literal, unknown path or value
