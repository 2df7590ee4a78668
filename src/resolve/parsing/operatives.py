"""Operative paragraphs printed with no formula of their own after a resolving
clause: "The Director is further authorized to …", "This resolution shall take
effect immediately." (each a clause of the same resolution)."""

from __future__ import annotations

from resolve.parsing.builders import ResB
from resolve.parsing.context import Context
from resolve.parsing.patterns import ends_with, is_section
from resolve.parsing.sentences import OPERATIVE_SENTENCE


def operative_goes_on(ctx: Context, r: ResB, start: int, end: int) -> bool:
    """After a formula's clause that ended its sentence ("BE IT RESOLVED that the
    Board hereby authorizes …."), is plain text ``start``-``end`` an operative
    sentence of its own, a named subject with a passive mandate ("The Manager is
    further authorized to …") or the resolution's effective date ("This
    resolution shall take effect …")? Then it is the next clause (not under a
    numbered section's heading: the section's own text; nor a paragraph that
    runs on to the next formula, "…; and be it further", which continues it)."""
    tree = r.clauses
    return (
        r.formula is not None
        and bool(tree.roots)
        and not is_section(ctx.text, tree.roots[-1].start, tree.roots[-1].end)
        and OPERATIVE_SENTENCE.match(ctx.text, start, end) is not None
        and ends_with(ctx.t_range(start, end), ".")
        and ends_with(ctx.t_range(tree.roots[-1].start, tree.roots[-1].end), ".")
    )
