"""Minutes whose whole record runs on one line, as a scanned page's text layer
gives it: the call to order, then each agenda item numbered in turn with its
upper-case caption run in and the motion recorded under it ("… was absent. 1.
ELECTRIC FEES Motion by A and second by B to adopt …. Motion carried. 2. BUDGET
Motion by …"). The line is cut before each item, so that each item is a unit of
its own, as if the page had kept its paragraphs; the readers of minutes then
read each motion. A pure pass over the classified units (it rewrites the units
and their kinds in place), run first among the ``SETTLE`` passes of
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.classify import classify
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import MOVING

RUN_ON_ITEM = re.compile(r"(?<=[.!?] )(\d{1,2})\.[ \t]++(?=[A-Z][A-Z0-9&/,'-]++(?:[ \t]|\.[ \t]))")
"""An agenda item's number after a sentence's end, its upper-case caption next
("… was absent. 1. ELECTRIC FEES Motion by …", "… carried. 3. MISC. No action …")."""
CAPTION_END = re.compile(r"(?:[A-Z0-9&/,.'-]++[ \t]++){1,8}?(?=(?:Motion|MOTION)[ \t])")
"""The item's upper-case caption up to the motion run in after it ("ELECTRIC FEES ")."""
RUN_ON_MIN = 600
"""Characters of a line that may hold a whole meeting's record."""
MOTIONS_MIN = 2
"""Items recording a motion that show the line is a meeting's record."""


def run_on_items(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Cut each one-line unit that holds a meeting's numbered agenda items in
    turn (1, 2, 3 …), two or more of them recording a motion, before each item;
    each new unit classified afresh."""
    out: list[Unit] = []
    out_kinds: list[str] = []
    for u, kind in zip(units, kinds, strict=True):
        cuts = _item_starts(ctx, u) if kind == "TEXT" else []
        if not cuts:
            out.append(u)
            out_kinds.append(kind)
            continue
        for s, e in pairwise([u.start, *cuts, u.end]):
            while e > s and ctx.text[e - 1].isspace():
                e -= 1
            caption = (
                CAPTION_END.match(ctx.text, ctx.text.find(" ", s) + 1, e) if s in cuts else None
            )
            if caption is not None:  # "1. ELECTRIC FEES" over "Motion by …"
                part = Unit("MARKER", s, len(ctx.text[: caption.end()].rstrip()), 1)
                out.append(part)
                out_kinds.append(classify(ctx, part))
                s = caption.end()
            part = Unit("TEXT", s, e, 1)
            out.append(part)
            out_kinds.append(classify(ctx, part))
    if len(out) != len(units):
        units[:] = out
        kinds[:] = out_kinds


def _item_starts(ctx: Context, u: Unit) -> list[int]:
    """Where each numbered item of one-line unit ``u`` begins, when they are
    numbered in turn from 1 and two or more record a motion; else none."""
    if u.lines != 1 or u.end - u.start < RUN_ON_MIN:
        return []
    items = list(RUN_ON_ITEM.finditer(ctx.text, u.start, u.end))
    if len(items) < MOTIONS_MIN or any(int(m[1]) != n for n, m in enumerate(items, 1)):
        return []
    stops = [m.start() for m in items[1:]] + [u.end]
    moved = sum(
        MOVING.search(ctx.text, m.start(), stop) is not None
        for m, stop in zip(items, stops, strict=True)
    )
    return [m.start() for m in items] if moved >= MOTIONS_MIN else []
