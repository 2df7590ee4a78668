"""Minutes that record each motion with its roll-call tally inside the sentence:
"A motion was made by Director A, seconded by Director B and carried with the
following vote:" / "Ayes: …" / "Noes: …" / "Abstain: …" / "Absent: …" / "to
approve the agenda." (the motion's object after its tally, in lower case). The
colon introduces the tally, not the motion's content, so the other readers of
minutes, which take a record ending in a colon for the lead-in of a list, miss
it. A pure pass over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import MOVING, SECONDED, VOTE_FOLLOWS, VOTE_LINE

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that show the page has its own enacting form: the pass does not apply."""


def _voted(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a motion made and seconded whose record ends by introducing
    its tally, with a tally line right under it?"""
    u = units[i]
    return (
        i + 1 < len(units)
        and VOTE_FOLLOWS.search(ctx.text, u.start, u.end) is not None
        and MOVING.search(ctx.text, u.start, u.end) is not None
        and SECONDED.search(ctx.text, u.start, u.end) is not None
        and VOTE_LINE.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    )


def voted_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion recorded with its tally inside the sentence begins: each
    one resolution of one clause (THAT), the narrative before the first the
    minutes' head (META), the tally, the motion's object and the items after it
    its trailer (TRAILER). Empty when the page has a formula, a recital or a
    clause, or records no such motion."""
    if any(k in ENACTING for k in kinds):
        return []
    records = [i for i in range(len(units)) if _voted(ctx, units, i)]
    if not records:
        return []
    for j in range(len(units)):
        kinds[j] = "META" if j < records[0] else "THAT" if j in records else "TRAILER"
    return [units[i].start for i in records[1:]]
