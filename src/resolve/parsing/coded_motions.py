"""A list of the motions a senate or board passed, each paragraph the motion's
text closed by the initials that tell its outcome ("Motion to accept the new
policy.  MSPU.", "The Senate supports the finals week.  MSC"), with date lines
between them and no formula. Each coded paragraph is one resolution of one
clause; a motion whose last sentence introduces a bulleted list closed by the
code ("… we raise the following reservations:" / "• …" / "• …  MP") is that
paragraph, its sentence over the list a clause of its own with the bullets under
it. The page before the first motion is its head, the date lines after each
its trailer. A pure pass over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import DECISION_GAP
from resolve.parsing.vote_cues import OUTCOME_CODE

READ_KINDS = frozenset({"TEXT", "MARKER", "KEYVAL", "TRAILER", "META", "HEADING", "VERB"})
"""Kinds of a page this pass reads: any other (a formula, a motion, a clause, a
recital) is a form another reader understood."""
CODED_MIN = 3
"""Coded paragraphs that make a page such a list (one or two may be chance)."""


def _coded(ctx: Context, u: Unit) -> bool:
    """Does ``u`` end with the initials that tell a motion's outcome?"""
    return OUTCOME_CODE.search(ctx.text, u.start, u.end) is not None


def _lead(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> int:
    """Where the motion closed by the coded unit ``i`` begins: ``i`` itself, or,
    when ``i`` is the last bullet of a list, the paragraph over the list that
    introduces it with a colon."""
    j = i
    while j > 0 and kinds[j] == "MARKER":
        j -= 1
    if j < i and kinds[j] != "MARKER" and ctx.t(units[j]).rstrip().endswith(":"):
        return j
    return i


def coded_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a list closed by outcome initials begins: each one
    resolution (THAT), a lead-in paragraph of several sentences cut before its
    last (the clause over the list), the bullets of its list under it, the units
    before the first motion its head (META), the others trailers (TRAILER).
    Empty when the page has a form another reader understood or fewer than
    three coded motions."""
    if any(k not in READ_KINDS for k in kinds):
        return []
    coded = [i for i, u in enumerate(units) if _coded(ctx, u)]
    if len(coded) < CODED_MIN:
        return []
    leads = {_lead(ctx, units, kinds, i): i for i in coded}
    first = min(leads)
    out_units: list[Unit] = []
    out_kinds: list[str] = []
    starts: list[int] = []
    inside = -1
    for j, u in enumerate(units):
        if j in leads:
            inside = leads[j]
            starts.append(u.start)
            gaps = [g.end() for g in DECISION_GAP.finditer(ctx.text, u.start, u.end)]
            if leads[j] != j and gaps:
                cut = gaps[-1]
                end = len(ctx.text[u.start : cut].rstrip()) + u.start
                lines = ctx.text.count("\n", u.start, end) + 1
                out_units += [
                    Unit(u.kind, u.start, end, lines),
                    Unit(u.kind, cut, u.end, u.lines - lines + 1),
                ]
                out_kinds += ["THAT", "THAT"]
                continue
            out_units.append(u)
            out_kinds.append("THAT")
            continue
        out_units.append(u)
        out_kinds.append("META" if j < first else "MARKER" if j <= inside else "TRAILER")
    units[:] = out_units
    kinds[:] = out_kinds
    return starts[1:]
