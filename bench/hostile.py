"""Time every hostile input of tests/test_hostile.py, cold, against the 5 s goal.

    python bench/hostile.py            # check and fmt --check on each case,
                                       # convert --from json on each hostile JSON

Each case runs once as ``python -m resolve`` in a new process (bytecode
allowed, as installed). Prints the time, the exit code and whether stderr held
a traceback; exits 1 if any run took over 5 s or printed a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "hostile"
GOAL_S = 5.0


def main() -> int:
    sys.path.insert(0, str(HERE.parent / "tests"))
    import test_hostile

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(HERE / "out" / "pycache"))
    OUT.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, make in test_hostile.CONTENT.items():
        path = OUT / f"{name}.txt"
        if not path.exists():
            path.write_bytes(make())
        for args in (["check", "--output-format", "concise"], ["fmt", "--check"]):
            start = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "resolve", *args, str(path)],
                capture_output=True,
                check=False,
                timeout=300,
            )
            took = time.perf_counter() - start
            traceback = b"Traceback" in proc.stderr
            flag = " TRACEBACK" if traceback else (" OVER 5 s" if took > GOAL_S else "")
            bad += bool(flag)
            print(f"{name:32} {args[0]:6} {took:6.2f} s  exit {proc.returncode}{flag}", flush=True)
    for name, (text, _message) in test_hostile.HOSTILE_JSON.items():
        path = OUT / f"{name}.json"
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "resolve",
                "convert",
                "--from",
                "json",
                "--to",
                "text",
                str(path),
            ],
            capture_output=True,
            check=False,
            timeout=300,
        )
        took = time.perf_counter() - start
        traceback = b"Traceback" in proc.stderr or proc.returncode not in (0, 1, 2)
        flag = " TRACEBACK/CRASH" if traceback else (" OVER 5 s" if took > GOAL_S else "")
        bad += bool(flag)
        print(f"{name:32} json   {took:6.2f} s  exit {proc.returncode}{flag}", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
