"""A second resolution with a prose preamble, after the first one's clause.

Proceedings that read several resolutions into the record give each its own
paragraph of reasons and its own formula led on by "therefore" ("The Society
has lost its founder …" / "Therefore, be it resolved that …", then "The
Society thanks the Grange …" / "May it therefore be resolved that …"). A
formula led on by "therefore" concludes from the paragraph right above it: when
a clause was read before that paragraph, the paragraph opens a new resolution,
of which it is the prose recital (the paragraph a formula leads on from counts
as preamble, tests/corpus/README.md). "Be it further resolved" goes on with the
same resolution and is not read here. A pure pass over the classified units,
one row of ``BREAKS`` in :mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ends_with

THEREFORE_FORMULA = re.compile(
    r"[ \t]*+[“\"]?(?i:(?:now,?[ \t]++)?therefore,?[ \t]++be[ \t]++it[ \t]++resolved"
    r"|(?:may|let)[ \t]++it[ \t]++therefore[ \t]++be[ \t]++resolved"
    r"|be[ \t]++it[ \t]++therefore[ \t]++resolved)\b"
)
"""A formula that concludes from the paragraph above it: "Therefore, be it
resolved", "Now, therefore, be it resolved", "May it therefore be resolved",
"Be it therefore resolved"; not "Therefore be it further resolved"."""
CLAUSE_KINDS = frozenset({"FORMULA", "THAT", "RESOLVES"})
"""Kinds whose unit is a resolution's clause or formula."""
RUN_MAX = 3
"""Paragraphs of a prose preamble read above such a formula."""
OPENS_ABOVE = frozenset({"TEXT", "HEADING", "WHEREAS", "PHRASE", "INTRO"})
"""Kinds above the paragraph that show the resolution opens higher up (a
paragraph of reasons before it, its title, its lead-in): left to its readers."""


def therefore_anew(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution that a prose preamble opens begins: the paragraphs
    right above a formula led on by "therefore" after an earlier clause (its
    statements, :data:`RUN_MAX` at most), with no title, recital or lead-in
    right above them."""
    starts: list[int] = []
    clause_above = False
    for i, u in enumerate(units):
        if kinds[i] not in CLAUSE_KINDS:
            continue
        top = i
        while top > 0 and i - top < RUN_MAX and kinds[top - 1] == "TEXT":
            top -= 1
        if (
            clause_above
            and top < i
            and top > 0
            and kinds[i] == "FORMULA"
            and kinds[top - 1] not in OPENS_ABOVE
            and all(ends_with(ctx.t(units[j]), ".") for j in range(top, i))
            and THEREFORE_FORMULA.match(ctx.text, u.start, u.end) is not None
        ):
            starts.append(units[top].start)
        clause_above = True
    return starts
