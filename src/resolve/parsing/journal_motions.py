"""A legislative journal's record of one motion on a measure, run together in
one paragraph as journal pages print it: "Senator A moved that the Senate
concur in the House amendment." then the question, the roll call and the
outcome in the house's words, "… the Senate concurred in the House
amendment, thus adopting …". The motion's sentence is the one clause (THAT);
the entry before it (the page header) heads it, the rest is its trailer. A
procedural motion carried before it ("Senator A moved and asked unanimous
consent to take up the message …. Without objection, it was so ordered.") is a
resolution of its own, one clause (counting convention 6 of
``tests/real/README.md``), unless it adjourns or puts off. A pure pass over the
classified units, one row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.procedural import PUTS_OFF

JOURNAL_MOVED = re.compile(
    r"\b(?:Senator|Representative|Delegate|Assemblymember|Assemblyman|Assemblywoman|Mr\.|Mrs\.|Ms\.)"
    r"[ \t]++[A-Z][A-Za-z'’-]++[ \t]++moved[ \t]++that[ \t]++the[ \t]++"
    r"(?P<house>Senate|House|Assembly)[ \t]++(?P<verb>concur|adopt|pass|recede|agree)\b[^.\n]{0,300}\."
)
"""A member's motion that the house act on a measure, as a journal records it:
"Senator A moved that the Senate concur in the House amendment.", "Representative
B moved that the House adopt the conference committee report."."""
OUTCOME = re.compile(
    r"\bthe[ \t]++(?P<house>Senate|House|Assembly)[ \t]++(?P<verb>concurred|adopted|passed|receded|agreed)\b"
)
"""The outcome in the house's words: "… and so, the Senate concurred in …"."""
CONSENT_MOVED = re.compile(
    r"\b(?:Senator|Representative|Delegate|Assemblymember|Assemblyman|Assemblywoman|Mr\.|Mrs\.|Ms\.)"
    r"[ \t]++[A-Z][A-Za-z'’-]++[ \t]++moved[ \t]++and[ \t]++asked[ \t]++unanimous[ \t]++consent[ \t]++"
    r"(?:to|that)\b[^\n]{0,1500}?\b(?i:it[ \t]++was[ \t]++so[ \t]++ordered)\."
)
"""A member's procedural motion carried by consent, as a journal records it:
"Senator A moved and asked unanimous consent to take up the message on HB 5 ….
Without objection, it was so ordered."."""
READ_KINDS = frozenset({"TEXT", "META", "KEYVAL", "TRAILER", "HEADING"})
"""Kinds of a page this pass reads: any other is a form another reader understood."""


def journal_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Cut the one unit that records such a motion and, after it, its outcome
    ("… the Senate concurred …") into head (META), the motion (THAT) and its
    trailer (TRAILER); the units above it head too; a procedural motion carried
    before it in the unit (THAT) is the first resolution, the motion's start
    then returned as the second's; nothing changed on any other page."""
    if any(k not in READ_KINDS for k in kinds):
        return []
    found = []
    for i, u in enumerate(units):
        for m in JOURNAL_MOVED.finditer(ctx.text, u.start, u.end):
            if any(
                o["house"] == m["house"] and o["verb"].startswith(m["verb"][:4])
                for o in OUTCOME.finditer(ctx.text, m.end(), u.end)
            ):
                found.append((i, m))  # "moved that the Senate concur" / "the Senate concurred"
    if len(found) != 1:
        return []
    i, m = found[0]
    u = units[i]
    head_above(kinds, i)
    rest = m.end() + len(ctx.text[m.end() : u.end]) - len(ctx.text[m.end() : u.end].lstrip(" \t"))
    pieces = [ctx.piece("TEXT", m.start(), m.end()), ctx.piece("TEXT", rest, u.end)]
    cut = ["THAT", "TRAILER"]
    head = u.start
    p = CONSENT_MOVED.search(ctx.text, u.start, m.start())
    carried = p is not None and PUTS_OFF.search(ctx.text, p.start(), p.end()) is None
    if p is not None and carried:
        pieces, cut = [ctx.piece("TEXT", p.start(), m.start()), *pieces], ["THAT", *cut]
        head = p.start()  # "… moved and asked unanimous consent to take up …": its own
    if head > u.start:
        pieces, cut = [ctx.piece("TEXT", u.start, head), *pieces], ["META", *cut]
    units[i : i + 1] = pieces
    kinds[i : i + 1] = cut
    return [m.start()] if carried else []
