"""A motion's record that a hard wrap cut in two: minutes printed with hard
wraps and no blank lines, whose reader took a line break inside a sentence for a
paragraph's end ("A motion was made by B to adopt Resolution No. 12, “Resolution" /
"Setting the Fees.” The motion was seconded by C, and on vote carried."). The
two pieces together record the motion made, seconded and carried; the first,
which ends no sentence, is the record, the second its trailer."""

from __future__ import annotations

from collections.abc import Callable

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ends_with
from resolve.parsing.record_cues import MOVING

SENTENCE_ENDS = ".;:!?"
"""How a piece that ends its sentence ends (before any closing quote)."""


def continued_record(
    ctx: Context, units: list[Unit], i: int, records: Callable[[Context, Unit], bool]
) -> bool:
    """Does unit ``i`` open a motion ("A motion was made by B to …") whose
    sentence a single line break cut from the unit below it, so that the two
    together are a record (``records``), though neither alone is one?"""
    if i + 1 >= len(units):
        return False
    u, below = units[i], units[i + 1]
    return (
        MOVING.search(ctx.text, u.start, u.end) is not None
        and not ends_with(ctx.t(u), SENTENCE_ENDS)
        and ctx.text[u.end : below.start].count("\n") == 1
        and ctx.text[u.end : below.start].strip() == ""
        and not records(ctx, below)
        and records(ctx, Unit(u.kind, u.start, below.end, u.lines + below.lines))
    )
