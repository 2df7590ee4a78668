"""Minutes (a council's decision summary) that print each motion under its
agenda item's caption, a line naming its mover and seconder, often ending in
a colon ("Moved by A, seconded by B:", "Moved C. Diaz - E. Fong:", "MOVED E.
FONG / A. BROWN") and then the
motion's "That …" text and its outcome ("In Favour: …" / "Carried"), with no
formula, recital opener or organ line anywhere: each motion one resolution of
one clause (counting convention Q1). The caption and the mover line are its
head (META), the motion its clause (THAT), the outcome, the vote and any
narrative down to the next caption its trailer; what stands above the first
caption is the page's head. Hard wraps may have joined caption, mover line and
motion into one paragraph: they are cut apart at the line starts. A ``BREAKS``
pass of :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve.parsing.context import Context
from resolve.parsing.motion_cues import MOVED_OVER
from resolve.parsing.paragraphs import Unit

MIN_MOTIONS = 2
"""Motions of the form a page needs before this pass reads it."""
CAPTION_MAX = 100
"""Characters of an item's caption over a mover line."""
_BARRED = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN")
_THAT = re.compile(r"[ \t]*+(?:That|THAT)[ \t]++\S")
_CAPTION_END = re.compile(r"[.,;:][ \t]*+$")
"""How a line that is no caption ends: a sentence's stop, a list's comma."""


def _line_starts(ctx: Context, u: Unit) -> Iterator[int]:
    at = u.start
    while at < u.end:
        yield at
        nl = ctx.text.find("\n", at, u.end)
        if nl < 0:
            return
        at = nl + 1


def _movers(ctx: Context, units: list[Unit]) -> list[int]:
    """Offsets of the mover lines that stand right over a "That …" motion."""
    found = []
    for i, u in enumerate(units):
        for at in _line_starts(ctx, u):
            stop = ctx.text.find("\n", at, u.end)
            stop = u.end if stop < 0 else stop
            if MOVED_OVER.fullmatch(ctx.text, at, stop) is None:
                continue
            below = stop + 1 if stop < u.end else units[i + 1].start if i + 1 < len(units) else -1
            if below >= 0 and _THAT.match(ctx.text, below) is not None:
                found.append(at)
    return found


def _caption(ctx: Context, u: Unit) -> bool:
    """Is ``u`` an item's caption ("3. Sidewalk Repairs"), no sentence or list?"""
    t = ctx.t(u)
    return 0 < len(t) <= CAPTION_MAX and u.lines <= 2 and _CAPTION_END.search(t) is None


def moved_captions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of such minutes begins; the units cut and retyped in
    place. Empty (and nothing changed) on any other page."""
    if any(k in _BARRED for k in kinds):
        return []
    movers = _movers(ctx, units)
    if len(movers) < MIN_MOTIONS:
        return []
    cuts: list[int] = []
    for at in movers:
        stop = ctx.text.find("\n", at)
        cuts += [at, stop + 1]
    taken = set(cuts)

    def cut(i: int, u: Unit, kind: str) -> Iterator[tuple[int, int]]:
        for c in cuts:
            if u.start < c < u.end:
                yield c, c

    ctx.split_units(units, kinds, cut)
    starts: list[int] = []
    motion = -1
    for i, u in enumerate(units):
        if u.start not in taken or MOVED_OVER.match(ctx.text, u.start, u.end) is None:
            continue
        first = i - 1 if i > motion + 2 and _caption(ctx, units[i - 1]) else i
        for j in range(motion + 1, first):
            kinds[j] = "META" if motion < 0 else "TRAILER"
        kinds[first : i + 1] = ["META"] * (i + 1 - first)
        if motion >= 0:
            starts.append(units[first].start)
        motion = i + 1
        kinds[motion] = "THAT"
    kinds[motion + 1 :] = ["TRAILER"] * (len(units) - motion - 1)
    return starts
