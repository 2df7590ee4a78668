"""A summary of the decisions a body took, printed as a list whose items each
tell an act in the past tense with the body left out ("• Approved the budget.
Postponed the report on fees." / "• Noted the audit." / "• Agreed to sign the
pledge"), under a line that names them as decisions ("… made the following key
decisions.", "Summary of decisions", "Council highlights", "The members …
voted and carried the following:" over "• Voted to …" items), with no formula,
recital, organ line or motion anywhere: each item is one resolution, each of its
sentences that opens with an act one clause, except an act that decides nothing
(a postponement, a proposal rejected, a report only received or noted:
"Postponed …", "Received reports on …", conventions 1 and 6), which is the
trailer of the item above or the head (as a numbered record of decisions
is read by :mod:`resolve.parsing.decision_records`); what stands above the list
is the head, what follows it the trailer. An item that fills two offices, each
with its own verb ("• Co-opted A to …; appointed B to …"), is one resolution per
office. A pure pass over the classified units,
run by :mod:`resolve.parsing.passes`."""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.elections import office_cuts
from resolve.parsing.motion_cues import (
    ACTED_ITEM,
    ACTED_SENTENCE,
    DECISIONS_NAMED,
    UNDECIDED_ACT,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import marker_end
from resolve.parsing.recorded_motions import ENACTING

MIN_ITEMS = 3
"""Items telling an act that make a list such a summary."""


def _acted(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` a list item whose text opens with an act in the past tense?"""
    if kind != "MARKER":
        return False
    return ACTED_ITEM.match(ctx.text, marker_end(ctx.text, u.start, u.end), u.end) is not None


def acted_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each item of such a summary begins: the units are split (in place)
    at each sentence of an item that opens with an act (THAT, one clause each);
    the units above the list are META, those below it TRAILER. Empty (and nothing
    changed) on any other page."""
    if any(k in ENACTING for k in kinds):
        return []
    first = next((i for i, u in enumerate(units) if kinds[i] == "MARKER"), None)
    if first is None or not _acted(ctx, units[first], kinds[first]):
        return []
    last = first
    while last + 1 < len(units) and _acted(ctx, units[last + 1], kinds[last + 1]):
        last += 1
    if last + 1 - first < MIN_ITEMS or any(k == "MARKER" for k in kinds[last + 1 :]):
        return []
    if not any(DECISIONS_NAMED.search(ctx.t(u)) for u in units[:first]):
        return []
    text = ctx.text
    split: list[Unit] = [*units[:first]]
    split_kinds = ["META"] * first
    starts: list[int] = []
    for u in units[first : last + 1]:
        cuts = [g.end() for g in ACTED_SENTENCE.finditer(text, u.start, u.end)]
        offices = office_cuts(text, marker_end(text, u.start, u.end), u.end)  # "…; appointed B …"
        cuts = sorted({*cuts, *offices})
        opened = False  # has a decision of this item begun its resolution?
        for a, b in pairwise([u.start, *cuts, u.end]):
            while b > a and text[b - 1].isspace():
                b -= 1
            split.append(Unit("TEXT", a, b, text.count("\n", a, b) + 1))
            if UNDECIDED_ACT.match(text, marker_end(text, a, b) if a == u.start else a, b):
                split_kinds.append("TRAILER" if starts else "META")  # "Postponed …": no act
                continue
            if not opened or a in offices:
                starts.append(a)
            opened = True
            split_kinds.append("THAT")
    if not starts:
        return []
    split += units[last + 1 :]
    split_kinds += ["TRAILER"] * (len(units) - last - 1)
    units[:] = split
    kinds[:] = split_kinds
    return starts[1:]
