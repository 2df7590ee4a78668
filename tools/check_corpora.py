"""How many real-style documents `resolve check` passes without an error-level finding.

Usage: python tools/check_corpora.py [FOLDER ...]
(default: the folders of tools/accuracy.py, DEFAULT; profile inferred)
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from accuracy import DEFAULT  # tools/ is on sys.path when this script runs

from resolve.checker import check

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    for name in argv or DEFAULT:
        files = sorted((ROOT / name).glob("*.txt"))
        clean = 0
        severities: collections.Counter[str] = collections.Counter()
        errors: list[str] = []
        for path in files:
            found = check(path.read_bytes().decode("utf-8-sig"), path=str(path))
            severities.update(d.severity.label for d in found)
            worst = [d for d in found if d.severity.label == "error"]
            if worst:
                errors.extend(f"    {path.name}: {d.code} {d.message}" for d in worst)
            else:
                clean += 1
        print(f"{name}: {clean}/{len(files)} with no error-level finding; {dict(severities)}")
        if errors:
            print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
