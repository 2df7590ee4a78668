"""A communiqué that tells a body's decisions in the past tense under run-in
headings ("Port Safety" / "The NEX noted that …" / "NEX resolved to demand …
It also resolved to …"), with no formula, recital opener, motion or list
anywhere: each heading whose paragraphs tell a decision of the body, named as
the subject of a verb of deciding ("resolved", "decided", "agreed to", "set
up", "approved" …; after a phrase set off by a comma, "In line with the
rules, NEX set up …"), begins one resolution (convention Q1). Under it, a
paragraph in which the body notes ("noted", "acknowledged", "welcomed" …)
before its first decision is a recital, and every later paragraph whose
subject is the body a clause (Q3); a decision paragraph is cut where the body,
named again or as "It", acts anew (Q4, :func:`~resolve.parsing.body_acts.new_acts`).
The prose above the first such heading is the head; a section that tells no
decision, and any other paragraph, is trailer. A `BREAKS` pass of
:mod:`resolve.parsing.passes`, run before the last reader of minutes, on a
page with fewer than two words of minutes (minutes give each decision its own
resolution).
"""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.body_acts import new_acts
from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_unit

_LEAD = r"[ \t]*+(?:[A-Z][^.;:!?\n]{0,120}?,[ \t]++)?"
"""A phrase before the subject, set off by a comma: "In line with the rules, "."""
_BODY = (
    r"(?:[Tt]he[ \t]++)?(?P<body>[A-Z][A-Z0-9&]{1,9}+(?![\w'’-])"
    r"|[A-Z][a-z]++(?:[ \t]++(?:of[ \t]++(?:the[ \t]++)?)?[A-Z][a-z]++){0,5}+)"
    r"[ \t]++(?:(?:also|further|then|unanimously|subsequently)[ \t]++)?"
)
"""The body as a sentence's subject, by its acronym or its name in capitals."""
DECIDED = re.compile(
    _LEAD
    + _BODY
    + r"(?:resolved|decided|agreed[ \t]++(?:to|that)|approved|adopted|endorsed|set[ \t]++up"
    r"|established|constituted|appointed|elected|directed|instructed|mandated|urged"
    r"|called[ \t]++(?:on|upon|for)|demanded)\b"
)
"""A paragraph that opens on the body's decision in the past tense: "NEX
resolved to …", "In line with the rules, the Council set up …"."""
NOTED = re.compile(
    _LEAD
    + _BODY
    + r"(?:noted|acknowledged|recogni[sz]ed|welcomed|observed|commended|regretted|deplored"
    r"|expressed[ \t]++(?:its[ \t]++)?(?:concern|worry|dismay|satisfaction|appreciation)"
    r"|was[ \t]++(?:concerned|worried|satisfied|alarmed))\b"
)
"""A paragraph that opens on the body noting, in the past tense: "The NEX
noted that …", "The Council welcomed …"."""
STATED = re.compile(_LEAD + _BODY + r"[a-z]{3,}+\b")
"""A paragraph that opens on the body as subject of any verb: "NEX called …"."""
_HEADING_MAX = 60
_HEADING_WORDS = 8
_MINUTES_WORDS = 2
"""Words of minutes that make the page a meeting's record, not a communiqué."""
_SECTIONS_MIN = 2
"""Headed sections that must each tell a decision."""


def _heading(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a run-in heading: a short line with a capital and no stop?"""
    t = ctx.t(u).strip()
    return (
        u.lines == 1
        and 0 < len(t) <= _HEADING_MAX
        and len(t.split()) <= _HEADING_WORDS
        and t[0].isupper()
        and t[-1] not in ".:;,!?"
    )


def headed_communiques(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of such a communiqué begins (its heading); the
    units are retyped (and a decision paragraph cut, in place) as above."""
    if any(k not in ("TEXT", "META", "KEYVAL") for k in kinds):
        return []
    if ctx.minutes_words(len(ctx.text)) >= _MINUTES_WORDS:
        return []  # a meeting's minutes: each decision its own (the last reader's)
    text, n = ctx.text, len(units)
    heads = [
        i
        for i in range(n - 1)
        if kinds[i] == "TEXT"
        and _heading(ctx, units[i])
        and kinds[i + 1] == "TEXT"
        and not _heading(ctx, units[i + 1])
    ]
    sections = list(pairwise([*heads, n]))
    decided: list[tuple[int, int, int]] = []
    bodies: set[str] = set()
    for h, e in sections:
        for j in range(h + 1, e):
            m = DECIDED.match(text, units[j].start, units[j].end)
            if m is not None:
                decided.append((h, e, j))
                bodies.add(m["body"].lower())
                break
    if len(decided) < _SECTIONS_MIN or len(bodies) != 1:
        return []
    body = bodies.pop()
    head_above(kinds, decided[0][0])
    for i in range(decided[0][0], n):
        kinds[i] = "TRAILER"  # a section that tells no decision, until read below
    for h, e, first in decided:
        kinds[h] = "TEXT"  # its heading, the title
        for j in range(h + 1, e):
            u = units[j]
            if j < first:
                noted = NOTED.match(text, u.start, u.end)
                kinds[j] = "PHRASE" if noted and noted["body"].lower() == body else "META"
            elif _acts(text, u, body):
                kinds[j] = "THAT"
    starts = [units[h].start for h, _, _ in decided[1:]]
    out_units: list[Unit] = []
    out_kinds: list[str] = []
    for u, kind in zip(units, kinds, strict=True):
        cuts = new_acts(text, u.start, u.end, body) if kind == "THAT" else []
        for s, e in pairwise([u.start, *cuts, u.end]):
            out_units.append(u if not cuts else cut_unit(text, kind, s, e))
            out_kinds.append(kind)
    units[:] = out_units
    kinds[:] = out_kinds
    return starts


def _acts(text: str, u: Unit, body: str) -> bool:
    """Does ``u`` open with the body ``body`` as the subject of a verb of its own,
    after its first decision (every later statement of the body is a clause, Q3)?"""
    m = DECIDED.match(text, u.start, u.end) or STATED.match(text, u.start, u.end)
    return m is not None and m["body"].lower() == body
