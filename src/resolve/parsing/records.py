"""Forms of meeting records and Markdown pages, as pure tests for the state
machine: minutes prose before a bare RESOLVED, a title that ends a page's
prose, a list under a RESOLVED clause that introduces it, prose going on after
the last clause, captions between recitals and Markdown tables inside them.
Like :mod:`resolve.parsing.classify`, whose cues they use.
"""

from __future__ import annotations

import re

from resolve.parsing.builders import BODY, HEAD, PRE, TAIL, ClauseB, RecitalB, ResB
from resolve.parsing.captions import resolution_ahead, stopped_title
from resolve.parsing.classify import head_above, introduces_list, is_title, prose_only
from resolve.parsing.context import Context
from resolve.parsing.minutes_cues import (
    ADOPTED_LIST,
    AS_FOLLOWS_END,
    COUNTED_INTRO,
    DECIDED_COLON,
    INFINITIVE_ACT,
    LABELLED_MOTION,
    MINUTES_PROSE,
    MINUTES_RECORD,
    MOTION_STATUS,
    MOTION_THAT,
    MOVED_ITEM,
    QUOTE_OPENS,
    REGISTER_MIN,
    STATUS_LINE,
    TABLE_ROW,
    TEXT_WAS,
    counted,
)
from resolve.parsing.motion_cues import QUOTED_MOTION
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    BULLETS,
    ENACTING_COLON,
    ITEM_CAPTION,
    MARKER,
    REPORT_RECOMMENDS,
    THEREFORE,
    TITLE_START,
    ends_with,
    first_item,
    marker_end,
    match_lead,
)
from resolve.parsing.sentences import POINTED_STATEMENT
from resolve.parsing.series_thats import leads_on


def titled_after_prose(ctx: Context, u: Unit, kind: str, nxt: str | None, r: ResB) -> bool:
    """Is ``u`` a title line between prose paragraphs and the first recital
    opener ("…the Board approved the following resolution:" / "Establish the
    Apache Foo Project" / "WHEREAS, …")? A preamble's prose paragraph never
    stands before its resolution's title, so the prose above was page head.
    A paragraph ending in ":" right above the title introduces it (a written
    consent's "… hereby adopts the following resolutions:" over a section
    caption) and stays a recital (tests/corpus/README.md)."""
    return (
        r.state == PRE
        and nxt in ("WHEREAS", "FORMULA")
        and bool(r.recitals)
        and prose_only(r)
        and not _adopting_sentence(ctx.t_range(r.recitals[-1].start, r.recitals[-1].end))
        and not leads_on(ctx.t_range(r.recitals[-1].start, r.recitals[-1].end))
        and kind in ("TEXT", "VERB")
        and u.lines == 1
        and (
            (len(ctx.t(u)) <= 120 and not ends_with(ctx.t(u), ".;,:"))
            # "A Concurrent Resolution informing the Governor that …." (a long title)
            or TITLE_START.match(ctx.t(u)) is not None
            # "“Amend the Rules … to set a special order …”": a caption in quotation marks
            or QUOTED_MOTION.fullmatch(ctx.t(u)) is not None
            # "In Honor of the Fire Companies.": a caption in title case with its stop
            or stopped_title(ctx.t(u))
        )
        and is_title(ctx, u, kind, HEAD)
        # "…our communities" / "THEREFORE, BE IT RESOLVED": a prose preamble's
        # last line with no stop leads on into its formula; it is no title.
        and not (nxt == "FORMULA" and THEREFORE.search(ctx.text[u.end : u.end + 200].lstrip()[:60]))
    )


def item_over_lead_in(ctx: Context, u: Unit, kind: str, nxt: str | None, r: ResB) -> bool:
    """Is ``u`` a numbered minute item's caption, one line with no closing stop,
    right above the sentence that leads into a resolution ("23.   Notes of the
    last meeting to be approved" / "It was proposed by …, seconded by … and:-")?
    The prose paragraphs read as recitals above it were the minutes' earlier items."""
    text = ctx.t(u)
    return (
        r.state == PRE
        and kind == "MARKER"
        and nxt == "INTRO"
        and bool(r.recitals)
        and prose_only(r)
        and u.lines == 1
        and len(text) <= 160
        and text[:1] not in BULLETS
        and not ends_with(text, ".;,:")
    )


def next_minute_item(ctx: Context, u: Unit, kind: str, nxt: str | None, r: ResB) -> bool:
    """Is ``u`` the caption of the minutes' next numbered item ("24.   Co-Option
    to Vacant Seat" over "The Clerk reported …"), after a resolution whose
    clauses carry no number and end their sentence? Not one more clause."""
    roots = r.clauses.roots
    text = ctx.t(u)
    return (
        r.state == BODY
        and kind == "MARKER"
        and nxt == "TEXT"
        and r.formula is not None
        and bool(roots)
        and not r.clauses.marked
        and ends_with(ctx.t_range(roots[-1].start, roots[-1].end), ".")
        and u.lines == 1
        and len(text) <= 160
        and text.lstrip()[:1].isdigit()
        and not ends_with(text, ".;,:")
    )


def minutes_record(ctx: Context, r: ResB) -> bool:
    """Are the prose paragraphs before a bare formula the record of a meeting:
    many of them, or the discussion under an agenda item ("3   Grants
    Committee"), or a paragraph that records what the meeting did ("The
    Treasurer presented …", "… the following resolution was adopted:")?"""
    if len(r.recitals) >= MINUTES_PROSE:
        return True
    if any(ITEM_CAPTION.match(h.text) for h in r.heading):
        return True
    return any(MINUTES_RECORD.search(ctx.text, x.start, x.end) for x in r.recitals)


def root_opens_list(ctx: Context, r: ResB) -> bool:
    """Is the open clause an unmarked one whose own text introduces a list
    ("That the Board acknowledges the following individuals:")? Then the
    items under it are its sub-clauses, not further clauses."""
    tree = r.clauses
    root = tree.roots[-1] if tree.roots else None
    return (
        root is not None
        and root.marker is None
        and bool(tree.stack)
        and tree.stack[0].node is root
        and introduces_list(ctx.t_range(root.start, root.end))
    )


_AMENDS_AS_FOLLOWS = re.compile(
    r"(?i)(?:\b(?:amend(?:ed|s)?|revised?|revises|deleted|strike|struck|insert)\b[^:]{0,160}?"
    r"\b(?:as[ \t]++follows|to[ \t]++read|substituted[ \t]++there(?:for|fore)|the[ \t]++following)"
    r"|\b(?:is|are)[ \t]++hereby[ \t]++(?:added|inserted))"
    r"[ \t]*+[:—–][ \t]*+$"
)
"""A clause that amends a text and quotes the new text under it: "… be amended as follows:",
"A new article is hereby added:",
"… be amended to read—",
"… BE REVISED AS FOLLOWS:"."""


def quotes_amendment(ctx: Context, r: ResB) -> bool:
    """Does the open clause amend a text "as follows:" ("That the Bylaws … be
    amended as follows:", "1. RESOLVED, THAT THE BYLAWS … BE REVISED AS
    FOLLOWS:")? Then the sections below it ("Section 2: The agenda …") are the
    amended text it quotes, not further clauses, whether or not the clause is
    numbered itself. The amending words may stand in its last paragraph ("…, namely:" /
    "Strike out … section nine, which is as follows:")."""
    tree = r.clauses
    root = tree.roots[-1] if tree.roots else None
    if root is None or not tree.stack or tree.stack[0].node is not root:
        return False
    last = root.children[-1] if root.children and root.children[-1] is tree.last() else root
    return any(_amends_as_follows(ctx.t_range(c.start, c.end)) for c in (root, last))


def _amends_as_follows(text: str) -> bool:
    # _AMENDS_AS_FOLLOWS ends the text ("$": before one last newline) on ":", "—"
    # or "–" and blanks: a text that does not is not searched through (a long root clause).
    end = text[:-1] if text.endswith("\n") else text
    return end.rstrip(" \t")[-1:] in (":", "—", "–") and bool(_AMENDS_AS_FOLLOWS.search(text))


_ELISION = re.compile(r"[ \t]*+(?:\.[ \t]?){3,}[ \t]*+|[ \t]*+…[ \t]*+")


def quoted_wording(ctx: Context, r: ResB, u: Unit) -> bool:
    """Does ``u`` open with a quotation mark under a clause that amends a text
    "to read—" or "as follows:" ("“BE IT RESOLVED, that the Association urge
    …”")? The new wording it quotes, however it opens: more of that clause."""
    return ctx.t(u).lstrip()[:1] in '“"' and quotes_amendment(ctx, r)


def elides_quoted(ctx: Context, r: ResB, u: Unit) -> bool:
    """Is ``u`` an ellipsis alone ("...") inside the text a clause quotes "as
    follows:"? It marks the quoted text's omitted part: more of that text."""
    return _ELISION.fullmatch(ctx.t(u)) is not None and quotes_amendment(ctx, r)


def after_unknown(ctx: Context, r: ResB, u: Unit) -> bool:
    """Did prose that is not a clause come after every clause? Then a bulleted
    item there belongs to that prose (minutes going on after the last
    resolution), not to the clauses. So does a lettered item after a quoted
    motion that closed its quotation and its sentence (“That, the approval …
    2014.” / "(b) Circulated, copy of Statutory Notice …"): the next minutes
    item, not the motion's list. So does a list that starts anew ("a) …") after
    such prose, below unnumbered clauses."""
    roots = r.clauses.roots
    if r.formula is None and len(roots) == 1 and roots[0].marker is None and not roots[0].children:
        motion = ctx.t_range(roots[0].start, roots[0].end).strip()
        if motion[:1] in '“"' and motion.endswith((".”", '."', "”.", '".')):
            return True
    if not r.unknown or not roots:
        return False
    if ctx.t(u)[:1] not in BULLETS and (
        # "3103.04 Accounts" / "a) Councillors received …" after unnumbered
        # clauses that introduce no list: a new list in the minutes going on.
        r.clauses.marked
        or introduces_list(ctx.t_range(roots[-1].start, roots[-1].end))
        or not (
            first_item(ctx.text, u.start, u.end)
            or MARKER.match(ctx.text, r.unknown[-1].start, r.unknown[-1].end) is not None
        )
    ):
        return False
    # Clauses are made in text order and only the open path (the last root and
    # its last descendants) is ever extended, so the clauses end where that path
    # ends: walking it, not the whole tree, keeps a long text linear.
    end = 0
    node: ClauseB | None = roots[-1]
    while node is not None:
        end = max(end, node.end)
        node = node.children[-1] if node.children else None
    return r.unknown[-1].start >= end


def caption_between(ctx: Context, u: Unit, kind: str, nxt: str | None, r: ResB) -> bool:
    """A one-line caption between WHEREAS recitals ("**License exceptions for
    MPL components**"): a topic heading inside one resolution, counted nowhere."""
    text = ctx.t(u)
    return (
        kind == "TEXT"
        and r.state == PRE
        and nxt == "WHEREAS"
        and bool(r.recitals)
        and r.recitals[-1].opener_kind == "whereas"
        and u.lines == 1
        and len(text) <= 120
        and is_title(ctx, u, kind, HEAD)
        and not ends_with(text.rstrip("*_ \t"), ".;,:")
    )


def table_goes_on(ctx: Context, u: Unit, last_start: int, last_end: int) -> bool:
    """Is ``u`` a Markdown table row under a part that introduced it (":") or
    whose table it continues? The table is part of that recital or clause."""
    if not all(TABLE_ROW.fullmatch(line) for line in ctx.t(u).splitlines()):
        return False
    before = ctx.t_range(last_start, last_end)
    return ends_with(before, ":") or TABLE_ROW.fullmatch(before.splitlines()[-1]) is not None


def _adopting_sentence(text: str) -> bool:
    """A sentence (not a short "Day 2:" label) ending in ":" that introduces what follows."""
    return ends_with(text, ":") and len(text.split()) >= 8


def minutes_cues(ctx: Context, r: ResB) -> int:
    """How many different words of minutes ("meeting", "agenda", "moved") the
    text up to the last recital holds (a section of minutes may hold none of
    them itself); 0 when the last recital runs on into the formula ("Inasmuch
    as …," / "Resolved, That …"), which makes it part of the resolution."""
    end = r.recitals[-1].end if r.recitals else 0
    if r.recitals and ends_with(ctx.t_range(r.recitals[-1].start, end), ","):
        return 0
    return ctx.minutes_words(end)


def repeats_head(ctx: Context, u: Unit, done: list[ResB]) -> bool:
    """Is ``u`` word for word a heading line of a resolution just finished (a
    proposer's name printed over each resolution of a page, "Edmonton Public
    Teachers")? Then it heads the next resolution; it never continues a
    sentence, even one a list item left open."""
    text = ctx.t(u).strip()
    if len(text.split()) < 2 or not text[:1].isalpha():
        return False  # a table's "|" or a lone word repeats without heading anything
    return any(h.text.strip() == text for r in done for h in r.heading)


def repeats_prose(ctx: Context, u: Unit, kind: str, r: ResB) -> bool:
    """Does prose ``u`` repeat, word for word, a prose paragraph already read
    as a recital ("The Story of … eBook" / "This eBook … consists of …" twice)?
    No preamble says the same paragraph twice: the prose so far is a web
    page's header printed again, head of the resolution below."""
    if kind != "TEXT" or r.state != PRE or not prose_only(r):
        return False
    text = " ".join(ctx.t(u).split())
    return len(text) >= 20 and any(
        " ".join(ctx.t_range(x.start, x.end).split()) == text for x in r.recitals
    )


QUOTED_MIN = 40
"""Characters a part needs before its repetition counts as a quotation of it."""
QUOTED_PARTS = 20
"""Recitals, and clauses, compared with a unit that may quote them."""


def opens_lead(ctx: Context, u: Unit) -> bool:
    """Does the numbered item ``u`` open with a resolving lead after its number
    ("5.1 BIRT the council fund …", "3. RESOLVED, That …")?"""
    return match_lead(ctx.text, marker_end(ctx.text, u.start, u.end), u.end) is not None


def opens_quote(text: str) -> bool:
    """Does ``text`` open a quotation of a part ("… approve the Original motion
    'WHEREAS, …"): a quotation mark before a recital opener or a resolving lead?"""
    return QUOTE_OPENS.search(text) is not None


def quotes_part(ctx: Context, u: Unit, r: ResB) -> bool:
    """After the clauses and after a quotation mark opened it (the caller's
    :func:`opens_quote`), does ``u`` open with a part of this resolution again,
    word for word ("Vote Results:" / "… seconded to approve the Original motion
    'WHEREAS, the Board …; and" / "WHEREAS, such policy …;" / "NOW THEREFORE BE IT
    RESOLVED that …'. Upon a Roll-Call Vote …")? A record that quotes the motion
    it voted on: the record, no new recital or clause."""
    if r.state not in (BODY, TAIL) or not r.clauses.roots or u.end - u.start < QUOTED_MIN:
        return False
    text = " ".join(ctx.t(u).split()).lstrip("'‘\"“")
    # The first parts only: a record quotes a motion of a few parts, and a
    # comparison with every part of a long list would cost its square.
    spans = [(x.start, x.end) for x in r.recitals[:QUOTED_PARTS]]
    spans += [(c.start, c.end) for c in r.clauses.roots[:QUOTED_PARTS]]
    if r.formula is not None:
        spans.append((r.formula.span.start.offset, r.clauses.roots[0].end))
    for start, end in spans:
        # the part's closing punctuation and a table's cell mark ("… Program. |") aside
        part = " ".join(ctx.t_range(start, end).split()).rstrip(" .;,'’\"”|")
        if len(part) >= QUOTED_MIN and text.startswith(part):
            return True
    return False


def adopted_list(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution of a page that lists adopted resolutions begins:
    under a "Resolutions Adopted" heading, numbered one-paragraph items with no
    formula, recital opener or organ line anywhere ("1. The Association
    supports … (BD 1-1)"), each item one resolution of one clause. Empty for
    any other document."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []
    heading = next(
        (i for i, u in enumerate(units) if u.lines <= 2 and ADOPTED_LIST.fullmatch(ctx.t(u))), None
    )
    if heading is None:
        return []
    items = [
        u.start
        for u, k in zip(units[heading + 1 :], kinds[heading + 1 :], strict=True)
        if k == "MARKER"
        and ctx.t(u).lstrip()[:1].isdigit()
        and ctx.t(u).rstrip()[-1:] in (".", ")")
    ]
    return items if len(items) >= 2 else []


def moved_items(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a list of numbered motions recorded with their
    movers begins ("1. M/S/C A/B – That the union donate …" / "2. M/S/C C/D –
    That a committee be struck …"): each item one resolution of one clause.
    Empty unless two or more such items stand and no formula or recital does.
    When the list gives some motions a status line ("Debated and carried
    March 11."), only those recorded carried are resolutions: one negatived is
    not, nor one with no status (a notice with no outcome, convention 8); such
    items are the head above the first carried one and trailer after it."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN") for k in kinds):
        return []
    items = [
        i
        for i, (u, k) in enumerate(zip(units, kinds, strict=True))
        if k == "MARKER"
        and MOVED_ITEM.match(ctx.text, marker_end(ctx.text, u.start, u.end), u.end) is not None
    ]
    if len(items) < 2:
        return []
    status = {
        i: m
        for i in items
        if i + 1 < len(units)
        and kinds[i + 1] == "TEXT"
        and (m := MOTION_STATUS.fullmatch(ctx.text, units[i + 1].start, units[i + 1].end))
    }
    carried = [i for i in items if i in status and status[i]["carried"]]
    if status and carried:
        for i in items:
            if i not in carried:
                kinds[i] = "META" if i < carried[0] else "TRAILER"  # no recorded adoption
        items = carried
    return [units[i].start for i in items]


def counted_list(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each resolution that minutes count begins: after "the following two
    resolutions were unanimously passed:", that many RESOLVED paragraphs in a row,
    each one resolution (a formula with its one clause), not clauses of one."""
    breaks: list[int] = []
    for i, u in enumerate(units):
        m = COUNTED_INTRO.search(ctx.text, max(u.start, u.end - 160), u.end)
        if m is None or kinds[i] not in ("TEXT", "INTRO"):
            continue
        n = counted(m.group(1))
        run = kinds[i + 1 : i + 1 + n]
        if len(run) == n and all(k == "FORMULA" for k in run):
            breaks.extend(x.start for x in units[i + 2 : i + 1 + n])
    return breaks


def labelled_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a meeting summary's list begins, each item a labelled
    motion ("• Motion 1: Council approves …" / "• Motion 2: …"), with no formula,
    recital opener or organ line anywhere: each item one resolution of one clause
    (marked THAT); the prose above the list is the page's head (marked META). An item among them that is no labelled motion ("• Motion 3 and
    Motion 4 … were approved for removal …") records what the meeting did: marked
    TRAILER, the record under the motion before it. Empty for any other document."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []
    items = [
        i
        for i, (u, k) in enumerate(zip(units, kinds, strict=True))
        if k == "MARKER"
        and u.lines == 1
        and LABELLED_MOTION.match(ctx.text, marker_end(ctx.text, u.start, u.end), u.end)
    ]
    if len(items) < 2:
        return []
    head_above(kinds, items[0])
    for i in range(items[0], items[-1] + 1):
        kinds[i] = "THAT" if i in items else "TRAILER" if kinds[i] == "MARKER" else kinds[i]
    return [units[i].start for i in items[1:]]


def listed_motions(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """Where each motion of a page that lists the motions a meeting passed
    begins: under "The following motions were approved by …:", a run of two or
    more one-line paragraphs each opening with "THAT", each one resolution of
    one clause (the lead-in introduces them). Marks the lead-in INTRO and the
    motions THAT; empty for any other document."""

    def one_line_that(j: int) -> bool:
        return (
            kinds[j] in ("TEXT", "THAT")
            and units[j].lines == 1
            and MOTION_THAT.match(ctx.text, units[j].start, units[j].end) is not None
        )

    for i, j in ctx.listed_runs(units, kinds, one_line_that):
        if j - i - 1 >= 2:
            kinds[i] = "INTRO"
            kinds[i + 1 : j] = ["THAT"] * (j - i - 1)
            return [x.start for x in units[i + 2 : j]]
    return []


def recommendation_register(ctx: Context, units: list[Unit], kinds: list[str]) -> list[int]:
    """The recommendations of a page that registers them with their outcome, each
    a status line ("R 12-3 - Approved") over one infinitive sentence ("To approve
    …"), with no formula, recital opener or organ line anywhere: the index of each
    sentence, the one clause of its own resolution. Empty for any other document."""
    if any(k in ("FORMULA", "RESOLVES", "WHEREAS", "ORGAN", "THAT") for k in kinds):
        return []
    acts = [
        i + 1
        for i, u in enumerate(units[:-1])
        if u.lines == 1
        and STATUS_LINE.fullmatch(ctx.text, u.start, u.end)
        and kinds[i + 1] in ("TEXT", "VERB")
        and INFINITIVE_ACT.match(ctx.text, units[i + 1].start, units[i + 1].end)
    ]
    return acts if len(acts) >= REGISTER_MIN else []


def enacting_colon(
    ctx: Context, kinds: list[str], i: int, u: Unit, nxt: str | None, r: ResB
) -> bool:
    """Does prose ``u`` enact the numbered list after it, with no formula anywhere
    after ("… takes the following actions …:" / "1. Bylaws … are hereby
    adopted.", "The Board decided:" / "(a) that …")? Then it is the formula and the items are the clauses; a
    paragraph that only reports ("the LC recommended that the Board:") is not."""
    return (
        nxt == "MARKER"
        and r.state in (HEAD, PRE)
        and r.formula is None
        and not r.clauses.roots
        and (
            ENACTING_COLON.search(ctx.text, max(u.start, u.end - 200), u.end) is not None
            or DECIDED_COLON.search(ctx.text, max(u.start, u.end - 200), u.end) is not None
            or POINTED_STATEMENT.search(ctx.text, max(u.start, u.end - 200), u.end) is not None
        )
        and not resolution_ahead(kinds, i)
    )


def report_heads(ctx: Context, u: Unit, r: ResB) -> bool:
    """Is enacting prose ``u`` a committee's report in the first person ("We, your
    Committee …, recommend as follows:") after prose only? Then that prose (the
    minute that introduces the report, its address) heads the resolution."""
    return (
        r.state is PRE
        and bool(r.recitals)
        and prose_only(r)
        and REPORT_RECOMMENDS.search(ctx.text, max(u.start, u.end - 200), u.end) is not None
    )


def minutes_motion(ctx: Context, u: Unit, r: ResB) -> bool:
    """Are the prose paragraphs before "That …" motion ``u`` the record of a
    meeting (:func:`minutes_record`, and words of minutes up to the motion, its
    "Moved by:" / "Seconded by:" lines included)? Then, as before a bare
    RESOLVED, they head the motion (tests/corpus/README.md, "Minutes prose is
    not a preamble")."""
    return (
        r.state is PRE
        and bool(r.recitals)
        and prose_only(r)
        and minutes_record(ctx, r)
        and ctx.minutes_words(u.start) >= 2
    )


def motion_below(ctx: Context, intro: Unit, u: Unit) -> bool:
    """Is ``u``, right under the sentence ``intro`` that introduces it, the text
    adopted: a motion "That …", or any paragraph under "The text of the resolution was:"?"""
    return (
        MOTION_THAT.match(ctx.text, u.start, u.end) is not None
        or TEXT_WAS.search(ctx.text, intro.start, intro.end) is not None
    )


def adopted_paragraph(
    ctx: Context, units: list[Unit], kinds: list[str], i: int, r: ResB
) -> str | None:
    """Under "The text of the resolution was:" (a record line, no formula), is
    plain unit ``i`` the adopted text's next paragraph ("clause"), or the content
    of a paragraph above it that ends "… as follows." ("content")? None if not there."""
    tree = r.clauses
    if r.formula is not None or not tree.roots or tree.marked:
        return None
    j = i - 1
    while j >= 0 and kinds[j] == "TEXT":
        j -= 1
    if j < 0 or kinds[j] != "INTRO" or tree.roots[0].start < units[j].end:
        return None
    if TEXT_WAS.search(ctx.text, units[j].start, units[j].end) is None:
        return None
    root = tree.roots[-1]
    own = ctx.text[root.start : root.children[0].start if root.children else root.end]
    return "content" if AS_FOLLOWS_END.search(own) else "clause"


_QUOTED_BELOW = re.compile(r":[ \t]*+\r?\n\s*+[\"“‘']")
"""A recital that introduced a quotation in its own paragraphs below it: "… which
said resolution was as follows:" / "“That in lieu of …"."""


def quotation_goes_on(
    ctx: Context, units: list[Unit], kinds: list[str], i: int, last: RecitalB
) -> bool:
    """Is plain unit ``i`` a paragraph of the quotation that recital ``last``
    introduced with a colon (its first paragraph, ``i`` or one already in the
    recital, opening with a quotation mark), every paragraph up to the next
    recital or formula plain prose? Then the quoted text (a bill, an amendment)
    runs on to there."""
    if _QUOTED_BELOW.search(ctx.text, last.start, units[i].start + 1) is None:
        return False
    j = i
    while j < len(kinds) and kinds[j] == "TEXT":
        j += 1
    return j < len(kinds) and kinds[j] in ("WHEREAS", "FORMULA", "RESOLVES")
