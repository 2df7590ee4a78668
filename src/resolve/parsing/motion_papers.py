"""A motions paper that an extract glued onto one line: each motion's number
and heading in capitals (its proposer in capitals after it) run straight into
its "That …" text or its "(i) That …" items. A pure pass over the units, run
by :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

CAPS_HEADED = re.compile(
    r"(?<=[.)”’][ \t])\d{1,2}\.[ \t]++(?:[A-Z][A-Z’'&,-]*+[ \t]++){1,14}?"
    r"(?=(?:\([ivx]{1,4}\)[ \t]++)?(?:That|THAT)\b)"
)
"""A motion's number and capitals heading glued after the sentence before it,
running into its text: "… separate sheet). 2. STANDING ORDERS COMMITTEE (i) That …"."""
ROMAN_THAT = re.compile(r"(?<=[.;][ \t])\([ivx]{1,4}\)[ \t]++(?=(?:That|THAT)\b)")
"""A motion's next item glued after the one before it: "…. (ii) That, in order …"."""
MIN_MOTIONS = 2


def glued_paper(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """In a document with no formula, recital opener, organ line or motion, a
    paragraph that holds two or more motions glued one after another ("…
    (See separate sheet). 2. STANDING ORDERS COMMITTEE (i) That …. (ii) That
    …. 3. SPEAKING RIGHTS … That, in order …"): cut in place, the text before
    the first such motion is head (a motion with no "That" stays in it), each
    number and heading a heading (HEADING) that begins a resolution, its text a
    clause (THAT), or each of its items one (THAT)."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "HEADING") for k in kinds):
        return []
    for i, u in enumerate(units):
        heads = list(CAPS_HEADED.finditer(ctx.text, u.start, u.end)) if kinds[i] == "TEXT" else []
        if len(heads) < MIN_MOTIONS:
            continue
        edges = [u.start, *(e for h in heads for e in (h.start(), h.end()))]
        edges += [item.start() for item in ROMAN_THAT.finditer(ctx.text, heads[0].end(), u.end)]
        edges = [*sorted(set(edges)), u.end]
        cut = [ctx.piece("TEXT", a, b) for a, b in pairwise(edges)]
        starts = {h.start() for h in heads}
        new_kinds = [
            "HEADING" if piece.start in starts else "META" if piece.start == u.start else "THAT"
            for piece in cut
        ]
        for j in range(i):
            kinds[j] = "META"
        units[i : i + 1] = cut
        kinds[i : i + 1] = new_kinds
        return [h.start() for h in heads[1:]]
    return []
