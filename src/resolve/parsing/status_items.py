"""A convention's report of its session that prints each resolution it decided
as its number and title over its status line ("B18      Parks Funding" /
"Endorsed"), the text of the resolution left out, beside the procedural
motions it narrates ("A motion, duly moved and seconded, to add resolution
B40 to the block, was endorsed.") and the full text of a resolution it quotes
("Whereas …" / "Therefore be it resolved …"). Under the counting conventions
of ``tests/real/README.md`` (1, stated decisions; 6, procedural motions) each
item stated endorsed or carried is one resolution of one clause, whatever its
text; one not endorsed, referred or withdrawn is none; a carried motion that
only postpones is none. The quoted resolution after them is a resolution of its
own, from the caption line above its first recital. A pure pass over the
classified units, one row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.procedural import only_postpones

STATUS_ITEM = re.compile(
    r"[ \t]*+[A-Z]{1,3}[ \t]?\d{1,3}[a-z]?(?:[ \t]*+\t|[ \t]{2,})[ \t]*+\S[^\n]{0,160}\n"
    r"[ \t]*+(?:Endorsed|ENDORSED|Carried|CARRIED|Adopted|ADOPTED)"
    r"(?:[ \t]++(?i:as[ \t]++(?:amended|revised)))?[ \t]*+\.?[ \t]*+"
)
"""A resolution's number and title, spaced apart, over its status line that
tells it was endorsed ("B18      Parks Funding" / "Endorsed", "Endorsed as
amended"; not "Not Endorsed", "Referred")."""
NARRATED_MOTION = re.compile(
    r"[ \t]*+(?:A|The)[ \t]++motion\b[^\n]{0,300}?\b(?:was|were)[ \t]++"
    r"(?:(?:duly|unanimously)[ \t]++)?(?:endorsed|carried|adopted|approved|passed)\b[^\n]{0,80}"
)
"""A paragraph that narrates one motion and its positive outcome: "A motion,
duly moved and seconded, to add resolution B40 to the block, was endorsed."."""
OPENS_TEXT = ("WHEREAS", "FORMULA", "RESOLVES")
"""The kinds that open a quoted resolution's own text."""


def status_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of such a report begins (its status item or narrated
    motion typed THAT, the report's prose above the first one its head), and
    where the quoted resolution after them begins. Empty (and nothing changed)
    unless the page has such a status item."""
    text = ctx.text
    items = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "TEXT" and u.lines == 2 and STATUS_ITEM.fullmatch(text, u.start, u.end)
    ]
    if not items:
        return []
    decided = sorted(
        items
        + [
            i
            for i, u in enumerate(units)
            if kinds[i] == "TEXT"
            and NARRATED_MOTION.fullmatch(text, u.start, u.end) is not None
            and not only_postpones(text, u.start, u.end)
        ]
    )
    head_above(kinds, decided[0])
    breaks = []
    for i in decided:
        kinds[i] = "THAT"
        breaks.append(units[i].start)
    quoted = next((k for k in range(decided[-1] + 1, len(units)) if kinds[k] in OPENS_TEXT), None)
    if quoted is not None:
        caption = units[quoted - 1]
        above = quoted - 1 > decided[-1] and kinds[quoted - 1] == "TEXT" and caption.lines == 1
        breaks.append(caption.start if above else units[quoted].start)
    return breaks[1:] if decided[0] == 0 else breaks
