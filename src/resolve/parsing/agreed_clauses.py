"""A decision's record that goes on, in its own paragraph, with a second
decision told without a motion: "The Board voted to add A as a signer on
checks. It was also agreed that one signature is required." / "Members
APPROVED the policies. It was agreed that the forms need no approval.": one
resolution of two clauses, the agreed sentence the second (not a resolution of
its own, not the first's trailer). One sentence that records two decisions, its
verb repeated after "and also" ("Friends agreed to adopt the list, and also
agreed that it should appear on the website"), is one clause: a paragraph is
split only where a sentence opens a new act (counting convention Q4 of
tests/real/README.md). A motion carried whose text moves a second act in the
mover's words ("The council moves that the May meeting be cancelled. It is
further moved that the Senate form a task force …") is one resolution of two
clauses the same way. A pure pass over the classified units, run
by :mod:`resolve.parsing.passes` after the readers of minutes; the test for a
record cut from its paragraph is called by :mod:`resolve.parsing.recorded_motions`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.result_cues import BODY_VOTED, TALLIED_ACT, unanimous_act

AGREED_ON = re.compile(
    r"(?<=[a-z0-9)\]]{2}[.!?])[ \t]++It[ \t]++was[ \t]++(?:also[ \t]++|further[ \t]++)?"
    r"agreed[ \t]++(?:that|to)[ \t]"
)
"""Where a paragraph's next sentence tells a further decision agreed: ". It was
also agreed that …"."""
FURTHER_MOVED = re.compile(
    r"(?<=[.!?])[ \t]++It[ \t]++is[ \t]++(?:also|further)[ \t]++moved[ \t]++that\b"
)
"""Where a motion's text moves a second act in the mover's words: "… be cancelled.
It is further moved that the Senate form a task force …"."""
_MOTION = re.compile(r"(?i)\b(?:moves|moved|motion)\b")
"""The record before it tells a motion ("The following motion was made …", "A
moves that …")."""
_OPENS = re.compile(
    r"It[ \t]++was[ \t]++(?:also[ \t]++|further[ \t]++)?agreed[ \t]++(?:that|to)[ \t]"
)
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*+\n")
_MOVED = re.compile(r"(?i)\b(?:moved|proposed|seconded|motion)\b")
"""A record that tells its motion: a decision of its own, which the agreed
sentence after it does not continue (nor one agreed sentence another)."""


def agreed_on(ctx: Context, units: list[Unit], i: int, previous: int) -> bool:
    """Is record ``i`` an "It was agreed that …" sentence cut from the paragraph
    of record ``previous``, right after it, a decision the body took with no
    motion told ("Members APPROVED …"): that record's second clause?"""
    if previous < 0 or i != previous + 1:
        return False
    u, above = units[i], units[previous]
    return (
        _OPENS.match(ctx.text, u.start, u.end) is not None
        and _PARAGRAPH_GAP.search(ctx.text, above.end, u.start) is None
        and _OPENS.match(ctx.text, above.start, above.end) is None
        and _MOVED.search(ctx.text, above.start, above.end) is None
    )


def agreed_clauses(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """A record's further decision, told as agreed with no motion, is its second
    clause: each record (THAT) whose decision, told by the
    body's vote ("The Board voted to …", "… was unanimously approved"), its
    paragraph follows with "It was also agreed that …" is cut there into two
    THAT units, one clause each. Finds no resolution start of its own (always
    empty)."""
    text = ctx.text
    split: list[Unit] = []
    split_kinds: list[str] = []
    for u, kind in zip(units, kinds, strict=True):
        m = AGREED_ON.search(text, u.start, u.end) if kind == "THAT" else None
        further = FURTHER_MOVED.search(text, u.start, u.end) if kind == "THAT" else None
        if further is not None and _MOTION.search(text, u.start, further.start()) is not None:
            m = further  # "… moves that …. It is further moved that …": its second act
        elif m is None or not (
            unanimous_act(text, u.start, m.start())
            or TALLIED_ACT.search(text, u.start, m.start()) is not None
            or BODY_VOTED.search(text, u.start, m.start()) is not None
        ):
            split.append(u)
            split_kinds.append(kind)
            continue
        cut = m.start() + len(m.group()) - len(m.group().lstrip())
        split.append(Unit(u.kind, u.start, m.start(), text.count("\n", u.start, m.start()) + 1))
        split.append(Unit(u.kind, cut, u.end, text.count("\n", cut, u.end) + 1))
        split_kinds += ["THAT", "THAT"]
    units[:] = split
    kinds[:] = split_kinds
    return []
