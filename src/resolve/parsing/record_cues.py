"""Cues of minutes that record their motions in narrative, with no formula: "It
was moved and seconded that …", "A made a motion to …. B seconded.", "On a
motion by A and a second by B, the Council approved …". Plain regular
expressions, used by :mod:`resolve.parsing.recorded_motions`; like
:mod:`resolve.parsing.patterns`, nothing here knows the parser's state."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.elections import elections, joined_cuts
from resolve.parsing.sentence_gaps import sentence_gap

_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MOVING = re.compile(
    r"\b(?i:it\s++was\s++(?:duly\s++|regularly\s++)?(?:moved|proposed))\b"
    r"|\b[A-Z][a-z]++[ \t]++proposed[ \t]++(?=[A-Z])"
    r"|\b[A-Z][a-z]++[ \t]++(?:proposed|moved)(?:[ \t]++and|[ \t]*+[,;](?:[ \t]++and)?)[ \t]++"
    r"(?:[A-Z][\w.'’]*+[ \t]++){1,4}seconded\b"
    r"|\b[A-Z][a-z]++[ \t]++moved[ \t]++for[ \t]++(?:a|an|the)[ \t]++[a-z]"
    r"|\b[A-Z][a-z]++[ \t]++so[ \t]++(?:moved|moves)\b"
    r"|\b[A-Z][a-z]++[ \t]++(?:moves|motions)\b(?=[ \t]*+,|[ \t]++(?:that|to[ \t]++[a-z]))"
    r"|(?<![A-Za-z,][ \t])\bMotion[ \t]++to[ \t]++[A-Za-z]"
    r"|\b(?i:(?:a\s++)?vote\s++(?:was\s++)?(?:taken|initiated|called)\s++to\s++[a-z])"
    r"|\b[A-Z][a-z]++[ \t]++motioned\b|\bMotioned[ \t]++(?=[A-Z])"
    r"|\b(?!(?:The|This|That|These|Those|Its|Their|Our|Each|Any)\b)[A-Z][a-z]++[ \t]++nominated[ \t]++"
    r"(?!(?:him|her|them)sel)(?=[A-Z][a-z])"
    r"|\b(?i:nominated(?:[ \t]*+,|[ \t]++and)[ \t]++(?:duly[ \t]++)?seconded)\b"
    r"|\b(?:was|were)[ \t]++(?:proposed|nominated)[ \t]++(?:as|for)[ \t]++[^\n.;]{1,80}?\bseconded\b"
    r"|\b(?<!(?i:not)\s)(?i:(?:moved|proposed)\s++(?:by\s++[^\n.;]{1,60}?\s++)?and\s++(?:was\s++|duly\s++)?seconded)\b"
    r"|\b(?i:motion\s++(?:was\s++)?made\s++(?:to\s++[a-z]|that\b|and\s++(?:seconded|carried)\b|by\s++(?-i:[A-Z])))"
    r"|\b(?i:motion)[ \t]++(?!(?i:not|to|and|or|be)\b)[A-Za-z]{2,4}[ \t]++made[ \t]++by[ \t]++[A-Z]"
    r"|\b[A-Z][a-z]++[ \t]++moved[ \t]++(?!(?:regarding|concerning|during|following|according)\b)[a-z]{2,}ing\b"
    r"|\b(?i:moved\s++(?:that|to\s++[a-z]++|(?:for\s++)?(?:the\s++)?(?:approval|adoption|acceptance)))\b"
    r"|\b[A-Z][a-z]++[ \t]++proposed[ \t]++(?:the[ \t]++)?(?:approval|adoption|acceptance)\b"
    r"(?=[^\n.;]{0,120}?\bseconded\b[^\n.;]{0,80}[.;][ \t]*+(?i:agreed|approved|carried)\b)"
    r"|\b(?i:(?:made|offered|introduced)\s++(?:a|the)\s++(?:motion|proposal)|a\s++motion\s++was\s++(?:made|moved))\b"
    r"|\b(?i:motion\s++and\s++(?:a\s++)?second)\b|\b(?:Motion|MOTION)(?:[ \t]++|[ \t]*+:[ \t]++)(?:(?:made|Made|MADE)[ \t]++)?(?:by|BY)[ \t]++[A-Z]"
    r"|\b(?:M/S(?:/[A-Z])?|MSC)[ \t]*+(?:\([^()\n]{1,60}\)|[A-Z][\w'’.-]*+/[A-Z])"
    r"|\b(?i:there\s++was\s++a\s++motion\s++(?:by|from))\b"
    r"|\b(?i:(?:suggestion|proposal|motion)\s++(?:was\s++(?:made|put)\s++|came\s++)?from\s++the\s++floor)\b"
    r"|(?:(?:--|[-—–:•])[ \t]*+[“\"]?|[“\"])I[ \t]++move[ \t]++(?:that\b|to[ \t]++[a-z])"
    r"|\b(?i:(?:on|upon)\s++(?:a\s++|the\s++)?motion)\b"
    r"|\b(?:Moved|MOVED|Proposed|PROPOSED)[ \t]*+:?[ \t]*+(?:by[ \t]++)?[A-Z](?:[^\n.;:]|(?<=\b[A-Z])\.){0,60}?"
    r"[,\s]++(?i:seconded|supported)\b"
    r"|\b(?:Moved|MOVED)[ \t]++(?:by|BY)[ \t]++[A-Z](?:[^\n.;:]|(?<=\b[A-Z])\.){0,60}?[ \t]++(?:that|THAT)\b"
    r"|\b[A-Z][a-z]++[ \t]++(?:motions|moves)[,;]?[ \t]++(?:and[ \t]++)?[A-Z][^\n.;]{0,60}?[ \t]seconds\b"
    r"|\b(?i:we[ \t]++(?:hereby[ \t]++|now[ \t]++|respectfully[ \t]++)?move[ \t]++(?:the[ \t]++)?"
    r"(?:adoption|approval|acceptance)[ \t]++of)\b"
)
"""A sentence that records a motion put to the meeting: "It was moved and
seconded that …", "A moved and was seconded that …", "Moved by A and seconded that
…", "Proposed and seconded; a vote was taken …" (not "… were not proposed and
seconded"), a motion told with no article
or mover ("MOTION made to approve …", "motion made and carried that …", "Motion
was made by A to …", its label before the mover: "MOTION: Made by A, seconded by B that …", its auxiliary garbled by OCR: "A motion wsa made by A"), a mover's gerund ("A moved accepting the report"), "A moved approval of …", "A moved for approval of …", "Cllr A proposed acceptance
seconded by Cllr B. Agreed." (a parish clerk's record, read only with its
one-word outcome: with none it records no decision, convention 8), a member who
answers the chair's call for a motion ("Asking for a motion to adopt …, Member B
so moved, …"), "A made a motion to …",
"There was a motion by A …", "A suggestion came from the floor that …" (a
proposal put by a member, its outcome told after it), "On a motion by A …", "On motion/second, …", a
speaker's "MR. A--I move that …" in a verbatim record,
"“To accept …” Proposed A Seconded B Carried", "Moved by D. Lee, seconded by …"
(a name's initials), "Moved by A that … be affirmed." (the mover named, no seconder), "It was proposed by A, seconded by B that …", "Cllr A
proposed B is co-opted …, Cllr C seconded", "A made a proposal to …, seconded by
B", "A offered a motion to …" and "A introduced a motion to …" (told as
"made" is), "Motion and second to approve …", "A motion and second was made to …",
"Motion by A, support by B to …", "Moved by A, supported by B", the initials of
"moved, seconded (and carried)" with the two names: "It was M/S/C (A/B) to …",
"MSC (A/B) to …", a member's nomination of another to an office, seconded
("A nominated B as treasurer. C seconded.", "… were nominated, seconded, and
elected"; not "The nominated Directors …"), or told in the passive with its
proposer and seconder ("B was proposed as treasurer (A, seconded by C) and
carried"), "A proposed and B C seconded the
appointment", "A moved, B seconded to approve …", "A moved for a revision of …", the present tense of terse minutes
("A moves to approve", "A moves, B seconds …", "A motions to approve; B seconds"), a sentence that opens with the
motion itself ("Motion to approve … by A, seconded B"), a member's quoted "“I move
to …”", a vote put without a mover ("… and a vote was taken to accept …", "Vote
initiated to accept the Agenda: …") and the
informal "A motioned to amend …", "Motioned A, B 2nded.", a vote record's "A Bo motions and C Di seconds" / "A Bo moves, C Di
seconds", a committee's report that moves its own adoption ("And we hereby move the
adoption of the report.")."""
SECONDED = re.compile(
    r"(?i)\bseconded\b|\b(?:a|the)\s++second\s++(?:by|from)\b|/\s*+second\b"
    r"|\bsecond\s++(?:obtained|received)\b|\bmotion\s++and\s++(?:a\s++)?second\b"
    r"|\bsupport(?:ed)?[ \t]++by[ \t]++(?-i:[A-Z])|(?-i:\bM/S\b|\bMSC[ \t]*+\()"
    r"|(?-i:\b[A-Z][a-z]++(?:[ \t]++|[ \t]*+\n[ \t]*+)[Ss]econds)\b"
    r"|\b2nded\b|\b2nd[ \t]++by\b|(?-i:\b(?!" + _MONTH + r"\b)[A-Z][a-z]++[ \t]++2nd)\b"
)
"""The record of the motion's seconder: "B seconded.", "… and a second by B",
"On motion/second", "Second obtained.", "Motion and second to …", "support by B"
or "supported by B" (the seconder's word in some councils), the initials "M/S" or
"MSC (A/B)", "B seconds" (a name before it, never "30 seconds"), "B 2nd.", "B
2nded.", "2nd by B" (never a date's "March 2nd")."""
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
    r"[ \t]*+(?:[-*•–][ \t]++|(?:\d{1,2}|[a-z])[.)][ \t]++)?(?:(?:Motion|MOTION)[ \t]++)?"
    r"(?i:seconded\b|second[ \t]++(?:obtained|received|by)\b"
    r"|second(?:er)?[ \t]*+:[ \t]*+(?-i:[A-Z])[^\n]{0,60}?\bseconded\b"
    r"|second(?:er)?[ \t]*+:[ \t]*+(?-i:(?:[A-Z][\w.'’-]*+[ \t]++){0,3}[A-Z][\w.'’-]*+)[ \t]*+(?:\n|\Z))"
)
"""A record that opens with the seconding of the motion above it, its text not
repeated: "Second obtained. … Motion passes on voice vote.", "Seconded by Bob. Carried.",
"Motion second by Bob. Motion carried." (the seconding told as the motion's),
a numbered or lettered step of a motion's record labelled with its part ("b. Second:
Tom seconded the motion" under "a. Motion: Ann made the motion to …"), or the label
and the seconder's name alone on their line ("Second: Senator Bo" under "Motion to
approve: Senator Al"; not "Second: Improve the …", a list's second point)."""
_LABEL = r"(?:Motion|MOTION)[ \t]*+:[ \t]*+(?=\S)"
"""A motion's label, "Motion:", before its text (MOTION_LABEL and RUN_ON_LABEL)."""
MOTION_LABEL = re.compile(r"[ \t]*+" + _LABEL)
"""The label that opens a paragraph recording a motion, which the line reader
takes for a vote line: "Motion:  A moved for … The motion was seconded and …"."""
RUN_ON_LABEL = re.compile(r"(?<![A-Za-z][ \t])" + _LABEL)
"""A motion's label anywhere on its line, run on after other business ("…
Balance $510.20 MOTION: Accept …") or glued to the outcome of the motion before
("… CarriedMOTION: -That …"); not a word's label inside a phrase ("Main Motion:")."""
LABELLED_OUTCOME = re.compile(
    r"(?:(?i:seconded)\b|\bS[ \t]*+:)[^\n]{0,80}?"
    r"\b(?P<outcome>(?i:carried|passed|adopted|defeated|failed|lost|withdrawn|tabled))(?![a-z])"
)
"""The seconder ("Seconded B", "S: B") and the outcome after it ("Carried", the
next label glued on: "CarriedMOTION:") that close a labelled motion's record."""
MOTION_TO = re.compile(r"(?i)\ba\s++motion\s++(?:to\s++[a-z]|for\s++(?:an?|the)\s++[a-z])")
"""A motion told by what it does: "… a motion to deactivate the committee …",
"There was a motion for a grant to …"."""
CARRIED = re.compile(
    r"(?i)\bmotion\b[^\n]{0,300}?\b(?:was\s++(?:unanimously\s++|duly\s++)?"
    r"(?:approved|carried|passed|adopted)|(?:unanimously\s++)?(?:carrie[sd]|passe[sd]))\b"
    r"|\bwas[ \t]++(?:duly[ \t]++|unanimously[ \t]++)?elected\b"
    r"|\b(?:vote[ \t]++(?:is|was)[ \t]*+:?[ \t]*+|:[ \t]*+)\d{1,3}[ \t]++in[ \t]++favou?r\b"
    r"|\b(?i:the)[ \t]++(?i:minutes|agenda|motion|amendments?|recommendations?|proposals?)[ \t]++"
    r"(?i:was|were)[ \t]++(?i:then|subsequently|duly)[ \t]++(?i:approved|adopted|carried|passed)\b"
)
"""The motion's outcome told with it: "… a motion to deactivate the committee was
unanimously approved", "A motion was made to add … The motion was approved.", "The
motion to accept … passed unanimously", "…; Motion carries unanimously", a
nomination's "It was proposed that A be appointed … A was elected unopposed.", or
only the tally ("Vote is 8 in favor, 0 against", "…: 7 in favor, …"), or the
act moved named again as carried after it ("A moved to correct the minutes … The
minutes were then approved as corrected.")."""
CARRIED_OUTCOME = re.compile(
    r"(?i)\bmotion\s++(?:was\s++)?(?:unanimously\s++)?(?:carrie[sd]|passe[sd]|approved|adopted)\b"
)
"""An outcome told with the word "motion", a hard wrap allowed between: "Motion¶CARRIED
by a voice vote.", "The motion was approved"."""
OUTCOME_OPENS = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++|\d{1,2}[.)][ \t]++)?"
    r"(?:(?i:after|following)[ \t]++(?:(?:some|a|brief|further|short)[ \t]++)?(?i:debate|discussion)[ \t]*+,[ \t]*+)?"
    r"(?:(?i:votes?[ \t]++)?(?i:for|in[ \t]++favou?r)\b[^.\n\d]{0,30}?\d{1,4}+[^.\n]{0,60}?\.[ \t]++"
    r"(?:(?i:therefore|so|thus)(?:,[ \t]*+|[ \t]++))?)?"  # its tally: "Votes for the motion 24; …"
    r"(?:[Tt]he[ \t]++|[Ww]hich[ \t]++)?"
    r"(?i:motion|minutes|resolution|amendment|report|recommendation)"
    r"[ \t]++(?:(?i:was|were|is|are|has[ \t]++been|have[ \t]++been)[ \t]++)?"
    r"(?i:approved|carried|passed|adopted|failed|defeated|prevailed|passes|carries|fails)\b"
)
"""The record of a vote, right under the motion it decides: "The Motion was APPROVED on a
5-2 vote", "Motion carried.", "The motion prevailed; …", "Which motion prevailed.", "- Motion
Passes", "1. After debate, the resolution passed", its tally perhaps first ("Votes for the
motion 24; votes against 1. Therefore the motion is carried.")."""
SIGNED_OFF = re.compile(
    r"[ \t]*+(?i:respectfully[ \t]++)?(?i:submitted)\b(?:[ \t]++(?i:by))?[ \t]*+[,:]?"
)
"""The sign-off of a report between its motion and the outcome recorded under it:
"Respectfully submitted," over the chair's name."""
PUT_FORWARD = re.compile(
    r"(?i)\b(?:presented|proposed|introduced|offered)[ \t]++(?:a|an)[ \t]++(?:[a-z-]++[ \t]++)?"
    r"(?:resolution|motion)\b"
)
"""A resolution or motion put to the meeting with no mover's formula: "The
committee presented a resolution which seeks …", "Proposed a verbal resolution to
…" (its outcome recorded right under it)."""
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
_BODY = (
    r"(?:[Cc]ommittee|[Mm]eeting|[Bb]oard|[Ee]xecutive|[Bb]ranch|[Mm]embership|[Mm]embers"
    r"|[Cc]ouncil|[Ss]enate|[Aa]ssembly|[Ff]aculty|[Cc]ongregation|[Tt]rustees|[Dd]irectors)"
)
_BODY_ADOPTS = (
    rf"\b(?:(?:the|The)[ \t]++(?:[a-z]++[ \t]++)?{_BODY}|Friends)[ \t]++"
    r"(?:(?:also|then|further|unanimously)[ \t]++)?"
    r"(?:considered|reviewed|discussed|debated)[ \t]++(?:and[ \t]++(?:approved|adopted|ratified|endorsed)"
    r"[ \t]++(?!(?:the[ \t]++)?(?i:minutes|agenda)\b)(?=[A-Za-z])"
    r"|[^.;\n]{1,80}?[ \t]and[ \t]++made[ \t]++(?:[a-z]++[ \t]++)?(?:changes|amendments|revisions|corrections)"
    r"[ \t]++to\b)"
    r"|\b(?:Friends[ \t]++(?:(?:also|then|further)[ \t]++)?(?:approved|APPROVED|agreed|AGREED)"
    r"|We[ \t]++(?:(?:also|then|further)[ \t]++)?(?:(?:heard|considered|reviewed|discussed)[ \t]++and[ \t]++)?"
    r"(?:approved|agreed|decided|accepted|adopted))[ \t]++"
    r"(?!(?:the[ \t]++)?(?i:minutes|agenda)\b)(?!(?:with|on|upon|in|at|by|for|and|but)\b)(?=[A-Za-z])"
)
"""The body's own adoption of an item after its consideration, told in a
sentence with no motion: "The community council considered and adopted the
model constitution.", "The board reviewed and approved the budget." (not the
minutes or the agenda, the meeting's routine), or amended by the body after its
review ("The council reviewed the draft agenda and made minor changes to the
order."); a meeting of Friends
(Quaker minutes) records its decisions so, the meeting named "Friends", or
telling them in the first person plural: "Friends APPROVED a proposal that …",
"Friends agreed to adopt these purposes.", "We decided to hold …", "We accepted
the reports.", "We heard and approved this minute." (not "We agreed with …";
"Friends decided …" may tell another body's decision, a library's Friends)."""
_WRAP = r"(?:[ \t]*+\n[ \t]*+|[ \t]++)"
"""The space between two words of a sentence, or the line break of a hard wrap
between them ("… It was" / "AGREED to invite …")."""
_REFERRED = (
    r"(?:(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))(?:Council|Board|Committee|Senate|Commission|Trustees)"
    rf"[ \t]++(?:[^.;]{{0,160}}?[ \t]and{_WRAP})?referred{_WRAP}"
    r"(?:the[ \t]++(?:matter|request|item|question|application|petition|proposal|letter)|it)"
    rf"{_WRAP}to{_WRAP}(?:the{_WRAP})?[A-Z]"
)
"""The body, named bare at the head of its sentence as minutes name it, sending a
matter on for action: "Council raised no objection to the request and referred the
matter to the City Engineer …"."""
AGREED_RECORD = re.compile(
    r"\b(?i:it)" + _WRAP + r"was" + _WRAP + r"(?:(?:also|further|then|unanimously)[ \t]++)?"
    r"(?:agreed|decided|voted|AGREED|DECIDED)"
    r"(?:[ \t]++by[ \t]++[^\n.;]{1,60}?)?"
    + _WRAP
    + r"(?:to[ \t]++[a-z]|that\b|(?=(?:a|an|the|this|these)[ \t]++[a-z]))"
    r"|\b(?:A|a|The|the)[ \t]++decision[ \t]++was[ \t]++(?:made|taken|reached)[ \t]++(?:to[ \t]++[a-z]|that\b)"
    r"|(?:(?<![^\n])|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))(?:A|An)[ \t]++"
    r"(?:(?!(?:it|this|that|which|who|was|were)\b)[^\s.;:!?]++[ \t]++){1,6}?was[ \t]++agreed[ \t]++to[ \t]++[a-z]"
    r"|\b(?:the|The)[ \t]++(?:[Cc]ommittee|[Mm]eeting|[Bb]oard|[Ee]xecutive|[Bb]ranch|States|[A-Z]{3,5}\b)[ \t]++"
    r"(?:(?:also|further|then|unanimously)[ \t]++)?(?:(?:agreed|decided)[ \t]++"
    r"(?:to[ \t]++[a-z]|that\b|(?!(?:with|on|upon|in|at|by|for|and|but)\b)(?=[A-Za-z]))"
    r"|resolved[ \t]++to[ \t]++(?!be\b)[a-z])"
    r"|\bTHE[ \t]++[A-Z]{4,}[ \t]++(?:(?:also|further|then|unanimously)[ \t]++)?"
    r"(?:agreed|decided|appointed|ordered|resolved|approved|adopted|elected|authori[sz]ed)[ \t]++"
    r"(?:to[ \t]++[a-z]|that\b|(?!(?:with|on|upon|in|at|by|for|and|but)\b)(?=[A-Za-z]))"
    r"|\b(?:the|The)[ \t]++(?:[Cc]ommittee|[Mm]eeting|[Bb]oard|[Ee]xecutive|[Bb]ranch|[Mm]embership)[ \t]++"
    r"(?:(?:also|further|then|unanimously)[ \t]++)?voted[ \t]++(?:unanimously[ \t]++)?(?:to[ \t]++[a-z]|that\b)"
    r"|\b(?:was|were)[ \t]++voted[ \t]++(?:on|upon)[ \t]*+,?[ \t]++and[ \t]++(?:was[ \t]++|were[ \t]++)?"
    r"(?:unanimously[ \t]++)?(?:approved|adopted|passed|carried|accepted)\b"
    r"|\b(?:(?i:it)[ \t]++was[ \t]++)?voted[ \t]++(?:(?:up)?on[ \t]++)?to[ \t]++be[ \t]++"
    r"(?:unanimously[ \t]++)?(?:accepted|adopted|approved|received|placed[ \t]++on[ \t]++file)\b"
    rf"|\b(?:the|The)[ \t]++{_BODY}[ \t]++(?:was|were)[ \t]++(?:all[ \t]++|unanimously[ \t]++)?"
    r"in[ \t]++(?:full[ \t]++)?agreement[ \t]++(?:that\b|to[ \t]++[a-z])"
    rf"|\b(?:All|all)[ \t]++(?:the[ \t]++)?{_BODY}[ \t]++(?:present|in[ \t]++attendance)[ \t]++(?:was|were)[ \t]++"
    r"in[ \t]++(?:full[ \t]++)?agreement[ \t]++(?:that\b|to[ \t]++[a-z]|with[ \t]++the\b)"
    rf"|\b(?:the|The)[ \t]++{_BODY}[ \t]++unanimously[ \t]++"
    r"(?:agreed|decided|resolved|recommended|endorsed|approved|adopted)[ \t]++(?:that\b|to[ \t]++[a-z])"
    r"|\b(?i:vote)[ \t]++was[ \t]++\d{1,3}[ \t]*+(?:to|-|–)[ \t]*+\d{1,3}[ \t]++in[ \t]++favou?r[ \t]++of"
    r"[ \t]++the[ \t]++(?:motion|proposal|resolution|question)\b"
    rf"|{_BODY_ADOPTS}"
    rf"|{_REFERRED}"
    r"|(?:(?<=[.!?][ \t])|(?<=[.!?][ \t]{2})|(?<=[.!?][ \t]{3}))APPROVED"
    r"(?=(?:[ \t]++(?:with|as)\b[^.\n]{1,60})?[.!])"
    r"|\b(?i:a)[ \t]++vote[ \t]++was[ \t]++(?:taken|held)[ \t]++and[ \t]++(?:it[ \t]++was[ \t]++)?"
    r"(?:unanimously[ \t]++)?(?:passed|carried|approved|agreed)[ \t]++to[ \t]++[a-z]"
    r"|\b(?:the|The)[ \t]++consensus[ \t]++(?:of[ \t]++the[ \t]++(?:meeting|members|board|committee)[ \t]++)?"
    r"was[ \t]++(?:that\b|to[ \t]++[a-z])"
    r"|\b(?:There|there)[ \t]++was[ \t]++(?:an?[ \t]++)?(?:(?:general|clear|broad|full|unanimous|strong)[ \t]++)?"
    r"consensus[ \t]++(?:(?:of|among|in)[ \t]++the[ \t]++[a-z]++[ \t]++)?(?:that\b|to[ \t]++[a-z])"
)
"""A decision the minutes record as agreed, with no motion told: "It was agreed to
donate £200 …" (its verb in capitals too, "It was AGREED to invite …", and
hard-wrapped anywhere in it), "It was voted to accept the report" (a town meeting's vote),
"It was also agreed to send …", "it was agreed by Members for A to sign …", "the PCC agreed to support …" (a body named by its initials), "It was agreed the provision … should continue." or "It was agreed / this should be …" ("that" left out, the line wrapped after the verb), "A
decision was made to not hold …", a thing agreed in the passive with its act after
it, at a sentence's start ("A date of 3 May was agreed to hold the fair."; not "A
date was agreed for the fair", which a report may tell of others), "…, though the Committee agreed A could …" (the
body as subject; not "the Committee agreed with …"), "The meeting resolved to
widen the campaign …" (an infinitive after "resolved", as a statement after a
meeting tells its decision; not "resolved that …", a text of record), a legislature's journal naming
the house in capitals at the head of its act ("THE SENATE appointed A as …", "THE
SENATE ordered that the Report be printed"), the body named bare as it names
itself sending a matter on to an officer or committee ("Council raised no objection
to the request and referred the matter to the City Engineer …"), "… the meeting voted
unanimously to re-elect …" (its vote told, with no motion), a matter "…
discussed, was voted on, and approved." (put to the vote and carried, no motion
told), a report "… which was voted to be accepted and placed on file" or "…
voted upon to be accepted" (the vote told in the passive, a town meeting's
record), the body's assent told as agreement ("The members were all in agreement that
the fees should rise.", "All members present were in agreement with the proposed
budget."), or its unanimous act ("The Council unanimously recommended that …", the
vote told by its unanimity), or a question put and decided by its tally ("… the final
vote was 9 to 2 in favor of the motion.", the ayes told first), a sentence of its own
that is the capitalised word of the meeting's approval, after the matter told ("… was read by the clerk.  APPROVED
with that change.", Friends' minutes), or a vote told taken and carried in one
("a vote was taken and passed to keep …", "A vote was taken and it was unanimously approved to make …"),
or the meeting's consensus told as its decision ("The consensus was that we will
not …", "The consensus of the members was to …", "There was general consensus that …")."""
LEAVE_AGREED = re.compile(
    r"[ \t]*+(?:By|by)[ \t]++leave(?:[ \t]++of[ \t]++the[ \t]++[A-Z][a-z]++)?,?[ \t]++"
    r"(?:it[ \t]++was[ \t]++)?(?:agreed|ordered|resolved)[ \t]++(?:that\b|to[ \t]++[a-z])"
)
"""A house's decision taken by leave, with no motion or question put, at the head
of its paragraph: "By leave, agreed that members … be regarded as present …",
"By leave of the House, it was ordered that …"."""


def resolving(text: str, start: int, end: int, kind: str) -> bool:
    """Is the unit ``text[start:end]`` of ``kind`` a numbered item's resolving
    paragraph: its formula ("Resolved, That …") or a decision the house took by
    leave (:data:`LEAVE_AGREED`)?"""
    return kind == "FORMULA" or (
        kind == "TEXT" and LEAVE_AGREED.match(text, start, end) is not None
    )


ADJOURNS = re.compile(
    r"(?i)\b(?:to|that[ \t]++the[ \t]++meeting)[ \t]++(?:be[ \t]++)?adjourn(?:ed)?\b"
)
"""A motion to close the meeting: "A motion and second was made to adjourn the
meeting at 9 pm."."""
MEETING_ADJOURNED = re.compile(
    r"(?i)\badjourn[ \t]++the[ \t]++meeting\b(?![ \t]++(?:(?:in)?to|until|till)\b)"
)
"""A motion that names the meeting it closes, not one that carries it on
elsewhere or later: "… a motion and a second to adjourn the meeting at 3:20
P.M.", even when the minutes record items after it (not "to adjourn the meeting
until Friday", "… into closed session")."""
DECIDED_WORD = re.compile(
    r"(?i)\b(?:carried|passed|approved|adopted|agreed|unanimous(?:ly)?|voted|prevailed)\b"
)
"""A word that records a motion's outcome: "Motion carried.", "… voted to adjourn"."""
OUTCOME_TOLD = re.compile(
    r"(?i)\b(?:carrie[sd]|pass(?:ed|es)|approved?|adopted|agreed|unanimous(?:ly)?|vote[ds]?|voting"
    r"|prevailed|objections?|accepted|elected|appointed|resolved|ratified|favou?r|consent|opposed"
    r"|ayes?|yeas?|yays?|nays?|abstain(?:ed|s|ing)?|confirmed)\b|(?-i:\bM/?S/?[CPA]\b)"
)
"""Any word that may tell a motion's outcome, its vote or the meeting's assent, read
widely ("Carried.", "… was approved by voice vote", "There were no objections.",
"Yay: 13 Nay: 0", "M/S/C"): a motion counts as left without outcome only when
none is told (:mod:`resolve.parsing.untold_motions`)."""
AGREED_ITEM = re.compile(
    r"[ \t]*+[^\n–—]{3,160}?[ \t][-–—][ \t]++(?P<record>[^\n]{12,1200}?)[ \t]++[-–—][ \t]*+"
    r"(?i:agreed|approved|resolved|carried)[ \t]*+[.!]?[ \t]*+"
)
"""A minutes item on one line, its heading, the decision and the word that
agrees it joined by dashes: "3. Order of the Agenda – add item 7 Grounds
contract – agreed" (not "6. Minutes of the last meeting – Agreed", a heading
agreed with no decision's wording)."""
MOVERS_NAMED = re.compile(
    r"[ \t]*+(?:Motioned|Moved)[ \t]++(?:by[ \t]++)?[A-Z][\w.'’]*+(?:[ \t]++[A-Z][\w.'’]*+)?"
    r"[ \t]*+,[ \t]*+(?:and[ \t]++)?[A-Z][\w.'’]*+(?:[ \t]++[A-Z][\w.'’]*+)?[ \t]++"
    r"(?:2nded|2nd|seconded|seconds)[ \t]*+[.;]?[ \t]*+"
)
"""A line under a motion that only names its mover and seconder: "Motioned A, B
2nded.", "Moved A, B seconded."."""
VOTE_ITEM = re.compile(
    r"[ \t]*+\d{1,3}[.)][ \t]++(?:Vote|VOTE)[ \t]++to[ \t]++[a-z][^\n]{0,200}?:[ \t]*+"
)
"""A numbered minutes item that names the vote taken, its notes bulleted below it:
"4. Vote to accept the gift for legal costs:"."""
MOTION_PASSED = re.compile(
    r"(?i)\b(?:a|the)[ \t]++motion[ \t]++to[ \t]++[a-z][^.\n]{0,200}?[ \t]"
    r"(?:was[ \t]++(?:unanimously[ \t]++)?(?:approved|adopted|passed|carried)|passed|carried)\b"
)
"""A motion told with its outcome in one sentence, with no mover: "A motion to
approve the budget passed.", "The motion to adjourn was carried."."""
DECISION_GAP = sentence_gap(blanks=r"\s++", opens=r"[A-Z\[(]")
"""Where one sentence of a minutes paragraph ends and the next begins: "… saw fit.
Bethune made …", "… (A and B). A new …", "… passed. [Note: …"."""
AGREED_PASSIVE = re.compile(
    r"[ \t\-–•*]*+(?!(?:No|Nothing|Neither|None)\b)(?:A|An|The|This|These|[A-Z][a-z]++)\b"
    r"[^\n.;:!?]{3,160}?[ \t]++(?:was|were)[ \t]++(?:(?:also|then|unanimously|duly)[ \t]++)?agreed"
    r"(?:[ \t]++(?:upon|by[ \t]++all|unanimously))?[ \t]*+[.!]"
)
"""A sentence that tells a thing agreed, its subject first and its verb last: "A
date for the picnic of 3 June was agreed.", "The new fees were agreed by all."
(not "No date was agreed.")."""


def agreed_passive(text: str, start: int, end: int) -> bool:
    """Does a sentence of ``text[start:end]`` tell a thing agreed, its verb last
    (:data:`AGREED_PASSIVE`)?"""
    begins = [start, *(g.end() for g in DECISION_GAP.finditer(text, start, end))]
    return any(AGREED_PASSIVE.match(text, b, end) is not None for b in begins)


REPORTED_THAT = re.compile(
    r"(?i)\b(?:explained|reported|said|stated|noted|advised|mentioned|told[ \t]++\w++|informed[ \t]++\w++)"
    r"[ \t]++that\b"
)
"""Words that report what someone said, before a decision or a motion passed told in the same
sentence: "A explained that once … it was decided to …" (not the meeting's own decision)."""


def decision_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the paragraph ``text[start:end]`` is cut so that each sentence that
    records a decision ("It was agreed to …", "A motion to … passed.") stands
    alone: the offsets where such a sentence begins or ends inside the paragraph,
    in order; empty when it records none or reports one in someone's words. A
    paragraph that tells motions moved is cut only between them (:func:`motion_cuts`),
    and after a decision agreed before the first of them ("The members were all in
    agreement that …. A proposal came from the floor that …; it was carried.")."""
    made = elections(text, start, end)  # "… Jo Park was appointed as our examiner. …"
    if DECISION_WORD.search(text, start, end) is None and not made:
        return []  # no outcome or decision told: nothing to cut (and MOVING is dear)
    moving = MOVING.search(text, start, end)
    if moving is not None:
        gaps = (g.end() for g in DECISION_GAP.finditer(text, start, moving.start()))
        stop = max(gaps, default=start)
        agreed = [m for m in AGREED_RECORD.finditer(text, start, stop) if m.end() <= stop]
        before = _sentence_cuts(text, start, stop, agreed)
        cuts = {*before, stop} if before else set()
        cuts |= set(_sentence_cuts(text, start, end, _agreed_after(text, moving.end(), end)))
        return sorted(c for c in cuts | set(motion_cuts(text, start, end)) if start < c < end)
    found = [
        *AGREED_RECORD.finditer(text, start, end),
        *MOTION_PASSED.finditer(text, start, end),
        *made,
    ]
    joined = {
        c for m in made for c in joined_cuts(text, *_sentence_of(text, start, end, m.start()))
    }
    return sorted({*_sentence_cuts(text, start, end, found), *joined})


def _sentence_of(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence of the paragraph ``text[start:end]`` that holds offset ``at``."""
    gaps = [start, *(g.end() for g in DECISION_GAP.finditer(text, start, end)), end]
    return max(g for g in gaps if g <= at), min((g for g in gaps if g > at), default=end)


def _agreed_after(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The decisions agreed with no motion in sentences of their own after a
    motion's ("The accounts were accepted (proposed by A and seconded by B). It
    was agreed that the fee would remain …"), told impersonally: not in a sentence
    that moves or seconds, nor one that names a motion (its outcome)."""
    gaps = [start, *(g.end() for g in DECISION_GAP.finditer(text, start, end)), end]
    out: list[re.Match[str]] = []
    for m in AGREED_RECORD.finditer(text, start, end):
        a = max(g for g in gaps if g <= m.start())
        b = min((g for g in gaps if g > m.start()), default=end)
        if (
            a > start
            and _IT_WAS_AGREED.match(text, m.start(), b) is not None
            and not any(r.search(text, a, b) for r in (MOVING, SECONDED, _MOTION_WORD))
        ):
            out.append(m)
    return out


_MOTION_WORD = re.compile(r"(?i)\b(?:motion|proposal|amendment|resolution|recommendation)s?\b")
"""A sentence that names the motion: it tells that motion's outcome, not a decision of its own."""
_IT_WAS_AGREED = re.compile(
    r"(?i:it)[ \t]++was[ \t]++(?:(?:also|further)[ \t]++)?(?:agreed|decided)\b"
)
"""The impersonal record of a decision of the meeting's own ("It was agreed that …"),
not a body's vote that may tell the motion's outcome ("The members voted to …")."""


def _sentence_cuts(text: str, start: int, end: int, found: list[re.Match[str]]) -> list[int]:
    """The offsets inside ``text[start:end]`` where the sentences of the
    decisions ``found`` begin and end, each told in the meeting's own voice (not
    reported in someone's words)."""
    gaps = [start, *(g.end() for g in DECISION_GAP.finditer(text, start, end)), end]
    cuts: set[int] = set()
    for m in found:
        begin = max(g for g in gaps if g <= m.start())
        if REPORTED_THAT.search(text, begin, m.start()) is not None:
            continue
        cuts |= {begin, min((g for g in gaps if g > m.start()), default=end)}
    return sorted(c for c in cuts if start < c < end)


DECISION_WORD = re.compile(
    r"(?i)\b(?:approved|carried|carries|passed|passes|adopted|elected|agreed|decided|decision"
    r"|voted|favou?r|agreement|changes|amendments|revisions|corrections)\b"
)
"""A word without which neither :data:`CARRIED`, :data:`JOINT_OUTCOME`,
:data:`AGREED_RECORD` (its "in agreement", "made changes to") nor :data:`MOTION_PASSED` can match: a paragraph with none
of them records no decision for :func:`decision_cuts` to cut out."""


def motion_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the paragraph ``text[start:end]`` is cut when it records several
    motions in turn, each closed by its outcome before the next is moved ("A
    made the motion to …. Motion carried. B made the motion to …, all in favor,
    motion carried."): the end of the sentence that tells each outcome, when a
    motion is moved after it; or, when one outcome after them counts the motions
    ("A made a motion, seconded by B, to …, and C made a motion to …, seconded by
    D. Both motions passed unanimously."), before each later motion's own clause
    ("C made …"). Empty when it records one motion."""
    moved = sorted(
        {
            *(m.start() for m in MOVING.finditer(text, start, end)),
            *seconded_motions(text, start, end),
        }
    )
    joint = bool(moved) and JOINT_OUTCOME.search(text, moved[-1], end) is not None
    cuts: list[int] = []
    for here, after in pairwise(moved):
        outcome = CARRIED.search(text, here, after)
        # + 1: the gap may end right where the later motion's sentence begins
        gap = DECISION_GAP.search(text, outcome.end(), after + 1) if outcome is not None else None
        if gap is None and joint and outcome is None:
            joins = [*JOINED.finditer(text, here, after), *DECISION_GAP.finditer(text, here, after)]
            gap = max(joins, key=lambda g: g.end(), default=None)
        if gap is not None and not cuts[-1:] == [gap.end()]:
            cuts.append(gap.end())
        if gap is not None and outcome is not None:
            cuts += _later_outcomes(text, gap.end(), after)
    return cuts


def _later_outcomes(text: str, start: int, after: int) -> list[int]:
    """Where each further outcome told between one motion's outcome and the next
    motion ends its sentence ("… Motion carried." / "MINUTES" / "One correction
    noted. Motion carried." / "It was moved …"): an item carried with no motion
    told, cut off from the next motion as the first outcome is."""
    cuts: list[int] = []
    pos = start
    while (outcome := CARRIED_OUTCOME.search(text, pos, after)) is not None:
        gap = DECISION_GAP.search(text, outcome.end(), after + 1)
        if gap is None:
            break
        cuts.append(gap.end())
        pos = gap.end()
    return cuts


def seconded_motions(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of ``text[start:end]`` begin that the cues do not know
    for a motion but whose next sentence opens with its seconding ("A asked
    leave to adjourn …. Seconded by B. Motion carried.", an unusual verb or a
    scanning slip in the mover's words): each such sentence is a motion of its own, as much as one
    :data:`MOVING` finds."""
    begins = [start, *(g.end() for g in DECISION_GAP.finditer(text, start, end))]
    return [
        a
        for a, b in pairwise(begins)
        if SECONDER_OPENS.match(text, b, end) is not None
        and SECONDER_OPENS.match(text, a, b) is None
        and MOVING.search(text, a, b) is None
    ]


JOINT_OUTCOME = re.compile(
    r"(?i)\b(?:both|the|all)[ \t]++(?:(?:two|three|four|five)[ \t]++)?motions[ \t]++"
    r"(?:were[ \t]++)?(?:unanimously[ \t]++)?(?:passed|carried|approved|adopted)\b"
)
"""One outcome that counts the motions before it: "Both motions passed unanimously.",
"The two motions were carried."."""
JOINED = re.compile(r"(?:[,;][ \t]*+and|;)[ \t]++(?=[A-Z])")
"""Where a later motion's own clause begins in a sentence that tells several:
"…, as presented, and Mr. B made a motion …"."""


SUGGESTION_ACCEPTED = re.compile(
    r"(?i)\b(?:suggested|proposed|(?:requested|asked)[ \t]++(?:that|for)\b)[^\n]{0,300}?"
    r"\b(?:accepted|agreed|approved|adopted)[ \t]++"
    r"(?:by[ \t]++(?:all|everyone|the[ \t]++meeting|consensus)|unanimously|nem\.?[ \t]*+con\b)"
    r"|\b(?-i:[A-Z][a-z]++|[A-Z]{2,3})\s++proposed\s++(?-i:[a-z]++)(?:[^\n]|\n(?!\n)){0,300}?"
    r"[.!?]\s++(?-i:This|That)[ \t]++was[ \t]++(?:then[ \t]++)?(?:agreed|approved|accepted)\b"
)
"""A suggestion recorded with its acceptance, with no motion told: "Purpose: A
suggested adding: “…” (Accepted by all).", "B proposed … This was agreed by all.", a request put to the meeting and agreed
with none against ("A requested that … . Agreed nem con."), a member's proposal
whose next sentence tells it agreed ("AB proposed spending £300 on … This was
agreed although …"), its lines hard-wrapped."""


VOTE_FOLLOWS = re.compile(
    r"(?i)\b(?:carried|passed|approved|adopted)[ \t]++(?:with|by)[ \t]++the[ \t]++following"
    r"[ \t]++(?:roll[ \t]++call[ \t]++|recorded[ \t]++)?vote[ \t]*+:[ \t]*+$"
)
"""The end of a motion's record that introduces its tally lines below it, not its
content: "… seconded by B and carried with the following vote:", "… passed by the
following roll call vote:"."""
VOTE_LINE = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?:(?i:all|those)[ \t]++)?(?i:ayes|noes|nays|yeas|abstain(?:ed|ing|s)?"
    r"|abstentions?|absent|recused|excused|opposed|against|in[ \t]++favou?r)[ \t]*+:"
)
"""A line of a tally: "Ayes: Directors A, B and C", "Noes: None", "Abstain: None",
a bullet naming the side ("* All in favor: 3", "- Those opposed: none")."""
DECISION_REACHED = re.compile(
    r"[ \t]*+(?:We|we)[ \t]++(?:have[ \t]++)?(?:(?:come|came)[ \t]++to|reached)[ \t]++a[ \t]++"
    r"(?:conclusion|decision)[ \t]++(?:to[ \t]++[a-z]|that\b)"
)
"""A decision the members state in their own words, opening a sentence: "We have come to a
decision to hold a joint rally.", "We reached a conclusion that …" (see :data:`AGREED_RECORD`)."""
