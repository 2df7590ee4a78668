"""A register of a board's decisions flattened from a table: each row opens
with the decision's serial number and its date ("2024-17 2024-07-22 …",
"20240722-01 22.07.2024 …"), then the proposal, with no formula, recital or
motion anywhere. Each paragraph of a row in which the body acts in the present
tense ("The board revokes …", "the board approves …", "The Committee
authorizes …") is one clause of that row's resolution; the paragraphs of the
row before its first act (the proposer's lead-in, "I hereby call for the
following VOTE:") are its head, those after its last act (a link, "The vote is
quorate.", "Result of vote: …") its trailer, and all above the first row (the
page's title and intro, the flattened column headers) the head. A pure pass
over the classified units, run by :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

ROW_OPEN = re.compile(
    r"[ \t]*+(?=[\w/.-]{0,24}\d)[\w/.-]{3,24}[ \t]++(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"[ \t]++(?=\S)"
)
"""A row's serial number and its date before the row's text: "20240722-02 2024-07-22 "."""
PRESENT_ACT = re.compile(
    r"[ \t]*+(?:The|the|THE)[ \t]++(?:[A-Z][\w&'’.-]*+[ \t]++){0,3}?"
    r"(?i:board|council|committee|commission|trustees|directors|executive|assembly|senate)[ \t]++"
    r"(?:(?:also|further|hereby)[ \t]++)?(?!(?:is|has|was|does)\b)[a-z]{3,}+(?<=s)\b"
)
"""A paragraph that opens with the body acting in the present tense: "The board
revokes …", "the board approves …", "The Board of Directors hereby appoints …"."""
MIN_ROWS = 2
"""Rows a page needs to be such a register."""
_OWN_FORM = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that show the page has its own enacting form: the pass does not apply."""


def _act_at(text: str, u: Unit) -> bool:
    """Does ``u`` (after its row's serial number and date, if it opens a row)
    open with the body acting in the present tense?"""
    row = ROW_OPEN.match(text, u.start, u.end)
    return PRESENT_ACT.match(text, row.end() if row else u.start, u.end) is not None


def decision_rows(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each row of such a register begins; its acts are retyped THAT (one
    clause each), the row's paragraphs before them META and after them TRAILER,
    all above the first row META. Empty (and nothing changed) on any other page,
    or when a row has no act."""
    if any(k in _OWN_FORM for k in kinds):
        return []
    text = ctx.text
    rows = [i for i, u in enumerate(units) if ROW_OPEN.match(text, u.start, u.end)]
    if len(rows) < MIN_ROWS:
        return []
    spans = list(zip(rows, [*rows[1:], len(units)], strict=True))
    acts = [[j for j in range(a, b) if _act_at(text, units[j])] for a, b in spans]
    if not all(acts):
        return []
    new = ["META"] * len(units)
    for (a, b), row_acts in zip(spans, acts, strict=True):
        for j in range(a, b):
            new[j] = "THAT" if j in row_acts else "META" if j < row_acts[0] else "TRAILER"
    kinds[:] = new
    return [units[i].start for i in rows[1:]]


def next_act(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the motion paragraph unit ``i`` the body's next act, right under its
    act before ("the board approves …" / "the board authorizes …"), both opening
    with the body acting in the present tense? Then it is the next clause, not
    the text of the one above."""
    return (
        i > 0
        and kinds[i] == kinds[i - 1] == "THAT"
        and _act_at(ctx.text, units[i])
        and _act_at(ctx.text, units[i - 1])
    )
