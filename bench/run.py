"""Benchmark ``resolve`` against baselines measured in the same run.

Machines are noisy (CI has two shared cores), so every figure is a ratio to a
baseline timed alongside it, runs alternate between the two sides, and each
side is the median of ``--repeat`` runs::

    python bench/run.py                   # full run (inputs built by bench/gen.py)
    python bench/run.py --repeat 7 --json bench/out/results.json
    python bench/run.py --smoke           # CI: tiny inputs, 1 run, no time assertions
    python bench/run.py --explain         # also print where the time goes

Figures (goal in brackets):

* cold ``resolve check`` on the 7.8 KB UE example vs ``proselint check`` [≤ 0.8×];
* cold ``resolve check`` on the 1 MB book vs ``proselint check`` [≤ 0.1×];
* 10 MB book vs 1 MB book [≤ 11×, and ≤ 1.5 s absolute];
* ``resolve --help`` / ``--version`` time, and that they import neither Lark
  nor ``resolve.rules``;
* in-process ``resolve.parse`` on 10 MB vs the floor (read + splitlines + one
  regex per line) [≥ 15 % of the floor's speed];
* peak RSS of parsing 10 MB vs importing Lark and reading the file [≤ 1.5×];
* ``resolve check -j 2`` vs ``-j 1`` on 200 files [≤ 0.65×].

proselint is never a dependency of the project: install it in a separate venv
(``python3 -m venv /tmp/prose && /tmp/prose/bin/pip install proselint==0.16.0``)
and pass ``--proselint /tmp/prose/bin/proselint`` (found on ``PATH`` or in
``/tmp/prose`` otherwise; skipped in ``--smoke`` mode when absent).

Exit status: in ``--smoke`` mode 0 unless something crashed; otherwise 1 if a
figure misses its goal, 2 if something crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen  # noqa: E402

PY = sys.executable


class Crash(Exception):
    """A measured command failed in a way a benchmark must not paper over."""


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    goal: str
    ok: bool | None
    """True PASS, False MISS, None: informational or skipped."""
    detail: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.ok is None:
            return "info" if self.value is not None else "skip"
        return "PASS" if self.ok else "MISS"


# ---------------------------------------------------------------------------
# Running things


def resolve_cmd() -> list[str]:
    """The installed ``resolve`` script next to this interpreter, else ``python -m resolve``."""
    script = Path(PY).with_name("resolve")
    if script.exists():
        return [str(script)]
    return [PY, "-m", "resolve"]


def find_proselint(given: str | None) -> str | None:
    if given:
        return given if Path(given).exists() or shutil.which(given) else None
    for candidate in (shutil.which("proselint"), "/tmp/prose/bin/proselint"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def run_once(cmd: Sequence[str], ok_codes: tuple[int, ...] = (0, 1)) -> float:
    """Wall time of one run of ``cmd`` (output discarded); raises :class:`Crash` on failure."""
    start = time.perf_counter()
    proc = subprocess.run(
        list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, timeout=600
    )
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in ok_codes or "Traceback" in err:
        raise Crash(f"{' '.join(cmd)} exited {proc.returncode}: {err.strip()[-2000:]}")
    return elapsed


def timed_pair(
    a: Callable[[], float], b: Callable[[], float], repeat: int
) -> tuple[list[float], list[float]]:
    """Alternate a and b ``repeat`` times each (a, b, b, a, a, b, ...) to cancel drift."""
    xs: list[float] = []
    ys: list[float] = []
    for i in range(repeat):
        if i % 2 == 0:
            xs.append(a())
            ys.append(b())
        else:
            ys.append(b())
            xs.append(a())
    return xs, ys


def child_json(code: str, *args: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run(
        [PY, "-c", code, *args], capture_output=True, text=True, check=False, timeout=1200
    )
    if proc.returncode != 0:
        raise Crash(f"child exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------------
# The measurements

PARSE_CHILD = """
import json, sys, time
path, repeat = sys.argv[1], int(sys.argv[2])
import resolve
with open(path, "rb") as f:
    text = f.read().decode("utf-8")
resolve.parse(text[:20000])  # build (or load) the Lark parser outside the timing
times = []
for _ in range(repeat):
    start = time.perf_counter()
    resolve.parse(text)
    times.append(time.perf_counter() - start)
print(json.dumps({"times": times, "bytes": len(text.encode("utf-8"))}))
"""

FLOOR_CHILD = r"""
import json, re, sys, time
path, repeat = sys.argv[1], int(sys.argv[2])
line_re = re.compile(r"^\s*(?:WHEREAS|RESOLVED|BE IT|\(?[0-9a-z]{1,4}[.)]|Section\b)", re.I)
times = []
for _ in range(repeat):
    start = time.perf_counter()
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    hits = 0
    for line in text.splitlines():
        if line_re.match(line):
            hits += 1
    times.append(time.perf_counter() - start)
print(json.dumps({"times": times, "hits": hits}))
"""

_PEAK_KB = """
import json, resource, sys

def peak_kb():
    # VmHWM is this process's own peak RSS. ru_maxrss is not: on Linux it
    # keeps the RSS of the forked parent before exec, which inflated the floor.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

import lark
with open(sys.argv[1], "rb") as f:
    text = f.read().decode("utf-8")
"""

MEM_PARSE_CHILD = (
    _PEAK_KB
    + """
import resolve
doc = resolve.parse(text)
print(json.dumps({"maxrss_kb": peak_kb()}))
"""
)

MEM_FLOOR_CHILD = (
    _PEAK_KB
    + """
print(json.dumps({"maxrss_kb": peak_kb()}))
"""
)

FORBIDDEN_AT_START = ("lark", "resolve.rules", "resolve.parsing", "resolve.checker")


def imported_modules(args: Sequence[str]) -> list[str]:
    """Modules imported by ``python -X importtime -m resolve ARGS`` (from its stderr)."""
    proc = subprocess.run(
        [PY, "-X", "importtime", "-m", "resolve", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if proc.returncode != 0:
        raise Crash(f"resolve {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    names = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                names.append(name)
    return names


def ratio_figure(
    name: str,
    xs: list[float],
    ys: list[float],
    goal: float,
    smoke: bool,
    labels: tuple[str, str],
) -> Figure:
    mx, my = statistics.median(xs), statistics.median(ys)
    ratio = mx / my if my else float("inf")
    return Figure(
        name,
        ratio,
        "×",
        f"≤ {goal:g}×",
        None if smoke else ratio <= goal,
        f"{labels[0]} {mx * 1000:.0f} ms / {labels[1]} {my * 1000:.0f} ms",
        {labels[0]: xs, labels[1]: ys},
    )


def measure(args: argparse.Namespace) -> list[Figure]:
    smoke: bool = args.smoke
    repeat: int = 1 if smoke else args.repeat
    big_repeat: int = 1 if smoke else max(1, args.big_repeat)
    inputs = gen.generate(smoke=smoke)
    resolve = resolve_cmd()
    prose = find_proselint(args.proselint)
    figures: list[Figure] = []

    def check(path: Path, *extra: str) -> Callable[[], float]:
        return lambda: run_once(
            [*resolve, "check", "--output-format", "concise", *extra, str(path)]
        )

    def prose_check(path: Path) -> Callable[[], float]:
        assert prose is not None
        return lambda: run_once([prose, "check", str(path)])

    # Warm-up: builds the .pyc files, so "cold" means
    # a new process, not a first install.
    check(inputs.small)()

    # 1. Small file vs proselint.
    if prose is None:
        if not smoke:
            raise Crash("proselint not found: pass --proselint PATH (see bench/README.md)")
        figures.append(Figure("check 7.8 KB vs proselint", None, "×", "≤ 0.8×", None, "skipped"))
        figures.append(Figure("check 1 MB vs proselint", None, "×", "≤ 0.1×", None, "skipped"))
    else:
        xs, ys = timed_pair(check(inputs.small), prose_check(inputs.small), repeat)
        figures.append(
            ratio_figure("check 7.8 KB vs proselint", xs, ys, 0.8, smoke, ("resolve", "proselint"))
        )
        xs, ys = timed_pair(check(inputs.book_1mb), prose_check(inputs.book_1mb), repeat)
        figures.append(
            ratio_figure("check 1 MB vs proselint", xs, ys, 0.1, smoke, ("resolve", "proselint"))
        )

    # 2. 10 MB vs 1 MB.
    xs, ys = timed_pair(check(inputs.book_10mb), check(inputs.book_1mb), big_repeat)
    figures.append(ratio_figure("check 10 MB vs 1 MB", xs, ys, 11, smoke, ("10MB", "1MB")))
    ten = statistics.median(xs)
    figures.append(
        Figure(
            "check 10 MB absolute",
            ten,
            "s",
            "≤ 1.5 s",
            None if smoke else ten <= 1.5,
            f"{inputs.book_10mb.stat().st_size:,} bytes, --output-format concise",
        )
    )

    # 3. --help / --version: time, and what they import.
    baseline = [run_once([PY, "-c", "pass"]) for _ in range(repeat)]
    for flag in ("--help", "--version"):
        times = [run_once([*resolve, flag]) for _ in range(repeat)]
        med = statistics.median(times)
        figures.append(
            Figure(
                f"resolve {flag} time",
                med,
                "s",
                "(info)",
                None,
                f"python -c pass: {statistics.median(baseline) * 1000:.0f} ms",
                {"resolve": times, "python": baseline},
            )
        )
        names = imported_modules([flag])
        bad = sorted(
            {n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN_AT_START)}
        )
        figures.append(
            Figure(
                f"resolve {flag} imports",
                float(len(bad)),
                "forbidden modules",
                "0 (no lark, resolve.rules)",
                not bad,
                ", ".join(bad) if bad else f"{len(names)} modules, none forbidden",
            )
        )

    # 4. Parse throughput vs the floor.
    parse = child_json(PARSE_CHILD, str(inputs.book_10mb), str(big_repeat))
    floor = child_json(FLOOR_CHILD, str(inputs.book_10mb), str(max(3, big_repeat)))
    p, f = statistics.median(parse["times"]), statistics.median(floor["times"])
    mb = parse["bytes"] / gen.MB
    share = f / p if p else 0.0
    figures.append(
        Figure(
            "parse 10 MB speed vs floor",
            share * 100,
            "%",
            "≥ 15 %",
            None if smoke else share >= 0.15,
            f"parse {mb / p:.2f} MB/s ({p:.2f} s) / floor {mb / f:.1f} MB/s ({f:.3f} s)",
            {"parse": parse["times"], "floor": floor["times"]},
        )
    )

    # 5. Peak memory.
    mem = child_json(MEM_PARSE_CHILD, str(inputs.book_10mb))["maxrss_kb"]
    mem_floor = child_json(MEM_FLOOR_CHILD, str(inputs.book_10mb))["maxrss_kb"]
    ratio = mem / mem_floor
    figures.append(
        Figure(
            "peak RSS parse 10 MB vs lark+read",
            ratio,
            "×",
            "≤ 1.5×",
            None if smoke else ratio <= 1.5,
            f"parse {mem / 1024:.0f} MB / floor {mem_floor / 1024:.0f} MB",
        )
    )

    # 6. -j 2 vs -j 1.
    xs, ys = timed_pair(
        check(inputs.folder, "-j", "2", "--quiet"),
        check(inputs.folder, "-j", "1", "--quiet"),
        repeat,
    )
    figures.append(
        ratio_figure(
            f"check -j 2 vs -j 1 ({inputs.folder_count} files)",
            xs,
            ys,
            0.65,
            smoke,
            ("-j2", "-j1"),
        )
    )
    return figures


# ---------------------------------------------------------------------------
# Explaining the misses

EXPLAIN_CHILD = """
import cProfile, io, pstats, sys
import resolve
with open(sys.argv[1], "rb") as f:
    text = f.read().decode("utf-8")
resolve.parse(text[:20000])
for label, func in (("parse", lambda: resolve.parse(text)), ("check", lambda: resolve.check(text))):
    prof = cProfile.Profile()
    prof.enable()
    func()
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats(sys.argv[2]).print_stats(int(sys.argv[3]))
    print(f"== cProfile: resolve.{label}(1 MB book), sorted by {sys.argv[2]} ==")
    print("\\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])
"""


def explain(inputs: gen.Inputs) -> None:
    """Print the top imports of a cold check and cProfile of parse and check."""
    proc = subprocess.run(
        [PY, "-X", "importtime", "-m", "resolve", "check", str(inputs.small)],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = line.split("|")
            try:
                rows.append((int(parts[1]), int(parts[0].split(":")[1]), parts[2].rstrip()))
            except ValueError:
                continue
    print("== python -X importtime -m resolve check <7.8 KB example>: top 25 cumulative (us) ==")
    for cumulative, own, name in sorted(rows, reverse=True)[:25]:
        print(f"{cumulative:>9} {own:>8} {name}")
    for key in ("tottime", "cumulative"):
        proc = subprocess.run(
            [PY, "-c", EXPLAIN_CHILD, str(inputs.book_1mb), key, "25"],
            capture_output=True,
            text=True,
            check=False,
        )
        print(proc.stdout)
        if proc.returncode:
            print(proc.stderr[-2000:])


# ---------------------------------------------------------------------------
# Output


def machine() -> dict[str, str]:
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "-"

    return {
        "date": time.strftime("%Y-%m-%d"),
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "lark": version("lark"),
        "typer": version("typer"),
        "rich": version("rich"),
        "resolve": version("resolve-cli"),
    }


def fmt_value(fig: Figure) -> str:
    if fig.value is None:
        return "-"
    if fig.unit == "s":
        return f"{fig.value * 1000:.0f} ms" if fig.value < 1 else f"{fig.value:.2f} s"
    if fig.unit == "×":
        return f"{fig.value:.2f}×"
    if fig.unit == "%":
        return f"{fig.value:.1f} %"
    return f"{fig.value:g} {fig.unit}"


def print_table(figures: Sequence[Figure], info: dict[str, str], cmd: str) -> None:
    rows = [("figure", "measured", "goal", "status", "detail")]
    rows += [(f.name, fmt_value(f), f.goal, f.status, f.detail) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(
        f"# {info['date']}  nproc={info['nproc']}  python {info['python']}  "
        f"lark {info['lark']}  typer {info['typer']}  rich {info['rich']}"
    )
    print(f"# {cmd}")
    if "--smoke" in cmd:
        print("# smoke: tiny inputs (names refer to the full-size ones); no goals checked")
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[j]) for j, cell in enumerate(row[:4])) + "  " + row[4])
        if i == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * 6)


def _allow_bytecode() -> None:
    """Let the measured processes use compiled ``.pyc`` files, as an installed
    package does (pip compiles them; proselint's venv has them). A sandbox or CI
    may set PYTHONDONTWRITEBYTECODE, which would make every cold run recompile
    resolve's modules (~40-70 ms); the cache goes to bench/out, not src/."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(gen.OUT / "pycache"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny inputs, 1 run, no goals")
    parser.add_argument("--repeat", "-n", type=int, default=5, help="runs per side (median)")
    parser.add_argument(
        "--big-repeat", type=int, default=3, help="runs per side for the 10 MB figures"
    )
    parser.add_argument("--proselint", help="the proselint executable (a separate venv)")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument(
        "--explain", action="store_true", help="print importtime and cProfile breakdowns"
    )
    args = parser.parse_args(argv)
    _allow_bytecode()
    cmd = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    info = machine()
    started = time.perf_counter()
    try:
        figures = measure(args)
    except (Crash, subprocess.TimeoutExpired) as exc:
        print(f"bench: crashed: {exc}", file=sys.stderr)
        return 2
    print_table(figures, info, cmd.strip())
    print(f"# total {time.perf_counter() - started:.1f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {"machine": info, "command": cmd, "figures": [asdict(f) for f in figures]},
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    if args.explain:
        explain(gen.generate(smoke=args.smoke))
    if args.smoke:
        return 0
    return 0 if all(f.ok is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
