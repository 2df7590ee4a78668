"""The wheel ships the grammar and runs from a fresh venv outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ue-79th-convention-international-solidarity.txt"


@pytest.mark.slow
def test_wheel_installs_and_shows_example(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(dist.glob("resolve_cli-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    assert "resolve/grammars/resolution.lark" in names
    assert "resolve/data/operative_verbs.txt" in names
    assert "resolve/py.typed" in names
    assert {"resolve/schema.json", "resolve/diff-schema.json"} <= set(names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "Name: resolve-cli\n" in meta
    assert "License-Expression: MIT\n" in meta
    assert "Homepage" not in meta  # no made-up URL

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Dependencies (typer, rich, lark) come from this environment's site-packages,
    # added as a plain path so its editable-install hooks are not run.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run(
        [
            str(py),
            "-c",
            "import resolve, resolve.parsing.lines as p; print(resolve.__file__); print(p.grammar_text()[:20])",
        ],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert str(site) in where, where
    out = subprocess.run(
        [str(env_dir / "bin" / "resolve"), "show", str(EXAMPLE)],
        cwd=tmp_path,
        env={**env, "NO_COLOR": "1", "COLUMNS": "120"},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert "Reaffirms" in out.stdout
    assert "Traceback" not in out.stderr


SDIST_NEEDS = (
    "LICENSE",
    "action.yml",
    ".pre-commit-hooks.yaml",
    "tools/gen_rules_doc.py",
    "tools/accuracy.py",
    "bench/run.py",
    "bench/hostile.py",
    "tests/conftest.py",
    "docs/rules.md",
)


@pytest.mark.slow
def test_sdist_runs_its_own_tests(tmp_path: Path) -> None:
    """The sdist holds what its tests read: the action, the pre-commit manifest,
    tools/ and bench/; its action and pre-commit tests pass from the unpacked tree."""
    import tarfile

    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    sdist = next(dist.glob("resolve_cli-*.tar.gz"))
    with tarfile.open(sdist) as tf:
        tf.extractall(tmp_path, filter="data")
    tree = tmp_path / sdist.name.removesuffix(".tar.gz")
    missing = [name for name in SDIST_NEEDS if not (tree / name).is_file()]
    assert missing == []
    assert not (tree / ".venv").exists()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_action.py",
            "tests/test_precommit.py",
        ],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    proc = subprocess.run(
        [sys.executable, "tools/gen_rules_doc.py", "--check"],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
