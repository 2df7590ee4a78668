"""Terse minutes that open every motion with a "MOTION:" label, its mover and
seconder after it and its outcome last, the label anywhere on its line:

    MOTION: Adopt the minutes of the last meeting as read.
    Moved A Seconded B. Carried.
    TREASURER: Balance $510.20 MOTION: Accept the report Moved C seconded A Carried.
    MOTION: -That the club buy … M: A, S: B, CarriedMOTION: -That … M: B, S: C, Carried

or its outcome first, right after the label, and the mover and seconder
after it (a hearing body's record of each case, the mover's words and the
vote below):

    MOTION: APPROVED 1st: A 2nd: B
    A moved to approve the application as submitted.

Each label to its outcome is one resolution of one clause (conventions Q1 and
Q5 of ``tests/real/README.md``); a motion lost, withdrawn or tabled is none
(Q6), nor one that only continues or defers the case (Q6), nor one whose
outcome is not told (Q8); a motion carried to deny an application decides it,
one. The units are cut at each record's edges: what stands before the first
is the page's head (META), the rest (the mover's line under a label, the
business between motions, the notes after the last outcome) trailer, except
a motion told in narrative after the last label's mover's line, which the
reader of narrated minutes (:mod:`resolve.parsing.recorded_motions`) reads
there. A ``BREAKS`` pass of :mod:`resolve.parsing.passes`, run before
:mod:`resolve.parsing.recorded_motions`, which would read such a page
paragraph by paragraph."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.classify import classify
from resolve.parsing.context import Context
from resolve.parsing.fallback_records import fallback_records
from resolve.parsing.paragraphs import Unit, cut_at_offsets
from resolve.parsing.record_cues import LABELLED_OUTCOME, MOTION_TO, RUN_ON_LABEL
from resolve.parsing.recorded_motions import recorded_motions

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that show the page has its own enacting form or motions: not this form."""
RECORD_MAX = 600
"""Characters from a label to its outcome."""
LABELS_MIN = 3
"""Labelled motions with their outcome told that make a page this form."""
PASSED = frozenset({"carried", "passed", "adopted"})
"""The outcomes that make a labelled motion a resolution."""
OUTCOME_FIRST = re.compile(
    r"(?P<outcome>(?i:approved|carried|passed|adopted|denied|continued|deferred|postponed"
    r"|tabled|defeated|failed|lost|withdrawn))\b[^\n]{0,80}?"
    r"(?:\b2[ \t]*+nd[ \t]*+:|\b(?i:second(?:ed)?)(?:[ \t]++(?i:by))?[ \t]*+:|\bS[ \t]*+:)[^\n]*+"
)
"""A label's outcome told first, the seconder after it on the same line:
"MOTION: APPROVED W/ CONDITIONS 1 st : A 2 nd : B", "Motion: Denied Moved: A
Seconded: B"."""
PASSED_FIRST = frozenset({"approved", "carried", "passed", "adopted", "denied"})
"""The outcomes told first that make a labelled motion a resolution ("denied":
the motion to deny the application carried)."""


def _records(text: str) -> list[tuple[int, int, bool]]:
    """Each label's record, (start, end of its outcome, passed), for the labels
    whose seconder and outcome come before the next label."""
    labels = [m.start() for m in RUN_ON_LABEL.finditer(text)]
    out: list[tuple[int, int, bool]] = []
    for start, stop in pairwise([*labels, len(text)]):
        label = RUN_ON_LABEL.match(text, start)
        first = None if label is None else OUTCOME_FIRST.match(text, label.end(), stop)
        if first is not None:
            out.append((start, first.end(), first["outcome"].lower() in PASSED_FIRST))
            continue
        m = LABELLED_OUTCOME.search(text, start, min(stop, start + RECORD_MAX))
        if m is not None:
            out.append((start, m.end(), m.group("outcome").lower() in PASSED))
    return out


def _told_after(ctx: Context, units: list[Unit], kinds: list[str], last: int) -> list[int]:
    """Read the units after the last label's record (``last``: its end) and the
    mover's words under it as narrated minutes ("A made a motion to approve the
    minutes. The vote was unanimous."): each motion told carried there is a
    record of its own (kinds rewritten in place, THAT), the rest stays trailer;
    where each begins."""
    k = next((i for i, u in enumerate(units) if u.start >= last), len(units))
    if k < len(units) and MOTION_TO.search(ctx.text, units[k].start, units[k].end):
        k += 1  # "A moved to approve the application as submitted." restates the label's
    tail_units = units[k:]
    tail_kinds = [classify(ctx, u) for u in tail_units]  # as read before the labels were
    starts = recorded_motions(ctx, tail_units, tail_kinds)
    if "THAT" not in tail_kinds:  # read sentence by sentence: "A made a motion to … The vote was …"
        starts = fallback_records(ctx, tail_units, tail_kinds)
    firsts = [u.start for u, x in zip(tail_units, tail_kinds, strict=True) if x == "THAT"]
    if not firsts:
        return []
    units[k:] = tail_units
    kinds[k:] = ["THAT" if x == "THAT" else "TRAILER" for x in tail_kinds]
    return sorted({*starts, firsts[0]})


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
    told = _told_after(ctx, units, kinds, max(e for _, e, _ in records))
    return [u.start for u in split if u.start in firsts and u.start != first] + told
