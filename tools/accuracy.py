"""Parser accuracy: how many documents read with exactly the expected counts.

Usage: python tools/accuracy.py [--show-unseen] [--real-only] [--batch=i,j] [FOLDER ...]

First the real corpus (tests/real: documents that organisations published,
hand-counted in tests/real/manifest-*.json; see /tests/real/ACCURACY.md), then
the team's own folders (each with *.txt documents and an expected.json written
by hand, see tests/corpus/README.md; tests/holdout* were written blind).

A document counts as exact when it has the expected number of resolutions and
every resolution has the expected number of recitals and of top-level clauses.
The real corpus is reported overall, by split (dev / unseen), by category and
by style. Documents of split "unseen" are measured but never named, so that
nobody tunes the parser on them: only their counts are printed, unless their
batch is listed in tests/real/opened.json (first run recorded, opened since:
see tools/realsplit.py) or ``--show-unseen`` is given (for the closing report,
after the work is done). The never-opened unseen documents get a line of
their own: with each new batch's first run, they are the honest measure.
``--batch=i,j`` reports only the documents of those manifests (a new batch's
first run, by split, category and style).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from realsplit import hidden, opened_batches

import resolve

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "real"
DEFAULT = [
    "examples",
    "tests/corpus",
    "tests/holdout",
    "tests/holdout2",
    "tests/holdout3",
    "tests/holdout4",
    "tests/holdout5",
]


def _flat(text: object) -> str | None:
    return " ".join(str(text).split()) or None if text is not None else None


def titles(doc: resolve.model.Document, wanted: list[object]) -> tuple[int, int]:
    """How many titles match the labelled ones, of how many compared: none are
    compared when the resolution count is wrong."""
    if len(wanted) != len(doc.resolutions):
        return (0, 0)
    ok = sum(_flat(w) == _flat(r.title) for w, r in zip(wanted, doc.resolutions, strict=True))
    return (ok, len(wanted))


def counts(doc: resolve.model.Document) -> list[tuple[int, int]]:
    return [(len(r.preamble), len(r.clauses)) for r in doc.resolutions]


@dataclass(frozen=True)
class RealResult:
    """One real document: its manifest labels and whether it read exactly."""

    name: str
    category: str
    style: str
    split: str
    wanted: list[tuple[int, int]]
    got: list[tuple[int, int]]
    doubts: int
    """Resolutions the parser marked as read with doubts."""
    batch: str = ""
    """The manifest it is labelled in (``e`` for ``manifest-e.json``): batches came in turn."""
    titles: tuple[int, int] = (0, 0)
    """Resolutions whose title is the labelled one (whitespace collapsed), of those compared
    (only when the resolution count is right)."""

    @property
    def exact(self) -> bool:
        return self.got == self.wanted


def real_manifest(root: Path = REAL) -> dict[str, dict[str, object]]:
    """Every entry of every tests/real/manifest-*.json, by file name."""
    entries: dict[str, dict[str, object]] = {}
    for path in sorted(root.glob("manifest-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, entry in data.items():
            if name in entries:
                raise SystemExit(f"{path.name}: {name} is already in another manifest")
            entries[name] = {**entry, "_batch": path.stem.removeprefix("manifest-")}
    return entries


def real_results(root: Path = REAL, batches: frozenset[str] = frozenset()) -> list[RealResult]:
    """Parse every real document of the manifests (of ``batches`` only, if given)
    and compare its counts."""
    results = []
    for name, entry in sorted(real_manifest(root).items()):
        if batches and entry["_batch"] not in batches:
            continue
        path = root / "docs" / name
        text = path.read_bytes().decode("utf-8-sig")
        doc = resolve.parse(text)
        wanted = [(int(r["preamble"]), int(r["clauses"])) for r in entry["resolutions"]]  # type: ignore[attr-defined]
        results.append(
            RealResult(
                name,
                str(entry["category"]),
                str(entry["style"]),
                str(entry["split"]),
                wanted,
                counts(doc),
                sum(1 for r in doc.resolutions if getattr(r, "doubts", ())),
                str(entry["_batch"]),
                titles(doc, [r.get("title") for r in entry["resolutions"]]),  # type: ignore[attr-defined]
            )
        )
    return results


def pct(n: int, total: int) -> str:
    """``n/total (p %)``, the one way the tools print a share."""
    return f"{n}/{total} ({100 * n / total:.1f} %)" if total else "0/0"


def _group(results: list[RealResult], key: str) -> str:
    groups: dict[str, list[RealResult]] = defaultdict(list)
    for r in results:
        groups[getattr(r, key)].append(r)
    return ", ".join(f"{k} {sum(r.exact for r in g)}/{len(g)}" for k, g in sorted(groups.items()))


def report_real(show_unseen: bool, batches_wanted: frozenset[str] = frozenset()) -> None:
    results = real_results(batches=batches_wanted)
    if not results:
        print("tests/real: no manifest" if not batches_wanted else "tests/real: no such batch")
        return
    exact = sum(r.exact for r in results)
    print(
        f"tests/real: {pct(exact, len(results))} documents exact (resolutions, recitals, clauses)"
    )
    for split in ("dev", "unseen"):
        part = [r for r in results if r.split == split]
        print(f"  {split}: {pct(sum(r.exact for r in part), len(part))}")
    opened = opened_batches()
    closed = [r for r in results if hidden(r.split, r.batch, opened)]
    print(f"  unseen, never opened: {pct(sum(r.exact for r in closed), len(closed))}")
    print(f"  by batch (manifest): {_group(results, 'batch')}")
    print(f"  by category: {_group(results, 'category')}")
    print(f"  by style: {_group(results, 'style')}")
    doubted = [r for r in results if r.doubts]
    print(
        f"  with doubts: {len(doubted)} documents, of which misread "
        f"{sum(not r.exact for r in doubted)}; misread without doubts: "
        f"{sum(not r.exact and not r.doubts for r in results)}"
    )
    batches: dict[str, list[RealResult]] = defaultdict(list)
    for r in results:
        batches[r.batch].append(r)
    print(
        "  doubts by batch (misread with doubts / misread silently / exact with doubts): "
        + ", ".join(
            f"{k} {sum(not r.exact and r.doubts > 0 for r in g)}"
            f"/{sum(not r.exact and not r.doubts for r in g)}"
            f"/{sum(r.exact and r.doubts > 0 for r in g)}"
            for k, g in sorted(batches.items())
        )
    )
    t_ok, t_all = sum(r.titles[0] for r in results), sum(r.titles[1] for r in results)
    print(f"  titles: {pct(t_ok, t_all)} of the resolutions counted right")
    for r in results:
        if not r.exact and (not hidden(r.split, r.batch, opened) or show_unseen):
            flag = " [doubts]" if r.doubts else ""
            print(f"    {r.split} {r.name}: got {r.got}, expected {r.wanted}{flag}")
    unnamed = sum(1 for r in closed if not r.exact and not show_unseen)
    if unnamed:
        print(f"    unseen: {unnamed} misread (names hidden; --show-unseen to list them)")


def report_folder(name: str) -> None:
    folder = ROOT / name
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    exact = 0
    misses = []
    t_ok = t_all = 0
    for file, want in sorted(expected.items()):
        text = (folder / file).read_bytes().decode("utf-8-sig")
        doc = resolve.parse(text)
        got = counts(doc)
        ok, n = titles(doc, [w.get("title") for w in want])
        t_ok, t_all = t_ok + ok, t_all + n
        wanted = [(w["preamble"], w["clauses"]) for w in want]
        if got == wanted:
            exact += 1
        else:
            misses.append(f"    {file}: got {got}, expected {wanted}")
    print(
        f"{name}: {exact}/{len(expected)} documents with exact recital and clause counts; "
        f"titles {t_ok}/{t_all}"
    )
    if misses:
        print("\n".join(misses))


def main(argv: list[str]) -> int:
    show_unseen = "--show-unseen" in argv
    real_only = "--real-only" in argv
    batches = frozenset(
        b
        for a in argv
        if a.startswith("--batch=")
        for b in a.removeprefix("--batch=").split(",")
        if b
    )
    folders = [a for a in argv if not a.startswith("--")]
    if not folders:
        report_real(show_unseen, batches)
        if real_only:
            return 0
    for name in folders or DEFAULT:
        report_folder(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
