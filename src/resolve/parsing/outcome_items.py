"""Minutes kept as one numbered list that give a motion's outcome the next
number of its own ("4. Motion to send A with B as alternate – K/D" / "5.
Passed"), with no formula, recital opener or organ line anywhere: each motion
so decided is one resolution of one clause (THAT), its outcome item its
trailer; the items above the first decision (a motion quoted with "That …"
or such an item) are the meeting's head. A motion that only closes the meeting or puts a matter off ("Motion
to adjourn", "Motion to table …") is the meeting's routine, not a decision. A
pure pass over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import ADJOURNS
from resolve.parsing.vote_cues import DEFERRED, VOTE_LINE

NUMBERED_MOTION = re.compile(
    r"[ \t]*+\d{1,3}[.)][ \t]++(?:(?:A|The)[ \t]++)?(?i:motion)[ \t]++(?:(?i:to)[ \t]++[a-z]|(?i:that)\b)"
)
"""A numbered item that opens with the motion it records: "4. Motion to send …",
"6. Motion that the local affiliate …"."""
NUMBERED_OUTCOME = re.compile(r"[ \t]*+\d{1,3}[.)](?=[ \t])")
"""An item's number, before the outcome that is all its text: "5. Passed"."""
PAIRS_MIN = 2
"""Motions so decided that make a page such a list (one may be chance)."""


def _routine(ctx: Context, u: Unit) -> bool:
    """Does the motion item ``u`` only close the meeting or put a matter off?"""
    return (
        ADJOURNS.search(ctx.text, u.start, u.end) is not None
        or DEFERRED.search(ctx.text, u.start, u.end) is not None
    )


def _outcome(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a numbered item whose whole text tells a motion passed or failed?"""
    m = NUMBERED_OUTCOME.match(ctx.text, u.start, u.end)
    return m is not None and VOTE_LINE.fullmatch(ctx.text, m.end(), u.end) is not None


def outcome_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of such a list begins; its item becomes the clause
    (THAT) and the outcome item below it the trailer (TRAILER). Empty (and
    nothing changed) on any other page."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return []
    pairs = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "MARKER"
        and kinds[i + 1] == "MARKER"
        and u.lines == 1
        and NUMBERED_MOTION.match(ctx.text, u.start, u.end) is not None
        and _outcome(ctx, units[i + 1])
    ]
    decided = [i for i in pairs if not _routine(ctx, units[i])]
    if len(decided) < PAIRS_MIN:
        return []
    for i in pairs:
        kinds[i], kinds[i + 1] = ("THAT" if i in decided else "TRAILER"), "TRAILER"
    head_above(kinds, kinds.index("THAT"), also=("MARKER",))  # the items before the first decision
    return [units[i].start for i in decided]
