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
"RESOLVED, that …"), or that opens a paragraph whose later sentences tell no
motion ("Apologies were received and accepted from A. B had also sent his
apologies."; the items the minutes only tell between it and the next motion,
"2.1 LATE ITEMS The Clerk told the meeting …", head that motion), or told with
no subject under a caption of its own line that names the routine ("Previous
Minutes" / "Unanimously approved."; the caption heads it), on a page whose
other resolutions are motions, formulas or introduced by a record line
("Resolution 12 … was accepted on 2 April. The text of the resolution
was:")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from resolve._text import matches_at
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import LEAD
from resolve.parsing.record_cues import (
    CARRIED_OUTCOME,
    DECIDED_WORD,
    MOTION_LABEL,
    MOVING,
    SECONDED,
)
from resolve.parsing.sentence_gaps import sentence_gap

_ROUTINE = r"(?:minutes|agenda|docket|(?:[a-z’'-]++[ \t]++){0,2}reports?|accounts|budget|apologies|financial[ \t]++statements?|statements?[ \t]++of[ \t]++account)"
ROUTINE = re.compile(rf"\b(?i:{_ROUTINE})\b")
"""The routine named anywhere: "the minutes", "the treasurer's report"."""
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
    r"(?:approved|adopted|accepted|agreed|confirmed|passed|ratified|sustained"
    r"|referred[ \t]++to[ \t]++(?:a|an|the)[ \t]++(?:[a-z’'-]++[ \t]++){0,3}?committee\b"
    r"|signed[ \t]++as[ \t]++(?:a[ \t]++)?(?:true|correct|accurate)[ \t]++record)\b"
)
_ASIDE = (
    r"\([^()\n]{0,40}\)|\b[A-Z][a-z]{2,3}\.(?=[ \t]++\d)"
    r"|,[ \t]++(?i:having)[ \t]++been[ \t]++[^\n.;:!?,]{1,40}?,(?=[ \t])"
)
"""An aside in the name of the minutes approved, whose stop ends no sentence:
"(finally!)", the month "Feb." before its day; or that tells what was done with
them before ("…, having been circulated beforehand, were approved")."""
_BEFORE_DONE = (
    r"(?:(?i:then|duly|unanimously|all|also|read|presented|received|reviewed|circulated|noted"
    r"|taken[ \t]++as[ \t]++read)(?:[ \t]*+(?:,|and|&))?[ \t]++){0,3}"
    r"(?:(?!(?:previously|formerly|earlier|originally|initially|already)\b)"
    r"(?-i:[a-z]{3,30}?ly\b|unan[a-z]{4,12}+)[ \t]++)?"
)
"""What was done with the routine before its approval, or how it was approved:
"read and", "circulated and", "duly", "unanimously", any adverb of manner
("heartily", "overwhelmingly") or a slip of "unanimously" ("unanimosly"); not
one that dates the approval before this meeting ("previously")."""
_TOLD_AND = (
    r"(?P<told>(?!(?i:not|to|be|being)\b)[a-z]++(?:[ \t]++(?!(?i:and|not|but|to|be)\b)[^\s.;:!?]++){0,5}?"
    r"[ \t]++and[ \t]++(?:(?i:was|were|is|are)[ \t]++)?)?"
)
"""What else was told of the routine before its approval, in the same sentence:
"… report was given by Tom and accepted", "The full report is attached and was
accepted", "… was presented verbally by Ruth and adopted"."""
_NOT_VOTE = r"(?![\d(]|(?i:unanimous|majority|vote|show[ \t]++of[ \t]++hands|voice)\b)"
"""After "approved by a": not the vote that approved it ("by a 3-0-2 vote", "by a
unanimous vote"), which leaves the approval the meeting's own."""
STATED_APPROVAL = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)][ \t]++|[-*•–][ \t]++)?"
    r"(?:[^\n.;:!?–—]{1,80}?(?:[ \t]*+[:–—]|[ \t]++-)[ \t]++)?"  # a caption run in: "Minutes: …", "IV. Approval – …"
    r"(?:(?i:the|these|those)[ \t]++)?(?:(?!(?i:that|said|reported|noted|stated)\b)[^\s.;:!?]++[ \t]++){0,4}?"
    rf"(?:(?i:{_ROUTINE})\b|(?i:{_FILLED}))"
    rf"(?:(?:{_ASIDE}|(?!(?i:was|were|is|are|has|have|that|who|which)\b|[-–—][ \t])[^\n.;:!?]){{0,80}}?"
    r"(?<=[ \t,])(?i:was|were|is|are|has[ \t]++been|have[ \t]++been)(?:[ \t]*+,)?[ \t]++"
    rf"{_TOLD_AND}"
    r"|(?:[ \t]++(?i:of|from|for|dated|held)\b"
    rf"(?:{_ASIDE}|(?!(?i:and|while|when|but|who|which|as|that)\b|[-–—][ \t])[^\n.;:!?]){{0,80}}?)?"
    r"(?:[ \t]*+,)?[ \t]++)"  # with its verb "were", or named only ("Minutes of 3 May approved")
    + _BEFORE_DONE
    + rf"(?i:{_DONE})(?![ \t]++(?i:by|at)[ \t]++(?:the[ \t]++)?(?:[A-Z]|next|previous|last|an?[ \t]++{_NOT_VOTE}))"
    r"(?![ \t]++(?i:out|over|around|round|away|through|on)\b)"
)
"""A sentence that states the routine approved: "The 5/5/30 minutes were
unanimously approved.", "Minutes of the last meeting approved.", "IV. Approval of
Minutes – The April minutes were approved.", "The minutes were read, agreed & signed
as a true record.", "Treasurer's Report was presented and adopted", "Apologies were
received and accepted from …", "The May minutes were approved by a 4-1 vote.",
"The appointment of Jo Tan as treasurer was approved", "The following committee
nominations were approved: …"; not "… were approved by the Finance Committee" or
"… by a committee" (the act of another body) or "… will be approved at the next
meeting"."""
_MOTION_NOUN = (
    r"(?:motions?|amendments?|resolutions?|proposals?|recommendations?|slate|nominations?"
    r"|items?|above|same|following|request|application|bill)"
)
"""A subject that names the motion or the proposal put, whose approval is the outcome
told under it, not a decision of its own."""
NARRATED_APPROVAL = re.compile(
    r"[ \t]*+(?:[-*•–][ \t]++)?(?:The|the)[ \t]++"
    rf"(?:(?!(?i:{_MOTION_NOUN}|that|which|who|was|were|by|and|or)\b)[^\s.;:!?,()\"“”]++[ \t]++){{1,5}}?"
    r"(?i:was|were)[ \t]++(?:(?i:also|then|duly|unanimously)[ \t]++){0,2}"
    r"(?i:approved|adopted|ratified)"
    r"(?:[ \t]++(?i:unanimously|as[ \t]++(?:presented|amended|submitted|circulated|written|read)))?"
    r"[ \t]*+[.!](?=\s|\Z)"
)
"""Convention 1, a decision on a substantive item only narrated in the passive, its
sentence holding nothing but the item and its approval: "The revised constitution
was approved.", "The new fee scale was also approved.", "The plan was adopted as
presented."; not the motion's outcome told under it ("The motion was approved."),
another body's act or a date ("… was approved by the council", "… approved in
2019"), an approval to come ("… is to be approved")."""
TRUE_RECORD = re.compile(
    r"[ \t]*+(?:(?:These|They|Minutes|The[ \t]++minutes)[ \t]++(?:(?:were|was)[ \t]++)?)?"
    + _BEFORE_DONE
    + r"(?i:agreed|approved|accepted|confirmed|signed)[ \t]++(?i:as)[ \t]++(?:(?i:a|being|the)[ \t]++)?"
    r"(?i:true|correct|accurate)[ \t]++(?i:record)\b"
)
"""A sentence that agrees the minutes under the caption that names them:
"Agreed as true record.", "These were accepted as a true record", "These were
circulated and agreed as a true record"."""
MEMBERS_APPROVED = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}|[A-Za-z])[.)][ \t]++)?(?:(?i:the)[ \t]++)?"
    r"(?i:members|councillors|trustees|directors|governors)[ \t]++"
    + _BEFORE_DONE
    + r"(?i:approved|adopted|accepted|confirmed|ratified)[ \t]++(?:(?i:the|its|their)[ \t]++)?"
    rf"(?:[^\s.;:!?]++[ \t]++){{0,3}}?(?i:{_ROUTINE})\b"
)
"""The members, as the subject, approving the routine: "Councillors received and
approved the statement of accounts …", "b) Members approved the minutes."; not
"Councillors received the report …" (only received)."""
_DONE_VERB = r"(?i:agreed|approved|confirmed|accepted|adopted|carried)"
_DONE_WORD = rf"(?:(?i:unanimously)[ \t]++)?{_DONE_VERB}"
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
_DETERMINED_WORD = r"(?i:determined)"
DETERMINED = re.compile(
    r"(?:(?!(?i:that|said|reported|explained|noted|stated|asked|whether)\b)[^\n.;:!?]){0,120}?"
    r"\b(?i:it)[ \t]++was[ \t]++(?:(?i:also|further|then|unanimously|finally)[ \t]++)?"
    + _DETERMINED_WORD
    + r"[ \t]++(?:(?i:to)[ \t]++)?(?:(?i:that)\b|(?<=to[ \t])[a-z])"
)
"""A decision told as determined by the meeting, with no motion: "After discussion
it was determined that the committee should …" (as "It was agreed …"); not in
someone's words ("A reported that it was determined …")."""
LABEL_VERB = re.compile(_DONE_VERB)
"""The verb every match of :data:`ROUTINE_LABEL` holds (each of its branches ends
on :data:`_DONE_WORD`): a span without it is not read with that pattern (the
same in the text and in its unwrapped copy, which differ in blanks and line
breaks only)."""
DETERMINED_WORD = re.compile(_DETERMINED_WORD)
"""The word every match of :data:`DETERMINED` holds, read as :data:`LABEL_VERB`."""
WORD_SCAN_MAX = 1000
"""Characters of a span sought for :data:`LABEL_VERB` and :data:`DETERMINED_WORD`:
a longer one is read with the patterns at once, which are anchored at its start
(a scan of a long paragraph from each of its sentences would grow with the
square of its length)."""
NOT_DONE = re.compile(
    r"(?i)\b(?:not|deferred|postponed|tabled|to[ \t]++be|will[ \t]++be|would[ \t]++be|should[ \t]++be"
    r"|be[ \t]++(?:approved|adopted|accepted|agreed))\b"
)
"""An approval to come or refused: "… to be approved", "not approved"."""
SENTENCE_GAP = sentence_gap(line=True)
"""Where a sentence (or a line) of a paragraph ends and the next begins."""
CAPTION = re.compile(r"[ \t]*+(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)][ \t]++[^\n.;!?]{1,80}")
"""A numbered item's caption on its own line, with no sentence: "3. Boathouse roof"."""
PIECE_GAP = sentence_gap(before=r"[a-z0-9)\]]")
"""The gap after a stated approval where the next sentence states another: after
one letter or digit too ("… approved 5-0-1. The minutes of …")."""
CAPTION_LINE = re.compile(r"[ \t]*+(?:\d{1,3}(?:\.\d{1,3})*+\.?|[^\n.;:!?a-z]{3,60}?)[ \t]*+\n")
"""A caption line over a paragraph's first sentence: an item's number alone
("2." "4.2.1"), a heading in capitals ("APOLOGIES")."""
ALONE_GAP = re.compile(sentence_gap(blanks=r"\s++").pattern + r"|\n(?![ \t]*+[a-z])")
"""Where the next sentence or line of a paragraph begins, but not at a hard wrap
inside a sentence ("… from A who was¶away …")."""
CAPTION_LINES_MAX = 2
"""Caption lines read over a stated approval: a number, then its heading."""
HARD_WRAP = re.compile(
    r"(?<=[^\s.;:!?])[ \t]*+\n[ \t]*+(?=[a-z])|(?<=[a-z,])[ \t]*+\n[ \t]*+(?=[A-Z][a-z])"
)
"""A line break inside a sentence, printed with hard wraps, with the blanks and
indentation around it: "The minutes … were unanimously¶approved as submitted.",
"…, and the Finance¶      Committee report was accepted" (a capital after a word
in lower case or a comma)."""
AND = re.compile(r"(?:[ \t]*+,)?[ \t]++and[ \t]++")
"""The "and" that joins two approvals in one sentence."""
UNIT_MAX = 400
"""Characters of a paragraph that only states an approval (with its caption)."""
READ_KINDS = frozenset({"TEXT", "MARKER", "KEYVAL", "VERB", "TRAILER", "META"})
"""The kinds of a paragraph that may be a stated approval on a page another
reader understood (not a formula, a motion, a recital or a heading): a head
line too ("Apologies were received and accepted from …" above the first
"RESOLVED: …")."""


ACTED = frozenset({"THAT", "FORMULA", "INTRO"})
"""The kinds that show another reader understood the page: a motion's clause, a
formula, or the record line that introduces a resolution's text ("Resolution
12 … was adopted on 2 April. The text of the resolution was:")."""


_Found = dict[tuple[int, int], re.Match[str] | None]
_last: tuple[str, str, _Found] | None = None


def _wrap_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where a match of :data:`HARD_WRAP` in ``text[start:end]`` can start, in
    order: the first blank before each line break, or the break itself (both
    alternatives open on a character that is no blank, then ``[ \t]*+\n``). The
    lookbehinds that open :data:`HARD_WRAP` get no fast first-character scan from
    ``re``, which tries every offset of a book."""
    at = text.find("\n", start, end)
    while at >= 0:
        first = at
        while first > start and text[first - 1] in " \t":
            first -= 1
        yield first
        at = text.find("\n", at + 1, end)


def _has_wrap(text: str, start: int, end: int) -> bool:
    """``HARD_WRAP.search(text, start, end) is not None``, tried only at
    :func:`_wrap_starts`."""
    return any(HARD_WRAP.match(text, at, end) is not None for at in _wrap_starts(text, start, end))


def _blank_wraps(text: str) -> str:
    """``HARD_WRAP.sub`` with blanks of the same length, tried only at
    :func:`_wrap_starts`."""
    pieces: list[str] = []
    done = 0
    for m in matches_at(HARD_WRAP, text, _wrap_starts(text, 0, len(text))):
        pieces += (text[done : m.start()], " " * (m.end() - m.start()))
        done = m.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _last_text(text: str) -> tuple[str, _Found]:
    """``text`` with each line break inside a sentence (:data:`HARD_WRAP`) read as
    blanks, the same length, so that a match's offsets are the text's; and the
    statements :func:`_approved` found in it so far, by their span (the readers
    ask again of the same paragraph: its cuts, then whether it stands alone).
    Kept for the last text only, found by identity: an ``lru_cache`` compared a
    new text equal to the last one character by character on every call (1 MB
    each time when ``check`` parsed a text ``parse`` had seen), and held several
    texts."""
    global _last
    last = _last
    if last is None or last[0] is not text:
        last = (text, _blank_wraps(text), {})
        _last = last
    return last[1], last[2]


def _approved(text: str, start: int, end: int) -> re.Match[str] | None:
    """The statement, from ``start``, of the minutes, the agenda, a report or the
    apologies approved (:data:`STATED_APPROVAL`, :data:`TRUE_RECORD`,
    :data:`MEMBERS_APPROVED`, :data:`ROUTINE_LABEL`, :data:`DETERMINED`), its sentence hard-wrapped or not,
    not an approval to come or refused; None if the sentence states none (read
    once per span of a text, :func:`_last_text`)."""
    unwrapped, found = _last_text(text)
    key = (start, end)
    if key not in found:
        found[key] = _approved_in(text, unwrapped, start, end)
    return found[key]


def _approved_in(text: str, unwrapped: str, start: int, end: int) -> re.Match[str] | None:
    """:func:`_approved` read in ``text``, then in ``unwrapped`` if the span has a
    hard wrap."""
    scan = end - start <= WORD_SCAN_MAX
    labelled = not scan or LABEL_VERB.search(text, start, end) is not None
    determined = not scan or DETERMINED_WORD.search(text, start, end) is not None
    for read in (text, unwrapped):
        m = (
            STATED_APPROVAL.match(read, start, end)
            or TRUE_RECORD.match(read, start, end)
            or MEMBERS_APPROVED.match(read, start, end)
            or (ROUTINE_LABEL.match(read, start, end) if labelled else None)
            or (DETERMINED.match(read, start, end) if determined else None)
            or NARRATED_APPROVAL.match(read, start, end)
        )
        if m is not None:
            return m if NOT_DONE.search(text, start, m.end()) is None else None
        if not _has_wrap(text, start, end):
            break
    return None


def approval(text: str, start: int, end: int) -> bool:
    """Does the sentence from ``start`` to ``end`` state an approval (:func:`_approved`)?"""
    return _approved(text, start, end) is not None


def states_approval(text: str, start: int, end: int) -> bool:
    """Does a sentence (or line) of the span from ``start`` to ``end`` state an
    approval (:func:`approval`)?"""
    begins = [start, *(g.end() for g in SENTENCE_GAP.finditer(text, start, end))]
    begins += [m.end() for m in JOINED_CLAUSE.finditer(text, start, end)]
    return any(approval(text, b, end) for b in begins)


JOINED_CLAUSE = re.compile(r"[,;][ \t]++(?:(?:and|also)[ \t]++)?(?=(?i:the)[ \t])")
"""Where a clause joined to the one before it begins with its own subject: "the
Clerk's report was read, also the report of the Treasurer was presented and
adopted", "…; the minutes were approved"."""


def approval_units(
    ctx: Context, units: list[Unit], kinds: list[str], read: tuple[str, ...]
) -> list[int]:
    """The units of the ``read`` kinds that state an approval with no motion
    ("The minutes were approved."): decisions too, on a page whose motions a
    reader of minutes reads."""
    return [
        i
        for i, u in enumerate(units)
        if kinds[i] in read
        and (states_approval(ctx.text, u.start, u.end) or _carried_under_caption(ctx, units, i))
    ]


_WHICH = r"(?i:approval|confirmation|adoption|acceptance|previous|last|prior|preceding)"
ROUTINE_CAPTION = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}|[IVXivx]{1,5})[.)][ \t]++|(?=[^\n]*?\b" + _WHICH + r"\b))"
    r"(?=[^\n]*?\b(?i:" + _ROUTINE + r")\b)"
    r"(?:(?!(?i:was|were|is|are)\b)[^\n.;:!?–—]){1,60}"
)
"""An item's caption alone on its line that names the routine and which one, or
is numbered: "Previous Minutes", "Approval of the Agenda", "3. Minutes" (used with
``fullmatch``); not a page's stamp "OPEN MINUTES" over "Confirmed"."""
BARE_APPROVAL = re.compile(
    r"[ \t]*+(?:(?i:unanimously|duly)[ \t]++)?(?i:approved|adopted|accepted|agreed|confirmed)\b"
    r"(?![ \t]++(?i:by)[ \t]++(?:the[ \t]++)?[A-Z])"
)
"""The approval told with no subject under that caption: "Unanimously approved.",
"approved by 5 votes"; not "Approved by the Finance Committee" (another body's act)."""


def _under_caption(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a short approval with no subject ("Unanimously approved.")
    right under a caption of its own line that names the routine ("Previous
    Minutes"), and no approval to come or refused?"""
    u = units[i]
    if i == 0 or u.end - u.start > UNIT_MAX or units[i - 1].lines != 1:
        return False
    m = BARE_APPROVAL.match(ctx.text, u.start, u.end)
    return (
        m is not None
        and NOT_DONE.search(ctx.text, u.start, m.end()) is None
        and ROUTINE_CAPTION.fullmatch(ctx.text, units[i - 1].start, units[i - 1].end) is not None
    )


def _carried_under_caption(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a short record that tells only a motion's outcome ("One
    correction noted. Motion carried by a voice vote."), no motion moved or
    seconded in it, under a caption that names the routine and which one
    ("APPROVAL OF PREVIOUS MINUTES"), on its own line above or as the unit's
    first line? The caption is the motion: the routine approved (convention 1)."""
    u = units[i]
    if u.end - u.start > UNIT_MAX:
        return False
    line = ctx.text.find("\n", u.start, u.end)
    if line >= 0 and ROUTINE_CAPTION.fullmatch(ctx.text, u.start, line) is not None:
        body = line
    elif (
        i > 0
        and units[i - 1].lines == 1
        and ROUTINE_CAPTION.fullmatch(ctx.text, units[i - 1].start, units[i - 1].end)
    ):
        body = u.start
    else:
        return False
    return (
        CARRIED_OUTCOME.search(ctx.text, body, u.end) is not None
        and MOVING.search(ctx.text, body, u.end) is None
        and SECONDED.search(ctx.text, body, u.end) is None
    )


def _alone(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a short paragraph that opens with a stated approval, with at most
    a caption before it ("Minutes: The minutes were approved.") or caption lines
    above it ("1." / "APOLOGIES" / "Apologies were received and accepted from A
    who was¶away and B who was ill.", its sentence wrapped), and whose later
    sentences, if any, tell no motion of their own ("… Jo Lee had also sent her
    apologies."; not "May minutes passed. (Motion: A. Second: B)")?"""
    if u.end - u.start > UNIT_MAX:
        return False
    at = u.start
    m = _approved(ctx.text, at, u.end)
    for _ in range(CAPTION_LINES_MAX):
        line = None if m is not None else CAPTION_LINE.match(ctx.text, at, u.end)
        if line is None:
            break
        at = line.end()
        m = _approved(ctx.text, at, u.end)
    if m is None:
        return False
    stop = ctx.text.find(".", m.end(), u.end)
    if ALONE_GAP.search(ctx.text, m.end(), u.end) is None or stop < 0:
        return True
    return all(
        cue.search(ctx.text, m.end(), u.end) is None
        for cue in (MOVING, SECONDED, MOTION_LABEL, DECIDED_WORD)
    )


def _cuts(ctx: Context, u: Unit) -> list[tuple[int, int]]:
    """Where each approval of a paragraph that states several, each with its own
    verb, ends and the next begins: joined by "and" ("Agenda adopted and minutes
    approved.") or each in a sentence of its own ("The May minutes were approved
    4-0-1. The June minutes were approved 3-0-2.")."""
    if u.end - u.start > UNIT_MAX:
        return []
    cuts: list[tuple[int, int]] = []
    at = u.start
    while (m := _approved(ctx.text, at, u.end)) is not None:
        joint = AND.match(ctx.text, m.end(), u.end) if m.re is STATED_APPROVAL else None
        gap = PIECE_GAP.search(ctx.text, m.end(), u.end)
        if joint is not None and approval(ctx.text, joint.end(), u.end):
            cuts.append((m.end(), joint.end()))
            at = joint.end()
        elif gap is not None and approval(ctx.text, gap.end(), u.end):
            cuts.append((gap.start() + 1, gap.end()))
            at = gap.end()
        else:
            break
    return cuts


def _split_pairs(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """Each paragraph that states several approvals (:func:`_cuts`) cut before
    each but the first (in place): decisions on several subjects, or each with
    its own vote."""
    ctx.split_units(units, kinds, lambda _, u, kind: _cuts(ctx, u) if kind in READ_KINDS else [])


def _item_told(ctx: Context, u: Unit) -> bool:
    """Is ``u``, a numbered unit between a stated approval and the next motion,
    an item the minutes only caption or tell ("3. Boathouse roof", "2.1 URGENT
    ITEMS The Clerk informed the meeting …"), not a motion (no resolving lead,
    "5.1 BIRT …", and no motion told, "4. A moved that …")?"""
    return CAPTION.fullmatch(ctx.text, u.start, u.end) is not None or (
        LEAD.search(ctx.text, u.start, u.end) is None
        and MOVING.search(ctx.text, u.start, u.end) is None
    )


def _outcome_of(ctx: Context, above: Unit, kind: str) -> bool:
    """Is ``above``, the unit right over a stated approval, the motion whose
    outcome it tells: a THAT or a formula on the same routine ("RESOLVED, that
    the minutes be approved." / "The minutes were approved 5-0.")? Not one on
    another subject ("Ann Day was elected Chair." / "The minutes were read and
    confirmed."), which leaves the approval a decision of its own."""
    return (
        kind in ("THAT", "FORMULA") and ROUTINE.search(ctx.text, above.start, above.end) is not None
    )


def _told(ctx: Context, u: Unit) -> bool:
    """Does the paragraph ``u`` state a report accepted after it was given or
    filed ("… report was given by Jo and accepted with thanks"), which is never
    the outcome line of a motion above it: a decision even after the page's last
    motion?"""
    begins = [u.start, *(g.end() for g in SENTENCE_GAP.finditer(ctx.text, u.start, u.end))]
    for b in begins:
        m = _approved(ctx.text, b, u.end)
        if m is not None and m.re is STATED_APPROVAL and m["told"] is not None:
            return True
    return False


def stated_approvals(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each stated approval that stands as a paragraph of its own begins,
    on a page another reader understood (it has a resolution, a THAT clause,
    below the approval): the paragraph is marked THAT and a resolution begins
    at it and at the unit after it. Empty when the page has no such paragraph
    or no other resolution after it."""
    if not any(k in ACTED for k in kinds):
        return []
    _split_pairs(ctx, units, kinds)
    starts: list[int] = []
    marked: set[int] = set()
    for i, u in enumerate(units):
        captioned = kinds[i] in READ_KINDS and _under_caption(ctx, units, i)
        if kinds[i] not in READ_KINDS or not (captioned or _alone(ctx, u)):
            continue
        later = next((j for j in range(i + 1, len(units)) if kinds[j] in ACTED), None)
        if (later is None and not _told(ctx, u)) or (
            i > 0 and _outcome_of(ctx, units[i - 1], kinds[i - 1]) and i - 1 not in marked
        ):
            continue  # the outcome told under its motion, not a decision of its own
        marked.add(i)
        if (
            i > 0
            and kinds[i - 1] == "MARKER"
            and CAPTION.fullmatch(ctx.text, units[i - 1].start, units[i - 1].end)
        ):
            kinds[i - 1] = "META"  # "1. Minutes": the approval's caption
        kinds[i] = "THAT"
        starts.append(units[i - 1].start if captioned else u.start)  # "Previous Minutes" heads it
        if i + 1 < len(units):
            starts.append(units[i + 1].start)
        for j in range(i + 1, i + 1 if later is None else later):
            if kinds[j] == "MARKER" and _item_told(ctx, units[j]):
                kinds[j] = "META"  # "3. Boathouse roof": the next motion's caption
    return starts
