"""Time ``resolve diff`` on a 1 MB pair against parsing the same pair, in the same run.

    python bench/diff_bench.py               # --repeat 5; exit 1 if a goal is missed
    python bench/diff_bench.py --smoke       # ~100 KB pair, 1 run, no goal checked
    python bench/diff_bench.py --json bench/out/diff.json

The pair is built here, byte-identical every time, into ``bench/out/diff/``:
OLD is the UE convention example repeated to 1 MB, each copy under a
heading "Resolution N: International Solidarity" (a resolutions book); NEW is OLD with, in every eighth copy, the four amendments of
``tests/diff/convention-four-amendments`` (words in a recital and a clause, a
clause struck, one inserted), every fifth copy of a clause moved in every
twelfth copy, and every third copy re-wrapped at 66 columns with CRLF line
endings (not amendments).

Figures, each side the median of ``--repeat`` runs, the sides alternating:

* in process: ``parse(OLD) + parse(NEW) + diff`` vs ``parse(OLD) + parse(NEW)``
  [≤ 2×: comparing costs no more than reading];
* cold ``resolve diff OLD NEW`` vs cold ``resolve convert OLD --to text`` plus
  the same for NEW (two parses and a write, as processes) [≤ 2×], and the
  absolute time of the cold diff [≤ 5 s: "a few seconds"].

Exit status: 0, or 1 if a figure misses its goal (not in ``--smoke``), 2 on a crash.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "diff"
UE = ROOT / "examples" / "ue-79th-convention-international-solidarity.txt"
MB = 1_000_000


def _rewrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        indent = "  " if line.startswith("- ") else ""
        out.append(
            textwrap.fill(
                line,
                width,
                subsequent_indent=indent,
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(out)


def _amend(copy: str) -> str:
    """The four amendments of the convention-four-amendments fixture, in one copy."""
    struck = "- Condemns the murder and persecution of trade unionists, harassment of unions, and union busting anywhere in the world;\n"
    anchor = "- Encourages locals and members"
    inserted = "- Calls on every local to hold an international solidarity meeting each year;\n"
    copy = copy.replace("UE encourages our members", "UE strongly encourages our members", 1)
    copy = copy.replace("Reaffirms our solidarity", "Reaffirms our lasting solidarity", 1)
    copy = copy.replace(struck, "", 1)
    start = copy.index(anchor)
    end = copy.index("\n", start) + 1
    return copy[:end] + inserted + copy[end:]


def _move(copy: str) -> str:
    """Clause 2 moved to follow clause 5."""
    lines = copy.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith("- Reaffirms our participation"))
    moved = lines.pop(k)
    lines.insert(k + 3, moved)
    return "\n".join(lines)


def build(size: int) -> tuple[Path, Path, int]:
    """OLD and NEW of about ``size`` bytes; also how many amendments NEW makes."""
    base = UE.read_text(encoding="utf-8").rstrip("\n") + "\n"
    copies = max(1, size // len(base.encode("utf-8")))
    old_parts, new_parts = [], []
    expected = 0
    for k in range(copies):
        # A numbered heading makes each copy a resolution of its own, as in a
        # resolutions book.
        head = f"Resolution {k + 1}: International Solidarity\n\n"
        old_parts.append(head + base)
        copy = head + base
        if k % 8 == 0:
            copy = _amend(copy)
            expected += 4
        elif k % 12 == 5:
            copy = _move(copy)
            expected += 1
        if k % 3 == 1:
            copy = _rewrap(copy, 66).replace("\n", "\r\n")
        new_parts.append(copy)
    OUT.mkdir(parents=True, exist_ok=True)
    old_path, new_path = OUT / f"old-{size}.txt", OUT / f"new-{size}.txt"
    old_path.write_bytes("\n".join(old_parts).encode("utf-8"))
    new_path.write_bytes("\n".join(new_parts).encode("utf-8"))
    return old_path, new_path, expected


def _median_pair(
    a: Callable[[], float], b: Callable[[], float], repeat: int
) -> tuple[list[float], list[float]]:
    """Alternate a and b (a, b, b, a, ...) ``repeat`` times each, to cancel drift."""
    xs: list[float] = []
    ys: list[float] = []
    for i in range(repeat):
        first, second = (a, b) if i % 2 == 0 else (b, a)
        r1, r2 = first(), second()
        if i % 2 == 0:
            xs.append(r1)
            ys.append(r2)
        else:
            xs.append(r2)
            ys.append(r1)
    return xs, ys


def _cold(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "resolve", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
        timeout=600,
    )
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1) or "Traceback" in err:
        raise RuntimeError(f"resolve {' '.join(args)} exited {proc.returncode}: {err[-2000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", "-n", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="~100 KB, 1 run, no goals")
    parser.add_argument("--json", type=Path, help="write the figures and samples here")
    args = parser.parse_args(argv)
    repeat = 1 if args.smoke else args.repeat
    size = 100_000 if args.smoke else MB
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(HERE / "out" / "pycache"))

    import resolve
    from resolve.differ import diff_documents

    try:
        old_path, new_path, expected = build(size)
        old = old_path.read_bytes().decode("utf-8")
        new = new_path.read_bytes().decode("utf-8")
        amendments = diff_documents(resolve.parse(old), resolve.parse(new))  # warm-up and check
        if len(amendments) != expected:
            raise RuntimeError(f"{len(amendments)} amendments, expected {expected}")

        def with_diff() -> float:
            gc.collect()
            start = time.perf_counter()
            diff_documents(resolve.parse(old), resolve.parse(new))
            return time.perf_counter() - start

        def parse_only() -> float:
            gc.collect()
            start = time.perf_counter()
            resolve.parse(old)
            resolve.parse(new)
            return time.perf_counter() - start

        d_in, p_in = _median_pair(with_diff, parse_only, repeat)
        _cold(["--version"])  # bytecode written before timing
        cold_diff, cold_parse = _median_pair(
            lambda: _cold(["diff", str(old_path), str(new_path)]),
            lambda: (
                _cold(["convert", str(old_path), "--to", "text"])
                + _cold(["convert", str(new_path), "--to", "text"])
            ),
            repeat,
        )
    except Exception as exc:  # a benchmark must not paper over a crash
        print(f"diff_bench: crashed: {exc}", file=sys.stderr)
        return 2

    md, mp = statistics.median(d_in), statistics.median(p_in)
    cd, cp = statistics.median(cold_diff), statistics.median(cold_parse)
    figures = [
        {
            "name": "parse+diff vs parse, 1 MB pair, in process",
            "value": md / mp,
            "goal": "≤ 2×",
            "ok": md / mp <= 2.0,
            "detail": f"parse+diff {md:.2f} s / parse {mp:.2f} s; diff alone ≈ {md - mp:.2f} s",
        },
        {
            "name": "cold resolve diff vs two cold converts",
            "value": cd / cp,
            "goal": "≤ 2×",
            "ok": cd / cp <= 2.0,
            "detail": f"diff {cd:.2f} s / convert OLD + convert NEW {cp:.2f} s",
        },
        {
            "name": "cold resolve diff, absolute",
            "value": cd,
            "goal": "≤ 5 s",
            "ok": cd <= 5.0,
            "detail": f"{old_path.stat().st_size:,} + {new_path.stat().st_size:,} bytes, "
            f"{len(amendments)} amendments",
        },
    ]
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · nproc {os.cpu_count()} · "
        f"Python {platform.python_version()} · repeat {repeat}"
    )
    print("| figure | measured | goal | status | detail |\n|---|---|---|---|---|")
    missed = False
    for fig in figures:
        unit = " s" if fig["name"].endswith("absolute") else "×"
        status = "info" if args.smoke else ("PASS" if fig["ok"] else "**MISS**")
        missed = missed or not fig["ok"]
        print(
            f"| {fig['name']} | {fig['value']:.2f}{unit} | {fig['goal']} | {status} | {fig['detail']} |"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        samples = {
            "diff_in": d_in,
            "parse_in": p_in,
            "cold_diff": cold_diff,
            "cold_parse": cold_parse,
        }
        args.json.write_text(json.dumps({"figures": figures, "samples": samples}, indent=2))
    return 0 if args.smoke or not missed else 1


if __name__ == "__main__":
    sys.exit(main())
