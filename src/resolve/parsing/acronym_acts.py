"""Statements in clear language whose body, named by its acronym, acts twice
in one paragraph: one paragraph is one clause unless a sentence opens a new
act of the body (convention Q4 of ``tests/real/README.md``).

    WTU will survey its members on the new rota. Furthermore, WTU will
    publish the results in its bulletin.            (two clauses)

    WTU will survey its members on the new rota. The survey will close
    in May.                                         (one clause)

A pure pass over the classified units (it rewrites the units and their kinds
in place), a ``SETTLE`` row of :mod:`resolve.parsing.passes` after the "will"
statements are settled as operative text; where to cut is
:func:`resolve.parsing.body_acts.acronym_starts`."""

from __future__ import annotations

from resolve.parsing.body_acts import acronym_starts
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit


def acronym_acts(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Cut each operative statement ("THAT") of a body named by its acronym
    where the body acts anew: each part a clause of its own."""
    out: list[Unit] = []
    out_kinds: list[str] = []
    for u, kind in zip(units, kinds, strict=True):
        cuts = acronym_starts(ctx.text, u.start, u.end) if kind == "THAT" else []
        start = u.start
        for at in cuts:
            out.append(ctx.piece(u.kind, start, at))
            out_kinds.append(kind)
            start = at
        out.append(u if start == u.start else ctx.piece(u.kind, start, u.end))
        out_kinds.append(kind)
    if len(out) != len(units):
        units[:] = out
        kinds[:] = out_kinds
