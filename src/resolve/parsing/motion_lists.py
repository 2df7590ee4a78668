"""Minutes that report several motions under one lead-in and list them below
it, one item each: "the Council approved by common consent two motions it had
passed in closed session:" / "- The treasurer will present …" / "- The fee will
rise …". The lead-in counts the motions itself ("two motions", "the following
motions"), so each item was adopted on its own and is one resolution of one
clause, the lead-in their head (convention Q5 of tests/real/README.md). Called
by :mod:`resolve.parsing.fallback_records`, which reads the minutes sentence by
sentence; the items it finds here are records of their own."""

from __future__ import annotations

import re

from resolve.parsing.body_acts import NEW_SENTENCE
from resolve.parsing.paragraphs import Unit, cut_at_offsets

MOTIONS_LEAD = re.compile(
    r"(?i)\b(?:passed|adopted|carried|approved|ratified|agreed[ \t]++to)\b[^\n:.;]{0,40}?"
    r"\b(?:the[ \t]++following|two|three|four|five|six|seven|eight|nine|ten|several)[ \t]++"
    r"(?:separate[ \t]++)?(?:motions|resolutions)\b[^\n:.;]{0,80}:[ \t]*+$"
)
"""A sentence that reports the several motions a meeting passed and ends by
introducing them: "… approved by common consent two motions it had adopted in
closed session:", "The members adopted the following motions:"."""
ITEM = re.compile(r"[ \t]*+(?:[-•*–][ \t]++|\d{1,2}[.)][ \t]++|\((?:\d{1,2}|[a-z])\)[ \t]++)\S")
"""An item of the list under the lead-in: "- …", "• …", "2. …", "(b) …"."""


def counted_items(text: str, pieces: list[tuple[int, int]]) -> set[int]:
    """The pieces (sentences or lines, as (start, end) spans) that are the items
    listed right under a lead-in that counts the motions passed, each one
    motion; the run ends at the first piece that is not an item."""
    out: set[int] = set()
    for p in range(1, len(pieces)):
        before = pieces[p - 1]
        if (p - 1 in out or MOTIONS_LEAD.search(text, *before) is not None) and ITEM.match(
            text, *pieces[p]
        ) is not None:
            out.add(p)
    return out


MOTIONS_PASSED = re.compile(
    r"[ \t]*+Motions[ \t]++(?:were[ \t]++)?(?:passed|carried|approved|adopted)\b[^\n.;:]{0,40}?"
    r"\bto[ \t]++(?=[a-z])"
)
"""A sentence that records several motions passed in one line, each told by its
verb after "to": "Motions passed 5-0 to approve A and to approve B.", "Motions
passed unanimously to accept A, approve B, adopt C." (the plural is the
record's own count)."""
NEXT_MOTION = re.compile(
    r"(?:,[ \t]*+(?:and[ \t]++)?(?:to[ \t]++)?|[ \t]++and[ \t]++to[ \t]++)"
    r"(?=(?:approve|accept|adopt|authori[sz]e|award|ratify|appoint|elect|grant|renew|amend"
    r"|purchase|hire|set|establish|reappoint|designate|confirm)\b)"
)
"""Where the next motion of such a sentence begins: ", approve B", " and to
approve B", ", and adopt C"."""
VERB_AGAIN = (
    r"(?:approved|adopted|accepted|ratified|authori[sz]ed|elected|appointed|awarded|granted"
    r"|agreed)"
)
BODY_APPROVED = re.compile(
    r"[ \t]*+(?:The[ \t]++)?(?:Board|Council|Session|Committee|Vestry|Trustees|Directors"
    r"|Commission|Members)[ \t]++(?:(?:also|then|unanimously|formally)[ \t]++)?"
    rf"(?P<verb>{VERB_AGAIN})[ \t]++(?=\S)"
)
"""A sentence that opens with the body's decision: "Board approved …", "Members
unanimously agreed …"."""
SAME_VERB = re.compile(
    rf"(?:,[ \t]*+(?:and[ \t]++)?|[ \t]++and[ \t]++)(?P<verb>{VERB_AGAIN})[ \t]++(?=\S)"
)
"""Where a sentence that opens with the body's decision tells another by a verb
of deciding, repeated or not: "Board approved A, approved B, and approved C.",
"Members agreed A, agreed to B and approved C." (one decision each, on different
subjects)."""

APPROVAL_GIVEN = re.compile(
    r"[ \t]*+(?:Unanimous[ \t]++)?[Aa]pproval[ \t]++was[ \t]++(?:given|granted)[ \t]++to[ \t]++"
    r"(?=the[ \t]++[A-Z])"
)
"""A sentence that approves several named papers in one line, with no motion
or vote told as one: "Unanimous approval was given to the Agenda, the Minutes
and the Budget." (different subjects: one decision each, as the record does
not say they were one vote)."""
NEXT_NAMED = re.compile(
    r",[ \t]++(?:and[ \t]++)?(?=the[ \t]++[A-Z])|[ \t]++and[ \t]++(?=the[ \t]++[A-Z])"
)
"""Where the next named paper of such a sentence begins: ", the Minutes …", ",
and the Budget"."""


def separate_motions(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The record from ``s`` to ``e``, cut before each further motion it tells as
    adopted on its own: after "Motions passed … to A and to B" (the plural) each
    "to" phrase, after "Board approved A, agreed to B" each further verb of
    deciding; the record whole otherwise."""
    gaps: list[tuple[int, int]] = []  # (end of one motion, start of the next)
    if (m := MOTIONS_PASSED.match(text, s, e)) is not None:
        gaps = [n.span() for n in NEXT_MOTION.finditer(text, m.end(), e)]
    elif (m := APPROVAL_GIVEN.match(text, s, e)) is not None:
        gaps = [n.span() for n in NEXT_NAMED.finditer(text, m.end(), e)]
    elif (m := BODY_APPROVED.match(text, s, e)) is not None:
        gaps = [(n.start(), n.start("verb")) for n in SAME_VERB.finditer(text, m.end(), e)]
    starts = [s, *(b for _, b in gaps)]
    ends = [*(a for a, _ in gaps), e]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if a < b]


def split_separate(text: str, units: list[Unit], kinds: list[str], records: list[int]) -> list[int]:
    """``records`` (unit indices, sorted) with each record whose first sentence
    tells several decisions on its own (:func:`separate_motions`: "The Committee
    agreed A and adopted B.") cut into one unit per decision, each a record of
    its own; the rest of the unit stays with the last. ``units`` and ``kinds``
    are rewritten in place."""
    wanted = set(records)
    new_units: list[Unit] = []
    new_kinds: list[str] = []
    out: list[int] = []
    for i, u in enumerate(units):
        starts: list[int] = []
        if i in wanted:
            first = NEW_SENTENCE.search(text, u.start, u.end)
            spans = separate_motions(text, u.start, u.end if first is None else first.start())
            starts = [a for a, _ in spans[1:]]
        pieces = cut_at_offsets(text, [u], starts) if starts else [u]
        for piece in pieces:
            if i in wanted:
                out.append(len(new_units))
            new_units.append(
                piece if len(pieces) == 1 else Unit(kinds[i], piece.start, piece.end, piece.lines)
            )
            new_kinds.append(kinds[i])
    units[:] = new_units
    kinds[:] = new_kinds
    return out
