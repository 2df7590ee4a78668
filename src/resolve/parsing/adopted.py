"""A page that lists adopted resolutions, one numbered item each.

Associations publish the resolutions a meeting adopted as a numbered list
under a heading such as "Resolutions Adopted", each item one sentence with no
formula ("1. The Association supports … (BD 1-1)"). Each item is then its own
resolution, not a clause of one: :func:`list_breaks` gives the offsets where
the parser must begin a new one. Reads the text; changes nothing.
"""

from __future__ import annotations

from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ADOPTED_LIST_HEAD

_OPENERS = frozenset({"FORMULA", "WHEREAS", "RESOLVES", "ORGAN", "CONNECTOR"})
"""Line kinds that show a resolution's own form: with any of them, the list is
that resolution's clauses."""


def list_breaks(text: str, units: list[Unit]) -> list[int]:
    """Where each numbered item after the first begins, when the text is a list of
    adopted resolutions (a "Resolutions Adopted" heading, numbered items, and no
    formula, recital opener or organ line anywhere); else nothing."""
    if any(u.kind in _OPENERS for u in units):
        return []
    head = next(
        (
            i
            for i, u in enumerate(units)
            if u.kind == "TEXT"
            and u.lines == 1
            and ADOPTED_LIST_HEAD.fullmatch(text, u.start, u.end)
        ),
        None,
    )
    if head is None:
        return []
    items = [
        u
        for u in units[head + 1 :]
        if u.kind == "MARKER" and text[u.start : u.end].lstrip()[:1].isdigit()
    ]
    if len(items) < 2:
        return []
    indent = min(_indent(text, u.start) for u in items)
    top = [u for u in items if _indent(text, u.start) == indent]
    return [u.start for u in top[1:]]


def _indent(text: str, at: int) -> int:
    return at - (text.rfind("\n", 0, at) + 1)
