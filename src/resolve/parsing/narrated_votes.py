"""A news item or post that tells in its prose that a body voted to act, with no
formula, recital opener, list, motion or record of minutes that another reader
understood: "… the Representative Council voted at our September meeting to make
a donation to …", "a majority of the membership who were present, voted
overwhelmingly in favor of adopting a monthly assessment …". Each sentence that
tells the body voting is one resolution of one clause; what stands before the
first is the head (a headline, a lead-in), the rest the trailer (quotes, the
post's chrome). A pure pass over the classified units, the last row of ``BREAKS``
in :mod:`resolve.parsing.passes`."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.sentence_gaps import sentence_gap

READ_KINDS = frozenset({"TEXT", "META", "HEADING", "TRAILER", "KEYVAL"})
"""The kinds of a page the pass reads: any other is a form another reader understood."""
SENTENCE_MAX = 1500
"""Characters of a sentence that tells one vote."""

BODY_VOTED_TO = re.compile(
    r"(?i)\b(?:council|board|membership|members|assembly|committee|congregation|executive"
    r"|delegates|senate|conference|convention|chapter|branch|lodge|vestry|trustees|union|local"
    r"|association|federation|caucus|society|club|synod|session)"
    r"(?:,[^.;!?\n]{1,80}?,)?[ \t]++(?:ha(?:ve|s)[ \t]++)?voted[ \t]++(?:[a-z]++(?<=ly)[ \t]++)?"
    r"(?:\d{1,4}[ \t]*+[-–][ \t]*+\d{1,4}[ \t]++)?"
    r"(?:(?:at|on|during|in)[ \t]++[^.;,\n]{1,40}?[ \t]++)?"
    r"(?:to[ \t]++(?!(?:be|adjourn|table)\b)[a-z]|in[ \t]++favou?r[ \t]++of[ \t]++[a-z]++(?<=ing)\b)"
    r"|\b(?:membership|members)[ \t]++who[ \t]++were[ \t]++[^.;!?\n]{1,60}?,[ \t]++voted[ \t]++"
    r"(?:[a-z]++(?<=ly)[ \t]++)?(?:to[ \t]++(?!(?:be|adjourn|table)\b)[a-z]|in[ \t]++favou?r[ \t]++of[ \t]++[a-z]++(?<=ing)\b)"
)
"""The body voting to act, in a sentence of narrative: "the Council voted at our
meeting to make …", "the members have voted unanimously to …", "the local voted
212-9 to authorize …", "a majority of the
membership who were present and eligible to vote, voted overwhelmingly in favor of
adopting …" (not a vote to adjourn or to table, nor one "to be …")."""
SENTENCE_GAP = sentence_gap(before=r"[A-Za-z0-9)\]]{2}", titles=True, opens=r"[A-Z“\"]")
"""Where one sentence of a paragraph ends and the next begins."""


def _sentence(text: str, u: Unit, at: int) -> tuple[int, int]:
    """The sentence of unit ``u`` around offset ``at``."""
    start, end = u.start, u.end
    for gap in SENTENCE_GAP.finditer(text, u.start, u.end):
        if gap.end() <= at:
            start = gap.end()
        else:
            end = gap.start()
            break
    return start, end


def narrated_votes(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each vote of such a page begins: the units are split (in place) at
    each voting sentence's edges, the sentence THAT, what stands before the first
    META and the rest TRAILER. Empty (and nothing changed) on any other page."""
    if not units or any(k not in READ_KINDS for k in kinds):
        return []
    text = ctx.text
    votes: list[tuple[int, int]] = []
    for u in units:
        for m in BODY_VOTED_TO.finditer(text, u.start, u.end):
            s, e = _sentence(text, u, m.start())
            if e - s <= SENTENCE_MAX and (not votes or votes[-1][1] <= s):
                votes.append((s, e))
    if not votes:
        return []
    firsts = {s for s, _ in votes}
    cuts = sorted(firsts | {e for _, e in votes})
    split: list[Unit] = []
    for u in units:
        edges = [u.start, *(c for c in cuts if u.start < c < u.end), u.end]
        for a, b in pairwise(edges):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                split.append(Unit("TEXT", a, b, text.count("\n", a, b) + 1))
    first = votes[0][0]
    units[:] = split
    kinds[:] = [
        "THAT" if u.start in firsts else "META" if u.start < first else "TRAILER" for u in split
    ]
    return [u.start for u in split if u.start in firsts and u.start != first]
