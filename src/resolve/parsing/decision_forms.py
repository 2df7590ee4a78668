"""Whole-document passes for the decisions of intergovernmental bodies and
the records of houses that print a decision in a form of its own (one row
each in :mod:`resolve.parsing.passes`)."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.body_acts import PURPOSE
from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.elections import OFFICE
from resolve.parsing.paragraphs import Unit

BARE_HEREBY = re.compile(r"[ \t]*+(?:Hereby|HEREBY)[ \t]*+[:,—–-]?[ \t]*+")
"""The enacting adverb alone on its line, the organ named once above the
recitals: "Hereby:", "HEREBY"."""


def settle_bare_hereby(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A decision whose enacting formula is the adverb alone on its line
    between its last recital and its numbered operative paragraphs ("Recalling
    …," / "Hereby:" / "1. Adopts …"): the adverb is the formula (RESOLVES) over
    the paragraphs, never one more recital."""
    for i in range(1, len(units) - 1):
        u = units[i]
        if (
            kinds[i] == "TEXT"
            and kinds[i - 1] == "PHRASE"
            and kinds[i + 1] == "MARKER"
            and BARE_HEREBY.fullmatch(ctx.text, u.start, u.end) is not None
        ):
            kinds[i] = "RESOLVES"


EMPHATIC_ADVERB = re.compile(
    r"[ \t]*+(?:resolutely|firmly|vigorously|unreservedly|categorically|emphatically)[ \t]++",
    re.IGNORECASE,
)
"""An adverb of emphasis before a UN operative verb: "Firmly rejects …"."""


def settle_adverb_verbs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A UN operative paragraph whose verb follows an adverb of emphasis
    ("Categorically rejects …", "resolutely condemns …") after a recital or
    another operative paragraph: operative (VERB), like "Strongly condemns …",
    never the recital's continuation."""
    for i in range(1, len(units)):
        u = units[i]
        m = EMPHATIC_ADVERB.match(ctx.text, u.start, u.end) if kinds[i] == "TEXT" else None
        if (
            m is not None
            and kinds[i - 1] in ("PHRASE", "VERB")
            and ctx.ops.match(ctx.text[m.end() : min(u.end, m.end() + 60)]) is not None
        ):
            kinds[i] = "VERB"


BARE_ITEM_NUMBER = re.compile(r"[ \t]*+\d{1,4}(?:\.\d{1,3})*+\.?[ \t]*+")
"""An item's number alone on its line: "202.", "7", "4.1"."""
ITEM_HEADING = re.compile(r"[ \t]*+[A-Z][^\n]{0,120}?(?<![.;:,])[ \t]*+")
"""An item's heading: one line opening with a capital, no closing punctuation."""


def settle_item_numbers(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Minutes printed from a table of items, each item's number alone on its
    line over the item's heading ("14." / "Appointment of the Vice-Chair"),
    before the first formula or motion below it: the number is the item's
    label (META), never a clause of a resolution of its own."""
    for i in range(len(units) - 1):
        u, nu = units[i], units[i + 1]
        if (
            kinds[i] == "MARKER"
            and kinds[i + 1] == "TEXT"
            and nu.lines == 1
            and BARE_ITEM_NUMBER.fullmatch(ctx.text, u.start, u.end) is not None
            and ITEM_HEADING.fullmatch(ctx.text, nu.start, nu.end) is not None
            and not any(k in ("MARKER", "THAT", "FORMULA", "RESOLVES") for k in kinds[:i])
            and any(k in ("FORMULA", "RESOLVES") for k in kinds[i + 2 :])
        ):
            kinds[i] = "META"


REPORT_MOVED = re.compile(
    r"[ \t]*+(?:(?:Motion|MOTION|Amendment|AMENDMENT)[ \t]++(?:moved|made|proposed)"
    r"(?:,?[ \t]++and[ \t]++(?:the[ \t]++)?Question[ \t]++proposed)?|Moved)[ \t]*+[,:—–-]?[ \t]*+"
)
"""An official report's record that a motion was moved, alone on its line over
the motion's text: "Motion moved,", "Motion made, and Question proposed,",
"Amendment moved:"."""
REPORT_THAT = re.compile(r"[ \t]*+[“\"‘']?(?:That|THAT)\b[,\s]")
"""The moved motion's text: "That, under Rule …", "That this House …"."""
REPORT_OUTCOME = re.compile(
    r"[ \t]*+(?:Motion|Question|Amendment|MOTION|QUESTION|AMENDMENT)"
    r"(?:,?[ \t]++as[ \t]++amended,?)?[ \t]++(?:(?:put[ \t]++and[ \t]++)?(?:dis)?agreed[ \t]++to"
    r"|negatived|carried|lost)[ \t]*+\.?[ \t]*+",
    re.IGNORECASE,
)
"""An official report's outcome line: "Motion agreed to.", "Question put and
agreed to.", "Amendment disagreed to.", "Motion, as amended, agreed to."."""


def settle_report_moved(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A legislature's official report of one motion: the record "Motion moved,"
    alone on its line right over the motion's "That …" (its mover in brackets
    after it, "—[A Member]"), the question put in the chair's words, and an
    outcome line ("Motion agreed to."), with no formula or recital opener
    anywhere: the "That" paragraph is the motion's clause (THAT), the record
    line and the speeches above it head (META), the question put and the
    outcome line the trailer."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return
    found = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] in ("TEXT", "META", "INTRO")
        and u.lines == 1
        and REPORT_MOVED.fullmatch(ctx.text, u.start, u.end) is not None
        and REPORT_THAT.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    if len(found) != 1 or not any(
        REPORT_OUTCOME.fullmatch(ctx.text, u.start, u.end) for u in units[found[0] + 2 :]
    ):
        return
    head_above(kinds, found[0])
    kinds[found[0]], kinds[found[0] + 1] = "META", "THAT"
    for j in range(found[0] + 2, len(units)):
        if kinds[j] not in ("TEXT", "THAT", "PHRASE", "VERB", "INTRO"):
            continue
        kinds[j] = "TRAILER"  # the question put in the chair's words, the outcome
        if REPORT_OUTCOME.fullmatch(ctx.text, units[j].start, units[j].end):
            break


ARTICLE_HEADING = re.compile(
    r"[ \t]*+(?:Article|ARTICLE|Art\.)[ \t]++\d{1,3}[A-Za-z]?[ \t]*+[-–—:.][ \t]*+"
    r"[A-Z][^\n]{0,100}?(?<![.;:,])[ \t]*+"
)
"""A numbered article's heading line in acts: "Article 8 - Time Schedules",
"ARTICLE 12: Appointments", "Art. 3. Opening"."""


def settle_article_headings(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Acts that number their articles, each with a heading line over its text
    in the present tense ("Article 5 - Agenda" / "Synod adopts the following
    agenda:"), with no formula, recital opener or organ line anywhere and a
    decision under one of them: each article line is a heading (HEADING),
    never a recital or a clause, so an article with a decision is a
    resolution and an article with none is no part of it."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return
    found = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "MARKER"
        and u.lines == 1
        and ARTICLE_HEADING.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    if found and "THAT" in kinds[found[0] :]:
        for i in found:
            kinds[i] = "HEADING"


ITEM_LINE = re.compile(r"[ \t]*+\d{1,3}\.[ \t]++[A-Z][^\n]{0,150}?(?<![.;:,])[ \t]*+")
"""A minutes item's numbered heading line: "2. Conflict of Interest Declarations"."""
GLUED_CARRIED = re.compile(
    r"[^\n]{0,2000}?(?<=[a-z0-9)])\.[ \t]++CARRIED(?:[ \t]++UNANIMOUSLY)?[ \t]*+\|?[ \t]*+"
)
"""A paragraph that records its own adoption with the outcome glued after its
last sentence in capitals: "… were taken as read and confirmed as a true and
accurate record. CARRIED" (a table cell's end bar after it, "CARRIED |")."""


def settle_item_outcomes(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Minutes under numbered item headings ("2. Apologies") that print their
    resolutions as "That …" paragraphs and an item's adoption with its outcome
    glued after it, with no formula, recital opener or organ line anywhere: an
    item heading over the item's text is a heading (HEADING), never a clause,
    an item's paragraph that closes on its outcome glued in capitals ("…
    confirmed as a true record. CARRIED") a decision of its own (THAT), and the
    prose above the first decision the minutes' head (META)."""
    if "THAT" not in kinds or any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return
    items = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "MARKER"
        and kinds[i + 1] == "TEXT"
        and u.lines == 1
        and ITEM_LINE.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    carried = [
        i + 1
        for i in items
        if GLUED_CARRIED.fullmatch(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    if not carried:
        return
    head_above(kinds, kinds.index("THAT"))
    for i in items:
        kinds[i] = "HEADING"
    for i in carried:
        kinds[i] = "THAT"


SPOKEN_MOVE = re.compile(
    r"(?:(?<=^)|(?<=[.!?][ \t]))I[ \t]++(?:beg[ \t]++to[ \t]++)?(?:MOVE|move)(?:[ \t]*+,[ \t]*+(?:seconded|SECONDED)[ \t]++by"
    r"[ \t]++[^\n]{1,160}?,)?[ \t]*+,?[ \t]*+(?:that|That|THAT)\b",
    re.MULTILINE,
)
"""A member's motion moved in the first person in an official report, its
seconder named or not: "I move, seconded by the honourable Member for X, that
…", "I move that …", "I beg to move, That …" (the speaker's greeting may stand
before it: "Thank you, Mr. Speaker. I MOVE, …")."""
FURTHER_THAT = re.compile(
    r"[ \t]*+(?:AND|And)[ \t]++(?:FURTHER|Further)[ \t]*+,[ \t]*+(?:that|THAT)\b"
)
"""A spoken motion's next part: "AND FURTHER, that, at any time …"."""
SPOKEN_OUTCOME = re.compile(
    r"(?:[^\n]{0,200}?(?<=[.?!][ \t]))?(?:The[ \t]++)?(?:Motion|motion|Question|question)[ \t]++"
    r"(?:is[ \t]++|was[ \t]++)?(?:carried|agreed[ \t]++to|defeated|lost|negatived)[ \t]*+\.?[ \t]*+"
    r"|[ \t]*+-{2,3}[ \t]*+(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST)[ \t]*+\.?[ \t]*+"
)
"""An official report's outcome of a spoken motion: "Motion agreed to.", the
chair's "… All those opposed? The motion is carried.", the mark "---Carried"."""


def settle_spoken_motion(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A legislature's official report of one motion a member moves in the first
    person with its seconder ("I move, seconded by …, that …"), its further
    parts ("AND FURTHER, that …") each a paragraph of their own, then the
    debate and an outcome ("Motion agreed to.", "---Carried"), with no formula,
    recital opener or organ line anywhere: the motion is the one resolution,
    each part a clause (THAT); the proceedings above it (and a greeting before
    "I move" in its paragraph, cut off in place) head it (META); the speeches,
    the question put and the repeated item headings down to the outcome are
    its trailer."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return
    found = [
        (i, m)
        for i, u in enumerate(units)
        if kinds[i] == "TEXT" and (m := SPOKEN_MOVE.search(ctx.text, u.start, u.end)) is not None
    ]
    if len(found) != 1:
        return
    i, m = found[0]
    j = i + 1
    while (
        j < len(units)
        and kinds[j] == "TEXT"
        and FURTHER_THAT.match(ctx.text, units[j].start, units[j].end)
    ):
        j += 1
    outcome = next(
        (
            k
            for k in range(j, len(units))
            if SPOKEN_OUTCOME.fullmatch(ctx.text, units[k].start, units[k].end) is not None
        ),
        None,
    )
    if outcome is None:
        return
    head_above(kinds, i)
    kinds[i:j] = ["THAT"] * (j - i)
    kinds[j : outcome + 1] = ["TRAILER"] * (outcome + 1 - j)
    u = units[i]
    if m.start() > u.start:
        units[i : i + 1] = [
            ctx.piece("TEXT", u.start, m.start()),
            ctx.piece("TEXT", m.start(), u.end),
        ]
        kinds[i : i + 1] = ["META", "THAT"]


ADOPTS_FOLLOWING = re.compile(
    r"[ \t]*+(?:The|This)[ \t]++[A-Z][^\n:;]{0,80}?[ \t]++(?:approves|adopts|establishes|enacts"
    r"|ratifies)[ \t]++the[ \t]++following[ \t]++(?:policy|policies|rules|procedures?|guidelines"
    r"|regulations?|statement|text|by-?laws|amendments?|charter|code|standards|principles|terms"
    r"|plan)\b[^\n]{0,200}?:[ \t]*+"
)
"""A body's sentence in the present tense adopting the text set out below it:
"The Board of Trustees approves the following policy for …:", "The Senate
adopts the following rules:", "This Assembly establishes the following
procedure (…):"."""


def settle_adopted_text(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A policy or rules page that opens with the body's sentence adopting the
    text set out below it ("The Board approves the following policy …:" over
    the policy's headed sections and paragraphs), with no formula, recital
    opener, organ line or motion anywhere: the sentence is the resolution's one
    clause (THAT) and the text below it that clause's content, never recitals;
    the lines above it (the policy's number and name) head it (META)."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return
    found = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "TEXT"
        and u.lines == 1
        and ADOPTS_FOLLOWING.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    if len(found) != 1:
        return
    head_above(kinds, found[0])
    kinds[found[0]] = "THAT"


DECIDED_COLON = re.compile(r"[^\n:]{1,400}?[ \t](?:decided|resolved|solved|decreed)[ \t]*+:[ \t]*+")
"""The enacting sentence of a decree-style decision: the body named and its verb
of deciding in the past tense, ending in a colon ("The Ministers … decided:",
"…, the Board of the Commission decided:"); "solved:" is how machine
translations of such decisions often render "decided"."""
IMPERATIVE_ACT = re.compile(
    r"[ \t]*+(?:Approve|Adopt|Establish|Determine|Entrust|Instruct|Charge|Assign|Appoint"
    r"|Authori[sz]e|Create|Form|Introduce|Amend|Recommend|Request|Accept|Confirm|Declare"
    r"|Recogni[sz]e[ \t]++as|Take[ \t]++into)\b"
)
"""An operative paragraph of a decree, opened by its verb in the imperative:
"Approve the statute …", "Entrust the secretariat …", "Recognize as invalid …"."""


AS_FOLLOWS = re.compile(
    r"[ \t]*+(?:The[ \t\n]++)?[A-Z][^\n:;.,]{0,80}?[ \t\n]++(?:hereby[ \t\n]++)?"
    r"(?:decides?|decided|agrees?|agreed|authori[sz]es?|approves?|adopts?|establish(?:es)?)"
    r"[ \t\n]++"
    r"(?:as[ \t\n]++follows|the[ \t\n]++following)"
    r"(?:[ \t\n]++(?:unless|until|subject|effective|with[ \t\n]++effect)\b[^\n:;.]{0,120}?)?"
    r"[ \t]*+:[ \t]*+"
)
"""A formula of the body and its verb with no content of its own: "Ministers
decide as follows:", "The Council agrees as follows:" (hard-wrapped or not),
"The Guild authorizes the following until the next annual meeting:" (a term
or condition of the whole decision is no content of a clause)."""
_SENTENCE_END = re.compile(r"[.;][\"”’')]*+[ \t]*+$")


def settle_decided_colon(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A decree-style decision with no formula, recital opener, organ line or
    motion anywhere: its enacting sentence ("The Ministers … decided:") right
    over unnumbered paragraphs each opened by an imperative verb ("Approve
    …", "Entrust …"), or the body deciding "as follows:" over paragraphs that
    state the decision ("The standard … shall be reviewed …."). The sentence
    is the body-only formula (RESOLVES, Q7), each such paragraph a clause
    (THAT); the signatories or links below are its trailer. Numbered
    paragraphs under it are read as items already."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "PHRASE") for k in kinds):
        return
    text = ctx.text

    def acts(j: int, follows: bool) -> bool:
        u = units[j]
        return kinds[j] == "TEXT" and (
            IMPERATIVE_ACT.match(text, u.start, u.end) is not None
            or (follows and _SENTENCE_END.search(text, u.start, u.end) is not None)
        )

    found = [
        (i, AS_FOLLOWS.fullmatch(text, u.start, u.end) is not None)
        for i, u in enumerate(units[:-1])
        if kinds[i] == "TEXT"
        and (
            DECIDED_COLON.fullmatch(text, u.start, u.end) is not None
            or AS_FOLLOWS.fullmatch(text, u.start, u.end) is not None
        )
    ]
    found = [(i, follows) for i, follows in found if acts(i + 1, follows)]
    if len(found) != 1:
        return
    i, follows = found[0]
    kinds[i] = "RESOLVES"
    if follows and i > 0 and _heading_line(ctx, units[i - 1]):
        head_above(kinds, i)  # the page's lines above the decision's own heading
    j = i + 1
    while j < len(units):
        if acts(j, follows):
            kinds[j] = "THAT"
            j += 1
        elif not (follows and _lead_in(ctx, units, kinds, j)):
            break
        elif kinds[j - 1] == "THAT" and PURPOSE.match(ctx.text, units[j].start, units[j].end):
            # "To give approval:" over its list: no act of its own, the
            # conditions of the clause above, which takes it and its list
            # as sub-items (Q4: a unit is split only where the body acts anew)
            start, end = units[j - 1].start, units[j].end
            units[j - 1] = Unit("THAT", start, end, ctx.text.count("\n", start, end) + 1)
            del units[j], kinds[j]
        else:
            j += 1
        while j < len(units) and kinds[j] == "MARKER":
            j += 1  # the list a clause or its lead-in opens


def _heading_line(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short line that ends no sentence: a heading?"""
    t = ctx.t(u).rstrip()
    return u.lines == 1 and len(t) < _HEADING_MAX and not t.endswith((".", ":", ";", ","))


_HEADING_MAX = 100


def _lead_in(ctx: Context, units: list[Unit], kinds: list[str], j: int) -> bool:
    """Is unit ``j`` a line ending in a colon right over a marked list ("To give
    approval:" / "1. …"), inside the paragraphs of a decision?"""
    return (
        kinds[j] == "TEXT"
        and units[j].lines == 1
        and ctx.t(units[j]).rstrip().endswith(":")
        and j + 1 < len(units)
        and kinds[j + 1] == "MARKER"
    )


DECISION_NUMBER = re.compile(r"[ \t]*+\d{1,3}\.\d{1,3}[ \t]*+")
"""A conference's decision number alone on its line: "13.24", "41.7"."""
DIRECTED = re.compile(
    r"\b(?:is|are)[ \t]++(?:hereby[ \t]++|also[ \t]++)?(?:requested|encouraged|invited|urged"
    r"|directed|instructed|called[ \t]++upon)[ \t]++to\b|\bshall\b"
)
"""A decision addressed to those who carry it out: "The Secretariat … is
requested to …", "Parties are encouraged to …", "The Standing Committee shall …"."""
_DECISIONS_MIN = 2
"""Numbered decisions a page must hold before each is read as its own."""


def numbered_decisions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of a conference's page of decisions begins: its
    dotted number alone on its line ("13.24") over one paragraph that directs
    its addressee ("The Secretariat … is requested to: a) …", "Parties are
    encouraged to …"), two or more such pairs and no formula, recital opener,
    organ line or motion anywhere. Each paragraph is its decision's one clause
    (THAT; run-in lettered items stay inside it), each number its label and
    the prose above the first number the page's head (META)."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "PHRASE") for k in kinds):
        return []
    found = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "MARKER"
        and kinds[i + 1] == "TEXT"
        and DECISION_NUMBER.fullmatch(ctx.text, u.start, u.end) is not None
        and DIRECTED.search(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    if len(found) < _DECISIONS_MIN or any(b - a != 2 for a, b in pairwise(found)):
        return []  # the pairs follow one another, nothing between them
    head_above(kinds, found[0])
    for i in found:
        kinds[i], kinds[i + 1] = "META", "THAT"
    return [units[i].start for i in found[1:]]


SIGNER_OFFICE = re.compile(r"[ \t]*+(?i:" + OFFICE + r")[^\n.;:]{0,120}?[ \t]*+")
"""A signer's office alone on its line: "Chairman of the Board of …"."""
INITIAL_SURNAME = re.compile(r"[ \t]*+[A-Z]\.[ \t]*+[A-Z][a-z'’]++(?:-[A-Z][a-z'’]++)?[ \t]*+")
"""A signer's initial and surname alone on a line: "A. Petrov" (it reads like a
lettered item "A." with one word)."""


def settle_signed_office(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A decision that closes with its signature as two lines, the signer's
    office ("Chairman of the Board of …") over the signer's initial and
    surname ("A. Petrov"), nothing below them: both are its trailer (TRAILER),
    never a lettered clause."""
    if len(units) < 3:
        return
    office, name = units[-2], units[-1]
    if (
        kinds[-2] == "TEXT"
        and kinds[-1] == "MARKER"
        and office.lines == name.lines == 1
        and SIGNER_OFFICE.fullmatch(ctx.text, office.start, office.end) is not None
        and INITIAL_SURNAME.fullmatch(ctx.text, name.start, name.end) is not None
    ):
        kinds[-2] = kinds[-1] = "TRAILER"
