"""A record of a body's decisions that labels each one as its action ("Action:",
"ACTION:", "Action of the Annual Conference:", "Action taken:") under the item
or report it settles, the label followed by the decision told in the past tense
("… approved the report", "… passed the following response: …", "We approved
A as a member"): each such line is one resolution of one clause (THAT); the item
headings, notes and reports around it are its head and trailer. An action line
right after a text's own operative clause records that text's adoption: its
trailer. A line under the label that tells no decision (an undertaking, "ACTION:
the committee will …") is left alone. A pure pass over the classified units, one
row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

ACTION_LABEL = re.compile(
    r"[ \t]*+(?:Action|ACTION)(?:[ \t]++(?:taken|TAKEN|of|OF|by|BY)(?:[ \t]++[^:\n]{1,60}?)?)?[ \t]*+:[ \t]*+"
)
"""The label of a decision line: "Action:", "ACTION:", "Action of the 2020 Annual
Conference:", "Action taken:"."""
DECIDED = re.compile(
    r"[^\n.]{0,160}?\b(?:approved|passed|adopted|accepted|agreed|decided|ratified|affirmed|endorsed"
    r"|voted|elected|appointed|APPROVED|PASSED|ADOPTED|ACCEPTED|AGREED)\b"
)
"""A decision told in the past tense in the action's first sentence."""
ROUTINE = re.compile(r"[^\n.]{0,160}?\b(?i:adjourn)")
"""The meeting's close: no resolution (its minutes or agenda approved are decisions
like any other, convention 1 of ``tests/real/README.md``)."""
CLAUSE_KINDS = frozenset({"THAT", "ENACT", "RESOLVES", "FORMULA"})
"""Kinds of a text's own operative part (an action line after one adopts it)."""
LINE_KINDS = ("TEXT", "KEYVAL", "MARKER", "TRAILER")
"""Kinds an action line is classified as."""
PROSE_KINDS = ("TEXT", "KEYVAL", "MARKER")
"""Kinds of the item headings, notes and reports around the decisions."""
MIN_ACTIONS = 2
"""Decision lines that make a page such a record (one may be chance)."""


def _action(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` a labelled action line that tells a decision?"""
    if kind not in LINE_KINDS:
        return False
    m = ACTION_LABEL.match(ctx.text, u.start, u.end)
    return (
        m is not None
        and DECIDED.match(ctx.text, m.end(), u.end) is not None
        and ROUTINE.match(ctx.text, m.end(), u.end) is None
    )


def action_lines(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each labelled decision of such a record begins (its line THAT); the
    prose between decisions TRAILER, above the first META. Empty (and nothing
    changed) on any other page."""
    if any(k in ("RESOLVES", "FORMULA", "ORGAN") for k in kinds):
        return []
    acts = [i for i, u in enumerate(units) if _action(ctx, u, kinds[i])]
    if len(acts) < MIN_ACTIONS:
        return []
    adopts = {i for i in acts if i and kinds[i - 1] in CLAUSE_KINDS}
    for j in range(acts[0] + 1, len(units)):
        if kinds[j] in PROSE_KINDS:
            kinds[j] = "TRAILER"  # item headings, notes and reports after a decision
    starts: list[int] = []
    for i in acts:
        if i in adopts:
            continue  # the adoption of the text above: its trailer
        kinds[i] = "THAT"
        starts.append(units[i].start)
    head_above(kinds, acts[0], also=("MARKER", "KEYVAL"))
    return starts
