"""Cues of minutes that record their motions in narrative, with no formula: "It
was moved and seconded that …", "A made a motion to …. B seconded.", "On a
motion by A and a second by B, the Council approved …". Plain regular
expressions, used by :mod:`resolve.parsing.recorded_motions`; like
:mod:`resolve.parsing.patterns`, nothing here knows the parser's state."""

from __future__ import annotations

import re

MOVING = re.compile(
    r"\b(?i:it\s++was\s++(?:duly\s++|regularly\s++)?(?:moved|proposed))\b"
    r"|\b[A-Z][a-z]++[ \t]++proposed[ \t]++(?=[A-Z])"
    r"|\b(?i:moved\s++(?:by\s++[^\n.;]{1,60}?\s++)?and\s++(?:was\s++|duly\s++)?seconded)\b"
    r"|\b(?i:moved\s++(?:that|to\s++[a-z]++|(?:for\s++)?(?:the\s++)?(?:approval|adoption|acceptance)))\b"
    r"|\b(?i:made\s++(?:a|the)\s++motion|a\s++motion\s++was\s++(?:made|moved))\b"
    r"|\b(?i:there\s++was\s++a\s++motion\s++(?:by|from))\b"
    r"|(?:--|[-—–:])[ \t]*+I[ \t]++move[ \t]++(?:that|to[ \t]++[a-z])\b"
    r"|\b(?i:(?:on|upon)\s++(?:a\s++|the\s++)?motion)\b"
    r"|\b(?:Moved|MOVED|Proposed|PROPOSED)[ \t]*+:?[ \t]*+(?:by[ \t]++)?[A-Z](?:[^\n.;:]|(?<=\b[A-Z])\.){0,60}?"
    r"[,\s]++(?i:seconded)\b"
)
"""A sentence that records a motion put to the meeting: "It was moved and
seconded that …", "A moved and was seconded that …", "Moved by A and seconded that
…", "A moved approval of …", "A moved for approval of …", "A made a motion to …",
"There was a motion by A …", "On a motion by A …", "On motion/second, …", a
speaker's "MR. A--I move that …" in a verbatim record,
"“To accept …” Proposed A Seconded B Carried", "Moved by D. Lee, seconded by …"
(a name's initials), "It was proposed by A, seconded by B that …", "Cllr A
proposed B is co-opted …, Cllr C seconded"."""
SECONDED = re.compile(
    r"(?i)\bseconded\b|\b(?:a|the)\s++second\s++(?:by|from)\b|/\s*+second\b"
    r"|\bsecond\s++(?:obtained|received)\b"
)
"""The record of the motion's seconder: "B seconded.", "… and a second by B",
"On motion/second", "Second obtained."."""
MOVER_LINE = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?:Moved|MOVED|Proposed|PROPOSED|Mover|Proposer)"
    r"(?:[ \t]++by[ \t]*+:?|[ \t]*+:)[ \t]*+[A-Z][^\n]{0,60}"
)
"""A line that only names the mover of a motion: "- Proposed: Ann", "Proposed by Cllr A"."""
SECONDER_LINE = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?:Seconded|SECONDED|Seconder)(?:[ \t]++by)?[ \t]*+:[ \t]*+[A-Z][^\n]{0,60}"
)
"""A line that only names the seconder: "- Seconded: Bob"."""
SECONDER_OPENS = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?i:seconded\b|second[ \t]++(?:obtained|received|by)\b)"
)
"""A record that opens with the seconding of the motion above it, its text not
repeated: "Second obtained. … Motion passes on voice vote.", "Seconded by Bob. Carried."."""
MOTION_TO = re.compile(r"(?i)\ba\s++motion\s++to\s++[a-z]")
"""A motion told by what it does: "… a motion to deactivate the committee …"."""
CARRIED = re.compile(
    r"(?i)\bmotion\b[^\n]{0,300}?\bwas\s++(?:unanimously\s++|duly\s++)?"
    r"(?:approved|carried|passed|adopted)\b"
    r"|\bwas[ \t]++(?:duly[ \t]++|unanimously[ \t]++)?elected\b"
)
"""The motion's outcome told with it: "… a motion to deactivate the committee was
unanimously approved", "A motion was made to add … The motion was approved.", a
nomination's "It was proposed that A be appointed … A was elected unopposed."."""
OUTCOME_OPENS = re.compile(
    r"[ \t]*+(?:The[ \t]++)?(?i:motion|minutes|resolution|amendment|report|recommendation)"
    r"[ \t]++(?:(?i:was|were|has[ \t]++been|have[ \t]++been)[ \t]++)?"
    r"(?i:approved|carried|passed|adopted|failed|defeated|prevailed)\b"
)
"""The record of a vote, right under the motion it decides: "The Motion was APPROVED
on a 5-2 vote", "The Minutes were APPROVED unanimously.", "Motion carried.", "The
motion prevailed; …"."""
SECONDED_BY_LINE = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?:Seconded|SECONDED)[ \t]++(?:by|BY)[ \t]++[A-Z][^\n]{0,60}"
)
"""A line that only names the seconder, with no colon: "Seconded by Councillor B"."""
AGREED_LINE = re.compile(
    r"[ \t]*+(?:(?:AND|And|and)[ \t]++)?(?:AGREED|Agreed|CARRIED|Carried)"
    r"(?:[ \t]++(?i:unanimously))?[ \t]*+[.:]?[ \t]*+"
)
"""The line between the seconder's line and the decision it agrees: "AND AGREED",
"Agreed:", "Carried unanimously."."""
ACTIONS_INTRO = re.compile(
    r"(?i)\b(?:took|takes|adopted|made)[ \t]++the[ \t]++following[ \t]++(?:actions?|decisions?)\b"
)
"""The sentence that introduces a meeting's actions listed below it, each in a
paragraph of its own: "The congregation took the following actions …"."""
ACTION_VERB = re.compile(r"[ \t]*+(?P<verb>[A-Z][a-z]*+(?:-[a-z]++)?)[ \t]++(?=\S)")
"""The word that opens a paragraph: an action's verb if it is one ("Reaffirmed the
election …", "Approved the by-laws.")."""
AGREED_RECORD = re.compile(
    r"\b(?i:it)[ \t]++was[ \t]++(?:(?:also|further|then|unanimously)[ \t]++)?(?:agreed|decided)"
    r"(?:[ \t]++by[ \t]++[^\n.;]{1,60}?)?[ \t]++(?:to[ \t]++[a-z]|that\b)"
)
"""A decision the minutes record as agreed, with no motion told: "It was agreed to
donate £200 …", "It was also agreed to send …", "it was agreed by Members for A to
sign …"."""
REPORTED_THAT = re.compile(
    r"(?i)\b(?:explained|reported|said|stated|noted|advised|mentioned|told[ \t]++\w++|informed[ \t]++\w++)"
    r"[ \t]++that\b"
)
"""Words that report what someone said, before a decision taken elsewhere in the
same sentence: "A explained that once … it was decided to …" (no record of the
meeting's own decision)."""
