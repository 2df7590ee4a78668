"""Terse minutes that record each decision on one line agreed by a single word,
with no motion, mover or formula: "Two delegates to send. Agreed.", "Agreed to
buy a projector.", "Affiliation to the campaign - Agreed.", "£150 agreed.", under
headings and notes. Each line that agrees an item is one resolution of one
clause; the page before the first is its head, the rest trailers. A pure pass
over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`, run before the last reader of minutes
(:mod:`resolve.parsing.fallback_records`), which reads only some of these lines;
(a decision whose one sentence records two, "… agreed to adopt …, and also
agreed that …", stays one clause: convention Q4 of tests/real/README.md)."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.minutes_cues import (
    AGREED_HEAD,
    AGREED_NOT,
    AGREED_TAIL,
    DECIDED_LINE_MAX,
    DECIDED_SENTENCE,
    MINUTES_HEADINGS,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.result_cues import MEETING_KIND
from resolve.parsing.stated_approvals import approval

READ_KINDS = frozenset({"TEXT", "MARKER", "KEYVAL", "TRAILER", "META", "HEADING", "VERB"})
"""Kinds of a page this pass reads: any other (a formula, a motion, a clause, a
recital) is a form another reader understood."""
AGREED_LINES = 3
"""Agreed lines a page needs to be read this way (one or two are read by the
last reader of minutes, sentence by sentence)."""
LINE_MAX = 300
"""Characters of one agreed line: a longer one is narrative, not a terse item."""
MINUTES_WORDS = 2
"""Words of minutes the page needs ("meeting", "minutes", "agenda"), a field
heading ("Matters arising", "Apologies") counted as one, and so the kind of
meeting named ("AGM"), as the last reader of minutes counts it."""


def _agreed(ctx: Context, u: Unit) -> bool:
    """Does a line of ``u`` agree an item tersely?"""
    at = u.start
    for line in ctx.t(u).split("\n"):
        end = at + len(line)
        if len(line) <= LINE_MAX and (
            (
                AGREED_NOT.search(ctx.text, at, end) is None
                and (
                    AGREED_TAIL.fullmatch(ctx.text, at, end) is not None
                    or AGREED_HEAD.match(ctx.text, at, end) is not None
                )
            )
            or approval(ctx.text, at, end)  # "Agreed as true record.": stated, counted
        ):
            return True
        if len(line) <= DECIDED_LINE_MAX and DECIDED_SENTENCE.search(ctx.text, at, end):
            return True  # "… at busy times. RESOLVED and noted. The Council thanked …"
        at = end + 1
    return False


def agreed_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of terse minutes agreed line by line begins: each
    unit with such a line one resolution of one clause (THAT), the units before
    the first its head (META), the others trailers (TRAILER). Empty when the
    page has a form another reader understood, is not minutes, or agrees fewer
    than three items so."""
    if any(k not in READ_KINDS for k in kinds):
        return []
    heading = MINUTES_HEADINGS.search(ctx.text) is not None
    kind = MEETING_KIND.search(ctx.text) is not None  # "Annual General Meeting", "AGM"
    if ctx.minutes_words(len(ctx.text)) + heading + kind < MINUTES_WORDS:
        return []
    records = [i for i, u in enumerate(units) if _agreed(ctx, u)]
    if len(records) < AGREED_LINES:
        return []
    for j in range(len(units)):
        kinds[j] = "META" if j < records[0] else "THAT" if j in records else "TRAILER"
    return [units[i].start for i in records[1:]]
