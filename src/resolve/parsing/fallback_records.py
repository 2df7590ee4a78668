"""The last reader of minutes: a page of minutes in which no other form of the
parser found anything (no formula, no WHEREAS recital, no motion, no clause),
so that every paragraph would be read as a recital. Each decision the minutes
record is one resolution of one clause; the rest of the page is its head
(before the first decision) and trailers (after each).

A decision is read sentence by sentence (a line of its own is a sentence too):

- a motion and its outcome in one sentence: "A motion was made, seconded, and
  adopted to approve …", "… were approved with a motion by A and seconded by
  B.", "… duly re-elected (proposed by A, seconded by B).", "A motioned to …;
  this was seconded and approved.";
- a motion, then its outcome a few sentences or lines below it: "A made a
  motion to … Seconded by B. Vote by roll call: … Motion declared carried.",
  "That slate is seconded. … The slate is then carried.";
- a bare tally ("Motion Passed", "moved, seconded, carried.", "Seconded by B."
  before its outcome) under the sentence it decides, which is the record;
- a decision told without a motion: "It was agreed to …", "The members came
  to a consensus and agreed that …", "There was unanimous approval for …",
  the body voting at the head of its sentence ("Session voted to …", "Board
  approved $5,000 for …"), the meeting's assent to waive one of its rules
  ("…, all present agreed it was fair to waive the quorum rule").

A decision only stated is one too, the minutes' or the agenda's approval as
any other ("The minutes were reviewed and approved.", "The Board approved the
minutes."; :mod:`resolve.parsing.stated_approvals`). Not decisions: a motion
with no outcome, a failed one or one that only postpones (tables, defers), a
motion to adjourn (but one to adjourn into an executive session is counted), a
person's undertaking ("A agreed to contact …"). A pure pass over the classified units,
run last by :mod:`resolve.parsing.passes`: it splits the units at the
records' edges and types them (head META, record THAT, the rest TRAILER)."""

from __future__ import annotations

import re
from itertools import pairwise

from resolve.parsing.acts_done import act_done
from resolve.parsing.context import Context
from resolve.parsing.elections import election_made, joined_cuts
from resolve.parsing.minutes_cues import (
    ACTIONS_HEADING,
    LONE_MARK,
    MENU_ITEM,
    MINUTES_HEADINGS,
    MOVED_TO,
    NAME_ITEM,
)
from resolve.parsing.motion_lists import counted_items, separate_motions
from resolve.parsing.paragraphs import Unit, cut_at_offsets
from resolve.parsing.patterns import ACRONYM_WORD
from resolve.parsing.procedural import RULE_WAIVED, only_postpones
from resolve.parsing.record_cues import AGREED_RECORD, REPORTED_THAT, SECONDED, agreed_passive
from resolve.parsing.result_cues import (
    AMENDMENT_DECIDED,
    ELECTED_VOTE,
    ITEM_NUMBER,
    LISTED_ITEM,
    MEETING_KIND,
    NAMED_PASSED,
    OPENING_ITEM,
    OUTCOME_ALONE,
    OUTCOMES_TOLD,
    PASSED_LIST,
    PROCEDURE_ITEM,
    RATIFIED_PASSIVE,
    RECORD_OUTCOMES,
    RESULT_HEADING,
    SUBJECT_PASSED,
    TALLIED_GAP,
    TALLY,
)
from resolve.parsing.stated_approvals import approval
from resolve.parsing.vote_cues import PASSED_WORDS, deferred

READ_KINDS = frozenset(
    {"TEXT", "MARKER", "KEYVAL", "TRAILER", "META", "HEADING", "WHEREAS", "VERB"}
)
"""The kinds of a page the fallback reads: any other kind (a formula, a motion,
a clause, an organ line) is a form another reader understood. A note that opens
with a verb ("Thanks given to …", VERB) is read too: in minutes it is narrative."""
MINUTES_WORDS = 2
"""Different words of minutes ("meeting", "motion", "agenda") a page needs, one
of them naming the meeting or its minutes (not only a page of motions)."""
RECORD_MAX = 1500
"""Characters of a sentence that records one decision among the narrative."""
PENDING = 6
"""Sentences after a motion within which its outcome may still be told."""
MENU_RUN = 3
"""Bulleted lines of a few words in a row that make a page's menu of links."""

GAP = re.compile(
    r"(?<=[a-z0-9)\]]{2})(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?=\.[ \t]\d))"
    r"[.!?][\"”’')]?[ \t]++(?=[A-Z0-9\[(“\"])"
    r"|(?<=[.!?;:\"”’')])\n|\n(?![ \t]*+\n?[ \t]*+[a-z][^\n]*?[.!?][\"”’')]?[ \t]*+(?:\n|\Z))"
)
"""Where one sentence (or line) of a paragraph ends and the next begins; a line
that ends no sentence goes on with the next when that one opens in lower case
and ends the sentence, the tail of a hard wrap ("… that the agenda be adopted
as" / "presented." / "MOTION CARRIED")."""
WHEREAS_WORD = re.compile(r"[\W_]{0,6}+whereas\b", re.IGNORECASE)
"""A recital that says "Whereas" (not a "Because …" sentence read as one)."""
MOTION = re.compile(
    r"(?i)\b(?:motions?|motioned|moved|moves|(?:re)?proposed(?=[ \t]++(?:by|that|to|and)\b)"
    r"|it[ \t]++was[ \t]++proposed|proposal|show[ \t]++of[ \t]++hands|vote[ \t]++by)\b"
)
"""A motion put to the meeting: "A motion was made", "moved", "A motioned",
"proposed by A", "it was proposed", or a vote taken with no motion told ("Vote by
show of hands: …")."""
OUTCOME = re.compile(
    r"(?i)(?<!\bto[ \t]be[ \t])\b(?!voted[ \t]++(?:up)?on\b)"
    rf"(?:{PASSED_WORDS}|ratified|(?:re-?)?elected|appointed)\b"
)
"""The outcome of a motion: "carried", "adopted 59-0-0", "duly re-elected" (not
the intent "… to be elected by …", nor "we voted on a motion …", which tells
only that a vote was held)."""
LEAD_IN = re.compile(
    r"(?i)(?:the|this|that|our)[ \t]++(?:notice[ \t]++of[ \t]++)?(?:motion|resolution)"
    r"[ \t]++(?:is|was|reads|read)(?:[ \t]++as[ \t]++follows)?[ \t]*+:"
)
"""A line that only announces the motion's words below it ("The motion is:",
"The resolution reads as follows:")."""
ANAPHOR = re.compile(
    r"(?i)\b(?:this|that|the[ \t]++(?:above|said|same|foregoing)(?:[ \t-]?mentioned)?)"
    r"[ \t]++(?:notice[ \t]++of[ \t]++)?\Z"
)
"""The words before "motion" that point back to the motion already told ("This
motion was passed …", "… in favour of the above mentioned notice of motion"):
no new motion put to the meeting."""
FAILED = re.compile(
    r"(?i)\b(?:failed|fails|defeated|lost|withdrawn|not[ \t]++(?:been[ \t]++)?(?:[a-z]{2,20}ly[ \t]++)?"
    r"(?:carried|passed|approved|adopted))\b"
)
"""A motion that did not pass, an act not (yet) approved: "… had not been
specifically approved"."""
CLOSING = re.compile(
    r"(?i)\b(?:motion|moved?)\b[^.\n]{0,60}?\bto[ \t]++(?:table|lay\b|adjourn\b"
    r"(?![ \t]++(?:in)?to[ \t]++(?:an?[ \t]++)?(?:executive|closed)))"
)
"""A motion to table or to close the meeting (not one to adjourn into an
executive session): the meeting's procedure, not a decision."""
BARE = re.compile(
    r"(?i)[ \t\-–•*]*+(?:(?:the|this|motion|it|was|is|were|then|declared|duly|and|by|a"
    r"|unanimously|unanimous|vote|moved|seconded|carried|carries|passed|passes|approved"
    r"|adopted|agreed)[ \t,;]*+){1,8}[.!]?[ \t]*+"
)
"""A tally of its own, with no content: "Motion Passed", "moved, seconded,
carried.", "Motion declared carried.", "Carried unanimously."."""
UNMOVED = re.compile(
    r"(?i)\b(?:came[ \t]++to|reached)[ \t]++(?:a[ \t]++)?consensus\b"
    r"|\bconsensus[ \t]++was[ \t]++reached\b|\b(?:approved|adopted|agreed)[ \t]++by[ \t]++consensus\b"
    r"|\b(?:The|the|Our|our)[ \t]++consens\w*+(?:[ \t]++(?:view|opinion))?[ \t]++was[ \t]++that\b"
    r"|\bunanimous[ \t]++(?:approval|consent|vote)\b"
    r"|\bby[ \t]++(?:common|general)[ \t]++consent\b"
)
"""A decision told with no motion: "came to a consensus and agreed that …",
"The consensus (view) was that …" (the stem, as hurried minutes spell it),
"approved by consensus", "There was unanimous approval for the slate", "by
common consent, it was agreed that …" (the meeting's assent, even in a line that
reports something else first)."""
BODY_DECIDED = re.compile(
    r"[ \t]*+(?:(?:\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|[-*•–])[ \t]++)?"
    r"(?:[^\n:.]{1,40}:[ \t]++|[^\n.;:]{1,200}?,[ \t]++and[ \t]++)?"
    r"(?:(?i:after|following)[ \t]++(?:(?:some|a|brief|further|short|lengthy|full)[ \t]++){0,2}"
    r"(?i:debate|discussion|consideration)(?:[ \t]*+,)?[ \t]++)?"
    r"(?:The[ \t]++|the[ \t]++)?(?:[A-Z][a-z]++[ \t]++)?"
    r"(?:Board|Session|Council|Committee|Senate|Assembly|Congregation|Meeting|Membership"
    r"|Members|Vestry|Trustees|Directors|Governors|Commission|Executive|Branch|Chapter"
    r"|Synod|Conference|Convention|Delegates|Senators|Cabinet|Panel|Club|Society|Association"
    r"|board|council|committee|meeting|members|membership|congregation|executive"
    r"|senate|assembly|session|vestry|trustees|directors|governors|commission|branch|chapter)"
    r"[ \t]++(?:(?:then|also|unanimously)[ \t]++)?"
    r"(?:voted|approved|adopted|ratified|resolved|decided|passed|accepted|elected|appointed"
    r"|authori[sz]ed|agreed[ \t]++(?:to|that\b|(?!(?:with|on|upon|in|at|by|for|and|but)\b)(?=[a-z]))"
    r"|(?<![Mm]embers[ \t])(?:asked|requested)[ \t]++that\b)"
)
"""The body deciding at the head of its sentence: "Session voted to receive
the report", "Board approved $735,660 …", "The members agreed to …", "The
members agreed it is best to wait …" (not "agreed with …"); its name may carry
a word before it ("Kirk Session approved …", "Parish Council agreed …"), the body
may ask that a thing be done ("Session asked that the clerk send …", a request
of its own, operative under convention Q3; not "Members asked that …", a request
from the floor), the
sentence may open on the debate before the act ("After some discussion Session
agreed to …"), and the act may be the clause after ", and" ("It was noted that
…, and Session agreed …"), or the sentence may be a listed item ("2. Board
approved the budget."); not "…, the board approved …" inside a page's summary."""
ACRONYM_DECIDED = re.compile(
    r"[ \t]*+(?:(?:The|the)[ \t]++)?(?=[A-Z0-9&]{3})" + ACRONYM_WORD.pattern + r"[ \t]++"
    r"(?:(?:then|also|unanimously)[ \t]++)?(?:passed|adopted|approved|ratified|resolved|voted|decided)"
    r"[ \t]++(?:to[ \t]++[a-z]|that\b|(?:the|this|these|its)[ \t]++[a-z])"
)
"""The body named by its acronym of three letters or more deciding at the head of
its sentence: "SAC passed this appeal and will …", "The PGC approved the proposal"
(not "JB agreed to …", a member's undertaking, nor an acronym of two letters,
often a member's initials)."""
ASSENT = re.compile(
    r"(?i)[ \t\-–•*]*+(?:all|everyone|everybody)[ \t]++(?:present[ \t]++)?agreed\b"
    r"(?![ \t]++(?:to|that|with|on|upon|in)\b)"
)
"""A sentence that opens with the meeting's assent to the proposal told before
it: "All agreed.", "All Agreed – action A." (the action owner after it)."""
CLOCK = re.compile(r"[ \t]*+\d{1,2}[.:]\d{2}[ \t]*+(?i:[ap]\.?m\b)")
"""A line that opens with a time of day ("7.30 pm in the Hall."), read as a
numbered item by the classifier: not a list of the page."""
MEETING = re.compile(r"(?i)\b(?:meeting|minutes)\b")
"""The word that names the record of a meeting."""
SENTENCE_END = re.compile(r"[.!?][\"”’')]?[ \t]*+$")
"""A unit that ends a sentence: prose."""
CAPTION = re.compile(r"[^\n.;!?]{1,80}(?::|(?<![.;!?]))[ \t]*+")
"""A short line that ends no sentence: an item's caption, which ends the time a
motion above it waits for its outcome."""


MINUTES_LABEL = re.compile(r"[ \t#*_]*+(?i:minutes)[ \t*_]*+:?[ \t]*+")
"""A line that only labels what follows as the minutes ("Minutes", "## Minutes",
"MINUTES:"): a list under it is the record's items, not a page's clauses."""


def _minutes(ctx: Context) -> bool:
    """Does the page name a meeting's record twice, a field heading of one
    ("Attendees:", "Apologies:") or the meeting's kind ("Annual General
    Meeting") counted as one word?"""
    heading = MINUTES_HEADINGS.search(ctx.text) is not None
    kind = MEETING_KIND.search(ctx.text) is not None  # "Annual General Meeting"
    return ctx.minutes_words(len(ctx.text)) + heading + kind >= MINUTES_WORDS


def _applies(ctx: Context, units: list[Unit], kinds: list[str]) -> bool:
    """Is the page minutes that no other reader understood? Not when a list
    item comes before any prose sentence: the machine reads such a list as the
    clauses of the page (a list of names only, those present, is head)."""
    prose = False
    menu = _menu(ctx, units)
    for i, (u, kind) in enumerate(zip(units, kinds, strict=True)):
        # "## Minutes" / "1. …": the list under the record's own label is its items.
        prose = prose or (
            u.lines == 1 and MINUTES_LABEL.fullmatch(ctx.text, u.start, u.end) is not None
        )
        if (
            kind not in READ_KINDS
            and not _narrated_motion(ctx, u, kind)
            and not _bare_intro(kinds, i)
        ):
            return False
        if kind == "WHEREAS" and WHEREAS_WORD.match(ctx.text, u.start, u.end):
            return False
        opening = kind == "MARKER" and OPENING_ITEM.match(ctx.text, u.start, u.end) is not None
        if (
            kind == "MARKER"
            and not prose
            and not opening
            and CLOCK.match(ctx.text, u.start, u.end) is None
            and NAME_ITEM.fullmatch(ctx.text, u.start, u.end) is None
            and i not in menu
            and LONE_MARK.match(ctx.text, u.start, u.end) is None
        ):
            return False
        prose = prose or opening or SENTENCE_END.search(ctx.text, u.start, u.end) is not None
    listed = PASSED_LIST.search(ctx.text) is not None  # a report of the motions a meeting passed
    if _proceedings(ctx):
        return bool(units)
    return bool(units) and (_minutes(ctx) or listed) and MEETING.search(ctx.text) is not None


def _menu(ctx: Context, units: list[Unit]) -> set[int]:
    """The units that are items of a page's menu of links: bulleted lines of a
    few words each (:data:`MENU_ITEM`), in a run of at least :data:`MENU_RUN`
    (a lone "- None" under a heading is no menu)."""
    out: set[int] = set()
    run: list[int] = []
    for i, u in enumerate([*units, None]):
        if u is not None and MENU_ITEM.fullmatch(ctx.text, u.start, u.end) is not None:
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            out.update(run)
        run = []
    return out


def _proceedings(ctx: Context) -> bool:
    """Is the page the record of a session that tells the outcome of what it
    heard read in sentences of their own, twice or more ("… read by A. Adopted
    without debate.", "The resolution was adopted."), a convention's report
    that has no word of minutes?"""
    found = OUTCOMES_TOLD.finditer(ctx.text)
    return sum(1 for _ in zip(range(RECORD_OUTCOMES), found, strict=False)) >= RECORD_OUTCOMES


def _bare_intro(kinds: list[str], i: int) -> bool:
    """Is unit ``i`` a sentence that introduces a motion ("… the following motion
    was voted on:") over a line the machine reads as no motion's text ("Motion:
    That …" / "Moved A, seconded B. Unanimously passed.", typed as a vote line)?
    The fallback reads the two as one record."""
    return kinds[i] == "INTRO" and i + 1 < len(kinds) and kinds[i + 1] == "TRAILER"


def _narrated_motion(ctx: Context, u: Unit, kind: str) -> bool:
    """Is ``u`` a motion the classifier cut out of a paragraph of the minutes'
    narrative (it opens inside a line), its mover told before its act ("… called
    to order. Motion by A and second by B to accept the report. Motion passed."),
    not a "That …" motion? The fallback may read it, when the minutes run other
    motions inside their other paragraphs."""
    line = ctx.text.rfind("\n", 0, u.start) + 1
    return (
        kind == "THAT"
        and ctx.text[line : u.start].strip() != ""  # cut out of a run-in paragraph
        and MOVED_TO.match(ctx.text, u.start, u.end) is not None
    )


def _outside(units: list[Unit], kinds: list[str], records: list[tuple[int, int]]) -> bool:
    """Does a record stand outside the narrated motions the classifier typed,
    (a motion run inside another paragraph), or are there none? Otherwise the
    machine reads those motions, one each."""
    read = [(u.start, u.end) for u, k in zip(units, kinds, strict=True) if k == "THAT"]
    return not read or any(all(e <= a or s >= b for a, b in read) for s, e in records)


def _pieces(ctx: Context, units: list[Unit]) -> list[tuple[int, int]]:
    """The sentences and lines of the units, as (start, end) spans without the
    spaces around them."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for u in units:
        begin = u.start
        for gap in [*GAP.finditer(text, u.start, u.end), None]:
            stop = u.end if gap is None else gap.start() + len(gap.group().rstrip())
            s, e = begin, stop
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.extend(
                    t
                    for a, b in _listed_split(text, s, e)
                    for c, d in _tallied_split(text, a, b)
                    for t in _joined_split(text, c, d)
                )
            if gap is not None:
                begin = gap.end()
    return out


def _listed_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, cut before each motion it lists after
    telling that the meeting passed them ("… passed the following motions: (1)
    “That …”; (2) “that …”"); the sentence whole if it lists none."""
    m = PASSED_LIST.search(text, s, e)
    if m is None:
        return [(s, e)]
    cuts = [i.end() for i in LISTED_ITEM.finditer(text, m.end(), e)]
    if not cuts or text[m.end() : cuts[0]].strip():
        return [(s, e)]  # the first motion not right after the sentence
    out = []
    for a, b in pairwise([s, *cuts, e]):
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def _tallied_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, cut after each act's vote tally that a
    semicolon parts from the next act ("Bill 14-04 To fund … [[29:0:0]]; Bill 14-05
    …")."""
    cuts = [
        g.end()
        for t in TALLY.finditer(text, s, e)
        if (g := TALLIED_GAP.match(text, t.end() - 1, e)) is not None
    ]
    return [(a, b) for a, b in pairwise([s, *cuts, e])]


def _joined_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence from ``s`` to ``e``, cut before the "and" of an election
    stated as made after a decision in the same sentence ("The budget was
    approved, and the trustees were re-appointed."); the sentence whole if none."""
    cuts = joined_cuts(text, s, e)
    return [(a, b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in pairwise([s, *cuts, e])]


def _tallied(text: str, s: int, e: int) -> bool:
    """Does the sentence print the tally of a vote that carried ("… [[29:0:0]]"),
    more for than against?"""
    return any(int(t["yes"]) > int(t["no"]) for t in TALLY.finditer(text, s, e))


def _listed(text: str, pieces: list[tuple[int, int]]) -> set[int]:
    """The pieces that are motions listed after the sentence that tells the
    meeting passed them, each opening with its number ("(2) “that until …”")."""
    out: set[int] = set()
    for p in range(1, len(pieces)):
        s, before = pieces[p][0], pieces[p - 1]
        if text[s] == "(" and (
            p - 1 in out
            or (PASSED_LIST.search(text, *before) is not None and text[before[1] - 1] == ":")
        ):
            out.add(p)
    return out


def _result_headings(
    text: str, pieces: list[tuple[int, int]], records: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The numbered item headings that end with their result ("1. CONSENT AGENDA
    Unanimously approved") under which no other record is read before the next
    numbered item (a paragraph "Board approved …" under one is its record): each
    heading its own record, the lines under it (its sub-items) trailer."""
    items = [p for p, (s, _) in enumerate(pieces) if ITEM_NUMBER.match(text, s) is not None]
    out = []
    for h, stop in pairwise([*items, len(pieces)]):
        s, e = pieces[h]
        m = RESULT_HEADING.fullmatch(text, s, e)
        if m is None or PROCEDURE_ITEM.match(text, m.start("item"), m.end("item")) is not None:
            continue
        if only_postpones(text, s, e):
            continue  # "3. A motion was made to table this until May; all approved
        if not any(h <= last and first < stop for first, last in records):
            out.append((h, h))
    return out


def _decided(text: str, s: int, e: int) -> bool:
    """Does the sentence tell a positive outcome, not a failed or procedural motion?"""
    return (
        OUTCOME.search(text, s, e) is not None
        and FAILED.search(text, s, e) is None
        and CLOSING.search(text, s, e) is None
        and not only_postpones(text, s, e)
    )


def _unmoved(text: str, s: int, e: int) -> bool:
    """Does the sentence tell a decision taken with no motion?"""
    if (
        UNMOVED.search(text, s, e)
        or BODY_DECIDED.match(text, s, e)
        or ACRONYM_DECIDED.match(text, s, e)
        or agreed_passive(text, s, e)
        or NAMED_PASSED.match(text, s, e)
        or SUBJECT_PASSED.match(text, s, e)
        or RATIFIED_PASSIVE.match(text, s, e)
        or ELECTED_VOTE.search(text, s, e)
        or RULE_WAIVED.search(text, s, e)
        or election_made(text, s, e)
    ):
        return FAILED.search(text, s, e) is None
    m = AGREED_RECORD.search(text, s, e)
    return (
        m is not None
        and REPORTED_THAT.search(text, s, m.start()) is None
        and not deferred(text, m.start(), m.end(), e)
    )


def _acted(text: str, pieces: list[tuple[int, int]], p: int) -> bool:
    """Is piece ``p`` a listed item the body opens ("2. Board approved the
    minutes.") in a run of such items right under a heading that names them
    the meeting's acts ("Actions Taken")? Each is a decision, the minutes'
    approval too."""
    q = p
    while q >= 0 and ITEM_NUMBER.match(text, *pieces[q]) and BODY_DECIDED.match(text, *pieces[q]):
        q -= 1
    return (
        0 <= q < p
        and ACTIONS_HEADING.fullmatch(text, *pieces[q]) is not None
        and FAILED.search(text, *pieces[p]) is None
    )


def _amended(text: str, pieces: list[tuple[int, int]], first: int, stop: int) -> int | None:
    """The motion an amendment decided before ``stop`` amends: the first motion
    moved from ``first`` on (the amendments are moved after it), if any."""
    return next(
        (q for q in range(first, stop) if MOTION.search(text, *pieces[q]) is not None), None
    )


def _moves(text: str, s: int, e: int) -> bool:
    """Does the sentence put a motion to the meeting, not only point back to one
    told before it ("This motion was passed …")?"""
    return any(
        not m.group().lower().startswith("motion")
        or ANAPHOR.search(text, max(s, m.start() - 40), m.start()) is None
        for m in MOTION.finditer(text, s, e)
    )


def _motion_text(text: str, pieces: list[tuple[int, int]], first: int, last: int) -> int:
    """The first piece of a record from ``first`` to ``last``: the motion's own
    text, not the line before it that only announces it ("The motion is:")."""
    s, e = pieces[first]
    if first < last and text[e - 1] == ":" and LEAD_IN.fullmatch(text, s, e) is not None:
        return first + 1
    return first


def _records(ctx: Context, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The records, as (first, last) piece indices, in order."""
    text = ctx.text
    records: list[tuple[int, int]] = []
    pending: int | None = None
    held = chain = -1  # the last amendment decided, and the motion it amends
    listed = _listed(text, pieces) | counted_items(text, pieces)  # one record per listed motion
    for p, (s, e) in enumerate(pieces):
        if p in listed or p + 1 in listed:
            if p in listed:
                records.append((p, p))  # "(1) “That this branch …”", not the sentence over it
            pending = None
            continue
        if e - s > RECORD_MAX:
            pending = None
            continue
        moving = _moves(text, s, e)
        seconding = SECONDED.search(text, s, e) is not None
        bare = (
            BARE.fullmatch(text, s, e) is not None
            or ASSENT.match(text, s, e) is not None
            or OUTCOME_ALONE.fullmatch(text, s, e) is not None  # "Adopted without¶debate."
        )
        taken = records[-1][1] if records else -1
        if pending is not None and (p - max(pending, held) > PENDING or CLOSING.search(text, s, e)):
            pending = None
        if AMENDMENT_DECIDED.fullmatch(text, s, e) is not None:
            amended = (
                chain if chain > taken else _amended(text, pieces, max(taken + 1, p - PENDING), p)
            )
            if amended is not None:  # the amended motion waits for its own outcome
                pending, held, chain = amended, p, amended
            continue
        if bare and (moving or seconding or _decided(text, s, e)) and pending is None and p > 0:
            if taken == p - 1:
                records[-1] = (
                    records[-1][0],
                    p,
                )  # "… approved with a motion by A." / "Motion carries."
                continue
            pending = p - 1  # "Executive recommendation: …" / "Motion Passed"
        if pending is not None and (
            _decided(text, s, e) or (pending == p - 1 and act_done(text, pieces[pending], (s, e)))
        ):  # or its act told done right under it
            records.append((_motion_text(text, pieces, max(pending, taken + 1), p), p))
            pending = None
        elif moving and text[s:e].rstrip().endswith(":"):
            pending = p  # "… the following motion was voted on:": the motion is below
        elif (moving or seconding) and _decided(text, s, e):
            records.append((p, p))
            pending = None
        elif moving and not seconding and FAILED.search(text, s, e) is None:
            pending = p
        elif seconding and pending is None and p > 0 and p - 1 > taken:
            pending = p - 1  # "A made a oration to …" / "Seconded by B." / "Motion carried."
        elif (
            _unmoved(text, s, e)
            or _tallied(text, s, e)
            or _acted(text, pieces, p)
            or approval(text, s, e)  # "The minutes were approved.": stated, counted
        ):
            records.append((p, p))
            pending = None
        elif pending is not None and CAPTION.fullmatch(text, s, e) and not seconding:
            pending = (
                None if held < pending else pending
            )  # amended: debate goes on  # an item's caption: the motion above was left without outcome
    return sorted(records + _result_headings(text, pieces, records))


def fallback_records(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each decision of minutes that no other reader understood begins:
    the units are split at each record's edges (in place), the record marked
    THAT, what stands before the first META and the rest TRAILER. Empty (and
    nothing changed) unless the page is such minutes and records a decision."""
    if not _applies(ctx, units, kinds):
        return []
    pieces = _pieces(ctx, units)
    records = [  # a record of several motions adopted separately: one each
        t
        for a, b in _records(ctx, pieces)
        for t in separate_motions(ctx.text, pieces[a][0], pieces[b][1])
    ]
    if not records or not _outside(units, kinds, records):
        return []
    firsts = {s for s, _ in records}
    split = cut_at_offsets(ctx.text, units, sorted(firsts | {e for _, e in records}))
    first = records[0][0]
    units[:] = split
    kinds[:] = [
        "THAT" if u.start in firsts else "META" if u.start < first else "TRAILER" for u in split
    ]
    return [u.start for u in split if u.start in firsts and u.start != first]
