"""A report's numbered list of the motions a meeting passed, one paragraph per
motion, under the sentence that tells the meeting passed them ("At its meeting
the Council passed the following two resolutions:" / "(1) Resolution moved by
A relating to …" / "(2) …"). Under the counting conventions of
``tests/real/README.md`` (1, stated decisions; 5, listed motions) each item is
one resolution of one clause, its text given or only described. An item that
is only the motion's label ("(1) Motion on “…”, moved by A") over the motion
quoted in the next paragraph ("“That this Council …”") is that motion's head,
and the quoted paragraph its clause. A pure pass over the classified units,
one row of ``BREAKS`` in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.result_cues import PASSED_LIST

NUMBERED = re.compile(r"[ \t]*+\((?:\d{1,2})\)|[ \t]*+\d{1,2}[.)](?=[ \t]*+\S)")
"""The number that opens a listed item: "(1)", "(2) ", "3. "."""
ITEM_KINDS = frozenset({"TEXT", "MARKER", "THAT"})
"""The kinds a listed item may have been given: prose, a list item, a motion."""
ITEMS_MIN = 2
"""Items a page needs under such sentences (one may be chance)."""


def _lead_in(ctx: Context, u: Unit, kind: str) -> bool:
    """Does ``u`` end with the sentence that tells the meeting passed the motions
    listed below it ("… passed the following three motions with no legislative
    effect:")?"""
    if kind not in ("TEXT", "INTRO"):
        return False
    m = PASSED_LIST.search(ctx.text, u.start, u.end)
    return m is not None and not ctx.text[m.end() : u.end].strip()


def passed_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of such lists begins: each item that holds the motion
    (or describes it) is typed THAT; a label item over a quoted motion (THAT) is
    typed META, the head of that motion; each lead-in is typed META. Empty (and
    nothing changed) unless the lists hold two items or more."""
    items: list[int] = []
    leads: list[int] = []
    for i, u in enumerate(units):
        if not _lead_in(ctx, u, kinds[i]):
            continue
        leads.append(i)
        j = i + 1
        while j < len(units) and kinds[j] in ITEM_KINDS:
            if NUMBERED.match(ctx.text, units[j].start, units[j].end) is not None:
                items.append(j)
            elif not (kinds[j] == "THAT" and items and items[-1] == j - 1):
                break  # not the motion quoted under its label item: the list ends
            j += 1
    if len(items) < ITEMS_MIN:
        return []
    for i in leads:
        kinds[i] = "META"
    for j in items:
        label = j + 1 < len(units) and j + 1 not in items and kinds[j + 1] == "THAT"
        kinds[j] = "META" if label else "THAT"
    return [units[j].start for j in items]
