"""Parser accuracy: how many documents read with exactly the expected counts.

Usage: python tools/accuracy.py [FOLDER ...]   (default: every folder with an expected.json)

Each folder holds *.txt documents and an expected.json written by hand (see
tests/corpus/README.md). A document counts as exact when every resolution in it
has the expected number of recitals and of top-level clauses. tests/holdout and
tests/holdout2 were written blind, without sight of the parser.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import resolve

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    "examples",
    "tests/corpus",
    "tests/holdout",
    "tests/holdout2",
    "tests/holdout3",
    "tests/holdout4",
    "tests/holdout5",
]


def counts(doc: resolve.model.Document) -> list[tuple[int, int]]:
    return [(len(r.preamble), len(r.clauses)) for r in doc.resolutions]


def main(argv: list[str]) -> int:
    folders = argv or DEFAULT
    for name in folders:
        folder = ROOT / name
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        exact = 0
        misses = []
        for file, want in sorted(expected.items()):
            text = (folder / file).read_bytes().decode("utf-8-sig")
            got = counts(resolve.parse(text))
            wanted = [(w["preamble"], w["clauses"]) for w in want]
            if got == wanted:
                exact += 1
            else:
                misses.append(f"    {file}: got {got}, expected {wanted}")
        print(f"{name}: {exact}/{len(expected)} documents with exact recital and clause counts")
        if misses:
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
