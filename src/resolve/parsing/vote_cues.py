"""Cues of what a decision recorded in minutes does not settle: an agreement
that only puts the matter off ("It was agreed to table …", "It was decided to
postpone …", "It was agreed to decide on a date at the next meeting"), and the
words that tell a motion's vote when minutes tell it ("Five ayes.", "Motion
carried, all present voting aye."), by which a page that tells the vote of
each motion shows the one whose vote it does not tell. Plain regular
expressions, read by :mod:`resolve.parsing.recorded_motions` and
:mod:`resolve.parsing.fallback_records`; like :mod:`resolve.parsing.patterns`,
nothing here knows the parser's state."""

from __future__ import annotations

import re

DEFERRED = re.compile(
    r"(?i)to[ \t]++(?:(?:table|postpone|defer|delay|put[ \t]++off)\b"
    r"|(?:decide|discuss|consider|revisit|take[ \t]++up|return[ \t]++to"
    r"|continue|vote)\b[^.;\n]{0,80}?\b(?:at|until|till|to|for)[ \t]++(?:the|our|a|its)[ \t]++"
    r"(?:next|later|future|following|subsequent)[ \t]++(?:\w++[ \t]++)?(?:meeting|session)\b)"
)
"""The act of an agreement that puts the matter off, read from its "to": "to table
a presentation …", "to postpone the vote", "to decide on a date at our next
meeting" (a deferral, not a decision)."""
PASSED_WORDS = (
    r"carried|carries|passed|passes|approved|adopted|agreed|accepted"
    r"|unanimous(?:ly)?|voted|in[ \t]++favou?r"
)
"""The words that tell a motion passed ("carried", "adopted", "in favour"), as a
regex alternation: the one vocabulary that :data:`VOTE_TOLD` and the fallback
reader's ``OUTCOME`` each extend."""
ROLL_TALLY = (
    r"(?i:ayes?|yeas?)[ \t]*+[;:,.]?[ \t]*+\d{1,3}[ \t]*+[;:,.]?[ \t]*+"
    r"(?i:nays?|noes)[ \t]*+[;:,.]?[ \t]*+\d{1,3}"
)
"""A roll call's tally, ayes then nays ("AYES: 6 NAYS: 0", "Ayes; 6 Nays 1"), as a
regex fragment for the readers of an adoption record."""
CHOICE_WORDS = (
    r"(?:picked|chose|selected|fixed|scheduled|designated|set(?![ \t]++(?:out|forth|about)\b))"
    r"(?=[ \t]++[A-Za-z0-9$£€])"
)
"""The verbs of a body choosing or fixing something, a decision as much as one
approved ("The board picked Sunday …", "The committee set the fee at …", "The
Trustees chose …"; not "set out", an account), as a regex alternation for the
readers of the body deciding at the head of its sentence."""
VOTE_TOLD = re.compile(
    rf"(?i)\b(?:ayes?|yeas?|nays?|{PASSED_WORDS}|prevailed|failed|defeated|opposed)\b"
)
"""A word that tells the vote on a motion: "Five ayes.", "Motion carried.",
"… all in favor", "The motion failed"."""
VOTE_LINE = re.compile(
    r"(?i)[ \t]*+(?:[-*•–][ \t]++)?(?:(?:the[ \t]++)?motion[ \t]++)?(?:was[ \t]++|is[ \t]++)?"
    r"(?:unanimously[ \t]++)?(?:carried|carries|passed|passes|approved|adopted|agreed|failed)"
    r"(?:[ \t]++unanimously)?[ \t]*+[.!]?[ \t]*+"
)
"""A line that only tells the vote, with or without its full stop: "Motion carried",
"Carried unanimously", "- Passed" (not an item's caption "BILLS APPROVED")."""
VOTE_HEADING = re.compile(
    r"[ \t]*+(?:\d{1,3}[.)]|[A-Za-z][.)]|[-*•–])[ \t]++(?:Vote|VOTE)[ \t]++(?:on|to|upon)[ \t]++[A-Za-z]"
)
"""An outline's item that names the vote taken on the matter under it, with no
colon: "8. Vote on an amendment of the statute …", "- Vote to accept the gift"."""


def deferred(text: str, start: int, end: int, stop: int) -> bool:
    """Does the agreement matched from ``start`` to ``end`` only put the matter off
    ("It was decided to table …", "It was agreed to decide on a date at our next
    meeting"), its act read from its last "to" to the end of its sentence (before
    ``stop``)? A deferral, not a decision."""
    to = text.rfind("to", start, end)
    if to < 0:
        return False
    close = text.find(".", end, stop)
    return DEFERRED.match(text, to, stop if close < 0 else close) is not None


OUTCOME_CODE = re.compile(
    r"(?:(?<=[.!?)”\"’'])[ \t]++|[ \t]{2,}+)(?:M/?S/?[CPA](?:/?U)?|M/?[CP]/?U|MP)\.?[ \t]*+$"
)
"""The initials a senate's list of motions closes each motion with, after its
text: "… at the Senate Plenary.  MSPU." (moved, seconded, passed unanimously),
"… without changes.  MSC", "… M/S/C.", "MPU", "MP" (moved and passed); searched at a
paragraph's end."""
ROLL_CALL_INTRO = re.compile(
    r"[.!?][ \t\n]++(?i:the[ \t]++)?(?i:vote|voting)\b[^.:]{0,40}+:[ \t]*+$"
)
"""A motion's last sentence that only introduces the roll call of its vote on the
lines below ("… seconded by B, that A be appointed. The vote was as follows:",
"… Voting went as follows:", the words garbled by OCR): the list under it is the
vote, not the motion's terms; searched up to a unit's end."""
PACKAGE_VOTED = re.compile(
    r"[ \t]*+(?i:(?:all[ \t]++(?:of[ \t]++)?)?(?:these|those|the[ \t]++(?:above|foregoing))"
    r"|the\b[^.:\n]{0,60}?\b(?:above|listed)\b)[^.:\n]{0,60}?\b(?i:was|were)[ \t]++"
    rf"(?:[a-z]++[ \t]++){{0,3}}?(?i:{PASSED_WORDS}|ratified|endorsed)\b"
)
"""A line that tells the vote on the numbered items above it taken together, at
a line's start: "These three changes were voted on and agreed …", "All of the
above were agreed unanimously.", "The four proposals listed were approved."."""
