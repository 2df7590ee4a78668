"""Proceedings that open on the adoption of a motion named by its mover, its
text printed before the page begins ("Dr. Hale's preamble and resolution, with
the amendment offered by Dr. Ross, was then adopted; …"), above the motions
they print in full ("Dr. Vane offered the following:" / "Resolved, That …").
Under the counting conventions of ``tests/real/README.md`` (1, stated
decisions) the adoption so told is a decision of the meeting: one resolution
of one clause. Only before the first motion printed on the page: after one,
such a sentence may tell that motion's own adoption (its trailer). A pure pass
over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

NAMED_ADOPTION = re.compile(
    r"[ \t]*+(?:(?:Mr|Mrs|Ms|Dr|DR|MR|Prof|Rev|Hon)\.[ \t]++)?[A-Z][A-Za-z-]++(?:’|')s[ \t]++"
    r"(?:(?:preamble|preambles)[ \t]++and[ \t]++)?(?:resolutions?|motions?)\b"
    r"(?:[^\n.;:]|(?:(?<=Dr)|(?<=Mr)|(?<=Mrs)|(?<=Ms)|(?<=Prof))\.){0,300}?\b(?:was|were)[ \t]++(?:(?:then|duly|unanimously|finally)[ \t]++)?"
    r"(?:adopted|carried|passed|agreed[ \t]++to)\b[^\n:]{0,300}"
)
"""A paragraph that tells the adoption of a motion named by its mover: "DR.
HALE's preamble and resolution, …, was then adopted; the vote … being declared
unanimous.", "Mr. Ross's motion was carried."."""
PRINTED = frozenset({"FORMULA", "WHEREAS", "RESOLVES", "THAT", "ORGAN"})
"""The kinds of a motion printed in full."""


def named_adoptions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each adoption so told begins (typed THAT), and where the first
    printed motion after the last of them begins. Empty (and nothing changed)
    unless such an adoption stands before the first printed motion, which the
    page must have."""
    first = next((i for i, k in enumerate(kinds) if k in PRINTED), None)
    if first is None:
        return []
    told = [
        i
        for i in range(first)
        if kinds[i] == "TEXT"
        and NAMED_ADOPTION.fullmatch(ctx.text, units[i].start, units[i].end) is not None
    ]
    if not told:
        return []
    head_above(kinds, told[0])  # the page's narrative before the first adoption
    for i in told:
        kinds[i] = "THAT"
    start = told[-1] + 1  # the printed motion's lead-in ("Dr. Vane offered the following:")
    while start < first and kinds[start] not in ("INTRO", "HEADING"):
        start += 1
    return [units[i].start for i in told[1:]] + [units[start].start]
