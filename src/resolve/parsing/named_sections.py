"""A page of a body's acts each under a numbered heading that names the act
("1. Sabbs and Waterside Mandate" / "2. Motion on Bus Fares" / "3. President
Mandate on Policy Book"), the act's text below its heading, with no formula,
recital opener or organ line anywhere: each heading begins one resolution (its
heading, META); the text under it is one clause however its paragraphs are
broken (a lead-in and its quotation, a quoted text with dashed lines), or, when
it is a numbered list, each item one clause. What stands above the first
heading is the page's head. A pure pass over the classified units, run by
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.motion_cues import NAMED_HEADING
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import MARKER, marker_end

MIN_HEADINGS = 3
"""Numbered headings naming an act that make a page such a list."""
_BARRED = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "INTRO")


def _number(ctx: Context, u: Unit, kind: str) -> int | None:
    """The number of a heading line "3. President Mandate on Policy Book", else None."""
    if kind != "MARKER" or u.lines != 1:
        return None
    m = MARKER.match(ctx.text, u.start, u.end)
    digits = "".join(c for c in (m.group(0) if m else "") if c.isdigit())
    at = marker_end(ctx.text, u.start, u.end)
    if not digits or NAMED_HEADING.fullmatch(ctx.text, at, u.end) is None:
        return None
    return int(digits)


def named_sections(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each act of such a page begins; the units under each heading are
    merged (in place) into one clause (THAT), or kept as its numbered items
    (each a clause). Empty (and nothing changed) on any other page."""
    if any(k in _BARRED for k in kinds):
        return []
    heads: list[int] = []
    for i, u in enumerate(units):
        n = _number(ctx, u, kinds[i])
        if n is not None and n == len(heads) + 1:
            heads.append(i)
    if len(heads) < MIN_HEADINGS:
        return []
    split: list[Unit] = [*units[: heads[0]]]
    split_kinds = ["META"] * heads[0]
    for h, end in zip(heads, [*heads[1:], len(units)], strict=True):
        body = units[h + 1 : end]
        if not body:
            return []
        split.append(units[h])
        split_kinds.append("META")
        if all(kinds[j] == "MARKER" for j in range(h + 1, end)):
            split += body
            split_kinds += ["MARKER"] * len(body)  # its items the clauses
        else:
            a, b = body[0].start, body[-1].end
            split.append(Unit("TEXT", a, b, ctx.text.count("\n", a, b) + 1))
            split_kinds.append("THAT")
    starts = [units[h].start for h in heads[1:]]
    units[:] = split
    kinds[:] = split_kinds
    return starts
