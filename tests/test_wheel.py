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
    wheel = next(dist.glob("resolve-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    assert "resolve/grammars/resolution.lark" in names
    assert "resolve/data/operative_verbs.txt" in names

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
