"""Cues of reports of a meeting that print each item's result with the item,
not in a sentence of the minutes' narrative: a numbered heading with its result
run onto its line ("1. CONSENT AGENDA Unanimously approved"), acts listed with
their vote tallies ("Bill 14-04 To fund … [[29:0:0]]; Bill 14-05 …"), motions
listed after the sentence that tells the meeting passed them ("… passed the
following motions: (1) “That …”; (2) “that …”"), and the item that opens a
meeting's outline ("I. Call to Order: 5:36 PM"). Plain regular expressions, read
by :mod:`resolve.parsing.fallback_records`; like :mod:`resolve.parsing.patterns`,
nothing here knows the parser's state."""

from __future__ import annotations

import re

RESULT_HEADING = re.compile(
    r"[ \t]*+(?:\d{1,3}|[IVX]{1,5})[.)][ \t]++(?P<item>[^\n]{3,160}?)(?:[ \t]*+[:–—-])?[ \t]++"
    r"(?i:unanimous(?:ly)?[ \t]++(?:approved|carried|passed|adopted|pass)|approved|carried|passed|adopted)"
    r"[ \t]*+[.!]?[ \t]*+"
)
"""A numbered item heading that ends with its result, run onto its line, as a
report of a meeting's actions prints it: "1. CONSENT AGENDA Unanimously approved",
"4. Grant agreement – Approved", "V. Ratification of the budget: Unanimous pass"."""
PROCEDURE_ITEM = re.compile(
    r"(?i)[^\n]*?\bminutes\b|(?:approval[ \t]++of[ \t]++)?(?:the[ \t]++)?agenda\b"
)
"""An item that approves the minutes or the meeting's agenda: procedure, not counted."""
PASSED_LIST = re.compile(
    r"(?i)\b(?:passed|adopted|carried|approved|agreed[ \t]++to)[ \t]++the[ \t]++following[ \t]++"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]++)?"
    r"(?:motions|resolutions)\b[^\n:.]{0,40}:"
)
"""A sentence that tells the motions a meeting passed, listed after it on its own
line: "… passed the following motions unanimously: (1) “That …”; (2) “that …”",
"… passed the following two motions: …"."""
LISTED_ITEM = re.compile(r"(?<=[:;])[ \t]*+(?=\((?:\d{1,2}|[a-z])\)[ \t]++\S)")
"""Where the next listed motion begins after the sentence or the motion before it."""
ITEM_NUMBER = re.compile(r"[ \t]*+(?:\d{1,3}|[IVX]{1,5})[.)][ \t]")
"""The number that opens an item of the meeting's outline: "4. ", "VI. "."""
OPENING_ITEM = re.compile(
    r"[ \t]*+(?:\d{1,3}|[IVX]{1,5}|[A-Z])[.)][ \t]++"
    r"(?i:call(?:ed)?[ \t]++to[ \t]++order|roll[ \t]++call|opening[ \t]++of[ \t]++(?:the[ \t]++)?meeting)\b"
    r"|[ \t]*+(?:\d{1,3}|[IVX]{1,5}|[A-Z])[.)][ \t]++(?i:(?:chair(?:man|person)?[’']s[ \t]++)?welcome"
    r"(?:[ \t]++(?:and|&)[ \t]++(?:apologies|introductions))?|apologies(?:[ \t]++for[ \t]++absence)?"
    r"|attendance|(?:opening[ \t]++)?prayers?|devotions?)(?=[ \t]*+(?:[.:;–—-]|\n|\Z))"
)
"""The first item of a meeting's outline: "I. Call to Order: 5:36 PM", "1. Roll
call", or its heading of welcome, apologies, attendance or the opening prayer
alone ("1. Welcome and Apologies.  …", "1. APOLOGIES FOR ABSENCE", "1.
Attendance: …", "1. Opening prayer:"; not an operative "1. Welcomes the …").
Minutes numbered as an outline, not a list of clauses."""
TALLY = re.compile(
    r"[\[(]{1,2}(?P<yes>\d{1,3})[ \t]*+[:–-][ \t]*+(?P<no>\d{1,3})[ \t]*+[:–-][ \t]*+\d{1,3}[\])]{1,2}"
)
"""A vote's tally printed after the act it decides, for, against and abstaining:
"[[29:0:0]]", "(12-1-2)"."""
TALLIED_GAP = re.compile(r"[\])]{1,2}[ \t]*+;[ \t]++(?=\S)")
"""Where the next act begins after the tally of the act before it on one line:
"… Night [[29:0:0]]; Special Projects Bill …"."""
BODY_ACTS = re.compile(
    r"\s*+The[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Council|Board|Committee|Commission|Conference|Assembly|Meeting)\s++"
    r"(?:(?:also|further|then)\s++)?"
    r"(?!(?:convened|reconvened|assembled|adjourned|opened|closed)\b)(?:[a-z]++(?<=ed)|took|gave|made)\b"
)
"""A sentence of a record of decisions that tells what the body did, at its
head: "The Council congratulated …", "The Council took note of …", "The Council
further noted …" (not "The Council, chaired by A, met in …", nor its opening)."""
BODY_NOTED = re.compile(
    r"\s*+The[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Council|Board|Committee|Commission|Conference|Assembly|Meeting)\s++"
    r"(?:(?:also|further|then)\s++)?(?:noted|took\s++note|recogni[sz]ed|acknowledged|recalled"
    r"|considered|welcomed|was\s++(?:satisfied|concerned))\b"
)
"""Such a sentence in which the body only notes (convention Q3's verbs of
noting): "The Council noted that …", "The Council took note of …"."""
NOTED_AND_ACTED = re.compile(
    r"[ \t\n](?:and|,)\s++(?:(?:also|further|then)\s++)?(?:approved|adopted|decided|agreed"
    r"|requested|urged|endorsed|authori[sz]ed|appointed|instructed|called\s++(?:on|upon))\b"
)
"""Where such a noting goes on to decide, in the same sentence: "… took note of
the arrears and approved …" (operative as a whole)."""
DECISION_SENTENCE = re.compile(r"(?<=[a-z0-9)\]])[.!?][\"”’')]?\s++(?=The[ \t])")
"""Where a sentence of a record's paragraph ends and the next, opening with the
body, begins."""
ITEM_LABEL = re.compile(r"(?m)^[ \t]*+Item[ \t]++\d{1,2}(?:\.\d{1,2})?[ \t]*+:")
"""An agenda item's label between the paragraphs of a record: "Item 3.1:"."""
PADDED_MOTION_LABEL = re.compile(r"[ \t\xa0]*+(?:Motion|MOTION)[ \t\xa0]*+:[ \t\xa0]*+(?=\S)")
"""The label that opens a paragraph recording a motion, its column padded with
spaces or no-break spaces, as a table flattened to text pads it: "Motion:
A made the motion to approve …"."""
INTO_SESSION = re.compile(
    r"(?i)\badjourn(?:ed)?[ \t]++(?:in)?to[ \t]++(?:an?[ \t]++|the[ \t]++)?"
    r"(?:executive|closed|special|private|in[ \t-]++camera|committee)\b"
)
"""A motion to adjourn that moves the meeting into another session ("to adjourn
to an Executive Session to discuss personnel"): a decision, not the meeting's close."""
BUSINESS_DONE = re.compile(
    r"(?i)\b(?:there[ \t]++being|with)[ \t]++no[ \t]++(?:further|other|more)[ \t]++business\b"
    r"|\bno[ \t]++(?:further|other|more)[ \t]++business[ \t]++(?:being|to[ \t]++come)\b"
)
"""The words that close a meeting's business before its adjournment: "There
being no further business, …", "With no other business, …"."""
TABLING = re.compile(r"(?i)\b(?:motion|moved?|motioned)\b[^.;\n]{0,60}?\bto[ \t]++table\b")
"""A motion that lays the matter on the table: "A made a motion to table the
report until …", "B moved to table the discussion": a deferral, not a decision
(nor is any other motion that only postpones: :func:`resolve.parsing.procedural.only_postpones`,
counting convention 6)."""
MOVED_INITIALS = re.compile(
    r"[ \t]*+(?i:motion)[ \t]*+[,:–-]?[ \t]*+(?:M/S/[CAP]|MS[CAP])\b"
    r"|\b(?:M/S/[CAP]|MS[CAP])[ \t]*+[,:]?[ \t]++"
    r"(?:\(?[A-Z][\w'’.-]*+[ \t]*+/[ \t]*+[A-Z][\w'’.-]*+\)?[ \t]++)?(?:to|that)[ \t]"
)
"""A motion recorded with the initials of moved, seconded and carried (approved,
passed): "MOTION, MSA, to declare the list surplus.", "Motion MSP to accept the
bid.", "… M/S/C to accept the bid.", with the mover and seconder named by a slash
after them: "MSC: A/B to approve the agenda.", "M/S/C (A/B) to accept …"."""
BARE_NUMBER = re.compile(r"[ \t]*+\(?\d{1,2}[.)][ \t]*+")
"""A list item's number alone on its line, its text on the line below: "2."."""
NUMBERED_SENTENCE = re.compile(r"[ \t]*+\(?\d{1,2}[.)][ \t]++(?![Tt]hat\b)[A-Z]")
"""A numbered item that opens a sentence of its own, not a "That …" motion:
"1. The board would receive full reimbursement …"."""
MOVED_BE = re.compile(
    r"\b[A-Z][a-z]++[ \t]++moved[ \t]++the[ \t]++(?:[\w'’,-]++[ \t]++){1,10}?"
    r"(?:be|are)[ \t]++(?:approved|accepted|adopted|received|ratified|confirmed|paid)\b"
)
"""A motion moved as the wording of its decision, with no "that" or "to": "A
moved the minutes be accepted as written.", "B moved the minutes from the last
meeting be approved as circulated.", "C moved the bills be paid."."""
SECOND_BY = re.compile(r"(?:[,;][ \t]*+|[ \t]++and[ \t]++)(?i:second[ \t]++by)[ \t]++(?=[A-Z])")
"""The seconder named after the mover with no article: "Motion was made by A,
second by B to approve …", "Motion by A and Second by B to adopt …"."""
NAMED_PASSED = re.compile(
    r"(?:[^\n:.]{1,40}:[ \t]++|[^\n.;:]{1,40}?,[ \t]++)?(?:(?:[Tt]he|[Aa]n?)[ \t]++)?"
    r"(?:(?!(?:The|This|That|These|Those)\b)[A-Z][\w'’-]*+[ \t]++){0,4}"
    r"(?:Amendments?|Resolutions?|Proposals?|Requests?|By-?[Ll]aws?|Bills?|Ordinances?)\b[^;]{0,300}?"
    r"\b(?:(?:has|have|was|were)[ \t]++(?:been[ \t]++)?(?:(?:presented|moved|put)[ \t]++and[ \t]++)?"
    r"(?:(?:also|unanimously|duly)[ \t]++)?(?:passed|adopted|carried|approved|ratified)\b"
    r"|(?:passes|carries)[ \t]*+[.!]?[ \t]*+(?:\n|\Z))"
)
"""A sentence telling that an act named by its title passed, with no motion told:
"Old Business: Constitutional Amendment #1 to authorize … has passed.", "Under new
business, a Collective Bargaining Resolution was presented and passed.", "The
Request for Entitlement to Plan: … was also approved." (not "The minutes were
approved": a title names the act), or told in the present tense at the end of
its line, as terse minutes tell it: "Parking Permit Bill of Spring 2040 passes"."""
SUBJECT_PASSED = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?:The|the)[ \t]++[a-z][^\n]{2,160}?[ \t]++(?:passed|carried)"
    r"(?:[ \t]++(?:unanimously|without[ \t]++opposition))?[ \t]*+[.!]?[ \t]*+$"
)
"""A sentence that tells a measure passed by its subject and the plain verb, the
verb ending it, however the measure is named: "The governance changes passed.",
"The new code of conduct passed unanimously." (used with ``match`` on one
sentence: the verb is its last word; :data:`NAMED_PASSED` reads a title)."""
RATIFIED_PASSIVE = re.compile(
    r"[ \t\-–•*]*+(?:\d{1,3}[.)][ \t]++)?(?!(?:No|Nothing|Neither|None)\b)(?:A|An|The|This|These)\b"
    r"[^\n.;:!?]{3,160}?[ \t]++(?:was|were)[ \t]++(?:(?:also|then|unanimously|duly)[ \t]++)?"
    r"(?:ratified|adopted|endorsed)(?:[ \t]++unanimously)?(?:[ \t]*+[.!]|[ \t]++and[ \t]++"
    r"(?:has|have|was|were|is|are|will)[ \t]++[a-z])"
)
"""A sentence that tells a text ratified, adopted or endorsed, its subject first
and its verb last or followed by what was done with it after "and": "2. The
draft rules were ratified.", "The terms of reference were adopted and have been
sent to the members." (never "… adopted by the county", another body's act)."""
TALLIED_ACT = re.compile(
    r"(?i)\b(?:was|were|has[ \t]++been|have[ \t]++been)[ \t]++(?:(?:unanimously|duly|also)[ \t]++)?"
    r"(?:adopted|approved|passed|carried|accepted|ratified)\b[^.;\n]{0,80}?"
    r"\b(?:with|by)[ \t]++(?:a[ \t]++)?(?:unanimous(?:ly)?[ \t]++vote\b|vote[ \t]++of[ \t]++\d)"
    r"|\bby[ \t]++a[ \t]++unanimous(?:ly)?[ \t]++vote[ \t]*+,[^.;\n]{1,80}?"
    r"\b(?:was|were)[ \t]++(?:adopted|approved|passed|carried|accepted|ratified)\b"
)
"""An act told adopted with the vote that adopted it, with no motion told: "The
annual report was adopted during the closed session with a vote of 8 in favor, 0
against", "The budget was approved by a vote of 6-1", "By a unanimous vote, the
changes were approved"."""
AMENDMENT_DECIDED = re.compile(
    r"(?i)[ \t\-–•*]*+(?:(?:the[ \t]++)?vote[ \t]++on[ \t]++)?(?:the[ \t]++|an?[ \t]++)?"
    r"(?:friendly[ \t]++|proposed[ \t]++)?amendments?[ \t]++(?:(?:was|were|is|has[ \t]++been)[ \t]++)?"
    r"(?:(?:unanimously|duly)[ \t]++)?(?:passed|passes|carried|carries|adopted|approved|accepted)\b"
    r"[^\n.;]{0,30}?[.!]?[ \t]*+"
)
"""A line of its own telling that an amendment passed, with nothing of the
amendment's text: "Vote on amendment PASSED", "Amendment passed", "The amendment
was carried unanimously.": a step in adopting the motion it amends, whose own
outcome ("Amended motion passes", "Vote on adoption … as amended PASSED") follows."""
UNANIMOUS_ACT = re.compile(
    r"(?i)\b(?:was|were|has[ \t]++been|have[ \t]++been)[ \t]++unanimously[ \t]++"
    r"(?:adopted|approved|passed|carried|accepted|ratified)\b"
    r"|\b(?:board|council|committee|commission|trustees|directors|members|membership|senate)"
    r"[ \t]++unanimously[ \t]++(?:adopted|approved|passed|accepted|ratified|agreed[ \t]++to)\b"
)
"""An act told decided by the body's unanimous vote in a narrative sentence, with
no motion told: "The board unanimously approved the resignations.", "… the
calendar was unanimously approved."."""
BODY_VOTED = re.compile(
    r"(?i)\b(?:board|council|committee|commission|trustees|directors|members|membership|senate)"
    r"[ \t]++voted[ \t]++(?:unanimously[ \t]++)?to[ \t]++[a-z]"
)
"""The body's vote told at the head of a decision: "The Board voted to add A as a
signer"."""
_SENTENCE_START = re.compile(r"[.!?:;\n][^.!?:;\n]*+$")
_PROCEDURE = re.compile(r"(?i)\b(?:minutes|agenda)\b")


def unanimous_act(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` tell an act decided by the body's vote
    (:data:`UNANIMOUS_ACT`), not the minutes or the agenda approved (narrated
    procedure, not counted)?"""
    for m in UNANIMOUS_ACT.finditer(text, start, end):
        head = _SENTENCE_START.search(text, max(start, m.start() - 200), m.start())
        opens = head.start() if head else max(start, m.start() - 200)
        stop = text.find(".", m.end(), end)
        if _PROCEDURE.search(text, opens, end if stop < 0 else stop) is None:
            return True
    return False


VOTE_LABEL = re.compile(r"[ \t]*+(?:[-*•–][ \t]++)?(?:VOTE|Vote)[ \t]*+:[ \t]*+[A-Z][a-z]")
"""A line labelled with the vote put to the meeting, its outcome on the line
right under it: "• VOTE: Approve up to $4,000 for the event …" / "• Motion
carried: Nem. Con."."""
ELECTED_VOTE = re.compile(
    r"(?i)\b(?:is|was|are|were)[ \t]++(?:(?:duly|unanimously|immediately|then)[ \t]++)?"
    r"(?:(?:re-?)?elected|appointed)\b[^.;\n]{0,60}?\b(?:by|with)[ \t]++(?:a[ \t]++)?"
    r"(?:unanimous[ \t]++vote|vote[ \t]++of[ \t]++\d)"
    r"|\b(?:is|was|were)[ \t]++(?:(?:duly|unanimously|immediately|then)[ \t]++)?voted[ \t]++in[ \t]++as\b"
    r"|\b(?:is|was|were)[ \t]++(?:duly[ \t]++)?nominated(?:[ \t]*+,)?[ \t]++and[ \t]++"
    r"(?:(?:duly|unanimously|then)[ \t]++)?(?:re-?)?elected\b"
)
"""An election told with the vote that made it, with no motion told: "A is
elected President by a vote of 23 for and 1 against", "B is elected Treasurer by
a unanimous vote", "C … was immediately voted in as Secretary.", or with the
nomination that put it to the meeting ("D, there being no other candidate, was
nominated and elected.")."""
MEETING_KIND = re.compile(r"(?i)\bannual[ \t]++general[ \t]++meeting\b|\bAGM\b")
"""The kind of meeting a page records, a word of minutes of its own: "Annual
General Meeting & Elections"."""
VOTED_LIST = re.compile(
    r"(?i)[^\n]{0,120}?\b(?:resolutions|motions|proposals)[ \t]++(?:(?:that|which)[ \t]++)?"
    r"(?:were[ \t]++|being[ \t]++|to[ \t]++be[ \t]++)?(?:voted[ \t]++(?:on|upon)|put[ \t]++to[ \t]++(?:the[ \t]++)?(?:vote|meeting))"
    r"(?:[ \t]++(?:were|are))?[ \t]*+[:;][ \t]*+"
)
"""A lead-in that names the motions put to the vote, listed after it, with no
outcome of its own: "The Special Resolutions being voted on were;", "Motions put
to the meeting:"; their outcome is told after the list (:data:`ALL_PASSED`)."""
ALL_PASSED = re.compile(
    r"(?i)[ \t]*+(?:all|each|both)[ \t]++(?:of[ \t]++)?(?:(?:these|them|the[ \t]++(?:above|(?:above[ \t]++)?"
    r"(?:resolutions|motions|proposals)))[ \t]++)?(?:(?:were|was)[ \t]++)?(?:(?:duly|unanimously)[ \t]++)?"
    r"(?:passed|carried|adopted|approved)\b"
    r"|[ \t]*+(?:these|they)[ \t]++were[ \t]++(?:all|each)[ \t]++(?:(?:duly|unanimously)[ \t]++)?"
    r"(?:passed|carried|adopted|approved)\b"
)
"""The line under such a list that tells every listed motion passed: "All of
these were passed on the night with 63 votes for and 1 against.", "Both were
carried.", "These were all approved."."""
_HELD_WITHOUT = r"(?:discussion|debate|dissent|objection|opposition|amendment|comment)"
OUTCOME_ALONE = re.compile(
    r"(?i)[ \t]*+(?:(?:the|this|that)\s++(?:resolution|motion|proposal|recommendation)\s++"
    r"(?:was|is)\s++)?(?:(?:then|duly|unanimously)\s++)?(?:adopted|carried|passed|approved)"
    rf"(?:\s++(?:without\s++{_HELD_WITHOUT}|unanimously|as\s++(?:amended|read)))?[ \t]*+[.!]"
)
"""A sentence that only tells the outcome of the resolution told before it, its
words perhaps hard-wrapped: "Adopted without discussion.", "The resolution was
adopted.", "Passed unanimously." (used with ``fullmatch`` on one sentence)."""
OUTCOMES_TOLD = re.compile(
    r"(?:^|(?<=[.!?\"”][ \t])|(?<=[.!?\"”][ \t]{2})|(?<=\n))"
    r"(?i:(?:the[ \t]++(?:resolution|motion)\s++(?:was|is)\s++)?adopted|carried|passed)"
    rf"(?:\s++(?i:without)\s++(?i:{_HELD_WITHOUT}))?[ \t]*+[.!]"
)
"""Outcomes told each in a sentence of its own at the head of a sentence or line
("… Local 4. Adopted without debate.", "The resolution was adopted."): two of
them make a page the record of a session that decided on what it heard read, a
convention's report with no word of minutes."""
RECORD_OUTCOMES = 2
"""Outcomes in sentences of their own that make a page a record of proceedings."""
