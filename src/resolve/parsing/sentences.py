"""Enacting sentences with no "resolved" in them: the patterns of motions,
statements and clear language.

UK/Commonwealth motions ("Conference notes …", "Congress therefore calls on
…"), a statement's operative sentence with a named subject ("The WMA
therefore urges …", "NEA will educate …", "The delegates to the … Convention
recognize …"), and "Therefore, X calls for …". Plain regular expressions,
like those of :mod:`resolve.parsing.patterns`; ``tests/test_regex_safety.py``
checks each runs in linear time.
"""

from __future__ import annotations

import re

ENACTING_THEREFORE = re.compile(
    r"(?i:now,?\s++)?(?i:therefore)(?:,\s*+|\s++)(?!(?i:be\s|let\s|it\s+(?:is|was)\s|resolved\b))"
    r"(?:the\s++|this\s++|we\s++)?[A-Z0-9][\w&'’.-]*+(?:\s++[\w&'’.-]++){0,6}?\s++"
    r"(?i:calls\s++(?:on|upon|for)|urges|supports|demands|will|would|shall|resolves|directs|requests"
    r"|endorses|opposes|commits|agrees|declares|affirms|reaffirms)\b"
)
"""An enacting sentence with no "resolved": "Therefore, LULAC calls for …"."""
NOW_THEREFORE = re.compile(r"(?:NOW|Now),?[ \t]++(?:THEREFORE|Therefore),[ \t]")
"""A line that opens the enacting sentence in capitals' convention: "NOW, THEREFORE,
THE CITY COUNCIL … DOES" (its verb wrapped to the next line)."""
_MOTION_SUBJECT = (
    r"(?:(?:(?:This|The)\s++)?(?:(?:Annual|National|General|Biennial|Delegate|Special)\s++)?"
    r"(?:Conference|Congress|Convention|Assembly|Synod|Council|Meeting|Branch|Region)"
    r"|(?:This|The)\s++(?:conference|congress|convention|assembly|synod|council|meeting|branch|region)"
    r"|This\s++(?:[AES]GM|ADM|ARM|ADC|House))"
)
"""A motion's subject: "Conference", "The National Council", "This AGM", a chamber's
"This House", or the body in lower case after its article ("This branch", "The meeting")."""
MOTION_NOTES = re.compile(
    _MOTION_SUBJECT + r"\s++(?:(?:also|further|therefore)\s++)?"
    r"(?:notes|believes|recogni[sz]es|welcomes|condemns|deplores|regrets|acknowledges|applauds|accepts"
    r"|understands|commends|congratulates|is\s++(?:concerned|alarmed|appalled|aware|deeply))\b"
)
"""A UK/Commonwealth motion's recital: "Conference notes …", "Congress believes …"."""
MOTION_LABEL = re.compile(
    r"(?:" + _MOTION_SUBJECT + r"|(?:Students?['’]?[ \t]++)?Union(?:[ \t]++[AE]GM)?|[AE]GM)"
    r"[ \t]++(?P<verb>[Nn]otes|[Bb]elieves|[Rr]esolves)[ \t]*+"
    r"(?:\([^\n]*\)[ \t]*+)?:?[ \t]*+$"
)
"""A motion form's section label over its numbered items, with or without the
form's guidance in brackets: "Union AGM Notes (This is what the author believes
to be fact …)", "Conference Resolves:". Its items are the section's."""
MOTION_CALLS = re.compile(
    r"(?:" + _MOTION_SUBJECT + r",?\s++(?:(?:therefore|also|further|hereby|strongly),?\s++)?"
    r"(?i:calls\s++(?:on|upon)|resolves|instructs|agrees|demands|urges|mandates|directs|adopts"
    r"|endorses)\b"
    r"|(?:Councillors|Delegates)\s++(?:(?:therefore|also|further)\s++)?"
    r"(?:agree\s++to|call\s++(?:on|upon)|instruct|resolve|demand|urge)\b)"
)
"""A motion's operative sentence: "Congress therefore calls on the General Council to …",
"Congress, therefore, agrees a rule change …", "This Region Urges …" (the verb in
title case, as some branches print it), "Council strongly endorses …", or its
members acting in the plural: "Councillors agree to …"."""
MOTION_SECTION = re.compile(
    "(?:" + MOTION_NOTES.pattern + "|" + MOTION_CALLS.pattern + r")[ \t]*+(?::[ \t]*+|(?=\r?\n|$))"
)
"""A motion's section label alone on its line, over the one paragraph it opens:
"Council further notes:", "Congress therefore calls on:", "Council mandates:", or
with no colon, "Congress also recognises" (the label and its paragraph are one
recital or one clause; used with ``fullmatch``, or ``match`` on the label's line)."""
MOTION_CALLS_LATE = re.compile(r"[.!?][\"”’')]*+[ \t\n]++(?=" + MOTION_CALLS.pattern + ")")
"""Where a motion's operative sentence begins after the reasons that open its
paragraph: "… a far larger delegation. Congress, therefore, agrees …"."""
_NOTING = r",[ \t]++(?:noting|having[ \t]++(?:received|considered|noted))\b[^\n]{1,400}?"
NOTING_ACTS = re.compile(
    _MOTION_SUBJECT + _NOTING + r",[ \t]++(?:(?:also|further|therefore),?[ \t]++)?"
    r"(?:requests|asks|adopts|approves|endorses|affirms|agrees|calls[ \t]++(?:on|upon)|urges"
    r"|encourages|directs|resolves|appoints|receives|thanks)\b"
)
"""A synod's motion whose subject is the body, a participle between it and its verb:
"Synod, noting the report …, requests the Standing Committee to …" (one clause)."""
NOTING_ITEMS = re.compile(
    _MOTION_SUBJECT + f"(?:{_NOTING})?" + r"[ \t]*+[–—-][ \t]++(?=\(a\)[ \t])"
)
"""The same with its acts lettered on after a dash, on one line: "Synod, noting the
report … – (a) adopts …, and (b) recommends …" (the formula, then one clause each)."""
NOTING_ITEM = re.compile(r"(?<=[,;])[ \t]++(?:(?:and|or)[ \t]++)?(?=\([b-z]\)[ \t])")
"""Where the next lettered act starts in that line: "…, and (b) recommends …"."""
ACRONYM_WILL = re.compile(
    r"(?:(?:Using|Through|Working)[ \t]++[^,.;\n]{1,60},[ \t]++)?(?:The[ \t]++)?[A-Z]{2}[\w&-]*+(?:[ \t]++[A-Z]{2}[\w&-]*+)?"
    r"(?:,[ \t]++[^,.;\n]{1,80},)?[ \t]++(?:will|shall|directs|instructs)[ \t]++(?!be\b)[a-z]"
)
"""Clear language with no formula: a body named by its acronym says what it will do
("NEA will educate …", "NEA, working with the caucus, shall …", "The NEA RA directs …")."""
DELEGATES_ACT = re.compile(
    r"The[ \t]++delegates[ \t]++(?:to|at|of)[ \t]++[^.;:\n]{0,120}?\b(?:Convention|Congress|Conference|Assembly)\b"
    r"[^.;:\n]{0,60}?[ \t]++(?:(?:hereby|therefore|also)[ \t]++)?(?:recogni[sz]e|commend|call[ \t]++(?:on|upon)"
    r"|urge|resolve|pledge|support|affirm|reaffirm|declare|endorse|demand|condemn|applaud|salute)\b"
)
"""A statement's operative sentence with the delegates as its subject: "The delegates
to the 24th Biennial Convention of the X recognize and commend …"."""
FUTURE_ACT = re.compile(
    r"(?:The[ \t]++)?[A-Z][\w&'’.-]*+(?:[ \t]++[\w&'’.-]++){0,5}?[ \t]++(?:will|shall)[ \t]++(?!be\b)[a-z]"
)
"""A further operative paragraph of a statement with no formula: "The American union
movement will work to ensure …"."""
SUBJECT_THEREFORE = re.compile(
    r"(?:(?:The|This|Our)\s++(?:[A-Z][\w&'’.-]*+\s++){1,6}?therefore|(?:We|It)\s++therefore"
    r"|(?:Therefore|THEREFORE),?\s++(?:it|we))\s++"
    r"(?:calls?\s++(?:on|upon|for)|urges?|resolves?|demands?|requests?|directs?|asks?"
    r"|instructs?|encourages?|recommends?|supports?|mandates?)\b"
)
"""A statement's operative sentence with any named subject: "The WMA therefore
urges the European Union to …", "We therefore call on …"; or the motion's body
named by a pronoun after "therefore" opens it: "Therefore it instructs the
executive to …", "It therefore calls on …"."""
THAT_SEMICOLON = re.compile(r"[^\n]{0,60}\b(?:that|THAT)[ \t]*+;[ \t]*+")
"""A short lead-in whose "that" the list below completes, with a semicolon
where a colon was meant: "Observing that;", "Further noting that;"."""
WE_COLON = re.compile(
    r"[ \t]*+(?:We|WE)[ \t]++(?:(?i:therefore|hereby|further|also|now|jointly|unanimously"
    r"|accordingly),?[ \t]++)*+(?i:resolve|recommend|declare|demand|urge|request|agree|decide"
    r"|direct|call[ \t]++(?:on|upon)|commit[ \t]++ourselves[ \t]++to)"
    r"(?:[ \t]++(?i:that|as[ \t]++follows))?[ \t]*+[:\u2014][ \t]*+"
)
"""The members speaking as "We" in a formula whose only content is themselves and
their act, over the list of what they resolve: "We therefore hereby recommend
that:", "WE RESOLVE AS FOLLOWS:", "We call on:" (convention Q7: its items are
clauses)."""
WE_ORGAN = re.compile(
    r"[ \t]*+(?:We|WE),[ \t]++(?:the|THE)[ \t]++[^,.;:\n]{1,200},\s++"
    r"(?i:meeting|assembled|gathered|convened|met)\b[^.;:]{0,500}[,:;][ \t]*+"
)
"""The organ line in the first person, the members named and where they met,
over the paragraphs of their declaration: "We, the delegates of the Guild,
meeting in Alba on 3 May, …," (then "Noting …", "Having heard …")."""
BODY_RESOLVES_THAT = re.compile(
    r"(?:The|This)[ \t]++[A-Z][\w&'’.-]*+(?:[ \t]++(?:(?:of|the|and|for)[ \t]++){0,2}[A-Z][\w&'’.-]*+){0,8}?"
    r"[ \t]++(?:(?:hereby|therefore|also)[ \t]++)?resolves[ \t]++that\b"
)
"""A body naming itself in the one sentence it enacts: "The Board of Trustees of
the X Foundation resolves that the following shall be delegated …:"."""
FURTHER_RESOLVE = re.compile(
    r"[ \t]*+(?:We|WE|we|Let[ \t]++us|LET[ \t]++US)[ \t]++(?i:(?:further|also|finally)[ \t]++)"
    r"(?i:resolve),?[ \t]++(?i:that)\b"
)
"""One more clause in the first person after the RESOLVED ones, its lead the
members' own: "Let us Further Resolve that …", "We also resolve that …"."""
LABELLED_TEXT = re.compile(
    r"[ \t]*+(?:\*\*)?(?:Resolution|RESOLUTION|Motion|MOTION|Proposal|PROPOSAL)(?:\*\*)?[ \t]*+:"
    r"(?:\*\*)?[ \t]++(?=[A-Z][^\n]{80,}[.!?][\"”’')]*+[ \t]*+$)"
)
"""A form's field label glued to the one sentence the body adopted, with no
formula: "Resolution: We, the … Committee …, believe …." (the label, then the text),
or a board's record of a vote: "**Proposal:** Are we good to hire …?"."""
HEREBY_ACT = re.compile(
    r"(?:The|This)[ \t]++[A-Z][\w&'’.-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w&'’.-]*+){0,5}?"
    r"(?:[ \t]++\([^()\n]{1,40}\))?[ \t]++[^.;:\n]{0,300}?\bhereby[ \t]++"
    r"(?:approves|adopts|authori[sz]es|directs|appoints|establishes|confirms|ratifies|designates)\b"
)
"""A board's act in plain prose, with no formula: "The Board of Trustees ("Board")
has reviewed the recommendation … and hereby approves that recommendation …"."""
BODY_ACTS = re.compile(
    r"(?:The|This)[ \t]++[A-Z][\w&'’.-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w&'’.-]*+){0,5}?[ \t]++"
    r"(?:(?:also|further)[ \t]++)?(?:thanks|commends|congratulates|approves|directs|authori[sz]es"
    r"|requests|urges|appoints|endorses|affirms|recogni[sz]es|expresses)\b"
)
"""A further act of that board in its own paragraph: "The Board thanks the Committee …"."""
HEADED_ACT = re.compile(
    r"(?:The|This)[ \t]++[A-Za-z][\w&'’.-]*+(?:[ \t]++(?:of[ \t]++)?[A-Z][\w&'’.-]*+){0,5}?[ \t]++"
    r"(?:(?:also|further)[ \t]++)?(?:approves?|adopts?|asks?|requests?|endorses?|agrees?|decides?"
    r"|resolves?|welcomes?|commends?|calls[ \t]++(?:on|upon))\b"
)
"""A body's act that is a whole resolution under its heading, with no formula: "The
Bishops' Conference approves …", "The bishops ask the Department …" (a plenary's
page of headed resolutions)."""
THEREFORE_HEREBY = re.compile(
    r"(?i:now,?[ \t]++)?(?:Therefore|THEREFORE),[ \t]++(?:[^,;:\n]{1,80},[ \t]++)?(?:the[ \t]++|this[ \t]++)?"
    r"[A-Z][\w&'’.-]*+(?:[ \t]++[A-Z][\w&'’.-]*+){0,5}[ \t]++hereby[ \t]++[a-z]++(?<=s)\b"
)
"""An enacting sentence with no "resolved" whose body acts "hereby", an aside
allowed before it: "Therefore, on behalf of the faculty, the Faculty Senate hereby
expresses …" (after WHEREAS recitals, their one clause)."""
PASSAGE_ENDORSED = re.compile(
    r"[ \t]*+(?:Resolved|RESOLVED),?[ \t]++(?:That|THAT)[ \t]++(?i:this)[ \t]++"
    r"(?i:(?:joint[ \t]++|concurrent[ \t]++)?(?:resolution|bill))"
    r"(?:[ \t]++(?i:(?:do[ \t]++)?pass|be[ \t]++(?:agreed[ \t]++to|concurred[ \t]++in)))?[ \t]*+[.,]?[ \t]*+"
)
"""The other chamber's certificate of passage on an enrolled or engrossed text,
printed (or left blank) after the text and its first certificate: "In Senate …"
/ "Resolved, That this Resolution [do pass]" / "Attest". Not a resolution."""
ORGAN_COLON = re.compile(
    r"[ \t]*+(?:(?:NOW|Now),?[ \t]++(?:THEREFORE|Therefore),?[ \t]++)?"
    r"(?:The|THE)[ \t]++(?:[A-Z][\w'’-]*+[ \t]++){0,4}?"
    r"(?i:Assembly|Council|Conference|Commission|Congress|Summit|Board)[ \t]*+[:.]?[ \t]*+"
)
"""A bare organ name with a colon, "The Assembly:", as some regional bodies print
the organ line over their preambular paragraphs (only over one: "Having heard …"),
or over its operative ones ("NOW THEREFORE THE COMMISSION:" / "AGREES to …"); or
with no punctuation at all, or a period ("The Executive Board" / "Decides that …",
"The Regional Conference." / "Recommends:")."""
BARE_THAT = re.compile(r"[ \t]*+[“\"‘']?(?:That|THAT)[ \t]*+(?:[:\u2014\u2013]|--?)[ \t]*+")
"""A motion's "That—" (or "That:") alone on its line over its numbered
paragraphs, as Westminster houses print an order: the formula over its clauses."""
OPERATIVE_LEAD = re.compile(
    r"[ \t]*+[A-Z][a-z]{2,20}+(?:[ \t]++[a-z]{2,20}+){0,3}?[ \t]*+(?:that[ \t]*+)?[,:][ \t]*+"
)
"""A short operative line over the items it introduces, its verb in the plural
(the organ line names several parties): "Decide that," / "Recommend to their
Governments:"."""
PASSIVE_HEREBY = re.compile(
    r"[ \t]*+(?:An?|The|This|These)[ \t]++[^.;:\n]{1,80}?[ \t]++(?:is|are)[ \t]++hereby[ \t]++"
    r"(?:added|amended|adopted|inserted|repealed|rescinded|replaced|deleted)\b[^.;:\n]{0,120}?:[ \t]*+"
)
"""A passive enacting sentence over the text it enacts, with no formula: "A new
article is hereby added:", "The following section is hereby amended to read:"."""
CAPS_ACT = re.compile(r"\s*+(?:[A-Z]{3,}S[ \t]++[a-z]|THAT,?[ \t]++(?=\S))")
"""An operative paragraph opened by its verb in capitals, "AGREES to …", or by
its keyword, "THAT, A and B be appointed …": a sentence that ends with
punctuation, so a line under it without a blank goes on."""
ENDS_FURTHER = re.compile(
    r"[;,][ \t]*+(?:and|or)[ \t]++be[ \t]++it[ \t]++(?:further|also|finally)[ \t]*+$"
)
"""A paragraph ending on the connector to a further RESOLVED: "…; and be it further"."""
ENDS_FINALLY = re.compile(r"[ \t,;]and[ \t]++(?:finally|further|furthermore|also)[ \t]*+,[ \t]*+$")
"""A clause ending on the words that announce one more clause, its formula left
out: "… against their right to strike and finally," (the next paragraph is it)."""
BODY_DECIDED = re.compile(
    r"[ \t]*+(?:At[ \t]++its[ \t]++[^,.;\n]{1,60}?(?:meeting|session)"
    r"(?:,[ \t]*+(?:on|held[ \t]++on)[ \t]++[^,.;\n]{1,40}+)?+,[ \t]*+(?:the|The)|The|This)(?:[ \t]++[A-Z][\w'’-]*+){1,6}?"
    r"(?:[ \t]++of(?:[ \t]++the)?(?:[ \t]++[A-Z][\w'’-]*+){1,4}?)?"
    r"(?:,[^,\n]{1,80},|,[ \t]*+[A-Za-z]{2,}ing[ \t]++[^,.;:\n]{1,120}?,?)?[ \t]++"
    r"(?:hereby[ \t]++)?(?:decided|decides|adopted|adopts|approved|approves|agreed|agrees"
    r"|resolved|resolves|endorsed|endorses)\b"
)
"""A decision told with the body as its subject, with no formula: "The Board
adopted the agenda …", "The Conference of the Parties, in Decision VCII/8 of its
Second Meeting, decided to …"; a name with "of" and no article ("The Board of
Governors approved …"); a participial phrase after the name, closed by a comma or
left open ("The Vestry, Sitting as the Trustees of the Fund decided …"); a narrated decision that opens with its meeting and
date, "At its 48th meeting, on 25 March 2011, the Council decided to …"."""
INFINITIVE_DECISION = re.compile(
    r"[ \t]*+To[ \t]++(?!(?:the|all|any|each|every|our|his|her|their|its|this|these|those|what"
    r"|which|whom|whose|where|when|date|wit|you|them|him|members)\b)[a-z]{3,}+[ \t]++[a-z]"
)
"""A decision's paragraph in the infinitive, its organ line ("The Meeting of the
Parties decides:") left off the page: "To request that the Panel prepare …",
"To note with appreciation …" (never an address, "To the members …")."""
BARE_RESOLVES = re.compile(
    r"[ \t]*+(?:RESOLVES?|Resolves?|DECIDES?|Decides?)"
    r"(?:(?:[ \t]++(?:AS|as)[ \t]++(?:FOLLOWS|follows))?[ \t]*+:"
    r"|[ \t]++(?:THAT|that)[ \t]*+[:,])[ \t]*+"
)
"""The resolving verb alone with its colon, "RESOLVES:", under an organ line
printed above the recitals: the formula's verb, its numbered items the clauses
(so is "DECIDES:", a decision's resolving verb, and the verb with "that",
"Resolves that:", or in the plural with a comma, "Decide that,": a formula with
no content of its own, convention Q7)."""
_EM = r"(?:\*{1,2}+|_{1,2}+)?+"
EMPHASISED_CONNECTOR = re.compile(
    rf"[ \t]*+(?=[*_]|[^\n]*?[*_])(?:{_EM}(?i:now),?+{_EM}[ \t]++)?+(?:{_EM}(?i:therefore){_EM}[,:;]?+{_EM}"
    rf"[ \t]++)?+{_EM}(?i:be[ \t]++it|let[ \t]++it[ \t]++be)(?:[ \t]++(?i:further|finally|also|likewise))?+"
    rf"{_EM}[ \t]*+[,:\u2014\u2013-]?+[ \t]*+{_EM}\s*+"
)
"""A connector set in markdown emphasis, the bold or italic marks around some or all
of its words: "**NOW, THEREFORE**, be it", "**NOW, THEREFORE, BE IT**", "*Be it*"
(over "RESOLVED, That …"): a connector, as it reads without the marks."""
DATED_THE_DAY = re.compile(
    r"[ \t]*+(?i:resolved)(?:[ \t]*+,)?[ \t]++(?i:this)[ \t]++(?i:the)[ \t]++"
    r"(?:\d{1,2}(?i:st|nd|rd|th)[ \t]++)?(?i:day[ \t]++of)\b(?![^\n]*?(?:\b(?i:that)\b|:))"
)
"""A dating line after the clauses that opens with "RESOLVED" but resolves nothing, its
day after "the": "RESOLVED, this the 18th day of March, 2004." (not "… that …" nor
"… as follows:", a clause or a formula)."""
OPERATIVE_SENTENCE = re.compile(
    r"[ \t]*+(?:The|This|Said|Such|Each)[ \t]++(?:[\w’'.-]++[ \t\r\n]++){0,8}?"
    r"(?:(?:is|are|shall[ \t\r\n]++be)[ \t\r\n]++(?:(?:hereby|further|also|and)[ \t\r\n]++){0,3}"
    r"(?:authori[sz]ed|directed|requested|empowered|instructed)[ \t\r\n]++(?:and[ \t\r\n]++[a-z]++[ \t\r\n]++)?to"
    r"|(?:shall|will)[ \t\r\n]++(?:take[ \t\r\n]++effect|be(?:come)?[ \t\r\n]++effective))\b"
)
"""A resolution's own operative sentence with no formula, a named subject and a
passive mandate or its effective date: "The Executive Director is further
authorized to submit …", "The Clerk is hereby directed to send …", "This
resolution shall take effect immediately."."""
PURPOSE_LEAD = re.compile(r"(?i)(?:in|to|for|with|through|under|toward|towards)[ \t]")
"""A purpose or circumstance phrase before the body that a formula names over its
list: "In pursuit of open data the City will:", "To that end, the Board shall:"
(the phrase is not part of the body's name)."""
BODY_ARTICLE = re.compile(r"(?i)(?<=[ \t,])(?:the|this)[ \t]++")
"""Where the body's name may begin after such a phrase: its article."""
PARTICIPLE_OPENS = re.compile(r"[ \t]*+[A-Z][a-z]++(?<=ing)[ \t]")
"""A preamble paragraph that opens with a participle: "Having adopted …",
"Recognizing that …"."""
PARTICIPLE_REASON = re.compile(
    r"(?<=;)[ \t\r\n]++(?=and[ \t]++(?:also[ \t]++)?[a-z]++(?<=[a-z]{2}ing)[ \t])"
)
"""Where the next reason of such a paragraph begins, run on after a semicolon
with "and" and its own participle: "…; and having also concluded that …; and
recognizing that …" (one reason each, as an inline "and whereas")."""
POINTED_STATEMENT = re.compile(
    r"(?i)\s++(?:is|are)\s++(?:unified|united|unanimous|agreed|of\s++one\s++(?:mind|voice))\s++(?:in|on)\s++"
    r"(?:the\s++following(?:\s++(?:statements?|declarations?|positions?))?"
    r"|(?:its|our|the)\s++(?:statements?|declarations?|positions?)\s++(?:that|which)\s++follows?)"
    r"\s*+(?=[:\u2014\u2013]\s*+$)"
)
"""The tail of a formula in which the body, its only content, says it stands as
one behind its own statement below: "The Town Council is united in the
statement that follows:", "The Board is unanimous in the following:" (the items
below it are clauses, convention Q7). A verb that takes the list as its object
("… adopts the following:") is content of the clause's own: its items are
sub-clauses."""
