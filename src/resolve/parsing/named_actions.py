"""Minutes that tell the body's acts on persons in the passive, with no motion
and no agent, the way a faculty or a session records its dealings with
students or members: under a lead-in that introduces them ("Action was taken
touching several students as follows:-"), a paragraph whose sentences each
open with the person acted on by name ("Jane K. Doe was allowed to …. Tom
Roe's case was referred to …"), and, in a paragraph of its own, a person or a
class of persons disposed of in the passive ("Ann Lee was permitted to …",
"The pupils were divided into three classes …"). Under the counting
conventions of ``tests/real/README.md`` each is a decision the record states
(1), one resolution of one clause, the acts on different persons separate
resolutions (5); a sentence that goes on with a pronoun or an adverb ("He is to
…", "In the meantime …") continues the act before it, and the body's close
("The Faculty then adjourned.") is trailer.

:func:`named_actions`, a ``BREAKS`` row of :mod:`resolve.parsing.passes` run
after ``stated_approvals``, reads them only on a page of minutes (two words of
minutes) whose other records another reader understood (it has a THAT
clause)."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.sentence_gaps import sentence_gap

ACTIONS_LEAD = re.compile(
    r"(?i)\b(?:actions?|decisions?)\b[^\n:.;]{0,80}?\bas[ \t]++follows[ \t]*+:[ \t]*+[-–—]?[ \t]*+\Z"
)
"""The end of a paragraph that introduces the several acts the meeting took,
one on each person named below: "Action was taken touching several students
as follows:-", "The following decisions were made as follows:"."""
_NAME = r"[A-Z][a-z]++(?:[ \t]++(?:[A-Z]\.|[A-Z][a-z]++(?:['’]s)?)){1,3}"
"""A person's name: "Jane K. Doe", "Tom Roe's"."""
NAMED = re.compile(
    _NAME + r"[ \t]++(?:[a-z]++[ \t]++)?(?:was|were|is|has|had|lost|gained|[a-z]++(?<=ed))\b"
)
"""A sentence that opens with the person it acts on, by name ("Jane K. Doe was
allowed …", "Tom Roe's case was referred …", "Ann Lee lost her place …"); not
one that goes on with a pronoun ("He is to …") or an adverb ("In the meantime
…"), nor the body's close ("Faculty then adjourned")."""
DISPOSED = re.compile(
    r"(?:" + _NAME + r"|The[ \t]++(?:[a-z]++[ \t]++)?[a-z]++(?<=s))[ \t]++(?:was|were)[ \t]++"
    r"(?:allowed|permitted|granted|admitted|readmitted|put[ \t]++on[ \t]++probation"
    r"|divided[ \t]++into)\b"
)
"""A paragraph that opens with a person, or a class of persons, disposed of in
the passive: "Ann Lee was permitted to …", "The pupils were divided into three
classes …"."""
CLOSE = re.compile(r"(?:The[ \t]++)?[A-Z][a-z]++[ \t]++(?:then[ \t]++)?adjourned\b")
"""The body's close told as a sentence of the paragraph: "Faculty then adjourned
…", "The Board then adjourned." (trailer)."""
GAP = sentence_gap(blanks=r"[ \t\r\n]++", titles=True)
"""Where a sentence of a paragraph ends and the next begins."""
MINUTES_WORDS = 2
"""Different words of minutes the page needs."""
READ_KINDS = frozenset({"TEXT", "TRAILER", "META"})
"""The kinds of a paragraph that may hold such acts (another reader of the
minutes may have typed it head or trailer)."""


def _acts(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> list[tuple[int, str]]:
    """The pieces unit ``i`` is cut into, as (start, kind): each sentence that
    names the person acted on a THAT piece of its own, the close a TRAILER, when
    the unit above ends with the lead-in; the whole unit THAT when it opens with
    a disposition in the passive; empty otherwise."""
    u, text = units[i], ctx.text
    if kinds[i] not in READ_KINDS:
        return []
    if i > 0 and ACTIONS_LEAD.search(text, units[i - 1].start, units[i - 1].end):
        begins = [u.start, *(g.end() for g in GAP.finditer(text, u.start, u.end))]
        out = [
            (b, "TRAILER" if CLOSE.match(text, b, u.end) else "THAT")
            for b in begins
            if NAMED.match(text, b, u.end) or CLOSE.match(text, b, u.end)
        ]
        return out if any(k == "THAT" for _, k in out) else []
    if DISPOSED.match(text, u.start, u.end) is not None:
        return [(u.start, "THAT")]
    return []


def named_actions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each such act begins, and the unit after each paragraph read; the
    paragraphs cut at their acts (in place). Empty unless the page is minutes
    with a THAT clause."""
    if "THAT" not in kinds or ctx.minutes_words(len(ctx.text)) < MINUTES_WORDS:
        return []
    after = [u.start for u in units[1:]]
    starts: list[int] = []
    last = -1
    for i, a, k in ctx.cut_units(units, kinds, lambda i: _acts(ctx, units, kinds, i)):
        if i != last and last >= 0 and last < len(after):
            starts.append(after[last])
        last = i
        if k == "THAT":
            starts.append(a)
    if 0 <= last < len(after):
        starts.append(after[last])
    return starts
