"""The record of a motion's mover and seconder on a line of its own above the
resolution, in a council journal's short form (the verb "moved" left out) or
in full:

    By Marlow supported by Quint.                  (head)
    By Cllr Marlow, seconded by Cllr Quint.        (head)
    By Marlow supported unanimously.               (head)
    Moved by Cllr Marlow, seconded by Cllr Quint.  (head)

Mover and seconder lines stay head (convention Q1 of tests/real/README.md),
never a recital. A ``SETTLE`` pass of :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Councilor|Councilman|Councilwoman|Councilmember"
    r"|Commissioner|Trustee|Alderman|Alderwoman|Director|Member)\.?[ \t]++)?"
    r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){0,2}"
)
"""A member's name, with perhaps the office before it: "Cllr Marlow", "Ann Lee"."""
MOVER_BY = re.compile(
    r"[ \t]*+(?:(?:Motion|MOTION|Moved|MOVED)[ \t]++(?:by|BY)|By|BY)[ \t]++"
    + _NAME
    + r",?[ \t]++(?:and[ \t]++)?(?i:supported|seconded)(?:[ \t]++(?i:by)[ \t]++"
    + _NAME
    + r"|[ \t]++(?i:unanimously))?[ \t]*+\.?[ \t]*+"
)
"""A line that records only the mover and the seconder: "By Marlow supported by
Quint.", "By Cllr Marlow, seconded by Cllr Quint.", "By Marlow supported
unanimously.", "Moved by Marlow and seconded by Quint."."""
CODE_LINE = re.compile(r"[ \t]*+(?:(?:No|NO)\.?[ \t]*+)?\d[\dA-Z./-]{0,20}+[ \t]*+")
"""A line that holds only the resolution's number: "41-112-07.", "No. 2041/12"."""
_RESOLVING = frozenset({"FORMULA", "RESOLVES", "THAT"})
"""Kinds of the resolution's own text below the line."""
REACH = 3
"""Units from the line to the resolution's text (a number line between)."""


def settle_mover_by(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Each such line above a resolution's own text (its formula or motion,
    within a few units) is the record's head (META), and so is a line between
    them that holds only the resolution's number."""
    for i, u in enumerate(units):
        if (
            kinds[i] != "TEXT"
            or u.lines != 1
            or MOVER_BY.fullmatch(ctx.text, u.start, u.end) is None
        ):
            continue
        j = next(
            (k for k in range(i + 1, min(len(units), i + 1 + REACH)) if kinds[k] in _RESOLVING),
            None,
        )
        if j is None:
            continue
        kinds[i] = "META"
        for k in range(i + 1, j):
            if kinds[k] == "TEXT" and CODE_LINE.fullmatch(ctx.text, units[k].start, units[k].end):
                kinds[k] = "META"
