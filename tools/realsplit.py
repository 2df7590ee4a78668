"""Which real documents must stay unseen: one definition for the tools that name documents.

A document of split ``unseen`` (``sha256(name) % 3 == 0``, see tests/real/README.md)
is never named while the parser is changed, unless its batch is listed in
``tests/real/opened.json``: batches whose first run is recorded and whose
unseen part was opened afterwards, on the date and for the reason given there.
"""

from __future__ import annotations

import json
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "tests" / "real"


def opened_batches(root: Path = REAL) -> frozenset[str]:
    """The batches (``e`` for ``manifest-e.json``) whose unseen documents may be opened."""
    path = root / "opened.json"
    if not path.exists():
        return frozenset()
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["opened"])


def hidden(split: str, batch: str, opened: frozenset[str]) -> bool:
    """True for a document that must not be named: unseen, in a batch never opened."""
    return split == "unseen" and batch not in opened
