"""A record of a body's decisions that labels each one as its action ("Action:",
"ACTION:", "Action of the Annual Conference:", "Action taken:") under the item
or report it settles, the label followed by the decision told in the past tense
("… approved the report", "… passed the following response: …", "We approved
A as a member"): each such line is one resolution of one clause (THAT), and so
is a later sentence of it that tells the body amending a text in the passive
("Before the vote, the report was amended on page 12 by …", convention Q1: a
decision the record states the body took); the item
headings, notes and reports around it are its head and trailer. An action line
right after a text's own operative clause records that text's adoption: its
trailer. A line under the label that tells no decision (an undertaking, "ACTION:
the committee will …") is left alone. A pure pass over the classified units, one
row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.body_acts import NEW_SENTENCE
from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_at_offsets

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
AMENDED = re.compile(
    r"(?:[A-Z][^.;:!?\n]{0,80}?,[ \t]++)?(?:[Tt]h(?:e|is|at|ese|ose)[ \t]++)?"
    r"[\w'’-]++(?:[ \t]++[\w'’-]++){0,3}?[ \t]++(?:was|were)[ \t]++amended\b"
)
"""A sentence that tells a text amended, after a phrase set off by a comma if
any: "Before the vote, the report was amended …", "The recommendations were
amended …"."""
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
    amended = [a for i in acts if i not in adopts for a in _amended(ctx, units[i])]
    if amended:
        _cut(ctx, units, kinds, amended)
    return sorted(starts + amended)


def _amended(ctx: Context, u: Unit) -> list[int]:
    """Where a later sentence of action line ``u`` tells a text amended."""
    return [
        s.end()
        for s in NEW_SENTENCE.finditer(ctx.text, u.start, u.end)
        if AMENDED.match(ctx.text, s.end(), u.end) is not None
    ]


def _cut(ctx: Context, units: list[Unit], kinds: list[str], cuts: list[int]) -> None:
    """Cut ``units`` at ``cuts`` in place, each part its unit's kind, each part
    that begins at a cut THAT."""
    at = set(cuts)
    old = list(zip(units, kinds, strict=True))
    split = cut_at_offsets(ctx.text, units, sorted(cuts))
    out: list[str] = []
    k = 0
    for u in split:
        while old[k][0].end < u.start:
            k += 1
        out.append("THAT" if u.start in at else old[k][1])
    units[:] = split
    kinds[:] = out
