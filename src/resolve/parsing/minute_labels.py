"""Council minutes published item by item on the web: each numbered item gives
its agenda wording ("To approve as a correct record the Minutes of …"), then a
bare label line "Minutes:" (or "Decision:") and under it what the meeting did.
Where the record under a label is a motion in the "That …" form ("That the
Minutes of the meeting held on 3 May be approved as a correct record."), it is
one resolution, its "That" paragraphs its clauses; the item numbers, agenda
wording, labels and the records told as narrative (announcements, apologies)
are the page's head and trailer. A pure pass over the classified units, one
row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

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


def minute_labels(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each "That …" record right under a "Minutes:" / "Decision:" label
    begins: each one resolution (its "That" paragraphs in a row its clauses),
    the units above the first the page's head (META), the rest its trailer
    (TRAILER). Empty when the page has another enacting form, or a "That"
    paragraph that is not under such a label."""
    if any(k in ENACTING for k in kinds):
        return []
    firsts: list[int] = []
    clauses: set[int] = set()
    for i, k in enumerate(kinds):
        if k != "THAT":
            continue
        if i > 0 and i - 1 in clauses:
            clauses.add(i)  # the record's next "That" paragraph
        elif i > 0 and RECORD_LABEL.fullmatch(ctx.text, units[i - 1].start, units[i - 1].end):
            firsts.append(i)
            clauses.add(i)
        else:
            return []
    if not firsts:
        return []
    for j in range(len(units)):
        kinds[j] = "META" if j < firsts[0] else "THAT" if j in clauses else "TRAILER"
    return [units[i].start for i in firsts[1:]]
