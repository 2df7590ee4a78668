"""Cues of minutes and meeting records: the prose of minutes, a page's list of adopted resolutions, table rows. Plain regular
expressions, used by :mod:`resolve.parsing.records` (and the motion after an
introducing sentence by the state machine); like
:mod:`resolve.parsing.patterns`, nothing here knows the parser's state."""

from __future__ import annotations

import re

from resolve.parsing.sentence_gaps import sentence_gap

MINUTES_PROSE = 3
"""Prose paragraphs with no opener, before a bare formula, that may be minutes."""
_MINUTES_WORDS = (
    *"meeting minutes agenda moved seconded motion quorum adjourned present absent attendance".split(),
    r"call\s+to\s+order",
    r"called\s+(?:the\s+meeting\s+)?to\s+order",
)
MINUTES_CUE = re.compile(
    rf"(?i)\b(?=[{''.join(sorted({w[0] for w in _MINUTES_WORDS}))}])(?:{'|'.join(_MINUTES_WORDS)})\b"
)
"""Words of minutes ("meeting", "agenda", "moved"): two of them make the prose
minutes. The lookahead of their first letters, taken from the words, lets ``re``
leave a word at once that opens with none (it tried each word in turn at every
word of a book: 41 ms on 1 MB, now 23 ms)."""
NAME_ITEM = re.compile(
    r"[ \t]*+[-*\u2022\u2013][ \t]++(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Fr|Father|Sister|Cllr|Prof)\.?[ \t]++)?"
    r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){1,3}(?:[ \t]++\([a-z][^()\n]{0,30}\))?[ \t]*+"
)
"""A bulleted line that holds only a person's name, with perhaps a title and a
role in brackets, as minutes list those present: "• Ann Hale (chair)", "• Dr
Bea Cole" (not "• Justice and Peace", "• Approve the budget")."""
MENU_ITEM = re.compile(
    r"[ \t]*+[-*\u2022\u2013][ \t]++[A-Z][\w'’&-]*+(?:[ \t]++[\w'’&-]++){0,3}[ \t]*+"
)
"""A bulleted line of one to four words with no stop or other sign, as a page's
menu of links lists its parts above the text: "• Contents", "• Opening Day"
(used with ``fullmatch``; a page's list of sentences or motions is no menu)."""
LONE_MARK = re.compile(r"[ \t]*+[-*\u2022\u2013\u2014][ \t]*+\n")
"""A dash or a bullet alone on the first line of a unit: a separator printed
between a page's menu and its text, no list item."""
MINUTES_HEADINGS = re.compile(r"(?i)\b(?:attendees|apologies|matters\s++arising)\b")
"""Field headings of a meeting's record ("Attendees:", "Apologies:", "Matters
arising"). Not read by the parser's forms (only by its last reader,
:mod:`resolve.parsing.fallback_records`, as one word of minutes), which were fitted to
``MINUTES_CUE`` alone ("APOLOGIES:" over a council's RESOLVED would turn the
report before it from a recital into narrative); the rules count them with
``MINUTES_CUE`` to tell a meeting's record from an adopted text."""
MINUTES_RECORD = re.compile(
    r"(?i)\b(?:reported|presented|considered|introduced|reviewed|discussed|moved|seconded"
    r"|(?:was|were)\s++(?:duly\s++|unanimously\s++)?(?:moved|adopted|approved|carried|passed))\b"
    r"|\bMinutes:[ \t]*+$"
)
"""A sentence that records the meeting: "The Treasurer presented …", "… were duly adopted:",
or an agenda item with its minute's table label after it ("To receive … 8 June 2021. Minutes:")."""
ADOPTED_LIST = re.compile(
    r"(?i)[ \t#*_]*+(?:resolutions|motions)\s++(?:adopted|passed|carried|approved)\b[^\n]{0,80}"
    r"|[ \t#*_]*+(?:adopted|approved)\s++(?:resolutions|motions)\b[^\n]{0,80}"
)
"""The heading of a page that lists adopted resolutions: "Resolutions Adopted"."""
TABLE_ROW = re.compile(r"[ \t]*+\|[^\n]*\|[ \t]*+")
"""A Markdown table row: "| Brief Description | Packages |"."""
MOTION_THAT = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}[ \t]++(?=THAT[ \t]))?[“\"‘']?(?:That|THAT)[ \t,]|[“\"](?:To|TO)[ \t]++[a-z])"
)
"""A paragraph opening with "That", or in quotation marks with its infinitive
("\"To approve …"): after a sentence that introduces it ("I move without
notice:"), the motion itself, its one clause ("That standing orders be …"); a
PDF's page number may stand glued before a "THAT" in capitals ("1 THAT the …")."""
TEXT_WAS = re.compile(
    r"(?i)\b(?:text|wording)\s++of\s++(?:the\s++|this\s++)?(?:resolution|motion)\s++(?:was|is|reads)\s*+:\s*+$"
)
"""A record line that gives the adopted text below it with no formula: "Circular
Resolution 12 - … - was accepted with 5 votes in favour. The text of the resolution was:"."""
NAMED_READS = re.compile(
    r"[ \t]*+(?:(?:The|the)[ \t]++)?(?:Resolution|Motion|RESOLUTION|MOTION)[ \t]++[\w.-]{1,12}+"
    r",[^:,\n]{1,80},[ \t]++reads(?:[ \t]++in[ \t]++full)?(?:[ \t]++as[ \t]++follows)?[ \t]*+:[ \t]*+"
)
"""A page's sentence that gives a named resolution's text below it, an aside
between the name and the verb: "Resolution B, as adopted in 2031, reads as follows:"."""
AS_FOLLOWS_END = re.compile(r"(?i)\bas\s++follows\s*+[.:]\s*+$")
"""A paragraph that introduces the text below it: "The Rules of Order are changed as follows."."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
COUNTED_INTRO = re.compile(
    r"(?i)\bthe\s++following\s++(two|three|four|five|six|seven|eight|nine|[2-9])\s++resolutions"
    r"\s++(?:were|have\s++been)\s++(?:[a-z]++\s++){0,2}?(?:passed|adopted|approved|carried)\s*+:\s*+$"
)
"""Minutes that count the resolutions they introduce: "Following discussion, the
following two resolutions were unanimously passed:" (then one RESOLVED each)."""

_LISTED_ACTS = r"(?:motions|resolutions|decisions|documents|papers|statements|recommendations)"
"""What a lead-in reports adopted in the plural (not "actions" agreed: in minutes
those are the action notes of people, not decisions; "items" and "matters" are
a consent agenda's, one vote)."""
_ADOPTED = r"(?:passed|adopted|approved|carried|agreed|endorsed|ratified)"
LISTED_INTRO = re.compile(
    rf"(?i)\b(?:the\s++following\s++(?:{_LISTED_ACTS}\s++(?:were|have\s++been)\s++"
    rf"(?:[a-z]++\s++){{0,3}}?(?:{_ADOPTED}|taken)|actions\s++(?:were|have\s++been)\s++taken)"
    rf"|(?:took|has\s++taken|{_ADOPTED})\s++the\s++following\s++(?:{_LISTED_ACTS}|actions))\b"
    r"[^:\n]{0,160}:\s*+$"
)
"""A page's lead-in over what a meeting adopted, not counting it, in the past
tense, passive or active: "The following motions were approved by the Senate at
its meeting on …:", "The following resolutions were offered and unanimously
adopted:", "The following papers have been agreed by the Board:", "…, the
Council took the following actions on …:" (then one "THAT …" paragraph, one
quoted paragraph or one list item per decision)."""


def counted(word: str) -> int:
    """The number a :data:`COUNTED_INTRO` match counts: "two" or "2" -> 2."""
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


QUOTE_OPENS = re.compile(r"['‘\"“](?:WHEREAS|Whereas|RESOLVED|Resolved|NOW|Now|BE IT|Be it)\b")
"""A record that opens a quotation of the motion it voted on: "… approve the
Original motion 'WHEREAS, …"."""

MOVER_LEAD_IN = re.compile(
    r"(?i)(?:it\s++was\s++)?(?:proposed|moved)\s++by\s++[^\n]{1,80}?,?\s++seconded\s++by\s++"
    r"[^\n]{1,80}?,?\s++and\s*+(?::-?|[\u2013\u2014-]|(?:RESOLVED|Resolved|resolved)[ \t]*+:?)?\s*+$"
)
"""The mover record of British minutes that leads into the resolution under it:
"It was proposed by Cllr A, seconded by Cllr B and:-" / "RESOLVED – That …", or
"…, seconded by Cllr B, and RESOLVED" / "“That the minutes … be adopted.”"."""

MOVER_COLON = re.compile(
    r"[^\n]{0,100}?\b(?i:moved|proposed)(?:[ \t]++(?i:by))?[ \t]++[^\n]{1,80}?,?[ \t]++"
    r"(?i:seconded)(?:[ \t]++(?i:by))?[ \t]++[^\n:]{1,80}?[ \t]*+:-?[ \t]*+"
)
"""The mover record of minutes over the motion, ending in a colon: "MOVED by Mayor A,
seconded Cr B:", "Council's Resolution Proposed by Mayor A, seconded by Cr B:" (a
heading may run into it). The motion "That …" follows on its own line."""

SIGNER = re.compile(
    r"[ \t]*+(?:[A-Z]\.[ \t]*+)*+[A-Z][A-Z'’-]++\.?(?:[ \t]++(?:[A-Z]\.|[A-Z][A-Z'’-]++\.?))++[ \t]*+,[ \t]*+"
)
"""A signer's name in capitals over the office below it, as an enrolled text prints
its signature block: "GUY M. BRYAN," / "R. B. HUBBARD," / "RICHD. COKE,"."""
INITIALLED_NAME = re.compile(
    r"[ \t]*+(?:[A-Z]\.[ \t]*+){2,3}[A-Z][a-z'’]++(?:-[A-Z][a-z'’]++)?[ \t]*+,?[ \t]*+"
)
"""A signer's initials and surname alone on a line under the text ("R. J. Penrose"),
as a clerk signs minutes: its first initial is no list letter."""

OUTCOME_ITEM = re.compile(
    r"[ \t]*+[-*•–][ \t]++(?:Approved|Adopted|Passed|Carried|Defeated)\b[^\n]{0,120}?"
    r"(?:\bvote\b|\b\d{1,3}-\d{1,3}(?:-\d{1,3})?\b)"
)
"""A bulleted outcome line under each resolution of a register: "- Approved by
IRC vote 5-0-0, August 9, 2005" (its trailer, not a sub-item of its clause)."""
LOST_THAT = re.compile(r"[ \t]*+that[ \t]++(?=\w)")
"""A line that opens with a bare lower-case "that" ("that David Goodger is …",
"that the Public Relations Committee is dissolved."): under a register's outcome
line, the next resolution, whose "RESOLVED," the rendering lost."""

_NOT_RECORD = (
    r"(?!(?:adopt|approve|accept|pass)[ \t]++(?:the|this)[ \t]++"
    r"(?:(?:above|foregoing|following)[ \t]++)?(?:resolutions?|motions?)\b)"
)
_SECOND_BY = r"(?:2nd|[Ss]econd(?:ed)?)[ \t]++by[ \t]++"
MOVED_TO = re.compile(
    r"[ \t]*+(?:Motion|MOTION)[ \t]*+\([^()\n]{1,60}\)[ \t]*+:[ \t]*+(?:(?i:motion)[ \t]++)?to[ \t]++[a-z]++\b"
    r"|[ \t]*+(?:MOVED|Moved)\b[ \t,:]*+\s*+by[ \t]++[^\n,]{1,80}?,[ \t]*+\s*+seconded[ \t]++by[ \t]++"
    rf"[^\n,]{{1,80}}?,[ \t]*+\s*+to[ \t]++{_NOT_RECORD}[a-z]++\b"
    r"|[ \t]*+Motion[ \t]++(?:made[ \t]++)?by[ \t]++[^\n,]{1,60}?"
    rf"(?:,?[ \t]++{_SECOND_BY}[^\n,]{{1,60}}?)?,?[ \t]++to[ \t]++{_NOT_RECORD}[a-z]++\b"
    rf"|[ \t]*+Motion[ \t]++to[ \t]++{_NOT_RECORD}[a-z]++\b[^\n]{{0,300}}?"
    rf"[ \t]++(?:made[ \t]++)?by[ \t]++[^\n,]{{1,60}}?,[ \t]*+(?:{_SECOND_BY}|seconded[ \t]++(?=[A-Z]))"
    r"|[ \t]*+(?:[A-Z][\w.'’-]*+[ \t]++){1,3}moved[ \t]++to[ \t]++[a-z]++\b[^\n]{1,300}?"
    r"[.,;][ \t]++(?:[A-Z][\w.'’-]*+[ \t]++){1,3}seconded\b"
)
"""A motion recorded with its movers, the text of the act after them: "MOVED / by
Councilman A, seconded by Councilman B, to approve the General Bills for payment.",
"Motion (Patrick): Motion to appoint …" (the mover in brackets), "Motion made by A
to approve …", "Motion by A, second by B, to approve …", "Motion to approve …
made by A, 2nd by B …", "Motion to approve by A, seconded B, …", "Commissioner A moved to adopt …. Commissioner B seconded
the motion." (not "…, to adopt the foregoing resolution", the record of a
resolution above it, nor "…, to approve the following resolution:", which
introduces one)."""
DATED_RESOLVED = re.compile(
    r"[ \t]*+(?i:resolved|adopted)(?:[ \t]*+,)?[ \t]++(?i:this)[ \t]++"
    r"(?:\d{1,2}(?i:st|nd|rd|th)[ \t]++)?(?i:day)\b(?![^\n]*\b(?i:that)\b)"
)
"""A dating line after the clauses that opens with "RESOLVED" but resolves
nothing: "RESOLVED THIS DAY, the 23rd of October 2013 in St Paul;" (not "Resolved
this day that …", a clause)."""
MOVED_ITEM = re.compile(
    r"(?:(?:M/S/C|M/S/P|MSC|M/S)[ \t]++[^\n]{1,80}?"
    r"|(?:Mr|Mrs|Ms|Miss|Dr|Hon|Cllr|Cr|Senator)\.?(?:[ \t]++[A-Z][\w'’.-]*+){1,4})"
    r"[ \t]++[-–—:][ \t]++(?:That|THAT)[ \t,]++(?=\w)"
)
"""A numbered item that records a motion with its movers, then its text:
"M/S/C Hamilton/Boucher – That the union donate …" (moved, seconded, carried),
or with its mover only, as a house's list of members' motions prints them:
"2.    Mr. Doe – That, in the opinion of this House, …"."""

LABELLED_MOTION = re.compile(r"(?:Motion|MOTION)[ \t]++\d{1,3}[A-Za-z]?[ \t]*+:[ \t]++(?=[A-Z])")
"""A list item that gives a motion under its label: "Motion 5: Council approves …"
(a meeting summary's bullet; the label is no title)."""

MINUTE_DECISION = re.compile(
    r"[ \t]*+(?P<number>\d{1,3}(?:\.\d{1,3}){1,2})[ \t]++(?P<heading>[A-Z][A-Z '’&,-]{2,80}?)"
    r"(?:[ \t]++\([^()\n]{1,40}\))?"
    r"[ \t]++(?P<formula>(?:The|THE)[ \t]++(?:[A-Z][A-Za-z]++[ \t]++){0,3}?"
    r"(?:Assembly|Synod|Council|Conference|Congress|Committee|Board)[ \t]++resolved[ \t]*+:)"
    r"[ \t]++(?=to[ \t]++[a-z])"
)
"""A minute on one line: its number and heading in capitals, the body's decision and
its infinitive act ("03.02 PRESIDENT The Assembly resolved: to elect …"); groups
``number``, ``heading`` (a cross-reference after it left out) and ``formula``, the
clause follows the match."""

MID_RESOLVED = re.compile(
    r"(?:\b(?i:and)|[,.]|\bmoved[ \t]++that|\bseconded[ \t]++by[ \t]++[A-Z][^\n,;:]{0,60}?)\s++(?i:it)\s++(?i:was|is)"
    r"(?=\s*+(?:resolved|RESOLVED),?\s++(?i:that)\b)"
)
"""Minutes that record a decision inside a sentence: "… together with a CV and it
was resolved that …", "X moved that it isRESOLVED, that …" (the lead glued to the
word before it, as a rendered page leaves it), "On the proposal of A seconded by B
it was resolved that …", in capitals too ("… AGENDA. IT WAS RESOLVED, THAT …
ACCEPTED AND IT WAS RESOLVED, THAT …"). The match ends before the lead."""
SENTENCE_GAP = sentence_gap(before=r"[a-z0-9]{2}")
"""Where one sentence ends and the next begins on a line: "Road. On the proposal …"
(not after an initial or a title: "Mr H.R. Langley")."""
ITEM_RESOLVED = re.compile(r"(?i:it)\s++(?:was|is)\s++resolved\s++(?i:that)\b")
"""A minutes item whose own text opens with the decision: "b) It was resolved that …"."""

STATUS_LINE = re.compile(
    r"[ \t]*+[A-Z]{1,4}[ \t]?\d{1,4}(?:[-–./]\d{1,4})?[ \t]++[-–—][ \t]++"
    r"(?:\(?[A-Z][a-z]++\)?|See[ \t]++[^\n]{1,30})[ \t]*+"
)
"""A register's line that numbers a recommendation and gives its outcome:
"R 12-3 - Approved", "R 12-4 - (Referred)", "R 12-5 - See R 12-40"."""
INFINITIVE_ACT = re.compile(r"[ \t]*+To[ \t]++[a-z]{3,}\b")
"""A recommendation's one sentence: "To approve …", "To appoint …", "To direct …"."""
REGISTER_MIN = 3
"""Status lines, each over its recommendation, that make a page a register of them."""
MOTION_STATUS = re.compile(
    r"[ \t]*+(?:(?:Debated|Considered)[ \t]++and[ \t]++)?(?:(?P<carried>carried|agreed[ \t]++to"
    r"|passed|adopted)|negatived|defeated|lost|withdrawn|debate[ \t]++adjourned)\b[^\n]{0,60}",
    re.IGNORECASE,
)
"""A house's status line under a member's motion in its list of them: "Debated
and carried March 11, 2031.", "Negatived.", "Debate adjourned." (``carried``:
adopted)."""

MOVER_CREDIT = re.compile(r"[ \t]*+\([A-Z][^()\n]{2,80}?[ \t]++\d{1,2}/\d{1,2}/\d{2,4}\)[ \t]*+")
"""The mover and the day a synod's motion was moved, in brackets under it:
"(Canon A Smith 13/10/2031)" (its trailer)."""

_NAMED = r"(?:Cr|Clr|Cllr|Councillor|Mayor|Mr|Mrs|Ms|Dr)\.?[ \t]++[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){0,3}?"
ROW_MOTION = re.compile(
    r"[ \t]*+(?P<number>(?:Resolution|RESOLUTION)[ \t]++(?:No\.?[ \t]*+)?\d{1,4}(?:/\d{2,4})?)[ \t]++"
    rf"(?P<movers>Moved:[ \t]*+{_NAMED}[ \t]++Seconded:[ \t]*+{_NAMED})[ \t]++"
    r"(?=(?:That|THAT|Council|The[ \t]++Council)\b)"
)
"""A minutes table's row flattened onto one line: the resolution's number, its
mover and seconder, then its text: "Resolution 12/2031 Moved: Cr A Bo Seconded: Cr
C Di That Council …" (or "Council adjourn …", with no "That")."""

LABELLED_LIST_ACT = re.compile(
    r"[ \t]*+(?:Resolution|RESOLUTION)[ \t]++[A-Z]?\d{1,4}[A-Za-z]?[ \t]*+:[ \t]++"
    r"(?:[^\x00-\x7f][ \t]++)?(?=[A-Z][^\n:]{10,160}:[ \t]*+$)"
)
"""A resolution's number label over the one elliptical sentence it adopts, which
introduces the list below it: "Resolution R4: Finance Committee as noted on the
wiki:" / "-Ms. A …" (the label, then the text: no title); a stray glyph a web
page left after the label (an icon font's letter: "Resolution 3: ► To …") goes
with the label."""
MOTION_OUTCOME = re.compile(
    r"[ \t]*+(?:Motion|MOTION)[ \t]++(?i:passes|passed|carries|carried|fails|failed|defeated)\b[ \t.!]*+"
)
"""A running record's line after a motion: "Motion passes." (its trailer)."""
DECIDED_COLON = re.compile(
    r"(?i)\b(?:agree[sd]?|decide[sd]?|(?<!was )(?<!were )(?<!been )(?<!is )solved"
    r"|(?:agreed|decided|voted)(?:[ \t]++and[ \t]++(?:carried|approved|passed|adopted))?[ \t]++"
    r"the[ \t]++following(?:[ \t]++(?:motions?|decisions?|items?|actions?))?)"
    r"(?:,[ \t]*+(?:without[ \t]++a[ \t]++vote|by[ \t]++(?:consensus|[^,:\n]{1,80}?vote[^:\n]{0,80}?)),?)?"
    r"[ \t]*+:[ \t]*+$"
)
"""A body's decision over the list of what it decided, with no "to" after the
verb: "The Governing Body decided:", "The Committee agreed:", and with how it
voted between: "…, decided, without a vote:", "decided, by 30 votes to 12:"; or
over "the following": "The members present voted and carried the following:",
"The committee agreed the following:", "… decided the following items:"; or
a machine translation's "solved" for "decided": "The Council of Heads of State
solved:" (not the passive "… was solved:")."""
MINUTE_REF = re.compile(r"[ \t]*+(?:[A-Z]{1,3}[ \t]?)?\d{1,4}(?:[:/.]\d{1,4}){1,2}[ \t]++(?=[A-Z])")
"""A minutes item's reference code before its agenda wording: "F03:04/24 To
elect a Vice-Chair.", "45/23 Planning applications", "C12.3 Budget"."""
REPORTED_THEN_COLON = re.compile(
    r"\b(?:was|were)[ \t]++(?:[a-z]++[ \t]++){0,2}?(?:adopted|passed|approved)\b[^:\n]{0,200}:[ \t]*+$"
)
"""A sentence introducing the resolution below it that reports its adoption and
then says more before its colon: "The following resolution was adopted by
majority vote at the regular meeting in July, and is herewith presented to the
Board for consideration:" (the head, not a recital)."""
DIVISION = re.compile(
    r"[ \t]*+(?:For|Against|FOR|AGAINST)[ \t]++(?:(?i:the)[ \t]++)?(?i:motion|amendment)"
    r"[ \t]*+(?::|(?i:was|were)\b)"
)
"""A division's line under a motion, naming who voted for or against it: "For the
Motion were Councillors A, B and C (Total 3).", "Against Motion: Nil" (its trailer)."""


AGREED_TAIL = re.compile(
    r"[^\n]*?[\w.)](?:[ \t]*+(?:[-–—][ \t]*+)?(?:Agreed|agreed|AGREED|Unanimous|unanimous|UNANIMOUS)"
    r"|[ \t]++[-–—][ \t]++(?:Passed|PASSED|Carried|CARRIED)(?:[ \t]*+,[ \t]*+(?:U|nem\.?[ \t]*+con\.?))?)"
    r"[ \t]*+[.!]?[ \t]*+"
)
"""A terse minutes line whose item ends with the word that agrees it: "Two
delegates to send. Agreed.", "£150 agreed.", "Affiliation to the campaign -
Agreed.", "Motion - suspension of standing orders - Unanimous.", or with its
result set off by a spaced dash, a short mark of the vote after it: "Treasurer:
Ann Lee - Passed", "The kettle fund shall be closed. - Passed, U"."""
AGREED_HEAD = re.compile(
    r"[ \t]*+(?:Agreed|AGREED)[ \t]++(?:to[ \t]++[a-z]|that\b|(?:a|an|the|all|both)[ \t]++\S)"
    r"|[^\n]*?[a-z0-9][ \t]++Agreed[ \t]++to[ \t]++[a-z]"
)
"""A terse minutes line that opens with the verb that agrees its item, with no
subject ("Agreed to buy a projector.", "Agreed all 3 go forward."), or carries it
capitalised after the item's name run in with no stop ("Regional Conference
Agreed to send one member"); not "Agreed as a true record"."""
DECIDED_SENTENCE = re.compile(
    r"(?<=[.!?”\"’)])[ \t]++(?:RESOLVED|Resolved|AGREED|Agreed)"
    r"(?:[ \t]++(?:and|&)[ \t]++(?i:noted|agreed|accepted|approved))?[ \t]*+[.!](?=[ \t]|$)"
)
"""A sentence of a minute that is only the decision word, after the matter told
and before any note that follows: "… at busy times. RESOLVED and noted. The
Council thanked …", "… in May. Agreed. The clerk will …"."""
DECIDED_LINE_MAX = 1000
"""Characters of a minute that holds such a sentence: longer is a page run together."""
AGREED_NOT = re.compile(r"(?i)\b(?:minutes|true[ \t]++record|apologies|agenda)\b")
"""An agreed line that approves the minutes, the apologies or the agenda: the
meeting's routine, not a decision."""
RUN_IN_CAPTION = re.compile(
    r"[ \t]*+[A-Z][A-Za-z&/,' ]{1,60}?[ \t]*+[-–—:][ \t]*+(?=(?:Motion|MOTION)[ \t]++(?:made[ \t]++)?by\b)"
)
"""An agenda item's caption run into the motion recorded under it, a dash or a
colon between ("APPROVAL OF AGENDA- Motion by A and seconded by B to …", "Budget
– Motion by A …"): matched at a line's start, it ends where the motion begins."""


def after_caption(text: str, start: int, end: int) -> int:
    """Where the motion of the paragraph from ``start`` to ``end`` begins, after
    the caption run into it (:data:`RUN_IN_CAPTION`), or ``start``."""
    caption = RUN_IN_CAPTION.match(text, start, end)
    return start if caption is None else caption.end()


ACTIONS_HEADING = re.compile(
    r"[ \t#*_]*+(?i:(?:summary[ \t]++of[ \t]++)?(?:actions|decisions)[ \t]++(?:taken|made|adopted)"
    r"|(?:board|council|vestry|session|committee)[ \t]++(?:actions|decisions))[ \t*_]*+:?[ \t]*+"
)
"""A heading that names the list under it the meeting's own acts: "Actions
Taken", "Decisions made:", "Board Actions" (not "Action Items", tasks to do);
each item under it that the body opens ("1. Board approved …") is a decision,
an approval of the minutes too."""

RESOLVED_MOVERS = re.compile(
    r"[ \t]*+(?:RESOLVED|Resolved)[ \t]*+\([^()/\n]{2,40}/[^()/\n]{2,40}\)[ \t]*+[:,.\u2013\u2014-]"
)
"""A decision of minutes that names its mover and seconder in brackets after its
keyword, as university councils and boards print them: "RESOLVED (Chair/Ms A): That
…" (each was moved, seconded and adopted on its own)."""
