"""The members' points under a lead-in that names them: a statement with no
formula, each point spoken as "We".

    As teachers at Oakfield School:                     (head)
    1. We recognise that …;                             (recital; numbered,
                                                        lettered, bulleted or not)
    2. We believe that …;                               (recital)
    3. We are confident that …, and we pledge …         (clause)

Counting convention Q3 of tests/real/README.md: a point whose verb notes or
believes is a recital only while no operative point has come before it; a
point joining a belief to an act of the members ("… and to that end we
pledge …") is operative; from the first operative point on, every point is a
clause, and with no operative point all are clauses. The lead-in ("As … :")
and the prose above it (a news note of the adoption) are head. Only where the
points run to the end of the text's prose, on a page with no formula,
WHEREAS or organ line. A ``SETTLE`` pass of :mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

import re

from resolve.parsing.body_statements import JOINED_ACT, WE_ACT, WE_POINT
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

LEAD_IN = re.compile(r"[ \t]*+[“\"‘']?As[ \t]++(?![a-z]++ed\b|follows\b)[^:;!?]{3,240}+:[ \t]*+$")
"""A lead-in naming the speakers, ending in a colon: "As members of the Guild:" (not
a record's "As agreed:", "As follows:")."""
_MARK = re.compile(r"[ \t]*+[“\"‘']?(?:(?:\d{1,2}|\(?[a-z])[.)][ \t]++|[-–•*][ \t]++)?")
"""A point's quotation mark, number, letter or bullet, if any: '"1. ', "(b) ", "• "."""
POINT = re.compile(r"We,?[ \t]++(?=[a-z])")
"""A point spoken as "We" with any verb ("We hope …"): operative only if it acts."""
_STOP = re.compile(r"(?<=[a-z0-9)”\"’'])[.!?](?:[ \t\n]|$)")
"""The end of a point's first sentence."""
_OWN_FORM = frozenset({"WHEREAS", "FORMULA", "RESOLVES", "ORGAN"})
_POINT_KINDS = frozenset({"TEXT", "MARKER", "PHRASE", "THAT"})
_HEAD_KINDS = frozenset({"TEXT", "KEYVAL", "PHRASE", "THAT", "WILL"})
MIN_POINTS = 2
"""Points a statement needs to be read so."""


def _acts(text: str, u: Unit) -> bool | None:
    """Does the point ``u`` act (its verb operative, or a belief or hope joined to
    an act in its first sentence)? None if ``u`` is no point spoken as "We"."""
    at = _MARK.match(text, u.start, u.end)
    start = at.end() if at else u.start
    m = WE_POINT.match(text, start, u.end) or POINT.match(text, start, u.end)
    if m is None:
        return None
    if m.re is WE_POINT and m.lastgroup != "noting":
        return True
    stop = _STOP.search(text, m.end(), u.end)
    end = stop.start() if stop else u.end
    return (
        JOINED_ACT.search(text, m.end(), end) is not None
        or WE_ACT.search(text, m.end(), end) is not None
    )


def settle_member_points(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """The points under the last lead-in "As … :", to the end of the text: recitals
    (PHRASE) before the first operative one, clauses (THAT) from it on, all
    clauses when none acts; the lead-in and the prose above it head (META)."""
    if any(k in _OWN_FORM for k in kinds):
        return
    text = ctx.text
    lead = next(
        (
            i
            for i in range(len(units) - 1, -1, -1)
            if kinds[i] == "TEXT" and LEAD_IN.match(text, units[i].start, units[i].end)
        ),
        None,
    )
    if lead is None or len(units) - lead - 1 < MIN_POINTS:
        return
    acts: list[bool] = []
    for k in range(lead + 1, len(units)):
        acted = _acts(text, units[k]) if kinds[k] in _POINT_KINDS else None
        if acted is None:
            return  # not a run of points to the end of the text
        acts.append(acted)
    first = acts.index(True) if any(acts) else 0
    for k in range(lead + 1):
        if kinds[k] in _HEAD_KINDS:
            kinds[k] = "META"
    for n, k in enumerate(range(lead + 1, len(units))):
        kinds[k] = "PHRASE" if n < first else "THAT"
