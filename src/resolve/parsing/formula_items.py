"""A formula that names only the resolving body before its colon ("The Council
of Alba at its sitting of 3 May resolves that:"), over unmarked propositions,
each a paragraph of its own that closes on ";" (or "; and", "… and") and the
last on a full stop:

    The Council of Alba at its sitting of 3 May resolves that:
    The toll was imposed without consultation;
    This Council calls on the Board to lift it;
    This Council thanks the volunteers.

Each proposition is a clause (convention Q7 of ``tests/real/README.md``), and
under Q3 every statement after the operative formula is a clause, whatever
its verb: one that notes ("This Council welcomes …", read alone as a recital)
or one that names the body again ("This Council demands …", read alone as the
start of a new motion) is retyped as an operative statement (THAT), which
the machine adds as the next plain clause and never joins to the one above,
even when that one ends on a bare "and". A ``SETTLE`` row of
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ENDS_CONNECTOR, RESOLVES_UNIT

_PROSE = frozenset({"TEXT", "PHRASE", "THAT", "VERB"})
"""Kinds of an unmarked paragraph that a proposition may have been read as."""
_GOES_ON = re.compile(r"(?:;|[ \t]and)[ \t]*+$")
"""A proposition that leaves the list open: "…;", "…; and", "… states and"."""
ITEMS_MIN = 2
"""Propositions under the formula that make this form."""


def formula_items(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Retype the propositions under each body-only formula as its clauses."""
    text = ctx.text
    for i, u in enumerate(units):
        if kinds[i] != "RESOLVES" or not text[u.start : u.end].rstrip().endswith(":"):
            continue
        if RESOLVES_UNIT.fullmatch(text, u.start, u.end) is None:
            continue
        run: list[int] = []
        for j in range(i + 1, len(units)):
            if kinds[j] not in _PROSE:
                break
            run.append(j)
            tail = text[units[j].start : units[j].end].rstrip()
            if not (_GOES_ON.search(tail) or ENDS_CONNECTOR.search(tail)):
                break
        if len(run) < ITEMS_MIN or _GOES_ON.search(text[units[run[-1]].start : units[run[-1]].end]):
            continue  # one paragraph, or a list that never closes: not this form
        for j in run:
            kinds[j] = "THAT"
