"""A later formula that names only its resolving body before a colon, over a
list: "BE IT FURTHER RESOLVED that the Council will:", "RESOLVED FURTHER, THAT
TO THIS END THE BOARD SHALL:", "Be it also resolved that this Convention:". As
under a first formula of that kind, each item of its list is a clause of its
own, not a sub-item of one clause; the formula's words lead the first item
(as "The CLC will: co-ordinate …" leads its clause). Called when a resolution
is finished (:meth:`resolve.parsing.assembly.Assembly.finish`)."""

from __future__ import annotations

import re

from resolve.parsing.builders import ClauseB, ResB, _body_named_by
from resolve.parsing.context import Context
from resolve.parsing.patterns import match_lead


def further_body_lists(ctx: Context, r: ResB) -> None:
    """Make the items of each later body-only formula's list clauses."""
    if r.formula is None or len(r.clauses.roots) < 2:
        return
    roots: list[ClauseB] = []
    for k, c in enumerate(r.clauses.roots):
        if k == 0 or not _body_only_over_list(ctx, c):
            roots.append(c)
            continue
        first = c.children[0]
        first.start, first.lead, first.marker, first.style, first.number = (
            c.start,
            c.lead,
            None,
            None,
            None,
        )
        roots.extend(c.children)
    r.clauses.roots[:] = roots


OWN_LEAD_IN = re.compile(
    r"(?:[^.;:!?\n]{1,80}?,?[ \t\r\n]++)?"
    r"(?:[Ww]e|(?:[Tt]h(?:e|is)[ \t\r\n]++)?[A-Z][\w&'’-]*+(?:[ \t\r\n]++[A-Z][\w&'’-]*+){0,5})"
    r"[ \t\r\n]++(?:(?:will|shall|also|hereby|further)[ \t\r\n]++)?[a-z]++[ \t\r\n]++"
    r"(?:(?:ourselves|itself)[ \t\r\n]++)?(?:to[ \t\r\n]++)?the[ \t\r\n]++following[ \t]*+:"
)
"""A sentence of a resolving paragraph, cut off as a new act of its body
(:mod:`resolve.parsing.body_acts`), whose only content is the body and its verb
over the list below, after a purpose phrase if any: "To meet that duty, we
commit to the following:", "In support of this, the Society agrees to the
following:" (convention Q7: a body-only formula, its items clauses)."""


def _body_only_over_list(ctx: Context, c: ClauseB) -> bool:
    """Is ``c`` a formula with a lead whose own text names only the resolving
    body before a colon, over two or more marked items?"""
    if c.marker is not None or len(c.children) < 2:
        return False
    if any(ch.marker is None for ch in c.children):
        return False
    own = ctx.text[c.start : c.children[0].start].rstrip()
    if c.lead is None:
        return OWN_LEAD_IN.fullmatch(own) is not None
    m = match_lead(own)
    if m is None or not own.endswith(":"):
        return False
    rest = own[m.end() :].strip()
    return bool(rest) and _body_named_by(rest) is not None
