"""Standing resolutions in Markdown sections, each paragraph the body resolving.

A club or chapter may keep its standing resolutions as a Markdown page, a
heading over each group and, under it, paragraphs in which the body, named
with "our", resolves, with no formula, recital or motion anywhere:

    ## Boats                                             (resolution 1)
    Our Club resolves to keep two boats ready. The     (clause)
    Captain shall execute this Resolution.
    Our Club resolves to insure every boat. Our Club   (clause; clause)
    shall also resolve that no boat leaves alone.

Each heading opens a resolution, each paragraph is a clause, cut where a later
sentence has the body resolve anew (convention Q4: the body named again as the
subject of a new main verb), never where an officer or a member is the subject
("The Captain shall …", "he resolves …"). The page's title and introduction
above the first section are its head. A BREAKS pass of
:mod:`resolve.parsing.passes`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.body_acts import NEW_SENTENCE
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

SECTION_HEADING = re.compile(r"[ \t]*+#{2,6}[ \t]*+[^\s#][^\n]{0,150}")
"""A Markdown section heading below the page's title: "## Fines"."""
_RESOLVE = r"[ \t]++(?:resolves|shall[ \t]++(?:also[ \t]++)?resolve)\b"
OUR_RESOLVES = re.compile(
    r"[^.!?\n]{0,160}?\b[Oo]ur[ \t]++(?P<body>[A-Z][\w'’-]*+)\b[^.!?\n]{0,60}?" + _RESOLVE
)
"""A paragraph whose first sentence has the body, named with "our", resolve:
"Our Chapter resolves to …", "In response to …, our Chapter resolves …",
"The Members of our Club resolves to …"."""
_OWN_FORM = frozenset({"FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "PHRASE", "MARKER"})
_SECTIONS_MIN = 2
"""Sections a page needs before each is read as its own resolution."""


def _new_act(body: str) -> re.Pattern[str]:
    """A sentence that has ``body`` ("Chapter"), named with "our", as the
    subject that resolves anew, alone or with another body, after an opening
    phrase or not ("Our Chapter and Council resolves …", "At each meeting, our
    Chapter resolves …")."""
    return re.compile(
        r"(?:[A-Z][^\n,.;:]{0,100}?,[ \t]++)?[Oo]ur[ \t]++"
        + re.escape(body)
        + r"(?:[ \t]++and[ \t]++[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,2}?)?"
        + _RESOLVE
    )


def our_resolves(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each section of such a page begins (its heading, the resolution's
    title); its paragraphs are cut at the body's new acts and marked THAT,
    the page's title and introduction META (units are cut in place)."""
    if any(k in _OWN_FORM for k in kinds):
        return []
    text = ctx.text
    heads = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "TEXT"
        and u.lines == 1
        and SECTION_HEADING.fullmatch(text, u.start, u.end) is not None
    ]
    if len(heads) < _SECTIONS_MIN:
        return []
    first = heads[0]
    bodies: list[str] = []
    for i in range(first, len(units)):
        if i in heads:
            continue
        m = OUR_RESOLVES.match(text, units[i].start, units[i].end)
        if kinds[i] != "TEXT" or m is None:
            return []
        bodies.append(m["body"])
    if not bodies or len(set(bodies)) != 1 or any(heads[k] + 1 in heads for k in range(len(heads))):
        return []
    new_act = _new_act(bodies[0])
    for i in range(first):
        if kinds[i] == "TEXT":
            kinds[i] = "META"  # "# The Resolutions of …" / its introduction
    starts = [units[i].start for i in heads[1:]]
    new_units, new_kinds = units[:first], kinds[:first]
    for i in range(first, len(units)):
        u = units[i]
        if i in heads:
            new_units.append(u)
            new_kinds.append("TEXT")
            continue
        cuts = [
            s.end()
            for s in NEW_SENTENCE.finditer(text, u.start, u.end)
            if new_act.match(text, s.end(), u.end) is not None
        ]
        for a, b in pairwise([u.start, *cuts, u.end]):
            new_units.append(ctx.piece("TEXT", a, b))
            new_kinds.append("THAT")
    units[:] = new_units
    kinds[:] = new_kinds
    return starts


def our_next(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the clause unit ``i`` the body's next resolve, right under the one
    before ("Our Chapter resolves …" / "Our Chapter shall also resolve …")?
    Then it is a clause of its own, not text of the one above."""
    return (
        i > 0
        and kinds[i] == kinds[i - 1] == "THAT"
        and OUR_RESOLVES.match(ctx.text, units[i].start, units[i].end) is not None
        and OUR_RESOLVES.match(ctx.text, units[i - 1].start, units[i - 1].end) is not None
    )
