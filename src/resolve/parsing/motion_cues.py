"""Cues of pages that print motions with no formula: a numbered "That …"
motion, a label line over a motion. Plain regular expressions, used by
:mod:`resolve.parsing.motion_pages`; like :mod:`resolve.parsing.patterns`,
nothing here knows the parser's state."""

from __future__ import annotations

import re

THAT_ITEM = re.compile(
    r"(?:[A-Z][^\n,:;]{0,80},[ \t]++(?=THAT\b))?[“\"‘']?(?:That|THAT)(?:[ \t]*+[,:]|[ \t]++(?=\S))"
)
"""A motion's text after its item number: "That the recommendations … be
approved.", "That, in order to …", "THAT:" over its items, or a condition before
it in capitals "Subject to the passing of resolution 1, THAT:" (the number's
blanks already passed)."""
NAMES_MOTIONS = re.compile(r"(?i)\b(?:resolutions|motions)\b")
"""A line over numbered motions that names them as such ("The Resolutions were:"):
each item is a motion of its own, not a clause of one report."""
INTRODUCES_BELOW = re.compile(r"(?::[ \t]*+[-—–]?|(?i:\bas[ \t]++follows)[ \t]*+[.:]?)[ \t]*+$")
"""A line that introduces the list below it: "… recommend as follows:", "… the
report of the committee:—", "… were adopted as follows."."""
MOTION_LABEL_LINE = re.compile(
    r"[ \t]*+(?i:recommendation|remit|motion|proposal|grace|resolution)[ \t]++"
    r"(?:(?i:no)\.?[ \t]*+)?\d{1,3}[A-Za-z]?[ \t]*+[:.]?[ \t]*+"
)
"""A line that only numbers the motion below it: "Recommendation No. 3",
"Remit 4:", "Motion 12" (a label, no title)."""
QUOTED_MOTION = re.compile(r"[ \t]*+[“\"][^\n]{10,}?[”\"][ \t]*+\.?[ \t]*+")
"""A one-line motion given in quotation marks: "“A Local Committee may …”"."""
MOVED_THAT = re.compile(
    r"[ \t]*+(?:Moved|MOVED|Proposed|PROPOSED)[ \t]++by[ \t]++[^\n]{1,80}?"
    r"(?:,?\s++seconded[ \t]++by[ \t]++[^\n]{1,80}?)?,?\s++that[ \t]++(?=\S)"
)
"""A record of a motion with its mover (and seconder), then its text: "Moved by A,
seconded by B, that the report be adopted. Carried." / "Moved by C that 250 copies …"."""
MOTION_INTRO = re.compile(r"(?i)\bthe\s++following\s++(?:motion|resolution)\b[^:]{0,200}:[ \t]*+$")
"""A sentence that introduces the one motion below it: "… we beg to submit the
following motion which the secretary has been instructed to send …:"."""
CHAINED = re.compile(r"[;,][ \t]*+(?:and|or)?[ \t]*+$")
"""A clause that goes on to the next: "…; and", "…;"."""
NUMBER_LINE = re.compile(
    r"[ \t]*+(?:Resolution|RESOLUTION|Motion|MOTION|Decision|DECISION)[ \t]++"
    r"(?:(?i:no)\.?[ \t]*+)?(?=[\w/.-]*\d)[A-Za-z0-9][\w/.-]{0,20}[ \t]*+[:.]?[ \t]*+"
)
"""A line that only numbers the resolution below it in a register: "Resolution
AB1/06/4", "Motion 12", "Decision No. 2024/7" (a label, no title)."""
OP_VERB = (
    r"(?:calls?[ \t]++(?:on|upon|for)|instructs?|demands?|urges?|mandates?|resolves?"
    r"|requests?|directs?)\b"
)
"""The verbs with which a motion acts: "calls on", "instructs", "resolves"."""
NOTING_MOTION = re.compile(
    r"[ \t]*+(?:\d{1,3}[ \t]++(?=[A-Z“\"‘']))?[“\"‘']?(?:(?:That|THAT)[ \t]++this[ \t]++[^\s,.;:]++(?:[ \t]++[^\s,.;:]++){0,4}?"
    r"|(?:The[ \t]++)?(?:Conference|Congress|Council|Meeting|Branch|Synod|Assembly|AGM)"
    r"|This[ \t]++(?:[AES]GM|ADM|ARM|ADC)"
    r"|The[ \t]++(?:[A-Z][\w&'’.-]*+[ \t]++){0,5}?(?:Committee|Branch|Region|Section|Forum)"
    r"(?:[ \t]++\([A-Z]{2,12}\))?|The[ \t]++[A-Z]{2,12}(?=[ \t]))"
    r"[ \t]++(?:(?:also|further|strongly)[ \t]++)?(?:notes?|believes?|recogni[sz]es?|acknowledges?"
    r"|welcomes?|applauds?|regrets?|deplores?|condemns?|feels?[ \t]++that"
    r"|is[ \t]++(?:concerned|alarmed|aware|appalled|dismayed|deeply|satisfied))\b"
)
"""A one-paragraph motion that opens by noting ("That this Meeting notes …",
"That this AGM welcome …", "Council notes …"), or whose mover, a committee or
branch (its acronym after it) or its acronym alone, opens it: "The Regional Youth
Committee (RYC) welcomes …", "The RYC feel that …"; its bare number may run
into it ("46 Conference is concerned …"): what it notes is its recital, up to
the sentence or the "and …" that acts."""
GLUED_NUMBER = re.compile(r"[ \t]*+\d{1,3}[ \t]++(?=[A-Z“\"‘'])")
"""A motion's bare number run into its first sentence: "46 Conference notes …"."""
ACTING_SENTENCE = re.compile(
    r"(?<=[a-z0-9)”\"’'][.!?])[\"”’')]*+[ \t]++(?=(?:It|We|They|This[ \t]++\S++|Conference|Congress"
    r"|Council|Councillors|Members)[ \t]++(?:(?:therefore|further|also|now),?[ \t]++)?"
    r"(?:" + OP_VERB + r"|agrees?[ \t]++to\b|asks?[ \t]++(?!whether)))"
)
"""Where a sentence that acts begins in a noting motion: "… hard to break. It
therefore calls on …", "… Campaign.  This AGM instruct …", "… observed. Councillors
agree to …"."""
ACTING_AND = re.compile(
    r",?[ \t]++and[ \t]++(?=(?:(?:therefore|further|also)[ \t]++)?"
    r"(?:(?:[Cc]onference|[Cc]ongress|[Cc]ouncil|it|we)[ \t]++(?:(?:therefore|further|also)[ \t]++)?)?"
    + OP_VERB
    + ")"
)
"""Where a noting motion's sentence goes on to act: "… notes X and demands that …",
"… believes X and therefore calls for …", "… and conference instructs …"."""
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)”\"’'][.!?])[\"”’')]*+[ \t]++(?=[A-Z])")
"""Where the next sentence of a paragraph begins."""
NUMBER_NAME_LINE = re.compile(
    r"[ \t]*+(?:[*•][ \t]*+)?\d{1,4}[a-z]?\.[ \t]++[A-Z][^\n]{0,100}?(?<![.;:,])[ \t]*+"
)
"""A line that numbers the motion below it and names its proposer: "42. Council",
"205a. Motion by City Division", "* 206. Motion by the Agenda Committee (…)"."""
ACTING_ITEM = re.compile(r"(?:and[ \t]++)?(?:(?:therefore|further|also)[ \t]++)?" + OP_VERB)
"""A noting motion's act as an item of the list its paragraph ends on ("…, and:"
/ "1. calls on the Board …"), after the item's marker."""
ENDS_AND_COLON = re.compile(r"[ \t,]and[ \t]*+:[ \t]*+$")
"""A noting paragraph that hands over to its list of acts: "… hard to break, and:"."""
SUBMITTED_LABEL = re.compile(
    r"[ \t]*+(?:[a-z0-9]{1,3}[.)][ \t]++)?(?:(?:Substitute|Amended|Original)[ \t]++)?"
    r"(?:Resolution|Motion|Amendment|Recommendation|motion|amendment)[ \t]++(?:submitted|offered|presented)"
    r"[ \t]++by[ \t]++[A-Z][^\n:.]{0,100}[.:]?[ \t]*+"
)
"""An agenda's line that names the motion below it by its submitter: "a.
Resolution submitted by A and B.", "b. Substitute motion submitted by C:" (a
label, no title)."""
PROPOSER_THAT = re.compile(r"[ \t]*+(?:[A-Z][A-Z'’.&-]*+[ \t]++){2,8}(?=That[ \t])")
"""A motion paper's paragraph that opens with its proposer's name in capitals run
into the motion: "THE STANDING COMMITTEE That the Canon be amended …"."""
FORM_FIELD = re.compile(r"[ \t]*+\d{1,2}\.[ \t]++([A-Z][\w’' ]{2,40}?)[ \t]*+:[ \t]*+([^\n]*+)")
"""A numbered field of a motion form, its label (group 1) and the value on its
line (group 2, empty when the value is the paragraph below): "2.  Motion
presenter:   A. Name", "4.  Rationale:", "5.  Motion:"."""
MOVED_DASH_THAT = re.compile(
    r"[ \t]*+(?:The|Mr|Mrs|Ms|Miss|Dr|Hon|[A-Z][a-z]++)\b[^\n]{0,160}?\bmoved[ \t]*+[-–—,:][ \t]*+(?:That|THAT)[ \t]++(?=\S)"
)
"""A house's minutes of proceedings recording a motion with its mover, a dash
and its text: "The Leader of Government Business (Mr A) moved - That leave of
absence be granted …", "Mr B moved, That the Bill be now read a second time."."""
MOTION_BY_CARRIED = re.compile(
    r"[ \t]*+(?:Motion|MOTION)[ \t]++(?:made[ \t]++)?by[ \t]++[A-Z][^\n]{0,300}?[.;][ \t]++"
    r"(?:(?:The[ \t]++)?(?:Motion|motion)[ \t]++)?(?:Carried|CARRIED|carried|Passed|PASSED|passed)\b"
)
"""A running record's paragraph that opens with the motion's mover and closes on
its outcome, whatever the act between is worded like: "Motion by A second by B
approving the claims. Carried 5-0.", "Motion by A, second by B, that the levy be
set. Motion carried." (the record of a motion, as "Motion by A … to approve …")."""
MOVED_DASH_COLON = re.compile(
    r"[ \t]*+[A-Z][^\n]{0,200}?\b(?:moved|proposed)[ \t]*+[-–—,:][ \t]*+(?:That|THAT)\b"
    r"(?![^\n:]*\b(?:be|is|are|shall|will|follows)\b)[^\n:—–]{0,100}[:—–][ \t]*+"
)
"""A house's record of a motion moved or proposed, a dash, and its "That" with no
verb before the colon that opens its numbered paragraphs: "A Motion being made and
the Question being proposed – That for the remainder of this Session:", "Mr A
moved – That, for this sitting only:" (not "That the Orders be amended as
follows:", whose list is the quoted text of one clause)."""
DECISION_LABEL = re.compile(
    r"[ \t]*+(?:(?:The|THE)[ \t]++)?(?:Decisions?|DECISIONS?)(?:[ \t]++(?i:made|taken|notice))?[ \t]*+:?[ \t]*+"
)
"""The label of a decision page's section that holds the decision itself, alone
on its line: "Decision", "Decision:", "Decisions taken", "DECISION"."""
SECTION_LABEL = re.compile(
    r"[ \t]*+[A-Z][\w’'()&/-]*+(?:[ \t]++[\w’'()&/-]++){0,5}[ \t]*+:?[ \t]*+"
)
"""A section's label alone on its line, a few words with no closing punctuation:
"Purpose", "Alternative options considered", "Reasons for the decision:"."""
GLUED_MINUTES_RESOLVED = re.compile(r"[ \t]++Minutes:[ \t]*+(?:RESOLVED|Resolved)[ \t]*+:?[ \t]*+$")
"""A table's minutes cell glued to the end of its agenda text, the resolving word
alone after its label and the decision's items below it: "… (b) That all
documents … be confirmed. Minutes: RESOLVED:"."""
NAMED_ITEM = re.compile(
    r"(?:[A-Za-z]|\d{1,3}(?:\.\d{1,2})?)[.)][ \t]++(?:Resolution|Motion|RESOLUTION|MOTION)"
    r"[ \t]++(?:[A-Za-z][^\n]{0,140})$"
)
"""An agenda item's caption that names the resolution or motion it brings, after
its letter or number: "B. Resolution on the Conferral of Degrees (D 9101).",
"4.2 Motion to Amend the Standing Orders"."""
ACTED_VERB = (
    r"(?:[A-Z][a-z]{0,15}(?:-[a-z]{1,15})?(?<=[^\We])ed|Agreed|Decreed|Sent|Took|Made|Gave|Set"
    r"|Held|Chose|Heard|Upheld|Withdrew|Undertook)\b"
)
"""A body's act told in the past tense with its subject left out, the word that
opens an item of a summary of decisions: "Approved …", "Co-opted …", "Noted …",
"Agreed to …", "Sent the question …" (not "Need …", "Seed …")."""
ACTED_ITEM = re.compile(rf"[ \t]*+{ACTED_VERB}[ \t]++(?=\S)")
"""The text of a list item (after its bullet) that opens with such an act."""
UNDECIDED_ACT = re.compile(
    r"[ \t]*+(?:(?:Postponed|Deferred|Tabled)[ \t]++"
    r"|Rejected[ \t]++(?:the[ \t]++|a[ \t]++)?(?:proposed|proposals?|motions?|amendments?)\b"
    r"|(?:Received|Noted|Heard)[ \t]++(?:the[ \t]++|a[ \t]++)?(?:[a-z]++[ \t]++){0,2}?reports?\b)"
)
"""Such an act that decides nothing: a postponement ("Postponed consideration of
…", convention 6), a proposal rejected ("Rejected the proposal to …", a failed
motion), a report only received or noted ("Received reports on …", "Noted the
report of …", convention 1); not "Noted concerns over …", "Rejected the offer"."""
ACTED_SENTENCE = re.compile(rf"(?<=[a-z0-9)\]”’\"'])\.[ \t]++(?={ACTED_VERB}[ \t]++\S)")
"""Where one act of an item ends and the next begins: "… Computer Sciences.
Postponed consideration of …" (the next sentence opens with the next act)."""
DECISIONS_NAMED = re.compile(
    r"(?i)\b(?:key|following|main|summary[ \t]++of)[ \t]++(?:[a-z]++[ \t]++){0,2}?"
    r"(?:decisions|actions|outcomes)\b|\b(?:decisions|actions)[ \t]++(?:made|taken|agreed)\b"
    r"|\bhighlights\b"
    r"|\bvoted[ \t]++(?:and[ \t]++(?:carried|passed|approved|adopted)[ \t]++)?the[ \t]++following[ \t]*+:"
)
"""A line above a list that names its items as a body's decisions: "… made the
following key decisions.", "Summary of decisions", "Council highlights", "The
members present … voted and carried the following:" (not "voted on the
following", which tells no outcome)."""
NAMED_HEADING = re.compile(
    r"[^\n.;:!?]{0,80}?\b(?:Mandates?|Motions?|Resolutions?|Policy|Policies)\b[^\n.;:!?]{0,60}"
)
"""A numbered heading's text that names the act under it: "Sabbs and Waterside
Mandate", "President Mandate on Policy Book", "Motion on Bus Fares" (a title,
no closing punctuation)."""
MOTION_MOVER_COLON = re.compile(
    r"[ \t]*+(?:Motion|MOTION)(?:[ \t]*+,?[ \t]*+\((?:by|on)[ \t]++[^()\n]{1,80}\),?"
    r"|[ \t]++by[ \t]++[A-Z][^\n:()]{1,80}?,?)++[ \t]++"
    r"(?:proposed|agreed[ \t]++to|put|made)[ \t]*+:[ \t]*+"
)
"""A parliamentary record's line that gives a motion's mover and what was done
with it, its text on the next line: "Motion (by Mr A) proposed:", "Motion (by
leave) (by the Minister) agreed to:", "Motion by Ms B agreed to:"."""
FOLLOWING_MOVED_BY = re.compile(
    r"(?i)\b(?:passed|adopted|approved|carried)[ \t]++the[ \t]++following[ \t]++(?:motion|resolution)"
    r"[ \t]++(?:moved|tabled|proposed|presented|sponsored|submitted)[ \t]++by[ \t]++[^\n:]{1,1200}?"
    r"[.:][ \t]*+-?[ \t]*+$"
)
"""A report's sentence that introduces the one motion below it and lists its
movers to the paragraph's end, however many: "The Assembly … has unanimously
passed the following resolution moved by A, MPA, B, Minister for …, and C, MPA."."""
ADOPTS_MOTION = re.compile(
    r"[ \t]*+(?:RESOLVED|Resolved)[ \t]*+[-–—:,]?[ \t]*+(?:that|That|THAT)[ \t]++the[ \t]++"
    r"(?:above[ \t]++|substantive[ \t]++|said[ \t]++)?(?:motion|Motion)"
    r"(?:[ \t]++as[ \t]++(?:amended|moved|printed|presented))?[ \t]++be[ \t]++"
    r"(?:approved|adopted|agreed|carried|accepted|supported|endorsed)[ \t]*+\.?[ \t]*+"
)
"""Minutes' decision that only adopts the motion quoted above it, by reference:
"RESOLVED – that the motion be approved.", "Resolved: That the motion as amended be
carried." (its outcome, a trailer line; the motion's own text is the resolution)."""
MOVED_OVER = re.compile(
    r"[ \t]*+(?:Moved|MOVED)(?:[ \t]++(?:by|BY))?(?:[ \t]*+:)?[ \t]++[A-Z][^\n:]{1,120}+:?[ \t]*+"
)
"""A line that names only a motion's mover (and seconder), over the motion's "That …"
text, often ending in a colon: "Moved by A, seconded by B:", "Moved C. Diaz - E. Fong:",
"MOVED E. FONG / A. BROWN"."""
