"""Decisions that minutes tell with the body as the subject, with no motion:
"The Committee requested that the secretary write to the council.", "After
discussion the Board agreed to hold the fair in June.", "The Board expressed
support for this.", "Friends approved the minutes of the May meeting." Under the
counting conventions of ``tests/real/README.md`` (1, stated decisions) such a
sentence is a decision like a motion carried: its paragraph (one unit, 4) is one
resolution of one clause. Not one: a member's act or undertaking ("Ann agreed to
circulate the figures."), members speaking ("Members requested that …"), a
noting verb ("The Board noted the report."), a decision to come ("The Board will
decide …") or the outcome told under the motion above it ("The Board approved the
motion."). An election or appointment stated as made in a short paragraph of its
own ("Dee was appointed auditor.", convention 2) is read the same way, and so is a
proposal the paragraph tells as met with no objection ("Bo proposed …. Bo asked
whether there were any objections, and there were no objections.") or a decision
told impersonally after a question ("… discussed whether …, and it was determined
that …"), or a discussion told as reaching its outcome ("Discussion ensued,
leading to the outcome that the office will open at nine."; not a person's
undertaking, "… the outcome that Mr. A would send a poll"): a decision by
consent. An approval of the minutes, the agenda (or
docket), a report or the budget stated after a paragraph's first sentence or in a
later clause of one ("…, a quorum was declared, and the docket was approved.",
"The budget was presented by the treasurer. The budget was approved by the
board.", see
:mod:`resolve.parsing.stated_approvals`) is one too, unless the paragraph stands
under a motion (its outcome: "Having none, the minutes are adopted."); so is one
told with a pronoun or no subject right under a caption that names the routine
("1. Accounts" / "These were accepted, …"); and a decision told in the passive
with the body as its agent ("New member Dee Fox was accepted by the committee.").
The body and its verb may be set in Markdown bold ("**The Trustees decided**
that …"). A paragraph in which the body, named again, decides anew in a later
sentence ("…, the Board agreed that …. The Board also agreed that …") is one
resolution of two clauses (convention 4: the body as subject of a new main verb),
with or without "also" when the first decision opens its sentence with the body
("The Board decided …. The Board approved $3,000 …"), or the body saying what it
will do to carry the decision out ("… The Board will write to …"), in a
paragraph this reader read or another (a record cut off by the fallback reader,
its rest continuing its unit); and the next paragraph that opens with the body
carrying out the decision above ("It was decided that …" / "The Board will
decide at its next meeting …") is its next clause (convention 5).
So is a decision told impersonally at a paragraph's start or after a sentence,
a clause or "and" ("It was agreed that the summer meeting take place on 4
July.", "Members welcomed the sale and it was agreed, on the proposal of Cllr A,
seconded by Cllr B, that …"), as minutes whose formal items are moved and
RESOLVED tell the rest of their business; not the lead-in of a text below it
("It was agreed that the following resolution be adopted:"), a postponement
("It was decided to table …"), an earlier meeting's act ("At the previous
meeting, it was agreed …") nor one told in someone's words ("The Clerk reported
that, after a site visit, it was agreed …"). The item's caption right above such a decision
("2. Sale of Land") heads it, not the record above. So is a motion told with
its act in a paragraph closed by its outcome alone ("Dr. A moved that all
letters be sent to the clerk. Carried.", "On motion of Dr. A, B was permitted
to withdraw. Carried."), as proceedings that print their other motions as
RESOLVED texts tell the rest; not one about the text above it ("Moved by A that
the resolution be adopted. Carried.": that text's outcome) nor the close ("…
moved that the Board do now adjourn. Carried.").

:func:`body_decisions`, a late row of ``BREAKS`` in :mod:`resolve.parsing.passes`,
reads them only on a page whose motions another reader understood (it has a
THAT clause or a RESOLVED formula), as :mod:`resolve.parsing.stated_approvals`
reads the stated approvals of the minutes."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.elections import election_made
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import ends_with
from resolve.parsing.procedural import PUTS_OFF
from resolve.parsing.sentence_gaps import sentence_gap
from resolve.parsing.stated_approvals import approval
from resolve.parsing.vote_cues import CHOICE_WORDS, deferred

_W = r"[ \t\r\n]++"
_BODY = (
    r"(?:(?:The|the)" + _W + r"(?:[A-Z][A-Za-z’'&-]*+" + _W + r"){0,3}"
    r"(?:Council|Board|Committee|Session|Vestry|Trustees|Directors|Governors|Executive"
    r"|Assembly|Congregation|Commission|Senate|Synod|Chapter|Parish[ \t]++Council"
    r"|council|board|committee|session|vestry|trustees|directors|governors|executive"
    r"|assembly|congregation|commission|senate|synod|chapter)"
    r"|Friends)"
)
"""The body as a subject: "The Council", "The Governing Board", "the committee",
"The Directors", "Friends" (a Quaker meeting for business); not "Members" (members
speaking) nor a person."""
BODY_SUBJECT = _BODY
"""The body as a subject (:data:`_BODY`), for the readers of other forms."""
_ADVERB = r"(?:(?:then|also|further|unanimously|finally|duly|formally)" + _W + r")?"
_DECIDING = (
    r"approved|adopted|endorsed|ratified|authori[sz]ed|decided|instructed"
    r"|agreed" + _W + r"(?:to|that|on|upon)\b"
    r"|requested" + _W + r"that\b"
    r"|settled" + _W + r"on\b"
    r"|voted" + _W + r"(?:to|in" + _W + r"favou?r|unanimously)\b"
    r"|(?:expressed|voiced|gave|indicated)" + _W + r"(?:its" + _W + r"|their" + _W + r")?"
    r"(?:support|approval|agreement|consent)\b"
    r"|(?:proceeded|went|turned|moved)" + _W + r"(?:in)?to\b[^.;\n]{0,120}?\b"
    r"(?:unanimous|general|common)" + _W + r"consent\b"
)
_VERB = f"(?:{_DECIDING}|{CHOICE_WORDS})"
"""The verbs of deciding: "approved", "agreed to", "requested that", "settled on",
"voted to", a verb of choice ("picked", "set": :data:`CHOICE_WORDS`),
"expressed support", a procedural step taken by consent ("proceeded to New
Business upon request of a Director and unanimous consent", convention 6). Not "resolved": "The Board resolved …" is read by
the readers of RESOLVED, or tells a resolution of record ("The Executive Board
resolved on 3 May that …" above the text adopted now)."""
_NOT_THE_MOTION = (
    r"(?!" + _W + r"(?:(?:to|in|of)" + _W + r")?"
    r"(?:(?:approve|adopt|accept|pass|carry|favou?r|support)" + _W + r"(?:of" + _W + r")?)?"
    r"(?:the|this|that|said)" + _W + r"(?:motion|resolution|amendment|recommendation|proposal)\b)"
)
"""Not the outcome of the motion above: "… voted to approve the motion"."""
BODY_DECISION = re.compile(
    r"(?:(?:After|Following)" + _W + r"(?:some" + _W + r"|further" + _W + r"|brief" + _W + r")?"
    r"(?:discussion|debate|consideration)(?:[ \t]*+,)?"
    + _W
    + r")?"
    + _BODY
    + _W
    + _ADVERB
    + _VERB
    + _NOT_THE_MOTION
)
"""A sentence that tells the body's decision: "The Board expressed support for
this.", "After discussion the Council agreed to …"; not "The Board approved the
motion." (the outcome of the motion above)."""
CONSENTED = re.compile(
    r"(?:[Tt]here" + _W + r"(?:were|was)" + _W + r"no" + _W + r"objections?\b(?!" + _W + r"that\b)"
    r"|(?:Hearing|There" + _W + r"being)" + _W + r"no" + _W + r"objections?\b"
    r"|it" + _W + r"was" + _W + r"(?:(?:then|also|further|unanimously)" + _W + r")?"
    r"(?:agreed|determined|decided)" + _W + r"(?:that|to)\b)"
)
"""A proposal told as met with no objection, or a decision told impersonally,
where a clause of the sentence begins ("…, and there were no objections.", "…,
there were no objections to the plan for the fair.",
"There being no objection, …", "…, and it was determined that …"): a decision by
consent; not "There being no further business" (the close)."""
CLAUSE = re.compile(r"(?:,|;)[ \t\r\n]++(?:and[ \t\r\n]++)?(?=[a-zA-Z])")
"""Where a clause joined to the one before it begins: ", and ", "; "."""
_BODY_NOUN = r"(?:committee|board|council|meeting|members|session|vestry|trustees|directors)"
BODY_NOUN = _BODY_NOUN
"""The body as a common noun after "by the": "committee", "board", "trustees"."""
PASSIVE_DECISION = re.compile(
    r"(?:(?i:a|an|the|new)|[A-Z][a-z]++)[ \t]++(?:(?!(?:it|this|that|which|who)\b)[^\s.;:!?]++[ \t]++){0,6}?"
    r"(?:was|were)[ \t]++(?:(?i:unanimously|duly|then|also)[ \t]++)?"
    r"(?:accepted|approved|adopted|endorsed)[ \t]++by[ \t]++the[ \t]++(?i:" + _BODY_NOUN + r")\b"
    r"(?![ \t]++(?:of|for)\b)"
)
"""A decision told in the passive with the body as its agent: "New member Dee Fox
was accepted by the committee."; not another body's act ("… approved by the
District Council": a name, not the body). A passive with no agent ("A date was
agreed for the clean-up") is not read: in a report it tells what others did."""
_NOT_OUTCOME = r"(?!(?:on|upon|by|with|without|in|at|after|and|unanimously|nem)\b)"
"""After "agreed to": an infinitive ("agreed to hold …"), not the motion's outcome
("… and it was agreed to on the following division:", "agreed to without
division")."""
IMPERSONAL = re.compile(
    r"\b(?i:it)[ \t]++was[ \t]++(?:(?:also|further|then|unanimously)[ \t]++)?(?:agreed|decided)"
    r"(?:[ \t]++that\b|[ \t]++to[ \t]++" + _NOT_OUTCOME + r"[a-z]"
    r"|[ \t]*+,[ \t]*+(?:on|upon)[ \t]++(?:the[ \t]++)?(?:proposal|motion)[ \t]++of\b)"
)
"""A decision told impersonally, with no motion or with its mover in an aside:
"It was agreed that the summer meeting take place on 4 July.", "…, and it was
agreed, on the proposal of Cllr A, seconded by Cllr B, that …"; not "… it was
agreed to on division", a motion's outcome."""
OUTCOME = re.compile(
    r"\b(?:leading|led)[ \t]++to[ \t]++(?:the|an?)[ \t]++(?:outcome|conclusion|consensus)[ \t]++that[ \t]++"
    r"|\b(?:The|the)[ \t]++outcome[ \t]++(?:of[ \t]++(?:the[ \t]++)?discussion[ \t]++)?"
    r"was[ \t]++that[ \t]++"
)
"""A discussion told as reaching its outcome, the body's decision by consent:
"Discussion ensued, leading to the outcome that the office will open at nine.",
"The outcome of the discussion was that …" ("The consensus was that …" is
record_cues.AGREED_RECORD's)."""
UNDERTAKEN = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]++)?[A-Z][\w'’.-]*+[ \t]++(?:would|will|should|to)\b"
)
"""An outcome that is a person's undertaking, its subject a name: "… the outcome
that Mr. Okafor would send a poll", not the body's decision."""
IMPERSONAL_AFTER = re.compile(r"(?:[.;,!?:]|\band)[ \t]*+\Z")
"""What may stand before an impersonal decision inside a paragraph: the end of a
sentence or clause, or "and" ("Members welcomed it and it was agreed …")."""
_ABBREV = r"(?:[^.;:\n]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bRev)\.)"
"""A character of a name that may hold its stops: "Dr. A. Ash"."""
MOVED_ACT = re.compile(
    r"\b(?:moved|moves)[ \t]++(?:that\b|to[ \t]++[a-z])"
    rf"|\b(?:On|Upon)[ \t]++(?:a[ \t]++|the[ \t]++)?motion\b{_ABBREV}{{0,80}}?,[ \t]*+(?=[A-Za-z])"
)
"""A motion told with its act: "Dr. A moved that …", "On motion of Dr. A, B was
permitted to …"."""
CARRIED_LAST = re.compile(
    r"(?:(?:The|the)[ \t]++)?(?:(?:[Mm]otion|MOTION)[ \t]++)?(?:was[ \t]++)?"
    r"(?:[Cc]arried|CARRIED|[Aa]dopted|[Pp]assed)"
    r"(?:[ \t]++(?:unanimously|nem\.?[ \t]*+con\.?))?[ \t]*+[.!]?[ \t]*+"
)
"""A motion's last sentence that only tells it carried: "Carried.", "Motion
carried unanimously."."""
ITS_TEXT = re.compile(
    r"(?i)\b(?:the|this|said|above|foregoing)[ \t]++(?:resolutions?|motion|preamble|report)\b"
)
"""A motion about the text above it ("moved that the resolution be adopted"):
that text's outcome, not a decision of its own."""
EARLIER = re.compile(
    r"(?i)\b(?:last|previous|earlier|prior|former)[ \t]++(?:\w++[ \t]++)?(?:meeting|session|year|month)\b"
    r"|\b(?:in|on)[ \t]++(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)
"""An impersonal decision's sentence that dates it before this meeting ("At the
previous meeting, it was agreed …", "In March it was decided …"): an earlier
meeting's act."""
REPORTED = re.compile(
    r"(?i)\b(?:reported|said|says|explained|stated|told|informed|advised|understood"
    r"|mentioned|announced)\b"
)
"""An impersonal decision's sentence that tells it in someone's words ("The
Clerk reported that, after a site visit, it was agreed …"): what others decided;
not the body's own noting ("The Committee noted the report and it was agreed …")."""
NOT_DONE = re.compile(r"\b(?:not|will|would|should|may|might|could|to[ \t]++be)\b")
"""A decision to come or refused, before the verb: "The Board will decide …"."""
GAP = sentence_gap(blanks=r"[ \t\r\n]++")
"""Where a sentence of a paragraph ends and the next begins."""
ACT_GAP = sentence_gap(before=r"[A-Za-z0-9)\]]{2}", blanks=r"[ \t\r\n]++", titles=True)
"""Where a sentence ends before the body acts anew, a sentence that may end on
an acronym ("… from the EU. The Board approved …"), not on a title ("Mr.")."""
LEAD = re.compile(r"[ \t]*+(?:(?:\d{1,3}|[A-Za-z])[.)][ \t]++)?(?:\*\*|__)?")
"""An item's number before its first sentence: "1. ", "b) "; or the Markdown
bold that opens it, the body and its verb set in bold ("**The Trustees
decided** that …")."""
READ_KINDS = frozenset({"TEXT", "MARKER", "VERB", "TRAILER", "META"})
"""The kinds of a paragraph that may tell a decision on a page another reader
understood (not a formula, a motion, a recital or a heading)."""
BARE = re.compile(
    r"[ \t]*+(?:(?:it|this|so|accordingly|unanimously|(?:by|on)[ \t]++[a-z ]{1,30})[ \t]*+)?[.!;]?[ \t]*+(?:\n|\Z)"
)
"""What may follow the verb of an outcome told under its motion: nothing, "it",
"unanimously", "by a show of hands"."""
MINUTES_WORDS = 2
"""Different words of minutes (:data:`resolve.parsing.minutes_cues.MINUTES_CUE`:
"meeting", "minutes", "moved", "present") that make the page a meeting's record."""
NOMINATION = re.compile(r"(?i)\b(?:nominat|proposed|seconded|stood[ \t]++for)")
"""A nomination in the record above an election, which the election completes."""
DONE_BELOW = re.compile(
    r"[ \t]*+(?:(?i:these|they|this|it|both)[ \t]++(?:were|was|have[ \t]++been|has[ \t]++been)[ \t]++)?"
    r"(?:(?i:unanimously|duly|all|then)[ \t]++)?"
    r"(?i:approved|accepted|adopted|agreed|confirmed|ratified)\b(?![ \t]++(?:by|at)[ \t]++(?:the[ \t]++)?[A-Z])"
)
"""An approval told under its caption with a pronoun or no subject: "These were
accepted, …", "Unanimously approved."; not "Approved by the Finance Committee"
(another body's act)."""
ROUTINE_CAPTION = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)][ \t]++)?[^\n.;:!?]{0,40}?"
    r"\b(?i:minutes|agenda|accounts|budget|reports?|financial[ \t]++statements?)\b"
    r"[^\n.;:!?]{0,40}?[ \t]*+:?[ \t]*+"
)
"""A caption on its own line that names the routine: "1. Accounts", "Previous
Minutes", "Treasurer's report:"."""
ELECTION_MAX = 400
"""Characters of a paragraph that states an election, not a report that tells of one."""
UNIT_MAX = 1500
"""Characters of a paragraph of discussion that may hold a decision."""
CAPTION_MAX = 100
"""Characters of an item's caption line over a decision."""
"""Characters of a paragraph of discussion that may hold a decision."""


INSTEAD = re.compile(
    r"(?:Instead|Rather)(?:[ \t]*+,)?" + _W + _BODY + _W + r"will" + _W + r"(?!not\b)"
)
"""The body's choice of one course over another told as what it will do
("Instead, the Board will buy cheaper signs."): a decision, not an undertaking."""


def decision(text: str, start: int, end: int, bare: bool = True) -> bool:
    """Does a sentence of the span from ``start`` to ``end`` tell the body's
    decision (:data:`BODY_DECISION`), not one to come or refused? With ``bare``
    false, not one whose verb ends the sentence ("The Board voted in favour."):
    under a motion, its outcome."""
    lead = LEAD.match(text, start, end)
    begins = [lead.end() if lead else start, *(g.end() for g in GAP.finditer(text, start, end))]
    if bare and any(INSTEAD.match(text, b, end) for b in begins):
        return True
    for b in begins:
        m = BODY_DECISION.match(text, b, end) or (
            PASSIVE_DECISION.match(text, b, end) if bare else None
        )
        if m is None or NOT_DONE.search(text, b, m.end()) is not None:
            continue
        if bare or BARE.match(text, m.end(), end) is None:
            return True
    if bare and any(approval(text, b, end) for b in begins[1:]):
        return True
    clauses = [*begins[1:], *(c.end() for c in CLAUSE.finditer(text, start, end))]
    if bare and any(approval(text, b, end) for b in clauses):
        return True  # "…, a quorum was declared, and the docket was approved."
    return any(
        CONSENTED.match(text, b, end) is not None and not _earlier(text, start, b) for b in clauses
    )  # not at the
    # paragraph's start: the proposal it consents to is in the paragraph


def _earlier(text: str, start: int, at: int) -> bool:
    """Does the sentence of the span from ``start`` that runs up to ``at`` date
    what follows before this meeting (:data:`EARLIER`) or tell it in someone's
    words (:data:`REPORTED`)?"""
    sentence = max([start, *(g.end() for g in GAP.finditer(text, start, at))])
    return any(cue.search(text, sentence, at) is not None for cue in (EARLIER, REPORTED))


def _impersonal(text: str, start: int, end: int) -> bool:
    """Does the span tell a decision impersonally (:data:`IMPERSONAL`), at its
    start or after a sentence or clause, and not as the lead-in of a text below it
    ("It was agreed that the following resolution be adopted:"), a postponement
    ("It was decided to table …", convention 6), an earlier meeting's act or one
    told in someone's words (:func:`_earlier`)?"""
    if text[start:end].rstrip().endswith(":"):
        return False
    lead = LEAD.match(text, start, end)
    first = lead.end() if lead else start
    for m in IMPERSONAL.finditer(text, first, end):
        if deferred(text, m.start(), m.end(), end):
            continue  # "It was decided to table …": a postponement (6)
        if _earlier(text, first, m.start()):
            continue  # "At the previous meeting, it was agreed …": not this meeting's
        if m.start() == first or IMPERSONAL_AFTER.search(text, first, m.start()):
            return True
    return False


def _outcome(text: str, start: int, end: int) -> bool:
    """Does the span tell a discussion's outcome (:data:`OUTCOME`) that is not a
    person's undertaking (:data:`UNDERTAKEN`), the lead-in of a text below it, a
    postponement or one told in someone's words (:func:`_earlier`)?"""
    if text[start:end].rstrip().endswith(":"):
        return False
    for m in OUTCOME.finditer(text, start, end):
        if UNDERTAKEN.match(text, m.end(), end) is not None:
            continue
        if deferred(text, m.start(), m.end(), end) or _earlier(text, start, m.start()):
            continue
        return True
    return False


def _moved_carried(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a motion told with its act (:data:`MOVED_ACT`) and closed by
    its outcome alone in its last sentence (:data:`CARRIED_LAST`), not about the
    text above it (:data:`ITS_TEXT`) nor one that closes the meeting or puts the
    business off (:data:`resolve.parsing.procedural.PUTS_OFF`, convention 6)?"""
    u, text = units[i], ctx.text
    moved = MOVED_ACT.search(text, u.start, u.end)
    if moved is None or ITS_TEXT.search(text, u.start, u.end) is not None:
        return False
    if PUTS_OFF.search(text, u.start, u.end) is not None:
        return False  # "… moved that the Board do now adjourn. Carried.": the close (6)
    last = max([moved.end(), *(g.end() for g in GAP.finditer(text, u.start, u.end))])
    return last > moved.end() and CARRIED_LAST.fullmatch(text, last, u.end) is not None


def _caption_above(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the unit above decision ``i`` its item's caption ("2. Sale of Land"):
    one short line that ends no sentence, after a record another reader
    understood? It heads the decision, not the record above it."""
    if i < 2 or kinds[i - 1] not in ("TEXT", "MARKER"):
        return False
    cap = units[i - 1]
    text = ctx.t(cap).strip()
    return cap.lines == 1 and len(text) <= CAPTION_MAX and not ends_with(text, ".;,:")


def _captioned(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` an approval told with a pronoun or no subject (:data:`DONE_BELOW`)
    right under a caption that names the routine (:data:`ROUTINE_CAPTION`: "1.
    Accounts" / "These were accepted, …")?"""
    if i == 0:
        return False
    u, cap = units[i], units[i - 1]
    done = DONE_BELOW.match(ctx.text, u.start, u.end)
    return (
        done is not None
        and NOT_DONE.search(ctx.text, u.start, done.end()) is None
        and ROUTINE_CAPTION.fullmatch(ctx.text, cap.start, cap.end) is not None
    )


def _elected(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short paragraph (one or two sentences) that states an election
    or an appointment as made ("Dee was appointed auditor.", convention 2), see
    :mod:`resolve.parsing.elections`?"""
    if u.end - u.start > ELECTION_MAX or len(GAP.findall(ctx.text, u.start, u.end)) > 1:
        return False
    return election_made(ctx.text, u.start, u.end) is not None


AGAIN = re.compile(
    _BODY
    + _W
    + _ADVERB
    + r"(?:"
    + _VERB
    + _NOT_THE_MOTION
    + r"|will"
    + _W
    + r"(?!not\b|be\b)[a-z])"
)
"""A later sentence of a decision's paragraph in which the body, named again, is
the subject of a new main verb of its own: it decides anew ("The Board also
agreed that …", "The Council further approved …", "The board approved $3,000 …")
or states what it will do to carry the decision out ("The board will create a
system …"); not "The board will be …" nor "… will not …"."""


CARRIES_OUT = re.compile(_BODY + _W + _ADVERB + r"will" + _W + r"(?!not\b|be\b)[a-z]")
"""The body named as the subject of what it will do: "The Board will write …"."""
ALSO = re.compile(_BODY + _W + r"(?:also|further)" + _W)
"""The body named again with "also" or "further" before its verb."""


def acts_anew(text: str, start: int, end: int) -> list[int]:
    """Where a sentence from ``start`` to ``end`` (the rest of a paragraph after
    a decision told in it) names the body again as the subject of a new act
    (:data:`AGAIN`): each such sentence opens the next clause of the same
    resolution (counting convention Q4: one paragraph is one unit, split where
    the body is the subject of a new main verb)."""
    begins = [start, *(g.end() for g in ACT_GAP.finditer(text, start, end))]
    return [b for b in begins if AGAIN.match(text, b, end) is not None]


def _again(text: str, u: Unit) -> list[int]:
    """Where, in the decision's paragraph ``u``, a later sentence names the body
    again as the subject of a new act (:data:`AGAIN`), after a decision of the
    body told before it: the next clause of the same resolution ("On grants,
    the Board agreed that …. The Board also agreed that …", two clauses). With
    no "also" or "further", the decision before opens a sentence of its own
    ("The Board decided …. The Board approved …"), not one asked about in a
    question."""
    cuts: list[int] = []
    for at in acts_anew(text, u.start, u.end):
        before = cuts[-1] if cuts else u.start
        if at > u.start and (
            _opens_decision(text, before, at)
            if ALSO.match(text, at, u.end) is None
            else BODY_DECISION.search(text, before, at) is not None
        ):
            cuts.append(at)
    return cuts


def _opens_decision(text: str, start: int, end: int) -> bool:
    """Does a sentence from ``start`` to ``end`` open with the body's decision
    (:data:`BODY_DECISION`), not one to come or refused?"""
    lead = LEAD.match(text, start, end)
    begins = [lead.end() if lead else start, *(g.end() for g in ACT_GAP.finditer(text, start, end))]
    for b in begins:
        m = BODY_DECISION.match(text, b, end)
        if m is not None and NOT_DONE.search(text, b, m.end()) is None:
            return True
    return False


def _split_again(ctx: Context, units: list[Unit], kinds: list[str], read: list[int]) -> None:
    """Cut each decision's paragraph of ``read`` where the body decides anew
    (:func:`_again`), each part a THAT unit of its own (in place)."""
    ctx.split_units(
        units, kinds, lambda i, u, _: [(at, at) for at in _again(ctx.text, u)] if i in read else []
    )


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*+\n")
"""A blank line: the end of a paragraph."""


def _anew_cuts(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> list[int]:
    """Where unit ``i``, the rest of a paragraph whose decision another reader
    read as the THAT unit right before it, the decision opening a sentence with
    the body ("The Board decided …" / "Notice will go out. The Board will write
    …"), names the body again as the subject of a new act (:func:`acts_anew`):
    the next clauses of that resolution (Q4)."""
    if i == 0 or kinds[i] not in ("TEXT", "TRAILER") or kinds[i - 1] != "THAT":
        return []
    before, u = units[i - 1], units[i]
    if PARAGRAPH_BREAK.search(ctx.text, before.end, u.start) is not None:
        return []
    if not _opens_decision(ctx.text, before.start, before.end):
        return []
    return acts_anew(ctx.text, u.start, u.end)


def _join_anew(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Cut the rest of each decision's paragraph where the body acts anew
    (:func:`_anew_cuts`): the sentences before the first such one continue the
    decision's unit (Q4), each part from such a sentence a THAT unit, a clause
    of the same resolution; then cut each THAT unit where the body acts anew
    in it (:func:`_again`). In place."""
    ctx.cut_units(
        units,
        kinds,
        lambda i: [(c, "THAT") for c in _anew_cuts(ctx, units, kinds, i)],
        head_joins_above=True,  # "Notice will go out.": the decision's unit goes on
    )
    _split_again(ctx, units, kinds, [i for i, k in enumerate(kinds) if k == "THAT"])


def _carry_on(
    ctx: Context, units: list[Unit], kinds: list[str], read: list[int], starts: list[int]
) -> None:
    """Join to each decision of ``read`` the next paragraph when it opens with
    the body carrying the decision out (:data:`CARRIES_OUT`, "It was decided
    that …" / "The Board will decide at its next meeting …", Q5): its next
    clause, the rest of the decision's own paragraph continuing its unit (Q4).
    In place, ``starts`` too."""
    text = ctx.text
    for i in sorted(read, reverse=True):
        j = i + 1
        while (
            j < len(units)
            and kinds[j] in ("TEXT", "TRAILER")
            and PARAGRAPH_BREAK.search(text, units[j - 1].end, units[j].start) is None
        ):
            j += 1
        if (
            j >= len(units)
            or kinds[j] not in ("TEXT", "TRAILER")
            or CARRIES_OUT.match(text, units[j].start, units[j].end) is None
        ):
            continue
        units[i : j + 1] = [ctx.piece(units[i].kind, units[i].start, units[j - 1].end), units[j]]
        kinds[i : j + 1] = ["THAT", "THAT"]
        starts[:] = [s for s in starts if not units[i].start < s <= units[i + 1].start]
        if i + 2 < len(units):
            starts.append(units[i + 2].start)


def carried_next(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is the clause unit ``i`` the paragraph that carries out the decision
    right above it (:func:`_carry_on`: "The Board will decide at its next
    meeting …")? Then it is the next clause of that resolution."""
    return (
        i > 0
        and kinds[i] == kinds[i - 1] == "THAT"
        and PARAGRAPH_BREAK.search(ctx.text, units[i - 1].end, units[i].start) is not None
        and CARRIES_OUT.match(ctx.text, units[i].start, units[i].end) is not None
        and ctx.minutes_words(len(ctx.text)) >= MINUTES_WORDS
    )


def body_decisions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each paragraph that tells a decision of the body begins, on a page
    another reader understood: the paragraph is marked THAT and a resolution
    begins at it and at the unit after it. Empty when the page has no motion read
    or no such paragraph."""
    if "THAT" not in kinds and "FORMULA" not in kinds:
        return []
    _join_anew(ctx, units, kinds)  # a record another reader read, the body acting anew in it
    if ctx.minutes_words(len(ctx.text)) < MINUTES_WORDS:
        return []  # a news report or an adopted text telling its own resolution
    starts: list[int] = []
    read: list[int] = []
    for i, u in enumerate(units):
        if kinds[i] not in READ_KINDS or u.end - u.start > UNIT_MAX:
            continue
        under = i > 0 and kinds[i - 1] in ("THAT", "FORMULA") and units[i - 1].start not in starts
        nominated = under and NOMINATION.search(ctx.text, units[i - 1].start, units[i - 1].end)
        if (
            not decision(ctx.text, u.start, u.end, bare=not under)
            and not _impersonal(ctx.text, u.start, u.end)
            and not _outcome(ctx.text, u.start, u.end)
            and not _moved_carried(ctx, units, i)
            and (nominated or not _elected(ctx, u))
            and not _captioned(ctx, units, i)
        ):
            continue  # an election under the record above is told by it ("There were
            # no other nominations, so A was appointed" under "A was proposed by B")
        kinds[i] = "THAT"
        read.append(i)
        if _caption_above(ctx, units, kinds, i) and units[i - 1].start not in starts:
            kinds[i - 1] = "META"  # "2. Sale of Land" heads it
            starts.append(units[i - 1].start)
        else:
            starts.append(u.start)
        if i + 1 < len(units):
            starts.append(units[i + 1].start)
    _split_again(ctx, units, kinds, read)
    _carry_on(ctx, units, kinds, [i for i, k in enumerate(kinds) if k == "THAT"], starts)
    return starts
