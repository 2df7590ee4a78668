"""Decisions whose organ line runs straight into its one participle, in lower
case, over a list of operative items: "The Board, having reviewed document
B.1/02:" / "- Confirms …" / "- Decides …". The organ is the enacting formula,
the participle a recital, each item a clause. Pure functions over the text."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import marker_end

RUN_IN_ORGAN = re.compile(
    r"[ \t]*+(?:The|THE)[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Assembly|Council|Conference|Commission|Committee|Board|Senate|Convention|Congress"
    r"|Parliament|Parties|Forum|Meeting|Governors|Directors|Trustees)"
    r"(?:[ \t]++of[ \t]++(?:the[ \t]++)?[A-Z][\w-]*+(?:[ \t]++(?:of[ \t]++|the[ \t]++)?[A-Z][\w-]*+){0,6})?"
    r",[ \t]++(?=[a-z])"
)
"""An organ line with its participle run in after the comma, in lower case:
"The Board, having reviewed …", "The Council of the Fund, noting …"."""


def acting_item(ctx: Context, nu: Unit) -> bool:
    """Does list item ``nu`` open with a capitalised operative verb ("- Confirms
    …", "(a) Decides …", "- Also decides …")?"""
    body = marker_end(ctx.text, nu.start, nu.end)
    head = ctx.text[body : min(nu.end, body + 80)]
    return nu.kind == "MARKER" and head[:1].isupper() and ctx.ops.match(head) is not None


def run_in_acts(ctx: Context, start: int, end: int, nu: Unit) -> bool:
    """Is ``start``-``end`` a participle in lower case, run in after an organ
    line, that ends on a colon ("having reviewed document B.1/02:") over an item
    ``nu`` that acts ("- Confirms …")? Then the participle is a recital and each
    item a clause, never the recital's own list."""
    text = ctx.text[start:end].rstrip()
    return (
        text[:1].islower()
        and text.endswith(":")
        and ctx.pre.match(text[:80]) is not None
        and acting_item(ctx, nu)
    )


def run_in_organs(ctx: Context, units: list[Unit]) -> list[Unit]:
    """Cut the organ off its run-in participle ("The Board," / "having reviewed
    …:") where the paragraph ends on a colon over an item that acts."""
    out: list[Unit] = []
    for i, u in enumerate(units):
        m = RUN_IN_ORGAN.match(ctx.text, u.start, u.end) if u.kind == "TEXT" else None
        if m is not None and i + 1 < len(units) and run_in_acts(ctx, m.end(), u.end, units[i + 1]):
            out.append(ctx.piece("ORGAN", u.start, m.end()))
            out.append(ctx.piece("TEXT", m.end(), u.end))
        else:
            out.append(u)
    return out
