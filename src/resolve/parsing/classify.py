"""Layout cues: pure tests over paragraph units for the state machine.

What kind a unit is (:func:`classify`); whether it is a title, page furniture
of a PDF extract, a section or item caption, a document-header line, or the
start of the next resolution in a book; what kind of trailer it is. Each
function reads its arguments and changes nothing.
"""

from __future__ import annotations

from resolve._text import collapse
from resolve.model import HeadingLine, HeadingLineKind, TrailerKind
from resolve.parsing.builders import BODY, HEAD, PRE, TAIL, ClauseB, ResB, State
from resolve.parsing.context import Context
from resolve.parsing.paragraphs import Unit
from resolve.parsing.patterns import (
    ADOPTED,
    BODY_WILL,
    BULLETS,
    CARRIED,
    CERTIFY,
    CONNECTOR_UNIT,
    CONTINUED,
    DATE,
    ENACTING_THEREFORE,
    ENDS_CONNECTOR,
    FIELD_LABEL,
    FOOTNOTE,
    FURNITURE,
    HEREBY,
    INTRO,
    ITEM_CAPTION,
    MARKER,
    MOTION_CALLS,
    MOTION_NOTES,
    NARRATES,
    NOTE_ITEM,
    NUMBER_ONLY,
    ORGAN_UNIT,
    PRAY,
    PREAMBULAR_END,
    RESOLVES_UNIT,
    RULE_LINE,
    SESSION,
    SMALL_WORDS,
    SPONSOR,
    SUBJECT_THEREFORE,
    SUPERSCRIPTS,
    SYMBOL,
    THAT_BODY,
    THAT_MOTION,
    TITLE_MAX,
    TITLE_START,
    VOTE_TABLE,
    WHEREAS_OPENER,
    WILL_COLON,
    WORD,
    ends_with,
    is_section,
    marker_end,
    match_lead,
    md_level,
)
from resolve.parsing.patterns import trailer_kind as trailer_words


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
        return "MARKER"
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
    if u.end - u.start < 300 and ORGAN_UNIT.match(ctx.text, u.start, u.end):
        return "ORGAN"
    if u.end - u.start < 300 and CONNECTOR_UNIT.match(ctx.text, u.start, u.end):
        return "CONNECTOR"
    head = ctx.text[u.start : min(u.end, u.start + 80)]
    if u.end - u.start < 400 and INTRO.search(ctx.text, max(u.start, u.end - 80), u.end):
        return "INTRO"  # "Dr. B read the following:", "…, it was"
    if ENACTING_THEREFORE.match(ctx.text, u.start, min(u.end, u.start + 120)):
        return "ENACT"  # "Therefore, LULAC calls for …"
    if MOTION_CALLS.match(head) or SUBJECT_THEREFORE.match(head):
        return "THAT"  # "Congress therefore calls on the General Council to …"
    if MOTION_NOTES.match(head):
        return "PHRASE"  # "Conference notes …": a motion's recital
    if THAT_MOTION.match(head) or PRAY.match(head):
        return "THAT"  # "That the Council calls on …": a motion's single clause
    if ctx.pre.match(head):
        return "PHRASE"
    if ctx.ops.match(head):
        return "VERB"
    return "TEXT"


def is_title(ctx: Context, u: Unit, kind: str, state: State) -> bool:
    text = ctx.t(u)
    if kind not in ("TEXT", "VERB", "PHRASE") or len(text) > TITLE_MAX or u.lines > 6:
        return False
    if DATE.match(text) or (state != HEAD and FOOTNOTE.match(text)):
        return False
    if state == TAIL and ends_with(text, "?"):
        return False  # a rationale's questions: "Why is the Board addressing the issue now?"
    if ENDS_CONNECTOR.search(text[-12:]):
        return False  # "…will disperse at the close of session; and": a recital
    if len(text) > TITLE_MAX // 2 and text.rstrip()[-1:] in SUPERSCRIPTS:
        return False  # "…customer service representatives.¹": prose with its footnote mark
    return not ends_with(text, ".;,:") or text.isupper() or TITLE_START.match(text) is not None


def page_furniture(ctx: Context, units: list[Unit], kinds: list[str], i: int, r: ResB) -> int:
    """How many units from ``i`` are page furniture of a PDF extract (footnote
    rule and footnotes, job numbers, running page headers) that interrupt a
    preamble or the clauses, which go on after them. 0 if none."""
    if r.state not in (PRE, BODY):
        return 0
    j = i
    n = len(units)
    after_rule = False
    while j < n:
        unit = units[j]
        if kinds[j] == "MARKER" and is_section(ctx.text, unit.start, unit.end):
            break  # "SECTION 1. DESIGNATION." is a section heading, not a running header
        text = ctx.t(unit)
        if RULE_LINE.match(text):
            after_rule = True
        elif not (
            all(_furniture_line(line, r.heading) for line in text.splitlines())
            or (after_rule and FOOTNOTE.match(text))
            or _running_header(text, r.heading)
            or _page_top(ctx, unit, text)
        ):
            break
        j += 1
    if j == i or j >= n:
        return 0
    going_on = (
        ("PHRASE", "WHEREAS", "MARKER", "VERB", "FORMULA")
        if r.state == PRE
        else ("MARKER", "VERB", "FORMULA")
    )
    nxt_text = ctx.t(units[j])
    if kinds[j] in going_on or nxt_text[:1].islower():
        return j - i
    return 0


def repeats_number(ctx: Context, u: Unit, heading: list[HeadingLine]) -> bool:
    """Does heading line ``u`` repeat this resolution's number, as a running
    page header does ("Resolution No. 24-047   Page 2 of 2")?"""
    number = next((h.value for h in heading if h.kind == HeadingLineKind.NUMBER), None)
    if not number or u.lines != 1:
        return False
    needle = collapse(number).casefold()
    hay = collapse(ctx.t(u)).casefold()
    at = hay.find(needle)
    while at >= 0:  # the number, not followed by a word character
        after = at + len(needle)
        if after >= len(hay) or not WORD.match(hay, after):
            return True
        at = hay.find(needle, at + 1)
    return False


def _page_top(ctx: Context, u: Unit, text: str) -> bool:
    """A short line just after a form feed: the running header of a new page
    ("<FF>UAAW 39th Constitutional Convention        Resolutions Book")."""
    line_start = ctx.text.rfind("\n", 0, u.start) + 1
    return u.lines == 1 and len(text) <= 120 and "\f" in ctx.text[line_start : u.start]


def _furniture_line(line: str, heading: list[HeadingLine]) -> bool:
    """A footer or running-header line of a PDF page: "25-20417    1/2",
    "A/RES/80/47   <the title>" (blank runs between the columns folded)."""
    return bool(FURNITURE.match(collapse(line))) or _running_header(line.strip(), heading)


def _running_header(text: str, heading: list[HeadingLine]) -> bool:
    m = SYMBOL.match(text)
    if m is None:
        return False
    return any(m.group(0) in h.text for h in heading)


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
    return False


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
    level = md_level(ctx.t(u))
    own = min((md_level(h.text) or 7 for h in r.heading), default=7)
    if 0 < level <= own < 7 and _resolution_ahead(kinds, i):
        return True  # "## 2. Title" after "## 1. Title" and its clauses
    if kind == "WHEREAS" and r.state == TAIL:
        return True
    if r.trailer and r.trailer[-1].kind in (TrailerKind.SIGNATURE, TrailerKind.ATTEST):
        return False
    if kind == "MARKER":
        ok = nxt in ("WHEREAS", "ORGAN", "HEADING") or (nxt == "FORMULA" and r.state == TAIL)
        if ok and marker_title(ctx, u, nxt):
            return True
        # A numbered minutes item ("2.  Declaration of Quarterly Dividend")
        # with a report and a resolution below it.
        return (
            nxt in ("TEXT", "VERB", "PHRASE", "META")
            and _section_caption(ctx, u, ctx.t(u))
            and _resolution_ahead(kinds, i)
        )
    if r.state in (BODY, TAIL) and _item_caption(ctx, kinds, i, u, nxt):
        return True  # a minutes item: "6<TAB>Kerbside Collection – Options Report"
    if not is_title(ctx, u, kind, r.state):
        return False
    if nxt in ("HEADING", "WHEREAS", "ORGAN", "PHRASE"):
        return True
    if nxt in ("META", "KEYVAL"):
        return r.state == BODY and _resolution_ahead(kinds, i)
    return nxt == "TEXT" and _next_is_prose(ctx, units, i) and _resolution_ahead(kinds, i)


def item_after_header(ctx: Context, kinds: list[str], i: int, u: Unit, r: ResB) -> bool:
    """Minutes: "Quorum was established at 15:02." then "4.1 Grant to PyLadies
    Lagos": prose before the first item caption was the minutes' header."""
    return (
        r.state == PRE
        and r.formula is None
        and all(rec.opener_kind == "none" for rec in r.recitals)
        and _item_caption(ctx, kinds, i, u)
    )


def _item_caption(ctx: Context, kinds: list[str], i: int, u: Unit, nxt: str | None = None) -> bool:
    """A numbered agenda-item caption ("6<TAB>Options Report", "4.1 Grant to
    …", not a date) with a resolution below it."""
    text = ctx.t(u)
    return (
        ITEM_CAPTION.match(text) is not None
        and not DATE.match(text)
        and (nxt == "HEADING" or _resolution_ahead(kinds, i))
    )


def _resolution_ahead(kinds: list[str], i: int) -> bool:
    """Does a recital opener, formula or organ line follow before the next
    heading? Without one, a title-like line is trailing matter, not the
    start of another resolution."""
    for j in range(i + 1, min(len(kinds), i + 200)):
        if kinds[j] in ("WHEREAS", "FORMULA", "RESOLVES", "ORGAN", "PHRASE"):
            return True
        if kinds[j] == "HEADING":
            return False
    return False


def section_heading(ctx: Context, c: ClauseB) -> bool:
    """Is ``c`` a section marker with only a caption ("SECTION 1. DESIGNATION.")?"""
    if c.style != "section" or c.children:
        return False
    caption = ctx.text[marker_end(ctx.text, c.start, c.end) : c.end].strip()
    return 0 < len(caption) <= 80 and "\n" not in caption and caption.upper() == caption


def marker_title(ctx: Context, u: Unit, nxt: str | None) -> bool:
    """A lettered or numbered title line ("B. Change the Project Chair")
    directly before a recital or heading line."""
    text = ctx.t(u)
    return (
        text[0] not in BULLETS
        and (
            nxt
            in (
                "WHEREAS",
                "ORGAN",
                "HEADING",
                "META",
                "KEYVAL",
                "FORMULA",
                "RESOLVES",
                "MARKER",
            )
            or (nxt == "TEXT" and _section_caption(ctx, u, text))
        )
        and u.lines <= 2
        and len(text) <= 160
        and (not ends_with(text, ".;,") or _caption_with_period(ctx, u, text, nxt))
        and (not ends_with(text, ":") or len(text) <= 60)
    )


def _caption_with_period(ctx: Context, u: Unit, text: str, nxt: str | None) -> bool:
    """A numbered caption closed by a period right above a WHEREAS ("3.  Protection
    of the Uniform.")."""
    body = text.rstrip()
    return (
        nxt == "WHEREAS"
        and body.endswith(".")
        and not body.endswith("..")
        and _section_caption(ctx, u, body[:-1])
    )


def _section_caption(ctx: Context, u: Unit, text: str) -> bool:
    """A section or item caption: one short line with no closing punctuation,
    after a roman numeral or capital letter ("V. Culture") or, in title
    case, after a number ("2.  Declaration of Quarterly Dividend")."""
    m = MARKER.match(ctx.text, u.start, u.end)
    if m is None or u.lines != 1 or len(text) > 60 or ends_with(text, ".;,:"):
        return False
    number = m.group("on") or m.group("secn") or ""
    if number.isupper():
        return True
    words = text[m.end() - u.start :].split()
    return (
        number.isdigit()
        and bool(words)
        and all(w[:1].isupper() or w.isdigit() or w.lower() in SMALL_WORDS for w in words)
    )


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
    if VOTE_TABLE.search(text[:200]):
        return TrailerKind.VOTE
    if CARRIED.search(text[-300:]):
        return TrailerKind.ADOPTION
    if prev in CONTINUED:
        return prev
    if prev is not None and (kind == "MARKER" or (len(text) <= 80 and u.lines <= 3)):
        return TrailerKind.SIGNATURE if prev in (TrailerKind.VOTE, TrailerKind.ADOPTION) else prev
    if ADOPTED.search(text[:300]):
        return TrailerKind.ADOPTION
    return None


def introduces_list(text: str) -> bool:
    """Does a recital end by introducing a list: ":", a dash, or the GPO's "--"?"""
    return ends_with(text, ":—–") or text.rstrip().endswith("--")


def note_item(text: str) -> bool:
    """Is ``text`` one bulleted line that is a link or a note ending with a colon?"""
    return "\n" not in text.strip() and NOTE_ITEM.match(text) is not None


def introduces_preamble(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is prose unit ``i`` a web page's or newsletter's introduction to the
    resolution below it: only prose stands between it and the first WHEREAS,
    and it or that prose speaks of "the resolution" from outside ("Via the
    chapter president:" / "Attached is the chapter's resolution …"), with no
    "hereby" ("The undersigned hereby adopt the following resolutions:" is the
    body speaking, a prose recital)?"""
    narrates = False
    for j in range(i, min(len(kinds), i + 5)):
        if kinds[j] == "WHEREAS":
            return narrates
        if kinds[j] not in ("TEXT", "META", "KEYVAL", "HEADING"):
            return False
        text = ctx.t(units[j])
        if HEREBY.search(text) is not None:
            return False
        narrates = narrates or (kinds[j] == "TEXT" and NARRATES.search(text) is not None)
    return False


def capital_title(ctx: Context, u: Unit, r: ResB) -> bool:
    """Is ``u`` a title in capitals that follows only prose (a page's summary
    line) and stands right above the first WHEREAS? Then that prose heads the
    resolution with it."""
    return prose_only(r) and ctx.t(u).isupper() and is_title(ctx, u, "TEXT", r.state)


FIELD_BLOCK_MIN = 3
"""Labelled lines a block needs before its lines count as a record's fields."""


def field_block(ctx: Context, units: list[Unit], i: int) -> bool:
    """Is unit ``i`` one line of a block of field lines with no colons
    ("Number 12-01" / "Authored by …" / "Date Submitted …" / "Result n/a"): a
    run of one-line units with no blank line between them, at least
    :data:`FIELD_BLOCK_MIN` and half of them opening with a field label?"""
    if units[i].lines != 1:
        return False
    lo = hi = i
    while lo > 0 and units[lo - 1].lines == 1 and _adjacent(ctx, units[lo - 1], units[lo]):
        lo -= 1
    while (
        hi + 1 < len(units)
        and units[hi + 1].lines == 1
        and _adjacent(ctx, units[hi], units[hi + 1])
    ):
        hi += 1
    labelled = sum(1 for u in units[lo : hi + 1] if FIELD_LABEL.match(ctx.t(u)) is not None)
    return labelled >= FIELD_BLOCK_MIN and 2 * labelled >= hi - lo + 1


def _adjacent(ctx: Context, a: Unit, b: Unit) -> bool:
    """Are units ``a`` and ``b`` on consecutive lines (no blank line between)?"""
    return ctx.text.count("\n", a.end, b.start) <= 1


def page_head(ctx: Context, units: list[Unit], kinds: list[str], i: int) -> bool:
    """Is unit ``i``, before any recital, head matter of a web page or a
    database record: an introduction to the resolution ("The following
    resolution, presented by …, was passed …") or one of a record's field
    lines ("Authored by …")?"""
    return (kinds[i] == "TEXT" and introduces_preamble(ctx, units, kinds, i)) or field_block(
        ctx, units, i
    )


def list_under_md_heading(ctx: Context, kinds: list[str], i: int, u: Unit, r: ResB) -> bool:
    """Is bullet ``u`` one of a list under a Markdown heading ("### Authors" /
    "* Jo D, North Branch") above a preamble or formula still to come? Then it
    is head matter, not the clauses."""
    return (
        ctx.t(u)[:1] in BULLETS
        and bool(r.heading)
        and (md_level(r.heading[-1].text) > 0 or r.heading[-1].text.lstrip()[:1] in BULLETS)
        and any(md_level(h.text) > 0 for h in r.heading)
        and r.formula is None
        and not r.recitals
        and not r.clauses.roots
        and _resolution_ahead(kinds, i)
    )


def status_item(ctx: Context, u: Unit, nxt: str | None) -> bool:
    """Is bullet ``u`` a status line above the text ("-  Adopted with minor
    amendment" over "The CLC will: …")? Then it is head matter."""
    text = ctx.t(u)
    body = text[marker_end(ctx.text, u.start, u.end) - u.start :]
    return (
        text[:1] in BULLETS
        and u.lines == 1
        and nxt in ("RESOLVES", "FORMULA", "WHEREAS")
        and trailer_words(body) == TrailerKind.ADOPTION
    )


def head_item(ctx: Context, kinds: list[str], i: int, u: Unit, nxt: str | None, r: ResB) -> bool:
    """Is list item ``u`` head matter above a resolution: a page's link or note
    (:func:`note_item`), a status line (:func:`status_item`) or a list under a
    Markdown heading (:func:`list_under_md_heading`)?"""
    if not r.recitals and not r.clauses.roots and (note_item(ctx.t(u)) or status_item(ctx, u, nxt)):
        return True
    return list_under_md_heading(ctx, kinds, i, u, r)
