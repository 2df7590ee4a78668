"""A record of the decisions a body took at a session, numbered by paragraph,
each paragraph telling in the past tense what the body did ("2. The Council
congratulated …", "5. The Council took note of … and approved …. The Council
further noted …"), with no formula, recital, organ line or motion anywhere: each
numbered paragraph in which the body acts is one resolution, each of its
sentences that opens with the body acting one clause (a sentence that only
notes, before the paragraph's first decision, its recital: "6. The Council
noted that …. The Council decided to …"); the paragraph that tells
the session itself ("1. The Council, chaired by A, met in B …") and all above it
are the head, the agenda item labels and headings between paragraphs ("Item 1:"
/ "Adoption of the Agenda") trailers. A pure pass over the classified units, run
by :mod:`resolve.parsing.passes`."""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import marker_end
from resolve.parsing.recorded_motions import ENACTING
from resolve.parsing.result_cues import (
    BODY_ACTS,
    BODY_NOTED,
    DECISION_SENTENCE,
    ITEM_LABEL,
    NOTED_AND_ACTED,
)

MIN_PARAGRAPHS = 3
"""Numbered paragraphs in which the body acts that make a page such a record."""


def _acts(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` a numbered paragraph that opens with the body acting?"""
    if kind != "MARKER" or not ctx.t(u).lstrip()[:1].isdigit():
        return False
    return BODY_ACTS.match(ctx.text, marker_end(ctx.text, u.start, u.end), u.end) is not None


def _noted(text: str, start: int, end: int) -> bool:
    """Does the sentence at ``start`` only note ("The Council noted that …"),
    not go on to decide in the same sentence ("… took note of X and approved
    Y")? Before the paragraph's first decision it is a recital (convention Q3);
    a paragraph that only notes keeps its sentences as clauses."""
    if BODY_NOTED.match(text, start, end) is None:
        return False
    stop = DECISION_SENTENCE.search(text, start, end)
    return NOTED_AND_ACTED.search(text, start, stop.start() if stop else end) is None


def decision_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decided paragraph of such a record begins: the units are split
    (in place) at each sentence that opens with the body acting (THAT, one clause
    each) and at the item labels after them (TRAILER); what stands before the
    first decided paragraph is META. Empty (and nothing changed) on any other page."""
    if any(k in ENACTING for k in kinds):
        return []
    acting = [i for i, u in enumerate(units) if _acts(ctx, u, kinds[i])]
    if len(acting) < MIN_PARAGRAPHS:
        return []
    text = ctx.text
    split: list[Unit] = []
    split_kinds: list[str] = []
    starts: list[int] = []
    for i, u in enumerate(units):
        if i not in acting:
            split.append(u)
            split_kinds.append("META" if i < acting[0] else "TRAILER")
            continue
        starts.append(u.start)
        label = ITEM_LABEL.search(text, u.start, u.end)
        body_end = label.start() if label else u.end
        cuts = [
            g.end()
            for g in DECISION_SENTENCE.finditer(text, marker_end(text, u.start, u.end), body_end)
            if BODY_ACTS.match(text, g.end(), body_end) is not None
        ]
        edges = [u.start, *cuts, body_end]
        pieces = [(a, b) for a, b in pairwise(edges)]
        noted = [_noted(text, marker_end(text, a, b), b) for a, b in pieces]
        first = next((k for k, n in enumerate(noted) if not n), len(pieces))
        for k, (a, b) in enumerate(pieces):
            while b > a and text[b - 1].isspace():
                b -= 1
            split.append(Unit("TEXT", a, b, text.count("\n", a, b) + 1))
            split_kinds.append("PHRASE" if k < first < len(pieces) else "THAT")
        if label is not None:
            split.append(
                Unit("TEXT", label.start(), u.end, text.count("\n", label.start(), u.end) + 1)
            )
            split_kinds.append("TRAILER")
    units[:] = split
    kinds[:] = split_kinds
    return starts[1:]
