"""Approvals that minutes only state: the body's approval of its minutes, its
agenda, a report or the apologies, told as done with no motion ("The minutes
of the last meeting were approved.", "Minutes agreed as a true record.",
"Treasurer's report accepted.", "Apologies were received and accepted.").
Under the counting conventions of ``tests/real/README.md`` (1, stated
decisions) such an approval is a decision like any other: one resolution of
one clause. Not one: a report only heard, received, noted or presented ("The
treasurer's report was received."), an approval to come ("… to be approved at
the next meeting") or refused ("… were not approved").

The cues are read by the readers of minutes (:mod:`resolve.parsing.fallback_records`,
:mod:`resolve.parsing.recorded_motions`, :mod:`resolve.parsing.agreed_items`);
:func:`stated_approvals`, the last row of ``BREAKS`` in
:mod:`resolve.parsing.passes`, reads the stated approval that stands as a
paragraph of its own on a page whose motions another reader understood
("2. Minutes" / "The May minutes were approved with a 5-0-1 vote." over
"RESOLVED, that …")."""

from __future__ import annotations

import re

from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.sentence_gaps import sentence_gap

_ROUTINE = r"(?:minutes|agenda|docket|(?:[a-z’'-]++[ \t]++){0,2}reports?|accounts|budget|apologies|financial[ \t]++statements?)"
_FILLED = (
    r"(?:(?:appointments?|co-?options?)\b[ \t]++of[ \t]++(?-i:[A-Z])"
    r"|nominations\b(?=[^\n.;:!?]{0,80}?\b(?:approved|confirmed|ratified)\b))"
)
"""Offices filled by the body's approval (convention 2): an appointment made
between meetings with its holder named ("The appointment of Jo Tan as treasurer
was approved"), or the nominations put to it, approved ("The following committee
nominations were approved: …"; not "Nominations were accepted from the floor",
nominations only taken)."""
_DONE = (
    r"(?:approved|adopted|accepted|agreed|confirmed|passed|ratified"
    r"|signed[ \t]++as[ \t]++(?:a[ \t]++)?(?:true|correct|accurate)[ \t]++record)\b"
)
_ASIDE = r"\([^()\n]{0,40}\)|\b[A-Z][a-z]{2,3}\.(?=[ \t]++\d)"
"""An aside in the name of the minutes approved, whose stop ends no sentence:
"(finally!)", the month "Feb." before its day."""
STATED_APPROVAL = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)][ \t]++|[-*•–][ \t]++)?"
    r"(?:[^\n.;:!?–—]{1,80}?(?:[ \t]*+[:–—]|[ \t]++-)[ \t]++)?"  # a caption run in: "Minutes: …", "IV. Approval – …"
    r"(?:(?i:the|these|those)[ \t]++)?(?:(?!(?i:that|said|reported|noted|stated)\b)[^\s.;:!?]++[ \t]++){0,4}?"
    rf"(?:(?i:{_ROUTINE})\b|(?i:{_FILLED}))"
    rf"(?:(?:{_ASIDE}|(?!(?i:was|were|is|are|has|have|that|who|which)\b|[-–—][ \t])[^\n.;:!?]){{0,80}}?"
    r"(?<=[ \t,])(?i:was|were|is|are|has[ \t]++been|have[ \t]++been)(?:[ \t]*+,)?[ \t]++"
    r"|(?:[ \t]++(?i:of|from|for|dated|held)\b"
    rf"(?:{_ASIDE}|(?!(?i:and|while|when|but|who|which|as|that)\b|[-–—][ \t])[^\n.;:!?]){{0,80}}?)?"
    r"(?:[ \t]*+,)?[ \t]++)"  # with its verb "were", or named only ("Minutes of 3 May approved")
    r"(?:(?i:then|duly|unanimously|all|also|read|presented|received|reviewed|circulated|noted"
    r"|taken[ \t]++as[ \t]++read)(?:[ \t]*+(?:,|and|&))?[ \t]++){0,3}"
    rf"(?i:{_DONE})(?![ \t]++(?i:by|at)[ \t]++(?:the[ \t]++)?(?:[A-Z]|next|previous|last|an?[ \t]))"
    r"(?![ \t]++(?i:out|over|around|round|away|through|on)\b)"
)
"""A sentence that states the routine approved: "The 5/5/30 minutes were
unanimously approved.", "Minutes of the last meeting approved.", "IV. Approval of
Minutes – The April minutes were approved.", "The minutes were read, agreed & signed
as a true record.", "Treasurer's Report was presented and adopted", "Apologies were
received and accepted from …", "The appointment of Jo Tan as treasurer was
approved", "The following committee nominations were approved: …"; not "… were approved by the Finance Committee" (the
act of another body) or "… will be approved at the next meeting"."""
TRUE_RECORD = re.compile(
    r"[ \t]*+(?:(?:These|They|Minutes|The[ \t]++minutes)[ \t]++(?:(?:were|was)[ \t]++)?)?"
    r"(?i:agreed|approved|accepted|confirmed|signed)[ \t]++(?i:as)[ \t]++(?:(?i:a|being|the)[ \t]++)?"
    r"(?i:true|correct|accurate)[ \t]++(?i:record)\b"
)
"""A sentence that agrees the minutes under the caption that names them:
"Agreed as true record.", "These were accepted as a true record"."""
_DONE_WORD = r"(?:(?i:unanimously)[ \t]++)?(?i:agreed|approved|confirmed|accepted|adopted|carried)"
ROUTINE_LABEL = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}|[IVXivx]{1,5})[.)][ \t]++(?:(?i:confirmation|approval|adoption|acceptance)"
    r"[ \t]++of[ \t]++)?|(?i:confirmation|approval|adoption|acceptance)[ \t]++of[ \t]++)"
    rf"(?:the[ \t]++)?[^\n.;:!?–—]{{0,60}}?\b(?i:{_ROUTINE})\b[^\n;:!?–—]{{0,80}}?"
    rf"[ \t]++[-–—][ \t]*+{_DONE_WORD}[ \t]*+[.!]?[ \t]*+(?=\n|\Z)"
    r"|[ \t]*+(?:(?:\d{1,3}|[IVXivx]{1,5})[.)][ \t]++)?"
    rf"(?:(?!(?i:was|were|is|are)\b)[^\n.;:!?–—]){{0,60}}?\b(?i:{_ROUTINE})\b"
    rf"(?:(?!(?i:was|were|is|are)\b)[^\n.;:!?–—]){{0,80}}?\.[ \t]++{_DONE_WORD}[ \t]*+[.!]?[ \t]*+(?=\n|\Z)"
    r"|[ \t]*+(?:[-*•–][ \t]++|(?:\d{1,3}|[IVXivx]{1,5})[.)][ \t]++)?(?i:minutes)\b"
    r"(?:(?!(?i:was|were|is|are)\b)[^\n.;:!?–—]){0,80}?:[ \t]*+"
    rf"{_DONE_WORD}(?:[ \t]++(?i:and)[ \t]++(?i:signed)\b[^\n.;:!?]{{0,60}})?[ \t]*+[.!]?[ \t]*+(?=\n|\Z)"
)
"""An item's caption that names the routine, agreed by one word after a dash or
a stop: "6. Confirmation of the minutes of the last meeting – Agreed", "Minutes
of 2 May Meeting. Approved.", the minutes named in a run-in label and agreed
after its colon ("- Minutes of the AGM held on 7 April: Agreed and signed by the
Chair."); not a page's header "Meeting Minutes - Confirmed"
(no item number or act named)."""
DETERMINED = re.compile(
    r"(?:(?!(?i:that|said|reported|explained|noted|stated|asked|whether)\b)[^\n.;:!?]){0,120}?"
    r"\b(?i:it)[ \t]++was[ \t]++(?:(?i:also|further|then|unanimously|finally)[ \t]++)?(?i:determined)"
    r"[ \t]++(?:(?i:to)[ \t]++)?(?:(?i:that)\b|(?<=to[ \t])[a-z])"
)
"""A decision told as determined by the meeting, with no motion: "After discussion
it was determined that the committee should …" (as "It was agreed …"); not in
someone's words ("A reported that it was determined …")."""
NOT_DONE = re.compile(
    r"(?i)\b(?:not|deferred|postponed|tabled|to[ \t]++be|will[ \t]++be|would[ \t]++be|should[ \t]++be"
    r"|be[ \t]++(?:approved|adopted|accepted|agreed))\b"
)
"""An approval to come or refused: "… to be approved", "not approved"."""
SENTENCE_GAP = sentence_gap(line=True)
"""Where a sentence (or a line) of a paragraph ends and the next begins."""
CAPTION = re.compile(r"[ \t]*+(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)][ \t]++[^\n.;!?]{1,80}")
"""A numbered item's caption on its own line, with no sentence: "3. Boathouse roof"."""
AND = re.compile(r"(?:[ \t]*+,)?[ \t]++and[ \t]++")
"""The "and" that joins two approvals in one sentence."""
UNIT_MAX = 400
"""Characters of a paragraph that only states an approval (with its caption)."""
READ_KINDS = frozenset({"TEXT", "MARKER", "KEYVAL", "VERB", "TRAILER", "META"})
"""The kinds of a paragraph that may be a stated approval on a page another
reader understood (not a formula, a motion, a recital or a heading): a head
line too ("Apologies were received and accepted from …" above the first
"RESOLVED: …")."""


def _approved(text: str, start: int, end: int) -> re.Match[str] | None:
    """The statement, from ``start``, of the minutes, the agenda, a report or the
    apologies approved (:data:`STATED_APPROVAL`, :data:`TRUE_RECORD`,
    :data:`ROUTINE_LABEL`, :data:`DETERMINED`), not an approval to come or
    refused; None if the sentence states none."""
    m = (
        STATED_APPROVAL.match(text, start, end)
        or TRUE_RECORD.match(text, start, end)
        or ROUTINE_LABEL.match(text, start, end)
        or DETERMINED.match(text, start, end)
    )
    return m if m is not None and NOT_DONE.search(text, start, m.end()) is None else None


def approval(text: str, start: int, end: int) -> bool:
    """Does the sentence from ``start`` to ``end`` state an approval (:func:`_approved`)?"""
    return _approved(text, start, end) is not None


def states_approval(text: str, start: int, end: int) -> bool:
    """Does a sentence (or line) of the span from ``start`` to ``end`` state an
    approval (:func:`approval`)?"""
    begins = [start, *(g.end() for g in SENTENCE_GAP.finditer(text, start, end))]
    return any(approval(text, b, end) for b in begins)


def approval_units(
    ctx: Context, units: list[Unit], kinds: list[str], read: tuple[str, ...]
) -> list[int]:
    """The units of the ``read`` kinds that state an approval with no motion
    ("The minutes were approved."): decisions too, on a page whose motions a
    reader of minutes reads."""
    return [
        i
        for i, u in enumerate(units)
        if kinds[i] in read and states_approval(ctx.text, u.start, u.end)
    ]


def _alone(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short paragraph whose every sentence is a stated approval, with
    at most a caption before it ("Minutes: The minutes were approved.")?"""
    m = _approved(ctx.text, u.start, u.end) if u.end - u.start <= UNIT_MAX else None
    if m is None:
        return False
    stop = ctx.text.find(".", m.end(), u.end)
    return SENTENCE_GAP.search(ctx.text, m.end(), u.end) is None or stop < 0


def _second(ctx: Context, u: Unit) -> tuple[int, int] | None:
    """Where the first approval of a paragraph that states two, each with its
    own verb, joined by "and", ends and the second begins ("Agenda adopted and
    minutes approved."), if it does."""
    m = STATED_APPROVAL.match(ctx.text, u.start, u.end)
    if m is None or u.end - u.start > UNIT_MAX:
        return None
    joint = AND.match(ctx.text, m.end(), u.end)
    if joint is None or not approval(ctx.text, joint.end(), u.end):
        return None
    return m.end(), joint.end()


def _split_pairs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Each paragraph that states two approvals ("Agenda adopted and minutes
    approved.") cut in two before the second (in place): two decisions on two
    subjects."""
    split: list[Unit] = []
    split_kinds: list[str] = []
    for u, kind in zip(units, kinds, strict=True):
        cut = _second(ctx, u) if kind in READ_KINDS else None
        if cut is None:
            split.append(u)
            split_kinds.append(kind)
            continue
        stop, begin = cut
        head = Unit(u.kind, u.start, stop, ctx.text.count("\n", u.start, stop) + 1)
        tail = Unit(u.kind, begin, u.end, ctx.text.count("\n", begin, u.end) + 1)
        split += [head, tail]
        split_kinds += [kind, kind]
    units[:] = split
    kinds[:] = split_kinds


def stated_approvals(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each stated approval that stands as a paragraph of its own begins,
    on a page another reader understood (it has a resolution, a THAT clause,
    below the approval): the paragraph is marked THAT and a resolution begins
    at it and at the unit after it. Empty when the page has no such paragraph
    or no other resolution after it."""
    if "THAT" not in kinds and "FORMULA" not in kinds:
        return []
    _split_pairs(ctx, units, kinds)
    starts: list[int] = []
    marked: set[int] = set()
    for i, u in enumerate(units):
        if kinds[i] not in READ_KINDS or not _alone(ctx, u):
            continue
        later = next((j for j in range(i + 1, len(units)) if kinds[j] in ("THAT", "FORMULA")), None)
        if later is None or (i > 0 and kinds[i - 1] in ("THAT", "FORMULA") and i - 1 not in marked):
            continue  # the outcome told under its motion, not a decision of its own
        marked.add(i)
        if (
            i > 0
            and kinds[i - 1] == "MARKER"
            and CAPTION.fullmatch(ctx.text, units[i - 1].start, units[i - 1].end)
        ):
            kinds[i - 1] = "META"  # "1. Minutes": the approval's caption
        kinds[i] = "THAT"
        starts.append(u.start)
        if i + 1 < len(units):
            starts.append(units[i + 1].start)
        for j in range(i + 1, later):
            if kinds[j] == "MARKER" and CAPTION.fullmatch(ctx.text, units[j].start, units[j].end):
                kinds[j] = "META"  # "3. Boathouse roof": the next motion's caption
    return starts
