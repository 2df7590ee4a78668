"""Compare the real corpus's labels at two commits, so that a relabelling can
be counted without naming what must stay unseen.

Usage: python tools/label_changes.py OLD [NEW] [--dev-names]

Prints, by split and by batch, how many manifest entries changed their counts
(resolutions, recitals, clauses) and how many resolutions were added. With
``--dev-names`` it also lists the changed ``dev`` entries; ``unseen`` ones are
never named.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

Counts = list[tuple[int, int]]
USAGE = "Usage: python tools/label_changes.py OLD [NEW] [--dev-names]"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def labels(rev: str) -> dict[str, tuple[str, str, Counts]]:
    """Every manifest entry at ``rev``: its batch, split and counts, by file name."""
    out: dict[str, tuple[str, str, Counts]] = {}
    for path in _git("ls-tree", "--name-only", rev, "tests/real/").split():
        name = path.rsplit("/", 1)[-1]
        if not (name.startswith("manifest-") and name.endswith(".json")):
            continue
        batch = name.removeprefix("manifest-").removesuffix(".json")
        for doc, entry in json.loads(_git("show", f"{rev}:{path}")).items():
            counts = [(int(r["preamble"]), int(r["clauses"])) for r in entry["resolutions"]]
            out[doc] = (batch, str(entry["split"]), counts)
    return out


def main(argv: list[str]) -> int:
    revs = [a for a in argv if not a.startswith("--")]
    if not revs or len(revs) > 2:
        print(USAGE, file=sys.stderr)
        return 2
    old, new = labels(revs[0]), labels(revs[1] if len(revs) == 2 else "HEAD")
    changed: Counter[str] = Counter()
    added: Counter[str] = Counter()
    by_batch: Counter[str] = Counter()
    for doc, (batch, split, counts) in sorted(new.items()):
        before = old.get(doc)
        if before is None or before[2] == counts:
            continue
        changed[split] += 1
        added[split] += len(counts) - len(before[2])
        by_batch[batch] += 1
        if "--dev-names" in argv and split == "dev":
            print(f"  {batch} {doc}: {before[2]} -> {counts}")
    total = sum(changed.values())
    print(
        f"changed entries: {total} of {len(new)} (dev {changed['dev']}, unseen {changed['unseen']})"
    )
    print(f"resolutions added: dev {added['dev']:+d}, unseen {added['unseen']:+d}")
    print(
        "by batch: "
        + ", ".join(
            f"{b} {n}" for b, n in sorted(by_batch.items(), key=lambda x: (len(x[0]), x[0]))
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
