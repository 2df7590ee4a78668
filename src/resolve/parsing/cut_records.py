"""A motion's record that a hard wrap cut in two: minutes printed with hard
wraps and no blank lines, whose reader took a line break inside a sentence for a
paragraph's end ("A motion was made by B to adopt Resolution No. 12, “Resolution" /
"Setting the Fees.” The motion was seconded by C, and on vote carried."). The
two pieces together record the motion made, seconded and carried; the first,
which ends no sentence, is the record, and the clause takes on the second, the
rest of its sentence (:func:`carried_on`), rather than leaving it to the trailer."""

from __future__ import annotations

from collections.abc import Callable, Collection

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
        and _cut_at_wrap(ctx, u, below)
        and not records(ctx, below)
        and records(ctx, _joined(u, below))
    )


def _cut_at_wrap(ctx: Context, u: Unit, below: Unit) -> bool:
    """Does ``u`` end no sentence, with ``below`` on the very next line (one
    line break between them): one sentence that a hard wrap cut in two?"""
    gap = ctx.text[u.end : below.start]
    return not ends_with(ctx.t(u), SENTENCE_ENDS) and gap.count("\n") == 1 and not gap.strip()


def _joined(u: Unit, below: Unit) -> Unit:
    """``u`` and the unit right below it as one unit."""
    return Unit(u.kind, u.start, below.end, u.lines + below.lines)


CARRIED_KINDS = ("TEXT", "PHRASE")
"""Kinds the rest of a cut sentence may have been given ("Approving the Audit.” …"
reads as a participle's phrase)."""


def carried_on(
    ctx: Context, units: list[Unit], kinds: list[str], records: Collection[int], i: int
) -> int:
    """1 when the text unit right below record ``i`` is the rest of its sentence,
    cut off by a hard wrap (``i`` ends no sentence, one line break between them,
    the unit below no record of its own), which the clause takes on; else 0."""
    below = i + 1
    return int(
        below < len(units)
        and below not in records
        and kinds[below] in CARRIED_KINDS
        and _cut_at_wrap(ctx, units[i], units[below])
    )


def join_carried(ctx: Context, units: list[Unit], kinds: list[str], records: list[int]) -> None:
    """Join each record (THAT) with the rest of its sentence that
    :func:`carried_on` left below it, into one unit (in place)."""
    taken = frozenset(records)
    for i in reversed(records):
        if kinds[i] == "THAT" and carried_on(ctx, units, kinds, taken, i):
            units[i] = _joined(units[i], units[i + 1])
            del units[i + 1]
            del kinds[i + 1]
