"""Pages that print motions with no formula anywhere, each motion one resolution of one clause:
numbered "That …" items ("1. That the report … be approved." / "2. That …"), or a label line
over each motion ("Remit 4:" / "“That the union …”"); and minutes whose coded items each carry a
RESOLVED line ("F03:04/24 To elect a Vice-Chair." / "RESOLVED: …"). Pure passes over the
classified units, run by :mod:`resolve.parsing.passes`."""

from __future__ import annotations

from itertools import pairwise

from resolve.parsing.builders import ResB
from resolve.parsing.classify import head_above
from resolve.parsing.context import Context
from resolve.parsing.fallback_records import CLOSING
from resolve.parsing.minutes_cues import MINUTE_REF, MOVED_TO, after_caption
from resolve.parsing.motion_cues import (
    CHAINED,
    FORM_FIELD,
    GLUED_MINUTES_RESOLVED,
    GLUED_NUMBER,
    INTRODUCES_BELOW,
    MOTION_BY_CARRIED,
    MOTION_INTRO,
    MOTION_LABEL_LINE,
    MOVED_DASH_COLON,
    MOVED_DASH_THAT,
    MOVED_THAT,
    NAMES_MOTIONS,
    NOTING_MOTION,
    NUMBER_LINE,
    NUMBER_NAME_LINE,
    PROPOSER_THAT,
    QUOTED_MOTION,
    SUBMITTED_LABEL,
    THAT_ITEM,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import MARKER, THAT_BODY, ends_with, marker_end
from resolve.parsing.procedural import carried_within
from resolve.parsing.record_cues import resolving
from resolve.parsing.sentences import FUTURE_ACT, HEADED_ACT, MOTION_SECTION

ENACTING = ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN")
"""Kinds that show the page has its own enacting form: none of these passes applies."""
MOTIONS_MIN = 2
"""Motions a page must hold before each is read as its own resolution."""
HEADING_MAX = 100
"""Characters of an agenda item's heading line among recorded motions."""


def _number(ctx: Context, u: Unit) -> int | None:
    """The item number of a unit opening "3. …" or "(3) …", else None."""
    m = MARKER.match(ctx.text, u.start, u.end)
    n = m and (m.group("on") or m.group("pn"))
    return int(n) if n and n.isdigit() else None


def numbered_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a page of numbered "That …" motions begins ("1. That
    the recommendations … be approved." / "2. That … be inserted …"), with no
    formula, recital opener or organ line anywhere: each item one resolution of
    one clause (marked THAT), numbered in sequence; the prose above the first
    is the page's head (marked META). Not when the line above the first ends
    with a colon ("… beg leave to recommend as follows:", "… the report:—"): the items are then
    the clauses of the one report it introduces. Items that open with the body
    acting ("1) The Faculty Senate requests that …") count only under a line that
    names them resolutions or motions ("Here is the text of the resolutions
    passed …"); right under such a line that introduces them ("Meeting
    Resolutions:"), an item counts whatever it opens with (a title and date over
    an account of the decision). Empty for any other document."""
    if any(k in ENACTING for k in kinds):
        return []
    items: list[int] = []
    acts = False  # "1) The Faculty Senate requests that …": only under a line naming them
    named = False  # "Meeting Resolutions:" over "1. Budget (2/2/2021) The members …": any item
    for i, u in enumerate(units):
        n = _number(ctx, u) if kinds[i] in ("MARKER", "THAT") else None
        at = marker_end(ctx.text, u.start, u.end) if n is not None else u.start
        above = ctx.t(units[i - 1]) if n is not None and not items and i else ""
        named = named or bool(NAMES_MOTIONS.search(above) and INTRODUCES_BELOW.search(above))
        if n is None or not (
            THAT_ITEM.match(ctx.text, at, u.end) or HEADED_ACT.match(ctx.text, at, u.end) or named
        ):
            continue
        if items and n != _number(ctx, units[items[-1]]) + 1:  # type: ignore[operator]
            return []
        acts = acts or THAT_ITEM.match(ctx.text, at, u.end) is None
        items.append(i)
    above = ctx.t(units[items[0] - 1]) if items and items[0] else ""
    if len(items) < MOTIONS_MIN or (
        (INTRODUCES_BELOW.search(above) or acts) and not NAMES_MOTIONS.search(above)
    ):
        return []
    head_above(kinds, items[0], ("INTRO",))
    for i in items:  # "2. That this Synod" over "a) …" / "b) …": a formula, its items the clauses
        stem = THAT_BODY.fullmatch(
            ctx.text, marker_end(ctx.text, units[i].start, units[i].end), units[i].end
        )
        kinds[i] = "RESOLVES" if stem else "THAT"
    return [units[i].start for i in items[1:]]


def proposer_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a motion paper begins whose paragraphs open with the
    proposer's name in capitals run into the motion ("THE STANDING COMMITTEE That
    the Canon be amended …"), two or more and no formula, recital opener or organ
    line anywhere: each one resolution of one clause (marked THAT); the prose
    above the first is the page's head (marked META)."""
    if any(k in ENACTING for k in kinds):
        return []
    found = [
        i
        for i, u in enumerate(units)
        if kinds[i] in ("TEXT", "THAT") and PROPOSER_THAT.match(ctx.text, u.start, u.end)
    ]
    if len(found) < MOTIONS_MIN:
        return []
    head_above(kinds, found[0])
    for i in found:
        kinds[i] = "THAT"
    return [units[i].start for i in found[1:]]


def glued_numbers(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a page begins whose motions carry a bare number run
    into their first sentence, which notes ("46 Conference is concerned that …",
    "47 The Regional Committee (RC) welcomes …"), two or more, numbered upwards,
    each acting (a THAT paragraph) before the next, and no formula, recital
    opener or organ line anywhere: each number starts a resolution, its
    paragraph the first recital (marked PHRASE)."""
    if any(k in ENACTING for k in kinds):
        return []
    found = [
        i
        for i, u in enumerate(units)
        if kinds[i] in ("TEXT", "PHRASE")
        and GLUED_NUMBER.match(ctx.text, u.start, u.end)
        and NOTING_MOTION.match(ctx.text, u.start, u.end)
    ]
    numbers = [int(ctx.t(units[i]).split()[0]) for i in found]
    if (
        len(found) < MOTIONS_MIN
        or any(a >= b for a, b in pairwise(numbers))
        or any("THAT" not in kinds[a:b] for a, b in pairwise([*found, len(units)]))
    ):
        return []
    for i in found:
        kinds[i] = "PHRASE"
    return [units[i].start for i in found[1:]]


FORM_MIN = 4
"""Numbered fields a motion form holds (sponsor, presenter, date, motion …)."""


def numbered_form(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A motion form of numbered fields ("1.  Sponsoring committee:  …" / "4.
    Rationale:" / "5.  Motion:" / "6.  Senate action:  passed"), at least
    :data:`FORM_MIN`, one of them "Motion:" (or "Resolution:") with the motion
    in the paragraphs under it. That field is the formula (RESOLVES) over the
    motion; the paragraphs under a bare "Rationale:" (or "Background:") field
    before it are the preamble (PHRASE); the other fields and the lines above
    are the head (META), the fields after it the trailer (TRAILER)."""
    fields = []
    for i, u in enumerate(units):
        m = FORM_FIELD.fullmatch(ctx.text, u.start, u.end) if kinds[i] == "MARKER" else None
        if m is not None and u.lines == 1:
            fields.append((i, m.group(1).strip().lower(), m.group(2).strip()))
    motion = [i for i, label, value in fields if label in ("motion", "resolution") and not value]
    if len(fields) < FORM_MIN or len(motion) != 1:
        return
    at = motion[0]
    head_above(kinds, at)
    for i, label, value in fields:
        if i > at:
            kinds[i] = "TRAILER"
            continue
        kinds[i] = "META"
        j = i + 1
        while label in ("rationale", "background") and not value and j < at and kinds[j] == "META":
            kinds[j] = "PHRASE"
            j += 1
    kinds[at] = "RESOLVES"


def labelled_over(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a page that numbers its motions on a line of their own
    begins: a label line ("Recommendation No. 2", "Remit 4:") right over a "That
    …" motion or a motion in quotation marks, two or more such pairs and no
    formula, recital opener or organ line anywhere. Each label starts a
    resolution (marked META, its heading) whose one clause is the motion under
    it (marked THAT); the prose above the first label is the page's head."""
    if any(k in ENACTING for k in kinds):
        return []
    labels = [
        i
        for i, u in enumerate(units[:-1])
        if u.lines == 1
        and (
            (
                kinds[i] in ("TEXT", "HEADING", "META")
                and MOTION_LABEL_LINE.fullmatch(ctx.text, u.start, u.end) is not None
            )
            or (
                kinds[i] in ("TEXT", "MARKER")
                and NUMBER_NAME_LINE.fullmatch(ctx.text, u.start, u.end) is not None
            )
        )
        and kinds[i + 1] in ("TEXT", "THAT", "VERB", "PHRASE")
        and (
            THAT_ITEM.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
            or QUOTED_MOTION.fullmatch(ctx.text, units[i + 1].start, units[i + 1].end) is not None
        )
    ]
    if len(labels) < MOTIONS_MIN:
        return []
    head_above(kinds, labels[0], ("INTRO",))
    for i in labels:
        kinds[i] = "META"
        kinds[i + 1] = "PHRASE" if kinds[i + 1] == "PHRASE" else "THAT"  # a noting motion's recital
    return [units[i].start for i in labels[1:]]


def addressed_decisions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of a page that addresses its decisions begins: a field
    line naming who is to act ("Directed to: Secretariat") right over a paragraph
    in which a named body shall or will act ("The Secretariat shall prepare …"),
    two or more such pairs under the same label and no formula, recital opener or
    organ line anywhere. Each field line starts a resolution (its heading) whose
    one clause is the decision under it (marked THAT); the prose above the first
    is the page's head."""
    if any(k in ENACTING for k in kinds):
        return []
    pairs = [
        i
        for i, u in enumerate(units[:-1])
        if u.lines == 1
        and kinds[i] == "KEYVAL"
        and kinds[i + 1] in ("TEXT", "VERB")
        and FUTURE_ACT.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    labels = {ctx.t(units[i]).split(":", 1)[0].strip().lower() for i in pairs}
    if len(pairs) < MOTIONS_MIN or len(labels) != 1:
        return []
    head_above(kinds, pairs[0], ("INTRO",))
    for i in pairs:
        kinds[i], kinds[i + 1] = "META", "THAT"
    return [units[i].start for i in pairs[1:]]


def moved_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a record of proceedings begins, each a paragraph that
    records a motion with its mover ("Moved by A, seconded by B, that the report
    be adopted. Carried.", "Motion made by A to approve …, 2nd by B.", "Motion by A
    second by B approving the claims. Carried 5-0.") or a "That …" motion right under a sentence that
    introduces it ("… submit the following motion …:"), two or more and no
    formula, recital opener or organ line anywhere: each one resolution of one
    clause (marked THAT); the prose above the first is the record's head, and an
    item in the narrative between them (under prose that introduces no list) is
    the record's, no clause (marked TRAILER), as is a motion to adjourn or to
    table (the meeting's procedure)."""
    if any(k in ENACTING for k in kinds):
        return []
    moved = [
        i
        for i, u in enumerate(units)
        if kinds[i] in ("TEXT", "THAT", "INTRO")
        and (
            MOVED_THAT.match(ctx.text, u.start, u.end) is not None
            or MOVED_TO.match(
                ctx.text, after_caption(ctx.text, u.start, u.end), min(u.end, u.start + 300)
            )
            is not None
            or MOTION_BY_CARRIED.match(ctx.text, u.start, u.end) is not None
            or (
                i > 0
                and THAT_ITEM.match(ctx.text, u.start, u.end) is not None
                and MOTION_INTRO.search(ctx.t(units[i - 1])) is not None
            )
        )
    ]
    closing = [i for i in moved if CLOSING.search(ctx.text, units[i].start, units[i].end)]
    moved = [i for i in moved if i not in closing]  # "… to adjourn, carried.": procedure
    if len(moved) < MOTIONS_MIN:
        return []
    for i in closing:
        kinds[i] = "TRAILER"
    head_above(kinds, moved[0], ("INTRO",))
    for i in range(moved[0]):
        if _agenda_heading(ctx, units, kinds, i):
            kinds[i] = "META"  # "1. Call to Order": the agenda above the first motion
    for i in moved:
        kinds[i] = "THAT"
    for i in range(moved[0] + 1, len(units)):
        if (
            kinds[i] == "MARKER"
            and kinds[i - 1] == "TEXT"
            and not ends_with(ctx.t(units[i - 1]), ":")
        ) or _agenda_heading(ctx, units, kinds, i):
            kinds[i] = "TRAILER"  # a list item in the record's narrative ("M. R. Smith, Waco.")
    return [units[i].start for i in moved[1:]]


def _agenda_heading(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i`` an agenda item's heading among recorded motions ("3. Approval
    of Minutes: May 13" / "b) Finance Report"): a numbered or lettered line of its
    own, short, that ends no sentence, under no line that introduces a list?"""
    text = ctx.t(units[i]).strip()
    return (
        kinds[i] == "MARKER"
        and units[i].lines == 1
        and len(text) <= HEADING_MAX
        and not ends_with(text, ".;,:")
        and (i == 0 or not ends_with(ctx.t(units[i - 1]), ":"))
    )


def chained_clauses(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A motion printed as "THAT …" paragraphs chained by "; and" ("THAT the
    Council recognizes …; and" / "THAT, although …, it acknowledges …; and" /
    "THAT the Council charges …."), right under the line that introduces the one
    motion ("• Adopted the following motion regarding …:"), with no formula,
    recital opener or organ line anywhere: each paragraph is a clause of that one
    motion (marked THAT), the introducing line and the prose above it the page's
    head (marked META)."""
    if any(k in ENACTING for k in kinds):
        return
    for i in range(1, len(units)):
        if MOTION_INTRO.search(ctx.t(units[i - 1])) is None:
            continue
        run = i
        while run < len(units) and THAT_ITEM.match(ctx.text, units[run].start, units[run].end):
            if not CHAINED.search(ctx.t(units[run])):
                run += 1
                break
            run += 1
        if run - i < MOTIONS_MIN or CHAINED.search(ctx.t(units[run - 1])):
            continue
        for j in range(i):
            kinds[j] = (
                "META" if kinds[j] in ("TEXT", "VERB", "PHRASE", "INTRO", "MARKER") else kinds[j]
            )
        for j in range(i, run):
            kinds[j] = "THAT"
        return


def chained_that(ctx: Context, kinds: list[str], i: int, u: Unit, r: ResB) -> bool:
    """Whether the "THAT …" paragraph ``u`` (unit ``i``) is the next clause of a
    motion: its last clause, a "THAT …" paragraph right above it, ends "; and"
    or runs on into it on the same line (a one-paragraph motion's next act: "…
    and conference instructs …"), or the list under its last clause ends right
    above it."""
    last = r.clauses.roots[-1] if r.clauses.roots else None
    if i == 0 or last is None:
        return False
    if kinds[i - 1] == "MARKER":
        return bool(last.children)
    return kinds[i - 1] == "THAT" and (
        CHAINED.search(ctx.t_range(last.start, last.end)) is not None
        or (last.end <= u.start and "\n" not in ctx.text[last.end : u.start])
    )


def headed_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of a register of numbered resolutions with no formula
    begins: a number line ("Resolution AB1/06/4", "Motion 12") over the record of
    the decision ("Academic Board approved …", "That on an annual basis:"), two or
    more such pairs and no formula, recital opener or organ line anywhere. The
    paragraph under each number line is the resolution's clause (marked THAT),
    and so is a paragraph right after the list under it ("… authority to the
    Dean:" / "• leave from studies" / "The Dean reports …"); each number line
    starts its resolution (a heading line does)."""
    if any(k in ENACTING for k in kinds):
        return []
    heads = [
        i
        for i in range(len(units) - 1)
        if kinds[i] == "HEADING"
        and NUMBER_LINE.fullmatch(ctx.text, units[i].start, units[i].end) is not None
        and kinds[i + 1] in ("TEXT", "VERB", "THAT", "PHRASE")
    ]
    if len(heads) < MOTIONS_MIN:
        return []
    for i in heads:
        kinds[i + 1] = "THAT"
        j = i + 2
        while j < len(units) and kinds[j] == "MARKER":
            j += 1
        if j > i + 2 and j < len(units) and kinds[j] in ("TEXT", "VERB"):
            kinds[j] = "THAT"  # a paragraph after the decision's list: its next clause
    return []


def titled_sections(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a page of motions written in section labels begins: a
    title line ("16 AAQA 2 Academic Calendar Committee") right over a label alone
    on its line ("Congress recognises", "Congress Adopts:"), two or more such
    motions and no formula, recital opener or organ line anywhere. Each title
    line starts a resolution; what stands above the first (a ballot's
    instructions, their bullets) is the page's head (marked META)."""
    if any(k in ENACTING for k in kinds):
        return []
    titles = [
        i - 1
        for i in range(1, len(units))
        if kinds[i] in ("PHRASE", "THAT")
        and units[i].lines == 1
        and MOTION_SECTION.fullmatch(ctx.t(units[i]).strip()) is not None
        and kinds[i - 1] in ("TEXT", "HEADING")
        and units[i - 1].lines == 1
        and not ends_with(ctx.t(units[i - 1]), ".;,:!?")
        and MOTION_SECTION.fullmatch(ctx.t(units[i - 1]).strip()) is None
    ]
    if len(titles) < MOTIONS_MIN:
        return []
    head_above(kinds, titles[0], ("INTRO", "MARKER"))
    return [units[i].start for i in titles]


def minute_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of minutes whose items open with a reference code
    begins ("F03:04/24 To elect a Vice-Chair." / "RESOLVED: Cllr A elected …"):
    two or more one-line items right over a RESOLVED line, each the caption of
    one resolution (marked META, its heading); the prose above the first is the
    record's head, and an item with no RESOLVED under it the record's narrative."""
    items = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "TEXT"
        and u.lines == 1
        and kinds[i + 1] == "FORMULA"
        and MINUTE_REF.match(ctx.text, u.start, u.end) is not None
    ]
    if len(items) < 2:
        return []
    head_above(kinds, items[0], ("INTRO",))
    for i in items:
        kinds[i] = "META"
    return [units[i].start for i in items[1:]]


def resolved_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of minutes that print their agenda's numbered items begins: each item
    a one-line numbered caption ("3. To confirm the minutes of …", "4. Co-option") with its
    record under it, the items numbered in sequence, two or more of them holding a resolving
    paragraph ("Resolved, that …", or a house's "By leave, agreed that …", its one clause) and
    no formula above the first item nor recital opener or organ line anywhere. Each such item's
    caption starts a resolution (marked META, its heading) and the narrative between the caption
    and its formula is the item's head; the other items' captions are the record's narrative
    (TEXT), not clauses."""
    if any(k in ("RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return []
    items = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "MARKER"
        and u.lines == 1
        and len(ctx.t(u)) <= HEADING_MAX + 60
        and not ends_with(ctx.t(u), ":;,")
        and marker_end(ctx.text, u.start, u.end) < u.end
        and kinds[i + 1] != "MARKER"
        and _number(ctx, u) is not None
    ]
    if not items or "FORMULA" in kinds[: items[0]]:
        return []
    numbers = [_number(ctx, units[i]) or 0 for i in items]
    if any(b != a + 1 for a, b in pairwise(numbers)):
        return []
    ends = [*items[1:], len(units)]
    acts = {j for j, u in enumerate(units) if resolving(ctx.text, u.start, u.end, kinds[j])}
    resolved = [
        (i, j)
        for i, end in zip(items, ends, strict=True)
        for j in [next((j for j in range(i + 1, end) if j in acts), None)]
        if j is not None and all(k in ("TEXT", "VERB", "PHRASE") for k in kinds[i + 1 : j])
    ]
    if len(resolved) < MOTIONS_MIN:
        return []
    for i in items:
        kinds[i] = "TEXT"
    head_above(kinds, resolved[0][0], ("INTRO", "MARKER"))
    for i, j in resolved:
        kinds[i] = "MARKER"
        for k in range(i + 1, j):
            kinds[k] = "META"
        if kinds[j] != "FORMULA":
            kinds[i], kinds[j] = "META", "THAT"  # "By leave, agreed that …": its one clause
    return [units[i].start for i, _ in resolved[1:]]


def glued_minutes(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of an agenda-and-minutes table flattened onto lines
    begins whose minutes cell, glued to the end of the agenda text, holds only the
    resolving word ("… be confirmed. Minutes: RESOLVED:") over the decision's
    items: the row's agenda text (from the last row closed by " |" down to that
    line) is the resolution's head (marked META); the items below its clauses."""
    starts = []
    for i, u in enumerate(units[:-1]):
        if kinds[i + 1] != "MARKER" or not GLUED_MINUTES_RESOLVED.search(ctx.text, u.start, u.end):
            continue
        row = i
        while (
            row > 0
            and kinds[row - 1] in ("MARKER", "TEXT")
            and not ends_with(ctx.t(units[row - 1]), "|")
        ):
            row -= 1
        if row == 0 or not ends_with(ctx.t(units[row - 1]), "|"):
            continue
        for k in range(row, i + 1):
            kinds[k] = "META"
        starts.append(units[row].start)
    return starts


def submitted_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of an agenda that prints its motions under lines naming
    their submitters begins ("a. Resolution submitted by A." / "THE SENATE
    RECOGNIZES …" / "b. Substitute motion submitted by B:" / "THE SENATE …"), two
    or more such pairs and no formula, recital opener or organ line anywhere: each
    line starts a resolution (marked META, its heading) whose one clause is the
    paragraph under it (marked THAT); the prose above the first is the page's head."""
    if any(k in ENACTING for k in kinds):
        return []
    labels = [
        i
        for i, u in enumerate(units[:-1])
        if u.lines == 1
        and kinds[i] in ("TEXT", "MARKER")
        and SUBMITTED_LABEL.fullmatch(ctx.text, u.start, u.end) is not None
        and kinds[i + 1] in ("TEXT", "THAT", "VERB", "PHRASE")
    ]
    if len(labels) < MOTIONS_MIN:
        return []
    head_above(kinds, labels[0], ("INTRO", "MARKER"))
    for i in labels:
        kinds[i], kinds[i + 1] = "META", "THAT"
    return [units[i].start for i in labels[1:]]


def captioned_moved(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a house's minutes of proceedings begins: a numbered
    item's caption ("3. LEAVE OF ABSENCE:") right over the record of its motion
    ("Mr A moved - That …"), no formula, recital opener or organ line anywhere.
    The caption is the resolution's heading (META), the motion its one clause
    (THAT); the items above the first (the sitting, prayers) are the record's
    head; what follows a motion in its item (debate, the divisions) is the
    record of its decision, not another resolution, but a procedural motion
    moved in it and carried ("Mr B moved - That the question be now put." / "And
    so it was resolved in the affirmative.") is a resolution of its own
    (:func:`resolve.parsing.procedural.carried_within`)."""
    if any(k in ENACTING for k in kinds):
        return []
    items = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] == "MARKER"
        and u.lines == 1
        and kinds[i + 1] == "TEXT"
        and MOVED_DASH_THAT.match(ctx.text, units[i + 1].start, units[i + 1].end) is not None
    ]
    if not items:
        return []
    head_above(kinds, items[0], ("MARKER",))
    for i in items:
        kinds[i], kinds[i + 1] = "META", "THAT"
    stops = [*items[1:], len(units)]
    closures = [
        j
        for i, stop in zip(items, stops, strict=True)
        for j in carried_within(ctx, units, kinds, i + 1, stop)
    ]
    for j in closures:
        kinds[j] = "THAT"  # "Mr A moved - That the question be now put." carried: its own
    return sorted(units[i].start for i in [*items[1:], *closures])


def moved_colon(ctx: Context, units: list[Unit], kinds: list[str]) -> None:
    """A house's record of one motion moved or proposed with a dash before its
    text, the text ending in a colon right over its numbered paragraphs ("A
    Motion being made and the Question being proposed – That for the remainder
    of this Session:" / "(1) … be amended …" / "(2) … be suspended."), with no
    formula, recital opener or organ line anywhere: the record is the formula
    (marked RESOLVES) over the paragraphs, each a clause; the lines above it (the
    database's or journal's record lines) are the head (marked META)."""
    if any(k in ENACTING for k in kinds):
        return
    found = [
        i
        for i, u in enumerate(units[:-1])
        if kinds[i] in ("TEXT", "VERB", "THAT")
        and u.lines == 1
        and kinds[i + 1] == "MARKER"
        and MOVED_DASH_COLON.fullmatch(ctx.text, u.start, u.end) is not None
    ]
    if len(found) != 1:
        return
    head_above(kinds, found[0])
    kinds[found[0]] = "RESOLVES"
