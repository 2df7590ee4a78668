"""Elections stated as made in the narrative of a record whose other decisions
are motions in a formula ("Resolved, That …"), read by the machine: "Eld. A. Ash
chosen Moderator, and B. Birch, Clerk." / "On motion," / "Resolved, That …",
"On motion, A was elected President, and B Secretary." / "A moved that …". The
paragraph that states the election (one or two sentences, see
:mod:`resolve.parsing.elections`) is one resolution of one clause of its own,
in document order; the narrative around it stays the head or trailer of the
resolutions it stands among. A pure pass over the classified units, one row of
``BREAKS`` in :mod:`resolve.parsing.passes`; the readers of minutes with no
formula read such sentences themselves."""

from __future__ import annotations

from resolve.parsing.context import Context
from resolve.parsing.elections import election_made
from resolve.parsing.paragraphs import Unit
from resolve.parsing.sentence_gaps import sentence_gap

FORMULA_KINDS = frozenset({"FORMULA", "INTRO"})
"""Kinds that show the page's motions are in a formula the machine reads."""
PARAGRAPH_MAX = 400
"""Characters of a paragraph that states one election, not a report that tells of one."""
MINUTES_WORDS = 1
"""Words of minutes ("meeting", "motion", "minutes") the page needs, one at
least ("On motion, A was elected President."): a record of a meeting, not a
resolution whose prose preamble tells of an election."""
SENTENCES_MAX = 2
"""Sentences of such a paragraph (a heading sentence may stand before the election)."""
SENTENCE_GAP = sentence_gap(titles=True, blanks=r"[ \t\n]++", opens=r"[A-Z“\"]")
"""Where one sentence of a paragraph ends and the next begins."""


def _stated(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short paragraph of narrative that states an election as made?"""
    if u.end - u.start > PARAGRAPH_MAX:
        return False
    gaps = len(SENTENCE_GAP.findall(ctx.text, u.start, u.end))
    return gaps < SENTENCES_MAX and election_made(ctx.text, u.start, u.end) is not None


def election_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each election stated in the narrative of a page of formula motions
    begins: its paragraph (TEXT) is marked THAT, a resolution of its own; and,
    when a formula motion follows before the next election, where that motion's
    resolution begins (its formula or the line that introduces it). Empty
    (and nothing changed) on a page with no formula, or that is no record of a
    meeting ("A was elected mayor in May." over "NOW, THEREFORE, BE IT RESOLVED")."""
    if (
        not any(k in FORMULA_KINDS for k in kinds)
        or ctx.minutes_words(len(ctx.text)) < MINUTES_WORDS
    ):
        return []
    elections = [i for i, u in enumerate(units) if kinds[i] == "TEXT" and _stated(ctx, u)]
    return narrated_resolutions(units, kinds, [(i, i) for i in elections])


def narrated_resolutions(
    units: list[Unit], kinds: list[str], found: list[tuple[int, int]]
) -> list[int]:
    """Where each decision told in the narrative of a page of formula motions
    begins, and the formula motion after it: each of ``found`` is (its
    paragraph, the last paragraph of its record); the first is marked THAT, a
    resolution of its own, the rest down to the last TRAILER; when a formula
    motion follows before the next one, its resolution begins there too."""
    if not found:
        return []
    starts: list[int] = []
    stops = [first for first, _ in found[1:]] + [len(units)]
    for (first, last), stop in zip(found, stops, strict=True):
        kinds[first] = "THAT"
        for j in range(first + 1, last + 1):
            kinds[j] = "TRAILER"
        starts.append(units[first].start)
        motion = next((j for j in range(last + 1, stop) if kinds[j] in FORMULA_KINDS), None)
        if motion is not None:
            starts.append(units[motion].start)  # the next motion, not this one's clause
    return starts
