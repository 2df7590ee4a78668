"""Operative paragraphs printed with no formula of their own after a resolving
clause: "The Director is further authorized to …", "This resolution shall take
effect immediately." (each a clause of the same resolution)."""

from __future__ import annotations

import re

from resolve.model import FormulaKind
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
    if organ_acts_again(ctx, r, start, end):
        return True
    return (
        r.formula is not None
        and bool(tree.roots)
        and not is_section(ctx.text, tree.roots[-1].start, tree.roots[-1].end)
        and OPERATIVE_SENTENCE.match(ctx.text, start, end) is not None
        and ends_with(ctx.t_range(start, end), ".")
        and ends_with(ctx.t_range(tree.roots[-1].start, tree.roots[-1].end), ".")
    )


_LINKING = r"(?:(?:Furthermore|Moreover|Finally|Lastly|In[ \t]++addition),?[ \t]++)?(?:the[ \t]++|this[ \t]++)?"
"""An operative paragraph's opening before the organ named again: "Furthermore, the "."""


def organ_acts_again(ctx: Context, r: ResB, start: int, end: int) -> bool:
    """After the operative paragraphs of an organ line ("The Assembly," /
    "condemns …," / "appeals to …."), is ``start``-``end`` a paragraph that
    names the organ again as its subject, after a linking word or not, with an
    operative verb ("Furthermore, the Assembly calls on …", "The Assembly
    further requests …")? Then it is the next operative paragraph."""
    f = r.formula
    if f is None or f.body is None or not r.clauses.roots or f.kind is not FormulaKind.ORGAN:
        return False
    words = f.body.split()
    if not 1 <= len(words) <= 8:
        return False
    name = r"[ \t\r\n]++".join(re.escape(w) for w in words)
    m = re.compile(rf"[ \t]*+{_LINKING}{name}[ \t\r\n]++", re.IGNORECASE).match(
        ctx.text, start, end
    )
    return (
        m is not None and ctx.ops.match(" ".join(ctx.text[m.end() : end].split()[:4])) is not None
    )
