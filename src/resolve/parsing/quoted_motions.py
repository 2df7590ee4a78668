"""A minute book transcribed line for line whose motions each open with a
quotation mark that the clerk seldom closes, hard-wrapped, some run on one line
after the full stop of the one before, with no formula anywhere:

    The following Motions were passed:-
    "That all apprentices be called out and
    be paid from the relief fund.
    "That Pickets be placed at every yard
    "That this Local donate $5.00 to the
    Relief Kitchen. "That the Secretary
    write to all Locals" Carried.

Each quote-opened motion is one resolution of one clause, as a page of "That …"
motions is read (:mod:`resolve.parsing.motion_pages`), whether or not it opens
with "That" ("Sister Vance address the Meeting"); a motion that only lays its
matter on the table is none (convention 6: it goes with the motion before as
its trailer). A quotation inside a motion (after a word, not a stop) opens none.
The text before the first motion is the page's head. A ``BREAKS`` pass of
:mod:`resolve.parsing.passes`, run when no other reader took the page."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_at_offsets
from resolve.parsing.procedural import ON_TABLE

OPENS = re.compile(
    r"(?:(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”][ \t])|(?<=[.!?][ \t]{2}))[ \t]*+[\"“](?=[A-Z])"
)
"""A quotation mark that opens a motion: at the head of a line, or after the
full stop of the motion before on the same line."""
THAT = re.compile(r"[\"“]That\b")
"""A quote-opened "That …" motion."""
TAKEN = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "INTRO", "META")
"""Kinds that show the page has its own enacting form or that another reader
took it: not this form."""
THATS_MIN = 4
"""Quote-opened "That …" motions that make a page this form."""
MOTION_MAX = 600
"""Characters of one motion, to the next."""


def quoted_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each quote-opened motion of such a page begins: the units cut before
    each (in place), each marked THAT, one that lays its matter on the table and
    the units after the last motion's TRAILER, what stands before the first
    META. Empty (nothing changed) unless most quote openings are "That …"
    motions, four at least, each within reach of the next."""
    if not units or any(k in TAKEN for k in kinds):
        return []
    text = ctx.text
    starts = [m.end() - 1 for m in OPENS.finditer(text)]
    thats = sum(1 for s in starts if THAT.match(text, s) is not None)
    if thats < THATS_MIN or 2 * thats <= len(starts):
        return []
    spans = list(pairwise([*starts, units[-1].end]))
    if any(e - s > MOTION_MAX for s, e in spans[:-1]):
        return []
    firsts = {s for s, e in spans if ON_TABLE.search(text, s, e) is None}
    if not firsts:
        return []
    split = cut_at_offsets(text, units, starts)
    units[:] = split
    kinds[:] = [
        "THAT" if u.start in firsts else "META" if u.start < starts[0] else "TRAILER" for u in split
    ]
    return [u.start for u in split if u.start in firsts and u.start != min(firsts)]
