"""Collections that print resolutions of several bodies one after another, each
under the compiler's bracketed line naming its source ("[Resolution adopted by
the State Teachers' Association, November, 1927]"): each line begins a
resolution and is its head; a resolution printed with no formula under it is
its one clause ("We favor the passage of …"). And digests of a body's standing
resolutions, each closed by the day it was adopted ("Resolved, That … .—Adopted
June 17, 1879."). Pure passes over the classified units, run by
:mod:`resolve.parsing.passes`."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.glued import ADOPTION_NOTE, SOURCE_NOTE
from resolve.parsing.paragraphs import Unit

ENACTED = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT")
"""Kinds that show a resolution's own enacting form under its source line."""


def source_lines(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of a collection begins: at each bracketed source
    line (META), when the page has two or more; what stands above the first is
    the page's head (META); the prose of a resolution with no formula or
    recital under its source line is its clause (THAT)."""
    notes = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "META" and SOURCE_NOTE.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    if len(notes) < 2:
        return []
    for j in range(notes[0]):
        kinds[j] = "META"
    for a, b in zip(notes, [*notes[1:], len(units)], strict=True):
        if not any(k in ENACTED for k in kinds[a + 1 : b]):
            for j in range(a + 1, b):
                if kinds[j] in ("TEXT", "VERB", "PHRASE"):
                    kinds[j] = "THAT"
    return [units[i].start for i in notes[1:]]


def dated_resolutions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each standing resolution of a digest begins: at a "Resolved, That …"
    right after one closed by its own day of adoption ("….—Adopted June 17,
    1879." / "Resolved, That …"), when two or more close so: each note ends
    one resolution, adopted apart from the next."""
    dated = [
        kinds[i] == "FORMULA" and ADOPTION_NOTE.search(ctx.text, u.start, u.end) is not None
        for i, u in enumerate(units)
    ]
    if sum(dated) < 2:
        return []
    return [units[i].start for i in range(1, len(units)) if dated[i - 1] and kinds[i] == "FORMULA"]
