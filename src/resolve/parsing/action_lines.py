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
trailer. An action line that approves the text quoted right above it by
pointing back at it ("ACTION: This minute was approved by the Meeting.") adopts
that text: the quoted paragraphs are the resolution's clauses (cut where "We"
opens a new act, convention Q4), the action line its trailer. A line under the
label that tells no decision (an undertaking, "ACTION: the committee will …") is
left alone. A pure pass over the classified units, one
row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.body_acts import NEW_SENTENCE, we_starts
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
TEXT_APPROVED = re.compile(
    r"(?i:this|that|the[ \t]++above|the[ \t]++foregoing)[ \t]++"
    r"(?:(?i:minute|statement|resolution|text|letter|declaration|wording)[ \t]++)?"
    r"(?i:was|has[ \t]++been)[ \t]++(?:(?i:unanimously|duly|then)[ \t]++)?"
    r"(?i:approved|adopted|accepted|agreed)\b"
)
"""An action that approves the text quoted right above it: "This minute was
approved by the Meeting.", "The above was adopted"."""
OPENS_QUOTE = re.compile(r"[ \t]*+[\"“]")
"""A paragraph that opens a quotation."""
CLOSES_QUOTE = re.compile(r"[\"”][ \t]*+\Z")
"""A paragraph that closes a quotation."""
QUOTED_MAX = 12
"""Paragraphs of a quoted text above the action that approves it."""


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


def _quoted_above(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> int | None:
    """The first paragraph of the quoted text that the action line ``i``
    approves by pointing back at it (:data:`TEXT_APPROVED`), right above it,
    from the paragraph that opens the quotation to the one that closes it; None
    when the action approves no such text."""
    label = ACTION_LABEL.match(ctx.text, units[i].start, units[i].end)
    if label is None or TEXT_APPROVED.match(ctx.text, label.end(), units[i].end) is None:
        return None
    if i == 0 or CLOSES_QUOTE.search(ctx.text, units[i - 1].start, units[i - 1].end) is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - QUOTED_MAX), -1):
        if kinds[j] not in LINE_KINDS:
            return None
        if OPENS_QUOTE.match(ctx.text, units[j].start, units[j].end) is not None:
            return j
    return None


def approved_next(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the clause unit ``i`` the next paragraph (or new act, convention Q4)
    of a quoted text that an action line right below the run approves ("This
    minute was approved.")? Then it is a clause of its own."""
    if i == 0 or kinds[i] != "THAT" or kinds[i - 1] != "THAT":
        return False
    k = i + 1
    while k < len(units) and kinds[k] == "THAT":
        k += 1
    if k == len(units):
        return False
    label = ACTION_LABEL.match(ctx.text, units[k].start, units[k].end)
    return (
        label is not None and TEXT_APPROVED.match(ctx.text, label.end(), units[k].end) is not None
    )


def _split_quoted(ctx: Context, units: list[Unit], kinds: list[str], acts: list[int]) -> None:
    """Cut each quoted text that an action approves where "We" opens a new act
    (convention Q4), in place."""
    spans = [
        (units[q].start, units[i].start)
        for i in acts
        if (q := _quoted_above(ctx, units, kinds, i)) is not None
    ]
    if spans:
        ctx.split_units(
            units,
            kinds,
            lambda _, u, k: (
                [(at, at) for at in we_starts(ctx.text, u.start, u.end)]
                if any(a <= u.start < b for a, b in spans)
                else []
            ),
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
    _split_quoted(ctx, units, kinds, acts)
    acts = [i for i, u in enumerate(units) if _action(ctx, u, kinds[i])]
    quoted = {i: q for i in acts if (q := _quoted_above(ctx, units, kinds, i)) is not None}
    adopts = {i for i in acts if i and kinds[i - 1] in CLAUSE_KINDS}
    first = min([acts[0], *quoted.values()])
    for j in range(first + 1, len(units)):
        if kinds[j] in PROSE_KINDS:
            kinds[j] = "TRAILER"  # item headings, notes and reports after a decision
    starts: list[int] = []
    for i in acts:
        if i in adopts:
            continue  # the adoption of the text above: its trailer
        if i in quoted:  # "This minute was approved.": the quoted text above is adopted
            for j in range(quoted[i], i):
                kinds[j] = "THAT"
            kinds[i] = "TRAILER"
            starts.append(units[quoted[i]].start)
            continue
        kinds[i] = "THAT"
        starts.append(units[i].start)
    head_above(kinds, first, also=("MARKER", "KEYVAL"))
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
    ordered = sorted(cuts)
    ctx.split_units(
        units, kinds, lambda _, u, kind: [(c, c) for c in ordered if u.start < c < u.end]
    )
    at = set(cuts)
    kinds[:] = ["THAT" if u.start in at else k for u, k in zip(units, kinds, strict=True)]
