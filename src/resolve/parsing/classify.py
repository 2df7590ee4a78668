"""Layout cues: pure tests over paragraph units for the state machine.

What kind a unit is (:func:`classify`); whether it is a title, page furniture
of a PDF extract, a section or item caption, a document-header line, or the
start of the next resolution in a book; what kind of trailer it is. Each
function reads its arguments and changes nothing.
"""

from __future__ import annotations

from resolve._text import collapse
from resolve.model import HeadingLineKind, TrailerKind
from resolve.parsing.builders import (
    BODY,
    HEAD,
    TAIL,
    ClauseB,
    RecitalB,
    ResB,
    State,
)
from resolve.parsing.captions import (
    item_caption,
    kind_ahead,
    marker_title,
    numbers_on,
    resolution_ahead,
    section_caption,
    stopped_title,
)
from resolve.parsing.context import Context
from resolve.parsing.minutes_cues import (
    COUNTED_INTRO,
    DIVISION,
    MOVED_TO,
    MOVER_COLON,
    MOVER_CREDIT,
    MOVER_LEAD_IN,
    NAMED_READS,
)
from resolve.parsing.motion_cues import (
    ADOPTS_MOTION,
    FOLLOWING_MOVED_BY,
    MOTION_INTRO,
    MOTION_MOVER_COLON,
)
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    ADOPTED,
    BARE_FORM_LABEL,
    BODY_WILL,
    BULLETS,
    CARRIED,
    CERTIFY,
    CONNECTOR_UNIT,
    CONTINUED,
    DATE,
    ENDS_CONNECTOR,
    FOOTNOTE,
    FUNCTION_WORD_END,
    FURTHER,
    INTRO,
    LIST_CONNECTOR,
    LONG_TITLE,
    MD_HEADING,
    MEMORIAL_ADDRESS,
    NOTE_ITEM,
    NUMBER_ONLY,
    OCR_ONE,
    ORGAN_UNIT,
    PRAY,
    PREAMBULAR_END,
    RESOLVES_THAT,
    RESOLVES_UNIT,
    SESSION,
    SPONSOR,
    SUPERSCRIPTS,
    THAT_BODY,
    THAT_MOTION,
    TITLE_MAX,
    TITLE_START,
    VOTE_TABLE,
    WHEREAS_OPENER,
    WILL_COLON,
    WORDY,
    ends_mid_sentence,
    ends_with,
    marker_end,
    match_lead,
    quote_closes,
)
from resolve.parsing.patterns import trailer_kind as trailer_words
from resolve.parsing.sentences import (
    ACRONYM_WILL,
    BARE_THAT,
    BODY_RESOLVES_THAT,
    CAPS_ACT,
    DATED_THE_DAY,
    DELEGATES_ACT,
    EMPHASISED_CONNECTOR,
    ENACTING_THEREFORE,
    ENDS_FURTHER,
    FURTHER_RESOLVE,
    HEREBY_ACT,
    MOTION_CALLS,
    MOTION_CALLS_LATE,
    MOTION_LABEL,
    MOTION_NOTES,
    MOTION_SECTION,
    NOTING_ACTS,
    SUBJECT_THEREFORE,
    THAT_SEMICOLON,
    THEREFORE_HEREBY,
    WE_COLON,
    WE_ORGAN,
)
from resolve.phrases import preamble_phrases

PROSE_KINDS = ("TEXT", "VERB", "PHRASE")
"""Kinds of a unit that may be a page's prose rather than a part."""
WE_ORGAN_MAX = 600
"""The longest first-person organ line (:data:`~resolve.parsing.sentences.WE_ORGAN`)."""


def classify(ctx: Context, u: Unit) -> str:
    """Refine TEXT units: wrapped RESOLVES formula, UN phrase, operative verb, or prose."""
    if u.kind == "KEYVAL":
        return "KEYVAL"
    if u.kind == "MARKER":
        after = marker_end(ctx.text, u.start, u.end)
        if WHEREAS_OPENER.match(ctx.text, after, u.end):
            return "WHEREAS"
        if ctx.pre.match(ctx.text[after : min(u.end, after + 80)]) and PREAMBULAR_END.search(
            ctx.text, max(u.start, u.end - 12), u.end
        ):
            return "PHRASE"  # "(a) Recalling …," a lettered preambular paragraph
        long_or_colon = (
            u.end - u.start >= 200
            or u.lines > 1
            or ctx.text[u.start : u.end].rstrip().endswith(":")
        )
        if long_or_colon and INTRO.search(ctx.text, max(u.start, u.end - 80), u.end):
            # "A. Kuchling reported … It was then", "1. GEN-001: The Committee recommends
            # concurrence in …:", "1. MINUTES" / "On the proposition …, it was agreed :"
            return "INTRO"
        return "MARKER"
    if u.kind == "FORMULA" and DATED_THE_DAY.match(ctx.text, u.start, u.end):
        return "TRAILER"  # "RESOLVED, this the 18th day of March, 2004.": its date
    if u.kind == "FORMULA" and ADOPTS_MOTION.fullmatch(ctx.text, u.start, u.end):
        return "TRAILER"  # "RESOLVED – that the motion be approved.": the motion above's outcome
    if u.kind != "TEXT":
        return u.kind
    if NUMBER_ONLY.fullmatch(ctx.text, u.start, u.end):
        return "HEADING"  # "No 2." before "BE IT RESOLVED": the next resolution's number
    if (
        u.end - u.start < 400
        and (
            RESOLVES_UNIT.match(ctx.text, u.start, u.end)
            or BODY_WILL.match(ctx.text, u.start, u.end)
            or THAT_BODY.match(ctx.text, u.start, u.end)
        )
    ) or WILL_COLON.match(ctx.text, u.start, u.end):
        return "RESOLVES"
    if u.lines == 1 and WE_COLON.fullmatch(ctx.text, u.start, u.end):
        return "RESOLVES"  # "We therefore hereby recommend that:" over its list
    if u.end - u.start < WE_ORGAN_MAX and WE_ORGAN.fullmatch(ctx.text, u.start, u.end):
        return "ORGAN"  # "We, the delegates …, meeting in …," over the preamble
    if FURTHER_RESOLVE.match(ctx.text, u.start, min(u.end, u.start + 60)):
        return "RESOLVES"  # "Let us Further Resolve that …": one more clause
    if BARE_THAT.fullmatch(ctx.text, u.start, u.end):
        return "RESOLVES"  # "That—" over "(1) There be laid …" / "(2) …"
    if u.end - u.start < 300 and ORGAN_UNIT.match(ctx.text, u.start, u.end):
        return "ORGAN"
    if u.end - u.start < 300 and (
        CONNECTOR_UNIT.match(ctx.text, u.start, u.end)
        or EMPHASISED_CONNECTOR.fullmatch(ctx.text, u.start, u.end)
    ):
        return "CONNECTOR"
    head = ctx.text[u.start : min(u.end, u.start + 80)]
    head = head[len(head) - len(head.lstrip(" \t>")) :] if head.lstrip().startswith(">") else head
    if u.end - u.start < 400 and INTRO.search(ctx.text, max(u.start, u.end - 80), u.end):
        return "INTRO"  # "Dr. B read the following:", "…, it was"
    if u.end - u.start < 300 and (
        MOVER_LEAD_IN.fullmatch(ctx.text, u.start, u.end)
        or MOVER_COLON.fullmatch(ctx.text, u.start, u.end)
        or NAMED_READS.fullmatch(ctx.text, u.start, u.end)
        or MOTION_MOVER_COLON.fullmatch(ctx.text, u.start, u.end)
    ):
        return "INTRO"  # "It was proposed by Cllr A, seconded by Cllr B and:-"
    if u.end - u.start < 400 and COUNTED_INTRO.search(ctx.text, max(u.start, u.end - 160), u.end):
        return "INTRO"  # "…, the following two resolutions were unanimously passed:"
    if 400 <= u.end - u.start < 1500 and MOTION_INTRO.search(ctx.text, u.end - 240, u.end):
        return "INTRO"  # a long narrative paragraph ending "… passage of the following resolution:"
    if u.end - u.start < 1500 and FOLLOWING_MOVED_BY.search(ctx.text, u.start, u.end):
        return "INTRO"  # "… passed the following resolution moved by A, MPA, B, MPA …."
    if ENACTING_THEREFORE.match(ctx.text, u.start, min(u.end, u.start + 120)) or (
        THEREFORE_HEREBY.match(ctx.text, u.start, min(u.end, u.start + 200))
    ):
        return "ENACT"  # "Therefore, LULAC calls for …", "Therefore, …, the Senate hereby …"
    label = MOTION_LABEL.match(ctx.text, u.start, u.end) if u.lines == 1 else None
    if label is not None:
        return "RESOLVES" if label["verb"] in ("Resolves", "resolves") else "PHRASE"
    if (
        MOTION_CALLS.match(head.lstrip('“"‘'))
        or SUBJECT_THEREFORE.match(head)
        or BODY_RESOLVES_THAT.match(head)
    ):
        return "THAT"  # "Congress therefore calls on the General Council to …", or quoted
    if NOTING_ACTS.match(ctx.text, u.start, min(u.end, u.start + 500)):
        return "THAT"  # "Synod, noting the report …, requests …": the motion's one clause
    if MOTION_NOTES.match(head.lstrip('“"‘')):
        return "PHRASE"  # "Conference notes …": a motion's recital
    if MOTION_CALLS_LATE.search(ctx.text, u.start, u.end):
        return "THAT"  # "… reasons. Congress, therefore, agrees …": the operative paragraph
    if MOVED_TO.match(ctx.text, u.start, min(u.end, u.start + 300)):
        return "THAT"  # "MOVED by Councilman A, seconded by …, to approve …": the motion
    if THAT_MOTION.match(head) or PRAY.match(head) or RESOLVES_THAT.match(head):
        return "THAT"  # "That the Council calls on …": a motion's single clause
    if (
        ACRONYM_WILL.match(head)
        or DELEGATES_ACT.match(ctx.text, u.start, min(u.end, u.start + 300))
        or HEREBY_ACT.match(ctx.text, u.start, min(u.end, u.start + 500))
    ):
        return "WILL"  # "NEA will educate members …": clear language, if no formula follows
    if ctx.pre.match(head):
        return "PHRASE"
    if ctx.ops.match(head):
        return "VERB"
    one = OCR_ONE.match(head)
    if one is not None and ctx.ops.match(head[one.end() :]):
        return "VERB"  # "L NOTES that …": an operative paragraph whose "1." OCR misread
    return "TEXT"


def is_title(ctx: Context, u: Unit, kind: str, state: State) -> bool:
    text = ctx.t(u)
    if kind not in PROSE_KINDS or len(text) > TITLE_MAX or u.lines > 6:
        return False
    if DATE.match(text) or (state != HEAD and FOOTNOTE.match(text)):
        return False
    if state == TAIL and ends_with(text, "?"):
        return False  # a rationale's questions: "Why is the Board addressing the issue now?"
    if ENDS_CONNECTOR.search(text[-12:]) or ENDS_FURTHER.search(text[-30:]):
        return False  # "…will disperse at the close of session; and": a recital
    if len(text) > TITLE_MAX // 2 and text.rstrip()[-1:] in SUPERSCRIPTS:
        return False  # "…customer service representatives.¹": prose with its footnote mark
    if MEMORIAL_ADDRESS.match(text) and ends_with(text, ":"):
        return False  # "TO THE HONORABLE …, PRESIDENT …:": a memorial's address, a recital
    return (
        not ends_with(text, ".;,:")
        or text.isupper()
        or TITLE_START.match(text) is not None
        or (state == HEAD and stopped_title(text))  # a printed book's heading
    )


def headish(ctx: Context, u: Unit) -> bool:
    """Does ``u`` read like a document-header line (session, sponsor, date)?"""
    if u.lines > 4:
        return False
    text = ctx.t(u)
    return bool(SESSION.search(text) or SPONSOR.search(text) or DATE.match(text))


def bare_keyword(ctx: Context, u: Unit, kind: str, r: ResB) -> bool:
    text = ctx.t(u)
    if kind == "WHEREAS":
        return WHEREAS_OPENER.fullmatch(text.strip()) is not None
    if kind == "FORMULA":
        lead = match_lead(text)
        return lead is not None and lead.end() >= len(text.rstrip()) and r.formula is not None
    if kind in ("PHRASE", "THAT") and u.lines == 1:
        return MOTION_SECTION.fullmatch(text.strip()) is not None  # "Council further notes:"
    return False


def head_above(kinds: list[str], end: int, also: tuple[str, ...] = ()) -> None:
    """The prose above a page's first motion (units before ``end``) is the page's
    head, not a preamble: retype it ``META`` (and units of the kinds ``also``)."""
    for i in range(end):
        if kinds[i] in PROSE_KINDS or kinds[i] in also:
            kinds[i] = "META"


def prose_only(r: ResB) -> bool:
    return (
        r.formula is None
        and not r.clauses.roots
        and all(x.opener_kind == "none" for x in r.recitals)
    )


def starts_next(
    ctx: Context,
    units: list[Unit],
    kinds: list[str],
    i: int,
    u: Unit,
    kind: str,
    nxt: str | None,
    r: ResB,
) -> bool:
    if not (r.clauses.roots or r.formula or r.state == TAIL):
        return False
    if r.state == BODY and not r.clauses.roots and kind in PROSE_KINDS:
        return False  # a bare "_RESOLVED:_" waits for its first clause, whatever it looks like
    if kind == "WHEREAS" and (r.state == TAIL or _whereas_over_formula(ctx, units, kinds, i, r)):
        return True
    if r.trailer and r.trailer[-1].kind in (TrailerKind.SIGNATURE, TrailerKind.ATTEST):
        return False
    if kind == "MARKER":
        ok = nxt in ("WHEREAS", "ORGAN", "HEADING") or (
            nxt == "FORMULA" and (r.state == TAIL or numbers_on(ctx.t(u), r.heading))
        )
        if ok and marker_title(ctx, u, nxt):
            return True
        # A numbered minutes item ("2.  Declaration of Quarterly Dividend")
        # with a report and a resolution below it.
        return section_caption(ctx, u, ctx.t(u)) and (
            nxt == "INTRO"
            or (nxt in ("TEXT", "VERB", "PHRASE", "META") and resolution_ahead(kinds, i))
        )
    if r.state in (BODY, TAIL) and item_caption(ctx, kinds, i, u, nxt):
        return True  # a minutes item: "6<TAB>Kerbside Collection – Options Report"
    if not is_title(ctx, u, kind, r.state) or WORDY.search(ctx.text, u.start, u.end) is None:
        return False  # a title has a word: never a table's lone cell mark "|"
    if MD_HEADING.match(ctx.text, u.start, u.end) and u.lines == 1 and resolution_ahead(kinds, i):
        # "#### Approval of Minutes" over a bare RESOLVED, or a heading at the
        # level of this resolution's own ("## 2. …" after "## 1. …", not "## Rationale")
        level = len(ctx.t(u)) - len(ctx.t(u).lstrip("#"))
        own = [len(h.text) - len(h.text.lstrip("#")) for h in r.heading]
        return kind_ahead(kinds, i) == "FORMULA" or any(0 < x and level <= x for x in own)
    last = r.clauses.roots[-1] if r.clauses.roots else None
    if (
        nxt == "FORMULA"
        and u.lines == 1
        and r.state == BODY
        and last is not None
        and ends_with(ctx.t_range(last.start, last.end), ".")
        and _first_lead(ctx, units[i + 1], r)
    ):
        # "… together." / "A030 Small Grants" / this resolution's own formula
        # again: the next resolution (a consent's caption before "RESOLVED,
        # that" after "…; and" or "NOW, THEREFORE, BE IT RESOLVED" is not).
        return True
    if nxt in ("HEADING", "WHEREAS", "ORGAN", "PHRASE") or (
        nxt == "THAT"
        and (r.state == TAIL or MOTION_CALLS.match(ctx.text, units[i + 1].start, units[i + 1].end))
    ):
        return True  # a motion's title after the last one's trailer: "2/31 Hall Fund" / "That …"
    if nxt in ("META", "KEYVAL"):
        return r.state == BODY and resolution_ahead(kinds, i)
    return nxt == "TEXT" and _next_is_prose(ctx, units, i) and resolution_ahead(kinds, i)


def head_list(ctx: Context, kinds: list[str], i: int, u: Unit, r: ResB) -> bool:
    """A bulleted list in a document's head, under a line that introduces it
    ("**Members Participating in the Meeting:**", "### Directors"), with a
    resolution further on: the minutes' attendance list, never clauses."""
    if r.recitals or r.clauses.roots or r.formula is not None or not r.heading:
        return False
    text = ctx.t(u)
    if text[:1] not in BULLETS or not resolution_ahead(kinds, i):
        return False
    above = r.heading[-1].text.strip()
    return above[:1] == "#" or above[:1] in BULLETS or ends_with(above.rstrip("*_ \t"), ":")


def _first_lead(ctx: Context, u: Unit, r: ResB) -> bool:
    """Does ``u`` open with the lead of this resolution's own formula again, a
    first lead (not "FURTHER RESOLVED", "RESOLVED FURTHER", "And further")?"""
    lead = match_lead(ctx.text, u.start, u.end)
    if lead is None or FURTHER.search(lead.group(0)) is not None or r.formula is None:
        return False
    own = match_lead(r.formula.text)
    return (
        own is not None and collapse(own.group(0)).casefold() == collapse(lead.group(0)).casefold()
    )


def _whereas_over_formula(
    ctx: Context, units: list[Unit], kinds: list[str], i: int, r: ResB
) -> bool:
    """Is the WHEREAS at unit ``i``, after this resolution's clauses, the preamble
    of the next one: its recitals lead to a formula that opens anew ("… Be it
    further resolved that …" / "Whereas, …, Be it resolved, that …"), not to a
    "FURTHER RESOLVED" that goes on with this one?"""
    if r.state != BODY or not r.clauses.roots or r.formula is None:
        return False
    j = i + 1
    while j < len(units) and kinds[j] == "WHEREAS":
        j += 1
    if j >= len(units) or kinds[j] != "FORMULA":
        return False
    lead = match_lead(ctx.text, units[j].start, units[j].end)
    return lead is not None and FURTHER.search(lead.group(0)) is None


def _next_is_prose(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is the unit after unit ``i`` a prose paragraph (a convention preamble, the report
    before a resolution in minutes)?"""
    j = i + 1
    if j >= len(units):
        return False
    nxt = units[j]
    text = ctx.t(nxt)
    return len(text) > 80 and ends_with(text, ".")


def motion_metadata(kinds: list[str], i: int) -> bool:
    """Do only "Key: value" lines stand between this unit and an enacting formula?"""
    j = i + 1
    while j < len(kinds) and kinds[j] in ("META", "KEYVAL", "TRAILER"):
        j += 1
    return j < len(kinds) and kinds[j] in ("FORMULA", "RESOLVES", "THAT")


def trailer_kind(u: Unit, kind: str, text: str, prev: TrailerKind | None) -> TrailerKind | None:
    """What trailing matter ``u`` is, or None if it is not recognisable as any."""
    if kind in ("TRAILER", "META", "KEYVAL"):
        return trailer_words(text)
    if FOOTNOTE.match(text):
        return TrailerKind.FOOTNOTE
    if DATE.match(text):
        return TrailerKind.DATE
    if CERTIFY.search(text[:400]):
        return TrailerKind.ATTEST
    if VOTE_TABLE.search(text[:200]) or DIVISION.match(text):
        return TrailerKind.VOTE
    if CARRIED.search(text[-300:]):
        return TrailerKind.ADOPTION
    if MOVER_CREDIT.fullmatch(text):
        return TrailerKind.OTHER
    if prev in CONTINUED:
        return prev
    if prev is not None and (kind == "MARKER" or (len(text) <= 80 and u.lines <= 3)):
        return TrailerKind.SIGNATURE if prev in (TrailerKind.VOTE, TrailerKind.ADOPTION) else prev
    if ADOPTED.search(text[:300]):
        return TrailerKind.ADOPTION
    return None


def introduces_list(text: str) -> bool:
    """Does a recital end by introducing a list: ":", a dash, the GPO's "--" or ":-",
    or a short lead-in's "that;"? Or is it a motion form's label ("Union AGM Notes
    (guidance …)")?"""
    return (
        ends_with(text, ":—–")
        or text.rstrip().endswith(("--", ":-"))
        or THAT_SEMICOLON.fullmatch(text.strip()) is not None
        or MOTION_LABEL.fullmatch(text.strip()) is not None
    )


def runs_into_list(text: str) -> bool:
    """Does a recital's sentence run on into the list below it ("… tests
    located in any of" / "* The …")? It ends on a word no sentence ends with,
    not on a connector ("…; and" ends a part)."""
    tail = text.rstrip()
    return FUNCTION_WORD_END.search(tail) is not None and LIST_CONNECTOR.search(tail) is None


def note_item(text: str) -> bool:
    """Is ``text`` one bulleted line that is a link or a note ending with a colon?"""
    return "\n" not in text.strip() and NOTE_ITEM.match(text) is not None


def broken_sentence(
    ctx: Context, r: ResB, last: RecitalB | ClauseB | None, u: Unit, kind: str
) -> bool:
    """Is ``u`` the rest of a recital or clause that a blank line (a PDF page,
    a web page's spacing) broke in the middle of a sentence? Then it extends it.

    The part before must stop on a word with no closing punctuation and no
    connector; ``u`` must be prose, in lower case or after a word no
    sentence ends with ("…a clear conflict of" / blank / "interest in that
    …"). A recital opened by WHEREAS also takes prose that opens in capitals
    ("…and Marine" / blank / "Biological Laboratory; …"), since it cannot
    end without punctuation; a clause ending on such a word also takes a
    list-marker-looking line ("…in accordance with" / "Section 19 (1)(d)…").
    """
    if last is None or last.end > u.start:
        return False
    formula = r.formula
    if formula is not None and formula.span.start.offset > last.start:
        return False  # the formula stands between: extending would overlap it
    if isinstance(last, RecitalB):
        recitals = r.recitals
        if last.items.roots or not recitals or last is not recitals[-1]:
            return False
    elif last.children or last is not r.clauses.last():
        return False
    before = ctx.t_range(last.start, last.end)
    if kind == "TEXT" and quote_closes(before, ctx.t(u)):
        return True
    if kind == "TEXT" and _comma_goes_on(ctx, before, u):
        return True
    if (
        kind == "TEXT"
        and isinstance(last, RecitalB)
        and last.opener_kind == "whereas"
        and ctx.text.count("\n", last.end, u.start) == 1
        and _comma_goes_on(ctx, before, u, upper=True)
    ):
        return True  # "WHEREAS … to the State of Eastland," / "Department of Works …"
    if not ends_mid_sentence(before):
        return False
    function_end = FUNCTION_WORD_END.search(before[-12:]) is not None
    if kind == "MARKER":
        # Only across a blank line: inside a block, a marker line after a
        # clause ending on "to" is the next item of a list.
        gap = ctx.text.count("\n", last.end, u.start)
        return function_end and isinstance(last, ClauseB) and gap >= 2
    if kind not in PROSE_KINDS:
        return False
    if function_end or ctx.text[u.start].islower():
        return True
    if kind == "TEXT" and isinstance(last, ClauseB) and last.marker is None:
        # "AGREES to hold … the Revised Management" / "Scheme (RMS) and …" in
        # the same block: an operative verb in capitals opens a sentence that
        # cannot end without punctuation, as WHEREAS does.
        gap = ctx.text.count("\n", last.end, u.start)
        if gap == 1 and CAPS_ACT.match(before) is not None:
            return True
        # "RESOLVED, The Board … names May 4 as Harvest" / blank / "Fair Week …":
        # a clause its formula opened cannot end without punctuation either
        # (inside one block, the paragraph splitter has read the lines).
        return gap >= 2 and (
            last.lead is not None or (formula is not None and last is r.clauses.roots[0])
        )
    return kind == "TEXT" and isinstance(last, RecitalB) and last.opener_kind == "whereas"


def _comma_goes_on(ctx: Context, before: str, u: Unit, upper: bool = False) -> bool:
    """Does prose ``u`` go on, in lower case (or, with ``upper``, in any case),
    with the sentence that the part ``before`` left at a comma ("… for the whole
    valley," / blank / "including the hill farms …"), not open a preambular
    paragraph of its own ("noting …", "Recalling …")?"""
    tail = before.rstrip()
    text = ctx.t(u).lstrip()
    return (
        tail.endswith(",")
        and LIST_CONNECTOR.search(tail[-12:]) is None
        and (upper or text[:1].islower())
        and preamble_phrases().match(text[:60].capitalize()) is None
    )


def long_title(ctx: Context, u: Unit, kind: str, r: ResB) -> bool:
    """Is ``u`` a bill's or resolution's long title ("To provide for opening …",
    "To urge and request …") under its number or session line, or right under a
    bare form label ("A CONCURRENT RESOLUTION")?"""
    text = ctx.t(u)
    if kind not in ("TEXT", "VERB") or not r.heading or r.recitals or len(text) > TITLE_MAX:
        return False
    if LONG_TITLE.match(text) is None:
        return False
    if BARE_FORM_LABEL.fullmatch(r.heading[-1].text.strip()):
        return True
    return r.heading[-1].kind in (HeadingLineKind.SESSION, HeadingLineKind.NUMBER) and not any(
        h.kind == HeadingLineKind.TITLE for h in r.heading
    )
