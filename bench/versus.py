"""Parse and check time of two source trees on one text, in the same run.

    git worktree add --detach /tmp/base <commit>
    python bench/versus.py /tmp/base/src src bench/out/book-1mb.txt --repeat 5

Each repeat runs the base then the new tree, each in a new process; the
figures are medians and the ratio new/base (machines are noisy: only the
ratio of the same run means anything).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

_CHILD = """
import sys, time
import resolve
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter(); resolve.parse(text); t1 = time.perf_counter()
resolve.check(text); t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _once(src: str, path: str) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, path],
        env={"PYTHONPATH": src, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    parse, check = out.stdout.split()
    return float(parse), float(check)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", help="the base tree's src directory")
    ap.add_argument("new", help="the new tree's src directory")
    ap.add_argument("text", help="the text to parse and check")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    runs: dict[str, list[tuple[float, float]]] = {"base": [], "new": []}
    for _ in range(args.repeat):
        runs["base"].append(_once(args.base, args.text))
        runs["new"].append(_once(args.new, args.text))
    med = {k: tuple(statistics.median(s[i] for s in v) for i in (0, 1)) for k, v in runs.items()}
    for k, (p, c) in med.items():
        print(f"{k}: parse {p:.3f} s, check {c:.3f} s (medians of {args.repeat})")
    print(
        f"new/base: parse {med['new'][0] / med['base'][0]:.2f}x, "
        f"check {med['new'][1] / med['base'][1]:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
