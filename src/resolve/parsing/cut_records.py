"""A motion's record that a hard wrap cut in two: minutes printed with hard
wraps and no blank lines, whose reader took a line break inside a sentence for a
paragraph's end ("A motion was made by B to adopt Resolution No. 12, “Resolution" /
"Setting the Fees.” The motion was seconded by C, and on vote carried."). The
two pieces together record the motion made, seconded and carried; the first,
which ends no sentence, is the record, and the clause takes on the second, the
rest of its sentence (:func:`carried_on`), rather than leaving it to the trailer."""

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


CARRIED_KINDS = ("TEXT", "PHRASE")
"""Kinds the rest of a cut sentence may have been given ("Approving the Audit.” …"
reads as a participle's phrase)."""


def carried_on(
    ctx: Context, units: list[Unit], kinds: list[str], records: list[int], i: int
) -> int:
    """1 when the text unit right below record ``i`` is the rest of its sentence,
    cut off by a hard wrap (``i`` ends no sentence, one line break between them,
    the unit below no record of its own), which the clause takes on; else 0."""
    below = i + 1
    return int(
        below < len(units)
        and below not in records
        and kinds[below] in CARRIED_KINDS
        and not ends_with(ctx.t(units[i]), SENTENCE_ENDS)
        and ctx.text[units[i].end : units[below].start].count("\n") == 1
        and ctx.text[units[i].end : units[below].start].strip() == ""
    )


def join_carried(
    ctx: Context, units: list[Unit], kinds: list[str], records: list[int], starts: list[int]
) -> list[int]:
    """Join each record (THAT) with the rest of its sentence that
    :func:`carried_on` left below it, into one unit (in place); ``starts``, the
    resolutions' first offsets, are unchanged."""
    for i in reversed(records):
        below = i + 1
        if kinds[i] == "THAT" and carried_on(ctx, units, kinds, records, i):
            u = units[i]
            units[i] = Unit(u.kind, u.start, units[below].end, u.lines + units[below].lines)
            del units[below]
            del kinds[below]
    return starts
