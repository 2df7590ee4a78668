"""An enacting formula whose numbered "That …" items run on in its own unit
("… be it resolved by the Town Council: 1. That thanks be given … 2. That the
council wishes … 3. That a copy …"), as a records viewer's one-line text or an OCR page
leaves them, with or without a stop after each item: cut before each number
that goes on in sequence (1, 2, 3 …) and opens "That", each item a list
item (MARKER) of its own. Called from :mod:`resolve.parsing.machine` after
:func:`~resolve.parsing.extracts.unglue`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

FIRST_THAT = re.compile(r":[ \t]++(1)[.)][ \t]++(?:That|THAT)\b")
"""The formula's colon and its first item: ": 1. That …"."""
NEXT_THAT = re.compile(r"(?<=[\w.;,])[ \t]++(\d{1,2})[.)][ \t]++(?:That|THAT)\b")
"""A later item's number run on after the last word of the one before: "… faithful service 2. That …"."""


def numbered_thats(ctx: Context, units: list[Unit]) -> list[Unit]:
    """``units`` with a formula's run-on numbered "That" items cut apart (at
    least two in sequence; a lone "1. That" is left as it is)."""
    out: list[Unit] = []
    for u in units:
        first = FIRST_THAT.search(ctx.text, u.start, u.end) if u.kind == "FORMULA" else None
        if first is None:
            out.append(u)
            continue
        cuts, number = [first.start(1)], 1
        for m in NEXT_THAT.finditer(ctx.text, first.end(), u.end):
            if int(m.group(1)) == number + 1:
                cuts.append(m.start(1))
                number += 1
        if len(cuts) < 2:
            out.append(u)
            continue
        out.append(ctx.piece(u.kind, u.start, cuts[0]))
        ends = [*cuts[1:], u.end]
        out.extend(ctx.piece("MARKER", a, b) for a, b in zip(cuts, ends, strict=True))
    return out
