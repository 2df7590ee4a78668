"""Whole-document passes for the decisions of intergovernmental bodies and
the records of houses that print a decision in a form of its own (one row
each in :mod:`resolve.parsing.passes`)."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

BARE_HEREBY = re.compile(r"[ \t]*+(?:Hereby|HEREBY)[ \t]*+[:,—–-]?[ \t]*+")
"""The enacting adverb alone on its line, the organ named once above the
recitals: "Hereby:", "HEREBY"."""


def settle_bare_hereby(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A decision whose enacting formula is the adverb alone on its line
    between its last recital and its numbered operative paragraphs ("Recalling
    …," / "Hereby:" / "1. Adopts …"): the adverb is the formula (RESOLVES) over
    the paragraphs, never one more recital."""
    for i in range(1, len(units) - 1):
        u = units[i]
        if (
            kinds[i] == "TEXT"
            and kinds[i - 1] == "PHRASE"
            and kinds[i + 1] == "MARKER"
            and BARE_HEREBY.fullmatch(ctx.text, u.start, u.end) is not None
        ):
            kinds[i] = "RESOLVES"


BARE_ITEM_NUMBER = re.compile(r"[ \t]*+\d{1,4}(?:\.\d{1,3})*+\.?[ \t]*+")
"""An item's number alone on its line: "202.", "7", "4.1"."""
ITEM_HEADING = re.compile(r"[ \t]*+[A-Z][^\n]{0,120}?(?<![.;:,])[ \t]*+")
"""An item's heading: one line opening with a capital, no closing punctuation."""


def settle_item_numbers(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Minutes printed from a table of items, each item's number alone on its
    line over the item's heading ("14." / "Appointment of the Vice-Chair"),
    before the first formula or motion below it: the number is the item's
    label (META), never a clause of a resolution of its own."""
    for i in range(len(units) - 1):
        u, nu = units[i], units[i + 1]
        if (
            kinds[i] == "MARKER"
            and kinds[i + 1] == "TEXT"
            and nu.lines == 1
            and BARE_ITEM_NUMBER.fullmatch(ctx.text, u.start, u.end) is not None
            and ITEM_HEADING.fullmatch(ctx.text, nu.start, nu.end) is not None
            and not any(k in ("MARKER", "THAT", "FORMULA", "RESOLVES") for k in kinds[:i])
            and any(k in ("FORMULA", "RESOLVES") for k in kinds[i + 2 :])
        ):
            kinds[i] = "META"
