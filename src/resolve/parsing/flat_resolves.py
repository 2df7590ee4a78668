"""A scanned resolution whose text layer runs on one line, its enacting
formula the body alone ("The Board of Trustees of Alba Township resolves:")
and its numbered paragraphs inline after it:

    … RESOLUTION NO. 88-12 The Board of Trustees of Alba Township, Ohio,
    resolves: 1. Jane Doe has served … 2. She has attended … 3. This Board
    thanks … 4. A copy of this Resolution shall be sent …

The line is cut before the formula and before each item numbered in turn from
1 (item 1 right after the colon, each later one after a sentence's end), as
if the page had kept its paragraphs: the formula's only content is the body,
so each item is a clause (convention Q7 of ``tests/real/README.md``). Numbers
out of turn, or fewer than two items, leave the line as it is. A pure pass
over the classified units (it rewrites the units and their kinds in place), a
``SETTLE`` row of :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.boundaries import FLAT_MIN
from resolve.parsing.classify import classify
from resolve.parsing.context import Context
from resolve.parsing.head_cues import NUMBER_CAPTION
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    match_lead,
)

FLAT_RESOLVES = re.compile(
    r"(?<=[ \t])(?:The|THE)[ \t]++[A-Z][^\n.;:!?]{0,200}?[ \t]++(?:(?i:hereby)[ \t]++)?"
    r"(?i:resolves)(?:[ \t]++(?i:as[ \t]++follows))?[ \t]*+:"
)
"""The body's formula inline: "The Board of Trustees of Alba Township, Ohio, resolves:"."""
FIRST_ITEM = re.compile(r"[ \t]*+(?:[^\w\s]{1,2}[ \t]++)?(?P<mark>1\.)[ \t]++(?=[A-Z])")
"""Item 1 right after the formula's colon (a stray OCR mark allowed: "® 1. Jane …")."""
LATER_ITEM = re.compile(r"(?<=[a-z0-9)][.!?])[ \t]++(?P<n>\d{1,2})\.[ \t]++(?=[A-Z])")
"""A later item's number after a sentence's end: "… of its people. 2. She …"."""
LATER_AFTER_COLON = re.compile(r"(?<=[a-z0-9)][.!?:])[ \t]++(?P<n>\d{1,2})\.[ \t]++(?=[A-Z])")
"""A later item's number after a sentence's end or a colon: "… and further that: 2. A …"."""
ITEMS_MIN = 2
"""Items in turn that make the line this form."""
SIGNED_TAIL = re.compile(r"(?<=[a-z0-9)][.!?])[ \t]++(?=(?=[^a-z\n]*?[A-Z]{2})[^a-z\n]{8,}\Z)")
"""Where the signature block run on after the last item begins, in capitals to
the end of the line: "… sent to Jane Roe. JOHN DOE CHAIRMAN ALBA TOWNSHIP, OHIO"."""


def _in_turn(text: str, start: int, end: int, later: re.Pattern[str]) -> list[int] | None:
    """Where each item begins, item 1 right at ``start`` and each later one
    (found by ``later``) numbered in turn; None for fewer than
    :data:`ITEMS_MIN` items."""
    first = FIRST_ITEM.match(text, start, end)
    if first is None:
        return None
    items = [first.start("mark")]
    for m in later.finditer(text, first.end(), end):
        if int(m["n"]) == len(items) + 1:
            items.append(m.start("n"))
    return items if len(items) >= ITEMS_MIN else None


def _cuts(ctx: Context, u: Unit) -> tuple[int, int, list[int]] | None:
    """Where the formula of one-line unit ``u`` begins and ends and where each
    of its items begins, or None if ``u`` is not this form."""
    if u.lines != 1 or u.end - u.start < FLAT_MIN:
        return None
    formula = FLAT_RESOLVES.search(ctx.text, u.start, u.end)
    if formula is None:
        return None
    items = _in_turn(ctx.text, formula.end(), u.end, LATER_ITEM)
    return None if items is None else (formula.start(), formula.end(), items)


def _lead_cuts(ctx: Context, u: Unit) -> tuple[int, int, list[int]] | None:
    """The same for a formula unit cut from such a line whose lead names only
    the body before its colon ("… BE IT RESOLVED BY THE BOARD OF X, THAT: 1. …
    and further that: 2. …"): item 1 right after the colon, each later one in
    turn after a sentence's end or a colon (OCR's "I." and "2," are repaired
    already: :mod:`resolve.parsing.ocr`). None if it is not this form."""
    line_start = ctx.text.rfind("\n", 0, u.start) + 1
    line_end = ctx.text.find("\n", u.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    if u.lines != 1 or line_end - line_start < FLAT_MIN:
        return None
    m = match_lead(ctx.text, u.start, u.end)
    if m is None or not m.group("by") or not m.group().endswith(":"):
        return None
    items = _in_turn(ctx.text, m.end(), u.end, LATER_AFTER_COLON)
    return None if items is None else (u.start, m.end(), items)


def flat_resolves(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Cut each one-line unit that holds a body's formula and its numbered
    items inline: the text before the formula (a HEADING when it prints the
    resolution's number label, "… RESOLUTION NO. 88-12"), the formula
    (RESOLVES), each item (MARKER), each classified afresh."""
    out: list[Unit] = []
    out_kinds: list[str] = []
    for u, kind in zip(units, kinds, strict=True):
        lead = _lead_cuts(ctx, u) if kind == "FORMULA" else None
        cut = _cuts(ctx, u) if kind in ("TEXT", "HEADING", "META") else lead
        if cut is None:
            out.append(u)
            out_kinds.append(kind)
            continue
        begin, colon, items = cut
        parts = [] if begin == u.start else [ctx.piece(u.kind, u.start, begin)]
        if parts and NUMBER_CAPTION.search(ctx.text, u.start, begin):
            parts[0] = ctx.piece("HEADING", u.start, begin)  # "… RESOLUTION NO. 88-12"
        parts.append(ctx.piece("FORMULA" if lead else "RESOLVES", begin, colon))
        tail = SIGNED_TAIL.search(ctx.text, items[-1], u.end)
        end = u.end if tail is None else tail.start()
        stops = [*items[1:], end]
        parts += [ctx.piece("MARKER", s, e) for s, e in zip(items, stops, strict=True)]
        out += parts
        out_kinds += [classify(ctx, p) for p in parts]
        if tail is not None:  # the signature block: no part of the last item
            out.append(ctx.piece(u.kind, tail.end(), u.end))
            out_kinds.append("TRAILER")
    if len(out) != len(units):
        units[:] = out
        kinds[:] = out_kinds
