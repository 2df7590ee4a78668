"""Minutes that list numbered items under a lead-in ending in a colon ("… and
the following changes were proposed:" / "1. …" / "2. …") and then tell, on the
line right under the list, that the items were voted on together ("These three
changes were voted on and agreed …", "All of the above were agreed
unanimously."): one vote on a package (counting convention Q5), so one
resolution whose clauses are the items, one per item, whatever an item says
on its own lines ("1. Who may sell? It was agreed that …"). Read by
:mod:`resolve.parsing.recorded_motions`, which takes each list's first item
as the record of the vote; pure functions over the classified units. A list
that hangs from the outcome told under a motion, on the other hand, tells
what the motion adopted: its items are no records of their own."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit, cut_unit
from resolve.parsing.patterns import MARKER, ends_with
from resolve.parsing.record_cues import OUTCOME_OPENS
from resolve.parsing.vote_cues import PACKAGE_VOTED

ITEMS_MAX = 12
"""Numbered items of one package."""
LINES_MAX = 4
"""Units under one item's number that continue it."""


def _number(ctx: Context, u: Unit, kind: str) -> int | None:
    """The number of an item "2. …" / "2) …", else None."""
    m = MARKER.match(ctx.text, u.start, u.end) if kind == "MARKER" else None
    n = m.group("on") if m is not None else None
    return int(n) if n is not None and n.isdigit() else None


def _closing(ctx: Context, u: Unit) -> int | None:
    """The offset of the line of ``u`` that tells the vote on the items above, if
    one does (the unit itself, or its last lines when a hard wrap joined them)."""
    at = u.start
    while at < u.end:
        if PACKAGE_VOTED.match(ctx.text, at, u.end) is not None:
            return at
        nl = ctx.text.find("\n", at, u.end)
        if nl < 0:
            return None
        at = nl + 1
    return None


def _package(
    ctx: Context, units: list[Unit], kinds: list[str], i: int
) -> tuple[list[list[int]], int | None] | None:
    """The items (each its units) of the list under lead-in ``i`` when the line
    right under the list tells they were voted on together, and where that line
    begins inside the last item (None when it is the unit after it); else None."""
    groups: list[list[int]] = []
    for k in range(i + 1, len(units)):
        u = units[k]
        if len(groups) > 1 and kinds[k] != "MARKER" and _closing(ctx, u) == u.start:
            return groups, None
        n = _number(ctx, u, kinds[k])
        if n is not None and n == len(groups) + 1 and len(groups) < ITEMS_MAX:
            groups.append([k])
        elif n is not None or not groups or len(groups[-1]) > LINES_MAX:
            return None
        else:
            groups[-1].append(k)
        cut = _closing(ctx, u)
        if cut is not None:
            return (groups, cut) if len(groups) > 1 and cut > u.start else None
    return None


def gather_packages(
    ctx: Context, units: list[Unit], kinds: list[str], allowed: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Each such list's items joined (in place) into one MARKER unit each, the
    closing line cut off the last item when a hard wrap joined it; the index of
    each list's first and last item. A lead-in is a unit of an ``allowed`` kind
    ending in a colon."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        found = (
            _package(ctx, units, kinds, i)
            if kinds[i] in allowed and ends_with(ctx.t(units[i]), ":")
            else None
        )
        if found is None:
            i += 1
            continue
        groups, cut = found
        last = groups[-1][-1]
        joined = [cut_unit(ctx.text, "MARKER", units[g[0]].start, units[g[-1]].end) for g in groups]
        tail: list[Unit] = []
        if cut is not None:
            joined[-1] = cut_unit(ctx.text, "MARKER", joined[-1].start, cut)
            tail = [cut_unit(ctx.text, "TEXT", cut, units[last].end)]
        units[i + 1 : last + 1] = [*joined, *tail]
        kinds[i + 1 : last + 1] = ["MARKER"] * len(joined) + ["TEXT"] * len(tail)
        spans.append((i + 1, i + len(joined)))
        i += 1 + len(joined)
    return spans


def _under_outcome(
    ctx: Context, units: list[Unit], kinds: list[str], r: int, taken: set[int]
) -> bool:
    """Is unit ``r`` an item of a list that hangs from the outcome told right under
    a motion ("Votes for 21 … Therefore the motion is carried. This confirms the
    following:" / "- That the motion to sell … was carried 15 to 2.")? What the
    motion adopted, its trailer, not a decision of its own."""
    j = r - 1
    while j > 0 and kinds[j] == "MARKER":
        j -= 1
    lead = units[j]
    return (
        kinds[r] == "MARKER"
        and j - 1 in taken
        and ends_with(ctx.t(lead), ":")
        and OUTCOME_OPENS.match(ctx.text, lead.start, lead.end) is not None
    )


def with_packages(
    ctx: Context,
    units: list[Unit],
    kinds: list[str],
    records: list[int],
    spans: list[tuple[int, int]],
) -> list[int]:
    """``records`` with each package's first item in place of any record among its
    items or on its closing line, and without the items of a list that hangs from
    a motion's outcome."""
    inside = {j for a, b in spans for j in range(a, b + 2)}  # its items and the closing line
    taken = {*records}
    kept = (
        r for r in records if r not in inside and not _under_outcome(ctx, units, kinds, r, taken)
    )
    return sorted({*kept, *(a for a, _ in spans)})


def mark_packages(kinds: list[str], spans: list[tuple[int, int]]) -> None:
    """Each package's items after its first a clause of its resolution (THAT)."""
    for a, b in spans:
        kinds[a + 1 : b + 1] = ["THAT"] * (b - a)
