"""Terse minutes that note each request and its outcome with no subject and no
auxiliary, the body named only as the agent of the approval: "Request for a
grant: approved by the board.", "Donation of $500 approved by the committee.",
and under an item's caption a line that only says it was approved ("Hall
hire" / "Approved by all present."). Under the counting conventions of
``tests/real/README.md`` (1, stated decisions) each is a decision the record
states: one resolution of one clause; two such sentences in one paragraph are
decisions on different matters, one resolution each (5).

:func:`agent_approvals`, a ``BREAKS`` row of :mod:`resolve.parsing.passes` run
before ``body_decisions``, reads them only on a page whose motions another
reader understood (it has a THAT clause) and that names a meeting."""

from __future__ import annotations

import re

from resolve.parsing.body_decisions import BODY_NOUN, DONE_BELOW, GAP, NOT_DONE
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ends_with

AGENT_APPROVED = re.compile(
    r"(?<=[\w$%):])[ \t]++"
    r"(?i:approved|accepted|endorsed)[ \t]++by[ \t]++the[ \t]++(?i:" + BODY_NOUN + r")\b"
    r"[ \t]*+[.!]?[ \t]*+\Z"
)
"""A sentence that ends on its approval, the body its agent: "…: approved by the
board.", "$1,600 approved by the committee."; read only with no auxiliary before
it (:data:`TOLD_IN_FULL`: not "… was approved by the board.", read by
``body_decisions``), nor "… to be approved by the board"
(:data:`~resolve.parsing.body_decisions.NOT_DONE`)."""
TOLD_IN_FULL = re.compile(r"\b(?i:was|were|is|are|been|be|has|have|had)\b")
"""An auxiliary before the approval in its sentence: the approval told in full,
its verb joined to another ("… were voted on and approved by the committee"),
which the readers of stated decisions and of voted lists read, not this one."""
ONLY_DONE = re.compile(r"(?:[ \t]++by[ \t]++[a-z][a-z ]{0,40}+)?[ \t]*+[.!]?[ \t]*+")
"""What may follow an approval with no subject on its own line: its agent in
lower case ("… by all parties.") and its stop; not a date ("Approved July 13")."""
READ_KINDS = frozenset({"TEXT", "TRAILER"})
"""The kinds of a paragraph that may note such an outcome."""
CAPTION_MAX = 100
"""Characters of an item's caption line over an approval with no subject."""


def _noted(text: str, u: Unit) -> list[int]:
    """The ends of the sentences of ``u`` that each note an approval with the
    body as its agent (:data:`AGENT_APPROVED`)."""
    begins = [u.start, *(g.end() for g in GAP.finditer(text, u.start, u.end))]
    ends = [*(g.start() + 1 for g in GAP.finditer(text, u.start, u.end)), u.end]
    return [
        e
        for b, e in zip(begins, ends, strict=True)
        if (m := AGENT_APPROVED.search(text, b, e)) is not None
        and NOT_DONE.search(text, b, e) is None
        and TOLD_IN_FULL.search(text, b, m.start()) is None
    ]


def _under_caption(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` a line that only says it was approved (``DONE_BELOW``, then
    :data:`ONLY_DONE`) right under an item's caption: one short line that ends
    no sentence?"""
    u = units[i]
    done = DONE_BELOW.match(ctx.text, u.start, u.end)
    if i == 0 or done is None or kinds[i - 1] not in READ_KINDS:
        return False
    if ONLY_DONE.fullmatch(ctx.text, done.end(), u.end) is None:
        return False
    cap = units[i - 1]
    caption = ctx.t(cap).strip()
    return (
        cap.lines == 1
        and len(caption) <= CAPTION_MAX
        and not ends_with(caption, ".;,:")
        and NOT_DONE.search(ctx.text, u.start, u.end) is None
        and u.lines == 1
    )


def agent_approvals(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each approval such minutes note begins (a paragraph cut after each
    approval that another follows in it), each piece marked THAT, and the unit
    after each paragraph read. Empty unless the page has a THAT clause and
    names a meeting."""
    if "THAT" not in kinds or ctx.minutes_words(len(ctx.text)) < 1:
        return []
    text = ctx.text
    out: list[Unit] = []
    out_kinds: list[str] = []
    starts: list[int] = []
    for i, (u, kind) in enumerate(zip(units, kinds, strict=True)):
        ends = _noted(text, u) if kind in READ_KINDS else []
        if not ends and not (kind in READ_KINDS and _under_caption(ctx, units, kinds, i)):
            out.append(u)
            out_kinds.append(kind)
            continue
        begin = u.start
        for e in [*ends[:-1], u.end]:
            while begin < e and text[begin].isspace():
                begin += 1
            out.append(ctx.piece(u.kind, begin, e))
            out_kinds.append("THAT")
            starts.append(begin)
            begin = e
        if i + 1 < len(units):
            starts.append(units[i + 1].start)
    units[:] = out
    kinds[:] = out_kinds
    return starts
