"""The patterns of extracts that glued parts together on one line.

A UN organ line run into its first paragraph, a tag-stripped bill's form
fields, title and sections, run-on numbered items, a cable's introducing
sentence run into its quotation. Read by :mod:`resolve.parsing.extracts` (and
the editor's gap mark by the page-furniture test). Like
:mod:`resolve.parsing.patterns`, plain regular expressions that know nothing of
the parser's state; each is defined only here.
"""

from __future__ import annotations

import re

ORGAN_GLUED = re.compile(
    r"(?<!\S)[\'\"‘“]?(?:The|THE)[ \t]++(?:[A-Z][\w-]*+[ \t]++){0,4}?"
    r"(?:Assembly|Council|Conference|Commission|Committee|Board|Senate|Convention|Congress"
    r"|Parliament|Parties|Organi[sz]ation|Forum|Summit|Meeting)"
    r"(?:[ \t]++of[ \t]++(?:the[ \t]++)?[A-Z][\w-]*+(?:[ \t]++[A-Z][\w-]*+){0,3})?"
    r"(?:(?:,[ \t]++(?:meeting|at[ \t]++its|assembled|gathered)\b[^:;.\n]{0,160}?:"
    r"|[ \t]*+,|[ \t]*+[-\u2014\u2013](?=[ \t]))[ \t]++(?=\S)|(?=[A-Z][a-z]))"
)
"""A UN organ line with the next paragraph glued to it on one line, as a PDF or
cable extract leaves it: "The General Assembly, Wishing to promote …,",
"'The General Assembly, 1. Recalling …", "The Security Council- Having received …",
"The Fourth World Congress of X, meeting in Y from 22 to 26 July: Given …", or
with its line break lost and nothing between: "The CouncilHaving considered …"."""
INLINE_PHRASE = re.compile(r"(?<=[;,\]])[ \t]++(?:and[ \t]++)?(?=[A-Z])")
"""Where the next preambular paragraph may start in one run-on paragraph: "…; and Given …",
"…, Welcoming …", "…Council,[1] Noting further …" (after a footnote mark)."""
QUOTED_TEXT_INTRO = re.compile(
    r"(?i:\bfollowing[ \t]++is[ \t]++(?:the[ \t]++)?(?:full[ \t]++)?text[ \t]++of\b)[^'‘\"“\n]{0,200}?"
    r"[ \t][-\u2013\u2014:][ \t]++(?=['‘\"“][A-Z])"
)
"""A cable's sentence that introduces the quoted text on the same line:
"… following is text of operative part of the resolution - 'Resolves that …"."""
BILL_FIELDS = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)[ \t]*+CONGRESS[ \t]*+\d(?:st|nd|rd|th|d)[ \t]*+Session"
)
"""A bill's form fields as tag-stripped XML glues them: "117th CONGRESS1st SessionH. RES. 351…"."""
FORM_LABEL = re.compile(r"(?:JOINT[ \t]++|CONCURRENT[ \t]++)?RESOLUTION(?=[A-Z][a-z])")
"""The form label glued to the official title: "RESOLUTIONProviding for …"."""
BILL_CONGRESS = re.compile(r"[ \t]*+\d{1,3}(?:st|nd|rd|th)[ \t]++CONGRESS\b")
"""A bill's congress field on its own line, as bill XML rendered as text with its
line breaks keeps it: "111th CONGRESS" (then "1st Session", "S. RES. 252", …)."""
FORM_LINE = re.compile(r"[ \t]*+(?:JOINT[ \t]++|CONCURRENT[ \t]++)?RESOLUTION[ \t]*+")
"""The form label alone on its line, over the official title: "RESOLUTION"."""
LINE_SECTION = re.compile(r"(?m)^[ \t]*+(?=\d{1,3}\.[A-Z])")
"""Where a line opens with a section number glued to its first word: "2.The"."""
FIRST_SECTION = re.compile(r"That[ \t]|1\.(?=[A-Z][a-z])")
"""How the text after a bill's official title opens: "That …" (with "Resolved,"
left out by the XML), or its first section's number glued to its heading
("1.Use of the hall …") when the formula is left out too."""
GLUED_THAT = re.compile(r"(?<=\.)That(?=[ \t])")
"""The text after the title, glued to it with the "Resolved," the XML left out: "…justices.That …"."""
_BODY_DASH = (
    r"(?:the[ \t]++)?[A-Z][\w&'’.-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w&'’.-]*+){0,4}?[ \t]*+\u2014"
    r"(?=[ \t]*+\(1\)(?:[ \t]|[a-z]))"
)
BODY_DASH_ITEMS = re.compile(r"(?:That|THAT)[ \t]++" + _BODY_DASH)
"""A formula naming its body, ending in a dash, with its numbered items run on
after it on the same line: "That the Senate— (1) commemorates …; (2) …" (or glued to
the number, "(1)designates …", as bill XML rendered as text leaves it)."""
BODY_DASH = re.compile(_BODY_DASH)
"""The same after a resolving lead: "Resolved, That" + "the Senate— (1) …"."""
RUN_ON_ITEM = re.compile(
    r"(?<=[;,:])[ \t]++(?:(?:and|or)[ \t]++)?(?=\(\d{1,3}\)(?:[ \t]++\S|[a-z]))"
)
"""Where the next run-on item starts: "…anniversary; (2) encourages …; and (3) …"."""
GLUED_SECTION = re.compile(r"(?<=[.;])\d{1,3}\.(?=[A-Z])")
"""A section number glued between sections: "…to recommit.2.Clause 1(c) …"."""
EDITORIAL_GAP = re.compile(r"[\[(](?i:\.{3}|…|(?:matter|text|part|passage)s?[ \t]+omitted)[\])]")
"""An editor's mark for left-out text in a published extract: "[matter omitted]", "[…]"."""
INLINE_ITEM = re.compile(r"(?<=[,;:])[ \t]++(?=(?:\d{1,3}\.|\(\d{1,3}\))[ \t]++\S)")
"""Where a numbered paragraph glued to the one before it on one line starts:
"…Group, 1. Decides …; 2. Requests …"."""
GLUED_RESOLUTION = re.compile(
    r"(?<=[.;])[ \t]++(RESOLUTION[ \t]++(?:NO\.?[ \t]*+)?\d{1,4}[A-Za-z]?\b[^\n]{0,300}?)"
    r"[ \t]++(?=(?:WHEREAS|RESOLVED)\b)"
)
"""The next resolution's heading run into the end of one on the same line, as a
flipbook or OCR text layer leaves it: "… of the House. RESOLUTION 108– ADOPTED
SUBJECT: … RESOLVED, that …": the heading (group 1), then its first part."""
NUMBERED_LEAD = re.compile(r"[ \t]*+(\d{1,3})([.)])[ \t]")
"""The number of a numbered item and its closing mark: "2. That …" -> 2, "."."""
GLUED_ITEM = re.compile(r"(?<=[.;])[ \t]++((\d{1,3})([.)])[ \t]++)(?=[A-Z])")
"""A numbered item run on after a sentence of the one before: "… committees. 3. That …"."""
LABEL_LEAD = re.compile(
    r"[ \t]*+[A-Z][A-Za-z]*+(?:[ \t]++[A-Za-z]++){0,3}[ \t]*+:[ \t]++(?=(?:RESOLVED|Resolved)\b)"
)
"""A table cell's label glued before the resolution it holds, as a web page of
minutes flattens its rows: "Minutes: RESOLVED: That …" (the label, then the formula)."""
UNSPACED_ITEM = re.compile(r"[ \t]*+(\d{1,2})\)(?=[A-Z][a-z])")
"""A numbered item whose marker is glued to its first word, as a web page that
lost the space leaves it: "1)Consult …;" / "2)Submit …" (the number, group 1)."""

GLUED_PHRASE = re.compile(r"[;.](?=[A-Z][A-Za-z])")
"""A semicolon or full stop with the next preambular paragraph glued to it: "… of
time;Recognising also …", "…;NOTING …", "… the sector.CONVINCED …"."""
GLUED_MOTION = re.compile(
    r"(?<=[ \t])(?:Resolution|RESOLUTION|Motion|MOTION)[ \t]++(?:No\.?[ \t]*+)?\d{1,4}(?:[-/]\d{1,4})?"
    r"[ \t]++(?:Moved|MOVED)[ \t]++(?:by[ \t]++)?[^\n]{1,60}?"
    r"[ \t]++(?:Seconded|SECONDED)[ \t]++(?:by[ \t]++)?[^\n]{1,60}?[ \t]++(?=(?:RESOLVED|Resolved)\b)"
    r"|(?<=[ \t])(?:RESOLUTION|MOTION)[ \t]*+:[ \t]++(?=(?:That|THAT)[ \t])"
)
"""Minutes flattened onto one line, each motion's number and movers run into the
text around it: "… APPROVAL OF AGENDA Resolution No. 1 Moved by A Seconded by B
RESOLVED that …" (the number and movers, up to the formula), or its label in
capitals before its "That …" ("… CONSIDERATION OF MINUTES RESOLUTION: That the
Minutes … be confirmed. MOVED: Cr A SECONDED: Cr B CARRIED"; not a sentence's
"… adopted the following Resolution: That …")."""
_ORGAN_ACT = (
    r"(?:the|The|THE|this|This|THIS)[ \t]++[^\n,;:.]{1,60}?[ \t]++(?:hereby[ \t]++)?"
    r"(?i:decides|resolves|agrees|declares|demands|calls[ \t]++(?:on|upon))"
)
"""The body and its operative verb, as an organ's line puts them: "the congress
decides", "The Regional Forum hereby resolves"."""
PHRASE_ORGAN_ACTS = re.compile(r",[ \t]++(?P<organ>" + _ORGAN_ACT + r")[ \t]*+:[ \t]*+$")
"""A preambular paragraph that ends with the body and its operative verb over the
list below it: "Aware of the need …, the congress decides:" (the body and verb,
group ``organ``, are the enacting formula)."""
SOURCE_NOTE = re.compile(
    r"[ \t]*+\[(?:Resolutions?|RESOLUTIONS?|Motion|MOTION)[ \t]++(?:(?i:unanimously)[ \t]++)?"
    r"(?i:adopted|passed|approved)[ \t]++(?i:by|at)[ \t]++[^\]\[\n]{3,240}\][ \t]*+"
)
"""A compiler's bracketed line naming the source of the resolution that follows
it, as collections of resolutions by several bodies print it: "[Resolution
adopted by the State Teachers' Association, November, 1927]" (the text may
follow on the same line)."""
ADOPTION_NOTE = re.compile(
    r"[.;]?[ \t]*+(?:[-—–]{1,2}|\()[ \t]*+(?:Adopted|ADOPTED|Passed|PASSED|Approved|APPROVED)"
    r"[ \t]++(?:[A-Za-z]{3,9}\.?[ \t]++)?(?:\d{1,2},?[ \t]++)?\d{4}[.)]*+[ \t]*+$"
)
"""A compiler's note of the day a standing resolution was adopted, glued to its
end: "….—Adopted June 17, 1879.", "….-Adopted 1882.", "… (Adopted May 1990)"."""
SUBMITTED_LEAD = re.compile(
    r"([^\n]{0,300}?\b(?:submitted|presented|offered)[ \t]++by[ \t]++[^\n]{1,120}?)"
    r"[ \t]++(?=(?:RESOLVED|Resolved|WHEREAS|Whereas)\b)"
)
"""A resolution's number line with its caption and submitter, the text glued
after it on the same line: "Resolution #1, Officer Requirements, submitted by the
Logistics Committee Resolved that …" (the heading, group 1, then its first part)."""
AND_RESOLVED = re.compile(r";[ \t]++and[ \t]++(?=Resolved,[ \t])")
"""The next "Resolved" run on after the clause before it: "…; and Resolved, as …"."""
LETTERED_LEAD = re.compile(r"[ \t]*+([a-z])([.)])[ \t]++(?=[A-Z])")
"""The letter of a lettered item and its closing mark: "a. Receives …" -> "a", "."."""
GLUED_LETTER = re.compile(r"(?<=[.;])[ \t]++(?:and[ \t]++)?(([a-z])([.)])[ \t]++)(?=[A-Z])")
"""A lettered item run on after the one before: "…; and b. Adopts …", "…; c. Recognises …"."""
SHARE_QUOTE = re.compile(r"[ \t]*+(?:Partager|Share|Teilen|Compartir)[ \t]++[\"“]")
"""A web page's share button with the page's title in quotation marks after it
('Share "…"'): page furniture that may quote an organ line, never one."""
HEAD_MOTION = re.compile(r"(?<=[a-z])(?:Motion|MOTION)[ \t]++(?=to[ \t]++[a-z]|by[ \t]++[A-Z])")
"""A minutes item's heading with the motion on the line under it glued to its last
word, as a web page that lost the line break leaves it: "… as a Club OrganizationMotion
to accept the charter by A" (the motion begins at "Motion")."""
CAPS_MOTION = re.compile(
    r"(?:\d{1,3}\.[ \t]++)?THAT,?[ \t]++(?:[A-Z]{4,}+[ \t]++)?[A-Za-z]{4,}+,?[ \t]++that\b"
)
"""A motion run into one paragraph, opened by "THAT" and its first recital's
participle or adjective: "THAT, aware that …", "1. THAT AWARE that …"."""
CAPS_RECITAL = re.compile(r"(?<=[;.])[ \t]++(?=(?:[A-Z]{4,}+[ \t]++)?[A-Z]{5,}+,?[ \t]++that\b)")
"""Where the next recital of such a paragraph begins: after a semicolon or a full
stop, its participle or adjective in capitals, "…; NOTING that …", "… facility.
CONCERNED that …", "…; FURTHER AWARE that …", "… parliaments. COGNIZANT, that …"."""
CAPS_MOTION_ACT = re.compile(
    r"(?<=[;.,])[ \t]++(?=NOW,?[ \t]++THEREFORE\b|(?:I|We)[ \t]++(?:therefore|hereby)[ \t]++"
    r"(?:urge|move|request|call[ \t]++upon)\b)"
)
"""Where such a paragraph's act begins: "…; NOW THEREFORE, … this Assembly
RESOLVES to …", "… facility. I therefore urge this assembly to RESOLVE that: …"."""
RECITAL_LABEL = re.compile(
    r"[ \t]*+(?:HAVING[ \t]++[A-Z]{3,}+|[A-Z]{6,}+(?<=ING))(?:[ \t]++[A-Z]{2,}+){0,2}+[ \t]*+:[ \t]*+"
)
"""A recital label alone on its line over the paragraphs it opens, under an
organ line: "HAVING SEEN:", "CONSIDERING:" (then "That …" paragraphs)."""
ACT_LABEL = re.compile(r"[ \t]*+[A-Z]{5,}+(?<=S)(?:[ \t]++[A-Z]{2,}+){0,2}+[ \t]*+:[ \t]*+")
"""The operative verb alone on its line that ends such recitals: "DECIDES:", "RESOLVES:"."""
GLUED_ORGAN_ACT = re.compile(r"(?<=[;.])(?P<organ>" + _ORGAN_ACT + r"(?:[ \t]++to)?[ \t]*+:)(?=\()")
"""The organ's operative line glued after the last preambular phrase and before
its first item, with no space: "…;The Regional Forum decides to:(i)…"."""
ITEM_GLUED_CAPS = re.compile(r"[ \t]*+\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)(?=[A-Z][a-z])")
"""A list item's number glued to its first word in capitals, as an extract that
lost the blank after it leaves it: "(d)The report …"."""
GLUED_NUMERAL = re.compile(r"(?<=[:;.])(?=\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)[a-z])")
"""Where the next such item begins, its numeral glued to the punctuation before
it and to its first word: "…;(ii)ask …"."""
