"""A report's lead-in that tells, in the past tense, that a body adopted several
things, over the list of them:

    At its May meeting the Committee took the following actions:

    • That the Secretary write to …
    • That the Treasurer …

or "The following papers were agreed by the Board:" over "- Policy on …;" /
"- Notice to the press.". The lead-in reports several decisions, each item one
of them, so each item is one resolution of one clause (convention Q5 of
tests/real/README.md), whatever its items say; the lead-in and what stands
above it are head. The lead-in is :data:`~resolve.parsing.minutes_cues.LISTED_INTRO`
(both orders: "the following motions were adopted", "took the following
actions"); its items are list items of one marker family at one indentation,
deeper items staying with the item above them. A ``BREAKS`` pass of
:mod:`resolve.parsing.passes`, run after ``listed_motions`` (the same lead-in
over unmarked "THAT …" paragraphs)."""

from __future__ import annotations

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import MARKER

ITEMS_MIN = 2
"""Items under the lead-in that make it this form (one item is one resolution anyway)."""
ENACTING_KINDS = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN")
"""Kinds of a text with a formula, recital or organ of its own: never this form."""


def _family(ctx: Context, u: Unit) -> tuple[int, str] | None:
    """The indentation and marker family of list item ``u`` ("•", "-", "1."
    all one family per kind: bullet, number, letter), or None."""
    m = MARKER.match(ctx.text, u.start, u.end)
    if m is None:
        return None
    line = ctx.text.rfind("\n", 0, u.start) + 1
    lead = ctx.text[line : u.start] + m.group()
    indent = len(lead) - len(lead.lstrip(" \t\ufeff"))
    family = next((k for k in ("bullet", "paren", "open", "dec", "ord", "sec") if m[k]), "")
    return indent, family


def listed_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each listed decision under a past-tense lead-in begins: the lead-in
    marked INTRO (and what stands above it META), each top item THAT and its
    deeper items left as they are; empty unless two or more items of one
    family and indentation follow the lead-in and no formula, recital opener
    or organ line stands anywhere."""
    if any(k in ENACTING_KINDS for k in kinds):
        return []

    def listed(j: int) -> bool:
        return kinds[j] == "MARKER" and _family(ctx, units[j]) is not None

    for i, j in ctx.listed_runs(units, kinds, listed):
        if j == i + 1:
            continue
        top = _family(ctx, units[i + 1])
        items = [x for x in range(i + 1, j) if _family(ctx, units[x]) == top]
        deeper = all(
            (f := _family(ctx, units[x])) is not None and top is not None and f[0] > top[0]
            for x in range(i + 1, j)
            if x not in items
        )
        if len(items) < ITEMS_MIN or not deeper:
            continue
        head_above(kinds, i, also=("MARKER",))
        kinds[i] = "INTRO"
        for x in items:
            kinds[x] = "THAT"
        return [units[x].start for x in items[1:]]
    return []
