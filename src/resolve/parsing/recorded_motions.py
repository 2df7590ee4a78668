"""Minutes that record each motion in narrative, with no formula, "That …" motion or recital
anywhere: "It was moved and seconded to approve the minutes. The motion carried.", "On a motion
by A and a second by B, the Council approved …". Each record is one resolution of one clause (a
list voted on together, :mod:`resolve.parsing.voted_packages`, one of a clause per item); the
narrative around them is head and trailers. A pure pass run by :mod:`resolve.parsing.passes`."""

from __future__ import annotations

from resolve.parsing.acts_done import unit_done
from resolve.parsing.agreed_clauses import agreed_on
from resolve.parsing.context import Context
from resolve.parsing.cut_records import carried_on, continued_record, join_carried
from resolve.parsing.elections import election_made
from resolve.parsing.motion_lists import split_separate
from resolve.parsing.motion_votes import (
    NOTE_BULLETS,
    NOTES_MAX,
    vote_item,
    vote_labelled,
    vote_outlined,
    vote_told,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import MARKER, ends_with
from resolve.parsing.procedural import UPON_MOTION_DONE, closing_left, only_postpones
from resolve.parsing.record_cues import (
    ADJOURNS,
    AGREED_ITEM,
    AGREED_LINE,
    AGREED_RECORD,
    CARRIED,
    DECIDED_WORD,
    DECISION_GAP,
    MEETING_ADJOURNED,
    MOTION_PASSED,
    MOTION_TO,
    MOVER_LINE,
    MOVERS_NAMED,
    MOVING,
    OUTCOME_OPENS,
    PUT_FORWARD,
    REPORTED_THAT,
    SECONDED,
    SECONDED_BY_LINE,
    SECONDER_LINE,
    SECONDER_OPENS,
    SIGNED_OFF,
    SUGGESTION_ACCEPTED,
    agreed_passive,
)
from resolve.parsing.result_cues import (
    BARE_NUMBER,
    BUSINESS_DONE,
    INTO_SESSION,
    MOVED_BE,
    MOVED_INITIALS,
    NUMBERED_SENTENCE,
    PADDED_MOTION_LABEL,
    SECOND_BY,
    TABLING,
    TALLIED_ACT,
    unanimous_act,
)
from resolve.parsing.stated_approvals import approval_units
from resolve.parsing.untold_motions import told_motions
from resolve.parsing.vote_cues import ROLL_CALL_INTRO, VOTE_TOLD, deferred
from resolve.parsing.voted_packages import gather_packages, mark_packages, with_packages

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT", "INTRO")
"""Kinds that mark a page's own enacting form ("… seconded by B, and RESOLVED"): not this pass."""
RECORD_KINDS = ("TEXT", "MARKER", "VERB", "PHRASE", "KEYVAL", "TRAILER")
"""Kinds of the units that may record a motion."""
RECORD_MAX = 1500
"""Characters of a unit that records one motion among the minutes' narrative."""
CAPTION_MAX = 100
"""Characters of an item's caption line over a record (its title)."""
SIGN_OFF_LINES = 4
"""Lines of a report's sign-off between its motion and the outcome under it."""


def _records(ctx: Context, u: Unit) -> bool:
    """Does ``u`` record a motion made and seconded ("It was moved and seconded
    that …", "A made a motion to …. B seconded."), or made and carried, not only
    introduce one below it?"""
    if u.end - u.start > RECORD_MAX or (ends_with(ctx.t(u), ":") and not _decided_before(ctx, u)):
        return False
    moving = MOVING.search(ctx.text, u.start, u.end) is not None
    moving = moving or MOVED_BE.search(ctx.text, u.start, u.end) is not None
    if _closes_unrecorded(ctx, u) or _defers(ctx, u):
        return False
    if moving and SECONDED.search(ctx.text, u.start, u.end) is not None:
        return True
    if moving and SECOND_BY.search(ctx.text, u.start, u.end) is not None:
        return True  # "Motion was made by A, second by B to approve …"
    if UPON_MOTION_DONE.search(ctx.text, u.start, u.end) is not None:
        return True  # "upon motion of A further reading was waived": moved and done in one
    if MOVED_INITIALS.search(ctx.text, u.start, u.end) is not None:
        return True  # "MOTION, MSA, to declare …": moved, seconded and approved in one
    if _seconded_within(ctx, u):
        return True  # "The minutes were accepted as read by A.  Second by B.  Motion carried."
    if agreed_passive(ctx.text, u.start, u.end) or any(
        not _reported(ctx, u, m.start()) and not deferred(ctx.text, m.start(), m.end(), u.end)
        for m in AGREED_RECORD.finditer(ctx.text, u.start, u.end)
    ):
        return True  # "It was agreed to donate £200 …", "A date … was agreed.": made and carried
    if u.lines == 1 and AGREED_ITEM.fullmatch(ctx.text, u.start, u.end) is not None:
        return True  # "3. Order of the Agenda – add item 7 … – agreed"
    if moving and PADDED_MOTION_LABEL.match(ctx.text, u.start, u.end) is not None:
        return True  # "Motion: A motioned the usage policy: …": labelled a motion
    # with no seconder, its outcome in the same paragraph: "A motion was made to
    # add … The motion was approved.", "… a motion to deactivate it was approved."
    if any(
        not _reported(ctx, u, m.start()) for m in MOTION_PASSED.finditer(ctx.text, u.start, u.end)
    ) or SUGGESTION_ACCEPTED.search(ctx.text, u.start, u.end):
        return True  # "A motion to approve the budget passed.", "A suggested …. (Accepted by all)"
    return (moving or MOTION_TO.search(ctx.text, u.start, u.end) is not None) and CARRIED.search(
        ctx.text, u.start, u.end
    ) is not None


def _decided_before(ctx: Context, u: Unit) -> bool:
    """Does ``u``, which ends in a colon, tell a motion and its outcome before
    its last sentence, which introduces a list below it ("A made a motion to
    approve all reports, seconded by B. Motion passed unanimously. C then gave an
    update on the following projects:"), or a motion whose roll call it introduces?"""
    last = max((g.end() for g in DECISION_GAP.finditer(ctx.text, u.start, u.end)), default=u.start)
    moving = MOVING.search(ctx.text, u.start, last)
    if ROLL_CALL_INTRO.search(ctx.text, u.start, u.end):
        return moving is not None  # "… seconded by B. The vote was as follows:" / "Aye: …"
    return moving is not None and CARRIED.search(ctx.text, moving.start(), last) is not None


def _seconded_within(ctx: Context, u: Unit) -> bool:
    """Does a later sentence of ``u`` open with the seconding of the act its
    first sentence tells, its outcome after it, on one line or in one paragraph
    ("The minutes were accepted as read by A.  Second by B.  Motion carried.")?"""
    if SECONDER_OPENS.match(ctx.text, u.start, u.end) is not None:
        return False
    return any(
        SECONDER_OPENS.match(ctx.text, g.end(), u.end) is not None
        and DECIDED_WORD.search(ctx.text, g.end(), u.end) is not None
        for g in DECISION_GAP.finditer(ctx.text, u.start, u.end)
    )


def _closes_unrecorded(ctx: Context, u: Unit) -> bool:
    """Does ``u`` record only a motion to adjourn, with no outcome told ("A motion
    and second was made to adjourn the meeting at 9 pm."), or only the motion
    that closes the meeting once its business is done, its vote told ("There
    being no further business, A made the motion, seconded by B and carried to
    adjourn the meeting.")? The close of the meeting, its trailer, not a
    decision, as is one that names the meeting it adjourns, wherever recorded ("…
    to adjourn the meeting at 3:20 P.M. Motion carried."; convention 6). A motion
    to adjourn into another session ("… to adjourn to an executive session"), or
    a paragraph that records another motion too, stays a record."""
    adjourns = ADJOURNS.search(ctx.text, u.start, u.end)
    if adjourns is None:
        return False
    if DECIDED_WORD.search(ctx.text, u.start, u.end) is None:
        return True
    if INTO_SESSION.search(ctx.text, u.start, u.end) is not None:
        return False
    begin = max(u.start, ctx.text.rfind(". ", u.start, adjourns.start()) + 1)
    end = ctx.text.find(". ", adjourns.end(), u.end)
    end = u.end if end < 0 else end
    done = BUSINESS_DONE.search(ctx.text, begin, adjourns.start())
    if done is None and MEETING_ADJOURNED.search(ctx.text, adjourns.start(), end) is None:
        return False
    return not any(
        m.start() < begin or m.start() >= end
        for cue in (MOVING, MOTION_TO)
        for m in cue.finditer(ctx.text, u.start, u.end)
    )


def _defers(ctx: Context, u: Unit) -> bool:
    """Does every motion ``u`` records only put the matter off ("A made a motion
    to table the report until all questions are answered. B seconded the motion.
    The motion carried.", "The motion to table passed.", "a motion to defer the
    vote until May. Moved by A, seconded by B.")? A deferral, not a decision."""
    if only_postpones(ctx.text, u.start, u.end):
        return True  # "Item 2 was a motion to defer … Moved by A, seconded by B. Carried."
    tablings = [t.span() for t in TABLING.finditer(ctx.text, u.start, u.end)]
    motions = [m.span() for m in MOVING.finditer(ctx.text, u.start, u.end)]
    return bool(tablings) and all(
        any(a <= s < b or s <= a < e for a, b in tablings) for s, e in motions
    )


def _reported(ctx: Context, u: Unit, at: int) -> bool:
    """Does the sentence of ``u`` that reaches ``at`` report someone's words
    before it ("A explained that once … it was decided to …")?"""
    begin = max(u.start, ctx.text.rfind(".", u.start, at) + 1)
    return REPORTED_THAT.search(ctx.text, begin, at) is not None


def _decided_below(ctx: Context, units: list[Unit], i: int) -> bool:
    """Does ``u`` record a motion made, with no seconder, whose vote is recorded
    right under it ("A moved for approval of …" / "The Motion was APPROVED on a
    5-2 vote"), or under the sign-off of the report that moves it ("And we hereby
    move the adoption of the report." / "Respectfully submitted, A, Chair" /
    "Which motion prevailed.")?"""
    u = units[i]
    below = i + 2 if i + 2 < len(units) and _signed_off(ctx, units[i + 1]) else i + 1
    return (
        below < len(units)
        and u.end - u.start <= RECORD_MAX
        and (
            MOVING.search(ctx.text, u.start, u.end) or PUT_FORWARD.search(ctx.text, u.start, u.end)
        )
        is not None
        and not ends_with(ctx.t(u), ":")
        and OUTCOME_OPENS.match(ctx.text, units[below].start, units[below].end) is not None
    )


def _signed_off(ctx: Context, u: Unit) -> bool:
    """Is ``u`` a report's sign-off ("Respectfully submitted," / "A, Chair")?"""
    return u.lines <= SIGN_OFF_LINES and SIGNED_OFF.match(ctx.text, u.start, u.end) is not None


def _decided_in_notes(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a bulleted motion made, with no seconder, whose vote is
    recorded further down the same run of bullets, after the notes of its debate
    ("• “I move to pass the budget …”" / "• Debate closes" / "• Motion Passes"),
    before another motion?"""
    u = units[i]
    bullet = ctx.t(u).lstrip()[:1]
    if bullet not in NOTE_BULLETS or MOVING.search(ctx.text, u.start, u.end) is None:
        return False
    for below in units[i + 1 : i + 1 + NOTES_MAX]:
        if ctx.t(below).lstrip()[:1] != bullet or MOVING.search(ctx.text, below.start, below.end):
            return False
        if OUTCOME_OPENS.match(ctx.text, below.start, below.end) is not None:
            return True
    return False


def _movers_below(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a motion over the lines that name its mover and seconder
    ("- Vote to accept the annual report:" / "- Proposed: Ann" / "- Seconded: Bob")?"""
    if i + 2 >= len(units) or any(units[j].lines != 1 for j in (i, i + 1, i + 2)):
        return False
    u = units[i]
    return (
        MOVER_LINE.fullmatch(ctx.text, units[i + 1].start, units[i + 1].end) is not None
        and SECONDER_LINE.fullmatch(ctx.text, units[i + 2].start, units[i + 2].end) is not None
        and MOVER_LINE.fullmatch(ctx.text, u.start, u.end) is None
        and SECONDER_LINE.fullmatch(ctx.text, u.start, u.end) is None
    )


def _seconded_below(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` a motion whose record, right under it, opens with its seconding
    and does not repeat it ("Authorize the Council to appoint …" / "Second
    obtained. … Motion passes on voice vote."), or only names its mover and
    seconder ("Retention policy: minutes are kept." / "Motioned A, B 2nded.")?"""
    if i + 1 >= len(units) or ends_with(ctx.t(units[i]), ":"):
        return False
    below = units[i + 1]
    return (
        kinds[i + 1] in RECORD_KINDS
        and (
            MOVERS_NAMED.fullmatch(ctx.text, below.start, below.end) is not None
            or (
                SECONDER_OPENS.match(ctx.text, below.start, below.end) is not None
                and MOVING.search(ctx.text, below.start, below.end) is None
            )
        )
        and MOVERS_NAMED.fullmatch(ctx.text, units[i].start, units[i].end) is None
        and SECONDER_OPENS.match(ctx.text, units[i].start, units[i].end) is None
        and MOVER_LINE.fullmatch(ctx.text, units[i].start, units[i].end) is None
    )


def _movers_above(ctx: Context, units: list[Unit], i: int) -> int | None:
    """Where the lines naming the mover and seconder of decision ``i`` begin,
    when they stand right above it, with the agreement line between ("Proposed by
    A" / "Seconded by B" / "AND AGREED" / "To confirm the minutes …"); None if
    they do not."""
    j = i - 1
    agreed = j >= 0 and AGREED_LINE.fullmatch(ctx.text, units[j].start, units[j].end) is not None
    if agreed:
        j -= 1
    if not agreed and j >= 2 and _movers_below(ctx, units, j - 2):
        return None  # "Vote to accept …:" / "- Proposed: A" / "- Seconded: B": its movers
    if j < 1 or ends_with(ctx.t(units[i]), ":") or any(units[k].lines != 1 for k in (j - 1, j)):
        return None
    mover, seconder, u = units[j - 1], units[j], units[i]
    lines = (MOVER_LINE, SECONDER_LINE, SECONDED_BY_LINE, AGREED_LINE)
    if (
        MOVER_LINE.fullmatch(ctx.text, mover.start, mover.end) is None
        or not any(p.fullmatch(ctx.text, seconder.start, seconder.end) for p in lines[1:3])
        or any(p.fullmatch(ctx.text, u.start, u.end) for p in lines)
    ):
        return None
    return j - 1


def _item_heading(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` the item's heading over the lines that name its mover ("1.
    MINUTES OF THE MEETING HELD ON 3RD MAY:"): one short line, a caption or a
    numbered one, that may end in a colon but ends no sentence?"""
    text = ctx.t(u).strip()
    return (
        kind in ("TEXT", "MARKER")
        and u.lines == 1
        and len(text) <= CAPTION_MAX
        and not ends_with(text, ".;,")
        and MOVER_LINE.fullmatch(ctx.text, u.start, u.end) is None
    )


def _caption(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` an item's caption line ("Treasurer’s Report"): one short line
    that ends no sentence?"""
    text = ctx.t(u).strip()
    return (
        kind == "TEXT"
        and u.lines == 1
        and len(text) <= CAPTION_MAX
        and text[:1].isupper()
        and not ends_with(text, ".;,:")
    )


def _numbered_over(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is record ``i`` a bullet right under a numbered item's heading ("4. 2016
    Budget" / "• “I move to pass the budget …”"), its first note?"""
    return (
        kinds[i - 1] == "MARKER"
        and ctx.t(units[i]).lstrip()[:1] in NOTE_BULLETS
        and ctx.t(units[i - 1]).lstrip()[:1].isdigit()
        and _item_heading(ctx, units[i - 1], kinds[i - 1])
    )


def _wrapped(ctx: Context, units: list[Unit], i: int, previous: int) -> bool:
    """Does record ``i`` go on, in lower case, with the sentence of the unit above
    it, which a hard wrap cut from it ("Motion 2: “To approve the new Constitution,
    as amended by the Minutes of this" / "meeting” Proposed A Seconded B Carried")?"""
    return (
        i - 1 > previous
        and "\n" in ctx.text[units[i - 1].end : units[i].start]  # not a clause cut on its line
        and ctx.t(units[i]).lstrip()[:1].islower()
        and MARKER.match(ctx.text, units[i].start, units[i].end) is None  # "b. …": an item
        and not ends_with(ctx.t(units[i - 1]), ".;:!?")
    )


def _action_below(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` a motion made and seconded whose sentence ends in a colon
    over the action it moves, one paragraph, with the motion's outcome right
    under that ("Motion by A, seconded by B, that the following action be
    taken:" / "Approval of the monthly report." / "Motion carried.")?"""
    if i + 2 >= len(units) or not ends_with(ctx.t(units[i]), ":"):
        return False
    u, action, vote = units[i], units[i + 1], units[i + 2]
    return (
        u.end - u.start <= RECORD_MAX
        and MOVING.search(ctx.text, u.start, u.end) is not None
        and SECONDED.search(ctx.text, u.start, u.end) is not None
        and ends_with(ctx.t(action), ".")
        and MOVING.search(ctx.text, action.start, action.end) is None
        and OUTCOME_OPENS.match(ctx.text, vote.start, vote.end) is not None
    )


def _tallied_act(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` an act told adopted with its vote ("The report was adopted
    with a vote of 8 in favor, 0 against."), not the outcome of a motion above it
    whose vote is not told there?"""
    u, above = units[i], units[i - 1] if i else None
    return (
        TALLIED_ACT.search(ctx.text, u.start, u.end) or unanimous_act(ctx.text, u.start, u.end)
    ) and (
        above is None
        or MOVING.search(ctx.text, above.start, above.end) is None
        or VOTE_TOLD.search(ctx.text, above.start, above.end) is not None
    )


def _listing_motions(
    ctx: Context, units: list[Unit], kinds: list[str], records: list[int]
) -> list[int]:
    """``records`` with each motion that introduces a numbered list of its terms ("A moved
    to offer the land under the following conditions:" / "1. The board would …" / "2. …" /
    "Second by B. Motion carried.") read as the record in place of the list's last item."""
    out = list(records)
    for i, u in enumerate(units):
        if not ends_with(ctx.t(u), ":") or MOVING.search(ctx.text, u.start, u.end) is None:
            continue
        j = i + 1
        while j < len(units) and j - i <= NOTES_MAX and kinds[j] in ("MARKER", "THAT", "TEXT"):
            if SECONDER_OPENS.match(ctx.text, units[j].start, units[j].end) is not None:
                break
            j += 1
        if j - i < 3 or j >= len(units) or MOVING.search(ctx.text, units[j].start, units[j].end):
            continue
        if SECONDER_OPENS.match(ctx.text, units[j].start, units[j].end) is None:
            continue
        if kinds[i + 1] == "MARKER" and i not in out:
            out = sorted([i, *(r for r in out if not i < r < j)])
    return out


def _untold_left(
    ctx: Context, units: list[Unit], records: list[int], stated: frozenset[int] = frozenset()
) -> list[int]:
    """``records`` without the motions whose vote is not told, when the minutes
    tell the vote of most motions ("MOTION by A; seconded by B to approve the
    agenda. Five ayes." … "MOTION by A; seconded by C to close the account." with
    no vote): a motion left without an outcome, not a decision. All of them when
    the minutes tell the vote of fewer than two, or of no more than half. The
    ``stated`` approvals ("The minutes were approved.") are told decisions."""
    stops = [*records[1:], len(units)][: len(records)]
    told = [
        i in stated or vote_told(ctx, units, i, stop)
        for i, stop in zip(records, stops, strict=True)
    ]
    if sum(told) < 2 or 2 * (len(records) - sum(told)) >= sum(told):
        return records
    return [i for i, t in zip(records, told, strict=True) if t]


def recorded_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of minutes that record their motions in narrative begins: each unit that
    records a motion made and seconded is one resolution of one clause (marked THAT), headed by
    the item's caption line right above it; the narrative before the first is the minutes' head
    (marked META), and what follows a record (its outcome, the next items' narrative) its
    trailer (marked TRAILER). Empty when the page has a formula, a recital, an organ line, a
    "That …" motion or a sentence that introduces one anywhere (a listed condition that opens
    with "That" under its bare number is no motion)."""
    if any(k in ENACTING and not _listed_that(ctx, units, kinds, i) for i, k in enumerate(kinds)):
        return []
    packages = gather_packages(ctx, units, kinds, RECORD_KINDS)
    records = [
        i
        for i, u in enumerate(units)
        if (
            kinds[i] in RECORD_KINDS
            or (
                kinds[i] == "TRAILER"
                and PADDED_MOTION_LABEL.match(ctx.text, u.start, u.end) is not None
            )
            or (kinds[i] == "KEYVAL" and MOVING.search(ctx.text, u.start, u.end) is not None)
        )
        and MOVERS_NAMED.fullmatch(ctx.text, u.start, u.end) is None
        and (
            _records(ctx, u)
            or continued_record(ctx, units, i, _records)
            or _decided_below(ctx, units, i)
            or _decided_in_notes(ctx, units, i)
            or vote_item(ctx, units, i)
            or vote_labelled(ctx, units, i)
            or _movers_below(ctx, units, i)
            or _seconded_below(ctx, units, kinds, i)
            or _movers_above(ctx, units, i) is not None
            or _action_below(ctx, units, i)
            or vote_outlined(ctx, units, i)
            or _tallied_act(ctx, units, i)
            or unit_done(ctx.text, units, i)
        )
    ]
    records = told_motions(ctx, units, _listing_motions(ctx, units, kinds, records))
    records = with_packages(ctx, units, kinds, records, packages)
    if not records:
        return []
    records = _with_elections(ctx, units, kinds, records)
    stated = frozenset(
        i
        for i in approval_units(ctx, units, kinds, RECORD_KINDS)
        if i not in records and not (i - 1 in records and _decided_below(ctx, units, i - 1))
    )  # not "The Minutes were APPROVED." under "A MOVED for APPROVAL of the Minutes"
    records = _untold_left(ctx, units, sorted({*records, *stated}), stated)
    records = closing_left(ctx, units, split_separate(ctx.text, units, kinds, records))
    starts: list[int] = []
    previous = -1
    for i in records:
        m = i - 1 if _wrapped(ctx, units, i, previous) else i
        top = _movers_above(ctx, units, i)
        if top is not None and top > previous:
            for j in range(top, i):
                kinds[j] = "META"  # "Proposed by A" / "Seconded by B" / "AND AGREED"
            first = top
            if top - 1 > previous and _item_heading(ctx, units[top - 1], kinds[top - 1]):
                first = top - 1
                if kinds[first] == "MARKER":
                    kinds[first] = "META"  # "1. MINUTES OF THE MEETING HELD ON 3RD MAY:"
        else:
            first = m - 1 if m - 1 > previous and _caption(ctx, units[m - 1], kinds[m - 1]) else m
            if first == m and m - 1 > previous and _numbered_over(ctx, units, kinds, m):
                first = m - 1
                kinds[first] = "TEXT"  # "4. Budget" over "• “I move to pass the budget …”"
        for j in range(previous + 1, first):
            kinds[j] = "META" if previous < 0 else "TRAILER"
        kinds[m] = "THAT"  # the record after a hard wrap ("meeting” Proposed A …") stays
        # text: the rest of the motion's sentence, which the clause takes on
        if previous >= 0 and not agreed_on(ctx, units, i, previous):
            starts.append(units[first].start)
        previous = i + carried_on(ctx, units, kinds, records, i)
    kinds[previous + 1 :] = ["TRAILER"] * (len(units) - previous - 1)
    mark_packages(kinds, packages)
    join_carried(ctx, units, kinds, records)
    return starts


def _with_elections(
    ctx: Context, units: list[Unit], kinds: list[str], records: list[int]
) -> list[int]:
    """``records`` with each unit that states an election or appointment as made ("Bob
    and Cy … were duly elected.", "Jo Park was appointed as our examiner …"), a record of
    its own; only on a page whose motions this pass reads (not a page of elections alone)."""
    elections = [
        i
        for i, u in enumerate(units)
        if kinds[i] in RECORD_KINDS
        and u.end - u.start <= RECORD_MAX
        and election_made(ctx.text, u.start, u.end) is not None
    ]
    return sorted({*records, *elections})


def _listed_that(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is ``units[i]`` a "That …" unit that is one item of a numbered list of
    conditions or terms inside a motion, its number alone on the line above
    ("2." / "That the committee would approve …") and the list's other items
    numbered sentences of their own ("1. The board would receive …"), not a
    list of "That …" motions?"""
    if kinds[i] != "THAT" or i < 2 or kinds[i - 1] != "MARKER":
        return False
    if BARE_NUMBER.fullmatch(ctx.t(units[i - 1])) is None:
        return False
    siblings = [j for j in (i - 2, i + 1) if j < len(units) and kinds[j] == "MARKER"]
    return bool(siblings) and all(
        NUMBERED_SENTENCE.match(ctx.t(units[j])) is not None for j in siblings
    )
