"""A body's resolutions or decisions printed as a plain list under a line that
names the list as them in the plural ("The decisions are as follows:", "Summary
of resolutions of the executive committee meeting …", "Below are the
resolutions of the Synod:-"), as communiqués, circulars and news copies of a
meeting's outcome give them, with no formula, recital opener, organ line or
motion anywhere: each item is one resolution of one clause (THAT); the lines
above the list (and a short heading between its items) are the head, the lines
below it the trailer. Under a heading that names the body ("2040 Synod
Decisions") or over the body's own line above the items ("The Congress
resolved thus:-"), an item in which a later sentence names the body again as the
subject of a new main verb ("The Synod, however, asked …") is one resolution of
two clauses (convention Q4). A decision the lead-in states before it names the
list ("We have come to a decision to hold a rally. The decisions are as
follows:") is one more resolution (convention Q1). An item that states the body's
acts with the body as its subject splits the same way, and a first part in
which the body only notes ("The Senate recognizes that …") is its recital (Q3).
A name that counts the list ("… passed the following two resolutions:") needs
that many items. A pure pass over the classified units, one row of
``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.body_acts import act_starts, new_acts
from resolve.parsing.body_statements import only_notes
from resolve.parsing.context import Context
from resolve.parsing.minutes_cues import counted
from resolve.parsing.paragraphs import Unit, cut_unit
from resolve.parsing.patterns import marker_end
from resolve.parsing.record_cues import AGREED_RECORD, DECISION_REACHED
from resolve.parsing.recorded_motions import ENACTING

LIST_NAMED = re.compile(
    r"(?i)(?:\bsummary[ \t]++of[ \t]++(?:the[ \t]++)?(?:[a-z]++[ \t]++){0,2}?(?:resolutions|decisions)"
    r"|\b(?:resolutions|decisions)[ \t]++(?:(?:taken|reached|adopted|made)[ \t]++)?(?:are|were)"
    r"[ \t]++as[ \t]++follows?"
    r"|\b(?:below|here|the[ \t]++following)[ \t]++are[ \t]++the[ \t]++(?:[a-z]++[ \t]++){0,2}?"
    r"(?:resolutions|decisions)"
    r"|\bamong[ \t]++the[ \t]++(?:[a-z]++[ \t]++){0,2}?(?:resolutions|decisions)"
    r"|\bthe[ \t]++following[ \t]++decisions[ \t]++were[ \t]++(?:taken|reached|adopted|made)"
    r"|\b(?:adopted|passed)[ \t]++the[ \t]++following[ \t]++"
    r"(?:(?P<count>two|three|four|five|six|seven|eight|nine|[2-9])[ \t]++)?(?:resolutions|decisions)"
    r"|^[ \t#*]*+(?:\d{4}[ \t]++)?(?P<body>[A-Z][\w’'&-]*+(?:[ \t]++[A-Z][\w’'&-]*+){0,3}?)"
    r"[ \t]++(?:Decisions|DECISIONS))"
    r"\b[^\n.;!?]{0,200}[:.]?[-–—]?[ \t]*+$"
)
"""A line, at its end, that names the list below it as a body's resolutions or
decisions: "The decisions are as follow:", "SUMMARY OF RESOLUTIONS OF THE
COUNCIL MEETING HELD ON …", "Below are the resolutions of the Synod:-", a report
that picks some of them ("Among the decisions taken, we note:", "Among the main
resolutions adopted were:"), "The following decisions were taken:", "… adopted the following resolutions at
its meeting …", or a heading that names the body
whose decisions they are ("2040 Synod Decisions", the body "Synod")."""
REASONED_ACT = re.compile(
    r"(?<=[a-z0-9)”’\"'])\.[ \t]++(?=(?:Accordingly|Therefore|Consequently|Hence),?[ \t]++"
    r"(?:it|[Tt]he[ \t]++[A-Z][a-z]++)[ \t]++(?:therefore[ \t]++)?(?:resolved|decided|agreed)[ \t]++(?:that|to)\b)"
)
"""Where an item's reason ends and the act drawn from it begins: "The Synod
considered that … Accordingly, it resolved that …" (the reason is the
resolution's recital)."""
RESOLVED_LINE = re.compile(
    r"[ \t]*+(?:The|THE|This|THIS)[ \t]++(?P<body>[A-Z][\w’'&-]*+(?:[ \t]++[A-Z][\w’'&-]*+){0,3}?)"
    r"[ \t]++(?:resolved|decided|RESOLVED|DECIDED)(?:[ \t]++(?:thus|as[ \t]++follows))?"
    r"[ \t]*+[:.]?[ \t]*+[-–—]?[ \t]*+"
)
"""The body's own line between the list's name and its items, naming the body
that resolved them: "The Congress resolved thus:-"."""
HEADING = re.compile(r"[ \t]*+[A-Z][\w’'&/-]*+(?:[ \t]++[\w’'&/-]++){0,4}[ \t]*+")
"""A short heading alone on its line, between the items: "Evangelism"."""
MIN_ITEMS = 3
"""Items that make a list such a list of resolutions, unless its name counts them
("… passed the following two resolutions:")."""


def named_lists(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each item of such a list begins: the items become clauses (THAT),
    the units above them META, those below TRAILER. Empty (and nothing changed)
    on any other page."""
    if any(k in ENACTING for k in kinds):
        return []
    cue = next(
        (i for i, u in enumerate(units) if kinds[i] == "TEXT" and LIST_NAMED.search(ctx.t(u))), None
    )
    if cue is None:
        return []
    items: list[int] = []
    j = cue + 1
    body: str | None = None
    while j < len(units) and (
        kinds[j] == "MARKER"
        or (kinds[j] == "TEXT" and not items and HEADING.fullmatch(ctx.t(units[j])))
        or (kinds[j] == "TEXT" and not items and RESOLVED_LINE.fullmatch(ctx.t(units[j])))
    ):
        if kinds[j] == "MARKER":
            items.append(j)
        elif (line := RESOLVED_LINE.fullmatch(ctx.t(units[j]))) is not None:
            body = line["body"]
        j += 1
    named = LIST_NAMED.search(ctx.t(units[cue]))
    count = named["count"] if named is not None else None
    if (len(items) < MIN_ITEMS if count is None else len(items) != counted(count)) or any(
        k == "MARKER" for k in kinds[j:]
    ):
        return []
    if named is not None and named["body"]:
        body = named["body"]
    above = cue > 0 and kinds[cue - 1] == "TEXT" and _states_decision(ctx, units[cue - 1])
    starts = [units[i].start for i in items[1:]]
    for i in range(len(units)):
        kinds[i] = "THAT" if i in items else "META" if i < j else "TRAILER"
    if above:
        # "We have come to a decision to …." / "The decisions are as follows:":
        # the decision stated above the list is one more resolution.
        kinds[cue - 1] = "THAT"
        starts.insert(0, units[items[0]].start)
    elif (stated := _stated_decision(ctx, units[cue])) is not None:
        # "We have come to a decision to …. The decisions are as follows:" in one
        # paragraph: its first sentence is that resolution, the rest the head.
        u = units[cue]
        units[cue : cue + 1] = [
            cut_unit(ctx.text, "TEXT", u.start, stated),
            cut_unit(ctx.text, "TEXT", stated, u.end),
        ]
        kinds[cue : cue + 1] = ["THAT", "META"]
        items = [i + 1 for i in items]
        starts.insert(0, units[items[0]].start)
    for i in reversed(items):
        u = units[i]
        m = REASONED_ACT.search(ctx.text, u.start, u.end)
        if m is None:
            _body_acts(ctx, units, kinds, i, body)
        elif m is not None:
            a, b = m.start() + 1, m.end()
            lines = ctx.text.count("\n", u.start, a) + 1, ctx.text.count("\n", b, u.end) + 1
            units[i : i + 1] = [
                Unit("TEXT", u.start, a, lines[0]),
                Unit("TEXT", b, u.end, lines[1]),
            ]
            kinds[i : i + 1] = ["TEXT", "THAT"]
    return starts


def _body_acts(ctx: Context, units: list[Unit], kinds: list[str], i: int, body: str | None) -> None:
    """Cut item ``i`` (THAT) where a later sentence names the body (the one the
    list's heading or line names, or the item's own subject) as the subject of a
    new main verb, or as "We" ("… was accepted. The Synod, however, asked …"):
    a unit of its own (convention Q4), the other sentences going on. A first
    part in which the body only notes, before a part that acts, is the item's
    recital, and so is each noting part after it while no part has acted (Q3:
    "The Senate recognizes that …. …, we ask …"); with no act, all are clauses."""
    u = units[i]
    at = marker_end(ctx.text, u.start, u.end)
    cuts = (
        act_starts(ctx.text, at, u.end)
        if body is None
        else new_acts(ctx.text, u.start, u.end, " ".join(body.split()).lower())
    )
    edges = [u.start, *cuts, u.end]
    if len(edges) == 2:
        return
    pieces = [cut_unit(ctx.text, "TEXT", a, b) for a, b in pairwise(edges)]
    first = Unit("TEXT", at, pieces[0].end, pieces[0].lines)
    noting = [only_notes(ctx.text, p) for p in [first, *pieces[1:]]]
    lead = noting.index(False) if False in noting else 0  # no act: all are clauses
    units[i : i + 1] = [first, *pieces[1:]] if lead else pieces
    kinds[i : i + 1] = ["PHRASE" if n < lead else "THAT" for n in range(len(pieces))]


_SENTENCE_GAP = re.compile(r"(?<=[a-z0-9)])\.[ \t]++(?=[A-Z])")


def _states_decision(ctx: Context, u: Unit, end: int | None = None) -> bool:
    """Does ``u`` (up to ``end``) open with a sentence that states a decision the
    body took ("It was agreed to …", "We have come to a decision to …") and
    end a sentence?"""
    stop = u.end if end is None else end
    return (
        AGREED_RECORD.match(ctx.text, u.start, stop) is not None
        or DECISION_REACHED.match(ctx.text, u.start, stop) is not None
    ) and ctx.text[u.start : stop].rstrip().endswith(".")


def _stated_decision(ctx: Context, u: Unit) -> int | None:
    """Where the sentence that names the list begins, when the lead-in ``u``
    opens with a sentence of its own that states a decision the body took
    (:func:`_states_decision`); else None."""
    gaps = [m.end() for m in _SENTENCE_GAP.finditer(ctx.text, u.start, u.end)]
    if len(gaps) != 1 or not _states_decision(ctx, u, gaps[0]):
        return None
    return gaps[0] if LIST_NAMED.search(ctx.text, gaps[0], u.end) is not None else None
