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
from resolve.parsing.record_cues import CARRIED, MOVING, SECONDED, VOTE_FOLLOWS, VOTE_LINE

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that show the page has its own enacting form: the pass does not apply."""
RECORD_KINDS = ("TEXT", "MARKER")
"""Kinds of the units that may record a motion made, seconded and carried in one."""
RECORD_MAX = 1500
"""Characters of a unit that records one motion among the minutes' narrative."""


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


def _carried(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` another motion of the same minutes, made, seconded and carried in
    one record ("A motion was made by A, seconded by B and carried unanimously to
    approve …")?"""
    return (
        kind in RECORD_KINDS
        and u.end - u.start <= RECORD_MAX
        and not ctx.t(u).rstrip().endswith(":")
        and MOVING.search(ctx.text, u.start, u.end) is not None
        and SECONDED.search(ctx.text, u.start, u.end) is not None
        and CARRIED.search(ctx.text, u.start, u.end) is not None
    )


def voted_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion recorded with its tally inside the sentence begins (and
    each other motion of the same minutes made, seconded and carried in one
    record): each one resolution of one clause (THAT), the narrative before the first the
    minutes' head (META), the tally, the motion's object and the items after it
    its trailer (TRAILER). Empty when the page has a formula, a recital or a
    clause, or records no such motion."""
    if any(k in ENACTING for k in kinds):
        return []
    if not any(_voted(ctx, units, i) for i in range(len(units))):
        return []
    records = [
        i for i, u in enumerate(units) if _voted(ctx, units, i) or _carried(ctx, u, kinds[i])
    ]
    for j in range(len(units)):
        kinds[j] = "META" if j < records[0] else "THAT" if j in records else "TRAILER"
    return [units[i].start for i in records[1:]]
