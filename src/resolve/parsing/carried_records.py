"""Motions carried in the narrative of a record whose other decisions are
motions printed in a formula ("Resolved, That …"), as printed proceedings and
journals tell them, read by the machine:

- a member's motion with its outcome, in its paragraph or in a short paragraph
  of its own a little below it, the debate between: "Dr. A moved that the
  Society meet at nine. Agreed to.", "B moved that the papers be referred to the
  Secretary. Carried.", "C moved that the delegates be invited to seats." /
  "D spoke in favour." / "The motion was agreed to.";
- a motion told by its mover and the act done on it, after a comma: "On motion
  of Mr. E, the Council proceeded to the consideration of the report …", "On
  motion of Dr. F, the members of the county society were admitted to seats.";
- a text accepted as read, printed below the line that says so: "The following
  invitation was read and accepted:" / (the letter).

Each is a stated decision (counting conventions 1 and 6 of
``tests/real/README.md``): one resolution of one clause, in document order;
its outcome paragraph and the debate above it are its trailer. Not one: a
motion with no outcome told (8), one lost or withdrawn, one that only puts its
business off or adjourns ("On motion of G, the report was laid on the table.").
An election on motion is :mod:`resolve.parsing.election_records`' (it runs
first). A pure pass over the classified units, one row of ``BREAKS`` in
:mod:`resolve.parsing.passes`; the readers of minutes with no formula read such
motions themselves."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.election_records import FORMULA_KINDS, narrated_resolutions
from resolve.parsing.paragraphs import Unit
from resolve.parsing.procedural import NEGATIVED, PUTS_OFF

PARAGRAPH_MAX = 600
"""Characters of a paragraph that tells one motion, not a report that tells of several."""
OUTCOME_BELOW_MAX = 3
"""Paragraphs below a motion in which its outcome may stand (the debate between)."""
_NAME_DOT = r"(?:[^.;\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)"
"""A character of a mover's name and place: the stop of an initial or a short
title too ("T. J.", "Dr.", "Mrs.", "Hon.")."""
MOVED_THAT = re.compile(r"\bmoved[ \t]++that\b")
"""A motion as the record words it: "Dr. A moved that …"."""
OUTCOME_END = re.compile(
    r"(?:[.;][ \t]++|[ \t]+[-–—][ \t]*+)(?:(?:The|the)[ \t]++motion[ \t]++was[ \t]++(?:unanimously[ \t]++)?)?"
    r"(?:[Aa]greed[ \t]++to|[Cc]arried|[Aa]dopted)(?:[ \t]++unanimously)?[ \t]*+\.[ \t]*+\Z"
)
"""The outcome that ends the motion's paragraph: "… at nine. Agreed to.", "…
Carried.", "… The motion was carried."."""
OUTCOME_ALONE = re.compile(
    r"[ \t]*+(?:(?:The|This|Which)[ \t]++motion[ \t]++was[ \t]++(?:unanimously[ \t]++)?"
    r"(?:agreed[ \t]++to|carried|adopted)|(?:Agreed[ \t]++to|Carried|Adopted)(?:[ \t]++unanimously)?)"
    r"[ \t]*+\.[ \t]*+"
)
"""A paragraph that only tells the motion above carried: "The motion was agreed to.",
"Carried."."""
ON_MOTION_DONE = re.compile(
    r"[ \t]*+(?:Up)?[Oo]n[ \t]++(?:the[ \t]++)?motion(?:[ \t]++(?:of|by)[ \t]++[A-Z]"
    rf"{_NAME_DOT}{{0,80}}?)?[ \t]*+,[ \t]++(?!it[ \t]++was\b)"
    rf"{_NAME_DOT}{{0,160}}?(?:\b(?:was|were)[ \t]++(?:(?:duly|unanimously|then)[ \t]++)?[a-z]{{3,}}ed\b"
    r"|\bthe[ \t]++[A-Z][a-z]++[ \t]++(?:proceeded|went|resumed|agreed|concurred|voted|ordered|took)\b)"
)
"""A motion told by its mover and the act done on it: "On motion of Mr. A, the
Council proceeded to …", "On motion of Dr. B. C. Dale, of Avon, the delegates
were admitted to seats."; not "On motion of D, it was" over "Resolved, That …"
(the formula's introduction)."""
ACCEPTED_BELOW = re.compile(
    r"[ \t]*+The[ \t]++following[ \t]++(?:[a-z]++[ \t]++){1,2}?(?:was|were)[ \t]++"
    r"(?:read[ \t]++and[ \t]++)?(?:unanimously[ \t]++)?(?:accepted|adopted|approved|agreed[ \t]++to)"
    r"[ \t]*+:[ \t]*+"
)
"""A paragraph that states the body's acceptance of the text printed below it:
"The following invitation was read and accepted:", "The following report was
read and adopted:" (the text below its trailer)."""
ACCEPTED_TEXT_MAX = 8
"""Paragraphs of the text accepted below such a line (a letter's place and date,
address, body and signature)."""
LAID_OVER = re.compile(r"(?i)\b(?:laid|lay|lie)[ \t]++(?:up)?on[ \t]++the[ \t]++table\b|\btabled\b")
"""An act that only puts the business off: "… was laid on the table"."""


def _puts_off(ctx: Context, start: int, end: int) -> bool:
    """Does the motion from ``start`` to ``end`` only put its business off or
    adjourn, or fail (:data:`PUTS_OFF`, :data:`LAID_OVER`, :data:`NEGATIVED`)?"""
    return any(p.search(ctx.text, start, end) is not None for p in (PUTS_OFF, LAID_OVER, NEGATIVED))


def _accepted_text(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> int | None:
    """The last paragraph of the text accepted under ``units[i]`` ("The following
    invitation was read and accepted:"): the prose paragraphs below it, up to a
    motion; None when no prose follows (a formula's introduction, "The following
    resolution was adopted:" over "Resolved, That …", is the formula's)."""
    last = i
    for j in range(i + 1, min(len(units), i + 1 + ACCEPTED_TEXT_MAX)):
        below = units[j]
        if (
            kinds[j] != "TEXT"
            or MOVED_THAT.search(ctx.text, below.start, below.end) is not None
            or ON_MOTION_DONE.match(ctx.text, below.start, below.end) is not None
        ):
            break
        last = j
    return None if last == i else last


def _carried(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> int | None:
    """The last unit of the carried motion that ``units[i]`` tells (itself, or
    the short paragraph below that tells its outcome), or None."""
    u = units[i]
    if kinds[i] != "TEXT" or u.end - u.start > PARAGRAPH_MAX:
        return None
    if ACCEPTED_BELOW.fullmatch(ctx.text, u.start, u.end) is not None:
        return _accepted_text(ctx, units, kinds, i)
    done = ON_MOTION_DONE.match(ctx.text, u.start, u.end)
    if done is not None:
        return None if _puts_off(ctx, u.start, u.end) else i
    moved = [*MOVED_THAT.finditer(ctx.text, u.start, u.end)]
    if len(moved) != 1 or _puts_off(ctx, moved[0].start(), u.end):
        return None
    if OUTCOME_END.search(ctx.text, moved[0].end(), u.end) is not None:
        return i
    for j in range(i + 1, min(len(units), i + 1 + OUTCOME_BELOW_MAX)):
        below = units[j]
        if kinds[j] != "TEXT" or MOVED_THAT.search(ctx.text, below.start, below.end) is not None:
            return None
        if OUTCOME_ALONE.fullmatch(ctx.text, below.start, below.end) is not None:
            return j
    return None


def carried_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion carried in the narrative of a page of formula motions
    begins: its paragraph (TEXT) is marked THAT, a resolution of its own, the
    paragraphs down to its outcome TRAILER; and, when a formula motion follows
    before the next such motion, where that motion's resolution begins. Empty
    (and nothing changed) on a page with no formula or no minutes words."""
    if not any(k in FORMULA_KINDS for k in kinds) or ctx.minutes_words(len(ctx.text)) < 1:
        return []
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        last = _carried(ctx, units, kinds, i)
        if last is not None:
            found.append((i, last))
            i = last
        i += 1
    if not found:
        return []
    return narrated_resolutions(units, kinds, found)
