"""How minutes tell the vote on a motion that :mod:`resolve.parsing.recorded_motions`
reads: a numbered item naming the vote over its notes, a "VOTE:" label over its outcome,
an outline's item whose outcome is the first line back at its depth, and the vote told in
the motion's sentence or the few under it. Pure predicates over the classified units."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ends_with
from resolve.parsing.record_cues import OUTCOME_OPENS, VOTE_ITEM
from resolve.parsing.result_cues import VOTE_LABEL
from resolve.parsing.vote_cues import VOTE_HEADING, VOTE_LINE, VOTE_TOLD

NOTE_BULLETS = "•-*–"
"""The bullets of a motion's notes, its debate and its vote, one per line."""

NOTES_MAX = 15
"""Note lines between a motion and the line that records its vote."""

ACT_INFINITIVE = re.compile(r"\bto[ \t]++$")
"""A motion's "to" before a vote's word ("seconded to approved …", a slip): its act, not an outcome."""

VOTE_BELOW = 3
"""Sentences under a motion within which minutes tell its vote."""


def vote_item(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a numbered item that names the vote taken, over the bullets
    of its notes ("2. Vote to approve the grant proposal:" / "- the proposal was
    approved as worded")?"""
    return (
        i + 1 < len(units)
        and units[i].lines == 1
        and VOTE_ITEM.fullmatch(ctx.text, units[i].start, units[i].end) is not None
        and ctx.t(units[i + 1]).lstrip()[:1] in NOTE_BULLETS
    )


def vote_labelled(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` the vote put ("• VOTE: Approve …") over its outcome ("• Motion carried")?"""
    return (
        i + 1 < len(units)
        and VOTE_LABEL.match(ctx.text, units[i].start, units[i].end) is not None
        and OUTCOME_OPENS.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    )


def indent(ctx: Context, u: Unit) -> int:
    """The spaces and tabs before ``u`` on its first line."""
    return u.start - ctx.text.rfind("\n", 0, u.start) - 1


def vote_outlined(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` an outline's item that names a vote ("8. Vote on an amendment
    of the statute …"), its notes indented deeper below it, whose outcome is the
    first line below at the item's own depth or less ("• Amendment passes")?"""
    u = units[i]
    if u.lines != 1 or VOTE_HEADING.match(ctx.text, u.start, u.end) is None:
        return False
    depth = indent(ctx, u)
    for below in units[i + 1 : i + 1 + NOTES_MAX]:
        if indent(ctx, below) <= depth or below.lines != 1:
            return OUTCOME_OPENS.match(ctx.text, below.start, below.end) is not None
    return False


def vote_told(ctx: Context, units: list[Unit], i: int, stop: int) -> bool:
    """Is the vote on motion ``i`` told, in its own unit or in the sentences under
    it before the next record ``stop`` or the next caption (a line that ends no
    sentence and is not a bare "Motion carried")?"""
    u = units[i]
    if any(
        ACT_INFINITIVE.search(ctx.text, max(u.start, m.start() - 4), m.start()) is None
        for m in VOTE_TOLD.finditer(ctx.text, u.start, u.end)
    ):
        return True  # not "… seconded to approved the plan.", the act's own verb
    for below in units[i + 1 : min(stop, i + 1 + VOTE_BELOW)]:
        if VOTE_LINE.fullmatch(ctx.text, below.start, below.end) is not None:
            return True  # "Motion carried" with no full stop
        if not ends_with(ctx.t(below), ".!"):
            return False
        if VOTE_TOLD.search(ctx.text, below.start, below.end) is not None:
            return True
    return False
