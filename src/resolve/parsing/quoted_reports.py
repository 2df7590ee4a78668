"""A report that quotes the one resolution a body passed, after a lead-in that
names it with a verb of saying, in paragraphs of their own:

    Members passed the motion and adopted a resolution which reads as follows:
    “The Roads Board is requested to repair the bridges …
    “The closure of the east road … is deplored.”

or run into the report's own paragraph ("… The resolution said: "The Council
calls on …"", "… a resolution which states, “the Assembly, mindful of …,
resolves …”"). The report and the lead-in's words speak of the resolution
from outside: its head (META; tests/corpus/README.md). The quotation is the
resolution: each of its paragraphs one unit, cut where a later sentence opens
a new act of the body, named or as "It" (convention Q4 of
tests/real/README.md); a paragraph in which the body only notes is a recital
while no other statement has come before it, every other statement a clause
(Q3). A line that opens no quotation between two quoted paragraphs (a page's
link line) is furniture; the report's text after the quotation closes is the
trailer. A ``SETTLE`` pass of :mod:`resolve.parsing.passes`; the machine asks
:func:`quoted_next` and :func:`between_quoted`."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.body_statements import only_notes, statement_cuts
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit

SAYS = re.compile(
    r"\b(?i:resolution|motion)\b[^.!?\n“”\"]{0,160}?\b(?:reads?|reading|says|said|states|stated|runs|ran)"
    r"(?:[ \t]++as[ \t]++follows)?[ \t]*+[:,]?[ \t]*+(?:(?P<quote>[“\"‘])|$)"
)
"""A report's words that name the resolution and say what it reads, the
quotation after them or on the next paragraph: "… a resolution which reads as
follows:", "The resolution read: "…", "… in the House which says, “…", "… a
motion which states: ‘…" (double or single quotation marks)."""
OPENS_QUOTE = re.compile(r"[ \t]*+[“\"‘]")
"""A paragraph that opens a quotation."""
CLOSES_QUOTE = re.compile(r"[”\"’][ \t]*+$")
"""A paragraph that closes the quotation at its end."""
_OWN_FORM = frozenset({"WHEREAS", "FORMULA", "RESOLVES", "ORGAN", "MARKER"})
"""Kinds that show the page has a form of its own, read elsewhere."""
_REPORT = frozenset({"TEXT", "INTRO", "KEYVAL", "PHRASE", "THAT", "META", "HEADING"})
"""Kinds of the report's paragraphs above the quotation."""
LINE_MAX = 200
"""Characters of a link line between quoted paragraphs."""


def _opens(text: str, u: Unit) -> bool:
    return OPENS_QUOTE.match(text, u.start, u.end) is not None


def _closes(text: str, u: Unit) -> bool:
    return CLOSES_QUOTE.search(text, u.start, u.end) is not None


def _link_line(text: str, units: list[Unit], k: int) -> bool:
    """Is unit ``k`` one short line that opens no quotation, between a quoted
    paragraph that leaves the quotation open and one that opens it again?"""
    u = units[k]
    return (
        0 < k < len(units) - 1
        and u.lines == 1
        and u.end - u.start <= LINE_MAX
        and not _opens(text, u)
        and _opens(text, units[k + 1])
        and not _closes(text, units[k - 1])
    )


def _lead_in(ctx: Context, units: list[Unit], kinds: list[str]) -> tuple[int, int] | None:
    """The unit whose words lead in to the quotation and where the quotation
    opens (inside it or at the next unit's start), or None."""
    text = ctx.text
    for i, u in enumerate(units):
        if kinds[i] not in _REPORT:
            continue
        for m in SAYS.finditer(text, u.start, u.end):
            if m["quote"] is not None:
                return i, m.start("quote")
            if m.end() == u.end and i + 1 < len(units) and _opens(text, units[i + 1]):
                return i, units[i + 1].start
    return None


def _same_paragraph(text: str, above: Unit, u: Unit) -> bool:
    """Was ``u`` cut from the paragraph ``above`` ends (no line break between)?"""
    return "\n" not in text[above.end : u.start]


def _quotation(
    ctx: Context, units: list[Unit], k: int, quoted: list[Unit]
) -> tuple[int, list[Unit]]:
    """Extend ``quoted`` with the units from ``k`` that go on with the quotation:
    paragraphs that open it (again), pieces cut from an open paragraph; the
    link lines between them apart. Where the quotation's units end, and the
    link lines."""
    text = ctx.text
    links: list[Unit] = []
    closed = bool(quoted) and _closes(text, quoted[-1])
    while k < len(units):
        u = units[k]
        if _opens(text, u) or (quoted and not closed and _same_paragraph(text, quoted[-1], u)):
            quoted.append(u)
            closed = _closes(text, u)
        elif quoted and not closed and _link_line(text, units, k):
            links.append(u)
        else:
            break
        k += 1
    return (k if closed else -1), links


def settle_quoted_report(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Read such a report (units cut in place): the lead-in and the report above
    it META, the quoted paragraphs cut at the body's new acts and marked PHRASE
    (a noting paragraph before any other) or THAT, link lines between them
    META, the report after the quotation TRAILER. Nothing changes unless the
    page has no form of its own and the quotation closes."""
    if any(k in _OWN_FORM for k in kinds):
        return
    found = _lead_in(ctx, units, kinds)
    if found is None:
        return
    text = ctx.text
    i, q = found
    lead = units[i]
    inline = q < lead.end
    head = [*units[:i], ctx.piece("TEXT", lead.start, q)] if inline else units[: i + 1]
    quoted = [ctx.piece("TEXT", q, lead.end)] if inline else []
    end, links = _quotation(ctx, units, i + 1, quoted)
    if end < 0 or not quoted:
        return
    pieces: list[Unit] = []
    for u in quoted:
        edges = [u.start, *statement_cuts(text, u.start, u.end), u.end]
        pieces += [ctx.piece("TEXT", a, b) for a, b in pairwise(edges)]
    body = sorted([*pieces, *links], key=lambda u: u.start)
    new_kinds = ["META"] * len(head)
    acted = False
    for u in body:
        if u in links:
            new_kinds.append("META")
        elif not acted and only_notes(text, u):
            new_kinds.append("PHRASE")
        else:
            acted = True
            new_kinds.append("THAT")
    new_kinds += ["TRAILER"] * (len(units) - end)
    units[:] = [*head, *body, *units[end:]]
    kinds[:] = new_kinds


def between_quoted(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` a link line between two clauses of such a quotation: page
    furniture, in no part?"""
    return (
        kinds[i] == "META"
        and 0 < i < len(units) - 1
        and kinds[i - 1] == kinds[i + 1] == "THAT"
        and _link_line(ctx.text, units, i)
    )


def _in_quotation(text: str, units: list[Unit], kinds: list[str], j: int) -> bool:
    """Does the paragraph that clause unit ``j`` ends (``j`` or the pieces cut
    from it before it) open a quotation?"""
    while j > 0 and kinds[j - 1] == "THAT" and _same_paragraph(text, units[j - 1], units[j]):
        j -= 1
    return _opens(text, units[j])


def quoted_next(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the clause unit ``i`` the next unit of such a quotation, right under
    the one before (a link line between them aside): a paragraph that opens the
    quotation again, or a sentence of the same paragraph that opens a new act?
    Then it is a clause of its own, not text of the one above."""
    if i == 0 or kinds[i] != "THAT":
        return False
    j = i - 1
    if j > 0 and between_quoted(ctx, units, kinds, j):
        j -= 1
    text = ctx.text
    if kinds[j] != "THAT" or not _in_quotation(text, units, kinds, j):
        return False
    if _opens(text, units[i]):
        return True
    return _same_paragraph(text, units[j], units[i]) and units[i].start in statement_cuts(
        text, units[j].start, units[i].end
    )
