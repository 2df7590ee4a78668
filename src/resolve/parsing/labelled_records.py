"""Terse minutes that open every motion with a "MOTION:" label, its mover and
seconder after it and its outcome last, the label anywhere on its line:

    MOTION: Adopt the minutes of the last meeting as read.
    Moved A Seconded B. Carried.
    TREASURER: Balance $510.20 MOTION: Accept the report Moved C seconded A Carried.
    MOTION: -That the club buy … M: A, S: B, CarriedMOTION: -That … M: B, S: C, Carried

Each label to its outcome is one resolution of one clause (conventions Q1 and
Q5 of ``tests/real/README.md``); a motion lost, withdrawn or tabled is none
(Q6), nor one whose outcome is not told (Q8). The units are cut at each
record's edges: what stands before the first is the page's head (META), the
rest (the mover's line under a label, the business between motions, the notes
after the last outcome) trailer. A ``BREAKS`` pass of :mod:`resolve.parsing.passes`,
run before :mod:`resolve.parsing.recorded_motions`, which would read such a
page paragraph by paragraph."""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_at_offsets
from resolve.parsing.record_cues import LABELLED_OUTCOME, RUN_ON_LABEL

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that show the page has its own enacting form or motions: not this form."""
RECORD_MAX = 600
"""Characters from a label to its outcome."""
LABELS_MIN = 3
"""Labelled motions with their outcome told that make a page this form."""
PASSED = frozenset({"carried", "passed", "adopted"})
"""The outcomes that make a labelled motion a resolution."""


def _records(text: str) -> list[tuple[int, int, bool]]:
    """Each label's record, (start, end of its outcome, passed), for the labels
    whose seconder and outcome come before the next label."""
    labels = [m.start() for m in RUN_ON_LABEL.finditer(text)]
    out: list[tuple[int, int, bool]] = []
    for start, stop in pairwise([*labels, len(text)]):
        m = LABELLED_OUTCOME.search(text, start, min(stop, start + RECORD_MAX))
        if m is not None:
            out.append((start, m.end(), m.group("outcome").lower() in PASSED))
    return out


def labelled_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each labelled motion of such minutes begins: the units cut at each
    record's edges (in place), each passed record marked THAT, what stands before
    the first META, the rest TRAILER. Empty (nothing changed) unless the page
    has no enacting form, at least three labelled motions told with their
    outcome, and no label left without one."""
    if any(k in ENACTING for k in kinds):
        return []
    records = _records(ctx.text)
    labels = sum(1 for _ in RUN_ON_LABEL.finditer(ctx.text))
    if len(records) < LABELS_MIN or len(records) != labels:
        return []
    firsts = {s for s, _, passed in records if passed}
    if not firsts:
        return []
    cuts = sorted({s for s, _, _ in records} | {e for _, e, _ in records})
    split = cut_at_offsets(ctx.text, units, cuts)
    first = min(firsts)
    units[:] = split
    kinds[:] = [
        "THAT" if u.start in firsts else "META" if u.start < first else "TRAILER" for u in split
    ]
    return [u.start for u in split if u.start in firsts and u.start != first]
