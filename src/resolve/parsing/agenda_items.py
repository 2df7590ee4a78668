"""An agenda's item numbers on lines of their own above the page's first resolution.

A council's "agenda and minutes" page numbers each item on a line of its own
("66.", then the item's heading "Apologies for absence", then its minutes). Above
anything of a resolution (a recital, a formula, a motion) such bare numbers are the
page's outline, not clauses: read as head lines, the item that resolves is read as
the resolution.
"""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

_BARE_NUMBER = re.compile(r"[ \t]*+\d{1,4}\.?[ \t]*+")
"""A line that is only an item's number: "66." or "7"."""
_ITEM_HEADING = re.compile(r"[^\n]{3,120}(?<![.;:,])[ \t]*+")
"""An item's heading: one line with no sentence punctuation at its end."""
_RESOLUTION_KINDS = frozenset({"WHEREAS", "FORMULA", "RESOLVES", "ORGAN", "THAT", "VERB", "PHRASE"})
"""Kinds that begin a resolution: the page's outline ends at the first."""
MIN_ITEMS = 2
"""Bare-numbered items that make a page an agenda's outline."""


def settle_item_numbers(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Retype as head lines (META) the bare item numbers ("66.") that stand over an
    item's heading before anything of a resolution, when there are at least
    :data:`MIN_ITEMS` of them."""
    found: list[int] = []
    for i, kind in enumerate(kinds):
        if kind in _RESOLUTION_KINDS:
            break
        if (
            kind == "MARKER"
            and i + 1 < len(kinds)
            and kinds[i + 1] == "TEXT"
            and _BARE_NUMBER.fullmatch(ctx.t(units[i])) is not None
            and _ITEM_HEADING.fullmatch(ctx.t(units[i + 1])) is not None
        ):
            found.append(i)
    if len(found) >= MIN_ITEMS:
        for i in found:
            kinds[i] = "META"
