"""A verbatim record's speaker label glued to the quotation the speaker reads.

Printed proceedings give each speech after its speaker's label in capitals
("DR. ASH: Is the committee here?", "THE CHAIR: …"); a member reading a
resolution into the record has its text quoted after the label ("MR. BELL:
“The Society in its tenth meeting expresses …"). The label is the record's,
not the resolution's: :func:`speaker_quotes` cuts it off as a META unit, and
the quotation stands as a paragraph of its own (a prose recital before the
formula below it, or the formula itself), as it does when the reader's label
stands on a line above. Called from :func:`resolve.parsing.extracts.unglue`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import match_lead
from resolve.parsing.prose_recitals import statement_starts

SPEAKER_QUOTE = re.compile(
    r"[ \t]*+(?:(?:MR|MRS|MS|MISS|DR|PROF|REV|HON|GEN|COL|JUDGE)\.?[ \t]++)?"
    r"(?:[A-Z]\.[ \t]*+){0,2}[A-Z][A-Za-z'’-]*+(?<=[A-Z])(?:[ \t]++[A-Z][A-Za-z'’-]*+(?<=[A-Z])){0,2}"
    r"[ \t]*+:[ \t]++(?=[“\"][A-Z])"
)
"""A speaker's label in capitals (a surname may keep a small letter inside it:
"MacDONALD") before a quotation that opens on a capital: "MR. BELL: “The …",
"THE CHAIRMAN: “Resolved …"."""


_NAMED = (
    r"[ \t]*+(?i:another|(?:a|the)[ \t]++(?:further|second|third|next|last|final)|one[ \t]++more)"
    r"[ \t]++(?i:resolution)[ \t]*+:"
)
NAMED_LABEL = re.compile(_NAMED)
"""A reader's label that names the quotation after it a resolution of its own:
"Another resolution:", "A further resolution:"."""
NAMED_QUOTE = re.compile(_NAMED + r"[ \t]++(?=[“\"][A-Z])")
"""Such a label with its quotation glued after it: "Another resolution: “We, the members …”"."""


def named_quotes(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution quoted after a label that names it begins ("Another
    resolution:" / "“We, the members …, express …”", cut apart by
    :func:`speaker_quotes`): the quotation is its whole text, one statement of the
    body, one clause (Q3: a text with no operative sentence has its statements as
    clauses). A ``BREAKS`` pass of :mod:`resolve.parsing.passes`."""
    starts: list[int] = []
    for i in range(len(units) - 1):
        u = units[i]
        below = units[i + 1]
        if (
            kinds[i] == "META"
            and NAMED_LABEL.fullmatch(ctx.text, u.start, u.end) is not None
            and ctx.text.startswith(("“", '"'), below.start)
        ):
            kinds[i + 1] = "THAT"
            starts.append(u.start)
    return starts


def speaker_quotes(ctx: Context, units: list[Unit]) -> list[Unit]:
    """``units`` with each speaker's label cut off the quotation glued after it:
    the label a META unit, the quotation a TEXT unit (or FORMULA, when it opens
    with one)."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        m = None
        if u.kind in ("KEYVAL", "TEXT"):
            m = SPEAKER_QUOTE.match(ctx.text, u.start, u.end) or NAMED_QUOTE.match(
                ctx.text, u.start, u.end
            )
        if m is None:
            out.append(u)
            continue
        out.append(ctx.piece("META", u.start, m.end()))
        if match_lead(ctx.text, m.end(), u.end) is not None:
            out.append(ctx.piece("FORMULA", m.end(), u.end))
            continue
        below = units[i + 1] if i + 1 < len(units) and units[i + 1].kind == "FORMULA" else None
        cuts = statement_starts(ctx.text, m.end(), u.end, below.start) if below else []
        for a, b in pairwise([m.end(), *cuts, u.end]):
            out.append(ctx.piece("TEXT", a, b))  # its statements, as a paragraph's (Q4)
    return out
