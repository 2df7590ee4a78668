"""A report that quotes the resolutions a meeting adopted, under a lead-in that
announces them in the plural, each in its own quoted paragraph with no formula:

    The following resolutions were offered and unanimously adopted:

    “We the Anglers ask the council to keep the old pier open.

    “We thank the harbour master for his help.”

By the printer's rule for a quotation of several paragraphs, each paragraph
opens with a quotation mark and only the last closes it (or each paragraph is
quoted whole). Each paragraph is one resolution of one clause (convention Q5
of ``tests/real/README.md``: the lead-in reports several resolutions). A
lead-in in the singular ("The following resolution was adopted:") introduces
one resolution, and a quoted paragraph that opens with a keyword ("WHEREAS",
"Resolved") is read as such: neither is this form. A ``BREAKS`` pass of
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

OPENS_QUOTE = re.compile(r"[ \t]*+[“\"](?=[A-Z])")
"""A paragraph that opens a quotation: "“We the Anglers ask …"."""
CLOSES_QUOTE = re.compile(r"[.!?]?[”\"][ \t]*+$")
"""A paragraph that closes the quotation: "… for his help.”"."""
QUOTED_MIN = 2
"""Quoted paragraphs under the lead-in that make it this form."""


def quoted_resolutions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each quoted resolution under a plural lead-in begins (the lead-in is
    marked INTRO, each paragraph THAT); empty unless two or more quoted prose
    paragraphs follow the lead-in and the last of them closes the quotation."""

    def quoted(j: int) -> bool:
        return (
            kinds[j] == "TEXT"
            and OPENS_QUOTE.match(ctx.text, units[j].start, units[j].end) is not None
        )

    for i, j in ctx.listed_runs(units, kinds, quoted):
        last = units[j - 1]
        if j - i - 1 < QUOTED_MIN or not CLOSES_QUOTE.search(ctx.text, last.start, last.end):
            continue
        kinds[i] = "INTRO"
        kinds[i + 1 : j] = ["THAT"] * (j - i - 1)
        return [x.start for x in units[i + 1 : j]]
    return []
