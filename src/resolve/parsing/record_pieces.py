"""The pieces the last reader of minutes (:mod:`resolve.parsing.fallback_records`)
reads a page in: its sentences and lines, each cut further before each motion a
sentence lists after telling that the meeting passed them, after each act's vote
tally that a semicolon parts from the next act, and before the "and" of an
election stated as made after a decision in the same sentence."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.context import Context
from resolve.parsing.elections import joined_cuts
from resolve.parsing.paragraphs import Unit
from resolve.parsing.result_cues import LISTED_ITEM, PASSED_LIST, TALLIED_GAP, TALLY

GAP = re.compile(
    r"(?<=[a-z0-9)\]]{2})(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?=\.[ \t]\d))"
    r"(?<!\bSept(?=\.[ \t]\d))"
    r"[.!?][\"”’')]?[ \t]++(?=[A-Z0-9\[(“\"])"
    r"|(?<=[.!?;:\"”’')])\n|\n(?![ \t]*+\n?[ \t]*+[a-z][^\n]*?[.!?][\"”’')]?[ \t]*+(?:\n|\Z))"
)
"""Where one sentence (or line) of a paragraph ends and the next begins; a line
that ends no sentence goes on with the next when that one opens in lower case
and ends the sentence (across one blank line too), the tail of a hard wrap
("… that the agenda be adopted as" / "presented." / "MOTION CARRIED"); a
month's abbreviation before its day ("Aug. 17", "Sept. 28") ends no sentence."""


def pieces(ctx: Context, units: list[Unit]) -> list[tuple[int, int]]:
    """The sentences and lines of the units, as (start, end) spans without the
    spaces around them."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for u in units:
        begin = u.start
        for gap in [*GAP.finditer(text, u.start, u.end), None]:
            stop = u.end if gap is None else gap.start() + len(gap.group().rstrip())
            s, e = begin, stop
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.extend(
                    t
                    for a, b in _listed_split(text, s, e)
                    for c, d in _tallied_split(text, a, b)
                    for t in _joined_split(text, c, d)
                )
            if gap is not None:
                begin = gap.end()
    return out


def _listed_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, cut before each motion it lists after
    telling that the meeting passed them ("… passed the following motions: (1)
    “That …”; (2) “that …”"); the sentence whole if it lists none."""
    m = PASSED_LIST.search(text, s, e)
    if m is None:
        return [(s, e)]
    cuts = [i.end() for i in LISTED_ITEM.finditer(text, m.end(), e)]
    if not cuts or text[m.end() : cuts[0]].strip():
        return [(s, e)]  # the first motion not right after the sentence
    out = []
    for a, b in pairwise([s, *cuts, e]):
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def _tallied_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, cut after each act's vote tally that a
    semicolon parts from the next act ("Bill 14-04 To fund … [[29:0:0]]; Bill 14-05
    …")."""
    cuts = [
        g.end()
        for t in TALLY.finditer(text, s, e)
        if (g := TALLIED_GAP.match(text, t.end() - 1, e)) is not None
    ]
    return [(a, b) for a, b in pairwise([s, *cuts, e])]


def _joined_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, cut before the "and" of an election
    stated as made after a decision in the same sentence ("The budget was
    approved, and the trustees were re-appointed."); the sentence whole if none."""
    cuts = joined_cuts(text, s, e)
    return [(a, b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in pairwise([s, *cuts, e])]
