"""Resolutions as old records and gazettes report them, with no formula of
their own on the clause's line. A pure pass over the classified units, run by
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

THAT_REASON = re.compile(
    r"[“\"]?(?:That|THAT),[ \t]++(?i:inasmuch|insomuch|forasmuch|whereas|since|as|if|unless"
    r"|although|though|notwithstanding|for[ \t]++the[ \t]++purpose|in[ \t]++order|with[ \t]++a[ \t]++view)\b"
)
"""A motion's clause that opens with its reason or condition set off by commas:
"That, inasmuch as … is often delayed, it be recommended …", "That, if the
funds allow, a committee be …" (the Westminster "That, in the opinion of the
House, …" is read elsewhere)."""

SITTING = re.compile(
    r"[ \t]*+(?:In|IN)[ \t]++(?:(?:the|THE)[ \t]++)?(?:Congress|CONGRESS|Senate|SENATE|Council|COUNCIL"
    r"|Convention|CONVENTION|(?:General[ \t]++)?Assembly|(?:GENERAL[ \t]++)?ASSEMBLY|House|HOUSE)\b"
    r"[^\n]{0,40}$",
    re.MULTILINE,
)
"""The line of a reported act that names the body in session: "In Congress
Assembled,", "In Senate, March 3, 1820.", "IN THE HOUSE OF REPRESENTATIVES"."""
BLOCK_LINE_MAX = 60
"""Characters of a line of the sitting's block (the body, the date)."""
BLOCK_LINES = 4


def _sitting_block(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short block of lines, one of them naming the body in session
    ("By the United States" / "In Congress Assembled," / "May 27th, 1782.")?"""
    lines = ctx.t(u).splitlines()
    return (
        len(lines) <= BLOCK_LINES
        and all(len(line.strip()) <= BLOCK_LINE_MAX for line in lines)
        and SITTING.search(ctx.text, u.start, u.end) is not None
    )


def settle_reasoned_that(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Retype each prose paragraph that opens "That, inasmuch as …, it be …" as
    a motion's clause (THAT); the block above it that names the body in session
    and the day is its head (META), and so is the edition's prose above that."""
    for i, u in enumerate(units):
        if kinds[i] == "TEXT" and THAT_REASON.match(ctx.text, u.start, u.end):
            kinds[i] = "THAT"
            if i and kinds[i - 1] == "TEXT" and _sitting_block(ctx, units[i - 1]):
                for j in range(i - 1, -1, -1):
                    if kinds[j] == "TEXT":
                        kinds[j] = "META"
