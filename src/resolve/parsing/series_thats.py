"""Where a formula's series goes on and where it begins: after a clause, a
paragraph that opens the next "that" of the series ("Resolved, That …." /
"That copies …", or in lower case after ";" or "; and": "Resolved, that A;" /
"that B; and" / "that C."), one more clause of the same resolution; and
above the formula, a paragraph of reasons that ends on the formula's first
half ("… rethink its position. Be it therefore"), the last recital of a prose
preamble, which leads on into the formula below it. Predicates called from
:mod:`resolve.parsing.machine` and :mod:`resolve.parsing.records`."""

from __future__ import annotations

from resolve.parsing.builders import ResB
from resolve.parsing.context import Context
from resolve.parsing.motion_cues import THAT_ITEM
from resolve.parsing.paragraphs import SERIES_THAT
from resolve.parsing.patterns import CONNECTOR, ENDS_CONNECTOR, ends_with


def leads_on(text: str) -> bool:
    """Does a paragraph end in the first half of a formula, its resolving word
    on the line below ("… rethink its position. Be it therefore", "…; now,
    therefore, be it")? Then it is a prose preamble's last recital: a label
    line between it and the formula is no title (the prose is no page head)."""
    m = CONNECTOR.search(text, max(0, len(text) - 60))
    return m is not None and "be it" in " ".join(m.group().lower().split())


def further_that(ctx: Context, r: ResB, text: str) -> bool:
    """After a formula's clause that ended its sentence ("Resolved, That this
    council …."), does plain ``text`` open with a bare "That …" ("That copies of
    these resolutions be sent …"), or after one that ended on ";" or "; and",
    with the next "that …" of the series in lower case? Then it is the next
    clause of the same resolution."""
    tree = r.clauses
    if r.formula is None or not tree.roots:
        return False
    above = ctx.t_range(tree.roots[-1].start, tree.roots[-1].end)
    if THAT_ITEM.match(text) is not None:
        return ends_with(above, ".;")
    # "Resolved, that A;" / "that B; and" / "that C.": a series of resolving
    # "that"s in lower case, each paragraph one more clause of the formula.
    return SERIES_THAT.match(text) is not None and (
        ends_with(above, ";") or ENDS_CONNECTOR.search(above) is not None
    )
