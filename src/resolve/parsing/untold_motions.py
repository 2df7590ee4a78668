"""Motions that minutes record as made and seconded but whose outcome they never
tell ("A and B proposed and seconded the treasurer's report." and then the next
item): under the counting conventions of ``tests/real/README.md`` (8, a motion
with no recorded outcome) such a motion is a proposal, not a resolution. The
outcome may stand in the motion's paragraph or in the narrative under it
("… B seconded." / "Discussion followed." / "The revision was approved by voice
vote.", or "Both motions passed." after the next motion); the motion is left
out only when no word of an outcome (:data:`OUTCOME_TOLD`) is told before the
next motion or the next item's caption."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import JOINT_OUTCOME, MOVING, OUTCOME_TOLD, SECONDED

ON_MOTION = re.compile(r"(?i)\b(?:up)?on[ \t]++(?:a[ \t]++|the[ \t]++)?motion\b")
"""A motion told as the means of the act its sentence states done ("On motion/second,
the commission is dissolved with thanks."): its outcome told with it."""
UNITS_BELOW = 15
"""Paragraphs under a motion within which minutes tell its outcome."""
CAPTION = re.compile(r"[ \t]*+[A-Z][^\n\d:;.!?]{2,60}")
"""An item's caption on its own line, which ends no sentence and holds no figure
("Secretary’s Report"; not a tally "Yay: 13 Nay: 0")."""


def _untold(ctx: Context, units: list[Unit], i: int) -> bool:
    """Does unit ``i`` record a motion made and seconded whose outcome neither it
    nor the paragraphs under it tell, before the next motion or item's caption?"""
    u = units[i]
    text = ctx.text
    if (
        MOVING.search(text, u.start, u.end) is None
        or SECONDED.search(text, u.start, u.end) is None
        or ON_MOTION.search(text, u.start, u.end) is not None
    ):
        return False
    for j in range(i, min(len(units), i + 1 + UNITS_BELOW)):
        below = units[j]
        if j > i and MOVING.search(text, below.start, below.end) is not None:
            return JOINT_OUTCOME.search(text, below.start, below.end) is None  # the next motion
        if OUTCOME_TOLD.search(text, below.start, below.end) is not None:
            return False  # "Motion Carried", a line of its own
        if j > i and below.lines == 1 and CAPTION.fullmatch(text, below.start, below.end):
            return True  # the next item's caption
    return i + 1 + UNITS_BELOW >= len(units)


def told_motions(ctx: Context, units: list[Unit], records: list[int]) -> list[int]:
    """``records`` less the motions made and seconded whose outcome is never told
    (:func:`_untold`): proposals only, not resolutions (convention 8)."""
    return [i for i in records if not _untold(ctx, units, i)]
