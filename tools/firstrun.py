"""First runs: each batch read by the parser it was first measured with, on today's labels.

Usage: python tools/firstrun.py [--batch=zp,zq] [--per-run] [--with=COMMIT,...]

A batch's first run is its reading by the parser of the day it arrived, before
anybody looked at it; it is the honest estimate of how well ``resolve`` reads a
real document it has never seen (tests/real/ACCURACY.md). Since the counting
conventions were adopted (Run 21), every first run is listed in
tests/real/firstruns.json: the run, its batches and the commit whose parser
measured them. This tool takes each commit's ``src/`` with ``git archive``
into a temporary folder, reads the run's batches with that parser in a
subprocess (so that the parser of today never leaks in), compares with
today's manifests and prints the figures: in all, unseen, by style, by
category, by confidence and by number of resolutions. It names no document.

``--with=C1,C2`` reads the chosen batches with each of those parsers instead,
one line per parser: a blind learning curve, asking whether a parser fixed on
more documents reads batches that none of them had seen any better. A parser
is only asked about batches that arrived no earlier than it (its commit is an
ancestor of the batch's first-run parser); others are skipped and said so.

It needs the repository's history (a full clone) and is not run in CI: old
parsers take a few seconds each to import and read their batches.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from accuracy import pct

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "real" / "firstruns.json"

Row = dict[str, object]


def _worker(batches: frozenset[str]) -> None:
    """Read the batches with whatever ``resolve`` is importable (the old parser:
    PYTHONPATH puts its src/ first); print one JSON list."""
    from accuracy import real_results

    rows: list[Row] = [
        {
            "style": r.style,
            "category": r.category,
            "split": r.split,
            "exact": r.exact,
            "doubts": r.doubts > 0,
            "several": len(r.wanted) > 1,
        }
        for r in real_results(batches=batches)
    ]
    json.dump(rows, sys.stdout)


def _read_run(commit: str, batches: list[str]) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="firstrun-") as tmp:
        try:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "src", "grammars"],
                check=True,
                capture_output=True,
            ).stdout
        except subprocess.CalledProcessError as err:
            raise SystemExit(
                f"firstrun: no commit {commit} here (a full clone is needed): {err.stderr.decode().strip()}"
            ) from None
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(Path(tmp) / "src"), str(ROOT / "tools")]),
        }
        done = subprocess.run(
            [sys.executable, str(Path(__file__)), "--worker", ",".join(batches)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp,
        )
    if done.returncode:
        last = done.stderr.strip().splitlines()[-1:] or ["no message"]
        raise SystemExit(f"firstrun: the parser of {commit} failed on {batches}: {last[0]}")
    rows: list[Row] = json.loads(done.stdout)
    return rows


def _pct(rows: list[Row]) -> str:
    return pct(sum(bool(r["exact"]) for r in rows), len(rows))


def _by(rows: list[Row], key: str) -> str:
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        groups[str(r[key])].append(r)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return ", ".join(f"{k} {sum(bool(r['exact']) for r in g)}/{len(g)}" for k, g in ordered)


def _before(commit: str, later: str) -> bool:
    """True when ``commit`` is ``later`` or one of its ancestors (it never saw later's batches)."""
    cmd = ["git", "-C", str(ROOT), "merge-base", "--is-ancestor", commit, later]
    return subprocess.run(cmd, capture_output=True).returncode == 0


def _chosen(run: dict[str, object], wanted: set[str]) -> list[str]:
    """The run's batches that ``--batch`` chose (all of them when it chose none)."""
    return [b for b in run["batches"] if not wanted or b in wanted]  # type: ignore[attr-defined]


def _curve(runs: list[dict[str, object]], wanted: set[str], commits: list[str]) -> int:
    for commit in commits:
        rows: list[Row] = []
        skipped: list[str] = []
        for run in runs:
            batches = _chosen(run, wanted)
            if not batches:
                continue
            if _before(commit, str(run["parser"])):
                rows.extend(_read_run(commit, batches))
            else:
                skipped.extend(batches)
        note = f" (skipped, seen before: {','.join(skipped)})" if skipped else ""
        unseen = [r for r in rows if r["split"] == "unseen"]
        print(f"parser {commit}: {_pct(rows)} exact; unseen {_pct(unseen)}{note}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        _worker(frozenset(argv[1].split(",")))
        return 0
    wanted = {b for a in argv if a.startswith("--batch=") for b in a[8:].split(",") if b}
    runs = json.loads(RECORD.read_text(encoding="utf-8"))["runs"]
    commits = [c for a in argv if a.startswith("--with=") for c in a[7:].split(",") if c]
    if commits:
        return _curve(runs, wanted, commits)
    rows: list[Row] = []
    for run in runs:
        batches = _chosen(run, wanted)
        if not batches:
            continue
        got = _read_run(run["parser"], batches)
        if "--per-run" in argv:
            print(f"  run {run['run']} ({','.join(batches)}, parser {run['parser']}): {_pct(got)}")
        rows.extend(got)
    if not rows:
        print("firstrun: no such batch in tests/real/firstruns.json")
        return 2
    print(f"first runs: {_pct(rows)} documents exact")
    print(f"  unseen: {_pct([r for r in rows if r['split'] == 'unseen'])}")
    print(f"  by style: {_by(rows, 'style')}")
    print(f"  by category: {_by(rows, 'category')}")
    sure = [r for r in rows if not r["doubts"]]
    unsure = [r for r in rows if r["doubts"]]
    print(f"  read with no doubt: {_pct(sure)}; read with a doubt: {_pct(unsure)}")
    one = [r for r in rows if not r["several"]]
    print(f"  one resolution: {_pct(one)}; several: {_pct([r for r in rows if r['several']])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
