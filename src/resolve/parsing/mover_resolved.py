"""Minutes that print each decision as "RESOLVED (mover/seconder): That …"
under its agenda item, the item's heading and narrative between them: each
such paragraph was moved, seconded and adopted on its own, so each is one
resolution (conventions Q1 and Q5 of ``tests/real/README.md``), not a clause of
the one before it. A pure pass over the classified units, a ``BREAKS`` row of
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.minutes_cues import RESOLVED_MOVERS
from resolve.parsing.paragraphs import Unit

MOVERS_MIN = 2
"""Decisions with their movers that show the form."""
OTHER_FORMS = ("WHEREAS", "ORGAN", "RESOLVES")
"""Kinds that show a resolution's own text on the page: the pass does not apply."""
NARRATIVE = ("TEXT", "KEYVAL", "MARKER", "VERB", "PHRASE")
"""Kinds of the item headings and narrative between the decisions."""


def mover_resolved(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each "RESOLVED (A/B): …" decision of minutes begins, two or more of
    them and no recital, organ line or resolving formula of another kind: the
    item headings and narrative between two of them are the next one's head
    (META), as the prose above the first is the page's head, and each but the
    first begins a resolution."""
    if any(k in OTHER_FORMS for k in kinds):
        return []
    formulas = [i for i, k in enumerate(kinds) if k == "FORMULA"]
    moved = [i for i in formulas if RESOLVED_MOVERS.match(ctx.text, units[i].start, units[i].end)]
    if len(moved) < MOVERS_MIN or len(moved) != len(formulas):
        return []
    head_above(kinds, moved[0])
    for a, b in pairwise(moved):
        for i in range(a + 1, b):
            if kinds[i] in NARRATIVE:
                kinds[i] = "META"
    return [units[i].start for i in moved[1:]]
