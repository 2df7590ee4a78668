"""Council minutes published item by item on the web: each numbered item gives
its agenda wording ("To approve as a correct record the Minutes of …"), then a
bare label line "Minutes:" (or "Decision:") and under it what the meeting did.
Where the record under a label (right under it, or after a few paragraphs
telling the debate) is a motion in the "That …" form ("That the Minutes of
the meeting held on 3 May be approved as a correct record."), it is one
resolution of one clause; the item numbers, agenda wording, labels and the
records told as narrative (announcements, apologies) are the page's head and
trailer. A pure pass over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "INTRO", "PHRASE", "VERB")
"""Kinds that show another form on the page: the pass does not apply."""
RECORD_LABEL = re.compile(
    r"[ \t]*+(?:Minutes|MINUTES|Decision|DECISION|Decisions|DECISIONS)[ \t]*+:[ \t]*+"
)
"""The bare label over an item's record: "Minutes:", "Decision:"."""
THAT_OPEN = re.compile(r"[ \t]*+[“\"]?(?:That|THAT)[ \t]++(?!(?i:is|was|being|said)\b)\w")
"""A record's paragraph in the motion form: "That the following item be added …"."""
NARRATIVE_MAX = 4
"""Paragraphs of narrative a record may give between its label and its "That …"."""


def _under_label(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` in an item's record: right under its "Minutes:" label, or
    after a few plain paragraphs that follow that label ("The Mayor introduced
    the report." / "That the report be noted.")?"""
    for j in range(i - 1, max(-1, i - 2 - NARRATIVE_MAX), -1):
        if RECORD_LABEL.fullmatch(ctx.text, units[j].start, units[j].end):
            return True
        if kinds[j] != "TEXT" or THAT_OPEN.match(ctx.text, units[j].start, units[j].end):
            return False
    return False


def minute_labels(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each "That …" paragraph in an item's record under a "Minutes:" /
    "Decision:" label begins: each one resolution of one clause, the units
    above the first the page's head (META), the rest its trailer (TRAILER).
    Empty when the page has another enacting form, a "That" paragraph that is
    not under such a label, or a record of two "That" paragraphs in a row."""
    if any(k in ENACTING for k in kinds):
        return []
    firsts: list[int] = []
    clauses: set[int] = set()
    for i, k in enumerate(kinds):
        motion = k == "THAT" or (
            k == "TEXT" and THAT_OPEN.match(ctx.text, units[i].start, units[i].end) is not None
        )
        if not motion:
            continue
        if i - 1 in clauses:
            return []  # a record of several "That" paragraphs: not this form
        if _under_label(ctx, units, kinds, i):
            firsts.append(i)
            clauses.add(i)
        else:
            return []
    if not firsts:
        return []
    for j in range(len(units)):
        kinds[j] = "META" if j < firsts[0] else "THAT" if j in clauses else "TRAILER"
    return [units[i].start for i in firsts[1:]]
