"""Procedural motions in minutes (counting convention 6 of
``tests/real/README.md``): a carried procedural motion is a resolution (to set
the agenda, to go into or out of a closed session, to suspend a rule, to waive
a reading), except the adjournment that ends the meeting and a motion that
only postpones its business.

- A motion that only postpones: "A made a motion to table the report until the
  spring meeting; carried.", "Item 3 was a motion to defer the vote until the
  June dinner. Moved by A, seconded by B. Carried.", "The motion to postpone the
  fee review passed." It decides nothing about the matter: not a resolution,
  even when it carried. A motion that puts one item after another within the
  same meeting ("to postpone item 4 until item 6 is heard") orders the agenda:
  it is not read as a postponement.
- A motion carried to go into or out of a closed session, recorded in the
  minutes above a resolution the page prints in full ("Upon motion by A and
  second by B, the Board voted to go out of Executive Session." / "C moved
  adoption of the following resolution:" / "WHEREAS …"): a resolution of its
  own, before the printed one.
- A procedural motion moved inside a house's item, after its main motion, and
  carried ("Mr A moved - That the question be now put." / "… And so it was
  resolved in the affirmative."): a resolution of its own, unless it adjourns
  the house or the debate or puts the matter off.
- The meeting's assent to waive or suspend one of its rules, told in the
  middle of a sentence ("… due to the storm, all present agreed it was right to
  waive the quorum rule for this vote."): a resolution.
- The motion that the meeting adjourn, the last motion a record of minutes reads,
  carried on the line below or in its paragraph ("Adjournment" / "- B moved
  and was seconded that we adjourn" / "Motion Carried"): the meeting's close,
  its trailer, though no "There being no further business" tells it.
- A procedural motion told by its mover and the act done on it, with no
  seconder or vote ("upon motion of A. Lee further reading was waived", "On
  motion by B the rules were suspended"): carried, a resolution.

Pure tests over the text, used by the readers of minutes and proceedings
(:mod:`resolve.parsing.recorded_motions`, :mod:`resolve.parsing.fallback_records`,
:mod:`resolve.parsing.motion_pages`, :mod:`resolve.parsing.journal_motions`), and
one pass over the classified units (:func:`session_motions`, a row of ``BREAKS``
in :mod:`resolve.parsing.passes`).
"""

from __future__ import annotations

import re

from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.elections import OFFICE
from resolve.parsing.motion_cues import MOVED_DASH_THAT
from resolve.parsing.paragraphs import Unit
from resolve.parsing.record_cues import MOTION_TO, MOVING
from resolve.parsing.result_cues import INTO_SESSION

MOTION_ACT = re.compile(
    r"(?i)\b(?:motion|moved?|motioned|moves)\b[^.;\n]{0,60}?\bto[ \t]++(?P<verb>[a-z]++)\b"
)
"""A motion and the verb of its act: "A made a motion to table …", "B moved to
approve …", "The motion to defer …"."""
POSTPONING_VERBS = frozenset({"table", "defer", "postpone"})
"""The verbs of a motion that only puts its business off."""
SAME_MEETING = re.compile(
    r"(?i)\b(?:until|till|after|behind)[ \t]++(?:after[ \t]++)?(?:the[ \t]++)?"
    r"(?:item|agenda|report|discussion|presentation)\b"
    r"|\blater[ \t]++(?:in|on)[ \t]++(?:the|this)[ \t]++(?:meeting|agenda|evening)\b"
)
"""A postponement within the same meeting, which orders its agenda: "until item 6
is heard", "later in the meeting"."""
UPON_MOTION_DONE = re.compile(
    r"(?i)\b(?:up)?on[ \t]++(?:the[ \t]++)?motion[ \t]++(?:of|by)[ \t]++(?-i:[A-Z])(?:[^.;\n]|(?<=\b[A-Z])\.){0,80}?\s"
    r"(?:was|were)[ \t]++(?:duly[ \t]++|unanimously[ \t]++)?"
    r"(?:waived|suspended|dispensed[ \t]++with|granted|approved|adopted|accepted|carried)\b"
    r"|(?:(?<![^\n])|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))(?:Up)?[Oo]n[ \t]++(?:a[ \t]++|the[ \t]++)?motion"
    r"(?:[ \t]++(?:of|by)[ \t]++[A-Z](?:[^.;\n,]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){0,80}?)?"
    r"(?:[ \t]*+,)?[ \t]++"
    rf"(?:the|The)[ \t]++{OFFICE}[ \t]++(?:was[ \t]++)?"
    r"(?:appointed|named|instructed|directed|authori[sz]ed|empowered|requested)\b"
)
"""A motion told by its mover and the act done on it, in one sentence with no
seconder: "upon motion of A. Lee further reading was waived", "On motion by B the
rules were suspended" (a procedural motion carried, a resolution); or, its mover
named or not, an officer acting on it at the sentence's head ("On motion the
chairman appointed a committee of three …", "Upon motion, the President was
instructed to write …"): the body's act through its officer (convention 2)."""
ADJOURN_THAT = re.compile(
    r"(?i)\bthat[ \t]++(?:the[ \t]++meeting|we)[ \t]++(?:be[ \t]++|do[ \t]++now[ \t]++|now[ \t]++)?adjourn(?:ed)?\b"
)
"""A motion worded to close the meeting: "… moved and was seconded that we
adjourn", "… that the meeting be adjourned"."""
SENTENCE_END = re.compile(r"[.;\n]")
"""Where the sentence of a motion's act ends."""


def only_postpones(text: str, start: int, end: int) -> bool:
    """Does every motion told from ``start`` to ``end`` only put its business off
    to a later occasion ("A made a motion to table the report until May. The
    motion carried.", "a motion to defer the announcement until the dinner. Moved
    by A, seconded by B. Carried.")? False when the text tells no motion's act,
    when one motion acts on the matter ("to approve …"), or when a postponement
    only moves an item within the meeting ("to postpone item 4 until item 6")."""
    acts = list(MOTION_ACT.finditer(text, start, end))
    if not acts or any(m["verb"].lower() not in POSTPONING_VERBS for m in acts):
        return False
    for m in acts:
        stop = SENTENCE_END.search(text, m.end(), end)
        if SAME_MEETING.search(text, m.end(), end if stop is None else stop.start()):
            return False
    return True


RULE_WAIVED = re.compile(
    r"(?i)\b(?:all|everyone|everybody)[ \t]++(?:present[ \t]++)?agreed\b[^.;\n]{0,60}?"
    r"\bto[ \t]++(?:waive|suspend|set[ \t]++aside|dispense[ \t]++with)[ \t]++(?:the|its|their|our)\b"
)
"""The meeting's assent to waive one of its rules: "all present agreed it was
appropriate to waive the quorum requirement", "everyone agreed to suspend the
standing orders"."""
SESSION_MOTION = re.compile(
    r"(?i)\b(?:voted|moved|motion)\b[^.;]{0,120}?\bto[ \t]++(?:go|come|move|return|enter|recess)"
    r"\s++(?:in(?:to)?|out\s++of|from)\s++(?:an?\s++|the\s++)?(?:executive|closed)\s++session\b"
)
"""A motion to go into or out of a closed session: "the Board voted unanimously
to go out of Executive Session", "moved to go into closed session"."""
SESSION_CARRIED = re.compile(
    r"(?i)\b(?:voted|carried|passed|approved|adopted|agreed|so[ \t]++ordered)\b"
)
"""The word that tells such a motion carried."""
ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "INTRO")
"""Kinds of the printed resolution (and the sentence that introduces it)."""
AFFIRMED = re.compile(
    r"(?i)[ \t]*+(?:and[ \t]++)?(?:so[ \t]++)?(?:it[ \t]++was[ \t]++)?"
    r"(?:resolved[ \t]++in[ \t]++the[ \t]++affirmative|agreed[ \t]++to|carried)\b"
)
"""A house's line that tells the question on a motion carried: "And so it was
resolved in the affirmative.", "Agreed to.", "Carried."."""
PUT_PASSED = re.compile(r"(?i)\bput[ \t]++and[ \t]++(?:passed|carried|agreed[ \t]++to)\b")
"""A house's question line with its outcome: "Question - That the question be
now put - put and passed."."""
NEGATIVED = re.compile(r"(?i)\bin[ \t]++the[ \t]++negative\b|\bnegatived\b|\bwithdrawn\b")
"""A house's line that tells the question on a motion lost or withdrawn."""
_ON_TABLE = r"(?:lie|lay|laid)[ \t]++on[ \t]++(?:the[ \t]++)?table\b"
ON_TABLE = re.compile(rf"(?i)\b{_ON_TABLE}")
"""A motion that lays its matter on the table ("That the request lie on the
table", a minute book's "… lay on table until next week"): it only puts the matter
off (convention 6)."""
PUTS_OFF = re.compile(rf"(?i)\b(?:adjourn|postpone|defer|{_ON_TABLE})")
"""A procedural motion that closes the sitting or the debate or puts the matter
off ("That the Assembly do now adjourn", "That the debate be adjourned"): no
resolution."""


def carried_within(
    ctx: Context, units: list[Unit], kinds: list[str], first: int, stop: int
) -> list[int]:
    """The procedural motions moved with a dash in the units after the item's
    motion ``first``, before ``stop`` ("Mr A moved - That the question be now
    put."), each carried on the first outcome line after it ("And so it was
    resolved in the affirmative.", "Question - … - put and passed."), not one
    that adjourns or puts off."""
    out = []
    for i in range(first + 1, stop):
        u = units[i]
        if kinds[i] != "TEXT" or MOVED_DASH_THAT.match(ctx.text, u.start, u.end) is None:
            continue
        if PUTS_OFF.search(ctx.text, u.start, u.end) is not None:
            continue
        for below in units[i + 1 : stop]:
            if NEGATIVED.search(ctx.text, below.start, below.end) is not None:
                break
            if (
                AFFIRMED.match(ctx.text, below.start, below.end) is not None
                or PUT_PASSED.search(ctx.text, below.start, below.end) is not None
            ):
                out.append(i)
                break
    return out


def session_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where a printed resolution begins after a motion carried to go into or
    out of a closed session, recorded in the prose above it ("Upon motion by A
    …, the Board voted to go out of Executive Session." / "C moved adoption of
    the following resolution:"): that record is one resolution of one clause
    (THAT), the prose above it its head (META), and the printed resolution the
    next. Empty (nothing changed) on any other page."""
    first = next((i for i, k in enumerate(kinds) if k in ENACTING), None)
    if first is None:
        return []
    found = [
        i
        for i in range(first)
        if kinds[i] == "TEXT"
        and SESSION_MOTION.search(ctx.text, units[i].start, units[i].end) is not None
        and SESSION_CARRIED.search(ctx.text, units[i].start, units[i].end) is not None
    ]
    if len(found) != 1 or any(kinds[j] != "TEXT" for j in range(found[0] + 1, first)):
        return []
    i = found[0]
    head_above(kinds, i)
    kinds[i] = "THAT"
    for j in range(i + 1, first):
        kinds[j] = "TRAILER"
    return [units[first].start]


def closing_left(ctx: Context, units: list[Unit], records: list[int]) -> list[int]:
    """``records`` (indexes of the units that record motions, in order) without
    the last when it only moves that the meeting adjourn (:data:`ADJOURN_THAT`:
    "- B moved and was seconded that we adjourn" / "Motion Carried"): the
    adjournment that ends the meeting, its trailer. (A motion "to adjourn" with
    its vote told is read so only after "There being no further business", by
    :mod:`resolve.parsing.recorded_motions`.) Unchanged when it adjourns into a session ("… to adjourn to an
    executive session"), records another motion too, or is the only record."""
    if len(records) < 2:
        return records
    u = units[records[-1]]
    adjourns = ADJOURN_THAT.search(ctx.text, u.start, u.end)
    if adjourns is None or INTO_SESSION.search(ctx.text, u.start, u.end) is not None:
        return records
    begin = max(u.start, ctx.text.rfind(". ", u.start, adjourns.start()) + 1)
    end = ctx.text.find(". ", adjourns.end(), u.end)
    end = u.end if end < 0 else end
    other = any(
        m.start() < begin or m.start() >= end
        for cue in (MOVING, MOTION_TO)
        for m in cue.finditer(ctx.text, u.start, u.end)
    )
    return records if other else records[:-1]
