"""Minutes that summarise their motions as bullets labelled with the bare word
"MOTION:": "* MOTION: To adopt the policy, A moved, B seconded, all were in
favour" (mover, seconder and result run into the motion, the text hard-wrapped
by a mail client), "- MOTION: to renew the lease (carried)", or "• MOTION: the
board accepts the offer" over a deeper bullet that records its vote ("• A/1,
+1: all", "• carried 5-0") or a "- Carried" line. Each labelled bullet is one
resolution of one clause; the prose and agenda above the first are the page's
head, the vote bullets and the notes after it trailer. The other readers of
minutes miss the form when the mover and seconder fall on two lines ("A moved,
B" / "seconded") or the vote is a tally of "+1"s. A pure pass over the
classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.vote_cues import VOTE_LINE, VOTE_TOLD

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that show the page has its own enacting form: the pass does not apply."""
BULLET_MOTION = re.compile(r"[ \t]*+[-*•–][ \t]++(?:MOTION|Motion)[ \t]*+:[ \t]*+\S")
"""A bullet labelled with the bare word "MOTION:" (no number, no mover's name)."""
MOVED_SECONDED = re.compile(r"(?is)\bmoved\b.{0,120}?\bseconded\b")
"""Mover and seconder named in the motion's own bullet, across a line break:
"… Frank moved,  Arnulf" / "seconded, all were in favour"."""
TALLY = re.compile(r"(?<![\w+])[+]1\b|\b\d{1,2}[ \t]*+[-–][ \t]*+\d{1,2}\b")
"""A vote told as a tally: "+1: all", "+1 from A and B", "5-0"."""
OUTCOME_END = re.compile(
    r"(?i)(?<![\w-])[(\[]?(?:motion[ \t]++)?(?:carried|passed|approved|adopted|agreed)"
    r"(?:[ \t]++unanimously)?[)\]]?[ \t]*+[.!]?[ \t]*+$"
)
"""The outcome that closes the motion's own item: "… the budget. Carried.",
"… (carried unanimously)"."""
ITEM_MAX = 1200
"""Characters of one labelled motion bullet."""


def _indent(ctx: Context, u: Unit) -> int:
    """Columns of blanks before the first line of ``u``."""
    line = ctx.text.rfind("\n", 0, u.start) + 1
    return len(ctx.text[line : u.end]) - len(ctx.text[line : u.end].lstrip(" \t"))


def _voted(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is the labelled motion ``i`` recorded with its vote: its mover and
    seconder named in its bullet, or a deeper bullet right under it that tells
    the vote?"""
    u = units[i]
    if MOVED_SECONDED.search(ctx.text, u.start, u.end) is not None:
        return True
    if OUTCOME_END.search(ctx.text, max(u.start, u.end - 40), u.end) is not None:
        return True
    if i + 1 >= len(units):
        return False
    below = units[i + 1]
    if below.lines == 1 and VOTE_LINE.fullmatch(ctx.text, below.start, below.end) is not None:
        return True  # "- Carried" at the motion's own depth
    return (
        below.lines == 1
        and _indent(ctx, below) > _indent(ctx, u)
        and ctx.t(below).lstrip()[:1] in "-*•–"
        and (
            TALLY.search(ctx.text, below.start, below.end) is not None
            or VOTE_TOLD.search(ctx.text, below.start, below.end) is not None
        )
    )


def motion_bullets(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each bullet labelled "MOTION:" begins, when every such bullet
    records its vote: each one resolution of one clause (THAT), the units above
    the first the page's head (META), the rest its trailer (TRAILER). Empty when
    the page has a formula, a recital or a clause, or any labelled bullet whose
    vote is not recorded."""
    if any(k in ENACTING for k in kinds):
        return []
    items = [
        i
        for i, u in enumerate(units)
        if u.end - u.start <= ITEM_MAX and BULLET_MOTION.match(ctx.text, u.start, u.end)
    ]
    if not items or not all(_voted(ctx, units, i) for i in items):
        return []
    for j in range(len(units)):
        kinds[j] = "META" if j < items[0] else "THAT" if j in items else "TRAILER"
    return [units[i].start for i in items[1:]]
