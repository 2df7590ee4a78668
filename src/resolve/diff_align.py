"""Alignment for :mod:`resolve.differ`: the parts of a document as comparable
units (words without list markers), and the pairing of OLD's parts with NEW's
(:class:`difflib.SequenceMatcher` over the parts, then over the words of each
changed part)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from resolve.model import Clause, Document, Recital

_SIMILAR = 0.5
"""Word similarity (difflib ratio) at or above which a changed part of OLD and
one of NEW in the same place are taken as the same part, amended."""
_WINDOW = 24
"""How many candidate parts of NEW are compared with one part of OLD when
pairing changed parts (keeps huge rewrites from going quadratic)."""
_JOIN_GAP = 3
"""Word changes inside one part that are separated by at most this many
unchanged words are put as one amendment."""

# ---------------------------------------------------------------------------
# Parts as comparable units


@dataclass(slots=True)
class Unit:
    key: str
    """The part's own words, normalised, without its list marker (for a clause
    with sub-clauses: the words before the first sub-clause)."""
    marker: str
    """The list marker as written (``(b)``), for naming sub-clauses."""
    children: list[Unit] = field(default_factory=list)
    full: str = ""
    """The own words and every sub-clause's, without markers: what alignment
    compares, so a clause whose sub-clauses changed is not "the same" clause."""
    quote: str = ""
    """The own words and every sub-clause's with their markers: what a strike,
    insert or move quotes (striking a clause strikes its sub-clauses)."""


def unit_words(text: str) -> str:
    return " ".join(text.split())


def _strip_marker(text: str, marker: str | None) -> str:
    stripped = text.lstrip()
    if marker and stripped.startswith(marker):
        return stripped[len(marker) :]
    return stripped


def _finish(unit: Unit) -> Unit:
    unit.full = " ".join([unit.key, *(c.full for c in unit.children)]).strip()
    unit.quote = " ".join(
        [unit.key, *(f"{c.marker} {c.quote}".strip() for c in unit.children)]
    ).strip()
    return unit


def clause_unit(doc: Document, clause: Clause) -> Unit:
    text = doc.text_of(clause)
    if clause.subclauses:
        # The clause's own words end where its first sub-clause begins.
        own_end = clause.subclauses[0].span.start.offset - clause.span.start.offset
        text = text[: max(own_end, 0)] if not doc.margins else _own_with_margins(doc, clause)
    unit = Unit(unit_words(_strip_marker(text, clause.marker)), (clause.marker or "").strip())
    unit.children = [clause_unit(doc, sub) for sub in clause.subclauses]
    return _finish(unit)


def _own_with_margins(doc: Document, clause: Clause) -> str:
    full = doc.text_of(clause)
    first = doc.text_of(clause.subclauses[0])
    cut = full.find(first)
    return full[:cut] if cut >= 0 else full


def recital_unit(doc: Document, recital: Recital) -> Unit:
    return _finish(Unit(unit_words(_strip_marker(doc.text_of(recital), recital.marker)), ""))


# ---------------------------------------------------------------------------
# Alignment


def _similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a.split(), b.split(), autojunk=False)
    if matcher.real_quick_ratio() < _SIMILAR or matcher.quick_ratio() < _SIMILAR:
        return 0.0
    return matcher.ratio()


@dataclass(slots=True)
class Alignment:
    pairs: list[tuple[int, int]]
    """(old, new) indices of corresponding parts, in order, changed or not."""
    struck: list[int]
    inserted: list[int]
    moved: list[tuple[int, int]]
    anchors: list[tuple[int, int]] = field(default_factory=list)
    """``pairs`` plus the parts only split or joined differently (same words):
    what an insert is placed after."""


def _resplit(
    old: Sequence[Unit], new: Sequence[Unit], i: int, i2: int, j: int, j2: int
) -> tuple[int, int] | None:
    """If OLD's parts from ``i`` and NEW's from ``j`` hold the same words split
    at different places (two recitals read as one after re-wrapping, say), the
    ends (exclusive) of the two runs; else None. Parts with sub-clauses never
    regroup."""
    if old[i].children or new[j].children:
        return None
    a, b = old[i].full.split(), new[j].full.split()
    ei, ej = i + 1, j + 1
    while a != b:
        if len(a) < len(b) and b[: len(a)] == a and ei < i2 and not old[ei].children:
            a += old[ei].full.split()
            ei += 1
        elif len(b) < len(a) and a[: len(b)] == b and ej < j2 and not new[ej].children:
            b += new[ej].full.split()
            ej += 1
        else:
            return None
    return (ei, ej) if ei - i > 1 or ej - j > 1 else None


def _pair_similar(
    old: Sequence[Unit],
    new: Sequence[Unit],
    i1: int,
    i2: int,
    j1: int,
    j2: int,
    out: Alignment,
) -> None:
    """Pair changed parts in order by word similarity, within a window."""
    j = j1
    for i in range(i1, i2):
        best, best_j = 0.0, -1
        for cand in range(j, min(j2, j + _WINDOW)):
            score = _similarity(old[i].full, new[cand].full)
            if score > best:
                best, best_j = score, cand
        if best >= _SIMILAR:
            out.inserted.extend(range(j, best_j))
            out.pairs.append((i, best_j))
            j = best_j + 1
        else:
            out.struck.append(i)
    out.inserted.extend(range(j, j2))


def align(old: Sequence[Unit], new: Sequence[Unit]) -> Alignment:
    matcher = SequenceMatcher(None, [u.full for u in old], [u.full for u in new], autojunk=False)
    out = Alignment([], [], [], [])
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        # Runs that only split the same words differently are not amendments;
        # the parts between them are paired by similarity.
        i, j = i1, j1
        while i < i2 and j < j2:
            ends = _resplit(old, new, i, i2, j, j2)
            if ends is None:
                break
            out.anchors.extend((a, b) for a in range(i, ends[0]) for b in range(j, ends[1]))
            i, j = ends
        ti, tj = i2, j2
        # A re-split needs more parts on one side than one each (the usual
        # one-for-one change skips the search).
        while ti > i and tj > j and (ti - i) + (tj - j) > 2:
            # The same from the end of the region, for a re-split run after a change.
            k = ti - 1
            found = None
            for start_i in range(k, max(i, k - _WINDOW) - 1, -1):
                for start_j in range(tj - 1, max(j, tj - 1 - _WINDOW) - 1, -1):
                    ends = _resplit(old, new, start_i, ti, start_j, tj)
                    if ends == (ti, tj):
                        found = (start_i, start_j)
                        break
                if found:
                    break
            if found is None:
                break
            out.anchors.extend((a, b) for a in range(found[0], ti) for b in range(found[1], tj))
            ti, tj = found
        _pair_similar(old, new, i, ti, j, tj, out)
    # A part struck in one place and inserted unchanged in another was moved.
    by_key: dict[str, list[int]] = {}
    for j in reversed(out.inserted):
        by_key.setdefault(new[j].full, []).append(j)
    gone_i: set[int] = set()
    gone_j: set[int] = set()
    for i in out.struck:
        candidates = by_key.get(old[i].full)
        if candidates:
            j = candidates.pop()
            out.moved.append((i, j))
            gone_i.add(i)
            gone_j.add(j)
    out.struck = [i for i in out.struck if i not in gone_i]
    out.inserted = [j for j in out.inserted if j not in gone_j]
    out.pairs.sort()
    out.anchors = sorted([*out.pairs, *out.anchors], key=lambda p: (p[1], p[0]))
    return out


def after_in_old(j: int, anchors: list[tuple[int, int]], news: list[int]) -> int:
    """1-based place in OLD of the last part kept before NEW's part ``j`` (0: none).

    ``anchors`` keep the order of both documents, so ``news`` (their NEW
    indices) is sorted and a bisection finds the last one before ``j``."""
    k = bisect_left(news, j)
    return anchors[k - 1][0] + 1 if k else 0


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """The changed spans between two texts, word by word, as (struck, inserted)."""
    a, b = old.split(), new.split()
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if hunks and i1 - hunks[-1][1] <= _JOIN_GAP and j1 - hunks[-1][3] <= _JOIN_GAP:
            hunks[-1][1], hunks[-1][3] = i2, j2
        else:
            hunks.append([i1, i2, j1, j2])
    changes: list[tuple[str, str]] = []
    for i1, i2, j1, j2 in hunks:
        if i1 == i2 or j1 == j2:
            # A pure insertion or deletion takes a neighbouring word on each side.
            if i1 > 0 and j1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            if i2 < len(a) and j2 < len(b):
                i2, j2 = i2 + 1, j2 + 1
        changes.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return changes
